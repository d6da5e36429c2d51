"""CJK fonts installed by scripts/bootstrap.sh; documents are rendered in several so OCR is not tuned to one."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

# name -> (file, face index inside the .ttc: the Simplified-Chinese face where a collection has several)
FONTS: dict[str, tuple[str, int]] = {
    "noto-sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "noto-sans-bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "noto-serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "wqy-microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "wqy-zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}


def available_fonts() -> list[str]:
    return [name for name, (path, _) in FONTS.items() if Path(path).exists()]


@lru_cache(maxsize=256)
def load_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """`name` is a key of FONTS or a path to a .ttf/.ttc/.otf file."""
    path, index = FONTS.get(name, (name, 0))
    if not Path(path).exists():
        raise ValueError(f"font not found: {name}")
    return ImageFont.truetype(path, size, index=index)
