"""What a thing the articles name is or means: "“三区融合”是什么意思", "e游小镇是干什么的",
"What is Hongyan community?".

A news feature names slogans, plans, platforms and projects it never explains (深刻把握“八八战略”,
建设“产业大脑+未来工厂”核心场景). A sentence that only names the thing is no answer to what it is, and the
reply says the article does not explain it. A sentence that does says what it is beside its name: a gloss
after it (城市CAZ(中央活动区), 是, 即, 指), a description before it (作为…的桥头堡, 绍兴地区首个未来社区——
曹娥街道鸿雁社区, 总投资60亿元打造的…, 数字经济创新提质“一号发展工程”), the kind it is listed as (鸿雁、德济苑等
2个未来社区), its members listed before it (快递员、外卖员等“红骑先锋”), what it does as the sentence's
subject (…创新园项目在建设完成投入使用后,可为客户提供…), what it is used for (充分利用e游小镇平台优势,…), what
it was put forward as (提出建设“青春之城”主战略), or how it works in the clause after (推动“链主带动+集群培育”,
重点引进…).
"""

from __future__ import annotations

import re

from qa.ingest import bilingual
from qa.ingest.words import pinyin, to_simplified
from qa.retrieval.policy.vocabulary import COMPANY
from qa.store.lexical import LexicalIndex

_QUOTES = "“”\"'‘’「」『』《》"
_OPENERS = (r"(?:请问|想问一?下|请|那?这个|那个|文中(?:提到)?的?|文章(?:里|中)?(?:提到|说)?的?"
            r"|报道(?:里|中)的?|所谓的?)*")
_EMPHASIS = r"(?:具体|到底|究竟|主要|又|就|分别)?"
_KINDS = (r"地方|项目|东西|玩意儿?|单位|机构|组织|平台|楼|大楼|建筑|社区|计划|工程|活动|称号|理念|战略|政策|概念|"
          r"产业|园区|园|人|群体|团队|班子|会议|协议|模式|机制|制度|布局|试点|荣誉|奖|名头|部门|地区")
_A = r"(?:个|一个|一种|一家|一所|一座|一项|一批|些)?"
# what is asked of the thing: its meaning (什么意思, 怎么理解), its use (是干什么的), its kind (是个什么项目)
_MEANING_ASKED = [
    re.compile(rf"^{_OPENERS}(?:什么|啥)(?:是|叫做?)(?P<x>.+)$"),
    re.compile(rf"^{_OPENERS}何(?:为|谓)(?P<x>.+)$"),
    re.compile(rf"^{_OPENERS}(?P<x>.+?)(?:理念|说法|概念|提法|词|名称|称号|称呼|口号)?{_EMPHASIS}"
               r"(?:是|指|指的是|说的是|讲的是|表示|即是)?(?:个|一个)?(?:什么|啥)(?:意思|含义|意义|概念)$"),
    re.compile(rf"^{_OPENERS}(?P<x>.+?)的(?:意思|含义|定义)(?:是什么|是啥)?$"),
    re.compile(rf"^{_OPENERS}(?P<x>.+?){_EMPHASIS}(?:指的?是?|是指|即是)(?:什么|啥)(?:{_KINDS})?$"),
    re.compile(rf"^{_OPENERS}(?P<x>.+?)(?:应该|该)?(?:怎么|如何|怎样|咋)(?:去)?理解$"),
]
_USE_ASKED = re.compile(rf"^{_OPENERS}(?P<x>.+?){_EMPHASIS}(?:是)?(?:用来|拿来)?(?:干|做|搞)(?:什么|啥|嘛|么)"
                        r"(?:用)?的?$")
_KIND_ASKED = re.compile(rf"^{_OPENERS}(?P<x>[^，,]+?)(?:具体|到底|究竟|又)?是{_A}(?:什么|啥)(?:样的?)?"
                         rf"(?P<kind>{_KINDS})?$")
_ASKED = [*(("meaning", pattern) for pattern in _MEANING_ASKED), ("use", _USE_ASKED), ("kind", _KIND_ASKED)]
# what is asked of the subject the article is about, not what a thing is: 目标定位是什么
_ASPECTS = re.compile(r"(?:目标|定位|任务|重点|措施|做法|举措|成绩|成效|成果|特点|特色|优势|作用|意义|主题|"
                      r"内容|结果|原因|名字|名称|要求|方向|思路|路径|亮点|难点|问题|困难|区别|关系|态度|看法|"
                      r"观点|情况|时间|地址|电话)$")
