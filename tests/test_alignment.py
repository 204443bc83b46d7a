"""Alignment: which party a report says another backs or opposes, and stances read with it."""

import pandas as pd
import pytest

from analysis.alignment import (
    COLUMNS,
    MEASURE,
    OWN_WORDS,
    PROPOSAL,
    align,
    alignments,
    deed_doers,
    deed_names,
    deed_object,
    doer_patterns,
    home_party,
    located_homes,
    measure_alignments,
    measure_terms,
    object_demands,
    orientation,
    own_demands,
    owned_things,
    owners,
    proposal_terms,
    pull_own_side,
    refused_demands,
    refused_things,
    sentence_alignments,
    words_of_alignment,
)
from analysis.registry import Registry

REGISTRY = Registry.from_frames(
    pd.DataFrame(
        {
            "party": [
                "Norvik",
                "Valdoria",
                "Norvikian Pilots' Union",
                "Upland Farmers' League",
                "League for the Norvikian Family",
                "Valdorian Chamber of Commerce",
            ],
            "aliases": [
                "Norvikian|Norvik's|Velm",
                "Valdorian|Torre",
                "the union",
                "",
                "the League",
                "the chamber",
            ],
        }
    ),
    pd.DataFrame({"actor": ["Ruben Ostrak"], "party": ["Upland Farmers' League"], "aliases": [""]}),
)


def _one(sentence: str) -> list[tuple[str, str, str]]:
    return [(p, r, o) for p, r, o, _ in sentence_alignments(sentence, REGISTRY)]


def test_a_body_named_after_its_country_sides_with_that_government():
    assert _one("The Norvikian Pilots' Union sided with the government on Monday.") == [
        ("Norvikian Pilots' Union", "backs", "Norvik")
    ]
    assert _one("The Norvikian Pilots' Union broke ranks with the government.") == [
        ("Norvikian Pilots' Union", "opposes", "Norvik")
    ]


@pytest.mark.parametrize(
    "words, found",
    [
        ("We stand one hundred percent behind the government on this.", [("backs", "Norvik")]),
        ("the union would join the court case on the ministry's side", [("backs", "Norvik")]),
        ("its members would strike if the government backed down", [("backs", "Norvik")]),
        ('the union would fight "any deal that reopens the pass"', [("backs", "Norvik")]),
        # a body that stands by someone else, or asks the government to act, takes no side here
        (
            "Our courts have never bowed to Torre, and they will not start now",
            [("opposes", "Valdoria")],
        ),
        ('It urged ministers "not to blink"', [("backs", "Norvik")]),
        ("the government to hold firm against pressure to relax it", [("backs", "Norvik")]),
        ("We stand behind the farmers of the valley.", []),
        ("the government should reopen the pass at once", []),
        ('its members would back the government "to the last metre"', [("backs", "Norvik")]),
        ("we would not back the government on this", []),
        # a critic's scorn for its government's line
        ("Our government keeps telling us the pass is safe. It is not", [("opposes", "Norvik")]),
        ("The ministry wants us to believe the rockfall came overnight", [("opposes", "Norvik")]),
        ("The government likes to say this is Torre's problem", [("opposes", "Norvik")]),
        ("The farmers keep telling us the pass is safe", []),
        # a government named by its country is that country's, whoever speaks of it
        ('called on the Norvikian government to "stand firm"', [("backs", "Norvik")]),
        ("The Valdorian government keeps telling us it is safe", [("opposes", "Valdoria")]),
    ],
)
def test_a_body_s_own_words_that_stand_by_its_government(words, found):
    assert words_of_alignment("Norvikian Pilots' Union", words, REGISTRY) == found


def test_the_government_of_a_body_without_a_country_in_its_name_comes_from_the_sentence():
    sentence = (
        "In the Norvikian border town of Hask, several hundred members of the Upland Farmers' "
        "League rallied on Monday evening in support of the government."
    )
    # "Norvikian" names a place here, not the subject; it tells whose government is meant
    assert _one(sentence) == [("Upland Farmers' League", "backs", "Norvik")]
    assert _one("The Upland Farmers' League sided with the government.") == []
    assert home_party("Upland Farmers' League", sentence, REGISTRY) == "Norvik"


def test_a_clause_inserted_into_the_subject_is_skipped():
    sentence = (
        "The Upland Farmers' League, which has accused Torre of stalling for years, "
        "has sided with Norvik."
    )
    assert _one(sentence) == [("Upland Farmers' League", "backs", "Norvik")]
    # a number's thousands comma does not end the inserted clause
    assert _one(
        "The Upland Farmers' League, which says it has 600,000 members, has sided with Norvik."
    ) == [("Upland Farmers' League", "backs", "Norvik")]


def test_opposition_to_a_named_party_and_to_a_body_by_its_alias():
    assert _one("Valdoria accused Norvik of stalling the talks.") == [
        ("Valdoria", "opposes", "Norvik")
    ]
    assert _one("The Norvikian Pilots' Union rejected the chamber's argument.") == [
        ("Norvikian Pilots' Union", "opposes", "Valdorian Chamber of Commerce")
    ]
    assert _one("The Norvikian Pilots' Union hit back at the chamber.") == [
        ("Norvikian Pilots' Union", "opposes", "Valdorian Chamber of Commerce")
    ]


def test_of_overlapping_names_the_longest_is_the_subject():
    sentence = "The League for the Norvikian Family, a conservative group, backed the government."
    assert _one(sentence) == [("League for the Norvikian Family", "backs", "Norvik")]


def test_an_unnamed_body_is_not_its_country():
    # the subject is a body the registry does not know, not Norvik or Valdoria
    assert _one("Norvik's biggest consumer group backed the government.") == []
    assert _one("Several hundred Norvikian fishing boats sailed in support of Valdoria.") == []
    # nor is a second subject after "and" the first one
    assert _one("Norvik barred the bishop, and an international monitor accused Torre.") == []


def test_words_inside_quotations_are_the_speaker_s_not_the_report_s():
    corpus = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "text": [
                '"We have always sided with Valdoria," the Norvikian Pilots\' Union said.',
                "VELM, May 2 - Ruben Ostrak backed the government in Velm on Friday.",
            ],
        }
    )
    found = alignments(corpus, REGISTRY)
    assert list(found.columns) == COLUMNS
    assert found[["article_id", "party", "relation", "other"]].values.tolist() == [
        ["a2", "Upland Farmers' League", "backs", "Norvik"]
    ]
    row = found.iloc[0]
    assert corpus["text"][1][row["start"] : row["end"]] == row["sentence"]


def test_a_statement_whose_cue_accuses_a_party_is_a_relation_of_its_speaker():
    text = "He accused Torre of stalling. Later he said the talks would go on."
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    statements = pd.DataFrame(
        {
            "article_id": ["a1"] * 3,
            "start": [11, 48, 11],
            "end": [28, 70, 28],
            "party": ["Upland Farmers' League", "Upland Farmers' League", "unresolved"],
            "cue": ["accused", "said", "accused"],
            "text": [text[11:28], text[48:70], text[11:28]],
        }
    )
    # the narrator's sentence has no party as its subject ("He"); the extractor resolved it
    assert alignments(corpus, REGISTRY).empty
    found = alignments(corpus, REGISTRY, statements)
    assert found[["start", "end", "party", "relation", "other", "cue"]].values.tolist() == [
        [11, 28, "Upland Farmers' League", "opposes", "Valdoria", "accused"]
    ]
    assert text[11:28] == found.loc[0, "sentence"] == "Torre of stalling"


def _stances(rows):
    return pd.DataFrame(
        rows, columns=["party", "stance", "p_favor", "p_against", "p_neutral", "p_unrelated"]
    ).assign(stance=lambda t: t["stance"].astype("category"))


def _relation(party, relation, other):
    return pd.DataFrame([("a1", 0, 10, party, relation, other, "x", "s")], columns=COLUMNS)


STANCES = [
    ("Norvik", "against", 0.05, 0.9, 0.05, 0.0),
    ("Norvik", "against", 0.1, 0.8, 0.1, 0.0),
    ("Union", "favor", 0.8, 0.15, 0.05, 0.0),
    ("Union", "unrelated", 0.3, 0.0, 0.0, 0.7),
]


