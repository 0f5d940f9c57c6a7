"""The upload service: the one place that runs an upload, for the command line and the app.

``UploadService(...).run()`` opens the journal, looks at the files on disk (changed or moved
since import), checks the batch, derives each file's final form once (``core.sendplan``),
paces, sends, writes structured data, retries, and sums up. Progress goes out as typed events
(``runner.UploadEvent``) that each front end only renders. Reaching the wiki costs one request
per file sent in one piece: its own warnings and errors are the duplicate and title checks;
files sent in chunks are checked first (``wiki`` does that), where it saves their bandwidth.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from ..core import uploadstate as move
from ..core.batch import Batch
from ..core.item import ItemState, MediaItem
from ..core.pacing import Pacer
from ..core.ports import CleaningFailed, LocalFiles, WikiStructuredData, WikiUploader
from ..core.problems import Problem
from ..core.sendplan import PlanEntry, plan_entries
from ..core.titles import canonical_extension, extension_for, split_extension
from ..core.validate import validate
from .filecheck import look_at_files
from .journal import Journal, NoJournal, WikiJournal
from .runner import (EventKind, Retries, UploadEvent, UploadSummary, pending_items,
                     structured_data_items, upload_batch)
from .saving import Saver


@dataclass
class RunOptions:
    structured_data: bool = True     # write captions and statements after each upload
    new_versions: bool = True        # send the files marked as new versions (the CLI asks for it)
    retry_failed: bool = False       # failed files are tried again (they are anyway; this clears them)
    dry_run: bool = False            # plan and check only
    save_interval: float = 5.0       # seconds between saves of the batch file during a run


@dataclass
class RunResult:
    summary: UploadSummary = field(default_factory=UploadSummary)
    problems: list[Problem] = field(default_factory=list)   # found before sending (and refused)
    blocked: set[str] = field(default_factory=set)          # paths left out with errors
    ready: list[MediaItem] = field(default_factory=list)    # sent (or, dry run, would be)
    entries: dict[str, PlanEntry] = field(default_factory=dict)
    journal_set_aside: str | None = None                    # a damaged journal kept here


class UploadService:
    def __init__(self, batch: Batch, wiki: WikiUploader, *, save: Callable[[], None],
                 on_event: Callable[[UploadEvent], None] | None = None,
                 cancel: threading.Event | None = None, files: LocalFiles | None = None,
                 journal: Journal | WikiJournal | None = None, account: str = "",
                 more_problems: Callable[[], list[Problem]] | None = None,
                 options: RunOptions | None = None, retries: Retries | None = None,
                 pacer: Pacer | None = None, version: str = "",
                 lock: contextlib.AbstractContextManager | None = None) -> None:
        self.batch, self.wiki = batch, wiki
        self.saver = Saver(save, interval=(options or RunOptions()).save_interval)
        self.emit = on_event or (lambda event: None)
        self.cancel = cancel or threading.Event()
        self.files = files
        self.journal, self.account = journal, account
        self.more_problems = more_problems
        self.options = options or RunOptions()
        self.retries, self.pacer, self.version = retries, pacer, version
        self.lock = lock or contextlib.nullcontext()   # held while items change outside the loop

    # --- the run ------------------------------------------------------------------------
    def run(self, *, on_planned: Callable[[RunResult], None] | None = None) -> RunResult:
        """Check, then send. ``on_planned`` hears the problems found before anything is sent."""
        result = RunResult()
        if self.options.retry_failed:
            with self.lock:
                for item in self.batch.items:
                    if item.upload.state is ItemState.FAILED:
                        move.retry(item.upload)
        sdc_todo = structured_data_items(self.batch) if self.options.structured_data else []
        if not pending_items(self.batch) and not sdc_todo:   # the faces say so before logging in
            return result
        opened = None
        if isinstance(self.journal, Journal) or (self.journal is None and not self.options.dry_run):
            opened = self.journal if isinstance(self.journal, Journal) else Journal()
            result.journal_set_aside = opened.set_aside
            log: WikiJournal = opened.for_wiki(_wiki_key(self.wiki), self.account)
        else:
            log = self.journal or NoJournal()
        try:
            return self._run(result, log, sdc_todo, on_planned)
        finally:
            if opened is not None and opened is not self.journal:
                opened.close()

    def _run(self, result: RunResult, log: WikiJournal, sdc_todo: list[MediaItem],
             on_planned: Callable[[RunResult], None] | None) -> RunResult:
        facts_before = [item.facts for item in self.batch.items]
        problems = self._look_at_files()
        problems += validate(self.batch)
        if self.more_problems is not None:
            problems += self.more_problems()
        pending = pending_items(self.batch)
        entries, _ = plan_entries(self.batch, pending + sdc_todo, version=self.version)
        problems += self._against_site(entries, pending)
        result.problems = problems
        result.blocked = {p.item for p in problems if p.is_error and p.item}
        result.ready = [i for i in pending if i.path not in result.blocked and i.path in entries]
        result.entries = entries
        if self.options.retry_failed or any(item.facts is not before
                                            for item, before in zip(self.batch.items, facts_before)):
            self.saver(force=True)   # what the look at the files found (new facts) is kept
        if on_planned is not None:
            on_planned(result)
        if self.options.dry_run or self.cancel.is_set():
            result.summary.cancelled = self.cancel.is_set()
            return result
        only = {i.path for i in result.ready} | {i.path for i in sdc_todo}
        sdc = self.wiki if self.options.structured_data else None
        result.summary = upload_batch(
            self.batch, self.wiki, save=self.saver, on_event=self.emit, cancel=self.cancel,
            only=only, sdc=sdc if _has_structured_data(sdc) else None, pacer=self.pacer,
            retries=self.retries, journal=log, entries=entries, prepare=self._prepare)
        result.problems += result.summary.problems
        return result

    # --- before sending -------------------------------------------------------------------
    def _look_at_files(self) -> list[Problem]:
        if self.files is None:
            return []
        return look_at_files(self.batch, self.files, cancel=self.cancel, lock=self.lock,
                             progress=lambda done, total: self.emit(
                                 UploadEvent(EventKind.CHECKING, None, done, total)))

    def _against_site(self, entries: dict[str, PlanEntry], pending: list[MediaItem]) -> list[Problem]:
        """File types and size against what the wiki takes (read once), new versions allowed."""
        out: list[Problem] = []
        limits = self.wiki.limits()
        for item in pending:
            entry = entries.get(item.path)
            if entry is None:
                continue
            ext = extension_for(item)
            if limits.extensions and ext not in limits.extensions:
                out.append(Problem("filetype-not-allowed", item=item.path, field="file",
                                   params={"extension": ext, "allowed": sorted(limits.extensions)}))
            if limits.max_upload_size is not None and item.facts.size > limits.max_upload_size:
                out.append(Problem("file-too-large", item=item.path, field="file",
                                   params={"size": item.facts.size, "limit": limits.max_upload_size}))
            if entry.new_version:
                if not self.options.new_versions:
                    out.append(Problem("new-version-not-allowed", item=item.path, field="new_version_of",
                                       params={"title": entry.title}))
                theirs = canonical_extension(split_extension(entry.title)[1])
                if theirs != ext:
                    out.append(Problem("new-version-extension", item=item.path, field="new_version_of",
                                       params={"title": entry.title, "extension": ext, "expected": theirs}))
        return out

    def _prepare(self, entry: PlanEntry) -> Problem | None:
        """Just before a file's turn: its cleaned copy, when its location or camera data is to
        go; then the copy turned by its orientation tag, when the photo is to be turned."""
        problem = self._clean(entry)
        if problem is not None or not entry.rotate:
            return problem
        if self.files is None:
            return Problem("rotate-unsupported", item=entry.path, field="rotate",
                           params={"kind": entry.item.facts.kind})
        try:
            path, sha1, size = self.files.turned_copy(entry.send_path or entry.path, entry.rotate,
                                                      kind=entry.item.facts.kind or "")
        except CleaningFailed as exc:
            return Problem(exc.code, item=entry.path, field="rotate",
                           params={"kind": entry.item.facts.kind, "reason": exc.detail})
        entry.send_path, entry.send_sha1, entry.size = path, sha1, size
        return None

    def _clean(self, entry: PlanEntry) -> Problem | None:
        if not entry.privacy:
            return None
        if self.files is None:
            return Problem("privacy-unsupported-type", item=entry.path, field="privacy",
                           params={"kind": entry.item.facts.kind, "detail": "no copies can be made here"})
        try:
            path, sha1, size = self.files.cleaned_copy(entry.path, entry.privacy,
                                                       kind=entry.item.facts.kind or "")
        except CleaningFailed as exc:
            return Problem(exc.code, item=entry.path, field="privacy",
                           params={"kind": entry.item.facts.kind, "detail": exc.detail,
                                   "reason": exc.detail})   # each code's words take one or the other
        entry.send_path, entry.send_sha1, entry.size = path, sha1, size
        return None


def _wiki_key(wiki: object) -> str:
    """The journal keys files by wiki: its API address."""
    target = getattr(wiki, "target", None)
    return getattr(target, "api_url", "") or str(getattr(wiki, "api_url", "") or "wiki")


def _has_structured_data(sdc: WikiStructuredData | None) -> bool:
    return sdc is not None and hasattr(sdc, "write_mediainfo")
