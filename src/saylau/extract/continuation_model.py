"""The continuation model: whether a paragraph with no activity of its own goes on about the event just told.

Reports tell one activity over several paragraphs: "The campaign team visited the research
centre." and then "Daniya Espayeva looked at its latest work and asked the scientists what they
need." The second names no activity the rules know, yet its author codes it as more of the
same visit (codebook 1: an activity reported as such). The rules read such a paragraph as going
on about the event before it only where a word points back to it («на встрече», "those
present") or the people met speak; reports by other people mostly do neither. On the blind
sets a quarter of the events missed sit right after a paragraph with an event.

One logistic regression, trained by `saylau train --continuation-model` on the paragraphs that
follow an event and in which the rules and the gate found none (development news sets and the
continuation sets, `tests/data/sequences`), says how likely such a paragraph holds an event.
It reads the paragraph's word stems and stem pairs (the gate's words), the kinds of cue the
rules found in it, the type of the event before, the word stems of the paragraph before (what
was told there: a visit goes on differently from a congress or a debate), and a few signs of a
paragraph that goes on: a party, the same party or the same person as the event before, an
opening pronoun, a quote.

At or above its threshold (chosen on authors held out of the fit) the paragraph gets one
event of the type of the event before, built from its own mentions and spans; where it names
no party, the event before's party carries on (codebook 1: the document names the party whose
people act). Places and the people met are never carried: only what the paragraph names.

The file is a table of weights (`reference/data/models/continuation_model.json`); reading it
needs no machine-learning library. Where the file is absent the rules decide alone.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat

from ..model import Event
from .features import stem_features, stems, text_signals
from .gate import _sigmoid, weights_by_kind
from .model_files import model_file, shipped_text
from .reading import Paragraph

MODEL_FILE = "continuation_model.json"
_QUOTE = re.compile(r"[«\"“]")


def continuation_features(para: Paragraph, before: Event, lang: str, pronoun: re.Pattern[str], previous: str = "") -> set[str]:
    """Every feature the model reads of a paragraph that follows `before` (and the paragraph
    `previous`): its words (`w:`, `b:`, `features.word_features`) and its signs
    (`continuation_signs`)."""
    found = stems(para.text)
    return stem_features(found) | continuation_signs(para, before, lang, pronoun, found, previous)


def continuation_signs(para: Paragraph, before: Event, lang: str, pronoun: re.Pattern[str], found: list[str], previous: str = "") -> set[str]:
    """The features beside the words (`found`: the paragraph's stems): the kinds of cue the
    rules found (`k:`), the event before's type (`t:`), the language (`l:`), the stems of the
    paragraph before (`p:`, `previous`: what was told there) and the signs (`s:`) of a
    paragraph that goes on or opens something else."""
    text = para.text
    out = {"k:" + kind for kind in para.kinds}
    out.update("p:" + stem for stem in stems(previous))
    out.add("t:" + before.event_type)
    out.add("l:" + lang)
    if para.parties:
        out.add("s:party")
        if {m.value for m in para.parties} & set(before.parties):
            out.add("s:same_party")
    # (a person of the event before named again, in whatever case: «Еспаеваның» then «Еспаева»,
    # the stem of the surname as the words' stems are cut)
    surnames = {words[-1] for a in before.actors if a.name and (words := stems(a.name))}
    if surnames and not surnames.isdisjoint(found):
        out.add("s:same_person")
    if pronoun.match(text.lstrip()):
        out.add("s:pronoun")
    return out | clause_signs(para)


def clause_signs(para: Paragraph) -> set[str]:
    """The signs of what the paragraph's clauses are: a plan, a denial, a quote, and the
    text's own signals (`features.text_signals`)."""
    out = {"s:" + s for s in text_signals(para.text)}
    if para.future:
        out.add("s:future")
    if para.not_held:
        out.add("s:not_held")
    if _QUOTE.search(para.text):
        out.add("s:quote")
    return out


@dataclass(frozen=True)
class ContinuationModel:
    bias: float
    weights: dict[str, float]  # feature -> weight
    threshold: float  # at or above this probability the paragraph goes on about the event before

    def probability(self, features: set[str] | frozenset[str]) -> float:
        return _sigmoid(self.bias + sum(map(self.weights.get, features, repeat(0.0))))

    @cached_property
    def _tables(self) -> tuple[dict[str, float], dict[tuple[str, str], float], dict[str, float]]:
        """The weights of stems, of pairs of stems (as tuples) and of the other features, so
        that a paragraph is scored without a string built per word (`paragraph_probability`)."""
        tables = weights_by_kind({name: w for name, w in self.weights.items() if name[:2] in ("w:", "b:")})
        if tables is None:
            raise ValueError("a continuation model's w: and b: features are stems and pairs of stems")
        words, pairs, _ = tables
        return words, pairs, {name: w for name, w in self.weights.items() if name[:2] not in ("w:", "b:")}

    def paragraph_probability(self, found: list[str], signs: set[str]) -> float:
        """`probability(stem_features(found) | signs)`: each distinct stem, pair and sign weighed once."""
        words, pairs, others = self._tables
        return _sigmoid(self.bias + (
            sum(map(words.get, set(found), repeat(0.0)))
            + sum(map(pairs.get, set(zip(found, found[1:])), repeat(0.0)))
            + sum(map(others.get, signs, repeat(0.0)))
        ))

    def to_json(self) -> str:
        data = {"threshold": self.threshold, "bias": self.bias, "weights": dict(sorted(self.weights.items()))}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "ContinuationModel":
        data = json.loads(text)
        return cls(float(data["bias"]), {k: float(w) for k, w in data["weights"].items()}, float(data["threshold"]))


def model_path():
    return model_file(MODEL_FILE)


@lru_cache(maxsize=1)
def load_continuation_model() -> ContinuationModel | None:
    """The shipped model, or None where its file is absent (the rules alone)."""
    text = shipped_text(MODEL_FILE)
    return ContinuationModel.from_json(text) if text is not None else None
