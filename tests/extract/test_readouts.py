"""Government readouts of calls and meetings: a call placed to an office holder whose title carries
its portfolio ("called the Secretary of State for Defence X") is a call, not a request; the talks a
call follows up are an earlier meeting of their own; praise of another's efforts is support of that
other; "the Foreign Ministers of A, B and C" are the ministers the text names; the British spelling
"co-operation" is cooperation."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 4)

QATAR = "Q846"


def test_a_call_placed_to_a_titled_minister_is_a_phone_call(run, events_of):
    ex = run(
        "Secretary of State Jane Rowe called French Minister for Europe and Foreign Affairs Pierre Lemaire "
        "March 3 to discuss the crisis in Sudan."
    )
    (call,) = events_of(ex, "CONSULT")
    assert call.mode == "phone"
    assert call.source == ["jane-rowe"]
    assert call.target == ["pierre-lemaire"]
    assert call.date == "2024-03-03"
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_a_headline_of_a_phone_call_with_a_portfolio_title_is_the_call(run, events_of):
    ex = run(
        "Readout of Secretary Jane Rowe's Phone Call With UK Secretary of State for Defence Tom Hardy\n\n"
        "Secretary Jane Rowe spoke with Tom Hardy today."
    )
    (call,) = events_of(ex, "CONSULT")
    assert set(call.participants) == {"jane-rowe", "tom-hardy"}
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_calling_on_a_state_to_act_stays_a_request(run, events_of):
    ex = run("Foreign Minister Pierre Lemaire called on Russia to withdraw its troops.")
    events_of(ex, "REQUEST")
    assert not [e for e in ex.events if e.plover == "CONSULT"]


def test_the_talks_a_call_follows_up_are_an_earlier_meeting(run, events_of):
    ex = run(
        "Secretary of State Jane Rowe called Foreign Minister Pierre Lemaire on March 3. "
        "Their conversation today was a continuation of their discussion in Paris last month.",
        published=date(2024, 3, 3),
    )
    earlier, call = sorted(events_of(ex, "CONSULT"), key=lambda e: e.date)
    assert set(call.participants) == set(earlier.participants) == {"jane-rowe", "pierre-lemaire"}
    assert call.date == "2024-03-03"
    assert earlier.date == "2024-02"


def test_the_continuation_of_a_fight_is_the_same_fight(run, events_of):
    ex = run("The minister deplored the continuation of clashes between Cambodia and Thailand since 24 July.")
    (clashes,) = events_of(ex, "ASSAULT")
    assert clashes.date.startswith("2023-07")


def test_praising_the_efforts_of_a_state_supports_it(run, events_of):
    ex = run(
        "President Emmanuel Macron held a telephone conversation with President Cyril Ramaphosa. "
        "Emmanuel Macron highly appreciated the mediation efforts of Qatar to secure a truce."
    )
    (praise,) = events_of(ex, "SUPPORT")
    assert praise.source == ["Q3052772"]
    assert praise.target == [QATAR]


def test_a_noun_a_demonym_describes_is_no_owner_of_an_object(run):
    ex = run("Officials sought to degrade the ability of the Ukrainian state to govern.")
    assert not [e for e in ex.events if e.plover in ("SUPPORT", "ACCUSE")]


def test_the_foreign_ministers_of_listed_states_are_the_ministers_named(run, events_of):
    ex = run(
        "British Foreign Secretary Anna Moss held a meeting with Polish Foreign Minister, Jan Nowacki, and "
        "Ukrainian Foreign Minister Oleh Bondar.\n\n"
        "Foreign Ministers of Poland, Ukraine and the United Kingdom met in Warsaw on 1 March 2024 and "
        "agreed to deepen their trade."
    )
    (agreement,) = events_of(ex, "AGREE")
    assert set(agreement.participants) == {"anna-moss", "jan-nowacki", "oleh-bondar"}


def test_a_promise_is_of_what_is_promised_not_of_its_purpose(run, events_of):
    ex = run(
        "Prime Minister Keir Starmer spoke to Chancellor Olaf Scholz today. The leaders looked ahead to "
        "the upcoming NATO summit in Washington and committed to work together to deliver a successful "
        "summit."
    )
    assert not [e for e in ex.events if e.plover == "CONSULT" and e.trigger == "committed"]
    # work promised together is still to come: the joint promise is the agreement (promises.py)
    (promise,) = events_of(ex, "AGREE")
    assert promise.trigger == "committed"
    assert not [e for e in ex.events if e.plover == "COOPERATE"]


def test_the_british_spelling_of_cooperation_is_cooperation(run, events_of):
    ex = run("France and Germany are deepening their co-operation on energy.")  # agreed to: AGREE alone
    (coop,) = events_of(ex, "COOPERATE")
    assert set(coop.participants) == {"Q142", "Q183"}


def test_an_agreement_made_at_a_summit_is_its_parties(run, events_of):
    ex = run(
        "The ministers reviewed the migration partnership agreed at last year's Italy-Spain Summit.",
        published=date(2024, 4, 8),
    )
    (agreement,) = events_of(ex, "AGREE")
    assert set(agreement.participants) == {"Q38", "Q29"}


def test_the_deed_one_is_urged_to_cease_goes_on(run, events_of):
    ex = run(
        "Secretary Jane Rowe spoke with Serbian President Aleksandar Vucic today to urge Serbia to cease "
        "military actions in Kosovo immediately."
    )
    (deed,) = events_of(ex, "ASSAULT")
    assert deed.source == ["Q403"]
    assert deed.modality == "asserted"


def test_courage_demonstrated_is_no_protest(run):
    ex = run("The ministers praised the courage demonstrated by Ukrainian forces.")
    assert not [e for e in ex.events if e.plover == "PROTEST"]


def test_it_was_agreed_after_a_call_is_the_callers_agreement(run, events_of):
    ex = run(
        "President Emmanuel Macron had a telephone conversation with Chancellor Olaf Scholz. "
        "It was agreed to continue regular contacts between the two leaders."
    )
    (agreement,) = events_of(ex, "AGREE")
    assert set(agreement.participants) == {"Q3052772", "Q61053"}


def test_each_of_the_talks_a_call_follows_up_is_earlier(run, events_of):
    ex = run(
        "President Emmanuel Macron had a telephone conversation with Chancellor Olaf Scholz today. The call "
        "was a follow-up to their talks in Geneva on 7 May and their telephone conversation on 30 May.",
        published=date(2024, 6, 5),
    )
    talks = events_of(ex, "CONSULT")
    assert len(talks) == 3
    assert sorted(e.date for e in talks)[-1] == "2024-06-05"
    assert all(e.date.startswith("2024-05") for e in talks if len(e.mentions) == 1 and e.date != "2024-06-05")


def test_a_name_alone_in_a_headline_is_the_person_named_in_full_later(run):
    ex = run(
        "Secretary Rowe Speaks with Korean Foreign Minister Park\n\n"
        "Secretary of State Jane Rowe spoke today with Korean Foreign Minister Park Jin about the launch."
    )
    people = {a.label for a in ex.actors if a.kind == "person"}
    assert "Park" not in people
    assert "Park Jin" in people
