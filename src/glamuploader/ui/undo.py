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


class TargetCommand(QUndoCommand):
    """The batch is to go to another wiki: an explicit choice, undoable like any edit."""

    def __init__(self, doc, target: str, text: str) -> None:
        super().__init__(text)
        self._doc, self._old, self._new = doc, doc.batch.target, target

    def redo(self) -> None:
        self._doc.batch.target = self._new
        self._doc.target_changed.emit(self._new)

    def undo(self) -> None:
        self._doc.batch.target = self._old
        self._doc.target_changed.emit(self._old)


class KitCommand(QUndoCommand):
    """New batch defaults (licence, author, categories… for every file): undoable like an edit."""

    def __init__(self, doc, kit, text: str) -> None:
        super().__init__(text)
        self._doc, self._old, self._new = doc, doc.batch.kit, kit

    def redo(self) -> None:
        self._doc.touch()
        self._doc.batch.kit = self._new
        self._doc.kit_changed.emit()

    def undo(self) -> None:
        self._doc.touch()
        self._doc.batch.kit = self._old
        self._doc.kit_changed.emit()
