"""Questions about a document as a whole: what it is about, its title, author, date, source, sections.

No passage answers "这篇文章讲了什么？": the answer is the document itself. The
overview is built from what chunking already found: the title block, the
byline, the section headings in reading order, and the lead (the first body
paragraph), with the date and source the build read from the file's metadata
or its dateline. A question is about the whole document when it asks for one of
these and names nothing more specific than the document, nor anything the
documents never mention. Who wrote a document, its title, when or where it was
published may also be asked of a document the question names by its words, those
of its headline or any found in it alone (孟晚舟那篇报道是哪天发的), as long as the
question speaks of the document (报道) and not of what is in it (文章里…): without
that, "华为的回应是什么时候发布的" asks about what the text reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from qa.ingest.words import latin_apart, to_simplified
from qa.retrieval.policy.terms import key_terms
from qa.retrieval.policy.vocabulary import CAPITALISED
from qa.store.layout import IndexedPassage
from qa.store.lexical import LexicalIndex

ASPECTS = {  # checked in this order; Simplified Chinese and lower-case English
    "author": r"作者|谁写|谁撰写|记者是谁|哪几位记者|哪位记者|(这篇|本篇|本文|该文|文章|报道|稿子)的?记者|署名|撰稿"
              r"|\bwho (wrote|writes|authored)\b|\bauthors?\b"
              r"|\bbyline\b|\breporters?\b|\bwritten by\b",
    "date": r"(什么时候|何时|啥时候?|哪天|哪一天|哪日|几号|哪年|哪一年|几月|日期|时间)[^，,。？?！!]{0,4}"
            r"(发表|发布|刊登|刊发|刊出|刊载|见报|登出|登载|出版|推送|发出|发的|写的|登的|出的|上线)"
            r"|(发表|发布|刊登|刊发|刊出|见报|出版|推送|写作|撰写|成文)(于|在)?的?(什么时候|何时|哪天|哪一天|哪年|哪一年|日期|时间|年份)"
            r"|(哪天|哪一天|哪年|哪一年|什么时候|几月几[日号]|啥时候?)的(新闻|文章|报道|稿子|消息|旧闻)"
            r"|\bwhen (was|is|did|were) (this|the|it|that)\b(?P<named>[\w\s'’-]*)"
            r"\b(publish|written|wrote|released|posted|printed|issued|came out|come out|run|ran|appeared?)\w*"
            r"|\b(what|which) (date|day|year|month)\b(?P<named_>[\w\s'’-]*)"
            r"\b(publish|written|released|posted|printed|issued|run|ran|came out|come out|appeared?)\w*"
            r"|\b(publication|publishing|release|print) date\b"
            r"|\bdate of (this|the) (article|story|report|piece|news)\b",
    "source": r"哪(家|个|份|一家|一份)(报纸|报社|报刊|报|媒体|网站|杂志|刊物|平台|公众号|栏目|频道|电视台|通讯社)"
              r"|什么(报纸|报社|报刊|媒体|网站|杂志|刊物|平台|公众号)|出自|转载自"
              r"|(^|这篇|本篇|该篇|本文|原文|文章|报道|稿子|稿件|新闻|篇)的?(来源|出处)"  # not 数据来源, 配图来源
              r"|(刊登|刊发|刊载|发表|发布|登)(在|于)(哪|什么)"
              r"|\b(source|outlet|newspaper|publication|publisher|masthead)s?\b|\bwhich (paper|site|website|media)\b"
              r"|\bwhere (was|is|did) (this|the|it)\b(?P<named>[\w\s'’-]*)"
              r"\b(published|printed|from|come from|appear)\w*",
    "sections": r"几个部分|哪些部分|几部分|分几|章节|小节|小标题|板块|结构|目录|提纲|大纲"
                r"|\bsections?\b|\bparts\b|\bheadings\b|\bsubheadings?\b|\boutline\b|\btable of contents\b"
                r"|\bchapters?\b",
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
                            r"|\b(article|story|piece|report|text|news|feature|paper|page|document|headlines?|headings?|titles?|authors?|parts?|here"
                            r"|sections?|summary|main|points?)\b")
# Words for a document, not for one of its aspects: "the author of Pride and Prejudice" speaks of no document.
_THE_DOCUMENT = re.compile(r"这篇|本篇|该篇|全文|本文|原文|文章|报道|报导|稿子|稿件|新闻|篇"
                           r"|\b(article|story|piece|report|news|feature|document|here)\b")
# Passages in the order the overview offers them, per aspect.
ORDER = {"author": ("byline", "title", "lead"), "date": ("title", "byline", "lead"),
         "source": ("title", "byline", "lead"), "sections": ("title", "lead", "byline"),
         "title": ("title", "lead", "byline"), "summary": ("title", "lead", "byline")}
SPECIFIC_SHARE = 0.5  # a corpus word found in fewer passages than this share names something in the article


# What a question may ask of a document it names by its words; with the summary and sections, the
# question's words would be what it asks about (这篇文章中孟晚舟说了什么).
ABOUT_THE_DOCUMENT = ("author", "title", "date", "source")
_INSIDE = ("里", "中", "内", "提到", "说", "称", "介绍")  # 文章里…, 报道中…: what the text says


@dataclass
class DocumentOverview:
    doc: str
    title: str
    sections: list[str]
    passages: dict[str, IndexedPassage]  # "title", "byline", "lead" -> passage, where the document has one
    author: str | None = None  # the file's metadata or the byline's names
    date: str | None = None
    source: str | None = None


def _plain(question: str) -> str:
    """The question as the aspects are written: Simplified, lower case, English words apart from Chinese
    (这篇文章的author是谁)."""
    return latin_apart(to_simplified(question).lower())


def mentions_title(question: str) -> bool:
    """Whether the question speaks of a document's title (its words may be in the title passage
    itself), not of another work's (杨堃的博士论文题目, the title of his book)."""
    text = _plain(question)
    return _ASPECTS["title"].search(text) is not None and _OTHER_WORK_TITLE.search(text) is None


