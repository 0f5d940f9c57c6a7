"""Open a raster image's header with Pillow, lazily: size and metadata, never pixels."""
from __future__ import annotations

import threading
from typing import BinaryIO

from PIL import Image, ImageFile

#: Pillow format name for each raster kind of :mod:`.sniff`
PILLOW_FORMATS = {"jpg": "JPEG", "png": "PNG", "gif": "GIF", "tif": "TIFF", "webp": "WEBP"}

#: above this many pixels Pillow refuses to open a file (a decompression bomb)
PIXEL_LIMIT = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)
#: above this many pixels we do not decode a whole image (thumbnails of non-JPEG files)
DECODE_LIMIT = Image.MAX_IMAGE_PIXELS or 89_478_485
_INIT_LOCK = threading.Lock()


def open_header(fh: BinaryIO | str, kind: str) -> ImageFile.ImageFile:
    """Parse the header of a file of a known raster ``kind`` without decoding it.

    Unlike ``Image.open`` this does not refuse huge images: the caller compares the size
    with :data:`PIXEL_LIMIT` itself, so the size can be reported. Raises ``ValueError``
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


def too_many_pixels(width: int, height: int) -> bool:
    return width * height > PIXEL_LIMIT
