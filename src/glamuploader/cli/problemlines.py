"""Problems printed for a person: under each file, and one line for a problem many files share.

A kit's category that is not on the wiki lands on every file of the batch: 95 identical lines
hide the one problem that is only on IMG_0042.jpg. The same words on several files become
one line with the count and the first few names; what is left is listed under its file.
(``--json`` keeps one entry per file: scripts count for themselves.)
"""
from __future__ import annotations

import os

from ..core.problems import Problem, Severity, group_key
from ..messages import problem_text
from .output import Output, visible

#: names shown on a shared problem's line before "… and N more"
NAMES_SHOWN = 3


def print_problems(problems: list[Problem], out: Output) -> None:
    shared, alone = _split(problems)
    for key, paths in shared:
        severity, field, text = key
        out.say(f"{_head(severity, field)} {visible(text.rstrip('.'))}: {len(paths)} files "
                f"({_names(paths)})")
    by_file: dict[str | None, list[Problem]] = {}
    for p in alone:
        by_file.setdefault(p.item, []).append(p)
    for path, group in by_file.items():
        out.say(visible(path) if path else "(the batch)")
        for p in sorted(group, key=lambda p: p.severity is not Severity.ERROR):
            out.say(f"  {_head(p.severity, p.field)} {visible(problem_text(p.code, p.params))}")


def _head(severity: Severity, field: str | None) -> str:
    return f"{severity.value:<7}" + (f" [{field}]" if field else "")


def _split(problems: list[Problem]):
    """((severity, field, text), paths) of the problems said in the same words on two files or
    more, errors first; and the other problems, in their order (the key is the panel's)."""
    files: dict[tuple, list[str]] = {}
    first: dict[tuple, Problem] = {}
    for p in problems:
        if p.item is not None:
            key = group_key(p)
            first.setdefault(key, p)
            paths = files.setdefault(key, [])
            if p.item not in paths:
                paths.append(p.item)
    shared = {key for key, paths in files.items() if len(paths) > 1}
    alone = [p for p in problems if p.item is None or group_key(p) not in shared]
    said = [((first[key].severity, first[key].field, problem_text(first[key].code, first[key].params)),
             files[key]) for key in files if key in shared]
    return sorted(said, key=lambda kv: kv[0][0] is not Severity.ERROR), alone


def _names(paths: list[str]) -> str:
    """The first few files by name (by path when two share a name), and how many more."""
    names = [os.path.basename(p) for p in paths]
    if len(set(names)) < len(names):
        names = list(paths)
    shown = ", ".join(visible(n) for n in names[:NAMES_SHOWN])
    more = len(names) - NAMES_SHOWN
    return shown + (f", … and {more} more" if more > 0 else "")
