"""Arrivals of vehicles, crews and helpers, and who gives what they bring.

"A Chilean navy ship carrying 40 tonnes of relief goods arrived in Lima"."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.commitments.cargo import (
    according_to,
    cargo_given_by,
    cargo_in_subject,
    cargo_of,
    goods_first,
    place_gap,
)
from generator.editing.draft.commitments.handed_over import force_for
from generator.editing.draft.commitments.main_receiver import article_receiver
from generator.editing.draft.commitments.parties import (
    FORCE_VEHICLE,
    is_agent,
    named_agency,
    party_of,
    reporter_of,
    state_of_force,
)
from generator.editing.draft.commitments.receiving import apposed_gift_to
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import clause_start, listed_after
from generator.editing.draft.commitments.words import ADJECTIVES, CARRYING, FUNDS, HELPERS, NATION_VEHICLE, VEHICLE
from generator.editing.draft.model import LIKELY
from generator.editing.draft.text import Article

_CARGO_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:consignment|shipment|convoy|delivery|donation|batch|team|cargo|airlift)s?\b")
"""'a WFP consignment of 12,000 food kits arrived': the one a cargo is named by sends it."""


_FUNDED = re.compile(r"-(?:funded|financed|donated|supplied|provided|sponsored|paid)\b")
"""'a Gavi-funded shipment': the one whose name the participle is joined to gives."""


_COUNT = r"(?:[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Oo]ver|[Mm]ore\s+than|\d[\d,.]*|(?i:one|two|three|four|five|six|seven|" \
         r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|" \
         r"dozens|hundreds)(?:-[a-z]+)?)"
"""A count before the nation that sends: "Forty Argentine firefighters arrived", "Some 120 French rescuers landed"."""


_GOODS_LANDED = re.compile(r"^(?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+)?(?:(?:first|second|third|latest|new|further|another|"
                           r"\w+[’']s|[A-Z][a-z]+|emergency|humanitarian|\d[\d,.]*|[a-z]+)\s+){0,4}?"
                           r"(?:relief\s+(?:supplies|goods|items|aid|cargo)|aid\s+(?:supplies|shipments?|consignments?|cargo)|"
                           r"(?:aid|relief|humanitarian)\s+(?:flights?|planes?|aircraft|airlifts?)|"
                           r"(?:medical|humanitarian|emergency)\s+supplies|tonnes\s+of\s+[\w\s-]{1,40})\b")
"""'The first Australian relief supplies, about 12 tonnes, landed in Wewak', 'The first Mexican aid flight landed':
goods land as planes do, and what lands is then the delivery; people land too ("the minister landed"), so only
goods, or a flight named by the aid it carries, count."""


_GIVEN_AFTER_ARRIVAL = re.compile(r"[^,;:—–()]{0,80}?,\s+(?:(?:all|both)\s+)?(?:delivered|donated|supplied|sent|provided|"
                                  r"shipped|flown\s+in|paid\s+for|funded|financed)(?P<to>\s+to\s+(?:the\s+)?[A-Z][^,;:—–()]{0,50}?)?"
                                  r"\s+by\s+(?:the\s+)?$")


_LOT_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?:first|second|third|new|latest|further|another|last)\s+)?"
                     r"(?:consignment|shipment|batch|delivery|cargo|planeload|truckload)s?\s+of\s+")
"""'A consignment of 300 tents': what the lot holds is the thing given."""


def _given_after_arrival(article: Article, cast: Cast, index: int, start: int, verb: re.Match[str]) -> Clause | None:
    """"A consignment of 300 tents arrived at the airport on Monday, delivered by UNICEF from its stockpile": what
    arrived, given by the one a participle set off after the place names; received where it arrived."""
    agent, told = next(((a, told) for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                        and ((told := _GIVEN_AFTER_ARRIVAL.fullmatch(article.masked, verb.end(), a.span.start))
                             or apposed_gift_to(article, cast, index, verb.end(), a) is not None)), (None, None))
    giver = party_of(cast, agent, index) if agent is not None and \
        article.masked[agent.span.start:agent.span.end] not in ADJECTIVES else ""
    if not giver or agent is None:
        return None
    # "landed at the airport on Tuesday, delivered to Malawi by the WHO": the one named after "to" receives
    to = told.span("to") if told is not None and told.group("to") else None
    where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.ref != giver and (
        to[0] <= a.span.start < to[1] if to is not None
        else verb.end() <= a.span.start < agent.span.start and place_gap(verb, article.masked[verb.end():a.span.start]))),
        None)
    # "arrived in Hanoi on Monday, a gift from Japan to Vietnam": the one the gift went to, where it says so
    apposed = tuple(r for r in apposed_gift_to(article, cast, index, verb.end(), agent) or () if r != giver)
    lot = _LOT_OF.match(article.masked, start, verb.start())
    # "delivered to Malawi by the World Health Organization (WHO) and UNICEF": each body the agent lists
    givers = (giver, *(g for g in listed_after(article, cast, index, agent) if g != giver)) if told is not None else (giver,)
    return Clause(givers, apposed or ((where.ref,) if where is not None and where.ref != giver else ()), "delivered",
                   lot.end() if lot else start, f"{LIKELY}: {verb.group()!r}: what arrived, given by the one named after "
                   "it", verb.start())


def _helpers_brought(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"It was the first of several flights, and carried 87 Qatari search-and-rescue personnel", "The ship also brought
    40 Turkish doctors": the nation named after the count sends the helpers, to the side the article's aid goes to."""
    national = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start > verb.end()
                     and article.masked[a.span.start:a.span.end] in ADJECTIVES), None)
    if national is None or not re.fullmatch(r"\s+(?:some\s+|about\s+|another\s+)?\d[\d,]*\s+",
                                            article.masked[verb.end():national.span.start]):
        return None
    main = article_receiver([], cast, (national.ref,))
    if not main or main == national.ref:
        return None
    return Clause((national.ref,), (main,), "delivered", national.span.end,
                   f"{LIKELY}: {verb.group()!r}: helpers brought, sent by the nation named after their count")


