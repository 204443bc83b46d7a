"""Stance: masking, denial scope, the model's outputs, determinism, the keyword gate."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from analysis.registry import Registry
from analysis.stance import (
    ANNOTATIONS,
    LABELS,
    Issue,
    StaleResultsError,
    StatementMasker,
    build_pipeline,
    classify,
    cross_validate,
    load_annotations,
    load_issue,
    mark_scope,
    mask,
    read_cv,
    write_cv,
)

ISSUE = Issue(
    "Alder road",
    "unimpeded passage along the Alder road",
    ["Alder road", "checkpoint", "road", "blockade", "passage"],
    "alder",
)
REGISTRY = Registry.from_frames(
    pd.DataFrame({"party": ["Norvik", "Valdoria"], "aliases": ["Norvikian", "Valdorian|Torre"]}),
    pd.DataFrame({"actor": ["Sofia Lind"], "party": ["Norvik"], "aliases": ["Lind"]}),
)


def _statements(texts, cues, article="a1"):
    return pd.DataFrame(
        {
            "article_id": article,
            "statement_id": [f"{article}:{i}" for i in range(len(texts))],
            "text": texts,
            "cue": cues,
            "party": "Norvik",
            "duplicate_of": "",
        }
    )


def test_mask_hides_issue_party_and_actor_names():
    out = mask(
        "Torre must reopen the Alder road, Valdorian officials told Lind's aide",
        ["Alder road"],
        ["Valdoria", "Valdorian", "Torre"],
        ["Lind"],
    )
    assert out == "PARTY must reopen the TARGET, PARTY officials told ACTOR aide"


def test_denial_and_negation_scope():
    tokens = mark_scope("the road is not blocked", "denied").split()
    assert "DENY_NOT_blocked" in tokens and "CUE_denial" in tokens
    assert "NOT_blocked" in mark_scope("the road is not blocked", "said").split()


def test_classify_adds_probabilities_that_sum_to_one(stance_model):
    table = classify(
        _statements(
            [
                "Valdoria must lift the checkpoint on the Alder road now.",
                "The road is open to all civilian traffic.",
            ],
            ["urged", "said"],
        ),
        ISSUE,
        REGISTRY,
        model=stance_model,
    )
    probs = table[[f"p_{lab}" for lab in LABELS]]
    assert ((probs.sum(axis=1) - 1).abs() < 1e-3).all()
    assert list(table["stance"].cat.categories) == LABELS
    assert (table["confidence"] == probs.max(axis=1)).all()
    assert table["evidence"].str.len().gt(0).all()


def test_articles_that_never_mention_the_issue_are_unrelated(stance_model):
    table = classify(
        _statements(["Valdoria must stop its provocations at once."], ["said"]),
        ISSUE,
        REGISTRY,
        model=stance_model,
    )
    assert table["stance"].tolist() == ["unrelated"]
    assert table["p_unrelated"].tolist() == [1.0]


def test_masking_makes_the_model_blind_to_names(stance_model):
    a = classify(
        _statements(["Valdoria must lift the checkpoint on the Alder road."], ["urged"]),
        ISSUE,
        REGISTRY,
        model=stance_model,
    )
    b = classify(
        _statements(["Norvik must lift the checkpoint on the Alder road."], ["urged"]),
        ISSUE,
        REGISTRY,
        model=stance_model,
    )
    assert a["p_favor"].tolist() == b["p_favor"].tolist()


def test_training_is_deterministic():
    data = load_annotations().head(200)
    y = data["stance"].astype(str)
    p1 = build_pipeline(encoder_weight=0).fit(data, y).predict_proba(data)
    p2 = build_pipeline(encoder_weight=0).fit(data, y).predict_proba(data)
    assert (p1 == p2).all()


def test_fine_tuning_is_seeded_and_learns():
    from analysis.encoder import EncoderClassifier

    data = load_annotations().sample(64, random_state=0)
    X = StatementMasker().transform(data)
    y = data["stance"].astype(str).to_numpy()
    a = EncoderClassifier(epochs=3).fit(X, y)
    b = EncoderClassifier(epochs=3).fit(X, y)
    pa = a.predict_proba(X)
    assert pa.shape == (64, 4) and np.allclose(pa.sum(axis=1), 1)
    assert np.array_equal(pa, b.predict_proba(X))
    # three epochs of adapters on the training rows already beat the majority class on them
    assert (a.predict(X) == y).mean() > pd.Series(y).value_counts(normalize=True).max() + 0.1
    # refitted in place (one epoch is enough), b predicts anew: its network is rebuilt, not
    # reused
    b.set_params(seed=1, epochs=1).fit(X, y)
    assert not np.array_equal(pa, b.predict_proba(X))


def test_feature_names_follow_a_refit_vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from analysis.stance import _feature_names

    tfidf = TfidfVectorizer().fit(["the road must reopen"])
    assert list(_feature_names(tfidf)) == ["must", "reopen", "road", "the"]
    tfidf.fit(["the border stays closed"])
    assert list(_feature_names(tfidf)) == ["border", "closed", "stays", "the"]


def test_fitted_encoder_weights_are_kept_and_reused(tmp_path, monkeypatch):
    from analysis.encoder import EncoderClassifier

    data = load_annotations().sample(48, random_state=1)
    X = StatementMasker().transform(data)
    y = data["stance"].astype(str).to_numpy()
    a = EncoderClassifier(epochs=1, memory=tmp_path).fit(X, y)
    assert list(tmp_path.glob("encoder-*.joblib")) == [a.weights_path_]
    # only what was trained is kept (adapters, layer norms, head), not the packaged weights
    assert all(k.endswith((".a", ".b")) or ".ln" in k or "head" in k for k in a.state_)
    assert 1e5 < sum(v.size for v in a.state_.values()) < 1e6
    # the same rows, labels and parameters load the weights: no training happens (the
    # optimiser is replaced, not the training code, which is part of the weights' key)
    import torch

    monkeypatch.setattr(torch.optim, "AdamW", lambda *args, **kw: pytest.fail("trained"))
    b = EncoderClassifier(epochs=1, memory=tmp_path).fit(X, y)
    assert b.weights_path_ == a.weights_path_
    assert np.array_equal(a.predict_proba(X), b.predict_proba(X))
    # other labels or other parameters are another model
    for changed in (
        EncoderClassifier(epochs=1, seed=1, memory=tmp_path),
        EncoderClassifier(epochs=2, memory=tmp_path),
    ):
        with pytest.raises(pytest.fail.Exception, match="trained"):
            changed.fit(X, y)
    with pytest.raises(pytest.fail.Exception, match="trained"):
        EncoderClassifier(epochs=1, memory=tmp_path).fit(X, np.roll(y, 1))


def test_the_model_uses_the_committed_encoder_weights(stance_model):
    """``data/derived/encoder`` holds the encoder's weights for today's annotations; when the
    annotations change, ``python -m analysis train`` trains new ones, to be committed."""
    import re
    import subprocess

    import torch

    from analysis.stance import ENCODER_WEIGHTS

    pinned = re.search(r"torch==([\d.]+)", (ENCODER_WEIGHTS.parents[2] / "Makefile").read_text())
    if torch.__version__.split("+")[0] != pinned.group(1):
        pytest.skip(f"the committed weights are for PyTorch {pinned.group(1)}")
    used = stance_model.named_steps["model"].named_estimators_["encoder"].weights_path_
    assert used.parent == ENCODER_WEIGHTS and used.is_file()
    listed = subprocess.run(
        ["git", "ls-files", "--", str(ENCODER_WEIGHTS)],
        cwd=ENCODER_WEIGHTS.parent,
        capture_output=True,
        text=True,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    assert used.name in listed.stdout, f"{used.name} is not committed: commit it"


def test_the_models_fingerprint_covers_every_module_it_is_made_with():
    """A saved model or cross-validation is reused while its fingerprint is unchanged, so the
    fingerprint must read every module of the package that the model's code imports: a change
    to the masking in registry.py once went unseen in a working tree (the model was reused)
    while a fresh clone retrained."""
    import ast

    from analysis import stance

    package = Path(stance.__file__).parent
    seen, todo = set(), ["stance.py"]
    while todo:
        name = todo.pop()
        seen.add(name)
        tree = ast.parse((package / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                module = node.module.split(".")[0] + ".py"
                if module not in seen:
                    todo.append(module)
    assert seen <= set(stance.MODEL_CODE), sorted(seen - set(stance.MODEL_CODE))


def test_annotations_cover_every_label_and_are_invented():
    data = load_annotations()
    assert len(data) >= 400
    assert set(data["stance"].astype(str)) == set(LABELS)
    invented = data[data["dispute"] != "lachin"]
    assert not invented["text"].str.contains("Armenia|Azerbaij|Lachin|Baku|Yerevan").any()


def test_cross_validation_beats_both_baselines():
    # the linear model alone, on every eighth dispute (kept whole, so that each party's other
    # statements in an article are there for the context), in three folds to keep the suite
    # short: the full model's 5-fold CV (an hour) on all annotations is saved, see the next test
    data = load_annotations()
    disputes = sorted(data["dispute"].unique())[::8]
    data = data[data["dispute"].isin(disputes)].reset_index(drop=True)
    result = cross_validate(data, folds=3, pipeline=build_pipeline(encoder_weight=0))
    s = result["summary"].set_index("system")
    assert s.loc["model", "macro_f1"] > s.loc["lexicon", "macro_f1"] + 0.1
    assert s.loc["model", "macro_f1"] > s.loc["majority", "macro_f1"] + 0.3
    assert result["confusion"]["model"].to_numpy().sum() == result["n"]
    # speaker context changes only statements that name their party (the gold-derived rows),
    # and it must change some of them, each towards its party's other statements
    pred = result["predictions"]
    with_party = data.set_index("id").loc[pred["id"], "party"].ne("").to_numpy()
    changed = (pred["model"] != pred["model+context"]).to_numpy()
    assert not changed[~with_party].any()
    assert changed[with_party].sum() > 10
    assert s.loc["model+context", "macro_f1"] > s.loc["model", "macro_f1"]


def test_saved_cross_validation_is_current_and_meets_the_target():
    """The saved CV of the full model was computed from today's annotations and code."""
    result = read_cv()  # raises StaleResultsError when annotations or code changed since
    s = result["summary"].set_index("system")
    # The issue asks for 0.85. The 9,719 rows taken from gold sets (statements as they stand
    # in articles) are harder than the written ones: over all 11,518 rows the model alone
    # scores 0.828 (0.821 on the gold rows, 0.859 on the written and seed rows). A floor:
    assert s.loc["model", "macro_f1"] >= 0.82
    # The classifier as `classify` applies it, with each speaker's other statements in the
    # article, is what the tool reports; it meets the target
    assert s.loc["model+context", "macro_f1"] >= 0.85
    pred = result["predictions"]
    frames = load_annotations().set_index("id")["frame"]
    written = pred[pred["id"].map(frames) != "gold"]
    assert f1_score(written["stance"].astype(str), written["model"], average="macro") >= 0.85
    assert result["n"] == len(load_annotations())
    pred = result["predictions"]
    assert (pred["stance"] == pred["model"]).mean() == pytest.approx(
        np.trace(result["confusion"]["model"].to_numpy()) / result["n"]
    )


