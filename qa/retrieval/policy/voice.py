"""A question said aloud, as a phone's voice input writes it, read as if typed.

Voice input writes down what was said: hesitations (嗯, 呃, 那个, "um"), a word said twice as the
speaker restarts (今天 今天, 那个那个, "hello hello"), and a slip said and taken back ("四万九 不对
四千九百多", "the profit no sorry the tax"). Left in, a hesitation is a term the articles lack, the
slip taken back is searched with what replaced it, and "喂 喂 你好" is no greeting triage knows.
Whatever the recogniser wrote in place of a word of the same sound is the keyboard slips' work
(``slips``); a story told before the question is framing's (``framing``).
"""

from __future__ import annotations

import re

from qa.ingest.sentences import is_cjk
from qa.ingest.words import STOPWORDS

# Sounds and words that hold the floor while the speaker thinks: dropped where said alone, between
# pauses (a space, punctuation, the message's start or end), never inside a word (金额, 那个人).
_ALONE_BEFORE = r"(?:(?<=^)|(?<=[\s，,。.！!？?、…~～]))"
_ALONE_AFTER = r"(?=$|[\s，,。.！!？?、…~～])"
_HESITATION = (r"(?:[嗯呃额呣唔哦噢喔啊哎诶欸]+|那[个個]|[这這][个個]|就是[说說]?|然[后後]呢?|[对對]吧|是吧"
               r"|你知道[吗嗎]|怎[么麼][说說]呢|那就|(?i:u+h*m+|u+h+|e+r+m*|h+m+|a+h+|so like|you know))")
# Unsure of the word just said, before going on (余墨还是什么 他在…): nothing asked.
_UNSURE = re.compile(r"(?<=[\u4e00-\u9fff])(?:[还還]是|或者)什[么麼]的?(?=[\s，,]+\S)")
# Sounds no Chinese word is written with: left out wherever they stand (嗯曹娥街道…, 欸我是…).
_GRUNTS = re.compile(r"[嗯呃欸诶]+")
_HESITATIONS = re.compile(rf"{_ALONE_BEFORE}(?:{_HESITATION}[\s，,]*)*{_HESITATION}{_ALONE_AFTER}[\s，,]*")
# Said twice as the speaker restarts: a word again after a pause (今天 今天, 喂 喂, "hello hello"), or two
# to four characters again at once (那个那个, 曹娥曹娥街道); not a character doubled as Chinese writes it
# (谢谢, 哈哈哈哈: triage reads a laugh).
_SAID_TWICE = re.compile(r"(?i)(?<![\u4e00-\u9fffa-z'])(?P<word>[a-z']+|[\u4e00-\u9fff]+)(?:\s+(?P=word)(?![a-z']))+"
                         r"|(?P<chars>(?P<first>[\u4e00-\u9fff])(?!(?P=first))[\u4e00-\u9fff]{1,3}?)(?P=chars)+")
_MAX_TAKEN_BACK = 3  # English words a slip taken back runs back over, to the last word that joins others
# A slip taken back with no pause, the speaker starting the words again (招商引资不对招商引智): the words
# from where they began before are replaced. Without that start, 不对 is part of what is said (不对外开放).
_TAKEN_BACK_GLUED = re.compile(r"(?<=[\u4e00-\u9fff])(?:不[对對]|哦不)(?=[\u4e00-\u9fff])")
_RESTART_CHARS = 2
_RESTART_WITHIN = 8
_PAUSE = r"[\s，,、。.！!？?]"
# A slip taken back, between pauses: what was said since the pause before is replaced by what follows.
_TAKEN_BACK = re.compile(
    rf"(?<={_PAUSE})\s*(?:[哦噢啊]?不[对對](?:不[对對])?|哦不|不是不是|我?[说讲說講][错錯]了|唔係(?:唔係)?|我[講讲][錯错]"
    rf"|(?i:no,? sorry|sorry,? i mean|i mean|no wait|or rather))(?={_PAUSE})[\s，,]*(?:我是(?:想)?[问说]|是)?\s*")


def as_typed(text: str) -> str:
    """The message with its hesitations, restarts and slips taken back left out (see the module); the
    message as it was when that would leave nothing, or when it is one thing said over and over (triage
    reads "the the the" as no question)."""
    if _SAID_TWICE.fullmatch(text):
        return text
    said = _unhesitating(_SAID_TWICE.sub(_once, text))
    return _UNSURE.sub("", _restarted(_taken_back(said))) or text


def takes_back(text: str) -> bool:
    """Whether the message takes back something it said: its reading then changes what is asked, so the
    reply shows it (a hesitation or a restart left out changes nothing)."""
    said = _unhesitating(text)
    return _restarted(_taken_back(said)) != said


def _unhesitating(text: str) -> str:
    """The text without its hesitations, a pause left where each was."""
    return re.sub(r"\s*，\s*", "，", " ".join(_GRUNTS.sub("", _HESITATIONS.sub(_pause, text)).split()))


def _pause(hesitation: re.Match[str]) -> str:
    """What a hesitation leaves: the pause it filled; a clause's end where 就是 said that what follows restates
    what came before (亲妈 就是那个 生母: the two are not one term)."""
    before = hesitation.string[:hesitation.start()].rstrip()[-1:]
    after = hesitation.string[hesitation.end():].lstrip()[:1]
    restated = "就是" in hesitation.group() and before and after and is_cjk(before) and is_cjk(after)
    return "，" if restated else " "


def _once(said: re.Match[str]) -> str:
    return said.group("word") or said.group("chars")


def _restarted(text: str) -> str:
    """The text with each slip taken back without a pause replaced where the speaker started again."""
    for slip in _TAKEN_BACK_GLUED.finditer(text):
        before, start = text[:slip.start()], text[slip.end():slip.end() + _RESTART_CHARS]
        began = before.rfind(start, max(0, len(before) - _RESTART_WITHIN))
        if len(start) == _RESTART_CHARS and began >= 0:
            return _restarted(before[:began] + text[slip.end():])
    return text


def _taken_back(text: str) -> str:
    """The text with each slip taken back replaced by what follows it: the words said since the last
    pause before; in English, the words since the last word that only joins others ("to young low i mean
    the yang luo line", "the profit no sorry the tax"), that word once."""
    while (slip := _TAKEN_BACK.search(text)) and slip.end() < len(text):
        before, correction = text[:slip.start()].rstrip(" ，,"), text[slip.end():]
        cut = max((pause.end() for pause in re.finditer(_PAUSE, before)), default=0)
        if before.isascii():
            words = before.split()
            kept = len(words) - 1
            while kept > 0 and len(words) - kept < _MAX_TAKEN_BACK and words[kept - 1].lower() not in STOPWORDS:
                kept -= 1
            if kept and correction.split()[0].lower() == words[kept - 1].lower():
                kept -= 1
            cut = len(" ".join(words[:kept]))
        text = (before[:cut].rstrip() + " " + correction).strip()
    return text
