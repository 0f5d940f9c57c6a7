"""The wikitext that will be sent for the current item, and the page the wiki renders from it."""
from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QPlainTextEdit, QPushButton, QTabWidget, QTextBrowser,
                               QVBoxLayout, QWidget)

from ..core.batch import Batch
from ..core.item import MediaItem
from ..core import sdc
from ..core.sdc import mediainfo, readable
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
        self.structured = QPlainTextEdit()   # statements with their names; JSON on request
        self.structured.setReadOnly(True)
        self.as_json = QCheckBox()
        self.as_json.toggled.connect(lambda _on: self._show_structured())
        sdc_page = QWidget()
        sdc_layout = QVBoxLayout(sdc_page)
        sdc_layout.setContentsMargins(0, 0, 0, 0)
        sdc_layout.addWidget(self.structured, 1)
        sdc_layout.addWidget(self.as_json)
        self._data: dict = {}
        self.addTab(self.source, "")
        self.addTab(sdc_page, "")
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
        self.as_json.setText(self.tr("Show as JSON (what is sent to the wiki)"))
        self._show_structured()
        self.render_button.setText(self.tr("Show it as the wiki renders it"))
        self.render_button.setToolTip(self.tr("Asks the wiki to render the page; nothing is saved there"))
        self.source.setPlaceholderText(self.tr("Select a file to see the page that will be sent."))
        self.rendered.setPlaceholderText(self.tr("Select one file, then ask the wiki to render its page."))

    def show_item(self, item: MediaItem | None, batch: Batch, title: str = "") -> None:
        self.item, self.title = item, title
        self.source.setPlainText(render_page(item, batch.kit) if item is not None else "")
        self._data = mediainfo(item, batch.kit) if item is not None else {}
        self._show_structured()
        self.rendered.clear()
        self.render_button.setEnabled(item is not None)

    def _property_name(self, key: str) -> str:
        if key.startswith("caption:"):
            return self.tr("Caption (%1)").replace("%1", key.split(":", 1)[1])
        names = {
            sdc.DEPICTS: self.tr("Depicts"), sdc.CREATOR: self.tr("Creator"), sdc.LICENSE: self.tr("Licence"),
            sdc.STATUS: self.tr("Copyright status"), sdc.SOURCE: self.tr("Source of file"),
            sdc.INCEPTION: self.tr("Date"), sdc.POINT_OF_VIEW: self.tr("Where the photo was taken"),
            sdc.DEPICTED_PLACE: self.tr("Place shown"), sdc.REPRESENTS: self.tr("Reproduces the artwork"),
            sdc.COLLECTION: self.tr("Collection"), sdc.INVENTORY: self.tr("Inventory number"),
            sdc.AUTHOR_NAME: self.tr("Author's name"), sdc.USERNAME: self.tr("Wikimedia user name"),
            sdc.URL: self.tr("Web address"), sdc.DESCRIBED_AT: self.tr("Described at"),
        }
        return f"{names[key]} ({key})" if key in names else key

    def _show_structured(self) -> None:
        if not self._data:
            self.structured.setPlainText("")
        elif self.as_json.isChecked():
            self.structured.setPlainText(json.dumps(self._data, ensure_ascii=False, indent=2))
        else:
            lines = []
            for key, value, qualifiers in readable(self._data):
                lines.append(f"{self._property_name(key)}: {value}")
                lines += [f"    {self._property_name(q)}: {v}" for q, v in qualifiers]
            self.structured.setPlainText("\n".join(lines))

    def _ask_render(self) -> None:
        if self.item is not None:
            self.rendered.setPlainText(self.tr("Asking the wiki…"))
            self.render_requested.emit(self.source.toPlainText(), "File:" + (self.title or self.item.name))

    def show_rendered(self, html: str) -> None:
        self.rendered.setHtml(html)

    def show_render_error(self, message: str) -> None:
        self.rendered.setPlainText(message)
