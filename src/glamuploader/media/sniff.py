"""Tell a file's type from its first bytes, never from its name."""
from __future__ import annotations

import codecs
import re
import struct
from typing import NamedTuple

#: how many leading bytes :func:`sniff` wants to see (it works with fewer)
SNIFF_BYTES = 4096


class Detected(NamedTuple):
    mime: str
    ext: str  # canonical extension, lower case, no dot


JPEG = Detected("image/jpeg", "jpg")
PNG = Detected("image/png", "png")
GIF = Detected("image/gif", "gif")
TIFF = Detected("image/tiff", "tif")
WEBP = Detected("image/webp", "webp")
SVG = Detected("image/svg+xml", "svg")
PDF = Detected("application/pdf", "pdf")
DJVU = Detected("image/vnd.djvu", "djvu")
OGG = Detected("application/ogg", "ogg")
OGA = Detected("audio/ogg", "oga")
OPUS = Detected("audio/ogg", "opus")
OGV = Detected("video/ogg", "ogv")
WEBM = Detected("video/webm", "webm")
MKV = Detected("video/x-matroska", "mkv")
MP3 = Detected("audio/mpeg", "mp3")
WAV = Detected("audio/wav", "wav")
FLAC = Detected("audio/flac", "flac")
MIDI = Detected("audio/midi", "mid")
STL = Detected("model/stl", "stl")
XCF = Detected("image/x-xcf", "xcf")

#: raster kinds whose header Pillow reads (pixel size, EXIF, thumbnails)
RASTER = frozenset({"jpg", "png", "gif", "tif", "webp"})

# extensions that name the same kind as the canonical one
_SAME: dict[str, frozenset[str]] = {
    "jpg": frozenset({"jpg", "jpeg", "jpe"}),
    "tif": frozenset({"tif", "tiff"}),
    "djvu": frozenset({"djvu", "djv"}),
    "mid": frozenset({"mid", "midi", "kar"}),
    "ogg": frozenset({"ogg", "oga", "ogv", "opus"}),
    "oga": frozenset({"oga", "ogg"}),
    "opus": frozenset({"opus", "oga", "ogg"}),
    "ogv": frozenset({"ogv", "ogg"}),
    "mkv": frozenset({"mkv", "mka", "mk3d"}),
    "svg": frozenset({"svg"}),
}

#: every extension that names a kind :func:`sniff` knows (what a file of media is called)
MEDIA_EXTENSIONS: frozenset[str] = frozenset(
    {d.ext for d in (JPEG, PNG, GIF, TIFF, WEBP, SVG, PDF, DJVU, OGG, OGA, OPUS, OGV, WEBM, MKV,
                     MP3, WAV, FLAC, MIDI, STL, XCF)}.union(*_SAME.values()))

_OGG_CODECS = (
    (b"OpusHead", OPUS),
    (b"\x01vorbis", OGA),
    (b"\x7fFLAC", OGA),
    (b"Speex   ", OGA),
    (b"\x80theora", OGV),
    (b"\x80kate", OGV),
    (b"fishead\x00", OGG),
)
_SVG_ROOT = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?svg[\s/>]")


def sniff(head: bytes, *, size: int | None = None) -> Detected | None:
    """Detect the type of a file whose first bytes are ``head`` (``size``: whole file)."""
    if not head:
        return None
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return WAV
    if head[:4] == b"AT&T" and head[4:8] == b"FORM" and head[12:16] in (b"DJVU", b"DJVM", b"DJVI"):
        return DJVU
    if head.startswith(b"OggS"):
        return _ogg(head)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return WEBM if b"\x42\x82\x84webm" in head[:64] else MKV
    if head.startswith(b"fLaC"):
        return FLAC
    if head.startswith(b"MThd"):
        return MIDI
    if head.startswith(b"gimp xcf"):
        return XCF
    if b"%PDF-" in head[:1024]:
        return PDF
    if _binary_stl(head, size):
        return STL
    if head.startswith(b"ID3") or _mpeg_audio_frame(head):
        return MP3
    text = _as_text(head)
    if text is not None:
        if _is_svg(text):
            return SVG
        if text.lstrip().startswith("solid") and "facet" in text:
            return STL
    return None


def extension_agrees(extension: str, detected: Detected | str) -> bool:
    """Whether a file name's extension (``"JPEG"``, ``".tif"`` …) names the detected kind."""
    ext = extension.lower().lstrip(".")
    kind = detected.ext if isinstance(detected, Detected) else detected
    return ext in _SAME.get(kind, frozenset({kind}))


def _ogg(head: bytes) -> Detected:
    # the first page's first packet starts after the 27-byte header and the segment table
    if len(head) > 27:
        start = 27 + head[26]
        packet = head[start:start + 16]
        for magic, kind in _OGG_CODECS:
            if packet.startswith(magic):
                return kind
    return OGG


def _binary_stl(head: bytes, size: int | None) -> bool:
    if size is None or size < 84 or len(head) < 84:
        return False
    (count,) = struct.unpack_from("<I", head, 80)
    return size == 84 + 50 * count


def _mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG-1/2/2.5 layer III frame header at the start, followed by a second frame."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 3
    layer = (head[1] >> 1) & 3
    bitrate = head[2] >> 4
    rate = (head[2] >> 2) & 3
    return version != 1 and layer == 1 and bitrate not in (0, 15) and rate != 3


def _as_text(head: bytes) -> str | None:
    """The head decoded as text if it looks like text (UTF-8/16 with or without BOM)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(enc, errors="ignore")
    if b"\x00" in head[:512]:
        return None
    text = head.decode("utf-8", errors="ignore")
    sample = text[:512]
    if sum(c.isprintable() or c in "\r\n\t" for c in sample) < 0.95 * max(len(sample), 1):
        return None
    return text


def _is_svg(text: str) -> bool:
    """The first element, after the XML declaration, doctype, comments and PIs, is <svg>."""
    pos, n = 0, len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if text.startswith("<?", pos):
            end = text.find("?>", pos)
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos)
        elif text.startswith("<!DOCTYPE", pos) or text.startswith("<!doctype", pos):
            subset = text.find("[", pos)
            close = text.find(">", pos)
            if subset != -1 and subset < close:
                close = text.find("]", subset)
                close = text.find(">", close) if close != -1 else -1
            end = close
        else:
            return _SVG_ROOT.match(text, pos) is not None
        if end == -1:
            return False
        pos = text.find(">", end) + 1
    return False
