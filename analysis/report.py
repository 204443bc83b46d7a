"""The HTML report: run the three notebooks headless on a corpus and issue, join them into one page.

``build_report`` executes ``notebooks/01_quotes_per_actor``, ``02_stance`` and
``03_positions_and_charts`` with nbclient, overriding their ``parameters`` cell the way papermill
does (a new cell right after it), writes the executed notebooks to ``out/notebooks/``, the figures
to ``out/figures/``, the tables each notebook passes to the next to ``out/tables/`` (CSV) and one
HTML page with the code hidden to ``out/<issue slug>.html``. A rerun on the same inputs writes the
same bytes: no timestamps, fixed hash seed, figures saved without dates.

The module also holds the small table builders the notebooks display, so that no logic lives only
in a notebook.

Example:
    >>> from analysis.report import build_report
    >>> build_report("seeds", "data/parties.csv", "data/actors.csv",
    ...              "data/issues/example.yaml", out="reports")  # doctest: +SKIP
    PosixPath('reports/example.html')
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import html
import os
import re
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import nbformat
import pandas as pd
from nbformat import NotebookNode

__all__ = [
    "NOTEBOOKS",
    "add_report_arguments",
    "build_report",
    "count_table",
    "execute_notebook",
    "input_fingerprint",
    "inject_parameters",
    "load_table",
    "normalize_notebook",
    "notebooks_html",
    "quote_table",
    "refresh_notebooks",
    "run_report",
    "save_table",
    "sentence_span",
    "stance_table",
    "StaleTableError",
    "unresolved_table",
]

#: The report's notebooks, in reading order (file stems inside the notebooks folder).
NOTEBOOKS: tuple[str, ...] = ("01_quotes_per_actor", "02_stance", "03_positions_and_charts")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"

#: Environment of the kernel that runs the notebooks. A fixed hash seed keeps set and dict orders
#: stable; Agg stops matplotlib from drawing inline figures (the notebooks show saved files);
#: SOURCE_DATE_EPOCH is honoured by tools that would otherwise stamp the current time.
KERNEL_ENV: dict[str, str] = {
    "PYTHONHASHSEED": "0",
    "MPLBACKEND": "Agg",
    "SOURCE_DATE_EPOCH": "0",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}

_PARAMETERS_TAG = "parameters"
_INJECTED_TAG = "injected-parameters"


# --------------------------------------------------------------------------- tables for notebooks


def _sentence_ends(text: str) -> list[int]:
    # A sentence ends after . ! ? (and any closing quote or bracket) followed by space, or before a
    # line break: wire reports put headlines, captions and paragraphs on lines of their own.
    return [
        m.start() if m.group() == "\n" else m.end()
        for m in re.finditer(r"[.!?][\"'”’)\]]*(?=\s)|\n", text)
    ]


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Character span of the sentence(s) around ``text[start:end]``.

    Example:
        >>> text = "Intro. Lind said the road must open. Then more."
        >>> s, e = sentence_span(text, 21, 35)
        >>> text[s:e]
        'Lind said the road must open.'
    """
    ends = _sentence_ends(text)
    left = max((e for e in ends if e <= start), default=0)
    right = min((e for e in ends if e >= end), default=len(text))
    # Skip the whitespace that follows the previous sentence's end.
    while left < start and text[left].isspace():
        left += 1
    return left, max(right, end)


def _highlight(text: str, start: int, end: int) -> str:
    left, right = sentence_span(text, start, end)
    return (
        html.escape(text[left:start])
        + "<mark>"
        + html.escape(text[start:end])
        + "</mark>"
        + html.escape(text[end:right])
    ).replace("\n", "<br>")


