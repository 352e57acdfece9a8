"""OA510: the request's app is in the bundled dataset of known-abused and malicious apps
(``scopes/intel.toml``, docs/intel.md)."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.model import Severity
from auditor.rules import rule, tidy_zh

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext

# What the documented abuse of a legitimate app takes: the mailbox, mail routing, messages, files
# and contacts. A forced consent prompt that reaches one of them is shaped like consent phishing.
ABUSE_REACH = {
    "comm.inbox": ("your inbox", "收件箱"),
    "comm.mail_routing": ("mail routing", "邮件路由"),
    "comm.content": ("messages", "消息"),
    "content.files": ("files", "文件"),
    "social.contacts": ("contacts", "通讯录"),
}
EXTENSION_REDIRECT = ".chromiumapp.org"  # chrome.identity.launchWebAuthFlow redirects to https://<extension id>.chromiumapp.org/


@rule("OA510", "known-abused-app", Severity.CRITICAL, "impersonation", name_zh="已知被滥用或恶意的应用")
def known_abused_app(ctx: RuleContext) -> Iterator[Finding]:
    """The app asking is one that public threat reports document as malicious, or as a legitimate tool used in attacks.

    ## What it detects
    A request whose client id (the provider's client-id parameter, e.g. `client_id`), or whose
    browser extension (a redirect to `https://<extension id>.chromiumapp.org/`), is listed in the
    bundled dataset `scopes/intel.toml` (`oauth-audit intel` lists it; docs/intel.md says where each
    entry comes from). The finding names the dataset's source and its date. It is reported whatever
    the scopes are: the 2025 fake Adobe and DocuSign apps asked only for `openid profile email`.

    ## Why it matters
    Scopes say what a token can do; they do not say who holds it. An app registered by attackers
    (`kind = "malicious"`) is **critical** on its own: whatever it is granted goes to them, and a
    sign-in to it is often only the first step of a phishing chain. A legitimate app that attackers
    use against its users (`kind = "abused"`: mail clients, mailbox backup and bulk-mail tools, file
    sync tools) is dangerous when someone else started the sign-in, so its level follows the shape of
    the request: **high** when the request looks like the documented abuse — a device-code sign-in
    (someone else's device gets the session) or a forced consent prompt (`prompt=consent`, or an
    administrator consent request) for access to mail, messages, files or contacts — and **medium**
    otherwise, where a person may well be setting the tool up for themselves.

    ## What to do instead
    Do not approve a sign-in to a listed malicious app. For a listed tool, approve it only if you
    started the setup yourself, on your own device, and meant to use that tool; never because a
    message or a caller asked you to. If you already approved it, remove its access in your account's
    app settings and tell your administrator.

    ## Basis
    - Huntress RogueApps (github.com/huntresslabs/rogueapps), via `scopes/intel.toml`
    - Proofpoint on the 2025 Microsoft OAuth app impersonation campaigns (fake Adobe and DocuSign apps)
    - MITRE ATT&CK T1550.001 (application access token), T1566.002 (spearphishing link)
    """
    r = ctx.request
    if r.kind not in ("oauth", "scope_list") or not ctx.catalog.intel:
        return
    pid = ctx.provider["id"] if ctx.provider else None
    names = (ctx.provider["params"].get("client_id") or ["client_id"]) if ctx.provider else ["client_id"]
    found = None
    for name in names:
        for value in r.values(name):
            found = ctx.catalog.intel_match(pid, value)
            if found:
                break
        if found:
            break
    if found is None:
        ext = _extension_id(r.first("redirect_uri") or "")
        found = ctx.catalog.intel_match(None, ext) if ext else None
        if found is not None and not found["extension_id"]:
            found = None
    if found is None:
        return
    app_id = found["client_id"] or found["extension_id"]
    what = "client id" if found["client_id"] else "browser extension"
    what_zh = "client_id" if found["client_id"] else "浏览器扩展 ID"
    by = f"{found['source_name']} ({found['source_date']})"
    see = f"Source: {found['source']}"
    see_zh = f"来源：{found['source']}"
    fix = "Do not approve it unless you started this setup yourself and meant to use this tool; if you already did, remove its access."
    if found["kind"] == "malicious":
        yield ctx.finding(
            Severity.CRITICAL,
            f"\"{found['name']}\" ({what} {app_id}) is listed as malicious by {by}: {found['used_for']} {see}",
            zh=tidy_zh(f"“{found['name']}”（{what_zh} {app_id}）被 {by} 列为恶意应用：{found['used_for_zh']}{see_zh}"),
            detail=", ".join(found["references"]),
            fix="Do not approve it. If you already did, remove its access now and tell your administrator.",
        )
        return
    shape, shape_zh = _phishing_shape(ctx)
    severity = Severity.HIGH if shape else Severity.MEDIUM
    how = f" This request is shaped like that abuse: {shape}." if shape else ""
    how_zh = f"这个请求的形态与这种滥用一致：{shape_zh}。" if shape else ""
    yield ctx.finding(
        severity,
        f"\"{found['name']}\" ({what} {app_id}) is listed by {by} as a legitimate tool that attackers abuse: {found['used_for']}{how} {see}",
        zh=tidy_zh(f"“{found['name']}”（{what_zh} {app_id}）是正规工具，但 {by} 记录了攻击者对它的滥用：{found['used_for_zh']}{how_zh}{see_zh}"),
        detail=", ".join(found["references"]),
        fix=fix,
    )


def _extension_id(redirect: str) -> str:
    """The extension id of a ``https://<id>.chromiumapp.org/...`` redirect URI, else ``""``."""
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(redirect).hostname or "").lower()
    except ValueError:
        return ""
    if host.endswith(EXTENSION_REDIRECT):
        label = host[: -len(EXTENSION_REDIRECT)]
        if len(label) == 32 and all("a" <= c <= "p" for c in label):
            return label
    return ""


