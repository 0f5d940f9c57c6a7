"""A logged-in connection to one wiki: ``connect(target) -> WikiSession``."""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from glamuploader.core.ports import (ChunkProgress, ExistingFile, SiteLimits, Stash, StashProgress,
                                     UploadOutcome)

from .checks import SiteChecks, file_title
from .credentials import CredentialStore, Prompt, find_credentials
from .env import load_pywikibot, pywikibot_dir
from .errors import LoginFailed, NotAMediaWiki, WikiUnavailable, is_network_error
from .login import log_in
from .probe import network_words, probe_api
from .structured import StructuredData
from .targets import Target, resolve
from .upload import MIB, FileUploader

if TYPE_CHECKING:
    from pywikibot.site import APISite

_T = TypeVar("_T")


class WikiSession:
    """Implements ``core.ports.WikiChecks``, ``core.ports.WikiUploader`` and
    ``core.ports.WikiStructuredData`` for one wiki.

    pywikibot's configuration and HTTP session are global: use one session per wiki and
    call it from one thread at a time (the app's upload worker).
    """

    def __init__(self, site: APISite, target: Target, *, user: str,
                 chunk_size: int = 5 * MIB, chunk_threshold: int = 5 * MIB) -> None:
        self.site = site
        self.target = target
        self.user = user
        self.checks = SiteChecks(site)
        self.uploader = FileUploader(site, self.checks, target=target.name,
                                     chunk_size=chunk_size, chunk_threshold=chunk_threshold)
        self.structured = StructuredData(site)

    def _guard(self, call: Callable[..., _T], *args: Any) -> _T:
        try:
            return call(*args)
        except Exception as exc:  # noqa: BLE001 - only network errors are translated
            if is_network_error(exc):
                raise WikiUnavailable(self.target.name, f"{type(exc).__name__}: {exc}") from exc
            raise

    def limits(self) -> SiteLimits:
        return self._guard(self.checks.limits)

    def find_by_sha1(self, sha1: str) -> list[ExistingFile]:
        return self._guard(self.checks.find_by_sha1, sha1)

    def existing_title(self, title: str) -> ExistingFile | None:
        return self._guard(self.checks.existing_title, title)

    def blacklist_reason(self, title: str) -> str | None:
        return self._guard(self.checks.blacklist_reason, title)

    def upload(self, path: str, title: str, *, text: str, comment: str,
               on_progress: ChunkProgress | None = None, stash: Stash | None = None,
               on_stash: StashProgress | None = None,
               on_publish: Callable[[], None] | None = None, sha1: str = "",
               new_version: bool = False) -> UploadOutcome:
        return self.uploader.upload(path, title, text=text, comment=comment, on_progress=on_progress,
                                    stash=stash, on_stash=on_stash, on_publish=on_publish, sha1=sha1,
                                    new_version=new_version)

    def sends_in_chunks(self, size: int) -> bool:
        return self.uploader.is_chunked(size)

    def existing_mediainfo(self, page_id: int) -> dict:
        """The file's MediaInfo entity; raises ``StructuredDataError`` (never WikiUnavailable)."""
        return self.structured.existing_mediainfo(page_id)

    def write_mediainfo(self, page_id: int, data: dict, *, summary: str) -> None:
        """One ``wbeditentity`` on ``M<page_id>``; raises ``StructuredDataError``."""
        self.structured.write_mediainfo(page_id, data, summary=summary)

    def upload_rate_limit(self):
        """This account's upload limit on this wiki (``core.pacing.RateLimit``), None without one."""
        from glamuploader.core.pacing import upload_limit

        def ask():
            data = self.site.simple_request(action="query", meta="userinfo", uiprop="ratelimits",
                                            formatversion=2).submit()
            return upload_limit(data["query"]["userinfo"].get("ratelimits") or {})
        return self._guard(ask)

    def render_html(self, text: str, title: str) -> str:
        """The HTML the wiki makes of ``text`` as the page ``title`` (the parse API; nothing is saved)."""
        def parse() -> str:
            request = self.site.simple_request(action="parse", text=text, title=file_title(self.site, title),
                                               contentmodel="wikitext", prop="text", pst=1,
                                               disablelimitreport=1, disableeditsection=1, formatversion=2)
            return request.submit()["parse"]["text"]
        return self._guard(parse)

    def page_url(self, title: str) -> str:
        """The address of the file page, as MediaWiki writes it (``File:A_b.jpg``)."""
        return self.checks.page_url(title)

    def existing_titles(self, titles: list[str]) -> dict[str, ExistingFile | None]:
        return self._guard(self.checks.existing_titles, titles)


