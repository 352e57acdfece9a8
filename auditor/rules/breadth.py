"""OA2xx: over-breadth — narrower scopes, redundant scopes, unknown scopes, purpose mismatch."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.catalog import pattern_matches
from auditor.model import Grant, Severity
from auditor.rules import joined, provider_name_zh, rule, scope_zh, tidy_zh

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext


CONTAINERS = ("content.files", "content.ugc", "comm.content")


def _weighty(ctx: RuleContext, rs) -> bool:
    """Whether a scope's breadth matters: bulk reads of sensitive, third-party or container data, or admin."""
    from auditor.labels import sensitivity

    for g in rs.grants:
        if g.access == "admin":
            return True
        if g.access == "read.all":
            cat = ctx.catalog.categories[g.category]
            if g.category in CONTAINERS or cat["subject"] == "third_party" or sensitivity(cat, g.category) in ("credential", "special", "sensitive"):
                return True
    return False


@rule("OA201", "narrower-scope-exists", Severity.MEDIUM, "over-breadth", name_zh="有更小的权限可用")
def narrower_scope_exists(ctx: RuleContext) -> Iterator[Finding]:
    """A narrower scope exists for what this scope is likely used for.

    ## What it detects
    A requested scope for which the provider offers a least-privilege alternative (read-only instead
    of read-write, per-file instead of every file, send-only instead of the whole mailbox), when that
    alternative is not what was requested. The finding names each alternative and what it still
    exposes. Medium when the broad scope reads all of a sensitive, third-party or container category
    (files, mail, posts) or administers something; low otherwise.

    ## Why it matters
    Broad scopes are requested out of convenience far more often than need. Every extra permission is
    data that leaks in a breach of the app and access that a stolen token gives away.

    ## What to do instead
    Request the narrowest scope that serves the feature; Google, for example, tells apps to replace
    `drive` with `drive.file`. Where a provider has no narrower scope the catalog says so, and the
    report says which other mechanism (a GitHub App, resource-specific consent) narrows access.

    ## Basis
    - RFC 9700 §2.3 ("privileges SHOULD be restricted to the minimum required")
    - PIPL Art. 6; GDPR Art. 5(1)(c) (data minimisation)
    - Google: "choose the most narrowly focused scope possible"
    """
    broad = ("read.all", "write.modify", "write.delete", "act.send", "admin")
    for rs in ctx.scopes:
        if not rs.known or not rs.entry["narrower"] or not any(g.access in broad for g in rs.grants):
            continue  # a scope that reads nothing in bulk and changes nothing is not broad
        # Requesting the narrower scope as well does not narrow the broad one: the finding stays, so
        # asking for more never scores lower.
        options = list(rs.entry["narrower"])
        names = ", ".join(n["scope"] for n in options[:5]) + (f" and {len(options) - 5} more" if len(options) > 5 else "")
        yield ctx.finding(
            Severity.MEDIUM if _weighty(ctx, rs) else Severity.LOW,
            f"{rs.scope} is broader than most apps need; narrower choices: {names}.",
            zh=tidy_zh(f"{scope_zh(rs.scope)} 的权限超出大多数应用所需；更小的可选权限：{joined([n['scope'] for n in options], 5, 'zh')}。"),
            scope=rs.scope,
            fix=f"Request {options[0]['scope']} instead, if it serves the feature.",
        )


