"""One gateway for every pywikibot call of a process: one call at a time, on one thread.

pywikibot's configuration, throttle and HTTP session are global, so the app never lets two
threads into it: uploads, checks, lookups, previews and structured data are all handed to this
gateway. A batch upload is one long call; interactive calls (a category suggestion while the
person types) are queued ahead of batch calls and served *inside* that long call at each point
where it yields (between files and between chunks, ``serve_interactive``), so they wait for one
request, never for the whole batch.

pywikibot's global state makes one gateway per process the right unit (not one per wiki): it
serves every wiki the process talks to. Nothing here imports pywikibot; it only orders calls.
"""
from __future__ import annotations

import heapq
import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

_T = TypeVar("_T")
INTERACTIVE, BATCH = 0, 1


class WikiGateway:
    def __init__(self, *, name: str = "wiki-gateway") -> None:
        self._heap: list[tuple[int, int, Callable[[], Any], Future]] = []
        self._order = itertools.count()
        self._cv = threading.Condition()
        self._busy = 0
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    # --- handing calls over ---------------------------------------------------------------
    def submit(self, fn: Callable[[], _T], *, interactive: bool = False) -> Future:
        """Queue ``fn``; its Future holds the result (or the exception)."""
        future: Future = Future()
        if self.on_thread():   # a call made from inside a gateway call runs at once
            _run(fn, future)
            return future
        with self._cv:
            if self._stopped:
                raise RuntimeError("the wiki gateway is stopped")
            heapq.heappush(self._heap, (INTERACTIVE if interactive else BATCH, next(self._order), fn, future))
            self._cv.notify_all()
        return future

    def call(self, fn: Callable[[], _T], *, interactive: bool = False, timeout: float | None = None) -> _T:
        """Run ``fn`` on the gateway and wait for it (at once when already on the gateway)."""
        return self.submit(fn, interactive=interactive).result(timeout)

    def on_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def serve_interactive(self) -> None:
        """From inside a long call on the gateway: run the interactive calls waiting now."""
        if not self.on_thread():
            return
        while True:
            with self._cv:
                if not self._heap or self._heap[0][0] != INTERACTIVE:
                    return
                _, _, fn, future = heapq.heappop(self._heap)
            _run(fn, future)

    # --- running ----------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._cv:
                while not self._heap and not self._stopped:
                    self._cv.wait()
                if not self._heap:
                    return
                _, _, fn, future = heapq.heappop(self._heap)
                self._busy += 1
            try:
                _run(fn, future)
            finally:
                with self._cv:
                    self._busy -= 1
                    self._cv.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Until nothing is queued or running (tests, quitting); False on time-out."""
        with self._cv:
            return self._cv.wait_for(lambda: not self._heap and not self._busy, timeout)

    def stop(self) -> None:
        with self._cv:
            self._stopped = True
            self._cv.notify_all()


def _run(fn: Callable[[], Any], future: Future) -> None:
    if not future.set_running_or_notify_cancel():
        return
    try:
        future.set_result(fn())
    except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
        future.set_exception(exc)


_shared: WikiGateway | None = None
_shared_lock = threading.Lock()


def shared_gateway() -> WikiGateway:
    """The process's gateway (made on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = WikiGateway()
        return _shared
