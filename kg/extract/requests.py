"""What a request asks for: the act it asks of another is part of the request, not an event of its
own ("urged Russia to withdraw", "demanded the release of the crew", "called for the withdrawal of
troops"), as PLOVER codes the act asked for as what the request is about."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, Trigger

#: Tags of a verb in a tense (past, third-person present): it tells what happens, not what is asked.
_TENSED = ("VBD", "VBZ")


def tensed(tok: Token) -> bool:
    """A verb in a tense of its own happened or happens ("demanded ..., and the envoy was summoned"),
    unlike what is asked for ("urged X to leave", "demanded that X leave")."""
    auxes = (c for c in tok.children if c.dep_ in ("aux", "auxpass"))
    return any(t.tag_ in _TENSED for t in (tok, *auxes))


def asked_for(tok: Token, asker: Token, spec: Trigger, positions: dict[int, Trigger], lex: Lexicon) -> bool:
    """The event word ``tok`` names what the request word ``asker`` asks for. Reached only through
    the request's own prepositions, not through another verb ("urged Russia to end its attacks": the
    attacks happened) nor "after the attack"; an order obeyed and a meeting asked for (a meeting
    proposed, "called for talks") stay events of their own."""
    asker_spec = positions[asker.i]
    if not lex.rules(asker_spec.plover).asks_for or asker_spec.orders:
        return False
    if lex.rules(spec.plover).talks or tok.dep_ == "advcl" or tensed(tok):
        return False
    cur = tok.head
    while cur.i != asker.i:
        if cur.lower_ not in lex.asks_for_preps:
            return False
        cur = cur.head
    return True