@rule("OA202", "redundant-scope", Severity.INFO, "over-breadth", name_zh="重复的权限")
def redundant_scope(ctx: RuleContext) -> Iterator[Finding]:
    """A requested scope is already included in another requested scope.

    ## What it detects
    Two requested scopes where one includes the other (GitHub `repo` includes `public_repo`;
    a read-write scope includes its read-only counterpart).

    ## Why it matters
    It changes nothing about what is exposed, but it shows the request was not reviewed, and it makes
    the consent screen longer than it needs to be.

    ## What to do instead
    Drop the included scope; or, better, drop the broader one if the narrower one suffices.

    ## Basis
    - Provider scope hierarchies (GitHub "Scopes for OAuth apps", Microsoft Graph naming)
    """
    by_key = {rs.key: rs for rs in ctx.scopes if rs.known}
    for rs in ctx.scopes:
        if not rs.known:
            continue
        for target in rs.entry["implies"]:
            if target in by_key and target != rs.key:
                yield ctx.finding(
                    Severity.INFO,
                    f"{by_key[target].scope} is already included in {rs.scope}.",
                    zh=tidy_zh(f"{scope_zh(by_key[target].scope)} 已包含在 {scope_zh(rs.scope)} 之中。"),
                    scope=by_key[target].scope,
                )


@rule("OA203", "unknown-scope", Severity.MEDIUM, "unknown", name_zh="未知权限")
def unknown_scope(ctx: RuleContext) -> Iterator[Finding]:
    """A scope, or the provider itself, is not in the catalog, so its exposure cannot be assessed.

    ## What it detects
    A scope string the catalog does not know for a known provider (medium: a typo, a new scope, or a
    private one); a request to a provider the catalog does not know, with scopes other than the
    standard OpenID Connect ones (medium: they cannot be assessed); a request to a known provider's
    domain at a path that is not a documented authorization endpoint (information).

    ## Why it matters
    An unknown scope is reported, never dropped: silence about it would read as "no risk". The report
    says plainly that the tool cannot tell what it exposes.

    ## What to do instead
    Check the provider's documentation for the scope. If it is real and missing here, the catalog
    needs it (see `docs/catalog-format.md`).

    ## Basis
    - oauth-auditor design: unknown is not none
    """
    req = ctx.request
    if req.kind != "oauth" and req.kind != "scope_list":
        return
    if ctx.provider is None:
        at_zh = f"{req.host} 上的平台" if req.host else "该平台"
        # Browser-extension permissions (read from a Chrome manifest) are not OAuth scopes: OA606 judges them.
        unknown = [rs.scope for rs in ctx.scopes if not rs.known and not rs.requested.group.startswith("chrome_")]
        if unknown and not req.host:
            yield ctx.finding(
                Severity.MEDIUM,
                f"The provider is not known: {len(unknown)} scope(s) cannot be assessed ({', '.join(unknown[:4])}).",
                zh=f"平台未知：有 {len(unknown)} 个权限无法评估（{'、'.join(unknown[:4])}）。",
            )
        elif unknown:
            yield ctx.finding(
                Severity.MEDIUM,
                f"The provider at {req.host} is not in the catalog: {len(unknown)} scope(s) cannot be assessed ({', '.join(unknown[:4])}).",
                zh=tidy_zh(f"{at_zh}不在目录中：有 {len(unknown)} 个权限无法评估（{'、'.join(unknown[:4])}）。"),
            )
        elif req.scopes and any(not rs.requested.group.startswith("chrome_") for rs in ctx.scopes):
            yield ctx.finding(
                Severity.INFO,
                f"The provider at {req.host} is not in the catalog; its scopes are standard OpenID Connect scopes.",
                zh=tidy_zh(f"{at_zh}不在目录中；所申请的都是标准 OpenID Connect 权限。"),
            )
        return
    from auditor.rules.phishing import is_device_page

    if req.kind == "oauth" and not req.endpoint_known and not is_device_page(ctx):
        yield ctx.finding(
            Severity.INFO,
            f"{req.host}{req.path} is on a {ctx.provider['name']} domain but is not a documented authorization endpoint.",
            zh=tidy_zh(f"{req.host}{req.path} 位于 {provider_name_zh(ctx.provider)} 的域名上，但不是有文档记载的授权端点。"),
        )
    for rs in ctx.scopes:
        if not rs.known and rs.requested.group != "(none)":
            yield ctx.finding(
                Severity.MEDIUM,
                f"{rs.scope} is not a known {ctx.provider['name']} scope: what it exposes cannot be assessed.",
                zh=tidy_zh(f"{rs.scope} 不是已知的 {provider_name_zh(ctx.provider)} 权限：无法评估它会暴露什么。"),
                scope=rs.scope,
            )


