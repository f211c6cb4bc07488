"""When events happened (kg.extract.timing)."""

from __future__ import annotations

from datetime import date

from kg.extract import NO_DATE_NOTE
from tests.conftest import ROOT

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``
SATURDAY = date(2025, 6, 14)


def test_without_a_publication_date_relative_dates_stay_open(run, events_of):
    ex = run("Israel condemned Iran on Monday.", published=None)
    assert events_of(ex, "ACCUSE")[0].date is None
    assert NO_DATE_NOTE in ex.notes


def test_reported_event_takes_the_date_of_the_reporting_verb(run, events_of):
    ex = run(
        "Turkey rejected the plan, Foreign Minister Hakan Fidan told reporters on Wednesday.",
        published=SATURDAY,
    )
    (reject,) = events_of(ex, "REJECT")
    assert reject.source == ["Q43"] and reject.date == "2025-06-11"


def test_hours_later_keeps_the_day_of_the_event_before(run, events_of):
    # the parties differ: only "hours later" ties the second strike to the first one's day
    ex = run("Israel struck Beirut on Thursday. Hours later, Russian drones hit Kyiv.", published=SATURDAY)
    dates = {tuple(e.source): e.date for e in events_of(ex, "ASSAULT")}
    assert dates == {("Q801",): "2025-06-12", ("Q159",): "2025-06-12"}


def _dates(ex, plover):
    return sorted(e.date for e in ex.events if e.plover == plover)


def test_a_readout_dates_its_events_on_the_day_of_the_meeting_its_title_names(run):
    text = (
        "Foreign Secretary meets Kenyan Foreign Minister\n\n"
        "The Foreign Secretary met Kenyan Foreign Minister Musalia Mudavadi in Nairobi on 11 March.\n\n"
        "The ministers agreed to expand a health partnership.\n"
    )
    ex = run(
        text,
        source="Foreign, Commonwealth & Development Office",
        title="Foreign Secretary meets Kenyan Foreign Minister",
    )
    assert _dates(ex, "AGREE") == ["2024-03-11"]


def test_a_statement_noun_a_readouts_principal_voices_is_dated_on_the_meeting_day(run):
    text = (
        "Foreign Secretary meets Kenyan Foreign Minister\n\n"
        "The Foreign Secretary met Kenyan Foreign Minister Musalia Mudavadi in Nairobi on 11 March.\n\n"
        "The Foreign Secretary stressed the UK's continued commitment to working with Kenya on trade.\n"
    )
    ex = run(
        text,
        source="Foreign, Commonwealth & Development Office",
        title="Foreign Secretary meets Kenyan Foreign Minister",
    )
    assert _dates(ex, "SUPPORT") == ["2024-03-11"]


def test_a_when_clause_happens_at_the_time_of_its_main_clause(run):
    ex = run(
        "Fighting erupted on 3 March when Sudanese troops repelled an attack by the Rapid Support Forces."
    )
    assert "2024-03-03" in _dates(ex, "ASSAULT")


def test_a_clause_describing_a_date_takes_it(run):
    ex = run(
        "Aid agencies have warned of famine since March, "
        "when the Rapid Support Forces attacked the Sudanese army."
    )
    assert _dates(ex, "ASSAULT") == ["2024-03"]


def test_an_event_noun_takes_the_date_of_its_occurrence_clause(run):
    # the condemnation is not dated by the attack it is about: it takes the report's date
    ex = run("Kenya condemned the al-Shabab attack that began on Sunday.", published=SATURDAY)
    assert _dates(ex, "ASSAULT") == ["2025-06-08"]
    assert _dates(ex, "ACCUSE") == ["2025-06-14"]


def test_a_fronted_participle_clause_dates_its_main_clause(run):
    ex = run(
        "Arriving in Nairobi on Monday, British Foreign Secretary David Lammy "
        "met Kenyan President William Ruto."
    )
    assert _dates(ex, "CONSULT") == ["2024-03-11"]


def test_a_present_perfect_lead_takes_the_day_told_after_it(run):
    text = (
        "Egyptian President Abdel Fattah al-Sisi and Sudanese leader Abdel Fattah al-Burhan have agreed to "
        "reopen the border.\n\nThe two leaders met in Cairo on Tuesday."
    )
    ex = run(text)
    assert _dates(ex, "AGREE") == ["2024-03-12"]


def test_events_inside_a_day_after_phrase_count_from_the_sentence_date(run):
    ex = run("Russia attacked Kyiv on Monday, a day after Ukraine struck Moscow.")
    dates = {tuple(e.source): e.date for e in [e for e in ex.events if e.plover == "ASSAULT"]}
    assert dates == {("Q159",): "2024-03-11", ("Q212",): "2024-03-10"}


