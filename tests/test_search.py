"""Search behaviour on the real article (channels, Traditional Chinese, sentence marking, refusal) and on
small corpora written here (several documents on one subject)."""

from __future__ import annotations

import numpy as np
import pytest

import qa
from qa.ingest.words import corpus_terms, to_simplified
from qa.retrieval.question import QuestionError, clean_question, is_chinese_script
from qa.store.lexical import sentence_overlap


def top(retriever, question: str, mode: str = "fused"):
    return retriever.ask(question, top_k=5, mode=mode).passages[0]


def test_factoid_lands_on_the_sentence_with_the_figure(article_retriever):
    hit = top(article_retriever, "一季度外资到位了多少？")
    assert "697万美元" in hit.sentence
    assert hit.text[slice(*hit.sentence_span)] == hit.sentence


def test_marked_sentence_is_the_one_that_answers(article_retriever):
    hit = top(article_retriever, "人才公寓的总建筑面积有多大？")
    assert "32万平方米" in hit.sentence and "枫桥经验" not in hit.sentence


def test_sentence_overlap_weighs_rare_words_above_common_ones(standin_retriever):
    lexical = standin_retriever.lexical
    assert lexical.document_frequency["曹娥"] > 5 * lexical.document_frequency["外资"]
    weights = lexical.word_weights(["曹娥", "外资"])
    rare_only = sentence_overlap(weights, "外资到位697万美元。")
    common_only = sentence_overlap(weights, "曹娥街道成立了工作专班。")
    assert rare_only > 0.9 and common_only < 0.1
    assert sentence_overlap(weights, "曹娥外资") == pytest.approx(1.0)
    assert sentence_overlap(lexical.word_weights(["从未出现的词"]), "外资到位") == 0.0


def test_traditional_and_simplified_questions_rank_alike(article_retriever):
    simplified = article_retriever.ask("鸿雁社区的人才公寓能引进多少人才？", top_k=3)
    traditional = article_retriever.ask("鴻雁社區的人才公寓能引進多少人才？", top_k=3)
    assert [h.id for h in simplified.passages] == [h.id for h in traditional.passages]
    assert "4900余人" in traditional.passages[0].sentence


def test_opencc_normalises_traditional_text():
    assert to_simplified("鴻雁社區的人才公寓") == "鸿雁社区的人才公寓"
    assert to_simplified("Hello 123") == "Hello 123"


def test_lexical_channel_uses_corpus_terms(standin_retriever):
    terms = corpus_terms([p.text for p in standin_retriever.passages])
    assert {"青春之城", "e游小镇"} <= terms
    tokens = standin_retriever.lexical.tokenizer.tokens("e游小镇有什么项目")
    assert "e游小镇" in tokens
    assert "e游小镇" in top(standin_retriever, "e游小镇", mode="lexical").text


def test_english_words_reach_the_lexical_channel_through_the_dictionary(standin_retriever):
    question = "How much foreign capital arrived?"
    match = standin_retriever.lexical.match(question)
    assert "外资" in match.translated["foreign"] and match.coverage > 0
    best = standin_retriever.passages[int(np.argmax(match.scores))]
    assert "外资" in best.text
    assert standin_retriever.ask("How many enterprises are here?", mode="lexical").passages[0].text.count("企业")


def test_english_questions_without_corpus_words_fall_back_to_dense(article_retriever):
    question = "How do I bake sourdough bread?"
    match = article_retriever.lexical.match(question)
    assert match.coverage == 0.0 and match.translated == {}
    fused = article_retriever.ask(question, mode="fused")
    dense = article_retriever.ask(question, mode="dense")
    assert [h.id for h in fused.passages] == [h.id for h in dense.passages]


def test_possessives_do_not_hide_pinyin_names(standin_retriever):
    assert "shangyu" in standin_retriever.lexical.tokenizer.tokens("What is Shangyu's plan for Cao'e?")
    assert "caoe" in standin_retriever.lexical.tokenizer.tokens("What is Shangyu's plan for Cao'e?")


def test_fusion_on_a_mixed_language_question(article_retriever):
    answer = article_retriever.ask("How many people can the 人才公寓 attract?", top_k=3)
    assert article_retriever.lexical.match(answer.question).coverage > 0
    assert "4900余人" in answer.passages[0].text