def test_stale_cross_validation_is_refused(tmp_path):
    result = cross_validate(
        load_annotations().head(60), folds=2, pipeline=build_pipeline(encoder_weight=0)
    )
    folder = write_cv(result, tmp_path / "cv")
    assert read_cv(folder)["summary"].equals(result["summary"])
    stamp = folder / "stamp.yaml"
    stamp.write_text(stamp.read_text().replace("inputs: ", "inputs: old-"))
    with pytest.raises(StaleResultsError, match="rerun"):
        read_cv(folder)


def test_load_issue_rejects_a_file_without_target(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("name: X\nkeywords: [a]\n")
    with pytest.raises(ValueError, match="bad.yaml"):
        load_issue(p)


def test_speaker_context_pulls_an_ambiguous_statement_towards_its_party():
    from analysis.stance import speaker_context

    table = pd.DataFrame(
        {"article_id": ["a"] * 4, "party": ["Valdoria", "Valdoria", "Valdoria", "unresolved"]}
    )
    P = np.array(
        [
            [0.30, 0.25, 0.15, 0.30],  # ambiguous
            [0.05, 0.85, 0.05, 0.05],
            [0.10, 0.80, 0.05, 0.05],
            [0.30, 0.25, 0.15, 0.30],
        ]
    )  # no party: left alone
    out = speaker_context(table, P, 0.5)
    assert out[0].argmax() == 1 and P[0].argmax() != 1
    assert np.allclose(out.sum(axis=1), 1)
    assert np.array_equal(out[3], P[3])
    assert np.array_equal(speaker_context(table, P, 0.0)[0], P[0])


def test_speaker_context_leaves_a_partys_other_topics_alone():
    """A side that speaks on the dispute may speak on a congress too: that stays unrelated."""
    from analysis.stance import speaker_context

    table = pd.DataFrame({"article_id": ["a"] * 3, "party": ["Valdoria"] * 3})
    P = np.array(
        [
            [0.05, 0.30, 0.05, 0.60],  # the congress
            [0.02, 0.95, 0.02, 0.01],
            [0.02, 0.95, 0.02, 0.01],
        ]
    )
    out = speaker_context(table, P, 1.0)
    assert out[0].argmax() == 3
    assert np.isclose(out[0, 3], P[0, 3])
    assert out[0, 1] > P[0, 1]  # its stance, if any, is read with the party's


def test_gold_rows_in_the_annotations_are_reproduced_by_their_script():
    from gold_to_annotations import gold_rows

    stored = pd.read_csv(ANNOTATIONS, dtype=str, keep_default_na=False)
    folder = Path(__file__).parent / "data" / "heldout_ferry"
    rows = gold_rows(folder)
    assert len(rows) >= 30
    assert set(rows["frame"]) == {"gold"}
    mine = stored[stored["dispute"] == "heldout_ferry"].reset_index(drop=True)
    pd.testing.assert_frame_equal(rows.reset_index(drop=True), mine[rows.columns])
    # the devset measures the model and is never among its training rows
    devset = pd.read_csv(folder.parent / "devset" / "gold.csv", dtype=str)
    assert not set(devset["text"]) & set(stored["text"])


def test_gold_rows_whose_text_is_a_devset_gold_text_are_left_out(tmp_path):
    from gold_to_annotations import DEVSET_GOLD, without_measured

    devset = pd.read_csv(DEVSET_GOLD, dtype=str, keep_default_na=False)
    shared = devset["text"].iloc[3]
    rows = pd.DataFrame({"text": ["A text no gold set has, about the Ostrava ferry.", shared]})
    assert list(without_measured(rows)["text"]) == [rows["text"].iloc[0]]
    # any measuring gold file can be given
    other = tmp_path / "gold.csv"
    pd.DataFrame({"text": [rows["text"].iloc[0]]}).to_csv(other, index=False)
    assert list(without_measured(rows, other)["text"]) == [shared]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("We firmly reject the allegation that Norvik is cut off.", "rejected", "party"),
        ("Claims that the checkpoint is a pretext are simply false.", "rejected", "pretext"),
        ("It is not true that our barges were turned away.", "denied", "barges"),
    ],
)
def test_a_rejection_in_the_statements_own_words_reads_as_a_reported_denial(text, cue, content):
    X = pd.DataFrame(
        {
            "text": [text, "The road must reopen."],
            "cue": ["", ""],
            "targets": [[], []],
            "parties": [["Norvik"], ["Norvik"]],
            "actors": [[], []],
            "keywords": [["road"], ["road"]],
        }
    )
    out = StatementMasker().transform(X)
    assert list(out["cue"]) == [cue, ""]
    scoped = out["scoped"].iloc[0].split()
    # the claimed clause is scoped as denied, and the rejection's own words are gone
    assert f"DENY_{content}" in scoped or f"DENY_NOT_{content}" in scoped
    assert not {"reject", "false", "true", "DENY_reject"} & set(scoped)
    assert "CUE_voice" in out["scoped"].iloc[1]


def test_cli_train_builds_or_loads_the_model_that_classify_uses(stance_model, capsys):
    from analysis.cli import main
    from analysis.stance import MODELS

    assert main(["train"]) == 0
    assert str(MODELS) in capsys.readouterr().err
    # the cached model is the one the tests use: one file, keyed on the inputs
    assert len(list(MODELS.glob("stance-*.joblib"))) == 1
