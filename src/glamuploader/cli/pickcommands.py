"""``glamuploader pick BATCH FILE… --reject|--pick|--unmark|--rating N|--rotate DEG``: cull from
the command line. A rejected file stays in the batch and is never checked nor sent
(core/picks.py); a turned JPEG is sent with another orientation tag, its file left as it is."""
from __future__ import annotations

import argparse
import os

from ..core.picks import PICK, REJECT, UNMARKED
from .common import UserError, hold_batch, open_batch, save
from .output import Output, visible


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("pick", parents=[common], help="pick or reject files, or give them stars")
    p.add_argument("batch", metavar="BATCH")
    p.add_argument("files", nargs="+", metavar="FILE", help="file names or paths, as in the batch")
    mark = p.add_mutually_exclusive_group()
    mark.add_argument("--pick", dest="mark", action="store_const", const=PICK, help="mark as picked")
    mark.add_argument("--reject", dest="mark", action="store_const", const=REJECT,
                      help="mark as rejected: never uploaded")
    mark.add_argument("--unmark", dest="mark", action="store_const", const=UNMARKED,
                      help="neither picked nor rejected")
    p.add_argument("--rating", type=int, choices=range(6), metavar="N", help="0 to 5 stars")
    p.add_argument("--rotate", type=int, choices=(0, 90, 180, 270), metavar="DEG",
                   help="send the photo turned this far clockwise (0, 90, 180, 270): only its "
                        "orientation tag changes, in the copy sent; the file stays as it is")


def cmd_pick(args: argparse.Namespace, out: Output) -> int:
    if args.mark is None and args.rating is None and args.rotate is None:
        raise UserError("say what to do: --pick, --reject, --unmark, --rating N (0 to 5) "
                        "or --rotate DEG (0, 90, 180, 270).")
    with hold_batch(os.path.abspath(args.batch), out):
        batch = open_batch(args.batch, out)
        chosen, unknown = _find(batch, args.files)
        if unknown:
            raise UserError(f"not in {visible(batch.path)}: {', '.join(visible(u) for u in unknown)}. "
                            "Give the file names or paths as 'glamuploader check' lists them; "
                            "nothing was changed.")
        for item in chosen:
            if args.mark is not None:
                item.meta.pick = args.mark
            if args.rating is not None:
                item.meta.rating = args.rating
            if args.rotate is not None:
                item.meta.rotate = args.rotate
        save(batch)
    what = {PICK: "picked", REJECT: "rejected (never uploaded)", UNMARKED: "unmarked"}.get(args.mark, "")
    stars = f"{args.rating} star(s)" if args.rating is not None else ""
    turn = f"turned {args.rotate}° clockwise when sent" if args.rotate else "upright as stored" if args.rotate == 0 else ""
    out.say(f"{len(chosen)} file(s) {' and '.join(filter(None, (what, stars, turn)))}.")
    out.data({"files": [i.path for i in chosen], "pick": args.mark, "rating": args.rating, "rotate": args.rotate})
    return 0


def _find(batch, names: list[str]):
    """The batch's items for ``names`` (a path, a path relative to the batch, or a file name
    that is in the batch once), and the names not found."""
    base = os.path.dirname(os.path.abspath(batch.path or "."))
    by_path = {os.path.normpath(i.path): i for i in batch.items}
    by_name: dict[str, list] = {}
    for item in batch.items:
        by_name.setdefault(item.name, []).append(item)
    chosen, unknown = [], []
    for name in names:
        found = by_path.get(os.path.normpath(os.path.abspath(name))) or by_path.get(
            os.path.normpath(os.path.join(base, name)))
        if found is None and len(by_name.get(name, [])) == 1:
            found = by_name[name][0]
        (chosen.append(found) if found is not None else unknown.append(name))
    unique = list({id(item): item for item in chosen}.values())   # a file named twice counts once
    return unique, unknown
