"""Small previews of images, cached on disk by SHA-1 and size, made the cheapest way.

JPEG: the embedded EXIF thumbnail when it is big enough, else libjpeg decodes at 1/2 to 1/8
scale (draft mode). Other raster formats: decode and reduce; above Pillow's pixel limit, read
in part without ever holding the whole image (:mod:`.reduced`, which states the memory bound).
Decompression bombs (:func:`.header.is_bomb`), SVG, PDF, audio, video: None.
"""
from __future__ import annotations

import io
import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PIL import ExifTags, Image

from ..core.item import MediaItem
from ._pool import run_ordered
from .header import DECODE_LIMIT, is_bomb, open_header
from .opening import discard, open_regular
from .reduced import sampled_tiff
from .sniff import RASTER, SNIFF_BYTES, sniff

DEFAULT_SIZE = 256
_ORIENTATION_OPS: dict[int, tuple[Image.Transpose, ...]] = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}
_ASPECT_TOLERANCE = 0.02  # an embedded thumbnail with black bars is not used


def cache_path(cache_dir: str, sha1: str, size: int = DEFAULT_SIZE, *, alpha: bool = False) -> str:
    """Where the thumbnail of a file with this SHA-1 is kept (PNG when it has transparency)."""
    return os.path.join(cache_dir, sha1[:2], f"{sha1}-{size}.{'png' if alpha else 'jpg'}")


def thumbnail(path: str, sha1: str, cache_dir: str, size: int = DEFAULT_SIZE, *,
              allow_small_embedded: bool = False) -> str | None:
    """Path of a cached thumbnail at most ``size`` pixels on its long side, or None.

    None for files without a picture (SVG, PDF, audio …) and for files that cannot be read;
    never raises for a bad file. ``allow_small_embedded`` accepts an embedded EXIF
    thumbnail even when it is smaller than ``size``.
    """
    for alpha in (False, True):
        cached = cache_path(cache_dir, sha1, size, alpha=alpha)
        if os.path.exists(cached):
            return cached
    try:
        image = render(path, size, allow_small_embedded=allow_small_embedded)
        if image is None:
            return None
        return _save_atomically(image, cache_dir, sha1, size)
    except Exception:  # a bad file must never take the caller down: no thumbnail
        return None


def embedded_thumbnail(path: str) -> bytes | None:
    """The JPEG thumbnail stored in a JPEG's EXIF block, for an instant preview (not rotated)."""
    try:
        with open_regular(path) as fh:
            if not _is_jpeg(fh):
                return None
            return _embedded_bytes(open_header(fh, "jpg"))
    except Exception:  # hostile EXIF: no preview, no crash
        return None


def render(path: str, size: int = DEFAULT_SIZE, *,
           allow_small_embedded: bool = False) -> Image.Image | None:
    """The thumbnail as a Pillow image, orientation applied; None when there is no picture."""
    with open_regular(path) as fh:
        file_size = os.fstat(fh.fileno()).st_size
        detected = sniff(fh.read(SNIFF_BYTES), size=file_size)
        if detected is None or detected.ext not in RASTER:
            return None
        image = open_header(fh, detected.ext)
        width, height = image.size
        if is_bomb(width, height, file_size):
            return None
        orientation = _orientation(image)
        small = None
        if detected.ext != "jpg" and width * height > DECODE_LIMIT:
            small = sampled_tiff(image, fh, size)   # never the whole image in memory
            if small is None:
                return None
            small = _displayable(small)
            small.thumbnail((size, size), resample=Image.Resampling.BICUBIC)
        elif detected.ext == "jpg":
            small = _from_embedded(image, size, allow_small_embedded)
            if small is None:
                image.draft("RGB", (size, size))
        if small is None:
            if detected.ext != "jpg":
                image = _displayable(image)  # palettes and 16-bit cannot be resized well
            # draft() above already chose libjpeg's scale; a reducing_gap would redo it larger
            gap = None if detected.ext == "jpg" else 2.0
            image.thumbnail((size, size), resample=Image.Resampling.BICUBIC, reducing_gap=gap)
            image.load()  # thumbnail() does not load when draft() already reached the size
            small = image
    for op in _ORIENTATION_OPS.get(orientation, ()):
        small = small.transpose(op)
    return _displayable(small)


def make_thumbnails(items: Iterable[MediaItem | tuple[str, str]], cache_dir: str, *,
                    size: int = DEFAULT_SIZE, workers: int | None = None,
                    on_progress: Callable[[int, int], None] | None = None,
                    cancel: threading.Event | None = None) -> list[str | None]:
    """Thumbnails for many files on every core; one entry per input, in input order.

    An entry is None when the file has no thumbnail or when ``cancel`` stopped the run first.
    """
    pairs = [(i.path, i.facts.sha1) if isinstance(i, MediaItem) else (i[0], i[1]) for i in items]
    jobs = [(path, sha1, cache_dir, size) for path, sha1 in pairs]
    out: list[str | None] = [None] * len(jobs)
    for index, result in run_ordered(_thumbnail_job, jobs, workers=workers,
                                     on_progress=on_progress, cancel=cancel):
        out[index] = result
    return out


