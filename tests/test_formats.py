"""Documents in real formats, made by the tests: a two-column PDF of the article, a web page, a Word file.

Each must give the same passages (or the same text) as the article's own text
file; files that cannot be read are named in one sentence and the rest builds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ARTICLE, PROJECT_ROOT

import qa
from qa.ingest.chunking import chunk_document
from qa.ingest.corpus import load_documents
from qa.ingest.formats import UnreadableDocument, extract
from qa.ingest.sentences import is_cjk

COLUMN_CHARS = 22  # characters per line in a column
LINE = 15.0  # points between lines


def wrap(line: str, width: int = COLUMN_CHARS) -> list[str]:
    """A text line wrapped to ``width`` characters, breaking only between Chinese characters
    (where a line break loses nothing)."""
    rows, current = [], ""
    for index, char in enumerate(line):
        previous = line[index - 1] if index else ""
        breakable = current and (is_cjk(char) and previous and not previous.isspace())
        if len(current) >= width and breakable:
            rows.append(current)
            current = ""
        current += char
    return rows + [current]


def blocks_with_gaps(text: str) -> list[tuple[int, list[str]]]:
    """The text file's blocks: the blank lines before each, and its lines."""
    blocks, lines, blank = [], [], 0
    for raw in text.splitlines():
        if raw.strip():
            if not lines:
                gap = blank
            lines.append(raw.strip())
            blank = 0
        else:
            if lines:
                blocks.append((gap, lines))
                lines = []
            blank += 1
    if lines:
        blocks.append((gap, lines))
    return blocks


def two_column_pdf(text: str, path: Path) -> None:
    """The text laid out as an e-paper page would be: the title block across the page, then two
    columns, blocks kept whole, blank lines as space."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setTitle("聚力向高而攀")
    page.setAuthor("孙金良")
    top, bottom, columns = 800.0, 60.0, (40.0, 310.0)
    column, y = 0, top
    page.setFont("STSong-Light", 10)
    in_title = True
    for gap, lines in blocks_with_gaps(text):
        in_title = in_title and all(len(line) <= 2 * COLUMN_CHARS for line in lines) and len(lines) <= 3
        rows = [row for line in lines for row in (wrap(line, 2 * COLUMN_CHARS + 10) if in_title else wrap(line))]
        space = 0 if y == top else gap * LINE
        if y - space - LINE * len(rows) < bottom:  # the block goes whole to the next column or page
            column, y, space = column + 1, top, gap * LINE if gap > 1 else 0
            if column == len(columns):
                page.showPage()
                page.setFont("STSong-Light", 10)
                column = 0
        y -= space
        for row in rows:
            page.drawString(columns[column], y, row)
            y -= LINE
    page.save()


def passages_of(name: str, text: str) -> list[tuple[str, str | None, str]]:
    return [(p.kind, p.section, p.text) for p in chunk_document(name, text)]


def test_a_two_column_pdf_of_the_article_gives_the_same_passages(tmp_path):
    text = ARTICLE.read_text(encoding="utf-8")
    pdf = tmp_path / "article.pdf"
    two_column_pdf(text, pdf)
    found = extract(pdf)
    assert found.title == "聚力向高而攀" and found.author == "孙金良"
    assert passages_of("a", found.text) == passages_of("a", text)


def test_a_web_page_keeps_the_article_and_drops_the_navigation_and_comments(tmp_path):
    paragraphs = [p.text for p in chunk_document("a", ARTICLE.read_text(encoding="utf-8")) if p.kind == "body"][:6]
    page = tmp_path / "news.html"
    page.write_text(f"""<!doctype html><html><head><title>聚力向高而攀 - 上虞日报</title>
