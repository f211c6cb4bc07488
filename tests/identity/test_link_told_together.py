"""A document that tells one event more than once, with more or fewer sides (a headline's "attack on
the country", the lead's "rebels attacked the country"): its reports go to the other documents' real-
world event together, in any order of the reports or of the documents, and a document that tells two
events apart keeps them apart. Hand-made reports, and hand-made documents in a store."""
from __future__ import annotations

import itertools
import random
from datetime import date

from kg.identity.cluster import clusters
from kg.identity.link import one_document_repeats
from kg.identity.repeats import one_event, roles_nest
from kg.identity.store import link_documents, relink, remove_document
from kg.model import Actor, Document, Event, EventMention, Extraction, Mention, Sentence
from kg.rdf import graph_iri, to_triples
from kg.store import Store
from tests.identity.test_link import rep

PUB = date(2024, 3, 2)
UNTIMED = {"plover": "ASSAULT", "parts": (), "pub": PUB, "date_": "2024-03-02", "basis": "report"}


def _docs(made) -> list[list[str]]:
    return sorted(sorted(r.iri.rsplit("/", 2)[-2] + r.iri[-1] for r in m) for m in made.values())


def test_a_headline_and_its_lead_with_one_side_more_join_one_event_together():
    headline = rep("a", 0, tgt=("Q2",), **UNTIMED)  # "Deadly attack in the country"
    lead = rep("a", 1, src=("rebels",), tgt=("Q2",), **UNTIMED)  # "Rebels attacked ..."
    other = rep("b", 0, tgt=("Q2",), **UNTIMED)  # another outlet: "the attack on the country"
    assert not one_document_repeats(headline, lead)  # not the same sides
    assert one_event(headline, lead)
    assert _docs(clusters([headline, lead, other])) == [["a0", "a1", "b0"]]


def test_a_report_of_the_doer_alone_joins_when_left_alone_not_to_merge_two_events():
    doer = rep("a", 0, src=("rebels",), **UNTIMED)  # "the rebels claimed the attack"
    lead = rep("a", 1, src=("rebels",), tgt=("Q2",), **UNTIMED)
    other = rep("b", 0, src=("rebels",), tgt=("Q2",), **UNTIMED)
    assert not roles_nest(doer, lead)  # an actor does many deeds of a type in a day
    assert roles_nest(doer, lead, doer=True)
    assert _docs(clusters([doer, lead, other])) == [["a0", "a1", "b0"]]


def test_told_together_whatever_the_order_of_the_reports():
    reports = [rep("a", 0, tgt=("Q2",), **UNTIMED), rep("a", 1, src=("rebels",), tgt=("Q2",), **UNTIMED),
               rep("b", 0, tgt=("Q2",), **UNTIMED), rep("b", 1, src=("rebels",), tgt=("Q2",), **UNTIMED),
               rep("c", 0, src=("rebels",), tgt=("Q2",), **UNTIMED)]
    want = clusters(reports)
    assert _docs(want) == [["a0", "a1", "b0", "b1", "c0"]]
    for order in itertools.permutations(reports):
        assert clusters(list(order)) == want


def test_a_day_the_words_give_and_the_statements_day_after_it_are_one_day():
    said = {"plover": "ASSAULT", "parts": (), "src": ("rebels",), "tgt": ("Q2",), "pub": PUB}
    yesterday = rep("a", 0, date_="2024-03-01", text="yesterday", **said)
    carried = rep("a", 1, date_="2024-03-02", carried=True, **said)  # "the attack", dated by the statement
    assert one_event(yesterday, carried)
    # two days the words give are two attacks
    assert not one_event(yesterday, rep("a", 1, date_="2024-03-02", text="today", **said))


