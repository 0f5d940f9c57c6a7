"""Cleaned copies: the location or the camera data gone, the pixels and everything else kept.

Every file is made here, byte by byte where a program writes something Pillow would not
(big-endian EXIF, odd XMP prefixes, extended XMP, ImageMagick raw profiles), and each test
checks what a volunteer would notice with the tools Commons and viewers use: exifread and
Pillow see no GPS, the position's numbers are not in the file, the picture is the same.
"""
from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import exifread
import pytest
from corpus import iptc_app13, make_garbage_exif_jpeg, make_gif, make_jpeg, pattern
from PIL import Image, ImageCms, ImageOps
from PIL.PngImagePlugin import PngInfo

from glamuploader.media.hashing import BLOCK_SIZE
from glamuploader.media.privacy import (CAMERA, LOCATION, PrivacyError, clean_bytes, cleaned_copy,
                                        has_location)
from glamuploader.media.xmp import parse_xmp

BYTE, ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 1, 2, 3, 4, 5, 7
_SIZES = {BYTE: 1, ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8, UNDEFINED: 1}
# a position whose numbers are easy to find as bytes: 52°22'12.3456789" N 13°24'9.87654321" E
LAT = [(52, 1), (22, 1), (123456789, 10000000)]
LON = [(13, 1), (24, 1), (987654321, 100000000)]
ALT = [(4242, 10)]
GPS = {0: (BYTE, b"\x02\x03\x00\x00"), 1: (ASCII, "N"), 2: (RATIONAL, LAT), 3: (ASCII, "E"),
       4: (RATIONAL, LON), 5: (BYTE, b"\x00"), 6: (RATIONAL, ALT)}
IFD0 = {0x010F: (ASCII, "Canon"), 0x0110: (ASCII, "EOS R5"), 0x0112: (SHORT, [1]),
        0x013B: (ASCII, "Jane Doe"), 0x8298: (ASCII, "CC BY-SA Jane Doe")}
EXIF = {0x9003: (ASCII, "2024:05:01 14:03:22")}
XMP_LAT, XMP_LON = b"52,22.2057612N", b"13,24.1646090E"
EXIF_NS = "http://ns.adobe.com/exif/1.0/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"


# ------------------------------------------------------------------------ making the files


def _pack(bo: str, typ: int, value) -> bytes:
    if typ == ASCII:
        return value.encode("ascii") + b"\x00"
    if typ == SHORT:
        return b"".join(struct.pack(bo + "H", v) for v in value)
    if typ == LONG:
        return b"".join(struct.pack(bo + "I", v) for v in value)
    if typ == RATIONAL:
        return b"".join(struct.pack(bo + "II", n, d) for n, d in value)
    return bytes(value)


