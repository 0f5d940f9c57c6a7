"""Picks, rejects and stars: which photos of a walk are worth describing and sending.

A rejected file stays in the batch (it can be picked again) but is never checked for upload
problems nor sent. What the user set wins; where they set nothing, what the file carries
counts: its stars, and Lightroom's or Bridge's reject (``xmp:Rating`` -1).
"""
from __future__ import annotations

from .item import MediaItem

PICK, REJECT, UNMARKED = "pick", "reject", "none"
MARKS = (PICK, REJECT, UNMARKED)
MAX_STARS = 5


def pick_of(item: MediaItem) -> str:
    """"pick", "reject" or "" (neither)."""
    mark = item.meta.pick
    if mark:
        return "" if mark == UNMARKED else mark
    return REJECT if item.facts.rating == -1 else ""


def is_rejected(item: MediaItem) -> bool:
    return pick_of(item) == REJECT


def stars_of(item: MediaItem) -> int:
    """0-5: the user's, else the file's."""
    if item.meta.rating is not None:
        return item.meta.rating
    return max(item.facts.rating or 0, 0)


def cull_order(item: MediaItem) -> tuple[int, int]:
    """Best first: picked, then unmarked, then rejected; within each, most stars first. The
    grid's "picks and stars" sort and the photo shown on top of a stack both follow it."""
    mark = pick_of(item)
    return (0 if mark == PICK else 2 if mark == REJECT else 1, MAX_STARS - stars_of(item))


def rating_from_file(value: str | int | None, *, percent: bool = False) -> int | None:
    """A file's rating as stars: XMP's ``xmp:Rating`` (-1 to 5, may be "3.0"), or Windows'
    ``MicrosoftPhoto:Rating`` / EXIF RatingPercent (``percent``: 1, 25, 50, 75, 99 for 1-5
    stars). None for a value that is none of these."""
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    if percent:
        if not 0 <= number <= 100:
            return None
        # Windows writes 1, 25, 50, 75, 99 and reads ranges around them
        return 0 if number == 0 else next(stars for stars, top in ((1, 12), (2, 37), (3, 62), (4, 87), (5, 100))
                                          if number <= top)
    if number == -1:
        return -1
    if 0 <= number <= MAX_STARS:
        return int(round(number))
    return None