def test_a_document_that_tells_two_attacks_keeps_them_apart():
    lead = rep("a", 1, src=("rebels",), tgt=("Q2",), **UNTIMED)
    other_group = rep("a", 2, src=("militia",), tgt=("Q2",), **UNTIMED)  # another attacker
    other_target = rep("a", 3, src=("rebels",), tgt=("Q3",), **UNTIMED)  # another country attacked
    reply = rep("a", 4, src=("Q2",), tgt=("rebels",), **UNTIMED)  # the army's strike back
    planned = rep("a", 5, src=("rebels",), tgt=("Q2",), mod="planned", **{**UNTIMED, "basis": "stated"})
    for two in (other_group, other_target, reply):
        assert not roles_nest(lead, two)
        assert not one_event(lead, two)
    assert not one_event(lead, planned)
    # each is linked with the other outlet's lone report of an attack on the country; only one takes it
    lone = rep("b", 0, tgt=("Q2",), **UNTIMED)
    made = _docs(clusters([lead, other_group, lone]))
    assert made == [["a1", "b0"]]
    # and the sides must share a role: a report of the attacker alone and one of the attacked alone
    assert not roles_nest(rep("a", 6, src=("rebels",), **UNTIMED), rep("a", 7, tgt=("Q2",), **UNTIMED))


# the same in a store: documents linked one at a time in every order, removed and ingested again


def _extraction(doc_id: str, events: list[tuple[list[str], list[str]]]) -> Extraction:
    """A document of ``events`` (sources, targets), attacks of its day that its text does not date."""
    text, sentences, out, actors = f"{doc_id}\n\n", [], [], {}
    for i, (src, tgt) in enumerate(events):
        sentence = f"{' and '.join(src) or 'Someone'} attacked {' and '.join(tgt) or 'someone'}."
        start = len(text)
        text += sentence + " "
        s = Sentence(i, start, start + len(sentence), sentence)
        sentences.append(s)
        for key in src + tgt:
            at = start + sentence.index(key)
            actor = actors.setdefault(key, Actor(key=key, label=key, kind="group"))
            actor.mentions.append(Mention(at, at + len(key), key, i))
        verb = start + sentence.index("attacked")
        trigger = EventMention(Mention(verb, verb + 8, "attacked", i), s)
        out.append(Event(key=f"e{i}", plover="ASSAULT", cameo="190", event_class="Attack",
                         participants=src + tgt, source=src, target=tgt, date=PUB.isoformat(),
                         date_basis="report", mentions=[trigger]))
    doc = Document(id=doc_id, text=text, title=doc_id, published=PUB, url=f"https://news.example.org/{doc_id}",
                   source="test")
    return Extraction(doc, sentences, list(actors.values()), out)


DOCUMENTS = [
    _extraction("told-twice", [([], ["landia"]), (["rebels"], ["landia"])]),
    _extraction("told-once", [([], ["landia"])]),
    _extraction("told-by-attacker", [(["rebels"], ["landia"])]),
    _extraction("two-attacks", [(["militia"], ["landia"]), (["rebels"], ["landia"])]),
]


def _links(st) -> dict[str, str]:
    return {str(e): str(w) for e, w in st.query("SELECT ?e ?w WHERE { ?e dip:realWorldEvent ?w }").rows}


def _linked_one_at_a_time(order) -> Store:
    st = Store.open(":memory:")
    for ex in order:
        st.replace_graphs([(str(graph_iri(ex.document.id)), to_triples(ex))])
        link_documents(st, [ex.document.id])
    return st


def test_in_a_store_a_document_told_twice_joins_the_others_event_with_both_reports():
    links = _links(_linked_one_at_a_time(DOCUMENTS[:3]))
    assert len(links) == 4 and len(set(links.values())) == 1


def test_in_a_store_the_links_do_not_depend_on_the_order_and_survive_a_remove():
    want = _links(_linked_one_at_a_time(DOCUMENTS))
    two_attacks = [e for e in want if "/two-attacks/" in e]
    assert len(two_attacks) == 2 and len({want[e] for e in two_attacks}) == 2  # never one event together
    for order in itertools.permutations(DOCUMENTS):
        assert _links(_linked_one_at_a_time(order)) == want
    st = _linked_one_at_a_time(random.Random(1).sample(DOCUMENTS, len(DOCUMENTS)))
    assert remove_document(st, "told-once")
    after_remove = _links(st)
    relink(st)
    assert _links(st) == after_remove
    again = DOCUMENTS[1]
    st.replace_graphs([(str(graph_iri(again.document.id)), to_triples(again))])
    link_documents(st, [again.document.id])
    assert _links(st) == want