@rule("OA204", "beyond-purpose", Severity.HIGH, "beyond purpose", name_zh="超出声明用途")
def beyond_purpose(ctx: RuleContext) -> Iterator[Finding]:
    """Asks for more than the declared purpose needs.

    ## What it detects
    With `--purpose ID`, each grant is compared with the purpose profile (`oauth-audit purposes`):
    a grant matching one of the profile's red flags is high; a grant that is neither necessary nor
    optional for the purpose is medium; an optional grant is information (it needs separate,
    declinable consent).

    ## Why it matters
    Purpose limitation is the core of data-protection law: data must be "directly related" to the
    processing purpose and limited to the minimum scope. A torch app that asks for the contact list,
    or a friend-list cleaner that asks to post as the user, is the pattern behind most abuse.

    ## What to do instead
    Request only what the profile lists as necessary; ask for optional grants later, separately,
    when the user turns on the feature that needs them.

    ## Basis
    - PIPL Art. 6 and Art. 14; GDPR Art. 5(1)(b)-(c)
    - 《常见类型移动互联网应用程序必要个人信息范围规定》 (2021), Art. 4-5
    - 《App违法违规收集使用个人信息行为认定方法》 (2019), heading 4
    """
    if not ctx.purpose:
        return
    profile = ctx.catalog.purpose(ctx.purpose)
    if profile is None:
        return
    mods = {m for rs in ctx.scopes for m in rs.modifiers}  # what the request asks for, not the provider's token lifetime
    offline = ctx.provider["params"]["offline"] if ctx.provider else {}
    if offline and any(v == offline.get("value") for v in ctx.request.values(offline.get("name", ""))):
        mods.add("offline")
    for flag in profile.get("red_flags", []):
        if flag.startswith("modifier:") and flag[9:] in mods:
            yield ctx.finding(
                Severity.HIGH,
                f"'{ctx.catalog.modifiers[flag[9:]]['en']}' is a red flag for the purpose {ctx.purpose} ({profile['en']}).",
                zh=tidy_zh(f"“{ctx.catalog.modifiers[flag[9:]]['zh']}”是用途 {ctx.purpose}（{profile['zh']}）的危险信号。"),
            )
    for g, scopes in sorted(ctx.grants.items()):
        grant = str(g)
        label = f"{ctx.label(g.category).lower()} ({g.access})"
        access_zh = ctx.catalog.access[g.access]["zh"] if g.access in ctx.catalog.access else g.access
        label_zh = f"{ctx.label_zh(g.category)}（{access_zh}）"
        via_zh = f"通过 {scope_zh(scopes[0])} 获得的{label_zh}"
        if any(pattern_matches(p, grant) for p in profile.get("red_flags", []) if not p.startswith("modifier:")):
            yield ctx.finding(
                Severity.HIGH,
                f"{label} via {scopes[0]} is a red flag for the purpose {ctx.purpose} ({profile['en']}).",
                zh=tidy_zh(f"{via_zh}是用途 {ctx.purpose}（{profile['zh']}）的危险信号。"),
                scope=scopes[0],
            )
        elif any(pattern_matches(p, grant) for p in profile.get("necessary", [])):
            continue
        elif any(pattern_matches(p, grant) for p in profile.get("optional", [])):
            yield ctx.finding(
                Severity.INFO,
                f"{label} via {scopes[0]} is optional for {profile['en']}: it should be asked separately and be declinable.",
                zh=tidy_zh(f"对“{profile['zh']}”而言，{via_zh}是可选的：应单独征求同意，并允许拒绝。"),
                scope=scopes[0],
            )
        else:
            yield ctx.finding(
                Severity.MEDIUM,
                f"{label} via {scopes[0]} is not needed for {profile['en']}.",
                zh=tidy_zh(f"“{profile['zh']}”并不需要{via_zh}。"),
                scope=scopes[0],
            )


