"""Commands that talk to a wiki: upload, sandbox, demo. The wiki layer is imported only here."""
from __future__ import annotations

import argparse
import getpass
import sys

from ..core.pacing import Pacer
from ..jobs.plan import plan_upload
from ..jobs.runner import (UploadEvent, pending_items, structured_data_items, titles_for,
                           upload_batch)
from ..messages import upload_error_text
from ..paths import demo_dir
from .commands import UserError, open_batch, print_problems, problem_json, save
from .output import Output

LOGIN_WORDS = {
    "no-credentials": "No user name and password were given. Use --user NAME, or set "
                      "GLAMUPLOADER_USER and GLAMUPLOADER_PASSWORD.",
    "unknown-user": "The wiki has no such account. Check the user name (for a bot password: Name@Suffix).",
    "wrong-password": "The wiki refused the password. For a bot password, log in as Name@Suffix "
                      "with the password Special:BotPasswords showed.",
    "throttled": "Too many login attempts. Wait a few minutes and try again.",
    "network": "The wiki could not be reached. Check the connection and the wiki's address.",
    "refused": "The wiki refused the login.",
}


def _prompt(target: str, user: str | None):
    if not sys.stdin.isatty():
        return None
    name = user or input(f"User name on {target} (bot password: Name@Suffix): ").strip()
    password = getpass.getpass(f"Password for {name}: ")
    return name, password


def connect(name: str, out: Output, *, login: bool, user: str | None = None,
            remember: bool = False):
    from ..wiki import LoginFailed, UnknownTarget, WikiUnavailable
    from ..wiki import connect as wiki_connect
    password = None
    if name == "sandbox" and login and not user:
        info = _sandbox_info()
        user, password = info.bot_user, info.bot_password
    try:
        return wiki_connect(name, user=user, password=password, prompt=_prompt, login=login,
                            remember=remember)
    except UnknownTarget as exc:
        raise UserError(f"{exc}: give commons, beta, sandbox (after 'glamuploader sandbox start') "
                        "or the address of a wiki's api.php.") from None
    except LoginFailed as exc:
        words = LOGIN_WORDS.get(exc.reason, exc.reason)
        raise UserError(f"login to {exc.target} failed. {words}" + (f" ({exc.info})" if exc.info else "")) from None
    except WikiUnavailable as exc:
        raise UserError(f"{exc.target} cannot be reached ({exc.detail}). Check the connection; "
                        "nothing was sent.") from None


def _sandbox_info():
    from ..sandbox import Sandbox, SandboxUnavailable
    try:
        status = Sandbox().status()
    except SandboxUnavailable as exc:
        raise UserError(str(exc)) from None
    if not status.running or status.info is None:
        raise UserError("the sandbox wiki is not running. Start it with: glamuploader sandbox start")
    return status.info


# --- upload ---------------------------------------------------------------------------------

def upload(args: argparse.Namespace, out: Output) -> int:
    batch = open_batch(args.batch, out)
    if args.wiki:
        batch.target = args.wiki
    with_sdc = not getattr(args, "no_sdc", False)
    todo = pending_items(batch)
    sdc_todo = structured_data_items(batch) if with_sdc else []
    if not todo and not sdc_todo:
        out.say(f"Nothing to upload: all {len(batch.items)} file(s) of {batch.path} are done.")
        out.data({"uploaded": [], "duplicates": [], "failed": [], "skipped": len(batch.items)})
        return 0
    session = connect(batch.target, out, login=not args.dry_run, user=args.user,
                      remember=getattr(args, "remember", False))
    if args.dry_run:
        return _send(args, out, batch, session, sdc_todo, None)
    from ..jobs.journal import Journal, JournalError
    from ..wiki import LoginFailed, WikiUnavailable
    try:
        with Journal() as journal:
            if journal.set_aside:
                out.warn(f"the upload journal was damaged; it is kept as {journal.set_aside} and a new "
                         "one was begun. Nothing is lost: files already on the wiki are found by their "
                         "checksum (SHA-1).")
            return _send(args, out, batch, session, sdc_todo,
                         journal.for_wiki(session.target.api_url, session.user))
    except WikiUnavailable as exc:
        save(batch)
        raise UserError(f"{exc.target} stopped answering ({exc.detail}). What was uploaded is saved "
                        f"in {batch.path}; run the same command again to go on.") from None
    except LoginFailed as exc:   # the session ended during the run and a new login failed
        save(batch)
        raise UserError(f"the login session on {exc.target} ended and logging in again failed. "
                        f"{LOGIN_WORDS.get(exc.reason, exc.reason)} What was uploaded is saved in "
                        f"{batch.path}; run the same command again to go on.") from None
    except JournalError as exc:
        save(batch)
        raise UserError(f"the upload journal cannot be written ({exc}). Nothing was lost: what was "
                        f"uploaded is saved in {batch.path}. Free some disk space, or check the "
                        "folder's permissions, and run the same command again.") from None


