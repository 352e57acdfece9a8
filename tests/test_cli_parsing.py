"""The click-free fast parser for `scan` must read every command line exactly as click does."""

from __future__ import annotations

import itertools
import random

import click
import pytest

from auditor.cli import SCAN_OPTIONS, ScanArgs, build_cli, parse_scan_fast


def click_parse(argv: list[str]) -> ScanArgs | None:
    scan = build_cli().commands["scan"]
    try:
        ctx = scan.make_context("scan", list(argv), resilient_parsing=False)
    except (click.UsageError, click.exceptions.Exit):
        return None
    params = dict(ctx.params)
    return ScanArgs(inputs=tuple(params.pop("inputs")), **params)


TOKENS = [
    "https://a.example/authorize?scope=x", "-", "--", "--format", "json", "terminal", "xml", "--format=json", "-f", "--provider",
    "github", "-p", "--scopes", "repo read:org", "-s", "--purpose", "auth.signin_minimal", "--fail-on", "medium", "never",
    "--fail-on=low", "--output", "out.txt", "-o", "--explain", "--no-color", "--explain=1", "--bogus", "-x", "-fjson",
    "--audience", "1000", "--people-per-account", "--app-domain", "example.com", "--audience=50",
]


def test_every_option_of_the_spec_is_a_click_option():
    scan = build_cli().commands["scan"]
    names = {n for p in scan.params for n in getattr(p, "opts", [])}
    for o in SCAN_OPTIONS:
        assert o.long in names and (o.short is None or o.short in names)


@pytest.mark.parametrize("seed", range(40))
def test_fast_parser_agrees_with_click(seed):
    rng = random.Random(seed)
    for _ in range(50):
        argv = [rng.choice(TOKENS) for _ in range(rng.randint(0, 7))]
        fast = parse_scan_fast(argv)
        if fast is None:
            continue  # handed to click: click alone decides
        assert fast == click_parse(argv), argv


def test_fast_parser_hands_over_what_it_does_not_know():
    for argv in (["--help"], ["-h"], ["--bogus"], ["--format", "xml"], ["--format"], ["-fjson"], ["--explain=yes"]):
        assert parse_scan_fast(argv) is None, argv


def test_common_invocations_take_the_fast_path():
    for argv in (["URL"], ["URL", "--format", "json"], ["--provider", "github", "--scopes", "repo"], ["URL", "-f", "json", "--fail-on", "medium", "-o", "x.json"]):
        assert parse_scan_fast(argv) is not None
        assert parse_scan_fast(argv) == click_parse(argv)
