"""``--format markdown`` as GitHub shows it: the real command line's output rendered by cmark-gfm
(tests/gfm.py), and the HTML checked.

URLs, scopes, paths and client ids read exactly as written (no backslash, no ``%5C`` link), inside
``<code>``; the only links are the revocation pages of our catalog; hostile app names, scopes,
redirect URIs and file names never become markup, HTML, links, mentions or references, and never
break a table. Property tests: any text put through ``code()`` or ``md()`` renders back to exactly
its visible form.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.render.markdown import code, md, prose
from auditor.render.safe import visible

from . import gfm
from .conftest import WORM_URL, check_snapshot, run_cli

hypothesis = pytest.importorskip("hypothesis", reason="property tests need hypothesis (the 'test' extra)")
from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Derandomised, with no example database: repeatable in CI, and nothing written to the checkout.
PROPERTY = settings(max_examples=400, deadline=None, derandomize=True, database=None)
ADVERSARIAL = [(item["id"], item["text"] * item.get("repeat", 1)) for item in json.loads((Path(__file__).parent / "adversarial" / "strings.json").read_text("utf-8"))]
# Issue 17's list of what a pull-request comment must never turn into markup, links or mentions.
HOSTILE = [
    ("script", "<script>alert(1)</script>"),
    ("javascript-link", "[x](javascript:alert(1))"),
    ("autolink", "https://evil.example/phish and www.evil.example and <https://evil.example/>"),
    ("email", "admin@evil.example"),
    ("backticks", "``a` ```b"),
    ("pipes", "a|b || c | `d|e`"),
    ("emphasis", "*bold* _it_ **b** __u__ ~~s~~ ~t~"),
    ("newlines", "line1\nline2\r\n- item\n# heading\n> quote\n\n| a | b |\n|---|---|"),
    ("comment", "<!-- hidden -->"),
    ("entities", "&lt;b&gt; &amp; &#64;octocat &#x23;1 &copy;"),
    ("mention", "@octocat @github/security"),
    ("reference", "#123 GH-45 octo/repo#6 deadbeef1234567"),
    ("emoji", ":warning: :+1:"),
    ("math", "$x^2$ $`y`$"),
    ("image", "![x](https://evil.example/p.png)"),
    ("footnote", "[^1] [x]: https://evil.example/"),
    ("backslashes", "\\* \\` \\\\ \\|"),
    ("trailing-space", "x  "),
]
VALUES = HOSTILE + [(f"adversarial-{name}", text) for name, text in ADVERSARIAL if len(text) < 1000]
LINKS = gfm.catalog_links()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


# The real output ----------------------------------------------------------------------------------


def test_scan_shows_urls_exactly_as_text_in_code():
    out = run_cli("scan", WORM_URL, "--format", "markdown").stdout
    check_snapshot("scan-worm.md", out)
    page = gfm.inert(out, LINKS)
    assert "\\" not in "".join(page.text), "a backslash shows on the page"
    assert "https://mail.google.com/" in page.codes and "https://www.googleapis.com/auth/contacts" in page.codes
    assert "https://googledocs.g-cloud.pro/" in page.codes  # the redirect URI
    assert "x.apps.googleusercontent.com" in page.codes  # the client id
    # the one link: the provider's revocation page
    assert page.links == [("https://myaccount.google.com/connections", "https://myaccount.google.com/connections")]
    # every scope, in the scope table and in each finding's message, is code, never prose
    scope_rows = [row for row in page.rows if len(row) == 2][1:]
    assert [row[0] for row in scope_rows] == ["https://mail.google.com/", "https://www.googleapis.com/auth/contacts"]
    assert "mail.google.com" not in "".join(page.outside)
    # our own prose needs no escape: none is written where none is needed
    assert "\\(" not in out and "\\." not in out and "\\-" not in out


def test_scan_in_chinese_keeps_scopes_in_code_between_chinese_words():
    out = run_cli("scan", WORM_URL, "--format", "markdown", "--lang", "zh").stdout
    page = gfm.inert(out, LINKS)
    assert "https://mail.google.com/" in page.codes and "mail.google.com" not in "".join(page.outside)
    assert page.links == [("https://myaccount.google.com/connections", "https://myaccount.google.com/connections")]


@pytest.mark.parametrize("name,value", VALUES, ids=[v[0] for v in VALUES])
def test_hostile_app_name_scope_and_redirect_stay_text(tmp_path, capsys, monkeypatch, name, value):
    monkeypatch.chdir(tmp_path)
    doc = {
        "display_information": {"name": value},
        "oauth_config": {"scopes": {"bot": ["chat:write", value]}, "redirect_urls": ["https://a.example/" + value]},
    }
    Path("manifest.json").write_text(json.dumps(doc), encoding="utf-8")
    code_, out, err = run(capsys, "scan", "manifest.json", "--format", "markdown", "--fail-on", "never", "--lang", "en")
    assert code_ == 0, err
    page = gfm.inert(out, LINKS)
    items = {item.split(": ", 1)[0]: item.split(": ", 1)[1] for item in page.items}
    assert items["App name"] == (visible(value, 160) or " ")
    assert items["Sends you back to"] == visible("https://a.example/" + value, 200)
    assert visible(value, 120) in {row[0] for row in page.rows}  # the scope table's first column
    # the only links are the revocation page's, once
    assert [href for href, _ in page.links] == ["https://slack.com/help/articles/360003125231-Remove-apps-and-custom-integrations-from-your-workspace"]
    # the app name and redirect URI are code: every character of them but "|"
    app = out.split("- App name: ", 1)[1].split("\n", 1)[0]
    assert "".join(gfm.render(app).codes) == visible(value, 160).replace("|", "")


@pytest.fixture
def hostile_repo(tmp_path, monkeypatch):
    """A repository whose folder and file names, scopes and app name are hostile Markdown."""
    repo = tmp_path / "repo"
    folder = repo / "we|ird `*x*`_<b>@octo #12 [l](javascript:x)"
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps({
        "display_information": {"name": "<script>alert(1)</script> @octocat #1"},
        "oauth_config": {"scopes": {"bot": ["chat:write", "x|y`z`*w*_v_<i>", "[x](javascript:alert(1))", "@team #9 :+1:"]}},
    }), encoding="utf-8")
    (repo / "a`b|c <!-- d -->.md").write_text(
        "see https://accounts.google.com/o/oauth2/v2/auth?client_id=%40octocat%20%23123&response_type=token"
        "&scope=https%3A%2F%2Fmail.google.com%2F%20%60a%7Cb%60&redirect_uri=https%3A%2F%2Fevil.example%2F\n", encoding="utf-8")
    (repo / "appsscript.json").write_text('{"timeZone": ', encoding="utf-8")  # could not be read
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    monkeypatch.chdir(repo)
    return repo


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_check_summary_with_hostile_paths_and_scopes(hostile_repo, capsys, lang):
    code_, out, err = run(capsys, "check", ".", "--format", "markdown", "--fail-on", "never", "--lang", lang, "--min-severity", "info")
    assert code_ == 2, err  # appsscript.json could not be read: never a pass, even with --fail-on never
    check_snapshot(f"check-hostile-{lang}.md", out)
    page = gfm.inert(out)  # no link at all: check's summary names no revocation page
    (table,) = gfm._tables(page)
    header, *rows = table
    assert len(header) == 4 and len(rows) == out.count("\n| ") - 1
    sources = {re.fullmatch(r"(.*?)(?::\d+){0,2}", row[2]).group(1) for row in rows}
    assert sources == {"a`b|c <!-- d -->.md", "we|ird `*x*`_<b>@octo #12 [l](javascript:x)/manifest.json"}
    scopes_in_code = "".join(page.codes)
    for scope in ("x", "y`z`*w*_v_<i>", "[x](javascript:alert(1))", "`a", "b`"):
        assert scope in scopes_in_code
    # the file that could not be read: its path as code, the reader's message as text
    (item,) = [i for i in page.items if i.startswith("appsscript.json")]
    assert item.startswith("appsscript.json: appsscript.json: not valid JSON")


def test_check_summary_in_the_real_fixture_reads_as_before(tmp_path, capsys, monkeypatch):
    """tests/fixtures/check/repo: what a reviewer sees in a plain repository."""
    import shutil

    shutil.copytree(Path(__file__).parent / "fixtures" / "check" / "repo", tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo")
    _, out, _ = run(capsys, "check", ".", "--format", "markdown")
    page = gfm.inert(out)
    assert ["HIGH", "OA304", "extension/manifest.json:9:7"] in [row[:3] for row in gfm._tables(page)[0]]
    assert "extension/manifest.json:9:7" in page.codes


def test_diff_in_markdown_with_hostile_file_names_and_scopes(tmp_path, capsys, monkeypatch):
    """``oauth-audit diff --format markdown`` writes its headings and scopes with the same helpers."""
    monkeypatch.chdir(tmp_path)
    hostile = "x|y`*z*` @team #1 <b>"
    Path("old|a_b.json").write_text('{"timeZone": "UTC", "oauthScopes": ["openid"]}', encoding="utf-8")
    Path("new|a_b.json").write_text(json.dumps({"timeZone": "UTC", "oauthScopes": ["openid", "https://mail.google.com/", hostile]}), encoding="utf-8")
    _, out, _ = run(capsys, "diff", "old|a_b.json", "new|a_b.json", "--format-hint", "appsscript", "--format", "markdown", "--fail-on", "never")
    page = gfm.inert(out)
    assert "https://mail.google.com/" in page.codes and "old|a_b.json" in "".join(page.text)
    assert sum(hostile in item for item in page.items) >= 1, page.items


# Each helper --------------------------------------------------------------------------------------


def test_a_mention_or_reference_in_a_value_stays_code():
    for text in ("@octocat", "ping @github/security please", "a@b", "fixes #12", "GH-3", "x@y.example"):
        page = gfm.inert(f"x {md(text)} x")
        assert page.paragraphs == [f"x {text} x"]
        assert "@" not in "".join(page.outside) and "#" not in "".join(page.outside)


def test_fences_follow_the_longest_backtick_run():
    assert code("a") == "`a`"
    assert code("a`b") == "``a`b``"
    assert code("``x`") == "``` ``x` ```"
    assert code(" x") == "`  x `"  # a leading space: padded, since CommonMark strips one from each end
    assert code("x ") == "` x  `"
    assert code(" ") == "` `"  # a lone space is not stripped
    assert code("") == "` `"
    assert code("a|b") == "`a`\\|`b`"
    for text in ("``x`", " x", "x ", "a`b", "`", "``", " ` "):
        (got,) = gfm.render(code(text)).codes
        assert got == text


def test_a_pipe_is_the_same_character_in_a_table_cell_and_in_a_list():
    for text in ("a|b", "|", "||x||", "x|`y`|z"):
        in_list = gfm.render(f"- {code(text)}\n")
        in_cell = gfm.render(f"| h | i |\n|---|---|\n| {code(text)} | z |\n")
        assert in_list.items == [text]
        assert in_cell.rows == [["h", "i"], [text, "z"]]
        assert "".join(in_cell.codes) == text.replace("|", "")


def test_prose_escapes_only_markup_and_links_only_urls():
    assert prose("Messages and e-mail content (sensitive under GB/T 35273).") == "Messages and e-mail content (sensitive under GB/T 35273)."
    assert prose("Settings > Apps & Integrations") == "Settings > Apps & Integrations"
    assert prose("a *b* _c_ <d> &amp; [e] `f` ~g~ $h$ |") == "a \\*b\\* \\_c\\_ &lt;d> &amp;amp; \\[e\\] \\`f\\` \\~g\\~ \\$h\\$ \\|"
    assert prose("ask @admin about #12") == "ask @&#8203;admin about #&#8203;12"
    assert prose("Revoke at https://example.com/apps (settings).") == "Revoke at <https://example.com/apps> (settings)."
    assert prose("移除：https://www.strava.com/settings/apps。") == "移除：<https://www.strava.com/settings/apps>。"
    assert prose("- not a list") == "\\- not a list" and prose("1. not a list") == "1\\. not a list"
    page = gfm.inert("x " + prose("a *b* _c_ <d> &amp; [e] `f` ~g~ $h$ | @admin #12 e.g. www-ish") + " x")
    assert page.paragraphs[0].replace("\u200b", "") == "x a *b* _c_ <d> &amp; [e] `f` ~g~ $h$ | @admin #12 e.g. www-ish x"
    page = gfm.inert(prose("See https://www.spotify.com/account/apps/."), {"https://www.spotify.com/account/apps/"})
    assert page.links == [("https://www.spotify.com/account/apps/", "https://www.spotify.com/account/apps/")]


def test_md_keeps_plain_words_prose_and_puts_the_rest_in_code():
    assert md("Reads your mail through https://mail.google.com/.") == "Reads your mail through `https://mail.google.com/`."
    assert md("narrower choices: app_mentions:read, incoming-webhook.") == "narrower choices: `app_mentions:read`, incoming-webhook."
    assert md("(foo_bar(x)) and (plain) www.example.com") == "(`foo_bar(x)`) and (plain) `www.example.com`"
    assert md("可通过chat:write读取") == "可通过`chat:write`读取"
    assert md("- 1. x") == "\\- 1. x"


# Properties ---------------------------------------------------------------------------------------

# Any text: what attackers use (controls, bidi, separators, surrogates, markup) among arbitrary Unicode.
MARKUP = st.sampled_from(list("`|*_~\\[]()<>!&#@:$ \n\r\t-+=.") + ["```", "``", "**", "__", "<!--", "-->", "&amp;", "&#64;", "](", "www.", "https://", "\x1b[1m", "\u202e", "\u2028", "\ud800", "\x00"])
TEXT = st.lists(st.one_of(st.text(max_size=12), MARKUP, st.text(alphabet="`| ab", max_size=8)), max_size=12).map("".join)


@PROPERTY
@given(TEXT)
@example("")
@example(" ")
@example("`")
@example(" `` ")
@example("a\nb")
@example("\ud800")
def test_any_text_in_a_code_span_renders_back_exactly(text):
    shown = visible(text, 200) or " "
    for markdown, texts in (
        (f"x {code(text)} x", lambda page: page.paragraphs),
        (f"| h |\n|---|\n| {code(text)} |\n", lambda page: [page.rows[1][0]]),
        (f"- {code(text)}\n", lambda page: page.items),
    ):
        page = gfm.render(markdown)
        assert set(page.tags) <= {"p", "code", "table", "thead", "tbody", "tr", "th", "td", "ul", "li"}, markdown
        (got,) = texts(page)
        expected = f"x {shown} x" if markdown.startswith("x ") else shown
        assert got == expected, (markdown, got)
        assert "".join(page.codes) == shown.replace("|", ""), markdown  # all but "|" is code
        if "|" not in shown:
            assert page.codes == [shown], markdown  # one code element, exactly the text


@PROPERTY
@given(TEXT)
@example("@octocat #1 :+1: www.x.example GH-2 a@b.example")
@example("- x")
@example("10. x")
def test_any_text_through_md_renders_back_exactly_and_inert(text):
    shown = visible(text, 300)
    for markdown, texts in (
        (f"x {md(text)} x", lambda page: page.paragraphs),
        (f"| h |\n|---|\n| x {md(text)} x |\n", lambda page: [page.rows[1][0]]),
    ):
        page = gfm.inert(markdown)
        assert set(page.tags) <= {"p", "code", "table", "thead", "tbody", "tr", "th", "td"}, markdown
        (got,) = texts(page)
        assert got == f"x {shown} x", (markdown, got)
    if shown.strip() == shown and shown:
        # at the start of a line too: no list, heading, quote or code block
        page = gfm.inert(md(text))
        assert page.paragraphs == [shown] and set(page.tags) <= {"p", "code"}


@pytest.mark.parametrize("broken", [
    "| a | b |\n|---|---|\n| `x|y` | z |\n",  # a pipe in a code span ends the cell
    "see https://mail\\.google\\.com/\n",  # the old escaping: a link to a %5C path
    "hi @octocat\n",  # a mention
    "fixes #12\n",  # a reference
    "x <img src=x onerror=alert(1)>\n",  # HTML
    "x <!-- hidden -->\n",  # a comment
    "[Verify](https://evil.example/)\n",  # a link we did not mean
    "**SAFE**\n",  # markup
    "see www.evil.example\n",  # an autolink
])
def test_the_checker_catches_what_it_is_for(broken):
    with pytest.raises(AssertionError):
        gfm.inert(broken)
