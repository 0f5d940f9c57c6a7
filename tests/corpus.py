"""Deterministic test files, good and bad, written into a directory the test gives.

Import as ``from corpus import ...`` (pytest runs with ``pythonpath = ["tests"]``).
"""
from __future__ import annotations

import io
import os
import struct
import unicodedata
import wave
import zlib
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "photo\u202egpj.exe" shows as "photoexe.jpg"
Gps = tuple[float, float, float | None, float | None]


def pattern(size: tuple[int, int]) -> Image.Image:
    """Gradients plus a marked top-left corner: the same pixels every run, never flat."""
    w, h = size
    red = Image.linear_gradient("L").rotate(90).resize(size)
    green = Image.linear_gradient("L").resize(size)
    blue = Image.radial_gradient("L").resize(size)
    image = Image.merge("RGB", (red, green, blue))
    ImageDraw.Draw(image).rectangle((0, 0, max(1, w // 8), max(1, h // 8)), fill=(255, 255, 0))
    return image


def halves(size: tuple[int, int] = (64, 32)) -> Image.Image:
    """Left half red, right half blue: tells how an image was rotated."""
    image = Image.new("RGB", size, (0, 0, 255))
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 2 - 1, size[1] - 1), fill=(255, 0, 0))
    return image


def dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600 * 10000)
    return IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(seconds, 10000)


def exif_bytes(*, taken: str | None = "2024:05:01 14:03:22", offset: str | None = "+03:00",
               gps: Gps | None = (41.0082, 28.9784, 39.0, 123.5), make: Any = "Canon",
               model: Any = "EOS", artist: Any = "Jane Doe", copyright: Any = None,
               orientation: int | None = 1, thumbnail: bytes | None = None,
               raw: dict[tuple[int | None, int], Any] | None = None) -> bytes:
    """An APP1 EXIF payload (``Exif\\0\\0`` + TIFF) made with Pillow's ``Image.Exif``.

    ``raw`` sets any tag to any value: ``{(GPS_IFD, 2): (...)}``; ifd None is IFD0.
    ``thumbnail`` (JPEG bytes) is stored in IFD1 like a camera does.
    """
    exif = Image.Exif()
    for tag, value in ((0x010F, make), (0x0110, model), (0x013B, artist), (0x8298, copyright),
                       (0x0112, orientation)):
        if value is not None:
            exif[tag] = value
    sub = exif.get_ifd(EXIF_IFD)
    if taken is not None:
        sub[0x9003] = taken
        sub[0x9004] = taken
    if offset is not None:
        sub[0x9011] = offset
    if gps is not None:
        lat, lon, alt, heading = gps
        g = exif.get_ifd(GPS_IFD)
        g[0] = b"\x02\x03\x00\x00"
        g[1], g[2] = ("S" if lat < 0 else "N"), dms(lat)
        g[3], g[4] = ("W" if lon < 0 else "E"), dms(lon)
        if alt is not None:
            g[5], g[6] = (b"\x01" if alt < 0 else b"\x00"), IFDRational(round(abs(alt) * 100), 100)
        if heading is not None:
            g[16], g[17] = "T", IFDRational(round(heading * 100), 100)
    for (ifd, tag), value in (raw or {}).items():
        (exif if ifd is None else exif.get_ifd(ifd))[tag] = value
    data = exif.tobytes()
    return _with_ifd1_thumbnail(data, thumbnail) if thumbnail else data


