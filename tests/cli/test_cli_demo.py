"""`glamuploader demo --headless`: sample photos go onto the sandbox wiki and their pages are printed."""
from __future__ import annotations

import re

import pytest
from wikitools import page_text

from glamuploader.cli import main

pytestmark = pytest.mark.wiki


def test_headless_demo_uploads_the_samples_and_prints_each_page(sandbox, tmp_path, capsys):
    assert main(["demo", "--headless", "--dir", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    urls = re.findall(r"uploaded\s+(File:[^\n]+?\.jpg)\s+(http://\S+)", out)
    assert len(urls) == 3 and all(url.startswith(sandbox.server) for _, url in urls)
    text = page_text(sandbox, urls[0][0])
    assert "{{Location|" in text and "{{self|cc-by-sa-4.0}}" in text
    assert main(["demo", "--headless", "--dir", str(tmp_path / "demo")]) == 0   # again: nothing sent
    again = capsys.readouterr().out
    assert "Nothing to upload" in again
    # but where the files are is said again: each page's address
    assert re.findall(r"on the wiki\s+(File:[^\n]+?\.jpg)\s+(http://\S+)", again) == urls
