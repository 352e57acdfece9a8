"""Manifests written as TypeScript or JavaScript, read statically: parsed with tree-sitter, never run.

Extension and app frameworks let projects write their manifest as code (CRXJS ``defineManifest``,
WXT ``defineConfig({manifest})``, Taro ``defineAppConfig``, the Deno Slack SDK's ``Manifest``). This
module parses such a file with tree-sitter's TypeScript or JavaScript grammar and turns the literal
parts of the manifest into the same trees :mod:`auditor.sources.manifests._parse` gives for JSON:
``dict`` (an :class:`Obj`), ``list``, numbers, booleans, ``None``, and every string a :class:`Pos`
with the line and column of its opening quote. Nothing is evaluated and nothing is imported.

What is a literal: object and array literals, quoted strings, template strings without ``${}``,
numbers, ``true``/``false``/``null``/``undefined``, a minus sign before a number, and these wrappers
around a literal, which change no value: parentheses, ``as T``, ``as const``, ``satisfies T``,
``<T>x`` and ``x!``. Everything else (an identifier, a property of another value, a call, a spread
``...x``, a template with ``${}``, arithmetic, a conditional, a function, a computed key ``[k]``) is
an :class:`Unknown` recording what it is and where: the value is not guessed. A spread or a computed
key in an object is kept on the object (:attr:`Obj.unknown`), since it may add any key.

:func:`unread` lists the unknowns on the paths where a format keeps its scopes, and
:func:`incomplete_request` turns them into the request that makes the report say the file was not
fully audited (rule OA701): a scope the reader could not read never passes for no scope.

tree-sitter is imported only when a code manifest is read. Limits: nesting deeper than
:data:`~auditor.sources.manifests._parse.MAX_DEPTH` is refused, and so is a file the grammar cannot
parse (one line naming the first error's line and column).
"""

from __future__ import annotations

import bisect
from collections import namedtuple

from auditor.errors import InputError
from auditor.sources.manifests._parse import MAX_DEPTH, Pos

# Parsed grammars, by language name: building a Language costs a few milliseconds.
_LANGUAGES: dict[str, object] = {}
_JS_SUFFIXES = (".js", ".mjs", ".cjs", ".jsx")
_WRAPPERS = {"parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion"}
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
MAX_SNIPPET = 40


class Unknown(namedtuple("Unknown", "what text line column")):
    """A value the static reader does not evaluate. ``what``: what kind of expression it is (``"an
    identifier"``, ``"a spread"``, ``"a function call"``...); ``text``: the expression as written, on
    one line and cut to :data:`MAX_SNIPPET` characters; ``line``, ``column``: 1-based, in characters."""

    __slots__ = ()


class Obj(dict):
    """An object literal's known keys and values; ``unknown`` holds its spreads (``...base``) and
    computed keys (``[name]: value``), each an :class:`Unknown`: either may add any key."""

    unknown: list

    def __init__(self) -> None:
        super().__init__()
        self.unknown = []


# What each kind of expression is called in reports, in English and in Chinese.
KINDS_ZH = {
    "an identifier": "标识符",
    "a property of another value": "其他值的属性",
    "a function call": "函数调用",
    "a spread": "展开语法",
    "a template with substitutions": "带替换的模板字符串",
    "a computed key": "计算得出的键",
    "a function": "函数",
    "a function body with statements": "含语句的函数体",
    "an expression": "表达式",
    "a conditional": "条件表达式",
    "an environment variable substituted at build time": "构建时替换的环境变量",
}
_KIND_OF = {
    "identifier": "an identifier",
    "member_expression": "a property of another value",
    "subscript_expression": "a property of another value",
    "call_expression": "a function call",
    "new_expression": "a function call",
    "await_expression": "a function call",
    "template_string": "a template with substitutions",
    "arrow_function": "a function",
    "function_expression": "a function",
    "function": "a function",
    "ternary_expression": "a conditional",
}


def _language(name: str):
    if name not in _LANGUAGES:
        import tree_sitter

        if name == "javascript":
            import tree_sitter_javascript as grammar

            _LANGUAGES[name] = tree_sitter.Language(grammar.language())
        else:
            import tree_sitter_typescript as grammar

            _LANGUAGES[name] = tree_sitter.Language(grammar.language_typescript())
    return _LANGUAGES[name]


