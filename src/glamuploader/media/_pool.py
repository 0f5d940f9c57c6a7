"""Run one function over many inputs on every core, in order, with progress and cancel."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, \
    ThreadPoolExecutor, wait
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: tasks kept in flight per worker: enough to keep every core busy, few enough to stop soon
_IN_FLIGHT_PER_WORKER = 2


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def run_ordered(fn: Callable[[T], R], inputs: Sequence[T], *, workers: int | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                cancel: threading.Event | None = None,
                processes: bool = False,
                on_result: Callable[[int, R], None] | None = None) -> list[tuple[int, R]]:
    """``(index, fn(input))`` for the inputs done, in input order.

    Submits only a few tasks ahead, so a set ``cancel`` stops the run after the tasks
    already running. ``on_progress(done, total)`` and ``on_result(index, result)`` (in input
    order, as soon as every earlier input is done) are called in the calling thread.
    ``processes`` runs ``fn`` in spawned processes: no GIL shared with the caller's threads
    (the app's GUI thread), at the cost of starting them.
    """
    total = len(inputs)
    workers = max(1, workers or default_workers())
    results: dict[int, R] = {}
    if total == 0:
        return []
    if processes:
        import multiprocessing
        executor: Executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    else:
        executor = ThreadPoolExecutor(workers, thread_name_prefix="glam-media")
    pending: dict[Future[R], int] = {}
    next_index = 0
    delivered = 0
    try:
        while next_index < total or pending:
            while (next_index < total and len(pending) < workers * _IN_FLIGHT_PER_WORKER
                   and not (cancel is not None and cancel.is_set())):
                pending[executor.submit(fn, inputs[next_index])] = next_index
                next_index += 1
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                results[pending.pop(future)] = future.result()
            while on_result is not None and delivered in results:
                on_result(delivered, results[delivered])
                delivered += 1
            if on_progress is not None:
                on_progress(len(results), total)
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
    return sorted(results.items())
