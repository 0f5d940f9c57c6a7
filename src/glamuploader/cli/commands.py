"""The commands behind ``glamuploader``: each reads its arguments and returns an exit code."""
from __future__ import annotations

import argparse
import os

from ..core.validate import validate
from .common import UserError, open_batch, print_problems, problem_json, write_text
from .output import Output


def run(args: argparse.Namespace, out: Output) -> int:
    handler = {
        "import": cmd_import, "check": cmd_check, "render": cmd_render, "upload": cmd_upload,
        "report": cmd_report, "sandbox": cmd_sandbox, "demo": cmd_demo, "lookup": cmd_lookup,
        "table": cmd_table, "pick": cmd_pick, "similar": cmd_similar,
        "scenes": cmd_scenes,
    }[args.command]
    return handler(args, out)


# --- import lives in importing.py (it reads on a worker thread, for Ctrl-C) ------------------

def cmd_table(args: argparse.Namespace, out: Output) -> int:
    from .tablecommands import cmd_table as run_table
    return run_table(args, out)


def cmd_pick(args: argparse.Namespace, out: Output) -> int:
    from .pickcommands import cmd_pick as run_pick
    return run_pick(args, out)


def cmd_similar(args: argparse.Namespace, out: Output) -> int:
    from .similarcommands import cmd_similar as run_similar
    return run_similar(args, out)


def cmd_scenes(args: argparse.Namespace, out: Output) -> int:
    from .scenecommands import cmd_scenes as run_scenes
    return run_scenes(args, out)


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    from .importing import cmd_import as run_import
    return run_import(args, out)


# --- check ----------------------------------------------------------------------------------

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
    rejected = batch.rejected()
    if rejected:
        out.say(f"{len(rejected)} rejected file(s) left out: they are not checked and never uploaded "
                "('glamuploader pick BATCH FILE --unmark' takes one back).")
    out.say(f"{len(batch.items)} file(s): {errors} error(s), {len(problems) - errors} warning(s).")
    out.data({"batch": batch.path, "problems": [problem_json(p) for p in problems],
              "rejected": [i.path for i in rejected]})
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
        # no title when the pattern cannot give one (check says why): the page is still shown
        title = "File:" + names[item.path] if item.path in names else ""
        results.append({"file": item.path, "title": title, key: made})
        if not (out.quiet or out.as_json):
            if len(items) > 1:
                out.say(f"==== {title or '(no title: see check)'} ({item.path}) ====")
            out.out.write(show(made))
    out.data(results)
    return 0


# --- report ---------------------------------------------------------------------------------

def cmd_report(args: argparse.Namespace, out: Output) -> int:
    from ..core.report import csv_report, gallery_report

    batch = open_batch(args.batch, out)
    if args.format == "partner":
        from .tablecommands import partner_report
        return partner_report(args, out, batch)
    text = csv_report(batch) if args.format == "csv" else gallery_report(batch)
    if args.output:
        write_text(args.output, text, what="the report")
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
    from .connection import connect
    return connect(name, out, login=login)
