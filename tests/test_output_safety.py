"""Output safety: hostile strings through every renderer (tests/adversarial/strings.json).

Every string the tool prints may be written by the party it judges. Each adversarial string is put
into an authorization URL (client_id, an extra scope, redirect_uri, state) and into a Slack manifest
(the app's name and a scope), then rendered as terminal, JSON, SARIF, Markdown and GitHub
annotations, and also through the one-line error path. In every output:

- no raw control, bidi, invisible or surrogate character (only the layout's newlines);
- nothing is interpreted: the string's visible, escaped form is shown (rich markup stays literal,
  Markdown/HTML stays inert as cmark-gfm renders it, no workflow command starts a line but ours);
- the verdict line appears once, so a forged "NONE  risk score 0/100" cannot pass for ours;
- JSON keeps the exact value (escaped), so machine consumers see what the request said.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from auditor.cli import main
from auditor.render.safe import output_problem, visible
from auditor.sources.url import split_scopes

from . import gfm

CORPUS_FILE = Path(__file__).resolve().parent / "adversarial" / "strings.json"
CORPUS = [(item["id"], item["text"] * item.get("repeat", 1)) for item in json.loads(CORPUS_FILE.read_text(encoding="utf-8"))]
FORMATS = ["terminal", "json", "sarif", "markdown", "github"]

VERDICT = re.compile(r"^\s*(NONE|LOW|MEDIUM|HIGH|CRITICAL)\s+risk score \d+/100", re.M)
OUR_COMMAND = re.compile(r"^::(error|warning|notice)( [a-z]+=[^:,]*(,[a-z]+=[^:,]*)*)?::[^\n]*$")
REVOKE_LINKS = gfm.catalog_links()
BASE = "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&scope=openid%20email"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def q(text: str) -> str:
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def squash(text: str) -> str:
    """Text without whitespace: the terminal report wraps long values."""
    return "".join(text.split())


def as_read_from_url(value: str) -> str:
    """What reading the value back from a percent-encoded URL gives: a lone surrogate's bytes are not
    UTF-8, and decode to U+FFFD."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def check_output(fmt: str, text: str, value: str, shown: bool = True) -> None:
    problem = output_problem(text, commands=True)  # command lines: checked line by line below
    assert problem is None, f"{problem} in {fmt} output"
    text.encode("utf-8")  # always writable
    for line in text.splitlines():
        if line.lstrip().startswith("::"):
            assert fmt == "github" and OUR_COMMAND.match(line), f"a workflow command line in {fmt} output: {line[:120]!r}"
    if fmt == "terminal":
        assert len(VERDICT.findall(text)) == 1, "a second verdict line"
        if shown and len(value) < 200:
            for part in split_scopes(value) if shown == "split" else [value]:  # one value, several scopes
                escaped = squash(visible(part))
                # at the start of a line, the first colon of '::' is shown as \x3a (guard_commands)
                assert escaped in squash(text) or escaped.replace("::", "\\x3a:", 1) in squash(text), "the escaped value is not shown"
    if fmt == "markdown":
        # Rendered as GitHub renders it (cmark-gfm): no markup, HTML, comment, link but a revocation
        # page, mention or reference, and every table row as wide as its header (tests/gfm.py).
        gfm.inert(text, REVOKE_LINKS)
        assert not re.search(r"^#+ All clear", text, re.M)
    if fmt in ("json", "sarif"):
        json.loads(text)
    if value.startswith("A" * 1000):
        assert len(text) < 60_000 or fmt in ("json", "sarif"), f"{fmt} output is not capped: {len(text):,} characters"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("where", ["client_id", "scope", "redirect_uri", "state"])
@pytest.mark.parametrize("name,value", CORPUS, ids=[c[0] for c in CORPUS])
def test_hostile_url_values(capsys, name, value, where, fmt):
    if where == "scope":
        url = BASE.replace("scope=openid%20email", "scope=openid%20email%20" + q(value)) + "&client_id=1&redirect_uri=https%3A%2F%2Fa.example%2Fcb"
    else:
        params = {"client_id": "1", "redirect_uri": "https://a.example/cb", "state": "0123456789abcdef"}
        params[where] = value
        url = BASE + "".join(f"&{k}={q(v)}" for k, v in params.items())
    code, out, err = run(capsys, "scan", url, "--format", fmt, "--fail-on", "never")
    if code == 2:  # the URL limit (65,536 characters) refuses the long value: one escaped line
        assert value.startswith("A" * 1000) and err.count("\n") == 1 and out == ""
        check_output("error", err, value)
        return
    assert code == 0, err
    # the report shows no state value; a scope value with spaces is several scopes
    check_output(fmt, out, as_read_from_url(value), shown=where != "state" and ("split" if where == "scope" else True))
    assert output_problem(err) is None
    if fmt == "json" and where == "client_id":
        # the value is kept exactly (percent-decoding a lone surrogate's bytes gives U+FFFD)
        assert json.loads(out)["reports"][0]["client_id"] == as_read_from_url(value)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name,value", CORPUS, ids=[c[0] for c in CORPUS])
