"""Culling a walk with one key a photo (issue 13): P picks, X rejects, U unmarks, 0-5 give
stars, in the grid and the table; each is undoable, the next photo is selected after it, a
rejected photo says so on its thumbnail and leaves the Problems panel, and the batch keeps it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from test_volunteer_flow import window_with_photos


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def test_keys_in_the_grid_pick_reject_and_rate_moving_on_and_undo_takes_each_back(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    window, grid = app.window, app.window.grid
    items = app.doc.batch.items
    grid.select_paths([items[0].path])
    window.activateWindow()
    _focus(qtbot, grid.view)
    qtbot.keyClick(grid.view, Qt.Key.Key_P)
    assert items[0].meta.pick == "pick" and grid.selected_paths() == [items[1].path]   # moved on
    qtbot.keyClick(grid.view, Qt.Key.Key_X)
    assert items[1].meta.pick == "reject" and grid.selected_paths() == [items[2].path]
    qtbot.keyClick(grid.view, Qt.Key.Key_4)
    assert items[2].meta.rating == 4
    assert window.act_undo.text() == "Undo Stars: 4"
    from glamuploader.ui.models import BadgeRole
    row = app.doc.model.row_of(items[1].path)
    assert app.doc.model.data(app.doc.model.index(row), BadgeRole) == "rejected"
    qtbot.waitUntil(lambda: not [p for p in app.doc.problems if p.item == items[1].path], timeout=10000)
    app.doc.undo.undo()
    app.doc.undo.undo()
    assert items[2].meta.rating is None and items[1].meta.pick == ""
    app.doc.undo.redo()
    assert items[1].meta.pick == "reject"
    from glamuploader.store.batchfile import load_batch
    app.doc.save_now()                                   # written on a worker, as the window does

    def kept():
        try:
            return sorted((i.meta.pick, i.meta.rating or 0) for i in load_batch(app.doc.batch.path).items)
        except Exception:
            return None
    qtbot.waitUntil(lambda: kept() == [("", 0), ("pick", 0), ("reject", 0)], timeout=10000)


def test_the_same_keys_work_in_the_table_and_for_many_files_at_once(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    window, grid = app.window, app.window.grid
    grid.show_table(True)
    items = app.doc.batch.items
    grid.select_paths([i.path for i in items])
    window.activateWindow()
    _focus(qtbot, window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_X)
    assert all(i.meta.pick == "reject" for i in items) and len(grid.selected_paths()) == 3   # no moving on
    assert window.act_undo.text() == "Undo Reject"
    qtbot.keyClick(window.table, Qt.Key.Key_U)
    assert all(i.meta.pick == "none" for i in items)


def test_a_p_typed_in_a_text_field_is_a_letter_not_a_pick(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    app.window.grid.select_paths([app.doc.batch.items[0].path])
    title = app.window.editor.line_edits["title"]
    app.window.activateWindow()
    _focus(qtbot, title)
    qtbot.keyClicks(title, "Pxu5")
    assert title.text() == "Pxu5" and app.doc.batch.items[0].meta.pick == ""


def test_sorting_by_picks_and_stars_puts_the_best_first_and_the_rejected_last(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    grid, items = app.window.grid, app.doc.batch.items
    marks = [("pick", 2), ("reject", 5), ("", 4)]
    for item, (pick, stars) in zip(items, marks):
        app.window.curation.mark_paths([item.path], "rating", stars)
        if pick:
            app.window.curation.mark_paths([item.path], "pick", pick)
    grid.sort.setCurrentIndex(grid.sort.findData("stars"))
    shown = app.window.curation.shown_paths()
    assert shown == [items[0].path, items[2].path, items[1].path]    # picked, then 4 stars, rejected last


def test_going_on_after_a_mark_can_be_turned_off_from_the_edit_menu_and_stays_off(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    window, grid = app.window, app.window.grid
    items = app.doc.batch.items
    toggle = window.curation.move_on_action
    assert toggle in window.menu_edit.actions() and toggle.isChecked()
    toggle.trigger()                                       # as the menu entry does
    assert window.settings.get("cull_move_on") == 0
    grid.select_paths([items[0].path])
    window.activateWindow()
    _focus(qtbot, grid.view)
    qtbot.keyClick(grid.view, Qt.Key.Key_3)
    assert items[0].meta.rating == 3 and grid.selected_paths() == [items[0].path]      # stayed
    window.curation.open_viewer()
    qtbot.keyClick(window.viewer, Qt.Key.Key_P)
    assert items[0].meta.pick == "pick" and window.viewer.current() == items[0].path
