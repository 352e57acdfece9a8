"""Google Apps Script project manifest (``appsscript.json``) -> one Google request.

Which files: ``appsscript.json``, and any other JSON file that is one by its content (projects keep
copies per environment, ``src/appsscript.dev.json``, or under another name): a ``timeZone`` with
``oauthScopes``, ``runtimeVersion`` or ``exceptionLogging``, or an ``oauthScopes`` list of strings
with at least one other key only an Apps Script manifest has (:data:`APPS_SCRIPT_KEYS`).

What is read:

- ``oauthScopes``: each scope, provider ``google``, group ``""``, ``Location.param`` ``oauthScopes``.
  An item that is not a string is an error, never skipped.
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

import re

from auditor.errors import InputError
from auditor.sources.manifests._common import basename, expect_mapping, has_key, looks_like_json, request, scope, strings

ABSENT = "(absent: inferred at run time)"
FORMAT = "appsscript"


# Keys only an Apps Script manifest has beside oauthScopes: with a list of scope strings, one of
# them makes a JSON file an Apps Script manifest whatever its name (``src/appsscript.dev.json``).
APPS_SCRIPT_KEYS = ("timeZone", "runtimeVersion", "exceptionLogging", "executionApi", "webapp", "addOns", "urlFetchWhitelist", "dependencies")
# "oauthScopes": [ followed by a string or the end of the list: a list of strings, not of objects.
_SCOPE_LIST = re.compile(r'"oauthScopes"\s*:\s*\[\s*(?:"|\])')


def detect(path: str, text: str) -> bool:
    if basename(path) == "appsscript.json":
        return True
    if not looks_like_json(text):
        return False
    if has_key(text, "timeZone") and (has_key(text, "oauthScopes") or has_key(text, "runtimeVersion") or has_key(text, "exceptionLogging")):
        return True
    return "oauthScopes" in text and _SCOPE_LIST.search(text) is not None and any(has_key(text, k) for k in APPS_SCRIPT_KEYS)


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
        for i, item in enumerate(value):
            if not isinstance(item, str):  # never skipped: a scope the reader drops would pass for none
                raise InputError(f"{path}: oauthScopes[{i}] is not a string; oauthScopes must be a list of scope strings")
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
