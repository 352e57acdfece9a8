"""QR images: every code in a screenshot or photo is found, classified, and hostile images are refused."""

from __future__ import annotations

import io
import struct
import sys
import time
import zlib

import pytest

from auditor.catalog import load_catalog
from auditor.errors import InputError
from auditor.sources.qr import INSTALL_HINT, QrPayload, classify, decode_image

from .conftest import ROOT, MINIMAL_SIGNIN_URL, WECHAT_WEB_LOGIN_URL, WORM_URL

OTHER_URL = "https://example.com/menu?table=4"


def _have_extra() -> bool:
    try:
        import PIL  # noqa: F401
        import zxingcpp  # noqa: F401
    except ImportError:
        return False
    return True


needs_extra = pytest.mark.skipif(
    not _have_extra(), reason="the optional extra is not installed: pip install -e '.[test,qr]'"
)


def qr_image(text: str, scale: int = 8):
    """A QR code as a Pillow image (segno draws it; Pillow is part of the extra)."""
    segno = pytest.importorskip("segno", reason="segno (in the test extra) builds the QR images")
    from PIL import Image

    buf = io.BytesIO()
    segno.make(text, micro=False).save(buf, kind="png", scale=scale, border=4)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def encode(image, fmt: str, **options) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **options)
    return buf.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares WIDTH x HEIGHT: a decompression bomb's first bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


# -- decoding --------------------------------------------------------------------------------------


@needs_extra
def test_wechat_web_login_png_decodes_and_is_a_session_login():
    data = encode(qr_image(WECHAT_WEB_LOGIN_URL), "PNG")
    found = decode_image(data)
    assert [p.text for p in found] == [WECHAT_WEB_LOGIN_URL]
    payload = found[0]
    assert isinstance(payload, QrPayload) and payload.format == "QRCode"
    assert payload.position == (32, 32)  # scale 8 x border 4
    assert classify(payload.text, load_catalog()) == "session_login"


@needs_extra
def test_two_codes_side_by_side_are_both_found_in_reading_order():
    from PIL import Image

    left, right = qr_image(WECHAT_WEB_LOGIN_URL), qr_image(MINIMAL_SIGNIN_URL, scale=4)
    sheet = Image.new("RGB", (left.width + right.width + 40, max(left.height, right.height) + 20), "white")
    sheet.paste(left, (0, 20))
    sheet.paste(right, (left.width + 40, 0))
    found = decode_image(encode(sheet, "PNG"))
    assert {p.text for p in found} == {WECHAT_WEB_LOGIN_URL, MINIMAL_SIGNIN_URL}
    assert [p.text for p in found] == [MINIMAL_SIGNIN_URL, WECHAT_WEB_LOGIN_URL]  # top first
    catalog = load_catalog()
    assert [classify(p.text, catalog) for p in found] == ["authorization", "session_login"]
    assert found[0].position[0] > left.width


@needs_extra
@pytest.mark.parametrize("fmt", ["JPEG", "WEBP"])
def test_jpeg_and_webp(fmt):
    from PIL import features

    if fmt == "WEBP" and not features.check("webp"):
        pytest.skip("this Pillow build has no WebP support")
    data = encode(qr_image(WORM_URL, scale=6), fmt, quality=80)
    assert [p.text for p in decode_image(data)] == [WORM_URL]


@needs_extra
def test_a_photo_like_image_rotated_on_a_grey_background():
    from PIL import Image

    code = qr_image(WECHAT_WEB_LOGIN_URL).rotate(17, expand=True, fillcolor=(200, 200, 200))
    photo = Image.new("RGB", (code.width + 300, code.height + 200), (180, 170, 160))
    photo.paste(code, (150, 100))
    found = decode_image(encode(photo, "JPEG", quality=70))
    assert [p.text for p in found] == [WECHAT_WEB_LOGIN_URL]
    x, y = found[0].position
    assert 150 <= x < 150 + code.width and 100 <= y < 100 + code.height


