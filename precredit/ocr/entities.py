"""Values that say what they are, found anywhere on the page, whatever the layout.

A checksum-valid VIN or ID number is itself evidence: a page about one car and one buyer rarely
prints two, so when the label that should lead to it is missing, misread or worded in a way the
lexicon does not know, the value is still found. Amounts printed in words (大写) mark the amount that
matters; a figure equal to one is vouched for by it. Company names end in a legal form (有限公司);
parties named 甲方/乙方 are told apart by what they are, a company or a person, unless the text
says which role each plays (甲方（出卖人）).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from decimal import Decimal

from precredit.ocr import validate as v
from precredit.ocr.amounts import (
    MISREAD_NUMERALS,
    NUMERAL_CHAR,
    decimal_point_back,
    from_chinese,
    misread_cost,
    parse_figure,
)
from precredit.ocr.layout import Candidate, Layout
from precredit.ocr.lines import Line
from precredit.ocr.match import EDGE, one_apart

Check = Callable[[str, str], v.Checked]

_CJK = "\u4e00-\u9fff"
_VIN_RUN = re.compile(r"(?<![A-Z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])")
_ID_RUN = re.compile(r"(?<!\d)\d{17}[\dX](?![\dA-Z])")
_WORDS = re.compile(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+(?:元|圆)(?:[零壹贰叁肆伍陆柒捌玖]+[角分])*整?")
# Any figure with two decimals, marked or not (a ¥ printed in a cell of its own is not beside it).
_BARE_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{2}(?!\d)|(?<![\d.,])\d+\.\d{2}(?!\d)")
# What may stand right before an amount in words without being part of it: the end of its label
# or of the sentence that leads into it (人民币, 大写, 合计, …为).
_LEADS = ("币", "写", "计", "为", "额", "价", "款", "费")
_SEPARATORS = frozenset(":：(（)）[]【】 ,，、;；")
# Words that go on past one or two characters misread out of the numerals (…贰元染角陆分, 柒 read
# as 染): the amount's tail after them.
_GOES_ON = re.compile(r"[^:：(（)）\[\]【】\s,，、;；/]{1,2}[零壹贰叁肆伍陆柒捌玖角分整]")
_FIGURE = re.compile(
    r"(?:¥|RMB|人民币)?\d{1,3}(?:,\d{3})+\.\d{2}|(?:¥|RMB|人民币)\d+\.\d{2}|\d+\.\d{2}元|\d+(?:\.\d{1,4})?万元"
)
# A date, also with one of its two separators read as a comma (2026,04.09, 2026-04,09): never
# both, which a list of numbers could be, never inside a figure's groups of three, and not after a
# point, where 2026.04 is as likely an amount. A year in two figures only with 年 and 月 after its
# parts (26年5月27日, `validate.SHORT_YEAR`).
DATE = re.compile(
    r"(?<!\d)(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?"
    r"|(?<![\d,，])\d{4}[,，]\d{1,2}[-/.]\d{1,2}(?![\d,，])"
    r"|(?<![\d,，])\d{4}[-/]\d{1,2}[,，]\d{1,2}(?![\d,，.])"
    r"|(?<![\d.,，])" + v.SHORT_YEAR + r"日?(?!\d)"
)
# A legal form ends a company name; the name before it is CJK, letters, digits or brackets.
_COMPANY = re.compile(
    rf"[{_CJK}A-Za-z0-9()]{{2,40}}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|4S店|专卖店)"
)
_BRANCH = re.compile(rf"[{_CJK}]{{2,12}}(?:分公司|支公司|营业部)$")
# A pronoun or demonstrative before a bare 公司 (本公司, 我公司, 贵公司, 该公司): no name.
_PRONOUN_COMPANY = re.compile(r"[本我贵该其你此]公司$")
# Words that introduce a name in a sentence: 第一受益人为…, 出卖人系…
_LEAD = ("为", "是", "系", "由")
# A verb before 为 that a sentence uses to say who a party now is (变更为, 更改为, 指定为).
_SAID = re.compile(r"(?:变更|更改|更正|改|指定|确定|约定|调整|更换)(?:为|成)")
# Verbs a notice addresses its reader with before it names a company (感谢您选择…保险股份有限公司).
_ADDRESS = ("选择", "选购", "选用", "信任", "感谢", "欢迎")
# Words of prose that no company name holds inside it.
# (Single characters that start names, 向阳, 给力, are not among them.)
_PROSE = ("约定", "同意", "确认", "申请", "的", "您", "我们", "本保单", "本合同", *_ADDRESS)


def vins(layout: Layout) -> list[Candidate]:
    """Every 17-character run on the page that passes the VIN check digit as printed."""
    out = []
    for line in layout.lines:
        # A date read joined to the VIN's cell (LFV…12342025-12-07) is not part of the run, nor a
        # registration plate joined before it (沪BD00094LVGV…, both in one cell).
        for m in _VIN_RUN.finditer(v.unglued(line.text.upper())):
            if v.check_vin("vin", m.group(0)).strength == 1.0:
                out.append(Candidate(m.group(0), line.conf, line, line.x0))
    return out


# A VAT invoice names each item as its tax category between asterisks and then the goods
# (*机动车*长安牌SC7164AAB6, *小型汽车*…); a category naming a vehicle (…车…) heads the car's make
# and model. A recogniser may read the asterisk as a full-width or a reference mark.
_VEHICLE_GOODS = re.compile(rf"[*＊※]([{_CJK}]{{0,6}}车[{_CJK}]{{0,4}})[*＊※]\s*([^\s*＊※]{{2,40}})")


def vehicle_goods(layout: Layout) -> list[Candidate]:
    """The goods named after a vehicle's tax category on each item line (*机动车*…): a vehicle
    invoice's make and model where no label names them (an e-invoice's 项目名称 column)."""
    return [
        Candidate(m.group(2), line.conf, line, line.x0)
        for line in layout.lines
        for m in _VEHICLE_GOODS.finditer(line.text)
    ]


def id_numbers(layout: Layout) -> list[Candidate]:
    """Every 18-character run that passes the GB 11643 checksum."""
    return [c for c in id_shaped(layout) if v.check_id_number("id", c.text).value is not None]


def id_shaped(layout: Layout) -> list[Candidate]:
    """Every run shaped like an ID number (seventeen digits and a digit or X), whether or not it
    passes the checksum."""
    return [
        Candidate(m.group(0), line.conf, line, line.x0)
        for line in layout.lines
        for m in _ID_RUN.finditer(line.text.upper())
    ]


def digit_runs(layout: Layout, lengths: tuple[int, ...]) -> list[Candidate]:
    """Runs of exactly one of `lengths` digits standing alone (not part of a phone number, an
    account, a code with letters): an invoice's code and number when their labels are not known."""
    pattern = re.compile(
        rf"(?<![0-9A-Za-z-])(?:{'|'.join(rf'[0-9]{{{n}}}' for n in lengths)})(?![0-9A-Za-z-])"
    )
    return [
        Candidate(m.group(0), ln.conf, ln, ln.x0)
        for ln in layout.lines
        for m in pattern.finditer(_URL.sub(lambda u: " " * len(u.group(0)), ln.text))
    ]


