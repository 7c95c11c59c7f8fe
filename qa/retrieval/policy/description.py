"""Things named by what the article says of them: "拿了全省两项殊荣的那个集团，它的新能源产业园投了多少钱？".

An asker who does not remember a name points at the thing by a description (what it did, won or
has); the description is what they know, not what they ask. It is searched on its own, the name it
points at is read from the sentence that bears it out, and the rest of the question is asked of
that name ("卧龙集团的新能源产业园投了多少钱？"), shown as how the question was read. Where it names
nothing, or which thing it is is what is asked (叫什么名字), the question is asked whole, and the sentence
marked must hold a word of what is asked (完工), or the name. Asked whole and unread, the sentence restating
the description is the one marked, and a fact of the thing said in another paragraph is not reached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from qa.ingest import bilingual
from qa.ingest.sentences import is_cjk
from qa.ingest.words import to_simplified
from qa.retrieval.policy import compound
from qa.retrieval.policy.evidence import Evidence
from qa.retrieval.policy.vocabulary import CLAUSE_END, COMPANY, NAME_TAGS
from qa.store.lexical import LexicalIndex

# a description and what is asked of it: "…的那个集团，它…" / "The company that … — what …"
_BREAK = re.compile(r"\s*(?:[，,：:；;]|——|—|–|--|\s-\s)\s*")
_POINTING = re.compile(r"(?:那|这|另)[一两几\d]*(?:个|家|间|栋|座|位|所|批|项|条|幢|名|些|种|类|片|份)")
_ENGLISH = re.compile(r"^(?:the|that|this)\s+(?P<head>[a-z][\w'-]*(?:\s[a-z][\w'-]*){0,2}?)\s+"
                      r"(?:that|which|who|whose|where|with|named|pictured|shown|behind)\b", re.IGNORECASE)
_POINTER = re.compile(r"[它他她][们們]|它|(?<!其)他|她|佢哋|佢|^(?:其|该|這個|这个|那個|那个)")
_ENGLISH_POINTER = re.compile(r"\b(?:its|their|his|her|it|they|he|she|them|him)\b", re.IGNORECASE)
NAME_WORDS = 4  # words before a head word that may be part of its name: 卧龙/智慧/新能源/产业园
_COMPANY_HEADS = ("企业", "公司", "集团", "厂", "厂家", "龙头", "company", "firm", "group", "maker", "manufacturer")
_QUESTION_PHRASE = re.compile(r"(?:什么|什麼|啥|哪[个個些里裡儿兒]?|多少|幾多|几)\w{0,2}")  # 什么地方, 多少时间
# what is asked is which thing it is: the name pointed at is the answer, not a subject to ask of
_IDENTITY_ASKED = re.compile(
    r"^(?:它|他|她|佢)?的?(?:名字)?(?:具体|究竟|到底)?(?:叫什么名字|叫什么|叫啥|叫咩名?|名叫什么|是什么名字|名字是什么"
    r"|是哪[个家位所间]|是谁|是边个|系边个)\w{0,2}[？?!！。\s]*$"
    r"|^(?:what(?:'s| is) (?:it|its name|the name)(?: called)?|which (?:one|company) is it|who is (?:it|he|she))\W*$",
    re.IGNORECASE)
_PERSON_HEADS = ("干部", "书记", "负责人", "人", "主任", "组长", "领导", "官员",
                 "person", "official", "cadre", "leader", "man", "woman", "secretary")


@dataclass(frozen=True)
class Reading:
    """How the answer policy reads a question's opening description: the rest asked of the name it points
    at, or the words a sentence marked must hold (of what is asked, where it names none; the name, where
    which thing it is is asked), or the figures the articles give of it otherwise (as asked, as given);
    nothing where it opens with none the articles bear out."""

    named: str | None = None
    asked: tuple[str, ...] = ()
    differs: list[tuple[str, str]] = field(default_factory=list)


UNDESCRIBED = Reading()


@dataclass(frozen=True)
class Described:
    """A question split at the description it opens with."""

    description: str  # as written, with its head: "拿了全省两项殊荣的那个集团"
    kind: str  # the kind of thing described, as written: 职业技术学院, "company"
    head: str  # its last word: 学院
    rest: str  # what is asked of it: "它的新能源产业园投了多少钱？"

    @property
    def of_person(self) -> bool:
        return self.head.endswith(_PERSON_HEADS)

    @property
    def of_company(self) -> bool:
        return self.head.endswith(_COMPANY_HEADS)

    @property
    def asks_which(self) -> bool:
        """Whether the rest asks only which thing it is (叫什么名字, 是哪家, "what is it called")."""
        return _IDENTITY_ASKED.match(to_simplified(self.rest).strip()) is not None

    def asked_words(self, lexical: LexicalIndex) -> tuple[str, ...]:
        """The words of what is asked that the description does not use, nor a question word asks for (完工 of
        "那批…项目，已经完工了几个"; not 地方 of 什么地方, which a place answers)."""
        known = set(lexical.query_words(self.description))
        return tuple(word for word in lexical.query_words(_QUESTION_PHRASE.sub(" ", self.rest)) if word not in known)

    def asked_of(self, name: str) -> str:
        """The rest of the question asked of the name: in place of the word pointing back (它, its),
        else before it."""
        if self.rest.isascii():
            pointer = _ENGLISH_POINTER.search(self.rest)
            if pointer is None:
                return f"{name}: {self.rest}"
            word = f"{name}'s" if pointer.group(0).lower() in ("its", "their", "his", "her") else name
            return self.rest[:pointer.start()] + word + self.rest[pointer.end():]
        pointer = _POINTER.search(self.rest)
        return (self.rest[:pointer.start()] + name + self.rest[pointer.end():]) if pointer else f"{name}，{self.rest}"


def described(question: str, lexical: LexicalIndex) -> Described | None:
    """The description a question opens with, or None: a clause that asks nothing and ends in
    "…的那个名词" or "…那个名词" — a relative clause with a verb, not a possessor (卧龙集团的产业园) — or
    "The company that …", followed by a clause that asks."""
    parts = _BREAK.split(question.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1] or compound.asks(parts[0], lexical) or not (
            compound.asks(parts[1], lexical) or parts[1].rstrip().endswith(("?", "？"))):
        return None
    opening, rest = parts
    english = _ENGLISH.match(opening)
    if english:  # what it is said to be or do, in two words at least ("The one that — what?" describes nothing)
        kind = english.group("head").lower()
        said = opening[english.end():].split()
        return Described(opening, kind, kind.split()[-1], rest) if rest.isascii() and len(said) >= 2 else None
    simplified = to_simplified(opening)
    pointing = list(_POINTING.finditer(simplified))
    if not pointing:  # 借助e游小镇的平台，…; 找街道帮忙的话，…: nothing pointed at
        return None
    if "的" in simplified:
        clause, named = simplified.rsplit("的", 1)
        named = named[_POINTING.match(named).end():] if _POINTING.match(named) else named
    else:  # 预计引进5000名人才那个人才公寓
        clause, named = simplified[:pointing[-1].start()], simplified[pointing[-1].end():]
    if not 1 <= len(named) <= 8 or not all(is_cjk(c) for c in named):
        return None
    if not any(tag.startswith("v") for _, tag in lexical.tokenizer.tagged_words(clause)):
        return None
    return Described(opening, named, lexical.tokenizer.words(named)[-1], rest)


def referent(sentence: str, found: Described, terms: list[str], lexical: LexicalIndex) -> str | None:
    """The name the description points at in the clause of its sentence holding the most of it: the
    words written before the head word and with it (卧龙集团, 卧龙智慧新能源产业园, e游小镇), a person after
    it (年轻干部倪博文) or any person where a person is described, any organisation where a company is;
    None where the clause names none that the description does not name already (另一个未来社区 of 鸿雁).
    ``terms`` are the description's key terms."""
    described = to_simplified(found.description).lower()
    clause = max((c for c in CLAUSE_END.split(sentence) if c.strip()),
                 key=lambda c: sum(map(Evidence._of_text(c, lexical).has, terms)), default="")
    heads = lexical.english.get(bilingual.stem(found.head), []) if found.head.isascii() else [found.head]
    # the kind as the description writes it (职业技术学院), where the sentence does: 绍兴文理学院 is no 职业技术学院
    heads = [found.kind] if found.kind in sentence else heads
    for text in (clause, sentence):
        words = lexical.tokenizer.tagged_words(text)
        names = [name for head in heads for at in _occurrences(words, head) for name in _written_with(words, at, head)]
        if found.of_person or found.of_company:
            names += ([word for word, tag in words if tag.startswith("nr") and len(word) > 1] if found.of_person
                      else [m.group(0) for m in COMPANY.finditer(text) if "、" not in m.group(0)]
                      + [word for at, (word, tag) in enumerate(words) if tag in ("nz", "nt") and len(word) > 1
                         and (at == 0 or words[at - 1][0] != "“")])
        name = next((name for name in names
                     if _is_name(name, lexical) and not _written_in(name, heads, described, lexical)), None)
        if name or text == clause and any(head in text for head in heads):
            return name
    return None


