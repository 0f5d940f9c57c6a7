from __future__ import annotations

import exifread
import pytest
from corpus import (EXIF_IFD, GPS_IFD, iptc_app13, make_garbage_exif_jpeg, make_jpeg, make_png,
                    xmp_packet)
from hypothesis import given
from hypothesis import strategies as st
from PIL.TiffImagePlugin import IFDRational

from glamuploader.core.item import GeoPoint
from glamuploader.media.exif import clean_text, exif_from_tags, read_exif
from glamuploader.media.facts import read_facts
from glamuploader.media.xmp import parse_xmp


def exif_of(path: str):
    with open(path, "rb") as fh:
        return read_exif(fh, path=path)


def ignored(facts) -> dict[str, str]:
    return {p.params["tag"]: p.field for p in facts.problems if p.code == "exif-value-ignored"}


def test_the_corpus_jpeg_carries_real_exif_that_exifread_reads_back(tmp_path):
    path = make_jpeg(tmp_path / "a.jpg")
    with open(path, "rb") as fh:
        tags = exifread.process_file(fh, details=False)
    assert str(tags["EXIF DateTimeOriginal"]) == "2024:05:01 14:03:22"
    assert str(tags["GPS GPSLatitudeRef"]) == "N"
    assert tags["JPEGThumbnail"].startswith(b"\xff\xd8")


def test_date_taken_is_iso_8601_with_the_offset_from_the_file(tmp_path):
    facts = exif_of(make_jpeg(tmp_path / "a.jpg", taken="2024:05:01 14:03:22", offset="+03:00"))
    assert facts.taken == "2024-05-01T14:03:22+03:00"
    assert facts.problems == []


def test_date_without_offset_has_none_and_blank_offset_is_not_a_problem(tmp_path):
    assert exif_of(make_jpeg(tmp_path / "a.jpg", offset=None)).taken == "2024-05-01T14:03:22"
    blank = exif_of(make_jpeg(tmp_path / "b.jpg", offset="   :  "))
    assert blank.taken == "2024-05-01T14:03:22" and blank.problems == []


def test_exif_keeps_the_original_digitized_and_modified_dates_apart(tmp_path):
    """Which one becomes the date taken is chosen with XMP and IPTC (media/datetaken.py);
    the modify date (IFD0 DateTime) never is, so it is kept apart."""
    path = make_jpeg(tmp_path / "a.jpg", taken=None, offset=None,
                     raw={(EXIF_IFD, 0x9003): "2024:13:45 10:00:00", (None, 0x0132): "2023:02:03 04:05:06"})
    facts = exif_of(path)
    assert (facts.taken, facts.digitized, facts.modified) == (None, None, "2023-02-03T04:05:06")
    assert ignored(facts) == {"EXIF DateTimeOriginal": "taken"}
    scanned = exif_of(make_jpeg(tmp_path / "b.jpg", taken=None, offset=None,
                                raw={(EXIF_IFD, 0x9004): "2001:02:03 04:05:06"}))
    assert (scanned.taken, scanned.digitized, scanned.modified) == (None, "2001-02-03T04:05:06", None)


def test_gps_from_exif_is_decimal_with_south_and_west_negative(tmp_path):
    facts = exif_of(make_jpeg(tmp_path / "a.jpg", gps=(-33.8568, -151.2153, 12.5, 270.0)))
    assert facts.gps == GeoPoint(-33.8568, -151.2153, 12.5, 270.0)


def test_altitude_below_sea_level_is_negative(tmp_path):
    facts = exif_of(make_jpeg(tmp_path / "a.jpg", gps=(31.5, 35.5, -430.5, None)))
    assert facts.gps.altitude == -430.5 and facts.gps.heading is None


def test_zero_over_zero_seconds_count_as_zero_but_n_over_zero_degrees_drop_the_position(tmp_path):
    zero = make_jpeg(tmp_path / "a.jpg", raw={(GPS_IFD, 2): (IFDRational(41, 1), IFDRational(30, 1),
                                                             IFDRational(0, 0))})
    assert exif_of(zero).gps.latitude == 41.5
    broken = make_jpeg(tmp_path / "b.jpg", raw={(GPS_IFD, 4): (IFDRational(7, 0), IFDRational(0, 1),
                                                               IFDRational(0, 1))})
    facts = exif_of(broken)
    assert facts.gps is None and ignored(facts) == {"GPS GPSLongitude": "gps"}


def test_a_receiver_without_fix_at_zero_zero_gives_no_position(tmp_path):
    facts = exif_of(make_jpeg(tmp_path / "a.jpg", gps=(0.0, 0.0, None, None)))
    assert facts.gps is None


def test_absurd_heading_is_dropped_but_the_position_kept(tmp_path):
    facts = exif_of(make_jpeg(tmp_path / "a.jpg", gps=(41.0, 29.0, None, None),
                              raw={(GPS_IFD, 17): IFDRational(400, 1)}))
    assert facts.gps == GeoPoint(41.0, 29.0) and ignored(facts) == {"GPS GPSImgDirection": "gps"}


