"""Talk around courtesy: what a message says besides its greeting, thanks or goodbye, when it asks nothing.

People rarely send a bare "你好": they say who they are (你好 我是第一次用这个), how they feel (早上好
今天终于不用加班了), what they think of the last reply (谢谢 不过字有点多), that they are done (好的 谢谢
没有别的问题了, "that's all I needed, bye") or that they mistyped. Searched, such words are the nearest
passage presented as an answer, or a list of "terms" the articles lack (刚才, 心情).

Said after courtesy, a clause is talk when it asks nothing, requests nothing (我想了解…, 说说…, "tell
me about"), and says something: a clause with no predicate is a topic asked about (你好，曹娥街道的人口;
你好 比亚迪; 你好 一季度外资到位, a verb as a headline has it), whatever the articles hold. Of a clause that
says something, what the asker tells of themselves (我是曹娥的居民) is talk whatever it names; any other is
a claim to check when it names something the articles name (你好 卧龙集团成立于1984年), and talk otherwise.
A clause that asks is talk only when it asks of the chat itself (直接打字问就行吗, 字能不能再大一点) in no
other words; one closing in 呢 asks too (好的 还有呢: a follow-up), unless the asker tells of themselves.
"""

from __future__ import annotations

import re

from qa.ingest.words import dictionary_tag, to_simplified
from qa.retrieval.policy.compound import asks
from qa.retrieval.policy.framing import CLAUSE_END, tells
from qa.retrieval.policy.overview import reaches_corpus
from qa.retrieval.policy.terms import key_terms
from qa.retrieval.policy.triage import foremost, triage
from qa.retrieval.policy.vocabulary import QUESTION_WORDS
from qa.store.lexical import LexicalIndex

# Asking for something in a statement's words: 我想了解一下…, 说说…吧, 介绍下…, "tell me about …".
_REQUEST = re.compile(r"(?:想|要|请|帮我|给我(?!们)|麻烦)[^，,。！!\s]{0,3}?(?:了解|知道|问|查|看|找|介绍|说|讲|聊)"
                      r"|介绍|说说|讲讲|聊聊|科普|感兴趣|关心|(?<!随便)看看"
                      r"|\b(?:tell|show|give|explain|find|want to know|like to know|wondering|interested|curious"
                      r"|looking for|info|information|details|what about|how about)\b", re.IGNORECASE)
# The chat itself: how one asks in it, how it replies, who made it (直接打字问就行吗, 能直接说话吗, 字能不能再大一点,
# 你们这个是哪个单位做的, "can I just type my question").
_THE_CHAT = re.compile(r"打字|语音(?:输入)?|说话|讲话|输入|字体|字号|字(?=[能可再太])|回答|回复|屏幕|界面|按钮|机器人"
                       r"|你们?是|你们这个|\b(?:type|typing|voice|speak|talk|font|screen|app|answers?|repl(?:y|ies)"
                       r"|questions?|you)\b", re.IGNORECASE)
# 呢 closing what is not the asker's story asks what of it (还有呢, 那卧龙集团呢), not 我在加班呢
_WHAT_OF = re.compile(r"[呢呐][\s~～]*$")
# What says something of the rest: an adverb or a set phrase, an adjective where no 的 follows it (心情不错,
# not 最大的企业), 一下 (测试一下), a verb jieba keeps with its negation or degree (不太好, 没有), or a verb with
# a word a sentence has and a headline or keyword query does not — a pronoun, particle, preposition or
# conjunction (我是第一次用, 让孙子帮我打的字; not 一季度外资到位).
_SAYING_TAGS = ("d", "i", "l")
_VERB_TAGS = ("v", "vd", "vg", "vi", "vl")
_SENTENCE_TAGS = ("r", "u", "y", "p", "c", "e", "o")
_DONE_BRIEFLY = "一下"
_GRADED = ("不", "没", "别", "很", "太", "真", "挺")
_ADJECTIVE_TAGS = ("a", "ad", "z")
_FIRST_PERSON_EN = re.compile(r"\b(?:i|i'm|im|i've|i'd|my|me|we|we're|our)\b", re.IGNORECASE)


def owed_reply(said: str, courtesy: str | None, lexical: LexicalIndex) -> str | None:
    """The courtesy whose reply a message of talk is owed: the one it opens or closes with (``courtesy``, as
    triage read it) or one said between its clauses (嘩 咁快就答到 多謝你呀 …); None where a clause is not
    talk (see the module) or no courtesy was said."""
    clauses = [(clause, triage(clause)) for clause in filter(str.strip, CLAUSE_END.split(said))]
    intents = [courtesy] * bool(courtesy) + [read.intent for _clause, read in clauses if read.kind == "greeting"]
    if intents and all(read.kind == "greeting" or _talk(clause, lexical) for clause, read in clauses):
        return foremost(intents)
    return None


def _talk(clause: str, lexical: LexicalIndex) -> bool:
    """Whether one clause of what is said besides courtesy is talk (see the module)."""
    if asks(clause, lexical):
        return _of_the_chat(clause, lexical)
    if _REQUEST.search(to_simplified(clause)) or _WHAT_OF.search(clause) and not tells(clause):
        return False
    return _english_talk(clause, lexical) if clause.isascii() else _chinese_talk(clause, lexical)


def _english_talk(clause: str, lexical: LexicalIndex) -> bool:
    """jieba tags no English predicate: talk is the asker's own story, or no word the articles use, with no
    question word anywhere ("so what is …")."""
    if any(word in QUESTION_WORDS for word in re.findall(r"[a-z]+", clause.lower())):
        return False
    return _FIRST_PERSON_EN.search(clause) is not None or not reaches_corpus(key_terms(clause, lexical).terms, lexical)


def _chinese_talk(clause: str, lexical: LexicalIndex) -> bool:
    """A topic named alone is asked about; what says something is talk unless it claims of a name."""
    terms = key_terms(clause, lexical)
    if not _says_something(list(lexical.tokenizer.tagged_words(to_simplified(clause)))):
        return not terms.terms  # a topic asked about
    # key terms count times (刚才) and quoted words (“熬夜”) among names; a claim names someone or something
    names = [name for name in terms.names if not dictionary_tag(name).startswith(("t", "v"))]
    return tells(clause) or not reaches_corpus(names, lexical)


def _of_the_chat(clause: str, lexical: LexicalIndex) -> bool:
    """Whether an asking clause asks of the chat itself, in no words of the articles but the chat's."""
    simplified = to_simplified(clause)
    return (_THE_CHAT.search(simplified) is not None
            and all(_THE_CHAT.fullmatch(term) for term in key_terms(simplified, lexical).terms))


def _says_something(tagged: list[tuple[str, str]]) -> bool:
    """Whether the words hold a predicate (see ``_SAYING_TAGS``)."""
    following = [tag for _word, tag in tagged[1:]] + [""]
    if any(tag in _SAYING_TAGS or tag in _ADJECTIVE_TAGS and after != "uj" or word == _DONE_BRIEFLY
           for (word, tag), after in zip(tagged, following)):
        return True
    verbs = [word for word, tag in tagged if tag in _VERB_TAGS]
    return any(verb.startswith(_GRADED) for verb in verbs) or bool(verbs) and any(
        tag.startswith(_SENTENCE_TAGS) for _word, tag in tagged)
