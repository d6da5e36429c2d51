"""Turns OCR text into trusted values: each checker returns a value or None, never a guess.

Checksums come from precredit.policy.identifiers (the same code that checks typed input), so a
value the reader accepts is a value the policy accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache
from itertools import combinations, product

from precredit.ocr.amounts import agreement, from_chinese, magnitude, parse_figure, to_chinese
from precredit.ocr.brands import BRANDS, repairs
from precredit.ocr.places import divisions
from precredit.policy.identifiers import VIN_RE, id_number_valid, vin_valid

ETHNIC_GROUPS = frozenset(
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split()
)
CJK = "\u4e00-\u9fff"
# Letters OCR reads for digits in all-digit fields.
_TO_DIGIT = str.maketrans(
    {"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5", "B": "8"}
)
# VIN: I, O and Q are illegal, so these repairs are unambiguous; the rest are tried one at a time.
_VIN_ILLEGAL = {"I": "1L", "O": "0D", "Q": "0"}
_VIN_CONFUSED = {
    "0": "D",
    "D": "0",
    "1": "L",
    "L": "1",
    "2": "Z",
    "Z": "2",
    "5": "S",
    "S": "5",
    "8": "B",
    "B": "8E",
    "E": "B",
    "6": "G",
    "G": "6",
    "U": "V",
    "V": "UW",
    "W": "V",
    "7": "T",
    "T": "7",
}
# Look-alikes tried alone, never two at once, where every pair of hundreds more would fit the check
# digit by chance: those a form's rule through the print makes (an F with the rule along its foot
# reads E, a V with it through the fork Y, an R with its leg lost in it K), an F whose arms a
# blurred, turned photo closes into a bowl (P), or a P whose bowl opened (F), and an M whose
# middle strokes a soft photo merges (N), or an N read with one stroke too many (M).
_VIN_ALONE = {"E": "F", "F": "EP", "P": "F", "V": "Y", "Y": "V", "K": "R", "R": "K", "M": "N", "N": "M"}
# The ninth character is the check digit, a digit or X: another letter there is as illegal as I, O
# or Q anywhere, a misread of one of these (an X whose strokes blur into a K or a Y, an S for 5).
_CHECK_PLACE = {"K": "X", "Y": "X", "D": "0", "L": "1", "Z": "2", "S": "5", "G": "6", "T": "7", "B": "8"}


@dataclass
class Checked:
    """A checked value; `strength` is how much the check itself vouches for it (checksum > format).

    `vouched`: a check independent of the OCR confirms the value (checksum, check digit, 大写 = 小写),
    so a misread would have failed it; a format check or a plausible name does not vouch.
    """

    value: str | None
    strength: float = 0.0
    warnings: list[str] = field(default_factory=list)
    vouched: bool = False
    # Repairs a check or a list offers for part of the reading (a VIN that fails its check digit,
    # a county not on the list of divisions): that part as read, and the repairs. The recogniser
    # may still tell which the print holds (`reader.choose_repair`).
    read_as: str = ""
    options: tuple[str, ...] = ()
    # The value each option stands for, where that is not the value with the option in place of
    # `read_as` (a date misread on the print as 2036109.26 and the date a repair of it says).
    values: tuple[str, ...] = ()


# Surnames of the large majority of Chinese people (the common single ones and the compound ones);
# a role word in prose (乙方应于…) is followed by a name only if one of these starts it, and a
# role in brackets after a name (李娜（买方）) is told from one after a role (车主（被保险人）) by them.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘蒋蔡余杜叶程魏苏吕丁"
    "沈任姚卢傅钟姜崔谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴"
    "孔汤庞严陶黎尚伍谷康施牛洪温莫樊向章常齐易乔葛邢欧阳车俞甘邬关柳鲁包左费祝季卜单纪詹蓝聂宁路穆安"
    "舒柯焦涂游云柏岳霍苗骆毕裴童饶盛倪殷於华滕卫翁房鲍丰申解项冉符宗巫景牟臧戚谈宫麻瞿刁农蒙查敖鞠"
    "闵成花佘韩仇邱鄢利尤隋储滑湛庄晏简米水艾耿荆连邸明郁归封芮羊冷桂祁"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "令狐",
    "夏侯",
)


# The surnames in one order, each offered in place of a first character that is none of them.
_SURNAMES_IN_ORDER = tuple(sorted(SURNAMES))


def surnamed(value: str) -> bool:
    """Whether `value` opens with a surname (SURNAMES, COMPOUND_SURNAMES)."""
    return bool(value) and (value[0] in SURNAMES or value.startswith(COMPOUND_SURNAMES))


def fail(name: str, why: str) -> Checked:
    return Checked(None, 0.0, [f"{name}: {why}"])


def parse_date(text: str) -> date | None:
    digits = text.translate(_TO_DIGIT)
    separated = re.search(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})", digits)
    # One separator lost (2026.0317, 202603.17): with two-digit month and day still one date.
    lost = re.search(r"(?<!\d)(\d{4})[-/.](\d{2})(\d{2})(?!\d)", digits) or re.search(
        r"(?<!\d)(\d{4})(\d{2})[-/.](\d{2})(?!\d)", digits
    )
    if separated and lost and separated.start() > 0 and digits[separated.start() - 1].isdigit():
        # The separated date begins inside a run of digits (202412-25T00:00, an ISO timestamp
        # with its first dash lost, found as 2412-25-00): the run is a date missing a separator.
        separated = None
    m = separated or re.search(r"(\d{4})(\d{2})(\d{2})", text) or lost
    if not m and (short := SHORT_YEAR_DATE.search(digits)):
        return _real(_century(short.group(1)), short.group(2), short.group(3))
    if not m:
        # Day first (27/04/2023, as foreign brands' forms print it), only where the day cannot be
        # a month: 05/04/2023 could be either.
        dm = re.search(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)", digits)
        if dm is None or int(dm.group(1)) <= 12:
            return None
        try:
            return date(int(dm.group(3)), int(dm.group(2)), int(dm.group(1)))
        except ValueError:
            return None
    if re.search(r"//|\.\.|--", m.group(0)):
        # A doubled separator is a digit read as one (2023//2/28 for 2023/12/28): not a date to trust.
        return None
    if m.group(2).startswith("0") and len(m.group(3)) == 1 and _day_cut(digits[m.end() :]):
        # A month printed with its zero (2025.08.) and a day of one digit: where the text ends
        # there, the day's second digit was lost at a line's or a cell's edge (2025.08.14 read
        # 2025.08.1); where a letter or a symbol follows, it was misread as one (2025-05-28 00:00
        # under a crack read 2025-05-2&Q0:0Q:00).
        return None
    day = m.group(3)
    if m is separated and len(day) == 2 and digits[m.end() : m.end() + 1].isdigit():
        # A day of three digits (2014.01.227): a ghost exposure or a scanner's stutter made one
        # digit read twice. Where its first two are the same digit and the third another, the
        # repeat is the extra one (27); else the first two stand (277 is 27 either way).
        run = digits[m.start(3) : m.end() + 1]
        if not digits[m.end() + 1 : m.end() + 2].isdigit() and run[0] == run[1] != run[2]:
            day = run[1:]
    return _real(m.group(1), m.group(2), day)


# A year in two figures, as people write a date by hand (26年5月27日): only with 年 and 月 after
# its parts, so that neither a day-first 27.05.26 nor two figures of some other number is taken.
# `SHORT_YEAR` is the date itself, for `entities.DATE` to find it by too.
SHORT_YEAR = r"(\d{2}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2})"
SHORT_YEAR_DATE = re.compile(r"(?<![\d.,])" + SHORT_YEAR + r"(?!\d)")


def _century(year: str) -> str:
    """A two-figure year's full year: this century's, unless that is more than a year ahead of
    today (a document is not dated years from now; 98年 is 1998)."""
    full = 2000 + int(year)
    return str(full if full <= date.today().year + 1 else full - 100)


def _day_cut(after: str) -> bool:
    """Whether what follows a one-digit day says a digit of it is missing: nothing but stray
    punctuation, or a letter or symbol no date is followed by (not a space, a separator, 日 or the
    Chinese of the sentence it stands in)."""
    if not after.strip(" :：.。,，;；"):
        return True
    return not (
        after[0].isspace() or after[0] in ":：.。,，;；日至到起止~～-—)）" or re.match(f"[{CJK}]", after[0])
    )


def _real(year: str, month: str, day: str) -> date | None:
    """The date these digits name, if a calendar has it, in the years a document is dated."""
    try:
        d = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return d if 1900 <= d.year <= 2100 else None


# A date as printed with its separators, for repairs that must keep to its print.
PRINTED_DATE = re.compile(r"(?<!\d)(\d{4})(年|[-/.])(\d{1,2})(月|[-/.])(\d{1,2})(?!\d)")


def impossible_date(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The first date printed in `text`, when its month or day is none a calendar has (2023年00月26日:
    06 read as 00 on a low-resolution scan): (the date as read, the dates one digit of its month or
    day away that are real, as they would be printed, and their ISO dates) for the print to choose
    between (`reader.choose_repair`). None when that date is real or there is none."""
    m = PRINTED_DATE.search(text)
    if m is None:
        return None
    year, month, day = m.group(1), m.group(3), m.group(5)
    if _real(year, month, day) is not None:
        return None
    options: list[str] = []
    values: list[str] = []
    for group in (3, 5):
        part = m.group(group)
        for i, digit in product(range(len(part)), "0123456789"):
            if digit == part[i]:
                continue
            new = part[:i] + digit + part[i + 1 :]
            real = _real(year, new, day) if group == 3 else _real(year, month, new)
            if real is not None:
                cut = m.start(group) - m.start()
                options.append(m.group(0)[:cut] + new + m.group(0)[cut + len(part) :])
                values.append(real.isoformat())
    return (m.group(0), tuple(options), tuple(values)) if options else None


