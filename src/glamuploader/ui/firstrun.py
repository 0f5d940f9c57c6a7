"""The first-run assistant: language, which wiki, the bot password (checked), author and licence.

Every page can be passed by with Next; Cancel skips the rest. It shows once, when the app is
first started, and again from Help; what it asks is also in Preferences.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWizard, QWizardPage)

from ..core.languages import get_language
from ..core.licenses import LICENSES
from ..wiki.targets import BETA, COMMONS, NAMED_TARGETS
from .licensetexts import license_name
from .logindialog import BOT_PASSWORD_HELP

LANGUAGE_PAGE, WIKI_PAGE, LOGIN_PAGE, DEFAULTS_PAGE, DONE_PAGE = range(5)


def bot_passwords_url(api_url: str) -> str:
    """Special:BotPasswords of the wiki whose api.php is ``api_url``."""
    return api_url.rsplit("/", 1)[0] + "/index.php/Special:BotPasswords"


def author_from_user(user: str) -> str:
    """"Name@glamuploader" (a bot password's login) -> "[[User:Name|Name]]"."""
    name = user.split("@", 1)[0].strip()
    return f"[[User:{name}|{name}]]" if name else ""


def _label(rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if rich:
        label.setOpenExternalLinks(True)
    return label


class FirstRunAssistant(QWizard):
    """Asks what a volunteer needs once; ``finished_with`` values go to the settings on Finish."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = controller.settings
        self.setObjectName("first_run")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)   # "Skip" beside Finish said nothing
        # room for the wrapped explanations: a wizard does not grow taller for wrapped text
        # (at its own 500 x 360 the bot-password page was cut off in Azerbaijani and English)
        self.resize(720, 580)
        self._sandbox_api = ""
        self._sandbox_account = None
        self.pages = [QWizardPage() for _ in range(5)]
        for number, page in enumerate(self.pages):
            self.setPage(number, page)
        self._make_language_page()
        self._make_wiki_page()
        self._make_login_page()
        self._make_defaults_page()
        self.summary = _label()
        QVBoxLayout(self.pages[DONE_PAGE]).addWidget(self.summary)
        self.currentIdChanged.connect(self._page_shown)
        uploader = controller.wiki()
        uploader.logged_in.connect(self._logged_in)
        uploader.login_failed.connect(self._login_failed)
        self.translate_ui()

    # --- pages ------------------------------------------------------------------------------
    def _make_language_page(self) -> None:
        from .preferences import available_languages
        layout = QVBoxLayout(self.pages[LANGUAGE_PAGE])
        self.welcome = _label()
        self.language = QComboBox()
        for code in available_languages():
            lang = get_language(code)
            self.language.addItem(f"{lang.native_name} ({code})" if lang else code, code)
        current = self.controller.translations.language
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.controller.set_language(self.language.currentData()))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        layout.addWidget(self.welcome)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language, 1)
        layout.addLayout(row)
        layout.addStretch(1)

    def _make_wiki_page(self) -> None:
        layout = QVBoxLayout(self.pages[WIKI_PAGE])
        self.wikis = QButtonGroup(self)
        self.wiki_buttons, self.wiki_notes = {}, {}
        for number, key in enumerate(NAMED_TARGETS):
            button, note = QRadioButton(), _label()
            note.setIndent(24)
            self.wikis.addButton(button, number)
            self.wiki_buttons[key], self.wiki_notes[key] = button, note
            layout.addWidget(button)
            layout.addWidget(note)
        chosen = self.settings.get("target")
        self.wiki_buttons.get(chosen, self.wiki_buttons["commons"]).setChecked(True)
        layout.addStretch(1)

    def _make_login_page(self) -> None:
        page = self.pages[LOGIN_PAGE]
        form = QFormLayout(page)
        self.login_intro = _label(rich=True)
        form.addRow(self.login_intro)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.remember.setChecked(True)
        self.user_label, self.password_label = QLabel(), QLabel()
        self.user_label.setBuddy(self.user)
        self.password_label.setBuddy(self.password)
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        form.addRow(self.remember)
        buttons = QHBoxLayout()
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_login)
        self.sandbox_button = QPushButton()
        self.sandbox_button.clicked.connect(self._fill_sandbox_account)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.sandbox_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.login_state = _label()
        form.addRow(self.login_state)
        self.password.installEventFilter(self)   # Enter checks the login and stays on the page

    def _make_defaults_page(self) -> None:
        form = QFormLayout(self.pages[DEFAULTS_PAGE])
        self.defaults_intro = _label()
        form.addRow(self.defaults_intro)
        self.author = QLineEdit(self.settings.get("author"))
        self.licence = QComboBox()
        self.licence.addItem("", "")
        for lic in LICENSES:
            self.licence.addItem("", lic.id)
        self.licence.setCurrentIndex(max(0, self.licence.findData(self.settings.get("license"))))
        self.author_label, self.licence_label = QLabel(), QLabel()
        self.author_label.setBuddy(self.author)
        self.licence_label.setBuddy(self.licence)
        form.addRow(self.author_label, self.author)
        form.addRow(self.licence_label, self.licence)

    # --- what happens -------------------------------------------------------------------------
    def target(self) -> str:
        return NAMED_TARGETS[max(0, self.wikis.checkedId())]

    def _page_shown(self, number: int) -> None:
        if number == LOGIN_PAGE:
            self._show_login_intro()
            self.sandbox_button.setVisible(self.target() == "sandbox")
            if self.target() == "sandbox":   # its address and test account: read off the GUI thread
                from .uploader import Uploader

                def read():
                    from ..wiki.targets import resolve
                    return resolve("sandbox").api_url, Uploader.sandbox_account()
                self.controller.tasks.run(read, self._sandbox_found, lambda _exc: None)   # the manual's link stays
            self.user.setFocus()
        elif number == DEFAULTS_PAGE and not self.author.text().strip() and self.user.text().strip():
            self.author.setText(author_from_user(self.user.text()))
        elif number == DONE_PAGE:
            self._show_summary()

    def _sandbox_found(self, found) -> None:
        self._sandbox_api, self._sandbox_account = found
        self._show_login_intro()

    def _fill_sandbox_account(self) -> None:
        if self._sandbox_account:
            self.user.setText(self._sandbox_account[0])
            self.password.setText(self._sandbox_account[1])

    def check_login(self) -> None:
        """Log in to the chosen wiki now (in the background), so a wrong password shows here."""
        self.check_button.setEnabled(False)
        self.login_state.setText(self.tr("Logging in…"))
        self.controller.wiki().log_in(self.target(), self.user.text().strip(), self.password.text(),
                                      remember=self.remember.isChecked())

    def _logged_in(self, user: str) -> None:
        self.check_button.setEnabled(True)
        self.login_state.setText(self.tr("Logged in as %1. Uploads will use this account.").replace("%1", user))

    def _login_failed(self, exc) -> None:
        from .messages import login_error_message
        self.check_button.setEnabled(True)
        self.login_state.setText(self.tr("Login failed: %1").replace("%1", login_error_message(exc)))

    def values(self) -> dict:
        return {"target": self.target(), "author": self.author.text().strip(),
                "license": self.licence.currentData() or ""}

    def _show_login_intro(self) -> None:
        api = {"commons": COMMONS.api_url, "beta": BETA.api_url}.get(self.target(), self._sandbox_api)
        where = bot_passwords_url(api) if api else ""
        text = self.tr(
            "Tools log in with a <b>bot password</b>, not your main password: it can only do what you "
            "allow, and you can revoke it at any time.")
        steps = self.tr(
            "On the wiki, open <a href=\"%1\">Special:BotPasswords</a>, make one named "
            "<i>glamuploader</i> with the rights to edit, create pages and upload files, and enter "
            "here <i>YourName@glamuploader</i> and the password the wiki shows you. "
            "<a href=\"%2\">How bot passwords work</a>.").replace("%2", BOT_PASSWORD_HELP)
        steps = steps.replace("%1", where or BOT_PASSWORD_HELP)   # the sandbox's address comes a moment later
        self.login_intro.setText(f"<p>{text}</p><p>{steps}</p>")

    def _show_summary(self) -> None:
        wiki = self.wiki_buttons[self.target()].text().replace("&", "")
        lines = [self.tr("New batches will go to: %1").replace("%1", wiki)]
        if self.author.text().strip():
            lines.append(self.tr("Author: %1").replace("%1", self.author.text().strip()))
        if self.licence.currentData():
            lines.append(self.tr("Licence: %1").replace("%1", self.licence.currentText()))
        lines.append(self.tr("All of this can be changed under Edit ▸ Preferences, and this assistant "
                             "is under Help. The guide (Help ▸ Guide, F1) shows the common job step "
                             "by step."))
        self.summary.setText("\n\n".join(lines))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.password and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_login()
            return True
        return super().eventFilter(obj, event)

    # --- words ------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to GLAM Uploader"))
        titles = (self.tr("Welcome"), self.tr("Which wiki?"), self.tr("Your bot password"),
                  self.tr("Author and licence"), self.tr("Ready"))
        subtitles = (self.tr("A few questions, once. Each can be skipped with Next."),
                     self.tr("Where new batches are uploaded."),
                     self.tr("So that uploads can start without asking. You can skip this and log in "
                             "when you upload."),
                     self.tr("What new batches start with; each file can still have its own."),
                     self.tr("You can start."))
        for page, title, subtitle in zip(self.pages, titles, subtitles):
            page.setTitle(title)
            page.setSubTitle(subtitle)
        self.welcome.setText(self.tr("GLAM Uploader uploads photos and scans to Wikimedia Commons: many at "
                                     "once, with descriptions, categories and structured data, and shows "
                                     "every problem before anything is sent."))
        self.language_label.setText(self.tr("&Language of the app"))
        notes = {"commons": self.tr("The real Commons: what you upload is public at once."),
                 "beta": self.tr("A test copy of Commons, to try things out; it is emptied from time to time."),
                 "sandbox": self.tr("A wiki on this computer, to try the app without an account (needs "
                                    "PHP and MediaWiki installed).")}
        from .preferences import target_labels
        for key, label in target_labels().items():
            self.wiki_buttons[key].setText(label)
            self.wiki_notes[key].setText(notes[key])
        self._show_login_intro()
        self.user.setPlaceholderText(self.tr("YourName@glamuploader"))
        self.author.setPlaceholderText(self.tr("e.g. [[User:Name|Name]]"))
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.remember.setText(self.tr("&Keep the password in the system keyring"))
        self.check_button.setText(self.tr("&Check the login"))
        self.sandbox_button.setText(self.tr("Use the sandbox wiki's &test account"))
        self.defaults_intro.setText(self.tr("The author is how you want to be credited, e.g. "
                                            "[[User:Name|Name]]. The licence applies to your own photos; "
                                            "for museum scans choose per file."))
        self.author_label.setText(self.tr("&Author"))
        self.licence_label.setText(self.tr("Li&cence"))
        self.licence.setItemText(0, self.tr("Choose per batch"))
        for index, lic in enumerate(LICENSES, 1):
            self.licence.setItemText(index, license_name(lic))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        if self.currentId() == DONE_PAGE:
            self._show_summary()
