"""The send loop of the upload service: one file after another, each step in the journal.

Qt-free: progress goes to a plain callback, so the command line, the app and the tests share
it. The journal is the record while a run goes on (every step of every file is in it before it
is taken); the batch file is saved through ``save`` every few seconds and at the end (see
``saving.Saver``), so the cost of a file does not grow with the batch. A killed process is
taken up from the journal on the next start (``resume``).

A file sent in one piece costs one request: the upload's own warnings and errors are the
duplicate, title and blacklist checks. Structured data is written right after the files, a
group at a time (``structured.StructuredQueue``): page ids are asked 50 to a request.
"""
from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from ..core import uploadstate as move
from ..core.batch import Batch
from ..core.item import ItemState, MediaItem
from ..core.pacing import TRANSIENT_ERRORS, Pacer, backoff
from ..core.ports import UploadOutcome, WikiStructuredData, WikiUnreachable, WikiUploader
from ..core.problems import Problem
from ..core.sendplan import PlanEntry, plan_entries, plan_titles
from ..core.titles import same_page
from ..core.uploadstate import Outcome
from .journal import NoJournal, WikiJournal
from .events import FILE_DONE, EventKind, UploadEvent, UploadSummary
from .resume import known_from_journal, settle_unknown, write_outcome
from .saving import Saver, as_saver
from .structured import StructuredQueue, needs_structured_data


class _Paused(Exception):
    """Pause pressed while a big file goes up: it stops after the chunk in flight."""


@dataclass(frozen=True)
class Retries:
    attempts: int = 6          # tries of one file before the run stops
    base: float = 2.0          # first wait, doubling up to ``cap``
    cap: float = 300.0


def pending_items(batch: Batch) -> list[MediaItem]:
    return batch.pending()


def structured_data_items(batch: Batch) -> list[MediaItem]:
    """Items on the wiki whose structured data is still to be written."""
    return [i for i in batch.items if needs_structured_data(i)]


def titles_for(batch: Batch) -> dict[str, str]:
    """The file name each item will have (without "File:"), for the window and reports."""
    return {path: title.split(":", 1)[1] for path, title in plan_titles(batch).items()}


#: the outcome errors that a check before sending reports as a problem of the item (and field)
REFUSALS = {"title-exists": "title", "title-blacklisted": "title", "filetype-not-allowed": "file",
            "file-too-large": "file", "new-version-missing": "title"}


def refusal_problem(entry: PlanEntry, outcome: UploadOutcome) -> Problem:
    """The problem the check before sending would have given for what the wiki refused."""
    name = entry.title.split(":", 1)[1]
    params: dict = {"title": name}
    if outcome.error == "title-exists":
        params["url"] = outcome.error_info
    elif outcome.error == "title-blacklisted":
        params["reason"] = outcome.error_info
    elif outcome.error == "filetype-not-allowed":
        params = {"extension": name.rsplit(".", 1)[-1].lower(), "allowed": [], "info": outcome.error_info}
    elif outcome.error == "file-too-large":
        params = {"size": entry.size, "limit": None, "info": outcome.error_info}
    return Problem(outcome.error, item=entry.path, field=REFUSALS[outcome.error], params=params)


