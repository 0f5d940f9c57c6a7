"""Before checking or sending: are the files still there, and are they what was imported?

Size and modification time are compared with what the batch recorded; where they differ the
file is read again (SHA-1 and facts), so a file is never sent under the batch's old SHA-1 and
old facts. What changed is told: content, dimensions, date taken.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import replace

from ..core.batch import Batch
from ..core.filechange import changes, looks_changed
from ..core.ports import LocalFiles
from ..core.problems import Problem


def look_at_files(batch: Batch, files: LocalFiles, *, cancel: threading.Event | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  lock: contextlib.AbstractContextManager | None = None) -> list[Problem]:
    """Problems ``file-missing`` (an error) and ``file-changed`` (a warning: the new file's
    facts replace the old in the batch) of the items still to upload."""
    guard = lock or contextlib.nullcontext()
    out: list[Problem] = []
    todo = batch.pending()
    for done, item in enumerate(todo):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None and done % 20 == 0:
            progress(done, len(todo))
        seen = files.stat(item.path)
        if seen is None:
            out.append(Problem("file-missing", item=item.path, field="file", params={"path": item.path}))
            continue
        size, mtime = seen
        if not looks_changed(item.facts, size, mtime):
            continue
        new = files.read_facts(item.path)
        what = changes(item.facts, new)
        with guard:
            item.facts = new if what else replace(item.facts, mtime=new.mtime, size=new.size)
        if what:
            out.append(Problem("file-changed", item=item.path, field="file",
                               params={"path": item.path, "changed": what}))
    if progress is not None:
        progress(len(todo), len(todo))
    return out
