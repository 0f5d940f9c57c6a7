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


def test_removing_files_asks_when_some_are_uploaded_or_edited_and_undo_puts_them_back(
        make_app, photo_folder, qtbot):
    from PySide6.QtWidgets import QMessageBox
    app = make_app()
    from test_volunteer_flow import drop_folder, loaded
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    window, doc = app.window, app.doc
    first, second, third = doc.batch.items
    window.grid.select_paths([third.path])                 # untouched: gone at once, no question
    window.act_remove.trigger()
    assert [i.path for i in doc.batch.items] == [first.path, second.path]
    assert window.act_undo.text() == "Undo Remove 1 file(s)"
    doc.undo.undo()
    assert [i.path for i in doc.batch.items] == [first.path, second.path, third.path]

    doc.apply_edit(edits.set_field([second], "title", "Söyembikä Tower"), "title")
    window.grid.select_paths([first.path, second.path, third.path])
    window.act_remove.trigger()
    box = window.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "have titles, descriptions" in box.text() and "Undo puts them back" in box.text()
    assert len(doc.batch.items) == 3                        # nothing gone before the answer
    next(b for b in box.buttons() if b.text() == "Remove").click()
    assert doc.batch.items == []
    doc.undo.undo()
    assert [i.path for i in doc.batch.items] == [first.path, second.path, third.path]
    assert doc.batch.items[1].meta.title == "Söyembikä Tower"
    assert doc.model.rowCount() == 3 and doc.model.index(1).data() is not None


def test_the_model_removes_and_restores_runs_of_rows_not_row_by_row(qtbot):
    from glamuploader.core.item import MediaItem
    from glamuploader.ui.models import BatchModel
    model = BatchModel()
    model.append([MediaItem(path=f"/p/{n:04d}.jpg") for n in range(2000)])
    signals = []
    model.rowsAboutToBeRemoved.connect(lambda parent, first, last: signals.append((first, last)))
    gone = model.remove({f"/p/{n:04d}.jpg" for n in list(range(10, 1010)) + list(range(1500, 1600))})
    assert signals == [(1500, 1599), (10, 1009)] and model.rowCount() == 900
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.restore(gone)
    assert inserted == [(10, 1009), (1500, 1599)]
    assert [i.path for i in model.batch.items] == [f"/p/{n:04d}.jpg" for n in range(2000)]


def test_the_batch_wiki_is_shown_and_changed_only_by_an_explicit_undoable_choice(make_app, tmp_path, qtbot):
    from glamuploader.core.batch import Batch
    from glamuploader.store.batchfile import save_batch
    from glamuploader.ui.preferences import PreferencesDialog
    path = str(tmp_path / "made-on-the-command-line.glam.yaml")
    save_batch(Batch(target="commons"), path)
    app = make_app(start=False)
    app.settings.set("target", "sandbox")                   # Preferences: new batches go to the sandbox
    app.start(open_path=path)
    qtbot.waitUntil(lambda: app.doc.batch.path == path, timeout=10000)
    window = app.window
    assert window.wiki_box.currentText() == "Wikimedia Commons"

    app.show_preferences()                                  # OK in Preferences leaves this batch alone
    dialog = app.preferences_dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.values()["target"] == "sandbox"
    dialog.accept()
    assert app.doc.batch.target == "commons" and app.settings.get("target") == "sandbox"

    window.wiki_box.setCurrentIndex(window.wiki_box.findData("sandbox"))
    window.wiki_box.activated.emit(window.wiki_box.currentIndex())
    assert app.doc.batch.target == "sandbox" and "Target: sandbox" in window.status_label.text()
    assert window.act_undo.text() == "Undo Upload to Local sandbox wiki (on this computer)"
    app.doc.undo.undo()
    assert app.doc.batch.target == "commons" and window.wiki_box.currentData() == "commons"


