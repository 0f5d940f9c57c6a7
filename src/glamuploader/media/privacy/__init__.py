"""Cleaned copies of photos: the location (GPS) or all camera data taken out, pixels untouched.

A volunteer may ask that a file goes up without the place it was taken ("location") or
without anything the camera or editor wrote about it ("camera"). The original is never
written to; the upload sends a copy made here.

Why the copy is made the way it is:

* Lossless. Pixel data is never decoded: JPEG is edited segment by segment before the
  first SOS (everything from SOS on is copied byte for byte), PNG and WebP chunk by
  chunk, TIFF in place inside its IFDs.
* Deterministic. The same input and mode always give the same bytes: the upload journal
  and the duplicate checks key on the copy's SHA-1, and an interrupted chunked upload
  resumes the same bytes. Nothing depends on the time, the zlib version or dict order
  (a compressed PNG text chunk that must change is written back uncompressed).
* "location" changes as little as it can. A JPEG, TIFF or WebP keeps its size and
  layout: the GPS IFD's entry leaves its IFD and the GPS IFD and its values are zeroed
  where they lie, and an XMP packet loses its GPS properties and is padded with spaces
  back to its old length (the padding XMP provides for). So every offset in the file
  (EXIF, MPF secondary images, TIFF strips) stays valid.
* Unchanged when nothing is to go: a file without GPS comes out byte for byte the same.
* Checked: a copy in which :func:`has_location` still finds a position is refused.
* Streamed. Only the metadata blocks are held in memory (a JPEG segment is at most 64 KiB,
  a PNG/WebP metadata chunk at most :data:`MAX_METADATA`); pixel data is copied from the
  source in blocks. A TIFF is copied to the temporary file first and edited there through
  ``mmap``, so a 300 MB scan is never held in memory at all.

Known limits (kept verbatim, not cleaned): data after a JPEG's first SOS, which includes
MPF secondary images and motion-photo videos appended after the end marker; Photoshop
image resources (JPEG APP13, TIFF tag 34377) and C2PA manifests in "location" mode;
the maker note.
"""
from __future__ import annotations

from .copies import clean_bytes, cleaned_copy, has_location
from .errors import DAMAGED, UNSUPPORTED, PrivacyError
from .modes import CAMERA, LOCATION, MAX_METADATA, MODES, SUPPORTED

__all__ = [
    "CAMERA", "DAMAGED", "LOCATION", "MAX_METADATA", "MODES", "SUPPORTED", "UNSUPPORTED",
    "PrivacyError", "clean_bytes", "cleaned_copy", "has_location",
]
