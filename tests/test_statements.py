"""Unit tests for the statement extractor (``analysis.statements``).

Every country, person and sentence here is invented. Each test builds a one-article
corpus and checks what the extractor finds: the text, kind, cue, speaker, actor,
party and date of each statement.
"""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.registry import Registry

PUBLISHED = "2032-05-03"  # a Monday: "on Friday" is 2032-04-30, "yesterday" 2032-05-02


@pytest.fixture(scope="module")
def registry() -> Registry:
    parties = pd.DataFrame(
        {
            "party": ["Norvik", "Valdoria", "Estmere", "Selvia"],
            "aliases": [
                "Norvikian|Norvik's|Norhaven",
                "Valdorian|Valdoria's|Torre",
                "Estmere's|Kessel",
                "Selvian|Lisk",
            ],
        }
    )
    actors = pd.DataFrame(
        {
            "actor": [
                "Sofia Lind",
                "Piet Aro",
                "Valdorian Foreign Ministry",
                "Hanna Roos",
                "Anna Vik",
            ],
            "party": ["Norvik", "Valdoria", "Valdoria", "Estmere", "Estmere"],
            "aliases": [
                "Lind|Prime Minister Lind",
                "Aro",
                "Ministry of Foreign Affairs of Valdoria",
                "Roos",
                "Vik",
            ],
        }
    )
    return Registry.from_frames(parties, actors)


@pytest.fixture
def extract(registry):
    """``extract(text, published=..., speaker=..., source=...)`` → statements table.

    Also checks the invariants every table must satisfy.
    """

    def _extract(
        text: str, published: str = PUBLISHED, speaker: str | None = None, source: str | None = None
    ) -> pd.DataFrame:
        article = {"article_id": ["a1"], "text": [text], "published": [published]}
        if speaker is not None:
            article["speaker"] = [speaker]
        if source is not None:
            article["source"] = [source]
        table = analysis.statements(pd.DataFrame(article), registry=registry)
        for r in table.itertuples():
            assert 0 <= r.start <= r.end <= len(text)
            assert r.text == text[r.start : r.end]
        assert table["statement_id"].is_unique
        return table.reset_index(drop=True)

    return _extract


def row(table: pd.DataFrame, text: str) -> pd.Series:
    """The one row whose text is exactly ``text``."""
    hits = table[table["text"] == text]
    assert len(hits) == 1, f"expected one row {text!r}, got:\n{table[['text', 'kind']]}"
    return hits.iloc[0]


def check(r: pd.Series, **expected) -> None:
    got = {k: r[k] for k in expected}
    assert got == expected


# =======================================================================================
# 1. Direct quotations
# =======================================================================================
@pytest.mark.parametrize("open_mark, close_mark", [('"', '"'), ("“", "”"), ("«", "»")])
def test_direct_quote_marks_with_speaker_before(extract, open_mark, close_mark):
    t = extract(f"Lind said: {open_mark}The road must open before the winter comes.{close_mark}")
    assert len(t) == 1
    check(
        row(t, "The road must open before the winter comes."),
        kind="direct",
        cue="said",
        speaker="Lind",
        actor="Sofia Lind",
        party="Norvik",
        flags="",
    )


def test_inner_single_quotes_belong_to_the_quotation(extract):
    t = extract("Lind said: “We reject the so-called ‘security corridor’ plan entirely.”")
    assert len(t) == 1
    check(
        row(t, "We reject the so-called ‘security corridor’ plan entirely."),
        kind="direct",
        speaker="Lind",
        actor="Sofia Lind",
        party="Norvik",
    )


def test_direct_quote_speaker_after(extract):
    t = extract("“The checkpoint will stay until the smuggling stops,” Aro said.")
    assert len(t) == 1
    check(
        row(t, "The checkpoint will stay until the smuggling stops"),
        kind="direct",
        cue="said",
        speaker="Aro",
        actor="Piet Aro",
        party="Valdoria",
    )


def test_direct_quote_the_statement_added(extract):
    t = extract(
        "Valdoria's foreign ministry said in a statement that the checkpoint was a "
        "security measure. “The checkpoint will stay until the smuggling stops,” "
        "the statement added."
    )
    assert len(t) == 2
    check(
        row(t, "The checkpoint will stay until the smuggling stops"),
        kind="direct",
        cue="added",
        speaker="the statement",
        actor="Valdorian Foreign Ministry",
        party="Valdoria",
    )


@pytest.mark.parametrize(
    "text, speaker, actor, party",
    [
        (
            "“The checkpoint will stay until the smuggling stops,” said Foreign Minister Piet Aro.",
            "Foreign Minister Piet Aro",
            "Piet Aro",
            "Valdoria",
        ),
        (
            "“The checkpoint will stay until the smuggling stops,” said Selvian Foreign Minister "
            "Lena Dahl.",
            "Selvian Foreign Minister Lena Dahl",
            "Lena Dahl",
            "Selvia",
        ),
    ],
)
def test_direct_quote_inverted_attribution(extract, text, speaker, actor, party):
    t = extract(text)
    assert len(t) == 1
    check(
        row(t, "The checkpoint will stay until the smuggling stops"),
        kind="direct",
        cue="said",
        speaker=speaker,
        actor=actor,
        party=party,
    )


def test_quote_split_around_attribution_gives_two_rows(extract):
    t = extract('"We are ready to talk," Aro said, "but not under pressure from Norhaven."')
    assert list(t["text"]) == ["We are ready to talk", "but not under pressure from Norhaven."]
    for _, r in t.iterrows():
        check(r, kind="direct", cue="said", speaker="Aro", actor="Piet Aro", party="Valdoria")


def test_direct_quote_after_participial_lead_in(extract):
    t = extract(
        'Speaking in Norhaven, Lind said: "Norvik will take this dispute to the Concord '
        'if the road stays closed."'
    )
    assert list(t["text"]) == [
        "Norvik will take this dispute to the Concord if the road stays closed."
    ]
    check(t.iloc[0], kind="direct", cue="said", actor="Sofia Lind", party="Norvik")


MULTI_PARAGRAPH = [
    # the speaker is named after the first part; the quotation then runs on
    (
        "“People in the valley are rationing bread,” Lind said. “This road must be opened "
        "today.\n\n“We will not wait for another round of talks.\n\n“Winter is coming and "
        "the valley cannot wait.”",
        [
            "People in the valley are rationing bread",
            "This road must be opened today.",
            "We will not wait for another round of talks.",
            "Winter is coming and the valley cannot wait.",
        ],
    ),
    # the speaker introduces the quotation, which reopens in every paragraph
    (
        "Lind said: “People in the valley are rationing bread.\n\n“This road must be opened "
        "today.\n\n“We will not wait for another round of talks.”",
        [
            "People in the valley are rationing bread.",
            "This road must be opened today.",
            "We will not wait for another round of talks.",
        ],
    ),
    # paragraphs separated by single newlines
    (
        "Lind said: “People in the valley are rationing bread.\n“This road must be opened "
        "today.\n“We will not wait for another round of talks.”",
        [
            "People in the valley are rationing bread.",
            "This road must be opened today.",
            "We will not wait for another round of talks.",
        ],
    ),
]


@pytest.mark.parametrize("text, parts", MULTI_PARAGRAPH)
def test_quote_over_several_paragraphs(extract, text, parts):
    t = extract(text)
    assert list(t["text"]) == parts
    for _, r in t.iterrows():
        check(r, kind="direct", cue="said", actor="Sofia Lind", party="Norvik")
        assert "unbalanced" not in r["flags"].split("|")


def test_quote_over_paragraphs_after_introducing_paragraph(extract):
    t = extract(
        "Lind said in a televised address:\n\n“People in the valley are rationing "
        "bread.\n\n“This road must be opened today.\n\n“We will not wait for another "
        "round of talks.”"
    )
    assert list(t["text"]) == [
        "People in the valley are rationing bread.",
        "This road must be opened today.",
        "We will not wait for another round of talks.",
    ]
    for _, r in t.iterrows():
        check(r, kind="direct", actor="Sofia Lind", party="Norvik")
        assert "unbalanced" not in r["flags"]


# =======================================================================================
# 2. Indirect (reported) statements
# =======================================================================================
INDIRECT = [
    (
        "Lind said that the checkpoint was illegal under the Kessel accord.",
        "the checkpoint was illegal under the Kessel accord",
        "said",
        "Sofia Lind",
        "Norvik",
    ),
    (
        "Lind said the checkpoint was illegal under the Kessel accord.",
        "the checkpoint was illegal under the Kessel accord",
        "said",
        "Sofia Lind",
        "Norvik",
    ),
    (
        "Aro stated that trucks carrying food crossed the checkpoint every day.",
        "trucks carrying food crossed the checkpoint every day",
        "stated",
        "Piet Aro",
        "Valdoria",
    ),
    (
        "Roos noted that both sides had agreed to meet in Kessel.",
        "both sides had agreed to meet in Kessel",
        "noted",
        "Hanna Roos",
        "Estmere",
    ),
    (
        "Aro stressed that the checkpoint would remain in place.",
        "the checkpoint would remain in place",
        "stressed",
        "Piet Aro",
        "Valdoria",
    ),
    (
        "Roos told reporters that talks would resume next month.",
        "talks would resume next month",
        "told reporters",
        "Hanna Roos",
        "Estmere",
    ),
    (
        "Roos told reporters in Kessel that talks would resume next month.",
        "talks would resume next month",
        "told reporters",
        "Hanna Roos",
        "Estmere",
    ),
    (
        "Lind urged Valdoria to lift its checkpoint on the Alder road.",
        "Valdoria to lift its checkpoint on the Alder road",
        "urged",
        "Sofia Lind",
        "Norvik",
    ),
    (
        "Roos called on both sides to refrain from unilateral steps.",
        "both sides to refrain from unilateral steps",
        "called on",
        "Hanna Roos",
        "Estmere",
    ),
    (
        "Roos expressed concern that the standoff could escalate.",
        "the standoff could escalate",
        "expressed concern",
        "Hanna Roos",
        "Estmere",
    ),
    (
        "Roos emphasized the importance of keeping the Alder road open to civilians.",
        "the importance of keeping the Alder road open to civilians",
        "emphasized",
        "Hanna Roos",
        "Estmere",
    ),
    (
        "Aro slammed the Norvikian demands as pure theatre.",
        "the Norvikian demands as pure theatre",
        "slammed … as",
        "Piet Aro",
        "Valdoria",
    ),
    (
        "Aro denied that the road had been closed to civilian traffic.",
        "the road had been closed to civilian traffic",
        "denied",
        "Piet Aro",
        "Valdoria",
    ),
    (
        "According to Roos, the talks will resume in Kessel next week.",
        "the talks will resume in Kessel next week",
        "according to",
        "Hanna Roos",
        "Estmere",
    ),
    (
        "The talks will resume in Kessel next week, according to Roos.",
        "The talks will resume in Kessel next week",
        "according to",
        "Hanna Roos",
        "Estmere",
    ),
    # a relative "according to which": the words are the antecedent's source's, not the
    # clause before it
    (
        "Lind briefed reporters on Estmere's latest count, according to which 400 lorries "
        "wait at the Alder crossing.",
        "400 lorries wait at the Alder crossing",
        "according to",
        "Estmere",
        "Estmere",
    ),
    (
        "Lind cited figures published by the Ministry of Foreign Affairs of Valdoria on 4 "
        "April, according to which the gate opens twice a day.",
        "the gate opens twice a day",
        "according to",
        "Valdorian Foreign Ministry",
        "Valdoria",
    ),
]


@pytest.mark.parametrize(
    "sentence, content, cue, actor, party",
    INDIRECT,
    ids=[f"{i:02d}-{case[2]}" for i, case in enumerate(INDIRECT)],
)
def test_indirect_statement(extract, sentence, content, cue, actor, party):
    t = extract(sentence)
    assert len(t) == 1
    check(row(t, content), kind="indirect", cue=cue, actor=actor, party=party)


def test_mixed_quote_is_indirect_with_a_quoted_fragment(extract):
    t = extract(
        'Lind said the checkpoint was "an act of collective punishment" against the valley.'
    )
    assert len(t) == 1
    check(
        row(t, 'the checkpoint was "an act of collective punishment" against the valley'),
        kind="mixed",
        cue="said",
        actor="Sofia Lind",
        party="Norvik",
    )