@pytest.mark.parametrize("relation, expected", [("backs", "against"), ("opposes", "favor")])
def test_align_reads_a_party_with_the_side_of_the_party_it_backs_or_opposes(relation, expected):
    out = align(_stances(STANCES), _relation("Union", relation, "Norvik"), self_weight=0)
    assert out["stance"].astype(str).tolist() == ["against", "against", expected, "unrelated"]
    # the off-issue statement and the other party's statements are left as they were
    assert out.loc[3, "p_unrelated"] == 0.7 and out.loc[0, "p_against"] == 0.9
    on = out.loc[2, ["p_favor", "p_against", "p_neutral"]].sum()
    assert on == pytest.approx(1.0, abs=1e-3)
    assert out.loc[2, "alignment"] == f"{relation} Norvik (a1:0-10)"


def test_a_party_s_other_statements_in_the_corpus_pull_its_split_of_favor_and_against():
    rows = [
        ("Norvik", "favor", 0.5, 0.4, 0.1, 0.0),  # read with its party's two against: against
        ("Norvik", "against", 0.05, 0.9, 0.05, 0.0),
        ("Norvik", "against", 0.1, 0.8, 0.1, 0.0),
        ("Norvik", "neutral", 0.2, 0.1, 0.7, 0.0),  # the split moves, not whether it is neutral
        ("Norvik", "unrelated", 0.1, 0.0, 0.0, 0.9),
        ("Union", "favor", 0.6, 0.3, 0.1, 0.0),  # no other statement of its own: as it was
        ("unresolved", "favor", 0.6, 0.3, 0.1, 0.0),
    ]
    out = pull_own_side(_stances(rows), weight=1.0)
    assert out["stance"].astype(str).tolist() == [
        "against",
        "against",
        "against",
        "neutral",
        "unrelated",
        "favor",
        "favor",
    ]
    assert out.loc[0, "p_favor"] + out.loc[0, "p_against"] == pytest.approx(0.9, abs=1e-3)
    assert out.loc[3, "p_neutral"] == 0.7 and out.loc[3, "p_against"] > 0.1
    assert out.loc[4:].equals(_stances(rows).loc[4:])
    # with weight 0 nothing moves
    assert pull_own_side(_stances(rows), weight=0.0)["stance"].astype(str).tolist() == [
        r[1] for r in rows
    ]


def test_align_leaves_a_party_that_backs_a_party_with_no_clear_side():
    rows = [("Norvik", "neutral", 0.3, 0.3, 0.4, 0.0), *STANCES[2:]]
    out = align(_stances(rows), _relation("Union", "backs", "Norvik"), self_weight=0)
    assert out["stance"].astype(str).tolist() == ["neutral", "favor", "unrelated"]
    assert (out["alignment"] == "").all()
    unchanged = align(_stances(STANCES), pd.DataFrame(columns=COLUMNS), self_weight=0)
    assert unchanged["stance"].astype(str).tolist() == [r[1] for r in STANCES]


def test_what_a_target_would_end_is_read_from_its_words():
    assert measure_terms("lifting Norvik's ban on imports of honey from Valdoria") == ["ban"]
    # what is built is what halting its construction would end
    assert measure_terms("halting construction of the Torre dam") == ["construction", "dam"]
    assert measure_terms("cancelling the Velm Island fireworks festival") == [
        "festival",
        "fireworks festival",
    ]
    # a target that lets something happen, or is itself a restriction, ends nothing named
    assert measure_terms("unimpeded passage along the Velm road") == []
    assert measure_terms("a ban on stubble burning in Norvik") == []


def test_a_party_that_backs_what_the_target_would_end_is_against_it():
    from analysis.stance import Issue

    issue = Issue("Norvik visa fees", "reversing Norvik's tenfold visa-fee increase", ["visa"])
    corpus = pd.DataFrame(
        {
            "article_id": ["a1"],
            "text": [
                "The Norvikian Pilots' Union has come out in support of the increase. "
                "The Upland Farmers' League, which campaigned for the visa-fee increase, "
                "plans a rally. Valdoria has called for the increase to be reversed. "
                "The League for the Norvikian Family calls for the increase to stop. "
                "Hundreds joined a march in support of the measures organised by the chamber. "
                "The Valdorian Chamber of Commerce has not backed the increase."
            ],
        }
    )
    found = alignments(corpus, REGISTRY, issue=issue)
    assert set(zip(found["party"], found["relation"], found["other"])) == {
        ("Norvikian Pilots' Union", "backs", MEASURE),
        ("Upland Farmers' League", "backs", MEASURE),
        ("Valdoria", "opposes", MEASURE),
        ("League for the Norvikian Family", "opposes", MEASURE),
        ("Valdorian Chamber of Commerce", "backs", MEASURE),
    }
    assert alignments(corpus, REGISTRY).empty
    # a union whose complaints read as favor is read against: it backs the increase
    stances = _stances(
        [
            ("Norvikian Pilots' Union", "favor", 0.6, 0.3, 0.1, 0.0),
            ("Valdoria", "favor", 0.8, 0.1, 0.1, 0.0),
        ]
    )
    stances["stance"] = stances["stance"].cat.set_categories(["favor", "against", "neutral"])
    read = align(stances, found, self_weight=0)
    assert read["stance"].astype(str).tolist() == ["against", "favor"]
    assert MEASURE in read["alignment"].iloc[0]


def test_what_a_target_would_do_is_read_from_its_words():
    assert proposal_terms("releasing gene-edited mosquitoes near the Velm border") == [
        "releas",
        "release",
        "releasing",
    ]
    # words of manner are not the deed; a noun's head is its last word
    assert proposal_terms("unhindered humanitarian access to the Torre camp") == ["access"]
    assert proposal_terms("the resumption of barge traffic on the Velm") == ["resumption"]
    # a target that ends something has a measure instead; "letting" and "keeping" name no
    # deed; a target opening with a name is a clause whose last noun need not be the deed
    assert proposal_terms("lifting Norvik's ban on honey") == []
    assert proposal_terms("letting Valdorian taxis pick up passengers") == []
    assert proposal_terms("Norvik reversing its withdrawal from the treaty") == []


def test_a_party_that_demands_the_target_deed_stop_is_against_it():
    from analysis.stance import Issue

    issue = Issue("Velm releases", "releasing gene-edited mosquitoes near the Velm", ["Velm"])
    corpus = pd.DataFrame(
        {
            "article_id": ["a1"],
            "text": [
                "Valdoria on Tuesday demanded that Norvik immediately stop releasing the "
                "insects. The Norvikian Pilots' Union has come out in support of the releases. "
                "The Upland Farmers' League urged the government to halt the release, "
                "citing its hives. The Valdorian Chamber of Commerce defended the release "
                "restrictions."
            ],
        }
    )
    found = alignments(corpus, REGISTRY, issue=issue)
    assert set(zip(found["party"], found["relation"], found["other"])) == {
        ("Valdoria", "opposes", PROPOSAL),
        ("Norvikian Pilots' Union", "backs", PROPOSAL),
        ("Upland Farmers' League", "opposes", PROPOSAL),
        # asked to stop releasing them, Norvik is the one releasing them
        ("Norvik", "backs", PROPOSAL),
    }


def test_own_words_on_what_the_deed_is_done_to_count_only_where_they_end_it():
    target = "drilling the Velm-1 gas well on the Torre Bank"
    assert deed_object(target) == ["well", "velm-1"]
    # a deed that undoes what it names, or ends it, has no such object
    assert deed_object("moving the Velm festival away from the border") == []
    assert deed_object("repealing Norvik's Law on the State Language") == []
    objects = deed_object(target)
    found = own_demands("Norvik must suspend the Velm well now", ["drilling"], objects)
    assert [relation for relation, _ in found] == ["opposes"]
    found = own_demands("the well breached the 2043 pledge", ["drilling"], objects)
    assert [relation for relation, _ in found] == ["opposes"]
    # that the well must stay says nothing of the drilling
    assert own_demands("the well must stay", ["drilling"], objects) == []


