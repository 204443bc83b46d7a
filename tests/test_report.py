"""The report: parameter injection, notebook normalisation, tables, and a reproducible build."""

from __future__ import annotations

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import analysis
from analysis import report

ROOT = Path(__file__).resolve().parent.parent
#: The editor or prompt of a code cell's input in nbconvert's HTML (the stylesheet names them too).
INPUT_AREA = re.compile(r'class="[^"]*\b(jp-InputArea-editor|jp-InputPrompt|input_prompt)\b')


# --------------------------------------------------------------------------- notebook plumbing


def _notebook() -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Title"),
            nbformat.v4.new_code_cell("corpus = 'a'\nout = 'x'", metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("print(corpus, out)"),
        ]
    )


def test_inject_parameters_adds_a_cell_after_the_parameters_cell():
    nb = _notebook()
    injected = report.inject_parameters(nb, {"corpus": "b", "out": "../r"})
    assert [c.source.splitlines()[0] for c in injected.cells][:3] == [
        "# Title",
        "corpus = 'a'",
        "# Parameters injected by analysis.report",
    ]
    assert "corpus = 'b'\nout = '../r'" in injected.cells[2].source
    assert injected.cells[2].metadata.tags == ["injected-parameters"]
    assert len(nb.cells) == 3, "the input notebook must not change"
    # Injecting again replaces the earlier cell instead of stacking a second one.
    again = report.inject_parameters(injected, {"corpus": "c"})
    assert len(again.cells) == 4 and "corpus = 'c'" in again.cells[2].source
    nbformat.validate(again)


def test_inject_parameters_without_parameters_cell_goes_first():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    assert report.inject_parameters(nb, {"x": 2}).cells[0].source.endswith("x = 2")


def test_normalize_notebook_drops_timing_and_renumbers():
    nb = _notebook()
    nb.metadata["papermill"] = {"start_time": "2024-01-01"}
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for count, cell in zip((5, 9), nb.cells[1:], strict=True):
        cell.execution_count = count
        cell.metadata["execution"] = {"iopub.execute_input": "2024-01-01T00:00:00Z"}
    nb.cells[2].outputs = [
        nbformat.v4.new_output("execute_result", data={"text/plain": "1"}, execution_count=9)
    ]
    clean = report.normalize_notebook(nb)
    assert [c.get("execution_count") for c in clean.cells] == [None, 1, 2]
    assert clean.cells[2].outputs[0].execution_count == 2
    assert all("execution" not in c.metadata for c in clean.cells)
    assert set(clean.metadata) == {"kernelspec"}


def test_execute_notebook_runs_with_fixed_environment(tmp_path):
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                "import os, analysis\n"
                "print(os.environ['PYTHONHASHSEED'], os.environ['MPLBACKEND'], "
                "os.path.basename(os.getcwd()))"
            )
        ]
    )
    (tmp_path / "here").mkdir()
    done = report.execute_notebook(nb, tmp_path / "here")
    assert done.cells[0].outputs[0].text == "0 Agg here\n"
    assert done.cells[0].execution_count == 1
    assert "execution" not in done.cells[0].metadata


def test_notebooks_html_hides_code():
    nb = _notebook()
    nb.cells[2].outputs = [nbformat.v4.new_output("stream", name="stdout", text="a x\n")]
    page = report.notebooks_html([nb, nb], "Issue name")
    assert "<title>Issue name</title>" in page
    assert "print(corpus" not in page
    assert not INPUT_AREA.search(page)
    assert page.count("a x") == 2


# --------------------------------------------------------------------------- tables


CORPUS = pd.DataFrame(
    {
        "article_id": ["d01", "d02"],
        "text": [
            "NORHAVEN, Oct 1. Lind said the <road> must open. Aro disagreed.\nNext line.",
            'The ministry stated: "Passage is allowed." Later, talks.',
        ],
    }
)


