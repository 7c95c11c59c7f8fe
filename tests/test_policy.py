"""The answer policy on the real article: triage, overviews, the evidence check, follow-ups.

Replies decided by the policy alone run on the stand-in embedder (fast tier);
those that depend on what the real model ranks first use the real one.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from qa.retrieval.contract import Hit
from qa.retrieval.policy.answer import AnswerPolicy, _giving_first, _holding_first
from qa.retrieval.policy.evidence import Evidence, may_answer
from qa.retrieval.policy.followup import context_for
from qa.retrieval.policy.terms import key_terms, numbered_names, unreachable_name
from qa.retrieval.policy.triage import asks_judgement, live_request, reply_language, triage
from qa.retrieval.policy.vocabulary import DURATION, LONG

TRIAGE_SET = Path(__file__).parent / "gold" / "triage.jsonl"
EXPECTED_KIND = {"greeting": "greeting", "junk": "unclear", "code": "unclear", "question": "question"}


@pytest.fixture(scope="module")
def assistant(article_policy) -> AnswerPolicy:
    return article_policy


@pytest.fixture(scope="module")
def policy(standin_policy) -> AnswerPolicy:
    return standin_policy


def test_triage_on_the_held_out_half_of_the_labelled_set():
    rows = [json.loads(line) for line in TRIAGE_SET.read_text(encoding="utf-8").splitlines()]
    right, total = Counter(), Counter()
    for row in rows:
        if row["split"] == "test":
            total[row["label"]] += 1
            right[row["label"]] += triage(row["text"]).kind == EXPECTED_KIND[row["label"]]
    assert right["question"] / total["question"] >= 0.98  # real questions must reach search
    assert right["greeting"] / total["greeting"] >= 0.9
    assert (right["junk"] + right["code"]) / (total["junk"] + total["code"]) >= 0.9


@pytest.mark.parametrize(("text", "kind", "intent", "lang"), [
    ("你好", "greeting", "hello", "zh"), ("謝謝你的幫忙！", "greeting", "thanks", "zh-hant"),
    ("what can you do", "greeting", "help", "en"), ("bye 拜拜", "greeting", "bye", "zh"),
    ("asdfghjkl", "unclear", "junk", "en"), ("哈哈哈哈哈", "unclear", "junk", "zh"),
    ("？？？", "unclear", "junk", "zh"),
    ("<script>alert(1)</script>", "unclear", "code", "en"), ("' OR 1=1 --", "unclear", "code", "en"),
    ("lorem ipsum dolor sit amet", "unclear", "junk", "en"), ("測試測試 123", "unclear", "junk", "zh-hant"),
    ("你好，请问曹娥街道有多少上市公司？", "question", "question", "zh"),
    ("what is SQL injection?", "question", "question", "en"), ("GDP?", "question", "question", "en"),
    # letters held down, several courtesies with particles and intensifiers between, chat-style goodbyes
    ("heyyyy", "greeting", "hello", "en"), ("kkkkkk", "unclear", "junk", "en"),
    ("thanks a lot, really helpful!! byeee", "greeting", "thanks", "en"),
    ("谢谢谢谢~拜拜啰", "greeting", "thanks", "zh"), ("嗯嗯 那我先走了 拜拜", "greeting", "bye", "zh"),
    ("你好，你是真人还是机器人？", "greeting", "help", "zh"), ("qwertyuiop;as", "unclear", "junk", "en"),
    ("qwe zxc ;;; 123 ...", "unclear", "junk", "en"), ("Who is Poi?", "question", "question", "en"),
    # small talk, asking how to use it, laughter and complaints are courtesies too
    ("How are you doing today?", "greeting", "hello", "en"),
    ("今天天氣真好，你過得怎麼樣？", "greeting", "hello", "zh-hant"),
    ("你能帮我做些什么？", "greeting", "help", "zh"), ("how do i use this thing", "greeting", "help", "en"),
    ("lol", "greeting", "ack", "en"), ("回答得太烂了吧，一点用都没有", "greeting", "complaint", "zh"),
    ("useless!!", "greeting", "complaint", "en"),
    # a sum to work out is a question, but none an article answers
    ("60的平方根是多少？", "unrelated", "arithmetic", "zh"), ("What's 15% of 240?", "unrelated", "arithmetic", "en"),
    ("一加一等於幾", "unrelated", "arithmetic", "zh-hant"),
    ("1.5亿元的80.5%是多少", "question", "question", "zh"),  # a figure with its unit is the article's
    ("垃圾分类做得怎么样", "question", "question", "zh"),  # no courtesy cut out of a word
    # chat spellings and Cantonese read as the phrases are written; the question after them is kept whole
    ("who r u", "greeting", "help", "en"), ("wat can u do", "greeting", "help", "en"),
    ("你係邊個？", "greeting", "help", "zh-hant"), ("有冇人喺度？", "greeting", "hello", "zh"),
    ("謝謝你喔 超有幫助", "greeting", "thanks", "zh-hant"),
    ("What is the R&D budget of Wolong?", "question", "question", "en"),
])
def test_triage_kinds(text, kind, intent, lang):
    result = triage(text)
    assert (result.kind, result.intent, result.lang) == (kind, intent, lang)


def test_a_greeting_before_a_question_is_dropped_from_the_search():
    assert triage("Hi, how much did the park cost?").question == "how much did the park cost?"
    assert triage("你好，请问曹娥街道有多少上市公司？").question == "曹娥街道有多少上市公司？"
    assert triage("hi, wat is caoe?").question == "wat is caoe?"  # chat spellings do not shift the cut
    for question in ("感谢信是谁写的", "早期的曹娥街道是什么样", "行政区划怎么调整"):  # no courtesy cut out of a word
        assert triage(question).question == question


def test_reply_language():
    assert [reply_language(t) for t in ("鸿雁社区", "鴻雁社區", "Hongyan 社区 apartments")] == ["zh", "zh-hant", "en"]


@pytest.mark.parametrize(("question", "words"), [
    ("你好", "可以这样问"), ("哈囉", "可以這樣問"), ("hi there", "For example"),
])
def test_greetings_get_help_with_example_questions_and_no_passages(policy, question, words):
    answer = policy.ask(question)
    assert answer.outcome == "greeting" and not answer.answerable and answer.passages == []
    assert words in answer.message and "聚力向高而攀" in answer.message
    assert len(answer.message.splitlines()) >= 4  # a line of help, then example questions


def test_the_example_questions_offered_are_answered(assistant):
    for question in ("你好", "hi there"):
        for example in assistant.ask(question).message.splitlines()[2:]:
            assert assistant.ask(example).answerable, example


@pytest.mark.parametrize("junk", ["asdfghjkl", "1111111", "123", "🚀🚀 !!", "SELECT * FROM users; DROP TABLE x;--",
                                  "啊啊啊啊啊"])
def test_junk_gets_a_request_for_a_question(policy, junk):
    answer = policy.ask(junk)
    assert answer.outcome == "unclear" and not answer.answerable and answer.passages == []
    assert "question" in answer.message or "问题" in answer.message


@pytest.mark.parametrize("question", ["这篇文章讲了什么？", "這篇報導主要在講什麼？", "Summarize the article",
                                      "What is this article about?", "文章分几个部分？"])
def test_whole_article_questions_get_the_overview(policy, question):
    answer = policy.ask(question)
    assert answer.outcome == "overview" and answer.answerable
    assert answer.passages[0].kind == "title"
    for part in ("聚力向高而攀", "孙金良", "项目为王 点燃突破发展“主引擎”", "聚才汇智"):
        assert part in answer.message


@pytest.mark.parametrize("question", ["这篇稿子的作者是谁", "Who are the authors?"])
def test_author_questions_put_the_byline_first(policy, question):
    answer = policy.ask(question)
    assert answer.answerable and answer.passages[0].kind == "byline"


@pytest.mark.parametrize(("question", "outcome"), [
    ("《聚力向高而攀，勇毅向新而行》讲了什么？", "overview"),  # the document's own title, its comma aside
    ("《聚力向高而攀 勇毅向新而行》的作者是谁？", "overview"),
    ("《水经》这本书相传是谁写的？", "not_covered"),  # another work: asked about, not the document
])
def test_a_work_named_in_angle_brackets_is_the_document_only_when_it_is_its_title(policy, question, outcome):
    assert policy.ask(question).outcome == outcome


def test_a_question_about_something_in_the_article_is_not_an_overview(assistant):
    answer = assistant.ask("文章说鸿雁社区的人才公寓有多大？")
    assert answer.outcome == "answered" and "32万平方米" in answer.passages[0].sentence


@pytest.mark.parametrize(("question", "term"), [
    ("曹娥街道的常住人口有多少？", "常住人口"), ("鴻雁社區人才公寓的租金多少錢？", "租金"),
    ("What is the population of Cao'e Subdistrict?", "population"),
])
def test_near_topic_questions_name_what_the_article_does_not_give(assistant, question, term):
    answer = assistant.ask(question)
    assert term in answer.missing
    assert answer.outcome in ("partial", "not_covered")
    assert term in answer.message


@pytest.mark.parametrize("question", ["鸿雁社区的人才公寓能引进多少人才？", "鴻雁社區的人才公寓能引進多少人才？",
                                      "How many talents can the Hongyan apartments attract?"])
def test_answered_questions_have_nothing_missing(assistant, question):
    answer = assistant.ask(question)
    assert answer.outcome == "answered" and answer.missing == []
    assert "4900余人" in answer.passages[0].text


@pytest.mark.parametrize(("question", "answer"), [
    ("这篇报道的配图是谁提供的？", "曹娥街道办事处提供"),  # no noun but the page itself: left to the threshold
    ("本版照片由哪个单位提供", "曹娥街道办事处提供"),  # 单位 only says what shape the answer takes
])
def test_questions_about_the_page_itself_are_answered(assistant, question, answer):
    reply = assistant.ask(question)
    assert reply.outcome == "answered" and answer in reply.passages[0].text


@pytest.mark.parametrize("question", ["What is the square root of 60?", "帮我算一下60乘以3"])
def test_a_sum_is_not_searched(policy, question):
    """Its numbers match the article's figures (60亿元), and the dictionary reaches 平方 in 平方米."""
    answer = policy.ask(question)
    assert answer.outcome == "not_covered" and not answer.answerable and answer.passages == []
    assert "《聚力向高而攀" in answer.message


@pytest.mark.parametrize("question", ["Who won the 2022 FIFA World Cup?", "What's 15% of 240?", "北京明天会下雨吗？",
                                      "240的15%是多少",  # no noun at all, unlike a question about the page
                                      "Who wrote Pride and Prejudice?"])  # an author, but of nothing held here
def test_unrelated_questions_are_not_answered(assistant, question):
    assert not assistant.ask(question).answerable


@pytest.mark.parametrize("question", ["社区医院的疫苗怎么预约？", "社区居民的医保怎么报销？"])
def test_a_question_sharing_only_incidental_words_is_not_answered(assistant, question):
    """Neither the focus nor a name is in the passages, and under half the key terms (企业, 社区)."""
    reply = assistant.ask(question)
    assert not reply.answerable and reply.missing


@pytest.mark.parametrize("question", ["上虞区的房价是多少？", "浙江大学的录取分数线是多少？",
                                      "今年绍兴的二手房价格是涨了还是跌了？"])
def test_a_question_lacking_its_focus_on_a_weak_match_is_declined(assistant, question):
    """The focus is nowhere and the best passage only near the threshold: it shares words, not a subject."""
    reply = assistant.ask(question)
    assert reply.outcome == "not_covered" and reply.missing


def test_a_question_lacking_its_focus_on_a_strong_match_stays_partial(assistant):
    reply = assistant.ask("曹娥街道的常住人口有多少？")  # the article is about 曹娥街道, just not its population
    assert reply.outcome == "partial" and reply.missing == ["常住人口"]


@pytest.mark.parametrize(("question", "asked"), [
    ("明天上虞会下雨吗？", "下雨"), ("曹娥今天天氣怎麼樣？", "天气"),
    ("What's the weather like in Shaoxing tomorrow?", "weather"),
])
def test_the_weather_for_today_or_tomorrow_is_never_answered(assistant, question, asked):
    """Only live data says it, however well the place matches the article (上虞, 曹娥)."""
    reply = assistant.ask(question)
    assert reply.outcome == "not_covered" and asked in reply.missing


@pytest.mark.parametrize("question", ["曹娥街道今天有什么活动？", "上虞夏天的天气怎么样？",
                                      "Who won the rain dance contest?"])
def test_a_time_or_weather_word_alone_is_no_live_request(question):
    assert live_request(question) is None


@pytest.mark.parametrize(("question", "judgement"), [
    ("你觉得曹娥街道适合投资吗？", True), ("我今年应届毕业，值得去曹娥街道找工作吗", True),
    ("我是做物联网的，应该把公司搬到e游小镇吗？", True), ("倪博文这个年轻干部靠谱吗？", True),
    ("我該不該去申請鴻雁社區的人才公寓", True), ("Should I move my startup to Caoe?", True),
    ("What's your opinion on the City of Youth plan?", True),
    ("文章怎么评价曹娥街道今年一季度的经济运行？", False), ("曹娥街道相關負責人怎麼看高校的作用", False),
    ("鸿雁社区的人才公寓怎么申请？", False), ("卧龙产业园达产后一年利润大概多少", False),
    ("What does the article say the park will offer?", False),
    ("渔民捕到野生海龟，应该怎么处理？", False),  # the 么 of 怎么 closes no yes-or-no question
    ("人才公寓入住要不要交押金？", False),  # whether it is required: a fact
])
def test_a_judgement_asked_of_the_assistant_is_told_from_one_the_article_makes(question, judgement):
    assert asks_judgement(question) is judgement


@pytest.mark.parametrize(("question", "missing"), [
    ("你觉得曹娥街道这个“青春之城”最后能建成功吗？", "评价或建议"),
    ("我是做物联网的，应该把公司搬到e游小镇吗？", "评价或建议"),
    ("Should I move my small tech startup to Caoe subdistrict?", "an opinion or advice"),
])
def test_an_opinion_or_advice_asked_is_not_answered_as_a_fact(assistant, question, missing):
    """The article's sentence on the subject is shown, but not as the answer to "should I" or "do you think"."""
    reply = assistant.ask(question)
    assert reply.outcome in ("partial", "not_covered") and reply.missing[0] == missing
    assert reply.message.startswith(("文章只报道事实", "That asks for an opinion", "文章未提及", "Not stated"))
    assert all(hit.confidence != "high" for hit in reply.passages)


@pytest.mark.parametrize(("question", "said"), [
    ("文章怎么看年轻干部下沉一线帮企业？", "正是曹娥街道实施“青苗成长”计划的生动体现"),
    ("曹娥街道怎么看待人才？", "坚持把人才作为第一资源"),
])
def test_a_judgement_the_article_makes_is_answered(assistant, question, said):
    reply = assistant.ask(question)
    assert reply.outcome == "answered" and said in reply.passages[0].sentence


@pytest.mark.parametrize(("question", "focus"), [
    ("第一季度实际到位的外资金额是多少？", "外资"),  # 金额, like 数量, only gives the answer's shape
    ("年轻人可以申请哪些政府补贴？", "补贴"),  # the head of the compound the question word asks about
    ("曹娥街道重点发展哪三个新兴行业方向？", "行业"),  # 方向, like 措施, only gives the answer's shape
    ("外卖员在基层治理中被称作什么？", "基层"),  # 被称作 is a passive verb, not a noun
    ("What is the total floor area of the park?", "area"),  # "total" says how much
    ("What was Hongyan's total floor area?", "area"),  # ... also after an owner's "'s"
    ("Which two office-building projects in Cao'e are completed?", "projects"),  # ... and a hyphened word
    ("How many ride-hailing drivers joined the team?", "drivers"),
    ("And the other school they're working with?", "school"),  # they're is no noun
    ("一季度规上工业增加值比去年同期涨了多少？", "增加值"),  # 去年同期 after 比 is checked as a comparison
    ("规上工业总产值同比增长了多少？", "总产值"),  # ... and so is 同比
    ("Which strategic emerging industries is it focusing on?", "industries"),  # a participle inside the phrase
    ("What was Caoe's fixed-asset investment in the first quarter?", "investment"),  # what the owner has
    ("梁某昭收下的那箱苹果里装的是什么？", "苹果"),  # 那箱 points at the box, it names nothing
    ("Which river does the park directly face?", "river"),  # an -ly adverb is no noun
    ("Which American network co-produced the film?", "network"),  # a prefix cut at its hyphen is no word
    ("monthly rent for a Hongyan talent apartment", "rent"),  # no question word: the noun a preposition follows
    ("future community pilots in Zhejiang", "pilots"),
    ("Wolong park total investment?", "investment"),  # ... and with none, the last noun
])
def test_the_focus_is_the_noun_asked_about(policy, question, focus):
    assert key_terms(question, policy.lexical).focus == focus