def _with_ifd1_thumbnail(data: bytes, jpeg: bytes) -> bytes:
    """Append IFD1 (Compression 6, JPEGInterchangeFormat, …Length) and the thumbnail."""
    prefix, tiff = data[:6], bytearray(data[6:])
    bo = ">" if tiff[:2] == b"MM" else "<"
    (ifd0,) = struct.unpack_from(bo + "I", tiff, 4)
    (count,) = struct.unpack_from(bo + "H", tiff, ifd0)
    if len(tiff) % 2:
        tiff += b"\x00"
    ifd1 = len(tiff)
    struct.pack_into(bo + "I", tiff, ifd0 + 2 + 12 * count, ifd1)
    jpeg_at = ifd1 + 2 + 3 * 12 + 4
    tiff += struct.pack(bo + "H", 3)
    tiff += struct.pack(bo + "HHIHH", 0x0103, 3, 1, 6, 0)
    tiff += struct.pack(bo + "HHII", 0x0201, 4, 1, jpeg_at)
    tiff += struct.pack(bo + "HHII", 0x0202, 4, 1, len(jpeg))
    tiff += struct.pack(bo + "I", 0) + jpeg
    return prefix + bytes(tiff)


def xmp_packet(*, title: str | None = None, description: str | None = None,
               keywords: tuple[str, ...] = ()) -> bytes:
    def alt(name: str, text: str | None) -> str:
        return (f"<dc:{name}><rdf:Alt><rdf:li xml:lang=\"de\">nicht das</rdf:li>"
                f"<rdf:li xml:lang=\"x-default\">{text}</rdf:li></rdf:Alt></dc:{name}>"
                if text else "")
    bag = "".join(f"<rdf:li>{k}</rdf:li>" for k in keywords)
    return ("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
            "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            f"{alt('title', title)}{alt('description', description)}"
            f"{'<dc:subject><rdf:Bag>' + bag + '</rdf:Bag></dc:subject>' if keywords else ''}"
            "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>").encode("utf-8")


def iptc_app13(*, title: str | None = None, caption: str | None = None,
               keywords: tuple[str, ...] = ()) -> bytes:
    """A JPEG APP13 segment: Photoshop 3.0 resource 0x0404 holding IPTC-IIM record 2."""
    def dataset(number: int, text: str) -> bytes:
        value = text.encode("utf-8")
        return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(value)) + value
    iim = b"\x1c\x01\x5a\x00\x03\x1b%G"  # 1:90 coded character set: UTF-8
    iim += dataset(5, title) if title else b""
    iim += dataset(120, caption) if caption else b""
    iim += b"".join(dataset(25, k) for k in keywords)
    if len(iim) % 2:
        iim += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + iim
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def make_jpeg(path: str | Path, *, size: tuple[int, int] = (640, 480),
              taken: str | None = "2024:05:01 14:03:22", offset: str | None = "+03:00",
              gps: Gps | None = (41.0082, 28.9784, 39.0, 123.5), make: Any = "Canon",
              model: Any = "EOS", artist: Any = "Jane Doe", copyright: Any = None,
              orientation: int | None = 1, with_thumbnail: bool = True,
              thumbnail_size: tuple[int, int] = (160, 120), image: Image.Image | None = None,
              exif: bool = True, raw: dict | None = None, xmp: bytes | None = None,
              iptc: bytes | None = None, quality: int = 90) -> str:
    """A JPEG with real EXIF (IFD0, Exif IFD, GPS IFD and an IFD1 thumbnail)."""
    image = image if image is not None else pattern(size)
    params: dict[str, Any] = {"quality": quality}
    if exif:
        thumb = None
        if with_thumbnail:
            buf = io.BytesIO()
            image.resize(thumbnail_size).save(buf, "JPEG", quality=75)
            thumb = buf.getvalue()
        params["exif"] = exif_bytes(taken=taken, offset=offset, gps=gps, make=make, model=model,
                                    artist=artist, copyright=copyright, orientation=orientation,
                                    thumbnail=thumb, raw=raw)
    if xmp:
        params["xmp"] = xmp
    if iptc:
        params["extra"] = iptc
    image.save(str(path), "JPEG", **params)
    return str(path)


