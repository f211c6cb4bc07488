"""The sentence-level backoff (a sentence whose parse gives its event word no roles) guesses no agent
among the names counted among what the event word is done to, the partners of what it governs, or
the owner of a statement that tells of it; it still takes the subject."""

from __future__ import annotations

from datetime import date

from kg.extract.bystanders import partners_in, receives, tells_of

PUBLISHED = date(2024, 3, 14)

KENYA, PERU, NORWAY, QATAR, PAKISTAN, UNSC = "Q114", "Q419", "Q20", "Q846", "Q843", "Q37470"


def test_one_counted_among_the_arrested_is_no_arrester(run, events_of):
    ex = run(
        "Malians are outraged at Tuesday's arrests of at least seven people, including former prime "
        "minister Moussa Mara."
    )
    (arrest,) = events_of(ex, "COERCE")
    assert arrest.source == []
    assert arrest.target == ["moussa-mara"]


def test_the_body_whose_statement_tells_of_an_attack_takes_no_part_in_it(run, events_of):
    ex = run("Security Council Press Statement on Terrorist Attack in Lahore, Pakistan")
    (attack,) = events_of(ex, "ASSAULT")
    assert UNSC not in attack.participants
    assert attack.target == [PAKISTAN]


def test_whom_a_request_asks_to_work_with_is_not_the_requester(run, events_of):
    ex = run("They urged all States to cooperate actively with the Peruvian Government.")
    (request,) = events_of(ex, "REQUEST")
    assert PERU not in request.source


def test_a_partner_named_beside_the_praised_is_not_who_praises(run, events_of):
    ex = run(
        "I commend Norway for its leadership in facilitating this process, in coordination with the "
        "State of Qatar."
    )
    (praise,) = events_of(ex, "SUPPORT")
    assert QATAR not in praise.source
    assert NORWAY in praise.target


def test_the_subject_is_still_the_guessed_agent(run, events_of):
    ex = run("Kenya announced Friday more than 300 million dollars in humanitarian assistance for Peru.")
    (aid,) = events_of(ex, "AID")
    assert aid.source == [KENYA]
    assert aid.target == [PERU]


def test_the_rules_read_the_parse(pipeline):
    from kg.extract.language import load_language

    nlp, _ = pipeline
    words = load_language().words
    doc = nlp("Police arrested ten people, including Moussa Mara, and talked with Peru.")
    mara, peru, arrested = doc[7], doc[13], doc[1]
    assert receives(mara, words) and not receives(peru, words)
    assert not partners_in(doc[0], arrested)  # the subject
    title = nlp("Security Council Press Statement on Terrorist Attack in Lahore")
    assert tells_of(title[1], title[6], words)
    assert not tells_of(title[8], title[6], words)


def test_a_guessed_doer_with_no_one_it_is_done_to_must_be_the_clauses_subject(run):
    for text, who in (
        ("General Ahmed Salah told reporters he believed he had been the target of the attack.",
         "ahmed-salah"),
        ("The International Committee of the Red Cross says rebels freed ten hostages held in the jungle.",
         "icrc"),
    ):
        ex = run(text)
        assert not [e for e in ex.events if who in e.source], [(e.plover, e.source) for e in ex.events]


def test_a_subject_doing_the_deed_alone_still_does_it(run, events_of):
    assert events_of(run("Serbia put its army on full alert."), "MOBILIZE")[0].source == ["Q403"]
    ex = run("The base came under attack by members of the Kachin Independence Army.")
    assert events_of(ex, "ASSAULT")[0].source == ["kachin-independence-army"]
