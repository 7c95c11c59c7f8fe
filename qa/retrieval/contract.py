"""What a question gets back: the ``Answer`` and its passages (``Hit``), as the CLI's JSON shows them."""

from __future__ import annotations

from dataclasses import dataclass, field

CONTRACT_KEYS = ("id", "rank", "score", "doc", "section", "kind", "text")
OUTCOMES = ("answered", "partial", "not_covered", "overview", "greeting", "unclear")
CONFIDENCES = ("high", "medium", "low")


@dataclass
class Hit:
    id: str
    rank: int
    score: float
    doc: str
    section: str | None
    kind: str
    text: str
    sentence: str
    sentence_span: tuple[int, int]
    title: str | None = None  # the document's title, when it has one
    confidence: str = "low"  # one of CONFIDENCES: how well this passage answers (see qa/retrieval/refusal.py)
    docs: list[str] = field(default_factory=list)  # every document holding this same text (first: ``doc``)
    # Further sentences marked, each answering another part of a message asking two things (see compound.py)
    also_spans: tuple[tuple[int, int], ...] = ()

    @property
    def carries_evidence(self) -> bool:
        """Whether the passage answers well enough for its answering sentence to be marked."""
        return self.confidence != "low"

    def to_json(self) -> dict:
        """The contract's passage object, with the answering sentence where the chat would mark one."""
        marked = self.carries_evidence
        return {key: getattr(self, key) for key in CONTRACT_KEYS} | {
            "doc_title": self.title, "docs": self.docs or [self.doc], "confidence": self.confidence,
            "sentence": self.sentence if marked else None,
            "sentence_span": list(self.sentence_span) if marked else None,
            "sentences": self.marked_sentences()}

    def marked_sentences(self) -> list[str]:
        """The answering sentences as the chat marks them: none when the passage does not carry evidence."""
        return [self.text[start:end] for start, end in self.marked_spans()] if self.carries_evidence else []

    def marked_spans(self) -> list[tuple[int, int]]:
        """Every answering sentence's span, in reading order."""
        return sorted({tuple(self.sentence_span), *self.also_spans})

    def pieces(self) -> list[tuple[str, bool]]:
        """The passage text cut at its answering sentences, each piece with whether it is one; the text
        whole and unmarked when the passage does not carry evidence."""
        if not self.carries_evidence:
            return [(self.text, False)]
        pieces, at = [], 0
        for start, end in self.marked_spans():
            pieces += [(self.text[at:start], False), (self.text[start:end], True)]
            at = end
        return [(text, marked) for text, marked in [*pieces, (self.text[at:], False)] if text]


@dataclass
class Answer:
    """One reply: the passages, whether they answer, and what the answer policy made of the input.

    ``outcome`` is one of OUTCOMES: answered; answered with terms missing, or by meaning alone where the
    question's language is one the checks do not read ("partial");
    not covered; an overview of a whole document; a greeting or help reply; or
    input that is not a question ("unclear"). ``missing`` lists what the question
    asks for that the passages do not contain; ``message`` is the reply's own words.
    """

    question: str
    answerable: bool
    passages: list[Hit]
    timings_ms: dict[str, float] = field(default_factory=dict)
    evidence: float = 0.0  # the value the refusal threshold is compared with
    outcome: str = "answered"
    message: str = ""
    missing: list[str] = field(default_factory=list)
    searched_with: str | None = None  # the earlier question a follow-up was searched together with
    read_as: str | None = None  # the question as searched: slips put right, or the question before corrected
    # Reading help for a question not asked in Chinese: the answer sentence's words as
    # (word, pinyin, short English gloss); a word gloss, not a translation.
    glosses: list[tuple[str, str, str]] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # the questions a message asking several things was read as
    answering: int = 1  # how many passages, from the first, answer a part of such a message (the chat opens them)
    # Figures or quoted names the question states that the answering sentence gives otherwise:
    # (as asked, as the article writes it)
    differs: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"question": self.question, "answerable": self.answerable, "outcome": self.outcome,
                "message": self.message, "missing": self.missing, "searched_with": self.searched_with,
                "read_as": self.read_as, "parts": self.parts,
                "differs": [{"asked": asked, "article": given} for asked, given in self.differs],
                "passages": [hit.to_json() for hit in self.passages]}
