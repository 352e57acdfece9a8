"""OA6xx: manifest hygiene — what the app declares about itself, checked against what it requests.

These rules run only under ``oauth-audit check`` (or a scan of a manifest with a declaration), where
``ctx.options`` carries ``declaration`` (:class:`auditor.ci.config.Declaration`) and ``check: True``.
A justification for a scope nobody requests (OA604) is a finding about the declaration file as a
whole and is made by :mod:`auditor.ci.run`, which calls :func:`stale_justifications`.
"""

from __future__ import annotations

TYPE_CHECKING = False

from auditor.model import Severity
from auditor.rules import rule

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding
    from auditor.rules import RuleContext


def _declaration(ctx: RuleContext):
    return ctx.options.get("declaration") if ctx.options.get("check") else None


def _requested(ctx: RuleContext) -> list[str]:
    return list(dict.fromkeys(rs.scope for rs in ctx.scopes if rs.requested.group != "(none)"))


@rule("OA601", "no-declared-purpose", Severity.LOW, "beyond purpose", name_zh="未声明用途")
def no_declared_purpose(ctx: RuleContext) -> Iterator[Finding]:
    """The app requests scopes but declares no purpose.

    ## What it detects
    Under `oauth-audit check`, a manifest that requests at least one scope while the app has no
    declaration (`oauth-audit.toml` or `[tool.oauth-audit]` in `pyproject.toml`) with a `purpose`.
    The declaration is the repository's, so the finding is reported once per check, on the first
    request that asks for a scope, not once per request.

    ## Why it matters
    Whether a scope is too much depends on what the app is for. Without a declared purpose the
    beyond-purpose check (OA204) cannot run, and a reviewer cannot tell an over-broad request from a
    necessary one.

    ## What to do instead
    Run `oauth-audit init` to write a starting declaration, pick the purpose profile that describes
    the app (`oauth-audit purposes`), and justify each scope.

    ## Basis
    - PIPL Art. 6 and Art. 7 (purpose stated, minimum necessary); GDPR Art. 5(1)(b)
    """
    if not ctx.options.get("check") or not _requested(ctx):
        return
    decl = ctx.options.get("declaration")
    if decl is None or not decl.purpose:
        once = ctx.options.get("once_per_run")
        if once is not None:
            if "OA601" in once:
                return
            once.add("OA601")
        yield ctx.finding(
            Severity.LOW,
            "No declared purpose: add `purpose` to oauth-audit.toml so the scopes can be checked against it.",
            zh="未声明用途：请在 oauth-audit.toml 中填写 purpose，以便按用途检查所申请的权限。",
        )


@rule("OA602", "undeclared-scope", Severity.MEDIUM, "beyond purpose", name_zh="未声明的权限")
def undeclared_scope(ctx: RuleContext) -> Iterator[Finding]:
    """A requested scope is missing from the app's declaration.

    ## What it detects
    Under `oauth-audit check` with a declaration, each scope a manifest requests that has no entry in
    the declaration's `[scopes]` table.

    ## Why it matters
    The declaration is the team's record of why each permission is needed. A scope that appears in a
    manifest without an entry was added without that decision being written down: it is how
    permission creep starts.

    ## What to do instead
    Remove the scope, or add it to `[scopes]` with one sentence saying which feature needs it.

    ## Basis
    - PIPL Art. 17 (the processor informs of purpose and scope); Chrome Web Store and Google OAuth
      verification both require a justification per sensitive scope
    """
    decl = _declaration(ctx)
    if decl is None or not decl.present:
        return
    for scope in _requested(ctx):
        if scope not in decl.scopes:
            yield ctx.finding(
                Severity.MEDIUM,
                f"{scope} is requested but not declared in {decl.path}: justify it under [scopes] or remove it.",
                zh=f"{scope} 被申请，但未在 {decl.path} 中声明：请在 [scopes] 中说明理由，或删除该权限。",
                scope=scope,
            )


@rule("OA603", "unjustified-scope", Severity.LOW, "beyond purpose", name_zh="缺少理由的权限")
def unjustified_scope(ctx: RuleContext) -> Iterator[Finding]:
    """A declared scope has an empty justification.

    ## What it detects
    Under `oauth-audit check`, a requested scope whose entry in the declaration's `[scopes]` table is
    empty (as `oauth-audit init` writes it).

    ## Why it matters
    A justification is what a reviewer, an app store and the user are owed. An empty one is a
    decision not yet made.

    ## What to do instead
    Write one sentence: which feature needs the scope, and why a narrower one does not do.

    ## Basis
    - PIPL Art. 17; GDPR Art. 13(1)(c)
    """
    decl = _declaration(ctx)
    if decl is None or not decl.present:
        return
    for scope in _requested(ctx):
        if scope in decl.scopes and not decl.scopes[scope].strip():
            yield ctx.finding(
                Severity.LOW,
                f"{scope} has no justification in {decl.path}.",
                zh=f"{scope} 在 {decl.path} 中没有填写理由。",
                scope=scope,
            )


@rule("OA604", "stale-justification", Severity.INFO, "beyond purpose", name_zh="多余的声明")
def stale_justification(ctx: RuleContext) -> Iterator[Finding]:
    """The declaration justifies a scope that no manifest requests.

    ## What it detects
    Under `oauth-audit check`, an entry of the declaration's `[scopes]` table that matches no scope
    requested by any manifest in the tree. It is reported on the declaration file.

    ## Why it matters
    A stale entry makes the declaration say the app needs something it no longer asks for; the next
    time the scope comes back, it is "already justified" without anyone deciding it again.

    ## What to do instead
    Delete the entry.

    ## Basis
    - Keeping the record of processing accurate: PIPL Art. 54 (compliance audits); GDPR Art. 30
    """
    if not ctx.options.get("stale_scopes"):
        return
    decl = ctx.options["declaration"]
    for scope in ctx.options["stale_scopes"]:
        yield ctx.finding(
            Severity.INFO,
            f"{scope} is justified in {decl.path} but no manifest requests it.",
            zh=f"{decl.path} 为 {scope} 写了理由，但没有任何清单申请该权限。",
            scope=scope,
        )