def make_garbage_exif_jpeg(path: str | Path) -> str:
    """Every value absurd: latitude 999, n/0 rationals, dates 0000/month 13, binary junk."""
    return make_jpeg(path, size=(64, 48), taken="0000:00:00 00:00:00", offset="+99:99",
                     make=b"\x01\x02\xff\xfe\x03", model=b"\xff\xfe\xfd\xfc\xfb",
                     artist="Jane\x00\x00\x00", copyright="\u00a9 Jo\x07hn\x1b".encode("utf-8"),
                     orientation=42, gps=None, with_thumbnail=False, raw={
                         (EXIF_IFD, 0x9004): "2024:13:45 10:00:00",
                         (None, 0x0132): "garbage!",
                         (GPS_IFD, 1): "S",
                         (GPS_IFD, 2): (IFDRational(999, 1), IFDRational(0, 1), IFDRational(0, 1)),
                         (GPS_IFD, 3): "W",
                         (GPS_IFD, 4): (IFDRational(1, 0), IFDRational(0, 0), IFDRational(0, 0)),
                     })


def make_png(path: str | Path, *, size: tuple[int, int] = (64, 48), mode: str = "RGB",
             xmp: bytes | None = None) -> str:
    image = pattern(size).convert(mode)
    params: dict[str, Any] = {}
    if xmp:
        from PIL.PngImagePlugin import PngInfo
        info = PngInfo()
        info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"))
        params["pnginfo"] = info
    image.save(str(path), "PNG", **params)
    return str(path)


def make_tiff(path: str | Path, *, size: tuple[int, int] = (64, 48), artist: str = "Jane Doe") -> str:
    exif = Image.Exif()
    exif[0x013B] = artist
    pattern(size).save(str(path), "TIFF", exif=exif)
    return str(path)


def make_webp(path: str | Path, *, size: tuple[int, int] = (64, 48)) -> str:
    pattern(size).save(str(path), "WEBP", quality=80)
    return str(path)


def make_gif(path: str | Path, *, size: tuple[int, int] = (64, 48)) -> str:
    pattern(size).convert("P").save(str(path), "GIF")
    return str(path)


def make_svg(path: str | Path, *, preamble: bool = True) -> str:
    head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by a test -->\n"
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
            "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [ <!ENTITY a \"b\"> ]>\n"
            if preamble else "")
    Path(path).write_text(head + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                          "height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n",
                          encoding="utf-8")
    return str(path)


def make_pdf(path: str | Path) -> str:
    """A minimal valid one-page PDF, written by hand with a correct xref table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    Path(path).write_bytes(bytes(out))
    return str(path)


def make_wav(path: str | Path) -> str:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 800)
    return str(path)


def _ogg_page(packet: bytes) -> bytes:
    header = b"OggS\x00\x02" + b"\x00" * 8 + b"\x01\x00\x00\x00" + b"\x00" * 8
    return header + bytes([1, len(packet)]) + packet


#: minimal heads of the other kinds Commons takes, by the extension they should get
SIGNATURES: dict[str, bytes] = {
    "opus": _ogg_page(b"OpusHead\x01\x02\x38\x01\x80\xbb\x00\x00\x00\x00\x00"),
    "oga": _ogg_page(b"\x01vorbis\x00\x00\x00\x00\x01\x44\xac\x00\x00"),
    "ogv": _ogg_page(b"\x80theora\x03\x02\x01\x00\x14\x00\x0f"),
    "ogg": _ogg_page(b"unknowncodec...."),
    "webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm" + b"\x00" * 16,
    "mkv": b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska" + b"\x00" * 16,
    "mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + b"\x00" * 400,
    "flac": b"fLaC\x00\x00\x00\x22" + b"\x00" * 34,
    "mid": b"MThd\x00\x00\x00\x06\x00\x00\x00\x01\x00\x60MTrk\x00\x00\x00\x04\x00\xff\x2f\x00",
    "xcf": b"gimp xcf v011\x00" + b"\x00" * 32,
    "djvu": b"AT&TFORM\x00\x00\x00\x20DJVUINFO\x00\x00\x00\x0a" + b"\x00" * 20,
    "stl": b"solid cube\n  facet normal 0 0 1\n    outer loop\n      vertex 0 0 0\n"
           b"      vertex 1 0 0\n      vertex 0 1 0\n    endloop\n  endfacet\nendsolid cube\n",
}


def binary_stl() -> bytes:
    triangle = struct.pack("<12fH", *([0.0] * 3 + [0, 0, 0, 1, 0, 0, 0, 1, 0]), 0)
    return b"binary stl header".ljust(80, b" ") + struct.pack("<I", 2) + triangle * 2


def make_signature(path: str | Path, kind: str) -> str:
    Path(path).write_bytes(binary_stl() if kind == "stl-binary" else SIGNATURES[kind])
    return str(path)


# --- bad files ---------------------------------------------------------------------------

def make_truncated_jpeg(path: str | Path, *, keep: float = 0.6) -> str:
    """A real JPEG cut off part-way through its picture data (no EOI marker)."""
    buf = io.BytesIO()
    pattern((320, 240)).save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    Path(path).write_bytes(data[:int(len(data) * keep)])
    return str(path)


def make_empty(path: str | Path) -> str:
    Path(path).write_bytes(b"")
    return str(path)


def make_text(path: str | Path) -> str:
    """Plain text, whatever the name says (e.g. ``notes.jpg``)."""
    Path(path).write_text("These are not the pixels you are looking for.\n" * 20,
                          encoding="utf-8")
    return str(path)


def make_bomb_png(path: str | Path, *, width: int = 30000, height: int = 30000) -> str:
    """A PNG whose header claims ``width`` x ``height`` but which holds a few bytes of data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (width + 1) * 4, 9)
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
                           + chunk(b"IEND", b""))
    return str(path)


