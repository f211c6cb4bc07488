"""The extractor on sentences written for these tests, with the real spaCy model and gazetteer."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import NO_DATE_NOTE, extract_many
from kg.extract.dates import resolve
from kg.extract.lexicon import PLOVER_TYPES, load_lexicon
from kg.model import Document
from tests.conftest import runner

PUBLISHED = date(2024, 3, 14)  # a Thursday


@pytest.fixture(scope="module")
def run(pipeline):
    return runner(pipeline, PUBLISHED)


def events_of(ex, plover: str):
    return [e for e in ex.events if e.plover == plover]


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text, future, expected",
    [
        ("on Monday", False, "2024-03-11"),
        ("on Thursday", False, "2024-03-14"),
        ("on Friday", False, "2024-03-08"),
        ("on Friday", True, "2024-03-15"),
        ("yesterday", False, "2024-03-13"),
        ("overnight", False, "2024-03-14"),
        ("earlier today", False, "2024-03-14"),
        ("this morning", False, "2024-03-14"),
        ("last week", False, "2024-03"),
        ("last month", False, "2024-02"),
        ("in January", False, "2024-01"),
        ("in November", False, "2023-11"),
        ("two years ago", False, "2022"),
        ("5 March 2021", False, "2021-03-05"),
        ("March 5, 2021", False, "2021-03-05"),
        ("2019-07-01", False, "2019-07-01"),
        ("February 2020", False, "2020-02"),
        ("in 2015", False, "2015"),
        ("the spokesman", False, None),
    ],
)
def test_dates_resolve_against_publication(text, future, expected):
    assert resolve(text, PUBLISHED, future) == expected


def test_relative_dates_need_a_publication_date():
    assert resolve("on Monday", None) is None
    assert resolve("yesterday", None) is None
    assert resolve("12 June 2023", None) == "2023-06-12"


# ---------------------------------------------------------------- lexicon


def test_lexicon_covers_all_plover_types():
    lex = load_lexicon()
    hand = {t.plover for ts in lex.by_word.values() for t in ts if not t.breadth}
    assert hand == set(PLOVER_TYPES)
    assert any(t.breadth for ts in lex.by_word.values() for t in ts), "CAMEO verbs were not loaded"


# ---------------------------------------------------------------- actors


def test_metonym_and_demonym_resolve_to_the_state(run):
    ex = run("The Kremlin rejected the proposal. Iranian drones struck Israel on Monday.")
    keys = {a.key for a in ex.actors}
    assert "Q159" in keys and "Q794" in keys
    reject = events_of(ex, "REJECT")
    assert reject and reject[0].source == ["Q159"]
    strike = events_of(ex, "ASSAULT")
    assert strike and strike[0].source == ["Q794"] and strike[0].target == ["Q801"]


def test_a_city_used_as_a_place_is_not_an_actor(run):
    ex = run("Olaf Scholz and Emmanuel Macron met in Doha on Tuesday to discuss trade.")
    keys = {a.key for a in ex.actors}
    assert "Q846" not in keys
    meeting = events_of(ex, "CONSULT")
    assert meeting and set(meeting[0].participants) == {"Q61053", "Q3052772"}


def test_every_mention_of_a_person_resolves_to_one_actor(run):
    ex = run(
        "President Emmanuel Macron of France arrived in Berlin. Mr. Macron said he would stay a day. "
        "Macron later met Olaf Scholz."
    )
    macron = ex.actor("Q3052772")
    assert macron is not None and len(macron.mentions) >= 3
    assert macron.role == "President" and macron.affiliation == "Q142"
    assert sum(1 for a in ex.actors if "macron" in a.label.lower()) == 1


def test_unknown_people_get_a_slug_and_their_surname_resolves(run):
    ex = run(
        "Marta Kowalczyk, the mayor's chief negotiator, met Olaf Scholz. Ms. Kowalczyk thanked Mr. Scholz."
    )
    person = ex.actor("marta-kowalczyk")
    assert person is not None and person.kind == "person" and len(person.mentions) == 2
    thank = events_of(ex, "SUPPORT")
    assert thank and thank[0].source == ["marta-kowalczyk"] and thank[0].target == ["Q61053"]


def test_role_and_affiliation_from_an_apposition(run):
    ex = run("Jan Novak, Mr. Scholz's foreign policy adviser, met Emmanuel Macron.")
    novak = ex.actor("jan-novak")
    assert novak is not None and novak.role == "foreign policy adviser"
    assert novak.affiliation == "Q61053"


def test_the_prime_minister_of_a_readout_is_the_office_holder(run):
    ex = run(
        "The Prime Minister spoke to President Emmanuel Macron this morning.",
        published=date(2025, 1, 20),
        source="Prime Minister's Office, 10 Downing Street (readout)",
    )
    call = events_of(ex, "CONSULT")
    assert call and set(call[0].participants) == {"Q6383803", "Q3052772"}
    assert call[0].date == "2025-01-20"
    assert call[0].event_class == "PhoneCall"


@pytest.mark.parametrize(
    "published, chancellor", [(date(2023, 1, 10), "Q61053"), (date(2025, 9, 1), "Q566257")]
)
def test_a_title_names_the_office_holder_on_the_publication_date(run, published, chancellor):
    ex = run("The German Chancellor met the President of France on Monday.", published=published)
    meeting = events_of(ex, "CONSULT")
    assert meeting and set(meeting[0].participants) == {chancellor, "Q3052772"}
    assert "Q183" not in {a.key for a in ex.actors}


# ---------------------------------------------------------------- events, roles, modality


def test_passive_and_coordination(run):
    ex = run("Olaf Scholz and Emmanuel Macron held talks in Berlin. Iran was condemned by Israel.")
    talks = events_of(ex, "CONSULT")
    assert talks and set(talks[0].participants) == {"Q61053", "Q3052772"}
    accuse = events_of(ex, "ACCUSE")
    assert accuse and accuse[0].source == ["Q801"] and accuse[0].target == ["Q794"]


def test_reported_speech_keeps_the_speaker_apart(run):
    ex = run("Olaf Scholz said Russia attacked Ukraine overnight.")
    attack = events_of(ex, "ASSAULT")
    assert attack and attack[0].source == ["Q159"] and attack[0].target == ["Q212"]
    assert attack[0].speaker == "Q61053"
    assert "Q61053" not in attack[0].participants
    assert attack[0].date == "2024-03-14"


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Olaf Scholz and Emmanuel Macron were scheduled to meet in Paris.", "planned"),
        ("Olaf Scholz will meet Emmanuel Macron next month.", "planned"),
        ("Olaf Scholz could meet Emmanuel Macron if the talks go well.", "hypothetical"),
        ("Olaf Scholz did not meet Emmanuel Macron.", "negated"),
        ("Olaf Scholz met Emmanuel Macron.", "asserted"),
    ],
)
def test_modality(run, text, modality):
    meeting = events_of(run(text), "CONSULT")
    assert meeting and meeting[0].modality == modality


def test_pushing_for_a_meeting_makes_it_hypothetical(run):
    ex = run("Emmanuel Macron pushed for a meeting with Olaf Scholz and Mark Rutte.")
    assert events_of(ex, "REQUEST")[0].modality == "asserted"
    meeting = events_of(ex, "CONSULT")
    assert meeting and meeting[0].modality == "hypothetical"
    assert {"Q3052772", "Q61053", "Q57792"} <= set(meeting[0].participants)


def test_a_refusal_absorbs_what_is_refused(run):
    ex = run("Iran refused to accept the ceasefire.")
    assert [e.plover for e in ex.events] == ["REJECT"]
    assert ex.events[0].source == ["Q794"]


def test_repeated_mentions_merge_into_one_event(run):
    ex = run(
        "Emmanuel Macron met Olaf Scholz in Paris on Monday.\n"
        "The meeting between Mr. Macron and Mr. Scholz lasted two hours.\n"
        "Israel condemned Iran."
    )
    meetings = events_of(ex, "CONSULT")
    assert len(meetings) == 1
    assert len(meetings[0].mentions) == 2
    assert meetings[0].date == "2024-03-11"


def test_different_counterparts_stay_separate_events(run):
    ex = run(
        "Emmanuel Macron spoke to Olaf Scholz on Monday.\nEmmanuel Macron spoke to Mark Rutte on Tuesday."
    )
    assert len(events_of(ex, "CONSULT")) == 2


def test_strikes_on_a_capital_target_its_state(run):
    ex = run("Russian strikes on Kyiv killed five people overnight.")
    strike = events_of(ex, "ASSAULT")
    assert len(strike) == 1 and strike[0].source == ["Q159"] and strike[0].target == ["Q212"]
    assert strike[0].date == "2024-03-14"


def test_plural_calls_are_separate_bilateral_calls(run):
    ex = run("Emmanuel Macron held calls with Olaf Scholz and Mark Rutte on Monday.")
    calls = events_of(ex, "CONSULT")
    assert sorted(sorted(e.participants) for e in calls) == [["Q3052772", "Q57792"], ["Q3052772", "Q61053"]]
    assert len({e.key for e in calls}) == 2


def test_set_phrases_are_not_events(run):
    assert not run("Olaf Scholz and Emmanuel Macron agreed to stay in close touch.").events


def test_roles_through_objects_participles_and_plural_pronouns(run):
    ex = run(
        "Germany announced a new military aid package for Ukraine.\n"
        "Talks mediated by Egypt and Qatar resumed.\n"
        "Israel thanked Egypt and Qatar for their mediation.\n"
        "Iran accused Israel of attacking an Iranian tanker."
    )
    aid = events_of(ex, "AID")
    assert aid and aid[0].source == ["Q183"] and aid[0].target == ["Q212"]
    mediations = [e for e in events_of(ex, "CONSULT") if e.event_class == "Mediation"]
    assert mediations and all(set(e.participants) == {"Q79", "Q846"} for e in mediations)
    attack = events_of(ex, "ASSAULT")
    assert attack and attack[0].source == ["Q801"] and attack[0].target == ["Q794"]


def test_a_promise_takes_the_type_of_what_is_promised(run):
    ex = run("Germany pledged 500 million euros in humanitarian aid on Friday.")
    aid = events_of(ex, "AID")
    assert aid and aid[0].source == ["Q183"] and aid[0].modality == "planned"
    assert aid[0].date == "2024-03-08"  # the pledge was made last Friday
    assert not events_of(ex, "AGREE")


@pytest.mark.parametrize(
    "text, plover",
    [
        (
            "North Korea test-fired two ballistic missiles into the sea off its east coast, officials said.",
            "MOBILIZE",
        ),
        ("Venezuela recalled its ambassador from Spain.", "SANCTION"),
        ("Iran fired missiles at Israel.", "ASSAULT"),
    ],
)
def test_finer_verbs(run, text, plover):
    assert [e.plover for e in run(text).events] == [plover]


def test_quantities_are_read(run):
    ex = run("Russia launched 40 drones at Ukraine overnight, killing 12 civilians.")
    strike = events_of(ex, "ASSAULT")[0]
    kinds = {q.kind: q.value for q in strike.quantities}
    assert kinds.get("weapons") == 40


def test_without_a_publication_date_relative_dates_stay_open(run):
    ex = run("Israel condemned Iran on Monday.", published=None)
    assert events_of(ex, "ACCUSE")[0].date is None
    assert NO_DATE_NOTE in ex.notes


# ---------------------------------------------------------------- contract of the output


def test_offsets_point_into_the_text_and_keys_are_stable(run):
    text = "Emmanuel Macron met Olaf Scholz in Paris.\n\nIsrael condemned Iran’s strikes on Monday."
    a, b = run(text), run(text)
    assert [e.key for e in a.events] == [e.key for e in b.events]
    assert len({e.key for e in a.events}) == len(a.events)
    for s in a.sentences:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text
    for actor in a.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    for e in a.events:
        assert e.plover in PLOVER_TYPES and e.cameo and e.participants
        assert set(e.source) | set(e.target) <= set(e.participants)
        for m in e.mentions:
            assert text[m.trigger.start : m.trigger.end] == m.trigger.text
            assert text[m.sentence.start : m.sentence.end] == m.sentence.text


def test_extract_many_keeps_order(pipeline):
    nlp, gaz = pipeline
    docs = [
        Document(id=f"d{i}", text=t, published=PUBLISHED)
        for i, t in enumerate(
            ["Israel condemned Iran.", "", "Emmanuel Macron met Olaf Scholz.", "No actors here at all."]
        )
    ]
    out = list(extract_many(docs, nlp=nlp, gazetteer=gaz, batch_size=2))
    assert [x.document.id for x in out] == ["d0", "d1", "d2", "d3"]
    assert out[0].events and out[2].events and not out[1].events


WORDS = [
    "Russia",
    "Ukraine",
    "Mr.",
    "Macron",
    "met",
    "the",
    "Kremlin",
    "with",
    "strikes",
    "on",
    "Monday",
    "said",
    "would",
    "not",
    "he",
    "they",
    "and",
    "Prime",
    "Minister",
    "of",
    "’s",
    ",",
    ".",
    "\n",
    "\n\n",
    "“",
    "President",
    "talks",
    "between",
    "if",
    "refused",
    "to",
    "\u200b",
    "🙂",
    "Ünïcødé",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.one_of(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join), st.text(max_size=300)),
    published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
)
def test_extraction_never_crashes(run, text, published):
    ex = run(text, published=published)
    for e in ex.events:
        assert e.participants and e.modality in ("asserted", "planned", "hypothetical", "negated")


def test_place_of_an_event(run):
    ex = run("Secretary of State Marco Rubio met Foreign Minister Sergey Lavrov in Geneva on Monday.")
    (meeting,) = [e for e in ex.events if e.plover == "CONSULT"]
    assert meeting.place == "Geneva"
    ex = run("Russia launched drones at Ukraine overnight.")
    assert all(e.place is None for e in ex.events)
