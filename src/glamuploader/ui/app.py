"""The composition root of the desktop app: translators, right-to-left, window, document."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__

def build(app: QApplication, *, tasks=None, settings=None):
    """Make the window and its document (used by main() and by the tests)."""
    # Workers run Python too (EXIF, validation, YAML): hand the GIL back to the GUI thread
    # every 2 ms instead of 5, so it never waits long to paint.
    sys.setswitchinterval(0.0005)
    from ..sandbox import locate
    from ..wiki.targets import use_sandbox
    use_sandbox(locate)   # "sandbox" as a wiki: the address comes from the sandbox package
    from .controller import Controller
    return Controller(app, tasks=tasks, settings=settings)


def main(argv: list[str] | None = None, *, open_path: str | None = None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    _identify(app)
    controller = build(app)
    def started() -> None:
        controller.start(open_path=open_path, demo=demo)
        if controller.first_run_due(open_path=open_path, demo=demo):
            controller.show_first_run()
    when_shown(controller.window, started)
    controller.window.show()
    return app.exec()


def _identify(app: QApplication) -> None:
    """The icon of the window and the task bar, and the desktop entry the session matches it to."""
    from ..paths import APP_ID, resource
    app.setDesktopFileName(APP_ID)
    icon_path = resource(os.path.join("icons", "glamuploader.svg"))
    if icon_path:
        from PySide6.QtGui import QIcon
        icon = QIcon()
        for size in (16, 32, 48, 256):
            png = resource(os.path.join("icons", "hicolor", f"{size}x{size}", "apps", "glamuploader.png"))
            if png:
                icon.addFile(png)
        icon.addFile(icon_path)     # any other size, drawn from the SVG
        app.setWindowIcon(icon)


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
