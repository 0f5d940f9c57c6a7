"""EXIF tags read by Pillow, named and shaped the way exifread names and shapes them.

exifread looks for a JPEG's EXIF segment only in the first few kilobytes after the
segments it knows: where a large XMP segment comes first (Windows Photo Gallery, some
Adobe exports write it so) it finds nothing and says nothing, and the orientation, date,
position and author are lost. Pillow finds the segment wherever it lies. Its tags are
turned into exifread's form here so that :func:`.exif.exif_from_tags` checks both alike.
"""
from __future__ import annotations

from typing import Any

from exifread.utils import Ratio
from PIL import ExifTags, Image
from PIL.TiffImagePlugin import IFDRational

#: the tags :mod:`.exif` reads, by IFD: Pillow's number -> exifread's name
_IFD0 = {0x010F: "Image Make", 0x0110: "Image Model", 0x013B: "Image Artist",
         0x8298: "Image Copyright", 0x0112: "Image Orientation", 0x0132: "Image DateTime"}
_EXIF = {0x9003: "EXIF DateTimeOriginal", 0x9004: "EXIF DateTimeDigitized",
         0x9010: "EXIF OffsetTime", 0x9011: "EXIF OffsetTimeOriginal",
         0x9012: "EXIF OffsetTimeDigitized"}
_GPS = {1: "GPS GPSLatitudeRef", 2: "GPS GPSLatitude", 3: "GPS GPSLongitudeRef",
        4: "GPS GPSLongitude", 5: "GPS GPSAltitudeRef", 6: "GPS GPSAltitude",
        17: "GPS GPSImgDirection"}


def pillow_tags(image: Image.Image) -> dict[str, Any]:
    """The EXIF tags of an image opened by Pillow (header only), as exifread would give them.

    Raises whatever Pillow raises for a block it cannot read.
    """
    exif = image.getexif()
    if not exif:
        return {}
    tags: dict[str, Any] = {}
    for ifd, names in ((exif, _IFD0), (exif.get_ifd(ExifTags.IFD.Exif), _EXIF),
                       (exif.get_ifd(ExifTags.IFD.GPSInfo), _GPS)):
        for number, name in names.items():
            if number in ifd:
                tags[name] = _shaped(ifd[number])
    return tags


def _shaped(value: Any) -> Any:
    """Numbers as a list (rationals as exifread's ``Ratio``, which keeps ``n/0``); text as
    the bytes in the file (Pillow decodes it as Latin-1; :func:`.exif.clean_text` tries
    UTF-8 first, as for exifread's values); bytes as they are."""
    if isinstance(value, str):
        return value.encode("latin-1", errors="replace")
    if isinstance(value, IFDRational):
        return [_ratio(value)]
    if isinstance(value, tuple):
        return [_ratio(v) if isinstance(v, IFDRational) else v for v in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return [value]
    return value


def _ratio(value: IFDRational) -> Ratio:
    return Ratio(int(value.numerator), int(value.denominator))
