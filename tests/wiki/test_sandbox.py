from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from glamuploader.sandbox import APT_COMMAND, Sandbox, SandboxUnavailable, read_info

from wikitools import api_get


def test_sandbox_answers_on_loopback_and_reports_itself_running(sandbox):
    general = api_get(sandbox, action="query", meta="siteinfo")["query"]["general"]
    assert general["sitename"] == "GLAM Uploader Sandbox"
    assert sandbox.api_url.startswith("http://127.0.0.1:")
    status = Sandbox(sandbox.state_dir).status()
    assert status.installed and status.running
    assert status.info.pid == sandbox.pid


def test_sandbox_state_file_is_private_and_names_the_bot_login(sandbox):
    path = Path(sandbox.state_dir) / "sandbox.json"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    stored = read_info(Path(sandbox.state_dir))
    assert stored.bot_user == "Admin@glamuploader"
    assert len(stored.bot_password) == 32
    assert stored.port == sandbox.port


def test_starting_a_running_sandbox_reuses_the_same_server(sandbox):
    again = Sandbox(sandbox.state_dir).start()
    assert (again.pid, again.port, again.bot_password) == (
        sandbox.pid, sandbox.port, sandbox.bot_password)


def test_title_blacklist_module_answers_with_commons_like_rules(sandbox):
    blocked = api_get(sandbox, action="titleblacklist", tbaction="create",
                      tbtitle="File:DSC_0001.JPG", tbnooverride="1")["titleblacklist"]
    fine = api_get(sandbox, action="titleblacklist", tbaction="create",
                   tbtitle="File:Town hall of Delft, 2024.jpg")["titleblacklist"]
    assert blocked["result"] == "blacklisted"
    assert fine["result"] == "ok"


def test_without_mediawiki_installed_start_says_which_apt_command_to_run(tmp_path):
    sandbox = Sandbox(tmp_path / "state", mediawiki_dir=tmp_path / "no-mediawiki")
    with pytest.raises(SandboxUnavailable) as caught:
        sandbox.start()
    assert caught.value.apt_command == APT_COMMAND
    assert "apt-get install" in str(caught.value) and "mediawiki" in str(caught.value)
