"""Cargo and arrivals: "A Chilean navy ship carrying 40 tonnes of relief goods arrived", vehicles, crews
and who gives what they carry."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.commitments.handed_over import force_for
from generator.editing.draft.commitments.main_receiver import article_receiver
from generator.editing.draft.commitments.parties import is_agent, party_of, reporter_of, state_of
from generator.editing.draft.commitments.receiving import apposed_gift_to
from generator.editing.draft.commitments.record import Clause, make_commitment
from generator.editing.draft.commitments.spans import clause_start, own_start
from generator.editing.draft.commitments.words import ADJECTIVES, FUNDS, NATION_VEHICLE, VEHICLE
from generator.editing.draft.gazetteer import ENTRIES
from generator.editing.draft.items import AID, contents, items
from generator.editing.draft.model import LIKELY, Commitment, Meeting
from generator.editing.draft.text import Article, fold

_CARGO_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:consignment|shipment|convoy|delivery|donation|batch|team|cargo|airlift)s?\b")
"""'a WFP consignment of 12,000 food kits arrived': the one a cargo is named by sends it."""
_CARRYING = re.compile(r"\b(?:carrying|loaded\s+with|bringing|with\s+a\s+cargo\s+of)\s+")

_WITH_COUNT = re.compile(r"(?:\s+(?:in|at|on|to)\s+[^,;:.]{1,80}?)?\s+with\s+(?=(?:some\s+|about\s+|around\s+|nearly\s+|"
                         r"more\s+than\s+|over\s+)?\d)")


def _landed_with(article: Article, index: int, verb: re.Match[str]) -> re.Match[str] | None:
    """"A Norwegian plane landed in Chad with 40 tonnes of medicines": "with" and a count of things of aid after a
    vehicle's arrival name its cargo as "carrying" does, past a place and time as long as "at Jorge Chávez
    International Airport shortly after dawn"; "with 12 passengers on board" names none."""
    sentence = article.sentences[index]
    with_ = _WITH_COUNT.match(article.masked, verb.end(), sentence.end)
    if with_ is None:
        return _WITH_HELPERS.match(article.masked, verb.end(), sentence.end)
    thing = re.match(r"(?:[^,;:.]|[,.](?=\d)){1,60}", article.masked[with_.end():sentence.end])
    return with_ if thing and (AID.search(thing.group()) or _HELPERS.search(thing.group())) else None


def _cargo(article: Article, index: int, start: int, verb: re.Match[str]) -> tuple[int, int] | None:
    """Where the cargo a plane, ship or convoy carried is named, after the verb of its arrival; None when
    the subject is no vehicle or names no cargo."""
    sentence = article.sentences[index]
    carrying = _CARRYING.search(article.masked, verb.end(), sentence.end) or _landed_with(article, index, verb)
    if carrying is None or not VEHICLE.search(article.masked[start:verb.start()]):
        return None
    said = re.search(r",\s+(?:[\w-]+\s+){0,4}(?:said|say|says|reported|confirmed)\b", article.masked[carrying.end():sentence.end])
    return carrying.end(), carrying.end() + said.start() if said else sentence.end


def _cargo_in_subject(article: Article, start: int, verb: re.Match[str]) -> tuple[int, int] | None:
    """Where the cargo is named inside the subject of an arrival: "A Turkish cargo plane carrying 300 tents has
    landed", "An Omani ship loaded with 2,000 tonnes of flour docked": what the vehicle carried, up to the verb;
    None when the subject is no vehicle named before "carrying"."""
    carrying = _CARRYING.search(article.masked, start, verb.start())
    if carrying is None or not VEHICLE.search(article.masked[start:carrying.start()]) or \
            re.search(r"[;:—–()]|,\s+(?:which|who|that|the|its|their|his|her|after|as|while|when|with)\b",
                      article.masked[carrying.end():verb.start()]):
        return None
    return carrying.end(), verb.start()