def test_the_next_day_counts_from_the_day_told_before(run):
    ex = run("Israel struck Beirut on Monday. The next day, Hezbollah fired rockets at Haifa.")
    assert _dates(ex, "ASSAULT") == ["2024-03-11", "2024-03-12"]


def test_a_dateline_fixes_the_day_of_a_report_posted_later(run):
    # published on the 14th, filed on the 13th: "yesterday" is the 12th, and the undated reaction of
    # the story is of the day its lead tells of
    ex = run("CAIRO, March 13 (Reuters) - Russia attacked Kyiv yesterday. Egypt condemned the attack.")
    assert _dates(ex, "ASSAULT") == ["2024-03-12"]
    assert _dates(ex, "ACCUSE") == ["2024-03-12"]
    ex = run("CAIRO, March 13 (Reuters) - Egypt condemned a Russian attack on Kyiv.")
    assert _dates(ex, "ACCUSE") == ["2024-03-13"]  # the dateline's day, not the publication day


def test_a_statement_introduced_with_its_day_dates_what_it_says(run):
    text = (
        "UK statement on Sudan\n\nA Foreign Office spokesman said on Wednesday:\n\n"
        "\u201cThe UK condemns the attacks by the Rapid Support Forces on El Fasher.\n"
    )
    ex = run(text, source="gov.uk", title="UK statement on Sudan")
    assert _dates(ex, "ACCUSE") == ["2024-03-13"]


def test_a_date_fragment_split_off_dates_the_next_sentence(run):
    ex = run("On Wednesday (13 March) Mr Lammy met President Sisi in Cairo.", source="gov.uk")
    assert [s.text for s in ex.sentences][0] == "On Wednesday (13 March)"  # as the parser splits it
    assert _dates(ex, "CONSULT") == ["2024-03-13"]


def test_a_participle_describing_an_event_noun_dates_it(run):
    ex = run("Talks between Russia and Ukraine, held in Istanbul on Friday, ended without agreement.")
    assert _dates(ex, "CONSULT") == ["2024-03-08"]


def test_a_date_between_a_verb_of_saying_and_what_is_said_is_the_sayings(run):
    ex = run("Trump said on Monday he would meet Putin on Friday.")
    assert _dates(ex, "CONSULT") == ["2024-03-15"]


def test_a_date_of_a_past_verb_lies_behind_even_for_a_planned_event(run):
    ex = run(
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations, in a deal brokered by China."
    )
    assert set(_dates(ex, "AGREE")) == {"2024-03-08"}


def _drafts(pipeline, text: str, published=PUBLISHED):
    """The event mentions of a text, dated (the passes up to ``timing``)."""
    from kg.extract import pipeline as passes
    from kg.extract.language import load_language
    from kg.extract.state import DocState
    from kg.model import Document

    nlp, gaz = pipeline
    doc = Document(id="t", text=text, published=published)
    state = DocState(document=doc, doc=nlp(text), lang=load_language(), gazetteer=gaz, nlp=nlp)
    for step in passes.PASSES[: passes.PASSES.index(passes.date_mentions) + 1]:
        step(state)
    return state.drafts


def test_the_attack_named_again_keeps_the_date_the_text_gave_it(pipeline):
    text = "Russia attacked Kyiv on 9 March. Ukraine asked for more air defence after the attack by Russia."
    assert {d.trigger.text: d.date for d in _drafts(pipeline, text) if d.plover == "ASSAULT"} == {
        "attacked": "2024-03-09",
        "attack": "2024-03-09",
    }


def test_a_when_clause_after_coordinated_verbs_dates_them_all(run, events_of):
    ex = run(
        "Six police officers were killed and nine others wounded when gunmen ambushed a convoy "
        "near Kandahar last Tuesday.",
        published=SATURDAY,
    )
    assert {e.date for e in events_of(ex, "ASSAULT")} == {"2025-06-10"}


def test_an_event_after_following_keeps_a_time_of_its_own(run, events_of):
    ex = run(
        "Ghana and Britain signed a trade accord on Monday following talks between their foreign ministers.",
        published=SATURDAY,
    )
    assert events_of(ex, "AGREE")[0].date == "2025-06-09"
    assert events_of(ex, "CONSULT")[0].date != "2025-06-09"


def test_the_date_of_the_act_an_event_noun_is_the_object_of(run, events_of):
    ex = run(
        "Officials in Accra marked the anniversary of the signing of a defence pact between Ghana and "
        "Britain in 2019.",
        published=SATURDAY,
    )
    assert events_of(ex, "AGREE")[0].date == "2019"


