"""The election commands of `saylau`: seats and project (and the shared helpers of results).

A thin shell over `saylau.elections`: read the file, call the library, print a rich table or
JSON. A SaylauError becomes ``error: <message>`` on stderr and exit status 1. The `results`
commands live in `saylau.cli_results`. The library is imported inside each command, so that
`saylau --help` does not load it and `project` alone loads NumPy.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from saylau.cli_help import examples
from saylau.errors import ElectionError, InputError, NoStoreError, SaylauError

if TYPE_CHECKING:
    from saylau.elections.chamber import Chamber, DistrictSeats
    from saylau.elections.law import ElectionRules
    from saylau.elections.lists import ListOutcome
    from saylau.elections.projection import Projection


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


# --format as every command takes it: a name of saylau.exports.FORMATS, checked by output_format.
FormatOption = typer.Option("--format", "-f", help="table or json.")


def output_format(value: str) -> OutputFormat:
    """The format asked for, or a one-line error naming those these commands write."""
    from saylau.exports import check_format

    return OutputFormat(check_format(value, tuple(f.value for f in OutputFormat)))


@contextmanager
def user_errors() -> Iterator[None]:
    """Print a SaylauError as one line on stderr and exit 1; let bugs keep their traceback."""
    try:
        yield
    except NoStoreError as exc:
        typer.echo(f"saylau: {exc}", err=True)
        raise typer.Exit(1) from None
    except SaylauError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text; save the CSV as UTF-8") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from None


def decimal(value: Fraction, places: int = 2) -> str:
    """A Fraction shown with `places` decimals, rounded half-even, without going through float."""
    scaled = round(value * 10**places)
    sign = "-" if scaled < 0 else ""
    whole, part = divmod(abs(scaled), 10**places)
    return f"{sign}{whole}.{part:0{places}d}" if places else f"{sign}{whole}"


def parse_percent(text: str | None) -> Fraction | None:
    if text is None:
        return None
    try:
        if not text.isascii():  # Fraction would read "٥" as 5
            raise ValueError(text)
        return Fraction(text.strip().rstrip("%")) / 100
    except (ValueError, ZeroDivisionError):
        raise ElectionError(f"--threshold is {text!r}: give a percentage such as 7 or 5.5") from None


def make_console() -> Console:
    """A console 120 columns wide when the output is not a terminal, so tables stay whole."""
    return Console(width=None if sys.stdout.isatty() else 120, emoji=False)


def echo_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def seats_table(outcome: ListOutcome) -> Table:
    base = "lists + against all" if outcome.counts_against_all else "lists"
    table = Table(
        title=f"{outcome.rules}: {outcome.seats_total} seats, threshold {decimal(outcome.threshold * 100, 2)} % "
        f"of {outcome.threshold_base:,} votes ({base})",
        caption=_caption(outcome),
    )
    # "moved": seats a guaranteed minimum (the runner-up rule) moves between lists; shown only
    # when it happens, so that integer + rem. seat + moved = seats on every row.
    moved = any(row.moved_seats for row in outcome.rows)
    names = ["party", "votes", "share %", "passed", "quotient", "integer", "remainder", "rem. seat"]
    names += ["moved", "seats"] if moved else ["seats"]
    for name in names:
        table.add_column(name, justify="left" if name in ("party", "passed") else "right")
    for row in outcome.rows:
        passed = "yes" if row.passed else ("runner-up" if row.admitted else "no")
        cells = [
            row.party,
            f"{row.votes:,}",
            decimal(row.share * 100),
            passed,
            "" if row.quotient is None else decimal(row.quotient, 4),
            str(row.integer_seats) if row.admitted else "",
            "" if row.remainder is None else decimal(row.remainder, 4),
            str(row.remainder_seats) if row.admitted else "",
        ]
        if moved:
            cells.append(f"{row.moved_seats:+d}" if row.moved_seats else "")
        table.add_row(*cells, str(row.seats))
    if outcome.against_all is not None:
        share = Fraction(outcome.against_all, outcome.threshold_base) if outcome.threshold_base else Fraction(0)
        row = ["against all", f"{outcome.against_all:,}", decimal(share * 100)]
        table.add_row(*row, *[""] * (len(names) - len(row)))
    table.add_section()
    total_votes, total_seats = sum(r.votes for r in outcome.rows), sum(outcome.seats.values())
    table.add_row("total", f"{total_votes:,}", *[""] * (len(names) - 3), str(total_seats))
    return table


def _caption(outcome: ListOutcome) -> str:
    index = outcome.proportionality()
    lines = [] if outcome.quota is None else [
        f"quota {outcome.quota} = {decimal(outcome.quota, 4)} votes per seat; method {outcome.method}"
    ]
    lines.append(
        f"Gallagher index {index.gallagher:.2f}; effective number of parties: {index.enp_votes:.2f} by votes, "
        f"{index.enp_seats:.2f} by seats"
    )
    return "\n".join(lines)


def compare_command(
    rules: Annotated[
        Optional[list[str]],
        typer.Option("--election", "--rules", help="Elections to compare (repeatable; default: every one with official results)."),
    ] = None,
    output: Annotated[str, FormatOption] = "table",
) -> None:
    """Compare elections: seats, thresholds and proportionality from the official results held."""
    from saylau.elections import allocate_list_seats, load_rules, parse_votes_csv
    from saylau.elections.official import official_results

    with user_errors():
        output = output_format(output)
        held = official_results()
        chosen = rules or sorted(held)
        unknown = [r for r in chosen if r not in held]
        if unknown:
            raise SaylauError(f"no official results held for {', '.join(unknown)}; held: {', '.join(sorted(held))}")
        rows = []
        for rules_id in chosen:
            outcome = allocate_list_seats(load_rules(rules_id), parse_votes_csv(held[rules_id].read_text(encoding="utf-8").splitlines(), rules_id))
            leader = max(outcome.rows, key=lambda r: r.votes)
            index = outcome.proportionality()
            rows.append({
                "rules": rules_id, "list_seats": outcome.seats_total, "lists": len(outcome.rows),
                "passed": len(outcome.passed), "threshold": str(outcome.threshold),
                "leader": leader.party, "leader_votes": str(leader.share), "leader_seats": outcome.seats[leader.party],
                **index.to_dict(),
            })
    if output is OutputFormat.json:
        echo_json(rows)
        return
    table = Table(
        title="Elections compared (list tier, official votes)",
        caption="ENP: effective number of parties by votes and by seats; Gallagher: least-squares index",
    )
    for name in ("election", "seats", "lists", "passed", "thr. %", "leader", "votes %", "seats %", "ENP v", "ENP s", "Gallagher"):
        table.add_column(name, justify="left" if name in ("election", "leader") else "right", no_wrap=name == "election")
    for row in rows:
        table.add_row(
            row["rules"], str(row["list_seats"]), str(row["lists"]), str(row["passed"]),
            decimal(Fraction(row["threshold"]) * 100, 2), row["leader"], decimal(Fraction(row["leader_votes"]) * 100),
            decimal(Fraction(row["leader_seats"], row["list_seats"]) * 100), f"{row['enp_votes']:.2f}",
            f"{row['enp_seats']:.2f}", f"{row['gallagher']:.2f}",
        )
    make_console().print(table)


def print_notes(console: Console, outcome: ListOutcome) -> None:
    for tie in outcome.ties:
        who = ", ".join(tie.contenders)
        decided = f"awarded to {', '.join(tie.awarded)} ({tie.rule})" if tie.awarded else "left to lot"
        console.print(f"tie ({tie.stage}): {who} on {tie.value} for {tie.seats} seat(s): {decided}")
    for note in outcome.notes:
        console.print(f"note: {note}")


def print_warnings(warnings: tuple[str, ...]) -> None:
    """Each warning as one line on stderr: the result stands, but an input needs a look."""
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)


def seats_command(
    ctx: typer.Context,
    rules: Annotated[Optional[str], typer.Option("--election", "--rules", help="The election (its rules id), e.g. mazhilis-2023.")] = None,
    votes: Annotated[Optional[Path], typer.Option("--votes", help="CSV with columns party,votes (a row against_all).")] = None,
    seats: Annotated[Optional[int], typer.Option("--seats", help="Override the number of list seats.")] = None,
    council: Annotated[Optional[str], typer.Option("--council", help="Council code, for per-council rules.")] = None,
    threshold: Annotated[Optional[str], typer.Option("--threshold", help="What if: threshold in percent.")] = None,
    districts: Annotated[
        Optional[Path],
        typer.Option("--districts", help="CSV of district winners (district,winner,party[,region,area,source]); default: the packaged one."),
    ] = None,
    output: Annotated[str, FormatOption] = "table",
) -> None:
    """Allocate list seats from vote counts by the law of an election and, for a mixed
    election, add the district winners into one chamber table (`saylau seats compare`:
    several elections side by side)."""
    if ctx.invoked_subcommand is not None:
        return
    from saylau.elections import allocate_list_seats, load_rules, parse_votes_csv
    from saylau.elections.chamber import chamber_seats

    with user_errors():
        if rules is None or votes is None:
            raise SaylauError("seats needs --election and --votes (or: saylau seats compare)")
        output = output_format(output)
        law = load_rules(rules)
        count = parse_votes_csv(read_lines(votes), str(votes))
        outcome = allocate_list_seats(law, count, seats=seats, council=council, threshold=parse_percent(threshold))
        won = district_seats_for(law, council, districts)
        chamber = None if won is None else chamber_seats(law.id, outcome, won, law.appointed.seats if law.appointed else 0)
    print_warnings(law.figure_warnings(council) + outcome.warnings + (chamber.warnings if chamber else ()))
    if output is OutputFormat.json:
        echo_json({**outcome.to_dict(), **({"chamber": chamber.to_dict()} if chamber else {})})
        return
    console = make_console()
    console.print(seats_table(outcome))
    print_notes(console, outcome)
    if chamber is not None:
        console.print(chamber_table(chamber))


def district_seats_for(
    law: ElectionRules, council: str | None = None, districts: Path | None = None
) -> DistrictSeats | None:
    """District seats for the chamber table: from `districts` (a districts CSV) if given, else
    from the files packaged for the election; None when the election has no such tier or its
    council's district count is unknown."""
    from saylau.elections.chamber import choose_district_seats, parse_district_totals_csv, parse_districts_csv
    from saylau.elections.official import packaged_districts

    tier = law.single_mandate
    if tier is None:
        return None
    count = tier.seats if tier.seats is not None else tier.seats_by_council.get(council or "")
    if count is None:
        return None
    if districts is not None:
        return choose_district_seats(count, parse_districts_csv(read_lines(districts), str(districts)))
    if council is not None:  # the packaged files are of nationwide districts
        return choose_district_seats(count)
    winners_file, totals_file = packaged_districts(law.id)
    winners = parse_districts_csv(read_lines(winners_file), winners_file.name) if winners_file else None
    totals = parse_district_totals_csv(read_lines(totals_file), totals_file.name) if totals_file else None
    return choose_district_seats(count, winners, totals)


