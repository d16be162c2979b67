"""What the linker builds while it reads one article: dictionary matches, entity clusters, stable ids."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from marsad.doc import Entity, Mention
from marsad.kb.base import KBEntry, arabic_key
from marsad.link.translit import transliterate_name
from marsad.text.clitics import letters_of

# titles and honorifics that NER may leave at the front of a name: «الشيخ تميم», «العميد عبده الحذيفي»
LEADING_TITLES = frozenset(arabic_key(w)[0] for w in (
    "الشيخ", "الرئيس", "الملك", "الأمير", "السيد", "السيدة", "العميد", "اللواء", "الجنرال", "المحقق", "القس",
    "الدكتور", "د.", "الوزير", "السفير", "العقيد", "المشير", "الإمام", "آية", "سمو", "الملكة", "السلطان",
    "مدينة", "العاصمة", "منطقة", "صحيفة", "وكالة", "قناة", "حزب", "حركة", "جماعة"))


@dataclass(slots=True)
class Match:
    """A dictionary match: tokens i..j (inclusive), character span, candidate entries."""

    i: int
    j: int
    start: int
    end: int
    candidates: list[KBEntry]
    nested: bool = False  # inside a longer name: «الجمعية العامة للأمم المتحدة» names the UN too
    far_cut: bool = False  # a lesser or curated place reached only by a clitic cut the segmenter did not make


@dataclass(slots=True)
class Cluster:
    """One entity being built: its KB entry (if any) and its mentions with token ranges."""

    key: str
    entry: KBEntry | None
    label: str
    mentions: list[Mention] = field(default_factory=list)
    ranges: list[tuple[int, int]] = field(default_factory=list)  # token ranges of name mentions
    source: list[Entity] = field(default_factory=list)  # the NER entities merged here
    unnamed: bool = False  # made from a title alone («ولي العهد السعودي» with the prince never named)
    country: str | None = None  # for a person the KB does not know: the country his title names


def drop_range(clusters: dict[str, Cluster], key: str, a: int, b: int) -> None:
    """Removes the name mention of token range (a, b) from the cluster `key` (a longer or truer reading took it)."""
    c = clusters.get(key)
    if c is None:
        return
    keep_m, keep_r = [], []
    ranges = iter(c.ranges)
    for m in c.mentions:
        if m.kind == "name":
            r = next(ranges, None)
            if r == (a, b):
                continue
            keep_r.append(r)
        keep_m.append(m)
    c.mentions, c.ranges = keep_m, [r for r in keep_r if r is not None]


def strip_title(text: str) -> str:
    """«الشيخ تميم بن حمد» → «تميم بن حمد»: the name without the honorific in front."""
    words = text.split()
    while len(words) > 1 and letters_of(words[0]) in LEADING_TITLES:
        words = words[1:]
    return " ".join(words)


def stable_id(label: str, text: str) -> str:
    """marsad:<slug>-<hash> from the folded Arabic name: the same name gives the same id in every article."""
    key = " ".join(arabic_key(strip_title(text))) or text.lower()  # English for generated names
    digest = hashlib.sha1(f"{label}:{key}".encode()).hexdigest()[:8]
    latin = text if not re.search("[\u0600-\u06ff]", text) else transliterate_name(strip_title(text))
    slug = re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")[:40]
    return f"marsad:{slug}-{digest}"
