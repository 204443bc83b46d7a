"""Charts of stances and positions: matplotlib figures that read in greyscale and save reproducibly.

Every chart function takes one of the core tables (statements with a ``stance`` column, or the
``positions`` table), a caption, and returns a :class:`matplotlib.figure.Figure`. The figures are
built without ``pyplot``: they hold no global state, are not shown by accident in a notebook, and
render with the Agg canvas whatever backend the caller has selected.

Colours follow Okabe & Ito (favor blue, against orange, neutral light grey); each stance also has
its own hatching (bars) or marker shape (points), so the charts read in greyscale and for
colour-blind readers.

Example:
    >>> import pandas as pd
    >>> positions = pd.DataFrame({"party": ["Norvik", "Valdoria"], "n": [4, 3],
    ...     "net": [0.75, -1.0], "net_low": [0.25, -1.0], "net_high": [1.0, -1.0],
    ...     "dominant": ["favor", "against"]})
    >>> fig = position_chart(positions, figure_caption("devset", 7, 3))
    >>> paths = save_figure(fig, "positions", "/tmp/figures")  # doctest: +SKIP
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

__all__ = [
    "COLORS",
    "HATCHES",
    "MARKERS",
    "STANCES",
    "agreement_chart",
    "agreement_matrix",
    "figure_caption",
    "on_issue",
    "position_chart",
    "save_figure",
    "stance_counts",
    "stance_shares_chart",
    "timeline_chart",
]

#: Stances a party can take on the issue, in the order bars are stacked (favor left).
STANCES: tuple[str, ...] = ("favor", "neutral", "against")

#: Okabe–Ito blue and orange differ in lightness (≈34 % vs ≈64 % grey), neutral is lighter still.
COLORS: dict[str, str] = {"favor": "#0072B2", "neutral": "#DDDDDD", "against": "#E69F00"}
HATCHES: dict[str, str] = {"favor": "", "neutral": "..", "against": "//"}
MARKERS: dict[str, str] = {"favor": "o", "neutral": "^", "against": "s"}

#: Parties with these names are not parties: the speaker could not be resolved.
_NO_PARTY = {"", "unresolved", "nan", "<NA>", "None"}

#: Fixed resolution so PNG bytes do not depend on the caller's rcParams.
DPI = 150

#: Everything that influences how a figure is drawn or saved, pinned so that the output does not
#: depend on the caller's matplotlibrc. DejaVu Sans ships with matplotlib, so glyphs are the same
#: on every machine; svg.hashsalt makes the ids inside the SVG stable between runs.
STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "hatch.linewidth": 0.8,
    "legend.fontsize": 8,
    "svg.fonttype": "path",
    "svg.hashsalt": "analysis.charts",
    "savefig.dpi": DPI,
    "figure.dpi": 100,
    "path.simplify": True,
}

_CAPTION_FONTSIZE = 8
_WIDTH_IN = 7.5


@contextmanager
def _style() -> Iterator[None]:
    # rc_context restores the caller's settings afterwards: the functions stay free of side effects.
    with mpl.rc_context(STYLE):
        yield


def figure_caption(corpus_name: str, n_statements: int, n_articles: int) -> str:
    """Caption stating the corpus and how many statements a chart rests on.

    Example:
        >>> figure_caption("seeds", 7, 1)
        'Corpus “seeds” (1 article). The chart rests on 7 statements on the issue \
(a statement repeated in the corpus counts once; statements whose speaker has no party are left \
out).'
    """
    articles = f"{n_articles} article" + ("" if n_articles == 1 else "s")
    statements = f"{n_statements} statement" + ("" if n_statements == 1 else "s")
    return (
        f"Corpus “{corpus_name}” ({articles}). The chart rests on {statements} on the issue "
        "(a statement repeated in the corpus counts once; statements whose speaker has no party "
        "are left out)."
    )


def on_issue(stances: pd.DataFrame) -> pd.DataFrame:
    """Statements that count towards a party's position: on the issue, not a repeat, with a party.

    This is the rule ``analysis.positions`` applies, so chart counts and position counts agree.

    Example:
        >>> df = pd.DataFrame({"party": ["Norvik", "unresolved", "Valdoria"],
        ...     "stance": ["favor", "favor", "unrelated"], "duplicate_of": ["", "", ""]})
        >>> on_issue(df)["party"].tolist()
        ['Norvik']
    """
    if stances.empty or "stance" not in stances.columns:
        return stances.iloc[0:0]
    party = stances["party"].astype("string").fillna("").str.strip()
    stance = stances["stance"].astype("string").fillna("")
    if "duplicate_of" in stances.columns:
        duplicate = stances["duplicate_of"].astype("string").fillna("").str.strip() != ""
    else:
        duplicate = pd.Series(False, index=stances.index)
    keep = stance.isin(STANCES) & ~party.isin(_NO_PARTY) & ~duplicate
    return stances.loc[keep].assign(party=party[keep].astype(str), stance=stance[keep].astype(str))


def stance_counts(data: pd.DataFrame) -> pd.DataFrame:
    """Per-party counts and net score from a stances table or a positions table.

    Returns columns party, n_favor, n_neutral, n_against, n, net, sorted by net (ties by name), the
    order in which every chart lists parties from bottom to top.

    Example:
        >>> df = pd.DataFrame({"party": ["Norvik", "Norvik", "Valdoria"],
        ...     "stance": ["favor", "neutral", "against"], "duplicate_of": ["", "", ""]})
        >>> stance_counts(df)[["party", "n", "net"]].to_dict("records")
        [{'party': 'Valdoria', 'n': 1, 'net': -1.0}, {'party': 'Norvik', 'n': 2, 'net': 0.5}]
    """
    columns = ["party", *(f"n_{s}" for s in STANCES), "n", "net"]
    if "stance" in data.columns:
        counts = (
            on_issue(data)
            .groupby(["party", "stance"])
            .size()
            .unstack(fill_value=0)
            .reindex(columns=list(STANCES), fill_value=0)
            .add_prefix("n_")
            .rename_axis(columns=None)
            .reset_index()
        )
    elif {f"n_{s}" for s in STANCES} <= set(data.columns):
        counts = data.loc[:, ["party", *(f"n_{s}" for s in STANCES)]]
    else:
        raise ValueError("need a stances table (column 'stance') or positions (n_favor, …)")
    if counts.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype=object if c == "party" else float) for c in columns}
        )
    return (
        counts.assign(party=lambda d: d["party"].astype(str))
        .assign(n=lambda d: d["n_favor"] + d["n_neutral"] + d["n_against"])
        .loc[lambda d: d["n"] > 0]
        .assign(net=lambda d: (d["n_favor"] - d["n_against"]) / d["n"])
        .pipe(_sort_parties)
        .loc[:, columns]
        .reset_index(drop=True)
    )


def _sort_parties(frame: pd.DataFrame) -> pd.DataFrame:
    # Lowest net at the bottom (y=0), ties alphabetical from the top down: a stable, total order.
    return frame.sort_values(["net", "party"], ascending=[True, False], kind="mergesort")


def agreement_matrix(data: pd.DataFrame) -> pd.DataFrame:
    """Party × party agreement: P(same stance) − P(opposite stance) for a random pair of statements.

    For parties i and j with stance shares (favor f, against a, neutral u), the value is
    ``f_i f_j + a_i a_j + u_i u_j − (f_i a_j + a_i f_j)``: +1 when both always take the same side,
    −1 when one is always for and the other always against, 0 when one is only neutral. Unlike a
    correlation of three shares it is defined for every pair, including parties with one statement.

    Example:
        >>> df = pd.DataFrame({"party": ["Norvik", "Valdoria"], "stance": ["favor", "against"],
        ...     "duplicate_of": ["", ""]})
        >>> agreement_matrix(df).loc["Norvik", "Valdoria"]
        np.float64(-1.0)
    """
    counts = stance_counts(data)
    shares = counts.set_index("party")[[f"n_{s}" for s in STANCES]].div(
        counts.set_index("party")["n"], axis=0
    )
    f, u, a = (shares[f"n_{s}"].to_numpy(float) for s in STANCES)
    same = np.outer(f, f) + np.outer(a, a) + np.outer(u, u)
    opposite = np.outer(f, a) + np.outer(a, f)
    return pd.DataFrame(same - opposite, index=shares.index, columns=shares.index)


# --------------------------------------------------------------------------- figure scaffolding


def _new_figure(height_in: float, caption: str, *, width_in: float = _WIDTH_IN) -> Figure:
    """A figure with the caption below the plot area; constrained layout fits the rest above."""
    wrapped = textwrap.fill(caption, width=int(width_in * 16))
    lines = wrapped.count("\n") + 1
    caption_in = lines * _CAPTION_FONTSIZE * 1.35 / 72 + 0.15
    fig = Figure(figsize=(width_in, height_in + caption_in), layout="constrained")
    FigureCanvasAgg(fig)
    bottom = caption_in / (height_in + caption_in)
    fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))
    fig.text(
        0.01,
        0.06 / (height_in + caption_in),
        wrapped,
        ha="left",
        va="bottom",
        fontsize=_CAPTION_FONTSIZE,
        color="#333333",
        gid="caption",
    )
    return fig


def _freeze_layout(fig: Figure) -> Figure:
    """Lay the figure out once and fix the result.

    Constrained layout starts each draw from the previous one, so a figure saved twice would shift
    by fractions of a point; a fixed layout gives the same bytes at every save.
    """
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    return fig


def _empty_figure(title: str, caption: str, message: str) -> Figure:
    """A figure that says why there is nothing to draw, instead of an empty or broken chart."""
    with _style():
        fig = _new_figure(1.6, caption)
        ax = fig.add_subplot()
        ax.set_title(title)
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            message,
            ha="center",
            va="center",
            fontsize=10,
            transform=ax.transAxes,
            gid="empty-message",
        )
        _freeze_layout(fig)
    return fig


def _stance_legend(fig: Figure, stances: list[str], *, bars: bool) -> None:
    handles = [
        Patch(facecolor=COLORS[s], hatch=HATCHES[s], edgecolor="black", label=s)
        if bars
        else Line2D(
            [],
            [],
            linestyle="none",
            marker=MARKERS[s],
            markersize=7,
            markerfacecolor=COLORS[s],
            markeredgecolor="black",
            label=s,
        )
        for s in STANCES
        if s in stances
    ]
    fig.legend(handles=handles, loc="outside upper right", ncols=len(handles), frameon=False)


def _annotate_n(ax, ns: list[int]) -> None:
    # Counts sit just right of the plot area, in axes x and data y, so they align with the rows.
    for y, n in enumerate(ns):
        ax.annotate(
            f"n = {int(n)}",
            xy=(1.01, y),
            xycoords=("axes fraction", "data"),
            va="center",
            ha="left",
            fontsize=8,
        )


# --------------------------------------------------------------------------- charts


def position_chart(
    positions: pd.DataFrame, caption: str, *, title: str = "Net stance of each party"
) -> Figure:
    """Each party's net stance with its 95 % interval, parties sorted by net, n written alongside.

    The marker's colour and shape give the party's dominant stance; whiskers are black so they read
    in greyscale.

    Example:
        >>> positions = pd.DataFrame({"party": ["Norvik"], "n": [2], "net": [0.5],
        ...     "net_low": [0.0], "net_high": [1.0], "dominant": ["favor"]})
        >>> len(position_chart(positions, "Corpus “x”.").axes[0].containers)
        1
    """
    if positions.empty:
        return _empty_figure(title, caption, "No party spoke on the issue in this corpus.")
    frame = positions.assign(party=lambda d: d["party"].astype(str)).pipe(_sort_parties)
    if "dominant" not in frame.columns:
        frame = frame.assign(
            dominant=np.select(
                [frame["net"] > 0, frame["net"] < 0], ["favor", "against"], "neutral"
            )
        )
    frame = frame.reset_index(drop=True)
    with _style():
        fig = _new_figure(1.3 + 0.4 * len(frame), caption)
        ax = fig.add_subplot()
        ax.axvline(0, color="#666666", linewidth=0.8, linestyle="--", zorder=1)
        for y, row in frame.iterrows():
            dominant = str(row["dominant"]) if str(row["dominant"]) in STANCES else "neutral"
            low = min(row["net_low"], row["net"])
            high = max(row["net_high"], row["net"])
            ax.errorbar(
                row["net"],
                y,
                xerr=[[row["net"] - low], [high - row["net"]]],
                fmt=MARKERS[dominant],
                markersize=8,
                markerfacecolor=COLORS[dominant],
                markeredgecolor="black",
                ecolor="black",
                elinewidth=1.2,
                capsize=4,
                zorder=3,
                label=row["party"],
            )
        _annotate_n(ax, frame["n"].tolist())
        ax.set_yticks(range(len(frame)), frame["party"].tolist())
        ax.set_ylim(-0.6, len(frame) - 0.4)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xticks([-1, -0.5, 0, 0.5, 1])
        ax.set_xlabel("net stance (favor − against) / n   (−1: all against, +1: all favor)")
        ax.set_ylabel("party")
        ax.set_title(title)
        ax.grid(axis="x", color="#EEEEEE", linewidth=0.6, zorder=0)
        _stance_legend(fig, frame["dominant"].astype(str).tolist(), bars=False)
        _freeze_layout(fig)
    return fig


def stance_shares_chart(
    data: pd.DataFrame,
    caption: str,
    *,
    title: str = "Share of favor, neutral and against statements per party",
) -> Figure:
    """Stacked horizontal bars of each party's favor/neutral/against shares, counts on segments.

    ``data`` is either a stances table (one row per statement, column ``stance``) or the positions
    table (columns ``n_favor``, ``n_neutral``, ``n_against``).

    Example:
        >>> df = pd.DataFrame({"party": ["Norvik", "Valdoria"], "stance": ["favor", "against"],
        ...     "duplicate_of": ["", ""]})
        >>> len(stance_shares_chart(df, "Corpus “x”.").axes[0].patches)
        6
    """
    counts = stance_counts(data)
    if counts.empty:
        return _empty_figure(title, caption, "No party spoke on the issue in this corpus.")
    with _style():
        fig = _new_figure(1.3 + 0.4 * len(counts), caption)
        ax = fig.add_subplot()
        y = np.arange(len(counts))
        left = np.zeros(len(counts))
        for stance in STANCES:
            n = counts[f"n_{stance}"].to_numpy(int)
            share = 100 * n / counts["n"].to_numpy(float)
            bars = ax.barh(
                y,
                share,
                left=left,
                height=0.7,
                color=COLORS[stance],
                hatch=HATCHES[stance],
                edgecolor="black",
                linewidth=0.6,
                label=stance,
                gid=f"bars-{stance}",
            )
            # A white box keeps the count legible on top of hatching and on the dark blue.
            ax.bar_label(
                bars,
                labels=[str(k) if k else "" for k in n],
                label_type="center",
                fontsize=8,
                bbox={
                    "boxstyle": "round,pad=0.15",
                    "facecolor": "white",
                    "edgecolor": "none",
                    "alpha": 0.85,
                },
            )
            left = left + share
        _annotate_n(ax, counts["n"].tolist())
        ax.set_yticks(y, counts["party"].tolist())
        ax.set_ylim(-0.6, len(counts) - 0.4)
        ax.set_xlim(0, 100)
        ax.set_xlabel("share of the party's statements on the issue (%); numbers: statements")
        ax.set_ylabel("party")
        ax.set_title(title)
        _stance_legend(fig, list(STANCES), bars=True)
        _freeze_layout(fig)
    return fig


def timeline_chart(
    stances: pd.DataFrame, caption: str, *, title: str = "Statements on the issue over time"
) -> Figure:
    """Statements by the day they were made, one row per party, marker by stance.

    Statements without a date cannot be placed; the caption says how many were left out.

    Example:
        >>> df = pd.DataFrame({"party": ["Norvik", "Valdoria"], "stance": ["favor", "against"],
        ...     "duplicate_of": ["", ""], "date": ["2032-10-01", ""],
        ...     "statement_id": ["d01-1", "d01-2"]})
        >>> fig = timeline_chart(df, "Corpus “x”.")
        >>> sum(len(c.get_offsets()) for c in fig.axes[0].collections)
        1
    """
    frame = on_issue(stances)
    if frame.empty:
        return _empty_figure(title, caption, "No party spoke on the issue in this corpus.")
    dates = pd.to_datetime(
        frame.get("date", pd.Series("", index=frame.index)).astype("string").fillna(""),
        format="%Y-%m-%d",
        errors="coerce",
    )
    undated = int(dates.isna().sum())
    caption = (
        f"{caption} Not shown: {undated} of {len(frame)} statement"
        f"{'' if len(frame) == 1 else 's'} without a date."
    )
    order = stance_counts(frame)["party"].tolist()
    sort_key = "statement_id" if "statement_id" in frame.columns else "party"
    dated = (
        frame.assign(day=dates)
        .loc[lambda d: d["day"].notna()]
        .sort_values(["party", "day", sort_key], kind="mergesort")
        .assign(
            row=lambda d: d["party"].map({p: i for i, p in enumerate(order)}),
            # Statements of one party on one day are spread vertically so none hides another.
            rank=lambda d: d.groupby(["party", "day"]).cumcount(),
            size=lambda d: d.groupby(["party", "day"])["party"].transform("size"),
        )
        .assign(
            y=lambda d: d["row"] + np.clip((d["rank"] - (d["size"] - 1) / 2) * 0.2, -0.35, 0.35)
        )
    )
    if dated.empty:
        return _empty_figure(
            title, caption, f"None of the {len(frame)} statements on the issue has a date."
        )
    with _style():
        fig = _new_figure(1.5 + 0.4 * len(order), caption)
        ax = fig.add_subplot()
        for stance in STANCES:
            part = dated.loc[dated["stance"] == stance]
            if part.empty:
                continue
            ax.scatter(
                mdates.date2num(part["day"].to_numpy()),
                part["y"],
                s=55,
                marker=MARKERS[stance],
                c=COLORS[stance],
                edgecolors="black",
                linewidths=0.7,
                label=stance,
                zorder=3,
                gid=f"points-{stance}",
            )
        first, last = dated["day"].min(), dated["day"].max()
        pad = max(pd.Timedelta(days=2), (last - first) * 0.05)
        ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
        # ISO days: unambiguous for readers in any locale, and they match the tables.
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        ax.set_yticks(range(len(order)), order)
        ax.set_ylim(-0.6, len(order) - 0.4)
        ax.grid(axis="y", color="#EEEEEE", linewidth=0.6, zorder=0)
        ax.set_xlabel("date the statement was made (day)")
        ax.set_ylabel("party")
        ax.set_title(title)
        _stance_legend(fig, dated["stance"].tolist(), bars=False)
        _freeze_layout(fig)
    return fig


def agreement_chart(
    data: pd.DataFrame, caption: str, *, title: str = "Agreement between parties on the issue"
) -> Figure:
    """Party × party matrix of agreement (see :func:`agreement_matrix`), values written in cells.

    The purple–orange diverging colormap stays distinguishable for the common colour-vision
    deficiencies; the numbers in the cells carry the values in greyscale.

    Example:
        >>> df = pd.DataFrame({"party": ["Norvik", "Valdoria"], "stance": ["favor", "against"],
        ...     "duplicate_of": ["", ""]})
        >>> len(agreement_chart(df, "Corpus “x”.").axes[0].texts)
        4
    """
    matrix = agreement_matrix(data)
    if matrix.empty:
        return _empty_figure(title, caption, "No party spoke on the issue in this corpus.")
    # Highest net at the top, as in the other charts: rows run top-down in reverse order.
    matrix = matrix.iloc[::-1, ::-1]
    parties = matrix.index.tolist()
    size = len(parties)
    with _style():
        fig = _new_figure(1.8 + 0.55 * size, caption, width_in=max(5.0, 3.2 + 0.75 * size))
        ax = fig.add_subplot()
        image = ax.imshow(matrix.to_numpy(), cmap="PuOr", vmin=-1, vmax=1, aspect="equal")
        for i in range(size):
            for j in range(size):
                value = matrix.iat[i, j]
                ax.text(
                    j,
                    i,
                    f"{value:+.2f}".replace("-", "−"),  # typographic minus, as on the axes
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if abs(value) > 0.6 else "black",
                )
        ax.set_xticks(range(size), parties, rotation=30, ha="right", rotation_mode="anchor")
        ax.set_yticks(range(size), parties)
        ax.set_xlabel("party")
        ax.set_ylabel("party")
        ax.spines[:].set_visible(False)
        ax.set_title(title)
        bar = fig.colorbar(image, ax=ax, shrink=0.9, ticks=[-1, -0.5, 0, 0.5, 1])
        bar.set_label("P(same stance) − P(opposite stance)\n(−1 … +1, unitless)")
        _freeze_layout(fig)
    return fig


# --------------------------------------------------------------------------- saving


def save_figure(fig: Figure, name: str, outdir: str | Path) -> list[Path]:
    """Write ``outdir/name.svg`` and ``outdir/name.png``; the same figure gives the same bytes.

    Dates, creator and software strings are left out of the files, SVG ids are salted with a fixed
    salt, and the resolution is fixed, so a rerun does not change the files.

    Example:
        >>> fig = _empty_figure("t", "c", "nothing")
        >>> [p.name for p in save_figure(fig, "empty", "/tmp/figs")]  # doctest: +SKIP
        ['empty.svg', 'empty.png']
    """
    if not name or Path(name).name != name:
        raise ValueError(f"figure name must be a plain file stem, got {name!r}")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    svg, png = outdir / f"{name}.svg", outdir / f"{name}.png"
    metadata: Mapping[str, Mapping[str, None]] = {
        "svg": {"Date": None, "Creator": None},
        "png": {"Software": None},
    }
    with _style():
        fig.savefig(svg, format="svg", dpi=DPI, metadata=metadata["svg"])
        fig.savefig(png, format="png", dpi=DPI, metadata=metadata["png"])
    return [svg, png]