<meta name="author" content="孙金良"><meta property="article:published_time" content="2023-05-10">
<meta property="og:site_name" content="上虞日报"></head><body>
<nav><a href="/">首页</a> <a href="/news">新闻</a> <a href="/ads">广告合作热线</a></nav>
<article><h1>聚力向高而攀</h1>{''.join(f'<p>{p}</p>' for p in paragraphs)}</article>
<div class="comments"><h3>网友评论</h3><p>这篇文章写得真好，点赞！广告位招租请联系。</p></div>
<footer>版权所有 © 上虞日报社 备案号 浙ICP备0000号</footer></body></html>""", encoding="utf-8")
    found = extract(page)
    assert found.title.startswith("聚力向高而攀") and found.date == "2023-05-10" and found.source == "上虞日报"
    assert all(p in found.text for p in paragraphs)
    for noise in ("广告合作热线", "网友评论", "点赞", "版权所有"):
        assert noise not in found.text
    assert [p.kind for p in chunk_document("news.html", found.text)].count("body") >= 5


def test_a_portal_page_keeps_a_paragraph_outside_its_paragraph_tags_and_names_the_headline(tmp_path):
    """An old portal puts one paragraph in a bare <div> among the <p>s and its name after the headline
    in <title>; an editor's credit and comments follow the article."""
    paragraphs = [p.text for p in chunk_document("a", ARTICLE.read_text(encoding="utf-8")) if p.kind == "body"][:6]
    page = tmp_path / "portal.html"
    page.write_text(f"""<html><head><title>聚力向高而攀_经济_上虞在线</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/app">扫码下载客户端</a></div>
<div class="info">2023-05-10 09:12 来源：上虞日报 作者：孙金良</div><div id="zoom">
{''.join(f'<p style="text-indent:2em"><span>{p}</span></p>' for p in paragraphs[:3])}
<div style="text-indent:2em">{paragraphs[3]}</div>
{''.join(f'<p style="text-indent:2em"><span>{p}</span></p>' for p in paragraphs[4:])}
<p>责任编辑：潘雨晴</p>
</div><div class="comments"><p>网友评论（已有2条）</p><p>曹娥的变化真大，点个赞！</p><p>[回复] [支持 3]</p></div>
</body></html>""", encoding="utf-8")
    found = extract(page)
    assert found.title == "聚力向高而攀"
    assert all(p in found.text for p in paragraphs)
    for noise in ("网友评论", "点个赞", "责任编辑"):
        assert noise not in found.text


def test_a_word_file_s_table_is_read_in_place_as_one_sentence_a_row(tmp_path):
    import docx

    document = docx.Document()  # made on an unset account: python-docx names itself the author
    document.add_paragraph("2023年云岭乡各季度旅游接待情况如下表所示：")
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("季度", "接待游客（万人次）"), ("第一季度", "8.2"), ("第二季度", "19.7")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph("上山村党支部书记何志强告诉记者，村里成立了杨梅专业合作社。")
    path = tmp_path / "festival.docx"
    document.save(path)
    found = extract(path)
    assert found.author is None
    assert found.text.split("\n\n") == [
        "2023年云岭乡各季度旅游接待情况如下表所示：",
        "季度：第一季度，接待游客（万人次）：8.2。\n季度：第二季度，接待游客（万人次）：19.7。",
        "上山村党支部书记何志强告诉记者，村里成立了杨梅专业合作社。\n"]


