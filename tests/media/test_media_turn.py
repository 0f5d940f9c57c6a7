"""Turning a photo without re-encoding it (issue 13): the copy sent has another EXIF
orientation tag and the very same compressed picture; the original is never changed. Files as
cameras and editors write them: orientation in little- or big-endian EXIF, no EXIF at all
(a JFIF export), EXIF without the tag (GIMP, some scanners), XMP before EXIF (Windows,
Adobe), and a cut-off file."""
from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image, ImageDraw, ImageOps

from corpus import make_jpeg, make_jpeg_xmp_before_exif
from glamuploader.core.orientation import added, turned
from glamuploader.media.turn import TurnFailed, turned_bytes, turned_copy


def _picture() -> Image.Image:
    """Asymmetric: a red block top left, a blue one at the right, so any wrong turn shows."""
    image = Image.new("RGB", (96, 64), (240, 240, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 31, 15), fill=(220, 0, 0))
    draw.rectangle((80, 24, 95, 63), fill=(0, 0, 220))
    return image


def _upright(data: bytes) -> Image.Image:
    return ImageOps.exif_transpose(Image.open(io.BytesIO(data)))


def _scan(data: bytes) -> bytes:
    return data[data.index(b"\xff\xda"):]          # the compressed picture itself


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("degrees", (90, 180, 270))
def test_every_orientation_turned_shows_the_picture_turned_with_the_same_pixels(tmp_path, orientation, degrees):
    path = make_jpeg(tmp_path / "p.jpg", image=_picture(), orientation=orientation, gps=None)
    data = open(path, "rb").read()
    out = turned_bytes(data, degrees)
    assert _scan(out) == _scan(data)                                  # not one pixel re-encoded
    expected = _upright(data).rotate(-degrees, expand=True)           # PIL turns anticlockwise
    assert _upright(out).tobytes() == expected.tobytes()
    assert Image.open(io.BytesIO(out)).getexif()[0x0112] == turned(orientation, degrees)


def test_a_jfif_export_without_exif_gets_an_orientation_of_its_own(tmp_path):
    path = make_jpeg(tmp_path / "export.jpg", image=_picture(), exif=False)
    data = open(path, "rb").read()
    assert not Image.open(path).getexif()
    out = turned_bytes(data, 90)
    assert Image.open(io.BytesIO(out)).getexif()[0x0112] == 6
    assert _upright(out).size == (64, 96) and _scan(out) == _scan(data)


def test_exif_without_the_tag_gets_it_and_keeps_the_camera(tmp_path):
    path = make_jpeg(tmp_path / "gimp.jpg", image=_picture(), orientation=None, make="GIMP-made", gps=None)
    data = open(path, "rb").read()
    assert 0x0112 not in Image.open(path).getexif()
    out = turned_bytes(data, 270)
    exif = Image.open(io.BytesIO(out)).getexif()
    assert exif[0x0112] == 8 and exif[0x010F] == "GIMP-made"
    assert _upright(out).tobytes() == _upright(data).rotate(90, expand=True).tobytes()


def test_exif_after_xmp_is_found_and_the_xmp_stays(tmp_path):
    path = make_jpeg_xmp_before_exif(tmp_path / "windows.jpg", image=_picture(), orientation=3, gps=None)
    data = open(path, "rb").read()
    out = turned_bytes(data, 90)
    assert Image.open(io.BytesIO(out)).getexif()[0x0112] == 8
    assert b"First XMP" in out and len(out) == len(data)              # patched in place


def test_a_cut_off_file_says_why_and_the_original_is_never_changed(tmp_path):
    path = make_jpeg(tmp_path / "card.jpg", image=_picture(), orientation=1)
    data = open(path, "rb").read()
    with pytest.raises(TurnFailed) as raised:
        turned_bytes(data[:40] + b"\x00" * 8, 90)
    assert "damaged" in raised.value.detail
    before = hashlib.sha1(data).hexdigest()
    copy, sha1, size = turned_copy(path, 90, str(tmp_path / "copies"))
    assert hashlib.sha1(open(path, "rb").read()).hexdigest() == before        # the original as it was
    assert sha1 != before and size == len(open(copy, "rb").read()) and copy.endswith("-turned90.jpg")
    assert Image.open(copy).getexif()[0x0112] == 6


def test_turns_add_up_and_come_round():
    assert added(0, -90) == 270 and added(270, 90) == 0 and added(90, 90) == 180
    assert turned(turned(6, 90), 270) == 6 and turned(2, 360) == 2