@pytest.mark.parametrize(("question", "name"), [("比亚迪2023年的汽车销量是多少？", "比亚迪"),
                                              ("华为公司有多少员工？", "华为公司")])
def test_a_question_about_a_name_the_articles_never_mention_is_declined(assistant, question, name):
    reply = assistant.ask(question)
    assert not reply.answerable and name in reply.missing


def test_an_unknown_name_in_a_traditional_question_may_be_a_regional_spelling(assistant):
    """Taiwan writes 耐吉 for the 耐克 a Simplified corpus may hold: reported missing, not declined."""
    simplified, traditional = assistant.ask("比亚迪产业园年利润多少？"), assistant.ask("比亞迪產業園年利潤多少？")
    assert simplified.outcome == "not_covered" and "比亚迪" in simplified.missing
    assert traditional.outcome == "partial" and "比亚迪" in traditional.missing


def test_a_name_the_article_gives_is_not_declined_as_unknown(assistant):
    reply = assistant.ask("卧龙集团有多少员工？")  # 卧龙 is in the article; 员工 is not
    assert reply.outcome == "partial" and "卧龙集团" not in reply.missing


@pytest.mark.parametrize(("history", "question", "expected"), [
    (["卧龙智慧新能源产业园总投资多少？"], "它达产后每年能有多少利润？", "年利润18.74亿元"),
    (["曹娥街道一季度限上零售额是多少？"], "增速多少？", "增速80.5%"),
    (["鴻雁社區是個什麼項目？"], "它那個人才公寓面積多大", "32万平方米"),
    (["How much is being invested in the Wolong smart new-energy industrial park?"], "What about tax?", "6.55亿元"),
])
def test_follow_ups_are_resolved_against_the_earlier_question(assistant, history, question, expected):
    answer = assistant.ask(question, history=history)
    assert answer.searched_with == history[-1]
    assert expected in answer.passages[0].text and answer.answerable


def test_a_self_contained_question_ranks_the_same_with_or_without_history(policy):
    question = "曹娥街道有多少家省级以上高新技术企业？"
    alone = policy.ask(question)
    after = policy.ask(question, history=["卧龙智慧新能源产业园年利润多少？"])
    assert after.searched_with is None
    assert [h.id for h in after.passages] == [h.id for h in alone.passages]
    assert [h.score for h in after.passages] == [h.score for h in alone.passages]


@pytest.mark.parametrize(("question", "focus"), [
    ("曹娥街道的常住人口有多少？", "常住人口"), ("鴻雁社區人才公寓的租金多少錢？", "租金"),
    ("What is the population of Cao'e Subdistrict?", "population"),
])
def test_the_evidence_check_names_what_the_passages_lack(policy, question, focus):
    """The asked-for term is found or not in the very passages shown, whatever ranked them."""
    lexical = policy.lexical
    terms = key_terms(question, lexical)
    assert terms.focus == focus
    passages = [p for p in policy.retriever.passages if "人才公寓" in p.text or "曹娥街道" in p.text][:3]
    assert focus in Evidence(passages, lexical).missing(terms)
    holding = [p for p in policy.retriever.passages if "4900余人" in p.text]
    assert Evidence(holding, lexical).missing(key_terms("鸿雁社区的人才公寓能引进多少人才？", lexical)) == []


def _passages_with(policy, *phrases: str) -> list:
    return [p for p in policy.retriever.passages if any(phrase in p.text for phrase in phrases)]


@pytest.mark.parametrize(("question", "held_by", "lacking"), [
    # the figure given is another subject's: the park's 总投资 is no answer about the 创新园
    ("晶盛联合创新园项目的总投资是多少？", "总投资60亿元", "晶盛联合创新园项目的总投资"),
    ("卧龙智慧新能源产业园总投资多少？", "总投资60亿元", None),
    ("晶盛機電產業園二期項目的總投資是多少？", "总投资60亿元", "投资"),
    ("滨江新天地这个项目投了多少钱？", "总投资60亿元|滨江新天地", "滨江新天地"),  # a sum, but the park's
    # the period asked is not the period given
    ("2022年曹娥街道全年规上工业总产值是多少？", "规上工业总产值103.4亿元", "全年"),
    ("What was Cao'e's industrial output in the second quarter?", "规上工业总产值103.4亿元", "second quarter"),
    ("今年一季度曹娥街道规上工业总产值是多少？", "规上工业总产值103.4亿元", None),
    # a year asked: not given by a sentence naming another year, nor, for the year's own
    # figure, by a quarter's (今年 could be any year; 一季度 is not the year)
    ("晶盛机电2023年获得了什么荣誉？", "晶盛机电荣获|规上工业总产值103.4亿元", "2023年"),
    ("晶盛机电2022年获得了什么荣誉？", "晶盛机电荣获|规上工业总产值103.4亿元", None),
    ("2021年曹娥街道规上工业总产值是多少？", "规上工业总产值103.4亿元", "2021年"),
    ("2023年一季度曹娥街道规上工业总产值是多少？", "规上工业总产值103.4亿元", None),
    # a name jieba does not know (聚/英) is a subject too: the 人才公寓 figures are 鸿雁社区's
    ("聚英社区的人才公寓总建筑面积有多大？", "总建筑面积约32万平方米|聚英", "聚英"),
    # the section heading (聚才汇智 吹响青年人才“集结号”) is no part of the sentence naming 德济苑;
    # "total" says how much, the focus is the area
    ("德济苑未来社区预计能引进多少人才？", "预计可引进人才4900余人|德济苑", "德济苑的人才"),
    ("What is the total floor area planned for the Dejiyuan future community?", "总建筑面积约32万平方米|德济苑",
     "area of Dejiyuan"),
    # a time asked colloquially (啥时候) where the passage gives none; 什么时候 + the event
    ("皇马总部大楼啥时候能竣工？", "皇马总部大楼", "竣工"),
    ("晶盛聯合創新園什麼時候完工？", "晶盛联合创新园", "完工"),
    # a sum asked of a name: the park's 总投资 is not the 创新园's
    ("晶盛联合创新园总共投了多少钱？", "总投资60亿元", "晶盛联合创新园总共投了多少钱"),  # named as asked
    # a level asked must be the level given (国家级, where the article counts 省级以上), before the
    # focus or not; a provincial honour is one the province (浙江省) gives
    ("曹娥有几家国家级高新技术企业？", "省级以上高新技术企业", "国家级"),
    ("高新技术企业里有几家是国家级的？", "省级以上高新技术企业", "国家级"),
    ("晶盛机电获得了什么省级荣誉？", "晶盛机电荣获", None),
    # a frequency asked: the meeting is held 及时, never said how often
    ("纾困解难会议多久开一次？", "纾困解难会议", "多久开一次"),
    ("How often does the subdistrict hold its face-to-face meeting with enterprises?", "纾困解难会议", "How often"),
    ("曹娥有幾家國家級高新技術企業？", "省级以上高新技术企业", "国家级"),  # Traditional, folded first
    # a road asked: the article gives no address
    ("鴻雁社區位於哪條路上？", "鸿雁社区", "哪条路"),
    # a phone number the passages do not give
    ("What is Ni Bowen's phone number?", "电话和微信同号", "phone"),
    # an English time question: the participle must be said in a dated sentence
    ("In what year was Wolong Group founded?", "卧龙集团", "when founded"),
    ("On what exact date was Wolong Group founded?", "卧龙集团", "when founded"),
    ("When was the Youth City strategy proposed?", "提出建设“青春之城”主战略", None),
    ("In which year did Jingsheng win the provincial title?", "晶盛机电荣获", None),  # base verbs are not checked
    # the question gives the count and asks which ones: the passage must name them, not count them
    ("曹娥那10家上市公司分别是哪几家？", "10家上市公司", "上市公司的名称"),
    ("曹娥街道的2个未来社区是哪几个？", "德济苑等2个未来社区", None),
    # an English question asking when: the focus must be said in a dated sentence
    ("When did the Caoe night market first open?", "e享城夜市", "time of market"),
    # a count whose measure word jieba joins to the noun (多少 套房): no count in 套 is given
    ("鸿雁社区人才公寓总共有多少套房？", "总建筑面积约32万平方米", "多少套"),
    # an age, or a number, the passage does not give
    ("倪博文今年多大了？", "倪博文", "多大了"),
    ("How old is Ni Bowen?", "倪博文", "How old"),
    ("倪博文的电话是多少？", "电话和微信同号", "电话"),
    # the focus compounded with another noun (辖区面积 is not 建筑面积); 该社区 refers back to 鸿雁社区
    ("曹娥街道的辖区面积有多大？", "总建筑面积约32万平方米", "辖区面积"),
    ("鸿雁社区人才公寓总建筑面积多大？", "总建筑面积约32万平方米", None),
    # the noun compounded with the focus must be in the sentence giving it (世邦商务楼 is named
    # only among finished projects); 总共 only says it is a sum
    ("世邦商务楼 建筑面积", "总建筑面积约32万平方米|世邦商务楼", "商务楼建筑面积"),
    ("卧龙智慧新能源产业园总共投资多少？", "总投资60亿元", None),
    # a date asked with nothing to find it by but the passage: the one offered says only 日前 ("recently")
    ("On what exact date did Cao'e sign the Party-building agreement with Shaoxing University?",
     "签订党建共建协议", "date"),
    ("On what exact date did the Youth City campaign start?", "2023年是全面贯彻", None),
    # a count asked of a noun the passages name (工作专班), while their only count in 人 is of others
    ("街道的人才引进工作专班有多少人？", "人才引进工作专班|4900余人", "多少人"),
    ("鸿雁社区预计可引进人才多少人？", "4900余人", None),
    # English people are counted in 人, which no word of the lexicon holds alone
    ("Roughly how many talented people is the Hongyan talent apartment expected to bring in?", "4900余人", None),
    ("How many people work at Wolong Group?", "卧龙集团", "number of people"),
    ("How many people live in Cao'e Subdistrict?", "4900余人", "people"),  # a population is no count of talent
    # people are counted in 人, 名 or 位 alike
    ("鸿雁社区人才公寓预计能吸引多少名人才？", "4900余人", None),
    # a change against the same period last year is said 同比, of the figure asked, in its clause or the next
    ("一季度规上工业增加值比去年同期涨了多少？", "同比增长18.3%", None),
    ("曹娥街道今年一季度外资到位697万美元，比去年同期增长了多少？", "外资到位697万美元", "同比"),
    ("一季度限上零售额比去年同期增长多少？", "限上零售额", "同比"),
    ("今年一季度规上工业总产值同比增长了多少？", "总产值103.4亿元", "同比"),  # 同比 asks it too; 18.3% is 增加值's
    ("曹娥今年第一季的規上工業增加值年增率是多少？", "同比增长18.3%", None),  # Taiwan's 年增率
    ("CAZ是啥意思", "培育城市CAZ", None),  # 啥意思 asks, like 什么意思
    ("曹娥街道現在有幾間上市公司呀？", "10家上市公司", None),  # companies counted in 间 (HK, Taiwan) or 家
    # a phone number is asked however the question puts it; the passage only says 同号
    ("可以给我倪博文的电话或微信吗？", "电话和微信同号", "电话"),
    # a list asked by name: the 30 are counted, never named
    ("30家数字化转型标杆企业名单出来了吗", "标杆企业30家", "企业的名称"),
    ("Can you list the 10 listed companies based in Caoe?", "10家上市公司", "names of companies"),
    # what 多大 measures is the verb before it: a land area, which the article never gives
    ("卧龙智慧新能源产业园占地有多大？", "总投资60亿元", "占地"),

    # a condition is no circumstance: 条件 has many senses and reaches 环境 by none but its first
    ("申请鸿雁社区的人才公寓需要满足什么条件？", "4900余人|优化营商环境", "条件"),
])
def test_the_evidence_check_tells_a_near_miss_from_an_answer(policy, question, held_by, lacking):
    evidence = Evidence(_passages_with(policy, *held_by.split("|")), policy.lexical)
    missing = evidence.missing(key_terms(question, policy.lexical))
    if lacking is None:
        assert missing == []
    else:
        assert any(lacking in term for term in missing), missing


def _news_passage(text: str, title: str = "夫妻吵架阻挡地铁屏蔽门") -> SimpleNamespace:
    return SimpleNamespace(kind="body", section=None, text=text, title=title)


def _missing_in(question: str, *texts: str, title: str = "百科") -> list[str]:
    """What the evidence check finds missing for the question in passages of these texts alone."""
    from qa.store.lexical import LexicalIndex

    lexical = LexicalIndex([*texts, "另一段落说了别的事。"])
    return Evidence([_news_passage(text, title) for text in texts], lexical).missing(key_terms(question, lexical))


BUS = "女孩遇到那个男子时坐的是几路公交车？"
LOSS = "那位养殖户家里这回亏了多少钱？"
JABS = "那个新来的护士给她打点滴一共扎了几针？"
GAMES = "保罗这个赛季给火箭打了多少场比赛？"
ENGLISH_NAME = "那家公司的外拨解决方案英文简称是什么？"
CARE = "那位车手的家人这些年为他的治疗花了多少钱？"
SHOW = "央视《美丽中国行—走进黄山》首播是晚上几点？"
FESTIVAL_END = "第三届桃花节办到哪一天结束？"
SENTENCED = "那个醉驾撞人的司机最后被判了几年？"
SENTENCED_EN = "How long was the drunk driver sentenced to?"


