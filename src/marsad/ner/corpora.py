"""Readers for the NER corpora in ../shared/data/ner, with their tags mapped to PER/LOC/ORG/MISC.

Each corpus spells its tags differently: ANERcorp writes PERS, AQMAR has MIS0-3 and a few
typos (B-MISS1, I--ORG), FANE has 51 fine types. Everything is mapped once, here.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from marsad.errors import InputError

Sentence = tuple[list[str], list[str]]  # (words, IOB2 tags)
LABELS = ("PER", "LOC", "ORG", "MISC")

_AQMAR_FIX = {"B-MIS": "B-MISC", "B-MIS-1": "B-MISC", "B-MIS-2": "B-MISC", "B-MISS1": "B-MISC", "B-MIS1`": "B-MISC",
              "I-MIS": "I-MISC", "I--ORG": "I-ORG", "IO": "O", "OO": "O"}

# FANE's fine types (Alotaibi & Lee 2014) → our four; «Group» (العرب، المسلمين) is a people, not a
# named entity in ANERcorp's convention, so it becomes O
FANE_COARSE = {
    **dict.fromkeys(["Politician", "Other_PER", "Artist", "Athlete", "Scientist", "Religious_PER", "Businessperson",
                     "Engineer", "Lawyer", "Police"], "PER"),
    **dict.fromkeys(["Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster",
                     "Continent", "Water-Body", "Land-Region-Natural", "Celestial", "Building-Grounds", "Path",
                     "Airport", "Subarea-Facility"], "LOC"),
    **dict.fromkeys(["Government", "Commercial", "Educational", "Media", "Religious_ORG", "Sports",
                     "Non-Governmental", "Entertainment", "Medical-Science"], "ORG"),
    **dict.fromkeys(["Software", "Hardware", "Book", "Movie", "Sound", "Food", "Drug", "Plant", "Air", "Water", "Land",
                     "Projectile", "Blunt", "Shooting", "Nuclear", "Exploding", "Sharp", "Chemical"], "MISC"),
    "Group": "",
}


def map_tag(tag: str) -> str:
    """One corpus tag → B-/I- of PER, LOC, ORG, MISC, or O."""
    tag = _AQMAR_FIX.get(tag, tag)
    if tag == "O" or len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    kind = tag[2:]
    if kind == "PERS":
        kind = "PER"
    elif kind.startswith("MIS"):
        kind = "MISC"
    elif kind in FANE_COARSE:
        kind = FANE_COARSE[kind]
    if kind not in LABELS:
        return "O"
    return f"{tag[0]}-{kind}"


def read_conll(path: Path, *, sep: str | None = None) -> Iterator[Sentence]:
    """Sentences of a `token TAG` file (blank lines between sentences), tags mapped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read NER corpus {path}: {exc}") from exc
    words: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.replace("\u200e", "").replace("\u200f", "").rstrip("\r\n")
        if not line.strip():
            if words:
                yield words, tags
                words, tags = [], []
            continue
        parts = line.rsplit(sep, 1) if sep else line.rsplit(None, 1)
        if len(parts) != 2 or not parts[0].strip():
            continue
        words.append(parts[0].strip())
        tags.append(map_tag(parts[1].strip()))
    if words:
        yield words, tags


def read_aqmar(root: Path, split: str) -> list[Sentence]:
    """The sentences of one AQMAR split (train/dev/test), by the fixed document-level split."""
    files = (root / f"split_{split}_files.txt").read_text(encoding="utf-8").split()
    out: list[Sentence] = []
    for name in files:
        out.extend(read_conll(root / name))
    return out


def chunks_of(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity chunks (start, end, type) by the conlleval rule: an I- after O or another type starts one."""
    out = set()
    start = -1
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != kind:
            if start >= 0:
                out.add((start, i, kind))
                start = -1
                kind = ""
            if tag != "O":
                start, kind = i, tag[2:]
    return out
