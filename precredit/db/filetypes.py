"""What a document upload may be: JPEG, PNG or PDF by magic bytes, and for images a full decode.

Shared by the API and `precredit apply`, so a truncated photo is refused at the door with a reason
instead of reaching OCR and coming back as "unreadable" minutes later.
"""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)
MAX_PIXELS = 40_000_000


def sniff(data: bytes) -> str | None:
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def document_problem(data: bytes) -> str | None:
    """None if the bytes are a whole JPEG/PNG image or a PDF, else a one-line reason."""
    if not data:
        return "file is empty"
    kind = sniff(data)
    if kind is None:
        return "not a JPEG, PNG or PDF file"
    if kind == "application/pdf":
        return None if b"%%EOF" in data[-1024:] else "PDF is truncated (no end-of-file marker)"
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                return f"image is larger than {MAX_PIXELS // 1_000_000} megapixels"
            image.load()  # decodes every byte: a truncated file fails here
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, SyntaxError) as exc:
        return f"image is corrupt or truncated ({type(exc).__name__})"
    return None
