"""Preferences: target wiki, interface language, default author and licence, thumbnail size;
and the way back to the first-run assistant."""
from __future__ import annotations

import glob
import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPushButton,
                               QSpinBox)

from ..core.languages import get_language
from ..core.licenses import LICENSES
from ..wiki.targets import NAMED_TARGETS
from .settings import Settings
from .translations import TRANSLATIONS_DIR


def available_languages() -> list[str]:
    found = {os.path.basename(p)[len("glamuploader_"):-3]
             for p in glob.glob(os.path.join(TRANSLATIONS_DIR, "glamuploader_*.qm"))}
    return ["en", *sorted(found - {"en"})]


def target_labels() -> dict[str, str]:
    """The wikis a batch can go to, as people name them (Preferences and the toolbar)."""
    from PySide6.QtCore import QCoreApplication
    return {"commons": QCoreApplication.translate("PreferencesDialog", "Wikimedia Commons"),
            "beta": QCoreApplication.translate("PreferencesDialog", "Beta Commons (for testing)"),
            "sandbox": QCoreApplication.translate("PreferencesDialog", "Local sandbox wiki (on this computer)")}


class PreferencesDialog(QDialog):
    first_run_requested = Signal()

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.target = QComboBox()
        self.target.setEditable(True)
        labels = target_labels()
        for key in NAMED_TARGETS:
            self.target.addItem(labels[key], key)
        current = settings.get("target")
        index = self.target.findData(current)
        if index >= 0:
            self.target.setCurrentIndex(index)
        else:
            self.target.setEditText(current)
        self.target.setToolTip(self.tr("The wiki a new batch goes to: choose one, or type the address of any "
                                       "MediaWiki's api.php. The open batch's wiki is chosen in the toolbar."))
        self.language = QComboBox()
        for code in available_languages():
            lang = get_language(code)
            self.language.addItem(f"{lang.native_name} ({code})" if lang else code, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language") or "en")))
        self.author = QLineEdit(settings.get("author"))
        self.author.setPlaceholderText(self.tr("e.g. [[User:Name|Name]]"))
        from .licensetexts import license_name
        self.license = QComboBox()
        self.license.addItem(self.tr("Choose per batch"), "")
        for lic in LICENSES:
            self.license.addItem(license_name(lic), lic.id)
        self.license.setCurrentIndex(max(0, self.license.findData(settings.get("license"))))
        self.thumb_size = QSpinBox()
        self.thumb_size.setRange(64, 256)
        self.thumb_size.setSingleStep(16)
        self.thumb_size.setValue(settings.get("thumb_size"))
        self.thumb_size.setSuffix(self.tr(" px"))
        form.addRow(self.tr("Upload new batches to"), self.target)
        form.addRow(self.tr("Language of the app"), self.language)
        form.addRow(self.tr("Default author"), self.author)
        form.addRow(self.tr("Default licence"), self.license)
        form.addRow(self.tr("Thumbnail size"), self.thumb_size)
        again = QPushButton(self.tr("Wiki, bot password, author and licence, step by step…"))
        again.setToolTip(self.tr("The first-run assistant: it can check your bot password"))
        again.clicked.connect(lambda: (self.reject(), self.first_run_requested.emit()))
        form.addRow(again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        index = self.target.currentIndex()
        text = self.target.currentText().strip()
        target = self.target.itemData(index) if index >= 0 and self.target.itemText(index) == text else text
        return {"target": target or "commons", "language": self.language.currentData() or "en",
                "author": self.author.text().strip(), "license": self.license.currentData() or "",
                "thumb_size": self.thumb_size.value()}
