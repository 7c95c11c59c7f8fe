"""Quotations: words a message copies from an article, or from anywhere, and asks about.

People paste a phrase, a headline or a sentence and ask what it means, who said it or which report it comes
from, or paste it alone. A quotation the articles do not write, allowing for the slips of retyping it (a
character changed, a line broken, its punctuation), is something they lack: they cannot say what “腾笼换鸟”
means, nor where a sentence they never print comes from. A headline quoted with nothing else asked of it
names its document.
"""

from __future__ import annotations

import re
import unicodedata

from qa.ingest.words import to_simplified
from qa.retrieval.policy.vocabulary import ASKING

_MARKED = re.compile(r"“([^“”]{2,})”|「([^「」]{2,})」|『([^『』]{2,})』|《([^《》]{2,})》"
                     r"|\"([^\"]{2,})\"|‘([^‘’]{2,})’")
# A sentence pasted without marks: the text before words asking where it comes from ("…街区 出处？",
# "…。这是哪篇报道说的？"), or after words pointing at it ("这句话是什么意思：…").
_SOURCE_WORDS = r"出处|来源|原文|出自|来自|摘自|选自|哪篇|哪一篇|说的|写的|的话|搜一下|查一下|找一下"
_SOURCE_ASKED = (r"(?:这句话|这段话|这句|这段|这|以上|上面)?(?:是|出自|来自|摘自|选自)?"
                 r"(?:哪篇|哪一篇|哪个|哪家|什么|哪里|哪儿)?(?:报道|文章|新闻|稿子|媒体)?(?:里|中|上)?"
                 r"(?:说的|写的|的话|的?出处|的?来源|原文)?")
_PASTED_BEFORE = re.compile(rf"^(?P<quote>.+?)[\s，,。.！!：:]+(?=[^，,。]{{0,16}}(?:{_SOURCE_WORDS}))"
                            r"[^，,。]{1,20}$")
_PASTED_AFTER = re.compile(r"^(?:这句话|这段话|这句|这段|原文|有一句|有句话|看到一句)[^：:]{0,10}[：:]"
                           r"\s*(?P<quote>.+)$")
_PLAIN = re.compile(r"[\W_]+")
_WORDED = re.compile(r"(?![零一二两三四五六七八九十百千万亿])[\u4e00-\u9fff]")  # Chinese characters but numerals
_MARKS = " “”「」『』《》\"‘’"
MIN_PASTED = 12  # characters of a sentence pasted without marks (shorter text is a question's own words)
# Share of a quotation's pairs of characters the passages nearest it must write for it to be theirs: a
# retyped quotation keeps most (青苗成才 of 青苗成长), one from elsewhere shares only the topic's words.
WRITTEN_SHARE = 0.7
MIN_SLIPPED = 4  # a shorter quotation with a character changed is another word
SHOWN_CHARS = 16  # a long quotation is named by its start


def plain(text: str) -> str:
    """The text as quotations are compared: Simplified, lower case, full-width folded, no punctuation or spaces."""
    return _PLAIN.sub("", unicodedata.normalize("NFKC", to_simplified(text)).lower())


def marked_spans(message: str) -> list[tuple[int, int]]:
    """Where the message's spans in marks stand (a question is not split inside one)."""
    return [match.span() for match in _MARKED.finditer(message)]


def quotations(message: str) -> list[str]:
    """The Chinese text the message quotes: each span in marks of any kind, unless the marks only set apart a
    term of a sentence pasted before or after words asking where it comes from, which is then the quotation;
    a span that itself asks something ("“有几家”"), or is a count and one character (“四上” for 上市、上云、上规、
    上榜, a reader's label for what the article lists), is no quotation."""
    marked = [next(group for group in match.groups() if group) for match in _MARKED.finditer(message)]
    pasted = [found.group("quote").strip(_MARKS) for found in (_PASTED_BEFORE.match(message.strip()),
                                                               _PASTED_AFTER.match(message.strip())) if found]
    if not any(len(plain(quote)) >= MIN_PASTED for quote in marked):
        marked = [quote for quote in pasted if len(plain(quote)) >= MIN_PASTED][:1] or marked
    return [quote for quote in marked
            if len(_WORDED.findall(quote)) >= 2 and not ASKING.search(to_simplified(quote))]


