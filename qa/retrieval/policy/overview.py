"""Questions about a document as a whole: what it is about, its title, its author, its sections.

No passage answers "这篇文章讲了什么？": the answer is the document itself. The
overview is built from what chunking already found: the title block, the
byline, the section headings in reading order, and the lead (the first body
paragraph). A question is about the whole document when it asks for one of
these and names nothing more specific than the document, nor anything the
documents never mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.ingest.words import to_simplified
from qa.retrieval.policy.terms import key_terms
from qa.retrieval.policy.vocabulary import CAPITALISED
from qa.store.layout import IndexedPassage
from qa.store.lexical import LexicalIndex

ASPECTS = {  # checked in this order; Simplified Chinese and lower-case English
    "author": r"作者|谁写|谁撰写|记者是谁|哪几位记者|哪位记者|署名|撰稿|\bwho (wrote|writes|authored)\b|\bauthors?\b"
              r"|\bbyline\b|\breporters?\b|\bwritten by\b",
    "sections": r"几个部分|哪些部分|几部分|分几|章节|小节|小标题|板块|结构|目录|\bsections?\b|\bparts\b|\bheadings\b"
                r"|\bsubheadings?\b|\boutline\b|\btable of contents\b|\bchapters?\b",
    "title": r"标题|题目|\bheadline\b|\btitle\b",
    "summary": r"讲(的是|了|些)?(什么|啥|咩)|说(的是|了)?(什么|啥)|写(的是|了)?(什么|啥)|(核心|主要)?内容"
               r"|大意|概要|摘要|总结|概括|归纳|梗概|(核心|主要)?观点|中心思想|主旨|要点|重点|主题|关于什么|传达|\bsummar\w*|\boverview\b|\bgist\b|\btl;?dr\b"
               r"|\bmain (point|idea|topic|takeaway|message|content)s?\b|\btakeaway\b|\bexplain\b"
               r"|哪些文章|哪几篇|几篇文章|多少篇|\b(which|what|how many) articles\b"
               r"|\bwhat('s| is| was)? (this|it|the (article|story|piece|report|text|news|feature))( \w+)? about\b",
}
_ASPECTS = {name: re.compile(pattern) for name, pattern in ASPECTS.items()}
_NAMED = re.compile(r"《([^》]*)》")
_PUNCTUATION = re.compile(r"[\W_]+")  # a title named in 《》 may leave out its quotation marks and line breaks
_OTHER_WORK_TITLE = re.compile(
    r"(?:论文|著作|专著|书|作品|小说|诗|歌曲?|专辑|电影|影片|剧|节目|演讲|博士|硕士)的?(?:标题|题目)"
    r"|\btitle of (?:(?:his|her|its|their|the|a|an|this|that) )?(?:\w+ )?"
    r"(?:book|thesis|dissertation|song|album|film|movie|novel|paper|poem|speech|show|episode|play|work)\b")
# Words that point at the document itself; with the aspect's own words they are left out
# before asking whether the question names anything more specific.
DOCUMENT_WORDS = re.compile(r"这篇|本篇|该篇|全文|本文|原文|文章|报道|报导|稿子|稿件|新闻|版面|本版|篇"
                            r"|\b(article|story|piece|report|text|news|feature|paper|page|document|headlines?|headings?|titles?|authors?|parts?"
                            r"|sections?|summary|main|points?)\b")
# Passages in the order the overview offers them, per aspect.
ORDER = {"author": ("byline", "title", "lead"), "sections": ("title", "lead", "byline"),
         "title": ("title", "lead", "byline"), "summary": ("title", "lead", "byline")}
SPECIFIC_SHARE = 0.5  # a corpus word found in fewer passages than this share names something in the article


@dataclass
class DocumentOverview:
    doc: str
    title: str
    byline: str | None
    sections: list[str]
    passages: dict[str, IndexedPassage]  # "title", "byline", "lead" -> passage, where the document has one


def mentions_title(question: str) -> bool:
    """Whether the question speaks of a document's title (its words may be in the title passage
    itself), not of another work's (杨堃的博士论文题目, the title of his book)."""
    text = to_simplified(question).lower()
    return _ASPECTS["title"].search(text) is not None and _OTHER_WORK_TITLE.search(text) is None


