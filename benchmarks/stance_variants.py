"""Which parts of the stance model earn their place: cross-validated variants side by side.

    python benchmarks/stance_variants.py        # three CV runs of the encoder: the longest

Out-of-fold probabilities (stratified 5-fold, the folds of ``analysis.stance.cross_validate``)
of the linear model and of the fine-tuned encoder with and without label smoothing; then
macro-F1 and F_avg of each voter alone and of the equal-weight soft vote.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.model_selection import StratifiedKFold

from analysis.encoder import EncoderClassifier
from analysis.stance import SEED, StatementMasker, _scores, build_pipeline, load_annotations


def out_of_fold(estimator, X: pd.DataFrame, y: np.ndarray, folds: int = 5) -> np.ndarray:
    """Probabilities (columns in sorted label order) of each row from a model not fit on it."""
    P = np.zeros((len(y), len(set(y))))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(X, y):
        P[test] = clone(estimator).fit(X.iloc[train], y[train]).predict_proba(X.iloc[test])
    return P


def main() -> None:
    data = load_annotations()
    y = data["stance"].astype(str).to_numpy()
    X = StatementMasker().transform(data)
    labels = np.array(sorted(set(y)))
    linear = build_pipeline(encoder_weight=0).named_steps["model"]
    P = {
        "linear": out_of_fold(linear, X, y),
        "encoder": out_of_fold(EncoderClassifier(seed=SEED), X, y),
        "encoder, no label smoothing": out_of_fold(
            EncoderClassifier(label_smoothing=0.0, seed=SEED), X, y
        ),
    }
    P["vote (the model)"] = (P["linear"] + P["encoder"]) / 2
    P["vote, no label smoothing"] = (P["linear"] + P["encoder, no label smoothing"]) / 2
    rows = [
        {"variant": k, **_scores(y, labels[v.argmax(1)]), "mean confidence": v.max(1).mean()}
        for k, v in P.items()
    ]
    print(f"{len(y)} annotated statements, stratified 5-fold")
    print(pd.DataFrame(rows).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
