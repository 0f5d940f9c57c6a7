"""One file up to a wiki with pywikibot: duplicate check, chunks, progress, warnings, errors.

Warnings (``UploadOutcome.warnings`` lists every code the wiki gave):

* accepted: ``large-file`` only (the file is over the wiki's size *warning*, not its limit);
* refused, with the error code the rest of the app knows from ``core.problems``:
  ``duplicate``, ``nochange``/``no-change``, ``duplicate-version`` → ``duplicate-on-wiki``;
  ``exists``, ``exists-normalized``, ``page-exists`` → ``title-exists`` (new versions of a
  file are a later feature); ``empty-file`` → ``file-empty``;
* refused with the warning code itself: ``bad-prefix``, ``badfilename``, ``was-deleted``,
  ``duplicate-archive``, ``thumb``, ``thumb-name``, ``filetype-unwanted-type`` and any code
  not named here.

Errors from the API are returned as ``UploadOutcome.error`` with the wiki's text in
``error_info`` (see ``ERROR_CODES``); only a lost connection raises (``WikiUnavailable``).
"""
from __future__ import annotations

import hashlib
import os
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from glamuploader.core.ports import ChunkProgress, Stash, StashProgress, UploadOutcome

from .checks import SiteChecks, file_title
from .errors import WikiUnavailable, is_network_error
from .stash import StashGone, send_rest

if TYPE_CHECKING:
    from pywikibot.site import APISite

MIB = 1024 * 1024
ACCEPTED_WARNINGS = frozenset({"large-file"})
#: what a new version of a file may be told, besides: the title is taken (by the file it replaces)
NEW_VERSION_WARNINGS = frozenset({"exists", "exists-normalized", "page-exists"})
WARNING_ERRORS = {
    "duplicate": "duplicate-on-wiki",
    "nochange": "duplicate-on-wiki",
    "no-change": "duplicate-on-wiki",
    "duplicate-version": "duplicate-on-wiki",
    "exists": "title-exists",
    "exists-normalized": "title-exists",
    "page-exists": "title-exists",
    "empty-file": "file-empty",
}
#: warnings and errors that may mean the wiki took this very file a moment ago (a request sent
#: twice, or stalled and arriving late): the file is then looked for by SHA-1, and the queue
#: records it as uploaded when it is there under our title
MAYBE_THERE_WARNINGS = frozenset({"duplicate", "exists", "exists-normalized", "page-exists",
                                  "nochange", "no-change", "duplicate-version"})
MAYBE_THERE_ERRORS = frozenset({"fileexists-no-change", "uploadstash-file-not-found", "stashfailed",
                                "stashnosuchfilekey", "stashnotloggedin"})
#: API error codes → UploadOutcome.error (codes not listed are passed on unchanged)
ERROR_CODES = {
    "titleblacklist-forbidden": "title-blacklisted",
    "filetype-banned": "filetype-not-allowed",
    "filetype-missing": "title-extension-wrong",
    "file-too-large": "file-too-large",
    "fileexists-no-change": "duplicate-on-wiki",
    "empty-file": "file-empty",
    "verification-error": "verification-error",
    "ratelimited": "ratelimited",
    "illegal-filename": "title-forbidden-chars",
    "filename-tooshort": "title-too-short",
    "filename-toolong": "title-too-long",
}


def error_code(api_code: str) -> str:
    """The UploadOutcome.error for an API error code."""
    if api_code.startswith("titleblacklist-forbidden"):  # MediaWiki 1.39 adds "-edit", "-move"…
        return "title-blacklisted"
    return ERROR_CODES.get(api_code, api_code)


def file_sha1(path: str) -> str:
    digest = hashlib.sha1()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(MIB), b""):
            digest.update(block)
    return digest.hexdigest()


