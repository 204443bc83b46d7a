"""Stance of each statement on an issue: a soft vote of a calibrated linear model and a
fine-tuned sentence encoder, both reading masked text.

Labels: favor, against, neutral (about the issue, taking no side), unrelated.

Before features are made, the issue's own names and every registry name are masked
(TARGET, PARTY, ACTOR), so the model learns the language of stance, not who speaks.

>>> issue = load_issue("data/issues/ISSUE.yaml")                       # doctest: +SKIP
>>> stances = classify(statements_table, issue)                        # doctest: +SKIP
>>> stances[["party", "stance", "confidence", "evidence"]]             # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import re
import weakref
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import yaml
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import VotingClassifier
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import LinearSVC

from .embed import Embedder
from .encoder import EncoderClassifier
from .registry import DATA, Registry

LABELS = ["favor", "against", "neutral", "unrelated"]
STANCE_DTYPE = pd.CategoricalDtype(LABELS)
ANNOTATIONS = DATA / "annotations" / "stance.csv"
DISPUTES = DATA / "annotations" / "disputes.yaml"
MODELS = Path(__file__).resolve().parent.parent / "models"
# the fine-tuned encoder's weights for the annotations as they are (small: committed)
ENCODER_WEIGHTS = DATA / "derived" / "encoder"
SEED = 0


# ---------------------------------------------------------------------------------------
# Issues
# ---------------------------------------------------------------------------------------
@dataclass
class Issue:
    """What stances are about: a name, a target proposition and keywords."""

    name: str
    target: str
    keywords: list[str] = field(default_factory=list)
    slug: str = "issue"

    def mentioned_in(self, text: str) -> bool:
        """Whether any keyword (or the name) occurs in ``text`` (case-insensitive)."""
        return bool(keyword_pattern(self).search(text))


def keyword_pattern(issue: Issue) -> re.Pattern:
    terms = sorted({t for t in [issue.name, *issue.keywords] if t}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)", re.I)


def load_issue(path: str | Path) -> Issue:
    """Read an issue file (YAML with ``name``, ``target``, ``keywords``)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ValueError(f"{path}: cannot read issue file ({err})") from err
    if not isinstance(data, dict) or not data.get("name") or not data.get("target"):
        raise ValueError(f"{path}: an issue file needs 'name' and 'target'")
    keywords = data.get("keywords") or []
    if not isinstance(keywords, list):
        raise ValueError(f"{path}: 'keywords' must be a list")
    return Issue(str(data["name"]), str(data["target"]), [str(k) for k in keywords], path.stem)


# ---------------------------------------------------------------------------------------
# Masking and features
# ---------------------------------------------------------------------------------------
def target_terms(issue: Issue) -> list[str]:
    """The issue's own names: its name and the keywords written as proper names."""
    return sorted({t for t in [issue.name, *issue.keywords] if t and t[:1].isupper()})


