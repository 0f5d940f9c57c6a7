"""The structured-data step of an upload: one MediaInfo edit per uploaded file.

It runs after a file is uploaded, and on its own for a file uploaded before whose structured
data is still missing (``ItemState.SDC_PENDING``, or ``UPLOADED`` without ``sdc_done``, e.g.
after ``--no-sdc``). It never uploads: a failure leaves the file uploaded and the item
``sdc-pending`` with the wiki's error code, for the next run to complete.
"""
from __future__ import annotations

from ..core.item import ItemState, MediaItem
from ..core.kit import Kit
from ..core.ports import StructuredDataError, WikiStructuredData
from ..core.sdc import mediainfo, missing_parts

SUMMARY = "Structured data: captions and statements (GLAM Uploader)"
NO_STRUCTURED_DATA = "no-structured-data"

#: what ``write_structured_data`` returns
WRITTEN, UNCHANGED, PENDING, UNSUPPORTED = "sdc-written", "sdc-unchanged", "sdc-pending", "sdc-unsupported"


def needs_structured_data(item: MediaItem) -> bool:
    """The file is on the wiki (as ours) but its structured data is not written yet.

    Not when the wiki said it has no structured data at all (recorded as the error
    ``no-structured-data`` of an uploaded item): asking again would not change that.
    """
    rec = item.upload
    if rec.state is ItemState.SDC_PENDING:
        return True
    return rec.state is ItemState.UPLOADED and not rec.sdc_done and rec.error != NO_STRUCTURED_DATA


def mark_unsupported(item: MediaItem, info: str = "") -> None:
    """The file is uploaded to a wiki without structured data: nothing more to do for it."""
    rec = item.upload
    rec.state, rec.mid, rec.error, rec.error_info = ItemState.UPLOADED, "", NO_STRUCTURED_DATA, info


def write_structured_data(item: MediaItem, kit: Kit, sdc: WikiStructuredData) -> str:
    """Send what the file's MediaInfo entity lacks; record the result on ``item.upload``.

    Returns WRITTEN (one edit sent), UNCHANGED (the entity had it all), PENDING (failed;
    recorded as ``sdc-pending`` with the error) or UNSUPPORTED (the wiki has no structured
    data: the item stays ``uploaded``, with the error ``no-structured-data``).
    """
    rec = item.upload
    if rec.page_id is None:
        rec.state, rec.error, rec.error_info = ItemState.SDC_PENDING, "no-page-id", rec.page_title
        return PENDING
    rec.mid = f"M{rec.page_id}"
    try:
        missing = missing_parts(mediainfo(item, kit), sdc.existing_mediainfo(rec.page_id))
        if missing:
            sdc.write_mediainfo(rec.page_id, missing, summary=SUMMARY)
    except StructuredDataError as exc:
        if exc.code == NO_STRUCTURED_DATA:
            mark_unsupported(item, exc.info)
            return UNSUPPORTED
        rec.state, rec.error, rec.error_info = ItemState.SDC_PENDING, exc.code, exc.info
        return PENDING
    rec.state, rec.sdc_done, rec.error, rec.error_info = ItemState.UPLOADED, True, "", ""
    return WRITTEN if missing else UNCHANGED
