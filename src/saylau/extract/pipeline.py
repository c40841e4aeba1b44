"""From a document to events: scan each paragraph once, find mentions per field, group
sentences into events, keep those that report campaign activity.

`extract_events` is pure: the same document always gives the same events, nothing is
read or written, and the only state is the cached, read-only reference resources.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, Document, Event, Span
from . import actors as actors_mod
from . import audience as audience_mod
from . import classify, parties, places
from .gazetteer import Hit, SpanIndex, longest_first
from .mentions import Mention
from .resources import Resources, load_resources
from .text import clause_starts, fold, script_language, sentence_of

EXTRACTOR_VERSION = "en-0.1"

_ENTITY_KINDS = frozenset({"party", "leader", "region_name", "region_stem", "settlement", "district"})
# Cue words of which languages may fire in a paragraph written in each language.
_CUE_LANGUAGES = {"en": {None, "en"}, "ru": {None, "ru"}, "kk": {None, "kk", "ru"}}


@dataclass
class _Paragraph:
    """Every mention of one paragraph, each tagged with its sentence."""

    text: str
    hits: list[Hit]
    starts: list[int]
    parties: list[Mention]
    places: list[Mention]
    actors: list[Mention]
    organisations: list[Mention]
    groups: list[Mention]
    not_held: set[int]  # clauses that report an activity that did not take place
    hits_by_sentence: dict[int, list[Hit]] = field(default_factory=dict)
    organisations_by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    groups_by_sentence: dict[int, list[Mention]] = field(default_factory=dict)

    def sentence(self, offset: int) -> int:
        return sentence_of(self.starts, offset)


@dataclass
class _Draft:
    """Sentences grouped into one event while a paragraph is read. The sets grow with the
    lists, so that reading a long paragraph stays linear."""

    sentences: list[int] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    inherited: tuple[str, ...] = ()
    places: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    party_set: set[str] = field(default_factory=set)
    region_set: set[str] = field(default_factory=set)  # place keys: settlements, else regions
    actor_set: set[str] = field(default_factory=set)
    active: bool = False  # a strong activity cue was seen

    def add(self, sentence: int, parties, places, actors, active: bool) -> None:
        self.sentences.append(sentence)
        self.parties.extend(parties)
        self.places.extend(places)
        self.actors.extend(actors)
        self.party_set.update(m.value for m in parties)
        self.region_set.update(_place_key(m) for m in places)
        self.actor_set.update(_actor_key(m) for m in actors)
        self.active = self.active or active

    def party_codes(self) -> set[str]:
        return self.party_set or set(self.inherited)


def _place_key(mention: Mention) -> str:
    """Where a place mention points: the settlement if named, else the region. Two
    towns of one region are two places ("in Temirtau, while X went to Karaganda")."""
    return mention.extra or mention.value


def _actor_key(mention: Mention) -> str:
    return mention.value or mention.extra or ""


def extract_events(document: Document, resources: Resources | None = None) -> list[Event]:
    res = resources or load_resources()
    events: list[Event] = []
    for index, text in document.paragraphs():
        events.extend(extract_paragraph(text, document.id, index, res, document.lang))
    return events


def extract_paragraph(text: str, doc_id: str, index: int, res: Resources | None = None, lang: str | None = None) -> list[Event]:
    res = res or load_resources()
    para = _read(text, res)
    drafts = _segment(para)
    events = []
    for draft in drafts:
        event = _build(para, draft, res, doc_id, index, lang)
        if event is not None:
            events.append(event)
    return events


def _read(text: str, res: Resources) -> _Paragraph:
    all_hits = res.gazetteer.scan(text, fold(text))
    entities = longest_first(h for h in all_hits if h.kind in _ENTITY_KINDS)
    entity_spans = [(h.start, h.end) for h in entities]
    entity_index = SpanIndex(entity_spans)
    languages = _CUE_LANGUAGES[script_language(text)]
    cues = [
        h for h in all_hits
        if h.kind not in _ENTITY_KINDS and h.entry.lang in languages and not entity_index.covers(h.start, h.end)
    ]
    hits = sorted(entities + cues, key=lambda h: (h.start, -h.end))
    organisations = [
        m for m in audience_mod.find_organisations(text, hits, res)
        if not entity_index.covers(m.start, m.end)
    ]
    org_spans = [(m.start, m.end) for m in organisations]
    org_index = SpanIndex(org_spans)
    starts = clause_starts(text)
    not_held = {sentence_of(starts, h.start) for h in hits if h.kind == "not_held"}
    party_mentions = [m for m in parties.find_parties(text, hits) if sentence_of(starts, m.start) not in not_held]
    place_mentions = places.find_places(text, hits, res, org_index)
    blocked = entity_spans + org_spans
    actor_mentions = actors_mod.find_actors(text, hits, blocked, res.not_names)
    hits = [h for h in hits if h.kind == "org_head" or not org_index.covers(h.start, h.end)]
    groups = audience_mod.find_groups(text, hits, organisations)
    return _Paragraph(
        text=text,
        hits=hits,
        starts=starts,
        parties=party_mentions,
        places=place_mentions,
        actors=actor_mentions,
        organisations=organisations,
        groups=groups,
        not_held=not_held,
        hits_by_sentence=_group(hits, starts),
        organisations_by_sentence=_group(organisations, starts),
        groups_by_sentence=_group(groups, starts),
    )


def _group(items, starts: list[int]) -> dict[int, list]:
    """Hits or mentions by the sentence (clause) they start in, in text order."""
    grouped: dict[int, list] = {}
    for item in items:
        grouped.setdefault(sentence_of(starts, item.start), []).append(item)
    return grouped


def _by_sentence(mentions: list[Mention], para: _Paragraph) -> dict[int, list[Mention]]:
    grouped: dict[int, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(para.sentence(mention.start), []).append(mention)
    return grouped


def _segment(para: _Paragraph) -> list[_Draft]:
    """Group sentences into events: a sentence opens a new event when it moves to places
    the current event does not have, with an actor or a party of its own (the schema: a
    different actor going elsewhere is a second event), or when another party acts."""
    drafts: list[_Draft] = []
    parties_in, places_in, actors_in = (_by_sentence(m, para) for m in (para.parties, para.places, para.actors))
    active_in = {s for s, hits in para.hits_by_sentence.items() if any(h.kind == "event_strong" for h in hits)}
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
        if current is None or _opens_new_event(current, s_parties, s_places, s_actors, active):
            inherited = tuple(sorted(current.party_codes())) if current is not None and not s_parties else ()
            current = _Draft(inherited=inherited)
            drafts.append(current)
        for i, number in enumerate(sentences):
            final = i == len(sentences) - 1
            current.add(number, s_parties if final else [], s_places if final else [], s_actors if final else [], active and final)
    return drafts


def _opens_new_event(current: _Draft, s_parties, s_places, s_actors, active: bool) -> bool:
    codes = {m.value for m in s_parties}
    regions = {_place_key(m) for m in s_places}
    if regions and current.region_set and not (regions & current.region_set):
        new_actor = any(_actor_key(m) not in current.actor_set for m in s_actors)
        new_party = bool(codes) and not (codes & current.party_codes())
        if new_actor or new_party:
            return True
    if codes and current.party_codes() and not (codes & current.party_codes()):
        return active and current.active
    return False


def _build(para: _Paragraph, draft: _Draft, res: Resources, doc_id: str, index: int, lang: str | None) -> Event | None:
    hits = [h for s in draft.sentences for h in para.hits_by_sentence.get(s, ())]
    party_codes = _unique(m.value for m in draft.parties) or list(draft.inherited)
    leaders = [m for m in parties.find_leaders(hits) if m.value and para.sentence(m.start) not in para.not_held]
    if not party_codes and leaders:
        party_codes = _unique(m.value for m in leaders)
    if not party_codes:
        return None
    organisations = [m for s in draft.sentences for m in para.organisations_by_sentence.get(s, ())]
    groups = [m for s in draft.sentences for m in para.groups_by_sentence.get(s, ())]
    kind = classify.event_type(hits, res, groups, bool(organisations))
    if kind is None or not _reports_activity(hits):
        return None
    election, election_spans = classify.election(hits)
    topic_mentions = classify.topics(hits, groups)
    list_mentions = classify.list_types(hits)
    regions = _unique(m.value for m in draft.places)
    settlements = _unique(m.extra for m in draft.places if m.extra)
    actor_list = _actors(draft, party_codes, leaders)
    if kind.value == "press_event" and not organisations and not groups:
        groups = [Mention(kind.start, kind.end, "media")]  # a press event is held for the media
    audience = _unique([m.value for m in organisations] + [m.value for m in groups])
    evidence = {
        "parties": _spans(draft.parties or [m for m in leaders]),
        "regions": _spans(draft.places),
        "settlements": _spans([m for m in draft.places if m.extra]),
        "event_type": _spans([kind]),
        "audience": _spans(organisations + groups),
        "actors": _spans(draft.actors),
        "topics": _spans(topic_mentions),
        "election": _spans(election_spans),
        "list_types": _spans(list_mentions),
    }
    return Event(
        doc_id=doc_id,
        paragraph=index,
        parties=tuple(party_codes),
        regions=tuple(regions),
        settlements=tuple(settlements),
        event_type=kind.value,
        audience=tuple(audience),
        actors=tuple(actor_list),
        topics=tuple(_unique(m.value for m in topic_mentions)),
        election=election,
        list_types=tuple(m.value for m in list_mentions),
        evidence=evidence,
        lang=lang,
    )


def _reports_activity(hits: list[Hit]) -> bool:
    """A strong activity cue always counts; a weak one only where the paragraph does not
    read as procedure, results or commentary."""
    if any(h.kind == "event_strong" for h in hits):
        return True
    return not any(h.kind == "non_event" for h in hits)


def _actors(draft: _Draft, party_codes: list[str], leaders: list[Mention]) -> list[Actor]:
    party = party_codes[0] if len(party_codes) == 1 else None
    leader_party = {m.start: m.value for m in leaders}
    out: list[Actor] = []
    seen = set()
    for m in draft.actors:
        key = (m.value, m.extra)
        if key in seen:
            continue
        seen.add(key)
        actor_party = leader_party.get(m.start) or _nearest_party(draft, m) or party
        out.append(Actor(name=m.value or None, role=m.extra, party=actor_party))
    return out


def _nearest_party(draft: _Draft, actor: Mention) -> str | None:
    before = [m for m in draft.parties if m.end <= actor.start and actor.start - m.end < 60]
    after = [m for m in draft.parties if m.start >= actor.end and m.start - actor.end < 30]
    if before:
        return before[-1].value
    if after:
        return after[0].value
    return None


def _unique(values) -> list:
    """Values in order of first appearance, each once."""
    return list(dict.fromkeys(values))


def _spans(mentions) -> tuple[Span, ...]:
    return tuple(Span(m.start, m.end) for m in mentions)
