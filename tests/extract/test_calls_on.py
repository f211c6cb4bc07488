"""A call "on" someone is an appeal, as a call "for" something is; a call "with" someone or on a day
is a phone call. The owner of a passive verb's subject is its target, as of an active verb's object."""


def test_a_call_on_someone_is_an_appeal_to_them(run, events_of):
    ex = run("The foreign minister repeated her call on Russia to withdraw its troops.")
    appeal = events_of(ex, "REQUEST")
    assert appeal[0].target == ["Q159"]
    assert not [e for e in ex.events if e.plover == "CONSULT"]


def test_a_call_on_a_day_stays_a_phone_call(run, events_of):
    ex = run("Emmanuel Macron made a call on Tuesday to Vladimir Putin.")
    call = events_of(ex, "CONSULT")
    assert set(call[0].participants) == {"Q3052772", "Q7747"}
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_the_owner_of_a_passive_subject_is_the_target(run, events_of):
    ex = run("Kenya's proposal for talks was rejected by Somalia on Monday.")
    rejection = events_of(ex, "REJECT")
    assert rejection[0].source == ["Q1045"] and rejection[0].target == ["Q114"]


def test_a_passive_subject_that_is_an_actor_stays_the_target(run, events_of):
    ex = run("Somalia was criticised by Kenya on Monday.")
    blame = events_of(ex, "ACCUSE")
    assert blame[0].source == ["Q114"] and blame[0].target == ["Q1045"]
