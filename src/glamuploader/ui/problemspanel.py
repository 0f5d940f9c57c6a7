"""Every problem of the batch, live, in plain words; activating one selects its file and field."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..core.problems import Problem
from .messages import field_name, problem_message


class ProblemsPanel(QWidget):
    activated = Signal(object)      # Problem
    accepted_changed = Signal()     # a warning was accepted or un-accepted

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.accepted: set[tuple] = set()
        self.problems: list[Problem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self._accept_selected)
        top.addWidget(self.accept_button)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        layout.addWidget(self.tree)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Field"), self.tr("Problem")])
        self.accept_button.setText(self.tr("Accept warning"))
        self.accept_button.setToolTip(self.tr("Upload anyway: the selected warning is not shown again "
                                              "for this file"))
        self.set_problems(self.problems)

    @staticmethod
    def key(p: Problem) -> tuple:
        return (p.code, p.item, p.field, tuple(sorted((k, str(v)) for k, v in p.params.items())))

    def open_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error or self.key(p) not in self.accepted]

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        shown = self.open_problems()
        self.tree.clear()
        for p in sorted(shown, key=lambda p: (not p.is_error, p.item or "")):
            row = QTreeWidgetItem([os.path.basename(p.item) if p.item else self.tr("(batch)"),
                                   field_name(p.field), problem_message(p)])
            row.setData(0, Qt.ItemDataRole.UserRole, p)
            row.setToolTip(0, p.item or "")
            row.setToolTip(2, problem_message(p))
            row.setForeground(2, Qt.GlobalColor.red if p.is_error else Qt.GlobalColor.darkYellow)
            self.tree.addTopLevelItem(row)
        errors = sum(p.is_error for p in shown)
        warnings = len(shown) - errors
        if not shown:
            self.summary.setText(self.tr("No problems."))
        else:
            self.summary.setText(self.tr("%1 error(s) to fix before upload, %2 warning(s).")
                                 .replace("%1", str(errors)).replace("%2", str(warnings)))
        self.tree.resizeColumnToContents(0)

    def error_count(self) -> int:
        return sum(p.is_error for p in self.problems)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        self.activated.emit(row.data(0, Qt.ItemDataRole.UserRole))

    def _accept_selected(self) -> None:
        changed = False
        for row in self.tree.selectedItems():
            p: Problem = row.data(0, Qt.ItemDataRole.UserRole)
            if not p.is_error:
                self.accepted.add(self.key(p))
                changed = True
        if changed:
            self.set_problems(self.problems)
            self.accepted_changed.emit()