# A web address (a portal's page printed with its address in the footer): the numbers in it
# (…/view?id=641098319307) are the address's, never a document's code or number.
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def all_dates(layout: Layout) -> list[Candidate]:
    """Every date on the page (an invoice prints one: its issue date)."""
    return [Candidate(d, ln.conf, ln, ln.x0) for ln in layout.lines for d in dates_in(ln.text)]


# A bare 日期 or 时间 dates whatever block it opens (a handover sheet's, a delivery checklist's, a
# witness's): it names no event of its own.
BARE_DAY = ("日期", "时间")
# A label that names the day of some event (入库日期：, 打印时间 ), ending where its date begins.
# Its colon may be read as another mark (入库日期,2026-01-12).
_MARKS = " :：,，.、;；"
_DAY_LABEL = re.compile(rf"[{_CJK}]{{1,6}}(?:日期|时间)[{_MARKS}]*$")


def dates_not_named_otherwise(
    layout: Layout, own: tuple[str, ...], *, clocked: bool = True
) -> list[Candidate]:
    """Every date on the page but those whose own label names another event (a dealer's sticker's
    入库日期, a print run's 打印日期): the dates a document's one date may be, where `own` are the
    labels of the date sought. A bare 日期 names no event and keeps its date; among `own` it names
    none either, so 交车日期 is another event's even where 日期 is one of `own`. `clocked` False:
    a date with a time of day after it and no label of its own is a moment something happened to
    the document (a browser's print header, a screenshot's), not a date it bears."""
    out = []
    for ln in layout.lines:
        for m in DATE.finditer(ln.text):
            if (d := v.parse_date(m.group(0))) is None:
                continue
            before = ln.text[: m.start()]
            said = before.rstrip(_MARKS)
            unlabelled = _DAY_LABEL.search(before) is None
            if unlabelled and not clocked and _CLOCK.match(ln.text, m.end()):
                continue
            if unlabelled or any(said.endswith(label) for label in own if label not in BARE_DAY):
                out.append(Candidate(d.isoformat(), ln.conf, ln, ln.x0))
    return out


