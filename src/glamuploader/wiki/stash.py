"""Go on with a chunked upload that an earlier process left in the wiki's upload stash.

pywikibot can publish a stashed file (``Uploader._upload(file_key=, offset=)``) but cannot go
on with a *partial* one: it checks the stash's size first, and MediaWiki reports only the first
chunk's size until the last chunk is in (seen on MediaWiki 1.39). So the remaining chunks are
sent here, as pywikibot sends them, and pywikibot publishes the whole file from its file key.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from glamuploader.core.ports import Stash

from .errors import is_network_error

if TYPE_CHECKING:
    from pywikibot.site import APISite


class StashGone(Exception):
    """The wiki no longer has (or never had) this stash: start the file again."""


def send_rest(site: APISite, path: str, filename: str, stash: Stash, *, chunk_size: int,
              on_chunk: Callable[[Stash], None]) -> Stash:
    """Send the chunks of ``path`` from ``stash.offset`` on; return the stash of the whole file.

    ``filename`` is the title without namespace. Raises ``StashGone`` when the wiki refuses the
    file key; network errors reach the caller (the stash is still good for the next try).
    """
    from pywikibot import exceptions as pwb_exc

    total = os.path.getsize(path)
    if stash.offset > total:
        raise StashGone(f"offset {stash.offset} is past the end of the file ({total} bytes)")
    file_key, offset = stash.file_key, stash.offset
    token = site.tokens["csrf"]
    with open(path, "rb") as fh:
        while offset < total:
            fh.seek(offset)
            chunk = fh.read(chunk_size)
            # as pywikibot does (T132676): one more \r, eaten by the MIME encoder, on the last chunk
            if len(chunk) < chunk_size or (offset + len(chunk) == total and chunk.endswith(b"\r")):
                chunk += b"\r"
            request = site._request(
                throttle=False,
                mime={"chunk": (chunk, ("application", "octet-stream"), {"filename": "FAKE-NAME"})},
                parameters={"action": "upload", "token": token, "stash": True, "filesize": total,
                            "offset": offset, "filename": filename, "filekey": file_key,
                            "ignorewarnings": True})
            try:
                data = request.submit()["upload"]
            except pwb_exc.APIError as exc:
                expected = (exc.other or {}).get("offset")
                if exc.code == "stashfailed" and expected is not None and int(expected) != offset:
                    offset = int(expected)   # the wiki kept a chunk we never heard back about
                    continue
                if is_network_error(exc):
                    raise
                raise StashGone(f"{exc.code}: {exc.info}") from None
            file_key = data.get("filekey", file_key)
            if data.get("result") == "Success":   # the wiki put the chunks together: a new key
                whole = Stash(file_key, total)
                on_chunk(whole)
                return whole
            if data.get("result") != "Continue":
                raise StashGone(f"unexpected answer {data.get('result')!r}")
            offset = int(data.get("offset", offset + len(chunk)))
            on_chunk(Stash(file_key, offset))
    return Stash(file_key, total)

