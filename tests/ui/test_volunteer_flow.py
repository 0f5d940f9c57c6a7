"""What a volunteer does in the window: drop, select, edit, undo, fix problems, reopen."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from glamuploader.core.item import MediaItem


def drop_folder(window, folder) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def loaded(controller, n: int) -> bool:
    return len(controller.doc.batch.items) == n and bool(controller.doc.problems)


def items(controller) -> list[MediaItem]:
    return controller.doc.batch.items


def window_with_photos(make_app, folder, qtbot, n: int = 3):
    """The app with ``folder`` dropped on its window and its ``n`` photos read and checked."""
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, n), timeout=10000)
    return app


def test_dropped_folder_shows_every_photo_with_a_problem_badge(make_app, photo_folder, qtbot):
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    model = app.doc.model
    assert model.rowCount() == 3
    from glamuploader.ui.models import BadgeRole
    assert {model.data(model.index(r), BadgeRole) for r in range(3)} == {"problem"}
    assert not app.window.act_upload.isEnabled()   # errors remain: no licence, camera titles


def test_licence_and_category_on_three_items_then_undo(make_app, photo_folder, qtbot):
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    app.window.grid.select_paths([i.path for i in items(app)])
    editor = app.window.editor
    assert len(editor.items) == 3
    index = editor.license_box.findData("cc-by-sa-4.0")
    editor.license_box.setCurrentIndex(index)
    editor.license_box.activated.emit(index)
    editor.lists["categories"].add_value("Kazan Kremlin")
    assert all(i.meta.license == "cc-by-sa-4.0" for i in items(app))
    assert all(i.meta.categories == ["Kazan Kremlin"] for i in items(app))
    assert "Attribution" in editor.license_help.text() or "share" in editor.license_help.text()
    app.window.act_undo.trigger()
    assert all(i.meta.categories == [] for i in items(app))
    assert all(i.meta.license == "cc-by-sa-4.0" for i in items(app))
    app.window.act_undo.trigger()
    assert all(i.meta.license == "" for i in items(app))
    app.window.act_redo.trigger()
    assert all(i.meta.license == "cc-by-sa-4.0" for i in items(app))


def test_activating_a_title_problem_selects_the_file_and_fixing_it_clears_the_problem(make_app, photo_folder, qtbot):
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    panel = app.window.problems
    target = next(p for p in panel.problems if p.code == "title-camera-name" and p.item.endswith("IMG_0001.jpg"))
    panel.table.activated.emit(panel.index_of(target, 2))
    editor = app.window.editor
    assert [i.path for i in editor.items] == [target.item]
    title = editor.line_edits["title"]
    qtbot.waitUntil(title.hasFocus, timeout=3000)
    title.setText("Kul Sharif Mosque at dusk")
    title.editingFinished.emit()
    qtbot.waitUntil(lambda: not any(p.code == "title-camera-name" and p.item == target.item
                                    for p in app.doc.problems), timeout=5000)
    assert any(p.code == "title-camera-name" for p in panel.problems)   # the other two remain


def test_mixed_values_stay_as_they_are_unless_changed(make_app, photo_folder, qtbot):
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    a, b, c = items(app)
    app.window.grid.select_paths([a.path])
    app.window.editor.line_edits["author"].setText("Aygul")
    app.window.editor.line_edits["author"].editingFinished.emit()
    app.window.grid.select_paths([a.path, b.path, c.path])
    author = app.window.editor.line_edits["author"]
    assert author.text() == "" and "differs" in author.placeholderText()
    author.editingFinished.emit()   # leaving the mixed field untouched changes nothing
    assert [i.meta.author for i in (a, b, c)] == ["Aygul", "", ""]


def test_closing_and_reopening_restores_the_batch_with_every_edit(make_app, photo_folder, qtbot):
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    first = items(app)[0]
    app.window.grid.select_paths([first.path])
    editor = app.window.editor
    editor.line_edits["title"].setText("Söyembikä Tower, Kazan")
    editor.line_edits["title"].editingFinished.emit()
    editor.descriptions.picker.set_code("ar")
    editor.descriptions.add_button.click()
    row = editor.descriptions.rows["ar"]
    assert row.edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    row.edit.setPlainText("برج سيومبيكه")
    row.focusOutCommit()
    with qtbot.waitSignal(app.doc.saved, timeout=5000):
        app.window.close()
    again = make_app()
    qtbot.waitUntil(lambda: len(items(again)) == 3, timeout=10000)
    restored = {i.path: i for i in items(again)}[first.path]
    assert restored.meta.title == "Söyembikä Tower, Kazan"
    assert restored.meta.descriptions == {"ar": "برج سيومبيكه"}


def test_batch_defaults_apply_to_every_file_without_its_own_value(make_app, photo_folder, qtbot):
    from glamuploader.ui.kitdialog import KitDialog
    app = window_with_photos(make_app, photo_folder, qtbot)
    dialog = KitDialog(app.doc.batch.kit, app.window)
    dialog.license.setCurrentIndex(dialog.license.findData("cc-by-4.0"))
    dialog.author.setText("Aygul")
    dialog.pattern.setText("Kazan walk {n:02}")
    dialog.categories.setPlainText("Photo walk Kazan 2026\n")
    app.doc.set_kit(dialog.result_kit())
    qtbot.waitUntil(lambda: not any(p.code in ("license-missing", "author-missing", "title-camera-name")
                                    for p in app.doc.problems), timeout=5000)
    assert sorted(app.doc.titles.values()) == ["Kazan walk 01.jpg", "Kazan walk 02.jpg", "Kazan walk 03.jpg"]
    app.window.grid.select_paths([items(app)[0].path])
    assert "[[Category:Photo walk Kazan 2026]]" in app.window.preview.source.toPlainText()
    assert "{{cc-by-4.0}}" in app.window.preview.source.toPlainText() or "{{self|cc-by-4.0}}" in \
        app.window.preview.source.toPlainText()
    assert "{{Location" in app.window.preview.source.toPlainText()      # the photos have GPS


def test_a_kit_that_removes_the_location_leaves_it_out_of_every_page(make_app, photo_folder, qtbot):
    from glamuploader.ui.kitdialog import KitDialog
    app = window_with_photos(make_app, photo_folder, qtbot)
    dialog = KitDialog(app.doc.batch.kit, app.window)
    dialog.privacy.setCurrentIndex(dialog.privacy.findData("location"))
    app.doc.set_kit(dialog.result_kit())
    assert app.doc.batch.kit.privacy == "location"
    app.window.grid.select_paths([items(app)[0].path])
    qtbot.waitUntil(lambda: "{{Information" in app.window.preview.source.toPlainText(), timeout=5000)
    assert "{{Location" not in app.window.preview.source.toPlainText()
    assert app.window.editor.location.lat.text() == ""


def test_the_preview_shows_the_page_as_the_sandbox_wiki_renders_it(make_app, photo_folder, sandbox, qtbot):
    app = make_app(start=False)
    app.settings.set("target", "sandbox")
    app.start()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    app.window.grid.select_paths([items(app)[0].path])
    preview = app.window.preview
    assert "{{Information" in preview.source.toPlainText()
    preview.render_button.click()
    qtbot.waitUntil(lambda: "Asking" not in preview.rendered.toPlainText()
                    and bool(preview.rendered.toPlainText()), timeout=20000)
    text = preview.rendered.toPlainText()
    assert "{{Information" not in text and "DSC" in text or "Information" in text


def test_a_batch_wide_category_is_shown_on_every_file_it_lands_on(make_app, photo_folder, qtbot):
    from dataclasses import replace
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    app.doc.set_kit(replace(app.doc.batch.kit, categories=["Photo walk Kazan 2026"], depicts=["Q900"]))
    app.window.grid.select_paths([items(app)[1].path])
    for key, value in (("categories", "Photo walk Kazan 2026"), ("depicts", "Q900")):
        rows = [app.window.editor.lists[key].list.item(n).text()
                for n in range(app.window.editor.lists[key].list.count())]
        assert any(value in row and "batch default" in row for row in rows), rows


def test_a_damaged_batch_file_reopens_from_its_last_good_copy_and_says_so(make_app, photo_folder, qtbot):
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    with qtbot.waitSignal(app.doc.saved, timeout=5000):
        app.window.close()
    path = app.doc.batch.path
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("\n  - path: [broken\n")
    again = make_app()
    qtbot.waitUntil(lambda: len(items(again)) == 3, timeout=10000)
    qtbot.waitUntil(lambda: getattr(again.window, "last_message", None) is not None, timeout=5000)
    assert "damaged" in again.window.last_message.text()
