"""WebP: RIFF chunk by chunk; the RIFF size and the VP8X flags redone when a chunk goes."""
from __future__ import annotations

import struct

from .errors import Damaged
from .modes import CAMERA, LOCATION, MAX_METADATA
from .source import Piece, Source
from .tiff import (exif_has_location, exif_orientation, exif_tiff_base, exif_without_location,
                   minimal_exif)
from .xmp import xmp_has_location, xmp_without_location

#: WebP chunks that "camera" keeps; EXIF, XMP and anything unknown go
_WEBP_KEEP = frozenset({b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF", b"ICCP"})
_WEBP_EXIF_FLAG, _WEBP_XMP_FLAG = 0x08, 0x04


def _webp_chunks(src: Source) -> tuple[int, list[tuple[bytes, int, int, int]]]:
    """(end of the RIFF data, [(fourcc, start, data size, end)]) of a WebP file."""
    if src.size < 12 or src.read(0, 4) != b"RIFF" or src.read(8, 4) != b"WEBP":
        raise Damaged("the file does not start like a WebP")
    riff_end = 8 + struct.unpack("<I", src.read(4, 4))[0]
    if riff_end > src.size:
        raise Damaged("the file is shorter than its RIFF header says")
    chunks = []
    pos = 12
    while pos < riff_end:
        fourcc, size = struct.unpack("<4sI", src.read(pos, 8, "a chunk header"))
        if pos + 8 + size > riff_end:
            raise Damaged(f"a chunk at byte {pos} runs past the end of the file")
        end = min(pos + 8 + size + (size & 1), riff_end)
        chunks.append((fourcc, pos, size, end))
        pos = end
    return riff_end, chunks


def _webp_chunk(fourcc: bytes, data: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) & 1 else b"")


def plan_webp(src: Source, mode: str) -> list[Piece]:
    riff_end, chunks = _webp_chunks(src)
    out: list[tuple[bytes, Piece]] = []
    written = False
    touched = False  # a chunk left or came: the RIFF size and the VP8X flags are redone
    for fourcc, start, size, end in chunks:
        if fourcc not in (b"EXIF", b"XMP "):
            if mode == LOCATION or fourcc in _WEBP_KEEP:
                out.append((fourcc, (start, end)))
            else:
                touched = True
            continue
        if size > MAX_METADATA:
            raise Damaged(f"a metadata chunk at byte {start} is too large")
        data = src.read(start + 8, size)
        if mode == CAMERA:
            touched = True
            if fourcc == b"EXIF" and not written:
                value = exif_orientation(data, exif_tiff_base(data))
                if value and value != 1:
                    out.append((fourcc, _webp_chunk(b"EXIF", minimal_exif(value))))
                    written = True
            continue
        if fourcc == b"EXIF":
            cleaned = exif_without_location(data, exif_tiff_base(data))
        else:
            cleaned = xmp_without_location(data, pad=True)
        if cleaned is None:
            out.append((fourcc, (start, end)))
        elif cleaned:
            out.append((fourcc, _webp_chunk(fourcc, cleaned)))
        else:
            touched = True
    pieces: list[Piece] = [piece for _, piece in out]
    if touched:
        names = {fourcc for fourcc, _ in out}
        for k, (fourcc, piece) in enumerate(out):
            if fourcc == b"VP8X" and isinstance(piece, tuple):
                data = bytearray(src.read(piece[0] + 8, piece[1] - piece[0] - 8))
                if data:
                    data[0] &= ~(_WEBP_EXIF_FLAG | _WEBP_XMP_FLAG) & 0xFF
                    data[0] |= _WEBP_EXIF_FLAG if b"EXIF" in names else 0
                    data[0] |= _WEBP_XMP_FLAG if b"XMP " in names else 0
                pieces[k] = b"VP8X" + src.read(piece[0] + 4, 4) + bytes(data)
        size = 4 + sum(p[1] - p[0] if isinstance(p, tuple) else len(p) for p in pieces)
        header: Piece = b"RIFF" + struct.pack("<I", size) + b"WEBP"
    else:
        header = (0, 12)
    return [header, *pieces, (riff_end, src.size)]


def webp_has_location(src: Source) -> bool:
    _, chunks = _webp_chunks(src)
    for fourcc, start, size, _ in chunks:
        if fourcc == b"EXIF":
            data = src.read(start + 8, size)
            if exif_has_location(data, exif_tiff_base(data)):
                return True
        elif fourcc == b"XMP " and xmp_has_location(src.read(start + 8, size)):
            return True
    return False
