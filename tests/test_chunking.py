"""Paragraph chunking of the real article and of small synthetic pages."""

from __future__ import annotations

import pytest
from conftest import article_text

from qa.ingest.byline import headline, written_author, written_date
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


PAGE_TEXT = ("临江新闻网讯（记者 周楠）5月27日，记者从县人民医院获悉，新院区将于6月1日正式启用，门诊同步搬迁。",
             "新院区总投资12.8亿元，设计床位1200张，比老院区增加450张。")


def assert_headline_date_and_text(passages, title: str, date: str) -> None:
    """The page's passages are its title block (the headline as listed, its date) and its text alone."""
    assert [p.kind for p in passages] == ["title", "body"]
    assert (headline(passages[0].text), written_date(passages[0].text)) == (title, date)
    assert passages[1].text == "".join(PAGE_TEXT)


def test_a_page_copied_without_blank_lines_has_its_headline_and_dateline_as_title():
    """A portal page or a notice copied from a browser, one paragraph a line: its trail of sections, its
    tools (字号, 打印, 分享到) and its list of related news are not its text; the headline over its
    dateline is the title, even over a short salutation."""
    portal = ("首页 > 新闻中心 > 本地新闻\n县人民医院新院区6月1日正式启用 门诊搬迁期间这些事项要注意\n"
              "2024-05-28 10:21:33　来源：临江新闻网　作者：周楠\n字号：大 中 小　|　打印　|　分享到：\n"
              f"{PAGE_TEXT[0]}\n{PAGE_TEXT[1]}\n相关新闻\n· 县人民医院新院区主体结顶　2022-11-16\n"
              "【打印本页】【关闭窗口】\n")
    assert_headline_date_and_text(passages_of(portal), "县人民医院新院区6月1日正式启用 门诊搬迁期间这些事项要注意",
                                  "2024-05-28")

    notice = ("当前位置：首页 > 政务公开\n关于做好2025年度城乡居民基本医疗保险参保缴费工作的通知\n"
              "发布时间：2024-09-20 09:30　　来源：临江县医疗保障局　　浏览次数：3562\n【字体：大 中 小】\n"
              "各乡镇人民政府：\n为做好参保缴费工作，现将有关事项通知如下。\n")
    passages = passages_of(notice)
    assert passages[0].kind == "title" and passages[0].text.startswith("关于做好2025年度")
    assert "浏览次数" in passages[0].text and "首页" not in " ".join(p.text for p in passages)
    assert passages[1].text == "各乡镇人民政府：为做好参保缴费工作，现将有关事项通知如下。"


def test_a_post_read_in_an_app_has_its_account_above_and_comments_below():
    """A post copied from an app: the account's name and posting time over a follow button, then the
    headline; after the text, a rights notice, report button and the readers' comments."""
    post = ("临江生活圈\n2024-04-12 18:30·浙江·优质生活领域创作者\n关注\n"
            "开了32年的馄饨店要搬家了！老顾客：新店开张一定去\n"
            f"{PAGE_TEXT[0]}\n展开全文\n{PAGE_TEXT[1]}\n本文图片由作者拍摄，未经授权禁止转载\n举报/反馈\n"
            "评论 128\n城关老陈：从读小学吃到现在，支持！\n66赞 · 回复\n写评论...\n收藏　分享\n")
    assert_headline_date_and_text(passages_of(post), "开了32年的馄饨店要搬家了！老顾客：新店开张一定去", "2024-04-12")


def test_a_headline_over_its_dateline_in_paragraphs_of_their_own():
    post = (f"的哥拾金不昧，一路追到高铁站\n\n临江交通 2024-04-22 17:45\n\n↓↓↓\n\n{PAGE_TEXT[0]}\n\n"
            f"{PAGE_TEXT[1]}\n")
    passages = passages_of(post)
    assert [p.kind for p in passages] == ["title", "body", "body"]
    assert passages[0].text == "的哥拾金不昧，一路追到高铁站 临江交通 2024-04-22 17:45"