# the time after which what a thing does is asked (晶盛联合创新园建好之后主要做什么): not part of its name
_AFTER_BUILT = re.compile(r"(?:建好|建成|建设完成|投入使用|落成|投产)(?:之后|以后|后)?$")
_NOT_A_NAME = re.compile(r"[？?，,\s!！:：;；]|什么|啥|哪|谁|多少|几|怎么|为什么|另外|其他|其它|别的|除了|分别"
                         r"|^[被把给让对向在]|[的都也还]$|^[小老阿][\u4e00-\u9fff]$")  # 小倪: a person
_COUNTED = re.compile(r"\d|[一二两三四五六七八九十]+[个项家大条]")  # 三个一号工程: which ones, unless a quoted name
_DOING = {"可以", "能", "能够", "会", "要", "去", "帮", "给", "替"}  # what someone may do, not what a thing is for
_ENGLISH = [
    re.compile(r"^what (?:does|do|did) (?P<x>.+?) (?:mean|stand for|refer to)\b", re.IGNORECASE),
    re.compile(r"^what(?:'s| is| are| was| were) (?:meant by|the meaning of) (?P<x>.+)$", re.IGNORECASE),
    re.compile(r"^(?:explain|define) (?:what )?(?P<x>.+?)(?: means| is)?$", re.IGNORECASE),
    re.compile(r"^what(?:'s| is| are) (?:the |a |an )?(?P<x>.+?)(?: about| for| used for)?$", re.IGNORECASE),
]
_NAMED_IN_CHINESE = re.compile(r"[（(]([^）)]*[\u4e00-\u9fff][^）)]*)[）)]")
_ENGLISH_CONTENT = re.compile(r"[A-Za-z]+")
_ENGLISH_FUNCTION = {"the", "a", "an", "of", "in", "and", "s", "caoe", "cao", "e", "this", "that", "article"}

# what a sentence says of the thing, around where it names it (see the module's docstring)
_CLAUSE = re.compile(r"[，,；;。：:]")
NEAR = 16  # characters from the start of a word of the thing to the end of its last: 卧龙智慧新能源产业园
_GLOSS_AFTER = re.compile(r"^\s*(?:[（(][^）)]{2,}[）)]|[:：]|是(?!否)|即|就是|是指|指的是|也就是|意为|意思是|系|作为)")
_LISTED_AS = re.compile(r"^(?:[、和及与][^，,。；;:：]{1,20}?)*"
                        r"(?:等(?:一批|\d+|[一二两三四五六七八九十]+)?|(?:\d+|[一二两三四五六七八九十]+)大)")
_APPOSITION_BEFORE = re.compile(r"(?:——|—)[^，,。；;、]{0,6}$")  # 绍兴地区首个未来社区——曹娥街道鸿雁社区
_AS_BEFORE = re.compile(r"作为[^。；;]{2,60}?[,，]\s*(?:[^，,。；;]{0,24}的)?\s*$")
_DESCRIBED_BEFORE = re.compile(r"[^，,。；;、]{2,}?(?:\d|打造|建设|建成|投资|引进|规划|提出|开发|成立|组建|设立)"
                               r"[^，,。；;、]*的\s*$")  # 总投资60亿元打造的卧龙智慧新能源产业园
_MEMBERS_BEFORE = re.compile(r"、[^，,。；;]{1,20}?等\s*$")  # 快递员、外卖员、网约车司机等“红骑先锋”
_COUNT_HEAD = re.compile(r"^(?:\d+|[一二两三四五六七八九十]+)(?:大|个|项|条|家)")  # …、曹娥江旅游度假区三大平台
# 数字经济创新提质“一号发展工程”: a quoted name after what it does
_MODIFIED_BEFORE = re.compile(r"(?:实施|启动实施|开展|推出|推行|、)[^，,、。；;“”\"]{4,}$")
_PROPOSED = re.compile(r"提出(?:建设|实施|打造|推进)?\s*$")  # 区委区政府提出建设“青春之城”主战略
_PROPOSED_AS = re.compile(r"^\s*(?:主|核心|重大|总体)?(?:战略|计划|理念|工程|目标|口号|举措|政策|部署)")
_USED = re.compile(r"(?:利用|依托|借助|凭借)\s*$")  # 充分利用e游小镇平台优势,配套引进…: what it is used for
_BY_MEANS = re.compile(r"通过\s*$")  # 通过校地合作将科教优势转化为人才优势
_MEANS_AFTER = re.compile(r"^\s*(?:将|把|来|实现|推动|促进)")
_HOW_AFTER = re.compile(r"^[,，]\s*(?:通过|重点|建立健全|建立|构建|主要|旨在|即|用于|着力|聚焦)")  # 推动“…”,重点引进…
_SUBJECT_OPENERS = re.compile(r"^(?:其中|同时|目前|此外|另外|而|并|如今|近日|日前|今年以来|近年来"
                              r"|[^，,]{0,6}(?:以来|之后|以后))?$")