def check_date(name: str, text: str) -> Checked:
    d = parse_date(text)
    if d is not None:
        return Checked(d.isoformat(), 0.9)
    failed = fail(name, f"no valid date in {text!r}")
    if (repairs := impossible_date(text)) is None:
        return failed
    read, options, values = repairs
    note = f"{name}: a month or day no calendar has; {len(options)} one-digit repairs fit"
    return Checked(None, 0.0, [*failed.warnings, note], read_as=read, options=options, values=values)


def check_id_number(name: str, text: str) -> Checked:
    compact = text.replace(" ", "")
    # As printed (digit look-alikes undone), else with stray marks between digits dropped; the
    # checksum decides, so neither attempt can invent a number.
    for attempt in (compact, re.sub(r"(?<=\d)[^\dXx×]+(?=[\dXx×])", "", compact)):
        for m in re.finditer(r"[0-9OoDIlZSB|]{17}[0-9Xx×OoDIlZSB|]*", attempt):
            run = m.group(0)
            # A run longer than 18: the label's last characters read as digits (号码 -> 054…)
            # or a mark after it. The windows the checksum and the birth date pass decide, and
            # only one that is alone in passing is taken.
            found = {
                value
                for i in range(len(run) - 17)
                if id_number_valid(
                    value := run[i : i + 17].translate(_TO_DIGIT)
                    + run[i + 17].upper().replace("×", "X").translate(_TO_DIGIT)
                )
            }
            if len(found) == 1:
                strength = 1.0 if attempt is compact and len(run) == 18 else 0.9
                return Checked(found.pop(), strength, vouched=True)
    if not re.search(r"\d{15}", re.sub(r"\D", "", compact)):
        return fail(name, "no 18-character ID number found")
    return fail(name, "ID number fails the GB 11643 checksum or has no valid birth date")