def test_indirect_without_that_after_time_adverbial(extract):
    t = extract("Lind said on Friday the Alder road must reopen before winter.")
    check(
        row(t, "the Alder road must reopen before winter"),
        kind="indirect",
        cue="said",
        actor="Sofia Lind",
        date="2032-04-30",
    )


# =======================================================================================
# 3. Speakers
# =======================================================================================
def test_registered_surname_after_first_mention(extract):
    t = extract(
        "Norvik's Prime Minister Sofia Lind spoke in Norhaven. Lind said the "
        "checkpoint was an act of collective punishment."
    )
    check(
        row(t, "the checkpoint was an act of collective punishment"),
        speaker="Lind",
        actor="Sofia Lind",
        party="Norvik",
    )


@pytest.mark.parametrize(
    "text, content, actor, party",
    [
        (
            "Norvikian Trade Minister Jonas Berg said the talks had achieved nothing. Berg added "
            "that Norvik would raise the issue at the Concord.",
            "Norvik would raise the issue at the Concord",
            "Jonas Berg",
            "Norvik",
        ),
        (
            "Estmere Deputy Foreign Minister Karin Olsen arrived in Torre on Monday. Olsen said "
            "both sides wanted a deal.",
            "both sides wanted a deal",
            "Karin Olsen",
            "Estmere",
        ),
        (
            "The talks were chaired by Estmere Deputy Foreign Minister Karin Olsen. Olsen said "
            "both sides wanted a deal.",
            "both sides wanted a deal",
            "Karin Olsen",
            "Estmere",
        ),
    ],
)
def test_unregistered_surname_after_first_mention(extract, text, content, actor, party):
    t = extract(text)
    check(row(t, content), speaker=actor.split()[-1], actor=actor, party=party)


@pytest.mark.parametrize(
    "text, pronoun, content, actor, party",
    [
        (
            "Aro arrived in Kessel on Monday. He said Valdoria would not lift the checkpoint under "
            "pressure.",
            "He",
            "Valdoria would not lift the checkpoint under pressure",
            "Piet Aro",
            "Valdoria",
        ),
        (
            "Lind spoke to reporters in Norhaven. She said the checkpoint was an act of collective "
            "punishment.",
            "She",
            "the checkpoint was an act of collective punishment",
            "Sofia Lind",
            "Norvik",
        ),
        (
            "Lind said on Friday that the road must open before the winter comes.\n\nShe added "
            "that Norvik would not wait.",
            "She",
            "Norvik would not wait",
            "Sofia Lind",
            "Norvik",
        ),
    ],
)
def test_pronoun_refers_to_earlier_speaker(extract, text, pronoun, content, actor, party):
    t = extract(text)
    check(row(t, content), kind="indirect", speaker=pronoun, actor=actor, party=party)


def test_the_statement_refers_to_source_named_earlier(extract):
    t = extract(
        "Valdoria's foreign ministry said in a statement that the checkpoint was a "
        'temporary measure. "The checkpoint will stay until the smuggling stops," '
        "the statement added."
    )
    check(
        row(t, "the checkpoint was a temporary measure"),
        kind="indirect",
        speaker="Valdoria's foreign ministry",
        actor="Valdorian Foreign Ministry",
        party="Valdoria",
    )
    check(
        row(t, "The checkpoint will stay until the smuggling stops"),
        kind="direct",
        speaker="the statement",
        actor="Valdorian Foreign Ministry",
        party="Valdoria",
    )


def test_the_statement_refers_to_source_after_leading_in_a_statement(extract):
    t = extract(
        "In a statement on Thursday, Valdoria's foreign ministry said the checkpoint "
        'was a security measure. "The checkpoint will stay until the smuggling stops," '
        "the statement added."
    )
    check(
        row(t, "The checkpoint will stay until the smuggling stops"),
        kind="direct",
        actor="Valdorian Foreign Ministry",
        party="Valdoria",
        date="2032-04-29",
    )


def test_organisation_speaker_resolves_to_registered_organisation(extract):
    t = extract("Valdoria's foreign ministry said the checkpoint was a temporary security measure.")
    check(
        row(t, "the checkpoint was a temporary security measure"),
        kind="indirect",
        cue="said",
        speaker="Valdoria's foreign ministry",
        actor="Valdorian Foreign Ministry",
        party="Valdoria",
    )


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        (
            "Torre stated that the checkpoint was a temporary security measure.",
            "Torre",
            "stated",
            "the checkpoint was a temporary security measure",
        ),
        (
            "Officials in Torre said the checkpoint would remain in place for now.",
            "Officials in Torre",
            "said",
            "the checkpoint would remain in place for now",
        ),
    ],
)
def test_capital_stands_for_its_country(extract, text, speaker, cue, content):
    t = extract(text)
    check(
        row(t, content),
        kind="indirect",
        cue=cue,
        speaker=speaker,
        actor="Valdoria",
        party="Valdoria",
    )


@pytest.mark.parametrize(
    "text, content, actor, party",
    [
        (
            "Roos, who chaired the talks in Kessel, said the talks had been constructive.",
            "the talks had been constructive",
            "Hanna Roos",
            "Estmere",
        ),
        (
            "Aro, speaking in Torre, said the checkpoint would stay.",
            "the checkpoint would stay",
            "Piet Aro",
            "Valdoria",
        ),
        (
            "Estmere, which brokered the Kessel accord, said the talks had been constructive.",
            "the talks had been constructive",
            "Estmere",
            "Estmere",
        ),
        (
            "Estmere, in which Norvik holds a seat, said the talks had been constructive.",
            "the talks had been constructive",
            "Estmere",
            "Estmere",
        ),
        (
            "On Tuesday Estmere, Norvik's largest trading partner, said the talks had been "
            "constructive.",
            "the talks had been constructive",
            "Estmere",
            "Estmere",
        ),
        (
            # the description ends in "Place, Country": the country is not the speaker
            "Estmere, an observer state based in Port Halm, Selvia, said the talks had been "
            "constructive.",
            "the talks had been constructive",
            "Estmere",
            "Estmere",
        ),
    ],
)
def test_subject_with_interrupting_clause(extract, text, content, actor, party):
    t = extract(text)
    assert len(t) == 1
    check(row(t, content), kind="indirect", cue="said", actor=actor, party=party)


# =======================================================================================
# 4. Officials who are not in the registry
# =======================================================================================
def test_unregistered_official_with_party_adjective(extract, registry):
    assert "Ora Paz" not in registry.actor_party
    t = extract(
        "Selvian Interior Minister Ora Paz said the border crossing at Lisk would stay closed."
    )
    check(
        row(t, "the border crossing at Lisk would stay closed"),
        kind="indirect",
        cue="said",
        speaker="Selvian Interior Minister Ora Paz",
        actor="Ora Paz",
        party="Selvia",
    )


def test_aide_is_the_speaker_not_the_principal(extract, registry):
    assert not {"Ian Holt", "Mara Quill"} & set(registry.actor_party)
    t = extract(
        '"We will not recognise the checkpoint," said Ian Holt, a senior aide to '
        "Selvian President Mara Quill."
    )
    assert len(t) == 1
    r = row(t, "We will not recognise the checkpoint")
    check(r, kind="direct", cue="said", actor="Ian Holt", party="Selvia")
    assert r["speaker"].startswith("Ian Holt")


# =======================================================================================
# 5. Official statements in the speaker's own voice
# =======================================================================================
OWN_STATEMENT = "\n\n".join(
    [
        "Statement by the Ministry of Foreign Affairs of Valdoria",
        "2 October 2032",
        "The checkpoint on the Alder road operates in line with Valdorian law. Its only aim is to "
        "stop the smuggling of arms.",
        "Civilian traffic is not restricted. We reject the claims of the Norvik government that "
        "the road is closed.",
        "We regret that the Estmere secretariat said the checkpoint was a unilateral step that "
        "raises tensions. Such assessments ignore the risks faced by Valdoria.",
    ]
)


def test_own_voice_statement(extract):
    t = extract(
        OWN_STATEMENT,
        published="2032-10-02",
        speaker="Valdorian Foreign Ministry",
        source="Ministry of Foreign Affairs of Valdoria",
    )
    own = [
        "The checkpoint on the Alder road operates in line with Valdorian law.",
        "Its only aim is to stop the smuggling of arms.",
        "Civilian traffic is not restricted.",
        "We reject the claims of the Norvik government that the road is closed.",
        "Such assessments ignore the risks faced by Valdoria.",
    ]
    for sentence in own:
        check(
            row(t, sentence),
            kind="own-voice",
            speaker="Valdorian Foreign Ministry",
            actor="Valdorian Foreign Ministry",
            party="Valdoria",
            date="2032-10-02",
            source="Ministry of Foreign Affairs of Valdoria",
        )
    # the title and the date line are not statements
    assert not t["text"].str.contains("Statement by|2 October", regex=True).any()
    # the sentence reporting the secretariat belongs to Estmere, not to the ministry
    reported = row(t, "the checkpoint was a unilateral step that raises tensions")
    check(reported, kind="indirect", cue="said", party="Estmere")
    assert reported["speaker"] == "the Estmere secretariat"
    assert not ((t["party"] == "Valdoria") & t["text"].str.contains("secretariat")).any()
    assert len(t) == len(own) + 1


def test_own_voice_statement_of_a_person(extract):
    t = extract(
        "Statement by Prime Minister Sofia Lind\n\nNorvik will not accept any "
        "checkpoint on the Alder road. The people of the valley deserve free movement.",
        published="2032-10-02",
        speaker="Sofia Lind",
    )
    assert list(t["text"]) == [
        "Norvik will not accept any checkpoint on the Alder road.",
        "The people of the valley deserve free movement.",
    ]
    for _, r in t.iterrows():
        check(r, kind="own-voice", actor="Sofia Lind", party="Norvik")


# =======================================================================================
# 6. Briefing transcripts
# =======================================================================================
BRIEFING = "\n\n".join(
    [
        "Estmere Ministry of Foreign Affairs: press briefing, 4 October 2032",
        "SPOKESPERSON ANNA VIK: Estmere follows the situation on the Alder road with concern. We "
        "urge Valdoria to allow unhindered passage of civilians.",
        "QUESTION: Will Estmere send observers to the valley? Norvik says it wants them there.",
        "VIK: We are ready to contribute to an observer mission if both sides agree.",
    ]
)


def test_briefing_transcript_turns(extract):
    t = extract(BRIEFING, published="2032-10-04", source="Estmere Ministry of Foreign Affairs")
    assert list(t["text"]) == [
        "Estmere follows the situation on the Alder road with concern.",
        "We urge Valdoria to allow unhindered passage of civilians.",
        "We are ready to contribute to an observer mission if both sides agree.",
    ]
    assert list(t["speaker"]) == ["Anna Vik", "Anna Vik", "Vik"]
    for _, r in t.iterrows():
        check(r, kind="turn", actor="Anna Vik", party="Estmere", date="2032-10-04")
    question = BRIEFING.index("QUESTION")
    assert not ((t["start"] >= question) & (t["end"] <= BRIEFING.index("VIK:"))).any()
    assert not t["text"].str.contains("SPOKESPERSON|VIK:|QUESTION", regex=True).any()


def test_briefing_question_naming_its_outlet_and_formulas_are_not_statements(extract):
    text = (
        "Estmere Ministry of Foreign Affairs\n\nSPOKESPERSON ANNA VIK: Good afternoon. Two "
        "items before your questions.\n\nQUESTION (Kessel Radio): Is Estmere taking Norvik's "
        "side?\n\nVIK: Estmere supports unhindered passage on the Alder road.\n\n"
        "QUESTION (KR): And the observers?\n\nVIK: Thank you, colleagues."
    )
    t = extract(text, source="Estmere Ministry of Foreign Affairs")
    assert list(t["text"]) == ["Estmere supports unhindered passage on the Alder road."]
    check(t.iloc[0], kind="turn", actor="Anna Vik", party="Estmere")


def test_briefing_transcript_unregistered_briefer(extract):
    t = extract(
        "Selvian Foreign Ministry briefing\n\nSPOKESPERSON TEO MARK: Selvia calls for "
        "restraint on the Alder road.\n\nQUESTION: Does Selvia support Norvik?\n\n"
        "MARK: Selvia supports dialogue between all sides of the dispute.",
        source="Selvian Foreign Ministry",
    )
    assert len(t) == 2
    for _, r in t.iterrows():
        check(r, kind="turn", actor="Teo Mark", party="Selvia")


