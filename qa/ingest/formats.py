"""Reading documents of each format into text the chunker understands, with their metadata.

The chunker reads paragraphs as blocks separated by blank lines (see
``qa/ingest/chunking.py``), so every reader returns its text that way: PDF
lines are grouped into blocks by the space between them (multi-column
e-paper pages then go through the chunker's layout repair), an e-paper
page's furniture and headline told from its story by their type size; HTML
keeps the main text only (trafilatura drops navigation, comments and
boilerplate); Word files give their paragraphs and tables in order, with
headings marked. Title, author, date and source come from the file's
metadata where it has them.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from qa.ingest.byline import written_date
from qa.ingest.chunking import is_label


class UnreadableDocument(Exception):
    """A file that cannot be read as a document; the message says why in a few words."""


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    source: str | None = None


def _text(path: Path) -> Extracted:
    try:
        return Extracted(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


HEADLINE_REACH = 1.5  # a kicker or subtitle lies within this many of the headline's type sizes of it
STORY_HEADLINE_REACH = 4  # the line under another story's headline lies within this many of its sizes below it
HEADLINE_LOOKAHEAD = 5  # lines drawn down the page after a headline among which its story's prose begins
PROSE_CHARS = 10  # a line of prose is at least this long, and no label (see ``chunking.is_label``)


class Line(NamedTuple):
    """A line laid out on a PDF page: its height on the page, its type size and its text. ``heading``
    marks the headline of a story other than the page's first."""

    y: float
    size: float
    text: str
    heading: bool = False


# Page furniture an e-paper page prints outside the story: page headers and issue data (第3版,
# 星期三, 农历…, 总第11846期), teasers of other pages (…举行第二次全体会议 2版) and their heading (导读),
# page numbers, jumps (下转第4版), the page's credits (本版编辑：, 美编：), advertising lines and the
# masthead (桐溪日报, 中共桐溪县委主办). Lines set in another size than the story's are tested one by
# one; in the story's size only a block of nothing else is dropped, so its own text is never lost.
PAGE_FURNITURE = re.compile(
    r"第\s*\d+\s*版|星期[一二三四五六日天]|农历|总第\s*\d+\s*期|^[-—–\s]*\d{1,3}[-—–\s]*$"
    r"|\d+\s*版$|^(?:本版|责任)?编辑\s*[:：]|(?:美编|校对|版式设计)\s*[:：]|广告热线|发行热线|扫码下载|^广告$"
    r"|^[\u4e00-\u9fff]{2,6}报$|(?:委|社)主办|社出版|^(?:本期|今日)?导读$")


# the paper's name, as its masthead or page header prints it (临江日报 of "2024年5月8日 星期三 临江日报 第3版")
_MASTHEAD = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,6}报)(?=\s|$)")


def _laid_out_blocks(pages: list[list[Line]]) -> list[tuple[int, list[Line]]]:
    """Lines grouped into blocks, each with the blank lines before it (see ``blocks_from_positions``)."""
    gaps = [above.y - below.y for page in pages for above, below in zip(page, page[1:]) if above.y > below.y]
    height = statistics.median(gaps) if gaps else 1.0
    top = max((line.y for page in pages for line in page), default=0.0)  # where columns start on a page
    blocks: list[tuple[int, list[Line]]] = []
    for page in pages:
        for index, line in enumerate(page):
            previous = page[index - 1] if index else None
            if previous is None or line.y > previous.y:  # a new page or column
                blank = max(1, round((top - line.y) / height)) if blocks else 0
            else:
                blank = max(0, round((previous.y - line.y) / height) - 1)
            if previous is not None and previous.heading:
                blank = 0  # a headline's lines are one, and head the text under them
            if not blocks or blank or line.heading != blocks[-1][1][-1].heading:
                blocks.append((blank, [line]))
            else:
                blocks[-1][1].append(line)
    return blocks


def blocks_from_positions(pages: list[list[Line]]) -> str:
    """Laid-out lines, in reading order per page, as blocks of text.

    Vertical space tells the layout: a line one line-height below the last continues its
    block, each further line-height of space is one blank line (the chunker's gap), and a
    line higher up than the last starts a new column, whose space below the top of the
    pages' columns counts the same way. Another story's headline is a ``##`` heading over its
    text, and a block of nothing but page furniture is dropped. The chunker then repairs
    paragraphs split across columns.
    """
    out: list[str] = []
    for blank, lines in _laid_out_blocks(pages):
        if all(PAGE_FURNITURE.search(line.text) for line in lines):
            continue
        texts = [line.text for line in lines]
        out.extend([""] * blank + ([f"## {' '.join(texts)}"] if lines[0].heading else texts))
    return "\n".join(out).lstrip("\n") + "\n"


