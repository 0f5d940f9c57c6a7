"""Turning a photo without touching its pixels: the EXIF orientation tag says how a viewer (and
MediaWiki) must turn the stored picture to show it upright, so turning the photo a quarter is
changing that tag. Pure: the numbers only (media/turn.py writes them).

EXIF orientations: 1 upright, 6 turned 90° clockwise to show, 3 turned 180°, 8 turned 270°;
2, 7, 4, 5 are the same four with the picture mirrored first.
"""
from __future__ import annotations

#: the kinds whose orientation tag MediaWiki follows and that can be changed in place here
TURNABLE = frozenset({"jpg"})
TURNS = (0, 90, 180, 270)

# each orientation, then a quarter turn clockwise more
_QUARTER = {1: 6, 6: 3, 3: 8, 8: 1, 2: 7, 7: 4, 4: 5, 5: 2}


def turned(orientation: int, degrees: int) -> int:
    """The orientation that shows the picture ``degrees`` (a multiple of 90) further clockwise."""
    value = orientation if orientation in _QUARTER else 1
    for _ in range((degrees // 90) % 4):
        value = _QUARTER[value]
    return value


def added(current: int, degrees: int) -> int:
    """The turn after another ``degrees`` (-90: a quarter to the left), as 0, 90, 180 or 270."""
    return (current + degrees) % 360
