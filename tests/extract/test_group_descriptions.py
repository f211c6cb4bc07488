"""Descriptions of a group and pronouns that stand for a body: "the two leaders", "the two", "both
countries", "our two countries", "the countries", "all" stand for the last group of that kind and
count named before them; "they" with no group before it for the one body named as a subject; a
statement a name qualifies ("an EU statement") is that actor's; "it" continuing the subject "it" of
the sentence before is what that "it" is; and a demand in a body's own statement is the body's (its
principal's where the title names the office)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)

MACRON, SCHOLZ = "Q3052772", "Q61053"
PUTIN, XI, RUSSIA, CHINA = "Q7747", "Q15031", "Q159", "Q148"
IRAN, PAKISTAN = "Q794", "Q843"
NATO, EU, UNSC, UN = "Q7184", "Q458", "Q37470", "Q1065"
SG_TITLE = "Statement attributable to the Spokesperson for the Secretary-General - on an attack"
UN_SOURCE = "United Nations, Meetings Coverage and Press Releases, statement (press.un.org)"


def test_the_two_leaders_are_the_two_people_who_met(run, events_of):
    ex = run(
        "Emmanuel Macron met Olaf Scholz in Paris on Monday. They discussed energy prices. "
        "The two leaders signed a defence agreement on Tuesday."
    )
    (agree,) = events_of(ex, "AGREE")
    assert set(agree.participants) == {MACRON, SCHOLZ}


def test_the_two_alone_are_the_pair_named_before(run, events_of):
    ex = run("Emmanuel Macron met Olaf Scholz in Paris on Monday. The two agreed to meet again in June.")
    (agree,) = events_of(ex, "AGREE")
    assert set(agree.participants) == {MACRON, SCHOLZ}


def test_the_two_leaders_are_not_the_tail_of_a_list_of_three(run, events_of):
    ex = run(
        "Emmanuel Macron, Olaf Scholz and Giorgia Meloni met in Rome on Monday. Energy prices rose. "
        "The two leaders signed a defence agreement on Tuesday."
    )
    for agree in events_of(ex, "AGREE"):
        assert MACRON in agree.participants  # not "Scholz and Meloni", the last two of the list


def test_our_two_countries_are_the_states_of_the_leaders_who_met(run, events_of):
    ex = run(
        "Vladimir Putin held talks with Xi Jinping in Moscow on Monday. Putin welcomed the guests. "
        "Ten years ago our two countries signed a friendship treaty."
    )
    (agree,) = events_of(ex, "AGREE")
    assert set(agree.participants) == {RUSSIA, CHINA}


def test_the_countries_accusing_each_other_are_the_pair_before(run, events_of):
    ex = run(
        "Iran and Pakistan exchanged fire along their border on Monday. "
        "The countries accuse each other of sheltering militants."
    )
    pairs = {(tuple(e.source), tuple(e.target)) for e in events_of(ex, "ACCUSE")}
    assert pairs >= {((IRAN,), (PAKISTAN,)), ((PAKISTAN,), (IRAN,))}


def test_they_is_the_one_body_named_as_a_subject_before(run, events_of):
    ex = run(
        "The Security Council condemned the attack on the base on Monday. Ten peacekeepers were wounded. "
        "They also urged all armed groups to lay down their weapons."
    )
    (request,) = [e for e in events_of(ex, "REQUEST") if e.trigger == "urged"]
    assert request.source == [UNSC]


def test_they_is_no_body_where_two_are_named(run, events_of):
    ex = run(
        "NATO condemned the missile strike on Monday. The European Union called for calm. "
        "They also urged Russia to withdraw its troops."
    )
    for request in events_of(ex, "REQUEST"):
        if request.trigger == "urged":
            assert NATO not in request.source and EU not in request.source


def test_a_demand_in_a_statement_for_the_secretary_general_is_his(run, events_of):
    ex = run(
        "Attacks on civilians are prohibited under international law and they must stop immediately.",
        source=UN_SOURCE,
        title=SG_TITLE,
    )
    (request,) = events_of(ex, "REQUEST")
    (holder,) = [a for a in ex.actors if a.key in request.source]  # the Secretary-General of the day
    assert holder.kind == "person"


def test_quoted_words_in_a_body_statement_are_not_the_bodys_demand(run):
    ex = run(
        '"Attacks on civilians must stop immediately," a witness said.',
        source=UN_SOURCE,
        title=SG_TITLE,
    )
    assert not [e for e in ex.events if e.plover == "REQUEST"]


def test_a_statement_a_name_qualifies_is_that_actors(run, events_of):
    ex = run("Kenya hosted talks on Monday. An EU statement on Tuesday condemned Russia.")
    (accuse,) = events_of(ex, "ACCUSE")
    assert accuse.source == [EU]


def test_a_statement_no_name_qualifies_is_still_the_subject_befores(run, events_of):
    ex = run("Kenya hosted talks on Monday. A joint statement on Tuesday condemned Russia.")
    (accuse,) = events_of(ex, "ACCUSE")
    assert EU not in accuse.source and RUSSIA not in accuse.source


def test_they_deeper_in_a_clause_is_not_the_body_that_reports_it(run):
    ex = run("The Taiwanese Defense Ministry said on Monday it spotted 30 aircraft as they attacked a ship.")
    ministry = {a.key for a in ex.actors if "Ministry" in a.label}
    assert not [e for e in ex.events if e.trigger == "attacked" and ministry & set(e.source)]


NORTH_KOREA = "Q423"


def test_it_continuing_the_it_of_the_sentence_before_is_its_body(run, events_of):
    ex = run(
        "North Korea fired two missiles on Monday. It is not believed to have nuclear warheads. "
        "Analysts fear it may attack South Korea."
    )
    (attack,) = [e for e in events_of(ex, "ASSAULT") if e.trigger == "attack"]
    assert attack.source == [NORTH_KOREA]


def test_it_does_not_reach_past_a_sentence_with_no_it(run, events_of):
    ex = run("North Korea fired missiles on Monday. The weather was bad. Analysts fear it may attack Seoul.")
    for attack in events_of(ex, "ASSAULT"):
        if attack.trigger == "attack":
            assert NORTH_KOREA not in attack.source


def test_a_demand_a_body_statement_reports_of_someone_is_not_the_bodys(run):
    ex = run(
        "The members of the Security Council reminded States that they must cooperate with the court.",
        source=UN_SOURCE,
        title="Security Council press statement on an attack",
    )
    assert all(UN not in e.participants for e in ex.events)
