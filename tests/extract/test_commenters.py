"""Who speaks of a deed, or comments on it, is not its agent unless the deed's own phrase says so."""

from __future__ import annotations

from datetime import date

from kg.extract.commenters import comments_on

PUBLISHED = date(2024, 3, 14)

KENYA, SOMALIA, SHABAAB = "Q114", "Q1045", "al-shabaab"


def test_a_spokesman_who_reports_an_offensive_does_not_wage_it(run, events_of):
    ex = run(
        "Somali defense ministry spokesman Ahmed Hassan said the latest offensive against al-Shabab "
        "has been successful."
    )
    (offensive,) = events_of(ex, "ASSAULT")
    assert offensive.source == []
    assert SHABAAB in offensive.target


def test_a_state_that_welcomes_an_offensive_does_not_wage_it(run, events_of):
    ex = run("Kenya welcomed the offensive against al-Shabab.")
    (offensive,) = events_of(ex, "ASSAULT")
    assert KENYA not in offensive.source + offensive.participants


def test_the_deed_phrase_still_names_its_agent(run, events_of):
    ex = run("The Secretary-General condemns the attack on a hotel in Mogadishu by al-Shabab.")
    (attack,) = events_of(ex, "ASSAULT")
    assert attack.source == [SHABAAB]
    assert attack.target == [SOMALIA]


def test_who_claims_a_deed_owns_it(run, events_of):
    ex = run("Al-Shabab claimed responsibility for the bombing of a hotel in Mogadishu.")
    (bombing,) = events_of(ex, "ASSAULT")
    assert bombing.source == [SHABAAB]


def test_comments_on_reads_the_parse(pipeline):
    from kg.extract.language import load_language
    from kg.extract.senses import matches

    nlp, _ = pipeline
    lang = load_language()
    lex, owning = lang.lexicon, lang.roles.owning_speech_verbs
    doc = nlp("Kenya condemned the raid on the camp.")
    positions = {t.i: next(matches(lex, t)) for t in doc if t.lower_ in ("condemned", "raid")}
    kenya, raid = doc[0], doc[3]
    assert comments_on(kenya, raid, positions, lex, owning)
    doc = nlp("Kenya admitted the raid on the camp.")
    positions = {t.i: next(matches(lex, t)) for t in doc if t.lower_ in ("admitted", "raid")}
    assert not comments_on(doc[0], doc[3], positions, lex, owning)


def test_a_body_condemning_an_attack_in_a_headline_is_not_its_attacker(run):
    ex = run("African Union Condemns Attack On Army Base In Somalia\nGunmen stormed the base at dawn.")
    attacks = [e for e in ex.events if e.plover == "ASSAULT"]
    assert attacks
    assert all("Q7159" not in e.source for e in attacks)


def test_who_issues_a_statement_on_an_attack_is_not_its_attacker(run):
    ex = run("The Kenyan government issued a statement on the bomb attack in Mogadishu.")
    attacks = [e for e in ex.events if e.plover == "ASSAULT"]
    assert all(KENYA not in e.source for e in attacks)


def test_speaks_of_keeps_what_a_report_is_about(pipeline):
    from kg.extract.commenters import speaks_of
    from kg.extract.language import load_language

    nlp, _ = pipeline
    lang = load_language()
    lex, owning, nouns = lang.lexicon, lang.roles.owning_speech_verbs, lang.words.statement_nouns
    doc = nlp("Kenya's statement on the raid on the camp surprised observers.")
    assert speaks_of(doc[0], doc[4], {}, lex, nouns, owning)
    doc = nlp("His report on the situation in Kenya described the raid on the camp.")
    assert not speaks_of(doc[6], doc[9], {}, lex, nouns, owning)
    doc = nlp("A spokesman for Kenya claimed the raid on the camp.")
    assert not speaks_of(doc[3], doc[6], {}, lex, nouns, owning)


def test_who_issues_a_titled_statement_on_an_attack_does_not_do_it(run, events_of):
    title = ("Statement attributable to the Spokesman for the Secretary-General on the bombing in "
             "Garissa, Kenya")
    ex = run(
        f"{title}\n\nThe bombing this morning at a market in Garissa, Kenya, has left dozens dead. "
        "Secretary-General Ban Ki-moon strongly condemns the bombing.",
        title=title,
    )
    people = {a.key for a in ex.actors if a.kind == "person"}
    for attack in events_of(ex, "ASSAULT"):
        assert not people & set(attack.source + attack.participants)
        assert KENYA in attack.participants


def test_a_title_deed_keeps_the_agent_its_own_phrase_names(run, events_of):
    title = "Statement by the Prime Minister on the attack by al-Shabab in Mogadishu"
    ex = run(f"{title}\n\nThe Prime Minister said the attack was cowardly.", title=title)
    assert any(SHABAAB in attack.source for attack in events_of(ex, "ASSAULT"))
