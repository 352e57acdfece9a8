"""Markdown rendered as GitHub renders it (cmark-gfm, through the ``cmarkgfm`` package), and the HTML
taken apart, for the tests of ``--format markdown`` (tests/test_markdown.py, tests/test_output_safety.py).

cmark-gfm is GitHub's own Markdown engine. GitHub then runs filters over the HTML's text that
cmark-gfm does not (mentions, issue references, commit links, emoji): :func:`inert` checks the text those filters
see, everything outside ``<code>`` and ``<a>``, for what they would act on.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import cmarkgfm
from cmarkgfm.cmark import Options

# What our reports are made of: headings, lists, bold labels, tables, code, the revocation link,
# and the <details> block around the scope table.
ALLOWED_TAGS = frozenset({"h2", "h3", "p", "ul", "li", "strong", "table", "thead", "tbody", "tr", "th", "td", "code", "a", "details", "summary"})
# What GitHub's filters act on in text outside code and links.
MENTION = re.compile(r"(?<![A-Za-z0-9])@[A-Za-z0-9]")
REFERENCE = re.compile(r"#\d|(?<![A-Za-z0-9])GH-\d", re.I)
EMOJI = re.compile(r":[a-z0-9_+-]+:")
COMMIT = re.compile(r"(?<![A-Za-z0-9])(?=[0-9]*[a-fA-F])[0-9a-fA-F]{7,40}(?![A-Za-z0-9])")


def catalog_links() -> set[str]:
    """Every address in the catalog's revocation texts: the only links a report may make."""
    from auditor.catalog import load_catalog

    out = set()
    for meta in load_catalog().providers.values():
        for text in (meta.get("revoke") or "", meta.get("revoke_zh") or ""):
            out |= {url.rstrip(".,;:") for url in re.findall(r"https?://[!-~]+", text)}
    return out


def _labels() -> re.Pattern[str]:
    """What the reports set in bold: their own labels, in English and Chinese."""
    from auditor import i18n

    words = {i18n.level(name, lang) for name in ("critical", "high", "medium", "low", "none", "info") for lang in ("en", "zh")}
    for lang in ("en", "zh"):
        words |= {i18n.t("exposure", lang), i18n.t("revoke", lang)}
    words |= {"Files that could not be read", "无法读取的文件", "Not audited, or the gate lowered", "未审计或门槛被放宽"}
    findings = "|".join(re.escape(i18n.t("findings", lang, n=0)).replace("0", r"\d+") for lang in ("en", "zh"))
    return re.compile("|".join(map(re.escape, sorted(words))) + "|" + findings)


LABELS = _labels()


def to_html(markdown: str) -> str:
    """The HTML cmark-gfm makes of ``markdown`` with GitHub's extensions (tables, autolinks,
    strikethrough, task lists, tag filter). With CMARK_OPT_UNSAFE raw HTML is kept, as GitHub keeps
    it for its sanitizer: in cmark's default safe mode injected HTML would become a comment and
    hide from the test."""
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


class Page(HTMLParser):
    """One rendered page: its tags, comments, links, code elements, table rows and the text outside
    code and links."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html = html
        self.tags: list[str] = []
        self.comments: list[str] = []
        self.links: list[tuple[str, str]] = []  # (href, text)
        self.codes: list[str] = []  # the text of each <code> element
        self.rows: list[list[str]] = []  # the text of each cell, row by row (a <th> row too)
        self.items: list[str] = []  # the text of each <li>
        self.paragraphs: list[str] = []  # the text of each <p>
        self.strong: list[str] = []  # the text of each <strong>
        self.outside: list[str] = []  # each text node outside <code> and <a>
        self.text: list[str] = []  # all text
        self._open: list[tuple[str, dict, list[str]]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        self._open.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        while self._open:
            name, attrs, parts = self._open.pop()
            text = "".join(parts)
            if self._open:
                self._open[-1][2].append(text)
            if name == "code":
                self.codes.append(text)
            elif name == "a":
                self.links.append((attrs.get("href", ""), text))
            elif name in ("td", "th") and self.rows:
                self.rows[-1].append(text)
            elif name == "li":
                self.items.append(text)
            elif name == "p":
                self.paragraphs.append(text)
            elif name == "strong":
                self.strong.append(text)
            if name == tag:
                break

    def handle_data(self, data):
        self.text.append(data)
        if self._open:
            self._open[-1][2].append(data)
        if not any(name in ("code", "a") for name, _, _ in self._open):
            self.outside.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_pi(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.comments.append(decl)

    def unknown_decl(self, data):
        self.comments.append(data)


def render(markdown: str) -> Page:
    return Page(to_html(markdown))


def inert(markdown: str, links: set[str] | frozenset[str] = frozenset()) -> Page:
    """Render ``markdown`` and check that nothing in it is markup we did not write: only the tags of
    :data:`ALLOWED_TAGS`, no HTML comment, bold only on our own labels, no link but to one of ``links`` (its text the address
    itself), no backslash-mangled address (``%5C``), every table row as wide as its header, and no
    mention, issue reference, commit hash, emoji or bare address in a text node outside code and
    links."""
    page = render(markdown)
    assert set(page.tags) <= ALLOWED_TAGS, sorted(set(page.tags) - ALLOWED_TAGS)
    assert not page.comments, page.comments
    for text in page.strong:
        assert LABELS.fullmatch(text), ("bold that is not one of our labels", text)
    for href, text in page.links:
        assert href in links and text == href, (href, text)
    assert "%5C" not in page.html and "%5c" not in page.html
    _tables_intact(markdown)
    for node in page.outside:  # GitHub's filters read one text node at a time
        for pattern in (MENTION, REFERENCE, EMOJI, COMMIT):
            assert not pattern.search(node), (pattern.pattern, pattern.search(node).group(), node[:300])
        assert "://" not in node and "www." not in node.lower(), node[:300]
    return page


_DELIMITER_ROW = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")
_END = "ROWEND7f3a"


def _tables_intact(markdown: str) -> None:
    """No table row holds more cells than its header. cmark-gfm drops a row's excess cells, so the
    rendered row alone cannot tell: each row gets a last cell ``ROWEND7f3a`` and the header eight
    spare columns, and that cell must come out in the header's column in every row."""
    lines = markdown.split("\n")
    tables = 0
    for i in range(1, len(lines)):
        if _DELIMITER_ROW.match(lines[i]) and lines[i - 1].startswith("|"):
            tables += 1
            lines[i - 1] += f" {_END} |" + " spare |" * 8
            lines[i] += "---|" * 9
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                lines[j] += f" {_END} |"
                j += 1
    page = render("\n".join(lines))
    found = _tables(page)
    assert len(found) == tables, (len(found), tables)
    for table in found:
        header, *rows = table
        column = header.index(_END)
        for row in rows:
            assert row[column] == _END and row.count(_END) == 1, ("a table row split into more cells", row)


def _tables(page: Page) -> list[list[list[str]]]:
    """The rows of each table, in order: a table starts at each <thead>."""
    tables: list[list[list[str]]] = []
    row = 0
    for tag in page.tags:
        if tag == "thead":
            tables.append([])
        elif tag == "tr":
            if tables:
                tables[-1].append(page.rows[row])
            row += 1
    return tables
