"""The composition root of the desktop app: translators, right-to-left, window, document."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__

TRANSLATIONS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "translations")


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
        found = self.ours.load(f"glamuploader_{language}", TRANSLATIONS_DIR)
        if found:
            self.app.installTranslator(self.ours)
        if self.qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(self.qt)
        self.language = language
        QLocale.setDefault(QLocale(language))
        from ..core.languages import is_rtl
        rtl = is_rtl(language)
        if rtl or self.app.isRightToLeft():   # Qt's namespace only when needed: it is slow to load
            from PySide6.QtCore import Qt
            self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        return found or language == "en"


def data_dirs() -> tuple[str, str]:
    """(thumbnail cache, folder for new batches), in the user's own folders."""
    from ..paths import cache_root, data_root
    return os.path.join(cache_root(), "thumbnails"), os.path.join(data_root(), "batches")


def build(app: QApplication, *, tasks=None, settings=None):
    """Make the window and its document (used by main() and by the tests)."""
    # Workers run Python too (EXIF, validation, YAML): hand the GIL back to the GUI thread
    # every 2 ms instead of 5, so it never waits long to paint.
    sys.setswitchinterval(0.002)
    from .controller import Controller
    return Controller(app, tasks=tasks, settings=settings)


def main(argv: list[str] | None = None, *, open_path: str | None = None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    controller = build(app)
    when_shown(controller.window, lambda: controller.start(open_path=open_path, demo=demo))
    controller.window.show()
    return app.exec()


class _FirstPaint(QObject):
    """Runs a callback once, on the event-loop turn after the window's first paint."""

    def __init__(self, window, callback) -> None:
        super().__init__(window)
        self.callback, self.fired = callback, False
        window.installEventFilter(self)
        QTimer.singleShot(1000, self._fire)   # never wait for ever (e.g. started minimised)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.fired:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self.fired:
            self.fired = True
            self.parent().removeEventFilter(self)
            self.callback()


def when_shown(window, callback) -> None:
    """Call ``callback`` once the window has been painted: the user sees it before the rest loads."""
    _FirstPaint(window, callback)