def test_own_words_under_a_denial_are_no_relation():
    from analysis.stance import Issue

    issue = Issue("Velm dumping", "halting the dumping of spoil in the Velm", ["Velm"])
    text = "Norvik denied that the dumping breaches the treaty."
    statements = pd.DataFrame(
        {
            "article_id": ["a1"] * 2,
            "start": [17, 17],
            "end": [len(text) - 1] * 2,
            "party": ["Norvik", "Valdoria"],
            "cue": ["denied", "said"],
            "text": [text[17:-1]] * 2,
        }
    )
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    found = alignments(corpus, REGISTRY, statements, issue)
    # the same words said, not denied, oppose the dumping
    assert found[["party", "relation", "other"]].values.tolist() == [
        ["Valdoria", "opposes", MEASURE]
    ]


def test_a_party_s_own_words_on_the_target_s_deed_count_for_the_reading_not_on_a_measure():
    rows = [("Valdoria", "favor", 0.8, 0.1, 0.1, 0.0)] * 5
    own = pd.DataFrame(
        [("a1", 0, 80, "Valdoria", "opposes", PROPOSAL, f"{OWN_WORDS}release must stop", "…")],
        columns=COLUMNS,
    )
    assert orientation(_stances(rows), own) == pytest.approx(-0.7 * 5)
    # a target that ends a measure is worded for the side that complains: there, a party's
    # own words are read with its other statements, not against the whole reading
    assert orientation(_stances(rows), own.assign(other=MEASURE, relation="backs")) == 0.0


def test_a_reading_that_runs_against_the_stated_sides_is_turned():
    """The model reads the side that complains as favor. When the target is put in the
    other side's words, the narrator's "Valdoria demanded that Norvik stop releasing …"
    shows it, and favor and against are swapped on every statement on the issue."""
    rows = [("Valdoria", "favor", 0.8, 0.1, 0.1, 0.0)] * 4
    rows += [("Norvik", "against", 0.2, 0.7, 0.1, 0.0)] * 4
    rows += [("Norvik", "unrelated", 0.1, 0.1, 0.0, 0.8)]
    stances = _stances(rows)
    said = pd.DataFrame(
        [("a1", 0, 80, "Valdoria", "opposes", PROPOSAL, "demanded that", "…")],
        columns=COLUMNS,
    )
    assert orientation(stances, said) == pytest.approx(-0.7 * 4)
    # one party's four statements at a lean of 0.7 are not yet enough to turn a reading
    kept = align(stances, said, weight=0, self_weight=0)
    assert kept["stance"].astype(str).tolist() == [r[1] for r in rows]
    said = pd.concat([said] * 2, ignore_index=True).assign(
        party=["Valdoria", "Norvik"], relation=["opposes", "backs"]
    )
    assert orientation(stances, said) == pytest.approx(-0.7 * 4 - 0.5 * 4)
    read = align(stances, said, weight=0, self_weight=0)
    assert read["stance"].astype(str).tolist() == ["against"] * 4 + ["favor"] * 4 + ["unrelated"]
    assert read["p_against"].iloc[0] == pytest.approx(0.8)
    assert read["alignment"].iloc[0].startswith("read turned")
    assert read["alignment"].iloc[-1] == ""


@pytest.mark.parametrize(
    "words, found",
    [
        ("The dumping has to stop, and it has to stop now", ["opposes"]),
        ("Velm must immediately suspend the dumping of spoil", ["opposes"]),
        ("the dumping should be halted until a study is done", ["opposes"]),
        ("the dumping must not be stopped", ["backs"]),
        ("the dumping must continue and the permits must stay", []),
        ("the spoil dumping should remain in place", ["backs"]),
        # not a demand of the speaker's: a fact, a plan, a question, a premise it rejects
        ("the ministry stopped the dumping in May", []),
        ("Velm plans to halt the dumping", []),
        ("whether the dumping should stop is for the court", []),
        ("talks cannot start from the premise that the dumping has to end", []),
        # "stay" with a complement says how, not that it stays
        ("the dumping should stay small", []),
        ("the dumping must go on, whatever Torre thinks", ["backs"]),
        # a judgement of it: legal or not, justified or not
        ("this dumping is long overdue", ["backs"]),
        ('the dumping was "a lawful activity on our own shelf"', ["backs"]),
        ("the dumping is illegal and must be stopped", ["opposes"]),
        ("the dumping was not justified", ["opposes"]),
        ("Velm claims the dumping is illegal", []),
        ("Velm keeps telling us the dumping is lawful. Lawful is not harmless", []),
        # what ending it would cost: backing it
        ("a suspension would cost thousands of jobs", ["backs"]),
        ("halting the dumping now would cost the port millions", ["backs"]),
        ("a pause would not cost a single job", []),
        # another's warning the speaker names
        ("Velm noted the statement of the Torre Chamber of Trade that a pause would cost jobs", []),
        ("Pausing the dumping now would send a chilling signal to every investor", ["backs"]),
        ("Halting it would send a clear message that the treaty matters", []),
        # no ground to end it, in its own words; not "no reason to suspend the talks"
        ("There is no reason to suspend it.", ["backs"]),
        ("There is no legal basis for a pause and no technical reason for one.", ["backs"]),
        ("There is no reason to suspend the talks.", []),
        # what not doing it costs
        ("Every month of delay costs our members money", ["backs"]),
        ("The delay in the talks costs nothing", []),
        ("warnings that a halt would ruin the valley are a scare story", []),
        ("nobody knows what the closure would cost", []),
        # a breach of law in its own words
        ("the dumping at Velm breaches the 2044 treaty", ["opposes"]),
        # a demand of another in the speaker's own voice, not one it reports or mocks
        ("We call on Velm to suspend the dumping now", ["opposes"]),
        ("Calls to suspend the dumping would cost jobs", []),
        ("Asking Velm to suspend the dumping is asking it to fail", []),
    ],
)
def test_a_statement_s_own_demand_that_the_measure_end_or_stay(words, found):
    relations = [relation for relation, _ in own_demands(words, ["dumping"])]
    assert list(dict.fromkeys(relations)) == found


def test_a_party_that_demands_in_its_own_words_that_the_measure_end_is_for_the_target():
    """A body the model misreads ("The dumping has to stop" next to reproach of its own
    government) is read with its demand; the demand does not turn the whole reading."""
    from analysis.stance import Issue

    issue = Issue("Velm dumping", "halting the dumping of spoil in the Velm", ["Velm"])
    text = "The Upland Farmers' League said the dumping has to stop this year."
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    statements = pd.DataFrame(
        {
            "article_id": ["a1"],
            "start": [36],
            "end": [len(text) - 1],
            "party": ["Upland Farmers' League"],
            "cue": ["said"],
            "text": [text[36:-1]],
        }
    )
    found = alignments(corpus, REGISTRY, statements, issue)
    assert found[["party", "relation", "other"]].values.tolist() == [
        ["Upland Farmers' League", "opposes", MEASURE]
    ]
    assert found.loc[0, "cue"] == f"{OWN_WORDS}dumping has to stop"
    rows = [("Upland Farmers' League", "against", 0.2, 0.7, 0.1, 0.0)] * 8
    rows += [("Valdoria", "favor", 0.8, 0.1, 0.1, 0.0)]
    assert orientation(_stances(rows), found) == 0.0
    read = align(_stances(rows), found, self_weight=0)
    assert read["stance"].astype(str).tolist() == ["favor"] * 9


def test_a_body_without_a_country_in_its_name_is_of_where_it_speaks():
    registry = Registry.from_frames(
        pd.DataFrame(
            {
                "party": ["Norvik", "Valdoria", "Hill Friends", "Basin Council"],
                "aliases": [
                    "Velm|Norvikian Foreign Ministry",
                    "Torre|Valdorian Foreign Ministry",
                    "",
                    "",
                ],
            }
        ),
        pd.DataFrame(columns=["actor", "party", "aliases"]),
    )
    text = (
        '"Our government keeps telling us the well is safe," Hill Friends told protesters '
        'outside parliament in Velm. "We are worried," Valdoria\'s minister told reporters in '
        'Velm. "Talks must go on," the Basin Council said in Velm. "And on," it said in Torre.'
    )
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    quoted = [
        "Our government keeps telling us the well is safe",
        "We are worried",
        "Talks must go on",
        "And on",
    ]
    statements = pd.DataFrame(
        {
            "article_id": ["a1"] * 4,
            "start": [text.index(q) for q in quoted],
            "end": [text.index(q) + len(q) for q in quoted],
            "party": ["Hill Friends", "Valdoria", "Basin Council", "Basin Council"],
            "cue": ["told"] * 2 + ["said"] * 2,
            "text": quoted,
        }
    )
    # a state abroad is no body of its host, and a body put in two countries is of neither
    assert located_homes(corpus, statements, registry) == {"Hill Friends": "Norvik"}
    found = alignments(corpus, registry, statements)
    assert found[["party", "relation", "other"]].values.tolist() == [
        ["Hill Friends", "opposes", "Norvik"]
    ]


