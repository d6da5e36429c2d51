"""OCR engines behind one interface, loaded once per process (model loading costs more than a page)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol

import cv2
import numpy as np

from precredit.ocr.likelihood import text_log_likelihoods
from precredit.ocr.lines import Line, print_direction

ENGINES = ("rapidocr", "rapidocr-v4", "tesseract")
DEFAULT_ENGINE = "rapidocr"


class Engine(Protocol):
    name: str
    # For `reread`: below this line score a value no check vouches for is read again, and at most
    # this many value regions per page are (each region costs one engine call per variant).
    unsure: float
    reread_regions: int

    def read(self, bgr: np.ndarray, det_side: int | None = None) -> list[Line]:
        """Text lines of an upright, straightened image, in any order; `det_side`: the longest side
        text is detected at (the engine's own default when None), recognition is at full size."""
        ...

    def likelihoods(self, line: np.ndarray, texts: Sequence[str]) -> list[float | None]:
        """log P(text | line image) for each text (`precredit.ocr.likelihood`); None where the
        engine cannot say (an unknown character, or an engine without per-step probabilities)."""
        ...


def _rec_likelihoods(rec: Any, line: np.ndarray, texts: Sequence[str]) -> list[float | None]:
    """`likelihoods` for a PP-OCR text recogniser of either RapidOCR package: the line is prepared
    as the recogniser prepares one for reading, and its per-step probabilities are scored."""
    height, width = line.shape[:2]
    if height < 4 or width < 4:
        return [None] * len(texts)
    _, rec_h, rec_w = rec.rec_image_shape[:3]
    ratio = max(rec_w / rec_h, width / height)
    batch = rec.resize_norm_img(line, ratio)[np.newaxis, :].astype(np.float32)
    out = rec.session(batch)  # rapidocr 3.x: the array; rapidocr-onnxruntime: a list holding it
    probs = np.asarray(out[0] if isinstance(out, list | tuple) else out)[0]
    alphabet = getattr(rec, "_precredit_alphabet", None)
    if alphabet is None:
        alphabet = {c: i for i, c in enumerate(rec.postprocess_op.character) if i > 0}
        rec._precredit_alphabet = alphabet
    return text_log_likelihoods(probs, alphabet, texts)


class RapidOcrV4Engine:
    """PP-OCRv4 detection + recognition through onnxruntime, models bundled in the wheel (offline):
    `rapidocr-onnxruntime` 1.4.4, the default engine until PP-OCRv6 measured better (`rapidocr-v4`).

    One intra-op thread: a worker runs several OCR activities at once, and one thread each avoids
    oversubscribing the cores. The angle classifier is off because `straighten` already uprights.
    Detecting text on a page needs less resolution than reading it, hence the detection limit.
    """

    name = "rapidocr-v4"
    # PP-OCR scores right lines 0.9-1.0; one misread glyph in a short name pulls it to ~0.6-0.8.
    unsure = 0.85
    reread_regions = 6

    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self._ocr: Any = RapidOCR(
            use_cls=False,
            intra_op_num_threads=1,
            inter_op_num_threads=1,
            # Detection on at most 1024 px: boxes are still cut from the full image for recognition.
            det_limit_type="max",
            det_limit_side_len=1024,
        )
        self._lock = threading.Lock()

    def likelihoods(self, line: np.ndarray, texts: Sequence[str]) -> list[float | None]:
        with self._lock:
            return _rec_likelihoods(self._ocr.text_rec, line, texts)

    def read(self, bgr: np.ndarray, det_side: int | None = None) -> list[Line]:
        # rapidocr-onnxruntime 1.4.4 picks its own detection size from the image's (960, 1500 or
        # 2000 px under limit type max), so `det_side` and the limit above are not applied by it.
        with self._lock:
            result, _ = self._ocr(bgr, use_cls=False)
        result = result or []
        return _level_lines([r[0] for r in result], [r[1] for r in result], [r[2] for r in result])


class RapidOcrEngine:
    """PP-OCRv6 small detection + recognition as PyPI `rapidocr` 3.10 ships them inside its wheel:
    the default engine. Same settings as `RapidOcrV4Engine` (one thread, no angle classifier,
    detection on at most 1024 px); the models are files of the installed package, nothing is
    downloaded (it runs with no network). On the same photos it read more fields than PP-OCRv4,
    notably rare name characters, for the same or less CPU per page (see README). Unlike it, a
    tall line read unsurely is read a second time turned the other way (`_turned_back`).
    """

    name = "rapidocr"
    unsure = 0.85
    reread_regions = 6
    DET_SIDE = 1024
    # RapidOCR drops lines recognised less surely than this. At its default (0.5) a card photographed
    # from arm's length lost its small pale labels and even its name line whole; at 0.3 they reach
    # the validators and the second reading, which judge them. On the development and seen
    # families (n=2 each, same run) only the arm's-length card read differently (75.0 -> 83.3%).
    TEXT_SCORE = 0.3

    def __init__(self) -> None:
        import logging

        from rapidocr import RapidOCR

        self._ocr: Any = RapidOCR(
            params={
                "Global.use_cls": False,
                "Global.log_level": "warning",
                "Global.text_score": self.TEXT_SCORE,
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                "Det.limit_type": "max",
                "Det.limit_side_len": self.DET_SIDE,
            }
        )
        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        self._lock = threading.Lock()

    def likelihoods(self, line: np.ndarray, texts: Sequence[str]) -> list[float | None]:
        with self._lock:
            return _rec_likelihoods(self._ocr._load_rec_model(), line, texts)

    def read(self, bgr: np.ndarray, det_side: int | None = None) -> list[Line]:
        with self._lock:
            det = self._ocr._load_det_model()
            det.limit_side_len = det_side or self.DET_SIDE
            # Every line comes back, however unsure: a tall one read unsurely gets a second reading
            # turned the other way first (`_turned_back`), then the engine's own floor applies.
            out = self._ocr(bgr, use_cls=False, text_score=0.0)
            if out.boxes is None or out.txts is None or out.scores is None:
                return []
            boxes, texts, scores = list(out.boxes), list(out.txts), [float(s) for s in out.scores]
            _turned_back(bgr, boxes, texts, scores, self._ocr._load_rec_model())
        kept = [i for i, score in enumerate(scores) if score >= self.TEXT_SCORE]
        return _level_lines([boxes[i] for i in kept], [texts[i] for i in kept], [scores[i] for i in kept])


class TesseractEngine:
    """Tesseract 5 `chi_sim` via pytesseract; words are regrouped into lines split at wide gaps,
    so a label and its value in another table cell come back as two lines, as with RapidOCR."""

    name = "tesseract"
    SCALE = 1.5
    # Word confidences averaged over a line are not comparable with PP-OCR's scores and were not
    # calibrated here, so only failed or repaired values are read again, and few: each crop starts
    # a tesseract process that loads chi_sim (~0.3-0.5 s); re-reading up to 6 regions with the
    # RapidOCR threshold doubled its time per page (2.8-3.5 s -> 6.3-7.5 s) and fixed nothing.
    unsure = 0.0
    reread_regions = 2

    def __init__(self) -> None:
        import pytesseract

        self._tess: Any = pytesseract
        pytesseract.get_tesseract_version()

    def likelihoods(self, line: np.ndarray, texts: Sequence[str]) -> list[float | None]:
        return [None] * len(texts)  # Tesseract's LSTM gives no per-step probabilities here

    def read(self, bgr: np.ndarray, det_side: int | None = None) -> list[Line]:
        # chi_sim reads 30-40 px glyphs best: 1.5x lifts field accuracy ~5 points for ~40% more time.
        big = cv2.resize(bgr, None, fx=self.SCALE, fy=self.SCALE, interpolation=cv2.INTER_CUBIC)
        return [
            Line(
                ln.text,
                ln.x0 / self.SCALE,
                ln.y0 / self.SCALE,
                ln.x1 / self.SCALE,
                ln.y1 / self.SCALE,
                ln.conf,
            )
            for ln in self._read(big)
        ]

    def _read(self, bgr: np.ndarray) -> list[Line]:
        gray = _without_rules(flat_light(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)))
        data = self._tess.image_to_data(
            gray,
            lang="chi_sim",
            config="--psm 11 -c preserve_interword_spaces=1",
            output_type=self._tess.Output.DICT,
        )
        words: dict[tuple[int, int, int], list[tuple[int, int, int, int, str, float]]] = {}
        for i, text in enumerate(data["text"]):
            if not text.strip() or float(data["conf"][i]) < 0:
                continue
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
            words.setdefault(key, []).append((x, y, x + w, y + h, text.strip(), float(data["conf"][i]) / 100))
        lines: list[Line] = []
        for group in words.values():
            group.sort()
            height = max(w[3] - w[1] for w in group)
            start = 0
            for j in range(1, len(group) + 1):
                if j == len(group) or group[j][0] - group[j - 1][2] > 1.5 * height:
                    part = group[start:j]
                    lines.append(
                        Line(
                            "".join(w[4] for w in part),
                            min(w[0] for w in part),
                            min(w[1] for w in part),
                            max(w[2] for w in part),
                            max(w[3] for w in part),
                            sum(w[5] for w in part) / len(part),
                        )
                    )
                    start = j
        return _merge_rows(lines)


