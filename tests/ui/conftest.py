"""The app under pytest-qt, offscreen, with its settings and data in a temporary folder."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from glamuploader.ui.settings import Settings


@pytest.fixture()
def app_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("GLAMUPLOADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GLAMUPLOADER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture()
def make_app(qtbot, qapp, app_dirs):
    """Builds the app as a user starts it; call again to 'reopen' it with the same settings."""
    from glamuploader.ui.app import build
    made = []
    ini = str(app_dirs / "settings.ini")

    def make(*, start: bool = True):
        settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
        controller = build(qapp, settings=settings)
        qtbot.addWidget(controller.window)
        controller.window.show()
        if start:
            controller.start()
        made.append(controller)
        return controller
    yield make
    from PySide6.QtCore import QCoreApplication, QEvent
    for controller in made:
        controller.wait_for_workers()
        controller.window.close()
        controller.window.deleteLater()
    made[-1:] and made[-1].translations.switch("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    made.clear()


@pytest.fixture()
def photo_folder(tmp_path):
    from glamuploader.samples import write_samples
    folder = tmp_path / "photos"
    write_samples(str(folder), size=(320, 240))
    return folder
