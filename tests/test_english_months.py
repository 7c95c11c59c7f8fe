"""English questions over Chinese reports: a month named in English is the month Chinese writes (10月, 十月)."""

from __future__ import annotations

import pytest

from qa.ingest.bilingual import months_named
from qa.retrieval.policy.answer import AnswerPolicy
from tests.conftest import policy_beside_the_article

REPORTS = {
    "court.txt": "韩城市法院2017年工作回顾\n\n"
                 "截至10月底，韩城市法院共受理各类案件4033件，审结3277件，结案率达到81.2%，超过去年全年水平。\n\n"
                 "法院还组织了送法进社区活动，干警走进12个社区讲解法律知识。\n",
    "racer.txt": "车王苏醒的传言\n\n"
                 "五年来，妻子科琳娜为车王的治疗已经花费了1.1亿元人民币，并卖掉了家里的私人飞机。\n\n"
                 "车王的两个孩子都在从事赛车运动，儿子今年参加了欧洲三级方程式比赛。\n",
    "milk.txt": "国产奶粉价格走低\n\n"
                "去年4月，君乐宝推出每罐130元的低价奶粉，国产品牌纷纷跟进。\n\n"
                "业内人士认为，奶源成本下降是价格走低的主要原因。\n",
}


@pytest.mark.parametrize(("text", "months"), [
    ("Clearance rate up to October 2017", {"october": 10}),
    ("By 24 January, how much was sold", {"january": 1}),
    ("What was the VAT rate cut to in May 2018?", {"may": 5}),
    ("on 22 and 23 May", {"may": 5}),
    ("Feb 2019: exact location", {"feb": 2}),
    ("March 3 parade route", {"march": 3}),
    ("formula launched last april", {"april": 4}),
    ("May I ask what the rate is?", {}),
    ("It may rain", {}),
    ("Did the police march?", {}),
])
def test_months_are_read_where_english_names_them(text, months):
    assert months_named(text) == months


@pytest.fixture(scope="module")
def reports_policy(tmp_path_factory, embedder) -> AnswerPolicy:
    return policy_beside_the_article(tmp_path_factory.mktemp("english-forms"), REPORTS, embedder)


@pytest.mark.parametrize(("question", "sentence"), [
    ("What was the Hancheng court's case clearance rate by the end of October?", "81.2%"),
    ("Hancheng court clearance rate up to Oct 2017", "81.2%"),
    ("What did Junlebao launch last April and at what price per tin?", "130元"),
])
def test_a_month_named_in_english_is_found_as_chinese_writes_it(reports_policy, question, sentence):
    answer = reports_policy.ask(question)
    assert answer.outcome == "answered", (answer.outcome, answer.missing)
    assert sentence in answer.passages[0].sentence


def test_a_month_the_reports_do_not_give_is_still_missing(reports_policy):
    answer = reports_policy.ask("Hancheng court clearance rate up to September 2017")
    assert "september" in answer.missing
