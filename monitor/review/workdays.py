"""Working days in England: weekends and bank holidays excluded. Pure.

The Defamation (Operators of Websites) Regulations 2013 give a website operator 48 hours to
act on a notice, "any day which is not a Saturday, Sunday, Christmas Day, Good Friday or a
bank holiday" counting; Report Harmful Content takes a case a week after the platform was asked.
Bank holidays follow the Banking and Financial Dealings Act 1971 rules (substitute days when
one falls at a weekend), with the one-off changes listed in ONE_OFF.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

# Proclaimed changes: moved or extra days (VE Day 75, the Platinum Jubilee, the late Queen's
# funeral, the Coronation). Days removed by a move are in MOVED_AWAY.
ONE_OFF = {date(2020, 5, 8), date(2022, 6, 2), date(2022, 6, 3), date(2022, 9, 19), date(2023, 5, 8)}
MOVED_AWAY = {date(2020, 5, 4), date(2022, 5, 30)}


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return date(year, month, (h + l - 7 * m + 114) % 31 + 1)


def _first_monday(year: int, month: int) -> date:
    d = date(year, month, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    d = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=d.weekday())


@lru_cache(maxsize=64)
def bank_holidays(year: int) -> frozenset[date]:
    """England and Wales."""
    days = set()
    new_year = date(year, 1, 1)
    days.add(new_year + timedelta(days={5: 2, 6: 1}.get(new_year.weekday(), 0)))
    e = easter(year)
    days |= {e - timedelta(days=2), e + timedelta(days=1)}
    days |= {_first_monday(year, 5), _last_monday(year, 5), _last_monday(year, 8)}
    christmas, boxing = date(year, 12, 25), date(year, 12, 26)
    if christmas.weekday() == 5:  # Saturday: Monday and Tuesday
        days |= {date(year, 12, 27), date(year, 12, 28)}
    elif christmas.weekday() == 6:  # Sunday: Boxing Day Monday, substitute Tuesday
        days |= {boxing, date(year, 12, 27)}
    elif boxing.weekday() == 5:  # Friday Christmas, Saturday Boxing Day: Monday
        days |= {christmas, date(year, 12, 28)}
    else:
        days |= {christmas, boxing}
    days -= MOVED_AWAY
    days |= {d for d in ONE_OFF if d.year == year}
    return frozenset(days)


def is_working_day(day: date) -> bool:
    """Christmas Day and Good Friday are in bank_holidays for England already."""
    return day.weekday() < 5 and day not in bank_holidays(day.year) and day != date(day.year, 12, 25)


def _utc(dt: datetime) -> datetime:
    return (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _midnight_after(local: datetime) -> datetime:
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=LONDON)


def add_working_hours(start: datetime, hours: float) -> datetime:
    """start plus `hours` counted only on working days (London dates), as UTC."""
    left = timedelta(hours=hours)
    at = _utc(start).astimezone(LONDON)
    while True:
        end_of_day = _midnight_after(at)
        if is_working_day(at.date()):
            room = _utc(end_of_day) - _utc(at)  # real elapsed time: right across a clock change
            if left <= room:
                return _utc(at) + left
            left -= room
        at = end_of_day


def next_working_moment(when: datetime) -> datetime:
    """when itself on a working day; otherwise the start of the next working day (UTC)."""
    local = _utc(when).astimezone(LONDON)
    while not is_working_day(local.date()):
        local = _midnight_after(local)
    return _utc(local)