# Degrees off the page's own text direction beyond which a detected line is not the document's: a
# watermark repeated across a copy (仅供贷款使用) runs at 30-45 degrees to the print. Its fragments
# otherwise join the fields they cross (an address ending 贷款使用) or stand where a missed value
# should be (a name read as 件仅).
MAX_SLANT = 12.0


# A line in a box this many times taller than wide runs up or down the page (a schedule printed
# sideways on an upright page): the recogniser turns every such crop the same way, a quarter turn
# anticlockwise, which reads text running upward and turns text running downward upside down.
# This is RapidOCR's own threshold for turning a crop (`get_rotate_crop_image`), so it is kept here
# rather than shared with `orientation.TALL`, which judges whole pages.
TALL = 1.5
# Below this score a tall line is read again turned a half turn, and the surer reading kept.
TURN_UNSURE = 0.95


def _turned_back(bgr: np.ndarray, boxes: list[Any], texts: list[str], scores: list[float], rec: Any) -> None:
    """Reads each tall, unsurely read line of `bgr` (PP-OCR `rec`, box corners from the box's
    top-left, clockwise) again turned the other way, replacing its text and score in place where
    that reads more surely."""
    from rapidocr.ch_ppocr_rec.typings import TextRecInput
    from rapidocr.utils.process_img import get_rotate_crop_image

    for i, box in enumerate(boxes):
        quad = np.asarray(box, np.float32)
        wide = max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3]))
        high = max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2]))
        if scores[i] >= TURN_UNSURE or wide < 1 or high / wide < TALL:
            continue
        crop = get_rotate_crop_image(bgr, quad)  # turned a quarter anticlockwise, as read
        out = rec(TextRecInput(img=[np.ascontiguousarray(np.rot90(crop, 2))]))
        if out.txts and out.scores and out.txts[0].strip() and float(out.scores[0]) > scores[i]:
            texts[i], scores[i] = str(out.txts[0]), float(out.scores[0])


