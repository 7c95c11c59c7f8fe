"""One reply to whatever was typed: the answer policy in front of and behind retrieval.

1. Triage, of the message as if typed (a voice input's hesitations, restarts and
   slips taken back left out): a greeting or a request for help gets a short reply
   with example questions; input that is no question (mash, filler, code) gets a
   request for one. Neither is searched.
2. Slips of a phone's keyboard or voice input are put right (曹娥街到 → 曹娥街道, talnt → talent),
   abbreviations and chat spellings written out (YoY, bldg, hw), and written Cantonese read
   as Mandarin (喺邊度 → 在哪里).
3. A request to write, translate, rewrite or make something says it cannot be done and offers
   the passages on its topic (or the document's overview) as material.
4. A question asking which articles cover a topic gets them listed; one about a document as a whole
   gets its overview.
5. A question in a language the checks do not read (neither Chinese nor English) is answered by meaning
   alone, in English, and says so.
6. A message asking several things is answered part by part, the replies joined.
7. A follow-up (or a later part) is searched together with the earlier question it continues.
8. The evidence check: when the passages lack what the question asks for (a quotation the articles
   never write among it), the reply says so and lists it in ``missing``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from itertools import zip_longest

from qa.ingest import bilingual
from qa.ingest.sentences import is_cjk, sentence_before, with_antecedent
from qa.ingest.words import dictionary_tag, to_simplified, to_traditional
from qa.retrieval.contract import CONFIDENCES, Answer, Hit
from qa.retrieval.policy import (
    cantonese,
    chatter,
    claims,
    comparison,
    compound,
    correction,
    coverage,
    description,
    followup,
    framing,
    languages,
    mixed,
    namesakes,
    overview,
    quotes,
    regional,
    replies,
    speech,
    tasks,
    voice,
)
from qa.retrieval.policy.evidence import Evidence, lists_asked, may_answer, naming_aside
from qa.retrieval.policy.reading import word_glosses
from qa.retrieval.policy.slips import SlipReader
from qa.retrieval.policy.terms import KeyTerms, key_terms, names_the_page, numbered_names, unreachable_name
from qa.retrieval.policy.triage import Triage, asks_judgement, live_request, triage
from qa.retrieval.policy.vocabulary import PLACE_BEFORE
from qa.retrieval.question import clean_question, is_chinese_script
from qa.retrieval.retriever import Retriever
from qa.store.lexical import LexicalIndex

EVIDENCE_PASSAGES = 3  # the passages a reader sees first; what the question asks for must be in them
# A Chinese question's passage scored this close to the first that holds what the question asks, where
# the first lacks some of it, goes first: an article's lead paragraph, defining the name the question
# uses, scores as high as the paragraph answering it. English reaches Chinese through loose dictionary
# senses, which tell the two apart less well.
NEAR_TIE = 0.01
# A question asking a sum or count (an age, a length) or a place (where someone is from, where something
# happened), whose first passage gives none, is answered by a passage of the same document scored this
# close that does: a report's lead names who and what, outscoring by a few hundredths the paragraph with
# the amount or the place (any language: digits and units tell it). Not a date, which nearly every
# paragraph of news gives, of something or other.
COUNT_TIE = 0.03
GIVING_SCAN = 10  # how far down the list such a passage is looked for (the reply still shows top_k)
MEANING_SCAN = 30  # for what a thing is: captions and headings naming it crowd the first places
# Share of a Latin-script question's key terms the evidence must hold for an answer: one English
# word reaches Chinese through many dictionary senses ("world" → 天地), and a bare number matches
# any year, so one chance match must not carry an unrelated question (chosen on the gold set's
# English questions). A Chinese question needs one of its terms there, unless it has just one
# (本版照片由哪个单位提供: the passage says 办事处), or none but a word for the page itself
# (这篇报道的配图是谁提供的), which is left to the refusal threshold.
MIN_FOUND_SHARE_LATIN = 0.4
# That share falls the further the evidence clears the threshold (reaching none at FADE_MARGIN_LATIN),
# and evidence SURE_MARGIN_LATIN above it needs none: a chance match lies near the threshold, while an
# English question over Chinese encyclopedia paragraphs ("What are the four cardinal virtues of the
# Stoics?") can match them well and share no word the dictionary bridges (德性, 斯多葛). Over many
# documents unrelated English questions score higher (everyday ones over news: "how long should I
# boil an egg"), so both margins are counted from where they lie on this corpus (its English null
# level, see qa/retrieval/null.py) when that is above the threshold.
FADE_MARGIN_LATIN = 0.1
SURE_MARGIN_LATIN = 0.05
# A Chinese question whose focus is not in the passages, nor any name it asks about, needs half its
# key terms there: fewer, and the words shared are incidental ("个人投资者…去哪里开户" shares 投资者).
MIN_FOUND_SHARE_UNFOCUSED = 0.5
# A Chinese question with no noun to check (被斑蚊叮到以后多久发病: jieba cuts 斑蚊 into characters) is
# answered on evidence this far above the threshold; unrelated questions (arithmetic, unit conversions)
# lie below it.
SURE_MARGIN_UNNAMED = 0.08
EXAMPLE_TERMS = 2
EXAMPLE_TITLE_CHARS = 20  # the start of a title names its article well enough for an example
TITLES_SHOWN = 3
LISTED_DOCUMENTS = 20  # a longer list of articles is no reply: the rest are named by count


def _in_plain_words(question: str) -> str:
    """The question in the words the checks read: English mixed into a Chinese question read as Chinese
    (多少RMB as 多少元, before RMB is written out), business abbreviations and chat spellings written out,
    Cantonese read as Mandarin."""
    return cantonese.in_mandarin(bilingual.spelled_out(mixed.in_chinese(question)))


def _hit(passage, rank: int) -> Hit:
    """A passage picked by the policy rather than ranked: its first sentence is the one marked."""
    start, end = passage.sentences[0] if passage.sentences else (0, len(passage.text))
    return Hit(passage.id, rank, 1.0, passage.doc, passage.section, passage.kind, passage.text,
               passage.text[start:end], (start, end), passage.title, "high")


def _at_most(confidence: str, ceiling: str) -> str:
    return max(confidence, ceiling, key=CONFIDENCES.index)


def _rated(hits: list[Hit], terms: KeyTerms, lexical: LexicalIndex, ceiling: str) -> list[Hit]:
    """The hits' confidence capped at ``ceiling``, and "low" for a passage holding less of the
    question's key terms than the best passage does (it shares a word, not the answer)."""
    shares = [Evidence([hit], lexical).found_share(terms) if terms.terms else 1.0 for hit in hits]
    return [replace(hit, confidence="low" if share == 0 or share < shares[0] else _at_most(hit.confidence, ceiling))
            for hit, share in zip(hits, shares)]


