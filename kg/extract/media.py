"""The reporters of the news: news organisations ("told Reuters", "VOA's correspondent", "Rossiya 24,
a state-run news channel"), the journalists who file a story ("VOA correspondent X reports",
"Reporting by X and Y; Editing by Z", "CNN's X contributed to this report") and the witnesses and
experts they quote ("camp resident X", "X, an analyst at ..."). They are not parties to what they
report: they are no speakers of events, no participants of meetings, and the extraction lists them as
actors only where an event is aimed at them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.state import ActorMention, DocState


def _media_name(text: str) -> str:
    """ "the Associated Press's" -> "associated press"."""
    words = text.lower().replace("’", "'").split()
    while words and words[0] == "the":
        words = words[1:]
    name = " ".join(words)
    for suffix in ("'s", "'"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()


def _ends_with(name: str, words: frozenset[str]) -> bool:
    """The name's last word, or last two words, are one of ``words``."""
    parts = name.split()
    return bool(parts) and (parts[-1] in words or " ".join(parts[-2:]) in words) and len(parts) > 1


def _media_noun(state: DocState, tok: Token) -> bool:
    """A noun that names a news outlet, alone or with the word before it ("news channel")."""
    nouns = state.lang.words.media_nouns
    before = tok.doc[tok.i - 1].lower_ + " " + tok.lower_ if tok.i > 0 else tok.lower_
    return tok.lower_ in nouns or before in nouns


def _outlet_service(name: str, outlets: frozenset[str]) -> bool:
    """ "VOA Somali", "BBC Persian": a service of a news outlet, named by the outlet's name first."""
    parts = name.split()
    return any(len(p) >= 3 and p in outlets for p in (" ".join(parts[:k]) for k in range(1, len(parts))))


def _owned_by_outlet(state: DocState, span: Span) -> bool:
    """ "VOA's Somali Service": a name a news outlet owns."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].tag_ != "POS":
        return False
    owner = state.index.by_token.get(doc[start - 2].i)
    return owner is not None and _media_name(doc[owner.start : owner.end].text) in state.lang.words.news_media


def _called_outlet(state: DocState, span: Span) -> bool:
    """The words around a name call it a news outlet: "Rossiya 24, a state-run news channel", "the
    Kommersant newspaper", "the state news agency IRNA"."""
    head = span.root
    if any(c.dep_ == "appos" and _media_noun(state, c) for c in head.children):
        return True
    if head.dep_ in ("appos", "compound") and _media_noun(state, head.head):
        return True
    end = span.end
    return end < len(span.doc) and _media_noun(state, span.doc[end]) and span.doc[end].dep_ != "compound"


def _credit_line(state: DocState, span: Span) -> bool:
    """A credit line of wire copy: "Reporting by X; Editing by Y", "CNN's X contributed to this report"."""
    return state.lang.words.credit_phrases.search(span.sent.text) is not None


def _journalist(state: DocState, span: Span) -> bool:
    """A person the words around the name make a journalist of the story."""
    w = state.lang.words
    media = state.index.media
    doc = span.doc
    sent = span.sent
    before = [doc[i] for i in range(max(sent.start, span.start - 3), span.start)]
    if any(t.lower_ in w.reporting_words and not _tells_of(t, span.root) for t in before):
        return True  # "VOA correspondent Steve Herman", "Reporting by Jane Doe"
    if any(
        (m := state.index.by_token.get(t.i)) is not None and m.key in media
        for t in before
        if t.i < span.start
    ) and any(t.tag_ == "POS" for t in before):
        return True  # "VOA's Margaret Besheer"
    head = span.root
    if any(c.dep_ == "appos" and c.lower_ in w.reporting_words for c in head.children):
        return True  # "X, a journalist in Bayelsa"
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "compound") else None
    if verb is not None and verb.lemma_.lower() == "report" and _signs_off(verb):
        return True  # "X reports from Jerusalem", "X report for VOA from Moscow"
    verb = verb if head.dep_ != "compound" else None
    if verb is not None:
        words = {verb.lemma_.lower(), verb.lower_} | {f"{verb.lower_} {c.lower_}" for c in verb.children}
        if words & w.reporting_words and any(
            (m := state.index.by_token.get(t.i)) is not None and m.key in media or t.lower_ == "report"
            for t in sent
        ):
            return True  # "Stefan Bos reports for VOA", "X contributed to this report"
    return head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lower_ in w.reporting_words


def _tells_of(word: Token, name: Token) -> bool:
    """ "state media report that leader X watched a drill": the name stands in the clause the reporting
    word introduces ("that", a colon), so it names whom the news is about, not who files it."""
    doc = word.doc
    return any(doc[i].lower_ in ("that", ":") for i in range(word.i + 1, name.i))


