"""Where the extractor loses events, as counts only: for each paragraph where Saylau and the
gold disagree on whether there is an event, what the paragraph held when the rules read it.

A missed event (gold has one, Saylau none) or a false one is counted under the language and
under what the reading found: a strong or weak activity word or none, a party, campaigner or
known person (or only the document's context), a clause read as a plan or as not held, a word
of procedure, and whether the paragraph before had an event. The script prints counts and
never a paragraph, so it may be run on the blind sets (`--kind blind`) by whoever changes the
extractor: it tells which stage to look at, and the development sets (`--kind news`) give the
paragraphs to look at.

    .venv/bin/python bench/miss_stages.py --kind blind
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from saylau.extract.pipeline import document_context, extract_paragraph  # noqa: E402
from saylau.extract.reading import CAMPAIGN_ROLES, read_paragraph  # noqa: E402
from saylau.extract.resources import load_resources  # noqa: E402
from saylau.ingest import read_path  # noqa: E402
from saylau.model import Document  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def stage(para, before, kinds) -> tuple[str, ...]:
    """What the reading of one paragraph found, as a few words."""
    cue = "strong" if "event_strong" in kinds else "weak" if "event_weak" in kinds else "no activity word"
    actor = bool(para.parties) or "campaign_actor" in kinds or bool(para.known_people) or any(
        h.kind == "role" and h.value in CAMPAIGN_ROLES for h in para.hits
    )
    who = "actor" if actor else "context only" if (before.referred_party() or before.campaign) else "no actor"
    marks = ["plan" if para.future else "", "not held" if para.not_held else "", "procedure" if "non_event" in kinds else ""]
    return (cue, who, *[m for m in marks if m], "after an event" if before.last_event else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=("blind", "news"), default="news", help="the blind sets or the news-shaped development sets")
    parser.add_argument("--sets", default="*", help="a glob of set names, e.g. 'dev_kk_*'")
    args = parser.parse_args()
    res = load_resources()
    missed: Counter = Counter()
    false: Counter = Counter()
    for gold_path in sorted((DATA / args.kind).glob(f"{args.sets}.gold.jsonl")):
        name = gold_path.name.split(".")[0]
        lang = name.split("_")[1]
        gold = {(r["doc_id"], r["paragraph"]): bool(r["events"]) for r in map(json.loads, gold_path.read_text().splitlines())}
        for doc in read_path(gold_path.with_name(f"{name}.jsonl")):
            if not isinstance(doc, Document):
                continue
            context = document_context(doc, res)
            for index, text in doc.paragraphs():
                before = copy.deepcopy(context)
                found = bool(extract_paragraph(text, doc.id, index, res, doc.lang, context))
                wanted = gold.get((doc.id, index), False)
                if found == wanted:
                    continue
                para = read_paragraph(text, res, before, doc.lang)
                key = (lang, *[w for w in stage(para, before, {h.kind for h in para.hits}) if w])
                (missed if wanted else false)[key] += 1
    for title, counter in (("events missed", missed), ("false events", false)):
        print(f"{title}: {sum(counter.values())}")
        for key, count in counter.most_common():
            print(f"  {count:4d}  {' · '.join(key)}")


if __name__ == "__main__":
    main()
