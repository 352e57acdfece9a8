"""Parsers that remember where each string was written: JSON, YAML and positions in plain text.

The manifest readers need the 1-based line and column of every scope string, and neither
:func:`json.loads` nor :func:`tomllib.loads` gives positions. Both loaders here return plain
``dict`` / ``list`` / scalar trees in which every string (values and mapping keys) is a :class:`Pos`,
a ``str`` subclass carrying ``line`` and ``column``: the position of the token as written, that is
its opening quote when it is quoted. JSON with comments (:func:`load_jsonc`, for the platforms that
accept it) has its comments blanked in place and is then loaded as JSON, so its positions are the
original text's.

Both refuse input that would cost too much: nesting deeper than :data:`MAX_DEPTH`, and for YAML,
aliases that expand to more than :data:`MAX_YAML_NODES` nodes or more than :data:`MAX_YAML_ALIASES`
aliases (the "billion laughs" bomb). Every failure is an :class:`InputError` with one line that
names the file and, where the parser knows it, the line.

PyYAML is imported inside :func:`load_yaml` only: a scan of a URL or a JSON manifest never pays
for it.
"""

from __future__ import annotations

import bisect
import json
import re
from json.decoder import scanstring

from auditor.errors import InputError

MAX_DEPTH = 64
MAX_YAML_NODES = 100_000
MAX_YAML_ALIASES = 100


class Pos(str):
    """A string from a file, with the 1-based ``line`` and ``column`` where its token starts."""

    line: int
    column: int

    def __new__(cls, value: str, line: int, column: int) -> Pos:
        self = super().__new__(cls, value)
        self.line = line
        self.column = column
        return self


def where(value: object) -> tuple[int | None, int | None]:
    """``(line, column)`` of a value read by these loaders; ``(None, None)`` for non-strings."""
    return getattr(value, "line", None), getattr(value, "column", None)


