"""Everything read from one file on import: one streamed pass for the SHA-1, plus its header."""
from __future__ import annotations

import os
import stat
import unicodedata
from typing import Any, BinaryIO

from PIL import IptcImagePlugin

from ..core.item import FileFacts
from ..core.problems import Problem
from . import sniff as _sniff
from .completeness import ENDINGS, TAIL_BYTES, cut_short
from .datetaken import choose_taken
from .exif import ExifFacts, read_exif
from .hashing import BLOCK_SIZE, sha1_stream
from .header import PIXEL_LIMIT, is_bomb, open_header
from .xmp import XmpFacts, iptc_dates, parse_iptc, read_xmp

#: bytes read first: enough for sniffing; hashed with the rest, never read twice
HEAD_BYTES = 64 * 1024
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")
# where the EXIF block is, so exifread is asked only when there is one
_EXIF_MARKERS = {"jpg": b"Exif\x00\x00", "png": b"eXIf", "webp": b"EXIF"}
_EXIF_FIELDS = ("gps", "orientation", "camera_make", "camera_model", "artist", "copyright")


def read_facts(path: str) -> FileFacts:
    """Read the facts of the file at ``path``. Never raises: trouble becomes problems."""
    problems: list[Problem] = []
    if has_control_chars(os.path.basename(path)):
        problems.append(Problem("file-name-control-chars", item=path))
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return FileFacts(problems=(*problems, Problem("file-missing", item=path)))
    except (OSError, ValueError) as exc:
        return FileFacts(problems=(*problems, _unreadable(path, exc)))
    if not stat.S_ISREG(st.st_mode):
        return FileFacts(problems=(*problems, Problem(
            "file-unreadable", item=path, params={"reason": "not a regular file"})))
    base = {"size": st.st_size, "mtime": st.st_mtime}
    if st.st_size == 0:
        return FileFacts(**base, problems=(*problems, Problem("file-empty", item=path)))
    try:
        with open(path, "rb") as fh:
            found = _read_open_file(fh, path, st.st_size, problems)
    except (OSError, ValueError) as exc:
        return FileFacts(**base, problems=(*problems, _unreadable(path, exc)))
    return FileFacts(**{**base, **found}, problems=tuple(problems))


def has_control_chars(name: str) -> bool:
    """Whether a file name holds control characters, invisible bidi controls, or bytes that
    are not UTF-8 (which Python reads as lone surrogates, category Cs)."""
    return any(c in _BIDI_CONTROLS or unicodedata.category(c) in ("Cc", "Cs") for c in name)


def _unreadable(path: str, exc: BaseException) -> Problem:
    return Problem("file-unreadable", item=path,
                   params={"reason": getattr(exc, "strerror", None) or str(exc)})


def _read_open_file(fh: BinaryIO, path: str, size: int, problems: list[Problem]) -> dict[str, Any]:
    head = fh.read(HEAD_BYTES)
    detected = _sniff.sniff(head, size=size)
    found: dict[str, Any] = {}
    image = None
    if detected is None:
        problems.append(Problem("file-unknown-type", item=path))
    else:
        found.update(mime=detected.mime, kind=detected.ext)
        extension = os.path.splitext(path)[1].lstrip(".")
        if not _sniff.extension_agrees(extension, detected):
            problems.append(Problem("extension-mismatch", item=path, field="path",
                                    params={"extension": extension.lower(),
                                            "detected": detected.ext}))
        if detected.ext in _sniff.RASTER:
            image = _image_facts(fh, head, detected.ext, path, size, problems, found)
    fh.seek(len(head))
    ending = ENDINGS.get(detected.ext, b"") if detected is not None else b""
    hashed = sha1_stream(fh, block_size=BLOCK_SIZE, prefix=head, tail=TAIL_BYTES, marker=ending)
    found.update(sha1=hashed.sha1, size=hashed.size)  # the bytes hashed, should it have grown
    if detected is not None and not any(p.code == "file-too-many-pixels" for p in problems):
        _check_whole(fh, detected.ext, path, head, hashed, image, problems)
    return found


