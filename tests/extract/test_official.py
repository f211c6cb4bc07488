"""Wordings of official releases: sanctions notices, readouts and UN statements (ontology/triggers.yaml)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def test_targeting_in_a_sanctions_release_is_a_designation(run, events_of):
    ex = run(
        "The Treasury targeted three Iranian shipping firms on Tuesday. "
        "The firms are designated under the sanctions programme on Iran."
    )
    assert "ASSAULT" not in {e.plover for e in ex.events}
    assert events_of(ex, "SANCTION")


def test_targeting_in_a_war_report_is_an_attack(run, events_of):
    ex = run("Russian drones targeted the port of Odesa overnight, Ukrainian officials said.")
    assert "SANCTION" not in {e.plover for e in ex.events}
    assert events_of(ex, "ASSAULT")


def test_targeting_in_a_war_report_that_mentions_sanctions_elsewhere_is_an_attack(run, events_of):
    ex = run(
        "Russia pounds Ukrainian ports\n\n"
        "Russian drones targeted the port of Odesa overnight, Ukrainian officials said. "
        "Air defences shot down most of them. Firefighters worked through the night. "
        "The mayor said the grain terminal was damaged. "
        "Separately, the European Union agreed new sanctions on Russian oil exports."
    )
    assert "SANCTION" not in {e.plover for e in ex.events if e.trigger.startswith("target")}
    assert events_of(ex, "ASSAULT")


def test_an_action_coordinated_with_a_partner_is_cooperation(run, events_of):
    ex = run("The State Department coordinated this action with Canada, which is also imposing sanctions.")
    (joint,) = events_of(ex, "COOPERATE")
    assert "Q16" in joint.participants


def test_coordinating_closely_with_a_partner_is_still_consultation(run, events_of):
    ex = run("France coordinated closely with Germany on the response.")
    assert events_of(ex, "CONSULT")
    assert "COOPERATE" not in {e.plover for e in ex.events}


def test_a_crime_committed_is_no_pledge(run):
    ex = run("The council said such acts are unjustifiable whenever and by whomever committed.")
    assert "AGREE" not in {e.plover for e in ex.events}


def test_committing_to_something_is_still_a_pledge(run, events_of):
    (pledge,) = events_of(run("Chile will commit itself to the accord."), "AGREE")
    assert pledge.modality == "planned"


def test_stressing_the_importance_of_someone_acting_is_an_appeal(run, events_of):
    ex = run("Joe Biden and Olaf Scholz underlined the importance of Iran halting its enrichment.")
    (appeal,) = events_of(ex, "REQUEST")
    assert {"Q6279", "Q61053"} <= set(appeal.source)
    assert "THREATEN" not in {e.plover for e in ex.events}


def test_agreeing_to_coordinate_approaches_is_only_the_agreement(run):
    ex = run("Emmanuel Macron and Olaf Scholz agreed to coordinate their approaches to the issue.")
    assert "COOPERATE" not in {e.plover for e in ex.events}
