"""A fault proxy on 127.0.0.1 in front of the sandbox wiki: every request is forwarded to it,
but requests can be made to fail as poor Wi-Fi and busy servers do.

Two ways to fail them, usable together:

* a schedule for upload requests (``fail_uploads("drop", "503", ...)``): the next upload POSTs
  get these faults, in order (any kind below; ``None`` lets one request through);
* a seeded random mode (``FaultProxy(server, seed=1, rate=0.15)`` or ``randomize(...)``): any
  request to api.php, GET or POST, upload or not, gets one fault with probability ``rate``,
  the kind chosen from ``kinds`` by a ``random.Random(seed)``.

The kinds (``FAULT_KINDS``):

``drop``         the connection is closed without an answer; the wiki never saw the request
``drop-after``   the request goes to the wiki, which acts on it, then the connection is closed
                 without an answer: the file is on the wiki but the client does not know
``stall``        nothing for ``stall`` seconds (longer than the client's read time-out, if set
                 low), then the request goes to the wiki after all
``502``, ``503`` a bare gateway / server error page; the wiki never saw the request
``short``        the wiki answers; its headers (full Content-Length) and half the body are sent,
                 then the connection is closed
``maxlag``       an API ``maxlag`` error (HTTP 200, ``Retry-After: 1``); not forwarded
``ratelimited``  an API ``ratelimited`` error (HTTP 200); not forwarded

Login requests are never faulted in the random mode (``action=login``, ``action=clientlogin``
and ``action=query&meta=tokens&type=login``), so a run can always start; the other requests a
login makes (user lookup, userinfo) may be. Thread-safe: faults are drawn under a lock, in the
order requests arrive; the same seed gives the same faults to the same sequence of requests
(which request comes next depends on how the client took the last fault). ``counts`` has the
faults served by kind, ``log`` each one with the request it hit.
"""
from __future__ import annotations

import json
import random
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standin.forwarding import forward

FAULT_KINDS = ("drop", "drop-after", "stall", "502", "503", "short", "maxlag", "ratelimited")

_ACTION = re.compile(rb'name="action"\r?\n\r?\nupload\r?\n')   # pywikibot's MIME uses \n

MAXLAG = {"error": {"code": "maxlag", "info": "Waiting for 10.0.0.1: 1 seconds lagged",
                    "host": "10.0.0.1", "lag": 1, "type": "db"}}
RATELIMITED = {"error": {"code": "ratelimited", "info": (
    "As an anti-abuse measure, you are limited from performing this action too many times in a "
    "short space of time, and you have exceeded this limit. Please try again in a few minutes.")}}


def is_upload(body: bytes, query: str) -> bool:
    """An upload request (multipart, with or without per-part headers, or urlencoded)."""
    return bool(_ACTION.search(body[:4096])) or b"action=upload" in body[:4096] or "action=upload" in query


