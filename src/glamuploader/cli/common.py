"""What the commands share: the user's errors, opening, holding and saving a batch, problems
printed for a person (and as JSON)."""
from __future__ import annotations

import contextlib
import time

from ..core.batch import Batch
from ..core.problems import Problem, Severity
from ..messages import file_error_text, problem_text
from ..store.batchfile import load_batch, save_batch
from ..store.errors import FileFormatError
from .output import Output, visible


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
        raise UserError(f"cannot save {path or batch.path}: {exc.strerror or exc}. "
                        "Check the folder exists and you may write there.") from None


def problem_json(p: Problem) -> dict:
    return {"code": p.code, "severity": p.severity.value, "file": p.item, "field": p.field,
            "params": {k: v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
                       for k, v in p.params.items()},
            "message": problem_text(p.code, p.params)}


def print_problems(problems: list[Problem], out: Output) -> None:
    by_file: dict[str | None, list[Problem]] = {}
    for p in problems:
        by_file.setdefault(p.item, []).append(p)
    for path, group in by_file.items():
        out.say(visible(path) if path else "(the batch)")
        for p in sorted(group, key=lambda p: p.severity is not Severity.ERROR):
            field = f" [{p.field}]" if p.field else ""
            out.say(f"  {p.severity.value:<7}{field} {visible(problem_text(p.code, p.params))}")
