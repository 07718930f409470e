"""One thing given: its name without article and number, its number, its wordings, and one thing of a list; the
words in brackets (a short name, a sum converted) that are no part of a name."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import NUMBER_WORDS
from generator.editing.draft.items.kinds import NOT_AID, category
from generator.editing.draft.items.money import MONEY, MULTIPLIERS, value_of
from generator.editing.draft.model import Item

Found = tuple[Item, tuple[str, ...], tuple[str, str] | None]
"""One thing given: the item, every wording of it (the first as the text has it), and its sum."""

LEAD = re.compile(r"^(?:(?:a|an|the|its|their|his|her|another|some|new)\s+)*", re.IGNORECASE)

ABBREVIATION = re.compile(r"(?<![\w-])(?P<word>[a-z][\w-]*)\s+\([A-Z][A-Za-z0-9&.-]{1,9}\)(?=\s)")
"""'first-person-view (FPV) drones': the short name in brackets inside a thing's name, which would end it."""

CONVERTED = re.compile(r"(?<=\w)\s*\((?:(?:about|around|roughly|some|nearly|almost|approximately|or|"
                        r"equivalent\s+to|worth)\s+)?(?:[A-Z]{0,3}[€$£¥]|[A-Z]{2,3}\s?)?\d[\d.,]*\s*(?:million|billion|bn|m|k)?"
                        r"(?:\s+[a-z]+)?\)")
"""'a KD23 million (about $75 million) loan': a sum told again in another currency, which is no part of the name."""

DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|" \
       r"August|September|October|November|December)"

_NOT_A_THING = re.compile(r"^(?:in|on|at|as|during|within|until|since|into|across|throughout|for)\b|"
                          r"^that\s+(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z])|"
                          r"\s(?:was|were|is|are|has|have|had|will|would|been|be)$|"
                          r"\s(?:said|says|reported|reports|told|added|announced|confirmed|wrote)$|"
                          r"^(?:the\s+)?(?:bulk|most|much|half|majority|share|part)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+[’']s\s+)?(?:money|funds|funding|budget|resources)$|"
                          r"^(?:the|this|that|these|those)\s+(?:shipments?|consignments?|delivery|deliveries|cargoes|"
                          r"cargo|convoys?|batch|batches|loads?|transfers?|donations?|gifts?)$|"
                          r"^(?:the\s+)?(?:single\s+)?(?:largest|biggest)\s+(?:single\s+)?(?:package|pledge|contribution|"
                          r"commitment|donation|gift)\s+of\s+the\s+(?:day|meeting|conference|summit|session|evening)$",
                          re.IGNORECASE)
"""Words that open or close a clause, never the name of a thing: a phrase that starts with a preposition ("will
install in rural clinics", "in the coming weeks", "is giving as well", "grants for rebuilding housing" with its noun
read as a verb), a clause that "that" opens ("confirmed that the grant signed in May ..."), a subject cut before its
verb ("The radios were paid for by ..."), who said it (", the state news agency reported"), a share of money that
is no gift of its own ("which has supplied the bulk of the fund's money"), or a load the text has told already,
named again by its carrier alone ("thanked Oslo for financing the shipment"), or a rank among the day's pledges
("Germany announced the largest package of the day", which the next words tell)."""


def not_a_thing(phrase: str) -> bool:
    return bool(_NOT_A_THING.search(phrase.strip()))


PLAIN_NOUN = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")


def plain_noun(name: str) -> bool:
    """A short noun phrase in lower case, which a list of things of aid makes a thing given as well: the "soap" of
    "soap, blankets and water tanks", the "cooking oil" of "maize, rice and cooking oil"."""
    return bool(PLAIN_NOUN.fullmatch(name)) and name.split()[-1] not in NOT_AID and not not_a_thing(name)


def listed_thing(words: str) -> Found | None:
    """One thing of a package's list: a sum by what it is for, or a thing by its name and number."""
    money = MONEY.match(words)
    if money:
        return sum_in_list(words, money.group(), money)
    # "... and 30 water tanks for Fiji": the one the list's last thing is for is a receiver, not its name
    name, quantity = name_and_quantity(_FOR_NAMED.sub("", _WHEN_LAST.sub("", words)))
    return (Item(name, quantity, category(name)), (name,), None) if name else None


_WHEN_LAST = re.compile(r"\s+(?:(?:next|this|last|later\s+this)\s+(?:week|month|year|spring|summer|autumn|winter)|"
                        r"(?:by|before)\s+the\s+end\s+of\s+(?:the|this|next)\s+\w+|in\s+the\s+(?:coming|next)\s+\w+|"
                        r"(?:on|by|in|before)\s+" + DAY + r"(?:\s+\d{1,2})?)\s*$")
