"""Who takes part, not who is only named beside the event: a state's leader named by a word for one
("the Turkish leader") is the head the text named before; the owner of a place noun in a place phrase
("signed in Ethiopia's capital") says where, not who; the owner of a harm suffered ("Navalny's
poisoning") suffered it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex, keys) -> set[str]:
    names = {a.key: a.label for a in ex.actors}
    return {names.get(k, k) for k in keys}


def _all(ex, plover: str) -> list:
    return [e for e in ex.events if e.plover == plover]


# ---------------------------------------------------------------- "the Turkish leader"


def test_a_states_leader_is_the_head_named_before(run, events_of):
    for text, who in (
        ("Turkish President Recep Tayyip Erdogan spoke with Vladimir Putin by phone on Monday. "
         "During the call, the Turkish leader urged closer cooperation against terrorism.", "Erdoğan"),
        ("Georgian President Mikheil Saakashvili faced large protests in Tbilisi. "
         "The Georgian leader has refused the demands of the opposition.", "Saakashvili"),
        ("Ecuador's President Rafael Correa met Colombia's Alvaro Uribe in Santo Domingo. "
         "Ecuador's leader later accused Colombia of lying.", "Correa"),
    ):
        ex = run(text)
        found = [e for e in ex.events if e.plover in ("REQUEST", "REJECT", "ACCUSE") and e.source]
        assert found, text
        assert any(who in lab for e in found for lab in _labels(ex, e.source)), text


def test_a_leader_with_no_head_named_before_stays_the_state(run, events_of):
    ex = run("The Turkish leader urged closer cooperation against terrorism.")
    (req,) = events_of(ex, "REQUEST")
    assert _labels(ex, req.source) == {"Turkey"}


def test_a_minister_is_no_states_leader(run, events_of):
    ex = run("Turkish Foreign Minister Hakan Fidan met his Greek counterpart in Athens. "
             "The Turkish leader later urged calm.")
    (req,) = events_of(ex, "REQUEST")
    assert _labels(ex, req.source) == {"Turkey"}


def test_plural_leaders_and_a_named_leader_are_left_alone(run, events_of):
    ex = run("Turkish President Recep Tayyip Erdogan met Hamas leader Ismail Haniyeh in Ankara on Monday.")
    (meet,) = events_of(ex, "CONSULT")
    labels = _labels(ex, meet.participants)
    assert any("Haniyeh" in lab for lab in labels) and any("Erdoğan" in lab for lab in labels)


# ---------------------------------------------------------------- "in Ethiopia's capital"


def test_the_owner_of_a_place_in_a_place_phrase_is_no_party(run):
    for text, state in (
        ("Officials say the deal will be signed on Thursday in Ethiopia's capital.", "Ethiopia"),
        ("Chile and Peru signed the border accord in Brazil's capital on Friday.", "Brazil"),
        ("The two sides held a new round of talks in Kenya's port city of Mombasa.", "Kenya"),
    ):
        ex = run(text)
        for e in ex.events:
            assert state not in _labels(ex, e.participants), (text, e.plover)


def test_a_place_owned_outside_a_place_phrase_still_names_the_state(run, events_of):
    ex = run("Russian missiles struck Ukraine's capital overnight.")
    (strike,) = events_of(ex, "ASSAULT")
    assert "Ukraine" in _labels(ex, strike.target)


# ---------------------------------------------------------------- "Navalny's poisoning"


def test_the_owner_of_a_harm_suffered_is_no_doer(run):
    for text, victim in (
        ("Russia must open a full investigation into Alexei Navalny's poisoning.", "Navalny"),
        ("Supporters of Mohamed Bazoum rallied in Niamey after Bazoum's ouster.", "Bazoum"),
    ):
        ex = run(text)
        for e in ex.events:
            assert not any(victim in lab for lab in _labels(ex, e.source)), (text, e.plover)


def test_an_owner_with_an_of_phrase_does_the_harm(run, events_of):
    ex = run("The army's ouster of President Mohamed Bazoum was condemned by the African Union.")
    (coup,) = events_of(ex, "COERCE")
    assert not any("Bazoum" in lab for lab in _labels(ex, coup.source))
    assert any("Bazoum" in lab for lab in _labels(ex, coup.target))