def upload_batch(batch: Batch, wiki: WikiUploader, *, save: Callable[[], None] | Saver,
                 on_event: Callable[[UploadEvent], None] | None = None,
                 cancel: threading.Event | None = None, only: set[str] | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 sdc: WikiStructuredData | None = None, pacer: Pacer | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 retries: Retries | None = None,
                 journal: WikiJournal | None = None,
                 entries: dict[str, PlanEntry] | None = None,
                 prepare: Callable[[PlanEntry], Problem | None] | None = None) -> UploadSummary:
    """Send every item that is not done yet (of ``only``, paths, when given).

    ``entries``: the plan (``core.sendplan``), made here when not given. With ``pacer``, each
    upload waits its turn under the account's rate limit (``cancel`` ends the wait at once).
    When the wiki cannot be reached or answers an error that heals, the same file is tried
    again after a growing, jittered wait; after ``retries.attempts`` the run stops with
    ``WikiUnreachable`` (``save`` is called first). ``prepare`` readies a file just before its
    turn (a cleaned copy); a problem it returns stops that file. With ``sdc``, the structured data of every
    file uploaded now or before without it is written. ``save`` persists the batch: it may
    save at once or when due (see ``saving.Saver``); with ``force=True`` it must save now.
    """
    emit = on_event or (lambda event: None)
    save = as_saver(save)
    log = journal or NoJournal()
    todo = [i for i in batch.items if (only is None or i.path in only)
            and (not i.upload.state.is_done or (sdc is not None and needs_structured_data(i)))]
    summary = UploadSummary(skipped=len(batch.items) - len(todo))
    if entries is None:
        entries, _ = plan_entries(batch, todo)
    structured = StructuredQueue(wiki, sdc, log, summary, emit, total=len(todo))
    stamp = lambda: now().strftime("%Y-%m-%dT%H:%M:%SZ")   # noqa: E731
    try:
        for index, item in enumerate(todo):
            if cancel is not None and cancel.is_set():
                summary.cancelled = True
                break
            entry = entries.get(item.path)
            if entry is None:   # its title pattern fails: validate() reports it
                continue
            if item.upload.state in (ItemState.UPLOADED, ItemState.SDC_PENDING):
                structured.add(item, index, fresh=False, wanted=entry.structured, key=entry.send_sha1)
                continue
            ready = prepare(entry) if prepare is not None else None
            if ready is not None:
                move.failed(item.upload, ready.code, str(ready.params.get("detail", "")))
                summary.refused.append(item)
                summary.problems.append(ready)
                emit(UploadEvent(EventKind.REFUSED, item, index, len(todo), problems=[ready]))
                save()
                continue
            known = known_from_journal(log, entry, wiki)
            if known is not None:   # a run killed after the wiki took the file: nothing to send
                move.published(item.upload, title=known.title, page_id=known.page_id, url=known.url,
                               when=stamp())
                summary.uploaded.append(item)
                emit(UploadEvent(EventKind.UPLOADED, item, index, len(todo), entry.size, entry.size))
                structured.add(item, index, fresh=False, wanted=entry.structured, key=entry.send_sha1)
                save()
                continue
            if pacer is not None:
                wait = pacer.delay(clock())
                if wait > 0:
                    if wait > 1:
                        structured.flush()   # the wait is idle time: write what is waiting
                        wait = pacer.delay(clock())
                    emit(UploadEvent(EventKind.WAITING, item, index, len(todo), seconds=wait))
                    if cancel is not None and cancel.wait(wait):
                        summary.cancelled = True
                        break
                    if cancel is None:
                        time.sleep(wait)
                pacer.started(clock())
            started = clock()
            move.begin(item.upload)
            left = pacer.time_left(len(todo) - index) if pacer is not None else 0.0
            emit(UploadEvent(EventKind.START, item, index, len(todo), 0, entry.size, seconds=left))

            def progress(sent: int, size: int, item=item, index=index) -> None:
                emit(UploadEvent(EventKind.PROGRESS, item, index, len(todo), sent, size))
                if cancel is not None and cancel.is_set() and 0 < sent < size:
                    raise _Paused   # between two chunks: the journal has the stash to go on from

            def send(entry=entry, progress=progress) -> UploadOutcome:
                sha1 = entry.send_sha1
                settled = settle_unknown(log, sha1, entry.title, wiki)
                if settled is not None:
                    return settled
                stash = log.stash(sha1)
                log.sending(sha1, path=entry.path, title=entry.title, new_version=entry.new_version)
                return wiki.upload(entry.send_path, entry.title, text=entry.text, comment=entry.comment,
                                   on_progress=progress, stash=stash,
                                   on_stash=lambda now: log.stashed(sha1, now),
                                   on_publish=lambda: log.publishing(sha1), sha1=sha1,
                                   new_version=entry.new_version)

            try:
                outcome = _upload_with_retries(
                    send, retries=retries, cancel=cancel, summary=summary,
                    waiting=lambda seconds, error, item=item, index=index: emit(
                        UploadEvent(EventKind.RETRYING, item, index, len(todo), seconds=seconds, error=error)),
                    failed=lambda reason, sha1=entry.send_sha1: log.retrying(sha1, reason))
            except _Paused:
                outcome = None
            except BaseException:
                move.stopped(item.upload)   # the journal knows how far it got
                raise
            if outcome is None:   # paused between chunks, or while waiting to try again
                move.stopped(item.upload)
                summary.cancelled = True
                break
            kind = _record(entry, outcome, stamp())
            write_outcome(log, entry, kind)
            if pacer is not None:
                pacer.finished(clock() - started)
            event = UploadEvent(EventKind(kind.value), item, index, len(todo), entry.size, entry.size)
            if kind in (Outcome.UPLOADED, Outcome.DUPLICATE):
                _remove_copy(entry)
            if kind is Outcome.UPLOADED:
                summary.uploaded.append(item)
                # a new version keeps the page's own structured data: nothing is written
                structured.add(item, index, fresh=outcome.uploaded or entry.new_version,
                               wanted={} if entry.new_version else entry.structured, key=entry.send_sha1)
            elif kind is Outcome.DUPLICATE:
                summary.duplicates.append(item)
            elif kind is Outcome.REFUSED:
                summary.refused.append(item)
                event.problems = [refusal_problem(entry, outcome)]
                summary.problems += event.problems
            else:
                summary.failed.append(item)
            emit(event)
            save()
        structured.flush()
    finally:
        try:
            structured.flush_page_ids()   # an uploaded file's page id is worth keeping even now
        finally:
            save(force=True)
    return summary


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


def _record(entry: PlanEntry, outcome: UploadOutcome, when: str) -> Outcome:
    rec = entry.item.upload
    if outcome.uploaded:
        move.published(rec, title=outcome.title, page_id=outcome.page_id, url=outcome.url, when=when)
        return Outcome.UPLOADED
    if outcome.duplicate_of:
        same = [f for f in outcome.duplicate_of if same_page(f.title, entry.title)]
        if same:  # ours: from a run cut off after the wiki took it, or this very new version
            move.published(rec, title=same[0].title, page_id=same[0].page_id, url=same[0].url, when=when)
            return Outcome.UPLOADED
        move.duplicate(rec, outcome.duplicate_of[0])
        return Outcome.DUPLICATE
    move.failed(rec, outcome.error, outcome.error_info)
    return Outcome.REFUSED if outcome.error in REFUSALS else Outcome.FAILED


def _remove_copy(entry: PlanEntry) -> None:
    """A cleaned copy is not kept once the wiki has the file."""
    if entry.send_path != entry.path:
        try:
            os.remove(entry.send_path)
        except OSError:
            pass
