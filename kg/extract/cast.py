"""The actors an extraction lists: those that take part in an event or are named as political
actors (not only as places, titles of people or pronouns), each with every mention of it. The last
extraction pass but one."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.senses import prep_head
from kg.extract.state import ActorMention, DocState
from kg.model import Mention

#: Dependencies of a name that make it a party to what the sentence says, not a place or a label.
_AGENTIVE = {"nsubj", "nsubjpass", "dobj", "dative", "iobj", "agent", "poss", "appos"}


def _as_actor(state: DocState, m: ActorMention, span: Span) -> bool:
    """A mention that names a political actor: not a place (a body named by its name is none, "at the
    G7", "in NATO"), a label, a pronoun or a description (a party named by what it is, "Arab
    ministers", is one only where an event holds it); a person known only by one word the gazetteer
    does not know is one only where it holds an office ("President Kagame"), acts, is acted on, or
    speaks ("Kagame said", "met Kagame"), not where the word may name a place or a thing ("in
    Ganja")."""
    if m.modifier and _on_a_decision(state, span):
        return True  # "Security Council resolution 2669": the body that adopted it is named as such
    if m.modifier and (m.titled or _of_a_person(state, span)):
        # "President Macron of France", "U.S. Ambassador to the UN X": the state the person acts for, or
        # the body they are posted to, is named as such
        return True
    actor = state.index.actors[m.key]
    if m.modifier and actor.kind == "igo" and m.how in ("name", "ner") and _on_a_person(state, span):
        return True  # "UN Secretary-General Guterres", "the UN chief": the body the office belongs to
    # a body named by its name is no place, also where a place would stand ("at the G7", "in NATO")
    located = m.locative and not (actor.kind in ("igo", "group") and m.how in ("name", "ner"))
    if located or m.modifier or m.how in ("pronoun", "group") or m.key in state.index.media:
        return False
    words = state.lang.roles.state_agents | state.lang.roles.collectives
    if actor.kind != "person" and _on_a_thing(state, span, words, actor.kind == "state"):
        return False  # "the Yemeni coast", "the Pakistan border": a name on a place or a thing
    if actor.kind == "person" and m.how == "name" and _inside_a_longer_name(span, words):
        return False  # "Staffan" of "Staffan de Mistura", "Assad" of "the Ain al-Assad Air Base"
    if not (actor.kind == "person" and not actor.in_gazetteer and " " not in actor.label) or actor.role:
        return True  # "President Kagame": an office names a person as such
    head = span.root
    for _ in range(3):
        if head.dep_ not in ("conj", "compound", "amod") or head.head.i == head.i:
            break
        if head.dep_ != "conj" and not (head.head.lower_ in words or head.head.lemma_.lower() in words):
            return False  # "the Tigray crisis": a name on a thing
        head = head.head
    if head.dep_ in _AGENTIVE:
        return True
    if head.dep_ == "pobj" and head.head.lower_ in state.lang.words.agent_preps:
        return True
    noun = head.head if head.dep_ in ("amod", "compound", "nmod") else None
    return noun is not None and (noun.lower_ in words or noun.lemma_.lower() in words)


def _on_a_thing(state: DocState, span: Span, words, territory: bool) -> bool:
    """The name (or demonym) only modifies or places a noun for a place, an edge or an emblem: "the
    Yemeni coast", "the Pakistan border", "Yemen's port of Aden", "the Nagorno-Karabakh region", also
    through a list ("the Colombian or Brazilian borders"); or it says where a place lies ("El Fasher,
    Sudan", "a town near Lebanon, the capital, Minsk"). A noun for people or forces that act for it
    keeps it a party."""
    head = span.root
    w = state.lang.words
    places = w.territory_nouns | w.place_nouns | w.geo_words | w.place_name_ends
    placing = territory and head.dep_ in ("appos", "conj") and head.head.i != head.i
    if placing and _a_place(state, head.head, places):
        return True
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("amod", "compound", "poss"):
        return False
    noun = head.head
    lemma = noun.lemma_.lower()
    if noun.i in state.index.by_token or noun.lower_ in words or lemma in words:
        return False
    return noun.lower_ in places or lemma in places


def _a_place(state: DocState, token, places) -> bool:
    """A token that names a place: a noun for one ("the town", "the capital") or a place name the
    mentions took as one."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in places
    m = state.index.by_token.get(token.i)
    return m is not None and (m.how == "place" or m.locative)


def _inside_a_longer_name(span: Span, words) -> bool:
    """The words of a person's name are the first part of a longer proper name that runs on after them:
    "Staffan de Mistura", "Kim Min-seok", "the Ain al-Assad Air Base". Not a name before a word for a
    body that acts for the person ("the Biden Administration")."""
    head = span.root
    if head.dep_ not in ("compound", "nmod"):
        return False
    after = head.head
    return (
        after.i >= span.end and after.i - span.end <= 2 and after.pos_ == "PROPN"
        and not after.text.isupper()  # "John Healey MP": letters after a name are no name
        and after.lower_ not in words and after.lemma_.lower() not in words
    )


def _on_a_person(state: DocState, span: Span) -> bool:
    """The name qualifies the title or name of a person: "UN Secretary-General Guterres"."""
    head = span.root
    if head.dep_ not in ("compound", "nmod", "poss", "amod"):
        return False
    m = state.index.by_token.get(head.head.i)
    return m is not None and state.index.actors[m.key].kind == "person"


def _on_a_decision(state: DocState, span: Span) -> bool:
    """The name labels a document a body adopts ("in line with Security Council resolution 2669") or a
    sitting it holds ("at the Security Council meeting")."""
    head = span.root
    decisions = state.lang.words.decision_nouns | state.lang.words.sitting_nouns
    return head.dep_ in ("compound", "nmod", "poss") and head.head.lemma_.lower() in decisions


def _of_a_person(state: DocState, span: Span) -> bool:
    """The name follows a person's name after "of": "President Macron of France", "Secretary Armen
    Grigoryan of Armenia" name the state or body the person acts for, as a party of its own."""
    owner = prep_head(span.root, ("of",))
    person = state.index.by_token.get(owner.i) if owner is not None else None
    return person is not None and person.how != "title" and state.index.actors[person.key].kind == "person"


def _whole_of_a_body(actor, bodies) -> bool:
    """ "the UN" beside "the UN Security Council" that acts: the body is the actor, the organisation
    named only around it is no actor of its own (same CAMEO code, the body's name begins with it)."""
    return bool(actor.cameo) and any(
        b.key != actor.key and b.cameo == actor.cameo and b.label.startswith(actor.label + " ")
        for b in bodies
    )


def select_actors(state: DocState) -> None:
    """Pass: ``state.actors``, with their mentions as character spans."""
    doc, index, text = state.doc, state.index, state.document.text
    used = {k for e in state.events for k in (*e.participants, *e.source, *e.target, e.speaker) if k}

    mentions: dict[str, list[Mention]] = {}
    seen: set[tuple[str, int, int]] = set()
    strong: set[str] = set()
    sitting: set[str] = set()  # bodies named on a decision or a sitting of theirs
    names: dict[str, list[str]] = {}
    named: set[str] = set()  # actors the text names other than by an office ("the Foreign Minister")
    # "the Kenyan Defence Forces" names the Forces, beside Kenya: no name of Kenya
    agencies = {(m.start, m.end) for m in index.mentions if m.beside}
    for m in sorted(index.mentions, key=lambda m: m.start):
        span = doc[m.start : m.end]
        sentence = state.sentence_of_token.get(m.start)
        start, end = m.chars or (span.start_char, span.end_char)
        mention = Mention(start, end, text[start:end], sentence.index if sentence else 0)
        if (m.key, start, end) not in seen:
            seen.add((m.key, start, end))
            mentions.setdefault(m.key, []).append(mention)
        if _as_actor(state, m, span):
            strong.add(m.key)
            if _on_a_decision(state, span):
                sitting.add(m.key)
        own = m.beside or (m.start, m.end) not in agencies
        if m.how != "title":
            named.add(m.key)
        if m.how in ("name", "ner", "group") and not m.chars and own:
            names.setdefault(m.key, []).append(" ".join(text[start:end].split()))
    # a body that acts, or is named on a document or sitting of its own ("at the UN Security Council meeting")
    bodies = [index.actors[k] for k in used | sitting if k in index.actors]
    for key, found in mentions.items():
        if key not in used and _whole_of_a_body(index.actors[key], bodies):
            continue
        if key not in used and key not in named and index.actors[key].kind == "person":
            continue  # "the Prime Minister" in no event: whoever holds the office, the text names no one
        if key not in used and _no_name(state, index.actors[key]):
            continue
        if key in used or key in strong:
            actor = index.actors[key]
            actor.mentions = found
            known = [*actor.names, *names.get(key, ()), *_known_names(state, key)]
            actor.names = [n for n in dict.fromkeys(known) if n != actor.label]
            state.actors.append(actor)
    # an actor an event names that the text does not (the principal of an official statement's "I")
    for key in sorted(used - set(mentions)):
        if key in index.actors:
            state.actors.append(index.actors[key])


def _no_name(state: DocState, actor) -> bool:
    """A name the NER found that only says what someone or something is: an office ("Chair", "Senior
    Adviser", "Special Representative") or a document ("Framework Agreement"), not whom it names. A
    name the gazetteer knows is a name."""
    if actor.in_gazetteer or actor.kind not in ("person", "org"):
        return False
    words = actor.label.lower().split()
    if not words or len(words) > 3:
        return False
    offices = state.lang.roles.office_words
    last = words[-1]
    return last in offices or last.rstrip("s") in offices or last in state.lang.words.document_nouns


def _known_names(state: DocState, key: str) -> list[str]:
    """A body's other names in the gazetteer ("Intergovernmental Authority on Development" beside
    "IGAD"): an organisation's or a group's full name and acronym both name it in the graph (not a
    state's many spellings, nor a person's)."""
    entry = state.gazetteer.entries.get(key)
    if entry is None or entry.kind not in ("igo", "org", "group"):
        return []
    return [n for n in entry.names if not n.lower().startswith("the ")]  # "the European Union": a form
