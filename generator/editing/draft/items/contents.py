"""What a package or a sum is said to include or cover, one thing for each part of the list."""
from __future__ import annotations

import re

from generator.editing.draft.items.kinds import NOT_AID, category
from generator.editing.draft.items.money import MONEY
from generator.editing.draft.items.naming import (
    ABBREVIATION,
    CONVERTED,
    Found,
    name_and_quantity,
    not_a_thing,
    sum_in_list,
    wordings_of,
)
from generator.editing.draft.items.splitting import LIST_END, LIST_TAIL, served_too, shares_head
from generator.editing.draft.model import Item
from generator.editing.draft.text import fold

_ASIDE_OF_PLACE = re.compile(r"(?:near|in|at|on|outside|close\s+to|along|around|across|from|off|(?:north|south|east|west)"
                             r"(?:-?(?:east|west))?\s+of)\s", re.IGNORECASE)
"""', near Naivasha,': an aside on where the thing before it is, no thing of its own."""
_ASIDE_OF_KIND = re.compile(r"(?:including|such\s+as|notably|especially|in\s+particular|mainly|mostly)\s", re.IGNORECASE)
"""', including prosthetics and vocational training,': an aside on what the thing before it holds, no thing of its
own."""
_LIST_CLOSED = re.compile(r"(?:without|while|despite|saying|adding|according\s+to)\s|(?:a|an)\s+(?:[\w-]+\s+)?"
                          r"(?:commitment|pledge|promise|move|step|decision|gesture|sum|figure|amount|total)\b")
"""', without giving a figure', ', a commitment Doha did not put a figure on': an aside on the whole list, which
closes it; no thing of its own."""
_PLACE_NAMED = re.compile(r"\b(?:in|across|near|at|of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")


def _places_go_on(before: str, piece: str) -> bool:
    """"salaries of nurses in Aden, Marib and Taiz": after a part that ends in a place a preposition names, a part
    that opens with a capitalised name goes on with the places, not with the things."""
    return bool(_PLACE_NAMED.search(before)) and re.match(r"[A-Z]", piece) is not None


_PARTICIPLE = re.compile(r"[a-z]+ed\s+(?:by|together|with|to|in|on|at|last|this|from|under|through|via|as|earlier)\b")
_TIME_SPAN = re.compile(r"(?:the\s+)?(?:(?:next|coming|first|last|following|whole|entire|rest\s+of\s+the|remainder\s+of\s+the)"
                        r"\b|(?:[\w-]+\s+)?(?:period|years?|months?|weeks?|days?|seasons?|decades?)$)", re.IGNORECASE)
_CONTENT_STOP = re.compile(r"\s+(?:to|for|in|on|at|during|before|after|by|from|within|over|under|as|which|that|worth|"
                           r"through|via|with|around|along|across|near)\b")


def contents(text: str) -> list[Found]:
    """"crew training, fuel for the first two years of operations and maintenance at the naval base": what a
    package or a sum is said to include or cover, one thing for each part at its commas and its last "and",
    whatever its words; the package has already said they are aid. A bare noun before "and" that shares the
    head after it is no thing of its own ("water and sewage networks"), nor is a name ("Idlib and Afrin")."""
    rest = CONVERTED.sub("", ABBREVIATION.sub(r"\g<word>", text.lstrip()))
    # "diesel fuel for power stations in Aden, as well as 40,000 food baskets": one more thing of the list
    rest = re.sub(r",?\s+as\s+well\s+as\s+", ", ", rest)
    end = LIST_END.search(rest)
    phrase = LIST_TAIL.split(rest[:end.start() if end else len(rest)])[0]
    if "x" * 3 in phrase:
        return []
    pieces: list[str] = []
    for piece in (p.strip() for p in re.split(r",(?!\d{3})\s*", phrase)):
        if pieces and (_PARTICIPLE.match(piece) or _LIST_CLOSED.match(piece)):
            break  # "water pumps, delivered together with Sweden": a clause on the things, not one more
        if pieces and _places_go_on(pieces[-1], piece):
            continue  # the places the thing before is for, no part of its name
        if pieces and (_ASIDE_OF_PLACE.match(piece) or _ASIDE_OF_KIND.match(piece)):
            pieces[-1] += ", " + piece
        elif piece:
            pieces.append(piece)
    if len(pieces) > 1 and pieces[-1].startswith("and "):
        pieces[-1] = pieces[-1][4:]  # "A, B, and C": the last "and" after a comma joins no more than the list
    elif pieces:
        pieces[-1:] = _parts_at_and(pieces[-1])
    if len(pieces) < 2 or any(len(p.split()) > 14 for p in pieces):
        return []
    found = [content(p) for p in pieces]
    return [f for f in found if f is not None] if all(found) else []


def _parts_at_and(phrase: str) -> list[str]:
    """"fuel for two years and maintenance at the base": the last part of a list, split at each "and" that
    opens a thing of its own."""
    parts = [phrase]
    for join in re.finditer(r"\s+and\s+", phrase):
        left, right = phrase[:join.start()], phrase[join.end():]
        head = right[:cut.start()] if (cut := _CONTENT_STOP.search(right)) else right
        if re.match(r"[A-Z]", right) or shares_head(left, head) or not left.strip() or served_too(left, head):
            continue
        done = " ".join(parts[:-1])
        parts[-1:] = [left[len(done):].strip() if done else left.strip(), right]
    return [p for p in parts if p.strip()]


def content(piece: str) -> Found | None:
    """One thing of a package's list: a sum by what it is for, or else the thing, named by its words up to
    the first phrase of its own."""
    money = MONEY.match(piece)
    if money:
        # a sum with no aim ("€40 million, €30 million and €20 million") says no thing of its own
        return sum_in_list(piece, money.group(), money) if re.match(r"\s+(?:for|to)\s+\S", piece[money.end():]) else None
    head = piece[:cut.start()] if (cut := _CONTENT_STOP.search(piece)) else piece
    if _TIME_SPAN.match(head):
        return None  # "covering the period to 2027": a time, not a thing
    name, quantity = name_and_quantity(head)
    if not name or not_a_thing(piece) or fold(name).split()[-1:] == [] or fold(name).split()[-1] in NOT_AID \
            or (re.match(r"(?:the\s+)?[A-Z]", name) and not re.search(r"[a-z]{3,}\s+[a-z]", name)):
        return None
    # the words in full, for the editor, unless they name a place or a party, which is no part of the thing
    full = piece if not re.search(r"\s[A-Z]", piece[len(head):]) else ""
    return (Item(name, quantity, category(name)), wordings_of(head.strip(), name, full), None)