def test_a_site_menu_a_subtitle_and_a_photo_credit_are_read_for_what_they_are():
    page = ("首页 政务公开 政务服务 互动交流\n县人民医院新住院楼投用 远程会诊中心同步启用\n"
            "——乡镇患者在家门口可请省级专家会诊\n"
            f"2025-02-27 07:30　来源：青川日报\n\n{PAGE_TEXT[0]}\n\n图为医护人员护送患者转入新楼。记者 李思远 摄\n\n"
            f"{PAGE_TEXT[1]}\n\n（编辑：周敏）\n")
    passages = passages_of(page)
    assert [p.kind for p in passages] == ["title", "body", "caption", "body"]
    assert "——乡镇患者" in passages[0].text and "首页" not in passages[0].text
    assert passages[3].section is None  # a photo's credit heads nothing


def test_a_subtitle_run_on_into_the_text_leaves_the_text_a_body():
    """A page copied as text may run the subtitle and the whole article into one line: it is text to
    search, not part of the title (title passages are returned only when the document itself is asked)."""
    page = f"县人民医院新住院楼投用\n——乡镇患者在家门口可请省级专家会诊{PAGE_TEXT[0]}\n\n{PAGE_TEXT[1]}\n"
    passages = passages_of(page)
    assert [p.kind for p in passages] == ["title", "body", "body"]
    assert passages[0].text == "县人民医院新住院楼投用" and passages[1].text.startswith("——乡镇患者")


def test_a_microblog_post_ends_at_its_counters():
    post = ("青川吃货小分队\n3-14 20:47 来自 iPhone客户端 · 发布于 四川\n"
            f"#青川县# 县城那家开了31年的包子铺月底就要关门了\n{PAGE_TEXT[1]}\n转发 27  评论 44  赞 318\n"
            "小城故事多Lily：从小学吃到现在，舍不得\n3-14 21:02 来自四川 回复 赞57\n")
    passages = passages_of(post)
    assert [p.kind for p in passages] == ["title", "body"]
    assert passages[1].text.startswith("#青川县#") and passages[1].text.endswith(PAGE_TEXT[1])


def test_words_about_comments_or_related_news_inside_the_text_do_not_end_it():
    text = ("县里开展评论员培训\n\n评论\n\n" + PAGE_TEXT[0] + "\n\n网友留言称，新院区停车方便了。\n\n"
            + PAGE_TEXT[1] + "\n")
    assert "".join(p.text for p in passages_of(text)).endswith(PAGE_TEXT[1])


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
    """News puts a dateline or the headline again between headline and text."""
    body = "记者6月19日从法院获悉，泰州史上最大的走私“洋垃圾”案日前宣判，四名走私分子分别被处有期徒刑。"
    for between in ("中国江苏网6月19日讯", "泰州市史上最大 走私“洋垃圾”案宣判"):
        passages = chunk_document("news.txt", f"泰州市史上最大 走私“洋垃圾”案宣判！\n{between}\n{body}\n")
        assert passages[0].kind == "title" and passages[0].text == "泰州市史上最大 走私“洋垃圾”案宣判！", between
        assert body in passages[1].text


@pytest.mark.parametrize("layout", ["{h}\n{o}\n{p}\n{q}\n", "{h}\n\n{o}\n{p}\n{q}\n",
                                    "{h}\n\n{o}\n\n{p}\n\n{q}\n", "{h}\n{o}\n\n{p}\n\n{q}\n"])
def test_the_original_headline_under_a_headline_is_part_of_its_title_block(layout):
    """Scraped news repeats the source's headline (原标题：…) under its own, with or without blank lines
    around it: it joins the title block, which is listed by the headline, and the text starts clean."""
    lead = "　　近日南宁市公安局边阳派出所侦破了一起蹊跷的入室盗窃案，嫌疑人可以随意进出受害人的家里偷东西。"
    second = "　　从去年年底开始，租住雅里村的何先生发现家里不对劲，时不时就有财物丢失的情况发生。"
    page = layout.format(h="出租屋半年被偷8次：整栋楼共用一个锁芯", p=lead, q=second,
                         o="原标题：出租屋半年被偷8次 一查竟是整栋楼共用一个锁芯")
    passages = chunk_document("news.txt", page)
    assert [p.kind for p in passages] == ["title", "body", "body"]
    assert headline(passages[0].text) == "出租屋半年被偷8次：整栋楼共用一个锁芯"
    assert "一查竟是整栋楼共用一个锁芯" in passages[0].text
    assert [p.text for p in passages[1:]] == [lead.strip(), second.strip()]


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
