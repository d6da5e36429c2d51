"""`read_document`: decode, straighten, OCR, read fields by label, validate; one call per image."""

from __future__ import annotations

import itertools
import logging
import math
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from difflib import SequenceMatcher

import cv2
import numpy as np

from precredit.models.documents import FIELDS, OcrResult
from precredit.ocr import validate as v
from precredit.ocr.decode import DETAIL_SIDE, decode_pages, reduced
from precredit.ocr.engines import DEFAULT_ENGINE, Engine, get_engine, rule_mask
from precredit.ocr.errors import OcrInputError
from precredit.ocr.extract import Labels, Result
from precredit.ocr.geometry import Flat, levelled, straighten, widened
from precredit.ocr.kinds import ASPECT, DETECT_SIDE, LABELS, SOURCES, WORK_WIDTH, all_labels
from precredit.ocr.layout import Layout
from precredit.ocr.lines import Line, holds_leader, normalize, print_direction
from precredit.ocr.match import differing, find_labels
from precredit.ocr.orientation import upright
from precredit.ocr.read_idcard import read_back, read_front
from precredit.ocr.read_paper import read_contract, read_invoice, read_policy
from precredit.ocr.reread import Box, reread_box, second_chance
from precredit.policy.identifiers import holds_personal_number, without_personal_numbers, without_quoted_words

log = logging.getLogger(__name__)

# A contract runs to a few pages; more is not one document (and would take minutes to read).
MAX_PAGES = 12
# Of several repairs that pass a check (a VIN's check digit), one is taken only when the
# recogniser finds it this many times likelier on the print than every other.
REPAIR_ODDS = 100.0
# ...and only when it is at least this likely relative to what was read, for each character it
# changes: a repair the print plainly contradicts (a county renamed since the list of divisions was
# drawn) is not taken.
REPAIR_FLOOR = 1e-4

# Dates a document bears of its own making (signed, issued): never after the day it is read, give
# or take the day a time zone makes. A policy may start or a card expire later, so not those.
MADE_ON = frozenset(("sign_date", "issue_date", "valid_from"))
TIME_ZONES = timedelta(days=1)
# ...nor more than this many years before it, as a repair (a year 1036 is no repair of 2036).
OLDEST = 50
# A purchase's contract and invoice are made for the purchase the application is for: a repair
# that would date one more than this many years back is none (2016 is no repair of a contract's
# 2036 read where 2026 is printed). An ID card's first valid day may lie decades back.
RECENT = {"sign_date": 5, "issue_date": 5}

READERS: dict[str, Callable[[Layout, Labels], Result]] = {
    "id_card_front": read_front,
    "id_card_back": read_back,
    "vehicle_invoice": read_invoice,
    "insurance_policy": read_policy,
    "purchase_contract": read_contract,
}


def read_document(
    kind: str,
    data: bytes,
    *,
    engine: str | None = None,
    claims: Mapping[str, str] | None = None,
    today: date | None = None,
) -> OcrResult:
    """Fields of one document image (or PDF); a field that fails validation is None with a warning.

    Raises OcrInputError for bytes that are not a usable image and ValueError for an unknown kind
    or engine. Confidence per field is the OCR score scaled by how strongly its check vouches.
    """
    return read_pages(kind, [data], engine=engine, claims=claims, today=today)


def read_pages(
    kind: str,
    pages: Sequence[bytes],
    *,
    engine: str | None = None,
    claims: Mapping[str, str] | None = None,
    today: date | None = None,
) -> OcrResult:
    """Fields of one document given as several page images (or PDFs), read as one text in page order.

    Each page is straightened and read on its own; the pages are then stacked top to bottom, so a
    value on page 2 follows its label at the foot of page 1 as it would on one long page.

    `claims` (field -> what the applicant declared) are judged against the print where the reading
    differs (`claim_fit`); the fields themselves stay what was read. `today` (default: the UTC
    date now) bounds the dates a document was made on (`MADE_ON`): a later one is misread.
    """
    if kind not in FIELDS:
        raise ValueError(f"unknown document kind {kind!r}; choose one of {', '.join(FIELDS)}")
    if not pages:
        raise OcrInputError("no page given")
    started = time.perf_counter()
    ocr = get_engine(engine or DEFAULT_ENGINE)
    raws = [raw for data in pages for raw in decode_pages(data)]
    if len(raws) > MAX_PAGES:
        raise OcrInputError(f"too many pages ({len(raws)}; at most {MAX_PAGES})")
    reading = _read(kind, raws, ocr, outline=True)
    source, outline = raws, True  # what the kept reading read, and whether it looked for outlines
    if reading.outlined and _found(reading.found) < len(FIELDS[kind]):
        # An outline can ring something else that looks like a page (the photo on a card, a
        # stamp, a table box) or one sheet of several photographed overlapping (the second page
        # laid over the first's lower half): when what it held lacks any field, the whole frame
        # is read as well. It is kept where it finds more, and either the outline held less than
        # half the document or the whole frame holds text the outline left out: the same text
        # read smaller finds more only by chance, and misreads as often.
        whole = _read(kind, raws, ocr, outline=False)
        if _found(whole.found) > _found(reading.found) and (
            _found(reading.found) < len(FIELDS[kind]) / 2
            or _lines_beyond(whole.layout.lines, reading.layout.lines) >= BEYOND_LINES
        ):
            reading, outline = whole, False
    if _found(reading.found) < len(FIELDS[kind]) / 2 and any(reduced(data) for data in pages):
        # A photo larger than MAX_SIDE was reduced on decoding, which keeps all the detail a
        # document filling it has; one small in it (two sheets side by side on a desk, far off)
        # loses its print. While less than half the document has been found, such photos are
        # decoded again at up to DETAIL_SIDE and read, the better reading kept.
        detailed = [raw for data in pages for raw in decode_pages(data, DETAIL_SIDE)]
        closer = _read(kind, detailed, ocr, outline=True)
        if _found(closer.found) > _found(reading.found):
            reading, source, outline = closer, detailed, True
    if _found(reading.found) < len(FIELDS[kind]) / 2:
        # A phone's front camera mirrors what it sees: a card held up to it is photographed with
        # its print reversed, which reads as nothing. While less than half the document has been
        # found, the pages are read mirrored too and the better reading kept.
        flipped = [np.ascontiguousarray(raw[:, ::-1]) for raw in raws]
        mirrored = _read(kind, flipped, ocr, outline=True)
        if _found(mirrored.found) > _found(reading.found):
            reading, source, outline = mirrored, flipped, True
    if (finer := fine_print_width(kind, reading, source)) is not None:
        # Print smaller on the straightened page than the recogniser reads well (a policy printed
        # two pages to a sheet, a reduced copy) is read again from the photo at a larger width,
        # up to the detail the photo holds; kept unless it finds fewer fields.
        closer = _read(kind, source, ocr, outline=outline, width=finer)
        if _found(closer.found) >= _found(reading.found):
            reading = closer
    if (card := small_card(kind, reading)) is not None:
        # A card small in its frame (laid on a flatbed and scanned as a whole A4 page, or far off)
        # has print too small for the detector at the page's scale: lines lose their last
        # characters, a wrapped address line is missed. The card's part of the page is read
        # again as a frame of its own; kept unless it finds fewer fields.
        closer = _read(kind, [card], ocr, outline=True)
        if _found(closer.found) >= _found(reading.found):
            reading = closer
    today = today or datetime.now(UTC).date()
    found = {
        name: (not_after(reading, name, checked, today), conf) if name in MADE_ON else (checked, conf)
        for name, (checked, conf) in reading.found.items()
    }
    fields: dict[str, str | None] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = []
    for name in FIELDS[kind]:
        checked, ocr_conf = found[name]
        if checked.options:
            checked = choose_repair(reading, ocr, name, checked)
        fields[name] = checked.value
        confidence[name] = round(ocr_conf * checked.strength, 3) if checked.value is not None else 0.0
        # Warnings are kept in plaintext: one quoting what it read names no personal number and
        # no words (a name or an address may be among them).
        warnings.extend(without_quoted_words(without_personal_numbers(w)) for w in checked.warnings)
    fit = {
        name: ratio
        for name, claim in (claims or {}).items()
        if name in fields and (ratio := claim_fit(reading, ocr, fields[name], claim)) is not None
    }
    return OcrResult(
        kind=kind,
        fields=fields,
        confidence=confidence,
        warnings=warnings,
        engine=ocr.name,
        seconds=round(time.perf_counter() - started, 3),
        claim_fit=fit,
    )


