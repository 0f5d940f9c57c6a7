from __future__ import annotations

import dataclasses
import os
import socket
import stat

import keyring
import pytest
from keyring.backends import fail

from glamuploader.wiki import LoginFailed, connect, url_target
from glamuploader.wiki.credentials import Credentials, CredentialStore, find_credentials


def test_bot_password_login_gives_a_logged_in_session(wiki, sandbox):
    assert wiki.site.logged_in()
    assert wiki.site.userinfo["name"] == "Admin"
    assert wiki.user == sandbox.bot_user


def test_wrong_password_fails_without_showing_the_password(sandbox, pywikibot_dir):
    wrong = "not-the-password-" + "x" * 15
    with pytest.raises(LoginFailed) as caught:
        connect("sandbox", sandbox_dir=sandbox.state_dir, config_dir=pywikibot_dir,
                user=sandbox.bot_user, password=wrong)
    assert caught.value.reason == "wrong-password"
    assert wrong not in str(caught.value) and wrong not in repr(caught.value)
    assert sandbox.bot_password not in str(caught.value)


def test_unknown_user_fails_as_unknown_user(sandbox, pywikibot_dir):
    with pytest.raises(LoginFailed) as caught:
        connect("sandbox", sandbox_dir=sandbox.state_dir, config_dir=pywikibot_dir,
                user="Nobody@glamuploader", password="y" * 32)
    assert caught.value.reason == "unknown-user"


def test_unreachable_wiki_fails_as_network_error(pywikibot_dir):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    target = dataclasses.replace(url_target(f"http://127.0.0.1:{port}/api.php"), max_retries=1)
    with pytest.raises(LoginFailed) as caught:
        connect(target, config_dir=pywikibot_dir, user="Someone", password="secret-word-123")
    assert caught.value.reason == "network"
    assert "secret-word-123" not in str(caught.value)


@pytest.fixture
def no_keyring():
    """The keyring library's own "no backend" backend, as on a machine without one."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_a_remembered_password_goes_to_a_private_file(tmp_path, no_keyring):
    store = CredentialStore(fallback_dir=tmp_path)
    where = store.save("sandbox", Credentials("Admin@glamuploader", "pw-" + "z" * 29))
    assert where == "file"
    assert stat.S_IMODE(os.stat(store.fallback_file).st_mode) == 0o600
    loaded = store.load("sandbox")
    assert (loaded.user, loaded.password, loaded.source) == (
        "Admin@glamuploader", "pw-" + "z" * 29, "file")
    assert "pw-" not in repr(loaded)
    store.forget("sandbox", "Admin@glamuploader")
    assert store.load("sandbox") is None


def test_credentials_come_from_the_environment_then_the_prompt(tmp_path, no_keyring):
    store = CredentialStore(fallback_dir=tmp_path)
    from_env = find_credentials("sandbox", store=store, environ={
        "GLAMUPLOADER_USER": "Env@bot", "GLAMUPLOADER_PASSWORD": "env-pass"})
    assert (from_env.user, from_env.source) == ("Env@bot", "environment")
    asked = []
    from_prompt = find_credentials("sandbox", store=store, environ={},
                                   prompt=lambda target, user: asked.append(target)
                                   or ("Typed@bot", "typed-pass"))
    assert (from_prompt.user, from_prompt.source, asked) == ("Typed@bot", "prompt", ["sandbox"])
    assert find_credentials("sandbox", store=store, environ={}) is None


def test_anonymous_session_answers_the_checks(sandbox, pywikibot_dir):
    anonymous = connect("sandbox", sandbox_dir=sandbox.state_dir, config_dir=pywikibot_dir,
                        login=False)
    assert anonymous.user == ""
    assert "jpg" in anonymous.limits().extensions
    assert anonymous.blacklist_reason("File:Delft canal 0042.jpg") is None
    assert anonymous.blacklist_reason("File:PICT0042.jpg") is not None