_WILL_CARRY = re.compile(r"(?:,\s+and\s+|;\s+)(?:[^,;:]{0,60}?\bthat\s+)?(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]wo|[Tt]hree|"
                         r"[Ff]our|[Ff]ive|[Ss]everal|\d+)\s+(?:[\w-]+\s+){0,4}?" + VEHICLE.pattern +
                         r"\s+(?:will|would|are\s+to|is\s+to|were\s+to|was\s+to)\s+(?:also\s+|soon\s+)?(?:carry|bring|"
                         r"deliver|ferry|transport|fly\s+in)\s+")
"""', and the minister said that two navy ships would carry tents and water pumps': the cargo a gift told just
before in the same sentence is to bring."""


_NEXT_VEHICLE = re.compile(r"(?:[^,]{0,40},\s*)?(?:(?:[Aa]|[Tt]he)\s+(?:second|third|fourth|next|further|final|last)|"
                           r"[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?:flight|plane|aircraft|ship|vessel|convoy)"
                           r"(?:,\s+[^,;:]{1,60},)?\s+(?:(?P<future>will|would|is\s+to|is\s+due\s+to|is\s+expected\s+to)\s+"
                           r"(?:bring|carry|deliver|fly\s+in)|brought|carried|delivered|flew\s+in)\s+")
"""'A second flight, due on Saturday, will bring 500 first-aid kits', 'Another ship carried 2,000 tonnes of rice':
one more vehicle of a gift already told, which names no giver of its own."""


def _next_vehicle(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                  index: int) -> list[Commitment]:
    """What "a second flight" or "another ship" brings is given by the one whose gift the last paragraphs told,
    to the same receiver: only when a single giver gave to a single receiver there, the sentence tells no gift of
    its own, and it names no other party before the verb."""
    sentence = article.sentences[index]
    told = _NEXT_VEHICLE.match(article.masked, entry_start(article, sentence), sentence.end)
    recent = [c for c in found if index - 8 <= c.sentence < index and c.givers and c.status in ("pledged", "delivered")]
    if told is None or not recent or any(c.sentence == index for c in found) or \
            len({(c.givers, c.receivers) for c in recent}) != 1 or any(
                a.kind == "organisation" and a.span.start < told.end() and a.ref not in recent[-1].givers
                for a in cast.in_sentence(index)):
        return []  # "Another ship, sent by Qatar, will bring ...": a vehicle of another giver
    clause = Clause(recent[-1].givers, recent[-1].receivers, "pledged" if told.group("future") else "delivered",
                     told.end(), f"{LIKELY}: what one more vehicle of the gift just told brings")
    return [make_commitment(article, cast, index, clause, item, meetings)
            for item in items(article.masked[told.end():sentence.end], False)]


_ON_BOARD = re.compile(r"(?:(?:On\s+board|Aboard)(?:\s*:|\s+(?:were|was|are|is))|(?:Its|The)\s+cargo\s*:)\s+")
"""'On board: 400 tents and 90 generators', 'Aboard were ...', 'Its cargo: ...': what a vehicle carried, listed in a
sentence of its own. Not "The cargo included ...", whose receivers the vehicles' sentence may name ("flights carried
cargo for partners, among them Unicef"), which this reading cannot tell."""
_OWNER_VEHICLE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+" + VEHICLE.pattern)
_GOODS_HANDED_TO = re.compile(r"(?:The|These|Those|All)\s+(?:[\w-]+\s+)?(?:supplies|goods|items|cargo|aid)\s+(?:will|would|"
                        r"are\s+to|were|was|are|have\s+been|has\s+been)\s+(?:be\s+)?(?:handed\s+over|given|delivered|"
                        r"donated)\s+to\s+(?:the\s+)?$")


def _on_board(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
              index: int) -> list[Commitment]:
    """"A Danish navy ship docked at Beira. On board: 400 tents, 90 generators and water filters": what a vehicle
    the sentence before named by its state carried, given by that state; to the one the next sentence says the
    goods go to ("The supplies will be handed over to the Red Cross"), or else as the article's aid goes."""
    sentence = article.sentences[index]
    told = _ON_BOARD.match(article.masked, entry_start(article, sentence), sentence.end)
    if told is None or index == 0 or any(c.sentence == index for c in found):
        return []
    before = article.sentences[index - 1]
    owners = {_force_state(cast, a) or state_of(cast, a) or a.ref for a in cast.in_sentence(index - 1)
              if a.kind == "organisation" and _OWNER_VEHICLE.match(article.masked, a.span.end, before.end)}
    if len(owners) != 1:
        return []
    owner = owners.pop()
    clause = Clause((owner,), tuple(r for r in _handed_to_next(article, cast, index) if r != owner), "delivered",
                     told.end(), f"{LIKELY}: what the vehicle just reported had on board")
    return [make_commitment(article, cast, index, clause, item, meetings)
            for item in contents(article.masked[told.end():sentence.end])]


