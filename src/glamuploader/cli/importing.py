"""``glamuploader import``: photos and folders into a batch file.

The files are read on a worker thread. Python raises Ctrl-C (KeyboardInterrupt) in the main
thread only, so the main thread waits for the worker, and on Ctrl-C sets its cancel event:
the files being read are finished, the ones read so far are saved in the batch, and a second
run reads only the rest (files already in the batch are not read again).
"""
from __future__ import annotations

import argparse
import os
import threading

from ..core.batch import Batch
from ..core.validate import validate
from ..store.errors import FileFormatError
from ..store.kitfile import load_kit
from .common import UserError, describe_file_error, hold_batch, open_batch, problem_json, save
from .output import Output, visible


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    target = checked_target(args.target) if args.target else None
    from .tableimport import read_for
    args.sheet = read_for(args)            # a bad sheet stops the import before any photo is read
    with hold_batch(os.path.abspath(args.output), out):
        try:
            batch, files, known, hidden = _prepare(args, out, target)
        except KeyboardInterrupt:
            out.warn("Stopped before any file was read; nothing was written.")
            return 130
        return _read_and_save(args, out, batch, files, known, hidden)


def checked_target(name: str) -> str:
    """``name`` as the batch keeps it, once it is known to name a wiki (nothing is asked of the
    wiki: a typo is told now, not at the first check or upload)."""
    from ..wiki.targets import NAMED_TARGETS, UnknownTarget, url_target
    key = name.strip()
    if key.lower() in NAMED_TARGETS:
        return key.lower()
    if key.lower().startswith(("http://", "https://")):
        try:
            url_target(key)
            return key
        except UnknownTarget:
            pass
    raise UserError(f"--target {name}: not a wiki this tool knows. Give commons, beta, sandbox, or "
                    "the address of a wiki's api.php (as https://example.org/w/api.php); nothing "
                    "was read or written.")


def _prepare(args: argparse.Namespace, out: Output, target: str | None):
    """The batch (new or as saved), the files to read, how many were in it already, and the
    hidden files left out of the folders."""
    from ..media.importer import expand_paths

    exists = os.path.exists(args.output)
    batch = open_batch(args.output, out) if exists else Batch(path=os.path.abspath(args.output))
    if args.kit:
        try:
            batch.kit = load_kit(args.kit)
        except FileFormatError as exc:
            raise UserError(describe_file_error(exc)) from None
    if target:
        batch.target = target
    missing = [p for p in args.paths if not os.path.exists(p)]
    there = [p for p in args.paths if p not in missing]
    left_out: list[str] = []
    files = expand_paths(there, on_skipped=left_out.extend)
    check = (f"Check the path{'s' if len(args.paths) > 1 else ''}; {args.output} was not "
             f"{'changed' if exists else 'written'}.")
    if not there:
        raise UserError(f"nothing was imported: no such file or folder: {'; '.join(missing)}. {check}")
    for path in missing:
        out.warn(f"{path}: no such file or folder; left out.")
    if not files:
        raise UserError(f"nothing was imported: no file was found in {'; '.join(there)} (hidden files "
                        f"and batch files are left out). {check}")
    in_batch = {i.path for i in batch.items}
    new = [f for f in files if f not in in_batch]
    return batch, new, len(files) - len(new), left_out


def read_files(files: list[str], out: Output):
    """(items read, interrupted, files left out as not media): every file's facts, or on Ctrl-C
    those finished so far."""
    from ..media.importer import import_paths

    cancel, finished = threading.Event(), threading.Event()
    result: dict = {}

    def progress(done: int, total: int) -> None:
        out.progress(done, total, "reading")

    def work() -> None:
        try:
            result["items"] = import_paths(files, cancel=cancel, on_progress=progress,
                                           on_skipped=result.setdefault("skipped", []).extend)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            result["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=work, name="glam-import", daemon=True).start()
    interrupted = False
    while not finished.is_set():
        try:
            finished.wait(0.2)
        except KeyboardInterrupt:   # a second Ctrl-C too: the files in hand take a moment
            interrupted = True
            cancel.set()
    if "error" in result:
        raise result["error"]
    return result["items"], interrupted, result.get("skipped", [])


def _read_and_save(args: argparse.Namespace, out: Output, batch: Batch, files: list[str],
                   known: int, hidden: list[str]) -> int:
    items, interrupted, skipped = read_files(files, out) if files else ([], False, [])
    left_out = [*hidden, *skipped]
    if left_out:   # README, Thumbs.db, .DS_Store…: not batch items that would block Upload
        shown = ", ".join(visible(os.path.basename(p)) for p in left_out[:5])
        more = f" and {len(left_out) - 5} more" if len(left_out) > 5 else ""
        out.say(f"{len(left_out)} file(s) that are not media were left out: {shown}{more}.")
    added = batch.add(items)
    if interrupted:
        if not added:
            out.warn("Stopped before any file was read; nothing was written.")
            return 130
        saved = save(batch, args.output)
        out.warn(f"Stopped: {len(added)} of {len(files)} file(s) were read and are saved in {saved}. "
                 "Run the same command again to read the rest.")
        return 130
    table = {}
    if args.sheet is not None:
        from .tableimport import apply
        table = apply(args, out, batch, *args.sheet)
    saved = save(batch, args.output)
    problems = validate(batch)
    n_err = sum(p.is_error for p in problems)
    already = f"; {known} file(s) were there already" if known else ""
    out.say(f"Imported {len(added)} new file(s) into {saved} ({len(batch.items)} in all{already}); "
            f"{len(problems)} problem(s), {n_err} of them error(s).")
    if problems:
        out.say(f"See them with: glamuploader check {saved}")
    out.data({"batch": saved, "added": [i.path for i in added], "items": len(batch.items),
              "left_out": left_out, "problems": [problem_json(p) for p in problems],
              **({"table": table} if table else {})})
    return 0
