"""A batch: the items being prepared for one wiki, and the kit they started from."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .item import MediaItem
from .kit import Kit

DEFAULT_TARGET = "commons"


@dataclass(frozen=True)
class Recovery:
    """The batch file was damaged and its last good copy was used."""

    damaged: str                 # where the damaged file was kept
    code: str                    # what was wrong (store.errors.FileFormatError codes)
    line: int | None = None
    params: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Batch:
    items: list[MediaItem] = field(default_factory=list)
    kit: Kit = field(default_factory=Kit)
    target: str = DEFAULT_TARGET          # "commons", "beta", "sandbox" or an API URL
    path: str = ""                        # where the batch file lives ("" until saved)
    recovered: Recovery | None = field(default=None, compare=False)   # set by loading, never saved

    @property
    def base_dir(self) -> str:
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def by_path(self, path: str) -> MediaItem | None:
        path = os.path.abspath(path)
        for item in self.items:
            if item.path == path:
                return item
        return None

    def pending(self) -> list[MediaItem]:
        """The files not on the wiki yet (what a check looks at and an upload sends), without
        the rejected ones (core/picks.py)."""
        from .picks import is_rejected
        return [i for i in self.items if not i.upload.state.is_done and not is_rejected(i)]

    def rejected(self) -> list[MediaItem]:
        """The files not on the wiki that the user (or the file) rejected: never sent."""
        from .picks import is_rejected
        return [i for i in self.items if not i.upload.state.is_done and is_rejected(i)]

    def by_sha1(self, sha1: str) -> list[MediaItem]:
        return [i for i in self.items if i.facts.sha1 == sha1]

    def add(self, items: list[MediaItem]) -> list[MediaItem]:
        """Add items whose path is not in the batch yet; return those added."""
        known = {i.path for i in self.items}
        added = [i for i in items if i.path not in known]
        self.items.extend(added)
        return added