def test_the_alignments_command_reads_the_measure_with_an_issue(tmp_path):
    from analysis import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(
        "NORVIK, March 3 - The Norvikian Pilots' Union has come out in support of the "
        "visa-fee increase.\n",
        encoding="utf-8",
    )
    (tmp_path / "parties.csv").write_text(
        "party,aliases\nNorvik,Norvikian\nNorvikian Pilots' Union,\n", encoding="utf-8"
    )
    (tmp_path / "actors.csv").write_text("actor,party,aliases\n", encoding="utf-8")
    (tmp_path / "issue.yaml").write_text(
        "name: Norvik visa fees\ntarget: reversing Norvik's visa-fee increase\n"
        "keywords: [visa-fee increase]\n",
        encoding="utf-8",
    )
    out = tmp_path / "alignments.csv"
    args = [str(corpus), "--parties", str(tmp_path / "parties.csv")]
    args += ["--actors", str(tmp_path / "actors.csv"), "-o", str(out)]
    assert cli.main(["alignments", *args]) == 0
    assert pd.read_csv(out).empty
    assert cli.main(["alignments", *args, "--issue", str(tmp_path / "issue.yaml")]) == 0
    found = pd.read_csv(out)
    assert found[["party", "relation", "other"]].values.tolist() == [
        ["Norvikian Pilots' Union", "backs", MEASURE]
    ]


def test_a_body_that_hits_back_at_the_other_side_is_read_on_its_own_side(stance_model, tmp_path):
    """Held-out airline ban (not trained on): the pilots' union backs the ban that the chamber
    of commerce criticises; the report's "hit back at the chamber" puts it against. The CLI,
    given the corpus, does the same as the functions."""
    from evaluate_all import SETS, extract_set

    from analysis import cli, positions
    from analysis.stance import classify, load_issue

    corpus_dir, _, parties, actors, issue = SETS["heldout_airline"]
    corpus, registry, table = extract_set(corpus_dir, parties, actors)
    relations = alignments(corpus, registry, table, load_issue(issue))
    pilots = "Kestrian Pilots' Association"
    mine = relations[relations["party"] == pilots]
    assert ("opposes", "Kestrian Chamber of Commerce and Industry") in set(
        zip(mine["relation"], mine["other"])
    )
    stances = classify(table, load_issue(issue), registry, corpus=corpus, model=stance_model)
    alone = positions(stances).set_index("party")["dominant"].astype(str)
    aligned = align(stances, relations, self_weight=0)
    read = positions(aligned).set_index("party")["dominant"].astype(str)
    # the model alone read its complaints as favor until the 2026-11-29 retraining; now it
    # reads them against too, and the relation still moves them further that way
    assert read[pilots] == "against"
    mine_alone = stances.loc[stances["party"] == pilots, "p_against"].mean()
    assert aligned.loc[aligned["party"] == pilots, "p_against"].mean() > mine_alone
    assert set(alone.index) == set(read.index)
    # parties without a relation keep every probability
    others = ~aligned["party"].isin(relations["party"])
    cols = ["p_favor", "p_against", "p_neutral", "p_unrelated"]
    assert aligned.loc[others, cols].equals(stances.loc[others, cols])

    path = tmp_path / "statements.csv"
    table.to_csv(path, index=False)
    out = tmp_path / "stances.csv"
    args = [str(path), "--issue", str(issue), "--corpus", str(corpus_dir)]
    args += ["--parties", str(parties), "--actors", str(actors), "-o", str(out)]
    assert cli.main(["stance", *args]) == 0
    cli_read = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert cli_read["stance"].tolist() == align(stances, relations)["stance"].astype(str).tolist()
    assert cli.main(["stance", *args, "--align-weight", "0", "--self-weight", "0"]) == 0
    cli_alone = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert cli_alone["stance"].tolist() == stances["stance"].astype(str).tolist()


def test_a_body_that_rallies_behind_its_government_is_read_on_its_side(stance_model):
    """Held-out demarcation (not trained on): the farmers' league "rallied … in support of the
    government" that stops the boundary work; its grievances ("Not one more pillar goes into
    land our grandfathers grazed") read as favor with the model sure of them, and the pull
    of the default weight must be strong enough to put the league against."""
    from evaluate_all import SETS, extract_set

    from analysis import positions
    from analysis.stance import classify, load_issue

    corpus_dir, _, parties, actors, issue = SETS["heldout_demarcation"]
    corpus, registry, table = extract_set(corpus_dir, parties, actors)
    relations = alignments(corpus, registry, table)
    league = "Upland Farmers' League"
    assert ("backs", "Velmora") in set(
        zip(relations.loc[relations["party"] == league, "relation"], relations["other"])
    )
    stances = classify(table, load_issue(issue), registry, corpus=corpus, model=stance_model)
    alone = positions(stances).set_index("party")["dominant"].astype(str)
    read = positions(align(stances, relations)).set_index("party")["dominant"].astype(str)
    assert (alone[league], read[league]) == ("favor", "against")
    assert (read["Velmora"], read["Auderia"]) == ("against", "favor")


def test_a_statement_that_praises_the_government_puts_its_body_on_that_side(stance_model):
    """Held-out wolf cull (not trained on): the herders' union says "The government has finally
    listened" of the government that keeps the cull; its grievances alone read as favor of
    suspending the cull, the statement's own words put it against. The nature league's "The
    government has sacrificed its own scientists" opposes the same government."""
    from evaluate_all import SETS, extract_set

    from analysis import positions
    from analysis.stance import classify, load_issue

    corpus_dir, _, parties, actors, issue = SETS["heldout_wolves"]
    corpus, registry, table = extract_set(corpus_dir, parties, actors)
    relations = alignments(corpus, registry, table)
    herders, league = "Brannian Highland Herders' Union", "Brannian Nature League"
    found = set(zip(relations["party"], relations["relation"], relations["other"]))
    assert {(herders, "backs", "Brannia"), (league, "opposes", "Brannia")} <= found
    stances = classify(table, load_issue(issue), registry, corpus=corpus, model=stance_model)
    alone = positions(stances).set_index("party")["dominant"].astype(str)
    read = positions(align(stances, relations)).set_index("party")["dominant"].astype(str)
    assert (alone[herders], read[herders]) == ("favor", "against")
    assert (read[league], read["Brannia"]) == ("favor", "against")


def test_a_call_not_to_yield_to_the_other_side_puts_a_body_against_it(stance_model):
    """Held-out reservoir (not trained on; found after it was scored): the farmers' president
    "told the crowd from a tractor trailer" that "The government must not open the gates to
    please Lenhaven" (the downstream state's capital). Its grievances alone read as favor of
    releasing the water; yielding "to please" the other side is opposing that side, which
    puts the association against. It needs the quote found, and its "a spokesperson said"
    read as the association's."""
    from evaluate_all import SETS, extract_set

    from analysis import positions
    from analysis.stance import classify, load_issue

    corpus_dir, _, parties, actors, issue = SETS["heldout_reservoir"]
    corpus, registry, table = extract_set(corpus_dir, parties, actors)
    farmers = "Velmoran Farmers' Association"
    assert (table["party"] == farmers).sum() == 3
    relations = alignments(corpus, registry, table)
    assert ("opposes", "Sarnova") in set(
        zip(relations.loc[relations["party"] == farmers, "relation"], relations["other"])
    )
    stances = classify(table, load_issue(issue), registry, corpus=corpus, model=stance_model)
    alone = positions(stances).set_index("party")["dominant"].astype(str)
    read = positions(align(stances, relations)).set_index("party")["dominant"].astype(str)
    assert (alone[farmers], read[farmers]) == ("favor", "against")
    assert (read["Velmora"], read["Sarnova"]) == ("against", "favor")


