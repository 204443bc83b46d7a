"""Score predicted statements against hand-made gold (the format of ``shared/devset/gold.csv``).

Matching is by words, so that punctuation and the exact span edges do not matter:

- a gold statement is *found* when predictions of its article cover ≥60% of its words;
- a prediction is *correct* when ≥50% of its words lie inside gold statements (required
  or not);
- gold rows sharing a ``group`` count once; ``required`` = 0 rows are never missed, and
  predictions inside them are not false;
- party, actor, stance and date are read from the prediction covering most of the gold
  statement; alternatives in gold are ``|``-separated; empty gold values are not scored.

>>> report = evaluate_corpus("tests/data/devset/corpus", "tests/data/devset/gold.csv",
...                          predictions)                          # doctest: +SKIP
>>> report["statement_f1"]                                        # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from .corpus import load_corpus

WORD = re.compile(r"[^\W_]+")
GOLD_COLUMNS = ["article_id", "group", "required", "party", "actor", "stance", "date", "text"]


def _norm(s: str) -> str:
    """Normalise quote marks and spaces so gold text can be found in the article."""
    table = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
    return s.translate(table)


def locate(article: str, snippet: str) -> tuple[int, int] | None:
    """Character span of ``snippet`` in ``article``, tolerant of quote marks and spacing."""
    i = article.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    a, s = _norm(article), _norm(snippet).strip()
    i = a.find(s)
    if i >= 0:
        return i, i + len(s)
    # whitespace-insensitive search
    pattern = r"\s+".join(re.escape(w) for w in s.split())
    m = re.search(pattern, a)
    return (m.start(), m.end()) if m else None


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD.finditer(text, lo, hi)]


def _covered(word: tuple[int, int], spans: list[tuple[int, int]]) -> int | None:
    for k, (s, e) in enumerate(spans):
        if s <= word[0] and word[1] <= e:
            return k
    return None


def read_gold(path: str | Path) -> pd.DataFrame:
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: gold lacks column(s) {missing}")
    gold["required"] = gold["required"].replace("", "1").astype(int)
    gold.loc[gold["group"] == "", "group"] = [f"_row{i}" for i in gold.index[gold["group"] == ""]]
    return gold


def _alternatives(value: str) -> set[str]:
    return {v.strip().lower() for v in str(value).split("|") if v.strip()}


def match(corpus: pd.DataFrame, gold: pd.DataFrame, predictions: pd.DataFrame) -> pd.DataFrame:
    """One row per gold statement: found?, and the covering prediction's values."""
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    by_article: dict[str, list[dict]] = {}
    for rec in predictions.to_dict("records"):
        by_article.setdefault(rec["article_id"], []).append(rec)
    rows = []
    for g in gold.itertuples():
        article = texts.get(g.article_id)
        span = locate(article, g.text) if article is not None else None
        rec = {
            "article_id": g.article_id,
            "group": g.group,
            "required": g.required,
            "gold_text": g.text,
            "located": span is not None,
            "coverage": 0.0,
            "statement_id": "",
            "party": g.party,
            "actor": g.actor,
            "stance": g.stance,
            "date": g.date,
            "pred_party": "",
            "pred_actor": "",
            "pred_stance": "",
            "pred_date": "",
        }
        if span is not None:
            preds = by_article.get(g.article_id, [])
            words = _words(article, *span)
            pspans = [(p["start"], p["end"]) for p in preds]
            hits = [_covered(w, pspans) for w in words]
            rec["coverage"] = sum(h is not None for h in hits) / max(1, len(words))
            counted = Counter(h for h in hits if h is not None)
            if counted:
                # the prediction covering most words; of equals, the first to cover one
                best = preds[max(counted, key=counted.__getitem__)]
                rec["statement_id"] = best["statement_id"]
                rec["pred_party"] = best.get("party", "")
                rec["pred_actor"] = best.get("actor", "")
                rec["pred_stance"] = best.get("stance", "")
                rec["pred_date"] = best.get("date", "")
        rows.append(rec)
    return pd.DataFrame(rows)


