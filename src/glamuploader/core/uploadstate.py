"""The upload state machine: every change of an item's ``UploadRecord.state`` happens here.

The upload service (``jobs``) calls these transitions; nothing else writes a state (a test
checks the source for it). Loading a batch file restores a state as it was saved; that is not a
transition. Each function names the move it makes and refuses one that makes no sense
(``BadTransition``), so a mistake in the engine shows up in the tests, not as a file sent twice.

    new ──begin──▶ uploading ──published──▶ uploaded ──sdc_pending──▶ sdc-pending
     ▲   ◀──stopped──┘  │  └──duplicate──▶ duplicate          ◀──sdc_written──┘
     └──retry── failed ◀┘ (failed / refused)
"""
from __future__ import annotations

from enum import Enum

from .item import ItemState, UploadRecord
from .ports import ExistingFile


class Outcome(str, Enum):
    """What one try of one file came to (the kinds of ``jobs`` events that end a file)."""

    UPLOADED = "uploaded"        # on the wiki as ours (now, or found there from a cut-off run)
    DUPLICATE = "duplicate"      # the same bytes are on the wiki under another title
    FAILED = "failed"            # the wiki refused or the try failed; see the record's error
    REFUSED = "refused"          # stopped by a check the wiki made (title taken, blacklisted…):
                                 # reported as the check before sending would have reported it


class BadTransition(Exception):
    """The engine tried a move the state machine does not have."""


_SENDABLE = (ItemState.NEW, ItemState.FAILED, ItemState.UPLOADING)


def _need(rec: UploadRecord, allowed: tuple[ItemState, ...], move: str) -> None:
    if rec.state not in allowed:
        raise BadTransition(f"{move}: not from {rec.state.value}")


def begin(rec: UploadRecord) -> None:
    """The file is about to be sent (an item left ``uploading`` by a killed run may begin again)."""
    _need(rec, _SENDABLE, "begin")
    rec.state = ItemState.UPLOADING


def stopped(rec: UploadRecord) -> None:
    """Paused or cancelled before the wiki took the file: it is new again."""
    if rec.state is ItemState.UPLOADING:
        rec.state = ItemState.NEW


def published(rec: UploadRecord, *, title: str, page_id: int | None, url: str, when: str) -> None:
    """The wiki holds the file as ours under ``title``."""
    _need(rec, _SENDABLE, "published")
    rec.state = ItemState.UPLOADED
    rec.page_title, rec.page_id, rec.url = title, page_id, url
    rec.uploaded_at = when
    rec.error = rec.error_info = ""


def duplicate(rec: UploadRecord, existing: ExistingFile) -> None:
    """The same file is on the wiki under another title: recorded with it, never sent."""
    _need(rec, _SENDABLE, "duplicate")
    rec.state = ItemState.DUPLICATE
    rec.page_title, rec.page_id, rec.url = existing.title, existing.page_id, existing.url
    rec.error = rec.error_info = ""


def failed(rec: UploadRecord, error: str, info: str = "") -> None:
    """The try failed (or the wiki's own check stopped it): the next run tries again."""
    _need(rec, _SENDABLE, "failed")
    rec.state = ItemState.FAILED
    rec.error, rec.error_info = error or "unknown", info


def retry(rec: UploadRecord) -> None:
    """The person asked to try a failed file again."""
    _need(rec, (ItemState.FAILED,), "retry")
    rec.state = ItemState.NEW
    rec.error = rec.error_info = ""


def sdc_written(rec: UploadRecord) -> None:
    """The file's structured data is on the wiki (written now, or already there)."""
    _need(rec, (ItemState.UPLOADED, ItemState.SDC_PENDING), "sdc_written")
    rec.state, rec.sdc_done = ItemState.UPLOADED, True
    rec.error = rec.error_info = ""
    if rec.page_id is not None:
        rec.mid = f"M{rec.page_id}"


def sdc_pending(rec: UploadRecord, error: str, info: str = "") -> None:
    """Writing the structured data failed; the file stays uploaded and the next run writes it."""
    _need(rec, (ItemState.UPLOADED, ItemState.SDC_PENDING), "sdc_pending")
    rec.state = ItemState.SDC_PENDING
    rec.error, rec.error_info = error, info
    if rec.page_id is not None:
        rec.mid = f"M{rec.page_id}"


def sdc_unsupported(rec: UploadRecord, *, code: str, info: str = "") -> None:
    """The wiki has no structured data: the file is uploaded and nothing more is to be done."""
    _need(rec, (ItemState.UPLOADED, ItemState.SDC_PENDING), "sdc_unsupported")
    rec.state, rec.mid, rec.error, rec.error_info = ItemState.UPLOADED, "", code, info
