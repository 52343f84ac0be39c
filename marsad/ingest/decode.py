"""Bytes to text.  Arabic news still arrives in Windows-1256 and ISO-8859-6, and files lie.

Order: a byte-order mark wins; then strict UTF-8; then whichever legacy code page (Windows-1256,
ISO-8859-6, or Windows-1252 for French) reads most plausibly: letters of its script, and no Arabic
letter glued to a Latin one.  Binary data is refused with a clear InputError rather
than decoded into junk that would pollute the store.
"""

from __future__ import annotations

import codecs
import re

from marsad.errors import InputError

MAX_BYTES = 50 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CTRL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Arabic letters and the Arabic comma, semicolon and question mark count as Arabic, and so do harakat and
# tatweel after a letter (alone, or after a Latin letter, they are what French bytes read as ISO-8859-6).
_ARABIC = re.compile(r"[\u060c\u061b\u061f\u0621-\u063a\u0641-\u064a]|(?<=[\u0621-\u0652])[\u0640\u064b-\u0652]")
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u00ff\u0152\u0153\u0178]")
# Arabic in Windows-1256 read as Windows-1252 is words made only of accented letters (ãÞÊá for مقتل):
# French never runs three of them together.
_ACCENTED_RUN = re.compile(r"[\u00c0-\u00ff\u0152\u0153\u0178\u0160\u0161\u017d\u017e\u0192]{3,}")
# An Arabic letter glued to a Latin one (rىsumى) is what a French Latin-1 file looks like read as Arabic.
_MIXED = re.compile(r"[A-Za-z][\u0621-\u064a]|[\u0621-\u064a][A-Za-z]")
LEGACY = ("cp1256", "iso-8859-6", "cp1252")
#: What text in UTF-16 reads as: Arabic (with its presentation forms), Latin, punctuation, whitespace.
_PLAIN = re.compile(r"[\s!-~\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]")


def decode_bytes(data: bytes, name: str = "input", max_bytes: int = MAX_BYTES) -> str:
    """Decode `data` to text, or raise InputError naming `name` and the reason."""
    if len(data) > max_bytes:
        raise InputError(f"{name}: {len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit; split it")
    if not data:
        return ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as err:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but is not {enc} ({err.reason})") from None
    ctrl = len(_CTRL.findall(data[:65536]))
    sample = min(len(data), 65536)
    if ctrl / sample > 0.05:
        # UTF-32 or UTF-16 without a byte-order mark, when it reads as text; executables and images are
        # full of NULs too and decode as UTF-16 into CJK junk, so every candidate must pass the same test
        for enc in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
            if (text := _wide_text(data, enc)) is not None:
                return text
        raise InputError(f"{name}: looks like binary data, not text ({ctrl} control bytes in the first {sample})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best, best_score = None, -1.0
    for enc in LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        high = sum(1 for c in text if ord(c) > 127) or 1
        if enc == "cp1252":
            good = len(_LATIN_ACCENTED.findall(text)) - 2 * sum(map(len, _ACCENTED_RUN.findall(text)))
        else:
            good = len(_ARABIC.findall(text)) - 2 * len(_MIXED.findall(text))
        score = good / high
        if score > best_score:
            best, best_score = text, score
    if best is None or best_score < 0.5:
        raise InputError(f"{name}: not UTF-8, nor Arabic Windows-1256/ISO-8859-6, nor Latin-1 text")
    return best


def _wide_text(data: bytes, enc: str) -> str | None:
    """`data` as UTF-16 or UTF-32 without a byte-order mark, when it reads as text.  Both are full of
    control bytes (a NUL in every Latin letter, 0x06 in every Arabic one), and so is binary data;
    decoded strictly, 95% of the characters must be Arabic, Latin, punctuation or whitespace (binary
    read so is CJK, symbols, bad surrogates or code points past U+10FFFF)."""
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    sample = text[:32768]
    if not sample or len(_PLAIN.findall(sample)) < 0.95 * len(sample):
        return None
    return text
