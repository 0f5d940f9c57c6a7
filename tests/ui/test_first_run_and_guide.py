"""The first start: an assistant asks for the wiki, checks the bot password on the real sandbox
wiki, and keeps the author and licence for new batches; every step can be skipped and found
again. Help ▸ Guide explains the common job."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from glamuploader.ui.firstrun import DEFAULTS_PAGE, DONE_PAGE, LOGIN_PAGE, WIKI_PAGE, author_from_user


def _next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_the_assistant_opens_once_at_the_first_start_and_not_for_the_demo_or_a_batch_file(make_app, qtbot):
    app = make_app()
    assert app.first_run_due()
    assert not app.first_run_due(demo=True) and not app.first_run_due(open_path="walk.glam.yaml")
    wizard = app.show_first_run()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert not app.first_run_due()                       # skipped is done: it does not come back
    assert not make_app().first_run_due()                # not at the next start either


def test_choosing_the_sandbox_checking_the_login_and_finishing_sets_up_new_batches(make_app, sandbox, qtbot):
    app = make_app()
    assert app.settings.get("target") == "commons"
    wizard = app.show_first_run()
    qtbot.waitExposed(wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == WIKI_PAGE
    radio = wizard.wiki_buttons["sandbox"]     # clicked on its words, as a person does (the row is wider)
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(12, radio.height() // 2))
    assert wizard.target() == "sandbox"
    _next(qtbot, wizard)
    assert wizard.currentId() == LOGIN_PAGE
    qtbot.waitUntil(lambda: wizard.sandbox_button.isVisible() and "Special:BotPasswords" in wizard.login_intro.text()
                    and sandbox.server in wizard.login_intro.text(), timeout=10000)   # the sandbox's own page
    qtbot.keyClicks(wizard.user, sandbox.bot_user)
    qtbot.keyClicks(wizard.password, sandbox.bot_password)
    wizard.remember.setChecked(False)
    qtbot.keyClick(wizard.password, Qt.Key.Key_Return)  # Enter checks the login, on the real wiki
    qtbot.waitUntil(lambda: "Logged in as" in wizard.login_state.text(), timeout=30000)
    assert sandbox.bot_user.split("@")[0] in wizard.login_state.text()
    _next(qtbot, wizard)
    assert wizard.currentId() == DEFAULTS_PAGE
    name = sandbox.bot_user.split("@")[0]
    assert wizard.author.text() == f"[[User:{name}|{name}]]"      # offered from the login
    wizard.licence.setCurrentIndex(wizard.licence.findData("cc-by-4.0"))
    _next(qtbot, wizard)
    assert wizard.currentId() == DONE_PAGE
    assert "CC BY 4.0" in wizard.summary.text() and "Preferences" in wizard.summary.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    s = app.settings
    assert (s.get("target"), s.get("author"), s.get("license")) == ("sandbox", f"[[User:{name}|{name}]]", "cc-by-4.0")
    assert app.doc.batch.target == "sandbox" and app.doc.batch.kit.license == "cc-by-4.0"   # the empty batch too
    assert app.wiki().session is not None and app.wiki().session.target.name == "sandbox"  # no second login
    app.window.new_batch()
    assert app.doc.batch.kit.author == f"[[User:{name}|{name}]]" and app.doc.batch.kit.license == "cc-by-4.0"


def test_a_wrong_bot_password_is_explained_on_the_login_page(make_app, sandbox, qtbot):
    app = make_app()
    wizard = app.show_first_run()
    wizard.wiki_buttons["sandbox"].setChecked(True)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == LOGIN_PAGE
    wizard.user.setText(sandbox.bot_user)
    wizard.password.setText("not the password")
    wizard.remember.setChecked(False)
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Login failed" in wizard.login_state.text(), timeout=30000)
    assert "not the password" not in wizard.login_state.text() and wizard.check_button.isEnabled()


def test_every_step_can_be_passed_by_and_nothing_is_changed_for_what_was_left_empty(make_app, qtbot):
    app = make_app()
    app.settings.set("author", "[[User:Aygul|Aygul]]")
    wizard = app.show_first_run()
    for _ in range(4):
        _next(qtbot, wizard)
    assert wizard.currentId() == DONE_PAGE
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert (app.settings.get("target"), app.settings.get("author"), app.settings.get("license")) == \
        ("commons", "[[User:Aygul|Aygul]]", "")


def test_preferences_keep_the_default_licence_and_lead_back_to_the_assistant(make_app, qtbot):
    from PySide6.QtWidgets import QPushButton
    app = make_app()
    app.show_preferences()
    dialog = app.preferences_dialog
    dialog.license.setCurrentIndex(dialog.license.findData("cc0"))
    dialog.accept()
    assert app.settings.get("license") == "cc0"
    app.window.new_batch()
    assert app.doc.batch.kit.license == "cc0"
    app.show_preferences()
    again = next(b for b in app.preferences_dialog.findChildren(QPushButton) if "step by step" in b.text())
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    assert app.first_run_dialog.isVisible() and not app.preferences_dialog.isVisible()


def test_a_bot_password_login_name_becomes_a_credit_line():
    assert author_from_user("Aygul@glamuploader") == "[[User:Aygul|Aygul]]"
    assert author_from_user("  ") == ""


def test_help_has_the_guide_on_f1_and_the_assistant_and_about(make_app, qtbot):
    app = make_app()
    window = app.window
    assert [a.text() for a in window.menu_help.actions() if not a.isSeparator()] == \
        ["&Guide", "&First-run assistant…", "&About GLAM Uploader"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    guide = app.guide_dialog
    assert guide.isVisible() and not guide.isModal()
    text = guide.browser.toPlainText()
    for heading in ("The common job", "Session kits", "The table of problems", "Museum spreadsheets",
                    "After a crash or a lost connection", "Keys"):
        assert heading in text
    assert "Ctrl+Return: upload" in text and "no file is sent twice" in text
    assert guide.browser.verticalScrollBar().value() == 0
    guide.resize(500, 300)
    guide.show_section("crash")
    assert guide.browser.verticalScrollBar().value() > 0


def test_about_names_the_reviewed_languages_and_those_not_yet_reviewed(make_app):
    from glamuploader.ui.about import about_text
    make_app()
    text = about_text()
    assert "Reviewed translations:" in text and "Türkçe" in text and "Русский" in text and "العربية" in text
    assert "Not yet reviewed by a native speaker:" in text and "Қазақша" in text and "ئۇيغۇرچە" in text
