"""The upload worker: logs in and runs ``jobs.runner`` on one serial thread per app, off the GUI thread.

pywikibot's configuration and sessions are global, so every wiki call goes through this one
serial pool. Events come back to the GUI thread through Qt signals.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..core.item import ItemState
from ..core.validate import ChecksCancelled
from ..jobs.runner import UploadEvent, UploadSummary, upload_batch
from .tasks import Tasks


class Uploader(QObject):
    logged_in = Signal(str)             # user name
    login_failed = Signal(object)       # exception (LoginFailed, WikiUnavailable, …)
    checked = Signal(list)              # problems found online, before sending
    event = Signal(object)              # jobs.runner.UploadEvent
    finished = Signal(object)           # UploadSummary
    failed = Signal(object)             # exception that stopped the run
    journal_replaced = Signal(str)      # a damaged upload journal was set aside here; a new one begun
    checking = Signal(int, int)         # files checked on the wiki before sending, of how many
    rendered = Signal(str)              # HTML of a preview
    render_failed = Signal(object)      # exception

    def __init__(self, doc, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self.tasks = Tasks(self, pool=pool)
        self.session = None
        self.anonymous = None             # for previews before logging in
        self.cancel = threading.Event()
        self.running = False

    # --- login ----------------------------------------------------------------------------
    def log_in(self, target: str, user: str, password: str, *, remember: bool) -> None:
        def work():
            from ..wiki import connect
            return connect(target, user=user or None, password=password or None, remember=remember)

        def done(session) -> None:
            self.session = session
            self.logged_in.emit(session.user)
        self.tasks.run(work, done, self.login_failed.emit)

    def render(self, target: str, text: str, title: str) -> None:
        """Ask the wiki to render ``text`` (logged in or not); ``rendered`` gets the HTML."""
        def work() -> str:
            session = self.session
            if session is None or session.target.name != target:
                if self.anonymous is None or self.anonymous.target.name != target:
                    from ..wiki import connect
                    self.anonymous = connect(target, login=False)
                session = self.anonymous
            return session.render_html(text, title)
        self.tasks.run(work, self.rendered.emit, self.render_failed.emit)

    @staticmethod
    def sandbox_account():
        """(user, password) of the local sandbox wiki, or None: read off the GUI thread by callers."""
        from ..sandbox import Sandbox
        status = Sandbox().status()
        return (status.info.bot_user, status.info.bot_password) if status.info else None

    # --- upload ---------------------------------------------------------------------------
    def start(self, *, retry_failed: bool = False) -> None:
        if self.session is None or self.running:
            return
        self.running = True
        self.cancel.clear()
        doc, session, batch = self.doc, self.session, self.doc.batch
        if retry_failed:
            with doc.lock:
                for item in batch.items:
                    if item.upload.state is ItemState.FAILED:
                        item.upload.state, item.upload.error, item.upload.error_info = ItemState.NEW, "", ""

        def work():
            from ..core.pacing import Pacer
            from ..jobs.journal import Journal
            from ..jobs.plan import plan_upload
            from ..jobs.runner import structured_data_items
            with Journal() as journal:
                if journal.set_aside:
                    self.journal_replaced.emit(journal.set_aside)
                log = journal.for_wiki(session.target.api_url, session.user)
                try:   # network, a few requests per file: not under the document's lock
                    plan = plan_upload(batch, session, journal=log, progress=self._checking,
                                       cancelled=self.cancel.is_set)
                except ChecksCancelled:
                    return UploadSummary(cancelled=True)
                doc.save_blocking()
                self.checked.emit(plan.problems)
                only = {i.path for i in plan.ready} | {i.path for i in structured_data_items(batch)}
                pacer = Pacer(session.upload_rate_limit())   # spaced under the account's rate limit
                return upload_batch(batch, session, save=doc.save_blocking, on_event=self.event.emit,
                                    cancel=self.cancel, only=only, sdc=session, pacer=pacer, journal=log)

        def done(summary) -> None:
            self.running = False
            self.finished.emit(summary)

        def failed(exc) -> None:
            self.running = False
            self.failed.emit(exc)
        self.tasks.run(work, done, failed)

    def _checking(self, done: int, total: int) -> None:   # on the worker thread
        if done == total or done % 5 == 0:   # a signal per file would only crowd the GUI thread
            self.checking.emit(done, total)

    def pause(self) -> None:
        """Stop after the file that is going up now; ``start`` goes on with the rest."""
        self.cancel.set()


__all__ = ["Uploader", "UploadEvent"]