def test_briefing_transcript_double_name_links_its_turns(extract):
    # "RUSK-ELLEFSEN" is one name in two parts, written "Rusk-Ellefsen", not "Rusk-ellefsen"
    t = extract(
        "Selvian Foreign Ministry briefing\n\nSPOKESPERSON TEO MARK-OSTEN: Selvia calls for "
        "restraint on the Alder road.\n\nQUESTION: Does Selvia support Norvik?\n\n"
        "MARK-OSTEN: Selvia supports dialogue between all sides of the dispute.",
        source="Selvian Foreign Ministry",
    )
    assert list(t["speaker"]) == ["Teo Mark-Osten", "Mark-Osten"]
    for _, r in t.iterrows():
        check(r, kind="turn", actor="Teo Mark-Osten", party="Selvia")


# =======================================================================================
# 7. Text that is not a statement
# =======================================================================================
def test_captions_and_read_also_lines_are_not_statements(extract):
    text = (
        "Norvik demands reopening of Alder road\n\n"
        "Norvik's Prime Minister Sofia Lind on Friday urged Valdoria to lift its checkpoint "
        "on the Alder road.\n\n"
        "Photo: Prime Minister Sofia Lind said the road must open, speaking in Norhaven.\n\n"
        "Read also: Valdoria says the checkpoint will stay, Aro said on Thursday."
    )
    t = extract(text)
    assert list(t["text"]) == ["Valdoria to lift its checkpoint on the Alder road"]
    check(t.iloc[0], kind="indirect", cue="urged", actor="Sofia Lind", date="2032-04-30")
    assert (t["end"] < text.index("Photo:")).all()


@pytest.mark.parametrize(
    "dateline",
    [
        "NORHAVEN, October 1 (Baltwire) - ",
        "NORHAVEN, Oct. 1 (Baltwire) – ",
        "NORHAVEN, 1 October /Baltwire/. ",
    ],
)
@pytest.mark.parametrize(
    "body, content, kind",
    [
        (
            '"The road must open before the winter comes," Lind said.',
            "The road must open before the winter comes",
            "direct",
        ),
        (
            "Lind said the road must open before the winter comes.",
            "the road must open before the winter comes",
            "indirect",
        ),
        (
            "The road must open before the winter comes, Lind said.",
            "The road must open before the winter comes",
            "indirect",
        ),
    ],
)
def test_dateline_is_not_part_of_a_statement(extract, dateline, body, content, kind):
    text = dateline + body
    t = extract(text, published="2032-10-01")
    assert len(t) == 1
    check(row(t, content), kind=kind, actor="Sofia Lind", party="Norvik")
    assert t.iloc[0]["start"] >= len(dateline)


@pytest.mark.parametrize(
    "text",
    [
        # narration without a reporting verb
        "Lind travelled to Kessel on Friday and met Roos for three hours. The two leaders "
        "discussed the Alder road and the supply of the valley.",
        # scare quotes
        'Trucks queued at the so-called "blockade" near the valley on Friday.',
        "The so-called “humanitarian corridor through the valley” remained closed on Friday.",
        # names in quotes
        "The ferry docked at the ‘North Gate’ terminal in Norhaven on Friday.",
        'Lorries from Torre use the "North Gate" terminal every morning.',
    ],
)
def test_narration_scare_quotes_and_names_are_not_statements(extract, text):
    assert extract(text).empty


# =======================================================================================
# 8. A lede repeating a later quotation
# =======================================================================================
def test_lede_repeating_later_quote_is_marked_duplicate(extract):
    text = (
        "NORHAVEN, October 1 (Baltwire) - Norvik's Prime Minister Sofia Lind said on "
        "Friday that the Alder road must reopen before winter because the checkpoint is "
        "an act of collective punishment.\n\n"
        '"The Alder road must reopen before winter. The checkpoint is an act of collective '
        'punishment," Lind told reporters in Norhaven.\n\n'
        "Roos said Estmere was ready to host talks between the two sides."
    )
    t = extract(text, published="2032-10-01")
    lede = row(
        t,
        "the Alder road must reopen before winter because the checkpoint is an act "
        "of collective punishment",
    )
    quote = row(
        t,
        "The Alder road must reopen before winter. The checkpoint is an act of "
        "collective punishment",
    )
    check(lede, kind="indirect", actor="Sofia Lind")
    check(quote, kind="direct", cue="told reporters", actor="Sofia Lind", duplicate_of="")
    assert lede["duplicate_of"] == quote["statement_id"]
    assert row(t, "Estmere was ready to host talks between the two sides")["duplicate_of"] == ""


# =======================================================================================
# Dates
# =======================================================================================
@pytest.mark.parametrize(
    "text, date",
    [
        ("Lind said on Friday that the road must open before the winter comes.", "2032-04-30"),
        ('"The road must open before the winter comes," Lind said on Friday.', "2032-04-30"),
        ("Lind said last Friday that the road must open before the winter comes.", "2032-04-30"),
        ("Lind said yesterday that the road must open before the winter comes.", "2032-05-02"),
        (
            '"The road must open before the winter comes," Lind told reporters yesterday.',
            "2032-05-02",
        ),
        ("Lind said on April 28 that the road must open before the winter comes.", "2032-04-28"),
        ("On April 28, Lind said the road must open before the winter comes.", "2032-04-28"),
        ("Lind said the road must open before the winter comes.", PUBLISHED),
    ],
)
def test_statement_date(extract, text, date):
    t = extract(text, published=PUBLISHED)
    assert len(t) == 1
    check(t.iloc[0], actor="Sofia Lind", date=date, published=PUBLISHED)


@pytest.mark.parametrize("sep", [" ", "\n\n"])
def test_date_takes_year_from_earlier_sentence(extract, sep):
    t = extract(
        "Roos met Aro in Kessel on December 12, 2031, for the first round of talks."
        + sep
        + "On December 14, Roos said that both sides had agreed to keep talking.",
        published=PUBLISHED,
    )
    check(row(t, "both sides had agreed to keep talking"), actor="Hanna Roos", date="2031-12-14")


@pytest.mark.parametrize(
    "text",
    [
        "Lind said the road must open before the winter comes.",
        "Lind said on Friday that the road must open before the winter comes.",
    ],
)
def test_no_published_date_and_no_absolute_date_gives_empty_date(extract, text):
    t = extract(text, published="")
    assert len(t) == 1
    check(t.iloc[0], actor="Sofia Lind", date="", published="")


# =======================================================================================
# Unknown speakers
# =======================================================================================
@pytest.mark.parametrize(
    "text",
    [
        '"We will not give up on the valley and its people," Dorn said.',
        '"We will not give up on the valley and its people," someone said.',
        'The talks broke down on Friday.\n\n"We will not give up on the valley and its people," '
        "one person said.",
    ],
)
def test_unresolved_speaker_is_kept(extract, text):
    t = extract(text)
    check(
        row(t, "We will not give up on the valley and its people"),
        kind="direct",
        actor="",
        party="unresolved",
    )


def test_unregistered_surname_is_flagged(extract):
    t = extract('"We will not give up on the valley and its people," Dorn said.')
    r = row(t, "We will not give up on the valley and its people")
    check(r, cue="said", speaker="Dorn", party="unresolved")
    assert "speaker-unresolved" in r["flags"]


# =======================================================================================
# The table itself
# =======================================================================================
def test_table_columns_and_ids(extract):
    t = extract(
        "Lind said the road must open before the winter comes. Aro denied that the "
        "road had been closed to civilian traffic.",
        source="Baltwire",
    )
    assert list(t.columns) == [
        "article_id",
        "statement_id",
        "text",
        "kind",
        "cue",
        "speaker",
        "actor",
        "party",
        "start",
        "end",
        "date",
        "published",
        "source",
        "duplicate_of",
        "flags",
    ]
    assert list(t["statement_id"]) == ["a1:001", "a1:002"]
    assert (t["source"] == "Baltwire").all()
    assert list(t["party"]) == ["Norvik", "Valdoria"]


def test_empty_corpus_gives_empty_table(registry):
    corpus = pd.DataFrame(
        {"article_id": ["a1"], "text": ["Rain fell over the valley."], "published": [PUBLISHED]}
    )
    t = analysis.statements(corpus, registry=registry)
    assert t.empty
    assert "statement_id" in t.columns


def test_own_voice_statement_gives_a_nested_report_to_its_speaker(extract):
    t = extract(
        "The Ministry notes with regret that on 30 April the Prime Minister of Norvik "
        'described the checks as "a siege." Such language does not help anyone.',
        speaker="Valdorian Foreign Ministry",
    )
    siege = t[t["text"].str.contains("siege")]
    assert len(siege) == 1
    assert siege.iloc[0]["party"] == "Norvik"
    assert siege.iloc[0]["cue"] == "described … as"
    assert siege.iloc[0]["date"] == "2032-04-30"
    own = row(t, "Such language does not help anyone.")
    assert own["kind"] == "own-voice" and own["party"] == "Valdoria"


def test_readout_title_alone_is_the_issuer_not_the_last_minister_named(extract):
    t = extract(
        "Minister Aro stated that the inspections were a temporary security measure.\n\n"
        "The Minister reiterated Estmere's offer to host talks in Kessel at any level.",
        speaker="Hanna Roos",
    )
    aro = t[t["text"].str.startswith("the inspections")]
    assert aro["party"].tolist() == ["Valdoria"]
    offer = t[t["text"].str.contains("offer to host talks")]
    assert offer["party"].tolist() == ["Estmere"] and offer["kind"].tolist() == ["own-voice"]


def test_undated_quotes_in_a_report_take_the_day_its_lede_names(extract):
    # PUBLISHED is a Monday: the visit "on Thursday" (2032-04-29) is when the quotes were said
    lede = (
        "The head of the Tessarine League walked along the closed Alder road on Thursday and "
        "urged both governments to keep cool heads.\n\n"
    )
    t = extract(lede + '"I have seen the queue of trucks," Roos told reporters.', PUBLISHED)
    check(row(t, "I have seen the queue of trucks"), actor="Hanna Roos", date="2032-04-29")
    # a month and day in the lede dates background, not the event: the published day stays
    background = lede.replace("on Thursday", "since March 1")
    t = extract(background + '"I have seen the queue of trucks," Roos told reporters.', PUBLISHED)
    check(row(t, "I have seen the queue of trucks"), date=PUBLISHED)


# =======================================================================================
# 8. Wire and readout patterns met in blind corpora
# =======================================================================================
def test_quote_before_speaker_followed_by_participle(extract):
    t = extract(
        'Estmere said it regretted the decision. "The accord has served this region well, and '
        'it should be respected by all," Hanna Roos said on Monday, urging both capitals "to '
        'sit down at the same table."'
    )
    quote = row(t, "The accord has served this region well, and it should be respected by all")
    check(quote, kind="direct", cue="said", actor="Hanna Roos", party="Estmere")
    urging = row(t, 'both capitals "to sit down at the same table."')
    check(urging, cue="urging", actor="Hanna Roos")
    assert t["text"].is_unique


@pytest.mark.parametrize(
    "text, content, cue, actor",
    [
        (
            "Valdoria, for its part, backed Norvik's rival, saying every state had the right "
            "to decide who crosses its border.",
            "every state had the right to decide who crosses its border",
            "saying",
            "Valdoria",
        ),
        (
            "Aro on Monday put his country firmly behind Selvia, telling reporters in Torre "
            "that every state may inspect what crosses its territory.",
            "every state may inspect what crosses its territory",
            "telling reporters",
            "Piet Aro",
        ),
    ],
)
def test_participle_after_a_main_clause_that_is_not_speech(extract, text, content, cue, actor):
    t = extract(text)
    assert len(t) == 1
    check(row(t, content), cue=cue, actor=actor, party="Valdoria")


def test_adverbial_and_role_appositions_before_the_verb(extract):
    t = extract(
        'Aro, for his part, said the checkpoint would "stay as long as it is needed." The '
        "Kessel secretariat said 900 people crossed. Its secretary-general, Brother Hanna "
        "Roos, said the secretariat was ready to host talks."
    )
    check(row(t, 'the checkpoint would "stay as long as it is needed."'), actor="Piet Aro")
    talks = row(t, "the secretariat was ready to host talks")
    check(talks, actor="Hanna Roos", party="Estmere")


