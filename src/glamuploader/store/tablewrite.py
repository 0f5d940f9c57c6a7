"""Rows written as a spreadsheet a museum opens: XLSX (openpyxl), ODS (odfpy) or CSV (UTF-8
with a BOM, so that Excel reads its letters right).

Every cell is written as text: a cell starting with ``=``, ``+``, ``-`` or ``@`` is never run
as a formula by the program that opens it (XLSX and ODS say "text" in the cell; CSV puts an
apostrophe first, see ``core.tablerows.as_text_cell``). Characters a spreadsheet cannot hold
(control characters) are left out, as the description page leaves them out too.
"""
from __future__ import annotations

import csv
import os
import re

from ..core.tablerows import as_text_cell
from .errors import FileFormatError
from .yamlio import write_atomically

KINDS = (".xlsx", ".csv", ".ods")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
THUMBNAIL_HEADER = "thumbnail"
THUMBNAIL_PIXELS = 48


def write_table(path: str, headers: list[str], rows: list[list[str]], *,
                thumbnails: list[str | None] | None = None) -> str:
    """Write the sheet; ``thumbnails``: an image file per row (or None) put in a first column
    (XLSX only). Returns the path written; FileFormatError when the kind is not one of KINDS."""
    kind = os.path.splitext(path)[1].lower()
    rows = [[_ILLEGAL.sub("", c) for c in row] for row in rows]
    if kind == ".csv":
        _write_csv(path, headers, rows)
    elif kind == ".xlsx":
        _write_xlsx(path, headers, rows, thumbnails)
    elif kind == ".ods":
        _write_ods(path, headers, rows)
    else:
        raise FileFormatError(path, "wrong-kind", expected="XLSX, CSV or ODS")
    return path


def _write_csv(path: str, headers: list[str], rows: list[list[str]]) -> None:
    import io
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([as_text_cell(c) for c in row] for row in rows)
    write_atomically(path, "\ufeff" + out.getvalue())


def _write_xlsx(path: str, headers: list[str], rows: list[list[str]], thumbnails) -> None:
    import openpyxl
    from openpyxl.utils import get_column_letter
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Batch"
    pictures = thumbnails is not None and any(thumbnails)
    shift = 1 if pictures else 0
    if pictures:
        sheet.cell(row=1, column=1, value=THUMBNAIL_HEADER)
    for c, header in enumerate(headers, start=1 + shift):
        sheet.cell(row=1, column=c, value=header)
    for r, row in enumerate(rows, start=2):
        for c, text in enumerate(row, start=1 + shift):
            if text:
                cell = sheet.cell(row=r, column=c, value=text)
                cell.data_type = "s"        # text, even "=1+1": never a formula
    sheet.freeze_panes = sheet.cell(row=2, column=1 + shift)
    for c in range(1 + shift, len(headers) + 1 + shift):
        sheet.column_dimensions[get_column_letter(c)].width = 24
    if pictures:
        from openpyxl.drawing.image import Image
        sheet.column_dimensions["A"].width = 8
        for r, image_path in enumerate(thumbnails, start=2):
            if image_path and os.path.exists(image_path):
                picture = Image(image_path)
                scale = THUMBNAIL_PIXELS / max(picture.width, picture.height, 1)
                picture.width, picture.height = int(picture.width * scale), int(picture.height * scale)
                sheet.add_image(picture, f"A{r}")
                sheet.row_dimensions[r].height = THUMBNAIL_PIXELS * 0.75 + 2   # points
    tmp = path + ".part"
    book.save(tmp)
    os.replace(tmp, path)


def _write_ods(path: str, headers: list[str], rows: list[list[str]]) -> None:
    from odf import teletype
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Batch")
    for values in [headers, *rows]:
        tr = TableRow()
        for text in values:
            cell = TableCell(valuetype="string")
            for line in text.split("\n") if text else []:
                paragraph = P()
                teletype.addTextToElement(paragraph, line)   # runs of spaces kept (text:s)
                cell.addElement(paragraph)
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    tmp = path + ".part"
    doc.save(tmp)
    os.replace(tmp, path)