def quote_table(statements: pd.DataFrame, corpus: pd.DataFrame) -> str:
    """HTML table: each statement in its sentence with the statement itself in ``<mark>``.

    Everything from the documents is html-escaped; only the ``<mark>`` and line breaks are markup.

    Example:
        >>> corpus = pd.DataFrame({"article_id": ["d01"], "text": ["Lind said <b>open</b> now."]})
        >>> st = pd.DataFrame({"article_id": ["d01"], "statement_id": ["d01-1"], "start": [10],
        ...     "end": [21], "speaker": ["Lind"], "party": ["Norvik"], "kind": ["indirect"]})
        >>> "<mark>&lt;b&gt;open&lt;/b&gt;</mark>" in quote_table(st, corpus)
        True
    """
    texts = corpus.set_index("article_id")["text"].to_dict()
    columns = ["article", "offsets", "speaker", "party", "kind", "statement in its sentence"]
    rows = [
        [
            html.escape(str(row.article_id)),
            f"{int(row.start)}–{int(row.end)}",
            html.escape(_text(row.speaker)),
            html.escape(_text(row.party)),
            html.escape(_text(getattr(row, "kind", ""))),
            _highlight(texts.get(row.article_id, ""), int(row.start), int(row.end)),
        ]
        for row in statements.sort_values(["article_id", "start", "end"]).itertuples()
    ]
    table = pd.DataFrame(rows, columns=columns)
    return table.to_html(index=False, escape=False, classes="quotes", border=0)


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def count_table(statements: pd.DataFrame, by: str | Sequence[str] = "party") -> pd.DataFrame:
    """Statements per party (or per actor): all, once each (repeats removed), articles.

    Example:
        >>> st = pd.DataFrame({"party": ["Norvik", "Norvik", "Valdoria"],
        ...     "article_id": ["d01", "d02", "d01"], "duplicate_of": ["", "d01-1", ""]})
        >>> count_table(st).to_dict("records")[0]
        {'party': 'Norvik', 'statements': 2, 'distinct': 1, 'articles': 2}
    """
    keys = [by] if isinstance(by, str) else list(by)
    duplicate = statements.get("duplicate_of", pd.Series("", index=statements.index))
    return (
        statements.assign(
            _distinct=duplicate.astype("string").fillna("").str.strip().eq(""),
            **{k: statements[k].astype("string").fillna("") for k in keys},
        )
        .groupby(keys, as_index=False)
        .agg(
            statements=("article_id", "size"),
            distinct=("_distinct", "sum"),
            articles=("article_id", "nunique"),
        )
        .astype({"statements": int, "distinct": int, "articles": int})
        .sort_values(["statements", *keys], ascending=[False, *[True] * len(keys)])
        .reset_index(drop=True)
    )


