"""The null level: how high unrelated questions score on a corpus, and the threshold it raises."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from qa.model.standin import HashingEmbedder
from qa.retrieval import null
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.question import is_chinese_script
from qa.retrieval.retriever import Retriever
from qa.settings import Paths
from qa.store.build import build_index, load_checked

# Short local news on a dozen unrelated subjects: every question finds something near it here.
NEWS = {
    "bus": ("临江市新开通三条夜间公交线路", "临江市交通运输局昨天宣布，从下月1日起新开通N1、N2、N3三条夜间公交线路，"
            "运营时间为晚上10点到次日凌晨5点。票价统一为2元，可使用市民卡和手机扫码支付。"),
    "hospital": ("临江市第一人民医院开设老年病专科门诊", "临江市第一人民医院本周开设老年病专科门诊，"
                 "每周一至周五上午接诊。医院表示，门诊由5名主任医师轮流坐诊，65岁以上老人挂号费减半。"),
    "school": ("城南实验小学新校区9月投入使用", "城南实验小学新校区占地45亩，可容纳36个教学班，将于今年9月投入使用。"
               "新校区配有室内体育馆、图书馆和一个200米跑道的操场。"),
    "fraud": ("警方破获一起冒充客服诈骗案", "临江市公安局近日破获一起冒充电商客服的电信诈骗案，抓获犯罪嫌疑人6名，"
              "涉案金额80余万元。警方提醒，接到自称客服要求转账的电话应立即挂断并报警。"),
    "marathon": ("临江马拉松吸引1.5万名跑者", "第三届临江马拉松昨天鸣枪开跑，1.5万名跑者参赛。"
                 "男子全程冠军成绩为2小时12分，女子全程冠军由本地选手王丽获得。"),
    "market": ("老城区菜市场完成改造重新开业", "老城区东门菜市场经过半年改造后重新开业，摊位由120个增加到180个，"
               "并新增了农残检测室和电子价格屏。"),
    "flood": ("暴雨致临江部分路段积水", "受强降雨影响，临江市昨天多处路段出现积水，其中解放路最深处达40厘米。"
              "市排水部门出动抢险人员300余人次，傍晚前积水基本排除。"),
    "library": ("市图书馆延长开放时间", "临江市图书馆从本月起延长开放时间，周末闭馆时间由下午5点推迟到晚上9点。"
                "图书馆新增自助借还机10台，读者可凭身份证办理借书证。"),
    "factory": ("新能源电池工厂在开发区开工", "一家新能源电池工厂昨天在临江经济开发区开工建设，总投资25亿元，"
                "预计2026年投产，投产后年产值可达60亿元，将提供2000个就业岗位。"),
    "court": ("男子醉驾撞坏护栏被判拘役", "临江市人民法院近日审结一起危险驾驶案，被告人李某醉酒驾驶撞坏道路护栏，"
              "血液酒精含量为每100毫升156毫克，被判处拘役三个月，并处罚金5000元。"),
    "food": ("临江小龙虾节开幕", "第五届临江小龙虾节在滨江公园开幕，30多家餐饮企业参展，活动持续到本月底。"
             "主办方预计将吸引游客20万人次。"),
    "housing": ("保障性租赁住房开始申请", "临江市首批保障性租赁住房共1200套，即日起接受申请，租金为市场价的八五折。"
                "在本市工作的新市民和青年人可以申请。"),
}
# Unrelated questions, none of them in the shipped null questions.
UNRELATED = ["吃完螃蟹可以马上喝茶吗？", "糖醋排骨怎么做？", "围棋有多少个交叉点？", "牙齿敏感用什么牙膏？",
             "太阳系有几颗行星？", "冬天怎么保养皮肤？", "电脑开不了机怎么办？", "北京故宫需要提前几天预约？",
             "深圳今年的最低工资标准是多少？"]

UNRELATED_ENGLISH = ["how do i unclog a bathroom sink", "What is the tallest building in Dubai?",
                     "Who wrote Pride and Prejudice?", "best shoes for flat feet running",
                     "How many moons does Jupiter have?", "can i take ibuprofen with coffee",
                     "what year did the titanic sink", "How do I renew a UK passport online?",
                     "which planet has the longest day", "how much water should a cat drink a day",
                     "When is the best time to plant tulip bulbs?", "What does HTTP stand for?",
                     "What time does the British Library close on Sundays?", "How long is the Boston Marathon?",
                     "Which hospital in London has the best cancer ward?", "How much is a bus ticket in Paris?",
                     "How do I apply for social housing in Scotland?",
                     "What are the opening hours of the Louvre museum?", "How deep is the Mariana Trench?",
                     "When did the first McDonald's open?"]


def _news_paths(root) -> Paths:
    (root / "corpus").mkdir()
    for name, (title, text) in NEWS.items():
        (root / "corpus" / f"{name}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return Paths(root / "corpus", root / "index")


@pytest.fixture(scope="module")
def news_retriever(tmp_path_factory, embedder) -> Retriever:
    paths = _news_paths(tmp_path_factory.mktemp("null-news"))
    build_index(paths, embedder)
    return Retriever(load_checked(paths, embedder), embedder)


def test_the_shipped_questions_are_unrelated_to_the_article_in_each_script():
    questions = null.null_questions("chinese")
    assert len(questions) >= 90 and all(map(is_chinese_script, questions))
    assert not any("曹娥" in q or "上虞" in q for q in questions)
    assert not set(UNRELATED) & set(questions)
    english = null.null_questions("latin")
    assert len(english) >= 60 and not any(map(is_chinese_script, english))
    assert not any(word in q.lower() for q in english for word in ("caoe", "shangyu", "china", "chinese"))
    assert not set(UNRELATED_ENGLISH) & set(english)


def test_on_the_article_the_null_level_lies_under_the_fitted_threshold(article_retriever):
    """On the one article the thresholds were fitted on, unrelated questions score lower: both stay as fitted."""
    config = article_retriever.config
    assert article_retriever.null_levels.chinese < config.answer_threshold - 0.02
    assert article_retriever.threshold_for("曹娥街道有多少家上市公司？") == config.answer_threshold
    assert article_retriever.threshold_for("How many listed companies are in Caoe?") == \
        config.answer_threshold_other_script


def test_over_many_subjects_the_chinese_threshold_is_at_least_the_null_level(news_retriever, article_retriever):
    """Over a dozen news subjects unrelated questions score higher than over the one article. Where that
    level lies above the fitted threshold (here: a lower one fitted), the Chinese-script threshold is
    the level, the English one stays, and questions that clear only the fitted one are refused, while
    the articles' own questions are still answered."""
    assert news_retriever.null_levels.chinese > article_retriever.null_levels.chinese + 0.01
    fitted = replace(news_retriever.config, answer_threshold=news_retriever.null_levels.chinese - 0.04)
    retriever = Retriever(news_retriever.index, news_retriever.embedder, fitted)
    assert retriever.threshold_for("夜间公交票价多少钱？") == retriever.null_levels.chinese
    assert retriever.threshold_for("How much is a night bus ticket?") == fitted.answer_threshold_other_script
    level = retriever.null_levels.chinese
    between = [q for q in UNRELATED if fitted.answer_threshold <= retriever.ask(q).evidence < level]
    assert len(between) >= 3, "the unrelated questions no longer fall between the two thresholds"
    assert not any(retriever.ask(q).answerable for q in between)
    policy = AnswerPolicy(retriever)
    for question, doc in (("夜间公交票价多少钱？", "bus.txt"), ("新校区能容纳多少个教学班？", "school.txt"),
                          ("诈骗案的涉案金额是多少？", "fraud.txt")):
        answer = policy.ask(question)
        assert answer.outcome == "answered" and answer.passages[0].doc == doc, question