def language_for(path: str) -> str:
    """``"javascript"`` for ``.js``, ``.mjs``, ``.cjs``, ``.jsx``; ``"typescript"`` otherwise."""
    return "javascript" if path.lower().endswith(_JS_SUFFIXES) else "typescript"


class Code:
    """A parsed source file: its tree, and positions in characters for its nodes."""

    def __init__(self, text: str, path: str, language: str | None = None) -> None:
        import tree_sitter

        self.path = path
        self.language = language or language_for(path)
        data = text.encode("utf-8")
        self.lines = data.split(b"\n")
        self._char_starts: dict[int, list[int] | None] = {}
        self.tree = tree_sitter.Parser(_language(self.language)).parse(data)
        root = self.tree.root_node
        if root.has_error:
            error = _first_error(root)
            line, column = self.position(error)
            name = "JavaScript" if self.language == "javascript" else "TypeScript"
            if error.is_missing:
                why = f": {error.type if error.type.isidentifier() else repr(error.type)} expected"
            elif not data[error.end_byte:].strip():
                why = ": the file ends before what starts here is closed"
            else:
                why = ""
            raise InputError(f"{path}: not valid {name} (line {line}, column {column}){why}; refusing to read it")

    def position(self, node) -> tuple[int, int]:
        """1-based line and column (in characters) where ``node`` starts.

        tree-sitter counts columns in bytes. Each line is looked at once: an ASCII line's columns are
        its bytes, and a line with other text has the byte offset of each of its characters listed,
        so every position costs a search, not a pass over the line (a one-line file of 200,000
        strings would otherwise read that line 200,000 times)."""
        row, byte_column = node.start_point
        if row not in self._char_starts:
            line = self.lines[row]
            self._char_starts[row] = None if line.isascii() else [i for i, b in enumerate(line) if b & 0xC0 != 0x80]
        starts = self._char_starts[row]
        if starts is None:  # an ASCII line: bytes are characters
            return row + 1, byte_column + 1
        return row + 1, bisect.bisect_left(starts, byte_column) + 1

    def text(self, node) -> str:
        return node.text.decode("utf-8", "replace")

    def calls(self, names: tuple[str, ...]) -> list:
        """The argument lists of every call of a plain function named in ``names``
        (``defineManifest({...})``), in the order they are written."""
        import tree_sitter

        quoted = " ".join(f'"{n}"' for n in names)
        query = tree_sitter.Query(
            _language(self.language), f"(call_expression function: (identifier) @fn arguments: (arguments) @args (#any-of? @fn {quoted}))"
        )
        found = tree_sitter.QueryCursor(query).captures(self.tree.root_node).get("args", [])
        return sorted(found, key=lambda n: n.start_byte)

    def default_export(self):
        """The expression after ``export default`` at the top level, or None."""
        for node in self.tree.root_node.named_children:
            if node.type == "export_statement" and any(c.type == "default" for c in node.children):
                value = node.child_by_field_name("value")
                if value is not None:
                    return value
        return None

    def property(self, node, key: str):
        """The value node of ``key`` in an object literal node (the last, if repeated), or None."""
        node = self._unwrap(node)
        found = None
        if node.type == "object":
            for child in node.named_children:
                if child.type == "pair":
                    k = self._key(child.child_by_field_name("key"))
                    if not isinstance(k, Unknown) and k == key:
                        found = child.child_by_field_name("value")
        return found

    def entry(self, names: tuple[str, ...]):
        """The node a framework's manifest file gives its manifest as: the first argument of the first
        call of a function in ``names`` (``defineManifest({...})``), else the ``export default``
        expression, else None."""
        for args in self.calls(names):
            first = self.first_argument(args)
            if first is not None:
                return first
        return self.default_export()

    def first_argument(self, args):
        named = [c for c in args.named_children if c.type != "comment"]
        return named[0] if named else None

    def unknown(self, node, what: str | None = None) -> Unknown:
        line, column = self.position(node)
        snippet = " ".join(self.text(node).split())
        if len(snippet) > MAX_SNIPPET:
            snippet = snippet[: MAX_SNIPPET - 1] + "…"
        return Unknown(what or _KIND_OF.get(node.type, "an expression"), snippet, line, column)

    def returned(self, node):
        """``node`` without wrappers; for a function (``(env) => ({...})``), the expression it returns
        when its body is that expression or a block holding only ``return EXPR``; None for a function
        with any other statement (it could change what is returned)."""
        node = self._unwrap(node)
        if node.type not in ("arrow_function", "function_expression", "function"):
            return node
        body = node.child_by_field_name("body")
        if body is None:
            return None
        if body.type != "statement_block":
            return self._unwrap(body)
        statements = [c for c in body.named_children if c.type != "comment"]
        if len(statements) == 1 and statements[0].type == "return_statement":
            returned = [c for c in statements[0].named_children if c.type != "comment"]
            if returned:
                return self._unwrap(returned[0])
        return None

    def manifest(self, node):
        """The value of a manifest given as ``node``: a literal as :meth:`literal` reads it, or for a
        function (``defineManifest((env) => ({...}))``) that of the expression it returns
        (:meth:`returned`); an :class:`Unknown` for a function with other statements."""
        inner = self.returned(node)
        if inner is None:
            return self.unknown(self._unwrap(node), "a function body with statements")
        return self.literal(inner)

    def _unwrap(self, node, depth: int = 0):
        while node.type in _WRAPPERS:
            inner = [c for c in node.named_children if c.type != "comment"]
            if not inner:
                break
            node = inner[-1] if node.type == "type_assertion" else inner[0]
            depth += 1
            if depth > MAX_DEPTH:
                self._too_deep(node)
        return node

    def _too_deep(self, node):
        line, _ = self.position(node)
        raise InputError(f"{self.path}: code nested more than {MAX_DEPTH} levels deep (line {line}); refusing to read it")

    def literal(self, node, depth: int = 0):
        """The value of a literal expression; an :class:`Unknown` for anything computed."""
        if depth > MAX_DEPTH:
            self._too_deep(node)
        node = self._unwrap(node, depth)
        kind = node.type
        if kind == "string":
            line, column = self.position(node)
            return Pos(_string_value(self, node), line, column)
        if kind == "template_string":
            if any(c.type == "template_substitution" for c in node.named_children):
                return self.unknown(node)
            line, column = self.position(node)
            return Pos(_string_value(self, node), line, column)
        if kind == "number":
            return _number(self.text(node))
        if kind in ("true", "false"):
            return kind == "true"
        if kind == "null" or (kind in ("undefined", "identifier") and self.text(node) == "undefined"):
            return None
        if kind == "unary_expression":
            operand = node.child_by_field_name("argument")
            operator = node.child_by_field_name("operator")
            if operand is not None and operator is not None and operator.type == "-" and self._unwrap(operand).type == "number":
                value = _number(self.text(self._unwrap(operand)))
                return -value if isinstance(value, (int, float)) else self.unknown(node)
            return self.unknown(node)
        if kind == "array":
            items: list = []
            for child in node.named_children:
                if child.type == "comment":
                    continue
                if child.type == "spread_element":
                    items.append(self.unknown(child, "a spread"))
                else:
                    items.append(self.literal(child, depth + 1))
            return items
        if kind == "object":
            out = Obj()
            for child in node.named_children:
                if child.type == "comment":
                    continue
                if child.type == "pair":
                    key_node = child.child_by_field_name("key")
                    value_node = child.child_by_field_name("value")
                    key = self._key(key_node)
                    if isinstance(key, Unknown):
                        out.unknown.append(key)
                        continue
                    out.pop(key, None)  # a repeated key: the last one wins, as in JavaScript
                    out[key] = self.literal(value_node, depth + 1) if value_node is not None else None
                elif child.type == "shorthand_property_identifier":  # { permissions }
                    line, column = self.position(child)
                    out[Pos(self.text(child), line, column)] = self.unknown(child, "an identifier")
                elif child.type == "method_definition":
                    name = child.child_by_field_name("name")
                    key = self._key(name) if name is not None else self.unknown(child, "a computed key")
                    if isinstance(key, Unknown):
                        out.unknown.append(key)
                    else:
                        out[key] = self.unknown(child, "a function")
                elif child.type == "spread_element":
                    out.unknown.append(self.unknown(child, "a spread"))
                else:
                    out.unknown.append(self.unknown(child, "a computed key"))
            return out
        return self.unknown(node)

    def _key(self, node):
        line, column = self.position(node)
        if node.type in ("property_identifier", "private_property_identifier", "identifier"):
            return Pos(self.text(node), line, column)
        if node.type == "string":
            return Pos(_string_value(self, node), line, column)
        if node.type == "number":
            return Pos(str(_number(self.text(node))), line, column)
        return self.unknown(node, "a computed key")


