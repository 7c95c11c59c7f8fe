"""HTML for one answer in the chat: passages as cards, the answering sentence marked.

Everything taken from the question or the corpus is HTML-escaped, so markup in
either is shown as text and never runs in the browser.
"""

from __future__ import annotations

from html import escape

from qa.retrieval.contract import Answer, Hit
from qa.retrieval.question import printable

NOT_COVERED = "The article does not cover this. 文章没有涉及这个问题。"
KIND_NAMES = {"body": "正文 body", "caption": "图片说明 caption", "title": "标题 title",
              "byline": "署名 byline"}


def _marked_text(hit: Hit) -> str:
    before, sentence, after = hit.split_at_sentence()
    return f"{escape(before)}<mark>{escape(sentence)}</mark>{escape(after)}"


def _card(hit: Hit) -> str:
    section = escape(hit.section) if hit.section else "—"
    return (
        f'<div class="qa-passage" data-rank="{hit.rank}" data-id="{escape(hit.id)}">'
        f'<div class="qa-meta"><b>#{hit.rank}</b> · relevance {hit.score:.3f} · '
        f'section: {section} · {escape(KIND_NAMES.get(hit.kind, hit.kind))} · '
        f'<span class="qa-doc">{escape(hit.doc)}</span></div>'
        f'<p class="qa-text">{_marked_text(hit)}</p></div>'
    )


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def answer_html(answer: Answer) -> str:
    """One reply, styled by its outcome (see ``qa.retrieval.contract.OUTCOMES``)."""
    outcome = answer.outcome
    if outcome in ("greeting", "unclear"):
        return f'<div class="qa-result qa-{outcome}"><p class="qa-message">{_lines(answer.message)}</p></div>'
    if outcome == "overview":
        head = f'<p class="qa-overview">{_lines(answer.message)}</p>'
    elif outcome == "answered":
        head = (f'<p class="qa-answer"><b>Answer 答案:</b> {escape(answer.passages[0].sentence)}</p>'
                f'<p class="qa-sub">Passages, best first (the answering sentence is highlighted):</p>')
    elif outcome == "partial":
        head = (f'<p class="qa-answer qa-partial"><b>{escape(answer.message)}</b></p>'
                f'<p class="qa-missing">Not stated in the article 文章未提及: {escape("、".join(answer.missing))}</p>')
    else:
        head = f'<p class="qa-not-covered"><b>{NOT_COVERED}</b></p><p class="qa-sub">{escape(answer.message)}</p>'
    return f'<div class="qa-result qa-{outcome}">{head}{"".join(_card(h) for h in answer.passages)}</div>'


def message_html(text: str) -> str:
    """A plain message (a question echoed, a notice) shown as text."""
    return f"<p>{escape(text)}</p>"


def echo_text(question: object, limit: int = 200) -> str:
    """A question as echoed back in the chat: printable, on one line, at most ``limit`` characters."""
    kept = printable("" if question is None else str(question)[:limit * 4])
    return kept if len(kept) <= limit else kept[:limit] + "…"
