"""Stacks of similar photos in the grid: a burst, or the same picture taken again, shows as one
thumbnail with a count; Space (or a double-click) on it compares the photos side by side, and
K keeps the chosen one and rejects the rest.

Turning stacks on looks for the photos that are alike (core/similar.py) on a worker: each
photo's likeness hash comes from the thumbnail the grid has made (or the camera's small one),
so there is no new decode of the photos. It shows progress in the status bar and can be
cancelled. The photo shown for a stack is its best: picked, then the most stars, then the first.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar, QPushButton

from ..core.picks import cull_order
from .viewkeys import view_key


class _Progress(QObject):
    moved = Signal(int, int)      # emitted on a worker, delivered on the GUI thread


class Stacks(QObject):
    found = Signal()              # stacks are shown (tests, screenshots)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.groups: list[tuple[str, ...]] = []
        self.group_of: dict[str, tuple[str, ...]] = {}
        self._stop: threading.Event | None = None
        self.action = QAction(window)
        self.action.setObjectName("stack_similar")
        self.action.setCheckable(True)
        self.action.toggled.connect(self.set_on)
        self.keep_best_action = QAction(window)
        self.keep_best_action.setObjectName("keep_best")
        self.keep_best_action.setEnabled(False)
        self.keep_best_action.triggered.connect(self.keep_best_everywhere)
        # K: keep the selected photo, reject the rest of its stack
        view_key(window, "keep_selected", Qt.Key.Key_K, self.keep_selected)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(200)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(lambda: self.action.setChecked(False))
        for widget in (self.bar, self.cancel):
            window.statusBar().addPermanentWidget(widget)
            widget.hide()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        window.doc.undo.indexChanged.connect(lambda _n: self._choose_tops())
        window.doc.batch_replaced.connect(lambda *_: self.action.setChecked(False))
        self.translate_ui()

    def translate_ui(self) -> None:
        self.action.setText(self.tr("&Stack similar photos"))
        self.action.setToolTip(self.tr("Show each burst or near-duplicate as one photo with a count; "
                                       "Space on it compares them"))
        self.keep_best_action.setText(self.tr("&Keep the best of each stack"))
        self.keep_best_action.setToolTip(self.tr("In every stack, pick the photo with most stars "
                                                 "(or the one picked, or the first) and reject the others"))
        self.cancel.setText(self.tr("Cancel"))
        self.bar.setFormat(self.tr("Finding similar photos: %v of %m"))

    # --- finding ------------------------------------------------------------------------------
    def set_on(self, on: bool) -> None:
        if self._stop is not None:
            self._stop.set()                 # a search under way: its result is not used
            self._stop = None
        if not on:
            self._show([])
            self._busy(False)
            return
        self._find()

    def _find(self) -> None:
        doc = self.window.doc
        items = list(doc.batch.items)
        cache = doc.thumb_cache
        stop = self._stop = threading.Event()
        progress = self._progress
        self._busy(True, len(items))

        def work():                          # on a worker: hashes from thumbnails, then the groups
            from ..core.similar import similar_groups
            from ..media.picturehash import hashes_of
            hashes = hashes_of(items, cache, stop=stop.is_set,
                               progress=lambda n, total: progress.moved.emit(n, total) if n % 8 == 0 else None)
            if hashes is None:
                return None
            groups = similar_groups(items, hashes, stop=stop.is_set)
            return hashes, [tuple(i.path for i in g.items) for g in groups]

        def done(result) -> None:
            if stop.is_set() or result is None:
                return
            self._stop = None
            self._busy(False)
            hashes, groups = result
            from ..core.similar import keep_hashes
            keep_hashes(items, hashes)        # on the GUI thread, which owns the items
            self._show(groups)
            self.found.emit()
            self.window.statusBar().showMessage(
                self.tr("%n stack(s) of similar photos.", "", len(groups)), 8000)

        def failed(exc) -> None:
            self._stop = None
            self._busy(False)
            self.action.setChecked(False)
            self.window.statusBar().showMessage(self.tr("Similar photos could not be found: %1").replace("%1", str(exc)), 10000)
        self.window.doc.tasks.run(work, done, failed)

    def _busy(self, busy: bool, total: int = 0) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.bar.setVisible(busy)
        self.cancel.setVisible(busy)

    def _moved(self, done: int, total: int) -> None:
        if self._stop is not None:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)

    # --- showing ------------------------------------------------------------------------------
    def _show(self, groups: list[tuple[str, ...]]) -> None:
        self.groups = groups
        self.group_of = {path: group for group in groups for path in group}
        self.keep_best_action.setEnabled(bool(groups))
        self._choose_tops()
        self.window.grid.proxy.set_stacked(bool(groups))

    def _choose_tops(self) -> None:
        model = self.window.doc.model
        tops, hidden = {}, set()
        for group in self.groups:
            best = self.best_of(group)
            tops[best] = len(group)
            hidden.update(p for p in group if p != best)
        if tops != model.stack_sizes or hidden != model.stacked:
            model.set_stacks(tops, hidden)

    def best_of(self, group: tuple[str, ...]) -> str:
        """As core.picks.cull_order: picked first, then the most stars, then the first in the
        batch; a reject last."""
        model = self.window.doc.model

        def rank(numbered):
            n, path = numbered
            item = model.item_of(path)
            return (*cull_order(item), n) if item is not None else (3, 0, n)   # gone from the batch: last
        return min(enumerate(group), key=rank)[1]

    def stack_of(self, path: str) -> tuple[str, ...]:
        return self.group_of.get(path, ())

    # --- keeping ------------------------------------------------------------------------------
    def keep_selected(self) -> None:
        """Keep each selected photo and reject the others of its stack (one undo step)."""
        chosen = self.window.grid.selected_paths()
        stacks = [(path, self.stack_of(path)) for path in chosen if self.stack_of(path)]
        if not stacks:
            self.window.statusBar().showMessage(
                self.tr("The selected photo is in no stack of similar photos. "
                        "Turn on Edit ▸ Stack similar photos to find them."), 8000)
            return
        self.window.curation.keep_many(stacks)

    def keep_best_everywhere(self) -> None:
        self.window.curation.keep_many([(self.best_of(group), group) for group in self.groups])
