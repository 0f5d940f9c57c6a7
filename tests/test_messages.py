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
