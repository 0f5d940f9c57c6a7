"""Import files and folders as media items, reading every file's facts on every core."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable

from ..core.item import MediaItem
from ._pool import run_ordered
from .facts import read_facts

#: our own files that sit next to photos and are never media
SIDECAR_SUFFIXES = (".glam.yaml", ".kit.yaml", ".glam.yaml.lock", ".glam.yaml.bak")


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Absolute file paths: files as given, folders walked recursively and sorted.

    Hidden files and folders (a leading dot) and our sidecar files are skipped inside
    folders; a file named explicitly is kept unless it is a sidecar.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen and not path.lower().endswith(SIDECAR_SUFFIXES):
            seen.add(path)
            out.append(path)

    for given in paths:
        path = os.path.abspath(os.fspath(given))
        if not os.path.isdir(path):
            add(path)
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    add(os.path.join(root, name))
    return out


def import_paths(paths: Iterable[str], *, workers: int | None = None,
                 on_progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None,
                 on_items: Callable[[list[MediaItem]], None] | None = None, chunk: int = 48,
                 processes: bool = False) -> list[MediaItem]:
    """A :class:`MediaItem` with facts and SHA-1 for every file under ``paths``, in order.

    When ``cancel`` is set, returns the items finished so far (still in input order).
    ``on_items`` gets them in order, ``chunk`` at a time, as they are read (to show them
    before the rest are done). ``processes``: read in other processes (see ``run_ordered``).
    """
    files = expand_paths(paths)
    ready: list[MediaItem] = []

    def one(index: int, facts) -> None:
        ready.append(MediaItem(path=files[index], facts=facts))
        if len(ready) >= chunk:
            on_items(ready[:])
            ready.clear()

    done = run_ordered(read_facts, files, workers=workers, on_progress=on_progress,
                       cancel=cancel, processes=processes, on_result=one if on_items else None)
    if on_items is not None and ready:
        on_items(ready)
    return [MediaItem(path=files[i], facts=facts) for i, facts in done]