def test_joint_statement_subjects_take_the_publishing_party(extract):
    t = extract(
        "Joint statement\n\nThe ministers stressed that every state may manage its own "
        "border.\n\nBoth sides agreed that the Alder road talks should resume. The two "
        "governments also agreed to build a power line.",
        source="Ministry of Foreign Affairs of Valdoria",
    )
    assert list(t["party"]) == ["Valdoria", "Valdoria"]
    assert not t["text"].str.contains("power line").any()  # agreeing to act is not speech


def test_readout_gives_the_visitor_his_words(extract):
    t = extract(
        "Readout of the meeting\n\nSecretary-General Hanna Roos met Minister Piet Aro today. "
        "She underlined that the secretariat stands ready to host talks.\n\nMinister Aro "
        "informed the Secretary-General that the checkpoint would stay. The Minister stressed "
        "that control of the road was not open to negotiation.",
        speaker="Hanna Roos",
    )
    check(row(t, "the checkpoint would stay"), actor="Piet Aro", party="Valdoria")
    check(
        row(t, "control of the road was not open to negotiation"),
        actor="Piet Aro",
        party="Valdoria",
    )
    ready = t[t["text"].str.contains("ready to host talks")]
    assert set(ready["party"]) == {"Estmere"}


def test_he_refers_to_a_singular_role_not_to_a_group(extract):
    t = extract(
        "Diplomats in Kessel said Estmere had urged restraint.\n\nA spokesman for the "
        "Valdorian border service said on Monday that the crossing was open. Travellers "
        "should use the northern gate, he said."
    )
    check(row(t, "Travellers should use the northern gate"), party="Valdoria")


def test_a_readout_gives_she_to_the_visitor_who_briefed(extract):
    t = extract(
        "Press release\n\nForeign Minister Hanna Roos today received Piet Aro, who is in "
        "Kessel for consultations.\n\nMinister Aro briefed the Minister on the Alder road. "
        "He stated that the checkpoint was a temporary measure.",
        speaker="Hanna Roos",
    )
    check(row(t, "the checkpoint was a temporary measure"), actor="Piet Aro", party="Valdoria")
    # who met whom is not anybody's statement
    assert not t["text"].str.contains("received|briefed", regex=True).any()


def test_stage_directions_and_preambles_are_not_statements(extract):
    t = extract(
        "Estmere Ministry of Foreign Affairs\n\nSPOKESPERSON ANNA VIK: One announcement "
        "before we start.\n\nQUESTION: Does Estmere take sides?\n\nVIK: Estmere supports "
        "unhindered passage on the Alder road.\n\n(The briefing ended at 15:40.)\n\n"
        "[End of transcript]",
        source="Estmere Ministry of Foreign Affairs",
    )
    assert list(t["text"]) == ["Estmere supports unhindered passage on the Alder road."]
    t = extract(
        "In connection with recent statements by Norvik, the Ministry states the following:"
        "\n\nThe checkpoint on the Alder road is lawful.",
        speaker="Valdorian Foreign Ministry",
    )
    assert list(t["text"]) == ["The checkpoint on the Alder road is lawful."]


def test_terms_of_anonymity_are_not_what_was_said(extract):
    t = extract(
        '"They closed the road and then ask us to pay for it," a senior aide to Piet Aro '
        'told Baltwire, speaking on condition of anonymity. "Norvik owes us the fees."'
    )
    assert list(t["text"]) == [
        "They closed the road and then ask us to pay for it",
        "Norvik owes us the fees.",
    ]
    assert set(t["party"]) == {"Valdoria"}


def test_a_ledes_background_clause_is_not_part_of_the_demand(extract):
    t = extract(
        "KESSEL, Oct 1 (Baltwire) - Sofia Lind on Monday urged Valdoria to reopen the Alder "
        "road, as hundreds of lorries remained stuck at the checkpoint for a third day."
    )
    check(row(t, "Valdoria to reopen the Alder road"), party="Norvik")


def test_passive_and_negated_cues_report_no_words(extract):
    t = extract(
        "The outbreak was confirmed in March in Selvia, whose government has not commented "
        "on the dispute. Sofia Lind said the road must reopen."
    )
    assert list(t["text"]) == ["the road must reopen"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            '"Norvik owes us the fees," the ministry\'s chief negotiator, Piet Aro, said on '
            "Sunday in a message relayed by the embassy.",
            "Norvik owes us the fees",
            "the ministry's chief negotiator, Piet Aro",
        ),
        (
            '"The gate stays shut," the aide to Piet Aro, who spoke on condition of anonymity '
            "because he was not authorised to brief the media, told Baltwire.",
            "The gate stays shut",
            "the aide to Piet Aro",
        ),
        (
            "A diplomat in Kessel who asked not to be named said the two capitals were close.",
            "the two capitals were close",
            "A diplomat in Kessel",
        ),
        (
            "A diplomat based in the region, who asked not to be named, said talks had stalled.",
            "talks had stalled",
            "A diplomat",
        ),
        (
            "Aro nevertheless said Valdoria would not object to talks.",
            "Valdoria would not object to talks",
            "Aro",
        ),
        (
            'We thank the Concord secretariat, which has called the closure "a cruelty to '
            'the old and the sick."',
            'the closure "a cruelty to the old and the sick."',
            "the Concord secretariat",
        ),
    ],
)
def test_speakers_with_appositions_relatives_and_adverbs(extract, text, content, speaker):
    check(row(extract(text), content), speaker=speaker)


def test_a_first_clause_without_that_is_kept_before_and_that(extract):
    t = extract(
        "Hanna Roos said on Tuesday she would convene the parties if both asked her to, and "
        "that observers could be sent within a week."
    )
    assert list(t["text"]) == [
        "she would convene the parties if both asked her to, and that observers could be "
        "sent within a week"
    ]


def test_encouraging_is_a_request(extract):
    t = extract("Hanna Roos encouraged Valdoria to reopen the Alder road without delay.")
    check(row(t, "Valdoria to reopen the Alder road without delay"), cue="encouraged")


def test_the_minister_is_not_the_deputy_minister_named_before(extract):
    t = extract(
        "Readout\n\nForeign Minister Hanna Roos received Deputy Minister Piet Aro. Deputy "
        "Minister Aro stressed that the checkpoint was temporary.\n\nThe Minister underlined "
        "that Estmere favoured dialogue.",
        source="Estmere Ministry of Foreign Affairs",
    )
    check(row(t, "the checkpoint was temporary"), party="Valdoria")
    check(row(t, "Estmere favoured dialogue"), actor="Hanna Roos", party="Estmere")


def test_a_body_named_like_a_person_and_its_president():
    parties = pd.DataFrame(
        {"party": ["Norvik", "Herders' Relief International"], "aliases": ["Norvikian", "HRI"]}
    )
    actors = pd.DataFrame(columns=["actor", "party", "aliases"])
    registry = Registry.from_frames(parties, actors)
    corpus = pd.DataFrame(
        {
            "article_id": ["a1"],
            "text": [
                "Herders' Relief International said the closure was costing lives. \"Every "
                "day counts,\" said the organisation's president, Dr Ada Lenk, a vet in Kessel."
            ],
            "published": ["2032-10-01"],
        }
    )
    t = analysis.statements(corpus, registry=registry)
    check(
        row(t, "the closure was costing lives"),
        actor="Herders' Relief International",
        party="Herders' Relief International",
    )
    check(row(t, "Every day counts"), party="Herders' Relief International")


def test_a_briefer_steering_the_briefing_makes_no_statement(extract):
    t = extract(
        "Estmere Ministry of Foreign Affairs\n\nSPOKESPERSON ANNA VIK: I have no announcements "
        "today, so let us go straight to your questions.\n\nQUESTION: The road?\n\nVIK: Let me "
        "begin with the Alder road. Estmere supports unhindered passage on it. The next "
        "briefing will be on Friday, 9 October.",
        source="Estmere Ministry of Foreign Affairs",
    )
    assert list(t["text"]) == ["Estmere supports unhindered passage on it."]


def test_a_spokesperson_named_after_her_ministry_is_the_person(extract):
    t = extract(
        "Valdorian Foreign Ministry spokesperson Piet Aro dismissed the remarks as "
        '"noise." The road "is open to everyone," he said in a written reply on Tuesday.'
    )
    check(row(t, 'The road "is open to everyone,"'), actor="Piet Aro", party="Valdoria")


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'Aro himself told a rally in Torre on Saturday that the road "will stay as it is."',
            'the road "will stay as it is."',
        ),
        (
            '"Nobody will table a text that is sure to fail," said a diplomat from a Concord '
            "member state, who asked not to be named because the talks are confidential.",
            "Nobody will table a text that is sure to fail",
        ),
    ],
)
def test_reflexives_and_long_relative_clauses_around_the_speaker(extract, text, content):
    assert content in list(extract(text)["text"])


@pytest.mark.parametrize(
    "sentence",
    [
        '"The gate must reopen," said a diplomat from a Concord member state, who asked not to '
        "be named.",
        'One diplomat from a coastal state on the Concord council said the gate "must reopen."',
    ],
)
def test_a_speaker_from_an_unnamed_member_state_is_not_the_body(sentence):
    """The bloc named is where the speaker's state sits, not whom the speaker speaks for."""
    parties = pd.DataFrame(
        {"party": ["Norvik", "Concord"], "aliases": ["Norvikian", "the Concord"]}
    )
    actors = pd.DataFrame(columns=["actor", "party", "aliases"])
    registry = Registry.from_frames(parties, actors)
    article = pd.DataFrame({"article_id": ["a1"], "text": [sentence], "published": [PUBLISHED]})
    table = analysis.statements(article, registry=registry)
    assert len(table) == 1
    assert table["party"].iloc[0] == "unresolved"


@pytest.mark.parametrize(
    "sentence",
    [
        '"The gate stays shut," an aide to Piet Aro told Baltwire.',
        '"The gate stays shut," a spokeswoman for Piet Aro said on Friday.',
        '"The gate stays shut," a senior aide to Valdorian President Ivo Marek told Baltwire.',
    ],
)
def test_an_aide_speaks_for_the_side_but_is_not_the_person(extract, sentence):
    """Attributing an aide's words to the president would put words in the president's mouth;
    so would it for a president the registry does not list."""
    check(row(extract(sentence), "The gate stays shut"), party="Valdoria", actor="")


def test_the_terms_of_anonymity_after_a_time_are_no_content(extract):
    t = extract(
        '"The gate stays shut," the aide told Baltwire on Sunday, speaking on condition of '
        "anonymity because he was not authorised to comment publicly."
    )
    assert list(t["text"]) == ["The gate stays shut"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Anna Vik of the Civic Renewal party told parliament on Wednesday that the ban was "
            '"making Estmere look like a country with something to hide."',
            'the ban was "making Estmere look like a country with something to hide."',
            "Anna Vik of the Civic Renewal party",
        ),
        (
            '"Sanctions that are not enforced are sanctions on paper," Piet Aro told a joint '
            "news conference with his Norvikian counterpart.",
            "Sanctions that are not enforced are sanctions on paper",
            "Piet Aro",
        ),
        (
            "Hanna Roos, head of the provincial health service, warned that the hospitals could "
            "not run on generators for long.",
            "the hospitals could not run on generators for long",
            "Hanna Roos",
        ),
        (
            "Hanna Roos, executive director of the Hauliers' Association, said the firms had "
            "lost their winter contracts.",
            "the firms had lost their winter contracts",
            "Hanna Roos",
        ),
    ],
)
def test_bodies_audiences_and_offices_around_the_speaker(extract, text, content, speaker):
    check(row(extract(text), content), speaker=speaker)


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        (
            '"Not one sack should leave this country," Greta Vollan, president of the farmers\' '
            "federation, told the crowd outside the agriculture ministry.",
            "Not one sack should leave this country",
            "Greta Vollan, president of the farmers' federation",
            "told the crowd",
        ),
        (
            "The cooperative said in a statement that the survey could serve seabed mining.",
            "the survey could serve seabed mining",
            "The cooperative",
            "said",
        ),
        (
            "The orchestra's general manager, Sabina Corvec, said the musicians were ready to go.",
            "the musicians were ready to go",
            "The orchestra's general manager, Sabina Corvec",
            "said",
        ),
        (
            "The Estmere Commission estimated on Tuesday that yields would fall by a fifth.",
            "yields would fall by a fifth",
            "The Estmere Commission",
            "estimated",
        ),
        (
            "Norhaven has long insisted that its courts alone can try the case.",
            "its courts alone can try the case",
            "Norhaven",
            "insisted",
        ),
        (
            '"Our people asked for this fence," Greta Holmvik, chair of the villages\' '
            "association, which represents some 4,000 residents, said on Sunday.",
            "Our people asked for this fence",
            "Greta Holmvik, chair of the villages' association",
            "said",
        ),
    ],
)
def test_speakers_of_bodies_and_their_reporting_verbs(extract, text, content, speaker, cue):
    check(row(extract(text), content), speaker=speaker, cue=cue)


