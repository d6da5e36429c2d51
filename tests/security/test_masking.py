from __future__ import annotations

import io
import logging

from precredit.security.masking import (
    PiiMaskingFilter,
    install_log_masking,
    mask_card,
    mask_id_number,
    mask_name,
    mask_phone,
    mask_text,
)


def test_maskers() -> None:
    assert mask_id_number("110101199003071234") == "1101**********1234"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_card("6222 0212 3456 7890 123") == "622202*********0123"
    assert mask_name("张三丰") == "张**"
    assert mask_name("李四") == "李*"
    assert mask_phone("123") == "***"


def test_mask_text_finds_pii_but_leaves_amounts_dates_and_vins() -> None:
    text = "id 11010119900307123X tel +86 138-1234-5678 card 6222021234567890123 amt 150000.00 on 2024-01-31 vin LSVAU2180N2183294"
    masked = mask_text(text)
    assert "1101**********123X" in masked and "138****5678" in masked and "622202*********0123" in masked
    assert "150000.00" in masked and "2024-01-31" in masked and "LSVAU2180N2183294" in masked


def test_log_filter_masks_args_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("precredit.test.masking")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        assert install_log_masking(logger) == 1
        assert install_log_masking(logger) == 0  # idempotent
        logger.warning("applicant %s phone %s", "110101199003071234", 13812345678)
        try:
            raise ValueError("bad card 6222021234567890123")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    assert "110101199003071234" not in out and "13812345678" not in out and "6222021234567890123" not in out
    assert "1101**********1234" in out and "138****5678" in out and "bad card 622202" in out


def test_filter_leaves_clean_records_untouched() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "score %d", (640,), None)
    assert PiiMaskingFilter().filter(record) and record.args == (640,)