def tiff_bytes(order: str, ifd0: dict, *, exif: dict | None = None, gps: dict | None = None,
               pixels: bytes = b"") -> bytes:
    """A TIFF structure by hand: IFD0, then the Exif IFD, then the GPS IFD, then ``pixels``.

    Entries are ``{tag: (type, value)}``; the pointers to the Exif and GPS IFDs and a
    StripOffsets (0x0111) in IFD0 are filled in here.
    """
    bo = "<" if order == "II" else ">"
    ifds = [dict(ifd0)] + [dict(d) for d in (exif, gps) if d is not None]
    for tag, present in ((0x8769, exif is not None), (0x8825, gps is not None)):
        if present:
            ifds[0][tag] = (LONG, [0])

    def size(d: dict) -> int:
        extra = sum(len(r) + len(r) % 2 for r in (_pack(bo, t, v) for t, v in d.values()) if len(r) > 4)
        return 2 + 12 * len(d) + 4 + extra

    offsets, pos = [], 8
    for d in ifds:
        offsets.append(pos)
        pos += size(d)
    k = 1
    for tag, present in ((0x8769, exif is not None), (0x8825, gps is not None)):
        if present:
            ifds[0][tag] = (LONG, [offsets[k]])
            k += 1
    if 0x0111 in ifds[0]:
        ifds[0][0x0111] = (LONG, [pos])
    out = bytearray(order.encode("ascii") + struct.pack(bo + "HI", 42, 8))
    for d, off in zip(ifds, offsets):
        assert len(out) == off
        items = sorted(d.items())
        data_at = off + 2 + 12 * len(items) + 4
        table, extra = struct.pack(bo + "H", len(items)), b""
        for tag, (typ, value) in items:
            raw = _pack(bo, typ, value)
            if len(raw) <= 4:
                field = raw.ljust(4, b"\x00")
            else:
                field = struct.pack(bo + "I", data_at + len(extra))
                extra += raw + b"\x00" * (len(raw) % 2)
            table += struct.pack(bo + "HHI", tag, typ, len(raw) // _SIZES[typ]) + field
        out += table + struct.pack(bo + "I", 0) + extra
    return bytes(out) + pixels


def gps_number_bytes(order: str) -> list[bytes]:
    bo = "<" if order == "II" else ">"
    return [struct.pack(bo + "II", *LAT[2]), struct.pack(bo + "II", *LON[2]),
            struct.pack(bo + "II", *ALT[0])]


def xmp(*, prefix: str = "exif", root: str = "x", elements: bool = False, title: str = "Old bridge",
        extra: str = "") -> bytes:
    """An XMP packet with GPS as attributes (Adobe) or as elements (Windows Photo Gallery)."""
    if elements:
        gps_attrs = ""
        gps_elements = (f"<{prefix}:GPSLatitude>{XMP_LAT.decode()}</{prefix}:GPSLatitude>\n"
                        f"  <{prefix}:GPSLongitude>{XMP_LON.decode()}</{prefix}:GPSLongitude>\n"
                        f"  <{prefix}:GPSAltitude>4242/10</{prefix}:GPSAltitude>\n"
                        f"  <{prefix}:GPSVersionID/>\n")
    else:
        gps_attrs = (f' {prefix}:GPSLatitude="{XMP_LAT.decode()}"'
                     f' {prefix}:GPSLongitude="{XMP_LON.decode()}" {prefix}:GPSAltitude="4242/10"')
        gps_elements = ""
    return ("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            f"<{root}:xmpmeta xmlns:{root}=\"adobe:ns:meta/\">\n"
            f"<rdf:RDF xmlns:rdf=\"{RDF_NS}\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
            f"  xmlns:{prefix}=\"{EXIF_NS}\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
            f"  {prefix}:DateTimeOriginal=\"2024-05-01T14:03:22\" xmp:CreatorTool=\"Tester 1.0\""
            f"{gps_attrs}>\n  {gps_elements}"
            f"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n"
            f"{extra}</rdf:Description>\n</rdf:RDF>\n</{root}:xmpmeta>\n"
            + " " * 200 + "\n<?xpacket end=\"w\"?>").encode("utf-8")


def app(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


def plain_jpeg(size: tuple[int, int] = (48, 32), **params) -> bytes:
    buf = io.BytesIO()
    pattern(size).save(buf, "JPEG", quality=90, **params)
    return buf.getvalue()


def jpeg_with(*segments: bytes, base: bytes | None = None) -> bytes:
    """A JPEG with ``segments`` right after SOI and the JFIF header."""
    base = base if base is not None else plain_jpeg()
    assert base[2:4] == b"\xff\xe0"
    at = 4 + struct.unpack(">H", base[4:6])[0]
    return base[:at] + b"".join(segments) + base[at:]


def segments(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, body) of each segment before SOS, walked here independently of the module."""
    out, pos = [], 2
    while data[pos + 1] != 0xDA:
        assert data[pos] == 0xFF
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        out.append((data[pos + 1], data[pos + 4:pos + 2 + length]))
        pos += 2 + length
    return out


def from_sos(data: bytes) -> bytes:
    pos = 2
    while data[pos + 1] != 0xDA:
        pos += 2 + struct.unpack(">H", data[pos + 2:pos + 4])[0]
    return data[pos:]


def xmp_of(data: bytes) -> bytes | None:
    return next((b[len(XMP_SIG):] for m, b in segments(data) if m == 0xE1 and b.startswith(XMP_SIG)),
                None)


def xmp_title(packet: bytes) -> str:
    """dc:title of a whole packet, parsed as XML (whatever the root's prefix)."""
    start, end = packet.index(b"<x"), packet.rindex(b">") + 1
    root = ET.fromstring(packet[start:end].replace(b"<?xpacket end=\"w\"?>", b""))
    return next(root.iter("{http://purl.org/dc/elements/1.1/}title")).findtext(f".//{{{RDF_NS}}}li")


def exif_tags(data: bytes) -> dict:
    return exifread.process_file(io.BytesIO(data), details=False)


def pillow_gps(data: bytes) -> dict:
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif().get_ifd(0x8825))


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.tobytes()


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, data) of each chunk; every CRC is checked."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    out, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        ctype, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        assert struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0] == zlib.crc32(ctype + body)
        out.append((ctype, body))
        pos += 12 + length
    return out


def riff_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8
    out, pos = [], 12
    while pos < len(data):
        fourcc, size = struct.unpack("<4sI", data[pos:pos + 8])
        out.append((fourcc, data[pos + 8:pos + 8 + size]))
        pos += 8 + size + (size & 1)
    return out


def assert_no_location(data: bytes, order: str = "II") -> None:
    """What anyone looking for the place would try."""
    assert has_location(data) is False
    assert not [k for k in exif_tags(data) if k.startswith("GPS")]
    assert pillow_gps(data) == {}
    with Image.open(io.BytesIO(data)) as image:
        assert 0x8825 not in image.getexif()  # not even an empty GPS IFD is pointed to
    for number in gps_number_bytes(order) + [XMP_LAT, XMP_LON]:
        assert number not in data


def located_jpeg(order: str = "II", **kw) -> bytes:
    return jpeg_with(app(0xE1, b"Exif\x00\x00" + tiff_bytes(order, IFD0, exif=EXIF, gps=GPS)), **kw)


# ---------------------------------------------------------------------------- JPEG location


@pytest.mark.parametrize("order", ["II", "MM"])
def test_location_leaves_no_gps_in_little_or_big_endian_exif_and_keeps_everything_else(order):
    original = located_jpeg(order)
    assert has_location(original)
    assert str(exif_tags(original)["GPS GPSLatitudeRef"]) == "N"
    assert all(n in original for n in gps_number_bytes(order))

    cleaned = clean_bytes(original, LOCATION, kind="jpg")

    assert_no_location(cleaned, order)
    tags = exif_tags(cleaned)
    assert str(tags["Image Make"]) == "Canon" and str(tags["Image Model"]) == "EOS R5"
    assert str(tags["Image Artist"]) == "Jane Doe"
    assert str(tags["Image Copyright"]) == "CC BY-SA Jane Doe"
    assert str(tags["EXIF DateTimeOriginal"]) == "2024:05:01 14:03:22"
    assert str(tags["Image Orientation"]).startswith("Horizontal")
    # nothing moved: same size, same layout, picture data untouched
    assert len(cleaned) == len(original)
    assert from_sos(cleaned) == from_sos(original)
    assert pixels(cleaned) == pixels(original)
    assert clean_bytes(original, LOCATION, kind="jpg") == cleaned


def test_location_cleans_a_camera_jpeg_with_thumbnail_made_by_pillow(tmp_path):
    original = Path(make_jpeg(tmp_path / "a.jpg", size=(160, 120))).read_bytes()
    assert has_location(original) and "GPS GPSLatitude" in exif_tags(original)
    cleaned = clean_bytes(original, LOCATION, kind="jpg")
    assert has_location(cleaned) is False and pillow_gps(cleaned) == {}
    tags = exif_tags(cleaned)
    assert not [k for k in tags if k.startswith("GPS")]
    assert str(tags["Image Make"]) == "Canon" and tags["JPEGThumbnail"].startswith(b"\xff\xd8")
    assert pixels(cleaned) == pixels(original)


def test_exif_after_xmp_both_lose_the_position_and_the_xmp_keeps_its_title():
    original = jpeg_with(app(0xE1, XMP_SIG + xmp()),
                         app(0xE1, b"Exif\x00\x00" + tiff_bytes("MM", IFD0, exif=EXIF, gps=GPS)))
    assert [b[:4] for m, b in segments(original) if m == 0xE1] == [b"http", b"Exif"]
    assert XMP_LAT in original and has_location(original)

    cleaned = clean_bytes(original, LOCATION, kind="jpg")

    assert_no_location(cleaned, "MM")
    packet = xmp_of(cleaned)
    assert parse_xmp(packet)[0] == "Old bridge"
    assert b'exif:DateTimeOriginal="2024-05-01T14:03:22"' in packet
    assert b"GPS" not in packet
    assert len(packet) == len(xmp_of(original))  # padded back: nothing after it moved
    assert str(exif_tags(cleaned)["Image Make"]) == "Canon"
    assert from_sos(cleaned) == from_sos(original)


@pytest.mark.parametrize("elements", [False, True], ids=["attributes", "elements"])
def test_gps_in_xmp_under_an_odd_prefix_goes(elements):
    original = jpeg_with(app(0xE1, XMP_SIG + xmp(prefix="ns1", elements=elements)))
    assert has_location(original) and XMP_LON in original
    cleaned = clean_bytes(original, LOCATION, kind="jpg")
    packet = xmp_of(cleaned)
    assert XMP_LAT not in packet and XMP_LON not in packet and b"4242/10" not in packet
    assert b"ns1:GPS" not in packet and has_location(cleaned) is False
    assert b'ns1:DateTimeOriginal="2024-05-01T14:03:22"' in packet
    assert parse_xmp(packet)[0] == "Old bridge"


def test_windows_photo_gallery_xmp_with_gps_elements_and_iptc_location_created():
    location = ('<Iptc4xmpExt:LocationCreated '
                'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
                '<rdf:Bag><rdf:li rdf:parseType="Resource"><Iptc4xmpExt:City>Berlin</Iptc4xmpExt:City>'
                '<Iptc4xmpExt:GPSLatitude>52.370057</Iptc4xmpExt:GPSLatitude>'
                '<Iptc4xmpExt:GPSLongitude>13.402744</Iptc4xmpExt:GPSLongitude>'
                '</rdf:li></rdf:Bag></Iptc4xmpExt:LocationCreated>\n'
                '<rdf:Description xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/" '
                'drone-dji:GpsLatitude="+52.370057" drone-dji:FlightYawDegree="+12.5"/>\n')
    packet = xmp(root="xmp", elements=True, extra=location)
    original = jpeg_with(app(0xE1, XMP_SIG + packet))
    assert b"<xmp:xmpmeta" in original and has_location(original)

    cleaned = clean_bytes(original, LOCATION, kind="jpg")

    out = xmp_of(cleaned)
    for gone in (XMP_LAT, XMP_LON, b"52.370057", b"13.402744", b"GPSVersionID"):
        assert gone not in cleaned
    assert b"<Iptc4xmpExt:City>Berlin</Iptc4xmpExt:City>" in out
    assert b'drone-dji:FlightYawDegree="+12.5"' in out
    assert xmp_title(out) == "Old bridge" and has_location(cleaned) is False


def test_extended_xmp_is_cleaned_and_renamed_after_its_new_md5():
    filler = "".join(f"<xmp:Label>note {i:04d}</xmp:Label>\n" for i in range(50))
    extended = xmp(elements=True, extra=filler).replace(b"<?xpacket", b"<?ignored")
    guid = hashlib.md5(extended).hexdigest().upper().encode()
    main = xmp(title="Main").replace(
        b'xmp:CreatorTool="Tester 1.0"',
        b'xmp:CreatorTool="Tester 1.0" xmlns:xmpNote="http://ns.adobe.com/xmp/note/" '
        b'xmpNote:HasExtendedXMP="' + guid + b'"')
    half = len(extended) // 2
    parts = [app(0xE1, EXT_SIG + guid + struct.pack(">II", len(extended), off) + extended[off:end])
             for off, end in ((0, half), (half, len(extended)))]
    original = jpeg_with(app(0xE1, XMP_SIG + main), *parts)
    assert has_location(original)

    cleaned = clean_bytes(original, LOCATION, kind="jpg")

    ext = [b for m, b in segments(cleaned) if m == 0xE1 and b.startswith(EXT_SIG)]
    assert len(ext) == 2
    new_guid = ext[0][len(EXT_SIG):len(EXT_SIG) + 32]
    packet = b"".join(b[len(EXT_SIG) + 40:] for b in ext)
    assert len(packet) == len(extended) and hashlib.md5(packet).hexdigest().upper().encode() == new_guid
    assert new_guid != guid and b'xmpNote:HasExtendedXMP="' + new_guid + b'"' in xmp_of(cleaned)
    assert XMP_LAT not in cleaned and b"note 0049" in packet
    assert has_location(cleaned) is False and len(cleaned) == len(original)


def test_an_exif_with_only_a_gps_ifd_becomes_an_empty_exif_that_readers_accept():
    original = jpeg_with(app(0xE1, b"Exif\x00\x00" + tiff_bytes("II", {}, gps=GPS)))
    assert has_location(original) and pillow_gps(original)
    cleaned = clean_bytes(original, LOCATION, kind="jpg")
    assert_no_location(cleaned)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert dict(image.getexif()) == {}
        ImageOps.exif_transpose(image).load()
    assert pixels(cleaned) == pixels(original)


def test_a_file_without_location_comes_out_byte_for_byte_the_same():
    original = jpeg_with(app(0xE1, b"Exif\x00\x00" + tiff_bytes("MM", IFD0, exif=EXIF)),
                         app(0xE1, XMP_SIG + xmp().replace(b' exif:GPS', b' exif:NotGPS')
                             .replace(b"NotGPS", b"Mode")))
    assert has_location(original) is False
    assert clean_bytes(original, LOCATION, kind="jpg") == original


def test_hostile_gps_pointers_neither_crash_nor_break_the_rest():
    # GPS pointer back to IFD0 (a loop) and one to nowhere: nothing to zero, entries go
    tiff = bytearray(tiff_bytes("II", IFD0, gps=GPS))
    ifd0 = dict(IFD0)
    ifd0[0x8825] = (LONG, [8])
    loop = tiff_bytes("II", ifd0)
    ifd0[0x8825] = (LONG, [0x7FFFFFF0])
    nowhere = tiff_bytes("II", ifd0)
    for exif in (loop, nowhere, bytes(tiff)):
        original = jpeg_with(app(0xE1, b"Exif\x00\x00" + exif))
        cleaned = clean_bytes(original, LOCATION, kind="jpg")
        assert has_location(cleaned) is False and pillow_gps(cleaned) == {}
        assert str(exif_tags(cleaned)["Image Make"]) == "Canon"


def test_garbage_exif_does_not_crash_location_cleaning(tmp_path):
    original = Path(make_garbage_exif_jpeg(tmp_path / "g.jpg")).read_bytes()
    cleaned = clean_bytes(original, LOCATION, kind="jpg")
    assert has_location(cleaned) is False and pillow_gps(cleaned) == {}
    assert pixels(cleaned) == pixels(original)


# ------------------------------------------------------------------------------ JPEG camera


def test_camera_keeps_icc_jfif_and_adobe_and_drops_everything_else():
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    base = plain_jpeg(icc_profile=icc, comment=b"shot by Jane at home")
    adobe = app(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01")
    original = jpeg_with(app(0xE1, XMP_SIG + xmp()),
                         app(0xE1, b"Exif\x00\x00" + tiff_bytes("II", IFD0, gps=GPS)),
                         iptc_app13(title="Secret", caption="at home"), app(0xE3, b"META junk"),
                         app(0xEF, b"ffmpeg"), adobe, base=base)
    assert {m for m, _ in segments(original)} >= {0xE0, 0xE1, 0xE2, 0xE3, 0xED, 0xEE, 0xEF, 0xFE}

    cleaned = clean_bytes(original, CAMERA, kind="jpg")

    markers = [m for m, _ in segments(cleaned)]
    assert not {0xE1, 0xE3, 0xED, 0xEF, 0xFE} & set(markers)
    assert markers[0] == 0xE0 and 0xE2 in markers and 0xEE in markers
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info["icc_profile"] == icc and "jfif" in image.info
        assert dict(image.getexif()) == {}
    assert b"Canon" not in cleaned and b"Secret" not in cleaned and b"shot by Jane" not in cleaned
    assert_no_location(cleaned)
    assert from_sos(cleaned) == from_sos(original) and pixels(cleaned) == pixels(original)
    assert clean_bytes(original, CAMERA, kind="jpg") == cleaned


def test_camera_keeps_orientation_6_so_the_photo_is_not_shown_sideways():
    ifd0 = dict(IFD0)
    ifd0[0x0112] = (SHORT, [6])
    original = jpeg_with(app(0xE1, XMP_SIG + xmp()),  # EXIF after XMP, big-endian
                         app(0xE1, b"Exif\x00\x00" + tiff_bytes("MM", ifd0, exif=EXIF, gps=GPS)))
    with Image.open(io.BytesIO(original)) as image:
        upright = ImageOps.exif_transpose(image).size
    assert upright == (32, 48)

    cleaned = clean_bytes(original, CAMERA, kind="jpg")

    with Image.open(io.BytesIO(cleaned)) as image:
        assert dict(image.getexif()) == {0x0112: 6}
        assert ImageOps.exif_transpose(image).size == upright
    assert str(exif_tags(cleaned)["Image Orientation"]) == "Rotated 90 CW"
    app1 = [b for m, b in segments(cleaned) if m == 0xE1]
    assert len(app1) == 1 and len(app1[0]) < 40  # only the Orientation
    assert b"Canon" not in cleaned and b"2024:05:01" not in cleaned and xmp_of(cleaned) is None
    assert_no_location(cleaned, "MM")
    assert pixels(cleaned) == pixels(original)


def test_camera_with_orientation_1_writes_no_exif_at_all(tmp_path):
    original = Path(make_jpeg(tmp_path / "a.jpg", size=(64, 48), orientation=1)).read_bytes()
    cleaned = clean_bytes(original, CAMERA, kind="jpg")
    assert 0xE1 not in [m for m, _ in segments(cleaned)]
    assert exif_tags(cleaned) == {} and pixels(cleaned) == pixels(original)


# --------------------------------------------------------------------------- damaged input


def test_a_jpeg_cut_in_a_segment_header_is_refused_naming_the_file(tmp_path):
    whole = located_jpeg()
    second = 4 + struct.unpack(">H", whole[4:6])[0]  # the EXIF APP1 after the JFIF header
    assert whole[second:second + 2] == b"\xff\xe1"
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[:second + 3])  # cut inside its length field
    folder = tmp_path / "copies"

    with pytest.raises(PrivacyError) as caught:
        cleaned_copy(str(path), LOCATION, kind="jpg", folder=str(folder))

    assert caught.value.code == "privacy-damaged-file" and caught.value.path == str(path)
    assert str(path) in str(caught.value) and caught.value.detail
    assert list(folder.iterdir()) == []  # no copy, no temporary file left behind


def test_every_cut_before_the_image_data_is_damaged_and_never_crashes():
    whole = located_jpeg()
    sos = len(whole) - len(from_sos(whole))
    for n in range(0, sos + 1):
        with pytest.raises(PrivacyError) as caught:
            clean_bytes(whole[:n], LOCATION, kind="jpg")
        assert caught.value.code == "privacy-damaged-file"
        assert has_location(whole[:n]) in (True, False)


def test_a_segment_running_past_the_end_is_damaged():
    whole = located_jpeg()
    with pytest.raises(PrivacyError, match="past the end") as caught:
        clean_bytes(whole[:60], CAMERA, kind="jpg")
    assert caught.value.code == "privacy-damaged-file"


# ------------------------------------------------------------------------------------- PNG


def located_png(**save) -> bytes:
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp().decode("utf-8"))
    info.add_text("Comment", "taken at home")
    info.add(b"tIME", struct.pack(">HBBBBB", 2024, 5, 1, 14, 3, 22))
    info.add(b"gAMA", struct.pack(">I", 45455))
    buf = io.BytesIO()
    pattern((40, 30)).save(buf, "PNG", pnginfo=info, dpi=(300, 300),
                           exif=tiff_bytes("MM", IFD0, exif=EXIF, gps=GPS), **save)
    return buf.getvalue()


