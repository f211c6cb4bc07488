"""Whose voice a statement's title names (kg.extract.title_voice): "Remarks by Secretary X at Y",
"Prime Minister's statement on X", "Declaration by the High Representative on behalf of the EU":
"I" in the text's own words is the one named, "we" whom they speak for. A news story's title names
no voice, and a quoted "I" stays the quoted speaker's."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 2)

RUSSIA, UKRAINE, UK, US, EU, BELARUS = "Q159", "Q212", "Q145", "Q30", "Q458", "Q184"


def test_i_in_remarks_by_a_named_person_is_that_person(run, events_of):
    title = "Remarks by Secretary Antony Blinken at a press conference in Warsaw"
    ex = run(
        f"{title}\n\nI urge Russia to withdraw its forces from Ukraine. "
        "We condemn Russia's continued strikes on Ukraine's power plants.",
        title=title,
    )
    (request,) = events_of(ex, "REQUEST")
    assert request.source == ["antony-blinken"] and RUSSIA in request.target
    (accuse,) = events_of(ex, "ACCUSE")
    assert "antony-blinken" in accuse.source and RUSSIA in accuse.target


def test_i_in_an_office_holders_statement_is_the_holder_of_the_day(run, events_of):
    title = "Prime Minister's statement on Russia"
    ex = run(
        f"{title}\n\nI condemn the Russian attack on Kharkiv. We will continue to support Ukraine.",
        title=title,
        source="Prime Minister's Office, 10 Downing Street",
    )
    (accuse,) = events_of(ex, "ACCUSE")
    assert accuse.source == ["rishi-sunak"] and accuse.target == [RUSSIA]
    (support,) = events_of(ex, "SUPPORT")
    assert UK in support.source and support.target == [UKRAINE]


def test_we_on_behalf_of_a_body_is_the_body(run, events_of):
    title = "Declaration by the High Representative on behalf of the EU on the arrests in Minsk"
    text = f"{title}\n\nWe call on the Belarusian authorities to release all detained journalists."
    ex = run(text, title=title)
    (request,) = events_of(ex, "REQUEST")
    assert EU in request.source and BELARUS in request.target


def test_a_news_storys_quoted_i_stays_the_speakers(run, events_of):
    title = "Kyiv dismisses Putin's speech"
    ex = run(
        f"{title}\n\nUkraine's president Volodymyr Zelensky dismissed the speech on Tuesday. "
        "\"I condemn these lies,\" Zelensky told reporters in Kyiv.",
        title=title,
    )
    for e in ex.events:
        assert "Q7747" not in e.source  # (Vladimir Putin)


def test_a_title_naming_no_voice_gives_i_to_no_one(run):
    title = "Fighting flares near Kharkiv"
    ex = run(f"{title}\n\nI urge Russia to withdraw its forces from Ukraine.", title=title)
    assert all(e.source == [] or RUSSIA not in e.target for e in ex.events if e.plover == "REQUEST")
