"""Encoder settings compared where it counts: on gold sets that no model was trained on.

    python benchmarks/encoder_variants.py '{"adapter_rank": 0, "learning_rate": 8e-5}'
    python benchmarks/encoder_variants.py '{"adapter_rank": 16, "learning_rate": 1e-3}'

Trains the whole stance pipeline on all annotations with the given encoder parameters (JSON,
passed to :class:`analysis.encoder.EncoderClassifier`; minutes), then prints, for each held-out
gold set that no annotation comes from, its stance macro-F1 and how many parties get their
gold dominant stance, and the totals. The training rows and the scored sets are those of
``evaluate_all.py``; nothing is written to ``models/`` or ``data/``.
"""

from __future__ import annotations

import argparse
import json
import time

from evaluate_all import SETS, evaluate_set, trained_on

from analysis.stance import ANNOTATIONS, DISPUTES, build_pipeline, load_annotations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("encoder", help="encoder parameters as JSON, e.g. '{\"adapter_rank\": 8}'")
    parser.add_argument("sets", nargs="*", help="only these sets (default: every unseen set)")
    args = parser.parse_args()
    start = time.perf_counter()
    data = load_annotations(ANNOTATIONS, DISPUTES)
    model = build_pipeline(encoder=json.loads(args.encoder))
    model.fit(data, data["stance"].astype(str))
    print(f"trained in {time.perf_counter() - start:.0f} s")
    unseen = args.sets or [n for n in SETS if n.startswith("heldout_") and not trained_on(n)]
    scores, right, parties = [], 0, 0
    for name in unseen:
        result = evaluate_set(name, model)
        dominant = result["dominant"]
        dominant = dominant[dominant["gold"] != "-"]
        scores.append(result["stance_macro_f1"])
        right, parties = right + int(dominant["agree"].sum()), parties + len(dominant)
        print(f"{name:32} {scores[-1]:.3f}  {int(dominant['agree'].sum())}/{len(dominant)}")
    print(
        f"{len(scores)} sets: mean macro-F1 {sum(scores) / len(scores):.3f}, "
        f"{sum(s >= 0.75 for s in scores)} reach 0.75, dominant stance {right}/{parties}"
    )


if __name__ == "__main__":
    main()
