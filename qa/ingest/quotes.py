"""Who says each sentence of a passage: the speaker of quoted speech, where the text names one.

News writing quotes people in a few fixed ways: the speaker before the quote (宋亮说：“……”), after it
(“……”宋亮表示。, a tail the sentence splitter keeps with its quote), opening the next sentence
(“……”宋亮告诉记者，……), in the sentence before, which reports what they said (……李瑞林认为，……。“只要……”),
or, where a paragraph opens with quotes, as the person the next sentence is about (“……就找我。”近日，……
年轻干部倪博文挨个走访……). A quote that runs over several sentences is its speaker's throughout, named
where it opens or where it closes (“……。……。”熊心顺回忆道。). Quoted names and slogans (“青春之城”) hold no
sentence punctuation and are no speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qa.ingest.sentences import QUOTE_CLOSING, QUOTE_OPENING, SAYS, split_sentences

# A quote holding a sentence that stands as a clause of its own (after a stop, a comma, a colon or a space, and
# ending the sentence or a clause or before who said it), not a name or slogan (以“……，……”为主题).
_SPEECH_QUOTE = re.compile(rf"(?:^|[：:，,。！？!?\s]|{SAYS})[“「][^”」]*[，,。？?！!…；;][^”」]*"
                           rf"(?:$|[”」](?=\s*(?:$|[，,。！？!?；;：:“「]|[^“”「」]{{1,30}}?{SAYS})))")
_QUOTED = re.compile(r"[“「][^”」]*(?:[”」]|$)")
_CLAUSE_END = re.compile(r"[，,：:。！？!?；;]")
# a whole clause naming who speaks: 国家体育总局……李瑞林认为, 肖亚庆进一步表示
_ATTRIBUTION = re.compile(rf"(.{{1,30}}?)(?:进一步|再次|同时|接着|也|还|则|又|就|都|更|曾)?{SAYS}(?:过|了)?")
_REPORTED = re.compile(rf"(.{{1,30}}?)(?:进一步|再次|同时|接着|也|还|则|又|就|都|更|曾)?(?:{SAYS}|告诉[他她我]们?)")
_INTRODUCED = re.compile(rf"[，,]\s*{SAYS}\s*[：:]?\s*[“「]")  # a quote a bare verb of saying introduces
_LEADING = re.compile(r"^\s*(?:对此|对于此事|此外|同时|而且|而|但是|但|随后|当时|最后|另外)?\s*")
_NO_SPEAKER = re.compile(r"^(?:据|有人|也有人|用.*的话|一般|普遍|外界|业内|网友|报道|消息|资料|公告)")


@dataclass(frozen=True)
class Said:
    """A sentence of quoted speech: who says it as the text writes them ("" where it names no one), and
    the index of the sentence naming them."""

    speaker: str
    named_in: int | None


def is_speech(sentence: str) -> bool:
    """Whether a sentence quotes speech (a quote holding sentence punctuation, not a quoted name)."""
    return _SPEECH_QUOTE.search(sentence) is not None


def attribution(sentence: str, continued: bool = False, reported: bool = False) -> str:
    """The speaker a clause of the sentence outside its quotes names (宋亮表示, 刘森淼告诉记者，……), or "";
    ``continued``: the sentence opens inside a quote begun before, up to its closing mark; ``reported``:
    a clause may go on to say what they said (胡某称可能是出于嫉妒, 医生告诉她，……)."""
    if continued:
        closing = min((at for at in map(sentence.find, QUOTE_CLOSING) if at >= 0), default=len(sentence))
        sentence = sentence[closing + 1:]
    before, introduces = "", _INTRODUCED.search(sentence) is not None  # ……，说：“……”
    for clause in _CLAUSE_END.split(_QUOTED.sub("，", sentence)):
        clause = _LEADING.sub("", clause).strip()
        if introduces and re.fullmatch(SAYS, clause) and before:  # 经纪人道歉了，说：“……”: the one before
            return before
        match = _REPORTED.match(clause) if reported else _ATTRIBUTION.fullmatch(clause)
        if match and not _NO_SPEAKER.match(match.group(1)) and not re.search(r"[“”「」]", match.group(1)):
            return match.group(1).strip()
        before = clause
    return ""


def _opening_attribution(sentence: str) -> str:
    """The speaker the first clause of a sentence names (宋亮告诉记者，……)."""
    first = _CLAUSE_END.split(_LEADING.sub("", sentence).lstrip("，, "), maxsplit=1)[0]  # 对此，市铁办工作人员说
    return attribution(first) if not _QUOTED.search(first) else ""


def _person(words: Sequence[tuple[str, str]]) -> str:
    """The first person a sentence names, with the words of its clause before it (曹娥街道…年轻干部倪博文):
    a personal name (jieba's nr) not compounded with a noun after it (曹娥 of 曹娥街道 is a place)."""
    clause: list[str] = []
    for at, (word, tag) in enumerate(words):
        if _CLAUSE_END.fullmatch(word):
            clause = []
            continue
        clause.append(word)
        following = words[at + 1][1] if at + 1 < len(words) else "x"
        if tag == "nr" and following != "nr" and not following.startswith("n"):
            return "".join(clause).strip()
    return ""


Tagger = Callable[[str], Sequence[tuple[str, str]]]  # a text's words with their parts of speech


def speakers(sentences: Sequence[str], tagged: Tagger) -> list[Said | None]:
    """For each of a passage's sentences, who says it, or None where it quotes no one (``tagged`` finds
    the person a sentence after quotes opening the passage is about)."""
    said: list[Said | None] = []
    carried: Said | None = None  # the speaker of a quote still open after the sentence before
    opened = 0  # where that quote opened
    for at, sentence in enumerate(sentences):
        if carried is None and not is_speech(sentence):
            said.append(None)
            continue
        following = sentences[at + 1] if at + 1 < len(sentences) else ""
        before = attribution(sentences[at - 1]) if at else ""
        if speaker := attribution(sentence, continued=carried is not None):
            found = Said(speaker, at)
        elif carried is not None and carried.speaker:
            found = carried
        elif sentence.rstrip("。！？!?").endswith(tuple(QUOTE_CLOSING)) and (
                speaker := _opening_attribution(following)):
            found = Said(speaker, at + 1)
        elif before:
            found = Said(before, at - 1)
        elif at and said[at - 1] is not None and said[at - 1].speaker:
            found = said[at - 1]
        else:
            found = Said("", None)
        said.append(found)
        opens = sum(map(sentence.count, QUOTE_OPENING)) - sum(map(sentence.count, QUOTE_CLOSING))
        if carried is None:
            opened = at
        elif opens < 0 and found.speaker:  # “……。……。”熊心顺回忆道。: named as the quote closes
            said[opened:at] = [found if earlier and not earlier.speaker else earlier for earlier in said[opened:at]]
        carried = found if opens > 0 or carried is not None and opens == 0 else None
    # quotes opening the passage: their speaker is the person the first sentence after them is about
    run = next((at for at, found in enumerate(said) if found is None), len(said))
    if 0 < run < len(sentences) and not any(found.speaker for found in said[:run] if found) and (
            person := _person(tagged(sentences[run]))):
        said[:run] = [Said(person, run)] * run
    return said


def with_speakers(sentences: Sequence[str], tagged: Tagger) -> list[str]:
    """The sentences, each quoting someone named in another sentence written after its speaker
    (倪博文：“我的电话和微信同号……”), for matching a question's words: it is what they say."""
    return [f"{found.speaker}：{sentence}" if found and found.speaker and found.named_in != at else sentence
            for at, (sentence, found) in enumerate(zip(sentences, speakers(sentences, tagged)))]


def spoken(text: str, tagged: Tagger) -> str:
    """The text with each sentence quoting someone named in another sentence written after its speaker
    (see ``with_speakers``)."""
    spans = split_sentences(text)
    if not any(is_speech(text[start:end]) for start, end in spans):
        return text
    pieces, last = [], 0
    for (start, end), sentence in zip(spans, with_speakers([text[start:end] for start, end in spans], tagged)):
        pieces += [text[last:start], sentence]
        last = end
    return "".join(pieces) + text[last:]