def test_a_body_the_report_describes_as_of_a_country_backs_its_government():
    # "Upland Farmers' League" names no country; the report calls it "a Norvikian group", and
    # "sided firmly with the government" (an adverb inside the phrase) then backs Norvik
    corpus = pd.DataFrame(
        {
            "article_id": ["a1"],
            "text": [
                "Ruben Ostrak, chairman of the Upland Farmers' League, a Norvikian group founded "
                "by hill farmers, has sided firmly with the government."
            ],
        }
    )
    found = alignments(corpus, REGISTRY)
    assert found[["party", "relation", "other"]].values.tolist() == [
        ["Upland Farmers' League", "backs", "Norvik"]
    ]
    # described as of no country, or of two, it has no home to back
    for description in ("a group founded by hill farmers", "a Norvikian and Valdorian group"):
        text = corpus["text"][0].replace("a Norvikian group founded by hill farmers", description)
        assert alignments(corpus.assign(text=[text]), REGISTRY).empty


def test_a_demand_that_work_on_what_the_deed_makes_stop_is_against_the_deed():
    target = "building the Torre waste incinerator near the border"
    objects = deed_object(target)
    assert objects == ["incinerator", "torre"]
    demanded = "Valdoria called on Norvik to stop work on a giant waste incinerator."
    assert object_demands(demanded, REGISTRY, objects) == [
        ("Valdoria", "opposes", PROPOSAL, "called on"),
        ("Norvik", "backs", PROPOSAL, "asked to end it"),
    ]
    # the name of what is built counts as the thing
    assert object_demands("Valdoria urged Norvik to halt all works at Torre.", REGISTRY, objects)
    # a demand that ends nothing, or that ends an ending, is no demand to stop the deed
    inspect = "Valdoria urged Norvik to inspect the incinerator."
    assert object_demands(inspect, REGISTRY, objects) == []
    for lifted in (
        "Valdoria urged Norvik to lift the suspension of the incinerator permit.",
        "Valdoria demands Norvik lift ban on Torre incinerator staff",
        "Valdoria urged Norvik to reverse its refusal to finish the incinerator",
    ):
        assert object_demands(lifted, REGISTRY, objects) == [], lifted
    # the narrator's report of a demand is read in the corpus, and turns nothing by itself
    from analysis.stance import Issue

    issue = Issue("Torre incinerator", target, ["Torre", "incinerator"])
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [demanded]})
    found = alignments(corpus, REGISTRY, issue=issue)
    assert found[["party", "relation", "other"]].values.tolist() == [
        ["Norvik", "backs", PROPOSAL],
        ["Valdoria", "opposes", PROPOSAL],
    ]


def test_a_target_that_lets_something_happen_is_done_by_what_it_lets():
    # the doer of a letting target's deed, named by its common noun, not by whose it is
    target = "letting Norvik's Aster-2 satellite operate from the 36 degrees East slot"
    assert deed_object(target) == ["satellite"]
    assert deed_object("allowing Velm's relief flights to land in the enclave") == ["flights"]
    assert deed_object("permission for the rescue ship Kestrel Dawn to dock") == ["ship"]
    assert deed_object("letting the Torre Marathon cross the border") == []
    objects = deed_object(target)
    demanded = "Valdoria demanded that Norvik switch off its new Aster-2 satellite."
    assert object_demands(demanded, REGISTRY, objects) == [
        ("Valdoria", "opposes", PROPOSAL, "demanded that"),
        ("Norvik", "backs", PROPOSAL, "asked to end it"),
    ]
    # a plural names the same thing, and "cease" ends it like "stop"
    ceased = "Valdoria urged Norvik to cease operating the satellites at once."
    assert object_demands(ceased, REGISTRY, objects)[0] == (
        "Valdoria",
        "opposes",
        PROPOSAL,
        "urged",
    )
    # an end to a restriction on the thing backs it, wherever the restriction is named
    for lifted in (
        "Valdoria called on Norvik to end the satellite blockade.",
        "Valdoria urged Norvik to stop the satellite ban now.",
    ):
        assert object_demands(lifted, REGISTRY, objects) == [], lifted


def test_the_rule_that_does_a_requiring_deed_is_named_by_the_texts():
    deeds = proposal_terms("requiring foreign ships to take Norvikian pilots through the strait")
    texts = ["Decree 17, which took effect on March 1, requires all foreign vessels to …"]
    assert deed_names(texts, deeds) == ["decree"]
    # another verb, or no rule noun before it, names nothing
    assert deed_names(["Decree 17 allows all foreign vessels to …"], deeds) == []
    assert deed_names(["The strait requires care."], deeds) == []
    # a demand to withdraw the rule, in the narrator's words, opposes the deed
    sentence = (
        "Valdoria accused neighbouring Norvik of greed and demanded that Norvik withdraw the "
        "decree."
    )
    assert object_demands(sentence, REGISTRY, deed_names(texts, deeds)) == [
        ("Valdoria", "opposes", PROPOSAL, "demanded that"),
        ("Norvik", "backs", PROPOSAL, "asked to end it"),
    ]


def test_what_ending_the_deed_would_cost_backs_it_even_with_no_term():
    # a letting target names no deed of its own; what ending it costs is still read
    for text in (
        "Switching it off would be an act of economic self-harm.",
        "Demands that a lawfully operating satellite be switched off have no basis in law.",
    ):
        assert [r for r, _ in own_demands(text, [], ["satellite"])] == ["backs"], text
    assert own_demands("Switching it off would be welcome.", [], ["satellite"]) == []
    assert own_demands("Demands that the satellite be switched off are growing.", [], ["x"]) == []


def test_a_party_the_narrator_says_does_the_deed_backs_it():
    target = "building the Torre airstrip on Torre Island"
    patterns, objects = doer_patterns(target), deed_object(target)

    def doers(sentence):
        return deed_doers(sentence, patterns, objects, REGISTRY.name_spans(sentence))

    said = "Valdoria denounced the airstrip that Norvik is building on the island."
    assert doers(said) == [("Norvik", "backs", PROPOSAL, "is building")]
    assert doers("The airstrip built by Norvik opened on Monday.") == [
        ("Norvik", "backs", PROPOSAL, "built by")
    ]
    # without what it is done to, the deed may be done in part, or be another one
    assert doers("Norvik is building a school.") == []
    # not done: a demand, a denial, a target that ends something
    assert doers("Valdoria urged Norvik to stop building the airstrip.") == []
    assert doers("Norvik is not building an airstrip.") == []
    assert doer_patterns("lifting the ban on Torre honey") is None


def test_a_refusal_to_end_the_deed_backs_it():
    for text in (
        "Norvik would not suspend the drilling under pressure from any quarter",
        'the government had "no intention whatsoever" of recalling the rig',
        "Norvik refused to withdraw the rig",
    ):
        assert [r for r, _ in own_demands(text, ["drilling"], ["rig"])] == ["backs"], text
    # a refusal to do something else, or an end that is not refused, is not
    assert own_demands("Norvik would not comment on the rig", ["drilling"], ["rig"]) == []
    found = own_demands("Norvik must withdraw the rig", ["drilling"], ["rig"])
    assert [r for r, _ in found] == ["opposes"]


def test_an_official_statement_that_names_its_own_country_as_the_caller_is_its_own_demand():
    from analysis.stance import Issue

    issue = Issue("Velm well", "drilling the Velm-1 gas well on the Torre Bank", ["Velm-1"])
    text = (
        "The Republic of Valdoria calls on the Government of Norvik to suspend all drilling "
        "at Velm-1 immediately."
    )
    statements = pd.DataFrame(
        {
            "article_id": ["a1"] * 2,
            "start": [0, 0],
            "end": [len(text)] * 2,
            "party": ["Valdoria", "Upland Farmers' League"],
            "cue": ["", ""],
            "text": [text] * 2,
        }
    )
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    found = alignments(corpus, REGISTRY, statements, issue)
    own = found[found["cue"].str.startswith(OWN_WORDS)]
    # Valdoria's own call; the league's statement names another caller, so it is not its own
    assert own["party"].tolist() == ["Valdoria"]
    assert own["relation"].tolist() == ["opposes"]
    assert own["other"].tolist() == [PROPOSAL]
    # the cue quotes the statement as it stands
    assert own["cue"].iloc[0].startswith(f"{OWN_WORDS}The Republic of Valdoria calls on")


