"""The commands behind ``glamuploader``: each reads its arguments and returns an exit code."""
from __future__ import annotations

import argparse
import contextlib
import os
import time

from ..core.batch import Batch
from ..core.problems import Problem, Severity
from ..core.validate import validate
from ..messages import file_error_text, problem_text
from ..store.batchfile import load_batch, save_batch
from ..store.errors import FileFormatError
from ..store.kitfile import load_kit
from .output import Output, visible


class UserError(Exception):
    """Something the user can fix; printed as one line, no traceback."""


def run(args: argparse.Namespace, out: Output) -> int:
    handler = {
        "import": cmd_import, "check": cmd_check, "render": cmd_render, "upload": cmd_upload,
        "report": cmd_report, "sandbox": cmd_sandbox, "demo": cmd_demo, "lookup": cmd_lookup,
    }[args.command]
    return handler(args, out)


# --- files ----------------------------------------------------------------------------------

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


# --- import ---------------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace, out: Output) -> int:
    with hold_batch(os.path.abspath(args.output), out):
        return _import(args, out)


def _import(args: argparse.Namespace, out: Output) -> int:
    from ..media.importer import expand_paths, import_paths

    batch = open_batch(args.output, out) if os.path.exists(args.output) else Batch(path=os.path.abspath(args.output))
    if args.kit:
        try:
            batch.kit = load_kit(args.kit)
        except FileFormatError as exc:
            raise UserError(describe_file_error(exc)) from None
    if args.target:
        batch.target = args.target
    missing = [p for p in args.paths if not os.path.exists(p)]
    for path in missing:
        out.warn(f"{path}: no such file or folder; left out.")
    files = expand_paths([p for p in args.paths if p not in missing])
    items = import_paths(files, on_progress=lambda done, total: out.progress(done, total, "reading"))
    added = batch.add(items)
    saved = save(batch, args.output)
    problems = validate(batch)
    n_err = sum(p.is_error for p in problems)
    out.say(f"Imported {len(added)} new file(s) into {saved} ({len(batch.items)} in all); "
            f"{len(problems)} problem(s), {n_err} of them error(s).")
    if problems:
        out.say(f"See them with: glamuploader check {saved}")
    out.data({"batch": saved, "added": [i.path for i in added], "items": len(batch.items),
              "problems": [problem_json(p) for p in problems]})
    return 0


# --- check ----------------------------------------------------------------------------------

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


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    batch = open_batch(args.batch, out)
    from ..jobs.filecheck import look_at_files
    from ..media.localfiles import DiskFiles
    problems = look_at_files(batch, DiskFiles())   # gone, or changed since import
    problems += validate(batch)
    if args.online:
        from ..core.validate import online_problems
        from .wikicommands import checking_progress
        session = _connect(args.wiki or batch.target, out, login=False)
        problems += online_problems(batch, session, progress=checking_progress(out))
        from .lookupcommands import lookup_problems
        problems += lookup_problems(batch, session, out)
    print_problems(problems, out)
    errors = sum(p.is_error for p in problems)
    out.say(f"{len(batch.items)} file(s): {errors} error(s), {len(problems) - errors} warning(s).")
    out.data({"batch": batch.path, "problems": [problem_json(p) for p in problems]})
    return 1 if errors else 0


# --- render ---------------------------------------------------------------------------------

def cmd_render(args: argparse.Namespace, out: Output) -> int:
    from ..core.wikitext import render_page
    from ..jobs.runner import titles_for

    batch = open_batch(args.batch, out)
    items = batch.items
    if args.item:
        wanted = os.path.abspath(args.item)
        items = [i for i in items if i.path == wanted or i.name == args.item]
        if not items:
            raise UserError(f"{args.item} is not in {batch.path}.")
    names = titles_for(batch)
    if getattr(args, "sdc", False):   # each item's MediaInfo JSON, as wbeditentity would get it
        import json

        from ..core.sdc import mediainfo
        key, make = "mediainfo", lambda item: mediainfo(item, batch.kit)
        show = lambda data: json.dumps(data, ensure_ascii=False, indent=2) + "\n"  # noqa: E731
    else:
        key, make = "text", lambda item: render_page(item, batch.kit)
        show = lambda text: text if text.endswith("\n") else text + "\n"  # noqa: E731
    results = []
    for item in items:
        made = make(item)
        results.append({"file": item.path, "title": "File:" + names[item.path], key: made})
        if not (out.quiet or out.as_json):
            if len(items) > 1:
                out.say(f"==== File:{names[item.path]} ({item.path}) ====")
            out.out.write(show(made))
    out.data(results)
    return 0


# --- report ---------------------------------------------------------------------------------

def cmd_report(args: argparse.Namespace, out: Output) -> int:
    from ..core.report import csv_report, gallery_report

    batch = open_batch(args.batch, out)
    text = csv_report(batch) if args.format == "csv" else gallery_report(batch)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        out.say(f"Wrote {args.output}.")
    elif out.as_json:
        out.data({"format": args.format, "report": text})
    else:
        out.out.write(text)
    return 0


# --- wiki commands live in wikicommands.py (they import the wiki layer lazily) ----------------

def cmd_upload(args: argparse.Namespace, out: Output) -> int:
    from .wikicommands import upload
    return upload(args, out)


def cmd_sandbox(args: argparse.Namespace, out: Output) -> int:
    from .wikicommands import sandbox
    return sandbox(args, out)


def cmd_lookup(args: argparse.Namespace, out: Output) -> int:
    from .lookupcommands import lookup
    return lookup(args, out)


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from .wikicommands import demo
    return demo(args, out)


def _connect(name: str, out: Output, *, login: bool):
    from .wikicommands import connect
    return connect(name, out, login=login)