def test_an_event_done_in_a_raid_takes_the_raid_s_time(run, events_of):
    ex = run(
        "Boko Haram abducted a Nigerian diplomat in a raid on Kaduna three weeks ago.",
        published=SATURDAY,
    )
    assert events_of(ex, "COERCE")[0].date == "2025-05-24"


def test_an_event_noun_due_to_begin_on_a_day_is_planned_for_that_day(run, events_of):
    ex = run(
        "The UN welcomed a truce between Sudan and South Sudan that is due to take effect on Monday.",
        published=SATURDAY,
    )
    (truce,) = events_of(ex, "AGREE")  # a truce between two sides is their agreement
    assert truce.modality == "planned" and truce.date == "2025-06-16"
    ex = run(
        "Talks between Iran and the US, which are scheduled to start on Monday, will focus on sanctions.",
        published=SATURDAY,
    )
    (talks,) = events_of(ex, "CONSULT")
    assert talks.modality == "planned" and talks.date == "2025-06-16"


def test_a_weekday_of_an_event_that_could_happen_lies_ahead(run, events_of):
    ex = run("Iran could meet the EU negotiators on Friday.", published=SATURDAY)
    (meeting,) = events_of(ex, "CONSULT")
    assert meeting.modality == "hypothetical" and meeting.date == "2025-06-20"


MONDAY = date(2025, 6, 16)


def test_a_news_storys_undated_events_happen_on_the_day_its_lead_tells_of(run, events_of):
    # published Monday about Sunday's strike: the reaction the story gives no day of came that day
    text = (
        "Iran fired missiles at an Iraqi air base on Sunday.\n\n"
        "Japan condemned the strike and called for restraint.\n"
    )
    ex = run(text, published=MONDAY)
    assert [e.date for e in events_of(ex, "ASSAULT")] == ["2025-06-15"]
    assert [e.date for e in events_of(ex, "ACCUSE")] == ["2025-06-15"]


def test_a_lead_dated_on_the_day_of_publication_keeps_the_report_day(run, events_of):
    text = (
        "Pakistan said on Monday its jets struck camps in Iran, two days after Iran hit a border town.\n\n"
        "Japan condemned the strikes.\n"
    )
    ex = run(text, published=MONDAY)
    assert [e.date for e in events_of(ex, "ACCUSE")] == ["2025-06-16"]


def test_an_official_statement_keeps_its_own_day_for_its_undated_events(run, events_of):
    text = (
        "The Ministry condemned the attack on a hospital in Kharkiv on Sunday.\n\n"
        "The United Kingdom thanked Poland for its support.\n"
    )
    ex = run(text, published=MONDAY, source="Foreign, Commonwealth & Development Office")
    assert [e.date for e in events_of(ex, "SUPPORT")] == ["2025-06-16"]


def test_a_readout_dates_its_events_on_the_first_day_its_title_names(run):
    title = "Activities of the Secretary-General in Kenya, 10-11 March"
    text = f"{title}\n\nThe Secretary-General met with President William Ruto in Nairobi.\n"
    ex = run(text, source="un.org press release", title=title)
    assert _dates(ex, "CONSULT") == ["2024-03-10"]


def test_a_negated_event_takes_the_report_day(run):
    ex = run("Putin and Zelensky did not meet.", published=MONDAY)
    assert [e.date for e in ex.events if e.modality == "negated"] == ["2025-06-16"]


def test_an_event_named_again_takes_the_date_of_a_partyless_mention_just_before(run, events_of):
    text = (
        "Much progress was made at the summit held in Oslo on 10 March. "
        "The meeting between President Ruto and President Museveni ended with a joint communique."
    )
    ex = run(text)
    assert [e.date for e in events_of(ex, "CONSULT")] == ["2024-03-10"]



def test_a_readout_titled_by_the_other_sides_officials_dates_its_events_on_the_leads_meeting_day(pipeline):
    # a real State Department readout (tests/data/gold/b106): the title names the counterparts by their
    # state's officials, the lead names them and "met yesterday"; no party is shared, and the lead's
    # meeting is still the one the readout reports, so what was said there is of the day before
    from kg.documents import read_path
    from kg.extract import extract

    path = ROOT / "tests/data/gold/b106/state-sherman-meetings-vietnamese-officials-hanoi-2022-06-14.txt"
    (document,) = read_path(path)
    nlp, gaz = pipeline
    ex = extract(document, nlp=nlp, gazetteer=gaz)
    praise = [e for e in ex.events if e.plover == "SUPPORT" and e.mentions[0].trigger.text == "praised"]
    assert [e.date for e in praise] == ["2022-06-13"]
