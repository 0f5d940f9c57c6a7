"""Settings every test shares: Qt draws offscreen; nothing touches the user's own folders;
one real sandbox MediaWiki for the whole session, started through glamuploader.sandbox."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pywikibot reads its folder once per process: point it away from the user's home first
_PYWIKIBOT_DIR = tempfile.mkdtemp(prefix="glamuploader-pywikibot-")
os.environ["GLAMUPLOADER_PYWIKIBOT_DIR"] = _PYWIKIBOT_DIR
os.environ.pop("GLAMUPLOADER_USER", None)
os.environ.pop("GLAMUPLOADER_PASSWORD", None)

# the tests wire "sandbox" as a wiki to the sandbox package, as both faces do when they start
from glamuploader.sandbox import locate  # noqa: E402
from glamuploader.wiki.targets import use_sandbox  # noqa: E402

use_sandbox(locate)


@pytest.fixture(scope="session")
def pywikibot_dir() -> Path:
    return Path(_PYWIKIBOT_DIR)


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory):
    """The real local MediaWiki; the command line finds it through GLAMUPLOADER_SANDBOX_DIR."""
    from glamuploader.sandbox import Sandbox
    state_dir = tmp_path_factory.mktemp("sandbox")
    os.environ["GLAMUPLOADER_SANDBOX_DIR"] = str(state_dir)
    wiki = Sandbox(state_dir)
    info = wiki.start()
    yield info
    wiki.stop()


@pytest.fixture(scope="session", autouse=True)
def private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lookups cache (and any other cache) of the code under test lives in a temp folder."""
    folder = tmp_path_factory.mktemp("cache")
    os.environ["GLAMUPLOADER_CACHE_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session", autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Batches, the demo and the upload journal of the code under test live in a temp folder."""
    folder = tmp_path_factory.mktemp("data")
    os.environ["GLAMUPLOADER_DATA_DIR"] = str(folder)
    return folder


@pytest.fixture
def wikidata_standin():
    """The Wikidata search STAND-IN (tests/standin/wikidata_search.py) on a free loopback port."""
    from standin.wikidata_search import WikidataSearchStandIn
    server = WikidataSearchStandIn().start()
    yield server
    server.stop()


#: category pages the lookup tests find on the sandbox: name -> wikitext
SANDBOX_CATEGORIES = {
    "Category:Kazan Kremlin": "Photographs of the Kazan Kremlin.",
    "Category:New name": "A category that was renamed from [[:Category:Old name]].",
    "Category:Old name": "#REDIRECT [[Category:New name]]",
    "Kazan Kremlin walk": "An article, not a category: prefix searches in namespace 14 skip it.",
}


@pytest.fixture(scope="session")
def sandbox_categories(sandbox, pywikibot_dir) -> dict[str, str]:
    """SANDBOX_CATEGORIES saved on the sandbox wiki with the bot password (edit grant)."""
    from glamuploader.wiki import connect
    wiki = connect("sandbox", sandbox_dir=sandbox.state_dir, config_dir=pywikibot_dir,
                   user=sandbox.bot_user, password=sandbox.bot_password)
    import pywikibot  # configured by connect(); never imported before it
    for title, text in SANDBOX_CATEGORIES.items():
        page = pywikibot.Page(wiki.site, title)
        if not page.exists():
            page.text = text
            page.save(summary="pages for the lookup tests", quiet=True)
    return SANDBOX_CATEGORIES


@pytest.fixture(scope="module")
def wikibase_standin(sandbox):
    """A STAND-IN for Wikibase (WikibaseMediaInfo) in front of the sandbox wiki: every request
    goes on to the real sandbox except wbgetentities/wbeditentity, which the stand-in answers
    and records (see tests/standin/wikibase_proxy.py)."""
    from standin.wikibase_proxy import WikibaseStandIn
    with WikibaseStandIn(sandbox.server) as standin:
        yield standin
