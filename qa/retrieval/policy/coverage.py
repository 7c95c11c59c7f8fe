"""Which articles cover a topic: "有哪些关于德甲的报道？", "关于柑橘的新闻有几篇？", "有没有写奶粉的文章？",
"Which stories are about football?".

Over many documents an editor asks for the articles themselves, not a fact in one: the reply lists
the documents whose passages answer the topic, each with the passage that does. The question asks
for documents when a word for one is what it selects, counts or asks after (哪篇文章, 几篇报道,
有没有…的新闻, 关于X的报道有哪些, "which stories", "is there an article"); a document it names to ask
what is in it (柑橘滞销那篇报道里滞销了多少斤, "In the story about the milk powder, which …") asks a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.ingest.words import latin_apart, to_simplified
from qa.retrieval.contract import Hit
from qa.retrieval.policy.evidence import Evidence
from qa.retrieval.policy.terms import key_terms
from qa.retrieval.question import is_chinese_script
from qa.store.lexical import LexicalIndex

SCAN = 30  # passages searched for the other articles on a topic (a reply still shows top_k of them)

_DOCUMENT = r"(?:文章|报道|报导|新闻|稿子|稿件|消息|资讯|篇)"
_COUNTED_DOCUMENTS = r"(?:哪几篇|哪几条|哪几则|哪篇|哪一篇|哪条|哪一条|哪则|几篇|多少篇|几条|多少条|几则)"
_WHICH = rf"(?:哪些|{_COUNTED_DOCUMENTS}|什么|啥)"
_ABOUT = r"(?:关于|有关|讲述|讲|写|说|涉及|提到|提及|报道|谈到|谈|聊|介绍|针对|是)"
_EXISTS = r"(?:有没有|有无|是否有|还有|有)"
_TOPIC = r"(?P<topic>[^，,。？?！!；;]+?)"
_CHINESE = [re.compile(pattern) for pattern in (
    # 哪篇文章讲了德甲, 收录的文章里哪些是体育新闻, 这些报道里哪几篇涉及死刑
    rf"{_DOCUMENT}(?:里|中|当中)?(?:有)?{_WHICH}(?:{_DOCUMENT})?{_ABOUT}(?:了|的是|到|过)?{_TOPIC}(?:的)?"
    rf"(?:{_DOCUMENT})?(?:吗|呢)?$",
    rf"(?:{_WHICH}{_DOCUMENT}|{_COUNTED_DOCUMENTS})(?:是)?(?:{_ABOUT}|跟|和|与|同)(?:了|的是|到|过)?{_TOPIC}(?:有关|相关)?(?:的)?(?:吗|呢)?$",
    # 有哪些关于消费投诉的报道, 有没有写奶粉的文章, 有体育新闻吗, 找一下受贿的新闻
    rf"(?:{_EXISTS}{_WHICH}?|{_WHICH}|找一下|找找|搜一下|搜搜|列出|列一下)(?:一些|任何|所有)?(?:{_ABOUT})?"
    rf"{_TOPIC}(?:相关|方面)?的?{_DOCUMENT}(?:吗|呢|有哪些|有几篇|有多少篇?)?$",
    # 关于柑橘的新闻有几篇, 德甲的报道有哪些
    rf"^(?:{_ABOUT})?{_TOPIC}(?:相关|方面)?的{_DOCUMENT}(?:都)?(?:有|是)(?:哪些|{_COUNTED_DOCUMENTS}|多少|吗|没有)",
)]
_COUNTED = re.compile(r"几篇|多少篇|几条|多少条|几则|\bhow many\b")
_ENGLISH_DOCUMENT = r"(?:articles?|stories|story|reports?|news(?: stories| items| reports| articles| pieces)?|pieces?)"
_ENGLISH_ABOUT = (r"(?:about|on|covering|covers?|mention(?:s|ing|ed)?|discuss(?:es|ing|ed)?|talk(?:s|ing|ed)? about"
                  r"|deal(?:s|ing|t)? with|report(?:s|ing|ed)? on|related to|regarding|concerning|involv(?:e|es|ing)"
                  r"|featur(?:e|es|ing)|list(?:s|ing|ed)?|giv(?:e|es|ing)|show(?:s|ing)?)")
_ENGLISH = re.compile(
    r"\b(?:which|what|any|how many|list(?: all)?(?: the)?|find(?: me)?(?: the)?|show(?: me)?(?: the)?"
    r"|are there(?: any)?|is there(?: an?| any)?|do you have(?: any| an?)?|give me(?: the)?)\s+"
    rf"(?P<before>[\w'’-]+(?:\s+[\w'’-]+)?\s+)??{_ENGLISH_DOCUMENT}\b\s*"
    r"(?:(?:that|which)\s+)?(?:(?:are|is|was|were|do|does|did)\s+)?(?:(?:you|we)\s+have\s+)?"
    rf"(?P<after>{_ENGLISH_ABOUT}\s+.+?)?\s*[?.!]*$", re.I)
_ENGLISH_TOPIC_START = re.compile(rf"^{_ENGLISH_ABOUT}\s+(?:the\s+)?", re.I)
_ENGLISH_EMPTY = re.compile(r"^(?:the|all|of|there|here|you|have|held|in (?:the|this) (?:collection|corpus))$", re.I)
_ASKING = re.compile(r"什么|啥|哪|谁|几|多少|怎|吗")  # a topic asking something is a fact asked of an article
_ENGLISH_FRAME = frozenset("is are was were do does did this that these those it its your my of the".split())
# Several things named, any of which an article may cover (学校、学生; "courts or trials")
_ALTERNATIVES = re.compile(r"\s*(?:、|/|／|或者|或|(?<=[^\W\d_a-z])[和与](?=[^\W\d_a-z])|\bor\b)\s*", re.I)
# What a news item is rather than what it is about (毒品案子, 赛车比赛): a passage need not write it
_ITEM = re.compile(r"(?<=..)(?:案子|案件|事件|事情|话题|比赛)$")
_LEADING = re.compile(rf"^(?:的|了|过|到|一些|任何|所有|{_ABOUT})+")
_TRAILING = re.compile(rf"(?:的|有关|相关|方面|之类|一类|这类|类|{_DOCUMENT})+$")


@dataclass(frozen=True)
class TopicAsked:
    """Articles asked for by topic: the topic as written, and whether how many is asked (几篇)."""

    topic: str
    counted: bool

    @property
    def parts(self) -> list[str]:
        """The things the topic names, any of which an article may cover, each without a word for the
        kind of news item it is."""
        return [_ITEM.sub("", part) for part in _ALTERNATIVES.split(self.topic) if part.strip()] or [self.topic]


def topic_asked(question: str) -> TopicAsked | None:
    """The topic whose articles the question asks for, or None where it asks something else, or
    asks for the articles with no topic (收录了哪些文章, which the list of documents answers)."""
    text = to_simplified(question).strip().rstrip("？?！!。. ")
    counted = _COUNTED.search(text.lower()) is not None
    for pattern in _CHINESE:
        found = pattern.search(text)
        topic = _LEADING.sub("", _TRAILING.sub("", found.group("topic").strip())) if found else ""
        if topic and not _ASKING.search(topic):
            return TopicAsked(topic, counted)
    found = _ENGLISH.search(latin_apart(text))
    if found is None:
        return None
    before = re.sub(r"^(?:of\b\s*)?(?:(?:the|these)\b)?", "", (found.group("before") or "").strip(), flags=re.I)
    if any(word.lower() in _ENGLISH_FRAME for word in before.split()):
        return None  # "What is this article about?", "What did the story say"
    after = _ENGLISH_TOPIC_START.sub("", found.group("after") or "").strip()
    after = re.sub(r"^(?:an?|any|some)\s+", "", after, flags=re.I)
    topic = " ".join(part for part in (before, after) if part and not _ENGLISH_EMPTY.match(part))
    return TopicAsked(topic, counted) if topic else None


def covering(hits: list[Hit], topic: str, lexical: LexicalIndex) -> list[Hit]:
    """Each document's first passage among the ``hits`` (the topic's answer, checked as a question's, then
    the passages a plain search finds for it) that shows the document covers the topic (see ``_covers``)."""
    # a topic without a noun (醉驾, 失火着火) is held by its own words
    terms = key_terms(topic, lexical).terms or [word for word in lexical.tokenizer.tokens(topic) if len(word) > 1]
    chosen: dict[str, Hit] = {}
    for at, hit in enumerate(hits):
        if hit.doc not in chosen and _covers(hit, at == 0, terms, lexical, is_chinese_script(topic)):
            chosen[hit.doc] = hit
    return list(chosen.values())


def _covers(hit: Hit, first: bool, terms: list[str], lexical: LexicalIndex, chinese: bool) -> bool:
    """Whether a passage shows its document covers the topic: it carries evidence, and past the first (which
    the evidence check passed) it holds each of the topic's words as written or through the dictionary (not
    only a piece of one: 动物 is no 野生动物), and its document's title does too or it scores as high as an
    answer (see ``refusal.confidence``): an article naming the topic in passing does not. English reaches
    Chinese through loose dictionary senses, so it needs both."""
    if not hit.carries_evidence or first:
        return hit.carries_evidence
    title = Evidence._of_text(to_simplified(hit.title or "").lower(), lexical)
    headed = all(title.has(term, pieces=False) for term in terms)
    high = hit.confidence == "high"
    if not (headed or high if chinese else headed and high):
        return False
    return bool(terms) and all(Evidence([hit], lexical).has(term, pieces=False) for term in terms)
