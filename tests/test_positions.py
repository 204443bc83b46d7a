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


def test_a_tie_of_counts_goes_to_the_more_probable_stance():
    stances = pd.DataFrame(
        {
            "party": ["Lunor"] * 4,
            "stance": ["favor", "favor", "neutral", "neutral"],
            "p_favor": [0.55, 0.5, 0.02, 0.03],
            "p_against": [0.05, 0.1, 0.01, 0.01],
            "p_neutral": [0.4, 0.4, 0.95, 0.96],
            "duplicate_of": "",
        }
    )
    assert positions(stances)["dominant"].iloc[0] == "neutral"
    # without probabilities the tie goes to the first stance in the order favor, against…
    assert positions(stances[["party", "stance", "duplicate_of"]])["dominant"].iloc[0] == "favor"
