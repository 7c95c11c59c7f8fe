"""Chinese questions that mix in English words, read in the Chinese the articles use.

People on the mainland type "滨江新天地是when完工的", "那家酒吧name叫啥", "万顺大厦有多少m高",
"罚了多少w". The checks that read what a Chinese question asks (what time, what name, how high,
how much money) look for Chinese words, so the English question words, the few nouns that
frame what is asked (name, year, date, company, city), and units written in Latin letters after a number or
多少 are read as their Chinese. Other English words stay as they are: names (Caoe, KTV, CEO) are
searched as typed, and a content word (profit, new energy) reaches the articles through the
dictionary as an English question's does. A question mostly in English ("Who is 倪博文?") is
left alone.
"""

from __future__ import annotations

import re

from qa.ingest.words import HAN

# Question words, and the nouns that say what kind of answer is asked. Longer phrases first: "how many"
# before "how", "full name" before "name".
CHINESE = {
    "how many": "多少", "how much": "多少", "how long": "多久", "how old": "几岁", "how far": "多远",
    "how tall": "多高", "how high": "多高", "how big": "多大", "how": "怎么",
    "when": "什么时候", "where": "哪里", "who": "谁", "whom": "谁", "whose": "谁的", "which": "哪个",
    "what": "什么", "why": "为什么",
    "full name": "全名", "name": "名字", "year": "年份", "date": "日期", "company": "公司", "city": "城市",
}
_PHRASE = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(CHINESE, key=len, reverse=True)).replace(" ", r"\s+")
                     + r")(?![A-Za-z])", re.I)
# Units in Latin letters, read only after a figure or 多少/几 asking one ("多少m高", "5w", "多少RMB").
UNITS = {"km/h": "公里每小时", "km": "公里", "cm": "厘米", "mm": "毫米", "m²": "平方米", "m2": "平方米",
         "m": "米", "kg": "公斤", "t": "吨", "h": "小时", "min": "分钟", "rmb": "元", "w": "万", "k": "千"}
_UNIT = re.compile(r"(?<=[\d多少几])\s*(" + "|".join(map(re.escape, sorted(UNITS, key=len, reverse=True)))
                   + r")(?![A-Za-z\d])", re.I)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# Words only an English sentence is built with: a question with one is English around Chinese names.
_ENGLISH_GRAMMAR = frozenset("""is are was were be been do does did the a an of in on at to for from with by
and or it its this that there has have had will can""".split())


def is_mixed(question: str) -> bool:
    """Whether the question is a Chinese sentence with Latin words in it: more Chinese characters than Latin
    words, and none of the words English builds its sentences with ("Who is 倪博文?" is English)."""
    latin = [word.lower() for word in _LATIN_WORD.findall(question)]
    return bool(latin) and sum(map(len, HAN.findall(question))) > len(latin) and not _ENGLISH_GRAMMAR & set(latin)


def in_chinese(question: str) -> str:
    """The question with its English question words, framing nouns and Latin units in Chinese, where it is
    a Chinese question mixing them in (see ``is_mixed``)."""
    if not is_mixed(question):
        return question
    read = _UNIT.sub(lambda match: UNITS[match.group(1).lower()], question)
    return _PHRASE.sub(lambda match: CHINESE[" ".join(match.group(1).lower().split())], read)
