"""The compiled patterns of `timex`, one per family, over normalised text (see `extract`).

Words are written folded as `normalize_text` leaves them: «ة» → «ه», «أ/إ/آ» → «ا», «ى» → «ي».
Each pattern names its expression `x`; what precedes `x` (a glued «و», «قبل») stays out of
the span. A lookahead on the characters `x` can start with is added when a pattern is compiled,
so the engine skips most word starts after one test.
"""
from __future__ import annotations

import re
from typing import Any

from marsad.text.normalize import DIACRITICS, TATWEEL
from marsad.timex import lexicon as lx

# ---------------------------------------------------------------- building blocks (normalised text)
_PRE = r"(?:(?<!\w)[وف]?[بلك]?|(?<=[^\W\d_])(?=\d))"  # «وأمس», «لعام», «في5 حزيران»
_PRE_WORD = r"(?<!\w)[وف]?[بلك]?"
_END = r"(?![^\W\d_])"
_DEF = r"(?:ال|(?<=ل)ل)"  # «للعام» = ل + العام
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
YEAR_RE = r"(?:1\d\d\d|20\d\d)(?!\d)"
_CARD = lx.alternation(lx.CARDINALS)
_YEARW = rf"(?:الفين|الفان|الف)(?:\s+و?(?:{_CARD}))*"
_ORDW = rf"(?:{lx.alternation(lx.ORDINALS)})(?:\s+(?:عشر|عشره)|\s+و(?:{lx.alternation(lx.ORDINAL_TENS)}))?" \
        rf"|{lx.alternation(lx.ORDINAL_TENS)}"
MONTH_RE = lx.alternation(lx.MONTHS)
_ALT = rf"(?:(?:\s*(?:/|\\|\(|-|او)\s*|\s+)(?P<m2>{MONTH_RE})\s*\)?)"
WEEKDAY_RE = lx.alternation(lx.WEEKDAYS)
_REL = r"الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|المقبل|المقبله|القادم|القادمه|الحالي|الحاليه|الجاري|الجاريه"
# the plural after a pair («سبتمبر أو أكتوبر المقبلين», «يومي الأحد والاثنين المقبلين») → its singular
PAIR_REL = {"المقبلين": "المقبل", "القادمين": "القادم", "الماضيين": "الماضي", "المنصرمين": "المنصرم",
            "الفائتين": "الفائت"}
REL_PLURAL = "|".join(PAIR_REL)
_POD = r"صباح|مساء|ظهر|عصر|فجر|ليله|ليل|ضحي|منتصف\s+ليل|منتصف\s+ليله"
_MOD = lx.alternation(lx.PERIOD_MODS)
_YEARPART = rf"(?:\s*,?\s*(?:(?:من\s+)?(?:عام|العام|سنه|لعام)\s+)?(?P<y>{YEAR_RE}|{_YEARW}))"
UNIT_RE = lx.alternation(lx.UNITS)
HIJRI_MONTH_RE = lx.alternation(lx.HIJRI_MONTHS)
_HOURW = lx.alternation(lx.HOUR_WORDS)
_PODW = r"صباحا|صباح|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا|بعد\s+الظهر|بعد\s+الظهيره|ضحي"