# Lines of the whole frame that no line of the outlined page resembles (a similarity ratio of
# SAME_TEXT at least): BEYOND_LINES of them are text the outline left out, not a misread or two.
SAME_TEXT = 0.5
BEYOND_LINES = 3


def _lines_beyond(lines: Sequence[Line], inside: Sequence[Line]) -> int:
    """How many of `lines` (three characters or more: shorter ones are as often a stray mark or a
    line's end read apart) resemble none of `inside`."""
    texts = [ln.text for ln in inside]
    count = 0
    for ln in lines:
        if len(ln.text) < 3:
            continue
        if not any(_resembles(ln.text, t) for t in texts):
            count += 1
    return count


def _resembles(a: str, b: str) -> bool:
    """`a` and `b` share SAME_TEXT of their characters in order (the quick bound first)."""
    match = SequenceMatcher(None, a, b)
    return match.quick_ratio() >= SAME_TEXT and match.ratio() >= SAME_TEXT


@dataclass(frozen=True)
class Reading:
    found: Result
    outlined: bool  # some page was cut out by its outline
    image: np.ndarray  # the straightened pages, stacked
    layout: Layout


# The straightened page's lines (their boxes, of four characters or more) are this many pixels
# high at the median on the development and seen paper families' pages (28-38); a page whose lines
# are below FINE_PRINT at the kind's working width (a policy printed two to a sheet: 16-21) is
# read again at the width that brings them to PRINT_HEIGHT, where the photo holds that much
# detail (its longest side), at most MAX_ENLARGE times the working width.
PRINT_HEIGHT = 32
FINE_PRINT = 24
MAX_ENLARGE = 2.0
MIN_ENLARGE = 1.25  # less is not worth another reading
FINE_PRINT_LINES = 8  # fewer lines say too little about the print's size
# An ID card's print has the one size its standard sets, so straightened to the working width it is
# never fine; small lines around a card are something else's (a newspaper it lies on).
CARDS = frozenset({"id_card_front", "id_card_back"})


def fine_print_width(kind: str, reading: Reading, raws: Sequence[np.ndarray]) -> int | None:
    """The width to read the pages at again where their print came out small (see FINE_PRINT);
    None where it did not, or where the photo holds no more detail than the reading had."""
    if kind in CARDS:
        return None
    heights = [ln.y1 - ln.y0 for ln in reading.layout.lines if len(ln.text) >= 4]
    if len(heights) < FINE_PRINT_LINES:
        return None
    height = float(np.median(heights))
    if height >= FINE_PRINT:
        return None
    width = WORK_WIDTH[kind]
    detail = max(max(raw.shape[:2]) for raw in raws) / width
    scale = min(PRINT_HEIGHT / max(height, 1.0), detail, MAX_ENLARGE)
    return round(width * scale) if scale >= MIN_ENLARGE else None


# An ID card's labelled lines (姓名 … to 公民身份号码 …, 签发机关 … 有效期限 …) span about half to
# nine tenths of its width; on a card filling the working width, 385-570 px of 1000. A span under
# CARD_SPAN of the page's width is a card small in its frame, and its part of the page (the span
# grown by CARD_AROUND of it: left, up, right, down, room for the photo and the title) is read as
# a frame of its own.
CARD_SPAN = 0.3
CARD_AROUND = (0.4, 0.9, 1.9, 0.3)


def small_card(kind: str, reading: Reading) -> np.ndarray | None:
    """The part of the page a card small in its frame lies on, enlarged to the working width;
    None where the card spans enough of the page, or no two labels say where it lies."""
    if kind not in CARDS:
        return None
    layout = reading.layout
    labelled = [ln for ln in layout.lines if layout.is_label(ln)]
    if len(labelled) < 2:
        return None
    page = reading.image
    ph, pw = page.shape[:2]
    left = min(ln.x0 for ln in labelled)
    span = max(ln.x1 for ln in labelled) - left
    if span >= CARD_SPAN * pw or span < 8:
        return None
    grow_left, grow_up, grow_right, grow_down = CARD_AROUND
    x0, x1 = max(0, round(left - grow_left * span)), min(pw, round(left + grow_right * span))
    y0 = max(0, round(min(ln.y0 for ln in labelled) - grow_up * span))
    y1 = min(ph, round(max(ln.y1 for ln in labelled) + grow_down * span))
    crop = page[y0:y1, x0:x1]
    scale = WORK_WIDTH[kind] / crop.shape[1]
    return cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)


def _line_of(reading: Reading, read: str) -> tuple[Line, np.ndarray] | None:
    """The first line whose text holds `read` (in either case: a code a dealer's system printed in
    lower case is read upper-cased), and its pixels on the straightened page."""
    line = next((ln for ln in reading.layout.lines if read.upper() in normalize(ln.text).upper()), None)
    if line is None:
        return None
    return line, _pixels(reading.image, line)


def _pixels(image: np.ndarray, line: Line) -> np.ndarray:
    """What of `image` lies in `line`'s box."""
    return image[max(int(line.y0), 0) : math.ceil(line.y1), max(int(line.x0), 0) : math.ceil(line.x1)]


def not_after(reading: Reading, name: str, checked: v.Checked, today: date) -> v.Checked:
    """`checked`, a date the document was made on, unless it lies after `today` (plus a time zone's
    day): then no value, with the dates one digit of its year away that are not later (nor
    `OLDEST` years earlier, `RECENT` for a purchase's own papers) as repairs for the print to
    choose between (`choose_repair`: a year misread 2036 where 2026 is printed)."""
    if checked.value is None:
        return checked
    made = date.fromisoformat(checked.value)
    if made <= today + TIME_ZONES:
        return checked
    why = f"a date after the day it was read ({today.isoformat()}): misread"
    printed = _printed_date(reading, made)
    if printed is None:
        return v.fail(name, why)
    year = str(made.year)
    options, values = [], []
    for at in range(4):
        for digit in "0123456789":
            other = year[:at] + digit + year[at + 1 :]
            if other == year or other[0] == "0":
                continue
            try:
                earlier = made.replace(year=int(other))
            except ValueError:  # 29 February in a year without it
                continue
            if today.year - RECENT.get(name, OLDEST) <= earlier.year and earlier <= today + TIME_ZONES:
                options.append(printed.replace(year, other, 1))
                values.append(earlier.isoformat())
    return v.Checked(
        None, 0.0, [f"{name}: {why}"], read_as=printed, options=tuple(options), values=tuple(values)
    )


def _printed_date(reading: Reading, made: date) -> str | None:
    """The text on a line of the page that reads as `made`, opening with its year (2036109.26)."""
    year = str(made.year)
    for line in reading.layout.lines:
        text = normalize(line.text)
        for m in re.finditer(year, text):
            for end in range(m.end() + 4, min(len(text), m.end() + 8) + 1):
                if v.parse_date(text[m.start() : end]) == made:
                    return text[m.start() : end]
    return None


# Fields holding a person's name: a repair of one is noted without the name (warnings are kept
# unsealed).
PERSON_NAMES = frozenset({"name", "buyer_name", "insured_name"})