def _is_name(name: str, lexical: LexicalIndex) -> bool:
    """Whether the words hold a proper name (卧龙 of 卧龙集团, a quoted one, e游小镇), not only common words
    (建设项目, 名贩卖毒品嫌疑人 after a count)."""
    return name.startswith("“") or any(
        len(word) > 1 and (tag.startswith(NAME_TAGS) or any(c.isascii() and c.isalpha() for c in word))
        for word, tag in lexical.tokenizer.tagged_words(name))


def _written_in(name: str, heads: list[str], described: str, lexical: LexicalIndex) -> bool:
    """Whether the description writes the name, or a name within it (鸿雁 of 曹娥街道鸿雁社区 in
    同鸿雁一起推进的另一个社区; not a common word such as 集团 or 总部)."""
    return name.strip("“") in described or any(
        word in described and word not in heads and tag.startswith(NAME_TAGS) and len(word) > 1
        for word, tag in lexical.tokenizer.tagged_words(name))


def _occurrences(words: list[tuple[str, str]], head: str) -> list[int]:
    """The indices of the words where the head word is written, ending there or starting there."""
    return [at for at, (word, _) in enumerate(words) if head in word or word and head.startswith(word)
            and "".join(w for w, _ in words[at:at + len(head)]).startswith(head)]


