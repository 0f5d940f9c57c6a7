"""A language picker with native names and codes: the kit's languages first, then Turkic, Russian, Arabic, English."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QComboBox, QCompleter

from ...core.languages import LANGUAGES, PREFERRED, get_language, rank_languages


def language_label(code: str) -> str:
    lang = get_language(code)
    return f"{lang.native_name} ({code})" if lang else code


class LanguageBox(QComboBox):
    """Editable, so any code Commons knows can be typed; matches native names and codes."""

    def __init__(self, parent=None, *, first: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # not as wide as the longest language name: the editor must fit a 1024-pixel screen
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.order = list(dict.fromkeys([*first, *PREFERRED, *(lang.code for lang in LANGUAGES)]))
        for code in self.order:
            self.addItem(language_label(code), code)
        # suggestions ranked by core.languages.rank_languages: typing "ar" offers Arabic first
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._rank)

    def _rank(self, text: str) -> None:
        self.suggestions.setStringList([language_label(c) for c in rank_languages(text, self.order)])

    def code(self) -> str:
        index = self.findText(self.currentText())
        if index >= 0:
            return self.itemData(index)
        text = self.currentText().strip()
        if text.endswith(")") and "(" in text:
            text = text.rsplit("(", 1)[1][:-1]
        return text.lower()

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)
