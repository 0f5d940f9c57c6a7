"""Bad input at scale: a folder of every kind of bad file imports in one go, each bad file
named with its own problem; names that are not text keep their exact bytes; absurd EXIF
values are dropped and reported; nothing raises and nothing hangs."""
from __future__ import annotations

import hashlib
import os
import threading

import pytest
from corpus import (EXIF_IFD, GPS_IFD, NON_UTF8_NAMES, TRICKY_NAMES, has_controls, jpeg_bytes,
                    make_bad_folder, make_jpeg, make_raw_named, unique_jpeg)
from PIL.TiffImagePlugin import IFDRational

from glamuploader.core.item import GeoPoint
from glamuploader.core.problems import CODES, Severity
from glamuploader.media.facts import read_facts
from glamuploader.media.hashing import sha1_file
from glamuploader.media.importer import import_paths
from glamuploader.media.thumbnails import embedded_thumbnail, make_thumbnails, thumbnail


def codes(item) -> list[str]:
    return [p.code for p in item.facts.problems]


def test_a_folder_of_two_hundred_bad_and_good_files_imports_in_one_go(tmp_path):
    expected = make_bad_folder(tmp_path / "mixed")
    assert len(expected) >= 200
    progress: list[tuple[int, int]] = []
    items = import_paths([str(tmp_path / "mixed")], workers=4,
                         on_progress=lambda done, total: progress.append((done, total)))
    assert sorted(i.path for i in items) == sorted(expected)          # every file, once
    assert progress[-1] == (len(expected), len(expected))
    for item in items:
        want = expected[item.path]
        assert all(p.item == item.path for p in item.facts.problems)  # named with its own file
        if want is None:
            errors = [c for c in codes(item) if CODES[c] is Severity.ERROR]
            assert not errors, (item.path, errors)
            assert len(item.facts.sha1) == 40
        else:
            assert want in codes(item), (item.path, codes(item))


def test_thumbnails_of_the_bad_folder_are_made_for_good_files_and_refused_for_bad_ones(tmp_path):
    expected = make_bad_folder(tmp_path / "mixed", copies=2)
    items = import_paths([str(tmp_path / "mixed")], workers=4)
    made = make_thumbnails(items, str(tmp_path / "cache"), size=64, workers=4)
    for item, thumb in zip(items, made):
        kind = expected[item.path]
        if kind is None or kind in ("file-name-control-chars", "extension-mismatch"):
            assert thumb is not None and os.path.getsize(thumb) > 0, item.path
        elif kind in ("file-empty", "file-unknown-type", "file-too-many-pixels", "file-corrupt",
                      "file-missing", "file-unreadable"):
            assert thumb is None, item.path


def test_a_fifo_or_a_symlink_loop_named_like_a_photo_never_blocks_a_worker(tmp_path):
    if not hasattr(os, "mkfifo"):   # no FIFOs among files on this system: nothing can block
        return
    os.mkfifo(tmp_path / "pipe.jpg")
    os.symlink(tmp_path / "b.jpg", tmp_path / "a.jpg")
    os.symlink(tmp_path / "a.jpg", tmp_path / "b.jpg")
    results: dict[str, object] = {}

    def read_everything(path: str) -> None:
        try:
            sha1_file(path)
        except OSError as exc:
            results[path + " sha1"] = exc.strerror
        results[path] = (embedded_thumbnail(path), thumbnail(path, "f" * 40, str(tmp_path / "c")),
                         codes_of(path))

    for name in ("pipe.jpg", "a.jpg"):
        path = str(tmp_path / name)
        worker = threading.Thread(target=read_everything, args=(path,), daemon=True)
        worker.start()
        worker.join(timeout=20)
        assert not worker.is_alive(), f"reading {name} blocked"
        assert results[path] == (None, None, ["file-unreadable"])
    assert results[str(tmp_path / "pipe.jpg") + " sha1"] == "not a regular file"


def codes_of(path: str) -> list[str]:
    return [p.code for p in read_facts(path).problems]


@pytest.mark.parametrize("raw", NON_UTF8_NAMES, ids=lambda raw: raw.decode("latin-1"))
def test_a_name_that_is_not_utf8_is_imported_with_its_exact_bytes_and_flagged(tmp_path, raw):
    data = unique_jpeg(jpeg_bytes(), len(raw))
    path = make_raw_named(tmp_path, raw, data)
    assert os.path.basename(path) in os.listdir(tmp_path)
    (item,) = import_paths([str(tmp_path)])
    assert os.fsencode(item.path) == os.path.join(os.fsencode(str(tmp_path)), raw)
    assert item.facts.sha1 == hashlib.sha1(data).hexdigest()
    assert (item.facts.width, item.facts.height) == (32, 24)
    assert codes(item) == ["file-name-control-chars"]


