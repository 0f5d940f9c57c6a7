"""What a sandbox wiki remembers about itself: ``<state_dir>/sandbox.json``.

The passwords in it are throwaway random values made for this one local wiki; real
credentials never go here. The file is written with mode 600 all the same.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

STATE_FILE = "sandbox.json"
ADMIN_USER = "Admin"
BOT_SUFFIX = "glamuploader"


class SandboxUnavailable(RuntimeError):
    """MediaWiki or PHP is not installed; ``apt_command`` installs them."""

    def __init__(self, missing: str, *, apt_command: str) -> None:
        super().__init__(f"{missing} is not installed. Install it with: {apt_command}")
        self.missing = missing
        self.apt_command = apt_command


class SandboxError(RuntimeError):
    """The sandbox wiki could not be installed, started or stopped."""


@dataclass(frozen=True)
class SandboxInfo:
    state_dir: str
    port: int
    api_url: str                # http://127.0.0.1:PORT/api.php
    admin_user: str
    admin_password: str
    bot_user: str               # "Admin@glamuploader": the bot-password login name
    bot_password: str
    pid: int | None = None      # of the running php server, None when stopped

    @property
    def server(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass(frozen=True)
class SandboxStatus:
    installed: bool
    running: bool
    info: SandboxInfo | None


def state_path(state_dir: Path) -> Path:
    return state_dir / STATE_FILE


def read_info(state_dir: Path) -> SandboxInfo | None:
    """The stored info, or None when the sandbox was never installed in ``state_dir``."""
    path = state_path(state_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise SandboxError(f"cannot read {path}: {exc}") from exc
    fields = SandboxInfo.__dataclass_fields__
    try:
        return SandboxInfo(**{key: raw[key] for key in fields if key in raw})
    except TypeError as exc:
        raise SandboxError(f"{path} is incomplete: {exc}") from exc


def write_info(info: SandboxInfo) -> None:
    path = state_path(Path(info.state_dir))
    tmp = path.with_suffix(".json.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(info), fh, indent=2)
        fh.write("\n")
    os.replace(tmp, path)
