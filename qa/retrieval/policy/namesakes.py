"""Namesakes: a name the articles hold, written with a word they never write (鸿雁电器, 卧龙自然保护区).

The articles' 鸿雁 is a community (鸿雁社区), their 卧龙 a company group; "鸿雁电器的人才公寓" and
"卧龙自然保护区的新能源产业园" name other things that share the name, and the passage on the articles'
one answered them. A noun compound holding a name the articles use is read as naming something
else when a word after the name is one no passage writes, nor do the passages offered say it in
another form (小区 of 社区, through the dictionary). The compound's last word is left out unless 的
follows, as it may be what is asked (曹娥街道人口), and so are the words after a word for an area,
which name a body or thing of the place (曹娥街道党工委); a legal form (控股, 股份有限公司) names no
other company. The compound is reported missing, so the reply says the articles do not mention it
above the passages on the name they do hold.
"""

from __future__ import annotations

from qa.ingest.words import HAN, to_simplified
from qa.retrieval.policy.comparison import is_written
from qa.retrieval.policy.evidence import Evidence
from qa.retrieval.policy.vocabulary import AREA_WORDS, NAME_TAGS, is_legal_form

_NOUN_TAGS = ("n", "vn")  # n covers the name tags (nr, ns, nt, nz)
_AREA_CHARACTERS = frozenset("".join(word for word in AREA_WORDS if len(word) == 1))


def namesakes(question: str, evidence: Evidence) -> list[str]:
    """The noun compounds of the question that name something else by a name the articles hold."""
    lexical = evidence.lexical
    words = lexical.tokenizer.tagged_words(to_simplified(question))
    found = []
    for start, end in _compounds(words):
        named = next((at for at in range(start, end) if words[at][1].startswith(NAME_TAGS)
                      and lexical.knows(lexical.head(words[at][0]))), None)
        if named is None:
            continue
        owned = end < len(words) and words[end][0] == "的"
        # after a word for its area, a place's compound names a body or thing of it (曹娥街道党工委)
        last = next((at for at in range(named, end) if words[at][0] in AREA_WORDS), end if owned else end - 1)
        if any(_unwritten(word, evidence) for word, _ in words[named:last]):
            found.append("".join(word for word, _ in words[named:end]))
    return found


def _unwritten(word: str, evidence: Evidence) -> bool:
    """Whether a word of a compound is one no passage writes, nor the evidence in another form; a legal
    form or a word for an area (市区) is none that names another thing."""
    return (bool(HAN.search(word)) and not is_legal_form(word) and not set(word) <= _AREA_CHARACTERS
            and not is_written(word, evidence.lexical) and not evidence.has(word, pieces=False))


def _compounds(words: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """Where each run of nouns starts and ends (end exclusive)."""
    runs, start = [], None
    for at, (_, tag) in enumerate([*words, ("", "x")]):
        if tag.startswith(_NOUN_TAGS):
            start = at if start is None else start
        elif start is not None:
            runs.append((start, at))
            start = None
    return runs
