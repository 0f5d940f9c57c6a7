"""The dependency rules of ARCHITECTURE.md, checked on the source itself."""
from __future__ import annotations

import ast
import pathlib

import pytest

SRC = pathlib.Path(__file__).resolve().parents[1] / "src" / "glamuploader"

#: package -> what it may not import (ours and third-party)
FORBIDDEN = {
    "core": {"PySide6", "pywikibot", "PIL", "yaml", "exifread", "keyring", "platformdirs",
             "mwparserfromhell", "glamuploader.media", "glamuploader.store", "glamuploader.wiki",
             "glamuploader.jobs", "glamuploader.ui", "glamuploader.cli", "glamuploader.sandbox"},
    "media": {"PySide6", "pywikibot", "glamuploader.jobs", "glamuploader.ui", "glamuploader.cli",
              "glamuploader.wiki"},
    "store": {"PySide6", "pywikibot", "glamuploader.jobs", "glamuploader.ui", "glamuploader.cli",
              "glamuploader.wiki"},
    "wiki": {"PySide6", "glamuploader.jobs", "glamuploader.ui", "glamuploader.cli"},
    "jobs": {"PySide6", "pywikibot", "glamuploader.wiki", "glamuploader.ui", "glamuploader.cli"},
    "sandbox": {"PySide6", "pywikibot", "glamuploader.ui", "glamuploader.cli", "glamuploader.jobs"},
    "cli": {"PySide6", "glamuploader.ui"},
    "ui": {"glamuploader.cli"},
}


def _imports(path: pathlib.Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(("glamuploader", *path.relative_to(SRC).parts[:-1]))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                found.add(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                found.add(node.module)
    return found


def _modules(package: str) -> list[pathlib.Path]:
    folder = SRC / package
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [SRC / f"{package}.py"]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_keeps_to_its_dependency_rules(package):
    modules = _modules(package)
    assert modules and all(m.exists() for m in modules)
    offences = []
    for module in modules:
        for name in _imports(module):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[package]):
                offences.append(f"{module.relative_to(SRC)} imports {name}")
    assert offences == []


def test_only_the_wiki_package_imports_pywikibot():
    users = {m.relative_to(SRC).parts[0] for m in SRC.rglob("*.py")
             if any(n == "pywikibot" or n.startswith("pywikibot.") for n in _imports(m))}
    assert users <= {"wiki"}