# A time of day right after a date (2026/5/20 15:28, 2026-05-2015:28:03).
_CLOCK = re.compile(r"\s*(?:[01]?\d|2[0-3])[:：][0-5]\d")


def unique(cands: list[Candidate]) -> list[Candidate]:
    """The candidates if they all carry one value (printed once or repeated), else none: two
    different VINs on one page cannot be told apart without a label."""
    return cands if len({c.text for c in cands}) == 1 else []


def spoken_amounts(layout: Layout) -> list[tuple[Decimal, Line]]:
    """Amounts written in financial numerals (大写), anywhere."""
    out = []
    for line in layout.lines:
        text = line.text
        # Words broken by the end of a line (…肆拾陆万捌 / 仟伍佰元整) are read joined.
        if NUMERAL_CHAR.fullmatch(text.rstrip(EDGE)[-1:] or " ") and (nxt := layout.next_line(line)):
            text += nxt.text
        folded = text.translate(MISREAD_NUMERALS)
        for m in _WORDS.finditer(folded):
            value = from_chinese(m.group(0))
            if NUMERAL_CHAR.match(folded, m.end()):
                continue  # cut short by a misread numeral or unit: not the whole amount
            if value is not None and value > 0 and m.start() < len(line.text):
                out.append((value, line))
    return out


def _commas_back(text: str) -> str:
    """A thousands comma read as a dot (¥116.000.00) and a decimal point read as a comma
    (7,157,96元) put back, before figures are cut out."""
    text = decimal_point_back(text)
    return re.sub(
        r"\d{1,3}(?:\.\d{3})+\.\d{2}(?!\d)",
        lambda m: m.group(0).replace(".", ",", m.group(0).count(".") - 1),
        text,
    )


def figures(text: str) -> list[Decimal]:
    """Money figures in a text: ¥ or 元 or thousands separators mark them, so years and phone
    numbers are not taken."""
    out = []
    text = _commas_back(text)
    for m in _FIGURE.finditer(text):
        value = parse_figure(m.group(0))
        if value is not None and value > 0:
            out.append(value)
    return out


