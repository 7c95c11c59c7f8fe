"""The parties a comparison sets side by side, and those the articles never mention.

"道墟街道的高新技术企业比曹娥街道多吗", "e游小镇和梦想小镇哪个规模更大", "Does Caoe have more
listed companies than Keqiao District?": the passage on the party the articles hold was given as the
answer, though nothing compares it with the other. The evidence check asks a question's focus and
names; a comparison also needs each party, and one whose own words (those the other party does not
share: 道墟 of 道墟街道 against 曹娥街道) hold one the corpus never writes is reported missing, by name.
"""

from __future__ import annotations

import re

from qa.ingest import bilingual
from qa.ingest.sentences import is_cjk
from qa.ingest.words import STOPWORDS, to_simplified
from qa.retrieval.policy.vocabulary import BASELINE, CAPITALISED
from qa.store.lexical import LexicalIndex

_PART = r"[^，,。？?！!；;]"
_START = r"(?:^|(?<=[，,。？?！!；;\s]))"  # a side starts a clause, and is at most SIDE characters long
_SIDE = rf"{_PART}{{1,40}}?"
_WHICH = r"(?:哪(?:个|家|一个|一家|座|栋|所|种|边|方|里|条|位)|谁|孰)"
_JOINED = r"(?:和|与|跟|同|还是)"
_CUE = r"(?:相比|比较|对比|比起来|的?(?:区别|不同|差距|差别|异同|差异))"
_MORE = (r"(?:更|还|要)?(?:多|少|大|小|高|低|强|弱|好|差|快|慢|早|晚|长|短|贵|便宜|远|近|厉害|优秀|领先|落后|先进"
         r"|有名|出名|重要)(?=吗|呢|吧|多少|几|了|得|些|点|很多|不少|[？?，,。！!]|$)")
_COMPARED = r"比(?![喻如例重赛分率])"
_CHINESE = [re.compile(p) for p in (
    rf"{_START}(?P<a>{_SIDE}){_JOINED}(?P<b>{_SIDE})(?={_CUE}|比|[，,]|{_WHICH}|分别|各|有什么|是|都)",
    rf"{_START}(?P<a>{_SIDE})(?<![对相同环无好]){_COMPARED}(?P<b>{_SIDE}){_MORE}",
    rf"{_START}(?P<a>{_SIDE})是(?P<b>{_SIDE})的(?:几|多少)倍",
)]
# after "A和B", what makes it a comparison and not a list: 相比, 比, or "which" with how it differs (哪个…更大)
_COMPARES = re.compile(rf"{_CUE}|{_COMPARED}|{_WHICH}{_PART}{{0,8}}?{_MORE}")
_FUNCTION_TAGS = ("m", "q", "r", "d", "p", "c", "u", "y", "e", "o", "t", "x", "w")  # times too: 去年 (see BASELINE)
_NAME_TAGS = ("nr", "ns", "nt", "nz", "eng")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ASPECTS = frozenset("数量 规模 水平 情况 总量 程度 速度 增速 面积 人数 金额 数目 大小 高低 实力 能力 质量 效果"
                     .split())  # what is compared of a party, not its name
_ENGLISH = [re.compile(p) for p in (
    r"(?P<a>[^?.,!]{1,60}?)\s+(?:vs\.?|versus)\s+(?P<b>[^?.,!]{1,60}?)(?:\s+-|[?.,!]|$)",
    r"\b(?:than|compared? (?:with|to))\s+(?P<b>[^?.,!]{1,60}?)(?:[?.,!]|$)",
    r",\s*(?P<a>[^?.,!]{1,60}?)\s+or\s+(?P<b>[^?.,!]{1,60}?)(?:[?.!]|$)",
)]


