"""Where a thing's words end, and where a list splits into things at its commas and its "and"."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import NUMBER_WORDS
from generator.editing.draft.items.money import MONEY
from generator.editing.draft.items.naming import LEAD

_AFTER_PARTICIPLE = r"(?:by|from|over|behind)\b"
"""The word after a participle set after a thing, which says whose or where from it is, no part of its name:
"unexploded ordnance left by the war", "body armour bought from Italy", "water filters left over from a mission".
(A participle before "in" or "on" as often opens the place or time a sum is for, which the item reads on.)"""
PARTICIPLE_AFTER = r"(?:(?:still|currently|now|already|previously|formerly|once)\s+)?(?!hundred\b)" \
                    r"(?:[a-z]{3,}ed|used|left|built|bought|made|sent|held|kept|flown|given|taken|sold|seized)\s+" \
                    r"(?=" + _AFTER_PARTICIPLE + r")"
_AND_GAVE = r"and\s+(?:(?:also|then|later)\s+)?(?:sent|shipped|delivered|donated|supplied|provided|deployed|dispatched|" \
            r"handed\s+over|gave|airlifted|flew\s+in|trucked|distributed|installed|equipped|send|ship|deliver|donate|" \
            r"supply|provide|deploy|dispatch|hand\s+over|give|distribute|install|equip)" \
            r"(?=\s+(?:\d|an?\s|the\s|its\s|their\s|some\s|more\s|another\s|further\s|them\s|it\s|[A-Z]{0,3}[€$£¥]|" \
            r"(?i:" + "|".join(NUMBER_WORDS) + r")\s))"
"""A second verb of giving joined by "and", which opens a thing of its own: "had deployed 30 epidemiologists and
shipped 40 cholera treatment kits", "will send five doctors and deliver an ambulance"; not the adjective of "doctors
and trained nurses", whose next word is no article nor number."""
_NUMBERED = r"(?!(?<=\bNo\.)\s+\d)"
"""The point of "No." before a number, which abbreviates a name's number and ends nothing: "the surgical wing of City
Hospital No. 5 in Zaporizhzhia", "School No. 12"."""
_PARTNER = r",\s+(?:in\s+(?:partnership|cooperation|co-operation|coordination|collaboration|conjunction)|together|" \
    r"jointly)\s+with\b"
"""A partner set off after the things given: "kits and blankets, in partnership with the IOM"."""
STOP = re.compile(r"\s+(?:(?<!\d\s)to|to(?!\s+\d)|into|onto|towards?|for|in|on|at|aboard|on\s+board|during|before|after|"
                  r"by|from|within|over|under|as|but|which|that|plus|"
                  r"this|last|next|since|worth|without|while|though|although|whereas|unless|because|despite|amid|via|"
                  r"through|with|against|between|among|soon|shortly|quickly|immediately|urgently|and\s+(?:would|will|has|have|is|are|"
                  r"was|were|later|also|said|to)|" + _AND_GAVE +
                  r"|including|containing|consisting|comprising|covering|such\s+as|made\s+up\s+of|(?:donated|supplied|provided|funded|financed|bought|made|produced|"
                  r"built|paid\s+for)\s+by|handed\s+over|" + PARTICIPLE_AFTER +
                  r"|(?:it|they)\s+(?:has|have|had|will|would|is|are|was|were)|"
                  r"(?:that|which)\s+(?:it|they))\b|\s*(?:(?:,|(?<!\b[A-Z])\.)(?!\d)" + _NUMBERED + r"|[;:()—–])|"
                  r",\s+(?:warning|saying|adding|noting|citing|stressing|explaining|arguing|insisting)\b|" + _PARTNER + r"|\s*$")
"""Where the words of an item end: a preposition, a clause ("missiles and radars, though the minister gave no
numbers"), a partner set off by a comma ("kits and blankets, in partnership with the IOM"), or punctuation (not the
point of "1.5", nor those of "U.S. dollars"); not the "to" of a range ("units 1 to 4 of the power station")."""
LIST = re.compile(r",(?!\d{3})\s*(?:(?:and|plus)\s+)?|\s+(?:and|plus)\s+")
"""Between the things of a list: "A, B and C", "A and B, plus C", not the comma of "10,000"."""
_SHARED_HEAD = re.compile(r"(?:^|\b(?:of|for)\s+)(?:the\s+)?[a-z]{3,}(?<!s)$")
_HEAD_OF_TWO = re.compile(r"\s(?:programmes?|programs?|projects?|networks?|systems?|services?|infrastructure|facilities|"
                          r"officers|officials|staff|assistance|sectors?|works|plants?|centres?|centers?|packages?|funds?|"
                          r"facilit(?:y|ies)|schemes?|plans?)$")
"""The first of two nouns that share the head after the second: "water and sanitation networks", "training for
border and customs officers", "a groundwater and drought resilience programme", "a water and shelter package"."""


