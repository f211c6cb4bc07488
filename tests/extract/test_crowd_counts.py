"""People named by a count or by their being held, and the state silencing news and speech: "hundreds
of protesters", "all of X's leaders" are of the people their "of" phrase names; "those detained", "the
detainees" are the people an arrest just told of held; shutting the internet, blocking social media or
taking a broadcaster off the air is censorship (COERCE)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

PERU, KENYA, SOMALIA, UGANDA, ETHIOPIA = "Q419", "Q114", "Q1045", "Q1036", "Q115"


def _labels(ex, keys):
    actors = {a.key: a.label for a in ex.actors}
    return [actors.get(k, k) for k in keys]


def test_a_count_of_protesters_is_the_protesters(run, events_of):
    ex = run(
        "Protesters marched through Lima on Sunday. Peruvian police fired tear gas at hundreds of protesters"
        " in Lima on Monday."
    )
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == ["Peruvian police", "Peru"]  # the force beside its state
    assert _labels(ex, attack.target) == ["protesters"]


def test_a_count_of_a_states_people_is_of_that_state(run, events_of):
    ex = run("Kenya urged all of Somalia's clan leaders on Monday to join the talks.")
    (request,) = events_of(ex, "REQUEST")
    assert request.source == [KENYA]
    assert request.target == [SOMALIA]


def test_a_count_of_people_of_no_party_names_no_one(run):
    # must not fire: a crowd of people at a summit is no party and does no deed
    ex = run("Hundreds of people attended the summit in Nairobi on Monday.")
    assert not any("protesters" in a.label for a in ex.actors)
    assert not [e for e in ex.events if e.plover in ("PROTEST", "COERCE", "ASSAULT")]


def test_those_detained_are_whom_the_arrest_before_held(run, events_of):
    ex = run(
        "Protesters marched in Lima on Sunday. Peruvian police arrested dozens of protesters on Monday."
        " The authorities later released 12 of those detained."
    )
    (release,) = events_of(ex, "CONCEDE")
    assert release.source == [PERU]
    assert _labels(ex, release.target) == ["protesters"]


def test_the_detainees_are_whom_the_arrest_before_held(run, events_of):
    ex = run(
        "Protesters marched in Lima on Sunday. Peruvian police arrested dozens of protesters on Monday."
        " Peru released the detainees on Wednesday."
    )
    (release,) = events_of(ex, "CONCEDE")
    assert _labels(ex, release.target) == ["protesters"]


def test_a_statement_released_is_no_release(run):
    # must not fire: a statement put out frees no one
    ex = run("Kenya released a statement on Monday about the talks.")
    assert not [e for e in ex.events if e.plover == "CONCEDE"]


def test_shutting_down_the_internet_is_censorship(run, events_of):
    ex = run("The Kenyan government shut down the internet on Tuesday.")
    (censor,) = events_of(ex, "COERCE")
    assert censor.source == [KENYA]
    assert censor.mode == "censor"


def test_blocking_social_media_is_censorship(run, events_of):
    ex = run("Authorities in Uganda blocked social media on Monday.")
    (censor,) = events_of(ex, "COERCE")
    assert censor.source == [UGANDA]
    assert censor.mode == "censor"


def test_a_broadcaster_taken_off_the_air_is_censored(run, events_of):
    ex = run("The Ugandan government took the independent broadcaster off the air on Monday.")
    (censor,) = events_of(ex, "COERCE")
    assert censor.mode == "censor"


def test_a_newspaper_suspended_is_censored_not_a_sanction(run, events_of):
    ex = run("The Ethiopian government suspended the country's largest private newspaper on Monday.")
    (censor,) = events_of(ex, "COERCE")
    assert censor.source == [ETHIOPIA]
    assert censor.mode == "censor"
    assert not [e for e in ex.events if e.plover == "SANCTION"]


def test_a_company_shutting_its_office_censors_no_one(run):
    # must not fire: a firm closing its own office, and flights suspended, silence no one
    ex = run(
        "The internet company shut down its office in Nairobi on Monday. Kenya suspended flights to Somalia."
    )
    assert not [e for e in ex.events if e.plover == "COERCE"]
    assert [e.plover for e in ex.events] == ["SANCTION"]


def test_a_government_restricting_independent_media_censors(run, events_of):
    ex = run("The Government of Cambodia moved to restrict independent media on Monday.")
    (censor,) = events_of(ex, "COERCE")
    assert censor.source == ["Q424"]
    assert censor.mode == "censor"
