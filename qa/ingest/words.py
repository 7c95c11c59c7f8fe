"""Words of Chinese and English text: OpenCC folding, jieba tokens with parts of speech, pinyin.

Queries and passages are converted to Simplified Chinese first, so a
Traditional question matches the same words. Jieba learns the corpus's own
names and terms (quoted terms, mixed Latin/Chinese names) before tokenising.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

import jieba
import jieba.posseg
from opencc import OpenCC
from pypinyin import Style, lazy_pinyin

_QUOTED_TERM = re.compile(r"[“「『\"]([^”」』\"，。、,！？!?\s]{2,12})[”」』\"]")
_MIXED_TERM = re.compile(r"[A-Za-z][A-Za-z0-9]*[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{1,6}[A-Za-z]{2,}")
# Other names a text gives a thing (短䲟…，又名印头鱼、吸盘鱼、粘船鱼), in Simplified script.
_ALIASES = re.compile(r"(?:又名|又称|又叫|也叫|也称|亦称|别名|别称|俗称|简称|古称|旧称|原名|本名|通称|学名)[为作是：:]?"
                      r"((?:[\u3400-\u4dbf\u4e00-\u9fff·]{2,8}(?:、|或|$|(?=[，。；）)\s])))+)")
_ALIAS_SEPARATOR = re.compile(r"[、或，。；）)\s]+")
# The name an encyclopedia paragraph defines, before its dates or Latin name: 郗鉴（269年—339年）.
_DEFINED = re.compile(r"(?:^|[：。\n])([\u3400-\u4dbf\u4e00-\u9fff]{2,4}"
                      r"|[\u3400-\u4dbf\u4e00-\u9fff]{1,6}·[\u3400-\u4dbf\u4e00-\u9fff·]{1,8})[（(]")
# Courtesy, art and posthumous names, as biographies give them (刘铭传，字省三，号大潜山人; 自号东坡居士; 追谥
# “忠定”) and as questions ask for them (刘铭传字什么, 他的号是什么, 谥号): each is one word, so the paragraph
# giving the name is found.
COURTESY_NAMES = {"字": "表字", "号": "别号", "谥": "谥号"}
_POSTHUMOUS = re.compile(r"谥(?!号)")  # 追谥“忠定”, 谥曰: the posthumous name 谥号 asks for
_NAME_PREFIXES = "自晚又别"  # 自号东坡居士, 晚号清凉居士
_NAME_GIVEN = re.compile(rf"(?:(?<=[，,（(；;])|(?<=[{_NAME_PREFIXES}]))([字号])"
                         r"([\u3400-\u4dbf\u4e00-\u9fff]{1,5})(?=[，,。；;）)])")
_NAME_ASKED = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff])(的?)([字号])(?:是|叫|为)?(?:什么|甚么|啥|何)")
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")  # Shangyu's -> shangyu
_APOSTROPHES = re.compile(r"['’]")  # Cao'e -> caoe, as its pinyin is indexed
_ACCENTED_LATIN = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")  # é, ü, ç, ő, ạ (and ß, ł, which stay)
COMMON_WORD_COUNT = 100  # a word jieba's dictionary counts this often is in common use (分院), not a rare entry
RARE_CHARACTER = 100  # a character jieba's dictionary counts fewer times than this is a name's, not a word's
# What follows a surname where news names a person by it alone (郭某, 宋某某, 刘先生, 朱女士)
SURNAME_TITLES = ("某", "某某", "先生", "女士", "小姐")
# English honorifics, which say who is named, not what is asked, each with the titles news may give
# after the surname of the person it calls so (Mr. He: 何先生 or 何某)
HONORIFIC_TITLES = {"mr": ("先生", "某", "某某"), "mrs": ("女士", "某", "某某"),
                    "ms": ("女士", "小姐", "某", "某某"), "miss": ("小姐", "女士", "某", "某某")}
STOPWORDS = frozenset("""
的 了 是 在 有 和 与 及 或 也 都 就 还 又 把 被 让 给 对 从 向 以 为 于 而 等 这 那 这个 那个 这些 那些
什么 哪些 哪个 哪里 哪儿 多少 几个 怎么 怎样 如何 为什么 吗 呢 吧 啊 呀 么 嘛 我 你 他 她 它 我们 你们
他们 请问 请 一下 一个 有没有 是不是 是否 能 能否 可以 会 要 里 中 上 下 个 之 其 该 此 各 每
a an the of in on at to for by with from and or is are was were be been do does did how what which who
whom whose when where why much many there this that these those it its has have had will would can
could should about into as than
""".split())


_HAN_BESIDE_LATIN = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])(?=[A-Za-z])"
                               r"|(?<=[A-Za-z])(?=[\u3400-\u4dbf\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _to_simplified() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (other scripts pass through unchanged)."""
    return _to_simplified().convert(text)


@lru_cache(maxsize=1)
def _to_traditional() -> OpenCC:
    return OpenCC("s2t")


