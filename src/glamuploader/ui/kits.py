"""Open a session kit to prefill a batch's defaults; save the batch's defaults as a kit."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..store.kitfile import load_kit, save_kit



def open_kit(parent: QWidget, doc) -> None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Kits", "Open session kit"), "",
                                          QCoreApplication.translate("Kits", "Session kits (*.kit.yaml)"))
    if path:
        load_kit_into(doc, path)


def load_kit_into(doc, path: str) -> None:
    doc.tasks.run(lambda: load_kit(path), doc.set_kit, lambda exc: doc.failed.emit("open", exc))


def save_kit_as(parent: QWidget, doc) -> None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Kits", "Save defaults as session kit"), "",
                                          QCoreApplication.translate("Kits", "Session kits (*.kit.yaml)"))
    if path:
        if not path.endswith(".kit.yaml"):
            path += ".kit.yaml"
        kit = doc.batch.kit
        doc.tasks.run(lambda: save_kit(kit, path), None, lambda exc: doc.failed.emit("save", exc))