def _first_error(node):
    """The first ERROR or MISSING node, descending only into subtrees that hold one."""
    while True:
        if node.is_error or node.is_missing:
            return node
        for child in node.children:
            if child.has_error or child.is_missing:
                node = child
                break
        else:
            return node


def _number(text: str):
    clean = text.replace("_", "")
    try:
        return int(clean, 0) if not any(c in clean for c in ".eE") or clean[:2].lower() == "0x" else float(clean)
    except ValueError:
        return clean


def _string_value(code: Code, node) -> str:
    """A string or template literal's value: its fragments with JavaScript's escapes decoded."""
    parts: list[str] = []
    for child in node.named_children:
        if child.type == "escape_sequence":
            parts.append(_unescape(code.text(child)))
        elif child.type == "string_fragment":
            parts.append(code.text(child))
    return "".join(parts)


def _unescape(seq: str) -> str:
    body = seq[1:]
    if not body or body[0] in "\r\n\u2028\u2029":
        return ""  # a line continuation
    if body[0] in _ESCAPES and len(body) == 1:
        return _ESCAPES[body[0]]
    try:
        if body[0] == "x" and len(body) == 3:
            return chr(int(body[1:], 16))
        if body[0] == "u":
            digits = body[2:-1] if body.startswith("u{") else body[1:]
            return chr(int(digits, 16))
    except (ValueError, OverflowError):
        return seq
    return body


