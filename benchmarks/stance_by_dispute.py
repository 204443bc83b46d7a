"""Cross-validation with whole disputes held out: how the stance model does on a new dispute.

    python benchmarks/stance_by_dispute.py [--linear-only] [--encoder epochs=4 ...]

The stratified 5-fold CV of ``stance-report`` mixes every dispute into every fold, so a
statement is scored by a model that has read other statements about the same road, the same
parties and the same arguments. Here the five folds keep each dispute whole
(``StratifiedGroupKFold`` on the ``dispute`` column): every statement is scored by a model
that never saw its dispute. Prints the summary for the model and both baselines, and the
macro-F1 per held-out dispute. The full model takes about 16 minutes on two cores.
"""

from __future__ import annotations

import argparse

import pandas as pd
from sklearn.metrics import f1_score

from analysis.stance import LABELS, build_pipeline, cross_validate, load_annotations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--linear-only", action="store_true", help="score the linear model only")
    parser.add_argument(
        "--encoder", nargs="*", default=[], help="encoder parameters, e.g. epochs=4 frozen_layers=2"
    )
    args = parser.parse_args()
    data = load_annotations()
    params = {k: float(v) if "." in v else int(v) for k, v in (a.split("=") for a in args.encoder)}
    if params:
        print(f"encoder parameters: {params}")
    pipe = (
        build_pipeline(encoder_weight=0.0) if args.linear_only else build_pipeline(encoder=params)
    )
    result = cross_validate(data, pipeline=pipe, by_dispute=True)
    print(f"{len(data)} annotations, {data['dispute'].nunique()} disputes, 5 folds by dispute")
    print(result["summary"].to_string(index=False))
    pred = result["predictions"]
    per_dispute = (
        pred.groupby("dispute")
        .apply(
            lambda g: pd.Series(
                {
                    "n": len(g),
                    "macro_f1": f1_score(
                        g["stance"].astype(str),
                        g["model"],
                        labels=[lab for lab in LABELS if lab in set(g["stance"].astype(str))],
                        average="macro",
                        zero_division=0,
                    ),
                }
            ),
            include_groups=False,
        )
        .sort_values("macro_f1")
    )
    print("\nmodel macro-F1 per held-out dispute (labels present in the dispute)")
    print(per_dispute.round(3).to_string())


if __name__ == "__main__":
    main()
