"""In the pseudo language every text of the app is [accented, 40 % longer and bracketed]: a test
walks the window, the editor, the table, the menus, the dialogs and the upload panel, and lists
every text that is not bracketed (it did not go through the translation) or does not fit its
widget (a longer language would be cut off there). The window is a 1366x768 laptop's."""
from __future__ import annotations

import importlib.util
import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWizard

from test_volunteer_flow import window_with_photos
from textcheck import problems, untranslated_words

# data shown as it is: language names, the app's and projects' names, a museum sheet's headers
DATA = {"English", "GLAM", "Uploader", "Commons", "Wikimedia", "Wikidata", "Accession", "number", "Title",
        "Date", "pseudo",                                     # a museum sheet's headers; the language's code
        "Information", "Artwork", "Photograph", "Art", "Photo"}   # template names
# the libraries About names, as their projects name them
LIBRARIES = {"PySide", "LGPL", "pywikibot", "MIT", "Pillow", "CMU", "HPND", "ExifRead", "BSD", "Clause",
             "PyYAML", "keyring", "platformdirs", "mwparserfromhell", "requests", "Apache"}


@pytest.fixture()
def pseudo_app(make_app, photo_folder, qtbot, tmp_path, monkeypatch):
    import setup as setup_py
    folder = tmp_path / "qm"
    setup_py.compile_all(str(folder))
    spec = importlib.util.spec_from_file_location("tr_script", os.path.join(setup_py.HERE, "scripts", "translations.py"))
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.make_pseudo(str(folder / "glamuploader_pseudo.qm"))
    monkeypatch.setattr("glamuploader.ui.translations.TRANSLATIONS_DIR", str(folder))
    app = window_with_photos(make_app, photo_folder, qtbot)
    app.set_language("pseudo")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    app.window.resize(1366, 768)
    app.window.grid.select_paths([app.doc.batch.items[0].path])
    qtbot.wait(200)
    yield app
    app.set_language("en")


def _none(found: list[str]) -> None:
    assert not found, f"{len(found)} text(s) untranslated or cut off:\n" + "\n".join(found)


def _look(qtbot, widget, where: str) -> list[str]:
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    return problems(widget, where, DATA)


def test_the_window_and_the_editor_in_pseudo_language(pseudo_app, qtbot):
    _none(_look(qtbot, pseudo_app.window, "window with a file selected"))


def test_the_table_view_in_pseudo_language(pseudo_app, qtbot):
    window = pseudo_app.window
    window.grid.as_table.setChecked(True)
    qtbot.waitUntil(lambda: window.table.isVisible(), timeout=5000)
    _none(_look(qtbot, window, "window showing the table"))


def test_every_menu_entry_in_pseudo_language(pseudo_app):
    window = pseudo_app.window
    found = []
    for menu in (window.menu_file, window.menu_edit, window.menu_wiki, window.menu_help):
        for text in [menu.title()] + [a.text() for a in menu.actions() if not a.isSeparator()]:
            if untranslated_words(text, DATA):
                found.append(f"menu entry not translated: {text!r}")
    for action in window.toolbar.actions():
        if action.text() and untranslated_words(action.text(), DATA):
            found.append(f"toolbar entry not translated: {action.text()!r}")
    _none(found)


def test_the_dialogs_in_pseudo_language(pseudo_app, qtbot, tmp_path):
    app, window = pseudo_app, pseudo_app.window
    found = []
    app.show_preferences()
    found += _look(qtbot, app.preferences_dialog, "Preferences")
    app.preferences_dialog.reject()
    window.edit_defaults()
    found += _look(qtbot, window.kit_dialog, "Batch defaults")
    window.kit_dialog.reject()
    from glamuploader.ui.logindialog import LoginDialog
    login = LoginDialog("sandbox", window, sandbox_account=("Admin@glamuploader", "secret"))
    found += _look(qtbot, login, "Log in")
    login.reject()
    found += _look(qtbot, app.show_guide(), "Guide")
    app.guide_dialog.close()
    window.show_about()
    found += [f for f in _look(qtbot, window.last_message, "About")
              if not set(f.rsplit("(", 1)[-1].rstrip(")").split(", ")) <= LIBRARIES]
    window.last_message.close()
    sheet = tmp_path / "museum.csv"
    sheet.write_text("Accession number,Title,Date\nA1,Kul Sharif,1900\n", encoding="utf-8")
    from glamuploader.ui.museumsheet import open_sheet
    open_sheet(window, str(sheet))
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=5000)
    found += _look(qtbot, window.last_message, "Museum spreadsheet columns")
    window.last_message.reject()
    window.grid.as_table.setChecked(True)
    window.ask_replace()
    found += _look(qtbot, window.last_message, "Replace")
    window.last_message.reject()
    _none(found)


def test_the_first_run_assistant_in_pseudo_language(pseudo_app, qtbot):
    wizard = pseudo_app.show_first_run()
    found = []
    for page in range(5):
        found += _look(qtbot, wizard, f"first-run assistant, page {page + 1}")
        wizard.next()
    for key in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
        assert not untranslated_words(wizard.buttonText(key), DATA) or key == QWizard.WizardButton.NextButton
    wizard.reject()
    _none(found)


def test_the_upload_panel_in_pseudo_language(pseudo_app, qtbot):
    pseudo_app.show_upload()
    _none(_look(qtbot, pseudo_app.upload_panel, "Upload panel"))
