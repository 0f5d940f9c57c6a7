"""A list field (categories, depicts, templates) for one or many items: add to all, remove, see who has what."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCompleter, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ..translations import number


class ListField(QWidget):
    """Emits ``added(value)`` and ``removed(value)``; shows "value — 2 of 5 files" when not all have it."""

    added = Signal(str)
    removed = Signal(str)
    search_requested = Signal(str)   # the user typed: ask for suggestions (see show_suggestions)

    def __init__(self, parent=None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        row = QHBoxLayout()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.returnPressed.connect(self._add)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self._counts: dict[str, int] = {}
        self._total = 0
        self._defaults: list[str] = []
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionRole(Qt.ItemDataRole.UserRole)   # the value goes into the field
        self.completer.activated[QModelIndex].connect(self._suggestion_chosen)
        self.entry.setCompleter(self.completer)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.entry.text().strip()))
        self.entry.textEdited.connect(self._typed)
        self.translate_ui()

    def _typed(self, _text: str) -> None:
        self.suggestions.clear()   # what was suggested for other text must not pop up now
        self._debounce.start()

    def show_suggestions(self, typed: str, suggestions: list[tuple[str, str]]) -> None:
        """(value, text shown) pairs for what the user typed; ignored if they typed on since."""
        if typed != self.entry.text().strip():
            return
        self.suggestions.clear()
        for value, text in suggestions:
            entry = QStandardItem(text)
            entry.setData(value, Qt.ItemDataRole.UserRole)
            entry.setToolTip(text)
            self.suggestions.appendRow(entry)
        if suggestions and self.entry.hasFocus():
            self.completer.complete()

    def _suggestion_chosen(self, index) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if value:
            self.added.emit(value)
            QTimer.singleShot(0, self.entry.clear)   # after the completer has written its text

    def translate_ui(self) -> None:
        self.add_button.setText(self.tr("Add to selected"))
        self.remove_button.setText(self.tr("Remove"))
        self.set_values(self._counts, self._total, self._defaults)

    def set_values(self, counts: dict[str, int], total: int, defaults: list[str] | tuple = ()) -> None:
        """``counts``: how many selected files carry each value; ``defaults``: the batch's
        (kit's) values, which every file gets: shown so none lands on a photo unseen."""
        self._counts, self._total, self._defaults = dict(counts), total, list(defaults)
        self.list.clear()
        for value in self._defaults:
            entry = QListWidgetItem(self.tr("%1 — batch default, on every file").replace("%1", value))
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled)   # not removable here: File ▸ Batch defaults
            entry.setToolTip(self.tr("Set in File ▸ Batch defaults; every file of the batch gets it. "
                                     "Remove it there if it does not fit every photo."))
            entry.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            self.list.addItem(entry)
        for value, count in counts.items():
            text = value if count >= total else self.tr("%1 — %2 of %3 files").replace(
                "%1", value).replace("%2", number(count)).replace("%3", number(total))
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, value)
            if count < total:
                entry.setToolTip(self.tr("Only some of the selected files have this. "
                                         "Add it again to give it to all of them."))
            self.list.addItem(entry)

    def add_value(self, value: str) -> None:
        self.entry.setText(value)
        self._add()

    def _add(self) -> None:
        value = self.entry.text().strip()
        if value:
            self.entry.clear()
            self.added.emit(value)

    def _remove(self) -> None:
        for entry in self.list.selectedItems():
            value = entry.data(Qt.ItemDataRole.UserRole)
            if value:
                self.removed.emit(value)
