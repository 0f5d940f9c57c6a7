#!/usr/bin/env python3
"""Keep the translations up to date and compiled.

    python scripts/translations.py update    collect the texts of the UI into translations/glamuploader_<lang>.ts
                                             (pyside6-lupdate; existing translations are kept)
    python scripts/translations.py compile   translations/*.ts -> src/glamuploader/translations/*.qm
                                             (pyside6-lrelease), plus the "pseudo" language
    python scripts/translations.py --stats   how complete each language is (CI prints it)

The "pseudo" language is made here, never written by hand: every English text stretched by ~40 %,
its letters accented and wrapped in [brackets], so that a text shown without brackets was not
translatable and a cut-off bracket shows a layout too cramped for longer languages.
Try it by setting the language to "pseudo" (language=pseudo in the settings file, or
Controller.set_language("pseudo")).
Building the package (pip install, pip wheel) compiles the .ts too, without Qt: see setup.py.
"""
from __future__ import annotations

import argparse
import glob
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
QM_DIR = os.path.join(ROOT, "src", "glamuploader", "translations")
LANGUAGES = ("tr", "ru", "ar")
PSEUDO = "pseudo"


def sources() -> list[str]:
    """The files lupdate reads: the UI, and the problem texts marked with QT_TRANSLATE_NOOP."""
    ui = glob.glob(os.path.join("src", "glamuploader", "ui", "**", "*.py"), recursive=True)
    return sorted(ui) + [os.path.join("src", "glamuploader", "messages.py")]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the running Python's environment, else from PATH."""
    here = os.path.join(os.path.dirname(sys.executable), name)
    found = here if os.path.exists(here) else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the package first (pip install -e .)")
    return found


def lupdate(language: str, ts_path: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "relative",
                    "-target-language", language, *sources(), "-ts", ts_path], cwd=ROOT, check=True)


def lrelease(ts_path: str, qm_path: str) -> None:
    os.makedirs(os.path.dirname(qm_path), exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", ts_path, "-qm", qm_path], check=True)


def update() -> None:
    for language in LANGUAGES:
        lupdate(language, os.path.join(TS_DIR, f"glamuploader_{language}.ts"))
        print(f"updated translations/glamuploader_{language}.ts")


# Placeholders, markup, wiki syntax, file patterns and accelerators stay as they are.
_KEEP = re.compile(r"%\d+|%[nvm]|\{+[^{}]*\}+|<[^>]*>|&\w+;|&.|\[\[[^\]]*\]\]|\(\*\.[\w.]+\)|Special:\w+")
_ACCENTED = str.maketrans("aceinorsuyzACEINORSUYZ", "áçéîñöŕšüýžÁÇÉÎÑÖŔŠÜÝŽ")


def pseudo_text(text: str) -> str:
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts += [text[last:match.start()].translate(_ACCENTED), match.group()]
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    return "[" + "".join(parts) + " " + "~" * math.ceil(len(text) * 0.4) + "]"


def make_pseudo(qm_path: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ts_path = os.path.join(tmp, f"glamuploader_{PSEUDO}.ts")
        lupdate("en", ts_path)
        tree = ET.parse(ts_path)
        for message in tree.getroot().iter("message"):
            text = pseudo_text(message.findtext("source") or "")
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            forms = list(translation.iter("numerusform"))
            for form in forms:
                form.text = text
            if not forms:
                translation.text = text
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
        lrelease(ts_path, qm_path)


def compile_all() -> None:
    for ts_path in sorted(glob.glob(os.path.join(TS_DIR, "glamuploader_*.ts"))):
        qm_path = os.path.join(QM_DIR, os.path.basename(ts_path)[:-3] + ".qm")
        lrelease(ts_path, qm_path)
        print(f"compiled {os.path.relpath(qm_path, ROOT)}")
    make_pseudo(os.path.join(QM_DIR, f"glamuploader_{PSEUDO}.qm"))
    print(f"compiled src/glamuploader/translations/glamuploader_{PSEUDO}.qm (pseudo-localisation)")


def stats() -> list[tuple[str, int, int, int]]:
    """(language, messages, translated, unfinished) of each .ts file, read without Qt."""
    rows = []
    for ts_path in sorted(glob.glob(os.path.join(TS_DIR, "glamuploader_*.ts"))):
        root = ET.parse(ts_path).getroot()
        messages = [m for m in root.iter("message") if (m.find("translation") is None
                                                      or m.find("translation").get("type") not in ("obsolete", "vanished"))]
        unfinished = sum(1 for m in messages if m.find("translation") is not None
                         and m.find("translation").get("type") == "unfinished")
        rows.append((root.get("language") or os.path.basename(ts_path)[13:-3], len(messages),
                     len(messages) - unfinished, unfinished))
    return rows


def print_stats() -> None:
    print(f"{'language':<10}{'messages':>10}{'translated':>12}{'unfinished':>12}{'complete':>10}")
    for language, total, done, unfinished in stats():
        print(f"{language:<10}{total:>10}{done:>12}{unfinished:>12}{(100 * done / total if total else 0):>9.1f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", choices=("update", "compile"))
    parser.add_argument("--stats", action="store_true", help="how complete each language is")
    args = parser.parse_args(argv)
    if args.stats:
        print_stats()
    elif args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    else:
        parser.error("say update, compile or --stats")
    return 0


if __name__ == "__main__":
    sys.exit(main())
