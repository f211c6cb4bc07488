"""Classes of one type that tell one act in other words (``kin`` of ontology/event_coref.yaml): a
speaker's condemnation and the accusation of its statement are one stance taken; and the pairs that
must stay apart (one more act told with "also", roles turned round, another speaker)."""

from __future__ import annotations

from datetime import date

from kg.extract.event_coref import kinds

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _sentences(event) -> list[int]:
    return [m.sentence.index for m in event.mentions]


def test_kin_classes_count_as_one_kind():
    assert kinds({"Condemnation", "Accusation", None}, frozenset()) == {"stance"}
    assert kinds({"Condemnation", "Attack"}, frozenset({"Attack"})) == {"stance"}
    assert len(kinds({"Condemnation", "Summons"}, frozenset())) == 2


def test_a_condemnation_and_the_accusation_of_one_statement_are_one_stance(run, events_of):
    title = "Statement on the missile launch"
    ex = run(
        f"{title}\nThe United States strongly condemns North Korea's ballistic missile launch. "
        "The United States accuses North Korea of violating UN Security Council resolutions.",
        title=title,
    )
    [stance] = events_of(ex, "ACCUSE")
    assert _sentences(stance) == [1, 2]


def test_a_wire_lead_condemnation_and_the_blame_told_next_are_one_stance(run, events_of):
    ex = run(
        "Ghana's government on Tuesday condemned the killing of two soldiers near the border with "
        "Burkina Faso.\nThe Ghanaian government accused Burkina Faso of sheltering the gunmen, a "
        "spokesman said."
    )
    accuse = events_of(ex, "ACCUSE")
    assert len(accuse) == 1 and _sentences(accuse[0]) == [0, 1]


def test_an_accusation_told_as_one_more_act_stays_apart(run, events_of):
    title = "France condemns arrest"
    ex = run(
        f"{title}\nFrance condemned the arrest of the journalist by Iranian authorities. "
        "France also accused Iran of holding dozens of foreigners as bargaining chips.",
        title=title,
    )
    assert len(events_of(ex, "ACCUSE")) == 2


def test_a_condemnation_answered_by_an_accusation_stays_apart(run, events_of):
    title = "Statement"
    ex = run(
        f"{title}\nJapan condemned China's seizure of the vessel. China accused Japan of provocation.",
        title=title,
    )
    assert len(events_of(ex, "ACCUSE")) == 2