def _slant(box: Any, text: str) -> float | None:
    """The direction a detected box (corners from its top-left, clockwise) runs in, in degrees;
    None for one character or a box not clearly longer than high, which has no direction to judge."""
    quad = np.asarray(box, np.float64)
    top, side = quad[1] - quad[0], quad[3] - quad[0]
    long = len(text) >= 2 and float(np.hypot(*top)) >= 1.5 * float(np.hypot(*side))
    return float(np.degrees(np.arctan2(top[1], top[0]))) if long else None


def _across(boxes: Sequence[Any], texts: Sequence[str]) -> list[bool]:
    """For each detected box (corners from its top-left, clockwise) and its text, whether it is a
    line running across the page's own: two characters or more, more than `MAX_SLANT` degrees off
    the direction most of the page's characters run in (`print_direction`). One character's box
    has no direction to judge; following the print keeps a page read a little turned (no outline,
    deskewed only so far) whole."""
    angles = [_slant(box, text) for box, text in zip(boxes, texts, strict=True)]
    level = print_direction((a, len(t)) for a, t in zip(angles, texts, strict=True) if a is not None)
    if level is None:
        return [False] * len(angles)
    return [a is not None and abs(a - level) > MAX_SLANT for a in angles]


def _level_lines(boxes: Sequence[Any], texts: Sequence[Any], scores: Sequence[Any]) -> list[Line]:
    """The lines a RapidOCR engine detected (box corners, text, score each), as upright boxes that
    keep the direction they ran in, without those running across the print (`_across`)."""
    words = [str(text) for text in texts]
    lines = []
    for box, text, score, off in zip(boxes, words, scores, _across(boxes, words), strict=True):
        if not off:
            xs, ys = [float(p[0]) for p in box], [float(p[1]) for p in box]
            lines.append(Line(text, min(xs), min(ys), max(xs), max(ys), float(score), _slant(box, text)))
    return lines


