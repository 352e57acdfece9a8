"""Make untrusted text safe to print.

Everything a request carries (scope strings, client ids, redirect URIs, app names) is written by the
party being judged. :func:`visible` turns every character that could change how a terminal, a CI log
or a reader interprets the text into a visible escape: C0/C1 controls (ANSI and OSC sequences start
with ESC), DEL, Unicode bidirectional overrides and isolates, zero-width and other invisible
characters: every character of Unicode's general category Cf (format) among them, which a test
checks against :mod:`unicodedata`. Rich markup is neutralised separately: renderers never pass untrusted text through the
markup parser (``Text`` objects, ``markup=False``).
"""

from __future__ import annotations

import re

_BEYOND_C0 = (
    "\x7f-\x9f"  # DEL, C1
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"  # soft hyphen, invisible fillers, Arabic letter mark
    "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"  # spaces other than the ASCII space (no-break, em, ideographic...)
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f"  # zero-width, line/paragraph separators, bidi embeddings and overrides, isolates
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"  # fillers, variation selectors, BOM, interlinear annotation
    "\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2"  # Arabic and Syriac format characters (number signs, end of ayah)
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"  # Kaithi, Egyptian, shorthand, musical format controls
    "\U000e0000-\U000e007f"  # tag characters
    "\U000e0100-\U000e01ef"  # variation selectors supplement
    "\ud800-\udfff"  # lone surrogates (from JSON \\u escapes): they cannot even be written as UTF-8
)
_UNSAFE = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")
# In JSON text, raw C0 characters are only the layout (json.dumps escapes them inside strings).
_UNSAFE_IN_JSON = re.compile(f"[{_BEYOND_C0}]")
MAX_SHOWN = 400


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else (f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")


# The verdict's own words, which untrusted text may not spell: with runs of spaces and every other
# space character escaped too, no value can print a line that reads like the verdict
# (" NONE   risk score 0/100"), however the report wraps it (tests/test_hardening.py).
_SPACE_RUN = re.compile(r"  +")
_RESERVED = re.compile(r"(?i)(risk) (score)|(风险)(评分)")


def _reserved(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)}\\x20{match.group(2)}"
    return f"{match.group(3)}\\u200b{match.group(4)}"


def visible(text: str | None, limit: int = MAX_SHOWN) -> str:
    """The text with every control, invisible or non-ASCII space character escaped, runs of spaces
    shown as one space and ``\\x20`` escapes, the verdict's words ("risk score") broken by an
    escape, cut to ``limit`` characters."""
    if text is None:
        return ""
    cut = len(text) > limit
    shown = _UNSAFE.sub(_escape, text[:limit] if cut else text)
    shown = _SPACE_RUN.sub(lambda m: " " + "\\x20" * (len(m.group()) - 1), shown)
    shown = _RESERVED.sub(_reserved, shown)
    if cut:
        shown += f"… ({len(text) - limit:,} more characters)"
    return shown


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


_COMMAND_START = re.compile(r"(?m)^([^\S\n]*)::")


def guard_commands(text: str) -> str:
    """Text in which no line starts with ``::`` (after any leading whitespace, which the GitHub
    runner trims): such a line in a CI log is a workflow command (``::error``, ``::add-mask``,
    ``::stop-commands``). Its first colon is shown escaped (``\\x3a:error::…``). Applied to every
    output except the annotations of ``--format github``, whose commands are our own."""
    return _COMMAND_START.sub(lambda m: m.group(1) + "\\x3a:", text)


# What no finished output may hold: a raw control character (but the layout's newline), or any of the above.
# Compiled on first use: only the tests and the fuzz targets check finished outputs.
_RAW_IN_OUTPUT: re.Pattern[str] | None = None


def output_problem(text: str, commands: bool = False) -> str | None:
    """What makes a finished output unsafe to print, or None: a raw control, bidi, invisible or
    surrogate character, or (unless ``commands``, for ``--format github``) a line that starts a
    workflow command. The check the fuzz targets and the output-safety tests apply to every format."""
    global _RAW_IN_OUTPUT
    if _RAW_IN_OUTPUT is None:
        _RAW_IN_OUTPUT = re.compile(f"[\x00-\x09\x0b-\x1f{_BEYOND_C0}]")
    bad = _RAW_IN_OUTPUT.search(text)
    if bad:
        return f"raw {bad.group()!r}"
    if not commands and _COMMAND_START.search(text):
        return "a line that starts a workflow command"
    return None


def _json_escape(match: re.Match[str]) -> str:
    import json

    return json.dumps(match.group())[1:-1]  # \u00XX, or a surrogate pair for a tag character


def json_text(obj: object, **kwargs) -> str:
    """``json.dumps(obj, ensure_ascii=False, **kwargs)`` with every unsafe character written as a
    ``\\uXXXX`` escape: the values are unchanged for a JSON reader, but the text holds no raw
    control, bidi, invisible or surrogate character for a terminal or a log viewer to act on
    (``json.dumps`` itself escapes only C0 controls), and it is always valid UTF-8."""
    import json

    text = json.dumps(obj, ensure_ascii=False, **kwargs)
    if text.isascii() and "\x7f" not in text:
        return text  # nothing beyond C0 but DEL is ASCII, and json.dumps escaped C0 itself
    return _UNSAFE_IN_JSON.sub(_json_escape, text)
