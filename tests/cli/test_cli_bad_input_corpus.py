"""Bad input at scale through the command line: a folder of every kind of bad file, names that
are not text or hide their direction, and hostile batch files; every bad thing is named with
its file (and line), the run finishes, and no traceback is printed."""
from __future__ import annotations

import io
import json
import os
import sys

import pytest
from corpus import (BATCH_HEAD, NON_UTF8_NAMES, RLO, TRICKY_NAMES, alias_bomb_yaml, has_controls,
                    jpeg_bytes, make_bad_folder, make_raw_named, unique_jpeg)

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch

#: the problems that say a file could not be read as a picture
FILE_ERRORS = {"file-missing", "file-unreadable", "file-empty", "file-unknown-type", "file-corrupt",
               "file-too-many-pixels"}


class Terminal:
    """stdout and stderr as Python opens them on a C.UTF-8 terminal: UTF-8, with the bytes of
    a name that are not UTF-8 passed through as they are (errors="surrogateescape")."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.out, self.err = self._stream(), self._stream()
        monkeypatch.setattr(sys, "stdout", self.out)
        monkeypatch.setattr(sys, "stderr", self.err)

    @staticmethod
    def _stream() -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape",
                                newline="", write_through=True)

    def read(self) -> tuple[str, str]:
        """What was written since the last read, decoded as a script reading it would."""
        texts = []
        for stream in (self.out, self.err):
            texts.append(stream.buffer.getvalue().decode("utf-8", "surrogateescape"))
            stream.buffer.seek(0)
            stream.buffer.truncate()
        assert "Traceback" not in texts[0] + texts[1]
        return texts[0], texts[1]


@pytest.fixture
def terminal(monkeypatch):
    """Call it in the test body: pytest sets its own sys.stdout again when the test starts."""
    return lambda: Terminal(monkeypatch)


def names_folder(folder) -> list[str]:
    """Every non-UTF-8 and tricky name in one folder, each a small JPEG of its own."""
    folder.mkdir()
    jpeg = jpeg_bytes()
    paths = [make_raw_named(folder, raw, unique_jpeg(jpeg, n)) for n, raw in enumerate(NON_UTF8_NAMES)]
    for n, name in enumerate(TRICKY_NAMES):
        (folder / name).write_bytes(unique_jpeg(jpeg, 100 + n))
        paths.append(str(folder / name))
    return paths


def test_a_folder_of_every_kind_of_bad_file_through_import_and_check(tmp_path, terminal):
    terminal = terminal()
    expected = make_bad_folder(tmp_path / "mixed", copies=4)
    batch = str(tmp_path / "mixed.glam.yaml")
    assert main(["import", str(tmp_path / "mixed"), "-o", batch, "--json"]) == 0
    out, err = terminal.read()
    assert err == ""                           # nothing on stderr that names no file
    assert sorted(json.loads(out)["added"]) == sorted(expected)
    assert main(["check", batch, "--json"]) == 1
    out, err = terminal.read()
    problems = json.loads(out)["problems"]
    for path, code in expected.items():
        mine = {p["code"]: p for p in problems if p["file"] == path}
        if code is None:
            assert not set(mine) & FILE_ERRORS, (path, sorted(mine))
            continue
        assert code in mine, (path, sorted(mine))
        message = mine[code]["message"]
        assert message and "{" not in message.replace("{{", ""), message
        if "absurd-exif" in path:              # year 9999 is kept, so the check warns of it
            assert "date-in-future" in mine
    assert main(["check", batch]) == 1         # the words for people: the same words on many
    out, _ = terminal.read()                   # files once, with the count; the rest under each file
    lines = out.splitlines()
    [bombs] = [line for line in lines if "65000 × 65000 pixels" in line]
    assert bombs.startswith("error   [file] The image says it is 65000 × 65000 pixels")
    assert bombs.endswith(": 4 files (bomb-jpeg-00.jpg, bomb-jpeg-01.jpg, bomb-jpeg-02.jpg, … and 1 more)")
    pipe = lines.index(str(tmp_path / "mixed" / "pipe.jpg"))
    assert "not a regular file" in lines[pipe + 1]


def test_names_that_are_not_text_or_hide_characters_go_through_import_save_load_and_check(
        tmp_path, terminal):
    terminal = terminal()
    paths = names_folder(tmp_path / "names")
    batch = str(tmp_path / "names.glam.yaml")
    assert main(["import", str(tmp_path / "names"), "-o", batch, "--json"]) == 0
    out, _ = terminal.read()
    assert sorted(json.loads(out)["added"]) == sorted(paths)
    assert sorted(i.path for i in load_batch(batch).items) == sorted(paths)   # none lost
    main(["check", batch, "--json"])
    out, _ = terminal.read()
    problems = json.loads(out)["problems"]
    for path in paths:
        flagged = [p for p in problems if p["file"] == path and p["code"] == "file-name-control-chars"]
        assert bool(flagged) == has_controls(os.path.basename(path)), repr(path)
        for p in flagged:
            assert p["field"] == "file" and "title" in p["message"]


# --- names that are not UTF-8 or hide characters, on the terminal ---------------------------

def test_check_names_a_file_that_is_not_utf8_on_a_strict_utf8_terminal(tmp_path, capsys):
    make_raw_named(tmp_path, b"caf\xe9.jpg")
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(tmp_path), "-o", batch, "--quiet"]) == 0
    main(["check", batch])
    out, err = capsys.readouterr()
    assert "caf\\xe9.jpg" in out and "Traceback" not in out + err


def test_render_gives_a_title_for_a_file_whose_name_is_not_utf8(tmp_path, capsys):
    make_raw_named(tmp_path, b"Kazan caf\xe9.jpg")
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(tmp_path), "-o", batch, "--quiet"]) == 0
    assert main(["render", batch, "--json"]) == 0
    (page,) = json.loads(capsys.readouterr().out)
    assert page["title"] == "File:Kazan caf.jpg"


def test_check_does_not_blame_the_title_pattern_for_a_name_that_is_not_utf8(tmp_path, terminal):
    terminal = terminal()
    path = make_raw_named(tmp_path, b"Kazan caf\xe9.jpg")
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(tmp_path), "-o", batch, "--quiet"]) == 0
    terminal.read()
    main(["check", batch, "--json"])
    codes = {p["code"] for p in json.loads(terminal.read()[0])["problems"] if p["file"] == path}
    assert "file-name-control-chars" in codes
    assert "title-pattern-invalid" not in codes


def test_check_prints_each_name_on_one_line_with_hidden_characters_shown(tmp_path, capsys):
    for n, name in enumerate((f"photo{RLO}gpj.jpg", "new\nline.jpg")):
        (tmp_path / name).write_bytes(unique_jpeg(jpeg_bytes(), n))
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(tmp_path), "-o", batch, "--quiet"]) == 0
    main(["check", batch])
    out = capsys.readouterr().out
    assert RLO not in out                      # both share their problems: named on one line
    assert any("new\\nline.jpg" in line and "photo\\u202egpj.jpg" in line for line in out.splitlines())


# --- hostile batch files: every command refuses them, naming file and line ------------------

HOSTILE_BATCHES = {
    "alias bomb": (alias_bomb_yaml(), 4, "shorthand (& and * marks)"),
    "code in a tag": (BATCH_HEAD + "items:\n  - path: !!python/object/apply:os.system ['true']\n", 4,
                      "could run a program"),
    "deep nesting": (BATCH_HEAD + "items:\n  - path: a.jpg\n    meta:\n      fields: "
                     + "[" * 100 + "]" * 100 + "\n", 6, "nested"),
    "a 5 MB description": (BATCH_HEAD + "items:\n  - path: a.jpg\n    meta:\n      descriptions:\n"
                           '        en: "' + "x" * 5_000_000 + '"\n', 7, "no field of a batch"),
    "an int of 5000 digits": (BATCH_HEAD + "items:\n  - path: a.jpg\n    facts: {size: "
                              + "9" * 5000 + "}\n", 5, "not a valid !!int"),
    "an infinite width": (BATCH_HEAD + "items:\n  - path: a.jpg\n    facts: {width: .inf}\n", 5,
                          "“width”"),
    "problems that are not a list": (BATCH_HEAD + "items:\n  - path: a.jpg\n    facts: {problems: 5}\n",
                                     5, "“problems”"),
}


@pytest.mark.parametrize("case", list(HOSTILE_BATCHES))
def test_a_hostile_batch_file_is_refused_by_every_command_naming_file_and_line(tmp_path, capsys, case):
    text, line, words = HOSTILE_BATCHES[case]
    batch = tmp_path / "hostile.glam.yaml"
    batch.write_text(text, encoding="utf-8")
    for command in (["check", str(batch)], ["render", str(batch)], ["report", str(batch)],
                    ["import", str(tmp_path / "none"), "-o", str(batch)]):
        assert main(command) == 2, command
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        assert f"{batch}, line {line}: " in err and words in err, err[:300]
        assert len(err) < 1000                 # the message, not the file's content


def test_a_closed_pipe_ends_the_command_quietly(tmp_path):
    """``glamuploader check … | head -1``: the reader stops early; no traceback follows."""
    import subprocess
    for n in range(400):   # more problem lines than a pipe holds (64 KiB)
        (tmp_path / f"photo {n}.jpg").write_bytes(unique_jpeg(jpeg_bytes(), n))
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(tmp_path), "-o", batch, "--quiet"]) == 0
    shell = f"{sys.executable} -m glamuploader check {batch} | head -1"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=120)
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
