"""Every problem of the batch, live, in plain words; activating one selects its file and field.

A table model: messages are worded only for the rows on screen, so 50 000 problems cost no
more to show than 50.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTreeView, QVBoxLayout, QWidget)

from ..core.problems import Problem, group_key
from .messages import field_name, problem_message

ERROR_COLOUR, WARNING_COLOUR = QColor("#c62828"), QColor("#8a6d00")


class ProblemsModel(QAbstractItemModel):
    """A row per problem that reads the same on its files ("… — 95 files"), opened to a row per
    file; a problem of one file is a row of its own. Worded only for the rows on screen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Problem] = []              # every problem shown, in order
        self.groups: list[list[Problem]] = []      # top-level rows

    def set_rows(self, rows: list[Problem]) -> None:
        self.beginResetModel()
        self.rows = rows
        grouped: dict[tuple, list[Problem]] = {}
        for p in rows:
            grouped.setdefault(group_key(p), []).append(p)
        self.groups = list(grouped.values())
        self.endResetModel()

    # --- the tree: a child's internal id is its group's row + 1; a group's is 0 ---------------
    def index(self, row: int, column: int, parent=QModelIndex()):  # noqa: B008
        if parent.isValid():
            return self.createIndex(row, column, parent.row() + 1)
        return self.createIndex(row, column, 0)

    def parent(self, index=QModelIndex()):  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0:
            group = self.groups[parent.row()]
            return len(group) if len(group) > 1 else 0
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 3

    def problem_at(self, index) -> Problem | None:
        """The problem of a file's row (or of a group of one file); None for a group of many."""
        if not index.isValid():
            return None
        if index.internalId():
            return self.groups[index.internalId() - 1][index.row()]
        group = self.groups[index.row()]
        return group[0] if len(group) == 1 else None

    def problems_at(self, index) -> list[Problem]:
        if not index.isValid():
            return []
        if index.internalId():
            return [self.groups[index.internalId() - 1][index.row()]]
        return list(self.groups[index.row()])

    def index_of(self, problem: Problem, column: int = 0):
        for g, group in enumerate(self.groups):
            if problem in group:
                if len(group) == 1:
                    return self.index(g, column)
                return self.index(group.index(problem), column, self.index(g, 0))
        return QModelIndex()

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (QCoreApplication.translate("ProblemsPanel", "File"), QCoreApplication.translate("ProblemsPanel", "Field"),
                    QCoreApplication.translate("ProblemsPanel", "Problem"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        group = self.groups[index.internalId() - 1] if index.internalId() else self.groups[index.row()]
        p = self.problem_at(index) or group[0]
        many = index.internalId() == 0 and len(group) > 1
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if many:
                    return QCoreApplication.translate("ProblemsPanel", "%n file(s)", "", len(group))
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
        self.beginResetModel()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)


class ProblemsPanel(QWidget):
    activated = Signal(object)      # Problem
    accepted_changed = Signal()     # a warning was accepted

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.accepted: set[tuple] = set()
        self.problems: list[Problem] = []
        self._errors = 0
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
        self.table = QTreeView()     # a row per problem; one that many files share opens to them
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setUniformRowHeights(True)
        self.table.setMinimumHeight(48)   # may shrink to a few rows on a 600-pixel-high screen
        self.table.setAllColumnsShowFocus(True)
        header = self.table.header()
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
        self._errors = sum(p.is_error for p in self.problems)
        shown = self.open_problems()
        shown.sort(key=lambda p: (not p.is_error, p.item or ""))
        self.model.set_rows(shown)
        self._summarise()

    def _summarise(self) -> None:
        shown = self.model.rows
        errors = self._errors
        if not shown:
            self.summary.setText(self.tr("No problems."))
        else:
            self.summary.setText(self.tr("%1, %2.", "errors to fix, warnings")
                                 .replace("%1", self.tr("%n error(s) to fix before upload", "", errors))
                                 .replace("%2", self.tr("%n warning(s)", "", len(shown) - errors)))

    def error_count(self) -> int:
        return self._errors

    def index_of(self, problem: Problem, column: int = 0):
        return self.model.index_of(problem, column)

    def _activated(self, index) -> None:
        p = self.model.problem_at(index)
        if p is not None:
            self.activated.emit(p)
        elif index.isValid():   # a problem of many files: open it to them
            first = index.siblingAtColumn(0)
            self.table.setExpanded(first, not self.table.isExpanded(first))

    def _accept_selected(self) -> None:
        chosen = [p for i in self.table.selectionModel().selectedRows() for p in self.model.problems_at(i)]
        changed = False
        for p in chosen:
            if not p.is_error:
                self.accepted.add(self.key(p))
                changed = True
        if changed:
            self.set_problems(self.problems)
            self.accepted_changed.emit()