def test_a_body_that_will_not_be_lectured_by_the_other_side_opposes_it():
    said = "The government should not let itself be lectured by Valdoria on how to run Velm."
    assert words_of_alignment("Norvikian Pilots' Union", said, REGISTRY) == [
        ("opposes", "Valdoria")
    ]
    # lectured by someone else than a party: no relation
    said = "The government should not be lectured by people who never held a job."
    assert words_of_alignment("Norvikian Pilots' Union", said, REGISTRY) == []


def test_the_side_a_body_is_set_against_is_not_its_home():
    # "the government" of a body with no country in its name is the one other party the
    # sentence names, unless the sentence sets the body against it
    said = "The league would stand behind the government in the dispute with Valdoria."
    assert home_party("Upland Farmers' League", said, REGISTRY) is None
    said = "In the Valdorian port of Torre, the Upland Farmers' League rallied behind it."
    assert home_party("Upland Farmers' League", said, REGISTRY) == "Valdoria"


def test_a_target_that_refuses_something_is_fought_by_a_demand_for_what_it_refuses():
    """ "refusing registration of marriages …" speaks for the side that refuses: the side
    that complains demands the registration, which is against the target."""
    from analysis.stance import Issue

    target = "refusing registration of marriages performed in Valdorian consulates"
    assert refused_things(target) == ["registration", "marriages"]
    assert refused_things("withholding the Torre radar's data from Valdoria") == ["data"]
    assert refused_things("refusing to recognise Valdorian diplomas") == ["recognise", "diplomas"]
    assert refused_things("registering the marriages") == []
    # the refused thing is no object of the deed: ending it does not end the refusal
    assert deed_object(target) == []
    things = refused_things(target)

    def demands(sentence):
        return refused_demands(sentence, REGISTRY, things)

    assert demands("Valdoria demanded that Velm register without delay the marriages.") == [
        ("Valdoria", "opposes", PROPOSAL, "demanded that")
    ]
    assert demands("Valdoria urged Norvik to recognise the marriages at once.") == [
        ("Valdoria", "opposes", PROPOSAL, "urged")
    ]
    # a demand to end them, or to do something else, asks for no registration
    assert demands("Valdoria urged Norvik to stop the sham marriages.") == []
    assert demands("Valdoria urged Norvik to reopen the border.") == []
    assert demands("Valdoria did not demand that Velm register the marriages.") == []
    # a question is no demand
    assert demands("Valdoria asked Norvik about the registration of the marriages.") == []
    # the verb is the refused one, not any word that begins like it
    assert refused_demands("Valdoria urged Velm to record the marriages.", REGISTRY,
                           refused_things("refusing to recognise the marriages")) == [
        ("Valdoria", "opposes", PROPOSAL, "urged")
    ]  # fmt: skip
    assert refused_demands("Valdoria urged Velm to recommend a mediator.", REGISTRY,
                           refused_things("refusing to recognise the marriages")) == []  # fmt: skip
    issue = Issue("Consular marriages", target, ["consular marriages"])
    text = "Norvik has refused to register the marriages."
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    found = alignments(corpus, REGISTRY, issue=issue)
    # who refuses them does the deed
    assert found[["party", "relation", "other"]].values.tolist() == [["Norvik", "backs", PROPOSAL]]
    # in its own words, only a demand made of another in the first person counts: the side
    # that refuses says how couples "must register"
    own = "We call on Norvik to register these marriages. Couples must register again."
    statements = pd.DataFrame(
        {"article_id": ["a1", "a1"], "start": [0, 0], "end": [len(own)] * 2,
         "party": ["Valdoria", "Norvik"], "cue": ["", ""],
         "text": [own.split(". ")[0], own.split(". ")[1]]}
    )  # fmt: skip
    found = alignments(pd.DataFrame({"article_id": ["a1"], "text": [own]}), REGISTRY,
                       statements, issue)  # fmt: skip
    mine = found[found["cue"].str.startswith(OWN_WORDS)]
    assert mine[["party", "relation"]].values.tolist() == [["Valdoria", "opposes"]]


def test_the_owner_of_what_the_target_names_backs_it():
    # a noun target's head, after its owner's name
    assert proposal_terms("Norvik's export subsidy for apples") == ["subsidy"]
    spans = REGISTRY.name_spans
    said = "Valdoria filed a complaint over Norvik's export subsidy for apples."
    assert owners(said, ["subsidy"], spans(said)) == [
        ("Norvik", "backs", PROPOSAL, "Norvik's export subsidy")
    ]
    # not what its owner does to it, another one of its own, or its owner's objection
    for said in (
        "Norvik's ban on the subsidy",
        "Norvik's own subsidy scheme is smaller",
        "Norvik's objections to the subsidy",
        "Norvik's farmers say the subsidy is too small",
    ):
        assert owners(said, ["subsidy"], spans(said)) == [], said


def test_a_demand_that_the_deed_go_on_or_that_ending_it_is_futile_backs_it():
    for text in (
        "The government should keep our crews in the joint patrols",
        "We call on Velm to continue the patrols",
        "Ending the patrols would not save a single life",
    ):
        assert [r for r, _ in own_demands(text, [], ["patrols"])] == ["backs"], text
    assert [r for r, _ in own_demands("Velm must not keep the patrols", [], ["patrols"])] == [
        "opposes"
    ]
    for text in ("We must keep the patrols out of our bay", "Ending the patrols would not cost"):
        assert own_demands(text, [], ["patrols"]) == [], text


def test_a_demand_to_end_a_restriction_on_what_the_target_names_backs_it():
    # "lift its ban on the dives" asks for the dives: two ends turn the relation twice
    found = measure_alignments(
        "Valdoria demanded that Norvik lift its ban on memorial dives at the wreck.",
        REGISTRY, proposal_terms("memorial dives by Valdorian divers at the wreck"),
        other=PROPOSAL,
    )  # fmt: skip
    assert found == [("Valdoria", "backs", PROPOSAL, "demanded that")]
    terms = measure_terms("halting sand exports to Valdoria")

    def demands(sentence):
        return measure_alignments(sentence, REGISTRY, terms)

    # on a measure: wanting it back backs it, ending it fights it
    assert demands("Valdoria called on Norvik to lift its halt on sand exports.") == [
        ("Valdoria", "backs", MEASURE, "called on")
    ]
    assert demands("Valdoria urged Norvik to resume sand exports.") == [
        ("Valdoria", "backs", MEASURE, "urged")
    ]
    assert demands("Valdoria demanded an end to the sand exports.") == [
        ("Valdoria", "opposes", MEASURE, "demanded")
    ]
    # a demand whose verb is not known to end it says nothing; "scrap" here is what is banned
    assert demands("Valdoria urged Norvik to move the sand exports.") == []
    assert measure_alignments("Valdoria demands end to Norvik scrap ban", REGISTRY, ["ban"]) == []
    # dropping an opposition to it asks for it
    found = object_demands(
        "The Norvikian Pilots' Union urged Norvik to drop its opposition to an inquiry.",
        REGISTRY, ["inquiry"],
    )  # fmt: skip
    assert found == [("Norvikian Pilots' Union", "backs", PROPOSAL, "urged")]


def test_a_demand_that_the_measure_end_does_not_turn_a_reading():
    """A target that ends a measure is worded for the side that demands its end: that demand
    says nothing about how the reading runs, so it must not turn it."""
    rows = [("Valdoria", "against", 0.3, 0.6, 0.1, 0.0)] * 10
    stances = _stances(rows)
    said = pd.DataFrame(
        [("a1", 0, 80, "Valdoria", "opposes", MEASURE, "demanded", "…")], columns=COLUMNS
    )
    assert orientation(stances, said) == 0.0
    # one that wants the measure back counts: against the target, and read against (lean -0.3)
    said = said.assign(relation="backs", cue="called on")
    assert orientation(stances, said) == pytest.approx(-1 * -0.3 * 10)


