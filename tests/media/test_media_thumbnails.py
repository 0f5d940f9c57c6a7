from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from corpus import (halves, make_bomb_png, make_gif, make_jpeg, make_pdf, make_png, make_svg,
                    make_text, make_tiff, make_truncated_jpeg, make_wav, make_webp)
from PIL import Image, JpegImagePlugin

from glamuploader.core.item import FileFacts, MediaItem
from glamuploader.media import thumbnails as thumbs
from glamuploader.media.thumbnails import (cache_path, embedded_thumbnail, make_thumbnails, render,
                                           thumbnail)

SHA = "0123456789abcdef0123456789abcdef01234567"


def red_top(image: Image.Image) -> bool:
    r, g, b = image.convert("RGB").getpixel((image.width // 2, 2))
    return r > 200 and b < 60


def test_thumbnail_is_cached_by_sha1_and_size_and_fits_the_box(tmp_path):
    path = make_jpeg(tmp_path / "a.jpg", size=(1200, 900), with_thumbnail=False)
    out = thumbnail(path, SHA, str(tmp_path / "cache"), 256)
    assert out == cache_path(str(tmp_path / "cache"), SHA, 256)
    with Image.open(out) as image:
        assert image.size == (256, 192) and image.format == "JPEG"
    os.remove(path)  # served from the cache now, the original is not read again
    assert thumbnail(path, SHA, str(tmp_path / "cache"), 256) == out
    assert thumbnail(path, SHA, str(tmp_path / "cache"), 128) is None


def test_thumbnail_uses_orientation(tmp_path):
    path = make_jpeg(tmp_path / "a.jpg", image=halves((640, 320)), orientation=6,
                     with_thumbnail=False)
    with Image.open(thumbnail(path, SHA, str(tmp_path), 128)) as image:
        assert image.size == (64, 128)  # rotated to portrait
        assert red_top(image)  # orientation 6: the left edge becomes the top


def test_jpeg_is_decoded_in_draft_mode_at_reduced_scale(tmp_path, monkeypatch):
    path = make_jpeg(tmp_path / "a.jpg", size=(2048, 1536), with_thumbnail=False)
    scales: list[tuple[int, int]] = []
    real_load = JpegImagePlugin.JpegImageFile.load

    def spy(self):
        scales.append(self.size)
        return real_load(self)
    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", spy)
    assert render(path, 256).size == (256, 192)
    assert scales and all(w <= 2048 // 4 and h >= 192 for w, h in scales)  # never full size


def test_a_large_enough_embedded_exif_thumbnail_is_used_instead_of_decoding(tmp_path, monkeypatch):
    path = make_jpeg(tmp_path / "a.jpg", size=(1600, 1200), thumbnail_size=(320, 240))
    decoded: list[tuple[int, int]] = []
    real_load = JpegImagePlugin.JpegImageFile.load

    def spy(self):
        decoded.append(self.size)
        return real_load(self)
    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", spy)
    assert render(path, 256).size == (256, 192)
    assert set(decoded) == {(320, 240)}  # only the embedded thumbnail was decoded


def test_a_small_embedded_thumbnail_is_not_used_unless_allowed(tmp_path):
    path = make_jpeg(tmp_path / "a.jpg", size=(1600, 1200), image=Image.new("RGB", (1600, 1200), "blue"),
                     thumbnail_size=(160, 120))
    assert render(path, 256).size == (256, 192)
    assert render(path, 256, allow_small_embedded=True).size == (160, 120)


def test_embedded_thumbnail_bytes_for_instant_preview(tmp_path):
    data = embedded_thumbnail(make_jpeg(tmp_path / "a.jpg"))
    assert data is not None and data.startswith(b"\xff\xd8")
    assert embedded_thumbnail(make_jpeg(tmp_path / "b.jpg", with_thumbnail=False)) is None
    assert embedded_thumbnail(make_png(tmp_path / "c.png")) is None
    assert embedded_thumbnail(str(tmp_path / "gone.jpg")) is None


@pytest.mark.parametrize("maker", [make_png, make_gif, make_tiff, make_webp])
def test_other_raster_formats_get_a_thumbnail(tmp_path, maker):
    out = thumbnail(maker(tmp_path / "x"), SHA, str(tmp_path), 32)
    with Image.open(out) as image:
        assert max(image.size) == 32


def test_transparent_images_keep_transparency_in_a_png_thumbnail(tmp_path):
    out = thumbnail(make_png(tmp_path / "a.png", mode="RGBA"), SHA, str(tmp_path), 32)
    assert out == cache_path(str(tmp_path), SHA, 32, alpha=True)
    with Image.open(out) as image:
        assert image.mode == "RGBA"


@pytest.mark.parametrize("maker", [make_svg, make_pdf, make_wav, make_text, make_truncated_jpeg])
def test_files_without_a_picture_or_broken_get_no_thumbnail_and_no_error(tmp_path, maker):
    assert thumbnail(maker(tmp_path / "x.bin"), SHA, str(tmp_path / "c"), 64) is None
    assert not (tmp_path / "c").exists() or not any((tmp_path / "c").rglob("*.jpg"))


def test_a_decompression_bomb_is_never_decoded_for_a_thumbnail(tmp_path):
    assert thumbnail(make_bomb_png(tmp_path / "b.png"), SHA, str(tmp_path), 64) is None


def test_a_failed_write_leaves_no_partial_file_in_the_cache(tmp_path, monkeypatch):
    path = make_jpeg(tmp_path / "a.jpg", size=(64, 48))

    def broken_write(image, out, alpha):
        out.write(b"partial")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(thumbs, "_write", broken_write)
    assert thumbnail(path, SHA, str(tmp_path / "cache"), 32) is None
    assert [p for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []


def test_make_thumbnails_keeps_order_and_takes_items_or_pairs(tmp_path):
    a = make_jpeg(tmp_path / "a.jpg", size=(64, 48))
    b = make_svg(tmp_path / "b.svg")
    c = make_png(tmp_path / "c.png")
    items = [MediaItem(a, FileFacts(sha1="a" * 40)), (b, "b" * 40), (c, "c" * 40)]
    progress: list = []
    out = make_thumbnails(items, str(tmp_path / "cache"), size=32, workers=3,
                          on_progress=lambda d, t: progress.append((d, t)))
    assert out[0] == cache_path(str(tmp_path / "cache"), "a" * 40, 32)
    assert out[1] is None
    assert out[2] == cache_path(str(tmp_path / "cache"), "c" * 40, 32)
    assert progress[-1] == (3, 3)


def test_make_thumbnails_cancel_stops_early(tmp_path, monkeypatch):
    pairs = [(make_jpeg(tmp_path / f"{i}.jpg", size=(16, 16), with_thumbnail=False), f"{i:040d}")
             for i in range(40)]
    cancel = threading.Event()
    out = make_thumbnails(pairs, str(tmp_path / "cache"), size=8, workers=1,
                          on_progress=lambda d, t: cancel.set() if d >= 3 else None, cancel=cancel)
    made = [o for o in out if o is not None]
    assert 3 <= len(made) <= 5 and len(out) == 40
    assert len(list(Path(tmp_path / "cache").rglob("*.jpg"))) == len(made)


def test_palette_bilevel_and_16_bit_images_get_a_visible_thumbnail(tmp_path):
    gradient = Image.linear_gradient("L").resize((64, 48))  # 0 at the top, 255 at the bottom
    sixteen = gradient.point(lambda v: v * 257, "I").convert("I;16")
    sixteen.save(tmp_path / "deep.png")
    gradient.convert("P").save(tmp_path / "palette.png")
    gradient.convert("1").save(tmp_path / "bilevel.tif")
    gradient.convert("CMYK").save(tmp_path / "print.jpg")
    for name in ("deep.png", "palette.png", "bilevel.tif", "print.jpg"):
        image = render(str(tmp_path / name), 32)
        assert image.mode in ("L", "RGB") and image.size == (32, 24), name
        top, bottom = image.convert("L").getpixel((16, 1)), image.convert("L").getpixel((16, 22))
        assert bottom - top > 100 or name == "bilevel.tif", name
