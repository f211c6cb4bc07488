"""What a request asks for: the act it asks of another is part of the request, not an event of its
own ("urged Russia to withdraw", "demanded the release of the crew", "called for the withdrawal of
troops"), as PLOVER codes the act asked for as what the request is about."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, Trigger

#: Tags of a verb in a tense (past, third-person present): it tells what happens, not what is asked.
_TENSED = ("VBD", "VBZ")


def tensed(tok: Token) -> bool:
    """A verb in a tense of its own happened or happens ("demanded ..., and the envoy was summoned"),
    unlike what is asked for ("urged X to leave", "demanded that X leave")."""
    auxes = (c for c in tok.children if c.dep_ in ("aux", "auxpass"))
    return any(t.tag_ in _TENSED for t in (tok, *auxes))


#: Dependencies of a clause that says what is needed ("it is vital that ...", "... for X to ...").
_CLAUSES = ("ccomp", "xcomp", "advcl", "csubj")


def _told_clause(c: Token) -> bool:
    """A "that" clause, a "to" infinitive (also "for X to"), or a clause with a subject of its own."""
    return c.pos_ in ("VERB", "AUX") and any(
        k.dep_ == "mark" and k.lower_ in ("that", "for") or k.dep_ == "aux" and k.lower_ == "to"
        or k.dep_ in ("nsubj", "nsubjpass") and k.i < c.i
        for k in c.children
    )


def clause_subject(clause: Token) -> Token | None:
    """The subject of a clause, before its verb ("that *Hamas* release", "for *X* to talk")."""
    subjects = (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < clause.i)
    return next(subjects, None)


def necessity_clause(word: Token, resolve: Collection[str] = ()) -> Token | None:
    """The clause a word of necessity says is needed, said of no one: a predicate adjective of "it"
    ("it is vital that X withdraw", "it is essential for X to talk") or a noun of "there is" ("there
    is an urgent need to stop the bloodshed"). None where it is said of something else ("X is vital
    to Y", "in need of aid"), denied ("it is not necessary to"), a past need told as such, not
    reported ("it was vital for the army to hold the bridge"; "X said it was vital for Y to ..." is X's
    demand), asked of no one ("it is essential that there be accountability") or the need is the
    speaker's own resolve (``resolve``: "it is vital that we stand with our allies")."""
    be = word.head
    if be.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in be.children):
        return None
    if be.tag_ == "VBD" and be.dep_ != "ccomp":
        return None  # "it was vital for the army to hold the bridge": told of the past, not reported
    said_of = {c.lower_ for c in be.children if c.dep_ in ("nsubj", "expl")}
    if word.dep_ == "acomp" and "it" in said_of:
        found = [c for c in (*word.children, *be.children) if c.dep_ in _CLAUSES and c.i > word.i]
    elif word.dep_ == "attr" and word.pos_ == "NOUN" and "there" in said_of:
        found = [c for c in word.children if c.dep_ in ("acl", "advcl", "relcl")]
    else:
        return None
    clause = next((c for c in found if _told_clause(c)), None)
    subject = clause_subject(clause) if clause is not None else None
    if subject is not None and (subject.lower_ in resolve or subject.dep_ == "expl"):
        return None  # "that there be accountability": nobody is told
    return clause


def asked_to_say(tok: Token, spec: Trigger, positions: dict[int, Trigger], lex: Lexicon) -> Token | None:
    """The demand word whose "that" clause holds a statement word: what someone is told they must say
    is not said ("leaders should make clear that violence is unacceptable": no accusation yet)."""
    if not spec.plover or not lex.rules(spec.plover).speech_act:
        return None
    clause = tok
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    asker = positions.get(clause.head.i) if clause.dep_ == "ccomp" else None
    return clause.head if asker is not None and asker.modal else None


def sides_named(subject: Token, people: Collection[str], preps: Collection[str]) -> list[Token]:
    """The words that name the side of a subject that is a noun of people acting for one ("all
    political leaders *in Egypt*", "officials *of the regime*"); [] for any other subject ("the
    safety of UN staff")."""
    if subject.lemma_.lower() not in people and subject.lower_ not in people:
        return []
    return [p for c in subject.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def obligated(obj: Token, lex: Lexicon) -> list[Token]:
    """The subjects of what a noun of need says is needed of them ("the need for Russia to withdraw",
    "the importance of Iran halting its enrichment"), for the noun and the nouns joined to it."""
    nouns = [obj] + [c for c in obj.children if c.dep_ == "conj"]
    out = []
    for n in nouns:
        if n.lemma_.lower() not in lex.want_nouns:
            continue
        clauses = [c for c in n.children if c.dep_ in ("acl", "advcl", "relcl") and _told_clause(c)]
        clauses += [g for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        out += [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i]
    return out


def asked_for(tok: Token, asker: Token, spec: Trigger, positions: dict[int, Trigger], lex: Lexicon) -> bool:
    """The event word ``tok`` names what the request word ``asker`` asks for. Reached only through
    the request's own prepositions, not through another verb ("urged Russia to end its attacks": the
    attacks happened) nor "after the attack"; an order obeyed and a meeting asked for (a meeting
    proposed, "called for talks") stay events of their own."""
    asker_spec = positions[asker.i]
    if not lex.rules(asker_spec.plover).asks_for or asker_spec.orders:
        return False
    clause = necessity_clause(asker, lex.resolve_subjects) if asker_spec.impersonal else None
    if lex.rules(spec.plover).talks or tok.dep_ == "advcl" and tok != clause or tensed(tok):
        return False
    if tok == clause:
        return True  # "it is vital that X release them": the release is what is asked
    below, cur = tok, tok.head
    while cur.i != asker.i:
        if cur == clause:
            return True
        # "called for the release of ...", "reminded X of its obligations to protect ..."
        if cur.lower_ not in lex.asks_for_preps and cur.lemma_.lower() not in asker_spec.object:
            return False
        if cur.head.i == cur.i:
            return False
        below, cur = cur, cur.head
    # "stressed their support for X and the need for Y": of a word that asks through its listed
    # object, only what hangs from that object is asked for
    listed = below.lemma_.lower() in asker_spec.object or below.lower_ in lex.asks_for_preps
    return not asker_spec.object or listed


def asked_with(tok: Token, spec: Trigger, positions: dict[int, Trigger], lex: Lexicon) -> Token | None:
    """The request word that asks for the verb ``tok`` is joined to: a verb joined to what is asked
    is asked too ("urged Iran to stop the attacks and withdraw its forces", "demanded that the junta
    halt the raids and release the detainees"); not one in a tense of its own ("urged X to leave, and
    X withdrew"), one joined to what is no request ("X halted the raids and released them"), nor a
    request joined to one ("we urge all states to condemn it and call on X to stop": two calls)."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tensed(tok):
        return None
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.pos_ not in ("VERB", "AUX"):
        return None
    cur = first
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj"):
            return None
        cur = cur.head
        asker = positions.get(cur.i)
        if asker is not None:
            if asker.plover == spec.plover:
                return None  # "urge all states to condemn it and call on X to ...": a call of its own
            return cur if asked_for(first, cur, spec, positions, lex) else None
    return None
