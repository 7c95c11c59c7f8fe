"""What a question asks for: its focus term, and the names, times and counts it asks it of.

The focus is the noun the question word asks about (常住人口 in "常住人口有
多少", 荣誉 in "获得了什么荣誉", population in "what is the population of"),
leaving out nouns that only say what shape the answer takes (做法, 名字,
位置, "kind") or point at the page itself (标题, 配图, "caption"). Verbs and
adjectives are not checked, as paraphrases reword them freely, except the verb
a yes-or-no question asks holds (拆掉 in "抽水泵有没有被拆掉"): that is all it asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby, takewhile

from qa.ingest import bilingual
from qa.ingest.sentences import is_cjk
from qa.ingest.words import (
    HONORIFIC_TITLES,
    STOPWORDS,
    courtesy_names_asked,
    courtesy_names_set_apart,
    dictionary_tag,
    is_rare_character,
    to_simplified,
)
from qa.retrieval.policy import exclusion
from qa.retrieval.policy.meaning import meaning_asked
from qa.retrieval.policy.vocabulary import (
    AGE,
    AREA_ASKED,
    AREA_WORDS,
    ASKING,
    BASELINE,
    CAPITALISED,
    CHARACTER_COUNT,
    CHINESE_QUESTION_WORDS,
    COMMON_WORD,
    COMMUNITY_WORDS,
    COMPANY_ASKED,
    COMPARED_ASKED,
    CONTACT_TERMS,
    COUNT,
    COUNT_GIVEN,
    COUNT_WORDS,
    COUNTED_IN,
    DEMONSTRATIVE,
    DERIVED_ASKED,
    DETERMINER,
    DIMENSION_ASKED,
    DIMENSIONS,
    DIRECTIONS,
    DURATION,
    DURATION_ASKED,
    DYING,
    ENGLISH_ADVERBS,
    ENGLISH_AUXILIARIES,
    ENGLISH_CLAUSE_AFTER_HEAD,
    ENGLISH_CONTRACTIONS,
    ENGLISH_COUNTED,
    ENGLISH_DIMENSION_ASKED,
    ENGLISH_DIMENSIONS,
    ENGLISH_MODIFIERS,
    ENGLISH_MONEY,
    ENGLISH_NAME_ASKED,
    ENGLISH_PEOPLE,
    ENGLISH_PLURAL_ASKED,
    ENGLISH_PREFIXES,
    ENGLISH_PREPOSITIONS,
    ENGLISH_PRONOUNS,
    ENGLISH_TIME,
    ENGLISH_TIME_ASKED,
    ENGLISH_TIME_NOUN,
    ENGLISH_TIMED_EVENT,
    ENGLISH_UNITS,
    ENGLISH_VERBS,
    ENGLISH_WHICH_ONES,
    FIGURE_STATED,
    FOUNDER_ASKED,
    FRAME_NOUNS,
    FUNCTION_TAGS,
    GOVERNED_TAGS,
    HEAD_POSTMODIFIERS,
    HOLDER_ASKED,
    IN_A_WORK,
    KIND_ASKED,
    KIND_SUFFIXES,
    LIGHT_VERBS,
    LIST_ASKED,
    LISTED_COUNT,
    LOCATED_FILLER_TAGS,
    LOCATION_ASKED,
    LOCATIVES,
    LONG,
    MAX_BEFORE_NOUN,
    MAX_PHRASE_CHARS,
    MEASURE_LEADS,
    MEASURE_WORDS,
    METHOD_ASKED,
    MONTHS,
    NAME_ASKED,
    NAME_TAGS,
    NAMED_KINDS,
    NAMES_ASKED,
    NOT_IN_PLACE_TAGS,
    NOUN_TAGS,
    NUMBER_ASKED,
    NUMBER_OF,
    NUMBERED_NAME,
    OFFICE,
    ORIGIN_ASKED,
    OTHER_PERSON_ASKED,
    OTHER_THAN_A_FIGURE,
    PAGE_NOUNS,
    PARTICIPLE,
    PERIODS,
    PLACE_ASKED,
    PLACE_BEFORE,
    POSSESSOR,
    PROCEDURES,
    QUALIFIERS,
    QUANTITY_ASKED,
    QUANTITY_MODIFIERS,
    QUESTION_WORDS,
    QUOTED_CHARACTER,
    QUOTES,
    REASON_ASKED,
    RELATIVE_YEARS,
    ROMAN,
    SAME_NUMBER,
    SETBACK,
    TIME_NOUNS,
    TIME_QUESTIONS,
    TOWN_WORDS,
    UNCHECKED_TIMES,
    UNIT_WORDS,
    WHETHER,
    WHICH_ONES,
    WHO_FIRST,
    WINDOW_AFTER,
    YEAR,
    YEARS_FROM_NOW,
    YES_NO_ASKED,
    is_legal_form,
)
from qa.store.lexical import LexicalIndex


@dataclass(frozen=True)
class KeyTerms:
    terms: list[str]  # the question's checkable nouns, in question order
    focus: str | None  # the noun the question word asks about
    names: list[str] = field(default_factory=list)  # names and times it asks about (柯桥区, 去年): all must be there
    counted: str | None = None  # a count asked in a measure word ("多少层", "年龄"): the evidence must count in it
    measure: str | None = None  # that measure word (层, 岁)
    asks_time: bool = False  # "哪一年/什么时候 + event": a sentence with the event must carry a date
    subjects: list[str] = field(default_factory=list)  # proper names the focus is asked of (晶盛 in 晶盛…的总投资)
    asked_of: str | None = None  # the words from the first subject to the focus, as the question writes them
    periods: list[tuple[str, re.Pattern]] = field(default_factory=list)  # (as asked, as a passage writes it)
    modifier: str | None = None  # the noun the focus is compounded with (辖区 in 辖区面积): it must be there too
    asks_number: bool = False  # "是多少", "how much": a sentence with the focus must give a number
    events: list[str] = field(default_factory=list)  # "when was it founded": a dated sentence must say founded
    qualifiers: list[tuple[str, re.Pattern]] = field(default_factory=list)  # (as asked, as a passage writes it)
    enumerates: bool = False  # "那10家上市公司是哪几家": the count is known, the evidence must name them
    which_ones: bool = False  # "有哪些上市公司": names asked, which a count of them does not give
    name_of: str | None = None  # "组长叫什么名字", "朋友叫什么": the noun whose name is asked (see NAME_ASKED)
    listed: str | None = None  # the count a question gives of the things it asks to name ("the 10 companies")
    asks_company: bool = False  # "哪家企业…": a clause with the rest of the question must name a company
    asks_reason: bool = False  # "为什么…": a sentence saying the rest of the question must give a reason
    compared: bool = False  # "比去年同期…": the change must be said year on year (同比) of the focus
    kinds: frozenset[str] = frozenset()  # "哪种皴法", "which river": characters a thing of the kind ends in
    named_kind: bool = False  # "which city", "哪位官员": a kind of place or person, which a name instantiates
    asks_origin: bool = False  # "杨某是哪里人", "where is Yang from": a sentence must say where someone is from
    asks_place: bool = False  # "在哪里被抓到的", "where did it land": a sentence must set a place
    area: str | None = None  # "属于哪个区": a sentence must name a place of this kind (上虞区)
    located: str | None = None  # "那家工厂在哪里": what is asked where it stands, as written (工厂)
    predicate: str | None = None  # "抽水泵有没有被拆掉": the verb a yes-or-no question asks holds (拆掉)
    figures: list[tuple[str, str]] = field(default_factory=list)  # "是25起吗": (number, unit) it states
    procedure: str | None = None  # "怎么报名": what the way to do is asked (报名), see PROCEDURES
    set_aside: str | None = None  # "除了卧龙，…": what the question sets aside, as written (see exclusion)
    excluded: list[str] = field(default_factory=list)  # the names it sets aside (卧龙; 已完工的 names none)
    besides: str | None = None  # asked in Chinese, the rest the evidence must name (卧龙以外的其他企业)
    another_person: bool = False  # "除了倪博文，还有谁": what else is asked is a person
    meaning: str | None = None  # "“三区融合”是什么意思": the thing a sentence must say what it is (see ``meaning``)
    event: tuple[str, str] | None = None  # "为什么要停掉风机产业大脑": (停掉, as asked), what must be said to happen
    described_by: str | None = None  # 查封 of "被查封的那家酒吧叫什么": the name must be given where it is said
    derived: str | None = None  # "利润率是多少": a share, difference or average, which must be stated (DERIVED_ASKED)
    # (a yes-or-no question asks it: see ``predicate``)

    @property
    def listed_kind(self) -> str:
        """What a list answering the question lists: the focus with the noun the question compounds it with
        (社区试点 of 未来社区试点: a list of 省级试点 names none of them), not with a count (三大 of 三大平台)."""
        if self.modifier and not COUNT.match(self.modifier):
            return f"{self.modifier}{self.focus}"
        return self.focus or ""

    @property
    def item_head(self) -> str:
        """The word each item of a list of the focus ends in where the focus is one compound name (工程 of
        一号工程: “一号发展工程”、“一号改革工程”); none for a focus compounded in the question (大楼项目)."""
        compound = self.focus and len(self.focus) > 2 and not self.focus.isascii() and not self.modifier
        return re.escape(self.focus[-2:]) if compound else ""

    @property
    def written(self) -> str:
        """The question's terms and names in one string: a word found in it is one the question uses."""
        return " ".join([*self.terms, *self.names])

    @property
    def in_english(self) -> bool:
        """Whether the key terms are all Latin-script: what is missing is named in English."""
        return bool(self.terms) and all(term.isascii() for term in self.terms)