def _check_whole(fh: BinaryIO, kind: str, path: str, head: bytes, hashed: Any, image: Any,
                 problems: list[Problem]) -> None:
    """``file-truncated`` for a file cut short: it then replaces ``file-corrupt``, which
    only said that its header could not be read (often because it was cut)."""
    try:
        why = cut_short(fh, kind, size=hashed.size, head=head, tail=hashed.tail,
                        marker_at=hashed.marker_at, image=image)
    except Exception as exc:  # hostile lengths in a walk: damaged, and the rest is kept
        why = f"{type(exc).__name__}: {exc}"[:200]
    if why == "truncated":
        problems[:] = [p for p in problems if p.code != "file-corrupt"]
        problems.append(Problem("file-truncated", item=path))
    elif why is not None and not any(p.code == "file-corrupt" for p in problems):
        problems.append(Problem("file-corrupt", item=path, params={"reason": why}))


def _image_facts(fh: BinaryIO, head: bytes, kind: str, path: str, size: int,
                 problems: list[Problem], found: dict[str, Any]) -> Any:
    """Fill ``found`` from the header and metadata; the header opened by Pillow, or None."""
    try:
        image = open_header(fh, kind)
        width, height = image.size
    except Exception as exc:  # Pillow raises many types for broken headers
        problems.append(Problem("file-corrupt", item=path,
                                params={"reason": f"{type(exc).__name__}: {exc}"[:200]}))
        return None
    found.update(width=width, height=height)
    if is_bomb(width, height, size):
        problems.append(Problem("file-too-many-pixels", item=path, params={
            "width": width, "height": height, "limit": PIXEL_LIMIT}))
    exif = ExifFacts()
    marker = _EXIF_MARKERS.get(kind)
    if kind == "tif" or (marker is not None and marker in head):
        exif = read_exif(fh, path=path, image=image)
    elif kind == "jpg":   # an EXIF segment beyond the first 64 KiB: only Pillow finds it
        exif = read_exif(fh, path=path, image=image) if "exif" in image.info else exif
    problems.extend(exif.problems)
    for name in _EXIF_FIELDS:
        value = getattr(exif, name)
        if value is not None:
            found[name] = value
    xmp, iptc = _descriptive(image, kind, path, problems, found)
    rating = xmp.rating if xmp is not None and xmp.rating is not None else exif.rating
    if rating is not None:
        found["rating"] = rating
    taken, chosen = choose_taken(exif, xmp, iptc, path=path)
    problems.extend(chosen)
    if taken is not None:
        found["taken"] = taken
    return image


def _descriptive(image: Any, kind: str, path: str, problems: list[Problem],
                 found: dict[str, Any]) -> tuple[XmpFacts | None, tuple[str | None, str | None]]:
    """Title, description and keywords: XMP first, IPTC-IIM where XMP says nothing.

    Returns what XMP says (None without a readable packet) and IPTC's date and time, for
    the date taken.
    """
    xmp: XmpFacts | None = None
    dates: tuple[str | None, str | None] = (None, None)
    title = description = None
    keywords: tuple[str, ...] = ()
    packet = image.info.get("xmp")
    if packet:
        try:
            xmp = read_xmp(packet)
        except ValueError as exc:
            problems.append(Problem("exif-unreadable", item=path, field="xmp",
                                    params={"reason": f"XMP: {exc}"[:200]}))
        else:
            title, description, keywords = xmp.title, xmp.description, xmp.keywords
            if xmp.description_lang:
                found["description_lang"] = xmp.description_lang
    if kind in ("jpg", "tif"):
        try:
            info = IptcImagePlugin.getiptcinfo(image) or {}
            iptc = parse_iptc(info)
            dates = iptc_dates(info)
        except Exception as exc:  # a broken IPTC block must not stop the import
            problems.append(Problem("exif-unreadable", item=path, field="iptc",
                                    params={"reason": f"IPTC: {type(exc).__name__}: {exc}"[:200]}))
        else:
            title, description = title or iptc[0], description or iptc[1]
            keywords = keywords or iptc[2]
    found["keywords"] = keywords
    if title:
        found["title"] = title
    if description:
        found["description"] = description
    return xmp, dates
