"""Lists of several things given, one commitment for each: by commas, by phrases of their own, weighed together,
or support named by its purpose."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import NUMBER_WORDS
from generator.editing.draft.items.kinds import AID, GOODS, NOT_AID, WORKS, category
from generator.editing.draft.items.money import MONEY
from generator.editing.draft.items.naming import (
    PLAIN_NOUN,
    WEIGHED,
    Found,
    name_and_quantity,
    plain_noun,
    sum_in_list,
    wordings_of,
)
from generator.editing.draft.items.splitting import (
    ADJECTIVE,
    LIST,
    LIST_END,
    LIST_TAIL,
    PARTICIPLE_AFTER,
    SAID_AFTER,
    STOP,
    STOP_IN_LIST,
    things_of,
)
from generator.editing.draft.model import Item
from generator.editing.draft.text import fold

_OWN_PHRASE = re.compile(r"(?:[Aa]n?|\d[\d,.]*|(?i:" + "|".join(NUMBER_WORDS) + r"))\s")
"""A later part opened by its own article or number ("six surveillance drones and a mobile command post"): a noun
phrase of its own, not the half of a shared head."""


def each_a_thing(parts: list[tuple[str, int | None]], listed: list[str]) -> bool:
    """Whether every part of a short list joined by "and" is a thing given: each of aid, or each counted, with
    none a word that only describes ("armoured and protected vehicles"); or the first of aid or goods (people sent
    too) and each later one a noun phrase of its own ("20 water pumps and a mobile workshop", "doctors and a field
    hospital"). Two bare nouns ("seed and tools") stay one thing unless each is aid."""
    names = [n for n, _ in parts]
    if not all(names) or any(ADJECTIVE.fullmatch(n) for n in names):
        return all(n and q for n, q in parts)
    if all(q for _, q in parts):
        return True
    if all(re.search(WORKS, n, re.IGNORECASE) for n in names):
        return False  # "will finance ports and a fishing harbour", "rural roads and irrigation": one work
    if all(AID.search(n) for n in names):
        return True
    return bool(AID.search(names[0]) or GOODS.search(names[0])) and all(
        AID.search(n) or _OWN_PHRASE.match(w.strip())
        for n, w in zip(names[1:], listed[1:], strict=True))


def comma_list(rest: str) -> list[Found]:
    """"120 generators, 20 mine-clearing machines and six autotransformers": one commitment for each,
    when every one of them is a thing of aid with its number or its kind."""
    stop = STOP_IN_LIST.search(rest)
    phrase = rest[:stop.start() if stop else len(rest)]
    said = SAID_AFTER.search(phrase)
    phrase = phrase[:said.start()] if said else phrase
    if len([w for w in LIST.split(phrase) if w.strip()]) < 3 or "," not in phrase or MONEY.search(phrase):
        return _list_of_phrases(rest)
    parts = [w.strip() for w in things_of(phrase) if w.strip()]
    names = [name_and_quantity(w) for w in parts]
    among_aid = sum(bool(q or AID.search(n) or GOODS.search(n)) for n, q in names) >= 2
    if not all(n and len(n.split()) <= 6 and (q or AID.search(n) or (among_aid and plain_noun(n)))
               and (i == len(names) - 1 or not ADJECTIVE.fullmatch(n)) for i, (n, q) in enumerate(names)):
        return []
    found: list[Found] = [(Item(n, q, category(n)), wordings_of(w, n), None) for (n, q), w in zip(names, parts, strict=True)]
    purpose = purpose_of_support(names[-1][0], rest[len(phrase):])
    if purpose:
        found[-1] = (Item(purpose, None, category(purpose)), wordings_of(purpose, parts[-1]), None)
    longer = _list_of_phrases(rest) if stop and _LIST_GOES_ON.match(rest, stop.start()) else []
    return longer if len(longer) > len(found) else found


_LIST_GOES_ON = re.compile(r"\s+(?:in|on|at|for|to|from|across|around|near)\s[^,;:.—–()]{1,60},\s+(?:and\s+)?(?!the\s+\w+\s+"
                           r"(?:said|says|added))[\w$€£¥]")
"""A list whose thing carries a phrase of its own, and goes on past it: "housing repairs, the restoration of water
networks in the south, and cash grants for families" names three things, not two."""


def _list_of_phrases(rest: str) -> list[Found]:
    """"18 CV90 vehicles, 155 mm ammunition for the Archer howitzer, RBS 70 systems and M4 rifles": a list
    whose things carry phrases of their own, each thing cut where its own phrase starts."""
    end = LIST_END.search(rest)
    phrase = rest[:end.start() if end else len(rest)]
    parts = _without_receiver_set_off([w.strip() for w in things_of(phrase) if w.strip()])
    if len(parts) < 3 or "," not in phrase or "x" * 3 in phrase or \
            re.search(r"\b(?:said|says|told|added|announced|includ(?:es|ed|ing)|contain(?:s|ed|ing)|compris(?:es|ed|ing)|"
                      r"consist(?:s|ed|ing)|made\s+up\s+of|covering|such\s+as)\b", phrase):
        return []  # words said, or a package's list after its verb, which the package's reading takes
    heads = [part[:stop.start()] if (stop := STOP.search(part)) else part for part in parts]
    names = [name_and_quantity(h) for h in heads]
    sums = [MONEY.match(h.strip()) for h in heads]
    if not all(s or (n and len(n.split()) <= 6 and (q or AID.search(n)) and not ADJECTIVE.fullmatch(n))
               for (n, q), s in zip(names, sums, strict=True)) or (any(sums[:-1]) and not _sums_for_aims(parts, sums)):
        # a sum closes a list of things ("... and 85 million euros for repairs"); one that opens it is no list,
        # unless every thing is a sum for what it is for
        return []
    found: list[Found] = [sum_in_list(part, head, money) if money else
                          (Item(n, q, category(n)), wordings_of(head.strip(), n), None)
                          for (n, q), head, part, money in zip(names, heads, parts, sums, strict=True)]
    purpose = purpose_of_support(names[-1][0], parts[-1][len(heads[-1]):])
    if purpose:
        found[-1] = (Item(purpose, None, category(purpose)), wordings_of(purpose, parts[-1]), None)
    return found


_SET_OFF = re.compile(r"(?:the|its|their|a|an)\s")
_ENDS_ON_NAME = re.compile(r"\s(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*$")


def _without_receiver_set_off(parts: list[str]) -> list[str]:
    """The list without the words set off after the receiver that closes it, which say what the receiver is:
    "120 detectors and two machines to UXO Lao, the national clearance operator" lists two things, not three."""
    if len(parts) > 2 and _SET_OFF.match(parts[-1]) and _ENDS_ON_NAME.search(parts[-2]):
        head = fold(name_and_quantity(parts[-1])[0]).split()[-1:]
        if head and head[0] in NOT_AID:
            return parts[:-1]
    return parts


def _sums_for_aims(parts: list[str], sums: list[re.Match[str] | None]) -> bool:
    """"€150 million for mortgage guarantees, €100 million for rental housing and €50 million for
    renovations": a list of sums, each with what it is for, is one thing for each aim."""
    return all(s is not None and re.match(r"\s+(?:for|to)\s+\S", part.strip()[s.end():])
               for part, s in zip(parts, sums, strict=True))


_SUPPORT_NOUNS = frozenset({"funding", "financing", "support", "money", "assistance", "help", "contribution"})
_PURPOSE = re.compile(r"\s+(?:for|towards?|to)\s+(?:the\s+)?(?P<what>[^,.;:—–()]{3,80}?)(?=\s+(?:and|but|which|that|as|"
                      r"through|via|by|from|over|until|in\s+(?:the\s+)?(?:coming|next)|this|next|last)\s|"
                      r"\s+" + PARTICIPLE_AFTER + r"|[,;:—–()]|\.(?!\d)|$)")


def purpose_of_support(name: str, tail: str) -> str | None:
    """"funding for Ukrainian production of long-range drones", "support for clearing mines from farmland": support
    named only by its purpose, which is what an editor records as the thing given (as for a sum of money)."""
    if name.lower() not in _SUPPORT_NOUNS and not re.fullmatch(r"(?:\w+\s+)?(?:funding|financing|support)", name.lower()):
        return None
    purpose = _PURPOSE.match(tail)
    if not purpose or (not AID.search(purpose.group("what")) and not re.search(
            r"\b(?:production|repair|reconstruction|rebuilding|purchase|training|construction|restoration|clearing|"
            r"removal|disposal|rehabilitation)\b",
            purpose.group("what"))):
        return None
    # "support to Fiji to rebuild its water utility": the receiver, then the aim
    return " ".join(re.sub(r"^(?:[A-Z][\w’'-]*\s+){1,3}to\s+(?=[a-z])", "", purpose.group("what")).split())


def measured_list(rest: str) -> list[Found]:
    """"60 tonnes of food and medicines", "300 tonnes of maize, sorghum and vegetable oil": the things weighed
    together, with no number of their own, are one thing given, which an editor records as the measure records
    them; "40 tonnes of rice and 12 generators" is two."""
    text = rest.lstrip()
    measure = WEIGHED.match(text)
    if not measure:
        return []
    stop = STOP_IN_LIST.search(text, measure.end())
    phrase = text[:stop.start() if stop else len(text)]
    said = SAID_AFTER.search(phrase)
    phrase = LIST_TAIL.split(phrase[:said.start()] if said else phrase)[0].rstrip(" ,")  # "..., which arrived": no comma
    goods = phrase[measure.end():].strip()
    parts = [w.strip() for w in LIST.split(goods) if w.strip()]
    if len(parts) < 2 or not re.search(r"\s(?:and|plus)\s", goods) or MONEY.search(goods) or \
            any(_OWN_PHRASE.match(w) for w in parts) or not all(PLAIN_NOUN.fullmatch(w) for w in parts) or \
            not any(AID.search(w) or GOODS.search(w) for w in parts):
        return []
    name, quantity = name_and_quantity(phrase)
    return [(Item(name, quantity, category(name)), wordings_of(phrase.strip(), name, goods), None)]