def unreachable_name(term: str, lexical: LexicalIndex) -> bool:
    """Whether a Latin-script name can be neither found nor missed in this corpus: no English word
    (Xenophon, Kawann), not written in it, and no name the documents pair with a Chinese one. A
    Chinese paragraph spells it its own way (色诺芬): it counts where its sound is heard there
    (``bilingual.transliterated_in``), and is not missed where it is not."""
    return (term.isascii() and not bilingual.is_english_word(term) and not lexical.knows(term)
            and bilingual.stem(term) not in lexical.english)


def _roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def numbered_names(question: str) -> list[tuple[str, int]]:
    """The names with a number a Latin-script question asks about, with the number (see NUMBERED_NAME)."""
    names = []
    for match in NUMBERED_NAME.finditer(question):
        word, number = match.groups()
        if word not in MONTHS:
            names.append((match.group(0), int(number) if number.isdigit() else _roman(number)))
    return names


def names_the_page(question: str, lexical: LexicalIndex) -> bool:
    """Whether the question names the document itself (配图, 标题, "caption")."""
    return any(word in PAGE_NOUNS for word in lexical.tokenizer.words(question))


def _count_asked(word: str) -> str | None:
    """The measure word of a count question written as one word by jieba (几层, 几家, 多少人), if it is one;
    几个人 counts people."""
    for lead in COUNT_WORDS:
        measure = word[len(lead):]
        if word.startswith(lead) and (measure in MEASURE_WORDS or measure == "个人"):
            return measure.removeprefix("个") if measure == "个人" else measure
    return None


def _is_question_word(words: list[tuple[str, str]], index: int) -> bool:
    word = words[index][0]
    if word in QUESTION_WORDS or word in TIME_QUESTIONS or _count_asked(word):
        return True
    following = words[index + 1][0] if index + 1 < len(words) else ""
    return word == "多" and following in QUANTITY_MODIFIERS  # 多 大 → 多大


def _is_adverb(word: str) -> bool:
    """An English -ly adverb of a word the dictionary knows (directly, easily), not family or supply."""
    if not word.endswith("ly") or word.endswith("mbly"):  # assembly
        return False
    base = (word[:-3] + "y" if word.endswith("ily") else word[:-1] + "e" if word.endswith("bly")
            else word[:-2] if len(word) > 5 else "")
    return bool(base) and bilingual.is_english_word(base)


def _is_term(word: str, tag: str) -> bool:
    if word.isascii() and (word in ENGLISH_VERBS or word in ENGLISH_PRONOUNS or word in ENGLISH_ADVERBS
                           or word in HONORIFIC_TITLES
                           or word in ENGLISH_CONTRACTIONS or PARTICIPLE.fullmatch(word) or _is_adverb(word)):
        return False
    if len(word) > 2 and word[0] == "被":  # a passive verb jieba tags as a noun (被称作)
        return False
    if CHARACTER_COUNT.fullmatch(word):  # the answer's length (四字口诀), like its shape
        return False
    if DEMONSTRATIVE.fullmatch(word):  # "那箱「苹果」", "那场游行": pointing at a noun, not naming one
        return False
    return (len(word) > 1 and tag.startswith(NOUN_TAGS) and not word.isdigit() and word not in STOPWORDS
            and word not in QUESTION_WORDS and word not in UNCHECKED_TIMES and word not in FRAME_NOUNS
            and word.removeprefix("新") not in FRAME_NOUNS and not (word.isascii() and word[:-1] in PAGE_NOUNS))


def _cut_across(word: str, tag: str, lexical: LexicalIndex) -> bool:
    """Whether two characters are a word only by jieba's guess across a word boundary (雪积 of 雪积了多深,
    炸后 of 被炸后): neither jieba nor CC-CEDICT (营收) nor the corpus has it, it is not tagged as a name,
    and one of its characters is a verb or function word on its own (积, 后; unlike 御药)."""
    return (len(word) == 2 and is_cjk(word[0]) and not lexical.tokenizer.known(word)
            and not bilingual.in_dictionary(word) and not lexical.knows(word) and not tag.startswith(NAME_TAGS)
            and any(dictionary_tag(character).startswith(("v", *FUNCTION_TAGS)) for character in word))


