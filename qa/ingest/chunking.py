"""Paragraph chunking that undoes print-layout damage.

News pages turned into text carry layout noise: a paragraph broken across
columns, photo captions dropped between (or inside) paragraphs, a title block
and byline, section headings on lines of their own. The rules here read the
page as a careful reader would, from the shape of the text alone:

* blocks are runs of non-blank lines, and a line set in from the text's
  margin begins one (a paragraph's indent, where paper has no blank line);
  the usual gap between body paragraphs is learnt per document, and a wider
  gap marks a layout break; a block of nothing but page furniture (a page
  number, header or credits) is dropped, and so are a post's buttons and
  its list of other posts;
* a body paragraph that stops mid-sentence is continued by the next block
  that reads as text and is not indented, and short unpunctuated blocks met
  before that are captions that had been printed inside it;
* a short block that introduces body text and is shaped like a heading
  (two phrases separated by a space, a numbered heading, or a Markdown
  ``#`` line) heads the paragraphs under it until the next heading or
  layout break; other short blocks are captions;
* a post's first line that its dateline names again is its account's
  name, not the headline, and so is a short first line over the time it
  posted and the headline (an app's page); a page's menu, trail of
  sections, tools and rights notice are dropped wherever they stand, a
  list of related news up to the next blank line, and readers' comments
  end the text;
* the lines under a headline that date, credit or subtitle it belong to
  the title block, also in text copied one paragraph a line;
* the leading short blocks form the title block; a line of personal names
  in it is the byline, unless marked as a heading. A document's first line is its headline when it is
  short and the text after it is clearly longer (a title line, then the
  text: the way news is kept as plain text), even with punctuation in it,
  or when only its dateline follows it before a blank line;
* no passage is longer than the model reads (``MAX_PASSAGE_TOKENS``): layout
  repair stops joining there, and a longer paragraph (a list, scraped text
  without sentence ends) is split at sentence boundaries.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from qa.ingest.sentences import is_cjk, split_sentences

SHORT_BLOCK_CHARS = 32
HEADLINE_CHARS = 64  # a first line this short, before much longer text, is the headline
DATELINE_CHARS = 64  # a line of date, time, source, author and views (发布时间：… 来源：… 浏览次数：3562)
LINES_BEFORE_TEXT = 4
ACCOUNT_NAME_CHARS = 16  # a post's account name (临江发布) is at most this long
PAGE_CHROME_CHARS = 4  # a scraped page's 编辑, 分享 or 收藏 between headline and text
# A line under a headline that dates or credits the story (2024-05-28 10:21 来源：…, 记者 周楠, 原标题：…):
# part of the title block. Other lines news puts between headline and text (中国江苏网6月19日讯, a photo
# credit) are passed over to find where the text begins.
_DATED = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|^(?:来源|作者|编辑|记者|发布时间|时间|原标题)\s*[:：]"
                    r"|^(?:本报)?(?:记者|通讯员)(?:\s+[\u4e00-\u9fff]{2,4})+$|\d{1,2}:\d{2}\s*(?:来自|发布于)")
_PHOTO_CREDIT = re.compile(r"^图为|\s摄\s*$")  # a photo's caption (图为…。记者 周楠 摄): never a heading
_DATELINE = re.compile(rf"{_DATED.pattern}|\d+日[讯电]|[讯电]\s*$|{_PHOTO_CREDIT.pattern}")
_SUBTITLE = re.compile(r"^[—－]{1,2}\s*\S")  # ——乡镇患者在家门口可请省级专家会诊, under the headline
_PUNCTUATION = re.compile(r"[\W_]+")
# A page's furniture copied out with its text: a page number (- 5 -), a page header (临江日报 2024年4月19日
# 星期五, 第5版 法治), the page's credits and contacts (责任编辑：…, 本版热线：…). A block of nothing else is
# dropped, so the paragraph it interrupted joins across it. (A PDF's furniture is told by its type size
# too, and so found more widely: ``formats.PAGE_FURNITURE``.)
_PAGE_FURNITURE_LINE = re.compile(
    r"[-—–\s]*\d{1,3}[-—–\s]*|.*第\s*\d+\s*版.*|\S{2,8}报\s*\d{4}年\d{1,2}月\d{1,2}日.*"
    r"|[（(]?(?:本版|责任)?编辑\s*[:：][^（()）]*[)）]?|(?:本版热线|投稿邮箱|美编|校对|审核|监制|来源)\s*[:：].*")
# A post's buttons and counters copied out with its text (点击蓝字 关注我们, 阅读原文, 阅读 2.3万, 分享 收藏
# 在看 点赞), dropped wherever they stand; and a list of other posts under its heading (推荐阅读, 往期回顾).
_POST_CHROME_LINE = re.compile(r"(?:点击(?:上方)?蓝字|关注我们|关注|阅读原文|写留言|写评论\W*|分享(?:到)?\s*[:：]?"
                               r"|收藏|在看|点赞|转发|END|展开全文|阅读\s*[\d.]+万?\+?|举报|反馈|回复|\d+\s*赞"
                               r"|字[号体]\s*[:：]?\s*大\s*中\s*小|打印(?:本页)?|关闭(?:窗口)?"
                               r"|[\s\u3000·|｜丨/↑↓▲▼👇【】\[\]]+)+")
# A web page's trail of sections above the story (首页 > 政务公开 > 通知公告) and a post's rights notice
# (本文图片由作者拍摄，未经授权禁止转载): dropped wherever they stand, as a post's buttons are.
# A site's menu (首页 政务公开 政务服务) goes too.
_NAVIGATION_LINE = re.compile(r"(?:当前位置|您的位置|你的位置)\s*[:：].*"
                              r"|[^>›»。，]{1,16}(?:\s*[>›»]\s*[^>›»。，]{1,16}){2,}"
                              r"|首页(?:[\s\u3000|｜]+[^\s\u3000|｜。，]{2,6}){2,}")
_RIGHTS_LINE = re.compile(r".{0,30}(?:禁止转载|谢绝转载|转载请注明|版权归\S{1,12}所有|如有侵权).{0,20}")
# The head of a page's or post's readers' comments (评论 128, 全部评论, 精选留言, a post's counters 转发 27
# 评论 44 赞 318): the text ends there.
_COMMENTS = re.compile(r"(?:全部|热门|精选|最新|网友)?(?:评论|留言)\s*[（(]?\s*\d+[万+]?\s*[)）]?条?"
                       r"|(?:全部|热门|精选|最新|网友)(?:评论|留言)|查看全部\d+条评论"
                       r"|(?:(?:转发|评论|赞|点赞)\s*[\d.]+万?\s*){2,}")
_READ_MORE = re.compile(r"[▼▽\s]*(?:推[荐薦]阅读|推薦閱讀|往期回[顾顧]|往期推[荐薦]|相[关關][阅閱][读讀]"
                        r"|延伸[阅閱][读讀]|相[关關]新[闻聞]|猜你喜[欢歡])\s*[:：]?")
# The model reads 512 tokens (multilingual-e5-small); a passage leaves room for its title and
# section, which are embedded with it, and the prompt. Counted as estimated_tokens() counts.
MAX_PASSAGE_TOKENS = 400
INDENT = 2  # half-width characters beyond the margin that begin a paragraph (one full-width space)
NUMBER_CONTEXT_CHARS = 8  # a number broken at a line end is Chinese text's when these characters before hold Chinese
_LATIN_WORD = re.compile(r"[A-Za-z]+|\d+")
_SENTENCE_END = tuple("。！？!?…；;.")
_CLAUSE_MARKS = "，,；;、：:"
_CLOSERS = "”’」』）)\"'"
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.、]\s*|第[一二三四五六七八九十\d]+[章节部分])")
_TWO_PHRASES = re.compile(r"\S{2,}[ \u3000]+\S{2,}")
_BYLINE = re.compile(  # optional role, then two to six personal names separated by spaces; or 本报讯（记者 …）
    r"^(?:(?:记者|通讯员|文|图|By)\s*[:：/]?\s*)?(?:[\u4e00-\u9fff]{2,4}[ \u3000]+){1,5}[\u4e00-\u9fff]{2,4}$"
    r"|^\S{0,16}?[讯电]\s*[（(]\s*(?:本报)?(?:特约)?(?:记者|通讯员|实习生)[^（()）]{2,40}[)）]$")


@dataclass
class Passage:
    """A retrievable unit of a document, with where it came from."""

    id: str
    doc: str
    kind: str  # "title", "byline", "body" or "caption"
    section: str | None
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class _Block:
    text: str
    start: int
    end: int
    gap_before: int
    markdown_heading: bool = False
    headline: bool = False  # a first line over nothing but its dateline: the title block, whatever follows
    indented: bool = False  # set in from the page's margin: a paragraph's first line, which continues no other


def estimated_tokens(text: str) -> float:
    """XLM-R tokens a text takes, estimated without the model: about 0.7 per Chinese
    character and 1.4 per Latin word or number (measured on the article: 265 characters, 176 tokens)."""
    return 0.7 * sum(map(is_cjk, text)) + 1.4 * len(_LATIN_WORD.findall(text))


def _cut_point(sentence: str) -> int:
    """Where to cut an over-long sentence: after the last clause mark that keeps the first part within
    MAX_PASSAGE_TOKENS (else at the last character that does)."""
    cut = len(sentence)
    while cut > 1 and estimated_tokens(sentence[:cut]) > MAX_PASSAGE_TOKENS:
        cut = int(cut * 0.9)
    mark = max(sentence.rfind(m, 0, cut) for m in _CLAUSE_MARKS + " ")
    return mark + 1 if mark > cut // 2 else max(1, cut)


def _pieces(text: str) -> list[str]:
    """A text cut at sentence ends into pieces within MAX_PASSAGE_TOKENS (a longer sentence is cut by length)."""
    pieces, current = [], ""
    for start, end in split_sentences(text) or [(0, len(text))]:
        sentence = text[start:end]
        while estimated_tokens(sentence) > MAX_PASSAGE_TOKENS:
            cut = _cut_point(sentence)
            pieces, current = pieces + ([current] if current else []) + [sentence[:cut]], ""
            sentence = sentence[cut:]
        if current and estimated_tokens(current + sentence) > MAX_PASSAGE_TOKENS:
            pieces.append(current)
            current = ""
        current += sentence
    return pieces + ([current] if current.strip() else [])


def join_fragments(left: str, right: str) -> str:
    """Join two pieces of one paragraph: no space between Chinese characters, nor inside a number
    of Chinese text hard-wrapped within it (2022年1|1月, 1|846万元)."""
    if not left or not right:
        return left + right
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return left + right
    if left[-1].isdigit() and right[0].isdigit() and any(map(is_cjk, left[-NUMBER_CONTEXT_CHARS:])):
        return left + right
    return f"{left} {right}"


def ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _indent(line: str) -> int:
    """Leading white space in half-width characters (a full-width space is two)."""
    return sum(2 if char == "\u3000" else 1 for char in line[:len(line) - len(line.lstrip())])


def _read_blocks(source: str) -> list[_Block]:
    """The text's blocks: runs of lines between blank lines, a Markdown heading line alone, and a
    new block at each line set in from the margin (the text's most common indent), where paper
    and text copied from it begin a paragraph without a blank line before it."""
    blocks: list[_Block] = []
    lines: list[tuple[str, int, int]] = []
    indents = Counter(_indent(line) for line in source.splitlines() if line.strip())
    margin = indents.most_common(1)[0][0] if indents else 0
    blank_run = 0
    position = 0
    indented = False

    def add_block(chunk: list[tuple[str, int, int]], gap_before: int, headline: bool = False,
                  indented: bool = False) -> None:
        texts = [line for line, _, _ in chunk]
        if headline or all(is_label(t) for t in texts):
            text = " ".join(texts)  # stacked caption/title lines are separate phrases
        else:
            text = texts[0]
            for line in texts[1:]:
                text = join_fragments(text, line)
        heading = _MARKDOWN_HEADING.match(text)
        blocks.append(_Block(heading.group(1) if heading else text, min(start for _, start, _ in chunk),
                             max(end for _, _, end in chunk),
                             gap_before, markdown_heading=bool(heading), headline=headline,
                             indented=indented))

    def flush() -> None:
        if not lines:
            return
        if all(_PAGE_FURNITURE_LINE.fullmatch(line) and not ends_sentence(line) for line, _, _ in lines):
            lines.clear()
            return
        if not blocks and _account_name(lines):  # a post's first line names its account, not the story
            del lines[0]
        if not blocks and _account_over_dateline(lines):  # an account's name and time over the headline
            lines[:3] = [lines[2], lines[1]]
        texts = [line for line, _, _ in lines]
        start = _text_start(texts)
        head = _head_length(texts[:start]) if start else 1
        if not blocks and start and (is_headline(texts[0], texts[start])
                                     or head > 1 and len(texts[0]) <= HEADLINE_CHARS):
            add_block(lines[:head], gap, headline=head > 1)  # a title line (and its dateline), then the text
            add_block(lines[head:], 0)
        elif not blocks and len(lines) > 1 and start is None and len(lines[0][0]) <= HEADLINE_CHARS:
            add_block(lines, gap, headline=True)  # a title line over its dateline (2015年11月9日 本报记者 …)
        else:
            add_block(lines, gap, indented=indented)
        lines.clear()

    gap = 0
    other_posts = False
    for raw_line in source.splitlines(keepends=True):
        stripped = raw_line.strip()
        if stripped and (blocks or lines) and _COMMENTS.fullmatch(stripped):
            break  # readers' comments follow
        if stripped and _READ_MORE.fullmatch(stripped):
            flush()
            other_posts = True  # a list of other posts, up to the next blank line
        if other_posts and stripped:
            blank_run = 0
            position += len(raw_line)
            continue
        other_posts = False
        if stripped and (_POST_CHROME_LINE.fullmatch(stripped) or _NAVIGATION_LINE.fullmatch(stripped)
                         or _RIGHTS_LINE.fullmatch(stripped)):  # a page's tools: as if they were not there
            position += len(raw_line)
            continue
        if stripped:
            set_in = _indent(raw_line) >= margin + INDENT
            if lines and (set_in or _MARKDOWN_HEADING.match(stripped) or _MARKDOWN_HEADING.match(lines[-1][0])):
                flush()  # a paragraph's first line or a heading line begins a block; a heading is one alone
            if not lines:
                gap = blank_run
                indented = set_in
            leading = len(raw_line) - len(raw_line.lstrip())
            start = position + leading
            lines.append((stripped, start, start + len(stripped)))
            blank_run = 0
        else:
            flush()
            blank_run += 1
        position += len(raw_line)
    flush()
    return blocks


def is_label(text: str) -> bool:
    """Short text without clause punctuation: a heading, caption or title, not prose."""
    return (len(text) <= SHORT_BLOCK_CHARS and not ends_sentence(text)
            and not any(mark in text for mark in _CLAUSE_MARKS))


def _account_name(lines: list[tuple[str, int, int]]) -> bool:
    """Whether the first line is the name of the account that posted the text: short, and named
    again in the dateline under the headline (临江发布 … 原创 临江发布 2024年12月26日 08:30)."""
    name = lines[0][0]
    return len(name) <= ACCOUNT_NAME_CHARS and any(
        name in line and _DATELINE.search(line) for line, _, _ in lines[2:2 + LINES_BEFORE_TEXT])


def _is_dateline(line: str) -> bool:
    """A line news puts between a headline and its text (see _DATELINE)."""
    return (len(line) <= DATELINE_CHARS and bool(_DATELINE.search(line)) and not line.endswith("。")
            and "，" not in line)


def _is_dated(line: str) -> bool:
    """A line that dates or credits the text under a headline (see _DATED), or its subtitle: a line as
    short as a headline, not one a page copied as text runs on into the article (——…情怀5月21日，根据…)."""
    return _is_dateline(line) and bool(_DATED.search(line)) or _is_subtitle(line)


def _is_subtitle(line: str) -> bool:
    return bool(_SUBTITLE.match(line)) and len(line) <= HEADLINE_CHARS


def _head_length(lines: list[str]) -> int:
    """How many of the lines are a headline and the lines under it that date, credit or subtitle it."""
    return 1 + next((n for n, line in enumerate(lines[1:]) if not _is_dated(line)), len(lines) - 1)


def _account_over_dateline(lines: list[tuple[str, int, int]]) -> bool:
    """Whether the lines open with an account's name and the time it posted, over the headline
    (临江生活圈 / 2024-04-12 18:30·浙江 / 关注 / the headline / the text), as a post's app page shows them."""
    if len(lines) < 4 or len(lines[0][0]) > ACCOUNT_NAME_CHARS or _PUNCTUATION.search(lines[0][0]):
        return False
    return (_is_dated(lines[1][0]) and not _is_dateline(lines[2][0]) and not lines[2][0].startswith("#")
            and is_headline(lines[2][0], lines[3][0]))  # a post's text may open with its #topic#, no headline


def _text_start(lines: list[str]) -> int | None:
    """Which line the text begins on, past a few lines news puts between a headline and its text: a
    dateline or source (中国江苏网6月19日讯, 原标题：…), a photo credit, the headline again, a page's
    buttons (编辑); None when only such lines follow the first."""
    first = _PUNCTUATION.sub("", lines[0])
    for at, line in enumerate(lines[1:1 + LINES_BEFORE_TEXT], start=1):
        bare = _PUNCTUATION.sub("", line)
        if not (_is_dateline(line) or _is_subtitle(line) or bare and bare in first
                or len(line) <= PAGE_CHROME_CHARS):
            return at
    return None


def is_headline(first: str, following: str) -> bool:
    """A first line short enough for a headline, before text at least half again as long
    (hard-wrapped prose has lines of equal length)."""
    return len(first) <= HEADLINE_CHARS and len(following) >= 1.5 * len(first)


def _is_short(block: _Block) -> bool:
    return is_label(block.text)


def _looks_like_heading(block: _Block) -> bool:
    return (block.markdown_heading or bool(_NUMBERED_HEADING.match(block.text))
            or bool(_TWO_PHRASES.search(block.text)) and not _PHOTO_CREDIT.search(block.text))


def _typical_gap(blocks: list[_Block]) -> int:
    """The blank lines most text blocks have before them (a paragraph begun only by its indent has none)."""
    gaps = Counter(b.gap_before for b in blocks[1:] if not _is_short(b) and not (b.indented and not b.gap_before))
    return gaps.most_common(1)[0][0] if gaps else 1


class _PassageWriter:
    def __init__(self, doc: str) -> None:
        self.doc = doc
        self.passages: list[Passage] = []

    def add(self, kind: str, section: str | None, block: _Block) -> Passage:
        passage = Passage(f"{self.doc}#{len(self.passages)}", self.doc, kind, section,
                          block.text, [(block.start, block.end)])
        self.passages.append(passage)
        return passage

    def finished(self) -> list[Passage]:
        """The passages, each longer than the model reads split at sentence ends (parts keep the spans)."""
        split = [Passage("", p.doc, p.kind, p.section, piece, list(p.spans))
                 for p in self.passages for piece in _pieces(p.text)]
        for number, passage in enumerate(split):
            passage.id = f"{self.doc}#{number}"
        return split


def _title_block_length(blocks: list[_Block], typical_gap: int) -> int:
    """Leading short blocks up to the first layout break form the title block; a long headline, one
    marked as a heading (a PDF's largest type, a Word title) or one over longer text, is one alone."""
    head = _head_length([block.text for block in blocks])
    if head > 1 and len(blocks[0].text) <= HEADLINE_CHARS:
        return head  # a headline over its dateline, each a paragraph of its own
    if blocks[0].headline or not _is_short(blocks[0]) and (
            blocks[0].markdown_heading or is_headline(blocks[0].text, blocks[1].text)):
        return 1
    count = 0
    for block in blocks:
        if not _is_short(block) or block.markdown_heading and count:
            break
        if count and block.gap_before > typical_gap:
            break
        count += 1
    return count


def chunk_document(doc: str, source: str) -> list[Passage]:
    """Split one document's text into passages (see the module docstring for the rules)."""
    blocks = _read_blocks(source)
    if not blocks:
        return []
    typical_gap = _typical_gap(blocks)
    writer = _PassageWriter(doc)

    title_length = _title_block_length(blocks, typical_gap) if len(blocks) > 1 else 0
    title: Passage | None = None
    for block in blocks[:title_length]:
        if _BYLINE.match(block.text) and not block.markdown_heading:  # a heading is a title (不忘初心 牢记使命)
            writer.add("byline", None, block)
        elif title is None:
            title = writer.add("title", None, block)
        else:
            title.text = f"{title.text} {block.text}"
            title.spans.append((block.start, block.end))

    section: str | None = None
    open_paragraph: Passage | None = None
    body = blocks[title_length:]
    for index, block in enumerate(body):
        following = body[index + 1] if index + 1 < len(body) else None
        if open_paragraph is not None and block.indented:
            open_paragraph = None
        if open_paragraph is not None:
            if _is_short(block) and not block.markdown_heading:
                writer.add("caption", section, block)
                continue
            joined = join_fragments(open_paragraph.text, block.text)
            if not block.markdown_heading and estimated_tokens(joined) <= MAX_PASSAGE_TOKENS:
                open_paragraph.text = joined
                open_paragraph.spans.append((block.start, block.end))
                if ends_sentence(open_paragraph.text):
                    open_paragraph = None
                continue
            open_paragraph = None
        if block.gap_before > typical_gap:
            section = None
        if block.markdown_heading or (
            _is_short(block) and _looks_like_heading(block)
            and following is not None and not _is_short(following)
            and following.gap_before <= typical_gap
        ):
            section = block.text
        elif _is_short(block):
            writer.add("caption", section, block)
        else:
            paragraph = writer.add("body", section, block)
            open_paragraph = None if ends_sentence(block.text) else paragraph
    return writer.finished()
