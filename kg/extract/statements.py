"""Statements coded by what they do: a statement that says something damning of another actor is an
accusation of that actor, whatever verb reports it ("the Foreign Secretary said the Russian
government had lied", "the United States called Russia's decision alarming", and in an official
statement its own sentence "The regime is denying the people their rights"). The damning words are
``blame_words`` in ontology/triggers.yaml. A claim called one of the ``denial_words`` ("called the
allegations baseless") is denied instead: a refusal, not an accusation."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.attributions import attributions, untold_deeds
from kg.extract.lexicon import Lexicon, Trigger
from kg.extract.parties import context_elsewhere
from kg.extract.reference import uniq
from kg.extract.state import Draft, SentenceTriggers
from kg.model import Mention
from kg.plover import plover_scheme


def damning_word(t: Token, blame: frozenset[str]) -> bool:
    """The word (its lemma or its form) is one of the words ``blame``."""
    return t.lemma_.lower() in blame or t.lower_ in blame


def damning(clause: Token, blame: frozenset[str]) -> bool:
    """Some word of ``clause`` is one of the words ``blame``."""
    return any(damning_word(t, blame) for t in clause.subtree)


def judging(st: SentenceTriggers, clause: Token, blame: frozenset[str], scope: Token | None = None) -> bool:
    """Some word of ``clause`` is one of ``blame`` and says something of whom the clause speaks of: its
    head, or a word below it that does not only tell what a hostile deed of the clause was done to
    ("Israel struck terrorist targets", "would strike at the terrorist infrastructure": the strike is
    told, not a judgement). The deed's verb is looked for up to ``scope`` (the clause by default)."""
    if damning_word(clause, blame):
        return True
    scope = clause if scope is None else scope
    for t in clause.subtree:
        if t.i == clause.i or not damning_word(t, blame):
            continue
        verb = next((h for h in t.ancestors if h.pos_ == "VERB" and (h.i == scope.i or scope in h.ancestors)),
                    None)
        spec = st.positions.get(verb.i) if verb is not None else None
        deed_word = t.head.i in st.positions  # "an unprovoked attack": the deed itself is judged
        hostile = spec is not None and plover_scheme().sign(spec.plover) < 0
        below = [h for h in (t, *t.ancestors) if h.i != verb.i and verb in h.ancestors] if hostile else []
        told = hostile and not deed_word and not any(h.dep_ in ("nsubj", "nsubjpass") for h in below)
        if not told:
            return True
    return False


def _accused(ds, clause: Token) -> list[str]:
    """Whom a clause speaks of: its subject, the owner of its subject ("Russia's actions"), or whoever
    its subject says made it ("the vote organised by X", "the election won by X")."""
    found: list[str] = []
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            found += (
                ds.actors_at(c)
                or [a for p in c.children if p.dep_ == "poss" for a in ds.actors_at(p)]
                or [a for p in _makers(c) for a in ds.actors_at(p)]
            )
    return found


def _makers(noun: Token) -> list[Token]:
    """The agents of a participle that says who made the thing ``noun`` names ("the referendum
    organised by Russia", "the election won by the party")."""
    return [
        p
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for g in c.children
        if g.dep_ == "agent"
        for p in g.children
        if p.dep_ == "pobj"
    ]


def blame_draft(
    ds,
    st: SentenceTriggers,
    verb: Token,
    source: list[str],
    target: list[str],
    speaker_named: bool = True,
    flag: str = "blame",
    target_needed: bool = True,
) -> Draft | None:
    """A draft of a statement's accusation (or, with ``flag`` "refusal", its denial) by ``verb``."""
    source = uniq(source)
    target = [k for k in uniq(target) if k not in source and k not in ds.index.media]
    blame = flag == "blame"
    if blame and target_needed and not target or speaker_named and not source:
        return None
    plover = ds.lex.type_with(flag)
    spec = Trigger(
        lemma=verb.lemma_.lower(),
        plover=plover,
        cameo=plover_scheme().root_of(plover) + ("2" if blame else "0"),
        event_class="Accusation" if blame else "Rejection",
    )
    trigger = Mention(verb.idx, verb.idx + len(verb.text), verb.text, st.sentence.index)
    return Draft.of(spec, trigger, st.sentence, verb.i, uniq(source + target), source, target, True)


#: Dependencies of a main clause's words that say what its subject is or does ("are unacceptable",
#: "an unacceptable violation", "lied").
_PREDICATE = ("acomp", "attr", "oprd", "dobj", "xcomp")


def _stated(ds, st: SentenceTriggers) -> Draft | None:
    """A text that is one statement, naming no one who makes it ("Russia's attacks are deeply
    irresponsible", "The regime is denying its people their rights"): what its main clause says of a
    named actor accuses that actor, its speaker unnamed (no source)."""
    root = st.span.root
    if root.pos_ not in ("VERB", "AUX") or context_elsewhere(ds.state, st):
        return None
    lemma = root.lemma_.lower()
    if lemma in ds.lex.naming_verbs or lemma in ds.lex.topic_verbs or lemma in ds.lex.speech_verbs:
        # "X called the launch unacceptable", "X and Y discussed the threat posed by Z": the subject
        # speaks, it is not spoken of (kg.extract.judgements)
        return None
    blame = ds.lex.blame_words
    said = [c for c in root.children if c.dep_ in _PREDICATE]
    if not (root.lemma_.lower() in blame or any(judging(st, c, blame, root) for c in said)):
        return None
    target = _accused(ds, root)
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):  # "the offensives by M23 are a violation"
            target += [a for p in c.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                       for a in ds.actors_at(o)]
    word = next((t for t in root.subtree if t.lemma_.lower() in blame or t.lower_ in blame), root)
    return blame_draft(ds, st, word, [], target, speaker_named=False)


