"""From a document to events: scan each paragraph once, find mentions per field, group
sentences into events, keep those that report campaign activity.

`extract_events` is pure: the same document always gives the same events, nothing is
read or written, and the only state is the cached, read-only reference resources.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import starmap

from ..model import Actor, Document, Event, Span
from ..reference.date_mentions import day_beside, find_mentions, named_days, sentence_ends
from . import actors as actors_mod, audience as audience_mod, classify, parties, places
from .activity_model import ActivityModel, activity_signs, load_activity_model
from .context import DocumentContext
from .continuation_model import ContinuationModel, continuation_signs, load_continuation_model
from .drafts import Draft, segment
from .features import paragraph_features, stems
from .gate import Gate, load_gate
from .paragraph_model import ParagraphModel, embedding, features as model_features, load_paragraph_model
from .topic_model import load_topic_model
from .gazetteer import Entry, Hit
from .mentions import Mention
from .reading import CAMPAIGN_ROLES, ENTITY_KINDS, REFERENDUM_KINDS, Paragraph, about_a_referendum, names_the_campaign, rally_about_the_vote, read_paragraph, whom_asked
from .bodies import MEMBERS
from .resources import WHOLE_STAFF, Resources, load_resources
from .modality import _ODD_CASE, Words, reports_past
from .text import lowered_text, script_language, sentence_of, sentence_start, word_end

EXTRACTOR_VERSION = "0.24"  # (0.24: the gate and the activity model taught on the development sets read with part of the lexicon too; 0.23: the activity model taught on paragraphs read without their activity words; 0.22: a town near which an event is gives its region, people who turned to the campaigners met, a party's asset, no gathering joined to words still to be said, the activity model refitted on twelve more authors; 0.21: the trained activity model; 0.20: phrasings of four more fresh authors read, Russian nouns shaped like past verbs; 0.19: fresh authors' reports read by the codebook again (parallel_g, _i, _k, _m, _n); 0.18: party business told without a verb of the party, fresh authors' reports read by the codebook; 0.17: one report read alike in the three languages, the continuation model refitted; 0.16: «акция» a drive (other), reports read alike in the three languages; 0.15: institutions named whole, veterans no pensioners, titles over lists of places; 0.14: audiences by who was met (students, bodies of members, titles); 0.13: heads' titles, visits to headquarters and party control read by the codebook; 0.12: bodies, appeals and visits read by the codebook; 0.11: the three languages at parity; 0.10: the trained continuation model; 0.9: the trained topic model)

# Roles of many people at once: "party members", «активисты» are not actors (codebook 6).
_COLLECTIVE_ROLES = frozenset({"member", "activist"})


def extract_events(document: Document, resources: Resources | None = None, gate: Gate | None | bool = True) -> list[Event]:
    """Events of every paragraph, each read with what the title and earlier paragraphs said.
    `gate=False` gives the rules' events alone, without the trained models."""
    res = resources or load_resources()
    context = document_context(document, res)
    events: list[Event] = []
    for index, text in document.paragraphs():
        events.extend(extract_paragraph(text, document.id, index, res, document.lang, context, gate))
    return events


def document_context(document: Document, res: Resources) -> DocumentContext:
    """What a document tells before its first paragraph: its title, and its day of publication."""
    context = title_context(document.title, res, document.lang)
    context.published = document.published
    return context


def title_context(title: str | None, res: Resources, lang: str | None = None) -> DocumentContext:
    """The context a title gives: its parties, and whether it announces a debate report."""
    context = DocumentContext()
    if title and title.strip():
        # (a headline asking about the debate, "Did the TV debate show …?", still announces
        # one: its question mark does not make its words a question asked instead of a report)
        para = read_paragraph(title.strip().rstrip("?"), res, context, lang)
        context.title_parties = tuple(_unique(m.value for m in para.parties))
        for name, party in _party_people(para, res):
            # "Amanat chairman Yerlan Koshanov visits Karaganda": the paragraphs may name him alone
            context.remember_person(name, party)
        context.debate = _names_a_debate(para.hits)
        context.online = any(h.kind == "event_strong" and h.value == "online" for h in para.hits)
        context.campaign = any(h.kind == "campaign_actor" for h in para.hits)
        context.campaign_group = _names_a_campaign_group(para, res)
        context.vote = any(h.kind in ("vote_word", "protest_word") for h in para.hits)
        context.other_referendum = "referendum_subject" in para.kinds
        context.referendum = not para.kinds.isdisjoint(REFERENDUM_KINDS)
        context.subject_topics = _subject_topics(para, lang, context.other_referendum) if "topic" in para.kinds else ()
    return context


def _subject_topics(title: Paragraph, lang: str | None, other_referendum: bool) -> tuple[str, ...]:
    """The issues a title names ("Auyl backs the draft new Constitution"), not a group named
    ("answered the questions of college students"), a body's name, the programme, nor the bare
    word "referendum" where the title says it decides on something else (a nuclear plant)."""
    referendums = [(h.start, h.end) for h in title.hits if h.kind == "referendum_word"] if other_referendum else []
    return tuple(_unique(
        h.value for h in title.hits
        if h.kind == "topic" and h.value != "party_program" and not _in_a_body_name(title.text, h, lang)
        and not _names_a_group(title.text, h, lang) and not any(s <= h.start and h.end <= e for s, e in referendums)
    ))


def _names_a_debate(hits: list[Hit]) -> bool:
    """Whether a title names a debate: a word of debate that is not part of a longer name of
    something else ("a debate tournament for students", «пікірсайыс турнирі»: other)."""
    others = [h for h in hits if h.kind == "event_strong" and h.value == "other"]
    return any(
        h.kind == "event_strong" and h.value == "debate"
        and not any(o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start for o in others)
        for h in hits
    )


def _party_people(para: Paragraph, res: Resources) -> list[tuple[str, str]]:
    """People named with a role beside a party (before it within 60 characters, after it
    within 30): (name, party code); and people named as candidates or campaigners with no party
    ("Presidential candidate Karakat Abden visits Pavlodar"): (name, "")."""
    if not any(h.kind == "role" for h in para.hits):
        return []
    blocked = [(h.start, h.end) for h in para.hits if h.kind in ENTITY_KINDS]
    out = []
    for m in actors_mod.find_actors(para.text, para.hits, blocked, res.not_names):
        party = _party_near(para.parties, m) if para.parties else None
        if m.value and (party or m.extra in CAMPAIGN_ROLES):
            out.append((m.value, party or ""))
    return out


def extract_paragraph(
    text: str,
    doc_id: str,
    index: int,
    res: Resources | None = None,
    lang: str | None = None,
    context: DocumentContext | None = None,
    gate: Gate | None | bool = True,
    paragraph_model: ParagraphModel | None | bool = True,
    continuation: ContinuationModel | None | bool = True,
    activity: ActivityModel | None | bool = True,
) -> list[Event]:
    """Events of one paragraph. With a `context`, the paragraph is read as part of its
    document, and the context then learns what this paragraph said. `gate` is the trained
    event gate (True: the shipped one; None or False: the rules alone); `paragraph_model` the
    paragraph model (True: the shipped one where the gate is too; None or False: none);
    `continuation` the continuation model, which says whether a paragraph where neither found
    an event goes on about the event just before (True: the shipped one where the gate is
    too); `activity` the activity model, which says whether a paragraph where the rules
    proposed nothing and no model found an event reports one all the same (True: the shipped
    one where the gate is too). With the shipped gate, the shipped topic model gives the
    events kept the issues it reads where the rules read none (`topic_model`; the context has
    heard the events without them: later paragraphs lean on what the rules found)."""
    earlier = context.earlier_event if context is not None else None
    before = context.last_event if context is not None else None
    previous = context.last_text if context is not None else ""
    events, para, proposed = _rules_and_gate(text, doc_id, index, res, lang, context, gate)
    if paragraph_model is True:
        paragraph_model = load_paragraph_model() if gate is True else None
    if paragraph_model:
        changed = _with_paragraph_model(paragraph_model, events, para, res or load_resources(), doc_id, index, lang, context)
        if changed is not events:
            _heard(context, changed, earlier)
        events = changed
    if continuation is True:
        continuation = load_continuation_model() if gate is True else None
    if continuation and not events and before is not None and context is not None and not _opens_with_dateline(para):
        events = _continued(continuation, para, before, previous, res or load_resources(), doc_id, index, lang, context)
        if events:
            _heard(context, events, earlier)
    if activity is True:
        activity = load_activity_model() if gate is True else None
    if activity and not events and not proposed:
        events = _with_activity(activity, para, before is not None, res or load_resources(), doc_id, index, lang, context)
        if events:
            _heard(context, events, earlier)
    if events and gate is True:
        topic_model = load_topic_model()
        if topic_model is not None:
            events = topic_model.with_topics(events, text)
    return events


def rules_and_gate(
    text: str,
    doc_id: str,
    index: int,
    res: Resources | None = None,
    lang: str | None = None,
    context: DocumentContext | None = None,
    gate: Gate | None | bool = True,
) -> tuple[list[Event], Paragraph]:
    """The events of the rules as the event gate judges them, and the paragraph as the rules
    read it: what the paragraph model reads beside the embedding (training reads it too)."""
    events, para, _ = _rules_and_gate(text, doc_id, index, res, lang, context, gate)
    return events, para


def _rules_and_gate(
    text: str,
    doc_id: str,
    index: int,
    res: Resources | None,
    lang: str | None,
    context: DocumentContext | None,
    gate: Gate | None | bool,
) -> tuple[list[Event], Paragraph, bool]:
    """`rules_and_gate`, and whether the rules proposed events (the gate may have dropped
    them all: the activity model is not asked about such a paragraph again)."""
    earlier = context.earlier_event if context is not None else None
    events, signals, para = _propose(text, doc_id, index, res, lang, context)
    proposed = bool(events)
    model = load_gate() if gate is True else (gate or None)
    if model is not None and events:
        # (the features scored without their strings)
        events = model.judge_paragraph(events, text, signals, lang or script_language(text))
        _heard(context, events, earlier)
    return events, para, proposed


def _heard(context: DocumentContext | None, events: list[Event], earlier: Event | None) -> None:
    """What the next paragraph may go on about, once a model has judged this one's events."""
    if context is not None:
        context.last_event = events[-1] if events else None
        context.earlier_event = events[-1] if events else earlier


def retypable(events: list[Event], para: Paragraph) -> bool:
    """Whether the paragraph model may give the rules' events another type: they have one type,
    which no strong cue of it gives («встреча с населением» is a meeting whatever the model
    says), and nobody is named as met (people met make a meeting)."""
    kinds = {e.event_type for e in events}
    if len(kinds) != 1 or any(e.audience for e in events):
        return False
    kind = next(iter(kinds))
    return not any(h.kind == "event_strong" and h.value == kind for h in para.hits)


def encodable(events: list[Event], para: Paragraph, context: DocumentContext | None) -> bool:
    """Whether the paragraph model reads the paragraph: it has events to judge, or names a
    party (or its document refers to one) so that an event could be added."""
    return bool(events or para.parties) or (context is not None and context.referred_party() is not None)


