"""A text of one sentence in which the rules find no event takes the type the trained sentence-type
model finds most likely, with the actors the sentence names (or the party its subject names without
naming who) and no roles (kg.extract.sentence_types). The sentences are made up for these tests."""

from __future__ import annotations

from datetime import date

from kg.extract.sentence_types import MODEL_DIR, features, sentence_type_rules, type_scores

PUBLISHED = date(2024, 5, 6)

#: one sentence naming actors, that no rule codes as an event
LONE = "Kenya and Uganda remained at odds over the disputed island."


def _coded(ex):
    return [e for e in ex.events if e.coder]


def test_the_model_ships_with_the_data_and_scores_every_plover_type():
    from kg.evaluate.records import PLOVER_TYPES

    assert (MODEL_DIR / "meta.json").is_file()
    scores = type_scores(["troops", "shell", "the", "village"])
    assert set(scores) == set(PLOVER_TYPES)
    assert all(0.0 <= v <= 1.0 for v in scores.values())
    assert max(scores, key=scores.get) == "ASSAULT"


def test_scores_are_the_same_on_every_run():
    words = ["the", "minister", "meet", "his", "counterpart"]
    assert type_scores(words) == type_scores(list(words))


def test_a_lone_sentence_without_a_rule_event_takes_the_model_type(run, pipeline):
    ex = run(LONE, coded=True)
    coded = _coded(ex)
    assert len(ex.events) == len(coded) == 1
    event = coded[0]
    nlp, _ = pipeline
    scores = type_scores(features(nlp(LONE)))
    assert event.plover == max(scores, key=scores.get)
    assert scores[event.plover] >= sentence_type_rules().threshold
    labels = {a.key: a.label for a in ex.actors}
    assert {labels[k] for k in event.participants} == {"Kenya", "Uganda"}
    assert event.source == [] and event.target == []
    assert event.date == "2024-05-06" and event.date_basis == "report"
    m = event.mentions[0]
    assert LONE[m.trigger.start: m.trigger.end] == m.trigger.text
    assert (m.sentence.start, m.sentence.end) == (0, len(LONE))


def test_the_same_sentence_in_a_longer_text_is_left_to_the_rules(run):
    ex = run(LONE + " The talks are due to resume next month in Nairobi.", coded=True)
    assert _coded(ex) == []


def test_a_lone_sentence_whose_subject_is_an_unnamed_party_is_coded_with_that_party(run):
    ex = run("The leaders agreed to stay in close touch.", coded=True)
    (event,) = _coded(ex)
    (actor,) = [a for a in ex.actors if a.key in event.participants]
    assert actor.label == "leaders" and actor.kind == "group"
    assert [(m.start, m.end) for m in actor.mentions] == [(4, 11)]
    ex = run("They agreed to keep in close touch.", coded=True)
    assert [a.label for a in ex.actors if a.key in _coded(ex)[0].participants] == ["unnamed group"]


def test_a_lone_sentence_that_names_no_party_has_no_event_however_likely_its_type(run, pipeline):
    text = "The recipe calls for two cups of flour."
    nlp, _ = pipeline
    assert max(type_scores(features(nlp(text))).values()) >= sentence_type_rules().threshold
    assert run(text, coded=True).events == []


def test_a_sentence_the_rules_code_with_the_model_type_is_not_coded_again(run):
    ex = run("Ukraine signed a grain deal with Turkey.", coded=True)
    assert [e.plover for e in ex.events] == ["AGREE"]


def test_a_very_likely_type_the_rules_did_not_find_is_added_beside_their_events(run, pipeline):
    text = "He arrived back in the capital on a chartered airplane on Saturday."
    ex = run(text, coded=True)
    nlp, _ = pipeline
    scores = type_scores(features(nlp(text)))
    best = max(scores, key=scores.get)
    rule_types = {e.plover for e in ex.events if not e.coder}
    assert rule_types and best not in rule_types and scores[best] >= sentence_type_rules().second_opinion
    assert [e.plover for e in _coded(ex)] == [best]


def test_the_coder_is_in_the_graph(run):
    from kg.rdf import to_graph
    from kg.vocab import DIP

    g = to_graph(run(LONE, coded=True))
    coded = [str(o) for o in g.objects(None, DIP.codedBy)]
    assert coded == [sentence_type_rules().coder]
