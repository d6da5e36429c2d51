"""Traditional forms a recogniser sometimes returns for simplified characters (PP-OCRv6 read a name
沈靜雨 for 沈静雨, and 陳 for 陈), folded back: mainland ID cards, invoices and contracts print
simplified text.

The table is OpenCC's traditional-to-simplified character dictionary (`TSCharacters.txt`, shipped in
the `opencc-python-reimplemented` wheel), not a list of characters we happened to meet. A character
is folded only when it is not itself simplified text, and only onto a common simplified character:
- characters in GB 2312 stay as read (乾, 後, 於, 夥, 徵 are used in simplified text too);
- a form whose simplified character is outside GB 2312 stays (暐, whose simplification 𬀩 few
  fonts or ID card printers have, is what cards print);
- characters whose first simplified reading is themselves stay (瞭, 祇: the dictionary is unsure);
- 昇, which the 2013 Table of General Standard Chinese Characters keeps for personal names, stays.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# Restored by 通用规范汉字表 (2013) for use in names; OpenCC still folds it to 升.
_KEPT_FOR_NAMES = frozenset("昇")


def _simplified_already(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _table() -> dict[int, str]:
    text = files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for row in text.splitlines():
        trad, _, targets = row.partition("\t")
        simp = targets.split(" ")[0]
        if len(trad) != 1 or len(simp) != 1 or simp == trad:
            continue
        if trad in _KEPT_FOR_NAMES or _simplified_already(trad) or not _simplified_already(simp):
            continue
        table[ord(trad)] = simp
    return table


def simplify(text: str) -> str:
    return text.translate(_table())
