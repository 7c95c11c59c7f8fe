"""Corrections of the question before: "打错了，是曹娥", "*卧龙", "不是问投资，是问年利润", "I meant the first
quarter". The question before is asked again, corrected, and the reply says how it was read; what only looks
like a correction (a follow-up, a new question opening 我是说, a figure questioned with 不是说…吗, an apology
alone, a message that corrects itself) is read as before. Real model, real article (and two reports written
here for names set against each other)."""

from __future__ import annotations

import pytest
from conftest import policy_beside_the_article

from qa.retrieval.policy.answer import AnswerPolicy

# (question before, correction, the question as read must hold, the sentence marked must hold)
CORRECTED = [
    ("曹蛾街道有几家上市公司", "打错了，是曹娥", "曹娥街道有几家上市公司", "10家上市公司"),
    ("握龙智慧新能源产业园总投资多少", "*卧龙", "卧龙智慧新能源产业园总投资", "总投资60亿元"),
    ("2023年晶盛机电得了什么奖", "我说的是2022年", "2022年晶盛机电", "亩均效益领跑者"),
    ("卧龙智慧新能源产业园总投资多少", "不是问投资，是问年利润", "卧龙智慧新能源产业园年利润", "年利润18.74亿元"),
    ("2022年卧龙集团获得了哪些荣誉", "不是卧龙，我问的是晶盛机电", "2022年晶盛机电获得了哪些荣誉", "亩均效益领跑者"),
    ("倪伯文走访的是哪些项目", "倪博文，博士的博", "倪博文走访", "倪博文挨个走访"),
    ("鸿雁社区人才公寓预计能引进多少人才", "是鴻雁社區 不是红雁", "鴻雁社區人才公寓", "4900余人"),
    ("卧龍智慧新能源產業園年利潤幾多", "唔係利潤，係銷售收入", "臥龍智慧新能源產業園年銷售收入", "150亿元"),
    ("曹娥街道的一号改革工程是什么", "改一下，问一号开放工程", "曹娥街道的一号开放工程", "一号开放工程"),
    ("萬順大廈是不是兩江兩岸總部樓宇", "一江兩岸才對", "一江兩岸", "一江两岸"),
    ("What is the annual profit of the Wolong park?", "sorry, I meant the tax, not the profit",
     "What is the annual tax of the Wolong park?", "税收6.55亿元"),
    ("How much foreign capital arrived in the second quarter?", "I meant the first quarter",
     "in the first quarter", "外资到位697万美元"),
    ("What does CBD mean in 'cultivate an urban CBD'?", "typo, CAZ", "What does CAZ mean", "CAZ"),
    ("Which anniversary of the Fengqiao Experience is marked this year, the 50th?", "60th not 50th, typo",
     "the 60th", "60周年"),
]


@pytest.mark.parametrize(("before", "said", "read", "sentence"), CORRECTED)
def test_a_correction_asks_the_question_before_again_corrected(article_policy: AnswerPolicy, before, said,
                                                                  read, sentence):
    answer = article_policy.ask(said, history=[before])
    assert answer.read_as is not None and read in answer.read_as, answer.read_as
    assert answer.passages and sentence in answer.passages[0].text, answer.passages[:1]
    assert sentence in answer.passages[0].sentence or answer.outcome == "partial", answer.passages[0].sentence


# (question before, correction that asks of its own, the sentence marked must hold)
ASKING_AGAIN = [
    ("曹娥街道一共引入了多少个楼宇经济项目", "不是问总数，我想问已经完工的有几个", "8个建设项目已完工"),
    ("鸿雁社区人才公寓有多少套", "不对，我想问的是面积", "32万平方米"),
    ("曹娥街道有多少家国家级高新技术企业", "不好意思说错了 是省级以上的", "81家省级以上高新技术企业"),
]


@pytest.mark.parametrize(("before", "said", "sentence"), ASKING_AGAIN)
def test_a_correction_asking_of_its_own_follows_the_question_before(article_policy: AnswerPolicy, before, said,
                                                                     sentence):
    answer = article_policy.ask(said, history=[before])
    assert answer.outcome == "answered", (answer.outcome, answer.missing)
    assert sentence in answer.passages[0].sentence


def test_a_second_correction_corrects_the_question_as_read(article_policy: AnswerPolicy):
    first = article_policy.ask("*卧龙", history=["握龙智慧新能源产业园总投资多少"])
    answer = article_policy.ask("不是问投资，是问年利润", history=["握龙智慧新能源产业园总投资多少", first.read_as])
    assert answer.read_as == "卧龙智慧新能源产业园年利润多少"
    assert "年利润18.74亿元" in answer.passages[0].sentence


