"""The batch as a spreadsheet and back (issue 11): only the cells changed change anything."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glamuploader.cli import main
from glamuploader.core import tablerows
from glamuploader.core.batch import Batch
from glamuploader.core.item import FileFacts, MediaItem, Metadata
from glamuploader.core.kit import Kit
from glamuploader.store.batchfile import load_batch, save_batch
from glamuploader.store.tables import read_table
from glamuploader.store.tablewrite import write_table


def _batch(tmp_path) -> str:
    items = [MediaItem(str(tmp_path / f"A0000{n}.jpg"), FileFacts(size=10, sha1=f"{n:040x}", mime="image/jpeg", kind="jpg"),
                       Metadata(title=f"Drawing {n}", license="cc0", descriptions={"en": f"Sketch {n}", "ru": f"Эскиз {n}"},
                                categories=["Robert Blake", "Drawings in the Tate"],
                                fields={"accession number": f"A0000{n}", "date": "c.1785"}))
             for n in range(1, 4)]
    path = str(tmp_path / "tate.glam.yaml")
    save_batch(Batch(items=items, kit=Kit(description_template="Artwork"), path=path))
    return path


def test_three_cells_changed_in_excel_change_exactly_those_three_fields(tmp_path, capsys):
    path = _batch(tmp_path)
    sheet = str(tmp_path / "tate.xlsx")
    assert main(["table", "export", path, "-o", sheet]) == 0
    before = load_batch(path)
    book = openpyxl.load_workbook(sheet)
    ws = book.active
    headers = [c.value for c in ws[1]]
    assert {"file", "title", "description:en", "description:ru", "categories", "field:accession number",
            "field:artist", "field:medium", "field:credit line"} <= set(headers)   # empty ones too
    col = {h: n + 1 for n, h in enumerate(headers)}
    ws.cell(row=2, column=col["field:medium"], value="Graphite on paper")       # an empty field filled
    ws.cell(row=3, column=col["description:ru"]).value = None                   # a field emptied
    ws.cell(row=4, column=col["categories"], value="Robert Blake\nWatercolours")  # a list changed
    book.save(sheet)
    capsys.readouterr()
    assert main(["table", "import", path, sheet]) == 0
    said = capsys.readouterr().out
    assert "row 2, column field:medium: A00001.jpg → Graphite on paper" in said
    assert "row 3, column description:ru: A00002.jpg → (emptied)" in said
    assert "3 cell(s) changed in 3 file(s)" in said
    after = load_batch(path)
    changed = {(i.name, k) for i, j in zip(before.items, after.items)
               for k in ("title", "license", "categories") if getattr(i.meta, k) != getattr(j.meta, k)}
    changed |= {(i.name, f"description:{lang}") for i, j in zip(before.items, after.items)
                for lang in {*i.meta.descriptions, *j.meta.descriptions}
                if i.meta.descriptions.get(lang) != j.meta.descriptions.get(lang)}
    changed |= {(i.name, f"field:{name}") for i, j in zip(before.items, after.items)
                for name in {*i.meta.fields, *j.meta.fields} if i.meta.fields.get(name) != j.meta.fields.get(name)}
    assert changed == {("A00001.jpg", "field:medium"), ("A00002.jpg", "description:ru"), ("A00003.jpg", "categories")}
    assert after.items[2].meta.categories == ["Robert Blake", "Watercolours"]


def test_cells_a_spreadsheet_would_run_are_written_as_text(tmp_path):
    path = _batch(tmp_path)
    batch = load_batch(path)
    batch.items[0].meta.descriptions["en"] = "=HYPERLINK(\"http://evil.example\",\"click\")"
    batch.items[1].meta.fields["notes"] = "+1 more sheet"
    save_batch(batch)
    assert main(["table", "export", path, "-o", str(tmp_path / "t.xlsx")]) == 0
    assert main(["table", "export", path, "-o", str(tmp_path / "t.csv")]) == 0
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith(("=", "+"))]
    assert cells and all(c.data_type == "s" for c in cells)
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as fh:
        text_cells = [c for row in csv.reader(fh) for c in row]
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in text_cells and "'+1 more sheet" in text_cells
    assert main(["table", "import", path, str(tmp_path / "t.csv")]) == 0      # and back: no change
    assert load_batch(path).items[0].meta.descriptions["en"].startswith("=HYPERLINK")


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30).map(str.strip)
_name = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=";\n"), min_size=1,
                max_size=20).map(str.strip).filter(bool)


@st.composite
def batches(draw):
    n = draw(st.integers(1, 5))
    items = []
    for k in range(n):
        meta = Metadata(title=draw(_text), author=draw(_text), date=draw(_text),
                        descriptions=draw(st.dictionaries(st.sampled_from(["en", "ru", "tt", "ar"]),
                                                          _text.filter(bool), max_size=3)),
                        categories=draw(st.lists(_name, max_size=3, unique=True)),
                        fields=draw(st.dictionaries(st.sampled_from(["accession number", "medium", "date"]),
                                                    _text.filter(bool), max_size=3)))
        items.append(MediaItem(f"/scans/file{k}.jpg", FileFacts(size=1), meta))
    return Batch(items=items, kit=Kit(), path="/scans/b.glam.yaml")


@pytest.mark.parametrize("kind", [".xlsx", ".csv", ".ods"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=batches())
def test_any_batch_goes_out_and_comes_back_unchanged(tmp_path, kind, batch):
    headers = tablerows.columns(batch)
    rows = [[tablerows.cell(i, h) for h in headers] for i in batch.items]
    sheet = str(tmp_path / f"round{kind}")
    write_table(sheet, headers, rows)
    table = read_table(sheet)
    back = table.rows
    if table.delimiter:
        back = [[tablerows.from_text_cell(c) for c in row] for row in back]
    found, strays = tablerows.changes(batch, table.headers, back)
    assert (found, strays) == ([], [])


def test_the_xlsx_export_carries_the_thumbnails_the_app_made(tmp_path, monkeypatch, capsys):
    from corpus import make_jpeg

    from glamuploader.media.thumbnails import thumbnail
    from glamuploader.paths import thumbnail_dir
    monkeypatch.setenv("GLAMUPLOADER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "scans"
    folder.mkdir()
    for n in range(3):
        make_jpeg(folder / f"A0000{n}.jpg", size=(120 + 10 * n, 90))
    path = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(folder), "-o", path, "--quiet"]) == 0
    batch = load_batch(path)
    for item in batch.items[:2]:                         # the window made two of the three
        assert thumbnail(item.path, item.facts.sha1, thumbnail_dir())
    sheet = tmp_path / "b.xlsx"
    assert main(["table", "export", path, "-o", str(sheet)]) == 0
    ws = openpyxl.load_workbook(sheet).active
    assert len(ws._images) == 2 and ws.cell(row=1, column=1).value == "thumbnail"
    assert [c.value for c in ws[1]][1] == "file name"


def test_rows_matched_in_order_when_asked(tmp_path, capsys):
    from corpus import make_jpeg
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("scan-b.jpg", "scan-a.jpg"):
        make_jpeg(folder / name, size=(40, 30))
    sheet = tmp_path / "list.csv"
    sheet.write_text("object title\nThe first\nThe second\nThe third\n", encoding="utf-8")
    path = str(tmp_path / "o.glam.yaml")
    assert main(["import", str(folder), "-o", path, "--table", str(sheet), "--by-order"]) == 0
    said = capsys.readouterr()
    assert "2 file(s) matched to a row in order" in said.out and "1 row(s) have no file: row 4" in said.err
    titles = {i.name: i.meta.fields.get("title") for i in load_batch(path).items}
    assert titles == {"scan-a.jpg": "The first", "scan-b.jpg": "The second"}   # the files in batch order