def test_a_relative_clause_ends_its_statement_before_the_main_verb(extract):
    # "X, which says …, also called on …": two statements of X, not one running on
    t = extract(
        "The federation, which says it represents about 140,000 farms, also called on the "
        "government to keep the ban in place."
    )
    assert list(t["text"]) == [
        "it represents about 140,000 farms",
        "the government to keep the ban in place",
    ]
    assert list(t["cue"]) == ["says", "called on"]
    assert set(t["speaker"]) == {"The federation"}


def test_declining_to_comment_is_no_statement(extract):
    t = extract('"We will publish in April," a spokesperson said, declining to comment further.')
    assert list(t["text"]) == ["We will publish in April"]


def test_an_official_text_gives_words_it_cites_as_a_noun_to_their_speaker(extract):
    t = extract(
        "The Ministry has taken note of the statement by the Ministry of Foreign Affairs of "
        'Valdoria of 4 April, according to which the gate "must reopen at once". The gate '
        "will reopen when the inspections are complete.",
        speaker="Norvikian Foreign Ministry",
    )
    check(row(t, 'the gate "must reopen at once"'), party="Valdoria")
    check(row(t, "The gate will reopen when the inspections are complete."), party="Norvik")
    assert len(t) == 2  # the sentence that cites is not also the issuer's own


def test_a_choice_of_words_is_the_statement_of_whoever_chose_them(extract):
    t = extract(
        "We regret that the Ministry of Foreign Affairs of Valdoria has chosen to describe "
        'the checks as "a siege by paperwork".',
        speaker="Norvikian Foreign Ministry",
    )
    check(row(t, 'the checks as "a siege by paperwork"'), party="Valdoria", cue="describe … as")
    assert len(t) == 1


def test_a_spokesperson_named_by_the_bodys_common_noun(extract):
    t = extract(
        "The Estmere Commission said on Monday it had counted 300 cases. The figure was "
        "rising, a commission spokesperson said."
    )
    check(row(t, "The figure was rising"), party="Estmere")


def test_a_day_inside_a_later_report_of_the_same_speaker_is_the_events_not_the_speakers(extract):
    t = extract(
        "Piet Aro said on Friday that the gate would stay shut. Aro said five of the firms that "
        "brought visitors to the shrine on Sunday were not registered."
    )
    check(row(t, "the gate would stay shut"), date="2032-04-30")
    later = "five of the firms that brought visitors to the shrine on Sunday were not registered"
    check(row(t, later), date="2032-04-30")


def test_the_name_a_body_is_known_as_is_its_speaker_name(extract):
    t = extract(
        "Valdoria's biggest farm lobby, the National Federation of Livestock Farmers, known as "
        "Agrofed, said last week that its members would not pay for the outbreak."
    )
    check(row(t, "its members would not pay for the outbreak"), speaker="Agrofed")


@pytest.mark.parametrize(
    "text, content, party",
    [
        # bodies and offices named by a common noun
        (
            "Valdoria's chief veterinary officer, Mira Tosk, told state broadcaster VTR late on "
            "Monday that the virus travels on boots.",
            "the virus travels on boots",
            "Valdoria",
        ),
        (
            "But a Norvikian official familiar with the talks said the gate could open "
            '"within hours".',
            'the gate could open "within hours"',
            "Norvik",
        ),
        (
            "Estmere's foreign minister expressed appreciation for the convoys sent through the "
            "gate.",
            "for the convoys sent through the gate",
            "Estmere",
        ),
    ],
)
def test_speakers_named_by_common_nouns_and_post_modifiers(extract, text, content, party):
    check(row(extract(text), content), party=party)


def test_a_diplomat_from_one_of_the_member_states_is_a_speaker_of_no_known_party(extract):
    t = extract(
        "A diplomat from one of the union's northern member states said several governments "
        "were ready to take the passengers."
    )
    check(row(t, "several governments were ready to take the passengers"), party="unresolved")
    assert list(t["cue"]) == ["said"]  # "states" is the noun here, not the verb


def statements_with(parties: dict, actors: dict, text: str, **article) -> pd.DataFrame:
    """The statements of one article under a registry of its own, indexed by their text.

    ``parties`` maps party → aliases, ``actors`` maps actor → (party, aliases).
    """
    registry = Registry.from_frames(
        pd.DataFrame({"party": list(parties), "aliases": list(parties.values())}),
        pd.DataFrame(
            {
                "actor": list(actors),
                "party": [p for p, _ in actors.values()],
                "aliases": [a for _, a in actors.values()],
            }
        ),
    )
    columns = {"article_id": "a1", "text": text, "published": PUBLISHED, **article}
    table = pd.DataFrame({k: [v] for k, v in columns.items()})
    return analysis.statements(table, registry=registry).set_index("text")


def test_the_body_is_the_one_registered_under_that_noun():
    t = statements_with(
        {"Corvenia": "", "Miradia": ""},
        {
            "National Bank of Corvenia": ("Corvenia", ""),
            "Miradian Carriers' Association": ("Miradia", ""),
        },
        "In a statement on Monday, the central bank said the suspension applied only to "
        "untraced transfers. The association said the trucks were still being turned back.",
    )
    assert t.loc["the suspension applied only to untraced transfers", "actor"] == (
        "National Bank of Corvenia"
    )
    assert t.loc["the trucks were still being turned back", "party"] == "Miradia"


def test_the_wires_timeline_after_a_demand_is_not_the_demand(extract):
    t = extract(
        "Norvik on Monday urged Valdoria to reopen the gate, a day after a convoy was turned "
        "back at the border."
    )
    assert list(t["text"]) == ["Valdoria to reopen the gate"]


def test_an_intro_in_an_official_text_adds_no_empty_statement(extract):
    t = extract(
        'The Ministry received Piet Aro. Piet Aro said:\n\n"The gate must open."',
        speaker="Norvikian Foreign Ministry",
    )
    assert (t["text"].str.len() > 0).all()
    assert t["kind"].notna().all()


def test_a_body_introduced_by_description_is_the_registered_one_with_all_its_words():
    iacd = "International Association of Career Diplomats"
    t = statements_with(
        {"Corvenia": "", "Miradia": ""},
        {iacd: (iacd, ""), "Miradian Carriers' Union": ("Miradia", "")},
        "An international association of diplomats on Wednesday urged Corvenia to let the "
        "envoys return. A union of diplomats said the road was closed.",
    )
    assert t.loc["Corvenia to let the envoys return", "party"] == (
        "International Association of Career Diplomats"
    )
    # no registered body has both "union" and "diplomats" in its name: nothing is guessed
    assert t.loc["the road was closed", "party"] == "unresolved"


def test_an_aide_to_a_president_after_the_verb_keeps_whose_aide(extract):
    t = extract(
        '"The gate stays shut," said a senior aide to Valdorian President Ivo Marek, who spoke '
        "on condition of anonymity."
    )
    check(row(t, "The gate stays shut"), party="Valdoria", actor="")


def test_a_title_the_registry_gives_another_side_is_not_the_issuers_voice():
    t = statements_with(
        {"Taravia": "Taravian", "Inner Sea Office": ""},
        {
            "Leyla Harrazi": ("Taravia", "Minister Harrazi"),
            "Matthias Orvell": ("Inner Sea Office", "the Special Representative"),
        },
        "Minister Harrazi received Mr. Matthias Orvell today. The Special Representative "
        "informed the Minister that the mission had registered 3,870 applications by "
        "Wednesday evening. The Minister stressed that the gate must reopen.",
        speaker="Taravian Foreign Ministry",
    )
    reported = t.loc["the mission had registered 3,870 applications by Wednesday evening"]
    assert (reported["actor"], reported["party"]) == ("Matthias Orvell", "Inner Sea Office")
    # "by Wednesday evening" is a deadline in what was said, not the day it was said
    assert reported["date"] == PUBLISHED
    # the issuer's own minister, named with the title, says the clause for the issuer
    assert tuple(t.loc["the gate must reopen", ["actor", "party"]]) == ("Leyla Harrazi", "Taravia")


def test_a_paragraph_opening_on_a_day_dates_what_follows(extract):
    t = extract(
        "The Representative visited Norhaven and Torre on 1 and 2 May.\n\n"
        "In Norhaven on 1 May, the Representative met Prime Minister Lind.\n\n"
        "Lind said the gate must reopen.\n\n"
        "On 2 May, the Representative met Piet Aro in Torre.\n\n"
        "Aro said the gate would stay shut."
    )
    assert row(t, "the gate must reopen")["date"] == "2032-05-01"
    assert row(t, "the gate would stay shut")["date"] == "2032-05-02"


def test_a_readouts_bare_title_is_the_guest_introduced_with_it():
    t = statements_with(
        {"Taravia": "Taravian", "Inner Sea Trade Organisation": "ISTO"},
        {
            "Leyla Harrazi": ("Taravia", "Minister Harrazi"),
            "Tomas Orvell": ("Inner Sea Trade Organisation", "Orvell"),
        },
        "Minister Harrazi spoke today with Tomas Orvell, Director-General of the Inner Sea "
        "Trade Organisation.\n\nThe Minister underlined that the visas must be issued.\n\n"
        "The Director-General expressed concern that traders were being turned away. He "
        "recalled that members had committed to decide applications promptly.",
        speaker="Taravian Foreign Ministry",
    )
    for said in (
        "traders were being turned away",
        "members had committed to decide applications promptly",
    ):
        assert (t.loc[said, "actor"], t.loc[said, "party"]) == (
            "Tomas Orvell",
            "Inner Sea Trade Organisation",
        )
    # and "The Minister" is the issuer's minister named with that title
    assert tuple(t.loc["the visas must be issued", ["actor", "party"]]) == (
        "Leyla Harrazi",
        "Taravia",
    )


def test_a_readouts_bare_title_is_the_issuers_own_minister_named_with_it():
    # the issuer's registered minister, named with the title ("Minister of Foreign Affairs
    # Leyla Harrazi"), says what "The Minister" underlined: the clause, dated by the readout,
    # not by a day named in it; a bare object stays the issuer's sentence
    t = statements_with(
        {"Taravia": "Taravian", "Inner Sea Trade Organisation": "ISTO"},
        {
            "Leyla Harrazi": ("Taravia", "Minister Harrazi"),
            "Taravian Foreign Ministry": ("Taravia", ""),
        },
        "Minister of Foreign Affairs Leyla Harrazi today received the Director-General of "
        "the Inner Sea Trade Organisation.\n\nThe Minister underlined that the programme "
        "signed on Wednesday would not help traders while the visas stayed suspended.\n\n"
        "The Minister welcomed the offer.",
        speaker="Taravian Foreign Ministry",
    )
    said = t.loc[
        "the programme signed on Wednesday would not help traders while the visas stayed suspended"
    ]
    assert (said["actor"], said["party"], said["cue"]) == ("Leyla Harrazi", "Taravia", "underlined")
    assert said["date"] == PUBLISHED
    welcomed = t.loc["The Minister welcomed the offer."]
    assert (welcomed["actor"], welcomed["kind"]) == ("Taravian Foreign Ministry", "own-voice")


def test_a_bare_title_both_sides_ministers_bear_is_the_issuers_own():
    # both ministers are registered and titled so: in the issuer's own text "The Minister" is
    # its own minister
    t = statements_with(
        {"Taravia": "Taravian", "Miradia": "Miradian"},
        {"Selma Ostrand": ("Taravia", "Ostrand"), "Ivo Marek": ("Miradia", "Marek")},
        "Minister Selma Ostrand received Minister Ivo Marek of Miradia.\n\n"
        "The Minister underlined that the gate must reopen without delay.",
        speaker="Taravian Foreign Ministry",
    )
    said = t.loc["the gate must reopen without delay"]
    assert (said["actor"], said["party"]) == ("Selma Ostrand", "Taravia")


def test_a_bare_title_another_named_person_also_bears_stays_the_issuers():
    # the issuer's own minister is named (though not registered) with the same title as the
    # guest: "the Minister" is then not resolved to the guest
    t = statements_with(
        {"Taravia": "Taravian", "Miradia": "Miradian"},
        {"Ivo Marek": ("Miradia", "Marek")},
        "Minister Selma Ostrand received Minister Ivo Marek of Miradia.\n\n"
        "The Minister underlined that the gate must reopen.",
        speaker="Taravian Foreign Ministry",
    )
    assert t.loc["The Minister underlined that the gate must reopen.", "party"] == "Taravia"