def amount_in(cands: list[Candidate], spoken: list[tuple[Decimal, Line]]) -> tuple[v.Checked, float] | None:
    """The first labelled text holding a figure equal to an amount printed in words somewhere on the
    page, or, failing that, words alone after the label."""
    said = {value for value, _ in spoken}
    for cand in cands:
        for value in figures(cand.text) or [x for x in [parse_figure(cand.text)] if x is not None]:
            if value in said:
                return v.Checked(f"{value:.2f}", 1.0, vouched=True), cand.conf
    for cand in cands:
        text = cand.text.translate(MISREAD_NUMERALS)  # 参 for 叁: one character for one
        m = _WORDS.search(text)
        words = from_chinese(m.group(0)) if m else None
        if m is not None and not _whole_words(text, m):
            continue  # the tail of words whose head was misread (…律仟元整 read as 仟元整)
        if m is not None and (NUMERAL_CHAR.match(text, m.end()) or _GOES_ON.match(text, m.end())):
            # The head of words whose tail was misread (…元肆角玖分 read as …元肆用玖分, …元染角陆分).
            continue
        if words is not None and words > 0:
            if any(f != words for f in figures(cand.text)):
                # Figure and words beside each other disagree: one is misread, which is not known.
                return v.Checked(None, 0.0, ["figure and uppercase amount disagree"]), 0.0
            return v.Checked(f"{words:.2f}", 0.8, ["amount taken from its uppercase form"]), cand.conf
    return None


def _whole_words(text: str, m: re.Match[str]) -> bool:
    """Whether a match of `_WORDS` is all of the amount: it starts the text or follows a separator
    or the end of a lead-in (人民币, 大写), not a character the recogniser misread in its head."""
    before = text[: m.start()].rstrip()
    return not before or before[-1] in _SEPARATORS or before.endswith(_LEADS)


def _words_span(text: str) -> str | None:
    """The stretch of `text` from its first to its last numeral of an uppercase amount, with the
    character before it when that is no lead-in (a misread first numeral); None for fewer than
    four numerals."""
    at = [i for i, c in enumerate(text) if NUMERAL_CHAR.match(c)]
    if len(at) < 4:
        return None
    start = at[0]
    if start > 0 and text[start - 1] not in _SEPARATORS and not text[:start].endswith(_LEADS):
        start -= 1
    return text[start : at[-1] + 1]


def bare_figures(text: str) -> list[Decimal]:
    """Figures with two decimals, marked as money or not."""
    return [
        f for m in _BARE_FIGURE.finditer(_commas_back(text)) if (f := parse_figure(m.group(0))) is not None
    ]


def figure_for_words(layout: Layout, cands: list[Candidate]) -> tuple[v.Checked, float] | None:
    """The figure on the page that words the recogniser misread still say: where no figure equals
    the words because a numeral in them came out as some other character (叁 as 卷), the one
    figure they say after repairing only such characters (`amounts.misread_cost`). Two figures
    the words could say, or none: nothing is taken."""
    texts = []
    for cand in cands:
        m = _WORDS.search(cand.text)
        if (
            m is not None
            and _whole_words(cand.text, m)
            and not NUMERAL_CHAR.match(cand.text[m.end() : m.end() + 1])  # …元陆: cut short
            and from_chinese(m.group(0)) is not None
        ):
            continue  # read as printed: a figure that disagrees stays unresolved
        # Words cut in two along their row (…叁拾元陆 | 伍分, the 角 between under a stamp) are read
        # joined too.
        row = layout.row_text(cand.line)
        for text in (cand.text, row[row.find(cand.text) :] if cand.text in row else ""):
            if (span := _words_span(text)) is not None and span not in texts:
                texts.append(span)
    if not texts:
        return None
    costs: dict[Decimal, tuple[int, float]] = {}
    for line in layout.lines:
        for value in bare_figures(line.text):
            if value <= 0 or value in costs:
                continue
            fits = [c for t in texts if (c := misread_cost(value, t)) is not None]
            if fits:
                costs[value] = (min(fits), line.conf)
    if not costs:
        return None
    best = min(cost for cost, _ in costs.values())
    chosen = [(value, conf) for value, (cost, conf) in costs.items() if cost == best]
    if len(chosen) != 1:
        return None
    value, conf = chosen[0]
    note = "figure matched to uppercase words with misread characters"
    return v.Checked(f"{value:.2f}", 0.9, [note], vouched=True), conf