@pytest.mark.parametrize(("question", "text", "missing"), [
    # 几路公交车 asks the route (12路); a bus ride without one, or 一路上, does not answer it
    (BUS, "记者了解到，她当天乘坐12路公交车去学校，在车上遇到了这名男子。", []),
    (BUS, "记者了解到，她当天乘坐公交车去学校，一路上遇到了这名男子。", ["几路"]),
    # speech and reports say a sum as 十几万 with no 元; 十几万尾鱼苗 counts fish
    (LOSS, "养殖户老陈说，家里这回损失大概有十几万，心里很不好受。", []),
    (LOSS, "养殖户老陈说，家里这回损失了二十万元，心里很不好受。", []),
    (LOSS, "养殖户老陈说，家里养的十几万尾鱼苗这回全死了。", ["多少钱"]),
    # 几针 (one noun to jieba) asks a count of jabs, said of what was done, not in the nurse's clause
    (JABS, "她回忆，那天新来的护士给她打点滴。扎错一两针也就算了，还一连给我扎了三针。", []),
    (JABS, "她回忆，那天新来的护士给她打点滴，手一直在发抖。", ["几针"]),
    # 出战52场 counts the games though it does not say 比赛
    (GAMES, "保罗本赛季状态出色，每场比赛都很拼。本赛季保罗为火箭出战52场，场均18.7分。", []),
    (GAMES, "保罗本赛季状态出色，每场比赛都很拼，场均18.7分。", ["多少场"]),
    # 多少人民币 asks a sum: jieba's 人民币 does not make it a count in 人
    ("那名旅客一共带了多少人民币出境？", "海关查明，那名旅客随身带了20万元人民币出境。", []),
    # 英文简称 asks a name's English form: OCS gives it though the passage never says 英文
    (ENGLISH_NAME, "该公司的外拨解决方案（OCS，Outbound Contact Solution）可与多种应用程序结合。", []),
    (ENGLISH_NAME, "该公司的外拨解决方案可与多种应用程序结合。", ["英文"]),
    # a sum in 人民币, after 亿 too (1.1亿人民币 is money, not 1.1亿人 people)
    (CARE, "五年里，家人已为他的治疗花掉了1.1亿人民币。", []),
    (CARE, "五年里，家人为他的治疗奔走了180天。", ["多少钱"]),
    # a work's title is one name, not its words (美丽, 中国): the sentence giving the time says 节目,
    # and 21:17 is a clock's time
    (SHOW, "cctv7《美丽中国行—走进黄山》节目录制现场人山人海。而今晚，节目就要开播啦！首播：5月1日 21:17，"
           "重播：5月2日 12:57，在安徽卫视播出。", []),
    (SHOW, "而今晚，节目就要开播啦！首播：5月1日 21:17，重播：5月2日 12:57。", ["美丽中国行—走进黄山"]),
    # a period from one date to another says when it ends
    (FESTIVAL_END, "第三届桃花节活动时间：2024年3月20日至2024年4月30日，地点在城东公园。", []),
    (FESTIVAL_END, "第三届桃花节3月20日开幕，地点在城东公园。", ["结束"]),
    # a length of time is a count of years or months (1年6个月, 两个多月), not a date (2019年5月); said of
    # the sentence's event, not of a noun of the question; English "how long" may ask a length too
    (SENTENCED, "法院以交通肇事罪判处这名司机有期徒刑1年6个月。", []),
    (SENTENCED, "2019年5月，法院以交通肇事罪对这名司机作出判决。", ["几年"]),
    (SENTENCED_EN, "法院以交通肇事罪判处这名司机有期徒刑1年6个月。", []),
    (SENTENCED_EN, "2019年5月，法院以交通肇事罪对这名司机作出判决。", ["how long"]),
    ("那场洪水持续了多长时间？", "那场洪水持续了两个多月，淹没农田上万亩。", []),
    ("How long is the tunnel?", "这条隧道全长3.5公里，双向六车道。", []),
])
def test_what_is_asked_is_found_as_news_writes_it(question, text, missing):
    """Counts, sums and names are found in the forms news gives them, and only there."""
    assert _missing_in(question, text) == missing


@pytest.mark.parametrize(("text", "missing"), [
    ("我姐他们从浙江赶回来的，坐高铁到南京，再从南京坐车到泗阳，2天路程。", []),
    ("我姐他们从浙江赶回来的，坐高铁到南京，再从南京坐车到泗阳，一路很辛苦。", ["多久"]),
])
def test_a_length_of_time_asked_of_a_place_the_question_asks_about_is_not_another_place_s(text, missing):
    """The focus of "从浙江赶回泗阳，路上走了多久" is 泗阳, the report's title names it, and its clause
    names 南京 too: the clause is still about the trip asked of, not another place's."""
    question = "我姐和对象从浙江赶回泗阳，路上走了多久？"
    assert _missing_in(question, text, title="泗阳警察查身份证") == missing


@pytest.mark.parametrize(("text", "lacking"), [
    # the place is named once, earlier in the passage, and nothing else is named since: the answer
    ("楚天都市报讯 武汉地铁2号线上，一对夫妻吵架。两人阻挡屏蔽门关闭。导致列车延误2分23秒。", None),
    # the sentence that gives the delay names another city's metro: no answer about 武汉
    ("楚天都市报讯 武汉地铁2号线上，一对夫妻吵架。此前，南京地铁也出现类似情况。导致列车延误2分23秒。",
     "武汉"),
])
def test_a_subject_named_earlier_in_a_news_paragraph_carries_to_its_sentences(policy, text, lacking):
    """News names its place once; a later sentence is about it unless it names another place."""
    terms = key_terms("武汉地铁上吵架的夫妻导致列车延误了多长时间？", policy.lexical)
    missing = Evidence([_news_passage(text)], policy.lexical).missing(terms)
    assert missing == [] if lacking is None else any(lacking in term for term in missing), missing


@pytest.mark.parametrize(("question", "text", "title"), [
    # a clock time is said in 时 as well as 点
    ("大连太原街那个男子被出租车碾压是几点发生的？",
     "凌晨1时40分，大连太原街两名男子发生冲突，倒地男子被出租车碾压。", "街头冲突"),
    # a person's role before the name is no kind of thing the passage must name too
    ("走私洋垃圾案的主犯仲某从中获利多少钱？",
     "法院认为，仲某以牟利为目的走私废物。仲某从中非法获利人民币60余万元。", "泰州走私洋垃圾案宣判"),
])
def test_news_answers_given_in_other_words_have_nothing_missing(policy, question, text, title):
    terms = key_terms(question, policy.lexical)
    assert Evidence([_news_passage(text, title=title)], policy.lexical).missing(terms) == []


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("2018年江马有多少名跑者参赛？", "2018年江州国际马拉松共有3万名跑者参赛。", []),  # a word skipped
    ("上海交大有多少名学生？", "上海交通大学共有在校学生4万名。", []),
    ("北大有多少名学生？", "北京大学共有在校学生4万名。", []),
    ("2018年杭马有多少名跑者参赛？", "2018年江州国际马拉松共有3万名跑者参赛。", ["杭马"]),  # another race
])
def test_a_name_abbreviated_by_the_first_characters_of_its_words_is_found(question, text, missing):
    assert _missing_in(question, text) == missing


@pytest.mark.parametrize(("text", "answered"), [
    ("白沙河洪水期间，沿河8个乡镇共转移群众4.6万人。", True),
    ("白沙河洪水期间，沿河8个乡镇的群众已全部转移。", False),  # 8个 counts towns, not people
])
def test_a_number_of_things_is_asked_as_a_count_in_their_measure_word(text, answered):
    """转移人数 asks what 转移了多少人 asks: a count in 人 (or 名, 位), not the word 人数."""
    assert (_missing_in("白沙河洪水转移人数", text) == []) == answered


@pytest.mark.parametrize(("question", "measure"), [
    ("鸿雁社区有多少套房", "套"), ("一共有几台车", "台"),  # a measure word jieba joined to the noun
    ("去年引进了多少项目", None), ("有多少部门参与", None),  # a common noun of its own, counted in 个
])
def test_a_measure_word_is_read_off_a_noun_only_when_the_noun_is_no_common_word(policy, question, measure):
    assert key_terms(question, policy.lexical).measure == measure


@pytest.mark.parametrize(("text", "missing"), [
    ("东院区位于临江新区春晖路188号，总投资15.6亿元。", []),
    ("东院区位于临江新区，总投资15.6亿元。", ["地址"]),  # where it lies, not its address
])
def test_an_address_is_given_by_a_road_and_number(text, missing):
    assert _missing_in("市一院东院区的地址在哪里？", text) == missing


def test_a_name_written_only_in_the_document_title_is_found():
    """A report names its subject in the headline and says 比赛当天 after it."""
    question, paragraph = "江州马拉松比赛那天气温多少度？", "比赛当天江州气温在9℃至15℃之间。"
    assert _missing_in(question, paragraph, title="江州马拉松启用新赛道") == []
    assert _missing_in(question, paragraph, title="江州新闻") == ["马拉松"]


def test_an_english_question_matched_well_needs_fewer_of_its_words_bridged(policy):
    """Only "Stoicism" (the title) of town/zeno/founder/stoicism is found: a chance match near the
    threshold, an answer when the evidence clears it well (the paragraph names 芝诺 and 季蒂昂)."""
    question = "What town was Zeno, the founder of Stoicism, from?"
    paragraph = _news_passage("斯多葛主义是古希腊罗马时期的一个哲学流派，约公元前300年由季蒂昂的芝诺在雅典创立。",
                              title="Stoicism")
    terms, evidence = key_terms(question, policy.lexical), Evidence([paragraph], policy.lexical)
    assert evidence.found_share(terms) == 0.25
    assert not AnswerPolicy._names_enough(question, terms, evidence, [], margin=0.0)
    assert AnswerPolicy._names_enough(question, terms, evidence, [], margin=0.04)
    assert AnswerPolicy._names_enough(question, terms, evidence, [], margin=0.12)


@pytest.mark.parametrize(("question", "answered"), [
    # nothing bridged (德性 is no dictionary sense of "virtue"), but matched well above the threshold
    ("What are the four cardinal virtues of the Stoics?", True),
    # a question with Chinese in it could have matched the Chinese words: no sure match without them
    ("請把「Thank you for your patience」翻譯成中文。", False),
    ("What is 15% of 2,480?", False),  # bare numbers: nothing to be sure of
])
def test_an_english_question_matched_surely_needs_no_word_bridged(policy, question, answered):
    paragraph = _news_passage("斯多葛学派推崇四种主要德性：智慧、勇气、正义和节制。", title="斯多葛主义")
    terms, evidence = key_terms(question, policy.lexical), Evidence([paragraph], policy.lexical)
    assert evidence.found_share(terms) == 0
    assert not AnswerPolicy._names_enough(question, terms, evidence, [], margin=0.04)
    assert AnswerPolicy._names_enough(question, terms, evidence, [], margin=0.06) == answered


def test_a_time_question_cut_apart_by_jieba_still_asks_a_time(policy):
    """jieba reads 哪天开的 as 哪/天开: the question word is found in the text, not the words."""
    assert key_terms("上虞区党建引领校地融合发展推进会是哪天开的？", policy.lexical).asks_time


def test_a_question_whose_only_name_is_a_festival_needs_it_in_the_evidence(policy):
    """jieba tags 中秋节 as a time word, so the question has no other term to find."""
    question = "2024年的中秋節是幾月幾號？"
    terms = key_terms(question, policy.lexical)
    assert terms.terms == [] and terms.names == ["中秋节"]
    festival = Evidence([_news_passage("2024年的中秋節為9月17日。", title="中秋節")], policy.lexical)
    other = Evidence([_news_passage("2024年的端午節為6月10日。", title="端午節")], policy.lexical)
    assert AnswerPolicy._names_enough(question, terms, festival, [], margin=0.1)
    assert not AnswerPolicy._names_enough(question, terms, other, [], margin=0.1)


def test_a_question_with_no_noun_to_check_is_answered_only_on_a_sure_match(policy):
    """jieba cuts 斑蚊 into characters, leaving no key term: the evidence score alone decides, and it
    must clear the threshold by more than an unrelated question (17乘以23等于多少) does."""
    question = "被斑蚊叮到以後，最久可能隔幾天才發病？"
    terms = key_terms(question, policy.lexical)
    assert terms.terms == [] and terms.names == []
    evidence = Evidence([_news_passage("潛伏期約3至14天，之後發病。", title="登革熱")], policy.lexical)
    assert not AnswerPolicy._names_enough(question, terms, evidence, [], margin=0.05)
    assert AnswerPolicy._names_enough(question, terms, evidence, [], margin=0.1)


def test_a_term_jieba_joined_to_the_next_word_is_found_by_what_is_written(policy):
    """登革熱病例 is cut 登革热病/例: 登革热 is written, 病 belongs to 病例."""
    terms = key_terms("2015年全台的本土登革熱病例有多少例？", policy.lexical)
    assert terms.focus == "登革热病"
    evidence = Evidence([_news_passage("2015年，臺南市爆發本土登革熱疫情，全年本土病例達43,419例。", title="登革熱")],
                        policy.lexical)
    assert evidence.missing(terms) == []


def test_the_length_and_form_of_a_slogan_are_not_what_is_asked(policy):
    """A 口诀 is its words, like a 口号; 四字 says how long it is."""
    terms = key_terms("疾管署教大家清除積水容器的四字口訣是什麼？", policy.lexical)
    assert not {"四字", "口诀"} & set(terms.terms), terms.terms


def test_a_road_named_in_the_sentence_answers_which_road(policy):
    terms = key_terms("货车在哪条路上侧翻了？", policy.lexical)
    given = Evidence([_news_passage("本报讯 昨天上午，一辆货车在解放路上侧翻。", title="货车侧翻")], policy.lexical)
    elsewhere = Evidence([_news_passage("本报讯 昨天上午，一辆货车在城区侧翻。", title="货车侧翻")], policy.lexical)
    assert given.missing(terms) == [] and "哪条路" in elsewhere.missing(terms)


@pytest.mark.parametrize(("question", "not_terms"), [
    ("Which night market appears in a photo caption?", {"appears"}),  # a verb, not something asked for
    ("What does he ask the managers about when he visits?", {"he", "ask"}),
    ("How much foreign capital actually arrived in Cao'e?", {"actually"}),  # how it is asked
    ("What growth target did Cao'e set for its digital economy?", {"target"}),  # the shape of the answer
    ("Who counts as a red rider pioneer?", {"counts"}),
    ("Which defensive end fell on the loose ball, and who flew the command module?", {"fell", "flew"}),  # past tenses
    ("Can you give examples of finished building projects?", {"examples"}),
    ("What proportion of the residents were born overseas?", {"proportion"}),  # a share is a figure's shape
    ("What nickname do locals use for the bridge?", {"nickname"}),  # a name's shape, as 称号 is
    ("已經完工的樓宇經濟項目能舉幾個例子嗎？", {"例子"}),  # examples of projects ask for projects
    ("How old was the murdered woman, Ms. Jiang, and where did Mr. Guo live?", {"ms", "mr"}),  # who, not what
])
def test_verbs_pronouns_and_shapes_of_answers_are_not_key_terms(policy, question, not_terms):
    terms = key_terms(question, policy.lexical)
    assert terms.terms and not not_terms & set(terms.terms), terms.terms


@pytest.mark.parametrize(("question", "checked", "unchecked"), [
    ("卧龙集团去年获得了什么荣誉？", "去年", None),  # a calendar period must be there
    ("当时现场有多少名消防员正在救援？", None, "当时"),  # times within the story need not be
    ("晶盛机电后来在夜间开工了吗？", None, "夜间"),
    ("當年跟政府一起出資成立台積電的外國公司是哪一家？", None, "当年"),
    ("立法院議場在日本時代本來是哪一所學校？", None, "本来"),  # jieba's times that are none
    ("全世界一年靠光合作用固定下來的碳大概有多少？", None, "下来"),
])
def test_only_calendar_times_must_be_in_the_evidence(policy, question, checked, unchecked):
    terms = key_terms(question, policy.lexical)
    names = terms.names
    assert checked is None or checked in [asked for asked, _ in terms.periods], terms.periods
    assert unchecked is None or not any(unchecked in name for name in names), names
    assert "正在" not in names and "后来" not in names


def test_a_chinese_question_none_of_whose_terms_is_written_is_about_something_else(policy):
    """光合作用 is found only through parts of words (合作, 作用) and 产物 only through the dictionary (产品)."""
    question = "光合作用的产物是什么？"
    terms = key_terms(question, policy.lexical)
    unrelated = Evidence([_news_passage("街道与高校合作，发挥龙头企业作用，新产品年销售收入增长。")], policy.lexical)
    about_it = Evidence([_news_passage("光合作用的产物是葡萄糖和氧气。", title="光合作用")], policy.lexical)
    assert unrelated.found_share(terms) == 1.0
    assert not AnswerPolicy._names_enough(question, terms, unrelated, [], margin=0.05)
    assert AnswerPolicy._names_enough(question, terms, about_it, [], margin=0.05)


def test_what_a_count_is_asked_of_is_named_without_its_quotation_marks(policy):
    assert key_terms("曹娥街道的“红骑先锋”队伍有多少人？", policy.lexical).asked_of == "曹娥街道的红骑先锋队伍"


@pytest.mark.parametrize(("text", "named"), [
    ("本报讯 街道成立了以主要领导为组长的招商领导小组，全程跟踪服务。", False),  # the office, no one in it
    ("本报讯 招商领导小组组长张建国带队走访了在建项目。", True),
])
@pytest.mark.parametrize("question", ["招商领导小组的组长叫什么名字？", "招商领导小组的组长具体是哪位领导？",
                                      "招商領導小組組長由誰擔任？"])
