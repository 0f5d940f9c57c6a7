"""Every problem of the batch, live, in plain words; activating one selects its file and field.

A table model: messages are worded only for the rows on screen, so 50 000 problems cost no
more to show than 50.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ..core.problems import Problem
from .messages import field_name, problem_message

ERROR_COLOUR, WARNING_COLOUR = QColor("#c62828"), QColor("#8a6d00")


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Problem] = []

    def set_rows(self, rows: list[Problem]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (QCoreApplication.translate("ProblemsPanel", "File"), QCoreApplication.translate("ProblemsPanel", "Field"),
                    QCoreApplication.translate("ProblemsPanel", "Problem"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return (p.item if role == Qt.ItemDataRole.ToolTipRole else os.path.basename(p.item)) \
                    if p.item else QCoreApplication.translate("ProblemsPanel", "(batch)")
            if column == 1:
                return field_name(p.field)
            return problem_message(p)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return ERROR_COLOUR if p.is_error else WARNING_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return p
        return None

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 2))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)


class ProblemsPanel(QWidget):
    activated = Signal(object)      # Problem
    accepted_changed = Signal()     # a warning was accepted

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
        self.model = ProblemsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 180)
        header.resizeSection(1, 110)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.accept_button.setText(self.tr("Accept warning"))
        self.accept_button.setToolTip(self.tr("Upload anyway: the selected warning is not shown again "
                                              "for this file"))
        self.model.retranslate()
        self._summarise()

    @staticmethod
    def key(p: Problem) -> tuple:
        return (p.code, p.item, p.field, tuple(sorted((k, str(v)) for k, v in p.params.items())))

    def open_problems(self) -> list[Problem]:
        if not self.accepted:
            return list(self.problems)
        return [p for p in self.problems if p.is_error or self.key(p) not in self.accepted]

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        shown = self.open_problems()
        shown.sort(key=lambda p: (not p.is_error, p.item or ""))
        self.model.set_rows(shown)
        self._summarise()

    def _summarise(self) -> None:
        shown = self.model.rows
        errors = sum(p.is_error for p in shown)
        if not shown:
            self.summary.setText(self.tr("No problems."))
        else:
            self.summary.setText(self.tr("%1 error(s) to fix before upload, %2 warning(s).")
                                 .replace("%1", str(errors)).replace("%2", str(len(shown) - errors)))

    def error_count(self) -> int:
        return sum(p.is_error for p in self.problems)

    def row_of(self, problem: Problem) -> int:
        return self.model.rows.index(problem)

    def activate_row(self, row: int) -> None:
        self._activated(self.model.index(row, 0))

    def _activated(self, index) -> None:
        if index.isValid():
            self.activated.emit(self.model.rows[index.row()])

    def _accept_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        changed = False
        for row in rows:
            p = self.model.rows[row]
            if not p.is_error:
                self.accepted.add(self.key(p))
                changed = True
        if changed:
            self.set_problems(self.problems)
            self.accepted_changed.emit()
