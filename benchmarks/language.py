"""Does the English check accept English and refuse the rest?

English: every gold sentence of ``tests/data/gold`` and ``../shared/eval/dev`` alone (as the
sentence-level evaluation feeds them, one JSON Lines record each), every gold article whole, and
terse wire headlines full of names. Not English: news texts in nine other languages, articles and
single sentences, written for this benchmark. Printed for ``kg.readers.language.check_english``
(py3langid on the uncapitalised words) and, as the baseline in the same run, the share-of-common-
English-words rule it replaced: how many English texts each refuses, how many foreign ones each
accepts, and the time per text.

    python benchmarks/language.py
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from kg.errors import DocumentError
from kg.evaluate.gold import find_gold, read_gold
from kg.evaluate.sentences import sentence_records
from kg.readers.language import check_english

ROOT = Path(__file__).resolve().parent.parent
WIRE = [
    "Putin, Xi hold talks in Beijing.",
    "Zelensky, Starmer, Macron meet Trump at White House; Merz joins by video.",
    "Israel strikes Hezbollah targets in south Lebanon - IDF.",
    "Lavrov meets Wang Yi in Moscow.",
    "Erdogan calls Putin, urges ceasefire in Ukraine.",
    "UN envoy Guterres meets Abbas, Netanyahu.",
    "Kim Jong Un fires missiles into Sea of Japan - Seoul.",
    "Modi, Sharif talk by phone.",
    "Putin met Xi in Beijing on Monday.",
]
FOREIGN = {
    "de article": "Der Kanzler ist am Montag nach Washington gereist, um mit dem amerikanischen "
                  "Präsidenten über eine Waffenruhe in der Ukraine zu sprechen. Nach dem Treffen sagte "
                  "er, man sei sich in vielen Fragen einig, aber der Weg zu einem Frieden sei noch lang.",
    "de names": "Merz in Berlin, Macron in Paris, Starmer in London und Meloni in Rom: Nach dem Treffen in "
                "Washington sprach der Kanzler in der Nacht mit Selenskyj in Kiew.",
    "de sentence": "Die Armee hat sich aus der Stadt zurückgezogen.",
    "de call": "Merz telefonierte am Montag mit Selenskyj.",
    "fr article": "Le ministre des Affaires étrangères a reçu mardi son homologue pour "
                  "préparer le sommet de la semaine prochaine, a indiqué le ministère dans un "
                  "communiqué publié dans la soirée.",
    "fr sentence": "L'armée s'est retirée de la ville après trois jours de combats.",
    "fr call": "Macron a parlé lundi avec Zelensky au téléphone.",
    "es": "El ministro de Defensa anunció el martes que las tropas se retirarán de la frontera "
          "antes de que termine el mes.",
    "es sentence": "El ejército se retiró de la ciudad.",
    "it": "Il governo ha convocato l'ambasciatore dopo l'attacco di ieri sera contro la sede diplomatica.",
    "nl": "De minister van Buitenlandse Zaken heeft dinsdag met zijn collega gesproken over de oorlog.",
    "pt": "O presidente recebeu nesta terça-feira o primeiro-ministro para discutir o acordo de paz.",
    "ru": "Президент провел телефонный разговор с премьер-министром.",
    "zh": "两国外长周一在日内瓦举行会谈，讨论了停火问题。",
    "id": "Menteri luar negeri kedua negara bertemu pada hari Senin untuk membahas perjanjian damai.",
}

_COMMON = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by",
    "he", "she", "it", "at", "said", "from", "his", "her", "an", "be", "have", "has", "had",
    "are", "were", "this", "which", "or", "will", "would", "not", "but", "they", "their", "its",
    "after", "who", "been", "we", "also", "more", "than", "about", "over", "into",
}


def word_share_check(text: str, name: str) -> None:
    """The rule before py3langid: refuse 12+ words of which under 8% are common English words."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) >= 12 and sum(w in _COMMON for w in words) / len(words) < 0.08:
        raise DocumentError(f"{name}: does not look like English text")


def accepts(check, text: str) -> bool:
    try:
        check(text, "x")
    except DocumentError:
        return False
    return True


def main() -> None:
    golds = [read_gold(p) for p in find_gold([*sorted((ROOT / "tests" / "data" / "gold").glob("b*")),
                                              ROOT.parent / "shared" / "eval" / "dev"], None)]
    sentences = [r.text for r in sentence_records(golds)]
    articles = [g.text_path.read_text(encoding="utf-8") for g in golds]
    print(f"English: {len(sentences)} gold sentences, {len(articles)} articles, {len(WIRE)} wire "
          f"headlines; not English: {len(FOREIGN)} texts")
    for name, check in (("common-word share (baseline)", word_share_check), ("py3langid", check_english)):
        start = time.perf_counter()
        refused = [t for t in sentences + articles + WIRE if not accepts(check, t)]
        taken = [k for k, t in FOREIGN.items() if accepts(check, t)]
        n = len(sentences) + len(articles) + len(WIRE) + len(FOREIGN)
        ms = 1000 * (time.perf_counter() - start) / n
        print(f"{name:<30} English refused {len(refused):>3}  foreign accepted {len(taken):>2} "
              f"{sorted(taken)}  {ms:.2f} ms/text")


if __name__ == "__main__":
    main()