def _holding_first(hits: list[Hit], terms: KeyTerms, lexical: LexicalIndex) -> list[Hit]:
    """The hits, with the first of the next few scored within NEAR_TIE of the first that lacks nothing
    the question asks for moved first, when the first lacks something."""
    if not terms.terms or len(hits) < 2 or not Evidence(hits[:1], lexical).missing(terms):
        return hits
    return _first_that(hits, lambda hit: hits[0].score - hit.score <= NEAR_TIE
                       and not Evidence([hit], lexical).missing(terms))


def _gives_a_kind(terms: KeyTerms) -> bool:
    """Whether the question asks a kind of answer a passage gives or does not (see ``_giving_first``)."""
    return bool(terms.measure or terms.asks_place or terms.asks_origin or terms.area or terms.meaning
                or terms.which_ones)


def _scan(terms: KeyTerms) -> int:
    """How far down the list a passage giving the kind of answer asked is looked for: for a list, among
    the passages a reader sees first, whatever their scores."""
    return MEANING_SCAN if terms.meaning else EVIDENCE_PASSAGES if terms.which_ones else GIVING_SCAN


def _giving_first(hits: list[Hit], terms: KeyTerms, lexical: LexicalIndex) -> list[Hit]:
    """The hits, with the first of the next few of the first's document scored within COUNT_TIE of it
    that gives what is asked moved first, when the first does not: a count in the measure asked, or a
    sentence saying where (see ``may_answer``); for what a thing is, any of the next few saying it (a
    passage only naming it, however near, does not answer); for which ones are, any of the passages a
    reader sees first naming them in a list and holding as much of the rest of the question."""
    if not _gives_a_kind(terms) or len(hits) < 2:
        return hits

    def gives(hit: Hit) -> bool:
        if terms.measure and not terms.which_ones:
            return Evidence([hit], lexical).has_count(terms.measure)
        return any(may_answer(sentence.text, terms, lexical) and (not terms.which_ones or lists_asked(
            sentence.text, terms, lexical)) for sentence, _, _ in Evidence([hit], lexical).windows)

    if gives(hits[0]):
        return hits
    held = Evidence(hits[:1], lexical).found_share(terms)

    def near(hit: Hit) -> bool:
        if terms.which_ones:
            return Evidence([hit], lexical).found_share(terms) >= held
        return bool(terms.meaning) or hits[0].score - hit.score <= COUNT_TIE

    return _first_that(hits, lambda hit: hit.doc == hits[0].doc and near(hit) and gives(hit), within=_scan(terms))


def _besides_first(hits: list[Hit], terms: KeyTerms, lexical: LexicalIndex) -> list[Hit]:
    """The hits, with the first of the others that names what the question sets aside in a list with
    others (or another of its kind) and lacks nothing else moved first, when the first names it alone:
    the list answers 除了卧龙，还有… (see ``exclusion``)."""
    def lists(hit: Hit) -> bool:
        return any(sentence.lists_besides(terms) for sentence, _, _ in Evidence([hit], lexical).windows)

    if not terms.excluded or not hits or lists(hits[0]) or not Evidence(hits[:1], lexical).writes_aside(terms):
        return hits
    return _first_that(hits, lambda hit: lists(hit) and not Evidence([hit], lexical).missing(terms), within=len(hits))


def _says_any(sentence: str, words: tuple[str, ...]) -> bool:
    """Whether a sentence holds any of the words, or none are given: what is asked of a thing described (完工
    of "那批楼宇项目，已经完工了几个"), not only the description, which the asker knows."""
    text = to_simplified(sentence).lower()
    return not words or any(word in text for word in words)


