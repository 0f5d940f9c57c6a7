"""File ▸ Fill in from a museum spreadsheet…: read the sheet on a worker, ask how its columns
map (MappingDialog), then fill the files in as one undoable step and say what did not match."""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .translations import number

from ..core import tablemap

SHOWN = 8


def choose_sheet(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("MuseumSheet", "Fill in from a museum spreadsheet"), "",
                                          QCoreApplication.translate("MuseumSheet", "Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)"))
    if path:
        open_sheet(window, path)


def open_sheet(window, path: str) -> None:
    from ..store.tables import read_table
    window.doc.tasks.run(lambda: read_table(path), lambda table: ask_mapping(window, table),
                         lambda exc: window.doc.failed.emit("open", exc))


def ask_mapping(window, table) -> None:
    from .mappingdialog import MappingDialog
    kit = window.doc.batch.kit
    mapping = tablemap.mapping_for(table.headers, page_template=bool(table.template), remembered=kit.table_mapping)
    language = (kit.languages[:1] or [window.settings.get("language") or "en"])[0]
    dialog = MappingDialog(table, mapping, kit, language, window)
    dialog.accepted.connect(lambda: fill_in(window, table, *dialog.values()))
    window.last_message = dialog
    dialog.open()


def fill_in(window, table, mapping: dict[str, str], column: str, by_order: bool) -> tablemap.Matched:
    doc = window.doc
    records = table.records()
    found = tablemap.match_rows(records, doc.batch.items, mapping, column=column, by_order=by_order)
    changes = tablemap.table_edits(records, found.pairs, mapping)
    new_kit = tablemap.kit_for_table(doc.batch.kit, mapping, table.template)
    text = QCoreApplication.translate("MuseumSheet", "Fill in from %1").replace("%1", os.path.basename(table.source))
    doc.undo.beginMacro(text)
    doc.set_kit(new_kit, text)
    doc.apply_edits(changes, text)
    doc.undo.endMacro()
    cells = tablemap.cell_problems(records, mapping, [n for n, _ in found.pairs])
    _tell(window, records, found, mapping, column, cells)
    return found


def _tell(window, records, found, mapping, column, cells) -> None:
    key = column or next((h for h, t in mapping.items() if t in (tablemap.ACCESSION, tablemap.FILE)), "")
    lines = [QCoreApplication.translate("MuseumSheet", "%n file(s) filled in from the spreadsheet.", "", len(found.pairs))]
    if found.rows_without_file:
        names = [records[n].get(key, "") or QCoreApplication.translate("MuseumSheet", "row %1").replace("%1", str(n + 2)) for n in found.rows_without_file]
        lines.append(QCoreApplication.translate("MuseumSheet", "%n row(s) have no file: %1", "", len(names)).replace("%1", _some(names)))
    if found.files_without_row:
        names = [i.name for i in found.files_without_row]
        lines.append(QCoreApplication.translate("MuseumSheet", "%n file(s) have no row: %1", "", len(names)).replace("%1", _some(names)))
    if cells:
        from .messages import problem_message
        shown = [QCoreApplication.translate("MuseumSheet", "row %1, column %2: %3").replace("%1", str(c.row)).replace("%2", c.column)
                 .replace("%3", problem_message(c.problem)) for c in cells[:SHOWN]]
        if len(cells) > SHOWN:
            shown.append(QCoreApplication.translate("MuseumSheet", " … and %1 more").replace("%1", number(len(cells) - SHOWN)).strip())
        lines.append(QCoreApplication.translate("MuseumSheet", "Cells to mend in the spreadsheet:") + "\n" + "\n".join(shown))
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MuseumSheet", "Fill in from a museum spreadsheet"), "\n\n".join(lines),
                      QMessageBox.StandardButton.Ok, window)
    if found.rows_without_file or found.files_without_row:
        box.setInformativeText(QCoreApplication.translate("MuseumSheet", "Nothing was dropped: rows without a file stay in the spreadsheet, and files "
                                  "without a row keep what they had. Undo takes the whole filling back."))
    window.last_message = box
    box.open()


def _some(names: list[str]) -> str:
    shown = ", ".join(names[:SHOWN])
    return shown + (QCoreApplication.translate("MuseumSheet", " … and %1 more").replace("%1", number(len(names) - SHOWN)) if len(names) > SHOWN else "")
