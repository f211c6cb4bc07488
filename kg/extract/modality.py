"""Whether an event happened: asserted, planned, hypothetical or negated, from the words around it
(ontology/modality.yaml). The modality pass also gives a negated mention the type its trigger names
for that case ("showed no sign of accepting": a rejection)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.circumstances import circumstance as is_circumstance
from kg.extract.conditions import as_long_as, condition_hangs_from, on_condition, opens_condition
from kg.extract.language import Language, ModalityWords
from kg.extract.senses import to_infinitive
from kg.extract.speech import has_future_aux, said_by
from kg.extract.state import DocState, Draft
from kg.extract.threat_aims import harm_told, intolerant_speaker
from kg.extract.undone import come_to_say, undone
from kg.plover import plover_scheme

#: Dependencies climbed from an event word to the words that govern it.
_CLIMB = {
    "xcomp",
    "ccomp",
    "pcomp",
    "pobj",
    "prep",
    "dobj",
    "acl",
    "advcl",
    "relcl",
    "conj",
    "attr",
    "nsubjpass",
    "nsubj",
    "compound",
    "amod",
    "appos",
    "oprd",
    "acomp",
    "npadvmod",
    "dep",
}
#: Dependencies that end the climb: the event is reported by a verb of saying, or it is a clause of its own.
_STOP = {"ROOT", "parataxis"}


def _negated(tok: Token, words: ModalityWords) -> bool:
    if tok.lemma_.lower() in words.eager:
        return False  # "will not hesitate to strike": the strike is promised
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if (
            c.dep_ in ("nsubj", "nsubjpass")
            and tok.pos_ in ("VERB", "AUX")
            and " ".join(t.lower_ for t in c.subtree) in words.nobody
        ):
            return True  # "no one was arrested"
    return tok.dep_ == "pobj" and tok.head.lower_ == "without"


def _governor(tok: Token, words: ModalityWords) -> str | None:
    """The modality a word gives the event it governs: its lemma or form ("scheduled"), or a phrase
    with its particle or adverb ("looked forward to")."""
    if any(c.dep_ == "oprd" for c in tok.children):
        return None  # "called the crackdown a declaration of war": naming it, not calling for it
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in words.governors:
            return words.governors[f"{lemma} {c.lower_}"]
    if any(c.dep_ == "prt" for c in tok.children):
        return None  # a verb with a particle is another verb: "set off a bomb", "kept up the pressure"
    for key in (lemma, tok.lower_):
        if key in words.governors:
            return words.governors[key]
    return None


def _told_as_done(tok: Token, lang: Language) -> bool:
    """A clause that tells what was done, whatever governs it: "agreed that Moscow has made a
    mistake", "reports that aircraft bombed a village", "commitments made at the summit"."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    if tok.dep_ not in ("ccomp", "acl") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if has_future_aux(tok, lang):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ not in ("has", "have", "had", "was", "were") for c in auxes):
        return False  # "should resume", "could be"
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and bool(auxes))


def _aux(tok: Token, words: ModalityWords) -> str | None:
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in words.aux:
            return words.aux[c.lower_]
    return None


def _condition(tok: Token, words: ModalityWords) -> bool:
    """The word opens a condition ("if it holds"), or a condition hangs from it ("if the truce holds,
    Israel will lift the blockade")."""
    return (
        any(opens_condition(c, words.conditions, words) for c in tok.children)
        or condition_hangs_from(tok, words)
        or tok.dep_ == "advcl" and tok in as_long_as(tok.head.head)  # "as long as the rebels fight on"
    )


def _as_subject(tok: Token, lang: Language, default: str | None) -> tuple[str, bool]:
    """The event noun is the subject: only the verb's tense, negation and condition carry over."""
    words = lang.modality
    verb = tok.head
    negated = _negated(verb, words)
    aux = _aux(verb, words)
    asked = any(c.dep_ == "mark" and c.lower_ in words.questions for c in verb.children)
    if _condition(verb, words) and not (asked and verb.lemma_ == "be"):
        # "if the truce holds"; but "whether the attacks were part of a plan" asks about the plan
        return "hypothetical", negated
    governs = _governor(verb, words)
    if governs == "asserted" or tok.dep_ == "nsubjpass" and governs:
        # "the talks were cancelled", "a meeting is planned", "the attacks must stop"
        return governs, negated
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if aux == "hypothetical" and perfect and not is_occurrence(verb, lang):
        return "asserted", negated  # "the strike may have hit a hospital": the strike happened
    return aux or default or "asserted", negated


