"""What someone said: who said a quote, and what a person said.

"谁说的……", "这话是哪个干部跟企业讲的", "Who said …" ask who spoke: the sentence marked must name them, so
where the sentence answering is a quote whose speaker another sentence names (“……就找我。”近日，……倪博文
挨个走访……), that sentence is marked; the quote stays in view in its passage. "倪博文问了人家什么",
"街道相关负责人怎么看高校的作用", "What did Ni Bowen promise?" ask a person's words: the passage marked first
is one quoting them (or saying what they think, 宋亮认为，……), at their words; where no passage offered
does ("卧龙集团老板是怎么评价……"), what they said is what the articles lack. Only people are asked after
so: an organisation's view (靛蓝航空官方怎么解释) is any sentence's. Words a Chinese question quotes and credits
to someone ("曹娥街道相关负责人说「我的电话和微信同号」") that the article quotes from another are corrected:
文章写的是……倪博文，不是曹娥街道相关负责人.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from qa.ingest.quotes import Said, attribution, speakers
from qa.ingest.sentences import split_sentences
from qa.ingest.words import pinyin, to_simplified
from qa.retrieval.contract import Hit
from qa.retrieval.policy.vocabulary import OFFICE, PERSON_ENDINGS
from qa.store.lexical import LexicalIndex

_WHO = r"(?:谁|哪位|哪个人|什么人|边个|哪个|那个人)"
_SPOKE = r"(?:说|讲|表示|提到|谈到|问|夸|称赞|评价|批评|呼吁|强调|指出|透露|认为)"
SPEAKER_ASKED = re.compile(  # read in Simplified script
    rf"{_WHO}[^。？?！!]{{0,14}}?{_SPOKE}|{_SPOKE}[^。？?！!]{{0,40}}?的(?:那个人|那位|人)?[,，]?(?:是|系){_WHO}"
    rf"|(?:出自|引自|来自){_WHO}|{_WHO}(?:的话|嘅说话|嘅话)"
    rf"|{_SPOKE}[^。？?！!]{{0,40}}?的[^。？?！!，,]{{0,8}}?(?:叫什么|叫甚么|什么职务|甚么职务|什么身份)"
    r"|\bwho\b.{0,60}?\b(?:said|says|say|told|tells|stated|remarked|quoted|promised|asked)\b|\bwhose (?:words|remarks)",
    re.I)
_QUESTION_QUOTE = re.compile(r"[“「『\"]([^”」』\"]{3,})[”」』\"]")
_CREDITED = re.compile(rf"{_SPOKE}(?:过|了|咗|道)?[：:，,]?\s*$")  # 负责人说「…」, 倪博文讲过：“…”
_UNPUNCTUATED = re.compile(r"[^\w]")
_TRANSCRIBED = re.compile(r"[^，,。：:【】\s][^，,。：:【】]{0,30}(?=[：:])")  # who a transcript's line is of
_VERB = (r"(?:说|讲|评价|看待|看|睇|表示|强调|承诺|回应|回答|问|回忆|回|谈|提到|提出|提|形容|解释|介绍|认为|觉得"
         r"|建议|呼吁|透露|告诉|供述|交代|承认|坦言)")
_WHAT = r"(?:什么|啥|哪些|哪个|边个|乜嘢|乜|咩|甚么|谁)"
WORDS_ASKED = re.compile(  # read in Simplified script
    rf"(?:怎么|怎样|如何|点样|点|咋)(?:样)?(?P<how>{_VERB})|(?P<what>{_VERB})(?:了|咗|过|到)?[^，,。？?！!]{{0,8}}?"
    rf"(?:{_WHAT}|怎样|怎么样|如何|点样)|{_WHAT}(?:承诺|话|看法|说法|评价|建议)"
    rf"|(?P<said>(?!问){_VERB})(?:说|道)?[，,：:][^。]*?(?:{_WHAT}|多少|几|哪)")  # 熊心顺回忆，……是什么树, not 真心问：
ENGLISH_WORDS_ASKED = re.compile(
    r"\b(?i:what did|how did|what does|how does)\s+(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+"
    r"(?:say|tell|promise|ask|think|stress|describe|view|see|mention|explain)\b"
    r"|\b(?i:according to)\s+(?P<after>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_PRONOUNS = frozenset("他 她 他们 她们 佢 佢哋 对方".split())
_TO = frozenset("跟 对 向 给 同 和 与 问".split())  # before the one spoken to
_POINTING = frozenset("那位 这位 那个 这个 那名 这名 那 这 位 名 相关".split())
_ARTICLE_VOICE = frozenset("作者 记者 小编 编者 笔者 本报 文章 报道".split())  # the article's own words
_ROLES = ("干部", "领导", "老板", "专家", "师", "官", "警察", "记者", "女士", "先生", "小姐", "师傅", "代表")


@dataclass(frozen=True)
class Asked:
    """A question about speech: whose words are asked (the words of the question naming them, or an
    English name), or None where who spoke is asked."""

    speaker: tuple[str, ...] | None
    english: bool = False

    def lacking(self) -> str:
        """What the articles lack where no passage offered quotes the speaker."""
        name = " ".join(self.speaker or ())
        return f"what {name} said" if self.english else f"{''.join(self.speaker or ())}的说法"


def _is_person(word: str, tag: str, following: str = "") -> bool:
    """Whether a word names a person: a personal name, a word for a person, or a plural (商户们)."""
    named_place = tag.startswith(("ns", "nt"))  # 武汉 ends as 男子汉 does
    return tag == "nr" or not named_place and (word.endswith(PERSON_ENDINGS) or word.endswith(_ROLES)
                                               or OFFICE.search(word) is not None or following == "们")


def _speaker_before(clause: str, lexical: LexicalIndex) -> tuple[str, ...] | None:
    """The first person a clause names before what they are asked to have said, not one spoken to: a
    personal name, or the nouns ending in a word for a person (重大项目服务专班那位年轻干部); None where it
    names no person or points back to one (他)."""
    words = [(word, tag) for word, tag in lexical.tokenizer.tagged_words(clause) if word.strip()]
    for end, (word, tag) in enumerate(words):
        if word in _PRONOUNS and not (end + 1 < len(words) and _is_person(*words[end + 1])):
            return None  # 他跟记者怎么说的: the person is one named before (她丈夫 is hers)
        following = words[end + 1] if end + 1 < len(words) else ("", "x")
        if not _is_person(word, tag, following[0]) or tag == "nr" and following[1].startswith("n"):
            continue  # 曹娥 of 曹娥街道 is a place, 倪 of 倪博文 part of a name
        if following[0] == "的" and end + 2 < len(words) and words[end + 2][1].startswith("n") \
                or tag != "nr" and following[1] == "nr":
            continue  # 刘叶的丈夫, 永旺的商户们: what is theirs speaks; 分析师宋亮: the name follows
        start = end
        if tag == "nr":
            while start > 0 and words[start - 1][1] == "nr":
                start -= 1
        else:
            while start > 0 and (words[start - 1][1].startswith(("n", "vn")) and words[start - 1][1] != "ng"
                                 or words[start - 1][0] in _POINTING):
                start -= 1
        if start > 0 and words[start - 1][0] in _TO:
            continue  # 跟记者: who is spoken to
        return ("".join(word for word, _ in words[start:end + 1]),) if tag == "nr" else tuple(
            word for word, _ in words[start:end + 1] if word not in _POINTING)
    return None


def asked(question: str, lexical: LexicalIndex) -> Asked | None:
    """How the question asks about speech, or None where it does not (see the module)."""
    if english := ENGLISH_WORDS_ASKED.search(question):
        return Asked(tuple((english.group("who") or english.group("after")).split()), english=True)
    simplified = to_simplified(question)
    words_of = lexical.tokenizer.words(simplified)
    if (who := SPEAKER_ASKED.search(simplified)) and (who.group().isascii() or any(
            re.fullmatch(_SPOKE, word) and word in who.group() for word in words_of)):  # 问 of 谁的问题 is none
        return Asked(None)
    words = WORDS_ASKED.search(simplified)
    verb = words and (words.group("how") or words.group("what") or words.group("said"))
    if words is None or verb and verb not in words_of:  # 问 of 问题 is no verb
        return None
    clauses = re.split(r"[，,。；;：:？?！!]", simplified[:words.start()])
    # the clause before where the verb opens its own (起诉……的王女士，认为自己……是谁的问题)
    clause = clauses[-1] if clauses[-1].strip() or len(clauses) == 1 else clauses[-2]
    speaker = _speaker_before(clause, lexical)
    return Asked(speaker) if speaker and not _ARTICLE_VOICE.intersection(speaker) else None


def _by(said: Said | None, sentence: str, asked: Asked) -> bool:
    """Whether a sentence is the asked speaker's words: a quote of theirs, or what it says they think."""
    if asked.speaker is None:
        return False
    speaker = to_simplified(said.speaker if said else attribution(sentence, reported=True)).lower()
    if not speaker and not asked.english:  # a transcript's line: 宏杰房地产开发有限公司 相关负责人 王平：……
        speaker = next((line.group() for line in _TRANSCRIBED.finditer(to_simplified(sentence))
                        if asked.speaker[-1] in line.group()), "")
    if asked.english:
        return "".join(asked.speaker).lower().replace("-", "") in pinyin(speaker)
    return _in_order("".join(asked.speaker), speaker)


