"""OA3xx: dangerous combinations — grants that are worse together than apart."""

from __future__ import annotations

from auditor.model import Severity
from auditor.rules import joined, rule, tidy_zh

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start
if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding
    from auditor.rules import RuleContext

READS = ("read.self", "read.selected", "read.all")
# Purposes under which an ID number together with a face or an ID photo is lawful and expected.
REAL_NAME_PURPOSES = ("auth.realname_kyc", "payment.wallet", "finance.lending_invest_banking")


def _with(ctx: RuleContext, categories: tuple[str, ...], accesses: tuple[str, ...], actor: str = "") -> list[str]:
    """Requested scopes that grant any of ``categories`` at any of ``accesses``, in request order;
    with ``actor``, only the scopes that party acts with (``"user"`` or ``"app"``)."""
    out: list[str] = []
    for g, scopes in (ctx.by_actor[actor] if actor else ctx.grants).items():
        if g.category in categories and g.access in accesses:
            out.extend(s for s in scopes if s not in out)
    return out


def _names(scopes: list[str], limit: int = 3, lang: str = "en") -> str:
    return joined(scopes, limit, lang)


@rule("OA301", "worm", Severity.CRITICAL, "propagation", name_zh="蠕虫式传播")
def worm(ctx: RuleContext) -> Iterator[Finding]:
    """Reads other people's contacts and can message them as you: the pattern of an OAuth worm.

    ## What it detects
    A request that can read the address book, the friend list or the organisation directory AND
    send mail or messages as the user; or read the friend list AND post to the user's feed, which
    those friends see. Both with the user's own token: a bot or an app acting under its own name
    (Slack's bot `scope`, Discord bot permissions, an application permission) does not count.

    ## Why it matters
    Together they let an app message everyone the victim knows, in the victim's name, with a link to
    the same consent screen: each new victim spreads it further. In May 2017 a fake "Google Docs"
    app asked for exactly Gmail plus contacts and mailed itself to about a million people within
    an hour.

    ## What to do instead
    An app that sends on the user's behalf should not also read the address book: let the user pick
    the recipients (a share dialog or a contact picker), and request send-only access.

    ## Basis
    - The 2017 Google Docs OAuth worm (Google's incident statement, May 2017)
    - GDPR Art. 14; PIPL Art. 23 (contacts never consented)
    """
    # Only what is read and sent in the user's name counts: a bot posting under its own name is not
    # the victim messaging their contacts, and the worm needs read and send by the same party.
    people = _with(ctx, ("social.contacts", "social.connections", "social.connection_profiles", "org.directory"), ("read.selected", "read.all"), "user")
    friends = _with(ctx, ("social.connections", "social.connection_profiles"), ("read.selected", "read.all"), "user")
    messages = _with(ctx, ("comm.content", "social.contacts"), ("act.send",), "user")
    posts = _with(ctx, ("content.ugc",), ("act.send",), "user")
    # Messages reach anyone the app can read; public posts reach them only through a friends' feed.
    contacts, send = (people, messages) if people and messages else (friends, posts)
    if contacts and send:
        yield ctx.finding(
            Severity.CRITICAL,
            f"Can read the people you know ({_names(contacts)}) and message or post to them as you ({_names(send)}): everything an OAuth worm needs to spread in your name.",
            zh=tidy_zh(f"既能读取你认识的人（{_names(contacts, lang='zh')}），又能以你的名义给他们发消息或发布内容（{_names(send, lang='zh')}）：OAuth 蠕虫以你的名义传播所需的条件已全部具备。"),
            scope=send[0],
            fix="Never combine address-book access with sending as the user; let the user choose recipients.",
        )


@rule("OA302", "harvest", Severity.CRITICAL, "harvest", name_zh="持续收集他人数据")
def harvest(ctx: RuleContext) -> Iterator[Finding]:
    """Reads friends' or contacts' profiles and keeps access: a harvest of other people's data.

    ## What it detects
    Reading profiles of friends or contacts (critical), or friend lists and address books in bulk
    (high), or the organisation directory in bulk (medium: colleagues' work details), together with
    offline access or tokens that never expire.

    ## Why it matters
    Persistence turns a one-time consent into a standing feed of other people's data. Cambridge
    Analytica's app collected the `friends_*` profiles of about 87 million people from 270,000
    installs; the WeChat "zombie-friend cleaner" kept 7.12 million users' friends' nicknames, avatars
    and phone numbers and reused the logins.

    ## What to do instead
    Process friend lists on the device, once, and keep nothing; never request offline access for
    friend or contact data.

    ## Basis
    - FTC and ICO decisions on Facebook / Cambridge Analytica (2018-2019)
    - GDPR Art. 14; PIPL Arts. 13, 23; criminal interpretation on 侵犯公民个人信息罪 Art. 5
    """
    if "offline" not in ctx.modifiers:
        return
    profiles = _with(ctx, ("social.connection_profiles",), READS)
    lists = _with(ctx, ("social.connections", "social.contacts"), ("read.all",))
    directory = _with(ctx, ("org.directory",), ("read.all",))
    if directory and not profiles and not lists:
        yield ctx.finding(
            Severity.MEDIUM,
            f"Reads your organisation's directory ({_names(directory)}) and keeps access while you are away.",
            zh=tidy_zh(f"读取你所在组织的通讯录（{_names(directory, lang='zh')}），并在你不使用应用时保持访问。"),
            scope=directory[0],
        )
    if profiles:
        yield ctx.finding(
            Severity.CRITICAL,
            f"Reads your friends' or contacts' profiles ({_names(profiles)}) and keeps access while you are away: a standing harvest of people who never consented.",
            zh=tidy_zh(f"读取你的好友或联系人的资料（{_names(profiles, lang='zh')}），并在你不使用应用时保持访问：持续收集从未表示同意的人的数据。"),
            scope=profiles[0],
        )
    elif lists:
        yield ctx.finding(
            Severity.HIGH,
            f"Reads other people's lists in bulk ({_names(lists)}) and keeps access while you are away.",
            zh=tidy_zh(f"批量读取好友、联系人等他人名单（{_names(lists, lang='zh')}），并在你不使用应用时保持访问。"),
            scope=lists[0],
        )


