"""The password never reaches a file the app writes (batch, upload journal, reports, pywikibot's
folder, caches) nor its output — only the keyring or, where there is none, pywikibot's 0600
password file."""
from __future__ import annotations

import os

import pytest
from corpus import make_jpeg
from wikitools import noise

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch

pytestmark = pytest.mark.wiki


def files_under(*folders):
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                yield os.path.join(root, name)


def test_a_full_run_writes_the_password_nowhere(sandbox, pywikibot_dir, private_cache_dir,
                                               private_data_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GLAMUPLOADER_USER", sandbox.bot_user)
    monkeypatch.setenv("GLAMUPLOADER_PASSWORD", sandbox.bot_password)
    folder = tmp_path / "p"
    folder.mkdir()
    make_jpeg(folder / "street.jpg", image=noise())
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(folder), "-o", batch, "--quiet"]) == 0
    loaded = load_batch(batch)
    loaded.items[0].meta.title = f"Password test {os.urandom(3).hex()}"
    loaded.kit.license, loaded.kit.author = "cc0", "Tester"
    save_batch(loaded)
    assert main(["upload", batch, "--wiki", "sandbox", "--user", sandbox.bot_user]) == 0
    assert main(["report", batch, "-o", str(tmp_path / "report.csv")]) == 0
    assert main(["report", batch, "--format", "wikitext", "-o", str(tmp_path / "gallery.txt")]) == 0
    out, err = capsys.readouterr()
    secret = sandbox.bot_password.encode()
    assert secret not in (out + err).encode()
    written = [p for p in files_under(tmp_path, pywikibot_dir, private_cache_dir, private_data_dir)
               if os.path.basename(p) != "passwordfile"]   # pywikibot's own 0600 store, by design
    assert any(p.endswith("b.glam.yaml") for p in written) and any(p.endswith(".lwp") for p in written)
    assert any(p.endswith("uploads.sqlite") for p in written)       # the upload journal
    leaks = [p for p in written if secret in open(p, "rb").read()]
    assert leaks == []
