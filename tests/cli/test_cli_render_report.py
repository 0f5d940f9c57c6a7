"""`render` shows the page that would be sent; `report` lists what happened, for spreadsheets."""
from __future__ import annotations

import csv
import io

from corpus import make_jpeg

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch


def _batch(tmp_path) -> str:
    folder = tmp_path / "p"
    folder.mkdir()
    make_jpeg(folder / "IMG_0001.jpg", size=(40, 30))
    make_jpeg(folder / "IMG_0002.jpg", size=(41, 30))
    path = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(folder), "-o", path, "--quiet"]) == 0
    batch = load_batch(path)
    batch.kit.title_pattern = "Bosphorus ferry {n:02}"
    batch.kit.license = "cc-by-4.0"
    batch.kit.categories = ["Ferries in Istanbul"]
    save_batch(batch)
    return path


def test_render_prints_each_page_and_one_with_item(tmp_path, capsys):
    path = _batch(tmp_path)
    capsys.readouterr()
    assert main(["render", path]) == 0
    out = capsys.readouterr().out
    assert out.count("{{Information") == 2 and "==== File:Bosphorus ferry 01.jpg" in out
    assert "{{Location|41.0082|28.9784|heading:123.5}}" in out       # from the photo's EXIF
    assert "[[Category:Ferries in Istanbul]]" in out
    assert main(["render", path, "--item", "IMG_0002.jpg"]) == 0
    one = capsys.readouterr().out
    assert one.count("{{Information") == 1 and "====" not in one
    assert main(["render", path, "--item", "nope.jpg"]) == 2
    assert "nope.jpg is not in" in capsys.readouterr().err


def test_report_is_csv_with_one_row_per_file(tmp_path, capsys):
    path = _batch(tmp_path)
    capsys.readouterr()
    out_file = tmp_path / "report.csv"
    assert main(["report", path, "--format", "csv", "-o", str(out_file)]) == 0
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert [r["state"] for r in rows] == ["new", "new"]
    assert all(len(r["sha1"]) == 40 for r in rows)