def overview_aspect(question: str, lexical: LexicalIndex, titles: list[str] = ()) -> str | None:
    """Which whole-document aspect the question asks for, or None if it asks about something in it.
    A part of one of the ``titles`` written in 《》 names a document; any other 《》 names another work."""
    text = _plain(question)
    aspect = next((name for name, pattern in _ASPECTS.items() if pattern.search(text)), None)
    if aspect is None:
        return None
    bare = [_PUNCTUATION.sub("", to_simplified(title).lower()) for title in titles]
    text = _NAMED.sub(lambda m: " " if (named := _PUNCTUATION.sub("", m.group(1))) and any(named in t for t in bare)
                      else m.group(0), text)
    if _NAMED.search(text):
        return None  # another work, named in 《》: "《水经》这本书是谁写的？" asks about it, not the document
    if aspect in ABOUT_THE_DOCUMENT and points_at_document(text):
        return aspect  # 车王舒马赫那篇的作者: of a document named by what it reports (see ``named_document``)
    return aspect if names_only_documents(subject_terms(text, aspect, lexical), question, lexical) else None


def names_only_documents(terms: list[str], question: str, lexical: LexicalIndex) -> bool:
    """Whether the question's ``terms`` name nothing more specific than the documents: no name they never
    mention ("Who wrote Pride and Prejudice?"), and no corpus word found in fewer than SPECIFIC_SHARE of
    the passages (曹娥街道 of an article on Caoe is in most of them)."""
    capitalised = {lexical.tokenizer.normalise(w) for w in CAPITALISED.findall(question.lstrip()[1:])}
    names = [t for t in terms if not t.isascii() or t in capitalised]  # not "pls", "quick"
    if any(not reaches_corpus([name], lexical) for name in names):
        return False
    match = lexical.match(" ".join(terms))
    limit = SPECIFIC_SHARE * lexical.size
    words = match.matched + [min(words, key=lambda w: lexical.document_frequency.get(w, 0))
                             for words in match.translated.values()]
    return not any(lexical.document_frequency.get(w, 0) < limit and not w.isdigit() for w in words)


def subject_terms(question: str, aspect: str, lexical: LexicalIndex) -> list[str]:
    """The key terms of the question besides the aspect's words and those for a document: what it is
    about (孟晚舟 of 孟晚舟那篇报道是哪天发的), if anything."""
    text = _ASPECTS[aspect].sub(_named_within, _plain(question))
    return key_terms(DOCUMENT_WORDS.sub(" ", text), lexical).terms


