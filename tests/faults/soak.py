#!/usr/bin/env python3
"""The soak run: a batch is uploaded through a fault proxy (tests/faults/proxy.py) that, on a
seeded schedule, drops connections (before and after the wiki acted), stalls, answers 502/503,
cuts answers short and answers ``maxlag`` and ``ratelimited``. When a run stops (the wiki
"stays away") or leaves files failed, Upload is pressed again, as a person would, until the
batch is done.

    .venv/bin/python tests/faults/soak.py [--files 300] [--big 4] [--seed 1] [--rate 0.15]

Prints: files, faults served by kind, runs, retries (files tried again by the runner plus
faults served), then uploaded, duplicates on the wiki (by SHA-1), lost items, items left
unexplained, time; and, for every file a run recorded as failed, the faults its requests got.
Exits 1 unless every file is on the wiki exactly once, none is lost, unexplained or recorded
as failed while it was on the wiki, and no run ended in a traceback. Runs its own sandbox wiki in a temporary folder unless
GLAMUPLOADER_SANDBOX_DIR names a running one. The files are new each time (random noise);
the faults follow ``--seed``.

pywikibot's own waits before its retries are made short (``--pywikibot-waits default`` keeps
GLAM Uploader's: 2 s doubling to 30 s), and its read time-out is set to ``--timeout`` seconds so
that a stall outlasts it. pywikibot's configuration is global: all is put back after the run.
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import faulthandler
import logging
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--big", type=int, default=4, help="files larger than a chunk (chunked uploads)")
    parser.add_argument("--seed", type=int, default=1, help="of the fault schedule")
    parser.add_argument("--rate", type=float, default=0.15, help="share of API requests that get a fault")
    parser.add_argument("--kinds", default="all", help="comma-separated fault kinds (default: all)")
    parser.add_argument("--chunk-mib", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=4.0,
                        help="the client's read time-out (s); a stall lasts 1.5 s longer")
    parser.add_argument("--max-runs", type=int, default=60)
    parser.add_argument("--hang", type=float, default=180.0,
                        help="print every thread's stack when nothing happens for this long (s)")
    parser.add_argument("--pywikibot-waits", choices=("short", "default"), default="short",
                        help="short: pywikibot waits 0.2 s (doubling up to 2 s) before its own retries")
    parser.add_argument("--no-journal", dest="journal", action="store_false",
                        help="run without the upload journal (the command line and the app keep one)")
    parser.add_argument("--verbose", action="store_true", help="pywikibot's messages and the whole fault log")
    return parser


@contextlib.contextmanager
def _environment(**values: str):
    """Set environment variables for the run; put back what was there after it."""
    before = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextlib.contextmanager
def _pywikibot_settings(pywikibot, *, quiet: bool, **values):
    """pywikibot's configuration and logging are global: set them for the soak, restore them after."""
    before = {key: getattr(pywikibot.config, key) for key in values}
    logger = logging.getLogger("pywiki")
    level = logger.level
    for key, value in values.items():
        setattr(pywikibot.config, key, value)
    if quiet:   # pywikibot logs a traceback for every dropped connection
        pywikibot.debug("soak run")   # sets pywikibot's logging up now: that resets the level
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
        for key, value in before.items():
            setattr(pywikibot.config, key, value)


def _watchdog(seconds: float) -> None:
    """Nothing happening for ``seconds`` is a hang: then print every thread's stack (to the real
    stderr, which pytest does not capture), once; each call starts the time again."""
    with contextlib.suppress(ValueError, OSError, AttributeError):
        faulthandler.dump_traceback_later(seconds, exit=False, file=sys.__stderr__)


@dataclass
class Soak:
    """What happened while the batch went up."""

    runs: int = 0
    events: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)      # (path, error, info, on the wiki): items a run
                                                      # recorded as failed; were they on the wiki then?
    crashes: list = field(default_factory=list)       # tracebacks of runs ended by an unexpected exception
    stopped: Counter = field(default_factory=Counter)  # runs stopped as the CLI would: why
    stop_reasons: list = field(default_factory=list)
    logins: Counter = field(default_factory=Counter)  # login attempts: "ok" or the LoginFailed reason
    faults: dict = field(default_factory=dict)
    fault_log: list = field(default_factory=list)
    requests: int = 0
    slowest: float = 0.0