def pastes_sentence(message: str) -> bool:
    """Whether the message quotes a sentence, not a term: "which report" asks where it comes from, not which
    reports cover a topic."""
    return any(len(plain(quote)) >= MIN_PASTED for quote in quotations(message))


def _pairs(text: str) -> list[str]:
    """The text's pairs of adjacent characters, figures left out (a misquoted figure is for the claims to read)."""
    letters = re.sub(r"\d", "", text)
    return [letters[i:i + 2] for i in range(len(letters) - 1)]


def _one_slip_from(quoted: str, text: str) -> bool:
    """Whether the text writes the short quotation but for one character (青苗成才 of 青苗成长)."""
    size = len(quoted)
    return MIN_SLIPPED <= size < MIN_PASTED and any(
        sum(a != b for a, b in zip(quoted, text[at:at + size])) <= 1 for at in range(len(text) - size + 1))


def written(quote: str, corpus: str, nearest: list[str]) -> bool:
    """Whether the articles write the quotation: word for word somewhere in the ``corpus`` (its plain text),
    or in the passages ``nearest`` to the question but for a character, or most of it there."""
    quoted = plain(quote)
    if quoted in corpus:
        return True
    near = plain(" ".join(nearest))
    pairs = _pairs(quoted)
    return _one_slip_from(quoted, near) or len(pairs) > 1 and sum(
        pair in near for pair in pairs) >= WRITTEN_SHARE * len(pairs)


def named(quote: str) -> str:
    """How a quotation the articles lack is named (in Simplified, as ``missing`` is): in marks, a long one by
    its start."""
    shown = to_simplified(quote.strip(_MARKS))
    return f"“{shown[:SHOWN_CHARS]}…”" if len(shown) > SHOWN_CHARS else f"“{shown}”"


def unwritten(message: str, corpus: str, nearest: list[str]) -> list[str]:
    """The message's quotations the articles do not write (see ``written``)."""
    return [quote for quote in quotations(message) if not written(quote, corpus, nearest)]


def _overlaps(term: str, quoted: str) -> bool:
    """Whether a term is part of the quotation, holds it, or runs into it (两轴四区和精准 of “精准扶贫”)."""
    return term in quoted or quoted in term or any(
        term.endswith(quoted[:size]) or term.startswith(quoted[-size:]) for size in range(2, len(quoted)))


def with_unwritten(message: str, corpus: str, nearest: list[str], missing: list[str]) -> tuple[list[str], list[str]]:
    """What the reply names missing: the message's quotations the articles do not write first, then the
    ``missing`` terms that are not part of one (see ``_overlaps``); and those quotations, as named."""
    lacking = unwritten(message, corpus, nearest)
    inside = [plain(quote) for quote in lacking]
    kept = [term for term in missing if not any(_overlaps(plain(term), quote) for quote in inside)]
    named_lacking = list(map(named, lacking))
    return [*named_lacking, *kept], named_lacking


def headline_quoted(message: str, titles: list[str]) -> bool:
    """Whether the message quotes (or pastes) a document's headline, or most of one, and asks nothing else of
    it than where it comes from: it names that document."""
    quoted = quotations(message)
    if len(quoted) != 1:
        return False
    headline = plain(quoted[0])
    if len(headline) < MIN_PASTED // 2 or not any(headline in plain(title) for title in titles):
        return False
    rest = plain(message.replace(quoted[0], " "))
    return re.fullmatch(f"(?:{_SOURCE_ASKED})*", rest) is not None
