"""Masking for logs and API responses (SPEC §4): enough left to recognise a record, not to reuse it.

The formats follow Chinese banking practice: ID 1101**********1234, phone 138****5678,
card 622202******0123, name 张**.
"""

from __future__ import annotations

import logging
import re


def _keep(value: str, head: int, tail: int) -> str:
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[len(value) - tail :]


def mask_id_number(value: str) -> str:
    """First 4 (province, city) and last 4 (sequence and check character)."""
    return _keep(value.strip(), 4, 4)


def mask_phone(value: str) -> str:
    return _keep(value.strip(), 3, 4)


def mask_card(value: str) -> str:
    """First 6 (the issuer BIN) and last 4, what receipts print; separators are dropped."""
    return _keep(re.sub(r"[\s-]", "", value), 6, 4)


def mask_name(value: str) -> str:
    """Surname only: 张三丰 → 张**."""
    value = value.strip()
    return value[:1] + "*" * (len(value) - 1) if len(value) > 1 else "*" * len(value)


# Longest patterns first: an ID number contains 11-digit runs that would look like phones.
_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_CARD_RE = re.compile(r"(?<![\d-])(?:\d{4}[ -]){2,4}\d{1,4}(?![\d-])|(?<!\d)\d{15,19}(?!\d)")
_PHONE_RE = re.compile(r"(?<![\d-])(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![\d-])")


def mask_text(text: str) -> str:
    """Mask every ID number, card number and mobile number found in free text."""
    text = _ID_RE.sub(lambda m: mask_id_number(m.group()), text)
    text = _CARD_RE.sub(lambda m: mask_card(m.group()), text)
    return _PHONE_RE.sub(lambda m: mask_phone("".join(m.groups())), text)


class PiiMaskingFilter(logging.Filter):
    """Rewrites a record's message (and formatted traceback) with PII masked.

    Installed on handlers, not loggers: records propagated from child loggers skip the root
    logger's filters but always pass through the handlers.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True


def install_log_masking(logger: logging.Logger | None = None) -> int:
    """Add the filter to every handler of `logger` (the root by default), once; call it after
    logging is configured. Returns how many handlers gained the filter."""
    target = logger or logging.getLogger()
    added = 0
    for handler in target.handlers:
        if not any(isinstance(f, PiiMaskingFilter) for f in handler.filters):
            handler.addFilter(PiiMaskingFilter())
            added += 1
    return added
