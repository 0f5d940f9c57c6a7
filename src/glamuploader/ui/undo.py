"""Undoable edits: a ``core.edits.Edit`` wrapped in a QUndoCommand."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..core.edits import Edit
from ..core.item import MediaItem


class EditCommand(QUndoCommand):
    def __init__(self, edit: Edit, items: Callable[[], dict[str, MediaItem]],
                 changed: Callable[[list[str]], None], text: str, lock) -> None:
        super().__init__(text)
        self.edit, self._items, self._changed, self._lock = edit, items, changed, lock

    def redo(self) -> None:
        with self._lock:
            self.edit.apply(self._items())
        self._changed(self.edit.paths)

    def undo(self) -> None:
        with self._lock:
            self.edit.revert(self._items())
        self._changed(self.edit.paths)


class RemoveCommand(QUndoCommand):
    """Files taken out of the batch; undo puts them back where they were, with all they had."""

    def __init__(self, model, paths: set[str], changed: Callable[[], None], text: str, lock,
                 touched: Callable[[], None] = lambda: None) -> None:
        super().__init__(text)
        self._model, self._paths, self._changed, self._lock = model, set(paths), changed, lock
        self._touched = touched
        self._removed: list = []

    def redo(self) -> None:
        self._touched()   # before the rows go: the window refreshes once for this change
        with self._lock:
            self._removed = self._model.remove(self._paths)
        self._changed()

    def undo(self) -> None:
        self._touched()
        with self._lock:
            self._model.restore(self._removed)
        self._changed()


class BatchValueCommand(QUndoCommand):
    """One of the batch's own values changed (its wiki, its defaults), undoable like an edit;
    ``announce`` tells the views. A wiki choice is explicit; Preferences only set new batches'."""

    def __init__(self, doc, attr: str, value, announce: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self._doc, self._attr, self._announce = doc, attr, announce
        self._old, self._new = getattr(doc.batch, attr), value

    def redo(self) -> None:
        self._put(self._new)

    def undo(self) -> None:
        self._put(self._old)

    def _put(self, value) -> None:
        self._doc.touch()
        setattr(self._doc.batch, self._attr, value)
        self._announce()
