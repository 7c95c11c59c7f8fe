"""Corrections of the question before: 打错了，是曹娥; 不是卧龙，我问的是晶盛; *Bowen; "2022, sorry".

Someone who mistyped a name or asked about the wrong thing sends what they meant, not the question again.
Searched alone, "*卧龙" or "我说的是2022年" asks nothing, and "不好意思说错了 是省级以上的" reads as an
apology. Where the chat has a question before, a message that says it corrects one — it admits a mistake
(打错了, 说错了, typo), takes words back (不是X, "not X"), says what it meant (我是说, 我问的是, "I meant"),
marks a word with an asterisk or spells a character out (倪博文，博士的博) — asks that question again,
corrected:

- the words taken back are replaced by those meant (不是销售收入，是年利润), a name with the rest of the
  name it opens (卧龙 of 卧龙智慧新能源产业园, for 晶盛);
- unsaid, what the words meant replace is found by likeness: a span written almost the same (a character
  of the same sound, or one character in three: 握龙 → 卧龙, 招商引资 → 招商引智; a word a letter or two
  away: Bowan → Bowen), a number of the same kind (a year for a year, Jan 14 → Jan 24), a name of the same
  kind of thing (江宁监狱 for 玄武监狱) or sharing a word, else the name the question is asked of;
- what asks something of its own (不是问总投资，我想问已经完工的有几个) follows the question before,
  without the words it takes back.

Words that open ordinary questions too (是…, 我想问的是…) say a correction only where what follows asks
nothing (是拥江西进, not "…，是哪里人"). A message that asks, then corrects itself and asks again (…估价是多少钱
我是说工程合同估算价) corrects no question before, nor does an apology alone (不好意思 发错了) or one asking to
ignore the last message (不用管, "ignore that").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from qa.ingest.words import HAN, dictionary_tag, syllables, to_simplified
from qa.retrieval.policy.compound import asks
from qa.retrieval.policy.framing import CLAUSE_END
from qa.retrieval.policy.terms import key_terms
from qa.retrieval.policy.vocabulary import MONTHS, NAME_TAGS, QUESTION_WORDS
from qa.store.lexical import LexicalIndex

# Saying that a mistake was made, and nothing more (打错了, 年份错了, 拼音打错了, 串台了, "voice input messed it up").
_ADMITTED = re.compile(
    r"(?:我|俺)?(?:拼音|语音(?:识别|输入)?|手机|年份|月份|名字|地名|字)?"
    r"(?:(?:打|写|输|说|讲|问|拼|搞|弄|记|看|选|按|撳|发|点|转)(?:错|反)(?:字|别字)?了?|错(?:字|别字)?了|打快了|打太快了)"
    r"|(?<!对)不对(?![劲头称])|口误|笔误|手误|手滑了?|手快了?|串台了?|(?:改|更正|纠正|修改)一下|更正|纠正|改正"
    r"|\b(?:typo|typos|oops|whoops|sorry|my bad|lol|no wait|wait|auto-?correct(?:ed)?|misspel+ed|mistyped|spelling"
    r"|correction|fat[ -]?finger(?:s|ed)?"
    r"|(?:voice|speech)(?: to text| input| typing| recognition)?(?: messed (?:it )?up)?"
    r"|(?:i )?typed (?:it )?wrong|wrong [a-z]+)\b",
    re.IGNORECASE)
_FILLER = (r"[哦噢喔啊嗯呃哎唉呀啦哈吧嘛了的哇诶欸]|那个|不是不是|不好意思|抱歉|对不起|麻烦|算了"
           r"|我?[想要]问(?:一下|下)?(?!的)|请问|整个|成个|刚才|刚刚|上一条|上一句|那句|那条|这句|前面|消息"
           r"|\b(?:um+|uh+|oh|ah|ok|okay|no|so|pls|please|that|the last one|my last message)\b")
_ONLY_FILLER = re.compile(rf"(?:{_FILLER}|[\s，,.!?！？])*", re.IGNORECASE)
_LEADING_FILLER = re.compile(rf"^(?:(?!的|了)(?:{_FILLER})[\s，,]*)+", re.IGNORECASE)
# Asking to ignore the message before: nothing to ask again.
_DISMISSED = re.compile(r"不用管|不用理|别管|别理|不使理|忽略|无视|不问了|当我没说|没事|没有东西$|没什么事|算了吧?$"
                        r"|[发按点]错|手滑|不是(?:问|对|给|发给)你"
                        r"|\b(?:ignore|never ?mind|nvm|disregard|wrong chat)\b", re.IGNORECASE)
# Words taken back: 不是X (不是问X), 唔係X as Mandarin reads it; "not X", "instead of X".
_TAKEN_BACK = re.compile(r"^(?:而|并)?不是(?:问|说|要问|想问|指|讲)?(?P<wrong>.+)$"
                         r"|^(?P<meant>.+?)[，,\s]*(?:而|并)?不是(?:问|说)?(?P<wrong2>.+)$"
                         r"|^(?:not|instead of)\s+(?:the\s+|about\s+|asking\s+(?:about\s+)?)?(?P<wrong3>.+)$"
                         r"|^(?P<meant2>.+?),?\s+(?:not|instead of)\s+(?:the\s+|about\s+)?(?P<wrong4>.+)$",
                         re.IGNORECASE)
# What no longer matters: 月份不重要, 面积不用了.
_DROPPED = re.compile(r"^(?P<wrong>.+?)(?:就)?(?:不重要|不用了|不要了|不问了|不管了|无所谓|先不管)")
# Of the thing taken back: 江宁是监狱招标, 彭水那个是摩托艇 (what the asker mixed it up with).
_EXPLAINED = re.compile(r"^(?P<wrong>[^是]+?)(?:那个|那篇|那次|那家|那边)?是")
# X打成Y了: Y was typed for X.
_TYPED_AS = re.compile(r"(?:打|写|说|输)成(?:了)?(?P<wrong>[^，,。\s]+?)了?$")
# X应该是Y, 把X改成Y, “X”应为“Y”: both said.
_REWRITTEN = re.compile(r"^把?(?P<wrong>.+?)(?:应该是|应该为|应为|应是|改成|改为|换成|→|->)(?P<meant>.+)$")
# Saying what was meant: 我说的是…, 我是说…, 我想问的是…, 应该是…; "I meant …", "I was asking about …".
_MEANT = re.compile(r"^(?:我|俺)?(?:本来|其实)?(?:是说|是讲|说的是|问的是|指的是|讲的是|的意思是|意思是|想说的是"
                    r"|是想问(?!一下|下)|是要问(?!一下|下))"
                    r"|^(?:i\s+)?(?:meant|mean)(?:\s+to\s+(?:say|ask|type|write))?\s+(?:the\s+)?"
                    r"|^i\s+(?:was|am|'m)\s+(?:asking|talking)\s+about\s+(?:the\s+)?"
                    r"|^(?:it\s+)?should\s+(?:be|say|read)\s+", re.IGNORECASE)
# Saying what is asked in words that open ordinary questions too (是…, 我想问的是…): a correction only where
# what follows asks nothing of its own (是拥江西进; not 是哪里人).
_ASKED_NOW = re.compile(r"^(?:我|俺)?(?:本来|其实)?(?:是想|是要|想|要|是)?(?:问|查)(?!一下|下|问)(?:的是|的)?"
                        r"|^(?:应该|应|其实|而)?是(?!不是)")
# Said after what was meant: "Red Rider Pioneers I mean", "X is the one I meant", 一江两岸才对.
_MEANT_AFTER = re.compile(r"(?:\s+is\s+the\s+one)?\s+i\s+meant?$|才(?:对|是)$", re.IGNORECASE)
_MEANT_WITHIN = re.compile(r"\bi\s+meant?\s+(?:to\s+(?:say|ask)\s+)?(?:the\s+)?", re.IGNORECASE)  # "2 is … i meant X"
_REJECTED = re.compile(r"不是|不|no|nope|nah", re.IGNORECASE)  # a clause saying only no (唔係，…)
_STARRED = re.compile(r"^\*\s*(?P<a>.+)$|^(?P<b>.+?)\s*\*$")
_SPELLED_CHARACTER = re.compile(r"([\u4e00-\u9fff]{2})的([\u4e00-\u9fff])")  # a clause 博士的博: which 博
# What closes a phrase meant without adding to it: 那个, 那篇, 的, particles.
_POINTED = re.compile(r"(?:那个|那篇|那家|那边|那里|那儿|这边|这里|那次|那一个|那件|那位|这个|那条|的)?"
                      r"[呀啦哈嘛吧啊哦喔了的]*$")
_QUOTES = str.maketrans("", "", "“”\"「」‘’'『』")
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[一二三四五六七八九十两]+(?=期|季度|号线)|[上下](?=半年)")
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_UNIT = re.compile(r"\s*(年|月|日|号|期|季度|半年|%|亿|万|个|家|人|岁|号线)")
_PERIODS = ("季度", "半年")
_MONTH = re.compile(rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE)
_CAPITALISED = r"[A-Z][A-Za-z.&-]*(?:['’][a-z]+)?"
_CAPITALISED_RUN = re.compile(rf"{_CAPITALISED}(?:\s+(?:of\s+|the\s+|&\s+)*{_CAPITALISED})*")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.-]*(?:['’][A-Za-z]+)?")
_LATIN_LIKENESS = 0.7  # a word a letter or two away (Bowan/Bowen, Guiling/Guilin)
_LOOSE_NOUN_TAGS = ("n", "j", "eng", "vn")
_HEADED_WORDS = 3  # "the first quarter" stands for "the second quarter"; a longer phrase is asked of its own
_SHORT_ENGLISH = 8  # words in a clause setting what was meant against what was said ("i meant X not Y")


@dataclass(frozen=True)
class Correction:
    """The question the message asks, and the question before as the conversation now holds it
    (None: the corrected question replaces it)."""
    question: str
    before: str | None

    @property
    def rewrites(self) -> bool:
        """Whether the question asked is the question before rewritten (the reply shows it as read)."""
        return self.before is None

    def history(self, earlier: list[str]) -> list[str]:
        """The conversation's questions as the message leaves them: the one before as corrected, or
        dropped where the message asks it anew."""
        return [*earlier[:-1], *([self.before] if self.before else [])]


@dataclass(frozen=True)
class _Said:
    """What a correction says: the words it means and those it takes back."""
    phrases: tuple[str, ...]  # what is meant, clause by clause
    wrong: tuple[str, ...]

    @property
    def meant(self) -> str:
        """What is meant, all of it, as one phrase."""
        return " ".join(self.phrases)


def corrected(message: str, before: str, lexical: LexicalIndex) -> Correction | None:
    """The question a message correcting ``before`` asks (see the module); None where it corrects nothing."""
    before = to_simplified(before)
    said = _read(message, before, lexical)
    if said is None:
        return None
    stated = [phrase for phrase in said.phrases if not asks(phrase, lexical)]
    if len(stated) < len(said.phrases):  # 不是现金 是总额 总共多少: what it takes back is put right all the same
        found = bool(stated) and any(_found(before, wrong) for wrong in said.wrong)
        question = _replaced(before, _Said(tuple(stated), said.wrong), lexical) if found else None
        return Correction(question, None) if question else Correction(said.meant, _without(before, said.wrong))
    question = _replaced(before, said, lexical)
    return Correction(question, None) if question else Correction(said.meant, before)


def _read(message: str, before: str, lexical: LexicalIndex) -> _Said | None:
    """What a correction means and takes back, or None where the message does not correct the question
    before: it says no correction, or it asks, corrects itself and asks again (…限上零售额，我讲错，是增速…)."""
    text = _ORDINAL.sub(r"\1", to_simplified(message).translate(_QUOTES)).strip()  # 27th for the 17 of "Nov 17"
    if _DISMISSED.search(text):
        return None
    said = [_clause(clause.strip(), lexical) for clause in filter(str.strip, CLAUSE_END.split(text))]
    # c: a phrase; m: a correction said; M: a correction said with the phrase it means
    kinds = "".join(("M" if phrase else "m") if marked else "c" if phrase else "" for phrase, _wrong, marked in said)
    if re.match(r"c+.*(?:M|m.*[cM])", kinds):  # asked, then corrected and asked again: no earlier question's
        return None
    meant = [phrase for phrase, _wrong, _marked in said if phrase]
    wrong = [words for _phrase, taken, _marked in said for words in taken]
    explained = [m for m in map(_EXPLAINED.match, meant) if m and m["wrong"] in before
                 and (not wrong or m["wrong"] in wrong)]
    if len(explained) < len(meant):
        wrong += [m["wrong"] for m in explained]
        meant = [phrase for phrase in meant if not any(m.string == phrase for m in explained)]
    # said twice (是天津塘沽 塘沽那个): once; a name stated is kept beside a question holding it
    meant = [phrase for phrase in meant
             if not any(phrase != other and phrase in other and not asks(other, lexical) for other in meant)]
    phrases = tuple(dict.fromkeys(meant))
    return _Said(phrases, tuple(w for w in wrong if w)) if kinds.strip("c") and phrases else None


def _clause(clause: str, lexical: LexicalIndex) -> tuple[str, list[str], bool]:
    """One clause of a message read as part of a correction: the phrase it means (or ""), the words it
    takes back, and whether it says it corrects. A clause that asks says so only in words meaning it
    (我是说…, "I meant …")."""
    if (character := _SPELLED_CHARACTER.fullmatch(clause)) and character[2] in character[1]:
        return "", [], True
    if _REJECTED.fullmatch(clause):
        return "", [], True
    asking = asks(clause, lexical)
    wrong, marked = [], False
    if not asking:
        if typed := _TYPED_AS.search(clause):
            wrong.append(_phrase(typed["wrong"]))
            clause, marked = clause[:typed.start()], True
        if typo := _typed_wrong(clause):
            return "", [*wrong, typo], True
        admitted = _ADMITTED.sub(" ", clause)
        marked, clause = marked or admitted != clause, admitted
    clause = _LEADING_FILLER.sub("", clause.strip(" ，,.")).strip()
    if _ONLY_FILLER.fullmatch(clause):
        return "", wrong, marked
    if starred := _STARRED.match(clause):
        clause, marked = (starred["a"] or starred["b"]).strip(), True
    if not asking and (dropped := _DROPPED.match(clause)):
        return "", [*wrong, _phrase(dropped["wrong"])], True
    if rewritten := _REWRITTEN.match(clause):
        wrong.append(_phrase(rewritten["wrong"]))
        clause, marked = rewritten["meant"], True
    elif not asking and (back := _TAKEN_BACK.match(clause)) and not (back["wrong4"] and _asks_in_english(clause)):
        wrong.append(_phrase(back["wrong"] or back["wrong2"] or back["wrong3"] or back["wrong4"]))
        clause, marked = back["meant"] or back["meant2"] or "", True
    if said := _MEANT.match(clause) or _MEANT_WITHIN.search(clause):
        clause, marked = clause[said.end():], True
    elif said := _MEANT_AFTER.search(clause):
        clause, marked = clause[:said.start()], True
    elif said := _ASKED_NOW.match(clause):
        clause, marked = clause[said.end():], marked or not asks(clause[said.end():], lexical)
    return _phrase(clause), wrong, marked


def _typed_wrong(clause: str) -> str | None:
    """What a Chinese clause closing in its one admission says was typed wrong (搏 of 搏打错了)."""
    admitted = _ADMITTED.search(clause)
    if not (admitted and HAN.match(clause)) or clause[admitted.end():].strip(" ，,."):
        return None
    return _phrase(clause[:admitted.start()]) or None


def _asks_in_english(clause: str) -> bool:
    """Whether an English clause holds a question word, or is too long to be a name set against another
    ("by what date … if the US has not filed …" is no "Trump not Obama")."""
    words = re.findall(r"[a-z]+", clause.lower())
    return bool(words) and (any(word in QUESTION_WORDS for word in words) or len(words) > _SHORT_ENGLISH)


def _phrase(text: str) -> str:
    """A phrase as meant, without what opens or closes it and adds nothing (嗯, 那个, 的, 呀)."""
    text = _LEADING_FILLER.sub("", re.sub(r"[()（）\[\]]", " ", text).strip(" ，,.!！"))
    return _POINTED.sub("", text).strip(" ，,.!！")


def _replaced(before: str, said: _Said, lexical: LexicalIndex) -> str | None:
    """The question before with the words meant in place of those they correct, or None where no
    span of it is found for them."""
    for phrase in said.phrases:
        if span := _alike_span(before, phrase):  # a typo put right, whatever else is said
            return _put(before, span, said.meant)
    for wrong in said.wrong:
        span = _found(before, wrong)
        if span is None:
            continue
        overlap = _overlap(said.meant, before[span[1]:])
        if overlap:
            span = span[0], span[1] + overlap
        elif not _alike(wrong, said.meant) and _is_name(before, wrong, lexical):
            span = _name_run(before, span, lexical)
        return _put(before, span, said.meant)
    for phrase in said.phrases:
        if prefix := _prefix(phrase, before):  # 最大的是江苏有线 for 最大的是韦尔股份
            start = before.find(phrase[:prefix]) + prefix
            end = next((end for begin, end, _words in _runs(before, lexical) if begin == start), None)
            if end is not None:
                return before[:start] + phrase[prefix:] + before[end:]
        span = _numbered_span(before, phrase) or _month_span(before, phrase) or _kind_span(before, phrase, lexical)
        if span is None:
            continue
        if _NUMBER.fullmatch(before[span[0]:span[1]]):  # a number for a number, its unit kept
            return before[:span[0]] + _NUMBER.search(phrase)[0] + before[span[1]:]
        return _put(before, span, said.meant)
    return None


def _put(before: str, span: tuple[int, int], meant: str) -> str:
    """The question before with the words meant in the span, and in every other place saying a Latin-script
    span's word (CBD … 'cultivate an urban CBD')."""
    said = before[span[0]:span[1]]
    if HAN.search(said) or not said[:1].isalpha():
        return before[:span[0]] + meant + before[span[1]:]
    return re.sub(rf"(?<![A-Za-z]){re.escape(said)}(?![A-Za-z])", lambda _said: meant, before)