def test_a_question_for_an_office_holder_needs_a_person_named_with_the_office(policy, question, text, named):
    terms = key_terms(question, policy.lexical)
    assert terms.name_of == "组长"
    missing = Evidence([_news_passage(text, title="街道招商")], policy.lexical).missing(terms)
    assert ("组长的姓名" not in missing) == named, missing


@pytest.mark.parametrize(("text", "named"), [
    ("本报讯 街道加快数字化改革。迭代升级电机产业大脑，创新开发风机产业大脑，培育标杆企业30家。", False),
    ("本报讯 街道支持企业创新，由卧龙电驱股份牵头，创新开发风机产业大脑。", True),  # the clause before
    ("本报讯 街道支持企业创新，晶盛机电创新开发风机产业大脑。", True),
])
def test_which_company_asks_for_a_company_named_where_the_thing_is(policy, text, named):
    """The subdistrict developing the platform names no company: "哪家企业" is not answered."""
    terms = key_terms("风机产业大脑是由哪家企业牵头开发的？", policy.lexical)
    assert terms.asks_company
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert ("企业的名称" not in missing) == named, missing


def test_an_english_focus_is_said_of_its_subject_in_its_main_sense(policy):
    """"investment" reaches 投入 (投入使用, put into use) only through a later sense of 投入: the
    sentence naming 晶盛 does not give the investment the question asks of it."""
    terms = key_terms("What's the total investment of the Jingsheng innovation park?", policy.lexical)
    text = "本报讯 总投资60亿元的卧龙产业园今年开工。晶盛创新园项目建成投入使用后，可为客户提供测试。"
    assert "investment of Jingsheng" in Evidence([_news_passage(text)], policy.lexical).missing(terms)
    given = "本报讯 晶盛创新园项目总投资20亿元，建成投入使用后，可为客户提供测试。"
    assert Evidence([_news_passage(given)], policy.lexical).missing(terms) == []


def test_the_noun_a_question_word_asks_about_is_not_extended_by_the_verbs_after_it(policy):
    assert key_terms("万顺大厦是哪家企业投资建设的？", policy.lexical).focus == "企业"
    assert key_terms("哪些政府补贴可以申请？", policy.lexical).focus == "补贴"


@pytest.mark.parametrize(("texts", "dated"), [
    (["本报讯 总投资60亿元的卧龙产业园达产后年利润18亿元。", "今年以来，街道加快建设青春之城。"], False),
    (["本报讯 卧龙产业园于2021年3月开工建设，总投资60亿元。", "今年以来，街道加快建设青春之城。"], True),
])
def test_a_time_asked_of_a_subject_needs_a_dated_sentence_about_it(policy, texts, dated):
    """The date of 建设青春之城 is no date of the park's construction."""
    terms = key_terms("When did construction start on the Wolong park?", policy.lexical)
    missing = Evidence([_news_passage(text, title="街道建设") for text in texts], policy.lexical).missing(terms)
    assert ("time of construction" not in missing) == dated, missing


@pytest.mark.parametrize(("question", "events"), [
    ("When was the Wolong park completed?", ["completed"]),
    ("In what year was the Wolong park completed?", ["completed"]),
    # "when" within the question opens a clause: the count is asked, not a time
    ("How many companies moved in when the Wolong park opened in 2020?", []),
])
def test_a_time_is_asked_by_a_leading_when_not_by_a_when_clause(policy, question, events):
    assert key_terms(question, policy.lexical).events == events


@pytest.mark.parametrize(("text", "dated"), [
    ("本报讯 卧龙产业园达产后，预计每年可新增销售收入150亿元。", False),
    ("本报讯 卧龙产业园预计2025年达产。", True),
])
def test_a_planned_event_asks_a_date_of_the_passage(policy, text, dated):
    """"expected to" only says the event is planned: the event is the verb after it, which the
    dictionary cannot be trusted with, so the passage offered must give a date at all."""
    terms = key_terms("What year is the Wolong park expected to hit full production?", policy.lexical)
    assert terms.asks_time and terms.events == []
    assert ("date" not in Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)) == dated


@pytest.mark.parametrize(("question", "asked"), [("曹娥街道纳税最多的企业是哪一家？", "纳税最多"),
                                             ("Which project has the largest investment?", "largest investment")])
@pytest.mark.parametrize(("text", "ranked"), [
    ("本报讯 街道共有楼宇经济项目26个，纳税超千万元的企业12家，总投资超过100亿元。", False),  # figures, no ranking
    ("本报讯 街道的楼宇经济项目中，投资最大、纳税最多的企业是卧龙集团的项目。", True),
])
def test_a_ranking_asked_needs_a_sentence_that_ranks(policy, question, asked, text, ranked):
    terms = key_terms(question, policy.lexical)
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert (asked not in missing) == ranked, missing


@pytest.mark.parametrize(("text", "whole"), [
    ("本报讯 今年一季度，曹娥街道规上工业增加值25.9亿元。打造全省数字经济高地。", False),  # a part, and 全省 is no 全区
    ("本报讯 今年一季度，全区规上工业增加值200亿元。", True),
])
def test_the_whole_of_a_place_asked_needs_the_whole_given(policy, text, whole):
    terms = key_terms("整个上虞区今年一季度规上工业增加值是多少？", policy.lexical)
    missing = Evidence([_news_passage(text, title="上虞经济")], policy.lexical).missing(terms)
    assert ("整个上虞区" not in missing) == whole, missing


@pytest.mark.parametrize("question", ["上虞区校地融合发展推进会是在哪里开的？",
                                      "Where was the Shangyu school-locality integration meeting held?"])
@pytest.mark.parametrize(("text", "placed"), [
    ("本报讯 日前，在上虞区校地融合发展推进会上，街道与学院签订协议。", False),  # at the meeting, not where
    ("本报讯 上虞区校地融合发展推进会日前在曹娥街道召开。", True),
])
def test_where_an_event_was_held_needs_a_sentence_saying_where(policy, question, text, placed):
    terms = key_terms(question, policy.lexical)
    [(asked, _)] = terms.qualifiers
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert (asked not in missing) == placed, missing


@pytest.mark.parametrize(("text", "first"), [
    ("本报讯 作为浙江省首批24个未来社区试点之一，绍兴地区首个未来社区鸿雁社区开园。", False),  # another level, a batch
    ("本报讯 鸿雁社区是浙江省第一个建成的未来社区。", True),
])
def test_the_scope_of_a_first_asked_must_be_given(policy, text, first):
    terms = key_terms("浙江省第一个建成的未来社区是哪一个？", policy.lexical)
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert ("浙江省第一个" not in missing) == first, missing


@pytest.mark.parametrize(("text", "dated"), [
    ("本报讯 2022年，晶盛机电荣获“亩均效益领跑者”，卧龙集团“电机产业大脑”收获两项殊荣。", False),
    ("本报讯 2022年，卧龙集团荣获“亩均效益领跑者”，晶盛机电“未来工厂”收获两项殊荣。", True),
])
def test_a_time_asked_of_a_subject_is_not_given_by_a_clause_about_another(policy, text, dated):
    terms = key_terms("卧龙集团是哪一年获评“亩均效益领跑者”的？", policy.lexical)
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert (missing == []) == dated, missing


@pytest.mark.parametrize(("text", "summed"), [
    ("本报讯 总投资60亿元的卧龙产业园今年开工。街道加快建设青春之城。龙盛总部等15个项目正加快建设。", False),
    ("本报讯 龙盛总部大楼总投资5亿元，正加快建设。", True),
    ("本报讯 龙盛总部大楼投资500万美元，正加快建设。", True),
])
def test_an_english_question_for_what_something_cost_needs_a_sum_of_it(policy, text, summed):
    """15个项目 is a number, not a sum; the 60亿元 is the Wolong park's."""
    terms = key_terms("How much did the Longsheng headquarters building cost to build?", policy.lexical)
    assert terms.measure == "钱"
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert (missing == []) == summed, missing


@pytest.mark.parametrize("question", ["How much did Wang sell his old house for?", "How much was the driver fined?",
                                      "How much cash did Lin give him?", "How much compensation did Ma owe?"])
def test_an_english_question_for_a_sale_fine_or_debt_asks_a_sum(policy, question):
    """Selling, fining, owing and handing over cash are sums of money, as paying is; how much water is not."""
    assert key_terms(question, policy.lexical).measure == "钱"
    assert key_terms("How much water did Mr. Zhao drink after playing?", policy.lexical).measure != "钱"
    missing = _missing_in(question, "本报讯 2013年，他的老房子被拆除，司机和村民发生了纠纷。", title="纠纷")
    assert missing, "a passage with no sum of money does not answer how much"


@pytest.mark.parametrize("question", ["为什么一季度限上零售额增长这么快？", "限上零售额增长这么快是什么原因？",
                                      "Why did retail sales grow so fast in the first quarter?"])
@pytest.mark.parametrize(("text", "reasoned"), [
    ("本报讯 今年一季度，街道限上零售额累计1.5亿元，增速80.5%。", False),
    ("本报讯 今年一季度，得益于新商场开业，街道限上零售额累计1.5亿元，增速80.5%。", True),
    ("本报讯 新商场开业。今年一季度，街道限上零售额因此增长80.5%。", True),
    ("本报讯 今年一季度，街道限上零售额因新商场开业而增长80.5%。", True),
    ("本报讯 为吸引客流，街道新开商场，今年一季度限上零售额增速80.5%。", True),  # a clause of purpose
    ("本报讯 今年一季度，作为试点的街道限上零售额增速80.5%。", False),  # 作为 is no purpose
    ("本报讯 街道新开商场，使今年一季度限上零售额增速达80.5%。", True),  # what it brought about
    ("本报讯 新开商场的目的是让一季度限上零售额增长80.5%。", True),
    ("本报讯 街道新开商场，使用新系统，一季度限上零售额增速80.5%。", False),  # 使用 is "use"
    ("本报讯 一季度限上零售额增速80.5%，业内认为这与新商场开业有关。", True),  # the cause it is related to
])
def test_a_why_question_needs_a_sentence_giving_a_reason(policy, question, text, reasoned):
    terms = key_terms(question, policy.lexical)
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert bool({"原因", "reason"} & set(missing)) != reasoned, missing


def test_no_passages_lack_the_reason_and_the_year_asked(policy):
    terms = key_terms("Why did retail sales grow so fast last year?", policy.lexical)
    assert {"last year", "reason"} <= set(Evidence([], policy.lexical).missing(terms))


def test_a_why_question_the_article_justifies_is_answered(assistant):
    """"构建强韧的产业链…是…的必要途径" says why."""
    answer = assistant.ask("为什么要构建强韧的产业链和强大的产业集群？")
    assert answer.outcome == "answered" and "必要途径" in answer.passages[0].text, (answer.outcome, answer.missing)


@pytest.mark.parametrize(("text", "counted"), [
    ("本报讯 街道推进鸿雁等2个未来社区建设，有效整合资源，以网络党群驿站为例，鼓励骑手参与治理。", False),
    ("本报讯 街道共建成网络党群驿站5个，鼓励骑手参与治理。", True),
    ("本报讯 街道建设网络党群驿站，目前已建成5个，鼓励骑手参与治理。", True),
])
def test_a_count_asked_is_given_in_the_clause_that_names_what_is_counted(policy, text, counted):
    terms = key_terms("街道的网络党群驿站总共有几个？", policy.lexical)
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert (missing == []) == counted, missing


@pytest.mark.parametrize(("question", "focus", "modifier"), [
    ("曹娥街道有多少家规上企业？", "企业", "规上"),  # jieba: 多少/家规/上/企业
    ("曹娥街道有几家规上企业？", "企业", "规上"),  # jieba: 几家/规上/企业
    ("鸿雁社区人才公寓总共有多少套房？", "套房", None),  # 房 alone is no longer word: 套房 stays
])
def test_a_measure_word_jieba_joined_to_the_word_after_it_is_read_apart(policy, question, focus, modifier):
    terms = key_terms(question, policy.lexical)
    assert (terms.focus, terms.modifier) == (focus, modifier), (terms.focus, terms.modifier)


def test_a_count_of_a_kind_the_article_never_counts_is_missing(assistant):
    """81家省级以上高新技术企业 counts no 规上企业."""
    answer = assistant.ask("曹娥街道有多少家规上企业？")
    assert answer.outcome == "partial" and any("规上企业" in term for term in answer.missing), answer.missing
    assert assistant.ask("曹娥街道有多少家上市公司？").outcome == "answered"


def test_a_chinese_focus_is_not_found_through_a_compound_that_shares_an_english_stem(assistant):
    """The park's passage names 生产线 elsewhere ("production line") and 有利于 ("good for"), no 产品."""
    answer = assistant.ask("卧龙智慧新能源产业园的产品有哪些？")
    assert "产品" in answer.missing, (answer.outcome, answer.missing)


def test_how_old_someone_is_this_year_asks_an_age(assistant):
    terms = key_terms("倪博文今年多大？", assistant.lexical)
    assert terms.measure == "岁"
    assert assistant.ask("倪博文今年多大？").missing


@pytest.mark.parametrize("question", ["晶盛机电去年获得了什么称号？", "What title did JSG win last year?"])
@pytest.mark.parametrize(("text", "dated"), [
    ("本报讯 2022年，晶盛机电（JSG）荣获“领跑者”称号。", True),  # the document's date is not known: a year fits
    ("本报讯 去年，晶盛机电（JSG）荣获“领跑者”称号。", True),
    ("本报讯 晶盛机电（JSG）荣获“领跑者”称号。", False),
])
def test_last_year_is_given_by_a_year_or_by_last_year(policy, question, text, dated):
    terms = key_terms(question, policy.lexical)
    missing = Evidence([_news_passage(text, title="街道建设")], policy.lexical).missing(terms)
    assert (missing == []) == dated, missing


def test_where_to_do_something_is_no_venue_asked(policy):
    assert key_terms("个人投资者去哪里开户？", policy.lexical).qualifiers == []


def test_a_latin_name_the_corpus_cannot_spell_neither_counts_for_nor_against(policy):
    """A Chinese paragraph writes Xenophanes its own way (色诺芬尼), which nothing here reads back, so
    the share of an English question's terms found is taken over the words that can be checked."""
    lexical = policy.lexical
    assert unreachable_name("xenophanes", lexical) and not unreachable_name("wolong", lexical)
    question = "How much profit will the park Zenodotus Xenophanes built make each year?"
    terms = key_terms(question, lexical)
    evidence = Evidence([_news_passage("本报讯 产业园达产后年利润18亿元。", title="街道建设")], lexical)
    assert AnswerPolicy._names_enough(question, terms, evidence, evidence.missing(terms), margin=0.02)
    # a chance match near the threshold still needs more of the question there
    assert not AnswerPolicy._names_enough(question, terms, evidence, evidence.missing(terms), margin=0.0)


@pytest.mark.parametrize(("text", "missing"), [
    ("在博士的众多敌人中，最著名的是戴立克，由编剧特里·内申创造。", []),
    ("在博士的众多敌人中，最著名的是赛博人，由编剧特里·内申创造。", ["daleks"]),
])
def test_an_english_name_is_found_in_its_chinese_transliteration(text, missing):
    """No dictionary lists 戴立克, but it keeps Dalek's consonants in order."""
    assert _missing_in("Who created the Daleks?", text) == missing


def test_a_numbered_name_the_passages_do_not_number_is_reported_missing(policy):
    """"Apollo 13" is not 阿波罗11号: the number tells a name from its namesakes."""
    assert numbered_names("Who commanded the Apollo 13 mission?") == [("Apollo 13", 13)]
    assert numbered_names("Who won Super Bowl XLIX?") == [("Super Bowl XLIX", 49)]
    assert numbered_names("What happened on October 10?") == []
    parade = _news_passage("本报讯 1969年8月13日，阿波罗11号的宇航员举行游行。", title="阿波罗11号")
    eleven = Evidence([parade], policy.lexical)
    assert eleven.says_number(11) and not eleven.says_number(13)  # 8月13日 is a date
    assert Evidence([_news_passage("本报讯 卡尔十六世·古斯塔夫出席。")], policy.lexical).says_number(16)