# GB 16735 / ISO 3779: the tenth character is the model year, a letter other than I, O, Q, U, Z or a
# digit other than 0 (a run of seventeen digits with 0 there is an ID number that lost a digit).
_YEAR_CODES = frozenset("ABCDEFGHJKLMNPRSTVWXY123456789")


def check_id_number_or_repairs(name: str, text: str) -> Checked:
    """`check_id_number`, and for a number read whole (eighteen characters) that fails it, the
    numbers one character away that pass it, open with a listed division's code and give a birth
    date from 1900 to this year, offered as repairs for the print to choose between (`choose_repair`). For
    the buyer's number on paper; a card's own number is never repaired (a number that fails on a
    card is a forgery signal as much as a misread)."""
    checked = check_id_number(name, text)
    if checked.value is not None:
        return checked
    runs = re.findall(r"(?<![0-9Xx])[0-9]{17}[0-9Xx](?![0-9Xx])", text.replace(" ", ""))
    if len(runs) != 1:
        return checked
    read = runs[0].upper()
    regions = divisions().codes
    options = sorted(
        number
        for at in range(18)
        for c in ("0123456789X" if at == 17 else "0123456789")
        if c != read[at]
        and (number := read[:at] + c + read[at + 1 :])[:6] in regions
        and id_number_valid(number)
        and 1900 <= int(number[6:10]) <= date.today().year
    )
    if not options:
        return checked
    note = f"{name}: ID number fails its checksum; {len(options)} one-character repairs fit"
    return Checked(None, 0.0, [*checked.warnings, note], read_as=runs[0], options=tuple(options))


