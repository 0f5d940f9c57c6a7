"""Edit ▸ Remove from batch: undoable; it asks first when some of the files are uploaded or carry
edits, which would otherwise be lost from sight without a word. Texts in the MainWindow
translation context, where they were written first."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..core.item import Metadata


def remove_selected(window) -> None:
    paths = set(window.grid.selected_paths())
    if not paths:
        return
    by_path = window.doc.items_by_path()
    chosen = [by_path[p] for p in paths if p in by_path]
    uploaded = sum(i.upload.state.is_done for i in chosen)
    edited = sum(i.meta != Metadata() for i in chosen)
    text = QCoreApplication.translate("MainWindow", "Remove %n file(s)", "", len(paths))
    if not uploaded and not edited:
        window.doc.remove_items(paths, text)
        return
    question = QCoreApplication.translate("MainWindow", "Remove %n file(s) from the batch?", "", len(paths))
    details = []
    if uploaded:
        details.append(QCoreApplication.translate(
            "MainWindow", "%n of them are uploaded: the batch would no longer list their pages.", "", uploaded))
    if edited:
        details.append(QCoreApplication.translate(
            "MainWindow", "%n of them have titles, descriptions or other values you gave.", "", edited))
    details.append(QCoreApplication.translate("MainWindow",
                                              "The files on disk are not touched, and Undo puts them back."))
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "GLAM Uploader"),
                      question + "\n\n" + "\n".join(details), parent=window)
    remove = box.addButton(QCoreApplication.translate("MainWindow", "Remove"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _r: box.clickedButton() is remove and window.doc.remove_items(paths, text))
    box.open()
    window.last_message = box
