"""A museum's spreadsheet read as a table of text: CSV (any delimiter and encoding), XLSX, ODS,
and Pattypan's Excel 97 ``.xls`` (its Data sheet, and its Template sheet's page text).

Every cell comes out as the text a person sees: numbers without a trailing ``.0``, dates as
``YYYY-MM-DD`` (with the time when it is not midnight), a formula's last computed value.
Headers are kept as written; mapping them to fields is ``core.tablemap``'s work.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import os
from dataclasses import dataclass, field

from .errors import FileFormatError

#: the encodings tried for a CSV, in order (a file that is not UTF-8 is most often one of these)
LEGACY_ENCODINGS = ("cp1251", "cp1254", "cp1252")
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".ods", ".xls")


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""           # a CSV's, as detected ("utf-8-sig", "cp1251"…)
    delimiter: str = ""          # a CSV's
    template: str = ""           # Pattypan's page template (its Template sheet), if any
    source: str = ""
    notes: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, str]]:
        """Each row as {header: text}; a row shorter than the header is filled with ""."""
        return [{h: (row[n] if n < len(row) else "") for n, h in enumerate(self.headers)} for row in self.rows]


def read_table(path: str) -> Table:
    """The first sheet (or the CSV) of ``path``; FileFormatError names what is wrong."""
    suffix = os.path.splitext(path)[1].lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            table = _read_xlsx(path)
        elif suffix == ".ods":
            table = _read_ods(path)
        elif suffix == ".xls":
            table = _read_xls(path)
        else:
            with open(path, "rb") as fh:
                table = read_csv_bytes(fh.read())
    except FileFormatError:
        raise
    except OSError as exc:
        raise FileFormatError(path, "unreadable", reason=exc.strerror or str(exc)) from exc
    except Exception as exc:   # the readers raise many kinds for a damaged file
        raise FileFormatError(path, "table-damaged", reason=str(exc) or type(exc).__name__) from exc
    table.source = path
    table.headers = [h.strip() for h in table.headers]
    if not any(table.headers):
        raise FileFormatError(path, "table-no-header")
    return table


def read_csv_bytes(data: bytes) -> Table:
    text, encoding = _decode(data)
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = max(",;\t|", key=lambda d: sample.split("\n", 1)[0].count(d))
    rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return Table([], [], encoding=encoding, delimiter=delimiter)
    return Table(rows[0], rows[1:], encoding=encoding, delimiter=delimiter)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # the legacy code page whose letters look like a language: Cyrillic for cp1251, Turkish
    # letters for cp1254; Western European (cp1252) otherwise
    def score(encoding: str, text: str) -> int:
        if encoding == "cp1251":
            return sum("\u0400" <= ch <= "\u04ff" for ch in text)
        if encoding == "cp1254":
            return sum(ch in "ğĞışŞİ" for ch in text)
        return 0
    best, best_score = "cp1252", 0
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if score(encoding, text) > best_score:
            best, best_score = encoding, score(encoding, text)
    return data.decode(best, errors="replace"), best


def cell_text(value) -> str:
    """A cell as a person sees it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, _dt.datetime):
        return value.strftime("%Y-%m-%d") if value.time() == _dt.time() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, _dt.date):
        return value.strftime("%Y-%m-%d")
    return str(value).strip() if isinstance(value, str) else str(value)


def _read_xlsx(path: str) -> Table:
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)   # formulas' values
    try:
        sheet = book.worksheets[0]
        rows = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table_from_rows(rows)


def _read_ods(path: str) -> Table:
    from odf.namespaces import TABLENS
    from odf.opendocument import load
    from odf.table import Table as OdsTable
    from odf.table import TableCell, TableRow
    doc = load(path)
    sheets = doc.spreadsheet.getElementsByType(OdsTable)
    if not sheets:
        return Table([], [])
    rows: list[list[str]] = []
    for row in sheets[0].getElementsByType(TableRow):
        repeat_rows = int(row.attributes.get((TABLENS, "number-rows-repeated"), 1) or 1)
        cells: list[str] = []
        for cell in row.getElementsByType(TableCell):
            repeat = int(cell.attributes.get((TABLENS, "number-columns-repeated"), 1) or 1)
            cells += [_ods_cell(cell)] * min(repeat, 1000)
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows += [cells] * min(repeat_rows, 1)
    return _table_from_rows(rows)


def _ods_cell(cell) -> str:
    from odf.namespaces import OFFICENS
    kind = cell.attributes.get((OFFICENS, "value-type"))
    if kind == "float":
        return cell_text(float(cell.attributes.get((OFFICENS, "value"))))
    if kind == "date":
        value = cell.attributes.get((OFFICENS, "date-value"), "")
        return value.replace("T00:00:00", "").replace("T", " ")[:16]
    from odf import teletype
    from odf.text import P
    return "\n".join(teletype.extractText(p) for p in cell.getElementsByType(P)).strip()


def _read_xls(path: str) -> Table:
    """Pattypan's workbook: Data first, Template second (taken by position, as Pattypan does)."""
    import xlrd
    book = xlrd.open_workbook(path)
    sheet = book.sheet_by_index(0)
    rows = []
    for r in range(sheet.nrows):
        row = []
        for c in range(sheet.ncols):
            cell = sheet.cell(r, c)
            if cell.ctype == xlrd.XL_CELL_DATE:
                row.append(cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)))
            else:
                row.append(cell_text(cell.value))
        rows.append(row)
    table = _table_from_rows(rows)
    if book.nsheets > 1:
        template = book.sheet_by_index(1)
        if template.nrows and template.ncols:
            table.template = str(template.cell_value(0, 0)).lstrip("'")
    return table


def _table_from_rows(rows: list[list[str]]) -> Table:
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return Table([], [])
    width = max(len(r) for r in rows)
    headers = rows[0] + [""] * (width - len(rows[0]))
    return Table(headers, rows[1:])
