"""Dates counted back from another date of the text: a span of months or years before an "after"
("20 months after the invasion"), an anniversary ("on the one-year anniversary of the poisoning")
(kg.extract.counted_dates), and a phrase that keeps the day told before ("On the same occasion, ...",
"Earlier in the day, ...": kg.extract.timing with language.yaml's same_day_phrases)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _dates(ex, plover):
    return {e.date for e in ex.events if e.plover == plover}


def test_a_span_of_months_after_a_deed_dates_its_month(run):
    ex = run("Refugees are still fleeing the region 20 months after Russia's invasion of Ukraine.")
    assert _dates(ex, "ASSAULT") == {"2022-07"}


def test_a_year_after_a_deed_dates_its_month(run):
    ex = run("Britain sanctioned six Russian officers on Thursday, a year after Russia poisoned "
             "Alexei Navalny.")
    assert _dates(ex, "ASSAULT") == {"2023-03"}
    assert _dates(ex, "SANCTION") == {"2024-03-14"}


def test_a_span_of_days_still_counts_days(run):
    ex = run("Britain sanctioned six Russian officers on Thursday, two days after Russia poisoned "
             "Alexei Navalny.")
    assert _dates(ex, "ASSAULT") == {"2024-03-12"}


def test_an_anniversary_dates_its_deed_whole_years_before(run):
    ex = run("On the one-year anniversary of the poisoning of Alexei Navalny, Britain imposed "
             "sanctions on Russia.")
    assert _dates(ex, "ASSAULT") == {"2023-03-14"}
    assert _dates(ex, "SANCTION") == {"2024-03-14"}  # what is done on the anniversary is the report's


def test_an_ordinal_anniversary_counts_its_years(run):
    ex = run("Kenya marked the 25th anniversary of the bombing of the embassy in Nairobi by al-Qaeda.")
    assert _dates(ex, "ASSAULT") == {"1999-03-14"}


def test_a_deed_named_without_an_anniversary_keeps_the_reports_day(run):
    ex = run("Britain imposed sanctions on Russia over the poisoning of Alexei Navalny by Russian agents.")
    assert _dates(ex, "SANCTION") == {"2024-03-14"}


def test_on_the_same_occasion_keeps_the_day_told_before(run):
    ex = run("Prime Minister Boris Johnson met President Joe Biden in Cornwall on 5 March. "
             "On the same occasion, Kenya and Uganda signed an agreement on trade.")
    assert _dates(ex, "AGREE") == {"2024-03-05"}


def test_a_new_sentence_without_such_a_phrase_takes_the_reports_day(run):
    ex = run("Prime Minister Boris Johnson met President Joe Biden in Cornwall on 5 March. "
             "Kenya and Uganda signed an agreement on trade.")
    assert _dates(ex, "AGREE") == {"2024-03-14"}