def test_a_superlative_inside_a_term_asks_no_ranking(policy):
    """最大动能 is a physical quantity; 世界上最长的 ranks, and what it ranks is not 界上."""
    assert key_terms("发现光电子最大动能与光强无关的物理学家是谁？", policy.lexical).qualifiers == []
    assert [asked for asked, _ in key_terms("世界上最长的河流是哪条？", policy.lexical).qualifiers] == ["最长"]


@pytest.mark.parametrize(("text", "timed"), [
    ("本报讯 街道打通e享城夜市，带动消费。", False),
    ("本报讯 e享城夜市每天晚上6点开市，带动消费。", True),  # a time of day answers "what time"
])
def test_what_time_asks_a_time_of_day(policy, text, timed):
    terms = key_terms("What time does the night market open?", policy.lexical)
    assert terms.asks_time
    assert (Evidence([_news_passage(text, title="夜市")], policy.lexical).missing(terms) == []) == timed


@pytest.mark.parametrize(("question", "text", "named"), [
    # 晶盛、卧龙等龙头企业 names companies, but not the 10 counted
    ("Which are the 10 listed companies in Cao'e?",
     "本报讯 街道已拥有81家高新技术企业、10家上市公司。重点引进晶盛、卧龙等龙头企业。", False),
    ("Which 2 future communities is Cao'e building?", "本报讯 街道大力推进鸿雁、德济苑等2个未来社区建设。", True),
    # the count names them by another word with the same Chinese (enterprises, companies: 企业)
    ("Which companies are the 30 benchmark enterprises in Cao'e?", "本报讯 街道培育数字化转型标杆企业30家。", False),
])
def test_an_english_question_naming_a_count_asks_for_the_names(policy, question, text, named):
    terms = key_terms(question, policy.lexical)
    missing = Evidence([_news_passage(text, title="曹娥街道")], policy.lexical).missing(terms)
    assert (not any(term.startswith("names of") for term in missing)) == named, missing


def test_the_evidence_check_names_a_missing_thing_once(policy):
    """星光夜市 is missing; 夜市 alone (which a caption has) is not named again for its lack of a number."""
    evidence = Evidence(_passages_with(policy, "e享城夜市"), policy.lexical)
    assert evidence.missing(key_terms("星光夜市每周几开张？", policy.lexical)) == ["星光夜市"]


@pytest.mark.parametrize(("question", "history", "searched_with"), [
    ("它达产后每年能有多少利润？", ["卧龙智慧新能源产业园总投资多少？"], "卧龙智慧新能源产业园总投资多少？"),
    ("增速多少？", ["你好", "曹娥街道一季度限上零售额是多少？"], "曹娥街道一季度限上零售额是多少？"),
    ("What about tax?", ["How much is invested in the Wolong park?"], "How much is invested in the Wolong park?"),
    ("曹娥街道有多少家上市公司？", ["卧龙智慧新能源产业园总投资多少？"], None),  # self-contained
    ("它达产后每年能有多少利润？", [], None),  # nothing to continue
    # jieba tags 哪些项目 a name, but a question phrase names nothing of its own
    ("它配套引进了哪些项目？", ["曹娥街道打算怎么利用e游小镇？"], "曹娥街道打算怎么利用e游小镇？"),
    ("红烧肉怎么做才好吃？", ["鸿雁社区的人才公寓能引进多少人才？"], None),  # a topic the corpus does not know
])
def test_follow_ups_are_searched_with_the_question_they_continue(policy, question, history, searched_with):
    assert context_for(question, history, policy.lexical) == searched_with
    assert policy.ask(question, history=history).searched_with == searched_with


def test_a_name_spelled_as_one_word_over_several_chinese_words_is_found(policy):
    """Xingyuanhu is 兴元 + 湖 to jieba; a shorter run of letters (huyou) is not looked for this way."""
    evidence = Evidence([SimpleNamespace(kind="body", section=None, text="汉中兴元湖幼儿园的女童被烫伤。", title=None)],
                        policy.lexical)
    assert evidence.has("xingyuanhu") and not evidence.has("huyou")


def test_business_abbreviations_are_read_written_out(assistant):
    answer = assistant.ask("yoy growth of industrial added value above designated size in Q1?")
    assert answer.outcome == "answered" and "同比增长18.3%" in answer.passages[0].text


def test_an_english_title_counts_for_what_an_english_question_names(policy):
    """A Chinese paragraph under an English title: the title's words are the question's names."""
    terms = key_terms("Who won Super Bowl 50?", policy.lexical)
    paragraph = SimpleNamespace(kind="body", section=None, text="丹佛野马队以24比10击败卡罗莱纳黑豹队，赢得冠军。",
                                title=None)
    titled = SimpleNamespace(**{**vars(paragraph), "title": "Super Bowl 50"})
    untitled_share = Evidence([paragraph], policy.lexical).found_share(terms)
    assert untitled_share < Evidence([titled], policy.lexical).found_share(terms) == 1.0


@pytest.fixture(scope="module")
def news_policy(tmp_path_factory) -> AnswerPolicy:
    """25 short news files (a headline line, then the text) on the stand-in embedder."""
    from qa.model.standin import HashingEmbedder
    from qa.retrieval.retriever import Retriever
    from qa.settings import Paths
    from qa.store.build import build_index, load_checked

    root = tmp_path_factory.mktemp("news")
    (root / "corpus").mkdir()
    for n in range(25):
        (root / "corpus" / f"n{n:02d}.txt").write_text(
            f"第{n}号新闻：某市第{n}个公园开放，市民纷纷前往\n本报讯 某市第{n}个公园昨天正式开放，占地{n + 10}公顷。"
            f"开放首日，前来游玩的市民超过{n + 1}千人。\n", encoding="utf-8")
    paths, standin = Paths(root / "corpus", root / "index"), HashingEmbedder()
    build_index(paths, standin)
    return AnswerPolicy(Retriever(load_checked(paths, standin), standin))


def test_several_articles_get_examples_of_their_own(news_policy):
    """The built-in examples are about the Caoe article; another corpus is offered its own, and each
    is answered: the list of articles, and one article's overview named by its title."""
    import app

    examples = app.shown_examples(news_policy)
    assert not set(examples) & set(app.EXAMPLES)
    answers = [news_policy.ask(example) for example in examples]
    assert all(answer.outcome == "overview" for answer in answers), examples
    assert answers[1].passages[0].doc == "n00.txt"  # 《第0号新闻》 names the first article


def test_the_list_of_many_articles_is_cut_short(news_policy):
    reply = news_policy.ask("收录了哪些文章？")
    assert reply.outcome == "overview" and "共收录 25 篇文章" in reply.message
    assert reply.message.count("《") == 20 and "另有 5 篇" in reply.message


def test_how_old_a_subject_was_is_answered_by_an_age_in_chinese_numerals():
    """The age is said of the person in the sentence before ("他…享年八十六岁"), in Chinese numerals."""
    from qa.store.lexical import LexicalIndex

    texts = ["尼古拉·特斯拉（Nikola Tesla）是一位发明家。",
             "特斯拉晚年生活困顿。1943年1月7日，他在纽约去世，享年八十六岁。",
             "爱迪生推广直流电。"]
    lexical = LexicalIndex(texts)
    terms = key_terms("How old was Tesla when he died?", lexical)
    assert Evidence([_news_passage(texts[1], "Nikola Tesla")], lexical).missing(terms) == []
    assert Evidence([_news_passage(texts[2], "Nikola Tesla")], lexical).missing(terms) != []


@pytest.mark.parametrize(("question", "reason"), [
    ("皮逻阁统一洱海地区后被唐玄宗封为什么？", False),  # 封为 + 什么: a title asked, not a reason
    ("这一事件后来被称为什么？", False),
    ("南诏为什么被称为南诏？", True),
    ("为什么要建人才公寓？", True),
])
def test_a_name_asked_after_wei_is_no_reason_asked(policy, question, reason):
    assert key_terms(question, policy.lexical).asks_reason is reason


def test_vague_times_of_old_are_not_terms(policy):
    """甪直古称甫里 answers "甪直古时候叫什么名字" (jieba tags 古时候 a noun; 而来 a time)."""
    assert "古时候" not in key_terms("甪直古时候叫什么名字？", policy.lexical).terms
    assert "而来" not in key_terms("二胡是从哪种古代乐器发展而来的？", policy.lexical).names


def test_a_rare_character_alone_is_a_name_to_find(policy):
    assert key_terms("“䶮”字是根据什么意思造出来的？", policy.lexical).names == ["䶮"]
    assert key_terms("这个字是什么意思？", policy.lexical).names == []


def test_a_courtesy_name_asked_for_is_found_only_where_one_is_given():
    from qa.ingest.words import COURTESY_NAMES

    assert _missing_in("苏轼字什么？", "苏轼（1037年—1101年），字子瞻，号东坡居士，眉州眉山人。") == []
    missing = _missing_in("苏轼字什么？", "苏轼（1037年—1101年），眉州眉山人，北宋文学家。")
    assert len(missing) == 1 and missing[0].endswith(COURTESY_NAMES["字"])
    assert _missing_in("李纲的谥号是什么？", "李纲病逝于福州，宋孝宗时追谥“忠定”。") == []


def test_the_name_whose_courtesy_name_is_asked_keeps_no_zi_or_hao():
    """jieba would take 于谦号 for the name; 自号 is a word of its own."""
    from qa.ingest.words import COURTESY_NAMES
    from qa.store.lexical import LexicalIndex

    lexical = LexicalIndex(["于谦，字廷益，号节庵，浙江钱塘人。", "韩世忠，字良臣，晚号清凉居士。"])
    assert key_terms("于谦号什么", lexical).names == ["于谦"]
    assert key_terms("韩世忠晚年自号什么？", lexical).terms == ["韩世忠", COURTESY_NAMES["号"]]


def test_the_paragraph_giving_a_courtesy_name_answers_for_it(embedder, tmp_path):
    """Every paragraph of a biography names its subject; one gives his courtesy name (字子瞻), another
    the name he gave himself (自号东坡居士). With the real model."""
    from qa.retrieval.retriever import Retriever
    from qa.settings import Paths
    from qa.store.build import build_index, load_checked

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "sushi.txt").write_text(
        "苏轼\n\n"
        "苏轼（1037年—1101年），字子瞻，眉州眉山人，北宋文学家、书画家，与父亲苏洵、弟弟苏辙合称“三苏”，均在“唐宋八大家”之列。他的诗题材广阔，清新豪健，善用夸张比喻，独具风格；词开豪放一派，与辛弃疾同是豪放派代表，并称“苏辛”。\n\n"
        "嘉祐二年，苏轼与弟弟苏辙同科进士及第，主考官欧阳修读了苏轼的文章，称赞苏轼将来必定独步天下。此后苏轼历任凤翔府签判、杭州通判以及密州、徐州、湖州知州，苏轼在各地兴修水利、赈济灾民，颇有政声，杭州西湖的苏堤就是苏轼主持修筑的。\n\n"
        "元丰二年，苏轼因乌台诗案被捕入狱，在狱中关押了一百多天。出狱后苏轼被贬为黄州团练副使，苏轼在黄州城东的山坡上开荒种地，自号东坡居士，并写下了《念奴娇·赤壁怀古》和前后《赤壁赋》等名篇，这是苏轼创作的高峰时期。\n\n"
        "苏轼晚年先后被贬到惠州和儋州，儋州在当时是极为偏远的海岛，苏轼在那里办学授徒，培养了海南第一位举人。直到宋徽宗即位后苏轼才遇赦北还，1101年苏轼在常州去世，终年六十五岁，南宋时追谥文忠。\n\n"
        , encoding="utf-8")
    paths = Paths(tmp_path / "corpus", tmp_path / "index")
    build_index(paths, embedder)
    policy = AnswerPolicy(Retriever(load_checked(paths, embedder), embedder))
    for question, given in (("苏轼字什么？", "字子瞻"), ("蘇軾的號是什麼？", "自号东坡居士")):
        reply = policy.ask(question)
        assert given in reply.passages[0].text and reply.outcome == "answered", (question, reply.passages[0].text)


@pytest.mark.parametrize(("question", "focus"), [("钯的沸点是多少摄氏度？", "沸点"),
                                               ("人才公寓的建筑面积是多少平方米？", "建筑面积")])
def test_the_unit_an_amount_is_asked_in_is_not_its_focus(policy, question, focus):
    """"沸点是多少摄氏度" asks the boiling point: a passage giving a melting point in 摄氏度 lacks it."""
    assert key_terms(question, policy.lexical).focus == focus
    assert _missing_in("钯的沸点是多少摄氏度？", "钯的熔点为一千五百五十五摄氏度。") == ["沸点"]


@pytest.mark.parametrize(("question", "measure"), [("短䲟一次能产多少粒卵？", "粒"), ("鸮鹦鹉每窝产几枚蛋？", "枚"),
                                                 ("《天工开物》全书一共有多少字？", "字")])
def test_a_count_asked_in_a_classifier_must_be_counted_in_it(policy, question, measure):
    """A book counted in 卷 is no answer to how many 字 it has."""
    assert key_terms(question, policy.lexical).measure == measure
    assert _missing_in("《天工开物》全书一共有多少字？", "《天工开物》全书分上中下三卷，共十八篇。") != []
    assert _missing_in("《天工开物》全书一共有多少字？", "《天工开物》全书共十八篇，约六万二千字。") == []


@pytest.mark.parametrize(("question", "measure"), [
    ("王某最后被判了几年？", DURATION), ("那场洪水持续了多久？", DURATION), ("她在医院住了几个月？", DURATION),
    ("How long did the flood last?", LONG),
    ("开斋活动已经办到第几年了？", None),  # an ordinal
    ("近几年曹娥街道有什么变化？", None),  # "these last years": no question word
])
def test_a_length_of_time_is_asked_by_its_question_words_alone(policy, question, measure):
    assert key_terms(question, policy.lexical).measure == measure


@pytest.mark.parametrize(("question", "event"), [
    ("万顺大厦竣工时间", "竣工"), ("万顺大厦的竣工时间是什么时候？", "竣工"), ("双方的签约日期是哪天", "签约"),
    ("completion date of the Wanshun building", "completion"), ("Wanshun building opening date?", "opening"),
    ("When is the date of the signing?", "signing"), ("year of founding of the company", "founding"),
    ("万顺大厦竣工时间是什么", "竣工"), ("签约日期是几号", "签约"),  # the time noun is what is asked
    ("What is the official opening date of the crab season?", "opening"),
    ("那场车祸事故日期", "事故"),  # a date is asked of a common noun too
    ("外交部发言人回应的具体日期", "回应"), ("双方签合作协议的日期", "协议"),  # 的 and how exact between
])
def test_a_time_noun_asks_the_time_of_the_event_before_it(policy, question, event):
    terms = key_terms(question, policy.lexical)
    assert terms.asks_time and terms.focus == event, (terms.asks_time, terms.focus)
    assert not {"时间", "日期", "年份", "日子"} & set(terms.names), terms.names  # it asks a time, names none


@pytest.mark.parametrize("question", ["施工时间多长？", "How long did the total time of the trip take?",
                                      "万顺大厦施工时间确定了吗？", "What is the population this year?",
                                      "竣工时间有什么变化？", "What changed in the completion date?"])
def test_a_time_noun_after_a_length_asked_or_no_event_asks_no_date(policy, question):
    assert not key_terms(question, policy.lexical).asks_time


def test_a_query_opening_with_the_time_it_asks_asks_it_of_the_event(policy):
    terms = key_terms("year Geely acquired Volvo", policy.lexical)
    assert terms.asks_time and terms.events == ["acquired"]
    assert not key_terms("day trips from Shaoxing", policy.lexical).asks_time  # nothing happened