def mask(text: str, targets: list[str], parties: list[str], actors: list[str]) -> str:
    """Replace the issue's names by TARGET, party names by PARTY, actor names by ACTOR.

    >>> mask("Valdoria must reopen the Alder road, Lind said", ["Alder road"], ["Valdoria"],
    ...      ["Lind"])
    'PARTY must reopen the TARGET, ACTOR said'
    """
    for tag, names in (("TARGET", targets), ("ACTOR", actors), ("PARTY", parties)):
        names = sorted({n for n in names if n}, key=len, reverse=True)
        if names:
            pattern = (
                r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?:['’]s)?(?![\w-])"
            )
            text = re.sub(pattern, tag, text, flags=re.I if tag == "TARGET" else 0)
    return text


CUE_CLASSES = [
    ("denial", r"denied|denies|rejected|rejects|dismissed|dismisses|refuted"),
    (
        "demand",
        r"urged|urges|urging|encourag|called on|called for|calls on|calls for|demanded|demands"
        r"|requested|requests|appealed|pressed|asked",
    ),
    ("concern", r"concern|alarm|warned|warns|warning|regret|worry|fear"),
    (
        "accuse",
        r"accused|accuses|accusing|blamed|condemned|criticized|criticised|slammed"
        r"|blasted|denounced",
    ),
    ("describe", r"… as|described|called|branded|labell?ed|termed"),
    ("welcome", r"welcomed|welcomes|praised|hailed|support|hope"),
]
NEGATIONS = r"\b(?:not|no|never|nothing|none|nor|neither|without|cannot|n't|nobody|nowhere)\b"


def cue_class(cue: str) -> str:
    cue = str(cue or "").lower()
    for name, pattern in CUE_CLASSES:
        if re.search(pattern, cue):
            return name
    return "say" if cue else "voice"


def mark_scope(masked: str, cue: str) -> str:
    """Tokens for the linear model: NOT_ after a negation, DENY_ in a denied clause.

    A denial flips the meaning of its clause: "denied that the road is blocked" opposes
    free passage, so its words must not look like "the road is blocked".
    """
    tokens = re.findall(r"\w+(?:['’]\w+)?|[.,;:!?]", masked.lower())
    out, negated = [], False
    deny = cue_class(cue) == "denial"
    for tok in tokens:
        if tok in ".,;:!?":
            negated = False
            continue
        word = ("NOT_" + tok) if negated else tok
        out.append(("DENY_" + word) if deny else word)
        if re.fullmatch(NEGATIONS, tok) or tok.endswith("n't"):
            negated = True
    out.append(f"CUE_{cue_class(cue)}")
    return " ".join(out)


def _column(name: str) -> FunctionTransformer:
    return FunctionTransformer(itemgetter(name), validate=False)


def _dense_features(X: pd.DataFrame) -> sparse.csr_matrix:
    """Cue class one-hot, negation count, and whether the issue's keywords occur."""
    classes = [c for c, _ in CUE_CLASSES] + ["say", "voice"]
    rows = []
    for cue, masked, on in zip(X["cue"], X["masked"], X["on_issue"]):
        onehot = [float(cue_class(cue) == c) for c in classes]
        neg = len(re.findall(NEGATIONS, masked.lower()))
        frames = frame_counts(masked, cue)
        rows.append(
            onehot
            + [min(neg, 3) / 3, float(on), float("TARGET" in masked)]
            + [min(frames[k], 3) / 3 for k in LEXICON]
        )
    return sparse.csr_matrix(np.array(rows))


# A rejection inside the statement itself: "We reject the claim that the road is closed."
# It is read as the extractor reads "X rejected claims that the road is closed": cue
# "rejected", content "the claim that …", so the model's knowledge of denials applies.
_CLAIM = (
    r"(?:claims?|allegations?|assertions?|accusations?|suggestions?|reports?|insinuations?"
    r"|notion|charges?|contention|narrative)"
)
_FALSE = (
    r"(?:false|baseless|unfounded|groundless|untrue|fabricated|fabrications?|lies|a lie|absurd"
    r"|nonsense|without (?:any )?(?:foundation|basis)|misleading|a distortion|distortions"
    r"|disinformation|propaganda|a fiction|fiction)"
)
_LEAD = r"^\W*(?:(?:but|and|however|again|therefore|so|once again),?\s+)?"
INNER_DENIALS = [
    # "We (firmly) reject the allegation that …", "Lirrow denies reports that …"
    (
        re.compile(
            _LEAD + r"(?:[\w'’-]+\s+){0,4}?(?:\w+ly\s+)?(?:reject|rejects|deny|denies|dismiss"
            r"|dismisses|refute|refutes)\s+(?P<content>(?:(?:the|any|all|these|those|such)\s+)?"
            r"(?:[\w'’-]+\s+){0,3}?" + _CLAIM + r"\b.*)",
            re.I | re.S,
        ),
        "rejected",
    ),
    # "Claims (by X) that … are (simply) false."
    (
        re.compile(
            _LEAD
            + r"(?P<content>(?:the\s+|these\s+|any\s+)?(?:[\w'’-]+\s+){0,2}?"
            + _CLAIM
            + r"\b[^.;]*?\bthat\s+.+?)\s+(?:is|are|was|were|remains?)\s+(?:(?:simply|completely"
            r"|entirely|totally|utterly|patently|categorically|both)\s+)?" + _FALSE + r"\b",
            re.I | re.S,
        ),
        "rejected",
    ),
    # "It is (simply) not true that …"
    (
        re.compile(
            _LEAD + r"it\s+is\s+(?:simply\s+|just\s+)?(?:not\s+true|false|untrue|a lie)\s+that\s+"
            r"(?P<content>.+)",
            re.I | re.S,
        ),
        "denied",
    ),
]


def inner_denial(text: str) -> tuple[str, str] | None:
    """(cue, content) of a statement that rejects a claim in its own words, else None.

    >>> inner_denial("We firmly reject the allegation that PARTY is using the river as a weapon.")
    ('rejected', 'the allegation that PARTY is using the river as a weapon.')
    >>> inner_denial("Claims that the pass is sealed are simply untrue: herds cross daily.")
    ('rejected', 'Claims that the pass is sealed: herds cross daily.')
    >>> inner_denial("The road must reopen.") is None
    True
    """
    text = str(text)
    for pattern, cue in INNER_DENIALS:
        m = pattern.search(text)
        if m:
            rest = text[m.end() :] if m.end() < len(text) else ""
            return cue, (m.group("content") + rest).strip()
    return None


def _read_rejection(cue: str, text: str) -> tuple[str, str]:
    """The (cue, text) the model reads: an own-words rejection becomes a reported one."""
    if cue_class(cue) != "denial":
        found = inner_denial(text)
        if found:
            return found
    return cue, text


class StatementMasker(BaseEstimator, TransformerMixin):
    """Adds ``masked``, ``scoped`` and ``on_issue`` columns from text, cue and the name lists.

    Input columns: text, cue, targets, parties, actors, keywords (lists of names per row).
    """

    def fit(self, X, y=None):
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        read = [_read_rejection(c, t) for c, t in zip(X["cue"], X["text"])]
        cues = [c for c, _ in read]
        masked = [
            mask(t, tg, p, a)
            for (_, t), tg, p, a in zip(read, X["targets"], X["parties"], X["actors"])
        ]
        on = [bool(_kw_re(tuple(k)).search(t)) for t, k in zip(X["text"], X["keywords"])]
        return pd.DataFrame(
            {
                "masked": masked,
                "scoped": [mark_scope(m, c) for m, c in zip(masked, cues)],
                "cue": cues,
                "on_issue": on,
            }
        )


_KW_CACHE: dict[tuple, re.Pattern] = {}


def _kw_re(keywords: tuple) -> re.Pattern:
    if keywords not in _KW_CACHE:
        terms = sorted({k for k in keywords if k}, key=len, reverse=True) or ["\x00"]
        _KW_CACHE[keywords] = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)", re.I
        )
    return _KW_CACHE[keywords]


