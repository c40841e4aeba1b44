"""The activity model: whether a paragraph in which nothing found an event reports one all the same, and of which type.

The rules find an activity by its words; the gate, the continuation model and the topic model
judge what the rules (or the paragraph before) found. A report whose activity is told in words
no rule knows is lost before any model sees it: on the blind sets most events missed are of
that kind ("an actor, no activity word", `bench/miss_stages.py`). Where the rules, the gate
and the continuation model leave a paragraph without events, this model reads its word stems
and stem pairs (the gate's words) and a few signs (the kinds of cue the rules found, a party
named in the paragraph or referred to by its document, an event in the paragraph before, the
language, a quote, a plan or a denial in it) and gives the probability that its author codes an
activity there. At or above its threshold, chosen on authors held out of the fit, the paragraph
gets one event of the type a second regression over the same features reads, built from the
paragraph's own mentions and spans as the paragraph model's and the continuation model's are.

Both regressions are trained by `saylau train --activity-model` on every coded paragraph of the
development reports (news-shaped sets and parallel files, each file one more author) that the
extractor leaves without events. The file is a table of weights
(`reference/data/models/activity_model.json`); reading it needs no machine-learning library.
Where the file is absent the extractor reads as before.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from .context import DocumentContext
from .continuation_model import ContinuationModel, clause_signs
from .features import stem_features
from .gate import TypeModel
from .model_files import model_file, shipped_text
from .reading import Paragraph

MODEL_FILE = "activity_model.json"


def activity_signs(para: Paragraph, context: DocumentContext, lang: str, after_event: bool) -> set[str]:
    """The features beside the words: the kinds of cue the rules found (`k:`), the language
    (`l:`) and the signs (`s:`) of a party named or referred to, an event just before, a
    quote, a plan or a denial."""
    out = {"k:" + kind for kind in para.kinds}
    out.add("l:" + lang)
    if para.parties:
        out.add("s:party")
    if context.referred_party() is not None:
        out.add("s:document_party")
    if after_event:  # (the paragraph before had an event)
        out.add("s:after_event")
    if context.earlier_event is not None:
        out.add("s:earlier_event")
    for sign in _DOCUMENT_SIGNS:
        if getattr(context, sign):
            out.add("s:document_" + sign)
    return out | clause_signs(para)


# What the title or an earlier paragraph said of the document (`DocumentContext`): it names
# campaigners, a debate, a gathering by video link, a referendum, the vote or a protest
_DOCUMENT_SIGNS = ("campaign", "debate", "online", "referendum", "vote")


@dataclass(frozen=True)
class ActivityModel:
    presence: ContinuationModel  # a binary table of the continuation model's shape: activity or not, and the threshold
    types: TypeModel  # the type of the activity

    def judge(self, found: list[str], signs: set[str]) -> tuple[float, str]:
        """The probability that the paragraph (its stems `found` and its `signs`) reports an
        activity, and the activity's most likely type."""
        probability = self.presence.paragraph_probability(found, signs)
        if probability < self.presence.threshold:
            return probability, ""
        kind, _ = self.types.predict(stem_features(found) | signs)
        return probability, kind

    def to_json(self) -> str:
        data = {"presence": json.loads(self.presence.to_json()), "types": self.types.to_dict()}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "ActivityModel":
        data = json.loads(text)
        return cls(ContinuationModel.from_json(json.dumps(data["presence"])), TypeModel.from_dict(data["types"]))


def model_path():
    return model_file(MODEL_FILE)


@lru_cache(maxsize=1)
def load_activity_model() -> ActivityModel | None:
    """The shipped model, or None where its file is absent."""
    text = shipped_text(MODEL_FILE)
    return ActivityModel.from_json(text) if text is not None else None