def _unknown_names(words: list[tuple[str, str]]) -> list[str]:
    """Names jieba does not know, cut into single characters (see FUNCTION_TAGS); jieba must tag
    one of the characters as part of a name (英 in 聚/英), so a verb and its object (找/人) is none.
    A rare character is a name too, with the characters before it (短䲟, “䶮”字)."""
    names, run = [], []
    for word, tag in [*words, ("", "x")]:
        if (len(word) == 1 and is_cjk(word) and word not in STOPWORDS and word not in QUESTION_WORDS
                and (not tag.startswith(FUNCTION_TAGS) or is_rare_character(word))):
            run.append((word, tag))
            continue
        if len(run) > 2 and run[0][1].startswith("v") and not is_rare_character(run[0][0]) and _names_a_name(run[1:]):
            run = run[1:]  # the verb before the name (做/甑/糕, 叫/璆/琳) is no part of it
        if not any(t.startswith(NAME_TAGS) for _, t in run):  # a rare character ends the name (䶮 of 䶮字)
            run = run[:max((i + 1 for i, (w, _) in enumerate(run) if is_rare_character(w)), default=0)]
        if run and (len(run) > 1 or is_rare_character(run[0][0])):
            names.append("".join(w for w, _ in run))
        run = []
    return names


def _measure_apart(words: tuple[tuple[str, str], ...], lexical: LexicalIndex) -> tuple[tuple[str, str], ...]:
    """jieba's join of a count's measure word with what follows, where the rest alone reads as a longer
    word (多少 家规/上/企业 → 多少家 规上/企业; 多少 套房 stays: the rest, 房, is no longer)."""
    for i in range(1, len(words)):
        word = words[i][0]
        if words[i - 1][0] in COUNT_WORDS and len(word) > 1 and word[0] in MEASURE_WORDS and word not in UNIT_WORDS:
            rest = lexical.tokenizer.tagged_words("".join(w for w, _ in words[i:])[1:])
            if rest and len(rest[0][0]) > len(word) - 1:
                return (*words[:i - 1], (words[i - 1][0] + word[0], "m"), *rest)  # as jieba writes 几家
    return words


_POINTED_COUNT = re.compile(rf"(.+?)([那这])({NUMBER_OF}[{COUNTED_IN}]?)")


