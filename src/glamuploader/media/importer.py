"""Import files and folders as media items, reading every file's facts on every core.

Only media are imported: README, Thumbs.db, .DS_Store, desktop.ini, notes.txt and the like
would become items that block the upload. They are left out, and named to the caller
(``on_skipped``) so that it can say which files were left out and why.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator

from ..core.item import FileFacts, MediaItem
from ._pool import run_ordered
from .facts import read_facts
from .opening import open_regular
from .sniff import MEDIA_EXTENSIONS, SNIFF_BYTES, sniff

#: our own files that sit next to photos and are never media
SIDECAR_SUFFIXES = (".glam.yaml", ".kit.yaml", ".glam.yaml.lock", ".glam.yaml.bak")

Skipped = Callable[[list[str]], None]


def expand_paths(paths: Iterable[str], *, on_skipped: Skipped | None = None) -> list[str]:
    """Absolute file paths: files as given, folders walked recursively and sorted.

    Inside folders, hidden files (a leading dot: .DS_Store, ._IMG_0001.jpg) are left out
    and given to ``on_skipped`` (once, all of them, if there are any); hidden folders (.git,
    .Trashes) are not walked. Our sidecar files are left out silently, also when named.
    A file named explicitly is kept: :func:`import_paths` looks at what it holds.
    """
    out: list[str] = []
    hidden: list[str] = []
    for path, is_hidden in _walk(paths):
        (hidden if is_hidden else out).append(path)
    if hidden and on_skipped is not None:
        on_skipped(hidden)
    return out


def is_media_file(path: str) -> bool:
    """Whether a file is to be imported: its name says it is media (a damaged, empty or
    mislabelled photo is then imported, and its problem shown), or its content sniffs as
    a kind of media. Only files with other names are read, their first 4 KiB."""
    if os.path.splitext(path)[1].lower().lstrip(".") in MEDIA_EXTENSIONS:
        return True
    try:
        with open_regular(path) as fh:
            head = fh.read(SNIFF_BYTES)
            size = os.fstat(fh.fileno()).st_size
    except (OSError, ValueError):  # gone, unreadable, a FIFO: nothing of media to import
        return False
    return sniff(head, size=size) is not None


def import_paths(paths: Iterable[str], *, workers: int | None = None,
                 on_progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None,
                 on_items: Callable[[list[MediaItem]], None] | None = None, chunk: int = 48,
                 processes: bool = False,
                 on_skipped: Skipped | None = None) -> list[MediaItem]:
    """A :class:`MediaItem` with facts and SHA-1 for every media file under ``paths``, in order.

    When ``cancel`` is set, returns the items finished so far (still in input order).
    ``on_items`` gets them in order, ``chunk`` at a time, as they are read (to show them
    before the rest are done). ``processes``: read in other processes (see ``run_ordered``).
    ``on_skipped`` gets, once at the end and in input order, the files left out: hidden
    files inside folders and files that are not media (:func:`is_media_file`), whether
    found in a folder or named.
    """
    walked = list(_walk(paths))
    files = [path for path, hidden in walked if not hidden]
    ready: list[MediaItem] = []
    left_out: set[str] = set()

    def one(index: int, facts: FileFacts | None) -> None:
        if facts is None:
            return
        ready.append(MediaItem(path=files[index], facts=facts))
        if len(ready) >= chunk:
            on_items(ready[:])
            ready.clear()

    done = run_ordered(_read_media, files, workers=workers, on_progress=on_progress,
                       cancel=cancel, processes=processes, on_result=one if on_items else None)
    if on_items is not None and ready:
        on_items(ready)
    left_out.update(files[i] for i, facts in done if facts is None)
    skipped = [path for path, hidden in walked if hidden or path in left_out]
    if skipped and on_skipped is not None:
        on_skipped(skipped)
    return [MediaItem(path=files[i], facts=facts) for i, facts in done if facts is not None]


def _read_media(path: str) -> FileFacts | None:
    """The file's facts; None for a file that is not media (not read further)."""
    return read_facts(path) if is_media_file(path) else None


def _walk(paths: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """(absolute path, hidden inside a folder) for each file, once, sidecars left out."""
    seen: set[str] = set()

    def new(path: str) -> bool:
        if path in seen or path.lower().endswith(SIDECAR_SUFFIXES):
            return False
        seen.add(path)
        return True

    for given in paths:
        path = os.path.abspath(os.fspath(given))
        if not os.path.isdir(path):
            if new(path):
                yield path, False
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                full = os.path.join(root, name)
                if new(full):
                    yield full, name.startswith(".")
