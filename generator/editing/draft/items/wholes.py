"""A whole and the things it holds: parts singled out after it, a list "with" or set off after it, the package
itself."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import STRICKEN
from generator.editing.draft.items.kinds import AID, AID_NOUNS, GENERIC, GOODS, category
from generator.editing.draft.items.money import MONEY
from generator.editing.draft.items.naming import LEAD, Found, listed_thing, name_and_quantity, plain_noun, wordings_of
from generator.editing.draft.items.splitting import LIST_END, LIST_TAIL, things_of
from generator.editing.draft.model import Item
from generator.editing.draft.text import fold

_SINGLED_OUT = re.compile(r"(?:\s+(?:to|from|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})?"
                          r"\s*,?\s+(?:in\s+particular|(?:most\s+)?notably|especially|particularly|above\s+all)\s+"
                          r"(?P<list>(?!(?:in|on|at|for|to|during|with|from|by|when|where|after|before|since|as)\b)"
                          r"(?:[^—–.;:]|\.\d)+)")
"""The parts of a whole in general singled out after it: "requested more support from Germany, in particular
ventilators and oxygen concentrators", "urgent aid, notably tents and water pumps". An editor records the whole and
each part; "its support, in particular during the floods" singles out a time, no thing."""


_PHRASE_AFTER_LIST = re.compile(r",\s+(?=(?:in|on|at|during|after|before|when|where|while|as|for|to|from|with|under|"
                                r"amid|following|according|via|through|by|aboard|across|into|ahead|which|who|that)\b|[a-z]{3,}ing\s+(?:that|the|its|their|his|"
                                r"her|a|an|it|they|he|she|how|what|why)\b)")
"""Where a list singled out ends: a phrase of time or place, or a clause on it ("..., noting that hospitals had lost
such equipment", "..., saying the roads were cut")."""


def singled_out(phrase: str, tail: str) -> list[Found]:
    """The whole named in general and each of its parts singled out after it, when every part is a thing of aid."""
    singled = _SINGLED_OUT.match(tail)
    name, quantity = name_and_quantity(phrase)
    head = fold(name).split()[-1] if fold(name) else ""
    if singled is None or head not in GENERIC | AID_NOUNS | WHOLES or MONEY.match(LEAD.sub("", phrase)):
        return []
    end = LIST_END.search(singled.group("list"))
    listing = TO_NAMED_AFTER.split(LIST_TAIL.split(singled.group("list")[:end.start() if end else None])[0])[0]
    listing = _PHRASE_AFTER_LIST.split(listing)[0]  # "..., notably tents and pumps, during the talks in Lima"
    parts = [listed_thing(w.strip()) for w in things_of(listing) if w.strip()]
    strong = [t is not None and bool(t[0].quantity or AID.search(t[0].name) or GOODS.search(t[0].name)) for t in parts]
    if not any(strong) or not all(s or (t is not None and plain_noun(t[0].name)) for s, t in zip(strong, parts, strict=True)):
        return []  # "equipment, particularly useful to border guards": no thing of aid singled out
    return [(Item(name, quantity, category(name)), wordings_of(phrase.strip(), name), None), *(t for t in parts if t)]


TO_NAMED_AFTER = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?" + STRICKEN + r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
                             r"(?:\s+(?:aboard|on\s+board|by|via|on|in|at|from|through|under|before|after|next|this|last|"
                             r"within|over)\s|\s*,\s|\s*$)")
"""The receiver named after a list, then a phrase of how or when or the list's end: "including tents and medicines to
Turkey aboard two aircraft" lists two things, and the last is the medicines; so does "... and medicines to
cyclone-hit Myanmar"."""
WHOLES = frozenset({"package", "donation", "gift", "consignment", "shipment", "kit", "kits"})
"""A whole that holds things, whose list an editor records as one commitment for the whole and one for each thing:
"a donation valued at $2 million, comprising 40 pickups and 300 vests", "a demining package containing 12 machines,
body armour and training"; so are kits ("trauma kits containing bandages, splints and painkillers")."""
WITH_LIST = re.compile(r"(?:\s+(?:for|to)\s+(?:the\s+)?[A-Z][^,.;]{0,40}?)?,?\s+with\s+"
                        r"(?P<list>(?!(?:the|its|their|his|her|a\s+view|an\s+eye|an?\s+aim)\b)[a-z\d][^—–.;:]*)")
"""A package "with" the things it holds: "a €60 million package for Fiji with 40 ambulances, 300 tents and water
pumps"; not "a package with the World Bank", whose "with" names a partner."""


def holds_list(phrase: str, tail: str) -> bool:
    """Whether a whole is said to hold, after "with", two things or more, each of aid or counted: "a package with 40
    ambulances and tents", not "a package with partners and donors"."""
    name = fold(name_and_quantity(phrase)[0]).split()
    listing = WITH_LIST.match(tail) if name and name[-1] in WHOLES else None
    if listing is None:
        return False
    end = LIST_END.search(listing.group("list"))
    things = [listed_thing(w.strip()) for w in things_of(LIST_TAIL.split(listing.group("list")[:end.start() if end else None])[0])
              if w.strip()]
    return len(things) >= 2 and all(t is not None and (t[0].quantity or AID.search(t[0].name) or GOODS.search(t[0].name))
                                    for t in things)


_DASHED_LIST = re.compile(r"(?:\s+(?:to|for)\s+(?:the\s+)?[A-Z][^—–:;,.]{0,40}?)?(?:\s+[—–]|\s*:)\s+(?P<list>[^—–.;:]+)")
"""'relief goods — tents, blankets and stoves — to Peru', 'emergency supplies to Peru: tents, blankets and stoves': a
list set off by dashes or a colon after a whole, which says what it holds."""


def set_off_list(tail: str) -> re.Match[str] | None:
    """The list set off after a whole, when it names two things or more, each of aid or a plain noun; not an
    aside ("aid — its largest shipment yet — to Peru") nor words said after a colon."""
    listing = _DASHED_LIST.match(tail)
    if listing is None:
        return None
    parts = [w.strip() for w in things_of(LIST_TAIL.split(listing.group("list"))[0]) if w.strip()]
    names = [t[0].name for t in map(listed_thing, parts) if t is not None]
    return listing if len(parts) >= 2 and len(names) == len(parts) and all(
        AID.search(n) or GOODS.search(n) or plain_noun(n) for n in names) else None


def package(verb: str, before: str, found: list[Found]) -> Found:
    """The package itself, named as the package ("new military aid package"), with the sum it is worth;
    each thing it lists is a commitment of its own."""
    noun = re.match(r"(?:[Aa]mong\s+(?:the\s+)?)?(?P<noun>\w+)", verb)
    head = noun.group("noun") if noun else "package"
    words = re.search(r"(?:[’']s\s+|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)(?P<mods>(?:[\w-]+\s+){0,3})$", before)
    phrase = f"{words.group('mods') if words else ''}{head}".strip()
    value = next((v for _, _, v in found if v), None)
    return (Item(phrase, None, found[0][0].category), wordings_of(phrase), value)
