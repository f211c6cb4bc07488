"""Work agreed to is the agreement alone: what parties agree to do together is still to come, as PLOVER
codes cooperation promised (AGREE), and as a joint promise of it is ("committed to deepen cooperation").
Work agreed with a third party a verb names, and work told as done, stay cooperation."""

from datetime import date

PUBLISHED = date(2024, 5, 2)


def _types(ex) -> set[str]:
    return {e.plover for e in ex.events}


def test_agreeing_to_work_together_is_the_agreement_alone(run, events_of):
    ex = run("Norway and Denmark agreed on Tuesday to work together on offshore wind research.")
    agreement = events_of(ex, "AGREE")
    assert set(agreement[0].participants) >= {"Q20", "Q35"}
    assert "COOPERATE" not in _types(ex)


def test_agreeing_to_deepen_cooperation_is_the_agreement_alone(run, events_of):
    ex = run("Chile and Peru agreed to deepen their cooperation on fisheries.")
    events_of(ex, "AGREE")
    assert "COOPERATE" not in _types(ex)


def test_signing_a_partnership_is_the_agreement_with_its_partner(run, events_of):
    ex = run("Ghana signed a new health partnership with Nigeria on Friday.")
    agreement = events_of(ex, "AGREE")
    assert set(agreement[0].participants) >= {"Q117", "Q1033"}
    assert "COOPERATE" not in _types(ex)


def test_work_agreed_with_a_third_party_stays_cooperation(run, events_of):
    ex = run("Norway and Denmark agreed to work with Iceland to protect fishing grounds in the Arctic.")
    events_of(ex, "AGREE")
    work = events_of(ex, "COOPERATE")
    assert "Q189" in work[0].participants


def test_work_told_as_done_stays_cooperation(run, events_of):
    ex = run("Norway and Denmark are working together on offshore wind research.")
    assert "AGREE" not in _types(ex)
    events_of(ex, "COOPERATE")
