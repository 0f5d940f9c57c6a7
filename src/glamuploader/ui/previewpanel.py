"""The wikitext that will be sent for the current item, and the page the wiki renders from it."""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QTextBrowser

from ..core.batch import Batch
from ..core.item import MediaItem
from ..core.wikitext import render_page


class PreviewPanel(QTabWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.rendered = QTextBrowser()
        self.rendered.setOpenExternalLinks(True)
        self.addTab(self.source, "")
        self.addTab(self.rendered, "")
        self.item: MediaItem | None = None
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setTabText(0, self.tr("Wikitext"))
        self.setTabText(1, self.tr("Rendered page"))
        if self.item is None:
            self.source.setPlaceholderText(self.tr("Select a file to see the page that will be sent."))
            self.rendered.setPlaceholderText(self.tr("Log in to a wiki to see the page as it will look."))

    def show_item(self, item: MediaItem | None, batch: Batch) -> None:
        self.item = item
        self.source.setPlainText(render_page(item, batch.kit) if item is not None else "")

    def show_rendered(self, html: str) -> None:
        self.rendered.setHtml(html)
