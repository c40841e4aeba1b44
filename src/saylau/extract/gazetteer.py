"""One Aho-Corasick automaton over every name and cue word the extractor knows.

A paragraph is scanned once; each match is checked for word boundaries (and, where the
cue has a wildcard, by a small anchored regex) and returned as a `Hit`. Matching on a
folded copy of the text keeps offsets valid for the original paragraph.

Cue syntax (data files): case-insensitive words; a `*` at the end of a word matches any
ending of that word ("corrupt*", "встреч* с избирател*").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterable, NamedTuple

import ahocorasick

from .text import fold


@dataclass(frozen=True)
class Entry:
    """What a matched phrase means."""

    kind: str  # party, leader, region_name, region_stem, settlement, topic, role, ...
    value: str  # a code, a canonical name, or a role
    lang: str | None = None
    exact_case: str | None = None  # abbreviations match only as written ("NPK", not "npk")
    ambiguous: bool = False  # needs confirmation from context before it counts
    prefix: bool = False  # the last word may continue ("corrupt*")
    verify: re.Pattern[str] | None = None  # for wildcards inside a phrase
    extra: str | None = None  # a second value (e.g. the region of a settlement)
    proper: bool = False  # a proper name written with a capital: the text must capitalise it too
    canonical: str | None = None  # the nominative a generated case form stands for
    shared: bool = False  # a name several places of this kind hold (districts of several regions)


class Hit(NamedTuple):
    """A match. `kind` and `value` repeat the entry's so that the many filters by kind read a
    tuple field, not a property (the extractor's hot path)."""

    start: int
    end: int
    entry: Entry
    kind: str
    value: str


def _compile_cue(phrase: str) -> tuple[str, bool, re.Pattern[str] | None]:
    """Turn a cue into (automaton key, prefix flag, verifying regex or None).

    `*` ends a word with any ending; a word `…` stands for up to four words of any kind
    ("opened … headquarters" matches "opened a new election headquarters").
    """
    key, prefix, verify, _ = _compile_cue_literal(phrase)
    return key, prefix, verify


def _compile_cue_literal(phrase: str) -> tuple[str, bool, re.Pattern[str] | None, str]:
    """`_compile_cue`, and the longest word that the verifying regex needs after the key
    ("headquarters" of "opened … headquarters"; "" where there is none): a text without it
    after the key's start cannot match, and `str.find` says so sooner than the regex."""
    folded = re.sub(r"\s+", " ", fold(phrase.strip()))
    cut = min((i for i in (folded.find("*"), folded.find("…")) if i != -1), default=-1)
    if cut == -1:
        return folded, False, None, ""
    if cut == len(folded) - 1 and folded.endswith("*"):
        return folded[:-1], True, None, ""
    words = folded.split(" ")
    pattern = ""
    for i, word in enumerate(words):
        if word == "…":
            pattern += r"(?:\S+\s+){0,4}?"
            continue
        pattern += re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)
        if i < len(words) - 1:
            pattern += r"[,;]?\s+"
    if not folded.endswith("*"):
        pattern += r"(?!\w)"
    # the words after the one the key ends in, each written as it must appear (a final `*`
    # dropped): the regex matches them literally
    first = folded.count(" ", 0, cut)  # (the word that holds the cut, which the key ends in)
    literals = [word.rstrip("*") for word in words[first + 1 :] if word != "…"]
    return folded[:cut].strip(), True, re.compile(pattern), max(literals, key=len, default="")


# Letters of the folded text (`fold` turns ё into е) that only Russian or Kazakh words hold.
_RUSSIAN_LETTERS = re.compile("[а-яё]")
_KAZAKH_LETTERS = re.compile("[әғқңөұүһі]")