def _with_paragraph_model(
    model: ParagraphModel,
    events: list[Event],
    para: Paragraph,
    res: Resources,
    doc_id: str,
    index: int,
    lang: str | None,
    context: DocumentContext | None,
) -> list[Event]:
    """The paragraph's events as the paragraph model judges them (`paragraph_model`): dropped
    where it finds no activity, retyped where it is sure of another type, and one added where
    the rules found none but it is sure of an activity of a party the paragraph names or the
    document refers to. Paragraphs with no event and no party are not encoded (most of a
    long document: the encoder is the slow part)."""
    context = context if context is not None else DocumentContext()
    if not encodable(events, para, context):
        return events
    vector = embedding(para.text)
    if vector is None:
        return events
    code = lang or para.lang or script_language(para.text)
    limits = model.limits(code)
    features = model_features(vector, events, code)
    probability = model.event_probability(features)
    if events and probability < limits.drop:
        return []
    if not events and probability < limits.add:
        return events
    kind, sure = model.event_type(features)
    if events:
        if sure >= limits.type and events[0].event_type != kind and retypable(events, para):
            return [replace(e, event_type=kind) for e in events]
        return events
    if sure < limits.type:
        return events  # an activity, but of no type the model is sure of: none added
    para = read_paragraph(para.text, res, context, lang, whole=True)  # (its places and people too)
    added = _build(para, _whole_draft(para), res, doc_id, index, lang, context, forced=kind)
    return [replace(e, confidence=round(float(probability), 3)) for e in added]


def _continued(
    model: ContinuationModel,
    para: Paragraph,
    before: Event,
    previous: str,
    res: Resources,
    doc_id: str,
    index: int,
    lang: str | None,
    context: DocumentContext,
) -> list[Event]:
    """The event of a paragraph that goes on about `before`, the last event of the paragraph
    just before (`previous`: that paragraph's text), as the continuation model judges it
    (`continuation_model`): none under its threshold; else one event of `before`'s type built
    from the paragraph's own mentions (read whole), with `before`'s parties where the paragraph
    names none (their evidence: the words read as going on)."""
    code = lang or para.lang or script_language(para.text)
    found = stems(para.text)
    probability = model.paragraph_probability(found, continuation_signs(para, before, code, res.pronoun, found, previous))
    if probability < model.threshold:
        return []
    whole = read_paragraph(para.text, res, context, lang, whole=True)
    built = _build(whole, _whole_draft(whole), res, doc_id, index, lang, context, forced=before.event_type)
    return [
        replace(
            e, confidence=round(probability, 3),
            **({"parties": before.parties, "evidence": {**e.evidence, "parties": e.evidence.get("event_type", ())}} if not e.parties and before.parties else {}),
        )
        for e in built
    ]


def _with_activity(
    model: ActivityModel,
    para: Paragraph,
    after_event: bool,
    res: Resources,
    doc_id: str,
    index: int,
    lang: str | None,
    context: DocumentContext | None,
) -> list[Event]:
    """The event of a paragraph in which nothing found one, as the activity model judges it
    (`activity_model`): none under its threshold; else one event of the model's type built
    from the paragraph's own mentions (read whole), as the paragraph model's are."""
    context = context if context is not None else DocumentContext()
    code = lang or para.lang or script_language(para.text)
    probability, kind = model.judge(stems(para.text), activity_signs(para, context, code, after_event))
    if not kind:
        return []
    whole = read_paragraph(para.text, res, context, lang, whole=True)
    return [replace(e, confidence=round(probability, 3)) for e in _build(whole, _whole_draft(whole), res, doc_id, index, lang, context, forced=kind)]


def _whole_draft(para: Paragraph) -> Draft:
    """One draft of every clause, with all the paragraph's parties, places and people."""
    whole = Draft()
    for number in range(len(para.starts)):
        whole.add(number, [], [], [], False)
    whole.parties, whole.places, whole.actors = list(para.parties), list(para.places), list(para.actors)
    return whole


def candidate_events(
    text: str,
    doc_id: str,
    index: int,
    res: Resources | None = None,
    lang: str | None = None,
    context: DocumentContext | None = None,
) -> tuple[list[Event], set[str]]:
    """The events the rules find in a paragraph, and the features the gate judges them by."""
    events, signals, _ = _propose(text, doc_id, index, res, lang, context)
    return events, (paragraph_features(text, signals) if events else set())


def _propose(
    text: str,
    doc_id: str,
    index: int,
    res: Resources | None,
    lang: str | None,
    context: DocumentContext | None,
) -> tuple[list[Event], set[str], Paragraph]:
    """The events the rules find in a paragraph, the rule signals the gate reads beside its
    words (`features.paragraph_features`), and the paragraph as the rules read it."""
    res = res or load_resources()
    context = context if context is not None else DocumentContext()
    debate_before = context.debate
    para = read_paragraph(text, res, context, lang)
    scene = not context.debate and _debate_scene(para)
    if scene:
        # a paragraph that sets a debate's scene is read as a debate report's paragraph is
        context.debate = True
        para = read_paragraph(text, res, context, lang)
    if not para.hits_by_sentence and not context.debate:
        # no hit (or a paragraph read only for its parties, which keeps none): no draft can
        # be built (_build's first test), so none is drawn
        drafts, built = [], []
    else:
        drafts = segment(para, res)
        built = [_build(para, draft, res, doc_id, index, lang, context) for draft in drafts]
    for i in range(len(drafts) - 1):
        if not built[i] and built[i + 1] and _gapped(para, drafts[i], drafts[i + 1]):
            built[i] = _build(para, drafts[i], res, doc_id, index, lang, context, shares=built[i + 1][0])
    if len(drafts) > 1 and not built[0] and any(built[1:]) and context.last_event is not None and drafts[0].active and not _opens_with_dateline(para):
        # the paragraph's first activity, told with nobody acting, goes on about the event before
        # it, before the next clause opens another ("With local farmers the programme was
        # discussed. Afterwards the headquarters' members went to the sugar plant …")
        built[0] = _build(para, drafts[0], res, doc_id, index, lang, context, follows=context.last_event)
    events = _one_online(_one_debate([event for events_of_draft in built for event in events_of_draft]), para)
    if events and context.last_event is not None and context.last_event.event_type == "debate" and "event_strong" not in para.kinds:
        # the people who came to the debate told just before, with no activity of their own
        # ("Residents, young people and journalists came to listen to them"): its audience
        # (codebook 1: a debate report's paragraphs that show it are the debate)
        events = [replace(e, event_type="debate") if e.event_type == "voter_meeting" else e for e in events]
    # (a paragraph under a dateline of its own opens another story of a digest: "20 March 2016,
    # 21:38. ASTANA. KAZINFORM – Polling … has ended" goes on about nothing before it)
    follows = context.last_event if not events and context.last_event is not None and not _opens_with_dateline(para) else None
    if not events and follows is None and context.earlier_event is not None and _names_the_meeting_again(para.hits):
        # "Members abroad joined the meeting by video link", «На встрече также говорили …» after
        # a paragraph of background or quotation: the meeting reported before, named again
        follows = context.earlier_event
    earlier, speaking = context.earlier_event, None
    if not events and follows is None and earlier is not None and _may_speak(earlier, context.met) and not _opens_with_dateline(para):
        # the people a meeting met, speaking after a paragraph of background («Горожане, в свою
        # очередь, рассказали …» after the city's plans): still that meeting (read whole, as
        # the paragraph after a quiet one is read only for its parties)
        whole = read_paragraph(text, res, context, lang, whole=True)
        speaking = _the_met_speak(whole, earlier, context.met)
        if speaking is not None:
            follows, para = earlier, whole
    if follows is not None:
        if speaking is None:  # (else the people's word was found above, in the whole reading)
            speaking = _the_met_speak(para, follows, context.met)
        if speaking is not None and not para.hits_by_sentence:
            # (read past its parties: the words of what the people said are its topics)
            para = read_paragraph(text, res, context, lang, whole=True)
            speaking = _the_met_speak(para, follows, context.met)
        if speaking is None and follows.event_type in _ASKED_AT and (asked := _QUESTIONS_AT_IT.match(text)) is not None:
            # "Most of the questions concerned …", «Отвечая на вопросы журналистов, …»: the
            # questions put at the event told just before, and the answers given there
            if not para.hits_by_sentence:
                para = read_paragraph(text, res, context, lang, whole=True)
            speaking = Hit(asked.start(), asked.end(), _QUESTIONS, "questions", "questions")
        events += _build(para, _whole_draft(para), res, doc_id, index, lang, context, follows=follows, pointing=speaking)
    if context.published is not None and events:
        named = named_days(para.text, anchor=context.published, published=context.published)
        if named:  # (read once for all the paragraph's events)
            ends = sentence_ends(para.text)
            events = [event for event in events if not _dated_after(event, named, ends, context.published)]
    signals = _signals(para, events, context, index, debate_before) if events else set()
    if scene and not any(event.event_type == "debate" for event in events):
        context.debate = False  # (the scene set no debate: the paragraphs after are read as before)
    _learn(context, para, events, res)
    return events, signals, para


def _debate_scene(para: Paragraph) -> bool:
    """Whether the paragraph itself sets a debate's scene with party people speaking in it: a
    round of a contest where a party or campaigner speaks ("In the second round the NSDP's
    representative asked…"), or the air or studio of a channel where people of two parties
    speak (one party's on air is an interview, codebook 1: no event)."""
    kinds = para.kinds
    if kinds.isdisjoint(("speech", "criticism")):  # (a debater criticising speaks too: «сынға алды»)
        return False
    named = {m.value for m in para.parties}
    # (the round opens its sentence: "win in the first round" is a round of the vote; the hits
    # are looked at only where a round is among their kinds)
    if "debate_round" in kinds and any(h.kind == "debate_round" and _opens_sentence(para, h.start) for h in para.hits):
        return bool(named) or "campaign_actor" in kinds
    return "broadcast_scene" in kinds and len(named) > 1


_SENTENCE_OPENING = re.compile(r"[\W\d]*(?:(?:in|during|on|the|в|во|на)\s+)*\Z", re.IGNORECASE)


def _opens_sentence(para: Paragraph, offset: int) -> bool:
    """Whether only a preposition or an article comes before `offset` in its sentence."""
    number = sentence_of(para.sentences, offset)
    return bool(_SENTENCE_OPENING.match(para.text, para.sentences[number], offset))


def _opens_with_dateline(para: Paragraph) -> bool:
    """Whether the paragraph opens with a dateline: a place written in capitals near its start
    (after a day and an hour at most), then a full stop, a comma, a dash or a bracket."""
    return any(
        h.start < 40 and h.kind in places.PLACE_KINDS and places.is_dateline(para.text, h)
        for h in para.hits
    )


def _one_debate(events: list[Event]) -> list[Event]:
    """A paragraph's debate events as one: a joint debate of several parties is one event with
    all of them (codebook 2), though the paragraph names each debater in a sentence of its own;
    and a debate streamed or broadcast live is that debate, not an online event of its own."""
    debates = [e for e in events if e.event_type in ("debate", "online")]
    if len(debates) < 2 or not any(e.event_type == "debate" for e in debates):
        return events
    debates.sort(key=lambda e: e.event_type != "debate")  # (the debate first: the merged event is one)
    first = debates[0]
    merged = _merged(debates)
    return [merged if e is first else e for e in events if e.event_type not in ("debate", "online") or e is first]


