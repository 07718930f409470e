"""What a sum is said to pay for besides itself: a share set apart, a thing after it, what it covers or includes."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import NUMBER_WORDS
from generator.editing.draft.items.contents import content
from generator.editing.draft.items.kinds import AID, GOODS, category
from generator.editing.draft.items.money import MONEY, value_of
from generator.editing.draft.items.naming import LEAD, Found, plain_noun, wordings_of
from generator.editing.draft.items.splitting import LIST_END, LIST_TAIL, things_of
from generator.editing.draft.model import Item

_SUM_INCLUDES = re.compile(r"(?P<aim>(?:[^.;:—–]|\.\d){0,160}?),\s+including\s+(?P<list>(?:[^—–.;]|\.\d)+)")
_TO_DO = re.compile(r"\bto\s+(?!(?:the|its|their|a|an)\b)[a-z]")
"""A purpose said by a verb ("to upgrade water networks in three governorates, including ..."), whose list names
the places or parts of the work, no things given."""


def sum_includes(phrase: str, tail: str) -> list[Found]:
    """"$30 million for border security equipment, including thermal cameras and patrol boats": a sum for what it
    is for, then what that includes, each a thing the text names as given besides the sum. Not a sum "in" what it
    is ("£50m in humanitarian aid, including blankets"), whose list only describes it, nor a purpose said by a
    verb, nor a list of places ("for water networks, including Tumbes and Piura") or of sums."""
    listing = _SUM_INCLUDES.match(tail)
    if listing is None or not re.search(r"\bfor\s", listing.group("aim")) or _TO_DO.search(listing.group("aim")) \
            or AID_NAMED.search(phrase + listing.group("aim")) or re.match(r"\s+in\s", listing.group("aim")):
        return []
    end = LIST_END.search(listing.group("list"))
    words = LIST_TAIL.split(listing.group("list")[:end.start() if end else len(listing.group("list"))])[0]
    parts = [p.strip() for p in things_of(words) if p.strip()]
    found = [content(p) for p in parts]
    names = [f[0].name for f in found if f is not None]
    if not parts or len(names) < len(parts) or MONEY.search(words) or \
            not all(AID.search(n) or GOODS.search(n) or plain_noun(n) for n in names) or \
            not any(AID.search(n) or GOODS.search(n) for n in names):
        return []
    return [f for f in found if f is not None]


EARMARKED = re.compile(r"^[^,;:.—–]{0,60}?,\s+of\s+which\s+(?P<sum>" + MONEY.pattern + r")\s+"
                        r"(?:is|was|are|were|will\s+be|would\s+be|has\s+been|have\s+been)\s+(?:earmarked|set\s+aside|allocated|reserved|intended|destined|"
                        r"designated|meant)\s+(?:for|to)\s+(?P<what>(?:[^,;:—–()]|\.\d){3,120}?)"
                        r"(?=\s+and\s+(?:the\s+)?(?:rest|remainder|balance)\b|\s*[,;:—–(]|\.(?!\d)|$)")
"""A share of a sum set apart for an aim: "$900m, of which $250m is earmarked for school meals", "€62 million a
year, of which €16.5 million will be set aside for fishing communities"."""


def earmarked_share(share: re.Match[str]) -> Found:
    """The share a sum sets apart, named by its aim, worth its own sum."""
    what = LEAD.sub("", " ".join(share.group("what").split()))
    amount = MONEY.match(share.group("sum"))
    value = value_of(amount) if amount else None
    return (Item(what, None, category(what)), wordings_of(what, share.group("sum").strip()), value)


_AND_A_THING = re.compile(r"\s+and\s+(?=(?:an?|\d[\d,.]*|(?i:" + "|".join(NUMBER_WORDS) + r"))\s)")


def thing_after_sum(phrase: str, money: re.Match[str]) -> str | None:
    """The thing that "and" joins to a sum when it has its own article or number and is no sum itself: "€20
    million and 10 ambulances", "$5 million and a field hospital"; not "€20 million and €30 million"."""
    joined = _AND_A_THING.match(phrase, money.end())
    if joined is None or MONEY.search(phrase, joined.end()):
        return None
    return phrase[joined.end():]


SUM_COVERS = re.compile(r"(?:[^.;:—–]|\.\d){0,140}?(?:,\s*|\s+)(?:covering|(?:to\s+be\s+)?split\s+between|"
                         r"(?:that|which)\s+(?:(?:it|they|he|she)\s+(?:said|says?)\s+)?(?:will\s+|would\s+)?"
                         r"(?:includes?|covers?|funds?|pays?\s+for))\s+(?P<list>(?:[^—–.;]|\.\d)+)")
AID_NAMED = re.compile(r"\bin\s+(?:[\w-]+\s+){0,2}(?:aid|assistance|support|relief)\b")
"""'£120m in humanitarian aid, including generators', 'C$60 million in budget support, covering salaries': a sum
whose words say already what it is for, which its list only describes."""
COVER_WORD = re.compile(r",?\s+(?:covering|(?:to\s+be\s+)?split|which|that)\b")
"""A sum and what it is said to pay for, after the sum's own words: "$100m, split between budget support and
health services", "€60m for Chad, which it said would cover food rations, seed and cash transfers". ("Including"
more often only describes the sum: "$19 billion, including military and humanitarian assistance".)"""
