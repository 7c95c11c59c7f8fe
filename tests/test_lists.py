"""Which ones: a list asked (有哪些上市公司, 那两个未来社区叫什么名字, "which projects …") is answered by a sentence
that names them, marked where a passage has one; a count of them (10家上市公司, 大部分地市) names none, and the
reply says the names are not given. The real model on the real article, and passages written here for the
forms it lacks (a lexicon of their own, no model)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.cantonese import in_mandarin
from qa.retrieval.policy.evidence import Evidence, lists_asked
from qa.retrieval.policy.terms import key_terms
from qa.store.lexical import LexicalIndex


@pytest.fixture(scope="module")
def assistant(article_policy) -> AnswerPolicy:
    return article_policy


@pytest.mark.parametrize(("question", "which_ones", "enumerates"), [
    ("曹娥街道有哪些上市公司？", True, False),
    ("楼宇经济项目里完工了的都有哪些？", True, False),
    ("把曹娥的上市公司列出来", True, False),
    ("浙江首批24个未来社区试点都有哪些", True, True),  # a count given: each must be named
    ("那两个未来社区叫什么名字？", True, True),
    ("曹娥街道跟哪两所学校搞校地合作？", True, False),  # the count is the question word's: 与…，与… answers
    ("能引进4900多名人才的那个社区叫啥？", False, False),  # the count is of the 人才, in a description
    ("曹娥搞的“三个年”是哪三个年？", True, False),
    ("曹娥街道有多少家上市公司？", False, False),  # how many, not which
    ("风机产业大脑是由哪家企业牵头开发的？", False, False),  # one company
    ("Which projects in Caoe have been completed?", True, False),
    ("What is the Wolong smart new-energy park?", False, False),
])
def test_which_ones_are_asked_and_whether_the_question_says_how_many(assistant, question, which_ones, enumerates):
    terms = key_terms(question, assistant.lexical)
    assert (terms.which_ones, terms.enumerates) == (which_ones, enumerates)


@pytest.mark.parametrize(("question", "mandarin"), [
    ("曹娥有邊10間上市公司？", "曹娥有哪10間上市公司？"),  # 邊 before a count asks which
    ("曹娥街道同邊幾間大學合作？", "曹娥街道同哪幾間大學合作？"),
    ("佢坐喺旁邊兩個人度", "他坐在旁邊兩個人度"),  # 旁邊 is a side
    ("嗰邊三個人係邊個？", "那邊三個人是誰？"),
])
def test_cantonese_asks_which_ones_with_bian_before_a_count(question, mandarin):
    assert in_mandarin(question) == mandarin


def _missing(question: str, *texts: str) -> list[str]:
    """What the evidence check finds missing for the question in news passages of these texts alone."""
    lexical = LexicalIndex([*texts, "另一段落说了别的事。"])
    passages = [SimpleNamespace(kind="body", section=None, text=text, title="本地新闻") for text in texts]
    return Evidence(passages, lexical).missing(key_terms(question, lexical))


@pytest.mark.parametrize(("question", "text", "named"), [
    # counted only: how many there are, not which
    ("全区有哪些上市公司？", "本报讯 全区现有81家高新技术企业、10家上市公司。", False),
    ("哪些地市的面试题目是提前给定的？", "本报讯 大部分地市的面试题目是提前给定的。各地市考试形式不同。", False),
    # named in a list before them, closed by 等 or a count, or after them
    ("全区有哪些上市公司？", "本报讯 卧龙电驱、晶盛机电等10家上市公司落户全区。", True),
    ("全区有哪些上市公司？", "本报讯 全区的上市公司包括卧龙电驱和晶盛机电。", True),
    # a count given: the passages must name them
    ("那10家上市公司分别是哪几家？", "本报讯 全区现有81家高新技术企业、10家上市公司。", False),
    ("那两个未来社区叫什么名字？", "本报讯 该社区将打造成为产城融合、居创共享型未来社区。", False),  # kinds, no list
    ("那两个未来社区叫什么名字？", "本报讯 全区大力推进鸿雁、德济苑等2个未来社区建设。", True),
    # named otherwise than by a count: the count rule does not judge it
    ("全区为人才提供了哪些服务？", "本报讯 全区为人才提供一对一服务，解决住房难题。", True),
])
def test_a_count_of_the_things_asked_names_none_of_them(question, text, named):
    missing = _missing(question, text)
    assert any(term.endswith(("的名称", "的名字")) for term in missing) != named, missing


@pytest.mark.parametrize(("question", "sentence", "marked"), [
    ("曹娥街道有哪几个未来社区？", "绍兴地区首个未来社区——曹娥街道鸿雁社区，备受创业者关注。", False),
    ("曹娥街道有哪几个未来社区？", "大力推进鸿雁、德济苑等2个未来社区建设。", True),
    ("曹娥街道有哪几个未来社区？", "该社区将打造成为典型的产城融合、居创共享型未来社区。", False),  # kinds of one
    ("哪些新兴产业正在发展壮大？", "以先进装备制造、新材料等为代表的新兴产业不断壮大。", True),
    ("曹娥的三个一号工程分别叫什么？", "实施创新提质“一号发展工程”、营商环境优化提升“一号改革工程”。", True),
    ("正在按期推进的总部大楼项目包括哪些？", "加快推进卧龙智慧新能源产业化项目、晶盛产业园项目建设。", False),
    ("那两个同伴叫什么名字？", "兰某常组织兰某俸、兰某炳等人对霍某静和两名同伴进行殴打。", False),  # others, listed
])
def test_a_sentence_listing_them_is_the_one_marked(assistant, question, sentence, marked):
    assert lists_asked(sentence, key_terms(question, assistant.lexical), assistant.lexical) == marked


def test_a_count_asked_as_a_list_is_reported_unnamed(assistant):
    for question in ("曹娥街道有哪些上市公司？", "曹娥有邊10間上市公司？"):
        reply = assistant.ask(question)
        assert reply.outcome == "partial" and "上市公司的名称" in reply.missing, (question, reply.missing)
        assert "10家上市公司" in reply.passages[0].text  # the count is still shown, as what the article says
    assert assistant.ask("曹娥街道有多少家上市公司？").outcome == "answered"


@pytest.mark.parametrize(("question", "listing"), [
    ("兩個未來社區叫咩名？", "鸿雁、德济苑等2个未来社区"),  # not the sentence on 鸿雁 alone
    ("曹娥街道有哪几个未来社区？", "鸿雁、德济苑等2个未来社区"),
    ("楼宇经济项目里完工了的都有哪些？", "8个建设项目已完工"),  # the part asked, not the 26 of them
    ("曹娥街道招商依托的三大平台分别是啥", "曹娥江旅游度假区三大平台"),
    ("Which neighbourhoods are Caoe's modern community reform pilots?", "聚英等3个现代社区改革试点"),
])
def test_a_list_asked_is_answered_by_the_sentence_naming_them(assistant, question, listing):
    reply = assistant.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert listing in reply.passages[0].sentence


def test_a_name_jieba_joins_with_the_count_after_it_is_the_name_alone(assistant):
    """阳逻那三大园区: jieba makes one word of the name, 那 and 三大; the articles write 阳逻."""
    names = key_terms("阳逻那三大园区里，仓埠园区是以哪几家企业为龙头的？", assistant.lexical).names
    assert "阳逻" in names and not any("那三大" in name for name in names)
