"""Title-case headlines that tell of attacks: a plural event noun the tagger took for a name
("Attacks"), small words and hyphenated parts ("on", "Kurdish-held") that do not make a line less a
headline, and a verb the NER swallowed into a person's name ("X Launches New Attacks")."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

TURKEY, IRAQ, ISRAEL = "Q43", "Q796", "Q801"


def test_a_headline_with_a_hyphenated_lower_case_part(run, events_of):
    ex = run("Turkey Steps Up Drone Attacks on Kurdish-held Northern Iraq\n\nThe strikes went on all week.")
    attack = events_of(ex, "ASSAULT")[0]
    assert attack.source == [TURKEY]
    assert attack.target == [IRAQ]


def test_a_group_launching_attacks_in_a_headline(run, events_of):
    ex = run("Hezbollah Launches Fresh Attacks on Israel's Northern Border\n\nThe group fired rockets.")
    attack = events_of(ex, "ASSAULT")[0]
    assert attack.source == ["hezbollah"]
    assert attack.target == [ISRAEL]


def test_a_line_of_names_keeps_its_small_verb(run):
    ex = run("Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani.")
    assert any(e.plover == "CONSULT" for e in ex.events)