def test_png_location_cleans_exif_and_itxt_xmp():
    original = located_png()
    kinds = [c for c, _ in png_chunks(original)]
    assert b"eXIf" in kinds and b"iTXt" in kinds and has_location(original)
    assert pillow_gps(original)

    cleaned = clean_bytes(original, LOCATION, kind="png")

    assert_no_location(cleaned, "MM")
    chunks = png_chunks(cleaned)  # checks every CRC, the rewritten ones too
    assert [c for c, _ in chunks] == kinds
    assert [d for c, d in chunks if c == b"IDAT"] == [d for c, d in png_chunks(original) if c == b"IDAT"]
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.getexif()[0x010F] == "Canon"
        assert image.info["Comment"] == "taken at home"
        assert parse_xmp(image.info["XML:com.adobe.xmp"])[0] == "Old bridge"
    assert pixels(cleaned) == pixels(original)
    assert clean_bytes(original, LOCATION, kind="png") == cleaned


def test_png_camera_drops_text_time_and_exif_and_keeps_colour_and_pixel_size():
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    original = located_png(icc_profile=icc)
    cleaned = clean_bytes(original, CAMERA, kind="png")
    kinds = {c for c, _ in png_chunks(cleaned)}
    assert not kinds & {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}
    assert {b"iCCP", b"pHYs", b"gAMA", b"IHDR", b"IDAT", b"IEND"} <= kinds
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info["icc_profile"] == icc and image.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    assert b"Canon" not in cleaned and b"Old bridge" not in cleaned
    assert_no_location(cleaned, "MM")
    assert pixels(cleaned) == pixels(original)


