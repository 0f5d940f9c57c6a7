"""``glamuploader scenes BATCH [--gap MIN] [--distance M] [--json]``: a walk split into scenes by
the gaps in the time taken and the distance walked between photos (core/scenes.py)."""
from __future__ import annotations

import argparse

from ..core.scenes import DISTANCE_M, GAP_MINUTES, split_scenes
from .common import UserError, open_batch
from .output import Output, visible


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("scenes", parents=[common],
                       help="split a walk into scenes by gaps in time taken and distance")
    p.add_argument("batch", metavar="BATCH")
    p.add_argument("--gap", type=float, default=GAP_MINUTES, metavar="MIN",
                   help=f"minutes between two photos that start a new scene (default {GAP_MINUTES:g})")
    p.add_argument("--distance", type=float, default=DISTANCE_M, metavar="M",
                   help=f"metres walked between two photos with a position that start a new scene "
                        f"(default {DISTANCE_M:g})")


def cmd_scenes(args: argparse.Namespace, out: Output) -> int:
    if args.gap <= 0 or args.distance <= 0:
        raise UserError("--gap and --distance must be more than 0.")
    batch = open_batch(args.batch, out)
    scenes = split_scenes(batch.items, gap_minutes=args.gap, distance_m=args.distance)
    for number, scene in enumerate(scenes, 1):
        when = f"{_short(scene.start)} to {_short(scene.end)}" if scene.start else "no time taken"
        where = f", near {scene.place.latitude:.5f}, {scene.place.longitude:.5f}" if scene.place else ""
        out.say(f"scene {number}: {len(scene.items)} file(s), {when}{where}")
        for item in scene.items:
            out.say(f"  {visible(item.name)}")
    out.say(f"{len(scenes)} scene(s) among {len(batch.items)} file(s): a new one after {args.gap:g} minutes "
            f"without a photo or {args.distance:g} m walked.")
    out.data({"scenes": [{"files": [i.path for i in s.items], "start": s.start, "end": s.end,
                          "place": [s.place.latitude, s.place.longitude] if s.place else None}
                         for s in scenes]})
    return 0


def _short(taken: str) -> str:
    return taken[:16].replace("T", " ")
