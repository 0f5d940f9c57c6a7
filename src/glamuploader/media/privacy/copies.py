"""Cleaned bytes and cleaned copies on disk, checked; and whether a file tells its place."""
from __future__ import annotations

import mmap
import os
import shutil
import tempfile
from typing import BinaryIO

from ..hashing import BLOCK_SIZE, sha1_stream
from ..opening import discard, open_regular
from ..sniff import SNIFF_BYTES, sniff
from .errors import DAMAGED, UNSUPPORTED, BigTiff, Damaged, PrivacyError
from .jpeg import jpeg_has_location, plan_jpeg
from .modes import MODES, SUPPORTED
from .png import plan_png, png_has_location
from .source import Source, materialize
from .tiff import clean_tiff, tiff_file_has_location
from .webp import plan_webp, webp_has_location

_PLANS = {"jpg": plan_jpeg, "png": plan_png, "webp": plan_webp}


def clean_bytes(data: bytes, mode: str, *, kind: str) -> bytes:
    """The bytes of ``data`` (a whole file of ``kind``) with the location or camera data gone."""
    _check(mode, kind, "")
    try:
        if kind == "tif":
            buf = bytearray(data)
            clean_tiff(buf)
            out = bytes(buf)
        else:
            src = Source(data=bytes(data))
            out = b"".join(materialize(_PLANS[kind](src, mode), src))
        if _location_in(Source(data=out), kind):
            raise Damaged("the position could not be found everywhere it is kept")
    except Damaged as exc:
        raise PrivacyError(DAMAGED, "", exc.detail) from None
    except BigTiff:
        raise PrivacyError(UNSUPPORTED, "", "BigTIFF files") from None
    return out


def cleaned_copy(path: str, mode: str, *, kind: str, folder: str) -> str:
    """Write the cleaned copy of ``path`` into ``folder`` and return the copy's path.

    The name is ``<SHA-1 of the source>-<mode>.<kind>``, so the same file asks for the
    same copy; a copy already there with the right bytes is kept as it is (not rewritten,
    so a reader of it, such as an upload in progress, is not disturbed). The copy is
    written to a temporary file, flushed to disk and renamed over the name, so a copy by
    that name is always complete. The source is hashed and cleaned through one open file,
    so the name and the content come from the same bytes even if the file is replaced.
    """
    _check(mode, kind, path)
    os.makedirs(folder, exist_ok=True)
    with open_regular(path) as fh:
        digest = sha1_stream(fh).sha1
        target = os.path.join(folder, f"{digest}-{mode}.{kind}")
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
        try:
            with os.fdopen(fd, "w+b") as out:
                try:
                    _clean_file(fh, out, mode, kind)
                    if _location_in(Source(fh=out), kind):
                        raise Damaged("the position could not be found everywhere it is kept")
                except Damaged as exc:
                    raise PrivacyError(DAMAGED, path, exc.detail) from None
                except BigTiff:
                    raise PrivacyError(UNSUPPORTED, path, "BigTIFF files") from None
                out.flush()
                os.fsync(out.fileno())
            if _same_content(tmp, target):
                os.unlink(tmp)
            else:
                os.replace(tmp, target)
        except BaseException:
            discard(tmp)
            raise
    return target


def has_location(data_or_path: bytes | bytearray | memoryview | str | os.PathLike) -> bool:
    """Whether a file (its bytes or its path) tells where it was taken: GPS in EXIF or XMP.

    A GPS IFD holding only its version number does not count. Kinds other than JPEG,
    PNG, TIFF and WebP give False; a damaged file is read as far as it goes.
    """
    if isinstance(data_or_path, (bytes, bytearray, memoryview)):
        src = Source(data=bytes(data_or_path))
        return _location_in(src, _kind_of(src))
    with open_regular(os.fspath(data_or_path)) as fh:
        src = Source(fh=fh)
        return _location_in(src, _kind_of(src))


def _check(mode: str, kind: str, path: str) -> None:
    if mode not in MODES:
        raise ValueError(f"not a privacy mode: {mode!r}")
    if kind not in SUPPORTED[mode]:
        detail = ("only the location can be taken out of a TIFF file" if kind == "tif"
                  else f"cleaning .{kind or '?'} files is not supported")
        raise PrivacyError(UNSUPPORTED, path, detail)


def _clean_file(fh: BinaryIO, out: BinaryIO, mode: str, kind: str) -> None:
    if kind == "tif":
        fh.seek(0)
        shutil.copyfileobj(fh, out, BLOCK_SIZE)
        out.flush()
        if out.tell() < 8:
            raise Damaged("the file is too short to be a TIFF")
        with mmap.mmap(out.fileno(), 0, access=mmap.ACCESS_WRITE) as buf:
            clean_tiff(buf)
            buf.flush()
        return
    src = Source(fh=fh)
    for block in materialize(_PLANS[kind](src, mode), src):
        out.write(block)
    out.flush()


def _same_content(a: str, b: str) -> bool:
    try:
        if os.path.getsize(a) != os.path.getsize(b):
            return False
        with open(a, "rb") as fa, open_regular(b) as fb:
            while True:
                x, y = fa.read(BLOCK_SIZE), fb.read(BLOCK_SIZE)
                if x != y:
                    return False
                if not x:
                    return True
    except OSError:
        return False


def _kind_of(src: Source) -> str:
    found = sniff(src.read(0, min(src.size, SNIFF_BYTES)), size=src.size)
    return found.ext if found else ""


def _location_in(src: Source, kind: str) -> bool:
    try:
        if kind == "jpg":
            return jpeg_has_location(src)
        if kind == "png":
            return png_has_location(src)
        if kind == "webp":
            return webp_has_location(src)
        if kind == "tif":
            if src.data is not None:
                return tiff_file_has_location(src.data)
            assert src.fh is not None
            if src.size < 8:
                return False
            with mmap.mmap(src.fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return tiff_file_has_location(buf)
    except Damaged:
        return False
    return False
