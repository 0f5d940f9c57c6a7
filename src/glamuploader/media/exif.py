"""EXIF facts (dates, GPS, orientation, camera, author) read with exifread, or Pillow.

exifread is asked first; where it fails or finds nothing (it misses an EXIF segment that
follows a large XMP segment) Pillow's reader is asked (:mod:`.pillowexif`). Nothing here
raises for a bad file: a value that cannot be right is dropped and reported as
``exif-value-ignored``; a block that cannot be read at all as ``exif-unreadable``.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from typing import Any, BinaryIO

import exifread

from ..core.item import GeoPoint
from ..core.problems import Problem
from .pillowexif import pillow_tags

_DATE = re.compile(r"\s*(\d{4})[:\-/](\d\d)[:\-/](\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?")
_OFFSET = re.compile(r"\s*([+-])(\d\d):(\d\d)\s*$")
#: (date tag, offset tag) of the three EXIF dates: when the shutter opened, when the picture
#: became digital (a scan), when a program last saved the file (IFD0 DateTime, "ModifyDate")
_ORIGINAL = ("EXIF DateTimeOriginal", "EXIF OffsetTimeOriginal")
_DIGITIZED = ("EXIF DateTimeDigitized", "EXIF OffsetTimeDigitized")
_MODIFIED = ("Image DateTime", "EXIF OffsetTime")
_TEXT_TAGS = (
    ("camera_make", "Image Make"),
    ("camera_model", "Image Model"),
    ("artist", "Image Artist"),
    ("copyright", "Image Copyright"),
)
# exifread logs what it finds odd ("Possibly corrupted field Make in Image IFD"), naming no
# file; every such value is reported here as a problem of its file instead
logging.getLogger("exifread").addHandler(logging.NullHandler())
_EARLIEST_YEAR = 1800
_MAX_ALTITUDE = 100_000.0  # metres; beyond this it is not a photograph taken on Earth
#: characters in a camera, artist or copyright text; a longer one is junk (and would fill
#: the author field of the description page)
_MAX_TEXT = 1000


@dataclass
class ExifFacts:
    """What the EXIF block says. ``taken`` is DateTimeOriginal only: which date becomes the
    date taken is chosen with the other metadata (:mod:`.datetaken`). ``digitized`` is read
    only when there is no good ``taken``, ``modified`` only when there is neither (so that a
    bad value is reported only where it would have been used)."""

    taken: str | None = None
    digitized: str | None = None
    modified: str | None = None
    gps: GeoPoint | None = None
    orientation: int | None = None
    rating: int | None = None            # Windows' Rating tag (0x4746), stars
    camera_make: str | None = None
    camera_model: str | None = None
    artist: str | None = None
    copyright: str | None = None
    problems: list[Problem] = field(default_factory=list)


def read_exif(fh: BinaryIO, *, path: str, image: Any = None) -> ExifFacts:
    """Read the EXIF block of an open JPEG, TIFF, PNG or WebP file.

    ``image``, the file opened by Pillow (its header only), is asked when exifread fails
    or finds no tag: it finds an EXIF segment wherever it lies.
    """
    failure: BaseException | None = None
    try:
        tags = exifread.process_file(fh, details=False, extract_thumbnail=False)
    except Exception as exc:  # exifread can fail in many ways on hostile input
        tags, failure = {}, exc
    if image is not None and not has_tags(tags):
        try:
            tags = pillow_tags(image)
        except Exception as exc:  # a block neither reader can read
            failure = failure or exc
    if failure is not None and not has_tags(tags):
        return ExifFacts(problems=[Problem("exif-unreadable", item=path,
                                           params={"reason": _reason(failure)})])
    return exif_from_tags(tags, path=path)


def has_tags(tags: dict[str, Any]) -> bool:
    """Whether a tag dictionary holds any tag of IFD0, the EXIF IFD or the GPS IFD."""
    return any(name.startswith(("Image ", "EXIF ", "GPS ")) for name in tags)


def exif_from_tags(tags: dict[str, Any], *, path: str) -> ExifFacts:
    """Turn exifread's tag dictionary into checked facts."""
    facts = ExifFacts()

    def ignored(field_name: str, tag: str, value: Any) -> None:
        facts.problems.append(Problem("exif-value-ignored", item=path, field=field_name,
                                      params={"tag": tag, "value": show(value)}))

    facts.taken = _date(tags, _ORIGINAL, ignored)
    if facts.taken is None:
        facts.digitized = _date(tags, _DIGITIZED, ignored)
        if facts.digitized is None:
            facts.modified = _date(tags, _MODIFIED, ignored)
    facts.gps = _gps(tags, ignored)
    raw = _values(tags.get("Image Orientation"))
    if raw is not None:
        value = raw[0] if isinstance(raw, list) and raw else raw
        if isinstance(value, int) and 1 <= value <= 8:
            facts.orientation = value
        else:
            ignored("orientation", "Image Orientation", raw)
    raw = _values(tags.get("Image Rating"))
    if raw is not None:
        from ..core.picks import rating_from_file
        value = raw[0] if isinstance(raw, list) and raw else raw
        facts.rating = rating_from_file(value) if isinstance(value, int) else None
        if facts.rating is None or facts.rating < 0:
            facts.rating = None
            ignored("rating", "Image Rating", raw)
    for name, tag in _TEXT_TAGS:
        raw = _values(tags.get(tag))
        if raw is None:
            continue
        text = clean_text(raw)
        if text is None or len(text) > _MAX_TEXT:
            ignored(name, tag, raw)
        elif text:
            setattr(facts, name, text)
    return facts


