"""The museum object's fields in the editor: a row per parameter of the page's template
(``{{Artwork}}``: artist, title, date, medium, dimensions, institution, accession number,
credit line; ``{{Photograph}}`` likewise; a Pattypan page template: its ``${places}``).

Shown when the batch's page asks for them. A value all the selected files share is shown; a
value that differs says so; one the batch defaults give is shown as coming from them.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from ...core import edits
from ...core.edits import MIXED
from ...core.wikitext import pages_of, template_fields
from ..fieldnames import template_field_label


class MuseumFields(QGroupBox):
    committed = Signal(str, str)        # "field:artist", the text typed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self._names: tuple[str, ...] = ()
        self._loaded: dict[str, object] = {}
        self.hide()
        self.translate_ui()

    def translate_ui(self) -> None:
        for label in self.findChildren(QLabel):
            if label.property("field_name"):
                label.setText(template_field_label(label.property("field_name")))
        self.setTitle(self.tr("Museum object"))
        self.setToolTip(self.tr("The fields of the page's museum template. An artist or institution can be "
                                "text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id."))

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def show_for(self, items: list, kit) -> None:
        names = template_fields(kit, pages_of(items, kit) or None) if kit is not None else ()
        if names != self._names:
            self._rebuild(names)
        self.setVisible(bool(names) and bool(items))
        if not names or not items:
            return
        keys = [f"field:{n}" for n in names]
        common = edits.common_values(items, keys)
        inherited = {k.strip().lower(): v for k, v in (kit.fields or {}).items()}
        for name, key in zip(names, keys):
            edit, value = self.edits[key], common[key]
            self._loaded[key] = value
            edit.blockSignals(True)
            edit.setText("" if value is MIXED or value is None else str(value))
            edit.blockSignals(False)
            if value is MIXED:
                edit.setPlaceholderText(self.tr("(differs between the selected files)"))
            elif inherited.get(name.lower()):
                edit.setPlaceholderText(self.tr("%1 — from the batch defaults").replace("%1", inherited[name.lower()]))
            else:
                edit.setPlaceholderText("")

    def _rebuild(self, names: tuple[str, ...]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.edits.clear()
        for name in names:
            key = f"field:{name}"
            edit = QLineEdit()
            edit.editingFinished.connect(lambda key=key: self._done(key))
            label = QLabel(template_field_label(name))
            label.setToolTip(name)    # the template's own parameter name, as on Commons
            label.setProperty("field_name", name)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
            self.edits[key] = edit
        self._names = names

    def _done(self, key: str) -> None:
        text = self.edits[key].text().strip()
        loaded = self._loaded.get(key)
        if loaded is MIXED and not text:
            return
        if text != (loaded or ""):
            self._loaded[key] = text
            self.committed.emit(key, text)


class PageTemplateBox(QComboBox):
    """The page of the selected files: the batch defaults' ({{Artwork}} for a museum), or one of
    their own (a sculpture's photo among paintings takes {{Art Photo}})."""

    chosen = Signal(str)                 # "" (the batch defaults'), "Artwork", …

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from ...core.kit import TEMPLATES
        self.addItem("", "")
        for name in TEMPLATES:
            self.addItem("{{" + name + "}}", name)
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index) or ""))
        from PySide6.QtCore import Qt
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_for(self, items: list, kit) -> None:
        default = getattr(kit, "description_template", "") or "Information"
        self.setItemText(0, self.tr("%1 — from the batch defaults").replace("%1", "{{" + default + "}}"))
        value = edits.common_value(items, "description_template") if items else ""
        self.setCurrentIndex(-1 if value is MIXED else max(0, self.findData(value or "")))
