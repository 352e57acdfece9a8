"""OA1xx: what the authorization exposes — sensitive data, other people's data, acting as you,
persistence, and reach across an organisation."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.labels import CREDENTIAL_CATEGORIES, legal_tags, sensitivity  # noqa: F401 (used by the rules below)
from auditor.model import APP_ROLE_GROUPS, Severity
from auditor.rules import joined, provider_name_zh, rule, scope_zh, tidy_zh

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext

READ_LEVELS = ("read.self", "read.selected", "read.all")
SIGN_IN_CATEGORIES = ("account.identifier", "account.display_profile", "contact.email", "contact.phone", "profile.name")
# How much acting as the user weighs, by what it acts on (OA103).
ACT_SEVERITY = {
    "comm.content": Severity.HIGH,
    "social.contacts": Severity.HIGH,
    "social.connection_profiles": Severity.HIGH,
    "content.ugc": Severity.MEDIUM,
    "social.connections": Severity.MEDIUM,
    "schedule.calendar": Severity.LOW,
    "content.files": Severity.MEDIUM,
}
# Categories whose change or deletion loses or plants content that matters (OA106: medium; others low).
WEIGHTY_WRITES = ("comm.content", "comm.metadata", "content.files", "content.ugc", "social.contacts", "social.connections")
WRITE_LEVELS = ("write.create", "write.modify", "write.delete")


def _scopes(ctx: RuleContext, cid: str, levels: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for g, scopes in ctx.grants.items():
        if g.category == cid and g.access in levels:
            out.extend(s for s in scopes if s not in out)
    return out


def _joined(scopes: list[str], limit: int = 3, lang: str = "en") -> str:
    return joined(scopes, limit, lang)


def _categories(ctx: RuleContext) -> list[str]:
    return sorted({g.category for g in ctx.grants})


@rule("OA101", "sensitive-data", Severity.HIGH, "sensitive data", name_zh="敏感数据")
def sensitive_data(ctx: RuleContext) -> Iterator[Finding]:
    """Reads a sensitive category of personal data, or one-time codes and passwords.

    ## What it detects
    A scope that lets the app read a category the taxonomy marks sensitive: the heads of PIPL
    Art. 28 (biometrics, health, financial accounts, whereabouts, specific identity, children's
    data), the special categories of GDPR Art. 9 and criminal data of Art. 10, the sensitive examples
    of GB/T 35273-2020 Appendix B (message content, contact lists, precise location, browsing), and
    authentication data: one-time codes, password-reset links, passwords and tokens.

    Severity: critical for one-time codes and password-reset links (a mailbox or SMS inbox reaches
    them); high for stored secrets (passwords, tokens, keys) and for reading all of a PIPL/GDPR
    special category; medium for part of one, or all of a GB/T-sensitive
    category; low for part of a GB/T-sensitive category.

    ## Why it matters
    Leaked sensitive data harms people directly (discrimination, fraud, stalking), which is why the
    law requires a specific purpose and separate consent. One-time codes and reset links are worse:
    whoever reads them can sign in to the user's other accounts — the phone-shop clerk who sold his
    customers' SMS codes needed nothing more; stored secrets and keys open other systems the same way.

    ## What to do instead
    Ask only for the sensitive data the feature cannot work without, through the narrowest scope
    (see OA201), and ask for it separately, when the feature is used. A sign-in never needs mail or
    SMS access.

    ## Basis
    - PIPL Arts. 28-29 (sensitive personal information, separate consent)
    - GDPR Art. 9(1), Art. 10
    - GB/T 35273-2020 Appendix B; GB/T 43697-2024 Appendix B (身份鉴别信息 includes SMS codes)
    - Criminal interpretation on 侵犯公民个人信息罪 (2017) Art. 5 (tiers by category)
    """
    special_all: list[str] = []
    special_some: list[str] = []
    sensitive_all: list[str] = []
    sensitive_some: list[str] = []
    scopes_of: dict[str, list[str]] = {}
    for cid in _categories(ctx):
        cat = ctx.category(cid)
        kind = sensitivity(cat, cid)
        if kind in ("ordinary", "resource"):
            continue
        scopes_all = _scopes(ctx, cid, ("read.all",))
        scopes_any = _scopes(ctx, cid, READ_LEVELS)
        if not scopes_any:
            continue
        label = cat["en"]
        scopes_of[cid] = scopes_all or scopes_any
        if cid == "auth.otp":
            continue  # one-time codes: OA304 credential-exposure
        if kind == "credential":
            yield ctx.finding(
                Severity.HIGH,
                f"Can read {label.lower()} through {_joined(scopes_any)}: whoever holds this access can use them to reach other systems as you.",
                zh=tidy_zh(f"可通过 {_joined(scopes_any, lang='zh')} 读取{cat['zh']}：持有此访问权限的人可以用它们以你的身份进入其他系统。"),
                scope=scopes_any[0],
                fix="Grant access to secrets only to tools whose purpose is managing them, and rotate any secret such an app could read.",
            )
        elif kind == "special":
            (special_all if scopes_all else special_some).append(cid)
        else:
            (sensitive_all if scopes_all else sensitive_some).append(cid)
    groups = (
        (special_all, Severity.HIGH, "all of ", "全部"),
        (special_some, Severity.MEDIUM, "", ""),
        (sensitive_all, Severity.MEDIUM, "all of ", "全部"),
        (sensitive_some, Severity.LOW, "", ""),
    )
    for cids, severity, extent, extent_zh in groups:
        if not cids:
            continue
        what = "; ".join(f"{ctx.label(c).lower()} ({legal_tags(ctx.category(c))})" for c in cids)
        what_zh = "；".join(f"{ctx.label_zh(c)}（{legal_tags(ctx.category(c), 'zh')}）" for c in cids)
        scopes = list(dict.fromkeys(s for c in cids for s in scopes_of[c]))
        yield ctx.finding(
            severity,
            f"Reads {extent}your {what} through {_joined(scopes)}.",
            zh=tidy_zh(f"可通过 {_joined(scopes, lang='zh')} 读取你的{extent_zh}{what_zh}。"),
            scope=scopes[0],
        )


def _bot_sees(ctx: RuleContext, scope: str) -> bool:
    """The scope is read with the app's own token (a bot) but not across the whole organisation: it
    sees what is shared where it was added (a channel, a server), one step less than your own view."""
    rs = next((r for r in ctx.scopes if r.scope == scope), None)
    return rs is not None and rs.actor == "app" and "org_wide" not in rs.modifiers


@rule("OA102", "third-party-data", Severity.HIGH, "other people's data", name_zh="他人的数据")
def third_party_data(ctx: RuleContext) -> Iterator[Finding]:
    """Reads data about other people: contacts, friends, colleagues, correspondents.

    ## What it detects
    A scope that reads a category whose subject is someone other than the user: the address book,
    friend and follower lists, friends' profiles (high when the app can read all of them, medium for
    items the user picks); the organisation directory, colleagues' work details (medium; low for
    picked entries) — each one step lower (never below low) when only a bot or the app's own token
    reads it without organisation-wide reach, since it sees what is shared where it was added; and
    categories that mix the user with others when all of it is readable — mail and chats read with
    your own token or across the organisation, private correspondence (high), what a bot sees in
    the channels it joined and communication records (medium), calendar events with attendees, shared
    files and posts (low).

    ## Why it matters
    The people in an address book or a friend list never saw this consent screen. Graph API v1's
    `friends_*` permissions let one app collect the profiles of 87 million people through the
    consent of a few hundred thousand (Cambridge Analytica); the WeChat "zombie-friend cleaner"
    collected the nicknames, avatars and phone numbers behind 7.12 million accounts. Their data has
    no legal basis in the user's consent (GDPR Art. 14, PIPL Arts. 13 and 23).

    ## What to do instead
    Use the provider's mutual-opt-in friend list (friends who also use the app) or a picker that
    shares only the contacts the user chooses; never bulk-read an address book to "find friends".

    ## Basis
    - GDPR Art. 14 (data not obtained from the data subject)
    - PIPL Art. 13, Art. 23 (separate consent to provide PI to another processor)
    - FTC and ICO decisions on Facebook / Cambridge Analytica (2018-2019)
    - GB/T 35273-2020 Appendix B (通讯录、好友列表、群组列表 are sensitive)
    """
    # Weighted by privacy (see the docstring): personal contacts and friends above the organisation
    # directory, private correspondence above what a bot sees in its channels.
    groups: dict[Severity, list[str]] = {}
    scopes_of: dict[str, list[str]] = {}
    mixed: dict[Severity, list[str]] = {}
    for cid in _categories(ctx):
        cat = ctx.category(cid)
        if cid.startswith("resource.") or cid in ("comm.inbox", "comm.mail_routing"):
            continue  # the inbox is OA304's (one-time codes); routing settings are not a read
        scopes_all = _scopes(ctx, cid, ("read.all",))
        scopes_sel = _scopes(ctx, cid, ("read.selected",))
        if cat["subject"] == "third_party" and (scopes_all or scopes_sel):
            personal = cid != "org.directory"
            sev = (Severity.HIGH if personal else Severity.MEDIUM) if scopes_all else (Severity.MEDIUM if personal else Severity.LOW)
            if all(_bot_sees(ctx, sc) for sc in scopes_all or scopes_sel):
                sev = max(Severity.LOW, Severity(sev - 1))
            groups.setdefault(sev, []).append(cid)
            scopes_of[cid] = scopes_all or scopes_sel
        elif cat["subject"] == "mixed" and scopes_all:
            if cid.startswith("comm."):
                private = cid == "comm.content" and any(not _bot_sees(ctx, sc) for sc in scopes_all)
                sev = Severity.HIGH if private else Severity.MEDIUM
            else:
                sev = Severity.LOW
            mixed.setdefault(sev, []).append(cid)
            scopes_of[cid] = scopes_all
    for severity in sorted(groups, reverse=True):
        cids = groups[severity]
        scopes = list(dict.fromkeys(s for c in cids for s in scopes_of[c]))
        what = "; ".join(ctx.label(c).lower() for c in cids)
        what_zh = "；".join(ctx.label_zh(c) for c in cids)
        yield ctx.finding(
            severity,
            f"Reads other people's data ({what}) through {_joined(scopes)}: those people never consented.",
            zh=tidy_zh(f"可通过 {_joined(scopes, lang='zh')} 读取他人的数据（{what_zh}）：这些人从未表示同意。"),
            scope=scopes[0],
        )
    for severity in sorted(mixed, reverse=True):
        cids = mixed[severity]
        scopes = list(dict.fromkeys(s for c in cids for s in scopes_of[c]))
        what = "; ".join(ctx.label(c).lower() for c in cids)
        what_zh = "；".join(ctx.label_zh(c) for c in cids)
        yield ctx.finding(
            severity,
            f"Reads data that also concerns other people ({what}: senders, recipients, attendees, co-authors) through {_joined(scopes)}.",
            zh=tidy_zh(f"可通过 {_joined(scopes, lang='zh')} 读取同样涉及他人（发件人、收件人、参会人、共同作者）的数据：{what_zh}。"),
            scope=scopes[0],
        )


@rule("OA103", "acts-as-you", Severity.HIGH, "acting as you", name_zh="以你的名义行事")
def acts_as_you(ctx: RuleContext) -> Iterator[Finding]:
    """Can send, post or act toward other people in your name.

    ## What it detects
    A scope with `act.send` access: sending mail or messages, posting, liking, following, inviting
    as the user. High for messages and mail (they reach people directly, in their inbox); medium for
    posting, following and sharing files (visible, but in the user's own space); low for calendar
    invitations, which go only to people the user adds to an event. Only what is sent with the user's
    token counts: a bot token, an application permission or an app installation posts under the
    app's own name, which is reported at medium at most.

    ## Why it matters
    Acting as the user is a separate axis from reading: the app's messages carry the user's name and
    the trust of the recipients. The 2017 "Google Docs" worm used exactly this to mail itself to
    every contact; the WeChat cleaner reused its victims' authorizations to drive fake likes and
    follows in other apps.

    ## What to do instead
    Prefer a share dialog or a draft the user sends themselves; where sending is the feature, ask
    for send-only access (e.g. `gmail.send`) rather than full mailbox access.

    ## Basis
    - PIPL Art. 6 (minimum necessary)
    - The 2017 Google Docs OAuth worm; the WeChat zombie-friend cleaner case
    """
    # Only what is sent in your name counts as acting as you; what the app sends with its own token
    # (a bot user, an application permission) carries the app's name and is at most medium.
    for actor in ("user", "app"):
        by_cat: dict[str, list[str]] = {}
        for g, scopes in ctx.by_actor[actor].items():
            if g.access == "act.send":
                by_cat.setdefault(g.category, [])
                by_cat[g.category].extend(s for s in scopes if s not in by_cat[g.category])
        groups: dict[Severity, list[str]] = {}
        for cid in sorted(by_cat):
            sev = ACT_SEVERITY.get(cid, Severity.MEDIUM)
            groups.setdefault(sev if actor == "user" else min(sev, Severity.MEDIUM), []).append(cid)
        for severity in sorted(groups, reverse=True):
            cids = groups[severity]
            what = ", ".join(ctx.label(c).lower() for c in cids)
            what_zh = "；".join(ctx.label_zh(c) for c in cids)
            scopes = list(dict.fromkeys(s for c in cids for s in by_cat[c]))
            if actor == "user":
                yield ctx.finding(
                    severity,
                    f"Can act as you toward other people ({what}) through {_joined(scopes)}: what it sends or posts will carry your name.",
                    zh=tidy_zh(f"可通过 {_joined(scopes, lang='zh')} 以你的名义面向他人行事（{what_zh}）：它发送或发布的内容都会署上你的名字。"),
                    scope=scopes[0],
                )
            else:
                yield ctx.finding(
                    severity,
                    f"The app itself can send or post ({what}) through {_joined(scopes)}, under its own name (a bot or the app's identity), not yours.",
                    zh=tidy_zh(f"应用本身可通过 {_joined(scopes, lang='zh')} 发送或发布内容（{what_zh}），署的是应用自己的名字（机器人或应用身份），而不是你的名字。"),
                    scope=scopes[0],
                )


# Findings about what the grants expose: persistence takes the severity of the gravest of them.
PERSISTED_RULES = ("OA101", "OA102", "OA103", "OA105", "OA106", "OA107", "OA208", "OA301", "OA302", "OA303", "OA304", "OA305")


@rule("OA104", "persistent-access", Severity.HIGH, "persistence", name_zh="长期访问", late=True)
def persistent_access(ctx: RuleContext) -> Iterator[Finding]:
    """Keeps access after you leave the app (refresh tokens, offline access).

    ## What it detects
    A scope such as `offline_access`, or a parameter such as Google's `access_type=offline`, that
    gives the app a long-lived refresh token; or a provider whose access tokens never expire on their
    own (GitHub OAuth apps), so every grant lasts until it is revoked. Medium when the grants go
    beyond signing in; low for a requested refresh token on a sign-in; information when only the
    provider's own token lifetime makes a sign-in last. Otherwise it takes the severity of the most
    sensitive thing that persists (the gravest exposure finding of the request, at most high, at
    least low): a lasting token to a mailbox is high, to a calendar low, and an identity-only token
    that never expires is low at most.

    ## Why it matters
    Without offline access the app's token expires within the hour; with it the app reads and acts
    for months, while the user is away, until they revoke it. The harvest in the WeChat cleaner case
    relied on authorizations that kept working.

    ## What to do instead
    Ask for offline access only when the feature runs in the background (sync, scheduled sending);
    a one-shot feature does not need it.

    ## Basis
    - GB/T 35273-2020 §5.2 (minimum frequency of collection)
    - RFC 9700 §2.2.2 and §4.14 (refresh-token protection)
    """
    sources: list[str] = []
    sources_zh: list[str] = []
    for rs in ctx.scopes:
        if "offline" in rs.modifiers:
            sources.append(rs.scope)
            sources_zh.append(scope_zh(rs.scope))
    if ctx.provider and "non_expiring" in ctx.modifiers:
        sources.append(f"{ctx.provider['name']} tokens do not expire on their own")
        sources_zh.append(f"{provider_name_zh(ctx.provider)} 的令牌不会自动过期")
    offline = ctx.provider["params"]["offline"] if ctx.provider else {}
    if offline and offline.get("name"):
        for value in ctx.request.values(offline["name"]):
            if value == offline.get("value"):
                sources.append(f"{offline['name']}={value}")
                sources_zh.append(f"{offline['name']}={value}")
    if not sources:
        return
    from auditor.rules.phishing import is_device_page

    if is_device_page(ctx):
        return  # a device page is not a flow of its own (OA505)
    substantive = any(g.category not in SIGN_IN_CATEGORIES for g in ctx.grants)
    requested = any(not s.endswith("do not expire on their own") for s in sources)
    if substantive:
        gravest = max((f.severity for f in ctx.findings if f.rule in PERSISTED_RULES), default=Severity.LOW)
        severity = min(max(gravest, Severity.LOW), Severity.HIGH)
    else:
        severity = Severity.LOW if requested else Severity.INFO
    yield ctx.finding(
        severity,
        f"Keeps working after you close the app ({', '.join(dict.fromkeys(sources))}): access lasts until you revoke it.",
        zh=tidy_zh(f"关闭应用后仍能继续访问（{'、'.join(dict.fromkeys(sources_zh))}）：访问权限会一直持续，直到你撤销授权。"),
        scope=sources[0] if not sources[0].count("=") else None,
    )


def _resource_of(ctx: RuleContext, rs) -> str:
    """The resource (API) an application permission belongs to, as the input names it: the prefix of
    a URL-shaped scope, the manifest's ``resource`` entry for the permission's block (an Entra
    ``requiredResourceAccess[I]``), or the provider."""
    if "://" in rs.scope:
        return rs.scope.rsplit("/", 1)[0]
    param = rs.requested.location.param or ""
    if param.startswith("requiredResourceAccess[") and "]" in param:
        index = param[len("requiredResourceAccess["):param.index("]")]
        resources = ctx.request.values("resource")
        if index.isdigit() and int(index) < len(resources):
            return resources[int(index)]
    return ctx.provider["name"] if ctx.provider else "the provider"


# Reading all of these across a tenant, with no user, is the organisation's crown (OA105 critical).
TENANT_CROWN = ("comm.content", "comm.inbox", "content.files", "org.directory")
# Administering these is administering people (members, roles, friends): a server or organisation.
PEOPLE_ADMIN = ("org.directory", "social.connections", "social.contacts", "resource.cloud")


@rule("OA105", "organisation-reach", Severity.CRITICAL, "organisation reach", name_zh="组织范围")
def organisation_reach(ctx: RuleContext) -> Iterator[Finding]:
    """Reaches across an organisation, administers it, or needs an administrator's consent.

    ## What it detects
    Graded by how far the grant reaches and who holds it:
    - critical: the app itself (an application permission, an installation or bot token, no user
      present) with organisation-wide reach AND administration (role management, app credentials,
      directory writes) or a read of every mailbox, file or directory entry — an app that can make
      itself Global Administrator, or Exchange's `full_access_as_app`;
    - high: data of everyone in a tenant or domain (`org_wide`); administering a whole server,
      organisation or tenant (members, roles, cloud resources); an application permission the
      catalog does not know, named with its resource;
    - medium: administering the settings of one resource (a channel, a repository's settings); a
      scope that needs an administrator's consent; a request that asks an administrator to consent
      for the whole tenant (`prompt=admin_consent`, the `/adminconsent` endpoints), which grants
      whatever the app's registration is configured for.

    ## Why it matters
    One consent then exposes every colleague, not only the person who clicked. Consent phishing in
    Microsoft 365 and Google Workspace aims for exactly these grants, and an administrator's consent
    is given once for the whole organisation.

    ## What to do instead
    Use delegated permissions limited to the signed-in user, or resource-specific consent
    (`Sites.Selected`, per-team or per-chat permissions) instead of tenant-wide ones.

    ## Basis
    - Microsoft identity platform: admin consent and application permissions
    - RFC 9700 §2.3 (privilege restriction)
    """
    # Graded by breadth and by who acts (see the docstring).
    org = [rs for rs in ctx.scopes if "org_wide" in rs.modifiers]
    takeover = [
        rs.scope for rs in org if rs.actor == "app" and any(
            g.access == "admin" or (g.access == "read.all" and g.category in TENANT_CROWN) for g in rs.grants)
    ]
    org_scopes = [rs.scope for rs in org if rs.scope not in takeover]
    admin_rs = [rs for rs in ctx.scopes if any(g.access == "admin" for g in rs.grants) and rs.scope not in takeover]
    wide_admin = [rs.scope for rs in admin_rs if "org_wide" in rs.modifiers or any(g.access == "admin" and g.category in PEOPLE_ADMIN for g in rs.grants)]
    narrow_admin = [rs.scope for rs in admin_rs if rs.scope not in wide_admin]
    consent_scopes = [rs.scope for rs in ctx.scopes if "admin_consent" in rs.modifiers]
    unknown_roles = [rs for rs in ctx.scopes if not rs.known and rs.requested.group in APP_ROLE_GROUPS]
    if takeover:
        yield ctx.finding(
            Severity.CRITICAL,
            f"The app itself, with no user present, gets tenant-wide control ({_joined(takeover)}): administration, role or credential management, or every mailbox, file or directory entry of the organisation. An app holding this can make itself an administrator or read everyone's data.",
            zh=tidy_zh(f"应用本身在无人登录的情况下即可获得整个租户范围的控制权（{_joined(takeover, lang='zh')}）：管理权、角色或凭据管理，或组织内所有邮箱、文件或目录条目。持有这些权限的应用可以把自己设为管理员，或读取所有人的数据。"),
            scope=takeover[0],
            fix="Grant application permissions only to tools you operate; prefer delegated or resource-specific permissions, and scope Exchange or SharePoint access with application access policies.",
        )
    if org_scopes:
        yield ctx.finding(
            Severity.HIGH,
            f"Reaches the data of everyone in your organisation through {_joined(org_scopes)}.",
            zh=tidy_zh(f"可通过 {_joined(org_scopes, lang='zh')} 访问你所在组织中每个人的数据。"),
            scope=org_scopes[0],
        )
    if wide_admin:
        yield ctx.finding(
            Severity.HIGH,
            f"Can administer a whole server, organisation or tenant (members, roles, settings) through {_joined(wide_admin)}.",
            zh=tidy_zh(f"可通过 {_joined(wide_admin, lang='zh')} 管理整个服务器、组织或租户（成员、角色、设置）。"),
            scope=wide_admin[0],
        )
    if narrow_admin:
        yield ctx.finding(
            Severity.MEDIUM,
            f"Can administer the settings of one resource (a channel, a repository, an app's configuration) through {_joined(narrow_admin)}.",
            zh=tidy_zh(f"可通过 {_joined(narrow_admin, lang='zh')} 管理单个资源（一个频道、一个代码仓库、应用配置）的设置。"),
            scope=narrow_admin[0],
        )
    for rs in unknown_roles:
        where = _resource_of(ctx, rs)
        yield ctx.finding(
            Severity.HIGH,
            f"{rs.scope} is an application permission the catalog does not know, on {where}: the app itself would hold it, without a user, wherever it is installed or consented.",
            zh=tidy_zh(f"{rs.scope} 是目录中没有收录的应用程序权限，作用于 {where}：应用本身将在无人登录的情况下，在其被安装或获得同意的所有地方持有它。"),
            scope=rs.scope,
        )
    how = ctx.admin_consent_request
    if how:
        yield ctx.finding(
            Severity.MEDIUM,
            f"Asks an administrator to consent for the whole tenant ({how if '=' in how else 'the ' + how + ' endpoint'}): one approval grants everything the app's registration is configured for, for every user, and no user is asked again.",
            zh=tidy_zh(f"请求管理员代表整个租户同意（{how if '=' in how else how + ' 端点'}）：一次批准即为所有用户授予该应用注册中配置的全部权限，之后不会再询问任何用户。"),
        )
    elif consent_scopes and not org and not admin_rs:
        yield ctx.finding(
            Severity.MEDIUM,
            f"Needs an administrator's consent ({_joined(consent_scopes)}), which is given once for the whole organisation.",
            zh=tidy_zh(f"需要管理员同意（{_joined(consent_scopes, lang='zh')}），而管理员一次同意即对整个组织生效。"),
            scope=consent_scopes[0],
        )


@rule("OA106", "changes-your-data", Severity.MEDIUM, "changing your data", name_zh="更改你的数据")
def changes_your_data(ctx: RuleContext) -> Iterator[Finding]:
    """Can change or delete your personal data.

    ## What it detects
    A scope with `write.modify` or `write.delete` access to a personal-data category: medium for
    mail, messages, files, posts and contacts changed with your token; low for the rest (calendar
    events, profile fields) and for what a bot or the app changes with its own token. Mail routing
    (filters, forwarding) is judged with the mailbox (OA305).

    ## Why it matters
    Reading copies data; writing can destroy it, plant content (a forwarding rule, a calendar
    invitation with a phishing link) or rewrite what other people see from you.

    ## What to do instead
    Ask for read-only or create-only access when the feature does not need to change existing items.

    ## Basis
    - PIPL Art. 6 (minimum necessary); RFC 9700 §2.3 (privilege restriction)
    """
    hits: dict[str, list[str]] = {}
    for g, scopes in ctx.grants.items():
        if g.access in ("write.modify", "write.delete") and not g.category.startswith(("resource.", "auth.")) and g.category != "comm.mail_routing":
            hits.setdefault(g.category, [])
            hits[g.category].extend(s for s in scopes if s not in hits[g.category])
    # A bot's or app's own writes change what it posted itself (or what it administers, OA105): low.
    weighty = [c for c in sorted(hits) if c in WEIGHTY_WRITES and any(ctx.actor(sc) == "user" for sc in hits[c])]
    for severity, cids in ((Severity.MEDIUM, weighty), (Severity.LOW, [c for c in sorted(hits) if c not in weighty])):
        if not cids:
            continue
        what = ", ".join(ctx.label(c).lower() for c in cids)
        what_zh = "；".join(ctx.label_zh(c) for c in cids)
        scopes = list(dict.fromkeys(s for c in cids for s in hits[c]))
        deletes = any(g.access == "write.delete" for g in ctx.grants if g.category in cids)
        yield ctx.finding(
            severity,
            f"Can {'change and delete' if deletes else 'change'} your {what} through {_joined(scopes)}.",
            zh=tidy_zh(f"可通过 {_joined(scopes, lang='zh')} {'修改和删除' if deletes else '修改'}你的{what_zh}。"),
            scope=scopes[0],
        )


@rule("OA107", "resource-control", Severity.HIGH, "resource control", name_zh="资源控制")
def resource_control(ctx: RuleContext) -> Iterator[Finding]:
    """Can change code, cloud infrastructure, business records or settings.

    ## What it detects
    Write or delete access to non-personal resources: repositories and CI (`resource.code`), cloud
    projects and infrastructure (`resource.cloud`) — high; changing business records and account or
    app settings — medium; only adding to them (installing a bot, commands or a webhook) —
    information. Reading all of them is low.

    ## Why it matters
    Write access to code or infrastructure is a supply-chain and takeover risk: a stolen token can
    push a backdoor, change a workflow or open a firewall. Settings access can add a forwarding rule
    or a webhook that outlives the token.

    ## What to do instead
    Prefer per-repository or per-project grants (a GitHub App installed on chosen repositories, a
    service account with one role) and read-only scopes when the app only reports.

    ## Basis
    - RFC 9700 §2.3 (privilege restriction); OWASP OAuth 2.0 cheat sheet (least privilege)
    """
    for cid in _categories(ctx):
        if not cid.startswith("resource."):
            continue
        writes = _scopes(ctx, cid, ("write.modify", "write.delete", "admin"))
        creates = _scopes(ctx, cid, ("write.create",))
        reads = _scopes(ctx, cid, ("read.all",))
        label = ctx.label(cid).lower()
        label_zh = ctx.label_zh(cid)
        if cid in ("resource.code", "resource.cloud") and (writes or creates):
            yield ctx.finding(
                Severity.HIGH,
                f"Can change {label} through {_joined(writes or creates)}.",
                zh=tidy_zh(f"可通过 {_joined(writes or creates, lang='zh')} 修改{label_zh}。"),
                scope=(writes or creates)[0],
            )
        elif writes:
            yield ctx.finding(Severity.MEDIUM, f"Can change {label} through {_joined(writes)}.", zh=tidy_zh(f"可通过 {_joined(writes, lang='zh')} 修改{label_zh}。"), scope=writes[0])
        else:
            if reads:
                yield ctx.finding(Severity.LOW, f"Reads all {label} through {_joined(reads)}.", zh=tidy_zh(f"可通过 {_joined(reads, lang='zh')} 读取全部{label_zh}。"), scope=reads[0])
            if creates:
                yield ctx.finding(
                    Severity.INFO,
                    f"Adds to {label} (an integration, a bot, commands or a webhook) through {_joined(creates)}.",
                    zh=tidy_zh(f"可通过 {_joined(creates, lang='zh')} 向{label_zh}添加内容（集成、机器人、命令或 Webhook）。"),
                    scope=creates[0],
                )


TIER_THRESHOLDS = {"T50": 50, "T500": 500, "T5000": 5000}
DEFAULT_PEOPLE_PER_ACCOUNT = 100


@rule("OA108", "scale-of-harm", Severity.HIGH, "scale of harm", name_zh="危害规模")
def scale_of_harm(ctx: RuleContext) -> Iterator[Finding]:
    """With `--audience N`: how many records the grants reach, against the criminal-law thresholds.

    ## What it detects
    For each personal-data category the request reads, the records reachable per authorizing
    account (1 for the user's own data; for other people's data, the number of people in one
    contact or friend list: `--people-per-account`, 100 by default — an assumption, not a
    measurement) times the audience, compared with the thresholds of Art. 5 of the 2017
    interpretation on 侵犯公民个人信息罪: 50 items for whereabouts, communication content, credit and
    property data; 500 for lodging, communication records, health and transaction data; 5,000 for
    any other personal information. Reaching a threshold is high; below it, the figures are given
    as information.

    ## Why it matters
    One authorization looks small; an app installed by thousands copies whole populations. Above the
    threshold, obtaining, selling or providing the data without a legal basis is "serious
    circumstances" for the crime of infringing citizens' personal information: the 7.12 million
    accounts of the WeChat cleaner case are 1,400 times the highest threshold.

    ## What to do instead
    Collect less per account (OA201, OA208), keep nothing you do not need, and never pass collected
    data on.

    ## Basis
    - 最高人民法院、最高人民检察院《关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》(2017) Art. 5 ¶1 (3)-(5)
    - Criminal Law Art. 253-1
    """
    audience = ctx.options.get("audience")
    if not audience:
        return
    per_other = ctx.options.get("people_per_account") or DEFAULT_PEOPLE_PER_ACCOUNT
    reached: list[str] = []
    below: list[str] = []
    reached_zh: list[str] = []
    below_zh: list[str] = []
    for cid in _categories(ctx):
        cat = ctx.category(cid)
        threshold = TIER_THRESHOLDS.get(cat["tier"])
        if threshold is None or not _scopes(ctx, cid, READ_LEVELS):
            continue
        per_account = per_other if cat["subject"] == "third_party" else 1
        total = per_account * audience
        line = f"{cat['en'].lower()}: {total:,} records ({per_account:,} per account × {audience:,}; threshold {threshold:,})"
        line_zh = f"{cat['zh']}：{total:,} 条（每个账号 {per_account:,} 条 × {audience:,} 人；门槛 {threshold:,} 条）"
        (reached if total >= threshold else below).append(line)
        (reached_zh if total >= threshold else below_zh).append(line_zh)
    if reached:
        yield ctx.finding(
            Severity.HIGH,
            f"With {audience:,} people authorizing, the app reaches the 'serious circumstances' thresholds of the 2017 criminal interpretation, Art. 5: " + "; ".join(reached) + ".",
            zh=tidy_zh(f"若有 {audience:,} 人授权，该应用可获取的信息量达到 2017 年侵犯公民个人信息罪司法解释第五条规定的“情节严重”标准：" + "；".join(reached_zh) + "。"),
        )
    elif below:
        yield ctx.finding(Severity.INFO, f"With {audience:,} people authorizing: " + "; ".join(below) + ".", zh=tidy_zh(f"若有 {audience:,} 人授权：" + "；".join(below_zh) + "。"))


@rule("OA109", "silent-authorization", Severity.LOW, "silent authorization", name_zh="静默授权")
def silent_authorization(ctx: RuleContext) -> Iterator[Finding]:
    """A silent authorization: the provider shows no consent page at all.

    ## What it detects
    Scopes the catalog marks as silent (WeChat `snsapi_base`, Alipay `auth_base`): opening the link
    inside the app authorizes at once, and the app learns who you are — a stable per-app id and, where
    the accounts are linked, a cross-app id such as WeChat's unionid — without any page asking you.

    ## Why it matters
    You cannot decline what you are never asked. The identifier is enough to recognise you across
    visits and, through a cross-app id, across every app of the same company; operators of "scan to
    get a coupon" pages collect them in bulk.

    ## What to do instead
    For a service that only needs to recognise a returning visitor, a silent authorization is lawful
    and common; it should still be stated in the privacy notice. Anything beyond the id needs a
    scope that shows a consent page.

    ## Basis
    - PIPL Art. 14 (consent given with full knowledge), Art. 17 (notice before processing)
    - WeChat Official Account web authorization; Alipay user information authorization
    """
    silent = [rs.scope for rs in ctx.scopes if rs.known and "silent" in rs.entry["provider_class"].lower()]
    if silent:
        yield ctx.finding(
            Severity.LOW,
            f"{', '.join(silent)} is a silent authorization: no consent page is shown, and the app learns who you are as soon as the link opens.",
            zh=tidy_zh(f"{'、'.join(silent)} 是静默授权：不会显示任何同意页面，链接一打开，应用就知道你是谁。"),
            scope=silent[0],
        )