def _send(args: argparse.Namespace, out: Output, batch, session, sdc_todo, journal) -> int:
    """Plan, then send: the upload command once logged in (and, unless a dry run, with a journal)."""
    with_sdc = not getattr(args, "no_sdc", False)
    from .lookupcommands import lookup_problems
    plan = plan_upload(batch, session, more=lookup_problems(batch, session, out), journal=journal,
                       progress=checking_progress(out))
    problems, marked, blocked, ready = plan.problems, plan.duplicates, plan.blocked, plan.ready
    for item in marked:
        out.say(f"duplicate  {item.path} is already on the wiki as {item.upload.page_title}: {item.upload.url}")
    save(batch)
    if blocked:
        print_problems([p for p in problems if p.item in blocked], out)
        out.warn(f"{len(blocked)} file(s) have errors and are left out; fix them and run upload again.")
    names = titles_for(batch)
    if args.dry_run:
        for item in ready:
            out.say(f"would upload {item.path} as File:{names[item.path]} ({item.facts.size} bytes)")
        out.data({"would_upload": [{"file": i.path, "title": "File:" + names[i.path]} for i in ready],
                  "problems": [problem_json(p) for p in problems]})
        save(batch)
        return 1 if blocked else 0
    pacer = _pacer(session, out, len(ready))
    total_bytes = sum(i.facts.size for i in ready) or 1
    sent_before = [0]

    def on_event(event: UploadEvent) -> None:
        if event.kind == "progress":
            out.progress(sent_before[0] + event.sent, total_bytes, event.item.name)
            return
        if event.kind == "waiting":
            if event.seconds >= 2:
                out.say(f"waiting    {event.seconds:.0f} s for this account's upload rate limit")
            return
        if event.kind == "retrying":
            why = f"the wiki is busy ({event.error})" if event.error else "the wiki did not answer"
            out.warn(f"retrying   {event.item.path} in {event.seconds:.0f} s: {why}")
            return
        if event.kind == "start":
            return
        if event.kind.startswith("sdc-"):
            _say_structured_data(event, out)
            return
        sent_before[0] += event.item.facts.size
        rec = event.item.upload
        if event.kind == "uploaded":
            out.say(f"uploaded   {rec.page_title}  {rec.url}")
        elif event.kind == "duplicate":
            out.say(f"duplicate  {event.item.path} is already on the wiki as {rec.page_title}: {rec.url}")
        else:
            out.warn(f"failed     {event.item.path}: {upload_error_text(rec.error, rec.error_info)}")

    summary = upload_batch(batch, session, save=lambda: save(batch), on_event=on_event,
                           only={i.path for i in ready} | {i.path for i in sdc_todo},
                           sdc=session if with_sdc else None, pacer=pacer, journal=journal)
    summary.duplicates[:0] = marked
    out.say(f"{len(summary.uploaded)} uploaded, {len(summary.duplicates)} already on the wiki, "
            f"{len(summary.failed)} failed, {len(blocked)} left out with errors; structured data "
            f"written for {len(summary.sdc_written)}, pending for {len(summary.sdc_pending)}.")
    out.data({"uploaded": [_result(i) for i in summary.uploaded],
              "duplicates": [_result(i) for i in summary.duplicates],
              "failed": [_result(i) for i in summary.failed],
              "left_out": sorted(blocked),
              "structured_data_written": [_result(i) for i in summary.sdc_written],
              "structured_data_pending": [_result(i) for i in summary.sdc_pending],
              "structured_data_unsupported": summary.sdc_unsupported})
    return 1 if summary.failed or blocked or summary.sdc_pending else 0


def checking_progress(out: Output):
    """Says that the files are being checked on the wiki (a few requests each: minutes for a
    big batch on Commons), with a progress bar on a terminal."""
    said = [False]

    def progress(done: int, total: int) -> None:
        if not said[0] and total:
            out.say(f"checking   {total} file(s) on the wiki: duplicates, titles, title blacklist")
            said[0] = True
        out.progress(done, total, "checking on the wiki")
    return progress


def _pacer(session, out: Output, count: int) -> Pacer:
    """Uploads spaced under the account's rate limit (read from the wiki), with the time left."""
    from ..wiki import WikiUnavailable
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
    if event.kind == "sdc-written":
        out.say(f"structured data written  {rec.mid}  {rec.page_title}")
    elif event.kind == "sdc-unchanged":
        out.say(f"structured data already there  {rec.mid}  {rec.page_title}")
    elif event.kind == "sdc-pending":
        out.warn(f"structured data pending  {rec.page_title} is uploaded, but its structured data "
                 f"was not written ({upload_error_text(rec.error, rec.error_info)}). Run upload "
                 "again to complete it; the file will not be sent again.")
    else:
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
    batch = make_demo_batch(folder, on_progress=lambda d, t: out.progress(d, t, "reading"))
    out.say(f"Sample photos and batch: {batch.path}")
    try:
        info = Sandbox().start()
    except (SandboxUnavailable, SandboxError) as exc:
        raise UserError(str(exc)) from None
    out.say(f"Sandbox wiki: {info.server}/")
    args.batch, args.wiki, args.user, args.dry_run = batch.path, "sandbox", None, False
    return upload(args, out)