def to_traditional(text: str) -> str:
    """Simplified → Traditional Chinese, for replies to a reader who writes Traditional."""
    return _to_traditional().convert(text)


def latin_apart(text: str) -> str:
    """The text with a space between a Chinese character and a Latin letter (这篇文章的 author 是谁), so an
    English word typed inside Chinese has the word boundaries ``\\b`` reads it by (it counts 的 as a letter)."""
    return _HAN_BESIDE_LATIN.sub(" ", text)


def plain_latin(text: str) -> str:
    """Latin letters without their accents (Frédéric → Frederic, Zürich → Zurich, Cáo'é → Cao'e), as
    dictionaries and most English writing spell names; letters with no plain form (ß, ł) stay."""
    return _ACCENTED_LATIN.sub(_unaccented, text)


def _unaccented(letter: re.Match[str]) -> str:
    return unicodedata.normalize("NFKD", letter.group()).encode("ascii", "ignore").decode() or letter.group()


@lru_cache(maxsize=65536)
def pinyin(word: str) -> str:
    """A Chinese word's pinyin without tones or spaces (卧龙 → wolong)."""
    return "".join(lazy_pinyin(word))


def syllables(text: str) -> list[str]:
    """The pinyin of the text's characters without tones, one syllable each (上云 → shang, yun)."""
    return lazy_pinyin(text)


def pinyin_with_tones(word: str) -> str:
    """A word's pinyin with tone marks, syllables joined (外资 → wàizī), for readers."""
    return "".join(lazy_pinyin(word, style=Style.TONE))


def corpus_terms(texts: list[str]) -> set[str]:
    """Names and terms the corpus itself marks out: quoted terms, mixed-script names, and the name
    a paragraph defines and the other names it gives (又名, 简称) where jieba does not know them,
    so it keeps a rare name whole (短䲟, 吸盘鱼) without retagging a word it knows (成功)."""
    terms: set[str] = set()
    for text in texts:
        terms.update(_QUOTED_TERM.findall(text))
        terms.update(m.group(0) for m in _MIXED_TERM.finditer(text))
        simplified = to_simplified(text)
        names = _DEFINED.findall(simplified) + [alias for aliases in _ALIASES.findall(simplified)
                                                for alias in _ALIAS_SEPARATOR.split(aliases)]
        terms.update(name for name in names if len(name) >= 2 and name not in _jieba_dictionary()[0])
    return {t for t in terms if len(t) >= 2}


@lru_cache(maxsize=1)
def _jieba_dictionary() -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's word frequencies, their total and its part-of-speech table, read once per process."""
    jieba.setLogLevel(logging.WARNING)
    base = jieba.Tokenizer()
    base.initialize()
    return base.FREQ, base.total, jieba.posseg.POSTokenizer(base).word_tag_tab


def is_rare_character(character: str) -> bool:
    """Whether a character is one of a name's rather than a word's (䶮, 甪): jieba's dictionary
    counts it fewer than RARE_CHARACTER times."""
    return bool(HAN.fullmatch(character)) and _jieba_dictionary()[0].get(character, 0) < RARE_CHARACTER


def is_common_word(word: str) -> bool:
    """Whether jieba's own dictionary counts the word often (分院, 驿站), not as a rare entry (视网)."""
    return _jieba_dictionary()[0].get(word, 0) >= COMMON_WORD_COUNT


def courtesy_names_given(text: str) -> list[str]:
    """The courtesy, art and posthumous names a text gives (，字省三，号大潜山人; 追谥“忠定”), as
    COURTESY_NAMES words: 字 or 号 opening a clause of a name, not of a word (（字数）, ，号召…). A
    courtesy name is one to three characters and may begin as a word does (字元琳)."""
    words = _jieba_dictionary()[0]
    return [COURTESY_NAMES[kind] for kind, name in _NAME_GIVEN.findall(text)
            if kind + name not in words and (len(name) <= 3 if kind == "字" else kind + name[0] not in words)
            ] + [COURTESY_NAMES["谥"]] * len(_POSTHUMOUS.findall(text))


def _names_asked(text: str) -> list[re.Match[str]]:
    """Where a text asks for a courtesy or art name (谥号 is a word already): a 字 or 号 that makes no
    word with the character before it (国号, 绰号, 数字 are words of their own)."""
    return [match for match in _NAME_ASKED.finditer(text)
            if match.group(2) or match.group(1) + match.group(3) not in _jieba_dictionary()[0]]


def courtesy_names_asked(text: str) -> list[str]:
    """The courtesy and art names a text asks for (刘铭传字什么, 他的号是什么), as COURTESY_NAMES words."""
    return [COURTESY_NAMES[match.group(3)] for match in _names_asked(text)]


