"""JPEG: the marker segments before the first SOS edited; everything from SOS on copied."""
from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator

from .errors import Damaged
from .modes import CAMERA
from .source import Piece, Source
from .tiff import EXIF_SIG, exif_has_location, exif_orientation, exif_without_location, minimal_exif
from .xmp import MENTIONS_GPS, xmp_has_location, xmp_without_location

_XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"
_XMP_EXT_HEAD = len(_XMP_EXT_SIG) + 32 + 8  # GUID, full length, offset


def _jpeg_segments(src: Source) -> Iterator[tuple[int, int, int, int]]:
    """(marker, start, body start, end) of each marker segment up to and including SOS.

    ``start`` includes any fill bytes before the marker; SOS runs to the end of the file.
    """
    if src.size < 2 or src.read(0, 2) != b"\xff\xd8":
        raise Damaged("the file does not start like a JPEG")
    pos = 2
    while True:
        start = pos
        while True:
            head = src.read(pos, 2, "a marker")
            if head[0] != 0xFF:
                raise Damaged(f"no marker where one should be, at byte {pos}")
            if head[1] != 0xFF:
                break
            pos += 1  # a fill byte
        marker = head[1]
        if marker == 0xDA:
            yield marker, start, pos + 2, src.size
            return
        if marker == 0xD9:
            raise Damaged("the file ends before its image data")
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # stand-alone markers
            yield marker, start, pos + 2, pos + 2
            pos += 2
            continue
        (length,) = struct.unpack(">H", src.read(pos + 2, 2, "a segment header"))
        if length < 2:
            raise Damaged(f"a segment at byte {pos} has an impossible length")
        end = pos + 2 + length
        if end > src.size:
            raise Damaged(f"a segment at byte {pos} runs past the end of the file")
        yield marker, start, pos + 4, end
        pos = end


def _app(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


def plan_jpeg(src: Source, mode: str) -> list[Piece]:
    segments = list(_jpeg_segments(src))
    pieces: list[Piece] = [(0, 2)]
    if mode == CAMERA:
        return pieces + _jpeg_camera(src, segments)
    bodies = {i: src.read(body, end - body) for i, (m, _, body, end) in enumerate(segments)
              if m == 0xE1}
    replaced, guids = _jpeg_extended_xmp(bodies)
    for i, (marker, start, body_at, end) in enumerate(segments):
        body = bodies.get(i)
        new: bytes | None = replaced.get(i)
        if body is not None and new is None:
            if body.startswith(b"Exif\x00"):
                cleaned = exif_without_location(body, len(EXIF_SIG))
                new = None if cleaned is None else (_app(0xE1, cleaned) if cleaned else b"")
            elif body.startswith(_XMP_SIG):
                packet = body[len(_XMP_SIG):]
                cleaned = xmp_without_location(packet, pad=True)
                if cleaned is not None or guids:
                    text = packet if cleaned is None else cleaned
                    for old, renamed in guids.items():
                        text = text.replace(old, renamed)
                    new = _app(0xE1, _XMP_SIG + text) if text else b""
        if new is None:
            pieces.append((start, end))
        elif new:
            pieces.append(new)
    return pieces


def _jpeg_extended_xmp(bodies: dict[int, bytes]) -> tuple[dict[int, bytes], dict[bytes, bytes]]:
    """Extended XMP (one packet split over APP1 segments, named by the MD5 of the packet).

    Returns the new segments by index (b"" to drop one) and the GUIDs that changed, for
    ``xmpNote:HasExtendedXMP`` in the main packet. A cleaned packet keeps its length and
    its split, so only the GUID and the padded text change.
    """
    parts: dict[bytes, list[tuple[int, int, int, bytes]]] = {}
    for i, body in bodies.items():
        if body.startswith(_XMP_EXT_SIG) and len(body) >= _XMP_EXT_HEAD:
            guid = body[len(_XMP_EXT_SIG):len(_XMP_EXT_SIG) + 32]
            full, offset = struct.unpack_from(">II", body, len(_XMP_EXT_SIG) + 32)
            parts.setdefault(guid, []).append((offset, full, i, body[_XMP_EXT_HEAD:]))
    replaced: dict[int, bytes] = {}
    renamed: dict[bytes, bytes] = {}
    for guid, pieces in parts.items():
        pieces.sort()
        full = pieces[0][1]
        packet = b"".join(p[3] for p in pieces)
        whole = (all(p[1] == full for p in pieces) and len(packet) == full
                 and all(a[0] + len(a[3]) == b[0] for a, b in zip(pieces, pieces[1:]))
                 and pieces[0][0] == 0)
        if not MENTIONS_GPS.search(packet):
            continue
        cleaned = xmp_without_location(packet, pad=True) if whole else b""
        if cleaned is None:
            continue
        if not cleaned:
            replaced.update((p[2], b"") for p in pieces)
            continue
        new_guid = hashlib.md5(cleaned, usedforsecurity=False).hexdigest().upper().encode()
        renamed[guid] = new_guid
        for offset, _, i, data in pieces:
            body = (_XMP_EXT_SIG + new_guid + struct.pack(">II", full, offset)
                    + cleaned[offset:offset + len(data)])
            replaced[i] = _app(0xE1, body)
    return replaced, renamed


def _jpeg_camera(src: Source, segments: list[tuple[int, int, int, int]]) -> list[Piece]:
    """Keep what decoding and colour need (tables, frame, JFIF, ICC, Adobe); drop the rest."""
    orientation = None
    kept: list[tuple[int, Piece]] = []
    for marker, start, body_at, end in segments:
        if marker == 0xE1 and orientation is None:
            body = src.read(body_at, end - body_at)
            if body.startswith(b"Exif\x00"):
                orientation = exif_orientation(body, len(EXIF_SIG))
        if 0xE0 <= marker <= 0xEF:
            head = src.read(body_at, min(12, end - body_at))
            keep = ((marker == 0xE0 and head[:5] in (b"JFIF\x00", b"JFXX\x00"))
                    or (marker == 0xE2 and head == b"ICC_PROFILE\x00")
                    or (marker == 0xEE and head[:5] == b"Adobe"))
        else:
            keep = marker != 0xFE  # COM goes
        if keep:
            kept.append((marker, (start, end)))
    pieces: list[Piece] = []
    extra = (_app(0xE1, EXIF_SIG + minimal_exif(orientation))
             if orientation and orientation != 1 else None)
    for marker, piece in kept:
        if extra is not None and marker != 0xE0:  # EXIF follows SOI and the JFIF header
            pieces.append(extra)
            extra = None
        pieces.append(piece)
    return pieces


def jpeg_has_location(src: Source) -> bool:
    bodies: dict[int, bytes] = {}
    try:
        for i, (marker, _, body_at, end) in enumerate(_jpeg_segments(src)):
            if marker != 0xE1:
                continue
            body = bodies[i] = src.read(body_at, end - body_at)
            if body.startswith(b"Exif\x00") and exif_has_location(body, len(EXIF_SIG)):
                return True
            if body.startswith(_XMP_SIG) and xmp_has_location(body[len(_XMP_SIG):]):
                return True
    except Damaged:
        pass
    replaced, _ = _jpeg_extended_xmp(bodies)
    return bool(replaced)  # an extended packet that would have to change holds a position