# ------------------------------------------------------------------------------------- what was not read


def unread(doc, paths: tuple[str, ...], root: str = "the manifest") -> list[tuple[str, Unknown]]:
    """The unknown values on the paths where a format keeps what it asks for, in document order.

    Each path is dotted keys, with ``[]`` for every item of a list and ``{}`` for every value of an
    object: ``"permissions"``, ``"oauth2.scopes"``, ``"content_scripts[].matches"``,
    ``"permission{}.desc"``. Reported: an unknown at the end of a path or on the way there
    (``oauth2: OAUTH``), an unknown item or value of the list or object a path ends at
    (``permissions: ["tabs", EXTRA]``), and the spreads and computed keys of every object on a path
    (``{...base, permissions: [...]}``: the spread could hold ``permissions`` itself). Each item is
    ``(where, unknown)``, ``where`` naming the value's place (``permissions[1]``, ``the manifest``).
    """
    found: dict[tuple[int, int], tuple[str, Unknown]] = {}

    def add(where: str, value: Unknown) -> None:
        found.setdefault((value.line, value.column), (where, value))

    def objects_unknown(value, where: str) -> None:
        for u in getattr(value, "unknown", ()):
            add(where, u)

    def visit(value, segments: list[str], where: str) -> None:
        if isinstance(value, Unknown):
            add(where, value)
            return
        objects_unknown(value, where)
        if not segments:
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, Unknown):
                        add(f"{where}[{i}]", item)
            elif isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, Unknown):
                        add(f"{where}.{key}", item)
            return
        head, rest = segments[0], segments[1:]
        if head == "[]":
            if isinstance(value, list):
                for i, item in enumerate(value):
                    visit(item, rest, f"{where}[{i}]")
        elif head == "{}":
            if isinstance(value, dict):
                for key, item in value.items():
                    visit(item, rest, f"{where}.{key}")
        elif isinstance(value, dict) and head in value:
            visit(value[head], rest, head if where == root else f"{where}.{head}")

    if isinstance(doc, Unknown):
        add(root, doc)
    objects_unknown(doc, root)
    for path in paths:
        visit(doc, [s for s in path.replace("[]", ".[]").replace("{}", ".{}").split(".") if s], root)
    return sorted(found.values(), key=lambda item: (item[1].line, item[1].column))