@rule("OA605", "permission-creep", Severity.MEDIUM, "beyond purpose", name_zh="权限蔓延")
def permission_creep(ctx: RuleContext) -> Iterator[Finding]:
    """A scope was added since the base revision.

    ## What it detects
    Under `oauth-audit check --since REV`, each scope a manifest requests now that the same file did
    not request at `REV`. It is medium when the addition exposes a data category the file did not
    reach before, information otherwise.

    ## Why it matters
    Permissions grow one reasonable-looking pull request at a time. Every user who authorizes the
    new version hands over the added data; users who authorized the old version are often asked
    again with a single click.

    ## What to do instead
    Make each addition a reviewed decision: a justification in the declaration, the narrowest scope
    that does the job, and incremental authorization (ask when the feature is first used).

    ## Basis
    - PIPL Art. 14 (a change of purpose or scope needs fresh consent); GDPR Art. 6(4)
    """
    old = ctx.options.get("old_scopes")
    if old is None:
        return
    old_categories = set(ctx.options.get("old_categories", ()))
    for rs in ctx.scopes:
        if rs.scope in old or rs.requested.group == "(none)":
            continue
        new = sorted({g.category for g in rs.grants} - old_categories)
        if new:
            labels = ", ".join(ctx.label(c) for c in new[:3])
            labels_zh = "、".join(ctx.label_zh(c) for c in new[:3])
            yield ctx.finding(
                Severity.MEDIUM,
                f"{rs.scope} was added since {ctx.options.get('since', 'the base revision')} and newly exposes: {labels}.",
                zh=f"{rs.scope} 是自 {ctx.options.get('since', '基准版本')} 以来新增的权限，新暴露：{labels_zh}。",
                scope=rs.scope,
            )
        else:
            yield ctx.finding(
                Severity.INFO,
                f"{rs.scope} was added since {ctx.options.get('since', 'the base revision')}.",
                zh=f"{rs.scope} 是自 {ctx.options.get('since', '基准版本')} 以来新增的权限。",
                scope=rs.scope,
            )


@rule("OA606", "extension-reads-sensitive-sites", Severity.HIGH, "sensitive data", name_zh="扩展可读取敏感网站")
def extension_reads_sensitive_sites(ctx: RuleContext) -> Iterator[Finding]:
    """A browser extension can read sensitive sites without any OAuth scope.

    ## What it detects
    A Chrome extension manifest whose `host_permissions` or content scripts reach a web mail, chat,
    bank or identity site (high), or every site (`<all_urls>`, `*://*/*`: high), as read by the
    Chrome manifest reader.

    ## Why it matters
    An extension that runs on mail.google.com reads every message the user opens, with no consent
    screen and no scope to review; an extension on every site reads every page, form and one-time
    code. This is how "helper" extensions have harvested mail and sessions without asking for a
    single OAuth scope.

    ## What to do instead
    Use `activeTab` (access only when the user clicks the extension), narrow the match patterns to the
    app's own site, or request the provider's narrow OAuth scope and use its API.

    ## Basis
    - Chrome Web Store program policies: "Use of permissions" (request the narrowest permissions)
    - PIPL Art. 6 (minimum necessary)
    """
    for site in ctx.request.values("sensitive_site"):
        yield ctx.finding(
            Severity.HIGH,
            f"The extension runs on {site}: it reads what you see there, without any OAuth scope or consent screen.",
            zh=f"该扩展会在 {site} 上运行：无需任何 OAuth 权限或授权页面，就能读取你在该网站上看到的内容。",
        )
    for pattern in ctx.request.values("all_sites"):
        yield ctx.finding(
            Severity.HIGH,
            f"The extension can read and change every site you visit ({pattern}), including mail, banking and one-time codes.",
            zh=f"该扩展可以读取和修改你访问的每一个网站（{pattern}），包括邮箱、网银和一次性验证码。",
        )


@rule("OA607", "scopes-inferred-at-run-time", Severity.MEDIUM, "unknown", name_zh="权限在运行时推断")
def scopes_inferred(ctx: RuleContext) -> Iterator[Finding]:
    """An Apps Script project does not list its scopes.

    ## What it detects
    An `appsscript.json` without `oauthScopes`. Apps Script then infers the scopes from the code when
    the script is authorized, so what users will be asked for cannot be known from the manifest.

    ## Why it matters
    Unknown is not none: a script that calls `GmailApp` gets full mail access the day someone adds one
    line. Explicit scopes make every permission change visible in review, and let the narrowest scope
    be chosen (Apps Script infers broad ones).

    ## What to do instead
    Add `oauthScopes` with the exact scopes the script needs (the project overview in the Apps Script
    editor shows the ones it inferred), narrowed where possible.

    ## Basis
    - Google Apps Script documentation, "Authorization scopes": setting explicit scopes
    """
    if any(v.startswith("(absent") for v in ctx.request.values("oauthScopes")):
        yield ctx.finding(
            Severity.MEDIUM,
            "appsscript.json lists no oauthScopes: Apps Script infers them from the code at run time, so what users grant cannot be reviewed here.",
            zh="appsscript.json 没有列出 oauthScopes：Apps Script 会在运行时根据代码推断权限，因此无法在这里审查用户将授予的权限。",
        )