def _marking(terms: KeyTerms, lexical: LexicalIndex, asked: tuple[str, ...]) -> Callable[[str], int]:
    """How well a sentence may be marked as the answer: 1 where it gives the kind of answer asked (see
    ``may_answer``) and says what is asked of a thing described, 2 where it also names the things asked
    which of in a list; 0 otherwise."""
    def rate(sentence: str) -> int:
        if not (may_answer(sentence, terms, lexical) and _says_any(sentence, asked)):
            return 0
        return 2 if lists_asked(sentence, terms, lexical) else 1
    return rate


def _asked_first(hits: list[Hit], asked: tuple[str, ...]) -> list[Hit]:
    """The hits, with the first of the next few of the first's document whose marked sentence says what is
    asked of a thing described moved first, when the first's says only the description (see ``description``)."""
    if not hits or _says_any(hits[0].sentence, asked):
        return hits
    return _first_that(hits, lambda hit: hit.doc == hits[0].doc and _says_any(hit.sentence, asked))


def _aside_marked(hits: list[Hit], terms: KeyTerms, missing: list[str], lexical: LexicalIndex) -> list[Hit]:
    """The hits, the first marking what it says of the thing the question sets aside where the passages
    name nothing besides it (``terms.besides`` is missing), rather than a sentence on something else."""
    span = naming_aside(hits[0].text, terms, lexical) if hits and terms.besides in missing else None
    if span is None:
        return hits
    return [replace(hits[0], sentence=hits[0].text[span[0]:span[1]], sentence_span=span), *hits[1:]]


def _first_that(hits: list[Hit], better: Callable[[Hit], bool], within: int = EVIDENCE_PASSAGES) -> list[Hit]:
    """The hits, with the first of the next few (up to ``within``) that is ``better`` moved first and
    the ranks renumbered."""
    for at, hit in enumerate(hits[1:within], start=1):
        if better(hit):
            reordered = [hit, *hits[:at], *hits[at + 1:]]
            return [replace(h, rank=rank) for rank, h in enumerate(reordered, start=1)]
    return hits


def _joined(replies_to_parts: list[Answer], lang: str, searched: str, top_k: int) -> Answer:
    """One reply to a message asking several things: answered when every part is; what a part lacks
    (or the part itself, where it is not covered and nothing in particular is missing) named; each
    answered part's first passage first (those lacking nothing before the others), a passage answering
    two parts marking both sentences."""
    answered = [reply for reply in replies_to_parts if reply.answerable and reply.passages]
    missing = []
    for reply in replies_to_parts:
        lacking = reply.missing or ([] if reply.answerable else [_quoted_part(reply.question)])
        missing += [item for item in lacking if item not in missing]
    if not answered:
        outcome, key = "not_covered", "not_covered_missing"
    elif missing:
        outcome, key = "partial", "partial"
    else:
        outcome, key = "answered", "answered"
    leading = sorted(answered, key=lambda reply: bool(reply.missing))
    firsts = [reply.passages[0] for reply in leading]
    chosen: dict[str, Hit] = {}
    others = [reply.passages[1:] if reply.answerable else reply.passages for reply in replies_to_parts]
    for hit in [*firsts, *(hit for turn in zip_longest(*others) for hit in turn if hit)]:
        if hit.id not in chosen and len(chosen) < top_k:
            chosen[hit.id] = hit
        elif hit.id in chosen and hit in firsts and hit.sentence_span not in chosen[hit.id].marked_spans():
            kept = chosen[hit.id]
            chosen[hit.id] = replace(kept, also_spans=(*kept.also_spans, hit.sentence_span))
    passages = [replace(hit, rank=rank) for rank, hit in enumerate(chosen.values(), start=1)]
    timings = {key: round(sum(reply.timings_ms.get(key, 0.0) for reply in replies_to_parts), 2)
               for key in replies_to_parts[0].timings_ms}
    differs = [pair for reply in replies_to_parts for pair in reply.differs]
    asked = " ".join(reply.question for reply in replies_to_parts)
    message = replies.say(key, lang, missing=replies.join(missing, lang, asked), source=searched)
    return Answer(replies_to_parts[0].question, bool(answered), passages, timings,
                  max(reply.evidence for reply in replies_to_parts), outcome,
                  _differences_first(message, differs, lang, outcome == "answered"), missing,
                  glosses=leading[0].glosses if leading else [], answering=max(1, len({hit.id for hit in firsts})),
                  differs=differs)


def _differences_first(message: str, differs: list[tuple[str, str]], lang: str, answered: bool) -> str:
    """The reply's words opened with each figure or name the article gives otherwise than the question
    states (文章写的是10家，不是15家): the answer itself when the rest is answered."""
    if not differs:
        return message
    shown = {"en": claims.in_english, "zh-hant": to_traditional}.get(lang, str)
    said = ("; " if lang == "en" else "；").join(
        replies.say("differs", lang, given=shown(given), asked=asked) for asked, given in differs)
    if answered:
        return said + (":" if lang == "en" else "：")
    return said + (". " if lang == "en" else "。") + message


def _published(document: overview.DocumentOverview) -> str:
    """When and where a listed document was published, where known: （2019-01-08 · 北京日报）."""
    known = [value for value in (document.date, document.source) if value]
    return f"（{' · '.join(known)}）" if known else ""


