"""Working days in England, and the platform's time to act on a removal request."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from monitor.review.removal import due_at
from monitor.review.workdays import add_working_hours, bank_holidays, next_working_moment


def U(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(timezone.utc)


# gov.uk's published lists for England and Wales.
BANK_HOLIDAYS = {
    2020: ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25",
           "2020-12-28"],
    2022: ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
           "2022-09-19", "2022-12-26", "2022-12-27"],
    2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25",
           "2025-12-26"],
    2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
           "2026-12-28"],
    2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27",
           "2027-12-28"],
}


@pytest.mark.parametrize("year", sorted(BANK_HOLIDAYS))
def test_bank_holidays_match_the_published_lists(year):
    assert sorted(d.isoformat() for d in bank_holidays(year)) == BANK_HOLIDAYS[year]


# (asked, notice, due): 48 working hours for a defamation notice; a week, then the next working
# day's start, otherwise. London dates; UTC times.
DUE = [
    ("2026-11-27T16:00:00Z", "defamation", "2026-12-01T16:00:00Z"),  # Friday: the weekend does not count
    ("2026-11-24T09:00:00Z", "defamation", "2026-11-26T09:00:00Z"),  # Tuesday: two working days
    ("2026-12-24T10:00:00Z", "defamation", "2026-12-30T10:00:00Z"),  # Christmas, a weekend, Boxing Day's substitute
    ("2026-03-27T12:00:00Z", "defamation", "2026-03-31T11:00:00Z"),  # across the clocks going forward
    ("2026-11-21T10:00:00Z", "defamation", "2026-11-25T00:00:00Z"),  # asked on a Saturday: counting starts Monday
    ("2026-11-23T10:00:00Z", "platform", "2026-11-30T10:00:00Z"),  # a week, landing on a Monday
    ("2026-11-21T10:00:00Z", "platform", "2026-11-30T00:00:00Z"),  # a week lands on Saturday: Monday
    ("2026-12-18T09:00:00Z", "platform", "2026-12-29T00:00:00Z"),  # lands on Christmas Day: Tuesday 29th
]


@pytest.mark.parametrize("asked,notice,due", DUE)
def test_the_platforms_time_to_act(asked, notice, due):
    assert due_at(U(asked), notice) == U(due)


def test_working_hours_and_moments():
    assert add_working_hours(U("2026-11-23T10:00:00Z"), 0) == U("2026-11-23T10:00:00Z")
    assert next_working_moment(U("2026-11-25T13:00:00Z")) == U("2026-11-25T13:00:00Z")
    assert next_working_moment(U("2026-04-03T13:00:00Z")) == U("2026-04-06T23:00:00Z")  # Good Friday..Easter Monday
    assert date(2026, 12, 25) in bank_holidays(2026)
