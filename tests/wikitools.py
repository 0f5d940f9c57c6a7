"""Helpers for tests that talk to the sandbox wiki directly (without pywikibot)."""
from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from PIL import Image

MIB = 1024 * 1024


def unique_title(stem: str, ext: str = "jpg") -> str:
    return f"File:{stem} {uuid.uuid4().hex[:10]}.{ext}"


def random_image(path: Path, *, size: tuple[int, int] = (64, 48), fmt: str = "JPEG") -> Path:
    """An image of random pixels: never the same bytes twice."""
    width, height = size
    Image.frombytes("RGB", size, os.urandom(width * height * 3)).save(path, fmt)
    return path


def api_get(info, **params: str) -> dict:
    """Ask the sandbox's API directly, without pywikibot."""
    query = urllib.parse.urlencode({**params, "format": "json", "formatversion": "2"})
    with urllib.request.urlopen(f"{info.api_url}?{query}", timeout=30) as resp:
        return json.load(io.TextIOWrapper(resp, encoding="utf-8"))


def upload_count(info) -> int:
    data = api_get(info, action="query", list="logevents", letype="upload", lelimit="500")
    return len(data["query"]["logevents"])


def page_text(info, title: str) -> str:
    data = api_get(info, action="query", prop="revisions", rvprop="content", rvslots="main",
                   titles=title)
    page = data["query"]["pages"][0]
    return page["revisions"][0]["slots"]["main"]["content"]


def file_sha1(info, title: str) -> str:
    data = api_get(info, action="query", prop="imageinfo", iiprop="sha1", titles=title)
    return data["query"]["pages"][0]["imageinfo"][0]["sha1"]


def noise(size: tuple[int, int] = (24, 16)) -> Image.Image:
    """Random pixels: every photo made with it is a new file to the wiki (no SHA-1 duplicates)."""
    return Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))


def uploadable_batch(folder: Path, n: int, label: str):
    """``n`` new JPEGs in ``folder`` as a batch for the sandbox with everything upload needs."""
    from corpus import make_jpeg

    from glamuploader.core.batch import Batch
    from glamuploader.core.kit import Kit
    from glamuploader.media.importer import import_paths
    folder.mkdir()
    for i in range(n):
        make_jpeg(folder / f"f{i}.jpg", image=noise())
    kit = Kit(license="cc0", author="Tester", title_pattern=f"{label} {uuid.uuid4().hex[:6]} {{n:02}}",
              tracking_category=False)
    return Batch(items=import_paths([str(folder)]), kit=kit, target="sandbox")


def end_sessions(info) -> int:
    """End every login session on the sandbox wiki, as an expiry or a restart of the wiki's
    session store does (sessions live in its object cache); returns how many there were."""
    import sqlite3
    db = sqlite3.connect(Path(info.state_dir) / "data" / "wikicache.sqlite", timeout=30)
    with db:
        ended = db.execute("DELETE FROM objectcache WHERE keyname LIKE '%:MWSession:%'").rowcount
    db.close()
    return ended


@contextlib.contextmanager
def lock_held_elsewhere(batch_path: str, *, program: str):
    """Another process holds the batch's lock while the block runs, then dies without letting go
    (SIGKILL): its lock is left behind, stale. Yields the process."""
    holder = subprocess.Popen([sys.executable, "-c", (
        "import time; from glamuploader.store.lock import lock_batch;"
        f"lock = lock_batch({batch_path!r}, program={program!r}); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait()
