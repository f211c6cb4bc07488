"""The language data gathered from ontology/ (kg.extract.language, kg.extract.lexicon)."""

from __future__ import annotations

from datetime import date

from kg.extract.language import load_language
from kg.plover import plover_scheme

PUBLISHED = date(2024, 3, 14)  # a Thursday: the default publication date of ``run``


def test_lexicon_covers_all_plover_types():
    lex = load_language().lexicon
    hand = {t.plover for ts in lex.by_word.values() for t in ts if not t.breadth and not t.no_event}
    assert hand == set(plover_scheme().names)
    assert any(t.breadth for ts in lex.by_word.values() for t in ts), "CAMEO verbs were not loaded"
