"""Invoice, policy and contract fields: by label first, then by what the values themselves are.

Labels come from a synonym lexicon per field (`kinds.LABELS`); where no label leads to a valid
value, self-describing values found anywhere decide (`entities`): the one checksum-valid VIN or ID
number on the page, the figure equal to an amount printed in words, a company name by its legal
form, a date in the sentence that says the contract was signed. Look-alikes are told apart by
what they are: a proposal number (投保单号) is a distractor label, an insurer's branch gives way to
its company, and parties named 甲方/乙方 are the buyer if a person, the seller if a company.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from precredit.ocr import entities as e
from precredit.ocr import validate as v
from precredit.ocr.amounts import from_chinese
from precredit.ocr.extract import (
    TERM_MONTHS,
    Labels,
    Result,
    first_valid,
    parse_period,
    read_amount,
    read_label,
)
from precredit.ocr.insurers import by_short_name
from precredit.ocr.layout import Candidate, Layout
from precredit.ocr.lines import Line, normalize
from precredit.ocr.match import EDGE
from precredit.policy.loan import add_months

_INSURER = re.compile(r"[\u4e00-\u9fff]{2,}保险(股份)?有限(责任)?公司[\u4e00-\u9fff]{0,12}?(分公司|支公司)?")
_SIGNED = ("签订", "签署", "签约", "订立")


def _or_anywhere(
    found: tuple[v.Checked, float], name: str, anywhere: list[Candidate], check: e.Check
) -> tuple[v.Checked, float]:
    """The labelled reading, else the one value of its type on the page (see `entities.unique`)."""
    if found[0].value is not None:
        return found
    alone = e.unique(anywhere)
    if not alone:
        return found
    checked, conf = first_valid(name, alone, check)
    if checked.value is None:
        return found
    note = f"{name}: no label led to it; the only such value on the page"
    return replace(checked, strength=checked.strength * 0.95, warnings=[*checked.warnings, note]), conf


def _buyers_number(layout: Layout, labels: Labels) -> tuple[v.Checked, float]:
    """The buyer's ID number after its label (or its repairs), else the one valid number on the
    page, else the repairs of the one number of its shape there."""
    labelled = read_label(layout, "buyer_id_number", labels["buyer_id_number"], v.check_id_number_or_repairs)
    return _or_repairs(
        _or_anywhere(labelled, "buyer_id_number", e.id_numbers(layout), v.check_id_number), layout
    )


def _or_repairs(found: tuple[v.Checked, float], layout: Layout) -> tuple[v.Checked, float]:
    """The buyer's number where no label led to a valid one or to repairs: the one run on the page
    shaped like an ID number, failing its checksum, offers its one-character repairs to the print
    (`reader.choose_repair`) as a labelled one does. With two such runs (a co-buyer's, a
    guarantor's), which is the buyer's is not known."""
    if found[0].value is not None or found[0].options:
        return found
    runs = e.id_shaped(layout)
    if len({c.text for c in runs}) != 1:
        return found
    checked = v.check_id_number_or_repairs("buyer_id_number", runs[0].text)
    if not checked.options:
        return found
    note = "buyer_id_number: no label led to it; the only number of its shape on the page"
    return replace(checked, warnings=[*checked.warnings, note]), runs[0].conf


def _money(layout: Layout, name: str, labels: Labels, figure: str, words: str) -> tuple[v.Checked, float]:
    """The figure after its label, confirmed by the 大写 after its own label or anywhere on the page."""
    first = read_amount(layout, name, labels[figure], labels[words])
    if first[0].vouched:
        return first
    spoken = e.spoken_amounts(layout)
    found = e.amount_in(layout.after(*labels[figure], *labels[words]), spoken)
    if found is None or not found[0].vouched:
        # No figure equals the words: they may be misread. A figure they still say is vouched.
        repaired = e.figure_for_words(layout, layout.after(*labels[words]))
        if repaired is not None:
            checked, conf = repaired
            return v.Checked(checked.value, 0.9, [f"{name}: {w}" for w in checked.warnings], True), conf
    if found is None:
        if first[0].value is not None and Decimal(first[0].value) in {value for value, _ in spoken}:
            # The figure found equals an amount the page prints in words (合计 | 人民币（大写）… |
            # ¥428,000.00, the item's 单价 and 金额 above it): two readings agree, whatever stands
            # above it in its column.
            note = f"{name}: the figure, printed in words too"
            return v.Checked(first[0].value, 0.95, [*first[0].warnings, note], vouched=True), first[1]
        if first[0].value is None and (said := e.the_spoken_amount(layout, spoken)) is not None:
            note = f"{name}: no label led to it; the one amount printed in words, and in figures"
            return v.Checked(said[0], 0.95, [note], vouched=True), said[1]
        # A label over a column of figures (保费 over each cover's premium) leads to the first of
        # them; the figure that sums the others is the amount. A label in the figure's own row
        # (车辆价格 | 63,102.00 above 精品加装 | …, 合计 | …) leads to that figure, not to the sum.
        own_row = first[0].value is not None and e.labelled_in_row(layout, first[0].value, labels[figure])
        summed = None if own_row else e.column_total(layout)
        if summed is not None and first[0].value != summed[0]:
            note = f"{name}: the one figure that sums the figures above it"
            return v.Checked(summed[0], 0.85, [note], vouched=True), summed[1]
        if (
            first[0].value is not None
            and not own_row
            and not first[0].vouched
            and e.heads_a_column(layout, first[0].value)
        ):
            return v.fail(
                name, f"{first[0].value} is one of a column of figures, none of them their total"
            ), 0.0
        return first
    checked, conf = found
    named = v.Checked(
        checked.value, checked.strength, [f"{name}: {w}" for w in checked.warnings], checked.vouched
    )
    if checked.vouched:
        return named, conf
    if first[0].value is None and any("disagrees" in w for w in first[0].warnings):
        # The words were read and contradict the figure the label led to: neither is taken, unless
        # the page prints the words' amount as a figure too (保险费合计 | 壹万… | 11,929.98元, the
        # label's first figure from the column of each cover's premium): two readings agree.
        if checked.value is not None and e.printed_as_figure(layout, Decimal(checked.value)):
            note = f"{name}: the words after its label, printed as a figure too"
            return v.Checked(checked.value, 0.9, [note], vouched=True), conf
        return first
    return (named, conf) if first[0].value is None or checked.value is None else first


def _opens_field(layout: Layout, line: Line) -> bool:
    """Whether `line` opens with a label and its colon (保险人：…), or is the value cell of a label
    beside it on its row (保险人 | 大地财产…): a field of its own, not the rest of a name wrapped
    from the line above."""
    if any(h.start == 0 and line.text[h.end : h.end + 1] in (":", "：") for h in layout.hits(line)):
        return True
    return any(
        o is not line and o.x1 <= line.x0 + o.height and layout.is_label(o) and layout.right_of(o) is line
        for o in layout.lines
        if o.same_row(line)
    )


def _wrapped(layout: Layout, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, then each that runs to the end of its line joined with the line it wraps
    onto (a name broken by the line end); one cut short by a label inside its line did not wrap,
    and none wraps onto a line that is a field of its own."""
    joined = [
        Candidate(c.text + nxt.text, min(c.conf, nxt.conf), c.line, c.x, c.start, c.exact)
        for c in cands
        if c.line.text.rstrip(EDGE).endswith(c.text)
        and (nxt := layout.next_line(c.line)) is not None
        and not _opens_field(layout, nxt)
    ]
    return cands + joined


def _company(layout: Layout, name: str, labels: tuple[str, ...], must: str = "") -> tuple[v.Checked, float]:
    """A company name after its label; one wrapped onto the next line is joined to it."""
    return first_valid(name, _wrapped(layout, layout.after(*labels)), lambda n, t: e.company(n, t, must))


# The form's title (机动车销售统一发票, in simplified or traditional characters).
_INVOICE_TITLE = re.compile(r"统一发票|統一發票|统一發票")


def _one_sheet(layout: Layout) -> Layout:
    """The invoice's own sheet where the photo holds another's head: an invoice photographed lying
    on another car's (a dealer's pile) shows the lower sheet's title, code, number, date and
    sometimes buyer above it, and both heads are found by label, or neither is the one such value
    on the page. Where the title is printed more than once and the VINs on the page lie under one
    title only, the lines from half a title's height above that title down to the next title are
    the document; with one title, or a VIN under each (two whole copies), the page is."""
    titles = sorted((ln for ln in layout.lines if _INVOICE_TITLE.search(ln.text)), key=lambda ln: ln.y0)
    if len(titles) < 2:
        return layout
    tops = [t.y0 - 0.5 * t.height for t in titles]
    sheets = {
        max(i for i, top in enumerate(tops) if c.line.cy >= top)
        for c in e.vins(layout)
        if c.line.cy >= tops[0]
    }
    if len(sheets) != 1:
        return layout
    (i,) = sheets
    bottom = tops[i + 1] if i + 1 < len(tops) else float("inf")
    return Layout([ln for ln in layout.lines if tops[i] <= ln.cy < bottom], layout.labels)


def read_invoice(layout: Layout, labels: Labels) -> Result:
    layout = _one_sheet(layout)

    def code(n: str, t: str) -> v.Checked:
        return v.check_invoice_code(n, t)

    def number(n: str, t: str) -> v.Checked:
        return v.check_digits(n, t, (8,))

    return {
        # Code, number and date are what they look like: where no label leads to them, the one
        # 10/12-digit run, the one 8-digit run and the one date on the page.
        "invoice_code": _or_anywhere(
            _or_anywhere(
                read_label(layout, "invoice_code", labels["invoice_code"], code),
                "invoice_code",
                e.digit_runs(layout, (10, 12)),
                code,
            ),
            # Else the one run a digit or two too long (its label's 码 read as 6 and joined to it),
            # if one end of it is shaped like a code; never eleven digits, a mobile number's length.
            "invoice_code",
            e.digit_runs(layout, (13, 14)),
            code,
        ),
        "invoice_number": _or_anywhere(
            read_label(layout, "invoice_number", labels["invoice_number"], number),
            "invoice_number",
            e.digit_runs(layout, (8,)),
            number,
        ),
        "issue_date": _or_anywhere(
            read_label(layout, "issue_date", labels["issue_date"], v.check_date),
            "issue_date",
            e.dates_not_named_otherwise(layout, labels["issue_date"], clocked=False),
            v.check_date,
        ),
        "buyer_name": read_label(layout, "buyer_name", labels["buyer_name"], v.check_person),
        "buyer_id_number": _buyers_number(layout, labels),
        "brand_model": _or_goods(
            read_label(layout, "brand_model", labels["brand_model"], v.check_brand_model), layout
        ),
        "vin": _or_anywhere(
            read_label(layout, "vin", labels["vin"], v.check_vin), "vin", e.vins(layout), v.check_vin
        ),
        "engine_number": read_label(layout, "engine_number", labels["engine_number"], v.check_engine_number),
        "total_price": _money(layout, "total_price", labels, "total_price", "total_words"),
        # The buyer is a person: the one company an invoice names is the seller.
        "seller_name": _or_anywhere(
            _company(layout, "seller_name", labels["seller_name"]),
            "seller_name",
            e.companies(layout),
            e.company,
        ),
    }


def _or_goods(found: tuple[v.Checked, float], layout: Layout) -> tuple[v.Checked, float]:
    """The labelled make and model, else the goods of the invoice's item lines
    (*机动车*长安牌SC7164AAB6). A vehicle invoice is for one car, so every such line names the same
    (a discount line repeats the car's); where two were read differently, the surer reading."""
    if found[0].value is not None:
        return found
    goods = sorted(e.vehicle_goods(layout), key=lambda c: -c.conf)
    checked, conf = first_valid("brand_model", goods, v.check_brand_model)
    if checked.value is None:
        return found
    note = "brand_model: no label led to it; the goods of the invoice's item line"
    return replace(checked, strength=checked.strength * 0.95, warnings=[*checked.warnings, note]), conf


def _insurer(layout: Layout, labels: Labels) -> tuple[v.Checked, float]:
    """The insurance company: by label, else any insurer's name on the page (logo line, footer);
    a branch (…杭州市分公司) is reported as its company."""
    cands = layout.after(*labels["insurer"]) + layout.matching(_INSURER)
    checked, conf = first_valid("insurer", cands, lambda n, t: e.company(n, t, "保险"))
    if checked.value is None:
        return _by_short_name(layout, labels, checked, conf)
    value = e.drop_repeated_brand(e.head_office(checked.value))
    if "有限" not in value and (named := by_short_name(value)) is not None:
        # A branch under the company's short name (太平洋保险深圳分公司): no legal form in it, so
        # the company is the one the short name stands for.
        return _registered(named, checked.warnings), conf
    if (legal := e.legal_misread(value)) is not None:
        # The company's legal form misread before its branch (…股衍有限公司深圳中心支公司).
        read_as, form = legal
        return v.Checked(value, checked.strength, checked.warnings, read_as=read_as, options=(form,)), conf
    return v.Checked(value, checked.strength, checked.warnings), conf


def _by_short_name(layout: Layout, labels: Labels, found: v.Checked, conf: float) -> tuple[v.Checked, float]:
    """An insurer named nowhere by its registered name, only by the short name the market knows
    it by (人保财险杭州分公司, a header of 平安产险): the registered name of the first listed short
    name after an insurer's label, else in reading order on the page (`insurers`)."""
    texts = [(c.text, c.conf) for c in layout.after(*labels["insurer"])]
    for text, at in [*texts, *((line.text, line.conf) for line in layout.lines)]:
        if (named := by_short_name(text)) is not None:
            return _registered(named, []), at
    return found, conf


def _registered(named: tuple[str, str], warnings: list[str]) -> v.Checked:
    """The registered insurer `insurers.by_short_name` gave for a short name, with a warning saying
    so after `warnings`."""
    short, legal = named
    note = f"insurer: named only as {short}; its registered name from the list of insurers"
    return v.Checked(legal, 0.8, [*warnings, note])


def _period(layout: Layout, labels: Labels) -> tuple[tuple[v.Checked, float], tuple[v.Checked, float]]:
    for cand in layout.after(*labels["period"]):
        span = parse_period(cand.text)
        if span is not None and not isinstance(span[1], str):
            return (v.Checked(span[0].isoformat(), 0.9), cand.conf), (
                v.Checked(span[1].isoformat(), 0.9),
                cand.conf,
            )
        # The period's two dates read, the end not after the start: one year misread.
        if len(two := e.dates_in(cand.text)) >= 2 and two[1] <= two[0]:
            read = (v.Checked(two[0], 0.9), cand.conf), (v.Checked(two[1], 0.9), cand.conf)
            if (mended := _year_misread(*read)) is not None:
                return mended
        if (impossible := _impossible_period(cand.text)) is not None:
            return (impossible[0], cand.conf), (impossible[1], cand.conf)
        if (lost := _lost_separator(cand.text)) is not None:
            return (lost[0], cand.conf), (lost[1], cand.conf)
    start = read_label(layout, "start_date", labels["period_start"], v.check_date)
    end = read_label(layout, "end_date", labels["period_end"], v.check_date)
    if start[0].value is not None and end[0].value is not None:
        if end[0].value > start[0].value:
            return start, end
        if (mended := _year_misread(start, end)) is not None:
            return mended
    # Two dates joined as a span anywhere (自…起至…止, …起 …止, … - …): the insurance period is the
    # one span a policy states.
    for line in layout.lines:
        # A span in prose may wrap onto the next line, even inside a date (…至2026-0 / 8-06); on a
        # form it may run over two rows of cells (保险期间自 | 2026年…0时, then 至 | 2027年…24时).
        nxt = layout.next_line(line)
        rows = layout.row_text(line) + layout.row_text(nxt) if nxt is not None else ""
        for text in (line.text, line.text + nxt.text if nxt is not None else "", rows):
            if (joined := e.date_span(text)) is not None:
                return (v.Checked(joined[0], 0.85), line.conf), (v.Checked(joined[1], 0.85), line.conf)
    for cand in layout.after(*labels["period"]):
        if (kept := _year_lost(layout.row_text(cand.line))) is not None:
            return (kept[0], cand.conf), (kept[1], cand.conf if kept[1].value is not None else 0.0)
    for line in layout.lines:
        # The period's label misread past finding (保染测间) and one of its dates missing a
        # separator (2025-110924:00): a line holding one whole date and digits that make the
        # policy's year with it is the period.
        if (lost := _lost_separator(line.text)) is not None:
            return (lost[0], line.conf), (lost[1], line.conf)
    if start[0].value is not None and end[0].value is None:
        # 保险期限：1年 in one cell, 起保日期 in another: the end from the start and the length.
        for cand in layout.after(*labels["period"]):
            if (months := _length_in_months(cand.text)) is not None:
                return start, (_ends_after(date.fromisoformat(start[0].value), months), cand.conf)
    if (start[0].value is None) != (end[0].value is None):
        # One end read after its own label (保险止期), the other unreadable (a crack through the
        # start's digits): the one read stands, the other is asked for again.
        return start, end
    why = "insurance period not found or unreadable"
    return (v.fail("start_date", why), 0.0), (v.fail("end_date", why), 0.0)


# A month and day with no year before them (…至 | 年07月23日二十四时止: the year under a stamp).
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# What follows a period's first date: its hour, then 起.
_STARTS = re.compile(r"\s*(?:零时|0时|00时|00:00)?\s*起")


def _year_lost(text: str) -> tuple[v.Checked, v.Checked] | None:
    """A period after its label whose start is read whole (自2026年07月24日, or …起) and whose end
    is not: the start stands. Where the end's month and day are read without their year
    (年07月23日二十四时止, the rest under a stamp), the end is the day they make in the year that
    gives the policy its year, with a warning; otherwise the end is asked for again. None where
    the text holds no date, or more than one whole date, or none that starts a span."""
    whole = [(m, d) for m in e.DATE.finditer(text) if (d := v.parse_date(m.group(0))) is not None]
    if len(whole) != 1:
        return None
    m, start = whole[0]
    if not text[: m.start()].rstrip().endswith("自") and not _STARTS.match(text, m.end()):
        return None
    ends = []
    for md in _MONTH_DAY.finditer(text, m.end()):
        for year in (start.year, start.year + 1):
            try:
                end = date(year, int(md.group(1)), int(md.group(2)))
            except ValueError:
                continue
            if _one_year(start, end):
                ends.append(end)
    first = v.Checked(start.isoformat(), 0.85)
    if not ends and (months := _length_in_months(text)) is not None:
        return first, _ends_after(start, months)
    if len(ends) != 1:
        return first, v.fail("end_date", "end of the insurance period unreadable")
    note = "end_date: its year unread; a policy runs one year, so the year that makes one with the start"
    return first, v.Checked(ends[0].isoformat(), 0.75, [note])


# A period stated as its length (十二个月, 12个月, 壹年, 一年期): a number that is no part of a
# longer one (the 6 of 2026年 is a year's last digit, not one year).
_NUMERALS = "一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾"
_LENGTH = re.compile(rf"(?<![\d〇零{_NUMERALS}])(\d{{1,2}}|[{_NUMERALS}]{{1,3}})\s*(个月|個月|年)")


def _length_in_months(text: str) -> int | None:
    """The months a period states as its length (十二个月 12, 壹年 12, 6个月 6), when it states
    exactly one between one month and three years; else None."""
    found = set()
    for m in _LENGTH.finditer(text):
        number = m.group(1)
        # Capital or common numerals read as an amount's are (十二, 壹, 二十四); 两 is two.
        said = int(number) if number.isdigit() else 2 if number == "两" else from_chinese(number)
        if said is None:
            continue
        n = int(said)
        found.add(n * 12 if m.group(2) == "年" else n)
    lengths = {n for n in found if n in TERM_MONTHS}
    return lengths.pop() if len(lengths) == 1 else None


def _ends_after(start: date, months: int) -> v.Checked:
    """The last day of a period of `months` from `start` (a year from 27 May ends on 26 May)."""
    end = add_months(start, months) - timedelta(days=1)
    note = f"end_date: the period is stated as {months} months from its start; its last day is the day before"
    return v.Checked(end.isoformat(), 0.85, [note])


def _impossible_period(text: str) -> tuple[v.Checked, v.Checked] | None:
    """A period whose dates are printed in it, one or both with a month or day no calendar has
    (自2023年00月26日…至2024年00月25日…: 06 read as 00). A real date stands; an impossible one beside
    a real one is the one of its one-digit repairs that makes the policy's year, when exactly one
    does; else its repairs are left for the print to choose (`reader.choose_repair`)."""
    parts = [m.group(0) for m in v.PRINTED_DATE.finditer(text)][:2]
    if len(parts) < 2:
        return None
    dates = [v.parse_date(part) for part in parts]
    repairs = [v.impossible_date(part) for part in parts]
    if not any(repairs) or any(d is None and r is None for d, r in zip(dates, repairs, strict=True)):
        return None
    names = ("start_date", "end_date")
    out = []
    for i, (d, r) in enumerate(zip(dates, repairs, strict=True)):
        if d is not None:
            out.append(v.Checked(d.isoformat(), 0.9))
            continue
        assert r is not None
        read, options, values = r
        if (other := dates[1 - i]) is not None:
            # The repaired date starts the period (i == 0) or ends it.
            fit = [
                value
                for value in values
                if (
                    _one_year(date.fromisoformat(value), other)
                    if i == 0
                    else _one_year(other, date.fromisoformat(value))
                )
            ]
            if len(fit) == 1:
                note = f"{names[i]}: month or day misread; a policy runs one year, so repaired from the other date"
                out.append(v.Checked(fit[0], 0.75, [note]))
                continue
        why = f"{names[i]}: a month or day no calendar has; {len(options)} one-digit repairs fit"
        out.append(v.Checked(None, 0.0, [why], read_as=read, options=options, values=values))
    return out[0], out[1]


# A date whose one separator the recogniser dropped: 202412-05, 2024-1205 (a time may follow glued).
_ONE_SEPARATOR = re.compile(r"(?<!\d)(\d{4})(?:(\d{2})[-/.](\d{2})|[-/.](\d{2})(\d{2}))")


def _lost_separator(text: str) -> tuple[v.Checked, v.Checked] | None:
    """A period with one date read whole and the other's digits missing one separator
    (2023-12-06 00:00至202412-05 24:00): the other is the date its digits make when that makes the
    policy's year with the whole one, with a warning; else None."""
    whole = [(m.span(), d) for m in e.DATE.finditer(text) if (d := v.parse_date(m.group(0))) is not None]
    if len(whole) != 1:
        return None
    (w0, w1), read = whole[0]
    lost = []
    for m in _ONE_SEPARATOR.finditer(text):
        if m.start() < w1 and w0 < m.end():
            continue
        year, month, day = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
        try:
            lost.append((m.start() < w0, date(int(year), int(month), int(day))))
        except ValueError:
            continue
    if len(lost) != 1:
        return None
    first, other = lost[0]
    start, end = (other, read) if first else (read, other)
    if not _one_year(start, end):
        return None
    name = "start_date" if first else "end_date"
    note = f"{name}: a separator unread; a policy runs one year, so read as the date its digits make"
    if first:
        return v.Checked(start.isoformat(), 0.75, [note]), v.Checked(end.isoformat(), 0.9)
    return v.Checked(start.isoformat(), 0.9), v.Checked(end.isoformat(), 0.75, [note])


def _one_year(start: date, end: date) -> bool:
    """A motor policy's period: a year to the day, less one day or not, across a leap day or not."""
    return end - start in (timedelta(days=364), timedelta(days=365), timedelta(days=366))


def _or_addressee(layout: Layout, found: tuple[v.Checked, float], name: str) -> tuple[v.Checked, float]:
    """The labelled name, else the person a letter is addressed to (尊敬的…先生：)."""
    if found[0].value is not None or (to := e.addressee(layout)) is None:
        return found
    return v.Checked(to[0], 0.8, [f"{name}: no label led to it; the person the letter is addressed to"]), to[
        1
    ]


def _year_misread(
    start: tuple[v.Checked, float], end: tuple[v.Checked, float]
) -> tuple[tuple[v.Checked, float], tuple[v.Checked, float]] | None:
    """A period whose end does not follow its start because one year was misread (2095-05-16 to
    2026-05-15). A motor policy runs one year, so where exactly one of the two dates, given the
    year the other implies, makes a one-year period, that date's year was the misread."""
    s, t = date.fromisoformat(str(start[0].value)), date.fromisoformat(str(end[0].value))

    def year(d: date, y: int) -> date | None:
        try:
            return d.replace(year=y)
        except ValueError:  # 29 February in a common year
            return None

    fixes = []
    if (s2 := year(s, t.year - 1)) is not None and _one_year(s2, t):
        fixes.append((s2, t, "start_date", s))
    if (t2 := year(t, s.year + 1)) is not None and _one_year(s, t2):
        fixes.append((s, t2, "end_date", t))
    # Both may fit (2095 for 2025, or 2026 for 2096): a period decades ahead of today is no
    # policy anyone holds, so that reading is dropped.
    fixes = [f for f in fixes if f[1].year <= date.today().year + 2]
    if len(fixes) == 2:
        # Still both (2025…2020: 2019 for the start or 2026 for the end): a misread changes one
        # digit of a year, so the repair that changes one digit is the one.
        def digits_changed(fix: tuple[date, date, str, date]) -> int:
            repaired = fix[0] if fix[2] == "start_date" else fix[1]
            return sum(x != y for x, y in zip(f"{repaired.year}", f"{fix[3].year}", strict=True))

        fixes = [f for f in fixes if digits_changed(f) == 1]
    if len(fixes) != 1:
        return None
    a, b, which, read = fixes[0]
    note = (
        f"{which}: year misread ({read.isoformat()}); a policy runs one year, so repaired from the other date"
    )
    return (
        (v.Checked(a.isoformat(), 0.75, [note] if which == "start_date" else []), start[1]),
        (v.Checked(b.isoformat(), 0.75, [note] if which == "end_date" else []), end[1]),
    )


def _policy_code(name: str, text: str) -> v.Checked:
    return v.check_code(name, text, 10)


def _policy_number(layout: Layout, labels: Labels) -> tuple[v.Checked, float]:
    """The number a label names the policy's; where none does (a branch's paper form whose number
    a numbering machine stamped at the top), the form's serial number after No., unless another
    label on its line says whose number it is (投保单号 No. …, a proposal's)."""
    found = read_label(layout, "policy_number", labels["policy_number"], _policy_code)
    if found[0].value is not None:
        return _beside_the_rest(layout, labels, found)
    serial = set(labels["serial"])
    own = [
        c
        for c in layout.after(*labels["serial"])
        if not any(h.end <= c.start and not h.labels <= serial for h in layout.hits(c.line))
    ]
    checked, conf = first_valid("policy_number", own, _policy_code)
    if checked.value is not None:
        note = "policy_number: no label named it; the form's serial number after No."
        return replace(checked, warnings=[*checked.warnings, note]), conf
    # A label whose head is hidden (a sticker or a tear over the margin) leaves its tail starting
    # the line: 单号：PDAA… (保险单号 with 保险 covered, or read one character wrong at the cover's
    # edge); never where what is left is another number's label (投保单号, 批单号) or its 投.
    own_labels = set(labels["policy_number"])
    tails = [
        Candidate(m.group(1), ln.conf, ln, ln.x0)
        for ln in layout.lines
        if (m := _LABEL_TAIL.match(ln.text)) is not None
        and "投" not in ln.text[: m.start(1)]
        and not any(h.end <= m.start(1) and not h.labels & own_labels for h in layout.hits(ln))
    ]
    checked, conf = first_valid("policy_number", e.unique(tails), _policy_code)
    if checked.value is None:
        return found
    note = "policy_number: after what is left of a label whose head is hidden (…单号)"
    return replace(checked, strength=checked.strength * 0.95, warnings=[*checked.warnings, note]), conf


def _beside_the_rest(
    layout: Layout, labels: Labels, found: tuple[v.Checked, float]
) -> tuple[v.Checked, float]:
    """`found`, the first number a policy-number label leads to, or, where its label leads to two
    different numbers, the one nearest the policy's own particulars: this year's schedule
    photographed lying on last year's shows the old sheet's head above it, the same label with the
    old number, while the insured, the VIN and the period are the new sheet's. Nearest is by the
    middle of the lines the insured's and the VIN's labels lead to. A label that is the tail of a
    longer word (保单号码 in 投保单号码, a proposal's) leads to no policy number here."""
    own = set(labels["policy_number"])
    numbers: dict[str, tuple[v.Checked, Candidate]] = {}
    for cand in layout.after(*labels["policy_number"]):
        led = [h for h in layout.hits(cand.line) if h.end <= cand.start and h.labels & own]
        if led and led[-1].start > 0 and re.match(f"[{v.CJK}]", cand.line.text[led[-1].start - 1]):
            continue
        checked = _policy_code("policy_number", cand.text)
        if checked.value is not None:
            numbers.setdefault(checked.value, (checked, cand))
    if len(numbers) < 2:
        return found
    rows = sorted(
        c.line.cy
        for name, check in (("insured_name", v.check_person), ("vin", v.check_vin))
        for c in layout.after(*labels[name])
        if check(name, c.text).value is not None
    )
    if not rows:
        return found
    middle = rows[len(rows) // 2]
    checked, cand = min(numbers.values(), key=lambda pair: abs(pair[1].line.cy - middle))
    if checked.value == found[0].value:
        return found
    note = "policy_number: its label leads to two numbers; the one among the insured and the VIN"
    return replace(checked, warnings=[*checked.warnings, note]), cand.conf


_LABEL_TAIL = re.compile(rf"^[{v.CJK}]?单号码?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9 -]{{9,40}})$")


def read_policy(layout: Layout, labels: Labels) -> Result:
    start, end = _period(layout, labels)
    return {
        "policy_number": _policy_number(layout, labels),
        "insurer": _insurer(layout, labels),
        "insured_name": _or_addressee(
            layout, read_label(layout, "insured_name", labels["insured_name"], v.check_person), "insured_name"
        ),
        "vin": _or_anywhere(
            read_label(layout, "vin", labels["vin"], v.check_vin), "vin", e.vins(layout), v.check_vin
        ),
        "premium": _money(layout, "premium", labels, "premium", "premium_words"),
        "first_beneficiary": _or_anywhere(
            _company(layout, "first_beneficiary", labels["first_beneficiary"]),
            "first_beneficiary",
            e.lenders(layout),
            e.company,
        ),
        "start_date": start,
        "end_date": end,
    }


def _parties(layout: Layout, labels: Labels) -> tuple[tuple[v.Checked, float], tuple[v.Checked, float]]:
    """(buyer, seller): by their role words (买受人, 出卖人, …), else 甲方/乙方 by what each is.

    Role words also run through the contract's prose (买方购买卖方车辆…, 买方应于…), so a buyer's name
    must start with a surname; any two to five characters only when nothing does (a rare surname)."""
    cands = layout.after(*labels["buyer_name"])
    either = layout.after(*labels["party"])
    # A party the contract names once and then calls by its role (…（以下简称买方）) first; then a
    # role word read exactly, then 甲方/乙方, then a role word with a misread character (购买汽
    # starting a wrapped line is one character from 购买方).
    defined = e.defined_parties(layout, labels["buyer_name"] + labels["seller_name"] + labels["party"])
    as_buyer = [c for role, c in defined if role in labels["buyer_name"] or role in labels["party"]]
    as_seller = [c for role, c in defined if role in labels["seller_name"] or role in labels["party"]]
    exact = [c for c in cands if c.exact]
    ordered = as_buyer + exact + [c for c in either if c.exact] + [c for c in cands if not c.exact]
    buyer = first_valid("buyer_name", ordered, e.person)
    if buyer[0].value is None:
        # The person a dealer's letter is addressed to; then any name after a role word read
        # exactly, for a surname the list does not hold.
        buyer = _or_addressee(layout, buyer, "buyer_name")
    if buyer[0].value is None:
        buyer = first_valid("buyer_name", exact, v.check_person)
    seller = first_valid("seller_name", as_seller, e.company)
    if seller[0].value is None:
        seller = _company(layout, "seller_name", labels["seller_name"])
    if seller[0].value is None:
        named = first_valid("seller_name", _wrapped(layout, either), e.company)
        if named[0].value is not None:
            seller = named
    if seller[0].value is None:
        # The buyer is a person, so the one company a contract names (in its letterhead, its
        # closing) that lends or insures nothing is the seller.
        seller = _or_anywhere(seller, "seller_name", e.companies(layout), e.company)
    return buyer, seller


def _buyers_id(
    layout: Layout, labels: Labels, buyer: str | None, found: tuple[v.Checked, float]
) -> tuple[v.Checked, float]:
    """The buyer's ID number where a contract prints several people's (a co-buyer's, a guarantor's,
    the dealer's agent's): the first valid one at or below where the buyer is first named, in the
    buyer's column of that row. Each person's number follows their name, whatever order the
    people come in; with one number, or none after the name, the labelled reading stands."""
    if buyer is None:
        return found
    valid = [
        (c, checked)
        for c in layout.after(*labels["buyer_id_number"]) + e.id_numbers(layout)
        if (checked := v.check_id_number("buyer_id_number", c.text)).value is not None
    ]
    if len({checked.value for _, checked in valid}) < 2:
        return found
    named = [ln for ln in layout.lines if buyer in normalize(ln.text)]
    if not named:
        return found
    at = min(named, key=lambda ln: (ln.y0, ln.x0))
    below = [(c, checked) for c, checked in valid if c.line.y0 >= at.y0 - 0.5 * at.height]
    if not below:
        return found
    first = min(below, key=lambda pair: pair[0].line.y0)[0]
    row = [pair for pair in below if pair[0].line.same_row(first.line)]
    mine, checked = min(row, key=lambda pair: abs(pair[0].x - at.x0))
    if checked.value == found[0].value:
        return found
    note = "buyer_id_number: several people's ID numbers; the one after the buyer's name"
    return replace(checked, warnings=[*checked.warnings, note]), mine.conf


# Labels that name the contract's number only where no other label does: a dealer's system prints
# its own order number (订单号) beside, above or below the contract's number (合同编号, or a bare
# 编号), and both open their lines. A form's serial after No. (numbered stationery, a numbering
# machine's red figures at the top of each page) yields to a word label read exactly; a word read
# loosely inside prose (本合同于… found as 合同号) does not outrank it.
ORDER_LABELS = frozenset(("订单编号", "订单号"))
SERIAL_LABELS = frozenset(("No.", "NO."))


def _contract_number(layout: Layout, labels: tuple[str, ...]) -> tuple[v.Checked, float]:
    words = tuple(label for label in labels if label not in ORDER_LABELS | SERIAL_LABELS)
    exact = [c for c in layout.after(*words) if c.exact]
    found = first_valid("contract_number", exact, v.check_code)
    if found[0].value is None:
        own = tuple(label for label in labels if label not in ORDER_LABELS)
        found = read_label(layout, "contract_number", own, v.check_code)
    return (
        found if found[0].value is not None else read_label(layout, "contract_number", labels, v.check_code)
    )


def read_contract(layout: Layout, labels: Labels) -> Result:
    buyer, seller = _parties(layout, labels)
    # A bare 日期 (`entities.BARE_DAY`) stands for the signing only where no label or sentence names it.
    own = tuple(label for label in labels["sign_date"] if label not in e.BARE_DAY)
    signed = read_label(layout, "sign_date", own, v.check_date)
    if signed[0].value is None:
        said = e.sentence_dates(layout, _SIGNED)
        if said:
            signed = (v.Checked(said[-1].text, 0.85), said[-1].conf)
    free = e.dates_not_named_otherwise(layout, labels["sign_date"])
    others = {c.text for c in e.all_dates(layout)} - {c.text for c in free}
    if signed[0].value is None and own != labels["sign_date"]:
        # A bare 日期 found inside another day's label (交车日期) dates that day, not the signing.
        bare = read_label(layout, "sign_date", labels["sign_date"], v.check_date)
        if bare[0].value not in others:
            signed = bare
    if signed[0].value is None and (alone := e.dates_alone(layout)):
        # No label and no sentence says it: the date standing alone under the closing, the last.
        note = "sign_date: no label led to it; the date alone on its line under the closing"
        signed = (v.Checked(alone[-1].text, 0.8, [note]), alone[-1].conf)
    # Nothing says which date was the signing (its sentence misread past 签订): the one date the
    # contract prints is, unless its label makes it another day's (交车日期).
    signed = _or_anywhere(signed, "sign_date", free, v.check_date)
    return {
        "contract_number": _contract_number(layout, labels["contract_number"]),
        "buyer_name": buyer,
        "buyer_id_number": _buyers_id(
            layout,
            labels,
            buyer[0].value,
            _buyers_number(layout, labels),
        ),
        "vin": _or_anywhere(
            read_label(layout, "vin", labels["vin"], v.check_vin), "vin", e.vins(layout), v.check_vin
        ),
        "vehicle_price": _money(layout, "vehicle_price", labels, "vehicle_price", "price_words"),
        "seller_name": seller,
        "sign_date": signed,
    }