class _Story(NamedTuple):
    headline: str | None
    pages: list[list[Line]]  # without the furniture or the headline
    furniture: list[str]  # the first page's: its header prints the date


def _other_headlines(page: list[Line], body: float) -> list[Line]:
    """The page's lines with other stories' headlines marked: a line set larger than the story's type
    and than the line drawn after it, which lies just below it, with prose (not furniture) among the
    next few lines drawn down the page from it. A box's heading over a weather report, a slogan or an
    advert has none. A brief's text may be set smaller than the page's main story, so its headline
    is told by the line under it."""
    marked = []
    for index, line in enumerate(page):
        run = [line]
        for later in page[index + 1:index + 1 + HEADLINE_LOOKAHEAD]:
            if later.y >= run[-1].y:
                break
            run.append(later)
        heading = (len(run) > 1 and line.size > body and line.size > run[1].size
                   and line.y - run[1].y <= STORY_HEADLINE_REACH * line.size
                   and any(len(later.text) >= PROSE_CHARS and not is_label(later.text)
                           and not PAGE_FURNITURE.search(later.text) for later in run[1:]))
        marked.append(line._replace(heading=heading))
    return marked


def _story(pages: list[list[Line]]) -> _Story:
    """The first page's headline and the pages without their furniture (see PAGE_FURNITURE) or
    headline, other stories' headlines marked. The headline is the largest type above the story's
    first line (the page's teasers may be drawn before it), with the display lines set next to it: a
    subtitle under it, a kicker over it. The story's size is the one most of its characters are set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            sizes[line.size] += len(line.text)
    if not sizes:
        return _Story(None, pages, [])
    body = sizes.most_common(1)[0][0]
    furniture = [line.text for line in pages[0] if line.size != body and PAGE_FURNITURE.search(line.text)]
    pages = [[line for line in page if line.size == body or not PAGE_FURNITURE.search(line.text)] for page in pages]
    first = pages[0]
    above = first[:next((i for i, line in enumerate(first) if line.size == body), len(first))]
    main = max(above, key=lambda line: line.size, default=None)
    if main is None or main.size <= body:
        return _Story(None, [_other_headlines(page, body) for page in pages], furniture)
    parts = [line for line in above if line.size > body and abs(line.y - main.y) <= HEADLINE_REACH * main.size]
    ordered = [main] + sorted((line for line in parts if line.y < main.y), key=lambda line: -line.y) + [
        line for line in parts if line.y > main.y]
    pages = [[line for line in first if line not in parts], *pages[1:]]
    return _Story(" ".join(line.text for line in ordered), [_other_headlines(page, body) for page in pages],
                  furniture)


def _page_lines(page) -> list[Line]:
    """A PDF page's text lines, in the order they are drawn."""
    lines: list[Line] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        shown = round(float(size or 0) * (abs(tm[3] * cm[3]) or 1), 1)
        for number, piece in enumerate(text.split("\n")):
            if lines and number == 0 and abs(lines[-1].y - y) < 1:
                lines[-1] = lines[-1]._replace(text=lines[-1].text + piece)
            elif piece.strip():
                lines.append(Line(y, shown, piece))

    page.extract_text(visitor_text=visit)
    return [line._replace(text=line.text.strip()) for line in lines if line.text.strip()]


def _pdf(path: Path) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument("is an encrypted PDF (open it and save a copy without a password)")
        pages = [_page_lines(page) for page in reader.pages]
        meta = reader.metadata
    except UnreadableDocument:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableDocument(f"is not a readable PDF ({type(exc).__name__}: {str(exc)[:80]})") from exc
    story = _story(pages)
    text = (f"# {story.headline}\n\n" if story.headline else "") + blocks_from_positions(story.pages)
    if not text.strip():
        raise UnreadableDocument("is a PDF without extractable text (a scan needs OCR first)")
    # an e-paper page's header prints the date; the file was often made the night before
    created = getattr(meta, "creation_date", None) if meta else None
    date = written_date(*story.furniture) or (created.date().isoformat() if created else None)
    paper = next((found.group(1) for line in story.furniture if (found := _MASTHEAD.search(line))), None)
    return Extracted(text, (meta.title or None) if meta else None, (meta.author or None) if meta else None, date,
                     paper)


