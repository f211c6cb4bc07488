"""Words that are no part of a name (kg.extract.name_words): post-nominal letters after a person's
name, a venue named by its noun alone, capitalised common words of a title-case headline."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex) -> set[str]:
    return {a.label for a in ex.actors}


def test_a_seat_or_an_honour_after_a_name_is_no_part_of_it(run):
    ex = run("Jane Roe MP, the Minister for Africa, met the Kenyan foreign minister in London on Monday.")
    assert "Jane Roe" in _labels(ex)
    assert "Jane Roe MP" not in _labels(ex)


def test_post_nominal_letters_are_no_body(run):
    ex = run("Britain's Africa minister, Lord Collins of Highbury, and Sir John Smith KC met the Nigerian "
             "president on Monday.")
    assert "KC" not in _labels(ex)


def test_the_house_a_minister_speaks_to_is_no_actor(run):
    ex = run("The Foreign Secretary told the House that Britain would impose sanctions on Russia.")
    assert "House" not in _labels(ex)
    assert {"United Kingdom", "Russia"} <= _labels(ex)


def test_a_venue_named_with_its_noun_is_no_actor(run):
    ex = run("Speaking at Government House on Monday, the president said Thailand would resume talks with "
             "Cambodia.")
    assert "Government House" not in _labels(ex)


def test_common_words_of_a_headline_name_no_office_holder(run):
    title = "Secretary-General Gravely Concerned over Renewed Clashes in Kasama Region"
    ex = run(title + "\n\nThe Secretary-General is gravely concerned by renewed clashes between "
             "government forces and rebels in the Kasama region.", title=title)
    assert "Gravely Concerned" not in _labels(ex)


def test_common_words_of_a_headline_are_no_name(run):
    title = "Gunmen Attack Hotel in Kasama"
    ex = run(title + "\n\nGunmen stormed a hotel in the town of Kasama on Sunday, and the gunmen attack "
             "lasted four hours, the army said.", title=title)
    assert not {"Gunmen Attack", "Gunmen"} & _labels(ex)


def test_a_headline_name_the_text_writes_capitalised_stays(run):
    title = "Minister Jane Roe Visits Nairobi"
    ex = run(title + "\n\nMinister Jane Roe met Kenyan President William Ruto in Nairobi on Monday.",
             title=title)
    assert {"Jane Roe", "William Ruto"} <= _labels(ex)


def test_an_acronym_given_with_or_joins_the_name_it_stands_for(run):
    ex = run("The rebels, who call themselves the Patriotic Resistance Army, or PRA, attacked an army base "
             "on Sunday. The PRA said it had killed 12 soldiers.")
    actors = {a.label: a for a in ex.actors}
    assert "PRA" not in actors
    assert "PRA" in actors["Patriotic Resistance Army"].names


def test_an_acronym_given_with_known_as_joins_the_name_it_stands_for(run):
    ex = run("A coalition of rebel groups known as the Northern Liberation Front attacked the town. Fighters "
             "of the Northern Liberation Front, known as NLF, seized the base. The NLF later said it had "
             "captured 20 soldiers.")
    actors = {a.label: a for a in ex.actors}
    assert "NLF" not in actors
    assert "NLF" in actors["Northern Liberation Front"].names


def test_a_name_that_qualifies_a_venue_noun_is_the_venue(run):
    ex = run("Gunmen stormed the Westgate shopping centre in Nairobi on Saturday, and Kenyan troops fought "
             "them for four days.")
    assert "Westgate" not in _labels(ex)
    assert "Kenya" in _labels(ex)
