"""Taiwan, Hong Kong and Singapore or Malaysia words read as the mainland words the articles use, so a
reader there is searched and checked in the articles' words: 軟體 is 软件, 零組件 零部件, 的士 出租车,
巴刹 菜市场, and none of them is reported as a term the articles lack.

The words come from OpenCC's Taiwan phrase table (tw2sp: 軟體, 積體電路, 計程車) and from the list below,
which holds for any article (like triage's). A word is read as the mainland one only where the articles do
not write it themselves and do write the mainland word (an article that says 巴士 keeps it), and only where
it is a whole word of the question (马达 is no word of 马达加斯加).
"""

from __future__ import annotations

from collections.abc import Callable

from opencc import OpenCC

from qa.ingest.words import HAN, Tokenizer, to_simplified, to_traditional

# Regional word (Simplified) → the mainland words for it, the likelier first.
MAINLAND = {
    # Taiwan
    "数位": ("数字",), "数位化": ("数字化",), "数位转型": ("数字化转型",), "智慧化": ("智能化",),
    "策略性": ("战略性",), "标竿": ("标杆",), "上市柜": ("上市",),
    "零组件": ("零部件",), "马达": ("电机",), "厂商": ("企业", "厂家"), "营收": ("营业收入", "销售收入", "收入"),
    "捷运": ("地铁", "轨道交通"), "公车": ("公交车", "公交"), "机车": ("摩托车", "电动车"), "停车格": ("停车位",),
    "小坪数": ("小户型",), "坪数": ("面积",), "公尺": ("米",), "罚锾": ("罚款",), "资本额": ("注册资本",),
    "裁判费": ("诉讼费", "受理费"), "国小": ("小学",), "国中": ("初中",), "高职": ("职高", "中职"),
    "大专院校": ("高校", "高等院校"), "建商": ("开发商",), "房仲": ("中介",), "车款": ("车型",), "宾士": ("奔驰",),
    "川普": ("特朗普",), "雪梨": ("悉尼",), "纽西兰": ("新西兰",), "义大利": ("意大利",), "澳洲": ("澳大利亚",),
    "交保": ("保释",), "钓鱼台": ("钓鱼岛",),
    "基地台": ("基站",), "饭店": ("酒店", "宾馆"), "矽晶圆": ("硅片",), "外送员": ("外卖员", "骑手"),
    "外送": ("外卖",), "货柜": ("集装箱",), "贩售": ("销售", "出售"), "品质": ("质量",), "行销": ("营销",),
    "薪水": ("工资",), "薪资": ("工资", "薪酬"), "幼稚园": ("幼儿园",), "警局": ("公安局", "派出所"),
    "员警": ("民警",), "影音": ("视频",), "简讯": ("短信",), "笔电": ("笔记本电脑",), "加值型": ("增值",),
    "人才培育": ("人才培养",), "据点": ("基地", "网点"), "营建": ("建筑", "建设"), "搭乘": ("乘坐",),
    "游览车": ("大巴", "旅游车"),
    # Hong Kong and Macau
    "的士": ("出租车",), "巴士": ("公交车", "大巴", "客车"), "屋苑": ("小区",), "地盘": ("工地",),
    "落成": ("建成", "竣工"), "启用": ("投用", "投入使用"), "动工": ("开工",), "返工": ("上班",),
    "泥头车": ("渣土车",), "揸车": ("开车", "驾车"), "判监": ("判刑",), "起屋": ("建房",), "起楼": ("建楼",),
    "楼面面积": ("建筑面积",), "楼价": ("房价",), "入息": ("收入",), "雪柜": ("冰箱",), "单车": ("自行车",),
    "电单车": ("摩托车",), "屋企": ("家",), "老细": ("老板",), "打工仔": ("员工",), "街坊": ("居民",),
    "资助": ("补助", "补贴"), "津贴": ("补贴",), "第一季": ("一季度",), "第二季": ("二季度",),
    "第三季": ("三季度",), "第四季": ("四季度",), "美金": ("美元",), "港纸": ("港币",), "差人": ("警察",),
    "差佬": ("警察",), "医病": ("治病", "治疗"), "交通违例": ("交通违法",), "违例": ("违法", "违规"), "擢升": ("提拔",),
    "私家车": ("轿车",), "保险杆": ("保险杠",), "行人路": ("人行道",),
    # Singapore and Malaysia
    "德士": ("出租车",), "巴刹": ("菜市场", "市场"), "组屋": ("住房", "安置房"), "脚车": ("自行车",),
    "罗里": ("货车", "卡车"), "乐龄": ("老年", "老人"), "乐龄人士": ("老人", "老年人"), "股项": ("股票",),
    "大马": ("马来西亚",), "巴仙": ("百分之",), "小贩中心": ("美食城",),
}
_TAIWAN = OpenCC("tw2sp")
_LONGEST = max(map(len, MAINLAND))


def in_mainland_words(question: str, tokenizer: Tokenizer, writes: Callable[[str], bool]) -> str:
    """The question with each regional word the articles do not write, and whose mainland word they do
    (``writes``), read as that word, in the question's script."""
    simplified = to_simplified(question)
    if len(simplified) != len(question):
        return question
    traditional = simplified != question
    text = list(question)
    for run in HAN.finditer(simplified):
        bounds = [run.start() + bound for bound in tokenizer.word_bounds(run.group())]
        for start, end in _words(bounds, simplified):
            meant = _mainland(simplified[start:end], question[start:end] if traditional else "", writes)
            if meant:  # one slot per character of the question, so the spans after it keep their offsets
                text[start:end] = [to_traditional(meant) if traditional else meant] + [""] * (end - start - 1)
    return "".join(text)


def _words(bounds: list[int], simplified: str) -> list[tuple[int, int]]:
    """The spans to read: at each word's start, the longest listed word ending at a word's end, else the
    word itself (jieba cuts 基地台 into 基地 and 台)."""
    spans, at = [], 0
    while at < len(bounds) - 1:
        start = bounds[at]
        ends = [end for end in bounds[at + 1:] if end - start <= _LONGEST and simplified[start:end] in MAINLAND]
        end = max(ends, default=bounds[at + 1])
        spans.append((start, end))
        at = bounds.index(end)
    return spans


def _mainland(word: str, written: str, writes: Callable[[str], bool]) -> str | None:
    """The mainland word the articles write for ``word``; ``written`` is how a Traditional question writes it
    (OpenCC's Taiwan table reads Traditional only: in Simplified, 程序 would become 进程)."""
    taiwan = _TAIWAN.convert(written) if written else word
    candidates = [meant for meant in (*MAINLAND.get(word, ()), taiwan) if meant != word]
    if not candidates or writes(word):
        return None
    return next((meant for meant in candidates if writes(meant)), None)
