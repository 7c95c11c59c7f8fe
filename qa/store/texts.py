"""What gets embedded and tokenised for each passage: its text with the context it sits in.

Generic labels tell the model what kind of text a non-body passage is, so
that "who wrote this?" or "what does the photo show?" can find it.
"""

from __future__ import annotations

from qa.ingest.chunking import Passage
from qa.ingest.sentences import split_sentences
from qa.store.layout import IndexedPassage

KIND_LABELS = {"title": "报道标题", "byline": "作者 记者署名", "caption": "图片说明"}


def passage_context(passage: Passage | IndexedPassage, title: str | None) -> str:
    """What a passage is about beyond its own words: document title, then section or kind."""
    if passage.kind == "title":
        return KIND_LABELS["title"]
    parts = [title] if title else []
    label = KIND_LABELS.get(passage.kind) or passage.section
    if label:
        parts.append(label)
    return "。".join(parts)


def with_context(context: str, text: str) -> str:
    return f"{context}：{text}" if context else text


def _document_titles(passages: list[Passage]) -> dict[str, str]:
    titles: dict[str, str] = {}
    for passage in passages:
        if passage.kind == "title":
            titles.setdefault(passage.doc, passage.text)
    return titles


def index_passages(passages: list[Passage], metadata_titles: dict[str, str] | None = None) -> list[IndexedPassage]:
    """Passages with their sentence spans, sentence rows and document titles (the title the text
    itself opens with, else the one in the file's metadata)."""
    titles = (metadata_titles or {}) | _document_titles(passages)
    indexed, sentence_row = [], 0
    for passage in passages:
        sentences = split_sentences(passage.text) or [(0, len(passage.text))]
        indexed.append(IndexedPassage.from_passage(passage, sentences, sentence_row,
                                                   titles.get(passage.doc)))
        sentence_row += len(sentences)
    return indexed


def embedding_texts(passages: list[IndexedPassage]) -> tuple[list[str], list[str]]:
    """The texts actually embedded: passages and sentences, each with its context."""
    passage_texts, sentence_texts = [], []
    for passage in passages:
        context = passage_context(passage, passage.title)
        passage_texts.append(with_context(context, passage.text))
        sentence_texts.extend(with_context(context, passage.sentence_text(i))
                              for i in range(len(passage.sentences)))
    return passage_texts, sentence_texts
