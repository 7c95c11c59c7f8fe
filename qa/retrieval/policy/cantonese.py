"""Written Cantonese read as Mandarin, so a Hong Kong reader's question is searched and checked in
the words the articles use: 國姓爺喺邊度出世 is asked as 國姓爺在哪裡出生, and 嘅 or 喺 is never
reported as a term the articles lack.

The forms are Cantonese's own (嘅, 喺, 邊個, 點解, 過身 …); 係 is read as 是 only where it is the
copula, not a character of 關係 or 係數.
"""

from __future__ import annotations

import re
from functools import cache

from qa.ingest.words import dictionary_tag, to_simplified

# Cantonese form (Traditional) → Mandarin (Traditional); the Simplified forms are derived.
MANDARIN = {
    "邊個": "誰", "邊位": "哪位", "邊度": "哪裡", "邊處": "哪裡", "邊到": "哪裡", "邊間": "哪間",
    "邊年": "哪年", "邊日": "哪天", "邊條": "哪條", "邊種": "哪種", "邊隻": "哪隻", "邊部": "哪部", "邊本": "哪本",
    "邊家": "哪家", "邊篇": "哪篇", "邊國": "哪國", "邊啲": "哪些",
    "乜嘢": "什麼", "咩嘢": "什麼", "乜": "什麼", "咩": "什麼", "點解": "為什麼", "點樣": "怎樣",
    "幾時": "什麼時候", "幾多": "多少", "幾耐": "多久",
    "係咪": "是不是", "係唔係": "是不是", "有冇": "有沒有", "唔係": "不是",
    "嘅": "的", "喺": "在", "唔": "不", "冇": "沒有", "佢哋": "他們", "我哋": "我們", "你哋": "你們", "佢": "他",
    "咗": "了", "嚟": "來", "畀": "給", "一啲": "一些", "呢啲": "這些", "嗰啲": "那些", "有啲": "有些", "啲": "的",
    "呢個": "這個", "呢間": "這間", "呢位": "這位", "呢篇": "這篇", "嗰個": "那個", "呢度": "這裡", "嗰度": "那裡",
    "嗰": "那", "而家": "現在",
    "聽日": "明天", "尋日": "昨天", "琴日": "昨天", "舊年": "去年", "過身": "去世", "出世": "出生",
    "搵": "找", "睇": "看", "攞": "拿", "使咗": "花了", "仲有": "還有", "咁多": "這麼多", "咁": "這麼", "嘢": "東西",
}
PARTICLES = ("㗎", "啩", "喎", "囉", "啫")  # closing a sentence (幾時退休㗎); Mandarin says none there
# Forms no Mandarin sentence uses: in a question with one, 係 (系) is the copula wherever it is not
# part of a word (關係, 體系, 係數).
MARKERS = ("嘅", "喺", "唔", "冇", "佢", "咗", "嚟", "啲", "嗰", "哋", "咩", "乜", "嘢", "畀", "搵", "睇", "攞", "㗎",
           "边个", "边度", "边间", "点解", "几多")
# 邊 before a count asks which ones (邊10間上市公司, 邊幾間大學), as 哪 does; elsewhere it is a side (旁邊).
_WHICH_COUNTED = re.compile(r"(?<![那這这旁身左右兩两外裡里上下前後后東东西南北周])[邊边]"
                            r"(?=\d|[兩两二三四五六七八九十幾几]+\s*[個个間间家位條条種种篇則则])")
_COPULA = re.compile(r"(?<![關关聯联體体派干幹维維])[係系](?![數数統统列])")
# Without one, only Traditional 係 before a question word or after an adverb is (係邊年, 都係), as
# the forms above have read them (是哪年).
_QUESTION_COPULA = re.compile(r"(?<=[就都仲不])係|(?<![關聯體派干幹維])係(?=[哪誰什怎多為])")
# 未 closing a Cantonese question asks "yet?" (判咗死刑未: 判了死刑沒有).
_NOT_YET = re.compile(r"未(?=\s*[？?]?\s*$)")


def _which_or_who(question: str, match: re.Match[str]) -> str:
    """邊個 asks "which" before a noun (邊個策略) and "who" otherwise (邊個提供)."""
    following = to_simplified(question[match.end():match.end() + 2])
    return "哪個" if any(dictionary_tag(following[:n]).startswith("n") for n in (2, 1) if following[:n]) else "誰"


@cache
def _forms() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each form, in both scripts, with its Mandarin in Traditional, and the pattern finding them."""
    read = MANDARIN | dict.fromkeys(PARTICLES, "")
    forms = read | {to_simplified(form): mandarin for form, mandarin in read.items()}
    return forms, re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))


def in_mandarin(question: str) -> str:
    """The question in Mandarin's words where it uses Cantonese ones, in the question's script."""
    forms, pattern = _forms()
    simplified = to_simplified(question)
    traditional = simplified != question
    cantonese = any(marker in simplified for marker in MARKERS)

    def mandarin(match: re.Match[str]) -> str:
        said = _which_or_who(question, match) if match.group() in ("邊個", "边个") else forms[match.group()]
        return said if traditional else to_simplified(said)

    read = _WHICH_COUNTED.sub("哪", pattern.sub(mandarin, question))
    if cantonese:
        read = _NOT_YET.sub("沒有" if traditional else "没有", read)
    return (_COPULA if cantonese else _QUESTION_COPULA).sub("是", read)