def _merged(events: list[Event]) -> Event:
    """The first event with the parties, places, people, topics and evidence of all."""
    evidence: dict[str, tuple[Span, ...]] = {}
    for event in events:
        for key, spans in event.evidence.items():
            evidence[key] = evidence.get(key, ()) + tuple(s for s in spans if s not in evidence.get(key, ()))
    return replace(
        events[0],
        parties=tuple(_unique(p for e in events for p in e.parties)),
        regions=tuple(_unique(r for e in events for r in e.regions)),
        settlements=tuple(_unique(s for e in events for s in e.settlements)),
        audience=tuple(_unique(a for e in events for a in e.audience)),
        actors=tuple(_unique(a for e in events for a in e.actors)),
        topics=tuple(_unique(t for e in events for t in e.topics)),
        list_types=tuple(_unique(t for e in events for t in e.list_types)),
        evidence=evidence,
    )


def _one_online(events: list[Event], para: Paragraph) -> list[Event]:
    """A gathering and the medium it was held by, told one after the other ("the Political
    Council met at the central office. Held by videoconference, the meeting considered …"), as one
    online event (codebook 5): the clause of the medium points back to the gathering ("the
    meeting") and names no party the gathering's clause does not. A second activity of its own
    («провёл селекторное совещание») points back to nothing and stays an event of its own."""
    if len(events) < 2:
        return events
    online = [e for e in events if e.event_type == "online"]
    others = [e for e in events if e.event_type == "other"]
    if len(online) != 1 or len(others) != 1:
        return events
    medium, gathering = online[0], others[0]
    spans = medium.evidence.get("event_type") or ()
    if not spans or (medium.parties and not set(medium.parties) <= set(gathering.parties)):
        return events
    sentence = para.sentence(spans[0].start)
    if not any(h.kind == "event_anaphora" and para.sentence(h.start) == sentence for h in para.hits):
        return events
    return [_merged([medium, gathering]) if e is medium else e for e in events if e is not gathering]


def _dated_after(event: Event, named: list, ends: list[int], published: date) -> bool:
    """Whether the sentence that reports the event dates it after the document was published:
    "calling the congress for February 6" in a report of February 2 tells of a plan, however
    its verbs read (codebook 1). The date nearest the activity's words in their sentence counts
    (as for the event's own day, ingest/event_dates.py); a date naming an election («15
    қаңтардағы сайлау») is no date of an activity."""
    spans = event.evidence.get("event_type")
    if not spans:
        return False
    day = day_beside(named, ends, min(span.start for span in spans))
    return day is not None and day > published


def _signals(para: "Paragraph", events: list[Event], context: DocumentContext, index: int, debate: bool) -> set[str]:
    """What the rule pass saw, as the gate's `r:` features."""
    kinds = set()
    strong, weak = [], []
    for h in para.hits:  # (one pass for the three; the sets below are built as before, in the same order)
        kind = h.kind
        kinds.add(kind)
        if kind == "event_strong":
            strong.append("strong:" + h.value)
        elif kind == "event_weak":
            weak.append("weak:" + h.value)
    out = {f"type:{e.event_type}" for e in events}
    out |= set(strong)
    out |= set(weak)
    out |= {k for k in ("speech", "non_event", "not_held", "campaign_actor", "event_anaphora", "leader") if k in kinds}
    out.add(f"events:{min(len(events), 3)}")
    if para.parties:
        out.add("party_named")
    if events and not any(e.parties for e in events):
        out.add("no_party")
    if any(e.evidence.get("parties") and not para.parties for e in events):
        out.add("party_referred")
    if para.places:
        out.add("place")
    if para.organisations:
        out.add("organisation")
    if para.future:
        out.add("future_clause")
        if len(para.future) == len(para.starts):
            out.add("all_future")
    if debate:
        out.add("debate_document")
    if context.last_event is not None:
        out.add("after_event")
    out.add("first_paragraph" if index == 0 else "later_paragraph")
    return out


def _after_opening_date(text: str, start: int) -> int:
    """Where a clause at `start` goes on after the time it opens with ("On Tuesday, …", «Во
    вторник …», «Кеше …», "At the end of last week …", «В конце прошлой недели …»): its
    subject comes next. `start` itself where it opens otherwise."""
    for mention in find_mentions(text):
        if mention.start >= start and _OPENING_PREPOSITION.fullmatch(text, start, mention.start):
            gap = _AFTER_DATE.match(text, mention.end)
            return gap.end() if gap else mention.end
        if mention.start > start + 4:
            break
    when = _OPENING_TIME.match(text, start)
    return when.end() if when else start


def _subject_start(para: "Paragraph", start: int) -> int:
    """Where the subject of a clause at `start` may stand: after the time it opens with, a
    linking adverb ("Meanwhile,", «Тем временем», «Одан кейін») and the place it opens with
    ("In Taraz,", «В Таразе», «Жамбыл облысына»): "Meanwhile Meiram Kazhyken went …",
    «Жамбыл облысына Мейрам Қажыкен барып …»."""
    start = _after_opening_date(para.text, start)
    linking = _OPENING_LINK.match(para.text, start)
    if linking:
        start = linking.end()
    preposition = _OPENING_PREPOSITION.match(para.text, start)
    at = preposition.end() if preposition else start
    place = next((h for h in para.hits if h.start == at and h.kind in places.PLACE_KINDS), None)
    if place is None or places.first_name_of_a_person(para.text, place):  # («Амангельды Таспихов»)
        return start
    end = place.end
    word = next((h for h in para.hits if h.kind in _PLACE_WORD_KINDS and 0 <= h.start - end <= 1), None)
    if word is not None:
        end = word.end
    gap = _AFTER_PLACE.match(para.text, end)
    return gap.end() if gap else start


# Linking adverbs a clause may open with before its subject (cues.yaml would hold them were
# they more than this closed class).
_OPENING_LINK = re.compile(
    r"\s*(?:Meanwhile|Then|Later|Next|Afterwards|Subsequently|Тем временем|Между тем|Затем|Потом|Позже|Далее|"
    r"Одан кейін|Одан соң|Кейін|Кейінірек|Бұдан соң|Сонымен қатар)\b,?\s+"
)
_PLACE_WORD_KINDS = frozenset({"region_word", "district_word"})
_AFTER_PLACE = re.compile(r",?\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")  # a place, then a capitalised word: the subject's


_OPENING_PREPOSITION = re.compile(r"\s*(?:(?:on|in|в|во)\s+)?", re.IGNORECASE)
_AFTER_DATE = re.compile(r"\s*(?:года|жылы)?\s*,?\s*")
# A time phrase of lower-case words with a word of time in it ("At the end of last week",
# "Later that day", «В конце прошлой недели»), then the clause's subject.
_OPENING_TIME = re.compile(
    r"\s*(?:At|On|In|Later|Earlier|Last|This|The same|В|Во|На|Позже|Ранее)\b(?:\s+[a-zа-яё]+){0,5}?\s+"
    r"(?:week|weekend|day|morning|afternoon|evening|month|недел[иеюя]|дн[яеь]|утр[аом]|вечер[аом]?|месяц[аеу]?)\b,?\s+"
)


def _names_a_campaign_group(para: "Paragraph", res: Resources) -> bool:
    """Whether a campaigner the paragraph names is a group ("the agitation group of the People's
    Party", «агитгруппа партии», «партияның үгіт тобы»), which the paragraphs after may call
    "the group" alone."""
    return any(h.kind == "campaign_actor" and res.campaign_group.search(para.text, h.start, h.end) for h in para.hits)


def _learn(context: DocumentContext, para: "Paragraph", events: list[Event], res: Resources) -> None:
    context.remember_parties(m.value for m in para.parties)
    if not context.campaign and "campaign_actor" in para.kinds:
        # a report whose lead names candidates or party people, as its title may ("The
        # campaign period for candidates … opened"): the people it goes on to name are theirs
        context.campaign = True
    if not context.campaign_group and "campaign_actor" in para.kinds:
        context.campaign_group = _names_a_campaign_group(para, res)
    if not context.vote and not para.kinds.isdisjoint(("vote_word", "protest_word")):
        # a report whose earlier paragraphs speak of the vote or a protest, as its title may
        # ("Tension lingered in the town after the election"): a rally it goes on to tell is theirs
        context.vote = True
    if "referendum_subject" in para.kinds:
        context.other_referendum = True
    if not context.referendum and not para.kinds.isdisjoint(REFERENDUM_KINDS):
        context.referendum = True
    context.last_event = events[-1] if events else None
    context.last_text = para.text
    if events:
        context.earlier_event = events[-1]
        # the people the meetings met, kept while the paragraphs after go on about a meeting
        # without naming them again
        met = tuple(a for event in events for a in event.audience)
        if met or any(event.event_type != "voter_meeting" for event in events):
            context.met = met
    for event in events:
        if event.event_type == "debate":
            context.debate = True
        for actor in event.actors:
            if actor.name:
                context.remember_person(actor.name, actor.party or "")
            if actor.role == "deputy" and actor.party and context.deputies_party is None:
                context.deputies_party = actor.party


# The people a meeting met, opening the next paragraph's first clause as its subject ("The
# residents complained …", «Жители пожаловались …», «Тұрғындар … шағымданып»): within these many
# characters of the clause's start, with no campaigner before them ("The candidate said the
# people's unity …" is the candidate speaking).
_SUBJECT_REACH = 25
# The codes of people met at large: voters and residents are one crowd told two ways.
_ANYONE_MET = frozenset({"voters", "population"})
# A paragraph that opens with the questions put at an event, or the answers to them
_QUESTIONS_AT_IT = re.compile(
    r"\s*(?:(?:most|many|much) of the questions|the questions (?:concerned|were about|dealt with)|(?:in )?answering (?:the |their |reporters' |journalists' )?questions"
    r"|больше всего вопросов|(?:значительная |большая )?часть вопросов|вопросы касались|отвечая на вопрос\w*|в ответ на вопрос\w*"
    r"|сұрақтардың (?:басым бөлігі|көбі|көпшілігі)|сұрақтарға жауап бере отырып)",
    re.IGNORECASE,
)
_QUESTIONS = Entry("questions", "questions")
# Gatherings a title may tell were held online: then they are online events (codebook 5: a
# meeting or a congress by video link). (A debate streamed is still a debate, a press conference
# online a press event; a rally or a tour takes place in the streets.)
_HELD_ONLINE = frozenset({"other", "voter_meeting", "labour_collective_meeting"})
_ASKED_AT = frozenset({"voter_meeting", "labour_collective_meeting", "press_event", "online", "debate"})
# The people a rally's crowd is made of, met in the paragraph after it ("passers-by", "young people")
_CROWD_MET = frozenset({"voters", "population", "youth", "students"})
# What they do there: ask, complain, raise or voice an issue, speak.
_MET_PEOPLE_SPEAK = frozenset({"petition_verb", "topic_frame", "speech"})


def _may_speak(event: Event, met_before: tuple[str, ...] = ()) -> bool:
    """Whether the event met people who may speak at it in the paragraphs after: a group by
    its code (its own, or that of the meeting it goes on about: `met_before`), or a
    workplace's staff (named or not: "the miners asked …")."""
    return event.event_type == "labour_collective_meeting" or (event.event_type == "voter_meeting" and bool(event.audience or met_before))


