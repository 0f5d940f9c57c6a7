"""Commands that talk to a wiki: upload, sandbox, demo. The wiki layer is imported only here."""
from __future__ import annotations

import argparse
import os

from ..core.pacing import Pacer
from ..jobs.runner import FILE_DONE, EventKind, UploadEvent, pending_items, structured_data_items
from ..jobs.service import RunOptions, UploadService
from ..messages import upload_error_text
from ..paths import demo_dir
from .common import (UserError, hold_batch, open_batch, print_problems, problem_json, save,
                     write_error)
from .connection import connect, login_words
from .output import Output

# --- upload ---------------------------------------------------------------------------------

def upload(args: argparse.Namespace, out: Output) -> int:
    batch = open_batch(args.batch, out)
    if args.wiki:
        batch.target = args.wiki
    with_sdc = not getattr(args, "no_sdc", False)
    if not pending_items(batch) and not (with_sdc and structured_data_items(batch)):
        out.say(f"Nothing to upload: all {len(batch.items)} file(s) of {batch.path} are done.")
        for item in batch.items:   # where they are: the pages a second run would otherwise not name
            rec = item.upload
            if rec.url:
                out.say(f"{'on the wiki' if rec.state.value == 'uploaded' else 'duplicate'}  "
                        f"{rec.page_title}  {rec.url}")
        out.data({"uploaded": [], "duplicates": [], "failed": [], "skipped": len(batch.items),
                  "on_wiki": [_result(i) for i in batch.items if i.upload.url]})
        return 0
    with hold_batch(batch.path, out):
        session = connect(batch.target, out, login=not args.dry_run, user=args.user,
                          remember=getattr(args, "remember", False))
        return _run(args, out, batch, session, with_sdc=with_sdc)


def _run(args: argparse.Namespace, out: Output, batch, session, *, with_sdc: bool) -> int:
    from ..jobs.journal import JournalError
    from ..media.localfiles import DiskFiles
    from ..wiki import LoginFailed, WikiUnavailable
    from .lookupcommands import lookup_problems
    options = RunOptions(structured_data=with_sdc, dry_run=args.dry_run,
                         new_versions=getattr(args, "new_versions", False))
    render = _Renderer(out, batch)
    pacer = None if args.dry_run else _pacer(session, out, len(pending_items(batch)))
    service = UploadService(batch, session, save=lambda: save(batch), on_event=render,
                            files=DiskFiles(), account=session.user, options=options, pacer=pacer,
                            more_problems=lambda: lookup_problems(batch, session, out))
    try:
        result = service.run()
    except WikiUnavailable as exc:
        save(batch)
        raise UserError(f"{exc.target} stopped answering ({exc.detail}). What was uploaded is saved "
                        f"in {batch.path}; run the same command again to go on.") from None
    except LoginFailed as exc:   # the session ended during the run and a new login failed
        save(batch)
        raise UserError(f"the login session on {exc.target} ended and logging in again failed. "
                        f"{login_words(exc)} What was uploaded is saved in "
                        f"{batch.path}; run the same command again to go on.") from None
    except JournalError as exc:
        save(batch)
        raise UserError(f"the upload journal cannot be written ({exc}). Nothing was lost: what was "
                        f"uploaded is saved in {batch.path}. Free some disk space, or check the "
                        "folder's permissions, and run the same command again.") from None
    if result.journal_set_aside:
        out.warn(f"the upload journal was damaged; it is kept as {result.journal_set_aside} and a new "
                 "one was begun. Nothing is lost: files already on the wiki are found by their "
                 "checksum (SHA-1).")
    before = [p for p in result.problems if p.item in result.blocked]
    if before:
        print_problems(before, out)
        out.warn(f"{len(result.blocked)} file(s) have errors and are left out; fix them and run upload again.")
    if args.dry_run:
        for item in result.ready:
            entry = result.entries[item.path]
            out.say(f"would upload {item.path} as {entry.title} ({item.facts.size} bytes)")
        out.data({"would_upload": [{"file": i.path, "title": result.entries[i.path].title}
                                   for i in result.ready],
                  "problems": [problem_json(p) for p in result.problems]})
        return 1 if result.blocked else 0
    summary = result.summary
    rejected = batch.rejected()
    if rejected:
        out.say(f"{len(rejected)} rejected file(s) left out, as chosen: not uploaded.")
    if summary.refused:
        print_problems(summary.problems, out)
    out.say(f"{len(summary.uploaded)} uploaded, {len(summary.duplicates)} already on the wiki, "
            f"{len(summary.failed) + len(summary.refused)} failed, {len(result.blocked)} left out "
            f"with errors; structured data written for {len(summary.sdc_written)}, pending for "
            f"{len(summary.sdc_pending)}.")
    out.data({"uploaded": [_result(i) for i in summary.uploaded],
              "duplicates": [_result(i) for i in summary.duplicates],
              "failed": [_result(i) for i in summary.failed + summary.refused],
              "left_out": sorted(result.blocked), "rejected": [i.path for i in rejected],
              "problems": [problem_json(p) for p in summary.problems],
              "structured_data_written": [_result(i) for i in summary.sdc_written],
              "structured_data_pending": [_result(i) for i in summary.sdc_pending],
              "structured_data_unsupported": summary.sdc_unsupported})
    bad = summary.failed or summary.refused or result.blocked or summary.sdc_pending
    return 1 if bad else 0


