"""Reports that tell only part of an event: one side named alone, in the other role than another
report gives it (:func:`kg.identity.participants._one_side_crossed`); a document that splits an event
over two sentences, each naming a part (:func:`kg.identity.repeats.halves_of_one`,
:func:`kg.identity.repeats.sides_nest`); a report without a class (no other kind,
:func:`kg.identity.link._kinds_apart`); a statement reported the day after its words' day
(:func:`kg.identity.participants._one_day`)."""
from datetime import date

from kg.identity.cluster import clusters
from kg.identity.link import refusal, same_event, told_alike
from kg.identity.repeats import halves_of_one, one_event, sides_nest
from kg.identity.rules import rules
from tests.identity.test_link import rep

BELARUS, POLAND, MYANMAR, UK, US, RUSSIA, UKRAINE = "Q184", "Q36", "Q836", "Q145", "Q30", "Q159", "Q212"
PRESIDENT = "Q6279"  # a head of state, a person
DAY, PUB = "2024-05-23", date(2024, 5, 24)


def one(doc, plover="COERCE", src=(), tgt=(), cls="Seizure", date_=DAY, n=0, parts=(), **kw):
    return rep(doc, n, plover=plover, parts=parts, src=src, tgt=tgt, cls=cls, date_=date_, pub=PUB, **kw)


# one side named alone, in two roles


def test_a_state_named_alone_as_doer_and_alone_as_done_to_on_one_day_is_one_deed():
    # "On 23 May the Belarusian authorities forced a plane to land in Minsk." and "The jet was
    # diverted to Minsk on 23 May", Belarus read as the one it was done to
    forced = one("statement", src=(BELARUS,))
    diverted = one("notice", tgt=(BELARUS,))
    assert same_event(forced, diverted) and same_event(diverted, forced)


def test_a_second_side_keeps_the_direction():
    # "Belarus forced a Polish airliner down" is not "Poland seized a Belarusian ship" of the same day
    forced = one("wire", src=(BELARUS,), tgt=(POLAND,))
    seized = one("warsaw", src=(POLAND,), tgt=(BELARUS,))
    assert refusal(forced, seized) == "participants"
    # nor is a report naming Belarus as the one done to, Poland as the doer
    lone = one("wire", src=(BELARUS,))
    assert refusal(lone, one("warsaw", src=(POLAND,), tgt=(BELARUS,))) == "participants"


def test_one_side_in_two_roles_two_days_apart_is_two_deeds():
    forced = one("statement", src=(MYANMAR,), date_="2024-05-20", text="20 May")
    detained = one("notice", tgt=(MYANMAR,), date_="2024-05-23", text="23 May")
    assert not same_event(forced, detained)


def test_a_state_named_alone_in_two_roles_of_an_attack_is_not_one_attack():
    # "Russia launched strikes on Tuesday" and "the attack on Russia on Tuesday": in a war a state
    # strikes and is struck many times a day
    struck = one("wire", plover="ASSAULT", cls="Attack", src=(RUSSIA,))
    hit = one("tass", plover="ASSAULT", cls="Attack", tgt=(RUSSIA,))
    assert refusal(struck, hit) == "participants"


# a document that splits one event over two sentences


def test_a_doer_in_one_sentence_and_whom_it_was_done_to_in_another_are_halves():
    doer = one("eu", src=(BELARUS,), n=0)
    done_to = one("eu", tgt=(POLAND,), n=1)
    assert halves_of_one(doer, done_to, symmetric=False)
    assert one_event(doer, done_to, rules())


def test_one_side_named_alone_in_two_roles_of_one_document_is_one_deed():
    # "... after the flight was diverted to Minsk yesterday by the Belarusian authorities." and "The jet
    # was diverted to Minsk", Belarus read as the one it was done to, dated by the notice
    by = one("notice", src=(BELARUS,), n=0, text="yesterday")
    to = one("notice", tgt=(BELARUS,), n=1, date_="2024-05-24", carried=True)
    assert one_event(by, to, rules())
    # not an attack of a state: "Russia launched strikes" and "the strike on Russia"
    struck = one("news", plover="ASSAULT", cls="Attack", src=(RUSSIA,), n=0)
    hit = one("news", plover="ASSAULT", cls="Attack", tgt=(RUSSIA,), n=1)
    assert not one_event(struck, hit, rules())


def test_two_doers_named_alone_in_one_document_are_two_deeds():
    # "Obama condemned the vote." and "Putin condemned the sanctions."
    a = one("news", plover="ACCUSE", cls="Condemnation", src=(US,), n=0)
    b = one("news", plover="ACCUSE", cls="Condemnation", src=(RUSSIA,), n=1)
    assert not halves_of_one(a, b, symmetric=False) and not one_event(a, b, rules())


