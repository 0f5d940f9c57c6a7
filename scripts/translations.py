#!/usr/bin/env python3
"""Keep the translations up to date and compiled.

    python scripts/translations.py update    collect the texts of the UI into translations/glamuploader_<lang>.ts
                                             (pyside6-lupdate; existing translations are kept)
    python scripts/translations.py compile   translations/*.ts -> src/glamuploader/translations/*.qm
                                             (pyside6-lrelease), plus the "pseudo" language
    python scripts/translations.py --stats   how complete each language is (CI prints it)
    python scripts/translations.py todo LANG [--all] > todo.json
                                             the messages of LANG still empty (--all: every message), as JSON
    python scripts/translations.py fill LANG todo.json [--reviewed]
                                             write the filled-in JSON back into the .ts file; checks
                                             placeholders and plural forms, isolates placeholders in
                                             right-to-left languages; marks the texts not yet reviewed
                                             by a native speaker (Qt Linguist shows them as unfinished)
                                             unless --reviewed is given

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
LANGUAGES = ("tr", "ru", "ar", "az", "kk", "ky", "uz", "tk", "tt", "ba", "cv", "sah", "crh", "ug")
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
    # no guesses from similar texts: a guess would look like a translation waiting for review
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "relative", "-disable-heuristic", "similartext", "-no-obsolete",
                    "-target-language", language, *sources(), "-ts", ts_path], cwd=ROOT, check=True)


def lrelease(ts_path: str, qm_path: str) -> None:
    os.makedirs(os.path.dirname(qm_path), exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", ts_path, "-qm", qm_path], check=True)


# Languages Qt does not know: lupdate refuses to update their files once they hold
# translations. They are updated under a stand-in Qt knows with the same plural forms (one).
UNKNOWN_TO_QT = {"cv": "tr", "sah": "tr", "crh": "tr"}


def update() -> None:
    for language in LANGUAGES:
        path = os.path.join(TS_DIR, f"glamuploader_{language}.ts")
        stand_in = UNKNOWN_TO_QT.get(language)
        if stand_in and os.path.exists(path):
            _with_language(path, language, stand_in)
            lupdate(stand_in, path)
            _with_language(path, stand_in, language)
        else:
            lupdate(language, path)
        print(f"updated translations/glamuploader_{language}.ts")


def _with_language(path: str, old: str, new: str) -> None:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace(f'<TS version="2.1" language="{old}">', f'<TS version="2.1" language="{new}">', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


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
    """With the package build's own compiler (setup.py), which also writes counts (%n) the
    language's way and makes the English file; lrelease only for the pseudo language."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("glamuploader_setup", os.path.join(ROOT, "setup.py"))
    setup_py = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_py)
    for qm_path in setup_py.compile_all(QM_DIR):
        print(f"compiled {os.path.relpath(qm_path, ROOT)}")
    make_pseudo(os.path.join(QM_DIR, f"glamuploader_{PSEUDO}.qm"))
    print(f"compiled src/glamuploader/translations/glamuploader_{PSEUDO}.qm (pseudo-localisation)")


RTL = {"ar", "ug", "fa", "he", "ur"}
FSI, PDI = "\u2068", "\u2069"          # first-strong isolate … pop directional isolate
_PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+|Ln)")
_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
_TRANSLATION = re.compile(r"<translation(?: type=\"(\w+)\")?>(.*?)</translation>|<translation type=\"unfinished\"/>", re.S)


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;") \
        .replace('"', "&quot;")


