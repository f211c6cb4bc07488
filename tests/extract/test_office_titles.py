"""Office titles and who they name (kg.extract.people, office_holders, posts, owners): a bare office
refers back to the person named with that very office, not a deputy's; a person who voices a state's
stance is its source; an office posted "to" a place or body is the title of the name after it."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 6, 14)


def _sources(ex, plover: str) -> set[str]:
    return {ex_actor.label for e in ex.events if e.plover == plover for ex_actor in _actors(ex, e.source)}


def _actors(ex, keys) -> list:
    return [a for a in ex.actors if a.key in keys]


def _labels(ex, keys) -> set[str]:
    return {a.label for a in _actors(ex, keys)}


_CALL = "Secretary of State Laura Benning spoke today with Chilean Foreign Minister Pablo Reyes. "


def test_a_bare_office_names_the_person_named_with_that_office(run):
    ex = run(_CALL + "The Secretary praised Chile for its help with the evacuation.")
    assert "Laura Benning" in _sources(ex, "SUPPORT")


def test_a_deputy_office_is_another_office(run):
    text = (
        "Secretary of State Laura Benning condemned the attack on the embassy in Lima. "
        "The Deputy Secretary met with members of the Chilean navy in Valparaiso."
    )
    ex = run(text)
    assert not any("Laura Benning" in _labels(ex, e.participants) for e in ex.events if e.plover == "CONSULT")


def test_a_deputy_named_with_the_rank_keeps_it_apart_from_the_office(run):
    text = (
        "Deputy Prime Minister Anna Kowalska met Prime Minister Jan Nowak in Warsaw on Monday. "
        "The Deputy Prime Minister praised Lithuania for its help. "
        "The Prime Minister condemned the attack on the Lithuanian embassy."
    )
    ex = run(text)
    assert "Anna Kowalska" in _sources(ex, "SUPPORT")
    assert "Jan Nowak" in _sources(ex, "ACCUSE") and "Anna Kowalska" not in _sources(ex, "ACCUSE")


def test_a_rank_before_the_name_is_part_of_the_title(run):
    text = (
        "Deputy Secretary of State Mark Ellison visited Manila on Tuesday. "
        "The Secretary condemned the attack on the Philippine coast guard."
    )
    ex = run(text)
    assert "Mark Ellison" not in _sources(ex, "ACCUSE")


def test_the_secretary_general_still_names_the_secretary_general(run):
    text = (
        "Secretary-General Antonio Guterres condemned the attack on the convoy in Darfur. "
        "The Secretary-General urged Sudan to protect aid workers."
    )
    ex = run(text)
    assert any("Guterres" in label for label in _sources(ex, "REQUEST"))


def test_the_speaker_of_a_states_stance_is_its_source(run):
    ex = run(_CALL + "The Secretary reiterated the U.S. condemnation of the coup in Peru.")
    assert {"Laura Benning", "United States"} <= _sources(ex, "ACCUSE")
    ex = run(_CALL + "The Secretary emphasized U.S. support for the democratic transition in Bolivia.")
    assert "Laura Benning" in _sources(ex, "SUPPORT")


def test_a_stance_of_another_state_stays_that_states(run):
    text = (
        "U.S. Secretary of State Laura Benning spoke today with Chilean Foreign Minister Pablo Reyes. "
        "The Secretary highlighted Chile's support for the peace talks in Colombia."
    )
    ex = run(text)
    assert "Laura Benning" not in _sources(ex, "SUPPORT")


def test_an_expressed_concern_is_held_by_its_owner_not_aimed_at_it(run):
    ex = run("Maria Soto is the U.S. envoy. She expressed America's concern about the violence in Darfur.")
    (accuse,) = [e for e in ex.events if e.plover == "ACCUSE"]
    assert "Maria Soto" in _labels(ex, accuse.source) and "United States" not in _labels(ex, accuse.target)


def test_an_ambassador_to_a_body_is_the_person_not_the_body(run):
    ex = run(
        "U.S. Ambassador to the United Nations Maria Soto told the Security Council that the shelling "
        "of Sumy was horrifying."
    )
    (accuse,) = [e for e in ex.events if e.plover == "ACCUSE"]
    assert "Maria Soto" in _labels(ex, accuse.source) and "United States" not in _labels(ex, accuse.source)
    assert "Maria Soto" not in _labels(ex, accuse.target)
    assert "United Nations" not in _labels(ex, accuse.participants)


def test_a_lowercase_posted_office_before_a_name_is_its_title(run):
    ex = run("Norway's ambassador to the UN Erik Dahlberg criticized the Security Council on Monday.")
    assert _sources(ex, "ACCUSE") == {"Erik Dahlberg"}


def test_an_envoys_brief_is_no_party(run):
    ex = run("UN Special Envoy for Yemen Tomas Bergqvist met Omani Foreign Minister Said Harthi in Muscat.")
    (meeting,) = [e for e in ex.events if e.plover == "CONSULT"]
    assert "Tomas Bergqvist" in _labels(ex, meeting.participants)
    assert not {"Yemen", "United Nations"} & _labels(ex, meeting.participants)


def test_an_ambassador_with_no_name_after_the_post_is_left_as_it_was(run):
    ex = run("Kenya summoned the Ugandan ambassador to Nairobi and protested the border raid.")
    assert not any(a.kind == "person" for a in ex.actors)


def test_the_state_and_post_in_a_posted_title_are_still_listed_as_actors(run):
    ex = run("U.S. Ambassador to Japan Maria Soto praised South Korea for its help on Monday.")
    assert {"United States", "Japan"} <= {a.label for a in ex.actors}
    (support,) = [e for e in ex.events if e.plover == "SUPPORT"]
    assert not {"United States", "Japan"} & _labels(ex, support.participants)
