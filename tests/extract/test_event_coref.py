"""Within-document event coreference (kg.extract.event_coref): one occurrence told several times is
one event that keeps every mention; distinct occurrences stay apart."""

from __future__ import annotations

from datetime import date

from kg.extract import event_coref

PUBLISHED = date(2024, 3, 14)  # a Thursday


TITLE = "Chile and Peru Border Talks Fail to Reach Deal"
LEAD = "Foreign ministers of Chile and Peru held talks in Lima on Monday about their maritime border."


def _sentences(event) -> list[int]:
    return sorted({m.sentence.index for m in event.mentions})


def test_title_and_lead_are_one_event_with_both_mentions(run, events_of):
    ex = run(f"{TITLE}\n{LEAD}", title=TITLE)
    [talks] = events_of(ex, "CONSULT")
    assert _sentences(talks) == [0, 1]
    assert [m.trigger.text for m in talks.mentions] == ["Talks", "talks"]
    assert talks.modality == "asserted"  # the body's, not the clipped title's "fail"
    assert talks.date == "2024-03-11"


def test_merged_event_exports_every_mention_as_evidence(run):
    from kg.rdf import to_graph
    from kg.vocab import GAF, NIF, SEM

    g = to_graph(run(f"{TITLE}\n{LEAD}", title=TITLE))
    [event] = [e for e in g.subjects(predicate=None, object=SEM.Event) if (e, GAF.denotedBy, None) in g]
    starts = sorted(int(g.value(m, NIF.beginIndex)) for m in g.objects(event, GAF.denotedBy))
    assert starts == [0, len(TITLE) + 1]


def test_strikes_on_different_days_stay_apart(run, events_of):
    ex = run("Russian forces struck Odesa with drones on Monday.\nOn Wednesday, Russia struck Odesa again.")
    strikes = events_of(ex, "ASSAULT")
    assert sorted(e.date for e in strikes) == ["2024-03-11", "2024-03-13"]


def test_a_noun_pointing_back_joins_the_event_whatever_its_clause_says(run, events_of):
    ex = run(
        "The United States imposed sanctions on Venezuela on Monday.\n"
        "These sanctions against Venezuela may be lifted if elections are held."
    )
    [sanctions] = events_of(ex, "SANCTION")
    assert _sentences(sanctions) == [0, 1]
    assert sanctions.modality == "asserted"
    assert sanctions.source == ["Q30"] and sanctions.date == "2024-03-11"


def test_talks_pointed_back_to_are_the_talks_held(run, events_of):
    ex = run(
        "Pakistan and India held talks in Geneva on Monday.\n"
        "The talks between Pakistan and India would resume only if the ceasefire holds."
    )
    [talks] = events_of(ex, "CONSULT")
    assert _sentences(talks) == [0, 1]


def test_a_noun_pointing_back_with_another_date_is_another_strike(run, events_of):
    ex = run("Russian missiles struck Odesa on Monday.\nThe strikes on Wednesday hit Kharkiv.")
    assert sorted(e.date for e in events_of(ex, "ASSAULT")) == ["2024-03-11", "2024-03-13"]


def test_planned_meeting_stays_apart_from_the_meeting_held(run, events_of):
    ex = run("Emmanuel Macron met Olaf Scholz in Paris on Monday.\nMr. Macron will meet Mr. Scholz again.")
    meetings = events_of(ex, "CONSULT")
    assert sorted(e.modality for e in meetings) == ["asserted", "planned"]


def test_a_warning_told_again_by_the_president_is_the_state_s_warning(run, events_of):
    ex = run(
        "The United States warned Iran on Friday against attacking Israel.\n"
        "President Joe Biden warned Iran that Washington would defend Israel."
    )
    [warning] = events_of(ex, "THREATEN")
    assert _sentences(warning) == [0, 1]
    assert set(warning.source) == {"Q30", "Q6279"}