def _count_only_this_process(throttle: Any) -> None:
    """pywikibot multiplies every delay by the number of processes listed in its throttle.ctrl,
    and a killed process stays listed for ten minutes: after a crash or two each request waited
    seconds (seen in the kill test: a 100-file batch made no progress). This app runs one
    uploader per wiki, paced by its own Pacer, so only this process counts."""
    def check() -> None:
        throttle.process_multiplicity = 1
        throttle.checktime = time.time()
    throttle.checkMultiplicity = check
    throttle.process_multiplicity = 1


def _log_in_again_when_the_session_ends(site: Any, credentials: Any, target: str) -> None:
    """Sessions end (Commons: after some hours idle, or when the wiki restarts its session store):
    writes then fail with ``assertuserfailed``, and pywikibot calls ``site._relogin()``, whose
    ``login()`` would ask for the password on a terminal. Log in again with the credentials
    this session was opened with (kept in memory only); pywikibot then asks for a new token
    (``badtoken``) and sends the request again."""
    def relogin() -> None:
        stale = dict(site.tokens._tokens)
        log_in(site, credentials, target=target)
        # the request being retried still carries the old session's token; pywikibot renews it
        # on ``badtoken`` only if the wallet still knows which type that token was
        site.tokens._tokens.update(stale)
    site._relogin = relogin


def _ask_first(target: Target, *, login: bool, user: str | None) -> None:
    """One plain request before pywikibot (see ``probe``): a wrong or dead address fails in
    seconds, naming the address, and before anyone is asked for a password. A wiki that cannot
    be reached fails a login as ``LoginFailed("network")``, as it did when pywikibot found out;
    an address that is not a MediaWiki API is ``NotAMediaWiki`` either way."""
    try:
        probe_api(target.api_url, name=target.name)
    except NotAMediaWiki:
        raise
    except WikiUnavailable as exc:
        if login:
            raise LoginFailed("network", target=target.name, user=user, info=exc.detail) from None
        raise


def connect(target: Target | str, *, user: str | None = None, password: str | None = None,
            prompt: Prompt | None = None, remember: bool = False, login: bool = True,
            sandbox_dir: Path | str | None = None, config_dir: Path | str | None = None,
            chunk_size: int | None = None, chunk_threshold: int | None = None) -> WikiSession:
    """Log in to ``target`` ("commons", "beta", "sandbox", an api.php URL or a Target).

    Credentials come from the arguments, the keyring, the environment, then ``prompt``
    (see ``credentials``); with ``remember`` a successful login is kept in the keyring.
    With ``login=False`` the session is anonymous: enough for the checks, not for uploads.
    Raises ``LoginFailed`` (with a reason code) or ``WikiUnavailable`` (``NotAMediaWiki``
    when something else answers at the address); a dead or wrong address fails at once.
    """
    if isinstance(target, str):
        target = resolve(target, sandbox_dir=sandbox_dir)
    _ask_first(target, login=login, user=user)
    # 5 MiB chunks, as UploadWizard sends; GLAMUPLOADER_CHUNK_MIB sets smaller ones (slow links, tests)
    chunk = int(float(os.environ.get("GLAMUPLOADER_CHUNK_MIB") or 5) * MIB)
    chunk_size = chunk_size or chunk
    chunk_threshold = chunk_threshold or chunk
    pywikibot = load_pywikibot(config_dir)
    store = CredentialStore(fallback_dir=pywikibot_dir(config_dir))
    credentials = None
    if login:
        credentials = find_credentials(target.name, store=store, user=user, password=password,
                                       prompt=prompt)
        if credentials is None:
            raise LoginFailed("no-credentials", target=target.name, user=user)
    if target.auto_family:
        pywikibot.config.family_files[target.family] = target.api_url
    pywikibot.config.max_retries = target.max_retries
    account = credentials.account if credentials else None
    try:
        site = pywikibot.Site(target.code, target.family, user=account)
        site.throttle.writedelay = target.put_throttle
        _count_only_this_process(site.throttle)
        if credentials is None:
            site.siteinfo.get("general")  # reach the wiki now, not at the first check
    except Exception as exc:  # noqa: BLE001 - only network errors are translated
        if not is_network_error(exc):
            raise
        if credentials is None:
            raise WikiUnavailable(target.name, network_words(exc, target.api_url),
                                  address=target.api_url) from None
        raise LoginFailed("network", target=target.name, user=credentials.user,
                          info=network_words(exc, target.api_url)) from None
    if credentials is None:
        return WikiSession(site, target, user="", chunk_size=chunk_size,
                           chunk_threshold=chunk_threshold)
    log_in(site, credentials, target=target.name)
    _log_in_again_when_the_session_ends(site, credentials, target.name)
    if remember and credentials.source != "keyring":
        store.save(target.name, credentials)
    return WikiSession(site, target, user=credentials.user, chunk_size=chunk_size,
                       chunk_threshold=chunk_threshold)
