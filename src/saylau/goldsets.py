"""The project's gold sets: where they are, how each is read, and what the extractor makes of them.

Two shapes exist. `tests/data/*.txt` hold unrelated paragraphs, one a line, written before the
extractor read documents whole: each line is read on its own. `tests/data/news/*.jsonl` (our
development sets shaped like real reports) and `tests/data/blind/*.jsonl` (blind sets by another
author) hold documents with titles, read the way `extract_events` reads any document. Gold files
sit beside them as `NAME.gold.jsonl` in the interchange format of the shared scorer.

Used by `saylau train`, `bench/extract_quality.py` and the accuracy tests, so that all three
read a set the same way.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterator, TypeVar

from .errors import SaylauError
from .extract import extract_events, extract_paragraph
from .extract.context import DocumentContext
from .extract.pipeline import document_context
from .extract.resources import Resources, load_resources
from .ingest import read_path
from .model import Document, Event


@dataclass(frozen=True)
class GoldSet:
    name: str
    documents: Path
    gold: Path

    @property
    def blind(self) -> bool:
        """Written by another author and never shown to whoever tunes the extractor."""
        return self.documents.parent.name == "blind" or self.name.startswith("holdout_")

    @property
    def development_reports(self) -> bool:
        """Reports retold from real pages by our own authors, read whole (news-shaped
        development sets and parallel files), each set one author's."""
        return self.documents.parent.name in ("news", "parallel")

    @property
    def paragraph_per_line(self) -> bool:
        return self.documents.suffix == ".txt" and self.documents.parent.name == "data"

    def gold_rows(self) -> list[dict]:
        lines = self.gold.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def read(self) -> list[Document]:
        docs = []
        for item in read_path(self.documents):
            if not isinstance(item, Document):
                raise SaylauError(f"{self.documents}: {item}")
            docs.append(item)
        return docs

    def contexts(self, doc: Document, res: Resources | None = None) -> Iterator[tuple[int, str, DocumentContext]]:
        """(index, paragraph, context) as the set is meant to be read (its title read with
        `res`, where a training step reads with resources of its own)."""
        shared = None if self.paragraph_per_line else document_context(doc, res or load_resources())
        for index, text in doc.paragraphs():
            yield index, text, shared if shared is not None else DocumentContext()

    def predict(self) -> list[Event]:
        if not self.paragraph_per_line:
            return [e for doc in self.read() for e in extract_events(doc)]
        return [
            e
            for doc in self.read()
            for index, text, context in self.contexts(doc)
            for e in extract_paragraph(text, doc.id, index, lang=doc.lang, context=context)
        ]


class ParallelSet(GoldSet):
    """A file of reports each told in English, Russian and Kazakh (`tests/data/parallel/`), one
    author's: groups of lines "en|", "ru|", "kk|" ("Title || earlier paragraph || last
    paragraph") and "gold|" (the events of the last paragraph, the same in every language),
    ending with "--". Each telling is a document of its own (id "SET:GROUP:LANG"); only its last
    paragraph is coded, so only that one has a gold row (the paragraphs before set the scene).
    `documents` and `gold` are both the file; the set's name is its author, so a report's three
    languages are held out together wherever a model is judged on authors it was not fitted on."""

    def read(self) -> list[Document]:
        return [document for document, _ in self._tellings()]

    def gold_rows(self) -> list[dict]:
        return [{"doc_id": document.id, "paragraph": last, "events": events} for document, (last, events) in self._tellings()]

    def _tellings(self) -> list[tuple[Document, tuple[int, list[dict]]]]:
        out = []
        for number, group in enumerate(parallel_groups(self.documents)):
            coded = dict(group)
            if "gold" not in coded:
                raise SaylauError(f"{self.documents}: group {number + 1} has no gold line")
            events = json.loads(coded["gold"])
            for lang in PARALLEL_LANGUAGES:
                if lang not in coded:
                    continue
                parts = [part.strip() for part in coded[lang].split(" || ")]
                title, body = (parts[0], parts[1:]) if len(parts) > 1 else ("", parts)
                out.append((Document(id=f"{self.name}:{number}:{lang}", title=title, text="\n".join(body), lang=lang), (len(body) - 1, events)))
        return out


PARALLEL_LANGUAGES = ("en", "ru", "kk")


