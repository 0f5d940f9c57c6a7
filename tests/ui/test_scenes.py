"""Scenes in the window (issue 13): S selects the photos of the current photo's scene, and the
editor then gives all of them a category and a description at once (one undo step)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from corpus import make_jpeg
from wikitools import noise

from test_volunteer_flow import drop_folder, loaded


def test_s_selects_the_scene_and_the_editor_gives_all_of_it_a_category_at_once(make_app, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    for name, time in (("a1", "10:00:00"), ("a2", "10:04:00"), ("a3", "10:09:00"),
                       ("b1", "11:30:00"), ("b2", "11:31:00")):
        make_jpeg(folder / f"{name}.jpg", image=noise((48, 32)), taken=f"2026:05:14 {time}", gps=None)
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, 5), timeout=20000)
    window, grid = app.window, app.window.grid
    by_name = {i.name: i for i in app.doc.batch.items}
    grid.select_paths([by_name["a2.jpg"].path])
    window.activateWindow()
    grid.view.setFocus()
    qtbot.waitUntil(grid.view.hasFocus, timeout=5000)
    qtbot.keyClick(grid.view, Qt.Key.Key_S)
    assert sorted(grid.selected_paths()) == sorted(by_name[n].path for n in ("a1.jpg", "a2.jpg", "a3.jpg"))
    assert "3 photo(s) of this scene selected" in window.statusBar().currentMessage()
    assert window.scenes.action in window.menu_edit.actions()
    editor = window.editor
    qtbot.waitUntil(lambda: len(editor.items) == 3, timeout=5000)
    editor.lists["categories"].add_value("Kazan Kremlin")
    assert [by_name[n].meta.categories for n in sorted(by_name)] == [["Kazan Kremlin"]] * 3 + [[], []]
    app.doc.undo.undo()
    assert all(not i.meta.categories for i in by_name.values())
