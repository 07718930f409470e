"""Checking that an excerpt really is in its source, after normalising spacing and quote marks."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00ab": '"', "\u00bb": '"'})


def normalise(text: str) -> str:
    """The form in which excerpts and sources are compared: NFC, one space for any run of white
    space, and straight quote marks for typographic ones. Nothing else is forgiven."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_QUOTES)).strip()


def find(excerpt: str, normalised_source: str) -> int:
    """Where the excerpt starts in the normalised source text, or -1."""
    return normalised_source.find(normalise(excerpt))


def matching_prefix(excerpt: str, normalised_source: str) -> str:
    """The longest start of the excerpt that is in the source, to show where a copy went wrong."""
    wanted = normalise(excerpt)
    low, high = 0, len(wanted)
    while low < high:  # binary search: a prefix of a found prefix is always found
        middle = (low + high + 1) // 2
        if wanted[:middle] in normalised_source:
            low = middle
        else:
            high = middle - 1
    return wanted[:low]


def anchor(source: str, excerpt: str) -> str:
    """A stable HTML id for one excerpt of one source."""
    digest = hashlib.sha256(f"{source}\0{normalise(excerpt)}".encode()).hexdigest()
    return f"ev-{digest[:12]}"
