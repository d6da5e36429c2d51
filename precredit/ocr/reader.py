"""`read_document`: decode, straighten, OCR, read fields by label, validate; one call per image."""

from __future__ import annotations

import time
from collections.abc import Callable

from precredit.models.documents import FIELDS, OcrResult
from precredit.ocr.decode import decode_image
from precredit.ocr.engines import DEFAULT_ENGINE, get_engine
from precredit.ocr.extract import Labels, Result
from precredit.ocr.geometry import straighten
from precredit.ocr.kinds import ASPECT, LABELS, SOURCES, WORK_WIDTH, all_labels
from precredit.ocr.layout import Layout
from precredit.ocr.read_idcard import read_back, read_front
from precredit.ocr.read_paper import read_contract, read_invoice, read_policy
from precredit.ocr.reread import second_chance

READERS: dict[str, Callable[[Layout, Labels], Result]] = {
    "id_card_front": read_front,
    "id_card_back": read_back,
    "vehicle_invoice": read_invoice,
    "insurance_policy": read_policy,
    "purchase_contract": read_contract,
}


def read_document(kind: str, data: bytes, *, engine: str | None = None) -> OcrResult:
    """Fields of one document image; a field that fails validation is None with a warning.

    Raises OcrInputError for bytes that are not a usable image and ValueError for an unknown kind
    or engine. Confidence per field is the OCR score scaled by how strongly its check vouches.
    """
    if kind not in FIELDS:
        raise ValueError(f"unknown document kind {kind!r}; choose one of {', '.join(FIELDS)}")
    started = time.perf_counter()
    ocr = get_engine(engine or DEFAULT_ENGINE)
    image = straighten(decode_image(data), WORK_WIDTH[kind], aspect=ASPECT[kind])
    layout = Layout(ocr.read(image), all_labels(kind))
    found = second_chance(
        READERS[kind](layout, LABELS[kind]),
        layout=layout,
        page=image,
        engine=ocr,
        read=READERS[kind],
        labels=LABELS[kind],
        sources=SOURCES,
    )
    fields: dict[str, str | None] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = []
    for name in FIELDS[kind]:
        checked, ocr_conf = found[name]
        fields[name] = checked.value
        confidence[name] = round(ocr_conf * checked.strength, 3) if checked.value is not None else 0.0
        warnings.extend(checked.warnings)
    return OcrResult(
        kind=kind,  # type: ignore[arg-type]
        fields=fields,
        confidence=confidence,
        warnings=warnings,
        engine=ocr.name,
        seconds=round(time.perf_counter() - started, 3),
    )
