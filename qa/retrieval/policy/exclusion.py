"""What a question sets aside: 除了卧龙，还有哪些龙头企业 / "Besides Jingsheng, which other company…".

The asker already knows what is set aside (卧龙), so it is no term the answer must hold, and a
sentence naming it alone does not answer; the answer names something besides it: the thing in a
list with others (晶盛、卧龙等龙头企业), another of the kind asked (风机产业大脑 beside 电机产业大脑), or
something else altogether (15个项目…推进中 for 除了已经完工的，还有几个在推进). The question's own terms
are read from the rest of it; search still reads all of it, as the list holding the thing set aside
is often the answer.
"""

from __future__ import annotations

import re

_STOP = r"，,。？?！!；;"
# 除了X，… / 除了X以外… / 除了X还有… / 除X外… / X之外，… (at the start) / 不算X，…
_CHINESE = re.compile(
    rf"(?:除了|除去|除开|除掉|除却)(?P<a>[^{_STOP}]+?)(?:以外|之外|外)?(?:[，,]\s*|(?=还|另|其[他它余]|别的|又|也))"
    rf"|除(?![了去开掉却非夕])(?P<b>[^{_STOP}]{{1,20}}?)(?:以外|之外|外)[，,]?\s*"
    rf"|^(?P<c>[^{_STOP}除]{{1,20}}?)(?:以外|之外)[，,]?\s*"
    rf"|(?:^|(?<=[，,]))(?:不算|不包括|不含|不计)(?P<d>[^{_STOP}]+?)[，,]\s*")
_ENGLISH = re.compile(
    r"\b(?:besides|apart from|aside from|other than|except(?: for)?|in addition to|excluding|not counting)\s+"
    r"(?P<a>[^,?.!;]+?)\s*(?:,\s*|(?=\s+(?:what|which|who|whom|where|when|how|is|are|was|were|does|do|did|has|have"
    r"|can|will)\b))", re.IGNORECASE)
LIST_REACH = 12  # characters between a listed thing and the mark joining it to the next (卧龙智慧新能源产业化项目、)
_JOINS = "(?:[、和与及]|”“)"  # and things quoted back to back: “一楼一总部”“一楼一特色”
_JOINED_BEFORE = re.compile(rf"{_JOINS}[^{_STOP}；：:]{{0,{LIST_REACH}}}$")
# not past an opening quote: 卧龙集团“电机产业大脑”和“未来工厂” joins the two things quoted, not 卧龙集团
_JOINED_AFTER = re.compile(rf"[^{_STOP}；：:“]{{0,{LIST_REACH}}}?{_JOINS}")


def set_aside(question: str) -> tuple[str, str] | None:
    """The question without what it sets aside, and what it sets aside, as written; None when it sets
    nothing aside."""
    match = _CHINESE.search(question) or _ENGLISH.search(question)
    if match is None:
        return None
    excluded = next(group for group in match.groups() if group)
    rest = re.sub(r"\s+", " ", question[:match.start()] + question[match.end():]).strip()
    return (rest, excluded.strip()) if rest else None


def listed_with_others(text: str, start: int, end: int) -> bool:
    """Whether the thing written at text[start:end] is one of a list: joined to another by 、 和 与 及
    in the same clause (晶盛、卧龙等; 卧龙智慧新能源产业化项目、晶盛产业园项目)."""
    return (_JOINED_BEFORE.search(text[max(0, start - LIST_REACH - 1):start]) is not None
            or _JOINED_AFTER.match(text[end:end + LIST_REACH + 1]) is not None)
