"""The wikis GLAM Uploader can upload to."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

#: the wikis known by name (any other is given by the address of its api.php)
NAMED_TARGETS = ("commons", "beta", "sandbox")

# state folder (None: the default one) -> the sandbox's api.php, or None when it is not installed
SandboxLocator = Callable[[Path | str | None], "str | None"]
_sandbox_locator: SandboxLocator | None = None


class UnknownTarget(ValueError):
    """The name is neither a known wiki nor an http(s) API URL."""


@dataclass(frozen=True)
class Target:
    name: str                 # what a person chose: "commons", "beta", "sandbox" or a URL
    api_url: str
    family: str               # pywikibot family name
    code: str                 # pywikibot site code
    put_throttle: float       # seconds between writes
    is_wikimedia: bool
    max_retries: int = 4      # pywikibot retries (maxlag, server errors) before giving up
    auto_family: bool = True  # family built from api_url (not one that ships with pywikibot)


COMMONS = Target(name="commons", api_url="https://commons.wikimedia.org/w/api.php",
                 family="commons", code="commons", put_throttle=10, is_wikimedia=True,
                 max_retries=8, auto_family=False)
BETA = Target(name="beta", api_url="https://commons.wikimedia.beta.wmcloud.org/w/api.php",
              family="commons", code="beta", put_throttle=5, is_wikimedia=True,
              max_retries=8, auto_family=False)


def family_name_for(api_url: str, *, prefix: str = "wiki") -> str:
    """A safe pywikibot family name for a wiki known only by URL.

    pywikibot's own guess (``netloc.split('.')[-2]``) gives ``'0'`` for 127.0.0.1 and fails for
    localhost, and one name for two wikis on one host; this one keeps host, port and path.
    """
    parsed = urlparse(api_url)
    path = parsed.path.removesuffix("/api.php")
    slug = re.sub(r"[^a-z0-9]+", "_", f"{parsed.hostname or ''}_{parsed.port or ''}_{path}".lower())
    return f"{prefix}_{slug.strip('_')}"


#: hosts that are this machine: a wiki there is a local test wiki, written to without pause
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def url_target(api_url: str, *, put_throttle: float | None = None) -> Target:
    """A wiki known by its api.php URL; ``put_throttle`` defaults to 10 s, 0 on this machine."""
    parsed = urlparse(api_url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise UnknownTarget(api_url)
    if not parsed.path.endswith("/api.php"):
        raise UnknownTarget(f"{api_url} (give the address of the wiki's api.php)")
    host = parsed.hostname.lower()
    wikimedia = host.endswith((".wikimedia.org", ".wikipedia.org", ".wikidata.org", ".wmcloud.org"))
    name = family_name_for(api_url)
    if put_throttle is None:
        put_throttle = 0 if host in LOOPBACK_HOSTS else 10
    return Target(name=api_url, api_url=api_url, family=name, code=name,
                  put_throttle=put_throttle, is_wikimedia=wikimedia)


def use_sandbox(locate: SandboxLocator | None) -> None:
    """Say where the local sandbox wiki answers; the faces pass ``glamuploader.sandbox.locate``.

    The wiki layer knows no sandbox of its own: without this, "sandbox" is an unknown target.
    """
    global _sandbox_locator
    _sandbox_locator = locate


def sandbox_target(state_dir: Path | str | None = None) -> Target:
    """The local sandbox wiki, at the address the registered locator gives."""
    api_url = _sandbox_locator(state_dir) if _sandbox_locator is not None else None
    if api_url is None:
        raise UnknownTarget(f"sandbox (not installed{f' in {state_dir}' if state_dir else ''})")
    # the port is part of the family name: a restart on another port is another site
    name = family_name_for(api_url, prefix="sandbox")
    return Target(name="sandbox", api_url=api_url, family=name, code=name,
                  put_throttle=0, is_wikimedia=False, max_retries=2)


def resolve(name: str, *, sandbox_dir: Path | str | None = None) -> Target:
    """"commons", "beta", "sandbox" or an http(s) URL of a wiki's api.php."""
    key = name.strip().lower()
    if key == "commons":
        return COMMONS
    if key == "beta":
        return BETA
    if key == "sandbox":
        return sandbox_target(sandbox_dir)
    if key.startswith(("http://", "https://")):
        return url_target(name.strip())
    raise UnknownTarget(name)
