"""Big scans are not decompression bombs, and get thumbnails without being decoded whole."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import make_bomb_png, make_raw_tiff, make_sparse_tiff, pattern
from PIL import Image

from glamuploader.media import thumbnails
from glamuploader.media.facts import read_facts
from glamuploader.media.header import PIXEL_LIMIT
from glamuploader.media.thumbnails import render

#: just over the pixel count that alone made a file a "bomb" (twice Pillow's limit), 1 byte a
#: pixel: 180 MB as the file says, written sparsely (about 10 MB on disk)
SIDE = 13_400
CORNER = SIDE // 8


@pytest.fixture(scope="module")
def big_scan(tmp_path_factory):
    path = make_sparse_tiff(tmp_path_factory.mktemp("scan") / "map.tif", SIDE, SIDE,
                            white_corner=CORNER)
    assert SIDE * SIDE > PIXEL_LIMIT and os.path.getsize(path) > SIDE * SIDE
    yield path
    os.remove(path)


def test_a_big_uncompressed_scan_over_the_pixel_limit_is_not_a_bomb(big_scan):
    facts = read_facts(big_scan)
    assert [p.code for p in facts.problems] == []
    assert (facts.width, facts.height, facts.kind) == (SIDE, SIDE, "tif")


def test_a_big_scan_gets_a_thumbnail_in_bounded_memory(big_scan, tmp_path):
    """In a process of its own, to measure its peak memory: the whole image would be 180 MB;
    facts and thumbnail together stay far below (Python and Pillow themselves take ~40 MB)."""
    out = tmp_path / "thumb.png"
    # VmHWM, the peak of this process's own memory: ru_maxrss would carry the peak of the test
    # process it was forked from (Linux keeps it across exec), hundreds of MB in a full run
    script = ("import json, sys\n"
              "from glamuploader.media.facts import read_facts\n"
              "from glamuploader.media.thumbnails import render\n"
              "facts = read_facts(sys.argv[1])\n"
              "image = render(sys.argv[1], 256)\n"
              "image.save(sys.argv[2])\n"
              "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
              "print(json.dumps({'peak_kb': peak, 'codes': [p.code for p in facts.problems]}))\n")
    done = subprocess.run([sys.executable, "-c", script, big_scan, str(out)], capture_output=True,
                          text=True, timeout=120, check=True)
    report = json.loads(done.stdout)
    assert report["codes"] == []
    assert report["peak_kb"] < 120 * 1024, report   # the image alone would be 175 000 KB
    with Image.open(out) as thumb:
        assert thumb.size == (256, 256)
        assert thumb.getpixel((8, 8)) > 200               # the white corner, top left
        assert thumb.getpixel((128, 128)) < 30 and thumb.getpixel((250, 250)) < 30


def test_a_tiny_png_that_claims_30000_by_30000_pixels_is_still_a_bomb(tmp_path):
    path = make_bomb_png(tmp_path / "bomb.png")
    assert os.path.getsize(path) < 100_000
    facts = read_facts(path)
    assert [p.code for p in facts.problems] == ["file-too-many-pixels"]
    assert render(path, 64) is None


@pytest.mark.parametrize("mode", ["RGB", "L", "1", "I;16", "CMYK"])
@pytest.mark.parametrize("tile", [None, 128], ids=["strips", "tiles"])
def test_reading_a_few_rows_in_many_gives_the_thumbnail_decoding_gives(tmp_path, monkeypatch, mode,
                                                                       tile):
    """Above the decode limit a raw TIFF is read a few rows at a time: the picture is the same."""
    image = pattern((1000, 700))
    image = (image.convert("I").point(lambda v: v * 200).convert("I;16") if mode == "I;16"
             else image.convert(mode))
    path = make_raw_tiff(tmp_path / "scan.tif", image, tile=tile)
    with Image.open(path) as opened:
        assert len(opened.tile) > 40 and opened.tile[0][0] == "raw"
    whole = render(path, 64)
    a = whole.convert("L").tobytes()
    monkeypatch.setattr(thumbnails, "DECODE_LIMIT", 1000)

    def no_decoding(self, *args, **kwargs):
        raise AssertionError("the whole image was decoded")
    monkeypatch.setattr("PIL.ImageFile.ImageFile.load", no_decoding)
    sampled = render(path, 64)
    assert sampled is not None and sampled.size == whole.size == (64, 45)
    b = sampled.convert("L").tobytes()
    differences = sorted(abs(x - y) for x, y in zip(a, b))
    limit = 40 if mode == "1" else 12   # dithered dots, averaged differently
    assert differences[len(differences) // 2] <= limit, differences[-10:]


def test_a_compressed_tiff_over_the_decode_limit_gets_no_thumbnail_rather_than_all_memory(tmp_path,
                                                                                          monkeypatch):
    path = tmp_path / "lzw.tif"
    pattern((400, 300)).save(path, "TIFF", compression="tiff_lzw")
    monkeypatch.setattr(thumbnails, "DECODE_LIMIT", 1000)
    assert render(str(path), 64) is None
    assert Path(path).exists()
