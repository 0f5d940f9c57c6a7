"""Which of a file's many dates is the date the photo was taken.

Best first: EXIF DateTimeOriginal; XMP ``photoshop:DateCreated``, ``exif:DateTimeOriginal``,
``xmp:CreateDate``; IPTC Date Created (2:55, with Time Created 2:60); EXIF DateTimeDigitized.

The EXIF ModifyDate (IFD0 DateTime) is never one of them: it says when GIMP or Photoshop last
saved the file, often years after the photo was taken, and a wrong date on Commons is worse
than none. When it is all a file has, the volunteer is told so (``date-only-modified``).
"""
from __future__ import annotations

import re
from datetime import datetime

from ..core.problems import Problem
from .exif import ExifFacts, show
from .xmp import XmpFacts

_EARLIEST_YEAR = 1800
#: an XMP date (ISO 8601 as XMP allows it: year, month, day, time without or with seconds and
#: fraction, then ``Z`` or an offset); a space or EXIF's colons are taken too, as programs write them
_XMP_DATE = re.compile(
    r"\s*(\d{4})(?:[-:](\d\d)(?:[-:](\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d\d:?\d\d)?)?)?)?\s*$")
_IPTC_DATE = re.compile(r"\s*(\d{4})(\d\d)(\d\d)\s*$")
_IPTC_TIME = re.compile(r"\s*(\d\d)(\d\d)(\d\d)([+-]\d\d\d\d)?\s*$")


def choose_taken(exif: ExifFacts, xmp: XmpFacts | None, iptc: tuple[str | None, str | None],
                 *, path: str) -> tuple[str | None, list[Problem]]:
    """The date taken (ISO 8601, with the offset where the file gives one) and the problems
    of choosing it: a date written but impossible, or only a ModifyDate."""
    problems: list[Problem] = []
    if exif.taken:
        return exif.taken, problems
    for name, raw in zip(("photoshop:DateCreated", "exif:DateTimeOriginal", "xmp:CreateDate"),
                         xmp.dates if xmp is not None else ()):
        if raw is None:
            continue
        when = xmp_date(raw)
        if when is not None:
            return when, problems
        problems.append(_ignored(path, f"XMP {name}", raw))
    if iptc[0] is not None:
        when = iptc_date(*iptc)
        if when is not None:
            return when, problems
        problems.append(_ignored(path, "IPTC Date Created", " ".join(v for v in iptc if v)))
    if exif.digitized:
        return exif.digitized, problems
    modified = exif.modified or (xmp_date(xmp.modified) if xmp is not None and xmp.modified else None)
    if modified:
        problems.append(Problem("date-only-modified", item=path, field="date",
                                params={"modified": modified}))
    return None, problems


def xmp_date(text: str) -> str | None:
    """``2019-05-12T14:03:22.5+02:00`` as ``2019-05-12T14:03:22+02:00``; a date without time
    (``2019-05-12``, ``2019-05``, ``2019``) as it is. None for anything else."""
    match = _XMP_DATE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    if hour is None:
        return _checked(year, month or "", day or "")
    when = _when(year, month, day, hour, minute, second or "00")
    if when is None:
        return None
    offset = _offset(zone or "")
    return None if offset is None else when + offset


def iptc_date(date: str, time: str | None = None) -> str | None:
    """IPTC ``20190512`` and ``140322+0200`` as ``2019-05-12T14:03:22+02:00``; month or day
    ``00`` (not known) give ``2019`` or ``2019-05``; a bad time leaves the date alone."""
    match = _IPTC_DATE.match(date)
    if match is None:
        return None
    year, month, day = match.groups()
    if month == "00":
        return _checked(year, "", "")
    if day == "00":
        return _checked(year, month, "")
    moment = _IPTC_TIME.match(time or "")
    if moment is not None:
        hour, minute, second, zone = moment.groups()
        when = _when(year, month, day, hour, minute, second)
        offset = _offset(zone or "")
        if when is not None and offset is not None:
            return when + offset
    return _checked(year, month, day)


def _checked(year: str, month: str, day: str) -> str | None:
    try:
        datetime(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    if int(year) < _EARLIEST_YEAR:
        return None
    return "-".join(part for part in (year, month, day) if part)


def _when(year: str, month: str | None, day: str | None, hour: str, minute: str,
          second: str) -> str | None:
    if month is None or day is None:
        return None
    try:
        when = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        return None
    return when.isoformat() if when.year >= _EARLIEST_YEAR else None


def _offset(zone: str) -> str | None:
    """``""`` for none, ``+00:00`` for ``Z``, ``+02:00`` for ``+0200``; None when impossible."""
    if not zone:
        return ""
    if zone == "Z":
        return "+00:00"
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 14 or minutes >= 60:
        return None
    return f"{zone[0]}{digits[:2]}:{digits[2:]}"


def _ignored(path: str, tag: str, value: str) -> Problem:
    return Problem("exif-value-ignored", item=path, field="taken",
                   params={"tag": tag, "value": show(value)})
