"""How well the HTML reader keeps an article's text and leaves the page furniture out.

Real article texts (``tests/data/gold``: VOA, GOV.UK, U.S. government, UN, Kremlin, Wikinews) are
laid into four page shapes that news sites, blogs and government sites use: a news page with a
cookie banner, a menu, a ticker, a share bar right under the byline, related stories and a
newsletter box; the same in bare ``div`` markup; a blog post with "Posted by", labels and comments;
a government page with breadcrumbs and a feedback box. Each page is read with ``kg.documents``
(trafilatura) and, as the baseline in the same run, with all of its visible text (``html.parser``,
scripts and styles left out). Printed: token precision and recall against the article text (bags
of words, as trafilatura's own evaluation counts), furniture phrases that got through, pages that
lost more than half of the article, and the time per page.

    python benchmarks/html_reader.py [--pages 24]
"""
from __future__ import annotations

import argparse
import html
import re
import tempfile
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from kg.documents import read_path
from kg.errors import DocumentError

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
FURNITURE = ["Accept all cookies", "Markets fall", "Share this article", "Comments (14)",
             "Five things to know", "nobody believes", "Sign up for our daily", "All rights reserved",
             "Privacy policy", "Podcasts", "Blog Archive", "Is this page useful", "Labels:",
             "Post a Comment", "Posted by"]


def _paras(body: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n") if p.strip())


def page(shape: str, title: str, body: str, day: str, url: str) -> str:
    """``body`` (paragraphs, one a line) laid into a page of the given shape."""
    t = html.escape(title)
    head = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{t} | Example News</title>'
            f'<meta property="og:title" content="{t}"><meta property="article:published_time" '
            f'content="{day}T09:30:00Z"><meta property="og:url" content="{url}"></head><body>')
    menu = ["Home", "World", "Politics", "Business", "Opinion", "Sport", "Video", "Podcasts"]
    nav = "<header><nav><ul>" + "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in menu) \
        + "</ul></nav></header>"
    cookie = ('<div class="cookie-banner"><p>We use cookies to improve your experience on our site.</p>'
              "<button>Accept all cookies</button></div>")
    ticker = '<div class="ticker"><span>Breaking news: Markets fall as oil prices climb</span></div>'
    share = ('<div class="share-bar"><span>Share this article</span><a>Facebook</a> <a>Twitter</a>'
             '<div class="comments-count">Comments (14)</div></div>')
    byline = f'<div class="byline">By Staff Reporter, {day}</div>'
    related = ('<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Five things to know '
               'about the summit</a></li><li><a href="/b">Analysis: what the deal means</a></li></ul>'
               "</aside>")
    comments = ('<section id="comments"><h3>Comments</h3><div class="comment"><p>John wrote: nobody '
                "believes this.</p><a>Reply</a></div></section>")
    letter = ('<div class="newsletter"><p>Sign up for our daily newsletter</p><button>Subscribe</button>'
              "</div>")
    footer = ("<footer><p>Copyright 2024 Example News Group. All rights reserved.</p><a>Privacy policy</a>"
              "</footer>")
    if shape == "news":
        main = (f"<main><article><h1>{t}</h1>{byline}{share}<div class='article-body'>{_paras(body)}</div>"
                f"</article>{related}</main>")
        return head + cookie + nav + ticker + main + letter + footer + "</body></html>"
    if shape == "divs":
        main = (f'<div id="content"><div class="headline"><h1>{t}</h1></div>{byline}<div class="story">'
                f'{_paras(body)}</div>{share}{related.replace("aside", "div")}{comments}</div>')
        return (head + cookie + nav.replace("nav", "div").replace("header", "div") + ticker + main + letter
                + footer.replace("footer", "div") + "</body></html>")
    if shape == "blog":
        main = (f'<div class="post"><h2 class="post-title">{t}</h2><div class="post-body entry-content">'
                f'{_paras(body)}</div><div class="post-footer">Posted by Editor <span>Labels: world</span>'
                f"</div>{comments}<div><p>Post a Comment</p></div></div>")
        return (head + nav + main + "<div class='sidebar'><h2>Blog Archive</h2><ul><li>2024 (12)</li></ul>"
                "</div>" + footer + "</body></html>")
    crumbs = '<ol class="breadcrumbs"><li>Home</li><li>Government</li><li>News</li></ol>'
    main = (f'<main>{crumbs}<h1>{t}</h1><p class="meta">Press release, published {day}</p>{share}'
            f'<div class="govspeak">{_paras(body)}</div><div class="feedback"><p>Is this page useful?</p>'
            "<button>Yes</button><button>No</button></div></main>")
    return head + cookie + nav + main + footer + "</body></html>"


class _AllText(HTMLParser):
    """The baseline: every piece of text of the page but scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style") and self.skip > 0

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def all_text(path: Path) -> str:
    parser = _AllText()
    parser.feed(path.read_text(encoding="utf-8"))
    return "\n".join(parser.parts)


def project_reader(path: Path) -> str:
    try:
        return read_path(path)[0].text
    except DocumentError:
        return ""


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def score(reader, pages: list[tuple[Path, str]]) -> dict:
    p_sum = r_sum = 0.0
    leaked = lost = 0
    start = time.perf_counter()
    for path, truth in pages:
        text = reader(path)
        got, want = tokens(text), tokens(truth)
        common = sum((got & want).values())
        p = common / max(1, sum(got.values()))
        r = common / max(1, sum(want.values()))
        p_sum, r_sum = p_sum + p, r_sum + r
        leaked += sum(f.lower() in text.lower() for f in FURNITURE)
        lost += r < 0.5
    n = len(pages)
    return {"P": p_sum / n, "R": r_sum / n, "leaked": leaked, "lost": lost,
            "ms": 1000 * (time.perf_counter() - start) / n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=24)
    args = ap.parse_args()
    texts = sorted(GOLD.glob("b*/*.txt"))
    step = max(1, len(texts) // args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for i, src in enumerate(texts[::step][:args.pages]):
            raw = src.read_text(encoding="utf-8")
            if raw.startswith("---\n"):
                raw = raw[raw.index("\n---", 3) + 5:]
            lines = [ln for ln in raw.strip().split("\n") if ln.strip()]
            shape = ("news", "divs", "blog", "gov")[i % 4]
            path = Path(tmp, f"p{i:02d}-{shape}.html")
            path.write_text(page(shape, lines[0], "\n".join(lines[1:]), "2024-05-06",
                                 f"https://news.example.org/{i}"), encoding="utf-8")
            pages.append((path, "\n".join(lines[1:])))
        print(f"{len(pages)} pages (four shapes) around real article texts from tests/data/gold")
        for name, reader in (("all visible text (baseline)", all_text), ("kg.documents", project_reader)):
            s = score(reader, pages)
            f1 = 2 * s["P"] * s["R"] / (s["P"] + s["R"]) if s["P"] + s["R"] else 0.0
            print(f"{name:<28} P {s['P']:.3f}  R {s['R']:.3f}  F1 {f1:.3f}  furniture phrases leaked "
                  f"{s['leaked']:>3}  pages that lost half the article {s['lost']:>2}  {s['ms']:.1f} ms/page")


if __name__ == "__main__":
    main()