def chamber_table(chamber: Chamber) -> Table:
    """List seats, district seats and their sum per party."""
    title = f"{chamber.rules}: chamber of {chamber.list_seats} list + {chamber.district_seats} district seats"
    notes = [f"district seats from {chamber.district_origin}", *chamber.notes]
    if chamber.undecided_districts:
        notes.append(f"{chamber.undecided_districts} district(s) undecided")
    if chamber.unallocated_list_seats:
        notes.append(f"{chamber.unallocated_list_seats} list seat(s) undecided")
    if chamber.appointed:
        notes.append(f"{chamber.appointed} appointed seats not shown")
    table = Table(title=title, caption="\n".join(notes), min_width=66)  # title and notes unwrapped
    for name in ("party", "list", "districts", "seats"):
        table.add_column(name, justify="left" if name == "party" else "right")
    for row in chamber.rows:
        table.add_row(row.party, str(row.list_seats), str(row.district_seats), str(row.seats))
    table.add_section()
    decided = sum(row.seats for row in chamber.rows)
    table.add_row("total", str(sum(r.list_seats for r in chamber.rows)), str(sum(r.district_seats for r in chamber.rows)), str(decided))
    return table


def projection_table(result: Projection) -> Table:
    table = Table(
        title=f"{result.rules}: {result.seats_total} seats"
        + ("" if result.threshold is None else f", threshold {decimal(result.threshold * 100, 2)} %")
        + f", {result.sims:,} simulations, poll of {result.respondents:,}"
        + (f", seed {result.seed}" if result.seed is not None else "")
    )
    for name in ("party", "poll %", "P(pass) %", "seats 5 %", "median", "seats 95 %", "mean"):
        table.add_column(name, justify="left" if name == "party" else "right")
    for row in result.rows:
        table.add_row(
            row.party,
            f"{row.poll_share * 100:.1f}",
            f"{row.pass_probability * 100:.1f}",
            str(row.seats_5),
            str(row.seats_50),
            str(row.seats_95),
            f"{row.mean_seats:.1f}",
        )
    return table


