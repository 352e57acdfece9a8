"""GitHub Actions annotations: one workflow command per finding, and nothing from the input can
start another command (the runner obeys any stdout line that begins with ``::``)."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.model import AuthorizationRequest, Location, RequestedScope
from auditor.render import github
from auditor.sources.url import read_url

from .conftest import MINIMAL_SIGNIN_URL, WORM_URL

ADVERSARIAL = [
    "x\n::error::injected",
    "y\r\n::stop-commands::pwned",
    "%0A::error::literal-percent",
    "%0D%0A::add-mask::secret",
    "::stop-commands::token",
    "::add-mask::value",
    "\x1b[31mred\x1b[0m\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07",
    "\u202eevil\u202c-bidi",
    "line\u2028::error::sep",
    "nel\x85::warning::c1",
    "vt\x0b::notice::ff\x0c::notice::x",
    "a,b:c=d::e",
]
# what the runner would treat as a command: a line starting with "::" (after optional whitespace)
COMMAND_LINE = re.compile(r"^::(error|warning|notice) (?:[a-zA-Z]+=[^,:]*(?:,[a-zA-Z]+=[^,:]*)*)?::")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def manifest_report(catalog, source: str, scopes: list[str], client: str = "app-1"):
    request = AuthorizationRequest(
        source=source, kind="scope_list", url="", scheme="", host="", path="", provider_id="google",
        endpoint_known=False, params=(("client_id", client),),
        scopes=tuple(RequestedScope(s, Location(source, param="scopes", line=10 + i, column=3)) for i, s in enumerate(scopes)),
    )
    return analyze(request, catalog)


def unescape_property(value: str) -> str:
    return value.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """Parse one workflow command the way the runner does: ``::name props::message``."""
    assert line.startswith("::")
    head, sep, message = line[2:].partition("::")
    assert sep
    name, _, props = head.partition(" ")
    pairs = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return name, pairs, message


def assert_one_command_per_finding(text: str, reports) -> list[str]:
    lines = text.splitlines()
    assert len(lines) == sum(len(r.findings) for r in reports)
    assert text.count("\n") == len(lines) and text.endswith("\n") or not lines
    for line in lines:
        assert line.startswith("::"), line
        assert COMMAND_LINE.match(line), line
        assert not line.startswith(("::stop-commands", "::add-mask", "::set-output", "::set-env", "::add-path"))
        assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", line), repr(line)
    return lines


# --- the toolkit's escaping ---------------------------------------------------------------------


def test_escape_data_matches_the_toolkit():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_data("%0A") == "%250A"
    assert github.escape_data("a:b,c") == "a:b,c"


def test_escape_property_matches_the_toolkit():
    assert github.escape_property("a:b,c%\r\n") == "a%3Ab%2Cc%25%0D%0A"
    for s in ADVERSARIAL:
        assert unescape_property(github.escape_property(s)) == s


def test_command_leaves_out_empty_properties():
    assert github.command("notice", "hi", {"file": "", "line": None, "title": "T"}) == "::notice title=T::hi"
    assert github.command("notice", "hi") == "::notice::hi"


# --- real scans ---------------------------------------------------------------------------------


def test_url_scan(catalog):
    report = analyze(read_url(WORM_URL, catalog), catalog)
    text = github.render([report], catalog)
    lines = assert_one_command_per_finding(text, [report])
    names = [parse(line)[0] for line in lines]
    assert names[0] == "error" and "warning" in names and names[-1] == "notice"
    order = {"error": 0, "warning": 1, "notice": 2}
    assert names == sorted(names, key=order.get)  # highest severity first
    for line in lines:
        _, props, message = parse(line)
        assert "file" not in props and "line" not in props  # a URL is not a file
        assert props["title"].startswith("OA")
        assert message.endswith("(url: accounts.google.com/o/oauth2/auth)")


def test_clean_scan_prints_nothing(catalog):
    report = analyze(read_url(MINIMAL_SIGNIN_URL, catalog), catalog)
    text = github.render([report], catalog)
    assert text == "" or assert_one_command_per_finding(text, [report])
    assert github.render([], catalog) == ""


def test_severity_mapping():
    from auditor.model import Severity

    assert {s.label: github.COMMAND[s] for s in Severity} == {
        "critical": "error", "high": "error", "medium": "warning", "low": "notice", "info": "notice",
    }


def test_file_line_and_column(catalog, tmp_path):
    source = str(tmp_path / "config" / "apps.yaml")
    report = manifest_report(catalog, source, ["https://mail.google.com/"])
    lines = assert_one_command_per_finding(github.render([report], catalog, root=str(tmp_path)), [report])
    located = [parse(line)[1] for line in lines]
    assert all(p["file"] == "config/apps.yaml" for p in located)
    assert any(p.get("line") == "10" and p.get("col") == "3" for p in located)
    assert str(tmp_path) not in "".join(lines)


# --- adversarial input ----------------------------------------------------------------------------


def test_adversarial_scopes_stay_inside_one_annotation(catalog):
    report = manifest_report(catalog, "apps.yaml", ADVERSARIAL)
    assert len([f for f in report.findings if f.rule == "OA203"]) == len(ADVERSARIAL)  # one unknown-scope finding each
    text = github.render([report], catalog)
    lines = assert_one_command_per_finding(text, [report])
    messages = [parse(line)[2] for line in lines]
    # the toolkit's escapes are visible as typed: a literal "%0A" is written "%250A", never a newline
    assert any("%250A::error::literal-percent" in m for m in messages)
    # controls and bidi overrides are shown as escapes, not interpreted
    assert any("\\x1b[31mred" in m for m in messages)
    assert any("\\u202eevil\\u202c-bidi" in m for m in messages)
    assert any("x\\x0a::error::injected" in m for m in messages)


def test_adversarial_file_names_and_client_ids(catalog):
    for name in ADVERSARIAL:
        report = manifest_report(catalog, name + ".yaml", ["https://mail.google.com/"], client=name)
        text = github.render([report], catalog)
        for line in assert_one_command_per_finding(text, [report]):
            _, props, _ = parse(line)
            assert set(props) <= {"file", "line", "col", "title"}  # a ',' or ':' in the name adds no property
            shown = unescape_property(props.get("file", ""))  # (a name holding "://" reads as a URL: no file)
            assert "\n" not in shown and "\r" not in shown


def test_adversarial_url(catalog):
    scope = " ".join(ADVERSARIAL)
    url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=" + quote("c\n::error::x") + "&scope=" + quote(scope)
    report = analyze(read_url(url, catalog), catalog)
    text = github.render([report], catalog)
    assert_one_command_per_finding(text, [report])
    assert "::stop-commands::token" in text  # present, but only ever inside a message
    assert not any(line.startswith("::stop-commands") for line in text.splitlines())


def test_every_line_is_a_command_even_for_many_reports(catalog):
    reports = [manifest_report(catalog, f"m{i}.yaml", ADVERSARIAL[i:] + ["https://mail.google.com/"]) for i in range(4)]
    reports.append(analyze(read_url(WORM_URL, catalog, source="stdin:2"), catalog))
    assert_one_command_per_finding(github.render(reports, catalog), reports)