def choose_repair(reading: Reading, ocr: Engine, name: str, checked: v.Checked) -> v.Checked:
    """Of the repairs a check or a list offers for what was read (a VIN whose check digit fails,
    with S that might be 5 and 8 that might be B; a county not on the list of divisions, one
    character from one that is), the one the recogniser finds likeliest on the line it read (CTC
    forward algorithm over its per-step probabilities, as for `claim_fit`), when it is at least
    `REPAIR_ODDS` times likelier than every other repair and at least `REPAIR_FLOOR` times as
    likely as the reading itself; else `checked` stands. The check or the list vouches for the
    kind of value, the print for which one."""
    found = _line_of(reading, checked.read_as)
    if found is None:
        return checked
    line, crop = found
    text = normalize(line.text)
    at = text.upper().find(checked.read_as.upper())
    printed = text[at : at + len(checked.read_as)]
    # Repairs are scored in the case the print has: a VIN typed in lower case (lhgu6n604…) is seen
    # by the recogniser as lower-case letters, and an upper-case repair would fit it worse than
    # the misreading does.
    lower = printed != checked.read_as and printed == printed.lower()

    def put(option: str) -> str:
        return text[:at] + (option.lower() if lower else option) + text[at + len(printed) :]

    try:
        scores = ocr.likelihoods(crop, [text, *(put(o) for o in checked.options)])
    except Exception:  # choosing is extra: the reading stands without it, but the failure is logged
        log.exception("could not score repairs against the print (%s)", ocr.name)
        return checked
    as_read, options = scores[0], scores[1:]
    if as_read is None or any(s is None for s in options):
        return checked
    ranked = sorted(
        ((s, o) for s, o in zip(options, checked.options, strict=True) if s is not None), reverse=True
    )
    best, chosen = ranked[0]
    if len(ranked) > 1 and best - ranked[1][0] < math.log(REPAIR_ODDS):
        return checked
    if best - as_read < math.log(REPAIR_FLOOR) * _changed(checked.read_as, chosen):
        return checked
    if checked.values:
        value = checked.values[checked.options.index(chosen)]
    else:
        value = checked.value.replace(checked.read_as, chosen, 1) if checked.value else chosen
    odds = f"{math.exp(max(min(best - as_read, 50.0), -50.0)):.2g}"
    # Warnings are kept in plaintext beside the sealed fields: a personal number is not named.
    private = holds_personal_number(chosen) or name in PERSON_NAMES
    what = "one character" if private else f"{checked.read_as} to {chosen}"
    note = (
        f"{name}: repaired {what}, one of {len(ranked)} the check allows; "
        f"the print finds it {odds} times as likely as the reading"
    )
    return v.Checked(value, min(checked.strength or 0.75, 0.75), [*checked.warnings, note], vouched=True)


def _changed(read: str, repair: str) -> int:
    """How many characters a repair changes: those that differ where it is as long as the reading
    (岳麓 for 品著: two), else one."""
    return max(1, differing(read, repair) or 1)


def claim_fit(reading: Reading, ocr: Engine, read: str | None, claim: str) -> float | None:
    """How likely the recogniser finds the claimed value on the line it read the value from,
    relative to what it read there: 1.0 when they are the same (or the claim fits better), about
    0.1-0.5 for a character it hesitated over, below 1e-6 for a different name. None when it cannot
    be judged: nothing was read, no line holds the reading, or the engine knows a character of
    neither."""
    if read is None:
        return None
    if normalize(read) == normalize(claim):
        return 1.0
    found = _line_of(reading, read)
    if found is None:
        return None
    line, crop = found
    text = normalize(line.text)
    try:
        as_read, as_claimed = ocr.likelihoods(crop, [text, text.replace(read, normalize(claim), 1)])
    except Exception:  # judging is extra: the reading stands without it, but the failure is logged
        log.exception("could not judge a claimed value against the print (%s)", ocr.name)
        return None
    if as_read is None or as_claimed is None:
        return None
    return float(min(1.0, math.exp(max(as_claimed - as_read, -700.0))))


# A page washed out (a lamp too bright, an overexposed photo): its darkest ink no darker than
# this grey level, and its middle grey (the paper) within WASHED_SPAN of it. The detector may
# find little on such a page; it is read again with its grey levels stretched to the full range.
WASHED_INK = 100
WASHED_SPAN = 50


def _inked(page: np.ndarray) -> np.ndarray | None:
    """When `page` is washed out, the page with its grey levels stretched so its darkest ink is
    black and its brightest paper white (the same linear map for every channel, so colours keep
    their order: a red seal stays red); else None."""
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    ink, paper, white = np.percentile(grey, [0.5, 50, 99])
    if ink <= WASHED_INK or paper - ink >= WASHED_SPAN or white <= ink:
        return None
    stretched: np.ndarray = np.clip((page.astype(np.float32) - ink) * (255.0 / (white - ink)), 0, 255)
    return stretched.astype(np.uint8)


def _read(
    kind: str, raws: list[np.ndarray], ocr: Engine, *, outline: bool, width: int | None = None
) -> Reading:
    """The fields found on the pages, and whether any page was cut out by its outline; each page
    straightened to `width` (default the kind's `WORK_WIDTH`)."""
    width = width or WORK_WIDTH[kind]

    def read(img: np.ndarray) -> list[Line]:
        return ocr.read(img, DETECT_SIDE[kind])

    def whole_frame(raw: np.ndarray) -> tuple[np.ndarray, list[Line]]:
        """The page read from the whole frame, only deskewed, where an outline is in doubt."""
        return upright(straighten(raw, width, outline=False).page, read, width)

    pages_read: list[tuple[np.ndarray, list[Line]]] = []
    margined: list[tuple[int, np.ndarray, Flat]] = []  # pages an outline cut out, to read around
    outlined = False
    for raw in raws:
        flat = straighten(raw, width, aspect=ASPECT[kind], outline=outline)
        page, read_lines = upright(flat.page, read, width)
        if (inked := _inked(flat.page)) is not None:
            # Stretching a washed-out page finds text the detector missed, and makes the noise of
            # a page it read well louder: the reading that finds more fields is kept.
            stretched, stretched_lines = upright(inked, read, width)
            if _fields_on(kind, stretched_lines) > _fields_on(kind, read_lines):
                flat = replace(flat, page=inked)
                page, read_lines = stretched, stretched_lines
        page, read_lines = _level(kind, page, read_lines, read)
        if flat.turned and _portrait(page) == _portrait(flat.page):
            # An outline of the kind's shape turned a quarter whose text runs across it is either
            # not the page lying turned (a brand band cut off a card, a box on a form) or a sheet
            # printed that way (two pages to a landscape sheet): the whole frame is read too and
            # the reading that finds more fields kept, the whole frame when they find as many.
            whole, whole_lines = whole_frame(raw)
            if _fields_on(kind, read_lines) > _fields_on(kind, whole_lines):
                outlined = True
            else:
                page, read_lines = whole, whole_lines
        elif (
            flat.outlined
            and _cut_through(page, read_lines)
            and (fields_read := _fields_on(kind, read_lines)) < len(FIELDS[kind])
        ):
            # An outline whose text runs into its edge is not the page's edge: a hard shadow across
            # a white card on a white desk rings the card's dark half. The whole frame is read too
            # and the reading that finds more fields kept; a reading that found every field cannot
            # be bettered, so it is not read again (a card on a newspaper: the newspaper's lines
            # run into its outline's edges, and reading them all twice doubled the time).
            whole, whole_lines = whole_frame(raw)
            if _fields_on(kind, whole_lines) > fields_read:
                page, read_lines = whole, whole_lines
            else:
                outlined = True
        else:
            if flat.outlined and page is flat.page:  # as cut out, not turned: margins line up
                margined.append((len(pages_read), raw, flat))
            outlined = outlined or flat.outlined
        pages_read.append((page, _unsealed(page, _unstruck(page, read_lines, ocr), ocr)))
    image, layout, found = _document(kind, pages_read, ocr)
    for at in range(len(margined) - 1, -1, -1):
        if _found(found) == len(FIELDS[kind]):
            break
        # Two sheets photographed in one frame, side by side or one above the other (a contract's
        # two pages laid out on a desk): the outline rings one of them. While fields are missing,
        # the photo is searched again with that sheet covered by the desk's colour, and another
        # sheet found there, at least half as large and lying beside it, is read as a page of its
        # own before or after it in reading order, kept where the document then gives more.
        index, raw, flat = margined[at]
        if (sheet := _another_sheet(kind, raw, flat, read, width)) is None:
            continue
        (page, lines), before = sheet
        new = (page, _unsealed(page, _unstruck(page, lines, ocr), ocr))
        at_page = index if before else index + 1
        trial = [*pages_read[:at_page], new, *pages_read[at_page:]]
        again = _document(kind, trial, ocr)
        if _found(again[2]) > _found(found):
            image, layout, found = again
            pages_read = trial
            margined = [(i + (i >= at_page), r, f) for i, r, f in margined]
    if margined and _found(found) < len(FIELDS[kind]):
        # An outline can stop where the paper's colour does: a header printed white on a dark
        # band is not paper-coloured, so the outline runs along the band's edge and cuts the
        # header off. While the document lacks fields after every second look, what lies around
        # each outlined page on the same plane is read too, kept where the pages then give more.
        fields_read, more = _fields_on(kind, _stacked(pages_read)), False
        for index, raw, flat in margined:
            if (around := _around(kind, raw, flat, pages_read[index], ocr, width)) is None:
                continue
            trial = [*pages_read[:index], around, *pages_read[index + 1 :]]
            if (count := _fields_on(kind, _stacked(trial))) > fields_read:
                pages_read, fields_read, more = trial, count, True
        if more:
            image, layout, found = _document(kind, pages_read, ocr)
    if _found(found) < len(FIELDS[kind]) and (unruled := _ruled_through(kind, pages_read, ocr)) is not None:
        # A form filled by a second printer pass fed off true puts values across its rules: a rule
        # through the middle of a line hides it from the detector or turns its letters into
        # others (an F with a rule along its foot reads E). While fields are missing, each page
        # whose rules cross a line is read again with its rules painted out, kept where the
        # document then gives more.
        again = _document(kind, unruled, ocr)
        if _found(again[2]) > _found(found):
            image, layout, found, pages_read = *again, unruled
    if _found(found) < len(FIELDS[kind]) and (unled := _led(kind, pages_read, ocr)) is not None:
        # Dot leaders run from a label to its value (合同编号…………GC2024…): the recogniser, in a
        # long run of dots or dashes, loses characters of the value beside it (---------司-公司
        # for a seller's name). While fields are missing, each line read with a leader in it is
        # read again with its leader's marks painted out, kept where the document then gives more.
        again = _document(kind, unled, ocr)
        if _found(again[2]) > _found(found):
            image, layout, found, pages_read = *again, unled
    if _found(found) < len(FIELDS[kind]) and (unsealed := _under_seals(kind, pages_read, ocr)) is not None:
        # A seal over a line can hide it from the detector altogether (a date under the seller's
        # seal, in dim light): while fields are missing, the band across each seal is read again
        # through the red channel, where the seal is nearly paper, and lines found there that the
        # page's reading did not have are added, kept where the document then gives more.
        again = _document(kind, unsealed, ocr)
        if _found(again[2]) > _found(found):
            image, layout, found, pages_read = *again, unsealed
    if _found(found) < len(FIELDS[kind]) and (labelled := _small_labels(kind, pages_read, ocr)) is not None:
        # Labels in small print (grey captions under large values) are misread at the page's
        # scale more than its values: while fields are missing, short small lines no label was
        # found on are read again enlarged, and kept where the document then gives more.
        again = _document(kind, labelled, ocr)
        if _found(again[2]) > _found(found):
            image, layout, found, pages_read = *again, labelled
    if _found(found) < len(FIELDS[kind]) and (faint := _faint_print(kind, pages_read, ocr)) is not None:
        # Print a few levels below paper (a form scanned in a mode that drops its colour, its
        # labels nearly gone; a pale pre-printed form) is passed by as background: while fields
        # are missing, each page is read again with its light tones darkened, and lines found
        # there that the reading lacked are added, kept where the document then gives more.
        again = _document(kind, faint, ocr)
        if _found(again[2]) > _found(found):
            image, layout, found = again
    return Reading(found, outlined, image, layout)