def test_after_a_language_switch_the_hints_follow_at_once_and_no_sort_label_is_cut(
        make_app, photo_folder, qtbot, tmp_path, monkeypatch):
    import setup as setup_py
    from PySide6.QtCore import QCoreApplication, QEvent
    compiled = tmp_path / "qm"
    compiled.mkdir()
    setup_py.compile_all(str(compiled))
    monkeypatch.setattr("glamuploader.ui.translations.TRANSLATIONS_DIR", str(compiled))
    app = window_with_photos(make_app, photo_folder, qtbot)
    window = app.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.grid.select_paths([app.doc.batch.items[0].path])
    title = window.editor.line_edits["title"]
    assert title.placeholderText() == "What the picture shows"
    try:
        for language in ("ru", "tr", "ar"):
            app.set_language(language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            QCoreApplication.processEvents()
            assert title.placeholderText() not in ("", "What the picture shows"), language
            sort = window.grid.sort
            widest = max(sort.fontMetrics().horizontalAdvance(sort.itemText(i)) for i in range(sort.count()))
            assert sort.sizeHint().width() > widest, language       # the longest label fits
    finally:
        app.set_language("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert title.placeholderText() == "What the picture shows"


def test_long_file_page_addresses_are_cut_in_the_middle_and_whole_in_the_tooltip(make_app, qtbot):
    app = make_app()
    app.show_upload()
    panel = app.upload_panel
    assert panel.list.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_window_fits_a_1366x768_laptop_and_a_1024x600_netbook(make_app, photo_folder, qtbot):
    from PySide6.QtCore import QRect
    app = window_with_photos(make_app, photo_folder, qtbot)
    window = app.window
    window.show()
    qtbot.waitExposed(window)
    window.grid.select_paths([app.doc.batch.items[0].path])
    for width, height in ((1366, 768), (1024, 600)):
        available = QRect(0, 0, width, height - 32)         # a panel along the bottom of the screen
        window.fit_to_screen(available)
        qtbot.wait(50)
        frame = window.frameGeometry()
        assert available.contains(QRect(window.pos(), window.size())), (width, height)
        assert frame.bottom() <= available.bottom() + 40, (width, height)   # the status bar is seen
        assert window.problems_dock.height() <= window.height() * 0.35, (width, height)
        editor = window.editor
        assert not editor.horizontalScrollBar().isVisible(), (width, height)  # no sideways scrolling
        assert window.grid.width() >= 200 and editor.width() >= editor.widget().minimumSizeHint().width()


def test_a_description_box_is_there_at_once_in_the_batch_language_and_ar_finds_arabic_first(
        make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    editor = app.window.editor
    item = app.doc.batch.items[0]
    app.window.grid.select_paths([item.path])
    assert list(editor.descriptions.rows) == ["en"]            # the app speaks English
    assert editor.captions.picker.code() == "en"                # a caption too, not Turkish first
    row = editor.descriptions.rows["en"]
    row.edit.setPlainText("Söyembikä Tower at dusk")
    editor.descriptions.commit_all()
    assert item.meta.descriptions == {"en": "Söyembikä Tower at dusk"}

    from glamuploader.core.kit import Kit
    app.doc.set_kit(Kit(languages=["tt", "ru"]))
    app.window.grid.select_paths([app.doc.batch.items[1].path])
    assert list(editor.descriptions.rows) == ["tt"] and editor.descriptions.picker.code() == "tt"

    picker = editor.descriptions.picker
    picker.lineEdit().setText("ar")
    picker.lineEdit().textEdited.emit("ar")
    assert picker.suggestions.stringList()[0] == "العربية (ar)"


def test_languages_are_ranked_exact_code_first_then_beginnings_then_the_rest():
    from glamuploader.core.languages import rank_languages
    codes = ["tt", "ba", "ar", "arz", "tr"]
    assert rank_languages("ar", codes)[:2] == ["ar", "arz"]
    assert rank_languages("tat", codes)[0] == "tt"                # Tatar, by its English name
    assert rank_languages("", codes) == codes


def test_batch_defaults_are_shown_in_place_overridable_per_file_and_their_change_undoable(
        make_app, photo_folder, qtbot):
    from glamuploader.core.kit import Kit
    app = window_with_photos(make_app, photo_folder, qtbot)
    editor, doc = app.window.editor, app.doc
    doc.set_kit(Kit(license="cc-by-sa-4.0", author="Aygul"), "defaults")
    item = doc.batch.items[0]
    app.window.grid.select_paths([item.path])
    assert editor.license_box.currentText() == "CC BY-SA 4.0 — attribution, share alike — from the batch defaults"
    assert editor.line_edits["author"].placeholderText() == "Aygul — from the batch defaults"
    editor.license_box.setCurrentIndex(editor.license_box.findData("cc0"))
    editor.license_box.activated.emit(editor.license_box.currentIndex())
    assert item.meta.license == "cc0" and doc.batch.kit.license == "cc-by-sa-4.0"
    doc.undo.undo()                                          # the file's own licence
    doc.undo.undo()                                          # the batch defaults
    assert doc.batch.kit.license == "" and editor.license_box.currentText() == ""
    assert editor.line_edits["author"].placeholderText() == ""


def test_a_newcomer_is_led_to_the_batch_defaults_and_the_first_photos_are_all_selected(
        make_app, photo_folder, qtbot):
    from PySide6.QtWidgets import QDialog
    app = window_with_photos(make_app, photo_folder, qtbot)
    editor = app.window.editor
    assert len(app.window.grid.selected_paths()) == 3          # what is typed now is for all three
    app.window.grid.select_paths([])
    assert editor.defaults_button.isVisibleTo(editor)
    editor.defaults_button.click()
    assert isinstance(app.window.kit_dialog, QDialog) and app.window.kit_dialog.isVisible()
    app.window.kit_dialog.reject()


def test_an_uploaded_file_is_shown_read_only_with_its_page_and_can_get_a_better_version(
        make_app, photo_folder, qtbot, tmp_path):
    from corpus import make_jpeg

    from glamuploader.core import uploadstate
    app = window_with_photos(make_app, photo_folder, qtbot)
    editor, item = app.window.editor, app.doc.batch.items[0]
    uploadstate.published(item.upload, title="File:Kul Sharif at dusk.jpg", page_id=7,
                          url="http://127.0.0.1/wiki/File:Kul_Sharif_at_dusk.jpg", when="")
    app.window.grid.select_paths([item.path])
    assert not editor.box.isEnabled()                          # nothing typed here would be sent
    assert 'href="http://127.0.0.1/wiki/File:Kul_Sharif_at_dusk.jpg"' in editor.on_wiki.text()
    assert editor.new_version_button.isVisibleTo(editor)
    better = make_jpeg(tmp_path / "kul sharif, colour corrected.jpg")
    app.window.add_new_version(str(better), item.upload.page_title)
    qtbot.waitUntil(lambda: len(app.doc.batch.items) == 4, timeout=10000)
    qtbot.waitUntil(lambda: app.doc.batch.items[3].meta.new_version_of == "File:Kul Sharif at dusk.jpg",
                    timeout=5000)
    assert app.window.grid.selected_paths() == [str(better)] and editor.box.isEnabled()


def test_the_smaller_things_a_filter_without_matches_a_report_name_new_batch_about_and_close(
        make_app, photo_folder, qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox
    app = window_with_photos(make_app, photo_folder, qtbot)
    window = app.window
    window.grid.search.setText("nothing is called this")
    assert window.grid.view.current_hint().startswith("No file matches the filter")
    window.grid.search.setText("")
    assert window.grid.view.current_hint() == ""

    app.show_upload()
    panel = app.upload_panel
    assert panel.cancel_button.text() == "Cancel"                 # three files still to send
    panel.write_report(str(tmp_path / "partner report"))
    qtbot.waitUntil(lambda: "report.csv" in panel.current.text(), timeout=5000)   # said when written
    assert (tmp_path / "partner report.csv").exists()
    panel.hide()

    window.act_about.trigger()
    box = window.last_message
    assert isinstance(box, QMessageBox) and "uploads.sqlite" in box.text() and "pywikibot (MIT)" in box.text()
    box.close()
    old = app.doc.batch.path
    window.act_new.trigger()
    assert app.doc.batch.items == [] and app.doc.batch.path != old
    app.show_upload()
    assert panel.cancel_button.text() == "Close"                  # nothing left to send


def test_the_same_problem_on_many_files_is_one_row_that_opens_to_them(make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)
    panel = app.window.problems
    model = panel.model
    licence_rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "licence"]
    assert len(licence_rows) == 1                                 # not three
    group = model.index(licence_rows[0], 0)
    assert group.data() == "3 file(s)" and model.rowCount(group) == 3
    assert {model.index(n, 0, group).data() for n in range(3)} == {i.name for i in app.doc.batch.items}
    panel.table.activated.emit(group)                             # opens; selects no file yet
    assert panel.table.isExpanded(group)
    child = model.index(1, 2, group)
    panel.table.activated.emit(child)
    assert [i.path for i in app.window.editor.items] == [model.problem_at(child).item]
    titles = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "title"]
    assert len(titles) == 3 and all(model.rowCount(model.index(r, 0)) == 0 for r in titles)  # each its own words


def test_an_import_leaves_out_what_is_not_media_and_says_so_with_a_list(make_app, photo_folder, qtbot):
    from PySide6.QtWidgets import QMessageBox
    from test_volunteer_flow import drop_folder
    for name, data in (("Thumbs.db", b"\xd0\xcf\x11\xe0" + bytes(60)), ("README", b"Photos of the walk\n"),
                       ("desktop.ini", b"[.ShellClassInfo]\n"), ("notes.txt", b"to do\n")):
        (photo_folder / name).write_bytes(data)
    app = make_app()
    drop_folder(app.window, photo_folder)
    qtbot.waitUntil(lambda: isinstance(getattr(app.window, "last_message", None), QMessageBox), timeout=10000)
    box = app.window.last_message
    assert box.text().startswith("4 file(s) that are not photos or other media were left out")
    assert sorted(line.rsplit("/", 1)[-1] for line in box.detailedText().splitlines()) == [
        "README", "Thumbs.db", "desktop.ini", "notes.txt"]
    assert len(app.doc.batch.items) == 3


def test_what_the_file_says_is_used_and_shown_as_from_the_file(make_app, qtbot, tmp_path):
    """A description in the file's XMP (with its language) is the page's description until one is
    typed; its keywords are offered as categories; check no longer asks for a description."""
    from corpus import make_jpeg
    from test_volunteer_flow import drop_folder, loaded
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           b'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>'
           b'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">\xd0\x91\xd0\xb0\xd1\x88\xd0\xbd\xd1\x8f '
           b'\xd0\xa1\xd1\x8e\xd1\x8e\xd0\xbc\xd0\xb1\xd0\xb8\xd0\xba\xd0\xb5</rdf:li>'
           b'<rdf:li xml:lang="ru">\xd0\x91\xd0\xb0\xd1\x88\xd0\xbd\xd1\x8f \xd0\xa1\xd1\x8e\xd1\x8e\xd0\xbc\xd0\xb1\xd0\xb8'
           b'\xd0\xba\xd0\xb5</rdf:li></rdf:Alt></dc:description>'
           b'<dc:subject><rdf:Bag><rdf:li>Kazan Kremlin</rdf:li><rdf:li>Towers</rdf:li></rdf:Bag></dc:subject>'
           b'</rdf:Description></rdf:RDF></x:xmpmeta>')
    folder = tmp_path / "walk"
    folder.mkdir()
    make_jpeg(folder / "tower.jpg", xmp=xmp)
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, 1), timeout=10000)
    item = app.doc.batch.items[0]
    assert item.facts.description_lang == "ru"
    assert "description-missing" not in {p.code for p in app.doc.problems}
    editor = app.window.editor
    app.window.grid.select_paths([item.path])
    assert list(editor.descriptions.rows) == ["ru"]
    assert editor.descriptions.rows["ru"].edit.placeholderText() == "From the file: Башня Сююмбике"
    assert "{{ru|1=Башня Сююмбике}}" in app.window.preview.source.toPlainText()
    assert editor.keywords_button.isVisibleTo(editor) and "Kazan Kremlin" in editor.keywords_button.text()
    editor.keywords_button.click()
    assert item.meta.categories == ["Kazan Kremlin", "Towers"]
    qtbot.waitUntil(lambda: not editor.keywords_button.isVisibleTo(editor), timeout=2000)  # the next turn
    app.doc.undo.undo()
    assert item.meta.categories == []


