"""Paragraph chunking of the real article and of small synthetic pages."""

from __future__ import annotations

import pytest
from conftest import article_text

from qa.ingest.chunking import chunk_document
from qa.ingest.sentences import split_sentences

DOC = "article.txt"


def passages_of(text: str):
    return chunk_document(DOC, text)


def find(passages, fragment: str):
    found = [p for p in passages if fragment in p.text]
    assert len(found) == 1, f"{fragment!r} found in {len(found)} passages"
    return found[0]


def test_column_breaks_are_joined_in_the_article():
    passages = passages_of(article_text())
    assert find(passages, "湾区高能级先进智造基地。").kind == "body"
    assert find(passages, "打造“立起来的经济聚集区”。").kind == "body"
    assert find(passages, "有事儿就联系。”").kind == "body"


def test_captions_are_their_own_passages_and_never_inside_body_text():
    passages = passages_of(article_text())
    for caption in ("卧龙集团车间自动装配线", "技术人员巡视生产线", "打通e享城夜市", "晶盛机电产业园二期项目"):
        holder = find(passages, caption)
        assert holder.kind == "caption" and holder.text == caption
    body = " ".join(p.text for p in passages if p.kind == "body")
    assert "技术人员巡视生产线" not in body


def test_headings_are_attached_not_passages():
    passages = passages_of(article_text())
    headings = {"项目为王 点燃突破发展“主引擎”", "创新载体 打造产业集聚“引力场”", "聚才汇智 吹响青年人才“集结号”"}
    assert not any(p.text in headings for p in passages)
    assert find(passages, "总投资60亿元").section == "项目为王 点燃突破发展“主引擎”"
    assert find(passages, "技术人员巡视生产线").section == "创新载体 打造产业集聚“引力场”"
    assert find(passages, "人才公寓项目").section == "聚才汇智 吹响青年人才“集结号”"


def test_title_block_and_byline_are_kept():
    passages = passages_of(article_text())
    assert passages[0].kind == "title" and passages[0].text.startswith("聚力向高而攀 勇毅向新而行")
    assert "奏响时代强音" in passages[0].text
    assert find(passages, "孙金良").kind == "byline"


@pytest.mark.parametrize("byline", ["本报讯（记者 杜晓明 通讯员 林法宣）", "新华社北京5月8日电（记者 王小明）"])
def test_a_bracketed_byline_under_the_headline_is_the_byline_not_part_of_the_title(byline):
    passages = passages_of(f"以“养老投资”为名诈骗213名老人\n主犯孙某被判有期徒刑十三年\n\n{byline}\n\n"
                           "4月18日，临江区人民法院对一起诈骗案件进行一审公开宣判，被告人孙某被判处有期徒刑十三年。\n")
    assert [(p.kind, p.text) for p in passages[:2]] == [
        ("title", "以“养老投资”为名诈骗213名老人 主犯孙某被判有期徒刑十三年"), ("byline", byline)]


def test_a_page_s_furniture_copied_out_inside_a_paragraph_is_dropped_and_the_paragraph_joined():
    before = "4月18日，法院对孙某等人公开宣判，其余被告人被判处有期徒刑五年。另两"
    after = "名被告人分别被判处有期徒刑三年。"
    furniture = "临江日报　2024年4月19日　星期五\n第5版　法治　　责任编辑：周 敏　美编：王一帆\n- 5 -"
    passages = passages_of(f"星期天的菜市场\n\n{before}\n\n{furniture}\n\n{after}\n")
    assert [(p.kind, p.text) for p in passages] == [
        ("title", "星期天的菜市场"),  # a heading that only mentions a weekday is no furniture
        ("body", before + after)]


def test_a_number_hard_wrapped_in_chinese_text_is_joined_whole():
    passages = passages_of("法院经审理查明，2022年1\n1月间，涉案金额达1\n846万元。Chapter 12\n13 pages follow.\n")
    assert passages[0].text == "法院经审理查明，2022年11月间，涉案金额达1846万元。Chapter 12 13 pages follow."


