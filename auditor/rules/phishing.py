"""OA5xx: phishing and impersonation — whole-session logins, and (later) lookalike endpoints."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.model import Severity
from auditor.rules import rule

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext


@rule("OA501", "whole-session-login", Severity.CRITICAL, "session takeover", points=100)
def whole_session_login(ctx: RuleContext) -> Iterator[Finding]:
    """A QR code or link that logs another device into your whole account — not an OAuth consent.

    ## What it detects
    Login QR codes and links of messengers and platforms (web/PC/iPad WeChat, QQ, Telegram, Discord,
    Steam, …; see `scopes/session_logins.toml`). Scanning one with your phone approves a full login
    session for whoever displayed the code.

    ## Why it matters
    There are no scopes: the holder of the session sees every chat, contact and friend's profile and
    can message, like and follow as you, until the session is logged out. The WeChat "one-click
    zombie-friend cleaner" asked 7.12 million users to scan exactly such a code; QRLJacking attacks
    put the attacker's code on a phishing page. Its finding scores 100 points on its own: the session
    gives everything a scope could.

    ## What to do instead
    Never scan a login QR code that a third party shows you, whatever it promises. A legitimate
    third-party app uses the platform's OAuth authorization (a consent page that lists what it gets).
    If you scanned one, log the other device out now.

    ## Basis
    - OWASP: QRLJacking
    - PIPL Art. 10 (no illegal collection of others' personal information); Criminal Law Art. 253-1
    """
    if ctx.request.kind != "session_login":
        return
    login = next((x for x in ctx.catalog.session_logins if x["id"] == ctx.request.session_login_id), None)
    if login is None:
        return
    yield ctx.finding(
        Severity.CRITICAL,
        f"This is a {login['name']}, not an authorization: scanning it logs your whole account in on the device that shows it.",
        detail=login.get("revoke", ""),
        fix="Do not scan or open it. If you already did, log the other session out.",
    )