def test_what_a_target_makes_belongs_to_who_wants_it():
    assert owned_things("building the Torre airstrip") == ["airstrip"]
    assert owned_things("Norvik's export subsidy for apples") == ["subsidy"]
    # a deed done to what another owns: its owner does not want it
    assert owned_things("deporting Valdorian seasonal workers") == []
    said = "Velm protested against a new Valdorian day of remembrance for the battle."
    assert owners(said, ["day"], REGISTRY.name_spans(said)) == [
        ("Valdoria", "backs", PROPOSAL, "Valdorian day")
    ]
    # a name is no adjective: "Valdoria said the day …"
    said = "Valdoria said the day would be kept."
    assert owners(said, ["day"], REGISTRY.name_spans(said)) == []


def test_phrasal_ends_and_the_deed_s_own_noun():
    """ "take down the fence" ends the fencing, "shut the camp" the camp; "close" only as a verb
    ("close the camp", not "close to the border")."""
    target = "hosting the Torre training camp near the border"
    objects = deed_object(target) + ["host"]

    def demands(sentence):
        return object_demands(sentence, REGISTRY, objects)

    # and Norvik, asked to end it, is doing it
    asked = ("Norvik", "backs", PROPOSAL, "asked to end it")
    assert demands("Valdoria demanded that Norvik shut the Torre camp.") == [
        ("Valdoria", "opposes", PROPOSAL, "demanded that"),
        asked,
    ]
    assert demands("Valdoria urged Norvik to close the camp at once.") == [
        ("Valdoria", "opposes", PROPOSAL, "urged"),
        asked,
    ]
    assert demands("Valdoria urged Norvik to keep patrols close to the camp.") == []
    fence = deed_object("fencing off the Orne hot springs") + ["fence"]
    assert object_demands(
        "Valdoria demanded that Norvik take down the fence.", REGISTRY, fence
    ) == [("Valdoria", "opposes", PROPOSAL, "demanded that"), asked]
    # the deed's own noun is read from the target: "fencing" is done by "the fence"
    from analysis.stance import Issue

    issue = Issue("Orne springs", "fencing off the Orne hot springs", ["Orne"])
    corpus = pd.DataFrame(
        {"article_id": ["a1"], "text": ["Valdoria demanded that Norvik take down the new fence."]}
    )
    found = alignments(corpus, REGISTRY, issue=issue)
    assert set(zip(found["party"], found["relation"], found["other"])) == {
        ("Valdoria", "opposes", PROPOSAL),
        ("Norvik", "backs", PROPOSAL),
    }
    # what is granted is the deed, and a target may name its owner's adjective first
    assert proposal_terms("granting asylum to Ilse Varn") == ["asylum"]
    assert proposal_terms("the Valdorian marine reserve around the Torre Islands") == ["reserve"]


def test_an_end_to_a_fight_against_the_deed_backs_it_and_a_dismissal_opposes():
    """ "drop its campaign against the plant" asks for the plant; "the ban should be extended"
    backs a banning deed ("banning" is read as "ban" too); a body that "dismissed the protests
    from Valdoria as …" opposes Valdoria, in the narrator's words or as a statement's cue."""
    objects = deed_object("building the Asker hydrogen plant on the estuary")
    sentence = "The chamber urged the government to drop its campaign against the Asker plant."
    assert object_demands(sentence, REGISTRY, objects) == [
        ("Valdorian Chamber of Commerce", "backs", PROPOSAL, "urged")
    ]
    # a demand that the plant itself stop is still against it
    assert object_demands(
        "The chamber urged the government to stop work on the Asker plant.", REGISTRY, objects
    ) == [("Valdorian Chamber of Commerce", "opposes", PROPOSAL, "urged")]
    deeds = proposal_terms("banning night fishing on Lake Orne")
    assert "ban" in deeds
    assert own_demands("the ban should be extended to the far shore", deeds) == [
        ("backs", "ban should be extended")
    ]
    assert sentence_alignments(
        "The union dismissed the protests from Valdoria as noise.", REGISTRY
    ) == [("Norvikian Pilots' Union", "opposes", "Valdoria", "dismissed")]
    statements = pd.DataFrame(
        {
            "article_id": ["a1"],
            "start": [10],
            "end": [60],
            "party": ["Norvikian Pilots' Union"],
            "cue": ["dismissed … as"],
            "text": ['the objections of Valdoria as "a tourism war."'],
        }
    )
    corpus = pd.DataFrame({"article_id": ["a1"], "text": ["The union dismissed " + "x" * 80]})
    found = alignments(corpus, REGISTRY, statements)
    assert set(zip(found["party"], found["relation"], found["other"])) == {
        ("Norvikian Pilots' Union", "opposes", "Valdoria")
    }


def test_a_reported_demand_is_the_speaker_s_own_and_the_rule_that_does_the_deed_is_the_deed():
    """A statement with the cue "called on" whose words are "the government to "lower the
    flag"" is its speaker's demand that the deed end; the law that the texts say extends the
    sea is the deed in a party's own words ("the law will not be revisited" backs it); a
    restriction between an end and what it names turns the demand."""
    from analysis.stance import Issue

    issue = Issue("Torre flag", "flying the giant Norvikian flag on Torre Hill", ["flag"])
    corpus = pd.DataFrame({"article_id": ["a1"], "text": ["The union spoke. " + "x" * 200]})
    statements = pd.DataFrame(
        {
            "article_id": ["a1", "a1"],
            "start": [20, 120],
            "end": [90, 190],
            "party": ["Norvikian Pilots' Union", "Valdorian Chamber of Commerce"],
            "cue": ["called on", "said"],
            "text": ['the government to "lower the flag and raise its sights."', "We are worried."],
        }
    )
    found = alignments(corpus, REGISTRY, statements, issue)
    assert set(zip(found["party"], found["relation"], found["other"])) == {
        ("Norvikian Pilots' Union", "opposes", PROPOSAL)
    }
    # said, it is no demand
    found = alignments(corpus, REGISTRY, statements.assign(cue="said"), issue)
    assert found.empty

    sea = Issue("Torre sea", "extending Norvik's territorial sea around Torre", ["sea"])
    corpus = pd.DataFrame(
        {"article_id": ["a1"], "text": ["Norvik signed a law on Tuesday extending its sea."]}
    )
    said = statements.assign(party="Norvik", cue="said", text='the law "will not be revisited."')
    found = alignments(corpus, REGISTRY, said.iloc[:1], sea)
    assert ("Norvik", "backs", PROPOSAL) in set(
        zip(found["party"], found["relation"], found["other"])
    )
    assert own_demands("We urge Velm to lift its ban on insulin exports", ["exports"]) == [
        ("backs", "We urge Velm to lift its ban on insulin exports")
    ]
    assert own_demands("We urge Velm to lift the ban", ["ban"])[0][0] == "opposes"


def test_the_agreement_under_which_the_deed_is_done_names_it():
    """ "the agreement signed in Asker, under which Norvik leases the port" names the lease
    "the agreement": a demand to suspend its ratification is against the deed; "can end the
    agreement if Valdoria breaches it" is no breach by the agreement."""
    from analysis.stance import Issue

    issue = Issue("Asker lease", "leasing the port of Asker to the Valdorian navy", ["Asker"])
    text = (
        "Norvik signed the agreement in Asker on Friday, under which Norvik leases the port to "
        "the Valdorian navy. Valdoria welcomed it."
    )
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    statements = pd.DataFrame(
        {
            "article_id": ["a1", "a1"],
            "start": [0, 50],
            "end": [40, 90],
            "party": ["Valdorian Chamber of Commerce", "Norvik"],
            "cue": ["", "said"],
            "text": [
                "We call on Norvik to suspend the ratification of the agreement.",
                "Norvik can end the agreement if Valdoria breaches it.",
            ],
        }
    )
    found = alignments(corpus, REGISTRY, statements, issue)
    own = found[found["cue"].str.startswith(OWN_WORDS)]
    assert set(zip(own["party"], own["relation"], own["other"])) == {
        ("Valdorian Chamber of Commerce", "opposes", PROPOSAL)
    }
    assert measure_alignments(
        "The union rallied to back the lease.", REGISTRY, proposal_terms(issue.target),
        other=PROPOSAL,
    ) == [("Norvikian Pilots' Union", "backs", PROPOSAL, "to back")]  # fmt: skip