def _statements() -> pd.DataFrame:
    rows = [
        ("d01", "d01-1", "the <road> must open", "Sofia Lind", "Norvik", "indirect", "said", ""),
        ("d02", "d02-1", "Passage is allowed.", "ministry", "unresolved", "direct", "stated", ""),
        (
            "d01",
            "d01-2",
            "the <road> must open",
            "Sofia Lind",
            "Norvik",
            "indirect",
            "said",
            "d01-1",
        ),
    ]
    frame = pd.DataFrame(
        rows,
        columns=[
            "article_id",
            "statement_id",
            "text",
            "speaker",
            "party",
            "kind",
            "cue",
            "duplicate_of",
        ],
    )
    starts = [
        CORPUS.text[0].index("the <road>"),
        CORPUS.text[1].index("Passage"),
        CORPUS.text[0].index("the <road>"),
    ]
    return frame.assign(
        start=starts, end=[s + len(t) for s, t in zip(starts, frame.text, strict=True)]
    )


def test_sentence_span_stops_at_sentence_and_line_ends():
    text = CORPUS.text[0]
    start = text.index("the <road>")
    left, right = report.sentence_span(text, start, start + 20)
    assert text[left:right] == "Lind said the <road> must open."
    line = text.index("Next")
    assert text[slice(*report.sentence_span(text, line, line + 4))] == "Next line."


def test_quote_table_marks_the_statement_and_escapes_the_rest():
    page = report.quote_table(_statements(), CORPUS)
    assert "Lind said <mark>the &lt;road&gt; must open</mark>." in page
    assert "<road>" not in page
    assert re.search(r"<td>\d+–\d+</td>", page)
    assert page.count("<mark>") == 3


def test_count_table_counts_repeats_once():
    table = report.count_table(_statements(), "party")
    norvik = table.set_index("party").loc["Norvik"]
    assert (norvik.statements, norvik.distinct, norvik.articles) == (2, 1, 1)
    by_actor = report.count_table(_statements(), ["speaker", "party"])
    assert list(by_actor.columns[:2]) == ["speaker", "party"]


def test_unresolved_table_lists_speakers_without_party():
    table = report.unresolved_table(_statements())
    assert table["speaker"].tolist() == ["ministry"]
    assert report.unresolved_table(_statements().iloc[[0]]).empty


def test_stance_table_rounds_confidence():
    stances = _statements().assign(stance="favor", confidence=0.876, evidence="open")
    table = report.stance_table(stances)
    assert table["confidence"].tolist() == [0.88, 0.88, 0.88]
    assert list(table.columns) == [
        "article_id",
        "statement_id",
        "speaker",
        "party",
        "stance",
        "confidence",
        "evidence",
        "text",
    ]


def test_report_arguments_defaults():
    import argparse

    args = report.add_report_arguments(argparse.ArgumentParser()).parse_args([])
    assert (args.corpus, args.out) == ("seeds", "reports")


def _stub_notebooks(folder: Path) -> list[str]:
    """Two small notebooks that use the parameters the way the real ones do."""
    folder.mkdir()
    parameters = nbformat.v4.new_code_cell(
        'corpus = "../seeds"\noutput = "../reports"', metadata={"tags": ["parameters"]}
    )
    chart = (
        "from pathlib import Path\n"
        "import pandas as pd\n"
        "from IPython.display import Image, display\n"
        "from analysis import charts\n"
        "p = pd.DataFrame({'party': ['Norvik'], 'n': [2], 'net': [0.5], 'net_low': [0.0],\n"
        "                  'net_high': [1.0], 'dominant': ['favor']})\n"
        "svg, png = charts.save_figure(charts.position_chart(p, 'c'), 'net', "
        "Path(output) / 'figures')\n"
        "display(Image(filename=str(png)))"
    )
    cells = {
        "a": [
            nbformat.v4.new_markdown_cell("# A"),
            parameters,
            nbformat.v4.new_code_cell("print('corpus is', corpus)"),
        ],
        "b": [nbformat.v4.new_markdown_cell("# B"), parameters, nbformat.v4.new_code_cell(chart)],
    }
    for name, content in cells.items():
        nbformat.write(nbformat.v4.new_notebook(cells=content), folder / f"{name}.ipynb")
    return list(cells)


