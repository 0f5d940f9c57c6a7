from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from corpus import (RLO, control_char_name, make_bomb_png, make_empty, make_garbage_exif_jpeg,
                    make_gif, make_jpeg, make_pdf, make_png, make_svg, make_text, make_tiff,
                    make_truncated_jpeg, make_webp)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from glamuploader.core.problems import CODES
from glamuploader.media import facts as facts_module
from glamuploader.media.facts import has_control_chars, read_facts
from glamuploader.media.header import PIXEL_LIMIT


def codes(facts) -> list[str]:
    return [p.code for p in facts.problems]


def test_a_good_jpeg_gives_all_its_facts_and_no_problem(tmp_path):
    path = make_jpeg(tmp_path / "a.jpg", size=(640, 480), make="Canon", model="EOS R5",
                     artist="Jane Doe", copyright="CC BY-SA 4.0", orientation=6)
    facts = read_facts(path)
    data = Path(path).read_bytes()
    assert facts.problems == ()
    assert (facts.mime, facts.kind, facts.width, facts.height) == ("image/jpeg", "jpg", 640, 480)
    assert facts.sha1 == hashlib.sha1(data).hexdigest() and facts.size == len(data)
    assert (facts.camera_make, facts.camera_model, facts.artist, facts.copyright) == (
        "Canon", "EOS R5", "Jane Doe", "CC BY-SA 4.0")
    assert facts.orientation == 6 and facts.mtime == os.stat(path).st_mtime


@pytest.mark.parametrize("maker, kind, size", [
    (make_png, "png", (64, 48)), (make_gif, "gif", (64, 48)), (make_tiff, "tif", (64, 48)),
    (make_webp, "webp", (64, 48)),
])
def test_pixel_size_of_every_raster_format_is_read(tmp_path, maker, kind, size):
    facts = read_facts(maker(tmp_path / f"a.{kind}"))
    assert (facts.kind, facts.width, facts.height) == (kind, *size) and facts.problems == ()


def test_tiff_exif_is_read(tmp_path):
    assert read_facts(make_tiff(tmp_path / "a.tif", artist="Ada")).artist == "Ada"


def test_svg_and_pdf_have_a_type_and_hash_but_no_pixel_size(tmp_path):
    for path, kind in ((make_svg(tmp_path / "a.svg"), "svg"), (make_pdf(tmp_path / "a.pdf"), "pdf")):
        facts = read_facts(path)
        assert facts.kind == kind and facts.width is None and facts.sha1 and facts.problems == ()


def test_png_named_jpg_is_detected_as_png_and_flagged(tmp_path):
    facts = read_facts(make_png(tmp_path / "photo.jpg"))
    assert facts.kind == "png" and facts.mime == "image/png"
    [problem] = facts.problems
    assert problem.code == "extension-mismatch"
    assert problem.params == {"extension": "jpg", "detected": "png"}


def test_upper_case_and_alternative_extensions_are_not_a_mismatch(tmp_path):
    assert read_facts(make_jpeg(tmp_path / "A.JPEG")).problems == ()
    assert read_facts(make_tiff(tmp_path / "b.TIFF")).problems == ()


def test_text_file_named_jpg_is_unknown_type(tmp_path):
    facts = read_facts(make_text(tmp_path / "notes.jpg"))
    assert codes(facts) == ["file-unknown-type"] and facts.kind == "" and facts.sha1


def test_missing_file_is_reported_not_raised(tmp_path):
    facts = read_facts(str(tmp_path / "gone.jpg"))
    assert codes(facts) == ["file-missing"]


def test_empty_file_is_reported(tmp_path):
    assert codes(read_facts(make_empty(tmp_path / "e.jpg"))) == ["file-empty"]


def test_a_folder_is_not_a_readable_file(tmp_path):
    facts = read_facts(str(tmp_path))
    assert codes(facts) == ["file-unreadable"]
    assert facts.problems[0].params == {"reason": "not a regular file"}


def test_a_file_that_cannot_be_opened_is_unreadable_with_the_reason(tmp_path, monkeypatch):
    path = make_jpeg(tmp_path / "a.jpg")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(facts_module, "open", refuse, raising=False)
    facts = read_facts(path)
    assert codes(facts) == ["file-unreadable"]
    assert facts.problems[0].params == {"reason": "Permission denied"}
    assert facts.size == os.path.getsize(path)


def test_truncated_jpeg_is_flagged_but_its_header_still_read(tmp_path):
    facts = read_facts(make_truncated_jpeg(tmp_path / "cut.jpg"))
    assert codes(facts) == ["file-truncated"] and facts.width == 320