_CELL_FIGURE = re.compile(r"(?:¥|￥|RMB)?\s*(\d{1,3}(?:,\d{3})+|\d+)\.\d{2}元?")


def _holding(layout: Layout, value: str) -> list[Line]:
    """The lines that read as the one figure `value`."""
    amount = Decimal(value)
    return [line for line in layout.lines if parse_figure(line.text) == amount]


def labelled_in_row(layout: Layout, value: str, labels: tuple[str, ...]) -> bool:
    """Whether the figure `value` stands in a row whose label, to its left, is one of `labels`."""
    wanted = set(labels)
    for line in _holding(layout, value):
        for o in layout.lines:
            if o is line or not o.same_row(line) or o.x1 > line.x0 + line.height:
                continue
            if any(h.labels & wanted for h in layout.hits(o)):
                return True
    return False


def heads_a_column(layout: Layout, value: str) -> bool:
    """Whether the figure `value` stands in a cell with another figure right under it in its
    column: the first of a column of figures (each cover's premium), not an amount of its own."""
    for line in _holding(layout, value):
        if not _CELL_FIGURE.fullmatch(line.text.strip()):
            continue
        for o in layout.lines:
            if (
                o is not line
                and 0 <= o.y0 - line.y1 <= line.height
                and o.x_overlap(line) > 0.3 * line.width
                and _CELL_FIGURE.fullmatch(o.text.strip())
            ):
                return True
    return False


def column_total(layout: Layout) -> tuple[str, float] | None:
    """The one figure that is the sum of the two or more figures right above it in its column (a
    cover table's premiums, an invoice's items): where neither a label nor words lead to the
    amount, the sum vouches for its total."""
    cells = [
        (ln, value)
        for ln in layout.lines
        if _CELL_FIGURE.fullmatch(ln.text.strip()) and (value := parse_figure(ln.text)) is not None
    ]
    totals = []
    for line, value in cells:
        above = sorted(
            ((o, w) for o, w in cells if o.cy < line.cy and o.x_overlap(line) > 0.3 * line.width),
            key=lambda pair: -pair[0].cy,
        )
        running = Decimal(0)
        for k, (_, w) in enumerate(above[:8], 1):
            running += w
            if k >= 2 and running == value:
                totals.append((value, line.conf))
                break
    if len({value for value, _ in totals}) != 1:
        return None
    return f"{totals[0][0]:.2f}", totals[0][1]


def printed_as_figure(layout: Layout, value: Decimal) -> bool:
    """Whether some line of the page holds `value` as a figure (money-marked or a bare 3312.28)."""
    return any(value in figures(ln.text) + bare_figures(ln.text) for ln in layout.lines)


def the_spoken_amount(layout: Layout, spoken: list[tuple[Decimal, Line]]) -> tuple[str, float] | None:
    """The amount a document prints in words is the one that matters (the total, the premium, the
    price): when its label is not known, the one amount in words that is also printed as a figure
    somewhere on the page is taken, both readings vouching for each other."""
    if len({value for value, _ in spoken}) != 1:
        return None
    value, line = spoken[0]
    # The words vouch for the figure, so it need not say it is money (¥, 元): a bare 3312.28 in a
    # table cell is enough.
    if not printed_as_figure(layout, value):
        return None
    return f"{value:.2f}", line.conf


