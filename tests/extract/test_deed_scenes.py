"""A place named before a deed noun is where the deed was done, not who did it: "the Kharkiv attack"
reads as "the attack in Kharkiv" (aimed at the state the place lies in), and a word the lists do not
know there ("Dolbarre bombing") names no person. An owner ("Kyiv's drone attacks"), a demonym ("the
Russian attack") and a group ("Houthi attacks") still name the doer, and a deed a state does on its own
ground ("Kremlin crackdown") keeps its doer."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)

UKRAINE, RUSSIA, SOMALIA, PAKISTAN, ISRAEL = "Q212", "Q159", "Q1045", "Q843", "Q801"
BODY = "Officials said dozens were hurt."


def _titled(run, title: str, body: str = BODY):
    return run(f"{title}\n\n{body}", title=title)


def test_a_place_before_an_attack_is_what_was_hit(run, events_of):
    (attack,) = events_of(_titled(run, "Kharkiv attack kills 12"), "ASSAULT")
    assert attack.source == [] and attack.target == [UKRAINE]


def test_a_place_before_a_headline_in_title_case_is_what_was_hit(run, events_of):
    (attack,) = events_of(_titled(run, "Moscow Concert Hall Attack Kills 60"), "ASSAULT")
    assert attack.source == [] and attack.target == [RUSSIA]


def test_who_condemns_a_place_named_bombing_accuses_no_one_there(run, events_of):
    ex = run("Pakistan condemned the Mogadishu bombing on Monday.")
    (accusation,) = events_of(ex, "ACCUSE")
    assert accusation.source == [PAKISTAN] and SOMALIA not in accusation.target
    (bombing,) = events_of(ex, "ASSAULT")
    assert SOMALIA not in bombing.source


def test_a_place_no_list_knows_before_a_deed_is_no_person(run, events_of):
    ex = _titled(run, "Dolbarre bombing kills 12", "Al-Shabaab claimed the attack.")
    assert not [a for a in ex.actors if a.kind == "person"]
    assert all("dolbarre" not in k.lower() for e in events_of(ex, "ASSAULT") for k in e.participants)


def test_a_word_the_text_names_in_full_stays_a_person(run):
    ex = _titled(run, "Korvath arrest", "Police arrested opposition leader Emil Korvath in Minsk on Monday.")
    assert any(a.kind == "person" and "Korvath" in " ".join(a.names) for a in ex.actors)


def test_a_demonym_before_an_attack_names_the_attacker(run, events_of):
    (attack,) = events_of(run("The Russian attack on Kharkiv killed 12 people on Monday."), "ASSAULT")
    assert attack.source == [RUSSIA] and attack.target == [UKRAINE]


def test_an_owner_names_the_attacker(run, events_of):
    (attack,) = events_of(run("Kyiv's drone attacks on Moscow continued on Monday."), "ASSAULT")
    assert attack.source == [UKRAINE] and attack.target == [RUSSIA]


def test_a_state_owner_names_the_attacker(run, events_of):
    (attack,) = events_of(_titled(run, "Israel's strikes on Gaza"), "ASSAULT")
    assert attack.source == [ISRAEL]


def test_a_crackdown_at_the_seat_of_government_keeps_its_doer(run, events_of):
    (crackdown,) = events_of(_titled(run, "Kremlin crackdown on protesters widens"), "COERCE")
    assert crackdown.source == [RUSSIA]
