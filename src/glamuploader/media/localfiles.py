"""``core.ports.LocalFiles`` on this computer's disk: what the upload service asks of a file
just before it checks or sends it (is it still there, did it change, a cleaned copy)."""
from __future__ import annotations

import os

from ..core.ports import CleaningFailed
from .facts import read_facts
from .hashing import sha1_file


class DiskFiles:
    def __init__(self, *, copies_dir: str | None = None) -> None:
        self.copies_dir = copies_dir

    def stat(self, path: str) -> tuple[int, float] | None:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            return None
        return st.st_size, st.st_mtime

    def read_facts(self, path: str):
        return read_facts(path)

    def cleaned_copy(self, path: str, mode: str, *, kind: str) -> tuple[str, str, int]:
        from .privacy import PrivacyError, cleaned_copy
        folder = self.copies_dir or _default_copies_dir()
        try:
            copy = cleaned_copy(path, mode, kind=kind, folder=folder)
        except PrivacyError as exc:
            raise CleaningFailed(exc.code, exc.detail) from None
        except OSError as exc:
            raise CleaningFailed("file-unreadable", f"{exc.strerror or exc}") from None
        return copy, sha1_file(copy), os.path.getsize(copy)

    def turned_copy(self, path: str, degrees: int, *, kind: str) -> tuple[str, str, int]:
        from ..core.orientation import TURNABLE
        from .turn import TurnFailed, turned_copy
        if kind not in TURNABLE:
            raise CleaningFailed("rotate-unsupported", kind)
        try:
            return turned_copy(path, degrees, os.path.join(self.copies_dir or _default_copies_dir(), "turned"))
        except TurnFailed as exc:
            raise CleaningFailed("rotate-failed", exc.detail) from None
        except OSError as exc:
            raise CleaningFailed("file-unreadable", f"{exc.strerror or exc}") from None


def _default_copies_dir() -> str:
    from ..paths import cache_root
    return os.path.join(cache_root(), "cleaned")