def test_a_paragraph_begun_by_its_indent_is_its_own_passage_and_continues_no_other():
    """Text copied out of a page: hard-wrapped, no blank line between paragraphs, each begun by an indent.
    A box's text that stops mid-phrase (a weather box) is not continued by the indented paragraph after it."""
    text = ("以“养老投资”为名诈骗213名老人\n\n"
            "多云转阴 东北风3级\n空气质量：良\n\n"
            "　　4月18日，临江区人民法院对一起诈骗案\n件进行一审公开宣判。被告人孙某犯诈骗\n"
            "罪，被判处有期徒刑十三年。\n"
            "　　法院经审理查明，2019年3月至2022年1\n1月间，孙某先后注册成立两家公司。\n"
            "　　案发后，公安机关共追缴赃款折合人民币\n632万元。\n")
    passages = passages_of(text)
    assert [p.text for p in passages if p.kind == "body"] == [
        "多云转阴 东北风3级空气质量：良",
        "4月18日，临江区人民法院对一起诈骗案件进行一审公开宣判。被告人孙某犯诈骗罪，被判处有期徒刑十三年。",
        "法院经审理查明，2019年3月至2022年11月间，孙某先后注册成立两家公司。",
        "案发后，公安机关共追缴赃款折合人民币632万元。"]
    for passage in passages:  # each passage's span starts where its text does
        assert text[passage.start:passage.end].startswith(passage.text[:10])


def test_text_indented_throughout_is_read_by_its_blank_lines():
    """The indent that begins a paragraph is counted from the text's own margin."""
    text = "　　第一段写到这里，\n　　还没有写完。\n\n　　第二段另起一块。\n"
    bodies = [p.text for p in passages_of(text) if p.kind == "body"]
    assert bodies == ["第一段写到这里，还没有写完。", "第二段另起一块。"]


def test_a_markdown_heading_line_is_a_block_of_its_own():
    before, after = "前言写在这里，说明本文的来历和背景。", "这一部分介绍概况，内容较长，足以成为正文段落。"
    passages = passages_of(f"{before}\n## 第一部分 概况\n{after}\n")
    assert [(p.section, p.text) for p in passages] == [(None, before), ("第一部分 概况", after)]


def test_a_post_s_account_name_buttons_and_other_posts_are_not_its_text():
    """A post copied as text: its account's name over the headline (named again in the dateline), a
    byline without a colon, buttons and counters, and a list of other posts at its end."""
    from qa.ingest.byline import headline, written_author, written_date

    body = "临江市轨道交通集团12月25日发布消息，地铁2号线东延段将于12月28日上午10时开通初期运营。"
    text = ("临江发布\n地铁2号线东延段12月28日开通 高铁站到市中心缩短至28分钟\n"
            "原创 临江发布 2024年12月26日 08:30 浙江\n记者 邵宇航\n点击蓝字 关注我们\n\n"
            f"{body}\n\n"
            "↓↓↓\n\n推荐阅读\n临江地铁5号线最新进展来了\n元旦假期出行指南请收好\n\n"
            "阅读原文\n阅读 2.3万\n分享  收藏  在看  点赞\n")
    passages = passages_of(text)
    title = passages[0]
    assert title.kind == "title" and headline(title.text) == "地铁2号线东延段12月28日开通 高铁站到市中心缩短至28分钟"
    assert (written_date(title.text), written_author(title.text, None)) == ("2024-12-26", "邵宇航")
    assert [p.text for p in passages[1:]] == [body]


def test_spans_point_into_the_source_text():
    source = article_text()
    for passage in passages_of(source):
        pieces = [source[start:end] for start, end in passage.spans]
        assert all(piece.strip() for piece in pieces)
        assert passage.text.replace(" ", "") == "".join(pieces).replace("\n", "").replace(" ", "")


def test_ids_are_stable_and_unique():
    first, second = passages_of(article_text()), passages_of(article_text())
    assert [p.id for p in first] == [p.id for p in second]
    assert len({p.id for p in first}) == len(first)


def test_synthetic_page_with_caption_inside_a_split_paragraph():
    page = ("报道标题\n\n记者 王小明\n\n\n\n第一部分 城市发展\n\n"
            "新城区今年建成了三座公园,并计划在明年继续扩建\n\n\n\n市民在公园散步\n\n"
            "两座体育馆。市民反响热烈。\n\n第二段正文在这里结束。\n")
    passages = passages_of(page)
    kinds = [(p.kind, p.text) for p in passages]
    assert ("title", "报道标题") in kinds
    assert ("byline", "记者 王小明") in kinds
    assert ("caption", "市民在公园散步") in kinds
    joined = find(passages, "继续扩建两座体育馆。")
    assert joined.section == "第一部分 城市发展" and len(joined.spans) == 2


def test_markdown_headings_and_english_paragraphs():
    page = ("# Daily Bulletin\n\n## City news\n\nThe new bridge opened on Monday. It carries\n"
            "two lanes of traffic.\n\n## Weather\n\nRain is expected.\n")
    passages = passages_of(page)
    assert (passages[0].kind, passages[0].text) == ("title", "Daily Bulletin")
    bridge = find(passages, "It carries two lanes")
    assert bridge.section == "City news"
    assert find(passages, "Rain is expected.").section == "Weather"


