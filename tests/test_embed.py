"""Frozen MiniLM sentence vectors: shape, normalisation, meaning, padding, cache."""

import numpy as np

from analysis.embed import SentenceEncoder


def test_vectors_are_unit_length_and_carry_meaning():
    enc = SentenceEncoder(cache=None)
    v = enc.encode(
        [
            "The checkpoint must be lifted and the road reopened.",
            "The road should be unblocked immediately.",
            "Electricity prices fell after the new cable opened.",
        ]
    )
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > 0.4 > v[0] @ v[2]


def test_padding_does_not_change_a_sentence_vector():
    enc = SentenceEncoder(cache=None)
    alone = enc.encode(["Both sides must show restraint."])
    batched = enc.encode(
        [
            "Both sides must show restraint.",
            "A much longer sentence about the ferry schedule and the harbour fees "
            "that forces padding of the first one in the same batch.",
        ]
    )
    assert np.allclose(alone[0], batched[0], atol=1e-5)


def test_cache_returns_the_same_vector(tmp_path):
    first = SentenceEncoder(cache=tmp_path).encode(["The bridge is open to all traffic."])
    assert len(list(tmp_path.rglob("*.npy"))) == 1
    second = SentenceEncoder(cache=tmp_path).encode(["The bridge is open to all traffic."])
    assert np.array_equal(first, second)
