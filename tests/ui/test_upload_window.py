"""A volunteer logs in and uploads from the window to the real sandbox wiki, and sees the links."""
from __future__ import annotations

import os
import urllib.parse

import pytest
from PySide6.QtCore import Qt
from corpus import make_jpeg
from test_volunteer_flow import drop_folder
from wikitools import file_sha1, noise

pytestmark = pytest.mark.wiki



def test_log_in_and_upload_three_photos_then_see_them_uploaded_with_links(make_app, sandbox, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    for n in range(3):
        make_jpeg(folder / f"IMG_{n:04d}.jpg", image=noise())
    app = make_app(start=False)
    app.settings.set("target", "sandbox")
    app.start()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: len(app.doc.batch.items) == 3 and bool(app.doc.problems), timeout=10000)
    editor, grid = app.window.editor, app.window.grid
    items = app.doc.batch.items
    grid.select_paths([i.path for i in items])
    editor.license_box.setCurrentIndex(editor.license_box.findData("cc-by-4.0"))
    editor.license_box.activated.emit(editor.license_box.currentIndex())
    editor.line_edits["author"].setText("[[User:Admin|Admin]]")
    editor.line_edits["author"].editingFinished.emit()
    editor.lists["categories"].add_value("Photo walk Kazan 2026")
    suffix = os.urandom(3).hex()
    for n, item in enumerate(items):
        grid.select_paths([item.path])
        editor.line_edits["title"].setText(f"Söyembikä street {n} {suffix}")
        editor.line_edits["title"].editingFinished.emit()
    qtbot.waitUntil(app.window.act_upload.isEnabled, timeout=10000)   # checked: no errors left
    assert app.window.problems.error_count() == 0

    app.window.act_upload.trigger()
    panel = app.upload_panel
    assert panel.isVisible() and panel.start_button.text() == "Log in and upload…"   # not logged in yet

    journal = tmp_path / "data" / "uploads.sqlite"     # damaged, say by a full disk last time
    journal.parent.mkdir(exist_ok=True)
    journal.write_bytes(b"\0garbage" * 64)
    panel.start_button.click()                          # asks for the login first…
    qtbot.waitUntil(lambda: panel._login_dialog is not None and panel._login_dialog.isVisible(), timeout=5000)
    dialog = panel._login_dialog
    dialog.user.setText(sandbox.bot_user)
    dialog.password.setText(sandbox.bot_password)
    with qtbot.waitSignal(panel.uploader.finished, timeout=60000):
        dialog.accept()                                 # …then goes on by itself
    assert sandbox.bot_user.split("@")[0] in panel.account.text()
    assert [i.upload.state.value for i in items] == ["uploaded"] * 3
    assert "3 uploaded" in panel.current.text() and "journal was damaged" in panel.current.text()
    assert list(journal.parent.glob("uploads.sqlite.damaged-*"))
    for item in items:
        row = panel._rows[item.path]
        assert row.data(2, Qt.ItemDataRole.UserRole) == item.upload.url and item.upload.url.startswith(sandbox.server)
        assert row.text(2) == urllib.parse.unquote(item.upload.url)     # readable: no %C3%B6
        assert file_sha1(sandbox, item.upload.page_title)
    from glamuploader.ui.models import BadgeRole
    model = app.doc.model
    assert {model.data(model.index(r), BadgeRole) for r in range(3)} == {"uploaded"}
    assert panel.total_bar.value() == 3
    assert not panel.start_button.isEnabled()   # nothing left to send


def test_a_wrong_password_is_explained_in_the_window(make_app, sandbox, qtbot):
    app = make_app(start=False)
    app.settings.set("target", "sandbox")
    app.start()
    app.show_upload()
    panel = app.upload_panel
    panel.ask_login()
    qtbot.waitUntil(lambda: panel._login_dialog is not None and panel._login_dialog.isVisible(), timeout=5000)
    panel._login_dialog.user.setText(sandbox.bot_user)
    panel._login_dialog.password.setText("not the password")
    panel._login_dialog.accept()
    qtbot.waitUntil(lambda: "failed" in panel.account.text(), timeout=20000)
    assert "password" in panel.account.text()
    assert "not the password" not in panel.account.text()
    assert panel.login_button.isEnabled() and panel.uploader.session is None


