"""Scenes in the window: S (or Edit ▸ Select the whole scene) selects every photo of the current
photo's scene (core/scenes.py: the same walk, no long gap in time, no long way walked), so that
the editor writes categories, depicts and a description to all of them at once."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from ..core.scenes import split_scenes
from .viewkeys import view_key


class Scenes(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)          # the menu's entry
        self.action.setObjectName("select_scene")
        self.action.triggered.connect(self.select_scene)
        view_key(window, "select_scene_key", Qt.Key.Key_S, self.select_scene)   # S in the grid and the table
        self.translate_ui()

    def translate_ui(self) -> None:
        self.action.setText(self.tr("Select the &whole scene"))
        self.action.setToolTip(self.tr("Select the photos taken with the selected one, without a gap of "
                                       "20 minutes or 300 m walked between them (key: S)"))

    def scene_of(self, path: str) -> list[str]:
        for scene in split_scenes(self.window.doc.batch.items):
            paths = [i.path for i in scene.items]
            if path in paths:
                return paths
        return []

    def select_scene(self) -> None:
        chosen = self.window.grid.selected_paths()
        if not chosen:
            self.window.statusBar().showMessage(self.tr("Select a photo of the scene first."), 6000)
            return
        paths = self.scene_of(chosen[0])
        if not paths:
            return
        self.window.grid.select_paths(paths)
        shown = len(self.window.grid.selected_paths())    # a stack's hidden photos are not selected
        self.window.statusBar().showMessage(
            self.tr("%n photo(s) of this scene selected: what you write in the editor now goes to all of them.",
                    "", shown), 10000)
