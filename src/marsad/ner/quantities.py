"""Numbers, percentages, money and measured quantities, with normalised values.

«ثمانية آلاف كيلومتر» → QUANTITY 8000 km; «٢٫٥ مليار دولار» → MONEY 2.5e9 USD;
«30 في المئة» → PERCENT 30. Number words are read on normalised stems (ة→ه, أ→ا), so
«ثمانيةَ» and «ثمانيه» are the same word; a preposition glued to the first word stays
outside the span: «بثمانية آلاف» → «ثمانية آلاف».
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.doc import Piece, Quantity, Token
from marsad.text.clitics import segment_word
from marsad.text.normalize import normalize_word

_UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    "احد": 1, "احدي": 1,
}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50,
    "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "مئتا": 200, "مائتا": 200}
for _word, _value in [("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)]:
    _HUNDREDS[_word + "مئه"] = _HUNDREDS[_word + "مائه"] = _value * 100  # «ثلاثمائة» written as one word
# scales: singular, dual (its own value ×2) and plural (needs a number before it: «ثمانية آلاف»)
_SCALES = {"الف": 1000, "مليون": 10**6, "مليار": 10**9, "بليون": 10**9, "ترليون": 10**12, "تريليون": 10**12}
_DUAL_SCALES = {"الفان": 2000, "الفين": 2000, "الفا": 1000, "مليونان": 2 * 10**6, "مليونين": 2 * 10**6,
                "ملياران": 2 * 10**9, "مليارين": 2 * 10**9, "الفي": 2000, "مليوني": 2 * 10**6, "ملياري": 2 * 10**9}
_PLURAL_SCALES = {"الاف": 1000, "ملايين": 10**6, "مليارات": 10**9, "بلايين": 10**9, "تريليونات": 10**12}
_NUMBER_WORDS: tuple[tuple[str, dict[str, int]], ...] = (
    ("unit", _UNITS), ("ten", _TENS), ("hundred", _HUNDREDS), ("scale", _SCALES), ("dual", _DUAL_SCALES),
    ("plural", _PLURAL_SCALES))
# a lone «اثنين» is Monday and «احد» is Sunday or "someone": lone small words are not numbers
_LONE_MIN = 3
_TEENS_MARK = ("عشر", "عشره")
_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}

_CURRENCIES = {
    "دولار": "USD", "دولارا": "USD", "دولارات": "USD", "يورو": "EUR", "روبل": "RUB", "روبلا": "RUB",
    "يوان": "CNY", "ين": "JPY", "شيكل": "ILS", "شيكلا": "ILS", "شيقل": "ILS", "وون": "KRW", "روبيه": "INR",
    "جنيه": "EGP", "جنيها": "EGP", "جنيهات": "EGP", "ريال": "SAR", "ريالا": "SAR", "ريالات": "SAR",
    "درهم": "AED", "درهما": "AED", "دراهم": "AED", "دينار": None, "دينارا": None, "دنانير": None,
    "ليره": "TRY", "ليرات": "TRY", "فرنك": "CHF", "فرنكا": "CHF", "استرليني": "GBP",
}
# the adjective after a currency decides which one: «دينار تونسي», «ليرة لبنانية»
_CURRENCY_COUNTRY = {
    "امريكي": "USD", "كندي": "CAD", "استرالي": "AUD", "استرليني": "GBP", "مصري": "EGP", "سوداني": "SDG",
    "سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "ايراني": "IRR", "يمني": "YER", "اماراتي": "AED",
    "مغربي": "MAD", "تونسي": "TND", "كويتي": "KWD", "اردني": "JOD", "عراقي": "IQD", "بحريني": "BHD",
    "جزايري": "DZD", "ليبي": "LYD", "لبنانيه": "LBP", "سوريه": "SYP", "تركيه": "TRY", "سويسري": "CHF",
    "روسي": "RUB", "صيني": "CNY", "ياباني": "JPY", "كوري": "KRW", "هندي": "INR",
}
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

_MEASURES = {
    "كيلومتر": "km", "كيلومترا": "km", "كيلومترات": "km", "كلم": "km", "كم": "km",
    "متر": "m", "مترا": "m", "امتار": "m", "سنتيمتر": "cm", "سنتيمترا": "cm", "سم": "cm", "مليمتر": "mm",
    "ميل": "mi", "ميلا": "mi", "اميال": "mi", "كيلوغرام": "kg", "كيلوغراما": "kg", "كيلوجرام": "kg", "كغ": "kg",
    "كلغ": "kg", "كجم": "kg", "غرام": "g", "غراما": "g", "جرام": "g", "طن": "t", "طنا": "t", "اطنان": "t",
    "لتر": "L", "لترا": "L", "لترات": "L", "برميل": "bbl", "برميلا": "bbl", "براميل": "bbl", "هكتار": "ha",
    "هكتارا": "ha", "هكتارات": "ha", "دونم": "dunam", "دونما": "dunam", "ميغاواط": "MW", "ميجاوات": "MW",
    "كيلوواط": "kW", "درجه": "°", "درجات": "°", "عقده": "kn",
}
_SQUARE = {"مربع", "مربعا", "مربعه"}
_PERCENT_WORDS = {"المئه", "المائه"}  # «في المئة», «بالمئة»
_MONTHS = frozenset(normalize_word(m) for m in ["يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت"])
_YEAR_WORDS = frozenset({"عام", "سنه", "العام", "السنه", "عامي"})
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")


@dataclass(slots=True)
class _Reading:
    value: float
    first: int  # token index of the first number word
    last: int  # token index of the last number word
    start: int  # character start (after a glued preposition)


def _stem(token: Token) -> tuple[str, int, str]:
    """(normalised stem, its start, proclitic tags): «وعشرون» → ("عشرون", start+1, "CONJ")."""
    if token.kind != "word":
        return token.norm, token.start, ""
    pieces = pieces_of(token)
    pro = "+".join(p.tag for p in pieces if p.role == "proclitic")
    stem = next((p for p in pieces if p.role == "stem"), None)
    if stem is None:
        return token.norm, token.start, pro
    if "DET" in pro:  # «الثلاثاء», «الاثنين»: days and ordinal uses, not counts
        return "", token.start, pro
    return normalize_word(stem.text), stem.start, pro


def pieces_of(token: Token) -> list[Piece]:
    """The token's clitic pieces, computed here when the `clitics` component has not run."""
    if token.pieces or token.kind != "word":
        return token.pieces
    return [Piece(token.start + s, token.start + e, token.text[s:e], role, tag)
            for s, e, role, tag in segment_word(token.text)]


