"""A museum's export beside photos named by accession number (issue 11).

The export is made in the layout of Tate's published collection data (github.com/tate/collection,
``artwork_data.csv``, CC0): the same columns, in the same order, with rows like its first ones.
"""
from __future__ import annotations

import pytest
from corpus import jpeg_bytes, unique_jpeg
from museumdata import ROWS, RUSSIAN_HEADERS, TATE_HEADERS
from museumdata import export_csv as _csv

from glamuploader.cli import main
from glamuploader.core import tablemap
from glamuploader.store.batchfile import load_batch
from glamuploader.store.tables import read_table

def _photos(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    jpeg = jpeg_bytes((32, 24))
    for n, name in enumerate(["A00001.jpg", "A00001_8.jpg", "Tate A00003 recto.jpg", "IMG_9999.jpg"]):
        (folder / name).write_bytes(unique_jpeg(jpeg, n))
    return folder


def test_the_tate_headers_map_to_artwork_fields():
    mapping = tablemap.guess_mapping(TATE_HEADERS)
    assert {h: t for h, t in mapping.items() if t} == {
        "accession_number": "field:accession number", "artist": "field:artist", "title": "field:title",
        "dateText": "field:date", "medium": "field:medium", "creditLine": "field:credit line",
        "dimensions": "field:dimensions", "inscription": "field:inscriptions"}


def test_russian_headers_in_cp1251_with_semicolons_map_the_same_way(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(_csv(RUSSIAN_HEADERS, ";").encode("cp1251"))
    table = read_table(str(path))
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    assert table.records()[0]["Название"].startswith("A Figure Bowing")
    russian = [t for t in tablemap.guess_mapping(table.headers).values()]
    english = [t for t in tablemap.guess_mapping(TATE_HEADERS).values()]
    assert russian == english


def test_import_with_the_museum_export_fills_the_artwork_pages_and_lists_what_did_not_match(tmp_path, capsys):
    folder = _photos(tmp_path)
    export = tmp_path / "artwork_data.csv"
    export.write_text(_csv(TATE_HEADERS), encoding="utf-8")
    batch_path = str(tmp_path / "tate.glam.yaml")
    assert main(["import", str(folder), "-o", batch_path, "--table", str(export)]) == 0
    said = capsys.readouterr()
    assert "3 file(s) matched to a row by the number in the file names" in said.out
    assert "2 row(s) have no file: A00002, A00004" in said.err
    assert "1 file(s) have no row: IMG_9999.jpg" in said.err
    batch = load_batch(batch_path)
    by_name = {i.name: i for i in batch.items}
    assert by_name["A00001_8.jpg"].meta.fields["accession number"] == "A00001"
    assert by_name["Tate A00003 recto.jpg"].meta.fields["date"] == "?c.1785"
    assert batch.kit.description_template == "Artwork"
    assert main(["render", batch_path, "--item", str(folder / "A00001.jpg")]) == 0
    page = capsys.readouterr().out
    for expected in ("{{Artwork", "|artist=Blake, Robert", "|date={{circa|1785}}",
                     "|accession number=A00001", "|credit line=Presented by Mrs John Richmond 1922",
                     "|title=A Figure Bowing before"):
        assert expected in page


def test_a_missing_match_column_is_named_with_the_columns_there_are(tmp_path, capsys):
    folder = _photos(tmp_path)
    export = tmp_path / "artwork_data.csv"
    export.write_text(_csv(TATE_HEADERS), encoding="utf-8")
    assert main(["import", str(folder), "-o", str(tmp_path / "b.glam.yaml"), "--table", str(export),
                 "--match", "inventory"]) != 0
    err = capsys.readouterr().err
    assert "--match inventory: the table has no such column" in err and "accession_number" in err
    assert not (tmp_path / "b.glam.yaml").exists()


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_the_same_export_as_a_spreadsheet_reads_the_same(tmp_path, kind):
    path = tmp_path / f"export.{kind}"
    if kind == "xlsx":
        import openpyxl
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(TATE_HEADERS)
        for row in ROWS:
            sheet.append([int(v) if v.isdigit() and h in ("id", "year", "width", "height") else v
                          for h, v in zip(TATE_HEADERS, row)])
        book.save(path)
    else:
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableCell, TableRow
        from odf.text import P
        doc = OpenDocumentSpreadsheet()
        table = Table(name="Data")
        for values in [TATE_HEADERS, *ROWS]:
            tr = TableRow()
            for v in values:
                cell = TableCell(valuetype="float", value=v) if v.isdigit() else TableCell()
                cell.addElement(P(text=v))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
        doc.save(str(path))
    read = read_table(str(path))
    assert read.headers == TATE_HEADERS
    records = read.records()
    assert [r["accession_number"] for r in records] == ["A00001", "A00002", "A00003", "A00004"]
    assert records[0]["id"] == "1035" and records[1]["dateText"] == "1826-7"


def test_a_pattypan_workbook_gives_its_data_and_its_page_template(tmp_path):
    """As Pattypan writes it: Excel 97, Data first and Template second, the template in A1 with
    a leading apostrophe, dates as text."""
    import xlwt
    book = xlwt.Workbook(encoding="cp1252")
    data = book.add_sheet("Data")
    headers = ["path", "name", "artist", "title", "date", "categories"]
    row = [str(tmp_path / "A00001.jpg"), "A Figure Bowing (Tate A00001)", "{{Creator:Robert Blake}}",
           "A Figure Bowing", "c.1785", "Robert Blake;Drawings in the Tate"]
    for c, (h, v) in enumerate(zip(headers, row)):
        data.write(0, c, h)
        data.write(1, c, v)
    template = book.add_sheet("Template")
    text = ("'=={{int:filedesc}}==\n{{Artwork\n |artist = ${artist}\n |title = ${title}\n |date = ${date}\n}}"
            "\n=={{int:license-header}}==\n{{PD-Art|PD-old-100}}")
    template.write(0, 0, text)
    path = tmp_path / "pattypan.xls"
    book.save(str(path))
    read = read_table(str(path))
    assert read.headers == headers
    assert read.records()[0]["categories"] == "Robert Blake;Drawings in the Tate"
    assert read.template.startswith("=={{int:filedesc}}==") and "${artist}" in read.template
    mapping = tablemap.guess_mapping(read.headers)
    assert (mapping["path"], mapping["name"], mapping["categories"]) == ("file", "title", "categories")


def test_a_pattypan_workbook_imports_and_renders_what_its_template_says(tmp_path, capsys):
    """As Pattypan 22.03 writes it: its built-in Artwork template, FreeMarker category block and
    all, and cells of wikitext (a Creator template, descriptions in two languages, a licence)."""
    import xlwt
    folder = _photos(tmp_path)
    book = xlwt.Workbook(encoding="cp1252")
    data = book.add_sheet("Data")
    headers = ["path", "name", "artist", "title", "description", "date", "medium", "license", "partnership",
               "categories"]
    rows = [[str(folder / "A00001.jpg"), "A Figure Bowing (Tate A00001)", "{{Creator:Robert Blake}}",
             "A Figure Bowing", "{{en|1=A figure bowing}}{{ru|1=Склонившаяся фигура}}", "c.1785",
             "Watercolour | ink", "{{PD-Art|PD-old-100}}", "{{Tate partnership}}", "Robert Blake;Drawings in the Tate"],
            [str(folder / "Tate A00003 recto.jpg"), "The Preaching of Warning (Tate A00003)",
             "{{Creator:Robert Blake}}", "The Preaching of Warning", "", "?c.1785", "Graphite",
             "{{PD-Art|PD-old-100}}", "", "Robert Blake"]]
    for c, h in enumerate(headers):
        data.write(0, c, h)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            data.write(r, c, v)
    book.add_sheet("Template").write(0, 0, (
        "'=={{int:filedesc}}==\n{{Artwork\n |artist = ${artist}\n |title = ${title}\n"
        " |description = ${description}\n |date = ${date}\n |medium = ${medium}\n}}\n\n"
        "=={{int:license-header}}==\n${license}${partnership}\n\n"
        "<#if categories ? has_content>\n<#list categories ? split(\";\") as category>\n"
        "[[Category:${category?trim}]]\n</#list>\n<#else>{{subst:unc}}\n</#if>"))
    sheet = tmp_path / "pattypan.xls"
    book.save(str(sheet))
    batch_path = str(tmp_path / "p.glam.yaml")
    assert main(["import", str(folder), "-o", batch_path, "--table", str(sheet)]) == 0
    assert "2 file(s) matched to a row by file name" in capsys.readouterr().out
    batch = load_batch(batch_path)                       # the mapping is kept for the next export
    assert batch.kit.table_mapping["description"] == "field:description" and batch.kit.page_template
    assert main(["render", batch_path, "--item", str(folder / "A00001.jpg")]) == 0
    page = capsys.readouterr().out
    assert page.startswith("=={{int:filedesc}}==\n{{Artwork\n |artist = {{Creator:Robert Blake}}\n")
    assert " |description = {{en|1=A figure bowing}}{{ru|1=Склонившаяся фигура}}\n" in page
    assert " |date = c.1785\n" in page and " |medium = Watercolour &#124; ink\n" in page
    assert "{{PD-Art|PD-old-100}}{{Tate partnership}}" in page
    assert "<#" not in page and "${" not in page and "subst:unc" not in page
    assert "[[Category:Robert Blake]]" in page and "[[Category:Drawings in the Tate]]" in page
    from glamuploader.jobs.runner import titles_for
    assert titles_for(batch)[str(folder / "A00001.jpg")] == "A Figure Bowing (Tate A00001).jpg"
    import json                                       # the page's licence and artist count
    main(["check", batch_path, "--json"])
    found = {(p["code"], p["file"].rsplit("/", 1)[-1]) for p in json.loads(capsys.readouterr().out)["problems"]}
    assert not {code for code, name in found if name == "A00001.jpg"} & {
        "license-missing", "author-missing", "description-missing"}
    assert ("description-missing", "Tate A00003 recto.jpg") in found   # its description cell is empty


@pytest.mark.wiki
def test_the_museum_export_goes_up_to_the_sandbox_and_the_partner_report_lists_every_object(
        sandbox, tmp_path, capsys, monkeypatch):
    import openpyxl

    from glamuploader.core.kit import Kit
    from glamuploader.store.kitfile import save_kit
    monkeypatch.setenv("GLAMUPLOADER_USER", sandbox.bot_user)
    monkeypatch.setenv("GLAMUPLOADER_PASSWORD", sandbox.bot_password)
    folder = tmp_path / "scans"
    folder.mkdir()
    from wikitools import noise
    from corpus import make_jpeg
    for name in ["A00001.jpg", "Tate A00003 recto.jpg"]:
        make_jpeg(folder / name, image=noise((64, 48)))
    export = tmp_path / "artwork_data.csv"
    export.write_text(_csv(TATE_HEADERS), encoding="utf-8")
    kit = str(tmp_path / "tate.kit.yaml")
    import os
    save_kit(Kit(license="pd-art", source="Tate", descriptions={"en": "A drawing by Robert Blake, scanned by Tate"}, collection_qid="Q430682", fields={"institution": "{{Institution:Tate}}"},
                 title_pattern="{title} (Tate " + os.urandom(2).hex() + " {accession number})",
                 categories=["Robert Blake"]), kit)
    batch_path = str(tmp_path / "tate.glam.yaml")
    assert main(["import", str(folder), "-o", batch_path, "--table", str(export), "--kit", kit, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["render", batch_path, "--item", "A00001.jpg"]) == 0
    page = capsys.readouterr().out
    for expected in ("|artist=Blake, Robert", "|date={{circa|1785}}", "|institution={{Institution:Tate}}",
                     "|dimensions=support: {{Size|unit=mm|height=394|width=419}}", "|accession number=A00001",
                     "|credit line=Presented by Mrs John Richmond 1922", "|medium=Watercolour, ink, chalk"):
        assert expected in page
    assert main(["render", batch_path, "--item", "A00001.jpg", "--sdc"]) == 0
    claims = {}
    import json as _json
    for claim in _json.loads(capsys.readouterr().out)["claims"]:
        claims.setdefault(claim["mainsnak"]["property"], []).append(claim)
    [collection] = claims["P195"]
    assert collection["mainsnak"]["datavalue"]["value"]["id"] == "Q430682"
    assert collection["qualifiers"]["P217"][0]["datavalue"]["value"] == "A00001"
    [made] = claims["P571"]
    assert made["mainsnak"]["datavalue"]["value"]["time"] == "+1785-00-00T00:00:00Z"
    assert made["qualifiers"]["P1480"][0]["datavalue"]["value"]["id"] == "Q5727902"

    assert main(["upload", batch_path, "--wiki", "sandbox", "--quiet"]) == 0
    report = str(tmp_path / "for-the-museum.xlsx")
    assert main(["report", batch_path, "--format", "partner", "--table", str(export), "-o", report]) == 0
    rows = [[c if c is not None else "" for c in row] for row in openpyxl.load_workbook(report).active.iter_rows(values_only=True)]
    assert rows[0] == ["accession number", "file", "file page", "M-id", "state", "reason"]
    by_number = {r[0]: r for r in rows[1:]}
    assert list(by_number) == ["A00001", "A00002", "A00003", "A00004"]
    assert by_number["A00001"][1] == "A00001.jpg" and by_number["A00001"][4] == "uploaded"
    assert "/index.php/File:" in by_number["A00001"][2] and by_number["A00001"][3].startswith("M")
    assert by_number["A00002"][4] == by_number["A00004"][4] == "no file"
    assert by_number["A00003"][1] == "Tate A00003 recto.jpg"


def test_cells_the_page_cannot_use_are_named_by_row_and_column(tmp_path, capsys):
    folder = _photos(tmp_path)
    headers = [*TATE_HEADERS, "licence", "depicts"]
    rows = [[*row, lic, dep] for row, lic, dep in zip(ROWS, ["pd-art", "CC-BY-ish", "pd-art", "pd-art"],
                                                       ["Q41513", "", "Blake", ""])]
    import csv
    import io
    text = io.StringIO()
    csv.writer(text).writerows([headers, *rows])
    export = tmp_path / "artwork_data.csv"
    export.write_text(text.getvalue(), encoding="utf-8")
    assert main(["import", str(folder), "-o", str(tmp_path / "t.glam.yaml"), "--table", str(export)]) == 0
    err = capsys.readouterr().err
    # A00002 has no file, so its licence is not said; A00003's depicts is
    assert "row 4, column depicts: \u201cBlake\u201d is not a Wikidata item id (like Q42)." in err
    assert "CC-BY-ish" not in err
    rows[0][-2] = "CC-BY-ish"
    text = io.StringIO()
    csv.writer(text).writerows([headers, *rows])
    export.write_text(text.getvalue(), encoding="utf-8")
    assert main(["import", str(folder), "-o", str(tmp_path / "t2.glam.yaml"), "--table", str(export)]) == 0
    assert "row 2, column licence: The licence \u201cCC-BY-ish\u201d is not one this app knows." in capsys.readouterr().err


def test_excel_dates_and_the_values_of_formulas_are_read_as_a_person_sees_them(tmp_path):
    """A date cell reads as 1922-03-04 (not a serial number), a formula as the value Excel last
    computed (kept in the file beside it; openpyxl writes none, so the test puts one in)."""
    import datetime
    import zipfile

    import openpyxl
    path = tmp_path / "dates.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["accession_number", "acquired", "year"])
    sheet.append(["A00001", datetime.datetime(1922, 3, 4), "=1780+5"])
    sheet.append(["A00002", datetime.datetime(1922, 3, 4, 15, 30), 1826.0])
    book.save(path)
    patched = tmp_path / "as-excel-saves-it.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b"<f>1780+5</f><v />" in data
                data = data.replace(b"<f>1780+5</f><v />", b"<f>1780+5</f><v>1785</v>")
            dst.writestr(info, data)
    records = read_table(str(patched)).records()
    assert records[0] == {"accession_number": "A00001", "acquired": "1922-03-04", "year": "1785"}
    assert records[1]["acquired"] == "1922-03-04 15:30" and records[1]["year"] == "1826"
