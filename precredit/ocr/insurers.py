"""China's property insurers that write motor cover, by the short names the market knows them by.

A policy from an agency's app, an e-policy page or a renewal notice may name its insurer only as
people say it (人保财险, 平安产险, 太保产险, 国寿财险) in its header, its issuing branch and its
seal, with the registered name (…财产保险股份有限公司) nowhere. The register is a closed list, like
the brands in `brands` and the divisions in `places`: the companies licensed for motor insurance,
each with the names it trades under. Only names that say they are an insurer are listed (中国平安
and 中华保险 are; a bare 平安, 华泰 or 长安, which are also a bank, a car dealer's word and a
carmaker, are not), so a short name found on a page is that insurer. An insurer licensed after the
list was made is read by its registered name as before, and not by a short one.
"""

from __future__ import annotations

import re
from functools import cache

# Registered name: the short names it trades under (the registered name is always known as well).
INSURERS: dict[str, tuple[str, ...]] = {
    "中国人民财产保险股份有限公司": ("人保财险", "人保产险", "中国人保", "中国人保财险", "PICC"),
    "中国平安财产保险股份有限公司": ("平安产险", "平安财险", "中国平安", "平安车险", "平安保险"),
    "中国太平洋财产保险股份有限公司": (
        "太保产险",
        "太保财险",
        "太平洋产险",
        "太平洋财险",
        "太平洋保险",
        "中国太保",
        "CPIC",
    ),
    "中国人寿财产保险股份有限公司": ("国寿财险", "国寿产险", "中国人寿财险", "人寿财险"),
    "中华联合财产保险股份有限公司": ("中华财险", "中华联合", "中华联合保险", "中华保险"),
    "中国大地财产保险股份有限公司": ("大地保险", "大地财险", "中国大地", "中国大地财险", "中国大地保险"),
    "阳光财产保险股份有限公司": ("阳光产险", "阳光财险", "阳光保险"),
    "太平财产保险有限公司": ("太平财险", "太平产险", "中国太平保险"),
    "天安财产保险股份有限公司": ("天安财险", "天安保险"),
    "华安财产保险股份有限公司": ("华安财险", "华安保险"),
    "永安财产保险股份有限公司": ("永安财险", "永安保险"),
    "英大泰和财产保险股份有限公司": ("英大财险", "英大泰和", "英大保险"),
    "紫金财产保险股份有限公司": ("紫金财险", "紫金保险"),
    "鼎和财产保险股份有限公司": ("鼎和财险", "鼎和保险"),
    "安盛天平财产保险有限公司": ("安盛天平", "天平车险"),
    "众安在线财产保险股份有限公司": ("众安保险", "众安财险"),
    "中银保险有限公司": ("中银保险",),
    "国任财产保险股份有限公司": ("国任保险", "国任财险"),
    "渤海财产保险股份有限公司": ("渤海财险", "渤海保险"),
    "华泰财产保险有限公司": ("华泰财险", "华泰保险"),
    "安诚财产保险股份有限公司": ("安诚财险", "安诚保险"),
    "锦泰财产保险股份有限公司": ("锦泰财险", "锦泰保险"),
    "浙商财产保险股份有限公司": ("浙商财险", "浙商保险"),
    "长安责任保险股份有限公司": ("长安责任", "长安保险"),
    "都邦财产保险股份有限公司": ("都邦财险", "都邦保险"),
    "利宝保险有限公司": ("利宝保险", "利宝财险"),
    "亚太财产保险有限公司": ("亚太财险", "亚太保险"),
    "信达财产保险股份有限公司": ("信达财险", "信达保险"),
    "北部湾财产保险股份有限公司": ("北部湾财险", "北部湾保险"),
    "泰山财产保险股份有限公司": ("泰山财险", "泰山保险"),
    "燕赵财产保险股份有限公司": ("燕赵财险", "燕赵保险"),
    "诚泰财产保险股份有限公司": ("诚泰财险", "诚泰保险"),
    "富德财产保险股份有限公司": ("富德财险", "富德产险"),
    "中航安盟财产保险有限公司": ("中航安盟",),
    "众诚汽车保险股份有限公司": ("众诚车险", "众诚保险"),
    "京东安联财产保险有限公司": ("京东安联",),
    "安华农业保险股份有限公司": ("安华农险", "安华保险"),
    "国元农业保险股份有限公司": ("国元农险", "国元保险"),
    "中煤财产保险股份有限公司": ("中煤财险", "中煤保险"),
    "史带财产保险股份有限公司": ("史带财险", "史带保险"),
    "美亚财产保险有限公司": ("美亚财险", "美亚保险"),
    "三星财产保险（中国）有限公司": ("三星财险",),
    "现代财产保险（中国）有限公司": ("现代财险",),
    "合众财产保险股份有限公司": ("合众财险",),
    "黄河财产保险股份有限公司": ("黄河财险", "黄河保险"),
    "海峡金桥财产保险股份有限公司": ("海峡金桥", "金桥财险"),
}


@cache
def _by_short() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {short: legal for legal, shorts in INSURERS.items() for short in shorts}
    # Longest first, so 中国人保财险 is not read as 中国人保 and the rest left over.
    alternatives = "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
    return re.compile(alternatives, re.IGNORECASE), {s.upper(): legal for s, legal in names.items()}


def by_short_name(text: str) -> tuple[str, str] | None:
    """(the short name as found, the registered name) for the first listed short name in `text`,
    spaces and punctuation between its characters ignored; None where `text` holds none."""
    compact = re.sub(r"[\s·•・,，.。:：;；、()（）【】\[\]\"“”'’-]", "", text)
    pattern, names = _by_short()
    m = pattern.search(compact)
    return None if m is None else (m.group(0), names[m.group(0).upper()])
