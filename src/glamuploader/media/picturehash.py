"""A perceptual hash of each picture, for finding bursts and near-duplicates (core/similar.py).

The hash is taken from a small picture with its orientation applied: the window's cached
thumbnail when there is one (no decode at all), else the file's own embedded thumbnail or a
1/8-scale JPEG decode (media/thumbnails.render). So the same photo stored sideways with an
EXIF orientation gives the same hash.

128 bits, as 32 hex digits: the signs of the brightness steps between neighbours of a 9×8
grey picture across (64 bits) and of an 8×9 one down (64 bits). The signs of steps, not the
levels, so a brighter or recompressed copy keeps nearly all of them.
"""
from __future__ import annotations

import os
from collections.abc import Callable

from PIL import Image

HASH_SIZE = 8
SMALL = 64     # the picture the hash is taken from, on its long side


def picture_hash(path: str, sha1: str = "", cache_dir: str | None = None) -> str:
    """The hash of the picture at ``path`` ("" when it has no picture or cannot be read)."""
    from .thumbnails import cache_path, render
    image = None
    if cache_dir and sha1:
        for alpha in (False, True):
            cached = cache_path(cache_dir, sha1, alpha=alpha)
            if os.path.exists(cached):
                try:
                    with Image.open(cached) as opened:
                        image = opened.convert("L")
                except OSError:
                    image = None
                break
    if image is None:
        try:
            rendered = render(path, SMALL * 2, allow_small_embedded=True)
        except Exception:  # a file that cannot be read has no hash; check says why elsewhere
            return ""
        if rendered is None:
            return ""
        image = rendered.convert("L")
    return hash_of_image(image)


def hashes_of(items, cache_dir: str | None, *, progress: Callable[[int, int], None] | None = None,
              stop: Callable[[], bool] | None = None) -> dict[str, str] | None:
    """path -> hash of every item with a picture: the ones kept in the batch as they are, the
    others made now from their thumbnails (``glamuploader similar`` and the window's stacks).
    None when ``stop`` says so between two files."""
    hashes: dict[str, str] = {}
    for n, item in enumerate(items, 1):
        if stop is not None and stop():
            return None
        found = item.facts.picture_hash or (picture_hash(item.path, item.facts.sha1, cache_dir)
                                            if item.facts.sha1 else "")
        if found:
            hashes[item.path] = found
        if progress is not None:
            progress(n, len(items))
    return hashes


def hash_of_image(image: Image.Image) -> str:
    grey = image.convert("L")
    across = grey.resize((HASH_SIZE + 1, HASH_SIZE), Image.Resampling.BOX).tobytes()   # one byte a pixel
    down = grey.resize((HASH_SIZE, HASH_SIZE + 1), Image.Resampling.BOX).tobytes()
    bits = 0
    for row in range(HASH_SIZE):
        for col in range(HASH_SIZE):
            left, right = across[row * (HASH_SIZE + 1) + col], across[row * (HASH_SIZE + 1) + col + 1]
            bits = (bits << 1) | (right > left)
    for row in range(HASH_SIZE):
        for col in range(HASH_SIZE):
            top, bottom = down[row * HASH_SIZE + col], down[(row + 1) * HASH_SIZE + col]
            bits = (bits << 1) | (bottom > top)
    return f"{bits:032x}"
