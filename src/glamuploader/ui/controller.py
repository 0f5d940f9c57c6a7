"""Ties the app together: settings, translations, the document, the window and its dialogs."""
from __future__ import annotations

import os

from PySide6.QtCore import QObject

from .app import Translations, data_dirs
from .document import BatchDocument
from .mainwindow import MainWindow
from .settings import Settings
from .tasks import Tasks


class Controller(QObject):
    def __init__(self, app, *, tasks: Tasks | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.app = app
        self.settings = settings or Settings()
        self.tasks = tasks or Tasks(self)
        self.translations = Translations(app)
        self.translations.switch(self.settings.get("language"))
        thumbs, batches = data_dirs()
        self.doc = BatchDocument(self.tasks, thumb_cache=self.settings.get("thumb_cache") or thumbs,
                                 default_dir=batches, parent=self)
        self.window = MainWindow(self.doc, self.settings)
        self.window.preferences_requested.connect(self.show_preferences)
        self.window.upload_requested.connect(self.show_upload)
        self.upload_panel = None
        self._wiki = None

    def start(self, *, open_path: str | None = None, demo: bool = False) -> None:
        """After the window is shown: make its panels, reopen the last batch (or ``open_path``)."""
        self.window.build_panels()
        self.window.preview.render_requested.connect(self.render_preview)
        path = open_path or self.settings.get("last_batch")
        if demo:
            from .demo import start_demo
            start_demo(self)
        elif path and os.path.exists(path):
            self.doc.open_batch(path)
        else:
            from ..core.kit import Kit
            self.doc.new_batch(kit=Kit(author=self.settings.get("author")), target=self.settings.get("target"))

    def set_language(self, language: str) -> None:
        self.settings.set("language", language)
        self.translations.switch(language)   # Qt sends LanguageChange; every widget re-translates

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog
        dialog = PreferencesDialog(self.settings, self.window)
        if dialog.exec():
            values = dialog.values()
            if values["language"] != self.settings.get("language"):
                self.set_language(values["language"])
            for key in ("target", "author", "thumb_size"):
                self.settings.set(key, values[key])
            self.doc.batch.target = values["target"]
            if values["author"] and not self.doc.batch.kit.author:
                self.doc.batch.kit.author = values["author"]
            self.window.grid.set_thumb_size(values["thumb_size"])
            self.doc.changed()

    def wiki(self):
        """The one worker that talks to wikis (pywikibot is global): logins, uploads, previews."""
        if self._wiki is None:
            from .uploader import Uploader
            self._wiki = Uploader(self.doc, self)
            self._wiki.rendered.connect(lambda html: self.window.preview.show_rendered(html))
            self._wiki.render_failed.connect(self._render_failed)
        return self._wiki

    def render_preview(self, text: str, title: str) -> None:
        self.wiki().render(self.doc.batch.target, text, title)

    def _render_failed(self, exc) -> None:
        from .messages import login_error_message
        self.window.preview.show_render_error(login_error_message(exc))

    def show_upload(self) -> None:
        from .uploadpanel import UploadPanel
        if self.upload_panel is None:
            self.upload_panel = UploadPanel(self, self.window)
        self.upload_panel.show()
        self.upload_panel.raise_()
