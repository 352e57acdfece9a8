"""OA2xx: over-breadth — narrower scopes, redundant scopes, unknown scopes, purpose mismatch."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.catalog import pattern_matches
from auditor.model import Severity
from auditor.rules import rule

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext


CONTAINERS = ("content.files", "content.ugc", "comm.content")


def _weighty(ctx: RuleContext, rs) -> bool:
    """Whether a scope's breadth matters: bulk reads of sensitive, third-party or container data, or admin."""
    from auditor.rules.exposure import sensitivity

    for g in rs.grants:
        if g.access == "admin":
            return True
        if g.access == "read.all":
            cat = ctx.catalog.categories[g.category]
            if g.category in CONTAINERS or cat["subject"] == "third_party" or sensitivity(cat, g.category) in ("credential", "special", "sensitive"):
                return True
    return False


@rule("OA201", "narrower-scope-exists", Severity.MEDIUM, "over-breadth")
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
    requested = {rs.key for rs in ctx.scopes if rs.known}
    broad = ("read.all", "write.modify", "write.delete", "act.send", "admin")
    for rs in ctx.scopes:
        if not rs.known or not rs.entry["narrower"] or not any(g.access in broad for g in rs.grants):
            continue  # a scope that reads nothing in bulk and changes nothing is not broad
        options = [n for n in rs.entry["narrower"] if n["scope"] not in requested]
        if not options:
            continue
        names = ", ".join(n["scope"] for n in options[:5]) + (f" and {len(options) - 5} more" if len(options) > 5 else "")
        yield ctx.finding(
            Severity.MEDIUM if _weighty(ctx, rs) else Severity.LOW,
            f"{rs.scope} is broader than most apps need; narrower choices: {names}.",
            scope=rs.scope,
            fix=f"Request {options[0]['scope']} instead, if it serves the feature.",
        )


@rule("OA202", "redundant-scope", Severity.INFO, "over-breadth")
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
                yield ctx.finding(Severity.INFO, f"{by_key[target].scope} is already included in {rs.scope}.", scope=by_key[target].scope)


@rule("OA203", "unknown-scope", Severity.MEDIUM, "unknown")
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
        unknown = [rs.scope for rs in ctx.scopes if not rs.known]
        if unknown:
            yield ctx.finding(
                Severity.MEDIUM,
                f"The provider at {req.host} is not in the catalog: {len(unknown)} scope(s) cannot be assessed ({', '.join(unknown[:4])}).",
            )
        elif req.scopes:
            yield ctx.finding(Severity.INFO, f"The provider at {req.host} is not in the catalog; its scopes are standard OpenID Connect scopes.")
        return
    from auditor.rules.phishing import is_device_page

    if req.kind == "oauth" and not req.endpoint_known and not is_device_page(ctx):
        yield ctx.finding(Severity.INFO, f"{req.host}{req.path} is on a {ctx.provider['name']} domain but is not a documented authorization endpoint.")
    for rs in ctx.scopes:
        if not rs.known and rs.requested.group != "(none)":
            yield ctx.finding(
                Severity.MEDIUM,
                f"{rs.scope} is not a known {ctx.provider['name']} scope: what it exposes cannot be assessed.",
                scope=rs.scope,
            )


@rule("OA204", "beyond-purpose", Severity.HIGH, "beyond purpose")
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
            )
    for g, scopes in sorted(ctx.grants.items()):
        grant = str(g)
        label = f"{ctx.label(g.category).lower()} ({g.access})"
        if any(pattern_matches(p, grant) for p in profile.get("red_flags", []) if not p.startswith("modifier:")):
            yield ctx.finding(Severity.HIGH, f"{label} via {scopes[0]} is a red flag for the purpose {ctx.purpose} ({profile['en']}).", scope=scopes[0])
        elif any(pattern_matches(p, grant) for p in profile.get("necessary", [])):
            continue
        elif any(pattern_matches(p, grant) for p in profile.get("optional", [])):
            yield ctx.finding(Severity.INFO, f"{label} via {scopes[0]} is optional for {profile['en']}: it should be asked separately and be declinable.", scope=scopes[0])
        else:
            yield ctx.finding(Severity.MEDIUM, f"{label} via {scopes[0]} is not needed for {profile['en']}.", scope=scopes[0])


@rule("OA205", "deprecated-scope", Severity.LOW, "over-breadth")
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
            yield ctx.finding(Severity.LOW, f"{rs.scope} is deprecated by {ctx.provider['name']}.", scope=rs.scope)


@rule("OA206", "permissions-not-in-url", Severity.MEDIUM, "unknown")
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
            yield ctx.finding(Severity.MEDIUM, f"{rs.scope} grants every permission configured in the app's registration; the URL does not say which.", scope=rs.scope)
    if ctx.provider is not None:
        param = ctx.provider["params"]["resource_param"]
        if param and ctx.request.kind == "oauth":
            for value in ctx.request.values(param):
                if not ctx.request.scopes:
                    yield ctx.finding(Severity.MEDIUM, f"{param}={value} asks for every permission the app registered for that resource; the URL does not say which.")


SIGN_IN_PROFILE = "auth.signin_profile"


@rule("OA207", "beyond-sign-in", Severity.INFO, "over-breadth")
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
    allowed = profile.get("necessary", []) + profile.get("optional", [])
    beyond = sorted({g.category for g in ctx.grants if not any(pattern_matches(p, str(g)) for p in allowed)})
    if beyond:
        what = ", ".join(ctx.label(c).lower() for c in beyond[:8]) + (f" and {len(beyond) - 8} more" if len(beyond) > 8 else "")
        yield ctx.finding(Severity.INFO, f"Beyond signing you in, this request reaches: {what}.")


@rule("OA208", "bulk-access", Severity.HIGH, "over-breadth")
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
            scope=scopes[0],
        )
