"""A fault proxy on 127.0.0.1 in front of the sandbox wiki: every request is forwarded to it,
but upload requests can be made to fail on a schedule — the connection dropped without an
answer, or a 503 — as poor Wi-Fi and busy servers do."""
from __future__ import annotations

import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standin.forwarding import forward



_ACTION = re.compile(rb'name="action"\r?\n\r?\nupload\r?\n')   # pywikibot's MIME uses \n


def is_upload(body: bytes, query: str) -> bool:
    """An upload request (multipart, with or without per-part headers, or urlencoded)."""
    return bool(_ACTION.search(body[:4096])) or b"action=upload" in body[:4096] or "action=upload" in query


class FaultProxy:
    def __init__(self, target_server: str) -> None:
        parsed = urllib.parse.urlparse(target_server)
        self.host, self.port = parsed.hostname or "127.0.0.1", parsed.port or 80
        self.lock = threading.Lock()
        self.schedule: list[str] = []     # what the next upload requests get: "drop" or "503"
        self.faults = 0                   # faults served
        self.uploads_seen = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api.php"

    def fail_uploads(self, *faults: str) -> None:
        with self.lock:
            self.schedule.extend(faults)

    def next_fault(self) -> str | None:
        with self.lock:
            self.uploads_seen += 1
            if not self.schedule:
                return None
            self.faults += 1
            return self.schedule.pop(0)

    def forward(self, method: str, path: str, headers, body: bytes):
        return forward(self.host, self.port, method, path, headers, body)


def _handler(proxy: FaultProxy):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            query = urllib.parse.urlsplit(self.path).query
            fault = proxy.next_fault() if self.command == "POST" and is_upload(body, query) else None
            if fault == "drop":            # the request reached nobody; the client sees a reset
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if fault == "503":
                payload = b"Service Unavailable"
                self.send_response(503)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            status, headers, data = proxy.forward(self.command, self.path, list(self.headers.items()), body)
            self.send_response_only(status)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_POST = do_HEAD = _serve

    return Handler
