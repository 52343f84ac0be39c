"""Bytes to text.  Arabic news still arrives in Windows-1256 and ISO-8859-6, and files lie.

Order: a byte-order mark wins; then strict UTF-8; then whichever of the Arabic legacy code
pages yields the most Arabic letters.  Binary data is refused with a clear InputError rather
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
_ARABIC = re.compile(r"[\u0621-\u064a]")
LEGACY = ("cp1256", "iso-8859-6")


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
    if ctrl / sample > 0.05 and data.count(b"\x00") / sample > 0.3:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
    if ctrl / sample > 0.05:
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
        score = len(_ARABIC.findall(text)) / high
        if score > best_score:
            best, best_score = text, score
    if best is None or best_score < 0.5:
        raise InputError(f"{name}: not UTF-8, and not Arabic Windows-1256 or ISO-8859-6 text either")
    return best
