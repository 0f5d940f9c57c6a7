"""Where a user name and password come from, and where a remembered one is kept.

Order: given by the caller, the system keyring (service ``glamuploader``, key
``<target>:<user>``), the environment (``GLAMUPLOADER_USER`` / ``GLAMUPLOADER_PASSWORD``),
a password file kept only when no keyring backend works (mode 600, pywikibot's format), and
last a prompt callable. A password never goes into an exception, a log or any other file.
"""
from __future__ import annotations

import ast
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from keyring.errors import KeyringError

SERVICE = "glamuploader"
ENV_USER = "GLAMUPLOADER_USER"
ENV_PASSWORD = "GLAMUPLOADER_PASSWORD"
PASSWORD_FILE = "passwordfile"

#: prompt(target name, suggested user or None) -> (user, password), or None when cancelled
Prompt = Callable[[str, "str | None"], "tuple[str, str] | None"]


@dataclass(frozen=True)
class Credentials:
    user: str                                   # login name, "Name" or "Name@Suffix"
    password: str = field(repr=False)
    source: str = ""                            # given, keyring, environment, file, prompt

    @property
    def account(self) -> str:
        """The account name without a bot-password suffix."""
        return self.user.split("@", 1)[0]


def _user_key(target: str) -> str:
    return f"{target}:default-user"


def _password_key(target: str, user: str) -> str:
    return f"{target}:{user}"


def _file_entries(path: Path) -> list[tuple[str, str, str]]:
    """(target, user, password) entries of the fallback password file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    entries = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            value = ast.literal_eval(line)
        except (ValueError, SyntaxError):
            continue  # never echo the line: it may hold a password
        if isinstance(value, tuple) and len(value) == 3 and all(isinstance(v, str) for v in value):
            entries.append(value)
    return entries


class CredentialStore:
    """Remembered credentials: the keyring, or a 600 file in ``fallback_dir`` without one."""

    def __init__(self, *, fallback_dir: Path) -> None:
        self.fallback_file = Path(fallback_dir) / PASSWORD_FILE

    def load(self, target: str, user: str | None = None) -> Credentials | None:
        try:
            name = user or keyring.get_password(SERVICE, _user_key(target))
            password = keyring.get_password(SERVICE, _password_key(target, name)) if name else None
        except KeyringError:
            name, password = user, None
        if name and password:
            return Credentials(name, password, "keyring")
        for entry_target, entry_user, entry_password in reversed(_file_entries(self.fallback_file)):
            if entry_target == target and (user is None or entry_user == user):
                return Credentials(entry_user, entry_password, "file")
        return None

    def save(self, target: str, credentials: Credentials) -> str:
        """Remember ``credentials``; return where ("keyring" or "file")."""
        try:
            keyring.set_password(SERVICE, _password_key(target, credentials.user),
                                 credentials.password)
            keyring.set_password(SERVICE, _user_key(target), credentials.user)
            return "keyring"
        except KeyringError:
            pass
        kept = [e for e in _file_entries(self.fallback_file)
                if not (e[0] == target and e[1] == credentials.user)]
        self._write_file([*kept, (target, credentials.user, credentials.password)])
        return "file"

    def forget(self, target: str, user: str) -> None:
        try:
            keyring.delete_password(SERVICE, _password_key(target, user))
        except KeyringError:
            pass
        entries = _file_entries(self.fallback_file)
        if any(e[0] == target and e[1] == user for e in entries):
            self._write_file([e for e in entries if not (e[0] == target and e[1] == user)])

    def _write_file(self, entries: list[tuple[str, str, str]]) -> None:
        """Replace the fallback file atomically; it is never readable by others."""
        self.fallback_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.fallback_file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("# GLAM Uploader credentials (no keyring backend was available)\n")
            fh.writelines(f"{entry!r}\n" for entry in entries)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.fallback_file)


def find_credentials(target: str, *, store: CredentialStore, user: str | None = None,
                     password: str | None = None, prompt: Prompt | None = None,
                     environ: dict[str, str] | None = None) -> Credentials | None:
    """The first credentials found, in the documented order; None when there are none."""
    if user and password:
        return Credentials(user, password, "given")
    remembered = store.load(target, user)
    if remembered is not None:
        return remembered
    env = os.environ if environ is None else environ
    env_user, env_password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if env_password and (env_user or user) and (user is None or env_user in (None, user)):
        return Credentials(user or env_user or "", env_password, "environment")
    if prompt is not None:
        answer = prompt(target, user)
        if answer is not None and answer[0] and answer[1]:
            return Credentials(answer[0], answer[1], "prompt")
    return None
