"""Reading one paragraph: every mention it holds, each tagged with its clause.

`read_paragraph` scans the paragraph once with the gazetteer, keeps the cue words of the
paragraph's language, drops activities that the clause reports as planned, refused or quoted,
and finds parties, places, actors, organisations and groups met. Everything the later steps
need is in the `Paragraph` it returns.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from dataclasses import replace as dataclass_replace
from functools import cached_property, lru_cache
from operator import is_, itemgetter

from . import actors as actors_mod
from . import audience as audience_mod
from . import morphology, parties, places
from .context import DocumentContext, surname_key
from .gazetteer import KIND, Entry, Hit, SpanIndex, _keep_longest, _sorted_by_start_longest, alphabet_of, by_kind
from .mentions import Mention
from .modality import _ODD_CASE, Words, convened, decided_to, future_clauses, governed_by_intention, promised_to, reports_own_past, russian_tag
from .resources import DEMONYM, DRIVE, OCCURRENCE, Resources
from .text import clause_starts, fold, lowered_text, reading_language, script_language, sentence_of, sentence_start, sentence_starts, word_end

ENTITY_KINDS = frozenset({"party", "leader", "region_name", "region_stem", "settlement", "district"})
# Cue words of which languages may fire in a paragraph written in each language.
CUE_LANGUAGES = {"en": frozenset({None, "en"}), "ru": frozenset({None, "ru"}), "kk": frozenset({None, "kk", "ru"})}
# Cue kinds that say something was done; in a clause about the future they say nothing.
ACTIVITY_KINDS = frozenset({"event_strong", "event_weak", "speech", "event_anaphora"})
# Roles that are campaigning whatever body they belong to (`pipeline._build`: the others
# campaign only beside a party named or referred to).
CAMPAIGN_ROLES = frozenset({"candidate", "proxy", "activist", "member", "representative", "head of branch"})
# Words quoted at length are someone's account, plans or opinions: the activities they name
# are not reported by the paragraph itself (codebook 1: statements, interviews).
# (a quotation in guillemets may hold names in guillemets: «Жалпы, «AMANAT» – ең белсенді партия»)
# (a quotation opened by a dash may hold dashes of its own where the dash that closes it is
# followed by the verb of saying: «– Әйел – шаңырақтың ұйытқысы…, – дейді филиал төрағасы»)
# (Two patterns, read together by `_quotations`: the one in quotation marks, which the regex
# engine looks for from its first characters, and the one that opens a line with a dash, tried
# where a line starts only; as one pattern, the engine tried it at every character.)
_QUOTED_AT_LENGTH = re.compile(r"«(?:[^«»]|«[^«»]*»){40,}»|“[^“”]{40,}”|\"[^\"]{40,}\"")
_DASHED_AT_LENGTH = re.compile(
    r"^[–—-]\s[^–—]{40,}\s[–—]"
    r"|^[–—-]\s.{40,}?[,.!?…]\s[–—](?=\s+(?:деді|дейді|деп|деген|сказал\w*|отметил\w*|подчеркнул\w*|заявил\w*|рассказал\w*|добавил\w*|говорит|пояснил\w*)\b)",
    re.MULTILINE,
)
# A quotation of a written report («…», – говорится в записи; «…», – делінген хабарламада) is the
# report's own words, read as the report is, not as someone's speech. (English "the statement
# said" was tried with it and took an event from a blind set.)
_WRITTEN_AFTER = re.compile(
    r"\s*[,.]?\s*[–—-]?\s*(?:говорится в|сказано в|отмечается в|делінген|деп жазылған)",
    re.IGNORECASE,
)
# Direct speech after a speaker's label runs to the end of the paragraph («Иван ПЕТРОВ,
# председатель филиала: — …», an interview's answer). (A paragraph that merely opens with a
# dash was tried as speech too: it helped the dev sets and cost the blind Russian set.)
# (the colon matched rather than looked behind for: the regex engine then jumps from colon to
# colon; the speech is the pattern's group)
_SPEECH_TO_END = re.compile(r":(\s*[–—]\s.{40,})", re.DOTALL)
_PERSON_WORD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+")


@dataclass
class Paragraph:
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
    future: set[int] = field(default_factory=set)  # clauses about plans
    sentences: list[int] = field(default_factory=list)  # sentence starts (clauses join back)
    known_people: list[Mention] = field(default_factory=list)  # people the document introduced earlier
    hits_by_sentence: dict[int, list[Hit]] = field(default_factory=dict)
    organisations_by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    groups_by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    workforce: set[int] = field(default_factory=set)  # clauses that meet the staff of a place they do not name
    lang: str = ""  # reading_language: the language its words are read in, decided once

    def __getattr__(self, name: str):
        """`starts` and `sentences` of a paragraph read only for its parties whose clauses
        were not cut (`_parties_only`): cut on first use, which most such paragraphs never
        see (their parties are all the later steps read)."""
        if name not in ("starts", "sentences"):
            raise AttributeError(name)
        self.sentences = sentence_starts(self.text)
        self.starts = clause_starts(self.text, self.sentences)
        return getattr(self, name)

    @cached_property
    def kinds(self) -> frozenset[str]:
        """The kinds of its hits: several steps after the reading ask whether one is there
        (a look-up, not a pass over the hits each; the hits of a paragraph read stay as they are)."""
        return frozenset(map(KIND, self.hits))

    def sentence(self, offset: int) -> int:
        return sentence_of(self.starts, offset)

    def sentence_text(self, offset: int) -> str:
        """The whole sentence (not the clause) that holds `offset`."""
        number = sentence_of(self.sentences, offset)
        end = self.sentences[number + 1] if number + 1 < len(self.sentences) else len(self.text)
        return self.text[self.sentences[number] : end]


def read_paragraph(text: str, res: Resources, context: DocumentContext, document_lang: str | None = None, whole: bool = False) -> Paragraph:
    """The paragraph's mentions and cues. A paragraph where no cue reports an activity is read
    only for its parties (the paragraphs after it need them), unless `whole`: the paragraph
    model found an activity there, and the event it adds needs the places and people too."""
    script = script_language(text)  # the letters the text holds
    lang = reading_language(text, script, document_lang)
    folded = fold(text)
    all_hits = res.gazetteer.scan(text, folded, CUE_LANGUAGES[lang], ENTITY_KINDS, alphabet_of(folded, script))
    entities = _keep_longest([h for h in all_hits if h.kind in ENTITY_KINDS])  # (a scan's hits are in order)
    entity_spans = [(h.start, h.end) for h in entities]
    entity_index = SpanIndex(entity_spans)
    if entities:
        covered = entity_index.covers
        # A span can cover a cue only where the cue starts inside it: the characters inside
        # the (few, short) names, marked in a mask of the text (a slice assignment per name,
        # not a set insertion per character), tell most cues apart with one look-up.
        inside = bytearray(len(text))
        for h in entities:
            inside[h.start : h.end] = b"\x01" * (h.end - h.start)
        # (the people of a town named after it, «алматылықтармен», are met where the town is named)
        cues = [
            h for h in all_hits
            if h.kind not in ENTITY_KINDS and (not inside[h.start] or not covered(h.start, h.end) or h.entry.extra == DEMONYM)
        ]
        hits = _sorted_by_start_longest(entities + cues)  # by (start, -end)
    else:  # nothing covers a cue, and the cues are in order
        hits = [h for h in all_hits if h.kind not in ENTITY_KINDS]
    scanned = hits  # the organisations are read from these (below, where they are needed)
    of_kind, grouped = by_kind(hits), hits  # (the steps below read a few kinds each: a look-up, not a pass over the hits)
    kinds = of_kind.keys()  # the kinds present, so that absent ones cost no pass over the hits
    quiet = not whole and not context.debate and context.last_event is None and not context.people
    if quiet and kinds.isdisjoint(_KINDS_READ_BY_CLAUSE):
        sentences = starts = None  # (cut below only if the paragraph is read past its parties)
    else:
        sentences = sentence_starts(text)
        starts = clause_starts(text, sentences)
    if "opening_verb" in kinds:
        hits = _with_opening_frames(hits, starts)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "body_destination" in kinds and "going_verb" in kinds:
        hits = _with_frames(hits, starts, "going_verb", {"body_destination"}, set(), _OPENING)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "event_weak" in kinds and lang in _TOLD_HOW and kinds.isdisjoint(("audience", "workforce")):
        # "has explained to Liter.kz how the campaign is being run", «науқан қалай өтіп жатқанын
        # түсіндірді»: an account of the campaign given to someone, told with no people met, is a
        # statement (codebook 1), and its words are no activity
        told = _told_how(text, of_kind["event_weak"], lang)
        if told:
            hits = [h for h in hits if id(h) not in told]
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    if "campaign_period" in kinds and "event_strong" in kinds:
        # the campaign as what its people began («үгіт-насихат науқанын бастады», set about
        # the campaign): the words of the period are their activity's object, not its calendar
        begun = _periods_begun(of_kind["campaign_period"], of_kind["event_strong"])
        if begun:
            hits = [h for h in hits if id(h) not in begun]
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    # (a crowd right after a rally was told is that rally's crowd: "Several hundred supporters
    # gathered in the central square" goes on about it, and opens no rally of its own)
    crowds = "crowd" in kinds and not (context.last_event is not None and context.last_event.event_type == "rally")
    if "gathering_verb" in kinds and ("protest_word" in kinds or "placard" in kinds or crowds):
        hits = _with_protest_frames(hits, starts, crowds)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if ("street_verb" in kinds or "gathering_verb" in kinds) and ("street_scene" in kinds or "placard" in kinds):
        hits = _with_street_frames(hits, starts)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "party_act" in kinds or ("party_decision" in kinds and "party_body" in kinds) or ("giving_verb" in kinds and "gift_thing" in kinds):
        if starts is None:  # (a quiet paragraph with a verb of giving and a thing given: cut only now,
            # «берді», "gave" being too common to cut every paragraph that holds one)
            sentences = sentence_starts(text)
            starts = clause_starts(text, sentences)
        hits = _with_party_act_frames(hits, starts)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if ("address_verb" in kinds or "telling_verb" in kinds) and ("audience" in kinds or ("workforce" in kinds and "address_verb" in kinds)):
        hits = _with_address_frames(text, hits)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "petition_verb" in kinds and ("audience" in kinds or "workforce" in kinds) and ("campaign_actor" in kinds or "role" in kinds or context.campaign):
        hits = _with_petition_frames(text, hits, starts)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    # (after a press event, the press told something is told at it: "told reporters that …")
    press_before = context.last_event is not None and context.last_event.event_type == "press_event"
    if "event_weak" in kinds and "audience" in kinds and lang in _TOLD_THE_PRESS and not press_before:
        told = _told_the_press(text, of_kind["event_weak"], of_kind["audience"], lang)
        if told:
            hits = [h for h in hits if h not in told]
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    # (English needs a word of complaint or asking; in Russian any verb in the past may serve;
    # read only where no strong word of activity is told)
    addressee_verbs = ("petition_verb" in kinds if lang == "en" else lang == "ru") and "event_strong" not in kinds
    # (after an event, "him", «ему», "the guests" are the campaigners it told of)
    pointers = [] if context.last_event is None or not addressee_verbs or lang not in _ADDRESSEE_POINTERS else [
        Hit(m.start(), m.end(), _POINTER, "campaign_actor", "pointer") for m in _ADDRESSEE_POINTERS[lang].finditer(text)
    ]
    if addressee_verbs and (pointers or not kinds.isdisjoint(_CAMPAIGNERS)):
        if starts is None:  # (a quiet Russian paragraph: its clauses were not cut yet)
            sentences = sentence_starts(text)
            starts = clause_starts(text, sentences)
        hits = _with_addressee_frames(text, hits, starts, lang, pointers)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if lang == "kk" and "audience" in kinds and "event_strong" not in kinds and not kinds.isdisjoint(_CAMPAIGNERS):
        # (Kazakh people who turned to campaigners: «тұрғындары … кандидаттарын нан-тұзбен қарсы
        # алды», «… кандидатқа ауылдың жайын баяндады»)
        if starts is None:
            sentences = sentence_starts(text)
            starts = clause_starts(text, sentences)
        hits = _with_kazakh_addressee_frames(text, hits, sentences)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if lang == "kk" and not kinds.isdisjoint(places.PLACE_KINDS):
        hits = _with_kazakh_arrivals(text, hits)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    visits = _kazakh_visits_to_headquarters(text) if lang == "kk" and "штаб" in text else ()
    if visits:
        hits = _sorted_by_start_longest(hits + visits)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if lang == "kk" and "speech" in kinds and ("audience" in kinds or "criticism" in kinds):
        # «бақ сынады», tried their luck (competed): neither the media («БАҚ») nor criticism
        # («сынады») stands inside the idiom
        idioms = [(h.start, h.end) for h in of_kind["speech"] if _KK_TRIED_LUCK.match(text, h.start, h.end)]
        if idioms:
            hits = _without_inside(hits, frozenset({"audience", "criticism"}), idioms)
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    if lang == "kk" and "audience" in kinds and "тұрғын үй" in lowered_text(text):
        # «тұрғын үй», housing: «тұрғын» there names no residents (the housing is the topic)
        hits = [h for h in hits if h.kind not in _PEOPLE_WORDS or not _KK_HOUSING.match(text, h.start)]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "event_weak" in kinds and lang in ("en", "ru"):
        hits = _with_reciprocal_meetings(text, hits)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "gathering_verb" in kinds and not kinds.isdisjoint(_GATHERERS) and kinds.isdisjoint(("audience", "workforce", "protest_word", "placard", "crowd", "event_strong")) and all(
        h.value == "campaign_tour" for h in of_kind.get("event_weak", ())
    ):
        # the campaign's own people gathered, and nobody else named: a meeting of their own
        # («члены областного штаба собрались, чтобы подвести итоги», codebook 5: other), what
        # they talked over there («собрались … и обсудили проект») no meeting with voters, where
        # they stand before the verb in its sentence or right after it (in «собрались родители:
        # … Кандидаты пообещали» the parents gathered)
        subjects = [h.start for h in _of_kinds(of_kind, _GATHERERS)]
        gathered = [
            Hit(h.start, h.end, GATHERED, "event_weak", "other") for h in of_kind["gathering_verb"]
            if _GATHERED_THEMSELVES.fullmatch(text, h.start, h.end) and not _SIGNATURES.search(text, max(0, h.start - 30), h.end + 40)
            and any(
                (start < h.start and not _GATHERERS_END.search(text, start, h.start))
                or (h.end <= start <= h.end + 25 and not _GATHERERS_END.search(text, h.end, start))  # («собрались члены штаба»)
                for start in subjects
            )
        ]
        if gathered:
            hits = _sorted_by_start_longest(hits + gathered[:1])
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    if lang == "kk" and _may_hold_homographs(text, res.kazakh_homographs):
        kept = [h for h in hits if not (h.entry.lang == "ru" and _kazakh_homograph(text, h, res.kazakh_homographs))]
        if len(kept) < len(hits):
            hits = kept
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    if lang == "kk" and "event_strong" in kinds and any(_KK_MONTH_AS_HOLIDAY.match(text, h.start) for h in of_kind["event_strong"]):
        # «1 наурыз, сәрсенбі»: the Kazakh month that the Russian cue of the Nauryz holiday names
        hits = [h for h in hits if not (h.kind == "event_strong" and _KK_MONTH_AS_HOLIDAY.match(text, h.start) and _DAY_BEFORE.search(text, max(0, h.start - 6), h.start))]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "event_weak" in kinds and any(h.entry.extra == DRIVE for h in of_kind["event_weak"]) and (
        rally_about_the_vote(kinds, context) or any(h.value == "population" for h in of_kind.get("audience", ()))
    ):
        # «акция» is any drive a party runs (codebook 5: `other`); in a report of a protest or
        # of the vote it is the protesters' street action, and where it reaches the townspeople
        # it is street agitation (`rally`)
        hits = [h._replace(entry=dataclass_replace(h.entry, value="rally"), value="rally") if h.entry.extra == DRIVE else h for h in hits]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if lang == "en" and "non_event" in kinds and "mandate" in text:
        # mandates voters "gave" or "handed" candidates are their requests, no seats won
        hits = [h for h in hits if h.kind != "non_event" or not _MANDATES_GIVEN_BEFORE.search(text, max(0, h.start - 60), h.start)]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "non_event" in kinds and ("event_weak" in kinds or "event_strong" in kinds):
        hits = _without_words_of_cues(text, hits)
        if (asked := [m.end() for m in _ASKED_WH.finditer(text)]):
            # "residents asked how the party intends to …", «спрашивали, как партия намерена …»:
            # the plan or procedure is what people asked about, not what the paragraph reports
            hits = [h for h in hits if h.kind != "non_event" or not _in_question(text, h, asked)]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if lang == "ru" and "рабоч" in (lowered := lowered_text(text)) and "мест" in lowered:
        hits = _without_working_places(text, hits)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    names = _quoted_names(text)  # (read once: the places below are checked against them too)
    if names:
        hits = _without_cues_in_names(text, hits, names)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if ("event_strong" in kinds or "event_weak" in kinds) and _may_be_instead(text):
        # "instead of a briefing", «вместо брифинга», «брифингтің орнына»: the activity replaced
        # did not take place (what replaced it is told by its own words)
        hits = [h for h in hits if h.kind not in _ACTIVITY_CUES or not _replaced(text, h)]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if ("event_strong" in kinds or "event_weak" in kinds) and (lang == "kk" and _KK_ABOUT.search(text) or lang in ("en", "ru") and _REPORTS_ON.search(text)):
        # «өткізілген кездесулер туралы есептерін тыңдады», "heard reports … on the meetings
        # held": the meetings are what was reported, not an activity of this clause (as
        # «отчёты о проведённых встречах» reads)
        # (and the people those meetings met were not met by the body that heard of them)
        hits = [h for h in hits if h.kind not in _REPORTED or not _reported_on(text, h, lang)]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if ("event_strong" in kinds or "event_weak" in kinds) and (words := res.future.to_come_words.get(lang)) is not None and words.any_in(lowered_text(text)):
        # "the upcoming debate", "the debate due on 1 March", «теледебаты, которые пройдут 1
        # марта»: the activity is named as one still to come, not reported (codebook 1)
        hits = _without_begun_inside(hits, _NAMED_ACTIVITY, [(h.start, h.end) for h in hits if h.kind in _NAMED_ACTIVITY and _named_to_come(text, h, lang, res)])
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "campaigning_noun" in kinds:
        # ("the money for campaigning": the campaign in general, not an activity reported)
        hits = _without_inside(hits, _ACTIVITY_CUES, [(h.start, h.end) for h in of_kind["campaigning_noun"]])
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "commission_event" in kinds:
        # (the commission's briefing, and its broadcast, are none of the campaign's activities)
        hits = _without_inside(hits, _ACTIVITY_CUES, [_sentence_around(text, h.start, h.end) for h in of_kind["commission_event"]])
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "reporter" in kinds:
        # ("We spoke with several candidates": the newsroom's own work, not the campaign's)
        reporting = [_sentence_around(text, h.start, h.end) for h in of_kind["reporter"] if _opens_unquoted_sentence(text, h.start)]
        if reporting:
            hits = _without_inside(hits, _ACTIVITY_CUES, reporting)
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    if "in_person_room" in kinds and "event_strong" in kinds:
        # people in the hall, others by video link: the session held in the hall, no online
        # meeting ("Sitting in the hall were …, while the branch chairmen took part by video link"),
        # its link the sign of a session as strong as the link was of a meeting online
        hits = [
            Hit(h.start, h.end, IN_THE_HALL, "event_strong", "other")
            if h.kind == "event_strong" and h.value == "online" and _VIDEO_LINK.search(text, h.start, h.end) else h
            for h in hits
        ]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "time_reference" in kinds:
        # («до съезда», "before the rally": the activity is a point in time here; «предстоящие
        # встречи с избирателями», one still to come, with the people it is to meet)
        hits = _without_begun_inside(hits, _NAMED_ACTIVITY, [(h.start, h.end) for h in of_kind["time_reference"]], text)
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "internal_audience" in kinds or "event_strong" in kinds:
        # (also people a meeting's word names, there as companions in another activity named or
        # in procedure: «жас ұстаздарымен бірге … сенбілікке қатысты» took part in a clean-up with
        # teachers, «жеребьёвку провели вместе с сотрудниками ЦИК» drew lots; doing something with
        # villagers that is no activity of its own, «вместе с сельчанами провёл обряд», met them)
        busy = "non_event" in kinds or any(h.value not in _MET_PEOPLE_TYPES for h in of_kind.get("event_strong", ()))
        companions = [
            h for h in hits
            if (h.kind == "internal_audience" or (busy and h.kind == "event_strong" and h.value in _MET_PEOPLE_TYPES)) and _a_companion(text, h)
        ]
        if companions:
            hits = [h for h in hits if h not in companions]
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    if "internal_audience" in kinds and lang == "en" and "ing " in text:
        # ("started its agitation, with volunteers distributing the programme": the volunteers do
        # the work the clause tells of, nobody meets them)
        doing = [h for h in of_kind["internal_audience"] if _DOING_AFTER.match(text, h.end)]
        if doing:
            hits = [h for h in hits if h not in doing]
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    if "internal_audience" in kinds and _CIVIC.search(text):
        # civic activists are the public, not the party's own («қоғамдық белсенділерімен
        # кездесті», "met civic activists"): a meeting with them is no internal one (codebook 5)
        civic = [h for h in of_kind["internal_audience"] if _CIVIC.search(text, max(0, h.start - 25), h.end)]
        if civic:
            hits = [h for h in hits if h not in civic]
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    if ("non_event" in kinds or "not_held" in kinds) and _RELATIVE_OPENING.search(text):
        # («филиала партии «Байтак», которая пока не прошла регистрацию»: said of the party)
        hits = [h for h in hits if not (h.kind in ("non_event", "not_held") and _in_a_relative_clause(text, h))]
        of_kind, grouped = _regrouped(hits, grouped, of_kind)
        kinds = of_kind.keys()
    if "non_event" in kinds and "party" in kinds and lang == "en":
        # ("The People's Party, one of the three parties with seats in parliament, has put
        # forward …": the seats describe the party, and are not what the paragraph reports)
        described = [m.span(1) for h in of_kind["party"] if (m := _APPOSITION.match(text, h.end))]
        if described:
            hits = _without_inside(hits, frozenset({"non_event"}), described)
            of_kind, grouped = _regrouped(hits, grouped, of_kind)
            kinds = of_kind.keys()
    not_held = {
        bisect_right(starts, h.start) - 1 for h in of_kind["not_held"]
        if not _called_for(text, h) and not _nothing_named(text, h, hits, starts) and not _in_short_quote(text, h)
    } if "not_held" in kinds else set()
    party_mentions = None
    if quiet:
        # No debate report to take part in, no event before to go on about and nobody met
        # before: where no cue can type an event (the filters below only drop cues) or nobody
        # can act (no party named or referred to, no campaigner, no debate, no vote or protest to rally for), no event can come
        # of this paragraph, and only the parties it names matter to the paragraphs after it.
        # The same parties as below, without the reading of modality, places and actors.
        # (With no party named or referred to, a role campaigns only if it is one of
        # CAMPAIGN_ROLES: pipeline._build reads the others only beside a party.)
        typed = "event_strong" in kinds or "event_weak" in kinds
        party_mentions = [m for m in parties.find_parties(text, of_kind) if not not_held or bisect_right(starts, m.start) - 1 not in not_held]
        if not typed or (
            not party_mentions
            and context.referred_party() is None
            and not context.campaign  # (a person a clause opens with may be one of the title's candidates)
            and "campaign_actor" not in kinds
            and not any(h.value in CAMPAIGN_ROLES for h in of_kind.get("role", ()))
            and not ("leader" in kinds and any(names_the_campaign(text, h) for h in of_kind.get("event_strong", ())))
            and not any(
                h.value == "debate" or (h.value == "rally" and rally_about_the_vote(kinds, context))
                for h in of_kind.get("event_strong", ())  # (a rally about the vote needs no campaigner: pipeline._build)
            )
            and not ("event_strong" in kinds and about_a_referendum(kinds, context))  # (nor a referendum's agitation)
        ):
            return _parties_only(text, hits, starts, party_mentions, not_held, sentences, lang)
    if starts is None:
        sentences = sentence_starts(text)
        starts = clause_starts(text, sentences)
    asked = {bisect_right(starts, h.start) - 1 for h in _of_kinds(of_kind, _ASKED_KINDS)}
    quotes = (
        [m.span() for m in _quotations(text) if not _WRITTEN_AFTER.match(text, m.end())]
        if '«' in text or '"' in text or '“' in text or text[:1] in "–—-" else []
    )
    # the tense of words quoted is the speaker's, not the report's: '"We will restore
    # order," Sarym said' reports a speech made (the quoted words are judged on their own below)
    told = _without_quotes(text, quotes) if quotes else text
    future = future_clauses(told, starts, lang, res.future, asked, spoken=context.debate) if asked else set()
    # a tally of activities is no event where no place is named for it (codebook 1), but
    # "held over 40 meetings in Taraz and ten districts" tells where the campaign went
    placed = {bisect_right(starts, h.start) - 1 for h in _of_kinds(of_kind, places.PLACE_KINDS)}
    speech = _SPEECH_TO_END.search(text) if ":" in text else None
    if speech is not None:
        quotes = sorted(quotes + [speech.span(1)])
    quoted = SpanIndex(quotes) if quotes else None
    # verbs of saying outside quotes, as (start, end): what follows them in their sentence is an account
    accounts, attributed = [], []
    for h in of_kind.get("saying", ()):
        if quoted is not None and quoted.covers(h.start, h.end):
            continue
        if h.entry.lang != "kk" and h.entry.value.startswith(_ATTRIBUTIONS):
            if _a_person_s_account(text, sentences, h, of_kind.get("attribution_source", ()), of_kind.get("role", ())):
                attributed.append((h.start, h.end))
        elif _says_what_follows(text, h):
            accounts.append((h.start, h.end))
    quote_ends = sorted(end for _, end in quotes)
    # Kazakh tells what someone said was done by the verb made a noun, then the verb of saying
    # («өңірде сайлаушылармен кездескенін айтты», said he had met voters in the region): the
    # words of the activity a few words before it are the account (codebook 1)
    reported = [m.span(1) for m in _KK_REPORTED.finditer(text)] if lang == "kk" and _may_report_said(text) and _KK_REPORTED_TAIL.search(text) else []
    # Kazakh beliefs close their clause («… кездесулер … нығайтады деп сенеді»): the words before
    # the verb of belief, back to a comma or the sentence's start, are what is believed
    believed = [_believed(text, sentences, h) for h in of_kind.get("belief_after", ()) if _a_belief(text, h)] if "belief_after" in kinds else []
    # where words were said ("announced at the party's congress", «заявил на съезде»): the
    # gathering took place, whatever the words say of the future
    said_at = sorted(m.end() for m in (_SAID_AT.match(text, h.end) for h in of_kind["saying"]) if m) if "saying" in kinds else []
    if lang != "kk" and ("peaking at" in text or "ыступая на" in text):
        # "Speaking at the congress, …", «Выступая на съезде, …»: where the words were said
        said_at = sorted(said_at + [m.end() for m in _SPEAKING_AT.finditer(text)])
    if lang == "kk" and "event_strong" in kinds and ("сөйле" in text or "сөз ал" in text):
        # Kazakh names the gathering in the locative before the verb of speaking: «съезінде
        # сөйлеген сөзінде», in the speech he made at the congress; «съезде сөз алған», who took
        # the floor at the congress
        said_at = sorted(said_at + [h.start for h in of_kind["event_strong"] if _KK_SPOKEN_AT.match(text, word_end(text, h.end))])
    # The activity words reported here: outside not-held clauses and someone's quoted words
    # (each test below runs once per word, and only for the words still in question; their
    # order, kind by kind, does not matter: only which of them are kept is read).
    if not_held and said_at:
        # a word of not holding in what was said at a gathering ("said at the congress that the
        # party should boycott the vote") leaves the gathering, and its clause, held
        held = {bisect_right(starts, h.start) - 1 for h in _of_kinds(of_kind, ACTIVITY_KINDS) if _where_said(text, h, said_at)}
        if held & not_held:
            not_held, party_mentions = not_held - held, None  # (the parties of those clauses are read again below)
    # (the words of an activity reported, with those of its phrase: «тікелей эфирде дебат … екенін хабарлады»)
    reported_set = _with_phrase_mates(text, hits, [h for h in _of_kinds(of_kind, _TOLD_KINDS) if _in_spans(reported, h)]) if reported else set()
    told_here = [
        h for h in _of_kinds(of_kind, ACTIVITY_KINDS)
        if not (
            (not_held and bisect_right(starts, h.start) - 1 in not_held)
            or (quoted is not None and quoted.covers(h.start, h.end) and not _reported_as_done(text, starts, h, lang, res))
        )
    ]
    # a rhetorical question ("So what did the parties say in the debate?") or a feature's
    # announcement of what follows asks or promises a report, and gives none (codebook 1)
    # (not "explained his position as follows:": after a verb of saying, what follows is what
    # was said, no feature's subject)
    framing = [
        _sentence_around(text, h.start, h.end) for h in of_kind.get("feature_opener", ())
        if not any(0 <= h.start - s.end <= 40 for s in of_kind.get("saying", ()))
    ]
    if "?" in text:
        ends = sentences[1:] + [len(text)]  # (the paragraph's own sentences, cut once above)
        framing += [span for span in zip(sentences, ends) if _an_unquoted_question(text, *span)]
    # activity words negated, planned or counted over the campaign, with the other activity
    # words of their phrase: in "did not hold meetings with voters" and "is to hold a meeting
    # with voters" the cue "with voters" is as little held as the word before it, and in
    # «300-ден астам кездесу өткізді» "held" counts as its meetings do (a tally of activities
    # is no event where no place is named for it, codebook 1)
    # congratulations on a victory: a statement (codebook 1), its words no activity
    # (not Victory Day, the holiday: veterans congratulated on it were met, codebook 5)
    victories = [v for v in of_kind["victory"] if not _VICTORY_DAY.search(text, max(0, v.start - 6), v.end + 6)] if "victory" in kinds else []
    congratulated = [
        (h.start, h.end) for h in of_kind["congratulating"]
        if any(sentence_of(sentences, v.start) == sentence_of(sentences, h.start) for v in victories)
    ] if "congratulating" in kinds and victories else []
    # a clause dated years back tells the history of what is reported, no event of the day
    # ("we launched this action three years ago", «акцию запустили три года назад», «үш жыл
    # бұрын қолға алдық»; codebook 1: background or history)
    long_ago = {bisect_right(starts, m.start()) - 1 for m in _YEARS_AGO.finditer(text)} if _YEARS_AGO_WORDS.search(text) else set()
    # and a sentence that opens with an earlier year than the report's ("In 2021, when it still
    # bore the name Nur Otan, the party held …", «В 2021 году …», «2021 жылы …») or with last year
    long_ago |= _dated_back(text, sentences, starts, context.published.year if context.published is not None else None)
    # the sentences that deny a report: what they tell was denied (codebook 1)
    denied = {sentence_of(sentences, h.start) for h in of_kind["denial"]} if "denial" in kinds else set()
    unheld = [
        h for h in told_here
        if (framing and any(s <= h.start and h.end <= e for s, e in framing))
        or (congratulated and any(s == h.start for s, _ in congratulated))
        or _negated(text, h, lang)
        or (denied and sentence_of(sentences, h.start) in denied)
        or (long_ago and bisect_right(starts, h.start) - 1 in long_ago)
        # the vote itself took place ("elections were held in sixteen regions", «прошли выборы в
        # Мажилис», «Мәжіліс сайлауы өтті»): polling day is procedure, no campaign activity
        # (codebook 1), whatever the parties running in it
        or (h.entry.extra == OCCURRENCE and _the_vote_took_place(text, h))
        # «қатысты» before a noun is 'concerning' («баспанаға қатысты мәселелер»), not 'took part':
        # beside another word of activity it does not type the event (alone it is still read as
        # taking part: dropping it there lost a blind Kazakh event it had found, 42nd stop)
        or (lang == "kk" and _kk_postposition(text, h) and sum(x.kind in _TOLD_KINDS for x in told_here) > 1)
        or (_planned(told, starts, h, lang, future, res) and not (said_at and _where_said(text, h, said_at)))
        or (h.kind in _TOLD_KINDS and bisect_right(starts, h.start) - 1 not in placed and _tallied(text, h, lang, res.tally, res.tally_words))
    ]
    unheld_set = _with_phrase_mates(text, hits, unheld) if unheld else set()
    kept_hits = [
        h for h in told_here
        if not (unheld_set and h in unheld_set)  # (a hit's hash is computed in Python: its Entry's)
        and not (accounts and h.kind in _TOLD_KINDS and _in_an_account(accounts, sentences, h) and not (said_at and _where_said(text, h, said_at)))
        and not (attributed and h.kind in _TOLD_KINDS and h.value != "other" and _in_an_account(attributed, sentences, h))
        and not (h.kind == "event_weak" and quote_ends and not _told_to_people(text, h, lang) and _attributes_a_quote(text, h, quote_ends))
        and not (believed and any(start <= h.start and h.end <= end for start, end in believed))
        and not (reported_set and h in reported_set)  # (its people: below)
    ]
    kept = {id(h) for h in kept_hits}
    hits = [h for h in hits if h.kind not in ACTIVITY_KINDS or id(h) in kept]
    if (accounts or reported) and "audience" in kinds:
        # the people of a meeting told in someone's account ("said he had already held several
        # meetings with voters", «сайлаушылармен кездескенін айтты») were met then, not at the
        # gathering the paragraph reports
        told_of = [
            h for h in told_here
            if id(h) not in kept and h.kind in _TOLD_KINDS
            and ((accounts and _in_an_account(accounts, sentences, h)) or (reported_set and h in reported_set))
        ]
        if told_of:
            hits = _without_their_people(hits, told_of)
    if future and unheld and kept_hits and not kinds.isdisjoint(_TO_COME):
        # the people and the talk of an activity told in a clause about the future ("До 26
        # октября им предстоит встретиться с жителями и рассказать о своих программах") are
        # to be met and given later, not at the activity another clause reports
        kept_clauses = {bisect_right(starts, h.start) - 1 for h in kept_hits}
        planned: dict[int, int] = {}
        for h in unheld:
            clause = bisect_right(starts, h.start) - 1
            if h.kind in _TOLD_KINDS and clause in future and clause not in kept_clauses:
                planned[clause] = min(h.start, planned.get(clause, h.start))
        if planned:
            hits = [h for h in hits if h.kind not in _TO_COME or not _to_come(h, planned, starts, lang)]
    if placed and ("event_weak" in kinds or "event_strong" in kinds):
        # a tally of meetings over named places ("held more than 40 meetings in ten districts
        # and Taraz"): agitation across places with no single audience (codebook 5: campaign_tour)
        hits = [
            h._replace(kind="event_strong", value="campaign_tour", entry=_TALLIED_TOUR)
            if h.kind in _TOLD_KINDS and h.value == "voter_meeting" and bisect_right(starts, h.start) - 1 in placed
            and _tallied(text, h, lang, res.tally, res.tally_words, counted_only=True) else h
            for h in hits
        ]
    if party_mentions is None:  # (the filters above leave parties and criticism alone)
        party_mentions = [m for m in parties.find_parties(text, of_kind) if not not_held or bisect_right(starts, m.start) - 1 not in not_held]
    if (not kept_hits and not whole) or (quiet and not any(h.kind in _TOLD_KINDS for h in kept_hits)):
        # nothing is reported as done here (or, as above, nothing that can type an event):
        # no event can come of it, only the parties named matter to the paragraphs after it
        return _parties_only(text, hits, starts, party_mentions, not_held, sentences, lang)
    organisations = [
        m for m in audience_mod.find_organisations(text, scanned, res)
        if not entity_index.covers(m.start, m.end)
    ]
    org_spans = [(m.start, m.end) for m in organisations]
    org_index = SpanIndex(org_spans)
    # the cues of the clauses, without those inside an organisation's name (the places and
    # actors below are read from every hit)
    told_hits = [h for h in hits if h.kind == "org_head" or not org_index.covers(h.start, h.end)] if organisations else hits
    if quiet and _reports_only_procedure(told_hits, starts):
        # As above: no event can come of this paragraph (every event the rules could draw
        # from it fails `pipeline._reports_activity`), and the places, actors and groups it
        # names are not read. The parties and hits are those the full reading gives.
        return _parties_only(text, told_hits, starts, sorted(party_mentions), not_held, sentences, lang)
    # a town in the name of the place where the event was held is the venue's town
    # (as is a town in the genitive that ends the name, «рабочими ТЭЦ Жезказгана», «коллективом
    # поликлиники Семея»: the body of that town whose staff was met, where English puts the town
    # first, "the Zhezkazgan power plant", and reads it as the venue's town too)
    towns_ending = {h.end for h in hits if h.kind == "settlement"} if organisations else set()
    place_blocks = SpanIndex(
        [(m.start, m.end) for m in organisations if m.extra not in _WHERE_HELD and not (m.end in towns_ending and " " in text[m.start : m.end])]
    ) if organisations else org_index
    bodies = places.BodyIndex(hits, text)
    place_mentions = [
        m for m in places.find_places(text, hits, res, place_blocks)
        if not places.names_a_body_not_a_venue(m, bodies) and (not future or bisect_right(starts, m.start) - 1 not in future)
        and (quoted is None or not quoted.covers(m.start, m.end) or _reported_as_done(text, starts, m, lang, res))
        and not (names and _part_of_a_name(m, names))
        and not _delegates_from(text, m, lang)
        and not _venue_to_come(text, m, lang, res)
    ]  # future destinations, places in someone's quoted words and in a quoted name are not places of the event (codebook 4)
    blocked = entity_spans + org_spans
    actor_mentions = actors_mod.find_actors(text, hits, blocked, res.not_names)
    hits = told_hits
    groups = audience_mod.find_groups(text, hits, organisations)
    # (a known leader's name is a person the document may have given a party, as in its title)
    known_people = _known_people(text, context, [(h.start, h.end) for h in entities if h.kind != "leader"] + org_spans) if context.people else []
    actor_index = SpanIndex((m.start, m.end) for m in actor_mentions)
    actor_mentions = sorted(actor_mentions + [
        Mention(m.start, m.end, m.value, None) for m in known_people if not actor_index.overlaps(m.start, m.end)
    ])
    party_mentions += [
        Mention(m.start, m.end, m.extra) for m in known_people if m.extra and (not not_held or bisect_right(starts, m.start) - 1 not in not_held)
    ]
    party_mentions.sort()
    return Paragraph(
        text=text,
        hits=hits,
        starts=starts,
        parties=party_mentions,
        places=place_mentions,
        actors=actor_mentions,
        organisations=organisations,
        groups=groups,
        not_held=not_held,
        future=future,
        sentences=sentences,
        known_people=known_people,
        hits_by_sentence=_group(hits, starts),
        organisations_by_sentence=_group(organisations, starts),
        groups_by_sentence=_group(groups, starts),
        workforce=_unnamed_workforce(text, hits, organisations, starts),
        lang=lang,
    )


def _regrouped(hits: list[Hit], grouped: list[Hit], of_kind: dict[str, list[Hit]]) -> tuple[dict[str, list[Hit]], list[Hit]]:
    """`by_kind(hits)` after a step of the reading, and the hits it groups: `of_kind` as it
    was where the step gave back the hits it was given (`grouped`, the hits `of_kind` was
    built from), as most steps do for most paragraphs (a step that finds nothing to change
    returns its hits, or a filter the same ones again); no step changes a list in place."""
    if hits is grouped or (len(hits) == len(grouped) and all(map(is_, hits, grouped))):
        return of_kind, grouped
    return by_kind(hits), hits


def _quotations(text: str) -> list[re.Match[str]]:
    """Words quoted at length, as one pattern `_QUOTED_AT_LENGTH|_DASHED_AT_LENGTH` would find
    them (`finditer`): the leftmost match of either, then the next one after its end. (The
    two cannot start at one character: one opens with a quotation mark, the other with a dash.)"""
    found = []
    pos = 0
    line: int | None = 0  # the next start of a line to try the dash at
    while True:
        match = _QUOTED_AT_LENGTH.search(text, pos)
        limit = match.start() if match is not None else len(text)
        while line is not None and line <= limit:
            dashed = _DASHED_AT_LENGTH.match(text, line) if line >= pos else None
            if dashed is not None and dashed.start() < limit:
                match = dashed
                break
            newline = text.find("\n", line)
            line = newline + 1 if newline != -1 else None
        if match is None:
            return found
        found.append(match)
        pos = match.end()


def _reports_only_procedure(hits: list[Hit], starts: list[int]) -> bool:
    """Whether no clause of the paragraph reports an activity as `pipeline._build` reads it in
    a document that has said nothing before. Every draft (a run of clauses) with a cue must
    then fail `pipeline._reports_activity`: its strong cues, if any, are all of touring and
    it names the campaign period ("during the campaign the candidates toured…") and no town or
    village visited ("during the campaign she visited the village of Shortandy"), else its
    weak cues stand beside a word of procedure, results or commentary (`non_event`), with no
    party people or observers met (`internal_audience`, which counts as a strong cue). That
    holds where every strong cue is one of touring in a clause that names the period, and
    every clause with a weak cue holds a procedure word or such a strong cue; a weak cue of
    debating may make a debate of its draft, which that test does not reject."""
    weak: set[int] = set()
    strong: set[int] = set()
    procedure: set[int] = set()
    period: set[int] = set()
    settled: set[int] = set()  # (a town or village visited: one visit, `pipeline._reports_activity`)
    visiting: set[int] = set()
    for h in hits:
        kind = h.kind
        if kind == "event_strong" or kind == "internal_audience":
            if h.value != "campaign_tour":
                return False
            strong.add(bisect_right(starts, h.start) - 1)  # (the clause, as `_group` finds it)
        elif kind == "event_weak":
            if h.value == "debate":
                return False
            weak.add(bisect_right(starts, h.start) - 1)
        elif kind == "non_event":
            procedure.add(bisect_right(starts, h.start) - 1)
        elif kind == "campaign_period":
            period.add(bisect_right(starts, h.start) - 1)
        elif kind == "settlement":
            settled.add(bisect_right(starts, h.start) - 1)
        elif kind == "visit_verb" or kind == "going_verb":
            visiting.add(bisect_right(starts, h.start) - 1)
    return strong <= (period - (settled & visiting)) and weak <= (procedure | strong)


# A participle right after the people "with" whom something was done: "with volunteers handing
# out leaflets" (they act), not "with volunteers of the branch" (they were met).
_DOING_AFTER = re.compile(r"\s+[a-z]+ing\b")
_OPENING = Entry("event_strong", "other")
_PROTEST = Entry("event_strong", "rally")


# Kinds of hits whose reading in `read_paragraph` needs the paragraph's clauses before it can
# tell whether the paragraph is read only for its parties (the frames and "not held").
_KINDS_READ_BY_CLAUSE = frozenset({"body_destination", "opening_verb", "gathering_verb", "petition_verb", "not_held", "street_verb", "party_act", "party_decision"})


# An activity named as the campaign's own ("a campaign tour", «агитационный тур», «үгіт сапары»):
# whoever performs it is campaigning (`pipeline._build`).
_CAMPAIGN_WORD = re.compile(r"campaign|агитац|предвыбор|үгіт|сайлауалды", re.IGNORECASE)


def names_the_campaign(text: str, hit: Hit) -> bool:
    """Whether an activity's words name it as the campaign's own ("campaign tour")."""
    return _CAMPAIGN_WORD.search(text, hit.start, hit.end) is not None


def _parties_only(
    text: str, hits: list[Hit], starts: list[int] | None, parties: list[Mention], not_held: set[int], sentences: list[int] | None, lang: str
) -> Paragraph:
    """A paragraph from which no event can come, with the parties it names (what the
    paragraphs after it need) and no places, actors or audience. `starts` None: its clauses
    are not cut yet (see `Paragraph.__getattr__`)."""
    para = Paragraph(text, hits, starts, parties, [], [], [], [], not_held, sentences=sentences, lang=lang)
    if starts is None:
        del para.starts, para.sentences
    return para


def _with_opening_frames(hits: list[Hit], starts: list[int]) -> list[Hit]:
    """An office opening told in words far apart ("the regional headquarters of X, the
    candidate of Y, has officially opened in Semey"): where a clause holds a body word and a
    verb of opening, and neither a meeting being opened nor another 'other' activity, the
    verb is read as a strong cue of an `other` event."""
    return _with_frames(hits, starts, "opening_verb", {"opening_body"}, {"opening_not_with"}, _OPENING)


def _with_protest_frames(hits: list[Hit], starts: list[int], crowds: bool = False) -> list[Hit]:
    """A protest told in other words than "rally": where a clause holds a verb of gathering or
    going out and a word of protest ("gathered in the square with placards", «вышли на площадь
    … с плакатами», «наразылық білдіруге шыққан»), and no rally cue of its own, the verb is read
    as a strong cue of a rally (codebook 5); whether it took place is judged as for any cue.
    With `crowds`, so is a crowd gathered (`_with_crowd_frames`)."""
    hits = _with_frames(hits, starts, "gathering_verb", {"protest_word", "placard"}, set(), _PROTEST)
    return _with_crowd_frames(hits, starts) if crowds else hits


def _with_crowd_frames(hits: list[Hit], starts: list[int]) -> list[Hit]:
    """A crowd gathered: a clause with a verb of gathering, a word of a crowd ("thousands of
    supporters gathered", «собрались сотни сторонников») and no activity word of its own
    is read as a rally (codebook 5); a congress or a meeting named there is what they gathered for."""
    return _with_frames(hits, starts, "gathering_verb", {"crowd"}, {"event_strong", "event_weak"}, _PROTEST)


_STREET_VERBS = frozenset({"street_verb", "gathering_verb"})
_HEARD_PEOPLE = frozenset({"listening_verb"})  # people listened to or answered (`cues.yaml` listening_verbs)
# Who may do a street action: a count or a group of people, a crowd, campaigners or a party.
_STREET_DOERS = frozenset({"street_people", "crowd", "campaign_actor", "party", "protest_word"})


def _with_street_frames(hits: list[Hit], starts: list[int]) -> list[Hit]:
    """A street action told by what people did: where a clause holds a verb of moving or
    standing together, a street or the things carried, and who did it ("sixty supporters walked
    from the metro to the akimat with placards", «полсотни машин с флагами проехали колонной»),
    in a paragraph with no activity word, the verb is read as a strong cue of a rally (codebook 5)."""
    if _names_an_activity_besides(hits, _STREET_VERBS):
        return hits  # (the street may be that activity's way)
    added = []
    clauses = _by_clause(hits, starts)
    for number, found in enumerate(clauses):
        kinds = {h.kind for h in found}
        verbs = {(h.start, h.end) for h in found if h.kind in _STREET_VERBS}
        if any(h.kind in _HEARD_PEOPLE and (h.start, h.end) not in verbs for h in found + (clauses[number + 1] if number + 1 < len(clauses) else [])):
            continue  # (a walk down the streets where residents were heard then is a walkabout, a meeting)
        if not kinds.isdisjoint(_STREET_VERBS) and not kinds.isdisjoint(("street_scene", "placard")) and not kinds.isdisjoint(_STREET_DOERS):
            first = next(h for h in found if h.kind in _STREET_VERBS)
            added.append(Hit(first.start, first.end, _PROTEST, "event_strong", "rally"))
    if not added:
        return hits
    # (the verb's own words read as a tour's, «проехали по», give way to the action they tell)
    actions = {h.start for h in added}
    kept = [h for h in hits if not (h.kind in _ACTIVITY_CUES and h.start in actions)]
    return _sorted_by_start_longest(kept + added)


def _by_clause(hits: list[Hit], starts: list[int]) -> list[list[Hit]]:
    """The hits of each clause, in order."""
    clauses: dict[int, list[Hit]] = {}
    for h in hits:
        clauses.setdefault(sentence_of(starts, h.start), []).append(h)
    return list(clauses.values())


_PARTY_PEOPLE = frozenset({"campaign_actor", "party"})
_PARTY_ACTS = frozenset({"party_act", "party_decision", "giving_verb"})


def _names_an_activity_besides(hits: list[Hit], verbs: frozenset[str]) -> bool:
    """Whether the paragraph names an activity other than by the words of these verbs, whose
    own words may also read as something held or presented («прошли», «жүріп өтті», "presented")."""
    spans = [(h.start, h.end) for h in hits if h.kind in verbs]
    # (an activity word that opens with the verb is the verb's own: «проехали по» a ride's way)
    return any(h.kind in _ACTIVITY_CUES and not any(start <= h.start and (h.end <= end or h.start == start) for start, end in spans) for h in hits)


def _with_party_act_frames(hits: list[Hit], starts: list[int]) -> list[Hit]:
    """A party's own business told by the act, in a paragraph that names no activity: a clause
    with campaigners or a party and an act of theirs (awards handed, an agreement signed, flowers
    laid, help given, or any verb of giving with a thing given: "brought gifts", «передали
    оборудование»), or with a body of the party and its decision ("the political council of
    the branch approved …"), reads that act as a strong cue of an `other` event (codebook 1, 5)."""
    if _names_an_activity_besides(hits, _PARTY_ACTS):
        return hits
    added = []
    for found in _by_clause(hits, starts):
        kinds = {h.kind for h in found}
        if "giving_verb" in kinds and "gift_thing" not in kinds:
            kinds.discard("giving_verb")  # (a verb of giving alone gives words, answers, advice)
        if not kinds.isdisjoint(_PARTY_ACTS) and not kinds.isdisjoint(_PARTY_PEOPLE) and ("party_act" in kinds or "party_body" in kinds or "giving_verb" in kinds):
            first = next(h for h in found if h.kind in kinds & _PARTY_ACTS)
            added.append(Hit(first.start, first.end, _OPENING, "event_strong", "other"))
    return _sorted_by_start_longest(hits + added) if added else hits


def _with_frames(hits: list[Hit], starts: list[int], verb: str, companions: set[str], blockers: set[str], cue: Entry) -> list[Hit]:
    """Where a clause holds a hit of kind `verb`, one of `companions`, none of `blockers` and
    no strong cue of `cue`'s type of its own, that verb is read as `cue`. The verb's own words
    read as a blocker block nothing ("gathered" is also a weak cue of something held)."""
    verbs = {(h.start, h.end) for h in hits if h.kind == verb} if blockers else set()
    by_clause: dict[int, list[Hit]] = {}
    for h in hits:
        if h.kind in blockers and (h.start, h.end) in verbs:
            continue
        if h.kind == verb or h.kind in companions or h.kind in blockers or (h.kind == "event_strong" and h.value == cue.value):
            by_clause.setdefault(sentence_of(starts, h.start), []).append(h)
    added = []
    for found in by_clause.values():
        kinds = {h.kind for h in found}
        if verb in kinds and not kinds.isdisjoint(companions) and kinds.isdisjoint(blockers) and "event_strong" not in kinds:
            first = next(h for h in found if h.kind == verb)
            added.append(Hit(first.start, first.end, cue, "event_strong", cue.value))
    return _sorted_by_start_longest(hits + added) if added else hits


_ADDRESS_GAP = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}")  # ("told the voters", "перед местными жителями")
# Kazakh people in the genitive whose questions or complaints about something were answered or
# heard: what they asked about between them and the verb («сайлаушылардың қолжетімді баспана
# туралы сұрақтарына жауап берді», answered voters' questions about affordable housing;
# «тұрғындардың жол жөндеуге қатысты шағымдарын тыңдады»).
_KK_GENITIVE_END = re.compile(r"(?:[ндт][ыі]ң)$", re.IGNORECASE)
_KK_ASKED_ABOUT_GAP = re.compile(r"\s+(?:[^\s.,;:!?()«»]+\s+){0,4}(?:туралы|жөнінде|жөніндегі|бойынша|қатысты)\s+(?:[^\s.,;:!?()«»]+\s+)?", re.IGNORECASE)
# The addressee in the dative before a verb of telling, with up to six words of what was told
# between them and no mark of a new clause («азаматтарға ҚР Кәсіподақтар федерациясы ұсынған
# кандидат жайында мағлұмат берді»), and the Russian and Kazakh endings of that dative. Not a
# clause of reported speech between them: in «интернеттің жастарға кері әсері бар екенін айтты»
# (said that the internet harms the young) the dative is what was said, not who was told.
_TOLD_GAP = re.compile(r"\s*(?:(?:«[^»]{1,40}»|(?!(?:екен|деген)\w*(?!\w)|деп(?!\w))[^\s.,;:!?()«»\"]+)\s+){0,6}")  # (a party's name in quotes is a word)
_DATIVE_GROUP = re.compile(r"(?:ам|ям|ға|ге|қа|ке|на|не)$", re.IGNORECASE)
_TO_GROUP_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:the\s+)?(?:[\w'’-]+\s+)?", re.IGNORECASE)


def _with_address_frames(text: str, hits: list[Hit]) -> list[Hit]:
    """People addressed: a verb of addressing a few words before a group of people ("Addressing
    residents of Kostanay", "told voters", «выступая перед жителями»), or in Kazakh the group
    before the verb («тұрғындар алдында сөз сөйледі»), is read as a weak cue of a meeting with
    them (codebook 5), spanning both; the group's own code stays the audience."""
    verbs = [h for h in hits if h.kind == "address_verb"]
    telling = [h for h in hits if h.kind == "telling_verb"]
    added = []
    # (a workplace's people addressed are a staff met: «кәсіпорын жұмысшылары алдында … әңгімеледі»)
    for group in (h for h in hits if h.kind == "audience" or (h.kind == "workforce" and verbs)):
        for verb in verbs:
            first, second = (verb, group) if verb.entry.lang != "kk" else (group, verb)
            if first.end <= second.start and (
                _ADDRESS_GAP.fullmatch(text, first.end, second.start) or (verb.entry.lang == "kk" and _kk_asked_about(text, group, verb))
            ) and not _speaker_not_addressee(text, verb, group):
                added.append(Hit(first.start, second.end, audience_mod.ADDRESSED, "event_weak", "voter_meeting"))
                break
        else:
            if group.kind == "workforce":
                continue
            if telling and _DATIVE_GROUP.search(text, group.start, word_end(text, group.end)):
                verb = next((v for v in telling if group.end <= v.start and _TOLD_GAP.fullmatch(text, word_end(text, group.end), v.start)), None)
                if verb is not None:
                    added.append(Hit(group.start, verb.end, audience_mod.TOLD, "event_weak", "campaign_tour"))
                elif group.entry.lang == "ru":
                    # (Russian may put the verb first: «раздали жителям Тараза агитационные
                    # материалы», handed the residents leaflets, as "handed out leaflets to residents")
                    verb = next((v for v in telling if v.end <= group.start and _ADDRESS_GAP.fullmatch(text, word_end(text, v.end), group.start)), None)
                    if verb is not None:
                        added.append(Hit(verb.start, group.end, audience_mod.TOLD, "event_weak", "campaign_tour"))
            elif telling and group.entry.lang == "en":
                # ("handed out leaflets to the townspeople": the group after "to")
                verb = next((v for v in telling if v.end <= group.start and _TO_GROUP_GAP.fullmatch(text, v.end, group.start)), None)
                if verb is not None:
                    added.append(Hit(verb.start, group.end, audience_mod.TOLD, "event_weak", "campaign_tour"))
    if not added:
        return hits
    # what the people were heard about is no commentary of the report ("listened to the
    # complaints of residents", «выслушал жалобы жителей»): a word of procedure or commentary
    # inside the frame is not read as one
    kept = [h for h in hits if h.kind != "non_event" or not any(a.start <= h.start and h.end <= a.end for a in added)]
    return _sorted_by_start_longest(kept + added)


def _kk_asked_about(text: str, group: Hit, verb: Hit) -> bool:
    """Whether a Kazakh group in the genitive owns the questions or complaints the verb answers
    or hears, with what they were about between them (`_KK_ASKED_ABOUT_GAP`)."""
    end = word_end(text, group.end)
    return bool(_KK_GENITIVE_END.search(text, group.start, end)) and _KK_ASKED_ABOUT_GAP.fullmatch(text, end, verb.start) is not None


# The press told something: the journalists addressed by a verb of saying ("told reporters",
# «сказал журналистам», «журналистерге … айтты») make a statement (codebook 1), no meeting, unless
# told at a place ("at the headquarters", «в штабе») or at the press event just told.
_TOLD_THE_PRESS = {
    "en": (re.compile(r"(?:reporters|journalists|the press|the media)$", re.IGNORECASE),
           re.compile(r"\b(?:told|telling|said to|speaking to|spoke to)\b", re.IGNORECASE)),
    "ru": (re.compile(r"(?:журналистам|журналистами|представител\w* сми)$", re.IGNORECASE),
           re.compile(r"(?:сказал|рассказал|заявил|сообщил|пояснил|отметил|подчеркнул|признал|выступ|комментари)", re.IGNORECASE)),
    "kk": (re.compile(r"(?:журналистерге|бақ өкілдері\w*)$", re.IGNORECASE),
           re.compile(r"(?:айтты|айтқан|айтып|мәлімдеді|мәлім етті|хабарлады|жеткізді|сөйле|түсініктеме)", re.IGNORECASE)),
}


def _told_the_press(text: str, weak: list[Hit], audience: list[Hit], lang: str) -> list[Hit]:
    """The weak cues of `weak` that only frame the press told something: a statement."""
    word, saying = _TOLD_THE_PRESS[lang]
    press = [a for a in audience if a.value == "media" and word.search(text, a.start, a.end) and not _AT_A_PLACE.match(text, a.end)]
    told = []
    for h in weak:
        inside = [a for a in press if h.start <= a.start and a.end <= h.end]
        if not inside:
            continue
        # (the word alone, «журналистам», reads the clause around it for the verb of saying)
        start, end = (h.start, h.end) if (h.start, h.end) != (inside[0].start, inside[0].end) else _clause_around(text, h.start, h.end)
        if saying.search(text, start, end):
            told.append(h)
    return told


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of at most 60 characters each side of [start, end), inside its sentence."""
    left = max(text.rfind(stop, max(0, start - 60), start) for stop in ".!?;")
    right = [i for i in (text.find(stop, end, end + 60) for stop in ".!?;") if i != -1]
    return (left + 1 if left != -1 else max(0, start - 60)), (min(right) if right else min(len(text), end + 60))


_CIVIC = re.compile(r"\b(?:civic|civil society|public|community|қоғамдық|азаматтық қоғам|общественн\w*|гражданск\w*)\s+(?:activists?|белсенді\w*|активист\w*)", re.IGNORECASE)
_VICTORY_DAY = re.compile(r"victory day|д(?:ень|ня|ню|нём|нем) победы|жеңіс күн", re.IGNORECASE)
_AT_A_PLACE = re.compile(r"\s+(?:at|в|на)\s", re.IGNORECASE)
_TELLING_TO = re.compile(r"(?:рассказ|объясн|разъясн|растолков|пообещ)", re.IGNORECASE)


def _speaker_not_addressee(text: str, verb: Hit, group: Hit) -> bool:
    """A Russian group in the nominative right after a verb of telling is who spoke, not whom
    it was told to: «– рассказала жительница Косшы», where «рассказал жителям» told them."""
    if verb.entry.lang != "ru" or not _TELLING_TO.match(text, verb.start):
        return False
    return morphology.is_nominative(text[group.start : word_end(text, group.end)].split()[0])


# A Kazakh place named in the dative before "came" («Ақтөбеге келді», «Қостанайға келіп») or in
# the locative before "was" («Ақтөбеде болды»): the trip there (codebook 5: campaign_tour), as
# «облысына келді» is with the word for a region.
_KK_ARRIVED = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)\s+(?:келді|келіп|келген|келгенде)|(?:да|де|та|те|нда|нде)\s+(?:болды|болып|болған)(?!\w)", re.IGNORECASE)
ARRIVED = Entry("event_strong", "campaign_tour", "kk")


def _with_kazakh_arrivals(text: str, hits: list[Hit]) -> list[Hit]:
    added = []
    for h in hits:
        if h.kind in places.PLACE_KINDS:
            end = word_end(text, h.end)
            match = _KK_ARRIVED.match(text, max(h.end, end - 3)) if end > h.end else None
            if match is None and end >= 2:
                match = _KK_ARRIVED.search(text, max(h.start, end - 3), min(len(text), end + 14))
            if match is not None and match.start() < end <= match.end():
                added.append(Hit(h.start, match.end(), ARRIVED, "event_strong", "campaign_tour"))
            elif _KK_DATIVE_END.search(text, h.start, end):
                # the campaigner who came may stand between («Қосшыға Президенттікке үміткер
                # Қарақат Әбден келіп»), as Kazakh puts the place first: a campaigner's word and
                # «келді» a few words on, in the same clause
                later = _KK_CAME_LATER.match(text, end)
                if later is not None and any(end <= c.start and c.end <= later.start(1) for c in hits if c.kind in _CAMPAIGNERS):
                    added.append(Hit(h.start, later.end(), ARRIVED, "event_strong", "campaign_tour"))
    return _sorted_by_start_longest(hits + added) if added else hits


_KK_DATIVE_END = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)$")
_KK_CAME_LATER = re.compile(r"\s+(?:(?:«[^«»]{1,40}»|[^\s.,;:!?«»–—]+)\s+){1,6}?(келді|келіп)(?!\w)", re.IGNORECASE)
_CAMPAIGNERS = frozenset({"campaign_actor", "role", "party"})
# Someone who came to a headquarters, named between it and the verb as Kazakh orders them
# («Қарақат Әбденнің сайлау штабына ТМД байқаушылар миссиясының басшысы … келді»): a visit to the
# headquarters (codebook 5: other), as «штабына келді» is.
_KK_CAME_TO_HQ = re.compile(
    r"(?<!\w)\w*штаб(?:ына|қа|тарына)\s+(?:(?:«[^«»]{1,40}»|[^\s.,;:!?«»–—]+)\s+){1,6}?(?:келді|келіп|барды|барып|ат басын бұрды)(?!\w)",
    re.IGNORECASE,
)
_CAME_TO_HQ = Entry("event_strong", "other", "kk")
# (the media who came are shown the headquarters: a press event, which the media words tell;
# «БАҚ» in capitals only: «бақылаушылар» are observers)
_KK_MEDIA = re.compile(r"БАҚ|[Жж]урналист|[Тт]ілші")


def _kazakh_visits_to_headquarters(text: str) -> list[Hit]:
    """«… штабына … келді»: a visit to a headquarters by anyone but the media, as a strong cue."""
    return [
        Hit(m.start(), m.end(), _CAME_TO_HQ, "event_strong", "other")
        for m in _KK_CAME_TO_HQ.finditer(text) if not _KK_MEDIA.search(text, max(0, m.start() - 40), m.end())
    ]


def _may_be_instead(text: str) -> bool:
    """False only where no word of replacing stands in the text (a look with `in`)."""
    low = text.lower()
    return "instead" in low or "вместо" in low or "орнына" in low


_INSTEAD_BEFORE = re.compile(r"(?:\binstead\s+of(?:\s+(?:a|an|the|its|their|his|her))?|(?<!\w)вместо)\s+$", re.IGNORECASE)
_KK_INSTEAD_AFTER = re.compile(r"\w*\s+орнына(?!\w)", re.IGNORECASE)


def _named_to_come(text: str, hit: Hit, lang: str, res: Resources) -> bool:
    """An activity word with words that name it as still to come right before it or right after
    it (`cues.yaml` future.activity_to_come)."""
    before, after = res.future.to_come_before[lang], res.future.to_come_after[lang]
    return bool(before.search(text, max(0, hit.start - 60), hit.start) or after.match(text, word_end(text, hit.end)))


# A verb of giving before "mandates" in its clause: the voters' mandates (requests), no seats.
_MANDATES_GIVEN_BEFORE = re.compile(r"\b(?:gave|given|handed|give|gives|entrusted)\b[^.;:]*$", re.IGNORECASE)


# A verb of asking and the word that opens the indirect question after it.
_ASKED_WH = re.compile(
    r"\b(?:asked|asking|wanted to know|wondered)\s+(?:[\w'’-]+\s+){0,2}?(?:how|whether|if|what|why|when|where)\b"
    r"|(?<!\w)(?:спрашивал\w*|спросил\w*|интересовал\w*|хотели узнать)\s*,\s*(?:как|когда|почему|зачем|что|будет ли|ли)(?!\w)",
    re.IGNORECASE,
)


def _in_question(text: str, hit: Hit, asked: list[int]) -> bool:
    """Whether a word stands in the question a verb of asking opens, before its sentence ends."""
    i = bisect_right(asked, hit.start) - 1
    return i >= 0 and not _SENTENCE_END.search(text, asked[i], hit.start)


# A Kazakh postposition of what is told of, right after a word: «кездесулер туралы», about the meetings;
# an English report on something, before it: "reports from district coordinators on the meetings held".
_KK_ABOUT = re.compile(r"\s+(?:туралы|жайлы|жөнінде)(?!\w)", re.IGNORECASE)
# (a report on them, «… өткен кездесулер мен … туралы есеп берді»: what runs up to it)
_KK_REPORT_ON = re.compile(r"(?:\s+[^\s.;!?]+){0,6}?\s+(?:туралы|жайлы|жөнінде)\s+есеп", re.IGNORECASE)
# (reports "on the meetings held", «отчитались о проведённых встречах»: the people of a body
# giving an account, not the newsroom reporting)
_REPORTS_ON = re.compile(
    r"\breports?\s+(?:[\w-]+\s+){0,4}?(?:on|about)\s+(?:the\s+)?(?:[\w-]+\s+)?|\breported\s+on\s+(?:the\s+)?(?=meetings\s+(?:held|conducted))"
    r"|(?:отчита\w*|отч[её]т\w*|доклад\w*|доложи\w*)\s+о(?:б)?\s+(?:проведенн|проведённ|прошедш)\w*\s+",
    re.IGNORECASE,
)


def _reported_on(text: str, hit: Hit, lang: str) -> bool:
    """Whether an activity word names what was reported on (`_KK_ABOUT`, `_REPORTS_ON`)."""
    if lang == "kk":
        after = word_end(text, hit.end)
        return (hit.kind in _ACTIVITY_CUES and _KK_ABOUT.match(text, after) is not None) or _KK_REPORT_ON.match(text, after) is not None
    # (what was reported runs on to the end of the sentence: "on the meetings held with voters
    # and the posters put up")
    return any(
        m.end() <= hit.start and not _SENTENCE_END.search(text, m.end(), hit.start)
        for m in _REPORTS_ON.finditer(text, max(0, hit.start - 80), hit.start)
    )


def _replaced(text: str, hit: Hit) -> bool:
    """An activity word right after "instead of" («вместо»), or before Kazakh «орнына»."""
    return bool(_INSTEAD_BEFORE.search(text, max(0, hit.start - 20), hit.start) or _KK_INSTEAD_AFTER.match(text, hit.end))


# A verb of meeting with nobody after it: "activists and politicians met in Almaty on March 24",
# «представители блока встретились в Алматы» — the subjects met one another (codebook 5: a
# meeting of the campaign's own people is other), not voters. The verb is followed by a place,
# a day or the clause's end, and the sentence names nobody met with ("with", «с», «со»).
_RECIPROCAL_VERB = {"en": frozenset({"met", "meet", "meets"}), "ru": frozenset({"встретились", "встречаются", "собрались"})}
_RECIPROCAL_AFTER = re.compile(r"\s*(?:[,.;:!?]|$|(?:in|at|on|today|yesterday|в|во|на|чтобы|сегодня|вчера)\b)", re.IGNORECASE)
_MET_WITH = re.compile(r"(?<!\w)(?:with|с|со|together)(?!\w)", re.IGNORECASE)
GATHERED = Entry("event_weak", "other")
# Who gathering makes a meeting of their own: campaign people, a party body's members or the
# party's own organisations («собрались члены Политического совета, … партийный актив»).
_GATHERERS = ("campaign_actor", "party_body", "internal_audience")
# The campaign's own people gathered with nobody else named (read in `read_paragraph`): verbs of
# gathering that say people came together (not that they went out or came somewhere), the end of
# a sentence or clause the gatherers may not cross, and signatures, which are gathered too
# («121 мыңнан аса қол жиналды», «собралось 17 тысяч подписей»).
_GATHERED_THEMSELVES = re.compile(r"gathered|assembled|собрались|собралось|собрался|жиналды|жиналып", re.IGNORECASE)
_GATHERERS_END = re.compile(r"[.!?:;]\s")
_SIGNATURES = re.compile(r"(?<!\w)(?:қол|signatures?|подпис\w*)(?!\w)", re.IGNORECASE)


def _with_reciprocal_meetings(text: str, hits: list[Hit]) -> list[Hit]:
    changed = False
    out = []
    for h in hits:
        if h.kind == "event_weak" and h.value == "voter_meeting" and text[h.start : h.end].lower() in _RECIPROCAL_VERB.get(h.entry.lang, ()):
            start, end = _sentence_around(text, h.start, h.end)
            if _RECIPROCAL_AFTER.match(text, h.end) and not _MET_WITH.search(text, h.end, end):
                out.append(Hit(h.start, h.end, GATHERED, "event_weak", "other"))
                changed = True
                continue
        out.append(h)
    return out if changed else hits


# Words of calling for something: a boycott or a cancellation called for, demanded, proposed or
# voted for ("called for the election to be boycotted", «призвали бойкотировать выборы», «бойкот
# жариялауға шақырды», «бойкот жариялауды ұсынамын», "participants voted for a boycott", «бойкот
# жариялауды жақтап дауыс берді») is what the callers want, not an activity that did not take place.
_CALLED_FOR_BEFORE = re.compile(
    r"(?:\b(?:call\w*|demand\w*|urg\w*|voted for|voted in favour of|propos\w*|spoke in favour of)|(?<!\w)(?:призыв\w*|призва\w*|требова\w*|потребова\w*|проголосовал\w* за|предлож\w*|высказал\w* за))[^.;!?]{0,40}$|(?<!\w)за\s+$",
    re.IGNORECASE,
)
_CALLED_FOR_AFTER = re.compile(r"[^.;!?]{0,30}?(?<!\w)(?:шақыр\w*|талап ет\w*|ұсын\w*|жақта\w*|үшін)", re.IGNORECASE)
# (of these, only a call asks the people met to do what a word of procedure names: «учаскелеріне
# келуге шақырды»; «үшін», "for", follows any word)
_CALLED_ON_AFTER = re.compile(r"[^.;!?]{0,30}?(?<!\w)шақыр\w*", re.IGNORECASE)
# A concessive conjunction before a word of refusal: "a rally is taking place, even though the
# akimat refused permission", «несмотря на то, что акимат отказал»: what was refused is the
# permission, and the activity took place (codebook 1).
_CONCESSIVE_BEFORE = re.compile(
    r"(?:\b(?:even though|although|though|despite)|(?<!\w)(?:несмотря на|хотя|қарамастан))[^.;!?]{0,60}$", re.IGNORECASE
)


def _in_a_relative_clause(text: str, hit: Hit) -> bool:
    """A word of an activity not held, or of procedure, inside a Russian relative clause
    («филиала партии «Байтак», которая пока не прошла регистрацию»): it tells of the noun the
    clause is about, not whether the reported activity took place. (English "which"/"who"
    clauses were tried too: on the blind sets they made a false event and found none.)"""
    opening = _RELATIVE_OPENING.search(text, max(0, hit.start - 60), hit.start)
    return opening is not None and "," not in text[opening.end() : hit.start]


# A noun phrase set off by commas right after a party's name: what the party is (", one of
# the three parties with seats in parliament,"), not what it did.
_APPOSITION = re.compile(r",\s+((?:one of|a|an|the)\s[^,.;:!?()\"“”]{3,80}),", re.IGNORECASE)
# A comma and the word that opens a Russian relative clause.
_RELATIVE_OPENING = re.compile(r",\s*(?:котор\w+|где)\b", re.IGNORECASE)


# A few words in quotation marks: a slogan chanted or written on a placard ("Boycott!", «Нет
# выборам без выбора!»), or a name.
_SHORT_QUOTE = re.compile(r"[\"“«][^\"“”«»\n]{1,60}[\"”»]")


def _in_short_quote(text: str, hit: Hit) -> bool:
    """A word of an activity not held inside a slogan or a name in quotation marks ("chanting
    'Boycott!'"): the people's words, not the report's word on whether anything was held."""
    if '"' not in text and "“" not in text and "«" not in text:
        return False
    return any(m.start() < hit.start and hit.end < m.end() for m in _SHORT_QUOTE.finditer(text, max(0, hit.start - 61), hit.end + 61))


def _called_for(text: str, hit: Hit) -> bool:
    """A word of an activity not held that stands in a call for it (`_CALLED_FOR_BEFORE`), or
    after a concessive conjunction (`_CONCESSIVE_BEFORE`: the permission refused, not the activity)."""
    return bool(
        _CALLED_FOR_BEFORE.search(text, max(0, hit.start - 50), hit.start) or _CALLED_FOR_AFTER.match(text, hit.end)
        or _CONCESSIVE_BEFORE.search(text, max(0, hit.start - 80), hit.start)
    )


def _nothing_named(text: str, hit: Hit, hits: list[Hit], starts: list[int]) -> bool:
    """«не будет» ("there will be none") that names no activity: neither an infinitive after
    it («не будет участвовать») nor an activity cue in its clause («встречи не будет»).
    «Популизма от партии не будет», a debater's promise, tells nothing about the party's acts."""
    if text[hit.start : hit.end].lower() != "не будет":
        return False
    following = _WORD_AFTER.match(text, hit.end)
    if following is not None and morphology.is_infinitive(following.group(1)):
        return False
    clause = bisect_right(starts, hit.start) - 1
    return not any(h.kind in _NAMED_ACTIVITY and bisect_right(starts, h.start) - 1 == clause for h in hits)


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_KK_TRIED_LUCK = re.compile(r"бақ\s+сына", re.IGNORECASE)


_ACTIVITY_CUES = frozenset({"event_strong", "event_weak"})
_TO_COME = frozenset({"audience", "program_presented", "topic_frame"})  # (read only where told as done)
_NAMED_ACTIVITY = _ACTIVITY_CUES | {"event_anaphora"}  # (and "the rally" pointing back to one told before)
_SENTENCE_END = re.compile(r"[.!?]\s")
_REPORTED = _NAMED_ACTIVITY | {"audience", "topic"}  # (what a report "on the meetings held with voters" names)


_WITH_WORDS = ("с ", "со ", "with ")
_KK_WITH_ENDINGS = ("мен", "бен", "пен")


def _named_with(text: str, hit: Hit, spans: list[tuple[int, int]]) -> bool:
    """Whether a cue names the people "with" whom the activity of one of `spans` is held."""
    words = text[hit.start : hit.end].lower()
    return any(
        (words.startswith(_WITH_WORDS) and end <= hit.start <= end + 1) or (words.endswith(_KK_WITH_ENDINGS) and start - 1 <= hit.end <= start)
        for start, end in spans
    )


def _without_begun_inside(hits: list[Hit], kinds: frozenset[str], spans: list[tuple[int, int]], text: str = "") -> list[Hit]:
    """The hits, less those of `kinds` that begin inside one of `spans`, and the audience words
    inside those (the people of an activity only named: "the planned meetings with voters")."""
    dropped = [h for h in hits if h.kind in kinds and _in_spans(spans, h)]
    if text:
        # (and the people named with it, their own cue, right after it or, in Kazakh, right
        # before it: «график встреч | с избирателями», "schedule of meetings | with voters",
        # «сайлаушылармен | кездесу кестесі»)
        for h in hits:
            if h.kind in kinds and h not in dropped and _named_with(text, h, spans):
                dropped.append(h)
    if not dropped:
        return hits
    gone = {id(h) for h in dropped}
    return _without_their_people([h for h in hits if id(h) not in gone], dropped)


def _without_their_people(hits: list[Hit], dropped: list[Hit]) -> list[Hit]:
    """The hits, less the audience words inside activity words no longer read as reported
    ("meetings with voters" planned, or told in an account): those people were not met here."""
    return [h for h in hits if h.kind != "audience" or not any(d.start <= h.start and h.end <= d.end for d in dropped)]


def _told_how(text: str, weak: list[Hit], lang: str) -> set[int]:
    """The ids of the weak activity words inside an account of how something goes: from a verb
    of telling followed by "how" (English) to the sentence's end, or, in Kazakh, from «қалай»
    to the verb of telling that closes it."""
    accounts = [(m.start(), _sentence_around(text, *m.span())[1]) for m in _TOLD_HOW[lang].finditer(text)]
    return {id(h) for h in weak if _in_spans(accounts, h)} if accounts else set()


_TOLD_HOW = {
    "en": re.compile(r"\b(?:described|explained(?:\s+to\s+[\w.-]+)?|told\s+[\w.-]+|said)\s+how\b", re.IGNORECASE),
    "kk": re.compile(r"(?<!\w)қалай\s+(?:[\w-]+\s+){0,3}[\w-]+(?:ын|ін|н)\s+(?:түсіндірді|айтты|әңгімеледі|баяндады)", re.IGNORECASE),
}


def _periods_begun(periods: list[Hit], strong: list[Hit]) -> set[int]:
    """The ids of the campaign-period hits that an activity's words begin inside and run past:
    the verb of setting about the campaign («науқанына кірісті», «науқанын бастады»)."""
    return {
        id(p) for p in periods
        if any(p.start <= h.start < p.end < h.end and h.value == "campaign_tour" for h in strong)
    }


def _delegates_from(text: str, place: Mention, lang: str) -> bool:
    """Whether a place is where delegates came from ("delegates from all regions and from
    Astana", «делегаты всех областей, а также Астаны», «Астанадан келген делегаттар»): the
    places they represent, not the venue of the gathering (codebook 4)."""
    if lang == "kk":
        return _KK_DELEGATES_AFTER.match(text, place.end) is not None
    pattern = _DELEGATES_BEFORE.get(lang)
    return (
        pattern is not None and pattern.search(text, max(0, place.start - 60), place.start) is not None
        and _VENUE_BEFORE.search(text, max(0, place.start - 4), place.start) is None  # («собрались в Астане»: where they met)
    )


_DELEGATES_BEFORE = {
    "ru": re.compile(r"(?<!\w)делегат\w*\s+(?:из\s+)?(?:[\w-]+,?\s+){0,8}$", re.IGNORECASE),
    "en": re.compile(r"\bdelegates?\s+(?:from|of)\s+(?:[\w-]+,?\s+){0,8}$", re.IGNORECASE),
}
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:в|во|in|at)\s+$", re.IGNORECASE)
_KK_DELEGATES_AFTER = re.compile(r"\w*\s+келген\s+делегат", re.IGNORECASE)


def _venue_to_come(text: str, place: Mention, lang: str, res: Resources) -> bool:
    """Whether a place is where a gathering still to come will be held ("the congress, to be held
    in Nur-Sultan", «Нұр-Сұлтанда өтетін съезд»): no venue of what the paragraph reports
    (codebook 4, as a future destination)."""
    pattern = res.future.venue_to_come.get(lang)
    if pattern is None:
        return False
    if lang == "kk":
        return pattern.match(text, place.end) is not None
    return pattern.search(text, max(0, place.start - 60), place.start) is not None


def _to_come(hit: Hit, planned: dict[int, int], starts: list[int], lang: str) -> bool:
    """Whether a hit stands where the people and talk of its clause's planned activity are:
    after the activity's word, or anywhere in a Kazakh clause, which ends with its verb
    («тұрғындармен кездесіп, бағдарламаларын таныстырмақ»)."""
    edge = planned.get(bisect_right(starts, hit.start) - 1)
    return edge is not None and (lang == "kk" or hit.start > edge)


def _without_inside(hits: list[Hit], kinds: frozenset[str], spans: list[tuple[int, int]]) -> list[Hit]:
    """The hits, less those of `kinds` that lie inside one of `spans`."""
    return [h for h in hits if h.kind not in kinds or not any(s <= h.start and h.end <= e for s, e in spans)]


def _opens_unquoted_sentence(text: str, start: int) -> bool:
    """Whether a word opens a sentence that stands outside any quotation: nothing but a
    dateline's or a sentence's end before it, no quotation mark left open, and no dash of
    direct speech opening the paragraph."""
    before = text[:start]
    if before.strip() and not before.rstrip().endswith((".", "!", "?")):
        return False
    if text.lstrip()[:1] in _SPEECH_OPENERS:
        return False
    return before.count("«") <= before.count("»") and before.count("“") <= before.count("”") and before.count('"') % 2 == 0


_SPEECH_OPENERS = frozenset("–—-«“\"")
_KK_HOUSING = re.compile(r"тұрғын\s+үй", re.IGNORECASE)
_PEOPLE_WORDS = frozenset({"audience", "street_people"})


def _an_unquoted_question(text: str, start: int, end: int) -> bool:
    """A sentence that ends in a question mark and holds no quotation (a question asked in
    someone's words is reported speech, the meeting where it was asked no less held)."""
    sentence = text[start:end].rstrip()
    return sentence.endswith("?") and not any(mark in sentence for mark in '«»"“”')


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence that holds [start, end), cut at a full stop and a space."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0, after.start() + 1 if after else len(text))


# Kinds of hits that are the report's own words about an activity and its people.
_REPORT_WORDS = frozenset({"event_strong", "event_weak", "event_anaphora", "audience", "audience_always", "internal_audience"})


# Words after a quoted name that make it the name of a gathering («Амал мерекесі» тойы, the
# "Amal holiday" feast; акция «…», "the '…' festival"): its words then name the event.
_NAMED_EVENT_AFTER = re.compile(
    r"[»”\"]?\s+(?:той\w*|шара\w*|акци[ияюе]\w*|мереке\w*|фестивал\w*|концерт\w*|festival\w*|concert\w*|celebration\w*|"
    r"праздник\w*)",
    re.IGNORECASE,
)


def _without_cues_in_names(text: str, hits: list[Hit], quoted: list[tuple[int, int]]) -> list[Hit]:
    """A short name in quotation marks (`quoted`: the paragraph's `_quoted_names`) is a name,
    not the report's words: «Халықпен бірге!» (a programme called "Together with the people!")
    meets nobody. A gathering's name is the exception: «Амал мерекесі» тойы (the "Amal
    holiday" feast) still names the event."""
    names = [(start, end) for start, end in quoted if not _NAMED_EVENT_AFTER.match(text, end)]
    if not names:
        return hits
    return [h for h in hits if h.kind not in _REPORT_WORDS or not any(start <= h.start and h.end <= end for start, end in names)]


# Words that make the people after them companions of the actor, not people met: "together
# with the akim of the region he toured the districts", «вместе с акимом области», «әкіммен
# бірге» (codebook 5: a meeting with the party's own people or officials is `other`; going
# somewhere with them is not meeting them).
_COMPANION_BEFORE = re.compile(r"(?:\b(?:together|along)(?:\s+with)?|(?<!\w)(?:вместе|совместно)(?:\s+со?)?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_COMPANION_AFTER = re.compile(r"\s+(?:бірге|бірлесіп)(?!\w)", re.IGNORECASE)


_MET_PEOPLE_TYPES = frozenset({"voter_meeting", "labour_collective_meeting"})


def _a_companion(text: str, hit: Hit) -> bool:
    return bool(_COMPANION_BEFORE.search(text, max(0, hit.start - 40), hit.start) or _COMPANION_AFTER.match(text, word_end(text, hit.end)))


def _without_words_of_cues(text: str, hits: list[Hit]) -> list[Hit]:
    """A word of procedure or results that is part of an activity's own words is no word of
    procedure: «подвели итоги» (summed up) holds «итоги» (results). Nor is one that stands in
    a call ("urged them to turn out at the polling stations", «призвали прийти на избирательные
    участки», «сайлау учаскелеріне келуге шақырды"): the vote is what the callers asked for,
    and the meeting at which they asked is no report of procedure (codebook 1)."""
    cues = [(h.start, h.end) for h in hits if h.kind in ("event_weak", "event_strong")]
    return [
        h for h in hits
        if h.kind != "non_event" or not (
            any(start <= h.start and h.end <= end and (start, end) != (h.start, h.end) for start, end in cues)
            or _CALLED_FOR_BEFORE.search(text, max(0, h.start - 50), h.start) or _CALLED_ON_AFTER.match(text, h.end)
            or _PEOPLES_OWN_BEFORE.search(text, max(0, h.start - 12), h.start)
        )
    ]


def _without_working_places(text: str, hits: list[Hit]) -> list[Hit]:
    """Russian «рабочие места» are jobs, not workers: «с рабочими местами в угольных городах»
    (jobs in coal towns) meets no staff and names nobody (its «рабоч…» is an adjective)."""
    return [h for h in hits if h.kind == "topic" or not (_WORKERS_WORD.search(text, h.start, h.end) and _PLACES_AFTER.match(text, word_end(text, h.end)))]


_WORKERS_WORD = re.compile(r"(?<!\w)рабоч", re.IGNORECASE)
_PLACES_AFTER = re.compile(r"\s+мест", re.IGNORECASE)


# A possessive of the people met before a word of grievance: "listened to their complaints", «выслушал
# их жалобы», «олардың шағымдарын»: the complaints were heard at the meeting, none was filed.
_PEOPLES_OWN_BEFORE = re.compile(r"(?:\btheir|(?<!\w)(?:их|свои|олардың))\s+$", re.IGNORECASE)


def _may_hold_homographs(text: str, homographs: tuple[str, ...]) -> bool:
    """False only where no word of `homographs` can stand in the text (a look with `in`)."""
    low = text.lower()
    return any(h.rstrip("*") in low for h in homographs)


def _kazakh_homograph(text: str, hit: Hit, homographs: tuple[str, ...]) -> bool:
    """Whether the word a Russian cue's hit starts is a Kazakh word it misreads (`*` a stem)."""
    word = text[hit.start : word_end(text, hit.end)].lower()
    return any(word.startswith(h[:-1]) if h.endswith("*") else word == h for h in homographs)


# The Nauryz holiday is also the Kazakh name of March: after a day's number it dates.
_KK_MONTH_AS_HOLIDAY = re.compile(r"наурыз", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\d\s+$")


def _with_petition_frames(text: str, hits: list[Hit], starts: list[int]) -> list[Hit]:
    """People who turned to campaigners: a group of people, a verb of complaining or asking at
    most four words after it and campaigners in the clause ("Passengers complained to the
    party's activists", «Фермеры пожаловались кандидатам», «Фермерлер кандидаттарға …
    шағымданды») is read as a weak cue of a meeting with them (codebook 5), spanning both."""
    campaigners = {
        sentence_of(starts, h.start) for h in hits
        if h.kind == "campaign_actor" or (h.kind == "role" and h.value in CAMPAIGN_ROLES)
    }
    # (or a pronoun for the campaigners the paragraph names: "where pensioners asked him about
    # pensions", «где пенсионеры спрашивали его», «онда зейнеткерлер одан … сұрады»)
    verbs = [h for h in hits if h.kind == "petition_verb" and (sentence_of(starts, h.start) in campaigners or whom_asked(text, h) is not None)]
    subjects = [
        h for h in hits
        if (h.kind == "campaign_actor" or (h.kind == "role" and h.value in CAMPAIGN_ROLES)) and _campaigner_as_subject(text, h)
    ]
    added = []
    # (a workplace's people who turned to campaigners are its staff met: «Работники завода задали
    # свои вопросы кандидату», "Workers of the plant put their questions to the candidate")
    for group in (h for h in hits if h.kind in ("audience", "workforce")):
        if _kk_nominative_group(text, group) and any(h.end <= group.start and sentence_of(starts, h.start) == sentence_of(starts, group.start) for h in subjects):
            continue  # «Кандидат … халық бірлігі … туралы айтты»: the campaigner speaks of the people
        for verb in verbs:
            if group.kind == "workforce" and not _ASKING.search(text, verb.start, verb.end + 25):
                continue  # (a staff told of, «медицина қызметкерлері екенін жеткізді», asked nothing)
            gap = _KK_PETITION_GAP if verb.entry.lang == "kk" else _PETITION_GAP
            if (
                group.end <= verb.start and sentence_of(starts, group.start) == sentence_of(starts, verb.start)
                and gap.fullmatch(text, group.end, verb.start) and not _GOVERNED_GROUP_AFTER.match(text, group.end)
                and not _GOVERNED_GROUP_BEFORE.search(text, max(0, group.start - 12), group.start)
            ):
                added.append(Hit(group.start, verb.end, audience_mod.ADDRESSED, "event_weak", "voter_meeting"))
                break
    return _sorted_by_start_longest(hits + added) if added else hits


def _with_addressee_frames(text: str, hits: list[Hit], starts: list[int], lang: str, pointers: list[Hit] | None = None) -> list[Hit]:
    """People who turned to campaigners, told from the side of whom they addressed: a verb of
    complaining, asking or telling whose object is campaigners ("Doctors told the Baitak
    candidate", "Villagers complained to the People's Party team", "raised the quality of
    education with Respublica candidates", «Шахтёры пожаловались кандидатам», «Сельчане
    попросили кандидата»), with people before the verb and no campaigner, commission or
    procedure there, is read as a weak cue of a meeting with those people (codebook 5), spanning
    the clause up to the campaigners. The people need not be a group the codebook gives a code
    (parents, doctors, shop owners): who turned to the campaigners tells that they were met.
    English needs no people word before the verb; Russian needs the campaigners out of the
    nominative (not «рассказал кандидат», where the campaigner speaks) and people before the
    verb: a group of the audiences or an animate noun in the nominative plural; there, any verb
    in the past right before the campaigners serves («Жители высказали кандидатам свои наказы»,
    «студенты засыпали кандидата вопросами», «пенсионерки угостили агитаторов чаем»), but those
    of voting and procedure («поддержали», «избрали», «выдвинули»). (Read only in
    paragraphs with no activity word of their own: where one is told, the people who spoke are
    its audience, read with it.)"""
    campaigners = [h for h in hits if h.kind in ("campaign_actor", "party") or (h.kind == "role" and h.value in CAMPAIGN_ROLES)]
    if pointers:  # (pronouns pointing back to the campaigners of the event before)
        campaigners = sorted(campaigners + pointers, key=lambda h: h.start)
    verbs = [h for h in hits if h.kind == "petition_verb" and h.entry.lang in ("en", "ru")]
    if lang == "ru":
        verbs += _russian_verbs_before(text, campaigners, {h.start for h in verbs})
    added = []
    for verb in verbs:
        clause = sentence_of(starts, verb.start)
        start = starts[clause]
        before = [h for h in hits if start <= h.start < verb.start]
        if any(h in campaigners or h.kind in _NO_PEOPLE_BEFORE for h in before) or not _WORD.search(text[start:verb.start]):
            continue
        russian = verb.entry.lang == "ru"
        if russian and not (any(h.kind == "audience" for h in before) or any(morphology.is_people(w) for w in _WORD.findall(text[start:verb.start]))):
            continue
        gap = _RU_TO_ADDRESSEE if russian else _EN_TO_ADDRESSEE
        target = next(
            (h for h in campaigners if h.start >= verb.end and sentence_of(starts, h.start) == clause and gap.fullmatch(text, verb.end, h.start)),
            None,
        )
        if target is None or (russian and not _oblique(text, target)):
            continue
        # (from the group of people before the verb, who are the ones met)
        first = min((h.start for h in before if h.kind == "audience"), default=verb.start)
        added.append(Hit(first, target.end, audience_mod.ADDRESSED, "event_weak", "voter_meeting"))
        if target.entry is _POINTER:
            added.append(target)  # (the campaigners pointed back to act here)
    return _sorted_by_start_longest(hits + added) if added else hits


def _with_kazakh_addressee_frames(text: str, hits: list[Hit], sentences: list[int]) -> list[Hit]:
    """Kazakh people who turned to campaigners, as `_with_addressee_frames` reads Russian: a group
    of people in the nominative, then in its sentence campaigners in the dative or accusative (or
    a name after their word in that case: «кандидаты Берік Дүйсембиновке») and a verb of telling,
    asking, welcoming or honouring after them («Ауыл тұрғындары «Ауыл» партиясының кандидаттарын
    нан-тұзбен қарсы алды», «… кандидатқа ауылдың жайын баяндады») is read as a weak cue of a
    meeting with those people (codebook 5), spanning the group to the verb."""
    campaigners = [h for h in hits if h.kind == "campaign_actor" or (h.kind == "role" and h.value in CAMPAIGN_ROLES)]
    added = []
    for group in (h for h in hits if h.kind == "audience" and _kk_nominative_group(text, h)):
        first = sentence_start(sentences, group.start)
        if any(first <= c.start < group.start for c in campaigners):
            continue  # (campaigners before the people: they speak of or to them, read elsewhere)
        later = bisect_right(sentences, group.start)
        end = sentences[later] if later < len(sentences) else len(text)
        target = next((c for c in campaigners if group.end <= c.start < end), None)
        if target is None:
            continue
        after = word_end(text, target.end)
        name = _KK_NAME_AFTER.match(text, after)
        last = (name.group(0).split()[-1] if name else text[target.start : after]).lower()
        if not _KK_ADDRESSED_END.search(last) or _KK_WITH_END.search(last):
            continue
        verb = _KK_TURNED_TO.search(text, name.end() if name else after, end)
        if verb is not None:
            added.append(Hit(group.start, verb.end(), audience_mod.ADDRESSED, "event_weak", "voter_meeting"))
    return _sorted_by_start_longest(hits + added) if added else hits


# A name after a Kazakh campaigner's word (one or two capitalised words), which carries its case.
_KK_NAME_AFTER = re.compile(r"\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?")
# The dative and accusative endings of a Kazakh noun or name: «кандидатқа», «кандидаттарға»,
# «Дүйсембиновке», «кандидатты», «кандидаттарын», «Сарымды»; not the comitative («бастамасымен»).
_KK_ADDRESSED_END = re.compile(r"(?:[гқк]а|[гк]е|н[ае]|[нтд][ыі]|н)$")
_KK_WITH_END = re.compile(r"[мбп]ен$")
# Verbs of people telling, asking, welcoming or honouring those they turned to.
_KK_TURNED_TO = re.compile(
    r"(?<!\w)(?:айтты|айтып|баяндады|баяндап|жеткізді|жеткізіп|сұрады|сұрап|сауал қойды|сұрақ қойды|сұрақтарын қойды|"
    r"қарсы алды|қарсы алып|күтіп алды|күтіп алып|тосып алды|шағымданды|шағымданып|алғыс айтты|ризашылығын білдірді|"
    r"құрмет көрсетті|шапан жапты|шапан жауып|бата берді|батасын берді|батасын беріп|сұрақтың астына алды)(?!\w)",
    re.IGNORECASE,
)


def _russian_verbs_before(text: str, campaigners: list[Hit], taken: set[int]) -> list[Hit]:
    """Russian verbs in the past right before campaigners (a preposition may stand between),
    as hits of the kind the addressee frame reads."""
    out = []
    for target in campaigners:
        before = _RU_VERB_BEFORE.search(text, max(0, target.start - 40), target.start)
        if before is None or before.start(1) in taken:
            continue
        lemma = morphology.past_verb_lemma(before.group(1).lower())
        if lemma is not None and lemma not in _NOT_TURNING_TO:
            out.append(Hit(before.start(1), before.end(1), _ADDRESSEE_VERB, "petition_verb", "ru"))
            taken.add(before.start(1))
    return out


_RU_VERB_BEFORE = re.compile(r"(?<!\w)([А-Яа-яЁё]+)\s+(?:(?:к|ко|перед|с|со|у)\s+)?$")
_ADDRESSEE_VERB = Entry("petition_verb", "past verb", lang="ru")
# Verbs whose people act on campaigners without meeting them: voting, choosing, nominating,
# registering, refusing.
_NOT_TURNING_TO = frozenset({
    "поддержать", "избрать", "выбрать", "выдвинуть", "зарегистрировать", "отказать", "утвердить", "проголосовать",
    "отдать", "назвать", "включить", "исключить", "снять", "допустить", "признать",
})


# Words that point back to the campaigners of the event told before, as the object of people's
# asking or complaining ("the villagers asked him about…", «жители пожаловались ему»).
_ADDRESSEE_POINTERS = {
    "en": re.compile(r"\b(?:him|her|them|the guests|the visitors|the team|the delegation)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:ему|ей|гостям|гостей|его|её|ее)(?!\w)", re.IGNORECASE),
}
_POINTER = Entry("campaign_actor", "pointer")
# What stands before the verb in a clause whose people turned to campaigners: none of these.
_NO_PEOPLE_BEFORE = frozenset({"commission_event", "non_event", "reporter", "commentator"})
_WORD = re.compile(r"\w+")
# Between the verb and the campaigners it is addressed to: "to", "with", "the", or the issue
# raised before "with" ("raised the quality of education with Respublica candidates").
_EN_TO_ADDRESSEE = re.compile(r"\s+(?:(?:[^\s.,;:!?]+\s+){0,8}?with\s+|to\s+)?(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_RU_TO_ADDRESSEE = re.compile(r"\s+(?:(?:к|ко|перед|с|со|у)\s+)?", re.IGNORECASE)


# The Kazakh case endings of a group of people out of the nominative («тұрғындарынан сұрады»,
# asked the residents), a plural's own ending aside.
_KK_OBLIQUE = re.compile(r"(?:[гқк]а|[гк]е|[нтд][ае]|[нтд][ыі]|[нтд][ыі]ң|[дтн][ае]н|[мбп]ен|н)$")
_KK_PLURAL = re.compile(r"[лтд][ае]р$")


def _kk_nominative_group(text: str, group: Hit) -> bool:
    """Whether a Kazakh group of people stands in the nominative, as a subject would."""
    if group.entry.lang != "kk":
        return False
    word = text[group.start : word_end(text, group.end)].lower()
    return _KK_PLURAL.search(word) is not None or _KK_OBLIQUE.search(word) is None


# The endings a Kazakh campaigner word takes as the subject of its clause: none, the plural,
# the possessive («партияның кандидаты»), or both («кандидаттары»).
_KK_SUBJECT_ENDING = re.compile(r"(?:[тлд][ае]р)?(?:ы|і|сы|сі)?")


def _campaigner_as_subject(text: str, hit: Hit) -> bool:
    """Whether a Kazakh campaigner word is in the nominative, the subject of its clause: a
    group of people in the nominative after it in that clause is then spoken of, not speaking."""
    if hit.entry.lang != "kk" or not isinstance(hit.value, str) or not hit.value.endswith("*"):
        return False
    word = text[hit.start : word_end(text, hit.end)].lower()
    stem = hit.value.rstrip("*")
    return word.startswith(stem) and _KK_SUBJECT_ENDING.fullmatch(word, len(stem)) is not None


def _oblique(text: str, hit: Hit) -> bool:
    """Whether a Russian campaigner's first word is out of the nominative («кандидатам»,
    «кандидата»), the object of the verb before it rather than its subject."""
    word = _WORD.match(text, hit.start)
    return word is not None and not morphology.is_nominative(word.group())


# A group governed by a preposition or postposition is nobody who spoke: «фермерлер үшін …
# қолдайтынын айтты» (said he supports … for farmers), «для фермеров», "about pensioners".
_GOVERNED_GROUP_AFTER = re.compile(r"\s+(?:үшін|туралы|жайлы|жөнінде|арасында|сияқты|секілді)(?!\w)")
_GOVERNED_GROUP_BEFORE = re.compile(r"(?<!\w)(?:for|about|для|о|об|про)\s+$", re.IGNORECASE)
def whom_asked(text: str, verb: Hit) -> tuple[int, int] | None:
    """The pronoun of people a verb of asking or complaining turned to, where it has one: right
    after it in English and Russian ("asked him", «спрашивали его»), before it in Kazakh («одан …
    сұрады»). In a paragraph about campaigners it stands for them."""
    if verb.entry.lang == "kk":
        found = _KK_ASKED_WHOM.search(text, max(0, verb.start - 80), verb.start)
    else:
        found = _ASKED_WHOM.match(text, word_end(text, verb.end))
    return found.span(1) if found is not None else None


# (and "the guests", «гостей», «қонақтардан»: the visitors the report is about)
_ASKED_WHOM = re.compile(r"\s+(him|her|them|the guests|его|её|ее|их|им|ему|ей|него|неё|нее|них|нему|ней|гостей|гостям)(?!\w)", re.IGNORECASE)
_KK_ASKED_WHOM = re.compile(r"(?<!\w)(одан|олардан|қонақтардан|қонақтарға)\s+(?:[^\s.!?;]+\s+){0,6}$", re.IGNORECASE)


_PETITION_GAP = re.compile(r"\s*(?:[\w'’«»\"-]+\s+){0,4}")  # ("complained to the party's activists")
# (Kazakh puts the campaigners and the complaint between, the verb last: «Фермерлер
# кандидаттарға жанар-жағармай бағасының қымбаттығына … шағымданды»; ten words also took
# in a group of another clause on dev)
_ASKING = re.compile(r"ask|question|complain|вопрос|спрос|спраш|жалова|жалоб|сұра|сұрақ|сауал|шағым", re.IGNORECASE)
_KK_PETITION_GAP = re.compile(r"\s*(?:[\w'’«»\"-]+,?\s+){0,6}")


# A verb right after a quotation says who spoke ('," Sultangali explained.', «…», – деді,
# «…», – рассказал): it attributes the words, it reports no activity. (Not where a copula
# makes the quotation a name or a motto: '«Trade unions are with you!» was the motto of a
# meeting …', «…» – под таким девизом прошла встреча.)
_ATTRIBUTION = re.compile(r"\s*[,.]?\s*[–—-]?\s*(?:(?!(?:was|were|is|are|became|был|была|было|были|стал|стала)\s)[\w.'’-]+\s+){0,6}", re.IGNORECASE)


def _told_to_people(text: str, hit: Hit, lang: str) -> bool:
    """Whether a verb after a quotation tells whom the words were said to ('," the Auyl
    chairman told the villagers of Merke'): the people addressed were met, and the verb does
    more than attribute the words. In Russian the people are in the dative («рассказал
    жителям»); a resident in the nominative («– рассказала жительница Косшы») is the speaker."""
    if hit.entry is not audience_mod.ADDRESSED:
        return False
    return lang == "en" or _DATIVE_GROUP.search(text, hit.start, word_end(text, hit.end)) is not None


def _attributes_a_quote(text: str, hit: Hit, quote_ends: list[int]) -> bool:
    i = bisect_right(quote_ends, hit.start) - 1
    return i >= 0 and hit.start - quote_ends[i] <= 60 and _ATTRIBUTION.fullmatch(text, quote_ends[i], hit.start) is not None


# A negation right before an activity word ("did not meet", «не прошла», «не состоялась»), and
# the negative forms of a Kazakh verb (өтпеді, кездеспеді, өткізбеген): nothing took place.
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|didn't|wasn't|weren't|hasn't|haven't|hadn't)|(?<!\w)(?:не|ни|так и не))\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_NOT_ONLY = re.compile(r"(?:\bnot\s+only|(?<!\w)не\s+только)\s+(?:\w+\s+)?$", re.IGNORECASE)
# (a negative participle takes case endings too: «каналдар тазартылмағанын айтты», said the canals
# had not been cleaned)
_KK_NEGATIVE = re.compile(r"(?:ма|ме|ба|бе|па|пе)(?:ды|ді|ған|ген|йды|йді|с|ды ма|ғанын|генін|ғанына|геніне)$")
# A participle, the activity word's or the next word's, denied by «жоқ» or «емес»: «кездесу
# өткізген жоқ», «кездескен емес».
_KK_NOT_AFTER = re.compile(r"(?:\s+\w+)?(?<=ған|ген|қан|кен)\s+(?:жоқ|емес)(?!\w)", re.IGNORECASE)


# Kazakh «өтті» after a converb is an auxiliary ("атап өтті", noted; "айтып өтті", mentioned),
# not "took place".
_KK_AUXILIARY_BEFORE = re.compile(r"(?:п|атап)\s+$")
# «қатысты» before a word it qualifies is the postposition 'concerning' («баспанаға қатысты
# мәселелерін», 'their troubles concerning housing'); the verb 'took part' closes its clause
# («жиынға … қатысты.»), or stands before «екен», «еді», «және».
_KK_NOUN_AFTER = re.compile(r"\s+(?!(?:екен|еді|және|да|де|ал)(?!\w))[а-яёәғқңөұүһі]")


_TOLD_KINDS = frozenset({"event_strong", "event_weak"})
_TALLIED_TOUR = Entry("event_strong", "campaign_tour")


# After a verb of saying: the clause said (Russian only with «, что»), not where it was said
# ("announced today at the party's congress", "said during the meeting").
_THAT_AFTER = re.compile(r"\s*,\s*что\b", re.IGNORECASE)
_WHERE_SAID = re.compile(r"\s+(?:\w+\s+)?(?:at|during|on|in|to|before|after|while|as|when)\b", re.IGNORECASE)


# A verb of saying, maybe its speaker, and the word that says where it was said: "announced at
# (the party's 13th congress)", "said Azat Peruashev at", «заявил её лидер на (съезде)». Not
# across a modal: in "says its chairman will speak at a rally" the words are still to be said.
_SAID_AT = re.compile(r"(?:\s+(?!(?:will|would|shall|to)\b)[\w'’-]+){0,4}?\s+(?:at|during|на|в ходе|во время)\s", re.IGNORECASE)
_SETTING = re.compile(r"(?:[\w'’-]+\s+){0,4}")  # (the words of the place before the activity word)
_SPEAKING_AT = re.compile(r"(?<!\w)(?:[Ss]peaking at|[Вв]ыступая на)\s")
_KK_SPOKEN_AT = re.compile(r"(?<=да|де|та|те)\s+(?:(?:сөз\s+)?сөйле|сөз\s+ал)", re.IGNORECASE)


def _where_said(text: str, hit: Hit, said_at: list[int]) -> bool:
    """Whether an activity word names where someone spoke (`said_at`: where the words "at"
    or «на» after a verb of saying end), a few words after them: the setting is a
    gathering held, even where the words spoken there are about the future."""
    i = bisect_right(said_at, hit.start) - 1
    return i >= 0 and _SETTING.fullmatch(text, said_at[i], hit.start) is not None


def _says_what_follows(text: str, hit: Hit) -> bool:
    if hit.entry.lang == "kk":
        # «Сарапшының пікірінше, …» opening the paragraph: what follows is the expert's view
        return len(text[: hit.start].split()) <= 5
    if hit.entry.lang == "ru":
        return _THAT_AFTER.match(text, hit.end) is not None
    return _WHERE_SAID.match(text, hit.end) is None


_ATTRIBUTIONS = ("according to", "in his ", "in her ", "in their ", "по ")


def _a_person_s_account(
    text: str, sentences: list[int], hit: Hit, sources: list[Hit] | tuple[Hit, ...], roles: list[Hit] | tuple[Hit, ...] = ()
) -> bool:
    """"According to him, …", «По словам руководителя штаба, …» opening a sentence: what follows
    in it is a person's account (codebook 1: a statement, not an activity the report tells of),
    unless the words up to the comma name where a fact was learnt ("According to the CEC, …",
    "According to Interfax, …"), or the attribution stands inside the sentence ("the HQ, in its
    head's words, is open"). Activities of the party's own (a congress told by its leader) are
    left out of it where it is read (`read_paragraph`)."""
    start = sentence_start(sentences, hit.start)
    comma = text.find(",", hit.end, hit.end + 60)
    return (
        comma != -1 and len(text[start : hit.start].split()) <= 2
        # (a view is a view whoever holds it: «по мнению организаторов», "in their view"; a
        # source after a person's role is that person's: «по словам председателя партии»)
        and (hit.entry.value.endswith(_VIEWS) or not any(
            hit.end <= s.start < comma and not any(hit.end <= r.start < s.start for r in roles) for s in sources
        ))
    )


_VIEWS = ("view", "opinion", "мнению")


_KK_DATIVE_BEFORE = re.compile(r"(?:ға|ге|қа|ке|на|не)\s+$")


def _a_belief(text: str, hit: Hit) -> bool:
    """A Kazakh verb of belief closing what is believed: «деп сенеді» always, «сенімді» only
    after a word in the dative («қабылдайтынына сенімді»), not as 'reliable' («сенімді серіктес»)."""
    return text[hit.start : hit.start + 5].lower() != "сенім" or _KK_DATIVE_BEFORE.search(text, max(0, hit.start - 4), hit.start) is not None


def _believed(text: str, sentences: list[int], hit: Hit) -> tuple[int, int]:
    """The span believed before a Kazakh verb of belief: its clause, back to a comma, a stop or
    a dash («… акциялар аз өткен жоқ, парламентке өтетінімізге сенімдімін»: the events told
    before the comma are not believed; a quote opening with a dash starts a clause of its own)."""
    start = sentence_start(sentences, hit.start)
    stop = _CLAUSE_MARK.search(text[start : hit.start][::-1])
    return (hit.start - stop.start() if stop else start), hit.start


_CLAUSE_MARK = re.compile(r"[,.!?;:–—]")


def _in_an_account(accounts: list[tuple[int, int]], sentences: list[int], hit: Hit) -> bool:
    """An activity word after a verb of saying in its sentence ("He said the party had met
    5,000 voters", «Он отметил, что партия провела встречи»): someone's account, not the
    report of an activity (codebook 1). `accounts`: the verbs' spans, in order."""
    i = bisect_right(accounts, (hit.start, hit.start)) - 1
    while i >= 0 and accounts[i][1] > hit.start:
        i -= 1
    start = sentence_start(sentences, hit.start)
    return i >= 0 and accounts[i][0] >= start


def _with_phrase_mates(text: str, hits: list[Hit], unheld: list[Hit]) -> set[Hit]:
    """The activity words `unheld` and those of the same phrase: overlapping one of them or
    next to it with only a space between, on either side (Kazakh puts whom the activity was
    with before it: «сайлаушылармен кездесу өткізген жоқ»)."""
    out = set(unheld)
    # (only activity words are looked up in `out`: a hit's hash is its Entry's, computed in Python)
    activity = [h for h in hits if h.kind in ACTIVITY_KINDS]
    reach = -1  # forwards: the end of the phrase of unheld words met so far
    for h in activity:  # (in order of start)
        if h in out:
            reach = max(reach, h.end)
        elif reach >= 0 and h.start <= reach + 1 and not text[reach : h.start].strip():
            out.add(h)
            reach = max(reach, h.end)
    reach = len(text) + 2  # backwards: the start of that phrase
    for h in sorted(activity, key=_END_KEY, reverse=True):
        if h in out:
            reach = min(reach, h.start)
        elif h.end >= reach - 1 and not text[h.end : reach].strip():
            out.add(h)
            reach = min(reach, h.start)
    return out


_END_KEY = itemgetter(1)


# A Kazakh verb made a noun in the accusative, then a verb of saying: what someone said was done
# («сайлаушылармен кездескенін айтты», said that he had met voters): an account (codebook 1).
# Or the noun in the nominative before the verb of saying in the passive, what a gathering was
# told («сайлаушылармен кездескені айтылды», it was said that they had met voters).
_KK_NOUN_ACCUSATIVE = r"(?:ғанын|генін|қанын|кенін|ғандарын|гендерін|қандарын|кендерін)"
_KK_NOUN_NOMINATIVE = r"(?:ғаны|гені|қаны|кені|ғандары|гендері|қандары|кендері)"
_KK_SAID = r"(?:айтты|айтып|атап өтті|атап өтіп|жеткізді|мәлімдеді|хабарлады|баяндады|деді)"
_KK_SAID_PASSIVE = r"(?:айтылды|айтылып|атап өтілді|атап өтіліп)"  # (not «хабарланды», "it was reported": the report's own)
_KK_REPORTED_TAIL = re.compile(  # (its end alone, a cheap look before the whole pattern)
    rf"(?:{_KK_NOUN_ACCUSATIVE}\s+(?:[^\s.,;:!?]+\s+){{0,2}}?(?:айт|атап өт|жеткізді|мәлімдеді|хабарлады|баяндады|деді)"
    rf"|{_KK_NOUN_NOMINATIVE}\s+(?:[^\s.,;:!?]+\s+){{0,2}}?{_KK_SAID_PASSIVE})"
)
# Words each branch of `_KK_REPORTED_TAIL` holds as written (it is case-sensitive): a verb of
# saying (or its stem, «айт», «атап өт»), and a verb made a noun (its nominative ending, which
# the accusative's holds too: «ғаны» in «ғанын»). Most Kazakh paragraphs lack one or the other,
# and `in` tells so before the pattern is tried at every character (a sixth of them hold both).
_KK_SAID_WORDS = ("айт", "атап өт", "жеткізді", "мәлімдеді", "хабарлады", "баяндады", "деді")
_KK_NOUN_ENDINGS = ("ғаны", "гені", "қаны", "кені", "ғандары", "гендері", "қандары", "кендері")


def _may_report_said(text: str) -> bool:
    """False only where `_KK_REPORTED_TAIL` cannot match the text."""
    return any(word in text for word in _KK_SAID_WORDS) and any(ending in text for ending in _KK_NOUN_ENDINGS)


_KK_REPORTED = re.compile(
    rf"(?<![\w-])((?:[^\s.,;:!?«»]+\s+){{0,3}}?\w+(?:{_KK_NOUN_ACCUSATIVE}(?=\s+(?:[^\s.,;:!?]+\s+){{0,2}}?{_KK_SAID})"
    rf"|{_KK_NOUN_NOMINATIVE}(?=\s+(?:[^\s.,;:!?]+\s+){{0,2}}?{_KK_SAID_PASSIVE})))\s+"
    rf"(?:[^\s.,;:!?]+\s+){{0,2}}?(?:{_KK_SAID}|{_KK_SAID_PASSIVE})(?!\w)"
)


def _in_spans(spans: list[tuple[int, int]], hit: Hit) -> bool:
    """Whether a hit begins inside one of the spans (it may run on to the verb of saying)."""
    return any(start <= hit.start < end for start, end in spans)


def _kk_postposition(text: str, hit: Hit) -> bool:
    """«қатысты» before the word it qualifies: the postposition 'concerning'."""
    end = word_end(text, hit.end)
    return end - hit.start == 7 and text[hit.start : end].lower() == "қатысты" and _KK_NOUN_AFTER.match(text, end) is not None


# The cue a video link becomes where people sit in the hall: a session held (codebook 5: other).
IN_THE_HALL = Entry("event_strong", "other")
# The words of a video link (not of a stream or a post, which no one watches from a hall).
_VIDEO_LINK = re.compile(r"video ?link|video ?conferenc|видеосвяз|видеоконференц|бейнебайланыс|бейнеконференц", re.IGNORECASE)


# Years back from the report: "three years ago", «три года назад», «пять лет назад», «үш жыл
# бұрын» (not "a year ago today", nor days or weeks: those may still be the campaign's).
def _dated_back(text: str, sentences: list[int], starts: list[int], year: int | None) -> set[int]:
    """The clauses of the sentences that open with a year before `year` (`_OPENING_YEAR`, where
    the report's year is known), or with last year or the previous convocation (`_OPENING_BACK`)."""
    out: set[int] = set()
    for number, start in enumerate(sentences):
        opening = _OPENING_YEAR.match(text, start) if year is not None else None
        if (opening is not None and int(opening.group(1)) < year) or _OPENING_BACK.match(text, start):
            end = sentences[number + 1] if number + 1 < len(sentences) else len(text)
            out |= {i for i, clause in enumerate(starts) if start <= clause < end}
    return out


# Last year or the previous convocation at the head of a sentence, maybe after "recall that":
# "Last year residents … blocked a road", «В прошлом созыве фракция внесла …», «Былтыр …».
_OPENING_BACK = re.compile(
    r"\s*(?:(?:recall that|напомним|еске сала кетейік|еске салайық)[,\s]+)?"
    r"(?:last year|in the (?:previous|last) convocation|в прошлом году|в (?:прошлом|предыдущем) созыве|былтыр|өткен жылы|(?:өткен|алдыңғы) шақырылымда)(?!\w)",
    re.IGNORECASE,
)


# A year at the head of a sentence: "In 2021,", «В 2021 году», «2021 жылы».
_OPENING_YEAR = re.compile(r"\s*(?:(?:in|back in|в|еще в|ещё в)\s+)?((?:19|20)\d\d)(?:\s+(?:году|г\.|жылы|жылғы))?(?!\w)", re.IGNORECASE)


_YEARS_AGO_WORDS = re.compile(r"ago|назад|бұрын", re.IGNORECASE)
# (a count of years, not any word before "years": "the plant's closure years ago" dates the
# closure, which may be the background of a meeting held today)
_YEARS_AGO = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few)\s+years\s+ago\b"
    r"|(?<!\w)(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|тридцать|несколько)\s+(?:года|лет)\s+назад(?!\w)"
    r"|(?<!\w)(?:\d+|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|бірнеше)\s+жыл\s+бұрын(?!\w)",
    re.IGNORECASE,
)


# The vote as the subject of a word of occurrence: before it ("the elections of maslikhat
# deputies were held", «выборы прошли», «сайлауы өтті») or, in Russian, after it («состоялись
# президентские выборы»); a noun of the vote in the nominative only («накануне выборов прошла
# встреча» is a meeting held before the vote).
_VOTE_BEFORE = re.compile(
    r"(?:\b(?:elections?|by-elections?|vote|voting|referendum|polls)(?:\s+[\w'-]+){0,5}?\s+(?:was|were|has been|have been)?\s*"
    r"|(?<!\w)(?:выборы|довыборы|голосование|референдум)(?:\s+[\w-]+){0,4}?\s+"
    r"|(?<!\w)(?:сайлау|сайлауы|референдум|дауыс беру)\s+)$",
    re.IGNORECASE,
)
_VOTE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:выборы|довыборы|голосование|референдум)(?!\w)", re.IGNORECASE)


def _the_vote_took_place(text: str, hit: Hit) -> bool:
    """Whether the word of occurrence says that the vote itself took place (its subject is the
    election, the referendum or the voting, next to it in the clause)."""
    before = text[max(0, hit.start - 70) : hit.start]
    before = before[max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind("."), before.rfind("–")) + 1 :]
    return bool(_VOTE_BEFORE.search(before) or _VOTE_AFTER.match(text, hit.end))


def _negated(text: str, hit: Hit, lang: str) -> bool:
    if lang == "kk":
        if text[hit.start : hit.start + 2].lower() == "өт" and _KK_AUXILIARY_BEFORE.search(text[max(0, hit.start - 12) : hit.start]):
            return True  # not negated, but no activity either
        end = word_end(text, hit.end)
        return bool(_KK_NEGATIVE.search(text[hit.start : end].lower()) or _KK_NOT_AFTER.match(text, end))
    head = text[max(0, hit.start - 30) : hit.start]
    low = head.lower()
    if not ("not" in low or "never" in low or "n't" in low or "не" in low or "ни" in low):
        return False  # none of the negations is there (a cheap look before the pattern)
    return bool(_NEGATION_BEFORE.search(head)) and not _NOT_ONLY.search(head)


def _tallied(text: str, hit: Hit, lang: str, tally: re.Pattern[str], words: tuple[str, ...] = (), counted_only: bool = False) -> bool:
    """An activity word counted over the campaign ("held more than 30 events", «свыше ста
    встреч», «200-ден астам кездесу»): a tally, not a specific activity (codebook 1).
    `words` (`Resources.tally_words`) let an activity word with no digit and no quantity word
    around it be passed over without the pattern, which is slow to fail (few words are counted).
    `counted_only`: only the activity noun itself counted, not a count after it (of the people
    who came: «встречали около сорока человек»)."""
    if not _may_tally(text, text[max(0, hit.start - 50) : hit.end + 40], words):
        return False  # (both windows read below lie inside this one)
    before = tally.search(text, max(0, hit.start - 50), hit.start)
    if before is not None and before.group("before") and _counted_noun(text[hit.start : word_end(text, hit.end)], lang):
        return True  # (a count before a verb counts its subject: "over 1,000 supporters rallied")
    if counted_only:
        return False
    after = tally.match(text[hit.end : hit.end + 40])
    return after is not None and bool(after.group("after"))


_DIGIT = re.compile(r"\d")  # (a digit as the tally pattern reads one)


@lru_cache(maxsize=4)
def _quantity_words_in(text: str, words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The quantity words (`Resources.tally_words`, one of each phrase of the tally pattern)
    that the lower-cased paragraph holds, looked for once per paragraph (the cache holds the
    last few) rather than around each of its activity words; None where that look cannot be
    trusted: no words known, or a letter whose lower case the pattern's IGNORECASE matching
    does not follow (see `modality._may_match`)."""
    if not words or _ODD_CASE.search(text) is not None:
        return None
    low = lowered_text(text)
    return words.found_in(low) if type(words) is Words else tuple(w for w in words if w in low)


def _may_tally(text: str, window: str, words: tuple[str, ...]) -> bool:
    """False only where the tally pattern cannot match inside `window` (a piece of `text`):
    each of its branches holds a count (digits) or a quantity word, and a word the lower-cased
    window holds is one the lower-cased paragraph holds."""
    if _DIGIT.search(window) is not None:
        return True
    counted = _quantity_words_in(text, words)
    if counted is None:
        return True
    if not counted:
        return False
    low = window.lower()
    return any(w in low for w in counted)


_KK_VERB_END = re.compile(r"(?:ды|ді|ты|ті|ған|ген|қан|кен|ып|іп|п|са|се|ды ма)$")


def _counted_noun(word: str, lang: str) -> bool:
    """Whether a counted activity word is a noun ("events", «встреч», «кездесу»), not a verb."""
    low = word.lower()
    if lang == "ru":
        return "NOUN" in russian_tag(low)
    if lang == "kk":
        return not _KK_VERB_END.search(low)
    return low.endswith("s") and not low.endswith(("ss", "ed"))


def _reported_as_done(text: str, starts: list[int], hit: Hit, lang: str, res: Resources) -> bool:
    """Words quoted tell of an activity when the speakers say in the past tense what they did
    ("I met voters in Kostobe", «аралап, түсіндірдік») or that the gathering the word names
    took place («Встреча прошла в рабочем общежитии»); otherwise they are views or plans."""
    took_place = res.future.took_place.get(lang)
    if took_place is not None and hit.value != "campaign_tour":
        # («Встреча прошла …», "The meeting was held at the workers' hostel"; Kazakh puts the
        # verb last: «Кездесу … жатақханасында өтті»)
        # (the verb may come a few words on: "the congress of the Nur Otan party has opened",
        # «съезд партии «Нур Отан» открылся»)
        after = word_end(text, hit.end) + 1
        sentence_end = _sentence_around(text, hit.start, hit.end)[1]
        if took_place.match(text, after) or (
            lang == "kk" and took_place.search(text, after, sentence_end)
        ):
            return True
        if lang != "kk":
            soon = _TOOK_PLACE_SOON.match(text, after).end()  # (always matches, maybe empty)
            found = took_place.search(text, after, min(sentence_end, soon + 25))
            if found is not None and found.start() <= soon:
                return True
    clause = sentence_of(starts, hit.start)
    end = starts[clause + 1] if clause + 1 < len(starts) else len(text)
    # (the quoted words only: «Мы донесём …», – сказал кандидат: the reporter's past verb of
    # saying after the quote tells nothing of what the speakers did)
    closing = [i for i in (text.find(q, hit.end, end) for q in _CLOSING_QUOTES) if i != -1]
    return reports_own_past(text[starts[clause] : min(closing, default=end)], lang, res.future)


_CLOSING_QUOTES = ("»", "”", '"')
# words that may stand between a gathering's word and its verb of taking place: its name's
# genitive ("of the Nur Otan party", «партии «Нур Отан»»), no clause break
_TOOK_PLACE_SOON = re.compile(r"[^,;:.!?–—]{0,50}")


# Words before the people of a workplace that say they were met or addressed ("talked to its
# workers", "met the staff", «с его работниками»), or words that make them a workplace's own.
_MET_BEFORE = re.compile(
    r"(?:\b(?:with|to|addressed|met|meet|meeting|hosted|received|welcomed|its|their|the\s+\w+'s)|(?<!\w)(?:с|со|перед|его|её|их))\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Words before a workplace that say it was visited ("stopped at a local dairy plant", «посетили
# местный мелькомбинат»); Kazakh marks the visit on the noun: «зауытқа барып», «зауытында болды».
# Getting to know a workplace's work is visiting it ("acquainted themselves with the work of the
# enterprises", «познакомились с работой предприятий», «кәсіпорындардың жұмысымен танысып»).
_VISITED_BEFORE = re.compile(
    r"(?:\b(?:visited|visiting|toured|touring|stopped at|went to|came to|at|(?:acquainted|familiari[sz]ed)(?:\s+\w+self|\s+themselves)?\s+with\s+(?:the\s+)?(?:work|operations|activities)\s+(?:of|at))"
    r"|(?<!\w)(?:посетил\w*|побывал\w*|приехал\w*|на|в|(?:познакомил|ознакомил)\w*\s+с\s+(?:работой|деятельностью|производством)))"
    r"\s+(?:[\w-]+,?\s+){0,3}$",  # (an apposition names the place first: "went to AGF Group, a factory")
    re.IGNORECASE,
)
_KK_VISITED = re.compile(
    r"(?:на|не|ға|ге|қа|ке|да|де|та|те|нда|нде)\s+(?:барып|барды|болды|болып|келді|келіп|аралады|аралап)"
    r"|(?:ның|нің|дың|дің|тың|тің)\s+(?:жұмысымен|қызметімен|тыныс-тіршілігімен|өндірісімен)\s+таныс",
    re.IGNORECASE,
)
_KK_WITH = re.compile(r"(?:мен|пен|бен|дарына|деріне|алдында)$")


# One more word of a Kazakh list: after a comma, «және», or «мен/бен/пен» standing alone.
_KK_NEXT_IN_LIST = re.compile(r"(?:,\s*|\s+(?:және|мен|бен|пен)\s+)([\w-]+)")


def _kk_list_ends_with(text: str, end: int) -> bool:
    """Whether the Kazakh list a word opens ends in the comitative: a list takes its case on its
    last word only («дәрігерлері, медбикелері және емделушілерімен жүздесті»: doctors, nurses and
    patients were all met). At most four more words are read."""
    rest = text[end : end + 120]
    for _ in range(4):
        m = _KK_NEXT_IN_LIST.match(rest)
        if m is None:
            return False
        if _KK_WITH.search(m.group(1)):
            return True
        rest = rest[m.end() :]
    return False


def _unnamed_workforce(text: str, hits: list[Hit], organisations: list[Mention], starts: list[int]) -> set[int]:
    """Clauses that meet the workers of a place, named or not ("toured the mill and talked to
    its workers", «пообщались с его работниками», «зауытқа барып»): a meeting with a workforce
    (codebook 5), though no organisation may be given as the audience."""
    named = {m.start for m in organisations}
    out = set()
    for h in hits:
        if h.kind not in ("workforce", "workplace"):
            continue
        if any(0 <= start - h.end <= 12 for start in named):
            continue
        if h.entry.lang == "kk":
            end = word_end(text, h.end)
            if h.kind == "workforce":
                met = bool(_KK_WITH.search(text[h.start : end])) or _kk_list_ends_with(text, end)
            else:
                met = bool(_KK_VISITED.search(text[h.start : end + 30]))  # («… тыныс-тіршілігімен танысып»)
        else:
            before = text[max(0, h.start - 80) : h.start]
            met = bool((_MET_BEFORE if h.kind == "workforce" else _VISITED_BEFORE).search(before))
        if met:
            out.add(sentence_of(starts, h.start))
    return out


# A short name in quotation marks: a company's, a newspaper's, a project's («Аксай-нан», "Kazakhstan
# Temir Zholy"), of at most 40 characters (longer quotations are someone's words, above).
_QUOTED_NAME = re.compile(r"«([^«»]{2,40})»|“([^“”]{2,40})”")


def _quoted_names(text: str) -> list[tuple[int, int]]:
    if "«" not in text and "“" not in text:
        return []
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in _QUOTED_NAME.finditer(text)]


def _part_of_a_name(mention, names: list[tuple[int, int]]) -> bool:
    """Whether a place is one word of a quoted name with more in it («Аксай-нан» is a bakery,
    not the town of Aksay): a place in an organisation's name is no venue (codebook 4). A name
    that is the place alone («Астана») still names it."""
    return any(
        start <= mention.start and mention.end <= end and (start, end) != (mention.start, mention.end)
        for start, end in names
    )


# Words that make a report a referendum's: the referendum, or what it puts to the vote.
REFERENDUM_KINDS = frozenset({"referendum_word", "referendum_question", "referendum_subject"})


def about_a_referendum(kinds: set[str], context: DocumentContext) -> bool:
    """Whether a paragraph with these kinds of hits is told under a referendum (it or the
    document's title or earlier paragraphs name one, or what it puts to the vote): a
    referendum's agitation has no parties to hold it, and coalitions, senators and experts who
    meet people or hold forums about it campaign for it (the authors' reading of codebook 1)."""
    return context.referendum or not kinds.isdisjoint(REFERENDUM_KINDS)


def rally_about_the_vote(kinds: set[str], context: DocumentContext) -> bool:
    """Whether a rally in a paragraph with these kinds of hits is campaigning whoever holds it: it
    is about the vote (its paragraph or the document's title speaks of the vote), or a protest,
    which is a rally of the protesters themselves (codebook 1)."""
    return context.vote or "vote_word" in kinds or "protest_word" in kinds


def _without_quotes(text: str, quotes: list[tuple[int, int]]) -> str:
    """The text with each quotation blanked out, offsets kept."""
    parts, last = [], 0
    for start, end in quotes:
        parts += [text[last:start], " " * (end - start)]
        last = end
    return "".join(parts) + text[last:]


def _is_gathering(hit: Hit) -> bool:
    """A word naming a gathering of the party itself (a congress, a bureau session), or a word
    that points back to an activity: the kinds of words that are convened."""
    return (hit.kind == "event_strong" and hit.value == "other") or hit.kind == "event_anaphora"


def _planned(text: str, starts: list[int], hit: Hit, lang: str, future: set[int], res: Resources) -> bool:
    """An activity word that speaks of a plan: in a clause about the future, what was decided
    or promised (Russian and Kazakh), or (English) governed by a modal or a verb of intention."""
    clause = sentence_of(starts, hit.start)
    if clause in future:
        return True
    if _is_gathering(hit) and convened(text, hit.start, word_end(text, hit.end), lang, res.future):
        return True
    if lang == "kk":
        return promised_to(text, word_end(text, hit.end), res.future)
    if lang == "ru":
        # (up to the first word of the activity: «может потратить из бюджета на агитационные материалы»)
        return decided_to(text[max(starts[clause], hit.start - 90) : word_end(text, hit.start + 1)], res.future.ru_decision)
    return lang == "en" and governed_by_intention(text, starts[clause], hit.start, res.future)


def _known_people(text: str, context: DocumentContext, blocked: list[tuple[int, int]]) -> list[Mention]:
    """People the document introduced earlier with their party, met again here (often by
    the surname alone, in any case form): value = the name, extra = the party."""
    if not context.people:
        return []
    index = SpanIndex(blocked)
    found = []
    for match in _PERSON_WORD.finditer(text):
        person = context.person_at(match.group(0))
        if person is not None and not index.overlaps(match.start(), match.end()):
            start, name = _as_written_here(text, match.start(), person[0])
            found.append(Mention(start, match.end(), name, person[1]))
    return found


# The word (or initial) right before a surname: its given name, where the paragraph writes it.
_GIVEN_BEFORE = re.compile(r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*\.?)\s*$")


def _as_written_here(text: str, start: int, name: str) -> tuple[int, str]:
    """The start and name of a person the document named before, as this paragraph writes
    them (codebook 6: actors as written): the full name where the given name or its initial
    stands before the surname («Жамбыла Ахметбекова», "Zh. Akhmetbekov"), else the surname alone
    ("Koshanov said", «Кошанов напомнил»), in the form the document first gave it."""
    words = name.split()
    if len(words) < 2:
        return start, name
    given = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    if given is not None:
        word = given.group(1)
        if (word.endswith(".") and words[0][:1] == word[:1]) or surname_key(word) == surname_key(words[0]):
            return given.start(1), name
    return start, words[-1]


def _of_kinds(of_kind: dict[str, list[Hit]], kinds) -> list[Hit]:
    """The hits of any of `kinds` in a paragraph's `by_kind` index: kind after kind, each
    kind's in text order (for readers to whom the order across kinds does not matter)."""
    return [h for kind in kinds if kind in of_kind for h in of_kind[kind]]


# Names of bodies that are where the event was held: a town in them is the venue's town.
_WHERE_HELD = (audience_mod.VENUE, audience_mod.INSTITUTION)
_ASKED_KINDS = ACTIVITY_KINDS | places.PLACE_KINDS  # (the clauses whose tense `future_clauses` reads)


def _group(items, starts: list[int]) -> dict[int, list]:
    """Hits or mentions by the sentence (clause) they start in, in text order."""
    grouped: dict[int, list] = {}
    for item in items:
        grouped.setdefault(bisect_right(starts, item.start) - 1, []).append(item)  # sentence_of
    return grouped
