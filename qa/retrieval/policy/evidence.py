"""Whether the passages hold what the question asks for (see ``terms``), and say it of what it is asked of.

Cosine similarity cannot tell "曹娥街道的常住人口有多少？" from a question the
article answers: the passage about 曹娥街道 is near either way. What tells
them apart is that the thing asked for (常住人口) is nowhere in the passages.
It is found in the evidence as written (after OpenCC), through a
two-character part of a longer term (总投资额 → 投资), through pinyin
(Hongyan → 鸿雁) or through the CC-CEDICT bridge (tax → 税收).

Finding the focus is not enough when the passage gives it for something else:
the sentence that gives it must be about the names the question asks it of,
and the period, age, number or compound the question asks for must be there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, cached_property
from itertools import takewhile

from qa.ingest import bilingual
from qa.ingest.quotes import spoken
from qa.ingest.sentences import is_cjk, split_sentences
from qa.ingest.words import (
    COURTESY_NAMES,
    HAN,
    SURNAME_TITLES,
    Tokenizer,
    courtesy_names_given,
    dictionary_tag,
    is_common_word,
    pinyin,
    syllables,
    to_simplified,
)
from qa.retrieval.policy.exclusion import listed_with_others
from qa.retrieval.policy.meaning import explains
from qa.retrieval.policy.terms import KeyTerms, name_after_place
from qa.retrieval.policy.vocabulary import (
    ACTION_UNITS,
    ADDRESS,
    ADDRESS_GIVEN,
    ANY_COUNT_UNITS,
    AREA_UNITS,
    AREA_WORDS,
    BIRTH,
    BORN,
    CLAUSE_END,
    CLOCK_TIME,
    CLOCK_UNITS,
    COMPANY,
    COMPARED_GIVEN,
    CONTAINING_ENDINGS,
    COUNT,
    COUNT_GIVEN,
    COUNTED_LIST_BEFORE,
    DATE,
    DATE_RANGE,
    DERIVED_ASKED,
    DERIVED_GIVEN,
    DERIVED_LABELS,
    DIGITS_ONLY_UNITS,
    DIMENSION_UNITS,
    DURATION,
    DURATION_GIVEN,
    DYNASTIES,
    DYNASTY,
    DYNASTY_PHASE,
    ENDS_OF_A_PERIOD,
    FOUNDED,
    FOUNDER,
    JOINED_CHARS,
    LENGTH_GIVEN,
    LENGTH_UNITS,
    LISTED_AFTER,
    LISTED_BEFORE,
    LONG,
    MONEY_UNITS,
    NAME_GIVEN_AS,
    NAME_TAGS,
    NOT_PLACE_LOCATIVES,
    NUMBER,
    OFFICE,
    ORIGIN_GIVEN,
    OTHER_SUBJECT_TAGS,
    PART_OF_YEAR,
    PERSON_BY_SURNAME,
    PERSON_ENDINGS,
    PERSON_UNITS,
    PLACE_ENDINGS,
    PLACE_PREPOSITIONS,
    PLACE_VERB_ENDINGS,
    PROCEDURE_GIVEN,
    QUESTION_CLAUSE,
    QUOTED_SPAN,
    REASON_GIVEN,
    RESULTATIVE,
    SCORE,
    SCORE_GIVEN,
    SCRIPTS,
    SEASON,
    SENTENCE_END,
    SHOP_UNITS,
    SOME_OF,
    SPELLED_NAME_CHARS,
    SURNAME_TAGS,
    VAGUE_PLACES,
    YEAR,
    YEARS_FROM_NOW,
    chinese_number,
)
from qa.store.lexical import LexicalIndex
from qa.store.texts import KIND_LABELS

PLACE_PHRASE_WORDS = 8  # a preposition's object: 在 塘沽 某 小区 一 住户 内
MODIFIER_WORDS = 4  # a phrase before 的 that places what it modifies: 离 长安城 不远 的
MAX_ABBREVIATION_CHARS = 4  # 上海交大; a longer unknown term is a name of its own
ABBREVIATION_GAP = 8  # characters between two of an abbreviation's: the rest of a word and one word skipped


class Evidence:
    """The passages a reply offers, as text and words to look terms up in."""

    def __init__(self, passages, lexical: LexicalIndex) -> None:
        self.lexical = lexical
        # The heading ends a sentence of its own: its words (人才) are not said by the paragraph's first sentence.
        # A quote is said by its speaker where another sentence names them (倪博文：“我的电话和微信同号……”).
        self.parts = [to_simplified(f"{KIND_LABELS.get(p.kind, '')} {p.section + '。' if p.section else ''}"
                                    f"{spoken(p.text, lexical.tokenizer.tagged_words)}").lower() for p in passages]
        self.text = " ".join(self.parts)
        self.part_titles = [to_simplified(p.title or "").lower() for p in passages]
        self.titles = " ".join(dict.fromkeys(self.part_titles))
        self.before = ""  # of one sentence, the sentence before it in its passage

    @cached_property
    def windows(self) -> list[tuple[Evidence, Evidence, Evidence]]:
        """Each sentence, paired with itself and the sentence before it in its passage (该社区… refers
        back), and with its whole passage."""
        windows = []
        for part, title in zip(self.parts, self.part_titles):
            passage = Evidence._of_text(part, self.lexical, title)
            sentences = [s for s in SENTENCE_END.split(part) if s.strip()]
            windows += [(Evidence._of_text(sentence, self.lexical, before=sentences[i - 1] if i else ""),
                         Evidence._of_text("。".join(sentences[max(0, i - 1):i + 1]), self.lexical), passage)
                        for i, sentence in enumerate(sentences)]
        return windows

    @classmethod
    def _of_text(cls, text: str, lexical: LexicalIndex, title: str = "", before: str = "") -> Evidence:
        evidence = cls([], lexical)
        evidence.parts, evidence.text, evidence.titles, evidence.part_titles = [text], text, title, [title]
        evidence.before = before
        return evidence

    @cached_property
    def spelled(self) -> str:
        """The evidence's Chinese characters in pinyin, a | between syllables."""
        return "|".join(syllables("".join(filter(is_cjk, self.text))))

    def spells(self, name: str) -> bool:
        """Whether the name is the pinyin of some of the evidence's characters in a row, syllable for
        syllable (Xingyuanhu: 兴元 湖; Shangyu is not in the shangyun of 上云)."""
        letters = r"\|?".join(map(re.escape, name))
        return re.search(rf"(?:^|\|){letters}(?:\||$)", self.spelled) is not None

    @cached_property
    def words(self) -> set[str]:
        """The evidence's words with the pinyin of its Chinese words (only tokenised when a term needs it)."""
        return set(self.lexical.tokenizer.passage_tokens(self.text))

    def has(self, term: str, bridge: bool = True, pieces: bool = True) -> bool:
        """Whether the term is in the evidence as written, through a part, pinyin or the dictionary
        (without ``bridge``, a Chinese term not through the dictionary, as 投资 → invest → 投入 is a
        loose synonym, and an English one only to words it is the main sense of; without ``pieces``,
        not through a two-character piece of it)."""
        if term in self.text or self._in_another_form(term):
            return True
        if term.isascii() and (term in self.words  # a pinyin name
                               or any(pinyin(c) == term for c in PERSON_BY_SURNAME.findall(self.text))):
            return True
        if (surname := bilingual.familiar_surname(term)) and self._names_person_called(surname):
            return True
        if not term.isascii() and len(term) > JOINED_CHARS and term[:-1] in self.text:  # see JOINED_CHARS
            return True
        if (term.isascii() and len(term) >= SPELLED_NAME_CHARS and self.spells(term)
                and not bilingual.is_english_word(term)):
            return True  # a name spelled as one word over several Chinese words (Xingyuanhu: 兴元 湖)
        if term.isascii() and not bilingual.is_english_word(term) and bilingual.transliterated_in(term, self.text):
            return True
        if not term.isascii() and not self.lexical.knows(term) and self._abbreviated(term):
            return True
        if not bridge and not term.isascii():
            return pieces and self._said_in_pieces(term)
        if term.isascii():
            stem = bilingual.stem(term)
            if any(w in self.text and (bridge or bilingual.first_sense(w, stem))
                   for w in self.lexical.english.get(stem, [])):
                return True
        elif any(w in self.text and bilingual.near_synonyms(term, w)
                 for stem in self.lexical.synonyms.get(term, []) for w in self.lexical.english.get(stem, [])):
            return True
        return pieces and self._said_in_pieces(term)

    def _in_another_form(self, term: str) -> bool:
        """Whether a dynasty, its start or end, or a season is written here in its other form, a
        founder by the founding, an address by a road and number, a score by two numbers, or a
        courtesy, art or posthumous name by 字, 号 or 谥, a birth by the date before 生 (see DYNASTY,
        DYNASTY_PHASE, SEASON, FOUNDER, ADDRESS, SCORE, courtesy_names_given, BORN), a language by words
        in its script (SCRIPTS), or the start or end of something by a period from one date to another
        (DATE_RANGE), a month named in English as Chinese writes it (October: 10月, 十月)."""
        if term in ENDS_OF_A_PERIOD:
            return DATE_RANGE.search(self.text) is not None
        if term in SCRIPTS:
            return SCRIPTS[term].search(self.text) is not None
        if ADDRESS.fullmatch(term):
            return ADDRESS_GIVEN.search(self.text) is not None
        if SCORE.fullmatch(term):
            return SCORE_GIVEN.search(self.text) is not None
        if term in COURTESY_NAMES.values():
            return term in courtesy_names_given(self.text)
        if term in BIRTH:
            return BORN.search(self.text) is not None
        if FOUNDER.fullmatch(term):
            return FOUNDED.search(self.text) is not None
        if dynasty := DYNASTY.fullmatch(term):
            return re.search(rf"{dynasty.group(1)}[朝代初末]", self.text) is not None
        if phase := DYNASTY_PHASE.fullmatch(term):
            return re.search(rf"{phase.group(1)}[年期]|[{DYNASTIES}]{phase.group(1)}", self.text) is not None
        if number := bilingual.MONTH_NUMBERS.get(term):
            return re.search(rf"(?<![\d.]){number}月|(?<![一二三四五六七八九十]){chinese_number(number)}月",
                             self.text) is not None
        if season := SEASON.fullmatch(term):
            return re.search(rf"{season.group(1)}[天季后初末]|[入立深初晚暮]{season.group(1)}", self.text) is not None
        return False

    def _names_person_called(self, surname: str) -> bool:
        """Whether the evidence names a person of this surname (倪博文 of 小倪)."""
        return surname in self.text and any(person.startswith(surname) for person in self._people())

    def names_person(self) -> bool:
        """Whether the text names a person."""
        return bool(self._people())

    def _people(self) -> list[str]:
        """The words of the text jieba tags as people's names (nr)."""
        return [word for word, tag in self.lexical.tokenizer.tagged_words(self.text) if tag.startswith("nr")]

    def _abbreviated(self, term: str) -> bool:
        """Whether a Chinese term the corpus does not use abbreviates a name written here: its characters
        begin successive words of it, one word skipped at most (江马 of 江州国际马拉松, 北大 of
        北京大学, 上海交大 of 上海交通大学)."""
        if not 1 < len(term) <= MAX_ABBREVIATION_CHARS or not all(map(is_cjk, term)):
            return False
        if not re.search(f".{{0,{ABBREVIATION_GAP}}}?".join(term), self.text):  # tagging the text takes long
            return False
        words = [word for word, _ in self.lexical.tokenizer.tagged_words(self.text)]
        return any(_begins_words(term, words, at) for at, word in enumerate(words) if word[0] == term[0])

    def _said_in_pieces(self, term: str) -> bool:
        """Whether a two-character piece of a Chinese term is a word here (jieba cuts 登革热病例 otherwise
        than 登革热/病例)."""
        return len(term) > 2 and any(term[i:i + 2] in self.words for i in range(len(term) - 1))

    def names(self, subject: str, bridge: bool = True) -> bool:
        """Whether the text names the subject: a Chinese name the corpus writes whole is not named by
        a piece of it (曹娥江 is not the 曹娥 of 曹娥街道)."""
        return self.has(subject, bridge, pieces=subject.isascii() or subject not in self.lexical.document_frequency)

    def writes(self, term: str) -> bool:
        """Whether the evidence or its documents' titles hold the term just as written."""
        return term in self.text or term in self.titles

    def found_share(self, terms: KeyTerms) -> float:
        """Share of the key terms the evidence or its documents' titles hold (0 for a question without
        any): the title is shown with each passage, and an English title ("Super Bowl 50") heads
        Chinese paragraphs that spell its name differently."""
        if not terms.terms:
            return 0.0
        return sum(map(self.finds, terms.terms)) / len(terms.terms)

    def finds(self, term: str) -> bool:
        """Whether the evidence or its documents' titles hold the term (see ``found_share``)."""
        return self.has(term) or self._title.has(term)

    @cached_property
    def _title(self) -> Evidence:
        return Evidence._of_text(self.titles, self.lexical)

    def says_number(self, number: int) -> bool:
        """Whether the evidence or its titles say the number, in digits (not as a date's day or month,
        8月13日) or in Chinese numerals (十六世)."""
        text = self.text + " " + self.titles
        return (re.search(rf"(?<![\d.月]){number}(?![\d.]|日|月|时|点|分|秒|%|％)", text) is not None
                or chinese_number(number) in text)

    def has_count(self, measure: str) -> bool:
        """Whether the evidence counts something in this measure word (81家, 4900余人, 60亿元); 个, the
        general measure word, is answered by a count in any (几个球员 by 8名球员), and 几点 by a clock's
        21:17."""
        if measure in (DURATION, LONG):
            return DURATION_GIVEN.search(self.text) is not None or (
                measure == LONG and LENGTH_GIVEN.search(self.text) is not None)
        units = ANY_COUNT_UNITS if measure == "个" else DIMENSION_UNITS.get(measure) or next(
            (units for units in (PERSON_UNITS, SHOP_UNITS, CLOCK_UNITS, AREA_UNITS, LENGTH_UNITS)
             if measure in units.split("|")), MONEY_UNITS if measure == "钱" else re.escape(measure))
        numbers = r"\d" if measure in DIGITS_ONLY_UNITS else r"[\d一二两三四五六七八九十百千万亿首几数]"
        if units == CLOCK_UNITS and CLOCK_TIME.search(self.text):
            return True
        return re.search(rf"{numbers}\s*(余|多)?({units})", self.text) is not None

    def counts(self, focus: str, measure: str) -> bool:
        """Whether the text counts the focus in the measure word: a Chinese count is in a clause
        that names the focus or follows the one that does (驿站共有…，其中…5个), not in another
        clause of the sentence ("2个未来社区…，以网络党群驿站为例")."""
        if focus.isascii():
            return self.has(focus)
        clauses = [Evidence._of_text(text, self.lexical) for text in CLAUSE_END.split(self.text)]
        return any(clause.has_count(measure) and any(c.has(focus) for c in clauses[max(0, i - 1):i + 1])
                   for i, clause in enumerate(clauses))

    def missing(self, terms: KeyTerms) -> list[str]:
        """What the question asks for that the evidence lacks: its focus, a name or time it gives,
        or a count in the unit it asks in ("多少层" when no floors are counted)."""
        kind_named = bool(terms.focus) and not self.has(terms.focus) and self.names_kind(terms)
        # a name may be written in the title only (a report's paragraphs say 比赛当天, its title 江州马拉松)
        lacking = [t for t in dict.fromkeys([terms.focus, *terms.names])
                   if t and not (self.has(t) if t == terms.focus else self.finds(t))
                   and not (t == terms.focus and kind_named)]
        modified = self._naming(terms.modifier)  # where the noun compounded with the focus may stand
        if terms.counted and not self.has_count(terms.measure):
            lacking.append(terms.counted)
        elif terms.counted:
            # then the count must be said of it; an English sum's focus is any noun near "how much" (the
            # "smart" of "the Wolong smart new energy park"), so its subject alone says what it is of
            # (a time of day or a length of time is said of the whole sentence's event: "凌晨1时40分，…被出租车
            # 碾压", "被判处有期徒刑3年", and a count of actions of what was done: "还给我扎三针")
            # (a focus that is also a subject, "How old was Tesla when he died?", is found as subjects are)
            focus_given = bool(terms.focus) and self.has(terms.focus) and not (
                terms.measure == "钱" and terms.focus.isascii()) and terms.measure not in CLOCK_UNITS \
                and terms.measure not in ACTION_UNITS and terms.measure not in (DURATION, LONG) \
                and terms.focus not in terms.subjects
            # with the noun compounded with it in the question there or in the sentence before (规上 of
            # 规上企业: 81家省级以上高新技术企业 counts none; 夜间公交…。票价统一为2元 does)
            if not self.about(terms, lambda sentence: sentence.has_count(terms.measure) and (
                    not focus_given or sentence.counts(terms.focus, terms.measure) and sentence.text in modified)):
                lacking.append(terms.asked_of or terms.counted)
        lacking += [asked for asked, given in terms.periods
                    if not any(asked in term for term in lacking) and not self.in_period(terms, asked, given)]
        lacking += [asked for asked, given in terms.qualifiers if not self.qualified(terms, given)]

        def focus_found() -> bool:  # each check below names the focus once at most
            return bool(terms.focus) and not any(terms.focus in term for term in lacking)

        if focus_found() and terms.modifier and not any(
                sentence.has(terms.focus) for sentence, _, _ in self.windows if sentence.text in modified):
            lacking.append(terms.modifier + terms.focus)
        if focus_found() and terms.asks_number and not self.numbers(terms.focus) and not kind_named:
            lacking.append(terms.focus)
        listed = terms.enumerates and self.lists(terms)
        if focus_found() and (terms.enumerates and not listed
                              or terms.which_ones and self.only_counted(terms)):
            named = "名字" if terms.name_of else "名称"  # 那两个同伴叫什么名字
            lacking.append(f"names of {terms.focus}" if terms.focus.isascii() else f"{terms.focus}的{named}")
        if (terms.name_of and not listed and not any(terms.name_of in term for term in lacking)
                and not self.names_asked(terms.name_of, terms)):  # a list of them names them
            lacking.append(f"name of {terms.name_of}" if terms.in_english  # ktv的名字 in "那家KTV叫啥"
                           else f"{terms.name_of}的{'姓名' if OFFICE.search(terms.name_of) else '名字'}")
        if focus_found() and terms.asks_company and not self.names_company(terms):
            lacking.append(f"name of {terms.focus}" if terms.focus.isascii() else f"{terms.focus}的名称")
        if terms.event and not self.about(terms, lambda sentence: sentence.says(terms.event[0])):
            if not any(terms.event[0] in term for term in lacking):  # 调离 of "…被调离…的原因是什么" may be missing
                lacking.append(terms.event[1])  # what did not happen has no reason, amount or name to give
        elif terms.asks_reason and not self.gives_reason(terms):
            lacking.append("reason" if terms.in_english else "原因")
        if terms.asks_origin and not any(sentence.gives_origin() for sentence, _, _ in self.windows):
            lacking.append("hometown" if terms.in_english else "籍贯")
        if terms.area and not any(sentence.names_area(terms) for sentence, _, _ in self.windows):
            lacking.append(f"{terms.area}名")  # 市名, 村名
        if terms.located is not None and not lacking and not self._title.locates(terms) and not any(
                sentence.locates(terms) for sentence, _, _ in self.windows):
            lacking.append("location" if terms.in_english else "位置")
        if terms.compared and not self.compares(terms):
            lacking.append("year-on-year change" if terms.in_english else "同比变化")
        if terms.derived and not (terms.focus and any(terms.focus in term for term in lacking)) \
                and not self.derives(terms):  # the focus itself where it names the share asked (利润率)
            chinese, english = DERIVED_LABELS[terms.derived]
            shared = terms.derived == "share" and terms.focus and DERIVED_ASKED["share"].search(terms.focus)
            lacking.append(terms.focus if shared else english if terms.in_english else chinese)
        if focus_found() and terms.asks_time and not self.about(
                terms, lambda sentence: sentence.dated(terms.focus, terms)):
            lacking.append(f"time of {terms.focus}" if terms.focus.isascii() else f"{terms.focus}的时间")
        lacking += [f"when {event}" for event in terms.events
                    if self.lexical.english.get(bilingual.stem(event)) and not self.dates(event, terms)]
        # a time asked with no focus or event to find it by ("On what exact date did Cao'e sign the
        # agreement?"): the passage offered first must give a date at all
        if terms.asks_time and not terms.focus and not terms.events and self.parts and not DATE.search(self.parts[0]):
            lacking.append("date" if terms.in_english else "时间")
        if focus_found():
            written = self.has(terms.focus, bridge=False)  # then only where it is written counts, not 投资 → 投入
            if not self.about(terms, lambda sentence: sentence.has(terms.focus, bridge=not written)
                              or sentence.names_kind(terms)):
                lacking.append(terms.asked_of or terms.focus)
        if terms.predicate and not (terms.focus and any(terms.focus in term for term in lacking)) \
                and not self.holds(terms):  # said of a noun the evidence lacks, it is not asked apart
            lacking.append(terms.predicate)
        if terms.procedure and not self.explains(terms):
            lacking.append(f"{terms.procedure}方式")
        # what a thing is, where nothing else is lacking (a thing no passage names is named missing already)
        if terms.meaning and not lacking and not any(
                explains(sentence.text, terms.meaning, self.lexical) for sentence, _, _ in self.windows):
            asked_in = [term for term in terms.terms if term not in terms.meaning.lower()] or [terms.meaning]
            english = all(map(str.isascii, asked_in))  # "What does '两轴四区' mean?" is asked in English
            lacking.append(f"what “{terms.meaning}” is" if english else f"“{terms.meaning}”的含义")
        # where the passages name what is set aside, a sentence holding as much of the rest of the question
        # as they do must name it among others (晶盛、卧龙等龙头企业) or not at all (the 卧龙 park's, for
        # 除了晶盛，还有哪个项目是浙江省重点项目); a list of other things (卧龙…产业化项目、晶盛产业园项目)
        # does not say they are 省重点项目
        if terms.besides and self.writes_aside(terms):
            held = self.found_share(terms)
            if not any(sentence.says_besides(terms, held) for sentence, _, _ in self.windows):
                lacking.append(terms.besides)
        return list(dict.fromkeys(lacking))

    def explains(self, terms: KeyTerms) -> bool:
        """Whether a sentence about the question's subjects gives the way to do what a how-to question
        asks (see ``gives_way``)."""
        return self.about(terms, lambda sentence: sentence.gives_way(terms.procedure))

    def gives_way(self, procedure: str) -> bool:
        """Whether the text says the procedure (报名) with a way to do it (PROCEDURE_GIVEN): "已有500人报名"
        tells no one how."""
        return self.says(procedure) and PROCEDURE_GIVEN.search(self.text) is not None

    def gives_figure(self, figures: list[tuple[str, str]]) -> bool:
        """Whether the text gives a figure a question states, or another number in its unit (see
        FIGURE_STATED)."""
        return any(re.search(rf"(?<![\d.]){re.escape(number)}(?!\d)|\d\s*{re.escape(unit)}", self.text)
                   for number, unit in figures)

    def says(self, verb: str) -> bool:
        """Whether the text says the verb: as written or in another form (see ``has``), without its
        passive 被 (被判 by 判处), by its first character with another result (see RESULTATIVE), or
        abbreviated (停播 of 停止播出)."""
        if self.has(verb):
            return True
        if verb.startswith("被") and len(verb) > 1:
            return self.says(verb[1:])
        if (result := RESULTATIVE.fullmatch(verb)) and dictionary_tag(verb).startswith("v"):
            return result.group(1) in self.text
        return self._abbreviated(verb)

    def holds(self, terms: KeyTerms) -> bool:
        """Whether a sentence says what a yes-or-no question asks holds (its predicate: 拆掉) of the noun
        it is asked of, named there or in the sentence before, and of the question's subjects (see
        ``about``)."""
        of_it = self._naming(terms.focus)
        return self.about(terms, lambda sentence: sentence.says(terms.predicate) and sentence.text in of_it)

    def _naming(self, term: str | None) -> set[str]:
        """The sentences that name the term or follow one that does (all of them when there is none):
        where a word of the question said with it may stand."""
        return {sentence.text for sentence, window, _ in self.windows if term is None or window.has(term)}

    def names_kind(self, terms: KeyTerms) -> bool:
        """Whether the text names a thing of the kind the question asks which one of (see KeyTerms.kinds):
        a word or quoted name ending in the kind's character that the question does not use, not a
        dictionary's word nor ending in a common one (维斯瓦河, “雨点皴”; not 驿站, nor 上虞分院, 棕红色:
        a 分院 may be no 医院, and 红色 is no name). A kind of place or
        person is named by a name in a sentence that says the most of the rest of the question."""
        tokenizer = self.lexical.tokenizer
        asked = terms.written
        if terms.named_kind:
            others = [term for term in dict.fromkeys([*terms.terms, *terms.names]) if term != terms.focus]
            held = [sum(map(sentence.has, others)) for sentence, _, _ in self.windows]
            if any(count == max(held) and (count or not others) and any(
                    tag.startswith(NAME_TAGS) and len(word) > 1 and word not in asked and word not in self.titles
                    and bilingual.is_proper_name(word)
                    for word, tag in tokenizer.tagged_words(sentence.text))
                   for (sentence, _, _), count in zip(self.windows, held)):
                return True
        if not terms.kinds:
            return False

        def is_instance(word: str) -> bool:
            return (len(word) > 1 and word[-1] in terms.kinds and is_cjk(word[0]) and word not in asked
                    and not any(bilingual.in_dictionary(word[i:]) or is_common_word(word[i:])
                                for i in range(len(word) - 1)))

        # people are counted as ENGLISH_PEOPLE says: those who live somewhere are a population, not 4900余人
        things = "".join(terms.kinds - set(PERSON_UNITS.split("|")))
        counted = terms.asks_number and things and re.search(rf"{COUNT.pattern}[{things}]", self.text)
        return bool(counted) or any(map(is_instance, [*tokenizer.words(self.text), *QUOTED_SPAN.findall(self.text)]))

    def in_period(self, terms: KeyTerms, asked: str, given: re.Pattern) -> bool:
        """Whether a sentence that gives the focus (any sentence, when the focus is not found) is of
        the period asked: the period is said in it or the sentence before, or, where those name no
        year, in its passage or the document's title. A year is not said by text naming only other
        years, nor by a part of a year (今年一季度) when the question asks the year itself.

        An English focus reaches Chinese sentences only through loose dictionary senses (sales → 销售,
        not the 零售额 that answers): for a period other than a year, the sentences holding the most
        of the question's terms are read instead, and for a year every sentence. A Chinese question's
        year from now (去年) is found anywhere: its focus may be a word the answer writes otherwise."""
        english = bool(terms.focus) and terms.focus.isascii()
        if not english and any(given is relative for _, relative in YEARS_FROM_NOW):
            return given.search(self.text) is not None or given.search(self.titles) is not None
        focus = terms.focus if not english and terms.focus and self.has(terms.focus) else None
        year = YEAR.search(asked)
        whole_year = year is not None and not any(not YEAR.search(a) for a, _ in terms.periods)
        for sentence, window, passage in self._holding_most(terms) if english and not year else self.windows:
            if focus and not sentence.has(focus):
                continue
            if year and year.group(0) not in window.text and (
                    YEAR.search(window.text) or whole_year and PART_OF_YEAR.search(window.text)):
                continue
            if given.search(window.text) or not YEAR.search(window.text) and (
                    given.search(passage.text) or given.search(self.titles)):
                return True
        return False

    def qualified(self, terms: KeyTerms, given: re.Pattern) -> bool:
        """Whether a sentence that gives the (Chinese) focus, or any sentence when it is not found,
        says the level or frequency asked (see QUALIFIERS), in itself or the sentence before."""
        focus = terms.focus if terms.focus and not terms.focus.isascii() and self.has(terms.focus) else None
        return any(given.search(window.text) for sentence, window, _ in self.windows
                   if not focus or sentence.has(focus))

    def _forms(self, focus: str) -> list[str]:
        """The focus as the passages write it: an English one as the dictionary writes it in Chinese."""
        forms = self.lexical.english.get(bilingual.stem(focus), []) if focus.isascii() else [focus]
        return [form for form in forms if form in self.text]

    def lists(self, terms: KeyTerms) -> bool:
        """Whether a sentence names the things the question asks which of in a list: "鸿雁、德济苑等2个未来
        社区", "先进装备制造业、汽车零部件、新能源新材料三大战略性新兴产业", "上市公司：…", items each of the
        kind (“一号发展工程”、“一号改革工程”); closed by the count the question gives, or by some count for an
        English focus (it has many Chinese forms, 公司 and 企业 of "companies")."""
        kind, count = terms.listed_kind, terms.listed or ""
        before = rf"、[^、。；;，,]{{1,15}}{count}[^。；;]{{0,6}}" if count else (
            COUNTED_LIST_BEFORE if kind.isascii() else LISTED_BEFORE)

        def listing(forms: list[str]) -> str:
            lists = [rf"{before}{re.escape(form)}|{re.escape(form)}{LISTED_AFTER}" for form in forms]
            if terms.item_head:
                lists.append(rf"{terms.item_head}[”」]?、[^、。；;，,]{{1,15}}{terms.item_head}")
            return "|".join(lists)

        # the focus alone lists the kind where the sentence before names it (楼宇经济项目26个。其中…等8个建设项目)
        named = listing(self._forms(kind))
        alone = listing(self._forms(terms.focus or "")) if kind != terms.focus else ""
        return any(bool(named and re.search(named, sentence.text) or alone and kind in window.text
                        and re.search(alone, sentence.text)) for sentence, window, _ in self.windows)

    def only_counted(self, terms: KeyTerms) -> bool:
        """Whether the passages write what is asked which of only after a count of it, or of some of it,
        listing none (10家上市公司, 81家省级以上高新技术企业, 大部分地市): they say how many there are, not which.
        Not judged of an English focus, whose dictionary forms name other things too (problems: 问题 of
        一些问题亟待解决, where the report lists 四大乱象)."""
        if terms.listed_kind.isascii():
            return False
        written = [(sentence.text, found.start()) for form in self._forms(terms.listed_kind)
                   for sentence, _, _ in self.windows for found in re.finditer(re.escape(form), sentence.text)]
        return bool(written) and not self.lists(terms) and all(
            re.search(f"(?:{COUNT_GIVEN}|{SOME_OF})$", text[:start]) for text, start in written)

    def named(self, terms: KeyTerms) -> list[str]:
        """What the question and the documents' titles name: a name found in the evidence must be
        another to answer it."""
        return [n for n in (*terms.terms, *terms.names, self.titles) if n]

    def names_asked(self, noun: str, terms: KeyTerms) -> bool:
        """Whether the evidence gives the name of the noun asked (see ``named_beside``), or may: where
        the noun is not written as a word (保洁员 found as 保洁, jieba's 的新加坡童星ec) it is not judged.
        A founder is named by a person in a clause that says the founding (由乐显扬…创办)."""
        tokenizer = self.lexical.tokenizer
        if FOUNDER.fullmatch(noun):
            named = self.named(terms)
            return any(tag.startswith("nr") and len(word) > 1 and not _is_named(word, named, tokenizer)
                       for sentence, _, _ in self.windows for clause in CLAUSE_END.split(sentence.text)
                       if FOUNDED.search(clause) for word, tag in tokenizer.tagged_words(clause))
        return self.named_beside(noun, terms) is not False

    def named_beside(self, noun: str, terms: KeyTerms) -> bool | None:
        """Whether a name the question does not give stands beside the noun (an English one through
        the dictionary, or as written: ktv) where the evidence writes it as a word (see
        ``_names_beside``); None where it does not. Where the question describes the noun (被查封的那家
        酒吧) and the evidence says that, only a sentence saying it, or the one after, names the one asked
        (检查中发现一酒吧…被当场查封, not 深入威图酒吧等场所)."""
        tokenizer = self.lexical.tokenizer
        named = self.named(terms)
        forms = tuple([*self.lexical.english.get(bilingual.stem(noun), []), noun] if noun.isascii() else [noun])
        described = [(sentence, window, passage) for sentence, window, passage in self.windows
                     if terms.described_by and window.has(terms.described_by, bridge=False)]
        windows = described or self.windows
        beside = [_names_beside(words, at) for sentence, _, _ in windows
                  if any(form in sentence.text for form in forms)
                  for words in [tokenizer.tagged_words(sentence.text)]
                  for at, (word, _) in enumerate(words) if word.endswith(forms)]
        # a quoted name may hold a word asked (《美丽乡村快乐行—走进灌云》 of 灌云): only its whole is compared
        return any(not any(name[1:] in n for n in named) if name.startswith("“")
                   else not _is_named(name, named, tokenizer) for names in beside for name in names) if beside else None

    def names_company(self, terms: KeyTerms) -> bool:
        """Whether a clause holding the most of the question's other terms, or the clause before it,
        names a company the question does not (see COMPANY), or any organisation or place that the
        question and the titles do not: a company's short name (卧龙 of 卧龙智慧新能源产业园) is told
        from a place's only by knowing it."""
        others = [t for t in terms.terms if t != terms.focus]
        asked = " ".join(terms.terms)
        clauses, named = [], []  # each clause, and whether it or the one before it in its sentence names one
        for sentence, _, _ in self.windows:
            before = False
            for text in CLAUSE_END.split(sentence.text):
                clause = Evidence._of_text(text, self.lexical)
                names = (any(m.group(0) not in asked for m in COMPANY.finditer(text))
                         or clause.names_other([asked, self.titles]))
                clauses.append(clause)
                named.append(names or before)
                before = names
        held = [sum(map(clause.has, others)) for clause in clauses]
        return not held or max(held) == 0 or any(count == max(held) and names for count, names in zip(held, named))

    def _holding_most(self, terms: KeyTerms) -> list[tuple[Evidence, Evidence, Evidence]]:
        """The windows (see ``windows``) whose sentence holds the most of the question's terms other
        than the names it asks about, which a whole passage or document may be about."""
        asked = [term for term in terms.terms if term not in terms.subjects] or terms.terms
        held = [sum(map(sentence.has, asked)) for sentence, _, _ in self.windows]
        return [window for window, count in zip(self.windows, held) if count == max(held, default=0)]

    def gives_reason(self, terms: KeyTerms) -> bool:
        """Whether a sentence holding the most of the question's terms, or the sentence before it,
        gives a reason (see REASON_GIVEN)."""
        return any(REASON_GIVEN.search(window.text) for _, window, _ in self._holding_most(terms))

    def compares(self, terms: KeyTerms) -> bool:
        """Whether a change is said year on year (同比) of the focus (see ``_said_of_focus``)."""
        return self._said_of_focus(terms, COMPARED_GIVEN)

    def derives(self, terms: KeyTerms) -> bool:
        """Whether the share, difference or average asked is stated of the focus, not left to the reader
        to work out from the figures given (see DERIVED_GIVEN and ``_said_of_focus``)."""
        return self._said_of_focus(terms, DERIVED_GIVEN[terms.derived])

    def _said_of_focus(self, terms: KeyTerms, said: re.Pattern) -> bool:
        """Whether the text says this of the focus: in the clause naming it or the clause after
        ("增加值25.9亿元,同比增长18.3%" compares no 外资 named in a later clause); with no Chinese focus
        found, in a sentence holding the most of the question's words."""
        if not terms.focus or terms.focus.isascii() or not self.has(terms.focus):
            return any(said.search(window.text) for _, window, _ in self._holding_most(terms))
        clauses = CLAUSE_END.split(self.text)
        return any(said.search("，".join(clauses[i:i + 2]))
                   for i, clause in enumerate(clauses) if Evidence._of_text(clause, self.lexical).has(terms.focus))

    def numbers(self, focus: str) -> bool:
        """Whether a sentence with the focus gives a number (电话 without its number is no answer)."""
        return any(NUMBER.search(sentence.text) for sentence, _, _ in self.windows if sentence.has(focus))

    def about(self, terms: KeyTerms, gives: Callable[[Evidence], bool]) -> bool:
        """Whether a sentence that gives what is asked (``gives``) is about every subject it is asked
        of: the subject is named in the sentence or the one before it, or named elsewhere in its
        passage while the sentence and the one before name no other place or organisation (the
        article's 总投资 of one park is no answer about another project's). A subject in the title
        of the sentence's own document (曹娥街道) is what the whole document is about, so it is left
        out there; another document's title says nothing of it (克吕西普的妻子 is not 段小楼的妻子)."""
        present = [s for s in terms.subjects if self.has(s) or self._title.surrounds(s, terms)]

        @cache
        def untitled(document_title: str) -> tuple[list[str], list[str]]:
            """The subjects a sentence of this document must be about, and the names that are no other's."""
            title = Evidence._of_text(document_title, self.lexical)
            around = [s for s in present if title.surrounds(s, terms)]
            asked = [s for s in present if s in around or not title.names(s, bridge=s.isascii())]
            return asked, [n for n in self.named(terms) if n != self.titles] if around else self.named(terms)

        for sentence, window, passage in self.windows:
            if not gives(sentence):
                continue
            asked, named = untitled(passage.titles)
            if (not asked or all(map(window.names, asked)) and not sentence.gives_other(terms, asked, named)
                    or all(map(passage.names, asked)) and not window.names_other(named)):
                return True
        return False

    def surrounds(self, subject: str, terms: KeyTerms) -> bool:
        """Whether this title writes the subject as the area around a place it names next (上虞区曹娥街道),
        a place the question does not name: the document is about that place, and what it gives of that
        place is no answer about the whole area (上虞区有多少家高新技术企业)."""
        words = self.lexical.tokenizer.tagged_words(self.text)
        for at, (word, _) in enumerate(words):
            if self._is_word_of(word, subject) and (place := name_after_place(words, at)) is not None and not any(
                    self._is_word_of(words[place][0], term) for term in terms.terms):
                return True
        return False

    def gives_other(self, terms: KeyTerms, present: list[str], named: list[str]) -> bool:
        """Whether each clause of the sentence that holds the (Chinese) focus of a time, count or
        number asked is about another organisation or place, without the subjects: "2022年，晶盛机电荣获
        …领跑者，卧龙集团…收获两项殊荣" dates the 领跑者 honour of 晶盛, not of 卧龙. A focus that is itself a
        subject ("从浙江赶回泗阳走了多久") makes its clause about the subjects. Other questions are left
        out: a role or place asked may be given in a clause that names the subject in other words.
        A clause naming no one is about the last clause before it that opens with a name ("按照上虞区…规划,
        目前,曹娥街道…,共引入楼宇经济项目26个" counts 曹娥街道's projects, not 上虞区's; "也属于南门供热站供热"
        names the station as no subject of its own)."""
        focus = terms.focus
        if (not present or not focus or focus.isascii() or focus in terms.subjects
                or not (terms.asks_time or terms.counted or terms.asks_number)):
            return False
        clauses = [Evidence._of_text(c, self.lexical) for c in CLAUSE_END.split(self.text)]
        names = [s for s in present if s.isascii() or bilingual.is_proper_name(s)] or present  # not 楼宇/nr

        def of_other(at: int) -> bool:
            if any(map(clauses[at].has, names)):
                return False
            if clauses[at].names_other(named):
                return True
            for clause in reversed(clauses[:at]):
                if any(map(clause.has, names)):
                    return False
                if clause.opens_with_other(named):
                    return True
            return False

        holding = [at for at, clause in enumerate(clauses) if focus in clause.text]
        return bool(holding) and all(map(of_other, holding))

    def opens_with_other(self, named: list[str]) -> bool:
        """Whether the clause opens with a place or organisation that is not one of ``named`` (see
        ``names_other``): the one it is about (曹娥街道结合自身特色), not one it mentions (也属于南门供热站)."""
        return next(self._others(named), None) == 0

    def names_other(self, named: list[str]) -> bool:
        """Whether the text names a place or organisation that is not part of, and holds none of,
        ``named`` (an English question's names are compared with the pinyin of the text's); a name
        before a word for an area is a place's, however jieba tags it (曹娥/nr 街道), unless it says
        where (在伊泽尔省过世)."""
        return any(True for _ in self._others(named))

    def _others(self, named: list[str]) -> Iterator[int]:
        """Where the text's words (spaces left out) name a place or organisation not of ``named``."""
        tokenizer = self.lexical.tokenizer
        words = [(word, tag) for word, tag in tokenizer.tagged_words(self.text) if word.strip()]
        for at, ((word, tag), (following, _)) in enumerate(zip(words, [*words[1:], ("", "x")])):
            placed = (tag.startswith(NAME_TAGS) and following in AREA_WORDS  # 曹娥/nr 街道; not where: 在伊泽尔/nr 省
                      and not (at and words[at - 1][0] in PLACE_PREPOSITIONS))
            if len(word) > 1 and not _is_named(word, named, tokenizer) and (
                    tag.startswith(OTHER_SUBJECT_TAGS) or placed):
                yield at

    def gives_origin(self) -> bool:
        """Whether the text says where someone is from, outside a clause that asks: in so many words
        (see ORIGIN_GIVEN) or by a place name set before a person, over 的 and an age at most (see
        PERSON_ENDINGS)."""
        stated = QUESTION_CLAUSE.sub("", self.text)
        if ORIGIN_GIVEN.search(stated):
            return True
        words = self.lexical.tokenizer.tagged_words(stated)
        for i, (word, tag) in enumerate(words):
            if tag != "ns" or len(word) < 2:
                continue
            noun, noun_tag = next(((w, t) for w, t in words[i + 1:i + 5] if w not in ("的", "岁") and t != "m"),
                                  ("", ""))
            if noun_tag.startswith("n") and noun_tag != "ns" and noun.endswith(PERSON_ENDINGS):
                return True
        return False

    def names_area(self, terms: KeyTerms) -> bool:
        """Whether the text names a place of the kind of area asked (see KeyTerms.area), one the
        question does not name: a name ending in it (宁波市, 瑶均村, which jieba may tag as no place;
        not the words 湾区, 核心区), a name before it as jieba cuts it (上虞/区, 上虞/区委, 井里汶/市,
        武汉/开发区), or a name the dictionary says is one, as news names a city bare (武汉刘先生)."""
        asked = terms.written
        words = self.lexical.tokenizer.tagged_words(self.text)

        def area_named(word: str, tag: str, following: str) -> bool:
            before = following.startswith(terms.area) or (  # 开发区, 高新区; not another area's name (新疆/乌什县)
                len(following) == 3 and following.endswith(terms.area) and not bilingual.is_proper_name(following))
            place = (word[:-1] if len(word) > 2 and word.endswith(terms.area)
                     else word if tag.startswith(NAME_TAGS) and (before or bilingual.area_of(word) == terms.area)
                     else "")
            return len(place) > 1 and place not in asked and bilingual.is_proper_name(place)

        return any(area_named(word, tag, following)
                   for (word, tag), (following, _) in zip(words, [*words[1:], ("", "x")]))

    def locates(self, terms: KeyTerms) -> bool:
        """Whether the sentence says where what the question asks of stands (see KeyTerms.located): it
        names it, and a clause naming its last word sets a place after a preposition (位于临江新区), or
        a place the question does not name is written just before it (see ``_place_before``). It is
        named by its terms, a place among them only as its last (石塘镇 of 石塘镇浸水村 says where to
        look, 街道 of 曹娥街道 is what is asked), or as written when it holds none."""
        head = terms.located or ""
        within = [term for term in terms.terms if term in head]
        located = [term for term in within[:-1] if not term.endswith(CONTAINING_ENDINGS)
                   and not bilingual.area_of(term)] + within[-1:] or ([head] if head else [])
        asked = f"{terms.written} {head}"
        if not located:
            return self.sets_place(besides=asked)
        if not all(map(self.has, located)):
            return False
        clauses = (Evidence._of_text(clause, self.lexical) for clause in CLAUSE_END.split(self.text))
        if any(clause.has(located[-1]) and clause.sets_place(besides=asked) for clause in clauses):
            return True
        words = self.lexical.tokenizer.tagged_words(self.text)
        starts = [i for i, (word, _) in enumerate(words) if any(self._is_word_of(word, term) for term in located)]
        return any(_place_before(words, i, asked) for i in starts if i - 1 not in starts)

    def _is_word_of(self, word: str, term: str) -> bool:
        """Whether the text's word is the term or a part of it (an English term through pinyin or the
        dictionary)."""
        if term.isascii():
            return pinyin(word) == term or word in self.lexical.english.get(bilingual.stem(term), [])
        return word == term or len(word) > 1 and (word in term or word.startswith(term))

    def sets_place(self, besides: str | None = None) -> bool:
        """Whether a clause sets a place (see ``_is_place``) after a preposition of place, before it ends:
        在塘沽某小区一住户内, 坠落在2楼露台, 送到广州军区武汉总医院; with ``besides``, a place with a name or a
        word of place that is not in it, not a locative alone nor a word jieba takes for a place name
        (在主体升级上加大力度)."""
        words = self.lexical.tokenizer.tagged_words(self.text)
        for i, (word, tag) in enumerate(words):
            if word not in PLACE_PREPOSITIONS and not (
                    tag.startswith("v") and len(word) > 1 and word.endswith(PLACE_VERB_ENDINGS)):
                continue
            phrase = list(takewhile(lambda tagged: tagged[1] != "x", words[i + 1:i + 1 + PLACE_PHRASE_WORDS]))
            if any(_is_place(w, t) and (besides is None or t != "f" and w not in besides and (
                    bilingual.is_proper_name(w) or w.endswith(CONTAINING_ENDINGS))) for w, t in phrase):
                return True
        return False

    def names_besides(self, terms: KeyTerms) -> bool:
        """Whether the text gives something besides the names the question sets aside (see ``exclusion``):
        it names the focus asked and none of them, or names them in a list with others (晶盛、卧龙等), or
        names another of the kind asked (风机产业大脑 beside 电机产业大脑)."""
        if not self.writes_aside(terms):
            return not terms.focus or self.has(terms.focus)
        return self.lists_besides(terms)

    def says_besides(self, terms: KeyTerms, held: float) -> bool:
        """Whether a sentence holding as much of the rest of the question as the passages do (``held``)
        names what is set aside among others, or does not name it (and names a person, where one is asked)."""
        if self.found_share(terms) < held:
            return False
        if self.lists_besides(terms):
            return True
        return held > 0 and not self.writes_aside(terms) and (not terms.another_person or self.names_person())

    def writes_aside(self, terms: KeyTerms) -> bool:
        """Whether the text writes a name the question sets aside (where it writes none, it may name the
        thing otherwise: 杭州湾经开区 for 杭州湾上虞经济技术开发区)."""
        return any(self._written_at(term) for term in terms.excluded)

    def lists_besides(self, terms: KeyTerms) -> bool:
        """Whether the text names what the question sets aside in a list with others, or names another of
        the kind asked: the focus compounded with nouns into a name the question does not set aside
        (风机产业大脑; not 未来社区, 未来 being no noun)."""
        if any(listed_with_others(self.text, start, end) for term in terms.excluded
               for start, end in self._written_at(term)):
            return True
        if not terms.focus or terms.focus.isascii() or terms.focus not in (terms.set_aside or ""):
            return False
        words = self.lexical.tokenizer.tagged_words(self.text)
        for at, (word, tag) in enumerate(words):
            if word.endswith(terms.focus) and tag.startswith("n"):
                nouns = [w for w, _ in takewhile(lambda pair: pair[1].startswith("n"), reversed(words[:at]))]
                compound = "".join(reversed(nouns)) + word
                if compound != terms.focus and compound not in terms.set_aside and not any(
                        name in compound for name in terms.excluded):
                    return True
        return False

    def _written_at(self, term: str) -> list[tuple[int, int]]:
        """Where the term is written in the text: a Chinese term as it is, an English one as the words it
        is the dictionary sense or the pinyin of (wolong: 卧龙)."""
        forms = [term]
        if term.isascii():
            forms = self.lexical.english.get(bilingual.stem(term), []) + [
                word for word in self.lexical.tokenizer.tokens(self.text) if HAN.match(word) and pinyin(word) == term]
        return [(at.start(), at.end()) for form in dict.fromkeys(forms) if form
                for at in re.finditer(re.escape(form), self.text)]

    def dates(self, event: str, terms: KeyTerms) -> bool:
        """Whether a sentence of the evidence that mentions the event (an English one through the
        dictionary) is dated (see ``dated``)."""
        return any(sentence.dated(event, terms) for sentence, _, _ in self.windows)

    def dated(self, event: str, terms: KeyTerms) -> bool:
        """Whether this sentence mentions the event and gives a date, other than the period the question
        names itself (the 2016年 of "公布2016年度…典型案件的日期" tells which cases, not when they were
        published), or, giving none, follows a sentence that opens with one: a report sets the day first
        and tells what happened after it (10月16日，水库浮出一具女尸。接警后，…发现…)."""
        def new_dates(text: str) -> list[re.Match]:
            return [date for date in DATE.finditer(text) if not any(period.search(date.group(0)) for period in named)]

        named = [period for _, period in terms.periods]
        opening = new_dates(re.sub(r"^\W+", "", CLAUSE_END.split(self.before, maxsplit=1)[0]))  # ”10月16日
        return self.has(event, pieces=False) and bool(
            new_dates(self.text) or not DATE.search(self.text) and opening and opening[0].start() == 0)


