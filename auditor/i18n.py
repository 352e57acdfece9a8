"""The words of the human-readable reports, in English and Chinese (``--lang en|zh``).

Rule messages carry both languages themselves (``Finding.message`` and ``Finding.message_zh``), and
the catalog carries ``zh`` labels for categories and purposes, ``title_zh`` for scope titles and
``*_zh`` fields for providers' revoke paths. This module holds what is left: headings, the access
and subject words, levels and fixed sentences. A Chinese report takes every word from here or from
a ``zh`` field; where the catalog has no Chinese scope title the scope name stands alone rather
than an English sentence.
"""

from __future__ import annotations

LANGS = ("en", "zh")

# key: (English, Chinese)
UI: dict[str, tuple[str, str]] = {
    "risk_score": ("risk score", "风险评分"),
    "provider": ("Provider", "平台"),
    "provider_unknown": ("not in the catalog ({host})", "不在目录中（{host}）"),
    "client": ("App (client id)", "应用（client id）"),
    "app_name": ("App name", "应用名称"),
    "redirect": ("Sends you back to", "授权后跳转到"),
    "purpose": ("Declared purpose", "声明的用途"),
    "who_acts": ("Who acts", "谁在行事"),
    "actor_user": ("you: the app acts in your name, with your token", "你本人：应用用你的令牌、以你的名义行事"),
    "actor_app": (
        "the app itself: under its own name (a bot, an app installation or an application permission), not as you",
        "应用本身：以自己的名义（机器人、应用安装或应用程序权限）行事，而不是以你的名义",
    ),
    "audience": ("Who can use it", "谁能使用"),
    "audience_owner": (
        "only the app's owner (an owner-only deployment: exposure findings are capped at medium, credential exposure at high)",
        "只有应用所有者本人（仅所有者可用的部署：数据暴露类问题最高评为中风险，凭据暴露最高评为高风险）",
    ),
    "audience_organisation": ("accounts of the registering organisation only", "仅限注册该应用的组织内的账号"),
    "audience_public": ("anyone's account, in any organisation", "任何组织中任何人的账号"),
    "acts_app_tag": ("[the app acts itself]", "[应用本身行事]"),
    "session_what": ("What scanning this gives away", "扫码会交出什么"),
    "session_revoke": ("If you already scanned it", "如果已经扫码"),
    "exposure": ("What the app can see and do", "应用能看到和能做的事"),
    "how_long": ("For how long", "持续多久"),
    "until_revoke_persistent": ("Until you revoke it. {why}", "直到你撤销授权为止。{why}"),
    "persistent_generic": ("", "该平台签发的授权不会自动过期。"),
    "until_revoke_offline": (
        "Until you revoke it: the app gets a refresh token and keeps access while you are away.",
        "直到你撤销授权为止：应用会获得刷新令牌（refresh token），你不在时也能继续访问。",
    ),
    "while_using": (
        "While you use the app: no offline access is requested (access tokens expire, typically within an hour).",
        "仅在你使用应用期间：没有申请离线访问（访问令牌通常在一小时内过期）。",
    ),
    "findings": ("Findings ({n})", "发现的问题（{n}）"),
    "none": ("none", "无"),
    "narrower": ("Narrower alternatives", "更小的替代权限"),
    "still": ("still {what}", "仍可获得：{what}"),
    "no_narrower": ("no narrower scope. {why}", "没有更小的权限。"),
    "scopes": ("Scopes requested", "申请的权限"),
    "group_scope": ("({group} scope)", "（{group} 权限）"),
    "deprecated": ("[deprecated]", "[已弃用]"),
    "not_verified": ("[not verified at the source]", "[未在官方来源核实]"),
    "name_only": ("[name only]", "[仅核实名称]"),
    "unknown_scope": ("unknown scope: not in the catalog", "未知权限：不在目录中"),
    "no_title": ("", "（目录中暂无中文说明）"),
    "revoke": ("Where to revoke", "在哪里撤销授权"),
    "revoke_default_note": (
        "Revoking stops further access; it does not delete what the app already copied.",
        "撤销只会阻止之后的访问，不会删除应用已经复制走的数据。",
    ),
    "revoke_copied": ("", "注意：撤销授权不会删除应用已经保存的数据。"),
    "about_unlocks": ("unlocks other accounts", "可用来登录或找回其他账号"),
    "about_not_personal": ("not personal data itself", "本身不是个人信息"),
    "via": ("via {scopes}", "来自 {scopes}"),
    "verdict_signin": (
        "Sign-in only: the app learns who you are (and your name or e-mail address), nothing more.",
        "仅用于登录：应用只知道你是谁（以及你的名字或邮箱），没有更多。",
    ),
    "verdict_no_scope": ("The request names no scope.", "该请求没有列出任何权限。"),
    "verdict_nothing": ("No finding at or above low.", "没有低风险及以上的问题。"),
    "score": ("Score", "评分"),
    "score_zero": ("0 points: no finding adds to the score.", "0 分：没有问题计入评分。"),
    "score_total": ("total", "合计"),
    "score_capped": (" (sum {total}, capped at {top}, the top of the {level} band)", "（总和 {total}，按{level}档上限计为 {top}）"),
    "score_legend": (
        "The level sets the base (critical 75, high 50, medium 25, low 1, none 0); each component adds the points of its gravest finding, 10 (critical), 6 (high), 3 (medium), 1 (low) or 0 (info) (a whole-session login, OA501, 25: the whole critical band); the total stays within the level's band (critical 75-100, high 50-74, medium 25-49, low 1-24, none 0).",
        "级别决定基础分（严重 75、高 50、中 25、低 1、无 0）；每个评分项再按其中最严重的问题计分：严重 10、高 6、中 3、低 1、提示 0（整个会话登录 OA501 计 25 分，即填满严重档）；总分不超出该级别的分数段（严重 75-100、高 50-74、中 25-49、低 1-24、无 0）。",
    ),
    "report_title": ("OAuth authorization audit", "OAuth 授权审计"),
    "md_verdict": ("Verdict", "结论"),
    "md_level": ("Risk", "风险"),
    "md_source": ("Input", "输入"),
    "md_rule": ("Rule", "规则"),
    "md_severity": ("Severity", "严重程度"),
    "md_message": ("Message", "说明"),
    "md_scope": ("Scope", "权限"),
    "md_meaning": ("What it gives", "含义"),
    "md_category": ("Data", "数据"),
    "md_access": ("Access", "访问方式"),
    "md_summary": ("{n} request(s) audited; highest risk: {level}.", "共审计 {n} 个请求；最高风险：{level}。"),
}