def _prefix(phrase: str, before: str) -> int:
    """How long a start of the phrase meant (two characters or more, short of all of it) the question before
    says too, where the phrase is Chinese."""
    if not HAN.match(phrase):
        return 0
    return next((size for size in range(len(phrase) - 1, 1, -1) if phrase[:size] in before), 0)


def _overlap(meant: str, rest: str) -> int:
    """How much of what follows the words taken back the words meant end with (渭南市长 for 韩城 of
    韩城市长…: 市长)."""
    return next((size for size in range(min(len(meant), len(rest)), 1, -1) if meant.endswith(rest[:size])), 0)


def _found(before: str, wrong: str) -> tuple[int, int] | None:
    """Where the question before says the words taken back, as written or almost."""
    at = before.lower().find(wrong.lower())
    if at < 0:
        return _alike_span(before, wrong)
    modifier = before[at - 1:at]  # 总 of 总投资, where 投资 is taken back
    return (at - 1 if modifier and dictionary_tag(modifier) == "b" else at), at + len(wrong)


def _without(before: str, wrong: tuple[str, ...]) -> str:
    """The question before without the words taken back."""
    for words in wrong:
        before = re.sub(re.escape(words), "", before, flags=re.IGNORECASE)
    return before


def _alike(a: str, b: str) -> bool:
    """Written almost the same: Chinese of the same sound or one character in three other; words a letter
    or two apart."""
    if a == b:
        return False
    if HAN.fullmatch(a) and HAN.fullmatch(b):
        if len(a) != len(b):
            return False
        differing = sum(x != y for x, y in zip(a, b))
        return syllables(a) == syllables(b) or len(a) >= 3 and differing <= len(a) // 3
    if HAN.search(a) or HAN.search(b):
        return False
    return SequenceMatcher(None, a.lower(), b.lower()).ratio() >= _LATIN_LIKENESS