def test_png_camera_keeps_orientation_in_a_minimal_exif():
    ifd0 = dict(IFD0)
    ifd0[0x0112] = (SHORT, [8])
    buf = io.BytesIO()
    pattern((40, 30)).save(buf, "PNG", exif=tiff_bytes("II", ifd0, gps=GPS))
    cleaned = clean_bytes(buf.getvalue(), CAMERA, kind="png")
    with Image.open(io.BytesIO(cleaned)) as image:
        assert dict(image.getexif()) == {0x0112: 8}
        assert ImageOps.exif_transpose(image).size == (30, 40)


def test_png_imagemagick_raw_profile_exif_in_ztxt_loses_its_gps():
    tiff = b"Exif\x00\x00" + tiff_bytes("II", IFD0, gps=GPS)
    hexed = tiff.hex()
    text = f"\nexif\n{len(tiff):8d}\n" + "\n".join(hexed[i:i + 72] for i in range(0, len(hexed), 72)) + "\n"
    info = PngInfo()
    info.add_text("Raw profile type exif", text, zip=True)
    buf = io.BytesIO()
    pattern((40, 30)).save(buf, "PNG", pnginfo=info)
    original = buf.getvalue()
    assert b"zTXt" in original and has_location(original) and pillow_gps(original)

    cleaned = clean_bytes(original, LOCATION, kind="png")

    assert has_location(cleaned) is False and pillow_gps(cleaned) == {}
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.getexif()[0x013B] == "Jane Doe"
    assert gps_number_bytes("II")[0].hex().encode() not in cleaned
    assert pixels(cleaned) == pixels(original)


