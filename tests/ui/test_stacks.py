"""Stacks of similar photos in the grid (issue 13): turned on, each burst shows as one photo with
its count; Space opens it to compare; K keeps one and rejects the rest, in one undo step; "keep
the best of each stack" does it for every stack by stars; the state filter shows picks and stars."""
from __future__ import annotations

from PySide6.QtCore import Qt

from glamuploader.core.picks import pick_of
from glamuploader.ui.models import StackRole
from similarphotos import make_burst

from test_volunteer_flow import drop_folder, loaded


def _two_bursts(make_app, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    first = make_burst(folder, 11, "2026:05:14 19:10:00")
    second = make_burst(folder, 12, "2026:05:14 19:40:00")
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, 14), timeout=20000)
    return app, sorted(first.values()), sorted(second.values())


def _stack(app, qtbot):
    with qtbot.waitSignal(app.window.stacks.found, timeout=30000):
        app.window.stacks.action.setChecked(True)


def _shown(app):
    proxy = app.window.grid.proxy
    return [proxy.index(r, 0) for r in range(proxy.rowCount())]


def test_each_burst_is_one_photo_with_its_count_and_space_compares_it_k_keeps_one(make_app, tmp_path, qtbot):
    app, first, second = _two_bursts(make_app, tmp_path, qtbot)
    window, grid = app.window, app.window.grid
    by_path = {i.path: i for i in app.doc.batch.items}
    assert len(_shown(app)) == 14
    _stack(app, qtbot)
    shown = _shown(app)
    assert len(shown) == 2 and [i.data(StackRole) for i in shown] == [7, 7]
    assert "2 stack(s) of similar photos" in window.statusBar().currentMessage()
    top = shown[0].data(Qt.ItemDataRole.ToolTipRole)
    assert top in first
    grid.select_paths([top])
    window.activateWindow()
    grid.view.setFocus()
    qtbot.waitUntil(grid.view.hasFocus, timeout=5000)
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)
    viewer = window.viewer
    assert window.central.currentWidget() is viewer and viewer.panes == 4 and sorted(viewer.paths) == first
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    kept = viewer.current()
    qtbot.keyClick(viewer, Qt.Key.Key_K)
    assert [pick_of(by_path[p]) for p in first].count("reject") == 6 and pick_of(by_path[kept]) == "pick"
    assert all(pick_of(by_path[p]) == "" for p in second)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert _shown(app)[0].data(Qt.ItemDataRole.ToolTipRole) == kept     # the kept one stands for the stack
    app.doc.undo.undo()
    assert all(pick_of(by_path[p]) == "" for p in first)


def test_keep_the_best_of_each_stack_keeps_the_most_stars_and_k_in_the_grid_keeps_the_selected(make_app, tmp_path, qtbot):
    app, first, second = _two_bursts(make_app, tmp_path, qtbot)
    window = app.window
    by_path = {i.path: i for i in app.doc.batch.items}
    _stack(app, qtbot)
    window.curation.mark_paths([second[3]], "rating", 4)
    window.curation.mark_paths([second[5]], "rating", 2)
    assert window.stacks.keep_best_action.isEnabled()
    window.stacks.keep_best_action.trigger()
    assert pick_of(by_path[second[3]]) == "pick" and [pick_of(by_path[p]) for p in second].count("reject") == 6
    assert pick_of(by_path[first[0]]) == "pick" and [pick_of(by_path[p]) for p in first].count("reject") == 6
    assert app.doc.undo.undoText().startswith("Keep one, reject 12")
    app.doc.undo.undo()
    assert all(pick_of(by_path[p]) == "" for p in first + second)
    window.stacks.action.setChecked(False)                        # all photos again
    assert len(_shown(app)) == 14
    window.stacks.action.setChecked(True)
    qtbot.waitUntil(lambda: len(_shown(app)) == 2, timeout=30000)
    window.grid.select_paths([_shown(app)[1].data(Qt.ItemDataRole.ToolTipRole)])
    window.activateWindow()
    window.grid.view.setFocus()
    qtbot.waitUntil(window.grid.view.hasFocus, timeout=5000)
    qtbot.keyClick(window.grid.view, Qt.Key.Key_K)
    chosen = _shown(app)[1].data(Qt.ItemDataRole.ToolTipRole)
    assert pick_of(by_path[chosen]) == "pick" and [pick_of(by_path[p]) for p in second].count("reject") == 6


def test_stacking_can_be_cancelled_and_k_on_a_photo_in_no_stack_says_why(make_app, tmp_path, qtbot):
    app, first, _second = _two_bursts(make_app, tmp_path, qtbot)
    window = app.window
    window.stacks.action.setChecked(True)
    assert window.stacks.bar.isVisibleTo(window) and window.stacks.cancel.isVisibleTo(window)
    qtbot.mouseClick(window.stacks.cancel, Qt.MouseButton.LeftButton)
    assert not window.stacks.action.isChecked() and not window.stacks.bar.isVisibleTo(window)
    qtbot.wait(1500)                                              # the search ends unseen
    assert len(_shown(app)) == 14 and not app.doc.model.stack_sizes
    window.grid.select_paths([first[0]])
    window.stacks.keep_selected()
    assert "no stack" in window.statusBar().currentMessage()
    assert pick_of(app.doc.batch.items[0]) == ""


def test_the_state_filter_shows_the_picks_what_is_left_and_the_starred(make_app, tmp_path, qtbot):
    app, first, second = _two_bursts(make_app, tmp_path, qtbot)
    window, grid = app.window, app.window.grid
    window.curation.mark_paths(first[:2], "pick", "pick")
    window.curation.mark_paths(first[2:5], "pick", "reject")
    window.curation.mark_paths([second[0]], "rating", 4)
    window.curation.mark_paths([second[1]], "rating", 1)

    def choose(label):
        grid.state.setCurrentIndex(grid.state.findText(label))
        return sorted(i.data(Qt.ItemDataRole.ToolTipRole) for i in _shown(app))
    assert choose("Picked") == sorted(first[:2])
    assert len(choose("Not rejected")) == 11
    assert len(choose("Not marked yet")) == 14 - 2 - 3 - 2
    assert choose("With one star or more") == sorted(second[:2])
    assert choose("With three stars or more") == [second[0]]
    assert len(choose("rejected")) == 3
    assert len(choose("All files")) == 14
