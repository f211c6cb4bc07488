"""A military satellite or a space rocket launched is a weapons test; a civil satellite is no event.
A "by" phrase after a deed noun reaches past a participle that only describes its object."""


def test_a_military_satellite_launch_is_a_weapons_test(run, events_of):
    ex = run("North Korea launched a military satellite on Tuesday.")
    test = events_of(ex, "MOBILIZE")
    assert test[0].source == ["Q423"]
    assert not [e for e in ex.events if e.plover == "ASSAULT"]


def test_a_weather_satellite_is_no_event(run):
    ex = run("India launched a weather satellite on Tuesday.")
    assert not ex.events


def test_the_doer_of_a_launch_past_a_describing_participle(run, events_of):
    ex = run("Japan condemned the launch of a spy satellite using ballistic missile technology "
             "by North Korea.")
    blame = events_of(ex, "ACCUSE")
    assert blame[0].source == ["Q17"] and blame[0].target == ["Q423"]
    assert events_of(ex, "MOBILIZE")[0].source == ["Q423"]