def company(name: str, text: str, must: str = "") -> v.Checked:
    """A company name ending in its legal form; a leading 为/是 of a sentence is not part of it."""
    compact = re.sub(rf"[^{_CJK}A-Za-z0-9()]", "", text)
    # The legal form's last character misread, or merged with text printed over it (有限公话 for
    # 有限公司 under 电话): nothing but 司 follows 有限公.
    compact = re.sub(rf"有限公(?!司)[{_CJK}]", "有限公司", compact)
    for m in _COMPANY.finditer(compact):
        value = m.group(0)
        if _PRONOUN_COMPANY.search(value):
            # 本公司, 我公司, 贵公司 (买受人向本公司购买…, 本公司（盖章）): a company referred to,
            # not named; its name is printed elsewhere (a letterhead, a seal).
            continue
        # 以…为第一受益人: the name starts after 以 when 为 follows it.
        if compact[m.end() : m.end() + 1] == "为" and (at := value.rfind("以")) >= 0 and len(value) - at > 6:
            value = value[at + 1 :]
        # 变更为…, 改为…, 指定为…: a change or a designation stated before the name.
        if (said := _SAID.match(value)) and len(value) - said.end() >= 6:
            value = value[said.end() :]
        for lead in _LEAD:
            if value.startswith(lead) and len(value) > 6:
                value = value[1:]
        # Prose before the name in the same clause (…本保单约定华融汽车金融有限公司为…): the name
        # starts after the last word that only prose uses, if a name's length is left.
        cut = max((value.rfind(w) + len(w) for w in _PROSE if value.rfind(w) > 0), default=0)
        if cut and len(value) - cut >= 6:
            value = value[cut:]
        elif cut:
            continue  # prose that names no company (感谢您选购本公司车辆)
        value = v.drop_rules(value)
        # A number read joined to the name (330106…8187杭州华泰汽车贸易有限公司, the buyer's ID
        # number on the line above): no company's name opens with eight digits or more.
        value = re.sub(rf"^\d{{8,}}X?(?=[{_CJK}])", "", value)
        if len(value) >= 6 and (not must or must in value):
            if (legal := legal_misread(value)) is not None:
                # The legal form with one character misread (有服公司, 股衍有限公司): the print may
                # tell whether the form is what it holds (`reader.choose_repair`).
                return v.Checked(value, 0.85, read_as=legal[0], options=(legal[1],))
            if (trade := _trade_misread(value)) is not None:
                return v.Checked(value, 0.85, read_as=trade[0], options=trade[1])
            return v.Checked(value, 0.85)
    return v.fail(name, "no company name (ending in 公司 or the like) found")


# The words a trade names itself by just before a company's legal form (东方汽车金融有限公司,
# …财产保险股份有限公司, …汽车销售服务有限公司): a lender's, an insurer's, a dealer's.
_TRADES = (
    "汽车金融",
    "消费金融",
    "融资租赁",
    "财产保险",
    "人寿保险",
    "汽车销售",
    "汽车贸易",
    "销售服务",
    "汽车服务",
)
_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


def legal_misread(value: str) -> tuple[str, str] | None:
    """(as read, the form) where a company name ends in a legal form with one character misread
    (有服公司 for 有限公司, 股衍有限公司 for 股份有限公司); the longest form first, and None where
    the name ends in a form as it is."""
    for form in _LEGAL_FORMS:
        tail = value[-len(form) :]
        if len(value) > len(form) and tail.endswith("公司") and one_apart(tail, form):
            return tail, form
        if tail == form:
            return None
    return None


def _trade_misread(value: str) -> tuple[str, tuple[str, ...]] | None:
    """The words before a company name's legal form, when one character of them was misread away
    from the words of a trade (汽车金册有限公司): those words and the trades they may be, for the
    print to choose from (`reader.choose_repair`); a name whose own words differ by more, or
    which the print holds as read (…汽车金服有限公司), stands."""
    legal = next((f for f in _LEGAL_FORMS if value.endswith(f)), None)
    if legal is None:
        return None
    stem = value[: -len(legal)]
    for size in sorted({len(t) for t in _TRADES}):
        tail = stem[-size:]
        near = tuple(t for t in _TRADES if len(t) == size and one_apart(tail, t))
        if near and tail not in _TRADES and len(stem) > size:
            return tail, near
    return None


# What a lender's name says it is: a bank, a carmaker's finance company, a leasing or trust company.
_LENDER = ("银行", "金融", "融资租赁", "信托", "小额贷款", "信贷")


