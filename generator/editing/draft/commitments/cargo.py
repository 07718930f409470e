"""Cargo: what a plane, ship or convoy carried, and whose it is.

The vehicle that brings it, cargo to come ("two navy ships would carry tents next week") and who
gave it."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.commitments.main_receiver import article_receiver
from generator.editing.draft.commitments.parties import party_of, state_of
from generator.editing.draft.commitments.record import Clause, make_commitment
from generator.editing.draft.commitments.spans import own_start
from generator.editing.draft.commitments.words import ADJECTIVES, CARRYING, FORCE, HELPERS, VEHICLE
from generator.editing.draft.gazetteer import ENTRIES
from generator.editing.draft.items import AID, GOODS, contents, items
from generator.editing.draft.model import LIKELY, Commitment, Meeting
from generator.editing.draft.text import Article, fold

_WITH_COUNT = re.compile(r"(?:\s+(?:in|at|on|to)\s+[^,;:.]{1,80}?)?\s+with\s+(?=(?:some\s+|about\s+|around\s+|nearly\s+|"
                         r"more\s+than\s+|over\s+)?\d)")


def _landed_with(article: Article, index: int, verb: re.Match[str]) -> re.Match[str] | None:
    """"A Norwegian plane landed in Chad with 40 tonnes of medicines": "with" and a count of things of aid after a
    vehicle's arrival name its cargo as "carrying" does, past a place and time as long as "at Jorge Chávez
    International Airport shortly after dawn"; "with 12 passengers on board" names none."""
    sentence = article.sentences[index]
    with_ = _WITH_COUNT.match(article.masked, verb.end(), sentence.end)
    if with_ is None:
        return _WITH_HELPERS.match(article.masked, verb.end(), sentence.end) or _with_goods(article, index, verb)
    thing = re.match(r"(?:[^,;:.]|[,.](?=\d)){1,60}", article.masked[with_.end():sentence.end])
    return with_ if thing and (AID.search(thing.group()) or HELPERS.search(thing.group())) else None


_WITH_GOODS = re.compile(r"(?:\s+(?:in|at|on|to)\s+[^,;:.]{1,80}?)?\s+with\s+(?=[a-z])")
_GOODS_LISTED = re.compile(r"(?P<first>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:,\s+|\s+(?:and|for|on|in|at|from|to|after|"
                           r"as)\s+|[.,;]|\s*$)")
"""The first thing of a list named without a count, up to three plain words: "water filters" in "with water filters,
tents and blankets on Monday"."""


def _with_goods(article: Article, index: int, verb: re.Match[str]) -> re.Match[str] | None:
    """"A British plane landed in Blantyre with tents, blankets and water filters": things of aid named without a count
    after "with" are the cargo as a counted load is."""
    sentence = article.sentences[index]
    with_ = _WITH_GOODS.match(article.masked, verb.end(), sentence.end)
    if with_ is None:
        return None
    return with_ if goods_first(article, with_.end(), sentence.end) else None


def goods_first(article: Article, start: int, end: int) -> bool:
    """Whether the words at `start` open on things of aid, counted or not ("40 tonnes of flour", "tents, blankets and
    water filters"), rather than on people or a state of the vehicle ("its crew", "engine trouble")."""
    listed = _GOODS_LISTED.match(article.masked, start, end)
    first = listed.group("first") if listed else ""
    if re.match(r"\d", article.masked[start:end]):
        thing = re.match(r"(?:[^,;:.]|[,.](?=\d)){1,60}", article.masked[start:end])
        return thing is not None and bool(AID.search(thing.group()) or GOODS.search(thing.group()))
    if not first or re.match(r"(?:an?|the|its|their|his|her|some|no|little|engine|mechanical|technical)\b", first):
        return False
    return bool(GOODS.search(first) or AID.search(first))


def cargo_of(article: Article, index: int, start: int, verb: re.Match[str]) -> tuple[int, int] | None:
    """Where the cargo a plane, ship or convoy carried is named, after the verb of its arrival; None when
    the subject is no vehicle or names no cargo."""
    sentence = article.sentences[index]
    carrying = CARRYING.search(article.masked, verb.end(), sentence.end) or _landed_with(article, index, verb)
    if carrying is None or not VEHICLE.search(article.masked[start:verb.start()]):
        return None
    said = re.search(r",\s+(?:[\w-]+\s+){0,4}(?:said|say|says|reported|confirmed)\b", article.masked[carrying.end():sentence.end])
    return carrying.end(), carrying.end() + said.start() if said else sentence.end


