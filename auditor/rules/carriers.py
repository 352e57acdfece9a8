"""Rules about the carriers of permissions other than the scope: OIDC `claims`, RFC 9396
`authorization_details`, pushed or referenced requests (`request_uri`) and request objects
(`request`). The URL reader (``auditor.sources.url.carriers_of``) parses them; these rules say what
they ask for and what could not be read."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time

from auditor.model import Severity
from auditor.rules import rule

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding
    from auditor.rules import RuleContext


def _carriers(ctx: RuleContext) -> tuple[dict, ...]:
    from auditor.sources.url import carriers_of

    return carriers_of(ctx.request)


def _v(value: str, width: int = 60) -> str:
    from auditor.render.safe import visible

    return visible(value, width)


def _where_zh(view: str) -> str:
    return "（来自未经我们验证签名的请求对象）" if view == "request_object" else ""


_PARAM_ZH = {"claims": "用户声明请求", "authorization_details": "细粒度授权内容"}


def _param_zh(param: str, view: str) -> str:
    """How the Chinese message names a parameter: by name when it is in the URL (the reader sees it
    there), in words when it comes from inside a request object."""
    return f"{param} 参数" if view != "request_object" else "请求对象中的" + _PARAM_ZH.get(param, "参数")


def _where(view: str) -> str:
    return " (from the request object, whose signature was not verified here)" if view == "request_object" else ""


def payment_text(item: dict, lang: str = "en") -> str:
    """``123.50 EUR to Merchant A``: what a payment object states of the amount and the recipient."""
    amount = " ".join(x for x in (item.get("amount", ""), item.get("currency", "")) if x)
    creditor = item.get("creditor", "")
    if lang == "zh":
        text = _v(amount, 40) if amount else "对象未写明金额"
        return text + (f"，收款方 {_v(creditor, 60)}" if creditor else "")
    text = _v(amount, 40) if amount else "an amount the object does not state"
    return text + (f" to {_v(creditor, 60)}" if creditor else "")


@rule("OA110", "rich-authorization", Severity.HIGH, "rich authorization", name_zh="细粒度授权请求")
def rich_authorization(ctx: RuleContext) -> Iterator[Finding]:
    """Names what each RFC 9396 `authorization_details` object asks for: a payment, account access, or an unknown type.

    ## What it detects
    Each object of the `authorization_details` parameter (in the URL or in a request object):
    - a `payment_initiation` (a payment from your account): medium when the object fixes both the
      amount and the recipient, high when either is missing (the payment is open-ended);
    - a type the catalog does not know: medium, with its actions, locations and data types, because
      what it grants is defined by the authorization server alone;
    - other catalogued types (`account_information`): information, with the object's actions and
      locations (the exposure rules judge the data they reach).

    ## Why it matters
    A rich authorization request carries its permissions outside the `scope` parameter; a reader
    who looks only at the scopes misses a payment or access to bank accounts.

    ## What to do instead
    Check the amount, currency and recipient on the provider's consent screen before approving;
    an app should name the exact amount and creditor in the object.

    ## Basis
    - RFC 9396 (OAuth 2.0 Rich Authorization Requests) §2
    """
    for carrier in _carriers(ctx):
        if carrier["kind"] != "authorization_details":
            continue
        view = carrier["view"]
        for item in carrier["items"]:
            rtype = item["type"]
            scope = item["scope"]
            if rtype == "payment_initiation":
                bounded = bool(item.get("amount")) and bool(item.get("creditor"))
                pay = payment_text(item)
                yield ctx.finding(
                    Severity.MEDIUM if bounded else Severity.HIGH,
                    f"Asks to make a payment from your account ({_v(scope, 120)}): {pay}{_where(view)}."
                    + ("" if bounded else " The object does not fix both the amount and the recipient."),
                    zh=f"申请从你的账户付款（{_v(scope, 120)}）：{payment_text(item, 'zh')}{_where_zh(view)}。" + ("" if bounded else "该对象没有同时确定金额和收款方。"),
                    scope=scope,
                )
                continue
            details = "; ".join(
                f"{key} {', '.join(_v(v, 40) for v in item[key][:4])}" for key in ("actions", "locations", "datatypes", "privileges") if item.get(key)
            )
            details = f" ({details})" if details else ""
            if ctx.catalog.carrier_entry(scope)[1].get("unknown_carrier"):
                yield ctx.finding(
                    Severity.MEDIUM,
                    f"{_v(scope, 120)}{details}: the catalog does not know this authorization_details type, so what it grants cannot be assessed{_where(view)}.",
                    zh=f"{_v(scope, 120)}{details}：目录中没有这种 authorization_details 类型，无法评估它授予什么{_where_zh(view)}。",
                    scope=scope,
                )
            else:
                yield ctx.finding(
                    Severity.INFO,
                    f"{_v(scope, 120)} asks for {_v(rtype)}{details}{_where(view)}.",
                    zh=f"{_v(scope, 120)} 申请 {_v(rtype)}{details}{_where_zh(view)}。",
                    scope=scope,
                )


@rule("OA111", "claims-requested", Severity.LOW, "unknown", name_zh="额外申请的用户声明")
def claims_requested(ctx: RuleContext) -> Iterator[Finding]:
    """Names the individual claims the OpenID Connect `claims` parameter asks for, whatever the scopes say.

    ## What it detects
    Each claim named in the `claims` parameter's `userinfo` or `id_token` members (in the URL or in
    a request object): information listing them (essential ones marked, requested values shown);
    low for a claim outside the standard list (OpenID Connect Core §5.1 and the ID token claims),
    whose meaning only the provider knows. The data the standard claims reach (phone number,
    address, birth date) is shown in the report and judged by the exposure rules.

    ## Why it matters
    The `claims` parameter asks for personal data without any scope: a request for `openid` alone
    can still ask for your phone number and address.

    ## What to do instead
    Ask only for the claims the app uses, and name them in the consent text.

    ## Basis
    - OpenID Connect Core 1.0 §5.5 (Requesting Claims using the "claims" Request Parameter), §5.1
    """
    for carrier in _carriers(ctx):
        if carrier["kind"] != "claims" or carrier["error"]:
            continue
        view = carrier["view"]
        named, named_zh = [], []
        for item in carrier["items"]:
            if "claim" not in item:
                continue
            value = f" = {_v(item.get('value') or item.get('values'), 40)}" if item.get("value") or item.get("values") else ""
            named.append(_v(item["claim"], 40) + (" (essential)" if item.get("essential") else "") + value)
            named_zh.append(_v(item["claim"], 40) + ("（必需）" if item.get("essential") else "") + value)
            if ctx.catalog.carrier_entry(item["scope"])[1].get("unknown_carrier"):
                yield ctx.finding(
                    Severity.LOW,
                    f"The claims parameter asks for {_v(item['scope'], 120)}, which is not a standard OpenID Connect claim: what it reveals cannot be assessed{_where(view)}.",
                    zh=f"{_param_zh('claims', view)}申请了 {_v(item['scope'], 120)}，这不是标准的 OpenID Connect 声明：无法评估它会透露什么{_where_zh(view)}。",
                    scope=item["scope"],
                )
        if named:
            yield ctx.finding(
                Severity.INFO,
                f"The claims parameter asks for {len(named)} claim(s) outside the scopes: {', '.join(named[:8])}{_where(view)}.",
                zh=f"{_param_zh('claims', view)}在权限之外申请了 {len(named)} 项声明：{'、'.join(named_zh[:8])}{_where_zh(view)}。",
            )


@rule("OA417", "request-not-in-url", Severity.MEDIUM, "unknown", name_zh="请求内容不在 URL 中")
def request_not_in_url(ctx: RuleContext) -> Iterator[Finding]:
    """The request is elsewhere (`request_uri`): the URL cannot show what is asked.

    ## What it detects
    A `request_uri` parameter: a pushed authorization request's reference
    (`urn:ietf:params:oauth:request_uri:…`, RFC 9126) or a URL the provider fetches the request
    object from (RFC 9101). Medium: the scopes, claims and authorization details the provider acts
    on were sent to it separately, and the URL's own scopes (if any) are not the whole request. The
    tool stays offline and does not try to obtain them.

    ## Why it matters
    Pushed requests are good practice for the app (they cannot be tampered with in the browser), but
    the link cannot tell a reader what will be granted: only the provider's consent screen can.

    ## What to do instead
    Read the consent screen carefully. An app developer can audit the pushed request's parameters
    before sending them (`oauth-audit scan` on the same parameters as a URL).

    ## Basis
    - RFC 9126 (Pushed Authorization Requests) §4; RFC 9101 (JAR) §5.2
    """
    for carrier in _carriers(ctx):
        if carrier["kind"] != "request_uri":
            continue
        item = carrier["items"][0]
        if item["pushed"]:
            msg = "The request was pushed to the provider beforehand (request_uri, RFC 9126): what it asks for is not in this URL, and any scopes shown here are not the whole request."
            zh = "请求已事先推送给平台（request_uri，推送授权请求）：它申请的内容不在这个 URL 中，这里显示的权限也不是完整的请求。"
        else:
            msg = f"The provider fetches the real request from {_v(item['reference'])} (request_uri): what it asks for is not in this URL, and any scopes shown here are not the whole request."
            zh = f"平台会从 {_v(item['reference'])} 获取真正的请求（request_uri）：它申请的内容不在这个 URL 中，这里显示的权限也不是完整的请求。"
        yield ctx.finding(
            Severity.MEDIUM, msg + " The tool stays offline and does not fetch it.", zh=zh + "本工具离线运行，不会去获取它。",
            fix="Check the provider's consent screen: only it shows what the pushed request asks for.",
        )
        return


# The Chinese reason for a carrier error (the reader's reasons are English), by what it says.
_REASONS_ZH = (
    ("encrypted", "请求对象已加密，无法读取"), ("not a JWT", "请求对象格式不对（应为三段式令牌）"), ("base64url", "编码无效"),
    ("nested", "嵌套层级过深"), ("characters", "内容过长"), ("more than", "项目过多"), ("not valid JSON", "无法解析，格式错误"),
    ("not a JSON object", "不是对象"), ("not a JSON array", "不是数组"), ("with a type", "有对象缺少类型字段"),
)


def _reason_zh(error: str) -> str:
    if "with a type" in error:
        return f"{_v(error.split(' ', 1)[0], 60)} 不是带类型字段的对象"
    return next((zh for key, zh in _REASONS_ZH if key in error), "格式无法识别")


@rule("OA418", "carrier-unreadable", Severity.MEDIUM, "unknown", name_zh="无法读取的授权参数")
def carrier_unreadable(ctx: RuleContext) -> Iterator[Finding]:
    """A `claims`, `authorization_details` or `request` parameter could not be read, or was read without verifying it.

    ## What it detects
    - medium: a `claims` or `authorization_details` value that is not valid JSON of the right shape,
      is too large (16,384 characters) or too deeply nested (16 levels), or a `request` object that
      is encrypted or not a JWT: the request may ask for more than the report shows;
    - information: a `request` object was decoded without verifying its signature: its scopes,
      claims and authorization details are shown as the object states them, and the provider uses
      the object's values rather than the URL's.

    ## Why it matters
    An unreadable carrier must not give a clean report: failing closed, the tool says it could not
    see part of the request.

    ## What to do instead
    Send well-formed JSON; check the provider's consent screen for what it asks.

    ## Basis
    - OpenID Connect Core 1.0 §5.5; RFC 9396 §2; RFC 9101 §4, §6.3
    """
    for carrier in _carriers(ctx):
        where = " in the request object" if carrier.get("view") == "request_object" else ""
        if carrier["error"]:
            reason = _v(carrier["error"], 120)
            yield ctx.finding(
                Severity.MEDIUM,
                f"The {carrier['param']} parameter{where} could not be read ({reason}): the request may ask for more than this report shows.",
                zh=f"无法读取{_param_zh(carrier['param'], carrier.get('view', 'url'))}（{_reason_zh(carrier['error'])}）：请求申请的内容可能比本报告显示的更多。",
            )
        elif carrier["kind"] == "request_object":
            alg = carrier.get("alg") or "none stated"
            yield ctx.finding(
                Severity.INFO,
                f"A request object (alg {_v(alg, 20)}) was decoded without verifying its signature: its contents are shown as it states them, and the provider uses them in place of the URL's parameters.",
                zh=f"已在未验证签名的情况下解码请求对象（签名算法 {_v(carrier.get('alg') or '未声明', 20)}）：其内容按对象所述显示，平台会以它们代替 URL 中的参数。",
            )