def _pointer_apart(words: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """jieba's join of an unknown name with the 那 and count after it (阳逻那三大/nz 园区 → 阳逻 那 三大):
    the name alone is what the articles write."""
    apart: list[tuple[str, str]] = []
    for word, tag in words:
        pointed = _POINTED_COUNT.fullmatch(word) if tag.startswith("n") else None
        apart += [(pointed.group(1), tag), (pointed.group(2), "r"), (pointed.group(3), "m")] if pointed else [
            (word, tag)]
    return tuple(apart)


def _places_before_areas(words: tuple[tuple[str, str], ...], lexical: LexicalIndex) -> tuple[tuple[str, str], ...]:
    """A place jieba does not know, written before a word for a subdistrict, town or township, as a
    place name: 百官/n 街道 and 崧/厦 街道 name 百官 and 崧厦, as 东关/ns 街道 names 东关. Before 社区 or 小区,
    which end common nouns too (未来社区), only a noun the articles never use (鸿运社区)."""
    placed = list(words)
    for at in range(len(words) - 1, 0, -1):
        if words[at][0] not in TOWN_WORDS and (words[at][0] not in COMMUNITY_WORDS or lexical.knows(words[at - 1][0])):
            continue
        word, tag = placed[at - 1]
        if len(word) > 1 and all(map(is_cjk, word)) and tag.startswith("n") and word not in QUESTION_WORDS:
            placed[at - 1] = (word, "ns")
        elif at > 1 and all(len(w) == 1 and is_cjk(w) and w not in STOPWORDS and w not in QUESTION_WORDS
                            and (t.endswith("g") or not t.startswith(NOT_IN_PLACE_TAGS)) for w, t in placed[at - 2:at]):
            placed[at - 2:at] = [(placed[at - 2][0] + placed[at - 1][0], "ns")]
    return tuple(placed)


def name_after_place(words: Sequence[tuple[str, str]], at: int) -> int | None:
    """Where the name is that a place at ``at`` is written in front of, over words for an area and 的
    (上虞 区 曹娥 街道, 绍兴 上虞 的 曹娥: 曹娥), or None (上虞 区委: no name follows). Written straight
    after it, the name must be a place too (绍兴 上虞; 上虞 曹娥 街道): 滨江 新天地 is one name."""
    word, tag = words[at]
    following = [i for i in range(at + 1, min(at + 5, len(words))) if words[i][0].strip()]
    if not (tag.startswith("ns") or following[:1] and words[following[0]][0] in AREA_WORDS):
        return None
    start = following[:1]
    while following and words[following[0]][0] in AREA_WORDS:
        following = following[1:]
    if following[:1] and words[following[0]][0] == "的":
        following = following[1:]
    if not following or (name := words[following[0]])[0] == word or not name[1].startswith(NAME_TAGS) \
            or len(name[0]) < 2:
        return None
    after = words[following[0] + 1][0] if following[0] + 1 < len(words) else ""
    if following[:1] == start and not (name[1].startswith("ns") or after in AREA_WORDS):
        return None
    return following[0]


def _locates_next(words: list[tuple[str, str]], name: str, lexical: LexicalIndex) -> bool:
    """Whether the question writes the name as a place in front of another place or a name the articles
    use (浙江 绍兴 上虞 区 曹娥 街道; 上虞 区 百官 街道), not of a common word jieba takes for a name (上虞 区
    楼宇/nr 经济) nor of its guess across words (武汉市 民中/nt). A province written straight before a
    company's name the articles use is its registered prefix (浙江 龙盛 of 龙盛总部)."""
    for at, (word, _) in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ("", "x")
        if word == name and bilingual.area_of(word) == "省" and following[1].startswith(NAME_TAGS) \
                and len(following[0]) > 1 and lexical.knows(following[0]):
            return True
        if word != name or (place := name_after_place(words, at)) is None:
            continue
        placed, after = words[place][0], words[place + 1][0] if place + 1 < len(words) else ""
        if bilingual.is_proper_name(placed) and (
                lexical.knows(placed) or placed[-1] in AREA_WORDS or after in AREA_WORDS):
            return True
    return False


def _names_retagged(words: tuple[tuple[str, str], ...], lexical: LexicalIndex) -> tuple[tuple[str, str], ...]:
    """Names jieba tags otherwise: a person called by surname with 小 or 老 (小倪, as 倪博文), and a word of the
    articles no dictionary lists that jieba guesses is an adjective from the question's few characters
    (晶盛 of 晶盛的利润): such a word is most often a name (晶盛, 龙盛, 世邦), seldom an adjective. A question
    phrase jieba's dictionary holds as a name (哪些项目/nz) is the question word and its noun, and a company's
    legal form (控股集团/nz) is no name."""
    retagged: list[tuple[str, str]] = []
    for word, tag in words:
        named = tag.startswith(NAME_TAGS)
        asking = max((w for w in CHINESE_QUESTION_WORDS if named and word.startswith(w)), key=len, default="")
        if bilingual.familiar_surname(word):
            retagged.append((word, "nr"))
        elif tag.startswith("a") and len(word) > 1 and lexical.knows(word) and not lexical.tokenizer.known(word) \
                and not bilingual.in_dictionary(word):
            retagged.append((word, "nz"))
        elif asking and word != asking:
            retagged += [(asking, "r"), (word[len(asking):], "n")]
        elif named and is_legal_form(word):  # 卧龙/ns 控股集团/nz: its form, not a name
            retagged.append((word, "n"))
        else:
            retagged.append((word, tag))
    return tuple(retagged)


def _in_the_work(words: tuple[tuple[str, str], ...], lexical: LexicalIndex) -> tuple[tuple[str, str], ...]:
    """jieba's guess at a name after a work's title takes the "in" before it (《百年孤独》中布恩迪亚 →
    中布恩迪亚): a guessed word there starting with 中, 里 or 内 is cut after it."""
    cut: list[tuple[str, str]] = []
    for word, tag in words:
        if cut and cut[-1][0] == "》" and len(word) > 2 and word[0] in IN_A_WORK and not lexical.tokenizer.known(word):
            cut += [(word[0], "f"), (word[1:], tag)]
        else:
            cut.append((word, tag))
    return tuple(cut)


def _names_a_name(run: list[tuple[str, str]]) -> bool:
    """Whether single characters make a name: one of them is tagged as part of a name, or is rare."""
    return any(tag.startswith(NAME_TAGS) or is_rare_character(word) for word, tag in run)


def _is_time_question(words: list[tuple[str, str]], index: int) -> bool:
    following = words[index + 1][0] if index + 1 < len(words) else ""
    return words[index][0] in TIME_QUESTIONS or words[index][0] == "什么" and following in ("时候", "时间")


def _focus(words: list[tuple[str, str]], checkable: list[bool], possessors: frozenset[str] = frozenset()) -> str | None:
    """Chinese: the first noun just after the question word, else the last before it.
    English: the head (last word) of the first run of nouns after the question word, which goes
    on past an owner's "'s" (``possessors``: China's total population), a hyphened word
    ("ride-hailing drivers") and a participle before another noun ("strategic emerging industries").
    With no question word, the last noun (曹娥街道人口), or in English the head of the first run where
    a preposition follows it ("population of caoe subdistrict")."""
    asked = next((i for i in range(len(words)) if _is_question_word(words, i)), None)
    if asked is None:
        terms = [w for (w, _), ok in zip(words, checkable) if ok]
        head, after = _english_head(words, checkable, possessors) if words and words[0][0].isascii() else (None, "")
        # "population of caoe subdistrict", "rent for talent apartments": English names what it asks first
        return head if after in HEAD_POSTMODIFIERS else terms[-1] if terms else None
    if words[asked][0].isascii():
        return _english_head(words[asked + 1:], checkable[asked + 1:], possessors)[0]
    time_question = _is_time_question(words, asked)
    if time_question:
        asked += words[asked][0] == "什么"  # 什么 时候
    window = range(asked + 1, min(len(words), asked + 1 + WINDOW_AFTER))
    if time_question:
        events = [i for i in window if (words[i][1].startswith(("v", "j")) or words[i][0] in DYING)
                  and len(words[i][0]) > 1 and words[i][0] not in STOPWORDS]
        if events:
            return words[events[-1]][0]
    after = [i for i in window if checkable[i] and words[i][0] not in UNIT_WORDS]
    before = [i for i in range(asked) if checkable[i]]
    if not after and words[asked][0] == "多":  # "占地有多大": the verb before says what is measured
        measured = next((i for i in range(asked - 1, -1, -1) if words[i][0] not in MEASURE_LEADS), None)
        if measured is not None and words[measured][1] == "v" and len(words[measured][0]) > 1 \
                and words[measured][0] not in STOPWORDS:
            return words[measured][0]
    if not after:
        return words[before[-1]][0] if before else None
    head = after[0]
    if head == asked + 1:  # a compound the question word asks about is headed by its last noun (哪些 政府 补贴),
        # not by the verbs that follow it (哪家 企业 投资 建设)
        while head + 1 < len(words) and checkable[head + 1] and not words[head + 1][1].startswith("v"):
            head += 1
    return words[head][0]


def _english_head(words: list[tuple[str, str]], checkable: list[bool],
                  possessors: frozenset[str]) -> tuple[str | None, str]:
    """The head (last word) of the first run of nouns in English words, and the word that ends the run."""
    run: list[str] = []
    hyphen = False
    rest = list(zip(words, checkable))
    for i, ((word, _), ok) in enumerate(rest):
        joined, hyphen = hyphen, bool(run) and word == "-"
        participle = bool(run) and PARTICIPLE.fullmatch(word) is not None and i + 1 < len(rest) and rest[i + 1][1]
        owned = bool(run) and run[-1] in possessors and not ok  # "Caoe's fixed-asset investment"
        if ok and word not in ENGLISH_PREPOSITIONS:
            run.append(word)
        elif hyphen or joined or participle or owned or word in ENGLISH_MODIFIERS and not run:
            continue  # "the total area", "China's total population", "office-building projects": it goes on
        elif run or word in FRAME_NOUNS:
            return (run[-1] if run else None), word.lower()  # the noun phrase ended, or a kind is asked ("what model")
    return (run[-1] if run else None), ""


def _predicate(words: list[tuple[str, str]], checkable: list[bool], lexical: LexicalIndex) -> str | None:
    """The verb or set phrase a yes-or-no question asks holds of its last noun (see YES_NO_ASKED): one
    of two characters or more after that noun, and after 是 or the words that ask (扒手是女的吗 asks no
    verb), that says something of its own; not jieba's guess across a word boundary, nor a locative
    it joined to the verb after a noun (榜 上排), nor one after 有 (有帮助吗 asks a judgement)."""
    for i in range(len(words) - 1, -1, -1):
        word, tag = words[i]
        if (checkable[i] and word not in UNIT_WORDS or word == "是" or WHETHER.fullmatch(word)
                or word[0] in "不没" and word != "没有"):  # 感/不感兴趣: the second half of the words that ask
            return None
        if (tag.startswith(("v", "i", "l")) and len(word) > 1 and not word.isascii() and word not in STOPWORDS
                and word not in LIGHT_VERBS and word not in QUESTION_WORDS and not YES_NO_ASKED.search(word)
                and not _cut_across(word, tag, lexical)
                and not (word[0] in LOCATIVES and i and words[i - 1][1].startswith("n"))):
            return None if i and words[i - 1][0] == "有" else word  # 有帮助, 有影响: a judgement, not an event
    return None


def _setback(words: list[tuple[str, str]], lexical: LexicalIndex) -> tuple[str, str] | None:
    """The setback a question takes for granted (see SETBACK), with the words it governs: 停掉风机产业大脑 of
    "为什么要停掉风机产业大脑", 下降 of "增加值同比下降了多少", 搬入 of "…会有边间公司将总部搬入去". A reason, an
    amount or a name given for something that did not happen is no answer."""
    for at, (word, tag) in enumerate(words):
        if tag.startswith("v") and SETBACK.match(word) and not _cut_across(word, tag, lexical):
            after = words[at + 1:]
            if after and after[0][0] in DIRECTIONS:  # jieba's 迁/到: the direction is the verb's
                word, after = word + after[0][0], after[1:]
            phrase = word + "".join(w for w, _ in takewhile(lambda pair: pair[1].startswith(GOVERNED_TAGS), after))
            return word, phrase if len(phrase) <= MAX_PHRASE_CHARS else word
    return None


def _kind_asked(words: list[tuple[str, str]], focus: str | None) -> tuple[frozenset[str], bool]:
    """The characters a thing of the kind asked ends in, and whether a name instantiates it, when the
    focus follows "哪种", "什么", "which" or "how many" within a few words and no verb between (see
    KIND_ASKED, NAMED_KINDS). An English focus is a kind wherever it is asked: the dictionary has
    words for it, not for the compounds Chinese writes a thing of it with ("palace": 文化科学宫)."""
    at = next((i for i, (word, _) in enumerate(words) if word == focus), None)
    if at is None or not words[at][1].startswith(("n", "eng")):
        return frozenset(), False
    for i in range(max(0, at - WINDOW_AFTER), at):
        word, between = words[i][0], words[i + 1:at]
        if KIND_ASKED.fullmatch(word) and not any(
                t.startswith("v") or w in ENGLISH_VERBS or w in ENGLISH_AUXILIARIES for w, t in between):
            if focus.isascii():
                return bilingual.kind_characters(focus), bilingual.stem(focus) in NAMED_KINDS
            ends = focus[-1] + (focus[0] if len(focus) == 2 and (
                focus[-1] in KIND_SUFFIXES or bilingual.means_alone(focus[0], focus)) else "")
            return frozenset(ends), focus in NAMED_KINDS or word == "哪位"
    return (bilingual.kind_characters(focus), False) if focus.isascii() else (frozenset(), False)


def _is_name(word: str, tag: str, capitalised: set[str]) -> bool:
    """A proper name: tagged as one by jieba, or written with a capital in a Latin-script question."""
    return tag.startswith(NAME_TAGS) or word in capitalised and word.isalpha()


def _long_titles(words: list[tuple[str, str]]) -> tuple[list[bool], list[str]]:
    """Works' titles of several words (《美丽乡村快乐行—走进灌云》), and per word whether it is a piece
    of one: the title names the work, its words (美丽) name nothing of their own. A title is a name the
    evidence must hold, not a subject each answering sentence names: it is 节目 or 该书 there."""
    pieces, titles, span, inside = [False] * len(words), [], [], False
    for at, (word, _tag) in enumerate(words):
        if word in "《》":
            if inside and len(span) > 1:
                titles.append("".join(words[i][0] for i in span))
                for i in span:
                    pieces[i] = True
            inside, span = word == "《", []
        elif inside:
            span.append(at)
    return pieces, titles


def _asked_of(question: str, words: list[tuple[str, str]], subjects: list[str], end: str | None) -> str | None:
    """The question's words from its first subject to what it asks of it ("晶盛联合创新园项目的总投资"),
    without quotation marks, or a short form of them when they run long, across other punctuation or
    past the question word; in English, what is asked of the subject's name as written ("age of Qimei Duoji")."""
    if not subjects or not end:
        return None
    if end.isascii():
        return f"{end} of {_name_as_written(question, subjects)}"
    text = "".join(word for word, _ in words)
    start = text.find(subjects[0])
    stop = text.find(end, start)
    span = QUOTES.sub("", text[start:stop + len(end)]) if 0 <= start <= stop else ""
    phrase = 0 < len(span) <= MAX_PHRASE_CHARS and re.fullmatch(r"\w+", span) and not ASKING.search(span[:-len(end)])
    return span if phrase else f"{subjects[0]}的{end}"


def _name_as_written(question: str, subjects: list[str]) -> str:
    """The run of subject words around the first subject, as an English question writes them (Qimei Duoji)."""
    words = list(re.finditer(r"[^\W_]+", question))
    subject = [word.group().lower() in subjects for word in words]
    at = next((i for i, word in enumerate(words) if word.group().lower() == subjects[0]), None)
    if at is None:
        return subjects[0]
    start, stop = at, at + 1
    while start > 0 and subject[start - 1] and question[words[start - 1].end():words[start].start()] == " ":
        start -= 1
    while stop < len(words) and subject[stop] and question[words[stop - 1].end():words[stop].start()] == " ":
        stop += 1
    return " ".join(word.group() for word in words[start:stop])


def key_terms(question: str, lexical: LexicalIndex) -> KeyTerms:
    """The question's nouns worth checking, its focus, names and times, and the unit a count is asked in;
    of what it sets aside (除了卧龙，…), only which terms those are (see ``exclusion``)."""
    aside = exclusion.set_aside(question)
    if aside is None:
        return _terms_of(question, lexical)
    rest, excluded = aside
    terms, names = key_terms(rest, lexical), _names_set_aside(excluded, lexical)
    if not names:  # 除了已经完工的: anything else answers
        return terms
    person = OTHER_PERSON_ASKED.search(to_simplified(rest)) is not None
    other = "人" if person else terms.focus or "内容"
    # English reaches the names through loose dictionary senses, so what else it names is not checked; nor
    # where an amount is asked (除了卧龙产业园总投资60亿，晶盛产业园总投资是多少): it is of what the rest names
    checked = not terms.in_english and not (terms.counted or terms.asks_number) and is_cjk(excluded[0])
    return replace(terms, set_aside=to_simplified(excluded).lower(), excluded=[*names, *terms.excluded],
                   besides=f"{excluded}以外的其他{other}" if checked else terms.besides, another_person=person)


def _names_set_aside(excluded: str, lexical: LexicalIndex) -> list[str]:
    """The names in what a question sets aside (卧龙; Jingsheng, an English word no English text uses), a
    person's whole: jieba cuts 倪博文 into 倪/nr 博文/nr, and 博文 alone is a community's name."""
    terms = _terms_of(excluded, lexical)
    people = ["".join(word for word, _ in run) for person, run in groupby(
        lexical.tokenizer.tagged_words(to_simplified(excluded)), key=lambda pair: pair[1].startswith("nr")) if person]
    names = [*terms.names, *terms.subjects,
             *(term for term in terms.terms if term.isascii() and not bilingual.is_english_word(term))]
    return [*dict.fromkeys(next((person for person in people if name in person), name) for name in names)]


def _terms_of(question: str, lexical: LexicalIndex) -> KeyTerms:
    """``key_terms`` of a question that sets nothing aside."""
    simplified = WHO_FIRST.sub(r"\1是谁\2", to_simplified(question))
    compared = {match.group(0) for match in BASELINE.finditer(simplified)}  # see Evidence.compares
    tagged = _places_before_areas(_measure_apart(_in_the_work(_names_retagged(_pointer_apart(
        lexical.tokenizer.tagged_words(courtesy_names_set_apart(simplified))), lexical), lexical), lexical), lexical)
    words = [(w, tag) for i, (w, tag) in enumerate(tagged) if w.strip() and w not in compared
             and not (w in ENGLISH_PREFIXES and tagged[i + 1:i + 2] == (("-", "x"),))
             and not (w.lower() == "no" and tagged[i + 1:i + 2] and tagged[i + 1][0].startswith("."))]  # No. 1
    checkable = [_is_term(word, tag) and not _cut_across(word, tag, lexical) for word, tag in words]
    terms = list(dict.fromkeys(w for (w, _), ok in zip(words, checkable) if ok))
    capitalised = {lexical.tokenizer.normalise(w) for w in CAPITALISED.findall(question.lstrip()[1:])}
    # the first word is capitalised as any is, but one no English text uses is a name ("Jingsheng 2022 revenue?")
    if (first := CAPITALISED.match(question.lstrip())) and not bilingual.is_english_word(first.group(0)):
        capitalised.add(lexical.tokenizer.normalise(first.group(0)))
    # a place's pinyin before a word for its kind is a name, typed in lower case too (baiguan town)
    capitalised |= {name for w in PLACE_BEFORE.findall(question)
                    if bilingual.is_pinyin_name(name := lexical.tokenizer.normalise(w))}
    unknown = _unknown_names(words)
    terms += unknown + [c for c in QUOTED_CHARACTER.findall(simplified) if c not in terms + unknown]
    pieces, titles = _long_titles(words)
    proper = [w for (w, tag), ok, piece in zip(words, checkable, pieces)
              if ok and not piece and _is_name(w, tag, capitalised)] + unknown
    names = [w for (w, tag), ok, piece in zip(words, checkable, pieces)
             if ok and tag.startswith(NAME_TAGS) and not piece or tag == "t" and len(w) > 1
             and w not in UNCHECKED_TIMES and w not in TIME_NOUNS and not RELATIVE_YEARS.fullmatch(w)
             ] + unknown + titles  # times: periods; 日期 of 开幕日期 asks a time, it names none
    pairs = [w + following for (w, _), (following, _) in zip(words, words[1:])]
    counted = next((phrase for phrase in pairs + [w for w, _ in words] if _count_asked(phrase)), None)
    # a count whose measure word jieba joined to the noun after it (多少 套房: counted in 套; 多少人民币
    # asks a sum in a unit), unless the noun is a common word in itself (多少项目 counts projects, in 个)
    counted = counted or next((w + following[0] for (w, _), (following, tag) in zip(words, words[1:])
                               if w in COUNT_WORDS and len(following) > 1 and following[0] in MEASURE_WORDS
                               and tag.startswith("n") and following not in UNIT_WORDS
                               and lexical.tokenizer.usage(following) < COMMON_WORD), None)
    if counted and re.search(rf"哪\s*{re.escape(counted)}|分别(?:是|为|叫)", simplified) and not re.search(
            rf"(?:\d+|[一二两三四五六七八九十]+)\s*{re.escape(_count_asked(counted) or counted)}", simplified):
        counted = None  # 哪几位科学家, 几个定位分别是什么: which they are, not how many (unless it gives the count:
        # 那10家…分别是哪几家)
    age = AGE.search(question)
    counted, measure = (age.group(0), "岁") if age else (counted, counted and _count_asked(counted))
    if not counted and (money := ENGLISH_MONEY.search(question)):
        counted, measure = money.group(0).lower(), "钱"
    in_unit = None if counted or not QUANTITY_ASKED.search(question) else next(
        ((match.group(0).lower(), chinese) for pattern, chinese in ENGLISH_UNITS
         if (match := pattern.search(question))), None)
    if in_unit:
        counted, measure = in_unit
    if (span := DURATION_ASKED.search(simplified)) and (not counted or measure == "个"):  # 几个月: not in 个
        counted, measure = span.group(0).lower(), LONG if span.group(0).isascii() else DURATION
    if not counted and (dimension := DIMENSION_ASKED.search(simplified)):
        asked = next(filter(None, dimension.groups()))  # 多高 of a building, or 有多重: a weight, in 吨, 公斤…
        counted, measure = DIMENSIONS[asked], asked
    elif not counted and (dimension := ENGLISH_DIMENSION_ASKED.search(question)):
        counted, measure = ENGLISH_DIMENSIONS[next(filter(None, dimension.groups())).lower()]
    people = None if counted else ENGLISH_PEOPLE.search(question)
    if people:
        counted, measure = f"number of {people.group(1).lower()}", "人"
    # jieba may cut the question word itself (哪天开的 → 哪/天开)
    asks_time = (any(_is_time_question(words, i) for i in range(len(words)))
                 or any(asked in simplified for asked in TIME_QUESTIONS)
                 or ENGLISH_TIME_ASKED.match(question) is not None)
    focus = _focus(words, checkable, frozenset(map(lexical.tokenizer.normalise, POSSESSOR.findall(question))))
    yes_no = YES_NO_ASKED.search(simplified) is not None and not any(
        _is_question_word(words, i) and not YES_NO_ASKED.fullmatch(words[i][0]) for i in range(len(words)))
    predicate = _predicate(words, checkable, lexical) if yes_no else None
    timed = None if counted or yes_no else _timed_event(words, question)
    if timed and (asks_time or all(_asks_the_time_noun(words, i, question, timed)
                                   for i in range(len(words)) if _is_question_word(words, i))):
        asks_time, focus = True, timed  # 竣工时间是什么时候, 签约日期是几号, "What is the completion date?"
    if people and focus == people.group(1).lower():
        focus = None  # the people are given by the count
    if styled := courtesy_names_asked(simplified):  # 刘铭传字什么: a courtesy name, no word of the question
        focus, terms = styled[0], [*terms, *styled]
    if not counted and focus and focus.endswith("数") and (measure := _count_asked(f"多少{focus[:-1]}")):
        # 转移人数: the number of people is asked, counted in 人, as 多少人 is (no word to find)
        counted, focus, terms = focus, None, [term for term in terms if term != focus]
    # "可以给我他的电话吗": the number is asked, however the question puts it, unless it says it is the same
    # as another (电话和微信同号, 是同一个号吗)
    contact = next((term for term in terms if term in CONTACT_TERMS), None) if not SAME_NUMBER.search(
        simplified) else None
    if contact:
        focus = contact
    listing = LIST_ASKED.search(simplified)
    if listing and focus and len(focus) > 2 and focus.endswith(("名单", "名录", "清单")):
        focus = focus[:-2]  # jieba's 企业名单: the companies are what it lists
    # A name asked about is a subject, unless it is what is asked for; asked a count or sum
    # ("晶盛联合创新园投了多少钱"), it is the subject of that count.
    # A place written in front of another name only says where that is (绍兴上虞的曹娥街道: 曹娥街道); the
    # articles need not repeat it where they name it somewhere.
    locators = {w for w in proper if _locates_next(words, w, lexical)}
    subjects = [w for w in dict.fromkeys(proper) if (w != focus or counted) and w not in locators]
    names = [w for w in names if w not in locators or not lexical.knows(w)]
    asks_number = contact is not None or (any(w in COUNT_WORDS or w in ("much", "many") for w, _ in words)
                                          or NUMBER_ASKED.search(question) is not None) and counted is None
    # a count the question gives itself ("那10家上市公司…哪几家") asks which ones, not how many
    enumerates = bool(focus and listing) or bool(counted and focus) and re.search(
        rf"(?<!哪)(?:\d+|[一二两三四五六七八九十]+)\s*{re.escape(measure)}\s*{re.escape(focus)}",
        simplified) is not None
    which_ones = bool(focus) and (WHICH_ONES.search(simplified) is not None or listing is not None or (
        focus.isascii() and ENGLISH_PLURAL_ASKED.search(question) is not None))
    if focus and not focus.isascii() and (which_ones or NAMES_ASKED.search(simplified)) and re.search(
            COUNT_GIVEN + re.escape(focus), simplified):
        enumerates = which_ones = True  # 浙江首批24个未来社区试点都有哪些, 两个未来社区叫什么名字: each named
    listed = _english_listed(question, focus, lexical)
    if listing and not listed and (count := LISTED_COUNT.search(simplified)):
        listed = count.group(1)  # "30家标杆企业名单": a list naming 30 of them
    thing = meaning_asked(simplified, lexical)
    asks_origin = ORIGIN_ASKED.search(simplified) is not None  # 哪里人: the place asked is where one is from
    area = None if asks_origin else next((match.group(1) for match in AREA_ASKED.finditer(simplified)), None)
    located = None if asks_origin or area else _located(simplified, lexical)
    asks_place = located is not None or not (asks_origin or area) and PLACE_ASKED.search(simplified) is not None
    if thing:  # 曹娥街道是个什么地方: what the place is, not where
        located, asks_place = None, False
    if thing and focus and focus not in thing.lower():  # 德济苑是个啥项目: the kind asked is no term to find
        terms, focus = [term for term in terms if term != focus] or [thing], None  # 聚英是个什么东西: 聚英
    modifier = None if focus == timed else _modifier(words, checkable, focus, lexical)
    sought = counted if focus in subjects else f"{modifier or ''}{focus}" if focus else counted  # 规上企业
    name_of = _name_asked(question, words, terms)
    return KeyTerms(terms, focus, list(dict.fromkeys(names)), counted, measure, asks_time, subjects,
                    _asked_of(question, words, subjects, sought), _periods(simplified), modifier, asks_number,
                    _english_events(question, words),
                    [(match.group(0), given) for asked, given in QUALIFIERS
                     if (match := asked.search(simplified))],
                    enumerates or listed is not None, which_ones, name_of, listed,
                    COMPANY_ASKED.search(simplified) is not None, REASON_ASKED.search(simplified) is not None,
                    COMPARED_ASKED.search(simplified) is not None, *_kind_asked(words, focus),
                    asks_origin, asks_place, area, located, predicate,
                    FIGURE_STATED.findall(simplified) if yes_no else [], _procedure(words, simplified),
                    meaning=thing, event=None if yes_no else _setback(words, lexical),
                    described_by=name_of and _described_by(words, name_of),
                    derived=None if asks_time or yes_no else _derived_asked(simplified))


def _procedure(words: list[tuple[str, str]], question: str) -> str | None:
    """What a how-to question asks the way to do (怎么报名, 申请流程是什么): the word of PROCEDURES
    nearest after the words asking a way (METHOD_ASKED; 想参加…活动，怎么报名 asks 报名), else before them."""
    asking = METHOD_ASKED.search(question)
    if asking is None:
        return None
    at, starts = 0, []
    for word, _ in words:
        starts.append(at)
        at += len(word)
    named = [(start, word) for start, (word, _) in zip(starts, words) if word in PROCEDURES]
    after = [word for start, word in named if start >= asking.start()]
    return after[0] if after else named[-1][1] if named else None


def _located(question: str, lexical: LexicalIndex) -> str | None:
    """What the question asks where it stands (see LOCATION_ASKED), as it writes it: the head of its
    subject, after the last 的, without words that point or qualify (那家, 具体); in English, before a
    clause that says which one (the school [the ambassador visited], the building [that caught fire]).
    None when it asks no such thing: a bare 在 after anything but a noun, pronoun or measure word
    (垃圾处理/场) asks where something happened (事故发生在哪里, 被关在哪里, 把小孩藏在哪了)."""
    match = LOCATION_ASKED.search(question)
    if match is None:
        return None
    if match.group("subject") is not None:
        return ENGLISH_CLAUSE_AFTER_HEAD.split(match.group("subject").lower(), maxsplit=1)[0]
    words = lexical.tokenizer.tagged_words(question[:match.start()])
    standing = [tag for _, tag in words if not tag.startswith(("d", "t", "a", "x"))]  # 具体, 现在, 到底
    if match.group(0).startswith("在") and standing and not standing[-1].startswith(("n", "r", "q", "eng")):
        return None
    head = words[max((i + 1 for i, (word, _) in enumerate(words) if word == "的"), default=0):]
    # a measure word only points after a pronoun or number (那/家); jieba also tags 垃圾处理/场 so
    return "".join(word for i, (word, tag) in enumerate(head) if not tag.startswith(LOCATED_FILLER_TAGS)
                   or tag == "q" and not (i and head[i - 1][1].startswith(("r", "m"))))


def _english_listed(question: str, focus: str | None, lexical: LexicalIndex) -> str | None:
    """The count an English question gives of the things it asks to name ("which are the 10 listed
    companies"): the number itself, as the dictionary's many Chinese words for "companies" (公司,
    企业) are only the ones counted where a sentence counts that many. The count may name them by
    another word with the same Chinese ("which companies are the 30 benchmark enterprises")."""
    if not focus or not focus.isascii() or not ENGLISH_WHICH_ONES.search(question):
        return None
    stem = bilingual.stem(focus)
    forms = set(lexical.english.get(stem, []))
    return next((number for number, counted in ENGLISH_COUNTED.findall(question)
                 if any(bilingual.stem(word) == stem or forms & set(lexical.english.get(bilingual.stem(word), []))
                        for word in counted.split())), None)


def _name_asked(question: str, words: list[tuple[str, str]], terms: list[str]) -> str | None:
    """The noun a question asks the name of: an office's holder, asked by name or who (组长叫什么名字,
    书记是谁; 创始人 in 是谁创办的), or any other noun of the question asked by name (朋友叫什么名字;
    "friend" in "What was the name of Zhong's friend who…", the head of the noun phrase before a
    name, preposition or clause: "company" in "the name of the transport company Song ran")."""
    if FOUNDER_ASKED.search("".join(word for word, _ in words)):
        return "创始人"
    for i, (word, tag) in enumerate(words):
        following = "".join(w for w, _ in words[i + 1:i + 4]).lstrip("，,")  # 那个胖男子，叫什么名字
        asked = word in terms or len(word) == 1 and tag.startswith("n")  # 那家店叫什么名字
        if (not word.isascii() and len(word) > 1 and OFFICE.search(word) and HOLDER_ASKED.match(following)
                or asked and NAME_ASKED.match(following)):  # 那家KTV叫啥 too
            return word
    if not (match := ENGLISH_NAME_ASKED.search(question)):
        return None
    head = None
    for word in re.findall(r"[\w'’-]+", match.group(1) or match.group(2)):
        if word[0].isupper() or word.endswith(("'s", "’s")):
            if head:
                break  # the name that follows the noun phrase: "the transport company Song ran"
            continue  # the possessor before it: "Zhong's friend"
        head = word.lower() if word.lower() in terms else head
    return head


def _derived_asked(question: str) -> str | None:
    """The kind of derived figure the question asks (see DERIVED_ASKED), unless it asks which, who, when or
    where (哪家企业被评为亩均效益领跑者 asks a company, 亩均 is part of a title)."""
    if OTHER_THAN_A_FIGURE.search(question):
        return None
    return next((kind for kind, asked in DERIVED_ASKED.items() if asked.search(question)), None)


def _described_by(words: list[tuple[str, str]], noun: str) -> str | None:
    """The last word of the clause before 的 that describes the noun (查封 of 被消防当场查封的那家酒吧, 喷水 of
    被日本喷水的那艘台湾渔船, 菜子油 of 生产不合格菜子油的油脂公司), past a pointer, count or noun compounded
    with it (那艘, 台湾, 油脂); none where no clause describes it (那家酒吧, 钟某的朋友)."""
    at = next((i for i, (word, _) in enumerate(words) if word == noun), None)
    if at is None:
        return None
    of = next((i for i in range(at - 1, max(-1, at - 1 - MAX_BEFORE_NOUN), -1)
               if words[i][0] == "的" or not words[i][1].startswith(("r", "m", "q", "n"))), None)
    if of is None or of < 1 or words[of][0] != "的":
        return None
    word, tag = words[of - 1]
    # a person, place or organisation before 的 owns the noun (钟某的朋友), jieba's other proper nouns
    # are as often verbs it does not know (骗补的那五家企业)
    return word if len(word) > 1 and not tag.startswith(("nr", "ns", "nt", "r")) and word not in STOPWORDS else None


def _timed_event(words: list[tuple[str, str]], question: str) -> str | None:
    """The event a time noun asks the time of: 竣工 of 竣工时间 or 签约日期, "completion" of "completion
    date" or "date of completion" (see ENGLISH_TIMED_EVENT). A Chinese date is also asked of a common noun
    (事故日期), a time only of a verb (工作时间 is hours, not a time); 的 and a word saying how exact
    may stand between (回应的具体日期)."""
    if english := ENGLISH_TIMED_EVENT.search(question):
        return next(filter(None, english.groups())).lower()
    for at, (noun, _) in enumerate(words):
        if noun not in TIME_NOUNS:
            continue
        before = [(word, tag) for word, tag in words[:at] if word.strip()]
        while before and (before[-1][0] == "的" or before[-1][1] == "a"):
            before.pop()
        event, tag = before[-1] if before else ("", "")
        if (tag.startswith("v") or noun != "时间" and tag.startswith("n") and not tag.startswith(NAME_TAGS)) \
                and len(event) > 1 and event not in STOPWORDS:
            return event
    return None


def _asks_the_time_noun(words: list[tuple[str, str]], at: int, question: str, event: str) -> bool:
    """Whether the question word at ``at`` asks what the time noun after the event is: a day or month
    (签约日期是几号), 什么 with nothing after it (竣工时间是什么, not 竣工时间有什么变化), "what" or "which"
    opening the question with it ("What is the official opening date of …?")."""
    word = words[at][0].lower()
    if word in ("what", "which"):
        opening = rf"\W*(?:what|which)(?:'s|\s+(?:is|was|are|were|will\s+be))?\s+{DETERMINER}(?:[\w'-]+\s+){{0,2}}"
        return re.match(rf"{opening}{re.escape(event)}\s+{ENGLISH_TIME_NOUN}\b", question, re.I) is not None
    if word in ("什么", "啥"):
        return not any(re.search(r"\w", following) and following not in "呢啊呀" for following, _ in words[at + 1:])
    return word in ("几号", "几月", "几日", "哪")


def _english_events(question: str, words: list[tuple[str, str]]) -> list[str]:
    """The participles of an English time question ("founded" in "In what year was Wolong founded?").
    Base verbs ("when did it win") are left alone: the dictionary's few senses of them in the
    corpus (win → 赢得) miss the article's wording (荣获) too often, and so is a participle that only
    says the event is planned ("expected to hit full production", "scheduled to open")."""
    if not ENGLISH_TIME.search(question):
        return []
    following = [word for word, _ in words[1:]] + [""]
    return [word for (word, _), after in zip(words, following)
            if word.isascii() and word.isalpha() and len(word) > 4 and word.endswith("ed") and after.lower() != "to"]


def _modifier(words: list[tuple[str, str]], checkable: list[bool], focus: str | None,
              lexical: LexicalIndex) -> str | None:
    """The Chinese noun or attribute written right before the focus, forming one term with it
    (辖区 + 面积, 国家级 + 高新技术)."""
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i][0] == focus), None)  # 人才公寓…多少名人才
    if at is None or at == 0 or focus.isascii() or words[at][1].startswith("nr"):  # 主犯仲某: a person, not a kind
        return None
    word, tag = words[at - 1]
    attribute = tag == "b" and len(word) > 1 and word not in FRAME_NOUNS  # jieba's distinguishing words: 大型, not 总共
    if (not (checkable[at - 1] or attribute) or tag.startswith(NAME_TAGS)
            or not (lexical.tokenizer.known(word) or lexical.knows(word))  # jieba's guess, unless the corpus uses it
            or any(asked.fullmatch(word) for asked, _ in QUALIFIERS)):  # a level is checked as such
        return None
    return word


def _periods(question: str) -> list[tuple[str, re.Pattern]]:
    """The periods and years the question names, each as it names it and as a passage would write it."""
    named = [(match.group(0).strip(), given) for asked, given in PERIODS + YEARS_FROM_NOW
             if (match := asked.search(question))]
    return named + [(year + ("年" if f"{year}年" in question else ""), re.compile(rf"{year}|{RELATIVE_YEARS.pattern}"))
                    for year in dict.fromkeys(YEAR.findall(question))]
