"""Log a pywikibot site in without user-config.py, a password file or a terminal prompt."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from .credentials import Credentials
from .errors import LoginFailed, is_network_error

if TYPE_CHECKING:
    from pywikibot.site import APISite

_WRONG_PASSWORD_CODES = {"Failed", "FAIL", "WrongPass", "WrongPluginPass", "wrongpassword"}
_UNKNOWN_USER_CODES = {"NotExists", "Illegal"}
_THROTTLED_CODES = {"Throttled"}


def _reason_for(code: str, info: str) -> str:
    if code in _THROTTLED_CODES or "wait" in info.lower() or "too many" in info.lower():
        return "throttled"
    if code in _UNKNOWN_USER_CODES:
        return "unknown-user"
    if code in _WRONG_PASSWORD_CODES:
        return "wrong-password"
    return "refused"


def _scrub(text: str, secret: str) -> str:
    """``text`` with the password removed, should a wiki ever echo it back."""
    return text.replace(secret, "***") if secret else text


def log_in(site: APISite, credentials: Credentials, *, target: str) -> None:
    """Log ``site`` in with a password or a bot password ("Name@Suffix").

    Uses pywikibot's ClientLoginManager directly (``site.login()`` would prompt on a
    terminal), then lets the site pick up the session cookie and drops the anonymous
    tokens: otherwise the CSRF token stays the anonymous one and writes fail with badtoken.

    Every call logs in afresh: cookies pywikibot kept for this wiki are dropped first, so
    the password given is really checked (and MediaWiki refuses ``action=login`` inside a
    bot-password session anyway). pywikibot's cookie jar and its sites are shared by the
    whole process, so a new login to a wiki replaces the previous session there.
    """
    from pywikibot import exceptions as pwb_exc
    from pywikibot import login as pwb_login

    account = credentials.account
    try:
        _forget_session_cookies(site)
        if not _user_exists(site, account):
            raise LoginFailed("unknown-user", target=target, user=credentials.user)
        manager = pwb_login.ClientLoginManager(site=site, user=account,
                                               password=credentials.password)
        manager.login_name = credentials.user
        manager.login_to_site()
        manager.storecookiedata()
        site.tokens.clear()
        site.login(user=account, cookie_only=True)
    except pwb_exc.APIError as exc:
        info = _scrub(str(exc.info or ""), credentials.password)
        raise LoginFailed(_reason_for(str(exc.code), info), target=target,
                          user=credentials.user, info=info) from None
    except LoginFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - only network errors are turned into LoginFailed
        if is_network_error(exc):
            raise LoginFailed("network", target=target, user=credentials.user,
                              info=_scrub(type(exc).__name__, credentials.password)) from None
        raise
    if not site.logged_in():
        raise LoginFailed("refused", target=target, user=credentials.user,
                          info="the wiki did not keep the session")
    site.tokens.clear()


def _forget_session_cookies(site: APISite) -> None:
    from pywikibot.comms import http

    host = (urlparse(site.base_url("/")).hostname or "").lower()
    jar = http.cookie_jar
    for cookie in list(jar):
        domain = cookie.domain.lower().lstrip(".")
        if domain in (host, f"{host}.local") or host.endswith(f".{domain}"):
            jar.clear(cookie.domain, cookie.path, cookie.name)
    site.tokens.clear()  # a login token belongs to the session just dropped
    if hasattr(site, "_userinfo"):
        del site.userinfo  # pywikibot's cached "who am I", to be asked again


def _user_exists(site: APISite, account: str) -> bool:
    users: list[dict[str, Any]] = list(site.users([account]))
    return bool(users) and "missing" not in users[0] and "invalid" not in users[0]