def project_command(
    rules: Annotated[str, typer.Option("--election", "--rules", help="The election (its rules id), e.g. mazhilis-2023.")],
    poll: Annotated[Path, typer.Option("--poll", help="CSV with party and share (or respondents).")],
    sims: Annotated[int, typer.Option("--sims", help="Number of simulations.")] = 10_000,
    seed: Annotated[Optional[int], typer.Option("--seed", help="Random seed, for a reproducible run.")] = None,
    sample_size: Annotated[Optional[int], typer.Option("--sample-size", help="Respondents of the poll.")] = None,
    seats: Annotated[Optional[int], typer.Option("--seats", help="Override the number of list seats.")] = None,
    council: Annotated[Optional[str], typer.Option("--council", help="Council code, for per-council rules.")] = None,
    threshold: Annotated[Optional[str], typer.Option("--threshold", help="What if: threshold in percent.")] = None,
    output: Annotated[str, FormatOption] = "table",
) -> None:
    """Seats a poll implies: threshold probability and 5/50/95 % seat quantiles per party."""
    from saylau.elections import load_rules
    from saylau.elections.projection import DEFAULT_TOTAL_VOTES, parse_poll_csv, project

    with user_errors():
        output = output_format(output)
        law = load_rules(rules)
        parsed = parse_poll_csv(read_lines(poll), str(poll))
        result = project(law, parsed, sims, seed, sample_size, seats, council, DEFAULT_TOTAL_VOTES, parse_percent(threshold))
    print_warnings(law.figure_warnings(council) + parsed.warnings)
    if output is OutputFormat.json:
        echo_json(result.to_dict())
    else:
        make_console().print(projection_table(result))


def register(app: typer.Typer) -> None:
    """Add the election commands to the `saylau` app."""
    from saylau.cli_results import results_app  # it builds on the helpers above

    seats_app = typer.Typer(
        no_args_is_help=False,
        help="List seats by the law of an election; `compare` puts elections side by side.",
        epilog=examples(
            "saylau seats --election mazhilis-2023 --votes votes.csv",
            "saylau seats --election mazhilis-2023 --votes votes.csv --threshold 7",
            "saylau seats compare",
        ),
    )
    seats_app.callback(invoke_without_command=True)(seats_command)
    seats_app.command(
        "compare",
        epilog=examples("saylau seats compare", "saylau seats compare --election mazhilis-2021 --election mazhilis-2023"),
    )(compare_command)
    app.add_typer(seats_app, name="seats")
    app.command(
        "project",
        epilog=examples(
            "saylau project --election mazhilis-2023 --poll poll.csv --sample-size 1200",
            "saylau project --election mazhilis-2023 --poll respondents.csv --threshold 7",
        ),
    )(project_command)
    app.add_typer(results_app, name="results")
