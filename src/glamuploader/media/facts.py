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
from .exif import ExifFacts, read_exif
from .hashing import BLOCK_SIZE, sha1_stream
from .header import PIXEL_LIMIT, open_header, too_many_pixels
from .xmp import parse_iptc, parse_xmp

#: bytes read first: enough for sniffing; hashed with the rest, never read twice
HEAD_BYTES = 64 * 1024
#: how much of the end of a file is kept to see whether it is complete
TAIL_BYTES = 16
#: a JPEG's EXIF thumbnail (and its end marker) lies within the first APP1 segment
_JPEG_APP1_END = 4 + 65536
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")
# where the EXIF block is, so exifread is asked only when there is one
_EXIF_MARKERS = {"jpg": b"Exif\x00\x00", "png": b"eXIf", "webp": b"EXIF"}
_ENDINGS = {"jpg": b"\xff\xd9", "png": b"IEND\xaeB`\x82", "pdf": b"%%EOF"}


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
            found.update(_image_facts(fh, head, detected.ext, path, problems))
    fh.seek(len(head))
    ending = _ENDINGS.get(detected.ext, b"") if detected is not None else b""
    hashed = sha1_stream(fh, block_size=BLOCK_SIZE, prefix=head, tail=TAIL_BYTES, marker=ending)
    found.update(sha1=hashed.sha1, size=hashed.size)  # the bytes hashed, should it have grown
    if detected is not None and not any(p.code == "file-corrupt" for p in problems):
        if _looks_truncated(detected.ext, hashed.tail, hashed.marker_at):
            problems.append(Problem("file-truncated", item=path))
    return found


def _looks_truncated(kind: str, tail: bytes, marker_at: int) -> bool:
    """The file does not end the way its format says it must (EOI, IEND, %%EOF, ';').

    The end mark may be followed by a trailer (a motion photo's video, say), so it is
    looked for in the last megabyte; for JPEG, not inside the first APP1 segment, whose
    embedded thumbnail has an end marker of its own.
    """
    ending = _ENDINGS.get(kind)
    if ending is not None:
        if tail.rstrip(b"\x00").endswith(ending):
            return False
        return marker_at < (_JPEG_APP1_END if kind == "jpg" else 0)
    if kind == "gif":
        return not tail.rstrip(b"\x00").endswith(b";")
    return False


def _image_facts(fh: BinaryIO, head: bytes, kind: str, path: str,
                 problems: list[Problem]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    try:
        image = open_header(fh, kind)
        width, height = image.size
    except Exception as exc:  # Pillow raises many types for broken headers
        problems.append(Problem("file-corrupt", item=path,
                                params={"reason": f"{type(exc).__name__}: {exc}"[:200]}))
        return found
    found.update(width=width, height=height)
    if too_many_pixels(width, height):
        problems.append(Problem("file-too-many-pixels", item=path, params={
            "width": width, "height": height, "limit": PIXEL_LIMIT}))
    exif = ExifFacts()
    marker = _EXIF_MARKERS.get(kind)
    if kind == "tif" or (marker is not None and marker in head):
        exif = read_exif(fh, path=path)
    problems.extend(exif.problems)
    for name in ("taken", "gps", "orientation", "camera_make", "camera_model", "artist",
                 "copyright"):
        value = getattr(exif, name)
        if value is not None:
            found[name] = value
    found.update(_descriptive(image, kind, path, problems))
    return found


def _descriptive(image: Any, kind: str, path: str, problems: list[Problem]) -> dict[str, Any]:
    """Title, description and keywords: XMP first, IPTC-IIM where XMP says nothing."""
    title = description = None
    keywords: tuple[str, ...] = ()
    packet = image.info.get("xmp")
    if packet:
        try:
            title, description, keywords = parse_xmp(packet)
        except ValueError as exc:
            problems.append(Problem("exif-unreadable", item=path, field="xmp",
                                    params={"reason": f"XMP: {exc}"[:200]}))
    if kind in ("jpg", "tif") and not (title and description and keywords):
        try:
            info = IptcImagePlugin.getiptcinfo(image) or {}
            iptc = parse_iptc(info)
        except Exception as exc:  # a broken IPTC block must not stop the import
            problems.append(Problem("exif-unreadable", item=path, field="iptc",
                                    params={"reason": f"IPTC: {type(exc).__name__}: {exc}"[:200]}))
        else:
            title, description = title or iptc[0], description or iptc[1]
            keywords = keywords or iptc[2]
    found: dict[str, Any] = {"keywords": keywords}
    if title:
        found["title"] = title
    if description:
        found["description"] = description
    return found