def clean_text(value: Any) -> str | None:
    """A tag's text without NULs, control characters or padding.

    ``""`` when there is nothing; ``None`` when the value is binary junk, not text.
    """
    fallback = False
    if isinstance(value, (bytes, bytearray)):
        raw = bytes(value).rstrip(b"\x00 ")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text, fallback = raw.decode("latin-1"), True
    elif isinstance(value, str):
        text = value
    else:
        return None
    text = text.strip("\x00 \t\r\n")
    if not text:
        return ""
    bad = sum(1 for c in text if _is_junk(c))
    high = sum(1 for c in text if ord(c) >= 0x80) if fallback else 0
    cleaned = " ".join("".join(c for c in text if not _is_junk(c)).split())
    if not cleaned or bad * 4 > len(text) or high * 2 > len(text):
        return None
    return cleaned


def show(value: Any, limit: int = 80) -> str:
    """A short printable form of a raw value, for a problem's parameters."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _is_junk(c: str) -> bool:
    return c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn")
                             and c not in "\t\n\r")


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


def _values(tag: Any) -> Any:
    return getattr(tag, "values", tag) if tag is not None else None


def _date(tags: dict[str, Any], names: tuple[str, str], ignored) -> str | None:
    date_tag, offset_tag = names
    raw = _values(tags.get(date_tag))
    if raw is None:
        return None
    text = clean_text(raw)
    if not text:
        if text is None:
            ignored("taken", date_tag, raw)
        return None
    when = _parse_date(text)
    if when is None:  # also "0000:00:00 00:00:00": a camera saying it does not know
        ignored("taken", date_tag, raw)
        return None
    return when + _offset(tags, offset_tag, ignored)


def _parse_date(text: str) -> str | None:
    match = _DATE.match(text)
    if not match:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in match.groups())
    try:
        when = datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None
    if y < _EARLIEST_YEAR:
        return None
    return when.isoformat()


def _offset(tags: dict[str, Any], tag: str, ignored) -> str:
    raw = _values(tags.get(tag))
    if raw is None:
        return ""
    text = clean_text(raw)
    if not text or not text.strip(" :"):
        return ""  # cameras write "   :  " when they do not know
    match = _OFFSET.match(text)
    if match and int(match.group(2)) <= 14 and int(match.group(3)) < 60:
        return f"{match.group(1)}{match.group(2)}:{match.group(3)}"
    ignored("taken", tag, raw)
    return ""


def _number(value: Any) -> float | None:
    """A rational or integer as a float; ``0/0`` is 0 (unused), ``n/0`` is None."""
    if isinstance(value, Fraction):
        num = getattr(value, "_numerator", value.numerator)
        den = getattr(value, "_denominator", value.denominator)
        if not den:
            return 0.0 if not num else None
        return num / den
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _dms(raw: Any) -> float | None:
    parts = raw if isinstance(raw, list) else [raw]
    if not 1 <= len(parts) <= 3:
        return None
    numbers = [_number(p) for p in parts]
    if any(n is None or n < 0 for n in numbers):
        return None
    total = 0.0
    for n, scale in zip(numbers, (1.0, 60.0, 3600.0)):
        total += n / scale
    return total


def _ref(tags: dict[str, Any], tag: str) -> str:
    raw = _values(tags.get(tag))
    text = clean_text(raw) if raw is not None else ""
    return (text or "").upper()[:1]


def _gps(tags: dict[str, Any], ignored) -> GeoPoint | None:
    raw_lat = _values(tags.get("GPS GPSLatitude"))
    raw_lon = _values(tags.get("GPS GPSLongitude"))
    if raw_lat is None or raw_lon is None:
        return None
    lat, lon = _dms(raw_lat), _dms(raw_lon)
    lat_ref, lon_ref = _ref(tags, "GPS GPSLatitudeRef"), _ref(tags, "GPS GPSLongitudeRef")
    if lat is None or lat > 90 or lat_ref not in ("", "N", "S"):
        ignored("gps", "GPS GPSLatitude", raw_lat)
        return None
    if lon is None or lon > 180 or lon_ref not in ("", "E", "W"):
        ignored("gps", "GPS GPSLongitude", raw_lon)
        return None
    if lat == 0 and lon == 0:  # a receiver without a fix
        ignored("gps", "GPS GPSLatitude", raw_lat)
        return None
    lat = -lat if lat_ref == "S" else lat
    lon = -lon if lon_ref == "W" else lon
    altitude = heading = None
    raw_alt = _values(tags.get("GPS GPSAltitude"))
    if raw_alt is not None:
        altitude = _number(raw_alt[0] if isinstance(raw_alt, list) and raw_alt else raw_alt)
        if altitude is None or altitude > _MAX_ALTITUDE:
            ignored("gps", "GPS GPSAltitude", raw_alt)
            altitude = None
        elif _altitude_below_sea(tags.get("GPS GPSAltitudeRef")):
            altitude = -altitude
    raw_dir = _values(tags.get("GPS GPSImgDirection"))
    if raw_dir is not None:
        heading = _number(raw_dir[0] if isinstance(raw_dir, list) and raw_dir else raw_dir)
        if heading is None or not 0 <= heading <= 360:
            ignored("gps", "GPS GPSImgDirection", raw_dir)
            heading = None
    return GeoPoint(round(lat, 7), round(lon, 7),
                    None if altitude is None else round(altitude, 2),
                    None if heading is None else round(heading, 2))


def _altitude_below_sea(tag: Any) -> bool:
    raw = _values(tag)
    if isinstance(raw, list):
        raw = raw[0] if raw else 0
    if isinstance(raw, (bytes, bytearray)):
        raw = raw[0] if raw else 0
    return raw == 1