@rule("OA303", "identity-kit", Severity.CRITICAL, "identity kit", name_zh="证件号加人脸")
def identity_kit(ctx: RuleContext) -> Iterator[Finding]:
    """Collects an ID document number together with a face or an ID photo, outside a real-name purpose.

    ## What it detects
    A request that reads an ID number (`govid.number`) AND face data (`biometric.face`) or an image
    of the ID document (`govid.image`), when the declared purpose is not a regulated real-name one
    (`auth.realname_kyc`, `payment.wallet`, `finance.lending_invest_banking`). Without a declared
    purpose it is reported too: nothing in the URL shows that the purpose is regulated.

    ## Why it matters
    An ID number plus a face video is what unlocks accounts at banks and platforms that verify
    identity by face: such kits are sold to unfreeze stolen QQ accounts and to open accounts in
    other people's names. PIPL makes both sensitive and requires separate consent.

    ## What to do instead
    Use the platform's own real-name verification, which returns only a pass/fail result, instead
    of collecting the number and the face yourself.

    ## Basis
    - PIPL Arts. 28-29; GB/T 45574-2025 (sensitive personal information)
    - The QQ account-unfreezing case (ID numbers and face videos sold as kits)
    """
    if ctx.purpose in REAL_NAME_PURPOSES:
        return
    number = _with(ctx, ("govid.number",), READS)
    face = _with(ctx, ("biometric.face", "govid.image"), READS)
    if number and face:
        yield ctx.finding(
            Severity.CRITICAL,
            f"Collects an ID number ({_names(number)}) together with a face or ID photo ({_names(face)}): enough to impersonate you wherever identity is checked by face.",
            zh=tidy_zh(f"同时收集证件号码（{_names(number, lang='zh')}）和人脸或证件照片（{_names(face, lang='zh')}）：足以在任何靠人脸核验身份的地方冒充你。"),
            scope=face[0],
        )


