"""Errors of the wiki layer. None of them ever carries a password."""
from __future__ import annotations

from glamuploader.core.ports import WikiUnreachable

#: LoginFailed.reason codes
LOGIN_REASONS = (
    "no-credentials",   # nothing given, remembered, in the environment or typed
    "unknown-user",     # the wiki has no such account
    "wrong-password",   # the wiki refused the name/password pair
    "throttled",        # too many attempts; try later
    "network",          # the wiki could not be reached
    "refused",          # any other refusal; ``info`` has the wiki's text
)


class LoginFailed(Exception):
    def __init__(self, reason: str, *, target: str, user: str | None = None,
                 info: str = "") -> None:
        who = f" as {user}" if user else ""
        detail = f": {info}" if info else ""
        super().__init__(f"login to {target}{who} failed ({reason}){detail}")
        self.reason = reason
        self.target = target
        self.user = user
        self.info = info


class WikiUnavailable(WikiUnreachable):
    """The wiki cannot be reached (network down, server gone, repeated server errors).

    ``address`` is the api.php that was tried, when known: a person who typed "sandbox" or a
    wrong URL needs to see where the app went."""

    def __init__(self, target: str, detail: str, *, address: str = "") -> None:
        super().__init__(f"{target} cannot be reached: {detail}")
        self.target = target
        self.detail = detail
        self.address = address


class NotAMediaWiki(WikiUnavailable):
    """Something answered at the address, but not as a MediaWiki api.php does (an HTML page, a
    404): a wrong address, which waiting and trying again would not mend. A subclass of
    WikiUnavailable, so that code which handles an unreachable wiki handles this one too."""

    def __init__(self, target: str, detail: str, *, address: str = "") -> None:
        super().__init__(target, detail, address=address)
        self.args = (f"{address or target} is not a MediaWiki api.php: {detail}",)


def is_network_error(exc: BaseException) -> bool:
    """True for the errors pywikibot and requests raise when the wiki cannot be reached."""
    import requests
    from pywikibot import exceptions as pwb_exc

    return isinstance(exc, (ConnectionError, TimeoutError, requests.exceptions.RequestException,
                            pwb_exc.FatalServerError, pwb_exc.ServerError,
                            pwb_exc.ApiTimeoutError))
