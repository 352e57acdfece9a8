"""Microsoft Entra ID (Azure AD) app registration manifest -> one Microsoft request.

Both manifest shapes are read: the Microsoft Graph app manifest (``web.redirectUris``,
``spa.redirectUris``, ``publicClient.redirectUris``) and the older Azure AD Graph one
(``replyUrlsWithType``, ``replyUrls``, ``oauth2AllowImplicitFlow``).

``requiredResourceAccess`` lists, per API (``resourceAppId``), permissions by GUID
(``resourceAccess[].id``) and type: ``Scope`` is a delegated permission, ``Role`` an application
permission (app role; no user, admin consent, the whole tenant). Each becomes one scope:

- group ``"delegated"`` for ``Scope`` and ``"application"`` for ``Role``;
- the scope string is the catalog key the GUID resolves to, looked up in the catalog entries' ``ids``
  (``delegated`` / ``application``) for the resource: Microsoft Graph
  (``00000003-0000-0000-c000-000000000000``, keys like ``Mail.Read``) and Office 365 Exchange
  Online (``00000002-0000-0ff1-ce00-000000000000``, keys like
  ``https://outlook.office365.com/full_access_as_app``) are the resources the catalog knows;
- a GUID the catalog does not know for that resource and type stays as the GUID, so it is reported
  as an unknown scope, never dropped;
- ``Location.param`` is ``requiredResourceAccess[I].resourceAccess[J].id`` and the position is the
  GUID's.

Parameters: ``("resource", "APP_ID (NAME)")`` per API listed (NAME ``unknown API`` when the catalog
does not know it), ``signInAudience``, ``client_id`` (``appId``), ``name`` (``displayName``), one
``redirect_uri`` per redirect URI of any platform, ``("implicit_grant", "access_token"|"id_token")``
when the implicit flow is enabled, ``("public_client", "true")`` for a public client. The request's
``audience`` is ``"organisation"`` for ``signInAudience`` AzureADMyOrg (only the registering
tenant's accounts can sign in) and ``"public"`` for the multi-tenant and personal-account values.
"""

from __future__ import annotations

import re

from auditor.sources.manifests._common import expect_mapping, has_key, looks_like_json, request, scope, strings

FORMAT = "entra"
GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000"
TYPES = {"scope": "delegated", "role": "application"}
# signInAudience -> AuthorizationRequest.audience: accounts of the registering tenant only, or anyone's.
AUDIENCES = {
    "AzureADMyOrg": "organisation",
    "AzureADMultipleOrgs": "public",
    "AzureADandPersonalMicrosoftAccount": "public",
    "PersonalMicrosoftAccount": "public",
}


def _list(value: object) -> list:
    """A JSON array, or nothing: a manifest may put any value where an array belongs."""
    return value if isinstance(value, list) else []


def detect(path: str, text: str) -> bool:
    return looks_like_json(text) and (
        has_key(text, "requiredResourceAccess")
        or has_key(text, "signInAudience") and (has_key(text, "appId") or has_key(text, "replyUrlsWithType") or has_key(text, "web"))
    )


_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def resolve_guids(catalog, guids: set[str]) -> dict[tuple[str, str, str], str]:
    """``(resource app id, "delegated"|"application", GUID)`` -> catalog key, for the given GUIDs.

    Only the catalog entries whose text contains one of the GUIDs are parsed (parsing all 1,000-odd
    Microsoft entries would cost tens of milliseconds); lower-cased ids. Each entry's GUIDs are found
    once and intersected with the set asked for, so the cost is linear in the catalog plus the
    manifest, whatever number of GUIDs a manifest lists.
    """
    out: dict[tuple[str, str, str], str] = {}
    provider = catalog.provider("microsoft")
    if provider is None or not guids:
        return out
    app_of = {url.rstrip("/"): r["app_id"].lower() for url, r in provider.get("resources", {}).items()}
    for key, raw in catalog.scope_table("microsoft")["scopes"].items():
        low = raw.lower()
        if guids.isdisjoint(_GUID.findall(low)):
            continue
        entry = catalog.entry("microsoft", key)
        resource = (entry.get("resource") or "").rstrip("/")
        app = app_of.get(resource, GRAPH_APP_ID) if resource else GRAPH_APP_ID
        for kind, guid in (entry.get("ids") or {}).items():
            if isinstance(guid, str) and guid.lower() in guids:
                out.setdefault((app, kind, guid.lower()), key)
    return out


def resource_names(catalog) -> dict[str, str]:
    provider = catalog.provider("microsoft") or {}
    names = {GRAPH_APP_ID: "Microsoft Graph"}
    for r in provider.get("resources", {}).values():
        names.setdefault(r["app_id"].lower(), r["name"])
    return names


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests._parse import load_json

    doc = expect_mapping(load_json(text, path), path, "Entra app manifest")
    params: list[tuple[str, str]] = [("manifest", FORMAT)]
    for key, name in (("displayName", "name"), ("appId", "client_id"), ("signInAudience", "signInAudience")):
        if isinstance(doc.get(key), str):
            params.append((name, doc[key]))

    redirects: list[str] = []
    for item in _list(doc.get("replyUrlsWithType")):
        if isinstance(item, dict) and isinstance(item.get("url"), str):
            redirects.append(item["url"])
    redirects += strings(doc.get("replyUrls"))
    implicit: list[str] = []
    if doc.get("oauth2AllowImplicitFlow") is True:
        implicit.append("access_token")
    if doc.get("oauth2AllowIdTokenImplicitFlow") is True:
        implicit.append("id_token")
    for platform in ("web", "spa", "publicClient"):
        block = doc.get(platform)
        if isinstance(block, dict):
            redirects += strings(block.get("redirectUris"))
            grant = block.get("implicitGrantSettings")
            if isinstance(grant, dict):
                if grant.get("enableAccessTokenIssuance") is True:
                    implicit.append("access_token")
                if grant.get("enableIdTokenIssuance") is True:
                    implicit.append("id_token")
    params += [("redirect_uri", u) for u in dict.fromkeys(redirects)]
    params += [("implicit_grant", g) for g in dict.fromkeys(implicit)]
    if doc.get("allowPublicClient") is True or doc.get("isFallbackPublicClient") is True:
        params.append(("public_client", "true"))

    scopes = []
    names = resource_names(catalog)
    wanted = {
        a["id"].strip().lower()
        for res in _list(doc.get("requiredResourceAccess")) if isinstance(res, dict)
        for a in _list(res.get("resourceAccess")) if isinstance(a, dict) and isinstance(a.get("id"), str)
    }
    index = resolve_guids(catalog, wanted)
    for i, res in enumerate(_list(doc.get("requiredResourceAccess"))):
        if not isinstance(res, dict):
            continue
        app = str(res.get("resourceAppId") or "").strip().lower()
        params.append(("resource", f"{app} ({names.get(app, 'unknown API')})"))
        for j, access in enumerate(_list(res.get("resourceAccess"))):
            if not isinstance(access, dict) or not isinstance(access.get("id"), str):
                continue
            guid = access["id"]
            kind = TYPES.get(str(access.get("type", "")).lower(), "delegated")
            key = index.get((app, kind, guid.strip().lower()))
            rq = scope(guid, path, f"requiredResourceAccess[{i}].resourceAccess[{j}].id", kind)
            scopes.append(rq._replace(scope=key) if key else rq)
    return [request(path, "microsoft", params, scopes)._replace(audience=AUDIENCES.get(str(doc.get("signInAudience", "")), ""))]