def _force_state(cast: Cast, actor: Actor) -> str:
    """"the Royal Australian Air Force", "the Indian Navy": a state's armed force, which stands for its state as
    the one whose vehicle brings a gift."""
    name = cast.article.masked[actor.span.start:actor.span.end]
    force = _FORCE.search(name)
    words = f" {name[:force.start()]} " if force else ""
    entry = next((e for e in ENTRIES if e.type == "country" and any(f" {w} " in words for w in (*e.adjectives, *e.forms))),
                 None)
    return next((i for i, o in cast.organisations.items() if entry is not None and o.name == entry.name), "")


def _handed_to_next(article: Article, cast: Cast, index: int) -> tuple[str, ...]:
    """"The supplies will be handed over to PNG's National Disaster Centre": the one the sentence after says the
    goods go to, the body rather than the state whose possessive names it."""
    if index + 1 >= len(article.sentences):
        return ()
    start = entry_start(article, article.sentences[index + 1])
    actors = [a for a in cast.in_sentence(index + 1) if a.kind == "organisation"]
    for n, actor in enumerate(actors):
        if _GOODS_HANDED_TO.fullmatch(article.masked, start, actor.span.start):
            body = actors[n + 1] if n + 1 < len(actors) and re.fullmatch(
                r"[’']s\s+", article.masked[actor.span.end:actors[n + 1].span.start]) else actor
            return (body.ref,)
    return ()


def cargo_to_come(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                   index: int) -> list[Commitment]:
    """"Chile announced $5 million in emergency aid for Peru, and its foreign minister said that two navy ships
    would carry tents and water pumps next week": what the planes or ships of a gift just told in the same sentence
    are to carry is given by the same giver to the same receiver, promised; only when one giver gives in the
    sentence, and only things of aid ("flights would carry tourists home" carry none)."""
    here = [c for c in found if c.sentence == index and c.status in ("pledged", "delivered")]
    if len({(c.givers, c.receivers) for c in here}) != 1 or not here[0].givers:
        return _next_vehicle(article, cast, meetings, found, index) or _on_board(article, cast, meetings, found, index)
    sentence = article.sentences[index]
    carry = _WILL_CARRY.search(article.masked, sentence.start, sentence.end)
    if carry is None:
        return []
    told = {fold(c.items[0].name) for c in here}
    clause = Clause(here[0].givers, here[0].receivers, "pledged", carry.end(),
                     f"{LIKELY}: what the vehicles of a gift just told are to carry")
    return [make_commitment(article, cast, index, clause, item, meetings)
            for item in items(article.masked[carry.end():sentence.end], False) if fold(item[0].name) not in told]


_VEHICLE_SUBJECT = re.compile(r"(?:^|,\s+|\bthat\s+)(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+|[Oo]ne\s+of\s+"
                              r"(?P<its>its|their))\s+(?P<words>(?:[\w-]+\s+){0,5}?)" + VEHICLE.pattern +
                              r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:(?:has|had|have)\s+)?$")
_SAID_THAT = re.compile(r"\b(?:said|says|announced|confirmed|reported|added)\b[^,;:]*\bthat\s+$")


def vehicle_owner(article: Article, cast: Cast, index: int, position: int) -> str:
    """"A Turkish navy ship delivered 300 tonnes of flour", "Spain said that one of its military planes had
    delivered 200 tents": the state whose vehicle brings the gift, by its adjective or as the one who said so."""
    rest = re.split(r"[;:—–]", article.masked[position:article.sentences[index].end])[0]
    if not re.search(r"\s(?:to|into)\s+(?:the\s+)?[A-Z]", rest):
        return ""  # where the vehicle went, the clause must say: "delivered 20 tents on Monday; the tents ..."
    owner = _vehicle_named(article, cast, index, position)
    return "" if owner == article_receiver([], cast) else owner  # the side the aid goes to, carrying its own