class _Renderer:
    """The upload service's events as lines and a progress bar."""

    def __init__(self, out: Output, batch) -> None:
        self.out = out
        self.total_bytes = sum(i.facts.size for i in pending_items(batch)) or 1
        self.sent_before = 0
        self.checking = checking_progress(out, what="on disk: still there, changed since import",
                                          label="looking at the files")

    def __call__(self, event: UploadEvent) -> None:
        out, kind = self.out, event.kind
        if kind is EventKind.CHECKING:
            self.checking(event.index, event.total)
        elif kind is EventKind.PROGRESS:
            out.progress(self.sent_before + event.sent, self.total_bytes, event.item.name)
        elif kind is EventKind.WAITING:
            if event.seconds >= 2:
                out.say(f"waiting    {event.seconds:.0f} s for this account's upload rate limit")
        elif kind is EventKind.RETRYING:
            why = f"the wiki is busy ({event.error})" if event.error else "the wiki did not answer"
            out.warn(f"retrying   {event.item.path} in {event.seconds:.0f} s: {why}")
        elif kind.value.startswith("sdc-"):
            _say_structured_data(event, out)
        elif kind in FILE_DONE:
            self.sent_before += event.item.facts.size
            rec = event.item.upload
            if kind is EventKind.UPLOADED:
                out.say(f"uploaded   {rec.page_title}  {rec.url}")
            elif kind is EventKind.DUPLICATE:
                out.say(f"duplicate  {event.item.path} is already on the wiki as {rec.page_title}: {rec.url}")
            elif kind is EventKind.REFUSED:
                out.warn(f"refused    {event.item.path}: not uploaded, for the reason below")
            else:
                out.warn(f"failed     {event.item.path}: {upload_error_text(rec.error, rec.error_info, kind=event.item.facts.kind or '')}")


def checking_progress(out: Output, *, what: str = "on the wiki: duplicates, titles, title blacklist",
                      label: str = "checking on the wiki"):
    """Says that the files are being checked (minutes for a big batch), with a progress bar."""
    said = [False]

    def progress(done: int, total: int) -> None:
        if not said[0] and total:
            out.say(f"checking   {total} file(s) {what}")
            said[0] = True
        out.progress(done, total, label)
    return progress


def _pacer(session, out: Output, count: int) -> Pacer:
    """Uploads spaced under the account's rate limit (read from the wiki once), with the time left.

    ``GLAMUPLOADER_PACING=off`` sends as fast as the wiki answers (benchmarks against a bare
    API loop, which does not pace either); the wiki's own rate limit still applies, and its
    ``ratelimited`` answers are waited out and tried again."""
    from ..wiki import WikiUnavailable
    if os.environ.get("GLAMUPLOADER_PACING", "").lower() == "off":
        return Pacer(None)
    try:
        limit = session.upload_rate_limit()
    except WikiUnavailable:
        limit = None
    pacer = Pacer(limit)
    if limit is not None and count > 1 and limit.interval >= 1:
        minutes = limit.seconds / 60
        out.say(f"This account may upload {limit.hits} files in {minutes:g} minutes: one every "
                f"{limit.interval:.1f} s; {count} files take at least {pacer.time_left(count) / 60:.0f} min.")
    return pacer


