"""The window's file dialogs: import files or a folder, a new version of a wiki file, open a
batch, save it under another name. Their texts keep the MainWindow translation context they
had when they were the window's own methods."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ..store.names import SUFFIX


def choose_files(window) -> None:
    paths, _ = QFileDialog.getOpenFileNames(window, QCoreApplication.translate("MainWindow", "Import files"))
    window.import_paths(paths)


def choose_folder(window) -> None:
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("MainWindow", "Import a folder"))
    window.import_paths([folder] if folder else [])


def choose_new_version(window, title: str) -> None:
    caption = QCoreApplication.translate("MainWindow", "A better version of %1").replace("%1", title)
    path, _ = QFileDialog.getOpenFileName(window, caption)
    if path:
        window.add_new_version(path, title)


def choose_batch(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("MainWindow", "Open batch"), "",
                                          QCoreApplication.translate("MainWindow", "GLAM Uploader batches (*.glam.yaml)"))
    if path:
        window.doc.open_batch(path)


def choose_save_as(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("MainWindow", "Save batch as"), "",
                                          QCoreApplication.translate("MainWindow", "GLAM Uploader batches (*.glam.yaml)"))
    if path:
        if not path.endswith(SUFFIX):
            path += SUFFIX
        window.doc.save_as(path)
        window._update_title()