def test_the_rule_that_lifts_a_ban_and_a_verb_of_starting_again_name_the_deed():
    """A target that ends something ("lifting Norvik's ban on hunting geese") is done by a
    rule the texts name ("the decree adopted by the cabinet on Monday lifting the ban"): a
    demand to withdraw that rule keeps the ban, against the target. A target that starts
    something again ("reopening the Torre smelter") is also "restarting" it: a party that
    moves "to stop" the restart is against it."""
    from analysis.stance import Issue

    geese = Issue("Norvik geese", "lifting Norvik's ban on hunting grey geese", ["geese"])
    text = (
        "Norvik published the decree adopted by the cabinet on Monday lifting the ban on "
        "hunting grey geese. Valdoria called on Norvik to withdraw the decree."
    )
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    found = alignments(corpus, REGISTRY, None, geese)
    assert set(zip(found["party"], found["relation"], found["other"])) >= {
        ("Valdoria", "opposes", PROPOSAL)
    }
    # the rule is named only when it does the lifting: a decree that does something else is
    # no name of the deed
    other = text.replace("lifting the ban on", "on the season for")
    found = alignments(pd.DataFrame({"article_id": ["a1"], "text": [other]}), REGISTRY, None, geese)
    assert PROPOSAL not in set(found["other"])

    smelter = Issue("Torre smelter", "reopening the Torre smelter", ["smelter"])
    text = "Valdoria will use every legal means to stop Norvik from restarting the smelter."
    found = alignments(
        pd.DataFrame({"article_id": ["a1"], "text": [text]}), REGISTRY, None, smelter
    )
    assert set(zip(found["party"], found["relation"], found["other"])) == {
        ("Valdoria", "opposes", PROPOSAL)
    }
    # building it is no restart: the other verbs of starting again are not its names
    built = Issue("Torre smelter", "building the Torre smelter", ["smelter"])
    found = alignments(pd.DataFrame({"article_id": ["a1"], "text": [text]}), REGISTRY, None, built)
    assert PROPOSAL not in set(found["other"])


def test_a_decision_to_do_the_deed_and_its_other_verbs_name_it():
    """ "the decision of the Government of Norvik to relocate its embassy" names the target's
    deed ("moving Norvik's embassy to Asker"), so a demand to suspend the decision is against
    it, as is one to "pause the move"; a name before the nouns of an unnamed body ("Norvik
    green group urges …") is not the body's party."""
    from analysis.stance import Issue

    issue = Issue("Asker embassy", "moving Norvik's embassy to Asker", ["embassy"])
    text = (
        "Valdoria condemned the decision of the Government of Norvik to relocate its embassy "
        "to Asker. Valdoria called on Norvik to suspend the decision. The Upland Farmers' "
        "League urged Norvik to pause the move."
    )
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    found = alignments(corpus, REGISTRY, None, issue)
    rows = set(zip(found["party"], found["relation"], found["other"]))
    assert ("Valdoria", "opposes", PROPOSAL) in rows
    assert ("Upland Farmers' League", "opposes", PROPOSAL) in rows
    # a decision to do something else names nothing
    other = pd.DataFrame({"article_id": ["a1"], "text": [text.replace("relocate", "staff")]})
    found = alignments(other, REGISTRY, None, issue)
    assert ("Valdoria", "opposes", PROPOSAL) not in set(
        zip(found["party"], found["relation"], found["other"])
    )
    # what a target grants is done by "the decision to grant" it: its maker backs the grant
    asylum = Issue("Lind asylum", "granting asylum to Sofia Lind", ["asylum"])
    text = "Norvik's decision to grant asylum to the journalist angered Valdoria."
    found = alignments(pd.DataFrame({"article_id": ["a1"], "text": [text]}), REGISTRY, None, asylum)
    assert ("Norvik", "backs", PROPOSAL) in set(
        zip(found["party"], found["relation"], found["other"])
    )
    headline = pd.DataFrame(
        {"article_id": ["a1"], "text": ["Norvik green group urges pause of the move."]}
    )
    found = alignments(headline, REGISTRY, None, issue)
    assert "Norvik" not in set(found["party"])


def test_the_deed_s_own_noun_a_call_to_call_it_off_and_a_refusal_to_end_it():
    """ "demolishing" is done as "the demolition" in the texts, so a demand to halt the
    demolition is against the deed; "call off the congress" ends it; the narrator's "Norvik
    will not cancel the congress" and "…, brushing aside demands to halt the launches" back
    it, and the participle's subject is that of its clause."""
    from analysis.stance import Issue

    issue = Issue("Asker houses", "demolishing the Asker houses in Torre", ["Asker"])
    corpus = pd.DataFrame(
        {"article_id": ["a1"], "text": ["Valdoria demanded that Norvik halt the demolition now."]}
    )
    found = alignments(corpus, REGISTRY, issue=issue)
    assert set(zip(found["party"], found["relation"], found["other"])) == {
        ("Valdoria", "opposes", PROPOSAL),
        ("Norvik", "backs", PROPOSAL),
    }
    congress = deed_object("hosting the Torre congress of exiles in Velm")
    assert object_demands(
        "Valdoria demanded that Norvik call off the congress.", REGISTRY, congress
    )[0] == ("Valdoria", "opposes", PROPOSAL, "demanded that")
    launches = Issue("Torre launches", "test launches from the Torre range", ["Torre"])
    text = (
        "Norvik will fire again, Ruben Ostrak said on Monday, brushing aside demands from "
        "Valdoria to halt the launches. Norvik will not cancel the congress."
    )
    corpus = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    found = alignments(corpus, REGISTRY, issue=launches)
    rows = set(zip(found["party"], found["relation"], found["other"]))
    assert ("Upland Farmers' League", "backs", PROPOSAL) in rows
    assert ("Upland Farmers' League", "opposes", "Valdoria") in rows


def test_the_party_asked_to_end_the_deed_is_doing_it():
    """ "Valdoria called on Norvik to stop boring the tunnel": Valdoria is against the boring
    and Norvik, who is asked to stop, is doing it; a name may hold "and"."""
    terms = proposal_terms("boring the Torre tunnel under the ridge")
    found = measure_alignments(
        "Valdoria called on Norvik to stop boring the tunnel.", REGISTRY, terms, other=PROPOSAL
    )
    assert set(found) == {
        ("Valdoria", "opposes", PROPOSAL, "called on"),
        ("Norvik", "backs", PROPOSAL, "asked to end it"),
    }
    # a demand that it go on asks nobody to end it
    found = measure_alignments(
        "Valdoria called on Norvik to go on boring the tunnel.", REGISTRY, terms, other=PROPOSAL
    )
    assert ("Norvik", "backs", PROPOSAL, "asked to end it") not in found
    assert deed_object("teaching the Land and Freedom course in the schools")[0] == "course"


def test_a_noun_target_s_owner_may_be_several_words_and_a_short_verb_has_its_stem():
    """ "the Asker gold mine's licence" is a licence, "Velm Ports' 99-year lease" a lease; a
    demand to revoke the licence is against it. "moving" is also "move", so "reverse bus
    terminal move" is against the move; what revoking would tell investors backs it."""
    terms = proposal_terms("the Asker gold mine's licence on the Orne river")
    assert terms == ["licence"]
    assert measure_alignments(
        "Valdoria demands Norvik revoke Asker gold mine licence", REGISTRY, terms, other=PROPOSAL
    )[0] == ("Valdoria", "opposes", PROPOSAL, "demands")
    assert proposal_terms("Velm Ports' 99-year lease on the port of Torre") == ["lease"]
    # a verb's object keeps its owner: the deed is the verb's
    assert proposal_terms("extending Norvik's territorial sea") == [
        "extend",
        "extende",
        "extending",
    ]
    move = proposal_terms("moving the Torre bus terminal out of Velm")
    assert "move" in move
    found = measure_alignments(
        "Valdoria demands Norvik reverse Torre bus terminal move", REGISTRY, move, other=PROPOSAL
    )
    assert ("Valdoria", "opposes", PROPOSAL, "demands") in found
    assert (
        own_demands(
            "Revoking the licence now would tell every investor to stay away",
            ["licence"],
        )[0][0]
        == "backs"
    )
