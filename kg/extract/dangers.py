"""A danger is no threat: a verb of threatening whose subject is a thing ("any further escalation will
threaten to spread the conflict", "the crisis could threaten the stability of the region") tells of a
risk, and no actor threatens anyone. A verb whose subject suffers what is threatened is no danger told
("such provocations will bear consequences"): the one who says it warns whoever would do them. A
warning told to no one, of a state of things ("warned that millions are on the brink of famine",
``warned_state``), names a danger too."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import DocState, Draft


def names_a_party(state: DocState, subj: Token) -> bool:
    """The subject names a party: a name, a pronoun, a noun of a kind of party ("the army", "rebels"),
    or a thing a party owns or names ("Russia's actions", "Iranian missiles")."""
    lang = state.lang
    if subj.pos_ != "NOUN" or state.index.at(subj) is not None:
        return True
    lemma = subj.lemma_.lower()
    if lemma in lang.parties or subj.lower_ in lang.parties:
        return True
    w = lang.words
    words = (
        w.people_words | w.party_words | w.group_nouns | w.group_heads | w.armed_group_nouns
        | w.institution_words | lang.roles.collectives | lang.roles.state_agents
    )
    if lemma in words or subj.lower_ in words:
        return True
    return any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and (state.index.at(c) is not None or c.pos_ == "PRON")
        or c.dep_ == "prep" and c.lower_ == "by"
        for c in subj.children
    )


def is_danger(state: DocState, d: Draft) -> bool:
    """The draft is a threat told by a verb whose subject is a thing, not a party."""
    if not (d.is_verb and state.lang.lexicon.rules(d.plover).promised_harm) or d.adopted is not None:
        return False
    if d.spec.undergoes:
        return False  # "such actions will bear repercussions": whoever does them is warned
    tok = state.doc[d.token]
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and not names_a_party(state, subj)


def warned_state(state: DocState, d: Draft) -> bool:
    """The draft is a warning told to no party, whose clause says how things are, with no deed and
    nothing still to come ("the UN warns that 5 million Sudanese are on the brink of famine"): a danger
    told, not a threat ("warned that it would respond", "warned Peru that ..." are threats)."""
    if not (d.is_verb and d.spec.needs_target and state.lang.lexicon.rules(d.plover).promised_harm):
        return False
    tok = state.doc[d.token]
    if tok.lemma_.lower() not in state.lang.lexicon.speech_verbs:
        return False  # "will not let them continue": no warning
    if any(c.dep_ in ("dobj", "dative", "prep") for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    triggers = {t.i for st in state.triggers for t, _ in st.triggers}
    aux = state.lang.modality.aux
    return bool(clauses) and not any(
        t.i in triggers or t.dep_ == "aux" and t.lower_ in aux for c in clauses for t in c.subtree
    )
