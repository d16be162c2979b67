"""Find Arabic time expressions and resolve them against the publication date.

The text is normalised once (`normalize_text`: hamza, ta marbuta, diacritics, Arabic-Indic
digits folded) and scanned by a dozen compiled patterns, one per family (absolute dates,
relative days, weekdays, relative periods, «منذ/قبل/بعد» offsets, durations, clock times,
sets, holidays). Each match becomes a candidate; overlapping candidates keep the longest,
and spans are mapped back to the original text through the `OffsetMap`.

Conjunctions and prepositions glued to the first word («وأمس», «لعام ونصف») stay outside
the span. Weekdays are the most recent such day on or before publication unless a word
(«المقبل») or a future verb in the clause («سيزور الكويت الأحد») says otherwise.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from marsad.doc import TimeExpr
from marsad.text.normalize import normalize_text
from marsad.text.words import RELATIVE_PRONOUNS
from marsad.timex import lexicon as lx
from marsad.timex.patterns import (
    AGO_WORDS,
    COUNT_NOUNS,
    HIJRI_MONTH_RE,
    MONTH_RE,
    PAIR_REL,
    REL_PLURAL,
    RX_AGE_BEFORE,
    RX_AGE_WORD,
    RX_AMOUNT,
    RX_APPROX_WORDS,
    RX_CLAUSE_BREAK,
    RX_DAY_PAIR,
    RX_DAYONLY,
    RX_DMY,
    RX_FUTURE_VERB,
    RX_HABITUAL,
    RX_HIJRI,
    RX_HOLIDAY,
    RX_IMPERFECT,
    RX_MDY,
    RX_MONTH,
    RX_NEXT_MONTH,
    RX_NIGHT_PAIR,
    RX_NIGHT_WEEKDAYS,
    RX_NOT_FUTURE,
    RX_NOT_IMPERFECT,
    RX_NUMERIC,
    RX_NUMERIC2,
    RX_OPENING_VERB,
    RX_ORDOF,
    RX_PERIOD,
    RX_QUOTE,
    RX_RANGE_DAY,
    RX_RELDAY,
    RX_SET,
    RX_SPEECH,
    RX_TIME,
    RX_TRAILING,
    RX_VAGUE,
    RX_WEEKDAY,
    RX_YEAR,
    UNIT_RE,
    WEEKDAY_RE,
    YEAR_RE,
)
from marsad.timex.resolve import (
    FUTURE,
    NEAREST,
    PAST,
    choose_hijri_year,
    choose_year,
    convert_hijri,
    format_at,
    format_duration,
    resolve_weekday,
    shift_date,
)


@dataclass(slots=True)
class _Cand:
    start: int  # normalised offsets
    end: int
    type: str
    value: str | None
    mod: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    day_offset: int | None = None  # deictic days («اليوم» 0, «أمس» -1): re-anchored inside quotes


@dataclass(slots=True)
class _Ctx:
    norm: str
    anchor: dt.date | None
    include_vague: bool


# ---------------------------------------------------------------- helpers
# accusative units that are an amount on their own: «أمهلت الحكومة أسبوعا», «منحهم شهرا» (not «عاما», an age,
# nor «يوما», «some day»)
_COUNTED_ALONE = frozenset({"اسبوعا", "شهرا"})


OPENING_VERB_CLAUSE = 6  # words from a clause's opening verb to the day it plans («تلتقي الأطراف الليبية في باريس الثلاثاء»)


def _direction(ctx: _Ctx, start: int, rel: str | None = None, *, window: int = 8, strong: bool = False) -> str:
    """PAST, FUTURE or NEAREST for an expression starting at `start` (normalised offset).

    `strong` keeps only explicit future verbs («سيزور», «سوف»), for months and full dates.
    """
    if rel:
        if rel in lx.FUTURE_WORDS:
            return FUTURE
        if rel in lx.PAST_WORDS:
            return PAST
    text = ctx.norm[max(0, start - 90):start].rstrip()
    if text.endswith((",", "،")):  # «سوف يعقد جلسة طارئة، الخميس،»: set off by commas, still in the clause
        text = text[:-1]
    cut = max((m.end() for m in RX_CLAUSE_BREAK.finditer(text)), default=0)
    clause = text[cut:].split()
    words = clause[-window:]
    if words and words[-1] in ("منذ", "ومنذ"):
        return PAST  # «وتستضيف روسيا منذ الخميس المونديال»: since a day is behind, whatever the verb's tense
    if len(words) >= 2 and words[-1] == "من" and words[-2] in _STARTING_FROM:
        # «بوقف إنساني يومي للقتال … بدءا من يوم الثلاثاء»: what starts from a day is coming; from a month it
        # may have begun («امتدت الهجمات إلى الجنوب ابتداء من يونيو» in August): the nearest
        return NEAREST if strong else FUTURE
    if _called_for(clause):
        return FUTURE  # «دعا ماكرون المسؤولين الليبيين للمشاركة الثلاثاء»: what one is called to do is ahead
    if _planned(words, clause[:-len(words)] if words else []):
        return FUTURE
    # «يتوجه المكسيكيون الأحد إلى صناديق الاقتراع»: a clause that opens with an imperfect verb
    # announces what is coming; «قتل طفل يبلغ من العمر …» (the verb inside the clause) does not
    # (a relative clause on the way may hold a verb of its own: «يعوض الملا منصور الذي أعلن تعيينه الجمعة»)
    if (cut > 0 or start <= 90) and 0 < len(clause) <= OPENING_VERB_CLAUSE and _plans_ahead(clause[0]) \
            and not strong and (len(clause) <= 4 or not RELATIVE_PRONOUNS.intersection(clause)):
        return FUTURE
    if cut == 0 and start <= 90 and not strong and _headline_plan(clause):
        return FUTURE
    for i, w in enumerate(words):
        if RX_FUTURE_VERB.match(w) and not RX_NOT_FUTURE.match(w) and not w.endswith(("ه", "ات", "ين", "يه")):
            return FUTURE
        # «القمة التي تحتضنها الظهران الأحد», «بومبيو الذي يتوجه … الجمعة»: an imperfect verb in a
        # relative clause describes what is planned; a bare imperfect («يبلغ من العمر») does not
        if not strong and (w in RELATIVE_PRONOUNS or w in _WHERE) and i + 1 < len(words) \
                and RX_IMPERFECT.match(words[i + 1]) and not RX_NOT_IMPERFECT.search(words[i + 1]) \
                and not RX_HABITUAL.search(words[i + 1]) \
                and (words[i + 1].lstrip("وف")[:1] == "ي" or words[i + 1].endswith(("ها", "ه"))):
            # a ت-initial verb is imperfect when it carries an object («تستضيفها»); bare it is
            # often a perfect of forms V/VI («التي تعادل فيها», «الذي تحدث»)
            return FUTURE
    return NEAREST


# «إلى باريس حيث يلتقي الرئيس ماكرون الثلاثاء»: «حيث» opens a clause of what is planned there, as a relative does
_WHERE = frozenset({"حيث", "وحيث"})
# «بحلول نوفمبر» (by November), «من المقرر أن تعقد … في 5 نوفمبر»: what is planned lies ahead
_PLANNING = frozenset({"المقرر", "المتوقع", "المحتمل", "المنتظر", "المزمع"})
_DEADLINE = "مهل"  # «أمهل», «يمهل», «مهلة», «المهلة»: a deadline given, up to «حتى» a day
_APPEAL_VERBS = frozenset({"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "ناشد", "ناشدت", "حث", "حثت"})
# what one is called to on a day: taking part, protesting, striking, voting, a meeting (stems, normalised)
_CALLED_TO = ("مشارك", "تظاهر", "حضور", "تصويت", "احتجاج", "اضراب", "اعتصام", "اجتماع", "جلسه", "لقاء", "قمه")
_STARTING_FROM = frozenset({"بدء", "بدءا", "ابتداء", "ابتداءا", "اعتبارا", "واعتبارا", "وابتداء", "وبدءا"})


def _called_for(clause: list[str]) -> bool:
    """An appeal verb in the clause and, right before the day, the gathering it calls to: «للمشاركة»,
    «إلى التظاهر» («دعا ماكرون إلى الحوار الثلاثاء» may tell the day of the call)."""
    if len(clause) < 2 or not any(w in _APPEAL_VERBS or (w[:1] in "وف" and w[1:] in _APPEAL_VERBS)
                                  for w in clause[:-1]):
        return False
    act = clause[-1]
    if clause[-2] in ("الي", "والي"):
        act = act.removeprefix("ال")
    elif act.startswith("لل"):
        act = act[2:]
    elif act.startswith("ل"):
        act = act[1:]
    else:
        return False
    return act.startswith(_CALLED_TO)


def _headline_plan(clause: list[str]) -> bool:
    """«ماكرون يجمع الأطراف الليبية الثلاثاء», «أردوغان يؤدي الاثنين اليمين»: a headline's subject followed by
    an imperfect verb announces the day ahead (in the body the same order often tells what was going on)."""
    return len(clause) > 1 and _plans_ahead(clause[1]) and len(clause) - 1 <= OPENING_VERB_CLAUSE \
        and not RELATIVE_PRONOUNS.intersection(clause)


def _plans_ahead(word: str) -> bool:
    """An imperfect verb that tells what is coming: not a noun of the same shape, nor a habitual verb."""
    return bool(RX_OPENING_VERB.match(word)) and not RX_NOT_IMPERFECT.search(word) and not RX_HABITUAL.search(word)


def _planned(words: list[str], before: list[str] | None = None) -> bool:
    """Whether the words before a date plan what it dates ahead; `before` holds the clause's words out of their
    reach, which may tell the plan of the past («وكان من المقرر أن …»)."""
    if words and words[-1] in ("بحلول", "وبحلول"):
        return True
    if words and words[-1] in ("حتي", "وحتي") and any(_DEADLINE in w for w in words):
        return True  # «أمهل الرئيس الأمريكي الأوروبيين حتى 12 أيار/مايو»: a deadline lies ahead
    told = (before or []) + words
    skip = len(told) - len(words)
    return any(w in _PLANNING and i + 1 < len(words) and words[i + 1] in ("ان", "أن")
               and not _was_planned(told, skip + i) for i, w in enumerate(words))


_WAS = frozenset({"كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"})


def _was_planned(words: list[str], i: int) -> bool:
    """«وكان من المقرر أن يجري التصويت … الجمعة، لكنه تأجل»: what was planned may lie behind as well as ahead."""
    return i >= 2 and words[i - 1] == "من" and words[i - 2] in _WAS


def _month_of(name: str | None) -> int | None:
    if not name:
        return None
    return lx.MONTHS.get(re.sub(r"\s+", " ", name))


def _day_of(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return lx.parse_ordinal(re.sub(r"\s+", " ", text))


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return lx.parse_cardinal(re.sub(r"\s+", " ", text))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _date_value(ctx: _Ctx, start: int, month: int, day: int | None, year: int | None,
                rel: str | None) -> str | None:
    """YYYY-MM-DD or YYYY-MM; without a year it is chosen near the anchor, else XXXX-MM-DD."""
    if year is None:
        if ctx.anchor is None:
            return f"XXXX-{month:02d}-{day:02d}" if day else f"XXXX-{month:02d}"
        if rel in lx.CURRENT_WORDS:
            year = ctx.anchor.year
        elif day:  # «الخميس 19 نيسان»: nearest, whatever the verb (a full date is rarely far ahead), unless planned
            # «ومن المحتمل أن تفرض عقوبات أكثر إضرارا بالاقتصاد الإيراني في الخامس من نوفمبر»: the plan may
            # stand a dozen words before the date
            if rel:
                direction = _direction(ctx, start, rel)
            else:
                told = ctx.norm[max(0, start - 120):start].split()
                direction = FUTURE if _planned(told[-12:], told[:-12][-2:]) else NEAREST
            year = choose_year(ctx.anchor, month, day, direction)
        else:  # «ستجرى الانتخابات في مايو»: an explicit future verb points ahead
            year = choose_year(ctx.anchor, month, day, _direction(ctx, start, rel, strong=True))
    if day:
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    return f"{year:04d}-{month:02d}"


# ---------------------------------------------------------------- handlers: match → candidate
def _on_dmy(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    month = _month_of(m["m"])
    day = _day_of(m["d"])
    year = _year_of(m["y"])
    if not month or not day or day > 31:
        return None
    if m["m2"] and _month_of(m["m2"]) != month:
        return None
    if year is None and (day, month) == (11, 9) and RX_SEPT_11.search(ctx.norm[max(0, m.start("x") - 14):m.start("x")]):
        year = 2001  # «هجمات 11 سبتمبر»: the attacks have a year of their own, whatever the article's
    value = _date_value(ctx, m.start("x"), month, day, year, m["rel"])
    return _Cand(m.start("x"), m.end("x"), "DATE", value) if value else None


RX_SEPT_11 = re.compile(r"(?:هجمات|احداث|اعتداءات|تفجيرات|ضربات)\s*$")


def _on_mdy(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    """«سبتمبر10, 2000», «يناير الثاني والعشرين، 2018»: month before day."""
    month = _month_of(m["m"])
    day = _day_of(m["d"])
    if not month or not day or day > 31 or (m["m2"] and _month_of(m["m2"]) != month):
        return None
    value = _date_value(ctx, m.start("x"), month, day, _year_of(m["y"]), None)
    return _Cand(m.start("x"), m.end("x"), "DATE", value) if value else None


def _calendar_cue(ctx: _Ctx, start: int, m: re.Match[str]) -> bool:
    """Whether an ambiguous month name («مارس», also the verb "practised") is used as a month here."""
    if m["m2"] or m["y"] or m["rel"] or m["mod"] or m["cue"]:
        return True
    before = ctx.norm[max(0, start - 12):start]
    return re.search(r"(?:في|منذ|حتي|خلال|بحلول|مطلع|اوائل|اواخر|منتصف|بدايه|نهايه|شهر|من|الي)\s*$", before) is not None


def _on_month(m: re.Match[str], ctx: _Ctx) -> _Cand | list[_Cand] | None:
    month = _month_of(m["m"])
    if not month:
        return None
    if m["m2"] and _month_of(m["m2"]) != month:
        return _two_months(m, ctx)
    name = re.sub(r"\s+", " ", m["m"])
    if name in lx.AMBIGUOUS_MONTHS and not _calendar_cue(ctx, m.start("x"), m):
        return None
    rel = PAIR_REL.get(m["rel"], m["rel"]) if m["rel"] else None
    year = _year_of(m["y"])
    if year is None and not rel:
        # «في مارس (آذار) وأبريل (نيسان) 2012»: the year after the second month belongs to both
        shared = RX_SHARED_YEAR.match(ctx.norm, m.end("x"))
        year = int(shared["y"]) if shared else None
        # «خلال شهر سبتمبر (أيلول) أو أكتوبر (تشرين الأول) المقبلين»: and so does the plural after it
        following = RX_NEXT_MONTH.match(ctx.norm, m.end("x")) if shared is None else None
        rel = PAIR_REL[following["rel"]] if following else None
    if m["mod"] == _FIRST:  # «في أول يوليو»: the first of July (early July is «أوائل/مطلع يوليو»)
        return _Cand(m.start("x"), m.end("x"), "DATE", _date_value(ctx, m.start("x"), month, 1, year, rel))
    value = _date_value(ctx, m.start("x"), month, None, year, rel)
    mod = lx.PERIOD_MODS.get(m["mod"]) if m["mod"] else None
    return _Cand(m.start("x"), m.end("x"), "DATE", value, mod)


def _two_months(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """«في سبتمبر أو أكتوبر المقبلين»: two months side by side, not one month in two calendars; each is read
    on its own (the first sees the plural and the year after the second)."""
    first = RX_MONTH.match(ctx.norm, m.start(), m.end("m"))
    second = RX_MONTH.match(ctx.norm, m.start("m2"))
    found: list[_Cand] = []
    for one in (first, second):
        cand = _on_month(one, ctx) if one is not None else None
        if isinstance(cand, _Cand):
            found.append(cand)
    return found


_FIRST = "اول"


RX_SHARED_YEAR = re.compile(rf"\s*(?:\([^()]{{2,20}}\))?\s*(?:او|و)\s*(?:{MONTH_RE})(?:\s*[/(]\s*[^()/\d]{{2,20}}\)?)?\s+(?P<y>(?:19|20)\d\d)(?!\d)")


def _on_numeric(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    sep_comma = "," in m["x"]
    if len(m["a"]) == 4:  # 2016/02/22
        year, month, day = a, b, c
    elif len(m["c"]) == 4 and 1300 <= c <= 1500:  # «28/8/1436هـ»: a Hijri date, day first
        year, month, day = c, b, a
    else:
        year = c if len(m["c"]) == 4 else 2000 + c
        if sep_comma or (a <= 12 < b):  # «08/12, 2015» (US order) or 4/22/2016
            month, day = a, b
        else:  # Arab usage: day first, «21-04-2016»
            day, month = a, b
    if 1300 <= year <= 1500:  # no news is dated in the 14th century: the Hijri calendar
        if not (1 <= month <= 12 and 1 <= day <= 30):
            return None
        value = convert_hijri(year, month, day)
        end = m.end("x")
        era = re.match(r"\s*ه(?:جريه?)?(?!\w)", ctx.norm[end:end + 8])
        return _Cand(m.start("x"), end + (era.end() if era else 0), "DATE", value,
                     attrs={"calendar": "hijri", "hijri": f"{year:04d}-{month:02d}-{day:02d}"}) if value else None
    if not _valid(year, month, day):
        return None
    return _Cand(m.start("x"), m.end("x"), "DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _on_numeric2(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    a, b = int(m["a"]), int(m["b"])
    if m["s"] == "." and not m["cue"]:
        after = ctx.norm[m.end("x"):m.end("x") + 3]
        before = ctx.norm[max(0, m.start("x") - 12):m.start("x")]
        if after.strip()[:1] not in ("", ".", "!", "?") or b <= 12 or \
                re.search(r"(?:نسبه|بنسبه|بلغ|بلغت|الي|من|بمعدل|قدره|عند|مستوي|سعر)\s*$", before):
            return None  # «4.22» is a decimal number unless «في» or «يوم» introduces it
    if m["s"] == "." or (a <= 12 < b):  # «4.22», «4/22»: month first
        month, day = a, b
    else:
        day, month = a, b
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if not m["cue"] and not (day > 12):
        return None  # «3-1» is a score; an unambiguous day (>12) or a cue makes it a date
    value = _date_value(ctx, m.start("x"), month, day, None, None)
    return _Cand(m.start("x"), m.end("x"), "DATE", value) if value else None


def _on_dayonly(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    day = int(m["x"])
    if ctx.anchor is None:
        return _Cand(m.start("x"), m.end("x"), "DATE", f"XXXX-XX-{day:02d}")
    options = []
    for k in (-1, 0, 1):
        d = shift_date(ctx.anchor.replace(day=1), k, "M")
        if _valid(d.year, d.month, day):
            options.append(dt.date(d.year, d.month, day))
    best = min(options, key=lambda d: (abs((d - ctx.anchor).days), d < ctx.anchor))  # type: ignore[operator]
    return _Cand(m.start("x"), m.end("x"), "DATE", best.isoformat())


def _on_year(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    year = int(m["y"])
    start = m.start("x")
    named = RX_NAMED_BY_YEAR.search(ctx.norm[max(0, start - 14):start]) is not None
    if not (m["cue"] or m["w"] or m["mod"] or m["era"] or named):
        before = ctx.norm[max(0, start - 25):start]
        if not re.search(rf"(?:عامي|عام|سنتي|بين|العامين)\s+{YEAR_RE}\s*و$", before) \
                and not _chronology_entry(ctx.norm, start, m.end("x")):
            return None  # a bare number: «2000 شخص»; but «حرب 1948», «انتخابات 2016» name a year
    if (m["cue"] or named) and not (m["w"] or m["mod"] or m["era"]):
        word = re.match(r"\s*([^\W\d_]+|%)", ctx.norm[m.end("x"):m.end("x") + 16])
        if word and (word.group(1) == "%" or word.group(1) in COUNT_NOUNS):
            return None  # «في 2000 مدينة»: a count, not a year
    if not 1000 <= year <= 2100 or (not (m["w"] or m["era"]) and not 1900 <= year <= 2099):
        return None  # «عن 1500 معتقل»: a bare number is a year only in the modern range
    mod = lx.PERIOD_MODS.get(m["mod"]) if m["mod"] else None
    if m["era"] and m["era"].startswith("ه"):
        if re.match(r"\s*شمسي", ctx.norm[m.end("x"):m.end("x") + 8]):
            return None  # «1388 هجري شمسي»: the Iranian solar calendar
        # the Gregorian year holding most of it: 1436 AH ran from October 2014 to October 2015
        value = convert_hijri(year, 7, None)
        return _Cand(start, m.end("x"), "DATE", value[:4] if value else None, mod, {"calendar": "hijri"})
    return _Cand(start, m.end("x"), "DATE", f"{year:04d}", mod)


def _chronology_entry(norm: str, start: int, end: int) -> bool:
    """«1941، غزت ألمانيا النازية "كرواتيا الكبرى"»: a bare number opening a line of a timeline, set off by a comma,
    colon or dash, is the year the line tells of."""
    return re.search(r"(?:^|\n)[ \t]*$", norm[:start]) is not None \
        and re.match(r"[ \t]*[،,:\-–]", norm[end:end + 3]) is not None


# events named by their year: «حرب 1948», «ثورة 2011», «انتخابات 2016», «اتفاق 2015»
RX_NAMED_BY_YEAR = re.compile(r"(?<!\w)(?:حرب|ثوره|انتخابات|نكبه|نكسه|احداث|انقلاب|اتفاق|اتفاقيه|ازمه|غزو|عدوان"
                              r"|دستور|مونديال|اولمبياد|موازنه|ميزانيه)\s+$")


def _on_hijri(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    month = lx.HIJRI_MONTHS.get(re.sub(r"\s+", " ", m["m"]))
    day = _day_of(m["d"])
    year = int(m["y"]) if m["y"] else None
    if not month or not (day or year) or (day and day > 30):
        return None  # «رجب», «صفر», «شعبان» alone are names and words
    if year is None:
        # «6 أغسطس (آب) 2012، الموافق 17 رمضان»: the Gregorian date beside it fixes the year
        paired = re.search(r"((?:1\d|20)\d\d)\W{0,4}\s*(?:الموافق|الموافقه)\s*$", ctx.norm[max(0, m.start("x") - 30):m.start("x")])
        anchor = dt.date(int(paired.group(1)), 7, 1) if paired else ctx.anchor
        if anchor is None:
            return _Cand(m.start("x"), m.end("x"), "DATE", None, attrs={"calendar": "hijri"})
        year = choose_hijri_year(anchor, month, day)
        if year is None:
            return None
    value = convert_hijri(year, month, day)
    return _Cand(m.start("x"), m.end("x"), "DATE", value,
                 attrs={"calendar": "hijri", "hijri": f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")})


_RELDAY_OFFSET = {"امس": -1, "الامس": -1, "البارحه": -1, "غدا": 1, "الغد": 1, "غد": 1, "اليوم": 0, "الليله": 0,
                  "هذا الصباح": 0, "هذا المساء": 0, "هذه الليله": 0, "امس الاول": -2, "اول امس": -2,
                  "اول من امس": -2, "قبل امس": -2, "قبل يوم امس": -2, "بعد غد": 2, "بعد الغد": 2}
_POD_CODE = {"صباح": "MO", "مساء": "EV", "ظهر": "MI", "عصر": "AF", "فجر": "MO", "ليله": "NI", "ليل": "NI",
             "ضحي": "MO"}
RX_NOT_TODAY = re.compile(r"\s+(?:التالي|السابق|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|"
                          r"العاشر|الاخير|الوطني|العالمي|الدولي|نفسه|ذاته|الذي|الموعود|الواحد)(?!\w)")


def _on_relday(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    word = re.sub(r"\s+", " ", m["w"])
    weekday = m["wd"] or m["wdb"]  # «اليوم الأربعاء», «اليوم (الأربعاء)»
    offset = _RELDAY_OFFSET.get(word)
    if offset is None:
        return None
    if word == "غد" and not (weekday or m["pod"] or ctx.norm[m.start("x"):m.start("w")].strip()):
        return None  # «غد أفضل» (a better tomorrow); «يوم غد الأربعاء», «مساء غد» are tomorrow
    if word == "اليوم" and not weekday and RX_NOT_TODAY.match(ctx.norm, m.end("x")):
        return None  # «اليوم التالي», «اليوم السابع من الزيارة»: counted from an event, not from today
    if word == "اليوم" and not weekday and not m["pod"] and ctx.norm.endswith("في ", 0, m.start("x")):
        return None  # «60 يورو في اليوم»: per day
    attrs: dict[str, Any] = {}
    pod = m["pod"]
    if pod:
        attrs["part_of_day"] = _POD_CODE.get(pod.split()[0], "")
    elif word in ("الليله", "هذه الليله"):
        attrs["part_of_day"] = "NI"
    if ctx.anchor is None:
        return _Cand(m.start("x"), m.end("x"), "DATE", None, attrs=attrs, day_offset=offset)
    day = ctx.anchor + dt.timedelta(days=offset)
    if weekday:
        # «أمس الأحد» in an article stamped after midnight on Tuesday: the named weekday is what
        # the writer meant, so the day moves to the nearest date that is that weekday
        wd = lx.WEEKDAYS[weekday]
        shift = (wd - day.isoweekday() + 3) % 7 - 3
        if shift:
            day += dt.timedelta(days=shift)
            attrs["weekday_adjusted"] = shift
            return _Cand(m.start("x"), m.end("x"), "DATE", day.isoformat(), attrs=attrs)
    return _Cand(m.start("x"), m.end("x"), "DATE", day.isoformat(), attrs=attrs, day_offset=offset)


def _on_weekday(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    wd = lx.WEEKDAYS[m["wd"]]
    start = m.start("x")
    if m["wd"] == "الاثنين" and not (m["pod"] or m["rel"] or "يوم" in ctx.norm[start:m.start("wd")]):
        before = ctx.norm[max(0, start - 8):start]
        if re.search(r"(?:كلا|بين|هذين|ان|لان|ولكن|من|الي)\s*$", before):
            return None  # «كلا الاثنين»: the two, not Monday
    if re.search(r"(?:صلاه|صلوات|خطبه|خطبتي|خطب)\s+$", ctx.norm[max(0, start - 8):start]):
        return None  # «صلاة الجمعة»: the prayer
    attrs: dict[str, Any] = {}
    if m["pod"]:
        attrs["part_of_day"] = _POD_CODE.get(m["pod"].split()[0], "")
    week = m["wk"] or m["wk2"]
    if m["nth"]:
        if ctx.anchor is None:
            return None
        n = lx.ORDINALS.get(m["nth"], 1)
        first = ctx.anchor.replace(day=1)
        day = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        if day.month != first.month:
            return None
        return _Cand(start, m.end("x"), "DATE", day.isoformat(), attrs=attrs)
    if week:
        if ctx.anchor is None:
            return _Cand(start, m.end("x"), "DATE", f"XXXX-WXX-{wd}", attrs=attrs)
        rel = week.split()[-1]
        shift = 7 if rel in lx.FUTURE_WORDS else -7 if rel in lx.PAST_WORDS else 0
        monday = ctx.anchor - dt.timedelta(days=ctx.anchor.isoweekday() - 1) + dt.timedelta(days=shift)
        return _Cand(start, m.end("x"), "DATE", (monday + dt.timedelta(days=wd - 1)).isoformat(), attrs=attrs)
    rel = m["rel"] or _pair_rel(ctx, m.end("x"))
    if rel in lx.CURRENT_WORDS:
        rel = None
    direction = _direction(ctx, start, rel)
    strict = rel is not None
    value = resolve_weekday(ctx.anchor, wd, FUTURE if direction == FUTURE else PAST, strict=strict)
    return _Cand(start, m.end("x"), "DATE", value, attrs=attrs)


# «يومي الأحد والاثنين المقبلين»: a plural after a pair of days places both
RXPAIR_REL = re.compile(rf"(?:\s+و(?:يوم\s+)?(?:{WEEKDAY_RE}))?\s+(?P<rel>{REL_PLURAL})(?!\w)")


def _pair_rel(ctx: _Ctx, end: int) -> str | None:
    """The singular of the plural after a pair of days ending at `end` («… والاثنين المقبلين» → «المقبل»)."""
    found = RXPAIR_REL.match(ctx.norm, end)
    return PAIR_REL[found["rel"]] if found else None


_PERIOD_UNIT = {"اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y"}


def _on_period(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    rel = m["rel"]
    if not (m["this"] or rel or (m["mod"] and m["mod"] not in ("اخر", "اول", "وسط"))):
        return None  # «العام» alone is «general» («الأمين العام»); «مطلع العام» is this year
    unit = _PERIOD_UNIT[m["u"]]
    if m["this"] and rel and rel not in lx.CURRENT_WORDS:
        return None
    step = 1 if rel in lx.FUTURE_WORDS else -1 if rel in lx.PAST_WORDS else 0
    mod = lx.PERIOD_MODS.get(m["mod"]) if m["mod"] else None
    if ctx.anchor is None:
        value = {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[unit]
    else:
        value = format_at(shift_date(ctx.anchor, step, unit), unit)
    return _Cand(m.start("x"), m.end("x"), "DATE", value, mod)


def _on_vague(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    if not ctx.include_vague:
        return None  # «خلال الأيام المقبلة»: no value an analyst can place on a timeline
    rel = m["rel"]
    value = "FUTURE_REF" if rel in lx.FUTURE_WORDS else "PAST_REF" if rel in lx.PAST_WORDS or rel == "الاخيره" \
        else "PRESENT_REF"
    return _Cand(m.start("x"), m.end("x"), "DATE", value, attrs={"vague": True})


def _on_ordof(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    day = _day_of(m["d"])
    if not day or day > 31:
        return None
    if m["m"]:
        month = _month_of(m["m"])
        if not month:
            return None
        value = _date_value(ctx, m.start("x"), month, day, _year_of(m["y"]), None)
        return _Cand(m.start("x"), m.end("x"), "DATE", value) if value else None
    if ctx.anchor is None:
        return _Cand(m.start("x"), m.end("x"), "DATE", f"XXXX-XX-{day:02d}")
    rel = m["rel"]
    step = 1 if rel in lx.FUTURE_WORDS else -1 if rel in lx.PAST_WORDS else 0
    base = shift_date(ctx.anchor.replace(day=1), step, "M")
    if not _valid(base.year, base.month, day):
        return None
    return _Cand(m.start("x"), m.end("x"), "DATE", dt.date(base.year, base.month, day).isoformat())


def _on_amount(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    pre = re.sub(r"\s+", " ", m["pre"]) if m["pre"] else None
    unit_word = m["unit"] or m["unit1"] or m["unith"]
    amount: float
    if m["halfonly"]:
        unit, count = lx.UNITS[unit_word]
        if count != 1:
            return None
        amount = 0.5  # «نصف ساعة», «نصف عام»
    elif m["dunit"]:
        unit = lx.DEF_UNITS["ال" + m["dunit"]]
        amount = int(m["dn"][2:]) if m["dn"][2:].isdigit() else lx.DEF_CARDINALS[m["dn"]]  # «الساعات ال24»
    elif m["nd"]:  # «الثلاث سنوات الأخيرة»: the number first, as news often writes it
        unit = lx.DEF_UNITS["ال" + m["ndunit"]]
        amount = lx.DEF_CARDINALS["ال" + m["nd"]]
    elif m["dual"]:  # «اليومين الماضيين», «الأسبوعين المقبلين»: the two days just gone, the two weeks to come
        unit, amount = lx.UNITS[m["dual"]]
    else:
        unit, count = lx.UNITS[unit_word]
        if m["n"]:
            thousands = re.fullmatch(r"(\d{1,3})\s+(?:الف|الاف)", m["n"])
            n = int(thousands.group(1)) * 1000 if thousands else lx.parse_cardinal(re.sub(r"\s+", " ", m["n"]))
            if n is None or n == 0:
                return None
            if count == 2 or (count == 1 and n > 10 and not m["n"].isdigit() and False):
                return None
            amount = n
        else:
            if count == 0:
                return None  # «أيام», «سنوات»: vague plural
            if count == 1 and not (m["one"] or m["half"] or pre) and not (
                    unit_word in _COUNTED_ALONE and not re.match(r"\s+(?:ما|بعد)(?!\w)", ctx.norm[m.end("x"):m.end("x") + 6])):
                return None  # «عام» alone is usually «general»; «يوم» alone is not an amount; but «أمهلت الحكومة أسبوعا»
            amount = count
    if unit in ("DE", "CE") and amount <= 2 and not (m["n"] or m["dunit"] or m["one"] in ("كامل", "كامله")) \
            and not re.match(r"\s+من\s+(?:ال)?زمن|\s+من\s+(?:ال)?زمان", ctx.norm[m.end("x"):m.end("x") + 14]):
        return None  # «عقد» is also a contract, «قرن» a horn: only «عقد من الزمن» is a decade
    if m["half"]:
        amount += 0.5
    start, end = m.start("x"), m.end("x")
    if unit in ("Y",) and not pre and not m["dunit"] and not m["nd"]:
        before = ctx.norm[max(0, start - 12):start]
        after = ctx.norm[end:end + 2]
        if RX_AGE_WORD.search(before) or (RX_AGE_BEFORE.search(before)
                                          and (not after.strip() or after.lstrip()[:1] in ",).")):
            return None  # «سيرغي سكربيل، 66 عاما،»: an age
    if pre == "بعد" and re.search(rf"(?<!\w)(?:{UNIT_RE})\s+$", ctx.norm[max(0, m.start("pre") - 12):m.start("pre")]):
        return None  # «عاما بعد عام», «يوما بعد يوم»: an idiom, not a date
    if pre == "بعد" and unit in ("D", "W", "M") and not m["n"] and RX_SPAN_DESCRIBED.match(ctx.norm[end:end + 10]):
        return None  # «بعد يوم دام قتل خلاله العشرات», «بعد أسبوع حافل بالتوترات»: after a bloody day or a busy week
        # (the one before), not a day or a week from now
    # «الحرب المستمرة منذ 17 عاما», «منذ 52 يوماً»: since a counted span is how long something has lasted (a
    # duration); «منذ أسبوع» with no number is a point in time, a week back
    lasting = pre == "منذ" and bool(m["n"]) and amount >= 2
    # «منذ نحو عام», «قبل نحو 17 عاما»: "about" stands between «منذ»/«قبل» and the span; a point back (but
    # «منذ أكثر من عقد» is how long)
    since = re.search(r"(?<!\w)[وف]?(منذ|قبل)\s+$", ctx.norm[max(0, m.start("pre") - 8):m.start("pre")]) \
        if pre and RX_APPROX_WORDS.match(pre) and not re.match(r"(?:اكثر|اقل|ما\s+يزيد)", pre) else None
    if since is not None and since.group(1) == "منذ" and m["n"] and amount >= 2:
        since = None  # «منذ نحو 17 عاما»: how long, about
    if since is not None:
        pre = since.group(1)
    if pre in AGO_WORDS | {"بعد"} and not m["post"] and not (m["dunit"] or m["nd"] or m["dual"]) and not lasting:
        if unit in ("H", "MI", "S"):
            return None  # «قبل ساعتين»: the publication time is unknown
        sign = 1 if pre == "بعد" else -1
        gran = {"D": "D", "W": "D", "M": "M", "Y": "Y", "DE": "Y", "CE": "Y"}[unit]
        whole = int(amount)
        s = m.start("pre") - (len(since.group(0)) if since is not None else 0)
        if ctx.anchor is None:
            return _Cand(s, end, "DATE", None, attrs={"offset": f"{'-' if sign < 0 else '+'}{format_duration(amount, unit)}"})
        try:
            day = shift_date(ctx.anchor, sign * whole, unit)
            if amount != whole and unit == "Y":
                day = shift_date(day, sign * 6, "M")
        except (ValueError, OverflowError):
            return None  # «قبل 14 ألف عام»: before the calendar ISO 8601 can write
        return _Cand(s, end, "DATE", format_at(day, gran), attrs={"offset": f"{'-' if sign < 0 else '+'}"
                                                                    f"{format_duration(amount, unit)}"})
    mod = "APPROX" if pre and RX_APPROX_WORDS.match(pre) else None
    if mod:
        start = m.start("pre")
    return _Cand(start, end, "DURATION", format_duration(amount, unit), mod)


RX_SPAN_DESCRIBED = re.compile(r"\s+(?:دام|دامي|داميه|دموي|حافل|عصيب|ساخن|طويل)(?!\w)")


def _on_time(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    if m["h"] or m["hw"]:
        hour = int(m["h"]) if m["h"] else lx.HOUR_WORDS[re.sub(r"\s+", " ", m["hw"])]
        minute = int(m["mi"]) if m["mi"] else 0
        frac, pod = m["frac"], m["pod"]
        if m["fm"]:
            minute = int(m["fm"])
        elif m["fmw"]:  # «الساعة الواحدة ودقيقة»: and one minute
            minute = 1 if m["fmw"] == "دقيقه" else 2
    elif m["h2"]:
        hour, minute, frac, pod = int(m["h2"]), int(m["mi2"]), None, m["pod2"] or m["podb"]
    elif m["h4"]:
        hour, minute, frac, pod = int(m["h4"]), 0, None, m["podb4"]
    elif m["h5"]:
        hour, minute, frac, pod = int(m["h5"]), 0, None, m["pod5"]
    elif m["h6"]:
        hour, minute, frac, pod = int(m["h6"]), int(m["mi6"]), None, None
    elif m["mid"]:
        hour, minute, frac, pod = (12 if "نهار" in m["mid"] or "ظهير" in m["mid"] else 0), 0, None, None
    else:
        hour = lx.HOUR_WORDS[re.sub(r"\s+", " ", m["hw3"])]
        minute, frac, pod = 0, m["frac3"], m["pod3"]
    if frac and not (m["fm"] or m["fmw"]):
        minute = 30 if "نصف" in frac else 15
    if pod:
        code, shift = lx.PARTS_OF_DAY.get(re.sub(r"\s+", " ", pod), ("AF", True) if pod == "الظهر" else ("", False))
        if (shift and hour < 12) or (code == "MI" and hour < 6):
            hour += 12  # «الثانية ظهرا» is 14:00, «الثالثة عصرا» 15:00
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    attrs: dict[str, Any] = {}
    if m["tz"]:
        attrs["timezone"] = m["tz"].strip()
        if re.search(r"غرينتش|غرنتش|جرينتش|GMT|UTC|ت\s*غ", m["tz"]):
            attrs["utc"] = True
    clock = f"T{hour % 24:02d}:{minute:02d}" + (f":{m['se2']}" if m["se2"] else "")
    value = (ctx.anchor.isoformat() + clock) if ctx.anchor else "XXXX-XX-XX" + clock
    return _Cand(m.start("x"), m.end("tz") if m["tz"] else m.end("x"), "TIME", value, attrs=attrs)


_SET_UNIT = {"يوم": "D", "اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y", "ساعه": "H", "ايام": "D",
             "اسابيع": "W", "اشهر": "M", "شهور": "M", "سنوات": "Y", "اعوام": "Y", "ساعات": "H"}
_SET_ADV = {"يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "ساعيا": "PT1H"}


def _on_set(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    if m["adv"]:
        return _Cand(m.start("x"), m.end("x"), "SET", _SET_ADV[m["adv"]])
    if m["wd"]:
        wd = lx.WEEKDAYS_BARE.get(m["wd"]) or lx.WEEKDAYS.get(m["wd"])
        return _Cand(m.start("x"), m.end("x"), "SET", f"XXXX-WXX-{wd}")
    unit = _SET_UNIT[m["u"]]
    n = lx.parse_cardinal(m["n"]) if m["n"] else 1
    if not n or (m["u"] in ("ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "ساعات") and not m["n"]):
        return None
    return _Cand(m.start("x"), m.end("x"), "SET", format_duration(n, unit))


def _on_holiday(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    name = re.sub(r"\s+", " ", m["h"])
    year = int(m["y"]) if m["y"] else None
    greg = {"راس السنه": (1, 1), "عيد الميلاد": (12, 25)}
    hijri = {"عيد الفطر": (10, 1), "عيد الاضحي": (12, 10), "المولد النبوي": (3, 12), "يوم عرفه": (12, 9),
             "راس السنه الهجريه": (1, 1), "ليله القدر": (9, 27)}
    key = next((k for k in sorted(hijri, key=len, reverse=True) if name.startswith(k)), None)
    attrs = {"holiday": name}
    if key:
        hm, hd = hijri[key]
        if ctx.anchor is None:
            return _Cand(m.start("x"), m.end("x"), "DATE", None, attrs=attrs)
        hyear = choose_hijri_year(ctx.anchor if year is None else dt.date(year, 6, 30), hm, hd)
        value = convert_hijri(hyear, hm, hd) if hyear else None
        return _Cand(m.start("x"), m.end("x"), "DATE", value, attrs=attrs)
    key = next(k for k in greg if name.startswith(k))
    month, day = greg[key]
    if year is None:
        if ctx.anchor is None:
            return _Cand(m.start("x"), m.end("x"), "DATE", f"XXXX-{month:02d}-{day:02d}", attrs=attrs)
        year = choose_year(ctx.anchor, month, day, NEAREST)
    return _Cand(m.start("x"), m.end("x"), "DATE", f"{year:04d}-{month:02d}-{day:02d}", attrs=attrs)


def _on_range_day(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    month, day, last = _month_of(m["m"]), _day_of(m["x"]), _day_of(m["d2"])
    if not month or not day or not last or day >= last and m["x"] != m["d2"]:
        return None
    value = _date_value(ctx, m.start("x"), month, day, _year_of(m["y"]), None)
    return _Cand(m.start("x"), m.end("x"), "DATE", value, attrs={"range": "start"}) if value else None


def _on_night_pair(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    """«ليلة 25/26 يوليو»: the night from the first day into the next, dated by the first."""
    month, day = _month_of(m["m"]), int(m["d"])
    if not month or int(m["d2"]) != day + 1:
        return None
    value = _date_value(ctx, m.start("d"), month, day, _year_of(m["y"]), None)
    return _Cand(m.start("night"), m.end("x"), "DATE", value) if value else None


def _on_night_weekdays(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    """«ليلة الأربعاء الخميس»: the night from one weekday into the next, dated by the first, as a numeric pair is."""
    wd, wd2 = lx.WEEKDAYS[m["wd"]], lx.WEEKDAYS[m["wd2"]]
    if wd2 != wd % 7 + 1:
        return None
    start = m.start("x")
    direction = _direction(ctx, start, None)
    value = resolve_weekday(ctx.anchor, wd, FUTURE if direction == FUTURE else PAST, strict=False)
    return _Cand(start, m.end("x"), "DATE", value, attrs={"part_of_day": "NI"})


# «تسعينيات القرن الماضي», «الخمسينيات من القرن العشرين», «الثمانينات»: a decade (TIMEX3 "199")
_DECADES = {"عشرين": 2, "ثلاثين": 3, "اربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}
RX_DECADE = re.compile(r"(?<!\w)(?P<x>(?:[وبل]|ول|وب)?(?:ال)?(?P<d>" + "|".join(_DECADES) + r")(?:ي)?ات"
                       r"(?:\s+(?:من\s+)?القرن\s+(?P<c>الماضي|العشرين|المنصرم|الحالي|الحادي\s+والعشرين))?)(?!\w)")


def _on_decade(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    century = "20" if m["c"] and (m["c"] == "الحالي" or m["c"].startswith("الحادي")) else "19"
    clitics = re.match(r"(?:[وبل]|ول|وب)?(?=(?:ال)?" + m["d"] + ")", m["x"])
    start = m.start("x") + (len(clitics.group(0)) if clitics else 0)
    return _Cand(start, m.end("x"), "DATE", f"{century}{_DECADES[m['d']]}")


_Handler = Callable[[re.Match[str], _Ctx], "_Cand | list[_Cand] | None"]


def _trigger(body: str) -> re.Pattern[str]:
    """A cheap literal screen: a family's pattern runs only on texts where its words occur."""
    return re.compile(body)


