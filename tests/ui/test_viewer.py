"""The viewer (issue 13): Space opens the selected photo filling the window, decoded off the GUI
thread with its orientation applied; the arrows move through the photos as the grid shows them,
the next ones decoded ahead; P/X/0-5 cull there too; Esc goes back with that photo selected."""
from __future__ import annotations

from PySide6.QtCore import Qt

from similarphotos import make_burst

from test_volunteer_flow import drop_folder, loaded


def _walk(make_app, tmp_path, qtbot):
    folder = tmp_path / "walk"
    folder.mkdir()
    make_burst(folder, 1, "2026:05:14 19:10:00")          # 7 photos, one stored sideways
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, 7), timeout=20000)
    return app


def test_space_opens_the_photo_the_arrows_move_on_with_read_ahead_and_esc_comes_back(make_app, tmp_path, qtbot):
    app = _walk(make_app, tmp_path, qtbot)
    window, grid = app.window, app.window.grid
    items = app.doc.batch.items
    grid.select_paths([items[0].path])
    window.activateWindow()
    grid.view.setFocus()
    qtbot.waitUntil(grid.view.hasFocus, timeout=5000)
    viewer = window.viewer
    with qtbot.waitSignal(viewer.shown, timeout=10000):
        qtbot.keyClick(grid.view, Qt.Key.Key_Space)
    assert window.central.currentWidget() is viewer and viewer.current() == items[0].path
    assert not window.problems_dock.isVisible()                      # the whole window for the photo
    image = viewer.images[items[0].path]
    assert (image.width(), image.height()) == (600, 450)           # its own size: never blown up
    qtbot.waitUntil(lambda: all(i.path in viewer.images for i in items[1:3]), timeout=10000)  # ahead
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current() == items[1].path and items[1].path in viewer.images   # at once: decoded ahead
    sideways = next(i for i in items if i.name.endswith("sideways.jpg"))
    viewer.go(viewer.paths.index(sideways.path) - viewer.index)
    qtbot.waitUntil(lambda: sideways.path in viewer.images, timeout=10000)
    turned = viewer.images[sideways.path]
    assert (turned.width(), turned.height()) == (600, 450)          # stored 450 x 600, shown upright
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert window.central.currentWidget() is window.splitter and grid.selected_paths() == [sideways.path]
    assert window.problems_dock.isVisible()


def test_culling_in_the_viewer_marks_the_photo_shown_and_moves_on(make_app, tmp_path, qtbot):
    app = _walk(make_app, tmp_path, qtbot)
    window, items = app.window, app.doc.batch.items
    window.grid.select_paths([items[2].path])
    window.curation.open_viewer()
    viewer = window.viewer
    qtbot.keyClick(viewer, Qt.Key.Key_X)
    assert items[2].meta.pick == "reject" and viewer.current() == items[3].path
    qtbot.keyClick(viewer, Qt.Key.Key_5)
    assert items[3].meta.rating == 5 and viewer.current() == items[4].path
    app.doc.undo.undo()
    assert items[3].meta.rating is None


def test_only_a_few_pictures_are_kept_decoded_however_far_one_goes(make_app, tmp_path, qtbot):
    from glamuploader.ui.viewer import KEPT
    app = _walk(make_app, tmp_path, qtbot)
    viewer = app.window.viewer
    app.window.grid.select_paths([app.doc.batch.items[0].path])
    app.window.curation.open_viewer()
    for _ in range(6):
        viewer.go(1)
        qtbot.waitUntil(lambda: viewer.current() in viewer.images, timeout=10000)
    qtbot.wait(200)
    assert len(viewer.images) <= KEPT


def test_the_window_hashes_each_picture_from_its_thumbnail_as_similar_does(make_app, tmp_path, qtbot):
    """Issue 13: the likeness hash comes from the thumbnail the window makes anyway, and is the
    one `glamuploader similar` would make (so both group the same photos)."""
    from glamuploader.media.picturehash import picture_hash
    app = _walk(make_app, tmp_path, qtbot)
    items = app.doc.batch.items
    view = app.window.grid.view
    for row in range(len(items)):                    # each thumbnail shown once, as scrolling does
        view.scrollTo(view.model().index(row, 0))
        view.viewport().repaint()
        qtbot.wait(50)
    qtbot.waitUntil(lambda: all(len(i.facts.picture_hash) == 32 for i in items), timeout=20000)
    for item in items:
        assert item.facts.picture_hash == picture_hash(item.path, item.facts.sha1, app.doc.thumb_cache)
    sideways = next(i for i in items if i.name.endswith("sideways.jpg"))
    base = next(i for i in items if i.name.endswith("base.jpg"))
    from glamuploader.core.similar import distance
    assert distance(sideways.facts.picture_hash, base.facts.picture_hash) <= 4
