"""OA5xx: phishing and impersonation — whole-session logins, and (later) lookalike endpoints."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.model import Severity
from auditor.rules import provider_name_zh, rule, tidy_zh

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext


@rule("OA501", "whole-session-login", Severity.CRITICAL, "session takeover", points=25, name_zh="整个账号的会话登录")
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
    put the attacker's code on a phishing page. Its finding fills the critical band (score 100) on
    its own: the session gives everything a scope could.

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
        f"This is {'an' if login['name'][:1].lower() in 'aeiou' else 'a'} {login['name']}, not an authorization: scanning it logs your whole account in on the device that shows it.",
        zh=tidy_zh(f"这是{_spaced(login.get('name_zh') or login['name'])}，而不是授权：扫码后，你的整个账号会登录到出示它的设备上。"),
        detail=login.get("revoke", ""),
        fix="Do not scan or open it. If you already did, log the other session out.",
    )


def _spaced(name: str) -> str:
    """A name set into Chinese text: a space before it when it starts with a Latin letter or digit."""
    return " " + name if name[:1].isascii() else name


def _host_matches(pattern: str, host: str) -> bool:
    """A device page's host: exact, or with ``*`` labels standing for any one label."""
    if "*" not in pattern:
        return host == pattern
    from auditor.catalog import _path_matches

    return _path_matches(pattern.replace(".", "/"), host.replace(".", "/"))


def device_page(request, catalog) -> dict | None:
    """The catalogued device-code page (``scopes/phishing.toml`` ``device_login``) a URL is, if any."""
    path = request.path.lower()
    for item in catalog.phishing["device_login"]:
        if not _host_matches(item["host"], request.host) or not path.startswith(item["path_prefix"].lower()):
            continue
        if "fragment_prefix" in item and not request.fragment.lower().startswith(item["fragment_prefix"].lower()):
            continue
        return item
    return None


def _hands_over(item: dict, catalog, lang: str = "en") -> str:
    """What entering a code on a device page hands over: the row's own text, else its provider's."""
    key = "hands_over_zh" if lang == "zh" else "hands_over"
    for row in [item] + [d for d in catalog.phishing["device_login"] if d["provider"] == item["provider"]]:
        if row.get(key):
            return row[key]
    return ""


def is_device_page(ctx: RuleContext) -> bool:
    """Whether the request is a link to a device-code sign-in page (not a flow of its own)."""
    r = ctx.request
    if device_page(r, ctx.catalog) is not None:
        return True
    return ctx.provider is not None and any(ep["host"] == r.host and r.path.rstrip("/") == ep["path"].rstrip("/") for ep in ctx.provider["device"])


def _oauth_like(ctx: RuleContext) -> bool:
    r = ctx.request
    return r.kind == "oauth" and any(r.has(p) for p in ("client_id", "scope", "redirect_uri", "response_type", "appid", "client_key"))


def _edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count 1), stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


_ASCII_SKELETON = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "@": "a", "$": "s"})


def _skeleton(text: str) -> str:
    """What a label looks like: homoglyphs mapped to Latin, digits that pass for letters replaced."""
    if not text.isascii():
        import unicodedata

        from confusable_homoglyphs import confusables

        out = []
        for ch in unicodedata.normalize("NFKC", text):
            if ch.isascii():
                out.append(ch)
                continue
            hits = confusables.is_confusable(ch, preferred_aliases=["latin"], greedy=True) or []
            glyphs = [h["c"] for item in hits for h in item["homoglyphs"] if h["c"].isascii()]
            out.append(glyphs[0] if glyphs else ch)
        text = "".join(out)
    return text.lower().translate(_ASCII_SKELETON).replace("rn", "m").replace("vv", "w")


