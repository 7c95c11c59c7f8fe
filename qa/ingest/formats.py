"""Reading documents of each format into text the chunker understands, with their metadata.

The chunker reads paragraphs as blocks separated by blank lines (see
``qa/ingest/chunking.py``), so every reader returns its text that way: PDF
lines are grouped into blocks by the space between them (multi-column
e-paper pages then go through the chunker's layout repair), HTML keeps the main text only
(trafilatura drops navigation, comments and boilerplate), Word files give
their paragraphs with headings marked. Title, author, date and source come
from the file's metadata where it has them.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


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


def blocks_from_positions(pages: list[list[tuple[float, str]]]) -> str:
    """Laid-out lines, as (height on the page, text) in reading order per page, as blocks of text.

    Vertical space tells the layout: a line one line-height below the last continues its
    block, each further line-height of space is one blank line (the chunker's gap), and a
    line higher up than the last starts a new column, whose space below the top of the
    pages' columns counts the same way. The chunker then repairs paragraphs split across columns.
    """
    gaps = [above - below for page in pages for (above, _), (below, _) in zip(page, page[1:]) if above > below]
    if not gaps:
        return "\n\n".join(text for page in pages for _, text in page) + "\n"
    line = statistics.median(gaps)
    top = max(y for page in pages for y, _ in page)  # where columns start on a page
    out: list[str] = []
    for page in pages:
        previous: float | None = None
        for y, text in page:
            if previous is None or y > previous:  # a new page or column
                blank = max(1, round((top - y) / line)) if out else 0
            else:
                blank = max(0, round((previous - y) / line) - 1)
            out.extend([""] * blank + [text])
            previous = y
    return "\n".join(out) + "\n"


def _page_lines(page) -> list[tuple[float, str]]:
    """A PDF page's text lines with their height on the page, in the order they are drawn."""
    lines: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        for number, piece in enumerate(text.split("\n")):
            if lines and number == 0 and abs(lines[-1][0] - y) < 1:
                lines[-1] = (lines[-1][0], lines[-1][1] + piece)
            elif piece.strip():
                lines.append((y, piece))

    page.extract_text(visitor_text=visit)
    return [(y, text.strip()) for y, text in lines if text.strip()]


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
    text = blocks_from_positions(pages)
    if not text.strip():
        raise UnreadableDocument("is a PDF without extractable text (a scan needs OCR first)")
    date = getattr(meta, "creation_date", None) if meta else None
    return Extracted(text, (meta.title or None) if meta else None, (meta.author or None) if meta else None,
                     date.date().isoformat() if date else None)


def _html(path: Path) -> Extracted:
    import trafilatura

    try:
        page = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        raise UnreadableDocument(f"cannot be read ({exc.strerror})") from exc
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    text = (found.text if found else "") or ""
    if not text.strip():
        raise UnreadableDocument("is a web page without article text")
    body = "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"
    return Extracted(body, found.title or None, found.author or None, found.date or None,
                     found.sitename or found.hostname or None)


def _docx(path: Path) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise UnreadableDocument(f"is not a readable Word file ({type(exc).__name__})") from exc
    blocks, has_title = [], False
    for paragraph in document.paragraphs:
        text, style = paragraph.text.strip(), (paragraph.style.name or "").lower()
        if text:
            has_title = has_title or (style == "title" and not blocks)
            blocks.append(f"# {text}" if style.startswith(("heading", "title")) else text)
    if not blocks:
        raise UnreadableDocument("is a Word file without text")
    properties = document.core_properties
    if properties.title and not has_title:  # the title the file declares opens the text, as in print
        blocks.insert(0, f"# {properties.title}")
    return Extracted("\n\n".join(blocks) + "\n", properties.title or None, properties.author or None,
                     properties.created.date().isoformat() if properties.created else None)


READERS: dict[str, Callable[[Path], Extracted]] = {
    ".txt": _text, ".md": _text, ".pdf": _pdf, ".html": _html, ".htm": _html, ".docx": _docx,
}


def extract(path: Path) -> Extracted:
    """The text and metadata of a document file; raises ``UnreadableDocument``."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnreadableDocument(f"is not in a format read here ({', '.join(READERS)})")
    return reader(path)
