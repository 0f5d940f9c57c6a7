"""The batch as a table beside the grid: a row per file, a column per field, as a museum's
spreadsheet has it. Cells edit in place; a block pasted from a spreadsheet fills the cells it
covers; Ctrl+D fills down; find and replace works in one column. Every change is one undoable
command. It is a model over the batch model's rows (no item widgets), so 10 000 rows scroll as
smoothly as 10.
"""
from __future__ import annotations

import csv
import io

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ..core import edits, tablerows
from ..core.wikitext import pages_of, template_fields
from .messages import field_name
from .models import DECORATION, DISPLAY, EDIT, TOOLTIP, FilterRole, NameRole

THUMB = 40
# thumbnails kept as small pixmaps for the rows on screen and around them
PIXMAPS_KEPT = 400
# a pause in scrolling this long, and the rows on screen get their thumbnails asked for
THUMBNAIL_PAUSE_MS = 120
ROWS_ASKED = 80
# the columns a person reads but does not type into
_READ_ONLY = (tablerows.FILE, tablerows.FILE_NAME, tablerows.PLANNED_TITLE)


class BatchTableModel(QAbstractTableModel):
    """Column 0 is the thumbnail; the others are ``tablerows.columns`` of the batch."""

    def __init__(self, doc, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.source = doc.model
        self.columns: list[str] = []
        self._pixmaps: dict[str, QIcon] = {}
        self._recount = QTimer(self)               # a new language or field: columns looked at again
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self._update_columns)
        src = self.source
        src.modelAboutToBeReset.connect(self.beginResetModel)
        src.modelReset.connect(self._reset_done)
        src.rowsAboutToBeInserted.connect(lambda _p, a, b: self.beginInsertRows(QModelIndex(), a, b))
        src.rowsInserted.connect(lambda *_: (self.endInsertRows(), self._recount.start()))
        src.rowsAboutToBeRemoved.connect(lambda _p, a, b: self.beginRemoveRows(QModelIndex(), a, b))
        src.rowsRemoved.connect(lambda *_: self.endRemoveRows())
        src.dataChanged.connect(self._source_changed)
        doc.kit_changed.connect(self._recount.start)
        self.columns = self._wanted_columns()
        self.active = False          # shown: the grid shows the batch until the Table button is pressed
        # thumbnails are asked for the rows still on screen once scrolling pauses: a fast scroll
        # through 10 000 rows asked for 10 000 pictures, and their answers crowded the window
        self._wanted: dict[int, None] = {}
        self._ask = QTimer(self)
        self._ask.setSingleShot(True)
        self._ask.setInterval(THUMBNAIL_PAUSE_MS)
        self._ask.timeout.connect(self._ask_thumbnails)

    # --- columns ------------------------------------------------------------------------
    def _wanted_columns(self) -> list[str]:
        batch = self.doc.batch
        return tablerows.columns(batch, template_fields(batch.kit, pages_of(batch.items, batch.kit) or None))

    def _update_columns(self) -> None:
        if not self.active:
            return      # looked at when the table is shown
        wanted = self._wanted_columns()
        if wanted != self.columns:
            self.layoutAboutToBeChanged.emit()
            self.beginResetModel()
            self.columns = wanted
            self.endResetModel()
            self.layoutChanged.emit()

    def _reset_done(self) -> None:
        self.columns = self._wanted_columns()
        self._pixmaps.clear()
        self.endResetModel()

    def _source_changed(self, top, bottom, roles=()) -> None:
        if roles and DECORATION in roles:
            for row in range(top.row(), bottom.row() + 1):
                self._pixmaps.pop(self.source.item_at(row).path, None)
        self.dataChanged.emit(self.index(top.row(), 0), self.index(bottom.row(), len(self.columns)))
        self._recount.start()

    def key_of(self, column: int) -> str:
        return self.columns[column - 1] if 0 < column <= len(self.columns) else ""

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.source.rowCount()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns) + 1

    def headerData(self, section: int, orientation, role: int = DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role not in (DISPLAY, TOOLTIP):
            return None
        if section == 0:
            return "" if role == DISPLAY else self.tr("Thumbnail")
        key = self.key_of(section)
        return column_label(key) if role == DISPLAY else key

    def data(self, index, role: int = DISPLAY):
        if not index.isValid():
            return None
        item = self.source.item_at(index.row())
        if role in (FilterRole, NameRole):        # filtered and sorted as the grid is
            return self.source.data(self.source.index(index.row()), role)
        if index.column() == 0:
            return self._thumbnail(index.row(), item) if role == DECORATION else None
        key = self.key_of(index.column())
        if role in (DISPLAY, EDIT):
            return tablerows.cell(item, key, self.doc.titles)
        if role == TOOLTIP:
            return tablerows.cell(item, key, self.doc.titles) or None
        return None

    def _thumbnail(self, row: int, item):
        icon = self._pixmaps.get(item.path)
        if icon is None:
            image = self.source.images.get(item.path)
            if image is None or image.isNull():
                self._wanted[row] = None
                if len(self._wanted) > ROWS_ASKED:
                    self._wanted.pop(next(iter(self._wanted)))
                self._ask.start()
                return None
            if len(self._pixmaps) >= PIXMAPS_KEPT:
                self._pixmaps.pop(next(iter(self._pixmaps)))
            icon = QIcon(QPixmap.fromImage(image.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio,
                                                        Qt.TransformationMode.SmoothTransformation)))
            self._pixmaps[item.path] = icon
        return icon

    def _ask_thumbnails(self) -> None:
        rows, self._wanted = list(self._wanted), {}
        for row in rows:        # the rows painted last: those on screen now
            if row < self.source.rowCount():
                self.source.data(self.source.index(row), DECORATION)

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid() or index.column() == 0:
            return base
        key = self.key_of(index.column())
        item = self.source.item_at(index.row())
        if key in _READ_ONLY or item.upload.state.is_done or self.doc.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role: int = EDIT) -> bool:  # noqa: N802
        if role != EDIT or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = self.key_of(index.column())
        item = self.source.item_at(index.row())
        edit = edits.set_field([item], key, tablerows.parse_cell(key, str(value)))
        if not edit.changes_anything():
            return False
        self.doc.apply_edit(edit, self.tr("Edit %1").replace("%1", column_label(key)))
        return True

    # --- many cells at once, each a single undoable command ---------------------------------
    def set_cells(self, cells: list[tuple[int, int, str]], text: str) -> int:
        """Put texts in (row, column) cells of this model; the editable ones change, as one command."""
        by_key: dict[str, dict[str, object]] = {}
        items: dict[str, object] = {}
        for row, column, value in cells:
            index = self.index(row, column)
            if not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
                continue
            key = self.key_of(column)
            item = self.source.item_at(row)
            items[item.path] = item
            by_key.setdefault(key, {})[item.path] = tablerows.parse_cell(key, value)
        changes = []
        for key, after in by_key.items():
            chosen = [items[p] for p in after]
            edit = edits.Edit(key, {i.path: edits.get_value(i.meta, key) for i in chosen}, after)
            if edit.changes_anything():
                changes.append(edit)
        self.doc.apply_edits(changes, text)
        return sum(len(e.paths) for e in changes)


