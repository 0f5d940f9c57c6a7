"""Small pictures of images too big to decode whole (scans of maps, posters, panoramas).

The memory bound, for an image of more than :data:`.header.DECODE_LIMIT` pixels (Pillow's
own limit, 89.5 megapixels), is never the whole image:

* JPEG: libjpeg decodes at 1/8 scale (``draft``): width × height × 3 / 64 bytes, 15 MB for
  a 324-megapixel photo (this is done in :func:`.thumbnails.render`);
* uncompressed TIFF, in strips or tiles (:func:`sampled_tiff`): a few rows of each block of
  ``step`` rows are read straight from the file (a seek to each) and shrunk at once: memory
  is about 4 rows of the full width plus the result (at most ``2 × size`` on its long side),
  whatever the image's size; the file is read in part, 4 rows in every ``step``;
* anything else that big (compressed TIFF, PNG, GIF, WebP): no thumbnail.
"""
from __future__ import annotations

from typing import Any, BinaryIO

from PIL import Image

#: rows read, at most, of each block of ``step`` rows; their mean stands for the block
ROWS_PER_BLOCK = 4
_TILE_WIDTH, _BITS_PER_SAMPLE, _SAMPLES_PER_PIXEL = 322, 258, 277


def sampled_tiff(image: Any, fh: BinaryIO, size: int) -> Image.Image | None:
    """The image shrunk to between ``size`` and ``2 × size`` on its long side, read from an
    uncompressed TIFF's strips or tiles a few rows at a time; None for any other image (or
    one whose data cannot be read so)."""
    if (getattr(image, "format", None) != "TIFF" or getattr(image, "use_load_libtiff", True)
            or getattr(image, "_planar_configuration", 1) != 1 or not image.tile
            or any(tile[0] != "raw" for tile in image.tile)):
        return None
    bits = _bits_per_pixel(image)
    if bits is None:
        return None
    width, height = image.size
    step = max(1, max(width, height) // (2 * size))
    out_w, out_h = max(1, width // step), max(1, height // step)
    stride_w = image.tag_v2.get(_TILE_WIDTH) or width   # a tile's rows hold its full width
    row_bytes = (int(stride_w) * bits + 7) // 8
    rows = max(1, min(step, ROWS_PER_BLOCK))
    mode = "L" if image.mode == "1" else image.mode
    result = Image.new(mode, (out_w, out_h))
    try:
        for block in range(out_h):
            picked = Image.new(mode, (out_w, rows))
            for j in range(rows):
                y = block * step + (j * step) // rows + step // (2 * rows)
                row = _row(image, fh, min(y, height - 1), row_bytes, bits)
                picked.paste(row.resize((out_w, 1), Image.Resampling.BOX), (0, j))
            result.paste(picked.resize((out_w, 1), Image.Resampling.BOX), (0, block))
    except (OSError, ValueError):   # a strip outside the file, data that does not decode
        return None
    if image.mode == "P" and image.palette is not None:
        result.putpalette(image.palette)
    return result


def _row(image: Any, fh: BinaryIO, y: int, row_bytes: int, bits: int) -> Image.Image:
    """Row ``y`` of the image, in its own mode (bilevel as L), from every tile it crosses."""
    row = Image.new("L" if image.mode == "1" else image.mode, (image.size[0], 1))
    for _codec, (x0, y0, x1, y1), offset, args in image.tile:
        if not y0 <= y < y1:
            continue
        fh.seek(offset + (y - y0) * row_bytes)
        wanted = ((x1 - x0) * bits + 7) // 8
        data = fh.read(wanted)
        if len(data) < wanted:
            raise ValueError("the strip runs past the end of the file")
        rawmode = args[0] if isinstance(args, tuple) and args else args
        piece = Image.frombytes(image.mode, (x1 - x0, 1), data, "raw", rawmode)
        row.paste(piece.convert("L") if image.mode == "1" else piece, (x0, 0))
    return row


def _bits_per_pixel(image: Any) -> int | None:
    bits = image.tag_v2.get(_BITS_PER_SAMPLE, 1)
    samples = image.tag_v2.get(_SAMPLES_PER_PIXEL, 1)
    bits = bits if isinstance(bits, tuple) else (bits,)
    try:
        total = sum(int(b) for b in bits) if len(bits) == int(samples) else int(bits[0]) * int(samples)
    except (TypeError, ValueError):
        return None
    return total if 0 < total <= 128 else None
