"""GET /parties, /regions and /settlements: the reference data, with names in English, Russian, Kazakh."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from saylau.reference import load_parties, load_regions, load_settlements, settlement_names

from .schemas import Names, PartyOut, RegionOut, SettlementOut

router = APIRouter(tags=["reference"])


@router.get("/parties", response_model=list[PartyOut])
def parties(
    historic: Annotated[bool, Query(description="Include parties that no longer exist.")] = True,
) -> list[PartyOut]:
    """Parties in registration order (historic ones last)."""
    chosen = [p for p in load_parties() if historic or not p.historic]
    chosen.sort(key=lambda p: (p.historic, p.registration_order or 10_000, p.code))
    return [
        PartyOut(
            code=p.code,
            name=Names(**p.name),
            short_name=Names(**p.short_name),
            abbreviations=list(p.abbreviations),
            registration_order=p.registration_order,
            historic=p.historic,
        )
        for p in chosen
    ]


@router.get("/regions", response_model=list[RegionOut])
def regions() -> list[RegionOut]:
    """The 20 top-level units: 17 regions and 3 cities of republican significance."""
    return [
        RegionOut(code=r.code, kind=r.kind, name=Names(**r.name), capital=r.capital) for r in load_regions()
    ]


@router.get("/settlements", response_model=list[SettlementOut])
def settlements() -> list[SettlementOut]:
    """The settlements events name, by their canonical name (the one events carry), with the
    name to show in each language."""
    return [
        SettlementOut(name=s.name, region=s.region, kind=s.kind, names=Names(**settlement_names(s)))
        for s in load_settlements()
    ]