def build_pipeline(
    C: float = 1.0,
    frame_weight: float = 3.0,
    embed_weight: float = 2.0,
    char_weight: float = 1.0,
    encoder_weight: float = 1.0,
    encoder: dict | None = None,
) -> Pipeline:
    """Masking → a soft vote of a linear model and a fine-tuned encoder.

    The linear model (a linear SVM with sigmoid-calibrated probabilities) sees word 1–3-grams
    (with NOT_/DENY_ scope), char 2–5-grams, the cue class and frame-lexicon counts, and the
    frozen sentence vector of the masked text (all-MiniLM-L6-v2). The encoder
    (:class:`analysis.encoder.EncoderClassifier`) fine-tunes the same sentence model on
    (cue, masked text) pairs. The weights scale each block or voter; 0 switches one off
    (``encoder_weight=0`` gives the linear model alone, which trains in seconds). ``encoder``
    passes parameters to the encoder, e.g. ``{"epochs": 4}``.
    """
    words = TfidfVectorizer(
        ngram_range=(1, 3), sublinear_tf=True, token_pattern=r"\S+", lowercase=False
    )
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    blocks = [
        ("words", Pipeline([("col", _column("scoped")), ("tfidf", words)])),
        ("chars", Pipeline([("col", _column("masked")), ("tfidf", chars)])),
        ("cue", FunctionTransformer(_dense_features, validate=False)),
    ]
    weights = {"words": 1.0, "chars": char_weight, "cue": frame_weight}
    if embed_weight:
        blocks.append(("embed", Embedder("masked")))
        weights["embed"] = embed_weight
    svm = CalibratedClassifierCV(
        LinearSVC(C=C, class_weight="balanced", random_state=SEED, max_iter=20000),
        method="sigmoid",
        cv=StratifiedKFold(3, shuffle=True, random_state=SEED),
    )
    features = FeatureUnion(blocks, transformer_weights=weights)
    voters = [("linear", Pipeline([("features", features), ("svm", svm)]))]
    if encoder_weight:
        voters.append(("encoder", EncoderClassifier(seed=SEED, **(encoder or {}))))
    vote = VotingClassifier(voters, voting="soft", weights=[1.0, encoder_weight][: len(voters)])
    return Pipeline([("mask", StatementMasker()), ("model", vote)])