def control_char_name(directory: str | Path) -> str:
    """A JPEG whose name hides its real extension with a right-to-left override."""
    return make_jpeg(Path(directory) / f"photo{RLO}gpj.jpg", size=(32, 24))


# --- more bad files: corrupt, bombs, absurd EXIF, names that are not text -----------------

def jpeg_bytes(size: tuple[int, int] = (32, 24), quality: int = 80) -> bytes:
    buf = io.BytesIO()
    pattern(size).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _png_chunk(kind: bytes, data: bytes, crc: int | None = None) -> bytes:
    crc = zlib.crc32(kind + data) if crc is None else crc
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc & 0xFFFFFFFF)


def make_corrupt_jpeg(path: str | Path) -> str:
    """Starts like a JPEG (SOI, APP0), then noise: no frame header Pillow can find."""
    noise = bytes((i * 37 + 11) & 0xFF for i in range(2000)).replace(b"\xff", b"\x00")
    Path(path).write_bytes(jpeg_bytes()[:20] + noise)
    return str(path)


def make_corrupt_png(path: str | Path) -> str:
    """A PNG whose header chunk fails its checksum."""
    ihdr = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr, crc=1234)
                           + _png_chunk(b"IEND", b""))
    return str(path)


def make_bomb_jpeg(path: str | Path, *, width: int = 65000, height: int = 65000) -> str:
    """A small JPEG whose frame header claims ``width`` x ``height``."""
    data = bytearray(jpeg_bytes())
    struct.pack_into(">HH", data, data.index(b"\xff\xc0") + 5, height, width)
    Path(path).write_bytes(bytes(data))
    return str(path)


def make_bomb_gif(path: str | Path, *, width: int = 65535, height: int = 65535) -> str:
    """A small GIF whose logical screen claims ``width`` x ``height``."""
    buf = io.BytesIO()
    pattern((8, 8)).convert("P").save(buf, "GIF")
    data = bytearray(buf.getvalue())
    struct.pack_into("<HH", data, 6, width, height)
    Path(path).write_bytes(bytes(data))
    return str(path)


def make_absurd_exif_jpeg(path: str | Path) -> str:
    """Values of the right type but absurd: year 9999, latitude 91°, altitude 10⁹ m, a 64 KB
    artist, a date stored as a number, orientation 65535, time offset +25:00."""
    return make_jpeg(path, size=(32, 24), taken="9999:12:31 23:59:59", offset="+25:00",
                     gps=(10.0, 20.0, None, None), artist="A" * 65_000, orientation=65535,
                     with_thumbnail=False, raw={
                         (EXIF_IFD, 0x9004): 20240501,
                         (GPS_IFD, 2): (IFDRational(91, 1), IFDRational(0, 1), IFDRational(0, 1)),
                         (GPS_IFD, 6): IFDRational(10**9, 1),
                     })


