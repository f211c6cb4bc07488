"""Later mentions of people already named: a surname alone the NER missed, and "he", "she", "his"
resolved to the most salient person before them; a name alone in a headline before the full name
("Secretary's Call with Foreign Minister Park" ... "Park Jin"). The second extraction pass."""

from __future__ import annotations

from kg.extract.state import DocState


def bare_surnames(state: DocState) -> None:
    """A surname alone the NER missed ("accused Machar of ..."), after the full name came before."""
    index, doc = state.index, state.doc
    first: dict[str, int] = {}
    for m in index.mentions:
        if index.actors[m.key].kind == "person" and m.how == "name":
            first.setdefault(m.key, m.start)
    for tok in doc:
        key = index.surnames.get(tok.lower_)
        if (
            key is None
            or tok.i in index.by_token
            or tok.pos_ != "PROPN"
            or not tok.text[:1].isupper()
            or first.get(key, len(doc)) >= tok.i
        ):
            continue
        index.add(tok.i, tok.i + 1, key, "name")


def early_names(state: DocState) -> None:
    """A one-word name no list knows, told before the full name that holds it (a headline's "Minister
    Park" before "Foreign Minister Park Jin"), is that person when only one has that name."""
    index = state.index
    people = [a for a in index.actors.values() if a.kind == "person"]
    for alone in [a for a in people if not a.in_gazetteer and " " not in a.label]:
        full = [a for a in people if a is not alone and alone.label.lower() in a.label.lower().split()]
        if len(full) != 1:
            continue
        for m in index.mentions:
            if m.key == alone.key:
                m.key = full[0].key
        del index.actors[alone.key]


def pronouns(state: DocState) -> None:
    """he/she/his -> the most salient person before it (last subject, else last mention)."""
    index, doc = state.index, state.doc
    people = sorted(
        (m for m in index.mentions if index.actors[m.key].kind == "person"), key=lambda m: m.start
    )
    if not people:
        return
    subject = ("nsubj", "nsubjpass")
    roles = state.lang.roles
    offices = roles.office_words | {t[-1] for t in roles.titles} | state.lang.words.leader_nouns
    j = 0
    last_subject = last = None
    for tok in doc:
        while j < len(people) and people[j].start <= tok.i:
            m = people[j]
            last = m.key
            if _in_subject(doc[m.end - 1], offices) or doc[m.start].dep_ in subject:
                last_subject = m.key
            j += 1
        if (
            tok.pos_ == "PRON"
            and tok.lower_ in state.lang.roles.person_pronouns
            and tok.i not in index.by_token
        ):
            key = last_subject or last
            if key:
                index.add(tok.i, tok.i + 1, key, "pronoun")


def _in_subject(tok, offices) -> bool:
    """The name heads a clause's subject, or stands in apposition to an office that heads it
    ("Chile's President Ana Diaz said", where the parser makes "President" the subject and the
    name its apposition); not to a noun of kin or the like ("His wife, X, said he ...": the "he" is
    another)."""
    if tok.dep_ == "appos" and tok.head.lower_ in offices:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def resolve_references(state: DocState) -> None:
    """Pass: surnames alone and personal pronouns become mentions of the people named before."""
    early_names(state)
    bare_surnames(state)
    pronouns(state)
