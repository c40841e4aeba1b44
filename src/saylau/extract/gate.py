"""The trained event gate: how likely it is that a paragraph reports a campaign activity.

A logistic regression over `features.paragraph_features`, trained by `saylau train` from the
project's development sets and shipped as `reference/data/models/event_gate.json` (a table of
weights; no pickle, nothing fetched). Reading it needs no machine-learning library: the score
is a sum of weights and a sigmoid. Where the file is absent the gate lets every event through
with the confidence the rules give.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Gate:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: set[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        return json.dumps(
            {"bias": self.bias, "threshold": self.threshold, "weights": dict(sorted(self.weights.items()))},
            ensure_ascii=False,
            indent=0,
        )


MODEL_FILE = "event_gate.json"


def model_path():
    return resources.files("saylau.reference") / "data" / "models" / MODEL_FILE


@lru_cache(maxsize=1)
def load_gate() -> Gate | None:
    path = model_path()
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Gate(weights={k: float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]), threshold=float(data["threshold"]))