def _vehicle_named(article: Article, cast: Cast, index: int, position: int) -> str:
    start = own_start(article, index)
    text = article.masked[start:position]
    match = _VEHICLE_SUBJECT.search(text)
    if match is None:
        return ""
    if match.group("its"):
        speaker = cast.sentence_subject(index)
        said = _SAID_THAT.search(text, 0, match.start() + len("that "))
        return party_of(cast, speaker, index) if speaker is not None and speaker.kind == "organisation" and said \
            and speaker.span.end <= start + said.start() else ""
    words = match.group("words").split()
    entry = next((e for e in ENTRIES if e.type == "country" and words and words[0] in e.adjectives), None)
    return next((i for i, o in cast.organisations.items() if entry is not None and o.name == entry.name), "")


_BOUND_FOR = re.compile(r"[^.;:]{0,80}?\bbound\s+for\s+(?:the\s+)?")
_CARRYING_AFTER = re.compile(r"[^.;:,]{0,40},\s+carrying\s+")


def bound_for(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"The Italian amphibious ship San Giorgio left Brindisi bound for Libya, carrying two helicopters": a vehicle
    of the state that gives sets out for the one that receives, and what it carries is the gift."""
    bound = _BOUND_FOR.match(article.masked, verb.end())
    to = next((a for a in cast.in_sentence(index) if bound is not None and a.span.start == bound.end()
               and a.kind == "organisation"), None)
    carrying = _CARRYING_AFTER.match(article.masked, to.span.end) if to is not None else None
    giver = _vehicle_named(article, cast, index, verb.start())
    if to is None or carrying is None or not giver or giver == to.ref:
        return None
    said = _SAID_AFTER.search(article.masked, carrying.end(), article.sentences[index].end)
    return Clause((giver,), (to.ref,), "delivered", carrying.end(), f"{LIKELY}: a vehicle of the giver bound for "
                   "the one that receives, and what it carries", said.start() if said else -1)


_SAID_AFTER = re.compile(r",\s+(?:[^,;:]{1,60}?\s+)?(?:said|says|announced|reported|told\s+[\w-]+)\b[^,;:]*$")
"""'..., carrying 400 tents, the Turkish government said.': who said so, after the things carried."""


_FUNDED = re.compile(r"-(?:funded|financed|donated|supplied|provided|sponsored|paid)\b")
"""'a Gavi-funded shipment': the one whose name the participle is joined to gives."""


_COUNT = r"(?:[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Oo]ver|[Mm]ore\s+than|\d[\d,.]*|(?i:one|two|three|four|five|six|seven|" \
         r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|" \
         r"dozens|hundreds)(?:-[a-z]+)?)"
"""A count before the nation that sends: "Forty Argentine firefighters arrived", "Some 120 French rescuers landed"."""


_AGENCY_OF = re.compile(r"(?:[’']s)?\s+(?:[a-z][\w’'-]*\s+){0,2}(?:agency|arm|fund|programme|body|office|organi[sz]ation|"
                        r"centre|center)\s+(?:\(\s*)?")
"""'the UN refugee agency UNHCR', "the EU's humanitarian arm ECHO": the body named after the one it belongs to."""


def _named_agency(article: Article, cast: Cast, index: int, actor: Actor) -> Actor:
    """The agency an organisation's name introduces, when one is named right after it; else the organisation."""
    after = next((a for a in cast.in_sentence(index) if a.span.start >= actor.span.end), None)
    if after is not None and after.kind == "organisation" and \
            _AGENCY_OF.fullmatch(article.masked[actor.span.end:after.span.start]):
        return after
    return actor


_HELPERS = re.compile(r"\b(?:rescuers|rescue\s+(?:workers|teams?|personnel|specialists)|search[- ]and[- ]rescue|"
                      r"fire-?fighters|medics|paramedics|doctors|nurses|medical\s+teams?|field\s+hospital|deminers|"
                      r"fire-?fighting\s+(?:aircraft|planes?|helicopters?|systems|equipment)|water[- ]bombers?|"
                      r"air\s+ambulances?)\b", re.IGNORECASE)
"""'80 search-and-rescue personnel from Türkiye landed in Quetta', 'Two Brazilian aircraft fitted with firefighting
systems touched down': people and aircraft sent to help are a gift however they travel."""


_WITH_HELPERS = re.compile(r"(?:\s+(?:in|at|on|to)\s+[^,;:.]{1,40}?)?\s+with\s+(?=(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           + _HELPERS.pattern + ")", re.IGNORECASE)
"""'A Japanese military plane landed in Kathmandu with a field hospital': people or gear sent to help, named after
"with" without a count, are the cargo as a counted load is; "landed with a broken engine" carries none."""


_GOODS_LANDED = re.compile(r"^(?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+)?(?:(?:first|second|third|latest|new|further|another|"
                           r"\w+[’']s|[A-Z][a-z]+|emergency|humanitarian|\d[\d,.]*|[a-z]+)\s+){0,4}?"
                           r"(?:relief\s+(?:supplies|goods|items|aid|cargo)|aid\s+(?:supplies|shipments?|consignments?|cargo)|"
                           r"(?:aid|relief|humanitarian)\s+(?:flights?|planes?|aircraft|airlifts?)|"
                           r"(?:medical|humanitarian|emergency)\s+supplies|tonnes\s+of\s+[\w\s-]{1,40})\b")
"""'The first Australian relief supplies, about 12 tonnes, landed in Wewak', 'The first Mexican aid flight landed':
goods land as planes do, and what lands is then the delivery; people land too ("the minister landed"), so only
goods, or a flight named by the aid it carries, count."""
_ACCORDING_TO = re.compile(r",?\s+according\s+to\s+(?:the\s+)?$")


def _according_to(article: Article, cast: Cast, index: int, position: int) -> str:
    """"Some 1,200 missiles have already arrived in Ukraine, according to the British government": the one
    the sentence credits with the news, named after "according to" once the clause is told."""
    for actor in cast.in_sentence(index):
        if actor.span.start >= position and _ACCORDING_TO.search(article.masked[position:actor.span.start]):
            if actor.kind == "organisation":
                return state_of(cast, actor) or actor.ref
            person = cast.person_of(actor, index)[0]
            return cast.people[person].organisation if person and \
                cast.people[person].organisation in cast.organisations else ""
    return ""


_CARGO_GIVEN_BY = re.compile(r",\s+(?:(?:all|both)\s+)?(?:provided|donated|supplied|sent|paid\s+for|funded|financed|"
                             r"bought)\s+by\s+(?:the\s+)?$")


def _cargo_given_by(article: Article, cast: Cast, index: int, start: int, verb: re.Match[str]) -> Clause | None:
    """"A convoy of 22 trucks arrived in Chisinau carrying 75 generators, provided by Romania from its
    reserves": a vehicle's cargo whose giver follows it, set off by a comma."""
    cargo = _cargo(article, index, start, verb)
    if cargo is None:
        return None
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and cargo[0] <= a.span.start < cargo[1]
                  and _CARGO_GIVEN_BY.search(article.masked[cargo[0]:a.span.start])), None)
    if agent is None or article.masked[agent.span.start:agent.span.end] in ADJECTIVES:
        return None
    cut = _CARGO_GIVEN_BY.search(article.masked[cargo[0]:agent.span.start])
    giver = party_of(cast, agent, index)
    where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and verb.end() <= a.span.start < cargo[0]
                  and _place_gap(verb, article.masked[verb.end():a.span.start])), None)
    if not giver or cut is None or re.search(r",(?!\d)", article.masked[cargo[0]:cargo[0] + cut.start()]):
        return None  # after a list ("tents for clinics, schools and shelters, paid for by"), of any of its things
    return Clause((giver,), (where.ref,) if where is not None and where.ref != giver else (), "delivered", cargo[0],
                   f"{LIKELY}: {verb.group()!r}: a cargo, given by the one named after it", cargo[0] + cut.start())