@pytest.mark.parametrize(("question", "text", "dated"), [
    ("那座大桥的竣工时间是什么时候？", "那座大桥全长1200米，由省交通集团承建，竣工后将缓解交通压力。", False),
    ("那座大桥的竣工时间是什么时候？", "那座大桥全长1200米，已于2019年10月竣工通车。", True),
    ("completion date of the bridge", "那座大桥全长1200米，由省交通集团承建，完工后将缓解交通压力。", False),
    ("completion date of the bridge", "那座大桥全长1200米，已于2019年10月完工通车。", True),
])
def test_a_time_asked_through_a_time_noun_needs_a_date_of_the_event(question, text, dated):
    assert (_missing_in(question, text) == []) == dated


@pytest.mark.parametrize(("question", "text", "dated"), [
    # a date opening the sentence before sets the day of what the report tells after it
    ("民警是哪天赶到现场的？", "10月16日，水库浮出一具女尸。接警后，民警赶到现场，发现死者身上有刀伤。", True),
    ("民警是哪天赶到现场的？", "这座水库于2010年建成，景色优美。接警后，民警赶到现场，发现死者身上有刀伤。", False),
    # the year the question names itself tells which cases, not when they were published
    ("市局公布2016年度十大典型案件的日期", "市局公布了2016年度十大典型案件。", False),
    ("市局公布2016年度十大典型案件的日期", "3月15日，市局公布了2016年度十大典型案件。", True),
    # a birth is dated by the date before 生, as court papers and short biographies write it
    ("被告李军是哪年出生的？", "被告：李军，男，1969年5月18日生，汉族，住涟水县。", True),
    ("被告李军是哪年出生的？", "被告：李军，男，汉族，住涟水县。2016年生产的钢材运抵工地。", False),
])
def test_where_a_report_dates_an_event(question, text, dated):
    assert (_missing_in(question, text) == []) == dated


def test_a_death_asked_when_is_the_event_to_date(policy):
    """jieba tags 过世 a time: "哪一年过世" asks the date of the death, which a birth date is not."""
    terms = key_terms("勒沙特列是哪一年过世的？", policy.lexical)
    assert terms.focus == "过世" and terms.asks_time and "过世" not in terms.names
    born = "亨利·路易·勒沙特列于1850年10月8日出生于巴黎，后来长期在法兰西学院任教。"
    assert _missing_in("勒沙特列是哪一年过世的？", born) != []
    assert _missing_in("勒沙特列是哪一年过世的？", born + "他于1936年9月17日在伊泽尔省过世。") == []


PROFIT_RATE = "那家工厂的利润率是多少？"
GAP = "大货车的内轮差比小型车大多少米？"
PER_FLAT = "人才公寓每套平均多大？"
TAX_SHARE = "What percentage of the factory's sales revenue goes to tax?"


@pytest.mark.parametrize(("question", "text", "stated"), [
    # a share, difference or average the reader would have to work out from the figures is not given
    (PROFIT_RATE, "该工厂年销售收入150亿元，年利润18.74亿元。", False),
    (PROFIT_RATE, "该工厂年销售收入150亿元，利润率约12.5%。", True),
    (GAP, "大货车的内轮差可达2米，小型车的内轮差约0.5米。", False),
    (GAP, "大货车的内轮差比小型车大1.5米左右。", True),
    (PER_FLAT, "人才公寓总建筑面积约32万平方米，共2000套。", False),
    (PER_FLAT, "人才公寓每套平均面积约160平方米。", True),
    (TAX_SHARE, "该工厂年销售收入150亿元，年税收6.55亿元。", False),
    (TAX_SHARE, "该工厂年销售收入150亿元，税收约占4.4%。", True),
])
def test_a_derived_figure_must_be_stated_not_left_to_work_out(question, text, stated):
    assert (_missing_in(question, text) == []) == stated


@pytest.mark.parametrize("question", ["2022年哪家企业被评为浙江省制造业重点行业亩均效益领跑者？",  # a title
                                      "晶盛机电是2020年获评亩均效益领跑者的吗？",  # whether, a claim checked apart
                                      "How many times was the courier stabbed?",  # occasions, not a multiple
                                      "How big is the inner wheel difference of a large truck?"])  # a measure's name
def test_a_question_asking_no_figure_of_that_kind_asks_none(policy, question):
    assert key_terms(question, policy.lexical).derived is None


SEALED = "那家被消防当场查封的酒吧叫什么名字？"
VISITED = "检查组先后深入威图酒吧、诺信网吧等公共娱乐场所。"


@pytest.mark.parametrize(("question", "text", "named"), [
    # a name given where the description is not said is another bar's
    (SEALED, VISITED + "检查中发现一酒吧擅自营业，已被消防部门当场查封。", False),
    (SEALED, VISITED + "检查中发现诺信酒吧擅自营业，已被消防部门当场查封。", True),
    ("那家酒吧叫什么名字？", VISITED + "检查中发现一酒吧擅自营业，已被消防部门当场查封。", True),
    ("女友坠楼的那家KTV叫啥", "男子的女友在一家ktv的卫生间坠楼，身上多处骨折。", False),  # a Latin noun asked
    ("女友坠楼的那家KTV叫啥", "男子的女友在“金曲汇”ktv的卫生间坠楼，身上多处骨折。", True),
])
def test_the_name_of_a_described_thing_is_given_where_the_description_is(question, text, named):
    assert (_missing_in(question, text) == []) == named


FRIEND = "钟某那个被打晕的朋友叫什么名字？"
COMPANY_NAME = "马某某的货车挂靠的那家运输公司叫什么名字？"


@pytest.mark.parametrize(("question", "text", "lacking"), [
    (FRIEND, "而这名男子，是钟某的朋友。", "朋友的名字"),  # the possessor is no name of the friend
    (FRIEND, "钟某的朋友李某某被周某等人打晕。", None),
    ("What was the name of Zhong's friend who was beaten unconscious?", "而这名男子，是钟某的朋友。", "name of friend"),
    ("What was the name of Zhong's friend who was beaten unconscious?", "钟某的朋友李某某被周某等人打晕。", None),
    (COMPANY_NAME, "马某某驾驶的货车，系挂靠在崇州市某运输公司名下。", "公司的名字"),
    (COMPANY_NAME, "马某某驾驶的货车，系挂靠在崇州市顺达运输公司名下。", None),
    ("那档节目叫什么？", "昨晚，一档乡村节目在灌云录制，节目组表示很顺利。", "节目的名字"),
    ("那档节目叫什么？", "昨晚，《美丽乡村快乐行—走进灌云》节目在灌云录制。", None),  # quoted, a word asked in it
    ("君乐宝奶粉事业部的总经理叫啥？", "君乐宝奶粉事业部总经理刘森淼语气中透露着兴奋。", None),  # a name jieba cuts
    ("那个老人叫什么名字？", "后来，小编找到了救人的这位中年男子。", None),  # the noun not written: not judged
    ("那个走失的男孩叫什么名字？", "温州男孩走失的消息牵动了网友的心。", "男孩的名字"),  # where he is from
    ("那个胖男子，叫什么名字？", "一名男子以找零钱的方式诈骗商户。", "男子的名字"),
    ("她打鼻环的那家店叫什么名字？", "她在路边一家小店打了鼻环。", "店的名字"),
    ("她打鼻环的那家店叫什么名字？", "她在“小美”美甲店里打了鼻环。", None),
])
def test_a_name_asked_needs_a_name_beside_the_noun(question, text, lacking):
    names_missing = [m for m in _missing_in(question, text) if "名字" in m or "姓名" in m or "name of" in m]
    assert names_missing == ([lacking] if lacking else []), names_missing


@pytest.mark.parametrize(("question", "origin", "place"), [
    ("扒手杨某是哪里人？", True, False),
    ("那个女演员是哪國人？", True, False),
    ("程某龙的老家到底是哪儿的？", True, False),
    ("Where is the pickpocket suspect Yang from?", True, False),
    ("Where is Hu, the chemist Wang poisoned, originally from?", True, False),
    ("楊某是在哪裡被巡邏警察抓到的？", False, True),
    ("刘阿姨家住在哪里？", False, True),
    ("Where did Liuzhou police bring back the suspect from?", False, True),
    ("Where is the test aircraft being moved to from Shanghai Pudong?", False, True),  # not where it is from
    ("After the killing, where did Cheng flee to find work?", False, True),
    ("文中提到的快递员来自哪家快递公司？", False, False),  # a company asked, not a hometown
    ("问题出在哪里？", False, False),
    ("What did Zhang sell at the shop where he worked?", False, False),  # a relative clause, not a question
])
def test_a_place_asked_is_where_someone_is_from_or_where_something_is(policy, question, origin, place):
    terms = key_terms(question, policy.lexical)
    assert (terms.asks_origin, terms.asks_place) == (origin, place)


@pytest.mark.parametrize(("sentence", "origin"), [
    ("据了解，死者武某平，肥乡区人，正在工地上干活。", True),
    ("日前，潮阳籍男子郑某辉被查酒驾。", True),
    ("朱某来自云南，17岁时第一次接触毒品。", True),
    ("一位60岁的青岛老人被保健品骗走了6万多块钱。", True),  # a place before a person
    ("这位缅甸的女明星，是一名剧场演员。", True),
    ("工人在工地上摔伤，被工友送往医院。", False),
    ("广东揭阳一家工厂昨晚起火。", False),  # a place before a factory is where it is
])
def test_where_someone_is_from_is_said_in_so_many_words_or_by_a_place_before_the_person(policy, sentence, origin):
    assert Evidence._of_text(sentence, policy.lexical).gives_origin() == origin


@pytest.mark.parametrize(("sentence", "placed"), [
    ("禁毒支队民警在塘沽某小区一住户内将嫌疑人王某抓获。", True),
    ("飞机随后在加尔各答机场紧急着陆。", True),
    ("男童坠落在2楼露台遮雨棚，幸无生命危险。", True),  # jieba's 坠落在: a verb with its preposition
    ("家人赶紧把他送到广州军区武汉总医院急诊科。", True),
    ("今年26岁的王某本科毕业于中山大学。", True),  # an institution is where one studied
    ("民警在辖区巡逻时抓获扒窃嫌疑人1人。", False),  # "there", not where
    ("在她17岁时，一次偶然的机会，她接触到了毒品。", False),
    ("目前，嫌疑人杨某已被刑事拘留。", False),
])
def test_a_sentence_sets_a_place_after_a_preposition_of_place(policy, sentence, placed):
    assert Evidence._of_text(sentence, policy.lexical).sets_place() == placed


@pytest.mark.parametrize(("question", "area", "place"), [
    ("曹娥街道属于哪个区？", "区", False),
    ("曹娥街道屬於哪個區？", "区", False),
    ("曹娥街道在哪个区？", "区", False),  # the area, not just any place
    ("跪地抢救老人的张军是哪个镇的党委书记？", "镇", False),
    ("熊心顺老家是哪个村的？", None, False),  # where someone is from (老家)
    ("保释以后，她必须待在哪一个省？", "省", False),
    ("他是哪个省的人？", None, False),  # where someone is from
    ("熊心顺是哪个村的人？", None, False),  # where someone is from, too
    ("新厂建在哪个区域？", None, True),  # 区域 is no area's name: a place is asked
    ("人才公寓在哪里？", None, True),
])
def test_an_area_asked_by_its_one_character_is_asked_by_kind(policy, question, area, place):
    terms = key_terms(question, policy.lexical)
    assert (terms.area, terms.asks_place) == (area, place)


@pytest.mark.parametrize(("question", "sentence", "named"), [
    ("曹娥街道属于哪个区？", "今年以来，上虞区曹娥街道深刻把握发展定位。", True),  # jieba: 上虞/区
    ("曹娥街道属于哪个区？", "随着今年初上虞区委区政府提出建设“青春之城”主战略。", True),
    ("骆驼街道属于哪个区？", "家住宁波市镇海区骆驼街道的王女士报了警。", True),
    ("俞金芬家住哪个村？", "去年，瑶均村的桔农俞金芬家倒掉了八九万斤柑桔。", True),  # jieba tags 瑶均村 as no place
    ("清洁饮水设施建在哪个市？", "今年将在西爪哇省井里汶市再建设5处清洁饮水设施。", True),  # 井里汶/市
    ("偷电动车被电死那事发生在哪个市？", "不久前，武汉刘先生遇到了这件事。", True),  # a city named bare
    ("偷电动车被电死那事发生在哪个区？", "不久前，武汉刘先生遇到了这件事。", False),  # a district is not
    ("曹娥街道属于哪个区？", "同时，街道着力打造湾区高能级先进智造基地。", False),  # a word ending in 区, no place
    ("园区属于哪个区？", "园区位于经济开发区核心区。", False),
    ("余墨是哪个区的民警？", "武汉开发区民警余墨就是商圈的大管家。", True),
    ("乌什县西边挨着哪个县？", "新疆乌什县的朋友发信息问壁挂炉品牌。", False),  # 新疆 is no county
    ("曹娥街道属于哪个区？", "曹娥街道坚持高位谋划，聚焦前沿赛道。", False),
])
def test_a_sentence_names_the_area_asked_by_a_place_name_of_that_kind(policy, question, sentence, named):
    terms = key_terms(question, policy.lexical)
    assert Evidence._of_text(sentence, policy.lexical).names_area(terms) == named


@pytest.mark.parametrize("question", ["曹娥街道属于哪个区？", "曹娥街道屬於哪個區？"])
def test_the_area_asked_is_answered_by_the_sentence_naming_it(assistant, question):
    """Every paragraph names 曹娥街道; the one answering names the district it belongs to."""
    answer = assistant.ask(question)
    first = answer.passages[0]
    assert answer.outcome == "answered" and "上虞区" in first.sentence, first.sentence


@pytest.mark.parametrize("question", ["谁是曹娥街道的书记？", "誰是曹娥街道的書記？", "请问谁是曹娥街道的书记"])
def test_who_asked_first_asks_what_the_name_after_it_is(policy, question):
    """谁是X的书记 asks what X的书记是谁 does: the office, not the name before it."""
    terms = key_terms(question, policy.lexical)
    assert (terms.focus, terms.name_of) == ("书记", "书记"), (terms.focus, terms.name_of)


def test_an_office_holder_the_article_never_names_is_missing_when_who_comes_first(assistant):
    answer = assistant.ask("谁是曹娥街道的书记？")
    assert answer.outcome != "answered" and "书记" in answer.missing, (answer.outcome, answer.missing)


@pytest.mark.parametrize(("question", "located"), [
    ("曹娥街道在哪里？", "曹娥街道"),
    ("鸿雁社区位于什么地方", "鸿雁社区"),
    ("那家酒店具体在哪儿呀", "酒店"),  # 那家 and 具体 only point and qualify
    ("垃圾處理場在什麼位置？", "垃圾处理场"),
    ("Where is Caoe subdistrict located?", "caoe subdistrict"),
    ("Where is the school the ambassador visited in Jakarta located?", "the school"),  # which one: no head
    ("Where is the building that caught fire?", "the building"),
    ("Where is the bank of the river?", "the bank of the river"),
    ("嫌疑人在哪里被抓的？", None),  # where something happened
    ("事故发生在哪里？", None),  # a verb before 在: where it happened, too
    ("李某把两个小孩藏在哪了？", None),  # jieba tags 藏 as no verb; it is no noun either
    ("曹娥街道属于哪个区？", None),  # an area, by its kind
    ("Where was Yang caught?", None),
    ("Where is Yang from?", None),
])
def test_where_something_stands_is_asked_of_what_the_question_names(policy, question, located):
    assert key_terms(question, policy.lexical).located == located


