"""``glamuploader similar BATCH [--json]``: the groups of near-duplicates and bursts, with each
file's distance (bits of 128) to the group's first. Hashes are made once and kept in the batch."""
from __future__ import annotations

import argparse
import os

from ..core.similar import keep_hashes, similar_groups
from .common import hold_batch, open_batch, save
from .output import Output, visible


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("similar", parents=[common], help="list the groups of near-duplicate photos and bursts")
    p.add_argument("batch", metavar="BATCH")


def cmd_similar(args: argparse.Namespace, out: Output) -> int:
    from ..media.picturehash import hashes_of
    from ..paths import thumbnail_dir
    with hold_batch(os.path.abspath(args.batch), out):
        batch = open_batch(args.batch, out)
        hashes = hashes_of(batch.items, thumbnail_dir(),
                           progress=lambda n, total: out.progress(n, total, "pictures looked at"))
        if keep_hashes(batch.items, hashes):
            save(batch)    # made once: the next run reads them from the batch
    groups = similar_groups(batch.items, hashes)
    for number, group in enumerate(groups, 1):
        out.say(f"group {number}: {len(group.items)} files")
        for item, bits in zip(group.items, group.distances):
            out.say(f"  {visible(item.name)}" + ("" if item is group.items[0] else f"  (distance {bits})"))
    out.say(f"{len(groups)} group(s) of similar photos among {len(batch.items)} file(s)."
            + (" The distance says how unlike the group's first photo each one is: 0 is the same "
               "picture, up to 24 a close copy (of 128 points of comparison)." if groups else ""))
    out.data({"groups": [{"files": [i.path for i in g.items], "distances": list(g.distances)} for g in groups]})
    return 0