_GIVEN_AFTER_ARRIVAL = re.compile(r"[^,;:—–()]{0,80}?,\s+(?:(?:all|both)\s+)?(?:delivered|donated|supplied|sent|provided|"
                                  r"shipped|flown\s+in|paid\s+for|funded|financed)\s+by\s+(?:the\s+)?$")


_LOT_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?:first|second|third|new|latest|further|another|last)\s+)?"
                     r"(?:consignment|shipment|batch|delivery|cargo|planeload|truckload)s?\s+of\s+")
"""'A consignment of 300 tents': what the lot holds is the thing given."""


def _given_after_arrival(article: Article, cast: Cast, index: int, start: int, verb: re.Match[str]) -> Clause | None:
    """"A consignment of 300 tents arrived at the airport on Monday, delivered by UNICEF from its stockpile": what
    arrived, given by the one a participle set off after the place names; received where it arrived."""
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                  and (_GIVEN_AFTER_ARRIVAL.fullmatch(article.masked, verb.end(), a.span.start)
                       or apposed_gift_to(article, cast, index, verb.end(), a) is not None)), None)
    giver = party_of(cast, agent, index) if agent is not None and \
        article.masked[agent.span.start:agent.span.end] not in ADJECTIVES else ""
    if not giver or agent is None:
        return None
    where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and verb.end() <= a.span.start < agent.span.start
                  and _place_gap(verb, article.masked[verb.end():a.span.start])), None)
    # "arrived in Hanoi on Monday, a gift from Japan to Vietnam": the one the gift went to, where it says so
    apposed = tuple(r for r in apposed_gift_to(article, cast, index, verb.end(), agent) or () if r != giver)
    lot = _LOT_OF.match(article.masked, start, verb.start())
    return Clause((giver,), apposed or ((where.ref,) if where is not None and where.ref != giver else ()), "delivered",
                   lot.end() if lot else start, f"{LIKELY}: {verb.group()!r}: what arrived, given by the one named after "
                   "it", verb.start())