def _in_order(name: str, speaker: str) -> bool:
    """Whether the characters of a name as the question writes it come in order in the speaker's words
    (服务专班干部 of 重大项目服务专班的年轻干部倪博文; jieba cuts the question's 专/班干部)."""
    rest = iter(speaker)
    return all(character in rest for character in name)


def _sentences(hit: Hit, lexical: LexicalIndex) -> tuple[list[tuple[int, int]], list[Said | None]]:
    spans = split_sentences(hit.text)
    return spans, speakers([hit.text[start:end] for start, end in spans], lexical.tokenizer.tagged_words)


def _marked_at(hit: Hit, spans: list[tuple[int, int]], at: int) -> Hit:
    start, end = spans[at]
    return replace(hit, sentence=hit.text[start:end], sentence_span=(start, end))


def _theirs(hit: Hit, asked: Asked, lexical: LexicalIndex) -> list[int]:
    spans, said = _sentences(hit, lexical)
    return [at for at, ((start, end), found) in enumerate(zip(spans, said)) if _by(found, hit.text[start:end], asked)]


def unheard(hits: list[Hit], asked: Asked, lexical: LexicalIndex) -> bool:
    """Whether no passage offered quotes the asked speaker or says what they said or think: their words
    are not there. A passage naming them as the question does that also quotes someone it names only as
    他 or not at all is given the benefit of the doubt: the words may be theirs."""
    if asked.speaker is None:
        return False
    return not any(_theirs(hit, asked, lexical) or not asked.english and _unattributed(hit, lexical) and all(
        word in to_simplified(hit.text) for word in asked.speaker) for hit in hits)