def test_a_body_described_in_the_lede_is_the_one_the_report_describes_so_later():
    # "a Karsovian environmental group" in the lede is Clear Sky Karsovia, which the report
    # later calls "an environmental group founded in Velgrad"; the union, of the same
    # country, is described otherwise; "Vestrava's biggest consumer group" is the registered
    # consumers' body, its ranking word aside
    t = statements_with(
        {
            "Karsovia": "Karsovian",
            "Vestrava": "",
            "Clear Sky Karsovia": "",
            "Karsovian Oil Workers' Union": "",
            "Vestravan Consumers' League": "",
        },
        {},
        "DORVASK, May 3 - Thousands of oil workers marched on Sunday, while a Karsovian "
        "environmental group accused its own government of poisoning the valley.\n\n"
        "The Karsovian Oil Workers' Union, the country's largest union, said the field must "
        "stay open.\n\nOn the other side of town, Clear Sky Karsovia, an environmental group "
        "founded in Velgrad in 2041, said the flares had to stop.\n\n"
        "Vestrava's biggest consumer group said households must come first.",
    )
    for said in ("its own government of poisoning the valley", "the flares had to stop"):
        assert t.loc[said, "party"] == "Clear Sky Karsovia"
    assert t.loc["households must come first", "party"] == "Vestravan Consumers' League"
    # a description that fits no body the report describes stays unresolved
    t = statements_with(
        {"Karsovia": "Karsovian", "Clear Sky Karsovia": ""},
        {},
        "A Karsovian farmers' group said the field must stay open.\n\nClear Sky Karsovia, an "
        "environmental group, said the flares had to stop.",
    )
    assert t.loc["the field must stay open", "party"] == "unresolved"


def test_the_group_is_the_body_of_the_speaker_just_before():
    # "The group" after a body's director is the body; after a state's minister it is nobody
    parties = {"Torvenia": "Torvenian", "Clear Lakes Torvenia": ""}
    actors = {
        "Lena Wessendorf": ("Clear Lakes Torvenia", "Wessendorf"),
        "Ivo Rask": ("Torvenia", "Rask"),
    }
    t = statements_with(
        parties,
        actors,
        '"The pumps have to stop," Lena Wessendorf, director of Clear Lakes Torvenia, told '
        "a news conference.\n\nThe group said the station had been enlarged without an "
        "assessment.",
    )
    assert t.loc["the station had been enlarged without an assessment", "party"] == (
        "Clear Lakes Torvenia"
    )
    t = statements_with(
        parties,
        actors,
        '"The pumps will run," Environment Minister Ivo Rask told a news conference.\n\n'
        "The group said the station had been enlarged without an assessment.",
    )
    assert t.loc["the station had been enlarged without an assessment", "party"] == "unresolved"


def test_she_in_a_briefing_is_the_own_sides_minister_the_spokesperson_named():
    # the spokesperson reports her minister's words: "she" is the minister, and the words
    # were said on the day the sentence before names
    t = statements_with(
        {"Lissonia": "Lissonian", "Carvessa": "Carvessan"},
        {
            "Ada Matusek": ("Lissonia", "Matusek"),
            "Irena Orlec": ("Lissonia", "Minister Orlec"),
            "Tomas Venn": ("Carvessa", "Minister Venn"),
        },
        "QUESTION: Did the minister raise this with Minister Venn?\n\n"
        "MATUSEK: Minister Orlec spoke with Minister Venn by telephone on Friday. She told him "
        "that the removal of the channel was damaging trust between our two countries.\n\n"
        "QUESTION: Thank you.",
    )
    said = t.loc["the removal of the channel was damaging trust between our two countries"]
    assert (said["actor"], said["party"], said["date"]) == ("Irena Orlec", "Lissonia", "2032-04-30")


def test_a_spokesperson_of_the_one_registered_body_of_that_kind():
    t = statements_with(
        {"Taravia": "", "Miradia": ""},
        {"Orsk Bridge Consortium": ("Orsk Bridge Consortium", "")},
        "A consortium spokesperson said the cranes had been towed downstream.",
    )
    assert t.loc["the cranes had been towed downstream", "party"] == "Orsk Bridge Consortium"


def test_he_after_a_scene_setting_opening_is_the_sentences_subject(extract):
    t = extract(
        "Aro said the gate would stay shut.\n\nAcross the square, Prime Minister Sofia Lind "
        'addressed several hundred supporters. "The gate must open," she said.'
    )
    check(row(t, "The gate must open"), party="Norvik", actor="Sofia Lind")


def test_it_after_a_named_body_as_subject_is_that_body(extract):
    t = extract(
        "The Norvikian government said the gate must open.\n\nThe Valdorian Foreign "
        "Ministry, in a note released on Saturday, stopped short of naming anyone. It said "
        "the inspections would continue."
    )
    assert row(t, "the inspections would continue")["party"] == "Valdoria"


def test_a_readout_dates_its_words_by_the_meeting_its_first_sentence_tells_of(extract):
    # published on 3 May; the meeting was on 1 May, and what the minister underlined was
    # said there, though no sentence of it names a day
    t = extract(
        "Foreign Minister Aro received Prime Minister Lind of Norvik in Torre on 1 May.\n\n"
        "The Minister underlined that Valdoria would keep working with both capitals.",
        speaker="Valdorian Foreign Ministry",
    )
    assert row(t, "Valdoria would keep working with both capitals")["date"] == "2032-05-01"


def test_she_in_a_readout_is_the_other_sides_minister_the_last_sentence_was_about(extract):
    t = extract(
        "Minister Roos received Prime Minister Lind of Norvik. Minister Roos underlined that "
        "Estmere would keep working with both capitals.\n\nPrime Minister Lind thanked Estmere "
        "for its help. She reiterated that the gate must open.",
        speaker="Hanna Roos",
    )
    check(row(t, "the gate must open"), party="Norvik", actor="Sofia Lind")


def test_a_spokesperson_for_the_body_named_before_speaks_for_its_side(extract):
    t = extract(
        "Valdoria's foreign ministry dismissed the criticism. A spokesperson for the ministry "
        "said on Monday that the inspections would continue."
    )
    assert row(t, "the inspections would continue")["party"] == "Valdoria"


def test_an_aide_to_the_president_speaks_for_the_one_registered_president():
    parties = {"Norvik": "Norvikian", "Valdoria": "Valdorian"}
    actors = {
        "Anna Berg": ("Norvik", "Berg|President Berg"),
        "Jon Tal": ("Valdoria", "Tal|Foreign Minister Tal"),
    }
    t = statements_with(
        parties,
        actors,
        "Valdoria said it would go to arbitration.\n\nThe president has not commented "
        "publicly. A senior aide to the president, speaking on condition of anonymity, said: "
        '"We will not lift a lawful freeze."',
    )
    # the aide's side, not the president's own words
    assert t.loc["We will not lift a lawful freeze.", ["party", "actor"]].tolist() == ["Norvik", ""]
    # an office that two registered people hold, or none, names no one
    actors["Ilse Dorn"] = ("Valdoria", "President Dorn")
    t = statements_with(parties, actors, "A senior aide to the president said the gate stays shut.")
    assert t.loc["the gate stays shut", "party"] == "unresolved"
    # an envoy *to* the minister is not of the minister's side
    t = statements_with(
        parties, actors, "An envoy to the foreign minister said the talks would resume."
    )
    assert t.loc["the talks would resume", "party"] == "unresolved"


def test_an_aide_to_the_president_is_not_of_a_body_whose_president_spoke():
    parties = {"Norvik": "Norvikian", "Norvik Hauliers' Union": ""}
    actors = {"Vera Tor": ("Norvik Hauliers' Union", "Tor")}
    text = (
        '"Our drivers wait all night," Vera Tor, president of the Norvik Hauliers\' Union, '
        "said.\n\nA senior aide to the president said the gate would stay shut at night."
    )
    t = statements_with(parties, actors, text)
    # no president of a state is known: nobody's, not the union's
    assert t.loc["the gate would stay shut at night", "party"] == "unresolved"
    # a president titled before a name, who spoke before, is
    t = statements_with(
        parties,
        actors,
        "Norvikian President Ola Brann said the union had been heard. " + text,
    )
    assert t.loc["the gate would stay shut at night", "party"] == "Norvik"


# =======================================================================================
# Found in the eleventh blind batch (generic forms, invented names)
# =======================================================================================
def test_an_apposition_with_an_office_of_two_words_keeps_the_named_speaker(extract):
    t = extract(
        "Hanna Roos, executive secretary of the Basin Secretariat, said in a statement on "
        "Friday that the secretariat had no mandate to compel anyone."
    )
    check(row(t, "the secretariat had no mandate to compel anyone"), actor="Hanna Roos")


def test_a_note_handed_to_an_envoy_is_the_senders_words(extract):
    t = extract(
        "Norvik's Foreign Ministry handed a note to Valdoria's charge d'affaires on Friday "
        'saying the drills "cannot be reconciled with" the treaty.'
    )
    r = row(t, 'the drills "cannot be reconciled with" the treaty')
    check(r, party="Norvik", cue="saying", date="2032-04-30")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"Nobody wants to be the first to move," said one diplomat from a member state, who '
            "asked not to be named.",
            "one diplomat from a member state",
        ),
        (
            '"Nobody wants to be the first to move," said one, whose government sits on the board.',
            "one",
        ),
    ],
)
def test_one_diplomat_after_the_verb_is_the_speaker(extract, text, speaker):
    check(row(extract(text), "Nobody wants to be the first to move"), speaker=speaker)


def test_an_unnamed_source_with_two_post_modifiers(extract):
    t = extract(
        "A diplomat from a country outside both camps said the timing was unfortunate but "
        "not illegal."
    )
    check(
        row(t, "the timing was unfortunate but not illegal"),
        speaker="A diplomat from a country outside both camps",
        party="unresolved",
    )


def test_a_statement_posted_online_is_not_a_cue_of_its_own(extract):
    t = extract(
        "In a statement posted on its website on Friday, the Valdorian Foreign Ministry said "
        "calls to cancel the drills were an insult."
    )
    assert len(t) == 1
    check(row(t, "calls to cancel the drills were an insult"), party="Valdoria")


def test_a_relative_clause_with_commas_of_its_own_is_stepped_over():
    t = statements_with(
        {"Tavrin": "", "Tavrin Federation of Unions": ""},
        {},
        "The Tavrin Federation of Unions, which represents teachers, nurses and clerks, said "
        "on Monday its members would strike unless the money was paid.",
    )
    r = t.loc["its members would strike unless the money was paid"]
    assert r["party"] == "Tavrin Federation of Unions"


def test_a_relative_clause_after_a_quantifier_is_stepped_over():
    t = statements_with(
        {"Tavrin": "", "Tavrin Federation of Dockers": ""},
        {},
        "The Tavrin Federation of Dockers, two of whose members died aboard the ferry, said "
        "lifting the sanctions now would be an insult to the dead.",
    )
    r = t.loc["lifting the sanctions now would be an insult to the dead"]
    assert r["party"] == "Tavrin Federation of Dockers"


def test_what_a_statement_responds_to_is_its_scene(extract):
    t = extract(
        'Roos said the survey was late. "We report what we see on both sides," she said, '
        "responding to accusations by Aro that the mission was biased. Lind said, replying to a "
        "question, that "
        "the road would stay shut. Aro said in response that the report was wrong."
    )
    check(row(t, "We report what we see on both sides"), cue="said", party="Estmere")
    check(row(t, "the road would stay shut"), cue="said", party="Norvik")
    # no comma: "in response" is an adverbial before the "that"
    check(row(t, "the report was wrong"), cue="said", party="Valdoria")


def test_an_office_of_something_in_apposition_describes_the_speaker(extract):
    t = extract(
        '"Nobody in Torre decides where we celebrate," Hanna Roos, commander of the Estmere air '
        "force, said in a radio interview on Tuesday."
    )
    check(row(t, "Nobody in Torre decides where we celebrate"), cue="said", party="Estmere")


def test_called_on_after_a_day_is_a_demand_not_the_days_adverbial(extract):
    t = extract(
        "In Norvik itself, Prime Minister Lind on Monday called on Torre to withdraw the licences."
    )
    check(row(t, "Torre to withdraw the licences"), cue="called on", party="Norvik")
    assert len(t) == 1


