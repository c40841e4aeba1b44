"""Reference data: parties, regions, settlements, topics and extraction cues.

Everything here is read from the data files in `reference/data/` (YAML/CSV shipped inside
the package), so that adding a party, a place or a cue word is a data change. Each loader
is cached: the files are parsed once per process.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ReferenceDataError, UnknownCodeError
from ..model import EVENT_TYPES, LANGUAGES, District, Leader, Party, Region, Settlement

_DATA = "data"


def read_data_text(name: str) -> str:
    """Text of a packaged data file, by its path under reference/data/."""
    try:
        return resources.files(__package__).joinpath(_DATA, name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ReferenceDataError(f"reference data file {name!r} is missing from the package") from exc


def read_yaml(name: str) -> Any:
    try:
        return yaml.safe_load(read_data_text(name))
    except yaml.YAMLError as exc:
        raise ReferenceDataError(f"reference data file {name!r} is not valid YAML: {exc}") from exc


def _per_language(value: Any) -> dict[str, tuple[str, ...]]:
    value = value or {}
    if isinstance(value, list):  # a plain list applies to every language
        return {lang: tuple(value) for lang in LANGUAGES}
    return {lang: tuple(str(v) for v in value.get(lang) or ()) for lang in LANGUAGES}


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _leader(raw: dict[str, Any], party: str) -> Leader:
    years = str(raw.get("years") or "")
    return Leader(
        name=raw["name"],
        role=raw.get("role") or "leader",
        party=party,
        variants=tuple(raw.get("variants") or ()),
        current=years.endswith("-") or years.endswith("–") or raw.get("current") is True,
    )


@lru_cache(maxsize=1)
def load_parties() -> tuple[Party, ...]:
    raw = read_yaml("parties.yaml")
    parties = []
    for entry in raw["parties"]:
        code = entry["code"]
        parties.append(
            Party(
                code=code,
                name=dict(entry.get("name") or {}),
                aliases=_per_language(entry.get("aliases")),
                ambiguous=tuple(entry.get("ambiguous") or ()),
                abbreviations=tuple(entry.get("abbreviations") or ()),
                former_names=tuple(entry.get("former_names") or ()),
                leaders=tuple(_leader(leader, code) for leader in entry.get("leaders") or ()),
                registration_order=entry.get("registration_order"),
                historic=bool(entry.get("historic")),
                short_name=dict(entry.get("short_name") or entry.get("name") or {}),
            )
        )
    return tuple(parties)


@lru_cache(maxsize=1)
def load_regions() -> tuple[Region, ...]:
    raw = read_yaml("regions.yaml")
    return tuple(
        Region(
            code=entry["code"],
            kind=entry.get("kind", "region"),
            name=dict(entry.get("name") or {}),
            capital=entry.get("capital"),
            stems=_per_language(entry.get("stems")),
            names=_per_language(entry.get("names")),
            standalone=tuple(entry.get("standalone") or ()),
            former_names=tuple(entry.get("former_names") or ()),
            split_from=entry.get("split_from"),
        )
        for entry in raw["regions"]
    )


def _float(cell: str | None) -> float | None:
    cell = (cell or "").strip()
    return float(cell) if cell else None


@lru_cache(maxsize=1)
def load_settlements() -> tuple[Settlement, ...]:
    rows = csv.DictReader(io.StringIO(read_data_text("settlements.csv")))
    try:
        return tuple(
            Settlement(
                name=row["name"].strip(),
                region=row["region"].strip(),
                kind=row["kind"].strip(),
                lat=_float(row.get("lat")),
                lon=_float(row.get("lon")),
                variants=_split(row.get("variants")),
                former_names=_split(row.get("former_names")),
                ambiguous=(row.get("ambiguous") or "0").strip() in ("1", "true", "yes"),
            )
            for row in rows
        )
    except (KeyError, ValueError) as exc:
        raise ReferenceDataError(f"settlements.csv has a bad row: {exc}") from exc


@lru_cache(maxsize=1)
def load_districts() -> tuple[District, ...]:
    rows = csv.DictReader(io.StringIO(read_data_text("districts.csv")))
    try:
        return tuple(
            District(
                name=row["name"].strip(),
                region=row["region"].strip(),
                variants=_split(row.get("variants")),
                ambiguous=(row.get("ambiguous") or "0").strip() in ("1", "true", "yes"),
                shared_with=_split(row.get("shared_with")),
            )
            for row in rows
        )
    except KeyError as exc:
        raise ReferenceDataError(f"districts.csv has a bad row: {exc}") from exc


@lru_cache(maxsize=1)
def load_topics() -> dict[str, Any]:
    return read_yaml("topics.yaml")


@lru_cache(maxsize=1)
def load_calendar() -> dict[str, Any]:
    """Month and weekday names, relative days, year and occasion words (calendar.yaml)."""
    return read_yaml("calendar.yaml")


@lru_cache(maxsize=1)
def load_cues() -> dict[str, Any]:
    return read_yaml("cues.yaml")


_KAZAKH_ONLY = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def settlement_names(settlement: Settlement) -> dict[str, str]:
    """The settlement's name to show in each language.

    settlements.csv gives a canonical English name and a list of variants, not a name per
    language; the variants give the rest: Russian is the first variant in Cyrillic without
    letters only Kazakh has, Kazakh the first with them (else the Russian one, as for
    Шымкент), and a language without a variant keeps the English name.
    """
    cyrillic = [v for v in settlement.variants if any("а" <= ch.lower() <= "я" or ch in _KAZAKH_ONLY for ch in v)]
    russian = next((v for v in cyrillic if not _KAZAKH_ONLY & set(v)), None)
    kazakh = next((v for v in cyrillic if _KAZAKH_ONLY & set(v)), russian)
    return {"en": settlement.name, "ru": russian or settlement.name, "kk": kazakh or settlement.name}


def party_codes() -> tuple[str, ...]:
    return tuple(p.code for p in load_parties())


def region_codes() -> tuple[str, ...]:
    return tuple(r.code for r in load_regions())


def topic_codes() -> tuple[str, ...]:
    return tuple(load_topics()["topics"])


def known_code(value: str | None, kind: str) -> str | None:
    """`value` as the code of `kind` (party, region, event type, topic), matched without
    regard to case; None stays None. An unknown code raises UnknownCodeError listing the
    known ones."""
    if value is None:
        return None
    known, upper = {
        "party code": (party_codes(), True),
        "region code": (region_codes(), True),
        "event type": (EVENT_TYPES, False),
        "topic": (topic_codes(), False),
    }[kind]
    code = value.strip().upper() if upper else value.strip().lower()
    if code not in known:
        raise UnknownCodeError(f"unknown {kind} {value!r}; known: {', '.join(known)}")
    return code


def official_results_lines(election: str) -> tuple[str, ...] | None:
    """Lines of the official vote counts of `election` (results/<id>.csv, sources in its
    comment lines), or None where we ship none."""
    path = resources.files(__package__).joinpath(_DATA, "results", f"{election}.csv")
    return tuple(path.read_text(encoding="utf-8").splitlines()) if path.is_file() else None
