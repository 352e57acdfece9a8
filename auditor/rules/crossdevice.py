"""OA419-OA422: cross-device flows judged against RFC 10027 (BCP 247, "Best Current Practice for
Security of Cross-Device Flows", August 2026; see docs/cross-device.md).

A cross-device flow starts on one device (the consumption device: a TV, a terminal, a desktop that
shows a QR code) and is approved on another (the authorization device: your phone). The channel
between the two is not authenticated, so the person approving cannot tell whether the code in front
of them is one their own device produced. The RFC sorts these flows into patterns and lists
mitigations; these rules say which pattern an input follows and which of the mitigations that the
request itself can show are present, absent or not visible.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.model import Severity
from auditor.rules import joined, rule, scope_zh

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext

# The three cross-device authorization patterns of RFC 10027 (and their Chinese names).
USER_SESSION = "user-transferred session data"
BACKCHANNEL = "backchannel-transferred session"
USER_AUTHZ = "user-transferred authorization data"
PATTERN_ZH = {USER_SESSION: "用户传递会话数据", BACKCHANNEL: "后端通道传递会话", USER_AUTHZ: "用户传递授权数据"}

# Parameters that only a CIBA backchannel authentication request carries (OpenID CIBA Core 1.0,
# the authentication request): a request naming one is the backchannel-transferred pattern.
CIBA_PARAMS = ("binding_message", "client_notification_token", "login_hint_token")
# Last path segments that name an RFC 8628 device authorization endpoint where the provider is not
# catalogued (RFC 8628 fixes no path; these are the common spellings).
DEVICE_PATH_ENDS = ("devicecode", "device_authorization", "device/code", "deviceauthorization")
# Signs of sender-constrained tokens a request or manifest can show: RFC 9449 §10 (`dpop_jkt`
# binds the code to a DPoP key), RFC 9449 §5.2 / RFC 8705 §3.4 client metadata.
DPOP_PARAMS = ("dpop_jkt",)
BOUND_METADATA = {"dpop_bound_access_tokens": "DPoP", "tls_client_certificate_bound_access_tokens": "mTLS"}

# The pattern's Chinese and English name of what was seen.
KIND_ZH = {
    "device authorization request": "设备授权请求",
    "device verification page": "设备验证页面",
    "session-login QR code": "会话登录二维码",
    "QR-based authorization": "二维码授权",
    "backchannel authentication request": "后端通道认证请求",
}


def cross_device_flow(ctx: RuleContext) -> tuple[str, str] | None:
    """``(pattern, kind)`` when the input is one side of a cross-device flow, else ``None``.

    - a whole-session login QR code or link: the desktop shows the code, your phone approves it;
    - a link to a device-code entry page (``scopes/phishing.toml`` device_login);
    - a request to an RFC 8628 device authorization endpoint (the provider's ``endpoints.device``
      or a path that names one);
    - a CIBA backchannel authentication request (a parameter only CIBA defines);
    - an authorization request read from a QR code (``oauth-audit qr``).
    """
    r = ctx.request
    if r.kind == "session_login":
        return USER_SESSION, "session-login QR code"
    if r.kind != "oauth":
        return None
    if any(r.has(p) for p in CIBA_PARAMS):
        return BACKCHANNEL, "backchannel authentication request"
    # a path that names a device authorization endpoint first: GitHub's /login/device/code sits
    # under the prefix of its entry page /login/device
    path = r.path.lower().rstrip("/")
    if r.has("client_id") and any(path.endswith("/" + end) for end in DEVICE_PATH_ENDS):
        return USER_SESSION, "device authorization request"
    if any(r.host == d["host"] and r.path.lower().startswith(d["path_prefix"].lower()) for d in ctx.catalog.phishing["device_login"]):
        return USER_SESSION, "device verification page"
    if ctx.provider is not None:
        from auditor.catalog import _path_matches

        if any(ep["host"] == r.host and _path_matches(ep["path"], r.path) for ep in ctx.provider["device"]):
            return USER_SESSION, "device authorization request"
    if r.source == "qr":
        return USER_SESSION, "QR-based authorization"
    return None


def _judged(ctx: RuleContext) -> bool:
    """The request names what the code or token unlocks (a flow of its own with scopes), so the
    token-side mitigations can be judged; a verification page or a session login names none."""
    flow = cross_device_flow(ctx)
    return flow is not None and flow[1] not in ("device verification page", "session-login QR code") and bool(ctx.scopes)


def broad_scopes(ctx: RuleContext) -> list[str]:
    """The requested scopes whose token reaches data beyond your own profile (RFC 10027 "Limited
    Scopes"): a grant outside the account, profile and contact categories, or any access wider
    than reading your own record."""
    return [rs.scope for rs in ctx.scopes if any(_beyond_profile(g) for g in rs.grants)]


def profile_scopes(ctx: RuleContext) -> list[str]:
    """The requested scopes that read more of your own profile than signing in needs (your work and
    education details, say) but nothing beyond it."""
    from auditor.rules.exposure import SIGN_IN_CATEGORIES

    return [
        rs.scope for rs in ctx.scopes
        if not any(_beyond_profile(g) for g in rs.grants) and any(g.category not in SIGN_IN_CATEGORIES for g in rs.grants)
    ]


def _beyond_profile(grant) -> bool:
    return grant.category.split(".", 1)[0] not in ("account", "profile", "contact") or grant.access not in ("assert", "read.self")


def unknown_scopes(ctx: RuleContext) -> list[str]:
    return [rs.scope for rs in ctx.scopes if not rs.known or rs.entry.get("unknown_static")]


def refresh_token(ctx: RuleContext) -> str:
    """How the request keeps access beyond a short-lived token: ``"refresh"`` (a refresh token is
    asked for: offline_access or the provider's offline parameter), ``"non_expiring"`` (the
    provider's tokens never expire), or ``""``."""
    if "non_expiring" in ctx.modifiers:
        return "non_expiring"
    return "refresh" if "offline" in ctx.modifiers else ""


def sender_constraint(ctx: RuleContext) -> str:
    """``"DPoP"`` or ``"mTLS"`` when the request or manifest shows sender-constrained tokens, else ``""``."""
    r = ctx.request
    if any(r.first(p) for p in DPOP_PARAMS):
        return "DPoP"
    for name, kind in BOUND_METADATA.items():
        if any(v.strip().lower() == "true" for v in r.values(name)):
            return kind
    return ""


def code_lifetime(ctx: RuleContext) -> int | None:
    """The provider's documented lifetime of device and user codes, in seconds
    (``params.device_code.lifetime``), for a device flow; ``None`` where it is not documented."""
    flow = cross_device_flow(ctx)
    if flow is None or flow[1] not in ("device authorization request", "device verification page") or ctx.provider is None:
        return None
    return (ctx.provider["params"].get("device_code") or {}).get("lifetime")


def mitigations(ctx: RuleContext) -> dict[str, str]:
    """The RFC 10027 mitigations a request can show, each ``"present"``, ``"partly"`` (scopes that
    read more of your own profile than signing in needs), ``"missing"`` or ``"not visible"``, and
    short-lived codes as ``"documented: N minutes"`` where the catalog has the provider's figure.
    The others (proximity, one-time and unique codes, rate limits, trusted devices and networks,
    content filtering) are the authorization server's and cannot be seen in a request; they are
    listed in docs/cross-device.md."""
    found: dict[str, str] = {}
    lifetime = code_lifetime(ctx)
    if lifetime:
        found["short-lived codes"] = f"documented: {_duration(lifetime)}"
    if not _judged(ctx):
        return found
    broad = broad_scopes(ctx)
    found.update({
        "limited scopes": "missing" if broad else ("not visible" if unknown_scopes(ctx) else ("partly" if profile_scopes(ctx) else "present")),
        "short-lived tokens (no refresh token)": "missing" if refresh_token(ctx) else "present",
        "sender-constrained tokens": "present" if sender_constraint(ctx) else "not visible",
    })
    return found


def _duration(seconds: int) -> str:
    return f"{seconds // 60} minutes" if seconds % 60 == 0 else f"{seconds} seconds"


def _status_zh(status: str) -> str:
    if status.startswith("documented: "):
        amount, unit = status[12:].split()
        return f"平台文档写明 {amount} {'分钟' if unit == 'minutes' else '秒'}"
    return _STATUS_ZH[status]


_STATUS_ZH = {"present": "已具备", "partly": "部分具备", "missing": "缺失", "not visible": "看不出"}
_MITIGATION_ZH = {
    "limited scopes": "限定权限范围",
    "short-lived tokens (no refresh token)": "短期令牌（不要刷新令牌）",
    "sender-constrained tokens": "发送方约束令牌",
    "short-lived codes": "短期有效的代码",
}


@rule("OA419", "cross-device-flow", Severity.INFO, "request hygiene", name_zh="跨设备流程")
def cross_device_pattern(ctx: RuleContext) -> Iterator[Finding]:
    """A cross-device flow, named by its RFC 10027 pattern, with the mitigations the request shows.

    ## What it detects
    An input that is one side of a cross-device flow: a request to a device authorization endpoint
    or a link to a device-code entry page (the device flow, RFC 8628), a CIBA backchannel
    authentication request, a whole-session login QR code, or an authorization request read from a
    QR code. It names the RFC 10027 pattern the flow follows — user-transferred session data (you
    carry a code or QR code from the device that shows it to the one you approve on) or
    backchannel-transferred session (the server pushes the request to your phone) — and lists the
    mitigations of the RFC that the request can show: limited scopes, short-lived tokens without a
    refresh token, sender-constrained tokens (DPoP or mTLS), and short-lived codes where the
    provider documents its code lifetime (`params.device_code` in the catalog).

    ## Why it matters
    The two devices of a cross-device flow do not authenticate each other: whoever starts the flow
    can send the code to someone else, and the person approving cannot tell the difference. That is
    cross-device consent phishing. The RFC asks implementers to assess the risk and to combine
    mitigations; what the token unlocks and for how long decides the harm when an attack succeeds.

    ## What to do instead
    App developers: request only the scopes the device needs, no refresh token unless the device
    must stay signed in, and bind tokens to the device (DPoP, RFC 9449, or mTLS, RFC 8705). Prefer
    a flow that establishes proximity (FIDO cross-device authentication) where the device can run it.
    Users: approve a code only when your own device just displayed it.

    ## Basis
    - RFC 10027 (BCP 247): cross-device flow patterns; practical mitigations; protocol selection
    - RFC 8628 (device authorization grant); OpenID CIBA Core 1.0
    """
    flow = cross_device_flow(ctx)
    if flow is None:
        return
    pattern, kind = flow
    found = mitigations(ctx)
    tail = tail_zh = ""
    if found:
        shown = "; ".join(f"{m}: {s}" for m, s in found.items())
        shown_zh = "；".join(f"{_MITIGATION_ZH[m]}：{_status_zh(s)}" for m, s in found.items())
        tail = f" RFC 10027 mitigations seen — {shown}."
        tail_zh = f"可见的 RFC 10027 缓解措施——{shown_zh}。"
    if kind == "session-login QR code":
        tail += " It logs in a whole session: no scope limits it, and no token-side mitigation can be seen."
        tail_zh += "它登录的是整个会话：没有权限范围的限制，也看不到令牌方面的缓解措施。"
    elif not _judged(ctx):
        tail += " What the code unlocks is decided by the request that started the flow, which this input does not show."
        tail_zh += "代码能解锁什么由发起流程的那个请求决定，本输入看不到它。"
    yield ctx.finding(
        Severity.INFO,
        f"A cross-device flow ({kind}), in RFC 10027's {pattern} pattern: the devices do not authenticate each other, so a code or request started by someone else looks the same as your own.{tail}",
        zh=f"这是跨设备流程（{KIND_ZH[kind]}），属于 RFC 10027 的“{PATTERN_ZH[pattern]}”模式：两台设备互不认证，别人发起的代码或请求与你自己的看起来一样。{tail_zh}",
        detail=f"pattern: {pattern}",
    )


@rule("OA420", "cross-device-broad-scopes", Severity.MEDIUM, "request hygiene", name_zh="跨设备流程权限过宽")
def cross_device_broad_scopes(ctx: RuleContext) -> Iterator[Finding]:
    """A cross-device flow whose token reaches data beyond your own profile (no limited scopes).

    ## What it detects
    A device authorization, CIBA or QR-based authorization request (see OA419) whose scopes reach
    data beyond your own profile (mail, files, your address book, anything written or
    organisation-wide) — medium; low when they read only more of your own profile than signing in
    needs, or when a scope is unknown to the catalog, so the reach cannot be told. Nothing when the
    scopes only sign you in.

    ## Why it matters
    Limiting the scopes of tokens issued through a cross-device flow does not stop an attack, but it
    bounds what a successful one gets. RFC 10027 also advises against the device authorization grant
    for sensitive, high-value or business-critical resources.

    ## What to do instead
    Ask the device flow only for what the device must do; request wider access later, on a flow the
    user starts on the device itself, or move the sensitive work to a same-device flow.

    ## Basis
    - RFC 10027 (BCP 247): "Limited Scopes" (practical mitigations); protocol selection for RFC 8628
    """
    if not _judged(ctx):
        return
    broad = broad_scopes(ctx)
    if broad:
        yield ctx.finding(
            Severity.MEDIUM,
            f"This cross-device flow asks for data access ({joined(broad)}): if someone else's code is approved, that access is theirs. RFC 10027 advises limited scopes on such flows.",
            zh=f"这个跨设备流程申请了数据访问权限（{joined(broad, lang='zh')}）：一旦批准了别人发起的代码，这些访问就归对方所有。RFC 10027 建议此类流程限定权限范围。",
            scope=broad[0],
            fix="Request only the scopes the device needs; ask for wider access on a same-device flow.",
        )
        return
    profile = profile_scopes(ctx)
    if profile:
        yield ctx.finding(
            Severity.LOW,
            f"This cross-device flow reads more of your profile than signing in needs ({joined(profile)}); nothing beyond your own record.",
            zh=f"这个跨设备流程读取的个人资料超出登录所需（{joined(profile, lang='zh')}），但不涉及你本人资料以外的数据。",
            scope=profile[0],
            fix="Request only the sign-in scopes on the device flow.",
        )
        return
    unknown = unknown_scopes(ctx)
    if unknown:
        yield ctx.finding(
            Severity.LOW,
            f"This cross-device flow asks for {joined(unknown)}, which the catalog does not know: whether its scopes are limited cannot be told.",
            zh=f"这个跨设备流程申请了目录中没有的权限 {joined([scope_zh(u) for u in unknown], lang='zh')}：无法判断其权限范围是否受限。",
            scope=unknown[0],
        )


@rule("OA421", "cross-device-refresh-token", Severity.MEDIUM, "request hygiene", name_zh="跨设备流程申请长期访问")
def cross_device_refresh_token(ctx: RuleContext) -> Iterator[Finding]:
    """A cross-device flow that asks for a refresh token, or whose tokens never expire.

    ## What it detects
    A device authorization, CIBA or QR-based authorization request (see OA419) that asks for a
    refresh token (`offline_access`, or the provider's offline parameter) or goes to a provider
    whose tokens do not expire — medium when the scopes reach data, low when they only sign you in.

    ## Why it matters
    Short-lived tokens limit how long a successful cross-device attack pays off, but RFC 10027 notes
    that a refresh token lets the holder keep minting new access tokens, which undoes that limit.

    ## What to do instead
    Leave out `offline_access` unless the device must stay signed in; where it must, keep refresh
    tokens short-lived and sender-constrained (DPoP or mTLS) so they cannot be used elsewhere.

    ## Basis
    - RFC 10027 (BCP 247): "Short-Lived Tokens" and its limitations (practical mitigations)
    """
    if not _judged(ctx):
        return
    how = refresh_token(ctx)
    if not how:
        return
    severity = Severity.MEDIUM if broad_scopes(ctx) else Severity.LOW
    if how == "non_expiring":
        msg = "This cross-device flow gets tokens that never expire: a successful attack keeps its access until the token is revoked."
        zh = "这个跨设备流程获得的令牌永不过期：攻击一旦得手，在令牌被撤销前一直有效。"
    else:
        via = next((rs.scope for rs in ctx.scopes if "offline" in rs.modifiers), None)
        said, said_zh = (f" ({via})", f"（{via}）") if via else ("", "")
        msg = f"This cross-device flow asks for a refresh token{said}: whoever completes it can keep getting new access tokens, so short-lived tokens no longer limit an attack."
        zh = f"这个跨设备流程申请了刷新令牌{said_zh}：完成流程的人可以不断换取新的访问令牌，短期令牌就不再限制攻击的时长。"
    yield ctx.finding(
        severity, msg, zh=zh, scope=None if how == "non_expiring" else via,
        fix="Drop offline_access unless the device must stay signed in; if it must, sender-constrain the refresh token.",
    )


@rule("OA422", "cross-device-no-sender-constraint", Severity.LOW, "request hygiene", name_zh="跨设备流程未约束令牌持有方")
def cross_device_no_sender_constraint(ctx: RuleContext) -> Iterator[Finding]:
    """A cross-device flow with no sign that its tokens are bound to the device (DPoP, mTLS).

    ## What it detects
    A device authorization, CIBA or QR-based authorization request (see OA419) that shows no
    sender-constrained tokens: no `dpop_jkt` parameter (RFC 9449) and no
    `dpop_bound_access_tokens` / `tls_client_certificate_bound_access_tokens` set in the manifest
    — low when the scopes reach data, info when they only sign you in. A DPoP proof sent as a
    header to the token endpoint cannot be seen in a URL, so this says "not visible", not "absent".

    ## Why it matters
    RFC 10027 lists sender-constrained tokens among the mitigations that reduce the harm of a
    successful attack: a token bound to a key on the device that started the flow cannot simply be
    copied to another device and resold.

    ## What to do instead
    Bind the tokens to the device: DPoP (RFC 9449; `dpop_jkt` on the request and a DPoP proof at the
    token endpoint) or mutual TLS (RFC 8705), with the key in hardware where the device has it.

    ## Basis
    - RFC 10027 (BCP 247): "Sender-Constrained Tokens" (practical mitigations); RFC 9449; RFC 8705
    """
    if not _judged(ctx) or sender_constraint(ctx):
        return
    severity = Severity.LOW if broad_scopes(ctx) else Severity.INFO
    yield ctx.finding(
        severity,
        "This cross-device flow shows no sender-constrained tokens (no DPoP or mTLS binding): a token it yields could be used from any device.",
        zh="这个跨设备流程看不出使用了发送方约束令牌（没有 DPoP 或 mTLS 绑定）：它换来的令牌可以在任何设备上使用。",
        detail="Signs looked for: a dpop_jkt parameter (RFC 9449), dpop_bound_access_tokens or tls_client_certificate_bound_access_tokens set to true.",
        fix="Bind tokens to the device with DPoP (RFC 9449; dpop_jkt on the request) or mTLS (RFC 8705).",
    )