class LineIndex:
    """Offsets in a text -> 1-based (line, column), columns counted in characters."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def one_line(text: str, limit: int = 200) -> str:
    """A parser's message on one line, cut to a readable length."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------- JSON

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_CONSTANTS = {"true": True, "false": False, "null": None, "NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


def load_json(text: str, path: str) -> object:
    """Parse JSON, keeping the position of every string. Raises :class:`InputError`."""
    try:
        json.loads(text)  # the C parser validates and gives the best error message
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {one_line(exc.msg)}") from None
    except RecursionError:
        raise InputError(f"{path}: JSON nested more than {MAX_DEPTH} levels deep; refusing to read it") from None
    index = LineIndex(text)

    def pos(value: str, offset: int) -> Pos:
        line, column = index.position(offset)
        return Pos(value, line, column)

    def value_at(i: int, depth: int) -> tuple[object, int]:
        if depth > MAX_DEPTH:
            line, _ = index.position(i)
            raise InputError(f"{path}: JSON nested more than {MAX_DEPTH} levels deep (line {line}); refusing to read it")
        i = _WS.match(text, i).end()
        c = text[i]
        if c == '"':
            s, end = scanstring(text, i + 1)
            return pos(s, i), end
        if c == "{":
            out: dict = {}
            i = _WS.match(text, i + 1).end()
            if text[i] == "}":
                return out, i + 1
            while True:
                i = _WS.match(text, i).end()
                key, end = scanstring(text, i + 1)
                key_pos = pos(key, i)
                i = _WS.match(text, end).end() + 1  # past ':'
                val, i = value_at(i, depth + 1)
                out.pop(key_pos, None)  # a repeated key: the last one wins (as in json.loads), with its own position
                out[key_pos] = val
                i = _WS.match(text, i).end()
                if text[i] == "}":
                    return out, i + 1
                i += 1  # ','
        if c == "[":
            items: list = []
            i = _WS.match(text, i + 1).end()
            if text[i] == "]":
                return items, i + 1
            while True:
                val, i = value_at(i, depth + 1)
                items.append(val)
                i = _WS.match(text, i).end()
                if text[i] == "]":
                    return items, i + 1
                i += 1
        for word, const in _CONSTANTS.items():
            if text.startswith(word, i):
                return const, i + len(word)
        m = _NUMBER.match(text, i)
        number = m.group()
        return (float(number) if any(ch in number for ch in ".eE") else int(number)), m.end()

    value, _ = value_at(0, 0)
    return value


# ------------------------------------------------------------------------------- JSON with comments

# A JSON string token (to its closing quote, or to the end of its line when it is never closed), or
# the start of a comment: what blanking has to tell apart. The string pattern is the unrolled loop (no
# nested repetition), so matching is linear on any input.
_JSONC_TOKEN = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"?|//|/\*')
_TRAILING_COMMA = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"?|,(?=[ \t\n\r]*[}\]])')


def _blank(text: str) -> str:
    """``text`` with every character but line breaks made a space: offsets, lines and columns keep."""
    return re.sub(r"[^\r\n]", " ", text)


def strip_jsonc(text: str, path: str, trailing_commas: bool = False) -> str:
    """JSON with ``//`` and ``/* */`` comments (and, when ``trailing_commas``, a comma before ``}`` or
    ``]``) -> plain JSON of the same length: each comment and accepted trailing comma becomes spaces,
    line breaks kept, so every offset, line and column of the result is the original's. Text inside
    strings is never touched (``"https://..."`` is not a comment). Anything else that is not JSON is
    left for the JSON parser to refuse. Raises :class:`InputError` for an unterminated comment."""
    if "/" in text:
        out: list[str] = []
        at = pos = 0
        while (m := _JSONC_TOKEN.search(text, pos)) is not None:
            token = m.group()
            if token == "//":
                end = text.find("\n", m.end())
                end = len(text) if end < 0 else end
            elif token == "/*":
                end = text.find("*/", m.end())
                if end < 0:
                    line = text.count("\n", 0, m.start()) + 1
                    raise InputError(f"{path}: not valid JSON (line {line}): a /* comment is never closed")
                end += 2
            else:
                pos = m.end()  # a string: skipped whole
                continue
            out += [text[at:m.start()], _blank(text[m.start():end])]
            at = pos = end
        out.append(text[at:])
        text = "".join(out)
    if trailing_commas and "," in text:
        text = _TRAILING_COMMA.sub(lambda m: " " if m.group() == "," else m.group(), text)
    return text


def load_jsonc(text: str, path: str, trailing_commas: bool = False) -> object:
    """Parse JSON with comments (Chrome's ``manifest.json``, uni-app's ``manifest.json``) as
    :func:`load_json` does, every string with its position in the original text, by parsing
    :func:`strip_jsonc`'s result. Trailing commas are accepted only when ``trailing_commas``."""
    plain = strip_jsonc(text, path, trailing_commas)
    if not trailing_commas and "," in plain:
        for m in _TRAILING_COMMA.finditer(plain):
            if m.group() == ",":
                line, column = LineIndex(plain).position(m.start())
                raise InputError(f"{path}: not valid JSON (line {line}, column {column}): a trailing comma before a closing bracket")
    return load_json(plain, path)


# ---------------------------------------------------------------------------------------------- YAML


def load_yaml(text: str, path: str) -> object:
    """Parse the first YAML document safely, keeping the position of every string.

    Built from the parser's events rather than PyYAML's composer and constructor, so that nothing but
    plain data is ever created (no tags are honoured beyond the YAML 1.1 core scalars), nesting and
    alias expansion are bounded before they cost anything, and every scalar keeps its position.
    Merge keys (``<<: *base``) are applied; other aliases are shared, not copied, and counted.
    """
    import yaml  # lazy: only YAML manifests pay for it
    from yaml.constructor import ConstructorError, SafeConstructor
    from yaml.events import (
        AliasEvent, DocumentEndEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
        SequenceStartEvent,
    )
    from yaml.nodes import ScalarNode
    from yaml.resolver import Resolver

    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolver = Resolver()
    constructor = SafeConstructor()
    anchors: dict[str, tuple[object, int]] = {}
    # Each open container: [value, size, anchor, pending key (mappings), key seen?]
    stack: list[list] = []
    root: list = []
    expanded = 0
    aliases = 0

    def fail(message: str, mark) -> InputError:
        line = f" (line {mark.line + 1})" if mark is not None else ""
        return InputError(f"{path}: {message}{line}; refusing to read it")

    def text_of(event) -> Pos:
        return Pos(event.value, event.start_mark.line + 1, event.start_mark.column + 1)

    def scalar(event) -> object:
        if event.tag == "!":
            return text_of(event)  # the non-specific tag of a quoted scalar: a string
        tag = event.tag or resolver.resolve(ScalarNode, event.value, event.implicit)
        if tag == "tag:yaml.org,2002:merge":
            key = text_of(event)
            key.merge = True
            return key
        if tag not in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
            return text_of(event)  # strings, timestamps, binary and unknown tags: kept as text, never constructed
        try:
            return constructor.construct_object(ScalarNode(tag, event.value, event.start_mark, event.end_mark))
        except (ConstructorError, ValueError):
            return text_of(event)

    def add(value: object, size: int, count: int, mark) -> None:
        """Put a finished node into the open container; ``count`` nodes more in the expanded tree."""
        nonlocal expanded
        expanded += count
        if expanded > MAX_YAML_NODES:
            raise fail(f"YAML aliases expand to more than {MAX_YAML_NODES:,} nodes", mark)
        if not stack:
            root.append(value)
            return
        top = stack[-1]
        top[1] += size
        container = top[0]
        if isinstance(container, list):
            container.append(value)
        elif not top[4]:
            if isinstance(value, (dict, list)):
                value = Pos(repr(value)[:200], mark.line + 1, mark.column + 1)  # a complex key: kept as text
            top[3], top[4] = value, True
        else:
            key = top[3]
            top[3], top[4] = None, False
            if getattr(key, "merge", False):
                for merged in value if isinstance(value, list) else [value]:
                    if isinstance(merged, dict):
                        for k, v in merged.items():
                            container.setdefault(k, v)
                return
            container.pop(key, None)
            container[key] = value

    try:
        for event in yaml.parse(text, Loader=loader_cls):
            if isinstance(event, ScalarEvent):
                value = scalar(event)
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
                add(value, 1, 1, event.start_mark)
            elif isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    raise fail(f"YAML nested more than {MAX_DEPTH} levels deep", event.start_mark)
                expanded += 1
                stack.append([{} if isinstance(event, MappingStartEvent) else [], 1, event.anchor, None, False])
            elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
                value, size, anchor, _, _ = stack.pop()
                if anchor:
                    anchors[anchor] = (value, size)
                add(value, size, 0, event.start_mark)  # it and its children are already counted
            elif isinstance(event, AliasEvent):
                aliases += 1
                if aliases > MAX_YAML_ALIASES:
                    raise fail(f"more than {MAX_YAML_ALIASES} YAML aliases", event.start_mark)
                if event.anchor not in anchors:
                    raise fail(f"YAML alias *{event.anchor} refers to no finished anchor", event.start_mark)
                value, size = anchors[event.anchor]
                add(value, size, size, event.start_mark)
            elif isinstance(event, DocumentEndEvent):
                break
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise InputError(f"{path}: not valid YAML{at}: {one_line(problem)}") from None
    except RecursionError:
        raise InputError(f"{path}: YAML nested too deeply; refusing to read it") from None
    return root[0] if root else None
