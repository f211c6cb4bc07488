"""The members a listing verb names of a group a participle describes: "those detained include X and
Y", "the people arrested by the police included X", "among those killed was X": X and Y underwent
what the participle says (the detention, the killing)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

_MEMBERS = ("dobj", "attr", "nsubj", "nsubjpass", "conj")


def listed_members(v: Token, listing: Collection[str], actors_at: Callable[[Token], list[str]]) -> list[str]:
    """The actors a listing verb names as members of the group the participle ``v`` describes; []
    when ``v`` is no such participle or its group no such verb's."""
    if v.dep_ != "acl" or v.tag_ != "VBN":
        return []
    group = v.head
    if actors_at(group):
        return []  # "Kenyan soldiers killed in the attack": the group is named itself
    if group.dep_ == "nsubj" and group.head.lemma_.lower() in listing:
        verb, deps = group.head, ("dobj", "attr")  # "those detained include X"
    elif (
        group.dep_ == "pobj"
        and group.head.lower_ == "among"
        and group.head.head.lemma_.lower() in listing
    ):
        verb, deps = group.head.head, ("nsubj", "nsubjpass", "attr")  # "among those killed was X"
    else:
        return []
    return [a for c in verb.children if c.dep_ in deps for a in actors_at(c)]
