"""Helpers for tests that talk to the sandbox wiki directly (without pywikibot)."""
from __future__ import annotations

import io
import json
import os
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