def test_a_small_truncated_jpeg_is_flagged_even_though_its_exif_thumbnail_ends_properly(tmp_path):
    data = Path(make_jpeg(tmp_path / "a.jpg", size=(320, 240), with_thumbnail=True)).read_bytes()
    (tmp_path / "cut.jpg").write_bytes(data[:len(data) - 2000])
    assert codes(read_facts(str(tmp_path / "cut.jpg"))) == ["file-truncated"]


def test_data_after_the_end_of_a_jpeg_is_not_truncation(tmp_path):
    path = Path(make_jpeg(tmp_path / "motion.jpg", size=(1600, 1200)))
    assert path.stat().st_size > 70_000  # its end marker lies past the first APP1 segment
    trailer = bytes((i * 7919) % 251 for i in range(300_000)).replace(b"\xff", b"\xfe")
    path.write_bytes(path.read_bytes() + b"\x00\x00\x00\x18ftypmp42" + trailer)
    assert codes(read_facts(str(path))) == []


def test_a_jpeg_cut_inside_its_header_is_corrupt(tmp_path):
    data = Path(make_jpeg(tmp_path / "a.jpg")).read_bytes()
    (tmp_path / "b.jpg").write_bytes(data[:200])
    facts = read_facts(str(tmp_path / "b.jpg"))
    assert "file-corrupt" in codes(facts) and facts.width is None


def test_decompression_bomb_is_reported_without_decoding(tmp_path, monkeypatch):
    path = make_bomb_png(tmp_path / "bomb.png")
    assert os.path.getsize(path) < 10_000

    def no_decoding(self, *args, **kwargs):
        raise AssertionError("the import decoded pixels")
    monkeypatch.setattr(Image.Image, "load", no_decoding)
    monkeypatch.setattr("PIL.ImageFile.ImageFile.load", no_decoding)
    facts = read_facts(path)
    [problem] = facts.problems
    assert problem.code == "file-too-many-pixels"
    assert problem.params == {"width": 30000, "height": 30000, "limit": PIXEL_LIMIT}
    assert (facts.width, facts.height) == (30000, 30000)


def test_a_large_image_under_pillows_limit_is_not_an_error(tmp_path):
    path = make_bomb_png(tmp_path / "big.png", width=12000, height=9000)  # 108 MP
    assert codes(read_facts(path)) == []


def test_name_with_bidi_override_is_flagged(tmp_path):
    facts = read_facts(control_char_name(tmp_path))
    assert codes(facts) == ["file-name-control-chars"]
    assert has_control_chars("a\x07b.jpg") and has_control_chars(f"x{RLO}.jpg")
    assert not has_control_chars("\u0645\u062a\u062d\u0641.jpg")  # Arabic is fine


def test_every_code_media_produces_is_declared_in_core():
    produced = {"file-missing", "file-unreadable", "file-empty", "file-unknown-type",
                "file-truncated", "file-corrupt", "file-too-many-pixels", "extension-mismatch",
                "exif-unreadable", "exif-value-ignored", "file-name-control-chars",
                "date-only-modified",
                "rotate-unsupported", "rotate-failed"}     # the turned copy sent (localfiles.py)
    source = "".join(p.read_text() for p in Path(read_facts.__code__.co_filename).parent.glob("*.py"))
    found = {code for code in CODES if f'"{code}"' in source}
    assert produced <= set(CODES) and found == produced


def test_garbage_exif_jpeg_still_gives_size_and_hash(tmp_path):
    facts = read_facts(make_garbage_exif_jpeg(tmp_path / "g.jpg"))
    assert facts.width == 64 and facts.sha1
    assert set(codes(facts)) == {"exif-value-ignored"}


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from([b"", b"\xff\xd8\xff\xe1", b"\x89PNG\r\n\x1a\n", b"II*\x00",
                               b"MM\x00*", b"GIF89a", b"RIFF\x00\x00\x00\x00WEBP", b"<svg"]),
       body=st.binary(max_size=600),
       name=st.sampled_from(["x.jpg", "x.png", "x.tif", "x"]))
def test_random_bytes_never_make_read_facts_raise(tmp_path, prefix, body, name):
    path = tmp_path / name
    path.write_bytes(prefix + body)
    facts = read_facts(str(path))
    assert all(p.code in CODES for p in facts.problems)
    assert facts.sha1 == hashlib.sha1(prefix + body).hexdigest() or facts.size == 0
