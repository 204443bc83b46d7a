"""Tests for reading corpus folders, registries and the ``statements`` command line.

Every country, person and sentence here is invented.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.corpus import CorpusWarning
from analysis.registry import Registry, RegistryError

ROOT = Path(__file__).resolve().parent.parent

LEDE = "Lind said the road must open before the winter comes.\n"
CYRILLIC = "Министр Линд заявила, что дорога должна быть открыта до зимы."

PAGE = """<html><head><title>Baltwire</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">Worldmenu</a></li>
<li><a href="/sub">Subscribezone</a></li></ul></nav>
<header><div class="logo">Baltwire Headerbrand</div></header>
<article>
<h1>Norvik demands reopening of Alder road</h1>
<p>Norvik's Prime Minister Sofia Lind on Friday urged Valdoria to lift its checkpoint on the
Alder road, the only route between Norvik and the Fenn valley.</p>
<p>"People in the valley are rationing bread. This road must be opened today, not after
another round of talks," Lind said in a televised address.</p>
<p>Estmere, which brokered the Kessel accord, said it was ready to host talks between the two
sides in the coming weeks.</p>
</article>
<footer><p>Copyright Footerword 2032. All rights reserved. Contact Footermail.</p></footer>
</body></html>
"""


def files_status(corpus: pd.DataFrame) -> dict[str, str]:
    return {f["file"]: f["status"] for f in corpus.attrs["files"]}


def write_registry(
    folder: Path, actors: str = "actor,party,aliases\nSofia Lind,Norvik,Lind\n"
) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    parties = folder / "parties.csv"
    parties.write_text(
        "party,aliases\nNorvik,Norvikian|Norvik's|Norhaven\nValdoria,Valdorian|Valdoria's|Torre\n",
        encoding="utf-8",
    )
    actors_path = folder / "actors.csv"
    actors_path.write_text(actors, encoding="utf-8")
    return parties, actors_path


# =======================================================================================
# load_corpus
# =======================================================================================
def test_plain_text_file_is_read(tmp_path):
    (tmp_path / "a1.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "a2.md").write_text("Aro said the checkpoint would stay.\n", encoding="utf-8")
    corpus = analysis.load_corpus(tmp_path)
    assert list(corpus["article_id"]) == ["a1", "a2"]
    assert corpus.loc[0, "text"] == LEDE
    assert files_status(corpus) == {"a1.txt": "read", "a2.md": "read"}


def test_binary_file_is_skipped_with_warning(tmp_path):
    (tmp_path / "a1.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(bytes(range(256)) * 8)
    with pytest.warns(CorpusWarning, match=r"scan\.txt"):
        corpus = analysis.load_corpus(tmp_path)
    assert list(corpus["article_id"]) == ["a1"]
    entry = next(f for f in corpus.attrs["files"] if f["file"] == "scan.txt")
    assert entry["status"] == "skipped"
    assert "binary" in entry["reason"]


def test_cp1251_file_is_decoded_with_warning(tmp_path):
    (tmp_path / "ru.txt").write_bytes(CYRILLIC.encode("cp1251"))
    with pytest.warns(CorpusWarning, match=r"ru\.txt.*cp1251"):
        corpus = analysis.load_corpus(tmp_path)
    assert corpus.loc[0, "text"] == CYRILLIC
    assert corpus.loc[0, "encoding"] == "cp1251"
    entry = corpus.attrs["files"][0]
    assert entry == {"file": "ru.txt", "status": "read-with-warning", "reason": "decoded as cp1251"}


def test_unsupported_extension_is_skipped_with_warning(tmp_path):
    (tmp_path / "a1.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 Lind said the road must open.")
    with pytest.warns(CorpusWarning, match=r"report\.pdf"):
        corpus = analysis.load_corpus(tmp_path)
    assert list(corpus["article_id"]) == ["a1"]
    entry = next(f for f in corpus.attrs["files"] if f["file"] == "report.pdf")
    assert entry["status"] == "skipped"
    assert ".pdf" in entry["reason"]


def test_html_main_text_without_boilerplate(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    corpus = analysis.load_corpus(tmp_path)
    assert files_status(corpus) == {"page.html": "read"}
    text = corpus.loc[0, "text"]
    assert "urged Valdoria to lift its checkpoint" in text
    assert "People in the valley are rationing bread." in text
    assert "ready to host talks" in text
    for boilerplate in ["Worldmenu", "Subscribezone", "Headerbrand", "Footerword", "Footermail"]:
        assert boilerplate not in text


def test_metadata_from_articles_csv(tmp_path):
    (tmp_path / "a1.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        "article_id,published,source,speaker\na1,2032-10-01,Baltwire,\n", encoding="utf-8"
    )
    corpus = analysis.load_corpus(tmp_path)
    assert corpus.loc[0, ["published", "source", "speaker"]].tolist() == [
        "2032-10-01",
        "Baltwire",
        "",
    ]
    assert files_status(corpus) == {"a1.txt": "read", "articles.csv": "metadata"}


def test_metadata_row_without_file_warns(tmp_path):
    (tmp_path / "a1.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        "article_id,published,source,speaker\na1,2032-10-01,Baltwire,\na9,2032-10-02,Baltwire,\n",
        encoding="utf-8",
    )
    with pytest.warns(CorpusWarning, match="a9"):
        analysis.load_corpus(tmp_path)


@pytest.mark.parametrize(
    "row, problem",
    [
        ("a2,2032-13-45,Baltwire,", "2032-13-45"),
        ("a2,2 October 2032,Baltwire,", "ISO date"),
        ("a2,2032-10-02,Baltwire", "expected 4 fields"),
        ("a2,2032-10-02,Baltwire,,extra", "expected 4 fields"),
    ],
)
def test_malformed_articles_csv(tmp_path, row, problem):
    (tmp_path / "a1.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        f"article_id,published,source,speaker\na1,2032-10-01,Baltwire,\n{row}\n", encoding="utf-8"
    )
    with pytest.raises(RegistryError) as err:
        analysis.load_corpus(tmp_path)
    message = str(err.value)
    assert "articles.csv:3" in message
    assert problem in message


def test_statements_from_folder_uses_metadata(tmp_path):
    (tmp_path / "a1.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "s1.txt").write_text(
        "Statement by Prime Minister Sofia Lind\n\nNorvik will not accept any checkpoint on "
        "the Alder road.\n",
        encoding="utf-8",
    )
    (tmp_path / "articles.csv").write_text(
        "article_id,published,source,speaker\na1,2032-10-01,Baltwire,\n"
        "s1,2032-10-02,Office of the Prime Minister of Norvik,Sofia Lind\n",
        encoding="utf-8",
    )
    parties, actors = write_registry(tmp_path / "reg")
    table = analysis.statements(tmp_path, registry=Registry.load(parties, actors))
    assert table[["article_id", "text", "kind", "actor", "party", "date"]].values.tolist() == [
        [
            "a1",
            "the road must open before the winter comes",
            "indirect",
            "Sofia Lind",
            "Norvik",
            "2032-10-01",
        ],
        [
            "s1",
            "Norvik will not accept any checkpoint on the Alder road.",
            "own-voice",
            "Sofia Lind",
            "Norvik",
            "2032-10-02",
        ],
    ]
    assert [f["file"] for f in table.attrs["files"]] == ["a1.txt", "articles.csv", "s1.txt"]


# =======================================================================================
# Registries
# =======================================================================================
def test_registry_load(tmp_path):
    registry = Registry.load(*write_registry(tmp_path))
    assert registry.find_party("officials in Torre") == "Valdoria"
    assert registry.find_actor("Prime Minister Lind") == "Sofia Lind"


def test_lower_case_alias_also_matches_at_a_sentence_start(tmp_path):
    parties, actors = write_registry(
        tmp_path, "actor,party,aliases\nNorvik Press Office,Norvik,the prime minister's office\n"
    )
    registry = Registry.load(parties, actors)
    assert registry.find_actor("The prime minister's office said") == "Norvik Press Office"
    assert registry.find_actor("the prime minister's office said") == "Norvik Press Office"
    assert registry.find_actor("The prime ministers' offices") is None


def test_actor_with_unknown_party(tmp_path):
    parties, actors = write_registry(
        tmp_path, "actor,party,aliases\nSofia Lind,Norvik,Lind\nPiet Aro,Valdria,Aro\n"
    )
    with pytest.raises(RegistryError) as err:
        Registry.load(parties, actors)
    message = str(err.value)
    assert "actors.csv:3" in message
    assert "Valdria" in message


def test_an_actor_of_no_party_is_kept_with_an_empty_party(tmp_path):
    """A private person or an independent expert may be registered without a party: their
    words are theirs, and no country's."""
    parties, actors = write_registry(
        tmp_path, "actor,party,aliases\nSofia Lind,Norvik,Lind\nMira Aro,,Aro\n"
    )
    registry = Registry.load(parties, actors)
    corpus = pd.DataFrame(
        {
            "article_id": ["a1"],
            "text": ['"My son waits two hours for the bus," said Mira Aro, a mother of three.\n'],
            "published": ["2032-10-01"],
            "source": ["Baltwire"],
            "speaker": [""],
        }
    )
    table = analysis.statements(corpus, registry=registry)
    assert table[["actor", "party"]].values.tolist() == [["Mira Aro", ""]]