def parallel_groups(path: Path) -> list[list[tuple[str, str]]]:
    """The groups of a parallel file, each a list of (language or "gold", text)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    out: list[list[tuple[str, str]]] = [[]]
    for line in lines:
        if line.strip() == "--":
            out.append([])
        else:
            lang, text = line.split("|", 1)
            out[-1].append((lang.strip(), text))
    return [group for group in out if group]


def parallel_sets(data: Path) -> list[ParallelSet]:
    """The parallel files under `data/parallel` (`parallel_*.txt`), each one author's set;
    the training commands read them beside the development sets, but for those named in
    `data/parallel/held_out.list` (one name a line, "#" comments): files kept unread and out of
    training, so that they still say how the extractor reads an author it never met."""
    folder = data / "parallel"
    listed = folder / "held_out.list"
    lines = listed.read_text(encoding="utf-8").splitlines() if listed.is_file() else []
    held_out = {line.split("#", 1)[0].strip() for line in lines} - {""}
    return [ParallelSet(path.stem, path, path) for path in sorted(folder.glob("parallel_*.txt")) if path.stem not in held_out]


def gold_sets(data: Path) -> list[GoldSet]:
    """Every set under `data` (tests/data): paragraph-a-line sets, news and blind documents."""
    sets = []
    for gold in sorted(data.glob("*.gold.jsonl")):
        name = gold.name.removesuffix(".gold.jsonl")
        sets.append(GoldSet(name, gold.with_name(name + ".txt"), gold))
    for folder in ("news", "blind"):
        for gold in sorted((data / folder).glob("*.gold.jsonl")):
            name = gold.name.removesuffix(".gold.jsonl")
            sets.append(GoldSet(name, gold.with_name(name + ".jsonl"), gold))
    return [s for s in sets if s.documents.exists()]


def sequence_sets(data: Path) -> list[GoldSet]:
    """The continuation sets (`data/sequences/seq_LANG.jsonl`): short documents whose later
    paragraphs go on about the first one's activity, or do not (`bench/continuations.py`)."""
    return [
        GoldSet(gold.name.removesuffix(".gold.jsonl"), gold.with_name(gold.name.replace(".gold.jsonl", ".jsonl")), gold)
        for gold in sorted((data / "sequences").glob("*.gold.jsonl"))
    ]


def development_sets(data: Path) -> list[GoldSet]:
    """The sets the extractor may be tuned and trained on: never blind or held-out ones."""
    return [s for s in gold_sets(data) if not s.blind and (s.name.startswith("dev_") or s.documents.parent.name == "news")]


def training_sets(data: Path) -> list[GoldSet]:
    """What the trained models are fitted on: the development sets and the parallel files,
    each file one more author (never blind or held-out sets)."""
    return development_sets(data) + parallel_sets(data)


@dataclass(frozen=True)
class Phrasing:
    """One line of an inventory of how reports phrase activities (`tests/data/phrasings/`): the
    phrasing as reports use it, its type by the codebook ("none" where it is no event) and an
    example sentence its author wrote with it."""

    lang: str
    phrasing: str
    event_type: str
    example: str

    def read_type(self) -> str:
        """The type the extractor gives the example read as a paragraph on its own: one of the
        types of its events (the example's own type where it is among them), or "none". An
        example of paragraphs separated by " || " is read as a document, and its last paragraph
        is the one judged (the paragraphs before set the scene it leans on)."""
        found = {e.event_type for e in _last_paragraph_events(self.example, self.lang)}
        if not found:
            return "none"
        return self.event_type if self.event_type in found else sorted(found)[0]


def _last_paragraph_events(example: str, lang: str) -> list[Event]:
    """The events of an example's last paragraph (paragraphs separated by " || ")."""
    paragraphs = [p.strip() for p in example.split(" || ")]
    if len(paragraphs) == 1:
        return extract_paragraph(example, "phrasing", 0, lang=lang)
    document = Document(id="phrasing", text="\n\n".join(paragraphs), lang=lang)
    return [e for e in extract_events(document) if e.paragraph == len(paragraphs) - 1]


