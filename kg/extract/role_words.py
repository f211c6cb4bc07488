"""The words around actor mentions (roles.yaml): titles and honorifics, pronouns, group nouns, and the
verbs and nouns by which one owns, claims or suffers a deed.

``Language`` (kg/extract/language.py) holds them as ``lang.roles``; this module only says which they are
and reads them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from kg.extract.word_sets import lowered


@dataclass(frozen=True)
class Roles:
    """roles.yaml: the words around actor mentions."""

    honorifics: frozenset[str]
    titles: tuple[tuple[str, ...], ...]
    body_titles: frozenset[str]
    past_marks: frozenset[str]
    state_agents: frozenset[str]
    collectives: frozenset[str]
    person_collectives: frozenset[str]
    aliases: MappingProxyType
    locative: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    first_person: frozenset[str]
    first_plural: frozenset[str]
    pairs: tuple[tuple[str, ...], ...]
    place_preps: frozenset[str]
    aimed_preps: frozenset[str]
    receiving_verbs: frozenset[str] = frozenset()
    #: "the Turkish leader": a state's head, named before by an office of ``leader_offices``
    leader_words: frozenset[str] = frozenset()
    leader_offices: frozenset[str] = frozenset()
    calling_verbs: frozenset[str] = frozenset()
    amount_nouns: frozenset[str] = frozenset()
    travel_verbs: frozenset[str] = frozenset()
    owning_speech_verbs: frozenset[str] = frozenset()
    #: "claimed responsibility for the attack": the nouns and verbs by which one owns a deed
    responsibility_nouns: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    #: small words inside the portfolio an office title is given ("Secretary of State for Defence")
    portfolio_words: frozenset[str] = frozenset()
    #: offices whose "for X" is a portfolio ("the Minister for Internal Affairs"), not a body
    portfolio_titles: frozenset[str] = frozenset()
    #: words that make an office a lower one of its own ("Deputy Secretary", "Under Secretary")
    office_ranks: frozenset[str] = frozenset()
    #: offices held at a post abroad, whose "to X" names the post ("Ambassador to the UN")
    posted_titles: frozenset[str] = frozenset()
    office_nouns: frozenset[str] = frozenset()  # "Chair", "Counsellor": an office, no one's name
    #: "a Russian missile struck X": weapons and strikes whose owner is who did the deed
    weapons: frozenset[str] = frozenset()
    #: "at the initiative of X", "at X's request": the side that sought a meeting leads it
    initiative_nouns: frozenset[str] = frozenset()
    #: "invading Russian forces", "the withdrawal of U.S. troops": nouns for those who act with force
    doer_nouns: frozenset[str] = frozenset()
    #: "the withdrawal of X", "the entry of X into Y": movements whose "of" names who moves
    mover_nouns: frozenset[str] = frozenset()
    #: "the resignation of X", "the surrender of X": deeds done by whom their "of" names
    of_doer_nouns: frozenset[str] = frozenset()

    @cached_property
    def office_words(self) -> frozenset[str]:
        """One-word office titles, portfolio and posted offices and nouns of an office: a name made only
        of one of these says what someone is, not whom it names (built once per loaded data)."""
        one_word = frozenset(t[0] for t in self.titles if len(t) == 1)
        return one_word | self.portfolio_titles | self.posted_titles | self.office_nouns


def title_tokens(title: str) -> tuple[str, ...]:
    """A title as the tokenizer splits it: "Secretary-General" is three tokens, the hyphen one."""
    return tuple(_HYPHEN.sub(" - ", title.lower()).split())


_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def read_roles(d: dict) -> Roles:
    """roles.yaml's mapping as a ``Roles``."""
    pron = d.get("pronouns") or {}
    return Roles(
        honorifics=lowered(d.get("honorifics")),
        titles=tuple(sorted((title_tokens(t) for t in d.get("titles", [])), key=len, reverse=True)),
        body_titles=lowered(d.get("body_titles")),
        past_marks=lowered(d.get("past_marks")),
        state_agents=frozenset(d.get("state_agents", [])),
        collectives=frozenset(d.get("collectives", [])),
        person_collectives=frozenset(d.get("person_collectives", [])),
        leader_words=lowered(d.get("leader_words")), leader_offices=frozenset(d.get("leader_offices", [])),
        aliases=MappingProxyType({k.lower(): v.lower() for k, v in (d.get("title_aliases") or {}).items()}),
        locative=frozenset(d.get("locative_preps", [])),
        person_pronouns=frozenset(pron.get("person", [])),
        plural_pronouns=frozenset(pron.get("plural", [])),
        first_person=frozenset(pron.get("first_person", [])),
        first_plural=frozenset(pron.get("first_plural", [])),
        pairs=tuple(tuple(p.lower().split()) for p in pron.get("pair", [])),
        place_preps=frozenset(d.get("event_place_preps", ["in", "at", "near"])),
        aimed_preps=lowered(d.get("aimed_preps")),
        receiving_verbs=lowered(d.get("receiving_verbs")),
        calling_verbs=lowered(d.get("calling_verbs")),
        amount_nouns=lowered(d.get("amount_nouns")),
        travel_verbs=lowered(d.get("travel_verbs")),
        weapons=lowered(d.get("weapons")),
        initiative_nouns=lowered(d.get("initiative_nouns")),
        doer_nouns=lowered(d.get("doer_nouns")),
        mover_nouns=lowered(d.get("mover_nouns")),
        of_doer_nouns=lowered(d.get("of_doer_nouns")),
        owning_speech_verbs=lowered(d.get("owning_speech_verbs")),
        responsibility_nouns=lowered((d.get("claims_of_deeds") or {}).get("nouns")),
        claim_verbs=lowered((d.get("claims_of_deeds") or {}).get("verbs")),
        portfolio_words=lowered(d.get("portfolio_words")),
        portfolio_titles=lowered(d.get("portfolio_titles")),
        office_ranks=lowered(d.get("office_ranks")), posted_titles=lowered(d.get("posted_titles")),
        office_nouns=lowered(d.get("office_nouns")),
    )