def shares_head(first: str, second: str) -> bool:
    """Whether the last word of `first` is a bare noun that qualifies the head `second` ends on, a head that
    names a whole ("restoration of water and sanitation networks", "a groundwater and drought resilience
    programme"; not "ammunition and spare parts", nor "rounds of ammunition and 15 tanks")."""
    # a sum before the first noun is the whole's worth: "a $20 million water and shelter package"
    bare = MONEY.sub("", LEAD.sub("", first.strip()), count=1).strip()
    return bool(_SHARED_HEAD.search(bare) and _HEAD_OF_TWO.search(second.strip())
                and not re.match(r"\s*(?:\d|(?:" + "|".join(NUMBER_WORDS) + r")\b)", second, re.IGNORECASE))


_SERVED_NOUNS = frozenset({"officers", "soldiers", "troops", "pilots", "mechanics", "technicians", "engineers", "staff",
                           "personnel", "crews", "deminers", "doctors", "nurses", "midwives", "teachers", "students",
                           "farmers", "families", "children", "women", "refugees", "workers", "rangers", "guards",
                           "schools", "hospitals", "clinics", "villages", "towns", "communities", "households", "shelters",
                           "camps", "units"})
_SERVED_PHRASE = re.compile(r"\s(?:for|to|at|in)\s")
_PLACE_NOUNS = frozenset({"villages", "towns", "cities", "communities", "camps", "districts", "provinces", "regions",
                          "islands", "settlements", "municipalities", "schools", "hospitals", "clinics", "sites"})


def served_too(left: str, head: str) -> bool:
    """Whether an "and" joins the people or places a thing is for, not a second thing: "training for 600
    officers and non-commissioned officers", "generators for hospitals and schools", "courses for pilots and
    mechanics" each name one thing; "tents for families and hygiene kits" names two."""
    served = _SERVED_PHRASE.search(left)
    if served is None:
        return False
    if re.match(r"\d", head) and re.match(r"[A-Z]", left[[m.end() for m in _SERVED_PHRASE.finditer(left)][-1]:]) \
            and head.split()[-1] not in _PLACE_NOUNS:
        # "the repair of roads in Sindh and Punjab districts and 150 water pumps": a count of things after a place
        # named opens a thing of its own; "clinics in Abeche and 40 villages" names more places
        return False
    last = head.split()[-1:] or [""]
    return last[0] in _SERVED_NOUNS or last[0] == left.split()[-1]


_COUNTED = re.compile(r"^(?:(?:\d[\d,.]*|more|further|additional|extra|new)\s+)+")
_MAKES = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
_MAKE_AND_HEAD = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+[a-z][\w-]*){0,2}\s+[a-z][\w-]*s")


def _names_share_head(first: str, second: str) -> bool:
    """Whether a make or model alone before "and" shares the plural noun after the next one: "20 more Patriot
    and IRIS-T fire units", "Leopard and Abrams tanks", "Stinger and Piorun missiles" each name one thing;
    "Patriot systems and Leopard tanks" or "20 Patriot and 40 Leopard tanks" name two."""
    bare = _COUNTED.sub("", LEAD.sub("", first.strip()))
    return bool(_MAKES.fullmatch(bare) and _MAKE_AND_HEAD.fullmatch(second.strip()))


_TEAM_NOUNS = frozenset({"doctors", "nurses", "paramedics", "surgeons", "medics", "midwives", "engineers", "technicians",
                         "rescuers", "firefighters", "experts", "specialists", "advisers", "advisors", "instructors",
                         "trainers", "deminers", "volunteers", "pilots", "mechanics", "divers", "psychologists", "officers"})


def _one_team(first: str, second: str) -> bool:
    """Whether "and" joins the people of one team, not two things: "a team of 30 doctors and nurses", "engineers and
    technicians", "20 nurses and clinical officers"; "40 rescuers and two helicopters" or "20 doctors and 10 nurses" are two."""
    words = second.split()
    return bool(first.split()) and first.split()[-1] in _TEAM_NOUNS and 1 <= len(words) <= 2 and \
        words[-1] in _TEAM_NOUNS and not re.match(r"\d|(?:" + "|".join(NUMBER_WORDS) + r")\b", second, re.IGNORECASE)


_WORKS_ON = re.compile(r"\b(?:rebuild(?:ing)?|reconstruct(?:ion|ing)?|repair(?:s|ing)?|rehabilitat(?:ion|ing)|"
                       r"construct(?:ion|ing)|renovat(?:ion|ing)|refurbish(?:ment|ing)|restor(?:ation|ing)|"
                       r"build(?:ing)?)(?:\s+of)?\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")


