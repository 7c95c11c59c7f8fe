"""Asides around a question: what a post says besides what it asks (手机打字，见谅。…; 高登仔求教：…; 沙发！…).

Forums and group chats wrap a question in words that ask nothing of the articles. Triage cuts the
common phrases (大佬们, 求科普, 在线等); the rest is open-ended, so it is read by what it does
not do: a clause is an aside when it asks nothing, names no one and holds no word the articles
use (as written or through the dictionary). A clause that asks only whether someone
knows (有懂的吗, 有人知道吗: no key term) is one too, where another clause asks something in the
articles' words. A noun alone is no aside: it may be the topic the next clause asks about
("常住人口，曹娥街道有多少"); nor is a clause naming someone the articles never mention (比亚迪呢).
Asides are left out of the search and of the evidence check, as a courtesy phrase is, and so is
courtesy said between the clauses (…总投资多少 谢谢 另外晶盛的呢, 哦 60亿 好多 谢谢 那…年利润呢).

What the asker tells before asking is their story, not the question: the clauses before the words
saying they come to it (…盖楼 就是想问一下…), and a clause in the first person that asks nothing
(我们小区楼下经常有外卖小哥戴着红袖章，…). Of a story only the things it names that the articles name too
are kept, as the topic (鸿雁社区 of 我昨天路过鸿雁社区那边看到在盖楼); its other words (昨天, 盖楼) are no
terms the articles must hold.
"""

from __future__ import annotations

import re

from qa.ingest.words import HAN, to_simplified
from qa.retrieval.policy.compound import asks
from qa.retrieval.policy.overview import reaches_corpus
from qa.retrieval.policy.quotes import marked_spans
from qa.retrieval.policy.terms import key_terms
from qa.retrieval.policy.triage import triage
from qa.retrieval.policy.vocabulary import NAME_TAGS
from qa.store.lexical import LexicalIndex

_WHO_KNOWS = re.compile(r"知道|懂|了解|清楚|晓得|认识")
# Where a clause ends: punctuation, emoji (📍, 🥲, 🆘), a hashtag's #, a space between Chinese words.
CLAUSE_END = re.compile(r"[，,。！!？?；;：:~～…\n]+\s*|[\u2600-\u27bf\U0001f100-\U0001faff]+\s*|\s*#\s*"
                        r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")

# The asker coming to the question after telling something (就是想问一下, 所以我想知道, 请问).
_ASKING_NOW = re.compile(r"[，,。\s]*(?:所以|那|就是)?我?(?:就|只)?是?想(?:[问問]|[请請]教|了解|知道)(?:一下|下|的是)?"
                         r"[，,：:\s]*|[，,。\s]+[请請][问問](?:一下)?[，,：:\s]*")
_FIRST_PERSON = re.compile(r"^(?:我|俺|咱)")


def without_asides(question: str, lexical: LexicalIndex) -> str:
    """The question without the clauses around it that ask nothing of the articles, and with the asker's
    story before it cut to what it names (see the module)."""
    now = _ASKING_NOW.search(question)
    if now and now.start() > 0 and now.end() < len(question) and asks(question[now.end():], lexical):
        told = _named(question[:now.start()], lexical)
        question = (told + "，" if told else "") + question[now.end():]
    clauses = _clauses(question)
    clauses = [(piece, end) for piece, end in clauses if triage(piece).kind != "greeting"] or clauses
    asking = [asks(piece, lexical) for piece, _ in clauses]  # a story cut to its names asks nothing still
    if any(asking):
        clauses = [(_named(piece, lexical) if not asked and tells(piece) else piece, end)
                   for (piece, end), asked in zip(clauses, asking)]
    if any(asked and reaches_corpus([piece], lexical) for (piece, _), asked in zip(clauses, asking)):
        clauses = [(piece, end) for piece, end in clauses if not _aside(piece, lexical)]
    kept = "".join(piece + end for piece, end in clauses if piece).strip(" ，,：:")
    return question if kept == question.strip(" ，,：:") else kept


def _clauses(question: str) -> list[tuple[str, str]]:
    """The question's clauses, each with what ends it; a quotation is not cut (“宁可自己多跑一步，也要…”)."""
    quoted = marked_spans(question)
    clauses, start = [], 0
    for end in CLAUSE_END.finditer(question):
        if not any(opens < end.start() < closes for opens, closes in quoted):
            clauses.append((question[start:end.start()], end.group()))
            start = end.end()
    return [*clauses, (question[start:], "")]


def tells(clause: str) -> bool:
    """Whether the clause speaks of the asker (asking nothing, it tells their story)."""
    return _FIRST_PERSON.match(to_simplified(clause)) is not None


def _named(told: str, lexical: LexicalIndex) -> str:
    """The things a story names that the articles name too, each run of them as one (鸿雁 社区 → 鸿雁社区),
    runs apart by a space."""
    runs, run = [], ""
    for word, tag in lexical.tokenizer.tagged_words(told):
        if tag.startswith("n") and any(map(lexical.knows, lexical.tokenizer.tokens(word))):
            run += word
        elif run:
            runs, run = [*runs, run], ""
    return " ".join([*runs, run] if run else runs)


def _aside(clause: str, lexical: LexicalIndex) -> bool:
    """Whether the clause is an aside (see the module)."""
    if not HAN.search(clause):  # English clauses reach the articles through the dictionary alone ("and when")
        return False
    tags = [tag for word, tag in lexical.tokenizer.tagged_words(clause) if word.strip()]
    if any(tag.startswith(NAME_TAGS) for tag in tags) or reaches_corpus([clause], lexical):
        return False
    if asks(clause, lexical):  # 有懂的吗: whether anyone knows, of nothing (not 是真的吗, of the clause before)
        return not key_terms(clause, lexical).terms and _WHO_KNOWS.search(clause) is not None
    # a noun alone may be the topic the next clause asks about (常住人口，曹娥街道有多少); a condition is part
    # of the question (如果签了合同，…)
    return bool(tags) and tags[0] != "c" and any(not tag.startswith("n") for tag in tags)