# ---------------------------------------------------------------------------------------
# Baselines
# ---------------------------------------------------------------------------------------
# The language of such disputes (see shared DOMAIN notes), grouped by the stance each frame
# usually carries. Word stems; used by the lexicon baseline and as features of the model.
LEXICON = {
    "favor": [
        # demands for passage
        r"reopen",
        r"re-open",
        r"unblock",
        r"lift(?:ed|ing)? (?:the|its|this)",
        r"restore",
        r"unimpeded",
        r"unhindered",
        r"free(?:dom of)? (?:movement|passage|navigation)",
        r"allow(?:ed|ing)? .{0,30}(?:pass|through|access|transit)",
        r"must (?:be )?(?:open|run)",
        r"let .{0,20}(?:through|pass)",
        r"(?:humanitarian|safe) access",
        r"both directions",
        # legal framing of a violation
        r"illegal",
        r"unlawful",
        r"violat",
        r"breach",
        r"obligation",
        r"oblig(?:e|es|ed)",
        r"court(?:'s)? (?:order|ruling)",
        r"interim (?:order|measures)",
        r"treaty gives",
        r"no right to",
        r"comply",
        r"unilateral",
        r"commitments?",
        # humanitarian cost of a closure
        r"humanitarian (?:crisis|disaster|catastrophe)",
        r"shortage",
        r"ration",
        r"starv",
        r"hunger",
        r"medicine",
        r"insulin",
        r"patients?",
        r"cut off",
        r"siege",
        r"isolat",
        r"stranded",
        r"blockade",
        r"spoil",
        r"losing",
        r"suffer",
        r"cannot wait",
        r"families",
        r"running out",
        r"empty",
        r"emptying",
        r"stuck",
        # accusations against the side that closes
        r"pretext",
        r"as a weapon",
        r"collective punishment",
        r"provocation by",
        r"raises tensions",
        r"escalat",
        r"concern",
        r"alarm",
        r"deplor",
        r"condemn",
    ],
    "against": [
        r"sovereign",
        r"sovereignty",
        r"jurisdiction",
        r"territorial integrity",
        r"border control",
        r"ensure control",
        r"national law",
        r"in line with",
        r"in accordance",
        r"lawful",
        r"legitimate (?:right|measure|step)",
        r"internal (?:affair|matter)",
        r"security",
        r"smuggl",
        r"weapons",
        r"arms",
        r"rifles",
        r"mines",
        r"explosive",
        r"contraband",
        r"undeclared",
        r"illicit",
        r"terror",
        r"safety",
        r"unsafe",
        r"inspect(?:ion)?s? (?:are|is) (?:needed|necessary)",
        r"declarations?",
        r"customs",
        r"open to",
        r"remains? open",
        r"not (?:blocked|closed|restricted)",
        r"is not restricted",
        r"normal(?:ly)?",
        r"freely",
        r"already allowed",
        r"passes? (?:daily|every day|normally)",
        r"crossing .{0,20}every day",
        r"no blockade",
        r"nothing (?:is )?closed",
        r"false",
        r"lie",
        r"lies",
        r"fabricat",
        r"propaganda",
        r"theatre",
        r"hysteria",
        r"disinformation",
        r"baseless",
        r"groundless",
        r"so-called",
        r"exaggerat",
        r"exceeded its mandate",
        r"interfer",
        r"repairs?",
        r"maintenance",
    ],
    "neutral": [
        r"dialogue",
        r"restraint",
        r"talks",
        r"negotiat",
        r"mediat",
        r"observer",
        r"calm",
        r"both sides",
        r"all sides",
        r"follow(?:s|ing)? (?:the situation|developments)",
        r"monitor",
        r"host",
        r"ready to (?:help|contribute|facilitate|host)",
        r"de-escalat",
        r"studying",
        r"assess",
        r"consult",
        r"technical",
        r"compromise",
        r"good offices",
    ],
    "unrelated": [
        r"peace (?:treaty|agreement|agenda|process|talks|discussions)",
        r"normali[sz]ation",
        r"trade",
        r"energy",
        r"electricity",
        r"gas prices",
        r"investment",
        r"election",
        r"tourism",
        r"culture",
        r"museum",
        r"sport",
        r"football",
        r"festival",
        r"economy",
        r"bilateral (?:ties|relations|cooperation)",
        r"visit",
        r"anniversary",
        r"cable",
        r"wind",
        r"power",
        r"jobs",
        r"budget",
        r"climate",
        r"university",
        r"books?",
    ],
}
_LEXICON_RE = {k: re.compile(r"\b(?:" + "|".join(v) + ")", re.I) for k, v in LEXICON.items()}


def frame_counts(masked: str, cue: str) -> dict[str, int]:
    """How many words of each frame a statement uses; a denial swaps favor and against."""
    counts = {k: len(r.findall(masked)) for k, r in _LEXICON_RE.items()}
    if cue_class(cue) == "denial":
        counts["favor"], counts["against"] = counts["against"], counts["favor"]
    return counts


class LexiconBaseline(ClassifierMixin, BaseEstimator):
    """Counts stance words of a fixed lexicon; unrelated when no issue keyword occurs."""

    def fit(self, X, y=None):
        self.classes_ = np.array(LABELS)
        return self

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        out = []
        masked = StatementMasker().transform(X)
        for text, cue, on in zip(masked["masked"], masked["cue"], masked["on_issue"]):
            scores = frame_counts(text, cue)
            if not on and "TARGET" not in text:
                out.append("unrelated")
                continue
            best = max(scores, key=lambda k: (scores[k], k == "favor"))
            out.append(best if scores[best] else "neutral")
        return np.array(out)


