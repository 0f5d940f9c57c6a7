"""Upload the items of a batch one after another, recording each result at once.

Qt-free: progress goes to a plain callback, so the command line, the app and the tests share
it. The batch is saved (through ``save``) before each file is sent and right after it is done,
so a killed process leaves at most one item whose outcome the wiki must be asked about; the
wiki layer refuses a file whose SHA-1 is already there, so such an item is never sent twice.

With a ``sdc`` port, each uploaded file's structured data is written right after it
(``sdcstep``); items whose structured data is pending get only that step, never a new upload.
"""
from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..core.batch import Batch
from ..core.item import ItemState, MediaItem
from ..core.pacing import TRANSIENT_ERRORS, Pacer, backoff
from ..core.ports import UploadOutcome, WikiStructuredData, WikiUnreachable, WikiUploader
from ..core.titles import final_title, same_page
from ..core.wikitext import render_page, upload_comment
from .journal import NoJournal, WikiJournal
from .resume import known_from_journal, settle_unknown, write_outcome
from .sdcstep import (PENDING, UNCHANGED, UNSUPPORTED, WRITTEN, mark_unsupported,
                      needs_structured_data, write_structured_data)


@dataclass
class UploadEvent:
    """What happened to one item. ``kind``: waiting (paced under the rate limit), start,
    progress, uploaded, duplicate, failed;
    and for its structured data: sdc-written, sdc-unchanged, sdc-pending, sdc-unsupported."""

    kind: str
    item: MediaItem
    index: int          # 0-based position among the items being sent
    total: int
    sent: int = 0       # bytes sent so far (progress)
    size: int = 0
    seconds: float = 0.0   # "waiting": the pause before this file; "start": the time left in all
    error: str = ""        # "retrying": the wiki's error that heals (busy, rate limit); "" when it
                           # did not answer at all


@dataclass
class UploadSummary:
    uploaded: list[MediaItem] = field(default_factory=list)
    duplicates: list[MediaItem] = field(default_factory=list)
    failed: list[MediaItem] = field(default_factory=list)
    skipped: int = 0      # already done before this run
    cancelled: bool = False
    sdc_written: list[MediaItem] = field(default_factory=list)   # one MediaInfo edit sent
    sdc_pending: list[MediaItem] = field(default_factory=list)   # the edit failed; next run
    sdc_unsupported: bool = False   # the wiki has no structured data (no WikibaseMediaInfo)
    retries: int = 0                # files tried again after the wiki failed to answer


def pending_items(batch: Batch) -> list[MediaItem]:
    return [i for i in batch.items if not i.upload.state.is_done]


def structured_data_items(batch: Batch) -> list[MediaItem]:
    """Items on the wiki whose structured data is still to be written."""
    return [i for i in batch.items if needs_structured_data(i)]


def titles_for(batch: Batch) -> dict[str, str]:
    """The file name each item will have: the kit's pattern, numbered in batch order."""
    return {item.path: final_title(item, batch.kit, n) for n, item in enumerate(batch.items, 1)}


