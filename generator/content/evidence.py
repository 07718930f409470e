"""Checking that an excerpt really is in its source, after normalising spacing and quote marks."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
"""Characters that show nothing, which a page copied from the web carries: a soft hyphen where a word may break
("recon\u00adstruction"), a zero-width space, a joiner, a byte-order mark. An excerpt copied from what a browser
shows has none of them, and the source it quotes may have them all."""
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00ab": '"', "\u00bb": '"'})


def normalise(text: str) -> str:
    """The form in which excerpts and sources are compared: NFC, one space for any run of white
    space, straight quote marks for typographic ones, and no characters that show nothing. Nothing
    else is forgiven."""
    return _SPACE.sub(" ", INVISIBLE.sub("", unicodedata.normalize("NFC", text)).translate(_QUOTES)).strip()


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