# ---------------------------------------------------------------------------------------
# Training data
# ---------------------------------------------------------------------------------------
def _dispute_names(entry: dict, base: Path) -> dict:
    """Name lists of one dispute: from the YAML itself, or from the files it points to."""
    if "issue_file" in entry:
        issue = load_issue(base / entry["issue_file"])
        reg = Registry.load(base / entry["parties_file"], base / entry["actors_file"])
    else:
        issue = Issue(entry["name"], entry["target"], list(entry.get("keywords", [])))
        reg = Registry.from_frames(
            pd.DataFrame(
                [
                    {"party": p["party"], "aliases": "|".join(p.get("aliases", []))}
                    for p in entry["parties"]
                ]
            ),
            pd.DataFrame(
                [
                    {
                        "actor": a["actor"],
                        "party": a["party"],
                        "aliases": "|".join(a.get("aliases", [])),
                    }
                    for a in entry["actors"]
                ]
            ),
        )
    return names_for(issue, reg)


def names_for(issue: Issue, registry: Registry) -> dict:
    names = registry.names()
    return {
        "targets": target_terms(issue),
        "parties": names["PARTY"],
        "actors": names["ACTOR"],
        "keywords": [issue.name, *issue.keywords],
    }


def load_annotations(
    path: str | Path = ANNOTATIONS, disputes: str | Path = DISPUTES
) -> pd.DataFrame:
    """The labelled statements with each row's name lists (for masking)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    bad = sorted(set(table["stance"]) - set(LABELS))
    if bad:
        raise ValueError(f"{path}: unknown stance label(s) {bad}")
    entries = yaml.safe_load(Path(disputes).read_text(encoding="utf-8"))
    lists = {e["id"]: _dispute_names(e, Path(disputes).parent) for e in entries}
    missing = sorted(set(table["dispute"]) - set(lists))
    if missing:
        raise ValueError(f"{path}: dispute(s) {missing} are not in {disputes}")
    for key in ("targets", "parties", "actors", "keywords"):
        table[key] = [lists[d][key] for d in table["dispute"]]
    return table.assign(stance=lambda t: t["stance"].astype(STANCE_DTYPE))


# The code a trained model depends on: this module and every module of the package it
# imports (registry.py masks the names before any feature is made)
MODEL_CODE = ("stance.py", "embed.py", "encoder.py", "registry.py")


def _fingerprint(*paths: Path) -> str:
    h = hashlib.sha256()
    code = [Path(__file__).with_name(f) for f in MODEL_CODE]
    for p in [*paths, *code]:
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]


def train(
    path: str | Path = ANNOTATIONS,
    disputes: str | Path = DISPUTES,
    cache: str | Path | None = MODELS,
    weights: str | Path | None = ENCODER_WEIGHTS,
) -> Pipeline:
    """The fitted pipeline, loaded from ``models/`` unless its inputs changed.

    The encoder's fine-tuned weights are taken from ``weights`` when that folder has them for
    these annotations (:class:`analysis.encoder.EncoderClassifier`, ``memory``); otherwise
    they are trained (minutes) and kept there, in place of older ones.
    """
    key = _fingerprint(Path(path), Path(disputes))
    target = Path(cache) / f"stance-{key}.joblib" if cache else None
    if target and target.exists():
        return joblib.load(target)
    data = load_annotations(path, disputes)
    pipe = build_pipeline(encoder={"memory": weights})
    pipe.fit(data, data["stance"].astype(str))
    if weights:
        # the encoder's weights of older annotations are of no more use
        kept = pipe.named_steps["model"].named_estimators_["encoder"].weights_path_
        for old in Path(weights).glob("encoder-*.joblib"):
            if old != kept:
                old.unlink()
    if target:
        target.parent.mkdir(parents=True, exist_ok=True)
        for old in target.parent.glob("stance-*.joblib"):
            old.unlink()
        joblib.dump(pipe, target)
    return pipe


# ---------------------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------------------
def evidence(pipe: Pipeline, X: pd.DataFrame, labels: list[str], k: int = 4) -> list[str]:
    """The word n-grams that weighed most, in the linear model, for each row's chosen label."""
    vote = pipe.named_steps["model"]
    linear = vote.named_estimators_["linear"]
    words = linear.named_steps["features"].transformer_list[0][1]
    vocab = _feature_names(words.named_steps["tfidf"])
    masked = pipe.named_steps["mask"].transform(X)
    Xw = words.transform(masked)
    n_words = len(vocab)
    calibrated = linear.named_steps["svm"]
    # the voters were fitted on encoded labels (0, 1, …): decode them
    classes = list(vote.classes_[calibrated.classes_])
    coefs = np.mean([c.estimator.coef_ for c in calibrated.calibrated_classifiers_], axis=0)[
        :, :n_words
    ]
    Xw = Xw.tocsr()
    Xw.sort_indices()
    out = []
    for i, label in enumerate(labels):
        # only the row's own n-grams can weigh for it; ties keep the vocabulary's order
        row = Xw[i]
        # rounded: two fits of the same rows may differ by 1e-7 in a coefficient, which must
        # not decide whether a word near zero is shown
        contrib = np.round(row.data * coefs[classes.index(label), row.indices], 6)
        order = np.argsort(-contrib, kind="stable")
        weighed = [(vocab[j], c) for j, c in zip(row.indices[order], contrib[order])]
        # n-grams made only of function words ("in the") explain nothing to a reader
        top = [term for term, c in weighed if c > 0 and _informative(term)]
        out.append(", ".join(top[:k]))
    return out