_PLACE_AFTER = re.compile(r"\s+(?:(?:in|to|at)\s+)?(?:the\s+)?")


def _place_gap(verb: re.Match[str], gap: str) -> bool:
    """Whether the words between a verb of arrival and a name make the name its place: "arrived in Ukraine",
    "reached Ukraine" (the place its object, with no preposition)."""
    return bool(_PLACE_AFTER.fullmatch(gap)) and (bool(re.match(r"\s+(?:in|to|at)\s", gap))
                                                  or verb.group().endswith("reached"))


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
    if not (_HELPERS.search(subject) or _GOODS_LANDED.search(subject) or _CARRYING.search(subject)):
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
    return bool(_BARE_VEHICLE.match(subject)) and not _SENT_ON_BOARD.search(subject) and \
        _cargo(article, index, start, verb) is None and not _HELPERS.search(subject)


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
_FORCE = re.compile(r"\s+(?:Air\s+Force|Navy|Army|Armed\s+Forces|Coast\s+Guard|Marines|Defen[cs]e\s+Forces?|"
                    r"Air\s+Self-Defen[cs]e\s+Force|Maritime\s+Self-Defen[cs]e\s+Force)$")


_FORCE_VEHICLE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + VEHICLE.pattern)
"""'An Indian Navy ship carrying 30 tonnes of rice': the force named before its vehicle, as a nation's adjective is."""


def _vehicle_of_force(article: Article, cast: Cast, index: int, start: int, verb: re.Match[str]) -> Actor | None:
    """"Two C-130J aircraft of the Indian Air Force landed with a field hospital", "a ship of the Turkish Navy
    docked carrying flour": a vehicle of a state's armed force, which stands for its state as the giver."""
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or not start <= actor.span.start < verb.start() or \
                not (_VEHICLE_OF.search(article.masked, start, actor.span.start)
                     or (_FORCE_VEHICLE.match(article.masked, actor.span.end)
                         and re.fullmatch(r"\s*(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+",
                                          article.masked[start:actor.span.start]))):
            continue
        name = article.masked[actor.span.start:actor.span.end]
        force = _FORCE.search(name)
        entry = next((e for e in ENTRIES if e.type == "country" and force is not None
                      and name[:force.start()] in (*e.adjectives, *e.forms)), None)
        state = next((i for i, o in cast.organisations.items() if entry is not None and o.name == entry.name), "")
        return replace(actor, ref=state) if state and state != article_receiver([], cast) else None
    return None


