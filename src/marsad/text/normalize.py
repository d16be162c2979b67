"""Arabic normalisation for matching, with an offset map back to the original text.

The original text is never changed: `normalize_text` returns a new string and an
`OffsetMap`. What is folded, and why:

- diacritics (harakat, shadda, sukun, dagger alef) and Quranic marks: writers rarely use them
  consistently, «بُوتين» and «بوتين» are the same name;
- tatweel «ـ» and letter elongation «جداااا»: typographic stretching, not spelling;
- hamza/alef forms أ إ آ ٱ → ا: news copy drops hamza freely («اعلن» / «أعلن»);
- alef maqsura ى → ي and ta marbuta ة → ه: interchanged in Egyptian and careless typing;
- Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9; Arabic punctuation ، ؛ ؟ ٪ → , ; ? %; « » → ";
- zero-width and bidi controls (ZWNJ, LRM, RLM, embeddings, isolates, BOM): invisible noise;
- presentation forms (ﻻ, ﺑ …) → their base letters (compatibility decomposition).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from marsad.offsets import OffsetMap, Segment

DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = "\u0640"
INVISIBLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06fc"
PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefc"

_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    "ی": "ي", "ک": "ك", "ە": "ه", "ۀ": "ه",  # Persian/Urdu letter forms seen in copied text
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "«": '"', "»": '"',
    "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)  # Persian digits
_TRANSLATE = str.maketrans(_ONE_TO_ONE)

_EDIT = re.compile(
    f"[{DIACRITICS}{TATWEEL}{INVISIBLE}]+"  # deletions
    f"|([{ARABIC_LETTERS}])\\1{{2,}}"  # a letter written three or more times: «جداااا»
    f"|[{PRESENTATION_FORMS}]"  # ligatures and contextual forms
)
_DELETABLE = re.compile(f"[{DIACRITICS}{TATWEEL}{INVISIBLE}]+")


def _presentation_to_base(ch: str) -> str:
    base = unicodedata.normalize("NFKC", ch)
    return base.translate(_TRANSLATE)


def normalize_text(text: str) -> tuple[str, OffsetMap]:
    """Normalise `text` for matching; returns the new string and its `OffsetMap`."""
    parts: list[str] = []
    segments: list[Segment] = []
    orig_pos = 0
    norm_pos = 0
    for m in _EDIT.finditer(text):
        if m.start() > orig_pos:
            chunk = text[orig_pos:m.start()].translate(_TRANSLATE)
            parts.append(chunk)
            segments.append(Segment(orig_pos, m.start(), norm_pos, norm_pos + len(chunk), True))
            norm_pos += len(chunk)
        if m.group(1):  # elongation: keep one letter
            out = m.group(1).translate(_TRANSLATE)
        elif _DELETABLE.fullmatch(m.group(0)):
            out = ""
        else:
            out = _presentation_to_base(m.group(0))
        parts.append(out)
        segments.append(Segment(m.start(), m.end(), norm_pos, norm_pos + len(out), len(out) == m.end() - m.start()))
        norm_pos += len(out)
        orig_pos = m.end()
    if orig_pos < len(text):
        chunk = text[orig_pos:].translate(_TRANSLATE)
        parts.append(chunk)
        segments.append(Segment(orig_pos, len(text), norm_pos, norm_pos + len(chunk), True))
        norm_pos += len(chunk)
    return "".join(parts), OffsetMap(segments, len(text), norm_pos)


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """The matching form of one word (cached: news vocabulary repeats)."""
    if _EDIT.search(word) is None:
        return word.translate(_TRANSLATE)
    return normalize_text(word)[0]

