"""Problem codes, file errors and upload errors in the user's language (texts in ../messages.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import messages as texts
from ..core.problems import Problem


def _translate(text: str) -> str:
    return QCoreApplication.translate(texts.CONTEXT, text)


def isolate(value: object) -> object:
    """A file name, title or address inside a sentence keeps its own direction (U+2068 … U+2069),
    so an Arabic sentence does not scramble "IMG_0001.jpg" or a URL, nor the reverse."""
    return f"\u2068{value}\u2069" if isinstance(value, str) and value else value


def problem_message(problem: Problem) -> str:
    params = {key: isolate(value) for key, value in problem.params.items()}
    return texts.problem_text(problem.code, params, _translate)


def file_error_message(code: str, params: dict) -> str:
    return texts.file_error_text(code, params, _translate)


def upload_error_message(code: str, info: str = "", *, kind: str = "") -> str:
    return texts.upload_error_text(code, info, _translate, kind=kind)


def privacy_choices() -> list[tuple[str, str]]:
    """What may be removed from a file before it is sent: (value, words), for the editor and the
    batch defaults alike (the words were first written for the editor, hence its context)."""
    from ..core.kit import PRIVACY_CAMERA, PRIVACY_LOCATION
    return [("", QCoreApplication.translate("EditorPanel", "Send the file as it is")),
            (PRIVACY_LOCATION, QCoreApplication.translate(
                "EditorPanel", "Remove the location (GPS) from the uploaded copy")),
            (PRIVACY_CAMERA, QCoreApplication.translate(
                "EditorPanel", "Remove all camera data from the uploaded copy"))]


def field_name(field: str | None) -> str:
    names = {
        "title": QCoreApplication.translate("Fields", "title"),
        "descriptions": QCoreApplication.translate("Fields", "description"),
        "captions": QCoreApplication.translate("Fields", "caption"),
        "date": QCoreApplication.translate("Fields", "date"),
        "author": QCoreApplication.translate("Fields", "author"),
        "source": QCoreApplication.translate("Fields", "source"),
        "license": QCoreApplication.translate("Fields", "licence"),
        "categories": QCoreApplication.translate("Fields", "categories"),
        "depicts": QCoreApplication.translate("Fields", "depicts"),
        "location": QCoreApplication.translate("Fields", "location"),
        "templates": QCoreApplication.translate("Fields", "templates"),
        "file": QCoreApplication.translate("Fields", "file"),
    }
    return names.get(field or "", field or "")


def describe_exception(what: str, exc: BaseException) -> str:
    """One sentence for an unexpected failure: what was being done, and the error's own words."""
    from ..jobs.journal import JournalError
    from ..store.errors import FileFormatError
    if isinstance(exc, FileFormatError):
        where = f"{exc.path}:{exc.line}" if exc.line else exc.path
        return f"{where}: {file_error_message(exc.code, exc.params)}"
    if isinstance(exc, JournalError):
        return QCoreApplication.translate(
            "Errors", "The upload journal could not be written (%1). Nothing is lost: free some space "
                      "on the disk or check the folder's permissions, then press Upload again.").replace("%1", str(exc))
    doing = {
        "open": QCoreApplication.translate("Errors", "The batch could not be opened."),
        "save": QCoreApplication.translate("Errors", "The batch could not be saved. Check that the folder "
                                                     "exists and that there is space on the disk."),
        "import": QCoreApplication.translate("Errors", "The files could not be imported."),
        "check": QCoreApplication.translate("Errors", "The batch could not be checked."),
        "upload": QCoreApplication.translate("Errors", "The upload stopped."),
    }.get(what, what)
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    filename = getattr(exc, "filename", None)
    return f"{doing} ({filename + ': ' if filename else ''}{detail})"


def login_error_message(exc: BaseException) -> str:
    """Why a login failed, and what to do, for LoginFailed and WikiUnavailable (never the password)."""
    reason = getattr(exc, "reason", None) or ("network" if hasattr(exc, "detail") else "refused")
    words = {
        "no-credentials": QCoreApplication.translate("Login", "Enter your user name and bot password."),
        "unknown-user": QCoreApplication.translate("Login", "The wiki has no such account. Check the user name "
                                                            "(for a bot password: YourName@Suffix)."),
        "wrong-password": QCoreApplication.translate("Login", "The wiki refused the password. Use the password "
                                                              "Special:BotPasswords showed, with YourName@Suffix."),
        "throttled": QCoreApplication.translate("Login", "Too many login attempts. Wait a few minutes and try again."),
        "network": QCoreApplication.translate("Login", "The wiki could not be reached. Check your connection."),
        "refused": QCoreApplication.translate("Login", "The wiki refused the login."),
    }
    info = getattr(exc, "info", "")
    return words.get(reason, words["refused"]) + (f" ({info})" if info else "")


def upload_name_text(template: str, name: str) -> str:
    """ "Will be uploaded as: File:%1" with the whole "File:Name.jpg" kept left-to-right."""
    if "File:%1" in template:
        return template.replace("File:%1", f"\u2068File:{name}\u2069")
    return template.replace("%1", str(isolate(name)))