def test_a_word_file_gives_its_paragraphs_and_headings(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = "聚力向高而攀"
    document.core_properties.author = "孙金良"
    document.add_heading("项目为王 点燃突破发展“主引擎”", level=2)
    body = [p.text for p in chunk_document("a", ARTICLE.read_text(encoding="utf-8")) if p.kind == "body"][:3]
    for paragraph in body:
        document.add_paragraph(paragraph)
    path = tmp_path / "article.docx"
    document.save(path)
    found = extract(path)
    assert (found.title, found.author) == ("聚力向高而攀", "孙金良")
    assert found.date is None  # python-docx's template date (2013-12-23), not this file's
    passages = chunk_document("article.docx", found.text)
    assert [(p.kind, p.text) for p in passages] == [("title", "聚力向高而攀")] + [("body", text) for text in body]
    assert all(p.section == "项目为王 点燃突破发展“主引擎”" for p in passages[1:])


@pytest.mark.parametrize(("name", "content", "words"), [
    ("broken.pdf", b"%PDF-1.4\n this is not really a PDF", "not a readable PDF"),
    ("scan.pdf", None, "without extractable text"),
    ("locked.pdf", "encrypted", "encrypted PDF"),
    ("broken.docx", b"PK\x03\x04 not a zip", "not a readable Word file"),
    ("latin1.txt", "café".encode("latin-1"), "not UTF-8 text"),
    ("empty.html", b"<html><body><script>track()</script></body></html>", "without article text"),
])
def test_an_unreadable_file_is_named_in_one_sentence_and_the_rest_still_loads(tmp_path, name, content, words, log):
    from pypdf import PdfWriter

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("鸿雁社区人才公寓可引进人才4900余人。\n", encoding="utf-8")
    path = corpus / name
    if content is None or content == "encrypted":
        writer = PdfWriter()
        writer.add_blank_page(200, 200)
        if content == "encrypted":
            writer.encrypt("secret")
        writer.write(path)
    else:
        path.write_bytes(content)
    with pytest.raises(UnreadableDocument, match=words):
        extract(path)
    documents = load_documents(corpus)
    assert [d.name for d in documents] == ["good.txt"]
    skipped = [m for m in log.messages if m.startswith(f"Skipped {name}")]
    assert len(skipped) == 1 and words in skipped[0] and "\n" not in skipped[0]


def test_a_text_file_s_date_and_author_are_read_from_its_title_block(tmp_path):
    """Plain text has no metadata: the dateline under the headline, or the byline, gives them, and
    the documents list shows the headline without that dateline."""
    from qa.ingest.byline import written_author, written_date
    from qa.model.standin import HashingEmbedder

    dateline = "首届江州国际马拉松鸣枪开跑 2015年11月9日 本报记者 李振宇"
    assert (written_date(dateline), written_author(dateline, None)) == ("2015-11-09", "李振宇")
    assert written_author("聚力向高而攀", "记者 孙金良 通讯员 戴沈蓉") == "孙金良、戴沈蓉"
    assert (written_date("聚力向高而攀", None), written_author("聚力向高而攀", None)) == (None, None)
    assert written_author("本报记者走访曹娥街道", None) is None  # a headline about reporters, no dateline
    assert written_author("杨梅节开幕", "本报讯（记者 楼佳慧 通讯员 何强）") == "楼佳慧、何强"
    corpus = tmp_path / "corpus"
    shutil.copytree(PROJECT_ROOT / "corpus", corpus)
    (corpus / "marathon.txt").write_text(
        "首届江州国际马拉松鸣枪开跑\n2015年11月9日 本报记者 李振宇\n\n"
        "11月8日，首届江州国际马拉松鸣枪开跑，1.2万名跑者参赛。\n", encoding="utf-8")
    documents = qa.Assistant(corpus, tmp_path / "index", embedder=HashingEmbedder()).documents()
    marathon = documents["marathon.txt"]
    assert marathon["title"] == "首届江州国际马拉松鸣枪开跑"
    assert (marathon["date"], marathon["author"]) == ("2015-11-09", "李振宇")
    article = documents[Path(ARTICLE).name]
    assert article["author"] == "孙金良、戴沈蓉、冯洁娜" and article["date"] is None


def test_an_e_paper_page_s_furniture_is_dropped_and_its_headline_is_the_title(tmp_path):
    """A page header, the masthead, teasers of other pages drawn before the headline, a jump, the
    page's credits and its number are set in other sizes than the story; the story's own lines are
    kept whatever they say. The headline, its subtitle and kicker are the title."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "page3.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    body = ["本报讯 5月7日上午，华研新能源锂电池隔膜生产基地投产仪式在临江经济开发区举行。",
            "项目总投资28亿元，一期工程共建成8条湿法隔膜生产线。",
            "投产仪式定在5月7日星期二上午，选在第3版面世前一天。"]  # the story's own words, not furniture
    for size, y, text in [(9, 808, "2024年5月8日 星期三 临江日报 第3版 综合新闻"), (40, 770, "临江日报"),
                          (12, 160, "导读"), (9.5, 140, "▶ 县政协会议举行第二次全体会议 2版"),  # drawn first
                          (13, 740, "总投资28亿元"), (25, 712, "华研新能源锂电隔膜生产基地在临江投产"),
                          (16, 688, "一期建成8条生产线"),
                          *[(11, 650 - 18 * i, line) for i, line in enumerate(body)],
                          (8.5, 60, "（下转第4版）"), (7.5, 37, "本版编辑：许文静 美编：赵阳 校对：刘倩"),
                          (9, 24, "- 3 -")]:
        page.setFont("STSong-Light", size)
        page.drawString(40, y, text)
    page.save()
    found = extract(path)
    passages = chunk_document("page3.pdf", found.text)
    headline = "华研新能源锂电隔膜生产基地在临江投产 一期建成8条生产线 总投资28亿元"  # subtitle, then kicker
    assert (passages[0].kind, passages[0].text) == ("title", headline)
    assert all(line in found.text for line in body)
    assert found.date == "2024-05-08"  # the issue's, from the page header; the file was made today
    assert found.source == "临江日报"  # the masthead
    for furniture in ("综合新闻", "临江日报", "导读", "县政协", "下转", "本版编辑", "- 3 -"):
        assert furniture not in found.text


def test_an_e_paper_page_s_other_story_is_headed_by_its_headline_and_an_advert_is_dropped(tmp_path):
    """A second story's headline heads its passages instead of running into them; a box's heading over
    smaller type heads nothing; an advert's lines set in the story's size are dropped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    first = ["5月7日上午，华研锂电隔膜生产", "基地在临江经济开发区投产。"]
    second = ["临江市第二中学第三十九届田径运", "动会4月26日落幕。"]
    path = tmp_path / "page3.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    rows = [(22, 760, "华研锂电隔膜基地投产"), *[(11, 720 - 15 * i, line) for i, line in enumerate(first)],
            (16, 640, "市二中田径运动会落幕"), (13, 620, "一项校纪录被打破"),
            *[(11, 595 - 15 * i, line) for i, line in enumerate(second)],
            (11, 480, "扫码下载客户端 随时随地读临江"), (11, 465, "广告热线：0571-8320 6677"),
            (12, 380, "今日天气"), (9, 365, "多云转阴 东北风3级"), (9, 352, "空气质量：良")]
    for size, y, text in rows:
        page.setFont("STSong-Light", size)
        page.drawString(40, y, text)
    page.save()
    passages = [(p.kind, p.section, p.text) for p in chunk_document("page3.pdf", extract(path).text)]
    assert passages[:3] == [
        ("title", None, "华研锂电隔膜基地投产"),
        ("body", None, "5月7日上午，华研锂电隔膜生产基地在临江经济开发区投产。"),
        ("body", "市二中田径运动会落幕 一项校纪录被打破", "临江市第二中学第三十九届田径运动会4月26日落幕。")]
    assert not any("扫码下载" in text or "广告热线" in text for _, _, text in passages)
    assert not any(section and "今日天气" in section for _, section, _ in passages)


