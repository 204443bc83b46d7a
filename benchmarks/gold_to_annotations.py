"""Turn the stance labels of hand-made gold sets into training rows of the stance model.

    python benchmarks/gold_to_annotations.py FOLDER [FOLDER ...]

A FOLDER is a gold set in the devset's layout (``corpus/``, ``gold.csv``, ``parties.csv``,
``actors.csv``, ``issue.yaml``); its name is the rows' ``dispute``. Each gold statement with a
stance becomes a row of ``data/annotations/stance.csv`` (``frame`` = ``gold``): its text as
the gold has it, and the ``kind`` and ``cue`` the extractor gives the statement, since that is
what the model sees when it classifies an article, and the statement's ``article_id``
(``<set>/<article>``) and gold ``party``, so that the cross-validation can weigh each
statement with its party's other statements in the article, as :func:`analysis.classify`
does. A gold row that accepts two stances
("against|neutral") takes the first. Rows of the named sets already in the file are
replaced, so rerunning gives the same file. Each set needs an entry in
``data/annotations/disputes.yaml`` (pointing at its issue and registry files) for masking.

Only sets that are not used as unseen measurements belong here; the devset never does (it is
for measuring). A gold text that is also a devset gold text (a short phrase such as "the
accusations" can be both by chance) is left out and counted, so that the devset's statements
never reach training.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from evaluate_all import extract_set

from analysis.evaluate import evaluate_corpus
from analysis.stance import ANNOTATIONS

DEVSET_GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "devset" / "gold.csv"
COLUMNS = ["id", "dispute", "kind", "cue", "text", "stance", "frame", "article_id", "party"]


def gold_rows(folder: Path) -> pd.DataFrame:
    """Training rows from one gold set, in the annotation file's columns."""
    name = folder.name
    corpus, _, table = extract_set(folder / "corpus", folder / "parties.csv", folder / "actors.csv")
    matched = evaluate_corpus(corpus, folder / "gold.csv", table)["matched"]
    found = table.set_index("statement_id")
    rows = []
    for r in matched.itertuples():
        if not r.stance:
            continue
        hit = r.coverage >= 0.6 and r.statement_id in found.index
        rows.append(
            {
                "id": f"{name}:{r.article_id}:{r.group}:{len(rows) + 1:03d}",
                "dispute": name,
                "kind": found.loc[r.statement_id, "kind"] if hit else "indirect",
                "cue": found.loc[r.statement_id, "cue"] if hit else "",
                "text": r.gold_text,
                "stance": r.stance.split("|")[0],
                "frame": "gold",
                # where the statement stands and who made it, as the gold has them: the
                # cross-validation scores the classifier with its speaker context from these
                "article_id": f"{name}/{r.article_id}",
                "party": r.party.split("|")[0],
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS).drop_duplicates("text")


def without_measured(rows: pd.DataFrame, gold: Path = DEVSET_GOLD) -> pd.DataFrame:
    """``rows`` without those whose text is a gold text of the measuring set ``gold``.

    >>> rows = pd.DataFrame({"text": ["the accusations", "Reopen the road."]})
    >>> list(without_measured(rows)["text"])  # "the accusations" is a devset gold text
    ['Reopen the road.']
    """
    measured = set(pd.read_csv(gold, dtype=str, keep_default_na=False)["text"])
    return rows[~rows["text"].isin(measured)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    args = parser.parse_args()
    if any(f.resolve().name == "devset" for f in args.folders):
        parser.error("the devset is for measuring, not for training")
    names = [f.name for f in args.folders]
    table = pd.read_csv(args.annotations, dtype=str, keep_default_na=False)
    table = table[~table["dispute"].isin(names)]
    found = pd.concat([gold_rows(f) for f in args.folders], ignore_index=True)
    new = without_measured(found)
    if len(new) < len(found):
        print(f"left out {len(found) - len(new)} rows whose text is a devset gold text")
    out = pd.concat([table, new], ignore_index=True)[COLUMNS]
    out.to_csv(args.annotations, index=False)
    print(f"{len(new)} rows from {', '.join(names)}; {len(out)} rows in {args.annotations}")
    print(new.groupby("dispute")["stance"].value_counts().unstack(fill_value=0).to_string())


if __name__ == "__main__":
    main()
