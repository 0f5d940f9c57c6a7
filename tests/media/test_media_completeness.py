"""A file cut short is an error (it would go up broken); a whole file is never called cut."""
from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from corpus import make_gif, make_jpeg, make_png, make_tiff, make_webp, pattern
from PIL import ImageFile

from glamuploader import messages
from glamuploader.core.problems import Severity
from glamuploader.media.facts import read_facts

#: what a phone appends after a JPEG's end: a vendor trailer, then a video (no zeros at the end)
TRAILER = b"SEFH" + bytes((i * 7919) % 251 for i in range(4000)).replace(b"\xff", b"\xfe")


def codes(facts) -> list[str]:
    return [p.code for p in facts.problems]


def whole_jpeg(path: Path, *, progressive: bool = False) -> bytes:
    buf = io.BytesIO()
    pattern((800, 600)).save(buf, "JPEG", quality=90, progressive=progressive)
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


# --- false alarms: whole files ---------------------------------------------------------------

def test_a_whole_40_kib_jpeg_with_exif_and_thumbnail_is_not_cut_short(tmp_path):
    path = make_jpeg(tmp_path / "small.jpg", size=(900, 700), quality=92, with_thumbnail=True)
    assert 32 * 1024 < Path(path).stat().st_size < 64 * 1024
    assert codes(read_facts(path)) == []


def test_a_whole_40_kib_jpeg_followed_by_a_trailer_is_not_cut_short(tmp_path):
    """Its only end marker lies within the first 64 KiB, as does the thumbnail's: it is the
    one after the picture data that counts, not where it lies in the file."""
    path = Path(make_jpeg(tmp_path / "small.jpg", size=(900, 700), quality=92))
    path.write_bytes(path.read_bytes() + TRAILER)
    assert path.stat().st_size < 64 * 1024
    assert codes(read_facts(str(path))) == []


def test_a_jpeg_followed_by_a_trailer_longer_than_the_blocks_kept_is_not_cut_short(tmp_path):
    path = tmp_path / "motion.jpg"
    data = whole_jpeg(path)
    path.write_bytes(data + b"\x00\x00\x00\x18ftypmp42" + TRAILER * 700)   # 2.8 MB of "video"
    assert codes(read_facts(str(path))) == []


def test_a_whole_jpeg_is_never_decoded_on_import(tmp_path, monkeypatch):
    """Decoding costs about ten times the SHA-1: only files the cheap checks doubt pay it."""
    path = Path(make_jpeg(tmp_path / "a.jpg", size=(900, 700)))
    path.write_bytes(path.read_bytes() + TRAILER)

    def no_decoding(self, *args, **kwargs):
        raise AssertionError("the import decoded pixels")
    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    assert codes(read_facts(str(path))) == []


def test_whole_png_gif_tiff_and_webp_files_are_not_cut_short(tmp_path):
    for path in (make_png(tmp_path / "a.png"), make_gif(tmp_path / "a.gif"),
                 make_tiff(tmp_path / "a.tif"), make_webp(tmp_path / "a.webp")):
        assert codes(read_facts(path)) == [], path
    png, gif = Path(tmp_path / "a.png"), Path(tmp_path / "a.gif")
    png.write_bytes(png.read_bytes() + TRAILER * 600)     # data after IEND, past the blocks kept
    gif.write_bytes(gif.read_bytes() + b"\r\n" + TRAILER)  # junk after the trailer
    assert codes(read_facts(str(png))) == [] and codes(read_facts(str(gif))) == []


# --- real damage: cut files ------------------------------------------------------------------

@pytest.mark.parametrize("progressive", [False, True], ids=["baseline", "progressive"])
def test_a_jpeg_cut_in_the_middle_of_its_picture_data_is_an_error_naming_the_file(tmp_path,
                                                                                   progressive):
    path = tmp_path / "IMG_0042.jpg"
    data = whole_jpeg(path, progressive=progressive)
    path.write_bytes(data[:len(data) // 2])
    facts = read_facts(str(path))
    [problem] = facts.problems
    assert problem.code == "file-truncated" and problem.item == str(path)
    assert problem.severity is Severity.ERROR and problem.is_error
    assert "cut short" in messages.problem_text(problem.code, problem.params)
    assert facts.width == 800 and len(facts.sha1) == 40


def test_a_jpeg_cut_and_padded_with_zeros_to_its_old_size_is_an_error(tmp_path):
    """A copy that stopped part-way into a file made at full size: zeros, no end marker."""
    path = tmp_path / "padded.jpg"
    data = whole_jpeg(path)
    path.write_bytes(data[:len(data) // 2].ljust(len(data), b"\x00"))
    facts = read_facts(str(path))
    assert codes(facts) == ["file-truncated"] and facts.problems[0].is_error


def test_a_small_jpeg_cut_before_its_end_is_an_error_though_its_thumbnail_ends_properly(tmp_path):
    data = Path(make_jpeg(tmp_path / "a.jpg", size=(900, 700), with_thumbnail=True)).read_bytes()
    (tmp_path / "cut.jpg").write_bytes(data[:len(data) - 3000])
    facts = read_facts(str(tmp_path / "cut.jpg"))
    assert codes(facts) == ["file-truncated"] and facts.problems[0].is_error


def test_cut_png_gif_tiff_and_webp_files_are_errors(tmp_path):
    made = {"png": make_png(tmp_path / "a.png", size=(300, 200)),
            "gif": make_gif(tmp_path / "a.gif", size=(300, 200)),
            "tif": make_tiff(tmp_path / "a.tif", size=(300, 200)),
            "webp": make_webp(tmp_path / "a.webp", size=(300, 200))}
    for kind, path in made.items():
        data = Path(path).read_bytes()
        cut = tmp_path / f"cut.{kind}"
        cut.write_bytes(data[:len(data) * 2 // 3])
        facts = read_facts(str(cut))
        assert codes(facts) == ["file-truncated"], (kind, codes(facts))
        assert facts.problems[0].is_error


def test_a_tiff_whose_strips_run_past_its_end_is_an_error(tmp_path):
    """Pillow writes the directory first: the cut leaves it whole, only the strips tell."""
    path = tmp_path / "strips.tif"
    pattern((300, 200)).save(path, "TIFF", rowsperstrip=8)
    (ifd,) = struct.unpack_from("<I", path.read_bytes(), 4)
    assert ifd == 8
    whole = path.read_bytes()
    path.write_bytes(whole[:len(whole) - 5000])
    facts = read_facts(str(path))
    assert codes(facts) == ["file-truncated"] and facts.width == 300
