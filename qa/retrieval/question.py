"""A question as typed, made searchable: printable text, within the length limit."""

from __future__ import annotations

import unicodedata

from qa import settings
from qa.ingest.sentences import is_cjk

MAX_QUESTION_CHARS = settings.get_int("QA_MAX_QUESTION_CHARS")


class QuestionError(ValueError):
    """The question cannot be searched as typed; the message says why."""


def printable(text: str) -> str:
    """Text without control characters or lone surrogates, its whitespace collapsed to single spaces.

    Lone surrogates cannot even be sent back as UTF-8; collapsed line breaks
    cannot start a Markdown block when the text is echoed in the chat.
    """
    kept = "".join(" " if ch.isspace() else ch for ch in text
                   if ch.isspace() or unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())


def is_chinese_script(text: str) -> bool:
    """True when most letters of the text are Chinese characters."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(map(is_cjk, letters)) >= 0.3 * len(letters)


def clean_question(question: str) -> str:
    """The printable question; rejects empty or oversized ones.

    Input without words (digits, emoji) is not rejected here: the answer policy replies to it.
    """
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    if len(question) > MAX_QUESTION_CHARS * 4:
        raise QuestionError(f"the question is {len(question)} characters long; "
                            f"the limit is {MAX_QUESTION_CHARS}")
    cleaned = printable(question)
    if not cleaned:
        raise QuestionError("the question is empty; type a question about the articles")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(cleaned)} characters long; "
                            f"the limit is {MAX_QUESTION_CHARS}")
    return cleaned
