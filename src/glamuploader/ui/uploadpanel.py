"""The upload window: log in, then per-file and overall progress, time left, pause, resume,
retry failed, links to the finished file pages, and the report at the end."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from ..core.item import ItemState
from ..jobs.runner import pending_items
from .delegate import badge_label
from .logindialog import LoginDialog
from .translations import number
from .messages import describe_exception, isolate, login_error_message, upload_error_message
from .models import badge_for
from .uploader import Uploader


class UploadPanel(QDialog):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.doc = controller.doc
        self.uploader = controller.wiki()
        self.resize(760, 520)      # not a minimum: the layout's own keeps every button's words whole
        layout = QVBoxLayout(self)
        self.account = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.account, 1)
        self.login_button = QPushButton()
        self.login_button.clicked.connect(self.ask_login)
        top.addWidget(self.login_button)
        layout.addLayout(top)
        self.current = QLabel()
        self.current.setWordWrap(True)   # the result and a notice can take two lines
        self.file_bar = QProgressBar()
        self.total_bar = QProgressBar()
        self.eta = QLabel()
        for widget in (self.current, self.file_bar, self.total_bar, self.eta):
            layout.addWidget(widget)
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        # long file page addresses are cut in the middle (the end names the file); full in a tooltip
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemActivated.connect(self._open_link)
        self.list.itemDoubleClicked.connect(self._open_link)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.start_button, self.pause_button, self.cancel_button = QPushButton(), QPushButton(), QPushButton()
        self._close_when_stopped = False
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button, self.report_button, self.gallery_button = QPushButton(), QPushButton(), QPushButton()
        self.start_button.clicked.connect(self._start_clicked)
        self._start_after_login = False
        self.pause_button.clicked.connect(self.uploader.pause)
        self.retry_button.clicked.connect(lambda: self.uploader.start(retry_failed=True))
        self.report_button.clicked.connect(self.save_report)
        self.gallery_button.clicked.connect(self.copy_gallery)
        for button in (self.start_button, self.pause_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        after = QHBoxLayout()     # what to do once files went up: a row of its own (longer languages)
        for button in (self.retry_button, self.report_button, self.gallery_button):
            after.addWidget(button)
        after.addStretch(1)
        layout.addLayout(buttons)
        layout.addLayout(after)
        u = self.uploader
        u.logged_in.connect(self._logged_in)
        u.login_failed.connect(self._login_failed)
        u.checked.connect(self._checked)
        u.event.connect(self._event)
        u.finished.connect(self._finished)
        u.failed.connect(self._failed)
        u.journal_replaced.connect(self._journal_replaced)
        u.checking.connect(self._checking)
        u.started.connect(self._started_run)
        # the panel is rebuilt from the document: after an import, or another batch opened
        self.doc.batch_replaced.connect(self._batch_replaced)
        self.doc.import_finished.connect(self._refresh_unless_running)   # bound: no lambda on doc
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._started = 0.0
        self._notice = ""    # said again with the run's result, so it is not missed
        self._bytes_done = 0
        self._bytes_total = 0
        self._paced_left = 0.0
        self._login_dialog: LoginDialog | None = None
        self.translate_ui()
        self.refresh()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Upload to %1").replace("%1", self.doc.batch.target))
        self.login_button.setText(self.tr("Log in…"))
        self.start_button.setText(self.tr("Start upload") if not self._started else self.tr("Resume"))
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Stop after the file that is going up now; a big file stops "
                                             "after its current chunk and goes on from there"))
        self._name_cancel()
        self.cancel_button.setToolTip(self.tr("Stop after the file that is going up now and close; "
                                              "what was uploaded stays recorded"))
        self.retry_button.setText(self.tr("Retry failed"))
        self.report_button.setText(self.tr("Save report (CSV)…"))
        self.gallery_button.setText(self.tr("Copy gallery wikitext"))
        if getattr(self, "_last_summary", None) is not None and not self.uploader.running:
            self.current.setText(self._say_finished(self._last_summary))
        self.list.setHeaderLabels([self.tr("File"), self.tr("State"), self.tr("File page")])
        self._show_account()

    def showEvent(self, event) -> None:  # noqa: N802
        self.translate_ui()
        self._refresh_unless_running()
        super().showEvent(event)

    def _refresh_unless_running(self, *_args) -> None:
        if not self.uploader.running:
            self.refresh()

    def _batch_replaced(self) -> None:
        self._last_summary = None
        self._started = 0.0
        self._bytes_done = 0
        self.current.setText("")
        self.translate_ui()
        self._refresh_unless_running()

    def _started_run(self) -> None:
        self.current.setText(self.tr("Looking at the files before sending…"))
        self._update_buttons()

    def _session(self):
        """The login, when it is to the batch's wiki (another batch may aim at another wiki)."""
        session = self.uploader.session
        return session if session is not None and session.target.name == self.doc.batch.target else None

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------
    def _show_account(self) -> None:
        session = self._session()
        if session is None:
            self.account.setText(self.tr("Not logged in to %1.").replace("%1", self.doc.batch.target))
        else:
            self.account.setText(self.tr("Logged in to %1 as %2.").replace("%1", self.doc.batch.target)
                                 .replace("%2", session.user))
        self._update_buttons()

    def _name_cancel(self) -> None:
        """"Cancel" while there is something to stop or still to send; "Close" once all is done."""
        done = not self.uploader.running and not pending_items(self.doc.batch)
        self.cancel_button.setText(self.tr("Close") if done else self.tr("Cancel"))

    def _update_buttons(self) -> None:
        running = self.uploader.running
        logged_in = self._session() is not None
        errors = any(p.is_error for p in self.doc.problems)
        pending = bool(pending_items(self.doc.batch))
        failed = any(i.upload.state is ItemState.FAILED for i in self.doc.batch.items)
        # not logged in yet: Start logs in first and then goes on (one click less for a newcomer)
        self.start_button.setEnabled(not running and pending and not errors)
        if not self._started:
            self.start_button.setText(self.tr("Start upload") if logged_in else self.tr("Log in and upload…"))
        self.pause_button.setEnabled(running)
        self.retry_button.setEnabled(logged_in and not running and failed)
        self.login_button.setEnabled(not running)
        self._name_cancel()

    def refresh(self) -> None:
        """One row per item, with its state and, once uploaded, the link to its page."""
        self.list.clear()
        self._rows.clear()
        for item in self.doc.batch.items:
            row = QTreeWidgetItem([item.name, "", ""])
            row.setData(0, Qt.ItemDataRole.UserRole, item.path)
            self._rows[item.path] = row
            self.list.addTopLevelItem(row)
            self._show_row(item)
        self._bytes_total = sum(i.facts.size for i in pending_items(self.doc.batch))
        self.total_bar.setRange(0, max(1, len(self.doc.batch.items)))
        self.total_bar.setValue(sum(i.upload.state.is_done for i in self.doc.batch.items))
        self.total_bar.setFormat(self.tr("%v of %m files"))
        self._update_buttons()

    def _show_row(self, item) -> None:
        row = self._rows.get(item.path)
        if row is None:
            return
        state = badge_for(item, [])
        text = badge_label(state)
        if item.upload.state is ItemState.FAILED:
            text += ": " + upload_error_message(item.upload.error, item.upload.error_info,
                                                 kind=item.facts.kind or "")
        row.setText(1, text)
        row.setToolTip(1, text)
        # shown as people read it ("File:Söyembikä…", not "File:S%C3%B6yembik%C3%A4…"); opened as it is
        row.setText(2, QUrl(item.upload.url).toDisplayString() if item.upload.url else "")
        row.setToolTip(2, row.text(2))
        row.setData(2, Qt.ItemDataRole.UserRole, item.upload.url)

    # --- login ----------------------------------------------------------------------------
    def ask_login(self) -> None:
        target = self.doc.batch.target
        if target == "sandbox":
            self.controller.tasks.run(Uploader.sandbox_account, lambda acc: self._open_login(target, acc),
                                      lambda exc: self._open_login(target, None))
        else:
            self._open_login(target, None)

    def _open_login(self, target: str, account) -> None:
        dialog = LoginDialog(target, self, sandbox_account=account)
        self._login_dialog = dialog
        dialog.accepted.connect(lambda: self._do_login(dialog))
        dialog.rejected.connect(self._forget_start)
        dialog.open()

    def _do_login(self, dialog: LoginDialog) -> None:
        user, password, remember = dialog.values()
        self.account.setText(self.tr("Logging in…"))
        self.login_button.setEnabled(False)
        self.uploader.log_in(self.doc.batch.target, user, password, remember=remember)

    def _forget_start(self) -> None:
        self._start_after_login = False

    def _start_clicked(self) -> None:
        if self._session() is None:
            self._start_after_login = True
            self.ask_login()
        else:
            self.uploader.start()

    def _logged_in(self, _user: str) -> None:
        self._show_account()
        if self._start_after_login:
            self._start_after_login = False
            self.uploader.start()

    def _login_failed(self, exc) -> None:
        self._start_after_login = False
        self.account.setText(self.tr("Login failed: %1").replace("%1", login_error_message(exc)))
        self.login_button.setEnabled(True)

    # --- upload ---------------------------------------------------------------------------
    def _checked(self, problems) -> None:
        self._started = self._started or time.monotonic()
        self.current.setText(self.tr("The files are checked; sending them now."))
        for p in problems:
            row = self._rows.get(p.item)
            if row is not None and p.is_error and p.code != "duplicate-on-wiki":
                from .messages import problem_message
                row.setText(1, problem_message(p))
        for item in self.doc.batch.items:
            if item.upload.state is ItemState.DUPLICATE:
                self._show_row(item)
        self.start_button.setText(self.tr("Resume"))
        self._update_buttons()

    def _event(self, event) -> None:
        item = event.item
        if event.kind == "refused" and event.problems:
            from .messages import problem_message
            self._bytes_done += item.facts.size
            row = self._rows.get(item.path)
            if row is not None:
                row.setText(1, problem_message(event.problems[0]))
                row.setToolTip(1, row.text(1))
            self.doc.model.refresh([item.path])
            return
        if event.kind == "waiting":
            self.current.setText(self.tr("Waiting %1 s: this account may upload only so many files "
                                         "an hour (the wiki's rate limit)").replace("%1", f"{event.seconds:.0f}"))
            return
        if event.kind == "retrying":
            text = (self.tr("The wiki is busy; trying %1 again in %2 s") if event.error
                    else self.tr("The wiki did not answer; trying %1 again in %2 s"))
            self.current.setText(text.replace("%1", item.name).replace("%2", f"{event.seconds:.0f}"))
            return
        if event.kind == "start":
            if event.seconds:
                self._paced_left = event.seconds
            self.current.setText(self.tr("Uploading %1").replace("%1", item.name))
            self.file_bar.setRange(0, max(1, event.size))
            self.file_bar.setValue(0)
        elif event.kind == "progress":
            self.file_bar.setRange(0, max(1, event.size))
            self.file_bar.setValue(event.sent)
            self._show_eta(self._bytes_done + event.sent)
        else:
            self._bytes_done += item.facts.size
            self.file_bar.setValue(self.file_bar.maximum())
            self.total_bar.setValue(sum(i.upload.state.is_done for i in self.doc.batch.items))
            self._show_eta(self._bytes_done)
        self._show_row(item)
        self.doc.model.refresh([item.path])
        self._update_buttons()

    def cancel(self) -> None:
        if self.uploader.running:
            self._close_when_stopped = True
            self.uploader.pause()
            self.current.setText(self.tr("Stopping after the file that is going up now…"))
        else:
            self.hide()

    def _stopped(self) -> None:
        if self._close_when_stopped:
            self._close_when_stopped = False
            self.hide()

    def _show_eta(self, done: int) -> None:
        elapsed = time.monotonic() - (self._started or time.monotonic())
        if done <= 0 or elapsed < 1 or self._bytes_total <= done:
            self.eta.setText("")
            return
        left = max(elapsed * (self._bytes_total - done) / done, self._paced_left)
        if left < 1:   # "0 min 0 s left" says nothing
            self.eta.setText("")
            return
        minutes, seconds = divmod(int(left), 60)
        self.eta.setText(self.tr("About %1 min %2 s left").replace("%1", number(minutes)).replace("%2", number(seconds)))

    def _say_finished(self, summary) -> str:
        text = self.tr("%1 uploaded, %2 already on the wiki, %3 failed.").replace("%1", number(len(summary.uploaded))) \
            .replace("%2", number(len(summary.duplicates))).replace("%3", number(len(summary.failed) + len(summary.refused)))
        if summary.cancelled:
            text = self.tr("Paused.") + " " + text
        if summary.sdc_unsupported:
            text += " " + self.tr("This wiki has no structured data: captions and statements were not written.")
        return text

    def _finished(self, summary) -> None:
        self._last_summary = summary   # said again in another language, should it change
        text = self._say_finished(summary)
        self.current.setText(" ".join(filter(None, (text, self._notice))))
        self._notice = ""
        self.eta.setText("")
        self.doc.model.refresh_all()
        self.doc.check_now()
        self._update_buttons()
        self._stopped()

    def _failed(self, exc) -> None:
        self.current.setText(describe_exception("upload", exc))
        self.doc.model.refresh_all()
        self._update_buttons()
        self._stopped()

    def _checking(self, done: int, total: int) -> None:
        self.current.setText(self.tr("Looking at the files before sending (still there, changed since import): %1 of %2…")
                             .replace("%1", number(done)).replace("%2", number(total)))

    def _journal_replaced(self, path: str) -> None:
        self._notice = (self.tr("The upload journal was damaged. It is kept as %1 and a new one was "
                                     "begun. Nothing is lost: files already on the wiki are found by their "
                                     "checksum.").replace("%1", str(isolate(path))))
        self.current.setText(self._notice)

    def _open_link(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        url = row.data(2, Qt.ItemDataRole.UserRole)
        if url:
            QDesktopServices.openUrl(QUrl(url))

    # --- report ---------------------------------------------------------------------------
    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> None:
        """The CSV report, named .csv even when the name typed had no extension."""
        if not path.lower().endswith(".csv"):
            path += ".csv"
        from ..core.report import csv_report
        text = csv_report(self.doc.batch)

        def write() -> str:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            return path
        self.controller.tasks.run(
            write, lambda done: self.current.setText(self.tr("The report is saved as %1.").replace("%1", isolate(done))),
            lambda exc: self.current.setText(describe_exception("save", exc)))

    def copy_gallery(self) -> None:
        from ..core.report import gallery_report
        QGuiApplication.clipboard().setText(gallery_report(self.doc.batch))
        self.current.setText(self.tr("The gallery wikitext is on the clipboard."))
