"""The main window: grid, editor, problems and preview, wired to a BatchDocument. No domain logic.

The frame (menus, toolbar, status bar) is made at once; the panels in ``build_panels``, which
the controller calls right after the window is first shown, so it appears without waiting.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QLabel, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QSplitter)

from ..core.item import Metadata
from ..core.problems import Problem
from . import filechoosing as files
from .document import BatchDocument
from .messages import describe_exception, isolate, upload_name_text
from .settings import Settings


class MainWindow(QMainWindow):
    upload_requested = Signal()
    preferences_requested = Signal()
    guide_requested = Signal()
    first_run_requested = Signal()
    language_changed = Signal(str)

    def __init__(self, document: BatchDocument, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.doc, self.settings = document, settings
        self.setAcceptDrops(True)
        self.grid = self.editor = self.problems = self.preview = None
        self.fit_to_screen()
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.lookup_state = QLabel()
        self.statusBar().addPermanentWidget(self.lookup_state)
        self._lookup_state = "online"
        self.import_bar = QProgressBar()
        self.import_bar.setMaximumWidth(240)
        self.import_cancel = QPushButton()
        self.statusBar().addPermanentWidget(self.import_bar)
        self.statusBar().addPermanentWidget(self.import_cancel)
        self.import_bar.hide()
        self.import_cancel.hide()
        self._import_progress = None
        self._new_versions: dict[str, str] = {}   # path being imported -> the wiki file it replaces
        self._last_shown: tuple | None = None      # (batch, revision, selection) the editor shows
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(0)
        self._reread.timeout.connect(self._selection_changed)
        self.import_cancel.clicked.connect(lambda: self._import_progress and self._import_progress.cancel())
        self._make_actions()
        self.translate_ui()

    def fit_to_screen(self, available=None) -> None:
        """Open within the screen's free area (a 1366 x 768 laptop has less than 800 px below its
        panel): at most 1280 x 800, leaving room for the window frame."""
        if available is None:
            screen = self.screen()
            available = screen.availableGeometry() if screen is not None else None
        width, height = 1280, 800
        if available is not None:
            width = min(width, available.width() - 16)
            height = min(height, available.height() - 48)   # the title bar and frame
            self.move(available.x() + max(0, (available.width() - width) // 2),
                      available.y() + max(0, (available.height() - height - 40) // 2))
        self.resize(width, height)
        if self.grid is not None:
            self._share_room()
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, self._share_room)   # again once the new size is laid out

    def _share_room(self) -> None:
        """The grid and the editor get the room; the problems and preview panels a quarter of the
        height (at 1024 x 600 they had taken more than half)."""
        from PySide6.QtCore import Qt
        for dock in (self.problems_dock, self.preview_dock):   # may be small on a small screen
            dock.widget().setMinimumHeight(60)
        self.resizeDocks([self.problems_dock, self.preview_dock], [max(110, self.height() // 4)] * 2,
                         Qt.Orientation.Vertical)
        total = self.splitter.width() or self.width()
        content = self.editor.widget().minimumSizeHint().width()
        scrollbar = self.editor.verticalScrollBar().sizeHint().width()
        editor = max(content + scrollbar + 2 * self.editor.frameWidth() + 4, total * 2 // 5)
        self.splitter.setSizes([max(200, total - editor), editor])

    def build_panels(self) -> None:
        """Make the grid, editor, problems and preview panels (once)."""
        if self.grid is not None:
            return
        from .editor import EditorPanel
        from .gridview import GridView
        from .previewpanel import PreviewPanel
        from .problemspanel import ProblemsPanel
        from PySide6.QtCore import Qt
        self.grid = GridView(self.doc.model, thumb_size=self.settings.get("thumb_size"))
        from .tableview import BatchTable, BatchTableModel, TableFilter
        self.table = BatchTable(BatchTableModel(self.doc, self), TableFilter(self.grid.proxy, self))
        self.table.replace_requested.connect(self.ask_replace)
        self.grid.add_table(self.table)
        self.editor = EditorPanel()
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        from PySide6.QtWidgets import QStackedWidget
        from .viewer import Viewer
        self.viewer = Viewer(self)            # one photo filling the window (Space, Esc back)
        self.central = QStackedWidget()
        self.central.addWidget(splitter)
        self.central.addWidget(self.viewer)
        self.setCentralWidget(self.central)
        self.problems = ProblemsPanel()
        self.preview = PreviewPanel()
        self.problems_dock = self._dock("problems", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.preview_dock = self._dock("preview", self.preview, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.problems_dock, self.preview_dock)
        self.problems_dock.raise_()
        self._share_room()
        self._set_shortcuts()
        from .curation import Curation
        self.curation = Curation(self)       # P, X, U, 0-5 in the grid and the table; Space: the viewer
        self.viewer.closed.connect(self.curation.close_viewer)
        from .stacks import Stacks
        self.stacks = Stacks(self)           # bursts shown as one photo; K keeps one of them
        from .scenes import Scenes
        self.scenes = Scenes(self)           # S: the photos of one scene, to describe at once
        first = self.menu_edit.insertSeparator(self.act_remove)
        self.menu_edit.insertActions(first, [self.curation.move_on_action, self.stacks.action,
                                             self.stacks.keep_best_action, self.scenes.action])
        self._make_wiki_box()
        self._wire()
        self.translate_ui()
        self._problems_changed(self.doc.problems)

    def _set_shortcuts(self) -> None:
        """Keyboard shortcuts (set with the panels: QKeySequence loads Qt's slow enum namespace)."""
        keys = QKeySequence.StandardKey
        for act, key in ((self.act_new, keys.New), (self.act_import_files, keys.Open),
                         (self.act_import_folder, "Ctrl+Shift+O"),
                         (self.act_save_as, keys.SaveAs), (self.act_remove, keys.Delete),
                         (self.act_prefs, keys.Preferences),
                         (self.act_quit, keys.Quit), (self.act_undo, keys.Undo),
                         (self.act_guide, keys.HelpContents)):
            act.setShortcut(QKeySequence(key))
        # the platform's redo keys once each (Linux: Ctrl+Shift+Z), and Ctrl+Y, which Windows users
        # and many Linux programs use; a key bound twice makes Qt refuse it as ambiguous
        redo: list[QKeySequence] = []
        for seq in [*QKeySequence.keyBindings(keys.Redo), QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]:
            if not seq.isEmpty() and seq not in redo:
                redo.append(seq)
        self.act_redo.setShortcuts(redo)
        # Upload is Ctrl+Return, the "send" key of mail programs: Ctrl+U was taken by every text
        # field that had the focus (Qt's line edits delete the line with it on Linux)
        self.act_upload.setShortcut(QKeySequence("Ctrl+Return"))

    def _make_wiki_box(self) -> None:
        """The batch's wiki, in the toolbar: seen at all times, changed only here (undoably)."""
        from PySide6.QtWidgets import QComboBox, QLabel
        self.wiki_label = QLabel()
        self.wiki_box = QComboBox()
        self.wiki_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # its longest name whole
        self.wiki_box.activated.connect(self._wiki_chosen)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.wiki_label)
        self.toolbar.addWidget(self.wiki_box)
        self.doc.target_changed.connect(self._show_wiki)   # a bound method: see Controller
        self.doc.kit_changed.connect(self._selection_changed)
        self.editor.defaults_requested.connect(self.edit_defaults)
        self.editor.new_version_requested.connect(lambda title: files.choose_new_version(self, title))

    def _show_wiki(self, *_args) -> None:
        from .preferences import target_labels
        labels = target_labels()
        target = self.doc.batch.target
        self.wiki_box.blockSignals(True)
        self.wiki_box.clear()
        for key, label in labels.items():
            self.wiki_box.addItem(label, key)
        if target not in labels:
            self.wiki_box.addItem(target, target)   # an api.php address given for this batch
        self.wiki_box.setCurrentIndex(self.wiki_box.findData(target))
        self.wiki_box.blockSignals(False)
        self.wiki_label.setText(self.tr("Upload to:"))
        self.wiki_box.setToolTip(self.tr("The wiki this batch goes to. Changing it can be undone."))
        self._update_status()

    def _wiki_chosen(self, index: int) -> None:
        target = self.wiki_box.itemData(index)
        label = self.wiki_box.itemText(index)
        self.doc.set_target(target, self.tr("Upload to %1").replace("%1", label))

    def _edit_text(self, key: str) -> str:
        """What the Undo and Redo buttons name: "Edit description (ar)", not "description:ar"."""
        kind, _, name = key.partition(":")
        if kind == "field":      # a museum template's parameter, in words ("Accession number")
            from .fieldnames import template_field_label
            return self.tr("Edit %1").replace("%1", template_field_label(name))
        field = self.editor.field_label(kind)
        return self.tr("Edit %1").replace("%1", f"{field} ({name})" if name else field)

    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # --- actions --------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(key: str, slot) -> QAction:
            act = QAction(self)
            act.setObjectName(key)
            act.triggered.connect(slot)
            return act
        self.act_import_files = action("import_files", lambda: files.choose_files(self))
        self.act_import_folder = action("import_folder", lambda: files.choose_folder(self))
        self.act_import_sheet = action("import_sheet", self.choose_sheet)
        self.act_new = action("new_batch", self.new_batch)
        self.act_about = action("about", self.show_about)
        self.act_guide = action("guide", self.guide_requested.emit)
        self.act_first_run = action("first_run", self.first_run_requested.emit)
        self.act_open = action("open_batch", lambda: files.choose_batch(self))
        self.act_save_as = action("save_as", lambda: files.choose_save_as(self))
        self.act_open_kit = action("open_kit", self.choose_kit)
        self.act_save_kit = action("save_kit", self.choose_save_kit)
        self.act_defaults = action("defaults", self.edit_defaults)
        self.act_remove = action("remove", self.remove_selected)
        self.act_upload = action("upload", self.upload_requested.emit)
        self.act_prefs = action("preferences", self.preferences_requested.emit)
        self.act_quit = action("quit", self.close)
        self.act_undo = self.doc.undo.createUndoAction(self)
        self.act_redo = self.doc.undo.createRedoAction(self)
        self.menu_file = self.menuBar().addMenu("")
        for act in (self.act_new, None, self.act_import_files, self.act_import_folder, self.act_import_sheet,
                    None, self.act_open,
                    self.act_save_as,
                    None, self.act_open_kit, self.act_defaults, self.act_save_kit, None, self.act_quit):
            self.menu_file.addSeparator() if act is None else self.menu_file.addAction(act)
        self.menu_edit = self.menuBar().addMenu("")
        for act in (self.act_undo, self.act_redo, None, self.act_remove, None, self.act_prefs):
            self.menu_edit.addSeparator() if act is None else self.menu_edit.addAction(act)
        self.menu_wiki = self.menuBar().addMenu("")
        self.menu_wiki.addAction(self.act_upload)
        self.menu_help = self.menuBar().addMenu("")
        for act in (self.act_guide, self.act_first_run, None, self.act_about):
            self.menu_help.addSeparator() if act is None else self.menu_help.addAction(act)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main")
        for act in (self.act_import_folder, self.act_import_files, self.act_undo, self.act_redo, self.act_upload):
            self.toolbar.addAction(act)

    def _wire(self) -> None:
        d = self.doc
        self.grid.selection_changed.connect(self._selection_changed)
        self.editor.edit_made.connect(lambda edit: d.apply_edit(edit, self._edit_text(edit.key)))
        d.undo.indexChanged.connect(self._undo_moved)
        d.problems_changed.connect(self._problems_changed)
        d.batch_replaced.connect(self._batch_replaced)
        d.failed.connect(self._failed)
        d.locked.connect(self._locked)
        d.import_started.connect(self._import_started)
        d.import_finished.connect(self._import_finished)
        d.left_out.connect(self._left_out)
        d.saved.connect(lambda path: self.settings.set("last_batch", path))
        self.problems.activated.connect(self.go_to_problem)
        self.problems.accepted_changed.connect(self._update_upload_enabled)

    def translate_ui(self) -> None:
        texts = {
            self.act_import_files: self.tr("Import &files…"), self.act_import_folder: self.tr("Import fo&lder…"),
            self.act_import_sheet: self.tr("Fill in from a &museum spreadsheet…"),
            self.act_open: self.tr("&Open batch…"), self.act_save_as: self.tr("Save batch &as…"),
            self.act_open_kit: self.tr("Open session &kit…"), self.act_save_kit: self.tr("Save defaults as kit…"),
            self.act_defaults: self.tr("Batch &defaults…"),
            self.act_remove: self.tr("Re&move from batch"), self.act_upload: self.tr("&Upload…"),
            self.act_prefs: self.tr("&Preferences…"), self.act_quit: self.tr("&Quit"),
            self.act_new: self.tr("&New batch"), self.act_about: self.tr("&About GLAM Uploader"),
            self.act_guide: self.tr("&Guide"), self.act_first_run: self.tr("&First-run assistant…"),
        }
        for act, text in texts.items():
            act.setText(text)
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_wiki.setTitle(self.tr("&Wiki"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.import_cancel.setText(self.tr("Cancel"))
        if self.grid is not None:
            self.problems_dock.setWindowTitle(self.tr("Problems"))
            self.preview_dock.setWindowTitle(self.tr("Preview"))
            for widget in (self.grid, self.editor, self.problems, self.preview, self.curation, self.stacks,
                           self.scenes):
                widget.translate_ui()
            self._show_wiki()
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, self._share_room)   # other words, other widths: share the room again
        self._update_title()
        self._update_status()
        if self.lookup_state.text():
            self.set_lookup_state(self._lookup_state)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # --- reacting -------------------------------------------------------------------------
    def _undo_moved(self, _index: int) -> None:
        # the editor looks again in the next turn of the event loop, not inside the command:
        # putting back 2 000 rows and reading 10 000 selected files were one long pause together
        if not self._reread.isActive():
            self._reread.start()

    def _selection_changed(self, *_args) -> None:
        if self.grid is None or self.doc.model.changing:
            return   # read once the rows have all gone or come back (the undo stack says when)
        paths = self.grid.selected_paths()
        # removing 8 000 rows changes the selection and then the undo stack: one look is enough
        seen = (id(self.doc.batch), self.doc.revision, paths)
        if seen == self._last_shown:
            return
        self._last_shown = seen
        by_path = self.doc.items_by_path()
        items = [by_path[p] for p in paths if p in by_path]
        self.editor.set_items(items, self.doc.titles, self.doc.batch.kit)
        one = items[0] if len(items) == 1 else None
        self.preview.show_item(one, self.doc.batch, self.doc.titles.get(one.path, "") if one else "")

    def _problems_changed(self, problems: list[Problem]) -> None:
        self.problems.set_problems(problems)
        self._update_upload_enabled()
        self._update_status()
        if len(self.editor.items) == 1:
            self.editor.title_preview.setText(upload_name_text(self.tr("Will be uploaded as: File:%1"), self.doc.titles.get(self.editor.items[0].path, "")))

    def _update_upload_enabled(self) -> None:
        errors = self.problems.error_count() if self.problems is not None else 1
        self.act_upload.setEnabled(bool(self.doc.batch.items) and errors == 0 and not self.doc.read_only)

    def _update_status(self) -> None:
        n = len(self.doc.batch.items)
        errors = self.problems.error_count() if self.problems is not None else \
            sum(p.is_error for p in self.doc.problems)
        self.status_label.setText(self.tr("%1, %2. Target: %3", "files, errors, wiki")
                                  .replace("%1", self.tr("%n file(s)", "", n))
                                  .replace("%2", self.tr("%n error(s)", "", errors)).replace("%3", self.doc.batch.target))

    def set_lookup_state(self, state: str) -> None:
        self._lookup_state = state
        if state == "offline":
            self.lookup_state.setText(self.tr("Offline: suggestions come from earlier searches"))
            self.lookup_state.setToolTip(self.tr("The wiki or Wikidata cannot be reached. Categories and "
                                                 "items you choose now are checked again when back online."))
        else:
            self.lookup_state.setText(self.tr("Online"))
            self.lookup_state.setToolTip("")

    def _update_title(self) -> None:
        name = os.path.basename(self.doc.batch.path) if self.doc.batch.path else self.tr("New batch")
        if self.doc.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(self.tr("%1 — GLAM Uploader").replace("%1", name))

    def _locked(self, path: str, holder) -> None:
        """The batch is open in another copy of the app or a command: say who, offer read-only."""
        from PySide6.QtCore import QDateTime
        if holder.pid == 0:   # its lock file is being written this moment and cannot be read yet
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("GLAM Uploader"),
                              self.tr("%1 is being opened by another program right now. Try again "
                                      "in a moment.").replace("%1", isolate(path)), parent=self)
            self.last_message = box
            box.open()
            return
        who = self.tr("another copy of GLAM Uploader") if holder.program == "app" else \
            self.tr("a glamuploader command")
        from PySide6.QtCore import QLocale
        since = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(holder.started)), QLocale.FormatType.ShortFormat)
        text = (self.tr("%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it "
                        "at a time. Open it read-only, to look without saving?")
                .replace("%1", isolate(path)).replace("%2", who).replace("%3", str(holder.pid))
                .replace("%4", isolate(holder.user)).replace("%5", isolate(holder.host)).replace("%6", since))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("GLAM Uploader"), text, parent=self)
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: box.clickedButton() is read_only
                             and self.doc.open_batch(path, read_only=True))
        box.open()
        self.last_message = box

    def _batch_replaced(self) -> None:
        recovered = self.doc.batch.recovered
        if recovered is not None:
            from .messages import file_error_message
            self.tell(self.tr(
                "The batch file was damaged (%1). Its last good copy was opened instead; the damaged "
                "file is kept as %2.").replace("%1", file_error_message(recovered.code, recovered.params))
                .replace("%2", recovered.damaged))
            self.doc.batch.recovered = None
        self._update_title()
        self._selection_changed()
        self._show_wiki()

    def go_to_problem(self, problem: Problem) -> None:
        if problem.item:
            self.grid.select_paths([problem.item])
        self.editor.focus_field(problem.field)

    def _failed(self, what: str, exc: BaseException) -> None:
        self.tell(describe_exception(what, exc))

    def tell(self, text: str) -> QMessageBox:
        """A warning that does not stop the app (window-modal, returns at once)."""
        from PySide6.QtCore import Qt   # not at import: see build_panels
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("GLAM Uploader"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box
        return box

    def _import_started(self, progress) -> None:
        self._was_empty = not self.doc.batch.items
        self.import_bar.setRange(0, 0)
        self.import_bar.show()
        self.import_cancel.show()
        progress.changed.connect(self._import_progressed)
        self._import_progress = progress

    def _import_progressed(self, done: int, total: int) -> None:
        self.import_bar.setRange(0, max(total, 1))
        self.import_bar.setValue(done)

    def _left_out(self, paths: list[str]) -> None:
        """One line for the files an import left out, and the list of them on request."""
        names = [os.path.basename(p) for p in paths]
        shown = ", ".join(names[:4]) + (" …" if len(names) > 4 else "")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("GLAM Uploader"),
                          self.tr("%n file(s) that are not photos or other media were left out: %1",
                                  "", len(paths)).replace("%1", isolate(shown)), parent=self)
        box.setDetailedText("\n".join(paths))
        box.open()
        self.last_message = box

    def _import_finished(self, added: int) -> None:
        self.import_bar.hide()
        self.import_cancel.hide()
        self.statusBar().showMessage(self.tr("%n file(s) imported.", "", added), 5000)
        self._update_status()
        if self._new_versions:
            self._mark_new_versions()
        elif getattr(self, "_was_empty", False) and added and self.grid is not None:
            # the first photos of a batch: all selected, so what is typed now is for every one
            # (the common job: one licence, author and category for the whole walk)
            self.grid.select_paths([i.path for i in self.doc.batch.items])
            self._was_empty = False

    # --- files ----------------------------------------------------------------------------
    def new_batch(self) -> None:
        """An empty batch, with the default author and wiki of Preferences (the open one is saved)."""
        from .settings import new_batch_kit
        self.doc.save_now()
        self.doc.new_batch(kit=new_batch_kit(self.settings), target=self.settings.get("target"))

    def show_about(self) -> None:
        from .about import about_text
        from PySide6.QtCore import Qt   # not at import: see build_panels
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About GLAM Uploader"), about_text(), parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        self.last_message = box

    def add_new_version(self, path: str, title: str) -> None:
        """Import ``path`` marked as the new version of ``title`` (the file on the wiki)."""
        self._new_versions[os.path.abspath(path)] = title
        self.import_paths([path])

    def _mark_new_versions(self) -> None:
        by_path = self.doc.items_by_path()
        for path, title in list(self._new_versions.items()):
            item = by_path.get(path)
            if item is not None:
                from ..core import edits
                self.doc.apply_edit(edits.set_field([item], "new_version_of", title),
                                    self.tr("New version of %1").replace("%1", title))
                self.grid.select_paths([path])
            self._new_versions.pop(path)

    def import_paths(self, paths: list[str]) -> None:
        if paths:
            self.doc.import_paths(paths)

    def choose_sheet(self) -> None:
        from .museumsheet import choose_sheet
        choose_sheet(self)

    def ask_replace(self) -> None:
        """Find and replace in one column of the table (Ctrl+H there)."""
        from .replacedialog import ReplaceDialog
        table = self.table
        current = table.currentIndex()
        column = table.proxy.mapToSource(current).column() if current.isValid() else 1
        dialog = ReplaceDialog(table.table_model, max(column, 1), self)
        dialog.accepted.connect(lambda: self._replaced(table.replace_in_column(*dialog.values())))
        self.last_message = dialog
        dialog.open()

    def _replaced(self, count: int) -> None:
        self.statusBar().showMessage(self.tr("%n cell(s) changed.", "", count), 5000)

    def choose_kit(self) -> None:
        from .kits import open_kit
        open_kit(self, self.doc)

    def choose_save_kit(self) -> None:
        from .kits import save_kit_as
        save_kit_as(self, self.doc)

    def edit_defaults(self) -> None:
        from .kitdialog import KitDialog
        dialog = KitDialog(self.doc.batch.kit, self)
        dialog.accepted.connect(lambda: self.doc.set_kit(dialog.result_kit(), self.tr("Change batch defaults")))
        dialog.open()
        self.kit_dialog = dialog

    def remove_selected(self) -> None:
        """Remove the selected files from the batch (undoable); ask first when some are uploaded
        or carry edits, which would otherwise be lost from sight without a word."""
        paths = set(self.grid.selected_paths())
        if not paths:
            return
        by_path = self.doc.items_by_path()
        chosen = [by_path[p] for p in paths if p in by_path]
        uploaded = sum(i.upload.state.is_done for i in chosen)
        edited = sum(i.meta != Metadata() for i in chosen)
        text = self.tr("Remove %n file(s)", "", len(paths))
        if not uploaded and not edited:
            self.doc.remove_items(paths, text)
            return
        question = self.tr("Remove %n file(s) from the batch?", "", len(paths))
        details = []
        if uploaded:
            details.append(self.tr("%n of them are uploaded: the batch would no longer list their pages.", "", uploaded))
        if edited:
            details.append(self.tr("%n of them have titles, descriptions or other values you gave.", "", edited))
        details.append(self.tr("The files on disk are not touched, and Undo puts them back."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("GLAM Uploader"),
                          question + "\n\n" + "\n".join(details), parent=self)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: box.clickedButton() is remove and self.doc.remove_items(paths, text))
        box.open()
        self.last_message = box

    # --- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        self.import_paths(paths)
        event.acceptProposedAction()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.doc.close()
        self.doc.tasks.wait(10000)
        super().closeEvent(event)
