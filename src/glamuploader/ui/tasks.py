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
    partial = Signal(object)     # a part of the result, as soon as it is ready

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
    """One per Tasks: results come back through a single queued signal (connecting a new
    slot per task costs milliseconds on the GUI thread)."""

    finished = Signal(int, bool, object)   # task id, succeeded, result or exception


_RELAYS: list[_Relay] = []     # a few per window; kept for the life of the process


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, task_id: int) -> None:
        super().__init__()
        self.work, self.relay, self.task_id = work, relay, task_id

    def run(self) -> None:  # worker thread
        try:
            result, ok = self.work(), True
        except BaseException as exc:  # delivered to on_error on the GUI thread
            result, ok = exc, False
        try:
            self.relay.finished.emit(self.task_id, ok, result)
        except RuntimeError:   # its owner (a closed window's worker) is gone: nobody to tell
            pass


class Tasks(QObject):
    """Background work for the app; results come back on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        # Not a child of this object, and never deleted: a worker may still be finishing when
        # the window that owns these Tasks is closed and deleted (closing saves the batch on a
        # worker), and emitting on a deleted relay crashed the process (CI, once: a segfault
        # in _Job.run). Qt drops the queued result itself once this receiver is gone.
        self._relay = _Relay()
        _RELAYS.append(self._relay)
        self._relay.finished.connect(self._finished)
        self._pending: dict[int, tuple] = {}
        self._next = 0

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        self._next += 1
        self._pending[self._next] = (on_done, on_error)
        self.pool.start(_Job(work, self._relay, self._next))

    @Slot(int, bool, object)
    def _finished(self, task_id: int, ok: bool, result: Any) -> None:
        on_done, on_error = self._pending.pop(task_id, (None, None))
        if ok:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(result)
        else:
            raise result

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


class GatewayTasks(Tasks):
    """Tasks run by the process's wiki gateway (``wiki.gateway``): every pywikibot call of the
    app goes through it, one at a time. ``interactive`` tasks (suggestions while typing) go
    ahead of batch work and are served between the files and chunks of a running upload."""

    def __init__(self, parent: QObject | None = None, *, gateway, interactive: bool = False) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.interactive = interactive

    def run(self, work, on_done=None, on_error=None) -> None:  # type: ignore[override]
        self._next += 1
        task_id = self._next
        self._pending[task_id] = (on_done, on_error)
        relay = self._relay

        def finished(future) -> None:   # on the gateway's thread
            exc = future.exception()
            try:
                relay.finished.emit(task_id, exc is None, exc if exc is not None else future.result())
            except RuntimeError:   # the owner is gone (a closed window): nobody to tell
                pass
        self.gateway.submit(work, interactive=self.interactive).add_done_callback(finished)

    def wait(self, msecs: int = 30000) -> bool:
        return self.gateway.wait_idle(msecs / 1000)