def _named_companies(layout: Layout) -> list[Candidate]:
    """Company names anywhere on the page, clause by clause (a letterhead, a closing, a sentence)."""
    out = []
    for line in layout.lines:
        for clause in re.split(r"[，。；：:,;、()（）]", line.text):
            if (value := company("company", clause).value) is not None:
                out.append(Candidate(str(value), line.conf, line, line.x0))
    return out


def _lends(name: str) -> bool:
    return any(w in name for w in _LENDER) and "保险" not in name


def lenders(layout: Layout) -> list[Candidate]:
    """Lenders named anywhere on the page, clause by clause (…，华融汽车金融有限公司为本保单第一受益人):
    on a policy the one lender is the first beneficiary, whatever the sentence around it says."""
    return [c for c in _named_companies(layout) if _lends(c.text)]


def head_office(value: str) -> str:
    """The company of a branch: 中国人民财产保险股份有限公司杭州市分公司 -> …股份有限公司."""
    for form in _LEGAL_FORMS:
        at = value.find(form)
        if at >= 0 and _BRANCH.search(value[at + len(form) :]):
            return value[: at + len(form)]
    return value


def drop_repeated_brand(value: str) -> str:
    """A logo line prints a short brand before the full name (中国人寿保险 中国人寿财产保险…): when the
    name's first two characters come again, the full name starts there."""
    again = value.find(value[:2], 2)
    return value[again:] if again > 0 and len(value) - again >= 8 else value


def person(name: str, text: str) -> v.Checked:
    """A personal name where prose could also follow a role word: it must start with a surname, or
    be a transliterated name, its parts joined by a middle dot (古丽米拉·热合曼), which no prose is."""
    checked = v.check_person(name, text)
    value = checked.value or ""
    if v.surnamed(value) or "·" in value:
        return checked
    return v.fail(name, "no personal name after the role word")


# A letter's salutation (尊敬的王伟先生：, 致 王伟：): the addressee, with an honorific and a note in
# brackets after the name. Generic addressees (尊敬的客户：) name nobody.
_SALUTATION = re.compile(
    rf"^(?:尊敬的|亲爱的|致)([{_CJK}·]{{2,16}}?)(?:先生|女士|小姐)?(?:\(.*\))?[:：,，;；]?$"
)
# The same inside a message's first sentence (【…】尊敬的许英客户，您投保的…): the name, then an
# honorific or the word for a customer, then the sentence goes on.
_SALUTATION_INLINE = re.compile(
    rf"(?:尊敬的|亲爱的)([{_CJK}·]{{2,16}}?)(?:先生|女士|小姐|客户|用户|车主)?[:：,，;；]"
)
_GENERIC_ADDRESSEES = frozenset(
    ("客户", "用户", "车主", "会员", "投保人", "被保险人", "朋友", "贵司", "贵公司")
)


def addressee(layout: Layout) -> tuple[str, float] | None:
    """The person a letter is addressed to, from its first salutation: on a policy's letter the
    insured, on a dealer's letter the buyer."""
    for line in layout.lines:
        if (m := _SALUTATION.match(line.text) or _SALUTATION_INLINE.search(line.text)) is not None:
            name = m.group(1)
            if name in _GENERIC_ADDRESSEES or v.check_person("name", name).value is None:
                return None
            return name, line.conf
    return None


def dates_in(text: str) -> list[str]:
    out = []
    for m in DATE.finditer(text):
        d = v.parse_date(m.group(0))
        if d is not None:
            out.append(d.isoformat())
    return out


_SPAN = re.compile(r"至|到|起|止|~|～|—|－|-")
# A date with no separators, or only spaces, as a date stamp prints it (20250911, 2025 09 11):
# alone it could be any eight digits, so it counts only as one end of a span.
_BARE_DATE = re.compile(
    r"(?<![\dA-Za-z])(?:19|20)\d{2}( ?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?![\dA-Za-z])"
)


