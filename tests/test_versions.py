"""A stage whose output changes must bump its version in qa/store/versions.py, so old indexes rebuild.

Each version is recorded here with a digest of what its stage makes of the real
corpus. If a test fails, the stage's output changed: bump the version and record
the digest the failure prints. Editing a docstring or renaming a variable changes
nothing here, so it forces no rebuild.
"""

from __future__ import annotations

import hashlib
import json

from conftest import PROJECT_ROOT

from qa.ingest.corpus import chunk_corpus, load_documents
from qa.store import versions
from qa.store.lexical import LexicalIndex
from qa.store.texts import embedding_texts, index_passages

RECORDED = {
    ("chunker", "18"): "1a7914b6f1fe4812",  # 18: a quote's attribution tail is in its sentence; article same
    ("embedding_text", "3"): "0c6f4ede01bfbb97",  # 3: 曹娥街道相关负责人表示。 is in its quote's sentence
    ("lexical", "12"): "b2e451a8c83992f5",  # 12: an -ation gloss reaches its base word (tax → 税收)
}


def digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def stage_outputs() -> dict[tuple[str, str], str]:
    passages = chunk_corpus(load_documents(PROJECT_ROOT / "corpus"))
    texts = embedding_texts(index_passages(passages))
    lexical = LexicalIndex(texts[0])
    tokens = [lexical.tokenizer.passage_tokens(text) for text in texts[0]]
    return {
        ("chunker", versions.CHUNKER_VERSION): digest([(p.id, p.kind, p.section, p.text, p.spans) for p in passages]),
        ("embedding_text", versions.EMBEDDING_TEXT_VERSION): digest(texts),
        ("lexical", versions.LEXICAL_VERSION): digest([tokens, lexical.english, lexical.synonyms, lexical.glosses]),
    }


def test_every_stage_output_matches_its_recorded_version():
    changed = {f"{stage} version {version}": value for (stage, version), value in stage_outputs().items()
               if RECORDED.get((stage, version)) != value}
    assert changed == {}, "bump the version in qa/store/versions.py and record these digests in RECORDED"
