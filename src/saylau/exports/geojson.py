"""Events as GeoJSON (RFC 7946): a FeatureCollection with one Feature per event that has a place.

Where an event is put, in the property ``located``:

- ``settlement``: at the coordinates of its settlements in the gazetteer (settlements.csv),
  a Point for one, a MultiPoint for several. A settlement name shared by several places is
  taken in the event's own region; one the gazetteer has no coordinates for is skipped.
- ``city_region``: an event that names only Astana, Almaty or Shymkent as a *region* (the
  three cities of republican significance, kind ``city`` in regions.yaml) is at that city's
  coordinates: the city is the whole region, so the point is as good as a settlement's.
- Other events that name only a region (an oblast) are left out, and counted. The reference
  data has no region centroids, and an average of the gazetteer's settlements of a region is
  not one (Ulytau's six places all lie in its south; for concave regions it may fall
  outside): a point there would tell a reader that something happened where nothing was
  reported. Their number is given in the collection's ``saylau`` member (and the CLI prints
  it), so that nothing is dropped silently; CSV, JSON and Parquet carry every event.

Coordinates are [longitude, latitude] in WGS 84, as RFC 7946 orders them.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_PROPERTIES = (
    "id", "doc_id", "paragraph", "published", "lang", "event_type", "parties", "regions", "settlements",
    "audience", "actors", "topics", "election", "list_types", "confidence", "text",
)


@dataclass
class Placement:
    """How many events were placed, and how; filled while the collection is written."""

    at_settlements: int = 0
    at_city_regions: int = 0
    left_out: int = 0  # events naming only an oblast, or no place at all

    @property
    def placed(self) -> int:
        return self.at_settlements + self.at_city_regions

    def to_dict(self) -> dict[str, int]:
        return {
            "events_at_settlements": self.at_settlements,
            "events_at_city_regions": self.at_city_regions,
            "events_left_out_without_a_point": self.left_out,
        }


def feature_collection_chunks(records: Iterable[dict[str, Any]], placement: Placement) -> Iterator[str]:
    """The collection, a feature per line; the ``saylau`` member at the end gives `placement`."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for record in records:
        feature = event_feature(record, placement)
        if feature is None:
            continue
        yield ("\n" if first else ",\n") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield '\n], "saylau": ' + json.dumps(placement.to_dict()) + "}\n"


def event_feature(record: dict[str, Any], placement: Placement) -> dict[str, Any] | None:
    """The Feature of one event record, or None (counted in `placement`) when it has no point."""
    points = settlement_points(record.get("settlements") or [], record.get("regions") or [])
    located = "settlement"
    if not points:
        points = [city_points()[code] for code in record.get("regions") or [] if code in city_points()]
        located = "city_region"
    if not points:
        placement.left_out += 1
        return None
    if located == "settlement":
        placement.at_settlements += 1
    else:
        placement.at_city_regions += 1
    geometry = (
        {"type": "Point", "coordinates": list(points[0])}
        if len(points) == 1
        else {"type": "MultiPoint", "coordinates": [list(p) for p in points]}
    )
    properties = {key: record.get(key) for key in _PROPERTIES}
    properties["located"] = located
    return {"type": "Feature", "id": record.get("id"), "geometry": geometry, "properties": properties}


def settlement_points(names: Iterable[str], regions: Iterable[str]) -> list[tuple[float, float]]:
    """(lon, lat) of each named settlement the gazetteer can place, each point once."""
    index = _settlements_by_name()
    wanted = set(regions)
    points: list[tuple[float, float]] = []
    for name in names:
        candidates = index.get(name, [])
        local = [c for c in candidates if c[0] in wanted]
        chosen = local if len(local) == 1 else candidates if len(candidates) == 1 else []
        for _, point in chosen:
            if point not in points:
                points.append(point)
    return points


@lru_cache(maxsize=1)
def _settlements_by_name() -> dict[str, list[tuple[str, tuple[float, float]]]]:
    from saylau.reference import load_settlements

    index: dict[str, list[tuple[str, tuple[float, float]]]] = {}
    for settlement in load_settlements():
        if settlement.lat is not None and settlement.lon is not None:
            index.setdefault(settlement.name, []).append((settlement.region, (settlement.lon, settlement.lat)))
    return index


@lru_cache(maxsize=1)
def city_points() -> dict[str, tuple[float, float]]:
    """Region code -> (lon, lat) of the cities that are regions of their own."""
    from saylau.reference import load_regions

    points = {}
    for region in load_regions():
        if region.kind != "city" or not region.capital:
            continue
        found = [p for code, p in _settlements_by_name().get(region.capital, []) if code == region.code]
        if len(found) == 1:
            points[region.code] = found[0]
    return points
