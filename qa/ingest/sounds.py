"""How a foreign name sounds, in English spelling and in Chinese transliteration, compared.

A Chinese report writes Dalek as 戴立克 and Eccleston as 埃克莱斯顿, which no dictionary
lists. Both spellings keep the name's consonants in order, so each is read as a skeleton
of consonant classes (D-L-K → TLK; dai-li-ke → TLK). Where transliteration varies
(an r after a vowel is 尔 or nothing, th is 斯 or 特, a final s may be dropped) a
spelling has several skeletons, and two spellings sound alike when they share one.
Short skeletons match too much to count (TL is 特里 and 泰来 alike).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from itertools import product

from pypinyin import Style, lazy_pinyin

MIN_CONSONANTS = 3  # a skeleton this long tells a name apart within a few passages
MAX_NAME_CHARS = 8  # 克里斯托弗 and longer
MIN_NAMES_USING = 2  # a character is a transliteration's when this many dictionary names use it ...
MIN_NAME_SHARE = 0.02  # ... and they are this share of the dictionary's words holding it

_PINYIN_INITIALS = (("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"),
                    ("d", "T"), ("t", "T"), ("n", "N"), ("l", "L"), ("g", "K"), ("k", "K"), ("h", ""),
                    ("j", "S"), ("q", "S"), ("x", "S"), ("r", "L"), ("z", "S"), ("c", "S"), ("s", "S"),
                    ("y", ""), ("w", "F"))
_ENGLISH_GROUPS = (("tion", ("SN",)), ("sch", ("S",)), ("tch", ("S",)), ("ph", ("F",)), ("th", ("T", "S")),
                   ("sh", ("S",)), ("ch", ("S", "K")), ("ck", ("K",)), ("gh", ("",)), ("qu", ("K",)),
                   ("x", ("KS",)), ("ng", ("N",)), ("wh", ("F",)), ("kn", ("N",)))
_ENGLISH_LETTERS = {"b": "P", "p": "P", "d": "T", "t": "T", "k": "K", "q": "K", "f": "F", "v": "F", "w": "F",
                    "l": "L", "m": "M", "n": "N", "z": "S", "j": "S", "h": "", "s": "S"}
_VOWELS = frozenset("aeiouy")
_SOFTENING = frozenset("eiy")  # c and g before these sound as s and j (Cecil 塞西尔, George 乔治)


def _skeletons(parts: list[tuple[str, ...]]) -> frozenset[str]:
    """Every skeleton the parts' alternatives spell, a class said twice in a row counted once."""
    return frozenset(re.sub(r"(.)\1+", r"\1", "".join(choice)) for choice in product(*parts))


@cache
def _syllable_parts(character: str) -> tuple[tuple[str, ...], ...]:
    """One character's part of a skeleton: its initial's class, and N for a nasal final; 尔 is an r
    or l, or nothing (卡塔尔 is Qatar)."""
    syllable = lazy_pinyin(character, style=Style.NORMAL)[0]
    if not syllable.isalpha():
        return ()
    if syllable == "er":
        return (("L", ""),)
    initial, cls = next(((i, c) for i, c in _PINYIN_INITIALS if syllable.startswith(i)), ("", ""))
    return ((cls,), ("N",)) if syllable[len(initial):].endswith(("n", "ng")) else ((cls,),)


def chinese_skeletons(name: str) -> frozenset[str]:
    """A Chinese transliteration's skeletons, from its pinyin (戴立克 → TLK; 曼宁 → MN)."""
    return _skeletons([part for character in name for part in _syllable_parts(character)])


def english_skeletons(word: str) -> frozenset[str]:
    """An English spelling's skeletons, vowels left out (Dalek → TLK; Charles → SLS)."""
    spelled = re.sub(r"(.)\1+", r"\1", word.lower())
    parts: list[tuple[str, ...]] = []
    at = 0
    while at < len(spelled):
        group = next(((letters, classes) for letters, classes in _ENGLISH_GROUPS if spelled.startswith(letters, at)),
                     None)
        if group:
            parts.append(group[1])
            at += len(group[0])
            continue
        letter, after = spelled[at], spelled[at + 1:at + 2]
        if letter in ("c", "g"):
            soft = bool(after) and after in _SOFTENING
            parts.append(("K",) if not soft else ("S",) if letter == "c" else ("S", "K"))
        elif letter == "r":
            parts.append(("L",) if after and after in _VOWELS else ("L", ""))  # Mark 马克, Qatar 卡塔尔
        elif letter == "s" and not after and at > 2:
            parts.append(("S", ""))  # Archimedes 阿基米德
        elif letter not in _VOWELS:
            parts.append((_ENGLISH_LETTERS.get(letter, ""),))
        at += 1
    return _skeletons(parts)


def transliterating_characters(names: Iterable[tuple[str, str]], words: Iterable[str]) -> frozenset[str]:
    """The characters Chinese spells foreign names with, learnt from a dictionary's (Chinese, English)
    name pairs and all its words: those of at least MIN_NAMES_USING pairs that sound alike, which
    are also at least MIN_NAME_SHARE of the words holding them (斯 0.43, 戴 0.04; not 个 0.016, 人 0.002)."""
    using = Counter(character for chinese, english in names
                    if english_skeletons(english) & chinese_skeletons(chinese) for character in set(chinese))
    holding = Counter(character for word in words for character in set(word))
    return frozenset(character for character, count in using.items()
                     if count >= MIN_NAMES_USING and count >= MIN_NAME_SHARE * holding[character])


@cache
def _runs(characters: frozenset[str]) -> re.Pattern:
    return re.compile(f"[{''.join(sorted(characters))}]{{2,}}")


def heard_in(word: str, text: str, characters: frozenset[str]) -> bool:
    """Whether the text spells the English word in transliterating characters: a run of them holds
    a name sounding like it, with at least MIN_CONSONANTS consonant classes."""
    wanted = {skeleton for skeleton in english_skeletons(word) if len(skeleton) >= MIN_CONSONANTS}
    if not wanted:
        return False
    for run in _runs(characters).findall(text):
        for start in range(len(run) - 1):
            for end in range(start + 2, min(len(run), start + MAX_NAME_CHARS) + 1):
                if chinese_skeletons(run[start:end]) & wanted:
                    return True
    return False