# A page whose print the detector's boxes show running more than this many degrees off level is
# read again turned level, while it lacks fields: deskewing by the ink's rows fails where the
# frame is mostly a textured desk or floor (a phone's screen photographed on a carpet, turned
# three degrees), and at three degrees a value right-aligned 300 px from its label stands half a
# row above it, beside the label of the row before. From SKEWED on it is read turned level even
# with every field found: a sheet laid crooked on a scanner, whose scan the outline cut out square,
# runs ten degrees off, its rows climbing a row in a few labels' width, and a label found a value
# from another row (厂牌型号 took the buyer's name). The turned reading is kept unless it gives fewer.
LEVEL_SLANT = 1.0
SKEWED = 4.0


def _level(
    kind: str, page: np.ndarray, lines: list[Line], read: Callable[[np.ndarray], list[Line]]
) -> tuple[np.ndarray, list[Line]]:
    """`page` and its lines, or the page turned so its print runs level and its lines read there:
    if its print runs `LEVEL_SLANT` or more off level, fields are missing, and turned it gives more;
    if it runs `SKEWED` or more off, and turned it gives as many."""
    angle = print_direction((ln.slant, len(ln.text)) for ln in lines if ln.slant is not None)
    if angle is None or abs(angle) < LEVEL_SLANT:
        return page, lines
    skewed = abs(angle) >= SKEWED
    if (fields := _fields_on(kind, lines)) == len(FIELDS[kind]) and not skewed:
        return page, lines
    turned = levelled(page, angle)
    again = read(turned)
    turned_fields = _fields_on(kind, again)
    better = turned_fields >= fields if skewed else turned_fields > fields
    return (turned, again) if better else (page, lines)


# A blob of seal-red ink at least this many pixels across each way (at the work width), and no
# more than SEAL_ASPECT times as wide as high or the reverse, is a seal (a company's round or oval
# seal is 100-200 px); a line of red print, a red rule or a pen's tick is not. An office's stamp
# in blue ink (a bank's 收讫, a lender's received stamp with its date and filing number) is a
# rectangle up to STAMP_ASPECT times as wide as high.
SEAL_ACROSS = 50
SEAL_ASPECT = 2.0
STAMP_ASPECT = 3.0
# Two lines overlapping by more than this share of the smaller one are the same line.
SAME_LINE = 0.3