def parse_digits(norm: str) -> float | None:
    """«2,000» → 2000, «3.5» → 3.5, «12,5» (a decimal comma) → 12.5; None when not a number."""
    if not _DIGITS.match(norm):
        return None
    if "," in norm:
        parts = norm.split(",")
        if all(len(p) == 3 for p in parts[1:]) and "." not in norm:
            return float("".join(parts))
        if len(parts) == 2 and "." not in norm:
            return float(".".join(parts))
        norm = norm.replace(",", "")
    try:
        return float(norm)
    except ValueError:
        return None


def _word_value(word: str) -> tuple[str, float] | None:
    """The kind and value of a folded number word: «الفين» → ("dual", 2000)."""
    for kind, table in _NUMBER_WORDS:
        if word in table:
            return kind, table[word]
    return None


def _read_number(tokens: list[Token], i: int) -> _Reading | None:
    """The number starting at token i, in digits and/or words: «خمسة وعشرون ألفا» → 25000.

    «ثلاث مائة» → 300 (a unit before مائة multiplies it), «مليون ونصف» → 1.5 million,
    «نصف مليون» → 500,000; a free-standing «و» joins number words: «ستة و عشرون» → 26.
    """
    total = 0.0
    current = 0.0
    have = False
    words_only = True
    first = i
    start = tokens[i].start
    j = i
    last = -1
    prev_small = 0.0  # the unit or digits just read, which a following «مائة» multiplies
    last_scale = 0.0
    joined = False  # a free-standing «و» came just before
    while j < len(tokens):
        tok = tokens[j]
        if have and tok.norm == "و" and j + 1 < len(tokens) and _number_word(tokens[j + 1]):
            joined = True
            j += 1
            continue
        stem, stem_start, pro = _stem(tok)
        conj = joined or pro == "CONJ"
        joined = False
        if tok.kind == "number":
            if have:
                break
            value = parse_digits(tok.norm)
            if value is None or ":" in tok.text or "/" in tok.text:
                return None
            current = prev_small = value
            have, words_only, last = True, False, j
            start = tok.start
            j += 1
            continue
        if tok.kind != "word":
            break
        if have and pro not in ("", "CONJ"):
            break
        if not have and pro not in ("", "PREP", "CONJ", "CONJ+PREP"):
            return None
        if stem in _FRACTIONS:
            frac = _FRACTIONS[stem]
            if have and conj:  # «مليون ونصف», «خمسة وربع»
                if current == 0 and last_scale:
                    total += frac * last_scale
                else:
                    current += frac
                last = j
                j += 1
                continue
            if not have and j + 1 < len(tokens) and _stem(tokens[j + 1])[0] in _SCALES:
                current, have, last, start, first = frac, True, j, stem_start, j  # «نصف مليون»
                j += 1
                continue
            break
        reading = _word_value(stem)
        if reading is None:
            break
        kind, value = reading
        if have and conj and kind in ("scale", "plural", "dual"):
            break  # «ثلاثة وآلاف» is not one number
        if not have:
            if kind == "plural":
                return None  # «آلاف المتظاهرين»: many, not a number
            start = stem_start
            first = j
        small = 0.0
        if kind == "unit":
            if have and stem in _TEENS_MARK and 0 < current % 100 < 10 and not conj:
                current += 10  # «ثلاثة عشر» → 13
            else:
                current += value
                small = value
        elif kind == "hundred" and value == 100 and 1 < prev_small < 10 and not conj:
            current += prev_small * 99  # «ثلاث مائة» → 300
        elif kind in ("ten", "hundred"):
            current += value
        elif kind in ("scale", "plural"):
            total += (current or 1) * value
            current = 0
            last_scale = value
        else:  # dual
            total += value
            current = 0
            last_scale = value / 2
        prev_small = small
        have, last = True, j
        j += 1
    if not have:
        return None
    value = total + current
    if words_only and value < _LONE_MIN and last == first:
        return None
    return _Reading(value, first, last, start)


