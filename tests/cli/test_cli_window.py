"""``glamuploader`` opens the window, or says why it cannot and which commands to use instead;
``glamuploader FILE.glam.yaml`` (as a file manager runs it) opens that batch (issue 10, point 8)."""
from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import make_jpeg

import glamuploader
from glamuploader.__main__ import main as entry
from glamuploader.cli import main

COMMANDS = ("import", "check", "render", "upload", "report", "lookup", "sandbox", "demo --headless")


def _without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


@pytest.mark.parametrize("args", [[], ["demo"], ["batch.glam.yaml"]])
def test_without_a_display_the_window_is_not_tried_and_the_commands_are_listed(tmp_path, args):
    (tmp_path / "batch.glam.yaml").write_text("kind: glamuploader-batch\nformat: 1\nitems: []\n",
                                              encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "glamuploader", *args], env=_without_display(),
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])   # not Qt's abort (134)
    err = result.stderr
    assert "no display was found" in err and "Traceback" not in err
    for command in COMMANDS:
        assert f"glamuploader {command}" in err, command
    assert "qt.qpa" not in err   # Qt was never started


def test_a_batch_file_alone_opens_it_in_the_window(tmp_path, monkeypatch):
    import glamuploader.ui.app as app
    opened = []
    monkeypatch.setattr(app, "main", lambda **kw: opened.append(kw) or 0)
    folder = tmp_path / "p"
    folder.mkdir()
    make_jpeg(folder / "a.jpg", size=(20, 20))
    batch = str(tmp_path / "walk.glam.yaml")
    assert main(["import", str(folder), "-o", batch, "--quiet"]) == 0
    assert entry([batch]) == 0
    assert opened == [{"demo": False, "open_path": batch}]
    assert entry(["open", batch]) == 0 and opened[-1]["open_path"] == batch


def test_a_batch_file_that_is_not_there_is_told_without_a_window(tmp_path, monkeypatch, capsys):
    import glamuploader.ui.app as app
    opened = []
    monkeypatch.setattr(app, "main", lambda **kw: opened.append(kw) or 0)
    missing = str(tmp_path / "gone.glam.yaml")
    assert entry([missing]) == 2
    assert opened == [] and f"{missing}: there is no such batch file" in capsys.readouterr().err


def test_the_desktop_entry_hands_the_app_the_file_it_opens():
    """A file manager runs Exec with the file; the app takes one batch file (YAML), not photos."""
    desktop = Path(glamuploader.__file__).resolve().parents[2] / "resources" / "io.github.glam_uploader.glamuploader.desktop"
    entry_ = configparser.ConfigParser(interpolation=None)
    entry_.optionxform = str
    entry_.read(desktop, encoding="utf-8")
    section = entry_["Desktop Entry"]
    assert section["Exec"] == "glamuploader %f"
    types = [t for t in section["MimeType"].split(";") if t]
    assert types == ["application/x-glamuploader-batch"]    # its own type (*.glam.yaml), not every YAML file