# python-docx's blank template was saved then: a file it wrote without a date of its own carries it
TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15, tzinfo=UTC)
# what Word writes as the author of a file made on a shared or unset account: no one's name
ACCOUNT_NAMES = frozenset({"administrator", "admin", "user", "microsoft office user", "microsoft account", "用户",
                           "作者", "python-docx"})
_CREDIT_LINE = re.compile(r"[（(]?(?:责任编辑|编辑|审核|校对|美编)\s*[:：]\s*[\u4e00-\u9fff·・ ]{2,12}[)）]?")
_TITLE_PARTS = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")
_AUTHOR_LABEL = re.compile(r"^(?:作者|记者|文)\s*[：:]\s*")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _declared_author(page: str) -> str | None:
    """The author a page's <meta> declares: trafilatura drops a name without a space in it (潘福达)."""
    from trafilatura.utils import load_html

    tree = load_html(page)
    declared = tree.xpath('//meta[@name="author" or @property="article:author"]/@content') if tree is not None else []
    return next((name.strip() for name in declared if name.strip() and not name.startswith("http")), None)


def _html(path: Path) -> Extracted:
    import trafilatura

    try:
        page = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        raise UnreadableDocument(f"cannot be read ({exc.strerror})") from exc
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    lines = _lines((found.text if found else "") or "")
    if not lines:
        raise UnreadableDocument("is a web page without article text")
    # The precise extraction finds where the article starts and ends but skips a paragraph it cannot place
    # (a bare <div> between <p>s); the fuller one, which also takes comments and sidebars, gives it back.
    # A line that only credits the page's editor (责任编辑：潘雨晴) is left out.
    fuller = _lines(trafilatura.extract(page, favor_recall=True, include_comments=False, include_tables=True) or "")
    if lines[0] in fuller and lines[-1] in fuller[fuller.index(lines[0]):]:
        start = fuller.index(lines[0])
        lines = fuller[start:fuller.index(lines[-1], start) + 1]
    body = "\n\n".join(line for line in lines if not _CREDIT_LINE.fullmatch(line)) + "\n"
    # a portal's <title> adds its column and name (标题_教育_江城在线); the headline is the longest part
    title = max(_TITLE_PARTS.split(found.title), key=len) if found.title else None
    author = _AUTHOR_LABEL.sub("", found.author or _declared_author(page) or "").strip() or None
    return Extracted(body, title, author, found.date or None, found.sitename or found.hostname or None)


def _table_rows(table) -> list[str]:
    """A Word table as sentences, one per row, each cell named by its column's heading (the first
    row): 季度：二季度，接待游客（万人次）：19.7。"""
    rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    rows = [row for row in rows if any(row)]
    if len(rows) < 2:
        return ["，".join(filter(None, row)) + "。" for row in rows]
    heading, *body = rows
    return ["，".join(f"{name}：{cell}" if name else cell for name, cell in zip(heading, row) if cell) + "。"
            for row in body]


def _docx(path: Path) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise UnreadableDocument(f"is not a readable Word file ({type(exc).__name__})") from exc
    blocks, has_title = [], False
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            if rows := _table_rows(part):
                blocks.append("\n".join(rows))
            continue
        text, style = part.text.strip(), (part.style.name or "").lower() if part.style else ""
        if text:
            has_title = has_title or (style == "title" and not blocks)
            blocks.append(f"# {text}" if style.startswith(("heading", "title")) else text)
    if not blocks:
        raise UnreadableDocument("is a Word file without text")
    properties = document.core_properties
    if properties.title and not has_title:  # the title the file declares opens the text, as in print
        blocks.insert(0, f"# {properties.title}")
    author = properties.author if properties.author and properties.author.lower() not in ACCOUNT_NAMES else None
    created = properties.created if properties.created and properties.created != TEMPLATE_CREATED else None
    return Extracted("\n\n".join(blocks) + "\n", properties.title or None, author,
                     created.date().isoformat() if created else None)


READERS: dict[str, Callable[[Path], Extracted]] = {
    ".txt": _text, ".md": _text, ".pdf": _pdf, ".html": _html, ".htm": _html, ".docx": _docx,
}


def extract(path: Path) -> Extracted:
    """The text and metadata of a document file; raises ``UnreadableDocument``."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnreadableDocument(f"is not in a format read here ({', '.join(READERS)})")
    return reader(path)