@pytest.mark.parametrize("question", ["北京明天会下雨吗？", "快速排序算法怎么写？", "臺北明天的天氣如何？"])
def test_out_of_scope_questions_are_refused(article_retriever, question):
    answer = article_retriever.ask(question)
    assert answer.answerable is False and len(answer.passages) == 5


@pytest.mark.parametrize("question", ["曹娥街道有多少家上市公司？", "Who wrote this article?",
                                      "鴻雁社區能引進多少人才？"])
def test_in_scope_questions_are_answered(article_retriever, question):
    assert article_retriever.ask(question).answerable is True


def test_the_question_s_known_words_count_as_evidence(standin_retriever):
    """The words of a question about the article are found in it; a question about bread names nothing."""
    scored = standin_retriever.score("曹娥街道有多少家上市公司？")
    assert scored.names_something and scored.coverage > 0.5
    bread = standin_retriever.score("How do I bake sourdough bread?")
    assert not bread.names_something and bread.coverage == 0.0


def test_script_detection():
    assert is_chinese_script("卧龙集团 revenue")
    assert not is_chinese_script("How many companies?")


@pytest.mark.parametrize("bad", ["", "  \n\t", "\x00\x07", "字" * 1001])
def test_clean_question_rejects_unusable_input(bad):
    with pytest.raises(QuestionError):
        clean_question(bad)


def test_clean_question_keeps_emoji_and_mixed_scripts():
    assert clean_question("  曹娥 🚀 Caoe\u200b?\n") == "曹娥 🚀 Caoe?"


def test_english_pinyin_names_reach_chinese_passages(standin_retriever):
    match = standin_retriever.lexical.match("What will the Wolong park earn, and how big is Hongyan?")
    assert {"wolong", "hongyan"} <= set(match.matched)
    best = int(np.argmax(match.scores))
    assert "卧龙" in standin_retriever.passages[best].text or "鸿雁" in standin_retriever.passages[best].text
    assert standin_retriever.lexical.match("How do I bake sourdough bread?").matched == []


def test_the_retriever_lifts_documents_for_english_questions_only(standin_retriever):
    english = standin_retriever.score("What will the Wolong park earn?")
    assert english.document_lift.max() > 0 and english.document_lift.min() >= 0
    chinese = standin_retriever.score("卧龙产业园能赚多少钱？")
    assert not chinese.document_lift.any()
    assert not standin_retriever.score("What will the Wolong park earn?", mode="dense").document_lift.any()


def test_chinese_questions_are_not_scored_on_pinyin(standin_retriever):
    tokens = standin_retriever.lexical.tokenizer.tokens("卧龙集团的项目")
    assert "wolong" not in tokens and "卧龙" in tokens


def _assistant_over(tmp_path, embedder, documents: dict[str, str]):
    """An assistant with the real model over a corpus of these documents (file name → text)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in documents.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return qa.Assistant(corpus, tmp_path / "index", embedder=embedder)


def test_a_question_about_one_document_s_subject_gets_that_document_s_passages_first(tmp_path, embedder):
    """The question describes a person by what the lead says of her and asks what a later
    paragraph says; her sister's biography shares most of the description."""
    assistant = _assistant_over(tmp_path, embedder, {"elder.txt": (
        "林秀贞\n\n林秀贞（1871年—1949年），福建福州人，是中国第一位获得西医学位的女性，也是近代著名的妇产科医生。\n\n"
        "林秀贞早年随传教士学习英语，1889年赴美国费城女子医学院求学，1894年以优异成绩毕业，获得医学博士学位。\n\n"
        "回国后，她在福州创办了妇幼医院，三十年间接生婴儿数千名，并培养了一批女护士和女医生。\n\n"
        "晚年的林秀贞移居厦门鼓浪屿，1949年在鼓浪屿病逝，终年七十八岁。\n"), "younger.txt": (
        "林秀英\n\n林秀英（1875年—1950年），福建福州人，林秀贞的妹妹，中国早期女医生之一，曾在姐姐创办的妇幼医院行医。\n\n"
        "林秀英1896年赴美国纽约学习护理和医学，是中国最早留学美国的女性之一，1901年获得医学学位后回国。\n\n"
        "林秀英一生未婚，长期在福州和上海两地行医，1950年在上海去世。\n")})
    hits = assistant.policy.retriever.ask("中国第一位获得西医学位的女性最后在哪里去世？").passages
    texts = [hit.text for hit in hits]
    answering = next(rank for rank, text in enumerate(texts) if "鼓浪屿病逝" in text)
    assert all(hit.doc == "elder.txt" for hit in hits[:2])
    assert not any("上海去世" in text for text in texts[:answering])  # the sister's death is no answer
    assert hits[answering].score < max(hit.score for hit in hits if hit.doc == "younger.txt")  # its own score kept