def may_answer(sentence: str, terms: KeyTerms, lexical: LexicalIndex) -> bool:
    """Whether a sentence may be marked as the answer: it gives the kind of answer asked for, a count in
    its measure (a sum, an age, a length of time), a date, a reason, a name beside the noun asked the
    name of, where someone is from or a place set after a preposition, outside a clause that asks
    (reports ask what they go on to answer: 究竟是什么怨恨导致王某如此的行为呢？); any sentence gives it
    when no kind is asked."""
    stated = QUESTION_CLAUSE.sub("", sentence)
    evidence = Evidence._of_text(stated, lexical)
    return ((not terms.measure or evidence.has_count(terms.measure))
            and (not terms.asks_time or DATE.search(stated) is not None)
            and (not terms.asks_reason or REASON_GIVEN.search(stated) is not None)
            and (not terms.name_of or evidence.named_beside(terms.name_of, terms) is True
                 or terms.enumerates and evidence.lists(terms))
            and (not terms.asks_origin or evidence.gives_origin())
            and (not terms.asks_place or (evidence.locates(terms) if terms.located is not None
                                          else evidence.sets_place()))
            and (not terms.area or evidence.names_area(terms))
            and (not terms.predicate or evidence.says(terms.predicate)
                 and (not terms.focus or evidence.has(terms.focus)))
            and (not terms.figures or evidence.gives_figure(terms.figures))
            and (not terms.procedure or evidence.gives_way(terms.procedure))
            and (not terms.meaning or explains(to_simplified(stated).lower(), terms.meaning, lexical))
            and (not terms.excluded or evidence.names_besides(terms)))


