"""Files that changed or went missing between import and upload."""
from __future__ import annotations

from .item import FileFacts

#: what ``changes`` names, in the order it names them
CONTENT, DIMENSIONS, DATE_TAKEN = "content", "dimensions", "date taken"


def looks_changed(facts: FileFacts, size: int, mtime: float) -> bool:
    """Size or modification time differ from what the batch recorded: hash again to know."""
    return size != facts.size or (facts.mtime and abs(mtime - facts.mtime) > 1e-3)


def changes(old: FileFacts, new: FileFacts) -> list[str]:
    """What differs between the facts recorded at import and those read now."""
    out = []
    if old.sha1 != new.sha1:
        out.append(CONTENT)
    if (old.width, old.height) != (new.width, new.height):
        out.append(DIMENSIONS)
    if old.taken != new.taken:
        out.append(DATE_TAKEN)
    return out
