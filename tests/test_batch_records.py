"""Batch records (:class:`auditor.batch.Records`): reused work gives byte-identical output to
serialising every line on its own; compact records; fingerprints without the line; bounded summary."""

from __future__ import annotations

import io
import json
import random

import pytest

from auditor import batch
from auditor.catalog import load_catalog

GOOGLE = "https://accounts.google.com/o/oauth2/v2/auth?client_id={c}.apps.googleusercontent.com&response_type=code&scope=openid%20email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.readonly&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb{tail}"
GITHUB = "https://github.com/login/oauth/authorize?client_id=Iv1.{c}&scope=repo&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb{tail}"
WECHAT = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx{c}&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&response_type=code&scope=snsapi_userinfo{tail}#wechat_redirect"


def tails(rng: random.Random) -> str:
    state = rng.choice([
        "%032x" % rng.getrandbits(128), "state", "STATE", "xyz", "12", "ab", "1234567", "a%20b", "a+b", "",
        "%032x" % rng.getrandbits(128) + "&state=" + "%08x" % rng.getrandbits(32),
    ])
    out = f"&state={state}" if rng.random() < 0.9 else ""
    if rng.random() < 0.4:
        out += "&nonce=" + rng.choice(["", "n" * rng.randrange(1, 20)])
    if rng.random() < 0.5:
        size = rng.choice([43, 43, 42])
        out += "&code_challenge=" + "".join(rng.choice("ABCdef0123-_") for _ in range(size)) + "&code_challenge_method=S256"
    return out


def corpus(n: int = 1500, seed: int = 3) -> str:
    rng = random.Random(seed)
    lines = []
    for _ in range(n):
        r = rng.random()
        if r < 0.03:
            lines.append("not a url at all")
            continue
        template = rng.choice([GOOGLE, GITHUB, WECHAT])
        lines.append(template.format(c=rng.randrange(12), tail=tails(rng)))
    return "\n".join(lines) + "\n"


def run(text: str, tmp_path, *, full: bool, reuse: bool, kind: str = "batch", **limits):
    path = tmp_path / "urls.txt"
    path.write_text(text)
    out, err = io.StringIO(), io.StringIO()
    saved = (batch.MAX_CACHE, batch.Records.MAX_TEXTS)
    if limits:
        batch.Records.MAX_TEXTS = limits.get("texts", batch.Records.MAX_TEXTS)
    try:
        summary, worst = batch.run(kind, str(path), load_catalog(), provider=None, purpose=None, options={}, fmt="jsonl",
                                   out=out, err=err, progress=False, full=full, reuse=reuse)
    finally:
        batch.Records.MAX_TEXTS = saved[1]
    return out.getvalue(), summary.as_dict(), worst


@pytest.mark.parametrize("full", [False, True], ids=["compact", "full"])
def test_reused_output_is_byte_identical_to_line_by_line(tmp_path, full):
    text = corpus()
    reused = run(text, tmp_path, full=full, reuse=True)
    alone = run(text, tmp_path, full=full, reuse=False)
    assert reused[0] == alone[0]
    assert reused[1:] == alone[1:]
    assert len(reused[0].splitlines()) >= 1500 if full else True


def test_identical_under_eviction(tmp_path):
    text = corpus(800, seed=9)
    alone = run(text, tmp_path, full=False, reuse=False)
    tiny = run(text, tmp_path, full=False, reuse=True, texts=3)
    assert tiny == alone


def test_compact_records_name_their_judgement_written_once_before_use(tmp_path):
    out, summary, _ = run(corpus(600), tmp_path, full=False, reuse=True)
    seen: set[str] = set()
    requests = 0
    for line in out.splitlines():
        rec = json.loads(line)
        if rec["record"] == "judgement":
            assert rec["judgement"] not in seen  # written once
            seen.add(rec["judgement"])
            assert rec["report"]["risk"]["level"] in batch.LEVELS
        elif rec["record"] == "request":
            requests += 1
            assert rec["judgement"] in seen  # its judgement came before it
            assert set(rec) == {"record", "source", "line", "provider", "client_id", "level", "score", "rules", "scopes", "judgement"}
            assert rec["source"].endswith("urls.txt") and isinstance(rec["line"], int)
        else:
            assert rec["record"] == "error" and rec["error"]
    assert requests == summary["requests"] and len(seen) < requests  # shared judgements are written once


def test_fingerprints_do_not_depend_on_the_line(tmp_path):
    url = GOOGLE.format(c=1, tail="&state=" + "a" * 32)
    out, _, _ = run(f"{url}\n\n\n{url.replace('a' * 32, 'b' * 32)}\n", tmp_path, full=True, reuse=False)
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["source"].endswith(":1") and second["source"].endswith(":4")
    assert [f["fingerprint"] for f in first["findings"]] == [f["fingerprint"] for f in second["findings"]]


def test_summary_is_bounded_and_aggregates_the_rest(monkeypatch):
    monkeypatch.setattr(batch.Summary, "MAX_GROUPS", 5)
    monkeypatch.setattr(batch.Summary, "TOP_APPS", 3)
    s = batch.Summary()
    for i in range(20):
        s._add("google", f"app{i}", "critical" if i == 17 else "low", 10, {"openid"}, {"OA101"})
    d = s.as_dict()
    assert len(s.groups) == 5 and len(d["by_app"]) == 3
    assert d["other_apps"] == {"apps": 2, "requests": 17, "highest": "critical", "untracked_requests": 15}
    assert d["levels"]["critical"] == 1 and d["requests"] == 20