def test_a_report_is_found_by_its_headline_and_the_name_s_abbreviation(tmp_path, embedder):
    """Readers call the 江州国际马拉松 江马; the paragraph that answers says only 比赛当天, its headline
    names the race."""
    assistant = _assistant_over(tmp_path, embedder, {"2015.txt": (
        "首届江州国际马拉松鸣枪开跑\n2015年11月9日 本报记者 李振宇\n\n"
        "11月8日上午7时30分，首届江州国际马拉松在江州市民广场鸣枪开跑，1.2万名跑者参赛。\n\n"
        "比赛当天江州气温在9℃至15℃之间，天气晴好，十分适合长跑。\n"), "2018.txt": (
        "江州马拉松启用新赛道 3万跑者穿越古城\n2018年11月12日 本报记者 陈思雨\n\n"
        "11月11日，2018江州马拉松鸣枪开跑，新赛道首次穿越江州古城，3万名跑者参赛。\n\n"
        "比赛当天最高气温21℃，组委会增设了8个补水站。\n")})
    answer = assistant.ask("2015年首届江马比赛那天气温多少度")
    assert answer.outcome == "answered" and "9℃至15℃" in answer.passages[0].text, (answer.outcome, answer.missing)
    other = assistant.ask("2015年首届杭马比赛那天气温多少度")
    assert other.outcome == "not_covered" and other.missing == ["杭马"]


def test_an_english_question_naming_a_person_gets_that_person_s_report_first(tmp_path, embedder):
    """Two reports of a truck accident; the English question names the driver of one syllable by
    syllable, as English writes Chinese names, while jieba keeps 刘会民 whole. The other report
    names its driver by surname as news does (王某, 王先生), which English calls Wang or Mr. Wang."""
    assistant = _assistant_over(tmp_path, embedder, {"liu.txt": (
        "货车侧翻 司机受伤\n\n"
        "3月5日凌晨，司机刘会民驾驶一辆半挂车行至国道时侧翻，刘会民被送往医院，车上货物散落一地。\n\n"
        "交警随后对现场进行了清理，事故原因正在调查中。\n"), "wang.txt": (
        "半挂车追尾事故\n\n"
        "4月12日上午，一辆满载钢材的半挂货车在高速公路上追尾前车，货车司机王某受轻伤。\n\n"
        "事发后，王先生报警，高速交警迅速赶到现场处置，道路于中午恢复通行。\n")})
    lexical = assistant.policy.retriever.lexical
    question = "When did Liu Huimin's trailer truck crash?"
    assert "liuhuimin" in lexical.match(question).matched
    assert lexical.names_as_indexed("China's national Maritime Day in 2005") == "China's national Maritime Day in 2005"
    assert lexical.names_as_indexed("Was Wang hurt, and when did Mr. Wang drive on?") == (
        "Was Wangmou hurt, and when did Mr. Wangxiansheng drive on?")
    assert lexical.names_as_indexed("Wang was hurt?") == "Wang was hurt?"  # a first word may be any word
    assert lexical.names_as_indexed("Did Mr. Wang drive on?") == "Did Mr. Wangxiansheng drive on?"
    hits = assistant.policy.retriever.ask(question).passages
    docs = [hit.doc for hit in hits]
    answering = next(rank for rank, hit in enumerate(hits) if "3月5日" in hit.text)
    assert docs[0] == "liu.txt" and answering < docs.index("wang.txt"), [(hit.doc, hit.text[:20]) for hit in hits]