_TO_ARRIVE = re.compile(r"(?:will|would|is|are|was|were)\s")


def _helpers_to_arrive(article: Article, index: int, verb: re.Match[str], clause: Clause) -> Clause | None:
    """"A brigade of 80 Chilean firefighters would land in Santa Cruz tonight", "Two Brazilian water bombers are due to
    arrive in Bolivia": helpers or goods yet to arrive are promised; a minister who will arrive is a visit."""
    start = _arrival_start(article, index, verb)
    subject = article.masked[start:verb.start()] if start is not None else ""
    if not (HELPERS.search(subject) or _GOODS_LANDED.search(subject) or CARRYING.search(subject)):
        return None
    return replace(clause, status="pledged", end=_before_auxiliary(article, clause.start, clause.end)
                   if clause.end >= 0 else clause.end)


def arrival(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """An arrival's clause; where it names no receiver but credits its news to someone ("landed at the city's airport,
    according to Turkey's disaster agency"), the one credited is the source, never the receiver, and the
    delivery goes to the article's main receiver."""
    if verb.group() in ("carried", "brought"):
        return _helpers_brought(article, cast, index, verb)
    clause = _arrival_clause(article, cast, index, verb)
    if clause is not None and _TO_ARRIVE.match(verb.group()):
        clause = _helpers_to_arrive(article, index, verb, clause)
    if clause is None or clause.receivers or not re.search(r",\s+according\s+to\s", article.masked[
            verb.end():article.sentences[index].end]):
        return clause
    main = article_receiver([], cast, clause.givers)
    return replace(clause, receivers=(main,)) if main and main not in clause.givers else clause


_COLON_LEAD = re.compile(r"[^:;—–]{1,80}:\s+(?=(?:[Aa]n?|[Tt]he|[Ss]ome|[Aa]nother|\d|[A-Z])\b)")
_SAYING = re.compile(r"\b(?:said|says|told|tells|announced|added|wrote|reported|stated)\b")


_PAID_WITH = re.compile(r",?\s+(?:paid\s+for|funded|financed|bought|purchased|procured)\s+(?:with|under|through|from|"
                        r"by)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$")


def _grant_in_subject(article: Article, cast: Cast, index: int, start: int, end: int) -> tuple[str, int] | None:
    """"twelve armoured carriers, paid for with an earlier Polish loan, had reached Ukrainian units", "ambulances
    bought with a Japanese grant arrived": the state whose adjective names the money that paid for the thing gives
    it; with where the thing's words end."""
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or not start <= actor.span.start < end or \
                article.masked[actor.span.start:actor.span.end] not in ADJECTIVES:
            continue
        paid = _PAID_WITH.search(article.masked[start:actor.span.start])
        if paid and FUNDS.match(article.masked, actor.span.end):
            return actor.ref, start + paid.start()
    return None


_SENT_TO = re.compile(r"\s+(?:(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?)?(?:sent|shipped|delivered|donated|given|"
                      r"promised|pledged)\s+to\s+(?:the\s+)?$")
"""'a package it had sent to Tonga arrived', 'the first of 5,000 missiles promised to Ukraine had arrived there': the
one the thing that arrives was sent or promised to, named inside its subject."""


_ANOTHER_ARRIVAL = re.compile(r"\b(?:arrived|reached|landed|docked|touched\s+down|crossed)\b[^,;:]*\s(?:and|then)\s+"
                              r"(?:(?:later|then|also|finally|eventually)\s+)?$")
"""'A convoy of 40 trucks carrying flour crossed into Libya overnight and reached Derna': a second leg of the same
journey, its subject the convoy the first verb told, with no subject of its own."""


_LISTED_CARGO = re.compile(r"(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+(?:[\w-]+\s+){0,4}?" + VEHICLE.pattern +
                           r"\s+(?:carrying|loaded\s+with)\s+(?:[^;:.—–()]|\.\d){1,80}?,\s+(?:comprising|including|"
                           r"consisting\s+of|made\s+up\s+of)\s+[^;:.—–()]{1,200},\s+(?:(?:has|have|had)\s+)?$")
"""'An Indian Navy ship carrying 30 tonnes of relief material, comprising tents, tarpaulins, blankets and medicines,
arrived': a subject longer than a clause's, made so by the list of what the vehicle carried."""


def _arrival_start(article: Article, index: int, verb: re.Match[str]) -> int | None:
    """Where the subject of an arrival starts: past a live blog's time ("17:20 – A Turkish plane landed"); in a
    sentence too long for one clause, past a lead set off by a colon ("Some welcome news for the region's
    overstretched hospitals: a field hospital and 14 tonnes of medical supplies sent by Peru landed at noon"),
    which a live blog or a feature opens with; a colon after a verb of saying opens words said, not a lead."""
    entry = entry_start(article, article.sentences[index])
    start = clause_start(article, index, verb.start())
    if start is not None and _ANOTHER_ARRIVAL.search(article.masked, max(start, entry), verb.start()):
        return None
    if start is not None:
        return max(start, entry)
    if _LISTED_CARGO.match(article.masked, entry, verb.start()):
        return entry
    lead = _COLON_LEAD.match(article.masked, entry, verb.start())
    if lead is None or _SAYING.search(lead.group()) or len(article.masked[lead.end():verb.start()].split()) > 18:
        return None
    return lead.end()


_COUNTED_OWN = re.compile(r"[’']s\s+(?P<owned>(?:first|new|last|latest|promised)?\s*" + _COUNT + r"\s)(?![^,;:.]{0,40}?\b"
                          r"(?:ministers|officials|envoys|diplomats|delegates|delegations|leaders|lawmakers|MPs|players|"
                          r"athletes|journalists|reporters|representatives|negotiators|observers|citizens|nationals|"
                          r"tourists|students|visitors)\b)")
"""'Croatia's two water bombers have arrived': things a nation owns, counted, that arrive are what it sent; "Croatia's
prime minister arrived" counts none, and "Croatia's two ministers arrived" come to talk, not to help."""
_SENT_APPOSED = re.compile(r",\s+(?:sent|dispatched|deployed|provided|lent|donated|supplied|flown\s+in)\s+(?:under|through|"
                           r"via|by|from|as\s+part\s+of|at\s+the\s+request\s+of)\b[^,;:—–]{1,60},\s*$")
"""'Croatia's two water bombers, sent under rescEU, have joined the Italian aircraft': the participle of sending set
off in the subject, which tells that the things joining others were given, and where their words end."""


_BARE_VEHICLE = re.compile(r"^(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+(?:[\w-]+\s+){0,4}?(?:" +
                           VEHICLE.pattern + r"|\b(?:warships?|frigates?|destroyers?|corvettes?|submarines?|cruisers?|"
                           r"carriers?)\b)(?:\s+(?:[A-Z][\w-]*|HMS|USS|INS|[A-Z]{2,4}S))*\s+(?:(?:has|have|had)\s+)?$")
_SENT_ON_BOARD = re.compile(r"\b(?:aid|relief|humanitarian|cargo|supply|supplies|hospital|mercy|evacuation|medical|"
                            r"rescue|fire-?fighting|water-?bombing|transport)\b", re.IGNORECASE)


def _bare_vehicle(article: Article, index: int, start: int, verb: re.Match[str]) -> bool:
    """Whether the subject of an arrival is a vehicle alone, of no aid and with no cargo: "A French navy ship docked
    in Libreville", "Two Indian frigates reached Colombo" pay a port call, not a delivery; "A French navy ship
    carrying 40 tonnes of flour docked" or "A Turkish aid ship docked" brings something."""
    subject = article.masked[start:verb.start()]
    with_ = re.search(r"\s+with\s+(?=[^,;:]{1,50}$)", subject)
    if with_ is not None and not goods_first(article, start + with_.end(), verb.start()):
        subject = subject[:with_.start()] + " "  # "A British plane with its crew on board landed": a plane alone
    return bool(_BARE_VEHICLE.match(subject)) and not _SENT_ON_BOARD.search(subject) and \
        cargo_of(article, index, start, verb) is None and not HELPERS.search(subject)


_SIZED = r"(?:\d+|(?i:[a-z]+))-(?:member|strong|person|man|woman)"
"""'A 40-member Indian medical team arrived', 'a 25-strong Japanese rescue team': a group counted by its size, before the
nation that sends it."""
_CREW_OF = r"(?:team|contingent|unit|brigade|squad|detachment|group)s?\s+of\s+"
"""'A team of 40 Turkish rescuers arrived in Chile', 'A contingent of 120 Italian firefighters has arrived': people sent
to help, counted in a group that the nation after the count sends; "a group of 30 Japanese tourists" is no help."""


_AUXILIARY_END = re.compile(r"\s+(?:has|have|had)(?:\s+(?:now|already|also|finally|just|since|[a-z]+ly))*\s*$")


def _before_auxiliary(article: Article, start: int, end: int) -> int:
    """Where the subject of an arrival ends, before an auxiliary and its adverbs: "four sniffer dogs has now arrived"."""
    aux = _AUXILIARY_END.search(article.masked, start, end)
    return aux.start() if aux else end


_VEHICLE_OF = re.compile(VEHICLE.pattern + r"\s+of\s+(?:the\s+)?$")


def _vehicle_of_force(article: Article, cast: Cast, index: int, start: int, verb: re.Match[str]) -> Actor | None:
    """"Two C-130J aircraft of the Indian Air Force landed with a field hospital", "a ship of the Turkish Navy
    docked carrying flour": a vehicle of a state's armed force, which stands for its state as the giver."""
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or not start <= actor.span.start < verb.start() or \
                not (_VEHICLE_OF.search(article.masked, start, actor.span.start)
                     or (FORCE_VEHICLE.match(article.masked, actor.span.end)
                         and re.fullmatch(r"\s*(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+)?",
                                          article.masked[start:actor.span.start]))):
            continue
        state = state_of_force(cast, actor)
        return replace(actor, ref=state) if state and state != article_receiver([], cast) else None
    return None


def _crew_helps(lead: str, subject: str) -> bool:
    """Whether a group the subject opens with ("A team of 40 ...") is of people sent to help."""
    return not re.search(_CREW_OF, lead) or bool(HELPERS.search(subject))


def _arrival_clause(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"The first batch of Leopard tanks from Spain arrived in Ukraine": a delivery, given by whoever the
    subject names after "from" or "by", to the place named after the verb."""
    start = _arrival_start(article, index, verb)
    if verb.group().endswith("joined") and (start is None or not _SENT_APPOSED.search(article.masked, start,
                                                                                       verb.start())):
        return None  # "Croatia's two ministers have joined the talks": joining tells of a gift only when sent
    if start is not None and _bare_vehicle(article, index, start, verb):
        return None
    inside = cargo_in_subject(article, start, verb) if start is not None else None
    if start is None or (re.search(r"land|touch", verb.group()) and cargo_of(article, index, start, verb) is None
                         and inside is None and not HELPERS.search(article.masked[start:verb.start()])
                         and not _GOODS_LANDED.search(article.masked[start:verb.start()])
                         and not _LOT_OF.match(article.masked, start, verb.start())) or \
            (verb.group().endswith("into") and not CARRYING.search(article.masked, start, verb.start())):
        return None  # "the minister's plane landed in Kyiv": people land too; only a named cargo is a delivery
    subject = article.masked[start:verb.start()]
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                  and (is_agent(article, a, start) or _FUNDED.match(article.masked, a.span.end))), None) \
        or _vehicle_of_force(article, cast, index, start, verb)
    national = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                     and (article.masked[a.span.start:a.span.end] in ADJECTIVES or _CARGO_OF.match(article.masked, a.span.end)
                          or _COUNTED_OWN.match(article.masked, a.span.end)
                          or (cast.organisations[a.ref].type == "country" and inside is not None
                              and NATION_VEHICLE.match(article.masked, a.span.end)))
                     and re.fullmatch(
                         r"\s*(?:(?:[Tt]he|[Aa]n?|first|second|third|new|another|further|" + _COUNT + r"|" + _SIZED
                         + r")\s+|"
                         r"(?:shipment|consignment|batch|convoy|cargo|delivery|planeload|truckload)s?\s+of\s+|"
                         + _CREW_OF + r")*",
                         article.masked[start:a.span.start])
                     and _crew_helps(article.masked[start:a.span.start], subject)), None)
    funder = _grant_in_subject(article, cast, index, start, verb.start()) if agent is None and national is None else None
    if funder is not None:
        # "twelve carriers, paid for with an earlier Polish loan, had reached Ukrainian units": the state of the loan
        where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                      and place_gap(verb, article.masked[verb.end():a.span.start])), None)
        if where is not None and where.ref == funder[0]:
            return None  # "paid for from the Chadian budget arrived in Chad": its own money
        return Clause((funder[0],), (where.ref,) if where is not None else (), "delivered", start,
                       f"{LIKELY}: {verb.group()!r}: a delivery paid for by the state its subject names", funder[1])
    if agent is None and national is None:
        # "30,000 doses of vaccine arrived in Nuku'alofa from Australia": the giver after the place
        agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start > verb.end()
                      and re.fullmatch(r"(?:\s+(?:in|at)\s+[^,;.]{1,40}?)?(?:\s+on\s+\w+)?\s+from\s+(?:the\s+)?",
                                       article.masked[verb.end():a.span.start])
                      and article.masked[a.span.start:a.span.end] not in ADJECTIVES), None)
        if agent is not None:
            return Clause((agent.ref,), (), "delivered", start, f"{LIKELY}: {verb.group()!r}: a delivery from the one "
                           "named after it", verb.start())
        given = cargo_given_by(article, cast, index, start, verb) or _given_after_arrival(article, cast, index, start,
                                                                                            verb)
        if given is not None:
            return given
    if agent is None and national is not None:
        # "A Japanese emergency medical team arrived in Tacloban": the nation the subject opens with sends it
        where = force_for(article, cast, index, national.span.end, verb.start()) or next(
            (a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
             and place_gap(verb, article.masked[verb.end():a.span.start])), None)
        cargo = cargo_of(article, index, start, verb) or inside
        own = _COUNTED_OWN.match(article.masked, national.span.end)
        sent = _SENT_APPOSED.search(article.masked, national.span.end, verb.start())
        return Clause((national.ref,), (where.ref,) if where is not None and where.ref != national.ref else (),
                       "delivered", cargo[0] if cargo else own.start("owned") if own else national.span.end,
                       f"{LIKELY}: {verb.group()!r}: a delivery from the nation the subject names",
                       cargo[1] if cargo else sent.start() if sent else _before_auxiliary(article, start, verb.start()))
    if agent is None:
        # "X confirmed that the first batch of ... arrived in Ukraine": from the one who confirmed it
        reporter = reporter_of(article, cast, index, start) or according_to(article, cast, index, verb.end())
        where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                      and place_gap(verb, article.masked[verb.end():a.span.start])), None) \
            or next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                     and _SENT_TO.search(article.masked[start:a.span.start])), None)  # "a package it had sent to Tonga arrived"
        carried = CARRYING.search(article.masked, start, verb.start())
        if reporter and where is None and carried and VEHICLE.search(article.masked[start:carried.start()]):
            # "UNICEF says a barge carrying 2,500 jerrycans has reached Angoram": the cargo, from the one who says so
            return Clause((reporter,), (), "delivered", carried.end(),
                           f"{LIKELY}: {verb.group()!r}: a cargo delivered, as the one who said so reports", verb.start())
        if not reporter or where is None or where.ref == reporter:
            return None
        sent = _SENT_TO.search(article.masked[start:where.span.start]) if where.span.start < verb.start() else None
        return Clause((reporter,), (where.ref,), "delivered", start,
                       f"{LIKELY}: {verb.group()!r}: a delivery, as the one who said so reports",
                       start + sent.start() if sent else verb.start())
    agent = named_agency(article, cast, index, agent)
    cut = re.search(r"(?:\s+(?:supplied|donated|sent|provided|delivered|pledged|promised|bought|funded|financed|paid\s+for)"
                    r"(?:\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)?\s+(?:from|by)\s+(?:the\s+)?$",
                    article.masked[start:agent.span.start])
    where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                  and place_gap(verb, article.masked[verb.end():a.span.start])), None)
    if where is None:
        # "vehicles bought for Ukraine by Sweden have arrived in the country": the one they were for
        where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < agent.span.start
                      and re.search(r"\bfor\s+(?:the\s+)?$", article.masked[max(start, a.span.start - 8):a.span.start])), None)
    del subject
    cargo = cargo_of(article, index, start, verb)
    if cargo is not None:
        # "A cargo plane from the UAE touched down carrying tents and hygiene kits": what it carried
        return Clause((agent.ref,), (where.ref,) if where is not None and where.ref != agent.ref else (), "delivered",
                       cargo[0], f"{LIKELY}: {verb.group()!r}: what a plane or ship sent by its giver carried", cargo[1])
    funded = _FUNDED.match(article.masked, agent.span.end)
    if funded:
        # "a Gavi-funded shipment of 1.2 million doses for Nigeria arrived": the words after the participle
        for_whom = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and funded.end() <= a.span.start
                         < verb.start() and re.search(r"\bfor\s+(?:the\s+)?$", article.masked[funded.end():a.span.start])),
                        None)
        receiver = for_whom or where
        return Clause((agent.ref,), (receiver.ref,) if receiver is not None and receiver.ref != agent.ref else (),
                       "delivered", funded.end(), f"{LIKELY}: {verb.group()!r}: a delivery its giver paid for",
                       verb.start())
    end = start + cut.start() if cut else agent.span.start
    if inside is not None and inside[0] >= agent.span.end:
        # "A plane chartered by Japan and carrying 40 tonnes of food landed": what the vehicle carried
        return Clause((agent.ref,), (where.ref,) if where is not None and where.ref != agent.ref else (), "delivered",
                       inside[0], f"{LIKELY}: {verb.group()!r}: what a vehicle its giver sent carried", inside[1])
    carried = CARRYING.search(article.masked, start, agent.span.start)
    if carried and VEHICLE.search(article.masked[start:carried.start()]):
        start = carried.end()  # "a ship carrying 3,500 tonnes of flour sent by Turkey docked": its cargo
    joined = [agent]
    for actor in (a for a in cast.in_sentence(index) if agent.span.end <= a.span.start < verb.start()):
        if actor.kind != "organisation" or not re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?",
                                                            article.masked[joined[-1].span.end:actor.span.start]):
            break
        joined.append(actor)  # "bought by Sweden and Denmark have arrived": every one the subject names
    givers = tuple(dict.fromkeys(a.ref for a in joined))
    return Clause(givers, (where.ref,) if where is not None and where.ref not in givers else (), "delivered",
                   start, f"{LIKELY}: {verb.group()!r}: a delivery from the one the subject names",
                   end)
