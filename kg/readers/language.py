"""Is this English? py3langid (langid.py's naive Bayes model, shipped in the package; deterministic)
judges the words that are not capitalised, so a terse wire report full of names is judged by its few
common words ("meets", "in", "talks") and not by the names (Zelensky, Xi, Merz) that fill it.

Measured by ``benchmarks/language.py`` on the project's gold (1,104 English sentences alone, 127
articles), terse wire headlines, and 15 news texts in nine other languages (articles and single
sentences): every English text accepted, every foreign one refused; the common-word rule it
replaced refused 2 English texts and accepted 7 foreign ones. langdetect refused 4 of the gold
sentences and 2 headlines, lingua (low-accuracy mode) 16 and 3, on the same words."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.errors import DocumentError
from kg.resources import load_yaml

#: Below this many uncapitalised words (and letters), a text is too short to judge: it passes.
MIN_WORDS = 3
MIN_LETTERS = 20
#: The identifier reads this much of a long text.
SAMPLE = 5000
#: A text is refused when another language is this many times likelier than English: three short
#: words ("met in on") can lean Dutch at odds of 2, a short German sentence leans German at 100.
ODDS = 10

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _marks() -> tuple[frozenset[str], float, int]:
    data = load_yaml("english.yaml")
    return frozenset(data["marks"]), float(data["share"]), int(data["min_words"])


def plainly_english(words: list[str]) -> bool:
    """Whether enough of ``words`` are common English words found in no other news language
    (``ontology/english.yaml``) to call the text English without loading the identifier."""
    marks, share, min_words = _marks()
    hits = sum(w.lower() in marks for w in words)
    return len(words) >= min_words and hits >= share * len(words)


def judged_words(text: str) -> list[str]:
    """The words the identifier reads: those not capitalised (names, titles, acronyms set aside)."""
    return [w for w in _WORD.findall(text[:SAMPLE]) if not w[0].isupper()]


def language_of(text: str) -> tuple[str, float, float] | None:
    """The ISO 639-1 code of the likeliest language, its probability and English's; None when the
    text is too short to judge."""
    words = judged_words(text)
    if len(words) < MIN_WORDS and sum(map(len, words)) < MIN_LETTERS:
        return None
    if plainly_english(words):
        return "en", 1.0, 1.0
    ranked = _identifier().rank(" ".join(words))
    english = next((p for code, p in ranked if code == "en"), 0.0)
    return ranked[0][0], float(ranked[0][1]), float(english)


def check_english(text: str, name: str) -> None:
    """DocumentError naming ``name`` unless the text is English (or too short to tell)."""
    found = language_of(text)
    if found is not None and found[0] != "en" and found[1] >= ODDS * found[2]:
        raise DocumentError(f"{name}: not English (looks like '{found[0]}', p={found[1]:.2f})")
