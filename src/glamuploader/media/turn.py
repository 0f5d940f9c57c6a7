"""The copy of a JPEG that is sent turned: its EXIF orientation tag changed, not one pixel
re-encoded, and the original file left as it is.

The tag is changed in place when the file has one; a file without EXIF gets a small EXIF
block with only the orientation; a file whose EXIF lacks the tag has its first directory
written again with it (Pillow's writer). The copy is named by the original's SHA-1 and the
turn, written to a temporary name, flushed and renamed, as the cleaned copies are.
"""
from __future__ import annotations

import hashlib
import os
import struct
import tempfile

from ..core.orientation import turned
from .opening import discard


class TurnFailed(Exception):
    """The file cannot be turned by its tag: ``detail`` says why."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def turned_bytes(data: bytes, degrees: int) -> bytes:
    """The JPEG ``data`` shown ``degrees`` further clockwise (its orientation tag changed)."""
    if not data.startswith(b"\xff\xd8"):
        raise TurnFailed("not a JPEG file")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise TurnFailed(f"damaged JPEG structure at byte {pos}")
        marker = data[pos + 1]
        if marker in (0xDA, 0xD9):                      # the picture starts: no EXIF before it
            break
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        body = data[pos + 4:pos + 2 + length]
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            new_body = _with_orientation(body, degrees)
            if len(new_body) == len(body):
                return data[:pos + 4] + new_body + data[pos + 2 + length:]
            return data[:pos] + _segment(0xE1, new_body) + data[pos + 2 + length:]
        pos += 2 + length
    tiff = _minimal_tiff(turned(1, degrees))            # no EXIF at all: one with the tag alone
    return data[:2] + _segment(0xE1, b"Exif\x00\x00" + tiff) + data[2:]


def turned_copy(path: str, degrees: int, folder: str) -> tuple[str, str, int]:
    """(path, SHA-1, size) of the turned copy of the JPEG at ``path``, made in ``folder``."""
    with open(path, "rb") as fh:
        data = fh.read()            # a JPEG, read once: named and turned from the same bytes
    out = turned_bytes(data, degrees)
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, f"{hashlib.sha1(data).hexdigest()}-turned{degrees % 360}.jpg")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(out)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        discard(tmp)
        raise
    return target, hashlib.sha1(out).hexdigest(), len(out)


def _segment(marker: int, body: bytes) -> bytes:
    if len(body) + 2 > 0xFFFF:
        raise TurnFailed("the EXIF block would be too large")
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


def _minimal_tiff(orientation: int) -> bytes:
    # big-endian TIFF header, IFD0 at 8 with one entry: 0x0112 SHORT 1 = orientation
    return b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + \
        struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0)


def _with_orientation(body: bytes, degrees: int) -> bytes:
    """The EXIF segment body (``Exif\\0\\0`` + TIFF) with IFD0's orientation turned."""
    tiff = body[6:]
    if tiff[:2] not in (b"II", b"MM") or len(tiff) < 8:
        raise TurnFailed("damaged EXIF header")
    order = "<" if tiff[:2] == b"II" else ">"
    ifd = struct.unpack(order + "I", tiff[4:8])[0]
    if ifd + 2 > len(tiff):
        raise TurnFailed("damaged EXIF directory")
    count = struct.unpack(order + "H", tiff[ifd:ifd + 2])[0]
    for n in range(count):
        entry = ifd + 2 + 12 * n
        if entry + 12 > len(tiff):
            raise TurnFailed("damaged EXIF directory")
        tag, kind, _count = struct.unpack(order + "HHI", tiff[entry:entry + 8])
        if tag == 0x0112 and kind == 3:
            current = struct.unpack(order + "H", tiff[entry + 8:entry + 10])[0]
            value = struct.pack(order + "H", turned(current, degrees))
            start = 6 + entry + 8
            return body[:start] + value + body[start + 2:]
    # EXIF without the tag: its first directory written again with it (Pillow keeps the rest)
    from PIL import Image
    exif = Image.Exif()
    try:
        exif.load(body)
    except Exception as exc:  # Pillow's reader says what is wrong in its own words
        raise TurnFailed(f"damaged EXIF ({exc})") from None
    exif[0x0112] = turned(1, degrees)
    out = exif.tobytes()
    return out if out.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + out
