"""The wiki layer: the only package that imports pywikibot (lazily, through ``env``).

``connect(target)`` gives a :class:`WikiSession`, which implements ``core.ports.WikiChecks``
and ``core.ports.WikiUploader``. Importing this package does not import pywikibot.
"""
from __future__ import annotations

from .credentials import Credentials, CredentialStore, find_credentials
from .errors import LOGIN_REASONS, LoginFailed, NotAMediaWiki, WikiUnavailable
from .session import WikiSession, connect
from .targets import (BETA, COMMONS, Target, UnknownTarget, resolve, sandbox_target, url_target,
                      use_sandbox)

__all__ = [
    "BETA", "COMMONS", "Credentials", "CredentialStore", "LOGIN_REASONS", "LoginFailed",
    "NotAMediaWiki", "Target", "UnknownTarget", "WikiSession", "WikiUnavailable", "connect", "find_credentials",
    "resolve", "sandbox_target", "url_target", "use_sandbox",
]