def test_demo_opens_the_app_on_a_sample_batch_aimed_at_the_sandbox(make_app, sandbox, qtbot):
    app = make_app(start=False)
    app.start(demo=True)
    qtbot.waitUntil(lambda: len(app.doc.batch.items) == 3, timeout=30000)
    assert app.doc.batch.target == "sandbox"
    assert {i.meta.title for i in app.doc.batch.items} >= {"Kul Sharif Mosque at dusk"}
    qtbot.waitUntil(app.window.act_upload.isEnabled, timeout=10000)   # checked: no errors left
    assert app.window.problems.error_count() == 0
    app.verify_on_wiki()                                  # the demo's categories are on the sandbox
    app.lookups().tasks.wait(20000)
    qtbot.wait(200)
    assert not [p for p in app.doc.problems if p.code.startswith("category-not-on-wiki")]


def logged_in_with_photos(make_app, sandbox, tmp_path, qtbot, count: int, label: str):
    """The app with ``count`` new photos ready to upload (licence, author, titles) and the upload
    panel logged in to the sandbox: (panel, items)."""
    folder = tmp_path / "photos"
    folder.mkdir()
    for n in range(count):
        make_jpeg(folder / f"photo{n}.jpg", image=noise())
    app = make_app(start=False)
    app.settings.set("target", "sandbox")
    app.start()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: len(app.doc.batch.items) == count, timeout=10000)
    from glamuploader.core import edits
    items = app.doc.batch.items
    app.doc.apply_edit(edits.set_field(items, "license", "cc0"), "licence")
    app.doc.apply_edit(edits.set_field(items, "author", "Tester"), "author")
    suffix = os.urandom(3).hex()
    for n, item in enumerate(items):
        app.doc.apply_edit(edits.set_field([item], "title", f"{label} {n} {suffix}"), "title")
    qtbot.waitUntil(app.window.act_upload.isEnabled, timeout=10000)
    app.show_upload()
    panel = app.upload_panel
    panel.uploader.log_in("sandbox", sandbox.bot_user, sandbox.bot_password, remember=False)
    qtbot.waitUntil(lambda: panel.uploader.session is not None, timeout=20000)
    return panel, items


def test_cancel_stops_after_the_current_file_and_keeps_what_was_uploaded(make_app, sandbox, tmp_path, qtbot):
    panel, items = logged_in_with_photos(make_app, sandbox, tmp_path, qtbot, 4, "Cancel test")

    def cancel_on_first_upload(event) -> None:
        if event.kind == "uploaded":
            panel.cancel()
    panel.uploader.event.connect(cancel_on_first_upload)
    with qtbot.waitSignal(panel.uploader.finished, timeout=60000) as stopped:
        panel.start_button.click()
    assert stopped.args[0].cancelled
    states = [i.upload.state.value for i in items]
    assert 1 <= states.count("uploaded") < 4 and set(states) <= {"uploaded", "new"}
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5000)
    assert all(i.upload.url for i in items if i.upload.state.value == "uploaded")


