"""Build a SentencePiece "precompiled charsmap" from a codepoint mapping.

``tokenizers.normalizers.Precompiled`` is the one normaliser that applies
thousands of per-character replacements in a single pass. Its input is
SentencePiece's binary format: a little-endian u32 byte size of a
darts-clone double-array trie keyed by UTF-8 bytes, the trie's u32 units,
then NUL-terminated replacement strings the trie's values point into.
"""

from __future__ import annotations

import struct

import numpy as np

_LEAF_BIT = 1 << 31
_HAS_LEAF_BIT = 1 << 8
_MAX_OFFSET = 1 << 21


class _Node:
    __slots__ = ("children", "value")

    def __init__(self) -> None:
        self.children: dict[int, _Node] = {}
        self.value: int | None = None


def _build_trie(keys: dict[bytes, int]) -> _Node:
    root = _Node()
    for key, value in keys.items():
        node = root
        for byte in key:
            node = node.children.setdefault(byte, _Node())
        node.value = value
    return root


def _double_array(root: _Node) -> list[int]:
    """Lay the trie out as darts-clone units (XOR-relative offsets)."""
    units: list[int] = [0]
    used: set[int] = {0}
    search_from = 1
    top_base = 0
    pending: list[tuple[_Node, int]] = [(root, 0)]
    while pending:
        node, position = pending.pop()
        labels = sorted(node.children) + ([0] if node.value is not None else [])
        if not labels:
            continue
        while search_from in used:
            search_from += 1
        base = search_from
        while any((base ^ label) in used for label in labels):
            base += 1
        top_base = max(top_base, base)
        offset = base ^ position
        if offset >= _MAX_OFFSET:
            raise ValueError("charsmap trie too large for darts-clone offsets")
        units[position] |= offset << 10
        if node.value is not None:
            units[position] |= _HAS_LEAF_BIT
        for label in labels:
            slot = base ^ label
            used.add(slot)
            if slot >= len(units):
                units.extend([0] * (slot + 1 - len(units)))
            if label == 0:
                units[slot] = node.value | _LEAF_BIT
            else:
                units[slot] = label
                pending.append((node.children[label], slot))
    # A lookup probes base ^ byte for any byte, so every such slot must exist.
    units.extend([0] * ((top_base | 0xFF) + 1 - len(units)))
    return units


def build_precompiled_charsmap(mapping: dict[int, str]) -> bytes:
    """Encode ``codepoint -> replacement`` as a Precompiled normaliser blob."""
    normalized = bytearray()
    keys: dict[bytes, int] = {}
    for codepoint, replacement in sorted(mapping.items()):
        keys[chr(codepoint).encode("utf-8")] = len(normalized)
        normalized += replacement.encode("utf-8") + b"\0"
    units = np.asarray(_double_array(_build_trie(keys)), dtype="<u4")
    return struct.pack("<I", units.nbytes) + units.tobytes() + bytes(normalized)