# fitted vectorizer -> (its vocabulary_, its feature names); see _feature_names
_FEATURE_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _feature_names(tfidf: TfidfVectorizer) -> np.ndarray:
    """``tfidf.get_feature_names_out()``, made once per fitted vocabulary.

    Making it sorts the whole vocabulary, which took longer than the rest of ``evidence``;
    the cache is keyed on ``vocabulary_`` itself, so a refit makes a new one.
    """
    cached = _FEATURE_NAMES.get(tfidf)
    if cached is None or cached[0] is not tfidf.vocabulary_:
        cached = (tfidf.vocabulary_, tfidf.get_feature_names_out())
        _FEATURE_NAMES[tfidf] = cached
    return cached[1]


def _informative(term: str) -> bool:
    words = [re.sub(r"^(?:DENY_)?(?:NOT_)?", "", w) for w in term.split()]
    return any(
        w.lower() not in ENGLISH_STOP_WORDS or w != words[0] and "NOT_" in term for w in words
    )


def prepare(statements: pd.DataFrame, issue: Issue, registry: Registry) -> pd.DataFrame:
    names = names_for(issue, registry)
    n = len(statements)
    return pd.DataFrame(
        {
            "text": statements["text"].fillna("").astype(str).tolist(),
            "cue": statements["cue"].fillna("").astype(str).tolist(),
            **{k: [v] * n for k, v in names.items()},
        }
    )


CONTEXT_WEIGHT = 1.0


def speaker_context(table: pd.DataFrame, P: np.ndarray, weight: float) -> np.ndarray:
    """Weigh each statement's stance with its party's other statements in the article.

    One side keeps one position within a report: a bare "This is false." by the side that
    closed the road is read with what that side said before and after. Only the split among
    favor, against and neutral is weighed, ``p ∝ p · (the others' mean split + 0.05) **
    weight``; whether a statement is on the issue at all (``p_unrelated``) is its own, since
    a party that speaks on the dispute may speak on a congress in the same breath.
    Statements without a party, or a party's only statement in the article, are left as
    they are.

    >>> t = pd.DataFrame({"party": ["Norvik"] * 2, "article_id": ["a1"] * 2})
    >>> P = np.array([[0.4, 0.4, 0.1, 0.1], [0.0, 0.9, 0.1, 0.0]])
    >>> speaker_context(t, P, 1.0)[0].round(3)
    array([0.043, 0.824, 0.033, 0.1  ])
    """
    out = P.copy()
    party = table["party"].fillna("").astype(str).to_numpy()
    article = table["article_id"].astype(str).to_numpy()
    for i in range(len(P)):
        if party[i] in ("", "unresolved"):
            continue
        others = (party == party[i]) & (article == article[i])
        others[i] = False
        if not others.any():
            continue
        context = P[others, :3].mean(axis=0)
        context = context / max(context.sum(), 1e-9)
        stance = P[i, :3] * (context + 0.05) ** weight
        out[i, :3] = stance / max(stance.sum(), 1e-12) * P[i, :3].sum()
    return out


