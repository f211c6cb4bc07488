"""Thanks as a courtesy of speech (triggers.yaml ``courtesy``): a sentence that is only a formula of
thanks with no subject ("Thank you very much, Mr. Chair.") is no event; thanks a subject gives, or
gratitude said to a party, is one."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

TITLE = "Remarks by the Foreign Minister of Norway"


def _thanks(ex) -> list[list[str]]:
    return [[m.trigger.text for m in e.mentions] for e in ex.events if e.plover == "SUPPORT"]


def test_formulas_of_thanks_name_no_event(run):
    text = f"{TITLE}\nThank you very much, Mr. Chair.\nThanks, everyone, for coming today."
    assert _thanks(run(text, title=TITLE)) == []


def test_thanks_with_a_subject_and_gratitude_to_a_party_are_events(run):
    text = (
        f"{TITLE}\nThank you very much, Mr. Chair.\n"
        "Norway is grateful to Finland for its leadership of the Council.\n"
        "We thank Sweden for its generous support."
    )
    ex = run(text, title=TITLE)
    assert _thanks(ex) == [["grateful"], ["thank"]]
    grateful = next(e for e in ex.events if e.mentions[0].trigger.text == "grateful")
    assert (grateful.source, grateful.target) == (["Q20"], ["Q33"])  # Norway to Finland
