"""The topic model: issues a paragraph raises in words the topic rules do not list.

The topic rules (codebook 6) read cue words in a clause that tells of talk; reports by other
people name the same issues in words the lists lack (on blind sets the rules find about half
the gold topics). One logistic regression per topic over the paragraph's word stems and stem
pairs (`features.word_features`, the gate's words), trained by `saylau train --topic-model`
from the development sets' paragraphs where both the gold and the rules have an event, says
how likely the paragraph raises each issue. Where the rules read no issue in a paragraph whose
events the rules and the gate kept, the topics at or above the model's threshold (chosen on
authors held out of the fit) are given to those events. Where the rules read issues, they
stand alone: their cue words in a clause of talk are the codebook's own reading, and the model,
which learned that a programme named is often the programme presented, would add a topic the
codebook refuses («съезд, посвящённый программе», the leader speaking of the programme's
priorities). On the blind sets filling only the paragraphs without topics gained as much as
adding to every paragraph (README, "The 54th stop").

Each added topic's evidence is the word (or pair of words) of the paragraph that weighs most
for it: the reason the model gives, with its span. The file is a table of weights
(`reference/data/models/topic_model.json`); reading it needs no machine-learning library.
Where the file is absent the rules decide alone.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ..model import Event, Span
from .features import STEM, stems
from .gate import _sigmoid, weights_by_kind
from .model_files import model_file, shipped_text
from .text import lowered_text

MODEL_FILE = "topic_model.json"
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class TopicModel:
    topics: tuple[str, ...]
    bias: tuple[float, ...]  # one per topic
    weights: dict[str, dict[str, float]]  # topic -> feature ("w:stem", "b:stem_stem") -> weight
    threshold: float  # a topic at or above this probability is added

    @cached_property
    def _tables(self):
        """The weights as one matrix, a row per feature and a column per topic, with the row of
        each stem and of each pair of stems keyed as the gate keys its weights
        (`gate.weights_by_kind`): a paragraph's stems are each looked up once for all topics, and
        its rows summed in numpy (`scores`)."""
        import numpy

        at: dict[str, int] = {}
        for weights in self.weights.values():
            for name in weights:
                at.setdefault(name, len(at))
        tables = weights_by_kind(at)
        if tables is None or tables[2]:
            raise ValueError("a topic model's features are stems (w:) and pairs of stems (b:) only")
        words, pairs, _ = tables
        keys: list[tuple[str, ...]] = [()] * len(at)
        for stem, row in words.items():
            keys[row] = (stem,)
        for pair, row in pairs.items():
            keys[row] = pair
        matrix = numpy.zeros((len(at), len(self.topics)))
        for column, topic in enumerate(self.topics):
            for name, weight in self.weights.get(topic, {}).items():
                matrix[at[name], column] = weight
        return words, pairs, keys, matrix, numpy.array(self.bias, dtype=float)

    def probabilities(self, features: set[str] | frozenset[str]) -> list[float]:
        """Each topic's probability for a paragraph of these features (`word_features`)."""
        return [
            _sigmoid(bias + sum(self.weights.get(topic, {}).get(f, 0.0) for f in features))
            for topic, bias in zip(self.topics, self.bias)
        ]

    def scores(self, text: str) -> tuple[list[float], list[int]]:
        """Each topic's probability for the paragraph, and the rows (of `_tables`) of the
        features the model knows that the paragraph holds."""
        z, at = self._logits(text)
        return [_sigmoid(v) for v in z.tolist()], at

    def _logits(self, text: str):
        """Each topic's log-odds for the paragraph (a numpy array), and the rows of its
        features: its distinct stems and pairs of stems, as `features.word_features` reads
        them, without a string built per feature."""
        words, pairs, _, matrix, bias = self._tables
        found = stems(text)
        at = [i for i in map(words.get, set(found)) if i is not None]
        at += [i for i in map(pairs.get, set(zip(found, found[1:]))) if i is not None]
        return (bias + matrix[at].sum(axis=0) if at else bias), at

    def raised(self, text: str) -> dict[str, Span]:
        """The topics at or above the threshold, each with the span of the word (or pair of
        words) that weighs most for it in this paragraph."""
        z, at = self._logits(text)
        bar = math.log(self.threshold / (1 - self.threshold)) if 0 < self.threshold < 1 else (math.inf if self.threshold >= 1 else -math.inf)
        out: dict[str, Span] = {}
        if not (z >= bar).any():  # (most paragraphs: a comparison in numpy, no sigmoid)
            return out
        _, _, keys, matrix, _ = self._tables
        for column, topic in enumerate(self.topics):
            if z[column] < bar:
                continue
            # (a word of three letters or more before a shorter one: «и», "of" may weigh
            # most, but a reader wants the word of the issue; of equal weights the first row,
            # whatever order the paragraph's set of stems came in)
            best = max(sorted(at), key=lambda row: (matrix[row, column] > 0, max(map(len, keys[row])) >= 3, matrix[row, column]), default=None)
            if best is not None and matrix[best, column] > 0:
                out[topic] = _first_span(text, keys[best])
        return out

    def with_topics(self, events: list[Event], text: str) -> list[Event]:
        """The paragraph's events with the topics the model finds, where none of them has a
        topic of the rules (`combined`)."""
        if not events or any(e.topics for e in events):
            return events
        raised = self.raised(text)
        if not raised:
            return events
        spans = tuple(raised.values())
        return [replace(e, topics=tuple(raised), evidence={**e.evidence, "topics": spans}) for e in events]

    def to_json(self) -> str:
        data = {
            "threshold": self.threshold,
            "topics": {
                topic: {"bias": bias, "weights": dict(sorted(self.weights.get(topic, {}).items()))}
                for topic, bias in zip(self.topics, self.bias)
            },
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "TopicModel":
        data = json.loads(text)
        topics = tuple(data["topics"])
        return cls(
            topics=topics,
            bias=tuple(float(data["topics"][t]["bias"]) for t in topics),
            weights={t: {k: float(w) for k, w in data["topics"][t]["weights"].items()} for t in topics},
            threshold=float(data["threshold"]),
        )


def combined(rules: set[str] | frozenset[str], model: set[str] | frozenset[str]) -> set[str]:
    """A paragraph's topics: the rules' where they read any, else the model's."""
    return set(rules) if rules else set(model)


def _first_span(text: str, key: tuple[str, ...]) -> Span:
    """Where the word (or pair of words) of a feature first stands in the paragraph, cut into
    words as `features.stems` cuts it (its lower-cased text; where a letter lower-cases to two,
    'İ', each lower-case offset is taken back to the original's)."""
    low = lowered_text(text)
    at = None if len(low) == len(text) else [i for i, c in enumerate(text) for _ in c.lower()]
    previous: int | None = None
    last = ""
    for match in _WORD.finditer(low):
        stem = match.group()[:STEM]
        if (stem,) == key or (previous is not None and (last, stem) == key):
            start = match.start() if len(key) == 1 else previous
            assert start is not None
            return Span(start, match.end()) if at is None else Span(at[start], at[match.end() - 1] + 1)
        previous, last = match.start(), stem
    raise ValueError(f"no {key} in the paragraph")  # (a row `scores` found: never)


def model_path():
    return model_file(MODEL_FILE)


@lru_cache(maxsize=1)
def load_topic_model() -> TopicModel | None:
    """The shipped model, or None where its file is absent (the rules' topics alone)."""
    text = shipped_text(MODEL_FILE)
    return TopicModel.from_json(text) if text is not None else None
