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


def test_a_tie_goes_to_a_side_over_neutral_then_to_the_more_probable_stance():
    stances = pd.DataFrame(
        {
            "party": ["Lunor"] * 4 + ["Vesk"] * 2,
            "stance": ["favor", "favor", "neutral", "neutral", "favor", "against"],
            "p_favor": [0.55, 0.5, 0.02, 0.03, 0.5, 0.1],
            "p_against": [0.05, 0.1, 0.01, 0.01, 0.1, 0.85],
            "p_neutral": [0.4, 0.4, 0.95, 0.96, 0.4, 0.05],
            "duplicate_of": "",
        }
    )
    dominant = positions(stances).set_index("party")["dominant"]
    # taking a side as often as staying neutral is taking that side, however sure the
    # neutral statements are
    assert dominant["Lunor"] == "favor"
    # between two sides the summed probability decides
    assert dominant["Vesk"] == "against"
    # without probabilities a tie of sides goes to the first in the order favor, against
    no_p = stances[["party", "stance", "duplicate_of"]]
    assert positions(no_p).set_index("party")["dominant"]["Vesk"] == "favor"
