"""What a commitment gives: the item as the text words it, its number of units, and the sum of money,
in the notations reports use ("€500m", "EUR 500 million", "500 million euros", "NOK 10 billion").

money: a sum of money in the notations reports use, and its figure and currency code
kinds: the words that make a thing one of aid, goods, arms or relief, and its category
naming: one thing given, by its name, its number and its wordings
splitting: where a thing's words end, and where a list splits into things
contents: what a package or a sum is said to include or cover
sums: what a sum is said to pay for besides itself
wholes: a whole and the things it holds, and the package itself
lists: lists of several things given, one commitment for each
given: items, which reads what is given from the words after a verb of giving
shares: the shares a sentence opening on "Of that" splits a sum into
"""
from __future__ import annotations

from generator.editing.draft.items.contents import contents
from generator.editing.draft.items.given import ADJECTIVES_COMMA, items
from generator.editing.draft.items.kinds import AID, GOODS, HUMANITARIAN, MILITARY
from generator.editing.draft.items.money import MONEY
from generator.editing.draft.items.naming import Found
from generator.editing.draft.items.shares import shares
from generator.editing.draft.items.wholes import package

__all__ = ["ADJECTIVES_COMMA", "AID", "GOODS", "HUMANITARIAN", "MILITARY", "MONEY", "Found", "contents", "items", "package",
           "shares"]