@pytest.mark.parametrize(("question", "sentence", "locates"), [
    ("曹娥街道在哪里？", "今年以来，上虞区曹娥街道深刻把握发展定位。", True),  # 上虞/区 before it
    ("鸿雁社区在哪儿？", "绍兴地区首个未来社区——曹娥街道鸿雁社区，备受创业者关注。", True),
    ("浸水村在哪儿", "近日，家住涪城区石塘镇浸水村的刘阿姨来电反映。", True),  # no word of the question is a term
    ("渭水便桥在哪儿", "执失思力率先到达离长安城不远的渭水便桥。", True),  # in the phrase before 的
    ("那家酒店在哪？", "近日，在桂林琴潭汽车站十字路口某酒店，民警抓获一名嫌疑人。", True),
    ("曹娥街道在哪里？", "已拥有81家上市公司的曹娥街道，在主体升级上加大力度。", False),  # no place, a locative
    ("聚英社区在哪？", "绍兴地区首个未来社区——曹娥街道鸿雁社区，备受创业者关注。", False),  # another community
    ("福禄镇的垃圾处理场在哪？", "记者从福禄镇宣传处获悉，垃圾已完成压缩。", False),  # the place the question names
    ("卧龙智慧新能源产业园在哪里？", "总投资60亿元打造的卧龙智慧新能源产业园，达产后年利润18.74亿元。", False),
])
def test_a_sentence_says_where_what_is_asked_of_stands(policy, question, sentence, locates):
    terms = key_terms(question, policy.lexical)
    assert Evidence._of_text(sentence, policy.lexical).locates(terms) == locates


@pytest.mark.parametrize(("question", "text", "lacking"), [
    ("卧龙集团在哪里？", "卧龙集团收获全省制造业高质量发展两项殊荣。", "位置"),
    ("卧龙集团在哪里？", "卧龙集团位于上虞区曹娥街道。", None),
    ("Where is the Wolong Group located?", "卧龙集团收获全省制造业高质量发展两项殊荣。", "location"),
])
def test_where_something_stands_asked_needs_a_sentence_saying_it(question, text, lacking):
    location_missing = [m for m in _missing_in(question, text) if m in ("位置", "location")]
    assert location_missing == ([lacking] if lacking else []), location_missing


def test_where_something_stands_is_said_by_the_title_shown_with_the_passage():
    text = "曹娥街道坚持高位谋划，聚焦前沿赛道。"
    assert "位置" in _missing_in("曹娥街道在哪里？", text, title="曹娥街道奋力打造青春之城")
    assert "位置" not in _missing_in("曹娥街道在哪里？", text, title="上虞区曹娥街道奋力打造青春之城")


def test_where_the_article_s_subject_stands_is_marked_from_further_down(assistant):
    """The captions and paragraphs naming 曹娥街道 score alike; the one placing it (上虞区曹娥街道), a few
    passages down, goes first."""
    answer = assistant.ask("曹娥街道在哪里？")
    first = answer.passages[0]
    assert answer.outcome == "answered" and "上虞区曹娥街道" in first.sentence, first.sentence
    assert len(answer.passages) == 5


def test_where_a_project_stands_is_missing_when_the_article_never_says(assistant):
    answer = assistant.ask("卧龙智慧新能源产业园建在哪里？")
    assert answer.outcome == "partial" and "位置" in answer.missing, (answer.outcome, answer.missing)


@pytest.mark.parametrize(("question", "predicate"), [
    ("大麥嶼查到的那些違法抽水泵，後來有沒有被拆掉？", "拆掉"),
    ("余墨有没有因为建快反微信群受到上级表彰？", "表彰"),  # 受到 only carries it
    ("鸿雁社区的人才公寓已经开始接受入住申请了吗？", "申请"),
    ("那位摔倒的老人后来脱离危险没有？", "脱离危险"),  # a set phrase; 没有 asks
    ("东茅岭派出所抓到的那个扒手是女的吗？", None),  # 是 ends the verbs: 女的 is what is asked
    ("张国宇是不是还在总成绩榜上排第一？", None),  # jieba's 榜/上排 is no verb of the question
    ("塘沽那个贩毒的王某现在被关起来了吗？", None),  # 关/起来: 起来 only gives the direction
    ("卧龙智慧新能源产业园总共投了60个亿吗？", None),  # no verb after the noun
    ("鸿雁社区那块，搞创业的人感不感兴趣？", None),  # 感/不感兴趣: jieba cut the words that ask
    ("对人才培育有帮助吗？", None),  # 有帮助 asks a judgement
    ("余墨为什么建快反微信群？", None),  # no yes or no asked
])
def test_a_yes_or_no_question_asks_whether_its_verb_holds(policy, question, predicate):
    assert key_terms(question, policy.lexical).predicate == predicate


PUMPS = "抽水泵后来有没有被拆掉？"
COMMENDED = "余墨有没有受到上级表彰？"


@pytest.mark.parametrize(("question", "verb", "texts", "lacking"), [
    (PUMPS, "拆掉", ["经排查发现，河岸均设有抽水泵，疑似违法取水。"], True),
    (PUMPS, "拆掉", ["经排查发现，河岸均设有抽水泵。", "目前这些抽水泵已全部拆除。"], False),
    (PUMPS, "拆掉", ["河岸均设有抽水泵。", "因老房子被意外拆除，男子进行报复。"], True),  # said of another thing
    ("那个肇事司机是隔了好几天才抓到的吗？", "抓到", ["当日下午，民警抓获肇事司机。"], False),  # 抓到 in 抓获
    (COMMENDED, "表彰", ["余墨萌生了构建安防快反圈的想法。"], True),
    (COMMENDED, "表彰", ["余墨受到公安局表彰。", "老王受到表彰。"], False),
    ("尹某被判了吗？", "被判", ["法院最终判处尹某有期徒刑8个月。"], False),  # without its passive 被
    ("这部电视剧会不会被停播？", "停播", ["电视台决定停止播出这部电视剧。"], False),  # abbreviated
    ("这部电视剧会不会被停播？", "停播", ["电视台公开了这部电视剧的预告。"], True),
])
def test_the_verb_a_yes_or_no_question_asks_must_be_said_of_what_it_asks_it_of(question, verb, texts, lacking):
    missing = _missing_in(question, *texts)
    assert (verb in missing) is lacking, missing


@pytest.mark.parametrize(("question", "sentence", "marks"), [
    ("驻马店12315今年春节收到的消费投诉是25起吗？", "12315投诉中心受理消费者咨询、投诉、举报159件。", False),
    ("驻马店12315今年春节收到的消费投诉是25起吗？", "其中咨询133件，投诉25件，举报1件。", True),
    ("楼宇经济项目里，已经建好的有15个吗？", "万顺大厦等8个建设项目已完工。", True),  # another number, its unit
    (PUMPS, "河岸均设有抽水泵，疑似违法取水。", False),
    (PUMPS, "这些抽水泵已被拆除。", True),
])
def test_a_yes_or_no_question_marks_a_sentence_saying_its_verb_or_its_figure(policy, question, sentence, marks):
    assert may_answer(sentence, key_terms(question, policy.lexical), policy.lexical) is marks


def test_a_yes_or_no_question_the_article_does_not_settle_is_flagged(assistant):
    answer = assistant.ask("鸿雁社区的人才公寓已经开始接受入住申请了吗？")
    assert answer.outcome == "partial" and "申请" in answer.missing, (answer.outcome, answer.missing)
    answer = assistant.ask("曹娥街道是否设立了人才引进工作专班？")
    assert answer.outcome == "answered" and not answer.missing, (answer.outcome, answer.missing)


@pytest.mark.parametrize(("question", "text", "lacking"), [
    ("那个摔死的工人是哪里人？", "工人在工地上摔伤，被工友送往医院，抢救无效死亡。", "籍贯"),
    ("那个摔死的工人是哪里人？", "死者武某平，肥乡区人，在工地上摔伤，抢救无效死亡。", None),
    ("Where was the worker who fell to his death from?", "工人在工地上摔伤，被工友送往医院，抢救无效死亡。",
     "hometown"),
    ("那个摔死的工人老家在哪？", "死者武某平，肥乡区人，在工地上摔伤。", None),  # 老家 asks the shape, not a word
])
def test_where_someone_is_from_asked_needs_a_sentence_saying_it(question, text, lacking):
    origin_missing = [m for m in _missing_in(question, text) if m in ("籍贯", "hometown", "老家")]
    assert origin_missing == ([lacking] if lacking else []), origin_missing


def test_the_first_holder_of_an_office_asked_is_not_a_later_one():
    later = "2003年，在总教练约翰·福克斯的带领下，黑豹队首度闯进超级碗。"
    assert "第一任" in _missing_in("黑豹队的第一任总教练是谁？", later)
    assert _missing_in("黑豹队的第一任总教练是谁？", "黑豹队的首任总教练是多姆·卡佩斯。") == []


def test_what_is_asked_of_a_document_s_subject_is_not_found_in_another_document():
    """Of one-paragraph articles, the subject is named by its own article's title only: another
    article's wife (段小楼的妻子) is no answer to 克吕西普的妻子是谁."""
    from qa.store.lexical import LexicalIndex

    texts = ["约公元前230年，克吕西普接替克里安西斯，成为斯多葛学派的第三任领袖。", "巩俐饰演段小楼的妻子菊仙。",
             "他的妻子名叫阿尔凯斯提斯。"]
    lexical = LexicalIndex(texts)
    terms = key_terms("克吕西普的妻子是谁？", lexical)
    other = Evidence([_news_passage(texts[0], "克吕西普"), _news_passage(texts[1], "霸王别姬")], lexical)
    own = Evidence([_news_passage(texts[0], "克吕西普"), _news_passage(texts[2], "克吕西普")], lexical)
    assert other.missing(terms) == ["克吕西普的妻子"]
    assert own.missing(terms) == []


@pytest.mark.parametrize(("question", "name"), [
    ("䶮字怎么读？", "䶮"),  # unquoted: the 字 after it is no part of the name
    ("短䲟又叫做什么？", "短䲟"),  # jieba leaves 短 and 䲟 apart
    ("刘䶮哪一年称帝？", "刘䶮"),
])
def test_a_name_with_a_rare_character_is_a_name_to_find(policy, question, name):
    terms = key_terms(question, policy.lexical)
    assert terms.names == [name] and name in terms.terms


@pytest.mark.parametrize(("question", "about_title"), [
    ("这篇文章的题目是什么？", True),
    ("What is the title of this article?", True),
    ("杨堃的博士论文题目是什么？", False),
    ("What is the title of his first book?", False),
])
def test_the_title_passage_is_ranked_only_for_a_document_s_own_title(question, about_title):
    from qa.retrieval.policy.overview import mentions_title

    assert mentions_title(question) is about_title


@pytest.mark.parametrize(("text", "told"), [("泰山之名取自《周易》的泰卦。", True), ("泰山因山势高大而得名。", True),
                                           ("泰山以周易泰卦命名。", True), ("泰山位于山东省中部，海拔1545米。", False)])
def test_where_a_name_comes_from_is_its_reason(text, told):
    assert (_missing_in("泰山这个名字是怎么来的？", text) == []) == told


@pytest.mark.parametrize(("text", "dated"), [("这座桥于一九五七年建成通车。", True), ("这座桥于1957年建成通车。", True),
                                            ("这座桥用了三年才建成通车。", False)])
def test_a_year_in_chinese_numerals_dates_an_event(text, dated):
    assert (_missing_in("这座桥是哪一年建成的？", text) == []) == dated


@pytest.mark.parametrize("question", ["决赛的最终比分是多少？", "決賽最後的比數是多少？"])
@pytest.mark.parametrize(("text", "scored"), [("决赛中主队以3比1战胜客队。", True), ("决赛中主队以32：29险胜。", True),
                                             ("决赛在晚上八点开始，主队获胜。", False)])
def test_a_score_asked_for_is_given_by_two_numbers(question, text, scored):
    """比數 is how Taiwan writes 比分; a passage gives either as 3比1."""
    assert (_missing_in(question, text) == []) == scored


@pytest.mark.parametrize(("question", "text", "given"), [
    ("这座铜像有多重？", "这座铜像重约3.5吨，由青铜铸成。", True),
    ("这座铜像有多重？", "这座铜像高12米，由青铜铸成。", False),  # a height is no weight
    ("那口井有多深？", "那口井深约四十丈，至今仍有井水。", True),
    ("那口井有多深？", "那口井开凿于明代，至今仍有井水。", False),
    ("How heavy is the bronze statue?", "这座铜像重约3.5吨，由青铜铸成。", True),
    ("weight of the bronze statue", "这座铜像高12米，由青铜铸成。", False),
    ("how deep is the reservoir", "这座水库最深处约四十米，至今仍在供水。", True),
    ("How deep is the reservoir?", "这座水库建于上世纪七十年代，至今仍在供水。", False),
    ("How far is the village from the county town?", "村子离县城约15公里，交通便利。", True),
    ("How far is the village from the county town?", "村子离县城不远，交通便利。", False),
    ("floor area of the factory workshop", "这个工厂的车间建筑面积约3000平方米。", True),
    ("floor area of the factory workshop", "这个工厂的车间位于工业区东侧。", False),
])
def test_a_dimension_asked_is_given_in_its_units(question, text, given):
    assert (_missing_in(question, text) == []) == given


@pytest.mark.parametrize(("text", "counted"), [("空难造成23人死亡，其中包括8名球员。", True),
                                             ("空难发生在1958年2月，球员们刚参加完比赛。", False)])
def test_a_count_in_ge_is_given_in_any_measure_word(text, counted):
    """个 is the general measure word: 多少个球员 is answered by 8名球员."""
    assert (_missing_in("这次空难有多少个球员遇难？", text) == []) == counted


@pytest.mark.parametrize(("question", "measure"), [
    ("Which firms are in the area of the new park?", None), ("How high is the growth rate?", None),  # no dimension
    ("How high is the new bridge?", "高"), ("land area of the new park", "面积"), ("how far is it", "远"),
])
def test_an_english_dimension_is_asked_by_how_or_by_its_noun(policy, question, measure):
    assert key_terms(question, policy.lexical).measure == measure


def test_multiple_is_no_weight_asked(policy):
    """多重 is "multiple" here; what is asked is a length of time, 多久."""
    assert key_terms("多重抗药性结核病的疗程要多久？", policy.lexical).measure == DURATION


def test_which_of_a_count_is_asked_by_na_ji(policy):
    """哪几位工程师 asks which engineers, as 哪些 does; 几位工程师 asks how many; of a count the question
    gives (那3位工程师), 哪几位 asks them named (see enumerates)."""
    assert key_terms("这项技术是由哪几位工程师发明的？", policy.lexical).counted is None
    assert key_terms("这项技术是由几位工程师发明的？", policy.lexical).counted == "几位"
    assert key_terms("那3位工程师分别是哪几位？", policy.lexical).enumerates
    assert key_terms("街道确定的几个定位分别是什么？", policy.lexical).counted is None


@pytest.mark.parametrize("question", ["What is another name for West Lake?", "How long ago was the bridge built?",
                                      "他在军中的绰号是什么？", "这个队名是从哪来的？"])
def test_words_that_only_frame_the_answer_are_no_terms(policy, question):
    terms = key_terms(question, policy.lexical).terms
    assert not {"another", "ago", "绰号", "队名"} & set(terms), terms


def test_a_name_s_origin_is_asked_as_a_reason(policy):
    assert key_terms("曹娥街道的名字是怎么来的？", policy.lexical).asks_reason
    assert key_terms("泼水节这个名称的由来是什么？", policy.lexical).asks_reason


def test_short_participles_and_plural_page_nouns_are_no_terms(policy):
    """"the photos used on this page": neither "used" nor "photos" is something the page must name."""
    assert key_terms("Who supplied the photos used on this page?", policy.lexical).terms == []


@pytest.mark.parametrize("question", ["How large is Caoe subdistrict in square kilometres?",
                                      "曹娥街道的面积有多少平方公里？"])
def test_a_unit_asked_needs_a_number_in_that_unit(policy, question):
    """32万平方米 of one building is no area of the subdistrict in square kilometres."""
    terms = key_terms(question, policy.lexical)
    assert terms.measure == "平方公里"
    in_metres = Evidence([_news_passage("该社区总建筑面积约32万平方米。", "曹娥街道")], policy.lexical)
    in_kilometres = Evidence([_news_passage("曹娥街道面积约38.6平方千米。", "曹娥街道")], policy.lexical)
    assert terms.counted in in_metres.missing(terms) and terms.counted not in in_kilometres.missing(terms)


