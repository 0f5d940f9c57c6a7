"""Choosing depicts items and categories from suggestions, online and then offline from the cache.

Items come from the Wikidata search STAND-IN (tests/standin/wikidata_search.py); categories
from the real sandbox wiki.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_volunteer_flow import drop_folder, items, loaded

pytestmark = pytest.mark.wiki


def choose_first_suggestion(qtbot, field, typed: str) -> str:
    field.entry.setFocus()
    qtbot.waitUntil(lambda: field.entry.hasFocus() and not field.entry.text(), timeout=3000)
    qtbot.keyClicks(field.entry, typed)
    popup = field.completer.popup()
    qtbot.waitUntil(lambda: field.suggestions.rowCount() > 0 and popup.isVisible(), timeout=15000)
    first = field.suggestions.item(0)
    popup.setCurrentIndex(field.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return first.data(Qt.ItemDataRole.UserRole)


@pytest.fixture()
def app(make_app, sandbox, sandbox_categories, wikidata_standin, photo_folder, qtbot):
    controller = make_app(start=False)
    controller.settings.set("target", "sandbox")
    controller.settings.set("wikidata_api", wikidata_standin.url)
    controller.start()
    drop_folder(controller.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(controller, 3), timeout=10000)
    controller.window.grid.select_paths([i.path for i in items(controller)])
    return controller


def test_choosing_a_depicts_item_and_a_category_from_the_suggestions_adds_them_to_every_selected_file(app, qtbot):
    editor = app.window.editor
    qid = choose_first_suggestion(qtbot, editor.lists["depicts"], "Kazan")
    assert qid == "Q900"
    qtbot.waitUntil(lambda: all(i.meta.depicts == ["Q900"] for i in items(app)), timeout=3000)
    assert "Kazan" in editor.lists["depicts"].suggestions.item(0).text()   # label and Q-id shown
    name = choose_first_suggestion(qtbot, editor.lists["categories"], "Kazan K")
    assert name == "Kazan Kremlin"
    qtbot.waitUntil(lambda: all(i.meta.categories == ["Kazan Kremlin"] for i in items(app)), timeout=3000)
    app.window.act_undo.trigger()
    assert all(i.meta.categories == [] for i in items(app))


def test_after_one_online_search_suggestions_still_come_offline_and_the_window_says_so(
        app, wikidata_standin, qtbot):
    editor = app.window.editor
    choose_first_suggestion(qtbot, editor.lists["depicts"], "Kazan")
    qtbot.waitUntil(lambda: all(i.meta.depicts == ["Q900"] for i in items(app)), timeout=3000)
    assert app.window.lookup_state.text() in ("", "Online")
    wikidata_standin.stop()
    qid = choose_first_suggestion(qtbot, editor.lists["depicts"], "Kaz")
    assert qid == "Q900"   # from the cache
    qtbot.waitUntil(lambda: "Offline" in app.window.lookup_state.text(), timeout=15000)


def test_a_category_missing_on_the_wiki_is_a_warning_with_the_closest_existing_one(app, qtbot):
    editor = app.window.editor
    editor.lists["categories"].add_value("Kazan kremlin")
    qtbot.waitUntil(lambda: any(p.code == "category-not-on-wiki" for p in app.doc.problems), timeout=20000)
    warning = next(p for p in app.doc.problems if p.code == "category-not-on-wiki")
    assert warning.params["suggestion"] == "Kazan Kremlin" and not warning.is_error
    panel = app.window.problems
    assert "Kazan Kremlin" in panel.index_of(warning, 2).data()
    app.window.act_undo.trigger()
    qtbot.waitUntil(lambda: not any(p.code == "category-not-on-wiki" for p in app.doc.problems), timeout=20000)