def _unicode_host(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                pass
        labels.append(label)
    return ".".join(labels)


# How a host imitates a provider's domain (OA502), by kind: (English, Chinese).
HOW = {
    "subdomain": ("its real domain {d} is only a subdomain of another site", "真正的域名 {d} 在这里只是另一个网站的子域名"),
    "homoglyph": ("look-alike characters imitate {d}", "用形近字符冒充 {d}"),
    "digits": ("digits or letter pairs that pass for letters imitate {d}", "用形似字母的数字或字母组合冒充 {d}"),
    "brand": ("it uses the name '{brand}' on a different domain ({registrable})", "在另一个域名（{registrable}）上使用了“{brand}”这个名称"),
    "misspelling": ("'{registrable}' is a misspelling of {d}", "{registrable} 是 {d} 的错误拼写"),
    "wrapped": ("'{registrable}' wraps the name {brand} in another domain", "{registrable} 把 {brand} 这个名称套进了另一个域名"),
}


def lookalike(host: str, catalog, lang: str = "en") -> tuple[str, str, str] | None:
    """``(provider id, genuine domain, how)`` when ``host`` imitates a provider's domain; ``how`` in ``lang``."""
    hit = _lookalike(host, catalog)
    if hit is None:
        return None
    pid, d, kind, kw = hit
    return pid, d, HOW[kind][1 if lang == "zh" else 0].format(d=d, **kw)


def _lookalike(host: str, catalog) -> tuple[str, str, str, dict] | None:
    """``(provider id, genuine domain, kind, words)``: ``kind`` a key of :data:`HOW`."""
    dotted = f".{host}."
    for pid, meta in sorted(catalog.providers.items()):
        for d in meta["domains"]:
            if host == d or host.endswith("." + d):
                return None  # genuinely the provider's
    for pid, meta in sorted(catalog.providers.items()):
        for d in meta["domains"]:
            if f".{d}." in dotted:
                return pid, d, "subdomain", {}
    uhost = _unicode_host(host)
    skeleton = _skeleton(uhost)
    if skeleton != host:
        for pid, meta in sorted(catalog.providers.items()):
            for d in meta["domains"]:
                if skeleton == d or skeleton.endswith("." + d) or f".{d}." in f".{skeleton}.":
                    return pid, d, "homoglyph" if not uhost.isascii() or "xn--" in host else "digits", {}
    from publicsuffixlist import PublicSuffixList

    registrable = _psl(PublicSuffixList).privatesuffix(host) or host
    label = _skeleton(_unicode_host(registrable).split(".")[0])
    for pid, meta in sorted(catalog.providers.items()):
        for d in meta["domains"]:
            brand = d.split(".")[0]
            if len(brand) < 5 or label == brand:
                if label == brand and registrable != d:
                    return pid, d, "brand", {"brand": brand, "registrable": registrable}
                continue
            if _edit_distance(label, brand) <= (1 if len(brand) < 8 else 2):
                return pid, d, "misspelling", {"registrable": registrable}
            if brand in label.replace("-", " ").replace("_", " ").split() or label.startswith(brand + "-") or label.endswith("-" + brand):
                return pid, d, "wrapped", {"brand": brand, "registrable": registrable}
    return None


_PSL = None


def _psl(factory):
    global _PSL
    if _PSL is None:
        _PSL = factory()
    return _PSL


@rule("OA502", "lookalike-endpoint", Severity.CRITICAL, "impersonation", name_zh="仿冒的登录域名")
def lookalike_endpoint(ctx: RuleContext) -> Iterator[Finding]:
    """The sign-in page imitates a provider's domain but is not the provider.

    ## What it detects
    An authorization request to a host that is not any catalogued provider's but imitates one: the
    real domain used as a subdomain of another site (`accounts.google.com.example.net`), look-alike
    Unicode characters or punycode (`gооgle.com` with Cyrillic о), digits for letters (`g00gle`), a
    misspelling (`microsoftonIine`), or the brand wrapped in another domain (`google-auth.com`).
    Registrable domains are decided with the Public Suffix List bundled in the `publicsuffixlist`
    package (never fetched); homoglyphs with the Unicode confusables data of `confusable_homoglyphs`.

    ## Why it matters
    A fake consent or sign-in page collects the password, the second factor or the authorization
    code. Phishing kits put the real provider name at the start of the host, where a phone's address
    bar shows it, and the attacker's domain at the end.

    ## What to do instead
    Do not sign in or consent. Open the service from a bookmark or by typing its address.

    ## Basis
    - Unicode Technical Standard #39 (confusable detection); the Public Suffix List
    - RFC 9700 §4.1 (attacks on the authorization endpoint)
    """
    if ctx.provider is not None or ctx.request.kind != "oauth" or not ctx.request.host:
        return
    hit = _lookalike(ctx.request.host, ctx.catalog)
    if hit:
        pid, domain, kind, kw = hit
        how, how_zh = (text.format(d=domain, **kw) for text in HOW[kind])
        name, name_zh = ctx.catalog.providers[pid]["name"], provider_name_zh(ctx.catalog.providers[pid])
        yield ctx.finding(
            Severity.CRITICAL,
            f"{ctx.request.host} is not {name}: {how}. A real {name} sign-in is on {domain}.",
            zh=tidy_zh(f"{ctx.request.host} 并不是 {name_zh}：{how_zh}。真正的 {name_zh} 登录页面位于 {domain}。"),
            fix="Do not sign in or consent; open the service from a bookmark.",
        )


@rule("OA503", "suspicious-redirect-host", Severity.HIGH, "impersonation", name_zh="可疑的回调主机")
def suspicious_redirect_host(ctx: RuleContext) -> Iterator[Finding]:
    """The code or token goes to a host the app does not visibly own.

    ## What it detects
    A `redirect_uri` on a domain unrelated to the app's declared domain (`--app-domain`, or the
    manifest) — high; on a URL shortener, which hides the real destination — high; on shared
    hosting where anyone can publish under a subdomain (`*.herokuapp.com`, `*.github.io`,
    `*.ngrok.io`, …, from the Public Suffix List's private section) — medium.

    ## Why it matters
    The redirect URI is where the authorization code or token is delivered. An attacker who
    registers an OAuth client with a free-hosting or shortened redirect collects them with no company
    or domain behind it; consent-phishing apps often do.

    ## What to do instead
    Redirect only to the app's own domain. As a user, be wary when the address after "Sends you back
    to" is not the company you think you are dealing with.

    ## Basis
    - RFC 9700 §4.1 (insufficient redirect URI validation); §2.1
    """
    if not _oauth_like(ctx):
        return
    from auditor.rules.hygiene import redirect_parts

    red = redirect_parts(ctx)
    host = (red.hostname or "").rstrip(".") if red is not None else ""
    if not host:
        return
    data = ctx.catalog.phishing
    app_domain = (ctx.options.get("app_domain") or "").lower().strip(".")
    if app_domain and not (host == app_domain or host.endswith("." + app_domain)):
        from auditor.rules.hygiene import is_loopback

        if not is_loopback(host):
            yield ctx.finding(
                Severity.HIGH,
                f"The code or token is sent to {host}, which is not the app's domain {app_domain}.",
                zh=tidy_zh(f"授权码或令牌会发送到 {host}，而它不属于该应用的域名 {app_domain}。"),
            )
    if any(host in (s["host"], "www." + s["host"]) for s in data["shortener"]):
        yield ctx.finding(
            Severity.HIGH,
            f"redirect_uri is a URL shortener ({host}): the real destination of the code or token is hidden.",
            zh=tidy_zh(f"redirect_uri 是短链接服务（{host}）：授权码或令牌的真实去向被隐藏了。"),
        )
        return
    for item in data["shared_hosting"]:
        suffix = item["suffix"]
        if host.endswith("." + suffix):
            yield ctx.finding(
                Severity.MEDIUM,
                f"redirect_uri is on shared hosting ({host}, a {item.get('operator') or suffix} subdomain anyone can register), not on a company's own domain.",
                zh=tidy_zh(f"redirect_uri 位于共享托管平台（{host}，是 {suffix} 下任何人都能注册的子域名），而不是某家公司自己的域名。"),
            )
            return


@rule("OA504", "error-redirect-abuse", Severity.HIGH, "impersonation", name_zh="滥用错误重定向")
def error_redirect_abuse(ctx: RuleContext) -> Iterator[Finding]:
    """`prompt=none` with an invalid or unknown scope: built to bounce you through the provider.

    ## What it detects
    A request with `prompt=none` whose scope is missing or not known to the catalog, and whose
    redirect URI is not a loopback address.

    ## Why it matters
    Such a request cannot succeed silently: the provider answers with an error redirect to the
    `redirect_uri`, without showing anything. Phishers use it to start a link on a trusted provider
    domain (which mail filters and people trust) and land the victim on their own page.

    ## What to do instead
    Do not open such links. Providers are tightening error redirects; apps never need this shape.

    ## Basis
    - Microsoft Threat Intelligence and Proofpoint reports on OAuth redirect abuse (2023-2025)
    - RFC 9700 §4.11.2 (authorization server as open redirector)
    """
    if not _oauth_like(ctx) or "none" not in (ctx.request.first("prompt") or "").split():
        return
    from auditor.rules.hygiene import is_loopback, redirect_parts

    red = redirect_parts(ctx)
    if red is None or is_loopback(red.hostname or ""):
        return
    unknown = [rs.scope for rs in ctx.scopes if not rs.known and rs.requested.group != "(none)"]
    if not ctx.request.scopes or (ctx.provider is not None and unknown):
        what = f"the unknown scope {unknown[0]}" if unknown else "no scope"
        what_zh = f"申请了未知权限 {unknown[0]}" if unknown else "没有申请任何权限"
        yield ctx.finding(
            Severity.HIGH,
            f"prompt=none with {what}: the provider can only answer with an error redirect to {red.hostname}, a way to bounce you from a trusted address to another site.",
            zh=tidy_zh(f"prompt=none 且{what_zh}：平台只能以错误重定向把你送到 {red.hostname}，这是把你从可信地址转到另一个网站的手法。"),
        )


@rule("OA505", "device-code-phishing", Severity.CRITICAL, "impersonation", name_zh="设备代码钓鱼")
def device_code_phishing(ctx: RuleContext) -> Iterator[Finding]:
    """A device sign-in page: entering a code there signs someone's device in as you.

    ## What it detects
    Links to a provider's device-code sign-in page (Microsoft `microsoft.com/devicelogin`, Google
    `google.com/device`, GitHub `github.com/login/device`, Salesforce `login.salesforce.com/setup/connect`,
    AWS IAM Identity Center `device.sso.<region>.amazonaws.com`, WeChat's website-login confirm page
    `open.weixin.qq.com/connect/confirm`, …; `scopes/phishing.toml`, which also says what entering a
    code hands over and, where the catalog has no revocation page, how to undo it) — critical: a
    link to this page that you are asked to review came from someone else, and the URL cannot show
    whether the code you would enter is yours.

    ## Why it matters
    The device-code flow signs in whichever device started it. In device-code phishing the attacker
    starts the flow, sends the victim the real provider page and the code, and receives the victim's
    tokens — with multi-factor authentication completed by the victim — when they enter it. Campaigns
    against Microsoft 365 have used it at scale since 2024.

    ## What to do instead
    Only enter a code that your own device (your TV, your terminal) displayed a moment ago, after
    you started the sign-in yourself. Never enter a code that someone sent you.

    ## Basis
    - RFC 8628 §5.4 (remote phishing); Microsoft Threat Intelligence on device-code phishing (2025)
    """
    r = ctx.request
    if r.kind != "oauth":
        return
    page = page_zh = None
    gives = gives_zh = undo = undo_zh = ""
    item = device_page(r, ctx.catalog)
    if item is not None:
        page = item["name"]
        page_zh = f"设备登录页面（{r.host}{item['path_prefix']}）"  # the request's own host, not a "*" pattern
        gives, gives_zh = _hands_over(item, ctx.catalog), _hands_over(item, ctx.catalog, "zh")
        undo, undo_zh = item.get("revoke", ""), item.get("revoke_zh", "")
    if page is None and ctx.provider is not None:
        from auditor.catalog import _path_matches

        for ep in ctx.provider["device"]:
            if ep["host"] == r.host and _path_matches(ep["path"], r.path):  # "/*/oauth2/v2.0/devicecode"
                page = f"{ctx.provider['name']} device sign-in page"
                page_zh = f"设备登录页面（{r.host}{r.path}）"  # the request's own path, not the catalog's pattern
                client = (r.first("client_id") or "").lower()
                trusted = next((c for c in ctx.catalog.phishing["first_party_client"] if c["provider"] == ctx.provider["id"] and c["client_id"].lower() == client), None)
                if trusted is not None:
                    yield ctx.finding(
                        Severity.CRITICAL,
                        f"A device-code sign-in started for {trusted['name']}, a {ctx.provider['name']} app trusted without consent: whoever started it gets your session in that app when you enter the code it produced. This is the device-code phishing of the 2025 Microsoft 365 campaigns.",
                        zh=tidy_zh(f"这是为 {provider_name_zh(ctx.provider)} 自家应用（client_id {trusted['client_id']}，无需同意即受信任）发起的设备代码登录：你一旦输入它生成的代码，发起者就会在该应用中获得你的会话。这正是 2025 年针对 Microsoft 365 的设备代码钓鱼手法。"),
                        fix="Never enter a code someone sent you; only one your own device just displayed.",
                    )
                    return
                # The app's own client starting a device-code flow: this endpoint is where a device
                # asks for a code, not a page where anyone enters one. Its scopes are judged as
                # usual; what is left is the cross-device nature of the flow.
                yield ctx.finding(
                    Severity.LOW,
                    f"This starts a device-code sign-in (a cross-device flow) at the {ctx.provider['name']} device authorization endpoint: "
                    "the code it produces is entered on another device. Approve such a code only when your own device shows it.",
                    zh=tidy_zh(f"这会在 {provider_name_zh(ctx.provider)} 的设备授权端点发起设备代码登录（跨设备流程）：生成的代码要在另一台设备上输入。只有当代码显示在你自己的设备上时才批准。"),
                    fix="Never enter a code someone sent you; only one your own device just displayed.",
                )
                return
    if page is None:
        return
    # What a code hands over and where to undo it, when the catalog says (scopes/phishing.toml).
    more = (f" What it hands over: {gives}" if gives else "") + (f" To undo it: {undo}" if undo else "")
    more_zh = gives_zh + (f"撤销方法：{undo_zh}" if undo_zh else "")
    if item is not None and item.get("qr"):
        yield ctx.finding(
            Severity.CRITICAL,
            f"This is the {page}, the content of a login QR code: confirming it in the app signs in whichever page or device showed the code, as you. If someone else showed it to you, do not confirm.{more}",
            zh=tidy_zh(f"这是{page_zh}，即登录二维码的内容：在 App 中确认后，出示该二维码的页面或设备就会以你的身份登录。如果二维码是别人给你的，不要确认。{more_zh}"),
            fix="Confirm a login QR code only on the site you opened yourself.",
        )
        return
    params = r.params + tuple(_fragment_params(r.fragment))
    code = next((v for p in ("otc", "user_code", "code") for k, v in params if k == p and v), None)
    if code:
        yield ctx.finding(
            Severity.CRITICAL,
            f"This is the {page} with a code already filled in: whoever chose that code gets a session as you when you confirm it.{more}",
            zh=tidy_zh(f"这是已预先填好代码的{page_zh}：一旦你确认，选定这个代码的人就会以你的身份获得登录会话。{more_zh}"),
            fix="Never enter a code someone sent you; only one your own device just displayed.",
        )
    else:
        yield ctx.finding(
            Severity.CRITICAL,
            f"This is the {page}: entering a code here signs in whichever device displayed it, as you. If someone sent you this link or a code, it is device-code phishing.{more}",
            zh=tidy_zh(f"这是{page_zh}：在这里输入代码，显示该代码的那台设备就会以你的身份登录。如果这个链接或代码是别人发给你的，这就是设备代码钓鱼。{more_zh}"),
            fix="Never enter a code someone sent you; only one your own device just displayed.",
        )


def _fragment_params(fragment: str) -> list[tuple[str, str]]:
    """Parameters inside a single-page app's fragment route (``#/device?user_code=…``)."""
    if "?" not in fragment:
        return []
    from urllib.parse import parse_qsl

    return parse_qsl(fragment.split("?", 1)[1], keep_blank_values=True, max_num_fields=100)


@rule("OA506", "first-party-client-redirect", Severity.CRITICAL, "impersonation", name_zh="借用平台自家应用")
def first_party_client_redirect(ctx: RuleContext) -> Iterator[Finding]:
    """A provider's own app (e.g. Office, Azure CLI) borrowed in a link: a session relay.

    ## What it detects
    An authorization request whose `client_id` is one of the provider's first-party public apps
    (`scopes/phishing.toml`) and that asks for everything the app is pre-authorised for (`.default`,
    or Microsoft v1's `resource=`): critical, a session relay without a consent screen. Otherwise,
    such a client with a redirect to a loopback or native-client address: high.

    ## Why it matters
    A first-party app needs no consent and is trusted by default. In "ConsentFix"-style attacks the
    victim signs in to such an app from a link, lands on a localhost page that shows an error, and is
    asked to copy that address back to the attacker — it contains the authorization code, which the
    attacker redeems for the victim's tokens.

    ## What to do instead
    Never paste the address of a page you landed on after signing in into a website, chat or form.
    These apps are started from your own terminal, not from a link.

    ## Basis
    - Push Security, "ConsentFix" (2025); RFC 8252 §8.1 (loopback redirects are for native apps)
    """
    if not _oauth_like(ctx) or ctx.provider is None:
        return
    client = (ctx.request.first("client_id") or "").lower()
    match = next((c for c in ctx.catalog.phishing["first_party_client"] if c["provider"] == ctx.provider["id"] and c["client_id"].lower() == client), None)
    if match is None:
        return
    from auditor.rules.hygiene import is_loopback, redirect_parts

    # A first-party client asking for everything it is pre-authorised for (`.default`, or the v1
    # `resource=` form) gets a token for that API with no consent screen at all: whoever holds the
    # code holds the session (issue 16: "session relay without a consent screen").
    relay = ctx.request.has("resource") or any(rs.scope.endswith("/.default") or rs.scope == ".default" for rs in ctx.scopes)
    if relay:
        how = "resource=" if ctx.request.has("resource") else ".default"
        yield ctx.finding(
            Severity.CRITICAL,
            f"A session relay without a consent screen: this asks, as {match['name']} (a {ctx.provider['name']} app trusted without consent), for everything that app may reach in the API it names ({how}); whoever receives the code or token gets that access to your account, and you never see what it covers.",
            zh=tidy_zh(f"无需同意页面的会话转递：这以 {provider_name_zh(ctx.provider)} 自家应用（client_id {match['client_id']}，无需同意即受信任）的身份，请求该应用在所指 API 中可访问的一切（{how}）；拿到授权码或令牌的人就获得了对你账号的这些访问权限，而你看不到它涵盖什么。"),
            fix="Sign in to these apps only from the app itself on your own device, never from a link someone sent you.",
        )
        return
    red = redirect_parts(ctx)
    value = ctx.request.first("redirect_uri") or ""
    native = "nativeclient" in value or value.startswith("urn:ietf:wg:oauth:2.0:oob")
    if red is not None and (is_loopback(red.hostname or "") or native):
        yield ctx.finding(
            Severity.HIGH,
            f"This signs you in to {match['name']}, a {ctx.provider['name']} app that is trusted without consent, with a redirect to your own machine: if anyone asks you to copy the address you land on, they get your session.",
            zh=tidy_zh(f"这会让你登录 {provider_name_zh(ctx.provider)} 自家的一个应用（client_id {match['client_id']}），它无需同意即受信任，并会重定向到你自己的电脑：如果有人让你复制登录后跳转到的地址，他就能拿到你的会话。"),
        )


# Indirect authorizations (OA507-OA509): Google links that authorize nothing themselves but lead to
# an authorization that the URL cannot show. Paths are matched with the catalog's wildcard matcher
# (``*`` = one path segment). Google Docs editors' file kinds whose files can hold a bound script:
_EDITORS = ("document", "spreadsheets", "presentation", "forms", "drawings")
_EDITOR_NAMES = {"document": "Docs", "spreadsheets": "Sheets", "presentation": "Slides", "forms": "Forms", "drawings": "Drawings"}
_EDITOR_NAMES_ZH = {"document": "文档", "spreadsheets": "表格", "presentation": "幻灯片", "forms": "表单", "drawings": "绘图"}
COPY_PATHS = tuple(
    p for kind in _EDITORS for p in (
        f"/{kind}/d/*/copy", f"/{kind}/u/*/d/*/copy", f"/{kind}/d/*/template/preview", f"/{kind}/u/*/d/*/template/preview",
    )
)
SCRIPT_HOSTS = ("script.google.com",)
SCRIPT_PATHS = ("/macros/s/*/exec", "/macros/s/*/dev", "/a/macros/*/s/*/exec", "/a/macros/*/s/*/dev", "/macros/u/*/s/*/exec")
MARKETPLACE_HOSTS = ("workspace.google.com", "gsuite.google.com")
MARKETPLACE_PATHS = ("/marketplace/app/*/*", "/u/*/marketplace/app/*/*")


def _google_link(ctx: RuleContext, hosts: tuple[str, ...], paths: tuple[str, ...]) -> str | None:
    """The path pattern a Google link matches (on one of ``hosts``), if any."""
    return _link_matches(ctx.request, hosts, paths)


def _link_matches(r, hosts: tuple[str, ...], paths: tuple[str, ...]) -> str | None:
    if r.kind != "oauth" or r.scheme not in ("https", "http") or r.host not in hosts:
        return None
    from auditor.catalog import _path_matches

    path = r.path.rstrip("/") or "/"
    return next((p for p in paths if _path_matches(p, path)), None)


def indirect_link(request) -> str | None:
    """The rule (``"OA507"``, ``"OA508"``, ``"OA509"``) whose indirect-authorization link this is, if any."""
    for rule_id, hosts, paths in (
        ("OA507", ("docs.google.com",), COPY_PATHS),
        ("OA508", SCRIPT_HOSTS, SCRIPT_PATHS),
        ("OA509", MARKETPLACE_HOSTS, MARKETPLACE_PATHS),
    ):
        if _link_matches(request, hosts, paths) is not None:
            return rule_id
    return None


@rule("OA507", "copy-brings-bound-script", Severity.MEDIUM, "impersonation", name_zh="复制文件会带上绑定脚本")
def copy_brings_bound_script(ctx: RuleContext) -> Iterator[Finding]:
    """A Google Docs, Sheets, Slides or Forms "make a copy" or template link: indeterminate.

    ## What it detects
    `https://docs.google.com/document/d/ID/copy` and the same for `spreadsheets`, `presentation`,
    `forms` and `drawings` (with or without `/u/N/`), and template links
    (`.../d/ID/template/preview`, "Use template").

    ## Why it matters
    The link itself grants nothing: it asks you to copy a file into your Drive. But a copy brings
    the file's bound Apps Script project with it, and that script asks for its own scopes, as you,
    the first time anything runs it (a custom menu, a button, a sidebar, a trigger the file sets up).
    Those scopes are whatever the script's author chose, often all your Drive files, Gmail or
    external requests, and the link cannot show them: the result is indeterminate, not safe.
    "Make a copy, then click Start" is a known way to get a malicious script authorized from a
    trusted Google address.

    ## What to do instead
    Before opening it, know who shared it and why it must be a copy. After copying, open
    Extensions → Apps Script and read the code and the scopes (the project's Overview) before you run
    anything; refuse an authorization prompt from a copied file you did not expect, above all one
    marked as an unverified app.

    ## Basis
    - Google Apps Script: container-bound scripts (a copy of the file copies its script) and
      authorization for Google services (scopes are asked for when the script first runs)
    - RFC 9700 §4.1 (phishing through trusted authorization pages)
    """
    if _google_link(ctx, ("docs.google.com",), COPY_PATHS) is None:
        return
    editor = ctx.request.path.strip("/").split("/")[0]
    kind, kind_zh = _EDITOR_NAMES[editor], _EDITOR_NAMES_ZH[editor]
    template = "/template/" in ctx.request.path
    what = "template link" if template else "\"make a copy\" link"
    what_zh = "模板链接" if template else "“创建副本”链接"
    yield ctx.finding(
        Severity.MEDIUM,
        f"This is a Google {kind} {what}: it grants nothing itself, but the copy brings the file's bound Apps Script, "
        "which asks for its own scopes, as you, when anything in the copy runs it. The link cannot show those scopes: indeterminate. "
        "Before running anything in the copy, read its script (Extensions → Apps Script) and the scopes it names.",
        zh=tidy_zh(f"这是 Google {kind_zh}的{what_zh}：链接本身不授予任何权限，但副本会带上文件绑定的脚本项目；"
                   "副本中的菜单、按钮或触发器一旦运行它，它就会以你的身份申请它自己的权限。链接无法显示这些权限：结果无法确定。"
                   "在副本中运行任何内容之前，先在“扩展程序”菜单中打开其脚本，查看代码及其申请的权限。"),
        fix="Before running anything in the copy, open Extensions → Apps Script and read the code and its scopes; refuse prompts you did not expect.",
    )


@rule("OA508", "apps-script-web-app", Severity.MEDIUM, "impersonation", name_zh="脚本网页应用")
def apps_script_web_app(ctx: RuleContext) -> Iterator[Finding]:
    """An Apps Script web app (`script.google.com/macros/s/ID/exec`): someone's script, indeterminate.

    ## What it detects
    `https://script.google.com/macros/s/ID/exec` (and `/dev`, and the Workspace-domain form
    `/a/macros/DOMAIN/s/ID/exec`).

    ## Why it matters
    The page is produced by a script that whoever deployed it wrote, served from a Google address.
    Deployed to run as the deployer, it acts with the deployer's authority and sees whatever you type
    or upload into it (a password form on script.google.com is still someone's form); deployed to run
    as the user accessing it, Google asks you to authorize the scopes the script names, and it then
    acts as you. The URL shows neither the code nor the scopes: indeterminate.

    ## What to do instead
    Open it only when you know who deployed it (Google labels such pages as made by another user,
    not by Google). Never enter a password on it. If an authorization prompt appears, read the
    scopes and the developer and refuse one you did not expect.

    ## Basis
    - Google Apps Script: web apps (execute as me / as the user accessing the web app) and
      authorization for Google services
    """
    if _google_link(ctx, SCRIPT_HOSTS, SCRIPT_PATHS) is None:
        return
    yield ctx.finding(
        Severity.MEDIUM,
        "This is an Apps Script web app: a page made by whoever deployed the script. It runs either with the deployer's authority "
        "(and sees what you enter) or, if it asks you to authorize it, with the scopes its code names, as you. The URL shows neither: indeterminate. "
        "Open it only if you know who deployed it, and never enter a password there.",
        zh=tidy_zh(f"这是 {ctx.request.host} 上的脚本网页应用：页面由部署该脚本的人编写。它要么以部署者的权限运行（并能看到你输入的内容），"
                   "要么在请求你授权后，以你的身份使用其代码所申请的权限。网址无法显示这两者：结果无法确定。"
                   "只有在知道部署者是谁时才打开它，且绝不要在其中输入密码。"),
        fix="Open it only if you know who deployed it; never enter a password there; read any authorization prompt's scopes before allowing.",
    )


@rule("OA509", "marketplace-install", Severity.MEDIUM, "impersonation", name_zh="应用市场安装")
def marketplace_install(ctx: RuleContext) -> Iterator[Finding]:
    """A Google Workspace Marketplace listing: installing grants the listing's scopes.

    ## What it detects
    `https://workspace.google.com/marketplace/app/NAME/ID` (and `/u/N/…`, and the former
    `gsuite.google.com` host).

    ## Why it matters
    Installing a Marketplace app authorizes every scope its listing declares, for your account, or,
    when an administrator installs it for a domain, for every user there, without each user seeing
    a consent screen. The app keeps them until it is removed. The link names the listing, not the
    scopes: indeterminate until the listing's permissions are read.

    ## What to do instead
    Before installing, read the listing's permissions and its developer, and compare them with what
    the app is for. An installed app is removed at myaccount.google.com/connections (or, for a
    domain install, by the administrator in the Admin console).

    ## Basis
    - Google Workspace Marketplace: installing apps (individual and domain-wide installs) and the
      listing's declared OAuth scopes
    """
    if _google_link(ctx, MARKETPLACE_HOSTS, MARKETPLACE_PATHS) is None:
        return
    name = ctx.request.path.rstrip("/").split("/")[-2][:80]
    yield ctx.finding(
        Severity.MEDIUM,
        f"This is the Google Workspace Marketplace listing '{name}': installing it grants the app every scope the listing declares "
        "(for a whole domain when an administrator installs it), until it is removed. The link does not show them: indeterminate. "
        "Read the listing's permissions and developer before installing.",
        zh=tidy_zh(f"这是 Google 应用市场中的应用“{name}”的页面：安装后，该应用会获得其页面声明的全部权限"
                   "（管理员为整个域安装时，对域内所有人生效），直到被移除。链接本身不显示这些权限：结果无法确定。"
                   "安装前先阅读该页面列出的权限和开发者。"),
        fix="Read the listing's permissions and developer before installing; remove installed apps at myaccount.google.com/connections.",
    )
