"""Ctrl-C in the middle of a chunked upload: the next run goes on from the chunk the journal
recorded (as after SIGKILL), and the file is on the wiki once."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from wikitools import api_get, noise

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch

pytestmark = pytest.mark.wiki


def _steps(journal: str) -> list[tuple[str, str]]:
    if not os.path.exists(journal):
        return []
    db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=5)
    try:
        return db.execute("SELECT step, detail FROM steps ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        db.close()


def test_ctrl_c_in_a_chunked_upload_goes_on_from_the_recorded_chunk(sandbox, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    noise((1400, 1100)).save(folder / "scan.png")           # about 4.6 MB: nine or ten chunks
    batch_path = str(tmp_path / "scans.glam.yaml")
    assert main(["import", str(folder), "-o", batch_path, "--quiet"]) == 0
    batch = load_batch(batch_path)
    batch.kit.license, batch.kit.author, batch.kit.categories = "cc0", "Tester", ["Engine tests"]
    batch.kit.title_pattern = f"Interrupted scan {os.urandom(3).hex()}"
    save_batch(batch)
    data = tmp_path / "data"
    env = dict(os.environ, GLAMUPLOADER_DATA_DIR=str(data), GLAMUPLOADER_CHUNK_MIB="0.5",
               GLAMUPLOADER_USER=sandbox.bot_user, GLAMUPLOADER_PASSWORD=sandbox.bot_password)
    journal = str(data / "uploads.sqlite")
    command = [sys.executable, "-m", "glamuploader", "upload", batch_path, "--wiki", "sandbox", "--no-sdc"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while sum(step == "stashing" for step, _ in _steps(journal)) < 3 and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)                          # Ctrl-C
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Traceback" not in err and "saved" in err
    stashed = [int(detail) for step, detail in _steps(journal) if step == "stashing"]
    assert stashed and stashed[-1] < batch.items[0].facts.size    # cut off half-way
    before = len(_steps(journal))

    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    again = _steps(journal)[before:]
    assert again[0][0] == "sending" and again[0][1].startswith("resume from ")
    resumed_at = int(again[0][1].split()[-1])
    assert resumed_at >= stashed[-1] > 0
    offsets = [int(detail) for step, detail in again if step == "stashing"]
    assert offsets and min(offsets) > resumed_at            # no chunk from the start again
    item = load_batch(batch_path).items[0]
    assert item.upload.state.value == "uploaded"
    copies = api_get(sandbox, action="query", list="allimages", aisha1=item.facts.sha1)["query"]["allimages"]
    assert len(copies) == 1
