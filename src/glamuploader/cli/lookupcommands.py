"""``glamuploader lookup item|category TEXT``, and the lookup checks of ``check --online`` and
``upload``. Answers come from the wiki and Wikidata, or from the lookups cache when offline."""
from __future__ import annotations

import argparse
import os
import sqlite3

from ..core.batch import Batch
from ..core.lookups import OFFLINE, CategoryHit, LookupFailed
from ..core.problems import Problem
from ..core.validate import category_problems_online
from ..store.cache import CachedLookups, LookupCache
from .common import UserError
from .output import Output

#: where Wikidata's search is asked when --wikidata is not given (tests point it elsewhere)
WIKIDATA_ENV = "GLAMUPLOADER_WIKIDATA_API"


def wikidata_url(given: str | None = None) -> str:
    from ..wiki.lookup import WIKIDATA_API
    return given or os.environ.get(WIKIDATA_ENV) or WIKIDATA_API


def open_cache(out: Output) -> LookupCache:
    """The user's lookups cache; one in memory (and a warning) when it cannot be opened."""
    try:
        return LookupCache()
    except (OSError, sqlite3.Error) as exc:
        out.warn(f"The lookups cache cannot be opened ({exc}); lookups are not kept this time.")
        return LookupCache(":memory:")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("lookup", parents=[common],
                       help="search Wikidata items or the wiki's categories (offline: the cache)")
    p.add_argument("kind", choices=("item", "category"))
    p.add_argument("text", metavar="TEXT", help="words of a label, a Q-id, or a category name")
    p.add_argument("--wiki", metavar="W", default="commons",
                   help="wiki whose categories are searched: commons, beta, sandbox or an API URL")
    p.add_argument("--language", metavar="L", default="en",
                   help="language of the item labels (default en; English when Wikidata lacks one)")
    p.add_argument("--limit", metavar="N", type=int, default=7, help="at most N results (1-50)")
    p.add_argument("--wikidata", metavar="URL",
                   help=f"api.php of the Wikibase to search (default: ${WIKIDATA_ENV} or Wikidata)")


def lookup(args: argparse.Namespace, out: Output) -> int:
    limit = max(1, min(args.limit, 50))
    text = args.text.strip()
    if not text:
        raise UserError("give the words to look up.")
    if args.kind == "item":
        return _items(args, out, text, limit)
    return _categories(args, out, text, limit)


def _items(args: argparse.Namespace, out: Output, text: str, limit: int) -> int:
    from ..wiki.lookup import lookups_for

    lookups = CachedLookups(lookups_for(None, wikidata_url=wikidata_url(args.wikidata)),
                            open_cache(out))
    try:
        hits = lookups.search_items(text, language=args.language, limit=limit)
    except LookupFailed as exc:
        raise UserError(f"Wikidata refused the search ({exc.code}: {exc.info}).") from None
    _say_state(lookups, out, "Wikidata")
    for hit in hits:
        words = f" — {hit.description}" if hit.description else ""
        out.say(f"{hit.qid:<10} {hit.label}{words}  [{hit.language or '?'}]")
    if not hits:
        out.say(f"No Wikidata item matches \u201c{text}\u201d.")
    out.data({"kind": "item", "text": text, "language": args.language, "state": lookups.state,
              "results": [{"qid": h.qid, "label": h.label, "description": h.description,
                           "language": h.language} for h in hits]})
    return 0 if hits else 1


def _categories(args: argparse.Namespace, out: Output, text: str, limit: int) -> int:
    from ..wiki.lookup import lookups_for

    lookups = CachedLookups(lookups_for(_anonymous_session(args.wiki), wikidata_url=None),
                            open_cache(out))
    check = lookups.check_categories([text]).get(text)
    names = lookups.search_categories(text, limit=limit)
    _say_state(lookups, out, args.wiki)
    if check is not None:
        out.say(_describe(check))
    for name in names:
        out.say(f"  Category:{name}")
    out.data({"kind": "category", "text": text, "wiki": args.wiki, "state": lookups.state,
              "check": None if check is None else {
                  "name": check.name, "exists": check.exists, "redirect_to": check.redirect_to,
                  "suggestion": check.suggestion},
              "results": names})
    return 0 if check is not None and check.exists and not check.redirect_to else 1


def _describe(hit: CategoryHit) -> str:
    if hit.redirect_to:
        return f"Category:{hit.name} is a redirect to Category:{hit.redirect_to}."
    if hit.exists:
        return f"Category:{hit.name} exists."
    if hit.suggestion:
        return f"Category:{hit.name} does not exist. Did you mean Category:{hit.suggestion}?"
    return f"Category:{hit.name} does not exist, and no existing category is close."


def _say_state(lookups: CachedLookups, out: Output, where: str) -> None:
    if lookups.state == OFFLINE:
        out.warn(f"{where} cannot be reached: the answers come from the lookups cache "
                 "(what was seen online before).")


def _anonymous_session(name: str):
    """An anonymous session on the wiki ``name``, or None when it cannot be reached (after one
    retry: a lookup must not wait minutes for an offline answer from the cache)."""
    import logging
    from dataclasses import replace

    from ..wiki import NotAMediaWiki, UnknownTarget, WikiUnavailable, connect, resolve
    pywikibot_log = logging.getLogger("pywiki")   # offline is expected here: no tracebacks
    level = pywikibot_log.level
    pywikibot_log.setLevel(logging.CRITICAL)
    try:
        target = resolve(name)
        return connect(replace(target, max_retries=min(target.max_retries, 1)), login=False)
    except UnknownTarget as exc:
        raise UserError(f"{exc}: give commons, beta, sandbox or the address of a wiki's api.php.") from None
    except NotAMediaWiki as exc:   # a wrong address: the cache has nothing from it either
        raise UserError(f"{exc.address or exc.target} is not a MediaWiki api.php ({exc.detail}). Give "
                        "the address of the wiki's api.php, or commons, beta or sandbox.") from None
    except WikiUnavailable:
        return None
    finally:
        pywikibot_log.setLevel(level)


def lookup_problems(batch: Batch, session, out: Output) -> list[Problem]:
    """The category and depicts checks for ``check --online`` and ``upload``."""
    from ..wiki.lookup import lookups_for

    online = lookups_for(session, wikidata_url=wikidata_url(), timeout=5.0)
    lookups = CachedLookups(online, open_cache(out), kit_items=batch.kit.depicts,
                            kit_categories=batch.kit.categories)
    problems = category_problems_online(batch, lookups)
    _say_state(lookups, out, "Wikidata or the wiki")
    return problems
