"""Every problem code a user can meet has words; placeholders are filled from the parameters."""
from __future__ import annotations

import string

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