def unresolved_table(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements whose speaker has no party: where they are, who was named, and the cue word.

    Example:
        >>> st = pd.DataFrame({"article_id": ["d01"], "statement_id": ["d01-1"],
        ...     "speaker": ["a spokesman"], "cue": ["said"], "party": ["unresolved"],
        ...     "text": ["the road is open"], "start": [3], "end": [19]})
        >>> unresolved_table(st)["speaker"].tolist()
        ['a spokesman']
    """
    columns = ["article_id", "statement_id", "start", "end", "speaker", "cue", "text"]
    party = statements["party"].astype("string").fillna("").str.strip()
    return (
        statements.loc[party.isin(["", "unresolved"])]
        .reindex(columns=columns)
        .sort_values(["article_id", "start"])
        .reset_index(drop=True)
    )


def stance_table(stances: pd.DataFrame) -> pd.DataFrame:
    """Each statement with its stance, the classifier's confidence and the words it relied on.

    Example:
        >>> st = pd.DataFrame({"article_id": ["d01"], "statement_id": ["d01-1"], "start": [0],
        ...     "speaker": ["Lind"], "party": ["Norvik"], "stance": ["favor"],
        ...     "confidence": [0.8123], "evidence": ["reopen"], "text": ["reopen the road"]})
        >>> stance_table(st)["confidence"].tolist()
        [0.81]
    """
    columns = [
        "article_id",
        "statement_id",
        "speaker",
        "party",
        "stance",
        "confidence",
        "evidence",
        "text",
    ]
    if stances.get("alignment", pd.Series(dtype=str)).fillna("").astype(str).ne("").any():
        # the sides a report says the party takes, where they weighed (analysis.align)
        columns.insert(columns.index("text"), "alignment")
    return (
        stances.sort_values(["article_id", "start"])
        .reindex(columns=columns)
        .assign(confidence=lambda d: d["confidence"].astype(float).round(2))
        .reset_index(drop=True)
    )


# --------------------------------------------------------------------------- running notebooks


def inject_parameters(nb: NotebookNode, parameters: Mapping[str, object]) -> NotebookNode:
    """Copy of ``nb`` with a cell assigning ``parameters`` right after the ``parameters`` cell.

    Like papermill: the notebook's own defaults stay visible, the new cell (tagged
    ``injected-parameters``) overrides them. An earlier injected cell is replaced; a notebook
    without a parameters cell gets the new cell first.

    Example:
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        ...     "corpus = 'a'", metadata={"tags": ["parameters"]})])
        >>> inject_parameters(nb, {"corpus": "b"}).cells[1].source
        "# Parameters injected by analysis.report\\ncorpus = 'b'"
    """
    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if _INJECTED_TAG not in c.get("metadata", {}).get("tags", [])]
    source = "\n".join(
        ["# Parameters injected by analysis.report"]
        + [f"{name} = {value!r}" for name, value in parameters.items()]
    )
    # A fixed id: nbformat would draw a random one, and the notebook bytes would change per run.
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [_INJECTED_TAG]})
    cell.id = _INJECTED_TAG
    tagged = [
        i
        for i, c in enumerate(nb.cells)
        if _PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])
    ]
    nb.cells.insert(tagged[0] + 1 if tagged else 0, cell)
    return nb


def normalize_notebook(nb: NotebookNode) -> NotebookNode:
    """Copy of ``nb`` without anything that changes from run to run.

    Drops per-cell timing metadata and notebook metadata other than kernelspec and language info,
    and numbers executed code cells 1, 2, … in order.

    Example:
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
        >>> nb.cells[0].execution_count = 7
        >>> nb.cells[0].metadata["execution"] = {"iopub.status.busy": "2024-01-01T00:00:00"}
        >>> clean = normalize_notebook(nb)
        >>> clean.cells[0].execution_count, dict(clean.cells[0].metadata)
        (1, {})
    """
    nb = copy.deepcopy(nb)
    nb.metadata = nbformat.from_dict(
        {k: nb.metadata[k] for k in ("kernelspec", "language_info") if k in nb.metadata}
    )
    count = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        if cell.execution_count is None:
            continue
        count += 1
        cell.execution_count = count
        for output in cell.outputs:
            if "execution_count" in output:
                output.execution_count = count
    return nb


def _kernel_env() -> dict[str, str]:
    env = {**os.environ, **KERNEL_ENV}
    # The notebooks import `analysis` from this checkout even when it is not pip-installed.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    return env


def execute_notebook(
    nb: NotebookNode,
    cwd: str | Path,
    *,
    timeout: int = 600,
    kernel_name: str = "python3",
    save_failed: str | Path | None = None,
) -> NotebookNode:
    """Run ``nb`` in a fresh kernel with working directory ``cwd``; return it normalized.

    Raises nbclient's ``CellExecutionError`` when a cell fails, after writing the partly executed
    notebook (with the traceback) to ``save_failed`` if given.

    Example:
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1 + 1)")])
        >>> execute_notebook(nb, ".").cells[0].outputs[0].text  # doctest: +SKIP
        '2\\n'
    """
    from nbclient import NotebookClient  # only needed when notebooks run

    nb = copy.deepcopy(nb)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel_name,
        record_timing=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    # The kernel's own log (e.g. ipykernel's transport warning) would break the progress lines;
    # it is kept aside and shown only when the run fails, where it may explain a crash.
    with tempfile.TemporaryFile() as log:
        try:
            client.execute(env=_kernel_env(), stderr=log)
        except Exception:
            log.seek(0)
            sys.stderr.write(log.read().decode("utf-8", "replace"))
            if save_failed is not None:
                nbformat.write(normalize_notebook(nb), save_failed)
            raise
    return normalize_notebook(nb)


def _relative(path: str | Path, start: Path) -> str:
    # Paths go into the notebooks relative to the notebooks folder, so that no output or source
    # depends on where the project or the output folder lies on this machine.
    absolute = Path(path).resolve()
    try:
        return Path(os.path.relpath(absolute, start.resolve())).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return absolute.as_posix()


def notebooks_html(notebooks: Sequence[NotebookNode], title: str) -> str:
    """One HTML page from several executed notebooks, code and prompts hidden.

    Example:
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hi")])
        >>> "<h1" in notebooks_html([nb], "Report")
        True
    """
    from nbconvert import HTMLExporter  # heavy import, only needed when exporting

    merged = nbformat.v4.new_notebook(metadata=copy.deepcopy(notebooks[0].metadata))
    for i, nb in enumerate(notebooks, start=1):
        for cell in nb.cells:
            cell = copy.deepcopy(cell)
            # Cell ids must be unique in the merged notebook; derive them, never draw them.
            cell.id = f"nb{i}-{cell.get('id', len(merged.cells))}"[:64]
            merged.cells.append(cell)
    exporter = HTMLExporter(
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True
    )
    body, _ = exporter.from_notebook_node(merged, resources={"metadata": {"name": title}})
    return body


def build_report(
    corpus: str | Path,
    parties: str | Path,
    actors: str | Path,
    issue: str | Path,
    out: str | Path = "reports",
    *,
    notebooks_dir: str | Path = NOTEBOOKS_DIR,
    notebooks: Sequence[str] = NOTEBOOKS,
) -> Path:
    """Run the notebooks on a corpus and issue; write ``out/<issue slug>.html`` and return its path.

    Also writes the executed notebooks to ``out/notebooks/``, the figures to ``out/figures/`` and
    the statements, stances, relations and positions to ``out/tables/`` (CSV).
    Progress goes to stderr, one line per notebook; nothing time-dependent goes into the files.

    Example:
        >>> build_report("seeds", "data/parties.csv", "data/actors.csv",
        ...              "data/issues/example.yaml", out="reports")  # doctest: +SKIP
        PosixPath('reports/example.html')
    """
    from analysis import load_issue  # the core; imported late so this module loads without it

    issue_info = load_issue(issue)
    nb_dir = Path(notebooks_dir).resolve()
    out = Path(out)
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    parameters = {
        "corpus": _relative(corpus, nb_dir),
        "parties": _relative(parties, nb_dir),
        "actors": _relative(actors, nb_dir),
        "issue": _relative(issue, nb_dir),
        "output": _relative(out, nb_dir),
    }
    executed = []
    for i, name in enumerate(notebooks, start=1):
        print(f"[{i}/{len(notebooks)}] {name} ...", end=" ", file=sys.stderr, flush=True)
        started = time.perf_counter()
        nb = inject_parameters(nbformat.read(nb_dir / f"{name}.ipynb", as_version=4), parameters)
        target = out / "notebooks" / f"{name}.ipynb"
        try:
            # On failure the saved notebook shows the failing cell and its traceback.
            nb = execute_notebook(nb, nb_dir, save_failed=target)
        except Exception:
            print(f"failed (see {target})", file=sys.stderr, flush=True)
            raise
        nbformat.write(nb, target)
        executed.append(nb)
        print(f"done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    page = out / f"{issue_info.slug}.html"
    page.write_text(notebooks_html(executed, issue_info.name), encoding="utf-8")
    return page


def refresh_notebooks(notebooks_dir: str | Path = NOTEBOOKS_DIR) -> list[Path]:
    """Re-run the committed notebooks in place with their default parameters (for committing).

    Example:
        >>> refresh_notebooks()  # doctest: +SKIP
        [PosixPath('.../notebooks/01_quotes_per_actor.ipynb'), ...]
    """
    nb_dir = Path(notebooks_dir).resolve()
    written = []
    for name in NOTEBOOKS:
        path = nb_dir / f"{name}.ipynb"
        print(f"running {name} ...", file=sys.stderr, flush=True)
        nbformat.write(execute_notebook(nbformat.read(path, as_version=4), nb_dir), path)
        written.append(path)
    return written


# --------------------------------------------------------------------------- tables between steps


class StaleTableError(RuntimeError):
    """A saved table was written from other inputs than the ones asked for."""


def input_fingerprint(*paths: str | Path) -> str:
    """16 hex digits of SHA-256 over the bytes of ``paths`` (folders: every file in them).

    Folders are walked in sorted order and hashed with each file's relative name, so the
    fingerprint is the same wherever the inputs lie and changes when any byte does.

    Example:
        >>> input_fingerprint("data/parties.csv") == input_fingerprint("data/parties.csv")
        True
    """
    h = hashlib.sha256()
    for path in map(Path, paths):
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            h.update(f.relative_to(path).as_posix().encode() if path.is_dir() else b"")
            h.update(b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _table_paths(output: str | Path, name: str) -> tuple[Path, Path]:
    folder = Path(output) / "tables"
    return folder / f"{name}.csv", folder / f"{name}.inputs"


def save_table(
    table: pd.DataFrame, output: str | Path, name: str, inputs: Sequence[str | Path]
) -> Path:
    """Write ``table`` to ``output/tables/<name>.csv``, with the fingerprint of its ``inputs``.

    A later notebook reads it back with :func:`load_table` instead of computing it again,
    and the report's reader gets every table behind its charts as CSV.

    Example:
        >>> save_table(stances_df, "../reports", "stances",
        ...            [corpus, parties, actors, issue])  # doctest: +SKIP
        PosixPath('../reports/tables/stances.csv')
    """
    path, stamp = _table_paths(output, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False)
    stamp.write_text(input_fingerprint(*inputs) + "\n", encoding="utf-8")
    return path


def load_table(output: str | Path, name: str, inputs: Sequence[str | Path]) -> pd.DataFrame:
    """The table :func:`save_table` wrote from the same ``inputs``, with its column types.

    Raises ``FileNotFoundError`` when it was never written and :class:`StaleTableError` when
    it was written from other inputs: the notebook that writes it must run first.

    Example:
        >>> load_table("../reports", "stances",
        ...            [corpus, parties, actors, issue])  # doctest: +SKIP
    """
    path, stamp = _table_paths(output, name)
    if not path.is_file() or not stamp.is_file():
        raise FileNotFoundError(
            f"{path} is missing: run the notebook that writes it first "
            "(`python -m analysis report` runs them all in order)"
        )
    if stamp.read_text(encoding="utf-8").strip() != input_fingerprint(*inputs):
        raise StaleTableError(
            f"{path} was written from other inputs: run the notebook that writes it again"
        )
    return read_table(path)


def read_table(path: str | Path) -> pd.DataFrame:
    """A statements or stances CSV of this package, with its column types restored.

    Text stays text (an empty cell is ``""``, not NaN); offsets are integers, probabilities
    floats, ``stance`` and ``kind`` categorical.

    Example:
        >>> import io
        >>> t = read_table(io.StringIO("start,end,stance,p_favor,date\\n3,9,favor,0.8,\\n"))
        >>> t.dtypes.astype(str).tolist(), t.loc[0, "date"]
        (['int64', 'int64', 'category', 'float64', 'str'], '')
    """
    from .statements import KINDS

    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    numbers = [c for c in table if c in ("confidence",) or c.startswith("p_")]
    table = table.astype(
        {**{c: int for c in ("start", "end") if c in table}, **{c: float for c in numbers}}
    )
    if "stance" in table:
        from .stance import LABELS  # imported here: reading statements needs no scikit-learn

        table["stance"] = pd.Categorical(table["stance"], categories=LABELS)
    if "kind" in table:
        table["kind"] = pd.Categorical(table["kind"], categories=KINDS)
    return table


# --------------------------------------------------------------------------- command line


def _default_issue() -> str | None:
    issues = sorted(Path("data/issues").glob("*.yaml")) + sorted(Path("data/issues").glob("*.yml"))
    return str(issues[0]) if len(issues) == 1 else None


def add_report_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``report`` options to an argparse (sub)parser.

    Example:
        >>> p = add_report_arguments(argparse.ArgumentParser())
        >>> p.parse_args(["--issue", "x.yaml"]).out
        'reports'
    """
    parser.add_argument("--corpus", default="seeds", help="folder of articles (default: seeds)")
    parser.add_argument("--parties", default="data/parties.csv", help="parties registry CSV")
    parser.add_argument("--actors", default="data/actors.csv", help="actors registry CSV")
    parser.add_argument(
        "--issue",
        default=None,
        help="issue YAML (default: the only file in data/issues/, if there is exactly one)",
    )
    parser.add_argument("--out", default="reports", help="output folder (default: reports)")
    return parser


def run_report(args: argparse.Namespace) -> int:
    """Build the report from parsed ``report`` arguments; print the page's path. Exit status.

    Example:
        >>> run_report(argparse.Namespace(corpus="seeds", parties="data/parties.csv",
        ...     actors="data/actors.csv", issue=None, out="reports"))  # doctest: +SKIP
        reports/example.html
        0
    """
    issue = args.issue or _default_issue()
    if issue is None:
        print(
            "report: give --issue (data/issues/ does not hold exactly one issue)", file=sys.stderr
        )
        return 2
    page = build_report(args.corpus, args.parties, args.actors, issue, out=args.out)
    print(page)
    return 0