@rule("OA304", "credential-exposure", Severity.CRITICAL, "credential exposure", name_zh="验证码与重置链接暴露", late=True)
def credential_exposure(ctx: RuleContext) -> Iterator[Finding]:
    """Reaches one-time codes and password-reset links: high on its own, critical with one more factor.

    ## What it detects
    Any grant that reads where one-time codes and password-reset links arrive: a mailbox (Gmail,
    Outlook, IMAP), an SMS inbox or a message store (`comm.inbox`, which the catalog compiler turns
    into `auth.otp`). That alone is **high**. It is **critical** with one more factor that lets the
    reader use the codes unseen or at scale: sending as the user, deleting or hiding mail, writing
    mail routing (filters, forwarding, delegates), the app itself or an organisation-wide grant
    reading every mailbox, the implicit grant (the token in the URL), or any phishing signal in the
    request.

    ## Why it matters
    Whoever reads the inbox can request a password reset at any other service and read the link or
    code: the grant is a key to every account tied to that address or number. A phone-shop clerk
    who passed customers' SMS codes to strangers let them register and take over accounts in those
    customers' names. Reading alone leaves the reset mail in view of the owner; with sending,
    deleting, forwarding or an organisation-wide reach the takeover is silent or mass-scale.

    ## What to do instead
    Never grant mailbox or SMS read access to an app whose purpose is not reading your mail or
    messages; a sign-in, a calendar or a file tool never needs it. Apps that only send mail should
    ask for send-only access.

    ## Basis
    - GB/T 43697-2024 Appendix B (身份鉴别信息 includes SMS verification codes)
    - The SMS-code reselling case
    """
    otp = _with(ctx, ("auth.otp",), READS)
    if not otp:
        return
    inbox_scopes = [rs for rs in ctx.scopes if rs.scope in otp]
    factors: list[tuple[str, str]] = []
    if _with(ctx, ("comm.content",), ("act.send",), "user"):
        factors.append(("it can also send mail or messages as you", "它还能以你的名义发送邮件或消息"))
    hiding = [rs.scope for rs in inbox_scopes if any(g.category == "comm.content" and g.access in ("write.modify", "write.delete") for g in rs.grants)]
    if hiding:
        factors.append(("it can delete or hide mail", "它能删除或隐藏邮件"))
    if _with(ctx, ("comm.mail_routing",), ("write.create", "write.modify", "write.delete", "admin")):
        factors.append(("it can change filters or forwarding", "它能修改过滤规则或转发设置"))
    if any(rs.actor == "app" or "org_wide" in rs.modifiers for rs in inbox_scopes):
        factors.append(("it reaches every mailbox of the organisation, or the app reads without you", "它覆盖组织内的所有邮箱，或由应用在你不在场时自行读取"))
    if ctx.implicit:
        factors.append(("the token comes back in the URL (implicit grant)", "令牌直接放在 URL 中返回（隐式授权）"))
    if any(f.rule.startswith("OA5") and f.severity >= Severity.LOW for f in ctx.findings):
        factors.append(("the request shows signs of phishing", "该请求有钓鱼迹象"))
    if factors:
        yield ctx.finding(
            Severity.CRITICAL,
            f"Can read where one-time codes and password-reset links arrive ({_names(otp)}), and {'; '.join(f for f, _ in factors)}: whoever holds this access can take over your other accounts unseen.",
            zh=tidy_zh(f"能读取接收一次性验证码和密码重置链接的地方（{_names(otp, lang='zh')}），而且{'；'.join(z for _, z in factors)}：持有此访问权限的人可以在你不知情的情况下接管你的其他账号。"),
            scope=otp[0],
            fix="Never grant mailbox or SMS read access to an app whose purpose is not reading your mail or messages.",
        )
    else:
        yield ctx.finding(
            Severity.HIGH,
            f"Can read where one-time codes and password-reset links arrive ({_names(otp)}): whoever holds this access can use them to sign in to your other accounts.",
            zh=tidy_zh(f"能读取接收一次性验证码和密码重置链接的地方（{_names(otp, lang='zh')}）：持有此访问权限的人可以用它们登录你的其他账号。"),
            scope=otp[0],
            fix="Never grant mailbox or SMS read access to an app whose purpose is not reading your mail or messages.",
        )


@rule("OA305", "mailbox-takeover", Severity.CRITICAL, "mailbox takeover", name_zh="邮箱接管")
def mailbox_takeover(ctx: RuleContext) -> Iterator[Finding]:
    """Reads the mailbox and can change its routing: forwarding and filter rules that outlive the token.

    ## What it detects
    Mailbox read access (the grants that reach one-time codes) together with write access to mail
    routing (`comm.mail_routing`): inbox rules, forwarding, delegates, filters — critical. Routing
    write alone is high: it still reaches the mail yet to come (a filter deletes security alerts, a
    forward copies future mail). Labels, folders and other settings are not routing and do not count.

    ## Why it matters
    A forwarding or delete rule keeps copying or hiding mail after the app's access is revoked; it is
    the standard move of business-email-compromise attacks, which use consent phishing in Microsoft
    365 to read invoices and redirect payments.

    ## What to do instead
    Grant settings access only to mail clients; after revoking a suspicious app, check the mailbox's
    forwarding and filter rules.

    ## Basis
    - Microsoft guidance on consent phishing and inbox-rule abuse in business email compromise
    - RFC 9700 §2.3 (privilege restriction)
    """
    mail = _with(ctx, ("auth.otp",), READS)
    settings = _with(ctx, ("comm.mail_routing",), ("write.create", "write.modify", "write.delete", "admin"))
    both = [s for s in settings if s in mail] or settings
    if mail and settings:
        yield ctx.finding(
            Severity.CRITICAL,
            f"Reads your mailbox ({_names(mail)}) and can change where its mail goes — filters, forwarding, delegates ({_names(both)}): a forwarding or delete rule would keep working after you revoke the app.",
            zh=tidy_zh(f"读取你的邮箱（{_names(mail, lang='zh')}），还能修改邮件的去向——过滤器、转发、代理人（{_names(both, lang='zh')}）：即使你撤销了该应用的授权，它设下的转发或删除规则仍会继续生效。"),
            scope=both[0],
            fix="After revoking such an app, check the mailbox's forwarding and filter rules.",
        )
    elif settings:
        # Routing write alone still reaches the mail that is yet to come: a filter can delete or
        # archive security alerts, a forward can copy future mail elsewhere.
        yield ctx.finding(
            Severity.HIGH,
            f"Can change where your mail goes — filters, forwarding, delegates ({_names(settings)}): a rule can hide security alerts or send future mail elsewhere, and keeps working after you revoke the app.",
            zh=tidy_zh(f"能修改邮件的去向——过滤器、转发、代理人（{_names(settings, lang='zh')}）：一条规则就能隐藏安全提醒或把之后的邮件发往别处，而且在你撤销授权后仍然生效。"),
            scope=settings[0],
            fix="Grant mail settings only to mail clients; after revoking such an app, check the mailbox's forwarding and filter rules.",
        )
