"""Which actors an extraction lists: a person the news reports on is no reporter of the news
(kg.extract.media), a full name the NER reads mostly as a person's is one (kg.extract.nonpersons), the
state envoys come "from" is whom they act for, no place (kg.extract.places), as is the state named after
a person's name and "of" ("President X of Y", kg.extract.cast); an office named as served by another
("the Special Representative of the Secretary-General") is no mention of its holder
(kg.extract.office_holders); a body named by its name is no place ("at the G7", kg.extract.cast)."""

from __future__ import annotations

from datetime import date

from kg.extract.language import load_language
from kg.extract.nonpersons import NonPersons

PUBLISHED = date(2024, 3, 14)

def _labels(ex) -> set[str]:
    return {a.label for a in ex.actors}


def test_a_person_in_the_clause_the_media_report_is_listed(run):
    ex = run("Local media reported that Ahmed Farouk Salim, the deputy governor, met tribal elders in the "
             "city.")
    assert "Ahmed Farouk Salim" in _labels(ex)


def test_a_journalist_who_files_the_story_is_not_listed(run):
    ex = run(
        "The army said it had retaken the town on Sunday. "
        "VOA correspondent Peter Ralston reports from Nairobi.\n"
        "Reporting by Jane Doe; editing by John Roe."
    )
    assert not {"Peter Ralston", "Jane Doe", "John Roe"} & _labels(ex)


def _readings(pipeline, text: str, name: str, labels: list[str]):
    """``text`` parsed, with the NER's readings of the occurrences of ``name`` set to ``labels`` in turn."""
    nlp, gaz = pipeline
    doc = nlp(text)
    spans, at = [], 0
    for label in labels:
        start = text.index(name, at)
        spans.append(doc.char_span(start, start + len(name), label=label))
        at = start + len(name)
    doc.ents = [e for e in doc.ents if all(e.end <= s.start or e.start >= s.end for s in spans)] + spans
    return NonPersons(doc, load_language(), gaz), spans[0]


TWICE = ("Hakan Demirel was sanctioned on Monday. The minister said Hakan Demirel had funded the militia. "
         "Officials said Hakan Demirel would appeal.")


def test_a_name_read_mostly_as_a_persons_is_a_persons(pipeline):
    no_person, ent = _readings(pipeline, TWICE, "Hakan Demirel", ["PERSON", "FAC", "PERSON"])
    assert not no_person(ent)


def test_a_name_read_as_a_place_as_often_as_a_persons_is_a_place(pipeline):
    no_person, ent = _readings(pipeline, TWICE, "Hakan Demirel", ["PERSON", "GPE", "GPE"])
    assert no_person(ent)


CHILE, PERU = "Q298", "Q419"


def test_a_state_envoys_come_from_is_listed(run):
    ex = run("Similar steps were taken earlier against envoys from Chile and Peru.")
    assert {CHILE, PERU} <= {a.key for a in ex.actors}


def test_a_state_people_flee_from_is_a_place(run):
    ex = run("Similar steps were taken earlier against refugees from Chile and Peru.")
    assert not {CHILE, PERU} & {a.key for a in ex.actors}


def test_the_state_after_a_persons_name_and_of_is_listed(run):
    ex = run("The summit opened with a speech by Prime Minister Sandro Vella of Malta on Monday.")
    assert "Q233" in {a.key for a in ex.actors}


def _of_a_person(pipeline, text: str, person: str | None, name: str) -> bool:
    """``kg.extract.cast._of_a_person`` on ``name`` in ``text``, ``person`` (if any) a person's mention."""
    from types import SimpleNamespace

    from kg.extract.cast import _of_a_person
    from kg.extract.state import ActorIndex
    from kg.model import Actor

    nlp, _ = pipeline
    doc = nlp(text)
    index = ActorIndex()
    if person:
        span = doc.char_span(text.index(person), text.index(person) + len(person))
        index.actors["p"] = Actor(key="p", label=person, kind="person")
        index.add(span.start, span.end, "p", "name")
    at = text.index(name)
    return _of_a_person(SimpleNamespace(index=index), doc.char_span(at, at + len(name)))


def test_of_after_a_persons_name_names_whom_the_person_acts_for(pipeline):
    assert _of_a_person(pipeline, "Talks were held with Sandro Vella of Malta.", "Sandro Vella", "Malta")


def test_of_after_no_persons_name_names_no_one_the_person_acts_for(pipeline):
    assert not _of_a_person(pipeline, "Talks were held in the capital of Malta.", None, "Malta")


def _mentions_of(ex, label: str) -> list[str]:
    return [m.text for a in ex.actors if a.label == label for m in a.mentions]


def test_an_office_another_office_serves_is_no_mention_of_its_holder(run):
    ex = run("UN Secretary-General Ban Ki-moon welcomed the vote. The Council members later met the Special "
             "Representative of the Secretary-General for Haiti in Port-au-Prince.")
    assert _mentions_of(ex, "Ban Ki-moon") == ["Ban Ki-moon"]


def test_the_spokesperson_of_an_office_still_names_its_holder(run):
    ex = run("UN Secretary-General Ban Ki-moon welcomed the vote. The Council members later met the "
             "Spokesperson of the Secretary-General in New York.")
    assert "Secretary-General" in _mentions_of(ex, "Ban Ki-moon")


EU = "Q458"


def test_a_body_named_where_a_place_would_stand_is_listed(run):
    ex = run("The two leaders reflected on their talks at the G7 in Hiroshima last month.")
    assert "G7" in _labels(ex)


def test_a_body_named_by_its_seat_where_a_place_stands_is_a_place(run):
    ex = run("The two leaders reflected on their talks in Brussels last month.")
    assert EU not in {a.key for a in ex.actors}
