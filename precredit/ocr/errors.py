"""Input errors are the caller's fault and must not be retried; everything else is ours."""

from __future__ import annotations


class OcrInputError(ValueError):
    """The bytes are not a usable image (empty, not an image, truncated, absurdly large); one-line message."""
