"""Fields decided by cue words: event type, topics, election and list types.

Each function takes the hits of one event (its sentences) and returns the values with
the spans that decided them.
"""
from __future__ import annotations

import re

from .gazetteer import Hit, _sorted_by_start_longest, longest_first
from .mentions import Mention
from .resources import DOOR_TO_DOOR, OCCURRENCE, POSTERS, STREET, WORKING_TRIP, Resources


def event_type(hits: list[Hit], res: Resources, audience: list[Mention], has_org: bool) -> Mention | None:
    """The type named by the strongest cue, by the priority order of the cue file.

    Without a strong cue, the audience decides (an organisation's staff, the voters, the
    press); a bare "meeting" or "visited" with nobody named is a campaign tour.
    """
    kind = _by_cues(hits, res, audience, has_org)
    if kind is not None and kind.value in MEETING_TYPES and any(h.kind == "internal_audience" for h in hits):
        # a meeting with the party's own people, delegates or observers (codebook 5: other)
        return Mention(kind.start, kind.end, "other")
    return kind


# Types of a meeting whose people the cues leave open: a meeting with the party's own people
# turns them into 'other', a workplace's staff present into a labour collective meeting.
MEETING_TYPES = frozenset({"voter_meeting", "campaign_tour"})

# The value of a community's group met that has no audience code (cues.yaml `community_groups`):
# it types the meeting as one with voters and is never an audience.
COMMUNITY = "community"


def _by_cues(hits: list[Hit], res: Resources, audience: list[Mention], has_org: bool) -> Mention | None:
    every_strong = [h for h in hits if h.kind == "event_strong"]
    strong = longest_first(every_strong)
    # the medium inside a longer cue's words ("the political council … by video link … met",
    # «саяси кеңесі … бейнебайланыс арқылы отырыс»): a meeting held by video link is online
    # whatever the words around it (codebook 1, 5)
    strong += [h for h in every_strong if h.value == "online" and h not in strong]
    weak = [h for h in hits if h.kind == "event_weak"]
    if strong:
        best = min(strong, key=lambda h: (res.event_type_rank[h.value], h.start))
        if best.value == "other" and _met_and_congratulated(hits, strong, audience):
            # veterans met and congratulated on a holiday: the meeting is what took place (codebook 5)
            return Mention(best.start, best.end, "voter_meeting")
        if best.value == "other" and _met_at_a_setting(hits, strong, audience):
            # a forum or round table where voters, residents or young people were met: the
            # meeting is what took place (codebook 5)
            meeting = [h for h in strong if h.value == "voter_meeting"]
            at = meeting[0] if meeting else best
            return Mention(at.start, at.end, "voter_meeting")
        # debates inside a congress, a conference or a seminar ("after long debates inside the
        # party the congress voted", «конференцияда … пікірсайыс қорытындысы бойынша»): the
        # party's own business, no debate between parties (codebook 5: other)
        inside = next((h for h in strong if h.value == "other" and not _overlaps(h, strong, "debate")), None) if best.value == "debate" else None
        if inside is not None:
            return Mention(inside.start, inside.end, "other")
        met = any(h.value == "voter_meeting" for h in weak)
        if best.value == "rally" and all(h.entry.extra == STREET for h in strong if h.value == "rally") and any(
            h.entry.extra == POSTERS for h in strong
        ):
            # posters put up in the streets: the tour's work, the street its place (codebook 5)
            return Mention(best.start, best.end, "campaign_tour")
        if best.value == "rally" and all(h.entry.extra == STREET for h in strong if h.value == "rally") and audience and met and any(
            h.kind == "listening_verb" for h in hits
        ):
            # residents listened to in the streets walked: a walkabout, a meeting (codebook 5)
            meeting = next(h for h in weak if h.value == "voter_meeting")
            return Mention(meeting.start, meeting.end, "voter_meeting")
        if best.value == "campaign_tour" and not (has_org or audience) and any(h.kind == "trading_place" for h in hits):
            # campaigning at a market or a mall is a walkabout among its people (codebook 5)
            return Mention(best.start, best.end, "voter_meeting")
        if (
            best.value == "other" and not has_org and _only_visits(hits, strong, "other")
            and (_from_audience(audience, False) == "press_event" or any(h.value == "press_event" for h in weak))
        ):
            # the press come to a headquarters or a reception (journalists who came to see its
            # work): a media tour of it, the press event (codebook 5)
            return Mention(best.start, best.end, "press_event")
        if best.value == "campaign_tour" and _gives_things(hits) and _only_visits(hits, strong):
            # a visit made to hand things over (food parcels to pensioners' homes, school bags in
            # a village): the giving is the party's own business, the visit only its way there
            # (codebook 1, 5: other), whoever received them
            return Mention(best.start, best.end, "other")
        if best.value == "campaign_tour" and (has_org or audience or met) and not any(h.entry.extra == DOOR_TO_DOOR for h in strong):
            # a tour or a presentation during which people were met: the meeting types it (but
            # rounds of homes stay a tour, whoever opened the door)
            refined = _from_audience(audience, has_org) or ("voter_meeting" if met else None)
            if refined is not None:
                return Mention(best.start, best.end, refined)
        if best.value == "campaign_tour" and any(h.entry.extra == WORKING_TRIP for h in strong) and _only_the_trip(hits, strong):
            # an official's working trip with nobody met on it: the official's own business (the
            # verb that takes the official there is the trip's own: «жұмыс сапарымен барды»)
            return Mention(best.start, best.end, "other")
        return Mention(best.start, best.end, best.value)
    if weak:
        # a word that only says something took place types it only when nothing else does
        weak = [h for h in weak if h.entry.extra != OCCURRENCE] or weak
        best = min(weak, key=lambda h: (res.event_type_rank[h.value], h.start))
        if any(h.kind == "congratulating" for h in hits) and best.value == "other":
            # veterans congratulated on a holiday, members on their new cards: a leader at a
            # public holiday or the party's own occasion, not a meeting (codebook 5: other)
            return Mention(best.start, best.end, "other")
        kind = _from_audience(audience, has_org) or best.value
        if kind == "campaign_tour":
            # a word of presenting, explaining or discussing alone tells of people addressed,
            # not of a tour across places (codebook 5), which the pipeline still makes of a
            # meeting held in several places
            kind = "voter_meeting"
        return Mention(best.start, best.end, kind)
    return None