_T_MONTH = _trigger(MONTH_RE)
FAMILIES: tuple[tuple[re.Pattern[str], _Handler, re.Pattern[str] | None], ...] = (
    (RX_DMY, _on_dmy, _T_MONTH), (RX_MDY, _on_mdy, _T_MONTH), (RX_MONTH, _on_month, _T_MONTH),
    (RX_NUMERIC, _on_numeric, _trigger(r"\d[/.\-]\d")), (RX_NUMERIC2, _on_numeric2, _trigger(r"\d[/.\-]\d")),
    (RX_DAYONLY, _on_dayonly, _trigger(r"(?:في|يوم)\s+\d")), (RX_YEAR, _on_year, _trigger(r"1\d\d\d|20\d\d")),
    (RX_HIJRI, _on_hijri, _trigger(HIJRI_MONTH_RE)),
    (RX_RELDAY, _on_relday, _trigger(r"امس|اليوم|غد|الليله|الصباح|المساء|البارحه")),
    (RX_WEEKDAY, _on_weekday, _trigger(WEEKDAY_RE)), (RX_PERIOD, _on_period, _trigger(r"اسبوع|شهر|عام|سنه")),
    (RX_VAGUE, _on_vague, _trigger(r"ايام|اسابيع|اشهر|شهور|سنوات|اعوام")),
    (RX_ORDOF, _on_ordof, _trigger(r"من\s+(?:هذا\s+)?(?:ال)?شهر|" + MONTH_RE)),
    (RX_AMOUNT, _on_amount, None),
    (RX_TIME, _on_time, _trigger(r"ساع|:|صباح|مساء|ظهر|عصر|ليل|فجر|منتصف|ظهير|ت\s*\.?\s*غ|توقيت|GMT|UTC")),
    (RX_SET, _on_set, _trigger(r"كل\s|يوميا|اسبوعيا|شهريا|سنويا|ساعيا")),
    (RX_HOLIDAY, _on_holiday, _trigger(r"عيد|راس\s+السنه|المولد|عرفه|القدر")),
    (RX_RANGE_DAY, _on_range_day, _T_MONTH), (RX_DAY_PAIR, _on_range_day, _T_MONTH),
    (RX_NIGHT_PAIR, _on_night_pair, _trigger(r"ليل")),
    (RX_NIGHT_WEEKDAYS, _on_night_weekdays, _trigger(r"ليل")),
    (RX_DECADE, _on_decade, _trigger(r"ينيات|ينات")),
)
# A quick screen: a text with none of these letters/digits has no time expression at all.
RX_SCREEN = re.compile(r"\d|ينيات|ينات|امس|ايام|اسابيع|دقيق|ثوان|كل|يوم|غد|ليل|نهار|ظهر|عصر|فجر|نصف|عقد|قرن|عيد|صباح|مساء|اسبوع|شهر|عام|سنه|سنو|ساع|اثنين|ثلاثاء|اربعاء|خميس|جمعه|"
                       r"سبت|احد|" + MONTH_RE + "|" + HIJRI_MONTH_RE)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest of overlapping candidates (earlier start on ties)."""
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _reanchor_quoted(cands: list[_Cand], ctx: _Ctx) -> None:
    """«اليوم» inside a quotation means the day it was said: the last dated day before the quote.

    «وقال أمس "نجري اجتماعا اليوم"» → اليوم is yesterday's date, not the publication date.
    """
    quotes = [(q.start(), q.end()) for q in RX_QUOTE.finditer(ctx.norm)]
    if not quotes:
        return

    def quote_of(pos: int) -> tuple[int, int] | None:
        for s, e in quotes:
            if s < pos < e:
                return s, e
        return None

    for c in cands:
        if c.day_offset is None or c.value is None:
            continue
        q = quote_of(c.start)
        if q is None:
            continue
        speech: _Cand | None = None
        for other in cands:
            if other.end > q[0] or q[0] - other.end > 300:
                continue
            if other.type == "DATE" and other.value and len(other.value) == 10 and quote_of(other.start) is None \
                    and RX_SPEECH.search(ctx.norm, max(0, other.start - 40), q[0]):
                speech = other
        if speech is None or speech.value == c.value:
            continue
        said = dt.date.fromisoformat(speech.value)  # type: ignore[arg-type]
        c.value = (said + dt.timedelta(days=c.day_offset)).isoformat()
        c.attrs["anchor"] = said.isoformat()


def _mark_ranges(cands: list[_Cand], norm: str) -> None:
    """«من 12 إلى 17 سبتمبر», «بين عامي 2011 و2014»: tag the two ends of a range."""
    for a, b in itertools.pairwise(cands):
        if a.type != b.type or not re.fullmatch(r"\s*(?:الي|حتي|-|–|و)\s*", norm[a.end:b.start]):
            continue
        before = norm[max(0, a.start - 8):a.start]
        if re.search(r"(?:من|بين|منذ)\s+$", before) or norm.startswith(("عامي", "العامين", "سنتي"), a.start):
            a.attrs.setdefault("range", "start")
            b.attrs.setdefault("range", "end")


def _attach_time_dates(cands: list[_Cand]) -> None:
    """«الساعة العاشرة من صباح الخميس»: a clock time takes the day of a date right beside it."""
    for c in cands:
        if c.type != "TIME" or not c.value:
            continue
        for other in cands:
            if other.type == "DATE" and other.value and len(other.value) == 10 and other.value[0].isdigit() \
                    and (0 <= c.start - other.end <= 12 or 0 <= other.start - c.end <= 12):
                c.value = other.value + c.value[c.value.index("T"):]
                c.attrs["date_from"] = other.value
                break


def find_times(text: str, anchor: dt.date | None = None, *, include_vague: bool = False) -> list[TimeExpr]:
    """Every time expression in `text`, resolved against `anchor` (the publication date).

    Spans index `text` itself. Without an anchor, relative expressions keep an
    underspecified TIMEX3 value («XXXX-WXX-7» for «الأحد») instead of a guessed date.
    """
    norm, offsets = normalize_text(text)
    if not RX_SCREEN.search(norm):
        return []
    ctx = _Ctx(norm, anchor, include_vague)
    chosen = _collect(ctx)
    writing_day = _find_writing_day(chosen, ctx)
    if writing_day is not None:  # «اليوم الأربعاء» in an article stamped Thursday: resolve again
        ctx = _Ctx(norm, writing_day, include_vague)
        chosen = _collect(ctx)
        anchor = writing_day
    _reanchor_quoted(chosen, ctx)
    _attach_time_dates(chosen)
    _mark_ranges(chosen, norm)
    out: list[TimeExpr] = []
    for c in chosen:
        start = offsets.to_original(c.start)
        end = offsets.to_original(c.end, side="end")
        while end > start and text[end - 1].isspace():
            end -= 1
        while end < len(text) and RX_TRAILING.match(text[end]):
            end += 1  # «هـ»: the tatweel folded away in the normalised text belongs to the word
        attrs = dict(c.attrs)
        used = attrs.pop("anchor", None) or (anchor.isoformat() if anchor else None)
        out.append(TimeExpr(start, end, text[start:end], c.type, c.value, used, c.mod, attrs))
    return out


def _find_writing_day(cands: list[_Cand], ctx: _Ctx) -> dt.date | None:
    """The day the article was written when its text names it and the timestamp disagrees.

    «الرسالة أرسلت اليوم الإثنين» in an article stamped Tuesday 00:30: the writer's today is
    Monday, and every «أمس» or «الأحد» of the article counts from Monday (the gold
    guidelines: resolve against `published` «unless the context fixes another anchor»).
    Only the first such expression outside quotations counts, and only a one-day gap.
    """
    if ctx.anchor is None:
        return None
    quotes = [(q.start(), q.end()) for q in RX_QUOTE.finditer(ctx.norm)]
    for c in cands:
        shift = c.attrs.get("weekday_adjusted")
        if shift is None or any(s < c.start < e for s, e in quotes):
            continue
        if abs(shift) != 1:
            return None
        return ctx.anchor + dt.timedelta(days=shift)
    return None


def _collect(ctx: _Ctx) -> list[_Cand]:
    """Run every family over the normalised text and keep the longest of overlapping matches."""
    norm = ctx.norm
    cands: list[_Cand] = []
    has_month = False
    for rx, handler, trigger in FAMILIES:
        if trigger is not None and (trigger is not _T_MONTH or not has_month) and not trigger.search(norm):
            continue
        if trigger is _T_MONTH:
            has_month = True
        for m in rx.finditer(norm):
            try:
                cand = handler(m, ctx)
            except (ValueError, OverflowError):  # calendar arithmetic out of range: skip the match
                continue
            for one in cand if isinstance(cand, list) else [cand]:
                if one is not None and one.end > one.start:
                    cands.append(one)
    return _select(cands)
