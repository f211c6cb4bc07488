"""Which event a date expression of a sentence belongs to (kg.extract.sentence_dates)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _date(ex, plover):
    (event,) = [e for e in ex.events if e.plover == plover]
    return event.date


def test_a_date_after_a_statements_object_is_the_objects(run):
    ex = run("The Council condemned the bombing of a police station in Kabul, Afghanistan, on 3 March.")
    assert _date(ex, "ASSAULT") == "2024-03-03"
    assert _date(ex, "ACCUSE") == "2024-03-14"  # said when reported, not on the day of the bombing


def test_a_date_before_a_statements_object_is_the_statements(run):
    ex = run("Armenia condemned on Monday the shelling of a village near the border.")
    assert _date(ex, "ACCUSE") == "2024-03-11"


def test_an_after_clause_happens_on_the_day_of_the_clause_it_leads_to(run):
    ex = run("Ten people died on Tuesday after Russian missiles hit an apartment block in Kharkiv.")
    assert _date(ex, "ASSAULT") == "2024-03-12"


def test_an_after_clause_with_a_counted_span_is_counted(run):
    ex = run("Ten people died on Tuesday, two days after Russian missiles hit an apartment block in Kharkiv.")
    assert _date(ex, "ASSAULT") == "2024-03-10"


def test_a_day_after_counts_from_the_report_when_the_news_is_told_now(run):
    ex = run("This comes a day after Russian drones struck a port in Odesa.")
    assert _date(ex, "ASSAULT") == "2024-03-13"


def test_an_event_inside_a_clause_whose_verb_is_no_event_takes_that_clauses_day(run):
    ex = run("One of the rocket attacks, late Tuesday targeting an army base in Iraq, wounded two soldiers.")
    assert _date(ex, "ASSAULT") == "2024-03-12"


def test_a_meeting_starting_on_a_day_is_dated_on_that_day(run):
    ex = run("Officials said the two sides will meet again starting March 20 to discuss the details.")
    assert _date(ex, "CONSULT") == "2024-03-20"


def test_an_event_noun_a_day_before_the_news_told_now_is_dated_the_day_before(run):
    ex = run("This comes a day after a fierce battle between Israeli troops and Hezbollah fighters.")
    assert _date(ex, "ASSAULT") == "2024-03-13"



def test_a_date_after_since_does_not_date_a_first_or_latest_event(run):
    ex = run("The first visit by a Japanese foreign minister to Chile since 2019 ended in Santiago.")
    assert _date(ex, "CONSULT") == "2024-03-14"
    ex = run("The army carried out its heaviest shelling of Hezbollah positions since June 1.")
    assert _date(ex, "ASSAULT") == "2024-03-14"


def test_an_ongoing_event_since_a_date_began_on_it(run):
    ex = run("Clashes between Cambodia and Thailand since 24 July have displaced thousands of families.")
    assert _date(ex, "ASSAULT") == "2023-07-24"


def test_a_statements_object_takes_a_date_told_inside_its_phrase(run):
    # the participle "sailing" inside the object's phrase does not keep the date from the attack
    text = "The Council condemned an attack by pirates on a Danish tanker sailing off Yemen on 2 March."
    ex = run(text)
    assert _date(ex, "ASSAULT") == "2024-03-02"
    assert _date(ex, "ACCUSE") == "2024-03-14"


def test_conjoined_objects_of_a_statement_share_the_date_told_after_them(run):
    text = "The Council condemned the seizure and detention of the Danish-flagged tanker Mira on 2 March."
    ex = run(text)
    assert _date(ex, "ACCUSE") == "2024-03-14"
    assert {e.date for e in ex.events if e.plover == "COERCE"} == {"2024-03-02"}


def test_a_date_right_after_an_event_deep_in_a_noun_phrase_is_that_events(run):
    ex = run("Mr. Macron praised Mr. Scholz for his reactions to the Berlin market attack last year.")
    assert _date(ex, "SUPPORT") == "2024-03-14"


def test_a_gerund_subject_is_dated_by_its_verb(run):
    ex = run("Fighting between Armenia and Azerbaijan erupted in January.")
    assert _date(ex, "ASSAULT") == "2024-01"


def test_a_passive_relative_clause_dates_the_event_noun(run):
    ex = run(
        "The two presidents reviewed the results of the trade talks between Kenya and Uganda"
        " that were held in January."
    )
    assert _date(ex, "CONSULT") == "2024-01"


def test_an_event_nouns_own_clause_dates_it_before_the_verb_it_hangs_from(run):
    ex = run(
        "Somalia on Wednesday blamed Kenya for a rocket attack that took place Monday"
        " in the border town of Mandera."
    )
    assert _date(ex, "ASSAULT") == "2024-03-11"
    assert _date(ex, "ACCUSE") == "2024-03-13"


def test_a_when_clause_on_a_dated_noun_happens_on_that_date(run):
    ex = run(
        "This followed an incident on Thursday when a Kenyan army tank fired at a watchtower at the"
        " mission's base in Garissa, directly hitting it and wounding two guards.",
        published=date(2024, 3, 16),
    )
    assert _date(ex, "ASSAULT") == "2024-03-14"


def test_a_meeting_commencing_on_a_day_is_dated_on_that_day(run):
    ex = run(
        "The United Nations prepares to host a two-day meeting of envoys on Sudan in Geneva,"
        " commencing March 30."
    )
    assert _date(ex, "CONSULT") == "2024-03-30"


def test_a_day_after_counts_from_an_undated_past_clause_as_the_report_day(run):
    ex = run("The ambassador was speaking a day after the Security Council met in New York.")
    assert _date(ex, "CONSULT") == "2024-03-13"


def test_a_day_after_counts_from_the_date_of_its_own_clause_not_another(run):
    ex = run("He was briefing a day after the Council met to debate the missile strikes on Odesa on 9 March.")
    assert _date(ex, "CONSULT") == "2024-03-13"


def test_a_date_told_after_two_coordinated_event_nouns_dates_both(run):
    ex = run("The Houthi attack and seizure of the MV Ocean Star on 2 March 2022 shocked the region.")
    assert _date(ex, "ASSAULT") == _date(ex, "COERCE") == "2022-03-02"


def test_a_verb_whose_subject_names_a_dated_deed_happens_then(run):
    ex = run("Monday's attack on the port of Odesa killed five people, Ukraine said.")
    assert _date(ex, "ASSAULT") == "2024-03-11"