def _signs_off(verb: Token) -> bool:
    """ "reports from Jerusalem": a correspondent's sign-off, with no report of anything said."""
    kids = list(verb.children)
    return any(c.dep_ == "prep" and c.lower_ in ("from", "for") for c in kids) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "parataxis") for c in kids
    )


def _byline(state: DocState, span: Span) -> bool:
    """ "By Jane Doe and John Roe, Associated Press": a byline among the story's first lines."""
    first = next((t for t in span.sent if not t.is_space), None)
    sentence = state.sentence_of_token.get(first.i) if first is not None else None
    return first is not None and first.text == "By" and sentence is not None and sentence.index <= 2


def _coordinated(state: DocState, m: ActorMention) -> bool:
    """A name joined by "and" to a journalist's ("Reporting by X and Y", "CNN's X and Y")."""
    head = state.doc[m.start : m.end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        other = state.index.by_token.get(head.i)
        if other is not None and other.key in state.index.media:
            return True
    return False


def _voice(state: DocState, span: Span) -> bool:
    """A person the story quotes as a witness or an expert, not as a party: "camp resident X", "X, an
    analyst at ...", "a Libyan analyst living in Paris, X", "X, a 54-year-old teacher"."""
    nouns = state.lang.words.voice_nouns
    head = span.root
    near = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        near.append(head.head)
    doc = span.doc
    near += [doc[i] for i in range(max(span.sent.start, span.start - 2), span.start) if doc[i].pos_ == "NOUN"]
    return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in near)


def _outlet(state: DocState, key: str, actor) -> bool:
    """A news organisation or a platform: a name of the news media or social media lists, or an unknown
    name that ends in a media word ("Al-Manar TV") or that the words around it call a news outlet."""
    w = state.lang.words
    person = actor.kind == "person"
    if person and actor.in_gazetteer:
        return False
    found = [m for m in state.index.mentions if m.key == key and m.how in ("name", "ner")]
    names = {_media_name(n) for n in {actor.label} | {state.doc[m.start : m.end].text for m in found}}
    if not actor.in_gazetteer and names & w.social_media:
        return True  # "posted a message on Twitter", though the tagger takes it for a person
    if not person and (names & w.news_media or any(_outlet_service(n, w.news_media) for n in names)):
        return True
    # "Post" or "Times" may end a person's name, "TV" or "Radio" not ("told al-Hurra TV")
    ends = w.media_nouns if person else w.media_name_ends
    return not actor.in_gazetteer and (
        any(_ends_with(n, ends) for n in names)
        or any(_called_outlet(state, state.doc[m.start : m.end]) for m in found)
        or not person
        and any(_owned_by_outlet(state, state.doc[m.start : m.end]) for m in found)
    )


def _reporter(state: DocState, m: ActorMention, actor) -> bool:
    """A journalist, or a witness or expert the story quotes, by the words around this mention."""
    span = state.doc[m.start : m.end]
    if actor.kind == "person" and _journalist(state, span):
        return True
    if actor.in_gazetteer:
        return False
    if actor.kind in ("person", "org") and _voice(state, span):
        return True  # the NER takes some people for organisations ("X, an analyst at ...")
    return _credit_line(state, span) or _byline(state, span)


def _outlet_nationality(state: DocState, m: ActorMention) -> bool:
    """A demonym that only says where a news outlet is from: "the French news agency AFP", "British
    broadcaster BBC", "Iranian state TV"."""
    tok = state.doc[m.start : m.end].root
    if m.how != "demonym" or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = tok.head
    while not _media_noun(state, head) and head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Iranian state TV": the adjective hangs on "state"
    other = state.index.by_token.get(head.i)
    return _media_noun(state, head) or other is not None and other is not m and other.key in state.index.media


def find_media(state: DocState) -> None:
    """Pass: the keys of news organisations, journalists and the witnesses they quote
    (``state.index.media``)."""
    index = state.index
    for key, actor in index.actors.items():
        if _outlet(state, key, actor):
            index.media.add(key)
    named = [m for m in index.mentions if m.how in ("name", "ner") and not m.chars]
    for m in named:
        if m.key not in index.media and _reporter(state, m, index.actors[m.key]):
            index.media.add(m.key)
    for m in named:
        if index.actors[m.key].kind == "person" and m.key not in index.media and _coordinated(state, m):
            index.media.add(m.key)
    for m in index.mentions:
        if not m.modifier and _outlet_nationality(state, m):
            m.modifier = True  # a news outlet's country is no party to what it reports
