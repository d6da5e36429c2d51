"""Bytes to a bounded BGR image, refusing inputs that would crash, hang or mislead the reader.

The header is read (by Pillow, lazily) before any pixel is decoded, so a 20,000 x 20,000 PNG of a
few kilobytes is refused without allocating 1.2 GB.
"""

from __future__ import annotations

import io
import warnings

import cv2
import numpy as np
from PIL import Image

from precredit.ocr.errors import OcrInputError

MAX_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 2400  # larger photos carry no more readable detail for a document that fills them
# A document small in a large photo (two sheets side by side on a desk, far off) loses its print
# at MAX_SIDE: the reader decodes such a photo again at up to this side when it read little.
DETAIL_SIDE = 8000
MIN_SIDE = 64
# A4 at this resolution is ~1650 px wide: more than straightening keeps, less than MAX_SIDE.
PDF_DPI = 200
MAX_PDF_PAGES = 12


def _truncated(data: bytes, fmt: str | None) -> bool:
    """libjpeg/libpng fill a cut-off image with grey and only warn; the end markers tell us instead."""
    if fmt == "JPEG":
        return b"\xff\xd9" not in data[-1024:]
    if fmt == "PNG":
        return b"IEND" not in data[-64:]
    return False


def _header(data: bytes) -> tuple[int, int, str | None]:
    """Width, height and format from the image's header, no pixel decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            header = Image.open(io.BytesIO(data))
            return header.size[0], header.size[1], header.format
    except Image.DecompressionBombError as exc:
        raise OcrInputError("image too large: more than 40 megapixels") from exc
    except Exception as exc:
        raise OcrInputError("not an image (unrecognised format)") from exc


def decode_image(data: bytes, max_side: int = MAX_SIDE) -> np.ndarray:
    """`data` decoded, reduced to `max_side` on its longer side where it is larger."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise OcrInputError(f"expected image bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data:
        raise OcrInputError("empty input: no image bytes")
    if len(data) > MAX_BYTES:
        raise OcrInputError(
            f"image too large: {len(data) / 1e6:.1f} MB (limit {MAX_BYTES // (1024 * 1024)} MB)"
        )
    width, height, fmt = _header(data)
    if width * height > MAX_PIXELS:
        raise OcrInputError(f"image too large: {width}x{height} is more than 40 megapixels")
    if min(width, height) < MIN_SIDE:
        raise OcrInputError(f"image too small to read: {width}x{height}")
    if _truncated(data, fmt):
        raise OcrInputError("image is truncated (incomplete file)")
    # libjpeg can decode at 1/2 or 1/4 scale directly: big phone photos then cost a fraction.
    flags = cv2.IMREAD_COLOR
    if fmt == "JPEG" and width * height > 4 * max_side * max_side:
        flags = cv2.IMREAD_REDUCED_COLOR_4
    elif fmt == "JPEG" and width * height > max_side * max_side:
        flags = cv2.IMREAD_REDUCED_COLOR_2
    image = cv2.imdecode(np.frombuffer(data, np.uint8), flags)
    if image is None or image.size == 0:
        raise OcrInputError(f"image could not be decoded ({fmt or 'unknown'} data is corrupt)")
    scale = max_side / max(image.shape[:2])
    if scale < 1:
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return image


def reduced(data: bytes) -> bool:
    """Whether `data` is an image that decoding reduces (larger than MAX_SIDE on a side); its
    header only is read. A PDF's pages are drawn at PDF_DPI, not reduced from a photo."""
    if bytes(data[:5]) == b"%PDF-":
        return False
    try:
        width, height, _ = _header(bytes(data))
    except OcrInputError:
        return False  # decode_image has already refused it, with its reason
    return max(width, height) > MAX_SIDE


def decode_pages(data: bytes, max_side: int = MAX_SIDE) -> list[np.ndarray]:
    """One BGR image per page: a PDF's pages rendered in order, or the one image of an image file;
    each at most `max_side` on its longer side."""
    if bytes(data[:5]) != b"%PDF-":
        return [decode_image(data, max_side)]
    if len(data) > MAX_BYTES:
        raise OcrInputError(
            f"PDF too large: {len(data) / 1e6:.1f} MB (limit {MAX_BYTES // (1024 * 1024)} MB)"
        )
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(bytes(data))
    except pypdfium2.PdfiumError as exc:
        raise OcrInputError("PDF could not be opened (corrupt or encrypted)") from exc
    try:
        if len(pdf) == 0:
            raise OcrInputError("PDF has no pages")
        if len(pdf) > MAX_PDF_PAGES:
            raise OcrInputError(f"PDF has {len(pdf)} pages; at most {MAX_PDF_PAGES} are read")
        pages = []
        for page in pdf:
            width, height = page.get_size()
            scale = min(PDF_DPI / 72, max_side / max(width, height, 1))
            rgb = np.asarray(page.render(scale=scale).to_pil().convert("RGB"))
            pages.append(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
        return pages
    finally:
        pdf.close()
