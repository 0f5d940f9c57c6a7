"""pywikibot's configuration, set from code before its first import.

pywikibot reads ``PYWIKIBOT_DIR`` and looks for ``user-config.py`` when it is imported, and
its config is global. :func:`load_pywikibot` is the only door to it: it sets the environment,
imports pywikibot once, and sets the config values GLAM Uploader relies on. Nothing in this
package imports pywikibot at module level, so ``import glamuploader.wiki`` stays cheap and the
GUI can show its window first.
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import ModuleType

from platformdirs import user_config_dir

from glamuploader import __version__

ENV_DIR = "GLAMUPLOADER_PYWIKIBOT_DIR"
USER_AGENT = f"GLAMUploader/{__version__} (GLAM batch uploader)"

MARKER_TEXT = (
    "# Marks this folder as GLAM Uploader's pywikibot base directory. It is not read\n"
    "# (PYWIKIBOT_NO_USER_CONFIG=2): the app configures pywikibot from code.\n"
)

_lock = threading.Lock()
_loaded: ModuleType | None = None


def pywikibot_dir(override: Path | str | None = None) -> Path:
    """Where pywikibot keeps cookies, caches and its password file."""
    if override is not None:
        return Path(override)
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    return Path(user_config_dir("glamuploader")) / "pywikibot"


def load_pywikibot(base_dir: Path | str | None = None) -> ModuleType:
    """Import pywikibot configured for GLAM Uploader, and return the module.

    The first call decides the base directory; a later call with another one raises
    ``RuntimeError`` because pywikibot cannot move it once imported.
    """
    global _loaded
    with _lock:
        wanted = pywikibot_dir(base_dir).resolve()
        if _loaded is not None:
            current = Path(_loaded.config.base_dir).resolve()
            if base_dir is not None and current != wanted:
                raise RuntimeError(
                    f"pywikibot is already configured with {current}, not {wanted}")
            return _loaded
        if "pywikibot" in sys.modules:
            raise RuntimeError("pywikibot was imported before glamuploader.wiki.env configured it")
        wanted.mkdir(parents=True, exist_ok=True)
        os.chmod(wanted, 0o700)
        # pywikibot honours PYWIKIBOT_DIR only when a user-config.py is in it (else it falls
        # back to ~/.pywikibot or even the working directory); NO_USER_CONFIG=2 keeps it unread
        marker = wanted / "user-config.py"
        if not marker.exists():
            marker.write_text(MARKER_TEXT, encoding="utf-8")
        os.environ["PYWIKIBOT_DIR"] = str(wanted)
        os.environ["PYWIKIBOT_NO_USER_CONFIG"] = "2"
        import pywikibot
        from pywikibot import config

        config.user_agent_description = USER_AGENT
        config.maxlag = 5
        config.put_throttle = 10      # Commons' pace; each Target sets its own on connect
        # pywikibot holds every request, reads and writes, to at least 0.1 s after the one
        # before: half the time of a small upload on a fast wiki. Writes are paced by
        # put_throttle and our Pacer (the account's rate limit), reads by maxlag.
        config.minthrottle = 0
        config.max_retries = 4        # a lost connection must surface in seconds, not minutes
        config.retry_wait = 2
        config.retry_max = 30
        config.noisysleep = 60.0      # do not print every short throttle wait
        if not os.environ.get("GLAMUPLOADER_DEBUG"):
            # our commands and window say what happened in words a volunteer understands;
            # pywikibot's own warnings (e.g. an API probe that a plain wiki answers 'badvalue')
            # would only confuse: set GLAMUPLOADER_DEBUG=1 to see them
            # pywikibot sets its logger up (and its level back) the first time it logs, and
            # logs a traceback at ERROR for every dropped connection we then retry: set it up
            # now, then keep only what would stop the app
            import logging

            from pywikibot.bot import init_handlers
            init_handlers()
            logging.getLogger("pywiki").setLevel(logging.CRITICAL)
        _loaded = pywikibot
        return pywikibot