def test_a_body_after_its_countrys_possessive_is_the_subject_of_a_participle():
    t = statements_with(
        {"Tavrin": "Tavrinian|Tavrin's", "Tavrinian Grain Exporters' Association": ""},
        {},
        "Tavrin's grain exporters stepped up their campaign on Monday, warning that the country "
        "risked losing its best customer.",
    )
    r = t.loc["the country risked losing its best customer"]
    assert (r["speaker"], r["party"]) == (
        "Tavrin's grain exporters",
        "Tavrinian Grain Exporters' Association",
    )


def test_a_civil_group_of_a_country_is_not_its_state():
    parties = {"Tavrin": "Tavrinian", "League for Freedom of Conscience": ""}
    t = statements_with(
        parties,
        {},
        "A Tavrinian rights group urged the government to reopen the monastery. The Tavrinian "
        "government said the monastery would stay a museum.",
    )
    # no registered body is described by "rights group": nobody's, rather than Tavrin's
    assert t.loc["the government to reopen the monastery", "party"] == "unresolved"
    assert t.loc["the monastery would stay a museum", "party"] == "Tavrin"
    # the group's other words name one registered body; its generic head "group" is no part of
    # the name
    t = statements_with(
        {**parties, "Tavrinian League for Civil Liberties": ""},
        {},
        "A Tavrinian civil liberties group asked the court to order the cameras shut down.",
    )
    assert t.loc["the court to order the cameras shut down", "party"] == (
        "Tavrinian League for Civil Liberties"
    )


def test_a_while_clause_of_a_bare_plural_is_a_statement_of_its_own(extract):
    t = extract(
        "Prime Minister Lind on Wednesday urged Torre to reopen the monastery, while local "
        "business leaders warned that shutting the museum would cost hundreds of jobs."
    )
    check(row(t, "Torre to reopen the monastery"), cue="urged", party="Norvik")
    check(
        row(t, "shutting the museum would cost hundreds of jobs"),
        cue="warned",
        party="unresolved",
    )


def test_the_second_verb_of_a_relative_clause_has_its_antecedent_for_subject():
    t = statements_with(
        {"Tavrin": "Tavrinian|Velmar", "Tavrin Bar Association": "Bar Association"},
        {},
        "At home, the Velmar government faces criticism from the Tavrin Bar Association, which "
        "represents some 11,000 lawyers and said last week that the decree was unconstitutional.",
    )
    assert t.loc["the decree was unconstitutional", "party"] == "Tavrin Bar Association"


def test_where_a_diplomat_is_posted_is_not_whom_they_speak_for(extract):
    t = extract(
        "A diplomat in Torre, speaking on condition of anonymity, said the two governments were "
        "close to a deal. A diplomat from a third country posted in Kessel, who asked not to be "
        "named, said neither side would move. A Norvikian diplomat in Torre said the talks had "
        "stalled."
    )
    assert row(t, "the two governments were close to a deal")["party"] == "unresolved"
    assert row(t, "neither side would move")["party"] == "unresolved"
    # a diplomat of a named country stays that country's
    assert row(t, "the talks had stalled")["party"] == "Norvik"


def test_a_participles_that_is_not_the_content_of_the_verb_before_it(extract):
    t = extract(
        "Prime Minister Lind said on Saturday she had filed a complaint with the court, arguing "
        "that the permit had been issued without a health study."
    )
    said = t[t["cue"] == "said"].iloc[0]
    assert said["text"].startswith("she had filed a complaint with the court")
    check(
        row(t, "the permit had been issued without a health study"), cue="arguing", party="Norvik"
    )


def test_a_relative_that_after_a_clause_of_its_own_is_not_the_complementizer(extract):
    t = extract(
        "Prime Minister Lind said on Tuesday she had twice asked Torre for the assessment that "
        "the treaty requires, without receiving it."
    )
    check(
        row(
            t,
            "she had twice asked Torre for the assessment that the treaty requires, without "
            "receiving it",
        ),
        cue="said",
        party="Norvik",
    )


def test_lowercase_modifiers_of_a_body_reach_back_to_its_determiner():
    t = statements_with(
        {"Tavrin": "Tavrinian", "Ropeway Workers' Union": "ropeway workers' union"},
        {},
        "The ropeway workers' union, which represents the line's 140 staff, said on Tuesday that "
        "the criticism was misplaced. The Act protects exactly the rights the union says it is "
        "defending.",
    )
    r = t.loc["the criticism was misplaced"]
    assert (r["speaker"], r["party"]) == ("The ropeway workers' union", "Ropeway Workers' Union")
    # a determiner that is itself the phrase's start is not reached past
    assert not any(s.startswith("the rights") for s in t["speaker"])


def test_a_bare_spokesperson_speaks_for_the_body_that_spoke_last():
    parties = {"Tavrin": "", "Tavrin Growers' Association": "the association"}
    t = statements_with(
        parties,
        {"Ada Lenk": ("Tavrin", "Lenk")},
        "The association says the farms could not survive another cut, and a spokesperson said "
        "it would resist any attempt to drain the reservoir.",
    )
    assert t.loc["it would resist any attempt to drain the reservoir", "party"] == (
        "Tavrin Growers' Association"
    )
    # after a person, a bare spokesperson may be anyone's: it stays unresolved
    t = statements_with(
        parties,
        {"Ada Lenk": ("Tavrin", "Lenk")},
        "Minister Ada Lenk said the farms could not survive another cut. A spokesperson said "
        "the association would resist any attempt to drain the reservoir.",
    )
    assert t.loc["the association would resist any attempt to drain the reservoir", "party"] == (
        "unresolved"
    )


def test_while_noting_is_the_subjects_statement_and_informed_that_a_cue(extract):
    t = extract(
        "Minister Aro informed that Valdoria stands ready to send engineers.\n\n"
        "Prime Minister Lind thanked him for the offer, while noting that engineers could not "
        "replace an open road."
    )
    check(row(t, "Valdoria stands ready to send engineers"), party="Valdoria")
    check(row(t, "engineers could not replace an open road"), party="Norvik")


def test_a_date_that_names_a_thing_does_not_date_the_statement(extract):
    t = extract(
        "Lind briefed her guest on the ruling of 6 April and underlined that the gate must reopen."
    )
    assert row(t, "the gate must reopen")["date"] == PUBLISHED
    t = extract("Aro said on Friday that the award of 12 March was void.")
    assert row(t, "the award of 12 March was void")["date"] == "2032-04-30"


def test_a_day_set_earlier_in_the_paragraph_dates_what_follows(extract):
    t = extract(
        "TORRE - Monitors from three countries toured the crossing and the depots behind it "
        "this week, at the request of both governments.\n\n"
        "The team visited the depot on Friday. Its leader, Hanna Roos, told reporters that the "
        "team had been given full access."
    )
    assert row(t, "the team had been given full access")["date"] == "2032-04-30"


def test_the_same_day_and_the_next_day_count_from_the_day_named_before(extract):
    t = extract(
        "Aro said on Friday that the gate would stay shut. Lind said the same day the decision "
        "was unlawful. Roos said the next day that both sides should talk."
    )
    assert row(t, "the decision was unlawful")["date"] == "2032-04-30"
    assert row(t, "both sides should talk")["date"] == "2032-05-01"


def test_a_registered_body_at_the_head_of_the_phrase_outranks_its_countrys_possessive():
    t = statements_with(
        {
            "Halvenia": "Halvenian|Halvenia's",
            "Halvenian Steelworkers' Union": "steelworkers' union",
            "Halvenian Growers' Association": "",
        },
        {},
        "Halvenia's biggest steelworkers' union vowed on Saturday to defend the duties. "
        "Halvenian fruit growers warned that the crop would rot. Halvenian exporters said "
        "the duties would cost jobs. Halvenia's envoy to the steelworkers' union said the "
        "duties would stay.",
    )
    assert t.loc["to defend the duties", "party"] == "Halvenian Steelworkers' Union"
    # people of a trade: the one registered body of that trade, else nobody's, not the state's
    assert t.loc["the crop would rot", "party"] == "Halvenian Growers' Association"
    assert t.loc["the duties would cost jobs", "party"] == "unresolved"
    # a body after "to" is a relation of the speaker, not the speaker
    assert t.loc["the duties would stay", "party"] == "Halvenia"


def test_a_long_scene_after_a_quote_and_its_speaker_is_not_the_statement(extract):
    t = extract(
        '"The river does not stop at the border, and from spring neither will our data," '
        "Norvikian Environment Minister Ola Brenn said after signing the agreement with his "
        "Valdorian counterpart, Piet Aro, in the border town of Kessel."
    )
    assert len(t) == 1
    check(
        row(t, "The river does not stop at the border, and from spring neither will our data"),
        kind="direct",
        party="Norvik",
    )


def test_a_briefers_own_clause_before_a_report_is_kept(extract):
    t = extract(
        "Estmere Ministry of Foreign Affairs: press briefing\n\nSPOKESPERSON ANNA VIK: Good "
        "afternoon.\n\nQUESTION: Will Estmere take part?\n\nVIK: We are always open to "
        "technical contacts with our neighbours, and Minister Aro has said that Valdoria is "
        "ready to share its data.\n\nVIK: We received the petition, and we respect the "
        "feelings of those who signed it.",
        source="Estmere Ministry of Foreign Affairs",
    )
    check(
        row(t, "We are always open to technical contacts with our neighbours"),
        kind="turn",
        party="Estmere",
    )
    check(row(t, "Valdoria is ready to share its data"), party="Valdoria")
    # a "we" who received something is speaking, not narrating a meeting
    check(
        row(t, "We received the petition, and we respect the feelings of those who signed it."),
        kind="turn",
        party="Estmere",
    )


def test_advice_and_an_unquoted_judgement_are_statements(extract):
    t = extract(
        "Estmere's maritime authority on Thursday advised ships to keep clear of the two "
        "hazard areas. Aro has called the deployment reckless. Lind called the checks a threat "
        "to the valley. Roos called the envoy a day later."
    )
    check(row(t, "ships to keep clear of the two hazard areas"), cue="advised", party="Estmere")
    check(row(t, "the deployment reckless"), cue="called", party="Valdoria")
    check(row(t, "the checks a threat to the valley"), cue="called", party="Norvik")
    assert not t["text"].str.contains("the envoy").any()


def test_words_relayed_by_another_are_the_statement_of_who_said_them(extract):
    t = extract(
        "Minister Lind informed her guest that, in a telephone call on Tuesday, Piet Aro had "
        "told her that the schedule was final.\n\nLind said that the talks were useful and "
        "that Aro had told her that the gate would open."
    )
    check(row(t, "the schedule was final"), actor="Piet Aro", party="Valdoria")
    # Lind's own clause comes first: the sentence stays hers
    assert (
        row(t, "the talks were useful and that Aro had told her that the gate would open")["party"]
        == "Norvik"
    )


def test_a_readouts_offers_requests_and_repeated_demands_are_statements(extract):
    t = extract(
        "Minister Roos offered Estmere's technical support for a verification of the cargo, "
        "should both sides request it. She conveyed Estmere's readiness to host talks in "
        "Kessel. Lind also asked that the border posts be staffed around the clock. Valdoria's "
        "foreign ministry said in a statement it would study the proposal, but repeated its "
        "demand that the trucks be released. The Council has offered its help."
    )
    check(
        row(
            t,
            "Estmere's technical support for a verification of the cargo, should both sides "
            "request it",
        ),
        cue="offered",
        party="Estmere",
    )
    check(row(t, "Estmere's readiness to host talks in Kessel"), cue="conveyed", party="Estmere")
    check(row(t, "the border posts be staffed around the clock"), cue="asked that", party="Norvik")
    check(row(t, "the trucks be released"), cue="repeated … demand", party="Valdoria")
    assert not t["text"].str.contains("demand that|its help").any()


def test_a_participle_phrase_between_speaker_and_verb_and_a_long_called_object(extract):
    t = extract(
        "Prime Minister Lind, asked about the rally in a television interview on Sunday, said "
        "the decision was final.\n\nValdoria has called Norvik's 60 percent increase in the "
        'transit fee for the old pipeline "indefensible".'
    )
    check(row(t, "the decision was final"), actor="Sofia Lind", party="Norvik")
    check(
        row(
            t,
            'Norvik\'s 60 percent increase in the transit fee for the old pipeline "indefensible"',
        ),
        cue="called",
        party="Valdoria",
    )


