"""Input bytes to text: empty, binary and oversized input refused; UTF-8 first, then the encoding
charset-normalizer detects (legacy files such as Windows-1252 with smart quotes)."""
from __future__ import annotations

from kg.errors import DocumentError

MAX_BYTES = 5_000_000


def _detected(data: bytes, name: str) -> str:
    """The text in the encoding charset-normalizer finds most plausible, or an error naming the bytes."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DocumentError(f"{name}: not text: not UTF-8 and no known encoding fits")
    return str(best)


def looks_binary(text: str) -> bool:
    """More control characters than text has (NUL bytes and the like)."""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(8, len(text) // 100)


def decode(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> str:
    """The text of ``data`` with ``\\n`` line ends; DocumentError naming ``name`` when it is not text."""
    if not data.strip():
        raise DocumentError(f"{name}: empty document")
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif b"\x00" in data:
        raise DocumentError(f"{name}: binary data, not text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _detected(data, name)
    if looks_binary(text):
        raise DocumentError(f"{name}: binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
