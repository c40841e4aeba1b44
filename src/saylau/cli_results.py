"""`saylau results`: import protocols of the count into the store, and show what they add up to.

    saylau results import FILE.csv --election mazhilis-2023 [--strict] [--db URL]
    saylau results show --election mazhilis-2023 --level nation|region|district [--db URL | --protocols FILE.csv]
    saylau results show --election maslikhat-2023 --council KZ-75 ...   (per-council rules: one council)

`import` reads the whole file, checks it against the election (its ballots, the region
register, the lists on its ballot) and prints each bad line as ``error: FILE:LINE: reason``.
It stores the protocols whose lines are all good, in one transaction, and exits 1 when it left
any out, as `ingest` does; with ``--strict`` one bad line refuses the whole file and nothing is
stored. Importing the same file again changes nothing. `show` reads the election's protocols
from the store (or straight from a CSV with ``--protocols``, which must be free of bad lines),
sums them by level, allocates the list seats, decides the single-mandate districts, totals the
chamber per party (list + districts) and lists every consistency finding with the protocol,
file and line that cause it. Maslikhat protocols carry their council's code in the region
column, so ``--council`` keeps that council's protocols and allocates its seats. The electoral
library and the store are imported where they are used, not with the CLI.
"""
from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from fractions import Fraction
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from saylau.cli_elections import (
    FormatOption,
    OutputFormat,
    output_format,
    decimal,
    echo_json,
    chamber_table,
    district_seats_for,
    make_console,
    print_notes,
    print_warnings,
    read_lines,
    seats_table,
    user_errors,
)
from saylau.cli_help import examples
from saylau.errors import ElectionError, NoStoreError, printable

if TYPE_CHECKING:
    from saylau.elections.law import ElectionRules
    from saylau.store.protocols import StoredProtocol

results_app = typer.Typer(
    no_args_is_help=True,
    help="Protocols of the count: import, totals, turnout, winners, findings.",
    epilog=examples(
        "saylau results import protocols.csv --election mazhilis-2023",
        "saylau results show --election mazhilis-2023 --level region",
    ),
)

DbOption = Annotated[
    Optional[str],
    typer.Option(
        "--db",
        help="Database URL (sqlite:///file.db or postgresql://...); default: $SAYLAU_DB, else the user data directory.",
    ),
]


class Level(str, Enum):
    nation = "nation"
    region = "region"
    district = "district"


def _turnout(tally) -> str:
    return "" if tally.turnout is None else decimal(tally.turnout * 100)


def _nation(law, protocols, findings, output: OutputFormat, council: str | None = None) -> None:
    from saylau.elections import allocate_list_seats
    from saylau.elections.chamber import chamber_seats, seats_from_results
    from saylau.elections.results import aggregate, single_mandate_results

    tallies = aggregate(protocols, "nation", "list")
    if not tallies:
        raise ElectionError("no list-ballot protocols to sum")
    nation = tallies[0]
    outcome = allocate_list_seats(law, nation.vote_count(), council=council) if law.list_tier else None
    districts = single_mandate_results(protocols, law.single_mandate.method if law.single_mandate else "plurality")
    chamber = None
    if law.single_mandate is not None:
        tier = law.single_mandate
        count = tier.seats if tier.seats is not None else tier.seats_by_council.get(council or "")
        won = seats_from_results(districts, count) if districts else district_seats_for(law, council)
        if won is not None:
            chamber = chamber_seats(law.id, outcome, won, law.appointed.seats if law.appointed else 0)
    print_warnings(law.figure_warnings(council) + (chamber.warnings if chamber else ()))
    status = Counter(d.outcome.status for d in districts)
    by_party = Counter(d.party or d.outcome.winner for d in districts if d.outcome.status == "elected")
    if output is OutputFormat.json:
        echo_json(
            {
                "election": law.id,
                "level": "nation",
                "registered": nation.registered,
                "ballots_issued": nation.ballots_issued,
                "ballots_cast": nation.ballots_cast,
                "invalid": nation.invalid,
                "turnout": None if nation.turnout is None else str(nation.turnout),
                "protocols": nation.protocols,
                "list_seats": None if outcome is None else outcome.to_dict(),
                "single_mandate": {"outcomes": dict(status), "elected_by_party": dict(by_party)},
                "chamber": None if chamber is None else chamber.to_dict(),
                "findings": findings,
            }
        )
        return
    console = make_console()
    console.print(
        f"[bold]{law.name}[/bold]: {nation.protocols:,} list protocols; registered {nation.registered:,}, "
        f"ballots issued {nation.ballots_issued:,} (turnout {_turnout(nation)} %), "
        f"cast {nation.ballots_cast:,}, invalid {nation.invalid:,}"
    )
    if outcome is not None:
        console.print(seats_table(outcome))
        print_notes(console, outcome)
    if districts:
        table = Table(title=f"single-mandate districts: {len(districts)}")
        table.add_column("outcome")
        table.add_column("districts", justify="right")
        for party, n in by_party.most_common():
            table.add_row(f"elected: {party}", str(n))
        for name in ("against_all_leads", "tie", "second_round", "no_votes"):
            if status[name]:
                table.add_row(name.replace("_", " "), str(status[name]))
        console.print(table)
    if chamber is not None:
        console.print(chamber_table(chamber))
    _print_findings(console, findings)


