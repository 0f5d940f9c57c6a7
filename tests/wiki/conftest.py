"""The wiki tests: a fresh bot-password login to the session's sandbox wiki (see tests/conftest.py)."""
from __future__ import annotations

import pytest
from wikitools import MIB

from glamuploader.sandbox import SandboxInfo
from glamuploader.wiki import WikiSession, connect

pytestmark = pytest.mark.wiki


@pytest.fixture
def wiki(sandbox: SandboxInfo, pywikibot_dir) -> WikiSession:
    """A fresh bot-password login; small chunks so that a 3 MiB file goes up in pieces."""
    return connect("sandbox", sandbox_dir=sandbox.state_dir, config_dir=pywikibot_dir,
                   user=sandbox.bot_user, password=sandbox.bot_password,
                   chunk_size=MIB, chunk_threshold=MIB)
