from __future__ import annotations

import ast
from pathlib import Path

import glamuploader.media

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "pywikibot", "glamuploader.jobs", "glamuploader.ui",
             "glamuploader.wiki", "glamuploader.store")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against glamuploader.media
                parent = ["glamuploader", "media"][: 3 - node.level] if node.level <= 2 else []
                base = ".".join([*parent, base] if base else parent)
            names.add(base)
    return names


def test_media_imports_only_core_and_its_own_libraries():
    folder = Path(glamuploader.media.__file__).parent
    files = sorted(folder.glob("*.py"))
    assert len(files) >= 8
    for path in files:
        for name in imported_modules(path):
            assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"


def test_media_modules_stay_small():
    folder = Path(glamuploader.media.__file__).parent
    for path in folder.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
