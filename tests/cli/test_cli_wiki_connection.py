"""Whose account, and what is said when a wiki cannot be reached (issue 10, point 10): a refused
port or a server that is not a MediaWiki is told at once with the address tried, a stopped
sandbox with how to start it; a password from the environment is used on the sandbox too."""
from __future__ import annotations

import io
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from corpus import make_jpeg
from wikitools import api_get, noise

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch


def _batch(tmp_path, *, ready: bool = False) -> str:
    folder = tmp_path / "p"
    folder.mkdir()
    make_jpeg(folder / "harbour.jpg", image=noise())
    path = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(folder), "-o", path, "--quiet"]) == 0
    if ready:
        batch = load_batch(path)
        batch.kit.license, batch.kit.author = "cc0", "Tester"
        batch.items[0].meta.title = f"Connection test {os.urandom(3).hex()}"
        save_batch(batch)
    return path


def _refused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]      # closed on leaving: nothing listens there


@pytest.fixture
def web_page():
    """A local web server that answers every request with an HTML page (status set per test)."""
    class Handler(BaseHTTPRequestHandler):
        status = 200

        def do_GET(self):  # noqa: N802
            body = b"<!DOCTYPE html><html><body><h1>Welcome to our museum</h1></body></html>"
            self.send_response(Handler.status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.handler = Handler
    yield server
    server.shutdown()
    server.server_close()


def _said(capsys) -> str:
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return err


@pytest.mark.parametrize("command", [["check", "--online"], ["upload"]])
def test_a_refused_port_is_told_with_its_address_not_after_a_time_out(tmp_path, capsys, command):
    batch = _batch(tmp_path)
    api = f"http://127.0.0.1:{_refused_port()}/w/api.php"
    capsys.readouterr()
    assert main([command[0], batch, *command[1:], "--wiki", api]) == 2
    err = _said(capsys)
    assert api in err and "refused" in err, err
    assert "Timeout" not in err and "password" not in err   # told at once, before any login


@pytest.mark.parametrize("status", [200, 404])
def test_a_server_that_is_not_a_mediawiki_api_is_named(tmp_path, capsys, web_page, status):
    web_page.handler.status = status
    batch = _batch(tmp_path)
    api = f"http://127.0.0.1:{web_page.server_address[1]}/w/api.php"
    capsys.readouterr()
    assert main(["check", batch, "--online", "--wiki", api]) == 2
    err = _said(capsys)
    assert f"{api} is not a MediaWiki api.php" in err and f"HTTP {status}" in err, err
    assert "Timeout" not in err


def test_check_online_with_the_sandbox_stopped_says_how_to_start_it(tmp_path, capsys, monkeypatch):
    batch = _batch(tmp_path)
    empty = tmp_path / "no-sandbox"
    empty.mkdir()
    monkeypatch.setenv("GLAMUPLOADER_SANDBOX_DIR", str(empty))
    capsys.readouterr()
    assert main(["check", batch, "--online", "--wiki", "sandbox"]) == 2
    err = _said(capsys)
    assert "the sandbox wiki is not running. Start it with: glamuploader sandbox start" in err, err


@pytest.mark.wiki
def test_a_user_without_a_password_is_told_how_to_give_one(sandbox, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO())          # no terminal to ask on
    batch = _batch(tmp_path)
    capsys.readouterr()
    assert main(["upload", batch, "--wiki", "sandbox", "--user", "Someone@glamuploader"]) == 2
    err = _said(capsys)
    assert "No password was given for Someone@glamuploader" in err, err
    assert "GLAMUPLOADER_PASSWORD" in err and "keyring" in err
    assert "No user name" not in err


@pytest.mark.wiki
def test_the_sandbox_logs_in_with_the_account_from_the_environment(sandbox, tmp_path, capsys,
                                                                   monkeypatch):
    batch = _batch(tmp_path, ready=True)
    monkeypatch.setenv("GLAMUPLOADER_USER", sandbox.admin_user)
    monkeypatch.setenv("GLAMUPLOADER_PASSWORD", "not-the-admin-password")
    capsys.readouterr()
    assert main(["upload", batch, "--wiki", "sandbox", "--no-sdc"]) == 2   # not the bot account's
    assert "refused the password" in _said(capsys)

    monkeypatch.setenv("GLAMUPLOADER_PASSWORD", sandbox.admin_password)
    assert main(["upload", batch, "--wiki", "sandbox", "--no-sdc"]) == 0
    title = load_batch(batch).items[0].upload.page_title
    [page] = api_get(sandbox, action="query", prop="imageinfo", iiprop="user", titles=title)["query"]["pages"]
    assert page["imageinfo"][0]["user"] == sandbox.admin_user