def _works_on_both(first: str, second: str) -> bool:
    """Whether "and" joins two things one work is done on, not two gifts: "the reconstruction of schools and health
    centres", "help rebuilding homes and clinics"; "the repair of roads and 20 generators" is two."""
    words = second.split()
    return bool(_WORKS_ON.search(first.strip())) and 1 <= len(words) <= 3 and \
        all(re.fullmatch(r"[a-z][\w-]*", w) for w in words) and words[0] not in NUMBER_WORDS


_MONEY_FORMS = frozenset({"grants", "loans", "credits", "guarantees", "grant", "loan", "credit", "equity"})


def _forms_of_money(first: str, second: str) -> bool:
    """Whether "and" joins the forms one sum takes, not two gifts: "a €300m package of grants and soft loans",
    "grants and concessional loans worth $1bn"; "grants and 20 ambulances" is two."""
    words = second.split()
    return bool(first.split()) and first.split()[-1] in _MONEY_FORMS and 1 <= len(words) <= 2 and \
        words[-1] in _MONEY_FORMS and re.fullmatch(r"[a-z][\w-]*", words[0]) is not None


def things_of(phrase: str) -> list[str]:
    """The things a list names, split at its commas and "and"; a bare singular noun before "and" names no
    thing of its own when the words after it go on to their shared head."""
    pieces = LIST.split(phrase)
    joins = LIST.findall(phrase)
    things = [pieces[0]]
    for join, piece in zip(joins, pieces[1:], strict=True):
        head = piece[:stop.start()] if (stop := STOP.search(piece)) else piece
        if join.strip() == "and" and ((len(piece.split()) >= 2 and shares_head(things[-1], piece))
                                      or served_too(things[-1], head) or _names_share_head(things[-1], head)
                                      or _one_team(things[-1], head) or _works_on_both(things[-1], head)
                                      or _forms_of_money(things[-1], head)):
            things[-1] += join + piece
        else:
            things.append(piece)
    return things


STOP_IN_LIST = re.compile(STOP.pattern.replace(r"(?:,|(?<!\b[A-Z])\.)(?!\d)", r"(?<!\b[A-Z])\.(?!\d)"))
"""Where a list of items ends: as STOP, but past the commas between its things."""
ADJECTIVE = re.compile(r"[\w-]+(?:ed|al|ic|ive|ous|ary|ile|ian|ish|ese|ern|ing)|heavy|light|mobile|"
                        r"armou?red|protected|air|naval|combined|heat", re.IGNORECASE)
"""A word that describes a thing rather than names it: the first half of "armoured and protected vehicles"."""

LIST_TAIL = re.compile(r",\s+(?=(?:to\s+be|to\s+[a-z]+|which|that|who|as|while|with|worth|valued\s+at|all|most|each|much|many|"
                        r"some|half|part|enough|none|both|several|(?:in|over|within)\s+the\s+(?:coming|next|following)|by\s+the\s+end|according\s+to|"
                        r"(?:next|this|last)\s+(?:week|month|year)|(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,8}?"
                        r"(?:said|says|reported|reports|added|announced|confirmed|told))\b)")
"""Where a list's things end and a clause on them begins: "..., to be flown in from its hub", "..., enough to treat
5,000 patients"; or a phrase of
time: "..., in the coming days"; or the one who reports it: "..., the state news agency reported", "..., according
to the embassy"."""
SAID_AFTER = re.compile(r",\s+(?:he|she|they|officials)\s+(?:said|says|added|told)\b")
"""', he said': the one who reports a list, after its last thing."""

_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:al-|de\s+|van\s+)?[A-Z][\w’'.-]*){1,3}"
_TITLED_SPEAKER = r",\s+(?:(?:the|a|an|its|their)\s+[^.;:—–,]{3,80}(?:,\s+|\s+)" + _NAME + r"|" + _NAME + \
                  r",\s+(?:the|a|an|its|their)\s+[^.;:—–,]{3,80}),\s+(?:said|says|told|added|announced)\b"
"""The one who reports a list, named with a title: "..., the chief executive of the fund, Omar Haddad, told the
hall", "..., Ana Ruiz, the agency's director, said"."""
LIST_END = re.compile(r"[.;:!?](?!\d)|\s[—–]\s|\s+(?:which|while|but|so\s+that|because|though|although|whereas|unless|"
                       r"despite)\b|(?<!\bsuch)\s+as\b|,\s+(?:the|a|an|its)\s+[\w-]+"
                       r"(?:\s+[\w-]+)?\s+(?:said|says|added|announced)\b|,\s+(?:said|says|added)\b|"
                       r",\s+(?:he|she|they|officials)\s+(?:said|says|added|told)\b|" + _TITLED_SPEAKER + "|" + _PARTNER)
"""Where a list of things given ends, past the prepositions inside its things; or where the one who
reports it is named: "It contains shells, spare parts for tanks and radars, he said"; or a partner set off after it."""
