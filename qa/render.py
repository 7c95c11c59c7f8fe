"""HTML for the chat: one reply (answer first, other passages folded) and the article reader view.

Chinese labels come first with English beside them. Everything taken from the
question or the corpus is HTML-escaped, so markup in either is shown as text
and never runs in the browser. Scores stay out of sight: a confidence word
stands for them (the numbers are in ``qa ask --json``).
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from qa.ingest.byline import written_author, written_date
from qa.retrieval.contract import Answer, Hit
from qa.retrieval.question import printable
from qa.store.layout import IndexedPassage

NOT_COVERED = "文章没有涉及这个问题 · Not covered"
CONFIDENCE_WORDS = {"high": "可信度高 · high confidence", "medium": "可信度中 · medium confidence",
                    "low": "相关度低 · low relevance"}
KIND_NAMES = {"caption": "图片说明 · photo caption", "title": "标题 · title", "byline": "署名 · byline"}
SHOW_IN_ARTICLE = "在原文中查看 · Show in article"
GLOSS_NOTE = "Word glosses, not a translation · 逐词释义，非翻译"
READ_AS = "已按此理解 · Read as"
PARTS = "分 {count} 问作答 · Answered as {count} questions"
SHORT_TITLE_MIN, SHORT_TITLE_MAX = 4, 16


def article_link(doc: str, passage_id: str | None = None) -> str:
    """The chat's own address of the reader view of a document, scrolled to a passage."""
    return "?" + urlencode({"doc": doc} | ({"p": passage_id} if passage_id else {}))


def _marked_text(hit: Hit) -> str:
    return "".join(f"<mark>{escape(text)}</mark>" if marked else escape(text) for text, marked in hit.pieces())


def short_title(title: str) -> str:
    """A title short enough for a card header: its first phrase, or its first characters."""
    first = title.split()[0] if title.split() else title
    shown = first if len(first) >= SHORT_TITLE_MIN else title[:SHORT_TITLE_MAX]
    shown = shown[:SHORT_TITLE_MAX]
    return shown if shown == title else shown + "…"


def _source(hit: Hit) -> str:
    """Where a passage comes from, in words: the article's (short) title and section (or kind)."""
    parts = [f"《{escape(short_title(hit.title))}》" if hit.title else escape(hit.doc.rsplit(".", 1)[0])]
    where = KIND_NAMES.get(hit.kind) or hit.section
    if where:
        parts.append(escape(where))
    return " · ".join(parts)


def _card(hit: Hit) -> str:
    return (
        f'<div class="qa-passage qa-{hit.confidence}" data-rank="{hit.rank}" data-id="{escape(hit.id)}">'
        f'<div class="qa-meta"><span class="qa-source">{_source(hit)}</span> '
        f'<span class="qa-confidence">{CONFIDENCE_WORDS[hit.confidence]}</span></div>'
        f'<p class="qa-text">{_marked_text(hit)}</p>'
        f'<a class="qa-show" href="{escape(article_link(hit.doc, hit.id))}" target="_blank" '
        f'rel="noopener">{SHOW_IN_ARTICLE}</a></div>'
    )


def _passages(hits: list[Hit], opened: int) -> str:
    """The best passages open, the others folded under "More passages"."""
    if not hits:
        return ""
    more = hits[opened:]
    folded = (f'<details class="qa-more"><summary>更多段落 · More passages ({len(more)})</summary>'
              f'{"".join(_card(h) for h in more)}</details>') if more else ""
    return "".join(_card(hit) for hit in hits[:opened]) + folded


def _quoted(hits: list[Hit]) -> str:
    """The answering sentences of the passages shown open, quoted above them."""
    sentences = dict.fromkeys(text for hit in hits if hit.carries_evidence for text, marked in hit.pieces() if marked)
    return "".join(f'<blockquote class="qa-answer">{escape(sentence)}</blockquote>' for sentence in sentences)


def _glosses(answer: Answer) -> str:
    if not answer.glosses:
        return ""
    words = "".join(f'<li><span class="qa-word">{escape(word)}</span> <span class="qa-pinyin">{escape(pinyin)}</span>'
                    + (f' <span class="qa-en">{escape(gloss)}</span>' if gloss else "") + "</li>"
                    for word, pinyin, gloss in answer.glosses)
    return (f'<details class="qa-gloss" open><summary class="qa-gloss-note" lang="en">{GLOSS_NOTE}</summary>'
            f'<ul lang="zh-CN">{words}</ul></details>')


