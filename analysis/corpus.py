"""Read a corpus folder: one article per file, plus optional ``articles.csv`` metadata.

Every file in the folder is accounted for in ``corpus.attrs["files"]``: read,
read with a warning (e.g. decoded as cp1251), or skipped with the reason.

>>> corpus = load_corpus("tests/data/devset/corpus")   # doctest: +SKIP
>>> corpus[["article_id", "published", "speaker"]].head(2)   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pandas as pd

from .registry import RegistryError, read_csv_checked

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
META_FILE = "articles.csv"
META_COLUMNS = ["article_id", "published", "source", "url", "speaker"]
COLUMNS = ["article_id", "text", "published", "source", "url", "speaker", "path", "encoding"]


class CorpusWarning(UserWarning):
    """A file was skipped or read with a fallback; the message names it."""


def _warn(message: str) -> None:
    warnings.warn(message, CorpusWarning, stacklevel=3)


def _looks_binary(raw: bytes) -> bool:
    if b"\x00" in raw[:8192]:
        return True
    sample = raw[:8192]
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    return bool(sample) and controls / len(sample) > 0.05


def _guess_8bit(raw: bytes) -> str:
    """cp1251 when high bytes come in runs (whole Cyrillic words), else cp1252.

    Western text has isolated accented letters inside ASCII words ("café");
    Cyrillic text in cp1251 has words made only of high bytes.
    """
    high = [i for i, b in enumerate(raw) if b >= 0x80]
    if not high:
        return "ascii"
    runs = sum(
        (i > 0 and raw[i - 1] >= 0x80) or (i + 1 < len(raw) and raw[i + 1] >= 0x80) for i in high
    )
    return "cp1251" if runs / len(high) > 0.5 else "cp1252"


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Decode bytes as UTF-8, else as a guessed 8-bit code page (with a warning)."""
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _guess_8bit(raw)
    _warn(f"{name}: not UTF-8; decoded as {encoding}")
    return raw.decode(encoding, errors="replace"), encoding


def html_main_text(html: str) -> str | None:
    """The main text of a web page, without navigation and boilerplate (trafilatura)."""
    import trafilatura

    return trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        favor_precision=True,
    )


def read_article(path: Path) -> tuple[str | None, str, str]:
    """(text or None, status, reason) for one file."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        return None, "skipped", f"unreadable: {err.strerror or err}"
    if _looks_binary(raw):
        return None, "skipped", "binary file"
    text, encoding = decode(raw, str(path))
    status = "read" if encoding in ("utf-8", "ascii") else "read-with-warning"
    reason = "" if status == "read" else f"decoded as {encoding}"
    if path.suffix.lower() in HTML_SUFFIXES:
        main = html_main_text(text)
        if not main or not main.strip():
            return None, "skipped", "no main text found in HTML"
        text = main
    if not text.strip():
        return None, "skipped", "empty file"
    return text, status, reason


def _check_date(value: str, where: str) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise RegistryError(
            f"{where}: published {value!r} is not an ISO date (YYYY-MM-DD)"
        ) from None


def read_metadata(folder: Path) -> pd.DataFrame:
    """``articles.csv`` as a frame indexed by article_id (empty when absent)."""
    path = folder / META_FILE
    if not path.exists():
        return pd.DataFrame(columns=META_COLUMNS).set_index("article_id")
    rows = read_csv_checked(path, ["article_id"])
    records = []
    seen = set()
    for line, row in rows:
        where = f"{path}:{line}"
        if not row.get("article_id"):
            raise RegistryError(f"{where}: empty article_id")
        if row["article_id"] in seen:
            raise RegistryError(f"{where}: duplicate article_id {row['article_id']!r}")
        seen.add(row["article_id"])
        row["published"] = _check_date(row.get("published", ""), where)
        records.append({c: row.get(c, "") for c in META_COLUMNS})
    return pd.DataFrame(records, columns=META_COLUMNS).set_index("article_id")


def load_corpus(folder: str | Path) -> pd.DataFrame:
    """One row per readable article in ``folder``; ``attrs["files"]`` lists every file.

    Columns: article_id (file stem), text (as loaded; offsets refer to it), published,
    source, url, speaker (from ``articles.csv``), path, encoding.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {folder}")
    meta = read_metadata(folder)
    files, records = [], []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        if path.name == META_FILE:
            files.append({"file": path.name, "status": "metadata", "reason": ""})
            continue
        if path.name.startswith("."):
            files.append({"file": path.name, "status": "skipped", "reason": "hidden file"})
            continue
        if path.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
            reason = f"unsupported extension {path.suffix or '(none)'}"
            _warn(f"{path}: skipped, {reason}")
            files.append({"file": path.name, "status": "skipped", "reason": reason})
            continue
        text, status, reason = read_article(path)
        files.append({"file": path.name, "status": status, "reason": reason})
        if text is None:
            _warn(f"{path}: skipped, {reason}")
            continue
        info = meta.loc[path.stem] if path.stem in meta.index else {}
        records.append(
            {
                "article_id": path.stem,
                "text": text,
                "published": info.get("published", "") if len(info) else "",
                "source": info.get("source", "") if len(info) else "",
                "url": info.get("url", "") if len(info) else "",
                "speaker": info.get("speaker", "") if len(info) else "",
                "path": str(path),
                "encoding": reason.removeprefix("decoded as ") or "utf-8",
            }
        )
    ids = [r["article_id"] for r in records]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"{folder}: several files share the article_id(s) {dupes}")
    for article_id in sorted(set(meta.index) - set(ids)):
        _warn(f"{folder / META_FILE}: no readable file for article_id {article_id!r}")
    corpus = pd.DataFrame(records, columns=COLUMNS).fillna("")
    corpus.attrs["files"] = files
    return corpus