class _ProgressSite:
    """The site as pywikibot's Uploader sees it, telling the caller what reached the wiki.

    pywikibot has no progress callback. Its chunk requests are the ones with a ``chunk`` MIME
    part: after each, ``on_bytes`` hears the end offset and ``on_stash`` the file key the wiki
    keeps the chunks under. The publish request is the one with an edit summary: ``on_publish``
    is called just before it is sent. Everything else is passed to the real site unchanged.
    """

    def __init__(self, site: APISite, on_bytes: Callable[[int], None],
                 on_stash: StashProgress | None = None,
                 on_publish: Callable[[], None] | None = None) -> None:
        self._site = site
        self._on_bytes = on_bytes
        self._on_stash = on_stash
        self._on_publish = on_publish

    def __getattr__(self, name: str) -> Any:
        return getattr(self._site, name)

    def _request(self, **kwargs: Any) -> Any:
        request = self._site._request(**kwargs)
        parameters = kwargs.get("parameters") or {}
        chunk = (kwargs.get("mime") or {}).get("chunk")
        submit = _unbound_submit(request)
        if chunk is not None:
            end = int(parameters.get("offset", 0)) + len(chunk[0])
            total = int(parameters.get("filesize", end))

            def submit_chunk() -> Any:
                result = submit()
                answer = result.get("upload", {}) if isinstance(result, dict) else {}
                if self._on_stash is not None and answer.get("result") in ("Continue", "Success"):
                    done = total if answer.get("result") == "Success" else int(answer.get("offset", end))
                    self._on_stash(Stash(answer.get("filekey") or parameters.get("filekey", ""),
                                         min(done, total)))
                self._on_bytes(end)
                return result

            request.submit = submit_chunk
        elif "comment" in parameters:   # the publish request: the file page is made
            # pywikibot would send it again by itself after a lost answer, when the wiki may
            # already have made the page ("exists"): fail at once instead, so the upload
            # queue asks the wiki (by SHA-1) before anything is sent again
            request.max_retries = 0
            on_publish = self._on_publish

            def submit_publish() -> Any:
                if on_publish is not None:
                    on_publish()
                return submit()

            request.submit = submit_publish
        return request


def _unbound_submit(request: Any) -> Callable[[], Any]:
    """The request's own ``submit``, without holding the request: the wrapper we put on the
    request must not refer back to it, or every chunk (5 MiB in the request's MIME data) stays
    in memory until the garbage collector's next full sweep (288 MB peak for a 1 GiB file)."""
    ref, method = weakref.ref(request), type(request).submit
    return lambda: method(ref())


class Warnings:
    """The ``ignore_warnings`` callable: decides warning by warning, remembers them all."""

    def __init__(self, accepted: frozenset[str] = ACCEPTED_WARNINGS) -> None:
        self.accepted = accepted
        self.seen: list[str] = []
        self.refused: list[tuple[str, str]] = []  # (code, wiki's text)

    def __call__(self, warnings: list[Any]) -> bool:
        for warning in warnings:
            if warning.code not in self.seen:
                self.seen.append(warning.code)
            if warning.code not in self.accepted:
                self.refused.append((warning.code, str(warning.message or "")))
        return not self.refused