def _print_findings(console: Console, findings: list[dict]) -> None:
    if not findings:
        console.print("findings: none — every protocol adds up")
        return
    console.print(f"[bold]findings: {len(findings)}[/bold]")
    for f in findings:
        line = f"  {f['file']}:{f['line']}: {f['protocol']}: {f['kind']}: {f['message']}"
        console.print(line, markup=False, highlight=False, soft_wrap=True)  # one finding, one line


def _regions(law, protocols, findings, output: OutputFormat) -> None:
    from saylau.elections.lists import threshold_base
    from saylau.elections.results import aggregate

    rows = []
    for tally in aggregate(protocols, "region", "list"):
        leader = max(tally.votes, key=tally.votes.__getitem__) if tally.votes else None
        rows.append((tally, leader))
    if output is OutputFormat.json:
        echo_json(
            {
                "election": law.id,
                "level": "region",
                "units": [
                    {
                        "region": t.region,
                        "protocols": t.protocols,
                        "registered": t.registered,
                        "ballots_issued": t.ballots_issued,
                        "ballots_cast": t.ballots_cast,
                        "invalid": t.invalid,
                        "turnout": None if t.turnout is None else str(t.turnout),
                        "votes": t.votes,
                        "against_all": t.against_all,
                    }
                    for t, _ in rows
                ],
                "findings": findings,
            }
        )
        return
    # The leader's share is of the threshold base (lists, plus against all where the law counts
    # it), as in the seats table and the API, not of ballots cast.
    base_note = "lists + against all" if law.list_tier and law.list_tier.counts_against_all else "lists"
    table = Table(title=f"{law.id}: list ballot by region", caption=f"leading list: % of the votes for {base_note}")
    for name in ("region", "protocols", "registered", "issued", "turnout %", "cast", "invalid", "leading list"):
        table.add_column(name, justify="left" if name in ("region", "leading list") else "right")
    for t, leader in rows:
        lead = ""
        base = threshold_base(law.list_tier, t.vote_count()) if law.list_tier else sum(t.votes.values())
        if leader is not None and base:
            lead = f"{leader} {decimal(Fraction(t.votes[leader], base) * 100, 1)} %"
        table.add_row(
            t.region, str(t.protocols), f"{t.registered:,}", f"{t.ballots_issued:,}", _turnout(t),
            f"{t.ballots_cast:,}", f"{t.invalid:,}", lead,
        )  # fmt: skip
    console = make_console()
    console.print(table)
    _print_findings(console, findings)