def _scheduled(clause: Token, words: ModalityWords) -> bool:
    """A clause on an event noun that puts it ahead: "(that is) due to begin", "scheduled to start"."""
    if not any(c.dep_ == "xcomp" for c in clause.children) and not any(
        c.dep_ == "acomp" and any(x.dep_ == "xcomp" for x in c.children) for c in clause.children
    ):
        return False
    heads = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
    return not _aux(clause, words) and any(_governor(h, words) == "planned" for h in heads)


def is_occurrence(verb: Token, lang: Language) -> bool:
    """A verb that says when or that an event happened ("began", "took place", "broke out")."""
    words = lang.words.occurrence_verbs
    lemma = verb.lemma_.lower()
    return lemma in words or any(
        f"{lemma} {c.lower_}" in words for c in verb.children if c.dep_ in ("prt", "dobj")
    )


def modality_of(trigger: Token, lang: Language, default: str | None = None) -> tuple[str, bool]:
    """(modality, negated) of the event named by ``trigger``.

    Climbs from the trigger through the words that govern it, nearest first: negation, modal
    auxiliaries, conditions, governing verbs and nouns ("scheduled to meet", "pushed for a meeting").
    The climb stops at a verb of saying (what is said is judged on its own) and at another event word
    once past the trigger's own clause.
    """
    words = lang.modality
    speech_verbs = lang.lexicon.speech_verbs
    negated = False
    tok = trigger
    going_on = trigger.dep_ in ("nsubj", "nsubjpass") and _governor(trigger.head, words) == "asserted"
    for c in trigger.children:
        if c.dep_ == "det" and c.lower_ in words.any_dets and not going_on:
            return "hypothetical", False  # "any peace deal", but "any support to the rebels must end"
        if c.dep_ == "amod" and c.lower_ in words.modifiers and trigger.pos_ != "VERB":
            return words.modifiers[c.lower_], False  # "the upcoming visit", "a proposed truce"
        if c.dep_ in ("relcl", "acl") and trigger.pos_ != "VERB" and _scheduled(c, words):
            return "planned", False  # "a truce that is due to begin on Sunday", "talks set to start"
    steps = 0
    sibling = False
    circumstance = False
    if (
        trigger.dep_ == "conj"
        and trigger.head.pos_ in ("VERB", "AUX")
        and _aux(trigger, words) is None
        # "will keep working ... and called on Russia to", "may constitute ... and calls on": a
        # finite verb is a deed of its own
        and trigger.tag_ not in ("VBD", "VBZ")
    ):
        # "Israel will free prisoners and withdraw troops": the auxiliary is shared
        shared = _aux(trigger.head, words)
        if shared:
            return shared, _negated(trigger, words)
    while True:
        if _negated(tok, words):
            negated = True
        if tok is not trigger and not sibling and not circumstance and _governor(tok, words) == "asserted":
            return "asserted", negated  # "must end its campaign of repression": the campaign goes on
        if _condition(tok, words):
            return "hypothetical", negated
        aux = _aux(tok, words)
        if aux:
            return aux, negated
        if tok is not trigger and not sibling and not circumstance:
            lemma = tok.lemma_.lower()
            if lemma in speech_verbs and tok.pos_ == "VERB":
                break
            governs = _governor(tok, words)
            if governs:
                return governs, negated
        if not sibling and _told_as_done(tok, lang) and _governor(tok.head, words) != "negated":
            break  # told as done, unless denied ("denies it has ever aided the rebels")
        if tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and any(c.tag_ == "TO" for c in tok.children):
            # "the president was to fly to Tanzania", "is to visit"; "if it were to invade"
            to_be = "hypothetical" if _condition(tok.head, words) else "planned"
            return to_be, negated or _negated(tok.head, words)
        if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and _governor(tok.head.head, words) is None:
            break  # "punished for refusing to ...": the reason is a fact
        if tok.dep_ in _STOP or tok.dep_ not in _CLIMB or tok.head.i == tok.i or steps > 8:
            break
        if tok.lower_ in words.temporal and tok.dep_ in ("prep", "mark"):
            # "a week after their summit": what came before the main clause happened
            break
        if tok.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in words.temporal for c in tok.children
        ):
            main = tok.head.head if tok.head.dep_ == "advmod" else tok.head  # "as soon as"
            if tok.tag_ in ("VBZ", "VBP") and has_future_aux(main, lang):
                return "planned", negated  # "will attack as soon as the US pulls out": the pull-out is ahead
            break
        if (
            tok.dep_ == "conj"
            and tok.pos_ == "VERB"
            and not (
                tok.head.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            )
        ):
            break  # ("urged them to show restraint and to pursue dialogue": the urging governs both)
        if tok.dep_ == "relcl" and tok.pos_ == "VERB":
            break  # "the group, which seized the city, was not part of it": a clause of its own
        if tok.dep_ in ("nsubj", "nsubjpass") and (tok is trigger or tok.dep_ == "nsubj" and not sibling):
            # "the leaders of the coup face ...": the words of a subject's verb do not govern it
            modality, negative = _as_subject(tok, lang, default)
            return modality, negated or negative
        # a coordinated word ("Iran's demand and Iraq's refusal") shares its sibling's context,
        # not the sibling's meaning
        sibling = tok.dep_ == "conj"
        # "pledged closer ties at a summit", "pledged support in the face of an assault": where or amid
        # what the pledge was made, not what is pledged
        come = come_to_say(tok, words)  # "came to Lima to sign": no plan, as "go" would govern
        circumstance = tok.head.pos_ == "VERB" and (is_circumstance(tok, lang.words) or come)
        tok = tok.head
        steps += 1
    if default:
        return default, negated
    return "asserted", negated