def _form_ok(vin: str) -> bool:
    """The last four characters are digits and the tenth is a model year."""
    return vin[13:].isdigit() and vin[9] in _YEAR_CODES


# A date as printed (2025-12-07, 2025年12月7日), also where it was read joined to the cell before
# it (LFV…12342025-12-07): no VIN holds a date's separators. `extract` finds dates with it too.
GLUED_DATE = re.compile(r"\d{4}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}日?")


# A registration plate (沪B·3K82N; a new-energy car's has six characters after the letter: 沪BD00094)
# read joined to the VIN after it, where a form gives both in one cell (号牌号码/车架号): a plate
# opens with its province's one-character name, which no VIN holds, and the VIN is then the run's
# last seventeen characters.
PLATE_GLUED = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•・.]?[A-Z0-9]{5,6}"
    r"(?=[A-Z0-9]{17}(?![A-Z0-9]))"
)


def unglued(text: str) -> str:
    """`text` with a date (`GLUED_DATE`) or a registration plate (`PLATE_GLUED`) read joined to a
    VIN set apart from it by a space."""
    return PLATE_GLUED.sub(" ", GLUED_DATE.sub(" ", text))


def check_vin(name: str, text: str) -> Checked:
    text = unglued(text)
    raw = re.sub(r"[^A-Z0-9]", "", text.upper())
    if len(raw) > 19:
        # A VIN inside a sentence (…代号为LFV…。本合同于2024年…): its own run of letters and digits.
        raw = next((run for run in re.findall(r"[A-Z0-9]+", text.upper()) if len(run) == 17), raw)
    m = re.search(r"[A-Z0-9]{17}", raw)
    if not m or len(raw) > 19:
        return fail(name, f"no 17-character VIN in {text!r}")
    read = m.group(0)
    # The last four characters of a VIN are digits, so a letter there is a misread digit (S for 5, B
    # for 8) and no repair may put one there; nor one that leaves no model year in the tenth.
    vin = read[:13] + read[13:].translate(_TO_DIGIT)
    if vin_valid(vin) and _form_ok(vin):
        if vin == read:
            return Checked(vin, 1.0, vouched=True)
        return Checked(
            vin, 0.8, [f"{name}: repaired OCR confusion {read} -> {vin} (last four are digits)"], vouched=True
        )
    # Illegal letters (and a letter but X in the check digit's place) must be replaced, each by its
    # look-alikes; only if none of those fits is one further single confusion tried. A repair is
    # kept only when exactly one VIN fits the check digit.
    options = [_VIN_ILLEGAL.get(c, c) for c in vin]
    options[8] = _CHECK_PLACE.get(vin[8], options[8])
    bases = {"".join(p) for p in product(*options)} if sum(len(o) > 1 for o in options) <= 3 else set()
    candidates = {b for b in bases if vin_valid(b) and _form_ok(b)}
    guessed = not candidates
    if guessed:
        candidates = {alt for base in bases for alt in _confusions(base, 1)}
    if not candidates and guessed:
        # Two confusions (both S of a VIN's two S read 5): about one in eleven of the hundreds
        # of pairs fits the check digit by chance, so these are only ever offered to the print.
        candidates = {alt for base in bases for alt in _confusions(base, 2)}
        if candidates:
            failed = fail(
                name, f"VIN {vin} rejected: check digit invalid; {len(candidates)} two-character repairs fit"
            )
            return Checked(None, 0.0, failed.warnings, read_as=read, options=tuple(sorted(candidates)))
    if len(candidates) == 1 and guessed:
        # One confusion among the ten or so a VIN allows fits the check digit by chance about as
        # often as it is the misread (1 in 11 each): the print decides (`reader.choose_repair`).
        failed = fail(name, f"VIN {vin} rejected: check digit invalid; one repair fits")
        return Checked(None, 0.0, failed.warnings, read_as=read, options=tuple(candidates))
    if len(candidates) == 1:
        value = candidates.pop()
        return Checked(
            value,
            0.8,
            [f"{name}: repaired OCR confusion {vin} -> {value} (check digit now valid)"],
            vouched=True,
        )
    if candidates:
        failed = fail(name, f"VIN {vin} rejected: several repairs fit")
        return Checked(None, 0.0, failed.warnings, read_as=read, options=tuple(sorted(candidates)))
    return fail(name, f"VIN {vin} rejected: check digit invalid")