def classify(
    statements: pd.DataFrame,
    issue: Issue | str | Path,
    registry: Registry | None = None,
    corpus: pd.DataFrame | None = None,
    model: Pipeline | None = None,
    context_weight: float = CONTEXT_WEIGHT,
) -> pd.DataFrame:
    """Add stance, confidence, p_favor, p_against, p_neutral, p_unrelated and evidence.

    A statement can be on the issue only if its article mentions one of the issue's
    keywords (articles are taken from ``corpus`` when given, else the statements of the
    same article are read); otherwise it is ``unrelated`` whatever the model says.
    With ``context_weight`` > 0 each statement's probabilities are weighed with those of the
    same party's other statements in the article (see :func:`speaker_context`).
    """
    if not isinstance(issue, Issue):
        issue = load_issue(issue)
    registry = registry or Registry.load()
    pipe = model or train()
    table = statements.copy()
    if not len(table):
        for c in ["stance", "confidence", *[f"p_{lab}" for lab in LABELS], "evidence"]:
            table[c] = pd.Series(dtype=STANCE_DTYPE if c == "stance" else float)
        return table
    X = prepare(table, issue, registry)
    proba = pipe.predict_proba(X)
    classes = list(pipe.classes_)
    P = pd.DataFrame(proba, columns=classes)[LABELS].to_numpy().copy()
    if context_weight:
        P = speaker_context(table, P, context_weight)
    # the keyword gate: an article that never mentions the issue has no stance on it
    if corpus is not None:
        texts = dict(zip(corpus["article_id"], corpus["text"]))
        on_article = table["article_id"].map(lambda a: issue.mentioned_in(texts.get(a, "")))
    else:
        joined = table.groupby("article_id")["text"].agg(" ".join)
        on_article = table["article_id"].map(lambda a: issue.mentioned_in(joined[a]))
    off = ~on_article.to_numpy(dtype=bool)
    P[off] = [0.0, 0.0, 0.0, 1.0]
    labels = [LABELS[i] for i in P.argmax(axis=1)]
    table["stance"] = pd.Categorical(labels, categories=LABELS)
    table["confidence"] = P.max(axis=1).round(4)
    for i, lab in enumerate(LABELS):
        table[f"p_{lab}"] = P[:, i].round(4)
    ev = evidence(pipe, X, labels)
    table["evidence"] = [("no issue keyword in article" if o else e) for o, e in zip(off, ev)]
    return table


# ---------------------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------------------
def _scores(y_true, y_pred) -> dict:
    macro = f1_score(y_true, y_pred, labels=LABELS, average="macro", zero_division=0)
    f = f1_score(y_true, y_pred, labels=["favor", "against"], average=None, zero_division=0)
    return {"macro_f1": macro, "f_avg": float(np.mean(f))}


def cross_validate(
    data: pd.DataFrame | None = None,
    folds: int = 5,
    pipeline: Pipeline | None = None,
    by_dispute: bool = False,
) -> dict:
    """Stratified k-fold CV of the model and two baselines on the annotations.

    ``pipeline`` is the model to score (default :func:`build_pipeline`, whose encoder is
    fine-tuned once per fold: minutes, not seconds). With ``by_dispute`` the folds keep each
    dispute whole, so every statement is scored by a model that never saw its dispute: the
    nearer estimate for a new article.

    Where the annotations say which ``party`` made a statement and in which ``article_id``
    (the rows taken from gold sets), the system ``model+context`` is also scored: the
    model's out-of-fold probabilities weighed with the party's other statements in the
    article (:func:`speaker_context`), which is what :func:`classify` reports for an
    article. Rows without a party are the same in both.

    Returns ``summary`` (macro-F1 and F_avg per system), ``per_class`` (precision, recall,
    F1 per label and system), ``confusion`` (a table per system) and ``predictions``.
    """
    data = load_annotations() if data is None else data
    y = data["stance"].astype(str).to_numpy()
    if by_dispute:
        cv = list(
            StratifiedGroupKFold(folds, shuffle=True, random_state=SEED).split(
                data, y, groups=data["dispute"]
            )
        )
    else:
        cv = StratifiedKFold(folds, shuffle=True, random_state=SEED)
    model = pipeline if pipeline is not None else build_pipeline()
    proba = cross_val_predict(model, data, y, cv=cv, method="predict_proba")
    P = pd.DataFrame(proba, columns=sorted(set(y))).reindex(columns=LABELS, fill_value=0.0)
    predicted = {"model": np.array(LABELS)[P.to_numpy().argmax(1)]}
    if {"party", "article_id"} <= set(data.columns):
        in_context = speaker_context(data, P.to_numpy(), CONTEXT_WEIGHT)
        predicted["model+context"] = np.array(LABELS)[in_context.argmax(1)]
    for name, est in [
        ("majority", DummyClassifier(strategy="most_frequent")),
        ("lexicon", LexiconBaseline()),
    ]:
        predicted[name] = cross_val_predict(est, data, y, cv=cv)
    summary, per_class, confusion, preds = [], [], {}, {}
    for name, pred in predicted.items():
        preds[name] = pred
        summary.append({"system": name, **_scores(y, pred)})
        p, r, f, s = precision_recall_fscore_support(y, pred, labels=LABELS, zero_division=0)
        for lab, pi, ri, fi, si in zip(LABELS, p, r, f, s):
            per_class.append(
                {
                    "system": name,
                    "label": lab,
                    "precision": pi,
                    "recall": ri,
                    "f1": fi,
                    "support": int(si),
                }
            )
        confusion[name] = pd.DataFrame(
            confusion_matrix(y, pred, labels=LABELS),
            index=pd.Index(LABELS, name="gold"),
            columns=pd.Index(LABELS, name="predicted"),
        )
    # the model's out-of-fold probabilities too, so that rules built on them (a party's
    # dominant stance, see benchmarks/dominant_rules.py) can be scored without refitting
    probabilities = {f"p_{lab}": P[lab].round(4).to_numpy() for lab in LABELS}
    return {
        "summary": pd.DataFrame(summary).round(3),
        "per_class": pd.DataFrame(per_class).round(3),
        "confusion": confusion,
        "predictions": data[["id", "dispute", "text", "stance"]].assign(**preds, **probabilities),
        "n": len(data),
        "folds": folds,
    }


