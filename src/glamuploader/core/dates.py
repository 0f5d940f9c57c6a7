"""Dates as users and cameras write them, normalised for wikitext and for structured data.

Accepted: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, and a full ISO 8601 date and time
(``YYYY-MM-DDTHH:MM[:SS[.fff]]`` with an optional ``Z`` or ``±HH:MM`` offset; a space may
stand for the ``T``). The EXIF form ``YYYY:MM:DD HH:MM:SS`` is accepted too, because that is
what cameras write. Anything else is refused (``parse`` returns None).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date

#: Wikibase time precisions (P571 and friends)
PRECISION_YEAR = 9
PRECISION_MONTH = 10
PRECISION_DAY = 11

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATETIME = re.compile(
    r"(\d{4})[-:](\d{2})[-:](\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?")


@dataclass(frozen=True)
class ParsedDate:
    year: int
    month: int = 0          # 0 when the precision is the year
    day: int = 0            # 0 when the precision is the month or year
    precision: int = PRECISION_DAY
    time: str = ""          # "HH:MM" or "HH:MM:SS" when given
    offset: str = ""        # "Z", "+03:00", … when given

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.year, self.month, self.day, self.precision)

    def first_day(self) -> _date:
        """The first day the value can mean (January 1st for a year, the 1st for a month)."""
        return _date(self.year, self.month or 1, self.day or 1)


def parse(value: str) -> ParsedDate | None:
    """Read a date; None when it is empty or not a real date (``2024-13-45``)."""
    text = value.strip()
    try:
        if m := _YEAR.fullmatch(text):
            return _checked(ParsedDate(int(m[1]), precision=PRECISION_YEAR))
        if m := _MONTH.fullmatch(text):
            return _checked(ParsedDate(int(m[1]), int(m[2]), precision=PRECISION_MONTH))
        if m := _DAY.fullmatch(text):
            return _checked(ParsedDate(int(m[1]), int(m[2]), int(m[3])))
        if m := _DATETIME.fullmatch(text):
            hour, minute, second = int(m[4]), int(m[5]), m[6]
            if hour > 23 or minute > 59 or (second is not None and int(second) > 59):
                return None
            time = f"{hour:02d}:{minute:02d}" + (f":{second}" if second is not None else "")
            offset = _offset(m[7] or "")
            if offset is None:
                return None
            return _checked(ParsedDate(int(m[1]), int(m[2]), int(m[3]), time=time, offset=offset))
    except ValueError:
        return None
    return None


def is_valid(value: str) -> bool:
    return parse(value) is not None


def to_tuple(value: str) -> tuple[int, int, int, int] | None:
    """``(year, month, day, precision)`` for structured data; month and day are 0 when unknown."""
    parsed = parse(value)
    return parsed.as_tuple() if parsed else None


def to_iso_date(value: str) -> str:
    """``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``, as precise as the value); "" when invalid."""
    parsed = parse(value)
    if parsed is None:
        return ""
    if parsed.precision == PRECISION_YEAR:
        return f"{parsed.year:04d}"
    if parsed.precision == PRECISION_MONTH:
        return f"{parsed.year:04d}-{parsed.month:02d}"
    return f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}"


def to_wikitext(value: str) -> str:
    """The date as Commons writes it in ``|date=``: ``2024-05-01`` or ``2024-05-01 12:30:00``.

    The offset is not written: Commons shows the local time of the photograph.
    Returns "" for an invalid value.
    """
    parsed = parse(value)
    if parsed is None:
        return ""
    day = to_iso_date(value)
    return f"{day} {parsed.time}" if parsed.time else day


def seconds_of(taken: str | None) -> float | None:
    """A time taken (ISO 8601, as FileFacts keeps it) as seconds, to measure the time between
    photos; None when there is none or it cannot be read."""
    if not taken:
        return None
    from datetime import datetime
    try:
        return datetime.fromisoformat(taken.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def is_in_future(value: str, *, today: _date) -> bool:
    """True when even the earliest day the value can mean is after ``today``."""
    parsed = parse(value)
    return parsed is not None and parsed.first_day() > today


def _checked(parsed: ParsedDate) -> ParsedDate | None:
    if parsed.year < 1:
        return None
    if parsed.month:
        _date(parsed.year, parsed.month, parsed.day or 1)  # ValueError when not a real date
    return parsed


def _offset(text: str) -> str | None:
    if text in ("", "Z"):
        return text
    sign, digits = text[0], text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        return None
    return f"{sign}{hours:02d}:{minutes:02d}"