def _written_with(words: list[tuple[str, str]], at: int, head: str) -> list[str]:
    """The names given the head word written at ``at``: the words before it that may be part of a name,
    up to NAME_WORDS (卧龙/智慧/新能源/产业园; from the word holding it, where it is part of one: e游小镇 of
    e游小镇平台优), a name quoted right before it (“青苗成长”计划), then a person named right after it
    (年轻干部倪博文)."""
    word = words[at][0]
    names = []
    if head in word and not word.startswith(head):
        names.append(word[:word.index(head) + len(head)])
    else:
        start = at
        while start > 0 and at - start < NAME_WORDS and _may_name(*words[start - 1]):
            start -= 1
        end = at + 1
        while end < len(words) and not "".join(w for w, _ in words[at:end]).startswith(head):  # 创新/园 of 创新园
            end += 1
        if start < at:
            names.append("".join(w for w, _ in words[start:end]))
    if at > 1 and words[at - 1][0] == "”":  # “青苗成长”计划
        names.append("“" + "".join(w for w, _ in words[at - 2:at]))
    after = list(takewhile(lambda w: w[1].startswith("nr"), words[at + 1:at + 3]))
    if after:
        names.append("".join(w for w, _ in after))
    return names


def _may_name(word: str, tag: str) -> bool:
    """Whether a word before a head word may be part of its name: a noun or name, not a verb, number,
    time, pronoun or function word (打造的 | 卧龙…; 首个 | 未来社区)."""
    return tag.startswith(("n", "j", "eng", "vn")) and (is_cjk(word[-1]) or word.isalnum())


