"""Ties the app together: settings, translations, the document, the window and its dialogs."""
from __future__ import annotations

import os

from PySide6.QtCore import QObject

from .translations import Translations, data_dirs
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
        self.window.guide_requested.connect(self.show_guide)
        self.window.first_run_requested.connect(self.show_first_run)
        self.window.upload_requested.connect(self.show_upload)
        self.upload_panel = None
        self._wiki = None
        self._lookups = None

    def start(self, *, open_path: str | None = None, demo: bool = False) -> None:
        """After the window is shown: make its panels, reopen the last batch (or ``open_path``)."""
        self.window.build_panels()
        self.window.preview.render_requested.connect(self.render_preview)
        editor = self.window.editor
        editor.lookup_requested.connect(self._lookup)
        editor.value_chosen.connect(lambda _kind, value: self.lookups().chosen(value))
        self.doc.batch_replaced.connect(self._target_maybe_changed)
        # a bound method, not a lambda: a lambda holding the controller on its own document's
        # signal kept every closed window alive (and its language's translator installed)
        self.doc.target_changed.connect(self._target_maybe_changed)
        from PySide6.QtCore import QTimer
        self._verify_timer = QTimer(self.window, singleShot=True, interval=1500)   # dies with the window
        self._verify_timer.timeout.connect(self.verify_on_wiki)
        for signal in (self.doc.undo.indexChanged, self.doc.batch_replaced, self.doc.import_finished):
            signal.connect(self._verify_soon)
        path = open_path or self.settings.get("last_batch")
        if demo:
            from .demo import start_demo
            start_demo(self)
        elif path and os.path.exists(path):
            self.doc.open_batch(path)
        else:
            from .settings import new_batch_kit
            self.doc.new_batch(kit=new_batch_kit(self.settings), target=self.settings.get("target"))

    def wait_for_workers(self, msecs: int = 10000) -> None:
        """Let every background job end (tests, and quitting)."""
        viewer = getattr(self.window, "viewer", None)   # its decodes run on a pool of their own
        for worker in (self.tasks, self._wiki and self._wiki.tasks, self._lookups and self._lookups.tasks,
                       viewer and viewer.tasks):
            if worker:
                worker.wait(msecs)

    def set_language(self, language: str) -> None:
        self.settings.set("language", language)
        self.translations.switch(language)   # Qt sends LanguageChange; every widget re-translates

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog
        dialog = PreferencesDialog(self.settings, self.window)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.values()))
        dialog.first_run_requested.connect(self.show_first_run)
        dialog.open()
        self.preferences_dialog = dialog

    def apply_preferences(self, values: dict, *, empty_batch_follows: bool = False) -> None:
        """Keep ``values`` for new batches. The open batch keeps its wiki, unless
        ``empty_batch_follows`` (the first-run assistant) and it is empty and on the old default."""
        old_target = self.settings.get("target")
        if "language" in values and values["language"] != self.settings.get("language"):
            self.set_language(values["language"])
        for key in ("target", "author", "license", "thumb_size"):
            if key in values:
                self.settings.set(key, values[key])   # the wiki of new batches, not of this one
        kit = self.doc.batch.kit
        if values.get("author") and not kit.author:
            kit.author = values["author"]
        if values.get("license") and not kit.license:
            kit.license = values["license"]
        if empty_batch_follows and values.get("target") and not self.doc.batch.items \
                and self.doc.batch.target == old_target:
            self.doc.batch.target = values["target"]     # an empty new batch follows the new choice
            self.doc.target_changed.emit(values["target"])
        if "thumb_size" in values:
            self.window.grid.set_thumb_size(values["thumb_size"])
        self.doc.changed()

    # --- first run and help -------------------------------------------------------------------
    def show_first_run(self):
        """The first-run assistant (at the first start, and from Help); Finish keeps its answers."""
        from .firstrun import FirstRunAssistant
        wizard = FirstRunAssistant(self, self.window)
        wizard.accepted.connect(lambda: self.apply_preferences(wizard.values(), empty_batch_follows=True))
        wizard.finished.connect(lambda _result: self.settings.set("first_run_done", 1))
        wizard.open()
        self.first_run_dialog = wizard
        return wizard

    def first_run_due(self, *, open_path: str | None = None, demo: bool = False) -> bool:
        """The assistant opens by itself once: at a first start on a new batch, not for the demo
        or a batch file the app was asked to open."""
        return not self.settings.get("first_run_done") and not open_path and not demo

    def show_guide(self):
        from .guide import GuideDialog
        if getattr(self, "guide_dialog", None) is None:
            self.guide_dialog = GuideDialog(self.window)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        return self.guide_dialog

    # --- suggestions ----------------------------------------------------------------------
    def lookups(self):
        """The lookup worker for the batch's wiki (made again when the target changes)."""
        target = self.doc.batch.target
        if self._lookups is None or self._lookups.target != target:
            from .lookupworker import LookupWorker
            if self._lookups is not None:
                self._lookups.deleteLater()
            worker = LookupWorker(target=target, wikidata_api=self.settings.get("wikidata_api"),
                                  parent=self.window)   # its signals end with the window
            worker.items_found.connect(self.window.editor.show_item_suggestions)
            worker.categories_found.connect(self.window.editor.show_category_suggestions)
            worker.state_changed.connect(self._lookup_state)
            worker.verified.connect(self.doc.set_lookup_problems)
            kit = self.doc.batch.kit
            worker.set_kit(kit.depicts, kit.categories)
            self._lookups = worker
        return self._lookups

    def _verify_soon(self, *_args) -> None:
        import shiboken6
        if shiboken6.isValid(self._verify_timer):   # not once the window is closed
            self._verify_timer.start()

    def verify_on_wiki(self) -> None:
        """Categories missing or redirected on the wiki, depicts no search confirms: warnings."""
        batch = self.doc.batch
        if any(i.meta.categories or i.meta.depicts for i in batch.items) or batch.kit.categories \
                or batch.kit.depicts:
            self.lookups().verify(batch, self.translations.language)
        elif self.doc.lookup_problems:
            self.doc.set_lookup_problems([])

    def _lookup(self, kind: str, text: str) -> None:
        worker = self.lookups()
        if kind == "depicts":
            worker.search_items(text, self.translations.language)
        else:
            worker.search_categories(text)

    def _lookup_state(self, state: str) -> None:
        self.window.set_lookup_state(state)
        if state == "online":
            self._lookups.reverify()   # what was chosen offline is checked again

    def _target_maybe_changed(self, *_args) -> None:
        if self._lookups is not None and self._lookups.target != self.doc.batch.target:
            self.lookups()

    def wiki(self):
        """The one worker that talks to wikis (pywikibot is global): logins, uploads, previews."""
        if self._wiki is None:
            from .uploader import Uploader
            self._wiki = Uploader(self.doc, self.window)
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
