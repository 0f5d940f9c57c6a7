"""The report a museum takes back into its database: one row per object.

Its objects are the rows of the museum's own export when it is given (so an object without a
photo is a row too, "no file"), else the batch's files that carry an accession number. An
object photographed twice (recto and verso) has its files, pages and M-ids in one row, one per
line, in the order of the batch.
"""
from __future__ import annotations

from collections.abc import Callable

from .batch import Batch
from .item import ItemState, MediaItem

HEADERS = ("accession number", "file", "file page", "M-id", "state", "reason")
NO_FILE = "no file"


def accession_of(item: MediaItem) -> str:
    from .sdc import inventory_number
    return inventory_number(item.meta)


def partner_rows(batch: Batch, numbers: list[str] | None = None,
                 reason: Callable[[MediaItem], str] = lambda item: item.upload.error) -> list[list[str]]:
    """``numbers``: the accession numbers of the museum's export, in its order (None: the
    batch's own); ``reason``: why a file is not on the wiki, in words."""
    by_number: dict[str, list[MediaItem]] = {}
    for item in batch.items:
        number = accession_of(item)
        if number:
            by_number.setdefault(number.casefold(), []).append(item)
    if numbers is None:
        numbers = list(dict.fromkeys(accession_of(i) for i in batch.items if accession_of(i)))
    rows = []
    for number in numbers:
        items = by_number.get(number.strip().casefold(), [])
        if not items:
            rows.append([number, "", "", "", NO_FILE, ""])
            continue
        rows.append([number, "\n".join(i.name for i in items),
                     "\n".join(i.upload.url for i in items),
                     "\n".join(f"M{i.upload.page_id}" if i.upload.page_id else "" for i in items),
                     _state(items), "\n".join(filter(None, (_why(i, reason) for i in items)))])
    return rows


def _state(items: list[MediaItem]) -> str:
    states = {i.upload.state for i in items}
    if len(states) == 1:
        return next(iter(states)).value
    return "\n".join(i.upload.state.value for i in items)


def _why(item: MediaItem, reason: Callable[[MediaItem], str]) -> str:
    if item.upload.state in (ItemState.FAILED, ItemState.SDC_PENDING) and item.upload.error:
        return f"{item.name}: {reason(item)}"
    if item.upload.state is ItemState.DUPLICATE:
        return f"{item.name}: already on the wiki as {item.upload.page_title}"
    return ""