def _community_met(community: list[Hit], cues: list[Hit], text: str) -> list[Mention]:
    """A community's groups (people with disabilities, the creative intelligentsia) where the
    clause tells of meeting someone ("hosted a meeting between …", a round table): they type the
    meeting as one with voters (codebook 5: "a community") and are no audience (codebook 6).
    Businesspeople among new members admitted, or "cultural workers' unions", met nobody; and
    where a group with a code is named (the journalists told of entrepreneurs), that group types it."""
    if not community or not any(h.kind == "meeting_setting" or h.value == "voter_meeting" for h in cues):
        return []
    if any(h.value == "press_event" for h in cues):
        return []  # (told to the press: "said to journalists that entrepreneurs fund the party")
    return [Mention(h.start, h.end, classify.COMMUNITY) for h in community if not text.startswith(("'", "’"), h.end)]


def _the_met_speak(para: Paragraph, follows: Event, met_before: tuple[str, ...] = ()) -> Hit | None:
    """The word of the people the meeting before met, where the paragraph opens with them
    speaking at it ("The farmers in turn voiced their worries about water", «Тұрғындар жолдардың
    жағдайына шағымданды»): the paragraph goes on about that meeting (codebook 1: the document
    around a paragraph is read), and the word points back to it as "at the meeting" would."""
    if not _may_speak(follows, met_before):
        return None
    first = [h for h in para.hits if para.sentence(h.start) == 0]
    # (the people met two paragraphs back, where the paragraph between went on about the same
    # meeting without naming them: "The farmers in turn spoke …" after the candidate's words)
    met = set(follows.audience or met_before)
    if met & _ANYONE_MET:
        met |= _ANYONE_MET  # (the voters met are the residents who asked: «встретилась с избирателями» … «жители спрашивали»)
    staff = follows.event_type == "labour_collective_meeting"  # (its people are the workforce: "The miners asked …")
    group = next((
        h for h in first
        if ((h.kind == "audience" and h.value in met) or (staff and h.kind == "workforce")) and h.start - para.starts[0] <= _SUBJECT_REACH
    ), None)
    if group is None or 0 in para.future or 0 in para.not_held:
        return None
    # (a campaigner before them speaks of them; what people learn of their polling station is
    # the vote's procedure, codebook 1)
    if any((h.kind == "campaign_actor" and h.start < group.start) or h.kind == "non_event" for h in first):
        return None
    return group if any(h.kind in _MET_PEOPLE_SPEAK and h.start > group.start for h in first) else None


def _told_before(context: DocumentContext, hits: list[Hit]) -> Event | None:
    """The event a paragraph may go on about: the previous paragraph's, or, after a paragraph
    of background or quotation, an earlier one where this paragraph names the meeting again."""
    if context.last_event is not None:
        return context.last_event
    return context.earlier_event if context.earlier_event is not None and _names_the_meeting_again(hits) else None


def _names_the_meeting_again(hits: list[Hit]) -> bool:
    """Whether a word points back to a meeting and names it as one ("the meeting", «на встрече»,
    «кездесуде»): a pointing word that is also a meeting's cue, not "the participants" or "the
    events", which may be anyone's."""
    meetings = [(h.start, h.end) for h in hits if h.kind == "event_weak" and h.value == "voter_meeting"]
    return any(h.kind == "event_anaphora" and any(h.start <= s and e <= h.end for s, e in meetings) for h in hits)