def test_build_report_on_stub_notebooks(tmp_path, monkeypatch, capsys):
    """The build machinery alone: injection, figures, one page (that a rebuild gives the same
    bytes is shown on the real notebooks, below)."""

    class Issue:
        name, slug = "Alder road", "alder"

    monkeypatch.setattr(analysis, "load_issue", lambda path: Issue(), raising=False)
    names = _stub_notebooks(tmp_path / "nbs")
    page = report.build_report(
        tmp_path / "corpus",
        "p.csv",
        "a.csv",
        "alder.yaml",
        out=tmp_path / "one",
        notebooks_dir=tmp_path / "nbs",
        notebooks=names,
    )
    assert page.name == "alder.html"
    assert {p.name for p in (tmp_path / "one" / "figures").iterdir()} == {"net.svg", "net.png"}
    text = page.read_text(encoding="utf-8")
    assert "corpus is ../corpus" in text, "injected parameter not used"
    assert "<title>Alder road</title>" in text and "data:image/png;base64" in text
    assert not INPUT_AREA.search(text)
    executed = nbformat.read(tmp_path / "one" / "notebooks" / "a.ipynb", as_version=4)
    assert executed.cells[2].metadata.tags == ["injected-parameters"]
    progress = capsys.readouterr().err.splitlines()
    assert re.fullmatch(r"\[1/2\] a \.\.\. done in \d+\.\d s", progress[0])
    assert re.fullmatch(r"\[2/2\] b \.\.\. done in \d+\.\d s", progress[1])


def test_build_report_keeps_the_failed_notebook(tmp_path, monkeypatch):
    from nbclient.exceptions import CellExecutionError

    monkeypatch.setattr(analysis, "load_issue", lambda path: None, raising=False)
    (tmp_path / "nbs").mkdir()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")])
    nbformat.write(nb, tmp_path / "nbs" / "bad.ipynb")
    with pytest.raises(CellExecutionError):
        report.build_report(
            "c",
            "p",
            "a",
            "i.yaml",
            out=tmp_path / "out",
            notebooks_dir=tmp_path / "nbs",
            notebooks=["bad"],
        )
    failed = nbformat.read(tmp_path / "out" / "notebooks" / "bad.ipynb", as_version=4)
    assert failed.cells[-1].outputs[0].ename == "ZeroDivisionError"


# --------------------------------------------------------------------------- the real build


def _devset_inputs() -> dict[str, Path]:
    # the invented Alder road dispute: the notebooks' defaults are the seed's (run by nbval),
    # so building another dispute's report also shows that nothing of the seed is built in
    data = Path(__file__).resolve().parent / "data" / "devset"
    return {
        "corpus": data / "corpus",
        "parties": data / "parties.csv",
        "actors": data / "actors.csv",
        "issue": data / "issue.yaml",
    }


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    """The devset's report built twice, into two different folders, by two processes at once
    (each one starts its own kernels, so the builds share nothing but the inputs)."""
    outs = [tmp_path_factory.mktemp(run) / "reports" for run in ("first", "second")]
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=spawn) as pool:
        builds = [pool.submit(report.build_report, **_devset_inputs(), out=out) for out in outs]
        first, second = (b.result() for b in builds)
    return first, second


def _files(page: Path) -> dict[str, bytes]:
    out = page.parent
    files = [
        page,
        *sorted((out / "figures").glob("*.svg")),
        *sorted((out / "figures").glob("*.png")),
        *sorted((out / "tables").glob("*")),
    ]
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in files}


def test_report_is_byte_identical_on_rerun(two_builds):
    first, second = (_files(page) for page in two_builds)
    assert first.keys() == second.keys()
    assert sum(name.endswith(".svg") for name in first) >= 4
    assert sum(name.endswith(".png") for name in first) >= 4
    assert sum(name.endswith(".csv") for name in first) == 4
    for name in first:
        assert first[name] == second[name], f"{name} differs between runs"


