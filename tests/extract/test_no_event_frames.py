"""Words that name no event of the sentence although they look like one: a truce or pact said to be
broken (it stands from before; the breach is the event), a deed of "anyone at all" (a rule or a
habit), talk with a news outlet named by its kind, and the meeting a title says a statement was given
at (the sentences are written for these tests)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)


def _types(ex) -> list[str]:
    return [e.plover for e in ex.events]


# a truce or pact said to be broken


def test_a_truce_said_to_be_violated_is_no_concession(run):
    for text in (
        "The Azerbaijani army accused Armenia on Tuesday of violating the ceasefire in the north.",
        "Observers counted dozens of ceasefire violations by Armenia and Azerbaijan last week.",
        "Baku condemned a breach of the truce by Armenian forces on Monday.",
    ):
        ex = run(text)
        assert "CONCEDE" not in _types(ex), (text, [(e.plover, e.trigger) for e in ex.events])


def test_the_violation_itself_is_still_told(run, events_of):
    ex = run("The Azerbaijani army accused Armenia on Tuesday of violating the ceasefire in the north.")
    assert events_of(ex, "ACCUSE")
    assert events_of(ex, "ASSAULT")


def test_a_truce_declared_or_agreed_is_still_an_event(run, events_of):
    assert events_of(run("Azerbaijan declared a unilateral ceasefire on Wednesday."), "CONCEDE")
    assert events_of(run("Armenia and Azerbaijan agreed to a ceasefire on Monday."), "AGREE")


# a deed of anyone at all


def test_a_deed_of_anyone_at_all_is_a_rule_not_an_event(run):
    for text in (
        "Anyone who visits Afghanistan must abide by its laws.",
        "Anyone entering Iran agrees to follow its laws, the minister said.",
        "Whoever attacks Israel will pay a heavy price, Netanyahu said.",
    ):
        ex = run(text)
        assert not ex.events, (text, [(e.plover, e.trigger) for e in ex.events])


def test_a_named_doer_beside_anyone_still_acts(run, events_of):
    ex = run("Russia attacked anyone who resisted its troops in Bucha on Monday.")
    assert events_of(ex, "ASSAULT")
    ex = run("Anyone who doubted it watched Russia attack Kharkiv on Monday.")
    assert events_of(ex, "ASSAULT")


# talk with a news outlet named by its kind


def test_talk_with_an_outlet_named_by_its_kind_is_no_meeting(run):
    for text in (
        "Mujahid said while talking separately to the privately run local Shamshad news channel that "
        "the men were safe.",
        "The Afghan spokesman spoke to a local television station on Friday.",
        "The minister spoke to a state broadcaster on Friday about the border.",
    ):
        ex = run(text)
        assert "CONSULT" not in _types(ex), (text, [(e.plover, e.trigger) for e in ex.events])


def test_talk_with_a_named_party_is_still_a_call(run, events_of):
    ex = run("The Turkish foreign minister spoke to Lavrov by phone on Friday.")
    assert events_of(ex, "CONSULT")


# the meeting a title says a statement was given at


def test_the_meeting_a_statement_title_was_given_at_is_no_event(run):
    for text in (
        "Statement delivered by Ambassador Jane Smith, UK Permanent Representative to the UN, at the UN "
        "Security Council meeting on Sudan.",
        "Remarks by President Biden at the NATO summit in Vilnius.",
    ):
        ex = run(text)
        assert "CONSULT" not in _types(ex), (text, [(e.plover, e.trigger) for e in ex.events])


def test_the_body_of_the_sitting_is_still_an_actor(run):
    ex = run(
        "Statement delivered by Ambassador Jane Smith, UK Permanent Representative to the UN, at the UN "
        "Security Council meeting on Sudan."
    )
    assert "United Nations Security Council" in [a.label for a in ex.actors]


def test_a_meeting_a_title_or_a_sentence_reports_is_still_an_event(run, events_of):
    assert events_of(run("Statement on the meeting between Putin and Xi in Moscow."), "CONSULT")
    ex = run("Blinken said at a meeting with Lavrov in Geneva on Friday that the talks were useful.")
    assert events_of(ex, "CONSULT")


# a truce agreed to, reached, signed, wanted or sought


def test_a_truce_agreed_or_sought_is_no_concession_of_its_own(run):
    for text in (
        "Armenia and Azerbaijan agreed to a ceasefire on Monday.",
        "A government spokesman said that Armenia wants a ceasefire as soon as possible.",
        "France said it would help bring about a ceasefire in Lebanon.",
        "Ugandan Government, Rebel Group Sign Truce",
        "Burma, Kachin Rebels Reach Tentative Cease-Fire",
    ):
        ex = run(text)
        assert "CONCEDE" not in _types(ex), (text, [(e.plover, e.trigger) for e in ex.events])


def test_the_agreement_to_a_truce_is_still_told(run, events_of):
    assert events_of(run("Armenia and Azerbaijan agreed to a ceasefire on Monday."), "AGREE")


def test_a_truce_declared_or_ordered_is_still_a_concession(run, events_of):
    assert events_of(run("Georgia Orders Cease-Fire in South Ossetia"), "CONCEDE")
    assert events_of(run("Israel-Hamas Ceasefire Takes Effect in Gaza"), "CONCEDE")


# a deed striven for


def test_a_deed_striven_for_is_an_aim_not_an_event(run):
    for text in (
        "Since 2010, the Ansar militia has tried to overthrow Mali's government.",
        "The president called the mutiny an attempt to overthrow his government.",
        "The rebels are fighting to topple the government of Chad.",
    ):
        ex = run(text)
        assert "COERCE" not in _types(ex), (text, [(e.plover, e.trigger) for e in ex.events])


def test_an_attempted_attack_is_still_an_attack(run, events_of):
    ex = run("Witnesses said Hamas fighters tried to storm an Israeli army post on Tuesday.")
    assert events_of(ex, "ASSAULT")


def test_a_deed_done_beside_an_aim_is_still_told(run, events_of):
    ex = run("Chadian rebels seized the town of Abeche on Monday and are fighting to topple the government.")
    assert events_of(ex, "ASSAULT")  # the seizure of a town, by force
    assert "COERCE" not in _types(ex)


# signing a text one side issues alone


def test_signing_an_order_or_a_decree_is_no_agreement(run):
    for text in (
        "The sanctions follow Executive Order 14024 signed by President Biden on April 15.",
        "Putin signed a decree on Monday annulling the old rules.",
        "President Tokayev signed a law on Tuesday raising the retirement age.",
    ):
        ex = run(text)
        assert "AGREE" not in _types(ex), (text, [(e.plover, e.trigger) for e in ex.events])


def test_signing_a_pact_between_parties_is_still_an_agreement(run, events_of):
    ex = run("Iran and Russia signed a memorandum on energy cooperation in Tehran on Monday.")
    assert events_of(ex, "AGREE")
    assert events_of(run("Kenya and Ethiopia signed a border treaty in Nairobi on Monday."), "AGREE")


def test_a_truce_word_naming_talks_or_a_line_is_no_concession(run, events_of):
    for text in (
        "Sudan's warring parties in second day of UN-mediated cease-fire talks",
        "Israel and Hamas held ceasefire negotiations in Cairo on Monday.",
    ):
        ex = run(text)
        assert "CONCEDE" not in _types(ex), (text, [(e.plover, e.trigger) for e in ex.events])
        assert events_of(ex, "CONSULT")