def _build(
    para: Paragraph,
    draft: Draft,
    res: Resources,
    doc_id: str,
    index: int,
    lang: str | None,
    context: DocumentContext,
    follows: Event | None = None,
    shares: Event | None = None,
    forced: str | None = None,
    pointing: Hit | None = None,
) -> list[Event]:
    """The events a draft reports (one, or none; two where a visit to a staff went with a
    meeting of other people). `follows` is the previous paragraph's event when this paragraph
    is read as going on about it ("Those present approved the list…"), and `pointing` a word
    that points back to it though no cue reads it so (_the_met_speak); `forced` is the type the
    paragraph model gives a paragraph where the rules found no activity."""
    para_lang = para.lang or script_language(para.text)
    kinds: dict[str, list[Hit]] = {}  # the draft's hits by kind, read once
    for number in draft.sentences:
        for h in para.hits_by_sentence.get(number, ()):
            kinds.setdefault(h.kind, []).append(h)
    if follows is None and shares is None and forced is None and not context.debate and "event_strong" not in kinds and "event_weak" not in kinds:
        return []  # no cue can type an event here (classify.event_type would give None below)

    def of(*names: str) -> list[Hit]:
        if len(names) == 1:
            return list(kinds.get(names[0], ()))
        return [h for name in names for h in kinds.get(name, ())]

    strong = kinds.get("event_strong", ())  # (read many times below, never changed)

    party_codes = _unique(m.value for m in draft.parties) or list(draft.inherited)
    # a party carried over from an earlier clause keeps that clause's words as its evidence
    party_evidence = list(draft.parties) or _last_mentions(para.parties, para.starts[draft.sentences[0]], draft.inherited)
    # Known leaders are recognised as names, but their party is never taken from the
    # reference data: a person's party comes from the text (codebook 3).
    leaders = [m for m in parties.find_leaders(of("leader")) if m.value and para.sentence(m.start) not in para.not_held]
    # A chairman, secretary or head of an office campaigns only for a party the text names or
    # refers to: with none, they may be the CEC's, a ministry's or an observer mission's
    # (codebook 1: campaign actors are candidates, party people, headquarters and volunteers).
    party_context = bool(draft.parties or draft.inherited or context.referred_party())
    not_campaign = of("not_campaign_actor")  # "the election observation headquarters" is no campaign's
    campaigners = [h for h in of("campaign_actor") if not any(n.start <= h.start and h.end <= n.end for n in not_campaign)] + [
        h for h in of("role") if h.value != "deputy" and (party_context or h.value in CAMPAIGN_ROLES)
        and not any(h.start < n.end and n.start < h.end for n in not_campaign)  # "head of the OSCE office", "CEC member"
    ]
    campaigners += [m for m in para.known_people if para.sentence(m.start) in draft.sentences]
    if campaigners and _names_a_commission(para.text):
        # an election commission, its chairman or its members acting on the candidates ("the
        # district election commission invited the would-be akims to a meeting", «члены
        # районной избирательной комиссии встретились с кандидатами»): the commission's
        # procedure, in which the candidates are those met (codebook 1)
        kept = [c for c in campaigners if not _led_by_a_commission(para, c.start)]
        if not kept and not party_codes:
            return []  # (nor does it go on about an activity told before: the commission acts)
        campaigners = kept
    campaign_named = any(names_the_campaign(para.text, h) for h in strong)
    if not campaigners and campaign_named:
        campaigners = of("leader")  # "Kassym-Jomart Tokayev went to Uralsk as part of a campaign tour"
    if not campaigners and ((strong and (context.campaign or campaign_named)) or (context.debate and kinds.get("speech"))):
        # in a report whose title is about candidates or party people, a person the clause
        # opens with is one of them ("Meiram Kazhyken arrived in the Zhambyl region"); in a
        # debate report, one who speaks there is a debater, whichever body nominated him
        # ("Amangeldy Taspikhov put the emphasis on labour relations", codebook 1: debate)
        campaigners = [
            m for m in (actors_mod.named_subject(para.text, _subject_start(para, para.starts[n]), para.hits, res.not_names) for n in draft.sentences) if m
        ]
    if not campaigners and context.campaign and (
        strong or (of("event_weak") and (any(para.groups_by_sentence.get(n) for n in draft.sentences) or of("workplace")))
    ):
        # in such a report, a pronoun that opens the clause ("On Thursday they held their first
        # meeting with residents", «В четверг они провели собрание») is the candidates told of;
        # so it is where the clause names the people they talked to ("they answered students'
        # questions", «они отвечали на вопросы студентов») or the workplace they went through
        # («они прошли по цехам … и ответили на вопросы сварщиков»)
        campaigners = [m for m in (_opening_pronoun(para, n, res) for n in draft.sentences) if m]
    if not campaigners and context.campaign:
        # and the pronoun that people asked or complained to ("The smelter workers asked them
        # about wages", «пенсионеры спрашивали его»): the campaigners told of
        campaigners = [Mention(*span, "") for span in (whom_asked(para.text, h) for h in of("petition_verb")) if span]
    if not campaigners and context.campaign_group:
        # and where they were a group, so is "the group" a clause opens with ("In Kulsary the
        # group met oil workers", «В Кульсарах группа встретилась с нефтяниками»)
        campaigners = [m for m in (_opening_pronoun(para, n, res, res.group_later) for n in draft.sentences) if m]
    if not campaigners and context.debate and kinds.get("speech"):
        campaigners = of("debater")  # "the participants set out their programmes"
    deputies_party = context.deputies_party if not party_codes else None
    if deputies_party is not None:
        # "Deputies of the Mazhilis, members of the Nur Otan faction, came to the district …",
        # then "the deputies met the district's teachers": the deputies told of before, the
        # party's people, go on with their trip (codebook 1: the document names their party)
        last = draft.sentences[-1] + 1
        start, end = para.starts[draft.sentences[0]], para.starts[last] if last < len(para.starts) else len(para.text)
        deputies = [Mention(m.start(), m.end(), "", "deputy") for m in _DEPUTIES.finditer(para.text, start, end)]
        if deputies:
            campaigners = campaigners or deputies
            party_codes, party_evidence = [deputies_party], [_as_mention(deputies[0], deputies_party)]
    anaphora = of("event_anaphora") + ([pointing] if pointing is not None else [])
    internal = [h for h in strong if h.value == "other"]
    if not party_codes and (campaigners or internal):
        # "the party", its candidates, or a congress or branch meeting in a report about one
        # party: that party's people act (codebook 1)
        referred = context.referred_party()
        if referred:
            party_codes, party_evidence = [referred], [_as_mention((campaigners or internal)[0], referred)]
    pronouns = [m for m in res.pronoun.finditer(para.text)] if follows is not None and not anaphora else []
    if not party_codes and follows is not None and (anaphora or pronouns) and not (
        follows.event_type == "debate" and len(set(context.title_parties) | set(context.earlier_parties)) > 1
    ):
        # (a debate between parties is not the last speaker's: "the debate lasted 90 minutes"
        # after Ak Zhol's answer names no party, codebook 1)
        pointer = anaphora[0] if anaphora else Mention(pronouns[0].start(), pronouns[0].end(), "")
        party_codes, party_evidence = list(follows.parties), [_as_mention(pointer, "")] if follows.parties else []
    debate_cue = any(h.value == "debate" for h in strong)
    # sentences that give a debate's length or shape ("the debate lasted 90 minutes", «состояли
    # из четырёх раундов»): its format, in whatever tense (codebook 1)
    shaped = {para.sentence(h.start) for h in kinds.get("debate_format", ())}
    # (and sentences in which a commentator judges the debate: "editor-in-chief Alexei Vlasov
    # called the debate a breath of fresh air" is no report of it either)
    commented = {para.sentence(h.start) for h in kinds.get("commentator", ())}
    shaped |= commented
    if debate_cue and not party_codes:
        # with no party named in it, a debate is an event only where it is told as having
        # taken place ("debates were broadcast"), not its rules or format (codebook 1)
        took_place, under_way = res.future.took_place.get(para_lang), res.future.under_way.get(para_lang)
        debate_cue = any(
            (para.sentence(h.start) not in shaped or (took_place is not None and _held_before_shaped(para, h, took_place, kinds.get("debate_format", ()))))
            and (
                reports_past(para.sentence_text(h.start), para_lang, res.future)
                or (under_way is not None and under_way.search(para.sentence_text(h.start)) is not None)
            )
            for h in strong if h.value == "debate"
        )  # («Дебаты прошли в четверг … и были разбиты на три раунда»: held, then shaped; "a debate is under way")
    # a rally about the vote is campaigning whoever holds it (a flash mob of students)
    rally_for_vote = any(h.value == "rally" for h in strong) and rally_about_the_vote(para.kinds, context)
    # (and so is an activity under a referendum's report: its agitation has no parties to hold it,
    # but coalitions, senators and experts who meet people and hold forums about it)
    referendum_agitation = bool(strong) and about_a_referendum(para.kinds, context)
    if not party_codes and not campaigners and not debate_cue and not rally_for_vote and not referendum_agitation and follows is None and forced is None:
        return []  # nobody campaigning acts here (codebook 1: campaign actors)
    # (the people a clause of plans will receive or meet were not met by the activity told:
    # "opened the reception; deputies will receive citizens there")
    held = [
        s for s in draft.sentences
        if s not in para.future or reports_past(para.sentence_text(para.starts[s]), para_lang, res.future, spoken=True)
    ] or draft.sentences
    organisations = [m for s in held for m in para.organisations_by_sentence.get(s, ())]
    groups = [m for s in held for m in para.groups_by_sentence.get(s, ())]
    if pointing is not None and pointing.kind == "audience" and all(m.value != pointing.value for m in groups):
        groups.append(Mention(pointing.start, pointing.end, pointing.value))  # the people met, speaking
    # the students of a university met are students, not its staff (codebook 5: voter_meeting);
    # and where a group of people is named as met, a body named as the place ("At the Turkestan
    # Youth Resource Centre he met local young people") is the venue, not a staff met
    students = [Mention(m.start, m.end, "students") for m in organisations if m.extra == audience_mod.STUDENTS]
    community = [] if groups else _community_met(of("community"), of("event_strong", "event_weak", "meeting_setting"), para.text)
    if groups or community:
        organisations = [m for m in organisations if m.extra != audience_mod.VENUE]
    staffed = any(m.extra not in _NOT_A_STAFF for m in organisations) or any(s in para.workforce for s in draft.sentences)
    # (people only told something were not met; an association's members met are voters met)
    met = [m for m in groups if m.extra != audience_mod.TOLD_EXTRA or _presenting_only(of("event_strong"), para.text)] + students + [
        Mention(m.start, m.end, "voters") for m in organisations if m.extra == MEMBERS
    ] + community
    if met and not strong and all(h.value in ("rally", "other") for h in of("event_weak")):
        # those who joined an action or took part in a gathering («к акции присоединились …
        # жители», «акцияға … азаматтар қатысты») are its participants: they make no meeting of
        # it (codebook 5, 6)
        met = [m for m in met if not audience_mod.joined(para.text, m)]
    kind = classify.event_type(
        of("event_strong", "event_weak", "internal_audience", "meeting_setting", "going_verb", "trading_place", "congratulating", "visit_verb", "giving_verb", "gift_thing", "listening_verb"),
        res, met, staffed,
    )
    if context.debate and not (kind is not None and kind.value == "other" and internal):
        # (what a commentator says is no debater's speech: "expert Zhanar Tuleubayeva noted …")
        speech = [h for h in of("speech") if para.sentence(h.start) not in commented]
        # (a venue makes speaking a meeting of its own, but not on a channel's air: "debated on
        # the regional TV channel in Kyzylorda" is the channel's town)
        venue = bool(draft.places) and not of("broadcast_scene")
        kind = _as_debate(kind, speech, bool(party_codes or campaigners), venue, bool(organisations or groups))
    if kind is None and shares is not None and shares.evidence.get("event_type"):
        shared = shares.evidence["event_type"][0]  # the words of the activity the next clause shares
        kind = Mention(shared.start, shared.end, shares.event_type)
    # (observers or the party's own people met are an activity of their own, which keeps its
    # type: "In the course of the meeting, OSCE observers were briefed", codebook 5: other)
    met_own = bool(of("internal_audience"))
    if pointing is not None:
        # the people met speaking at the meeting: its type, whatever else the paragraph names
        # ("pointed to how little Kazakh content there is online" is no meeting held online)
        kind = Mention(pointing.start, pointing.end, follows.event_type)
    elif follows is not None and anaphora and not met_own and (
        kind is None or kind.value in ("campaign_tour", "other")
        # (the meeting with a staff named again: "At the meeting …", «Участники встречи …»)
        or (kind.value == "voter_meeting" and follows.event_type == "labour_collective_meeting" and not groups)
    ):
        kind = Mention(anaphora[0].start, anaphora[0].end, follows.event_type)
    elif (
        kind is not None and follows is None and context.last_event is not None and context.last_event.event_type == "online"
        and anaphora and not strong
    ) or (
        # (and the talk that goes on there with no word of another activity nor a place: "For an
        # hour he answered followers' questions" after a stream)
        kind is not None and follows is not None and follows.event_type == "online" and not strong and not draft.places
    ) or (
        kind is not None and context.online and kind.value in _HELD_ONLINE and not draft.places
        and (context.last_event is None or context.last_event.event_type == "online")
    ):
        # "Representatives of the party took part in the meeting", «Жиында … баяндама жасады»
        # after a meeting held by video link: the words point back to that meeting, with no
        # activity of their own, and its medium is still the link (codebook 5: online); or,
        # under a title that tells of a gathering held online ("Nur Otan's congress opens
        # online", «как прошла очередная ZOOM-конференция»), the congress or the meeting the
        # paragraphs report with no place of its own is that one, until the document goes on
        # to another activity
        kind = Mention(kind.start, kind.end, "online")
    elif (
        kind is not None and follows is None and (before := _told_before(context, para.hits)) is not None and not organisations
        and not groups and not met_own and _points_back(
            para.text, [*strong, *of("event_weak")], anaphora, of("program_presented", "speech"),
            # (with no place of its own, talk alone goes on about a meeting told just before)
            not draft.places and not staffed and before.event_type in ("voter_meeting", "labour_collective_meeting"),
        )
    ):
        # "The meeting was told…", "Those present approved…", «Кездесуде кандидаттар …»: the
        # words naming the activity point back to the one the paragraph before reported (or
        # one before a paragraph of background, named again: «Выступивший на встрече …»),
        # which keeps its type
        kind = Mention(kind.start, kind.end, before.event_type)
    elif (
        kind is not None and kind.value == "voter_meeting" and follows is None
        and (told := context.last_event or context.earlier_event) is not None
        and told.event_type == "rally" and not draft.places and not organisations and not met_own
        and not of("event_strong") and all(m.value in _CROWD_MET for m in groups)
    ):
        # the crowd of a rally told just before (or before a paragraph of background), addressed in
        # the next paragraph ("addressed the crowd", «к собравшимся обратился»): still that rally
        # (codebook 5), with no word of an activity of its own and no other place
        kind = Mention(kind.start, kind.end, "rally")
    elif (
        kind is not None and kind.value == "voter_meeting" and context.last_event is not None
        and (follows or context.last_event).event_type == "other" and not draft.places and not organisations and not groups
        and _talk_only(para.text, of("event_strong"), of("event_weak"), of("program_presented", "speech"))
    ):
        # talk at a party's own gathering told just before ("There Tokayev presented his election
        # platform" after the congress), with nobody met and no place of its own: still that
        # gathering (codebook 5: other), as talk after a meeting with voters is that meeting
        kind = Mention(kind.start, kind.end, "other")
    if (
        kind is not None and kind.value in classify.MEETING_TYPES and not met and not met_own
        and _staff_present(of("workforce"), of("workplace"), [*campaigners, *party_evidence], of("event_strong", "program_presented"), para.text)
    ):
        # a meeting at which a workplace's staff was present ("The staff put their questions",
        # «обсудили вопросы, которые интересуют коллектив», «фабриканың қызметкері келді»),
        # though the clause names nobody as met: a meeting with a workforce (codebook 5)
        kind = Mention(kind.start, kind.end, "labour_collective_meeting")
    if forced is not None:
        # the model's type, its evidence the sentence of the first party mention (or the first)
        anchor = para.sentence(party_evidence[0].start) if party_evidence else 0
        end = para.starts[anchor + 1] if anchor + 1 < len(para.starts) else len(para.text)
        kind = Mention(para.starts[anchor], len(para.text[:end].rstrip()), forced)
    if kind is not None and _PREVIOUS_BEFORE.search(para.text, max(0, kind.start - 30), kind.start):
        return []  # "the previous rally was held on 28 January": an earlier event recalled (codebook 1)
    if kind is None or (
        kind.value != "debate" and follows is None and shares is None and forced is None
        and not _reports_activity(
            of("event_strong", "internal_audience", "non_event", "campaign_period"),
            any(m.extra for m in draft.places) and bool(of("visit_verb", "going_verb")),
        )
    ):
        return []
    if kind.value == "debate" and not party_codes and not debate_cue and (
        not context.debate
        or not any(
            n not in shaped and reports_past(para.sentence_text(para.starts[n]), para_lang, res.future, spoken=bool(campaigners))
            for n in draft.sentences
        )
    ):
        # the rules or format of a debate, with no party in it; in a debate report, told in
        # the present ("the debate has four rounds", «пікірталас үш раундтан тұрады»)
        return []
    if follows is not None and anaphora and not strong and all(_attributes_words(para.text, h) or _inside_a_view(para, h) for h in anaphora):
        # "According to those present, many people are looking for justice", «По словам
        # собравшихся …», «Жиналғандардың айтуынша …»: their view, no more of the meeting
        # (codebook 1: opinions and statements are no event)
        return []
    if follows is not None and not anaphora and not of("event_strong", "event_weak"):
        return []  # a pronoun alone carries the actor, not an activity
    if follows is not None and of("campaign_period") and not _reports_activity(of("event_strong", "campaign_period")):
        return []  # the calendar of the campaign, not more of the activity before it
    election, election_spans = classify.election(of("role", "election"))
    # Topics are what was talked about: words in sentences that say something was raised,
    # discussed or asked; and, where issues were raised, the line of work of the enterprise
    # whose staff was met ("West DALA LLP, an enterprise for … waste").
    frames, topic_words = of("topic_frame", "speech", "topic_frame_after"), kinds.get("topic", ())
    met_codes = {m.value for m in groups}  # (the people met, wherever named again, are no issue)
    framed = {sentence_of(para.sentences, h.start) for h in frames}
    org_framed = {sentence_of(para.sentences, m.start) for m in organisations} if framed else set()
    framed |= org_framed
    presented = {sentence_of(para.sentences, h.start) for h in of("program_presented")}
    governed = _governed_topics(topic_words, frames, para_lang, para.text)
    # the word "referendum" alone, where the document says the referendum decides on something
    # other than the constitution (a nuclear plant): no constitutional reform (codebook 6)
    referendums = of("referendum_word") if context.other_referendum or "referendum_subject" in para.kinds else ()
    topic_mentions = classify.topics(
        [
            h for h in topic_words
            if sentence_of(para.sentences, h.start) in (presented if h.value == "party_program" else framed)
            and not (h.value == "party_program" and kind.value == "debate")
            and (h.value == "party_program" or h in governed or sentence_of(para.sentences, h.start) in org_framed)
            and not (para_lang == "en" and _in_a_proper_name(para, h))
            and not _in_a_body_name(para.text, h, para_lang)
            and not (h.value == "party_program" and _names_another_programme(para.text, h, para_lang, res))
            and not _names_a_group(para.text, h, para_lang)
            and not (referendums and any(r.start <= h.start and h.end <= r.end for r in referendums))
        ] + of("program_frame", "not_topic", "visit_verb", "topic_frame")
        # (the staff met are no issue raised; staff only talked about are: "a shortage of doctors")
        + [h for h in of("workforce") if para.sentence(h.start) in para.workforce]
        # (nor the people met, named again: «фермерлермен кездесті, фермерлер … уайымымен бөлісті»)
        + [h for h in of("audience") if h.value in met_codes],
        groups + organisations,
        para.text,
    )
    if context.subject_topics and of("subject_anaphora"):
        # "went through the draft", «обсудить проект» under a title naming the draft Constitution:
        # the title's issue, named again (codebook 6), where the sentence says it was talked about
        named = {m.value for m in topic_mentions}
        for h in of("subject_anaphora"):
            if sentence_of(para.sentences, h.start) in framed | presented:
                topic_mentions += [Mention(h.start, h.end, code) for code in context.subject_topics if code not in named]
                named.update(context.subject_topics)
    list_mentions = classify.list_types(of("list_type"))
    places = draft.places or list(draft.inherited_places)
    if not places and context.last_event is not None and context.last_event.regions:
        places = _place_told_before(para, draft, res, context.last_event)
    regions = _unique(m.value for m in places)
    settlements = _unique(m.extra for m in places if m.extra)
    actor_list = _actors(draft, party_codes, leaders, para.known_people)
    if kind.value in ("voter_meeting", "campaign_tour") and not organisations and not groups and not community and (
        _meets_party_officials(para, of("role")) or _meets_a_person(para, kind)
    ):
        # "chaired a meeting with the first deputy chairman of the regional branch and the heads
        # of its district branches": the party's own people, an internal meeting; "met Bauyrzhan
        # Baibek": one person, not voters (codebook 5: anything else that took place is other)
        kind = Mention(kind.start, kind.end, "other")
    if (
        kind.value == "voter_meeting" and not strong and not organisations and not groups and not community
        and of("body_word") and not of("role") and not _names_partner(para.text, kind)
    ):
        # "The Atyrau regional branch of Baitak held a meeting", «облыстық филиалы жиын өткізді»:
        # a body meeting with nobody named as met is a meeting of the body (codebook 1, 5: other)
        kind = Mention(kind.start, kind.end, "other")
    if kind.value == "voter_meeting" and not organisations and not groups and not community and (len(regions) > 1 or len(settlements) > 1):
        # meetings held across several places with nobody named as met: the campaign touring
        # them, not one meeting (codebook 5: campaign_tour)
        kind = Mention(kind.start, kind.end, "campaign_tour")
    if kind.value == "press_event" and not organisations and not groups:
        groups = [Mention(kind.start, kind.end, "media")]  # a press event is held for the media
    if kind.value in ("other", "rally"):
        # a congress, a clean-up, a branch meeting, a flash mob: those who took part in it
        # («жастар қатысты», «приняли участие») are its participants, not an audience the
        # campaigners met; had they been met, it would be a meeting (codebook 5, 6)
        groups = [m for m in groups if not audience_mod.took_part(para.text, m)]
    if kind.value == "rally":
        # the press at a rally or a protest reports it ("the five told reporters afterwards"):
        # no audience of the rally (codebook 6; an event held for the media is a press event)
        groups = [m for m in groups if m.value != "media"]
    if students:
        # the students of a named college met are `students`: the college names whose they
        # are, not a body met ("met students of the Zhambyl Polytechnic College", codebook 6)
        groups = groups + students
        organisations = [m for m in organisations if m.extra != audience_mod.STUDENTS]
    audience = _unique([m.value for m in organisations] + [m.value for m in groups])
    evidence = {
        "parties": _spans(party_evidence),
        "regions": _spans(places),
        "settlements": _spans([m for m in places if m.extra]),
        "event_type": _spans([kind]),
        "audience": _spans(organisations + groups),
        "actors": _spans(draft.actors),
        "topics": _spans(topic_mentions),
        "election": _spans(election_spans),
        "list_types": _spans(list_mentions),
    }
    event = Event(
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
    if event.event_type != "labour_collective_meeting" or not groups:
        return [event]  # (only a staff's meeting with people beside it may part: read no more)
    crew = any(para.sentence(h.start) in para.workforce for h in of("workforce"))
    return _groups_apart(event, organisations, groups, crew, any(s in para.workforce for s in draft.sentences))


# The people of a place that a visit there meets, who make no second event beside its staff:
# the students of a college with its teaching staff, farmers on the farms visited (codebook 5, 6)
_PEOPLE_OF_THE_PLACE = frozenset({"students"})
_PEOPLE_OF_THE_SITE = frozenset({"students", "farmers"})


def _groups_apart(
    event: Event, organisations: list[Mention], groups: list[Mention], crew: bool = False, site: bool = False
) -> list[Event]:
    """A visit to a staff that also met other people ("met students and teaching staff of the
    university, and workers of the steel mill"; «кәсіпорын ұжымдарымен, қала тұрғындарымен
    жүздесті»): two kinds of activity, so two events (codebook 2), the staff's and the people's.
    The staff may go unnamed: `crew`, a word for workers met ("held talks with work collectives,
    young people and residents", «с трудовыми коллективами и жителями»), or `site`, a workplace
    visited, where the people met are others than the place's own."""
    people = [m for m in groups if m.value != "media"]
    if event.event_type != "labour_collective_meeting" or not people:
        return [event]
    others = {m.value for m in people}
    if not organisations and not (crew and others - _PEOPLE_OF_THE_PLACE) and not (site and others - _PEOPLE_OF_THE_SITE):
        return [event]
    staff = replace(event, audience=tuple(_unique(m.value for m in organisations)),
                    evidence={**event.evidence, "audience": _spans(organisations)})
    met = replace(event, event_type="voter_meeting", audience=tuple(_unique(m.value for m in people)),
                  evidence={**event.evidence, "audience": _spans(people)})
    return [staff, met]


_PARTY_OFFICIALS = frozenset({"chairman", "first deputy chairman", "deputy chairman", "co-chairman", "executive secretary",
                              "secretary", "coordinator", "head of branch"})
_WITH = re.compile(r"(?:\b(?:with|met|meets|meeting)|(?<!\w)с|(?<!\w)со)\s+(?:[\w'’,.-]+\s+){0,4}$", re.IGNORECASE)


def _meets_party_officials(para: Paragraph, roles: list[Hit]) -> bool:
    """A meeting 'with' the officers of the party's branches: the role words follow 'with' (or
    take the Kazakh comitative: «төрағасымен»)."""
    return any(
        h.value in _PARTY_OFFICIALS
        and (_WITH.search(para.text, max(0, h.start - 40), h.start) or _word_at(para.text, h.end).endswith(("мен", "пен", "бен")))
        for h in roles
    )


def _meets_a_person(para: Paragraph, kind: Mention) -> bool:
    """A meeting word whose partner is a person's name and nothing else ("met Bauyrzhan
    Baibek", «встречу с Бауыржаном Байбеком», «Бауыржан Байбекпен кездесті»): two capitalised
    words that no place, party or organisation reads (a known person may be among the hits)."""
    span = actors_mod.partner_name(para.text, kind.start, kind.end)
    if span is None:
        return False
    start, end = span
    return not any(h.start < end and start < h.end and h.kind != "leader" for h in para.hits)


# Nouns of bodies and groups of people: an issue word right before one describes who was met
# ("trade union activists of the educational institutions", "human rights defenders",
# «представители этнокультурных объединений»), not an issue raised.
_GROUP_AFTER = {
    "en": re.compile(
        r"(?:-|\s+)(?:[\w'’-]+\s+)?(?:institutions?|associations?|defenders?|centres?|centers?|organi[sz]ations?|"
        r"activists?|specialists?|educators?|communit(?:y|ies)|clubs?|figures|representatives?|NGOs?)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\s+(?:учреждени|объединени|организаци|ассоциаци|центр|клуб|активист|представител|общественност)\w*",
        re.IGNORECASE,
    ),
    # (Kazakh: the issue word, maybe with one more word, in the genitive or as the first noun of
    # a compound before the body or people: «білім беру мекемелерінің», «ауыл шаруашылығы
    # кәсіподағының төрағасы», «медициналық университетінің түлектерімен»)
    "kk": re.compile(
        r"\s+(?:\w+\s+)?(?:мекеме|ұйым|бірлестіг|бірлестік|қауымдастығ|орталығ|комитет|кәсіподағ|кәсіподақ|университет|колледж|"
        r"белсенді|өкіл|қызметкер|түлек|маман|академия|институт)\w*",
        re.IGNORECASE,
    ),
}


def _names_a_group(text: str, hit: Hit, lang: str | None) -> bool:
    pattern = _GROUP_AFTER.get(lang or "")
    return pattern is not None and pattern.match(text, word_end(text, hit.end)) is not None


def _in_a_proper_name(para: Paragraph, hit: Hit) -> bool:
    """An English issue word written with a capital inside a sentence, beside other capitalised
    words, is a word of a name ("the Trade Union of Railway … Workers", "Kostanay Humanities
    University"), not an issue raised; a name that is the issue itself ("the Aral Sea crisis")
    stands alone among lower-case words."""
    text = para.text
    if not text[hit.start].isupper() or hit.start in para.starts or text[hit.start:hit.end].isupper():
        return False
    return bool(_CAPITAL_BEFORE.search(text, max(0, hit.start - 40), hit.start) or _CAPITAL_AFTER.match(text, hit.end))


def _in_a_body_name(text: str, hit: Hit, lang: str | None) -> bool:
    """An issue word that names what a committee, ministry or department deals with
    («председатель комитета по агропромышленному комплексу», "the Ministry of Agriculture",
    «ауыл шаруашылығы министрлігі») is part of the body's name in someone's role, not an issue
    raised (codebook 6)."""
    if lang == "kk":
        return _BODY_AFTER.match(text, word_end(text, hit.end)) is not None
    pattern = _BODY_BEFORE.get(lang or "")
    return pattern is not None and pattern.search(text, max(0, hit.start - 60), hit.start) is not None


_BODY_BEFORE = {
    "ru": re.compile(r"(?<!\w)(?:комитет|комисси|министерств|управлени|департамент)\w*\s+(?:по\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
    "en": re.compile(r"\b(?:committee|commission|ministry|department)\s+(?:on|for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
}
_BODY_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:жөніндегі\s+)?(?:комитет|комиссия|министрлі|басқарма|департамент)", re.IGNORECASE)


def _names_another_programme(text: str, hit: Hit, lang: str | None, res: Resources) -> bool:
    """A word of programme that is not a party's election programme (cues.yaml
    `other_programmes`): a show's programme in any language ("presented a concert programme",
    «концертную программу»); in Russian and Kazakh also a state programme («государственная
    программа «Серпін»», «мемлекеттік бағдарлама») or one named by a quoted name with no word of
    the election by it («о программе «Рухани жангыру»», «"Рухани жаңғыру" бағдарламасы»). English
    reads only election, party and possessed programmes, so "the Serpin state programme" is none
    already (codebook 6: the programme itself presented)."""
    words = res.other_programmes
    if words is None:
        return False
    word = text.rfind(" ", hit.start, hit.end) + 1 or hit.start  # (the programme's own word, a gapped cue's last)
    if words.show.search(text, max(0, word - 30), word):
        return True
    if lang not in ("ru", "kk"):
        return False
    before, after = text[max(0, hit.start - 40) : hit.start], text[hit.end : hit.end + 3]
    if words.state.search(before):
        return True
    if words.election.search(before):
        return False
    return (lang == "ru" and after.lstrip().startswith(("«", '"', "“"))) or (lang == "kk" and before.rstrip().endswith(("»", '"', "”")))


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the)\s+){0,2}$")
_CAPITAL_AFTER = re.compile(r",?\s+(?:(?:of|for|and|on|the)\s+){0,2}[A-Z]")


