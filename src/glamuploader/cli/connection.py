"""Reaching a wiki from the command line: whose account, and what to say when it fails.

Every failure names the wiki and the address that was tried, and says what to do: a
volunteer who typed a wrong address must not wait half a minute for "ApiTimeoutError".
"""
from __future__ import annotations

import getpass
import os
import sys

from .common import UserError
from .output import Output

LOGIN_WORDS = {
    "no-credentials": "No user name and password were given. Use --user NAME, or set "
                      "GLAMUPLOADER_USER and GLAMUPLOADER_PASSWORD.",
    "unknown-user": "The wiki has no such account. Check the user name (for a bot password: Name@Suffix).",
    "wrong-password": "The wiki refused the password. For a bot password, log in as Name@Suffix "
                      "with the password Special:BotPasswords showed.",
    "throttled": "Too many login attempts. Wait a few minutes and try again.",
    "network": "The wiki could not be reached. Check the connection and the wiki's address.",
    "refused": "The wiki refused the login.",
}

#: when a user name was given but no password was found anywhere
NO_PASSWORD_WORDS = ("No password was given for {user}. Type it when asked (in a terminal), set "
                     "GLAMUPLOADER_PASSWORD, or keep it in the system keyring: run upload once in a "
                     "terminal with --remember.")

START_SANDBOX = "the sandbox wiki is not running. Start it with: glamuploader sandbox start"


def login_words(exc) -> str:
    """Why a login failed and what to do (``exc`` is a LoginFailed; never holds the password)."""
    from ..wiki.credentials import ENV_PASSWORD
    if exc.reason == "no-credentials" and exc.user:
        return NO_PASSWORD_WORDS.format(user=exc.user)
    if exc.reason == "no-credentials" and os.environ.get(ENV_PASSWORD):
        return ("No user name was given: GLAMUPLOADER_PASSWORD is set, but not GLAMUPLOADER_USER. "
                "Use --user NAME, or set GLAMUPLOADER_USER.")
    return LOGIN_WORDS.get(exc.reason, exc.reason)


def _prompt(target: str, user: str | None):
    if not sys.stdin.isatty():
        return None
    name = user or input(f"User name on {target} (bot password: Name@Suffix): ").strip()
    password = getpass.getpass(f"Password for {name}: ")
    return name, password


def connect(name: str, out: Output, *, login: bool, user: str | None = None,
            remember: bool = False):
    """A session on the wiki ``name``; every failure is a UserError that says what to do."""
    from ..wiki import LoginFailed, NotAMediaWiki, UnknownTarget, WikiUnavailable
    from ..wiki import connect as wiki_connect
    from ..wiki.credentials import ENV_PASSWORD, ENV_USER
    password = None
    if name.strip().lower() == "sandbox":
        info = sandbox_info()   # stopped: say how to start it, for check --online as for upload
        # the sandbox's own bot account, unless the person named an account (flag or
        # environment); its password is known, so naming the bot account is enough
        named = user or os.environ.get(ENV_USER) or os.environ.get(ENV_PASSWORD)
        if login and (not named or user == info.bot_user):
            user, password = info.bot_user, info.bot_password
    try:
        return wiki_connect(name, user=user, password=password, prompt=_prompt, login=login,
                            remember=remember)
    except UnknownTarget as exc:
        raise UserError(f"{exc}: give commons, beta, sandbox (after 'glamuploader sandbox start') "
                        "or the address of a wiki's api.php.") from None
    except LoginFailed as exc:
        if exc.reason == "network":
            raise UserError(f"{exc.target} cannot be reached, so no login was made ({exc.info}). "
                            "Check the wiki's address and the connection; nothing was sent.") from None
        raise UserError(f"login to {exc.target} failed. {login_words(exc)}"
                        + (f" ({exc.info})" if exc.info else "")) from None
    except NotAMediaWiki as exc:
        raise UserError(f"{exc.address or exc.target} is not a MediaWiki api.php ({exc.detail}). "
                        "Give the address of the wiki's api.php (as https://example.org/w/api.php), "
                        "or commons, beta or sandbox; nothing was sent.") from None
    except WikiUnavailable as exc:
        where = f" at {exc.address}" if exc.address and exc.address != exc.target else ""
        raise UserError(f"{exc.target}{where} cannot be reached ({exc.detail}). Check the wiki's "
                        "address and the connection; nothing was sent.") from None


def sandbox_info():
    """The running sandbox's addresses and accounts; a UserError saying how to start it."""
    from ..sandbox import Sandbox, SandboxUnavailable
    try:
        status = Sandbox().status()
    except SandboxUnavailable as exc:
        raise UserError(str(exc)) from None
    if not status.running or status.info is None:
        raise UserError(START_SANDBOX)
    return status.info