def _first_chars(body: str) -> str | None:
    """The characters a match of `body` can start with, as a regex class; None when unknown.

    A lookahead on this class lets the engine skip a word start after one test instead of
    trying every alternative of «يناير|فبراير|…» there (about twice as fast overall).
    """
    try:
        import re._constants as sc
        import re._parser as sp
    except ImportError:  # pragma: no cover - private module renamed in a future Python
        return None
    chars: set[str] = set()

    def first(items: list[Any]) -> bool:  # True when the sequence can match the empty string
        for op, arg in items:
            if op is sc.LITERAL:
                chars.add(chr(arg))
                return False
            if op is sc.IN:
                for kind, value in arg:
                    if kind is sc.LITERAL:
                        chars.add(chr(value))
                    elif kind is sc.RANGE:
                        chars.update(chr(c) for c in range(value[0], value[1] + 1))
                    elif kind is sc.CATEGORY and value is sc.CATEGORY_DIGIT:
                        chars.update("0123456789")
                    else:
                        raise ValueError("open class")
                return False
            if op is sc.BRANCH:
                nullable = [first(list(alt)) for alt in arg[1]]  # every branch adds its characters
                if not any(nullable):
                    return False
                continue
            if op is sc.SUBPATTERN:
                if not first(list(arg[3])):
                    return False
                continue
            if op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
                empty = first(list(arg[2]))
                if arg[0] > 0 and not empty:
                    return False
                continue
            if op in (sc.ASSERT, sc.ASSERT_NOT, sc.AT):
                continue
            raise ValueError(f"unhandled {op}")
        return True

    try:
        if first(list(sp.parse(body))):
            return None
    except (ValueError, TypeError, AttributeError, re.error):
        return None
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile `pattern` with a first-character lookahead put before its `(?P<x>…)` group."""
    at = pattern.find("(?P<x>")
    depth, i = 0, at
    while i < len(pattern):  # find the end of the x group
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "[":  # a class may hold parentheses: «[.)]»
            i = pattern.index("]", i + 2) + 1
            continue
        if pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    head = _first_chars(pattern[at + 6:i]) if at >= 0 else None
    if head and pattern.startswith(_PRE) and not re.search(r"\d", head):
        pattern = _PRE_WORD + pattern[len(_PRE):]  # no digit can start it: skip the glued-digit test
        at = pattern.find("(?P<x>")
    return re.compile(pattern[:at] + f"(?={head})" + pattern[at:] if head else pattern)


def _rx(body: str) -> re.Pattern[str]:
    return _compile(_PRE + "(?P<x>" + body + ")" + _END)


RX_DMY = _rx(rf"(?:(?P<wd>{WEEKDAY_RE})\s*,?\s*(?:(?:الموافق|يوم)\s+)?)?(?P<d>{_DAY}|{_ORDW})\s*\.?\s*(?:-|/|\.)?\s*"
             rf"(?:من\s+)?(?:شهر\s+)?(?P<m>{MONTH_RE}){_ALT}?(?:\s*\.(?=\s*\d))?(?:\s+(?P<rel>{_REL}))?{_YEARPART}?"
             r"(?:\s*(?:م|ميلادي|ميلاديه)(?!\w))?")
RX_MDY = _rx(rf"(?:(?P<wd>{WEEKDAY_RE})\s*,?\s*)?(?P<m>{MONTH_RE}){_ALT}?\s*[-,]?\s*(?P<d>{_DAY}|{_ORDW})"
             rf"(?=\s*,|\s*{YEAR_RE}|\s*{_YEARW}|\s*$|\s*[.)])(?:\s*,?\s*(?P<y>{YEAR_RE}|{_YEARW}))?")
RX_MONTH = _rx(rf"(?:(?P<mod>{_MOD})\s+)?(?:(?P<cue>شهر|شهري)\s+)?(?P<m>{MONTH_RE}){_ALT}?"
               rf"(?:\s+(?P<rel>{_REL}|{REL_PLURAL}))?{_YEARPART}?")
# the month and plural after «سبتمبر أو» / «سبتمبر (أيلول) و»: both months are placed alike
RX_NEXT_MONTH = re.compile(rf"\s*(?:او|و)\s*(?P<m>{MONTH_RE}){_ALT}?\s+(?P<rel>{REL_PLURAL})(?![^\W\d_])")
RX_NUMERIC = re.compile(r"(?<![\d/.\-])(?P<x>(?P<a>\d{1,4})(?P<s>[/.\-])(?P<b>\d{1,2})(?:(?P=s)|,\s*)(?P<c>\d{2,4}))"
                        r"(?![\d/])")
RX_NUMERIC2 = re.compile(r"(?:(?P<cue>(?<!\w)(?:في|يوم|بتاريخ|حتي|منذ)\s+)|(?<![\w/.\-]))"
                         r"(?P<x>(?P<a>\d{1,2})(?P<s>[/.\-])(?P<b>\d{1,2}))(?![\d/.\-]|\.\d|,\d)")
RX_DAYONLY = re.compile(rf"(?<!\w)(?:في|يوم)\s+(?P<x>{_DAY})(?=\s*(?:[.!?]|$))")
RX_YEAR = _compile(rf"(?:(?<!\w)[وف]?(?P<cue>في|منذ|حتي|خلال|قبل|بعد|الي|من|عن|لعام)\s+|(?<=و)|(?<![\w]))"
                     rf"(?P<x>(?:(?P<mod>{_MOD})\s+)?(?:(?P<w>عام|العام|سنه|السنه|عامي|سنتي|العامين)\s+)?"
                     rf"(?P<y>{YEAR_RE})(?:\s*(?P<era>م|ه|هجريه|هجري|ميلاديه|ميلادي)(?!\w))?)(?![^\W\d_])")
RX_HIJRI = _rx(rf"(?:(?P<d>{_DAY}|{_ORDW})\s+(?:من\s+)?(?:شهر\s+)?)?(?P<m>{HIJRI_MONTH_RE})"
               rf"(?:\s*,?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>1[34]\d\d)(?!\d))?"
               r"(?:\s*(?P<era>ه|هجريه|هجري|للهجره)(?!\w))?")
_RELDAY = r"امس\s+الاول|اول\s+امس|اول\s+من\s+امس|قبل\s+امس|قبل\s+يوم\s+امس|امس|الامس|البارحه|غدا|الغد|غد|" \
          r"بعد\s+غد|بعد\s+الغد|اليوم|الليله|هذا\s+الصباح|هذا\s+المساء|هذه\s+الليله"
# («اليوم (الأربعاء)»: the weekday may stand in brackets)
RX_RELDAY = _rx(rf"(?:(?P<pod>{_POD})\s+)?(?:(?:يوم|نهار)\s+)?(?P<w>{_RELDAY})"
                rf"(?:\s*,?\s*(?:\(\s*(?P<wdb>{WEEKDAY_RE})\s*\)|(?P<wd>{WEEKDAY_RE})))?")
RX_WEEKDAY = _rx(rf"(?:(?P<pod>{_POD})\s+)?(?:(?:يوم|نهار)\s+)?(?:(?P<wk>{_DEF}اسبوع\s+(?:{_REL})|هذا\s+الاسبوع)\s+"
                 rf"(?:يوم\s+)?)?(?P<wd>{WEEKDAY_RE})(?:\s+(?P<rel>{_REL})|\s+(?P<nth>الاول|الثاني|الثالث|الرابع|الخامس)"
                 rf"(?!\s+عشر)|\s+(?:من\s+)?(?P<wk2>{_DEF}اسبوع\s+(?:{_REL})))?")
RX_PERIOD = _rx(rf"(?:(?P<mod>{_MOD})\s+)?(?:(?P<this>هذا|هذه)\s+)?{_DEF}(?P<u>اسبوع|شهر|عام|سنه)"
                rf"(?:\s+(?P<rel>{_REL}))?")
RX_VAGUE = _rx(rf"(?P<pre>خلال|في)\s+{_DEF}(?P<u>ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\s+(?P<rel>{_REL}|الاخيره)")
RX_ORDOF = _rx(rf"(?:يوم\s+)?(?P<d>{_ORDW}|{_DAY})\s+من\s+(?:(?:شهر\s+)?(?P<m>{MONTH_RE})(?:\s*,?\s*(?P<y>{YEAR_RE}|{_YEARW}))?"
               rf"|(?P<this>هذا\s+الشهر)|{_DEF}شهر\s+(?P<rel>{_REL}))")
_NUMBER = rf"\d{{1,3}}\s+(?:الف|الاف)|\d{{1,4}}|(?:{_CARD})(?:\s+(?:و\s*)?(?:{_CARD}))*"
_APPROX = r"حوالي|نحو|قرابه|ما\s+يقارب|ما\s+يزيد\s+عن|ما\s+يزيد\s+علي|زهاء|اكثر\s+من|اقل\s+من|اقرابه"
RX_AMOUNT = _compile(
    rf"(?:(?<!\w)[وف]?(?P<pre>قبل|منذ|بعد|خلال|لمده|طوال|مده|طيله|{_APPROX})\s+|{_PRE})"
    rf"(?P<x>(?:(?P<n>{_NUMBER})(?:(?<=\d)\s*|\s+)(?P<unit>{UNIT_RE})|(?P<halfonly>نصف)\s+(?P<unith>{UNIT_RE})|(?P<unit1>{UNIT_RE})(?:\s+(?P<one>واحد|واحده|كامل|كامله))?"
    rf"|{_DEF}(?P<dunit>{lx.alternation(k[2:] for k in lx.DEF_UNITS)})\s+(?P<dn>{lx.alternation(lx.DEF_CARDINALS)}|ال\d{{1,3}})"
    rf"|{_DEF}(?P<nd>{lx.alternation(k[2:] for k in lx.DEF_CARDINALS)})\s+(?P<ndunit>{lx.alternation(k[2:] for k in lx.DEF_UNITS)})"
    rf"|{_DEF}(?P<dual>{lx.alternation(k for k, (_, n) in lx.UNITS.items() if n == 2 and k.endswith('ين'))})"
    rf"\s+(?:الماضيين|المقبلين|الاخيرين|القادمين|المنصرمين|الفائتين))"
    rf"(?P<half>\s+و\s*نصف(?:\s+(?:{UNIT_RE}))?)?)"
    rf"(?![^\W\d_])(?P<post>(?:\s+(?:فقط|تقريبا))?\s+(?:من|علي|عن)(?!\w))?")  # «بعد عامين فقط من استقلال»
RX_TIME = _compile(
    rf"{_PRE}(?P<x>(?:الساعه\s+)(?:(?P<h>\d{{1,2}})(?:[:.,](?P<mi>\d{{2}}))?|(?P<hw>{_HOURW}))"
    rf"(?:\s+و\s*(?P<frac>النصف|نصف|الربع|ربع|(?P<fm>\d{{1,2}})\s*دقيقه|(?P<fmw>دقيقه|دقيقتين|دقيقتان)))?"
    rf"(?:\s+(?:من\s+)?(?P<pod>{_PODW}))?"
    rf"|(?:(?P<podb>{_PODW}|الظهر)\s+)?(?:الساعه\s+)?(?P<h2>\d{{1,2}}):(?P<mi2>\d{{2}})(?::(?P<se2>\d{{2}}))?(?![\d:])"
    rf"(?:\s+(?P<pod2>{_PODW}))?"
    rf"|(?P<podb4>{_PODW}|الظهر)\s+الساعه\s+(?P<h4>\d{{1,2}})(?!\d)"
    rf"|(?P<h5>\d{{1,2}})\s*(?P<pod5>صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا)"
    # «(13,00 ت غ)»: a comma or dot time is a clock time only with its zone after it (else a decimal)
    rf"|(?P<h6>\d{{1,2}})[,.](?P<mi6>\d{{2}})(?=\s+(?:ت\s*\.?\s*غ|بتوقيت|بالتوقيت|غرينتش|جرينتش|GMT|UTC))"
    rf"|(?P<mid>منتصف(?:\s+|-)(?:الليل|النهار|ليل\s+\w+)|الظهيره)"
    rf"|(?P<hw3>{_HOURW})(?:\s+و\s*(?P<frac3>النصف|نصف|الربع|ربع))?\s+(?:من\s+)?(?P<pod3>صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا|بعد\s+الظهر))"
    rf"(?P<tz>\s+(?:بتوقيت|بالتوقيت)\s+(?:\w+|GMT|UTC)(?:\s+\w+)?|\s+(?:غرينتش|جرينتش|ت\s*\.?\s*غ|GMT|UTC))?"
    r"(?![^\W\d_])")
RX_SET = _rx(rf"(?:كل\s+(?:(?P<n>\d{{1,3}}|{_CARD})\s+)?(?:(?P<u>يوم|اسبوع|شهر|عام|سنه|ساعه|ايام|اسابيع|اشهر|شهور|سنوات|اعوام|ساعات)"
             rf"(?:\s+(?P<wd>{lx.alternation(lx.WEEKDAYS_BARE)}|{WEEKDAY_RE}))?)|(?P<adv>يوميا|اسبوعيا|شهريا|سنويا|ساعيا))")
RX_HOLIDAY = _rx(r"(?P<h>راس\s+السنه(?:\s+الميلاديه|\s+الجديده)?|عيد\s+الميلاد(?:\s+المجيد)?|عيد\s+الفطر(?:\s+المبارك)?|"
                 r"عيد\s+الاضحي(?:\s+المبارك)?|المولد\s+النبوي(?:\s+الشريف)?|يوم\s+عرفه|راس\s+السنه\s+الهجريه|"
                 r"ليله\s+القدر)(?:\s+(?P<y>" + YEAR_RE + r"))?")
# «من 5 إلى 7 تموز», «من الخامس إلى السابع من تموز»: the first day of a range takes the month named after the last
_LAST_DAY_AND_MONTH = rf"(?=(?P<d2>{_DAY}|{_ORDW})\s*(?:من\s+)?(?P<m>{MONTH_RE})(?:{_YEARPART})?)"
RX_RANGE_DAY = re.compile(rf"(?<!\w)(?:من|بين)\s+(?P<x>{_DAY}|{_ORDW})\s*(?:الي|حتي|-|و)\s*{_LAST_DAY_AND_MONTH}")
# «يومي 8 و9 مارس 2017», «(8 و9 فيفري)»: two days of one month, the first dated on its own
RX_DAY_PAIR = re.compile(rf"(?<![\w/.\-])(?P<x>{_DAY})\s*و\s*{_LAST_DAY_AND_MONTH}")
# «ليلة 25/26 يوليو», «ليل 5-6 مارس»: a night named by the two days it joins is dated by the first
RX_NIGHT_PAIR = re.compile(rf"(?<!\w)(?P<x>(?:[وف]?(?:في|ب)?\s*)?(?P<night>ليل[هة]?)\s+(?P<d>{_DAY})\s*[/-]\s*(?P<d2>{_DAY})\s*"
                           rf"(?:من\s+)?(?P<m>{MONTH_RE})(?:{_YEARPART})?)")
# «ليلة الأربعاء الخميس», «ليل الأربعاء إلى الخميس», «منتصف ليلة الأربعاء-الخميس»: one night, two weekdays
RX_NIGHT_WEEKDAYS = _rx(rf"(?P<night>(?:منتصف\s+)?ليل[ه]?)\s+(?:يوم\s+)?(?P<wd>{WEEKDAY_RE})\s*(?:[-/]|الي|و)?\s*"
                        rf"(?P<wd2>{WEEKDAY_RE})")
RX_QUOTE = re.compile(r'"[^"\n]{1,1500}"')
RX_SPEECH = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|اضاف|اضافت|مضيفا|مضيفه|اكد|اكدت|تابع|تابعت|اوضح|اوضحت|صرح|صرحت|"
                       r"قائلا|قائله|اعلن|اعلنت|ذكر|ذكرت|كتب|كتبت)(?!\w)")

# Clause boundaries for the tense window: punctuation and quotation marks.
RX_CLAUSE_BREAK = re.compile(r'[.,;:!?"()\n]')
RX_FUTURE_VERB = re.compile(r"^[وف]?(?:سوف|لن|س[يتن]\S{3,})$")  # «سيزور», not «سيتي» or «سابق»
RX_IMPERFECT = re.compile(r"^[وف]?[يت]\S{3,}$")
# «يتوجه», and the ت-initial forms that cannot be a perfect or a masdar: «تستضيف», «تتوجه», «تنطلق», «تلتقي»
# (not «تنافس», «تنمية», «تنفيذا»: a noun of the pattern «تفعيل» is left out)
RX_OPENING_VERB = re.compile(r"^[وف]?(?:ي\S{3,}|(?![وف]?ت\S\Sي\S(?:ا|ه|ات)?$)ت(?:ست|ت|ن[^ا]|[^اوي]ت)\S{2,})$")
# Relative clauses that describe rather than plan: «التحالف الذي تقوده السعودية الخميس».
RX_HABITUAL = re.compile(r"^[وف]?[يت]+(?:قود|تزعم|دعم|سيطر|حكم|ضم|مثل|ملك|تبع|شمل|مول|دير|عرف|سمي|راس|تراس|"
                         r"قيم|سكن|حاصر|حاصرها|واجه|عيش|خوض|ستهدف|نتمي|تبني|مارس|بلغ|ملك|قول|ذكر|ؤكد|ضيف|شير|ري|عتقد|علن|"
                         r"وضح|بدو|عتبر|صف|تهم|رفض|طالب|كون|جب|مكن|هدف|تضمن|تعلق|عود|اتي|شار|جدر|عد|"
                         r"ظهر|بين|لاحظ)")
# Nouns and perfect verbs that look like «سـ» + imperfect: «سياسة», «سيطرت», «سيتي», «سنغافورة».
RX_NOT_FUTURE = re.compile(r"^[وف]?(?:سياس|سيار|سيطرت|سيطروا|سيدن|ستار|سنوات|ستوك|سيناء|سيناري|سيناتور|ستين|سيول|"
                           r"سنغا|ستاد|ستالين|سيبير|سيرغ|سيريل|سيتي|سيمون|سيلفا|ستيف|ستراتيج|سيدات|سينما|ستون)")
RX_NOT_IMPERFECT = re.compile(r"(?:يه|يين|يون|يات|يا)$|^[وف]?(?:يوم|يون|يول|ينا|يمن|يهود|يسار|يمين|يد|يوس|يون)")
RX_AGE_BEFORE = re.compile(r"[,(\"]\s*$")
RX_AGE_WORD = re.compile(r"(?:يناهز|ناهز|عن|عمر|العمر|عمره|عمرها|البالغ|البالغه|يبلغ|تبلغ|بلغ|سن)\s*$")

AGO_WORDS = {"قبل", "منذ"}
RX_TRAILING = re.compile(f"[{DIACRITICS}{TATWEEL}]")
# Nouns that make «في 2000 …» a count, not a year.
COUNT_NOUNS = frozenset(("شخص", "شخصا", "اشخاص", "مدينه", "دولار", "دولارا", "جندي", "قتيل", "قتيلا", "طن", "طنا",
                          "كيلومتر", "متر", "منزل", "مليون", "مليار", "الف", "الاف", "عنصر", "مقاتل", "طالب",
                          "حاله", "مره", "دوله", "يورو", "ريال", "درهم", "جنيه", "دينار", "برميل", "سهم", "نقطه",
                          "موظف", "عامل", "لاجئ", "مهاجر", "صاروخ", "قطعه", "وحده", "ميغاواط", "هكتار", "مشارك"))
RX_APPROX_WORDS = re.compile(rf"^(?:{_APPROX})$")
