"""The thumbnail grid with its filter bar (text, state) and sort order."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QListView,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from .delegate import ThumbnailDelegate, badge_label
from .models import BADGES, BatchFilter, BatchModel


class _Grid(QListView):
    """The list view, with a hint for a newcomer while it is empty."""

    hint = ""
    filtered_hint = ""   # the batch has files, but none passes the filter

    def current_hint(self) -> str:
        proxy = self.model()
        if proxy is None or proxy.rowCount() > 0:
            return ""
        source = proxy.sourceModel() if hasattr(proxy, "sourceModel") else None
        return self.filtered_hint if source is not None and source.rowCount() > 0 else self.hint

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        hint = self.current_hint()
        if hint:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, hint)
            painter.end()


class GridView(QWidget):
    selection_changed = Signal()

    def __init__(self, model: BatchModel, parent=None, *, thumb_size: int = 160) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = BatchFilter(self)
        self.proxy.setSourceModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.state = QComboBox()
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.sort = QComboBox()
        self.sort.currentIndexChanged.connect(self._sort_chosen)
        for box in (self.state, self.sort):   # as wide as their words in every language (not cut)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state)
        bar.addWidget(self.sort)
        layout.addLayout(bar)
        self.view = _Grid()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(200)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSpacing(4)
        self.delegate = ThumbnailDelegate(self.view, thumb_size=thumb_size)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.proxy)
        self._selected: list[str] | None = None
        self.view.selectionModel().selectionChanged.connect(self._forget_selection)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._forget_selection)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.table = None                    # the table view, added by the window (add_table)
        self.as_table = QToolButton()        # grid or table
        self.as_table.setCheckable(True)
        self.as_table.setEnabled(False)
        self.as_table.toggled.connect(self.show_table)
        bar.addWidget(self.as_table)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack)
        self.translate_ui()

    def _select_in_table(self, paths: list[str]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel
        table, selection = self.table, QItemSelection()
        for path in paths:
            row = self.model.row_of(path)
            if row is None:
                continue
            index = table.proxy.mapFromSource(table.table_model.index(row, 1))
            if index.isValid():
                selection.select(index.siblingAtColumn(0), index.siblingAtColumn(table.proxy.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            first = selection.indexes()[0]
            table.scrollTo(first)
            table.selectionModel().setCurrentIndex(first.siblingAtColumn(1), QItemSelectionModel.SelectionFlag.NoUpdate)

    def translate_ui(self) -> None:
        self.as_table.setText(self.tr("Table"))
        self.as_table.setToolTip(self.tr("Show the files as a table, a column per field, as in a spreadsheet"))
        self.view.hint = self.tr("Drop photos or folders here, or use Import folder.\n\n"
                                 "Then select files to describe them; the Problems panel below "
                                 "says what is still needed before upload.")
        self.view.filtered_hint = self.tr("No file matches the filter. Clear the filter to see all files.")
        self.view.viewport().update()
        self.search.setPlaceholderText(self.tr("Filter by title, file name, description or category"))
        current_state = self.state.currentData()
        self.state.blockSignals(True)
        self.state.clear()
        self.state.addItem(self.tr("All files"), "")
        for badge in BADGES:
            self.state.addItem(badge_label(badge), badge)
        # after culling: the picks, what is left, what is still to look at, the starred
        for label, marks in ((self.tr("Picked"), "p."), (self.tr("Not rejected"), "[pn]."),
                             (self.tr("Not marked yet"), "n0"), (self.tr("With one star or more"), "[pn][1-5]"),
                             (self.tr("With three stars or more"), "[pn][3-5]")):
            self.state.addItem(label, "marks:" + marks)
        self.state.setCurrentIndex(max(0, self.state.findData(current_state)))
        self.state.blockSignals(False)
        current_sort = self.sort.currentData()
        self.sort.blockSignals(True)
        self.sort.clear()
        for key, label in (("name", self.tr("Sort by file name")), ("date", self.tr("Sort by date taken")),
                           ("title", self.tr("Sort by title")), ("stars", self.tr("Sort by picks and stars"))):
            self.sort.addItem(label, key)
        self.sort.setCurrentIndex(max(0, self.sort.findData(current_sort)))
        self.sort.blockSignals(False)
        for box in (self.state, self.sort):   # never squeezed below their words: the search box gives way
            box.setMinimumWidth(0)
            box.setMinimumWidth(box.sizeHint().width())

    def set_thumb_size(self, size: int) -> None:
        self.delegate.thumb_size = size
        self.view.setGridSize(QSize())
        self.view.doItemsLayout()

    def _state_chosen(self) -> None:
        chosen = self.state.currentData() or ""
        marks = chosen.removeprefix("marks:") if chosen.startswith("marks:") else ""
        badge = "" if marks else chosen
        self.proxy.set_state({badge} if badge else set(), marks)

    def _sort_chosen(self) -> None:
        self.proxy.sort_by(self.sort.currentData() or "name")

    def add_table(self, table) -> None:
        """The table view of the same batch, shown instead of the grid when chosen."""
        self.table = table
        self.stack.addWidget(table)
        self.as_table.setEnabled(True)
        table.selectionModel().selectionChanged.connect(self._forget_selection)
        table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        table.proxy.modelReset.connect(self._forget_selection)

    def show_table(self, on: bool) -> None:
        if self.table is None:
            return
        paths = self.selected_paths()
        if on:
            self.table.attach()
        self.stack.setCurrentWidget(self.table if on else self.view)
        if not on:
            self.table.detach()
        self.as_table.setChecked(on)
        self._forget_selection()
        self.select_paths(paths)             # the same files stay selected

    def table_shown(self) -> bool:
        return self.table is not None and self.stack.currentWidget() is self.table

    def selected_paths(self) -> list[str]:
        if self.table_shown():
            if self._selected is None:
                self._selected = self.table.selected_paths()
            return list(self._selected)
        return self._grid_selected_paths()

    def _grid_selected_paths(self) -> list[str]:
        """In batch order; kept until the selection or the rows change (the window asks after
        every edit, and mapping 10 000 selected rows takes a while)."""
        if self._selected is None and self._all_selected():
            # every file selected (Ctrl+A, or all left after a removal): no mapping row by row
            self._selected = [item.path for item in self.model.batch.items]
        if self._selected is None:
            selection = self.proxy.mapSelectionToSource(self.view.selectionModel().selection())
            rows: set[int] = set()
            for part in selection:
                rows.update(range(part.top(), part.bottom() + 1))
            self._selected = [self.model.item_at(r).path for r in sorted(rows)]
        return list(self._selected)

    def _all_selected(self) -> bool:
        """Whether the selection is every row, none hidden by the filter (a few ranges to add)."""
        total = self.model.rowCount()
        if total == 0 or self.proxy.rowCount() != total:
            return False
        rows = sorted((part.top(), part.bottom()) for part in self.view.selectionModel().selection())
        covered, reach = 0, -1
        for top, bottom in rows:
            if bottom > reach:
                covered += bottom - max(top, reach + 1) + 1
                reach = bottom
        return covered == total

    def _forget_selection(self, *_args) -> None:
        self._selected = None

    def select_paths(self, paths: list[str]) -> None:
        if self.table_shown():
            self._select_in_table(paths)
            return
        from PySide6.QtCore import QItemSelection, QItemSelectionModel
        selection = QItemSelection()
        for path in paths:
            row = self.model.row_of(path)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row))
            if index.isValid():
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.view.scrollTo(selection.indexes()[0])
            self.view.selectionModel().setCurrentIndex(selection.indexes()[0],
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)
