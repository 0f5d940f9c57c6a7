"""One writer per batch in the window: a batch the command line (or another app) holds is
offered read-only, named with its holder; the app's own lock is seen by the command line."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox
from wikitools import lock_held_elsewhere

from glamuploader.core.batch import Batch
from glamuploader.store.batchfile import load_batch, save_batch
from glamuploader.store.lock import BatchLock


def test_a_batch_held_elsewhere_is_offered_read_only_and_never_saved(make_app, tmp_path, qtbot):
    path = str(tmp_path / "museum.glam.yaml")
    save_batch(Batch(target="sandbox"), path)
    before = open(path, "rb").read()
    with lock_held_elsewhere(path, program="cli") as holder:
        app = make_app()
        app.doc.open_batch(path)
        qtbot.waitUntil(lambda: isinstance(getattr(app.window, "last_message", None), QMessageBox)
                        and app.window.last_message.isVisible(), timeout=10000)
        box = app.window.last_message
        assert f"process {holder.pid}" in box.text() and "glamuploader command" in box.text()
        read_only = next(b for b in box.buttons() if b.text() == "Open read-only")
        read_only.click()
        qtbot.waitUntil(lambda: app.doc.batch.path == path, timeout=10000)
        assert app.doc.read_only and "(read-only)" in app.window.windowTitle()
        assert not app.window.act_upload.isEnabled()
        app.doc.batch.kit.author = "Changed in a read-only window"
        app.doc.save_now()
        app.doc.tasks.wait(5000)
        assert open(path, "rb").read() == before and load_batch(path).kit.author == ""


def test_the_app_holds_the_batch_it_opens_and_lets_go_when_closed(make_app, tmp_path, qtbot):
    path = str(tmp_path / "walk.glam.yaml")
    save_batch(Batch(target="sandbox"), path)
    app = make_app()
    app.doc.open_batch(path)
    qtbot.waitUntil(lambda: app.doc.batch.path == path, timeout=10000)
    qtbot.waitUntil(lambda: BatchLock(path, program="cli").holder() is not None, timeout=5000)
    holder = BatchLock(path, program="cli").holder()
    assert holder.pid == os.getpid() and holder.program == "app"
    photos = tmp_path / "photos"
    photos.mkdir()
    result = subprocess.run([sys.executable, "-m", "glamuploader", "import", str(photos), "-o", path],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "is open in the app" in result.stderr
    app.window.close()
    qtbot.waitUntil(lambda: not os.path.exists(path + ".lock"), timeout=10000)


def test_a_batch_whose_lock_file_is_being_written_says_try_again_not_process_0(make_app, tmp_path, qtbot):
    path = str(tmp_path / "museum.glam.yaml")
    save_batch(Batch(target="sandbox"), path)
    with open(path + ".lock", "wb") as half_written:
        half_written.write(b'{"pid": 4')
    app = make_app()
    app.doc.open_batch(path)
    qtbot.waitUntil(lambda: isinstance(getattr(app.window, "last_message", None), QMessageBox)
                    and app.window.last_message.isVisible(), timeout=10000)
    text = app.window.last_message.text()
    assert "is being opened by another program right now. Try again in a moment." in text
    assert "process 0" not in text and app.doc.batch.path != path
