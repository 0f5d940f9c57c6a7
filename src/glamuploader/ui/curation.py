"""Culling with one key, in the grid and the table: P pick, X reject, U unmark, 0-5 stars.

Each is one undoable command; with one file selected the next one is selected after it, so a
walk's photos are culled key after key. The keys belong to the grid and the table only, so
typing a P in a text field types a P.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..core.edits import set_field
from ..core.picks import PICK, REJECT, UNMARKED

KEYS = {"P": ("pick", PICK), "X": ("pick", REJECT), "U": ("pick", UNMARKED),
        **{str(n): ("rating", n) for n in range(6)}}


class Curation(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.move_on = True                 # after marking one file, the next is selected
        self.actions = []
        for key, (field, value) in KEYS.items():
            action = QAction(window)
            action.setObjectName(f"cull_{key}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, f=field, v=value: self.mark(f, v))
            for view in (window.grid.view, window.table):
                view.addAction(action)
            self.actions.append(action)

    def mark(self, field: str, value) -> None:
        grid, doc = self.window.grid, self.window.doc
        paths = grid.selected_paths()
        by_path = doc.items_by_path()
        items = [by_path[p] for p in paths if p in by_path]
        if not items:
            return
        edit = set_field(items, field, value)
        if edit.changes_anything():
            doc.apply_edit(edit, self.undo_text(field, value))
        if self.move_on and len(items) == 1:
            self._next(items[0].path)

    def undo_text(self, field: str, value) -> str:
        if field == "rating":
            return self.tr("Stars: %1").replace("%1", str(value))
        return {PICK: self.tr("Pick"), REJECT: self.tr("Reject"), UNMARKED: self.tr("Unmark")}[value]

    def _next(self, path: str) -> None:
        """Select the file after ``path`` as the grid or table shows them (sorted, filtered)."""
        grid = self.window.grid
        view = grid.table if grid.table_shown() else grid.view
        proxy = view.model()
        row = grid.model.row_of(path)
        if row is None:
            return
        if grid.table_shown():
            here = proxy.mapFromSource(view.table_model.index(row, 1))
        else:
            here = proxy.mapFromSource(grid.model.index(row))
        following = here.siblingAtRow(here.row() + 1) if here.isValid() else here
        if not following.isValid():
            return
        source = proxy.mapToSource(following)
        grid.select_paths([grid.model.item_at(source.row()).path])
