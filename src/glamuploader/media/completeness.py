"""Whether a file holds its whole picture, or was cut short (a copy stopped part-way).

A cut file would be uploaded broken, so this is an error. It is judged in two steps:

1. Cheaply, from what the import reads anyway (the first 64 KiB, the last bytes, where the
   format's end mark last appears): a file that ends the way its format says it must is
   whole, as is one whose end mark lies after its picture data (a motion photo's video
   may follow a JPEG). PNG's chunks and GIF's blocks are walked by their lengths, a TIFF's
   strips and a WebP's RIFF size compared with the file's size.
2. Where step 1 is not sure (a JPEG without its end mark after the picture data), the
   picture is decoded to its end, at 1/8 scale (libjpeg's ``draft``): memory width × height
   × 3 / 64 bytes, time that of reading the entropy-coded data once. A 12-megapixel photo
   takes about 40 ms; only files that step 1 doubts pay it.
"""
from __future__ import annotations

import struct
from typing import Any, BinaryIO

from PIL import ImageFile

#: how much of the end of a file the import keeps to see whether it is complete
TAIL_BYTES = 16
#: how each format must end; its last occurrence is looked for in the final block(s)
ENDINGS = {"jpg": b"\xff\xd9", "png": b"IEND\xaeB`\x82", "pdf": b"%%EOF"}
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_MAX_CHUNKS = 10_000_000   # a walk never loops for ever on hostile lengths
_STRIP_OFFSETS, _STRIP_BYTES, _TILE_OFFSETS, _TILE_BYTES = 273, 279, 324, 325


def cut_short(fh: BinaryIO, kind: str, *, size: int, head: bytes, tail: bytes, marker_at: int,
              image: Any = None) -> str | None:
    """None when the file is whole (or nothing tells); else why not: ``"truncated"``, or
    another reason the decoder gave (damaged data). ``image``: the file opened by Pillow
    (header only) for raster kinds, None when its header could not be read;
    ``marker_at``: file offset of the last end mark in the final block(s)."""
    if kind == "jpg":
        return _jpeg(head, tail, marker_at, image)
    if kind == "png":
        return None if _ends_with(tail, ENDINGS["png"]) else _png_walk(fh, size)
    if kind == "gif":
        return None if tail.rstrip(b"\x00").endswith(b";") else _gif_walk(fh, size)
    if kind == "tif":
        return _tiff(image, size)
    if kind == "webp":
        declared = struct.unpack_from("<I", head, 4)[0] + 8 if len(head) >= 8 else 0
        return "truncated" if declared > size else None
    if kind == "pdf":
        return None if _ends_with(tail, ENDINGS["pdf"]) or marker_at >= 0 else "truncated"
    return None


def jpeg_scan_start(head: bytes) -> int | None:
    """File offset of the first start-of-scan marker (where the picture data begins), from
    the segment lengths of the header; None when it lies beyond ``head`` or the header is
    not well formed."""
    pos = 2
    while pos + 4 <= len(head):
        if head[pos] != 0xFF:
            return None
        marker = head[pos + 1]
        if marker == 0xFF:   # fill byte before a marker
            pos += 1
            continue
        if marker == 0xDA:
            return pos
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:   # no length follows
            pos += 2
            continue
        pos += 2 + struct.unpack_from(">H", head, pos + 2)[0]
    return None


def _ends_with(tail: bytes, ending: bytes) -> bool:
    return tail.rstrip(b"\x00").endswith(ending)


def _jpeg(head: bytes, tail: bytes, marker_at: int, image: Any) -> str | None:
    if _ends_with(tail, ENDINGS["jpg"]):
        return None
    scan = jpeg_scan_start(head)
    if scan is not None and marker_at > scan:
        return None   # the end of image lies after the picture data; something follows it
    # no end mark after the picture data, or none seen: the cut may be anywhere; or an end
    # mark left out by its writer, or a trailer longer than the blocks kept. Decode to know.
    return _jpeg_decodes(image)


def _jpeg_decodes(image: Any) -> str | None:
    if image is None:
        return None   # a header Pillow cannot read: reported as such, nothing to decode
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        return "truncated"   # Pillow is set to make up missing data: it cannot tell
    width, height = image.size
    try:
        image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
        image.load()
    except OSError as exc:
        return "truncated" if "truncated" in str(exc) else f"{type(exc).__name__}: {exc}"[:200]
    except Exception as exc:  # a decoder's other complaints: damaged, not cut
        return f"{type(exc).__name__}: {exc}"[:200]
    return None


def _png_walk(fh: BinaryIO, size: int) -> str | None:
    """Chunk by chunk (header only, then a seek): whole when IEND is reached inside the file."""
    pos = len(_PNG_MAGIC)
    for _ in range(_MAX_CHUNKS):
        fh.seek(pos)
        header = fh.read(8)
        if len(header) < 8:
            return "truncated"
        length, name = struct.unpack(">I4s", header)
        if not name.isalpha():
            return "truncated"   # zeros or garbage where a chunk should start
        pos += 12 + length
        if pos > size:
            return "truncated"
        if name == b"IEND":
            return None
    return "truncated"


def _gif_walk(fh: BinaryIO, size: int) -> str | None:
    """Block by block (sub-block lengths, then seeks): whole when the trailer ``;`` is reached."""
    fh.seek(6)
    screen = fh.read(7)
    if len(screen) < 7:
        return "truncated"
    pos = 13 + (3 << ((screen[4] & 7) + 1) if screen[4] & 0x80 else 0)
    for _ in range(_MAX_CHUNKS):
        fh.seek(pos)
        kind = fh.read(1)
        if kind == b";":
            return None
        if kind == b"!":            # extension: label, then sub-blocks
            pos += 2
        elif kind == b",":          # image: descriptor, local colour table, LZW size
            descriptor = fh.read(9)
            if len(descriptor) < 9:
                return "truncated"
            flags = descriptor[8]
            pos += 10 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0) + 1
        else:
            return "truncated"      # the end of the file, or garbage where a block should be
        pos = _skip_sub_blocks(fh, pos)
        if pos < 0 or pos > size:
            return "truncated"
    return "truncated"


def _skip_sub_blocks(fh: BinaryIO, pos: int) -> int:
    for _ in range(_MAX_CHUNKS):
        fh.seek(pos)
        length = fh.read(1)
        if not length:
            return -1
        pos += 1 + length[0]
        if length[0] == 0:
            return pos
    return -1


def _tiff(image: Any, size: int) -> str | None:
    """Every strip or tile of the first image lies inside the file."""
    tags = getattr(image, "tag_v2", None)
    if tags is None:
        return None
    for offsets_tag, counts_tag in ((_STRIP_OFFSETS, _STRIP_BYTES), (_TILE_OFFSETS, _TILE_BYTES)):
        offsets, counts = tags.get(offsets_tag), tags.get(counts_tag)
        if offsets is None or counts is None:
            continue
        offsets = offsets if isinstance(offsets, tuple) else (offsets,)
        counts = counts if isinstance(counts, tuple) else (counts,)
        try:
            end = max((int(o) + int(c) for o, c in zip(offsets, counts)), default=0)
        except (TypeError, ValueError):
            return None
        if end > size:
            return "truncated"
    return None
