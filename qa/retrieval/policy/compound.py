"""Two questions in one message: "卧龙产业园总投资多少，什么时候投产？", "What was seized and how many were arrested?"

Read as one question, such a message gets one passage and one marked sentence, for
whichever part scores higher, and the other part goes unanswered without a word. Each
part is asked on its own instead (a later part that lacks its subject as a follow-up of
the part before it), and the replies are joined: every part's answering sentence
marked, and a part the articles do not answer named in the reply.

A message is split where a clause that asks (a question word, 吗, 是否, X不X, …没) ends and
another that asks begins: at a question mark, a comma or 、, a space between Chinese
clauses, or a joining word (还有, 以及, 另外; in English "and" or "also" before a question
word). A clause that asks nothing ("如果签了合同，怎么办", "the time and place of …") keeps
the message whole, and so do question words listed before one verb (什么时候、在哪里举办的), and a
quotation (谁说过“宁可自己多跑一步，也要让群众少跑一趟”).
"""

from __future__ import annotations

import re

from qa.ingest.words import to_simplified
from qa.retrieval.policy.quotes import marked_spans
from qa.retrieval.policy.vocabulary import QUESTION_WORDS, YES_NO_ASKED
from qa.store.lexical import LexicalIndex

MAX_PARTS = 3  # more is a list of questions pasted in, searched as it is
# Where one asking clause may end and the next begin; the joining word stays out of both parts. A phone's
# space between Chinese clauses is one (判了多久 喝了多少).
_BOUNDARY = re.compile(r"[？?！!；;]+\s*|(?:[，、]|(?<=[\u4e00-\u9fff]),)\s*(?:还有|以及|另外|并且|那么|同时)?\s*"
                       r"|(?<=[\u4e00-\u9fff])(?:\s+|还有|以及|另外)(?=[\u4e00-\u9fff])"
                       r"|,?\s+(?:and|also|and also)\s+(?=(?:how|what|which|who|whom|whose|when|where|why|is|are|was"
                       r"|were|did|does|do|has|have|had|can|could|will|would)\b)", re.I)
_ENGLISH_ASKING = re.compile(r"^(?:how|what|which|who|whom|whose|when|where|why|is|are|was|were|did|does|do|has|have"
                             r"|had|can|could|will|would|list|name)\b", re.I)
# 哪一年, 几家, 第几名: question words jieba keeps joined to a measure
_CHINESE_ASKING = re.compile(r"^(?:哪(?!怕)|几(?!乎)|第几)")
_NOT_YET = re.compile(r"没有?[？?。\s]*$")  # 抓到没: asks whether, as 抓到了吗 does
# A clause after 、 that opens with a question word (or a preposition and one) shares the verb at the end
# of the message with the clause before: 是什么时候、在哪里举办的
_SHARED_VERB = re.compile(r"^(?:[在由从向跟和被为以到]?\s*(?:哪|什么|谁|何|几|多少|怎么|如何))")
_HOW_MUCH = set("大久长高远重少")  # 多 before these asks how much, where jieba cuts them apart (多/大)
_MIN_PART_CHARACTERS = 2


def asks(clause: str, lexical: LexicalIndex) -> bool:
    """Whether a clause asks something of its own (not a condition or a topic before the question)."""
    text = clause.strip()
    if text.isascii():
        return _ENGLISH_ASKING.match(text) is not None
    simplified = to_simplified(text)
    if YES_NO_ASKED.search(simplified + "？") or _NOT_YET.search(simplified):
        return True
    words = [word for word, _tag in lexical.tokenizer.tagged_words(simplified)]
    return any(word in QUESTION_WORDS or _CHINESE_ASKING.match(word) and len(word) <= 3
               or word == "多" and after[:1] in _HOW_MUCH for word, after in zip(words, [*words[1:], ""]))


def _long_enough(clause: str) -> bool:
    return sum(ch.isalnum() for ch in clause) >= _MIN_PART_CHARACTERS


def parts(question: str, lexical: LexicalIndex) -> list[str]:
    """The questions a message asks, in order; the message alone when it asks one thing."""
    pieces, start = [], 0
    quoted = marked_spans(question)
    for boundary in _BOUNDARY.finditer(question):
        if any(opens < boundary.start() < closes for opens, closes in quoted):
            continue
        clause, rest = question[start:boundary.start()], question[boundary.end():]
        listed = boundary.group().strip().startswith("、")
        if (_long_enough(clause) and _long_enough(rest) and asks(clause, lexical) and asks(rest, lexical)
                and not (listed and _SHARED_VERB.match(to_simplified(rest))) and len(pieces) < MAX_PARTS - 1):
            pieces.append(clause.strip())
            start = boundary.end()
    if not pieces:
        return [question]
    return [*pieces, question[start:].strip()]