def lists_asked(sentence: str, terms: KeyTerms, lexical: LexicalIndex) -> bool:
    """Whether a sentence names the things a question asks which of in a list (see ``Evidence.lists``)."""
    return terms.which_ones and Evidence._of_text(to_simplified(sentence).lower(), lexical).lists(terms)


def naming_aside(text: str, terms: KeyTerms, lexical: LexicalIndex) -> tuple[int, int] | None:
    """The span of the passage's sentence that names what the question sets aside and holds the most of
    the rest of it (the first such), or None: where the articles name nothing besides it, what they do
    say of it is the sentence to mark (the 卧龙 park as 浙江省重点项目)."""
    sentences = [(Evidence._of_text(to_simplified(text[start:end]).lower(), lexical), (start, end))
                 for start, end in split_sentences(text)]
    naming = [(sentence.found_share(terms), -at, span) for at, (sentence, span) in enumerate(sentences)
              if sentence.writes_aside(terms)]
    return max(naming)[2] if naming else None


def _is_place(word: str, tag: str) -> bool:
    """Whether a tagged word is a place: a place name or organisation, a word of place (机场, 门口; see
    PLACE_ENDINGS) or a locative that is no time (内, 附近), and not one that only says "there" (辖区)."""
    return word not in VAGUE_PLACES and (
        tag in ("ns", "nt", "s") or tag == "f" and word not in NOT_PLACE_LOCATIVES
        or tag.startswith("n") and not tag.startswith("nr") and word.endswith(PLACE_ENDINGS))