def _number_word(token: Token) -> bool:
    stem, _, pro = _stem(token)
    return not pro and (stem in _FRACTIONS or _word_value(stem) is not None)


def extract_quantities(tokens: list[Token], text: str) -> list[Quantity]:
    """Quantities in one sentence of tokens (with clitic pieces), in reading order."""
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind not in ("number", "word"):
            i += 1
            continue
        reading = _read_number(tokens, i)
        if reading is None:
            i += 1
            continue
        start = reading.start
        end = tokens[reading.last].end
        j = reading.last + 1
        qtype, unit = "NUMBER", None
        prev = tokens[reading.first - 1] if reading.first > 0 else None
        if prev is not None and prev.text in _CURRENCY_SYMBOLS and prev.end == tokens[reading.first].start:
            qtype, unit, start = "MONEY", _CURRENCY_SYMBOLS[prev.text], prev.start
        nxt = tokens[j] if j < len(tokens) else None
        nxt_stem = _unit_word(nxt) if nxt is not None else ""
        if _is_date_number(tokens, reading):
            i = reading.last + 1
            continue
        if nxt is not None and qtype == "NUMBER":
            if nxt.norm == "%":
                qtype, end, j = "PERCENT", nxt.end, j + 1
            elif nxt.text in _CURRENCY_SYMBOLS:
                qtype, unit, end, j = "MONEY", _CURRENCY_SYMBOLS[nxt.text], nxt.end, j + 1
            elif nxt_stem == "في" and j + 1 < len(tokens) and tokens[j + 1].norm in _PERCENT_WORDS:
                qtype, end, j = "PERCENT", tokens[j + 1].end, j + 2
            elif nxt.norm in ("بالمئه", "بالمائه"):
                qtype, end, j = "PERCENT", nxt.end, j + 1
            elif nxt_stem in _CURRENCIES:
                qtype, unit, end, j = "MONEY", _CURRENCIES[nxt_stem], nxt.end, j + 1
                if j < len(tokens) and _unit_word(tokens[j]) in _CURRENCY_COUNTRY:
                    unit = _CURRENCY_COUNTRY[_unit_word(tokens[j])]
                    end, j = tokens[j].end, j + 1
            elif nxt_stem in _MEASURES:
                qtype, unit, end, j = "QUANTITY", _MEASURES[nxt_stem], nxt.end, j + 1
                if j < len(tokens) and _unit_word(tokens[j]) in _SQUARE:
                    unit = unit + "2"
                    end, j = tokens[j].end, j + 1
        out.append(Quantity(start, end, text[start:end], qtype, reading.value, unit))
        i = j
    return out


def _unit_word(token: Token) -> str:
    """The word as a unit name: «كلم» whole (not ك + لم), else a clitic-free stem: «دولارا»."""
    if token.norm in _MEASURES or token.norm in _CURRENCIES or token.norm in _CURRENCY_COUNTRY:
        return token.norm
    stem, _, pro = _stem(token)
    return "" if pro else stem


def _is_date_number(tokens: list[Token], reading: _Reading) -> bool:
    """«18 أيلول 2023», «عام 2023», «الساعة 10:30» are dates and times: the timex component's job."""
    if reading.first != reading.last or tokens[reading.first].kind != "number":
        return False
    prev = tokens[reading.first - 1].norm if reading.first > 0 else ""
    nxt = tokens[reading.last + 1].norm if reading.last + 1 < len(tokens) else ""
    value = reading.value
    if nxt in _MONTHS or prev in _MONTHS:
        return True
    return prev in _YEAR_WORDS and 1000 <= value <= 2200 and value == int(value)