def cargo_in_subject(article: Article, start: int, verb: re.Match[str]) -> tuple[int, int] | None:
    """Where the cargo is named inside the subject of an arrival: "A Turkish cargo plane carrying 300 tents has
    landed", "An Omani ship loaded with 2,000 tonnes of flour docked": what the vehicle carried, up to the verb;
    None when the subject is no vehicle named before "carrying"."""
    carrying = CARRYING.search(article.masked, start, verb.start())
    at = carrying.span() if carrying is not None else None
    if at is None:
        # "A British aid flight with tents and blankets arrived": things of aid after the vehicle and "with"
        with_ = _VEHICLE_WITH_GOODS.search(article.masked, start, verb.start())
        at = with_.span("with") if with_ is not None and goods_first(article, with_.end(), verb.start()) else None
    if at is None or not VEHICLE.search(article.masked[start:at[0]]) or \
            re.search(r"[;:—–()]|,\s+(?:which|who|that|the|its|their|his|her|after|as|while|when|with)\b",
                      article.masked[at[1]:verb.start()]):
        return None
    return at[1], verb.start()


_VEHICLE_WITH_GOODS = re.compile(VEHICLE.pattern + r"(?P<with>\s+with\s+)(?=[a-z\d])")


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


_NEXT_LOT = re.compile(r"(?:[^,]{0,40},\s*)?(?:(?:(?:[Aa]|[Tt]he)\s+(?:second|third|fourth|next|further|final|new)|[Aa]nother)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:consignment|shipment|batch|tranche|delivery|load|planeload|truckload)\s+"
                       r"(?:of\s+(?:[\w-]+\s+)?(?:assistance|aid|relief|supplies|help)\s*,?\s+)?"
                       r"(?:comprising|consisting\s+of|containing|including|of|with)\s+|"
                       r"(?:[Aa]nother|[Aa]\s+further)\s+(?=\d[\d,.]*\s+(?:tonnes|tons)\s+of\s))")
_LOT_SENT = re.compile(r",?\s+(?:(?P<future>will\s+(?:be\s+)?(?:sent|delivered|dispatched|shipped|flown(?:\s+in)?|airlifted|"
                       r"follow|arrive)|(?:is|are)\s+(?:due|expected|scheduled))|(?:was|were|has\s+been|have\s+been)\s+"
                       r"(?:sent|delivered|dispatched|shipped|flown(?:\s+in)?|airlifted))\b")
"""'A second consignment of 30 tonnes of blankets will be sent next week', 'A second tranche of assistance comprising
30 tonnes of medicines is due', 'Another 30 tonnes of blankets will follow': one more lot of a gift already told,
what it holds named before the verb that sends it."""


def _next_vehicle(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                  index: int) -> list[Commitment]:
    """What "a second flight" or "another ship" brings, or what "a second consignment" holds, is given by the one
    whose gift the last paragraphs told, to the same receiver: only when a single giver gave to a single receiver
    there, the sentence tells no gift of its own, and it names no other party before the verb."""
    sentence = article.sentences[index]
    told = _NEXT_VEHICLE.match(article.masked, entry_start(article, sentence), sentence.end)
    lot = _NEXT_LOT.match(article.masked, entry_start(article, sentence), sentence.end) if told is None else None
    sent = _LOT_SENT.search(article.masked, lot.end(), sentence.end) if lot is not None else None
    if told is None and sent is None:
        return []
    end = told.end() if told is not None else sent.start() if sent is not None else sentence.end
    recent = [c for c in found if index - 8 <= c.sentence < index and c.givers and c.status in ("pledged", "delivered")]
    if not recent or any(c.sentence == index for c in found) or \
            len({(c.givers, c.receivers) for c in recent}) != 1 or any(
                a.kind == "organisation" and a.span.start < end and a.ref not in recent[-1].givers
                for a in cast.in_sentence(index)):
        return []  # "Another ship, sent by Qatar, will bring ...": a vehicle of another giver
    if told is not None:
        clause = Clause(recent[-1].givers, recent[-1].receivers, "pledged" if told.group("future") else "delivered",
                         told.end(), f"{LIKELY}: what one more vehicle of the gift just told brings")
        return [make_commitment(article, cast, index, clause, item, meetings)
                for item in items(article.masked[told.end():sentence.end], False)]
    assert lot is not None and sent is not None
    clause = Clause(recent[-1].givers, recent[-1].receivers, "pledged" if sent.group("future") else "delivered",
                     lot.end(), f"{LIKELY}: what one more lot of the gift just told holds", sent.start())
    return [make_commitment(article, cast, index, clause, item, meetings)
            for item in items(article.masked[lot.end():sent.start()], False)]


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
    force = FORCE.search(name)
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


