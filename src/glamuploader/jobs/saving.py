"""When the batch file is saved during an upload run: not after every file.

The journal holds every step the moment it is taken; the batch file is a summary of it for the
person and for git, and rewriting it whole costs time that grows with the batch (about 3 s for
20 000 items). So it is saved at the end, when the run stops or pauses, and in between only
every ``interval`` seconds, and never more often than ten times the last save took: a save's
share of the run stays small whatever the batch's size.
"""
from __future__ import annotations

import time
from collections.abc import Callable


class Saver:
    def __init__(self, save: Callable[[], None], *, interval: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._save = save
        self.interval = interval
        self.clock = clock
        self._last = clock()
        self._took = 0.0
        self.saves = 0

    def __call__(self, *, force: bool = False) -> None:
        """Save when due (``force``: now)."""
        now = self.clock()
        if not force and now - self._last < max(self.interval, 10 * self._took):
            return
        self._save()
        self.saves += 1
        self._last = self.clock()
        self._took = self._last - now


def as_saver(save: Callable[..., None]) -> Saver:
    """A plain save function (tests, scripts) saves every time it is called."""
    return save if isinstance(save, Saver) else Saver(save, interval=0.0)
