"""The login is done from the keyboard: name, Tab, password, Enter (no clicks into fields)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from glamuploader.ui.logindialog import LoginDialog


def test_the_login_takes_name_tab_password_enter_without_a_click(qtbot):
    dialog = LoginDialog("Wikimedia Commons")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.user.hasFocus, timeout=5000)     # the name field is ready to type in
    qtbot.keyClicks(dialog.user, "Aygul@glamuploader")
    qtbot.keyClick(dialog.user, Qt.Key.Key_Tab)
    assert dialog.password.hasFocus()
    qtbot.keyClicks(dialog.password, "s3cret")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.values() == ("Aygul@glamuploader", "s3cret", False)
