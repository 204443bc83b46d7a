"""Charts on small invented data: the expected artists, empty input, reproducible files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
import pytest
from matplotlib.container import BarContainer, ErrorbarContainer

from analysis import charts

ROOT = Path(__file__).resolve().parent.parent
CAPTION = charts.figure_caption("synthetic", 11, 4)


@pytest.fixture
def stances() -> pd.DataFrame:
    """Eleven statements that count, plus one of each kind that must not."""
    rows = [
        # party, stance, date, duplicate_of
        ("Norvik", "favor", "2032-10-01", ""),
        ("Norvik", "favor", "2032-10-01", ""),
        ("Norvik", "favor", "2032-10-03", ""),
        ("Norvik", "against", "", ""),
        ("Norvik", "neutral", "2032-10-05", ""),
        ("Valdoria", "against", "2032-10-02", ""),
        ("Valdoria", "against", "2032-10-02", ""),
        ("Valdoria", "against", "2032-10-04", ""),
        ("Valdoria", "favor", "", ""),
        ("Estmere", "neutral", "2032-10-06", ""),
        ("Estmere", "favor", "", ""),
        # Not counted: unresolved speaker, repeat of an earlier statement, off the issue.
        ("unresolved", "favor", "2032-10-01", ""),
        ("Valdoria", "against", "2032-10-02", "s05"),
        ("Estmere", "unrelated", "2032-10-06", ""),
    ]
    frame = pd.DataFrame(rows, columns=["party", "stance", "date", "duplicate_of"])
    categories = ["favor", "against", "neutral", "unrelated"]
    return frame.assign(
        statement_id=[f"s{i:02d}" for i in range(len(frame))],
        article_id="d01",
        stance=pd.Categorical(frame["stance"], categories=categories),
    )


@pytest.fixture
def positions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "party": ["Norvik", "Valdoria", "Estmere"],
            "n": [5, 4, 2],
            "n_favor": [3, 1, 1],
            "n_against": [1, 3, 0],
            "n_neutral": [1, 0, 1],
            "favor": [0.6, 0.25, 0.5],
            "against": [0.2, 0.75, 0.0],
            "neutral": [0.2, 0.0, 0.5],
            "net": [0.4, -0.5, 0.5],
            "net_low": [-0.2, -1.0, 0.0],
            "net_high": [1.0, 0.0, 1.0],
            "dominant": ["favor", "against", "favor"],
        }
    )


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(mpl.text.Text)]


def _assert_labelled(fig) -> None:
    ax = fig.axes[0]
    assert ax.get_title(loc="left") or ax.get_title()
    assert ax.get_xlabel() and ax.get_ylabel()
    assert any("synthetic" in t.get_text() for t in fig.texts), "caption missing"


# --------------------------------------------------------------------------- counting rules


def test_on_issue_drops_unresolved_repeats_and_unrelated(stances):
    kept = charts.on_issue(stances)
    assert len(kept) == 11
    assert "unresolved" not in set(kept["party"])
    assert set(kept["stance"]) <= {"favor", "against", "neutral"}


def test_stance_counts_same_from_stances_and_positions(stances, positions):
    from_stances = charts.stance_counts(stances)
    from_positions = charts.stance_counts(positions)
    pd.testing.assert_frame_equal(from_stances, from_positions, check_dtype=False)
    # Sorted by net from the bottom: Valdoria (−0.5), Norvik (0.4), Estmere (0.5).
    assert from_stances["party"].tolist() == ["Valdoria", "Norvik", "Estmere"]


def test_agreement_matrix_values(stances):
    matrix = charts.agreement_matrix(stances)
    assert np.allclose(matrix.to_numpy(), matrix.to_numpy().T)
    # Norvik (.6 f, .2 a, .2 u) vs Valdoria (.25 f, .75 a, 0 u):
    same = 0.6 * 0.25 + 0.2 * 0.75 + 0.2 * 0.0
    opposite = 0.6 * 0.75 + 0.2 * 0.25
    assert matrix.loc["Norvik", "Valdoria"] == pytest.approx(same - opposite)
    assert ((matrix >= -1) & (matrix <= 1)).all().all()


def test_figure_caption_states_corpus_and_counts():
    assert "“seeds” (1 article)" in charts.figure_caption("seeds", 1, 1)
    assert "rests on 1 statement on" in charts.figure_caption("seeds", 1, 1)
    assert "rests on 7 statements" in charts.figure_caption("seeds", 7, 2)


# --------------------------------------------------------------------------- charts


def test_position_chart_one_errorbar_per_party_with_its_interval(positions):
    fig = charts.position_chart(positions, CAPTION)
    ax = fig.axes[0]
    bars = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    assert len(bars) == len(positions)
    ordered = positions.sort_values("net").reset_index(drop=True)
    assert [t.get_text() for t in ax.get_yticklabels()] == ordered["party"].tolist()
    for y, (container, row) in enumerate(zip(bars, ordered.itertuples(), strict=True)):
        (segment,) = container.lines[2][0].get_segments()
        assert np.allclose(segment, [[row.net_low, y], [row.net_high, y]])
        assert np.allclose(container.lines[0].get_xdata(), [row.net])
    assert {f"n = {n}" for n in positions["n"]} <= set(_texts(fig))
    assert ax.get_xlim()[0] <= -1 and ax.get_xlim()[1] >= 1
    assert "favor − against" in ax.get_xlabel()
    assert any(np.allclose(line.get_xdata(), 0) for line in ax.get_lines())
    _assert_labelled(fig)


def test_position_chart_markers_differ_by_dominant_stance(positions):
    fig = charts.position_chart(positions, CAPTION)
    markers = {
        row.dominant: c.lines[0].get_marker()
        for c, row in zip(
            fig.axes[0].containers,
            positions.sort_values("net").itertuples(),
            strict=True,
        )
    }
    assert markers["favor"] != markers["against"]


def test_stance_shares_chart_three_segments_per_party(stances, positions):
    for data in (stances, positions):
        fig = charts.stance_shares_chart(data, CAPTION)
        ax = fig.axes[0]
        containers = [c for c in ax.containers if isinstance(c, BarContainer)]
        assert [c.get_label() for c in containers] == ["favor", "neutral", "against"]
        assert len(ax.patches) == 3 * 3
        widths = np.array([[p.get_width() for p in c.patches] for c in containers])
        assert np.allclose(widths.sum(axis=0), 100)
        # Hatching differs per stance so the chart reads without colour.
        assert len({c.patches[0].get_hatch() for c in containers}) == 3
        # Counts on segments: Valdoria (bottom row) has 1 favor and 3 against, no neutral.
        # bar_label adds one label per bar, stance by stance; row 0 is Valdoria.
        bar_labels = [t.get_text() for t in ax.texts if not t.get_text().startswith("n =")]
        assert len(bar_labels) == 3 * 3
        assert bar_labels[0::3] == ["1", "", "3"]
        _assert_labelled(fig)


def test_timeline_chart_plots_dated_statements_and_counts_the_rest(stances):
    fig = charts.timeline_chart(stances, CAPTION)
    ax = fig.axes[0]
    points = sum(len(c.get_offsets()) for c in ax.collections)
    assert points == 8  # 11 statements on the issue, 3 without a date
    assert "Not shown: 3 of 11 statements without a date." in " ".join(
        t.get_text() for t in fig.texts
    )
    assert {t.get_text() for t in ax.get_yticklabels()} == {"Norvik", "Valdoria", "Estmere"}
    markers = {c.get_label(): c.get_paths()[0].vertices.shape for c in ax.collections}
    assert len(set(markers.values())) == 3, "stances must differ in marker shape"
    _assert_labelled(fig)


def test_timeline_chart_without_dates_says_so(stances):
    fig = charts.timeline_chart(stances.assign(date=""), CAPTION)
    assert any("has a date" in t for t in _texts(fig))


def test_agreement_chart_annotates_every_cell(stances):
    fig = charts.agreement_chart(stances, CAPTION)
    ax = fig.axes[0]
    (image,) = ax.get_images()
    matrix = charts.agreement_matrix(stances).iloc[::-1, ::-1]
    assert np.allclose(image.get_array(), matrix.to_numpy())
    assert len(ax.texts) == 9
    assert image.get_clim() == (-1, 1)
    _assert_labelled(fig)


@pytest.mark.parametrize(
    "chart",
    [
        charts.position_chart,
        charts.stance_shares_chart,
        charts.timeline_chart,
        charts.agreement_chart,
    ],
)
def test_empty_input_gives_a_figure_that_says_so(chart, stances, positions):
    data = positions.iloc[0:0] if chart is charts.position_chart else stances.iloc[0:0]
    fig = chart(data, CAPTION)
    assert any("No party spoke" in t for t in _texts(fig))
    assert any("synthetic" in t.get_text() for t in fig.texts)


def test_only_statements_that_do_not_count_is_empty(stances):
    unusable = stances.iloc[-3:]
    fig = charts.stance_shares_chart(unusable, CAPTION)
    assert any("No party spoke" in t for t in _texts(fig))


# --------------------------------------------------------------------------- saving


def test_save_figure_is_byte_reproducible(tmp_path, stances, positions):
    figures = {
        "positions": lambda: charts.position_chart(positions, CAPTION),
        "shares": lambda: charts.stance_shares_chart(stances, CAPTION),
        "timeline": lambda: charts.timeline_chart(stances, CAPTION),
        "agreement": lambda: charts.agreement_chart(stances, CAPTION),
        "empty": lambda: charts.position_chart(positions.iloc[0:0], CAPTION),
    }
    for name, make in figures.items():
        fig = make()
        first = charts.save_figure(fig, name, tmp_path / "a")
        again = charts.save_figure(fig, name, tmp_path / "b")
        fresh = charts.save_figure(make(), name, tmp_path / "c")
        assert [p.name for p in first] == [f"{name}.svg", f"{name}.png"]
        for a, b, c in zip(first, again, fresh, strict=True):
            assert a.read_bytes() == b.read_bytes() == c.read_bytes(), a.name
        svg = first[0].read_text(encoding="utf-8")
        assert "<dc:date>" not in svg and "Matplotlib v" not in svg


def test_save_figure_same_bytes_in_another_process(tmp_path, positions):
    """Ids in the SVG must not depend on the process (hash randomisation, object addresses)."""
    script = (
        "import sys, pandas as pd\n"
        "from analysis import charts\n"
        "p = pd.read_json(sys.argv[1])\n"
        "charts.save_figure(charts.position_chart(p, 'c'), 'positions', sys.argv[2])\n"
    )
    data = tmp_path / "positions.json"
    positions.to_json(data)
    for run, seed in (("a", "1"), ("b", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        subprocess.run(
            [sys.executable, "-c", script, str(data), str(tmp_path / run)],
            check=True,
            env=env,
            cwd=ROOT,
        )
    for suffix in ("svg", "png"):
        assert (tmp_path / "a" / f"positions.{suffix}").read_bytes() == (
            tmp_path / "b" / f"positions.{suffix}"
        ).read_bytes()


def test_save_figure_leaves_rcparams_alone(tmp_path, positions):
    before = dict(mpl.rcParams)
    charts.save_figure(charts.position_chart(positions, CAPTION), "p", tmp_path)
    assert dict(mpl.rcParams) == before


def test_save_figure_rejects_paths_as_names(tmp_path, positions):
    with pytest.raises(ValueError):
        charts.save_figure(charts.position_chart(positions, CAPTION), "../p", tmp_path)
