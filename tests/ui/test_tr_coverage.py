"""Every text the window shows goes through Qt's translation: a literal handed straight to a
Qt text setter (setText("Upload"), QLabel("Title"), addItem("All files")…) would stay English in
every language. Read from the source (the AST), so a text on a rarely opened dialog counts too."""
from __future__ import annotations

import ast
import pathlib
import re

UI = pathlib.Path(__file__).resolve().parents[2] / "src" / "glamuploader" / "ui"
# Qt calls whose text arguments a person reads
SETTERS = {"setText", "setTitle", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
           "setWhatsThis", "addItem", "insertItem", "setItemText", "setHeaderLabels", "setTabText", "addTab",
           "addMenu", "setButtonText", "setSubTitle", "setInformativeText", "setDetailedText",
           "setLabelText", "setWindowIconText", "showMessage", "setSuffix", "setPrefix", "setSpecialValueText",
           # dialogs made by Qt's static functions: their titles, texts and file filters
           "warning", "information", "critical", "question", "about", "getText", "getItem", "getInt",
           "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"}
CONSTRUCTORS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
                "QMessageBox"}
WORDS = re.compile(r"[^\W\d_]{2,}")          # a word in any script
# Texts that are not words of the app: data shown as it is, Wikimedia syntax, symbols
NOT_WORDS = re.compile(r"^(\{\{[^}]*\}\}|\[\[[^\]]*\]\]|https?://\S+|[A-Z]{1,3}\d*|Q\d+|px|\W*)$")


def _literal_words(node) -> str | None:
    """The words of a literal string or f-string argument, or None when it is not one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return None
    text = re.sub(r"<[^>]+>", " ", text).strip()     # markup around translated parts is fine
    if not text or NOT_WORDS.match(text) or not WORDS.search(text):
        return None
    return text


def untranslated_literals() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name not in SETTERS and name not in CONSTRUCTORS:
                continue
            for arg in node.args:
                words = _literal_words(arg)
                if words:
                    found.append(f"{path.relative_to(UI.parent)}:{node.lineno}: {name}({words!r})")
    return found


def test_no_text_reaches_a_qt_widget_without_going_through_tr():
    found = untranslated_literals()
    assert not found, f"{len(found)} text(s) not translatable:\n" + "\n".join(found)


def test_the_check_finds_a_literal_handed_to_a_widget(tmp_path, monkeypatch):
    (tmp_path / "dialog.py").write_text('label.setText("Upload")\nbox.addItem(self.tr("All"))\n'
                                        'QLabel(f"Files: {n}")\nedit.setPlaceholderText("{{Information}}")\n')
    monkeypatch.setattr(__import__(__name__), "UI", tmp_path)
    assert [f.split(": ", 1)[1] for f in untranslated_literals()] == ["setText('Upload')", "QLabel('Files:')"]