def _value(key: str, entries: tuple[Entry, ...], literals: dict) -> tuple:
    """What the automaton holds for a key (see `Gazetteer._automaton_for`); `plain` is None
    where two entries give the same (kind, value, lang), and _PREFIX or _PROPER where every
    entry is only a word's start ("corrupt*") or only a proper name: the scan then checks the
    key's match once for all its entries, each given as (entry, kind, value, lang), as for
    plain = True. `literals` gives the word each verifying regex needs (`_compile_cue_literal`)."""
    fields = tuple((e, e.kind, e.value, e.lang, e.verify, literals.get(e.verify, ""), e.prefix, e.exact_case, e.proper) for e in entries)
    if len({(e.kind, e.value, e.lang) for e in entries}) < len(entries):
        return len(key), None, fields
    checks = {(e.prefix, e.proper) if e.verify is None and e.exact_case is None else None for e in entries}
    plain = _PLAIN_BY_CHECKS.get(checks.pop(), False) if len(checks) == 1 else False
    if plain is False:
        return len(key), False, fields
    return len(key), plain, tuple((e, e.kind, e.value, e.lang) for e in entries)


def _keys_that_may_repeat(keys: tuple[str, ...], entries: tuple[tuple[Entry, ...], ...]) -> set[str]:
    """The keys whose hits another key's may repeat (the same start, end, kind, value and
    language): two keys match at one start only where one begins with the other (a match
    spells its key there), so a key is one only where it begins, or begins with, a key with
    an entry of the same (kind, value, lang). (Few do: the scan then compares the hits of
    fewer starts.) Keys in order: those that begin a key come right before it, and those that
    begin with it right after."""
    triples = {key: {(e.kind, e.value, e.lang) for e in bucket} for key, bucket in zip(keys, entries)}
    out: set[str] = set()
    stack: list[str] = []  # the keys that begin the current one, shortest first
    for key in sorted(keys):
        while stack and not key.startswith(stack[-1]):
            stack.pop()
        for shorter in stack:
            if not triples[shorter].isdisjoint(triples[key]):
                out.update((shorter, key))
        stack.append(key)
    return out


def alphabet_of(folded: str, lang: str) -> tuple[bool, bool]:
    """Whether a folded text holds Russian and Kazakh letters, given the `script_language`
    of the text it was folded from: an English text holds neither, a Russian one Russian
    letters only, a Kazakh one Kazakh letters (Russian ones only maybe). (Folding lower-cases
    Cyrillic and Kazakh capitals into these sets and turns no other letter into one.)"""
    if lang == "en":
        return (False, False)
    if lang == "ru":
        return (True, False)
    return (_RUSSIAN_LETTERS.search(folded) is not None, _KAZAKH_LETTERS.search(folded) is not None)


# Any character but a letter or a digit (`str.isalnum`; `\\w` holds those and "_").
_NOT_WORD = re.compile(r"[^\w ]|_")
_GROUP = object()  # the `plain` of keys that share one word-start form
_PREFIX = object()  # the `plain` of keys whose entries are all word starts and nothing else
_PROPER = object()  # the `plain` of keys whose entries are all whole proper names and nothing else
# (prefix, proper) of entries with no verifying regex and no exact case -> `plain`
_PLAIN_BY_CHECKS = {(False, False): True, (True, False): _PREFIX, (False, True): _PROPER}


# The characters other than letters and digits that news text holds most, most frequent first.
_PUNCTUATION = tuple(',.«»–\'":—;%№()!/“”?\n')


def _spaced(text: str) -> str:
    """`_NOT_WORD.sub(" ", text)`, in a third of its time on news text: the usual punctuation
    replaced one character after another, the pattern only where some other character is
    left (a text whose characters are then all letters, digits or spaces is done)."""
    for character in _PUNCTUATION:
        if character in text:
            text = text.replace(character, " ")
    if text.replace(" ", "").isalnum():
        return text
    return _NOT_WORD.sub(" ", text)


def _word_start_form(key: str) -> str:
    """How a key is spelt in the word-start automaton: behind a space, with every character
    but a letter or digit a space. It matches the text so spelt where the key starts a word
    (after a character that is no letter or digit, or at the start); the key itself must
    then be checked where it holds such characters.

    A key that opens with an English clitic ("'s program*", "'ll") starts inside the word
    before it ("Tugel's programme", "we'll"): its apostrophe is its word start, so no space
    goes before it (the key's own spelling is still checked against the text)."""
    if _CLITIC.match(key):
        return _spaced(key)
    return " " + _spaced(key)


