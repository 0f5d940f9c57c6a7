"""Find and replace in one column of the table."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit


class ReplaceDialog(QDialog):
    def __init__(self, model, column: int, parent=None) -> None:
        super().__init__(parent)
        from .tableview import column_label
        self.setWindowTitle(self.tr("Find and replace"))
        form = QFormLayout(self)
        self.column = QComboBox()
        for n, key in enumerate(model.columns, start=1):
            self.column.addItem(column_label(key), n)
        self.column.setCurrentIndex(max(0, self.column.findData(column)))
        self.find, self.replace = QLineEdit(), QLineEdit()
        form.addRow(self.tr("In column"), self.column)
        form.addRow(self.tr("Find"), self.find)
        form.addRow(self.tr("Replace with"), self.replace)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Replace all"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, str, str]:
        return self.column.currentData(), self.find.text(), self.replace.text()