@needs_extra
def test_code_on_a_transparent_background():
    from PIL import Image

    opaque = qr_image(OTHER_URL).convert("L")
    image = Image.new("RGBA", opaque.size, (0, 0, 0, 0))  # transparent black
    image.putalpha(opaque.point(lambda v: 255 - v))  # only the dark modules are visible
    assert [p.text for p in decode_image(encode(image, "PNG"))] == [OTHER_URL]


@needs_extra
def test_an_image_without_a_code_gives_an_empty_list():
    from PIL import Image

    assert decode_image(encode(Image.new("RGB", (200, 100), "white"), "PNG")) == []


@needs_extra
def test_payload_that_is_not_utf8_is_decoded_with_replacement():
    segno = pytest.importorskip("segno")
    buf = io.BytesIO()
    segno.make("中文链接".encode("gbk"), mode="byte", micro=False).save(buf, kind="png", scale=8)
    (payload,) = decode_image(buf.getvalue())
    assert "\ufffd" in payload.text
    assert classify(payload.text, load_catalog()) == "text"


# -- hostile and broken input ------------------------------------------------------------------------


@needs_extra
def test_huge_declared_dimensions_are_refused_quickly():
    data = png_header(100_000, 100_000)
    assert len(data) < 200
    started = time.perf_counter()
    with pytest.raises(InputError, match="pixels"):
        decode_image(data)
    assert time.perf_counter() - started < 1


@needs_extra
def test_dimensions_over_max_pixels_are_refused_with_the_size():
    with pytest.raises(InputError, match=r"8,000 x 6,000 pixels; the limit is 40,000,000"):
        decode_image(png_header(8000, 6000))


def test_file_over_the_size_cap_is_refused_before_anything_else():
    with pytest.raises(InputError, match="the limit is 1,000"):
        decode_image(b"\x89PNG\r\n\x1a\n" + b"\0" * 2000, max_bytes=1000)


@needs_extra
@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"GIF89a" + b"\0" * 40,
        b"hello, this is text",
        b"\x89PNG\r\n\x1a\n" + b"garbage" * 10,
        b"\xff\xd8\xff\xe0" + b"\0" * 30,
        b"RIFF\x10\0\0\0WEBPVP8 " + b"\0" * 8,
    ],
)
def test_corrupt_or_unknown_bytes_are_one_line_input_errors(data):
    with pytest.raises(InputError) as info:
        decode_image(data)
    assert "\n" not in str(info.value)


@needs_extra
def test_truncated_png_is_an_input_error():
    data = encode(qr_image(OTHER_URL), "PNG")
    with pytest.raises(InputError, match="cannot read the PNG image"):
        decode_image(data[: len(data) // 2])


def test_missing_extra_gives_the_install_message(monkeypatch):
    monkeypatch.setitem(sys.modules, "zxingcpp", None)  # makes `import zxingcpp` raise ImportError
    with pytest.raises(InputError) as info:
        decode_image(png_header(10, 10))
    assert str(info.value) == INSTALL_HINT == "reading QR codes needs the optional extra: pip install 'oauth-auditor[qr]'"


def test_importing_the_module_imports_neither_pillow_nor_zxing():
    import subprocess

    code = "import sys, auditor.sources.qr, auditor.sources.logs\nprint([m for m in ('PIL', 'zxingcpp') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stderr


# -- classification (no image needed) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind",
    [
        (WECHAT_WEB_LOGIN_URL, "session_login"),
        (WORM_URL, "authorization"),
        (MINIMAL_SIGNIN_URL, "authorization"),
        ("https://github.com/login/device", "authorization"),  # a known device endpoint
        ("https://auth.unknown.example/authorize?client_id=abc&response_type=code", "authorization"),
        ("https://example.com/cb#response_type=token&client_id=1", "authorization"),
        (OTHER_URL, "url"),
        ("https://accounts.google.com/ServiceLogin", "url"),
        ("weixin://dl/business/?t=abc", "url"),
        ("https://example.com/\x1b[31mred", "url"),  # refused by read_url, still a URL
        ("WIFI:S:cafe;T:WPA;P:secret;;", "text"),
        ("mailto:someone@example.com", "text"),
        ("just some words", "text"),
        ("", "text"),
    ],
)
def test_classify(text, kind):
    assert classify(text, load_catalog()) == kind
