"""Labels of the taxonomy's categories that rules and renderers share: how sensitive a category is
and its legal markers. Pure functions of a category's entry in the catalog (``catalog.categories``):
a renderer given the catalog of a run needs neither the rules nor the catalog loader."""

from __future__ import annotations

CREDENTIAL_CATEGORIES = ("auth.otp", "auth.secret")


def sensitivity(category: dict, cid: str) -> str:
    """``credential``, ``special`` (PIPL Art. 28 / GDPR Art. 9-10), ``sensitive`` (GB/T examples,
    context-dependent GDPR), ``resource`` (not personal data) or ``ordinary``."""
    if cid in CREDENTIAL_CATEGORIES:
        return "credential"
    if cid.startswith("resource."):
        return "resource"
    if category["cn"] == "S" or category["eu"] in ("SC", "A10"):
        return "special"
    if category["cn"] == "S*" or category["eu"] == "SC?":
        return "sensitive"
    return "ordinary"


def legal_tags(category: dict, lang: str = "en") -> str:
    """The legal markers of a taxonomy category: ``PIPL Art. 28 sensitive, GDPR Art. 9 special category``."""
    zh = lang == "zh"
    tags = []
    if category["cn"] == "S":
        tags.append("《个人信息保护法》第二十八条敏感个人信息" if zh else "PIPL Art. 28 sensitive")
    elif category["cn"] == "S*":
        tags.append("GB/T 35273 所列敏感个人信息" if zh else "sensitive under GB/T 35273")
    if category["eu"] == "SC":
        tags.append("GDPR 第 9 条特殊类别数据" if zh else "GDPR Art. 9 special category")
    elif category["eu"] == "SC?":
        tags.append("视情形可能属于 GDPR 第 9 条特殊类别数据" if zh else "can be GDPR Art. 9 special-category data in context")
    elif category["eu"] == "A10":
        tags.append("GDPR 第 10 条刑事数据" if zh else "GDPR Art. 10 criminal data")
    return ("、" if zh else ", ").join(tags)
