"""Synthetic Chinese news corpora for the scale benchmark (never written into a real corpus).

Passages recombine a real corpus's own body sentences (read from the corpus
folder), with the article's place and company names swapped for invented ones
and every figure redrawn, so the text
reads like the real corpus (same vocabulary, same sentence shapes, same
chunker paths: title block, byline, headed sections) while each passage is
distinct. Every document's title starts with ``SYNTHETIC_MARK`` and every file
is named ``synthetic-*.txt`` in a folder holding a ``.synthetic`` marker file.
Generation is deterministic: the same seed and size give byte-identical files,
and a smaller corpus is (up to its last document) a prefix of a larger one, so
the embedding cache of the 100k run also serves the 1k and 10k runs.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from qa.ingest.corpus import chunk_corpus, load_documents
from qa.ingest.sentences import split_sentences

SYNTHETIC_MARK = "〔合成〕"
MARKER_FILE = ".synthetic"

# Names in the real article, swapped per document for invented ones of the same kind.
PLACE_NAMES = ("曹娥街道", "曹娥", "上虞区", "上虞", "绍兴", "鸿雁社区", "杭州湾")
COMPANY_NAMES = ("卧龙", "晶盛", "皇马", "万顺")
PLACE_STEMS = ("临江", "东湖", "西塘", "白马", "青山", "兰亭", "凤鸣", "金沙", "龙泉", "云溪", "梅林", "桃源",
               "松阳", "银湖", "北岸", "南浦", "长乐", "永和", "安澜", "清溪", "鹿山", "秀水", "湖塘", "江滨")
PLACE_SUFFIXES = ("街道", "镇", "新区", "乡")
COMPANY_STEMS = ("华新", "恒远", "中越", "嘉禾", "星辰", "瑞丰", "天成", "海纳", "博远", "锦程", "宏达", "新宇")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "金良沈蓉洁娜海峰晓明建国丽华志强秀英文博雨欣子涵一鸣思远佳怡浩然"
TITLE_PHRASES = ("聚力向高而攀", "勇毅向新而行", "跑出项目建设加速度", "奋力打造青春之城", "激活发展新动能",
                 "擦亮产业金名片", "绘就共富新图景", "筑牢人才强引擎", "点燃创新主引擎", "建设宜居幸福家园")
HEADINGS = ("项目为王 点燃突破发展“主引擎”", "创新载体 打造产业集聚“引力场”", "聚才汇智 吹响青年人才“集结号”",
            "基层治理 织密共建共享“服务网”", "城市更新 绘就宜居宜业“新画卷”", "招商引资 跑出项目落地“加速度”",
            "数字赋能 激活产业升级“新引擎”", "民生实事 办好群众身边“关键事”")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NAME = re.compile("|".join(sorted(PLACE_NAMES + COMPANY_NAMES, key=len, reverse=True)))


@dataclass(frozen=True)
class SyntheticDoc:
    name: str
    text: str
    passages: int  # title + byline + body paragraphs


def source_sentences(corpus_dir: Path) -> list[str]:
    """A real corpus's body sentences (the material every synthetic passage is made of)."""
    sentences = []
    for passage in chunk_corpus(load_documents(corpus_dir)):
        if passage.kind == "body":
            sentences.extend(passage.text[start:end] for start, end in split_sentences(passage.text))
    return [s for s in sentences if len(s) >= 12 and s.endswith(("。", "！", "？", "”"))]


def _redraw_number(match: re.Match, rng: random.Random) -> str:
    text = match.group(0)
    whole, _, fraction = text.partition(".")
    if len(whole) == 4 and whole.startswith("20") and not fraction:
        return str(rng.randint(2015, 2025))  # a year stays a plausible year
    low = 10 ** (len(whole) - 1) if len(whole) > 1 else 1
    value = str(rng.randint(low, 10 ** len(whole) - 1))
    return f"{value}.{''.join(rng.choice('0123456789') for _ in fraction)}" if fraction else value


def _document(number: int, paragraphs: int, sentences: list[str], seed: int) -> SyntheticDoc:
    rng = random.Random(f"{seed}:{number}")
    place = rng.choice(PLACE_STEMS)
    names = {name: rng.choice(PLACE_STEMS) for name in PLACE_NAMES}
    names.update({"曹娥街道": place + rng.choice(PLACE_SUFFIXES), "曹娥": place,
                  "上虞区": names["上虞"] + "区", "鸿雁社区": rng.choice(PLACE_STEMS) + "社区"})
    names.update({name: rng.choice(COMPANY_STEMS) for name in COMPANY_NAMES})

    def rewrite(sentence: str) -> str:
        sentence = _NAME.sub(lambda m: names[m.group(0)], sentence)
        return _NUMBER.sub(lambda m: _redraw_number(m, rng), sentence)

    title = f"{SYNTHETIC_MARK}{names['曹娥街道']}{rng.choice(TITLE_PHRASES)}"
    byline = " ".join(rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2)) for _ in range(3))
    blocks = [title, "", byline, "", ""]  # a wider gap ends the title block
    headings = rng.sample(HEADINGS, k=min(len(HEADINGS), 1 + paragraphs // 5))
    for index in range(paragraphs):
        if index % 5 == 0:
            blocks += [headings[index // 5], ""]
        count = rng.choices((1, 2, 3), weights=(40, 45, 15))[0]
        blocks += ["".join(rewrite(s) for s in rng.sample(sentences, count)), ""]
    return SyntheticDoc(f"synthetic-{number:06d}.txt", "\n".join(blocks) + "\n", paragraphs + 2)


def generate(passages: int, sentences: list[str], seed: int = 0) -> list[SyntheticDoc]:
    """Documents holding ``passages`` passages in all (the last one cut short to fit)."""
    documents, total, number = [], 0, 0
    while total < passages:
        paragraphs = random.Random(f"{seed}:size:{number}").randint(8, 14)
        left = passages - total - 2 - paragraphs  # passages still wanted after this document
        if left < 0:
            paragraphs = max(1, paragraphs + left)
        elif left < 3:  # too few for a document of their own: leave room for one of 3
            paragraphs -= 3 - left
        document = _document(number, paragraphs, sentences, seed)
        documents.append(document)
        total += document.passages
        number += 1
    return documents


def write_corpus(folder: Path, passages: int, source_dir: Path, seed: int = 0) -> list[SyntheticDoc]:
    """Write a synthetic corpus made from ``source_dir``'s sentences into ``folder``, replacing what was there.

    Refuses a folder inside the source corpus or holding documents of its own, so a real corpus is never touched.
    """
    folder = Path(folder)
    real = [p.name for p in folder.glob("*") if p.is_file() and not p.name.startswith(("synthetic-", "."))]
    if (folder.resolve() / "x").is_relative_to(Path(source_dir).resolve()) or real:
        raise ValueError(f"refusing to write synthetic documents into {folder}: it is (in) a real corpus")
    folder.mkdir(parents=True, exist_ok=True)
    documents = generate(passages, source_sentences(source_dir), seed)
    wanted = {d.name for d in documents}
    for old in folder.glob("synthetic-*.txt"):
        if old.name not in wanted:
            old.unlink()
    for document in documents:
        path = folder / document.name
        data = document.text.encode("utf-8")
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
    (folder / MARKER_FILE).write_text(f"Synthetic benchmark corpus: {passages} passages, seed {seed}. "
                                      "Recombined from corpus/ sentences with invented names and figures; "
                                      "not real news.\n")
    return documents
