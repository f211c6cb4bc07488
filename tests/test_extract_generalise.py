"""The extractor on news and readout patterns beyond the dev set: who does what in accusations,
opposite strikes, requests, vows, aid, headlines, passives, releases and failed talks."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of, runner

SATURDAY = date(2025, 6, 14)


@pytest.fixture(scope="module")
def run(pipeline):
    return runner(pipeline, SATURDAY)



def test_accused_of_doing_makes_the_accused_the_agent(run):
    ex = run("Pakistani Prime Minister Shehbaz Sharif accused India of striking civilian areas in Pakistan.")
    (accuse,) = events_of(ex, "ACCUSE")
    assert accuse.source == ["shehbaz-sharif"] and accuse.target == ["Q668"]
    (strike,) = events_of(ex, "ASSAULT")
    assert strike.source == ["Q668"] and "shehbaz-sharif" not in strike.participants


def test_accused_of_a_deed_with_no_place_still_names_the_agent(run):
    ex = run("Beijing accused Manila of attacking its vessels.")
    assert all("Q148" not in e.source for e in events_of(ex, "ASSAULT"))


def test_opposite_strikes_stay_apart_with_their_own_dates(run):
    ex = run(
        "Israeli warplanes struck air defence sites near Tehran early on Saturday, the military said, "
        "a day after Iran fired more than 100 ballistic missiles at Tel Aviv."
    )
    strikes = {tuple(e.source): e for e in events_of(ex, "ASSAULT")}
    assert set(strikes) == {("Q801",), ("Q794",)}
    assert strikes[("Q801",)].target == ["Q794"] and strikes[("Q801",)].date == "2025-06-14"
    assert strikes[("Q794",)].target == ["Q801"] and strikes[("Q794",)].date == "2025-06-13"


def test_at_the_request_of_makes_the_requester_the_source(run):
    ex = run(
        "The United Nations Security Council will hold an emergency meeting on Monday at the request of "
        "Russia and China."
    )
    (req,) = events_of(ex, "REQUEST")
    assert set(req.source) == {"Q159", "Q148"} and req.target == ["Q37470"] and req.modality == "asserted"
    (meeting,) = events_of(ex, "CONSULT")
    assert (
        meeting.participants == ["Q37470"] and meeting.modality == "planned" and meeting.date == "2025-06-16"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tehran vows response.",
        "Iran vowed revenge.",
        "Iran vowed to retaliate.",
        "Iran promised retaliation.",
    ],
)
def test_a_vow_of_retaliation_is_a_threat(run, text):
    ex = run(text)
    (threat,) = events_of(ex, "THREATEN")
    assert threat.source == ["Q794"] and threat.modality == "asserted"
    assert not [e for e in ex.events if e.plover == "AGREE"]


def test_it_is_the_state_that_says_so(run):
    ex = run("Germany said it would send humanitarian aid to civilians in Lebanon.")
    (aid,) = events_of(ex, "AID")
    assert aid.source == ["Q183"] and aid.target == ["Q822"] and aid.modality == "planned"


def test_welcomed_ceasefire_and_both_sides(run):
    ex = run(
        "The Secretary welcomed the ceasefire between India and Pakistan and encouraged both sides to "
        "maintain direct communication.",
        source="U.S. Department of State, Office of the Spokesperson",
    )
    (support,) = events_of(ex, "SUPPORT")
    assert set(support.target) == {"Q668", "Q843"}
    (request,) = events_of(ex, "REQUEST")
    assert set(request.target) == {"Q668", "Q843"}


def test_urging_in_a_call_is_addressed_to_the_other_party(run):
    ex = run("Macron spoke with Netanyahu by phone and urged restraint.")
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["Q3052772"] and request.target == ["Q43723"]


def test_title_case_headline_verb(run):
    ex = run(
        "Trump Meets Putin in Alaska\nThe two presidents met on Friday.", title="Trump Meets Putin in Alaska"
    )
    (meeting,) = events_of(ex, "CONSULT")
    assert set(meeting.participants) == {"Q22686", "Q7747"}


def test_headline_verb_is_no_name(run):
    ex = run("Israel Strikes Iran as Tehran Vows Response\nIsrael struck Iran on Friday.")
    assert all("vows" not in a.label.lower() for a in ex.actors)


@pytest.mark.parametrize(
    "text, plover, source, target",
    [
        ("Kyiv was hit by Russian missiles.", "ASSAULT", ["Q159"], ["Q212"]),
        ("Poland expelled two Russian diplomats.", "SANCTION", ["Q36"], ["Q159"]),
        ("The European Union imposed sanctions on Belarus.", "SANCTION", ["Q458"], ["Q184"]),
        (
            "Chinese coast guard ships fired water cannon at a Philippine vessel.",
            "ASSAULT",
            ["Q148"],
            ["Q928"],
        ),
        ("Armenian troops were withdrawn from two border villages.", "RETREAT", ["Q399"], []),
    ],
)
def test_directed_patterns(run, text, plover, source, target):
    (event,) = events_of(run(text), plover)
    assert event.source == source and event.target == target


def test_signed_a_deal_and_failed_talks(run):
    ex = run("Japan and South Korea signed a defence deal.")
    (agree,) = events_of(ex, "AGREE")
    assert set(agree.participants) == {"Q17", "Q884"} and agree.modality == "asserted"
    ex = run("The talks between Armenia and Azerbaijan ended without agreement.")
    (agree,) = events_of(ex, "AGREE")
    assert set(agree.participants) == {"Q399", "Q227"} and agree.modality == "negated"


def test_prisoner_exchange_and_release(run):
    ex = run("Russia and Ukraine would exchange 175 prisoners of war on March 19.")
    (swap,) = events_of(ex, "RETREAT")
    assert set(swap.participants) == {"Q159", "Q212"} and swap.modality == "planned"
    (release,) = events_of(run("Hamas released three hostages."), "RETREAT")
    assert release.source == ["Q38799"]


def test_wire_dateline_is_no_actor(run):
    ex = run("KHARTOUM (AFP) - Sudan's army and the Rapid Support Forces agreed to a truce on Wednesday.")
    labels = {a.label for a in ex.actors}
    assert not {"KHARTOUM", "AFP", "Agence France-Presse"} & labels
    assert not [e for e in ex.events if e.plover == "SUPPORT"]  # "Support" is part of a name


def test_demonym_before_a_title_is_no_actor(run):
    ex = run("Hungarian Prime Minister Viktor Orbán met French President Emmanuel Macron.")
    assert {a.key for a in ex.actors} == {"Q57641", "Q3052772"}


@pytest.mark.parametrize(
    "text, plover, source",
    [
        ("Russian troops pulled out of Kherson.", "RETREAT", ["Q159"]),
        ("Iran backed down.", "CONCEDE", ["Q794"]),
        ("Hamas handed over four hostages to the Red Cross.", "RETREAT", ["Q38799"]),
    ],
)
def test_phrasal_verbs(run, text, plover, source):
    (event,) = events_of(run(text), plover)
    assert event.source == source
