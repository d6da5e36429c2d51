"""Document OCR for Chinese ID cards, vehicle invoices, insurance policies and purchase contracts.

from precredit.ocr import read_document, OcrInputError
result = read_document("id_card_front", image_bytes)   # -> precredit.models.documents.OcrResult
"""

from precredit.ocr.engines import DEFAULT_ENGINE, ENGINES
from precredit.ocr.errors import OcrInputError
from precredit.ocr.reader import read_document

__all__ = ["DEFAULT_ENGINE", "ENGINES", "OcrInputError", "read_document"]
