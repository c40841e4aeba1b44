"""Which format a client asked for: ``format=`` first, else its Accept header, else JSON.

The names are the CLI's (saylau.exports.FORMATS less ``table``). Accept is read by its media
types in order of preference (q values); a type we do not write (text/html, */*) leaves the
default, JSON, so a browser gets what it always got. A ``format=`` we do not write is a 422.
"""
from __future__ import annotations

from fastapi import Request

from saylau.errors import SaylauError
from saylau.exports import MEDIA_TYPES, check_format

from .errors import ApiError

_ACCEPTED = {
    "application/json": "json",
    "text/csv": "csv",
    "application/csv": "csv",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "application/vnd.apache.parquet": "parquet",
    "application/x-parquet": "parquet",
    "application/geo+json": "geojson",
}


def requested_format(request: Request, format: str | None, allowed: tuple[str, ...]) -> str:
    """One of `allowed` (json first among them), from ``format=`` or Accept."""
    if format is not None:
        try:
            return check_format(format, allowed, where="format")
        except SaylauError as exc:
            raise ApiError(422, str(exc)) from None
    for media_type in _preferences(request.headers.get("accept", "")):
        name = _ACCEPTED.get(media_type)
        if name in allowed:
            return name
    return "json"


def media_type(name: str) -> str:
    return MEDIA_TYPES[name]


def _preferences(header: str) -> list[str]:
    ranked = []
    for position, part in enumerate(header.split(",")):
        media, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.strip().lower()))
    return [media for _, _, media in sorted(ranked)]