"""The time that closes a list, no part of its last thing: "... and 500 heaters to Tonga next month"."""
_FOR_NAMED = re.compile(r"\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*\s*$")


def sum_in_list(part: str, head: str, money: re.Match[str]) -> Found:
    """"... and 85 million euros for repairs at thermal power plants": a sum among the things of a list, named
    by what it is for where the list says."""
    aim = re.match(r"\s+(?:for|to)\s+(?:the\s+)?(?P<what>.{3,80})$", part[len(head):])
    if aim and _FOR_NAMED.fullmatch(part[len(head):].rstrip(".;,")):
        aim = None  # "$3 million to the World Food Programme": the one it goes to, not what it is for
    what = " ".join(aim.group("what").split()) if aim else money.group().strip()
    return (Item(what, None, category(what)), wordings_of(what, money.group().strip(), part.strip()), value_of(money))


WEIGHED = re.compile(r"^(?:(?:a|an|the|about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)*"
                      r"(?:\d[\d,.]*|(?i:" + "|".join(NUMBER_WORDS) + r"))\s+(?:million\s+|thousand\s+)?(?:metric\s+)?"
                      r"(?:tonnes|tons|kilos|kilograms|kg|litres|liters|truckloads|planeloads|shiploads|containers|pallets|"
                      r"cartons|sacks|bags)\s+(?:worth\s+)?of\s+(?=[a-z])")
"""'300 tonnes of rice': what is weighed or packed is the thing given, which an editor names without its measure."""


def wordings_of(*wordings: str) -> tuple[str, ...]:
    """Each wording of a thing, and then the thing without the measure it is weighed in ("rice" of "300 tonnes of
    rice")."""
    return tuple(dict.fromkeys(w for w in (*wordings, *(WEIGHED.sub("", w.strip()) for w in wordings)) if w))


_UNCOUNTED = re.compile(r"^(?:an?\s+)?(?:(?:undisclosed|unspecified|unknown|unnamed|classified|large|small|limited|"
                        r"significant|substantial)\s+)?(?:number|quantity|amount)\s+of\s+", re.IGNORECASE)
"""'an undisclosed number of rifles': a number the text does not give, so the things alone."""


_RANK = re.compile(r"^(?:first|last|latest|final|next|second|third|fourth|fifth)\s+(?=(?:\d|(?i:" +
                   "|".join(NUMBER_WORDS) + r")\s))", re.IGNORECASE)
"""'the first 350 mobile homes': the rank of a batch among others, no part of the thing's name; 'first aid kits',
with no number after its rank, names the thing."""


def name_and_quantity(phrase: str) -> tuple[str, int | None]:
    """An item's name without its article and number, and the number: "two more IRIS-T systems"."""
    words = _RANK.sub("", _UNCOUNTED.sub("", LEAD.sub("", phrase.strip())))
    quantity = None
    number = re.match(r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,7}|" + "|".join(NUMBER_WORDS) + r")\s+"
                      r"(?P<mult>million\s+|thousand\s+)?(?:more\s+|further\s+|additional\s+|new\s+)?", words,
                      re.IGNORECASE)
    if number and not MONEY.match(words) and not re.match(r"(?:mm|cm|km|kg|kv|kilovolts?|mw|megawatts?|gw|gigawatts?|metric|"
                                                          r"tonnes?|tons?|litres?|liters?|metres?|meters?)\b",
                                                          words[number.end():], re.IGNORECASE):
        text = number.group("n").lower().replace(",", "")
        quantity = int(text) if text.isdigit() else NUMBER_WORDS[text]
        quantity *= MULTIPLIERS.get((number.group("mult") or "").strip().lower(), 1)
        words = words[number.end():]
        dozen = re.match(r"dozen\s+(?:more\s+)?", words)
        if dozen and quantity < 12:  # "two dozen": the number counts dozens
            quantity, words = quantity * 12, words[dozen.end():]
    words = re.sub(r"^(?:more|further|additional|extra)\s+", "", words)
    words = _LADEN.sub("", words)
    return " ".join(words.split()), quantity if quantity and quantity > 0 else None


_LADEN = re.compile(r"\s+(?:loaded|laden|filled|packed|stocked|crammed)\s*$")
"""A participle left at the end where the phrase was cut before its "with": "two C-130 aircraft loaded" of "two C-130
aircraft loaded with medicines" names the aircraft."""
