"""A museum's spreadsheet into the open batch: which column is which field, and how rows find
their files. The first rows are shown under a choice per column, guessed from the headers (and
from the museum's last export, kept in the batch defaults), so a person only corrects."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from ..core import tablemap
from ..core.wikitext import (ARTWORK_FIELDS, ARTWORK_OPTIONAL, PHOTOGRAPH_FIELDS, PHOTOGRAPH_OPTIONAL,
                             template_fields)

PREVIEW_ROWS = 5
BY_ORDER = "\x00order"


class MappingDialog(QDialog):
    def __init__(self, table, mapping: dict[str, str], kit, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        from .tableview import column_label
        self.table = table
        self.setWindowTitle(self.tr("Columns of %1").replace("%1", _name(table.source)))
        layout = QVBoxLayout(self)
        said = self.tr("%n row(s).", "", len(table.rows))
        if table.encoding:
            said += " " + self.tr("Read as %1, columns separated by “%2”.").replace("%1", table.encoding).replace(
                "%2", {"\t": "Tab"}.get(table.delimiter, table.delimiter))
        intro = QLabel(said + " " + self.tr("Choose what each column is; a column left as “not used” is not read."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        targets = _targets(kit, language, table.headers)
        self.grid = QTableWidget(min(PREVIEW_ROWS, len(table.rows)) + 1, len(table.headers))
        self.grid.setHorizontalHeaderLabels(table.headers)
        self.grid.setVerticalHeaderLabels([""] + [str(n + 2) for n in range(self.grid.rowCount() - 1)])
        self.choices: dict[str, QComboBox] = {}
        for c, header in enumerate(table.headers):
            box = QComboBox()
            box.addItem(self.tr("not used"), "")
            box.addItem(self.tr("the file (name or path)"), tablemap.FILE)
            for key in targets:
                box.addItem(column_label(key), key)
            extra = f"field:{header.strip()}"
            if header.strip() and box.findData(extra) < 0:
                box.addItem(self.tr("extra template parameter “%1”").replace("%1", header.strip()), extra)
            box.setCurrentIndex(max(0, box.findData(mapping.get(header, ""))))
            self.grid.setCellWidget(0, c, box)
            self.choices[header] = box
            for r, row in enumerate(table.rows[:PREVIEW_ROWS], start=1):
                self.grid.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))
        self.grid.resizeColumnsToContents()
        layout.addWidget(self.grid, 1)
        form = QFormLayout()
        self.match = QComboBox()
        for header in table.headers:
            self.match.addItem(header, header)
        self.match.addItem(self.tr("their order: the first row is the first file"), BY_ORDER)
        guess = next((h for h, t in mapping.items() if t == tablemap.FILE), "") or \
            next((h for h, t in mapping.items() if t == tablemap.ACCESSION), "")
        self.match.setCurrentIndex(max(0, self.match.findData(guess)) if guess else self.match.count() - 1)
        form.addRow(self.tr("Match rows to files by"), self.match)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fill in the files"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def values(self) -> tuple[dict[str, str], str, bool]:
        """(header → target, the column to match by or "", by order)."""
        mapping = {h: box.currentData() or "" for h, box in self.choices.items()}
        match = self.match.currentData()
        return mapping, ("" if match == BY_ORDER else match), match == BY_ORDER


def _targets(kit, language: str, headers: list[str]) -> list[str]:
    lang = tablemap.table_language(headers) if language == "en" else language
    every = ARTWORK_FIELDS + ARTWORK_OPTIONAL + PHOTOGRAPH_FIELDS + PHOTOGRAPH_OPTIONAL
    museum = list(dict.fromkeys([*template_fields(kit), *(n for n in every if n not in (
        "description", "source", "permission", "other_versions", "author"))]))
    return ["title", f"description:{lang}", f"caption:{lang}", "date", "author", "source", "license",
            "categories", "depicts", *(f"field:{n}" for n in museum)]


def _name(path: str) -> str:
    import os
    return os.path.basename(path)