def test_png_cut_inside_a_chunk_is_damaged():
    original = located_png()
    with pytest.raises(PrivacyError) as caught:
        clean_bytes(original[:len(original) // 2], LOCATION, kind="png")
    assert caught.value.code == "privacy-damaged-file"


# ------------------------------------------------------------------------------------ TIFF


def located_tiff(order: str) -> tuple[bytes, bytes]:
    """A real 8x6 RGB TIFF (one uncompressed strip) with GPS in EXIF and in XMP (tag 700)."""
    image = pattern((8, 6))
    raw = image.tobytes()
    ifd0 = {0x0100: (SHORT, [8]), 0x0101: (SHORT, [6]), 0x0102: (SHORT, [8, 8, 8]),
            0x0103: (SHORT, [1]), 0x0106: (SHORT, [2]), 0x0111: (LONG, [0]), 0x0115: (SHORT, [3]),
            0x0116: (SHORT, [6]), 0x0117: (LONG, [len(raw)]), 0x013B: (ASCII, "Jane Doe"),
            0x02BC: (BYTE, xmp())}
    return tiff_bytes(order, ifd0, exif=EXIF, gps=GPS, pixels=raw), raw


@pytest.mark.parametrize("order", ["II", "MM"])
def test_tiff_location_removes_the_gps_ifd_in_place(tmp_path, order):
    original, raw = located_tiff(order)
    assert pixels(original) == raw and pillow_gps(original) and has_location(original)

    cleaned = clean_bytes(original, LOCATION, kind="tif")

    assert_no_location(cleaned, order)
    assert len(cleaned) == len(original) and cleaned.endswith(raw)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.getexif()[0x013B] == "Jane Doe"
        assert parse_xmp(image.tag_v2[700])[0] == "Old bridge"
    assert str(exif_tags(cleaned)["EXIF DateTimeOriginal"]) == "2024:05:01 14:03:22"
    assert pixels(cleaned) == raw

    # the streamed copy (edited through mmap) gives the same bytes
    path = tmp_path / "scan.tif"
    path.write_bytes(original)
    copy = cleaned_copy(str(path), LOCATION, kind="tif", folder=str(tmp_path / "copies"))
    assert Path(copy).read_bytes() == cleaned and has_location(copy) is False


def test_tiff_camera_and_other_kinds_are_unsupported(tmp_path):
    original, _ = located_tiff("II")
    with pytest.raises(PrivacyError) as caught:
        clean_bytes(original, CAMERA, kind="tif")
    assert caught.value.code == "privacy-unsupported-type"
    gif = make_gif(tmp_path / "a.gif")
    with pytest.raises(PrivacyError) as caught:
        cleaned_copy(gif, LOCATION, kind="gif", folder=str(tmp_path / "copies"))
    assert caught.value.code == "privacy-unsupported-type" and caught.value.path == gif
    with pytest.raises(ValueError):
        clean_bytes(original, "everything", kind="tif")


# ------------------------------------------------------------------------------------ WebP


def located_webp(orientation: int = 1) -> bytes:
    ifd0 = dict(IFD0)
    ifd0[0x0112] = (SHORT, [orientation])
    buf = io.BytesIO()
    pattern((40, 30)).save(buf, "WEBP", quality=80, exif=tiff_bytes("II", ifd0, gps=GPS), xmp=xmp())
    return buf.getvalue()


def test_webp_location_keeps_size_flags_and_bitstream():
    original = located_webp()
    assert {b"EXIF", b"XMP "} <= {c for c, _ in riff_chunks(original)} and has_location(original)
    cleaned = clean_bytes(original, LOCATION, kind="webp")
    assert_no_location(cleaned)
    assert len(cleaned) == len(original)
    assert dict(riff_chunks(cleaned))[b"VP8 "] == dict(riff_chunks(original))[b"VP8 "]
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.getexif()[0x010F] == "Canon"
    assert pixels(cleaned) == pixels(original)


def test_webp_camera_drops_exif_and_xmp_and_clears_their_flags():
    original = located_webp()
    cleaned = clean_bytes(original, CAMERA, kind="webp")
    chunks = riff_chunks(cleaned)  # checks the RIFF size
    assert [c for c, _ in chunks] == [b"VP8X", b"VP8 "]
    assert dict(chunks)[b"VP8X"][0] & 0x0C == 0
    assert b"Canon" not in cleaned and b"Old bridge" not in cleaned
    assert_no_location(cleaned)
    assert pixels(cleaned) == pixels(original)


def test_webp_camera_keeps_orientation():
    cleaned = clean_bytes(located_webp(orientation=6), CAMERA, kind="webp")
    assert dict(riff_chunks(cleaned))[b"VP8X"][0] & 0x0C == 0x08
    with Image.open(io.BytesIO(cleaned)) as image:
        assert dict(image.getexif()) == {0x0112: 6}


# ---------------------------------------------------------------------------- cleaned_copy


def test_cleaned_copy_never_touches_the_original_and_is_named_by_its_sha1(tmp_path):
    path = tmp_path / "photo.jpg"
    original = located_jpeg("MM")
    path.write_bytes(original)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    folder = tmp_path / "new" / "copies"  # created on demand

    copy = cleaned_copy(str(path), LOCATION, kind="jpg", folder=str(folder))

    sha1 = hashlib.sha1(original).hexdigest()
    assert copy == str(folder / f"{sha1}-location.jpg")
    assert path.read_bytes() == original
    assert os.stat(path).st_mtime_ns == 1_600_000_000_000_000_000
    assert Path(copy).read_bytes() == clean_bytes(original, LOCATION, kind="jpg")
    assert has_location(copy) is False and has_location(str(path)) is True
    assert sorted(p.name for p in folder.iterdir()) == [Path(copy).name]
    camera = cleaned_copy(str(path), CAMERA, kind="jpg", folder=str(folder))
    assert camera == str(folder / f"{sha1}-camera.jpg") and camera != copy


def test_a_good_copy_is_reused_and_a_wrong_one_replaced(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(located_png())
    folder = str(tmp_path / "copies")
    copy = cleaned_copy(str(path), LOCATION, kind="png", folder=folder)
    os.utime(copy, ns=(1_500_000_000_000_000_000, 1_500_000_000_000_000_000))
    before = os.stat(copy)

    again = cleaned_copy(str(path), LOCATION, kind="png", folder=folder)

    after = os.stat(again)
    assert again == copy and (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    good = Path(copy).read_bytes()
    Path(copy).write_bytes(good[:-5] + b"XXXXX")  # a damaged earlier copy
    assert cleaned_copy(str(path), LOCATION, kind="png", folder=folder) == copy
    assert Path(copy).read_bytes() == good
    assert sorted(os.listdir(folder)) == [Path(copy).name]


def test_a_copy_bigger_than_one_read_block_streams_the_image_data_unchanged(tmp_path):
    noise = Image.merge("RGB", [Image.effect_noise((1400, 1000), 90)] * 3)
    buf = io.BytesIO()
    noise.save(buf, "JPEG", quality=95)
    original = located_jpeg(base=buf.getvalue())
    assert len(from_sos(original)) > BLOCK_SIZE  # copied in more than one block
    path = tmp_path / "big.jpg"
    path.write_bytes(original)
    copy = cleaned_copy(str(path), CAMERA, kind="jpg", folder=str(tmp_path / "c"))
    data = Path(copy).read_bytes()
    assert from_sos(data) == from_sos(original)
    assert data == clean_bytes(original, CAMERA, kind="jpg")
    assert_no_location(data)


@pytest.mark.parametrize("kind", ["jpg", "png", "tif", "webp"])
def test_damaged_metadata_gives_a_clean_copy_or_a_privacy_error_never_a_crash(kind):
    """Bytes flipped or cut where the metadata is: either no position is left, or no copy."""
    data = {"jpg": lambda: jpeg_with(app(0xE1, XMP_SIG + xmp(elements=True)),
                                     app(0xE1, b"Exif\x00\x00" + tiff_bytes("MM", IFD0, gps=GPS))),
            "png": located_png, "tif": lambda: located_tiff("MM")[0],
            "webp": lambda: located_webp(6)}[kind]()
    rng = random.Random(kind)
    refused = 0
    for _ in range(150):
        broken = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            broken[rng.randrange(min(len(broken), 1200))] = rng.choice(b"\x00\xff<>GPS\x08")
        if rng.random() < 0.2:
            broken = broken[:rng.randrange(len(broken))]
        for mode in (LOCATION, CAMERA) if kind != "tif" else (LOCATION,):
            try:
                out = clean_bytes(bytes(broken), mode, kind=kind)
            except PrivacyError as exc:
                assert exc.code == "privacy-damaged-file" and exc.detail
                refused += 1
                continue
            # what readers find; bytes cut off from the structure by the damage may stay
            assert has_location(out) is False
            try:
                tags = exif_tags(out)
            except Exception:  # exifread gives up on some damaged blocks (read_exif catches it)
                tags = {}
            assert not [k for k in tags if k.startswith("GPS")]
    assert refused < 150 * 2  # most damage is survivable; a refusal is the exception
