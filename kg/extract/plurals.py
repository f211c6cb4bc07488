"""Who "they" and "their" are (and "it" in a relative clause on a deed's object: "freed the men it held"):
the group named last, the plural subject of the sentence before ("The members of the Council ... They
urged"), the plural subject of the verb whose object "their" is on, the doer of a deed on whose object
a relative clause with no relative word tells more ("the Taliban freed the soldiers they captured").
A part of ``Discourse`` (kg.extract.reference)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.plover import plover_scheme

#: the kinds of deed whose doer a relative clause on their object goes on speaking of ("freed the men it
#: had seized"), with releases; not words said of what others did ("condemned the raids they launched")
_DEEDS = ("MaterialConflict", "MaterialCooperation")
#: how many sentences before its own "they" may look back for the one body it stands for
_BODY_REACH = 3
_BODIES = ("igo", "org", "group")


def _main_clause_subject(t: Token) -> bool:
    """The subject of its sentence's main verb, or of a verb joined to it ("X met and they agreed")."""
    verb = t.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


class Plurals:
    """The plural-pronoun part of ``Discourse`` (a mixin: it uses its ``doc``, ``plurals``,
    ``last_group``, ``positions``, ``actors_at``, ``_kind`` and ``_since``)."""

    def note_pairs(self, span) -> None:
        """Remember the names coordinated in ``span`` ("tensions between Armenia and Azerbaijan"), for a
        pair ("the two sides") named after them where no event has named a group."""
        for tok in span:
            m = self.index.at(tok)
            if m is None or m.modifier or tok.dep_ == "conj":
                continue
            others = [self.index.at(c) for c in tok.conjuncts]
            keys = [m.key] + [k.key for k in others if k is not None]
            if len(set(keys)) >= 2:
                self.pairs.append((tok.i, list(dict.fromkeys(keys))))
        self.pairs.extend(self._joined_pairs(span))

    def _joined_pairs(self, span) -> list[tuple[int, list[str]]]:
        """Two states or bodies joined by a hyphen or a dash before a noun ("the Eritrea-Ethiopia border",
        "India-Pakistan tensions", "the U.S.-Cuba talks"), as a pair the text names."""
        doc, out = self.doc, []
        whole: dict[int, list[str]] = {}
        for m in self.index.mentions:  # both sides within one token ("U.S.-Cuba")
            if m.chars is not None and span.start <= m.start < span.end:
                whole.setdefault(m.start, []).append(m.key)
        out += [(i, list(dict.fromkeys(keys))) for i, keys in whole.items() if len(set(keys)) == 2]
        for t in span[1:-1]:
            left, right = self.index.at(doc[t.i - 1]), self.index.at(doc[t.i + 1])
            if t.text not in ("-", "–", "—") or t.whitespace_ or doc[t.i - 1].whitespace_:
                continue
            if left is not None and right is not None and left.key != right.key and not left.chars:
                out.append((t.i - 1, [left.key, right.key]))
        return out

    def pair_before(self, i: int) -> list[str]:
        """The two sides of fighting told with no party: the pair named last, in its sentence or the one
        before ("India and Pakistan agreed a truce. There have since been skirmishes")."""
        since = self._since(i)
        named = self.plurals + self.pairs
        found = [
            (j, k)
            for j, k in named
            if j < i and self.doc[j].sent.start >= since and len(k) == 2 and self.doc[j].dep_ != "conj"
        ]  # not the tail of a longer list ("Britain, France and Germany")
        return list(max(found, key=lambda f: f[0])[1]) if found else []

    def _plural_before(self, i: int) -> list[str]:
        """ "they", "their": the group named last before ("Egypt and Qatar ... their mediation")."""
        found = [(j, keys) for j, keys in self.plurals if j < i and self.doc[j].sent.start >= self._since(i)]
        subject = ("nsubj", "nsubjpass")
        if self.doc[i].dep_ in (*subject, "poss") and any(self.doc[j].dep_ in subject for j, _ in found):
            # "They reaffirmed their ...": the group that last did something, not one only spoken of
            found = [(j, keys) for j, keys in found if self.doc[j].dep_ in subject]
        if self.doc[i].dep_ in subject and not self.last_group:
            # "They urged ...": the last plural subject of the sentence before ("The members of the
            # Council"), rather than a list it only spoke of ("condemned the groups X, Y and Z")
            subjects = [(j, keys) for j, keys in found if self.doc[j].dep_ in subject]
            if not subjects and (before := self._plural_subject_before(i)):
                return before
        if found:
            return list(max(found)[1])
        return list(self.last_group)

    def _plural_subject_before(self, i: int) -> list[str]:
        """The actors of the last plural subject of the sentence before the word at ``i``."""
        start = self.doc[i].sent.start
        plural = self.roles.collectives | self.roles.plural_pronouns
        subjects = [
            t
            for t in reversed(self.doc[self._since(i) : start])
            if t.dep_ in ("nsubj", "nsubjpass") and (t.tag_ == "NNPS" or t.lower_ in plural)
        ]
        # the subject of that sentence's main clause first ("They urged X to free all the officials
        # detained. They also ...": they who urged, not the officials of a clause inside it)
        subjects.sort(key=lambda t: not _main_clause_subject(t))
        for t in subjects:
            found = self.actors_at(t, 1)
            if found:
                return found
        return []

    def _bound_owner(self, tok: Token) -> list[str]:
        """ "The members of the Council expressed their support": "their" on its verb's object is the
        verb's plural subject's, unless the object is a hostile deed ("they condemned their attacks") that
        the verb does not carry out ("they stepped up their attacks")."""
        noun = tok.head
        if tok.dep_ != "poss" or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
            return []
        spec = self.positions.get(noun.i)
        doing = noun.head.lemma_.lower() in self.lex.light_verbs  # "they are conducting their attacks"
        if spec is not None and self.lex.rules(spec.plover).deed and not doing:
            return []
        verb = noun.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "took note of X and expressed their support": the first verb's subject
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i]
        plural = [
            c
            for c in subj
            if c.tag_ in ("NNS", "NNPS")
            or c.lower_ in self.roles.plural_pronouns  # "They reiterated their condemnation"
            or any(k.dep_ == "conj" for k in c.children)
        ]
        return [a for c in plural for a in self.actors_at(c, 1)]

    def _body_before(self, tok: Token) -> list[str]:
        """ "they" as a subject, where no group of two or more is named before it, for a body (an
        international or other organisation, an armed or political group): the body that is the
        subject of the verb whose reported clause "they" heads ("the Taliban confirmed that they had
        detained ..."); or, for "they" as the subject of its sentence, the one body that is the subject
        of a sentence of the few before ("The Council condemned the attack. ... They also urged ...");
        none where two such bodies are, nor for "they" deeper in a clause ("... as they headed to ...":
        more likely what the clause it hangs on speaks of)."""
        if tok.dep_ != "nsubj":
            return []  # ("They were flown to ...": those the sentence before spoke of)
        clause = tok.head
        told = any(c.dep_ in ("dobj", "dative") for c in clause.head.children)  # ("X told Y that they")
        if clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "AUX") and not told:
            tellers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.i < tok.i]
            found = [k for c in tellers for k in self.actors_at(c, 1) if self._kind(k) in _BODIES]
            # a state by its name too ("Belarus announced they were expelling ..."; not "Officials said
            # they ...", whose state is only inferred)
            found += [k for c in tellers if self.index.at(c) is not None for k in self.actors_at(c, 1)
                      if self._kind(k) == "state"]
            return found[:1] if len(set(found)) == 1 else []
        if clause.dep_ != "ROOT":
            return []
        first = self._since(tok.i, _BODY_REACH)
        keys = [
            m.key
            for m in self.index.mentions
            if first <= m.start < tok.sent.start
            and not (m.modifier or m.locative or m.how == "pronoun")
            and m.key not in self.index.media
            and self._kind(m.key) in _BODIES
            and self._main_subject(m)
        ]
        found = list(dict.fromkeys(keys))
        return found if len(found) == 1 else []

    def _main_subject(self, m) -> bool:
        """The mention is the subject (or the owner of the subject) of its sentence's main verb."""
        root = self.doc[m.start : m.end].root
        while root.dep_ in ("compound", "conj", "appos", "poss") and root.head.i != root.i:
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"

    def relative_doer(self, tok: Token) -> list[str]:
        """ "they", "it" as the subject of a relative clause with no relative word, on the object of a
        deed or a release ("the Taliban released 20 soldiers they captured last week", "the junta freed the
        ministers it had arrested", "urged Hamas to free the hostages it holds"): the deed's doer, who goes
        on being spoken of. Not on the object of words said of what others did ("condemned the raids they
        launched"), nor where the relative clause comes first ("the hostages they seized were freed")."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.i < tok.i:
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in clause.children):
            return []
        noun = clause.head
        verb = noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB" or noun.i > tok.i:
            return []
        spec = self.positions.get(verb.i)
        if spec is None or plover_scheme()[spec.plover].quad not in _DEEDS and spec.mode != "release":
            return []
        return self.subjects(verb)
