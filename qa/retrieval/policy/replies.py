"""What the assistant says, in the asker's language: Simplified Chinese first, Traditional through OpenCC, English.

Every reply that is not an answer says what the assistant can do instead, so
a person who typed "你好" or pasted something by mistake knows what to ask.
"""

from __future__ import annotations

from qa.ingest.words import to_simplified, to_traditional

TEXTS = {
    "hello": ("你好！我可以回答关于{titles}的问题。", "Hello! I answer questions about {titles}."),
    "thanks": ("不客气！还想了解{titles}的什么内容，尽管问。",
               "You're welcome! Ask anything else about {titles}."),
    "bye": ("再见！随时回来提问。", "Goodbye! Come back with more questions any time."),
    "sorry": ("没关系！想了解{titles}的什么，直接问就好。", "No problem! Ask anything about {titles}."),
    "ack": ("好的。还有关于{titles}的问题吗？", "OK. Anything else you'd like to know about {titles}?"),
    "complaint": ("抱歉没能帮上忙。我只根据收录的文章回答：{titles}。换个说法、问得具体一些，也许就能找到。",
                  "Sorry that didn't help. I answer only from the articles held: {titles}. "
                  "Try asking in other words, or more specifically."),
    "help": ("我是一个新闻问答助手，只根据已收录的文章回答：{titles}。"
             "请用中文或英文提问，我会给出原文段落并标出回答问题的句子。",
             "I am a news question-answering assistant that answers only from the articles it holds: {titles}. "
             "Ask in Chinese or English; I show the passages of {source} and mark the sentence that answers."),
    "other_language": ("我只读得懂中文和英文的问题。", "I read questions in Chinese and English."),
    "other_language_matched": ("我只读得懂中文和英文的问题，无法核对以下段落是否回答了你的问题：它们是意思最接近的。",
                               "I read questions in Chinese and English, so I could not check that these passages of "
                               "{source} answer yours: they are the nearest in meaning."),
    "other_language_none": ("我只读得懂中文和英文的问题，文章里也没有意思足够接近、可以作答的内容。"
                            "以下是最接近的段落，仅供参考：",
                            "I read questions in Chinese and English, and found nothing in {source} close enough in "
                            "meaning to yours to offer as an answer. The nearest passages, offered only as such:"),
    "examples": ("可以这样问：", "For example:"),
    "example_overview": ("这篇文章讲了什么？", "What is this article about?"),
    "example_term": ("“{term}”指的是什么？", "What does “{term}” mean?"),
    "example_document": ("《{title}》讲了什么？", "What is “{title}” about?"),
    "example_documents": ("收录了哪些文章？", "Which articles are there?"),
    "more_documents": ("……另有 {count} 篇，可按标题提问，或在“只查这篇文章”中选择。",
                       "… and {count} more: ask about one by its title, or pick it under “Search only this article”."),
    "junk": ("没看懂这条输入。请用一句话提一个关于文章的问题。", "I couldn't read a question in that. "
             "Please ask a question about {source} in words."),
    "code": ("这看起来是代码或网页标记，我不会执行它。请用一句话提一个关于文章的问题。",
             "That looks like code or markup; I don't run it. Please ask a question about {source} in words."),
    "arithmetic": ("这是一道计算题，文章里没有它的答案。请提一个关于{titles}的问题。",
                   "That is a sum to work out; nothing in {source} answers it. Please ask about {titles}."),
    "answered": ("文章中的答案：", "From {source}:"),
    "differs": ("文章写的是{given}，不是{asked}", "The article says {given}, not {asked}"),
    "judgement": ("文章只报道事实，不替你作评价或建议。以下段落谈到相关的事实，仅供参考：",
                  "That asks for an opinion or advice, which {source} cannot give; "
                  "these passages cover the related facts:"),
    "judgement_missing": ("评价或建议", "an opinion or advice"),
    "task_declined": ("我只能找出文章里的原文段落，不能{doing}。",
                      "I can only find passages in {source}, not {doing}."),
    "task_material": ("以下是文章中关于“{topic}”的段落，可作素材：",
                      "Here are the passages on “{topic}”, to use as material:"),
    "task_write": ("代写文字", "write new text"),
    "task_translate": ("翻译", "translate"),
    "task_rewrite": ("改写或校对", "rewrite or proofread"),
    "task_make": ("制作表格、图表或幻灯片", "make tables, charts or slides"),
    "partial": ("文章未提及：{missing}。以下段落谈到问题的其余部分，仅供参考：",
                "Not stated in {source}: {missing}. These passages cover the rest of the question:"),
    "not_covered": ("文章没有涉及这个问题。以下是最接近的段落，仅供参考：",
                    "Nothing in {source} covers this. The nearest passages, offered only as such:"),
    "not_covered_missing": ("文章未提及：{missing}，没有涉及这个问题。以下是最接近的段落，仅供参考：",
                            "Not stated in {source}: {missing}. Nothing there covers this; "
                            "the nearest passages, offered only as such:"),
    "quote_unwritten": ("文章里没有所引的这段文字：{missing}。以下是最接近的段落，仅供参考：",
                        "The words quoted are not in {source}: {missing}. The nearest passages, offered only as "
                        "such:"),
    "overview": ("文章概览：", "About the article:"),
    "documents": ("共收录 {count} 篇文章，请指明想了解哪一篇：", "{count} articles are held; say which one you mean:"),
    "topic_document": ("有 1 篇文章谈到“{topic}”：", "1 article covers “{topic}”:"),
    "topic_documents": ("有 {count} 篇文章谈到“{topic}”：", "{count} articles cover “{topic}”:"),
    "topic_none": ("没有文章谈到“{topic}”。以下是最接近的段落，仅供参考：",
                   "None of {source} covers “{topic}”. The nearest passages, offered only as such:"),
    "title": ("标题：《{value}》", "Title: 《{value}》"),
    "byline": ("作者：{value}", "By: {value}"),
    "date": ("日期：{value}", "Date: {value}"),
    "source": ("来源：{value}", "Source: {value}"),
    "unstated": ("这篇文章没有注明{what}。", "The article does not state its {what}."),
    "unstated_date": ("发表日期", "publication date"),
    "unstated_source": ("出处", "source"),
    "unstated_author": ("作者", "author"),
    "sections": ("小标题：{value}", "Sections: {value}"),
    "lead": ("导语：{value}", "Lead: {value}"),
}
SEPARATOR = {"zh": "、", "en": "; "}


def source(documents: int) -> str:
    """What an English reply calls what it searched: Chinese 文章 is one article or many, English is not."""
    return "the article" if documents == 1 else "the articles"


def say(key: str, lang: str, **values: str) -> str:
    """The text ``key`` in ``lang`` ("zh", "zh-hant" or "en"), with ``values`` filled in as given."""
    chinese, english = TEXTS[key]
    if lang == "en":
        return english.format(**values)
    template = to_traditional(chinese) if lang == "zh-hant" else chinese
    return template.format(**values)


def join(items: list[str], lang: str, asked: str = "") -> str:
    """``items`` listed; for a Traditional asker each in the characters ``asked`` writes it in (the checks read
    Simplified, and 軟體 reported back as 软体 would be a word the asker never typed)."""
    if lang == "zh-hant":
        items = [as_written(item, asked) for item in items]
    return SEPARATOR["en" if lang == "en" else "zh"].join(items)


def as_written(term: str, asked: str) -> str:
    """``term``, which the checks read in Simplified, as the message ``asked`` writes it, else in Traditional."""
    simplified = to_simplified(asked)
    at = simplified.find(term)
    if at >= 0 and len(simplified) == len(asked):
        return asked[at:at + len(term)]
    return to_traditional(term)