#: file names that are not UTF-8: Latin-1, raw high bytes, Shift-JIS, CP1251, a literal
#: percent sign beside a bad byte, a UTF-8 sequence cut short
NON_UTF8_NAMES: tuple[bytes, ...] = (
    b"caf\xe9.jpg", b"\xff\xfe\xfd.jpg", b"Sh\x82\xa0-jis.jpg", b"\xcf\xf0\xe8\xe2\xe5\xf2.jpg",
    b"100%E9 \xe9.jpg", b"half\xe2\x82.jpg",
)

#: names a file system takes that trick people or parsers: bidi overrides, line breaks,
#: controls, YAML syntax, quotes, a backslash, look-alike and invisible characters
TRICKY_NAMES: tuple[str, ...] = (
    f"photo{RLO}gpj.jpg", "\u202bembedded\u202c.jpg", "\u2067isolate\u2069.jpg", "new\nline.jpg",
    "carriage\rreturn.jpg", "tab\there.jpg", "esc\x1b[31mred.jpg", "del\x7f.jpg",
    "nel\x85.jpg", "line\u2028sep.jpg", "bom\ufeff.jpg", "zero\u200bwidth.jpg",
    " leading and trailing .jpg", "- [a]: #b &c *d !e |f >g %h @i `j.jpg",
    "'single' \"double\".jpg", "back\\slash.jpg", "null", "~.jpg", "Ünïcödé 😀 عربي.jpg",
)


def make_raw_named(directory: str | Path, name: bytes, data: bytes | None = None) -> str:
    """A file whose name is the given bytes (made with ``os.open`` on a bytes path, so a name
    that is not UTF-8 is made as it is); returns the path as Python lists it."""
    path = os.path.join(os.fsencode(str(directory)), name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, jpeg_bytes() if data is None else data)
    finally:
        os.close(fd)
    return os.fsdecode(path)