# A word that puts an activity before the one reported: "the previous rally", «прошлый
# несанкционированный митинг», «предыдущая встреча», «алдыңғы кездесуде».
_PREVIOUS_BEFORE = re.compile(
    r"(?<!\w)(?:previous|прошл(?:ый|ая|ое|ой|ого|ом|ую|ые|ых|ым|ыми)|предыдущ\w*|алдыңғы)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# Words that make the people pointed back to the source of a view: "according to those
# present", «по словам / по мнению собравшихся», «жиналғандардың айтуынша / пікірінше / сөзінше».
_ATTRIBUTION_BEFORE = re.compile(r"(?:according\s+to|по\s+словам|по\s+мнению)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_ATTRIBUTION_AFTER = re.compile(r"\w*\s+(?:айтуынша|пікірінше|сөзінше)(?!\w)", re.IGNORECASE)


# A sentence opening with whose view or belief it tells ("In the organisers' view, …", «По мнению
# организаторов, …», «Ұйымдастырушылардың пікірінше / сенімінше, …»): what it says is that view.
_VIEW_OPENING = re.compile(
    r"\W*(?:in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:view|opinion)(?:\s+of(?:\s+[\w'’-]+){1,3})?|по\s+(?:\w+\s+)?мнению(?:\s+[\w-]+){0,3}|"
    r"(?:[\w-]+\s+){1,3}(?:пікірінше|сенімінше|ойынша|пайымдауынша))\s*,",
    re.IGNORECASE,
)


def _inside_a_view(para: Paragraph, hit: Hit) -> bool:
    """Whether a word pointing back stands in a sentence that opens with whose view it tells."""
    return _VIEW_OPENING.match(para.text, sentence_start(para.sentences, hit.start), hit.start) is not None


def _attributes_words(text: str, hit: Hit) -> bool:
    """Whether a word pointing back to the people of an event stands as the source of a view."""
    return bool(_ATTRIBUTION_BEFORE.search(text, max(0, hit.start - 40), hit.start) or _ATTRIBUTION_AFTER.match(text, hit.end))


_PARTNER_AFTER = re.compile(r"\s+(?:with|с|со)\s", re.IGNORECASE)
_PARTNER_BEFORE = re.compile(r"(?:мен|пен|бен)\s+$")


def _points_back(text: str, cues: list[Hit], anaphora: list[Hit], talk: list[Hit], after_a_meeting: bool = False) -> bool:
    """Whether a clause's activity words name no activity of their own: each is a word that
    points back to a meeting ("the meeting", «кездесуде», with nobody named as met) or a word
    of presenting or talking (what was done at it: «бағдарламасын таныстырып», "answered
    questions"), and one of them points back, or the clause, placed nowhere else, follows a
    meeting (`after_a_meeting`: "The candidates presented the party's programme")."""
    back = after_a_meeting
    for h in cues:
        if any(a.start <= h.start and h.end <= a.end for a in anaphora) and (h.kind == "event_weak" or h.value == "voter_meeting"):
            if _names_partner(text, h):
                return False
            back = True
        elif h.kind == "event_weak" and h.value == "other" and _TAKING_PART_IN.fullmatch(text, h.start, h.end):
            continue  # (who took part in it, who reported at it: "X and Y took part in the meeting")
        elif not (
            (h.value == "campaign_tour" or (h.value == "voter_meeting" and h.kind == "event_weak"))
            and any(t.start < h.end and h.start < t.end for t in talk)
        ):  # (answering questions is talk too: "answered the doctors' questions" at the meeting told before)
            return False
    return back


# Weak words of taking part in a gathering or reporting at it, no activity of their own.
_TAKING_PART_IN = re.compile(
    r"took part|taking part|participat\w*|attend\w*|(?:gave|delivered) a report|принял\w* участи\w*|выступил\w* с доклад\w*|"
    r"қатысты\w*|баяндама жасады\w*",
    re.IGNORECASE,
)


# A capitalised word before a capitalised word: the second is inside a proper name ("the
# Presidential Youth Personnel Reserve" is no staff).
_CLAUSE_END = re.compile(r"[.;:!?]")
_IN_A_NAME = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w*\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]$")


_PROGRAMME_WORD = re.compile(r"программ|платформ|бағдарлам|program|platform", re.IGNORECASE)


def _talk_only(text: str, strong: list[Hit], weak: list[Hit], talk: list[Hit]) -> bool:
    """Whether a clause's activity words are all talk: a programme presented («бағдарламасын
    таныстырды»), words of speaking or presenting ("presented his platform"), and no word of a
    meeting, a visit or any other activity of its own."""
    return all(h.value == "campaign_tour" and _PROGRAMME_WORD.search(text, h.start, h.end) for h in strong) and all(
        any(t.start < h.end and h.start < t.end for t in talk) for h in weak
    )


def _presenting_only(strong: list[Hit], text: str) -> bool:
    """Whether the clause's only words of touring present a programme («жителям представили
    программу», «тұрғындарына бағдарламасы таныстырылды»): a group told it was met there
    (codebook 5: a presentation to one audience is a meeting), where leaflets handed out or
    doors knocked on tell of agitation across places."""
    tours = [h for h in strong if h.value == "campaign_tour"]
    return bool(tours) and all(_PROGRAMME_WORD.search(text[h.start : h.end]) for h in tours)


def _staff_present(workforce: list[Hit], workplaces: list[Hit], campaign: list, activity: list[Hit], text: str) -> bool:
    """Whether a clause speaks of one workplace's staff: a noun for a whole staff ("the staff",
    «коллектив», «ұжым») or workers within a few words of a workplace («фабриканың қызметкері»,
    "workers of the plant"). Workers of a trade with no workplace ("healthcare workers",
    «работники образования») are voters met by trade, and the staff of a headquarters or
    party («штаб қызметкерлері», "the staff of the headquarters") are the campaign's own, as is a
    staff that does the campaign's work ("Members of the staff presented the party's program")."""
    for h in workforce:
        if any(0 <= a.start - h.end <= 8 and not _CLAUSE_END.search(text, h.end, a.start) for a in activity):
            continue
        if any(
            (0 <= h.start - c.end <= 2 or 0 <= c.start - h.end <= 8) and not _CLAUSE_END.search(text, min(c.end, h.end), max(c.start, h.start))
            for c in campaign
        ):
            continue
        if _IN_A_NAME.search(text, max(0, h.start - 30), h.start + 1):
            continue
        if h.value == WHOLE_STAFF or any(abs(h.start - w.end) <= 40 or abs(w.start - h.end) <= 40 for w in workplaces):
            return True
    return False


def _names_partner(text: str, hit: Hit) -> bool:
    """Whether a meeting word says whom it was held with ("a meeting with the akim", «встречу с
    акимом», «әкіммен кездесу»): then it opens a meeting of its own, not one told before."""
    return bool(_PARTNER_AFTER.match(text, hit.end) or _PARTNER_BEFORE.search(text, max(0, hit.start - 30), hit.start))


def _word_at(text: str, end: int) -> str:
    """The whole word that holds the character before `end`."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start : word_end(text, end)]


def _governed_topics(topics: list[Hit], frames: list[Hit], lang: str | None, text: str) -> set[Hit]:
    """Topic words that the words of raising or discussing govern: after them in English and
    Russian ("discussed the lack of water", «обсудили нехватку воды»), and before them in an
    English passive ("water and crop subsidies were discussed"); a list of issues goes on from
    one issue to the next ("…on fair competition, social policy, … and the return of assets").
    In Kazakh every issue of a sentence with such words counts: its verb of talk comes last
    («су тапшылығын талқылады») after lists that run long, and its nouns of talk come first
    («Әңгіме … – дала демократиясы, қазақ мәдениеті»)."""
    if lang == "kk":
        # (but not the people met: «кәсіпкерлерімен кездесіп» names who was met, not an issue)
        return {h for h in topics if not _KK_MET_WITH.match(text, h.start)}
    out = _taken(topics, sorted(f.end for f in frames), False)
    passive = sorted(
        f.start for f in frames
        if lang == "en" and (f.kind == "topic_frame_after" or _PASSIVE_BEFORE.search(text, max(0, f.start - 8), f.start))
    )
    return out | _taken(topics, passive, True) if passive else out


# A Kazakh word in the comitative before a verb of meeting or talking with: the people met.
_KK_MET_WITH = re.compile(r"[\w-]*(?:мен|бен|пен)\s+(?:де\s+)?(?:кездес|жүздес|бас қос|сөйлес|әңгімелес|тілдес|пікір алмас)", re.IGNORECASE)

_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+$", re.IGNORECASE)


def _taken(topics: list[Hit], anchors: list[int], backwards: bool) -> set[Hit]:
    """The issues within reach of an anchor in reading order (`backwards`: before it)."""
    out: set[Hit] = set()
    last = None  # the end (start, backwards) of the issue taken just before, in reading order
    for hit in sorted(topics, key=lambda h: -h.end if backwards else h.start):
        if any(0 <= _gap(hit, a, backwards) <= _TOPIC_REACH for a in anchors) or (
            last is not None and 0 <= _gap(hit, last, backwards) <= _LIST_STEP
        ):
            out.add(hit)
            last = hit.start if backwards else hit.end
    return out


def _gap(hit: Hit, anchor: int, backwards: bool) -> int:
    """Characters from an anchor to the issue, in reading order (backwards: in Kazakh, or
    before an English passive)."""
    return anchor - hit.end if backwards else hit.start - anchor


_TOPIC_REACH = 120  # characters between a frame and the issue it governs (90–200 score alike on dev)
_LIST_STEP = 60  # characters between two issues of one list


_CONTRAST = ("ал ", "а ", "while ", "whereas ")


def _gapped(para: Paragraph, draft: Draft, following: Draft) -> bool:
    """'Auyl in Kostanay, while Baitak in Atyrau met voters', «„Ауыл“ Қостанайда, ал „Байтақ“
    Атырауда кездесулер өткізді»: a clause with its own party and place and no verb, set against
    the next one, shares that clause's activity (codebook 2: each party in its own place)."""
    if not draft.parties or not draft.places or any(s in para.future or s in para.not_held for s in draft.sentences):
        return False
    start = para.starts[following.sentences[0]]
    return para.text[start : start + 8].lower().startswith(_CONTRAST)


# Deputies named again by their office alone: "the deputies", "the MPs", «депутаты»,
# «мажилисмены», «депутаттар».
# An election commission, named in any of its forms: the central one, a territorial or district
# one, its Kazakh genitive before its chairman or members («сайлау комиссиясының төрағасы»).
# Each form with a word it holds, lower-cased: a paragraph without the word has no such form.
_COMMISSION_FORMS = {
    "election commission": r"election commission",
    "cec": r"(?<![\w-])CEC(?![\w-])",
    "избирательн": r"избирательн\w* комисси",
    "избирком": r"избирком",
    "цик": r"(?<!\w)ЦИК(?!\w)",
    "оик": r"(?<!\w)ОИК(?!\w)",
    "тик": r"(?<!\w)ТИК(?!\w)",
    "сайлау комиссия": r"сайлау комиссия",
    "оск": r"(?<!\w)ОСК(?!\w)",
    "аск": r"(?<!\w)АСК(?!\w)",
    "комиссия мүше": r"комиссия мүше",
}
_COMMISSION = re.compile("|".join(_COMMISSION_FORMS.values()), re.IGNORECASE)
_COMMISSION_FORM = {word: re.compile(form, re.IGNORECASE) for word, form in _COMMISSION_FORMS.items()}
_COMMISSION_WORDS = Words(_COMMISSION_FORMS)


def _names_a_commission(text: str) -> bool:
    """`_COMMISSION.search(text) is not None`, read from the forms whose words the lower-cased
    paragraph holds: the whole pattern, tried at every character, cost some 50 µs a paragraph,
    and most paragraphs hold none of the words (a few hold one inside another word, "политик",
    «Москва», and their forms fail). Where the text holds a letter that IGNORECASE matches
    otherwise than `str.lower` reads it (`modality._ODD_CASE`), the whole pattern is read."""
    if _ODD_CASE.search(text) is not None:
        return _COMMISSION.search(text) is not None
    return any(_COMMISSION_FORM[word].search(text) for word in _COMMISSION_WORDS.found_in(lowered_text(text)))


# A commission governed by a preposition is where or from whom, not who acts ("registered with
# the CEC, the candidates met …", «после регистрации в ЦИК кандидаты …»); in Kazakh its case
# ending says the same («сайлау комиссиясына», «ОСК-да»).
_COMMISSION_GOVERNED = re.compile(
    r"(?:\b(?:in|at|to|from|with|by|after|before|into|for|under)|(?<!\w)(?:в|во|из|на|от|с|со|при|к|ко|для|после|перед|через|у))"
    r"(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
_KK_COMMISSION_CASE = re.compile(r"\w*?(?:на|не|да|де|та|те|нан|нен|дан|ден|тан|тен|ға|ге|қа|ке)(?!\w)|-(?:ға|ге|да|де|дан|ден|на|не)", re.IGNORECASE)


def _led_by_a_commission(para: Paragraph, offset: int) -> bool:
    """Whether the clause of `offset` names an election commission before it and before its
    first word of an activity: the commission is who acts, whoever comes after it. (A debate
    the commission stages is the candidates' debate all the same, codebook 1.)"""
    start = para.starts[para.sentence(offset)]
    commission = next((m for m in _COMMISSION.finditer(para.text, start, offset) if not _COMMISSION_GOVERNED.search(para.text, max(start, m.start() - 40), m.start())
                       and not _KK_COMMISSION_CASE.match(para.text, m.end())), None)
    if commission is None:
        return False
    first_cue = next((h for h in para.hits if h.start >= start and h.kind in ("event_strong", "event_weak")), None)
    return first_cue is None or (commission.start() < first_cue.start and first_cue.value != "debate")


_DEPUTIES = re.compile(r"(?<!\w)(?:deputies|MPs|депутат(?:ы|ов|ам|ами)|мажилисмен\w*|депутаттар\w*)(?!\w)", re.IGNORECASE)


def _as_mention(hit: Hit | Mention, value: str) -> Mention:
    return Mention(hit.start, hit.end, value)


# Bodies met whose people are no staff: a university's students, an association's members.
_NOT_A_STAFF = frozenset({audience_mod.STUDENTS, MEMBERS})


# At most two words before the pronoun in its clause ("On Friday they …", «В четверг они …», «В
# Форт-Шевченко они …»: a hyphened name is one word).
_OPENING_WORDS = re.compile(r"[\W\d]*(?:[^\W\d]+(?:-[^\W\d]+)*[\s,]+){0,2}?$")


def _opening_pronoun(para: Paragraph, sentence: int, res: Resources, words: re.Pattern[str] | None = None) -> Mention | None:
    """A pronoun of people (`cues.yaml` `people_pronouns`, or the `words` given) among the first
    three words of a clause (after its opening date)."""
    start = _after_opening_date(para.text, para.starts[sentence])
    end = para.starts[sentence + 1] if sentence + 1 < len(para.starts) else len(para.text)
    found = (words or res.people_pronoun).search(para.text, start, min(end, start + 40))
    if found is None or not _OPENING_WORDS.match(para.text[start : found.start()]):
        return None
    return Mention(found.start(), found.end(), "")


def _place_told_before(para: Paragraph, draft: Draft, res: Resources, before: Event) -> list[Mention]:
    """The place of the event told just before, where the clause opens with a word for it and
    names none of its own ("There they met residents" after "the candidates arrived in Balkhash",
    «Там они встретились…», «Онда олар … кездесті»): its regions and towns, spanned by that word."""
    there = _opening_pronoun(para, draft.sentences[0], res, res.place_anaphor)
    if there is None or _BE_AFTER_THERE.match(para.text, there.end):
        return []  # ("There were many questions": no place)
    towns = list(before.settlements) if len(before.regions) == 1 else []
    return [Mention(there.start, there.end, region, towns[0] if towns else "") for region in before.regions]


# English "there" as the subject of a verb of being, not a place ("There were many questions").
_BE_AFTER_THERE = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|seems?|seemed|remains?|remained|must|may|might|can|could|should)\b", re.IGNORECASE)


def _held_before_shaped(para: Paragraph, debate: Hit, took_place: re.Pattern[str], shapes: list[Hit]) -> bool:
    """Whether a debate's sentence says it took place before it gives its shape: "Debates
    between the candidates were broadcast on Thursday and lasted an hour", «Дебаты прошли в
    четверг и были разбиты на три раунда» (the length after the broadcast is its format, the
    broadcast a debate held); or, told actively, before it ("the channel aired the debate, which
    lasted two hours", «телеканал транслировал дебаты, которые длились два часа»)."""
    sentence = para.sentence(debate.start)
    shape = min((h.start for h in shapes if para.sentence(h.start) == sentence and h.start > debate.end), default=None)
    return shape is not None and (
        took_place.search(para.text, word_end(para.text, debate.end) + 1, shape) is not None
        or took_place.search(para.text, para.starts[sentence], debate.start) is not None
    )


def _as_debate(kind: Mention | None, hits: list[Hit], has_actor: bool, has_place: bool, has_audience: bool) -> Mention | None:
    """In a debate report, party people speaking, discussing or setting out their programmes,
    with no venue and nobody met of their own, are taking part in the debate (codebook 1)."""
    if has_place or (kind is not None and kind.value not in ("campaign_tour", "other", "voter_meeting")):
        return kind
    if kind is not None and kind.value == "voter_meeting" and has_audience:
        return kind  # people met in a debate report: a meeting of their own
    speech = [h for h in hits if h.kind == "speech"]
    if kind is None and not (speech and has_actor):
        return None
    anchor = kind or Mention(speech[0].start, speech[0].end, "debate")
    return Mention(anchor.start, anchor.end, "debate")


def _reports_activity(hits: list[Hit], settled: bool = False) -> bool:
    """A strong activity cue always counts, unless it only names the campaign in a paragraph
    about the campaign period and no town or village (`settled`: "during the campaign she
    visited the village of Shortandy" is one visit); a weak one only where the paragraph does
    not read as procedure, results or commentary (an attribution, "according to", is neither). People of the party or observers met ("the
    observers also met Ali Bektaev", `internal_audience`) make a meeting as a strong cue does,
    though "observers" alone is a word of procedure."""
    strong = [h for h in hits if h.kind == "event_strong" or h.kind == "internal_audience"]
    if strong and not settled and any(h.kind == "campaign_period" for h in hits) and all(h.value == "campaign_tour" for h in strong):
        return False
    if strong:
        return True
    # (a weak word such as «стартовала» inside "the campaign started" names the period too)
    return not any((h.kind == "non_event" and h.value not in _ATTRIBUTIONS) or h.kind == "campaign_period" for h in hits)


# Words that say whose account a report gives, not procedure of their own ("according to its
# press service, …"): listed as non_event so that a paragraph of figures they introduce stays
# procedure, they do not keep a weak word of activity from reporting it.
_ATTRIBUTIONS = frozenset({"according to", "по данным"})


def _actors(draft: Draft, party_codes: list[str], leaders: list[Mention], known: list[Mention]) -> list[Actor]:
    party = party_codes[0] if len(party_codes) == 1 else None
    leader_party = {m.start: m.extra for m in known if m.extra}  # parties the document gave them
    out: list[Actor] = []
    seen = set()
    for m in draft.actors:
        key = (m.value, m.extra)
        if key in seen:
            continue
        seen.add(key)
        actor_party = leader_party.get(m.start) or _party_near(draft.parties, m, draft.actors) or party
        out.append(Actor(name=m.value or None, role=m.extra, party=actor_party))
    # codebook 6: role-only actors only when nobody is named, and collective members or
    # activists are no actors at all
    if any(a.name for a in out):
        return [a for a in out if a.name]
    return [a for a in out if a.role not in _COLLECTIVE_ROLES]


def _party_near(parties: list[Mention], actor: Mention, others: list[Mention] = ()) -> str | None:
    """The party named in the person's own role ("first deputy chairman of the Nur Otan party
    Maulen Ashimbayev"), else just before the person (within 60 characters), else just after
    (30), where no other person of `others` stands between them ("Ak Zhol candidate Daniya
    Yespayeva and the trade unions' candidate Amangeldy Taspikhov": Ak Zhol is hers alone)."""
    inside = [m for m in parties if actor.start <= m.start and m.end <= actor.end]
    if inside:
        return inside[-1].value
    between = [o for o in others if o is not actor and not (o.start <= actor.start and actor.end <= o.end)]
    before = [
        m for m in parties if m.end <= actor.start and actor.start - m.end < 60
        and not any(m.end <= o.start and o.end <= actor.start for o in between)
    ]
    if before:
        return before[-1].value
    after = [
        m for m in parties if m.start >= actor.end and m.start - actor.end < 30
        and not any(actor.end <= o.start and o.end <= m.start for o in between)
    ]
    return after[0].value if after else None


def _last_mentions(mentions: list[Mention], before: int, codes) -> list[Mention]:
    """The last mention of each code before `before` (mentions in text order), else its first
    after it (a party named only in the clause after: "… The OSDP candidate also received …")."""
    found: dict[str, Mention] = {}
    cut = bisect_left(mentions, (before,))
    for m in reversed(mentions[:cut]):
        if m.value in codes and m.value not in found:
            found[m.value] = m
            if len(found) == len(codes):
                break
    for m in mentions[cut:]:
        if len(found) == len(codes):
            break
        if m.value in codes and m.value not in found:
            found[m.value] = m
    return sorted(found.values())


def _unique(values) -> list:
    """Values in order of first appearance, each once."""
    return list(dict.fromkeys(values))


def _spans(mentions) -> tuple[Span, ...]:
    if not mentions:
        return ()
    if len(mentions) == 1:  # (most fields cite one span: the event type always does)
        return (_span(mentions[0].start, mentions[0].end),)
    return tuple(starmap(_span, dict.fromkeys([(m.start, m.end) for m in mentions])))


@lru_cache(maxsize=65536)
def _span(start: int, end: int) -> Span:
    """Spans are immutable: one object serves every event that cites the same range."""
    return Span(start, end)