class FileUploader:
    """Uploads to one site; ``chunk_size`` bytes per request for files over ``chunk_threshold``."""

    def __init__(self, site: APISite, checks: SiteChecks, *, target: str,
                 chunk_size: int = 5 * MIB, chunk_threshold: int = 5 * MIB,
                 accepted_warnings: frozenset[str] = ACCEPTED_WARNINGS) -> None:
        self.site = site
        self.checks = checks
        self.target = target
        self.chunk_size = chunk_size
        self.chunk_threshold = chunk_threshold
        self.accepted_warnings = accepted_warnings

    def upload(self, path: str, title: str, *, text: str, comment: str,
               on_progress: ChunkProgress | None = None, stash: Stash | None = None,
               on_stash: StashProgress | None = None,
               on_publish: Callable[[], None] | None = None, sha1: str = "",
               new_version: bool = False) -> UploadOutcome:
        """See ``core.ports.WikiUploader.upload``."""
        if not comment.strip():
            raise ValueError("an upload needs an edit summary (comment)")
        try:
            return self._upload(path, title, text=text, comment=comment, on_progress=on_progress,
                                stash=stash, on_stash=on_stash, on_publish=on_publish, sha1=sha1,
                                new_version=new_version)
        except WikiUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - network errors are re-raised as WikiUnavailable
            if is_network_error(exc):
                raise WikiUnavailable(self.target, f"{type(exc).__name__}: {exc}") from exc
            raise

    def is_chunked(self, size: int) -> bool:
        return size > self.chunk_threshold and 0 < self.chunk_size < size

    def _before_chunks(self, title: str, sha1: str, *, new_version: bool) -> UploadOutcome | None:
        """A file sent in chunks is checked first (SHA-1, title, blacklist): the wiki would say
        no only after every chunk had gone up. A file sent in one piece is not: the upload's
        own warnings and errors say the same in the same request."""
        duplicates = self.checks.find_by_sha1(sha1)
        if duplicates:
            return UploadOutcome(title=title, uploaded=False, duplicate_of=duplicates,
                                 error="duplicate-on-wiki", error_info=duplicates[0].url)
        existing = self.checks.existing_title(title)
        if new_version and existing is None:
            return UploadOutcome(title=title, uploaded=False, error="new-version-missing", error_info=title)
        if not new_version and existing is not None:
            return UploadOutcome(title=title, uploaded=False, error="title-exists", error_info=existing.url)
        reason = None if new_version else self.checks.blacklist_reason(title)
        if reason is not None:
            return UploadOutcome(title=title, uploaded=False, error="title-blacklisted", error_info=reason)
        return None

    def _upload(self, path: str, title: str, *, text: str, comment: str,
                on_progress: ChunkProgress | None, stash: Stash | None,
                on_stash: StashProgress | None, on_publish: Callable[[], None] | None,
                sha1: str, new_version: bool) -> UploadOutcome:
        import pywikibot
        from pywikibot import exceptions as pwb_exc

        if not os.path.isfile(path):
            return UploadOutcome(title=title, uploaded=False, error="file-missing", error_info=path)
        title = file_title(self.site, title)
        total = os.path.getsize(path)
        known = [sha1.lower()] if sha1 else []

        def digest() -> str:   # read at most once: a scan can be hundreds of MB
            if not known:
                known.append(file_sha1(path))
            return known[0]

        if self.is_chunked(total) and stash is None:
            refused = self._before_chunks(title, digest(), new_version=new_version)
            if refused is not None:
                return refused
        if self.site.is_uploaddisabled():
            return UploadOutcome(title=title, uploaded=False, error="uploaddisabled")

        sent = 0

        def report(done: int) -> None:
            nonlocal sent
            sent = max(sent, min(done, total))  # a restarted chunked upload never goes back
            if on_progress is not None:
                on_progress(sent, total)

        report(stash.offset if stash else 0)
        page = pywikibot.FilePage(self.site, title, ignore_extension=True)
        accepted = self.accepted_warnings | (NEW_VERSION_WARNINGS if new_version else frozenset())
        warnings = Warnings(accepted)
        site = _ProgressSite(self.site, report, on_stash, on_publish)
        try:
            done = None
            if stash is not None:
                done = self._resume(site, page, path, stash, comment=comment, text=text,
                                    warnings=warnings, on_stash=on_stash, report=report)
            if done is None:
                done = self._fresh(site, page, path, total, comment=comment, text=text, warnings=warnings)
        except pwb_exc.APIError as exc:
            if is_network_error(exc):
                raise
            code = str(exc.code)
            # after a lost answer the wiki may have the file already, and says so in these words
            found = self.checks.find_by_sha1(digest()) if code in MAYBE_THERE_ERRORS else []
            return UploadOutcome(title=title, uploaded=False, warnings=warnings.seen, duplicate_of=found,
                                 error=error_code(code), error_info=str(exc.info))
        if not done:
            code, info = warnings.refused[0] if warnings.refused else ("upload-refused", "")
            error = WARNING_ERRORS.get(code, code)
            if new_version and code in ("nochange", "no-change", "duplicate-version"):
                error = "duplicate-on-wiki"   # this very version is there already: ours
            found = self.checks.find_by_sha1(digest()) if code in MAYBE_THERE_WARNINGS else []
            return UploadOutcome(title=title, uploaded=False, warnings=warnings.seen,
                                 duplicate_of=found, error=error, error_info=info)
        if sent < total:
            report(total)
        # the page id is not in the upload's answer: the upload service asks for many at once
        return UploadOutcome(title=title, uploaded=True, warnings=warnings.seen, page_id=None,
                             url=self.checks.page_url(title))

    def _fresh(self, site: _ProgressSite, page: Any, path: str, total: int, *, comment: str,
               text: str, warnings: Warnings) -> bool:
        from pywikibot.site._upload import Uploader

        chunked = self.is_chunked(total)
        uploader = Uploader(site, page, source_filename=path, summary=comment, text=text,
                            chunk_size=self.chunk_size if chunked else 0,
                            ignore_warnings=warnings, report_success=False)
        return uploader.upload()

    def _resume(self, site: _ProgressSite, page: Any, path: str, stash: Stash, *, comment: str,
                text: str, warnings: Warnings, on_stash: StashProgress | None,
                report: Callable[[int], None]) -> bool | None:
        """Go on from ``stash``; None when the wiki no longer has it (start again)."""
        from pywikibot import exceptions as pwb_exc
        from pywikibot.site._upload import Uploader

        def chunk_done(now: Stash) -> None:
            report(now.offset)
            if on_stash is not None:
                on_stash(now)

        try:
            whole = send_rest(self.site, path, page.title(with_ns=False), stash,
                              chunk_size=self.chunk_size or 5 * MIB, on_chunk=chunk_done)
            uploader = Uploader(site, page, source_filename=path, summary=comment, text=text,
                                ignore_warnings=warnings, report_success=False)
            # pywikibot checks the stashed file's size and SHA-1 against ours, then publishes it
            return uploader._upload(warnings, False, file_key=whole.file_key, offset=whole.offset)
        except StashGone:
            return None
        except pwb_exc.APIError as exc:
            if is_network_error(exc) or not exc.code.startswith(("stash", "uploadstash")):
                raise
            return None
        except ValueError:   # pywikibot: the stash does not hold this file
            return None
