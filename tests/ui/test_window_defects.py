"""Defects a volunteer met in a day at the window (issue 10): each test failed before its fix."""
from __future__ import annotations

from PySide6.QtCore import Qt
from test_volunteer_flow import window_with_photos

from glamuploader.core import edits


def test_redo_answers_ctrl_y_and_ctrl_shift_z_and_no_key_is_bound_twice(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    window = app.window
    window.show()
    qtbot.waitExposed(window)
    keys = [s.toString() for s in window.act_redo.shortcuts()]
    assert len(keys) == len(set(keys)) and {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys)
    item = app.doc.batch.items[0]
    for redo_key in ("Y", "Z"):
        before = item.meta.author
        app.doc.apply_edit(edits.set_field([item], "author", f"Aygul {redo_key}"), "author")
        app.doc.undo.undo()
        assert item.meta.author == before
        modifiers = Qt.KeyboardModifier.ControlModifier | (
            Qt.KeyboardModifier.ShiftModifier if redo_key == "Z" else Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{redo_key}"), modifiers)
        assert item.meta.author == f"Aygul {redo_key}"


def test_undo_names_the_field_as_the_editor_does(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    item = app.doc.batch.items[0]
    app.window.grid.select_paths([item.path])
    app.window.editor.edit_made.emit(edits.set_field([item], "description:ar", "برج"))
    assert app.window.act_undo.text() == "Undo Edit Description (ar)"