_DOES_VERB = re.compile(r"可为|可以为|能为|将为|为[^，,。；;]{1,10}提供|提供|用于|致力于|负责(?!人)|专注于?|从事|旨在"
                        r"|主要(?:从事|生产|负责|承担)|打造成为?|定位为")


def meaning_asked(question: str, lexical: LexicalIndex) -> str | None:
    """The thing a question asks what it is, means or does, as it writes it (simplified, unquoted), or None."""
    text = to_simplified(question).strip().rstrip("？?！!。.～~ ")
    text = re.sub(r"(?:[呢啊呀吗啦哈哦嚟㗎吖喎]|(?<!干)嘛)+$", "", text).strip()  # not the 嘛 of 干嘛
    text = re.sub(r"(?<=[\u4e00-\u9fff])来$", "", text) if re.search("什么|啥", text) else text  # 係咩嚟: 是什么来
    if not text.isascii():
        for kind, pattern in _ASKED:
            if match := pattern.match(text):
                named_kind = kind == "kind" and match.group("kind") is not None
                return _thing(match.group("x"), "named kind" if named_kind else kind, lexical)
    if text.isascii() or _NAMED_IN_CHINESE.search(text):
        for pattern in _ENGLISH:
            if match := pattern.match(text):
                return _english_thing(match.group("x"))
    return None


def _thing(written: str, kind: str, lexical: LexicalIndex) -> str | None:
    """The thing as the question names it, or None where it is no name: an attribute of something (核心理念 of
    "…奉行的核心理念是什么"), several things asked one by one (三个“一号工程”分别是什么), a person or company,
    an action asked of someone (技术人员在干什么), an aspect of the article's subject (目标定位是什么)."""
    thing = _AFTER_BUILT.sub("", written.strip(" ，,")).strip(_QUOTES + " ")
    thing = re.sub(r"^(?:文中|文章里|这里|[^的，,]{2,8})?(?:讲|说|提到|所说)的", "", thing)
    thing = re.sub(r"(?:在文中|在文章里|在文章中|在这里)$|的?(?:说法|提法|概念|词语?|称呼|口号)$"
                   r"|(?:翻译|翻成|译成|的?缩写|的?全称)(?:过来|成中文|出来)?$"  # “CAZ”翻译过来是什么意思: CAZ
                   r"|(?:这个|这一|这种|这项|这些).*$|^.*(?:那个|那些|那项)", "", thing)
    if _NOT_A_NAME.search(thing):
        return None
    if kind == "named kind":  # 鸿雁社区的人才公寓是个什么项目: the kind of what the possessor has
        thing = thing.rsplit("的", 1)[-1]
    quoted = re.search(rf"[“\"'‘「『]{re.escape(thing[:1])}", written) is not None
    thing = "".join(c for c in thing if c not in _QUOTES).strip()
    if not 2 <= len(thing) <= 20 or "的" in thing or not quoted and _COUNTED.search(thing):
        return None
    words = lexical.tokenizer.tagged_words(thing)
    if any(a == b == "nr" for (_, a), (_, b) in zip(words, words[1:])) or COMPANY.fullmatch(thing):
        return None  # 倪博文, 卧龙集团: what a person or company does is no meaning of a name
    if kind == "use" and any(tag.startswith(("r", "p")) or word in _DOING for word, tag in words):
        return None  # 鼓励他们去做什么, 可以帮客户做什么
    if kind.endswith("kind") and not quoted and _ASPECTS.search(thing):
        return None
    return thing


def _english_thing(written: str) -> str | None:
    """The thing an English question names: in Chinese in brackets, quoted, or a name (capitalised), unless
    something else is asked of it ("the name of … ("Hei Wu") deals", "Jingsheng's stock ticker")."""
    chinese = _NAMED_IN_CHINESE.search(written)
    quoted = re.search(r"[\"“‘]([^\"“”‘’]{2,})[\"”’]|(?<![a-z])'([^']{2,})'(?![a-z])", written)
    outside = written
    for part in filter(None, (chinese, quoted)):
        outside = outside.replace(part.group(0), " ")
    if re.search(r"\b(?:of|whose|how|many|much|total|name)\b|'s\b", outside, re.IGNORECASE):
        return None
    if chinese or quoted:  # "lianzhu daidong" (chain-leader driving): the quoted name, not its gloss
        return (chinese.group(1) if chinese else next(filter(None, quoted.groups()))).strip(_QUOTES + " ")
    if re.search(r"\b(?:in|on|at|by|to|from|when|where|which|who|like|article|it)\b", written, re.IGNORECASE) \
            or not re.search(r"(?:^|\s)[A-Z]", written):
        return None
    return written.strip(" ")


