"""Google Apps Script project manifest (``appsscript.json``) -> one Google request.

What is read:

- ``oauthScopes``: each scope, provider ``google``, group ``""``, ``Location.param`` ``oauthScopes``.
- ``dependencies.enabledAdvancedServices``: one ``("advanced_service", "SERVICE_ID VERSION")``
  parameter per service (``admin directory_v1``). An advanced service does not add a scope by
  itself, but it tells a reviewer which Google API the script calls.
- ``webapp.access`` / ``webapp.executeAs`` and ``executionApi.access`` as parameters of the same
  name (a web app that runs as the user who opens it, open to anyone, is worth knowing about).
  They also set the request's ``audience``: ``"owner"`` for a web app only its owner opens
  (``access`` MYSELF) or that runs as its owner (``executeAs`` USER_DEPLOYING), with no execution
  API open to others (:func:`audience`).

Convention for a manifest without ``oauthScopes``: Apps Script then infers the scopes from the
code when the script runs, so "no scopes" means *unknown*, not *none*. The request then has no
scopes and carries the parameter ``("oauthScopes", "(absent: inferred at run time)")``
(:data:`ABSENT`), so that rules and renderers can say the scopes are unknown rather than report
nothing. An ``oauthScopes`` that is present but empty is kept as an empty request without that marker.
"""

from __future__ import annotations

from auditor.errors import InputError
from auditor.sources.manifests._common import basename, expect_mapping, has_key, looks_like_json, request, scope, strings

ABSENT = "(absent: inferred at run time)"
FORMAT = "appsscript"


def detect(path: str, text: str) -> bool:
    if basename(path) == "appsscript.json":
        return True
    return looks_like_json(text) and has_key(text, "timeZone") and (
        has_key(text, "oauthScopes") or has_key(text, "runtimeVersion") or has_key(text, "exceptionLogging")
    )


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests._parse import load_json

    doc = expect_mapping(load_json(text, path), path, "Apps Script manifest")
    params: list[tuple[str, str]] = [("manifest", FORMAT)]
    deps = doc.get("dependencies")
    if isinstance(deps, dict):
        for svc in (deps.get("enabledAdvancedServices") if isinstance(deps.get("enabledAdvancedServices"), list) else []):
            if isinstance(svc, dict):
                service = " ".join(str(svc[k]) for k in ("serviceId", "version") if isinstance(svc.get(k), str))
                if service:
                    params.append(("advanced_service", service))
    for section, keys in (("webapp", ("access", "executeAs")), ("executionApi", ("access",))):
        block = doc.get(section)
        if isinstance(block, dict):
            for key in keys:
                if isinstance(block.get(key), str):
                    params.append((f"{section}.{key}", block[key]))
    scopes = []
    if "oauthScopes" not in doc:
        params.append(("oauthScopes", ABSENT))
    else:
        value = doc["oauthScopes"]
        if not isinstance(value, list):
            raise InputError(f"{path}: oauthScopes must be a list of scope strings")
        scopes = [scope(s, path, "oauthScopes") for s in strings(value) if s.strip()]
    return [request(path, "google", params, scopes)._replace(audience=audience(doc))]


def audience(doc: dict) -> str:
    """``"owner"`` when only the script's owner grants its scopes: a web app open only to its owner
    (``access`` MYSELF) or one that runs as the owner (``executeAs`` USER_DEPLOYING: visitors are
    never asked to authorize), with no execution API open to others; ``""`` otherwise (a
    container-bound script, an add-on or a web app that others authorize)."""
    web = doc.get("webapp") if isinstance(doc.get("webapp"), dict) else None
    api = doc.get("executionApi") if isinstance(doc.get("executionApi"), dict) else {}
    if web is None or api.get("access", "MYSELF") != "MYSELF":
        return ""
    return "owner" if web.get("access") == "MYSELF" or web.get("executeAs") == "USER_DEPLOYING" else ""
