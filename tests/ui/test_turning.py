"""Turning photos in the window (issue 13): ] and [ turn the selected photos a quarter, as the
copy sent will be turned (its orientation tag; the file stays as it is); the grid and the viewer
show them turned at once, undo turns them back, the batch keeps the turn, and a PNG says it
cannot be turned."""
from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt

from similarphotos import make_burst

from test_volunteer_flow import drop_folder, loaded


def test_brackets_turn_the_selected_photos_in_the_grid_and_the_viewer_and_undo_turns_back(make_app, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    make_burst(folder, 21, "2026:05:14 19:10:00")
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, 7), timeout=20000)
    window, grid, items = app.window, app.window.grid, app.doc.batch.items
    before = open(items[0].path, "rb").read()
    grid.select_paths([items[0].path, items[1].path])
    window.activateWindow()
    grid.view.setFocus()
    qtbot.waitUntil(grid.view.hasFocus, timeout=5000)
    qtbot.keyClick(grid.view, Qt.Key.Key_BracketRight)
    assert [items[0].meta.rotate, items[1].meta.rotate] == [90, 90]
    assert window.act_undo.text() == "Undo Turn right"
    qtbot.keyClick(grid.view, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(grid.view, Qt.Key.Key_BracketLeft)
    assert [items[0].meta.rotate, items[1].meta.rotate] == [270, 270]
    grid.select_paths([items[0].path])
    window.curation.open_viewer()
    viewer = window.viewer
    qtbot.waitUntil(lambda: items[0].path in viewer.images, timeout=10000)
    shown = viewer.images[items[0].path]
    assert (shown.width(), shown.height()) == (450, 600)            # a 600 x 450 photo, turned
    qtbot.keyClick(viewer, Qt.Key.Key_BracketRight)                   # back upright
    viewer.repaint()
    shown = viewer.images[items[0].path]
    assert items[0].meta.rotate == 0 and (shown.width(), shown.height()) == (600, 450)
    app.doc.undo.undo()                                               # 270 again, shown so
    viewer.repaint()
    shown = viewer.images[items[0].path]
    assert items[0].meta.rotate == 270 and (shown.width(), shown.height()) == (450, 600)
    assert open(items[0].path, "rb").read() == before                # the file itself never changes
    from glamuploader.store.batchfile import load_batch
    app.doc.save_now()
    qtbot.waitUntil(lambda: _turns(load_batch, app) == [0, 0, 0, 0, 0, 270, 270], timeout=10000)


def _turns(load_batch, app):
    try:
        return sorted(i.meta.rotate for i in load_batch(app.doc.batch.path).items)
    except Exception:  # being written
        return None


def test_a_png_turned_says_it_cannot_be_turned_without_re_encoding(make_app, tmp_path, qtbot):
    folder = tmp_path / "scans"
    folder.mkdir()
    Image.new("RGB", (80, 60), (10, 120, 200)).save(folder / "scan.png")
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, 1), timeout=20000)
    scan = app.doc.batch.items[0]
    app.window.curation.turn([scan.path], 90)
    qtbot.waitUntil(lambda: any(p.code == "rotate-unsupported" for p in app.doc.problems), timeout=10000)
    problem = next(p for p in app.doc.problems if p.code == "rotate-unsupported")
    assert problem.item == scan.path and problem.field == "rotate"
    app.doc.undo.undo()
    qtbot.waitUntil(lambda: not any(p.code == "rotate-unsupported" for p in app.doc.problems), timeout=10000)
