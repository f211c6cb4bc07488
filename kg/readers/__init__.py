"""What turns input bytes into an article's text: encodings, language, dates, HTML main text, ids.

``kg.documents`` puts these together into readers for each input format."""