def test_the_null_levels_are_measured_once_per_build_and_kept_in_its_folder(tmp_path, monkeypatch):
    paths, standin = _news_paths(tmp_path), HashingEmbedder()
    build_index(paths, standin)
    index = load_checked(paths, standin)
    levels = Retriever(index, standin).null_levels
    stored = json.loads((index.folder / null.NULL_FILE).read_text(encoding="utf-8"))
    assert (stored["level"], stored["level_latin"], stored["level_other"]) == (levels.chinese, levels.latin,
                                                                               levels.other)

    asked = []
    monkeypatch.setattr(Retriever, "_best_evidence", lambda self, questions: asked.append(questions) or [0.5])
    assert Retriever(index, standin).null_levels == levels and not asked  # read back, not measured
    reweighted = replace(Retriever(index, standin).config, lexical_weight=0.3)
    # other weights: measured again, each script's questions on their own
    assert Retriever(index, standin, reweighted).null_levels == null.NullLevels(0.5, 0.5, 0.5)
    assert asked == [null.null_questions("chinese"), null.null_questions("latin"), null.null_questions("other")]
    refitted = replace(reweighted, answer_threshold=0.9)
    assert Retriever(index, standin, refitted).null_levels.chinese == 0.5 and len(asked) == 3  # thresholds don't count


