"""The open batch in the app: its model, undo stack, autosave, live checks, import and thumbnails.

All disk work runs through ``Tasks`` (off the GUI thread). The window only wires this to widgets.
"""
from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage, QUndoStack

from ..core.batch import Batch
from ..core.edits import Edit
from ..core.item import MediaItem
from ..core.kit import Kit
from ..store.names import SUFFIX
from .models import BatchModel
from .tasks import Progress, Tasks
from .undo import EditCommand

#: files read before they are shown: the first screen of thumbnails need not wait for the rest
IMPORT_CHUNK = 48


class BatchDocument(QObject):
    problems_changed = Signal(list)          # list[Problem]
    batch_replaced = Signal()
    saved = Signal(str)
    failed = Signal(str, object)             # what was being done ("open", "save", "import"), exception
    import_started = Signal(object)          # Progress
    import_finished = Signal(int)            # files added
    left_out = Signal(list)                  # paths an import left out: not media (README, Thumbs.db…)
    locked = Signal(str, object)             # the batch path, store.lock.LockHolder: open elsewhere
    target_changed = Signal(str)             # the batch now goes to this wiki
    kit_changed = Signal()                   # the batch defaults changed (or were undone)

    def __init__(self, tasks: Tasks, *, thumb_cache: str, default_dir: str, parent=None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.thumb_cache = thumb_cache
        self.default_dir = default_dir
        self.undo = QUndoStack(self)
        self.model = BatchModel(self, request_thumbnail=self._want_thumbnail)
        self.lock = threading.RLock()   # held while items change or are copied for saving
        self.problems: list = []
        self.lookup_problems: list = []
        self.validation: list = []   # categories and depicts checked on the wiki (warnings)
        self.titles: dict[str, str] = {}
        self._validation_gen = 0
        self._save_timer = QTimer(self, singleShot=True, interval=600)
        self._save_timer.timeout.connect(self.save_now)
        self._check_timer = QTimer(self, singleShot=True, interval=150)
        self._check_timer.timeout.connect(self.check_now)
        self.undo.indexChanged.connect(lambda _: self.changed())
        self.read_only = False          # open in another app or command: shown, never saved
        self._made: set[str] = set()     # new batches' paths made by this document
        self.revision = 0                # bumped by every change of the items or the kit
        self._batch_lock = None         # store.lock.BatchLock of the batch this document writes

    @property
    def batch(self) -> Batch:
        return self.model.batch

    def items_by_path(self) -> dict[str, MediaItem]:
        return {i.path: i for i in self.batch.items}

    # --- opening and saving ---------------------------------------------------------------
    # One writer per batch: the document holds the batch's lock file while it may save it. A
    # batch open elsewhere (the app, or ``glamuploader upload``) is offered read-only.
    def new_batch(self, *, kit: Kit | None = None, target: str = "commons") -> None:
        stamp = time.strftime("%Y-%m-%d-%H%M%S")
        path = os.path.join(self.default_dir, f"batch-{stamp}{SUFFIX}")
        n = 1
        while path in self._made or path == self.batch.path:   # two new batches in one second
            n += 1
            path = os.path.join(self.default_dir, f"batch-{stamp}-{n}{SUFFIX}")
        self._made.add(path)

        def lock():   # on a worker: the folder and the lock file are disk
            os.makedirs(self.default_dir, exist_ok=True)
            return _lock_or_none(path)
        batch = Batch(kit=kit or Kit(), target=target, path=path)
        self._replace(batch)
        self.tasks.run(lock, lambda held: self._hold(held, path), lambda exc: None)

    def open_batch(self, path: str, on_done: Callable[[], None] | None = None, *,
                   read_only: bool = False) -> None:
        from ..store.lock import BatchLocked

        def work():
            from ..store.batchfile import load_batch
            held = None if read_only else _lock(path)   # raises BatchLocked: told, not opened
            try:
                return load_batch(path), held
            except BaseException:
                if held is not None:
                    held.release()
                raise

        def done(result) -> None:
            batch, held = result
            self._replace(batch, read_only=read_only)
            self._hold(held, batch.path)
            if on_done:
                on_done()

        def failed(exc) -> None:
            if isinstance(exc, BatchLocked):
                self.locked.emit(path, exc.holder)
            else:
                self.failed.emit("open", exc)
        self.tasks.run(work, done, failed)

    def _hold(self, held, path: str) -> None:
        """Keep the lock of the batch now open (a lock for a batch no longer open is let go)."""
        if held is None:
            return
        if self.batch.path == path and not self.read_only and self._batch_lock is None:
            self._batch_lock = held
        elif held is not self._batch_lock:
            self.tasks.run(held.release)

    def close(self) -> None:
        """Let go of the batch (the window is closing): save what is pending, release the lock."""
        self.save_now()
        held, self._batch_lock = self._batch_lock, None
        if held is not None:
            self.tasks.run(held.release)

    def _replace(self, batch: Batch, *, read_only: bool = False) -> None:
        held = self._batch_lock
        if held is not None and (read_only or os.path.abspath(batch.path or "") != os.path.abspath(self.batch.path or "")):
            self._batch_lock = None
            self.tasks.run(held.release)
        self.undo.clear()
        self.read_only = read_only
        self.model.set_batch(batch)
        _keep_long_lived()
        self.batch_replaced.emit()
        self.check_now()

    def changed(self) -> None:
        """Something in the batch changed: check again soon and save soon."""
        self._check_timer.start()
        self._save_timer.start()

    def save_now(self) -> None:
        self._save_timer.stop()
        if not self.batch.path or self.read_only:
            return
        path = self.batch.path

        def write() -> str:   # the snapshot too: for 10 000 items it takes a while
            from ..store.batchfile import render_batch, write_batch_file
            write_batch_file(path, render_batch(self.snapshot()))
            return path
        self.tasks.run(write, self.saved.emit, lambda exc: self.failed.emit("save", exc))

    def snapshot(self) -> dict:
        """The batch as plain data. Under the lock only a quick copy is taken (writing 10 000
        items out under it made the window wait for the lock while it saved); edits replace a
        field's value rather than change it in place, except the language maps, copied here."""
        import copy

        from ..store.batchfile import batch_to_dict
        with self.lock:
            items = []
            for item in self.batch.items:
                meta = copy.copy(item.meta)
                meta.descriptions, meta.captions, meta.fields = (
                    dict(meta.descriptions), dict(meta.captions), dict(meta.fields))
                items.append(MediaItem(item.path, item.facts, meta, copy.copy(item.upload)))
            frozen = Batch(items=items, kit=copy.copy(self.batch.kit), target=self.batch.target,
                           path=self.batch.path)
        return batch_to_dict(frozen, base_dir=os.path.dirname(frozen.path))

    def save_blocking(self) -> None:
        """Save at once, on the calling thread: for the upload worker, never the GUI thread."""
        if self.read_only:
            return
        from ..store.batchfile import render_batch, write_batch_file
        write_batch_file(self.batch.path, render_batch(self.snapshot()))

    def save_as(self, path: str) -> None:
        path = os.path.abspath(path)
        self.batch.path = path
        self.read_only = False      # a copy of its own: this document writes it
        self.save_now()
        self.tasks.run(lambda: _lock_or_none(path), lambda held: self._hold(held, path), lambda exc: None)

    # --- editing --------------------------------------------------------------------------
    def apply_edit(self, edit: Edit, text: str) -> None:
        self.undo.push(EditCommand(edit, self.items_by_path, self._edited, text, lock=self.lock))

    def apply_edits(self, changes: list[Edit], text: str) -> None:
        """Several fields at once (a block pasted in the table): one undoable command."""
        if len(changes) == 1:
            self.apply_edit(changes[0], text)
        elif changes:
            self.undo.beginMacro(text)
            for edit in changes:
                self.apply_edit(edit, text)
            self.undo.endMacro()

    def touch(self) -> None:
        """The batch's content changed (or is about to): views showing it must look again."""
        self.revision += 1

    def _edited(self, paths: list[str]) -> None:
        self.touch()
        self.model.refresh(paths)
        self.changed()

    def set_kit(self, kit: Kit, text: str = "") -> None:
        """New batch defaults, as one undoable command."""
        from .undo import BatchValueCommand
        self.undo.push(BatchValueCommand(self, "kit", kit, self.kit_changed.emit, text))

    def set_target(self, target: str, text: str = "") -> None:
        """Send this batch to another wiki (undoable); Preferences only set new batches' wiki."""
        if target and target != self.batch.target:
            from .undo import BatchValueCommand
            self.undo.push(BatchValueCommand(self, "target", target,
                                             lambda: self.target_changed.emit(self.batch.target), text))

    def remove_items(self, paths: set[str], text: str = "") -> None:
        """Take files out of the batch: one undoable command (the files on disk stay)."""
        from .undo import RemoveCommand
        self.undo.push(RemoveCommand(self.model, paths, self.changed, text, lock=self.lock, touched=self.touch))

    # --- checks ---------------------------------------------------------------------------
    def check_now(self) -> None:
        self._check_timer.stop()
        self._validation_gen += 1
        gen = self._validation_gen
        batch = self.batch

        def work():
            from ..core.validate import validate
            from ..jobs.runner import titles_for
            return validate(batch), titles_for(batch)

        def done(result) -> None:
            if gen != self._validation_gen:
                return   # a newer check is on its way
            self.validation, self.titles = result
            self._publish()
        self.tasks.run(work, done, lambda exc: self.failed.emit("check", exc))

    def set_lookup_problems(self, problems: list) -> None:
        self.lookup_problems = list(problems)
        self._publish()

    def _publish(self) -> None:
        lookups: list = []
        if self.lookup_problems:   # a set of 10 000 paths only when there is something to sift
            present = {i.path for i in self.batch.items if not i.upload.state.is_done}
            lookups = [p for p in self.lookup_problems if p.item in present]
        self.problems = self.validation + lookups
        self.model.set_problems(self.problems, self.titles)
        self.problems_changed.emit(self.problems)
        _keep_long_lived()

    # --- import ---------------------------------------------------------------------------
    def import_paths(self, paths: list[str]) -> Progress:
        """Read the files on a worker; they appear in the grid a chunk at a time as they are read."""
        progress = Progress(self)
        added = [0]

        def work() -> None:
            from ..media.importer import expand_paths, import_paths   # Pillow loads on the worker
            skipped: list[str] = []
            files = expand_paths(paths, on_skipped=skipped.extend)
            progress.report(0, len(files))
            # in other processes: EXIF parsing is Python, and threads here would take the GIL
            # from the GUI thread (stalls of 50-100 ms were measured with threads)
            import_paths(files, cancel=progress.cancel_event, on_progress=progress.report,
                         on_items=progress.partial.emit, chunk=IMPORT_CHUNK,
                         processes=len(files) > IMPORT_CHUNK, on_skipped=skipped.extend)
            return skipped

        def arrived(items: list[MediaItem]) -> None:
            before = len(self.batch.items)
            self.model.append(items)
            added[0] += len(self.batch.items) - before
            self.changed()

        def done(skipped) -> None:
            _keep_long_lived()
            if skipped:
                self.left_out.emit(list(skipped))
            self.import_finished.emit(added[0])
            self.changed()
        progress.partial.connect(arrived)
        self.import_started.emit(progress)
        self.tasks.run(work, done, lambda exc: self.failed.emit("import", exc))
        return progress

    # --- thumbnails -----------------------------------------------------------------------
    def _want_thumbnail(self, item: MediaItem) -> None:
        """Show the cached thumbnail, or at once the camera's embedded one, then make the real one."""
        path, sha1, cache = item.path, item.facts.sha1, self.thumb_cache
        hashed = bool(item.facts.picture_hash)

        def likeness() -> str:   # from the thumbnail just read or made: no decode of the photo
            if hashed or not sha1:
                return ""
            from ..media.picturehash import picture_hash
            return picture_hash(path, sha1, cache)

        def first():   # on a worker: the imports too (Pillow takes a while to load)
            from ..media.thumbnails import cache_path, embedded_thumbnail
            for alpha in ((False, True) if sha1 else ()):
                cached = cache_path(cache, sha1, alpha=alpha)
                if os.path.exists(cached):
                    return QImage(cached), True, likeness()
            data = embedded_thumbnail(path)
            return (QImage.fromData(data) if data else None), not sha1, ""

        def made():
            from ..media.thumbnails import thumbnail
            made_path = thumbnail(path, sha1, cache)
            return (QImage(made_path) if made_path else None), (likeness() if made_path else "")

        def show(result) -> None:
            image, found = result
            if image is not None and not image.isNull():
                self.model.set_image(path, image)
            if found and item.facts.sha1 == sha1 and not item.facts.picture_hash:
                item.facts = dataclasses.replace(item.facts, picture_hash=found)   # kept at the next save

        def after_first(result) -> None:
            image, final, found = result
            show((image, found))
            if not final:
                self.tasks.run(made, show, lambda exc: None)
        self.tasks.run(first, after_first, lambda exc: None)


#: young collections between two full ones (Python's default is 10)
FULL_PASS_EVERY = 100


def _keep_long_lived() -> None:
    """The batch's files live as long as the window: out of the garbage collector's sight. Its
    full passes went over all of them again and again (45–75 ms for 10 000 files, on whichever
    thread happened to allocate), which were most of the window's longest pauses."""
    import gc
    gc.freeze()
    # and fewer full passes over what came since (checks, saves, undo): each holds every thread
    first, second, _ = gc.get_threshold()
    gc.set_threshold(first, second, FULL_PASS_EVERY)


def _lock(path: str):
    from ..store.lock import lock_batch
    return lock_batch(path, program="app")


def _lock_or_none(path: str):
    """The lock of a batch this document makes (a new file): None if it cannot be had."""
    from ..store.lock import BatchLocked, LockError
    try:
        return _lock(path)
    except (BatchLocked, LockError):
        return None