def make_bad_folder(directory: str | Path, *, copies: int = 14) -> dict[str, str | None]:
    """Every kind of bad file above (``copies`` of each), every tricky and non-UTF-8 name,
    a FIFO and broken symlinks where the system has them, and a few good files, in one folder.

    Returns each path with the problem code it must get; None for a file that must get no
    error (a warning such as extension-mismatch for a name without one is allowed).
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, tuple[str, Any, str]] = {   # name: (extension, maker, expected code)
        "truncated": ("jpg", make_truncated_jpeg, "file-truncated"),
        "empty": ("jpg", make_empty, "file-empty"),
        "text": ("jpg", make_text, "file-unknown-type"),
        "png-named-jpg": ("jpg", make_png, "extension-mismatch"),
        "jpeg-named-png": ("png", lambda p: make_jpeg(p, size=(16, 16)), "extension-mismatch"),
        "garbage-exif": ("jpg", make_garbage_exif_jpeg, "exif-value-ignored"),
        "absurd-exif": ("jpg", make_absurd_exif_jpeg, "exif-value-ignored"),
        "bomb": ("png", make_bomb_png, "file-too-many-pixels"),
        "bomb-jpeg": ("jpg", make_bomb_jpeg, "file-too-many-pixels"),
        "bomb-gif": ("gif", make_bomb_gif, "file-too-many-pixels"),
        "corrupt": ("jpg", make_corrupt_jpeg, "file-corrupt"),
        "corrupt-png": ("png", make_corrupt_png, "file-corrupt"),
    }
    expected: dict[str, str | None] = {}
    for kind, (ext, maker, code) in kinds.items():
        first = maker(folder / f"{kind}-00.{ext}")
        data = Path(first).read_bytes()
        expected[first] = code
        for n in range(1, copies):   # the same bytes again: fast, and each its own file
            copy = folder / f"{kind}-{n:02d}.{ext}"
            copy.write_bytes(data)
            expected[str(copy)] = code
    good = jpeg_bytes((40, 30))
    for n, name in enumerate(TRICKY_NAMES):
        made = folder / name
        made.write_bytes(unique_jpeg(good, n))
        expected[str(made)] = "file-name-control-chars" if has_controls(name) else None
    for n, raw in enumerate(NON_UTF8_NAMES):
        expected[make_raw_named(folder, raw, unique_jpeg(good, 100 + n))] = "file-name-control-chars"
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.jpg")
        expected[str(folder / "pipe.jpg")] = "file-unreadable"
    if hasattr(os, "symlink"):
        os.symlink(folder / "gone-for-good.jpg", folder / "dangling.jpg")
        expected[str(folder / "dangling.jpg")] = "file-missing"
        os.symlink(folder / "loop-b.jpg", folder / "loop-a.jpg")
        os.symlink(folder / "loop-a.jpg", folder / "loop-b.jpg")
        expected[str(folder / "loop-a.jpg")] = expected[str(folder / "loop-b.jpg")] = "file-unreadable"
    for n, (maker, ext) in enumerate(((make_jpeg, "jpg"), (make_png, "png"), (make_tiff, "tif"),
                                      (make_webp, "webp"), (make_gif, "gif"))):
        expected[maker(folder / f"good-{n}.{ext}", size=(24 + n, 16))] = None
    return expected


def unique_jpeg(jpeg: bytes, n: int) -> bytes:
    """The same picture with a comment segment saying ``n``: another file, another SHA-1."""
    comment = b"copy %d" % n
    return jpeg[:2] + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + jpeg[2:]


def has_controls(name: str) -> bool:
    """Control characters, bidi controls, or bytes that are not UTF-8 (lone surrogates)."""
    return any(unicodedata.category(c) in ("Cc", "Cs") or c in "\u061c\u200e\u200f\u202a"
               "\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for c in name)


# --- batch files made by hand: huge, deep, hostile ----------------------------------------

BATCH_HEAD = "kind: glamuploader-batch\nformat: 1\n"


def big_batch_yaml(count: int, *, folder: str = "photos") -> str:
    """A batch file of ``count`` items, each with facts, metadata and an upload record,
    written as text directly (fast), as the app would write it."""
    item = ("- path: {folder}/IMG_{n:06d}.jpg\n  sha1: {n:040x}\n  meta:\n    title: Photo {n} of the walk\n"
            "    descriptions:\n      en: 'Item {n}: the north wall, seen from the river at dusk'\n"
            "      tt: Казан Кремле {n}\n    categories:\n    - Photo walk 2026\n"
            "    - Kazan Kremlin\n"
            "    license: cc-by-sa-4.0\n  facts:\n    size: {size}\n    mime: image/jpeg\n    kind: jpg\n"
            "    width: 4000\n    height: 3000\n    taken: '2024-05-01T14:03:22+03:00'\n    gps:\n"
            "      latitude: 55.7985\n      longitude: 49.1064\n")
    return BATCH_HEAD + "target: commons\nitems:\n" + "".join(
        item.format(folder=folder, n=n, size=100_000 + n) for n in range(count))


def alias_bomb_yaml(levels: int = 9, width: int = 9) -> str:
    """"Billion laughs": each level lists the one before ``width`` times (9⁹ strings in all).
    The first alias is on line 4."""
    lines = [BATCH_HEAD.rstrip("\n"), "l0: &l0 [" + ", ".join(['"lol"'] * width) + "]"]
    for n in range(1, levels):
        lines.append(f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * width) + "]")
    lines.append(f"items: *l{levels - 1}")
    return "\n".join(lines) + "\n"


# --- metadata as real programs write it: dates, XMP before EXIF, other roots ------------------

XMP_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}


def xmp_with(properties: str, *, namespaces: dict[str, str] | None = None,
             root: tuple[str, str] = ("x", "adobe:ns:meta/"), padding: int = 0) -> bytes:
    """An XMP packet holding ``properties`` (raw XML inside one rdf:Description), with the
    given prefixes bound on the Description, the root element under the prefix ``root[0]``
    bound to ``root[1]``, and ``padding`` spaces before the end as programs leave room."""
    bound = " ".join(f'xmlns:{prefix}="{uri}"'
                     for prefix, uri in (namespaces or XMP_NAMESPACES).items())
    prefix, uri = root
    return ("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            f"<{prefix}:xmpmeta xmlns:{prefix}=\"{uri}\">"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            f"<rdf:Description rdf:about=\"\" {bound}>{properties}</rdf:Description>"
            f"</rdf:RDF></{prefix}:xmpmeta>" + " " * padding
            + "<?xpacket end=\"w\"?>").encode("utf-8")


def iptc_datasets(datasets: list[tuple[int, str]]) -> bytes:
    """A JPEG APP13 segment (Photoshop 3.0, resource 0x0404) with IPTC-IIM record 2
    datasets given as (number, text), e.g. ``[(55, "20150823"), (60, "101500+0300")]``."""
    iim = b"\x1c\x01\x5a\x00\x03\x1b%G"
    for number, text in datasets:
        value = text.encode("utf-8")
        iim += b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(value)) + value
    if len(iim) % 2:
        iim += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + iim
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def jpeg_segments(data: bytes) -> list[tuple[int, int]]:
    """(offset, length with marker) of each header segment of a JPEG, up to its first scan."""
    out, pos = [], 2
    while data[pos + 1] != 0xDA:
        length = 2 + struct.unpack_from(">H", data, pos + 2)[0]
        out.append((pos, length))
        pos += length
    return out


def make_jpeg_xmp_before_exif(path: str | Path, *, xmp_padding: int = 8000, **kwargs: Any) -> str:
    """A JPEG (as :func:`make_jpeg` makes it, with EXIF) whose XMP APP1 segment, padded to
    more than 8 KB, comes before its EXIF APP1 segment, as Windows and some Adobe exports
    write them."""
    xmp = xmp_with("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">First XMP</rdf:li>"
                   "</rdf:Alt></dc:title>", padding=xmp_padding)
    make_jpeg(path, xmp=xmp, **kwargs)
    data = Path(path).read_bytes()
    segments = {data[at + 4:at + 8]: (at, n) for at, n in jpeg_segments(data)
                if data[at + 1] == 0xE1}
    (exif_at, exif_n), (xmp_at, xmp_n) = segments[b"Exif"], segments[b"http"]
    assert exif_at + exif_n == xmp_at, "make_jpeg writes EXIF then XMP"
    Path(path).write_bytes(data[:exif_at] + data[xmp_at:xmp_at + xmp_n]
                           + data[exif_at:exif_at + exif_n] + data[xmp_at + xmp_n:])
    return str(path)


def make_sparse_tiff(path: str | Path, width: int, height: int, *, rows_per_strip: int = 64,
                     white_corner: int = 0) -> str:
    """An uncompressed 8-bit grayscale TIFF in strips, written sparsely: its pixel data are
    holes (black) that take no disk space, but for a white ``white_corner`` × ``white_corner``
    square at the top left. Its size on disk is what it says: width × height bytes and more."""
    strips = (height + rows_per_strip - 1) // rows_per_strip
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1),
               (262, 3, 1, 1), (273, 4, strips, None), (277, 3, 1, 1), (278, 4, 1, rows_per_strip),
               (279, 4, strips, None)]
    ifd_size = 2 + 12 * len(entries) + 4
    offsets_at = 8 + ifd_size
    counts_at = offsets_at + 4 * strips
    data_at = (counts_at + 4 * strips + 4095) // 4096 * 4096
    row = width
    offsets = [data_at + i * rows_per_strip * row for i in range(strips)]
    counts = [min(rows_per_strip, height - i * rows_per_strip) * row for i in range(strips)]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        if tag == 273:
            value = offsets_at
        elif tag == 279:
            value = counts_at
        packed = struct.pack("<HHI", tag, kind, count)
        ifd += packed + (struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value))
    ifd += struct.pack("<I", 0)
    with open(path, "wb") as out:
        out.write(b"II*\x00" + struct.pack("<I", 8) + ifd)
        out.write(struct.pack(f"<{strips}I", *offsets) + struct.pack(f"<{strips}I", *counts))
        white = b"\xff" * white_corner
        for y in range(white_corner):
            out.seek(data_at + y * row)
            out.write(white)
        out.truncate(data_at + width * height)
    return str(path)


#: (BitsPerSample, Photometric, raw mode of Pillow) of the modes :func:`make_raw_tiff` writes
_RAW_TIFF_MODES = {"1": ((1,), 1, "1"), "L": ((8,), 1, "L"), "RGB": ((8, 8, 8), 2, "RGB"),
                   "I;16": ((16,), 1, "I;16"), "CMYK": ((8, 8, 8, 8), 5, "CMYK")}


def make_raw_tiff(path: str | Path, image: Image.Image, *, tile: int | None = None,
                  rows_per_strip: int = 16) -> str:
    """An uncompressed little-endian TIFF of ``image`` in strips of ``rows_per_strip`` rows,
    or in ``tile`` × ``tile`` tiles (a multiple of 16; edge tiles padded), written by hand:
    Pillow writes one strip whatever it is asked, and tiles only through libtiff."""
    bits, photometric, rawmode = _RAW_TIFF_MODES[image.mode]
    width, height = image.size
    per_pixel = sum(bits)
    stride = (width * per_pixel + 7) // 8
    raw = image.tobytes("raw", rawmode)
    rows = [raw[y * stride:(y + 1) * stride] for y in range(height)]
    pieces: list[bytes] = []
    if tile is None:
        for top in range(0, height, rows_per_strip):
            pieces.append(b"".join(rows[top:top + rows_per_strip]))
    else:
        tile_stride = tile * per_pixel // 8
        for top in range(0, height, tile):
            for left in range(0, width, tile):
                start, stop = left * per_pixel // 8, min(stride, (left + tile) * per_pixel // 8)
                block = [rows[y][start:stop].ljust(tile_stride, b"\x00") if y < height
                         else b"\x00" * tile_stride for y in range(top, top + tile)]
                pieces.append(b"".join(block))
    entries: list[tuple[int, int, list[int]]] = [   # tag, type (3 SHORT, 4 LONG), values
        (256, 4, [width]), (257, 4, [height]), (258, 3, list(bits)), (259, 3, [1]),
        (262, 3, [photometric]), (277, 3, [len(bits)]), (284, 3, [1])]
    first_data = 4096
    offsets, at = [], first_data
    for piece in pieces:
        offsets.append(at)
        at += len(piece)
    counts = [len(piece) for piece in pieces]
    if tile is None:
        entries += [(273, 4, offsets), (278, 4, [rows_per_strip]), (279, 4, counts)]
    else:
        entries += [(322, 3, [tile]), (323, 3, [tile]), (324, 4, offsets), (325, 4, counts)]
    entries.sort()
    ifd, extra = b"", b""
    extra_at = 8 + 2 + 12 * len(entries) + 4
    for tag, kind, values in entries:
        packed = struct.pack(f"<{len(values)}{'H' if kind == 3 else 'I'}", *values)
        if len(packed) <= 4:
            ifd += struct.pack("<HHI", tag, kind, len(values)) + packed.ljust(4, b"\x00")
        else:
            ifd += struct.pack("<HHII", tag, kind, len(values), extra_at + len(extra))
            extra += packed + b"\x00" * (len(packed) % 2)
    head = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(entries)) + ifd + b"\x00" * 4
    assert len(head) + len(extra) <= first_data, "too many strips or tiles for this helper"
    Path(path).write_bytes((head + extra).ljust(first_data, b"\x00") + b"".join(pieces))
    return str(path)
