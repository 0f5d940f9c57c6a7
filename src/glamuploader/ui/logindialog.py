"""Log in with a bot password; optionally keep it in the system keyring."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton)

BOT_PASSWORD_HELP = "https://www.mediawiki.org/wiki/Manual:Bot_passwords"


class LoginDialog(QDialog):
    def __init__(self, target: str, parent=None, *, sandbox_account=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to %1").replace("%1", target))
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "Log in with a <b>bot password</b>: on the wiki, open Special:BotPasswords, make one "
            "(e.g. named <i>glamuploader</i>, with the rights to edit, create pages and upload files) "
            "and log in here as <i>YourName@glamuploader</i>. <a href=\"%1\">How bot passwords work</a>.")
            .replace("%1", BOT_PASSWORD_HELP))
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        form.addRow(intro)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("YourName@glamuploader"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"))
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.remember)
        if sandbox_account is not None:
            fill = QPushButton(self.tr("Use the sandbox wiki's test account"))
            fill.clicked.connect(lambda: (self.user.setText(sandbox_account[0]),
                                          self.password.setText(sandbox_account[1])))
            form.addRow(fill)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, bool]:
        return self.user.text().strip(), self.password.text(), self.remember.isChecked()
