"""The fuzz targets (fuzz/fuzz_readers.py) run here on their seeds and the adversarial corpus, without
atheris: the harness cannot rot between campaigns, and every output check it makes holds on the
inputs we know."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from auditor.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("fuzz_readers_under_test", ROOT / "fuzz" / "fuzz_readers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hostile() -> list[str]:
    items = json.loads((ROOT / "tests" / "adversarial" / "strings.json").read_text(encoding="utf-8"))
    return [i["text"] * min(i.get("repeat", 1), 5000) for i in items]


def test_every_reader_has_a_target_and_seeds(fuzz):
    assert fuzz.READERS == ["url", "appsscript", "chrome", "entra", "slack", "github-app", "shopify", "wechat-miniprogram", "text", "batch", "log", "har"]
    for reader in fuzz.READERS:
        assert fuzz.seed_texts(reader), f"no seed for {reader}"


@pytest.mark.parametrize("render_all", [False, True])
def test_targets_pass_on_seeds_and_hostile_variants(fuzz, monkeypatch, render_all):
    monkeypatch.setattr(fuzz, "RENDER_ALL", render_all)
    read = 0
    for reader in fuzz.READERS:
        run = fuzz.runner(reader)
        seeds = fuzz.seed_texts(reader)[: 6 if render_all else None]  # every renderer is slower: fewer inputs
        # each seed, then each seed with a hostile string spliced in the middle
        spliced = seeds[:1] if render_all else seeds[:2]
        inputs = seeds + [s[: len(s) // 2] + h + s[len(s) // 2:] for s in spliced for h in hostile()]
        for text in inputs:
            try:
                run(text)
                read += 1
            except InputError as exc:
                fuzz.check_error(exc)
    assert read > 100


def test_the_checks_catch_an_unsafe_output(fuzz, monkeypatch):
    """The oracle itself: a renderer that leaked a raw escape would fail the target."""
    from auditor.render import json as json_render

    monkeypatch.setattr(json_render, "render", lambda reports, catalog, **kw: '{"x": "\x1b]8;;evil\x07"}\n')
    with pytest.raises(AssertionError, match="raw"):
        fuzz.runner("url")("https://accounts.google.com/o/oauth2/v2/auth?client_id=1&scope=openid&response_type=code")
