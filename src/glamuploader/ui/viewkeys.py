"""Keys of the grid and the table only (P, X, Space, C, K, S, [ ]…): a letter typed in a text
field stays a letter there."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence


def view_key(window, name: str, key, slot: Callable[[], None]) -> QAction:
    """An action on ``key`` (a QKeySequence text or a Qt.Key) for the grid and the table."""
    action = QAction(window)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _=False: slot())
    for view in (window.grid.view, window.table):
        view.addAction(action)
    return action
