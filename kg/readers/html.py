"""An HTML page's article: its main text and metadata by trafilatura, the field's standard for
main-text extraction (menus, cookie banners, tickers, share bars, related links and comments left
out). Measured against the reader it replaced in ``benchmarks/html_reader.py``."""
from __future__ import annotations

import logging
import re

from kg.errors import DocumentError

log = logging.getLogger("kg.documents")

#: Fewer words than this in a page's main text draws a warning (a paywall, a gallery, a failed page).
LITTLE_TEXT = 60


def html_article(html: str, name: str) -> tuple[str, dict[str, str]]:
    """The page's main text (its paragraphs one per line) and its title, published, url and source."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its notes are not the user's concern
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = (found.text or "").strip() if found is not None else ""
    if not text:
        raise DocumentError(f"{name}: no article text in the page")
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    body = "\n".join(ln for ln in lines if ln)
    words = len(body.split())
    if words < LITTLE_TEXT:
        log.warning("%s: the page yields little article text (%d words)", name, words)
    meta = {"title": found.title, "published": found.date, "url": found.url, "source": found.sitename}
    return body, {k: v.strip() for k, v in meta.items() if isinstance(v, str) and v.strip()}