def test_a_name_the_corpus_writes_whole_is_not_named_by_a_piece_of_it(policy):
    """曹娥江 (the river, and its resort) is not the 曹娥 of 曹娥街道, in the passage or the title."""
    terms = key_terms("曹娥江旅游度假区的面积有多大？", policy.lexical)
    title = "上虞区曹娥街道以“青春之城”聚青春之力"
    other = Evidence([_news_passage("曹娥街道鸿雁社区总建筑面积约32万平方米。", title)], policy.lexical)
    its_own = Evidence([_news_passage("曹娥江旅游度假区规划面积约20平方公里。", title)], policy.lexical)
    assert other.missing(terms) and its_own.missing(terms) == []


def test_who_wrote_a_document_without_a_byline_is_searched(news_policy, policy):
    """An encyclopedia article 《镜花缘》 has no byline: "《镜花缘》是谁写的" asks who wrote the novel."""
    assert news_policy.ask("《第3号新闻：某市第3个公园开放》是谁写的？").outcome != "overview"
    assert news_policy.ask("《第3号新闻：某市第3个公园开放》讲了什么？").outcome == "overview"
    answer = policy.ask("《聚力向高而攀 勇毅向新而行》是谁写的？")
    assert answer.outcome == "overview" and answer.passages[0].kind == "byline"


def test_a_character_the_asker_quotes_is_a_term(policy):
    assert key_terms("古代的“鞠”里面填充的是什么？", policy.lexical).terms == ["鞠"]


def test_what_is_missing_is_named_without_the_question_word(policy):
    terms = key_terms("比喻高洁品格的“澧兰沅芷”典出屈原的哪篇作品？", policy.lexical)
    assert terms.asked_of == "澧兰沅芷的作品"


@pytest.mark.parametrize(("question", "text"), [
    ("明朝时鲥鱼靠什么保鲜？", "明代鲥鱼作为贡品，用冰窖保鲜。"),  # a dynasty's other form
    ("宋朝末年杭州的酒楼叫什么名字？", "宋末杭州最有名的酒楼是丰乐楼。"),  # a dynasty's end
    ("水杉的叶子到了秋天变成什么颜色？", "水杉入秋后叶子的颜色变为棕红色。"),  # a season's
    ("魏格纳认为远古时的超级大陆叫什么？", "魏格纳把各大陆连成的超级大陆称为泛大陆。"),  # a vague time of old
    ("同仁堂的创始人是谁？", "同仁堂由浙江宁波人乐显扬于1669年在北京创办。"),  # a founder named by the founding
    ("同仁堂是谁创办的？", "同仁堂由浙江宁波人乐显扬于1669年在北京创办。"),
])
def test_a_fact_written_in_another_form_is_found(question, text):
    assert _missing_in(question, text) == []


def test_who_founded_it_needs_a_founder_named(policy):
    assert policy.ask("晶盛机电是谁创办的？").missing == ["创始人的姓名"]


@pytest.mark.parametrize(("question", "text", "lacking"), [
    # the kind asked is only instantiated: a name or coinage ending in its character, a count of it
    ("Which river runs through Prague?", "布拉格位于伏尔塔瓦河两岸，是捷克的首都。", None),
    ("这幅画的山石用了哪种皴法？", "画中山石多用“披麻皴”，笔法圆润。", None),
    ("How many ships sailed with Zheng He in 1405?", "1405年，郑和率领62艘船从太仓出海。", None),
    ("How many episodes did the first season have?", "第一季于2011年播出，共10集。", None),  # 集 counts episodes
    ("How tall is the Palace of Culture and Science?", "市中心的文化科学宫高约237米。", None),  # asked any way
    # a kind of place or person is instantiated by a name in the sentence that says the rest
    ("Which city did the Mongol army capture in 1258?", "1258年，蒙古军队攻陷巴格达。", None),
    ("哪位北宋官员离任时不持一砚归？", "北宋时包拯任端州知州，离任时不持一砚归。", None),
    # another kind with the same last character, a dictionary word or ending in a common one, is none
    ("曹娥街道有哪家医院？", "绍兴文理学院上虞分院落户曹娥街道。", "医院"),
    ("附近有哪个地铁站？", "街道建成了网络党群驿站。", "地铁站"),
    ("Which city is the company based in?", "该公司成立于1998年，员工超过三千人。", "city"),
    # 域 says "area": the kind is the sea the name ends in
    ("郑和船队是在哪片海域遇到风暴的？", "郑和船队行至爪哇海时遇到了风暴。", None),
    ("郑和船队是在哪片海域遇到风暴的？", "郑和船队在途中遇到了风暴。", "海域"),
    # a first character meaning what the word does is the kind too (河 of 河流, "river")
    ("两国以哪条河流为界？", "两国以托博尔河为界。", None),
])
def test_a_kind_asked_is_found_in_a_thing_of_that_kind(question, text, lacking):
    missing = _missing_in(question, text)
    assert missing == [] if lacking is None else any(lacking in term for term in missing), missing


@pytest.mark.parametrize(("answer", "lacking"), [
    ("2015年，首支登革热疫苗在墨西哥获批上市。", None),
    # jieba tags 上市 as a place, but the dictionary knows it as "to hit the market": no country is named
    ("2015年，首支登革热疫苗获批上市。", "国家"),
])
def test_a_kind_is_named_where_its_word_is_written_of_something_else(answer, lacking):
    """国家 written in another passage (国家免疫规划) does not make the country named in the answer count less."""
    missing = _missing_in("第一支登革热疫苗在哪个国家获批？", answer, "这项计划已纳入国家免疫规划。")
    assert missing == [] if lacking is None else any(lacking in term for term in missing), missing


@pytest.mark.parametrize(("question", "lacking"), [
    ("考古队是哪一年找到马王堆汉墓的？", None),  # 发现 "to find" says 找到
    ("考古队是哪一年发掘马王堆汉墓的？", "发掘"),
])
def test_a_time_asked_is_dated_where_the_event_is_said_in_other_words(question, lacking):
    missing = _missing_in(question, "1972年，考古队在长沙发现了马王堆汉墓。")
    assert missing == [] if lacking is None else any(lacking in term for term in missing), missing


@pytest.mark.parametrize(("text", "lacking"), [
    ("環湖公路全長約三十三公里，沿途有文武廟。", None),  # a number in Chinese numerals and its unit
    ("環湖公路全長很長，沿途有文武廟。", "全长"),
])
def test_a_figure_asked_is_given_by_a_number_in_chinese_numerals(text, lacking):
    missing = _missing_in("環湖公路全長大約多少？", text, title="日月潭")
    assert missing == [] if lacking is None else lacking in missing, missing


@pytest.mark.parametrize(("question", "name"), [
    ("做甑糕一锅要用大火蒸几个钟头？", "甑糕"),
    ("古人叫璆琳的那种宝石产自哪里？", "璆琳"),
])
def test_a_verb_before_an_unknown_name_is_no_part_of_it(policy, question, name):
    """jieba cuts an unknown name into characters, and the verb before it (做, 叫) with them."""
    terms = key_terms(question, policy.lexical)
    assert name in terms.names and not any(n != name and name in n for n in terms.names), terms.names


def test_in_a_work_is_no_part_of_the_name_after_its_title(policy):
    """jieba guesses 中布恩迪亚 as one name after 《百年孤独》."""
    terms = key_terms("《百年孤独》中布恩迪亚家族的始祖叫什么名字？", policy.lexical)
    assert "布恩迪亚" in terms.terms and not any(term.startswith("中") for term in terms.terms), terms.terms


@pytest.mark.parametrize(("question", "artefact", "term"), [
    ("程门立雪的故事里，等程颐醒来时门外的雪积了多深？", "雪积", "故事"),  # 雪/积了: a noun and a verb
    ("晶盛機電去年營收多少？", None, "营收"),  # CC-CEDICT's word, which jieba does not know
    ("同仁堂为清朝宫廷供应御药一共持续了多少年？", None, "御药"),  # 御药 is a word jieba does not know
])
def test_two_characters_jieba_joins_across_words_are_no_term(policy, question, artefact, term):
    terms = key_terms(question, policy.lexical).terms
    assert term in terms and (artefact is None or artefact not in terms), terms


@pytest.mark.parametrize(("second_score", "first"), [(0.895, "answer"), (0.85, "lead")])
def test_a_near_tie_goes_to_the_passage_holding_what_is_asked(second_score, first):
    """The lead paragraph that names the herb scores with the one giving its effect: within a near tie,
    the passage holding 功效 goes first; further behind, the ranking stands."""
    from qa.store.lexical import LexicalIndex

    lead, answer = "玉竹古称葳蕤，别名女萎，多年生草本。", "玉竹具有养阴润燥、生津止渴的功效。"
    lexical = LexicalIndex([lead, answer, "另一段落说了别的事。"])
    hits = [Hit(str(rank), rank, score, "a.txt", None, "body", text, text, (0, len(text)), "百科")
            for rank, (text, score) in enumerate([(lead, 0.9), (answer, second_score)], start=1)]
    ranked = _holding_first(hits, key_terms("玉竹有什么功效？", lexical), lexical)
    assert ranked[0].text == {"answer": answer, "lead": lead}[first] and [h.rank for h in ranked] == [1, 2]


@pytest.mark.parametrize(("question", "answer_doc", "answer_score", "first"), [
    ("兰某那张假身份证花了多少钱买的？", "a.txt", 0.93, "answer"),
    ("How much did Lan pay for the fake ID card?", "a.txt", 0.93, "answer"),  # digits and 元 in any language
    ("兰某那张假身份证花了多少钱买的？", "a.txt", 0.85, "lead"),  # further behind, the ranking stands
    ("兰某那张假身份证花了多少钱买的？", "b.txt", 0.93, "lead"),  # another report's sum is no answer to move up
    ("兰某是哪一年被抓的？", "a.txt", 0.93, "lead"),  # a date: nearly every paragraph gives one
])
def test_a_report_paragraph_giving_the_sum_asked_goes_before_its_lead(question, answer_doc, answer_score, first):
    """A report's lead names who and what; the paragraph giving the amount scores a little lower."""
    from qa.store.lexical import LexicalIndex

    lead = "本报讯 14年前来宾凶案的主要犯罪嫌疑人兰某，近日在佛山落网。"
    answer = "兰某交代，他在广东花了5000元购买了一张假身份证，于2010年化名生活。"
    lexical = LexicalIndex([lead, answer, "另一段落说了别的事。"])
    hits = [Hit(str(rank), rank, score, doc, None, "body", text, text, (0, len(text)), "来宾凶案")
            for rank, (text, score, doc) in enumerate([(lead, 0.95, "a.txt"), (answer, answer_score, answer_doc)],
                                                      start=1)]
    ranked = _giving_first(hits, key_terms(question, lexical), lexical)
    assert ranked[0].text == {"answer": answer, "lead": lead}[first] and [h.rank for h in ranked] == [1, 2]


@pytest.mark.parametrize(("question", "first"), [
    ("兰某最后是在哪里被抓到的？", "answer"),
    ("Where was Lan finally caught?", "answer"),
    ("兰某是哪里人？", "lead"),  # the paragraph sets a place, but says nowhere where he is from
])
def test_a_report_paragraph_saying_the_place_asked_goes_before_its_lead(question, first):
    """A report's lead names who and what; the paragraph saying where scores a little lower."""
    from qa.store.lexical import LexicalIndex

    lead = "本报讯 潜逃14年的来宾凶案主要犯罪嫌疑人兰某，近日终于落网。"
    answer = "12月17日，民警在兰某居住的城中村出租屋内，成功将其抓获。"
    lexical = LexicalIndex([lead, answer, "另一段落说了别的事。"])
    hits = [Hit(str(rank), rank, score, "a.txt", None, "body", text, text, (0, len(text)), "来宾凶案")
            for rank, (text, score) in enumerate([(lead, 0.95), (answer, 0.93)], start=1)]
    ranked = _giving_first(hits, key_terms(question, lexical), lexical)
    assert ranked[0].text == {"answer": answer, "lead": lead}[first] and [h.rank for h in ranked] == [1, 2]


def test_the_article_passage_giving_the_sum_goes_before_a_near_tie_without_it(assistant):
    answer = assistant.ask("曹娥街道引进的楼宇经济项目总投资多少")
    assert answer.outcome == "answered" and "总投资" in answer.passages[0].text, answer.passages[0].text


def test_a_surname_english_gives_is_found_where_news_names_the_person_by_it(policy):
    """News writes a person by surname alone (郭某, 何先生); English calls them Guo or Mr. Guo."""
    terms = key_terms("How much compensation did Mr. Guo owe after the crash?", policy.lexical)
    assert "guo" in terms.terms and "mr" not in terms.terms
    question = "What did Guo do after the crash?"
    for person, found in (("郭某", True), ("郭先生", True), ("王某", False)):
        missing = _missing_in(question, f"本报讯 法院判决{person}赔偿对方各项损失共计12万元。", title="车祸赔偿")
        assert ("guo" not in missing) is found, (person, missing)


def test_an_english_reply_speaks_of_one_article_or_of_the_articles(news_policy, policy):
    """Chinese 文章 is one article or many; English says which, in answers, refusals, help and the
    replies to junk, code and sums: over 25 files "the articles", over the one article, or with the search limited
    to one file, "the article"."""
    for question in ("How big is the new park?", "Who won the 2022 World Cup final?", "asdf qwer zxcv",
                     "<script>alert(1)</script>", "what is 12 times 7?", "help"):
        many = news_policy.ask(question)
        assert "the articles" in many.message.replace("the articles it holds", ""), many.message
        for one in (news_policy.ask(question, docs=frozenset({"n03.txt"})), policy.ask(question)):
            said = one.message.replace("the articles it holds", "")  # help: "answers only from the articles it holds"
            assert "the article" in said and "the articles" not in said, one.message
    assert "文章" in news_policy.ask("新公园占地多少公顷？").message


@pytest.mark.parametrize(("question", "procedure"), [
    ("曹娥街道鸿雁社区的人才公寓怎么申请入住？", "申请"),
    ("想参加曹娥街道的志愿服务活动，怎么报名？", "报名"),  # the one after the words that ask, not 参加
    ("湖南省演艺集团征集短视频作品，要怎么投稿？", "投稿"),
    ("會昌班的報名方式是什麼？", "报名"),  # Traditional, the way asked after the thing
    ("吕先生是通过什么方式反映的？", "反映"),
    ("曹娥街道如何推进数字化改革？", None),  # a way asked, but of no procedure
    ("已经有多少人报名了？", None),  # a procedure, but no way asked
])
def test_a_how_to_question_asks_the_way_to_do_a_procedure(policy, question, procedure):
    assert key_terms(question, policy.lexical).procedure == procedure


@pytest.mark.parametrize(("text", "lacking"), [
    ("会昌班今年共招收学员40名，已有200多人报名。", True),  # said to happen, no way given
    ("会昌班即日起开始招生，有意者可登录文学院官网报名，截止日期为6月30日。", False),
    ("有意报名者请拨打电话0797-8393000咨询。", False),
    ("会昌班由文学院与会昌县合作开办。", True),
])
def test_a_how_to_question_needs_a_sentence_giving_the_way(text, lacking):
    assert ("报名方式" in _missing_in("会昌班要怎么报名？", text)) is lacking


def test_a_how_to_question_the_article_does_not_answer_is_flagged(assistant):
    answer = assistant.ask("鸿雁社区的人才公寓怎么申请入住？")
    assert answer.outcome == "partial" and "申请方式" in answer.missing, (answer.outcome, answer.missing)
    answer = assistant.ask("曹娥街道是怎么对接和服务人才的？")  # a way of doing, said: no procedure asked
    assert answer.outcome == "answered" and not answer.missing, (answer.outcome, answer.missing)
