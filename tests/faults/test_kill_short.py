"""The kill test in its short form: the uploader is SIGKILLed at random moments, started again,
and every file still lands on the real sandbox wiki exactly once."""
from __future__ import annotations

import pytest
from faults.kill_test import run

pytestmark = pytest.mark.wiki


def test_killing_the_uploader_at_random_moments_loses_nothing_and_uploads_nothing_twice(sandbox, capsys):
    assert run(["--files", "60", "--big", "2", "--kills", "6", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert "duplicates on the wiki 0, lost 0, unexplained 0" in out and "kills 6" in out