def _overlaps(hit: Hit, others: list[Hit], value: str) -> bool:
    """Whether `hit` shares characters with a hit of `others` of the given value."""
    return any(o.value == value and o.start < hit.end and hit.start < o.end for o in others)


def _gives_things(hits: list[Hit]) -> bool:
    """Whether the clause gives a thing as a gift or help (a verb of giving and a thing given,
    as the party-act frame of `reading` reads them)."""
    kinds = {h.kind for h in hits}
    return "giving_verb" in kinds and "gift_thing" in kinds


def _only_visits(hits: list[Hit], strong: list[Hit], value: str = "campaign_tour") -> bool:
    """Whether every cue of the clause of type `value` is a verb of visiting or going
    ("visited the homes", "went to the village", «барып», «пришли в штаб»): a trip, not
    agitation across places or a body's own business."""
    ways = [h for h in hits if h.kind in ("visit_verb", "going_verb")]
    return all(any(w.start < h.end and h.start < w.end for w in ways) for h in strong if h.value == value)


def _only_the_trip(hits: list[Hit], strong: list[Hit]) -> bool:
    """Whether every tour cue of the clause is the working trip or a verb of going to it."""
    going = [h for h in hits if h.kind == "going_verb"]
    # (a Kazakh arrival, «Түркістан облысына келді», holds the verb of going with its place)
    return all(
        h.entry.extra == WORKING_TRIP or any((g.start <= h.start and h.end <= g.end) or (h.start <= g.start and g.end <= h.end) for g in going)
        for h in strong if h.value == "campaign_tour"
    )


def _met_at_a_setting(hits: list[Hit], strong: list[Hit], audience: list[Mention]) -> bool:
    """Whether every `other` cue of the clause is a setting (a forum, a round table) and the
    clause meets people there: a strong cue of meeting voters or a group of them met."""
    settings = [h for h in hits if h.kind == "meeting_setting"]
    if not settings:
        return False
    others = [h for h in strong if h.value == "other"]
    if not all(any(s.start <= h.start and h.end <= s.end for s in settings) for h in others):
        return False
    return any(h.value == "voter_meeting" for h in strong) or _from_audience(audience, False) == "voter_meeting"


def _met_and_congratulated(hits: list[Hit], strong: list[Hit], audience: list[Mention]) -> bool:
    """Whether every `other` cue of the clause is a word of congratulating and the clause also
    meets a group of voters ("met veterans … and congratulated them on Victory Day")."""
    congratulating = [h for h in hits if h.kind == "congratulating"]
    if not congratulating:
        return False
    others = [h for h in strong if h.value == "other"]
    if not all(any(c.start < h.end and h.start < c.end for c in congratulating) for h in others):
        return False
    met = any(h.value == "voter_meeting" for h in hits if h.kind in ("event_strong", "event_weak"))
    return met and _from_audience(audience, False) == "voter_meeting"