def test_a_damaged_or_unwritable_null_file_is_measured_again(tmp_path, monkeypatch):
    monkeypatch.setattr(null, "null_questions", lambda script: ["问题一", "问题二", "问题三"])
    (tmp_path / null.NULL_FILE).write_text("{not json", encoding="utf-8")
    assert null.load_or_measure(tmp_path, "settings", lambda questions: [0.7, 0.9, 0.8]).chinese == 0.8
    assert null.load_or_measure(tmp_path, "settings", lambda questions: [0.0, 0.0, 0.0]).chinese == 0.8  # saved
    older = json.loads((tmp_path / null.NULL_FILE).read_text(encoding="utf-8"))
    del older["level_other"]  # a file from before other languages were measured: measured again
    (tmp_path / null.NULL_FILE).write_text(json.dumps(older), encoding="utf-8")
    assert null.load_or_measure(tmp_path, "settings", lambda questions: [0.7] * 3) == null.NullLevels(0.7, 0.7, 0.7)
    assert null.load_or_measure(tmp_path / "missing", "settings", lambda questions: [0.6] * 3).latin == 0.6


def test_an_english_question_scoring_below_the_corpus_english_level_must_share_its_words(news_retriever):
    """English questions keep their fitted threshold (answerable ones score no higher than unrelated
    ones across scripts), but where the corpus's unrelated English questions score above it (over 300
    news reports their median lies about 0.04 above; set so here), one scoring below their level must
    share as many of its words with the passages as one near the threshold must. Unrelated questions
    that matched a word or two are declined; none is answered that was not; the articles' own
    English questions are still answered."""
    config = news_retriever.config
    busy = Retriever(news_retriever.index, news_retriever.embedder, config)
    busy.null_levels = replace(busy.null_levels, latin=config.answer_threshold_other_script + 0.04)
    plain = Retriever(news_retriever.index, news_retriever.embedder, config)
    plain.null_levels = replace(plain.null_levels, latin=0.0)
    with_level, without = AnswerPolicy(busy), AnswerPolicy(plain)
    answered = {q for q in UNRELATED_ENGLISH if with_level.ask(q).answerable}
    answered_without = {q for q in UNRELATED_ENGLISH if without.ask(q).answerable}
    assert answered < answered_without and len(answered_without - answered) >= 2
    for question, doc in (("How much is a night bus ticket?", "bus.txt"),
                          ("How many teaching classes can the new campus hold?", "school.txt"),
                          ("How much money was involved in the fraud case?", "fraud.txt")):
        answer = with_level.ask(question)
        assert answer.answerable and answer.passages[0].doc == doc, question