def _read_as(answer: Answer) -> str:
    """The question as searched, when a keyboard slip in it was put right, and the questions a message
    asking several things was answered as."""
    read_as = f'<p class="qa-sub qa-read-as">{READ_AS}：{escape(answer.read_as)}</p>' if answer.read_as else ""
    parts = "".join(f"<li>{escape(part)}</li>" for part in answer.parts)
    return read_as + (f'<div class="qa-sub qa-parts">{PARTS.format(count=len(answer.parts))}<ol>{parts}</ol></div>'
                      if answer.parts else "")


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def answer_html(answer: Answer) -> str:
    """One reply, styled by its outcome (see ``qa.retrieval.contract.OUTCOMES``)."""
    outcome, hits = answer.outcome, answer.passages
    if outcome in ("greeting", "unclear"):
        return f'<div class="qa-result qa-{outcome}"><p class="qa-message">{_lines(answer.message)}</p></div>'
    opened = answer.answering  # the best passage; for a message asking several things, each part's first
    if outcome == "overview":
        # articles listed on a topic each show their own passage and link
        link = (f'<a class="qa-show" href="{escape(article_link(hits[0].doc))}" target="_blank" rel="noopener">'
                f'{SHOW_IN_ARTICLE}</a>') if hits and opened == 1 else ""
        head = f'<p class="qa-overview">{_lines(answer.message)}</p>{link}'
    elif outcome == "answered" and hits:
        # a figure or name the question states otherwise than the article is said before the answer
        corrected = f'<p class="qa-differs">{escape(answer.message)}</p>' if answer.differs else ""
        head = f'<p class="qa-reply">答案 · Answer</p>{corrected}{_quoted(hits[:opened])}{_glosses(answer)}'
    elif outcome == "partial":
        # glosses go with the sentence they gloss, which the passages would show only further down
        glossed = _quoted(hits[:1]) if answer.glosses and hits else ""
        head = f'<p class="qa-missing">{escape(answer.message)}</p>{glossed}{_glosses(answer)}'
    else:
        head = (f'<p class="qa-not-covered"><b>{NOT_COVERED}</b></p>'
                f'<p class="qa-sub">{escape(answer.message)}</p>')
    return f'<div class="qa-result qa-{outcome}">{_read_as(answer)}{head}{_passages(hits, opened)}</div>'


def article_html(passages: list[IndexedPassage], doc: str, passage_id: str | None,
                 info: dict | None = None) -> str:
    """The reader view of one document: title, byline, sections and captions in their place,
    the chosen passage highlighted (``id="qa-here"``, which the page scrolls to). ``info`` is the
    document's metadata (date, source, author) as the build recorded it."""
    parts, section = [], None
    for passage in (p for p in passages if p.doc == doc):
        here = passage.id == passage_id
        attributes = ' id="qa-here" class="qa-here"' if here else ""
        text = f"<mark>{escape(passage.text)}</mark>" if here else escape(passage.text)
        if passage.section and passage.section != section and passage.kind != "title":
            section = passage.section
            parts.append(f"<h2>{escape(section)}</h2>")
        if passage.kind == "title":
            parts.append(f"<h1{attributes}>{text}</h1>")
            byline = next((p.text for p in passages if p.doc == doc and p.kind == "byline"), None)
            written = {"date": written_date(passage.text, byline),
                       "author": written_author(passage.text, byline)}  # shown by the text itself already
            known = [escape(str(info[key])) for key in ("date", "source", "author")
                     if info and info.get(key) and info[key] != written.get(key)]
            parts.extend([f'<p class="qa-dateline">{" · ".join(known)}</p>'] if known else [])
        elif passage.kind == "byline":
            parts.append(f'<p{attributes} data-kind="byline">{text}</p>')
        elif passage.kind == "caption":
            parts.append(f"<figure{attributes}><figcaption>{text}</figcaption></figure>")
        else:
            parts.append(f"<p{attributes}>{text}</p>")
    if not parts:
        return (f'<div class="qa-reader"><p>找不到这篇文章 · No such article: {escape(printable(doc))}</p>'
                f'<p><a href="./">← 返回对话 · Back to chat</a></p></div>')
    return (f'<article class="qa-reader" lang="zh-CN"><p class="qa-back"><a href="./">← 返回对话 · Back to chat</a>'
            f'</p>{"".join(parts)}</article>')


def message_html(text: str) -> str:
    """A plain message (a question echoed, a notice) shown as text."""
    return f"<p>{escape(text)}</p>"


def echo_text(question: object, limit: int = 200) -> str:
    """A question as echoed back in the chat: printable, on one line, at most ``limit`` characters."""
    kept = printable("" if question is None else str(question)[:limit * 4])
    return kept if len(kept) <= limit else kept[:limit] + "…"
