"""The app's side of the upload service: logs in and runs ``jobs.service`` off the GUI thread.

pywikibot's configuration and sessions are global, so every wiki call goes through the
process's wiki gateway (``wiki.gateway``), one at a time; suggestions while typing are served
between the files and chunks of a running upload. Events come back through Qt signals.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..jobs.runner import EventKind, UploadEvent
from .tasks import GatewayTasks


class Uploader(QObject):
    logged_in = Signal(str)             # user name
    login_failed = Signal(object)       # exception (LoginFailed, WikiUnavailable, …)
    started = Signal()                  # a run began (the checks first): Pause may stop it
    checked = Signal(list)              # problems found before sending
    event = Signal(object)              # jobs.runner.UploadEvent
    finished = Signal(object)           # UploadSummary
    failed = Signal(object)             # exception that stopped the run
    journal_replaced = Signal(str)      # a damaged upload journal was set aside here; a new one begun
    checking = Signal(int, int)         # files checked on the wiki before sending, of how many
    rendered = Signal(str)              # HTML of a preview
    render_failed = Signal(object)      # exception

    def __init__(self, doc, parent=None, *, gateway=None) -> None:
        super().__init__(parent)
        self.doc = doc
        if gateway is None:
            from ..wiki.gateway import shared_gateway
            gateway = shared_gateway()
        self.gateway = gateway
        self.tasks = GatewayTasks(self, gateway=gateway)
        self.quick = GatewayTasks(self, gateway=gateway, interactive=True)   # login, previews
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
        self.quick.run(work, done, self.login_failed.emit)

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
        self.quick.run(work, self.rendered.emit, self.render_failed.emit)

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
        doc, session, gateway = self.doc, self.session, self.gateway
        self.started.emit()

        def on_event(event: UploadEvent) -> None:   # on the gateway, inside the long call
            if event.kind is EventKind.CHECKING:
                if event.index == event.total or event.index % 5 == 0:
                    self.checking.emit(event.index, event.total)
            else:
                self.event.emit(event)
            gateway.serve_interactive()   # a suggestion typed meanwhile waits one request at most

        def work():
            from ..core.pacing import Pacer
            from ..jobs.service import RunOptions, UploadService
            from ..media.localfiles import DiskFiles
            service = UploadService(
                doc.batch, session, save=doc.save_blocking, on_event=on_event, cancel=self.cancel,
                files=DiskFiles(), account=session.user, pacer=Pacer(session.upload_rate_limit()),
                options=RunOptions(retry_failed=retry_failed), lock=doc.lock)
            return service.run(on_planned=lambda result: self._planned(result))

        def done(result) -> None:
            self.running = False
            self.finished.emit(result.summary)

        def failed(exc) -> None:
            self.running = False
            self.failed.emit(exc)
        self.tasks.run(work, done, failed)

    def _planned(self, result) -> None:   # on the gateway: the checks before sending are done
        if result.journal_set_aside:
            self.journal_replaced.emit(result.journal_set_aside)
        self.checked.emit(result.problems)

    def pause(self) -> None:
        """Stop after the file that is going up now; ``start`` goes on with the rest."""
        self.cancel.set()


__all__ = ["Uploader", "UploadEvent"]
