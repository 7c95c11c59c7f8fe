"""What someone said: a quote's speaker read from the text around it, who said a quote marked where the
article names them, a person's words marked at their quote, and the words of someone the article never
quotes reported missing; the real model on the real article."""

from __future__ import annotations

import pytest

from qa.ingest.quotes import is_speech, speakers
from qa.ingest.sentences import split_sentences
from qa.retrieval.policy import speech
from qa.retrieval.policy.answer import AnswerPolicy


@pytest.fixture(scope="module")
def assistant(article_policy) -> AnswerPolicy:
    return article_policy


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_an_attribution_tail_stays_in_its_quotes_sentence():
    text = "双方签订了协议。“高校是培养人才的重要平台，与地方发展息息相关。”街道相关负责人表示。下一句话。"
    assert _sentences(text) == ["双方签订了协议。",
                                "“高校是培养人才的重要平台，与地方发展息息相关。”街道相关负责人表示。", "下一句话。"]
    assert _sentences("“好的。”他走了。") == ["“好的。”", "他走了。"]  # no verb of saying: a sentence of its own


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker after the quote, in the next sentence's first clause
    ("“提速是肯定的，但能提速多少尚未可知。”对此，市铁办工作人员说，方案还在研究。",
     [("市铁办工作人员", 1), None]),
    # before the quote, which runs over three sentences
    ("学生张明说：“到处都是烟。而且越来越浓……眼睛都疼了。”飞机随后降落。",
     [("学生张明", 0), ("学生张明", 0), ("学生张明", 0), None]),
    # named as the quote closes, over the sentences before
    ("“我年轻的时候，山上全是樟树。后来树又矮又细。”熊心顺回忆道。", [("熊心顺", 1), ("熊心顺", 1)]),
    # the sentence before says what the speaker thinks
    ("党委书记李瑞林认为，赛事很成功。“只要坚持办下去，一定会成为精品项目。”",
     [None, ("党委书记李瑞林", 0)]),
    # a slogan with a comma is no speech, nor is a quoted name
    ("彭水以“欣赏水上运动，体验民族风情”为主题，打造“青春之城”。", [None]),
])
def test_the_speaker_of_a_quote_is_read_from_the_text_around_it(assistant, text, expected):
    said = speakers(_sentences(text), assistant.lexical.tokenizer.tagged_words)
    assert [(found.speaker, found.named_in) if found else None for found in said] == expected


def test_quotes_opening_a_paragraph_are_said_by_the_person_the_next_sentence_is_about(assistant):
    passage = next(hit for hit in assistant.ask("倪博文走访在建企业项目").passages if "就找我" in hit.text)
    sentences = _sentences(passage.text)
    said = speakers(sentences, assistant.lexical.tokenizer.tagged_words)
    quoted = [found for sentence, found in zip(sentences, said) if is_speech(sentence)]
    assert len(quoted) == 3 and all(found and found.speaker.endswith("年轻干部倪博文") for found in quoted)
    assert "倪博文挨个走访" in sentences[quoted[0].named_in]


@pytest.mark.parametrize(("question", "speaker"), [
    ("“需要街道出面协调的，就找我”这句话是谁说的？", "倪博文"),
    ("有事儿就联系，电话和微信同号——这是哪个干部对企业讲的？", "倪博文"),
    ("是谁说高校是培养人才的重要平台？", "相关负责人"),
    ("Who said that universities are an important platform for cultivating talent?", "相关负责人"),
])
def test_who_said_a_quote_is_answered_with_the_sentence_naming_the_speaker(assistant, question, speaker):
    reply = assistant.ask(question)
    assert reply.outcome == "answered"
    assert speaker in reply.passages[0].sentence


@pytest.mark.parametrize(("question", "words"), [
    ("倪博文去企业走访时问了项目负责人什么？", "有没有遇到什么困难"),
    ("曹娥街道相关负责人是怎么看高校作用的？", "高校是培养人才的重要平台"),
    ("倪博文说企业遇到需要街道协调的事该怎么办？", "就找我"),
    ("服务专班干部上门时向企业提的第一个问题是什么？", "有没有遇到什么困难"),  # jieba's 专/班干部 of 专班的年轻干部
])
def test_a_persons_words_asked_are_marked_at_their_quote(assistant, question, words):
    reply = assistant.ask(question)
    assert reply.outcome == "answered"
    assert words in reply.passages[0].sentence