def _alike_span(before: str, meant: str) -> tuple[int, int] | None:
    """The span of the question before written almost as ``meant`` (see ``_alike``)."""
    if HAN.fullmatch(meant):
        spans = [(at, at + len(meant)) for at in range(len(before) - len(meant) + 1)]
    else:
        words = list(_WORD.finditer(before))
        count = len(_WORD.findall(meant))
        spans = [(words[at].start(), words[at + count - 1].end()) for at in range(len(words) - count + 1)] \
            if count else []
    alike = [span for span in spans if _alike(before[span[0]:span[1]], meant)]
    return max(alike, key=lambda span: syllables(before[span[0]:span[1]]) == syllables(meant), default=None)


def _month_span(before: str, meant: str) -> tuple[int, int] | None:
    """A month of the question before, where a month is meant ("*april" for "last may")."""
    if not (_MONTH.fullmatch(meant.strip()) and (month := _MONTH.search(before))):
        return None
    return month.span() if month[0].lower() != meant.strip().lower() else None


def _numbered_span(before: str, meant: str) -> tuple[int, int] | None:
    """The number of the question before of the same kind as the one meant: the same unit (2023年 for
    2022年, 一季度 for 上半年) or the same word before it (Jan 14 for Jan 24), or a year for a year."""
    number = _NUMBER.search(meant)
    if number is None:
        return None
    unit, word = _unit(meant, number), _word_before(meant, number)
    for other in _NUMBER.finditer(before):
        if other[0] == number[0]:
            continue
        same_unit = unit and _unit(before, other) in ({unit} if unit not in _PERIODS else set(_PERIODS))
        same_word = word and _word_before(before, other) == word
        years = len(number[0]) == len(other[0]) == 4 and not unit
        if same_unit and unit in _PERIODS:
            return other.start(), _UNIT.match(before, other.end()).end()
        if same_unit or same_word or years:
            return other.span()
    return None


