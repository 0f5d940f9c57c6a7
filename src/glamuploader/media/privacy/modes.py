"""The two kinds of cleaning, the file kinds each can clean, and how much metadata is read."""
from __future__ import annotations

from ...core.kit import PRIVACY_CAMERA as CAMERA
from ...core.kit import PRIVACY_LOCATION as LOCATION
from ...core.kit import PRIVACY_MODES as MODES

#: the kinds (canonical extensions) each mode can clean
SUPPORTED = {LOCATION: frozenset({"jpg", "png", "tif", "webp"}),
             CAMERA: frozenset({"jpg", "png", "webp"})}
#: largest PNG/WebP metadata chunk (EXIF, XMP, text) read into memory, compressed or not
MAX_METADATA = 64 << 20
