"""A big batch spends a while on the checks before the first file goes up: the command says so."""
from __future__ import annotations

import os

import pytest
from corpus import make_jpeg
from wikitools import noise

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch

pytestmark = pytest.mark.wiki


def test_upload_says_it_is_looking_at_the_files_before_sending(sandbox, tmp_path, capsys,
                                                                          monkeypatch):
    monkeypatch.setenv("GLAMUPLOADER_USER", sandbox.bot_user)
    monkeypatch.setenv("GLAMUPLOADER_PASSWORD", sandbox.bot_password)
    folder = tmp_path / "p"
    folder.mkdir()
    for n in range(2):
        make_jpeg(folder / f"street {n}.jpg", image=noise())
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(folder), "-o", batch, "--quiet"]) == 0
    loaded = load_batch(batch)
    loaded.kit.license, loaded.kit.author = "cc0", "Tester"
    loaded.kit.title_pattern = f"Checks {os.urandom(3).hex()} {{n:02}}"
    save_batch(loaded)
    assert main(["upload", batch, "--wiki", "sandbox", "--no-sdc"]) == 0
    out = capsys.readouterr().out
    checking = out.index("checking   2 file(s) on disk: still there, changed since import")
    assert checking < out.index("uploaded   File:Checks")