def _unattributed(hit: Hit, lexical: LexicalIndex) -> bool:
    """Whether a passage quotes someone it does not name (a quote of no one, or of 他, 她)."""
    return any(found is not None and (not found.speaker or found.speaker.startswith(tuple(_PRONOUNS)))
               for found in _sentences(hit, lexical)[1])


def heard(hits: list[Hit], asked: Asked, question: str, lexical: LexicalIndex) -> list[Hit]:
    """The hits as the question about speech needs them: who spoke asked, the first marked where its
    quote's speaker is named; a person's words asked, the first hit quoting them moved first (within
    ``hits``) and marked at the quote of theirs holding the most of the question's words."""
    if not hits:
        return hits
    if asked.speaker is None:
        spans, said = _sentences(hits[0], lexical)
        at = next((i for i, span in enumerate(spans) if span == tuple(hits[0].sentence_span)), None)
        found = said[at] if at is not None else None
        if found is None or not found.speaker or found.named_in in (None, at):
            return hits
        return [_marked_at(hits[0], spans, found.named_in), *hits[1:]]
    for position, hit in enumerate(hits):
        theirs = _theirs(hit, asked, lexical)
        if not theirs:
            continue
        spans = split_sentences(hit.text)
        wanted = set(lexical.tokenizer.tokens(question))
        best = max(theirs, key=lambda at: (len(wanted & set(lexical.tokenizer.tokens(
            hit.text[spans[at][0]:spans[at][1]]))), spans[at] == tuple(hit.sentence_span), -at))
        hit = _marked_at(hit, spans, best)
        reordered = [hit, *hits[:position], *hits[position + 1:]]
        return [replace(h, rank=rank) for rank, h in enumerate(reordered, start=1)]
    return hits


def miscredited(question: str, hits: list[Hit], lexical: LexicalIndex) -> list[tuple[str, str]]:
    """[(the question's speaker, the article's)] where a Chinese question credits words it quotes to a
    person and the passages offered quote them from someone else (see the module); else []."""
    simplified = to_simplified(question)
    for quote in _QUESTION_QUOTE.finditer(simplified):
        before = simplified[:quote.start()]
        credit = _CREDITED.search(before)
        clause = re.split(r"[，,。；;？?！!]", before[:credit.start()])[-1] if credit else ""
        speaker = _speaker_before(clause, lexical) if clause else None
        if not speaker:
            continue
        words = _UNPUNCTUATED.sub("", quote.group(1))
        for hit in hits:
            spans, said = _sentences(hit, lexical)
            for (start, end), found in zip(spans, said):
                sentence = to_simplified(hit.text[start:end])
                if found and found.speaker and words in _UNPUNCTUATED.sub("", sentence) \
                        and not _by(found, sentence, Asked(speaker)):
                    asked = clause[clause.find(speaker[0]):clause.rfind(speaker[-1]) + len(speaker[-1])]
                    return [(asked, found.speaker)]  # as the question writes them: 曹娥街道相关负责人
    return []