def test_garbage_exif_never_raises_and_every_bad_value_is_reported(tmp_path):
    path = make_garbage_exif_jpeg(tmp_path / "g.jpg")
    facts = exif_of(path)
    assert facts.taken is None and facts.gps is None and facts.orientation is None
    assert facts.camera_make is None and facts.camera_model is None
    assert ignored(facts) == {
        "EXIF DateTimeOriginal": "taken", "EXIF DateTimeDigitized": "taken",
        "Image DateTime": "taken", "GPS GPSLatitude": "gps", "Image Orientation": "orientation",
        "Image Make": "camera_make", "Image Model": "camera_model"}
    assert all(p.item == path for p in facts.problems)


def test_nuls_and_control_characters_are_stripped_from_strings(tmp_path):
    facts = exif_of(make_garbage_exif_jpeg(tmp_path / "g.jpg"))
    assert facts.artist == "Jane"
    assert facts.copyright == "\u00a9 John"


def test_latin1_text_from_old_cameras_is_kept_readable():
    assert clean_text("J\u00f6rg".encode("latin-1")) == "J\u00f6rg"
    assert clean_text(b"\xff\xfe\xfd\xfc") is None
    assert clean_text(b"\x00\x00") == ""
    assert clean_text([1, 2]) is None


@given(st.one_of(st.text(), st.binary()))
def test_cleaned_text_never_holds_control_characters(value):
    text = clean_text(value)
    assert text is None or not any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 for c in text)


def test_an_exception_inside_exifread_leaves_the_exif_to_pillow(tmp_path, monkeypatch):
    path = make_jpeg(tmp_path / "a.jpg", orientation=6)

    def explode(*args, **kwargs):
        raise struct_error("unpack requires a buffer of 4 bytes")
    struct_error = __import__("struct").error
    monkeypatch.setattr(exifread, "process_file", explode)
    facts = read_facts(path)
    assert facts.problems == () and facts.orientation == 6
    assert facts.taken == "2024-05-01T14:03:22+03:00" and facts.artist == "Jane Doe"


def test_exif_that_neither_exifread_nor_pillow_reads_becomes_exif_unreadable(tmp_path, monkeypatch):
    path = make_jpeg(tmp_path / "a.jpg")

    def explode(*args, **kwargs):
        raise struct_error("unpack requires a buffer of 4 bytes")
    struct_error = __import__("struct").error
    monkeypatch.setattr(exifread, "process_file", explode)
    monkeypatch.setattr("glamuploader.media.exif.pillow_tags", explode)
    facts = read_facts(path)
    assert [p.code for p in facts.problems] == ["exif-unreadable"]
    assert "unpack requires" in facts.problems[0].params["reason"]
    assert facts.width == 640 and facts.sha1


def test_unexpected_value_types_from_exifread_are_ignored_not_raised():
    tags = {"Image Orientation": "sideways", "GPS GPSLatitude": ["a", None],
            "GPS GPSLongitude": [1, 2, 3], "EXIF DateTimeOriginal": 20240501,
            "Image Make": object()}
    facts = exif_from_tags(tags, path="p")
    assert facts.orientation is None and facts.gps is None and facts.taken is None
    assert set(ignored(facts)) == {"Image Orientation", "GPS GPSLatitude",
                                   "EXIF DateTimeOriginal", "Image Make"}


def test_xmp_title_description_and_keywords_are_read_preferring_x_default(tmp_path):
    packet = xmp_packet(title="Hagia Sophia", description="Seen from the Bosphorus",
                        keywords=("mosque", "Istanbul", "mosque"))
    facts = read_facts(make_jpeg(tmp_path / "a.jpg", xmp=packet))
    assert (facts.title, facts.description) == ("Hagia Sophia", "Seen from the Bosphorus")
    assert facts.keywords == ("mosque", "Istanbul")


def test_xmp_in_a_png_is_read(tmp_path):
    facts = read_facts(make_png(tmp_path / "a.png", xmp=xmp_packet(title="Map", keywords=("x",))))
    assert facts.title == "Map" and facts.keywords == ("x",)


def test_iptc_fills_in_what_xmp_does_not_say(tmp_path):
    path = make_jpeg(tmp_path / "a.jpg", xmp=xmp_packet(title="From XMP"),
                     iptc=iptc_app13(title="From IPTC", caption="Caption \u00e9",
                                     keywords=("k1", "k2")))
    facts = read_facts(path)
    assert facts.title == "From XMP"
    assert facts.description == "Caption \u00e9"
    assert facts.keywords == ("k1", "k2")


def test_broken_xmp_is_reported_and_the_rest_still_read(tmp_path):
    facts = read_facts(make_jpeg(tmp_path / "a.jpg", xmp=b"<x:xmpmeta><rdf:RDF><unclosed"))
    assert [(p.code, p.field) for p in facts.problems] == [("exif-unreadable", "xmp")]
    assert facts.taken == "2024-05-01T14:03:22+03:00"


def test_xmp_entity_expansion_is_not_a_memory_bomb():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(8))
            + b']><x:xmpmeta xmlns:x="adobe:ns:meta/">&i;</x:xmpmeta>')
    with pytest.raises(ValueError):
        parse_xmp(bomb)