def test_the_words_of_someone_never_quoted_are_missing(assistant):
    reply = assistant.ask("卧龙集团老板是怎么评价智慧新能源产业园的？")
    assert reply.outcome != "answered"
    assert reply.missing == ["卧龙集团老板的说法"]
    # named in the article but never quoted (the byline's reporter), nor does the passage quote anyone unnamed
    reply = assistant.ask("戴沈蓉说了什么？")
    assert reply.outcome != "answered" and reply.missing == ["戴沈蓉的说法"]
    # a speaker the article does not name at all is missing already, and only once
    reply = assistant.ask("晶盛机电负责人怎么说联合创新园的作用？")
    assert reply.outcome != "answered" and reply.missing == ["机电负责人"]


def test_a_contact_said_to_be_the_same_as_another_is_no_number_asked(assistant):
    reply = assistant.ask("倪博文的电话和微信是同一个号吗？")
    assert reply.outcome == "answered" and "同号" in reply.passages[0].sentence
    assert assistant.ask("倪博文的电话号码是多少？").outcome != "answered"  # the number itself is not given


@pytest.mark.parametrize(("question", "speaker"), [
    ("倪博文去企业项目走访的时候问了人家什么？", ("倪博文",)),
    ("重大项目服务专班那位年轻干部给企业作了什么承诺？", ("重大项目", "服务", "专班", "年轻干部")),
    ("熊心顺当初为什么种油茶？他跟记者怎么说的？", None),  # 他: one named before; 记者 is spoken to
    ("What did Ni Bowen promise the companies?", ("Ni", "Bowen")),
    ("乳业分析师宋亮觉得国产奶粉该靠什么翻身？", ("宋亮",)),  # the name after the role
    ("刘叶的丈夫说自己为什么要离婚？", ("丈夫",)),  # 刘叶's husband speaks
    ("熊心顺回忆，他年轻时家后面的山头长的是什么树？", ("熊心顺",)),
    ("武汉开发区永旺的商户们怎么评价民警组建的微信群？", ("商户",)),  # 武汉 is a place, 永旺 theirs
    ("起诉诊所和网络平台的王女士，认为整形失败是谁的问题？", ("王女士",)),  # named in the clause before
    ("她丈夫说她最近睡眠怎样？", ("丈夫",)),  # 她 of 她丈夫 is no speaker
])
def test_the_speaker_whose_words_are_asked_is_read(assistant, question, speaker):
    asked = speech.asked(question, assistant.lexical)
    assert (asked.speaker if asked else None) == speaker


def test_words_credited_to_someone_the_article_does_not_quote_saying_them_are_corrected(assistant):
    reply = assistant.ask("曹娥街道相关负责人说「我的电话和微信同号」，他想表达什么？")
    assert reply.differs == [("曹娥街道相关负责人", "曹娥街道重大项目服务专班的年轻干部倪博文")]
    assert reply.message.startswith("文章写的是曹娥街道重大项目服务专班的年轻干部倪博文，不是曹娥街道相关负责人")
    # credited to the one who said them: no difference
    assert assistant.ask("曹娥街道相关负责人说“高校是培养人才的重要平台”，这话是在什么场合说的？").differs == []


@pytest.mark.parametrize("question", ["曹娥街道怎么打造楼宇经济？", "上虞区提出了什么主战略？", "谁是倪博文？",
                                      "作者说昨天黄金为啥跌了？",  # the article's own words
                                      "高校人才培养是谁的问题？",  # 问 of 问题
                                      "作为一个上虞人真心问：曹娥街道一季度工业增加值增长多少？"])  # the asker asks
def test_questions_not_about_speech_are_not_read_as_such(assistant, question):
    assert speech.asked(question, assistant.lexical) is None