def _place_before(words: list[tuple[str, str]], at: int, asked: str) -> bool:
    """Whether a place the question does not name (``asked``) is written just before the word at
    ``at``: right before it, or before a name of it (上虞/区 曹娥街道, 曹娥街道 鸿雁 社区), or in a phrase
    that ends in 的 before it (离长安城不远的渭水便桥)."""
    named = at - 1 if at > 1 and words[at - 1][1].startswith(("nr", "nz")) else at  # where the name begins
    phrase = [named - 1]
    if named > 1 and words[named - 1][0] == "的":
        phrase = list(takewhile(lambda i: i >= 0 and words[i][1] != "x",
                                range(named - 2, named - 2 - MODIFIER_WORDS, -1)))
    return any(_names_place(words, i, asked) for i in phrase if i >= 0)


def _names_place(words: list[tuple[str, str]], at: int, asked: str) -> bool:
    """Whether the word at ``at`` names a place the question does not name: a place name CC-CEDICT
    does not call something else, or a noun ending in a word of place (上虞/区, 石塘/镇, 曹娥街道; not 81/家)."""
    word, tag = words[at]
    place = words[at - 1][0] + word if len(word) == 1 and at > 0 else word
    return (len(place) > 1 and place not in asked and word not in VAGUE_PLACES
            and (tag == "ns" and bilingual.is_proper_name(word)
                 or tag.startswith(("n", "s")) and place.endswith(CONTAINING_ENDINGS)))