def _seals(page: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """The seals and stamps on a page, each as its box and the channel its ink is lightest in
    (red for a seal, blue for a blue stamp): blobs of seal-red ink (`SEAL_RED`) SEAL_ACROSS or more
    across both ways and about as wide as high, a ring's broken strokes joined, and blobs of stamp
    blue as large and up to STAMP_ASPECT as wide as high."""
    red = [(*box, 2) for box in _blobs(_seal_ink(page), SEAL_ASPECT)]
    return red + [(*box, 0) for box in _blobs(_stamp_blue(page), STAMP_ASPECT)]


def _blobs(ink: np.ndarray, aspect: float) -> list[tuple[int, int, int, int]]:
    """The boxes of the blobs of `ink` (broken strokes joined) SEAL_ACROSS or more across both ways
    and no more than `aspect` times as wide as high or the reverse."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(
        cv2.dilate(ink.astype(np.uint8), np.ones((9, 9), np.uint8))
    )
    return [
        (int(x), int(y), int(x + w), int(y + h))
        for x, y, w, h, _ in stats[1:]
        if w >= SEAL_ACROSS and h >= SEAL_ACROSS and max(w, h) <= aspect * min(w, h)
    ]


def _overlap(a: Line, b: Line) -> float:
    """The share of the smaller box that the two boxes have in common."""
    w, h = a.x_overlap(b), a.y_overlap(b)
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min(a.width * a.height, b.width * b.height)
    return w * h / max(smaller, 1.0)


def _under_seals(
    kind: str, pages: list[tuple[np.ndarray, list[Line]]], ocr: Engine
) -> list[tuple[np.ndarray, list[Line]]] | None:
    """The pages with the lines a seal or stamp hid from the detector added: the band across each
    (half its height above and below it, the page's width) is read through the channel its ink is
    lightest in (red for a red seal, blue for a blue stamp; black print stays dark in both), and
    each line found there that overlaps no line already read is added. None when none is found."""
    out, changed = [], False
    for page, lines in pages:
        seals = _seals(page)
        if not seals:
            out.append((page, lines))
            continue
        kept = list(lines)
        seen: dict[int, np.ndarray] = {}
        for _, y0, _, y1, channel in seals:
            if channel not in seen:
                seen[channel] = _through(page, channel)
            through = seen[channel]
            top, bottom = max(0, y0 - (y1 - y0) // 2), min(page.shape[0], y1 + (y1 - y0) // 2)
            for ln in ocr.read(through[top:bottom], DETECT_SIDE[kind]):
                found = Line(ln.text, ln.x0, ln.y0 + top, ln.x1, ln.y1 + top, ln.conf)
                if all(_overlap(found, o) <= SAME_LINE for o in kept):
                    kept.append(found)
                    changed = True
        out.append((page, kept))
    return out if changed else None


# A line no longer than this, in a caption's place under a value, may be a label in small type
# that the page's reading misread ((W阳起期 for 保险起期).
SMALL_LABEL = 8
# The re-reads tried in turn (`reread.VARIANTS`): enlarged, then enlarged with shading divided out.
CAPTION_VARIANTS = (1, 2)


# Faint print's darkening: the paper's own brightness (its shading and shadows) divided out, a
# closing FAINT_CLOSE of the page's width wide taking away every stroke, then each pixel's share of
# its paper raised to FAINT_GAMMA, so a label at 85-90% of the paper comes out mid-grey and black
# print stays black.
FAINT_CLOSE = 1 / 40
FAINT_GAMMA = 4.0


def _faint(page: np.ndarray) -> np.ndarray:
    """The page with its light tones darkened (`FAINT_GAMMA`) against its own paper."""
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY).astype(np.float32)
    side = max(3, int(page.shape[1] * FAINT_CLOSE) | 1)
    paper = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, np.ones((side, side), np.uint8))
    share = np.clip(grey / np.maximum(paper, 1.0), 0, 1)
    return np.asarray(cv2.cvtColor((share**FAINT_GAMMA * 255).astype(np.uint8), cv2.COLOR_GRAY2BGR))


def _faint_print(
    kind: str, pages: list[tuple[np.ndarray, list[Line]]], ocr: Engine
) -> list[tuple[np.ndarray, list[Line]]] | None:
    """The pages with what the darkened reading (`_faint`) found in faint print: a line that
    overlaps none already read is added if it holds a label (a label on its own), and a line
    that is the lines it overlaps with a label before them takes their place (the label read
    joined to its value); every other line of the first reading stands, so a value darkening
    misread is not taken. None when nothing was found."""
    labels = all_labels(kind)
    out, changed = [], False
    for page, lines in pages:
        kept = list(lines)
        for found in ocr.read(_faint(page), DETECT_SIDE[kind]):
            text = found.text.replace(" ", "")
            under = sorted((o for o in kept if _overlap(found, o) > SAME_LINE), key=lambda o: o.x0)
            if not under:
                # Faint print is a form's labels: darkening a dark scan also makes text of its
                # noise, so a line that holds no label is not taken.
                if find_labels(text, labels):
                    kept.append(found)
                    changed = True
                continue
            value = "".join(o.text for o in under).replace(" ", "")
            head = text[: len(text) - len(value)].rstrip(":：")
            if head and text.endswith(value) and any(h.end == len(head) for h in find_labels(head, labels)):
                kept = [o for o in kept if all(o is not u for u in under)] + [found]
                changed = True
        out.append((page, kept))
    return out if changed else None


# A form's rules: straight dark runs at least RULE_RUN of the page's width long, across or down (no
# character's stroke is; a character is about a thirtieth of a page wide). A rule crosses a line
# where it runs through the middle RULE_BAND of the line's height along at least RULE_CROSSES of
# its width; a rule along a line's top or foot is the cell's edge its box reaches to.
RULE_RUN = 1 / 15
RULE_BAND = (0.25, 0.75)
RULE_CROSSES = 0.4
# A rule is at most this many pixels thick; a longer run of rule pixels down a column is a rule
# the other way, seen end-on. Lines found where rules were painted out are read from the print
# enlarged (`reread.VARIANTS`).
RULE_THICK = 8
RULED_VARIANT = 1


def _rules(page: np.ndarray) -> np.ndarray:
    """Where `page` holds a form's rules (`RULE_RUN`), across or down."""
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    return rule_mask(grey, max(20, round(page.shape[1] * RULE_RUN))) > 0


def _crossed(rules: np.ndarray, line: Line) -> bool:
    """Whether a rule runs through the middle of `line` (`RULE_BAND`, `RULE_CROSSES`)."""
    top = max(0, int(line.y0 + RULE_BAND[0] * line.height))
    bottom = min(rules.shape[0], math.ceil(line.y0 + RULE_BAND[1] * line.height))
    x0, x1 = max(0, int(line.x0)), min(rules.shape[1], math.ceil(line.x1))
    if bottom <= top or x1 - x0 < 2:
        return False
    return float(rules[top:bottom, x0:x1].any(axis=0).mean()) >= RULE_CROSSES


def _ruled_through(
    kind: str, pages: list[tuple[np.ndarray, list[Line]]], ocr: Engine
) -> list[tuple[np.ndarray, list[Line]]] | None:
    """The pages whose rules cross a line of their reading (`_crossed`) read again with the rules
    painted out: a line found there that overlaps no line of the first reading but crossed ones
    is taken (a value the rule hid, or the crossed line read clear), and the crossed lines it
    overlaps give way to it; every other line stands. None when no rule crosses a line."""
    out, changed = [], False
    for page, lines in pages:
        rules = _rules(page)
        crossed = [ln for ln in lines if _crossed(rules, ln)]
        if not crossed:
            out.append((page, lines))
            continue
        taken, replaced = [], []
        for found in ocr.read(_unruled(page, rules), DETECT_SIDE[kind]):
            under = [o for o in lines if _overlap(found, o) > SAME_LINE]
            if all(any(o is c for c in crossed) for o in under):
                # Painting a rule out takes the strokes along it too (a 4's bar, a 2's middle):
                # the line is found on the painted page and read from the print, enlarged.
                again = reread_box(
                    ocr, page, Box(found.x0, found.y0, found.x1, found.y1), variant=RULED_VARIANT
                )
                taken += again if len(again) == 1 else [found]
                replaced += under
        kept = [ln for ln in lines if all(ln is not r for r in replaced)]
        out.append((page, kept + taken))
        changed = changed or bool(taken)
    return out if changed else None


# A leader's mark: a dot or dash at most this share of its line's box high and wide...
LEADER_MARK_HIGH = 0.4
LEADER_MARK_WIDE = 0.8
LEADER_MARKS = 4  # ...in a row of at least this many, apart from one another, on one level,
LEADER_EVEN = 1.6  # ...alike in size and spacing within this factor


def _led(
    kind: str, pages: list[tuple[np.ndarray, list[Line]]], ocr: Engine
) -> list[tuple[np.ndarray, list[Line]]] | None:
    """The pages with a line read through a dot leader read again with the leaders' marks
    (`_leader_marks`) painted paper-coloured: a line found there that overlaps no line of the
    first reading but led ones is taken, and the led lines it overlaps give way to it; every other
    line stands. None when no line holds a leader or none was found again."""
    out, changed = [], False
    for page, lines in pages:
        led = [ln for ln in lines if holds_leader(ln.text)]
        marks = [box for ln in led for box in _leader_marks(page, ln)]
        if not marks:
            out.append((page, lines))
            continue
        painted = page.copy()
        paper = np.median(page.reshape(-1, page.shape[-1]) if page.ndim == 3 else page, axis=0)
        for x0, y0, x1, y1 in marks:
            painted[y0:y1, x0:x1] = paper
        taken, replaced = [], []
        for found in ocr.read(painted, DETECT_SIDE[kind]):
            under = [o for o in lines if _overlap(found, o) > SAME_LINE]
            if under and all(any(o is c for c in led) for o in under):
                taken.append(found)
                replaced += under
        kept = [ln for ln in lines if all(ln is not r for r in replaced)]
        out.append((page, kept + taken))
        changed = changed or bool(taken)
    return out if changed else None


def _leader_marks(page: np.ndarray, line: Line) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, y0, x1, y1, a pixel round) of the dots or dashes of the leaders inside
    `line`'s box: ink blobs no more than LEADER_MARK_HIGH of the box high and LEADER_MARK_WIDE of
    it wide, LEADER_MARKS or more in a row left to right, none overlapping the next, their middles
    level with each other, no larger blob between them (a decimal point or a comma stands alone)."""
    h, w = page.shape[:2]
    x0, y0 = max(0, int(line.x0)), max(0, int(line.y0))
    x1, y1 = min(w, int(np.ceil(line.x1))), min(h, int(np.ceil(line.y1)))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return []
    crop = page[y0:y1, x0:x1]
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    box_h = y1 - y0
    blobs = sorted(
        (int(bx), int(by), int(bw), int(bh)) for bx, by, bw, bh, area in stats[1:count] if area >= 2
    )
    runs: list[list[tuple[int, int, int, int]]] = []
    run: list[tuple[int, int, int, int]] = []
    for blob in blobs:
        bx, by, bw, bh = blob
        small = bh <= LEADER_MARK_HIGH * box_h and bw <= LEADER_MARK_WIDE * box_h
        if small and run:
            px, py, pw, ph = run[-1]
            level = abs((by + bh / 2) - (py + ph / 2)) <= 0.2 * box_h
            apart = bx > px + pw and bx - (px + pw) <= box_h
            if not (level and apart):
                runs.append(run)
                run = []
        if small:
            run.append(blob)
        elif run:
            runs.append(run)
            run = []
    runs.append(run)
    return [
        (x0 + bx - 1, y0 + by - 1, x0 + bx + bw + 1, y0 + by + bh + 1)
        for found in runs
        for bx, by, bw, bh in _even(found)
    ]


def _even(run: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The longest stretch of `run` (blobs left to right) that is a leader: LEADER_MARKS or more
    marks of one size (each within LEADER_EVEN of the run's median width and height) at one pitch
    (each gap within LEADER_EVEN of the median gap, a pixel either way); the small strokes of a
    character beside it (款's) or a ¥ after it differ in size or spacing and are left out."""
    if len(run) < LEADER_MARKS:
        return []
    w, h = np.median([b[2] for b in run]), np.median([b[3] for b in run])
    gaps = [b[0] - (a[0] + a[2]) for a, b in itertools.pairwise(run)]
    gap = np.median(gaps)

    def alike(value: float, median: float) -> bool:
        return median / LEADER_EVEN - 1 <= value <= median * LEADER_EVEN + 1

    best: list[tuple[int, int, int, int]] = []
    stretch: list[tuple[int, int, int, int]] = []
    for i, blob in enumerate(run):
        if not (alike(blob[2], w) and alike(blob[3], h)):
            stretch = []
            continue
        if stretch and not alike(gaps[i - 1], gap):
            stretch = []
        stretch.append(blob)
        if len(stretch) > len(best):
            best = list(stretch)
    return best if len(best) >= LEADER_MARKS else []


def _unruled(page: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """`page` with its rules (`_rules`) painted out: each run of rule pixels down a column (across
    a column's row, for a rule down the page) replaced by the blend of the pixels either side of
    it, so a stroke the rule cut through continues across it."""
    out = page.astype(np.float32)
    for grid, mask in ((out, rules), (out.transpose(1, 0, 2), rules.T)):  # the page, then turned
        n = mask.shape[0]
        for x in np.flatnonzero(mask.any(axis=0)):
            ys = np.flatnonzero(mask[:, x])
            cuts = np.flatnonzero(np.diff(ys) > 1)
            for a, b in zip(ys[np.r_[0, cuts + 1]], ys[np.r_[cuts, len(ys) - 1]], strict=True):
                if b - a + 1 > RULE_THICK:
                    continue  # a rule seen end-on (a rule down the page, for the rules across)
                above, below = max(0, a - 1), min(n - 1, b + 1)
                t = ((np.arange(a, b + 1) - above) / max(1, below - above))[:, None]
                grid[a : b + 1, x] = grid[above, x] * (1 - t) + grid[below, x] * t
    return np.asarray(np.clip(out, 0, 255).astype(np.uint8))


def _small_labels(
    kind: str, pages: list[tuple[np.ndarray, list[Line]]], ocr: Engine
) -> list[tuple[np.ndarray, list[Line]]] | None:
    """The pages with each short line that holds no label but stands as a caption under a value
    (`Layout.captioned`) read again enlarged, the re-read taken where a label then opens it; None
    when none does."""
    labels = all_labels(kind)
    out, changed = [], False
    for page, lines in pages:
        layout = Layout(lines, labels)
        kept = list(lines)
        for ln in layout.lines:
            if len(ln.text) > SMALL_LABEL or layout.is_label(ln) or layout.captioned(ln) is None:
                continue
            for variant in CAPTION_VARIANTS:
                again = reread_box(ocr, page, Box(ln.x0, ln.y0, ln.x1, ln.y1), variant=variant)
                if len(again) != 1 or not layout.is_label(
                    Line(
                        normalize(again[0].text),
                        again[0].x0,
                        again[0].y0,
                        again[0].x1,
                        again[0].y1,
                        again[0].conf,
                    )
                ):
                    continue
                same = [o for o in kept if (o.x0, o.y0, o.x1, o.y1) == (ln.x0, ln.y0, ln.x1, ln.y1)]
                if same:
                    kept = [o for o in kept if o not in same] + again
                    changed = True
                break
        out.append((page, kept))
    return out if changed else None


# Share of the outlined page's width and height read around it on each side when fields are
# missing: a coloured header band takes up to a fifth of a page.
WIDEN = 0.25


def _document(
    kind: str, pages: list[tuple[np.ndarray, list[Line]]], ocr: Engine
) -> tuple[np.ndarray, Layout, Result]:
    """The pages stacked into one, their layout, and the fields it gives after second looks."""
    images = [page for page, _ in pages]
    width = max(page.shape[1] for page in images)
    image = np.vstack([_pad(page, width) for page in images]) if len(images) > 1 else images[0]
    layout = Layout(_stacked(pages), all_labels(kind))
    found = second_chance(
        READERS[kind](layout, LABELS[kind]),
        layout=layout,
        page=image,
        engine=ocr,
        read=READERS[kind],
        labels=LABELS[kind],
        sources=SOURCES,
    )
    return image, layout, found


# Another sheet in the photo is taken for a page only at SHEET_AREA of the outlined one's area or
# more (not a receipt or a card lying beside the page); the outlined sheet is covered out to
# SHEET_COVER times its size, so its own rim is not found again, in the colour of the band out to
# SHEET_RING times its size.
SHEET_AREA = 0.5
SHEET_COVER = 1.04
SHEET_RING = 1.1


def _another_sheet(
    kind: str, raw: np.ndarray, flat: Flat, read: Callable[[np.ndarray], list[Line]], width: int
) -> tuple[tuple[np.ndarray, list[Line]], bool] | None:
    """Another sheet beside the one outlined in the photo, straightened and read (the page and its
    lines), and whether it comes first in reading order (left of it, or above it where the two lie
    one over the other); None where the photo holds no such sheet."""
    if (quad := flat.quad) is None:
        return None
    centre = quad.mean(axis=0)

    def grown(by: float) -> np.ndarray:
        corners: np.ndarray = np.round(centre + (quad - centre) * by).astype(np.int32)
        return corners

    # Covered with the colour of what it lies on: the band just outside its rim.
    inner = np.zeros(raw.shape[:2], np.uint8)
    cv2.fillConvexPoly(inner, grown(SHEET_COVER), 1)
    ring = np.zeros(raw.shape[:2], np.uint8)
    cv2.fillConvexPoly(ring, grown(SHEET_RING), 1)
    around = raw[(ring > 0) & (inner == 0)]
    if not len(around):
        return None
    covered = raw.copy()
    covered[inner > 0] = np.median(around, axis=0).astype(raw.dtype)
    other = straighten(covered, width, aspect=ASPECT[kind])
    if other.quad is None or other.turned:
        return None
    own = cv2.contourArea(quad.astype(np.float32))
    if cv2.contourArea(other.quad.astype(np.float32)) < SHEET_AREA * own:
        return None
    dx, dy = other.quad.mean(axis=0) - centre
    inside = cv2.pointPolygonTest(
        quad.astype(np.float32), (float(centre[0] + dx), float(centre[1] + dy)), False
    )
    if inside >= 0:
        return None
    page, lines = upright(other.page, read, width)
    before = bool(dx < 0) if abs(dx) > abs(dy) else bool(dy < 0)
    return _level(kind, page, lines, read), before


def _around(
    kind: str, raw: np.ndarray, flat: Flat, read: tuple[np.ndarray, list[Line]], ocr: Engine, width: int
) -> tuple[np.ndarray, list[Line]] | None:
    """An outlined page with WIDEN of its size around it on the same plane, and its lines: the
    page's own as read, and those of the four strips around it (each read at the page's scale)."""
    page, lines = read
    h, w = page.shape[:2]
    dx, dy = round(WIDEN * w), round(WIDEN * h)
    wide = widened(raw, flat, width, WIDEN)
    if wide is None or wide.shape[:2] != (h + 2 * dy, w + 2 * dx):
        return None
    wide[dy : dy + h, dx : dx + w] = page
    scale = DETECT_SIDE[kind] / max(h, w)
    out = [Line(ln.text, ln.x0 + dx, ln.y0 + dy, ln.x1 + dx, ln.y1 + dy, ln.conf) for ln in lines]
    strips = (
        (0, 0, w + 2 * dx, dy),
        (0, dy + h, w + 2 * dx, h + 2 * dy),
        (0, dy, dx, dy + h),
        (dx + w, dy, w + 2 * dx, dy + h),
    )
    beyond: list[Line] = []
    for x0, y0, x1, y1 in strips:
        if x1 - x0 < 8 or y1 - y0 < 8:
            continue
        found = ocr.read(wide[y0:y1, x0:x1], round(max(x1 - x0, y1 - y0) * scale))
        beyond += [Line(ln.text, ln.x0 + x0, ln.y0 + y0, ln.x1 + x0, ln.y1 + y0, ln.conf) for ln in found]
    return wide, out + _unstruck(wide, beyond, ocr)


def _stacked(pages: list[tuple[np.ndarray, list[Line]]]) -> list[Line]:
    """The pages' lines on one tall page, each page's below the one before."""
    top, lines = 0, []
    for page, read_lines in pages:
        lines += [Line(ln.text, ln.x0, ln.y0 + top, ln.x1, ln.y1 + top, ln.conf) for ln in read_lines]
        top += page.shape[0]
    return lines


def _fields_on(kind: str, lines: list[Line]) -> int:
    """How many of the kind's fields the lines of one page give, before any second look."""
    return _found(READERS[kind](Layout(lines, all_labels(kind)), LABELS[kind]))


# A stroke drawn through printed text cancels it (a price corrected by hand after printing): a
# straight dark run along the middle of a line (STRUCK_BAND of its height from its top; an
# underline runs below), at least `run` line heights long. Text blurred or printed in dots until
# its letters touch makes such runs too, and a form's rule printed through a value is one; so the
# stroke must also be thin (STRUCK_THICK of the line's height at most: a shaded band behind a line
# is not a stroke), as dark between the characters as on them (its lightest STRUCK_EVEN of the
# way from ink to paper: blurred letters touch only in a lighter grey), with the characters
# standing apart beside it (at most `beside` of the band above and below it ink), running along a
# few of the characters' rows (small text blurred into a bar has runs on most), with the
# characters' ink going on below it (an underline drawn tight under a value, as a word processor
# marks an inserted change, touches the foot of its digits inside the band; a run of dashes has
# nothing below), and end with the text (a rule runs on past the line's box, along its row of the
# form).
#
# A stroke alone must be STRUCK.run line heights long at least. One with a correction written over
# it (`_correction`) is surer, and the pen's ink crowds the line's box, so STRUCK_CORRECTED asks
# less: one line height (a line's box is about half as tall again as its characters: a struck
# two-character name is a little over one); the longest unbroken run is the stroke (a label's
# characters touching beside it make shorter runs, not struck); its fading tenth at either end
# left out, and at every point of its middle when it is short (blurred characters touching leave a
# light gap between them); the characters standing apart on one side of it (the correction may
# crowd the other); and their ink going on below its last row by a share of the line's height,
# not of the ink's (the correction reaches into the box from above).
@dataclass(frozen=True)
class StrikeRule:
    run: float  # line heights
    beside: float  # share of ink in the band beside the stroke: all of it, or the clearer side
    corrected: bool  # the relaxations above
    below: float  # of the ink's height (alone) or the line's (corrected)


STRUCK = StrikeRule(run=3.0, beside=0.45, corrected=False, below=0.15)
STRUCK_CORRECTED = StrikeRule(run=1.0, beside=0.55, corrected=True, below=0.1)
STRUCK_LONG = 3.0  # line heights: a corrected stroke shorter is dark at every point of its middle
STRUCK_BAND = (0.25, 0.8)
STRUCK_THICK = 0.3
STRUCK_EVEN = 0.22
STRUCK_WITHIN = 0.5
STRUCK_ROW_INK = 0.05  # a row of the line with this share of ink is part of its text
STRUCK_CORRECTION_WIDER = 3.0
STRUCK_CORRECTION_GAP = 0.2  # of the struck line's height: how far above its box a correction may end


def _strike(page: np.ndarray, line: Line, rule: StrikeRule = STRUCK) -> tuple[int, int] | None:
    """The x span of a stroke through the middle of `line` on `page` by `rule`, or None."""
    h = line.height
    run = int(rule.run * h)
    x0, x1 = max(0, int(line.x0)), min(page.shape[1], math.ceil(line.x1))
    y0, y1 = max(0, int(line.y0)), min(page.shape[0], math.ceil(line.y1))
    if h < 6 or x1 - x0 < run or y1 - y0 < 6:
        return None
    grey = cv2.cvtColor(page[y0:y1, x0:x1], cv2.COLOR_BGR2GRAY)
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    top, bottom = int(STRUCK_BAND[0] * h), math.ceil(STRUCK_BAND[1] * h)
    band = ink[top:bottom] > 0
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (run, 1))
    stroke = cv2.morphologyEx(band.astype(np.uint8), cv2.MORPH_OPEN, kernel) > 0
    columns = np.flatnonzero(stroke.any(axis=0))
    if columns.size == 0 or np.median(stroke[:, columns].sum(axis=0)) > STRUCK_THICK * h:
        return None
    if rule.corrected:
        runs = np.split(columns, np.flatnonzero(np.diff(columns) > 1) + 1)
        columns = max(runs, key=len)
    c0, c1 = int(columns[0]), int(columns[-1]) + 1
    rows = np.flatnonzero(stroke[:, c0:c1].any(axis=1))
    r0, r1 = max(0, int(rows[0]) - 1), int(rows[-1]) + 2
    dark, light = np.percentile(grey, [3, 90])
    # The ink it is to be as dark as: the line's, or the stretch it crosses where that is lighter (a
    # list price struck through in grey beside a black label: the stroke is as dark as the grey
    # characters, not as the label).
    crossed = max(float(dark), float(np.percentile(grey[:, c0:c1], 3)))
    darkest = grey[top + r0 : top + r1, c0:c1].min(axis=0).astype(np.float32)
    if rule.corrected:
        trim = len(darkest) // 10
        darkest = darkest[trim : len(darkest) - trim]
    short = rule.corrected and c1 - c0 < STRUCK_LONG * h
    even = float(darkest.max() if short else np.percentile(darkest, 90))
    if even - crossed > STRUCK_EVEN * max(float(light - crossed), 1.0):
        return None
    # Small bold text blurred into one bar in a tall box makes dark runs on most of its rows: a
    # stroke runs along a few rows of the characters' height (STRUCK_WITHIN of it at most).
    inked = np.flatnonzero((ink[:, c0:c1] > 0).mean(axis=1) >= STRUCK_ROW_INK)
    if rows[-1] - rows[0] + 1 > STRUCK_WITHIN * (inked[-1] - inked[0] + 1):
        return None
    if rule.corrected:
        if inked[-1] - (top + int(rows[-1])) < rule.below * h:
            return None  # the characters end at it: an underline
    elif inked[-1] - (top + r1) < rule.below * (inked[-1] - inked[0] + 1):
        return None
    sides = [band[a:b, c0:c1] for a, b in ((0, max(0, r0 - 1)), (r1 + 1, len(band))) if b > a]
    if not sides:
        return None
    if rule.corrected:
        crowded = min(float(side.mean()) for side in sides)
    else:
        crowded = float(np.concatenate(sides).mean())
    if crowded > rule.beside:
        return None
    # A rule runs on: the row it is on stays ink for a line height past either end of the box.
    ry0, ry1 = y0 + top + r0, y0 + top + r1
    reach = math.ceil(h)
    for a, b in ((max(0, x0 - reach), x0), (x1, min(page.shape[1], x1 + reach))):
        if b - a >= reach:
            outside = cv2.cvtColor(page[ry0:ry1, a:b], cv2.COLOR_BGR2GRAY)
            if (outside.min(axis=0) < (dark + light) / 2).all():
                return None
    return x0 + c0, x0 + c1


def _unstruck(page: np.ndarray, lines: list[Line], ocr: Engine) -> list[Line]:
    """`lines` with the text struck through taken out: each struck line is read again from the
    page with the struck stretch erased, so what stands beside it (a label, an initial) is kept.
    A correction written just above the stretch takes its place; with one, a shorter stroke
    counts (`STRUCK_CORRECTED`): alone, two bold or blurred characters touching along a stroke
    of theirs (东方) make the same short run."""
    struck: list[tuple[Line, tuple[int, int], Line | None]] = []
    for ln in lines:
        if (span := _strike(page, ln, STRUCK_CORRECTED)) is not None and (
            correction := _correction(ln, span, lines)
        ) is not None:
            struck.append((ln, span, correction))
        elif (span := _strike(page, ln)) is not None:
            struck.append((ln, span, None))
    if not struck:
        return lines
    clean = page.copy()
    for ln, (sx0, sx1), _ in struck:
        clean[max(0, int(ln.y0)) : math.ceil(ln.y1), sx0:sx1] = 255
    corrections = [c for _, _, c in struck if c is not None]
    gone = {id(s) for s, _, _ in struck} | {id(c) for c in corrections}
    kept = [ln for ln in lines if id(ln) not in gone]
    for ln, (sx0, sx1), correction in struck:
        fresh = reread_box(ocr, clean, Box(ln.x0, ln.y0, ln.x1, ln.y1))
        # A neighbour's ink reaching into the box reads again off the struck line's row, or as a
        # piece of that neighbour.
        kept += [
            f
            for f in fresh
            if abs(f.cy - ln.cy) < 0.3 * ln.height
            and not any(f.text in k.text and _overlap(f, k) > 0 for k in [*kept, *corrections])
        ]
        if correction is not None:
            kept.append(Line(correction.text, sx0, ln.y0, sx1, ln.y1, correction.conf))
    return kept


def _correction(line: Line, span: tuple[int, int], lines: list[Line]) -> Line | None:
    """The line of `lines` written just above `span` of `line` (reaching down to within
    STRUCK_CORRECTION_GAP of its box, its middle above the line's: the row above stands a line's
    gap clear), over at least half of the shorter of the two and no more than
    STRUCK_CORRECTION_WIDER times as wide as the span and a line height (what replaces a value is
    about as long: a whole row of a tilted page reaching down is not one); the lowest, or None."""
    sx0, sx1 = span
    above = [
        k
        for k in lines
        if k is not line
        and k.y1 >= line.y0 - STRUCK_CORRECTION_GAP * line.height
        and k.cy < line.cy - 0.3 * line.height
        and min(k.x1, sx1) - max(k.x0, sx0) >= 0.5 * min(k.width, sx1 - sx0)
        and k.width <= STRUCK_CORRECTION_WIDER * (sx1 - sx0) + line.height
    ]
    return max(above, key=lambda k: k.y1) if above else None


# A seal's ink: red well above both green and blue (a photographed seal is pink to crimson; the
# brown or maroon print of a form's labels is not this red). A line whose box holds at least this
# share of such pixels lies under a seal.
SEAL_RED = 60
SEALED = 0.03
# A line read again without the seal replaces the first reading only if it keeps this share of its
# characters (the seal's own characters read into it are dropped): where the line itself is red
# print, seeing through red loses most of it.
SEAL_KEEPS = 0.6


def _seal_ink(page: np.ndarray) -> np.ndarray:
    """Where the page holds a seal's ink: red SEAL_RED above both green and blue."""
    b, g, r = (page[..., i].astype(np.int16) for i in range(3))
    return np.asarray((r - np.maximum(g, b)) > SEAL_RED)


# A blue stamp's ink: blue this far above both green and red. Stamp-pad blue photographs far less
# saturated than seal red (a received stamp pressed over print comes out 30-50 above); grey paper
# and desks under a cool light stay below 20.
STAMP_BLUE = 30


def _stamp_blue(page: np.ndarray) -> np.ndarray:
    """Where the page holds a blue stamp's ink: blue STAMP_BLUE above both green and red."""
    b, g, r = (page[..., i].astype(np.int16) for i in range(3))
    return np.asarray((b - np.maximum(g, r)) > STAMP_BLUE)


# Through blue, a blue stamp's ink is still a pale grey (about three quarters of the paper's
# brightness) that the detector finds as text and joins to the print under it; everything at least
# this share of the paper's brightness is lifted to paper. Black print stays dark.
STAMP_LIFT = 0.8


def _through(page: np.ndarray, channel: int) -> np.ndarray:
    """The page as one of its channels (BGR index) shows it, in the three channels the engine
    reads: through red a red seal's ink is nearly paper; through blue a blue stamp's is pale, and
    is lifted to paper (`STAMP_LIFT`)."""
    seen = np.ascontiguousarray(page[..., channel])
    if channel != 2:
        paper = max(float(np.percentile(seen, 90)), 1.0)
        seen = np.clip(seen.astype(np.float32) * 255 / (STAMP_LIFT * paper), 0, 255).astype(np.uint8)
    return np.asarray(cv2.cvtColor(seen, cv2.COLOR_GRAY2BGR))


def _unsealed(page: np.ndarray, lines: list[Line], ocr: Engine) -> list[Line]:
    """`lines` with those under a red seal read again through the page's red channel, where the
    seal's ink is nearly paper and black or blue print stays dark (a seal's characters mixed into a
    date: 2023专1031), and those under a blue stamp through blue. The second reading is taken only
    where the engine is at least as sure of it as of the first: a seal dark enough to leave grey
    marks in the red channel can turn a 3 into an 8 there, and the engine is then less sure."""
    seal = _seal_ink(page)
    sealed = [(ln, 2) for ln in lines if (box := _pixels(seal, ln)).size and box.mean() >= SEALED]
    # Under a blue stamp, through blue (`_through`). Only lines inside a stamp's blob: values written
    # in blue pen are blue ink too, and through blue they would be gone.
    blue = _stamp_blue(page)
    if stamps := _blobs(blue, STAMP_ASPECT):
        sealed += [
            (ln, 0)
            for ln in lines
            if all(ln is not done for done, _ in sealed)
            and any(ln.x0 < x1 and x0 < ln.x1 and ln.y0 < y1 and y0 < ln.y1 for x0, y0, x1, y1 in stamps)
            and (box := _pixels(blue, ln)).size
            and box.mean() >= SEALED
        ]
    if not sealed:
        return lines
    seen: dict[int, np.ndarray] = {}
    out = list(lines)
    for ln, channel in sealed:
        if channel not in seen:
            seen[channel] = _through(page, channel)
        through = seen[channel]
        again = reread_box(ocr, through, Box(ln.x0, ln.y0, ln.x1, ln.y1))
        if (
            again
            and sum(len(o.text) for o in again) >= SEAL_KEEPS * len(ln.text)
            and min(o.conf for o in again) >= ln.conf
        ):
            out = [o for o in out if o is not ln] + again
    return out


# A line whose box comes this close (pixels) to a side of the page it was read on runs off it.
CUT_EDGE = 3


def _cut_through(page: np.ndarray, lines: list[Line]) -> bool:
    """Whether two lines of text or more run into the same edge of the page they were read on.
    One does not count (a note written in the margin, a header printed at the sheet's top edge),
    nor do boxes that are not lines of level text (a watermark printed across the page)."""
    right: int = page.shape[1] - 1 - CUT_EDGE
    bottom: int = page.shape[0] - 1 - CUT_EDGE
    level = [ln for ln in lines if ln.width >= 1.5 * ln.height]
    sides = (
        sum(ln.x0 <= CUT_EDGE for ln in level),
        sum(ln.x1 >= right for ln in level),
        sum(ln.y0 <= CUT_EDGE for ln in level),
        sum(ln.y1 >= bottom for ln in level),
    )
    return max(sides) >= 2


def _portrait(page: np.ndarray) -> bool:
    return bool(page.shape[0] > page.shape[1])


def _found(found: Result) -> int:
    return sum(checked.value is not None for checked, _ in found.values())


def _pad(page: np.ndarray, width: int) -> np.ndarray:
    if page.shape[1] == width:
        return page
    return np.pad(page, ((0, 0), (0, width - page.shape[1]), (0, 0)), constant_values=255)
