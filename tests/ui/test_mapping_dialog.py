"""A museum's spreadsheet into the open batch from the window (issue 11): the mapping dialog
guesses the columns from Russian headers, a person corrects one, the files are filled in as
one undo step, what did not match is said, and the museum's next export maps itself."""
from __future__ import annotations

from museumdata import ROWS, RUSSIAN_HEADERS
from museumdata import export_csv as _csv
from test_volunteer_flow import drop_folder, loaded

from glamuploader.core import tablemap


def test_a_russian_export_is_mapped_corrected_filled_in_and_undone(make_app, qtbot, tmp_path):
    from corpus import make_jpeg
    from wikitools import noise
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ["A00001.jpg", "A00003.jpg", "IMG_0001.jpg"]:
        make_jpeg(folder / name, image=noise((32, 24)))
    sheet = tmp_path / "экспорт.csv"
    sheet.write_bytes(_csv(RUSSIAN_HEADERS, ";").encode("cp1251"))
    app = make_app()
    drop_folder(app.window, folder)
    qtbot.waitUntil(lambda: loaded(app, 3), timeout=10000)
    from glamuploader.ui.museumsheet import open_sheet
    open_sheet(app.window, str(sheet))
    qtbot.waitUntil(lambda: getattr(getattr(app.window, "last_message", None), "choices", None) is not None
                    and app.window.last_message.isVisible(), timeout=5000)
    dialog = app.window.last_message
    choices = dialog.choices
    assert choices["Инвентарный номер"].currentData() == tablemap.ACCESSION
    assert choices["Датировка"].currentData() == "field:date" and choices["Год"].currentData() == ""
    assert dialog.match.currentData() == "Инвентарный номер"
    year = choices["Год"]                                   # the person keeps the year as a note
    year.setCurrentIndex(year.findData("field:notes"))
    dialog.accept()
    qtbot.waitUntil(lambda: app.window.last_message is not dialog and app.window.last_message.isVisible(), timeout=5000)
    told = app.window.last_message.text()
    assert "2 file(s) filled in" in told and "2 row(s) have no file: A00002, A00004" in told
    assert "1 file(s) have no row: IMG_0001.jpg" in told
    by_name = {i.name: i for i in app.doc.batch.items}
    first = by_name["A00001.jpg"]
    assert first.meta.fields["date"] == "c.1785" and first.meta.fields["notes"] == "1785"
    assert first.meta.title.startswith("A Figure Bowing")
    assert app.doc.batch.kit.description_template == "Artwork"
    assert app.doc.batch.kit.table_mapping["Год"] == "field:notes"
    assert app.window.act_undo.text() == "Undo Fill in from экспорт.csv"
    app.doc.undo.undo()                                     # one step: the fields and the defaults
    assert not first.meta.fields and not first.meta.title
    assert app.doc.batch.kit.description_template == "Information" and not app.doc.batch.kit.table_mapping
    app.doc.undo.redo()
    open_sheet(app.window, str(sheet))                      # the next export maps itself
    qtbot.waitUntil(lambda: getattr(getattr(app.window, "last_message", None), "choices", None) is not None
                    and app.window.last_message.isVisible(), timeout=5000)
    assert app.window.last_message.choices["Год"].currentData() == "field:notes"
    assert len(ROWS) == 4
