"""The structured-data step of an upload run: one MediaInfo edit per uploaded file.

Files are written a group at a time, right after they go up (and whenever the run waits for
the rate limit, and at its end): the upload's answer has no page id, so the ids of a group are
asked in one request (50 titles), and a file uploaded by this very run has an empty entity, so
it is written without reading it first. A file uploaded before (or found on the wiki after a
cut-off run) is read first and gets only what it lacks. A failure leaves the file uploaded and
the item ``sdc-pending`` with the wiki's error code, for the next run; nothing is uploaded again.
"""
from __future__ import annotations

from collections.abc import Callable

from ..core import uploadstate as move
from ..core.item import ItemState, MediaItem
from ..core.ports import StructuredDataError, WikiStructuredData, WikiUploader
from ..core.sdc import missing_parts
from .events import EventKind, UploadEvent, UploadSummary
from .journal import DATA_DONE, WikiJournal

SUMMARY = "Structured data: captions and statements (GLAM Uploader)"
NO_STRUCTURED_DATA = "no-structured-data"
GROUP = 50   # titles per page-id request


def needs_structured_data(item: MediaItem) -> bool:
    """The file is on the wiki (as ours) but its structured data is not written yet; not when
    the wiki said it has no structured data at all (asking again would not change that)."""
    rec = item.upload
    if rec.state is ItemState.SDC_PENDING:
        return True
    return rec.state is ItemState.UPLOADED and not rec.sdc_done and rec.error != NO_STRUCTURED_DATA


class StructuredQueue:
    def __init__(self, wiki: WikiUploader, sdc: WikiStructuredData | None, log: WikiJournal,
                 summary: UploadSummary, emit: Callable, *, total: int) -> None:
        self.wiki, self.sdc, self.log, self.summary, self.emit = wiki, sdc, log, summary, emit
        self.total = total
        self.waiting: list[tuple[MediaItem, int, bool, dict, str]] = []
        self.without_id: list[tuple[MediaItem, str]] = []

    def add(self, item: MediaItem, index: int, *, fresh: bool, wanted: dict, key: str) -> None:
        """``fresh``: uploaded by this run (its entity is empty). ``wanted``: its MediaInfo;
        ``key``: its SHA-1 in the journal (of the bytes sent)."""
        if item.upload.page_id is None:
            self.without_id.append((item, key))
        if self.sdc is None or not needs_structured_data(item):
            if len(self.without_id) >= GROUP:
                self.flush_page_ids()
            return
        self.waiting.append((item, index, fresh, wanted, key))
        if len(self.waiting) >= GROUP:
            self.flush()

    def flush_page_ids(self) -> None:
        """Ask the page ids of the files uploaded without one, 50 to a request."""
        items = [(i, key) for i, key in self.without_id if i.upload.page_id is None and i.upload.page_title]
        self.without_id = []
        for start in range(0, len(items), GROUP):
            part = items[start:start + GROUP]
            found = self.wiki.existing_titles([i.upload.page_title for i, _ in part])
            for item, key in part:
                existing = found.get(item.upload.page_title)
                if existing is not None and existing.page_id is not None:
                    item.upload.page_id = existing.page_id
                    self.log.page_id(key, existing.page_id)

    def flush(self) -> None:
        waiting, self.waiting = self.waiting, []
        if not waiting:
            return
        self.flush_page_ids()
        for item, index, fresh, wanted, key in waiting:
            kind = self._write(item, fresh, wanted, key)
            self.emit(self._event(kind, item, index))

    def _event(self, kind: EventKind, item: MediaItem, index: int) -> UploadEvent:
        return UploadEvent(kind, item, index, self.total)

    def _write(self, item: MediaItem, fresh: bool, wanted: dict, key: str) -> EventKind:
        rec, summary = item.upload, self.summary
        if summary.sdc_unsupported:   # known for this wiki since an earlier file: not asked again
            move.sdc_unsupported(rec, code=NO_STRUCTURED_DATA)
            return EventKind.SDC_UNSUPPORTED
        if rec.page_id is None:
            move.sdc_pending(rec, "no-page-id", rec.page_title)
            summary.sdc_pending.append(item)
            return EventKind.SDC_PENDING
        entry = self.log.entry(key) if key else None
        if entry is not None and entry.step == DATA_DONE:   # written by a run cut off since
            move.sdc_written(rec)
            return EventKind.SDC_UNCHANGED
        try:
            existing = None if fresh else self.sdc.existing_mediainfo(rec.page_id)
            missing = missing_parts(wanted, existing)
            if missing:
                self.sdc.write_mediainfo(rec.page_id, missing, summary=SUMMARY)
        except StructuredDataError as exc:
            if exc.code == NO_STRUCTURED_DATA:
                move.sdc_unsupported(rec, code=NO_STRUCTURED_DATA, info=exc.info)
                summary.sdc_unsupported = True
                return EventKind.SDC_UNSUPPORTED
            move.sdc_pending(rec, exc.code, exc.info)
            summary.sdc_pending.append(item)
            return EventKind.SDC_PENDING
        move.sdc_written(rec)
        self.log.data_done(key)
        if missing:
            summary.sdc_written.append(item)
            return EventKind.SDC_WRITTEN
        return EventKind.SDC_UNCHANGED