def date_span(text: str) -> tuple[str, str] | None:
    """(start, end) of two dates the text joins as a span (a 至, 起/止 or dash between them, the
    second later), else None. Where fewer than two dates carry separators, two unseparated ones
    (20250911至20260910, a date stamp's) count."""
    found = [(m, d) for m in DATE.finditer(text) if (d := v.parse_date(m.group(0))) is not None]
    if len(found) < 2:
        found = [(m, d) for m in _BARE_DATE.finditer(text) if (d := v.parse_date(m.group(0))) is not None]
    if len(found) < 2:
        return None
    (m0, d0), (m1, d1) = found[0], found[1]
    if d1 <= d0 or not _SPAN.search(text[m0.end() : m1.start()] + text[m1.end() : m1.end() + 2]):
        return None
    return d0.isoformat(), d1.isoformat()


def dates_alone(layout: Layout) -> list[Candidate]:
    """Dates standing alone on their line (under a letter's or a contract's closing), in reading
    order."""
    return [
        c
        for c in all_dates(layout)
        if (m := DATE.search(c.line.text)) is not None
        and not c.line.text[: m.start()].strip(EDGE)
        and not c.line.text[m.end() :].strip(EDGE)
    ]


# A party named once with the role the contract calls it by from then on, in brackets after the
# name: …有限公司（以下简称“卖方”）, 韦建（身份证号码：…，以下简称买方）. The bracket may wrap.
_DEFINED = re.compile(
    r"[(（][^()（）]{0,60}?(?:以下简称|以下称为|以下称|下称)[为:：]?\s*"
    rf"[^{_CJK}()（）]?([{_CJK}]{{2,4}}?)[^{_CJK}()（）]?\s*[)）]"
)  # one mark on either side of the role: its quotes, or what a misread made of them (·出卖人*)
# What ends the text before a name: a bracket closed, a clause's punctuation, a colon.
_BEFORE_NAME = frozenset(")）,，。;；:：、 ")
# Words that join a name to the sentence before it (本合同由…与…): the name starts after the last.
_JOINS = ("由", "与", "及")


def defined_parties(layout: Layout, roles: tuple[str, ...] = ()) -> list[tuple[str, Candidate]]:
    """(role, the text before its bracket) for each party a sentence names and then calls by a
    role (以下简称…), in reading order; the text is checked as a name by the caller. A name starts
    after the last of `roles` before it (出卖人…（以下简称甲方）): what comes before the role word
    is the sentence's or the line's before it (a contract number printed above, no stop between)."""
    text, starts = "", []
    for line in layout.lines:
        starts.append(len(text))
        text += line.text
    out = []
    for m in _DEFINED.finditer(text):
        head = text[: m.start()]
        name = head[max((head.rfind(c) for c in _BEFORE_NAME), default=-1) + 1 :]
        for join in _JOINS:
            if (at := name.rfind(join)) >= 0 and len(name) - at > 2:
                name = name[at + 1 :]
        ends = [at + len(role) for role in roles if (at := name.rfind(role)) >= 0]
        if ends and len(name) - max(ends) >= 2:
            name = name[max(ends) :]
        if len(name) < 2:
            continue
        line = layout.lines[bisect_right(starts, m.start() - 1) - 1]  # the line the name ends on
        out.append((m.group(1), Candidate(name, line.conf, line, line.x0)))
    return out


def companies(layout: Layout) -> list[Candidate]:
    """Company names anywhere on the page that neither lend nor insure (a dealer's letterhead,
    its closing, a sentence)."""
    return [c for c in _named_companies(layout) if not any(w in c.text for w in (*_LENDER, "保险"))]


def sentence_dates(layout: Layout, verbs: tuple[str, ...]) -> list[Candidate]:
    """Dates in a line that also says what happened on them (本合同于…签订); when no line says
    one, a date a line's wrap broke (…于202 / 4/07/08在长沙签订) in the two lines joined."""
    said = [c for c in all_dates(layout) if any(verb in c.line.text for verb in verbs)]
    return said or [
        Candidate(d, ln.conf, ln, ln.x0)
        for ln in layout.wrapped
        if any(verb in ln.text for verb in verbs)
        for d in dates_in(ln.text)
    ]