def _say_structured_data(event: UploadEvent, out: Output) -> None:
    rec = event.item.upload
    if event.kind is EventKind.SDC_WRITTEN:
        out.say(f"structured data written  {rec.mid}  {rec.page_title}")
    elif event.kind is EventKind.SDC_UNCHANGED:
        out.say(f"structured data already there  {rec.mid}  {rec.page_title}")
    elif event.kind is EventKind.SDC_PENDING:
        out.warn(f"structured data pending  {rec.page_title} is uploaded, but its structured data "
                 f"was not written ({upload_error_text(rec.error, rec.error_info)}). Run upload "
                 "again to complete it; the file will not be sent again.")
    elif not getattr(out, "_said_no_sdc", False):
        out._said_no_sdc = True
        out.say("This wiki has no structured data (WikibaseMediaInfo): captions and statements "
                "were not written.")


def _result(item) -> dict:
    u = item.upload
    return {"file": item.path, "title": u.page_title, "url": u.url, "page_id": u.page_id,
            "state": u.state.value, "error": u.error, "error_info": u.error_info,
            "mid": u.mid, "sdc_done": u.sdc_done}


# --- sandbox --------------------------------------------------------------------------------

def sandbox(args: argparse.Namespace, out: Output) -> int:
    from ..sandbox import Sandbox, SandboxError, SandboxUnavailable
    box = Sandbox(args.dir) if args.dir else Sandbox()
    try:
        if args.action == "start":
            out.say("Starting the sandbox wiki (the first start installs it, about a minute)…")
            info = box.start()
            _print_sandbox(info, out, running=True)
        elif args.action == "stop":
            box.stop()
            out.say("The sandbox wiki is stopped.")
            out.data({"running": False})
        else:
            status = box.status()
            if status.info is None:
                out.say("The sandbox wiki is not installed. Start it with: glamuploader sandbox start")
                out.data({"installed": False, "running": False})
            else:
                _print_sandbox(status.info, out, running=status.running)
            return 0 if status.running else 3
    except SandboxUnavailable as exc:
        raise UserError(str(exc)) from None
    except SandboxError as exc:
        raise UserError(f"the sandbox wiki failed: {exc}") from None
    except OSError as exc:   # its folder cannot be made or written (--dir)
        where = write_error(str(box.state_dir), exc, folder=True)
        raise UserError(f"the sandbox wiki cannot be kept in {where}") from None
    return 0


def _print_sandbox(info, out: Output, *, running: bool) -> None:
    state = "running" if running else "stopped"
    out.say(f"Sandbox wiki ({state}): {info.server}/")
    out.say(f"  API:       {info.api_url}")
    out.say(f"  bot login: {info.bot_user} / {info.bot_password}   (a throwaway password for this local wiki)")
    out.say(f"  admin:     {info.admin_user} / {info.admin_password}")
    out.say("  upload a batch there with: glamuploader upload BATCH --wiki sandbox")
    out.data({"running": running, "api_url": info.api_url, "server": info.server,
              "bot_user": info.bot_user, "state_dir": info.state_dir})


# --- demo -----------------------------------------------------------------------------------

def demo(args: argparse.Namespace, out: Output) -> int:
    from ..sandbox import Sandbox, SandboxError, SandboxUnavailable
    from ..samples import make_demo_batch
    folder = args.dir or demo_dir()
    try:
        batch = make_demo_batch(folder, on_progress=lambda d, t: out.progress(d, t, "reading"))
    except OSError as exc:
        where = write_error(folder, exc, folder=True)
        raise UserError(f"cannot write the sample photos to {where}") from None
    out.say(f"Sample photos and batch: {batch.path}")
    try:
        info = Sandbox().start()
    except (SandboxUnavailable, SandboxError) as exc:
        raise UserError(str(exc)) from None
    out.say(f"Sandbox wiki: {info.server}/")
    # the sandbox's bot account, even when GLAMUPLOADER_USER names an account on another wiki
    args.batch, args.wiki, args.user, args.dry_run = batch.path, "sandbox", info.bot_user, False
    args.new_versions = False
    return upload(args, out)
