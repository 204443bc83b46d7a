"""Statement and stance scores on every gold set in the repo.

    python benchmarks/evaluate_all.py [--context-weight 0.5] [--align-weight 5] [--self-weight 1]
                                      [SET ...]

Gold sets: the seed (data/annotations/seed_gold.csv), the shared devset's copy and every
held-out invented dispute under tests/data/heldout_* (see each folder's README). The stance
model is trained on data/annotations only; the column ``stance_trained`` says whether a set's
stance labels are among them (the seed's, and those of the held-out sets that
data/annotations/README.md lists: benchmarks/gold_to_annotations.py), in which case its stance
scores are not scores on unseen text. Stances are read as the tool reads them: ``classify``
and then ``align`` with the corpus's relations (weights 0 switch its pulls off). Name sets to
score only those.
"""

from __future__ import annotations

import argparse
import multiprocessing
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
from sklearn.metrics import f1_score

import analysis
from analysis.alignment import ALIGN_WEIGHT, SELF_WEIGHT, TURN_AT, align, alignments, orientation
from analysis.evaluate import evaluate_corpus
from analysis.registry import Registry
from analysis.stance import ANNOTATIONS, CONTEXT_WEIGHT, LABELS, classify, load_issue, train

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seed": (
        ROOT / "seeds",
        ROOT / "data/annotations/seed_gold.csv",
        ROOT / "data/parties.csv",
        ROOT / "data/actors.csv",
        ROOT / "data/issues/lachin.yaml",
    ),
    **{
        name: (
            ROOT / f"tests/data/{name}/corpus",
            ROOT / f"tests/data/{name}/gold.csv",
            ROOT / f"tests/data/{name}/parties.csv",
            ROOT / f"tests/data/{name}/actors.csv",
            ROOT / f"tests/data/{name}/issue.yaml",
        )
        for name in ["devset", *sorted(p.name for p in (ROOT / "tests/data").glob("heldout_*"))]
    },
}
# the dispute id under which a set's stance labels would be in the annotations
DISPUTE_ID = {"seed": "lachin"}


def trained_on(name: str) -> bool:
    """Whether the stance labels of gold set ``name`` are training rows."""
    disputes = pd.read_csv(ANNOTATIONS, usecols=["dispute"])["dispute"]
    return DISPUTE_ID.get(name, name) in set(disputes)