def _districts(law, protocols, findings, output: OutputFormat) -> None:
    from saylau.elections.results import single_mandate_results

    results = single_mandate_results(protocols, law.single_mandate.method if law.single_mandate else "plurality")
    if output is OutputFormat.json:
        echo_json(
            {
                "election": law.id,
                "level": "district",
                "units": [
                    {
                        "region": d.region,
                        "district": d.district,
                        "status": d.outcome.status,
                        "winner": d.outcome.winner,
                        "party": d.party,
                        "votes": d.outcome.votes,
                        "against_all": d.outcome.against_all,
                        "tied": list(d.outcome.tied),
                        "margin": d.margin,
                        "turnout": None if d.tally.turnout is None else str(d.tally.turnout),
                        "candidates": d.tally.votes,
                    }
                    for d in results
                ],
                "findings": findings,
            }
        )
        return
    table = Table(title=f"{law.id}: single-mandate districts")
    for name in ("region", "district", "turnout %", "outcome", "winner", "party", "votes", "margin", "against all"):
        table.add_column(name, justify="right" if name in ("turnout %", "votes", "margin", "against all") else "left")
    for d in results:
        outcome = d.outcome.status.replace("_", " ")
        winner = d.outcome.winner or (", ".join(d.outcome.tied) if d.outcome.tied else "—")
        table.add_row(
            d.region, d.district, _turnout(d.tally), outcome, winner, d.party or "",
            f"{d.outcome.votes:,}", f"{d.margin:,}", f"{d.outcome.against_all:,}",
        )  # fmt: skip
    console = make_console()
    console.print(table)
    _print_findings(console, findings)


# -- reading protocol files -----------------------------------------------------------------


def data_row_lines(lines: Sequence[str]) -> list[int]:
    """The file line (1-based) on which each CSV record starts; item 0 is the header's.

    Comment and blank lines are skipped as the protocol parser skips them, so item ``n`` is
    the line of the parser's data row ``n``, even when a quoted field spans lines.
    """
    pulled: list[int] = []

    def kept():
        for number, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                pulled.append(number)
                yield line

    starts = []
    reader = csv.reader(kept())
    while True:
        before = len(pulled)
        if next(reader, None) is None:
            return starts
        starts.append(pulled[before])


@dataclass(frozen=True)
class ProtocolFile:
    """A protocols file as read: the good protocols, each bad line located, what was left out."""

    stored: list[StoredProtocol]
    errors: list[str]  # "FILE:LINE: reason"
    left_out: tuple[str, ...]


def read_protocols_file(path: Path, law: ElectionRules) -> ProtocolFile:
    """The protocols of a CSV file, each with the file line where it starts, checked against
    the election `law`; a file that cannot be read at all, or holds no row, is an ElectionError."""
    from saylau.elections.protocol_csv import read_protocols_csv
    from saylau.store.protocols import StoredProtocol

    source = str(path)
    lines = read_lines(path)
    starts = data_row_lines(lines)
    read = read_protocols_csv(lines, source, law)
    if not read.protocols and not read.errors:
        raise ElectionError(f"{source}: no protocol rows under the header")
    return ProtocolFile(
        [StoredProtocol(replace(p, line=starts[p.line]), source) for p in read.protocols],
        [f"{source}:{starts[e.row]}: {e.reason}" for e in read.errors],
        read.left_out,
    )


def _echo_errors(errors: Sequence[str]) -> None:
    """Each bad line of a file as one line on stderr, escaped so that an input cannot forge one."""
    for error in errors:
        typer.echo(f"error: {printable(error)}", err=True)


def _refuse(file: ProtocolFile, source: str, why: str) -> None:
    """Every bad line of `file`, then why nothing was stored; exit 1."""
    _echo_errors(file.errors)
    typer.echo(f"error: {printable(source)}: {len(file.errors)} bad lines; {why}", err=True)
    raise typer.Exit(1)


def located_findings(stored: Sequence[StoredProtocol]) -> list[dict]:
    """Every consistency finding, naming its protocol and the file and line it was read from."""
    from saylau.elections.consistency import check_protocols

    source_of = {s.protocol.label: s.source for s in stored}
    findings = [
        {"kind": f.kind, "protocol": f.protocol, "file": source_of[f.protocol], "line": f.line, "message": f.message}
        for f in check_protocols([s.protocol for s in stored])
    ]
    return sorted(findings, key=lambda f: (f["file"], f["line"], f["kind"]))


# -- commands -------------------------------------------------------------------------------


