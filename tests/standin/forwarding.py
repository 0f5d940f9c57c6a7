"""Forward one HTTP request to the real sandbox wiki, as the test proxies in front of it do."""
from __future__ import annotations

import http.client

#: headers that belong to one connection, not to the request (RFC 9110), plus the ones we set
_NOT_FORWARDED = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade", "te",
                  "trailer", "host", "content-length"}


def forward(host: str, port: int, method: str, path: str, headers: list[tuple[str, str]], body: bytes
            ) -> tuple[int, list[tuple[str, str]], bytes]:
    """(status, headers, body) of the wiki's answer; the caller sets Content-Length again."""
    conn = http.client.HTTPConnection(host, port, timeout=300)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", f"{host}:{port}")
        for key, value in headers:
            if key.lower() not in _NOT_FORWARDED:
                conn.putheader(key, value)
        if body or method == "POST":
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body or None)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, [(k, v) for k, v in resp.getheaders() if k.lower() not in _NOT_FORWARDED], data
    finally:
        conn.close()
