"""A body's other names in the gazetteer go with it into the graph; a state's spellings do not."""


def test_an_organisation_carries_its_full_name_beside_its_acronym(run):
    ex = run("IGAD called on the parties in South Sudan to respect the ceasefire.")
    igad = next(a for a in ex.actors if a.label == "IGAD")
    assert "Intergovernmental Authority on Development" in igad.names


def test_a_state_carries_only_the_names_the_text_uses(run):
    ex = run("IGAD called on South Sudan to respect the ceasefire.")
    south_sudan = next(a for a in ex.actors if a.key == "Q958")
    assert south_sudan.names == []