HEATSTROKE = (
    "孕妇外出中暑\n\n"
    "怀孕8个月的妻子与丈夫闹别扭，投奔亲戚家，路上中暑。记者了解到，24岁的严女士家住东西湖，怀孕已8个多月。"
    "7月3日中午，她独自出门。由于气温较高，严女士路过一家小卖部，还没来得及买水就中暑昏倒在地。"
    "店家拨打120，将她送到附近的医院，医生说孕妇中暑要格外小心。\n")
DRUNK_DRIVING = (
    "男子醉驾撞人被判刑\n\n"
    "2021年6月的一个深夜，李某酒后驾车在城南路撞伤一名行人，随后驾车逃离现场，2022年3月被法院判刑。"
    "一个平日谨慎的上班族，为什么会酒后开车？李某到案后称，当晚因为和朋友聚会喝了不少酒，以为自己还能开车。"
    "法院以交通肇事罪判处其有期徒刑2年6个月。李某当庭表示认罪，不再上诉。\n")

HIT_AND_RUN = (
    "货车撞护栏后逃逸\n\n"
    "2月12日早上，绕城高速发生一起交通事故，一辆货车撞上护栏后逃逸，当天下午肇事的货车司机被警方抓获。"
    "经查，货车司机谢某今年45岁，系无证驾驶，目前已被依法刑事拘留。\n")
TV_SHOW = (
    "乡村节目来了\n\n"
    "昨晚，央视七套的一档乡村节目在灌云伊甸园景区录制，现场人山人海，节目组表示录制非常顺利。"
    "据介绍，这次录制的是《美丽乡村快乐行》节目，将于下周播出。\n")
PICKPOCKET = (
    "巡逻民警抓获扒窃嫌疑人\n\n"
    "3月5日，城东派出所巡逻民警在辖区巡逻时抓获一名扒窃嫌疑人，追回被盗手机一部。"
    "当天下午，民警在人民路步行街一家奶茶店附近将正在逃离现场的嫌疑人控制。"
    "经审查，嫌疑人张某（男，38岁，安徽阜阳人）对扒窃事实供认不讳。目前，嫌疑人张某已被刑事拘留。\n")


@pytest.mark.parametrize(("report", "question", "given"), [
    (HEATSTROKE, "How old is Ms. Yan, the pregnant woman who collapsed from heatstroke?", "24岁"),
    (HEATSTROKE, "严女士多大年纪？", "24岁"),
    (HEATSTROKE, "When did Ms. Yan collapse?", "7月3日"),
    (DRUNK_DRIVING, "李某被判了几年？", "2年6个月"),
    (DRUNK_DRIVING, "How long was Li sentenced to prison?", "2年6个月"),
    (DRUNK_DRIVING, "李某为什么会酒后开车？", "因为"),
    (DRUNK_DRIVING, "Why did Li drive after drinking?", "因为"),
    (HIT_AND_RUN, "那个撞了护栏逃逸的货车司机叫什么名字？", "谢某"),
    (TV_SHOW, "在灌云伊甸园景区录的那档节目叫什么？", "美丽乡村快乐行"),
    (PICKPOCKET, "扒手张某是哪里人？", "阜阳人"),
    (PICKPOCKET, "Where is the pickpocket Zhang from?", "阜阳人"),
    (PICKPOCKET, "張某是在哪裡被民警抓到的？", "奶茶店附近"),
    (PICKPOCKET, "Where exactly did the police catch Zhang?", "奶茶店附近"),
])
def test_the_marked_sentence_gives_the_kind_of_answer_asked(tmp_path, embedder, report, question, given):
    """A long news paragraph: the sentence most like the question tells of the event, while an age, a
    date, a length of time (not a date: 2021年6月), a reason, a name or a place asked (where someone is
    from, where something happened) is given in another, and a report asks its reader a question before
    it answers it; the marked sentence is the one that gives it."""
    assistant = _assistant_over(tmp_path, embedder, {"report.txt": report})
    answer = assistant.ask(question)
    assert answer.passages and given in answer.passages[0].sentence, answer.passages[0].sentence