def test_the_structured_data_preview_names_its_statements_and_shows_json_on_request(
        make_app, photo_folder, qtbot):
    import json

    from glamuploader.core.kit import Kit
    app = window_with_photos(make_app, photo_folder, qtbot)
    app.doc.set_kit(Kit(license="cc-by-sa-4.0", author="Aygul", depicts=["Q2078898"]), "defaults")
    app.window.grid.select_paths([app.doc.batch.items[0].path])
    preview = app.window.preview
    text = preview.structured.toPlainText()
    assert "Depicts (P180): Q2078898" in text
    assert "Licence (P275): Creative Commons Attribution-ShareAlike 4.0 (Q18199165)" in text
    assert "{" not in text                                     # not JSON
    preview.as_json.setChecked(True)
    assert json.loads(preview.structured.toPlainText())["claims"]


def test_the_grid_shows_each_file_s_own_name_under_its_title_and_finds_it_by_that_name(
        make_app, photo_folder, qtbot):
    from glamuploader.ui.models import FileNameRole
    app = window_with_photos(make_app, photo_folder, qtbot)
    first = app.doc.batch.items[0]
    app.doc.apply_edit(edits.set_field([first], "title", "Söyembikä Tower at dusk"), "title")
    qtbot.waitUntil(lambda: app.doc.titles.get(first.path, "").startswith("Söyembikä"), timeout=5000)
    grid = app.window.grid
    row = app.doc.model.row_of(first.path)
    index = app.doc.model.index(row)
    assert index.data().startswith("Söyembikä") and index.data(FileNameRole) == first.name
    from PySide6.QtWidgets import QStyleOptionViewItem
    option = QStyleOptionViewItem()
    option.font = grid.font()
    lines = (grid.delegate.sizeHint(option, index).height() - grid.delegate.thumb_size - 16) // grid.fontMetrics().height()
    assert lines == 3                                      # two for the title, one for the file name
    grid.search.setText(first.stem)                        # its own name finds it
    assert grid.proxy.rowCount() == 1


