"""The one size cap for every way a file arrives (a path, a folder's entry, a --feed file,
standard input), and reading within it.

A news file beyond MAX_FILE_BYTES is a mistake (a dump, a video): it is refused by its size
before a byte is read, and a file that grows or misreports its size is cut off at the cap.
"""
from __future__ import annotations

from pathlib import Path

from saylau.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024


def read_capped(path: Path, source: str, max_bytes: int = MAX_FILE_BYTES) -> bytes | InputError:
    """The file's bytes, or the InputError naming `source` that says why not (too large,
    empty, or the OS's reason)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(source, too_large(size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return InputError(source, os_reason(exc))
    if len(data) > max_bytes:
        return InputError(source, too_large(None, max_bytes))
    if not data:
        return InputError(source, "empty file")
    return data


def too_large(size: int | None, limit: int) -> str:
    """"file too large (51 MB > 50 MB limit)"; in bytes where megabytes would read "50 MB >
    50 MB"; "over the 50 MB limit" when reading stopped at the cap (`size` None)."""
    if size is None:
        return f"file too large (over the {_size(limit)} limit)"
    shown, cap = _size(size), _size(limit)
    if shown == cap:
        shown, cap = f"{size:,} bytes", f"{limit:,} bytes"
    return f"file too large ({shown} > {cap} limit)"


def _size(count: int) -> str:
    megabytes = 1024 * 1024
    if count < megabytes:
        return f"{count} bytes"
    return f"{count / megabytes:.1f}".removesuffix(".0") + " MB"


def os_reason(exc: OSError) -> str:
    """The OS's own words ("permission denied"), lower-cased to match our other reasons."""
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]