#: Dependencies of a naming verb's words that say nothing of its object.
_NOT_SAID = ("nsubj", "nsubjpass", "aux", "neg", "punct", "cc", "conj")


def _denial(ds, st: SentenceTriggers, verb: Token) -> tuple[Draft, list[Token]] | None:
    """ "called the allegations baseless", "described the reports as false": the speaker rejects the
    claim, and whoever made it ("Russia's claims", "the accusations by Baku") is its target. With the
    draft, the claim words it judges."""
    lex = ds.lex
    if verb.lemma_.lower() in lex.speech_verbs:
        claims, said = _claims_judged(verb, lex)
    elif verb.lemma_.lower() in lex.naming_verbs:
        claims = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in lex.claim_nouns]
        said = [c for c in verb.children if c.dep_ not in _NOT_SAID]
    else:
        return None
    if not claims or not any(damning(c, lex.denial_words) for c in said):
        return None
    makers: list[str] = []
    for c in (c for o in claims for c in o.children):
        if c.dep_ == "poss":
            makers += ds.actors_at(c)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            makers += [a for g in c.children for a in ds.actors_at(g)]
    draft = blame_draft(ds, st, verb, ds.subjects(verb), makers, flag="refusal")
    return None if draft is None else (draft, claims)


def _claims_judged(verb: Token, lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """The claims a verb of saying's reported clause judges by "be", and the words it judges them by:
    "said the claims were false", "says the allegations are baseless" deny the claims as a naming verb
    does ("called the claims false"); "said the report was accurate" judges them by no word of denial."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "said the claims were not false"
        claims = [s for s in clause.children if s.dep_ == "nsubj" and s.lemma_.lower() in lex.claim_nouns]
        said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if claims and said:
            return claims, said
    return [], []


def deny_claims(ds, st: SentenceTriggers, drafts: list[Draft]) -> list[Draft]:
    """The drafts of a sentence with its denials by description: a denied claim is no event of its own."""
    out = list(drafts)
    for verb in st.span:
        if verb.pos_ != "VERB":
            continue
        found = _denial(ds, st, verb)
        if found is None:
            continue
        denial, judged = found
        claims = {o.i for o in verb.children if o.dep_ == "dobj"} | {o.i for o in judged}
        out = [d for d in out if d.token not in claims and d.token != verb.i] + [denial]
    return sorted(out, key=lambda d: d.token)


def implied_accusations(ds, st: SentenceTriggers, drafts: list[Draft]) -> list[Draft]:
    """Accusations the sentence makes by what its statements say, beside the ones its event words name
    (a naming verb's, "called Russia's decision alarming", is drafted by ``kg.extract.judgements``)."""
    lex = ds.lex
    blame_type = lex.type_with("blame")
    have = {k for d in drafts if d.plover == blame_type for k in d.source}
    denied = {d.token for d in drafts if d.plover == lex.type_with("refusal")}
    out: list[Draft] = []
    for verb in st.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.speech_verbs or verb.i in denied:
            continue  # ("said the allegations were baseless": a denial, kg.extract.statements._denial)
        target = [
            a
            for clause in verb.children
            if clause.dep_ == "ccomp" and judging(st, clause, lex.blame_words)
            for a in _accused(ds, clause)
        ]
        if not target:
            continue
        source = ds.subjects(verb)
        if set(source) & have:
            continue
        d = blame_draft(ds, st, verb, source, target)
        if d is not None:
            out.append(d)
            have.update(d.source)
    if not out and not any(d.plover in (blame_type, lex.type_with("refusal")) for d in drafts):
        out += [d for d in [_stated(ds, st)] if d is not None]
    return out + _attributed(ds, st, drafts + out)


def _attributed(ds, st: SentenceTriggers, drafts: list[Draft]) -> list[Draft]:
    """Accusations by reported attributions of hostile deeds ("said the attack was carried out by X"),
    with each attributed deed no draft tells (kg.extract.attributions)."""
    blame_type = ds.lex.type_with("blame")
    have = {(s, k) for d in drafts if d.plover == blame_type for s in d.source for k in d.target}
    out: list[Draft] = []
    for a in attributions(ds, st):
        if any((s, k) in have for s in a.source for k in a.target):
            continue  # the accusation is told already
        d = blame_draft(ds, st, a.verb, a.source, a.target)
        if d is not None:
            have.update((s, k) for s in d.source for k in d.target)
            out += [d, *untold_deeds(ds, st, a, drafts + out)]
    return out


def adopt(d: Draft, what: Trigger, lex: Lexicon) -> None:
    """A promise takes the type of what is promised ("pledged aid" is an AID event, planned); a
    promise of harm is a threat ("vowed to retaliate", "pledged to crush the rebels")."""
    if plover_scheme().sign(what.plover) < 0:
        harm = lex.type_with("promised_harm")
        what = replace(
            what, plover=harm, cameo=plover_scheme().root_of(harm), event_class="Threat", mode=None
        )
    d.plover, d.cameo, d.event_class, d.mode = what.plover, what.cameo, what.event_class, what.mode
    d.adopted = what
    if what.symmetric:
        d.participants, d.source, d.target = uniq(d.source + d.participants + d.target), [], []