def _crew_helps(lead: str, subject: str) -> bool:
    """Whether a group the subject opens with ("A team of 40 ...") is of people sent to help."""
    return not re.search(_CREW_OF, lead) or bool(_HELPERS.search(subject))


def _arrival_clause(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"The first batch of Leopard tanks from Spain arrived in Ukraine": a delivery, given by whoever the
    subject names after "from" or "by", to the place named after the verb."""
    start = _arrival_start(article, index, verb)
    if verb.group().endswith("joined") and (start is None or not _SENT_APPOSED.search(article.masked, start,
                                                                                       verb.start())):
        return None  # "Croatia's two ministers have joined the talks": joining tells of a gift only when sent
    if start is not None and _bare_vehicle(article, index, start, verb):
        return None
    inside = _cargo_in_subject(article, start, verb) if start is not None else None
    if start is None or (re.search(r"land|touch", verb.group()) and _cargo(article, index, start, verb) is None
                         and inside is None and not _HELPERS.search(article.masked[start:verb.start()])
                         and not _GOODS_LANDED.search(article.masked[start:verb.start()])) or \
            (verb.group().endswith("into") and not _CARRYING.search(article.masked, start, verb.start())):
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
                      and _place_gap(verb, article.masked[verb.end():a.span.start])), None)
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
        given = _cargo_given_by(article, cast, index, start, verb) or _given_after_arrival(article, cast, index, start,
                                                                                            verb)
        if given is not None:
            return given
    if agent is None and national is not None:
        # "A Japanese emergency medical team arrived in Tacloban": the nation the subject opens with sends it
        where = force_for(article, cast, index, national.span.end, verb.start()) or next(
            (a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
             and _place_gap(verb, article.masked[verb.end():a.span.start])), None)
        cargo = _cargo(article, index, start, verb) or inside
        own = _COUNTED_OWN.match(article.masked, national.span.end)
        sent = _SENT_APPOSED.search(article.masked, national.span.end, verb.start())
        return Clause((national.ref,), (where.ref,) if where is not None and where.ref != national.ref else (),
                       "delivered", cargo[0] if cargo else own.start("owned") if own else national.span.end,
                       f"{LIKELY}: {verb.group()!r}: a delivery from the nation the subject names",
                       cargo[1] if cargo else sent.start() if sent else _before_auxiliary(article, start, verb.start()))
    if agent is None:
        # "X confirmed that the first batch of ... arrived in Ukraine": from the one who confirmed it
        reporter = reporter_of(article, cast, index, start) or _according_to(article, cast, index, verb.end())
        where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                      and _place_gap(verb, article.masked[verb.end():a.span.start])), None) \
            or next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                     and _SENT_TO.search(article.masked[start:a.span.start])), None)  # "a package it had sent to Tonga arrived"
        carried = _CARRYING.search(article.masked, start, verb.start())
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
    agent = _named_agency(article, cast, index, agent)
    cut = re.search(r"(?:\s+(?:supplied|donated|sent|provided|delivered|pledged|promised|bought|funded|paid\s+for)"
                    r"(?:\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)?\s+(?:from|by)\s+(?:the\s+)?$",
                    article.masked[start:agent.span.start])
    where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                  and _place_gap(verb, article.masked[verb.end():a.span.start])), None)
    if where is None:
        # "vehicles bought for Ukraine by Sweden have arrived in the country": the one they were for
        where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < agent.span.start
                      and re.search(r"\bfor\s+(?:the\s+)?$", article.masked[max(start, a.span.start - 8):a.span.start])), None)
    del subject
    cargo = _cargo(article, index, start, verb)
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
    carried = _CARRYING.search(article.masked, start, agent.span.start)
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
