"""Scenes of a walk: the photos taken at one place, one after another. A new scene starts where
the time taken jumps by more than a gap (default 20 minutes), or where the photographer moved
more than a distance (default 300 m) between two photos that carry a position. A scene can then
take its own categories, depicts and description at once (the window selects it; the editor
writes to all the files selected).

Pure: times and positions come from the files' facts.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .dates import seconds_of
from .item import GeoPoint, MediaItem

GAP_MINUTES = 20.0
DISTANCE_M = 300.0
_EARTH_M = 6_371_000.0


@dataclass(frozen=True)
class Scene:
    """Photos in the order taken; ``start``/``end`` as the files say ("" for photos without a
    time taken, which make a scene of their own at the end); ``place``: the first position."""

    items: tuple[MediaItem, ...]
    start: str
    end: str
    place: GeoPoint | None


def metres(a: GeoPoint, b: GeoPoint) -> float:
    """The distance on the ground (haversine, to a few metres: enough to tell places apart)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * _EARTH_M * math.asin(min(1.0, math.sqrt(h)))


def split_scenes(items: list[MediaItem], *, gap_minutes: float = GAP_MINUTES,
                 distance_m: float = DISTANCE_M) -> list[Scene]:
    """The scenes of ``items``, in the order taken."""
    timed = sorted(((t, n, i) for n, i in enumerate(items) if (t := seconds_of(i.facts.taken)) is not None),
                   key=lambda x: (x[0], x[1]))
    untimed = [i for i in items if seconds_of(i.facts.taken) is None]
    runs: list[list[MediaItem]] = []
    last_time: float | None = None
    last_place: GeoPoint | None = None
    for seconds, _n, item in timed:
        place = item.facts.gps if item.facts.gps is not None and item.facts.gps.is_valid() else None
        moved = place is not None and last_place is not None and metres(last_place, place) > distance_m
        if not runs or seconds - last_time > gap_minutes * 60 or moved:
            runs.append([])
            last_place = None
        runs[-1].append(item)
        last_time = seconds
        last_place = place or last_place
    scenes = [Scene(tuple(run), run[0].facts.taken or "", run[-1].facts.taken or "", _first_place(run))
              for run in runs]
    if untimed:
        scenes.append(Scene(tuple(untimed), "", "", _first_place(untimed)))
    return scenes


def _first_place(run: list[MediaItem]) -> GeoPoint | None:
    return next((i.facts.gps for i in run if i.facts.gps is not None and i.facts.gps.is_valid()), None)
