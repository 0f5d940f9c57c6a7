"""What the commands share: the user's errors, opening, holding and saving a batch, problems
printed for a person (and as JSON)."""
from __future__ import annotations

import contextlib
import errno
import os
import time

from ..core.batch import Batch
from ..core.problems import Problem
from ..messages import file_error_text, problem_text
from ..store.batchfile import load_batch, save_batch
from ..store.errors import FileFormatError
from .output import Output
from .problemlines import print_problems  # noqa: F401 - the commands import it from here


class UserError(Exception):
    """Something the user can fix; printed as one line, no traceback."""


def open_batch(path: str, out: Output | None = None) -> Batch:
    try:
        batch = load_batch(path)
    except FileFormatError as exc:
        raise UserError(describe_file_error(exc)) from None
    if batch.recovered is not None:
        r = batch.recovered
        where = f", line {r.line}" if r.line else ""
        (out or Output()).warn(f"{batch.path} was damaged ({file_error_text(r.code, r.params)}{where}); its last "
                               f"good copy was used. The damaged file is kept as {r.damaged}.")
    return batch


def describe_file_error(exc: FileFormatError) -> str:
    where = f"{exc.path}, line {exc.line}" if exc.line else exc.path
    return f"{where}: {file_error_text(exc.code, exc.params)}"


@contextlib.contextmanager
def hold_batch(path: str, out: Output):
    """One writer per batch: the batch's lock file is held while the command may write it."""
    from ..store.lock import BatchLocked, LockError, lock_batch
    try:
        lock = lock_batch(path, program="cli")
    except BatchLocked as exc:
        h = exc.holder
        if h.pid == 0:   # its lock file is being written this moment and cannot be read yet
            raise UserError(f"{path} is being opened by another program right now. Try again in a "
                            "moment; nothing was changed.") from None
        who = "the app" if h.program == "app" else "another glamuploader command"
        since = time.strftime("%Y-%m-%d %H:%M", time.localtime(h.started))
        raise UserError(f"{path} is open in {who} (process {h.pid} of {h.user} on {h.host}, since "
                        f"{since}). Close it there first, or wait for that upload to finish; "
                        "nothing was changed.") from None
    except LockError as exc:
        raise UserError(f"cannot lock {path} for writing ({exc}). Check that you may write in its "
                        "folder.") from None
    try:
        yield lock
    finally:
        lock.release()


def save(batch: Batch, path: str | None = None) -> str:
    try:
        return save_batch(batch, path)
    except OSError as exc:
        raise UserError(f"cannot save {write_error(path or batch.path, exc)}") from None


def write_text(path: str, text: str, *, what: str) -> None:
    """Write ``text`` to the file ``path`` (as the person named it: a device such as /dev/stdout
    too, so not through a temporary file); any OSError is a UserError that names the path,
    the reason and what to do."""
    opened = False
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            opened = True
            fh.write(text)
    except OSError as exc:
        raise UserError(f"cannot write {what} to {write_error(path, exc, partly=opened)}") from None


def write_error(path: str, exc: OSError, *, partly: bool = False, folder: bool = False) -> str:
    """"PATH: why; what to do." for a failed write of the file (or, with ``folder``, into the
    folder) ``path``. Uses the path given, not ``exc.filename``: some errors name no file
    (writing to /proc gives a bare EIO)."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    parent = os.path.dirname(os.path.abspath(path))
    if not folder and (isinstance(exc, IsADirectoryError) or os.path.isdir(path)):
        why = "it is a folder. Give the name of a file, in that folder or elsewhere"
    elif folder and isinstance(exc, FileExistsError):
        why = "it is a file, not a folder. Give a folder"
    elif isinstance(exc, NotADirectoryError):
        why = "a part of that path is a file, not a folder. Check the path"
    elif isinstance(exc, FileNotFoundError) and not os.path.isdir(parent):
        why = f"the folder {parent} does not exist. Create it first, or choose another folder"
    elif isinstance(exc, PermissionError):
        why = f"you may not write there ({reason}). Choose a folder you may write in"
    elif exc.errno == errno.ENOSPC:
        why = "the disk is full. Free some space, or choose another disk"
    elif exc.errno == errno.EROFS:
        why = "the disk is read-only. Choose another place"
    else:
        why = f"{reason}. Choose {'another folder' if folder else 'a file in another folder'}"
    done = "what is in the file may be incomplete" if partly else "nothing was written there"
    return f"{path}: {why}; {done}."


def problem_json(p: Problem) -> dict:
    return {"code": p.code, "severity": p.severity.value, "file": p.item, "field": p.field,
            "params": {k: v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
                       for k, v in p.params.items()},
            "message": problem_text(p.code, p.params)}
