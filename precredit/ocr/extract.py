"""Shared field-reading steps: first candidate that passes its check, periods, cross-checked amounts."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from precredit.ocr import validate as v
from precredit.ocr.amounts import NUMERAL_CHAR, from_chinese
from precredit.ocr.layout import Candidate, Layout
from precredit.policy.loan import add_months

Check = Callable[[str, str], v.Checked]
Result = dict[str, tuple[v.Checked, float]]
Labels = dict[str, tuple[str, ...]]
_DATE = re.compile(r"(?<!\d)" + v.GLUED_DATE.pattern)


def first_valid(name: str, candidates: list[Candidate], check: Check) -> tuple[v.Checked, float]:
    """(checked value, OCR confidence of the text it came from); failures keep the first warning,
    or the first failure that offers repairs for the print to choose from (`reader.choose_repair`):
    a label's own line may hold a stamp's text where the value is in the next cell, which is the
    value misread by one character."""
    failure: v.Checked | None = None
    for cand in candidates:
        checked = check(name, cand.text)
        if checked.value is not None:
            return checked, cand.conf
        if failure is None or (checked.options and not failure.options):
            failure = checked
    return failure or v.fail(name, "label not found"), 0.0


def read_label(layout: Layout, name: str, labels: tuple[str, ...], check: Check) -> tuple[v.Checked, float]:
    return first_valid(name, layout.after(*labels), check)


# What separates a period's start from its end where both are dates in figures (…-…, …至…).
SPAN = r"(?<=\d)[-—~至到]+"


def unglued(text: str) -> str:
    """`text` with a space between two dates read as one, their dash lost (2015.02.082035.02.08):
    the first's two-digit day, then a year with the same separators."""
    return re.sub(r"((?<!\d)\d{4}([-/.])\d{1,2}\2\d{2})(?=\d{4}\2\d{1,2}\2\d)", r"\1 ", text)


# A date written with its year last (24/09/2023, 09/24/2023), a time perhaps read joined to the
# year (24/09/202300:00).
_YEAR_LAST = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?=\D|$|\d{1,2}:\d{2})")


# The lengths a policy's term runs, in months: one month to three years.
TERM_MONTHS = range(1, 37)


def _term(start: date, end: date) -> int | None:
    """The months `end` falls after `start` (`TERM_MONTHS`), whole or a day short: the terms
    policies and validity periods run; None for any other span."""
    return next(
        (n for n in TERM_MONTHS if end in ((whole := add_months(start, n)), whole - timedelta(days=1))),
        None,
    )


def _year_last_span(text: str) -> tuple[date, date] | None:
    """A period whose two dates are written year last, by a foreign insurer's or brand's system:
    day first (24/09/2023) or month first (09/24/2023). The order is the one under which the end
    falls a term after the start (`_term`); a day over 12 settles it by itself. Where both orders
    make a term (11/10/2024 - 10/10/2025: a year less a day, or eleven months), whole years decide,
    as a policy runs; a label that states the order (日/月/年) is not needed."""
    found = _YEAR_LAST.findall(text)
    if len(found) != 2:
        return None
    spans: dict[tuple[date, date], int] = {}
    for day_first in (True, False):
        try:
            start, end = (
                date(int(y), int(b), int(a)) if day_first else date(int(y), int(a), int(b))
                for a, b, y in found
            )
        except ValueError:
            continue
        if end > start and (months := _term(start, end)) is not None:
            spans[(start, end)] = months
    if len(spans) > 1:
        spans = {span: months for span, months in spans.items() if months % 12 == 0}
    return next(iter(spans)) if len(spans) == 1 else None