def _confusions(vin: str, k: int) -> set[str]:
    """The VINs `k` look-alike confusions away from `vin` (each in its own place) that pass the
    check digit and the form."""
    out = set()
    for places in combinations(range(len(vin)), k):
        alike = [
            _VIN_CONFUSED.get(vin[i], "") + (_VIN_ALONE.get(vin[i], "") if k == 1 else "") for i in places
        ]
        for others in product(*alike):
            chars = list(vin)
            for i, other in zip(places, others, strict=True):
                chars[i] = other
            alt = "".join(chars)
            if VIN_RE.match(alt) and vin_valid(alt) and _form_ok(alt):
                out.add(alt)
    return out


def check_digits(name: str, text: str, lengths: tuple[int, ...]) -> Checked:
    digits = re.sub(r"\D", "", text.translate(_TO_DIGIT))
    if len(digits) in lengths:
        return Checked(digits, 0.95)
    return fail(name, f"expected {' or '.join(map(str, lengths))} digits, read {text!r}")


@cache
def _regions() -> frozenset[str]:
    """The first four digits of every division's code: a prefecture (4403) or a province (4400)."""
    return frozenset(c[:4] for c in divisions().codes)


def _invoice_code_shaped(code: str) -> bool:
    """Shaped like a paper invoice's code: twelve digits, the tax bureau (0 the State
    Administration, 1 national, 2 local tax) then the first four digits of a division's code
    (4403…), then the year; or ten digits opening with the division."""
    regions = _regions()
    if len(code) == 12:
        return code[0] in "012" and code[1:5] in regions
    return len(code) == 10 and code[:4] in regions


def check_invoice_code(name: str, text: str) -> Checked:
    """An invoice's code: ten or twelve digits. A run one or two longer (a label's 码 read as a digit
    and joined to the code: 代6161012535323) is the one invoice-code-shaped window at either end
    of it, if exactly one is."""
    checked = check_digits(name, text, (10, 12))
    if checked.value is not None:
        return checked
    digits = re.sub(r"\D", "", text.translate(_TO_DIGIT))
    size = {11: 10, 13: 12, 14: 12}.get(len(digits))
    if size is None:
        return checked
    shaped = {w for w in (digits[:size], digits[-size:]) if _invoice_code_shaped(w)}
    if len(shaped) != 1:
        return checked
    note = f"{name}: {len(digits) - size} digit(s) beside the code taken for a misread label or mark"
    return Checked(shaped.pop(), 0.8, [note])


_DATE_ALONE = re.compile(r"\s*(?:19|20)\d{2}\s*([-/.])\s*[01]?\d\s*\1\s*[0-3]?\d\s*")


def check_code(name: str, text: str, min_len: int = 6) -> Checked:
    """Policy and contract numbers: letters and digits, no fixed format across issuers. Dashes and
    dots inside one number are dropped; Chinese text between two runs ends the number (保单号：PDAA…
    投保确认码：4942… is two numbers, not one). A date and nothing else (2025/06/12, the value
    under the next caption) is a day, not a number."""
    if _DATE_ALONE.fullmatch(text):
        return fail(name, f"a date, not a reference number: {text!r}")
    for run in re.split(rf"[{CJK}]+", text):
        m = re.search(rf"[A-Z0-9]{{{min_len},40}}", re.sub(r"[^A-Za-z0-9]", "", run).upper())
        # A reference number holds digits: a word (CONTRACT, of a label's English gloss) is none.
        if m and re.search(r"\d", m.group(0)):
            return Checked(m.group(0), 0.85)
    return fail(name, f"no reference number in {text!r}")