def _phishing_shape(ctx: RuleContext) -> tuple[str, str]:
    """Why the request looks like the documented abuse of a legitimate app (English, Chinese), or
    ``("", "")``: a device-code sign-in, or a forced consent prompt that reaches mail, messages,
    files or contacts."""
    r = ctx.request
    if r.kind == "oauth":
        from auditor.catalog import _path_matches

        device = any(r.host == d["host"] and r.path.lower().startswith(d["path_prefix"].lower()) for d in ctx.catalog.phishing["device_login"])
        device = device or (ctx.provider is not None and any(ep["host"] == r.host and _path_matches(ep["path"], r.path) for ep in ctx.provider["device"]))
        if device:
            return "a device-code sign-in, which gives the session to whichever device started it", "设备代码登录，会话归发起登录的那台设备所有"
    forced = next((f"prompt={v}" for v in r.values("prompt") if "consent" in v.split()), "") or ctx.admin_consent_request
    if forced:
        reach = [c for c in ABUSE_REACH if any(g.category == c and g.access != "assert" for g in ctx.grants)]
        if reach:
            labels = ", ".join(ABUSE_REACH[c][0] for c in reach)
            labels_zh = "、".join(ABUSE_REACH[c][1] for c in reach)
            return f"a forced consent prompt ({forced}) for {labels}", f"强制同意页面（{forced}），用于访问{labels_zh}"
    return "", ""


def search(catalog, text: str = "") -> list[dict]:
    """The dataset's entries (``oauth-audit intel``), or those matching ``text``: an exact client id
    or extension id first, else every entry whose name, id or provider contains it (case-insensitive)."""
    rows = list(catalog.intel)
    key = (text or "").strip().lower()
    if not key:
        return rows
    exact = [a for a in rows if (a["client_id"] or a["extension_id"]).lower() == key]
    return exact or [a for a in rows if any(key in a[k].lower() for k in ("name", "client_id", "extension_id", "provider"))]


def render_text(rows: list[dict], text: str = "") -> str:
    """The terminal listing: one line per entry; with a search, each entry's details too."""
    from auditor.catalog.schema import INTEL_KINDS

    if not rows:
        return f"No entry of the known-abused and malicious apps dataset matches {text!r}.\n"
    lines = [f"{'PROVIDER':<10}  {'KIND':<21}  {'NAME':<30}  {'ID':<36}  SOURCE"]
    for a in rows:
        lines.append(f"{a['provider']:<10}  {INTEL_KINDS[a['kind']]:<21}  {a['name'][:30]:<30}  {(a['client_id'] or a['extension_id']):<36}  {a['source_name']}, {a['source_date']}")
    if text:
        for a in rows:
            lines += ["", f"{a['name']} ({'client id ' + a['client_id'] if a['client_id'] else 'extension ' + a['extension_id']}, {a['provider']})",
                      f"  kind:       {INTEL_KINDS[a['kind']]}",
                      f"  used for:   {a['used_for']}",
                      f"  source:     {a['source_name']}, {a['source_date']}: {a['source']}",
                      f"  verified:   {a['verified'] or 'no'}"]
            lines += [f"  reported:   {ref}" for ref in a["references"]]
            if a["note"]:
                lines.append(f"  note:       {a['note']}")
    else:
        lines += ["", f"{len(rows)} entries; `oauth-audit intel TEXT` searches by id or name. Sources and licence: docs/intel.md."]
    return "\n".join(lines) + "\n"
