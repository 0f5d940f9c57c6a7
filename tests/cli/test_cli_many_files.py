"""A batch of many files: the same problem on 95 files is one line with the count and names,
and the CSV report tells the structured data apart from the upload (issue 10, point 11)."""
from __future__ import annotations

import csv
import io
import json

import pytest
from corpus import jpeg_bytes, unique_jpeg

from glamuploader.cli import main
from glamuploader.core.item import ItemState, UploadRecord
from glamuploader.store.batchfile import load_batch, save_batch


def _walk(tmp_path, n: int) -> str:
    folder = tmp_path / "walk"
    folder.mkdir()
    jpeg = jpeg_bytes((32, 24))
    for i in range(1, n + 1):
        (folder / f"IMG_{i:04d}.jpg").write_bytes(unique_jpeg(jpeg, i))
    path = str(tmp_path / "walk.glam.yaml")
    assert main(["import", str(folder), "-o", path, "--quiet"]) == 0
    batch = load_batch(path)
    batch.kit.title_pattern = "Kazan Kremlin walk {n:03}"
    batch.kit.author, batch.kit.categories = "Aygul", ["Kazan Kremlin"]
    if n > 41:
        batch.items[41].meta.date = "yesterday"      # one file's own problem
    save_batch(batch)
    return path


def test_check_says_a_problem_of_many_files_once_with_the_count_and_the_names(tmp_path, capsys):
    path = _walk(tmp_path, 95)
    capsys.readouterr()
    assert main(["check", path]) == 1
    lines = capsys.readouterr().out.splitlines()
    licence = [line for line in lines if "No licence is chosen" in line]
    assert licence == ["error   [license] No licence is chosen. Choose the licence the author gave: "
                       "95 files (IMG_0001.jpg, IMG_0002.jpg, IMG_0003.jpg, … and 92 more)"]
    own = lines.index(str(tmp_path / "walk" / "IMG_0042.jpg"))   # its own problem, under it
    assert "\u201cyesterday\u201d is not a date" in lines[own + 1]
    assert len(lines) < 12                                       # not 95 × the same words
    assert lines[-1].startswith("95 file(s): 96 error(s), ")

    assert main(["check", path, "--json"]) == 1                  # scripts: one entry per file
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert sum(p["code"] == "license-missing" for p in problems) == 95


@pytest.mark.wiki
def test_check_online_says_a_category_missing_on_the_wiki_once_for_all_its_files(
        sandbox, sandbox_categories, tmp_path, capsys):
    path = _walk(tmp_path, 5)
    batch = load_batch(path)
    batch.kit.categories = ["Kazan Kremlin at dusk"]
    save_batch(batch)
    capsys.readouterr()
    main(["check", path, "--online", "--wiki", "sandbox"])
    lines = [line for line in capsys.readouterr().out.splitlines() if "Kazan Kremlin at dusk" in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("warning [categories] There is no category \u201cKazan Kremlin at dusk\u201d")
    assert lines[0].endswith(": 5 files (IMG_0001.jpg, IMG_0002.jpg, IMG_0003.jpg, … and 2 more)")


def test_the_csv_report_has_a_column_for_the_structured_data(tmp_path, capsys):
    path = _walk(tmp_path, 6)
    batch = load_batch(path)
    done = dict(page_title="File:A.jpg", page_id=7, url="http://wiki/File:A.jpg",
                uploaded_at="2026-05-14T10:00:00Z")
    records = [
        UploadRecord(state=ItemState.UPLOADED, sdc_done=True, mid="M7", **done),
        UploadRecord(state=ItemState.UPLOADED, error="no-structured-data",
                     error_info="Unrecognized value for parameter \"action\": wbeditentity.", **done),
        UploadRecord(state=ItemState.SDC_PENDING, error="network", error_info="ConnectionError",
                     mid="M7", **done),
        UploadRecord(state=ItemState.FAILED, error="title-exists", error_info="File exists"),
        UploadRecord(state=ItemState.DUPLICATE, page_title="File:B.jpg", page_id=8,
                     url="http://wiki/File:B.jpg"),
        UploadRecord(),
    ]
    for item, record in zip(batch.items, records):
        item.upload = record
    save_batch(batch)
    report = tmp_path / "report.csv"
    assert main(["report", path, "-o", str(report)]) == 0
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["file", "sha1", "state", "title", "url", "page_id", "uploaded_at",
                             "error", "error_info", "structured_data"]
    assert [(r["state"], r["error"], r["structured_data"]) for r in rows] == [
        ("uploaded", "", "written"),
        ("uploaded", "", "not written: the wiki has no structured data"),
        ("sdc-pending", "network", "pending: network (ConnectionError)"),
        ("failed", "title-exists", ""),
        ("duplicate", "", ""),
        ("new", "", ""),
    ]
    assert rows[1]["error_info"] == "" and rows[3]["error_info"] == "File exists"


def test_files_gone_from_the_disk_are_one_line_too(tmp_path, capsys):
    path = _walk(tmp_path, 6)
    for n in range(1, 5):
        (tmp_path / "walk" / f"IMG_{n:04d}.jpg").unlink()
    capsys.readouterr()
    assert main(["check", path]) == 1
    lines = capsys.readouterr().out.splitlines()
    gone = [line for line in lines if "not there any more" in line]
    assert len(gone) == 1 and gone[0].endswith(": 4 files (IMG_0001.jpg, IMG_0002.jpg, IMG_0003.jpg, … and 1 more)")
