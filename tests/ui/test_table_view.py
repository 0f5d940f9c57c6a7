"""The table view (issue 11): a row per file, a column per field; cells edit in place, a block
pasted from a spreadsheet fills the cells it covers, Ctrl+D fills down, find and replace works
in a column, and each of these is one step of undo."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from test_volunteer_flow import drop_folder, loaded

from glamuploader.core.kit import Kit


def _table(make_app, qtbot, tmp_path, n: int = 5):
    from corpus import make_jpeg
    from wikitools import noise
    folder = tmp_path / "scans"
    folder.mkdir()
    for k in range(n):
        make_jpeg(folder / f"A0000{k}.jpg", image=noise((32, 24)))
    app = make_app()
    app.doc.set_kit(Kit(description_template="Artwork"), "museum")
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, n), timeout=10000)
    app.window.grid.as_table.click()                   # a person switches the view with the button
    table = app.window.table
    assert app.window.grid.table_shown() and table.isVisibleTo(app.window)
    return app, table


def _column(table, key: str) -> int:
    model = table.table_model
    return model.columns.index(key) + 1


def _index(table, row: int, key: str):
    return table.proxy.mapFromSource(table.table_model.index(row, _column(table, key)))


def test_the_table_has_every_field_of_the_artwork_page_and_a_cell_edits_in_place(make_app, qtbot, tmp_path):
    app, table = _table(make_app, qtbot, tmp_path)
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(table.model().columnCount())]
    for wanted in ("file name", "planned title", "title", "licence", "description (en)", "categories",
                   "Artist", "Accession number", "Credit line", "Dimensions"):   # the parameters, in words
        assert wanted in headers, wanted
    from PySide6.QtWidgets import QLineEdit
    index = _index(table, 0, "field:artist")
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)               # F2 opens the cell, as in a spreadsheet
    editor = table.findChildren(QLineEdit)[-1]
    qtbot.keyClicks(editor, "Robert Blake")
    qtbot.keyClick(editor, Qt.Key.Key_Return)          # the delegate commits in the next turn
    first = app.doc.batch.items[0]
    qtbot.waitUntil(lambda: first.meta.fields.get("artist") == "Robert Blake", timeout=2000)
    assert app.window.act_undo.text() == "Undo Edit Artist"              # the parameter in words
    app.doc.undo.undo()
    assert "artist" not in first.meta.fields


def test_a_pasted_three_by_five_block_fills_the_cells_it_covers_in_one_undo_step(make_app, qtbot, tmp_path):
    app, table = _table(make_app, qtbot, tmp_path)
    items = app.doc.batch.items
    table.setCurrentIndex(_index(table, 0, "field:title"))
    block = "\n".join(f"Study {k}\tc.178{k}\tGraphite on paper {k}" for k in range(5))
    columns = table.table_model.columns
    at = columns.index("field:title")
    assert columns[at + 1:at + 3] == ["field:date", "field:medium"]   # the block goes right
    QGuiApplication.clipboard().setText(block + "\n")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    keys = columns[at:at + 3]
    for k, item in enumerate(items):
        values = [table.table_model.data(table.table_model.index(k, _column(table, key))) for key in keys]
        assert values == [f"Study {k}", f"c.178{k}", f"Graphite on paper {k}"]
    assert app.window.act_undo.text() == "Undo Paste 15 cell(s)"
    app.doc.undo.undo()                                # one step takes all 15 back
    assert all(not item.meta.fields.get("title") and not item.meta.fields.get("medium") for item in items)


def test_fill_down_copies_the_top_cell_into_the_selected_ones_and_undo_takes_it_back(make_app, qtbot, tmp_path):
    app, table = _table(make_app, qtbot, tmp_path)
    items = app.doc.batch.items
    top = _index(table, 0, "field:credit line")
    assert table.model().setData(top, "Presented by Mrs John Richmond 1922")
    selection = QItemSelection(top, _index(table, 4, "field:credit line"))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert {i.meta.fields.get("credit line") for i in items} == {"Presented by Mrs John Richmond 1922"}
    assert app.window.act_undo.text() == "Undo Fill down"
    app.doc.undo.undo()
    assert [bool(i.meta.fields.get("credit line")) for i in items] == [True, False, False, False, False]


def test_find_and_replace_in_one_column_and_the_grid_filter_applies_to_the_table(make_app, qtbot, tmp_path):
    app, table = _table(make_app, qtbot, tmp_path)
    items = app.doc.batch.items
    for k, item in enumerate(items):
        table.model().setData(_index(table, k, "field:medium"), "Graphite on papr" if k % 2 else "Oil on canvas")
    table.setCurrentIndex(_index(table, 0, "field:medium"))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = app.window.last_message
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    dialog.find.setText("papr")
    dialog.replace.setText("paper")
    dialog.accept()
    assert [i.meta.fields["medium"] for i in items] == ["Oil on canvas", "Graphite on paper"] * 2 + ["Oil on canvas"]
    assert app.window.act_undo.text() == "Undo Replace in Medium"

    app.window.grid.search.setText("A00003")          # the grid's filter, in the table too
    assert table.model().rowCount() == 1
    app.window.grid.search.clear()
    assert table.model().rowCount() == 5


def test_the_selection_in_the_table_is_what_the_editor_shows_and_switching_views_keeps_it(make_app, qtbot, tmp_path):
    app, table = _table(make_app, qtbot, tmp_path)
    items = app.doc.batch.items
    row = table.proxy.mapFromSource(table.table_model.index(2, 1))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(row, flags)   # (selectRow would read modifiers left by other tests' keys)
    assert [i.path for i in app.window.editor.items] == [items[2].path]
    app.window.grid.as_table.click()                   # back to the grid: the same file selected
    assert not app.window.grid.table_shown()
    assert app.window.grid.selected_paths() == [items[2].path]


def test_uploaded_files_cannot_be_changed_in_the_table(make_app, qtbot, tmp_path):
    from glamuploader.core.item import ItemState
    app, table = _table(make_app, qtbot, tmp_path)
    app.doc.batch.items[1].upload.state = ItemState.UPLOADED
    index = _index(table, 1, "title")
    assert not (table.model().flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert not table.model().setData(index, "Changed after upload")


def test_the_editor_shows_the_artwork_fields_and_a_change_is_one_undo_step(make_app, qtbot, tmp_path):
    app, table = _table(make_app, qtbot, tmp_path)
    app.window.grid.as_table.click()                    # back to the grid
    items = app.doc.batch.items
    museum = app.window.editor.museum
    app.window.grid.select_paths([items[0].path, items[1].path])
    assert museum.isVisibleTo(app.window.editor)
    assert list(museum.edits)[:8] == ["field:artist", "field:title", "field:date", "field:medium",
                                      "field:dimensions", "field:institution", "field:accession number",
                                      "field:credit line"]
    assert {"field:notes", "field:inscriptions", "field:object history", "field:wikidata"} <= set(museum.edits)
    artist = museum.edits["field:artist"]
    artist.setText("{{Creator:Robert Blake}}")
    artist.editingFinished.emit()
    assert [i.meta.fields.get("artist") for i in items[:3]] == ["{{Creator:Robert Blake}}"] * 2 + [None]
    app.window.grid.select_paths([items[1].path, items[2].path])   # one has it, one has not
    assert artist.text() == "" and "differs" in artist.placeholderText()
    app.doc.undo.undo()
    assert all("artist" not in i.meta.fields for i in items)
    app.doc.set_kit(Kit(description_template="Information"), "plain")
    app.window.grid.select_paths([items[0].path])
    qtbot.waitUntil(lambda: not museum.isVisibleTo(app.window.editor), timeout=2000)   # no museum page


def test_one_file_takes_its_own_page_template_and_its_fields_follow(make_app, qtbot, tmp_path):
    """A photo of a sculpture among paintings: {{Art Photo}} for it alone, with its fields."""
    app, table = _table(make_app, qtbot, tmp_path)
    app.window.grid.as_table.click()
    items = app.doc.batch.items
    editor = app.window.editor
    app.window.grid.select_paths([items[4].path])
    box = editor.page_box
    assert box.currentIndex() == 0 and box.itemText(0) == "{{Artwork}} — from the batch defaults"
    box.setCurrentIndex(box.findData("Art Photo"))
    box.activated.emit(box.currentIndex())
    assert items[4].meta.description_template == "Art Photo"
    qtbot.waitUntil(lambda: "field:artwork license" in editor.museum.edits, timeout=2000)
    assert "field:credit line" not in editor.museum.edits          # Artwork's fields are not Art Photo's
    from glamuploader.core.wikitext import render_page
    assert "{{Art Photo" in render_page(items[4], app.doc.batch.kit)
    assert "{{Artwork" in render_page(items[0], app.doc.batch.kit)
    app.window.grid.as_table.click()                                 # the table has both templates' fields
    qtbot.waitUntil(lambda: "field:artwork license" in table.table_model.columns, timeout=2000)
    assert "field:credit line" in table.table_model.columns
    app.doc.undo.undo()
    assert items[4].meta.description_template == ""