def _thumbnail_job(job: tuple[str, str, str, int]) -> str | None:
    path, sha1, cache_dir, size = job
    return thumbnail(path, sha1, cache_dir, size) if sha1 else None


def screen_picture(path: str, long_side: int) -> Image.Image | None:
    """The picture for showing on a screen ``long_side`` pixels across, orientation applied.
    A JPEG is decoded by libjpeg at the smallest scale that still covers the screen (draft),
    and not resampled again (the painter scales it); anything else as :func:`render` makes it.
    ``info["full_size"]`` is the whole picture's size, upright (for showing it at 100 %)."""
    with open_regular(path) as fh:
        file_size = os.fstat(fh.fileno()).st_size
        detected = sniff(fh.read(SNIFF_BYTES), size=file_size)
        if detected is None or detected.ext not in RASTER:
            return None
        header = open_header(fh, detected.ext)
        if is_bomb(*header.size, file_size):
            return None
        orientation = _orientation(header)
        width, height = header.size
        full_size = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
        if detected.ext == "jpg":
            fit = min(1.0, long_side / max(width, height))
            header.draft("RGB", (max(1, round(width * fit)), max(1, round(height * fit))))
            image = header.convert("RGB")
            for op in _ORIENTATION_OPS.get(orientation, ()):
                image = image.transpose(op)
            image.info["full_size"] = full_size
            return image
    image = render(path, long_side)
    if image is not None:
        image.info["full_size"] = full_size
    return image


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block only loses the rotation
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _is_jpeg(fh: Any) -> bool:
    fh.seek(0)
    return fh.read(3) == b"\xff\xd8\xff"


def _embedded_bytes(image: Image.Image) -> bytes | None:
    """The EXIF thumbnail (IFD1 JPEGInterchangeFormat) of an opened JPEG, from memory."""
    raw = image.info.get("exif")
    if not raw:
        return None
    ifd1 = image.getexif().get_ifd(ExifTags.IFD.IFD1)
    offset, length = ifd1.get(0x0201), ifd1.get(0x0202)
    if not isinstance(offset, int) or not isinstance(length, int) or length <= 0:
        return None
    tiff = raw[6:] if raw.startswith(b"Exif\x00\x00") else raw
    data = tiff[offset:offset + length]
    return data if len(data) == length and data.startswith(b"\xff\xd8") else None


def _from_embedded(image: Image.Image, size: int, allow_small: bool) -> Image.Image | None:
    full = image.size
    try:
        data = _embedded_bytes(image)
    except Exception:  # unreadable EXIF: decode the main image instead
        return None
    if data is None:
        return None
    try:
        small = Image.open(io.BytesIO(data), formats=["JPEG"])
        small.load()
    except Exception:  # a broken embedded thumbnail: decode the main image instead
        return None
    w, h = small.size
    if not w or not h or abs(w / h - full[0] / full[1]) > _ASPECT_TOLERANCE * full[0] / full[1]:
        return None
    needed = min(size, max(full))
    if max(w, h) < needed and not allow_small:
        return None
    small.thumbnail((size, size), resample=Image.Resampling.BILINEAR)
    return small


def _displayable(image: Image.Image) -> Image.Image:
    """RGB, RGBA, L or LA: what a thumbnail file and a screen can show."""
    if image.mode in ("RGB", "RGBA", "L", "LA"):
        return image
    if image.mode in ("P", "PA"):
        return image.convert("RGBA" if "transparency" in image.info or image.mode == "PA" else "RGB")
    if image.mode.startswith("I;16"):
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if image.mode in ("1", "I", "F"):
        return image.convert("L")
    return image.convert("RGB")


def _save_atomically(image: Image.Image, cache_dir: str, sha1: str, size: int) -> str:
    alpha = image.mode in ("RGBA", "LA")
    target = cache_path(cache_dir, sha1, size, alpha=alpha)
    folder = os.path.dirname(target)
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=os.path.splitext(target)[1])
    try:
        with os.fdopen(fd, "wb") as out:
            _write(image, out, alpha)
        os.replace(tmp, target)
    except BaseException:
        discard(tmp)
        raise
    return target


def _write(image: Image.Image, out: Any, alpha: bool) -> None:
    if alpha:
        image.save(out, "PNG", compress_level=1)
    else:
        image.save(out, "JPEG", quality=85)
