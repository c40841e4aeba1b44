"""What a document has said before the paragraph being read.

Real reports lean on their title and earlier paragraphs: "the party", "its headquarters",
«партийцы» mean the party the title named; "Dairabayev said…" in a debate report is the Auyl
deputy chairman introduced two paragraphs up; and every paragraph of a debate report that
shows party people speaking reports the debate (codebook 1). `DocumentContext` carries
exactly that much forward, paragraph by paragraph, so that extraction stays a pure function
of the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import Event

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class DocumentContext:
    title_parties: tuple[str, ...] = ()
    earlier_parties: dict[str, None] = field(default_factory=dict)  # in order of first mention
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # surname key -> (name, party or "")
    debate: bool = False  # the title or an earlier paragraph reports a debate
    online: bool = False  # the title tells of a gathering held by video link or on the web
    last_event: Event | None = None  # the previous paragraph's last event, which this one may go on about
    earlier_event: Event | None = None  # the last event of any earlier paragraph
    campaign: bool = False  # the title or an earlier paragraph names campaigners ("Presidential candidates wrap up…")
    campaign_group: bool = False  # and one of them is a group ("the agitation group of …"): "the group" later is it
    deputies_party: str | None = None  # the party of the deputies who first acted for one here ("the deputies" later)
    vote: bool = False  # the title or an earlier paragraph speaks of the vote or a protest: a rally told under it is about them
    # the title or an earlier paragraph names what a referendum decides other than the
    # constitution (a nuclear plant): "the referendum" later is not constitutional reform
    other_referendum: bool = False
    # the title or an earlier paragraph names a referendum: its agitation is campaigning whoever
    # holds it (a coalition, senators, experts)
    referendum: bool = False
    subject_topics: tuple[str, ...] = ()  # the issues the title names: "the draft" later is one of them
    published: date | None = None  # the document's day of publication, when its metadata gives it
    met: tuple[str, ...] = ()  # the audience of the last meetings, while the paragraphs after go on about them
    last_text: str = ""  # the previous paragraph, whose words tell what the one after may go on about

    def referred_party(self) -> str | None:
        """The party "the party" means here: the only party of the title, else the only
        party the document has named so far; None where that is not clear."""
        if len(set(self.title_parties)) == 1:
            return self.title_parties[0]
        if not self.title_parties and len(self.earlier_parties) == 1:
            return next(iter(self.earlier_parties))
        return None

    def remember_parties(self, codes) -> None:
        for code in codes:
            self.earlier_parties.setdefault(code, None)

    def remember_person(self, name: str, party: str) -> None:
        words = _LETTERS.findall(name)
        if len(words) >= 2:
            self.people.setdefault(surname_key(words[-1]), (name, party))

    def person_at(self, word: str) -> tuple[str, str] | None:
        """A person named earlier, recognised by the surname in any case form."""
        if not word[:1].isupper():
            return None
        return self.people.get(surname_key(word))


def surname_key(word: str) -> str:
    """A surname without its case ending: Дайрабаев, Дайрабаева, Дайрабаеву share a key;
    Kazakh endings (Тұяқбайдың) and Latin spellings keep enough letters to stay apart."""
    low = word.lower()
    for ending in ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "ым", "ом", "ой", "ей", "а", "у", "е", "ы", "ым"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return low