def test_report_page_is_named_after_the_issue(two_builds):
    page, _ = two_builds
    assert page.name == f"{_devset_inputs()['issue'].stem}.html"
    for name in report.NOTEBOOKS:
        assert (page.parent / "notebooks" / f"{name}.ipynb").is_file()


def test_report_hides_code_and_holds_no_run_details(two_builds):
    page, _ = two_builds
    text = page.read_text(encoding="utf-8")
    assert not INPUT_AREA.search(text)
    assert "import analysis" not in text and "save_figure(" not in text
    assert str(page.parent.parent) not in text, "absolute output path leaked into the page"
    assert str(ROOT) not in text, "absolute project path leaked into the page"
    assert not re.search(r"0x[0-9a-f]{8,}", text), "memory address in the page"
    assert '"output_type": "error"' not in text and "Traceback" not in text
    # All three notebooks are on the page, with their figures embedded.
    assert text.count("<h1") >= 3
    assert text.count("data:image/png;base64") >= 4


def test_the_same_notebooks_build_a_report_for_another_dispute(two_builds):
    """The devset (invented Alder road dispute) through the same notebooks, via parameters."""
    page, _ = two_builds
    html_text = page.read_text(encoding="utf-8")
    assert "Alder road" in html_text
    for party in ("Norvik", "Valdoria", "Estmere"):
        assert party in html_text
    assert "Lachin" not in html_text
    assert sorted(p.name for p in (page.parent / "figures").glob("*.svg")) == [
        "issue-agreement.svg",
        "issue-positions.svg",
        "issue-shares.svg",
        "issue-timeline.svg",
    ]


def test_the_report_saves_the_tables_each_notebook_reads(two_builds):
    """Notebook 1 saves the statements, 2 reads them and saves the stances, 3 reads those and
    saves the positions: one row per statement in each, and positions that count them."""
    tables = two_builds[0].parent / "tables"
    statements = report.read_table(tables / "statements.csv")
    stances = report.read_table(tables / "stances.csv")
    positions = pd.read_csv(tables / "positions.csv")
    assert stances["statement_id"].tolist() == statements["statement_id"].tolist()
    assert str(stances["stance"].dtype) == "category"
    counted = stances[
        (stances["stance"] != "unrelated")
        & (stances["duplicate_of"] == "")
        & ~stances["party"].isin(["unresolved", ""])
    ]
    assert positions.set_index("party")["n"].to_dict() == counted["party"].value_counts().to_dict()


def test_a_saved_table_is_read_back_only_from_the_same_inputs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text("Lind said the road must open.", encoding="utf-8")
    table = pd.DataFrame(
        {
            "statement_id": ["a1-1"],
            "start": [5],
            "end": [28],
            "stance": ["favor"],
            "p_favor": [0.81],
            "duplicate_of": [""],
        }
    )
    with pytest.raises(FileNotFoundError, match="run the notebook"):
        report.load_table(tmp_path / "out", "stances", [corpus])
    report.save_table(table, tmp_path / "out", "stances", [corpus])
    back = report.load_table(tmp_path / "out", "stances", [corpus])
    assert back.equals(table.astype({"stance": back["stance"].dtype}))
    assert back.dtypes["start"] == "int64" and back.dtypes["p_favor"] == "float64"
    # one changed byte, or one more file, in the inputs: the table is stale
    (corpus / "a1.txt").write_text("Lind said the road must close.", encoding="utf-8")
    with pytest.raises(report.StaleTableError):
        report.load_table(tmp_path / "out", "stances", [corpus])
    report.save_table(table, tmp_path / "out", "stances", [corpus])
    (corpus / "a2.txt").write_text("", encoding="utf-8")
    with pytest.raises(report.StaleTableError):
        report.load_table(tmp_path / "out", "stances", [corpus])
