"""A title's event left alone by the other folds (its parties named by their states, the body naming
the ministers or leaders who act for them) joins the first event of its type in the lead
(kg.extract.event_coref, ``title_lead`` in ontology/event_coref.yaml); a later event of the type, or
one whose roles the title turns round, stays apart."""

from __future__ import annotations

from datetime import date

from kg.extract.event_coref import coref_rules

PUBLISHED = date(2024, 3, 14)  # a Thursday

TALKS_TITLE = "US to hold talks with China"
TALKS_LEAD = (
    "Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi in Beijing on Friday."
)
FILLER = (
    "The announcement came as markets fell for a third day.\n"
    "Oil prices rose sharply on Wednesday.\n"
    "Analysts expect further volatility.\n"
    "Shares in Asia were mixed.\n"
    "Investors are watching inflation data closely.\n"
    "Traders said the mood was cautious.\n"
)


def _sentences(event) -> list[int]:
    return sorted({m.sentence.index for m in event.mentions})


def test_the_rule_is_on():
    assert coref_rules().title_lead > 0


def test_a_title_naming_the_states_joins_the_lead_naming_their_ministers(run, events_of):
    ex = run(f"{TALKS_TITLE}\n{TALKS_LEAD}", title=TALKS_TITLE)
    [talks] = events_of(ex, "CONSULT")
    assert _sentences(talks) == [0, 1]
    assert talks.date == "2024-03-15"  # the body's time, not the report's
    assert talks.modality == "planned"


def test_an_event_of_the_type_told_beyond_the_lead_stays_apart(run, events_of):
    ex = run(f"{TALKS_TITLE}\n{FILLER}{TALKS_LEAD}", title=TALKS_TITLE)
    assert len(events_of(ex, "CONSULT")) == 2


def test_a_lead_that_turns_the_title_s_roles_round_stays_apart(run, events_of):
    title = "Israel strikes Hezbollah positions in southern Lebanon"
    lead = "Hezbollah fired a barrage of rockets at northern Israel on Tuesday, the Israeli military said."
    text = f"{title}\n{lead}"
    strikes = events_of(run(text, title=title), "ASSAULT")
    assert len(strikes) == 2
    assert {tuple(_sentences(e)) for e in strikes} == {(0,), (1,)}