@rule("OA205", "deprecated-scope", Severity.LOW, "over-breadth", name_zh="已弃用的权限")
def deprecated_scope(ctx: RuleContext) -> Iterator[Finding]:
    """Requests a scope the provider has deprecated.

    ## What it detects
    A scope the catalog marks deprecated: the provider has replaced it or stopped granting it.

    ## Why it matters
    Old apps keep requesting legacy scopes that are often broader than their replacements; a
    request for one is a sign the app has not been reviewed in years.

    ## What to do instead
    Move to the replacement scope the provider documents.

    ## Basis
    - Each provider's deprecation notice (the scope's source link)
    """
    for rs in ctx.scopes:
        if rs.known and rs.entry["deprecated"]:
            yield ctx.finding(
                Severity.LOW,
                f"{rs.scope} is deprecated by {ctx.provider['name']}.",
                zh=tidy_zh(f"{scope_zh(rs.scope)} 已被 {provider_name_zh(ctx.provider)} 弃用。"),
                scope=rs.scope,
            )


@rule("OA206", "permissions-not-in-url", Severity.MEDIUM, "unknown", name_zh="URL 未列出实际权限")
def permissions_not_in_url(ctx: RuleContext) -> Iterator[Finding]:
    """The URL does not say which permissions are granted.

    ## What it detects
    Microsoft's `.default` scope and the v1 endpoint's `resource=` parameter (the app receives every
    permission configured in its registration), and a request with no scope where the provider then
    applies a default the URL does not reveal.

    ## Why it matters
    The consent screen is then the only place that lists the permissions; this tool, and anyone
    reviewing the link, cannot tell from the URL alone. Consent-phishing apps use `.default` to hide
    a long list of application permissions.

    ## What to do instead
    Review the app registration (its manifest: `oauth-audit scan manifest.json`), or request the
    needed scopes explicitly.

    ## Basis
    - Microsoft identity platform: the `.default` scope and static permissions
    - RFC 6749 §3.3 (the authorization server may apply a default scope)
    """
    for rs in ctx.scopes:
        if rs.known and rs.entry["unknown_static"]:
            yield ctx.finding(
                Severity.MEDIUM,
                f"{rs.scope} grants every permission configured in the app's registration; the URL does not say which.",
                zh=tidy_zh(f"{scope_zh(rs.scope)} 会授予应用注册时配置的全部权限；URL 中看不出具体是哪些。"),
                scope=rs.scope,
            )
    if ctx.provider is not None:
        param = ctx.provider["params"]["resource_param"]
        if param and ctx.request.kind == "oauth":
            for value in ctx.request.values(param):
                if not ctx.request.scopes:
                    yield ctx.finding(
                        Severity.MEDIUM,
                        f"{param}={value} asks for every permission the app registered for that resource; the URL does not say which.",
                        zh=tidy_zh(f"{param}={value} 会申请应用为该资源注册的全部权限；URL 中看不出具体是哪些。"),
                    )


SIGN_IN_PROFILE = "auth.signin_profile"