def _merge_rows(lines: list[Line]) -> list[Line]:
    """psm 11 returns sparse text: neighbouring fragments on one row closer than a glyph are one line."""
    lines = sorted(lines, key=lambda ln: (round(ln.cy / 10), ln.x0))
    merged: list[Line] = []
    for ln in sorted(lines, key=lambda ln: ln.x0):
        for k, m in enumerate(merged):
            if m.same_row(ln) and 0 <= ln.x0 - m.x1 < 1.2 * max(m.height, ln.height):
                merged[k] = Line(
                    m.text + ln.text, m.x0, min(m.y0, ln.y0), ln.x1, max(m.y1, ln.y1), min(m.conf, ln.conf)
                )
                break
        else:
            merged.append(ln)
    return merged


def flat_light(gray: np.ndarray) -> np.ndarray:
    """Divides out shadows and light gradients: Tesseract binarises globally and loses shaded text."""
    background = cv2.GaussianBlur(cv2.dilate(gray, np.ones((7, 7), np.uint8)), (0, 0), 15)
    flat = cv2.divide(gray, background, scale=255).astype(np.float32)
    low, high = float(flat.min()), float(flat.max())
    even: np.ndarray = np.clip((flat - low) * (255 / max(high - low, 1.0)), 0, 255).astype(np.uint8)
    return even


def rule_mask(gray: np.ndarray, run: int) -> np.ndarray:
    """Where `gray` holds a form's rules: straight dark runs at least `run` pixels long, across or
    down (255 there, 0 elsewhere)."""
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    h_rules = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (run, 1)))
    v_rules = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, run)))
    return np.asarray(cv2.bitwise_or(h_rules, v_rules))


def _without_rules(gray: np.ndarray) -> np.ndarray:
    """Erases long table rules, which Tesseract otherwise reads as 丨 or merges into glyphs."""
    rules = cv2.dilate(rule_mask(gray, 60), np.ones((3, 3), np.uint8))
    out = gray.copy()
    out[rules > 0] = 255
    return out


@cache
def get_engine(name: str = DEFAULT_ENGINE) -> Engine:
    """The process-wide engine instance; unknown names are a programming or configuration error."""
    if name == "rapidocr":
        return RapidOcrEngine()
    if name == "rapidocr-v4":
        return RapidOcrV4Engine()
    if name == "tesseract":
        return TesseractEngine()
    raise ValueError(f"unknown OCR engine {name!r}; choose one of {', '.join(ENGINES)}")
