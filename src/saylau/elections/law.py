"""The rules of each election, read from data files (one YAML file per election).

A file lives in ``saylau/reference/data/elections/<id>.yaml`` and names the tiers of seats:

- ``party_list``: seats (or ``seats_by_council`` for maslikhats, whose councils differ),
  threshold (a share such as "5/100") and its base (``lists`` or ``lists_and_against_all``),
  method (``largest_remainder`` with a ``hare`` or ``droop`` quota, ``dhondt``,
  ``sainte_lague``), tie rule (``registration_order`` or ``lot``), and the runner-up rule
  where the law has one, and ``lists``: the lists registered for the ballot, in registration
  order (party codes, or a historic label where the register keeps the party under a later
  name). A protocol naming any other list is refused, since its votes would win seats. Rules
  that leave ``lists`` out (maslikhat lists differ by council) accept any party of the register;
- ``single_mandate``: ``plurality`` in districts (one round), or ``two_round_majority`` (a
  first round won by more than half of the votes, else a second round; 2004), with what an
  "against all" lead means;
- ``appointed``: seats filled by a body rather than by voters (the Assembly of People).

Every figure names its source. Where one could not be confirmed, the file says so instead of
guessing, in two ways that the commands turn into a one-line warning when they use the figure:

- ``councils`` (maslikhats): one entry per council with its list and single-mandate seats,
  the source, and ``confirmed: false`` or null seats where no source gave them. The tiers'
  ``seats_by_council`` are read from it; a council whose seats are null is known by name but
  cannot be allocated without ``--seats N``;
- ``unconfirmed``: other figures (a threshold, a method) taken on an assumption, each with
  ``what`` it is and a ``note`` saying why it is not confirmed.

The runner-up rule (Mazhilis, from 2009 until 2023). When a single list passes the threshold,
the list with the next largest vote is admitted too. The quota is the sum of the two lists'
votes ÷ seats. The admitted list's quotient is multiplied by ``correction`` (0.7 in the
English translation of Art. 97 we read), and it is guaranteed ``min_seats`` (2, as summaries
of the 2009 amendment say). The free seats then go one each by largest remainder; seats still
free after that round go to the list that passed, since the correction exists to shrink the
admitted list's share. If the admitted list ends below ``min_seats``, the seats it lacks are
taken from the list that passed (reported as moved seats, -n and +n). When lists tie for the
runner-up place, the seats of the runner-up are the same whoever it is: the tie rule
``registration_order`` gives them to the earlier list, ``lot`` leaves them undecided. The rule never applied in a real election (three lists
passed in 2012, 2016 and 2021), so this reading is tested on constructed data only.

Adding an election is adding a file; nothing here names one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any

import yaml

from saylau.errors import ElectionError

from .methods import DIVISORS, QUOTAS, TIE_RULES

RULES_PACKAGE = "saylau.reference"
RULES_DIR = "data/elections"
THRESHOLD_BASES = ("lists", "lists_and_against_all")
LIST_METHODS = ("largest_remainder", *DIVISORS)
AGAINST_ALL_LEAD_OUTCOMES = ("no_winner_reported",)
SINGLE_MANDATE_METHODS = ("plurality", "two_round_majority")


@dataclass(frozen=True)
class Council:
    """One maslikhat of a per-council election: its seats by tier and where they were read.

    `list_seats`/`single_mandate_seats` are None when no source gave them; `confirmed` is
    False when a figure is given but rests on an assumption the `note` explains.
    """

    code: str
    name: str
    list_seats: int | None
    single_mandate_seats: int | None
    source: str | None
    confirmed: bool
    note: str = ""

    @property
    def seats(self) -> int | None:
        if self.list_seats is None or self.single_mandate_seats is None:
            return None
        return self.list_seats + self.single_mandate_seats


@dataclass(frozen=True)
class Unconfirmed:
    """A figure of a rules file that no source we read confirms (a warning when it is used)."""

    what: str
    note: str


@dataclass(frozen=True)
class RunnerUpRule:
    """Admit the next list when only one passes; see the module docstring for our reading."""

    correction: Fraction = Fraction(1)
    min_seats: int = 0


@dataclass(frozen=True)
class ListTier:
    seats: int | None
    threshold: Fraction
    threshold_base: str
    method: str = "largest_remainder"
    quota: str | None = "hare"
    tie_rule: str = "registration_order"
    runner_up: RunnerUpRule | None = None
    seats_by_council: dict[str, int] = field(default_factory=dict)
    constituency: str = "nationwide"
    lists: tuple[str, ...] = ()  # on the ballot, in registration order; () = not named by the rules

    @property
    def counts_against_all(self) -> bool:
        return self.threshold_base == "lists_and_against_all"


@dataclass(frozen=True)
class SingleMandateTier:
    seats: int | None
    method: str = "plurality"
    against_all_lead: str = "no_winner_reported"
    seats_by_council: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AppointedTier:
    seats: int
    by: str


@dataclass(frozen=True)
class ElectionRules:
    id: str
    name: str
    body: str
    date: date | None
    list_tier: ListTier | None
    single_mandate: SingleMandateTier | None = None
    appointed: AppointedTier | None = None
    sources: tuple[str, ...] = ()
    notes: str = ""
    councils: dict[str, Council] = field(default_factory=dict)
    unconfirmed: tuple[Unconfirmed, ...] = ()

    def figure_warnings(self, council: str | None = None) -> tuple[str, ...]:
        """One line per figure in use that no source confirms: the rules' own assumptions, and
        the council's seat counts when they rest on one."""
        lines = [f"{self.id}: not confirmed by a source: {item.what} (see {self.id}.yaml)" for item in self.unconfirmed]
        entry = self.councils.get(council) if council else None
        if entry is not None and not entry.confirmed and entry.seats is not None:
            lines.append(f"{self.id}: not confirmed by a source: the seats of council {entry.code} ({entry.name})")
        return tuple(lines)

    def list_seats(self, seats: int | None = None, council: str | None = None) -> int:
        """How many list seats to allocate: `seats` if given, else the council's, else the tier's."""
        tier = self.list_tier
        if tier is None:
            raise ElectionError(f"rules {self.id} have no party-list tier")
        if seats is not None:
            if seats < 1:
                raise ElectionError(f"--seats must be 1 or more, not {seats}")
            return seats
        if council is not None:
            if council not in tier.seats_by_council:
                known = ", ".join(f"{c} ({n})" for c, n in tier.seats_by_council.items()) or "none"
                if council in self.councils:
                    raise ElectionError(
                        f"rules {self.id}: no source we read gives the list seats of council {council} "
                        f"({self.councils[council].name}); pass --seats N (known: {known})"
                    )
                raise ElectionError(f"rules {self.id} give no seat count for council {council!r}; known: {known}")
            return tier.seats_by_council[council]
        if tier.seats is None:
            known = ", ".join(f"{c} ({n})" for c, n in tier.seats_by_council.items()) or "none"
            raise ElectionError(
                f"rules {self.id} have a seat count per council: pass --seats N or --council CODE (known: {known})"
            )
        return tier.seats


