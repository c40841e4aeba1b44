"""Near-duplicate documents: the same agency story republished by several outlets.

Outlets reprint a wire story with a new headline, a dateline, a line of their own or a
photo caption; the words are almost all the same. Each document gets a MinHash signature
(datasketch) of its word 3-shingles: the share of equal positions in two signatures
estimates the Jaccard similarity of their shingle sets. To find candidates among millions
of stored documents without comparing each pair, the signature is cut into `BANDS` bands of
`ROWS` values and each band hashed to a 64-bit key (locality-sensitive hashing): documents
that share any key are candidates, and a candidate is a near-duplicate when the signatures
agree on at least `THRESHOLD` of their positions.

With 16 bands of 8 rows, a pair at similarity 0.9 shares a key with probability ~1.0, at
0.8 ~0.94, at 0.7 ~0.62 and at 0.5 only ~0.06: the keys find the reprints and rarely bring
up unrelated texts, and the threshold then decides. Everything here is pure and
deterministic (fixed seed), so the keys can be stored and compared across runs.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

PERMUTATIONS = 128
BANDS = 16
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.7
SHINGLE_WORDS = 3
_SEED = 20230319

_WORD = re.compile(r"\w+")
_SCHEME = "affine32"  # named, so that stored keys stay comparable across datasketch versions
_TEMPLATE = MinHash(num_perm=PERMUTATIONS, seed=_SEED, scheme=_SCHEME)  # permutations drawn once


def shingles(text: str) -> set[bytes]:
    """The text's overlapping runs of SHINGLE_WORDS lower-cased words (the words, if fewer)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")}
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str) -> bytes:
    """The MinHash signature of `text`: PERMUTATIONS unsigned 32-bit values, as bytes."""
    sketch = MinHash(num_perm=PERMUTATIONS, seed=_SEED, permutations=_TEMPLATE.permutations, scheme=_SCHEME)
    sketch.update_batch(list(shingles(text)))
    return sketch.hashvalues.astype("<u4").tobytes()


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (fits an SQL BIGINT); equal bands give equal keys."""
    width = ROWS * 4
    return [
        int.from_bytes(
            hashlib.blake2b(sig[band * width : (band + 1) * width], digest_size=8, person=bytes([band]) * 16).digest(),
            "big",
            signed=True,
        )
        for band in range(BANDS)
    ]


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of two documents' shingles, from their signatures."""
    return float(np.mean(np.frombuffer(first, dtype="<u4") == np.frombuffer(second, dtype="<u4")))


def similarities(sig: bytes, others: list[bytes]) -> list[float]:
    """`similarity(sig, other)` for each of `others`, in one vectorised comparison."""
    if not others:
        return []
    table = np.frombuffer(b"".join(others), dtype="<u4").reshape(len(others), PERMUTATIONS)
    return (table == np.frombuffer(sig, dtype="<u4")).mean(axis=1).tolist()
