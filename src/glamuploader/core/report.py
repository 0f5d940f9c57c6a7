"""Reports of a batch: CSV for spreadsheets, a wikitext gallery for an event page."""
from __future__ import annotations

import csv
import io

from .batch import Batch
from .item import ItemState
from .wikitext import escape

COLUMNS = ("file", "sha1", "state", "title", "url", "page_id", "uploaded_at", "error", "error_info")


def csv_report(batch: Batch) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in batch.items:
        u = item.upload
        writer.writerow([item.path, item.facts.sha1, u.state.value, u.page_title, u.url,
                         u.page_id if u.page_id is not None else "", u.uploaded_at,
                         u.error, u.error_info])
    return buf.getvalue()


def gallery_report(batch: Batch) -> str:
    lines = ["<gallery>"]
    for item in batch.items:
        if item.upload.state in (ItemState.UPLOADED, ItemState.SDC_PENDING) and item.upload.page_title:
            caption = next(iter(item.meta.captions.values()), "") or item.meta.title
            caption = escape(caption.replace("\n", " "))
            lines.append(f"{item.upload.page_title}|{caption}" if caption else item.upload.page_title)
    lines.append("</gallery>")
    return "\n".join(lines) + "\n"