def _fraction(value: Any, what: str) -> Fraction:
    try:
        return Fraction(str(value))
    except (ValueError, ZeroDivisionError):
        raise ElectionError(f"{what} must be an exact number such as 5/100, not {value!r}") from None


def _choice(value: Any, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ElectionError(f"{what} is {value!r}; known: {', '.join(allowed)}")
    return value


def _seat_counts(data: dict, where: str, councils: dict[str, int] | None = None) -> tuple[int | None, dict[str, int]]:
    seats = data.get("seats")
    by_council = {str(k): int(v) for k, v in (data.get("seats_by_council") or {}).items()}
    if not by_council and councils:
        by_council = dict(councils)
    if seats is None and not by_council:
        raise ElectionError(f"{where}: give seats or seats_by_council")
    return (int(seats) if seats is not None else None), by_council


def _list_tier(data: dict, where: str, councils: dict[str, int] | None = None) -> ListTier:
    seats, by_council = _seat_counts(data, where, councils)
    threshold = data.get("threshold") or {}
    method = data.get("method") or {}
    method_name = _choice(method.get("name", "largest_remainder"), LIST_METHODS, f"{where}: method")
    quota = None
    if method_name == "largest_remainder":
        quota = _choice(method.get("quota", "hare"), tuple(QUOTAS), f"{where}: quota")
    runner = data.get("runner_up")
    return ListTier(
        seats=seats,
        seats_by_council=by_council,
        threshold=_fraction(threshold.get("share", 0), f"{where}: threshold share"),
        threshold_base=_choice(threshold.get("base", "lists"), THRESHOLD_BASES, f"{where}: threshold base"),
        method=method_name,
        quota=quota,
        tie_rule=_choice(data.get("tie_rule", "registration_order"), TIE_RULES, f"{where}: tie_rule"),
        runner_up=None
        if not runner
        else RunnerUpRule(
            correction=_fraction(runner.get("correction", 1), f"{where}: runner_up correction"),
            min_seats=int(runner.get("min_seats", 0)),
        ),
        constituency=str(data.get("constituency", "nationwide")),
        lists=tuple(str(label) for label in data.get("lists") or ()),
    )


def _optional_count(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ElectionError(f"{what} must be a whole number 0 or more, or null where no source gives it; not {value!r}")
    return value


def _councils(data: Any, source: str) -> dict[str, Council]:
    """The ``councils`` table: a source for every figure given, ``confirmed`` false otherwise."""
    councils = {}
    for code, entry in (data or {}).items():
        where = f"{source}: council {code}"
        if not isinstance(entry, dict):
            raise ElectionError(f"{where}: give name, list, single_mandate and source")
        list_seats = _optional_count(entry.get("list"), f"{where}: list")
        single = _optional_count(entry.get("single_mandate"), f"{where}: single_mandate")
        origin = entry.get("source") or None
        if (list_seats is not None or single is not None) and origin is None:
            raise ElectionError(f"{where}: a seat count needs its source (or null seats and a note)")
        confirmed = bool(entry.get("confirmed", origin is not None)) and list_seats is not None and single is not None
        councils[str(code)] = Council(
            str(code), str(entry.get("name", code)), list_seats, single, origin, confirmed, str(entry.get("note", "")).strip()
        )
    return councils


def _unconfirmed(data: Any, source: str) -> tuple[Unconfirmed, ...]:
    items = []
    for i, entry in enumerate(data or []):
        if not isinstance(entry, dict) or not entry.get("what") or not entry.get("note"):
            raise ElectionError(f"{source}: unconfirmed item {i + 1}: give what and note")
        items.append(Unconfirmed(str(entry["what"]), " ".join(str(entry["note"]).split())))
    return tuple(items)


def rules_from_mapping(data: dict, source: str = "<rules>") -> ElectionRules:
    """Build rules from the parsed YAML mapping; errors name the file and the field."""
    if not isinstance(data, dict) or "id" not in data:
        raise ElectionError(f"{source}: not a rules file (no id)")
    councils = _councils(data.get("councils"), source)
    list_by_council = {c.code: c.list_seats for c in councils.values() if c.list_seats is not None}
    single_by_council = {c.code: c.single_mandate_seats for c in councils.values() if c.single_mandate_seats is not None}
    list_tier = single = appointed = None
    for i, tier in enumerate(data.get("tiers") or []):
        where = f"{source}: tier {i + 1}"
        kind = tier.get("kind")
        if kind == "party_list":
            list_tier = _list_tier(tier, where, list_by_council)
        elif kind == "single_mandate":
            seats, by_council = _seat_counts(tier, where, single_by_council)
            single = SingleMandateTier(
                seats=seats,
                seats_by_council=by_council,
                method=_choice(tier.get("method", "plurality"), SINGLE_MANDATE_METHODS, f"{where}: method"),
                against_all_lead=_choice(
                    tier.get("against_all_lead", "no_winner_reported"),
                    AGAINST_ALL_LEAD_OUTCOMES,
                    f"{where}: against_all_lead",
                ),
            )
        elif kind == "appointed":
            appointed = AppointedTier(seats=int(tier["seats"]), by=str(tier.get("by", "")))
        else:
            raise ElectionError(f"{where}: kind is {kind!r}; known: party_list, single_mandate, appointed")
    held = data.get("date")
    return ElectionRules(
        id=str(data["id"]),
        name=str(data.get("name", data["id"])),
        body=str(data.get("body", "")),
        date=held if isinstance(held, date) or held is None else date.fromisoformat(str(held)),
        list_tier=list_tier,
        single_mandate=single,
        appointed=appointed,
        sources=tuple(data.get("sources") or ()),
        notes=str(data.get("notes", "")),
        councils=councils,
        unconfirmed=_unconfirmed(data.get("unconfirmed"), source),
    )


def _rules_dir():
    return resources.files(RULES_PACKAGE).joinpath(RULES_DIR)


@cache
def known_rules() -> tuple[str, ...]:
    """Ids of the packaged rules, sorted."""
    return tuple(
        sorted(entry.name[: -len(".yaml")] for entry in _rules_dir().iterdir() if entry.name.endswith(".yaml"))
    )


@cache
def load_rules(rules_id: str) -> ElectionRules:
    """The packaged rules of one election, e.g. ``load_rules("mazhilis-2023")``."""
    if rules_id not in known_rules():
        raise ElectionError(f"unknown rules {rules_id!r}; known: {', '.join(known_rules())}")
    text = _rules_dir().joinpath(f"{rules_id}.yaml").read_text(encoding="utf-8")
    rules = rules_from_mapping(yaml.safe_load(text), f"{rules_id}.yaml")
    if rules.id != rules_id:
        raise ElectionError(f"{rules_id}.yaml: its id is {rules.id!r}; the id must match the file name")
    return rules