# Two-character words of forms' labels that no Chinese personal name holds.
_LABEL_WORDS = re.compile(
    "代号|号码|日期|名称|地址|编号|车辆|保险|金额|合计|期间|证件|身份|单位|识别|型号|价款|受益|签字|盖章"
)


def check_person(name: str, text: str) -> Checked:
    # A note in brackets after the name (贺磊（居民身份证 …）) is not part of it.
    value = re.sub(r"\s*[(（].*$", "", text).strip("·")
    # A number printed after the name in its cell (彭佳 430104…, 王伟 138…): no name holds a digit.
    value = re.sub(rf"(?<=[{CJK}])\s*[0-9][0-9Xx]{{5,}}.*$", "", value)
    # The name's spelling in Latin letters after it, as a passport writes it (韦红瑞/WEI HONGRUI,
    # 王伟 WANG WEI), and a footnote's mark after it (丁兰芳¹ read 丁兰芳1, 王伟*): no part of it.
    value = re.sub(rf"(?<=[{CJK}])\s*[/／|]?\s*[A-Za-z]{{2}}[A-Za-z\s'.-]*$", "", value)
    value = re.sub(rf"(?<=[{CJK}])\s*(?:[1-9]|[*※†‡]{{1,3}}|[¹²³⁴-⁹])$", "", value)
    # A clause of prose after the name (傅凤子，身份证号码…, 王伟；): no name holds a comma.
    value = re.sub(r"\s*[,，;；。、].*$", "", value)
    # A seal stamped over the signature, read into its line (钱英合同专用章, …同专用章).
    value = re.sub(r"(?:合同|财务|发票|销售|业务|同|务|票|售)?专用章$", "", value)
    # A courtesy title after the name (张伟先生, 李娜 女士), as a front desk types it: no part of it.
    value = re.sub(rf"(?<=[{CJK}]{{2}})\s*(?:先生|女士|小姐)$", "", value)
    if re.fullmatch(rf"[{CJK}]\s*(?:先生|女士|小姐)", value):
        return fail(name, "a surname and a courtesy title, not a whole name")
    if _LABEL_WORDS.search(value):
        # A label read where the value was not (车辆识别代号 misread 车辆配代号, the cell under an
        # insured's label whose own value was lost): the words of a form's labels name no one.
        return fail(name, f"a label's words, not a name ({len(value)} characters read)")
    if re.fullmatch(rf"[{CJK}]{{2,5}}(·[{CJK}]{{1,10}})?", value):
        if len(value) <= 4 and "·" not in value and not surnamed(value):
            # Opening with no common surname (部宇而, 酒红): its first character may be one misread
            # (邵, 潘), so each common surname is offered in its place and the print chooses
            # (`reader.choose_repair`); a rarer surname read right is far likelier as read.
            options = tuple(s + value[1:] for s in _SURNAMES_IN_ORDER)
            return Checked(value, 0.9, read_as=value, options=options)
        return Checked(value, 0.9)
    # The text is not repeated: warnings are stored and shown unsealed, and a misread name is a name.
    return fail(name, f"not a Chinese personal name ({len(text)} characters read)")


def drop_rules(value: str) -> str:
    """A rule or dash before an organisation's name is often read as 一 (a dash —— as 一一); no
    organisation here starts with 一 but 一汽."""
    while value.startswith("一") and not value.startswith("一汽"):
        value = value[1:]
    return value


def check_org(name: str, text: str, must: str = "") -> Checked:
    value = drop_rules(re.sub(rf"[^{CJK}A-Za-z0-9()]", "", text))
    if len(value) >= 4 and re.search(f"[{CJK}]{{3}}", value) and (not must or must in value):
        return Checked(value, 0.85)
    return fail(name, f"not an organisation name: {text!r}")


def check_text(name: str, text: str, min_len: int = 2) -> Checked:
    value = text.strip()
    return Checked(value, 0.8) if len(value) >= min_len else fail(name, "empty")


# GB 9417: a vehicle model code is the maker's letters (BYD, SC, FV), four digits (the vehicle's
# class, its main parameter and a serial) and the maker's own suffix (BYD7005BEV, SC7164AAB6).
_MODEL_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,4}([0-9][0-9A-Z]{3})")


