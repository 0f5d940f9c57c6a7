"""How a file is sent, set in the editor: a new version of a file on the wiki (with Commons'
policy shown where it is marked), and a cleaned copy without the location or camera data."""
from __future__ import annotations

from test_volunteer_flow import window_with_photos


def test_a_file_is_marked_as_a_new_version_and_for_a_cleaned_copy_undoably(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    item = app.doc.batch.items[0]
    editor = app.window.editor
    app.window.grid.select_paths([item.path])
    assert "minor improvements" in editor.version_policy.text()
    editor.line_edits["new_version_of"].setText("File:Kazan Kremlin 2019.jpg")
    editor.line_edits["new_version_of"].editingFinished.emit()
    editor.line_edits["version_comment"].setText("Colour corrected")
    editor.line_edits["version_comment"].editingFinished.emit()
    editor.privacy_box.setCurrentIndex(editor.privacy_box.findData("location"))
    editor.privacy_box.activated.emit(editor.privacy_box.currentIndex())
    assert (item.meta.new_version_of, item.meta.version_comment, item.meta.privacy) == (
        "File:Kazan Kremlin 2019.jpg", "Colour corrected", "location")
    # the title check is for new files: a new version keeps the existing file's name
    qtbot.waitUntil(lambda: not [p for p in app.doc.problems if p.item == item.path and p.field == "title"],
                    timeout=5000)
    app.doc.undo.undo()
    assert item.meta.privacy == ""
    app.doc.undo.undo()
    app.doc.undo.undo()
    assert item.meta.new_version_of == ""


def test_scrolling_the_form_over_the_licence_never_changes_it_and_a_removed_location_is_not_shown(
        make_app, photo_folder, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    app = window_with_photos(make_app, photo_folder, qtbot)
    item = app.doc.batch.items[0]
    editor = app.window.editor
    app.window.grid.select_paths([item.path])
    box = editor.license_box
    before = (box.currentIndex(), item.meta.license)
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(box, wheel)
    assert (box.currentIndex(), item.meta.license) == before

    assert editor.location.lat.text()                    # the photo's GPS, as it would be sent
    editor.privacy_box.setCurrentIndex(editor.privacy_box.findData("location"))
    editor.privacy_box.activated.emit(editor.privacy_box.currentIndex())
    assert editor.location.lat.text() == "" and not editor.location.isEnabled()
    assert editor.location.lat.placeholderText() == "removed from the upload"
