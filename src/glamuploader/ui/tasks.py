"""Run work off the GUI thread and get the result back on it (Picard's ``run_task``, Anki's ``QueryOp``).

``Tasks.run(work, on_done, on_error)`` runs ``work()`` on a QThreadPool; ``on_done(result)`` or
``on_error(exc)`` then runs on the GUI thread. ``SyncTasks`` runs everything at once, for tests.
A task may take a ``Progress`` to report (done, total) and to see a cancel request.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Progress(QObject):
    """Handed to a long task: ``report(done, total)`` from any thread; ``cancelled`` to stop."""

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.changed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_event(self) -> threading.Event:
        return self._cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:  # worker thread
        try:
            result = self.work()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Tasks(QObject):
    """Background work for the app; results come back through queued signals."""

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        relay = _Relay()  # lives on the GUI thread, so its slots run there
        self._live.add(relay)

        @Slot(object)
        def finished(result: Any) -> None:
            self._live.discard(relay)
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._live.discard(relay)
            if on_error is not None:
                on_error(exc)
            else:
                raise exc

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class SyncTasks(Tasks):
    """Runs each task at once on the calling thread: tests can then assert right after."""

    def run(self, work, on_done=None, on_error=None) -> None:  # type: ignore[override]
        try:
            result = work()
        except BaseException as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done is not None:
            on_done(result)