@pytest.mark.parametrize(
    "content, line, problem",
    [
        ("party,aliases\nNorvik,Norvikian\nValdoria,Torre,extra\n", 3, "expected 2 fields"),
        ("party,aliases\nNorvik,Norvikian\n,Torre\n", 3, "empty party"),
        ("name,aliases\nNorvik,Norvikian\n", 1, "missing column"),
    ],
)
def test_malformed_parties_csv(tmp_path, content, line, problem):
    parties, actors = write_registry(tmp_path)
    parties.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        Registry.load(parties, actors)
    message = str(err.value)
    assert f"parties.csv:{line}" in message
    assert problem in message


def test_malformed_actors_csv_field_count(tmp_path):
    parties, actors = write_registry(
        tmp_path, "actor,party,aliases\nSofia Lind,Norvik,Lind\nPiet Aro,Valdoria\n"
    )
    with pytest.raises(RegistryError, match=r"actors\.csv:3: expected 3 fields"):
        Registry.load(parties, actors)


# =======================================================================================
# Command line
# =======================================================================================
def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_statements_lists_files_and_writes_csv(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(LEDE, encoding="utf-8")
    (corpus / "junk.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    (corpus / "articles.csv").write_text(
        "article_id,published,source,speaker\na1,2032-10-01,Baltwire,\n", encoding="utf-8"
    )
    parties, actors = write_registry(tmp_path / "reg")
    out = tmp_path / "out" / "statements.csv"
    result = run_cli(
        "statements",
        str(corpus),
        "--parties",
        str(parties),
        "--actors",
        str(actors),
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert "a1.txt: read" in lines
    assert "articles.csv: metadata" in lines
    assert "junk.txt: skipped (binary file)" in lines
    assert "notes.docx: skipped (unsupported extension .docx)" in lines
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert table[["article_id", "text", "actor", "party", "date", "source"]].values.tolist() == [
        [
            "a1",
            "the road must open before the winter comes",
            "Sofia Lind",
            "Norvik",
            "2032-10-01",
            "Baltwire",
        ],
    ]


def test_cli_malformed_registry_exits_2(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(LEDE, encoding="utf-8")
    parties, actors = write_registry(
        tmp_path / "reg", "actor,party,aliases\nSofia Lind,Nowhere,Lind\n"
    )
    out = tmp_path / "statements.csv"
    result = run_cli(
        "statements",
        str(corpus),
        "--parties",
        str(parties),
        "--actors",
        str(actors),
        "-o",
        str(out),
    )
    assert result.returncode == 2
    assert "error:" in result.stderr
    assert "actors.csv:2" in result.stderr
    assert not out.exists()
