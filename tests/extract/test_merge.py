"""One event per real-world event of a document (kg.extract.merge)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``
SATURDAY = date(2025, 6, 14)


def test_repeated_mentions_merge_into_one_event(run, events_of):
    ex = run(
        "Emmanuel Macron met Olaf Scholz in Paris on Monday.\n"
        "The meeting between Mr. Macron and Mr. Scholz lasted two hours.\n"
        "Israel condemned Iran."
    )
    meetings = events_of(ex, "CONSULT")
    assert len(meetings) == 1
    assert len(meetings[0].mentions) == 2
    assert meetings[0].date == "2024-03-11"


def test_different_counterparts_stay_separate_events(run, events_of):
    ex = run(
        "Emmanuel Macron spoke to Olaf Scholz on Monday.\nEmmanuel Macron spoke to Mark Rutte on Tuesday."
    )
    assert len(events_of(ex, "CONSULT")) == 2


def test_plural_calls_are_separate_bilateral_calls(run, events_of):
    ex = run("Emmanuel Macron held calls with Olaf Scholz and Mark Rutte on Monday.")
    calls = events_of(ex, "CONSULT")
    assert sorted(sorted(e.participants) for e in calls) == [["Q3052772", "Q57792"], ["Q3052772", "Q61053"]]
    assert len({e.key for e in calls}) == 2


def test_opposite_strikes_stay_apart_with_their_own_dates(run, events_of):
    ex = run(
        "Israeli warplanes struck air defence sites near Tehran early on Saturday, the military said, "
        "a day after Iran fired more than 100 ballistic missiles at Tel Aviv.",
        published=SATURDAY,
    )
    strikes = {tuple(e.source): e for e in events_of(ex, "ASSAULT")}
    assert set(strikes) == {("Q801",), ("Q794",)}
    assert strikes[("Q801",)].target == ["Q794"] and strikes[("Q801",)].date == "2025-06-14"
    assert strikes[("Q794",)].target == ["Q801"] and strikes[("Q794",)].date == "2025-06-13"


def test_present_tense_headline_joins_the_body_event(run, events_of):
    title = "Iran Launches Drone Attack on Israel"
    body = "Iran launched dozens of drones at Israel on Friday, the Israeli army said."
    ex = run(f"{title}\n{body}", title=title, published=SATURDAY)
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.modality == "asserted" and attack.date == "2025-06-13"
    assert attack.source == ["Q794"] and attack.target == ["Q801"]
    assert [m.sentence.index for m in attack.mentions] == [0, 1]


def test_a_mention_with_the_roles_turned_round_is_another_event(run, events_of):
    ex = run("Uganda called for a ceasefire on Monday. Officials said they had asked Uganda to mediate.")
    requests = events_of(ex, "REQUEST")
    assert len(requests) == 2 and any(e.target == ["Q1036"] and not e.source for e in requests)


def test_the_same_deed_told_in_two_words_of_different_classes_is_one_event(run, events_of):
    ex = run(
        "Hezbollah fired rockets into northern Israel on Friday. The army said Hezbollah militants had"
        " used drones to target Israel on Friday."
    )
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["hezbollah"] and attack.target == ["Q801"] and len(attack.mentions) == 2


def test_two_words_of_one_sentence_for_one_partys_deed_are_one_event(run, events_of):
    ex = run(
        "The members of the Security Council expressed their deepest sympathy and condolences to the"
        " Government of Mali."
    )
    (support,) = events_of(ex, "SUPPORT")
    assert support.source == ["Q37470"] and support.target == ["Q912"]


def test_the_same_kind_of_deed_aimed_at_two_parties_stays_two_events(run, events_of):
    ex = run("Japan praised India and commended Brazil for the deal.")
    assert sorted(e.target[0] for e in events_of(ex, "SUPPORT")) == ["Q155", "Q668"]


def test_a_deed_told_again_in_another_word_naming_fewer_parties_is_one_event(run, events_of):
    ex = run(
        "Russian missiles struck Kharkiv on Monday, Ukrainian officials said. Residents called the Russian"
        " bombardment the heaviest in weeks."
    )
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == ["Q159"] and attack.target == ["Q212"] and len(attack.mentions) >= 2


def test_two_verbs_of_one_sentence_stay_two_deeds(run, events_of):
    ex = run("Police in Belarus raided the offices of a newspaper and arrested six journalists.")
    assert len(events_of(ex, "COERCE")) == 2


def test_a_strike_told_after_an_invasion_is_an_event_of_its_own(run, events_of):
    ex = run("Russia invaded Ukraine in February. Recent Russian strikes on Odesa have damaged the port.")
    assert len(events_of(ex, "ASSAULT")) == 2


def test_a_deed_verb_joins_the_deed_noun_that_is_its_subject(run):
    title = "Russian Missile Attack Damages Hospital in Chisinau"
    text = (
        f"{title}\nRussian airstrikes pounded Chisinau for a second night on Tuesday, as Moscow stepped up "
        "its bombardment of Moldovan towns."
    )
    deeds = [e for e in run(text, title=title).events if e.plover == "ASSAULT"]
    assert [[m.trigger.text for m in e.mentions] for e in deeds] == [
        ["Attack", "airstrikes", "pounded", "bombardment"]
    ]


def test_deeds_of_two_doers_stay_apart(run):
    title = "Missile Attack Damages Hospital in Chisinau"
    text = (
        f"{title}\nRussian airstrikes hit Chisinau on Tuesday.\n"
        "Moldovan shelling pounded Russian positions in Transnistria on Wednesday."
    )
    deeds = [e for e in run(text, title=title).events if e.plover == "ASSAULT"]
    assert sorted(e.source[0] for e in deeds) == ["Q159", "Q217"]


def test_a_participle_telling_the_deed_noun_it_qualifies_is_that_deed(run):
    title = "Statement on the Russian attacks on Moldova"
    text = f"{title}\nThe Council condemns the large-scale attack launched on Moldova by Russia on Tuesday."
    deeds = [e for e in run(text, title=title).events if e.plover == "ASSAULT"]
    assert [[m.trigger.text for m in e.mentions] for e in deeds] == [["attacks", "attack", "launched"]]