@rule("OA207", "beyond-sign-in", Severity.INFO, "over-breadth", name_zh="超出登录所需")
def beyond_sign_in(ctx: RuleContext) -> Iterator[Finding]:
    """Without a declared purpose: what the request asks for beyond signing you in.

    ## What it detects
    When no `--purpose` is given, every grant is compared with the sign-in profile
    (`auth.signin_profile`: who you are, your name, avatar, e-mail or phone number). Whatever goes
    beyond it is listed, as information, not as an alarm: many apps legitimately need more, and the
    other rules judge what it is.

    ## Why it matters
    Most "Sign in with …" buttons need nothing else. Seeing in one line what a request adds to a
    sign-in is the quickest way to spot an app that asks for more than its button suggests.

    ## What to do instead
    Declare the app's purpose (`--purpose ID`, `oauth-audit purposes`) to compare with what that kind
    of app needs; as a developer, ask for the extra grants later, when the feature that needs them
    is used (incremental authorization).

    ## Basis
    - PIPL Art. 6; GDPR Art. 5(1)(c)
    - 《常见类型移动互联网应用程序必要个人信息范围规定》 (2021): many app types need only a phone number
    """
    if ctx.purpose or ctx.request.kind == "session_login":
        return
    profile = ctx.catalog.purpose(SIGN_IN_PROFILE)
    if profile is None:
        return
    allowed = tuple(profile.get("necessary", []) + profile.get("optional", []))
    beyond = sorted({g.category for g in ctx.grants if not _covered(allowed, g)})
    if beyond:
        what = ", ".join(ctx.label(c).lower() for c in beyond[:8]) + (f" and {len(beyond) - 8} more" if len(beyond) > 8 else "")
        what_zh = "；".join(ctx.label_zh(c) for c in beyond[:8]) + (f" 等 {len(beyond)} 类" if len(beyond) > 8 else "")
        yield ctx.finding(Severity.INFO, f"Beyond signing you in, this request reaches: {what}.", zh=tidy_zh(f"除登录所需之外，该请求还能获取：{what_zh}。"))


_COVERED: dict[tuple[tuple[str, ...], Grant], bool] = {}


def _covered(allowed: tuple[str, ...], grant: Grant) -> bool:
    """Whether one of the purpose patterns ``allowed`` covers ``grant``: decided once per pair (a
    batch meets the same few hundred grants on every line)."""
    key = (allowed, grant)
    found = _COVERED.get(key)
    if found is None:
        found = any(pattern_matches(p, str(grant)) for p in allowed)
        if len(_COVERED) < 65536:
            _COVERED[key] = found
    return found


@rule("OA208", "bulk-access", Severity.HIGH, "over-breadth", name_zh="读取全部内容")
def bulk_access(ctx: RuleContext) -> Iterator[Finding]:
    """Reads everything in a container: all the files in your drive.

    ## What it detects
    A grant that reads every file in a drive or file store, unless the declared purpose lists it as
    necessary (a backup or sync app).

    ## Why it matters
    A container holds whatever people put in it: scanned IDs, contracts, medical letters, other
    people's photos. Read-all access to it is over-broad for almost every feature, which can work
    with the files or items the user picks.

    ## What to do instead
    Use a picker or an app-created-files scope (Google `drive.file`, Microsoft `Files.ReadWrite.AppFolder`,
    Dropbox app folders) so the app sees only what the user chooses.

    ## Basis
    - PIPL Art. 6 (quantity: the minimum necessary); GDPR Art. 5(1)(c)
    - Google's guidance to replace `drive` with `drive.file`
    """
    profile = ctx.catalog.purpose(ctx.purpose) if ctx.purpose else None
    for cid in ("content.files",):
        scopes = [s for g, ss in ctx.grants.items() if g.category == cid and g.access == "read.all" for s in ss]
        if not scopes:
            continue
        if profile and any(pattern_matches(p, f"{cid}:read.all") for p in profile.get("necessary", [])):
            continue
        scopes = list(dict.fromkeys(scopes))
        yield ctx.finding(
            Severity.HIGH,
            f"Reads all of your {ctx.label(cid).lower()} through {', '.join(scopes[:3])}, not only what you choose to share with it.",
            zh=tidy_zh(f"可通过 {'、'.join(scope_zh(s) for s in scopes[:3])} 读取你的全部{ctx.label_zh(cid)}，而不只是你选择与它分享的内容。"),
            scope=scopes[0],
        )
