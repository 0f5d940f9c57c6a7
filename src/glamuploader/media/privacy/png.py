"""PNG: chunk by chunk; EXIF in eXIf, XMP and ImageMagick raw profiles in text chunks."""
from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator

from .errors import Damaged
from .modes import LOCATION, MAX_METADATA
from .source import Piece, Source
from .tiff import (exif_has_location, exif_orientation, exif_tiff_base, exif_without_location,
                   minimal_exif)
from .xmp import MENTIONS_GPS, xmp_has_location, xmp_without_location

_PNG_SIG = b"\x89PNG\r\n\x1a\n"
_PNG_XMP_KEY = b"XML:com.adobe.xmp"
# ImageMagick (before eXIf) kept EXIF and XMP as hex in text chunks; Pillow reads them
_PNG_RAW_KEYS = (b"Raw profile type exif", b"Raw profile type APP1", b"Raw profile type xmp")
_PNG_TEXT = (b"tEXt", b"zTXt", b"iTXt")
#: ancillary PNG chunks that "camera" keeps: colour, transparency, pixel size, animation
_PNG_KEEP = frozenset({b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP", b"mDCV",
                       b"mDCv", b"cLLI", b"cLLi", b"bKGD", b"hIST", b"pHYs", b"sPLT", b"acTL",
                       b"fcTL", b"fdAT", b"oFFs", b"pCAL", b"sCAL", b"sTER"})
_HEX = frozenset(b"0123456789abcdefABCDEF")
_RAW_PROFILE_HEAD = re.compile(rb"\s*(\S+)\s+(\d+)\s")


def _png_chunks(src: Source) -> Iterator[tuple[bytes, int, int]]:
    """(type, start, end) of each chunk up to and including IEND."""
    if src.size < 8 or src.read(0, 8) != _PNG_SIG:
        raise Damaged("the file does not start like a PNG")
    pos = 8
    while True:
        if pos == src.size:
            raise Damaged("the file ends before its IEND chunk")
        length, ctype = struct.unpack(">I4s", src.read(pos, 8, "a chunk header"))
        end = pos + 12 + length
        if length > 0x7FFFFFFF or end > src.size:
            raise Damaged(f"a chunk at byte {pos} runs past the end of the file")
        yield ctype, pos, end
        if ctype == b"IEND":
            return
        pos = end


def _png_chunk(ctype: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", zlib.crc32(ctype + data))


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_METADATA)
    except zlib.error as exc:
        raise Damaged(f"a compressed text chunk cannot be read ({exc})") from None
    if inflater.unconsumed_tail:
        raise Damaged("a compressed text chunk is too large")
    return out


def _png_text(ctype: bytes, data: bytes) -> tuple[bytes, bytes, bytes] | None:
    """(keyword, the iTXt language and translated-keyword fields, text) of a text chunk."""
    keyword, sep, rest = data.partition(b"\x00")
    if not sep:
        return None
    if ctype == b"tEXt":
        return keyword, b"", rest
    if ctype == b"zTXt":
        return keyword, b"", _inflate(rest[1:])
    if len(rest) < 2:
        return None
    compressed, fields = rest[0], rest[2:]
    lang, _, fields = fields.partition(b"\x00")
    translated, _, text = fields.partition(b"\x00")
    return keyword, lang + b"\x00" + translated + b"\x00", _inflate(text) if compressed else text


def _png_text_chunk(ctype: bytes, keyword: bytes, extra: bytes, text: bytes) -> bytes:
    """A text chunk written back uncompressed (zlib output differs between versions)."""
    if ctype == b"iTXt":
        return _png_chunk(b"iTXt", keyword + b"\x00\x00\x00" + extra + text)
    return _png_chunk(b"tEXt", keyword + b"\x00" + text)


def _raw_profile(text: bytes) -> tuple[int, bytes] | None:
    """(where the hex starts, the decoded bytes) of an ImageMagick raw profile."""
    head = _RAW_PROFILE_HEAD.match(text)
    if head is None:
        return None
    digits = bytes(c for c in text[head.end():] if c in _HEX)
    n = int(head.group(2))
    if len(digits) < 2 * n:
        return None
    return head.end(), bytes.fromhex(digits[:2 * n].decode("ascii"))


def _rehex(text: bytes, at: int, data: bytes) -> bytes:
    """The raw profile with its hex digits replaced by ``data``'s, the layout kept."""
    new = data.hex().encode("ascii")
    out = bytearray(text)
    k = 0
    for i in range(at, len(out)):
        if k == len(new):
            break
        if out[i] in _HEX:
            out[i] = new[k]
            k += 1
    return bytes(out)


