"""Event words and their senses (kg.extract.triggers, ontology/triggers.yaml)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``
SATURDAY = date(2025, 6, 14)


def test_set_phrases_are_not_events(run):
    assert not run("Olaf Scholz and Emmanuel Macron agreed to stay in close touch.").events


@pytest.mark.parametrize(
    "text, plover",
    [
        (
            "North Korea test-fired two ballistic missiles into the sea off its east coast, officials said.",
            "MOBILIZE",
        ),
        ("Venezuela recalled its ambassador from Spain.", "SANCTION"),
        ("Iran fired missiles at Israel.", "ASSAULT"),
    ],
)
def test_finer_verbs(run, text, plover):
    assert [e.plover for e in run(text).events] == [plover]


def test_title_case_headline_verb(run, events_of):
    ex = run(
        "Trump Meets Putin in Alaska\nThe two presidents met on Friday.",
        title="Trump Meets Putin in Alaska",
        published=SATURDAY,
    )
    (meeting,) = events_of(ex, "CONSULT")
    assert set(meeting.participants) == {"Q22686", "Q7747"}


def test_prisoner_exchange_and_release(run, events_of):
    ex = run("Russia and Ukraine would exchange 175 prisoners of war on March 19.", published=SATURDAY)
    (swap,) = events_of(ex, "CONCEDE")  # a release is a concession (ANNOTATION.md)
    assert set(swap.participants) == {"Q159", "Q212"} and swap.modality == "planned"
    (release,) = events_of(run("Hamas released three hostages.", published=SATURDAY), "CONCEDE")
    assert release.source == ["Q38799"]


@pytest.mark.parametrize(
    "text, plover, source",
    [
        ("Russian troops pulled out of Kherson.", "RETREAT", ["Q159"]),
        ("Iran backed down.", "CONCEDE", ["Q794"]),
        ("Hamas handed over four hostages to the Red Cross.", "CONCEDE", ["Q38799"]),
    ],
)
def test_phrasal_verbs(run, text, plover, source, events_of):
    (event,) = events_of(run(text, published=SATURDAY), plover)
    assert event.source == source


@pytest.mark.parametrize(
    "text, source",
    [
        ("Austria dropped its veto.", "Q40"),
        ("Poland lifted its objection to the deal.", "Q36"),
        ("Turkey withdrew its opposition to the agreement.", "Q43"),
    ],
)
def test_a_position_dropped_is_a_concession(run, text, source, events_of):
    ex = run(text, published=SATURDAY)
    (concede,) = events_of(ex, "CONCEDE")
    assert concede.modality == "asserted" and concede.source == [source]
    assert not [e for e in ex.events if e.plover in ("REJECT", "RETREAT")]


def test_test_fired_missiles_are_a_weapons_test(run, events_of):
    ex = run("Pyongyang test-fired a cruise missile off its west coast.", published=SATURDAY)
    (test,) = events_of(ex, "MOBILIZE")
    assert test.source == ["Q423"]


@pytest.mark.parametrize(
    "text, plover, parties",
    [
        ("Indian and Pakistani troops exchanged fire on Tuesday.", "ASSAULT", ["Q668", "Q843"]),
        ("Armenian and Azerbaijani forces traded gunfire overnight.", "ASSAULT", ["Q399", "Q227"]),
        ("The Philippines and China traded accusations over the collision.", "ACCUSE", ["Q928", "Q148"]),
    ],
)
def test_what_two_sides_trade_both_take_part_in_led_by_the_first_named(run, text, plover, parties, events_of):
    (event,) = events_of(run(text), plover)
    assert set(event.participants) == set(parties)
    assert event.source == parties[:1] and event.target == parties[1:]


@pytest.mark.parametrize(
    "text, plover, source",
    [
        ("Russia massed troops near the Ukrainian border.", "MOBILIZE", ["Q159"]),
        ("Ukraine called up 10,000 reservists on Monday.", "MOBILIZE", ["Q212"]),
        ("Japan dispatched two destroyers and a submarine to the strait.", "MOBILIZE", ["Q17"]),
        ("India tested a ballistic missile off its eastern coast.", "MOBILIZE", ["Q668"]),
        ("Iran issued a stern warning to Israel on Tuesday.", "THREATEN", ["Q794"]),
        (
            "Belarusian police rounded up dozens of opposition activists in Minsk.",
            "COERCE",
            ["belarusian-police", "Q184"],  # the force beside its state
        ),
    ],
)
def test_light_verbs_and_phrasal_verbs_of_force(run, text, plover, source, events_of):
    (event,) = events_of(run(text, published=SATURDAY), plover)
    assert event.source == source


def test_a_light_verbs_dative_is_the_target(run, events_of):
    (warning,) = events_of(run("Iran issued a stern warning to Israel on Tuesday."), "THREATEN")
    assert warning.target == ["Q801"]
    (tribute,) = events_of(run("Emmanuel Macron paid tribute to Poland for its leadership."), "SUPPORT")
    assert tribute.target == ["Q36"]


def test_a_condemned_deed_happened_whoever_did_it(run, events_of):
    ex = run("The European Union condemned the attack on the Ukrainian convoy.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.target == ["Q212"] and not attack.source
    (shelling,) = events_of(run("Germany strongly condemned the shelling of Kharkiv on Sunday."), "ASSAULT")
    assert shelling.target == ["Q212"]


def test_whose_act_is_welcomed_is_the_target(run, events_of):
    ex = run("Germany welcomed the agreement signed by Armenia and Azerbaijan on Friday.")
    (praise,) = events_of(ex, "SUPPORT")
    assert praise.source == ["Q183"] and set(praise.target) == {"Q399", "Q227"}


def test_will_not_tolerate_is_a_threat(run, events_of):
    ex = run("Pakistan will not tolerate any aggression from India, the army chief said.")
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == ["Q843"] and threat.target == ["Q668"] and threat.modality == "asserted"
    ex = run("China has tolerated the protests in Hong Kong for weeks.")
    assert not [e for e in ex.events if e.plover == "THREATEN"]


@pytest.mark.parametrize(
    "text, plover, source, target",
    [
        ("Turkey stepped up its air campaign against militants in Iraq.", "ASSAULT", ["Q43"], ["Q796"]),
        ("The United States slapped tariffs on Chinese steel.", "SANCTION", ["Q30"], ["Q148"]),
    ],
)
def test_campaigns_and_slapped_measures(run, text, plover, source, target):
    ex = run(text)
    assert [(e.plover, e.source, e.target) for e in ex.events] == [(plover, source, target)]


@pytest.mark.parametrize(
    "text, plover, source, target",
    [
        ("Japan teamed up with Australia to patrol the strait.", "COOPERATE", ["Q17"], ["Q408"]),
        ("Beijing reprimanded Japan over the visit.", "ACCUSE", ["Q148"], ["Q17"]),
        ("Biden reassured Zelensky on Tuesday.", "SUPPORT", ["Q6279"], ["Q3881317"]),
        ("Serbia put its army on full alert.", "MOBILIZE", ["Q403"], []),
        ("Myanmar's junta imposed martial law in several townships.", "COERCE", ["Q836"], []),
    ],
)
def test_more_words_of_news(run, text, plover, source, target, events_of):
    (event,) = events_of(run(text), plover)
    assert event.source == source and event.target == target


def test_joint_military_exercises_are_cooperation(run, events_of):
    ex = run("Russia and China held joint military exercises in the Sea of Japan.")
    (drill,) = events_of(ex, "COOPERATE")
    assert set(drill.participants) == {"Q159", "Q148"}
    assert not [e for e in ex.events if e.plover == "MOBILIZE"]


def test_whom_one_rallies_behind_is_supported(run, events_of):
    (support,) = events_of(run("Canada rallied behind Denmark after the threats."), "SUPPORT")
    assert support.source == ["Q16"] and support.target == ["Q35"]


def test_executions_of_people_are_killings(run, events_of):
    (killing,) = events_of(run("Iran executed two protesters on Saturday."), "ASSAULT")
    assert killing.source == ["Q794"]
    assert not run("Germany executed its plan on Saturday.").events


def test_police_in_a_state_are_that_states(run, events_of):
    ex = run("Police in Belarus raided the offices of a newspaper and arrested six journalists.")
    raid, arrest = events_of(ex, "COERCE")  # a police raid is repression too
    assert raid.source == arrest.source == ["belarusian-police", "Q184"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("British Typhoon jets arrived in Poland on Tuesday.", ["Q145"]),
        ("Chinese warships sailed into the Taiwan Strait.", ["Q148"]),
        ("Russian troops were moving closer to Kyiv.", ["Q159"]),
    ],
)
def test_forces_on_the_move_are_a_deployment(run, text, source, events_of):
    (move,) = events_of(run(text), "MOBILIZE")
    assert move.source == source


def test_a_delegation_arriving_is_no_deployment(run):
    events = run("The Chinese delegation arrived in Berlin on Monday.").events
    assert [e.plover for e in events] == ["CONSULT"]  # a visit to Germany


def test_taken_hostage_is_an_abduction(run, events_of):
    (abduction,) = events_of(run("Gilad Shalit is held hostage by Hamas."), "COERCE")
    assert abduction.target == ["gilad-shalit"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian attack helicopters flew over the Syrian border town.",
        "The US carrier strike group arrived in the Gulf.",
        "Two Italian aid workers left Somalia on Monday.",
    ],
)
def test_an_event_word_that_only_classifies_a_noun_is_no_event(run, text):
    assert not run(text).events


def test_calling_an_act_disproportionate_is_an_accusation(run, events_of):
    ex = run("Germany said Russia's response was disproportionate.")
    (accusation,) = events_of(ex, "ACCUSE")
    assert accusation.source == ["Q183"] and accusation.target == ["Q159"]


def test_the_presidents_of_two_states_are_those_states(run, events_of):
    ex = run("The presidents of Ghana and Senegal delivered an ultimatum to the junta on Tuesday.")
    (threat,) = events_of(ex, "THREATEN")
    assert set(threat.source) == {"Q117", "Q1041"}


def test_releasing_soldiers_and_stopping_a_protest(run, events_of):
    ex = run("Russia and Ukraine each released 175 troops on Friday.")
    (swap,) = events_of(ex, "CONCEDE")
    assert set(swap.participants) == {"Q159", "Q212"}
    ex = run("Police in Belarus prevented the demonstration.")
    (stop,) = events_of(ex, "COERCE")
    assert stop.source == ["belarusian-police", "Q184"]


def test_peacekeepers_a_phone_talk_and_a_cut_off_of_exports(run, events_of):
    ex = run("Fiji is sending more peacekeepers to Lebanon.")
    (aid,) = events_of(ex, "AID")
    assert aid.source == ["Q712"] and aid.target == ["Q822"]
    assert "MOBILIZE" not in {e.plover for e in ex.events}
    ex = run("Macron and Scholz spoke by phone on Sunday.")
    (call,) = events_of(ex, "CONSULT")
    assert call.mode == "phone"
    ex = run("Algeria cut off gas exports to Spain.")
    assert events_of(ex, "SANCTION")[0].source == ["Q262"]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Olaf Scholz and Emmanuel Macron discussed energy cooperation with Norway.", "COOPERATE"),
        ("Olaf Scholz highlighted the value of humanitarian aid for Sudan.", "AID"),
        ("The minister toured a Swedish-backed demining school in Kharkiv.", "SUPPORT"),
    ],
)
def test_topics_and_descriptions_are_not_events(run, text, absent):
    assert absent not in [e.plover for e in run(text).events]


def test_an_owned_stance_as_the_topic_is_still_made(run, events_of):
    ex = run("Olaf Scholz underscored his condemnation of Russia's shelling of Kharkiv.")
    (condemn,) = events_of(ex, "ACCUSE")
    assert "Q61053" in condemn.participants
    events_of(ex, "ASSAULT")  # a deed talked about still happened


def test_a_purpose_inside_the_topic_is_still_coded(run, events_of):
    ex = run("Olaf Scholz and Emmanuel Macron met to discuss efforts to deepen cooperation with Ukraine.")
    events_of(ex, "COOPERATE")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Investigators listed war crimes committed by the militia near Goma.", "AGREE"),
        ("Olaf Scholz said the crimes had been committed by Russian units.", "AGREE"),
        ("Poland sent 200 soldiers to the coalition in support for Ukraine.", "SUPPORT"),
        ("British jets will protect the skies over the Baltic this summer.", "COOPERATE"),
        ("Olaf Scholz urged Kosovo to meet its obligations under the agreement.", "CONSULT"),
        ("In Yemen, 20 million people in need of food aid depend on the UN, the WFP says.", "AID"),
    ],
)
def test_senses_that_name_no_event(run, text, absent):
    assert absent not in [e.plover for e in run(text).events]


def test_commit_to_a_deed_still_promises_it(run, events_of):
    events_of(run("Japan committed to send aid to Ukraine."), "AID")


def test_protecting_a_party_is_still_a_guarantee(run, events_of):
    (guarantee,) = events_of(run("British troops will protect Estonia from any attack."), "COOPERATE")
    assert "Q191" in guarantee.participants


def test_a_promise_of_no_event_to_no_one_is_none(run):
    ex = run("The Houthis shelled Marib on Monday and vowed to stay the course until May.")
    assert "AGREE" not in [e.plover for e in ex.events]
    assert "ASSAULT" in [e.plover for e in ex.events]


def test_a_promise_of_an_event_takes_its_type(run, events_of):
    events_of(run("Japan promised to send aid to Ukraine."), "AID")


def test_a_standing_relation_in_a_relative_clause_is_no_event(run, events_of):
    ex = run("Iran, which backs the Houthis, condemned the strikes on Yemen.")
    events_of(ex, "ACCUSE")
    assert "SUPPORT" not in [e.plover for e in ex.events]


def test_a_participle_of_talking_that_opens_a_sentence_frames_it(run, events_of):
    ex = run("Discussing the trade pact over lunch, Olaf Scholz said Germany would sign it in May.")
    events_of(ex, "AGREE")
    assert "CONSULT" not in [e.plover for e in ex.events]


def test_stressing_the_need_for_something_is_an_appeal(run, events_of):
    (appeal,) = events_of(run("Norway stressed the need for an immediate halt to the shelling."), "REQUEST")
    assert appeal.source == ["Q20"]


def test_welcoming_an_event_is_praise(run, events_of):
    (praise,) = events_of(run("Canada welcomed the release of the detained aid workers."), "SUPPORT")
    assert praise.source == ["Q16"]


def test_a_police_raid_is_repression_and_a_military_raid_an_attack(run, events_of):
    events_of(run("Police raided the offices of a Tunisian newspaper."), "COERCE")
    events_of(run("Soldiers raided a village near the border."), "ASSAULT")


def test_restored_ties_sunk_ships_and_kidnappings(run, events_of):
    events_of(run("Qatar and Bahrain restored diplomatic relations on Sunday."), "AGREE")
    events_of(run("The Colombian navy sank a Venezuelan patrol boat."), "ASSAULT")
    events_of(run("Nigeria condemned the kidnapping of the schoolgirls by Boko Haram."), "COERCE")


def test_firing_on_someone_is_an_attack(run, events_of):
    (attack,) = events_of(run("Georgia said Abkhaz separatists fired on its police posts."), "ASSAULT")
    assert "Q230" in attack.target


def test_liberating_a_town_is_taking_it_by_force_and_freeing_people_a_release(run, events_of):
    events_of(run("Malian troops liberated the village of Dioura from the militants."), "ASSAULT")
    assert not [e for e in run("Malian troops liberated twelve hostages from the militants.").events
                if e.plover == "ASSAULT"]


def test_regarding_an_actor_as_terrorist_is_an_accusation(run, events_of):
    (label,) = events_of(run("Ankara regards the PKK as a terrorist organisation."), "ACCUSE")
    assert label.source == ["Q43"]
    assert not run("Japan regards China as an important partner.").events


@pytest.mark.parametrize(
    "text, plover",
    [
        ("Ukrainian troops retook the village from Russian forces.", "ASSAULT"),
        ("Somali forces have retaken the port from the militants.", "ASSAULT"),
        ("Mourners chanted slogans against the government.", "PROTEST"),
    ],
)
def test_retaking_is_an_attack_and_chanting_against_a_protest(run, events_of, text, plover):
    events_of(run(text), plover)


def test_support_as_a_noun_names_an_endorsement_only_with_whom_it_backs(run, events_of):
    assert not [e for e in run("The Security Council approved a new support mission in Haiti.").events]
    (support,) = events_of(run("Japan voiced its support for Ukraine."), "SUPPORT")
    assert support.source == ["Q17"] and support.target == ["Q212"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan said China needs to withdraw its warships from the strait.",
        "Japan said China has to withdraw its warships from the strait.",
        "Japan said China needs to carry out a withdrawal of its warships from the strait.",
    ],
)
def test_a_deed_needed_of_another_is_a_demand(run, text, events_of):
    (event,) = events_of(run(text), "REQUEST")
    assert (event.source, event.target, event.modality) == (["Q17"], ["Q148"], "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "China had to withdraw its warships from the strait.",
        "China does not need to withdraw its warships from the strait.",
        "Japan said we need to withdraw our warships from the strait.",
        "Japan has yet to withdraw its warships from the strait.",
    ],
)
def test_a_past_denied_or_own_need_is_no_demand(run, text):
    assert not [e for e in run(text).events if e.plover == "REQUEST"]


def test_a_word_of_an_unknown_organisations_name_is_no_event_word(run):
    ex = run('The rival leaders of the rebel "Ugandan Rally for Unity" have arrived in Kampala.')
    assert not [e for e in ex.events if e.plover == "PROTEST"], ex.events


def test_the_name_of_a_treaty_or_summit_stays_an_event_word(run, events_of):
    ex = run("The leaders reviewed preparations for the upcoming NATO Summit in Vilnius.")
    events_of(ex, "CONSULT")