# An English clitic at the start of a key: an apostrophe and the letters of 's, 'll, 're, 've, 'd.
_CLITIC = re.compile(r"['’](?:s|ll|re|ve|d)\b")


class Gazetteer:
    """Build once from (phrase, Entry) pairs; `scan` a paragraph many times."""

    def __init__(self, items: Iterable[tuple[str, Entry]]):
        table: dict[str, list[Entry]] = {}
        literals: dict[re.Pattern[str], str] = {}
        for phrase, entry in items:
            key, prefix, verify, literal = _compile_cue_literal(phrase)
            if not key.strip():
                continue
            if verify is not None:
                literals[verify] = literal
            if prefix or verify is not None:
                entry = Entry(**{**entry.__dict__, "prefix": prefix, "verify": verify})
            bucket = table.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
        self.size = len(table)
        self._keys = tuple(table)
        self._entries = tuple(tuple(entries) for entries in table.values())
        # One automaton per alphabet the text holds and languages read: a key with Cyrillic (or
        # Kazakh) letters cannot match a text without them, an entry of a language not read
        # gives no hit, and a smaller automaton is scanned faster (its nodes, and the values of
        # the keys met, stay in the CPU's caches: a Russian text's holds some 13,000 keys of
        # 18,000). Each is built on first use.
        self._automata: dict[tuple, ahocorasick.Automaton | None] = {}
        self._values = tuple(_value(key, entries, literals) for key, entries in zip(self._keys, self._entries))
        self._alphabets = tuple((bool(_RUSSIAN_LETTERS.search(key)), bool(_KAZAKH_LETTERS.search(key))) for key in self._keys)
        self._repeating = _keys_that_may_repeat(self._keys, self._entries)

    def _automaton_for(self, cyrillic: bool, kazakh: bool, languages: frozenset | None = None, everywhere: frozenset = frozenset()):
        """The automaton of the keys that may match a text with these letters, each key
        spelt as it starts a word (see `_word_start_form`), with the entries that `scan` keeps
        for `languages` and `everywhere` only (a key with none left is left out, unless it
        shares its form with another: the scan then reads the form as before). A key's value is (length, plain,
        entries, key, repeats): `plain` says that every entry is a whole-word match that needs no
        further check (True), or the same check of the key for all (_PREFIX, _PROPER: see
        `_value`), and then each entry is (entry, kind, value, lang), else (entry, kind,
        value, lang, verify, literal, prefix, exact_case, proper); `key` is the key itself where its
        spelling must be checked against the text (it holds characters other than letters
        and digits), else None; `repeats`, whether another key's hits may repeat its own
        (`_keys_that_may_repeat`). Keys of one spelling (\"amanat\" and «amanat») share a
        value with plain = _GROUP and entries = their own values, each with its key."""
        forms: dict[str, list[tuple]] = {}
        for key, (length, plain, entries), (russian, kazakh_letters) in zip(self._keys, self._values, self._alphabets):
            if (russian and not cyrillic) or (kazakh_letters and not kazakh):
                continue
            if languages is not None:  # (each entry's kind and language: its fields 1 and 3)
                entries = tuple(fields for fields in entries if fields[3] in languages or fields[1] in everywhere)
            forms.setdefault(_word_start_form(key), []).append((length, plain, entries, key, key in self._repeating))
        automaton = ahocorasick.Automaton()
        for form, values in forms.items():
            if len(values) == 1:
                length, plain, entries, key, repeats = values[0]
                if not entries:
                    continue
                if plain is True:
                    # a whole word: spelt with the space after it too, so that it is not met
                    # (and dropped) wherever it only begins a longer word ("met" in "meters")
                    form += " "
                automaton.add_word(form, (length, plain, entries, None if key.isalnum() else key, repeats))
            else:
                automaton.add_word(form, (values[0][0], _GROUP, tuple(values), "", True))
        if len(automaton):
            automaton.make_automaton()
        else:
            automaton = None
        self._automata[(cyrillic, kazakh, languages, everywhere)] = automaton
        return automaton

    def keys(self) -> tuple[str, ...]:
        """The folded phrases the automaton holds (for baselines and diagnostics)."""
        return self._keys

    def scan(
        self,
        text: str,
        folded: str | None = None,
        languages: frozenset | None = None,
        everywhere: frozenset = frozenset(),
        alphabet: tuple[bool, bool] | None = None,
    ) -> list[Hit]:
        """Every boundary-respecting match in `text`, in order of start. With `languages`,
        entries of another language are skipped unless their kind is in `everywhere`
        (names are names in any language; cue words are not): the automaton read holds no
        others (`_automaton_for`). `alphabet`, where the caller
        knows it, is whether the folded text holds Russian and Kazakh letters (see
        `alphabet_of`)."""
        low = folded if folded is not None else fold(text)
        n = len(low)
        if alphabet is None:
            alphabet = (_RUSSIAN_LETTERS.search(low) is not None, _KAZAKH_LETTERS.search(low) is not None)
        which = (*alphabet, languages, everywhere)
        automaton = self._automata[which] if which in self._automata else self._automaton_for(*which)
        hits: list[Hit] = []
        if automaton is None:
            return hits
        append = hits.append
        new = tuple.__new__  # what Hit(...) calls, without its Python frame
        twins: set[int] = set()  # starts of hits that another hit may repeat (see the end)
        literal_at: dict[str, int] = {}  # where each verifying literal stands last (below)
        # Keys are matched where a word starts only: in a copy of the text in which every
        # character other than a letter or digit is a space, behind one more space, each
        # key spelt likewise behind a space (so a match ends at its own end in the text).
        spaced = _spaced(low)  # (also where a word ends: at the next space, else at n)
        for end, (length, plain, entries, key, repeats) in automaton.iter(" " + spaced + " "):
            if plain is True:  # a whole word matched with the space after it (_automaton_for)
                start = end - 1 - length
                if key is None or low.startswith(key, start):
                    for entry, kind, value, _ in entries:
                        append(new(Hit, (start, end - 1, entry, kind, value)))
                continue
            start = end - length
            if key is not None:  # the spelling of the key, not only its letters and digits
                if plain is _GROUP:
                    for length, plain, entries, key, repeats in entries:
                        if low.startswith(key, start):
                            break
                    else:
                        continue
                elif not low.startswith(key, start):
                    continue
            open_end = end < n and spaced[end] != " "  # (`low[end].isalnum()`: spaced keeps only those)
            if plain is _PREFIX:  # (the checks of the loop below, made once for the key)
                stop = end
                if open_end:  # the end of the word (else it ends here)
                    stop = spaced.find(" ", end)
                    if stop < 0:
                        stop = n
                for entry, kind, value, _ in entries:
                    append(new(Hit, (start, stop, entry, kind, value)))
                    if stop != end and repeats:
                        twins.add(start)
                continue
            if plain is _PROPER:
                if not open_end and (text[start].isupper() or text[start].isdigit()):
                    for entry, kind, value, _ in entries:
                        append(new(Hit, (start, end, entry, kind, value)))
                continue
            if plain:
                if not open_end:
                    for entry, kind, value, _ in entries:
                        append(new(Hit, (start, end, entry, kind, value)))
                continue
            for entry, kind, value, _, verify, literal, prefix, exact_case, proper in entries:
                stop = end
                if verify is not None:
                    # (most cues with a gap fail: "with … observers" wherever "with" is met)
                    # (`low.find(literal, start) >= 0`, as the last place the literal stands is
                    # at or after `start`: that place looked up once per literal and paragraph,
                    # where cues sharing a literal, or a key met often, looked again)
                    last = literal_at.get(literal)
                    if last is None:
                        last = literal_at[literal] = low.rfind(literal)
                    match = verify.match(low, start) if last >= start else None
                    if match is None:
                        continue
                    stop = match.end()
                    if prefix:
                        stop = spaced.find(" ", stop)  # the end of the word (the first non-alphanumeric)
                        if stop < 0:
                            stop = n
                elif prefix:
                    if open_end:  # (else the word ends here)
                        stop = spaced.find(" ", stop)
                        if stop < 0:
                            stop = n
                elif open_end:
                    continue
                if exact_case is not None and text[start:stop] != exact_case:
                    continue
                if proper and not (text[start].isupper() or text[start].isdigit()):
                    continue
                append(new(Hit, (start, stop, entry, kind, value)))
                if (stop != end and repeats) or plain is None:
                    twins.add(start)  # a span another key may give too, or a key whose entries repeat
        if len(hits) < 2:
            return hits
        if twins:
            # Two hits can be the same (start, end, kind, value, lang) only where one of them
            # was marked above: a key matched at one start has one length, so only a hit that
            # reaches past its key (of a key that another may repeat: `_keys_that_may_repeat`),
            # or a key whose entries repeat, can repeat another. Those
            # starts' hits are compared first; most paragraphs have no repeat, and the set
            # below (over every hit) is built only where one is found.
            keys = [(h[0], h[1], h[3], h[4], h[2].lang) for h in hits if h[0] in twins]
            if len(set(keys)) < len(keys):
                unique = {(h[0], h[1], h[3], h[4], h[2].lang): h for h in reversed(hits)}  # (start, end, kind, value, lang)
                return _sorted_by_start_longest(unique.values())
        # no two hits are the same: the order the set above gives, without it
        return _sorted_by_start_longest(reversed(hits))