LEVELS_ZH = {"critical": "严重", "high": "高", "medium": "中", "low": "低", "none": "无", "info": "提示"}

ACCESS_WORDS = {
    "assert": ("knows who you are", "确认你的身份"),
    "read.self": ("read", "读取"),
    "read.selected": ("read items you choose", "读取你选定的内容"),
    "read.all": ("read all", "读取全部"),
    "write.create": ("create", "新建"),
    "write.modify": ("change", "修改"),
    "write.delete": ("delete", "删除"),
    "act.send": ("send or post as you", "以你的名义发送或发布"),
    "admin": ("administer", "管理"),
}
COMPONENTS_ZH = {
    "level": "级别基础分",
    "acting as you": "以你的名义行事",
    "beyond purpose": "超出用途",
    "changing your data": "更改你的数据",
    "credential exposure": "凭证泄露",
    "harvest": "批量收集",
    "identity kit": "身份信息组合",
    "impersonation": "冒充与钓鱼",
    "mailbox takeover": "邮箱接管",
    "organisation reach": "组织范围",
    "other people's data": "他人的数据",
    "over-breadth": "权限过宽",
    "persistence": "长期访问",
    "propagation": "传播扩散",
    "request hygiene": "请求规范",
    "resource control": "资源控制",
    "scale of harm": "危害规模",
    "sensitive data": "敏感数据",
    "session takeover": "会话接管",
    "silent authorization": "静默授权",
    "unknown": "未知",
}
SUBJECT_WORDS = {
    "third_party": ("about other people", "涉及其他人"),
    "mixed": ("about you and others", "涉及你和其他人"),
    "self": ("about you", "涉及你本人"),
}


def t(key: str, lang: str = "en", **kw: object) -> str:
    text = UI[key][1 if lang == "zh" else 0]
    return text.format(**kw) if kw else text


def level(name: str, lang: str = "en") -> str:
    """A risk level or severity label: ``HIGH`` / ``高``."""
    return LEVELS_ZH.get(name, name) if lang == "zh" else name.upper()


def access(word: str, lang: str = "en") -> str:
    pair = ACCESS_WORDS.get(word)
    return (pair[1] if lang == "zh" else pair[0]) if pair else word


def subject(word: str, lang: str = "en") -> str:
    pair = SUBJECT_WORDS[word]
    return pair[1] if lang == "zh" else pair[0]


def actor(name: str, lang: str = "en") -> str:
    """Who acts: ``"user"`` or ``"app"``, as a sentence."""
    return t(f"actor_{name}", lang)


def audience(name: str, lang: str = "en") -> str:
    """An audience the manifest states (``owner``, ``organisation``, ``public``), as a phrase."""
    return t(f"audience_{name}", lang) if f"audience_{name}" in UI else name


def component(name: str, lang: str = "en") -> str:
    return COMPONENTS_ZH.get(name, name) if lang == "zh" else name


def sep(lang: str) -> str:
    """The list separator: ``, `` or ``、``."""
    return "、" if lang == "zh" else ", "


def field(obj: dict, name: str, lang: str) -> str:
    """``obj[name + "_zh"]`` in Chinese when present and non-empty, else ``obj[name]``."""
    if lang == "zh":
        zh = obj.get(name + "_zh") or ""
        if zh:
            return zh
    return obj.get(name) or ""


def detect_lang(environ: dict[str, str]) -> str:
    """``zh`` when the locale says Chinese (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, in POSIX order of
    precedence, then ``LANGUAGE``'s first entry), else ``en``."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    first = environ.get("LANGUAGE", "").split(":")[0]
    return "zh" if first.lower().startswith("zh") else "en"


