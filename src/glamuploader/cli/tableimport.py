"""``import … --table FILE``: a museum's spreadsheet onto the files being imported.

The columns are mapped from their headers (``core.tablemap``), or by ``--mapping MAP.yaml``
(``header: target``, as the guess prints them); rows are matched to files by ``--match COLUMN``,
the file column, the accession number in the file names, or ``--by-order``. Rows without a file
and files without a row are listed by name, never dropped in silence.
"""
from __future__ import annotations

import argparse

from ..core import tablemap
from ..core.batch import Batch
from ..store.errors import FileFormatError
from ..store.tables import read_table
from ..store.yamlio import read_yaml
from .common import UserError, describe_file_error
from .output import Output, visible

#: names shown before "… and N more"
SHOWN = 5


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--table", metavar="FILE", help="the museum's spreadsheet (CSV, XLSX, ODS or Pattypan's .xls)")
    p.add_argument("--match", metavar="COLUMN", help="the column whose value is in the file names (a file "
                   "name, a path or an accession number); default: guessed")
    p.add_argument("--by-order", action="store_true", help="match the rows to the files in their order")
    p.add_argument("--mapping", metavar="MAP.yaml", help="header: field, for the columns (as the guess prints them)")


def read_for(args: argparse.Namespace):
    """The table and the mapping given with --mapping, read before any photo is (a bad sheet
    stops the import early)."""
    if not getattr(args, "table", None):
        return None
    try:
        table = read_table(args.table)
    except FileFormatError as exc:
        raise UserError(describe_file_error(exc) + " Nothing was imported.") from None
    given: dict[str, str] = {}
    if args.mapping:
        try:
            given = read_yaml(args.mapping)
        except FileFormatError as exc:
            raise UserError(describe_file_error(exc)) from None
        if not isinstance(given, dict):
            raise UserError(f"{args.mapping}: should be lines of the form 'header: field'. Nothing was imported.")
        given = {str(k): str(v or "") for k, v in given.items() if str(k) in table.headers}
    if args.match and args.match not in table.headers:
        raise UserError(f"--match {args.match}: the table has no such column; its columns are: "
                        f"{', '.join(visible(h) for h in table.headers)}. Nothing was imported.")
    return table, given


def apply(args: argparse.Namespace, out: Output, batch: Batch, table, given: dict[str, str]) -> dict:
    """Put the rows on the batch's files; say what was matched and what was not."""
    records = table.records()
    mapping = tablemap.mapping_for(table.headers, page_template=bool(table.template),
                                   remembered=batch.kit.table_mapping, given=given)
    batch.kit = tablemap.kit_for_table(batch.kit, mapping, table.template)
    found = tablemap.match_rows(records, batch.items, mapping, column=args.match or "", by_order=args.by_order)
    by_path = {i.path: i for i in batch.items}
    for edit in tablemap.table_edits(records, found.pairs, mapping):
        edit.apply(by_path)
    read = f"{table.encoding}, '{table.delimiter}'" if table.encoding else table.source.rsplit(".", 1)[-1].upper()
    used = ", ".join(f"{visible(h)} → {t}" for h, t in mapping.items() if t)
    out.say(f"Table {visible(table.source)} ({read}): {len(records)} row(s); columns used: {used or 'none'}.")
    how = {"file": "by file name", "accession": "by the number in the file names", "order": "in order"}.get(found.how, "")
    out.say(f"{len(found.pairs)} file(s) matched to a row {how}.".replace("  ", " "))
    key = args.match or next((h for h, t in mapping.items() if t in (tablemap.ACCESSION, tablemap.FILE)), "")
    if found.rows_without_file:
        names = [records[n].get(key, "") or f"row {n + 2}" for n in found.rows_without_file]
        out.warn(f"{len(names)} row(s) have no file: {_some(names)}.")
    from ..messages import problem_text
    said = tablemap.cell_problems(records, mapping, [n for n, _ in found.pairs])
    for cell in said[:SHOWN * 4]:
        out.warn(f"row {cell.row}, column {visible(cell.column)}: {problem_text(cell.problem.code, cell.problem.params)}")
    if len(said) > SHOWN * 4:
        out.warn(f"… and {len(said) - SHOWN * 4} more cell(s) to mend in the sheet.")
    if found.files_without_row:
        out.warn(f"{len(found.files_without_row)} file(s) have no row: "
                 f"{_some([i.name for i in found.files_without_row])}.")
    return {"table": table.source, "rows": len(records), "matched": len(found.pairs),
            "rows_without_file": [n + 2 for n in found.rows_without_file],
            "files_without_row": [i.path for i in found.files_without_row], "mapping": mapping,
            "cells": [{"row": c.row, "column": c.column, "code": c.problem.code, **c.problem.params} for c in said]}


def _some(names: list[str]) -> str:
    shown = ", ".join(visible(n) for n in names[:SHOWN])
    return shown + (f" … and {len(names) - SHOWN} more" if len(names) > SHOWN else "")