def run(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from faults.proxy import FAULT_KINDS
    kinds = FAULT_KINDS if args.kinds == "all" else tuple(k.strip() for k in args.kinds.split(","))
    work = tempfile.mkdtemp(prefix="glamuploader-soak-")
    env = {"GLAMUPLOADER_CHUNK_MIB": str(args.chunk_mib)}   # read by glamuploader.wiki.connect
    for key, folder in (("GLAMUPLOADER_PYWIKIBOT_DIR", "pywikibot"), ("GLAMUPLOADER_CACHE_DIR", "cache"),
                        ("GLAMUPLOADER_DATA_DIR", "data")):
        env[key] = os.environ.get(key) or os.path.join(work, folder)
    with _environment(**env):
        from glamuploader.sandbox import Sandbox
        own_sandbox = "GLAMUPLOADER_SANDBOX_DIR" not in os.environ
        box = Sandbox(os.environ.get("GLAMUPLOADER_SANDBOX_DIR") or os.path.join(work, "sandbox"))
        info = box.start()
        try:
            started = time.monotonic()
            batch_path = _make_batch(work, args)
            journal_path = os.path.join(work, "uploads.sqlite")   # its own journal, to count from
            soak = _upload(batch_path, info, args, kinds, journal_path)
            return _report(batch_path, journal_path, info, args, kinds, soak, time.monotonic() - started)
        finally:
            if own_sandbox:
                box.stop()


def _make_batch(work: str, args) -> str:
    """New random-noise files (``--big`` of them over a chunk), as a saved batch for the sandbox."""
    from faults.kill_test import make_files

    from glamuploader.core.batch import Batch
    from glamuploader.core.kit import Kit
    from glamuploader.media.importer import import_paths
    from glamuploader.store.batchfile import save_batch
    rng = random.Random()   # not --seed: a wiki kept between runs already has the last run's files
    photos = os.path.join(work, "photos")
    make_files(photos, args.files, args.big, rng)
    kit = Kit(license="cc0", author="Soak test", tracking_category=False,
              title_pattern=f"Soak {rng.getrandbits(32):08x} {{n:03}}")
    path = os.path.join(work, "soak.glam.yaml")
    save_batch(Batch(items=import_paths([photos]), kit=kit, target="sandbox", path=path))
    return path


def _upload(batch_path: str, info, args, kinds, journal_path: str) -> Soak:
    """Upload the batch through the fault proxy, pressing Upload again until it is done."""
    from faults.kill_test import api
    from faults.proxy import FaultProxy

    from glamuploader.core.ports import WikiUnreachable
    from glamuploader.jobs.journal import Journal
    from glamuploader.jobs.runner import Retries, titles_for, upload_batch
    from glamuploader.store.batchfile import load_batch, save_batch
    from glamuploader.wiki import LoginFailed, connect, url_target
    from glamuploader.wiki.env import load_pywikibot

    batch = load_batch(batch_path)
    names = titles_for(batch)
    soak = Soak()

    def on_event(event) -> None:
        _watchdog(args.hang)
        soak.events[event.kind] += 1
        if event.kind == "failed":   # the wiki itself (not through the proxy): is the file there?
            found = api(info, action="query", list="allimages", aisha1=event.item.facts.sha1)
            there = "File:" + names[event.item.path] in {f["title"] for f in found["query"]["allimages"]}
            rec = event.item.upload
            soak.failures.append((event.item.path, rec.error, rec.error_info, there))

    def log_in(proxy):
        target = dataclasses.replace(url_target(proxy.api_url), max_retries=1)   # we retry
        for _ in range(30):
            try:
                wiki = connect(target, user=info.bot_user, password=info.bot_password)
            except LoginFailed as exc:   # "network" when a fault hit a request of the login
                soak.logins[exc.reason] += 1
                time.sleep(0.2)
                continue
            soak.logins["ok"] += 1
            return wiki
        raise RuntimeError(f"no login in 30 tries: {dict(soak.logins)}")

    waits = {"retry_wait": 0.2, "retry_max": 2} if args.pywikibot_waits == "short" else {}
    pywikibot = load_pywikibot()
    try:
        with _pywikibot_settings(pywikibot, quiet=not args.verbose, socket_timeout=(3.05, args.timeout),
                                 **waits), \
                FaultProxy(info.server, seed=args.seed, rate=args.rate, kinds=kinds,
                           stall=args.timeout + 1.5) as proxy:
            wiki = None
            while soak.runs < args.max_runs and any(not i.upload.state.is_done for i in batch.items):
                _watchdog(args.hang)
                if wiki is None:
                    wiki = log_in(proxy)
                soak.runs += 1
                try:
                    # the journal is opened for each run, as the command line does
                    with Journal(journal_path) if args.journal else contextlib.nullcontext() as journal:
                        log = journal.for_wiki(wiki.target.api_url, wiki.user) if journal else None
                        upload_batch(batch, wiki, save=lambda: save_batch(batch), on_event=on_event,
                                     retries=Retries(attempts=6, base=0.2, cap=2), journal=log)
                except WikiUnreachable as exc:   # "the wiki stays away": press Upload again
                    soak.stopped["unreachable"] += 1
                    soak.stop_reasons.append(str(exc)[:200])
                except LoginFailed as exc:       # the session ended and a new login failed: again
                    soak.stopped[f"login failed ({exc.reason})"] += 1
                    soak.stop_reasons.append(str(exc)[:200])
                    wiki = None
                except Exception:  # noqa: BLE001 - a traceback is a finding: record it, go on
                    soak.crashes.append(traceback.format_exc())
                    wiki = None                # as if the app were started again
            soak.faults, soak.fault_log = dict(proxy.counts), list(proxy.log)
            soak.requests, soak.slowest = proxy.requests_seen, proxy.slowest
    finally:
        faulthandler.cancel_dump_traceback_later()
    return soak


def _counted(codes) -> str:
    """The codes counted, as ' (title-exists 3, stashfailed 1)'; '' for none."""
    counts = Counter(codes)
    return f" ({', '.join(f'{code} {n}' for code, n in counts.most_common())})" if counts else ""


def _report(batch_path: str, journal_path: str, info, args, kinds, soak: Soak, seconds: float) -> int:
    """Ask the wiki itself (not through the proxy) for every file by SHA-1; print the figures."""
    from faults.kill_test import api, journal_figures

    from glamuploader.jobs.runner import titles_for
    from glamuploader.store.batchfile import load_batch
    batch = load_batch(batch_path)   # what was saved, as the next start of the app would see it
    names = titles_for(batch)

    def about(path: str, sha1: str) -> str:
        """The file, its title and the faults its own requests got (the fault log names them)."""
        hits = [f"{r.kind} on {r.request.split(' ')[0]}" + (" (SHA-1 check)" if "sha1=" in r.request else "")
                for r in soak.fault_log if names[path] in r.request or f"sha1={sha1[:10]}" in r.request]
        hits = hits or ["none"]
        return f"{os.path.basename(path)} ({names[path]}; faults on its requests: {', '.join(hits)})"

    uploaded = duplicates = lost = unexplained = mismatched = 0
    problems: list[str] = []
    for item in batch.items:
        found = api(info, action="query", list="allimages", aisha1=item.facts.sha1)["query"]["allimages"]
        titles = {f["title"] for f in found}
        state = item.upload.state.value
        uploaded += state == "uploaded"
        duplicates += len(found) > 1
        lost += not found
        unexplained += state not in ("uploaded", "duplicate") and not item.upload.error
        mismatched += state == "uploaded" and bool(found) and item.upload.page_title not in titles
        if len(found) != 1 or state != "uploaded" or item.upload.page_title not in titles:
            problems.append(f"{about(item.path, item.facts.sha1)}: state {state}, on the wiki as "
                            f"{sorted(titles) or 'nothing'}, the batch says {item.upload.page_title or '-'}"
                            + (f", error {item.upload.error}" if item.upload.error else ""))
    sha1s = {item.path: item.facts.sha1 for item in batch.items}
    served = sum(soak.faults.values())
    by_kind = ", ".join(f"{k} {soak.faults[k]}" for k in kinds if soak.faults.get(k))
    retried = soak.events["retrying"]
    chunked = sum(item.facts.size > args.chunk_mib * 1024 * 1024 for item in batch.items)
    print(f"files {len(batch.items)} (chunked: {chunked}), requests {soak.requests}, "
          f"faults {served} ({by_kind or 'none'}), runs {soak.runs}, retries {retried + served} "
          f"(runner {retried}, faults {served})")
    print(f"logins {sum(soak.logins.values())} ({', '.join(f'{k} {v}' for k, v in soak.logins.items())}), "
          f"runs stopped ({', '.join(f'{k} {v}' for k, v in soak.stopped.items()) or 'none'}), "
          f"runs ended in a traceback {len(soak.crashes)}, items a run recorded as failed "
          f"{len(soak.failures)}{_counted(f[1] for f in soak.failures)}, of which on the wiki "
          f"under their title at that moment {sum(f[3] for f in soak.failures)}")
    resumed, settled = journal_figures(journal_path)
    print(f"journal {'on' if args.journal else 'off'} (chunked uploads resumed from their stash {resumed}, "
          f"publish calls without an answer found on the wiki {settled}); pywikibot waits "
          f"{args.pywikibot_waits}, read time-out {args.timeout:g} s (the wiki's slowest answer "
          f"{soak.slowest:.1f} s)")
    for path, error, error_info, there in soak.failures[:20]:
        print(f"  recorded as failed: {about(path, sha1s[path])}: {error} ({error_info[:100]})"
              + (", while the file was on the wiki under its title" if there else ""))
    for text in soak.crashes[:3]:
        print("  a run ended in a traceback:\n" + "\n".join("    " + t for t in text.splitlines()[-25:]))
    for line in soak.stop_reasons[:5]:
        print(f"  a run stopped: {line}")
    for line in problems[:20]:
        print(f"  problem: {line}")
    if args.verbose:
        for record in soak.fault_log:
            print(f"  fault #{record.n}: {record.kind} on {record.request}")
    wrongly = sum(f[3] for f in soak.failures)   # a volunteer would be told "failed" for nothing
    print(f"uploaded {uploaded}, duplicates on the wiki {duplicates}, lost {lost}, "
          f"unexplained {unexplained}, failed while on the wiki {wrongly}, time {seconds:.0f} s")
    ok = (uploaded == len(batch.items) and duplicates == 0 and lost == 0 and unexplained == 0
          and wrongly == 0 and mismatched == 0 and not soak.crashes)
    print("OK: every file on the wiki exactly once" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    sys.exit(run())
