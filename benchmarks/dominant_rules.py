"""Which rule finds a party's dominant stance best, on the cross-validated annotations.

    python benchmarks/dominant_rules.py      # reads data/derived/stance-cv (seconds)

The annotations taken from gold sets name each statement's party and article. From the
saved cross-validation (out-of-fold probabilities of the model) this weighs each statement
with its party's other statements in the article, as ``analysis.classify`` does, and then
compares two rules for the dominant stance of every party of every gold set with the gold
labels' dominant stance (a tie in gold accepts either tied stance):

- ``count``: the most frequent predicted stance; a tie goes to a side over neutral;
- ``mass``: the stance with the largest summed probability (``analysis.positions``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from evaluate_all import agrees, gold_dominant

from analysis.positions import ON_ISSUE, positions
from analysis.stance import CONTEXT_WEIGHT, LABELS, load_annotations, read_cv, speaker_context


def party_dominants() -> pd.DataFrame:
    """Per (dispute, party) with a party in the annotations: gold and both rules' dominants."""
    data = load_annotations().set_index("id")
    pred = read_cv()["predictions"].set_index("id")
    P = pred[[f"p_{lab}" for lab in LABELS]].astype(float).to_numpy()
    table = data.loc[pred.index, ["dispute", "party", "article_id", "stance"]]
    Q = speaker_context(table, P, CONTEXT_WEIGHT)
    weighed = {f"p_{lab}": Q[:, i] for i, lab in enumerate(LABELS)}
    table = table.assign(predicted=np.array(LABELS)[Q.argmax(1)], **weighed)
    rows = []
    for (dispute, party), group in table[table["party"] != ""].groupby(["dispute", "party"]):
        counts = group["stance"].astype(str).value_counts().reindex(ON_ISSUE, fill_value=0)
        if counts.sum() == 0:
            continue
        gold = gold_dominant(counts)
        said = group.assign(stance=group["predicted"], duplicate_of="")
        by_mass = positions(said)
        by_count = positions(said.drop(columns=[f"p_{lab}" for lab in LABELS]))
        rows.append(
            {
                "dispute": dispute,
                "party": party,
                "gold": gold,
                "count": by_count["dominant"].astype(str).iloc[0] if len(by_count) else "-",
                "mass": by_mass["dominant"].astype(str).iloc[0] if len(by_mass) else "-",
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    table = party_dominants()
    for rule in ("count", "mass"):
        right = [agrees(g, p) for g, p in zip(table["gold"], table[rule])]
        table[f"{rule}_right"] = right
        print(f"{rule:5s}: {sum(right)} of {len(table)} parties get their gold dominant stance")
    differ = table[table["count_right"] != table["mass_right"]]
    print("\nparties on which the rules differ in being right:")
    print(differ.drop(columns=["count_right", "mass_right"]).to_string(index=False))


if __name__ == "__main__":
    main()
