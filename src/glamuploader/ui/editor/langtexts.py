"""Texts in several languages (descriptions, captions): one row per language, right-to-left where the script is."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from ...core.languages import is_rtl
from .languages import LanguageBox, language_label


class _TextRow(QWidget):
    committed = Signal(str, str)   # language, text
    removed = Signal(str)

    def __init__(self, lang: str, text: str, *, mixed: bool, multiline: bool, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._start = text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(language_label(lang))
        self.label.setMinimumWidth(110)
        self.edit: QPlainTextEdit | QLineEdit
        if multiline:
            self.edit = QPlainTextEdit(text)
            self.edit.setFixedHeight(self.edit.fontMetrics().height() * 3 + 12)
            self.edit.setTabChangesFocus(True)
        else:
            self.edit = QLineEdit(text)
            self.edit.editingFinished.connect(self._commit)
        self.mixed = mixed
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
        self.edit.setLayoutDirection(direction)
        if isinstance(self.edit, QPlainTextEdit):
            option = self.edit.document().defaultTextOption()
            option.setTextDirection(direction)
            option.setAlignment(Qt.AlignmentFlag.AlignRight if is_rtl(lang) else Qt.AlignmentFlag.AlignLeft)
            self.edit.document().setDefaultTextOption(option)
        self.edit.setAccessibleName(language_label(lang))
        remove = QToolButton()
        remove.setText("×")
        self.remove_button = remove
        remove.clicked.connect(lambda: self.removed.emit(self.lang))
        self.translate_ui()
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(remove)

    def translate_ui(self) -> None:
        self.remove_button.setToolTip(self.tr("Remove this language"))
        self.edit.setPlaceholderText(self.tr("(differs between the selected files)") if self.mixed else "")

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    def _commit(self) -> None:
        text = self.text()
        if text != self._start:
            self._start = text
            self.committed.emit(self.lang, text)

    def focusOutCommit(self) -> None:  # noqa: N802 - called by the parent on focus change
        self._commit()


class LanguageTexts(QWidget):
    """Emits ``committed(lang, text)`` when a text is changed and ``removed(lang)``."""

    committed = Signal(str, str)
    removed = Signal(str)

    def __init__(self, parent=None, *, multiline: bool = True) -> None:
        super().__init__(parent)
        self.multiline = multiline
        self.rows: dict[str, _TextRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        self._layout.addLayout(self._rows_box)
        adder = QHBoxLayout()
        self.picker = LanguageBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        adder.addWidget(self.picker, 1)
        adder.addWidget(self.add_button)
        self._layout.addLayout(adder)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.add_button.setText(self.tr("Add language"))
        for row in self.rows.values():
            row.translate_ui()

    def set_values(self, values: dict[str, str], mixed: set[str], *, default: str = "",
                   hint: str = "") -> None:
        """One row per language; with none yet, an empty row in ``default`` (the batch's first
        language, or the app's): a newcomer sees where to type, without pressing a button first."""
        for row in self.rows.values():
            row.hide()
            self._rows_box.removeWidget(row)
            row.deleteLater()
        self.rows.clear()
        for lang in [*values, *sorted(mixed - set(values))]:
            self._add_row(lang, values.get(lang, ""), mixed=lang in mixed)
        if not self.rows and default:
            row = self._add_row(default, "", mixed=False)
            if hint:   # what is sent unless something is typed: the text the file carries
                row.edit.setPlaceholderText(hint)
        if default:
            self.picker.set_code(default)

    def _add_row(self, lang: str, text: str, *, mixed: bool) -> _TextRow:
        row = _TextRow(lang, text, mixed=mixed, multiline=self.multiline)
        row.committed.connect(self.committed)
        row.removed.connect(self.removed)
        if isinstance(row.edit, QPlainTextEdit):
            row.edit.installEventFilter(self)
        self.rows[lang] = row
        self._rows_box.addWidget(row)
        return row

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            for row in self.rows.values():
                if row.edit is obj:
                    row.focusOutCommit()
        return super().eventFilter(obj, event)

    def _add_clicked(self) -> None:
        lang = self.picker.code()
        if not lang:
            return
        row = self.rows.get(lang) or self._add_row(lang, "", mixed=False)
        row.edit.setFocus()

    def commit_all(self) -> None:
        for row in list(self.rows.values()):
            row.focusOutCommit()
