"""One quick question to a wiki's api.php before pywikibot is let at it.

pywikibot meets a refused connection, an unknown host or an HTML page where the API should be
by trying again for half a minute and then saying ``ApiTimeoutError``: a person who typed a
wrong address waits in silence and learns nothing. One plain request answers at once whether
anything listens there and whether it is a MediaWiki API, and the error names the address.
"""
from __future__ import annotations

import socket

from .errors import NotAMediaWiki, WikiUnavailable

#: seconds to wait for a connection, then for the answer (Commons answers in well under one)
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
#: an answer larger than this is not siteinfo: read no further
MAX_BYTES = 1024 * 1024
#: top-level keys of every MediaWiki API answer in JSON (a private wiki answers with "error")
_API_KEYS = frozenset({"query", "error", "batchcomplete", "warnings", "servedby", "continue"})


def probe_api(api_url: str, *, name: str = "") -> None:
    """Return when ``api_url`` answers as a MediaWiki api.php does.

    Raises ``WikiUnavailable`` when nothing answers (refused, unknown host, no answer in time,
    a busy server's 5xx: worth trying again later) and ``NotAMediaWiki`` when something else
    answers (an HTML page, a 404: the address is wrong). Both carry ``address=api_url``."""
    import requests

    from .env import USER_AGENT
    target = name or api_url
    params = {"action": "query", "meta": "siteinfo", "siprop": "general", "format": "json",
              "formatversion": "2"}
    try:
        with requests.get(api_url, params=params, headers={"User-Agent": USER_AGENT},
                          timeout=(CONNECT_TIMEOUT, READ_TIMEOUT), stream=True) as response:
            body = _read_some(response)
            status, reason = response.status_code, response.reason or ""
            content_type = response.headers.get("Content-Type", "")
            api_error = "MediaWiki-API-Error" in response.headers
    except requests.exceptions.RequestException as exc:
        raise WikiUnavailable(target, network_words(exc, api_url), address=api_url) from None
    if api_error or _is_api_answer(body):
        return
    if status == 429 or status >= 500:
        raise WikiUnavailable(target, f"the server answered HTTP {status} {reason}".rstrip()
                              + "; it may be busy or down", address=api_url)
    raise NotAMediaWiki(target, _what_answered(status, reason, content_type, body), address=api_url)


def _read_some(response) -> bytes:
    data = bytearray()
    for block in response.iter_content(64 * 1024):
        data += block
        if len(data) >= MAX_BYTES:
            break
    return bytes(data)


def _is_api_answer(body: bytes) -> bool:
    import json
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and bool(_API_KEYS & data.keys())


def _what_answered(status: int, reason: str, content_type: str, body: bytes) -> str:
    http = f"HTTP {status} {reason}".rstrip()
    head = body[:2048].lstrip().lower()
    if "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html")):
        kind = "a web page (HTML)"
    elif "json" in content_type.lower():
        kind = "JSON that is not a MediaWiki API answer"
    elif not body:
        kind = "an empty answer"
    else:
        kind = f"something else ({content_type.split(';')[0].strip() or 'no content type'})"
    return f"it answered with {kind}, {http}"


def network_words(exc: BaseException, api_url: str) -> str:
    """Why nothing answered, in words, with the host and port that were tried."""
    import requests
    from urllib.parse import urlparse

    parsed = urlparse(api_url)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    where = f"{parsed.hostname}:{port}"
    causes = list(_causes(exc))
    if isinstance(exc, requests.exceptions.SSLError):
        return f"the secure connection to {where} failed ({_last_words(causes)})"
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return f"no connection to {where} within {CONNECT_TIMEOUT:g} s"
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return f"{where} accepted the connection but did not answer within {READ_TIMEOUT:g} s"
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in str(exc).lower():
        return f"the connection to {where} was refused: nothing listens there"
    if any(isinstance(c, socket.gaierror) for c in causes) or "resolve" in str(exc).lower():
        return f"the name {parsed.hostname} could not be looked up: no network, or a misspelt address"
    return f"{where} could not be reached ({_last_words(causes)})"


def _causes(exc: BaseException):
    """``exc`` and what it wraps (requests wraps urllib3, which wraps the socket's error)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        more = [e.__cause__, e.__context__, getattr(e, "reason", None), *e.args]
        todo.extend(m for m in more if isinstance(m, BaseException))


def _last_words(causes: list[BaseException]) -> str:
    innermost = causes[-1] if causes else None
    if isinstance(innermost, OSError) and innermost.strerror:
        return innermost.strerror
    said = str(causes[0]).strip() if causes else ""
    return said[:200] if said else "no answer"   # the error's own words, never a class name