_WITH_HELPERS = re.compile(r"(?:\s+(?:in|at|on|to)\s+[^,;:.]{1,40}?)?\s+with\s+(?=(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           + HELPERS.pattern + ")", re.IGNORECASE)
"""'A Japanese military plane landed in Kathmandu with a field hospital': people or gear sent to help, named after
"with" without a count, are the cargo as a counted load is; "landed with a broken engine" carries none."""
_ACCORDING_TO = re.compile(r",?\s+according\s+to\s+(?:the\s+)?$")


def according_to(article: Article, cast: Cast, index: int, position: int) -> str:
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


def cargo_given_by(article: Article, cast: Cast, index: int, start: int, verb: re.Match[str]) -> Clause | None:
    """"A convoy of 22 trucks arrived in Chisinau carrying 75 generators, provided by Romania from its
    reserves": a vehicle's cargo whose giver follows it, set off by a comma."""
    cargo = cargo_of(article, index, start, verb)
    if cargo is None:
        return None
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and cargo[0] <= a.span.start < cargo[1]
                  and _CARGO_GIVEN_BY.search(article.masked[cargo[0]:a.span.start])), None)
    if agent is None or article.masked[agent.span.start:agent.span.end] in ADJECTIVES:
        return None
    cut = _CARGO_GIVEN_BY.search(article.masked[cargo[0]:agent.span.start])
    giver = party_of(cast, agent, index)
    where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and verb.end() <= a.span.start < cargo[0]
                  and place_gap(verb, article.masked[verb.end():a.span.start])), None)
    if not giver or cut is None or re.search(r",(?!\d)", article.masked[cargo[0]:cargo[0] + cut.start()]):
        return None  # after a list ("tents for clinics, schools and shelters, paid for by"), of any of its things
    return Clause((giver,), (where.ref,) if where is not None and where.ref != giver else (), "delivered", cargo[0],
                   f"{LIKELY}: {verb.group()!r}: a cargo, given by the one named after it", cargo[0] + cut.start())


_PLACE_AFTER = re.compile(r"\s+(?:(?:in|to|at)\s+)?(?:the\s+)?")


def place_gap(verb: re.Match[str], gap: str) -> bool:
    """Whether the words between a verb of arrival and a name make the name its place: "arrived in Ukraine",
    "reached Ukraine" (the place its object, with no preposition)."""
    return bool(_PLACE_AFTER.fullmatch(gap)) and (bool(re.match(r"\s+(?:in|to|at)\s", gap))
                                                  or verb.group().endswith("reached"))


_VEHICLE_WITH = re.compile(r"\s+(?:an?|the|its|their|another|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:plane|aircraft|flight|ship|vessel|convoy|truck|lorry|lorries|train|Hercules|"
                           r"(?:C|KC|Il|An|A)-?\d{2,3}[A-Z]?J?)s?\b[^,.;:]{0,40}?\s+with\s+")
_FIRST_THING = re.compile(r"[^,.;:]+?(?=\s*(?:,|\s+and\s|\s+(?:to|for|on|from|in)\s|[.;:]|$))")


def cargo_with(article: Article, position: int, end: int) -> int | None:
    """Where the cargo starts, after a vehicle sent "with" goods: "dispatched a naval patrol vessel from Noumea with
    drinking water, generators and tarpaulins", "will send a C-17 with doctors and 30 tonnes of supplies". The first
    thing after "with" must be goods of aid or people sent to help; "sent a ship with a crew of 40" carries no gift,
    and "a navy vessel with a helicopter" is sent with its own equipment."""
    vehicle = _VEHICLE_WITH.match(article.masked, position, end)
    if vehicle is None:
        return None
    first = _FIRST_THING.match(article.masked, vehicle.end(), end)
    return vehicle.end() if first and (AID.search(first.group()) or GOODS.search(first.group())
                                       or HELPERS.search(first.group())) \
        and not VEHICLE.search(first.group()) else None