def test_caption_like_line_without_following_body_is_not_a_heading():
    passages = passages_of("正文第一段,讲述一件事情。\n\n\n\n夜市 一角\n\n\n\n大桥远景\n")
    assert [p.kind for p in passages] == ["body", "caption", "caption"]
    assert all(p.section is None for p in passages)


def test_sentence_split_keeps_closing_quotes_and_figures():
    text = "他说:“今年增长18.3%。”外资到位697万美元……随后继续;第三句?"
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences[0] == "他说:“今年增长18.3%。”"
    assert sentences[1] == "外资到位697万美元……"
    assert sentences[-1] == "第三句?"


def test_no_passage_is_longer_than_the_model_reads():
    from qa.ingest.chunking import MAX_PASSAGE_TOKENS, estimated_tokens

    items = [f"第{n}项：曹娥街道推进第{n}个重点项目建设，总投资{n}亿元，预计年底完工" for n in range(1, 61)]
    scraped = "\n".join(items) + "\n"  # one block of 60 list lines, no sentence ends
    passages = chunk_document("list.txt", scraped)
    assert len(passages) >= 4  # about 1,500 tokens in pieces of at most 400
    assert all(estimated_tokens(p.text) <= MAX_PASSAGE_TOKENS for p in passages)
    assert "".join(p.text for p in passages) == "".join(items)  # nothing lost, nothing repeated
    fragments = "\n\n".join(["曹娥街道推进重点项目建设，总投资十亿元" * 3] * 30) + "\n"  # never a sentence end
    joined = chunk_document("fragments.txt", fragments)
    assert len(joined) > 1 and all(estimated_tokens(p.text) <= MAX_PASSAGE_TOKENS for p in joined)
    assert len({p.id for p in joined}) == len(joined)


def test_a_first_line_before_longer_text_is_the_headline():
    """News kept as plain text: a title line, then the text, with or without a blank line between."""
    body = ("记者4月30日从省安全生产监督管理局了解到，一村庄在施工中钻探到隧道底层，随即喷出蓝色气体。"
            "专家已到现场处置。")
    pages = (f"青海乐都一村庄发现井喷蓝色气体，到底是啥?\n{body}\n",
             f"意义重大！关于正当防卫，最高检出指导性案例了！\n\n{body}\n")
    for page in pages:
        passages = chunk_document("news.txt", page)
        assert [p.kind for p in passages] == ["title", "body"]
        assert passages[1].text == body


def test_a_headline_is_found_past_a_dateline_or_its_own_repetition():
    """News puts a dateline, the original headline or the headline again between headline and text."""
    body = "记者6月19日从法院获悉，泰州史上最大的走私“洋垃圾”案日前宣判，四名走私分子分别被处有期徒刑。"
    for between in ("中国江苏网6月19日讯", "原标题：泰州市史上最大走私洋垃圾案宣判",
                    "泰州市史上最大 走私“洋垃圾”案宣判"):
        passages = chunk_document("news.txt", f"泰州市史上最大 走私“洋垃圾”案宣判！\n{between}\n{body}\n")
        assert passages[0].kind == "title" and passages[0].text == "泰州市史上最大 走私“洋垃圾”案宣判！", between
        assert body in passages[1].text


def test_a_headline_over_its_dateline_heads_even_a_short_first_paragraph():
    """Headline and dateline, a blank line, then a lead shorter than the two: still the title block."""
    lead = "11月8日，首届江州国际马拉松鸣枪开跑，1.2万名跑者参赛。"
    page = f"首届江州国际马拉松鸣枪开跑\n2015年11月9日 本报记者 李振宇\n\n{lead}\n\n比赛当天气温在9℃至15℃之间。\n"
    passages = chunk_document("news.txt", page)
    assert [p.kind for p in passages] == ["title", "body", "body"]
    assert passages[0].text == "首届江州国际马拉松鸣枪开跑 2015年11月9日 本报记者 李振宇" and passages[1].text == lead


def test_hard_wrapped_prose_has_no_headline():
    """Lines of one paragraph wrapped at a fixed width are of equal length: the first is no title."""
    lines = ["曹娥街道今年以来持续推进重点项目建设，全力打造青春之城，",
             "吸引了大批青年人才前来创业就业，城市面貌焕然一新。"]
    passages = chunk_document("wrapped.txt", "\n".join(lines) + "\n")
    assert [p.kind for p in passages] == ["body"] and passages[0].text == "".join(lines)
