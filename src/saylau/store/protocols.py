"""Protocols of the count in the store, next to documents and events.

Two tables, on the same metadata as the rest of the schema so that ``open_store`` creates them:

    election_protocols       one row per election, ballot and unit (region/district/precinct;
                             an empty part means a summary above it), with the header numbers,
                             where the protocol was read from (file and line) and a fingerprint
    election_protocol_votes  its lines: votes per list or candidate, in the order of the file

A unit's protocol is stored once per election and ballot. Importing is an upsert in one
transaction: a protocol that is already stored with the same numbers is left alone (so
importing the same file twice changes nothing), one whose numbers differ is replaced (a
corrected protocol), and every other is added. Nothing else in Saylau reads these tables.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError

from saylau.elections.results import Protocol
from saylau.errors import StoreError
from saylau.store.schema import metadata

# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
_RowId = BigInteger().with_variant(Integer(), "sqlite")

election_protocols = Table(
    "election_protocols",
    metadata,
    Column("id", _RowId, primary_key=True, autoincrement=True),
    Column("election", String(), nullable=False),  # rules id, e.g. mazhilis-2023
    Column("ballot", String(), nullable=False),  # list | district
    Column("region", String(), nullable=False),  # "" for the nation's summary
    Column("district", String(), nullable=False),  # "" for a region's summary
    Column("precinct", String(), nullable=False),  # "" for a district's summary
    Column("registered", BigInteger, nullable=False),
    Column("ballots_received", BigInteger),  # not every protocol gives it
    Column("ballots_issued", BigInteger, nullable=False),
    Column("ballots_cast", BigInteger, nullable=False),
    Column("invalid", BigInteger, nullable=False),
    Column("against_all", BigInteger, nullable=False),
    Column("header_conflicts", Text, nullable=False),  # comma-separated header fields
    Column("fingerprint", String(64), nullable=False),  # sha256 of everything counted
    Column("source", Text, nullable=False),  # the file it was imported from
    Column("source_line", Integer, nullable=False),  # its first line in that file
    Column("imported_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("election", "ballot", "region", "district", "precinct", name="uq_election_protocols_unit"),
)

election_protocol_votes = Table(
    "election_protocol_votes",
    metadata,
    Column(
        "protocol_id",
        _RowId,
        ForeignKey("election_protocols.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),  # order in the file: registration order
    Column("choice", Text, nullable=False),  # a list or a candidate; against all is a column above
    Column("party", Text),  # a candidate's party, when the file names it
    Column("votes", BigInteger, nullable=False),
)


@dataclass(frozen=True)
class StoredProtocol:
    """A protocol read back, with the file it came from (``protocol.line`` is its line there)."""

    protocol: Protocol
    source: str


@dataclass(frozen=True)
class ProtocolImport:
    """What one import did: protocols added, replaced (numbers changed) and left unchanged."""

    election: str
    added: int
    replaced: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.added + self.replaced + self.unchanged


def protocol_fingerprint(p: Protocol) -> str:
    """A hash of everything a protocol counts (not where it was read from)."""
    counted = [
        p.ballot, p.region, p.district, p.precinct, p.registered, p.ballots_received,
        p.ballots_issued, p.ballots_cast, p.invalid, p.against_all, list(p.votes.items()),
        sorted(p.parties.items()), list(p.header_conflicts),
    ]  # fmt: skip
    return hashlib.sha256(json.dumps(counted, ensure_ascii=False).encode("utf-8")).hexdigest()


class ProtocolStoreMixin:
    """The protocol methods of `Store`; they need the ``_engine`` and ``url`` of the Store."""

    _engine: Engine
    url: str

    def import_protocols(self, election: str, protocols: Sequence[Protocol], source: str) -> ProtocolImport:
        """Add or replace ``protocols`` of ``election`` read from ``source``, in one transaction.

        A protocol already stored with the same numbers is left as it is (its first source is
        kept); one with other numbers is replaced by the new one. All or nothing.
        """
        now = datetime.now(timezone.utc)
        incoming: dict[tuple[str, str, str, str], Protocol] = {}
        for p in protocols:
            if (p.ballot, *p.unit) in incoming:
                raise StoreError(f"{source}: the {p.label} appears twice; give each protocol once")
            incoming[(p.ballot, *p.unit)] = p
        table = election_protocols
        with _writing(self._engine, self.url, election) as conn:
            stored = {
                (row.ballot, row.region, row.district, row.precinct): (row.id, row.fingerprint)
                for row in conn.execute(
                    select(table.c.id, table.c.ballot, table.c.region, table.c.district,
                           table.c.precinct, table.c.fingerprint).where(table.c.election == election)
                )
            }  # fmt: skip
            fresh: list[Protocol] = []
            changed: list[tuple[int, Protocol]] = []
            unchanged = 0
            for key, p in incoming.items():
                fingerprint = protocol_fingerprint(p)
                if key not in stored:
                    fresh.append(p)
                elif stored[key][1] == fingerprint:
                    unchanged += 1
                else:
                    changed.append((stored[key][0], p))
            for protocol_id, p in changed:
                conn.execute(
                    update(table).where(table.c.id == protocol_id).values(_header_row(election, p, source, now))
                )
            if changed:
                ids = [protocol_id for protocol_id, _ in changed]
                conn.execute(delete(election_protocol_votes).where(election_protocol_votes.c.protocol_id.in_(ids)))
            new_ids: list[int] = []
            if fresh:
                statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
                rows = [_header_row(election, p, source, now) for p in fresh]
                new_ids = list(conn.execute(statement, rows).scalars())
            vote_rows = [
                {"protocol_id": protocol_id, "position": position, "choice": choice,
                 "party": p.parties.get(choice), "votes": count}
                for protocol_id, p in [*changed, *zip(new_ids, fresh)]
                for position, (choice, count) in enumerate(p.votes.items())
            ]  # fmt: skip
            if vote_rows:
                conn.execute(election_protocol_votes.insert(), vote_rows)
        return ProtocolImport(election, len(fresh), len(changed), unchanged)

    def load_protocols(self, election: str) -> list[StoredProtocol]:
        """Every stored protocol of ``election``, in file order (source, then line)."""
        table, votes = election_protocols, election_protocol_votes
        with self._engine.connect() as conn:
            in_file_order = (table.c.source, table.c.source_line, table.c.id)
            headers = conn.execute(select(table).where(table.c.election == election).order_by(*in_file_order)).all()
            lines: dict[int, list[Any]] = {}
            query = (
                select(votes.c.protocol_id, votes.c.choice, votes.c.party, votes.c.votes)
                .join(table, table.c.id == votes.c.protocol_id)
                .where(table.c.election == election)
                .order_by(votes.c.protocol_id, votes.c.position)
            )
            for row in conn.execute(query):
                lines.setdefault(row.protocol_id, []).append(row)
        return [_stored_protocol(row, lines.get(row.id, [])) for row in headers]

    def protocol_elections(self) -> dict[str, int]:
        """election id → number of stored protocols, for every election with any."""
        table = election_protocols
        query = select(table.c.election, func.count()).group_by(table.c.election).order_by(table.c.election)
        with self._engine.connect() as conn:
            return {election: int(n) for election, n in conn.execute(query)}


def _header_row(election: str, p: Protocol, source: str, now: datetime) -> dict[str, Any]:
    return {
        "election": election,
        "ballot": p.ballot,
        "region": p.region,
        "district": p.district,
        "precinct": p.precinct,
        "registered": p.registered,
        "ballots_received": p.ballots_received,
        "ballots_issued": p.ballots_issued,
        "ballots_cast": p.ballots_cast,
        "invalid": p.invalid,
        "against_all": p.against_all,
        "header_conflicts": ",".join(p.header_conflicts),
        "fingerprint": protocol_fingerprint(p),
        "source": source,
        "source_line": p.line,
        "imported_at": now,
    }


def _stored_protocol(row: Any, lines: list[Any]) -> StoredProtocol:
    protocol = Protocol(
        ballot=row.ballot,
        region=row.region,
        district=row.district,
        precinct=row.precinct,
        registered=int(row.registered),
        ballots_issued=int(row.ballots_issued),
        ballots_cast=int(row.ballots_cast),
        invalid=int(row.invalid),
        votes={line.choice: int(line.votes) for line in lines},
        against_all=int(row.against_all),
        ballots_received=None if row.ballots_received is None else int(row.ballots_received),
        parties={line.choice: line.party for line in lines if line.party is not None},
        line=int(row.source_line),
        header_conflicts=tuple(name for name in row.header_conflicts.split(",") if name),
    )
    return StoredProtocol(protocol, row.source)


@contextmanager
def _writing(engine: Engine, url: str, election: str) -> Iterator[Connection]:
    """One transaction; a lost connection, a lock or a concurrent import becomes a StoreError."""
    try:
        with engine.begin() as conn:
            yield conn
    except IntegrityError as exc:
        raise StoreError(
            f"{url}: another import of {election} wrote the same protocols meanwhile; run the import again"
        ) from exc
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "unknown error"
        raise StoreError(f"{url}: cannot write ({reason}); check that the database is reachable and writable") from exc

