"""The compare view and 100 % zoom (issue 13): C shows the selected photos side by side, the one
clicked is the one the keys act on, K keeps it and rejects the others (one undo step); Z shows
the photos at 100 %, decoded whole on workers, and dragging pans all of them together."""
from __future__ import annotations

from PIL import ImageDraw
from PySide6.QtCore import QPoint, Qt

from corpus import make_jpeg
from glamuploader.core.picks import pick_of
from similarphotos import make_burst, scene

from test_volunteer_flow import drop_folder, loaded


def _open(make_app, folder, qtbot, count):
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, count), timeout=20000)
    app.window.resize(1200, 800)
    return app


def _centre_of_pane(viewer, n):
    x, y, w, h = viewer._cells()[n]
    return QPoint(int(x + w / 2), int(y + h / 2))


def test_c_compares_the_selected_photos_the_one_clicked_is_kept_the_rest_rejected_in_one_undo(make_app, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    make_burst(folder, 3, "2026:05:14 19:10:00")
    app = _open(make_app, folder, qtbot, 7)
    window, grid, items = app.window, app.window.grid, app.doc.batch.items
    three = [items[1].path, items[4].path, items[2].path]
    grid.select_paths(three)
    window.activateWindow()
    grid.view.setFocus()
    qtbot.waitUntil(grid.view.hasFocus, timeout=5000)
    viewer = window.viewer
    qtbot.keyClick(grid.view, Qt.Key.Key_C)
    assert window.central.currentWidget() is viewer
    assert viewer.panes == 3 and viewer.visible() == [items[1].path, items[2].path, items[4].path]  # in grid order
    qtbot.waitUntil(lambda: all(p in viewer.images for p in viewer.visible()), timeout=10000)
    cells = viewer._cells()
    assert cells[0][0] < cells[1][0] < cells[2][0] and cells[0][1] == cells[2][1]    # side by side
    qtbot.mouseClick(viewer, Qt.MouseButton.LeftButton, pos=_centre_of_pane(viewer, 1))
    assert viewer.current() == items[2].path
    qtbot.keyClick(viewer, Qt.Key.Key_K)
    assert [pick_of(items[n]) for n in (1, 2, 4)] == ["reject", "pick", "reject"]
    assert pick_of(items[0]) == ""                          # not compared: untouched
    assert app.doc.undo.undoText().startswith("Keep one, reject 2")
    app.doc.undo.undo()                                          # one step takes all three back
    assert [pick_of(items[n]) for n in (1, 2, 4)] == [""] * 3
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert sorted(grid.selected_paths()) == sorted(three)       # back with the compared selected


def test_one_photo_selected_is_not_a_comparison_and_says_so(make_app, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    make_burst(folder, 4, "2026:05:14 19:10:00")
    app = _open(make_app, folder, qtbot, 7)
    app.window.grid.select_paths([app.doc.batch.items[0].path])
    app.window.curation.open_compare()
    assert app.window.central.currentWidget() is app.window.splitter
    assert "two to four" in app.window.statusBar().currentMessage()


def test_more_than_four_compared_are_paged_through_with_the_arrows(make_app, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    make_burst(folder, 5, "2026:05:14 19:10:00")
    app = _open(make_app, folder, qtbot, 7)
    paths = [i.path for i in app.doc.batch.items]
    app.window.curation.open_compare(paths[:6])
    viewer = app.window.viewer
    assert viewer.panes == 4 and viewer.visible() == paths[:4]
    for _ in range(4):
        qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current() == paths[4] and viewer.visible() == paths[1:5]
    qtbot.keyClick(viewer, Qt.Key.Key_X)                          # the framed one
    assert app.doc.batch.items[4].meta.pick == "reject" and viewer.current() == paths[5]


def _big_photos(folder, count):
    paths = []
    for n in range(count):
        image = scene(40 + n, (3000, 2000))
        ImageDraw.Draw(image).rectangle((2800, 1800, 2999, 1999), fill=(255, 0, 0))   # a mark in a corner
        paths.append(make_jpeg(folder / f"big{n}.jpg", image=image, quality=90, taken="2026:05:14 19:10:00",
                               with_thumbnail=False, gps=None))
    return paths


def test_z_shows_the_whole_picture_at_100_percent_and_dragging_pans_the_compared_photos_together(make_app, tmp_path, qtbot):
    folder = tmp_path / "scans"
    folder.mkdir()
    _big_photos(folder, 2)
    app = _open(make_app, folder, qtbot, 2)
    viewer = app.window.viewer
    app.window.curation.open_compare([i.path for i in app.doc.batch.items])
    qtbot.waitUntil(lambda: all(p in viewer.images for p in viewer.visible()), timeout=10000)
    fitted = viewer.images[viewer.current()]
    assert max(fitted.width(), fitted.height()) < 3000               # fitted: decoded at screen size
    viewer.setFocus()
    with qtbot.waitSignal(viewer.sharp, timeout=20000):
        qtbot.keyClick(viewer, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: all(p in viewer.full for p in viewer.visible()), timeout=20000)
    assert all((viewer.full[p].width(), viewer.full[p].height()) == (3000, 2000) for p in viewer.visible())
    assert viewer.centre == (0.5, 0.5)
    pane = _centre_of_pane(viewer, 0)
    qtbot.mousePress(viewer, Qt.MouseButton.LeftButton, pos=pane)
    for step in range(1, 11):                                        # drag 300 px to the left and up
        qtbot.mouseMove(viewer, pane - QPoint(30 * step, 20 * step))
    qtbot.mouseRelease(viewer, Qt.MouseButton.LeftButton, pos=pane - QPoint(300, 200))
    ratio = viewer.devicePixelRatioF()
    assert abs(viewer.centre[0] - (0.5 + 300 * ratio / 3000)) < 0.02   # one screen pixel, one picture pixel
    assert abs(viewer.centre[1] - (0.5 + 200 * ratio / 2000)) < 0.02
    picture = viewer.grab().toImage()
    x, y, w, h = viewer._cells()[1]
    # both panes at the same point of their pictures: the second shows the same corner of its picture
    from glamuploader.ui.viewerlayout import at_full_size
    first = at_full_size(viewer._cells()[0], (3000, 2000), viewer.centre, ratio)[0]
    second = at_full_size(viewer._cells()[1], (3000, 2000), viewer.centre, ratio)[0]
    assert first == second
    for _ in range(30):                                              # Shift+arrows: to the red corner
        qtbot.keyClick(viewer, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(viewer, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.centre == (1.0, 1.0)
    picture = viewer.grab().toImage()
    corner = picture.pixelColor(int((x + w / 2 + min(w, 3000 / ratio) / 2) - 20), int(y + h / 2 + min(h, 2000 / ratio) / 2 - 20))
    assert corner.red() > 200 and corner.green() < 60                # the mark, at its own size
    qtbot.keyClick(viewer, Qt.Key.Key_Z)
    assert not viewer.zoomed


def test_a_file_that_cannot_be_decoded_shows_words_not_a_dark_screen(make_app, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    make_burst(folder, 6, "2026:05:14 19:10:00")
    app = _open(make_app, folder, qtbot, 7)
    broken = app.doc.batch.items[0]
    data = open(broken.path, "rb").read()
    with open(broken.path, "wb") as f:                 # cut off after import, as a card pulled out
        f.write(data[:600])
    app.window.grid.select_paths([broken.path])
    app.window.curation.open_viewer()
    viewer = app.window.viewer
    qtbot.waitUntil(lambda: broken.path in viewer.images, timeout=10000)
    assert viewer.images[broken.path].isNull()
    picture = viewer.grab().toImage()
    middle = [picture.pixelColor(x, picture.height() // 2).lightness() for x in range(0, picture.width(), 2)]
    assert max(middle) > 180                           # words drawn across the middle