def upload_batch(batch: Batch, wiki: WikiUploader, *, save: Callable[[], None],
                 on_event: Callable[[UploadEvent], None] | None = None,
                 cancel: threading.Event | None = None, only: set[str] | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 sdc: WikiStructuredData | None = None, pacer: Pacer | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 retries: Retries | None = None,
                 journal: WikiJournal | None = None) -> UploadSummary:
    """Send every item that is not done yet (of ``only``, paths, when given).

    With ``pacer``, each upload waits its turn under the account's rate limit (``cancel``
    ends the wait at once). When the wiki cannot be reached or answers an error that heals
    (``core.pacing.TRANSIENT_ERRORS``), the same file is tried again after a growing, jittered
    wait; after ``retries.attempts`` the run stops with ``WikiUnreachable`` (all is saved). A
    retried file is never sent twice: the wiki layer checks its SHA-1 first.

    With ``sdc``, also write the structured data of every file uploaded now or before
    without it. ``save`` persists the batch; it is called before and after every file.

    With ``journal``, every step of every file is written to it as it happens (``jobs.journal``),
    and what an earlier, killed run left is taken up: a file the journal knows as published is
    recorded without sending anything; one killed while being published is looked for on the
    wiki first; a chunked upload goes on from its stash while the wiki keeps it.
    """
    emit = on_event or (lambda event: None)
    log = journal or NoJournal()
    todo = [i for i in batch.items if (only is None or i.path in only)
            and (i.upload.state not in _DONE or (sdc is not None and needs_structured_data(i)))]
    summary = UploadSummary(skipped=len(batch.items) - len(todo))
    names = titles_for(batch)

    def structured(item: MediaItem, index: int) -> None:
        if sdc is None:
            return
        if summary.sdc_unsupported:   # known for this wiki since an earlier item: do not ask again
            mark_unsupported(item)
            save()
            return
        kind = write_structured_data(item, batch.kit, sdc)
        save()
        if kind in (WRITTEN, UNCHANGED) and item.facts.sha1:
            log.data_done(item.facts.sha1)
        summary.sdc_unsupported = kind == UNSUPPORTED
        if kind == WRITTEN:
            summary.sdc_written.append(item)
        elif kind == PENDING:
            summary.sdc_pending.append(item)
        emit(UploadEvent(kind, item, index, len(todo)))

    for index, item in enumerate(todo):
        if cancel is not None and cancel.is_set():
            summary.cancelled = True
            break
        if item.upload.state in _ON_WIKI:   # uploaded before: only its structured data
            structured(item, index)
            continue
        title = "File:" + names[item.path]
        known = known_from_journal(log, item, title, wiki)
        if known is not None:   # a run killed after the wiki took the file: nothing to send
            _record(item, title, known, now())
            save()
            summary.uploaded.append(item)
            emit(UploadEvent("uploaded", item, index, len(todo), item.facts.size, item.facts.size))
            structured(item, index)
            continue
        if pacer is not None:
            wait = pacer.delay(clock())
            if wait > 0:
                emit(UploadEvent("waiting", item, index, len(todo), seconds=wait))
                if cancel is not None and cancel.wait(wait):
                    summary.cancelled = True
                    break
                if cancel is None:
                    time.sleep(wait)
            pacer.started(clock())
        started = clock()
        item.upload.state = ItemState.UPLOADING
        save()
        left = pacer.time_left(len(todo) - index) if pacer is not None else 0.0
        emit(UploadEvent("start", item, index, len(todo), 0, item.facts.size, seconds=left))

        def progress(sent: int, size: int, item=item, index=index) -> None:
            emit(UploadEvent("progress", item, index, len(todo), sent, size))

        def send(item=item, title=title, progress=progress) -> UploadOutcome:
            sha1 = item.facts.sha1
            settled = settle_unknown(log, sha1, title, wiki)
            if settled is not None:
                return settled
            stash = log.stash(sha1)
            log.sending(sha1, path=item.path, title=title)
            return wiki.upload(item.path, title, text=render_page(item, batch.kit),
                               comment=upload_comment(item, batch.kit), on_progress=progress,
                               stash=stash, on_stash=lambda now: log.stashed(sha1, now),
                               on_publish=lambda: log.publishing(sha1))

        outcome = _upload_with_retries(
            send, retries=retries, cancel=cancel, summary=summary,
            waiting=lambda seconds, error, item=item, index=index: emit(
                UploadEvent("retrying", item, index, len(todo), seconds=seconds, error=error)),
            failed=lambda reason, sha1=item.facts.sha1: log.retrying(sha1, reason))
        if outcome is None:   # cancelled while waiting to try again
            item.upload.state = ItemState.NEW
            save()
            summary.cancelled = True
            break
        kind = _record(item, title, outcome, now())
        write_outcome(log, item, kind)
        if pacer is not None:
            pacer.finished(clock() - started)
        save()
        getattr(summary, {"uploaded": "uploaded", "duplicate": "duplicates"}.get(kind, "failed")).append(item)
        emit(UploadEvent(kind, item, index, len(todo), item.facts.size, item.facts.size))
        if kind == "uploaded":
            structured(item, index)
    return summary


@dataclass(frozen=True)
class Retries:
    attempts: int = 6          # tries of one file before the run stops
    base: float = 2.0          # first wait, doubling up to ``cap``
    cap: float = 300.0


def _upload_with_retries(send: Callable[[], UploadOutcome], *, retries: Retries | None,
                         cancel: threading.Event | None, summary: UploadSummary,
                         waiting: Callable[[float, str], None],
                         failed: Callable[[str], None]) -> UploadOutcome | None:
    policy = retries or Retries()
    for attempt in range(1, policy.attempts + 1):
        try:
            outcome = send()
        except WikiUnreachable as exc:
            failed(f"unreachable: {exc}")
            if attempt == policy.attempts:
                raise
            error = ""
        else:
            if outcome.uploaded or outcome.error not in TRANSIENT_ERRORS or attempt == policy.attempts:
                return outcome
            failed(outcome.error)
            error = outcome.error
        summary.retries += 1
        seconds = backoff(attempt, base=policy.base, cap=policy.cap, rand=random.random())
        waiting(seconds, error)
        if cancel is not None:
            if cancel.wait(seconds):
                return None
        else:
            time.sleep(seconds)
    raise AssertionError("unreachable")  # pragma: no cover


_DONE = frozenset(s for s in ItemState if s.is_done)
_ON_WIKI = frozenset({ItemState.UPLOADED, ItemState.SDC_PENDING})


def _record(item: MediaItem, title: str, outcome: UploadOutcome, when: datetime) -> str:
    rec = item.upload
    rec.error = rec.error_info = ""
    if outcome.uploaded:
        rec.state = ItemState.UPLOADED
        rec.page_title, rec.page_id, rec.url = outcome.title, outcome.page_id, outcome.url
        rec.uploaded_at = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        return "uploaded"
    if outcome.duplicate_of:
        same = [f for f in outcome.duplicate_of if same_page(f.title, title)]
        existing = (same or outcome.duplicate_of)[0]
        rec.page_title, rec.page_id, rec.url = existing.title, existing.page_id, existing.url
        if same:  # ours, from a run that was cut off after the wiki took the file
            rec.state = ItemState.UPLOADED
            return "uploaded"
        rec.state = ItemState.DUPLICATE
        return "duplicate"
    rec.state = ItemState.FAILED
    rec.error, rec.error_info = outcome.error or "unknown", outcome.error_info
    return "failed"
