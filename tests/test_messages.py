"""Every problem code a user can meet has words; placeholders are filled from the parameters."""
from __future__ import annotations

import string

import pytest

from glamuploader import messages
from glamuploader.core.problems import CODES


def test_every_problem_code_has_a_message():
    assert sorted(set(CODES) - set(messages.PROBLEMS)) == []


def test_messages_use_only_named_placeholders_and_fill_them():
    for code, template in messages.PROBLEMS.items():
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        params = {name: f"<{name}>" for name in names}
        text = messages.problem_text(code, params)
        assert all(f"<{name}>" in text for name in names), code
        assert not any(f"{{{name}}}" in text for name in names), code


def test_a_missing_parameter_stays_visible_instead_of_failing():
    assert "{title}" in messages.problem_text("title-camera-name", {})


def test_every_reason_the_wiki_layer_gives_for_a_failed_upload_has_words():
    """A volunteer reads "The wiki does not allow this title…", not "titleblacklist-forbidden"."""
    from glamuploader.core.pacing import TRANSIENT_ERRORS
    from glamuploader.wiki import upload
    codes = (set(upload.ERROR_CODES.values()) | set(upload.WARNING_ERRORS.values())
             | {upload.error_code("titleblacklist-forbidden-edit")}
             | {"bad-prefix", "badfilename", "was-deleted", "duplicate-archive", "thumb", "thumb-name",
                "filetype-unwanted-type", "file-missing", "uploaddisabled", "upload-refused"}
             | {c for c in TRANSIENT_ERRORS if not c.startswith(("internal_api_error", "http-", "server-",
                                                                  "backend-", "lockmanager", "uploadstash",
                                                                  "assert"))})
    assert sorted(codes - set(messages.UPLOAD_ERRORS)) == []
    said = messages.upload_error_text("title-blacklisted", "matches File:I?MG")
    assert said.startswith("The wiki does not allow this title") and said.endswith("(matches File:I?MG)")
    odd = messages.upload_error_text("internal_api_error_DBQueryError", "[abc] Database error")
    assert "(internal_api_error_DBQueryError)" in odd and "Upload again later" in odd
    assert odd.endswith("([abc] Database error)")


@pytest.mark.parametrize("code, info, kind, words", [
    ("privacy-damaged-file", "segment runs past the end", "jpg", "segment runs past the end"),
    ("privacy-unsupported-type", "no lossless way", "gif", ".gif file"),
    ("file-unreadable", "Permission denied", "jpg", "(Permission denied)"),
])
def test_a_file_stopped_on_this_computer_before_sending_is_told_why_not_as_an_unknown_wiki_error(
        code, info, kind, words):
    from glamuploader.messages import upload_error_text
    text = upload_error_text(code, info, kind=kind)
    assert words in text and "{" not in text
    assert "the wiki answered" not in text.lower() and code not in text


def test_structured_data_waiting_for_a_page_number_is_said_in_words():
    from glamuploader.messages import upload_error_text
    text = upload_error_text("no-page-id", "File:Kazan.jpg")
    assert "captions and statements" in text and "does not know" not in text
