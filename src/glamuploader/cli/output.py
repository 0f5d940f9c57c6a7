"""How the command line talks: plain lines, a progress bar on a terminal, or JSON for scripts."""
from __future__ import annotations

import json
import re
import sys
import time

from ..core.titles import is_invisible

_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` as any terminal can take it: bytes of a file name that are not UTF-8 (lone
    surrogates) shown as ``\\xe9``, so the line never fails to print."""
    if not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:   # a surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def visible(name: str) -> str:
    """A file name on one line with nothing hidden: control and bidi characters (a newline, a
    right-to-left override that makes "gpj.exe" look like "exe.jpg") shown as escapes."""
    return "".join(ch if ch == " " or not is_invisible(ch) or 0xD800 <= ord(ch) <= 0xDFFF
                   else ascii(ch)[1:-1] for ch in name)


def _json_text(payload: object) -> str:
    """JSON that any stream takes: lone surrogates written as JSON escapes (read back as they were)."""
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class Output:
    def __init__(self, *, quiet: bool = False, as_json: bool = False, stream=None, err=None) -> None:
        self.quiet, self.as_json = quiet, as_json
        self.out = stream or sys.stdout
        self.err = err or sys.stderr
        self._bar_shown = False
        self._last_draw = 0.0

    def say(self, text: str = "") -> None:
        """A line for people (left out with --quiet or --json)."""
        if not (self.quiet or self.as_json):
            self._clear_bar()
            print(printable(text), file=self.out, flush=True)

    def warn(self, text: str) -> None:
        """A line for people that --quiet keeps (on stderr)."""
        self._clear_bar()
        print(printable(text), file=self.err, flush=True)

    def data(self, payload: object) -> None:
        """The result for scripts (only with --json)."""
        if self.as_json:
            self.out.write(_json_text(payload) + "\n")
            self.out.flush()

    def progress(self, done: int, total: int, label: str = "") -> None:
        """A one-line bar on a terminal; nothing when piped, quiet or JSON."""
        if self.quiet or self.as_json or not self.err.isatty() or total <= 0:
            return
        now = time.monotonic()
        if done < total and now - self._last_draw < 0.1:
            return
        self._last_draw = now
        width = 30
        filled = int(width * done / total)
        self.err.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]:<40}")
        self.err.flush()
        self._bar_shown = True
        if done >= total:
            self._clear_bar()

    def _clear_bar(self) -> None:
        if self._bar_shown:
            self.err.write("\r" + " " * 90 + "\r")
            self.err.flush()
            self._bar_shown = False