def courtesy_names_set_apart(text: str) -> str:
    """The text with 的 before each courtesy or art name it asks for of a name (于谦号什么 → 于谦的号什么),
    so jieba does not take the 号 into the name (于谦号); 自号, 晚号 stay."""
    for match in reversed(_names_asked(text)):
        if not match.group(2) and match.group(1) not in _NAME_PREFIXES:
            text = f"{text[:match.start(3)]}的{text[match.start(3):]}"
    return text


def dictionary_tag(word: str) -> str:
    """The part of speech jieba's own dictionary gives the word ("" when it has none)."""
    return _jieba_dictionary()[2].get(word, "")


class _Tagger(jieba.posseg.POSTokenizer):
    """jieba's part-of-speech tagger over a given tokenizer and tag table (not re-read from disk)."""

    def __init__(self, tokenizer: jieba.Tokenizer, word_tags: dict[str, str]) -> None:
        self.tokenizer = tokenizer
        self.word_tag_tab = word_tags


class Tokenizer:
    """jieba (search mode) with a user dictionary learnt from the corpus.

    Each tokenizer adds the corpus's terms that hold Chinese to its own copy of jieba's dictionary.
    """

    def __init__(self, user_terms: set[str]) -> None:
        frequencies, total, word_tags = _jieba_dictionary()
        self._jieba = jieba.Tokenizer()
        self._jieba.FREQ, self._jieba.total, self._jieba.initialized = dict(frequencies), total, True
        for term in sorted(user_terms):
            if HAN.search(term):  # a Latin-only term is a word already; in jieba it would split words ("w/hi/ch")
                self._jieba.add_word(to_simplified(term), freq=2000, tag="nz")
        self._tagger = _Tagger(self._jieba, dict(word_tags))
        self._tagger.makesure_userdict_loaded()  # now, not lazily in the first of several concurrent questions
        # The answer policy tags one question in several places (follow-up, overview, evidence check).
        self.tagged_words = lru_cache(maxsize=256)(self._tagged_words)

    @staticmethod
    def normalise(text: str) -> str:
        return _APOSTROPHES.sub("", _POSSESSIVE.sub("", plain_latin(to_simplified(text).lower())))

    def known(self, word: str) -> bool:
        """Whether the word is in the dictionary, rather than guessed by jieba's HMM (时向)."""
        return self.usage(word) > 0

    def usage(self, word: str) -> int:
        """How often the dictionary has seen the word (0: not a word it knows)."""
        return self._jieba.FREQ.get(word) or 0

    def _tagged_words(self, text: str) -> tuple[tuple[str, str], ...]:
        """All words of a text in reading order with their part of speech (jieba's precise mode)."""
        return tuple((pair.word, pair.flag) for pair in self._tagger.cut(self.normalise(text)))

    def words(self, text: str) -> list[str]:
        """The words of a text in reading order (jieba's precise mode), punctuation left out."""
        return [word for word, _tag in self.tagged_words(text) if _WORD.search(word)]

    def word_bounds(self, text: str) -> list[int]:
        """Where the text's words begin and end, as offsets (0, then each word's end), or [] where its words
        leave some of it out (punctuation): the places a word of the text may be replaced."""
        bounds = [0]
        for word in self.words(text):
            bounds.append(bounds[-1] + len(word))
        return bounds if bounds[-1] == len(text) else []

    def tokens(self, text: str) -> list[str]:
        """Content words of a text (Traditional folded to Simplified, apostrophes dropped).

        A name jieba does not know comes out as single characters (短/䲟, 雍/闿); single
        characters are no words, but each pair of neighbours in such a run is kept as a
        bigram, so the rare name still matches the passages that spell it. A rare character
        standing alone (“䶮”字) is kept as it is, and a surname before a title (朱/女士) is kept
        with it (朱女士), as jieba keeps 刘先生. A courtesy, art or posthumous name given or
        asked for is its COURTESY_NAMES word.
        """
        text = self.normalise(text)
        words, run = [], []
        for token in [*self._jieba.lcut_for_search(text), ""]:
            if len(token) == 1 and HAN.fullmatch(token) and token not in STOPWORDS:
                run.append(token)
                continue
            words.extend(a + b for a, b in zip(run, run[1:]))
            words.extend(run if len(run) == 1 and is_rare_character(run[0]) else [])
            if run and token in SURNAME_TITLES:
                words.append(run[-1] + token)
            run = []
            if token and _WORD.search(token) and token not in STOPWORDS and (
                    len(token) > 1 or token.isascii() and token.isalnum()):
                words.append(token)
        return words + courtesy_names_given(text) + courtesy_names_asked(text)

    def passage_tokens(self, text: str) -> list[str]:
        """A passage's words plus the pinyin of its Chinese words.

        English questions spell Chinese names in pinyin (Wolong, Hongyan,
        Cao'e); indexing 卧龙 also as "wolong" lets them match. Only passages
        get pinyin, so Chinese questions are scored exactly as before.
        """
        words = self.tokens(text)
        return words + [pinyin(w) for w in words if len(w) > 1 and HAN.fullmatch(w)]
