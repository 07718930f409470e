"""The shares a sentence opening on "Of that" splits a sum just reported into."""
from __future__ import annotations

import re

from generator.editing.draft.items.given import items
from generator.editing.draft.items.money import MONEY, value_of
from generator.editing.draft.items.naming import Found, wordings_of

_ANY_SUM = re.sub(r"\(\?P<\w+>", "(?:", MONEY.pattern)
_OF_THAT = re.compile(r"(?:(?:Of|From)\s+(?:that|this|it|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:total|sum|amount|money|"
                      r"funds|pledge|package|tranche|contribution|grant|loan))|Under\s+(?:the|this|that|its|their)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|partnership|package|programme|program|plan|pledge))"
                      r"\s*,?\s+(?=" + MONEY.pattern + r")|(?=[Tt]he\s+(?:remaining|other)\s+(?:" + _ANY_SUM + r")|"
                      r"[Tt]he\s+(?:rest|remainder|balance)\s+(?:will|would|is|goes)\b)")
_SHARE_GOES = re.compile(r"(?:[Tt]he\s+(?:remaining|other)\s+)?(?P<sum>" + MONEY.pattern + r"|(?:[Tt]he\s+)?(?:rest|remainder|"
                         r"balance))\s+(?:(?:(?:will|would|is\s+to|are\s+to)\s+(?:go|be\s+(?:spent|used|earmarked|set\s+aside|"
                         r"allocated|reserved))\s+|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:earmarked|set\s+aside|"
                         r"allocated|reserved|intended|destined|meant)\s+|goes\s+)?(?:to|towards?|for|on)\s+|(?:will|would)\s+"
                         r"(?:fund|finance|pay\s+for|cover)\s+)(?!(?:the\s+)?[A-Z])(?P<what>(?:[^,;:—–()]|\.\d){3,160}?)"
                         r"(?=\s*[,;:—–(]|\.(?!\d)|$|\s+(?:and|while)\s+(?:" + _ANY_SUM + r"|(?:the\s+)?(?:rest|remainder|"
                         r"balance)\b))")
_NEXT_SHARE = re.compile(r",?\s+(?:and|while|with)\s+|[,;]\s+(?:and\s+)?")
"""'Of that, $100 million will go towards restoring power networks, and $50 million to food for displaced
families', 'Under the deal, €120m will go to border management; €70m to jobs for young people', 'The remaining
$50m will fund school meals': a sum told in one sentence split in the next; each share is a thing of its own,
named by its aim and worth its own sum."""


def shares(sentence: str) -> list[Found]:
    """The shares a sentence that opens on "Of that" splits a sum just reported into; none when it names no aim
    ("Of that, $5m was disbursed last year")."""
    lead = _OF_THAT.match(sentence)
    if lead is None:
        return []
    found: list[Found] = []
    position = lead.end()
    while (share := _SHARE_GOES.match(sentence, position)) is not None:
        what = items(share.group("what"), False, True)
        if what:
            amount = MONEY.fullmatch(share.group("sum"))
            found.append((what[0][0], wordings_of(*what[0][1], share.group("sum")) if amount else what[0][1],
                          value_of(amount) if amount else None))
        joined = _NEXT_SHARE.match(sentence, share.end())
        if joined is None:
            break
        position = joined.end()
    return found