def _quoted_part(part: str) -> str:
    """A part of a message named as what the articles do not answer: “这个项目是哪天开工的”."""
    return f"“{part.rstrip('？?！!。.，, ')}”"


class AnswerPolicy:
    """Answers questions over one retriever's index, following the answer policy above."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self.overviews = overview.document_overviews(retriever.passages,
                                                     retriever.index.manifest.get("document_info", {}))
        self.passage_docs = [passage.doc for passage in retriever.passages]
        self.slips = SlipReader(retriever.lexical, retriever.passages)

    @property
    def lexical(self) -> LexicalIndex:
        return self.retriever.lexical

    def titles(self, lang: str) -> str:
        """The documents held, by title (the first few)."""
        shown = replies.join([f"《{o.title}》" for o in self.overviews[:TITLES_SHOWN]], lang)
        return shown + ("…" if len(self.overviews) > TITLES_SHOWN else "")

    def example_questions(self, lang: str) -> list[str]:
        """Questions the corpus can answer. One article: its overview, and what its most used quoted
        terms mean. Several: the list of articles and the first one's overview (across many
        articles the most used quoted words are common ones: “安全”, “关注”)."""
        if len(self.overviews) > 1:
            title = re.split(r"[，,。！？!?：:|｜\s]", self.overviews[0].title)[0][:EXAMPLE_TITLE_CHARS]
            return [replies.say("example_documents", lang), replies.say("example_document", lang, title=title)]
        counts = self.lexical.document_frequency
        terms = sorted(self.lexical.user_terms, key=lambda t: (-counts.get(t, 0), t))[:EXAMPLE_TERMS]
        return [replies.say("example_overview", lang)] + [replies.say("example_term", lang, term=t) for t in terms]

    def _greeting(self, question: str, kind: Triage, searched: str, other_language: bool = False) -> Answer:
        """A reply to a greeting or a request for help, with example questions; ``searched`` is what the
        English calls the articles (see ``replies.source``). Said in another language, it says which the
        assistant reads (the help reply says so already)."""
        lang = kind.lang
        text = replies.say(kind.intent, lang, titles=self.titles(lang), source=searched)
        if other_language and kind.intent not in ("bye", "help"):
            text += " " + replies.say("other_language", lang)
        if kind.intent != "bye":
            text += "\n" + replies.say("examples", lang) + "\n" + "\n".join(self.example_questions(lang))
        return Answer(question, False, [], outcome="greeting", message=text)

    def _overview(self, question: str, aspect: str, lang: str, top_k: int,
                  docs: frozenset[str] | None) -> Answer | None:
        """The overview of the document named (or the only one searched), or the list of documents.
        Asked who wrote it, or when or where it was published, where the document does not say: a
        reply saying so when the question speaks of the document (这篇文章是哪天发表的), else None:
        it asks about the work the title names (an encyclopedia article 《镜花缘》), which search answers."""
        searched = [o for o in self.overviews if docs is None or o.doc in docs] or self.overviews
        chosen = overview.named_document(question, searched, self.lexical, self.passage_docs)
        if chosen is None and len(searched) == 1:
            chosen = searched[0]
        elif chosen is None and overview.reaches_corpus(overview.subject_terms(question, aspect, self.lexical),
                                                        self.lexical):
            # named by what it reports, in words not its own ("the unsold oranges story"): search finds it
            found = self.retriever.ask(question, top_k=1, docs=docs).passages
            chosen = next((o for o in searched if found and o.doc == found[0].doc), None)
        unstated = chosen is not None and aspect in overview.ABOUT_THE_DOCUMENT and not getattr(chosen, aspect)
        if unstated and not overview.points_at_document(question):
            return None
        if chosen is None:
            titles = [o.passages.get("title") or o.passages["lead"] for o in searched][:top_k]
            listing = "\n".join(f"{i}. 《{o.title}》{_published(o)}"
                                 for i, o in enumerate(searched[:LISTED_DOCUMENTS], start=1))
            text = replies.say("documents", lang, count=str(len(searched))) + "\n" + listing
            if len(searched) > LISTED_DOCUMENTS:
                text += "\n" + replies.say("more_documents", lang, count=str(len(searched) - LISTED_DOCUMENTS))
            return Answer(question, True, [_hit(p, r) for r, p in enumerate(titles, start=1)],
                          outcome="overview", message=text)
        missing = [replies.say(f"unstated_{aspect}", lang)] if unstated else []
        lines = [replies.say("unstated", lang, what=missing[0])] if unstated else []
        lines += [replies.say("overview", lang), replies.say("title", lang, value=chosen.title)]
        lines += [replies.say(key, lang, value=value) for key, value in (
            ("byline", chosen.author), ("date", chosen.date), ("source", chosen.source)) if value]
        if chosen.sections:
            lines.append(replies.say("sections", lang, value=" ".join(
                f"{i}. {s}" for i, s in enumerate(chosen.sections, start=1))))
        lead = chosen.passages.get("lead")
        if lead is not None:
            lines.append(replies.say("lead", lang, value=_hit(lead, 1).sentence))
        passages = overview.ordered_passages(chosen, aspect)[:top_k]
        return Answer(question, not unstated, [_hit(p, r) for r, p in enumerate(passages, start=1)],
                      outcome="overview", message="\n".join(lines), missing=missing)

    def _covering(self, asked: coverage.TopicAsked, kind: Triage, top_k: int, mode: str,
                  docs: frozenset[str] | None, searched: str) -> Answer:
        """The articles on a topic (on any of the things it names), by title, each with its passage on it; where
        none is, that said over the nearest passages (see ``coverage``)."""
        searches = [self._answer(replace(kind, question=part), [], top_k, mode, docs, searched) for part in asked.parts]
        listed: dict[str, Hit] = {}  # each article once, those on the first thing named first
        for part, found in zip(asked.parts, searches):
            if found.outcome == "answered":  # its answer first, then the other articles search finds for it
                ranked = self.retriever.ask(part, top_k=coverage.SCAN, mode=mode, docs=docs).passages
                for hit in coverage.covering([found.passages[0], *ranked], part, self.lexical):
                    listed.setdefault(hit.doc, hit)
        firsts, found = list(listed.values()), searches[0]
        topic = to_traditional(asked.topic) if kind.lang == "zh-hant" else asked.topic
        if not firsts:
            return replace(found, question=kind.question, answerable=False, outcome="not_covered",
                           missing=found.missing or [topic],
                           message=replies.say("topic_none", kind.lang, topic=topic, source=searched),
                           passages=[replace(hit, confidence="low") for hit in found.passages[:top_k]])
        documents = {o.doc: o for o in self.overviews}
        key = "topic_document" if len(firsts) == 1 else "topic_documents"
        lines = [replies.say(key, kind.lang, count=str(len(firsts)), topic=topic)]
        lines += [f"{i}. 《{documents[hit.doc].title}》{_published(documents[hit.doc])}"
                  for i, hit in enumerate(firsts[:LISTED_DOCUMENTS], start=1)]
        if len(firsts) > LISTED_DOCUMENTS:
            lines.append(replies.say("more_documents", kind.lang, count=str(len(firsts) - LISTED_DOCUMENTS)))
        passages = [replace(hit, rank=rank) for rank, hit in enumerate(firsts[:top_k], start=1)]
        return Answer(kind.question, True, passages, found.timings_ms, found.evidence, "overview", "\n".join(lines),
                      answering=len(passages))

    @staticmethod
    def _names_enough(question: str, terms: KeyTerms, evidence: Evidence, missing: list[str],
                      margin: float) -> bool:
        """Whether enough of what the question names is in the evidence, ``margin`` being how far the
        evidence clears the threshold (an English question's: the corpus's English null level where that
        is higher, so it may be negative; see MIN_FOUND_SHARE_LATIN, SURE_MARGIN_LATIN,
        MIN_FOUND_SHARE_UNFOCUSED and SURE_MARGIN_UNNAMED)."""
        if not is_chinese_script(question):
            checkable = [t for t in terms.terms if t not in terms.subjects or evidence.finds(t)
                         or not unreachable_name(t, evidence.lexical)]
            share = evidence.found_share(replace(terms, terms=checkable))
            # not without a word to be sure of (15% of 2,480), nor with Chinese that could have matched
            sure = bool(terms.terms) and margin >= SURE_MARGIN_LATIN and not any(map(is_cjk, question))
            return sure or share >= MIN_FOUND_SHARE_LATIN * (1 - max(margin, 0.0) / FADE_MARGIN_LATIN)
        share = evidence.found_share(terms)
        # None of several key terms written there: what it shares are dictionary senses and parts of
        # words (光合作用 holds 合作), so it is about something else.
        if len(terms.terms) > 1 and not any(map(evidence.writes, terms.terms)) and not names_the_page(
                question, evidence.lexical):
            return False
        if terms.focus in missing and not any(map(evidence.has, terms.subjects)):
            return share >= MIN_FOUND_SHARE_UNFOCUSED
        # A question whose one name is a time word (2024年的中秋节是几月几号) has no other term to find.
        return share > 0 or len(terms.terms) == 1 or not terms.terms and (
            any(map(evidence.has, terms.names)) or names_the_page(question, evidence.lexical)
            or not terms.names and margin >= SURE_MARGIN_UNNAMED)

    @staticmethod
    def _elsewhere(question: str, terms: KeyTerms, answer: Answer, missing: list[str]) -> bool:
        """Whether a Chinese question lacking its focus is about something else: the best passage is
        only near the threshold ("medium" confidence), so what it shares are a few common words
        (浙江大学的录取分数线 shares 浙江), not the subject of a partial answer. Cross-lingual cosines are too
        compressed for this in English."""
        return (is_chinese_script(question) and terms.focus in missing
                and bool(answer.passages) and answer.passages[0].confidence != "high")

    def _unknown_subjects(self, question: str, terms: KeyTerms, evidence: Evidence) -> list[str]:
        """The Chinese names the question asks about when the corpus mentions none of them (比亚迪,
        宁德时代): it is about something else. A Latin-script name is left out, as the corpus may spell
        it in Chinese without the dictionary knowing (Las Vegas, Fred VanVleet), unless it is a Chinese
        place's pinyin (Keqiao District), which the corpus would spell syllable for syllable."""
        names = [s for s in terms.subjects if not s.isascii() or self._names_a_place(question, s)]
        heads = [self.lexical.head(name) for name in names]
        unknown = [name for name, head in zip(names, heads)
                   if not evidence.finds(head) and not self.lexical.knows(head)
                   and not (name.isascii() and self._corpus.spells(name))]
        return unknown if unknown and len(unknown) == len(names) else []

    def _names_a_place(self, question: str, name: str) -> bool:
        """Whether the question writes the Latin-script name as pinyin before a word for a kind of place."""
        normalise = self.lexical.tokenizer.normalise
        return bilingual.is_pinyin_name(name) and any(normalise(w) == name for w in PLACE_BEFORE.findall(question))

    @cached_property
    def _quotable(self) -> str:
        """The text of all the passages, their headings and titles as quotations are compared (see ``quotes``)."""
        passages = self.retriever.passages
        headings = dict.fromkeys(p.section for p in passages if p.section)
        return quotes.plain(" ".join([*(p.text for p in passages), *headings, *(o.title for o in self.overviews)]))

    @cached_property
    def _corpus(self) -> Evidence:
        """All the passages as evidence, read only when a question names a place in pinyin."""
        return Evidence(self.retriever.passages, self.lexical)

    def ask(self, question: str, history: list[str] | tuple[str, ...] = (), top_k: int = 5,
            mode: str = "fused", docs: frozenset[str] | None = None) -> Answer:
        """Reply to one input; raises ``QuestionError`` only for empty or oversized input.
        ``docs`` limits the search to those documents."""
        question = clean_question(question)
        kind = triage(voice.as_typed(question))
        searched = replies.source(len(docs) if docs else len(self.overviews))
        spelled = _in_plain_words(kind.question)
        other_language = languages.other_language(spelled) is not None
        kind = replace(kind, lang="en") if other_language else kind
        if kind.kind == "greeting":
            return self._greeting(question, kind, searched, other_language)
        # "typo, CAZ" is no keyboard mash; what a message takes back of itself corrects no question before
        fix = None if other_language or voice.takes_back(question) else self._correction(spelled, list(history))
        if kind.kind == "unclear" and not (fix and fix.rewrites):
            return Answer(question, False, [], outcome="unclear",
                          message=replies.say(kind.intent, kind.lang, source=searched))
        if kind.kind == "unrelated":
            return Answer(question, False, [], outcome="not_covered",
                          message=replies.say(kind.intent, kind.lang, titles=self.titles(kind.lang), source=searched))
        if other_language:
            return replace(self._by_meaning(kind.question, top_k, mode, docs, searched), question=question)
        if fix is not None:
            history = fix.history(followup.earlier_questions(list(history)))
            spelled = _in_plain_words(fix.question)
        regionless = regional.in_mainland_words(spelled, self.lexical.tokenizer, self.slips.writes)
        kind = replace(kind, question=self.slips.corrected(regionless))
        read_as = kind.question if kind.question != spelled or voice.takes_back(question) else None
        if fix is not None and fix.rewrites and read_as is None:
            read_as = to_traditional(kind.question) if kind.lang == "zh-hant" else kind.question
        if fix is None and (owed := chatter.owed_reply(kind.question, kind.courtesy, self.lexical)):
            return self._greeting(question, replace(kind, kind="greeting", intent=owed), searched)
        kind = replace(kind, question=framing.without_asides(kind.question, self.lexical))
        topic = None if quotes.pastes_sentence(kind.question) else coverage.topic_asked(kind.question)
        if topic is not None:
            return replace(self._covering(topic, kind, top_k, mode, docs, searched), question=question,
                           read_as=read_as)
        task = tasks.requested(kind.question)
        if task is not None:
            return replace(self._task(task, kind, list(history), top_k, mode, docs, searched), question=question,
                           read_as=read_as)
        titles = [o.title for o in self.overviews]
        aspect = overview.overview_aspect(kind.question, self.lexical, titles) or (
            "summary" if quotes.headline_quoted(kind.question, titles) else None)
        # a quotation not written word for word is searched: the articles may not be where it comes from
        if aspect and not quotes.unwritten(kind.question, self._quotable, []) and (
                reply := self._overview(question, aspect, kind.lang, top_k, docs)):
            return reply
        reading = self._read_description(kind.question, docs)
        if reading.named:
            kind, read_as = replace(kind, question=reading.named), reading.named
        asked = compound.parts(kind.question, self.lexical)
        if len(asked) == 1:
            return replace(self._answer(kind, list(history), top_k, mode, docs, searched, reading),
                           question=question, read_as=read_as)
        # a part without its own subject continues the part before it
        replies_to_parts = [self._answer(replace(kind, question=part), [*history, *asked[:at]], top_k, mode, docs,
                                         searched) for at, part in enumerate(asked)]
        return replace(_joined(replies_to_parts, kind.lang, searched, top_k), question=question, read_as=read_as,
                       parts=asked)

    def _by_meaning(self, question: str, top_k: int, mode: str, docs: frozenset[str] | None,
                    searched: str) -> Answer:
        """A question in a language the checks do not read (see ``languages``): the passages nearest in meaning,
        offered as such where they score as answers do on this corpus, else as merely the nearest; never as a
        checked answer (medium confidence at most), and said so in English."""
        answer = self.retriever.ask(question, top_k=top_k, mode=mode, docs=docs)
        answerable = bool(answer.passages) and answer.evidence >= self.retriever.other_language_threshold()
        outcome, key, ceiling = (("partial", "other_language_matched", "medium") if answerable
                                 else ("not_covered", "other_language_none", "low"))
        return replace(answer, answerable=answerable, outcome=outcome, message=replies.say(key, "en", source=searched),
                       passages=[replace(hit, confidence=_at_most(hit.confidence, ceiling)) for hit in answer.passages])

    def _correction(self, said: str, history: list[str]) -> correction.Correction | None:
        """How the message corrects the question before, where it does (see ``correction``)."""
        earlier = followup.earlier_questions(history)
        if not earlier:
            return None
        return correction.corrected(said, _in_plain_words(earlier[-1]), self.lexical)

    def _read_description(self, question: str, docs: frozenset[str] | None) -> description.Reading:
        """How a question opening with a description is read (see ``description``): where the articles bear
        the description out whole, the rest asked of the name it points at, or, where it names none, the
        words of what is asked of it (the sentence marked must hold one: 完工 of "那批楼宇项目，已经完工了几个");
        where which thing it is is asked, its name (the sentence marked must hold it); where they give a figure
        of it otherwise (投资80亿的那个产业园: 60亿元), that difference."""
        found = description.described(question, self.lexical)
        terms = key_terms(found.description, self.lexical) if found else None
        if found is None or not terms.terms:
            return description.UNDESCRIBED
        answer = self.retriever.ask(found.description, top_k=1, docs=docs)
        if not answer.answerable or not answer.passages or Evidence(answer.passages, self.lexical).missing(terms):
            return description.UNDESCRIBED
        hit = answer.passages[0]
        if differs := claims.differing(found.description, [hit.sentence], self.lexical):
            return description.Reading(differs=differs)
        about = with_antecedent(sentence_before(hit.text, hit.sentence_span[0]), hit.sentence)  # 该社区… names none
        name = description.referent(about, found, terms.terms, self.lexical)
        if found.asks_which:  # the name is the answer: the sentence giving it is marked
            return description.Reading(asked=(name,)) if name else description.UNDESCRIBED
        return description.Reading(named=found.asked_of(name)) if name else description.Reading(
            asked=found.asked_words(self.lexical))

    def _task(self, task: tasks.Task, kind: Triage, history: list[str], top_k: int, mode: str,
              docs: frozenset[str] | None, searched: str) -> Answer:
        """A request to write, translate, rewrite or make something: that it cannot be done said first, then
        the passages on its topic as material (never an answer), or the overview when it is about the document
        (这篇文章, or only what the whole document is about: 曹娥街道 of an article on Caoe)."""
        doing = replies.say(f"task_{task.kind}", kind.lang)
        declined = replies.say("task_declined", kind.lang, doing=doing, source=searched)
        earlier = followup.earlier_questions(history)
        topic = earlier[-1] if task.refers_back and earlier else task.topic
        terms = key_terms(topic, self.lexical).terms if topic else []
        if topic is None or overview.reaches_corpus(terms, self.lexical) and overview.names_only_documents(
                terms, topic, self.lexical):
            reply = self._overview(kind.question, "summary", kind.lang, top_k, docs)
            assert reply is not None  # only an author, date or source goes unstated
            return replace(reply, answerable=False, message=declined + "\n" + reply.message, missing=[doing])
        answer = self._answer(replace(kind, question=topic), history, top_k, mode, docs, searched)
        if answer.outcome == "answered":
            shown = to_traditional(topic) if kind.lang == "zh-hant" else topic
            answer = replace(answer, outcome="partial", message=replies.say("task_material", kind.lang, topic=shown),
                             passages=[replace(hit, confidence=_at_most(hit.confidence, "medium"))
                                       for hit in answer.passages])
        space = " " if kind.lang == "en" else ""
        return replace(answer, message=declined + space + answer.message, missing=[doing, *answer.missing])

    def _answer(self, kind: Triage, history: list[str], top_k: int, mode: str, docs: frozenset[str] | None,
                searched: str, reading: description.Reading = description.UNDESCRIBED) -> Answer:
        """The reply to one question (``kind.question``), searched and checked against its evidence, as its
        opening description was read (see ``_read_description``)."""
        context = followup.context_for(kind.question, history, self.lexical)
        terms = followup.in_context(key_terms(kind.question, self.lexical), context, self.lexical)
        scan = max(top_k, _scan(terms)) if _gives_a_kind(terms) else top_k
        answer = self.retriever.ask(kind.question, top_k=scan, mode=mode, context=context, docs=docs,
                                    titles=overview.mentions_title(kind.question),
                                    marks=_marking(terms, self.lexical, reading.asked))
        answer = replace(answer, passages=_asked_first(_besides_first(
            _giving_first(answer.passages, terms, self.lexical)[:top_k], terms, self.lexical), reading.asked))
        if is_chinese_script(kind.question):
            answer = replace(answer, passages=_holding_first(answer.passages, terms, self.lexical))
        spoken = speech.asked(kind.question, self.lexical)  # who said it, or what someone said
        if spoken is not None:
            answer = replace(answer, passages=speech.heard(answer.passages[:EVIDENCE_PASSAGES], spoken, kind.question,
                                                           self.lexical) + answer.passages[EVIDENCE_PASSAGES:])
        evidence = Evidence(answer.passages[:EVIDENCE_PASSAGES], self.lexical)
        missing = evidence.missing(terms)
        if spoken is not None and spoken.speaker and not any(word in term for word in spoken.speaker
                                                             for term in missing) \
                and speech.unheard(answer.passages[:EVIDENCE_PASSAGES], spoken, self.lexical):
            missing.append(spoken.lacking())
        # Taiwan and Hong Kong spell foreign names their own way (耐吉 for 耐克, 舒麥加 for 舒马赫): a name in a
        # Traditional question may be one the corpus writes otherwise, so it is only reported missing, unless
        # it is a place the dictionary knows (台北, 新山), which is written alike everywhere.
        unknown = self._unknown_subjects(kind.question, terms, evidence)
        if to_simplified(kind.question) != kind.question:
            unknown = [name for name in unknown if dictionary_tag(to_simplified(name)).startswith("ns")]
        # A name's number the passages do not say is only reported: it may be part of a title ("Hot 100")
        # that Chinese writes otherwise (百强).
        unnumbered = [name for name, number in numbered_names(kind.question) if not evidence.says_number(number)]
        missing += [name for name in dict.fromkeys(unknown + unnumbered) if name not in missing]
        # a party compared with one the corpus holds, which it never mentions (道墟街道 beside 曹娥街道), and
        # a name the corpus holds written as another thing's (鸿雁电器 beside 鸿雁社区)
        strangers = comparison.unmentioned(kind.question, self.lexical)
        strangers += [name for name in namesakes.namesakes(kind.question, evidence) if name not in strangers]
        missing = comparison.named_in(missing, strangers)
        missing, quoted_elsewhere = quotes.with_unwritten(kind.question, self._quotable,
                                                   [hit.text for hit in answer.passages[:EVIDENCE_PASSAGES]], missing)
        live = live_request(kind.question)
        missing += [live] if live and live not in missing else []
        judged = asks_judgement(kind.question)
        missing = [replies.say("judgement_missing", kind.lang)] + missing if judged else missing
        # Too little of what it names is there: it matched on a bare number or a stray dictionary sense.
        margin = answer.evidence - self.retriever.threshold_for(kind.question)
        if not is_chinese_script(kind.question):
            margin = min(margin, answer.evidence - self.retriever.null_levels.latin)
        answerable = answer.answerable and not unknown and not live and (
            context is not None or self._names_enough(kind.question, terms, evidence, missing, margin)
            and not self._elsewhere(kind.question, terms, answer, missing))
        # a figure or quoted name the question states as a claim ("有15家上市公司吗") that the answering sentence
        # gives otherwise, or a figure it takes for granted ("那15家上市公司是哪几家") that the passages offered
        # give otherwise: the article's answers it, and the stated one is no term the article lacks
        marked = answer.passages[0].marked_sentences() if answerable and answer.passages else []
        offered = [hit.text for hit in answer.passages[:EVIDENCE_PASSAGES]]
        differs = (claims.differing(kind.question, marked, self.lexical, offered) if marked else []) or reading.differs
        if marked and not differs:  # words it quotes credited to someone the article does not quote saying them
            differs = speech.miscredited(kind.question, answer.passages[:EVIDENCE_PASSAGES], self.lexical)
        missing = [term for term in missing if not any(claims.restates(term, asked) for asked, _ in differs)]
        # a quotation the article gives otherwise ("是不是叫“青年先锋”") is corrected, not lacking; where the
        # question quotes something else the articles write, the rest is answered (partly)
        quoted_elsewhere = [quote for quote in quoted_elsewhere if quote in missing]
        quoted_elsewhere = quoted_elsewhere if len(quoted_elsewhere) == len(quotes.quotations(kind.question)) else []
        answerable = answerable and not quoted_elsewhere
        named = replies.join(missing, kind.lang, kind.question)
        glosses = []
        if quoted_elsewhere:
            outcome, text = "not_covered", replies.say("quote_unwritten", kind.lang, source=searched,
                                                       missing=replies.join(quoted_elsewhere, kind.lang, kind.question))
        elif not answerable:
            outcome, text = "not_covered", replies.say("not_covered_missing" if missing else "not_covered",
                                                       kind.lang, missing=named, source=searched)
        elif missing:
            outcome, text = "partial", replies.say("judgement" if judged else "partial", kind.lang, missing=named,
                                                   source=searched)
        else:
            outcome, text = "answered", replies.say("answered", kind.lang, source=searched)
        ceiling = {"not_covered": "low", "partial": "medium"}.get(outcome, "high")
        passages = _rated(_aside_marked(answer.passages, terms, missing, self.lexical), terms, self.lexical, ceiling)
        if answerable and kind.lang == "en" and passages:
            glosses = word_glosses(passages[0].sentence, self.lexical)
        return replace(answer, question=kind.question, answerable=answerable, passages=passages, outcome=outcome,
                       message=_differences_first(text, differs, kind.lang, outcome == "answered"), missing=missing,
                       glosses=glosses, differs=differs)