def _unit(text: str, number: re.Match[str]) -> str | None:
    """The unit the number is counted in (年, 季度, %), if any."""
    unit = _UNIT.match(text, number.end())
    return unit[1] if unit else None


def _word_before(text: str, number: re.Match[str]) -> str | None:
    """The Latin word before the number (jan of Jan 14), if any."""
    words = _WORD.findall(text[:number.start()])
    return words[-1].lower() if words else None


def _runs(before: str, lexical: LexicalIndex) -> list[tuple[int, int, list[str]]]:
    """The runs of nouns and names in the question before: their spans and words."""
    names = set(key_terms(before, lexical).names)
    runs, at, run = [], 0, None
    for word, tag in lexical.tokenizer.tagged_words(before):
        nominal = tag.startswith(_LOOSE_NOUN_TAGS + NAME_TAGS) or word in names
        if nominal and word.strip():
            run = (run[0], at + len(word), [*run[2], word]) if run else (at, at + len(word), [word])
        elif run:
            runs, run = [*runs, run], None
        at += len(word)
    return [*runs, run] if run else runs


def _is_name(before: str, words: str, lexical: LexicalIndex) -> bool:
    """Whether the words are a name: as jieba tags them, the key terms read them, or capitalised."""
    if not HAN.search(words):
        return words[:1].isupper()
    terms = key_terms(before, lexical)
    return words in terms.names or words in terms.subjects or any(
        tag.startswith(NAME_TAGS) for _word, tag in lexical.tokenizer.tagged_words(words))