def test_tricky_names_are_imported_and_only_those_hiding_characters_are_flagged(tmp_path):
    jpeg = jpeg_bytes()
    for n, name in enumerate(TRICKY_NAMES):
        (tmp_path / name).write_bytes(unique_jpeg(jpeg, n))
    items = import_paths([str(tmp_path)])
    assert sorted(os.path.basename(i.path) for i in items) == sorted(TRICKY_NAMES)
    for item in items:
        flagged = "file-name-control-chars" in codes(item)
        assert flagged == has_controls(os.path.basename(item.path)), repr(item.path)
        assert len(item.facts.sha1) == 40


# --- absurd EXIF values, in real files read through exifread --------------------------------

ABSURD = {
    "year 0001 is before photography": (
        dict(taken="0001:01:01 00:00:00"), {"taken": None},
        {"EXIF DateTimeOriginal": "taken", "EXIF DateTimeDigitized": "taken"}),
    "30 February": (
        dict(taken="2023:02:30 10:00:00"), {"taken": None},
        {"EXIF DateTimeOriginal": "taken", "EXIF DateTimeDigitized": "taken"}),
    "year 9999 is kept (the check warns it is in the future) but offset +25:00 is not": (
        dict(taken="9999:12:31 23:59:59", offset="+25:00"), {"taken": "9999-12-31T23:59:59"},
        {"EXIF OffsetTimeOriginal": "taken"}),
    "a date stored as a number": (
        dict(taken=None, offset=None, raw={(EXIF_IFD, 0x9003): 20240501}), {"taken": None},
        {"EXIF DateTimeOriginal": "taken"}),
    "latitude 91 with well-formed rationals": (
        dict(gps=(91.0, 10.0, None, None)), {"gps": None}, {"GPS GPSLatitude": "gps"}),
    "longitude 181": (
        dict(gps=(10.0, 181.0, None, None)), {"gps": None}, {"GPS GPSLongitude": "gps"}),
    "a latitude of five parts": (
        dict(gps=(10.0, 20.0, None, None),
             raw={(GPS_IFD, 2): tuple(IFDRational(1, 1) for _ in range(5))}),
        {"gps": None}, {"GPS GPSLatitude": "gps"}),
    "latitude reference Q": (
        dict(gps=(10.0, 20.0, None, None), raw={(GPS_IFD, 1): "Q"}), {"gps": None},
        {"GPS GPSLatitude": "gps"}),
    "altitude of a billion metres, the position kept": (
        dict(gps=(10.0, 20.0, None, None), raw={(GPS_IFD, 6): IFDRational(10**9, 1)}),
        {"gps": GeoPoint(10.0, 20.0)}, {"GPS GPSAltitude": "gps"}),
    "zero denominators everywhere": (
        dict(gps=(10.0, 20.0, None, None),
             raw={(GPS_IFD, 2): (IFDRational(5, 0), IFDRational(0, 0), IFDRational(0, 0)),
                  (GPS_IFD, 17): IFDRational(3, 0)}),
        {"gps": None}, {"GPS GPSLatitude": "gps"}),
    "a 64 KB artist": (
        dict(artist="A" * 65_000), {"artist": None}, {"Image Artist": "artist"}),
    "a 64 KB camera model": (
        dict(model="M" * 65_000), {"camera_model": None}, {"Image Model": "camera_model"}),
    "orientation 65535": (
        dict(orientation=65535), {"orientation": None}, {"Image Orientation": "orientation"}),
}


@pytest.mark.parametrize("case", list(ABSURD))
def test_an_absurd_exif_value_is_dropped_and_reported_the_rest_kept(tmp_path, case):
    made, facts_expected, ignored_expected = ABSURD[case]
    path = make_jpeg(tmp_path / "a.jpg", size=(16, 16), with_thumbnail=False, **made)
    facts = read_facts(path)
    for name, value in facts_expected.items():
        assert getattr(facts, name) == value, name
    ignored = {p.params["tag"]: p.field for p in facts.problems if p.code == "exif-value-ignored"}
    assert ignored == ignored_expected
    assert all(p.item == path and len(p.params["value"]) <= 80 for p in facts.problems)
    assert facts.width == 16 and len(facts.sha1) == 40
    untouched = {"taken", "gps", "artist", "camera_model", "orientation"} - set(facts_expected)
    defaults = {"taken": "2024-05-01T14:03:22+03:00", "artist": "Jane Doe", "camera_model": "EOS",
                "orientation": 1, "gps": GeoPoint(41.0082, 28.9784, 39.0, 123.5)}
    for name in untouched:
        assert getattr(facts, name) == defaults[name], name
