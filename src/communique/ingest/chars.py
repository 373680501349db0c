"""Character-level normalization that keeps, for each output character, its input offset.

Changes made (each output character maps to one input character, so offsets only grow):
CRLF and CR become LF (the CR is dropped or turned into LF), typographic single quotes
become ``'`` and double quotes ``"`` (French guillemets are kept), every kind of space
(no-break, narrow no-break, thin, ...) becomes a plain space, line and paragraph separators
and vertical tabs become LF, zero-width spaces and stray byte-order marks are dropped, soft
hyphens are dropped unless they end a line (the line joiner undoes those), and a letter
followed by combining accents is composed (NFC) where Unicode has a composed form.
"""

from __future__ import annotations

import re
import unicodedata

SINGLE_QUOTES = "’‘‛‚"
DOUBLE_QUOTES = "“”„‟"
ODD_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
LINE_SEPARATORS = "\u2028\u2029\x0b\x85"
INVISIBLE = "\u200b\u2060\ufeff"
SOFT_HYPHEN = "\u00ad"
COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

REPLACEMENTS: dict[str, str] = {
    **dict.fromkeys(SINGLE_QUOTES, "'"),
    **dict.fromkeys(DOUBLE_QUOTES, '"'),
    **dict.fromkeys(ODD_SPACES, " "),
    **dict.fromkeys(LINE_SEPARATORS, "\n"),
    "\r": "\n",
}

SPECIAL = re.compile(
    "\r\n"
    f"|[{re.escape(''.join(REPLACEMENTS))}]"
    f"|[{INVISIBLE}]"
    f"|{SOFT_HYPHEN}(?![ \\t]*(?:[\\r\\n\\f]|$))"
    f"|.[{COMBINING}]+",
    re.DOTALL,
)


def normalize_chars(raw: str) -> tuple[str, list[int]]:
    """``raw`` with the character changes above, and the input offset of each output character."""
    pieces: list[str] = []
    offsets: list[int] = []
    done = 0
    for match in SPECIAL.finditer(raw):
        start, end = match.span()
        pieces.append(raw[done:start])
        offsets.extend(range(done, start))
        found = match.group()
        if found == "\r\n":
            pieces.append("\n")
            offsets.append(start + 1)
        elif found in REPLACEMENTS:
            pieces.append(REPLACEMENTS[found])
            offsets.append(start)
        elif len(found) > 1:  # a letter and its combining marks
            composed = unicodedata.normalize("NFC", found)
            if len(composed) > len(found):
                composed = found
            pieces.append(composed)
            offsets.extend(range(start, start + len(composed)))
        # else: an invisible character or a mid-line soft hyphen, dropped
        done = end
    pieces.append(raw[done:])
    offsets.extend(range(done, len(raw)))
    return "".join(pieces), offsets
