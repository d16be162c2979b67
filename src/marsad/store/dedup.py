"""Near-duplicate detection: MinHash signatures over word shingles, LSH bands kept in the store.

Syndicated copies and light rewrites («قالت وكالة الأنباء…» reposted by ten sites) share
most of their word 3-grams. datasketch computes the MinHash; its LSH parameters (bands ×
rows for the chosen threshold) decide the banding, and the band hashes are rows of the
`lsh_buckets` table, so the index survives restarts and works the same in PostgreSQL.
"""
from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
THRESHOLD = 0.8
SHINGLE = 3
MIN_SHINGLES = 8  # a few words are not enough to call two articles copies


@dataclass(frozen=True)
class Signature:
    """A document's MinHash values and its LSH bucket keys."""

    values: np.ndarray
    buckets: tuple[int, ...]

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()


@lru_cache(maxsize=1)
def _banding() -> tuple[int, int, Any, Any]:
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    template = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)
    return lsh.b, lsh.r, template.permutations, getattr(template, "scheme", None)


def signature_of(terms: list[str]) -> Signature | None:
    """The MinHash signature of a word sequence (None when it is too short to compare)."""
    if len(terms) < SHINGLE + MIN_SHINGLES - 1:
        return None
    # the same shingles as " ".join(terms[i:i + 3]), made without slicing (this runs for every article)
    shingles = [s.encode("utf-8") for s in set(map(" ".join, zip(*(terms[k:] for k in range(SHINGLE)))))]
    bands, rows, permutations, scheme = _banding()
    # reusing the permutations saves regenerating them for every article
    # crc32 (C, stable across processes) instead of the default SHA-1: signatures are stored
    mh = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, permutations=permutations,
                 **({"scheme": scheme} if scheme else {}))
    mh.update_batch(shingles)
    values = mh.hashvalues.astype(np.uint32)
    buckets = []
    for band in range(bands):
        chunk = values[band * rows:(band + 1) * rows].astype("<u4").tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        buckets.append(int.from_bytes(digest, "little", signed=True))
    return Signature(values, tuple(buckets))


def similarity(a: Signature | np.ndarray, b: bytes | np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (the share of equal MinHash values)."""
    va = a.values if isinstance(a, Signature) else a
    vb = np.frombuffer(b, dtype="<u4") if isinstance(b, (bytes, bytearray, memoryview)) else b
    return float(np.count_nonzero(va == vb)) / len(va)
