"""``glamuploader table export BATCH -o FILE`` and ``glamuploader table import BATCH FILE``:
the batch as a spreadsheet a museum fills in its own program, and back.

A sheet that comes back changes only the cells that differ from the batch (an emptied cell
empties the field); every change is listed with its row and column before it is saved.
"""
from __future__ import annotations

import argparse
import os

from ..core import tablerows
from ..core.edits import set_value
from ..store.errors import FileFormatError
from ..store.tables import read_table
from .common import UserError, describe_file_error, hold_batch, open_batch, save, write_error
from .output import Output, visible

SHOWN = 20


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("table", parents=[common], help="the batch as a spreadsheet (XLSX, CSV, ODS) and back")
    p.add_argument("action", choices=("export", "import"))
    p.add_argument("batch", metavar="BATCH")
    p.add_argument("file", nargs="?", metavar="FILE", help="for import: the sheet that came back")
    p.add_argument("-o", "--output", metavar="FILE.xlsx|.csv|.ods", help="for export: the sheet to write")
    p.add_argument("--dry-run", action="store_true", help="for import: say what would change, change nothing")


def cmd_table(args: argparse.Namespace, out: Output) -> int:
    if args.action == "export":
        if not args.output:
            raise UserError("table export needs -o FILE.xlsx (or .csv, .ods): the sheet to write.")
        return _export(args, out)
    if not args.file:
        raise UserError("table import needs the sheet to read: glamuploader table import BATCH FILE.")
    return _import(args, out)


def _export(args: argparse.Namespace, out: Output) -> int:
    from ..jobs.runner import titles_for
    from ..store.tablewrite import KINDS, write_table
    kind = os.path.splitext(args.output)[1].lower()
    if kind not in KINDS:
        raise UserError(f"{args.output}: give a name ending in .xlsx, .csv or .ods.")
    batch = open_batch(args.batch, out)
    from ..core.wikitext import pages_of, template_fields
    headers = tablerows.columns(batch, template_fields(batch.kit, pages_of(batch.items, batch.kit) or None))
    titles = titles_for(batch)
    rows = [[tablerows.cell(item, h, titles) for h in headers] for item in batch.items]
    try:
        write_table(args.output, headers, rows, thumbnails=_thumbnails(batch) if kind == ".xlsx" else None)
    except OSError as exc:
        raise UserError(f"cannot write {write_error(args.output, exc)}") from None
    out.say(f"Wrote {len(rows)} row(s) and {len(headers)} column(s) to {visible(args.output)}. "
            f"Change it in a spreadsheet, then: glamuploader table import {args.batch} {args.output}")
    out.data({"file": args.output, "rows": len(rows), "columns": headers})
    return 0


def _thumbnails(batch) -> list[str | None]:
    """The small pictures the app already made (none are made here: an export stays quick)."""
    from ..media.thumbnails import cache_path
    from ..paths import thumbnail_dir
    folder = thumbnail_dir()
    found = []
    for item in batch.items:
        path = cache_path(folder, item.facts.sha1, alpha=False) if item.facts.sha1 else ""
        found.append(path if path and os.path.exists(path) else None)
    return found


def _import(args: argparse.Namespace, out: Output) -> int:
    try:
        table = read_table(args.file)
    except FileFormatError as exc:
        raise UserError(describe_file_error(exc) + " The batch was not changed.") from None
    rows = table.rows
    if table.delimiter:   # a CSV: the apostrophe that kept a cell from being a formula comes off
        rows = [[tablerows.from_text_cell(c) for c in row] for row in rows]
    if tablerows.FILE not in table.headers and tablerows.FILE_NAME not in table.headers:
        raise UserError(f"{args.file}: no '{tablerows.FILE}' or '{tablerows.FILE_NAME}' column, so its rows "
                        "cannot be matched to the files. Export the batch with 'table export' and edit that "
                        "sheet; the batch was not changed.")
    with hold_batch(os.path.abspath(args.batch), out):
        batch = open_batch(args.batch, out)
        found, strays = tablerows.changes(batch, table.headers, rows)
        for change in found[:SHOWN]:
            shown = "(emptied)" if change.after in ("", []) else visible(_short(change.after))
            out.say(f"row {change.row}, column {change.key}: {visible(change.item.name)} → {shown}")
        if len(found) > SHOWN:
            out.say(f"… and {len(found) - SHOWN} more change(s).")
        for number in strays:
            out.warn(f"row {number}: its file is not in the batch; the row was left alone.")
        if found and not args.dry_run:
            for change in found:
                set_value(change.item.meta, change.key, change.after)
            save(batch)
        verb = "would change" if args.dry_run else "changed"
        out.say(f"{len(found)} cell(s) {verb} in {len({id(c.item) for c in found})} file(s) of {visible(batch.path)}.")
    out.data({"changes": [{"row": c.row, "column": c.key, "file": c.item.path, "value": c.after} for c in found],
              "rows_not_in_batch": strays, "saved": bool(found) and not args.dry_run})
    return 0


def _short(value) -> str:
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def partner_report(args: argparse.Namespace, out: Output, batch) -> int:
    """``report --format partner``: one row per object, for the museum's database."""
    import csv
    import io

    from ..core import tablemap
    from ..core.partnerreport import HEADERS, partner_rows
    from ..messages import upload_error_text
    numbers = None
    if args.table:
        try:
            table = read_table(args.table)
        except FileFormatError as exc:
            raise UserError(describe_file_error(exc)) from None
        mapping = {**tablemap.guess_mapping(table.headers), **batch.kit.table_mapping}
        column = next((h for h in table.headers if mapping.get(h) == tablemap.ACCESSION), "")
        if not column:
            raise UserError(f"{args.table}: no column of accession numbers was recognised among "
                            f"{', '.join(visible(h) for h in table.headers)}. Name it 'accession number'.")
        numbers = [r.get(column, "").strip() for r in table.records() if r.get(column, "").strip()]
    rows = partner_rows(batch, numbers, lambda i: upload_error_text(i.upload.error, i.upload.error_info,
                                                                   kind=i.facts.kind or ""))
    if args.output and os.path.splitext(args.output)[1].lower() in (".xlsx", ".ods"):
        from ..store.tablewrite import write_table
        try:
            write_table(args.output, list(HEADERS), rows)
        except OSError as exc:
            raise UserError(f"cannot write {write_error(args.output, exc)}") from None
    else:
        from ..core.tablerows import as_text_cell
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(HEADERS)
        writer.writerows([as_text_cell(c) for c in row] for row in rows)
        if not args.output:
            out.out.write(buf.getvalue())
            return 0
        from .common import write_text
        write_text(args.output, buf.getvalue(), what="the report")
    without = sum(r[4] == "no file" for r in rows)
    out.say(f"Wrote {len(rows)} object(s) to {visible(args.output)}" + (f", {without} without a file." if without else "."))
    return 0
