"""Speed of the statement extractor on a synthetic corpus of invented articles.

    python benchmarks/statements.py [N]      # default N = 10,000 articles

Articles are generated from templates with invented parties and people (seeded, so every run
extracts from the same text); the figure printed is articles per second, extraction only.
"""

from __future__ import annotations

import random
import sys
import time

import pandas as pd

from analysis.registry import Registry
from analysis.statements import statements

PARTIES = pd.DataFrame(
    {
        "party": ["Norvik", "Valdoria", "Estmere"],
        "aliases": [
            "Norvikian|Norvik's|Norhaven",
            "Valdorian|Valdoria's|Torre",
            "Estmere's|Kessel",
        ],
    }
)
ACTORS = pd.DataFrame(
    {
        "actor": ["Sofia Lind", "Piet Aro", "Hanna Roos"],
        "party": ["Norvik", "Valdoria", "Estmere"],
        "aliases": ["Lind", "Aro", "Roos"],
    }
)
LEDES = [
    "{CAP}, {MON} {D} (Wire) - {P1}'s Prime Minister Sofia Lind on {WD} urged {P2} to lift "
    "its checkpoint on the river road.",
    "{CAP}, {MON} {D} (Wire) - {P2} denied on {WD} that the road was closed to civilians.",
]
BODY = [
    '"People are rationing bread. The road must be opened today," Lind said in an address.',
    "She said the accord gave {P2} no right to stop civilian traffic.",
    '{P2N} Foreign Minister Piet Aro called the accusations "pure theatre."',
    "Estmere said it was ready to host talks between the two sides.",
    "“Both sides have legitimate concerns,” Roos told reporters in Kessel.",
    "According to {P2N} officials, trucks carrying food crossed the checkpoint every day.",
    "The road runs through the valley and was built in 1974.",
    "Photo: Trucks wait at the checkpoint.",
]


def synthetic_corpus(n: int, seed: int = 0) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        fill = {
            "CAP": "NORHAVEN",
            "MON": "October",
            "D": str(rng.randint(1, 28)),
            "WD": rng.choice(["Monday", "Friday"]),
            "P1": "Norvik",
            "P2": "Valdoria",
            "P2N": "Valdorian",
        }
        paras = [rng.choice(LEDES).format(**fill)]
        paras += [rng.choice(BODY).format(**fill) for _ in range(rng.randint(3, 7))]
        rows.append(
            {
                "article_id": f"a{i:05d}",
                "text": "\n\n".join(paras),
                "published": "2032-10-01",
                "source": "Wire",
                "speaker": "",
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    corpus = synthetic_corpus(n)
    registry = Registry.from_frames(PARTIES, ACTORS)
    t0 = time.perf_counter()
    table = statements(corpus, registry=registry)
    seconds = time.perf_counter() - t0
    print(
        f"{n} articles, {len(table)} statements in {seconds:.1f} s: "
        f"{n / seconds:.0f} articles per second"
    )


if __name__ == "__main__":
    main()