def _field(block: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    return _unescape(found.group(1)) if found else ""


def in_markup(text: str, position: int) -> bool:
    """Whether ``position`` is inside an HTML tag (e.g. the address in <a href="%1">)."""
    return text.rfind("<", 0, position) > text.rfind(">", 0, position)


def isolate(text: str) -> str:
    """Wrap each placeholder in directional isolates, so a Latin file name or a number cannot
    reorder the right-to-left words around it ("Uploading %1" with %1 = "Kazan 01.jpg").
    Not inside markup: an isolate in <a href="%1"> would become part of the link's address."""
    return _PLACEHOLDER.sub(lambda m: m.group() if text[max(m.start() - 1, 0):m.start()] == FSI
                            or in_markup(text, m.start()) else FSI + m.group() + PDI, text)


def ts_messages(language: str) -> list[dict]:
    """The live messages of a language's .ts file: context, source, comment, state, forms."""
    path = os.path.join(TS_DIR, f"glamuploader_{language}.ts")
    text = open(path, encoding="utf-8").read()
    found = []
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for message in _MESSAGE.finditer(context.group(2)):
            block = message.group()
            translation = _TRANSLATION.search(block)
            state = translation.group(1) or "" if translation else "unfinished"
            if state in ("obsolete", "vanished"):
                continue
            body = translation.group(2) or "" if translation else ""
            forms = ([_unescape(f) for f in re.findall(r"<numerusform>(.*?)</numerusform>", body, re.S)]
                     if message.group(1) else [_unescape(body)])
            found.append({"context": _unescape(context.group(1)), "source": _field(block, "source"),
                          "comment": _field(block, "comment"), "note": _field(block, "extracomment"),
                          "numerus": bool(message.group(1)), "state": state, "forms": forms})
    return found


def todo(language: str, everything: bool = False) -> list[dict]:
    rows = []
    for m in ts_messages(language):
        if everything or not all(m["forms"]) or not m["forms"]:
            row = {"context": m["context"], "source": m["source"], "translation": m["forms"] if m["numerus"]
                   else m["forms"][0]}
            row.update({k: m[k] for k in ("comment", "note") if m[k]})
            rows.append(row)
    return rows


def _problems(source: str, forms: list[str]) -> list[str]:
    said = []
    wanted = sorted(set(_PLACEHOLDER.findall(source)))
    for form in forms:
        if not form.strip():
            said.append("empty")
        have = sorted(set(_PLACEHOLDER.findall(form)))
        if [p for p in wanted if p != "%n"] != [p for p in have if p != "%n"]:
            said.append(f"placeholders {wanted} but {have}: {form!r}")
        if source.count("&") - 2 * source.count("&&") == 1 and form.count("&") - 2 * form.count("&&") != 1:
            said.append(f"the source has an Alt key (&), the translation must have one: {form!r}")
    if "%n" in source and len(forms) > 1 and not any("%n" in form for form in forms):
        said.append("no plural form shows the number %n")
    return said


def fill(language: str, rows: list[dict], reviewed: bool = False) -> tuple[int, list[str]]:
    """Write ``rows`` ({source, translation[, context, comment]}) into the language's .ts file."""
    path = os.path.join(TS_DIR, f"glamuploader_{language}.ts")
    text = open(path, encoding="utf-8").read()
    by_key = {}
    for row in rows:
        value = row.get("translation")
        forms = list(value) if isinstance(value, list) else [value or ""]
        if not any(forms):
            continue
        # a row naming its context is for that context only; one without, for every context
        by_key[(row.get("context"), row["source"], row.get("comment", ""))] = forms
    problems, written = [], 0

    def one_context(context_match):
        nonlocal written
        context = _unescape(context_match.group(1))

        def one_message(message):
            nonlocal written
            block = message.group()
            source, comment = _field(block, "source"), _field(block, "comment")
            forms = by_key.get((context, source, comment)) or by_key.get((None, source, comment))
            translation = _TRANSLATION.search(block)
            if not forms or (translation and translation.group(1) in ("obsolete", "vanished")):
                return block
            wanted = len(re.findall(r"<numerusform", translation.group() if translation else ""))
            if message.group(1):
                if len(forms) == 1 and wanted > 1:
                    forms = forms * wanted
                if wanted and len(forms) != wanted:
                    problems.append(f"{source!r}: {len(forms)} plural forms, {language} has {wanted}")
                    return block
            if language in RTL:
                forms = [isolate(f) for f in forms]
            said = _problems(source, forms)
            if said:
                problems.extend(f"{source!r}: {s}" for s in said)
                return block
            state = "" if reviewed else ' type="unfinished"'
            if message.group(1):
                inner = "".join(f"\n            <numerusform>{_escape(f)}</numerusform>" for f in forms) + "\n        "
            else:
                inner = _escape(forms[0])
            written += 1
            new = f"<translation{state}>{inner}</translation>"
            return block[:translation.start()] + new + block[translation.end():] if translation else block
        body = _MESSAGE.sub(one_message, context_match.group(2))
        return context_match.group()[:context_match.start(2) - context_match.start()] + body + "</context>"

    text = re.sub(r"<context>\s*<name>(.*?)</name>(.*?)</context>", one_context, text, flags=re.S)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    return written, problems


def stats() -> list[tuple[str, int, int, int]]:
    """(language, messages, translated, reviewed) of each .ts file, read without Qt.
    Translated: every text (each plural form) written. Reviewed: and not marked unfinished,
    i.e. a native speaker has checked it."""
    rows = []
    for ts_path in sorted(glob.glob(os.path.join(TS_DIR, "glamuploader_*.ts"))):
        language = os.path.basename(ts_path)[len("glamuploader_"):-3]
        messages = ts_messages(language)
        done = [m for m in messages if m["forms"] and all(f.strip() for f in m["forms"])]
        rows.append((language, len(messages), len(done), sum(1 for m in done if m["state"] != "unfinished")))
    return rows


def print_stats() -> None:
    print(f"{'language':<10}{'messages':>10}{'translated':>12}{'reviewed':>10}{'complete':>10}")
    for language, total, done, reviewed in stats():
        print(f"{language:<10}{total:>10}{done:>12}{reviewed:>10}{(100 * done / total if total else 0):>9.1f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", choices=("update", "compile", "todo", "fill"))
    parser.add_argument("language", nargs="?")
    parser.add_argument("json", nargs="?", help="for fill: the filled-in todo file")
    parser.add_argument("--stats", action="store_true", help="how complete each language is")
    parser.add_argument("--all", action="store_true", help="for todo: every message, not only the empty ones")
    parser.add_argument("--reviewed", action="store_true",
                        help="for fill: a native speaker has reviewed these texts")
    args = parser.parse_args(argv)
    if args.command in ("todo", "fill") and not args.language:
        parser.error(f"{args.command} needs a language, e.g. {args.command} kk")
    if args.stats:
        print_stats()
    elif args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    elif args.command == "todo":
        import json
        json.dump(todo(args.language, args.all), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        import json
        if not args.json:
            parser.error("fill needs the JSON file written by todo and filled in")
        with open(args.json, encoding="utf-8") as f:
            written, problems = fill(args.language, json.load(f), args.reviewed)
        print(f"{written} message(s) written to translations/glamuploader_{args.language}.ts")
        for problem in problems:
            print("not written:", problem, file=sys.stderr)
        return 1 if problems else 0
    else:
        parser.error("say update, compile or --stats")
    return 0


if __name__ == "__main__":
    sys.exit(main())