def test_the_checks_before_sending_show_their_progress_and_pause_stops_them(make_app, sandbox, tmp_path, qtbot):
    panel, items = logged_in_with_photos(make_app, sandbox, tmp_path, qtbot, 6, "Checks test")

    shown, pause_enabled = [], []
    import threading

    from PySide6.QtCore import Qt
    answered = threading.Event()

    def pause_while_checking(done: int, total: int) -> None:
        shown.append(panel.current.text())
        pause_enabled.append(panel.pause_button.isEnabled())
        panel.pause_button.click()                    # Pause is there to press during the checks
        answered.set()
    panel.uploader.checking.connect(pause_while_checking)
    # the look at six files takes no time: hold it, as a slow disk would, until the window has
    # acted (connected after the window's slot, so that slot's event is posted first)
    panel.uploader.checking.connect(lambda done, total: answered.wait(10), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(panel.uploader.finished, timeout=60000) as stopped:
        panel.start_button.click()
    assert shown[0] == "Looking at the files before sending (still there, changed since import): 0 of 6…"
    assert pause_enabled[0]
    assert stopped.args[0].cancelled and stopped.args[0].uploaded == []
    assert [i.upload.state.value for i in items] == ["new"] * 6       # nothing sent, nothing marked
    assert panel.current.text().startswith("Paused.")


def test_the_panel_shows_files_imported_after_it_was_opened_and_the_wiki_of_another_batch(
        make_app, sandbox, tmp_path, qtbot):
    panel, items = logged_in_with_photos(make_app, sandbox, tmp_path, qtbot, 2, "Panel test")
    app = panel.controller
    panel.hide()
    more = tmp_path / "more"
    more.mkdir()
    for n in range(3):
        make_jpeg(more / f"later{n}.jpg", image=noise())
    drop_folder(app.window, more)
    qtbot.waitUntil(lambda: len(app.doc.batch.items) == 5, timeout=10000)
    app.show_upload()
    assert panel.list.topLevelItemCount() == 5 and panel.total_bar.maximum() == 5
    assert {panel.list.topLevelItem(r).text(0) for r in range(5)} >= {"later0.jpg", "later2.jpg"}

    other = app.doc.batch.path + ".other.glam.yaml"
    from glamuploader.core.batch import Batch
    from glamuploader.store.batchfile import save_batch
    save_batch(Batch(target="beta"), other)
    with qtbot.waitSignal(app.doc.batch_replaced, timeout=10000):
        app.doc.open_batch(other)
    assert panel.windowTitle() == "Upload to beta"
    assert "Not logged in to beta" in panel.account.text()          # the sandbox login is not beta's
    assert panel.list.topLevelItemCount() == 0 and not panel.start_button.isEnabled()


def test_pywikibot_is_never_entered_from_two_threads_and_a_suggestion_is_answered_during_a_batch(
        make_app, sandbox, tmp_path, qtbot, monkeypatch):
    """Every pywikibot request of the app goes through the one wiki gateway: one at a time, on one
    thread; a category suggestion typed during an upload is answered before the batch ends."""
    import threading

    from pywikibot.comms import http
    panel, items = logged_in_with_photos(make_app, sandbox, tmp_path, qtbot, 8, "Gateway test")
    seen: list[int] = []
    inside = [0, 0]                                   # now, most at once
    lock = threading.Lock()
    real = http.fetch

    def watched(*args, **kwargs):
        with lock:
            inside[0] += 1
            inside[1] = max(inside)
            seen.append(threading.get_ident())
        try:
            return real(*args, **kwargs)
        finally:
            with lock:
                inside[0] -= 1
    monkeypatch.setattr(http, "fetch", watched)
    app = panel.controller
    lookups = app.lookups()
    answered_with = []

    asked = threading.Event()

    def ask_on_first_upload(event) -> None:
        if event.kind == "uploaded" and not answered_with:
            answered_with.append(None)
            lookups.search_categories("Kaz")
            asked.set()
    lookups.categories_found.connect(
        lambda prefix, names: answered_with.append(sum(i.upload.state.value == "uploaded" for i in items)))
    panel.uploader.event.connect(ask_on_first_upload)
    # small files go up faster than a window reacts: the third file waits until the question is
    # asked (as a bigger file would take its time), then the gateway must answer it before going on
    from PySide6.QtCore import Qt
    panel.uploader.event.connect(lambda event: event.kind == "start" and event.index == 2 and asked.wait(10),
                                 Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(panel.uploader.finished, timeout=90000):
        panel.start_button.click()
    qtbot.waitUntil(lambda: len(answered_with) == 2, timeout=10000)
    assert answered_with[1] < len(items)              # answered while files were still to go up
    assert [i.upload.state.value for i in items] == ["uploaded"] * len(items)
    assert inside[1] == 1 and len(set(seen)) == 1 and len(seen) >= len(items)