def test_warnings_by_two_states_stay_apart(run, events_of):
    ex = run(
        "The United States warned Iran on Friday.\nPresident Emmanuel Macron of France warned Iran on Friday."
    )
    assert len(events_of(ex, "THREATEN")) == 2


def test_a_visit_is_the_meeting_held_during_it(run, events_of):
    title = "Chancellor Scholz meets Prime Minister Kishida"
    ex = run(
        f"{title}\nGerman Chancellor Olaf Scholz met with Japanese Prime Minister Fumio Kishida during his "
        "visit to the United Nations General Assembly in New York.",
        title=title,
    )
    [meeting] = events_of(ex, "CONSULT")
    assert [m.trigger.text for m in meeting.mentions] == ["meets", "met", "visit"]
    assert meeting.event_class == "Meeting"
    assert set(meeting.participants) == {"Q61053", "fumio-kishida"}  # the place visited is no party


def test_rules_come_from_the_ontology():
    rules = event_coref.coref_rules()
    assert rules.title and "these" in rules.anaphor and rules.repeats > 0
    assert any("Visit" in frame for frame, _ in rules.frames)


def test_strikes_told_after_an_invasion_are_a_deed_of_their_own(run, events_of):
    text = (
        "Moldova Seeks Help\n"
        "Moldova's president said Russia's invasion of Moldova had displaced thousands of families.\n"
        "She said the recent strikes on Chisinau by Russia had destroyed two hospitals."
    )
    deeds = events_of(run(text, title="Moldova Seeks Help"), "ASSAULT")
    assert sorted(e.event_class for e in deeds) == ["Invasion", "MilitaryStrike"]


def test_strikes_told_again_after_strikes_stay_one_deed(run, events_of):
    text = (
        "Moldova Seeks Help\n"
        "Russian missiles struck Chisinau on Tuesday, Moldova's president said.\n"
        "She said the strikes on Chisinau by Russia had destroyed two hospitals."
    )
    [deed] = events_of(run(text, title="Moldova Seeks Help"), "ASSAULT")
    assert [m.trigger.text for m in deed.mentions] == ["struck", "strikes"]


def test_a_call_told_again_by_the_states_is_one_call_whoever_called(run, events_of):
    text = (
        "Border Talks\n"
        "Norway's prime minister Jonas Gahr Store spoke by telephone with Finnish President Alexander Stubb "
        "on Monday.\n"
        "Finland and Norway had a telephone conversation on Monday about the border crossings."
    )
    [call] = events_of(run(text, title="Border Talks"), "CONSULT")
    assert [m.trigger.text for m in call.mentions] == ["spoke", "conversation"]


def test_accusations_turned_round_stay_apart(run, events_of):
    text = (
        "Border Dispute\n"
        "Norway accused Finland on Monday of closing the border crossings without warning.\n"
        "Finland accused Norway on Monday of spreading false claims about the border."
    )
    accusations = events_of(run(text, title="Border Dispute"), "ACCUSE")
    assert sorted((e.source, e.target) for e in accusations) == [(["Q20"], ["Q33"]), (["Q33"], ["Q20"])]


def test_an_anaphor_that_names_only_the_doer_joins_the_deed_told_without_one(run, events_of):
    ex = run(
        "The Council condemned the terrorist attack in Baghdad on Thursday. "
        "These attacks, claimed by Ansar Dine, resulted in the death of dozens of people."
    )
    (attack,) = events_of(ex, "ASSAULT")
    labels = {a.key: a.label for a in ex.actors}
    assert [labels[k] for k in attack.source] == ["Ansar Dine"]
    assert len(attack.mentions) == 2


def test_an_anaphor_naming_another_target_stays_apart(run, events_of):
    ex = run(
        "Rebels attacked a UN base in Kidal on Thursday. "
        "Those attacks on Mali, claimed by Ansar Dine, killed two soldiers."
    )
    assert len(events_of(ex, "ASSAULT")) == 2
