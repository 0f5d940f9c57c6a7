#!/usr/bin/env python3
"""The kill test: the headless uploader is killed (SIGKILL) at random moments during a batch
with several chunked files, and started again each time, until the batch is done.

    .venv/bin/python tests/faults/kill_test.py [--files 100] [--big 4] [--kills 30] [--seed 1]

Prints: files, kills, runs, uploaded, duplicates on the wiki (by SHA-1), lost items, items left
unexplained, time. Exits 1 unless every file is on the wiki exactly once and the batch says so.
Runs its own sandbox wiki in a temporary folder unless GLAMUPLOADER_SANDBOX_DIR names a running one.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def api(info, **params) -> dict:
    query = urllib.parse.urlencode({**params, "format": "json", "formatversion": "2"})
    with urllib.request.urlopen(f"{info.api_url}?{query}", timeout=30) as resp:
        return json.load(resp)


def make_files(folder: str, files: int, big: int, rng: random.Random) -> None:
    from PIL import Image
    os.makedirs(folder, exist_ok=True)
    for n in range(files):
        size = (1400, 1100) if n < big else (48, 32)   # big ones: ~4.6 MB PNG, more than one chunk
        data = rng.randbytes(size[0] * size[1] * 3)
        fmt, ext = ("PNG", "png") if n < big else ("JPEG", "jpg")
        Image.frombytes("RGB", size, data).save(os.path.join(folder, f"file{n:03d}.{ext}"), fmt)


def steps_written(journal: str) -> int:
    """How many steps the uploader has written to its journal (read while it runs: SQLite WAL)."""
    import sqlite3
    if not os.path.exists(journal):
        return 0
    try:
        db = sqlite3.connect(journal, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM steps").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:   # not made yet
        return 0


def _all_done(batch_path: str) -> bool:
    """Every file is on the wiki: no later run has anything to send (or to be killed during)."""
    from glamuploader.store.batchfile import load_batch
    return all(i.upload.state.is_done for i in load_batch(batch_path).items)


def kill_after(proc: subprocess.Popen, seconds: float) -> bool:
    """SIGKILL ``proc`` after ``seconds``; False when it ended first."""
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def kill_mid_upload(proc: subprocess.Popen, journal: str, rng: random.Random) -> bool:
    """SIGKILL ``proc`` while files are going up: once it has written 1 to 10 more journal steps
    (sending, each chunk, publishing, published), after a random pause of up to half a second."""
    wanted = steps_written(journal) + rng.randint(1, 10)
    pause = rng.uniform(0, 0.5)
    deadline = time.monotonic() + 120
    while proc.poll() is None:
        if steps_written(journal) >= wanted or time.monotonic() > deadline:
            return kill_after(proc, pause)
        time.sleep(0.02)
    return False


def journal_figures(path: str) -> tuple[int, int]:
    """(uploads resumed from a stash, publish calls whose answer was lost) from the journal."""
    import sqlite3
    if not os.path.exists(path):
        return 0, 0
    db = sqlite3.connect(path)
    resumed = db.execute("SELECT count(*) FROM steps WHERE detail LIKE 'resume from %'").fetchone()[0]
    unknown = db.execute("SELECT count(*) FROM steps WHERE detail LIKE 'checked on the wiki: %'"
                         " AND detail != 'checked on the wiki: not there'").fetchone()[0]
    db.close()
    return resumed, unknown


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--big", type=int, default=4)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chunk-mib", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="glamuploader-kill-")
    env = dict(os.environ)
    env["GLAMUPLOADER_DATA_DIR"] = os.path.join(work, "data")   # its own journal, to count from
    env.setdefault("GLAMUPLOADER_CACHE_DIR", os.path.join(work, "cache"))
    env.setdefault("GLAMUPLOADER_PYWIKIBOT_DIR", os.path.join(work, "pywikibot"))
    env["GLAMUPLOADER_CHUNK_MIB"] = str(args.chunk_mib)
    from glamuploader.core.batch import Batch
    from glamuploader.core.kit import Kit
    from glamuploader.media.importer import import_paths
    from glamuploader.sandbox import Sandbox
    from glamuploader.store.batchfile import load_batch, save_batch

    own_sandbox = "GLAMUPLOADER_SANDBOX_DIR" not in env
    state = env.setdefault("GLAMUPLOADER_SANDBOX_DIR", os.path.join(work, "sandbox"))
    box = Sandbox(state)
    info = box.start()
    env["GLAMUPLOADER_USER"], env["GLAMUPLOADER_PASSWORD"] = info.bot_user, info.bot_password
    started = time.monotonic()
    try:
        photos = os.path.join(work, "photos")
        make_files(photos, args.files, args.big, rng)
        batch_path = os.path.join(work, "kill.glam.yaml")
        kit = Kit(license="cc0", author="Kill test", tracking_category=False,
                  title_pattern=f"Kill test {rng.getrandbits(32):08x} {{n:03}}")
        save_batch(Batch(items=import_paths([photos]), kit=kit, target="sandbox", path=batch_path))
        command = [sys.executable, "-m", "glamuploader", "upload", batch_path, "--wiki", "sandbox",
                   "--user", info.bot_user, "--no-sdc", "--quiet"]
        journal = os.path.join(env["GLAMUPLOADER_DATA_DIR"], "uploads.sqlite")
        kills = runs = 0
        while runs < args.kills + 50:
            runs += 1
            proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if kills < args.kills:
                # most kills land while files are going up (after a few more journal steps), some
                # while the run is starting, logging in or checking the batch on the wiki
                if rng.random() < 0.8:
                    killed = kill_mid_upload(proc, journal, rng)
                else:
                    killed = kill_after(proc, rng.uniform(0.2, 2.5))
                if killed:
                    kills += 1
                    continue
            else:
                proc.wait(timeout=900)
            err = proc.stderr.read().decode("utf-8", "replace")
            if proc.returncode == 0 and (kills >= args.kills or _all_done(batch_path)):
                break
            if proc.returncode not in (0, 1) and "Traceback" in err:
                print(err[-2000:], file=sys.stderr)
        batch = load_batch(batch_path)
        uploaded = duplicates = lost = unexplained = 0
        for item in batch.items:
            sha1 = item.facts.sha1
            copies = len(api(info, action="query", list="allimages", aisha1=sha1)["query"]["allimages"])
            state_ = item.upload.state.value
            uploaded += state_ == "uploaded"
            duplicates += copies > 1
            lost += copies == 0
            unexplained += state_ not in ("uploaded", "duplicate") and not item.upload.error
        seconds = time.monotonic() - started
        resumed, unknown = journal_figures(os.path.join(env["GLAMUPLOADER_DATA_DIR"], "uploads.sqlite"))
        print(f"files {len(batch.items)} (chunked: {args.big}), kills {kills}, runs {runs}")
        print(f"journal: chunked uploads resumed from their stash {resumed}, "
              f"files killed while being published and found on the wiki {unknown}")
        print(f"uploaded {uploaded}, duplicates on the wiki {duplicates}, lost {lost}, "
              f"unexplained {unexplained}, time {seconds:.0f} s")
        ok = uploaded == len(batch.items) and duplicates == 0 and lost == 0 and unexplained == 0
        print("OK: every file on the wiki exactly once" if ok else "FAILED")
        return 0 if ok else 1
    finally:
        if own_sandbox:
            box.stop()


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    sys.exit(run())
