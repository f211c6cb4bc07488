"""One-word "names" that are common words: a word the sentence's start capitalises ("Intelligence
had confirmed ...", "Implementing the accords ..."), a document the text capitalises ("the
Agreement also calls for ..."), or the plural of an office ("The Secretaries reaffirmed ...": the
office holders named before, no body of their own). A word for a body ("The Council ...") stays one."""

from __future__ import annotations

from spacy.tokens import Token

#: tags of a word the tagger reads as a common word, not a proper name
_COMMON_TAGS = {"NN", "NNS", "VBG", "VBN", "JJ"}
_DICTIONARIES: dict[int, frozenset[str]] = {}


def common_word(tok: Token, lang, nlp, bodies: set[str] | frozenset[str]) -> bool:
    """Whether a one-word organisation's name is a common word rather than a name; a word for a body
    (in ``bodies``) stays a name even alone."""
    low = tok.lower_
    if low in lang.words.document_nouns:
        return True
    offices = lang.roles.office_words | {t[-1] for t in lang.roles.titles}
    if low != tok.lemma_.lower() and tok.lemma_.lower() in offices:
        return True
    if not _sentence_start(tok) or tok.text.isupper() or _runs_on(tok) or low in bodies:
        return False
    if tok.tag_ in _COMMON_TAGS:
        return True
    return _in_dictionary(low, nlp) and not _named_elsewhere(tok)


def _sentence_start(tok: Token) -> bool:
    """The first word of its sentence, after a determiner at most."""
    first = tok.sent.start
    while first < tok.i and (tok.doc[first].is_punct or tok.doc[first].is_space):
        first += 1
    return tok.i == first or tok.i == first + 1 and tok.doc[first].dep_ == "det"


def _runs_on(tok: Token) -> bool:
    """A name the words after it go on with ("Group to Support Islam ...", "Council of Europe")."""
    after = tok.doc[tok.i + 1 : tok.i + 3]
    if not len(after) or after[0].text[:1].isupper():
        return bool(len(after))
    return len(after) > 1 and after[0].is_stop and after[0].is_lower and after[1].text[:1].isupper()


def _named_elsewhere(tok: Token) -> bool:
    """The word capitalised again where no sentence starts: a name the text repeats."""
    return any(
        t.text == tok.text and t.i != tok.i and not _sentence_start(t) for t in tok.doc
    )


def _in_dictionary(word: str, nlp) -> bool:
    """A word of the lemmatizer's English dictionary, in itself or as a plural of one."""
    words = _DICTIONARIES.get(id(nlp))
    if words is None:
        words = frozenset()
        if nlp is not None and "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                words = frozenset(w for pos in ("noun", "verb", "adj") for w in index.get(pos, []))
        _DICTIONARIES[id(nlp)] = words
    forms = {word, word.removesuffix("s"), word[:-3] + "y" if word.endswith("ies") else word}
    return bool(forms & words)
