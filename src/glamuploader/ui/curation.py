"""Culling with one key, in the grid and the table: P pick, X reject, U unmark, 0-5 stars;
Space shows the photo filling the window, C compares the selected ones side by side.

Each mark is one undoable command; with one file selected the next one is selected after it, so
a walk's photos are culled key after key. The keys belong to the grid and the table only, so
typing a P in a text field types a P.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from ..core.edits import set_field
from ..core.picks import PICK, REJECT, UNMARKED
from .viewkeys import view_key

KEYS = {"P": ("pick", PICK), "X": ("pick", REJECT), "U": ("pick", UNMARKED),
        **{str(n): ("rating", n) for n in range(6)}}


class Curation(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._docks: list = []                 # the panels hidden while the viewer shows
        self.move_on_action = QAction(window)   # after marking one file, the next is selected
        self.move_on_action.setObjectName("cull_move_on")
        self.move_on_action.setCheckable(True)
        self.move_on_action.setChecked(bool(window.settings.get("cull_move_on")))
        self.move_on_action.toggled.connect(lambda on: window.settings.set("cull_move_on", int(on)))
        for key, (field, value) in KEYS.items():
            view_key(window, f"cull_{key}", key, lambda f=field, v=value: self.mark(f, v))
        view_key(window, "view_photo", Qt.Key.Key_Space, self.open_viewer)   # the photo filling the window
        for key, degrees in (("[", -90), ("]", 90)):   # a quarter turn left or right, by the tag
            view_key(window, f"turn_{'left' if degrees < 0 else 'right'}", key,
                     lambda d=degrees: self.turn(self.window.grid.selected_paths(), d))
        view_key(window, "compare_photos", Qt.Key.Key_C, self.open_compare)   # two to four side by side
        window.grid.view.doubleClicked.connect(lambda _index: self.open_viewer())

    @property
    def move_on(self) -> bool:
        return self.move_on_action.isChecked()

    def translate_ui(self) -> None:
        self.move_on_action.setText(self.tr("Go to the &next photo after marking one"))
        self.move_on_action.setToolTip(self.tr("After P, X, U or a number of stars, the next photo is shown"))

    def mark(self, field: str, value) -> None:
        """The selected files in the grid or table; then, for one, the next is selected."""
        items = self.mark_paths(self.window.grid.selected_paths(), field, value)
        if self.move_on and len(items) == 1:
            self._next(items[0].path)

    def mark_paths(self, paths: list[str], field: str, value) -> list:
        doc = self.window.doc
        items = doc.model.items_of(paths)
        if items:
            edit = set_field(items, field, value)
            if edit.changes_anything():
                doc.apply_edit(edit, self.undo_text(field, value))
        return items

    def shown_paths(self) -> list[str]:
        """The files as the grid or the table shows them now (sorted and filtered)."""
        grid = self.window.grid
        view = grid.table if grid.table_shown() else grid.view
        proxy = view.model()
        rows = (proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount()))
        return [grid.model.item_at(r).path for r in rows]

    def open_viewer(self) -> None:
        paths = self.shown_paths()
        chosen = self.window.grid.selected_paths()
        if not paths:
            return
        stack = self.window.stacks.stack_of(chosen[0]) if len(chosen) == 1 else ()
        if stack and chosen[0] in self.window.doc.model.stack_sizes:
            self.open_compare(list(stack))   # a stack opens to compare its photos
            return
        start = paths.index(chosen[0]) if chosen and chosen[0] in paths else 0
        self._show_viewer(paths, start, 1)

    def open_compare(self, paths: list[str] | None = None) -> None:
        """The selected photos side by side (two to four at a time; more are paged through)."""
        shown = self.shown_paths()
        chosen = paths if paths is not None else self.window.grid.selected_paths()
        model = self.window.doc.model          # a stack's hidden photos too, in batch order
        order = {p: n for n, p in enumerate(shown)}
        order.update({p: len(shown) + (model.row_of(p) or 0) for p in chosen if p not in order})
        chosen = sorted((p for p in chosen if p in order), key=order.__getitem__)
        if len(chosen) < 2:
            self.window.statusBar().showMessage(
                self.tr("Select two to four photos to compare them side by side."), 6000)
            return
        self._show_viewer(chosen, 0, min(4, len(chosen)))

    def _show_viewer(self, paths: list[str], start: int, panes: int) -> None:
        window = self.window
        # the whole window for the photo: the panels below step aside until Esc
        self._docks = [d for d in (window.problems_dock, window.preview_dock) if d.isVisible()]
        for dock in self._docks:
            dock.hide()
        window.central.setCurrentWidget(window.viewer)
        window.viewer.open(paths, start, panes)
        window.viewer.setFocus()

    def close_viewer(self, path: str) -> None:
        window = self.window
        window.central.setCurrentWidget(window.splitter)
        for dock in self._docks:
            dock.show()
        self._docks = []
        if window.viewer.comparing():
            window.grid.select_paths(window.viewer.paths)
        elif path:
            window.grid.select_paths([path])
        window.viewer.release()
        view = window.grid.table if window.grid.table_shown() else window.grid.view
        view.setFocus()

    def turn(self, paths: list[str], degrees: int) -> None:
        """Turn the photos a quarter (-90 left, 90 right) in the copy sent: one undoable step.
        The files stay as they are; the copy uploaded gets another orientation tag."""
        from ..core.orientation import added
        by_turn: dict[int, list] = {}
        for item in self.window.doc.model.items_of(paths):
            by_turn.setdefault(added(item.meta.rotate, degrees), []).append(item)
        edits = [set_field(group, "rotate", value) for value, group in sorted(by_turn.items())]
        if edits:
            text = self.tr("Turn left") if degrees < 0 else self.tr("Turn right")
            self.window.doc.apply_edits(edits, text)

    def keep_one(self, keep: str, among: list[str]) -> None:
        """Pick ``keep`` and reject the others of ``among``: one undoable step."""
        self.keep_many([(keep, tuple(among))])

    def keep_many(self, choices: list[tuple[str, tuple[str, ...]]]) -> None:
        """For each (photo, its group): pick the photo, reject the rest; one undoable step."""
        model = self.window.doc.model
        kept_paths = {keep for keep, _ in choices}
        rest_paths = {p for _, group in choices for p in group} - kept_paths
        kept, rest = model.items_of(sorted(kept_paths)), model.items_of(sorted(rest_paths))
        edits = [e for e in (set_field(kept, "pick", PICK), set_field(rest, "pick", REJECT))
                 if e.changes_anything()]
        if edits:
            self.window.doc.apply_edits(edits, self.tr("Keep one, reject %n other(s)", "", len(rest)))

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
