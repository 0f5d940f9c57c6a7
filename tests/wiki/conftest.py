"""A real local MediaWiki for the wiki tests, started once per test session.

The sandbox is started through ``glamuploader.sandbox`` itself, in a temporary folder,
and stopped at the end. pywikibot keeps its files in another temporary folder.
"""
from __future__ import annotations

import io
import json
import os
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from PIL import Image

from glamuploader.sandbox import Sandbox, SandboxInfo
from glamuploader.wiki import WikiSession, connect

MIB = 1024 * 1024

pytestmark = pytest.mark.wiki


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> SandboxInfo:
    wiki = Sandbox(tmp_path_factory.mktemp("sandbox"))
    info = wiki.start()
    yield info
    wiki.stop()


@pytest.fixture(scope="session")
def pywikibot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pywikibot")
    os.environ["GLAMUPLOADER_PYWIKIBOT_DIR"] = str(path)
    return path


@pytest.fixture
def wiki(sandbox: SandboxInfo, pywikibot_dir: Path) -> WikiSession:
    """A fresh bot-password login; small chunks so that a 3 MiB file goes up in pieces."""
    return connect("sandbox", sandbox_dir=sandbox.state_dir, config_dir=pywikibot_dir,
                   user=sandbox.bot_user, password=sandbox.bot_password,
                   chunk_size=MIB, chunk_threshold=MIB)


def unique_title(stem: str, ext: str = "jpg") -> str:
    return f"File:{stem} {uuid.uuid4().hex[:10]}.{ext}"


def random_image(path: Path, *, size: tuple[int, int] = (64, 48), fmt: str = "JPEG") -> Path:
    """An image of random pixels: never the same bytes twice."""
    width, height = size
    Image.frombytes("RGB", size, os.urandom(width * height * 3)).save(path, fmt)
    return path


def api_get(info: SandboxInfo, **params: str) -> dict:
    """Ask the sandbox's API directly, without pywikibot."""
    query = urllib.parse.urlencode({**params, "format": "json", "formatversion": "2"})
    with urllib.request.urlopen(f"{info.api_url}?{query}", timeout=30) as resp:
        return json.load(io.TextIOWrapper(resp, encoding="utf-8"))


def upload_count(info: SandboxInfo) -> int:
    data = api_get(info, action="query", list="logevents", letype="upload", lelimit="500")
    return len(data["query"]["logevents"])
