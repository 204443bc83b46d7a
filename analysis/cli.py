"""Command line: ``python -m analysis COMMAND``; the commands are below.

Examples::

    python -m analysis statements seeds -o statements.csv
    python -m analysis evaluate seeds data/annotations/seed_gold.csv statements.csv
    python -m analysis train
    python -m analysis stance statements.csv --issue data/issues/ISSUE.yaml --corpus seeds \
        -o stances.csv
    python -m analysis alignments seeds --statements statements.csv -o alignments.csv
    python -m analysis stance-report
    python -m analysis positions stances.csv
    python -m analysis report --out reports/
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd

from .alignment import ALIGN_WEIGHT, SELF_WEIGHT
from .registry import RegistryError


def _warnings_to_stderr() -> None:
    def show(message, category, filename, lineno, file=None, line=None):
        print(f"warning: {message}", file=sys.stderr)

    warnings.showwarning = show


def _write(table: pd.DataFrame, out: str | None) -> None:
    if out and out != "-":
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(out, index=False)
        print(f"wrote {len(table)} rows to {out}", file=sys.stderr)
    else:
        table.to_csv(sys.stdout, index=False)


def cmd_statements(args: argparse.Namespace) -> int:
    from .corpus import load_corpus
    from .statements import statements

    corpus = load_corpus(args.corpus)
    table = statements(corpus, args.parties, args.actors)
    for f in table.attrs.get("files", []):
        reason = f" ({f['reason']})" if f["reason"] else ""
        print(f"{f['file']}: {f['status']}{reason}", file=sys.stderr)
    _write(table, args.output)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_corpus, format_report

    result = evaluate_corpus(args.corpus, args.gold, args.predictions)
    print(format_report(result))
    return 0


def _read_statements(path: str) -> pd.DataFrame:
    from .report import read_table

    return read_table(path)


def cmd_stance(args: argparse.Namespace) -> int:
    from .alignment import align, alignments
    from .corpus import load_corpus
    from .registry import Registry
    from .stance import classify, load_issue

    table = _read_statements(args.statements)
    corpus = load_corpus(args.corpus) if args.corpus else None
    registry = Registry.load(args.parties, args.actors)
    issue = load_issue(args.issue)
    stances = classify(table, issue, registry, corpus=corpus)
    if corpus is not None:
        relations = alignments(corpus, registry, table, issue)
        stances = align(stances, relations, args.align_weight, args.self_weight)
    _write(stances, args.output)
    return 0


def cmd_alignments(args: argparse.Namespace) -> int:
    from .alignment import alignments
    from .corpus import load_corpus
    from .registry import Registry

    corpus = load_corpus(args.corpus)
    table = _read_statements(args.statements) if args.statements else None
    issue = None
    if args.issue:
        from .stance import load_issue  # only then: without it the command needs no sklearn

        issue = load_issue(args.issue)
    registry = Registry.load(args.parties, args.actors)
    _write(alignments(corpus, registry, table, issue), args.output)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    """Fit the stance model once (about three minutes on two cores); later calls load it."""
    from .stance import MODELS, train

    train()
    print(f"stance model ready in {MODELS}", file=sys.stderr)
    return 0


def cmd_stance_report(args: argparse.Namespace) -> int:
    from .stance import build_pipeline, cross_validate, format_cv, read_cv, write_cv

    if args.saved:
        print(format_cv(read_cv()))
        return 0
    pipeline = build_pipeline(encoder_weight=0) if args.linear_only else build_pipeline()
    if not args.linear_only:
        print(
            "fine-tuning the encoder once per fold: about two minutes a fold on two cores",
            file=sys.stderr,
        )
    result = cross_validate(folds=args.folds, pipeline=pipeline)
    print(format_cv(result))
    if args.save:
        if args.linear_only:
            print("--save keeps only the full model's results; not saved", file=sys.stderr)
            return 2
        print(f"saved to {write_cv(result)}", file=sys.stderr)
    return 0


def cmd_positions(args: argparse.Namespace) -> int:
    from .positions import positions

    table = pd.read_csv(args.stances, dtype=str, keep_default_na=False)
    _write(positions(table), args.output)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("statements", help="extract statements from a corpus folder")
    p.add_argument("corpus")
    p.add_argument("--parties", help="parties.csv (default data/parties.csv)")
    p.add_argument("--actors", help="actors.csv (default data/actors.csv)")
    p.add_argument("-o", "--output", help="CSV to write (default: stdout)")
    p.set_defaults(func=cmd_statements)

    p = sub.add_parser("evaluate", help="score predicted statements against gold")
    p.add_argument("corpus")
    p.add_argument("gold")
    p.add_argument("predictions")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("train", help="fit the stance model (kept in models/ until inputs change)")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("stance", help="classify the stance of each statement")
    p.add_argument("statements", help="CSV written by `statements`")
    p.add_argument("--issue", required=True, help="issue YAML file")
    p.add_argument(
        "--corpus", help="corpus folder (for the article keyword gate and the sides parties take)"
    )
    p.add_argument("--parties")
    p.add_argument("--actors")
    p.add_argument(
        "--align-weight",
        type=float,
        default=ALIGN_WEIGHT,
        help="weight of the sides the corpus says parties take (0: off; needs --corpus)",
    )
    p.add_argument(
        "--self-weight",
        type=float,
        default=SELF_WEIGHT,
        help="weight of a party's other statements in the corpus (0: off; needs --corpus)",
    )
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_stance)

    p = sub.add_parser(
        "alignments", help="sentences of a corpus that say which party backs or opposes which"
    )
    p.add_argument("corpus")
    p.add_argument(
        "--statements", help="CSV written by `statements`: its 'accused …' cues count too"
    )
    p.add_argument(
        "--issue", help="issue YAML: parties that back or fight what its target would end, too"
    )
    p.add_argument("--parties")
    p.add_argument("--actors")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_alignments)

    p = sub.add_parser("stance-report", help="cross-validate the stance model and baselines")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--save", action="store_true", help="write the tables to data/derived/stance-cv")
    p.add_argument("--saved", action="store_true", help="print the saved tables, do not recompute")
    p.add_argument(
        "--linear-only", action="store_true", help="the linear model alone (seconds, not minutes)"
    )
    p.set_defaults(func=cmd_stance_report)

    p = sub.add_parser("positions", help="each party's position from a stances CSV")
    p.add_argument("stances")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_positions)

    try:
        from .report import add_report_arguments, run_report

        p = sub.add_parser("report", help="execute the notebooks and write the HTML report")
        add_report_arguments(p)
        p.set_defaults(func=run_report)
    except ImportError:  # pragma: no cover - report needs the notebook stack
        pass
    return parser


def main(argv: list[str] | None = None) -> int:
    _warnings_to_stderr()
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (RegistryError, FileNotFoundError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
