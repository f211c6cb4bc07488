"""One body named in several ways in one text is one actor (kg.extract.aliases, kg.extract.orgs): an
alias given with "or", in brackets or with "also known as"; a short form of its name; its name with
its state said either way; and a name the NER cut short. Two bodies with like names stay two."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)


def _labels(ex) -> list[str]:
    return sorted(a.label for a in ex.actors)


def _actor(ex, label):
    (actor,) = [a for a in ex.actors if a.label == label]
    return actor


def test_an_alias_given_with_or_in_quotes_names_the_body_before_it(run):
    ex = run('The kidnappers, from the Jaish-e Muslimeen, or "Muslim Army," threatened to behead '
             "the three election workers.")
    labels = _labels(ex)
    assert "Jaish-e Muslimeen" in labels
    assert not any("Muslim Army" in label for label in labels)


def test_an_alias_given_with_also_known_as_names_the_body_before_it(run):
    ex = run("The Northern Liberation Front, also known as the Mountain Brigade, attacked an army post "
             "near Dara on Sunday.")
    front = _actor(ex, "Northern Liberation Front")
    assert "Mountain Brigade" in front.names
    assert "Mountain Brigade" not in _labels(ex)


def test_two_bodies_the_gazetteer_knows_stay_two_when_joined_by_or(run):
    ex = run("Hamas, or Islamic Jihad, fired rockets at Israel on Monday, the army said.")
    keys = {a.key for a in ex.actors}
    assert "Q38799" in keys and "palestinian-islamic-jihad" in keys


def test_a_short_form_of_a_body_s_name_names_that_body(run):
    ex = run("The Sudanese Transitional Sovereignty Council accused Egypt of interference on Monday. "
             "The Transitional Council also summoned the Egyptian ambassador.")
    assert "Transitional Council" not in _labels(ex)
    assert "Transitional Council" in _actor(ex, "Sudanese Transitional Sovereignty Council").names


def test_a_short_form_two_bodies_could_have_stays_its_own(run):
    ex = run("The Transitional Sovereignty Council and the Transitional Legislative Council met in "
             "Khartoum on Monday. The Transitional Council later accused Egypt of interference.")
    labels = _labels(ex)
    assert "Transitional Sovereignty Council" in labels
    assert "Transitional Legislative Council" in labels
    assert "Transitional Council" in labels


def test_a_state_s_ministry_shortened_to_state_and_head_names_that_ministry(run):
    ex = run("The Chadian Ministry of Defence said troops attacked the rebels. A Chadian ministry "
             "official said 12 were killed.")
    assert "Chadian ministry" not in _labels(ex)
    assert "Chadian Ministry of Defence" in _labels(ex)


def test_two_ministries_of_one_state_stay_two(run):
    ex = run("The Ugandan Ministry of Defence and the Ugandan Ministry of Foreign Affairs issued a joint "
             "statement condemning Rwanda.")
    labels = _labels(ex)
    assert "Ugandan Ministry of Defence" in labels and "Ugandan Ministry of Foreign Affairs" in labels


def test_a_ministry_named_with_and_without_the_is_one_actor(run):
    ex = run("The Chadian Ministry of the Interior arrested 40 protesters on Friday. The Chadian "
             "Ministry of Interior later released 12 of them.")
    ministries = [a for a in ex.actors if "Ministry" in a.label]
    assert len(ministries) == 1 and ministries[0].label == "Chadian Ministry of the Interior"


def test_a_ministry_s_name_the_ner_cut_at_of_is_whole(run):
    ex = run("Chad Ministry of Interior Officials Arrest Protesters\n\nNDJAMENA - Police detained 40 "
             "people on Friday.")
    labels = _labels(ex)
    assert "Chadian Ministry" not in labels and "Chad Ministry" not in labels


def test_a_state_s_ministry_also_goes_by_its_state_s_demonym(run):
    ex = run("Turkey's Interior Ministry said police detained 30 suspects in Istanbul on Friday.")
    ministry = _actor(ex, "Turkey's Interior Ministry")
    assert "Turkish Interior Ministry" in ministry.names
    assert "Turks Interior Ministry" not in ministry.names


def test_a_body_named_with_its_state_s_demonym_also_goes_by_its_own_name(run):
    ex = run("Secretary Blinken met Haitian Transitional Presidential Council (TPC) President Fritz "
             "Alphonse Jean in Kingston on Monday.")
    council = _actor(ex, "Haitian Transitional Presidential Council")
    assert "Transitional Presidential Council" in council.names


def test_a_body_s_name_goes_on_over_on_and_its_field(run):
    ex = run("The International Contact Group on the Great Lakes urged the parties to respect the ceasefire.")
    assert "International Contact Group on the Great Lakes" in _labels(ex)


def test_a_day_after_on_is_no_part_of_a_body_s_name(run):
    ex = run("The Contact Group on Monday urged Serbia to withdraw its forces.")
    assert "Contact Group" in _labels(ex)


def test_a_judgement_before_a_body_s_name_is_no_part_of_it(run):
    ex = run("The United States condemned the illegitimate Supreme Electoral Council, which proclaimed "
             "the results on Sunday.")
    assert "Supreme Electoral Council" in _labels(ex)