def _decide(state: DocState, d: Draft) -> bool:
    """Decide the draft's modality; False when the words make it no event (``negated_only``)."""
    tok = state.doc[d.token]
    spec = d.spec
    lex = state.lang.lexicon
    modality, negated = modality_of(tok, state.lang, spec.modality)
    if spec.negated_only and not negated:
        return False
    if spec.future:
        ahead = modality in ("planned", "hypothetical") or _ahead(tok, state.lang)
        passive = any(c.dep_ == "auxpass" for c in tok.children)  # "he is not allowed to speak"
        if negated and not spec.negated_only or not ahead or passive or _opens_condition(tok, state.lang):
            # "took action against X": done, no threat; "will not allow X to": a threat; "if X continues
            # its raids": the condition of a threat, not one
            return False
        modality = "asserted"  # "will take action against X": the threat is made now
    if d.requested:
        modality = "asserted"  # the request came first, whatever is still to come of it
    if (
        modality != "asserted"
        and not d.is_verb
        and lex.rules(spec.plover).owned_made
        and any(c.dep_ == "poss" for c in tok.children)
    ):
        modality, negated = "asserted", False  # "rejected Russia's demand": the demand was made
    if (
        lex.rules(spec.plover).promised_harm
        and modality in ("planned", "hypothetical")
        and (said_by(tok, state.lang) is not None or on_condition(tok, state.lang))
    ):
        modality = "asserted"  # "warned that it would retaliate", "threatened X if it": made now
    if spec.modal:
        modality = "asserted"  # "X must stop": the demand is made now
    if modality == "planned" and lex.rules(spec.plover).decided and _decision_taken(tok, state.lang):
        modality = "asserted"  # "the Council decided today to impose sanctions": the decision imposes them
    if (
        negated
        and modality == "planned"
        and d.adopted is None
        and lex.rules(d.plover).refusable
        and d.is_verb
    ):
        # "Belgrade would never recognize ...": saying one will not do it is a refusal, made now
        refusal = lex.type_with("refusal")
        d.plover, d.cameo, d.event_class = refusal, plover_scheme().root_of(refusal), "Rejection"
        d.modality = "asserted"
        return True
    if negated:
        if spec.negated_as:
            if d.adopted is None:
                d.plover, d.cameo, d.event_class = spec.negated_as
            modality = "asserted"
        elif not lex.rules(spec.plover).refusal:
            modality = "negated"
    ahead = modality in ("planned", "hypothetical")
    if d.adopted is not None and lex.rules(d.adopted.plover).promised_harm and ahead:
        modality = "asserted"  # "vowed to retaliate", "warned of a response if X invades": made now
    if modality in ("planned", "hypothetical") and not negated and _given_in_words(d, tok, state.lang):
        modality = "asserted"  # "pledged its support", "offered solidarity": saying so gives it
    if modality in ("planned", "hypothetical") and not negated and _said_wanting(d, tok, state.lang):
        modality = "asserted"  # "I want to thank ...": saying so thanks
    if modality in ("planned", "hypothetical") and not negated and harm_told(state, d, tok):
        # "the rebels say they will launch more attacks", "said it would strike if attacked", "stands
        # ready to impose sanctions": saying one will (or is ready to) do harm is a threat, made now
        harm = lex.type_with("promised_harm")
        d.plover, d.cameo, d.event_class, d.mode = harm, plover_scheme().root_of(harm), "Threat", None
        modality = "asserted"
    d.modality = modality
    intolerant_speaker(state, d, tok)
    return True


