"""Sentences grouped into drafts of events.

A paragraph can report several events: a second one opens when another actor goes somewhere
else, when each party acts in its own place, or when the kind of activity changes
(codebook 2). `segment` walks the clauses once and returns the drafts; `pipeline` turns each
into an event or nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import classify
from .audience import STUDENTS
from .bodies import MEMBERS
from .gazetteer import KIND, Hit
from .mentions import Mention
from .reading import Paragraph
from .resources import Resources

# Kinds of activity whose change inside a paragraph opens a second event (codebook 2); a
# tour or a word to the press goes with whatever else the actor did.
_DISTINCT_ACTIVITIES = frozenset({"voter_meeting", "labour_collective_meeting", "rally", "debate", "online", "other"})


@dataclass
class Draft:
    """Sentences grouped into one event while a paragraph is read. The sets grow with the
    lists, so that reading a long paragraph stays linear."""

    sentences: list[int] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    inherited: tuple[str, ...] = ()
    places: list[Mention] = field(default_factory=list)
    # the places of the clause before, where the same people go on to another kind of activity
    # with no place of its own ("laid flowers in Semey, then talked with voters on a bus")
    inherited_places: tuple[Mention, ...] = ()
    actors: list[Mention] = field(default_factory=list)
    party_set: set[str] = field(default_factory=set)
    region_set: set[str] = field(default_factory=set)  # place keys: settlements, else regions
    actor_set: set[str] = field(default_factory=set)
    active: bool = False  # a strong activity cue was seen
    types: set[str] = field(default_factory=set)  # kinds of activity its strong cues name (read where two clauses have some)

    def add(self, sentence: int, parties, places, actors, active: bool, types=()) -> None:
        self.sentences.append(sentence)
        if types:
            self.types.update(types)
        if parties:
            self.parties.extend(parties)
            self.party_set.update(m.value for m in parties)
        if places:
            self.places.extend(places)
            self.region_set.update(place_key(m) for m in places)
        if actors:
            self.actors.extend(actors)
            self.actor_set.update(actor_key(m) for m in actors)
        self.active = self.active or active

    def party_codes(self) -> set[str]:
        return self.party_set or set(self.inherited)


def place_key(mention: Mention) -> str:
    """Where a place mention points: the settlement if named, else the region. Two
    towns of one region are two places ("in Temirtau, while X went to Karaganda")."""
    return mention.extra or mention.value


def actor_key(mention: Mention) -> str:
    return mention.value or mention.extra or ""


def by_sentence(mentions: list[Mention], para: Paragraph) -> dict[int, list[Mention]]:
    grouped: dict[int, list[Mention]] = {}
    starts = para.starts
    for mention in mentions:
        grouped.setdefault(bisect_right(starts, mention.start) - 1, []).append(mention)  # para.sentence()
    return grouped


def segment(para: Paragraph, res: Resources) -> list[Draft]:
    """Group sentences into events: a sentence opens a new event when it moves to places
    the current event does not have, with an actor or a party of its own (the schema: a
    different actor going elsewhere is a second event), or when another party acts."""
    drafts: list[Draft] = []
    parties_in, places_in, actors_in = (by_sentence(m, para) for m in (para.parties, para.places, para.actors))
    active_in = {s for s, hits in para.hits_by_sentence.items() if "event_strong" in map(KIND, hits)}
    # The kinds of activity of the clauses are compared only between two clauses with strong
    # cues of their own (`_opens_new_event`): with one such clause or none they are not read.
    # (A clause without a strong cue has none: what `_clause_types` gives it.)
    types_in = {s: _clause_types(para, s, para.hits_by_sentence[s], res) for s in active_in} if len(active_in) > 1 else {}
    pending: tuple[list[int], list[Mention], list[Mention]] = ([], [], [])
    last = len(para.starts) - 1
    for sentence in range(len(para.starts)):
        s_parties = pending[1] + parties_in.get(sentence, [])
        s_places = places_in.get(sentence, [])
        s_actors = pending[2] + actors_in.get(sentence, [])
        sentences = pending[0] + [sentence]
        active = sentence in active_in
        if s_actors and not s_places and not active and drafts and sentence < last:
            # "the party's leader, X, meanwhile held a meeting in Y": the actor goes with the
            # clause that says where, which may open a new event
            pending = (sentences, s_parties, s_actors)
            continue
        pending = ([], [], [])
        current = drafts[-1] if drafts else None
        s_types = types_in.get(sentence, set())
        if current is None or (
            _opens_new_event(current, s_parties, s_places, s_actors, active, s_types) and not _THUS.match(para.text, para.starts[sentence])
        ):
            inherited = tuple(sorted(current.party_codes())) if current is not None and not s_parties else ()
            # (the same people going on to another kind of activity, their party named only now:
            # "dropped in at the headquarters … The OSDP candidate also received the public")
            named_now = current is not None and not current.party_codes() and bool(s_parties) and not s_places and _same_people(current, s_actors)
            places_before = tuple(current.places or current.inherited_places) if current is not None and (named_now or _goes_on(current, s_parties, s_places, s_actors)) else ()
            if named_now:
                current.inherited = tuple(sorted({m.value for m in s_parties}))
            current = Draft(inherited=inherited, inherited_places=places_before)
            drafts.append(current)
        for i, number in enumerate(sentences):
            final = i == len(sentences) - 1
            current.add(
                number, s_parties if final else [], s_places if final else [], s_actors if final else [],
                active and final, s_types if final else (),
            )
    return drafts


# A clause that opens with "thus" tells what the clause before did, not another event:
# «…керуен өтті. Осылайша AMANAT партиясы … науқанын бастады», "In this way the party launched…".
_THUS = re.compile(r"\s*(?:thus|in this way|так|таким образом|тем самым|осылайша|сөйтіп)[\s,]", re.IGNORECASE)


def _clause_types(para: "Paragraph", sentence: int, hits: list[Hit], res: Resources) -> set[str]:
    """The kinds of activity one clause reports by its own strong cues, read with its own
    audience: "then toured the Agromash plant" is a visit to a workforce. A word that points
    back to an activity already told («Кездесудің тақырыбы…», "The meeting's topic…") names no
    kind of its own."""
    pointing = {(h.start, h.end) for h in hits if h.kind == "event_anaphora"}
    strong = [h for h in hits if h.kind == "event_strong" and (h.start, h.end) not in pointing]
    if not strong:
        return set()
    orgs = para.organisations_by_sentence.get(sentence, ())
    groups = para.groups_by_sentence.get(sentence, ())
    kind = classify.event_type(strong + [h for h in hits if h.kind in ("event_weak", "internal_audience", "meeting_setting", "going_verb", "visit_verb", "giving_verb", "gift_thing")], res, list(groups), any(m.extra not in (STUDENTS, MEMBERS) for m in orgs) or sentence in para.workforce)
    return {kind.value} if kind is not None and kind.value in _DISTINCT_ACTIVITIES else set()


def _same_people(current: Draft, s_actors) -> bool:
    """Whether a clause names nobody the event before lacks (its people may go unnamed)."""
    return all(actor_key(m) in current.actor_set for m in s_actors if m.value)


def _goes_on(current: Draft, s_parties, s_places, s_actors) -> bool:
    """Whether a clause that opens another event goes on with the same people in the same
    place: no place, party or named person of its own that the event before lacks."""
    return not s_places and all(m.value in current.party_codes() for m in s_parties) and all(
        actor_key(m) in current.actor_set for m in s_actors if m.value
    )


def _opens_new_event(current: Draft, s_parties, s_places, s_actors, active: bool, s_types: set[str]) -> bool:
    if s_types and current.types and not (s_types & current.types):
        return True  # another kind of activity: voter meetings, then a visit to a plant (codebook 2)
    codes = {m.value for m in s_parties}
    regions = {place_key(m) for m in s_places}
    if regions and current.region_set and not (regions & current.region_set):
        new_actor = any(actor_key(m) not in current.actor_set for m in s_actors)
        new_party = bool(codes) and not (codes & current.party_codes())
        if new_actor or new_party:
            return True
    if codes and current.party_codes() and not (codes & current.party_codes()):
        return active and current.active
    return False
