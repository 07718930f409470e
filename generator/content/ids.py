"""Ids: what an entity's id may look like, and how a name becomes one.

An id is a file name and a part of a URL, so it is lowercase ASCII words joined by '-'."""
from __future__ import annotations

import re
import unicodedata

ID_REGEX = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
"""An id: lowercase ASCII words joined by '-'. It becomes a path, so nothing else is allowed."""
ID_PATTERN = re.compile(ID_REGEX)
MAX_ID_LENGTH = 80

# Letters that Unicode does not decompose into an ASCII letter and a mark.
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "đ": "d", "Đ": "d", "ł": "l",
                       "Ł": "l", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ı": "i"})


def is_id(text: str) -> bool:
    return bool(ID_PATTERN.fullmatch(text)) and len(text) <= MAX_ID_LENGTH


def slug(text: str, limit: int = 60) -> str:
    """The id a name suggests: "Jonas Gahr Støre" becomes jonas-gahr-store; '' when nothing is left."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower().replace("’", "").replace("'", ""))
    return "-".join(words)[:limit].strip("-")


def unique(ident: str, used: set[str] | dict[str, object]) -> str:
    """`ident`, or `ident-2`, `ident-3`... whichever is not in `used` yet."""
    if ident not in used:
        return ident
    number = 2
    while f"{ident}-{number}" in used:
        number += 1
    return f"{ident}-{number}"
