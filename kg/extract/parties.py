"""Events whose parties a sentence names only by what they are: "Police arrested 20 protesters in
the capital", "Gunmen attacked a checkpoint", "Israeli jets struck targets in Gaza". Sentence-level
event coders (PETRARCH and the PLOVER-coded sets) code these with the party's sector ("police",
"gunmen") where no country is named; so does this, as a last resort of the events pass: only for a
sentence that gives no event otherwise, in a text that names no actor outside it (elsewhere its
parties are most likely actors the text names, which this cannot tell), and only from the parse of
its event word (its subject or agent does it; its object, passive subject or target preposition's
object undergoes it). A named actor inside such a phrase ("Israeli jets": Israel) is taken before
the noun's kind."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agency import claiming_verb
from kg.extract.language import Language
from kg.extract.lexicon import Trigger
from kg.extract.senses import acts_as_verb
from kg.extract.state import DocState, Draft, SentenceTriggers
from kg.model import Mention

#: Words before a party noun that are part of what it is ("riot police", "security forces").
_MODIFIERS = ("compound", "amod")


def _named(state: DocState, phrase: Token) -> str | None:
    """The actor a phrase names: its head, or the name that owns it ("Israeli jets", "Sudan's army",
    "troops of Sudan"); not a place, a part of a word ("Liberia-flagged") or a name further in ("gunmen
    from an al-Qaida-linked group")."""
    words = [phrase] + [c for c in phrase.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    words += [p for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    for tok in words:
        m = state.index.at(tok)
        if m is None or m.locative or m.modifier or m.chars or m.how == "pronoun":
            continue
        if m.key not in state.index.media:
            return m.key
    return None


def _mint(state: DocState, label: str, kind: str, start: int, end: int) -> str:
    """A party actor of this document alone, with its mention over tokens ``[start, end)``."""
    key = state.own_actor(label, kind)
    state.index.add(start, end, key, "party")
    return key


def _people(state: DocState, head: Token) -> str | None:
    """The state of a plural demonym that names its people ("Iraqis protested", "Palestinians threw
    stones"), as sentence-level coders code it; None for any other word."""
    if head.tag_ not in ("NNPS", "NNS") or not head.text[:1].isupper() or head.dep_ == "compound":
        return None
    hit = state.gazetteer.lookup(head.text)
    if hit is None or hit[1] != "demonym" or hit[0].kind != "state":
        return None
    key = state.index.of_entry(hit[0])
    state.index.add(head.i, head.i + 1, key, "demonym")
    return key


def _party(state: DocState, head: Token) -> str | None:
    """The actor for a noun that names a kind of party ("the police", "20 protesters", "the
    minister"), or a pronoun that names no one ("he": an unnamed person), minted from its words; None
    for any other word."""
    if state.index.at(head) is not None:
        return None
    people = _people(state, head)
    if people is not None:
        return people
    unnamed = state.lang.party_pronouns.get(head.lower_) if head.pos_ == "PRON" else None
    if unnamed:
        return _mint(state, unnamed, unnamed.split()[-1], head.i, head.i + 1)
    if head.pos_ == "NUM" and head.ent_type_ in ("", "CARDINAL") and head.dep_ != "nummod":
        # "at least 32 were captured", "killed 12": a number alone counts people
        return _mint(state, state.lang.counted_people, "group", head.i, head.i + 1)
    kind = state.lang.parties.get(head.lemma_.lower()) or state.lang.parties.get(head.lower_)
    if kind is None and head.tag_ == "NNP" and head.lower_.endswith("s"):
        # "Rebels attacked": a plural the tagger took for a name
        kind = state.lang.parties.get(head.lower_[:-1])
    of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if kind in (None, "group") and of and of[0].dep_ == "pobj":
        # "dozens of protesters", "a group of gunmen": the party is what the number counts
        counted = _party(state, of[0])
        if counted is not None or kind is None:
            return counted
    if kind is None and head.lemma_.lower() in state.lang.words.statement_nouns:
        # "a foreign ministry statement", "an army spokesman": who issues it or for whom one speaks
        issuers = (c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i)
        return next((k for c in issuers for k in [_party(state, c)] if k), None)
    if kind is None:
        return None
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if kind == "person" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None  # "the Secretary of the Treasury": an office of a body, whose holder is not known
    start = head.i
    doc = state.doc
    while start > 1 and doc[start - 1].text == "-" and doc[start - 2].is_alpha:
        if doc[start - 2].whitespace_:
            break
        start -= 2  # "Secretary-General", "co-chair": one word
    while start > 0 and doc[start - 1].dep_ in _MODIFIERS and doc[start - 1].head.i == head.i:
        if not doc[start - 1].is_alpha or state.index.at(doc[start - 1]) is not None:
            break
        start -= 1
    label = " ".join(doc[start : head.i + 1].text.lower().split())
    key = _mint(state, label, kind, start, head.i + 1)
    if head.lower_ in state.lang.words.protester_nouns:
        state.index.unarmed.add(key)  # "the fighters" after "20 protesters" are not they
    return key


def _speaker(phrase: Token) -> Token | None:
    """The subject of the saying verb a pronoun's clause completes ("the army said it had repelled an
    attack", "police said they had arrested"): who the pronoun is; None for any other phrase."""
    clause = phrase.head
    if phrase.pos_ != "PRON" or phrase.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def _side(state: DocState, phrase: Token | None) -> list[str]:
    if phrase is None:
        return []
    speaker = _speaker(phrase)
    key = speaker is not None and (_named(state, speaker) or _party(state, speaker))
    key = key or _named(state, phrase) or _party(state, phrase)
    return [key] if key else []


def context_elsewhere(state: DocState, st: SentenceTriggers) -> bool:
    """The text names actors outside this sentence: its unnamed parties may be theirs."""
    return any(
        not st.span.start <= m.start < st.span.end and m.key not in state.index.media
        for m in state.index.mentions
    )


def _phrases(tok: Token, spec: Trigger, lang: Language) -> tuple[Token | None, list[Token]]:
    """The phrase that does the event and those that undergo it, as the parse of its word gives them."""
    light_verbs, object_control = lang.lexicon.light_verbs, lang.lexicon.object_control
    preps = set(spec.target_preps) | {"against", "on"} | ({"between"} if spec.symmetric else set())
    clause = tok
    measure = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    if not acts_as_verb(tok) and measure.dep_ == "dobj" and measure.head.lemma_.lower() in light_verbs:
        # "launched an attack on the convoy", "held four days of talks": who launches or holds it does it
        clause = measure.head
    elif not acts_as_verb(tok) and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in light_verbs:
        clause = tok.head.head  # "took to the streets": who took to them
    claimed = claiming_verb(tok, lang.roles)
    if claimed is not None:
        clause = claimed  # "gunmen claimed responsibility for the attack": who claims it did it
    light = clause
    agent = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if agent is not None and agent.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
        agent = clause.head  # "the militia that conducted the strikes": the militia
    for _ in range(3):
        # "looked forward to visiting", "agreed to work together", "met and discussed": the subject of
        # the verb it completes or is joined to
        if agent is not None or any(c.dep_ == "nsubjpass" for c in clause.children):
            break
        if clause.dep_ == "pcomp" and clause.head.dep_ == "prep":
            clause = clause.head.head
        elif clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        else:
            break
        if clause.lemma_.lower() in object_control:
            agent = next((c for c in clause.children if c.dep_ == "dobj"), None)  # "urged them to"
        agent = agent or next((c for c in clause.children if c.dep_ == "nsubj"), None)
    for c in tok.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and not acts_as_verb(tok):
            agent = next((p for p in c.children if p.dep_ == "pobj"), agent)
        elif c.dep_ == "poss" and agent is None:
            # "Council members repeated their call": the owner a pronoun names is the verb's subject
            own = c.pos_ == "PRON" and tok.dep_ == "dobj"
            agent = next((s for s in tok.head.children if s.dep_ == "nsubj"), c) if own else c
    undergo = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "granted an amnesty to 300 prisoners": the light verb's preposition names whom its noun is for
    heads = (tok,) if light.i == tok.i else (tok, light)
    for c in (c for h in heads for c in h.children):
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            undergo += [x for p in c.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)]
    return agent, undergo


def _draft(
    state: DocState, st: SentenceTriggers, tok: Token, spec: Trigger, span_of, source: list[str],
    target: list[str],
) -> Draft:
    participants = list(dict.fromkeys(source + target))
    if spec.symmetric:
        source, target = [], []
    start, end = span_of(tok, spec)
    mention = Mention(start, end, state.doc.text[start:end], st.sentence.index)
    return Draft.of(spec, mention, st.sentence, tok.i, participants, source, target, acts_as_verb(tok))


def _party_sources(state: DocState, st: SentenceTriggers, drafts: list[Draft]) -> None:
    """In a sentence alone, a directed event whose parse names no doer takes the party its event
    word's subject names by what it is ("Insurgents attacked a checkpoint in Baghdad": insurgents).
    For ``complete``, which has found that no actor is named outside the sentence."""
    for d in drafts:
        if d.source or d.spec.symmetric:
            continue
        agent, _ = _phrases(state.doc[d.token], d.spec, state.lang)
        source = [k for k in _side(state, agent) if k not in d.target and k not in state.index.media]
        if source:
            d.source, d.participants = source, list(dict.fromkeys(source + d.participants))


def _unnamed(state: DocState) -> str:
    """The actor for the parties of an event the text tells of without naming anyone."""
    return state.own_actor(state.lang.unnamed_parties, "group")


def _parsed(state: DocState, st: SentenceTriggers, tok: Token, spec: Trigger, span_of) -> Draft | None:
    """The event of one event word with the parties its phrases name (by name, else by what they
    are), or None (and no party minted)."""
    lex = state.lang.lexicon
    index = state.index
    positions = {t.i for t, _ in st.triggers}
    kept = (len(index.mentions), dict(index.by_token), set(index.actors))
    agent, undergo = _phrases(tok, spec, state.lang)
    # a name for the doer itself ("Germany executed its plan"); a party a name qualifies does a
    # deed to what its object names ("Russian drones struck a power plant", "Somali pirates
    # hijacked a tanker"), but protects no one with it ("British jets will protect the skies")
    named = agent is not None and (
        state.index.at(agent) is not None
        or not lex.rules(spec.plover).deed and _named(state, agent) is not None
    )
    source = _side(state, agent)
    target = [k for p in undergo for k in _side(state, p) if k not in source][:2]
    # a word that needs someone it is aimed at is aimed at what its preposition names ("gunmen shot
    # at a convoy") or, done by a party the text names only by what it is, at what its object names
    # ("authorities banned all gatherings"); a named actor's object may be no target ("Germany
    # executed its plan")
    aimed = [p for p in undergo if p.ent_type_ not in ("DATE", "TIME")
             and (p.dep_ == "pobj" or not named)]
    # "marched to demand new elections": what it is for shows the march is one
    purposed = any(c.dep_ in ("advcl", "xcomp") and c.i in positions for c in tok.children)
    missing = spec.needs_target and not target and not (source and (aimed or purposed))
    unowned = not source and lex.rules(spec.plover).agent_needed and not acts_as_verb(tok)
    # a verb of the PETRARCH breadth list names a deed only, with one side named ("a suicide bomber
    # blew himself up"); its other senses are too common to code without both sides
    vague = spec.breadth and not (lex.rules(spec.plover).deed and (source or target))
    if (source or target) and not missing and not unowned and not vague:  # unowned: "the need for aid"
        return _draft(state, st, tok, spec, span_of, source, target)
    del index.mentions[kept[0] :]  # the parties minted for a word that names no event here
    index.by_token = kept[1]
    for key in set(index.actors) - kept[2]:
        del index.actors[key]
    return None


def _party_deed(state: DocState, tok: Token, spec: Trigger) -> bool:
    """A deed told by a verb whose doer is named only by what it is ("the army killed 40 insurgents"):
    a named doer's deed the parse left out was left out for a reason."""
    lex = state.lang.lexicon
    if not (acts_as_verb(tok) and lex.rules(spec.plover).deed) or spec.breadth:
        return False
    agent, _ = _phrases(tok, spec, state.lang)
    return agent is not None and state.index.at(agent) is None and _named(state, agent) is None


def named_inside(m, found) -> bool:
    """A state named beside, inside the name of its agency or of a group it backs ("Iran" in "Iran-backed
    militias", "Kenya" in "the Kenya Defence Forces"): part of another name found, no party of its own."""
    return m.beside and any(o is not m and o.start <= m.start and m.end <= o.end for o in found)


def complete(
    state: DocState, st: SentenceTriggers, drafts: list[Draft], undrafted, span_of, backoff
) -> list[Draft]:
    """A sentence's events: those its parse gave (``drafts``), else the sentence-level ``backoff()``.
    A sentence that a text names no actor outside of is completed with the parties its words name
    only by what they are: its one event where it gives none otherwise (``_party_draft``), the events
    of its event words the parse gave no named party (``undrafted``: "the army said it killed 60
    fighters"), and the doers of events whose parse names none (``_party_sources``)."""
    alone = not context_elsewhere(state, st)
    if not drafts:
        found = backoff() or (_party_draft(state, st, span_of) if alone else None)
        drafts = [found] if found is not None else []
    elif alone:
        drafts += [
            d
            for tok, spec in undrafted
            if _party_deed(state, tok, spec) and (d := _parsed(state, st, tok, spec, span_of)) is not None
        ]
    if alone:
        _party_sources(state, st, drafts)
    return drafts


def _party_draft(state: DocState, st: SentenceTriggers, span_of) -> Draft | None:
    """The event of a sentence that gives none otherwise, with the parties its event word's phrases
    name (by name, else by what they are), or None. ``span_of(tok, spec)`` gives the trigger's span.
    An event noun the sentence is about ("The fighting continued", "the talks ended") with no one
    named at all is an event of unnamed parties. For ``complete``, which has found that no actor is
    named outside the sentence."""
    lex = state.lang.lexicon
    usable = sorted(st.triggers, key=lambda x: (len(list(x[0].ancestors)), x[0].i))
    for tok, spec in usable:
        found = _parsed(state, st, tok, spec, span_of)
        if found is not None:
            return found
    for tok, spec in usable:
        rules = lex.rules(spec.plover)
        if (
            not spec.breadth
            and not acts_as_verb(tok)
            and tok.dep_ in ("nsubj", "nsubjpass", "attr", "ROOT")
            and not spec.needs_target
            and (rules.deed or not rules.agent_needed)
        ):
            return _draft(state, st, tok, spec, span_of, [], [_unnamed(state)])
    return _main_event(state, st, usable[:1], span_of)


def _names_a_party(state: DocState, st: SentenceTriggers) -> bool:
    """The sentence names some political actor: by name, by what it is ("police", "the minister"), by
    its people ("Serbians"), as a pronoun ("they") or as a pair ("both sides")."""
    lang, span = state.lang, st.span
    words = [t.lower_ for t in span]
    return (
        any(span.start <= m.start < span.end and m.key not in state.index.media for m in state.index.mentions)
        or any(t.lemma_.lower() in lang.parties or t.lower_ in lang.party_pronouns for t in st.span)
        or any(words[i : i + len(p)] == list(p) for p in lang.roles.pairs for i in range(len(words)))
    )


def _main_event(state: DocState, st: SentenceTriggers, main, span_of) -> Draft | None:
    """A sentence that names a political actor reports its main event word's event even where the
    parse gives it no party ("they came under attack", "both sides suffered losses in the fighting"):
    one of unnamed parties. Not a word that is an event only when aimed at someone, nor one that
    needs a doer and is no verb."""
    if not _names_a_party(state, st):
        return None
    for tok, spec in main:
        rules = state.lang.lexicon.rules(spec.plover)
        ownerless = not acts_as_verb(tok) and rules.agent_needed and not rules.deed
        if spec.breadth or spec.needs_target or ownerless:
            continue
        return _draft(state, st, tok, spec, span_of, [], [_unnamed(state)])
    return None
