"""The batch's defaults (its session kit): licence, author, source, title pattern, categories…"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit)

from ..core.kit import TEMPLATES, TRACKING_CATEGORY, Kit
from ..core.licenses import LICENSES
from .licensetexts import license_name
from .messages import privacy_choices


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class KitDialog(QDialog):
    def __init__(self, kit: Kit, parent=None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.setWindowTitle(self.tr("Batch defaults"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("These values apply to every file that does not have its own. "
                               "Save them as a session kit to hand them to other volunteers."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.name = QLineEdit(kit.name)
        self.license = QComboBox()
        self.license.addItem("", "")
        for lic in LICENSES:
            self.license.addItem(license_name(lic), lic.id)
        self.license.setCurrentIndex(max(0, self.license.findData(kit.license)))
        self.author = QLineEdit(kit.author)
        self.author.setPlaceholderText(self.tr("e.g. [[User:Name|Name]]"))
        self.source = QLineEdit(kit.source)
        self.source.setPlaceholderText(self.tr("Empty for your own work"))
        self.pattern = QLineEdit(kit.title_pattern)
        self.pattern.setToolTip(self.tr("Fields: {title}, {date}, {n:03} (a number), {original} (the file "
                                        "name), {description:en}, and the kit's own fields such as {institution}"))
        self.template = QComboBox()
        for name in TEMPLATES:
            self.template.addItem(name, name)
        self.template.setCurrentIndex(max(0, self.template.findData(kit.description_template)))
        self.categories = QPlainTextEdit("\n".join(kit.categories))
        self.categories.setPlaceholderText(self.tr("One category a line"))
        self.templates = QPlainTextEdit("\n".join(kit.templates))
        self.templates.setPlaceholderText(self.tr("One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}"))
        for edit in (self.categories, self.templates):
            edit.setFixedHeight(edit.fontMetrics().height() * 4 + 12)
        self.privacy = QComboBox()     # every file sent as a cleaned copy (the editor's words)
        for value, text in privacy_choices():
            self.privacy.addItem(text, value)
        self.privacy.setCurrentIndex(max(0, self.privacy.findData(kit.privacy)))
        self.tracking = QCheckBox(self.tr("Add the category \u201c%1\u201d").replace("%1", TRACKING_CATEGORY))
        self.tracking.setChecked(kit.tracking_category)
        form.addRow(self.tr("Name of the event or partnership"), self.name)
        form.addRow(self.tr("Licence"), self.license)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Title pattern"), self.pattern)
        form.addRow(self.tr("Description template"), self.template)
        form.addRow(self.tr("Categories for every file"), self.categories)
        form.addRow(self.tr("Templates for every file"), self.templates)
        form.addRow(self.tr("Privacy for every file"), self.privacy)
        form.addRow(self.tracking)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_kit(self) -> Kit:
        return replace(self.kit, name=self.name.text().strip(), license=self.license.currentData() or "",
                       author=self.author.text().strip(), source=self.source.text().strip(),
                       title_pattern=self.pattern.text().strip() or "{title}",
                       description_template=self.template.currentData() or "Information",
                       categories=_lines(self.categories.toPlainText()),
                       templates=_lines(self.templates.toPlainText()),
                       tracking_category=self.tracking.isChecked(),
                       privacy=self.privacy.currentData() or "")