def _png_meta(src: Source, ctype: bytes, start: int, end: int) -> bytes | None:
    """The data of a chunk that may hold EXIF or XMP, or None for any other chunk."""
    if ctype not in (b"eXIf", *_PNG_TEXT):
        return None
    if ctype in _PNG_TEXT:
        keyword = src.read(start + 8, min(80, end - start - 12)).partition(b"\x00")[0]
        if keyword != _PNG_XMP_KEY and keyword not in _PNG_RAW_KEYS:
            return None
    if end - start - 12 > MAX_METADATA:
        raise Damaged(f"a metadata chunk at byte {start} is too large")
    return src.read(start + 8, end - start - 12)


def _png_location_chunk(ctype: bytes, data: bytes) -> bytes | None:
    """The chunk without GPS; None if unchanged, b"" to drop it."""
    if ctype == b"eXIf":
        cleaned = exif_without_location(data, exif_tiff_base(data))
        return _png_chunk(b"eXIf", cleaned) if cleaned else cleaned
    parsed = _png_text(ctype, data)
    if parsed is None:
        return None
    keyword, extra, text = parsed
    if keyword == _PNG_XMP_KEY:
        cleaned = xmp_without_location(text, pad=False)
        return _png_text_chunk(ctype, keyword, extra, cleaned) if cleaned else cleaned
    raw = _raw_profile(text)
    if raw is None:
        return b"" if MENTIONS_GPS.search(text) else None
    at, payload = raw
    if payload.startswith(b"Exif\x00") or keyword.endswith(b"exif"):
        cleaned = exif_without_location(payload, exif_tiff_base(payload))
    else:
        cleaned = xmp_without_location(payload, pad=True)
    if not cleaned:
        return cleaned
    return _png_text_chunk(ctype, keyword, extra, _rehex(text, at, cleaned))


def _png_orientation(ctype: bytes, data: bytes) -> int | None:
    if ctype == b"eXIf":
        return exif_orientation(data, exif_tiff_base(data))
    parsed = _png_text(ctype, data)
    raw = _raw_profile(parsed[2]) if parsed and parsed[0] in _PNG_RAW_KEYS else None
    if raw and (raw[1].startswith(b"Exif\x00") or parsed[0].endswith(b"exif")):
        return exif_orientation(raw[1], exif_tiff_base(raw[1]))
    return None


def plan_png(src: Source, mode: str) -> list[Piece]:
    pieces: list[Piece] = [(0, 8)]
    orientation: int | None = None
    written = False
    end = 8
    for ctype, start, end in _png_chunks(src):
        if mode == LOCATION:
            data = _png_meta(src, ctype, start, end)
            new = _png_location_chunk(ctype, data) if data is not None else None
            if new is None:
                pieces.append((start, end))
            elif new:
                pieces.append(new)
            continue
        critical = not ctype[0] & 0x20
        if critical or ctype in _PNG_KEEP:
            if ctype in (b"IDAT", b"IEND") and not written and orientation not in (None, 1):
                pieces.append(_png_chunk(b"eXIf", minimal_exif(orientation)))
                written = True
            pieces.append((start, end))
        elif orientation is None:
            try:  # the chunk goes whatever it holds; only its Orientation is wanted
                data = _png_meta(src, ctype, start, end)
                orientation = _png_orientation(ctype, data) if data is not None else None
            except Damaged:
                pass
    pieces.append((end, src.size))  # whatever follows IEND
    return pieces


def png_has_location(src: Source) -> bool:
    for ctype, start, end in _png_chunks(src):
        data = _png_meta(src, ctype, start, end)
        if data is None:
            continue
        if ctype == b"eXIf":
            if exif_has_location(data, exif_tiff_base(data)):
                return True
            continue
        parsed = _png_text(ctype, data)
        if parsed is None:
            continue
        if parsed[0] == _PNG_XMP_KEY:
            if xmp_has_location(parsed[2]):
                return True
            continue
        raw = _raw_profile(parsed[2])
        if raw is None:
            continue
        payload = raw[1]
        if payload.startswith(b"Exif\x00") or parsed[0].endswith(b"exif"):
            if exif_has_location(payload, exif_tiff_base(payload)):
                return True
        elif xmp_has_location(payload):
            return True
    return False
