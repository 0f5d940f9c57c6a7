"""The grid's filter and sort, as a volunteer uses them on a batch."""
from __future__ import annotations

from test_volunteer_flow import drop_folder, items, loaded


def visible_names(app) -> list[str]:
    proxy = app.window.grid.proxy
    model = app.doc.model
    return [model.item_at(proxy.mapToSource(proxy.index(r, 0)).row()).name for r in range(proxy.rowCount())]


def test_filter_by_text_and_state_and_sort_by_title(make_app, photo_folder, qtbot):
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    grid = app.window.grid
    first = items(app)[0]
    grid.select_paths([first.path])
    app.window.editor.line_edits["title"].setText("Zeytinburnu (İstanbul) [north]")
    app.window.editor.line_edits["title"].editingFinished.emit()
    grid.search.setText("istanbul")    # case and accents do not matter: İ finds i
    assert visible_names(app) == [first.name]
    grid.search.setText("(istanbul) [")   # regex characters are just text
    assert visible_names(app) == [first.name]
    grid.search.setText("ankara")
    assert visible_names(app) == []
    grid.search.setText("")
    assert len(visible_names(app)) == 3
    grid.state.setCurrentIndex(grid.state.findData("ready"))
    assert visible_names(app) == []            # all three still have errors
    grid.state.setCurrentIndex(grid.state.findData("problem"))
    assert len(visible_names(app)) == 3
    grid.state.setCurrentIndex(0)
    qtbot.waitUntil(lambda: any(t.startswith("Zeytinburnu") for t in app.doc.titles.values()), timeout=5000)
    grid.sort.setCurrentIndex(grid.sort.findData("title"))
    assert visible_names(app)[-1] == first.name   # "Zeytinburnu…" sorts last