def parse_period(text: str) -> tuple[date, date | str] | None:
    """'2015.03.12-2035.03.12', '2015.03.12-长期', '2024-03-05 00:00 至 2025-03-04 24:00' or
    自..起至..止: the end must follow the start. Dates written year last: `_year_last_span`."""
    if (year_last := _year_last_span(text)) is not None:
        return year_last
    # A time read joined to the date after it (2023-03-1800:002024-03-1724:00) ends before it.
    text = re.sub(r"(\d:\d{2})(?=\d{4}(?:年|[-/.]))", r"\1 ", text)
    text = unglued(text)
    found = [d for m in _DATE.finditer(text) if (d := v.parse_date(m.group(0))) is not None]
    if len(found) >= 2 and found[1] > found[0]:
        return found[0], found[1]
    if len(found) == 1 and "长期" in text[text.find(str(found[0].year)) :]:
        return found[0], "长期"
    parts = re.split(rf"{SPAN}|起至", text, maxsplit=1)
    if len(parts) != 2:
        return None
    start = v.parse_date(parts[0])
    if start is None:
        return None
    if "长期" in parts[1]:
        return start, "长期"
    end = v.parse_date(parts[1])
    return (start, end) if end is not None and end > start else None


# No amount in words holds a bracket or a comma: where one follows the words' first numeral or
# unit, the sentence they sit in goes on ((大写：…元整)，含增值税，…; …元整（含税）).
_WORDS_END = re.compile(r"[()（）\[\]【】,，;；。、]")


def _words_only(text: str) -> str:
    """`text` up to where the amount in words it holds ends, when it goes on after them."""
    first = NUMERAL_CHAR.search(text)
    if first is None:
        return text
    end = _WORDS_END.search(text, first.start())
    return text if end is None else text[: end.start()]


_HAN = re.compile(f"[{v.CJK}]")


def _a_figure(text: str) -> bool:
    """`text` is an amount in figures and nothing else in Chinese but its currency (11,623.95元,
    人民币11,623.95元): what a total's label that does not say 大写 (保险费合计) may lead to."""
    return bool(re.search(r"\d", text)) and not _HAN.search(re.sub(r"人民币|[元圆]", "", text))


def read_amount(
    layout: Layout, name: str, figure_labels: tuple[str, ...], words_labels: tuple[str, ...]
) -> tuple[v.Checked, float]:
    figure, conf = read_label(layout, name, figure_labels, v.check_figure)
    words = layout.after(*words_labels)
    if figure.value is None:
        # A total's label that does not say 大写 (保险费合计) leads to the amount whichever way it
        # is written: a figure after it is the figure.
        either = [label for label in words_labels if "大写" not in label]
        figures = [c for c in layout.after(*either) if from_chinese(c.text) is None] if either else []
        if figures and (found := first_valid(name, figures, v.check_figure))[0].value is not None:
            figure, conf = found
    if figure.value is None and (in_row := _figure_in_row(layout, name, words_labels)) is not None:
        figure, conf = in_row
    said = [c.text for c in words if from_chinese(c.text) is not None]
    # Words that end in a unit (…元整, …角, …分) over words a line end cut short (…万捌).
    # Else words misread past parsing (their units still bound the figure); a figure is no words.
    unread = next(
        (head for c in words if not _a_figure(c.text) and _HAN.search(head := _words_only(c.text))), None
    )
    spoken = next((t for t in said if re.search(r"[元圆整角分]", t)), said[0] if said else unread)
    return v.check_amount(name, figure, spoken), conf


def _figure_in_row(
    layout: Layout, name: str, words_labels: tuple[str, ...]
) -> tuple[v.Checked, float] | None:
    """The figure's own label misread past matching ((小) for (小写)): the one figure in a cell of
    the row the words' label opens (价税合计(大写) | 叁拾…元整 | (小) | 336,000.00元), weaker."""
    wanted = set(words_labels)
    found: dict[str, tuple[v.Checked, float]] = {}
    for label in layout.lines:
        if not any(hit.labels & wanted for hit in layout.hits(label)):
            continue
        for line in layout.lines:
            if line is label or line.x0 <= label.x0 or not line.same_row(label):
                continue
            if not re.search(r"\d", line.text) or from_chinese(line.text) is not None:
                continue
            if (checked := v.check_figure(name, line.text)).value is not None:
                found.setdefault(checked.value, (checked, line.conf))
    if len(found) != 1:
        return None
    ((checked, conf),) = found.values()
    note = f"{name}: its label unread; the one figure in the row of its amount in words"
    return v.Checked(checked.value, checked.strength * 0.9, [note]), conf
