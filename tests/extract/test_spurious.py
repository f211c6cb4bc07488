"""Words that look like events but name none of an actor's: a verb of showing that is no protest, a
headline's topic label that is no party, a word of feeling whose bearer only reacts to a deed (the
sentences are written for these tests)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 14)


def _labels(ex, keys):
    names = {a.key: a.label for a in ex.actors}
    return sorted(names[k] for k in keys)


def test_demonstrating_something_is_no_protest(run):
    for text in (
        "The state visit demonstrates our shared commitment to trade with Paraguay.",
        "France demonstrated a remarkable capacity to defend its territory.",
        "It only demonstrates that Iran continues to arm its proxies.",
        "The leaders praised the courage demonstrated by Ukrainian soldiers.",
    ):
        ex = run(text)
        assert not [e for e in ex.events if e.plover == "PROTEST"], text


def test_demonstrating_against_something_is_a_protest(run, events_of):
    ex = run("Thousands of Serbs demonstrated against Kosovo's independence outside the embassy.")
    assert events_of(ex, "PROTEST")


def test_a_headline_label_is_no_party_to_the_headline(run):
    ex = run(
        "Yemen: UN envoy alarmed at renewed shelling of Taiz\n\n"
        "The shelling of Taiz continued on Monday, residents said."
    )
    deeds = [e for e in ex.events if e.plover == "ASSAULT"]
    assert deeds
    for e in deeds:
        assert "Yemen" not in _labels(ex, e.source)
        assert not {"United Nations", "UN envoy"} & set(_labels(ex, e.participants))


def test_the_headline_sentence_keeps_its_label(run):
    ex = run("Yemen: Houthis seize cargo ship in Red Sea\n\nThe ship was taken on Sunday.")
    assert ex.sentences[0].text == "Yemen: Houthis seize cargo ship in Red Sea"


def test_who_is_alarmed_by_a_deed_does_not_do_it(run, events_of):
    ex = run("UN chief alarmed at full-scale assault on Goma")
    (attack,) = events_of(ex, "ASSAULT")
    assert _labels(ex, attack.source) == []
    assert _labels(ex, attack.target) == ["Democratic Republic of the Congo"]


def test_a_thing_that_threatens_is_no_threat(run):
    for text in (
        "Fighting continues in Darfur. Any further escalation will threaten to spread the war across Sudan.",
        "The two border disputes could threaten the stability of the Horn of Africa.",
    ):
        ex = run(text)
        assert not [e for e in ex.events if e.plover == "THREATEN"], text


def test_a_party_that_threatens_does(run, events_of):
    ex = run("Chad is threatening to cut diplomatic ties with Sudan.")
    (threat,) = events_of(ex, "THREATEN")
    assert _labels(ex, threat.source) == ["Chad"]
    # a noun of a kind of party is a party ("both organizations", "the rebels")
    for text in ("Both organizations threatened Sudan with sanctions.", "The militias threatened Mali."):
        assert events_of(run(text), "THREATEN"), text


def test_help_only_offered_to_no_one_is_no_event(run):
    for text in (
        "The European Union stands ready to support genuine efforts to end the violence.",
        "Hundreds of thousands of people in eastern Chad are in desperate need of lifesaving support.",
    ):
        ex = run(text)
        assert not [e for e in ex.events if e.plover in ("SUPPORT", "AID", "COOPERATE")], text


def test_help_offered_to_a_party_is_an_event(run, events_of):
    ex = run("The European Union stands ready to support Ukraine.")
    (support,) = events_of(ex, "SUPPORT")
    assert _labels(ex, support.target) == ["Ukraine"]
    assert support.modality == "hypothetical"


def test_a_threat_to_no_one_is_no_event(run):
    for text in (
        "The government of Chad will not tolerate such provocations.",
        "The cartel makes money by stealing data and threatening to leak it.",
    ):
        ex = run(text)
        assert not [e for e in ex.events if e.plover == "THREATEN"], text


def test_a_threat_to_a_party_is_an_event(run, events_of):
    ex = run("Chad threatened Sudan with retaliation.")
    (threat,) = events_of(ex, "THREATEN")
    assert _labels(ex, threat.target) == ["Sudan"]


def test_concern_about_no_party_blames_no_one(run):
    for text in (
        "Canada is deeply concerned about the humanitarian situation.",
        "Canada expressed concern over the growing tensions.",
    ):
        ex = run(text)
        assert not [e for e in ex.events if e.plover == "ACCUSE"], text


def test_concern_about_a_party_blames_it(run, events_of):
    ex = run("Canada expressed deep concern about Iran's support for the Houthis.")
    (blame,) = events_of(ex, "ACCUSE")
    assert _labels(ex, blame.target) == ["Iran"]


def test_a_deed_in_favour_of_which_one_speaks_is_wanted_not_done(run):
    ex = run("Both presidents confirmed their stance in favour of an immediate ceasefire in Gaza.")
    assert not [e for e in ex.events if e.plover == "CONCEDE"]


def test_a_press_release_releases_no_one(run):
    for text in (
        "Ethiopia's foreign ministry said in a release on Monday that its embassy in Cairo had reopened.",
        "For details of the designation of Hezbollah, see the Treasury press release.",
        "Kenya's police announced the arrests in a news release on Friday.",
        "The tanker left Aden for its next port of call in Oman.",
    ):
        ex = run(text)
        assert not [e for e in ex.events if e.plover in ("CONCEDE", "CONSULT")], text


def test_freeing_captives_is_still_a_release(run, events_of):
    ex = run("Hamas announced the release of two Israeli hostages on Monday.")
    assert events_of(ex, "CONCEDE")[0].source == ["Q38799"]


def test_forces_backed_by_a_party_are_no_event_of_support(run):
    for text in (
        "Government troops, backed by Turkish drones, retook the town of Tarhuna on Sunday.",
        "Rebels supported by Rwanda advanced on Goma, residents said.",
    ):
        ex = run(text)
        assert not [e for e in ex.events if e.plover == "SUPPORT"], text


def test_backing_a_party_is_still_support(run, events_of):
    ex = run("Germany backed Ukraine's bid to join the European Union on Monday.")
    assert events_of(ex, "SUPPORT")[0].source == ["Q183"]


def test_asking_for_or_declining_comment_is_journalism(run):
    for text in (
        "Reuters asked the Kenyan embassy in Washington for comment.",
        "The Russian foreign ministry declined to comment on the report.",
        "Israel's military refused to comment on the strike.",
    ):
        ex = run(text)
        assert not [e for e in ex.events if e.plover in ("REQUEST", "REJECT")], text


def test_refusing_a_proposal_is_still_a_rejection(run, events_of):
    ex = run("Russia refused to accept the proposal.")
    assert events_of(ex, "REJECT")[0].source == ["Q159"]


def test_the_one_who_issues_a_statement_does_not_do_what_it_tells(run):
    ex = run("North Korea fired a missile on Monday, said a statement issued by the South Korean military.")
    assert [e.source for e in ex.events if e.plover == "ASSAULT"] == [["Q423"]]
    ex = run("The launch undermines regional stability, said a statement issued by spokesperson Farhan Haq.")
    assert not [e for e in ex.events if "farhan-haq" in e.participants]


def test_shooting_down_missiles_is_no_attack_but_downing_a_jet_is(run, events_of):
    ex = run("Air defences shot down two ballistic missiles over Kyiv on Monday, Ukraine said.")
    assert not [e for e in ex.events if e.plover == "ASSAULT" and e.trigger == "shot"]
    assert events_of(run("Russian forces shot down a Ukrainian fighter jet over Kursk."), "ASSAULT")