def _decision_taken(tok: Token, lang: Language) -> bool:
    """The word (or the verb it is the object of) is the infinitive of a decision taken ("decided to
    impose", "agreed to expand sanctions"), not one still to be taken ("will decide whether to")."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok
    if verb.dep_ != "xcomp" or not to_infinitive(verb):
        return False
    decision = verb.head
    return (decision.lemma_.lower() in lang.modality.deciding and decision.tag_ in ("VBD", "VBN", "VBZ")
            and not has_future_aux(decision, lang))


def _opens_condition(tok: Token, lang: Language) -> bool:
    """The verb is the condition of a clause ("if the rebels continue their raids"), not its main
    verb."""
    return tok.dep_ == "advcl" and (
        any(c.dep_ == "mark" and c.lower_ in lang.modality.conditions for c in tok.children)
        or tok in as_long_as(tok.head.head)  # "as long as the opposition continues its raids"
    )


def _ahead(tok: Token, lang: Language) -> bool:
    """The verb, or a verb it is the complement of, is put ahead ("will continue to take action")."""
    while True:
        if has_future_aux(tok, lang):
            return True
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head


def _given_in_words(d: Draft, tok: Token, lang: Language) -> bool:
    """A statement of support offered or pledged as a noun object is given by saying so."""
    if not lang.lexicon.rules(d.plover).words_given:
        return False
    giver = tok if d.is_verb else tok.head
    if d.is_verb:
        named = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children) and d.adopted is not None
    else:
        named = tok.dep_ == "dobj"
    return named and giver.lemma_.lower() in lang.modality.giving and not has_future_aux(giver, lang)


def _said_wanting(d: Draft, tok: Token, lang: Language) -> bool:
    """A speaker who says they want to give support gives it by saying so ("I want to thank the
    minister", "we would like to congratulate the team"), for the types flagged words_given."""
    if not (lang.lexicon.rules(d.plover).words_given and d.is_verb and tok.dep_ == "xcomp"):
        return False
    want = tok.head
    speakers = lang.roles.first_person | lang.roles.first_plural
    return want.lemma_.lower() in lang.modality.saying_wants and any(
        c.dep_ == "nsubj" and c.lower_ in speakers for c in want.children
    )


def decide_modality(state: DocState) -> None:
    """Pass: the modality of every event mention (and of the mentions absorbed into it); then the
    mentions that tell of nothing done are dropped (:mod:`kg.extract.undone`)."""
    kept = []
    for d in state.drafts:
        d.absorbed = [a for a in d.absorbed if _decide(state, a)]
        if _decide(state, d):
            kept.append(d)
        else:  # "continues its war against X": no threat, and the war is a deed of its own
            kept.extend(d.absorbed)
    state.drafts = [d for d in kept if not undone(state, d, kept)]
