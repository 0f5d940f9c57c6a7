"""The wikis GLAM Uploader can upload to."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from glamuploader.sandbox.state import read_info


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


def sandbox_target(state_dir: Path | str | None = None) -> Target:
    """The local sandbox wiki, as written to sandbox.json by ``glamuploader.sandbox``."""
    if state_dir is None:
        from glamuploader.sandbox import default_state_dir
        state_dir = default_state_dir()
    info = read_info(Path(state_dir))
    if info is None:
        raise UnknownTarget(f"sandbox (not installed in {state_dir})")
    # the port is part of the family name: a restart on another port is another site
    name = family_name_for(info.api_url, prefix="sandbox")
    return Target(name="sandbox", api_url=info.api_url, family=name, code=name,
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