def test_one_title_typed_for_all_the_photos_numbers_them_and_clears_the_camera_names(
        make_app, photo_folder, qtbot):
    app = window_with_photos(make_app, photo_folder, qtbot)       # all three selected after import
    editor = app.window.editor
    assert len(editor.items) == 3
    editor.line_edits["title"].setText("Kazan walk")
    editor.line_edits["title"].editingFinished.emit()
    qtbot.waitUntil(lambda: sorted(app.doc.titles.values()) == ["Kazan walk 01.jpg", "Kazan walk 02.jpg",
                                                                "Kazan walk 03.jpg"], timeout=5000)
    qtbot.waitUntil(lambda: not [p for p in app.doc.problems if p.field == "title"], timeout=5000)


def test_upload_key_works_while_a_text_field_has_the_focus(make_app, photo_folder, qtbot):
    """Ctrl+U was eaten by the line edits (they delete the line with it): Upload never came."""
    app = window_with_photos(make_app, photo_folder, qtbot)
    window = app.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    editor, grid = window.editor, window.grid
    for n, item in enumerate(app.doc.batch.items):        # a batch ready to go: no errors left
        grid.select_paths([item.path])
        editor.license_box.setCurrentIndex(editor.license_box.findData("cc-by-4.0"))
        editor.license_box.activated.emit(editor.license_box.currentIndex())
        editor.line_edits["title"].setText(f"Söyembikä street {n}")
        editor.line_edits["title"].editingFinished.emit()
        editor.lists["categories"].add_value("Photo walk Kazan 2026")
        editor.line_edits["author"].setText("[[User:Aygul|Aygul]]")
        editor.line_edits["author"].editingFinished.emit()
    qtbot.waitUntil(window.act_upload.isEnabled, timeout=10000)
    author = editor.line_edits["author"]
    author.setFocus()
    qtbot.waitUntil(author.hasFocus, timeout=5000)
    asked: list[bool] = []
    window.upload_requested.connect(lambda: asked.append(True))
    qtbot.keyClick(author, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    # the test platform's line edits use Windows' keys; on X11 and macOS they also take these
    # (QKeySequence::DeleteCompleteLine is Ctrl+U there), so Upload must not be one of them
    text_field_keys = {"Ctrl+U", "Ctrl+K", "Ctrl+A", "Ctrl+E", "Ctrl+H", "Ctrl+D", "Ctrl+W",
                       "Ctrl+Z", "Ctrl+Y", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Shift+Z"}
    assert window.act_upload.shortcut().toString() not in text_field_keys


def test_the_licence_explanation_gets_the_height_its_lines_need_and_overlaps_nothing(
        make_app, photo_folder, qtbot):
    """In Russian at 1366 pixels the wrapped explanation kept two lines' height for three: its
    lines ran over the licence box above it and the categories below."""
    from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
    app = window_with_photos(make_app, photo_folder, qtbot)
    window = app.window
    item = app.doc.batch.items[0]
    app.doc.apply_edit(edits.set_field([item], "license", "cc-by-sa-4.0"), "license")
    editor = window.editor
    label = editor.license_help
    body = editor.widget()

    def place(widget) -> QRect:
        return QRect(widget.mapTo(body, widget.rect().topLeft()), widget.size())

    window.show()
    qtbot.waitExposed(window)
    try:
        for width, height in ((1280, 800), (1024, 600), (1366, 768)):
            window.resize(width, height)
            window.grid.select_paths([item.path])
            for language in ("en", "ru"):
                app.set_language(language)
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
                qtbot.wait(200)
                lines = label.fontMetrics().boundingRect(
                    0, 0, label.contentsRect().width(), 100000, int(Qt.TextFlag.TextWordWrap), label.text())
                where = (width, language)
                assert label.text() and label.contentsRect().height() >= lines.height(), where
                assert not place(label).intersects(place(editor.license_box)), where
                assert not place(label).intersects(place(editor.lists["categories"])), where
    finally:
        app.set_language("en")
