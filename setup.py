"""Builds the package with its translations: translations/*.ts are compiled to .qm on every build.

The compiler below writes Qt's .qm format in pure Python, so a build needs neither Qt's lrelease
nor PySide6 (a 100 MB download) in the build environment. ``scripts/translations.py`` runs the
real lrelease for day-to-day work; tests/ui/test_translations.py checks that QTranslator reads
what this writes. Format: qttools src/linguist/shared/qm.cpp; lookup: qtbase qtranslator.cpp.
"""
from __future__ import annotations

import glob
import os
import struct
import xml.etree.ElementTree as ET

from setuptools import setup
from setuptools.command.build_py import build_py as _build_py
from setuptools.command.sdist import sdist as _sdist

HERE = os.path.dirname(os.path.abspath(__file__))
TS_DIR = "translations"
PACKAGE_DIR = os.path.join("src", "glamuploader")

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TAG_HASHES, TAG_MESSAGES, TAG_NUMERUS_RULES, TAG_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
TAG_END, TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8
# Qt's plural rules (qttools numerus.cpp) as lrelease writes them, for the languages we ship.
NUMERUS_RULES = {
    "en": bytes([0x01, 0x01]),                                       # n == 1 | other
    "tr": b"",                                                       # one form
    **{language: bytes([0x01, 0x01]) for language in ("az", "kk", "ky", "uz", "tk", "ba", "ug")},
    **{language: b"" for language in ("tt", "cv", "sah", "crh")},    # Qt knows no rules: one form
    "ru": bytes([0x11, 0x01, 0xFD, 0x29, 0x0B, 0xFF,                 # n%10==1 && n%100!=11
                 0x14, 0x02, 0x04, 0xFD, 0x2C, 0x0A, 0x13]),         # | n%10 in 2..4, n%100 not 10..19 | other
    "ar": bytes([0x01, 0x00, 0xFF, 0x01, 0x01, 0xFF, 0x01, 0x02, 0xFF,  # 0 | 1 | 2
                 0x24, 0x03, 0x0A, 0xFF, 0x2A, 0x0B]),               # | n%100 in 3..10 | n%100 >= 11 | other
}


def _elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _section(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _utf8(tag: int, text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack(">BI", tag, len(data)) + data


def compile_ts(ts_path: str, qm_path: str, *, english: bool = False) -> int:
    """Write ``qm_path`` from the finished and unfinished, non-empty translations of ``ts_path``.

    A count (``%n``) is written ``%Ln``, so that Qt writes it through QLocale, as the language
    writes numbers (12 345 in Kazakh, Arabic digits in Arabic): translators keep writing ``%n``.
    ``english``: the English file, made from the sources of ``ts_path``'s plural messages, so
    that English counts are written the English way too (12,345).
    """
    root = ET.parse(ts_path).getroot()
    if english:
        root.set("language", "en")
        for message in root.iter("message"):
            translation = message.find("translation")
            forms = list(translation.iter("numerusform")) if message.get("numerus") == "yes" else []
            for element in list(translation):
                translation.remove(element)
            translation.text = None
            translation.attrib.pop("type", None)
            if forms:
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = message.findtext("source")
    language = (root.get("language") or "en").split("_")[0]
    messages, offsets = bytearray(), []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            if not any(forms):
                continue
            if message.get("numerus") == "yes":
                forms = [form.replace("%n", "%Ln") for form in forms]
            source, comment = message.findtext("source") or "", message.findtext("comment") or ""
            offsets.append((_elf_hash((source + comment).encode("utf-8")), len(messages)))
            for form in forms:
                data = form.encode("utf-16-be")
                messages += struct.pack(">BI", TAG_TRANSLATION, len(data)) + data
            messages += _utf8(TAG_SOURCE, source) + _utf8(TAG_COMMENT, comment) + _utf8(TAG_CONTEXT, name)
            messages.append(TAG_END)
    if language not in NUMERUS_RULES and any(m.get("numerus") == "yes" for m in root.iter("message")):
        raise ValueError(f"{ts_path}: no plural rules known for language {language!r}; add them to setup.py")
    offsets.sort()
    qm = bytearray(QM_MAGIC)
    qm += _section(TAG_LANGUAGE, (root.get("language") or "").encode("utf-8"))
    qm += _section(TAG_HASHES, b"".join(struct.pack(">II", h, o) for h, o in offsets))
    qm += _section(TAG_MESSAGES, bytes(messages))
    if NUMERUS_RULES.get(language):
        qm += _section(TAG_NUMERUS_RULES, NUMERUS_RULES[language])
    os.makedirs(os.path.dirname(qm_path) or ".", exist_ok=True)
    with open(qm_path, "wb") as out:
        out.write(qm)
    return len(offsets)


def compile_all(target_dir: str) -> list[str]:
    written = []
    sources = sorted(glob.glob(os.path.join(HERE, TS_DIR, "*.ts")))
    for ts in sources:
        qm = os.path.join(target_dir, os.path.splitext(os.path.basename(ts))[0] + ".qm")
        compile_ts(ts, qm)
        written.append(qm)
    if sources:    # English: its plural texts only, their counts through QLocale
        qm = os.path.join(target_dir, "glamuploader_en.qm")
        compile_ts(sources[0], qm, english=True)
        written.append(qm)
    return written


def icon_files() -> list[str]:
    """The window's icons, as paths under resources/ (the package keeps them in glamuploader/resources/)."""
    return sorted(os.path.relpath(p, HERE) for p in glob.glob(os.path.join(HERE, "resources", "icons", "**", "*.*"),
                                                              recursive=True))


class build_py(_build_py):  # noqa: N801 - setuptools' command name
    """Also compiles translations/*.ts: into the build folder, or next to the sources when editable."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            target = os.path.join(HERE, PACKAGE_DIR, "translations")
        else:
            target = os.path.join(self.build_lib, "glamuploader", "translations")
        for qm in compile_all(target):
            self.announce(f"compiled {os.path.relpath(qm, HERE)}", level=2)
        if not getattr(self, "editable_mode", False):   # editable: found in the checkout's resources/
            for icon in icon_files():
                self.copy_file(os.path.join(HERE, icon),
                               self.mkpath_for(os.path.join(self.build_lib, "glamuploader", icon)))

    def mkpath_for(self, path: str) -> str:
        self.mkpath(os.path.dirname(path))
        return path


class sdist(_sdist):  # noqa: N801
    """Ships translations/*.ts in the source archive, so a wheel built from it has its .qm too."""

    def make_release_tree(self, base_dir, files) -> None:
        super().make_release_tree(base_dir, files)
        self.mkpath(os.path.join(base_dir, TS_DIR))
        for ts in sorted(glob.glob(os.path.join(TS_DIR, "*.ts"))):
            self.copy_file(ts, os.path.join(base_dir, ts))
        for icon in icon_files():
            self.mkpath(os.path.join(base_dir, os.path.dirname(icon)))
            self.copy_file(icon, os.path.join(base_dir, icon))


if __name__ == "__main__":
    setup(cmdclass={"build_py": build_py, "sdist": sdist})
