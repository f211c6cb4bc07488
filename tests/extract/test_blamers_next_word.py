"""A statement set off by a comma after a word of blame is the blamer's next word, not a deed of the
blamed; a deed set off after an accusation stays the accused's."""


def test_a_call_after_a_condemnation_is_the_condemners(run, events_of):
    ex = run("France condemned the Russian strike on Odesa, urging Moscow to halt its attacks.")
    appeal = events_of(ex, "REQUEST")
    assert appeal[0].source == ["Q142"] and appeal[0].target == ["Q159"]


def test_a_deed_after_an_accusation_stays_the_accuseds(run, events_of):
    ex = run("Sudan accused the RSF of shelling a market in El Fasher, killing 12 civilians.")
    shelling = events_of(ex, "ASSAULT")[0]
    assert shelling.source and "Q1049" not in shelling.source  # the RSF's, not Sudan's
