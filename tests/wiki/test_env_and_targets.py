from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from glamuploader.wiki import COMMONS, UnknownTarget, resolve, url_target
from glamuploader.wiki.targets import family_name_for


def test_importing_the_wiki_package_does_not_import_pywikibot():
    code = "import sys, glamuploader.wiki; print('pywikibot' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_pywikibot_keeps_its_files_in_the_folder_given_to_the_app(wiki, pywikibot_dir):
    import pywikibot

    assert Path(pywikibot.config.base_dir).resolve() == pywikibot_dir.resolve()
    assert pywikibot.config.user_agent_description.startswith("GLAMUploader/")
    assert list(pywikibot_dir.glob("pywikibot-*.lwp"))  # the session cookie went there


def test_sandbox_writes_without_waiting_and_commons_keeps_its_pace(wiki):
    assert wiki.site.throttle.writedelay == 0
    assert (COMMONS.family, COMMONS.code, COMMONS.put_throttle) == ("commons", "commons", 10)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/api.php",
                                 "http://localhost:8080/w/api.php"])
def test_loopback_wikis_get_family_names_that_keep_host_and_port(url):
    name = family_name_for(url)
    assert name.isidentifier() and "8080" in name
    assert url_target(url).family == name


def test_unknown_names_and_addresses_without_api_php_are_refused():
    assert resolve("Commons") is COMMONS
    with pytest.raises(UnknownTarget):
        resolve("wikipedia")
    with pytest.raises(UnknownTarget):
        resolve("http://127.0.0.1:8080/wiki/Main_Page")


def test_sandbox_is_the_address_the_faces_pass_in_and_unknown_without_one(tmp_path):
    from glamuploader.sandbox import locate
    from glamuploader.wiki.targets import use_sandbox
    asked = []

    def stand_in(state_dir):
        asked.append(state_dir)
        return "http://127.0.0.1:8123/api.php"
    try:
        use_sandbox(stand_in)
        target = resolve("sandbox", sandbox_dir=tmp_path)
        assert asked == [tmp_path]
        assert (target.name, target.api_url, target.put_throttle) == \
            ("sandbox", "http://127.0.0.1:8123/api.php", 0)
        assert "8123" in target.family
        use_sandbox(None)
        with pytest.raises(UnknownTarget, match="sandbox"):
            resolve("sandbox")
        use_sandbox(locate)   # the sandbox package's own answer: nothing installed in an empty folder
        with pytest.raises(UnknownTarget, match=f"not installed in {tmp_path}"):
            resolve("sandbox", sandbox_dir=tmp_path)
    finally:
        use_sandbox(locate)

