"""Batch and kit files: what a user saves comes back whole; what is broken is named with its line."""
from __future__ import annotations

import os

import pytest

from glamuploader.core.batch import Batch
from glamuploader.core.item import FileFacts, GeoPoint, ItemState, MediaItem, Metadata, UploadRecord
from glamuploader.core.kit import Kit
from glamuploader.store.batchfile import load_batch, save_batch
from glamuploader.store.errors import FileFormatError
from glamuploader.store.kitfile import load_kit, save_kit


def _batch(folder) -> Batch:
    photos = folder / "photos"
    photos.mkdir(exist_ok=True)
    item = MediaItem(
        path=str(photos / "Kazan Kremlin.jpg"),
        facts=FileFacts(size=1234, sha1="a" * 40, mime="image/jpeg", kind="jpg", width=640, height=480,
                        taken="2024-05-01T14:03:22+03:00", gps=GeoPoint(55.7985, 49.1064, 60.0, 123.5)),
        meta=Metadata(title="Kazan Kremlin | north wall", descriptions={"tt": "Казан Кремле", "ar": "كرملين قازان"},
                      categories=["Kazan Kremlin"], depicts=["Q1056"], license="cc-by-sa-4.0",
                      fields={"accession number": "KP-1/23"}),
        upload=UploadRecord(state=ItemState.UPLOADED, page_title="File:Kazan Kremlin.jpg", page_id=7,
                            url="http://127.0.0.1/index.php/File:Kazan_Kremlin.jpg"))
    kit = Kit(name="Wiki-excursion", license="cc-by-sa-4.0", categories=["Wiki-excursion 2026"],
              tracking_category=False, fields={"event": "Excursion"})
    return Batch(items=[item], kit=kit, target="sandbox", path=str(folder / "event.glam.yaml"))


def test_saved_batch_loads_back_with_every_field(tmp_path):
    batch = _batch(tmp_path)
    save_batch(batch)
    again = load_batch(batch.path)
    assert again.items == batch.items
    assert again.kit == batch.kit
    assert again.target == "sandbox"


def test_item_paths_are_relative_to_the_batch_file_so_the_folder_can_move(tmp_path):
    (tmp_path / "a").mkdir()
    batch = _batch(tmp_path / "a")
    save_batch(batch)
    assert "path: photos/Kazan Kremlin.jpg" in open(batch.path, encoding="utf-8").read()
    os.rename(tmp_path / "a", tmp_path / "b")
    moved = load_batch(str(tmp_path / "b" / "event.glam.yaml"))
    assert moved.items[0].path == str(tmp_path / "b" / "photos" / "Kazan Kremlin.jpg")


def test_save_leaves_no_temporary_files_and_replaces_the_old_file(tmp_path):
    batch = _batch(tmp_path)
    save_batch(batch)
    batch.items[0].meta.title = "Changed"
    save_batch(batch)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event.glam.yaml", "event.glam.yaml.bak", "photos"]
    assert load_batch(batch.path).items[0].meta.title == "Changed"


def test_an_interrupted_upload_is_loaded_as_not_uploaded(tmp_path):
    batch = _batch(tmp_path)
    batch.items[0].upload = UploadRecord(state=ItemState.UPLOADING)
    save_batch(batch)
    assert load_batch(batch.path).items[0].upload.state is ItemState.NEW


@pytest.mark.parametrize(("text", "code", "line"), [
    ("kind: glamuploader-batch\nformat: 1\nitems:\n  - path: a.jpg\n    meta: {title: [unclosed\n", "yaml-syntax", 6),
    ("kind: glamuploader-batch\nformat: 7\nitems: []\n", "format-unknown", 1),
    ("just text\n", "wrong-kind", None),
    ("kind: glamuploader-batch\nformat: 1\nitems:\n  - path: a.jpg\n    meta:\n      categories: 5\n", "field-invalid", 6),
    ("kind: glamuploader-batch\nformat: 1\nitems:\n  - path: !!python/object/apply:os.system ['true']\n", "yaml-unsafe", 4),
    ("kind: glamuploader-batch\nformat: 1\nx: &a [1]\nitems: *a\n", "yaml-alias", 4),
    ("kind: glamuploader-batch\nformat: 1\nitems:\n  - meta: {}\n", "field-invalid", 4),
    # a turn by hand that no orientation tag can give (issue 13)
    ("kind: glamuploader-batch\nformat: 1\nitems:\n  - path: a.jpg\n    meta:\n      rotate: 45\n", "field-invalid", 6),
])
def test_broken_batch_file_is_reported_with_its_path_and_line(tmp_path, text, code, line):
    path = tmp_path / "broken.glam.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError) as err:
        load_batch(str(path))
    assert err.value.code == code
    assert err.value.path == str(path)
    assert err.value.line == line
    assert str(path) in str(err.value)


def test_missing_and_non_utf8_batch_files_are_named(tmp_path):
    with pytest.raises(FileFormatError) as err:
        load_batch(str(tmp_path / "nope.glam.yaml"))
    assert err.value.code == "not-found"
    bad = tmp_path / "latin1.glam.yaml"
    bad.write_bytes(b"kind: glamuploader-batch\nformat: 1\nitems:\n - path: caf\xe9.jpg\n")
    with pytest.raises(FileFormatError) as err:
        load_batch(str(bad))
    assert (err.value.code, err.value.line) == ("unreadable", 4)


def test_kit_round_trip_and_unknown_kit_field_is_named(tmp_path):
    kit = Kit(name="Photo walk", license="cc-by-4.0", author="[[User:Aygul|Aygul]]",
              categories=["Photo walk Ufa 2026"], descriptions={"ba": "Өфө"}, tracking_category=False)
    path = save_kit(kit, str(tmp_path / "walk.kit.yaml"))
    assert load_kit(path) == kit
    (tmp_path / "typo.kit.yaml").write_text("kind: glamuploader-kit\nformat: 1\nlicence: cc0\n")
    with pytest.raises(FileFormatError) as err:
        load_kit(str(tmp_path / "typo.kit.yaml"))
    assert err.value.code == "field-invalid" and err.value.params["field"] == "licence"


def test_a_damaged_batch_file_is_replaced_by_its_last_good_copy_and_kept_aside(tmp_path):
    batch = _batch(tmp_path)
    save_batch(batch)
    damaged = open(batch.path, encoding="utf-8").read()
    with open(batch.path, "w", encoding="utf-8") as fh:   # e.g. a disk error or a broken hand edit
        fh.write(damaged[: len(damaged) // 2] + "\n  - path: [unclosed\n")
    again = load_batch(batch.path)
    assert again.items == batch.items
    assert again.recovered is not None and again.recovered.code == "yaml-syntax"
    kept = again.recovered.damaged
    assert os.path.basename(kept).startswith("event.glam.yaml.damaged-")
    assert "[unclosed" in open(kept, encoding="utf-8").read()
    assert load_batch(batch.path).recovered is None        # the file itself is whole again


def test_without_a_good_copy_the_damage_is_reported_as_it_is(tmp_path):
    path = tmp_path / "b.glam.yaml"
    path.write_text("kind: glamuploader-batch\nformat: 1\nitems: [\n", encoding="utf-8")
    with pytest.raises(FileFormatError) as err:
        load_batch(str(path))
    assert err.value.code == "yaml-syntax"
