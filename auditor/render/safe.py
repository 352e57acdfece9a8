"""Make untrusted text safe to print.

Everything a request carries (scope strings, client ids, redirect URIs, app names) is written by the
party being judged. :func:`visible` turns every character that could change how a terminal, a CI log
or a reader interprets the text into a visible escape: C0/C1 controls (ANSI and OSC sequences start
with ESC), DEL, Unicode bidirectional overrides and isolates, zero-width and other invisible
characters. Rich markup is neutralised separately: renderers never pass untrusted text through the
markup parser (``Text`` objects, ``markup=False``).
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f"  # C0, DEL, C1
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"  # soft hyphen, invisible fillers, Arabic letter mark
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f"  # zero-width, line/paragraph separators, bidi embeddings and overrides, isolates
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"  # fillers, variation selectors, BOM, interlinear annotation
    "\U000e0000-\U000e007f]"  # tag characters
)
MAX_SHOWN = 400


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else (f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")


def visible(text: str | None, limit: int = MAX_SHOWN) -> str:
    """The text with every control or invisible character escaped, cut to ``limit`` characters."""
    if text is None:
        return ""
    cut = len(text) > limit
    shown = _UNSAFE.sub(_escape, text[:limit] if cut else text)
    if cut:
        shown += f"… ({len(text) - limit:,} more characters)"
    return shown


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None
