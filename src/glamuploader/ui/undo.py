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

    def __init__(self, model, paths: set[str], changed: Callable[[], None], text: str, lock) -> None:
        super().__init__(text)
        self._model, self._paths, self._changed, self._lock = model, set(paths), changed, lock
        self._removed: list = []

    def redo(self) -> None:
        with self._lock:
            self._removed = self._model.remove(self._paths)
        self._changed()

    def undo(self) -> None:
        with self._lock:
            self._model.restore(self._removed)
        self._changed()
