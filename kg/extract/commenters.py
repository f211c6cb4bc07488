"""Who only speaks of a deed: the subject of a verb of saying that reports the event word ("..., the
minister said"), or of a statement that comments on it ("X condemns the attack", "welcomed the
offensive"), or whose statement or headline speaks of it ("Council Press Statement on Attack in X",
"Council Condemns Attack on Base"). Such a speaker is no agent of the deed unless the deed's own
phrase names them."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, Trigger
from kg.extract.senses import verb_forms

_NAME_PARTS = ("appos", "compound")


def _clause_subject(tok: Token) -> Token:
    """The subject word a name belongs to ("spokesman X said": "X" hangs on "spokesman")."""
    while tok.dep_ in _NAME_PARTS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def comments_on(
    subj: Token, tok: Token, positions: Mapping[int, Trigger], lex: Lexicon, owning: frozenset[str]
) -> bool:
    """The name ``subj`` is the subject of a verb that reports or comments on the event word ``tok``
    ("the strikes were ordered ..., the minister said"; "X condemned the attack on Y")."""
    subj = _clause_subject(subj)
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.i == tok.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma in lex.speech_verbs:
        if verb.dep_ == "parataxis":  # "..., the minister said."
            return verb.head.i == tok.i or verb.head in tok.ancestors
        return any(
            c.dep_ in ("ccomp", "parataxis") and (c.i == tok.i or c in tok.ancestors) for c in verb.children
        )
    spec, deed = positions.get(verb.i), positions.get(tok.i)
    if spec is None or deed is None or lemma in owning:
        return False
    return (
        lex.rules(spec.plover).speech_act
        and lex.rules(deed.plover).deed
        and not deed.symmetric
        and any(c.dep_ == "dobj" and (c.i == tok.i or c in tok.ancestors) for c in verb.children)
    )


def _speaks(
    w: Token, positions: Mapping[int, Trigger], lex: Lexicon, statement_nouns: frozenset[str]
) -> bool:
    """A word of speaking parsed as a name or noun: a statement ("Press Statement", "spokesperson"),
    a speech act's noun ("condemnation") or a headline's verb the tagger took for a name
    ("Condemns")."""
    if w.pos_ not in ("NOUN", "PROPN"):
        return False
    if w.lower_ in statement_nouns or w.lemma_.lower() in statement_nouns:
        return True
    spec = positions.get(w.i)
    if spec is not None:
        return lex.rules(spec.plover).speech_act
    return (
        w.pos_ == "PROPN"
        and w.text[:1].isupper()
        and any(lex.rules(t.plover).speech_act for f in verb_forms(w.text) for t in lex.candidates(f))
    )


def _voices(name: Token, w: Token) -> bool:
    """The name is whose words ``w`` are: named before them ("the Council's statement on ...",
    "Council Press Statement on ...") or after them with "of", "for", "by" or "from" ("a statement by
    the Council", "the Spokesperson for the Secretary-General"); not a place or party the statement is
    about ("a report on the situation in Ukraine")."""
    if name.i < w.i:
        return True
    tok = name
    while tok.dep_ in _NAME_PARTS and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    owner = prep.head.head if prep.head.dep_ == "acl" else prep.head  # "a statement issued by X"
    return tok.dep_ == "pobj" and prep.lower_ in ("of", "for", "by", "from") and owner.i == w.i


def _reacts(name: Token, w: Token, reactions: frozenset[str]) -> bool:
    """``w`` is a word of feeling whose bearer is the name: its subject or owner ("X is alarmed by",
    "X's concern about"), or the name it qualifies ("the UN chief, alarmed at ...")."""
    if not (w.lower_ in reactions or w.lemma_.lower() in reactions):
        return False
    head = _clause_subject(name)
    if head.head.i == w.i and head.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if w.head.i == head.i and w.dep_ in ("acl", "amod", "relcl", "appos"):
        return True
    return w.dep_ == "acomp" and head.dep_ == "nsubj" and head.head.i == w.head.i


def speaks_of(
    name: Token,
    deed: Token,
    positions: Mapping[int, Trigger],
    lex: Lexicon,
    statement_nouns: frozenset[str],
    owning: frozenset[str],
    reactions: frozenset[str] = frozenset(),
) -> bool:
    """The name is of one who only speaks of the deed word: a statement, a speech act or a word of
    feeling the name bears stands between them in the parse ("Security Council Press Statement on
    Attack in X", "X's condemnation of the attack on Y", "X alarmed at assault on Y"), or, in a
    title-case headline parsed as one long name, between them in the text ("Council Condemns Attack
    on Base")."""
    above = [name, *name.ancestors]
    deed_line = [deed, *deed.ancestors]
    joint = next((t for t in above if t in deed_line), None)
    if joint is None:
        return False
    path = above[1 : above.index(joint)] + deed_line[1 : deed_line.index(joint)]
    if joint not in (name, deed):
        path.append(joint)
    if any(w.lemma_.lower() in owning for w in path):
        return False  # "X's spokesman claimed responsibility for the attack": X's own
    if any(_speaks(w, positions, lex, statement_nouns) and _voices(name, w) for w in path):
        return True
    if any(_reacts(name, w, reactions) for w in path):
        return True
    head = name
    while head.dep_ in _NAME_PARTS and head.head.i not in (head.i, deed.i):
        head = head.head
    return head.head.i == deed.i and any(
        t.dep_ == "compound" and t.head.i == deed.i and _speaks(t, positions, lex, statement_nouns)
        for t in name.doc[head.i + 1 : deed.i]
    )


def issues_title_statement(name: Token, deed: Token, statement_nouns: frozenset[str]) -> bool:
    """The name is the issuer of the statement a title heads and the deed what the statement is on:
    both hang, with no verb between, from a statement noun that heads the sentence, the name not
    inside the deed's own phrase ("Statement attributable to the Spokesman for X on the attack in Y",
    "Statement by the Prime Minister on the bombing")."""
    root = name.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.lemma_.lower() not in statement_nouns:
        return False
    if deed in name.ancestors or name in deed.ancestors:
        return False
    return all(
        root in chain and not any(t.pos_ in ("VERB", "AUX") for t in chain)
        for chain in ([name, *name.ancestors], [deed, *deed.ancestors])
    )


def only_speaks_of(index, key: str, deed: Token, positions: Mapping[int, Trigger], lang) -> bool:
    """Every mention of the actor in the deed's sentence is of one who only speaks of it (``speaks_of``);
    False where the sentence does not name the actor."""
    sent, doc, nouns = deed.sent, deed.doc, lang.words.statement_nouns
    here = [m for m in index.mentions if m.key == key and sent.start <= m.start < sent.end]
    return bool(here) and all(
        speaks_of(
            doc[m.start : m.end].root,
            deed,
            positions,
            lang.lexicon,
            nouns,
            lang.roles.owning_speech_verbs,
            lang.words.reaction_words,
        )
        for m in here
    )
