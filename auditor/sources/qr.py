"""QR image (PNG, JPEG, WebP) -> the text of every QR code in it.

A "scan to log in" code usually reaches the user as a phone screenshot or a photo. This module finds
every QR code in such an image (a page may show several, and a phishing page may show a harmless one
beside the real one) and says what each holds: an authorization request, a whole-session login, some
other URL, or plain text. Reading the URL is left to :mod:`auditor.sources.url`.

Decoding needs the optional extra ``qr`` (``pip install 'oauth-auditor[qr]'``): zxing-cpp, a
maintained C++ barcode reader shipped as wheels for Linux, macOS and Windows that finds several codes
in one image, and Pillow to read the image formats. Both are imported only when an image is decoded,
so a scan of a URL never pays for them.

The image is untrusted. Before any pixel is decoded the file size is capped (:data:`MAX_IMAGE_BYTES`),
the format is recognised from its signature (only PNG, JPEG and WebP are opened), and the dimensions
are read from the header and refused above ``max_pixels`` or above :data:`MAX_DECODED_BYTES` once
decoded (mode x pixels): a small file that declares a huge image (a decompression bomb) is refused in
milliseconds, without allocating the pixels.

Every code is looked for: the whole image, then overlapping tiles at several sizes
(:data:`TILE_SIZES`), since zxing-cpp returns at most 255 symbols per call and misses codes in dense
grids. An image with more than :data:`QR_FLOOD` codes is reported as not fully audited (OA701) on
top of what its codes hold: a flood of decoys is how a dangerous code would be hidden.
"""

from __future__ import annotations

import io
import re
import warnings
from collections import namedtuple

from auditor.errors import InputError

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# Decoding is bounded by the decoded size too, not only the pixel count: a lossless WebP of 1.5 KB
# can declare a large image of four bytes per pixel. Pillow's decoded image for the modes we accept
# is at most 4 bytes a pixel; this caps what one image may allocate before grayscale conversion.
MAX_DECODED_BYTES = 64_000_000
TILE_SIZES = (1024, 512, 256)  # overlapping tiles (half a tile apart) decoded after the whole image
DEDUPE_PX = 8
QR_FLOOD = 10  # more codes than this in one image is itself suspicious (OA701)
INSTALL_HINT = "reading QR codes needs the optional extra: pip install 'oauth-auditor[qr]'"

# The file signatures of the formats we open; anything else is refused before Pillow sees it, so
# none of Pillow's many other (less exercised) decoders is reachable from untrusted input.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
)

# QR symbology identifiers (ISO/IEC 18004, AIM ]Qm) whose symbol declares its character set with an
# ECI: ]Q2, ]Q4 and ]Q6. Without an ECI the bytes carry no character set and zxing-cpp guesses one.
_ECI_IDENTIFIERS = frozenset({"]Q2", "]Q4", "]Q6"})
_OAUTH_PARAMS = frozenset({"client_id", "response_type"})
_URL_START = re.compile(r"(?i)(?:https?://[^\s/?#]|[a-z][a-z0-9+.-]*://\S)")


class QrPayload(namedtuple("QrPayload", "text position format")):
    """One QR code found in an image.

    ``text: str`` (the payload; bytes that are not valid UTF-8 are decoded with U+FFFD replacement
    characters, unless the symbol declares its character set with an ECI), ``position: tuple[int, int]``
    (x, y of the top-left corner of the code's bounding box, in pixels of the image as displayed,
    i.e. after its EXIF orientation), ``format: str`` (``"QRCode"``, ``"MicroQRCode"`` or
    ``"RMQRCode"``). The text is untrusted and kept verbatim: escaping is the renderers' job.
    """

    __slots__ = ()


def _image_format(data: bytes) -> str | None:
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def _text_of(barcode) -> str:
    raw = bytes(barcode.bytes)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if barcode.symbology_identifier in _ECI_IDENTIFIERS:
        return barcode.text  # the symbol names its character set; zxing-cpp transcoded with it
    return raw.decode("utf-8", errors="replace")


