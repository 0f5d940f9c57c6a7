"""The app's languages (its own translations and Qt's, right-to-left), and its folders."""
from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "translations")
# Languages whose translation has been reviewed; the others are complete but not yet read by a
# native speaker (their .ts messages are marked unfinished for a reviewer to find in Qt Linguist).
REVIEWED = ("en", "tr", "ru", "ar")


# Languages Qt has no locale data for, and the one whose numbers and dates they write alike
# (MediaWiki's crh-latn groups digits as Turkish does: 12.345,6).
LOCALE_STAND_IN = {"crh": "tr"}


def number(n: int) -> str:
    """A count as the app's language writes it (digits, grouping)."""
    return QLocale().toString(int(n))


class Translations:
    """Installs the app's and Qt's own translations; switches language while the app runs."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.ours = QTranslator()
        self.qt = QTranslator()
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Load ``language`` ("" = the system's); mirror the layout for right-to-left scripts."""
        language = language or QLocale.system().name().split("_")[0]
        for translator in (self.ours, self.qt):
            self.app.removeTranslator(translator)
        self.ours, self.qt = QTranslator(), QTranslator()
        # English has one too: its plural texts, with counts written through QLocale (setup.py)
        found = self.ours.load(f"glamuploader_{language}", TRANSLATIONS_DIR)
        if found:   # installed first: Qt's own (installed after) is asked first for Qt's words,
            self.app.installTranslator(self.ours)   # ours (ui/qtwords.py) where Qt has none
        if self.qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(self.qt)
        self.language = language
        QLocale.setDefault(QLocale(LOCALE_STAND_IN.get(language, language)))
        from ..core.languages import is_rtl
        rtl = is_rtl(language)
        if rtl or self.app.isRightToLeft():   # Qt's namespace only when needed: it is slow to load
            from PySide6.QtCore import Qt
            self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        return found or language == "en"


def data_dirs() -> tuple[str, str]:
    """(thumbnail cache, folder for new batches), in the user's own folders."""
    from ..paths import data_root, thumbnail_dir
    return thumbnail_dir(), os.path.join(data_root(), "batches")
