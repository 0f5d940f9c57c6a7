"""Settings every test shares: Qt draws offscreen; nothing touches the user's own folders;
one real sandbox MediaWiki for the whole session, started through glamuploader.sandbox."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pywikibot reads its folder once per process: point it away from the user's home first
_PYWIKIBOT_DIR = tempfile.mkdtemp(prefix="glamuploader-pywikibot-")
os.environ["GLAMUPLOADER_PYWIKIBOT_DIR"] = _PYWIKIBOT_DIR
os.environ.pop("GLAMUPLOADER_USER", None)
os.environ.pop("GLAMUPLOADER_PASSWORD", None)


@pytest.fixture(scope="session")
def pywikibot_dir() -> Path:
    return Path(_PYWIKIBOT_DIR)


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory):
    """The real local MediaWiki; the command line finds it through GLAMUPLOADER_SANDBOX_DIR."""
    from glamuploader.sandbox import Sandbox
    state_dir = tmp_path_factory.mktemp("sandbox")
    os.environ["GLAMUPLOADER_SANDBOX_DIR"] = str(state_dir)
    wiki = Sandbox(state_dir)
    info = wiki.start()
    yield info
    wiki.stop()
