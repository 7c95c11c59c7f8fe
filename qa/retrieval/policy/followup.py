"""Follow-up questions: "它达产后每年能有多少利润？" after a question about the park.

A follow-up that lacks its own subject is searched together with the earlier
question it continues; a question that names its own subject is searched
alone, exactly as without history. A question continues an earlier one when
it opens or closes like a continuation (那…, 还有…, …呢, "and …", "what
about …"), or points back (它, 该, 那里, "it", "they", "there") without naming
anything of its own, or names nothing specific at all ("能引进多少人才？") and
nothing the corpus does not know either ("红烧肉怎么做才好吃？" starts a topic of its own).
"""

from __future__ import annotations

import re
from dataclasses import replace

from qa.ingest.words import to_simplified
from qa.retrieval.policy.terms import KeyTerms, key_terms
from qa.retrieval.policy.vocabulary import CHINESE_QUESTION_WORDS, NAME_TAGS
from qa.store.lexical import LexicalIndex

CONTINUATION = re.compile(r"^(那|那么|还有|还|另外|再|又|以及|and\b|what about\b|how about\b|also\b|plus\b)"
                          r"|(呢|咧|嘞|捏)[？?!！。.\s]*$")
POINTERS = re.compile(r"它|他|她|其|该|此|这个|那个|这些|那些|这里|那里|那边|这边|这家|那家|这项|那项|上述|前者|后者"
                      r"|\b(it|its|they|them|their|he|him|his|she|her|there|that|those|these|this)\b")
SPECIFIC_SHARE = 0.2  # a corpus word in fewer passages than this share is a subject of its own
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]+")  # a capitalised word that does not open the question


def has_proper_name(question: str, lexical: LexicalIndex) -> bool:
    """A person, place or organisation name (jieba's tags, not a question phrase such as 哪些项目), or a
    capitalised English word mid-question."""
    if _CAPITALISED.search(question):
        return True
    return any(len(word) > 1 and tag.startswith(NAME_TAGS) and not word.startswith(CHINESE_QUESTION_WORDS)
               for word, tag in lexical.tokenizer.tagged_words(question))


def names_subject(question: str, lexical: LexicalIndex) -> bool:
    """Whether the question names something specific: a proper name, or a word rare in the corpus."""
    if has_proper_name(question, lexical):
        return True
    frequency = lexical.document_frequency
    return any(0 < frequency.get(t, 0) < SPECIFIC_SHARE * lexical.size for t in key_terms(question, lexical).terms)


def names_new_topic(question: str, lexical: LexicalIndex) -> bool:
    """Whether the question names a Chinese word the corpus does not know at all (红烧肉): a topic
    of its own, not a continuation of the conversation about the articles."""
    return any(len(t) > 1 and not t.isascii() and t not in lexical.document_frequency and t not in lexical.synonyms
               for t in key_terms(question, lexical).terms)


def continues(question: str, lexical: LexicalIndex) -> bool:
    """Whether the question only makes sense after an earlier one."""
    text = to_simplified(question).lower().strip()
    if CONTINUATION.search(text):
        return True
    if POINTERS.search(text):
        return not has_proper_name(question, lexical)
    return not names_subject(question, lexical) and not names_new_topic(question, lexical)


def earlier_questions(history: list[str]) -> list[str]:
    """The questions asked before, in order, without empty or malformed entries."""
    return [h for h in history if isinstance(h, str) and h.strip()]


def context_for(question: str, history: list[str], lexical: LexicalIndex) -> str | None:
    """The earlier question a follow-up continues (the latest that names a subject), or None."""
    earlier = earlier_questions(history)
    if not earlier or not continues(question, lexical):
        return None
    return next((h for h in reversed(earlier) if names_subject(h, lexical)), earlier[-1])


def in_context(terms: KeyTerms, context: str | None, lexical: LexicalIndex) -> KeyTerms:
    """A follow-up's key terms with those of the question it continues after its own (and its subjects,
    where it names none): the sentences about what it asks ("起火原因是什么") are the ones about the
    earlier question's subject, not any sentence giving a reason."""
    if context is None:
        return terms
    earlier = key_terms(context, lexical)
    return replace(terms, terms=[*terms.terms, *(term for term in earlier.terms if term not in terms.terms)],
                   subjects=terms.subjects or earlier.subjects)
