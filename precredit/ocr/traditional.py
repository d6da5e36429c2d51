"""Traditional forms a recogniser sometimes returns for simplified characters (PP-OCRv6 read one
name 陳 for 陈), folded back: mainland ID cards, invoices and contracts print simplified text only.

Only characters that are not themselves in use in simplified text are listed (so 乾, 後, 於 and
the like, which are, stay as read); the list covers surnames, common given-name characters, place
names and the words of addresses, companies and labels.
"""

from __future__ import annotations

_PAIRS = (
    "陳陈張张劉刘楊杨黃黄趙赵吳吴週周孫孙馬马鄭郑謝谢羅罗韓韩馮冯鄧邓許许蕭萧葉叶蘇苏呂吕盧卢傅傅鍾钟"
    "魯鲁閻阎賀贺顧顾龔龚萬万錢钱湯汤龐庞嚴严陶陶賴赖譚谭陸陆範范賈贾廖廖鄒邹熊熊齊齐喬乔葛葛鮑鲍"
    "偉伟芳芳娜娜秀秀麗丽強强軍军艷艳傑杰濤涛明明華华蘭兰霞霞剛刚紅红鳳凤燕燕彬彬鵬鹏輝辉"
    "國国寧宁浩浩宇宇欣欣嘉嘉曉晓東东立立新新春春梅梅雪雪凱凯翔翔慧慧穎颖瑞瑞詩诗婷婷龍龙鑫鑫"
    "磊磊俊俊銘铭鋒锋鴻鸿順顺貴贵榮荣憲宪義义禮礼興兴發发長长壽寿遠远達达進进運运雲云飛飞"
    "廣广門门區区縣县鄉乡鎮镇莊庄號号單单樓楼棟栋園园灣湾漢汉蒙蒙維维滬沪閩闽貴贵遼辽黑黑"
    "陝陕蘇苏濱滨橋桥衛卫興兴寶宝車车輛辆機机動动銷销售售統统發发票票碼码買买賣卖購购證证"
    "險险費费總总價价額额貨货稅税識识別别車车際际關关業业務务經经營营責责許许計计劃划專专"
    "約约簽签訂订權权漢汉陽阳臺台灣湾畢毕勞劳勝胜萊莱鄰邻聖圣雙双歲岁學学電电醫医藝艺廠厂鐵铁銀银錦锦繡绣"
)
TO_SIMPLIFIED = {trad: simp for trad, simp in zip(_PAIRS[0::2], _PAIRS[1::2], strict=True) if trad != simp}
_TABLE = str.maketrans(TO_SIMPLIFIED)


def simplify(text: str) -> str:
    return text.translate(_TABLE)