def _name_run(before: str, span: tuple[int, int], lexical: LexicalIndex) -> tuple[int, int]:
    """The span widened to the rest of the name it opens (卧龙 → 卧龙智慧新能源产业园)."""
    if not HAN.search(before[span[0]:span[1]]):
        return span
    for start, end, _words in _runs(before, lexical):
        if start <= span[0] < end:
            return span[0], max(end, span[1])
    return span


def _kind_span(before: str, meant: str, lexical: LexicalIndex) -> tuple[int, int] | None:
    """The name of the question before that the name meant stands for: one of the same kind of thing
    (ending in the same word or character: 玄武监狱 for 江宁监狱, 渭南中院 for 韩城法院), one sharing a word,
    else the one the question is asked of."""
    if not HAN.search(meant):
        return _capitalised_span(before, meant) if meant[:1].isupper() else _headed_span(before, meant)
    words = [word for word, _tag in lexical.tokenizer.tagged_words(meant) if word.strip()]
    runs = [run for run in _runs(before, lexical) if before[run[0]:run[1]] != meant]
    for start, _end, run in runs:  # the run up to its word of the same kind (玄武监狱 of 玄武监狱外墙)
        ends = [start + len("".join(run[:at + 1])) for at, word in enumerate(run)
                if word == words[-1] or len(words[-1]) > 1 and word[-1] == meant[-1]]
        if ends:
            return start, ends[0]
    for run in runs:
        if any(len(word) > 1 and word in run[2] for word in words):
            return run[0], run[1]
    if not _is_name(meant, meant, lexical):
        return None
    subjects = key_terms(before, lexical).subjects
    return next(((start, end) for start, end, run in runs if subjects and subjects[0] in run), None)


def _headed_span(before: str, meant: str) -> tuple[int, int] | None:
    """The words of the question before ending in the same word as the English words meant, as many
    ("the first quarter" for "the second quarter")."""
    meant_words = _WORD.findall(meant)
    if len(meant_words) > _HEADED_WORDS:
        return None
    words = list(_WORD.finditer(before))
    ends = [at for at, word in enumerate(words) if meant_words and word[0].lower() == meant_words[-1].lower()]
    if not ends or ends[0] < len(meant_words) - 1:
        return None
    span = words[ends[0] - len(meant_words) + 1].start(), words[ends[0]].end()
    return span if before[span[0]:span[1]].lower() != meant.lower() else None


def _capitalised_span(before: str, meant: str) -> tuple[int, int] | None:
    """The run of capitalised words (after the first word) of the question before that the name meant
    stands for: the one sharing a word with it, else the longest."""
    runs = [run for run in _CAPITALISED_RUN.finditer(before) if run.start() > 0]
    shared = [run for run in runs if set(run[0].lower().split()) & set(meant.lower().split())]
    run = max(shared or runs, key=lambda run: len(run[0]), default=None)
    return (run.start(), run.start() + len(re.sub(r"['’]s$", "", run[0]))) if run else None
