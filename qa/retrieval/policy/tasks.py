"""Requests to write, translate, rewrite or make something: the assistant finds passages and writes nothing.

"帮我写一篇关于曹娥街道的宣传稿", "把这篇文章翻译成英文", "Make a table of the Q1 figures": searched as
questions, the request's own words (宣传稿, 英文) were reported missing, or a passage was offered as if it
were the text asked for. Such a request is read for what it asks done and what it is about (its topic,
as the request writes it); the reply says what the assistant cannot do and offers the passages on the
topic as material, or the document's overview when the request is about the document itself.
A question that only uses such words (文章里写了哪些企业, 这篇是谁写的, CAZ翻译成中文是什么意思,
"List the three industries", "Give me the headline") asks for facts and is no request.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from qa.ingest.words import to_simplified

_END = r"[，,。！!？?；;]"  # a clause ends here
_CLAUSE = r"[^，,。！!？?；;]"
_ASKING = r"(?:请你?|帮我|帮忙|帮|给我|替我|为我|麻烦(?:你|您)?|能不能|能否|可不可以|可以|你能|你可以|你来|试着|让你)"
_COUNTED = r"(?:一下|[一两几三四五六七八九十\d]*(?:篇|首|段|份|封|条|句|个|则|版|些|组|副|张|道|页|幅))"
_TO_WRITE = r"(?:写|撰写|起草|草拟|拟|编写|编|创作|作|想|起|取|配(?!套)|设计)"
_WRITTEN = (r"(?:宣传稿|新闻稿|通稿|稿子|稿件|文案|短文|文章|散文|作文|诗歌|小诗|古诗|诗|七律|绝句|对联|歌词|歌"
            r"|口号|标语|广告语|广告词|广告|标题|题目|导语|开头|结尾|演讲稿|发言稿|讲话稿|主持词|致辞|贺词|欢迎词|推介词|解说词"
            r"|串词|介绍词|介绍文字|介绍|配文|说明文字|总结材料|汇报材料|材料|总结|报告|心得体会|心得|读后感|感想|评论"
            r"|短评|社论|推文|微博|朋友圈|小红书|脚本|剧本|故事|小说|邮件|表扬信|感谢信|信|邀请函|倡议书|申请书|通知"
            r"|简介|快讯|段子|顺口溜|祝福语|方案|策划|slogan)")
_TO_MAKE = r"(?:做|制作|生成|画|绘制|整理|(?<![提推产输支演杰突指日])出|设计|列|弄|汇总)"
_MADE = (r"(?:表格|对比表|统计表|表(?!\w)|图表|统计图|柱状图|饼图|折线图|思维导图|脑图|导图|流程图|示意图|ppt|幻灯片"
         r"|演示文稿|海报|时间线|时间轴|测验|选择题|判断题|问答题|填空题|考题|试题|题目|题|问卷|excel|quiz)")
_LANGUAGE = r"(?:英文|英语|日语|日文|韩语|韩文|法语|德语|俄语|西班牙语|繁体|简体|中文|粤语|白话文?|文言文)"
_EN_SOME = r"(?:\s+me)?\s+(?:an?|some|one|two|three|four|five|a few|few|several|\d+[-\w]*|new|another)\b"
_EN_WRITTEN = (r"(?:poem|haiku|song|lyrics|tweet|post|caption|slogan|tagline|headline|title|press release"
               r"|news release|speech|letter|email|e-mail|essay|story|article|blog|ad|advert\w*|script|pitch"
               r"|brochure|flyer|memo|invitation|toast|announcement|newsletter)s?")
_EN_MADE = (r"(?:table|chart|graph|diagram|slides?|slide deck|powerpoint|ppt|presentation|infographic|mind ?map"
            r"|timeline|quiz|spreadsheet|poster|flashcards?)s?")
# Asked as a question of the text, not of the assistant: what a word means, what it is called.
_ASKED_OF_TEXT = re.compile(rf"{_CLAUSE}*(是什么|什么意思|叫什么|怎么说|指的?是|是啥|意思|是指|的缩写是)")
_KINDS = {  # checked in this order: "把…那段改写成一则快讯" is a rewrite, "翻译成英文" no writing
    "translate": re.compile(
        rf"(?:^|{_ASKING})(?:(?:把|将){_CLAUSE}{{0,40}}?)?(?:翻译|翻成|译成|译为)|(?:翻译|翻成|译成|译为){_LANGUAGE}"
        rf"|(?:^|{_ASKING})用{_LANGUAGE}(?:写|介绍|讲|概括|总结|描述|回答|改写|表达)"
        r"|\btranslat(?:e|ing)\b", re.IGNORECASE),
    "rewrite": re.compile(
        rf"改写|重写|润色|扩写|续写|仿写|校对|纠错|错别字|病句|语病|口语化"
        rf"|(?:^|{_ASKING})(?:(?:把|将){_CLAUSE}{{0,40}}?)?(?:缩写|改成|改为|改得|改一下|精简|压缩|简化|修改)"
        r"|\b(?:re-?write|paraphrase|proofread|polish|reword|simplify|shorten|condense)\b"
        r"|\bfix (?:any |the |all )?(?:typos|grammar|mistakes|errors)\b", re.IGNORECASE),
    "make": re.compile(
        rf"{_TO_MAKE}(?:成|{_COUNTED})+{_CLAUSE}{{0,40}}?{_MADE}|(?:画|绘制){_COUNTED}"
        rf"|\b(?:make|create|generate|build|draw|produce|prepare|put together|design|give me){_EN_SOME}.{{0,50}}?"
        rf"\b{_EN_MADE}\b|\b(?:turn|convert|put)\b.{{0,60}}?\binto\b.{{0,20}}?\b{_EN_MADE}\b", re.IGNORECASE),
    "write": re.compile(
        rf"{_TO_WRITE}{_COUNTED}{_CLAUSE}{{0,24}}?{_WRITTEN}"
        rf"|(?:^|{_ASKING}|题)(?:写|撰写|起草|创作)(?![出明的了过着得作])"
        rf"|(?:^|{_ASKING})(?:把|将){_CLAUSE}{{0,40}}?(?:写成|编成)"
        rf"|\b(?:write|compose|draft|create|generate|craft|come up with|suggest|prepare|give me|make){_EN_SOME}"
        rf".{{0,50}}?\b{_EN_WRITTEN}\b"
        r"|^(?:(?:can|could|would|will) (?:you|u) |please |pls |help me )?(?:write|compose|draft)\b"
        r"|\b(?:can|could|would|will) (?:you|u) (?:please )?(?:write|compose|draft)\b", re.IGNORECASE),
}
# What the request is about, as it writes it: the part after 把, 关于, 给, "about", "of", ….
_TOPIC = [re.compile(p, re.IGNORECASE) for p in (
    rf"(?:把|将)(?P<topic>{_CLAUSE}{{1,60}}?)(?:翻译|翻成|译成|译为|改写|重写|润色|扩写|续写|仿写|缩写|改成|改为|改得|改一下|精简"
    rf"|压缩|简化|校对|修改|做成|整理成|画成|写成|制作成|生成|编成|变成)",
    rf"关于(?P<topic>{_CLAUSE}{{1,60}}?)(?:的{_CLAUSE}*|$)",
    rf"以(?P<topic>{_CLAUSE}{{1,60}}?)为(?:主)?题",
    rf"根据(?P<topic>{_CLAUSE}{{1,60}}?)(?:{_TO_MAKE}|{_TO_WRITE})",
    rf"(?:给|为|替)(?!我)(?P<topic>{_CLAUSE}{{1,60}}?)(?:{_TO_WRITE}|{_TO_MAKE}){_COUNTED}*{_CLAUSE}{{0,40}}?"
    rf"(?:{_WRITTEN}|{_MADE})",
    rf"(?:翻译|润色|改写|校对|续写|扩写|缩写)(?:一下)?(?P<topic>{_CLAUSE}+)",
    rf"(?:{_TO_WRITE}|{_TO_MAKE}){_COUNTED}(?P<topic>{_CLAUSE}{{1,60}}?)的{_CLAUSE}{{0,40}}?(?:{_WRITTEN}|{_MADE})",
    r"\b(?:translate|rewrite|re-write|paraphrase|proofread|polish|reword|simplify|shorten|condense)\b"
    r" (?P<topic>.{1,120}?)(?= so | into | to | in | as | for | and |\.|\?|!|$)",
    *(rf"\b(?:{words})\b (?!me\b|us\b)(?P<topic>.{{1,120}}?)(?= so | in a | in an | into | for (?:a|an|my|our) "
      r"|\.|\?|!|$)" for words in ("about|regarding|on", "of|for", "to")),  # "a letter to investors about the park"
)]
# Where a request names a part of a text rather than what it is about: 倪博文走访企业的那段, the paragraph where….
_PART = re.compile(
    rf"(?:的)?(?:那|这|第[一二三四五六七八九十\d]+)?(?:一)?(?:段话|段落|段|部分|节|篇(?:报道|报导|文章|新闻|稿子)?|张图|幅图)(?:内容)?$"
    rf"|的?(?:内容|情况|部分)$|的?{_WRITTEN}$|(?:重新|再|另外|一下)$"
    r"|^(?:文章|文中|报道|报导|全文|本文|原文|这篇文章|这篇报道|这篇报导)(?:里|中|里面)?(?:的|所有的?|提到的|说的|写的)?"
    r"|^(?:讲|写|介绍|有关|关于)"
    r"|^(?:the |this |that )?(?:paragraph|part|section|passage|bit|piece)s? (?:where|about|on|of|that|which)\s+"
    r"|\s+(?:section|part|paragraph|passage)s?$"
    r"|\s+(?:mentioned |described |given )?(?:in|from) (?:the|this) (?:article|story|text|report)$"
    r"|,?\s*(?:for me|please|thanks|thank you)$", re.IGNORECASE)
_QUOTES = str.maketrans("", "", "“”\"「」『』《》")
# Words naming the document (or the answer shown before) and nothing in it.
_THE_DOCUMENT = re.compile(
    r"(?:这|本|该|整|全)?(?:篇|份)?(?:文章|报道|报导|稿子|稿件|新闻|全文|原文|本文|文|内容|数据|所有的?数据|全部)?"
    r"|(?:the |this |that )?(?:whole |entire |full )?(?:article|story|text|report|piece|news|it|this|that)",
    re.IGNORECASE)
_REFERS_BACK = re.compile(r"上面(?:的|这段|那段)?|上述|刚才的?|前面的?|它|这段话?|这句话?|above|that answer|your answer"
                          r"|the passages?", re.IGNORECASE)


@dataclass(frozen=True)
class Task:
    kind: str  # "write", "translate", "rewrite" or "make"
    topic: str | None  # what the request is about, as it writes it; None: the document itself
    refers_back: bool = False  # the topic is what was asked before (把上面这段翻译成英文)


def requested(question: str) -> Task | None:
    """The task a message asks the assistant to do, with its topic, or None for a question."""
    text = to_simplified(unicodedata.normalize("NFKC", question)).strip()
    for kind, pattern in _KINDS.items():
        match = pattern.search(text)
        if match and not _ASKED_OF_TEXT.match(text, match.end()):
            return _with_topic(kind, text, _clause_of(text, match))
    return None


def _clause_of(text: str, match: re.Match) -> tuple[int, int]:
    """Where the clause holding the request starts and ends (a message may open with why it is asked:
    我们下周要做汇报，帮我…)."""
    start = max((m.end() for m in re.finditer(_END, text[:match.start()])), default=0)
    end = re.search(_END, text[match.end():])
    return start, match.end() + end.start() if end else len(text)


def _with_topic(kind: str, text: str, clause: tuple[int, int]) -> Task:
    """The task with its topic: found in the request's clause, else elsewhere in the message, else the
    message's other clauses as they are (写一封邮件给领导，汇报数字经济方面的工作)."""
    start, end = clause
    found = next((topic for topic in (_topic_in(text[start:end]), _topic_in(text)) if topic is not None),
                 _bare(re.sub(rf"^{_END}+|{_END}+$", "", text[:start] + text[end:])))
    if _REFERS_BACK.fullmatch(found):
        return Task(kind, None, refers_back=True)
    return Task(kind, None if _THE_DOCUMENT.fullmatch(found) else found)


def _topic_in(text: str) -> str | None:
    """The topic a request in ``text`` names ("" for the document: 把这篇文章翻译成英文), or None."""
    return next((_bare(m.group("topic")) for pattern in _TOPIC if (m := pattern.search(text))), None)


def _bare(topic: str) -> str:
    """The topic without the words for a part of a text, quotation marks and courtesy around it."""
    topic, previous = topic.translate(_QUOTES), None
    while previous != topic:
        previous, topic = topic, _PART.sub("", topic.strip(" '‘’")).strip(" '‘’")
    return topic
