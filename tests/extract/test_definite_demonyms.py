"""A plural demonym with "the" alone before it, the subject of an active verb ("the Russians shelled
the town", "the Iranians withdrew") stands for that state's side, as news prose uses it; people of a
state who suffer something ("the Iranians were wounded") stay no actor."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)

IRAN, RUSSIA = "Q794", "Q159"


def test_the_iranians_withdrawing_troops_are_iran(run, events_of):
    ex = run("Iraq and Iran held talks on Friday. The Iranians withdrew their troops from Iraq on Saturday.")
    assert any(e.source == [IRAN] for e in events_of(ex, "RETREAT"))


def test_the_russians_shelling_positions_are_russia(run, events_of):
    ex = run(
        "Ukraine said on Monday the front was calm. "
        "The Russians shelled Ukrainian positions near Kharkiv on Tuesday."
    )
    assert any(e.source == [RUSSIA] for e in events_of(ex, "ASSAULT"))


def test_the_demonym_as_a_passive_subject_stays_a_people(run):
    ex = run(
        "Iraq and Iran held talks on Friday. "
        "The Iranians were wounded when gunmen attacked their bus near Basra."
    )
    assert not any(IRAN in e.source for e in ex.events if e.plover == "ASSAULT")
