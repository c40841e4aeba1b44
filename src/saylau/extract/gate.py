"""The trained models: how likely a paragraph reports a campaign activity, and of which type.

Two logistic regressions over `features.paragraph_features`, trained by `saylau train` from the
project's development sets and shipped as `reference/data/models/event_gate.json` (tables of
weights; no pickle, nothing fetched). Reading them needs no machine-learning library: a score
is a sum of weights and a sigmoid (or a softmax over the types).

- The gate scores a paragraph for which the rules proposed events: below its threshold they
  are dropped; above it, the probability is each event's confidence.
- The type model reads the same features, the rules' own proposal among them, and gives the
  type of a paragraph's single event where it is sure enough (its threshold); it learned where
  the cue words mislead (a meeting with the party's own branch is 'other', a tour during which
  people were met is a meeting). `saylau train --types-only` fits it beside the gate, which it
  leaves as it is, choosing its setting on authors held out of the fit.

Where the file is absent the rules decide alone.
"""
from __future__ import annotations

import json
import math
from array import array
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import repeat
from typing import TypeVar

from ..model import Event
from .features import paragraph_features, stems, text_signals
from .model_files import model_file, shipped_text

V = TypeVar("V")


@dataclass(frozen=True)
class TypeModel:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per class
    threshold: float = 0.0  # below this probability the rules' type stands

    def predict(self, features: set[str]) -> tuple[str, float]:
        scores = list(self.bias)
        for f in features:
            row = self.weights.get(f)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w
        return self._most_likely(scores)

    @cached_property
    def _matrix(self):
        """The weights as one matrix, a row per feature, with the row of each feature keyed as
        `weights_by_kind` keys them, and the function that sums rows; None where some name is of
        another shape. (Summing the rows of a paragraph's features in numpy takes a fifth of the
        time a sum in Python does; `numpy.add.reduce` is what `ndarray.sum` calls, without its
        Python wrapper.)"""
        tables = weights_by_kind(self.weights)
        if tables is None:
            return None
        import numpy

        rows: list[tuple[float, ...]] = []
        index: list[dict] = []
        for table in tables:
            at = {}
            for key, row in table.items():
                at[key] = len(rows)
                rows.append(row)
            index.append(at)
        matrix = numpy.array(rows, dtype=float).reshape(len(rows), len(self.classes))
        return matrix, numpy.array(self.bias, dtype=float), index, numpy.add.reduce

    def predict_paragraph(self, text: str, signals: set[str], keys: ParagraphKeys | None = None) -> tuple[str, float]:
        """`predict(paragraph_features(text, signals))`, read from `_matrix` without building
        the feature strings (`keys`: the paragraph's keys, where the gate read them already)."""
        tables = self._matrix
        if tables is None:
            return self.predict(paragraph_features(text, signals))
        matrix, _, (words, pairs, rules), _ = tables
        found, found_pairs, rule_names = keys or paragraph_keys(text, signals)
        at = [i for i in map(words.get, found) if i is not None]
        at += [i for i in map(pairs.get, found_pairs) if i is not None]
        at += [i for i in map(rules.get, rule_names) if i is not None]
        return self.predict_rows(matrix, at)

    def predict_rows(self, matrix, at: list[int]) -> tuple[str, float]:
        """The most likely class of the bias plus the sum of rows `at` of `matrix` (`_matrix`'s,
        or `JointTables.matrix`, whose rows the type model lacks are zeros)."""
        _, bias, _, add_rows = self._matrix
        return self._most_likely((bias + add_rows(matrix.take(at, axis=0), axis=0)).tolist() if at else list(self.bias))

    def _most_likely(self, scores: list[float]) -> tuple[str, float]:
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        return self.classes[best], exp[best] / sum(exp)

    def to_dict(self) -> dict:
        return {
            "classes": list(self.classes), "bias": list(self.bias), "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_dict(cls, t: dict) -> "TypeModel":
        return cls(
            classes=tuple(t["classes"]),
            bias=tuple(float(b) for b in t["bias"]),
            weights={k: tuple(float(x) for x in v) for k, v in t["weights"].items()},
            threshold=float(t.get("threshold", 0.0)),
        )


@dataclass(frozen=True)
class Gate:
    weights: dict[str, float]
    bias: float
    threshold: float
    types: TypeModel | None = field(default=None)
    # the languages whose events the gate may drop: those where, trained without an author, it
    # did better on that author's sets than the rules alone (`saylau train`); None: every language
    languages: tuple[str, ...] | None = None
    # a gate fitted later, which judges in this one's stead the languages it was approved for
    # (its own `languages`): each language keeps the latest gate its authors approved (`saylau
    # train --beside-shipped`); the type model stays this one's
    newer: Gate | None = None

    def judging(self, lang: str | None) -> Gate:
        """The gate that judges a paragraph of `lang`: the newest one approved for it, else this."""
        if self.newer is not None:
            later = self.newer.judging(lang)
            if later.languages and lang in later.languages:
                return later
        return self

    def with_newest(self, gate: Gate) -> Gate:
        """This gate with `gate` (without a type model of its own) at the end of its chain."""
        if self.newer is None:
            return replace(self, newer=replace(gate, types=None, newer=None))
        return replace(self, newer=self.newer.with_newest(gate))

    def probability(self, features: set[str]) -> float:
        return _sigmoid(self.bias + sum(map(self.weights.get, features, repeat(0.0))))

    @cached_property
    def _tables(self) -> tuple[dict, dict, dict] | None:
        """The weights split by the kind of feature (`weights_by_kind`), so that a paragraph is
        scored without building its ~100 feature strings (`paragraph_probability`). (A cached
        property: the weights of a frozen gate are read once, on first use.)"""
        return weights_by_kind(self.weights)

    def paragraph_probability(self, text: str, signals: set[str], keys: ParagraphKeys | None = None) -> float:
        """`probability(paragraph_features(text, signals))`: the same distinct features, each
        weighed once, read from `_tables` by the stems, the pairs of stems (tuples that `zip`
        gives) and the signals themselves, with no string built per feature (`keys`: the
        paragraph's, `paragraph_keys`)."""
        tables = self._tables
        if tables is None:
            return self.probability(paragraph_features(text, signals))
        words, pairs, rules = tables
        found, found_pairs, rule_names = keys or paragraph_keys(text, signals)
        return _sigmoid(self.bias + (
            sum(map(words.get, found, repeat(0.0)))
            + sum(map(pairs.get, found_pairs, repeat(0.0)))
            + sum(map(rules.get, rule_names, repeat(0.0)))
        ))

    def judge_paragraph(self, events: list[Event], text: str, signals: set[str], lang: str | None = None) -> list[Event]:
        """`judge(events, paragraph_features(text, signals), lang)`, with no feature string built
        (the paragraph's stems read once, for the gate and the type model: each looked up once
        in the `JointTables` of the two, where both have tables)."""
        keys = paragraph_keys(text, signals)
        gate = self.judging(lang)
        joint = self._joint(gate)
        if joint is None:
            return self._decide(events, gate.paragraph_probability(text, signals, keys), lang, lambda types: types.predict_paragraph(text, signals, keys), gate)
        at, z = joint.read(keys)
        return self._decide(events, _sigmoid(gate.bias + z), lang, lambda types: types.predict_rows(joint.matrix, at), gate)

    @cached_property
    def _joints(self) -> dict[int, tuple[Gate, JointTables | None]]:
        """The `JointTables` of this gate's type model with each gate that judged (by id, the
        gate kept beside them), built on first use."""
        return {}

    def _joint(self, gate: Gate) -> JointTables | None:
        built = self._joints.get(id(gate))
        if built is None:
            tables = gate._tables
            types = self.types._matrix if self.types is not None else None
            built = self._joints[id(gate)] = (gate, joint_tables(tables, types) if tables is not None and types is not None else None)
        return built[1]

    def judge(self, events: list[Event], features: set[str], lang: str | None = None) -> list[Event]:
        """The events the rules proposed for one paragraph, as the models see them: none
        under the threshold (in the gate's languages); else each with the gate's probability
        as its confidence and, for a single event, the type model's type (the evidence stays
        the words that report the activity)."""
        gate = self.judging(lang)
        return self._decide(events, gate.probability(features), lang, lambda types: types.predict(features), gate)

    def _decide(self, events: list[Event], probability: float, lang: str | None, type_of, gate: Gate) -> list[Event]:
        """Drop or keep by `gate`'s threshold in its languages (`judging`), then type by this
        gate's type model."""
        if probability < gate.threshold and (gate.languages is None or lang in gate.languages):
            return []
        if self.types is not None and len(events) == 1:
            kind, sure = type_of(self.types)
            if sure >= self.types.threshold:
                return [_with_fields(events[0], confidence=probability, event_type=kind)]
        return [_with_fields(e, confidence=probability) for e in events]

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    def to_dict(self) -> dict:
        data = {"bias": self.bias, "threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}
        if self.languages is not None:
            data["languages"] = list(self.languages)
        if self.types is not None:
            data["types"] = self.types.to_dict()
        if self.newer is not None:
            data["newer"] = self.newer.to_dict()
        return data


# A paragraph's features as the tables key them: its distinct stems, its distinct pairs of
# stems (as tuples) and its rule signals with the text's own (`features.text_signals`).
ParagraphKeys = tuple[set[str], set[tuple[str, str]], set[str]]


def paragraph_keys(text: str, signals: set[str]) -> ParagraphKeys:
    found = stems(text)
    rule_names = set(signals)
    rule_names.update(text_signals(text))
    return set(found), set(zip(found, found[1:])), rule_names


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class JointTables:
    """A gate's weights and its type model's, keyed together: each stem, pair of stems and rule
    signal of the two models' tables has one row, so that a paragraph's keys are each looked
    up once for both. (In a whole run the two models' tables have left the CPU's caches by the
    time the next paragraph is judged: the look-ups, not the sums, were most of the judging;
    a look-up in the gate's tables followed by the same one in the type model's took the time
    of two.) `index`: the rows of stems, pairs and rules; `gate_weights`: the gate's weight of
    each row (0.0 where it has none); `matrix`: the type model's weights of each row (zeros
    where it has none). Sums over the keys a paragraph holds are the same numbers as the
    models' own: what the joint rows add is 0.0, exactly."""

    index: tuple[dict[str, int], dict[tuple[str, str], int], dict[str, int]]
    gate_weights: array
    matrix: object  # numpy.ndarray

    def read(self, keys: ParagraphKeys) -> tuple[list[int], float]:
        """The rows of a paragraph's keys (its stems, then its pairs, then its rules, each in
        the order of its set, as `TypeModel.predict_paragraph` takes them), and the gate's sum
        of their weights, summed as `Gate.paragraph_probability` sums them."""
        words, pairs, rules = self.index
        found, found_pairs, rule_names = keys
        at_words = [i for i in map(words.get, found) if i is not None]
        at_pairs = [i for i in map(pairs.get, found_pairs) if i is not None]
        at_rules = [i for i in map(rules.get, rule_names) if i is not None]
        weight = self.gate_weights.__getitem__
        z = sum(map(weight, at_words)) + sum(map(weight, at_pairs)) + sum(map(weight, at_rules))
        return at_words + at_pairs + at_rules, z


def joint_tables(gate_tables: tuple[dict, dict, dict], type_tables: tuple) -> JointTables:
    """The `JointTables` of a gate's `_tables` and a type model's `_matrix`."""
    import numpy

    matrix, _, type_index, _ = type_tables
    zero = len(matrix)  # the row of zeros appended below
    index: tuple[dict, dict, dict] = ({}, {}, {})
    weights, rows = array("d"), []
    for own, of_gate, of_types in zip(index, gate_tables, type_index):
        for key in {**of_types, **of_gate}:
            own[key] = len(rows)
            weights.append(of_gate.get(key, 0.0))
            rows.append(of_types.get(key, zero))
    padded = numpy.vstack([matrix, numpy.zeros((1, matrix.shape[1]))])
    return JointTables(index, weights, padded[rows])


def weights_by_kind(weights: dict[str, V]) -> tuple[dict[str, V], dict[tuple[str, str], V], dict[str, V]] | None:
    """A model's weights keyed so that a paragraph is scored without its feature strings: by a
    stem ("w:" + stem), by a pair of stems as a tuple ("b:" + a + "_" + b: a stem holds no "_",
    so the pair is one and only one tuple, as `zip` gives it), by a rule signal without its
    "r:". None where some weight's name is none of these (the strings are then built)."""
    words: dict[str, V] = {}
    pairs: dict[tuple[str, str], V] = {}
    rules: dict[str, V] = {}
    for name, weight in weights.items():
        prefix, colon, rest = name.partition(":")
        if prefix == "w" and colon and rest and "_" not in rest:
            words[rest] = weight
        elif prefix == "b" and colon and rest.count("_") == 1 and "" not in rest.split("_"):
            first, second = rest.split("_")
            pairs[(first, second)] = weight
        elif prefix == "r" and colon:
            rules[rest] = weight
        else:
            return None
    return words, pairs, rules


def _with_fields(event: Event, **changes) -> Event:
    """`replace(event, **changes)` without its walk over the fields: a copy of the event's
    attributes, in their order, with the new values (an Event has no __post_init__ to run;
    any other class still goes through `replace`). The gate gives every event its confidence,
    and the type model a single event its type, in one copy."""
    if type(event) is not Event or hasattr(Event, "__post_init__"):
        return replace(event, **changes)
    copy = object.__new__(Event)
    copy.__dict__.update(event.__dict__)
    copy.__dict__.update(changes)
    return copy


MODEL_FILE = "event_gate.json"


def model_path():
    return model_file(MODEL_FILE)


@lru_cache(maxsize=1)
def load_gate() -> Gate | None:
    text = shipped_text(MODEL_FILE)
    return read_gate(text) if text is not None else None


def read_gate(text: str) -> Gate:
    """A gate from its JSON (`Gate.to_json`)."""
    return _gate_from(json.loads(text))


def _gate_from(data: dict) -> Gate:
    types = None
    if "types" in data:
        t = data["types"]
        types = TypeModel.from_dict(t)
    return Gate(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        types=types,
        languages=tuple(data["languages"]) if "languages" in data else None,
        newer=_gate_from(data["newer"]) if "newer" in data else None,
    )
