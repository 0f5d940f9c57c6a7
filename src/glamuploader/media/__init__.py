"""Reading media files: type by content, facts (EXIF, GPS, XMP/IPTC), SHA-1, thumbnails.

Imports ``core`` and Pillow/exifread only; never Qt, pywikibot, jobs or ui.
"""
from __future__ import annotations

from .facts import has_control_chars, read_facts
from .hashing import sha1_file
from .importer import expand_paths, import_paths, is_media_file
from .sniff import Detected, extension_agrees, sniff
from .thumbnails import embedded_thumbnail, make_thumbnails, thumbnail

__all__ = [
    "Detected", "embedded_thumbnail", "expand_paths", "extension_agrees", "has_control_chars",
    "import_paths", "is_media_file", "make_thumbnails", "read_facts", "sha1_file", "sniff",
    "thumbnail",
]
