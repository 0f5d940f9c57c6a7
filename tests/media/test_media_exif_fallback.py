"""EXIF that exifread does not find (a segment after a large XMP segment) is read by Pillow."""
from __future__ import annotations

import exifread
from corpus import EXIF_IFD, make_jpeg, make_jpeg_xmp_before_exif

from glamuploader.core.item import GeoPoint
from glamuploader.media.facts import read_facts


def test_a_jpeg_whose_exif_follows_its_xmp_keeps_orientation_artist_date_and_position(tmp_path):
    path = make_jpeg_xmp_before_exif(tmp_path / "windows.jpg", orientation=6,
                                     artist="Ayşe Yılmaz".encode("utf-8"),
                                     gps=(41.0082, 28.9784, 39.0, 123.5))
    with open(path, "rb") as fh:   # the case itself: exifread sees nothing in this file
        assert exifread.process_file(fh, details=False) == {}
    facts = read_facts(path)
    assert facts.problems == ()
    assert (facts.orientation, facts.artist) == (6, "Ayşe Yılmaz")
    assert facts.taken == "2024-05-01T14:03:22+03:00"
    assert facts.gps == GeoPoint(41.0082, 28.9784, 39.0, 123.5)
    assert (facts.camera_make, facts.camera_model, facts.title) == ("Canon", "EOS", "First XMP")


def test_pillow_and_exifread_give_the_same_facts(tmp_path):
    """Both readers' tags pass the same checks: the same facts, whichever reader found them."""
    made = dict(gps=(-33.8568, -151.2153, -12.5, 270.0), copyright="CC BY 4.0", orientation=3,
                model=b"EOS 5D Mark\x00\x00", raw={(EXIF_IFD, 0x9004): "2024:13:45 10:00:00"})
    after_xmp = read_facts(make_jpeg_xmp_before_exif(tmp_path / "a.jpg", **made))
    plain = read_facts(make_jpeg(tmp_path / "b.jpg", **made))
    fields = ("taken", "gps", "orientation", "camera_make", "camera_model", "artist", "copyright")
    assert [getattr(after_xmp, f) for f in fields] == [getattr(plain, f) for f in fields]
    assert plain.gps.altitude == -12.5 and plain.camera_model == "EOS 5D Mark"
