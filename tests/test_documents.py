"""Reading articles: formats, metadata, page junk and bad input."""
from __future__ import annotations

import json
from datetime import date

import pytest

from kg.documents import iter_paths, read_path
from kg.errors import DocumentError


def test_seed_title_date_and_junk(seed_path):
    (doc,) = read_path(seed_path)
    assert doc.title.startswith("Updates: European Leaders")
    assert doc.published == date(2025, 8, 19)  # from the .meta.json beside it
    assert "Post a Comment" not in doc.text and "No comments" not in doc.text
    assert doc.text.rstrip().endswith("which Mr. Trump noted\u201c")


def test_front_matter(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("---\ntitle: Talks in Geneva\npublished: 2024-03-05\nurl: https://example.org/a\n---\n"
                 "Talks in Geneva\nThe ministers met in Geneva on Monday and agreed to meet again.\n")
    (doc,) = read_path(p)
    assert doc.title == "Talks in Geneva" and doc.published == date(2024, 3, 5)
    assert doc.url == "https://example.org/a"
    assert doc.text.startswith("Talks in Geneva\nThe ministers")


def test_published_option_fills_missing_date_only(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("Headline here\nThe foreign minister said the talks would continue next week.\n")
    (doc,) = read_path(p, published=date(2023, 1, 2))
    assert doc.published == date(2023, 1, 2)
    (nodate,) = read_path(p)
    assert nodate.published is None


def test_html_article_with_meta_and_scripts(tmp_path):
    p = tmp_path / "c.html"
    p.write_text(
        "<html><head><title>Leaders meet</title>"
        '<meta property="article:published_time" content="2025-02-01T10:00:00Z">'
        "<script>var x = 'not text';</script></head><body><nav>Home | World</nav>"
        "<article><h1>Leaders meet</h1><p>The president met the chancellor in Berlin on Friday.</p>"
        "<p>They discussed the war and the sanctions against the regime.</p></article>"
        "<footer>Copyright</footer></body></html>")
    (doc,) = read_path(p)
    assert doc.published == date(2025, 2, 1)
    assert doc.title == "Leaders meet"
    assert "not text" not in doc.text and "Home | World" not in doc.text
    assert "The president met the chancellor in Berlin on Friday." in doc.text


def test_jsonl_records(tmp_path):
    p = tmp_path / "feed.jsonl"
    rows = [{"id": "x1", "title": "First", "published": "2025-01-01",
             "text": "The envoy visited the capital and met the president of the country."},
            {"url": "https://example.org/2", "text": "Second\nThe army said it had withdrawn from the town."}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    docs = read_path(p)
    assert [d.id for d in docs] == ["x1", "https-example-org-2"]
    assert docs[0].text.startswith("First\n") and docs[0].published == date(2025, 1, 1)


def test_jsonl_sentence_records_with_other_field_names(tmp_path):
    p = tmp_path / "sentences.jsonl"
    rows = [{"id": "s1", "sentence": "The envoy met the president of the country.", "story_date": "20190315"},
            {"id": "s2", "text": "The army withdrew from the town.", "publication_date": "2019-03-16"}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    docs = read_path(p)
    assert [d.published for d in docs] == [date(2019, 3, 15), date(2019, 3, 16)]
    assert docs[0].text.startswith("The envoy met")


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Caf\u00e9 diplomacy and the summit of the ministers".encode("latin-1"), "not UTF-8"),
    ("Der Bundeskanzler traf sich gestern mit dem Pr\u00e4sidenten in Berlin, um \u00fcber die "
     "Lage im Osten zu sprechen, und beide forderten eine Waffenruhe.".encode(), "English"),
])
def test_bad_input_is_one_clear_error(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        read_path(p)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_huge_input_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"The minister met the envoy. " * 200_000)
    with pytest.raises(DocumentError, match="too large"):
        read_path(p)


def test_malformed_jsonl_names_the_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"text": "The minister met the envoy in the capital on Monday."}\n{oops\n')
    with pytest.raises(DocumentError, match=r"feed.jsonl:2"):
        read_path(p)


def test_folder_listing_skips_sidecars_and_hidden(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "notes.gold.json").write_text("{}")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.txt"]
    with pytest.raises(DocumentError, match="no such file"):
        list(iter_paths([tmp_path / "missing"]))
