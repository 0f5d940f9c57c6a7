"""The wikitext that will be sent for the current item, and the page the wiki renders from it."""
from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from ..core.batch import Batch
from ..core.item import MediaItem
from ..core.sdc import mediainfo
from ..core.wikitext import render_page


class PreviewPanel(QTabWidget):
    render_requested = Signal(str, str)   # wikitext, page title

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.rendered = QTextBrowser()
        self.rendered.setOpenExternalLinks(True)
        self.render_button = QPushButton()
        self.render_button.clicked.connect(self._ask_render)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.render_button)
        layout.addWidget(self.rendered, 1)
        self.structured = QPlainTextEdit()
        self.structured.setReadOnly(True)
        self.structured.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.addTab(self.source, "")
        self.addTab(self.structured, "")
        self.addTab(page, "")
        self.item: MediaItem | None = None
        self.title = ""
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setTabText(0, self.tr("Wikitext"))
        self.setTabText(1, self.tr("Structured data"))
        self.setTabText(2, self.tr("Rendered page"))
        self.structured.setPlaceholderText(self.tr("Captions and statements (depicts, licence, date, "
                                                   "location…) written to the file after upload."))
        self.render_button.setText(self.tr("Show it as the wiki renders it"))
        self.render_button.setToolTip(self.tr("Asks the wiki to render the page; nothing is saved there"))
        self.source.setPlaceholderText(self.tr("Select a file to see the page that will be sent."))
        self.rendered.setPlaceholderText(self.tr("Select one file, then ask the wiki to render its page."))

    def show_item(self, item: MediaItem | None, batch: Batch, title: str = "") -> None:
        self.item, self.title = item, title
        self.source.setPlainText(render_page(item, batch.kit) if item is not None else "")
        self.structured.setPlainText(json.dumps(mediainfo(item, batch.kit), ensure_ascii=False, indent=2)
                                     if item is not None else "")
        self.rendered.clear()
        self.render_button.setEnabled(item is not None)

    def _ask_render(self) -> None:
        if self.item is not None:
            self.rendered.setPlainText(self.tr("Asking the wiki…"))
            self.render_requested.emit(self.source.toPlainText(), "File:" + (self.title or self.item.name))

    def show_rendered(self, html: str) -> None:
        self.rendered.setHtml(html)

    def show_render_error(self, message: str) -> None:
        self.rendered.setPlainText(message)
