"""Reports of a batch: CSV for spreadsheets, a wikitext gallery for an event page."""
from __future__ import annotations

import csv
import io

from .batch import Batch
from .item import ItemState, MediaItem
from .wikitext import escape

#: the columns of the CSV report; ``structured_data`` was added last, so the others keep
#: their places in spreadsheets made from earlier reports
COLUMNS = ("file", "sha1", "state", "title", "url", "page_id", "uploaded_at", "error", "error_info",
           "structured_data")

#: ``UploadRecord.error`` of an uploaded file on a wiki without structured data (WikibaseMediaInfo):
#: not an error of the file, so it goes in the structured_data column, not in error
NO_STRUCTURED_DATA = "no-structured-data"


def csv_report(batch: Batch) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in batch.items:
        u = item.upload
        error, info = u.error, u.error_info
        if error == NO_STRUCTURED_DATA:
            error = info = ""
        writer.writerow([item.path, item.facts.sha1, u.state.value, u.page_title, u.url,
                         u.page_id if u.page_id is not None else "", u.uploaded_at,
                         error, info, structured_data_state(item)])
    return buf.getvalue()


def structured_data_state(item: MediaItem) -> str:
    """How far the file's structured data (captions, statements) got, in a few words; empty for
    a file that is not on the wiki as ours (new, failed, or a duplicate of someone's file)."""
    u = item.upload
    if u.state is ItemState.SDC_PENDING:
        reason = u.error + (f" ({u.error_info})" if u.error_info else "")
        return f"pending: {reason or 'not written yet'}"
    if u.state is not ItemState.UPLOADED:
        return ""
    if u.sdc_done:
        return "written"
    if u.error == NO_STRUCTURED_DATA:
        return "not written: the wiki has no structured data"
    if item.meta.new_version_of:
        return "not written: a new version leaves the file's page and data as they were"
    return "not written yet: run upload again (without --no-sdc) to write it"


def gallery_report(batch: Batch) -> str:
    lines = ["<gallery>"]
    for item in batch.items:
        if item.upload.state in (ItemState.UPLOADED, ItemState.SDC_PENDING) and item.upload.page_title:
            caption = next(iter(item.meta.captions.values()), "") or item.meta.title
            caption = escape(caption.replace("\n", " "))
            lines.append(f"{item.upload.page_title}|{caption}" if caption else item.upload.page_title)
    lines.append("</gallery>")
    return "\n".join(lines) + "\n"
