"""The date and author a text gives at its head, for a document whose file has no metadata (plain text).

News kept as text carries them in its title block: a dateline under the headline
("2015年11月9日 本报记者 李振宇") or a byline of names ("孙金良 戴沈蓉 冯洁娜").
"""

from __future__ import annotations

import re

_DATE = re.compile(r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})(?!\d)")
# a dateline run into a headline ending in a mark, as text loses the space between sentences: 哈哈…2019年2月18日
_GLUED_DATELINE = re.compile(rf"(?<=[…！？!?。])(?:{_DATE.pattern})日?(?=\s|$)")
_POSTED = re.compile(r"\d{1,2}-\d{1,2}$|\d{1,2}:\d{2}")  # a post's time without its year: 3-14 20:47
_NAME = r"[\u4e00-\u9fff]{2,4}"
_REPORTERS = re.compile(rf"(?:记者|通讯员|作者|撰稿|文|By)\s*[:：/]?\s*((?:{_NAME}[ \u3000、，,]*)+)[)）]?$")
_NAMES_ONLY = re.compile(rf"^(?:{_NAME}[ \u3000、，,]+)*{_NAME}$")
_ROLES = frozenset("记者 通讯员 作者 撰稿 本报 实习生 摄影".split())


def written_date(*texts: str | None) -> str | None:
    """The first full date the texts write (2015年11月9日, 2015-11-09), as 2015-11-09."""
    for text in texts:
        if text and (found := _DATE.search(text)):
            year, month, day = map(int, found.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def headline(title: str | None) -> str | None:
    """A title block without the dateline it ends with: 青溪县2019年地区生产总值突破280亿元 of
    "… 2020年1月18日 本报记者 王立群" or of "… 原标题：…", a post's headline of "… 原创 临江发布 2024年12月26日 08:30"
    or of "… 3-14 20:47 来自 iPhone客户端" (a date opening the title is the headline's own)."""
    if not title:
        return title
    words = title.split()
    cut = next((i for i, word in enumerate(words) if i and (
        _DATE.search(word) or _POSTED.match(word) or word == "原创" or word.startswith("原标题"))), len(words))
    kept = " ".join(words[:cut])
    glued = _GLUED_DATELINE.search(kept)
    return kept[:glued.start()] if glued else kept


def written_author(title: str | None, byline: str | None) -> str | None:
    """The reporters a byline names (孙金良 戴沈蓉), or a dateline at the end of the title block
    (…2015年11月9日 本报记者 李振宇: a headline alone may say 记者 of something else), joined by 、.
    A byline may close a bracket: 本报讯（记者 楼佳慧）."""
    dateline = title if title and _DATE.search(title) else None
    for text, pattern in ((byline, _REPORTERS), (byline, _NAMES_ONLY), (dateline, _REPORTERS)):
        if text and (found := pattern.search(text.strip())):
            names = re.findall(_NAME, found.group(1) if pattern.groups else found.group(0))
            return "、".join(name for name in names if name not in _ROLES) or None
    return None