MAX_LISTED = 5
# The names :func:`requests_from` gives a whole manifest or configuration, in Chinese (a key path
# such as ``permissions[1]`` is shown as written in both languages).
ROOTS_ZH = {"the manifest": "清单", "the configuration": "配置"}


def _messages(path: str, items: list[tuple[str, Unknown]]) -> tuple[str, str]:
    """What was not read, where and why, in English and in Chinese (one line each)."""

    def en(where: str, u: Unknown) -> str:
        return f"{where} at line {u.line}, column {u.column} is {u.what} ({u.text})"

    def zh(where: str, u: Unknown) -> str:
        return f"第 {u.line} 行第 {u.column} 列的 {ROOTS_ZH.get(where, where)} 是{KINDS_ZH.get(u.what, '表达式')}（{u.text}）"

    shown = items[:MAX_LISTED]
    more = len(items) - len(shown)
    listed = "; ".join(en(w, u) for w, u in shown) + (f"; and {more} more" if more else "")
    listed_zh = "；".join(zh(w, u) for w, u in shown) + (f"；另有 {more} 处" if more else "")
    values = "a value" if len(items) == 1 else f"{len(items)} values"
    return (
        f"Not fully audited: {path} gives {values} the reader cannot know from the file where the manifest names what it "
        f"asks for: {listed}. Only literal values are read (code is never run), so whatever these add was not audited.",
        f"未完整审计：{path} 在清单声明所申请权限的位置有 {len(items)} 个值无法从文件本身得知：{listed_zh}。"
        f"只读取字面值（从不运行代码），因此这些值添加的内容未经审计。",
    )


def incomplete_params(path: str, items: list[tuple[str, Unknown]]) -> tuple[tuple[str, str], ...]:
    """The parameters that make rule OA701 report a request as not fully audited (at high): a
    request read from a manifest with these unknowns never passes for one whose scopes are known."""
    message, message_zh = _messages(path, items)
    first = items[0][1]
    return (("incomplete", message), ("incomplete_zh", message_zh), ("incomplete_at", f"{first.line}:{first.column}"))


def incomplete_request(path: str, items: list[tuple[str, Unknown]]):
    """A request that stands for a manifest nothing could be read from (``defineManifest(config)``):
    kind ``incomplete``, reported by OA701."""
    from auditor.rules.completeness import incomplete

    first = items[0][1]
    return incomplete(path, *_messages(path, items), at=f"{first.line}:{first.column}")


def requests_from(path: str, doc, paths: tuple[str, ...], build, root: str = "the manifest", around: list | None = None, owner=None) -> list:
    """A code manifest's requests: ``build(doc)`` for what was read, each carrying
    :func:`incomplete_params` for the unknown values on ``paths`` that concern it (and those
    ``around`` lists, found outside ``doc``: a spread beside the key that holds it).

    ``owner(where)`` names the provider whose request an unknown concerns (Chrome's ``oauth2.scopes``:
    Google), or None for every request; without ``owner``, or when that provider has no request
    (``oauth2: OAUTH`` gives no Google request), an unknown concerns every request of the file. A
    manifest that is itself unknown, or one that gives no request, gives only an ``incomplete`` one."""
    items = list(around or ())
    if isinstance(doc, Unknown):
        return [incomplete_request(path, items + [(root, doc)])]
    if not isinstance(doc, dict):
        raise InputError(f"{path}: expected {root} to be an object literal, found {type(doc).__name__}")
    out = build(doc)
    items = sorted(items + unread(doc, paths, root), key=lambda item: (item[1].line, item[1].column))
    if not items:
        return out
    if not out:
        return [incomplete_request(path, items)]
    providers = {r.provider_id for r in out}
    result = []
    for req in out:
        mine = []
        for where, u in items:
            p = owner(where) if owner is not None else None
            if p is None or p == req.provider_id or p not in providers:
                mine.append((where, u))
        result.append(req._replace(params=req.params + incomplete_params(path, mine)) if mine else req)
    return result


def with_urls(path: str, text: str, catalog, requests: list) -> list:
    """``requests`` and, after them, those of the authorization URLs written in the file (as the text
    reader finds them in any source file): a manifest written as code is still code."""
    from auditor.sources.manifests import text as text_reader

    return requests + text_reader.parse(path, text, catalog)