def request_params(query: str, body: bytes, content_type: str) -> dict[str, str]:
    """The API parameters of a request: its query string and its form body (urlencoded or
    multipart; file parts are left out)."""
    params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        params.update(urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    elif kind.startswith("multipart/"):
        boundary = re.search(r'boundary="?([^";]+)"?', content_type)
        if boundary:
            for part in body.split(b"--" + boundary.group(1).encode("ascii")):
                gap = re.search(rb"\r?\n\r?\n", part)
                if gap is None:
                    continue
                head, content = part[:gap.start()], part[gap.end():]
                name = re.search(rb'Content-Disposition:[^\n]*\bname="([^"]*)"', head, re.I)
                if not name or b"filename=" in head:
                    continue
                params[name.group(1).decode("utf-8", "replace")] = (
                    content.removesuffix(b"\n").removesuffix(b"\r").decode("utf-8", "replace"))
    return params


def is_login(params: dict[str, str]) -> bool:
    """A request of the login itself: never faulted by the random mode."""
    action = params.get("action", "")
    if action in ("login", "clientlogin"):
        return True
    return (action == "query" and "tokens" in params.get("meta", "").split("|")
            and "login" in params.get("type", "").split("|"))


def describe(params: dict[str, str]) -> str:
    """A short line naming the request, for the fault log."""
    action = params.get("action", "?")
    if action == "upload":
        what = params.get("filename", "")
        if "offset" in params:
            what += f" chunk@{params['offset']}"
        elif "filekey" in params:
            what += " commit"
        return f"upload {what}".strip()
    keys = ("list", "meta", "prop", "generator", "titles")
    words = [action] + [f"{k}={params[k][:60]}" for k in keys if k in params and params[k] != "userinfo"]
    sha1 = params.get("gaisha1") or params.get("aisha1")
    return " ".join(words + ([f"sha1={sha1[:10]}"] if sha1 else []))


@dataclass(frozen=True)
class FaultRecord:
    n: int            # 1-based number of the request among those the proxy saw
    kind: str
    request: str      # describe(params)


class FaultProxy:
    def __init__(self, target_server: str, *, seed: int | None = None, rate: float = 0.15,
                 kinds: tuple[str, ...] = FAULT_KINDS, stall: float = 5.0) -> None:
        parsed = urllib.parse.urlparse(target_server)
        self.host, self.port = parsed.hostname or "127.0.0.1", parsed.port or 80
        self.lock = threading.Lock()
        self.schedule: list[str | None] = []   # what the next upload requests get: "drop", "503", ...
        self.faults = 0                   # faults served
        self.counts: dict[str, int] = {}  # faults served, by kind
        self.log: list[FaultRecord] = []  # every fault served, in order
        self.uploads_seen = 0
        self.requests_seen = 0
        self.slowest = 0.0                # seconds of the wiki's slowest answer (forwarded requests)
        self.stall = stall                # seconds a "stall" holds the request
        self._rng: random.Random | None = None
        self._rate = 0.0
        self._kinds: tuple[str, ...] = ()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        if seed is not None:
            self.randomize(seed, rate, kinds)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()               # stalled requests give up at once
        self._server.shutdown()
        self._server.server_close()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api.php"

    def fail_uploads(self, *faults: str | None) -> None:
        with self.lock:
            self.schedule.extend(faults)

    def randomize(self, seed: int, rate: float = 0.15, kinds: tuple[str, ...] = FAULT_KINDS,
                  *, stall: float | None = None) -> None:
        """From now on, any API request but the login's gets a fault with probability ``rate``."""
        unknown = set(kinds) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        with self.lock:
            self._rng, self._rate, self._kinds = random.Random(seed), rate, tuple(kinds)
            if stall is not None:
                self.stall = stall

    def calm(self) -> None:
        """No more random faults (the schedule stays)."""
        with self.lock:
            self._rng = None

    def next_fault(self) -> str | None:
        """The scheduled fault for the next upload request, if any."""
        return self.fault_for({"action": "upload"}, upload=True)

    def fault_for(self, params: dict[str, str], *, upload: bool) -> str | None:
        with self.lock:
            self.requests_seen += 1
            self.uploads_seen += upload
            fault = None
            if upload and self.schedule:
                fault = self.schedule.pop(0)
            elif self._rng is not None and not is_login(params) and self._rng.random() < self._rate:
                fault = self._rng.choice(self._kinds)
            if fault is not None:
                self.faults += 1
                self.counts[fault] = self.counts.get(fault, 0) + 1
                self.log.append(FaultRecord(self.requests_seen, fault, describe(params)))
            return fault

    def forward(self, method: str, path: str, headers, body: bytes):
        started = time.monotonic()
        answer = forward(self.host, self.port, method, path, headers, body)
        seconds = time.monotonic() - started
        with self.lock:
            self.slowest = max(self.slowest, seconds)
        return answer


def _handler(proxy: FaultProxy):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def _drop(self) -> None:
            """Close the connection without a word (the client sees it reset or closed)."""
            self.close_connection = True
            try:
                self.connection.shutdown(2)
            except OSError:
                pass

        def _answer(self, status: int, headers: list[tuple[str, str]], data: bytes, *,
                    send: int | None = None) -> None:
            self.send_response_only(status)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data if send is None else data[:send])
            if send is not None:
                self.wfile.flush()
                self._drop()

        def _api_error(self, payload: dict, extra: list[tuple[str, str]]) -> None:
            data = json.dumps(payload).encode("utf-8")
            code = payload["error"]["code"]
            self._answer(200, [("Content-Type", "application/json; charset=utf-8"),
                               ("MediaWiki-API-Error", code), *extra], data)

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            split = urllib.parse.urlsplit(self.path)
            fault = None
            if split.path.endswith("/api.php"):
                params = request_params(split.query, body, self.headers.get("Content-Type") or "")
                upload = self.command == "POST" and (params.get("action") == "upload"
                                                    or is_upload(body, split.query))
                fault = proxy.fault_for(params, upload=upload)
            try:
                self._serve_with(fault, body)
            except (BrokenPipeError, ConnectionResetError):   # the client gave up (time-out)
                self.close_connection = True

        def _serve_with(self, fault: str | None, body: bytes) -> None:
            if fault == "drop":            # the request reached nobody; the client sees a reset
                self._drop()
                return
            if fault in ("502", "503"):
                payload = b"Bad Gateway" if fault == "502" else b"Service Unavailable"
                self._answer(int(fault), [("Content-Type", "text/plain")], payload)
                return
            if fault == "maxlag":
                self._api_error(MAXLAG, [("Retry-After", "1"), ("X-Database-Lag", "1")])
                return
            if fault == "ratelimited":
                self._api_error(RATELIMITED, [])
                return
            if fault == "stall" and proxy._stopping.wait(proxy.stall):
                self._drop()               # the proxy is closing
                return
            status, headers, data = proxy.forward(self.command, self.path, list(self.headers.items()), body)
            if fault == "drop-after":      # the wiki has acted; the client never hears of it
                self._drop()
                return
            self._answer(status, headers, data, send=len(data) // 2 if fault == "short" else None)

        do_GET = do_POST = do_HEAD = _serve

    return Handler