def _named_within(asking: re.Match[str]) -> str:
    """What an English aspect's words enclose ("when was the [Schumacher] story published"), kept."""
    return " " + " ".join(text for text in asking.groupdict().values() if text) + " "


def reaches_corpus(words: list[str], lexical: LexicalIndex) -> bool:
    """Whether any of the words is a corpus word, as written or through the dictionary."""
    return bool(lexical.query_words(" ".join(words)))


def points_at_document(question: str) -> bool:
    """Whether the question speaks of a document (这篇, 报道, this article), not of what is in it (文章里)."""
    text = _NAMED.sub(" ", _plain(question))
    return any(not text[found.end():].lstrip().startswith(_INSIDE) for found in _THE_DOCUMENT.finditer(text))


def documents_holding(words: list[str], lexical: LexicalIndex, passage_docs: list[str]) -> set[str]:
    """The documents that hold every one of the words (each in some passage of theirs)."""
    held: set[str] | None = None
    for word in words:
        docs = {passage_docs[row] for row in np.flatnonzero(lexical.match(word).scores)}
        held = docs if held is None else held & docs
    return held or set()


def document_overviews(passages: list[IndexedPassage], info: dict[str, dict]) -> list[DocumentOverview]:
    """One overview per document, in corpus order; ``info`` is the build's record of each document's
    title, author, date and source (see ``qa.store.build.document_info``)."""
    overviews: dict[str, DocumentOverview] = {}
    for passage in passages:
        overview = overviews.get(passage.doc)
        if overview is None:
            known = info.get(passage.doc, {})
            title = known.get("title") or passage.title or passage.doc.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            overview = overviews[passage.doc] = DocumentOverview(passage.doc, title, [], {}, known.get("author"),
                                                                 known.get("date"), known.get("source"))
        if passage.kind in ("title", "byline"):
            overview.passages.setdefault(passage.kind, passage)
            if passage.kind == "byline":
                overview.author = overview.author or passage.text
        if passage.kind == "body":
            overview.passages.setdefault("lead", passage)
        if passage.section and passage.section not in overview.sections:
            overview.sections.append(passage.section)
    for overview in overviews.values():
        if "lead" not in overview.passages and "title" not in overview.passages:
            overview.passages["lead"] = next(p for p in passages if p.doc == overview.doc)
    return list(overviews.values())


def named_document(question: str, overviews: list[DocumentOverview], lexical: LexicalIndex,
                   passage_docs: list[str]) -> DocumentOverview | None:
    """The document whose title or file name the question names (the one sharing most words, or the
    one whose title holds what the question writes in 《》), else the only one holding the question's
    rarer words (青田柑橘滞销那篇), if any. ``passage_docs`` is each indexed passage's document."""
    quoted = [q for q in _NAMED.findall(to_simplified(question).lower()) if q]
    holding = [o for o in overviews if any(q in to_simplified(o.title).lower() for q in quoted)]
    if len(holding) == 1:
        return holding[0]
    words = {w for w in lexical.tokenizer.tokens(question) if len(w) > 1}
    best, best_shared = None, 0
    for overview in overviews:
        label = to_simplified(f"{overview.title} {overview.doc}").lower()
        label_words = set(re.findall(r"[a-z0-9]+", label))  # "out" is no word of "youth-city"
        shared = sum(1 for w in words if (w in label_words if w.isascii() else w in label))
        if shared > best_shared:
            best, best_shared = overview, shared
    if best is None:  # English reaches the words only through loose senses: left to search
        words = [w for w in lexical.match(question).matched
                 if lexical.document_frequency.get(w, 0) < SPECIFIC_SHARE * lexical.size]
        held = documents_holding(words, lexical, passage_docs) if words else set()
        best = next((o for o in overviews if o.doc in held), None) if len(held) == 1 else None
    return best


def ordered_passages(overview: DocumentOverview, aspect: str) -> list[IndexedPassage]:
    return [overview.passages[part] for part in ORDER[aspect] if part in overview.passages]