def check_brand_model(name: str, text: str) -> Checked:
    """A brand and model (比亚迪牌BYD7005BEV): any text with a letter in it (a bare number is a
    ruler's or a form's, never a make and model), where a letter the recogniser read among the
    model code's four digits (S for 5, O for 0, after at least one digit) is put back."""
    if not re.search(f"[{CJK}A-Za-z]", text):
        return fail(name, f"no make or model in {text!r}")
    # A speck read as a dot after a letter of the model code (奔驰牌B.J7204GEL): model codes hold
    # no dots; one after a digit stays (a displacement's 1.5L).
    text = re.sub(r"(?<=[A-Z])[.·・](?=[A-Z0-9])", "", text)
    checked = check_text(name, text)
    m = _MODEL_CODE.search(checked.value or "")
    if checked.value is None or m is None or m.group(1).isdigit():
        return _brand_repairs(name, checked)
    digits = m.group(1)[0] + m.group(1)[1:].translate(_TO_DIGIT)
    if not digits.isdigit():
        return _brand_repairs(name, checked)
    value = checked.value[: m.start(1)] + digits + checked.value[m.end(1) :]
    note = f"{name}: repaired OCR confusion {m.group(0)} -> {value[m.start() : m.end()]} (a model code's four digits)"
    return _brand_repairs(name, Checked(value, 0.7, [note]))


def _brand_repairs(name: str, checked: Checked) -> Checked:
    """`checked` with, where the brand before 牌 is on no list of vehicle brands, the listed brands
    one character from it offered as repairs for the print to choose between
    (`reader.choose_repair`); a listed brand followed by a character that is not 牌 before the
    model code (长安线SC7164AAB6) offers 牌 there. The reading stands where the print prefers it."""
    value = checked.value
    if value is None:
        return checked
    brand, sign, _ = value.partition("牌")
    if sign:
        options = tuple(b + "牌" for b in repairs(brand))
        read = brand + "牌"
    else:
        cut = [
            b
            for b in BRANDS
            if value.startswith(b)
            and re.fullmatch(f"[{CJK}]", value[len(b) : len(b) + 1])
            and re.match("[A-Z0-9]", value[len(b) + 1 : len(b) + 2])
        ]
        if len(cut) != 1:
            return checked
        read, options = value[: len(cut[0]) + 1], (cut[0] + "牌",)
    if not options:
        return checked
    note = f"{name}: a brand on no list of vehicle brands; {len(options)} listed one character from it"
    return replace(checked, warnings=[*checked.warnings, note], read_as=read, options=options)


def check_sex(name: str, text: str) -> Checked:
    return Checked(text[0], 0.9) if text[:1] in ("男", "女") else fail(name, f"not 男/女: {text!r}")


def check_ethnicity(name: str, text: str) -> Checked:
    value = text.removesuffix("族")
    # One stray leading character (a rule or speck read as 一) is skipped, no more.
    for start in (0, 1):
        for size in (4, 3, 2, 1):
            if value[start : start + size] in ETHNIC_GROUPS:
                return Checked(value[start : start + size], 0.95 if start == 0 else 0.8)
    return fail(name, f"unknown ethnic group {text!r}")


def check_engine_number(name: str, text: str) -> Checked:
    value = re.sub(r"[^A-Z0-9]", "", text.upper())
    return Checked(value, 0.85) if 5 <= len(value) <= 20 else fail(name, f"not an engine number: {text!r}")


# Currency marks before a figure, whose letters must not be taken for misread digits (RMB -> 8).
_CURRENCY = re.compile(r"(?:RMB|CNY|人民币|¥|￥)\s*", re.IGNORECASE)


def check_figure(name: str, text: str) -> Checked:
    text = _CURRENCY.sub("", text)
    value = parse_figure(text.translate(_TO_DIGIT) if re.search(r"\d", text) else text)
    if value is None or value <= 0:
        return fail(name, f"no amount in {text!r}")
    # The figure as printed (¥10,606.50 -> 10,606.50), for a repair the print is asked about.
    printed = next(
        (m.group(0) for m in _PRINTED_FIGURE.finditer(text) if parse_figure(m.group(0)) == value), ""
    )
    return Checked(f"{value:.2f}", 0.85, read_as=printed)


_PRINTED_FIGURE = re.compile(r"\d[\d,，]*(?:\.\d{1,2})?")


