"""Open a raster image's header with Pillow, lazily: size and metadata, never pixels."""
from __future__ import annotations

import threading
from typing import BinaryIO

from PIL import Image, ImageFile

#: Pillow format name for each raster kind of :mod:`.sniff`
PILLOW_FORMATS = {"jpg": "JPEG", "png": "PNG", "gif": "GIF", "tif": "TIFF", "webp": "WEBP"}

#: above this many pixels an image *may* be a decompression bomb (twice Pillow's own limit)
PIXEL_LIMIT = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)
#: ... and it is one when it also claims more pixels per byte of file than this. Real pictures
#: stay far below: an uncompressed scan has 1/3 pixel per byte, a photo's JPEG 2 to 10, a
#: flat bilevel page about 100; a crafted PNG of a few KB claiming 30 000 × 30 000 has
#: hundreds of thousands. The pixel count alone refused honest 300-megapixel scans.
BOMB_PIXELS_PER_BYTE = 100
#: above this many pixels we do not decode a whole image: thumbnails of bigger ones are made
#: by reduced decoding (see :mod:`.reduced`) or not at all
DECODE_LIMIT = Image.MAX_IMAGE_PIXELS or 89_478_485
_INIT_LOCK = threading.Lock()


def open_header(fh: BinaryIO | str, kind: str) -> ImageFile.ImageFile:
    """Parse the header of a file of a known raster ``kind`` without decoding it.

    Unlike ``Image.open`` this does not refuse huge images: the caller judges the size
    with :func:`is_bomb` itself, so the size can be reported. Raises ``ValueError``
    for a kind Pillow does not read, and Pillow's errors for a broken header.
    """
    name = PILLOW_FORMATS.get(kind)
    if name is None:
        raise ValueError(f"not a raster kind: {kind}")
    if name not in Image.OPEN:
        with _INIT_LOCK:  # registers every plugin once, on first use of a rarer format
            Image.init()
    factory = Image.OPEN[name][0]
    if isinstance(fh, str):
        return factory(fh, fh)  # Pillow opens and owns the file
    fh.seek(0)
    return factory(fh, getattr(fh, "name", ""))


def is_bomb(width: int, height: int, file_size: int) -> bool:
    """Whether an image of this size in a file of ``file_size`` bytes is a decompression bomb:
    more pixels than :data:`PIXEL_LIMIT` *and* more than :data:`BOMB_PIXELS_PER_BYTE` each."""
    pixels = width * height
    return pixels > PIXEL_LIMIT and pixels > BOMB_PIXELS_PER_BYTE * max(file_size, 1)


def too_many_pixels(width: int, height: int) -> bool:
    """More pixels than :data:`PIXEL_LIMIT`, whatever the file's size (see :func:`is_bomb`)."""
    return width * height > PIXEL_LIMIT