def extract_set(corpus_dir: Path, parties: Path, actors: Path):
    """(corpus, registry, statements) of a gold set's documents, quietly."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = analysis.load_corpus(corpus_dir)
    registry = Registry.load(parties, actors)
    return corpus, registry, analysis.statements(corpus, registry=registry)


def evaluate_set(
    name: str,
    model=None,
    context_weight: float = CONTEXT_WEIGHT,
    stance: bool = True,
    align_weight: float = ALIGN_WEIGHT,
    self_weight: float = SELF_WEIGHT,
) -> dict:
    """Scores of gold set ``name``; with ``stance=False`` of the extractor only (faster)."""
    corpus_dir, gold, parties, actors, issue = SETS[name]
    corpus, registry, table = extract_set(corpus_dir, parties, actors)
    if not stance:
        return evaluate_corpus(corpus, gold, table)
    issue = load_issue(issue)
    stances = classify(
        table,
        issue,
        registry,
        corpus=corpus,
        model=model or train(),
        context_weight=context_weight,
    )
    relations = alignments(corpus, registry, table, issue)
    # how the reading agrees with the sides the parties take on the target (align turns it
    # at or below -TURN_AT)
    turn = orientation(stances, relations)
    stances = align(stances, relations, align_weight, self_weight)
    result = evaluate_corpus(corpus, gold, stances)
    result["orientation"] = turn
    m = result["matched"]
    m = m[(m["coverage"] >= 0.6) & (m["stance"] != "")].copy()
    # a gold row may accept two stances ("against|neutral"): a prediction among them is right
    m["stance"] = [
        p if p in g.split("|") else g.split("|")[0] for g, p in zip(m["stance"], m["pred_stance"])
    ]
    result["dominant"] = dominant_stances(result["matched"], stances)
    present = [lab for lab in LABELS if lab in set(m["stance"]) | set(m["pred_stance"])]
    result["stance_macro_f1"] = f1_score(
        m["stance"], m["pred_stance"], labels=present, average="macro", zero_division=0
    )
    return result


def extraction_scores(names: list[str]) -> dict[str, dict]:
    """``evaluate_set(name, stance=False)`` for each of ``names``."""
    return {name: evaluate_set(name, stance=False) for name in names}


def evaluate_sets(names: list[str], model, stance_names: set[str] | None = None) -> dict:
    """Scores of the gold sets ``names``, with stance for those in ``stance_names`` (all if
    None), in the order of ``names``.

    The sets scored for extraction only are scored in a second process meanwhile: extraction
    runs on one core, and the stance model's encoder leaves the other one idle much of the
    time, so the two together take little longer than the stance sets alone.
    """
    stance_names = set(names) if stance_names is None else stance_names
    extract_only = [name for name in names if name not in stance_names]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        extracted = pool.submit(extraction_scores, extract_only) if extract_only else None
        scored = {name: evaluate_set(name, model) for name in names if name in stance_names}
        scored.update(extracted.result() if extracted else {})
    return {name: scored[name] for name in names}


def dominant_stances(matched: pd.DataFrame, stances: pd.DataFrame) -> pd.DataFrame:
    """Per party: the dominant stance in gold and in the predicted positions."""
    from analysis.positions import positions

    gold = matched[matched["stance"].isin(["favor", "against", "neutral"])]
    gold = gold.drop_duplicates("group").assign(party=lambda g: g["party"].str.split("|").str[0])
    gold = gold[gold["party"] != ""]
    counts = gold.groupby(["party", "stance"]).size().unstack(fill_value=0)
    counts = counts.reindex(columns=["favor", "against", "neutral"], fill_value=0)
    predicted = positions(stances).set_index("party")["dominant"].astype(str)
    table = pd.DataFrame({"gold": counts.apply(gold_dominant, axis=1), "predicted": predicted})
    table = table.fillna("-")
    return table.assign(agree=[agrees(g, p) for g, p in zip(table["gold"], table["predicted"])])


def gold_dominant(counts: pd.Series) -> str:
    """The most frequent gold stance; a tie (3 favor, 3 neutral) has no single dominant
    stance, so both are given ("favor|neutral") and either is right (:func:`agrees`)."""
    return "|".join(counts.index[counts == counts.max()])


def agrees(gold: str, predicted: str) -> bool:
    return predicted in gold.split("|")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--context-weight",
        type=float,
        default=CONTEXT_WEIGHT,
        help="weight of a party's other statements in the article (0 switches it off)",
    )
    parser.add_argument(
        "--align-weight",
        type=float,
        default=ALIGN_WEIGHT,
        help="weight of the sides a party is reported to take (0 switches it off)",
    )
    parser.add_argument(
        "--self-weight",
        type=float,
        default=SELF_WEIGHT,
        help="weight of a party's other statements in the corpus (0 switches it off)",
    )
    parser.add_argument("sets", nargs="*", help=f"only these sets, of: {', '.join(SETS)}")
    args = parser.parse_args()
    if unknown := set(args.sets) - set(SETS):
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    weight, names = args.context_weight, args.sets or list(SETS)
    model = train()
    results = {
        name: evaluate_set(
            name, model, weight, align_weight=args.align_weight, self_weight=args.self_weight
        )
        for name in names
    }
    rows = []
    for name, r in results.items():
        rows.append(
            {
                "set": name,
                "stance_trained": "yes" if trained_on(name) else "no",
                **{
                    k: r[k]
                    for k in (
                        "gold_statements",
                        "predictions",
                        "statement_precision",
                        "statement_recall",
                        "statement_f1",
                        "party_accuracy",
                        "actor_accuracy",
                        "date_accuracy",
                        "stance_accuracy",
                        "stance_macro_f1",
                    )
                },
            }
        )
    table = pd.DataFrame(rows)
    print(table.round(3).to_string(index=False))
    for name, r in results.items():
        print(f"\n{name}: dominant stance per party (gold vs positions)")
        print(r["dominant"].to_string())
    print(summary(table, results))
    turns = pd.Series({name: r["orientation"] for name, r in results.items()}).sort_values()
    print(f"\nlowest orientations (a reading is turned at or below -{TURN_AT}):")
    # every turned reading, and the three nearest the threshold that are not
    print(turns.head(int((turns <= -TURN_AT).sum()) + 3).round(2).to_string())


def summary(table: pd.DataFrame, results: dict) -> str:
    """Means over the held-out sets, and the stance targets over those not trained on."""
    heldout = table[table["set"].str.startswith("heldout_")]
    unseen = heldout[heldout["stance_trained"] == "no"]
    lines = [f"\n{len(heldout)} held-out sets, mean:"]
    for k in ("statement_f1", "party_accuracy", "actor_accuracy", "date_accuracy"):
        lines.append(f"  {k} {heldout[k].mean():.4f} (lowest {heldout[k].min():.3f})")
    if len(unseen):
        f1 = unseen["stance_macro_f1"]
        dominant = pd.concat(
            [results[n]["dominant"].assign(set=n) for n in unseen["set"]]
        ).reset_index(names="party")
        dominant = dominant[dominant["gold"] != "-"]
        lines += [
            f"{len(unseen)} sets not trained on: stance macro-F1 mean {f1.mean():.4f}, "
            f"{int((f1 >= 0.75).sum())} reach 0.75; dominant stance right for "
            f"{int(dominant['agree'].sum())} of {len(dominant)} parties; wrong:",
            dominant[~dominant["agree"]][["set", "party", "gold", "predicted"]].to_string(
                index=False
            ),
        ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
