import pandas as pd

from analysis.positions import bootstrap_net, positions


def _stances():
    return pd.DataFrame(
        {
            "party": ["Norvik"] * 4 + ["Valdoria"] * 3 + ["unresolved", "Estmere"],
            "stance": [
                "favor",
                "favor",
                "neutral",
                "favor",
                "against",
                "against",
                "unrelated",
                "favor",
                "unrelated",
            ],
            "duplicate_of": ["", "x:2", "", "", "", "", "", "", ""],
        }
    )


def test_positions_count_each_statement_once_and_skip_silent_parties():
    table = positions(_stances())
    assert table["party"].tolist() == ["Norvik", "Valdoria"]  # Estmere only off-issue
    norvik = table.set_index("party").loc["Norvik"]
    assert norvik["n"] == 3 and norvik["n_favor"] == 2  # the duplicate lede counts once
    assert abs(norvik["net"] - 2 / 3) < 1e-3
    assert norvik["net_low"] <= norvik["net"] <= norvik["net_high"]
    assert table.set_index("party").loc["Valdoria", "dominant"] == "against"


def test_bootstrap_is_seeded_and_brackets_the_mean():
    values = pd.Series([1, 1, 0, -1, 1]).to_numpy(dtype=float)
    assert bootstrap_net(values) == bootstrap_net(values)
    low, high = bootstrap_net(values)
    assert low < values.mean() < high


def test_the_dominant_stance_is_the_one_with_most_expected_statements():
    stances = pd.DataFrame(
        {
            "party": ["Lunor"] * 5 + ["Vesk"] * 2,
            "stance": ["favor", "favor", "favor", "neutral", "neutral", "favor", "against"],
            "p_favor": [0.5, 0.45, 0.45, 0.02, 0.03, 0.5, 0.1],
            "p_against": [0.05, 0.1, 0.1, 0.01, 0.01, 0.1, 0.85],
            "p_neutral": [0.45, 0.45, 0.45, 0.95, 0.96, 0.4, 0.05],
            "duplicate_of": "",
        }
    )
    table = positions(stances).set_index("party")
    # three statements barely read as favor weigh less than two sure neutral ones and the
    # neutral half of the three: 1.45 expected favor against 3.26 neutral
    assert table.loc["Lunor", "n_favor"] == 3
    assert table.loc["Lunor", "dominant"] == "neutral"
    # between two sides the summed probability decides
    assert table.loc["Vesk", "dominant"] == "against"
    # without probabilities (hand labels) the most frequent stance; a tie of sides goes to
    # the first in the order favor, against, and a side beats neutral
    no_p = stances[["party", "stance", "duplicate_of"]]
    assert positions(no_p).set_index("party")["dominant"]["Lunor"] == "favor"
    assert positions(no_p).set_index("party")["dominant"]["Vesk"] == "favor"
    tie = no_p.iloc[[0, 1, 3, 4]]
    assert positions(tie).set_index("party")["dominant"]["Lunor"] == "favor"