def prediction_precision(
    corpus: pd.DataFrame, gold: pd.DataFrame, predictions: pd.DataFrame
) -> pd.DataFrame:
    """One row per prediction: the share of its words inside gold statements."""
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    spans: dict[str, list[tuple[int, int]]] = {}
    for g in gold.itertuples():
        article = texts.get(g.article_id)
        sp = locate(article, g.text) if article is not None else None
        if sp:
            spans.setdefault(g.article_id, []).append(sp)
    shares = []
    for p in predictions.itertuples():
        article = texts.get(p.article_id, "")
        words = _words(article, int(p.start), int(p.end))
        inside = sum(_covered(w, spans.get(p.article_id, [])) is not None for w in words)
        shares.append(inside / max(1, len(words)))
    return predictions.assign(in_gold=shares, correct=[s >= 0.5 for s in shares])


def score(corpus: pd.DataFrame, gold: pd.DataFrame, predictions: pd.DataFrame) -> dict:
    """Statement precision/recall/F1 and party, actor, stance and date accuracy."""
    predictions = predictions.fillna("")
    # pandas deep-copies ``attrs`` (the corpus's file list) on every operation: not needed here
    predictions.attrs = {}
    articles = set(corpus["article_id"])
    gold = gold[gold["article_id"].isin(articles)]
    matched = match(corpus, gold, predictions).assign(found=lambda d: d["coverage"] >= 0.6)
    required = matched[matched["required"] == 1]
    groups = required.groupby("group").agg(found=("found", "any"))
    recall = groups["found"].mean() if len(groups) else float("nan")
    judged = prediction_precision(corpus, gold, predictions)
    precision = judged["correct"].mean() if len(judged) else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    found = matched[matched["found"]]

    def accuracy(field: str) -> tuple[float, int]:
        rows = found[found[field] != ""]
        if not len(rows):
            return float("nan"), 0
        ok = [
            str(p).lower() in _alternatives(g) for g, p in zip(rows[field], rows[f"pred_{field}"])
        ]
        return sum(ok) / len(ok), len(ok)

    out = {
        "gold_statements": int(len(groups)),
        "predictions": int(len(judged)),
        "statement_precision": precision,
        "statement_recall": recall,
        "statement_f1": f1,
        "unlocated_gold": int((~matched["located"]).sum()),
    }
    for field in ("party", "actor", "date", "stance"):
        if field == "stance" and "stance" not in predictions:
            continue
        acc, n = accuracy(field)
        out[f"{field}_accuracy"], out[f"{field}_n"] = acc, n
    out["matched"] = matched
    out["judged"] = judged
    return out


def evaluate_corpus(
    corpus: str | Path | pd.DataFrame, gold: str | Path, predictions: str | Path | pd.DataFrame
) -> dict:
    """:func:`score` with paths: the corpus folder, gold CSV and predictions CSV."""
    if not isinstance(corpus, pd.DataFrame):
        corpus = load_corpus(corpus)
    if not isinstance(predictions, pd.DataFrame):
        predictions = pd.read_csv(predictions, dtype=str, keep_default_na=False)
    predictions = predictions.astype({"start": int, "end": int})
    return score(corpus, read_gold(gold), predictions)


def format_report(result: dict) -> str:
    lines = [
        f"gold statements (groups, required): {result['gold_statements']}",
        f"predicted statements:               {result['predictions']}",
        f"statement precision: {result['statement_precision']:.3f}",
        f"statement recall:    {result['statement_recall']:.3f}",
        f"statement F1:        {result['statement_f1']:.3f}",
    ]
    for field in ("party", "actor", "date", "stance"):
        if f"{field}_accuracy" in result:
            lines.append(
                f"{field} accuracy: {result[f'{field}_accuracy']:.3f} (n={result[f'{field}_n']})"
            )
    if result["unlocated_gold"]:
        lines.append(f"WARNING: {result['unlocated_gold']} gold text(s) not found in articles")
    return "\n".join(lines)
