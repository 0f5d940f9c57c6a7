"""``glamuploader <command>``: the headless command line on the same core as the app."""
from __future__ import annotations

import argparse
import os
import sys

from .. import __version__
from .output import Output


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="glamuploader",
        description="Prepare, check and upload batches of photos and scans to Wikimedia Commons "
                    "or any MediaWiki.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    common.add_argument("--json", action="store_true", help="print the result as JSON, for scripts")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", parents=[common], help="read photos and folders into a batch file")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (read recursively)")
    p.add_argument("-o", "--output", required=True, metavar="BATCH.glam.yaml",
                   help="batch file to write (new files are added if it exists)")
    p.add_argument("--kit", metavar="KIT.kit.yaml", help="session kit with the event's defaults")
    p.add_argument("--target", metavar="WIKI", help="wiki the batch is meant for (default commons)")
    from .tableimport import add_arguments as add_table_arguments
    add_table_arguments(p)

    p = sub.add_parser("check", parents=[common], help="list every problem, grouped by file")
    p.add_argument("batch", metavar="BATCH")
    p.add_argument("--online", action="store_true",
                   help="also ask the wiki: duplicates, existing titles, title blacklist, file types")
    p.add_argument("--wiki", metavar="W", help="commons, beta, sandbox or an API URL (default: the batch's)")

    p = sub.add_parser("render", parents=[common], help="print the wikitext that would be sent")
    p.add_argument("batch", metavar="BATCH")
    p.add_argument("--item", metavar="FILE", help="only this file (its name or path)")
    p.add_argument("--sdc", action="store_true",
                   help="print the structured data (MediaInfo JSON: captions and statements) instead")

    p = sub.add_parser("upload", parents=[common], help="upload every file not uploaded yet")
    p.add_argument("batch", metavar="BATCH")
    p.add_argument("--wiki", metavar="W", help="commons, beta, sandbox or an API URL (default: the batch's)")
    p.add_argument("--user", metavar="NAME", help="account, e.g. a bot-password login Name@Suffix")
    p.add_argument("--dry-run", action="store_true", help="check and show what would be sent; send nothing")
    p.add_argument("--no-sdc", action="store_true",
                   help="do not write structured data (captions, depicts, licence…) after each upload")
    p.add_argument("--remember", action="store_true",
                   help="keep the password in the system keyring after a successful login")
    p.add_argument("--new-versions", action="store_true",
                   help="send the files marked 'new version of File:X' as new versions of those files "
                        "(Commons: only minor improvements — better resolution, colour, noise, "
                        "rotation; anything else is a new file)")

    p = sub.add_parser("report", parents=[common], help="what was uploaded, as CSV or a wikitext gallery")
    p.add_argument("batch", metavar="BATCH")
    p.add_argument("--format", choices=("csv", "wikitext", "partner"), default="csv",
                   help="partner: one row per museum object (accession number, file page, M-id, state), "
                        "as CSV or, with -o FILE.xlsx, XLSX")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")
    p.add_argument("--table", metavar="FILE", help="for --format partner: the museum's export, so that "
                   "objects without a file are rows too")

    p = sub.add_parser("sandbox", parents=[common], help="a local MediaWiki for trying uploads safely")
    p.add_argument("action", choices=("start", "stop", "status"))
    p.add_argument("--dir", metavar="DIR", help="where the sandbox wiki lives")

    from .lookupcommands import add_parser as add_lookup_parser
    add_lookup_parser(sub, common)
    from .tablecommands import add_parser as add_table_parser
    add_table_parser(sub, common)
    from .pickcommands import add_parser as add_pick_parser
    add_pick_parser(sub, common)
    from .similarcommands import add_parser as add_similar_parser
    add_similar_parser(sub, common)
    from .scenecommands import add_parser as add_scenes_parser
    add_scenes_parser(sub, common)

    p = sub.add_parser("demo", parents=[common],
                       help="make sample photos, start the sandbox wiki and upload them there")
    p.add_argument("--headless", action="store_true",
                   help="without the window: upload the samples and print their pages' addresses")
    p.add_argument("--dir", metavar="DIR", help="folder for the sample photos and batch")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    out = Output(quiet=args.quiet, as_json=args.json)
    from ..sandbox import locate
    from ..wiki.targets import use_sandbox
    use_sandbox(locate)   # "sandbox" as a wiki: the address comes from the sandbox package
    from . import commands
    try:
        return commands.run(args, out)
    except KeyboardInterrupt:
        out.warn("Stopped. What was done is saved; run the same command again to go on.")
        return 130
    except BrokenPipeError:   # "glamuploader check … | head": the reader has all it wanted
        _quiet_stdout()
        return 141
    except commands.UserError as exc:
        out.warn(f"glamuploader {args.command}: {exc}")
        return 2
    except OSError as exc:   # a file or folder the command did not expect to fail on
        if os.environ.get("GLAMUPLOADER_DEBUG"):
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        out.warn(f"glamuploader {args.command}: {where}{exc.strerror or exc}. Check the paths "
                 "given and that you may read and write there; run it again with "
                 "GLAMUPLOADER_DEBUG=1 to see where it happened.")
        return 2


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush does not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):   # not a real file (tests): nothing to flush later
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