def test_a_corrected_question_the_article_does_not_answer_says_what_is_missing(article_policy: AnswerPolicy):
    answer = article_policy.ask("不是卧龙，是鸿雁社区人才公寓", history=["卧龙智慧新能源产业园总投资多少"])
    assert answer.read_as == "鸿雁社区人才公寓总投资多少"
    assert answer.outcome in ("partial", "not_covered") and any("投资" in term for term in answer.missing)


NOT_CORRECTIONS = [  # (question before, message, the sentence marked must hold)
    ("卧龙智慧新能源产业园总投资多少", "那年利润呢", "年利润18.74亿元"),
    ("卧龙智慧新能源产业园总投资多少", "我是说，曹娥街道有几个现代社区改革试点？", "现代社区改革试点"),
    ("卧龙智慧新能源产业园总投资多少", "不是说有10家上市公司吗？", "10家上市公司"),
    ("卧龙智慧新能源产业园总投资多少", "曹娥街道有几家上市公司", "10家上市公司"),
    ("卧龙智慧新能源产业园总投资多少", "那个“青苗成长”计划，是培养谁的？", "青苗成长"),
    ("How much did the Wolong park invest?", "Why is the park not finished yet, and when will it be?", ""),
]


@pytest.mark.parametrize(("before", "said", "sentence"), NOT_CORRECTIONS)
def test_what_only_looks_like_a_correction_is_read_as_before(article_policy: AnswerPolicy, before, said, sentence):
    answer = article_policy.ask(said, history=[before])
    alone = article_policy.ask(said)
    assert answer.read_as in (None, alone.read_as, said.rstrip("？?")), answer.read_as
    if sentence:
        assert sentence in answer.passages[0].sentence


@pytest.mark.parametrize("said", ["不好意思 刚才发错了", "oops wrong chat, ignore that", "抱歉抱歉 发错群了",
                                  "歹勢 剛剛按錯了 沒事", "嗯 那个 不好意思 刚才那句是语音识别乱了 不用管"])
def test_an_apology_alone_corrects_nothing(article_policy: AnswerPolicy, said):
    answer = article_policy.ask(said, history=["卧龙智慧新能源产业园总投资多少"])
    assert answer.outcome == "greeting" and not answer.passages and answer.read_as is None


def test_a_message_correcting_itself_is_no_correction_of_the_question_before(article_policy: AnswerPolicy):
    said = "晶盛机电产业园二期总投资多少 我是说年利润"
    answer = article_policy.ask(said, history=["卧龙智慧新能源产业园总投资多少"])
    assert answer.read_as is None or "卧龙" not in answer.read_as


@pytest.mark.parametrize("said", ["问" * 1000, "asdfghjkl", "哈哈哈哈", "'; DROP TABLE passages; -- OR 1=1",
                                  "改改改改改改", "*****"])
def test_input_with_no_content_stays_unclear_after_a_question(article_policy: AnswerPolicy, said):
    answer = article_policy.ask(said, history=["曹娥街道今年一季度外资到位了多少？"])
    assert answer.outcome == "unclear" and not answer.passages and answer.read_as is None


def test_without_a_question_before_nothing_is_corrected(article_policy: AnswerPolicy):
    assert article_policy.ask("打错了，是曹娥").read_as is None


REPORTS = {
    "xuanwu-court.txt": "玄武法院审理骗贷案\n\n南京市玄武区人民法院近日审理了一起骗贷案。"
                        "7名年轻人帮客户伪造收入证明等资料，向银行申请汽车贷款，骗取贷款304万余元。\n",
    "jiangning-prison.txt": "江宁监狱外墙改造招标\n\n江宁监狱备勤楼和办公楼外墙改造工程日前公开招标，"
                            "工程合同估算价为380万元，工期90天。\n",
}


@pytest.fixture(scope="module")
def reports_policy(tmp_path_factory, embedder) -> AnswerPolicy:
    return policy_beside_the_article(tmp_path_factory.mktemp("reports"), REPORTS, embedder)


@pytest.mark.parametrize(("before", "said", "read", "sentence"), [
    ("江宁那7个年轻人伪造资料骗贷骗了多少", "不好意思 是玄武法院审的那个 江宁是监狱招标", "玄武法院", "304万余元"),
    ("玄武监狱外墙改造工程估算价多少", "江宁监狱，写错了", "江宁监狱外墙改造工程", "380万元"),
])
def test_a_name_set_against_another_s_report_is_asked_of(reports_policy: AnswerPolicy, before, said, read,
                                                           sentence):
    answer = reports_policy.ask(said, history=[before])
    assert answer.read_as is not None and read in answer.read_as and "江宁那" not in answer.read_as
    assert sentence in answer.passages[0].text