def _is_named(name: str, named: list[str], tokenizer: Tokenizer) -> bool:
    """Whether the name is part of, or holds, one of ``named`` (an English question's names are
    compared with the pinyin of the text's)."""
    return any(form in n or n in form for form in {name, *tokenizer.passage_tokens(name)} for n in named)


def _names_beside(words: list[tuple[str, str]], at: int) -> list[str]:
    """The names a sentence's tagged words give the word at ``at``: before it, over two words of a
    compound at most (顺达 运输 公司, 熊振杰主任, 施秉/银/院长, “青苗成长”计划), and after it, after a
    word like 名叫 or 为 at most (年轻干部倪博文, 朋友李某某, 组长为张建国, 酒楼是丰乐楼); not a possessor
    (钟某的朋友), a place (乐清男孩) nor 某运输公司."""
    def name_at(i: int) -> str | None:
        if not 0 <= i < len(words):
            return None
        word, tag = words[i]
        following = words[i + 1][0] if i + 1 < len(words) else ""
        if word in "”」』》" and 0 < i < at or word in "“「『《" and i > at:  # “青苗成长”计划, 节目《…》
            quoted = (re.split("[“「『《]", "".join(w for w, _ in words[max(0, i - 8):i]))[-1] if i < at
                      else re.split("[”」』》]", "".join(w for w, _ in words[i + 1:i + 9]))[0])
            # a quoted name keeps its opening mark (see ``named_beside``); a quoted clause is no name
            return None if CLAUSE_END.search(quoted) else "“" + quoted
        if tag.startswith(NAME_TAGS) and (len(word) > 1 or following in SURNAME_TITLES):
            return word + (following if following in SURNAME_TITLES else "")
        given_name = i + 1 < len(words) and words[i + 1][1].startswith("nr")
        if (len(word) == 1 and tag in SURNAME_TAGS and bilingual.is_surname(word) and len(following) <= 2
                and HAN.fullmatch(following) and (given_name or not bilingual.in_dictionary(following))):
            return word + following  # a name jieba does not know: 刘/森淼, 何/念屈, 倪/博文 (a word, tagged a name)
        noun, end = words[at][0], at if i < at else len(words)
        for last in range(i + 1, min(i + 3, end) + 1):  # 丰乐楼 (丰乐/楼) of 酒楼: a name of the kind CC-CEDICT lacks
            joined = "".join(w for w, _ in words[i:last])
            if joined[-1] == noun[-1] and joined != noun and HAN.fullmatch(joined) and bilingual.is_proper_name(joined):
                return joined
        return word if word.isascii() and word.isalpha() and len(word) > 1 else None

    before = at - 1
    while (at - before <= 2 and before >= 0 and not name_at(before)
           and (words[before][1] in ("n", "vn") or len(words[before][0]) == 1 and words[before][1].startswith("n"))):
        before -= 1  # 运输 of 顺达运输公司, 银 of 施秉银
    if 0 <= before < at and words[before][1].startswith("ns"):
        before = -1  # where it is, not what it is called: 乐清男孩, 揭阳工厂
    after = at + 2 if at + 1 < len(words) and words[at + 1][0] in NAME_GIVEN_AS else at + 1
    return [name for name in (name_at(before), name_at(after)) if name]


def _begins_words(term: str, words: list[str], at: int, first: bool = True) -> bool:
    """Whether the term is the beginnings of ``words[at]`` and of words after it, in order, one word
    skipped at most between them; the first word alone does not do (the term would be written). Its
    last character may end the name's kind word instead, two words skipped at most, where it is a place's
    (see PLACE_ENDINGS: 院 of 学院 in 职院 and 浙建院 of 浙江建设职业技术学院; not 水 of 取水 in 河水)."""
    word = words[at] if at < len(words) else ""
    if len(word) < 2 or not is_cjk(word[0]):
        return False
    if len(term) == 1 and not first and word[-1] == term and term in PLACE_ENDINGS:
        return True
    for length in range(1, min(len(term), len(word)) + 1):
        if term[length - 1] != word[length - 1]:
            return False
        if length == len(term):
            return not first
        steps = (1, 2, 3) if len(term) - length == 1 else (1, 2)
        if any(_begins_words(term[length:], words, at + step, False) for step in steps):
            return True
    return False