def decode_image(data: bytes, *, max_pixels: int = MAX_PIXELS, max_bytes: int = MAX_IMAGE_BYTES) -> list[QrPayload]:
    """Every QR code (QR, Micro QR, rMQR) in a PNG, JPEG or WebP image, in reading order.

    Returns an empty list when the image holds no readable QR code. Raises :class:`InputError` (one
    line) when the optional extra is missing, the file is too large, the image declares more than
    ``max_pixels`` pixels, or the bytes are not a readable PNG, JPEG or WebP image. Only the first
    frame of an animated image is read.
    """
    if len(data) > max_bytes:
        raise InputError(f"the image is {len(data):,} bytes; the limit is {max_bytes:,}")
    try:
        import zxingcpp
        from PIL import Image, ImageOps
    except ImportError:
        raise InputError(INSTALL_HINT) from None
    kind = _image_format(data)
    if kind is None:
        raise InputError("not a PNG, JPEG or WebP image")
    try:
        # Image.open reads the header only: the size is known before any pixel is decoded. Pillow's
        # own bomb warning is silenced: the limit below is stricter and says so in one line.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind])
    except Image.DecompressionBombError:
        raise InputError(f"the {kind} image declares more than {max_pixels:,} pixels; refusing to decode it") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise InputError(f"cannot read the {kind} image: {_one_line(exc)}") from None
    with image:
        width, height = image.size
        if width <= 0 or height <= 0:
            raise InputError(f"cannot read the {kind} image: it has no pixels")
        if width * height > max_pixels:
            raise InputError(
                f"the {kind} image is {width:,} x {height:,} pixels; the limit is {max_pixels:,} pixels"
            )
        decoded = width * height * _bytes_per_pixel(image.mode)
        if decoded > MAX_DECODED_BYTES:
            raise InputError(
                f"the {kind} image would decode to {decoded:,} bytes ({image.mode}, {width:,} x {height:,}); "
                f"the limit is {MAX_DECODED_BYTES:,} bytes"
            )
        try:
            image.load()
            ImageOps.exif_transpose(image, in_place=True)  # no copy of the decoded pixels
            gray = _to_gray(image, Image)
        except Image.DecompressionBombError:
            raise InputError(f"the {kind} image declares more than {max_pixels:,} pixels; refusing to decode it") from None
        except (OSError, ValueError, SyntaxError, EOFError) as exc:
            raise InputError(f"cannot read the {kind} image: {_one_line(exc)}") from None
    formats = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode, zxingcpp.BarcodeFormat.RMQRCode)
    found: dict[tuple[str, int, int], QrPayload] = {}

    def read(region, dx: int, dy: int) -> int:
        n = 0
        for barcode in zxingcpp.read_barcodes(region, formats=formats):
            if not barcode.valid:
                continue
            n += 1
            p = barcode.position
            corners = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
            position = (max(0, min(c.x for c in corners)) + dx, max(0, min(c.y for c in corners)) + dy)
            text = _text_of(barcode)
            # The same code seen from two overlapping tiles lands within a few pixels of itself.
            key = (text, position[0] // DEDUPE_PX, position[1] // DEDUPE_PX)
            if not any((text, key[1] + i, key[2] + j) in found for i in (-1, 0, 1) for j in (-1, 0, 1)):
                found[key] = QrPayload(text, position, barcode.format.name)
        return n

    # The whole image first, then overlapping tiles at several sizes: zxing-cpp returns at most 255
    # symbols per call and loses codes in dense grids well below that (a grid of 301 small codes
    # decodes to none at once, to all 301 in tiles), so one dangerous code among decoys is found by
    # the tiles (tests/test_qr.py). Every pass reads the same grayscale pixels: the work is bounded
    # by about len(TILE_SIZES) * 4 times the image, itself capped at ``max_pixels``.
    read(gray, 0, 0)
    for size in TILE_SIZES:
        if width <= size and height <= size:
            continue
        step = size // 2
        for y in range(0, max(1, height - step), step):
            for x in range(0, max(1, width - step), step):
                read(gray.crop((x, y, min(width, x + size), min(height, y + size))), x, y)
    return sorted(found.values(), key=lambda q: (q.position[1], q.position[0], q.text))


def _bytes_per_pixel(mode: str) -> int:
    """Bytes a decoded pixel takes in Pillow for ``mode`` (4 for modes we do not list: the most)."""
    return {"1": 1, "L": 1, "P": 1, "LA": 2, "PA": 2, "I;16": 2, "RGB": 3, "YCbCr": 3, "LAB": 3, "HSV": 3}.get(mode, 4)


def _to_gray(image, Image):
    """8-bit grayscale, with any transparency flattened onto white (a QR drawn on a transparent
    background would otherwise turn black on black)."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        # In grayscale with its alpha (2 bytes a pixel), not RGBA: a large transparent image costs
        # about three copies of its grayscale size, not three of its RGBA size.
        la = image.convert("LA")
        gray, alpha = la.split()
        del la
        return Image.composite(gray, Image.new("L", gray.size, 255), alpha)
    return image.convert("L")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def classify(text: str, catalog) -> str:
    """What a QR payload is: ``"authorization"``, ``"session_login"``, ``"url"`` or ``"text"``.

    - ``"session_login"``: a whole-session login the catalog knows (web WeChat, QQ, Telegram, ...),
      as a link or as a bare payload that is not a URL (WhatsApp's ``2@…`` pairing code;
      :mod:`auditor.sources.payload`);
    - ``"authorization"``: an endpoint the catalog knows as an authorization or device endpoint, a
      device-code or login-confirmation page (``scopes/phishing.toml`` ``device_login``), a link that
      authorizes indirectly (a Google "make a copy" link, an Apps Script web app, a Workspace
      Marketplace listing: OA507-OA509), or any URL whose query or fragment carries ``client_id``
      or ``response_type``;
    - ``"url"``: any other ``http(s)://host...`` or ``scheme://...`` link;
    - ``"text"``: everything else (plain text, ``WIFI:``, vCards, ``mailto:``...).

    Never raises: a payload :func:`~auditor.sources.url.read_url` refuses is a ``"url"`` when it
    looks like one and ``"text"`` otherwise.
    """
    from auditor.sources.url import read_url

    stripped = text.strip()
    looks_like_url = bool(_URL_START.match(stripped))
    try:
        request = read_url(stripped, catalog, source="qr")
    except InputError:
        return "url" if looks_like_url else "text"
    if request.kind == "session_login":
        return "session_login"
    if request.endpoint_known or any(k in _OAUTH_PARAMS for k, _ in request.params):
        return "authorization"
    from auditor.rules.phishing import device_page, indirect_link

    if request.host and (device_page(request, catalog) is not None or indirect_link(request) is not None):
        return "authorization"
    return "url" if looks_like_url else "text"
