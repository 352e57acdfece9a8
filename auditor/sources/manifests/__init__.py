"""Manifest files -> :class:`AuthorizationRequest` s: one module per format, and the registry.

Each reader module has ``detect(path, text) -> bool`` (cheap: file name and key names, no parse)
and ``parse(path, text, catalog) -> list[AuthorizationRequest]``. :func:`read_file` tries the
detectors in the fixed order of :data:`FORMATS` (the plain-text reader, which finds authorization
URLs anywhere, last), or uses the reader a ``--format-hint`` names. A structured format (JSON, YAML,
TOML) is detected only in a file with one of its extensions (:data:`STRUCTURED`).

Conventions shared by every reader (``docs/manifests.md`` has the details per format):

- ``source`` of each request, and ``Location.source`` of each scope, is the path as given (a
  relative path stays relative); ``Location.line`` / ``column`` are 1-based, columns counted in
  characters, and point at the scope's token as written (its opening quote when quoted).
  ``Location.param`` names the key the scope was read from (``oauthScopes``, ``oauth_config.scopes.bot``).
- A manifest's request has kind ``"scope_list"``: there is no URL, so URL hygiene does not apply.
- Every manifest request has a ``("manifest", FORMAT)`` parameter naming the format it was read as;
  redirect URIs are ``("redirect_uri", URI)`` parameters, one per URI, in every format.
- Limits: a file larger than :data:`MAX_FILE_BYTES` (5 MB) is refused ("file too large") before
  it is read, and a structured manifest (any format but plain text) larger than
  :data:`MAX_MANIFEST_CHARS` (1 Mi characters) before it is parsed; a file with a NUL byte is refused as binary; text must be UTF-8 (a BOM is allowed).
  Broken JSON, YAML or TOML is an :class:`InputError` whose one line names the file and the line.
"""

from __future__ import annotations

import importlib
import os

from auditor.errors import InputError
from auditor.model import AuthorizationRequest

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_MANIFEST_CHARS = 1024 * 1024  # a structured manifest (not the text reader): see read_file

# --format-hint name -> module, in the order the detectors are tried.
FORMATS: dict[str, str] = {
    "appsscript": "appsscript",
    "chrome": "chrome",
    "uniapp": "uniapp",
    "plasmo": "plasmo",
    "deno-slack": "deno_slack",
    "crxjs": "crxjs",
    "wxt": "wxt",
    "taro": "taro",
    "entra": "entra",
    "slack": "slack",
    "github-app": "github_app",
    "shopify": "shopify",
    "wechat-miniprogram": "wechat_miniprogram",
    "text": "text",
}
HINTS = tuple(FORMATS)  # the choices of every --format-hint
# The file extensions a structured manifest (JSON, YAML, TOML) is detected in; "" for a file named
# without one. Detection by content stops there: a Python test holding ``"oauth_config": {...}`` is
# source code, read for authorization URLs, not a Slack manifest that fails to parse.
STRUCTURED = {
    "appsscript": (".json", ""), "chrome": (".json", ""), "entra": (".json", ""), "slack": (".json", ".yaml", ".yml", ""),
    "github-app": (".yml", ".yaml", ".json", ""), "shopify": (".toml", ""), "wechat-miniprogram": (".json", ""),
}
_READERS: dict[str, object] = {}


def reader(name: str):
    """The reader module for a format name (``--format-hint``)."""
    module = _READERS.get(name)
    if module is None:
        if name not in FORMATS:
            raise InputError(f"unknown format hint {name!r} (known: {', '.join(FORMATS)})")
        module = _READERS[name] = importlib.import_module(f"auditor.sources.manifests.{FORMATS[name]}")
    return module


def read_text(path: str) -> str:
    """A file's text, within the limits. Raises :class:`InputError`."""
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
        with open(path, "rb") as fh:
            # a read of the size the file has (a read of MAX_FILE_BYTES allocates 5 MB every time);
            # a file that grew meanwhile is read on, up to the limit
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{path}: file too large (more than {MAX_FILE_BYTES:,} bytes)")
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (it contains NUL bytes); expected a text manifest")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None


def check_text(path: str, text: str) -> str:
    """The limits for text given directly; returns it without a BOM."""
    if len(text) > MAX_FILE_BYTES or (len(text) * 4 > MAX_FILE_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES):
        raise InputError(f"{path}: file too large (more than {MAX_FILE_BYTES:,} bytes)")
    if "\x00" in text:
        raise InputError(f"{path}: binary file (it contains NUL bytes); expected a text manifest")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: text read from a file can never hold one
        raise InputError(f"{path}: not valid Unicode text (a lone surrogate at offset {exc.start})") from None
    return text[1:] if text.startswith("\ufeff") else text


def detect_format(path: str, text: str, hint: str | None = None) -> str:
    """The format name a file is read as: the hint if given, else the first detector that matches."""
    if hint is not None:
        reader(hint)
        return hint
    ext = os.path.splitext(os.path.basename(path.replace("\\", "/")))[1].lower()
    for name in FORMATS:
        allowed = STRUCTURED.get(name)
        if allowed is not None and ext not in allowed:
            continue
        if reader(name).detect(path, text):
            return name
    return "text"


def read_file(path: str, text: str | None = None, hint: str | None = None, catalog=None) -> list[AuthorizationRequest]:
    """Read one file (or ``text`` given for it) as a manifest. Raises :class:`InputError`.

    Returns one request per provider the file speaks for (a Chrome extension with ``oauth2`` gives
    a Google request and one for its browser permissions), or one per authorization URL found in a
    plain text file; an empty list when a text file holds none.
    """
    if hint is not None:
        reader(hint)  # an unknown hint is an error before the file is read
    text = read_text(path) if text is None else check_text(path, text)
    if catalog is None:
        from auditor.catalog import load_catalog

        catalog = load_catalog()
    name = detect_format(path, text, hint)
    if name != "text" and len(text) > MAX_MANIFEST_CHARS:
        # Structured manifests are parsed with a position for every string: memory grows with the
        # number of strings (a 5 MB manifest of short strings took 400 MB). Real manifests are a few
        # kilobytes; text files (hard-coded URLs) keep the 5 MB limit, their reader holds no tree.
        raise InputError(f"{path}: too large for a {name} manifest ({len(text):,} characters; the limit is {MAX_MANIFEST_CHARS:,})")
    return reader(name).parse(path, text, catalog)
