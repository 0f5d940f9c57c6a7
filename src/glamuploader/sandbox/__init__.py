"""A local MediaWiki for trying and testing GLAM Uploader (Debian packages, SQLite, loopback).

No pywikibot and no Qt here: plain subprocess and urllib. ``Sandbox(state_dir).start()``
installs the wiki once, serves it with ``php -S`` and returns a :class:`SandboxInfo`.
"""
from __future__ import annotations

from pathlib import Path

from .server import APT_COMMAND, Sandbox, default_state_dir
from .state import SandboxError, SandboxInfo, SandboxStatus, SandboxUnavailable, read_info


def locate(state_dir: Path | str | None = None) -> str | None:
    """The installed sandbox's api.php (the wiki layer is handed this), or None."""
    info = read_info(Path(state_dir) if state_dir is not None else default_state_dir())
    return info.api_url if info is not None else None


__all__ = [
    "APT_COMMAND", "Sandbox", "SandboxError", "SandboxInfo", "SandboxStatus",
    "SandboxUnavailable", "default_state_dir", "locate", "read_info",
]