def overview_aspect(question: str, lexical: LexicalIndex, titles: list[str] = ()) -> str | None:
    """Which whole-document aspect the question asks for, or None if it asks about something in it.
    A part of one of the ``titles`` written in 《》 names a document; any other 《》 names another work."""
    text = to_simplified(question).lower()
    aspect = next((name for name, pattern in _ASPECTS.items() if pattern.search(text)), None)
    if aspect is None:
        return None
    bare = [_PUNCTUATION.sub("", to_simplified(title).lower()) for title in titles]
    text = _NAMED.sub(lambda m: " " if (named := _PUNCTUATION.sub("", m.group(1))) and any(named in t for t in bare)
                      else m.group(0), text)
    if _NAMED.search(text):
        return None  # another work, named in 《》: "《水经》这本书是谁写的？" asks about it, not the document
    rest = DOCUMENT_WORDS.sub(" ", _ASPECTS[aspect].sub(" ", text))
    terms = key_terms(rest, lexical).terms
    capitalised = {lexical.tokenizer.normalise(w) for w in CAPITALISED.findall(question.lstrip()[1:])}
    names = [t for t in terms if not t.isascii() or t in capitalised]  # not "pls", "quick"
    if any(not (found := lexical.match(name)).matched and not found.translated for name in names):
        return None  # it names something the documents never mention ("Who wrote Pride and Prejudice?")
    match = lexical.match(" ".join(terms))
    limit = SPECIFIC_SHARE * lexical.size
    words = match.matched + [min(words, key=lambda w: lexical.document_frequency.get(w, 0))
                             for words in match.translated.values()]
    specific = [w for w in words if lexical.document_frequency.get(w, 0) < limit and not w.isdigit()]
    return None if specific else aspect


def document_overviews(passages: list[IndexedPassage]) -> list[DocumentOverview]:
    """One overview per document, in corpus order."""
    overviews: dict[str, DocumentOverview] = {}
    for passage in passages:
        overview = overviews.get(passage.doc)
        if overview is None:
            title = passage.title or passage.doc.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            overview = overviews[passage.doc] = DocumentOverview(passage.doc, title, None, [], {})
        if passage.kind in ("title", "byline"):
            overview.passages.setdefault(passage.kind, passage)
            if passage.kind == "byline":
                overview.byline = overview.byline or passage.text
        if passage.kind == "body":
            overview.passages.setdefault("lead", passage)
        if passage.section and passage.section not in overview.sections:
            overview.sections.append(passage.section)
    for overview in overviews.values():
        if "lead" not in overview.passages and "title" not in overview.passages:
            overview.passages["lead"] = next(p for p in passages if p.doc == overview.doc)
    return list(overviews.values())


def named_document(question: str, overviews: list[DocumentOverview], lexical: LexicalIndex) -> DocumentOverview | None:
    """The document whose title or file name the question names (the one sharing most words, or the
    one whose title holds what the question writes in 《》), if any."""
    quoted = [q for q in _NAMED.findall(to_simplified(question).lower()) if q]
    holding = [o for o in overviews if any(q in to_simplified(o.title).lower() for q in quoted)]
    if len(holding) == 1:
        return holding[0]
    words = {w for w in lexical.tokenizer.tokens(question) if len(w) > 1}
    best, best_shared = None, 0
    for overview in overviews:
        label = to_simplified(f"{overview.title} {overview.doc}").lower()
        shared = sum(1 for w in words if w in label)
        if shared > best_shared:
            best, best_shared = overview, shared
    return best


def ordered_passages(overview: DocumentOverview, aspect: str) -> list[IndexedPassage]:
    return [overview.passages[part] for part in ORDER[aspect] if part in overview.passages]