def test_a_page_s_author_without_a_space_in_the_name_is_kept(tmp_path):
    """trafilatura drops an author of one word (it expects "Given Family"): a Chinese name is one."""
    page = tmp_path / "citrus.html"
    page.write_text('<html><head><title>柑橘滞销 供销社解难题</title><meta name="author" content="周丽">'
                    '<meta property="article:published_time" content="2019-01-25"></head><body><article>'
                    "<h1>柑橘滞销 供销社解难题</h1><p>" + "县供销社帮助果农销售滞销柑橘，已卖出九十万斤。" * 4
                    + "</p></article></body></html>", encoding="utf-8")
    found = extract(page)
    assert (found.author, found.date) == ("周丽", "2019-01-25")


def test_a_word_title_of_two_short_phrases_is_the_title_not_a_byline(tmp_path):
    """不忘初心 牢记使命 looks like two personal names, but a heading is never the byline."""
    import docx

    document = docx.Document()
    document.add_heading("不忘初心 牢记使命", level=0)
    document.add_paragraph("2017年，我院紧扣全市中心工作，受理各类案件4033件，审结3277件，结案率同比上升。")
    document.core_properties.author = "Administrator"
    path = tmp_path / "report.docx"
    document.save(path)
    found = extract(path)
    kinds = [(p.kind, p.text) for p in chunk_document("report.docx", found.text)]
    assert kinds[0] == ("title", "不忘初心 牢记使命") and "byline" not in {kind for kind, _ in kinds}
    assert found.author is None


def test_a_dateline_run_into_a_headline_ending_in_a_mark_is_cut_from_the_title(tmp_path):
    """Between sentences the passage text keeps no space, so 哈哈…2019年2月18日 comes out joined."""
    from qa.ingest.byline import headline
    from qa.model.standin import HashingEmbedder

    title = "小学生开学翻车现场，太可爱了!哈哈…"
    assert headline(f"{title}2019年2月18日 本报记者 王晓帆") == title
    assert headline("好消息!2019年7月1日起实行垃圾分类") == "好消息!2019年7月1日起实行垃圾分类"  # its own date
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "school.txt").write_text(
        f"{title}\n2019年2月18日 本报记者 王晓帆\n\n今天的上班路途格外拥堵，家长们的朋友圈里满是孩子开学的趣事，"
        "有的孩子背错了书包，有的穿反了校服。\n", encoding="utf-8")
    school = qa.Assistant(corpus, tmp_path / "index", embedder=HashingEmbedder()).documents()["school.txt"]
    assert (school["title"], school["date"], school["author"]) == (title, "2019-02-18", "王晓帆")