CV_RESULTS = DATA / "derived" / "stance-cv"


def cv_fingerprint(folds: int = 5) -> str:
    """What a saved cross-validation was computed from: annotations, code and fold count."""
    return f"{_fingerprint(ANNOTATIONS, DISPUTES)}-{folds}"


def write_cv(result: dict, folder: str | Path = CV_RESULTS) -> Path:
    """Save a :func:`cross_validate` result as CSV tables, stamped with its inputs.

    Cross-validating the fine-tuned model takes minutes, so the notebooks read the saved
    tables (``read_cv``) instead of recomputing them; the stamp tells when they are stale.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    result["summary"].to_csv(folder / "summary.csv", index=False)
    result["per_class"].to_csv(folder / "per_class.csv", index=False)
    for name, table in result["confusion"].items():
        table.to_csv(folder / f"confusion-{name}.csv")
    result["predictions"].to_csv(folder / "predictions.csv", index=False)
    stamp = {"inputs": cv_fingerprint(result["folds"]), "n": result["n"], "folds": result["folds"]}
    (folder / "stamp.yaml").write_text(yaml.safe_dump(stamp, sort_keys=True), encoding="utf-8")
    return folder


class StaleResultsError(RuntimeError):
    """Saved results were computed from other inputs than the current ones."""


def read_cv(folder: str | Path = CV_RESULTS, check: bool = True) -> dict:
    """Read what :func:`write_cv` saved; with ``check``, fail if the inputs have changed since."""
    folder = Path(folder)
    if not (folder / "stamp.yaml").exists():
        raise FileNotFoundError(
            f"{folder}: no saved cross-validation; run `python -m analysis stance-report --save`"
        )
    stamp = yaml.safe_load((folder / "stamp.yaml").read_text(encoding="utf-8"))
    if check and stamp["inputs"] != cv_fingerprint(stamp["folds"]):
        raise StaleResultsError(
            f"{folder} was computed from other annotations or code; "
            "rerun `python -m analysis stance-report --save`"
        )
    confusion = {
        f.stem.removeprefix("confusion-"): pd.read_csv(f, index_col="gold").rename_axis(
            columns="predicted"
        )
        for f in sorted(folder.glob("confusion-*.csv"))
    }
    return {
        "summary": pd.read_csv(folder / "summary.csv"),
        "per_class": pd.read_csv(folder / "per_class.csv"),
        "confusion": confusion,
        "predictions": pd.read_csv(folder / "predictions.csv", dtype=str, keep_default_na=False),
        "n": int(stamp["n"]),
        "folds": int(stamp["folds"]),
    }


def evaluation_tables() -> dict:
    """Cross-validation tables for the notebooks: the saved run (see :func:`write_cv`)."""
    return read_cv()


def format_cv(result: dict) -> str:
    lines = [
        f"Stratified {result['folds']}-fold cross-validation on {result['n']} annotated statements",
        "",
        result["summary"].to_string(index=False),
        "",
    ]
    if "model+context" in set(result["summary"]["system"]):
        lines += [
            "model+context: the model weighed with the speaker's other statements in the same",
            "article, as `classify` does (only rows that name their party and article change)",
            "",
        ]
    lines.append(result["per_class"].to_string(index=False))
    for name, table in result["confusion"].items():
        lines += ["", f"confusion matrix: {name} (rows gold, columns predicted)", table.to_string()]
    return "\n".join(lines)
