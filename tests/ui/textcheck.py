"""Reads what a window shows, as the pseudo-locale test needs it: every text on screen, whether
it went through the translation (pseudo texts are [bracketed]), and whether it fits its widget."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QTabBar, QWidget)

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# What is not the app's own words: data (file names, wiki text, people's names), names of languages
# and licences' codes, Qt's own texts, which the pseudo language does not cover.
NOT_OURS = re.compile(r"<code>.*?</code>|<[^>]+>|&\w+;|https?://\S+|\S+\.(jpe?g|png|tiff?|ya?ml|csv)\b|\[\[[^\]]*\]\]|\{\{[^}]*\}\}|"
                      r"Special:\w+|Q\d+|Kazan|Baku|Aygul", re.I)


def strip_ours(text: str) -> str:
    """``text`` without its [bracketed] (pseudo-translated) parts, which may nest."""
    out, depth = [], 0
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def untranslated_words(text: str, allowed: set[str] = frozenset()) -> list[str]:
    rest = NOT_OURS.sub(" ", strip_ours(NOT_OURS.sub(" ", text)))
    return [w for w in LATIN_WORD.findall(rest) if w not in allowed]


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) pairs a widget shows."""
    found = []
    if isinstance(widget, QLabel) and widget.text():
        found.append(("label", widget.text()))
    if isinstance(widget, QAbstractButton) and widget.text():
        found.append(("button", widget.text()))
    if isinstance(widget, QGroupBox) and widget.title():
        found.append(("group", widget.title()))
    if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        found.append(("hint", widget.placeholderText()))
    if isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
        found.append(("choice", widget.currentText()))
    if isinstance(widget, QTabBar):
        found += [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None:
            from PySide6.QtCore import Qt
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    text = model.headerData(section, widget.orientation(), Qt.ItemDataRole.DisplayRole)
                    if text:
                        found.append(("column", str(text)))
    return found


def _cut(widget: QWidget) -> str | None:
    """Why the text of ``widget`` does not fit it, or None."""
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                return f"needs {need} px of height, has {widget.height()}"
        elif widget.minimumSizeHint().width() > widget.width() + 1:
            return f"needs {widget.minimumSizeHint().width()} px, has {widget.width()}"
    elif isinstance(widget, QAbstractButton) and widget.text():
        if widget.sizeHint().width() > widget.width() + 1:
            return f"needs {widget.sizeHint().width()} px, has {widget.width()}"
    elif isinstance(widget, QGroupBox) and widget.title():
        need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        if need > widget.width():
            return f"title needs {need} px, has {widget.width()}"
    elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
        need = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 24
        if need > widget.width():
            return f"needs {need} px, has {widget.width()}"
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            need = widget.fontMetrics().horizontalAdvance(widget.tabText(i).replace("&", ""))
            if need > widget.tabRect(i).width():
                return f"tab {i} needs {need} px, has {widget.tabRect(i).width()}"
    elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal" and widget.model():
        from PySide6.QtCore import Qt
        for section in range(widget.count()):
            text = widget.model().headerData(section, widget.orientation(), Qt.ItemDataRole.DisplayRole)
            if text and not widget.isSectionHidden(section):
                need = widget.fontMetrics().horizontalAdvance(str(text)) + 8
                if need > widget.sectionSize(section):
                    return f"column {section} ({text!r}) needs {need} px, has {widget.sectionSize(section)}"
    return None


def _qts_own(widget: QWidget) -> bool:
    """A standard button whose words come from Qt's own translation (OK, Cancel, Next >…),
    which the pseudo language does not cover."""
    from PySide6.QtWidgets import QDialogButtonBox
    parent = widget.parent()
    if isinstance(parent, QDialogButtonBox) and parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
        return True
    return widget.objectName().startswith(("__qt__passive_wizardbutton", "qt_wizard_"))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def problems(root: QWidget, where: str, allowed: set[str] = frozenset()) -> list[str]:
    """Every text under ``root`` (shown now) that is not translated or does not fit, as lines."""
    said = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget) or widget.property("data_text"):
            continue
        name = widget.objectName() or type(widget).__name__
        for what, text in _texts(widget):
            words = untranslated_words(text, allowed)
            if words and not _qts_own(widget):
                said.append(f"{where}: {what} {name} not translated: {text!r} ({', '.join(words)})")
        why = _cut(widget)
        if why:
            said.append(f"{where}: {type(widget).__name__} {name} cut off: {_texts(widget)[:1]} {why}")
    title = root.windowTitle()
    if title and untranslated_words(title, allowed):
        said.append(f"{where}: window title not translated: {title!r}")
    return said