def _by_start_longest(hit: Hit) -> tuple[int, int]:
    return (hit.start, -hit.end)


_START, _END = itemgetter(0), itemgetter(1)
KIND = itemgetter(3)  # `Hit.kind`, read without a Python frame (`map(KIND, hits)`)


def _sorted_by_start_longest(hits: Iterable[Hit]) -> list[Hit]:
    """`sorted(hits, key=_by_start_longest)` by two stable sorts on C keys (by end, longest
    first, then by start): the same order, ties included, without a Python call per hit."""
    ordered = sorted(hits, key=_END, reverse=True)
    if len(ordered) > 1:  # (most lists sorted here, by kind or by clause, hold one hit or none)
        ordered.sort(key=_START)
    return ordered


def by_kind(hits: Iterable[Hit]) -> dict[str, list[Hit]]:
    """The hits of each kind, each list in the order given: built once for a paragraph, so
    that the steps that read a few kinds look them up instead of filtering every hit again."""
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        kind = hit.kind
        if kind in grouped:
            grouped[kind].append(hit)
        else:
            grouped[kind] = [hit]
    return grouped


def longest_first(hits: Iterable[Hit]) -> list[Hit]:
    """Drop hits that lie inside or reach into a longer hit; hits with the same span are all
    kept. (In order of start, a hit meets an earlier one exactly when it starts before that
    one ends; a hit inside an earlier one of another span is the shorter of the two.)"""
    return _keep_longest(_sorted_by_start_longest(hits))


def _keep_longest(ordered: list[Hit]) -> list[Hit]:
    """`longest_first` of hits already in order of (start, -end), such as a scan's."""
    if len(ordered) < 2:
        return ordered
    kept: list[Hit] = []
    append = kept.append
    for hit in ordered:
        start = hit.start
        length = hit.end - start
        for k in kept[-8:]:
            if start < k.end and k.end - k.start > length:
                break
        else:
            append(hit)
    return kept


class SpanIndex:
    """Spans that do not overlap one another, for fast 'is this hit inside one?' tests
    (a long paragraph has thousands of them). Spans barely overlap, so a span that holds a
    position is among the last few (8) that start at or before it."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self._spans = sorted(set(spans))
        self._starts, self._ends = zip(*self._spans) if self._spans else ((), ())

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        return i > 0 and max(self._ends[i - 8 if i > 8 else 0 : i]) >= end

    def end_of_span_at(self, pos: int) -> int | None:
        """The end of a span that holds position `pos`, if any."""
        i = bisect_right(self._starts, pos)
        if i == 0:
            return None
        end = max(self._ends[i - 8 if i > 8 else 0 : i])
        return end if end > pos else None

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1)
        return i > 0 and max(self._ends[i - 8 if i > 8 else 0 : i]) > start
