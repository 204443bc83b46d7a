"""Each party's position on the issue, from the stances of its statements.

>>> import pandas as pd
>>> stances = pd.DataFrame({"party": ["Norvik"] * 3 + ["Valdoria"] * 2,
...     "stance": ["favor", "favor", "neutral", "against", "against"],
...     "duplicate_of": [""] * 5})
>>> positions(stances)[["party", "n", "net", "dominant"]]
      party  n    net dominant
0    Norvik  3  0.667    favor
1  Valdoria  2 -1.000  against
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .speakers import UNRESOLVED

ON_ISSUE = ["favor", "against", "neutral"]
COLUMNS = [
    "party",
    "n",
    "n_favor",
    "n_against",
    "n_neutral",
    "favor",
    "against",
    "neutral",
    "net",
    "net_low",
    "net_high",
    "dominant",
]


def on_issue(stances: pd.DataFrame) -> pd.DataFrame:
    """Statements that count: on the issue, made by a known party, not a repeated lede."""
    dup = stances.get("duplicate_of", pd.Series("", index=stances.index)).fillna("")
    return stances[
        stances["stance"].astype(str).isin(ON_ISSUE)
        & (dup.astype(str) == "")
        & ~stances["party"].fillna(UNRESOLVED).isin([UNRESOLVED, ""])
    ]


def bootstrap_net(
    values: np.ndarray, draws: int = 2000, seed: int = 0, prior: float = 0.5
) -> tuple[float, float]:
    """A seeded 95% interval for the net score of ``values`` (+1 favor, -1 against, 0 neutral).

    A Bayesian bootstrap: the shares of favor, against and neutral are drawn from a
    Dirichlet over the observed counts plus ``prior`` (Jeffreys), so that one statement, or
    statements all on one side, do not give an interval of zero width. The interval is
    widened, if needed, to contain the observed net score.
    """
    if len(values) == 0:
        return float("nan"), float("nan")
    counts = np.array([(values == 1).sum(), (values == -1).sum(), (values == 0).sum()], float)
    rng = np.random.default_rng(seed)
    shares = rng.dirichlet(counts + prior, size=draws)
    net = shares[:, 0] - shares[:, 1]
    low, high = np.percentile(net, [2.5, 97.5])
    observed = float(values.mean())
    return float(min(low, observed)), float(max(high, observed))


def _mass(group: pd.DataFrame, stance: str) -> float:
    """The summed probability of a stance over a party's statements (0 without ``p_`` columns):
    the expected number of statements with that stance."""
    column = f"p_{stance}"
    return float(group[column].astype(float).sum()) if column in group else 0.0


def _dominant(group: pd.DataFrame, counts: dict[str, int]) -> str:
    """The stance a party's statements carry most.

    With the classifier's probabilities, the stance with the largest expected number of
    statements (summed ``p_`` over the party's statements on the issue): three statements
    read as favor at 0.5 do not outweigh two read as neutral at 0.95 and one more that is
    nearly neutral. Without them (hand labels), the most frequent stance; a tie goes to a
    side (favor or against) over neutral, since a party that takes a side as often as it
    stays neutral has taken that side.
    """
    if all(f"p_{s}" in group for s in ON_ISSUE):
        return max(ON_ISSUE, key=lambda s: (round(_mass(group, s), 6), -ON_ISSUE.index(s)))
    return max(ON_ISSUE, key=lambda s: (counts[s], s != "neutral", -ON_ISSUE.index(s)))


def positions(stances: pd.DataFrame, draws: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Per party that spoke on the issue: counts, shares, net score with a bootstrap 95%
    interval, and the dominant stance (see :func:`_dominant`: the stance with the largest
    summed probability when the classifier's ``p_`` columns are given, else the most
    frequent one). Parties that never spoke on it do not appear.
    """
    rows = []
    for party, group in on_issue(stances).groupby("party", sort=True):
        labels = group["stance"].astype(str)
        counts = {s: int((labels == s).sum()) for s in ON_ISSUE}
        n = len(group)
        score = labels.map({"favor": 1.0, "against": -1.0, "neutral": 0.0}).to_numpy()
        low, high = bootstrap_net(score, draws, seed)
        dominant = _dominant(group, counts)
        rows.append(
            {
                "party": party,
                "n": n,
                **{f"n_{s}": counts[s] for s in ON_ISSUE},
                **{s: round(counts[s] / n, 3) for s in ON_ISSUE},
                "net": round(float(score.mean()), 3),
                "net_low": round(low, 3),
                "net_high": round(high, 3),
                "dominant": dominant,
            }
        )
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.assign(dominant=pd.Categorical(table["dominant"], categories=ON_ISSUE))
