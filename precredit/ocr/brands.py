"""Vehicle brands as China's vehicle catalogue (the MIIT 公告) prints them before 牌 on an invoice's
厂牌型号 (比亚迪牌BYD7005BEV), to tell a misread brand (本国牌 for 本田牌) from a real one.

The brands are a closed list, like the divisions in `places`: the makes sold in China, Chinese
and foreign, with the names their makers register (大众汽车 as well as 大众). A brand read that is
not on the list, one character away from some that are (or one character short of one), is a
candidate repair; whether the print holds it is for the recogniser to say
(`reader.choose_repair`). A brand registered after the list was made is not on it: it is read as
printed unless the recogniser finds a listed one as likely on the print.
"""

from __future__ import annotations

from functools import cache

from precredit.ocr.match import one_apart

BRANDS: frozenset[str] = frozenset(
    """
    比亚迪 腾势 方程豹 仰望 吉利 吉利汽车 几何 银河 领克 极氪 睿蓝 沃尔沃 路特斯 极星 长安 长安汽车 长安启源 深蓝
    阿维塔 欧尚 凯程 长城 哈弗 魏 魏牌 坦克 欧拉 奇瑞 星途 捷途 iCAR 智界 红旗 一汽 解放 奔腾 东风 东风风神 风神 风行
    岚图 猛士 启辰 东风日产 日产 东风本田 本田 广汽本田 丰田 一汽丰田 广汽丰田 雷克萨斯 马自达 三菱 斯巴鲁 铃木
    英菲尼迪 讴歌 大众 大众汽车 一汽大众 上汽大众 奥迪 一汽奥迪 保时捷 宾利 兰博基尼 布加迪 斯柯达 捷达 宝马
    华晨宝马 迷你 MINI 劳斯莱斯 奔驰 梅赛德斯-奔驰 北京奔驰 迈巴赫 精灵 别克 雪佛兰 凯迪拉克 上汽通用 福特 长安福特
    江铃福特 林肯 吉普 Jeep 克莱斯勒 道奇 现代 北京现代 起亚 东风悦达起亚 捷尼赛思 标致 东风标致 雪铁龙 东风雪铁龙
    DS 雷诺 路虎 捷豹 奇瑞捷豹路虎 阿斯顿马丁 法拉利 玛莎拉蒂 阿尔法罗密欧 菲亚特 迈凯伦 特斯拉 蔚来 乐道 萤火虫 理想 小鹏
    零跑 哪吒 合众 问界 赛力斯 智己 飞凡 荣威 名爵 上汽 上汽大通 大通 五菱 宝骏 上汽通用五菱 广汽 广汽传祺 传祺
    埃安 广汽埃安 昊铂 江淮 思皓 江铃 福田 北汽 北京 北京汽车 极狐 北汽新能源 昌河 东南 海马 一汽夏利 夏利 宝沃 观致
    众泰 汉腾 斯威 华晨 中华 金杯 金旅 宇通 比速 君马 野马 力帆 华泰 依维柯 南京依维柯 庆铃 五十铃 江淮大众 小米
    高合 天际 威马 爱驰 创维 远程 凯翼 大运 开瑞 新宝骏 睿骋 凯腾 皓极 红星 新特 云度 国机智骏 合创 极越 享界 尊界
    """.split()
)


@cache
def repairs(read: str) -> tuple[str, ...]:
    """Listed brands that `read`, not on the list, may be a misreading of: one character replaced
    (本国 → 本田, brands of two characters or more), or one character lost (奔 → 奔驰). Empty for
    a listed brand."""
    if not read or read in BRANDS:
        return ()
    out = []
    for brand in BRANDS:
        # A one-character brand (魏) is one character from every other: only longer ones are.
        if len(read) > 1 and one_apart(brand, read):
            out.append(brand)
        elif len(brand) == len(read) + 1 and any(
            brand[:i] + brand[i + 1 :] == read for i in range(len(brand))
        ):
            out.append(brand)
    return tuple(sorted(out))