@dataclass(frozen=True)
class PlacePhrasing:
    """One line of an inventory of how reports name where an activity took place, or a place
    word that is not the venue (`tests/data/phrasings/places_LANG.tsv`): the phrase, the regions
    and settlements the codebook gives the example ("none" where it gives none), and the example
    event its author wrote with it."""

    lang: str
    phrase: str
    regions: str
    settlements: str
    example: str

    def read(self) -> dict[str, set[str]] | None:
        """The regions and settlements of the events the extractor finds in the example; None
        where it finds no event."""
        events = _last_paragraph_events(self.example, self.lang)
        if not events:
            return None
        return {"regions": {r for e in events for r in e.regions}, "settlements": {s for e in events for s in e.settlements}}

    def agrees(self, found: dict[str, set[str]] | None, field: str) -> bool:
        """Whether the field's values are the author's (all of them and nothing else)."""
        wanted = {v.strip() for v in getattr(self, field).split(",") if v.strip() and v.strip() != "none"}
        return found is not None and {comparable(v) for v in found[field]} == {comparable(v) for v in wanted}


def place_phrasings(data: Path) -> dict[str, list[PlacePhrasing]]:
    """The inventories of place phrases by language (`places_LANG.tsv`: phrase, regions,
    settlements, example)."""
    return _by_language(data, "places_*.tsv", "phrase, regions, settlements and example", PlacePhrasing)


@dataclass(frozen=True)
class FieldPhrasing:
    """One line of an inventory of how reports name who was met and what was raised
    (`tests/data/phrasings/fields_LANG.tsv`): the phrase, the field it fills (`audience` or
    `topics`), its code by the codebook (an organisation's name as written, or "none" where the
    codebook gives the phrase no code) and an example event its author wrote with it."""

    lang: str
    phrase: str
    field: str
    value: str
    example: str

    def read_values(self) -> set[str] | None:
        """The field's values over the events the extractor finds in the example read as a
        paragraph on its own, compared as the scorer compares them (lower case, no quotes);
        None where it finds no event, so that a missed event is told apart from a missed value."""
        events = _last_paragraph_events(self.example, self.lang)
        if not events:
            return None
        return {comparable(v) for e in events for v in getattr(e, self.field)}

    def agrees(self, found: set[str] | None) -> bool:
        """Whether what the extractor found codes the phrase as its author did: the code among
        the values, or for "none" an event with no value in the field at all."""
        if found is None:
            return False
        if self.value == "none":
            return not found
        # an organisation's name matches as the shared scorer matches it: sharing at least half
        # of the longer name's words ("Vostok Moloko corporation" ~ "Vostok Moloko")
        wanted = set(comparable(self.value).split())
        return any(2 * len(wanted & set(value.split())) >= max(len(wanted), len(value.split())) for value in found)


def comparable(value: str) -> str:
    """A value as the shared scorer compares it: lower case, without quotes, spaces folded."""
    return " ".join(re.sub(r"[«»\"'`’“”]", "", value.lower()).split())


def field_phrasings(data: Path) -> dict[str, list[FieldPhrasing]]:
    """The inventories of audience and topic phrases by language (`fields_LANG.tsv`: phrase,
    field, code, example)."""
    return _by_language(data, "fields_*.tsv", "phrase, field, code and example", FieldPhrasing)


T = TypeVar("T")


def _by_language(data: Path, pattern: str, what: str, line_type: type[T]) -> dict[str, list[T]]:
    """The lines of the inventories matching `pattern` (`NAME_LANG.tsv`), by language, each
    made into `line_type` from its language and its tab-separated cells (`what` names them)."""
    width = len(fields(line_type)) - 1  # (the language comes from the file's name)
    out: dict[str, list[T]] = {}
    for path in sorted((data / "phrasings").glob(pattern)):
        lang = path.stem.rsplit("_", 1)[1]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != width:
                raise SaylauError(f"{path.name}:{number}: expected {what} separated by tabs")
            out.setdefault(lang, []).append(line_type(lang, *cells))
    return out


def phrasings(data: Path, pattern: str = "phrasings_*.tsv") -> dict[str, list[Phrasing]]:
    """The inventories of phrasings by language (`phrasings_LANG.tsv`, and `phrasings_X_LANG.tsv`
    from further authors: phrasing, type, example; `implicit_LANG.tsv` and `implicit_X_LANG.tsv`
    hold activities told without the usual words for them, `types_LANG.tsv` the boundaries
    between the event types, `lookalikes_LANG.tsv` paragraphs with campaign words that report no
    event and their minimal contrasts, in the same shape)."""
    return _by_language(data, pattern, "phrasing, type and example", Phrasing)
