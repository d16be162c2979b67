"""Calendar arithmetic and ISO 8601 / TIMEX3 values, resolved against an anchor date.

Kept apart from the patterns so the rules («the most recent such day before publication»)
can be tested on their own. Without an anchor every function returns an underspecified
TIMEX3 value («XXXX-WXX-7» for «الأحد») instead of guessing.
"""
from __future__ import annotations

import calendar
import datetime as dt

PAST, FUTURE, NEAREST = "past", "future", "nearest"


def shift_date(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` moved by `amount` units (D, W, M, Y, DE, CE); months clamp to the month's last day."""
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    months = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[unit] * amount
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def format_week(day: dt.date) -> str:
    """ISO week of `day`: 2018-03-11 → «2018-W10»."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def format_at(day: dt.date, granularity: str) -> str:
    """`day` written at a granularity: D → 2018-03-11, W → 2018-W10, M → 2018-03, Y → 2018."""
    if granularity == "W":
        return format_week(day)
    if granularity == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity in ("Y", "DE", "CE"):
        return f"{day.year:04d}"
    return day.isoformat()


def resolve_weekday(anchor: dt.date | None, weekday: int, direction: str, *, strict: bool = False) -> str:
    """The date of ISO `weekday` nearest `anchor` in `direction`.

    «الأحد» in past-tense news is the most recent Sunday on or before publication; with
    «الماضي» (`strict`) a Sunday published on a Sunday is a week earlier; with «المقبل» or a
    future verb («سيزور الكويت الأحد») it is the next one on or after publication.
    """
    if anchor is None:
        return f"XXXX-WXX-{weekday}"
    delta = (weekday - anchor.isoweekday()) % 7
    if direction == FUTURE:
        if strict and delta == 0:
            delta = 7
        return (anchor + dt.timedelta(days=delta)).isoformat()
    back = (anchor.isoweekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return (anchor - dt.timedelta(days=back)).isoformat()


def choose_year(anchor: dt.date, month: int, day: int | None, direction: str) -> int:
    """The year of a month (and day) written without one.

    Past/future follow explicit words («الماضي», «المقبل») or a future verb; otherwise the
    last occurrence wins («تشرين الثاني» in May → last November), unless the next one is close
    (the coming month, or a day within 60 days).
    """
    target_day = day or 15
    this_year = anchor.year

    def at(year: int) -> dt.date:
        return dt.date(year, month, min(target_day, calendar.monthrange(year, month)[1]))

    if day is None:
        now = anchor.year * 12 + anchor.month
        options = [(y * 12 + month, y) for y in (this_year - 1, this_year, this_year + 1)]
        if direction == PAST:
            return max(y for i, y in options if i <= now)
        if direction == FUTURE:
            return min(y for i, y in options if i >= now)
        # news reports the past: a month ahead is read as future only when it is the next one
        # («قمة في أكتوبر» written on 29 September), otherwise as the last such month
        if (anchor.year * 12 + month) - now in (0, 1) or (anchor.year * 12 + 12 + month) - now == 1:
            return min(y for i, y in options if i >= now)
        return max(y for i, y in options if i <= now)
    candidates = [at(this_year - 1), at(this_year), at(this_year + 1)]
    if direction == PAST:
        return max(c for c in candidates if c <= anchor).year
    if direction == FUTURE:
        return min(c for c in candidates if c >= anchor).year
    ahead = min(c for c in candidates if c > anchor) if any(c > anchor for c in candidates) else None
    if ahead is not None and (ahead - anchor).days <= 60:  # «قمة 12 حزيران» written on 2 June
        return ahead.year
    return max(c for c in candidates if c <= anchor).year


def format_duration(amount: float, unit: str) -> str:
    """ISO 8601 duration: (6, D) → P6D, (48, H) → PT48H, (1.5, Y) → P1Y6M («عام ونصف»), (1, DE) → P10Y."""
    if unit in ("DE", "CE"):  # ISO 8601 has no decade or century designator
        amount, unit = amount * (10 if unit == "DE" else 100), "Y"
    whole = int(amount)
    time_unit = unit in ("H", "MI", "S")
    letter = "M" if unit == "MI" else unit
    head = f"{whole}{letter}" if whole else ""
    if amount - whole >= 0.5:  # «ونصف»: half of the unit, written in the next smaller one
        half = {"Y": "6M", "M": "15D", "W": "3DT12H", "D": "T12H", "H": "30M", "MI": "30S"}.get(unit)
        if half:
            if time_unit:
                return f"PT{head}{half}"
            return f"P{head}{half}"
    return f"PT{whole}{letter}" if time_unit else f"P{whole}{letter}"


def convert_hijri(year: int, month: int, day: int | None) -> str | None:
    """A Hijri (Umm al-Qura) date → ISO Gregorian date, or the Gregorian month of its first day."""
    try:
        from hijridate import Hijri
    except ImportError:  # the run-time dependency is missing: keep no value rather than guess
        return None
    try:
        greg = Hijri(year, month, day or 1).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return f"{greg.year:04d}-{greg.month:02d}-{greg.day:02d}" if day else f"{greg.year:04d}-{greg.month:02d}"


def choose_hijri_year(anchor: dt.date, month: int, day: int | None) -> int | None:
    """The Hijri year whose `month` (and day) falls nearest `anchor`: «رمضان» in a 2023 article."""
    try:
        from hijridate import Gregorian, Hijri
    except ImportError:
        return None
    try:
        here = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    best: tuple[int, int] | None = None
    for year in (here - 1, here, here + 1):
        try:
            greg = Hijri(year, month, day or 1).to_gregorian()
        except (ValueError, OverflowError):
            continue
        gap = abs((dt.date(greg.year, greg.month, greg.day) - anchor).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None