def explains(sentence: str, thing: str, lexical: LexicalIndex) -> bool:
    """Whether the sentence (simplified, lower case) says what the thing is, beside a place it names it."""
    return any(_explained_at(sentence, start, end, lexical) for start, end in _written(sentence, thing, lexical))


def _written(sentence: str, thing: str, lexical: LexicalIndex) -> list[tuple[int, int]]:
    """Where the sentence names the thing: as written (quotes aside), or by its words close together (卧龙产业园:
    卧龙智慧新能源产业园), an English one by the words its words are the senses or pinyin of."""
    bare = "".join(c if c not in _QUOTES else "\0" for c in sentence)
    plain = to_simplified(thing).lower().strip(_QUOTES)
    if not plain.isascii():
        pattern = "\0*".join(map(re.escape, plain.replace(" ", "")))
        spans = [m.span() for m in re.finditer(pattern, bare)]
        if spans:
            return spans
        words = [w for w in lexical.tokenizer.words(plain) if re.search(r"\w", w)]  # 码 of 人才码 too
    else:
        words = [w.lower() for w in _ENGLISH_CONTENT.findall(plain) if w.lower() not in _ENGLISH_FUNCTION]
    if not words:
        return []
    found = [[m.span() for form in _forms(word, sentence, lexical) for m in re.finditer(re.escape(form), sentence)]
             for word in words]
    # the dictionary bridges few English words, and one it has no Chinese for (park) says nothing; one word
    # alone (leader: 龙头) is no name of several
    bridged = sum(len(_forms(word, sentence, lexical)) > 1 for word in words)
    needed = len(found) if not plain.isascii() else max(min(2, len(words)), (bridged + 1) // 2)
    head = found[-1] or (next((spans for spans in reversed(found) if spans), []) if plain.isascii() else [])
    spans = []  # (words of the thing there, span)
    for start, end in head:
        near = [max((s for s, _ in spans_of if 0 <= end - s <= NEAR), default=None) for spans_of in found]
        starts = [s for s in near if s is not None]
        named = all(at is not None for at, word in zip(near, words) if not bilingual.is_english_word(word))
        if len(starts) >= needed and named:  # an English name (binhai) must be there
            spans.append((len(starts), (min([start, *starts]), end)))
            if not plain.isascii() and near[0] is not None:  # 博文社区: 博文、和城、聚英等3个现代社区
                spans.append((len(starts), (near[0], near[0] + len(words[0]))))
    most = max((count for count, _ in spans), default=0)
    return [span for count, span in spans if count == most]


def _forms(word: str, sentence: str, lexical: LexicalIndex) -> list[str]:
    """The Chinese words a question's word may be written as: itself, or an English word's senses or the
    sentence's words (or their first characters) it is the pinyin of (wolong: 卧龙)."""
    if not word.isascii():
        return [word]
    sounded = [w[:end] for w in lexical.tokenizer.words(sentence) if not w.isascii()
               for end in range(1, len(w) + 1) if pinyin(w[:end]) == word]  # qingmiao: 青苗 of 青苗成长
    return [*lexical.english.get(bilingual.stem(word), []), *sounded, word]


def _explained_at(sentence: str, start: int, end: int, lexical: LexicalIndex) -> bool:
    """Whether what is written around the name at ``start:end`` says what it is (see the module's docstring)."""
    before = sentence[:start].rstrip(_QUOTES)
    after = re.sub(rf"^[{_QUOTES}]*(?:项目)?", "", sentence[end:])  # 晶盛联合创新园项目在…: the name's own word
    clause_start = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    opening = before[clause_start:].strip()
    if _GLOSS_AFTER.match(after) or _LISTED_AS.match(after) and not after.startswith("和"):
        return True
    if _APPOSITION_BEFORE.search(before) or _AS_BEFORE.search(before) or _DESCRIBED_BEFORE.search(opening):
        return True
    if _MEMBERS_BEFORE.search(before) or _COUNT_HEAD.match(sentence[start:end]) and "、" in opening:
        return True
    quoted = start > 0 and sentence[start - 1] in _QUOTES
    if quoted and _MODIFIED_BEFORE.search(before) or _HOW_AFTER.match(after) or _USED.search(before) or (
            _BY_MEANS.search(before) and _MEANS_AFTER.match(after)) or (
            _PROPOSED.search(before) and _PROPOSED_AS.match(after)):
        return True
    # the subject of its clause: nothing before it but an opener, or the rest of its name (晶盛 of 晶盛联合创新园)
    name_before = all(tag.startswith("n") for _, tag in lexical.tokenizer.tagged_words(opening))
    return ((_SUBJECT_OPENERS.match(opening) is not None or name_before) and not re.match(r"^[、和与及的]", after)
            and _DOES_VERB.search(after.split("。")[0]) is not None)