READOUT = (
    "Ministry of Foreign Affairs of Valdoria\n\n"
    "The Minister of Foreign Affairs, Piet Aro, today received Prime Minister Sofia Lind of "
    "Norvik for talks on the Alder road.\n\n"
    "The Minister underlined that the checkpoint would stay until the smuggling stopped."
)


@pytest.mark.parametrize(
    "lind, aro, source, actor",
    [
        # a ministry's own readout: "the Minister" is its minister, though the guest is a
        # registered minister too
        (
            "Prime Minister Lind",
            "Foreign Minister Aro",
            "Ministry of Foreign Affairs of Valdoria",
            "Piet Aro",
        ),
        # ... and when no minister is registered by title, someone of the house
        ("Lind", "Aro", "Ministry of Foreign Affairs of Valdoria", ""),
        # a newspaper named after a capital is nobody's house: the one registered minister
        ("Prime Minister Lind", "Aro", "The Torre Ledger", "Sofia Lind"),
    ],
)
def test_the_minister_of_a_ministrys_readout_is_its_own(lind, aro, source, actor):
    parties = pd.DataFrame(
        {"party": ["Norvik", "Valdoria"], "aliases": ["Norvikian", "Valdorian|Torre"]}
    )
    actors = pd.DataFrame(
        {
            "actor": ["Sofia Lind", "Piet Aro"],
            "party": ["Norvik", "Valdoria"],
            "aliases": [lind, aro],
        }
    )
    registry = Registry.from_frames(parties, actors)
    article = {"article_id": ["a1"], "text": [READOUT], "published": [PUBLISHED]}
    table = analysis.statements(pd.DataFrame({**article, "source": [source]}), registry=registry)
    said = row(table, "the checkpoint would stay until the smuggling stopped")
    assert said["actor"] == actor
    assert said["party"] == {"Sofia Lind": "Norvik"}.get(actor, "Valdoria")


def test_a_long_document_title_is_not_a_statement(extract):
    title = (
        "Statement by the Ministry of Foreign Affairs of the Republic of Valdoria on the "
        "decision of the Executive Committee of the Regional Road Union to close the Alder "
        "road to all freight traffic"
    )
    t = extract(
        f"{title}\n\nThe Ministry condemns the decision in the strongest terms.",
        speaker="Valdorian Foreign Ministry",
    )
    assert list(t["text"]) == ["The Ministry condemns the decision in the strongest terms."]


@pytest.mark.parametrize(
    "sentence, said",
    [
        ("Norvik responded in kind and suspended visas for Valdorian officials.", None),
        ("Valdoria replied by expelling two Norvikian diplomats.", None),
        ("Norvik responded that the road had never been closed.", "the road had never been closed"),
    ],
)
def test_responding_in_kind_is_a_deed_not_words(extract, sentence, said):
    t = extract(f"TORRE, Oct 2 (Wire) - {sentence}")
    assert list(t["text"]) == ([said] if said else [])


@pytest.mark.parametrize(
    "sentence, speaker, party",
    [
        (
            "In a statement read out at the rally, Norvik's government, which has a majority,"
            " warned that the road must reopen.",
            "Norvik's government",
            "Norvik",
        ),
        (
            "In its statement read out on Friday, the Valdorian Foreign Ministry warned that"
            " the road must reopen.",
            "the Valdorian Foreign Ministry",
            "Valdoria",
        ),
    ],
)
def test_a_statement_that_is_only_the_scene_gives_no_cue(extract, sentence, speaker, party):
    t = extract(f"TORRE, Oct 2 (Wire) - {sentence}")
    assert list(t["text"]) == ["the road must reopen"]
    assert t["party"].iloc[0] == party
    assert speaker in t["speaker"].iloc[0]


@pytest.mark.parametrize("concession", ["whatever Torre says", "no matter what Valdoria claims"])
def test_a_concession_names_no_speaker(extract, concession):
    t = extract(
        "Estmere Ministry of Foreign Affairs: press briefing, 4 October 2032\n\n"
        "QUESTION: Valdoria says the debris will clear within months. Do you accept that?\n\n"
        f"SPOKESPERSON ANNA VIK: No. The figures show that it will stay for years, {concession}.",
        published="2032-10-04",
        source="Estmere Ministry of Foreign Affairs",
    )
    assert set(t["party"]) == {"Estmere"}
    assert "".join(t["text"]).startswith("No.")


@pytest.mark.parametrize("second", ["Roos warned that", "Estmere has insisted that"])
def test_a_that_of_the_next_clause_is_not_the_first_speakers(extract, second):
    t = extract(
        "TORRE, Oct 2 (Wire) - The League secretariat said on Tuesday it had invited experts to"
        f" a technical meeting, while {second} the talks must start."
    )
    assert list(t["text"]) == [
        "it had invited experts to a technical meeting",
        "the talks must start",
    ]
    assert t["party"].iloc[1] == "Estmere"


def test_a_repeated_offer_and_a_readouts_positions_are_statements(extract):
    t = extract(
        "Prime Minister Lind, who visited the border on Sunday, repeated Norvik's offer to "
        "prepare a joint file for both capitals. Roos thanked the Minister and set out the "
        "secretariat's position that the works should be paused until the survey is done. "
        "She indicated that the experts were available for a joint survey. Aro repeated his "
        "country's call for patience."
    )
    check(row(t, "prepare a joint file for both capitals"), cue="repeated … offer", party="Norvik")
    check(
        row(t, "the works should be paused until the survey is done"),
        cue="set out … position",
        party="Estmere",
    )
    check(row(t, "the experts were available for a joint survey"), cue="indicated")
    check(row(t, "patience"), cue="repeated … call", party="Valdoria")
    # "pointed out" is no "set out": its clause stays whole
    t = extract("Roos pointed out that the survey teams need six more weeks.")
    check(row(t, "the survey teams need six more weeks"), cue="pointed out", party="Estmere")


def test_a_quote_told_to_a_committee_of_a_parliament_is_the_speakers(extract):
    t = extract(
        '"A file for half a fortress would describe half a building," Roos told the foreign '
        "affairs committee of the Norvikian parliament, using the Estmere name for the site."
    )
    assert list(t["text"]) == ["A file for half a fortress would describe half a building"]
    check(
        t.iloc[0],
        cue="told the foreign affairs committee of the Norvikian parliament",
        party="Estmere",
    )


def test_a_quote_told_to_a_crowd_from_a_platform_is_the_speakers(extract):
    # "from …" places the audience; it is no content of its own
    t = extract(
        '"Not one more truck goes through this valley," Roos told the crowd from a tractor '
        "trailer in the town square. Aro told its members to keep the gates shut from Monday, "
        "saying the valley had waited long enough."
    )
    assert list(t["text"])[0] == "Not one more truck goes through this valley"
    check(t.iloc[0], cue="told the crowd from a tractor trailer", party="Estmere")
    # a longer object with an infinitive is not an audience: its "from" stays in the content
    assert any(text.startswith("its members to keep the gates shut") for text in t["text"])


def test_the_scene_and_the_audience_after_a_speaker_are_not_content(extract):
    t = extract(
        '"Ban it in the valley now, before the trees flower," Roos told the crowd, many of whom '
        "had brought empty hive frames. Valdoria has no intention of halting the shipments, a "
        "senior aide to Aro said on Monday, as a second vessel was loaded at the port of Torre "
        "under heavy police protection. The Secretary-General also offered to deploy a small "
        "team of observers to both sides of the border, should the two parties so request."
    )
    assert list(t["text"]) == [
        "Ban it in the valley now, before the trees flower",
        "Valdoria has no intention of halting the shipments",
        "to deploy a small team of observers to both sides of the border, should the two "
        "parties so request",
    ]
    assert list(t["party"])[:2] == ["Estmere", "Valdoria"]
    # a "that" in the scene may be a report of its own, so it is not passed over
    t = extract(
        "Valdoria will not halt the shipments, Aro said on Monday, as Roos warned that "
        "the talks would fail."
    )
    assert "the talks would fail" in list(t["text"])


def test_a_name_after_a_lowercase_rank_in_an_apposition_names_the_speaker(extract):
    # found in blind batch 34: the quote was missed, and "He" went to the last named person
    t = extract(
        '"This road is the spine of the valley," Norvik\'s envoy, retired colonel Sofia Lind, '
        'told reporters. She accused Valdoria of "playing for time" and said Norvik would '
        "wait no longer."
    )
    check(row(t, "This road is the spine of the valley"), actor="Sofia Lind", party="Norvik")
    check(row(t, "Norvik would wait no longer"), actor="Sofia Lind", party="Norvik")


def test_a_clause_of_another_body_after_while_ends_the_statement_before_it(extract):
    # found in blind batch 34: the second body's words were read as the first's
    t = extract(
        "Norvik's bar association said on Monday it would go to court, arguing that the "
        "closure had no legal basis, while the country's largest farmers' union urged "
        "ministers not to bow to pressure from Valdoria."
    )
    texts = t["text"].tolist()
    assert "the closure had no legal basis" in texts
    assert not any("farmers' union" in x for x in texts)
    second = row(t, "ministers not to bow to pressure from Valdoria")
    assert second["speaker"] == "the country's largest farmers' union"
    assert second["cue"] == "urged"


def test_a_clause_of_another_body_after_a_lone_participle_ends_the_statement(extract):
    # found in held-out grainexports: with no finite cue before "warning", the consumer
    # group's "urged ministers not to give way" was read as the exporters' words
    t = extract(
        "Norvik's farmers stepped up their campaign on Monday, warning that the country risked "
        "losing its best customer, while the country's largest consumer group urged ministers "
        "not to give way."
    )
    assert "the country risked losing its best customer" in t["text"].tolist()
    second = row(t, "ministers not to give way")
    assert second["speaker"] == "the country's largest consumer group"
    assert second["cue"] == "urged"


def test_a_place_s_apposition_after_the_scene_is_no_said_clause(extract):
    # found in blind batch 39: "that faces …" was read as what the minister told reporters
    t = extract(
        '"When the gates shut, the valley starves. Nobody here can wait a winter," Lind told '
        "reporters on Wednesday in Oskby, a fishing village of some 900 people that faces "
        "the island across two kilometres of water."
    )
    assert list(t["text"]) == [
        "When the gates shut, the valley starves. Nobody here can wait a winter"
    ]
    check(t.iloc[0], actor="Sofia Lind", cue="told reporters")


def test_an_adverb_of_manner_between_subject_and_verb_is_stepped_over(extract):
    # found in blind batch 39: "formally asked" hid the lede's demand
    t = extract("Norvik on Wednesday formally asked Valdoria to reopen the Alder road.")
    check(row(t, "Valdoria to reopen the Alder road"), party="Norvik", cue="asked")


def test_a_verb_in_a_whose_relative_is_background_when_the_main_verb_follows(extract):
    # "whose government requested …" is what the government did; "told delegates" is Lind's
    t = extract(
        "Sofia Lind, whose government requested an observer mission last week, told "
        'delegates: "We have nothing to hide on the Alder road."'
    )
    assert list(t["text"]) == ["We have nothing to hide on the Alder road."]
    check(t.iloc[0], actor="Sofia Lind", party="Norvik")
    # a relative that runs to the sentence's end is the relative's subject's statement
    t = extract(
        "The rally was organised by Estmere's bar council, whose chair Hanna Roos told the "
        "crowd that the road must reopen."
    )
    check(row(t, "the road must reopen"), actor="Hanna Roos", party="Estmere")


def test_people_of_a_place_speak_for_no_state_and_the_place_is_no_person():
    t = statements_with(
        {"Halvenia": "Halvenian|Halvenia's", "League of Border Families": "the League"},
        {},
        "Business leaders in the Halvenian border city of Tarvik warned on Monday that the "
        "closure was costing local firms orders. Shopkeepers in Tarvik said the road "
        "had been shut for a week. Halvenian leaders said the closure would stay. The League "
        "of Border Families said the closure split families.",
    )
    business = t.loc["the closure was costing local firms orders"]
    assert (business["party"], business["actor"]) == ("unresolved", "")
    assert t.loc["the road had been shut for a week", "party"] == "unresolved"
    # a country's leaders are its state; a body whose name ends in "Families" is that body
    assert t.loc["the closure would stay", "party"] == "Halvenia"
    assert t.loc["the closure split families", "party"] == "League of Border Families"