def parties(question: str) -> list[str]:
    """What a comparison sets side by side, as the question writes it (none when it compares nothing,
    or compares with last year's same period, which ``Evidence.compares`` checks)."""
    text = to_simplified(question).strip()
    if BASELINE.search(text):
        return []
    for pattern in _ENGLISH if text.isascii() else _CHINESE:
        found = pattern.search(text)
        if found and (pattern is not _CHINESE[0] or _COMPARES.search(text, found.end())):
            return [side.strip(" -") for side in found.groupdict().values() if side and side.strip(" -")]
    return []


def unmentioned(question: str, lexical: LexicalIndex) -> list[str]:
    """The parties of a comparison the corpus never mentions, named as the question names them
    (道墟街道 of 道墟街道的高新技术企业, 杭州的云栖小镇, "Keqiao District"): the words naming a party
    that the other parties do not share hold one no passage writes (see ``_naming_words``; in English,
    a capitalised word that is no English word, which pinyin would reach)."""
    sides = parties(question)
    words = [set(_naming_words(side, lexical)) for side in sides]
    strangers = []
    for at, side in enumerate(sides):
        shared = set().union(*(w for other, w in enumerate(words) if other != at))
        unknown = [word for word in words[at] - shared if not is_written(word, lexical)]
        if unknown:
            owner = _owner(side)
            strangers.append(owner if any(word in owner.lower() for word in unknown) else side)
    return strangers


def _naming_words(side: str, lexical: LexicalIndex) -> list[str]:
    """The words of a party that may name it: in its owner (before 的) nouns and years, after it names
    only (杭州的云栖小镇, not 晶盛联合创新园的作用); and each pair of neighbours in a run of single
    characters (道墟 of 道墟街道, which jieba cuts into 道 and 墟). Not a count (4000人 is a
    threshold), a time word or what is compared of it (数量, 规模)."""
    if side.isascii():
        return [lexical.tokenizer.normalise(w) for w in CAPITALISED.findall(side) if not bilingual.is_english_word(w)]
    owner = _owner(side)
    words, run = [], []
    for part, names_only in ((owner, False), (side[len(owner):], True)):
        for word, tag in (*lexical.tokenizer.tagged_words(part), ("", "x")):
            if len(word) == 1 and is_cjk(word) and word not in STOPWORDS:
                run.append(word)
                continue
            words += [first + second for first, second in zip(run, run[1:])]
            run = []
            if len(word) > 1 and word not in _ASPECTS and (
                    tag.startswith(_NAME_TAGS) if names_only
                    else _YEAR.fullmatch(word) or not tag.startswith(_FUNCTION_TAGS)):
                words.append(word)
    return words


def is_written(word: str, lexical: LexicalIndex) -> bool:
    """Whether the corpus writes the word, as a word or in one (开区 of 经开区, which jieba cuts apart)."""
    return lexical.knows(word) or not word.isascii() and any(word in known for known in lexical.document_frequency)


def _owner(side: str) -> str:
    """The party named without what of it is compared: 道墟街道 of 道墟街道的高新技术企业."""
    if side.isascii():
        return " ".join(CAPITALISED.findall(side)) or side
    owner = side.split("的")[0]
    return owner if len(owner) > 1 else side


def named_in(missing: list[str], strangers: list[str]) -> list[str]:
    """What is missing, with the parties never mentioned named whole in place of the pieces of them
    the evidence check names (和云栖 of 云栖小镇, 宁德 and 时代 of 宁德时代, yiwu of Yiwu)."""

    def piece_of(item: str, stranger: str) -> bool:
        if item.isascii():
            return item.lower() in stranger.lower().replace("'s", "").split()
        core = item.strip("和与跟同及的")  # 和隆 of "晶盛机电和隆基绿能": jieba's cut across the joining word
        return bool(core) and (core in stranger or any(core[at:at + 2] in stranger for at in range(len(core) - 1)))

    kept = [item for item in missing if not any(piece_of(item, stranger) for stranger in strangers)]
    return kept + [stranger for stranger in strangers if stranger not in kept]