def test_hostile_manifest_values(tmp_path, capsys, name, value, fmt):
    doc = {
        "display_information": {"name": value},
        "oauth_config": {"scopes": {"bot": ["chat:write", value[:500]]}, "redirect_urls": ["https://a.example/" + value[:200]]},
    }
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")  # \u escapes: the file is plain ASCII
    code, out, err = run(capsys, "scan", str(path), "--format", fmt, "--fail-on", "never")
    assert code == 0, err
    check_output(fmt, out, value)
    if fmt == "json":
        report = json.loads(out)["reports"][0]
        assert report["app_name"] == value
    if fmt in ("terminal", "markdown", "github") and len(value) < 200:
        shown = squash(out).replace("%25", "%") if fmt == "github" else squash(out)  # the toolkit's escaping of %
        assert squash(visible(value)).replace("\\", "") in shown.replace("\\", "")


@pytest.mark.parametrize("name,value", CORPUS, ids=[c[0] for c in CORPUS])
def test_hostile_values_in_errors_stay_on_one_line(tmp_path, capsys, name, value):
    for argv in (
        ["scan", value[:2000]],
        ["scan", "--provider", value[:2000], "--scopes", "x"],
        ["scan", "--format-hint", value[:2000], str(tmp_path)],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and err.startswith("oauth-audit: "), err[:200]
        check_output("error", err, value)


def test_hostile_file_names(tmp_path, capsys):
    """A file name is input too: a newline in it must not start a workflow command."""
    doc = {"display_information": {"name": "x"}, "oauth_config": {"scopes": {"bot": ["channels:history"]}}}
    path = tmp_path / "a\n::error::forged\u202e.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    for fmt in FORMATS:
        code, out, err = run(capsys, "scan", str(path), "--format", fmt, "--format-hint", "slack", "--fail-on", "never")
        assert code == 0, err
        check_output(fmt, out, "")


def test_colour_output_holds_only_our_own_sgr_sequences():
    """With colour on (a terminal), the only escape sequences are the report's own SGR colours."""
    from auditor.analyze import analyze
    from auditor.catalog import load_catalog
    from auditor.render import terminal
    from auditor.sources.url import read_url

    catalog = load_catalog()
    value = "\x1b]8;;https://evil/\x07Safe\x1b]8;;\x07"
    url = BASE + "&client_id=" + q(value) + "&redirect_uri=https%3A%2F%2Fa.example%2Fcb%5B%2Fgreen%5D"
    out = terminal.render([analyze(read_url(url, catalog), catalog)], catalog, color=True, width=100)
    sequences = re.findall(r"\x1b[^a-zA-Z]*[a-zA-Z]?", out)
    assert sequences, "colour on should give a coloured report"
    assert all(re.fullmatch(r"\x1b\[[0-9;]*m", seq) for seq in sequences), {seq for seq in sequences if not re.fullmatch(r"\x1b\[[0-9;]*m", seq)}
    assert "\x1b]" not in out and "\x07" not in out
    assert "\\x1b]8;;https://evil/\\x07Safe" in squash(out) and "cb[/green]" in out


MUST_SHOW_URL = BASE + "&client_id=" + q("\x1b]8;;https://evil/\x07Safe\x1b]8;;\x07") + "&redirect_uri=https%3A%2F%2Fa.example%2Fcb&state=0123456789abcdef"


def all_formats(capsys, *argv: str) -> str:
    parts = []
    for fmt in FORMATS:
        code, out, err = run(capsys, *argv, "--format", fmt, "--fail-on", "never", "--lang", "en")
        assert code == 0, err
        parts.append(f"===== {fmt} =====\n{out}")
    return "".join(parts)


def test_snapshot_hyperlink_in_client_id(capsys):
    """The issue's example: an OSC 8 hyperlink in client_id shows as text in every format."""
    from tests.conftest import check_snapshot

    text = all_formats(capsys, "scan", MUST_SHOW_URL)
    assert "\x1b" not in text and "\x07" not in text
    check_snapshot("hostile-client-id.txt", text)


def test_snapshot_markup_and_command_in_app_name(tmp_path, capsys, monkeypatch):
    """The issue's example: rich markup and a workflow command in a Slack app's name."""
    from tests.conftest import check_snapshot

    monkeypatch.chdir(tmp_path)
    doc = {"display_information": {"name": "[green]SAFE[/green]\n::notice::ok"}, "oauth_config": {"scopes": {"bot": ["chat:write", "channels:history"]}}}
    Path("manifest.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    text = all_formats(capsys, "scan", "manifest.json")
    assert "[green]SAFE[/green]\\x0a" in text and not re.search(r"^\s*::notice::ok", text, re.M)
    check_snapshot("hostile-app-name.txt", text)
