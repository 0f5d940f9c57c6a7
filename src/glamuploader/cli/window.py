"""Whether ``glamuploader ARGS`` asks for the window, and whether a window can open here.

Decided before Qt is imported: without a display Qt aborts the process (exit 134, "could not
load the Qt platform plugin"), which tells a volunteer on a server nothing. Here they learn
that there is no display and which commands do the work without one.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from ..store.names import SUFFIX

#: Qt platforms that draw without a screen
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb",
                                "vkkhrdisplay"})
#: what a batch file is called (a file manager's "Open with" hands the app one of these)
BATCH_SUFFIXES = (SUFFIX, ".yaml", ".yml")


@dataclass(frozen=True)
class WindowRequest:
    open_path: str | None = None
    demo: bool = False


def window_request(args: list[str], commands: frozenset[str] | set[str]) -> WindowRequest | None:
    """What the window should open, or None when ``args`` are a command for the command line.

    No arguments, ``demo``, ``open FILE`` and a lone ``FILE.glam.yaml`` (as the desktop entry
    passes it) open the window."""
    if not args:
        return WindowRequest()
    if args == ["demo"]:
        return WindowRequest(demo=True)
    if args[0] == "open" and len(args) == 2:
        return WindowRequest(open_path=args[1])
    if (len(args) == 1 and args[0] not in commands and not args[0].startswith("-")
            and args[0].lower().endswith(BATCH_SUFFIXES)):
        return WindowRequest(open_path=args[0])
    return None


def display_missing(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True where a window cannot open: a Linux or BSD session with neither an X11 nor a
    Wayland display, and no Qt platform that draws without one (QT_QPA_PLATFORM=offscreen)."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")):
        return False   # Windows and macOS: the session has a screen
    wanted = {p.split(":", 1)[0].strip().lower() for p in env.get("QT_QPA_PLATFORM", "").split(";")}
    if wanted & HEADLESS_PLATFORMS:
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def no_display_text(request: WindowRequest, commands: list[tuple[str, str]]) -> str:
    """What to say instead of opening the window: why not, and the commands to use."""
    lines = ["glamuploader: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), "
             "so the window cannot open here.",
             "Everything the window does can be done with these commands:"]
    lines += [f"  glamuploader {name:<8} {words}" for name, words in commands if name != "demo"]
    lines.append("  glamuploader demo --headless   the demo: sample photos uploaded to a local wiki")
    if request.open_path:
        lines.append(f"For this batch, e.g.: glamuploader check {request.open_path}")
    lines.append("Run glamuploader COMMAND --help for each one's options. From another computer, "
                 "ssh -X (or -Y) brings the window to your screen.")
    return "\n".join(lines)


def command_list() -> list[tuple[str, str]]:
    """(name, help) of every command of the command line, from its parser."""
    import argparse

    from . import build_parser
    for action in build_parser()._actions:   # argparse keeps the sub-commands here
        if isinstance(action, argparse._SubParsersAction):
            return [(choice.dest, choice.help or "") for choice in action._choices_actions]
    return []