@results_app.command(
    "import",
    epilog=examples(
        "saylau results import protocols.csv --election mazhilis-2023",
        "saylau results import protocols.csv --election mazhilis-2023 --strict",
    ),
)
def results_import(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE.csv", help="Protocols CSV (see samples/results/README.md).", show_default=False),
    ],
    election: Annotated[str, typer.Option("--election", help="Election (rules) id, e.g. mazhilis-2023.")],
    strict: Annotated[
        bool, typer.Option("--strict", help="Store nothing if any line is bad (every bad line is still listed).")
    ] = False,
    db: DbOption = None,
) -> None:
    """Store the protocols of FILE; each bad line is reported and its protocol left out.

    Importing the same file again changes nothing. Exit status 1 when a line was bad.
    """
    from saylau.elections import load_rules
    from saylau.store import open_store

    with user_errors():
        law = load_rules(election)  # an unknown election is an error before anything is read
        read = read_protocols_file(file, law)
        if read.errors and (strict or not read.stored):
            _refuse(read, str(file), "nothing imported" + (" (--strict)" if read.stored else ": no good protocol"))
        with open_store(db) as store:
            done = store.import_protocols(election, [s.protocol for s in read.stored], str(file))
            where = store.url
        findings = located_findings(read.stored)
    _echo_errors(read.errors)
    left_out = f"; {len(read.left_out)} left out for {len(read.errors)} bad lines" if read.errors else ""
    typer.echo(
        f"{file}: {done.total} protocols of {election}: {done.added} new, {done.replaced} replaced, "
        f"{done.unchanged} unchanged{left_out}; {len(findings)} findings in this file ({where})"
    )
    if read.errors:
        raise typer.Exit(1)


@results_app.command(
    "show",
    epilog=examples(
        "saylau results show --election mazhilis-2023",
        "saylau results show --election mazhilis-2023 --level district -f json",
        "saylau results show --election mazhilis-2023 --protocols protocols.csv",
    ),
)
def results_show(
    election: Annotated[str, typer.Option("--election", help="Election (rules) id, e.g. mazhilis-2023.")],
    level: Annotated[Level, typer.Option("--level", help="nation, region or district.")] = Level.nation,
    db: DbOption = None,
    protocols: Annotated[
        Optional[Path], typer.Option("--protocols", help="Read this protocols CSV instead of the store.")
    ] = None,
    council: Annotated[
        Optional[str], typer.Option("--council", help="Council code (the region column), for per-council rules such as maslikhats.")
    ] = None,
    output: Annotated[str, FormatOption] = "table",
) -> None:
    """Totals, turnout, seats, single-mandate winners and findings from the stored protocols."""
    from saylau.elections import load_rules

    with user_errors():
        output = output_format(output)
        law = load_rules(election)
        if protocols is not None and db is not None:
            raise ElectionError("give --protocols FILE.csv or --db URL, not both")
        if protocols is not None:
            read = read_protocols_file(protocols, law)
            if read.errors:
                _refuse(read, str(protocols), "nothing shown; fix them or import the file without them")
            stored = read.stored
        else:
            stored = _stored_protocols(db, election)
        stored = _council_protocols(law, stored, council)
        findings = located_findings(stored)
        show = {"nation": partial(_nation, council=council), "region": _regions, "district": _districts}[level.value]
        show(law, [s.protocol for s in stored], findings, output)


def _council_protocols(law, stored: list[StoredProtocol], council: str | None) -> list[StoredProtocol]:
    """The protocols of one council (``--council``); without it, rules that allocate per
    council are an error naming the councils the protocols hold."""
    held = sorted({s.protocol.region for s in stored if s.protocol.region})
    if council is None:
        if law.list_tier is not None and law.list_tier.seats is None:
            raise ElectionError(
                f"{law.id} allocates seats per council: pass --council CODE (councils in the protocols: {', '.join(held) or 'none'})"
            )
        return stored
    chosen = [s for s in stored if s.protocol.region == council]
    if not chosen:
        raise ElectionError(f"no protocols of council {council!r}; councils in the protocols: {', '.join(held) or 'none'}")
    return chosen


def _stored_protocols(db: str | None, election: str) -> list[StoredProtocol]:
    """The election's protocols in the store; a store that does not exist, or holds none of
    them, is an error that says how to import them."""
    from saylau.store import open_store

    how = f"run `saylau results import FILE.csv --election {election}` or pass --protocols FILE.csv"
    try:
        store = open_store(db, create=False)
    except NoStoreError as exc:
        raise NoStoreError(exc.url, how) from None
    with store:
        stored = store.load_protocols(election)
        if not stored:
            others = ", ".join(f"{name} ({n})" for name, n in store.protocol_elections().items()) or "none"
            raise ElectionError(f"{store.url}: no protocols of {election} are stored (stored: {others}); {how}")
    return stored