def test_the_two_parties_of_a_meeting_named_in_two_sentences_are_halves():
    # "The United Kingdom launched the dialogue." and "The State Department hosted a delegation."
    uk = one("fcdo", plover="CONSULT", cls=None, src=(UK,), n=0)
    us = one("fcdo", plover="CONSULT", cls="Negotiation", tgt=(US,), n=1)
    assert halves_of_one(uk, us, symmetric=True) and one_event(uk, us, rules())


def test_a_split_document_joins_the_report_that_names_both_parts():
    # the wire names the doer and the one it was done to; the statement names each in a sentence
    wire = one("wire", src=(BELARUS,), tgt=(POLAND,))
    doer = one("eu", src=(BELARUS,), n=0)
    done_to = one("eu", tgt=(POLAND,), n=1)
    (members,) = clusters([wire, doer, done_to]).values()
    assert {r.iri for r in members} == {wire.iri, doer.iri, done_to.iri}


def test_a_split_document_does_not_join_a_report_of_one_part_only():
    # the wire names the doer alone: nothing tells that the other sentence's deed is its deed
    wire = one("wire", src=(BELARUS,))
    doer = one("eu", src=(BELARUS,), n=0)
    done_to = one("eu", tgt=(POLAND,), n=1)
    for members in clusters([wire, doer, done_to]).values():
        assert done_to.iri not in {r.iri for r in members}


def test_a_title_and_its_text_name_the_same_two_parties_of_a_call():
    # "Telephone conversation with the US President" (a call) and "both Presidents expressed their
    # willingness" (talks): a generic class tells nothing apart
    title = one("kremlin", plover="CONSULT", cls="PhoneCall", parts=(RUSSIA, US), n=0)
    text = one("kremlin", plover="CONSULT", cls="Negotiation", src=(RUSSIA, US), n=1, basis="report")
    assert told_alike(title, text, rules()) and sides_nest(title, text)
    # one side named alone ("since the Prime Minister's last meeting") is any meeting of that side
    assert not sides_nest(one("fcdo", plover="CONSULT", src=(UK,)), one("fcdo", plover="CONSULT",
                                                                       parts=(UK, US), n=1))


def test_a_call_and_a_meeting_told_in_one_document_stay_two_kinds():
    call = one("readout", plover="CONSULT", cls="PhoneCall", parts=(UK, US), n=0)
    meeting = one("readout", plover="CONSULT", cls="Meeting", parts=(UK, US), n=1)
    assert not told_alike(call, meeting, rules())


def test_a_report_without_a_class_names_no_other_kind_on_the_next_day():
    talks = one("a", plover="CONSULT", cls="Negotiation", parts=(UK, US), date_="2024-05-22", text="May 22")
    launched = one("b", plover="CONSULT", cls=None, parts=(UK, US), carried=True)
    assert same_event(talks, launched)
    # a visit's arrival on one day is not the meeting of the next
    visit = one("c", plover="CONSULT", cls="Visit", parts=(UK, US), date_="2024-05-22", text="May 22")
    meeting = one("d", plover="CONSULT", cls="Meeting", parts=(UK, US), carried=True)
    assert refusal(visit, meeting) == "date"


# a statement told the next day


def test_a_statement_reported_the_day_after_its_words_day_is_one():
    # "... is unacceptable," the President said on Wednesday. / the same words, in Thursday's story
    # (the speaker a person: a state named as the speaker of words with no target speaks through
    # many voices a day, ontology/identity.yaml many_voiced_kinds)
    said = rep("wire", plover="ACCUSE", parts=(), src=(PRESIDENT,), cls="Accusation", date_="2024-05-22",
               text="Wednesday", pub=date(2024, 5, 22))
    told = rep("paper", plover="ACCUSE", parts=(), src=(PRESIDENT,), cls="Accusation", date_="2024-05-23",
               basis="report", pub=date(2024, 5, 23))
    assert same_event(said, told)
    # two days after is another day's words
    later = rep("weekly", plover="ACCUSE", parts=(), src=(PRESIDENT,), cls="Accusation", date_="2024-05-24",
                basis="report", pub=date(2024, 5, 24))
    assert not same_event(said, later)
    # and a report of the day before is not the next day's words
    before = rep("eve", plover="ACCUSE", parts=(), src=(PRESIDENT,), cls="Accusation", date_="2024-05-21",
                 basis="report", pub=date(2024, 5, 21))
    assert not same_event(said, before)


def test_two_days_given_by_two_statements_stay_two_statements():
    a = rep("mon", plover="ACCUSE", parts=(), src=(UKRAINE,), cls="Accusation", date_="2024-05-22",
            carried=True, pub=date(2024, 5, 22))
    b = rep("tue", plover="ACCUSE", parts=(), src=(UKRAINE,), cls="Accusation", date_="2024-05-23",
            carried=True, pub=date(2024, 5, 23))
    assert not same_event(a, b)
