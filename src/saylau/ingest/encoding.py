"""Turn the bytes of a news file into text, guessing the encoding the way our sources need.

Kazakh and Russian news reaches us as UTF-8 (most sites), UTF-16 (files saved from Windows
editors), cp1251 (older Russian-language sites and archives) and now and then KZ-1048 (the
Kazakh Windows code page, cp1251 with Kazakh letters in place of rare Serbian/Ukrainian ones).
General-purpose detectors are weak on short single-byte texts: a one-line cp1251 sentence is
easily taken for some other Cyrillic or Greek code page. So the order is fixed and cheap:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32), and the mark is dropped;
2. NUL bytes without a mark mean UTF-16 without its mark when they all sit on one side of
   the byte pairs (the high bytes of spaces, digits and Latin letters) and the result reads
   as Latin or Cyrillic text; otherwise a binary file;
3. strict UTF-8 (valid UTF-8 is almost never an accident);
4. cp1251 when the result reads as Cyrillic words, KZ-1048 when Kazakh-only bytes appear;
5. charset-normalizer as the last resort.

The result must then look like text (few control characters), and newlines become "\\n" so
that offsets and paragraphs mean the same thing whatever system wrote the file.
"""
from __future__ import annotations

import re

from charset_normalizer import from_bytes

from saylau.errors import EncodingError

BINARY_REASON = "binary file (not text)"

_BOMS = (  # UTF-32 first: its little-endian mark starts with the UTF-16 one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Bytes that KZ-1048 maps to Kazakh letters and cp1251 to letters Russian never uses.
_KZ1048_ONLY = frozenset(b"\x8d\x8e\x9d\x9e\xa1\xa2\xa3\xa5\xaa\xaf\xb4\xba\xbc\xbd\xbe\xbf")

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # C0/C1 controls bar \t \n \v \f \r
_SAMPLE_CHARS = 65536  # judging the start is enough, and keeps 50 MB files fast
_MAX_CONTROL_SHARE = 0.05  # texts have almost none; binary formats have many
# What news in our languages is written with: ASCII and Latin-1 text, Cyrillic (Kazakh letters
# included), general punctuation («» — …). Binary read as UTF-16 gives mostly other blocks.
_UTF16_READABLE = re.compile("[\t\n\r\x20-\x7e\xa0-\xff\u0400-\u04ff\u2000-\u206f\u2116]")
_MIN_READABLE_SHARE = 0.95


def decode_bytes(data: bytes, source: str) -> str:
    """Decode `data` read from `source` (named in errors) and normalise newlines to "\\n".

    Raises EncodingError when the bytes are binary or in no encoding we can recognise.
    Empty input gives "" (whether an empty file is an error is the caller's business).
    """
    text = _decode(data, source)
    if _looks_binary(text):
        raise EncodingError(source, BINARY_REASON)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, source: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(source, f"invalid {codec.upper()} at byte {exc.start + len(bom)}") from None
    if b"\x00" in data:
        text = _decode_utf16_without_bom(data)
        if text is None:
            raise EncodingError(source, BINARY_REASON)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    cyrillic = _decode_cyrillic_code_page(data)
    if cyrillic is not None:
        return cyrillic
    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(source, "not text in any encoding we recognise; save it as UTF-8")
    return str(best)


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 (LE or BE) bytes saved without a byte-order mark, else None."""
    if len(data) % 2:
        return None
    sample = data[: 2 * _SAMPLE_CHARS]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if min(even, odd) > 0:  # NULs on both sides: binary (text holds no U+0000)
        return None
    codec = "utf-16-le" if odd else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    head = text[:_SAMPLE_CHARS]
    readable = len(_UTF16_READABLE.findall(head))
    return text if readable >= _MIN_READABLE_SHARE * len(head) else None


def _decode_cyrillic_code_page(data: bytes) -> str | None:
    """cp1251 (or KZ-1048) text when the bytes read as Cyrillic words there, else None.

    Latin-1 text decoded as cp1251 also yields Cyrillic letters (é becomes й), but inside
    Latin words; real Cyrillic text yields whole Cyrillic words. So we ask that nearly every
    word holding a Cyrillic letter be wholly Cyrillic.
    """
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:  # 0x98 is the one byte cp1251 leaves undefined
        return None
    cyrillic_words = mixed_words = 0
    for word in _WORD.findall(text[:_SAMPLE_CHARS]):
        count = len(_CYRILLIC.findall(word))
        if count == len(word):
            cyrillic_words += 1
        elif count:
            mixed_words += 1
    if cyrillic_words == 0 or mixed_words > 0.1 * cyrillic_words:
        return None
    if _KZ1048_ONLY.intersection(data):
        return data.decode("kz1048")
    return text


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:_SAMPLE_CHARS]
    return "\x00" in sample or len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)