def _from_audience(audience: list[Mention], has_org: bool) -> str | None:
    if has_org:
        return "labour_collective_meeting"
    values = {m.value for m in audience}
    if values & {"voters", "population", "pensioners", "youth", "students", "farmers"}:
        return "voter_meeting"
    if "media" in values:
        return "press_event"
    return "voter_meeting" if COMMUNITY in values else None


def topics(hits: list[Hit], met: list[Mention], text: str = "") -> list[Mention]:
    """Topics in order of first mention.

    A cue that is itself the audience met ("met with young people"), or the words for the people
    met wherever they stand again (`audience` hits the caller passes), is not a topic, and
    party_program is dropped where the text introduces the program's content ("the
    priorities of the program"), since those issues are then the topics.
    """
    met_spans = [(m.start, m.end) for m in met]
    # labour safety has no code, and the staff met ("medical workers", «медработники») are no issue
    met_spans += [(h.start, h.end) for h in hits if h.kind in ("not_topic", "workforce", "audience")]
    met_spans += _visited_places(hits, text)
    frames = [h for h in hits if h.kind == "program_frame"]
    seen: dict[str, Mention] = {}
    # Program cues with a gap ("presented … programme") may span other topics' words.
    program = [h for h in hits if h.kind == "topic" and h.value == "party_program"]
    others = longest_first(h for h in hits if h.kind == "topic" and h.value != "party_program")
    for hit in _sorted_by_start_longest(others + longest_first(program)):  # by (start, -end)
        if any(s <= hit.start and hit.end <= e for s, e in met_spans):
            continue  # the group met ("agricultural producers", "medical workers") is no issue raised
        if hit.value == "party_program" and any(0 <= hit.start - f.end < 40 for f in frames):
            continue
        seen.setdefault(hit.value, Mention(hit.start, hit.end, hit.value))
    return list(seen.values())


def _visited_places(hits: list[Hit], text: str = "") -> list[tuple[int, int]]:
    """Stretches of text that name a place visited: up to 40 characters after a visit verb in
    English and Russian ("visited a dairy farm"), up to 40 before it in Kazakh, which puts
    the verb last («фермерлік шаруашылыққа барып»). A verb inside words that say an issue
    was talked about («сөз болды», "was talked about") visits nothing, nor does the Kazakh
    «болды» where the word before it is no place in the locative: then it is the copula
    («сұрақтар жолдар туралы болды», 'the questions were about roads')."""
    frames = [(h.start, h.end) for h in hits if h.kind == "topic_frame"]
    spans = []
    for h in hits:
        if h.kind == "visit_verb" and not any(s <= h.start and h.end <= e and (s, e) != (h.start, h.end) for s, e in frames):
            if h.entry.lang == "kk" and text and _kk_copula(text, h.start):
                continue
            spans.append((max(0, h.start - 40), h.start) if h.entry.lang == "kk" else (h.end, h.end + 40))
    return spans


# The Kazakh «болды»/«болып» of a visit follows the place in the locative («Семейде болды»).
_KK_BE = re.compile(r"бол", re.IGNORECASE)
_KK_LOCATIVE_BEFORE = re.compile(r"\w(?:да|де|та|те|нда|нде)\s+$", re.IGNORECASE)


def _kk_copula(text: str, start: int) -> bool:
    return _KK_BE.match(text, start) is not None and _KK_LOCATIVE_BEFORE.search(text, max(0, start - 30), start) is None


def election(hits: list[Hit]) -> tuple[str, list[Mention]]:
    """The election the text names; a sitting deputy's title ("Mazhilis deputy") names none."""
    candidates = [h.end for h in hits if h.kind == "role" and h.value == "candidate"]
    titles = [
        (h.start, h.end)
        for h in hits
        if h.kind == "role" and h.value == "deputy" and not any(0 <= h.start - end <= 5 for end in candidates)
    ]
    found = [
        Mention(h.start, h.end, h.value)
        for h in hits
        if h.kind == "election" and not any(s <= h.start and h.end <= e for s, e in titles)
    ]
    kinds = {m.value for m in found}
    if not kinds:
        return "unspecified", []
    return ("both" if len(kinds) > 1 else kinds.pop()), found


def list_types(hits: list[Hit]) -> list[Mention]:
    found: dict[str, Mention] = {}
    for hit in hits:
        if hit.kind == "list_type":
            found.setdefault(hit.value, Mention(hit.start, hit.end, hit.value))
    return sorted(found.values(), key=lambda m: ("party_list", "single_mandate").index(m.value))