def column_label(key: str) -> str:
    """A column's name as the window says it: "description (ru)", "accession number"."""
    from PySide6.QtCore import QCoreApplication
    fixed = {tablerows.FILE: QCoreApplication.translate("Table", "file"),
             tablerows.FILE_NAME: QCoreApplication.translate("Table", "file name"),
             tablerows.PLANNED_TITLE: QCoreApplication.translate("Table", "planned title")}
    if key in fixed:
        return fixed[key]
    kind, _, name = key.partition(":")
    if kind in ("description", "caption") and name:
        return f"{field_name(kind + 's')} ({name})"
    if kind == "field" and name:
        from .fieldnames import template_field_label
        return template_field_label(name)
    return field_name(key)


class TableFilter(QSortFilterProxyModel):
    """The grid's filter (the same regular expression over the same words); sorted by the
    column clicked, as its text."""

    def __init__(self, grid_filter, parent=None) -> None:
        super().__init__(parent)
        self._grid = grid_filter
        self.setFilterRole(FilterRole)
        self.setFilterKeyColumn(1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # rows are filtered and sorted when the filter or the sort order is chosen, not again
        # at each change of a cell: a check of 10 000 files changes every row, and re-sorting
        # and re-filtering them all then held the window for half a second (and a row that
        # moved away while typing in it would lose the person's place, as no spreadsheet does)
        self.setDynamicSortFilter(False)
        grid_filter.filter_changed.connect(self._follow)

    def _follow(self) -> None:
        self.setFilterRegularExpression(self._grid.filterRegularExpression())
        self.invalidate()


class BatchTable(QTableView):
    """The view: paste a block (Ctrl+V), fill down (Ctrl+D), find and replace (Ctrl+H)."""

    replace_requested = Signal()

    def __init__(self, model: BatchTableModel, proxy: TableFilter, parent=None) -> None:
        super().__init__(parent)
        self.table_model, self.proxy = model, proxy
        self.setModel(proxy)       # its rows come when the table is shown (attach): while the grid
        # is shown, putting back 2 000 removed files need not be mirrored here too
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)   # batch order until a header is clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.verticalHeader()
        header.setDefaultSectionSize(THUMB + 6)
        header.setSectionResizeMode(header.ResizeMode.Fixed)      # uniform rows: 10 000 scroll lightly
        self.horizontalHeader().setDefaultSectionSize(160)
        self.setColumnWidth(0, THUMB + 8)
        for signal in (proxy.headerDataChanged, proxy.columnsInserted, proxy.modelReset, proxy.layoutChanged):
            signal.connect(self._fit_headers)

    def _fit_headers(self, *_args) -> None:
        """Widen a column whose name would be cut (longer words in another language); never
        narrow one the person made wider."""
        header, model = self.horizontalHeader(), self.model()
        metrics = header.fontMetrics()
        for column in range(1, model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            need = metrics.horizontalAdvance(str(text or "")) + 28      # margins and the sort arrow
            if header.sectionSize(column) < need:
                header.resizeSection(column, need)

    def attach(self) -> None:
        model = self.table_model
        model.active = True
        model._update_columns()
        if self.proxy.sourceModel() is None:
            self.proxy.setSourceModel(model)
            self.setColumnWidth(0, THUMB + 8)
        self._fit_headers()

    def detach(self) -> None:
        self.table_model.active = False
        self.proxy.setSourceModel(None)

    def source_cell(self, index) -> tuple[int, int]:
        source = self.proxy.mapToSource(index)
        return source.row(), source.column()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.key() == Qt.Key.Key_D and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.fill_down()
            return
        if event.key() == Qt.Key.Key_H and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.replace_requested.emit()
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> int:
        """A tab-separated block (what a spreadsheet puts on the clipboard) from the current
        cell down and right, over the rows as they are shown (sorted or filtered)."""
        start = self.currentIndex()
        if not start.isValid() or not text:
            return 0
        block = list(csv.reader(io.StringIO(text.rstrip("\r\n")), delimiter="\t"))
        cells = []
        for dr, values in enumerate(block):
            for dc, value in enumerate(values):
                index = self.proxy.index(start.row() + dr, start.column() + dc)
                if index.isValid():
                    cells.append((*self.source_cell(index), value))
        return self.table_model.set_cells(cells, self.tr("Paste %n cell(s)", "", len(cells)))

    def fill_down(self) -> int:
        """In each column of the selection, the top selected cell's text into the others."""
        by_column: dict[int, list] = {}
        for index in self.selectionModel().selectedIndexes():
            by_column.setdefault(index.column(), []).append(index)
        cells = []
        for indexes in by_column.values():
            indexes.sort(key=lambda i: i.row())
            value = str(indexes[0].data(EDIT) or "")
            cells += [(*self.source_cell(i), value) for i in indexes[1:]]
        return self.table_model.set_cells(cells, self.tr("Fill down"))

    def copy_selection(self) -> None:
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, dict[int, str]] = {}
        for i in indexes:
            rows.setdefault(i.row(), {})[i.column()] = str(i.data(EDIT) or "")
        columns = sorted({i.column() for i in indexes})
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        for row in sorted(rows):
            writer.writerow([rows[row].get(c, "") for c in columns])
        QGuiApplication.clipboard().setText(out.getvalue())

    def replace_in_column(self, column: int, find: str, replace: str) -> int:
        """Find and replace in one column (a source column), over the rows shown."""
        if not find:
            return 0
        cells = []
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, self.proxy.mapFromSource(self.table_model.index(0, column)).column())
            text = str(index.data(EDIT) or "")
            if find in text:
                cells.append((*self.source_cell(index), text.replace(find, replace)))
        label = column_label(self.table_model.key_of(column))
        return self.table_model.set_cells(cells, self.tr("Replace in %1").replace("%1", label))

    def selected_paths(self) -> list[str]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.selectionModel().selectedIndexes()})
        return [self.table_model.source.item_at(r).path for r in rows]
