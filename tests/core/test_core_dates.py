from __future__ import annotations

from datetime import date

import pytest

from glamuploader.core import dates


@pytest.mark.parametrize("value, expected", [
    ("2024", (2024, 0, 0, 9)), ("2024-05", (2024, 5, 0, 10)), ("2024-05-01", (2024, 5, 1, 11)),
    ("2024-05-01T12:30:00+03:00", (2024, 5, 1, 11)), ("2024-05-01T12:30Z", (2024, 5, 1, 11)),
    ("2024-05-01 12:30:00.25", (2024, 5, 1, 11)), ("2024:05:01 12:30:00", (2024, 5, 1, 11)),
    (" 1890-02 ", (1890, 2, 0, 10))])
def test_accepted_dates_give_year_month_day_and_precision(value, expected):
    assert dates.to_tuple(value) == expected


@pytest.mark.parametrize("value", ["2024-13-45", "2023-02-29", "2024-05-01T25:00", "2024-05-01T12:60",
                                   "2024-05-01T12:30+24:00", "yesterday", "05/01/2024", "0000",
                                   "2024-5-1", "", "20240501"])
def test_nonsense_dates_are_refused(value):
    assert dates.parse(value) is None and not dates.is_valid(value)


def test_leap_day_is_a_real_date():
    assert dates.is_valid("2024-02-29")


def test_wikitext_date_keeps_the_precision_and_the_local_time():
    assert dates.to_wikitext("2024") == "2024"
    assert dates.to_wikitext("2024-05") == "2024-05"
    assert dates.to_wikitext("2024-05-01T12:30:00+03:00") == "2024-05-01 12:30:00"
    assert dates.to_wikitext("nonsense") == ""


def test_iso_date_is_as_precise_as_known():
    assert dates.to_iso_date("2024-05-01T23:59:59-05:00") == "2024-05-01"
    assert dates.to_iso_date("2024-05") == "2024-05"


def test_future_means_even_the_earliest_possible_day_is_after_today():
    today = date(2026, 11, 25)
    assert dates.is_in_future("2026-11-26", today=today)
    assert dates.is_in_future("2027", today=today)
    assert not dates.is_in_future("2026", today=today)
    assert not dates.is_in_future("2026-11", today=today)
    assert not dates.is_in_future("2026-11-25T23:00:00Z", today=today)
