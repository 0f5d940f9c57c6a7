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
    "wiki": {"PySide6", "glamuploader.jobs", "glamuploader.ui", "glamuploader.cli",
             "glamuploader.sandbox"},   # the sandbox's address is passed in (wiki.use_sandbox)
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


def _state_writes(path: pathlib.Path) -> list[str]:
    """Places that assign an upload state: ``x.state = …``, ``a, x.state = …`` and
    ``UploadRecord(state=…)`` / ``replace(rec, state=…)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            for t in (target.elts if isinstance(target, ast.Tuple) else [target]):
                if isinstance(t, ast.Attribute) and t.attr == "state" and "upload" in ast.unparse(t.value) \
                        or isinstance(t, ast.Attribute) and t.attr == "state" and ast.unparse(t.value) == "rec":
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}")
        if isinstance(node, ast.Call) and any(k.arg == "state" for k in node.keywords):
            name = ast.unparse(node.func)
            if name.endswith(("UploadRecord", "replace")):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    return found


#: the state machine, and loading a batch file (which restores a saved state, not a transition)
STATE_WRITERS = {"core/uploadstate.py", "store/records.py"}


def test_no_module_outside_the_state_machine_writes_an_upload_state():
    offences = [w for m in sorted(SRC.rglob("*.py")) if str(m.relative_to(SRC)) not in STATE_WRITERS
                for w in _state_writes(m)]
    assert offences == []


def test_the_state_check_finds_a_raw_write(tmp_path):
    """The check above can fail: a module that writes a state the old way is caught."""
    module = SRC / "jobs" / "_probe_state_write.py"
    module.write_text("def f(item, rec):\n    item.upload.state = 1\n    rec.state, rec.error = 2, ''\n")
    try:
        assert len(_state_writes(module)) == 2
    finally:
        module.unlink()
