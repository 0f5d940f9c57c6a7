"""A local MediaWiki for trying and testing GLAM Uploader (Debian packages, SQLite, loopback).

No pywikibot and no Qt here: plain subprocess and urllib. ``Sandbox(state_dir).start()``
installs the wiki once, serves it with ``php -S`` and returns a :class:`SandboxInfo`.
"""
from __future__ import annotations

from .server import APT_COMMAND, Sandbox, default_state_dir
from .state import SandboxError, SandboxInfo, SandboxStatus, SandboxUnavailable, read_info

__all__ = [
    "APT_COMMAND", "Sandbox", "SandboxError", "SandboxInfo", "SandboxStatus",
    "SandboxUnavailable", "default_state_dir", "read_info",
]