def _one_digit_replaced(a: str, b: str) -> bool:
    """`a` and `b` are the same length and differ in one digit."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _plain(words: str) -> str:
    """Uppercase words as `to_chinese` writes them: no spaces, brackets, colons or currency."""
    return re.sub(r"[\s:：()（）人民币¥￥]", "", words)


def _dropped(read: str, said: str, most: int) -> bool:
    """`read` is `said` with one to `most` of its characters left out, the rest in order."""
    if not 0 < len(said) - len(read) <= most:
        return False
    rest = iter(said)
    return all(c in rest for c in read)


def _one_digit_apart(a: str, b: str) -> bool:
    """One digit inserted or dropped turns `a` into `b`."""
    return _dropped(a, b, 1) or _dropped(b, a, 1)


def check_amount(name: str, figure: Checked, words: str | None) -> Checked:
    """The 小写 figure cross-checked with the 大写 words. When the words are misread (Tesseract reads
    financial numerals poorly) their units still fix the order of magnitude, which catches the
    common dropped leading digit (¥14,135.03 read as 4135.03)."""
    spoken = from_chinese(words) if words else None
    if figure.value is not None and spoken is not None:
        if Decimal(figure.value) == spoken:
            return Checked(figure.value, 1.0, vouched=True)
        if Decimal(figure.value) == spoken * 100 or _one_digit_apart(
            f"{Decimal(figure.value):.2f}", f"{spoken:.2f}"
        ):
            # The figure's decimal point read as a thousands separator (¥391,500.00 as 39150000.00),
            # or one digit dropped or doubled, while the words parse whole: financial numerals name
            # every unit, so they are the surer reading. A replaced digit is the print's to judge.
            note = f"{name}: figure {figure.value} misread against its uppercase amount; the words are taken"
            return Checked(f"{spoken:.2f}", 0.85, [note])
        said = f"{spoken:.2f}"
        whole = words is not None and to_chinese(spoken) == _plain(words)
        if whole and _dropped(f"{Decimal(figure.value):.2f}", said, 2):
            # The figure is the words' amount with two of its characters missing and none changed
            # (¥234,000.00 under a ruler's edge read 3400.00), the words read whole as printed:
            # something lay over the figure, and the words are the surer reading.
            note = (
                f"{name}: figure {figure.value} lacks characters of its uppercase amount; the words are taken"
            )
            return Checked(said, 0.8, [note])
        if figure.read_as and whole and _one_digit_replaced(figure.value, said):
            # One digit of the figure differs from words that parse whole as written: which is
            # misread is not known from the two alone. The words' figure is offered to the print
            # of the figure (`choose_repair`), which takes it unless it plainly reads otherwise.
            shown = f"{spoken:,.2f}" if "," in figure.read_as or "，" in figure.read_as else said
            note = (
                f"{name}: figure {figure.value} disagrees with uppercase amount {words} ({said}) in one digit"
            )
            return Checked(None, 0.0, [note], read_as=figure.read_as, options=(shown,), values=(said,))
        return fail(name, f"figure {figure.value} disagrees with uppercase amount {words} ({said})")
    if figure.value is not None and words is not None:
        placed = agreement(Decimal(figure.value), words)
        if placed is not None and placed[1]:
            return fail(name, f"figure {figure.value} contradicted by misread uppercase amount {words!r}")
        if placed is not None and placed[0] >= max(2, len(words) / 4):
            # Words misread character by character, their length the figure's: a quarter of them
            # are the figure's numerals and units in their places, and none is another.
            note = f"{name}: uppercase amount misread; what was read of it agrees with the figure"
            return Checked(figure.value, 0.7, [note])
        bounds = magnitude(words)
        if bounds is None or not bounds[0] <= Decimal(figure.value) < bounds[1]:
            return fail(name, f"figure {figure.value} not confirmed by unreadable uppercase amount {words!r}")
        return Checked(
            figure.value, 0.7, [f"{name}: uppercase amount misread, only its magnitude confirms the figure"]
        )
    if figure.value is not None:
        return Checked(figure.value, 0.8)
    if spoken is not None and spoken >= 1:
        # Words under one yuan (伍分 alone) are the tail of words cut short: no price, total or
        # premium is that small.
        return Checked(
            f"{spoken:.2f}", 0.8, [f"{name}: figure not read, taken from uppercase amount {words}"]
        )
    return Checked(None, 0.0, figure.warnings or [f"{name}: no amount found"])
