"""Figures and names a question states as a claim to check, and where the article gives others.

"曹娥街道有15家上市公司吗", "一季度规上工业总产值超过120亿元了吗", "培育年轻干部的计划叫“红骑先锋”吗": the
sentence giving the figure was marked as the answer, but a reader who asked whether 15 is right had to
spot the 10 in it; "那15家上市公司都有哪些" takes the 15 for granted, and an answer as asked confirms it.
A figure the question states is paired with the figure of the same kind in the marked sentence (of a
premise, in the passages offered) whose clause holds what the question says it is of (总投资60亿元, not
销售收入150亿元, for "总投资是150亿元吗"), a quoted name with the name quoted there, and the reply says
where the article's differs."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from qa.ingest.sentences import split_sentences
from qa.ingest.words import to_simplified
from qa.retrieval.policy.vocabulary import COMPANY
from qa.retrieval.question import is_chinese_script
from qa.store.lexical import LexicalIndex, sentence_overlap

_AT_LEAST = ("超过", "多于", "高于", "大于", "突破", "逾", "至少", "不少于", "不低于", "不止", "达到", "达", "过", "上")
_AT_MOST = ("不到", "少于", "低于", "不足", "不超过", "未超过", "没超过", "没有超过", "没到")
_ABOUT = ("约", "大约", "大概", "近", "将近", "接近", "差不多", "左右")
# 有没有超过 asks whether it is over; 上 bounds only a round number (上百家, 上千万)
_BOUND_BEFORE = (rf"(?<!有)(?:{'|'.join(_AT_MOST)})|{'|'.join(_AT_LEAST[:-1] + _ABOUT)}"
                 r"|上(?=[一二两三四五六七八九十百千万亿])")
_CHINESE_NUMERAL = "[零一二两三四五六七八九十百千]+"
_UNITS = ("周年|平方米|平方公里|公顷|亩|美元|元|块钱|块|人|名|位|家|个|项|座|栋|幢|条|所|批|次|倍|件|套|台|户|%|％|年"
          "|方(?![面式案法向便针])")  # 32万方: square metres; 7万块钱: yuan
_CHINESE = re.compile(
    rf"(?P<before>{_BOUND_BEFORE})?(?<![第哪])(?<![\d.])"
    rf"(?P<number>\d+(?:\.\d+)?|{_CHINESE_NUMERAL})\s*(?P<scale>万|亿|千)?(?P<more>余|多|几)?"
    rf"(?P<unit>{_UNITS})?(?P<after>以上|以下|以内|左右|上下|多)?")
_ENGLISH = re.compile(
    r"(?P<before>more than|over|above|at least|fewer than|less than|under|below|at most|about|around|nearly"
    r"|almost|roughly|approximately)?\s*(?<![\w.])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"\s*(?P<unit>%|percent\b|per cent\b)?\s*(?P<scale>thousand|million|billion)?\s*"
    r"(?P<money>yuan|RMB|US dollars|dollars)?(?P<area>\s*square met(?:er|re)s)?", re.I)
_REST = re.compile(r"(?:另外|其他|其它|其余|剩下的?|剩余的?|\bother|\bremaining)\s*$", re.I)  # 另外6个: the rest
_MEASURED = re.compile(r"\s*-?(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|times|kg|kilo\w*|km"
                       r"|met(?:er|re)s?|miles?|pounds?|tons?|tonnes?|feet|foot|inch\w*|degrees?|storeys?"
                       r"|stor(?:y|ies)|floors?)\b", re.I)
_CHANGE = re.compile(r"同比|环比|比上年|比去年|增长|增速|增幅|下降|减少|上涨|下跌")  # a change of the figure before
_NOT_A_NAME_START = "年月日的在和与及由被把将从给"  # what COMPANY may take in front of a name (2021年晶盛机电)
_NUMBERED = re.compile(r"(?:\bno\.?|\bnumber|#)\s*$", re.I)
_SCALES = {"千": 1e3, "万": 1e4, "亿": 1e8, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_BOUNDS = {**dict.fromkeys(_AT_LEAST, "over"), **dict.fromkeys(_AT_MOST, "under"),
           **dict.fromkeys(_ABOUT, "about"), "以上": "over", "多": "over", "余": "over", "几": "over",
           "以下": "under", "以内": "under", "上下": "about",
           "more than": "over", "over": "over", "above": "over", "at least": "over", "fewer than": "under",
           "less than": "under", "under": "under", "below": "under", "at most": "under",
           **dict.fromkeys(("about", "around", "nearly", "almost", "roughly", "approximately"), "about")}
_PEOPLE = frozenset("人名位")
_NOT_COUNTS = frozenset("% 年份 周年 元 美元 平方米 平方公里 公顷 亩 倍".split())  # units of no count of things
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_ASKS_ANOTHER = re.compile(r"哪|什么|啥|谁|多少|几|怎|为何|如何|^\s*(?:what|which|who|whose|when|where|why|how)\b"
                           r"|\bhow (?:many|much)\b", re.I)
_BREAK = re.compile(r"[，,、；;。：:！!？?]")
_QUOTED = re.compile(r"[“「『\"']([^”」』\"'，,。？?]{2,24})[”」』\"']")  # a name as quoted: “青苗成长”
_NOUN_WORDS = 4  # how far from a value the noun saying what it is of may stand
_NEAR_CHARS = 16  # the text read for those words (in Chinese) on each side
_ENGLISH_WORDS = 5
_MAX_CLAIMS = 8  # values checked in one message: a longer list is no claim to check, and would cost time
_NAME_TAGS = ("nr", "ns")  # a person or place the value is of, not what it counts
_HOW_KNOWN = frozenset("预计 预期 预测 估计 力争 累计 合计 总共 共计".split())

T = TypeVar("T")


@dataclass(frozen=True)
class Figure:
    """A number with its unit as written (超过120亿元, the text's ``[start:end]``): its value in the unit
    (1.2e10), and whether it states the value or a bound of it."""

    text: str
    value: float
    unit: str  # 元, 家, %, 年份 (a year), 人 for people, "" for a bare count or sum
    bound: str  # "", "over", "under" or "about"
    decimals: int  # how precisely it is written: 18% also says 18.3%
    scale: float  # 1e8 for 亿, 1e9 for "billion", 1 for none
    start: int
    end: int


def _chinese_value(numeral: str) -> int:
    """一百二十 → 120, 两 → 2 (numerals below 万)."""
    total, digit = 0, None
    for character in numeral:
        if character in _DIGITS:
            digit = _DIGITS[character]
        else:
            total += (1 if digit is None else digit) * {"十": 10, "百": 100, "千": 1000}[character]
            digit = None
    return total + (digit or 0)


def _chinese_figures(text: str) -> list[Figure]:
    figures = []
    for match in _CHINESE.finditer(text):
        number, unit, scale = match["number"], match["unit"] or "", match["scale"] or ""
        if not number[0].isdigit():
            if number == "一" and not scale or not unit:  # 一个, 一家: "a", not a count; 一号, 三大: no figure
                continue
            value: float = _chinese_value(number)
        else:
            value = float(number)
        if unit == "年":
            if not re.fullmatch(r"(?:19|20)\d\d", number):
                continue  # 3年 is a span of time, compared as no figure here
            unit = "年份"
        if not unit and not scale:
            continue  # a bare number: a date's day, a name's number
        bound = _BOUNDS.get(match["before"] or match["after"] or match["more"] or "", "")
        figures.append(Figure(match.group(), value * _SCALES.get(scale, 1), _unit(unit), bound,
                              len(number.partition(".")[2]), _SCALES.get(scale, 1), match.start(), match.end()))
    return figures


def _unit(unit: str) -> str:
    return {"％": "%", "方": "平方米", "块": "元", "块钱": "元"}.get(unit, "人" if unit in _PEOPLE else unit)


def _english_figures(text: str) -> list[Figure]:
    figures = []
    for match in _ENGLISH.finditer(text):
        if _NUMBERED.search(text, 0, match.start("number")) or _MEASURED.match(text, match.end()):
            continue  # a name's number ("No. 1 project"), or one in a measure not compared ("24 hours")
        number = match["number"].replace(",", "")
        unit = "%" if match["unit"] else "平方米" if match["area"] else (
            "美元" if match["money"] and "dollar" in match["money"].lower() else "元" if match["money"] else "")
        if not unit and not match["scale"] and re.fullmatch(r"(?:19|20)\d\d", number):
            unit = "年份"
        bound = _BOUNDS.get((match["before"] or "").lower(), "")
        scale = _SCALES.get((match["scale"] or "").lower(), 1)
        start = match.start("before") if match["before"] else match.start("number")
        end = start + len(text[start:match.end()].rstrip())
        figures.append(Figure(text[start:end], float(number) * scale, unit, bound, len(number.partition(".")[2]),
                              scale, start, end))
    return figures


def stated(question: str) -> list[Figure]:
    """The figures a question states: as a claim ("有15家上市公司吗") or as what it takes for granted
    ("那15家上市公司是哪几家"); not the count of the rest ("另外6个已完工的项目") nor one asked (哪两个)."""
    simplified = to_simplified(question)
    return [figure for figure in _figures(simplified) if not _REST.search(simplified, 0, figure.start)]


def _figures(text: str) -> list[Figure]:
    return _chinese_figures(text) if is_chinese_script(text) else _english_figures(text)


def _same_kind(asked: Figure, given: Figure) -> bool:
    if asked.unit == given.unit:
        return True
    if asked.unit == "个":  # the general measure word counts what any other does (8000几个人才: 4900余人)
        return given.unit not in _NOT_COUNTS
    if asked.unit:
        return False
    # a bare figure: a sum (过100亿) is one in any currency, an English count is one in any measure word
    return given.unit not in ("%", "年份", "周年") and (asked.scale > 1 or given.unit not in ("元", "美元", "平方米"))


def _holds(asked: Figure, given: Figure) -> bool:
    """Whether what the article gives bears out what the question states."""
    if asked.bound == "over":
        return given.value > asked.value or given.value == asked.value and given.bound != "under"
    if asked.bound == "under":
        return given.value < asked.value
    if asked.bound == "about" or given.bound in ("about", "over"):
        return abs(given.value - asked.value) <= 0.1 * asked.value
    return math.isclose(given.value, asked.value) or (
        abs(given.value - asked.value) < 0.5 * 10 ** -asked.decimals * asked.scale)


def _clause(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end], which may itself hold a comma (“上统下分、强街优社”)."""
    before = max((found.end() for found in _BREAK.finditer(text, 0, start)), default=0)
    after = next((found.start() for found in _BREAK.finditer(text, end)), len(text))
    return text[before:after]


def _clause_of(sentence: str, figure: Figure) -> str:
    """The clause a figure of the article is of: a change opening its clause is of the clause before
    (规上工业增加值25.9亿元,同比增长18.3%)."""
    clause = _clause(sentence, figure.start, figure.end)
    at = sentence.find(clause)
    before = _BREAK.split(sentence[:at].rstrip("，,"))[-1] if at > 0 else ""
    return f"{before},{clause}" if before and _CHANGE.match(clause) else clause


def _counted(question: str, span: tuple[int, int], lexical: LexicalIndex) -> set[str]:
    """What the question says a value is of: in Chinese the nearest noun before it and after it in its
    clause (利润 of "每年利润预计有25亿元", 上市公司 of "有15家上市公司"); not a name nor the noun ending one
    (周某, 宜昌, 街道 of 曹娥街道: the value is of the name, not what it counts), a lone 区, nor 预计, which says
    how the value is known. In English the corpus words its neighbouring words translate to."""
    clause = _clause(question, *span)
    at = question.index(clause)
    before, after = clause[:span[0] - at], clause[span[1] - at:]
    if not is_chinese_script(question):
        near = " ".join(before.split()[-_ENGLISH_WORDS:] + after.split()[:_ENGLISH_WORDS])
        return set(lexical.query_words(near))
    before, after = before[-_NEAR_CHARS:], after[:_NEAR_CHARS]
    nouns = set()
    for words in ([*reversed(_named_words(before, lexical))], _named_words(after, lexical)):
        for word, tag, of_a_name in words[:_NOUN_WORDS]:
            if _is_common_noun(word, tag) and not of_a_name:
                nouns.add(lexical.tokenizer.normalise(word))
                break
    return nouns


def _is_common_noun(word: str, tag: str) -> bool:
    return (tag.startswith("n") or tag == "vn") and tag not in _NAME_TAGS and len(word) > 1 and word not in _HOW_KNOWN


def _named_words(text: str, lexical: LexicalIndex) -> list[tuple[str, str, bool]]:
    """The text's words (punctuation left out) with their tags and whether each follows a name's word."""
    tagged = [(word, tag) for word, tag in lexical.tokenizer.tagged_words(text) if tag != "x"]
    return [(word, tag, i > 0 and tagged[i - 1][1] in _NAME_TAGS) for i, (word, tag) in enumerate(tagged)]


def _nearest(found: list[tuple[T, str]], counted: set[str], words: dict[str, float]) -> list[T]:
    """Of the article's values (each with its clause), those whose clause holds most of what the question
    counts, then most of its other words; none when no clause holds any of what it counts."""
    def shared(held: str) -> tuple[int, float]:
        return sum(word in held.lower() for word in counted), sentence_overlap(words, held)
    scored = [(value, shared(held)) for value, held in found]
    best = max((score for _, score in scored), default=(0, 0.0))
    return [value for value, score in scored if score == best] if best[0] > 0 else []


def _weights(text: str, lexical: LexicalIndex) -> dict[str, float]:
    """The text's searched words by weight, numbers left out: they are what is compared."""
    words = lexical.word_weights(lexical.query_words(text))
    return {word: weight for word, weight in words.items() if not re.fullmatch(r"[\d.,%]+", word)}


def differing(question: str, marked: list[str], lexical: LexicalIndex,
              offered: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(as the question states it, as the article gives it) for each figure or quoted name the question
    states that the article gives otherwise, in the clause nearest the question's words: 10家 for
    "有15家上市公司吗", checked against the marked sentences; “青苗成长” for "培育年轻干部的计划叫“红骑先锋”吗".
    A question asking something else states no name ("“桥头堡”在哪里" names what it asks about), and the
    figures it takes for granted ("那15家上市公司是哪几家") are checked against every sentence of the passages
    offered: the marked one answers what is asked (8个建设项目已完工 of "那26个楼宇项目完工了几个"), another may
    say the figure. A year is the whole sentence's."""
    simplified = to_simplified(question)
    written = question if len(question) == len(simplified) else simplified  # to quote it as the asker wrote it
    asks_another = _ASKS_ANOTHER.search(simplified) is not None
    # English words reach the article's nouns only loosely (building → 建设 of 8个建设项目, not 楼宇 of 楼宇经济项目
    # 26个): what an English question takes for granted is not checked
    premises = asks_another and is_chinese_script(simplified)
    figures = stated(simplified)[:_MAX_CLAIMS] if premises or not asks_another else []
    names = [name.group(1) for name in _QUOTED.finditer(simplified)][:_MAX_CLAIMS] if is_chinese_script(
        simplified) and not asks_another else []
    if not figures and not _QUOTED.search(simplified):
        return []
    sentences = [text[start:end] for text in offered for start, end in split_sentences(text)] if premises else marked
    words = _weights(simplified, lexical)
    differ = []
    for asked in figures:
        found = [(figure, sentence if figure.unit == "年份" else _clause_of(sentence, figure))
                 for sentence in sentences for figure in _chinese_figures(sentence) if _same_kind(asked, figure)]
        # a premise is said of the words of its own clause: 完工 of "…26个楼宇项目，完工了的有哪几个" is asked
        near = _weights(_clause(simplified, asked.start, asked.end), lexical) if premises else words
        nearest = _nearest(found, _counted(simplified, (asked.start, asked.end), lexical), near)
        if nearest and not any(_holds(asked, figure) for figure in nearest):
            differ.append((written[asked.start:asked.end], nearest[0].text))
    for name in names:
        # the name as the answer writes it, quoted or not, competes with the names it quotes (桥头堡)
        found = [(quoted.group(1), _clause(sentence, *quoted.span()))
                 for sentence in sentences for quoted in _QUOTED.finditer(sentence)]
        found += [(name, _clause(sentence, at.start(), at.end()))
                  for sentence in sentences for at in re.finditer(re.escape(name), sentence)]
        at = simplified.index(name)
        nearest = _nearest(found, _counted(simplified, (at, at + len(name)), lexical), words)
        # a name written inside the article's or holding it is the same one (青苗成长计划)
        if nearest and not any(name in given or given in name for given in nearest):
            differ.append((f"“{written[at:at + len(name)]}”", f"“{nearest[0]}”"))
    if is_chinese_script(simplified):
        differ += [(written[start:end], given) for (start, end), given in _credits(simplified, sentences)]
    return differ


def _credits(question: str, sentences: list[str]) -> list[tuple[tuple[int, int], str]]:
    """(where the question names it, the article's) for each company a question credits with a quoted name
    (晶盛机电的“电机产业大脑”, 卧龙集团2022年获评“…领跑者”) that the clauses writing the name credit to another
    company (卧龙集团“电机产业大脑”), and none to it."""
    credits = []
    for quoted in _QUOTED.finditer(question):
        clause = _clause(question, *quoted.span())
        opens = question.find(clause)
        owners = list(COMPANY.finditer(question, opens, quoted.start()))
        if not owners:
            continue
        start, end = owners[-1].span()
        start = end - len(question[start:end].lstrip(_NOT_A_NAME_START))  # 2021年晶盛机电: 晶盛机电
        owner, others = question[start:end], []
        for sentence in sentences:
            for at in re.finditer(re.escape(quoted.group(1)), sentence):
                there = _clause(sentence, at.start(), at.end())
                if owner[:2] in there:
                    break
                others += COMPANY.findall(there[:there.find(quoted.group(1))])
            else:
                continue
            break  # credited to it somewhere
        else:
            if others:
                credits.append(((start, end), others[-1].lstrip(_NOT_A_NAME_START)))
    return credits


def restates(term: str, asked: str) -> bool:
    """Whether a term the evidence check found missing is only a value the article gives otherwise
    (2021 of "back in 2021", 红骑先锋 of “红骑先锋”)."""
    return term.removesuffix("年") in to_simplified(asked)


def in_english(written: str) -> str:
    """An article's figure for an English reader, as written after it: 150亿元 → 15 billion yuan (150亿元)."""
    figure = _chinese_figures(written)[0]
    if figure.unit == "年份":
        return f"{figure.value:.0f}"
    value = figure.value
    number = (f"{value / 1e9:g} billion" if value >= 1e9 else f"{value / 1e6:g} million" if value >= 1e6
              else f"{value:,.{figure.decimals}f}")
    unit = {"元": " yuan", "美元": " US dollars", "平方米": " square metres", "%": "%", "人": " people"}
    bound = {"over": "over ", "under": "under ", "about": "about "}.get(figure.bound, "")
    english = f"{bound}{number}{unit.get(figure.unit, '')}"
    return english if english == written else f"{english} ({written})"
