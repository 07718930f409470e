"""The receiver a clause names right after the things given.

"two IRIS-T systems to Ukraine", "for the Coast Guard of Chad", the body money is put into ("will put
A$100 million into the Pacific Resilience Facility"), a whole split among several."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.parties import named_agency, owned_body
from generator.editing.draft.commitments.spans import called_by, country_forms, listed_after, names_blanked
from generator.editing.draft.commitments.words import ADJECTIVES, BODY_HEAD, CHANNEL, CLAUSE_END, FLED
from generator.editing.draft.gazetteer import ENTRIES, STRICKEN
from generator.editing.draft.items import MONEY
from generator.editing.draft.text import Article

_SPLIT_AMONG = re.compile(r"[^;:.—–]{0,60}?\b(?:split|divided|shared(?:\s+out)?|spread|distributed|allocated)\s+"
                          r"(?:equally\s+|evenly\s+)?(?:among|between|across)\s+(?:the\s+)?")
"""A whole said to go in parts to several: 'to be split among Chad, Niger and Mali', 'shared between Fiji and Tonga'."""
_SHARE_MARK = re.compile(r"[^;:.—–]{0,60}?,\s+(?:with|including|of\s+which)\s+(?=" + MONEY.pattern + ")")
"""A whole whose parts follow, each with its own sum: ', with 25 million euros for Yemen', ', of which $12 million'."""
_REST_PART = re.compile(r"\b(?:the\s+(?:rest|remainder|balance)|the\s+other\s+(?:half|part|share))\b")
_PART_TO = re.compile(r"(?:\s+(?:in|of)\s+[\w\s-]{1,30}?)?\s+(?:(?:will\s+go|goes|going|is|are|earmarked|set\s+aside)\s+)?"
                      r"(?:to|for)\s+(?:the\s+)?")


_SOURCED = re.compile(r"\s+(?:[\w-]+\s+)?(?:goods|exports|exporters|suppliers|products|manufacturers|contractors|"
                      r"know-how)\b")
"""What export finance buys from the giver's own country, told by that country's adjective: "British goods", "Italian
defence suppliers"; the gift is for those the projects serve. Companies and businesses may be the receivers
themselves ("grants for Ukrainian businesses")."""


def split_receivers(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...] | None:
    """The receivers of a whole the words after `start` split among several: all those the split names, or none
    when one of its parts goes to no one named. "Canada announced $90 million, to be split among Chad, Niger and
    Mali" and "pledged €40 million, with €25 million for Yemen and €15 million for Syria" give to each named, never
    to the first alone. None when no split follows, or a receiver of the whole stands before it ("€10 million for
    Burundi, with €4 million for health"), or a part goes to no one named ("with €4 million for health", "split
    between budget support and health services"): the whole's receiver is then found as for any other gift."""
    text, end = article.masked, article.sentences[index].end
    actors = [a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= start]
    split = _SPLIT_AMONG.match(text, start, end)
    if split is not None and not any(a.span.start < split.end() for a in actors):
        first = next((a for a in actors if a.span.start == split.end()), None)
        listed = listed_after(article, cast, index, first) if first is not None else ()
        return None if first is None else (first.ref, *listed) if listed else ()
    mark = _SHARE_MARK.match(text, start, end)
    if mark is None or any(a.span.start < mark.end() for a in actors):
        return None
    tail = text[mark.end():end]
    cut = CLAUSE_END.search(tail)
    tail_end = mark.end() + (cut.start() if cut else len(tail))
    parts = [m.end() for m in MONEY.finditer(text, mark.end(), tail_end)] + \
        [m.end() for m in _REST_PART.finditer(text, mark.end(), tail_end)]
    receivers = [_part_receiver(article, actors, part) for part in parts]
    if len(receivers) < 2 or not all(receivers):
        return None
    return tuple(dict.fromkeys(receivers))


def _part_receiver(article: Article, actors: list[Actor], position: int) -> str:
    """Whom one part of a split whole goes to: "25 million euros for Yemen", "$8 million to Bangladesh"."""
    to = _PART_TO.match(article.masked, position)
    return next((a.ref for a in actors if to and a.span.start == to.end()), "")


def put_into(article: Article, cast: Cast, index: int, position: int) -> tuple[str, ...]:
    """"will put A$100 million into the Pacific Resilience Facility", "would channel NOK 2 billion into the
    Nordic Green Fund": money put into a body named right after "into" goes to that body, a fund as well; else
    to the one country the words after "into" name."""
    into = re.match(r"(?:[^.;]|\.\d){1,40}?\s+(?:into|towards?)\s+(?:the\s+)?", article.masked[position:])
    if into is None:
        return ()
    start = position + into.end()
    body = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start == start
                 and article.masked[a.span.start:a.span.end] not in ADJECTIVES), None)
    if body is not None:
        return (body.ref,)
    # "into Ukrainian production of drones", "into reconstruction projects in Ukraine": the one country the
    # words after "into" name, up to where the phrase ends
    end = re.search(r"[,;:.—–(]|\s+(?:and|but|which|while|with)\s|$", article.masked[start:article.sentences[index].end])
    named = {a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start
             and (end is None or a.span.start < start + end.start()) and cast.organisations[a.ref].type == "country"}
    return (named.pop(),) if len(named) == 1 else ()


def body_called(cast: Cast, index: int, position: int, words: list[str]) -> str:
    """The one body, not a country, that the article has named in full and now calls by the last words of its
    name, the last of them a head noun such as "Guard" or "Committee": "the Coast Guard" for the Peruvian Coast
    Guard; where two bodies fit, the one of them the sentence names before, else none."""
    if not words or words[-1].lower() not in BODY_HEAD:
        return ""
    named = {ident for ident, o in cast.organisations.items() if o.type != "country" and called_by(o.name, words)}
    if len(named) > 1:
        start = cast.article.sentences[index].start
        named = {ident for span, ident in cast.org_mentions if start <= span.start < position and ident in named}
    return named.pop() if len(named) == 1 else ""


_AGENCY_OWNS = re.compile(r"(?:[^;:.—–()]|\.\d){0,100}?\s(?:to|for)\s+the\s+(?P<words>)"
                          r"(?P<noun>agency|organi[sz]ation)[’']s\s+(?:[a-z][\w-]*\s+){0,3}?(?:response|operations?|"
                          r"programmes?|programs?|work|appeal|efforts?|relief|activities|projects?|mission)\b")


def _agency_by_kind(article: Article, cast: Cast, index: int, start: int, to: str) -> str:
    """The body a gift goes to when the text calls it by its kind and names its work: "a contribution of $8 million
    to the agency's drought response in Kenya", "€5m for the organisation's operations in Chad": the agency named
    just before does the work and receives, not the country the work is in. Only when one body fits."""
    owns = _AGENCY_OWNS.match(article.masked, start)
    if owns is None or "to" not in to.split("|"):
        return ""
    opener = cast.sentence_subject(index)
    giver = opener.ref if opener is not None else ""  # "The EU pledged €5m to the agency's work": not the giver
    sentences = article.sentences
    for first in (sentences[index].start, sentences[max(0, index - 1)].start):
        # the nearest sentence that names a body: its one body, else none ("Sida's chief met the WFP's director,
        # and Sweden gave $5m to the agency's work": two bodies, either the agency)
        bodies = {ident for span, ident in cast.org_mentions if first <= span.start < start
                  and cast.organisations[ident].type == "organisation"}
        if bodies:
            return bodies.pop() if len(bodies) == 1 and giver not in bodies else ""
    return ""


_TO_THE_KIND = re.compile(r"(?:[^;:.—–()]|\.\d){0,80}?\s(?P<to>to|for)\s+the\s+(?P<kind>ministry|department|hospital|commission|"
                          r"authority|council|directorate)\b(?!\s+(?:of|for|in)\b|[’'-])")


def _body_by_kind(article: Article, cast: Cast, index: int, start: int, to: str) -> str:
    """"UNICEF has donated 5,000 doses of vaccine to the ministry": the one body the article has named whose name
    opens or closes with that kind ("the Ministry of Health"); none where two fit, or a party named before it is
    read instead."""
    told = _TO_THE_KIND.match(article.masked, start, article.sentences[index].end)
    if told is None or told.group("to") not in to.split("|") or any(
            a.kind == "organisation" and start <= a.span.start < told.start("kind") for a in cast.in_sentence(index)):
        return ""
    kind = told.group("kind")
    named = {ident for ident, o in cast.organisations.items() if o.type != "country" and o.name.split()
             and kind in (o.name.split()[0].lower(), o.name.split()[-1].lower())}
    return named.pop() if len(named) == 1 else ""


_WORK_OF = r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:work|capacity|capacities|operations?|efforts?|response|activities|" \
           r"mission|appeal)\s+of\s+)?"
"""'to support the work of the World Food Programme', 'to strengthen the capacity of the Disaster Management
Department', 'to the emergency operation of the World Food Programme': the one whose work the gift serves."""


_LEADS_ITS_OWN = re.compile(r"\sfor\s+(?:the\s+|its\s+)?$")
_BODY_LED = re.compile(r"-led\s+(?:[a-z][\w-]*\s+){0,2}(?:operations|missions?|peacekeeping|peace\s+operations|"
                       r"deployments?|forces?|troops)\b")
"""What a body leads as its own: "600 million euros from its Peace Facility for AU-led operations", "$20 million for
ECOWAS-led peacekeeping missions": the body whose operations they are receives, not a country; a country that leads
a mission of many ("the Kenya-led mission") does not receive what pays for it."""


_REFILL = r"(?:replenish|restock|stock|refill|top\s+up|sustain|re-?capitali[sz]e|capitali[sz]e)"
"""What a gift does to the stores or funds of the one it goes to: "$4 million to replenish the Red Cross's emergency
stocks", "to top up Malawi's grain reserve", "to recapitalise the Central Bank of Somalia": its owner receives."""


_SHARE_OF_IT = re.compile(r",\s+(?:including\s+(?:some\s+|about\s+|nearly\s+|up\s+to\s+)?(?:[A-Z]{0,3}[€$£¥]|"
                          r"\d[\d.,]*\s*(?:million|billion|bn|m)\b)|of\s+which\b|"
                          r"(?:half|part|some|the\s+rest|a\s+(?:third|quarter|fifth|tenth)|"
                          r"one[\s-](?:third|quarter|fifth)|two[\s-]thirds|\d+\s*(?:%|per\s*cent|percent))\s+of\s+"
                          r"(?:it|which|that|this|them|the\s+(?:money|sum|total|amount|funds?|funding))\b)")
"""A share of the gift just named, set off after it: "$190 million, including $40 million for UNICEF", "$50 million,
half of it to the WHO"; not "NZ$8 million, most of it for the Electoral Commission", which names whom the gift is for."""


def receiver_after(article: Article, cast: Cast, index: int, start: int, to: str = "to|for|into") -> tuple[str, ...]:
    """The receiver named after the item: "... two IRIS-T systems to Ukraine", "$650 million in additional
    financing for Ukraine's health system", "twelve ambulances donated by the council to a delegation from
    Ukraine's Chernivtsi region"; looked for up to where the clause ends."""
    split = split_receivers(article, cast, index, start)
    if split is not None:
        return split
    if agency := _agency_by_kind(article, cast, index, start, to):
        return (agency,)
    if ministry := _body_by_kind(article, cast, index, start, to):
        return (ministry,)
    for actor in cast.in_sentence(index):
        if 0 <= actor.span.start - start <= 160 and _LEADS_ITS_OWN.search(article.masked[start:actor.span.start]) and \
                _BODY_LED.match(article.masked, actor.span.end) and cast.organisations[actor.ref].type != "country" \
                and not CLAUSE_END.search(article.masked[start:actor.span.start]):
            return (actor.ref,)
        if actor.span.start < start or actor.kind != "organisation" or actor.span.start - start > 160 or \
                re.match(r"-(?:led|run|based|backed|funded|chaired|managed)\b", article.masked[actor.span.end:]):
            continue  # "to the UK-led International Fund for Ukraine": the one who leads it receives nothing
        between = article.masked[start:actor.span.start]
        if _MONEY_ASKED.search(between) and _ASKED_FOR.match(article.masked, actor.span.end):
            return (actor.ref,)  # "... €45m to add inspection lanes, money Warsaw requested last autumn"
        if CLAUSE_END.search(re.sub(r"N+(?:,\s+N+)*,?\s+and\s+N+", "N", names_blanked(article, cast, index, start,
                                                                                          actor.span.start))):
            break  # "by Chile and Peru to the grid operator": a list of names, not a clause of its own
        if _SHARE_OF_IT.search(between):
            break  # "$50 million, half of it to the WHO": the one a share goes to, not the whole gift
        if _MEMBERS_OF.search(between) and cast.organisations[actor.ref].type != "country":
            return (actor.ref,)  # "for the member states of ASEAN": the group whose members it serves
        if _ROUTE.search(between):
            continue  # "a second high-voltage line to Romania": where a link leads, not who receives
        if _NOT_GIVEN_TO.search(between):
            continue  # "at a price linked to the Romanian market", "according to Chad's ministry": no one receives
        if article.masked[actor.span.start:actor.span.end] in ADJECTIVES and \
                re.match(r"\s+(?:[\w-]+\s+)?" + FLED + r"\b", article.masked[actor.span.end:]):
            continue  # "tents for Sudanese refugees": the country they fled, not the one that shelters them
        if article.masked[actor.span.start:actor.span.end] in ADJECTIVES and _SOURCED.match(article.masked, actor.span.end):
            continue  # "to support British goods and services for Moldovan projects": where what is bought comes from
        # "to the city's heating utility, Teplo Sever": a body named after its owner's possessive, its kind and a comma
        # "$80 million on equipping and training Haiti's police": what the money is spent on doing for whom
        if re.search(r"\b(?:(?:(?:" + to + r")\s+(?:(?:strengthen|support|help|rebuild|repair|restore|protect|boost|"
                     r"bolster|secure|expand|improve|modernise|modernize|upgrade|develop|build|assist|enable|empower|"
                     r"fund|finance|" + _REFILL + r")\s+)?|in\s+support\s+of\s+|towards?\s+)" + _WORK_OF + r"|on\s+" +
                     _SPENT_ON +
                     r")(?:[Tt]he\s+)?" + STRICKEN +
                     r"(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-(?:east|west)(?:ern)?\s+|central\s+|"
                     r"(?:its|their)\s+(?:[A-Z][\w-]+\s+)?counterpart,\s+)?"
                     r"(?:(?:[a-z][\w-]*[’']s\s+)?(?:[a-z-]+\s+){0,2}" + _COMPANY_WORD + r",?\s+)?$", between) or \
                _PEOPLE_OF.search(between):
            owned = owned_body(article, cast, index, actor) or _body_served(article, cast, index, actor)
            if (a_channel(cast, actor.ref) and not _OWN_WORK.match(article.masked, actor.span.end)) \
                    or (_ITS_CHANNEL.match(article.masked, actor.span.end)
                        and not (owned and cast.organisations[owned.ref].name in _AGENCY_PROGRAMMES)):
                # "30 million euros to the drone coalition", "$75 million for the World Bank's HOPE programme": a
                # channel, not the one the aid is for; "to the UN's World Food Programme" is the agency
                return ()
            if owned is not None:
                return (owned.ref,)  # "to Djibouti's National Office of Water": the body, not its country
            if (named_after := named_agency(article, cast, index, actor)) is not actor:
                return (named_after.ref,)  # "to the U.N. children's agency, UNICEF": the agency named after its parent
            if force := _force_of(article, cast, actor):
                return (force,)
            # "NOK 200 million to strengthen Moldova's energy security": the one whose need it serves; "for
            # Chad, Mali, Burkina Faso and Niger": each one the list names
            return (actor.ref, *listed_after(article, cast, index, actor))
        if _BOUGHT_BY.search(between) or _RUN_BY.search(between) or _USED_BY.search(between):
            return (actor.ref, *listed_after(article, cast, index, actor))
        if re.search(r"\bin\s+$", between) and cast.organisations[actor.ref].type == "country" and \
                re.match(r"[’']s\s", article.masked[actor.span.end:]):
            return (actor.ref,)  # "a desalination plant in Djibouti's northern town": built for that country
    return _short_named(article, cast, index, start) or _their_own_body(article, cast, index, start)


_MEMBERS_OF = re.compile(r"\b(?:to|for)\s+(?:(?:help|support|assist)\s+)?(?:the\s+|all\s+|its\s+)?(?:\d+\s+|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+)?"
                         r"(?:members?|member\s+(?:states|countries|nations|governments|economies))\s+of\s+(?:the\s+)?$")
"""'for members of the Pacific Islands Forum', 'to help all 16 member states of SADC': a gift to a group's
members, whom the text does not name one by one, is the group's to record."""


_NOT_GIVEN_TO = re.compile(r"\b(?:linked|pegged|tied|indexed|similar|close|next|compared|according|due|owing|prior|thanks|"
                           r"equal|equivalent|relative|contrary|adjacent|identical|comparable|akin)\s+to\s+(?:the\s+)?"
                           r"(?:[a-z][\w-]*\s+){0,2}$")
"""'to' that ties a word to what follows, and names no one given to: "a price linked to the Romanian market",
"generators similar to the German ones", "according to the Chadian ministry"."""
_SHORT_NAME = re.compile(r"(?:\b(?:to|for)|\b(?:staff|engineers|officers|personnel|employees|crews|workers|technicians|"
                         r"recruits|cadets|units)\s+of)\s+the\s+(?P<phrase>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})")


def _short_named(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...]:
    """A body the article has named in full, called again by the last words of its name ("the Liberia National
    Police" ... "$10 million in budget support to the national police") or by the noun its name opens with
    ("the Ministry of Water" ... "training for 80 engineers of the Ministry"): the one body so named."""
    sentence = article.sentences[index]
    clause = article.masked[start:sentence.end]
    end = CLAUSE_END.search(names_blanked(article, cast, index, start, sentence.end))
    for match in _SHORT_NAME.finditer(clause[:end.start() if end else len(clause)][:160]):
        words = match.group("phrase").split()
        for size in range(len(words), 0, -1):
            if words[size - 1].lower() not in BODY_HEAD:
                continue
            named = {ident for ident, o in cast.organisations.items() if o.type != "country"
                     and called_by(o.name, words[:size])}
            if len(named) == 1 and not CHANNEL.search(cast.organisations[next(iter(named))].name):
                return (named.pop(),)
    return ()


_HIS_BODY = re.compile(r"\b(?:to|for)\s+(?:his|her)\s+(?:own\s+)?(?:[a-z][\w-]*\s+)?(?:force|forces|ministry|agency|service|"
                       r"police|guard|army|navy|department|company|utility|office|institute|hospital|commission|"
                       r"authority|directorate|unit|units|men|officers|staff|teams?)\b")


def _their_own_body(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...]:
    """"Commander Tran thanked Japan for the delivery of two patrol boats to his force", "she said Norway had
    delivered 30 pumps to her ministry": the body of the person "his" or "her" stands for, when the text gives
    that person's role in a body and not a country alone."""
    sentence = article.sentences[index]
    clause = names_blanked(article, cast, index, start, sentence.end)
    end = CLAUSE_END.search(clause)
    his = _HIS_BODY.search(clause[:end.start() if end else len(clause)][:160])
    if his is None:
        return ()
    before = [a for a in cast.in_sentence(index) if a.kind in ("person", "pronoun") and a.span.end <= start + his.start()]
    person = cast.person_of(before[-1], index)[0] if before else None
    body = cast.people[person].organisation if person else ""
    return (body,) if body in cast.organisations and cast.organisations[body].type != "country" else ()


_SERVED = re.compile(r"(?:\bfor|\bto\s+(?:help\s+)?(?:train|equip|supply|support|assist|strengthen|re-?equip|"
                     r"modernise|modernize|upgrade|build\s+up))\s+(?:the\s+)?(?:country[’']s\s+|its\s+)?$")


def _body_served(article: Article, cast: Cast, index: int, country: Actor) -> Actor | None:
    """A body of the receiving country that the rest of the clause says the gift is for: "will send instructors
    to Accra to train Ghana Police Service officers", "sent 20 trucks to Ghana for the Ghana National Fire
    Service", "radios to Ghana, for the Ghanaian Navy": a force, agency or company that receives is the
    receiver as the text names it. Only a body whose name carries the country's name, so that a channel named
    after it ("for the World Food Programme") leaves the country as it is."""
    if cast.organisations[country.ref].type != "country":
        return None
    name = cast.organisations[country.ref].name
    forms = {name, *cast.organisations[country.ref].forms, *next((e.forms for e in ENTRIES if e.name == name), ())}
    for body in (a for a in cast.in_sentence(index) if a.span.start >= country.span.end and a.kind == "organisation"):
        between = article.masked[country.span.end:body.span.start]
        if body.ref == country.ref or CLAUSE_END.search(between) or len(between.split()) > 14:
            return None
        words = cast.organisations[body.ref].name.split()
        if cast.organisations[body.ref].type != "country" and _SERVED.search(between) and len(words) > 1 and \
                any(re.match(re.escape(form) + r"\b", " ".join(words[:-1])) for form in forms):
            return body
    return None


_SPENT_ON = r"(?:(?:equipping|training|arming|supporting|strengthening|modernising|modernizing|upgrading|rebuilding|" \
            r"re-equipping)(?:,\s+|,?\s+and\s+|\s+))+"
"""'spend $80 million on equipping and training': doing for someone what the money is spent on."""
_FORCE_OF = re.compile(r"[’']s\s+(?:(?!police|army|navy|armed|military)[a-z][\w-]*\s+){0,2}?(?P<head>police|army|navy|"
                       r"armed\s+forces|military|coast\s+guard|"
                       r"border\s+guard|air\s+force|gendarmerie|fire\s+service)(?:\s+(?:force|service))?\b")
"""A country's possessive, then the kind of force it has one of: "Haiti's embattled police force", "Chad's army"."""


_FORCE_NAMES = {"army": r"army|armed\s+forces", "armed": r"army|armed\s+forces", "military": r"army|armed\s+forces"}
"""The words of a force's name by which a text calls it another way: "Lebanon's army" for the Lebanese Armed Forces."""


def _force_of(article: Article, cast: Cast, country: Actor) -> str:
    """"300 radios to Ghana's police force" where the text names the Ghana Police Service: a force a country has one
    of, called by its kind after the country's possessive, is the one body the text names in full that carries the
    country's name or adjective and that kind's word ("the Haitian National Police" for "Haiti's police"); none
    where the text names no such body, or two ("the Ghana Police Service" and "the Ghana Police Academy")."""
    if cast.organisations[country.ref].type != "country":
        return ""
    called = _FORCE_OF.match(article.masked, country.span.end)
    if called is None:
        return ""
    head = _FORCE_NAMES.get(called.group("head").split()[0], r"\s+".join(called.group("head").split()))
    forms = country_forms(cast, country.ref)
    named = {ident for ident, o in cast.organisations.items() if o.type != "country" and
             re.search(r"(?<![\w-])(?:" + head + r")(?![\w-])", o.name, re.IGNORECASE) and
             any(re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", o.name) for form in forms)}
    return named.pop() if len(named) == 1 else ""


_MONEY_ASKED = re.compile(r",\s+(?:money|funds|funding|aid|help|support|assistance|a\s+sum|an\s+amount)\s+(?:that\s+|which\s+)?"
                          r"(?:the\s+)?$")
_ASKED_FOR = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:requested|asked\s+for|sought|applied\s+for|appealed\s+for|"
                        r"been\s+seeking|been\s+asking\s+for)\b")
"""'money Warsaw requested last autumn': the gift, said again as what its receiver asked for."""
_BOUGHT_BY = re.compile(r"\b(?:purchases?|procurement|acquisition|purchasing|buying)\s+(?:of\s+[^,;:()]{1,60}?\s+)?by\s+"
                        r"(?:the\s+)?(?:(?:state-owned|state|national|public|city|municipal|[a-z]+)\s+){0,3}?"
                        r"(?:(?:[a-z]+\s+)?(?:trader|company|utility|operator|firm|agency|importer|distributor|"
                        r"supplier)\s+)?$")
"""'2 billion kroner for joint procurement of air defence systems by Estonia, Latvia and Lithuania', '300 million
euros of emergency gas purchases by state energy trader Energocom': money for what someone buys goes to the one
who buys, named after the kind of body it is or not."""
_RUN_BY = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:projects?|programmes?|programs?|schemes?|shelters?|"
                     r"clinics?|camps?|cent(?:re|er)s?|schools?|hospitals?|kitchens?|services?)\s+(?:run|managed|operated)\s+by\s+"
                     r"(?:the\s+)?$")
"""'$5 million for water projects run by the Sahel Farmers' Network': money for what a body runs goes to it."""
_USED_BY = re.compile(r"\bfor\s+(?:(?:the|its)\s+)?use\s+(?:by|of)\s+(?:the\s+)?$")
"""'40 boats for use by the Malawi Defence Force', 'for the use of Malawi's police': those who will use a gift
take it."""
_COMPANY_WORD = r"(?:company|firm|group|operator|utility|producer|manufacturer|insurer|lender|railway|carrier|airline)"
"""'a $75mn loan to agricultural group Kernel': what the text calls the company it names."""
_ROUTE = re.compile(r"\b(?<!credit\s)(?<!credit-)(?<!swap\s)(?:lines?|links?|interconnectors?|interconnections?|pipelines?|"
                    r"roads?|highways?|bridges?|railways?|rail\s+links?|corridors?|routes?|connections?|cables?|flights?|"
                    r"crossings?)\s+(?:to|with)\s+(?:the\s+)?$")
"""'a second high-voltage line to Romania': where a link leads, not who receives; a credit line or swap line to a
country is money lent to it ("Portugal extended a credit line to Gabon")."""
_ITS_CHANNEL = re.compile(r"[’']s\s+(?:[A-Z][\w-]*\s+){1,4}(?:[Pp]rogramme|[Pp]rogram|[Ff]und|[Ff]acility|[Ii]nitiative|"
                          r"[Mm]echanism|[Ww]indow)\b")
"""'the World Bank's HOPE programme': a scheme a body runs for others, named with that body's possessive."""
_OWN_WORK = re.compile(r"(?:(?<=Programme)|(?<=Program))[’']s\s+(?:[a-z][\w-]*\s+){0,3}?(?:assistance|operations?|work|response|"
                       r"relief|activities|distributions?)\b")
"""'the World Food Programme's food assistance', 'the UN Development Programme's mine clearance work': an agency
named a programme that does the work itself, and so receives what pays for it, unlike a fund money passes through."""
_AGENCY_PROGRAMMES = frozenset(f for e in ENTRIES if e.type == "organisation" and re.search(r"Program(?:me)?$", e.name)
                               for f in (e.name, *e.forms))
"""Agencies named a programme that do the work themselves: "a $30 million grant to the World Food Programme to buy
food", "$5 million to the UN Development Programme to rebuild schools": the agency the money is given to receives it,
unlike a fund or a coalition the money passes through."""


def a_channel(cast: Cast, ident: str) -> bool:
    """Whether a body is a fund, a coalition or a scheme the money passes through, not an agency named a programme
    that does the work itself (see `_AGENCY_PROGRAMMES`)."""
    name = cast.organisations[ident].name
    return bool(CHANNEL.search(name)) and name not in _AGENCY_PROGRAMMES


_PEOPLE_OF = re.compile(r"\bto\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:delegation|representatives|people|authorities|"
                        r"government|army|forces|troops|hospitals|families|region)\s+(?:from|of|in)\s+(?:the\s+)?$|"
                        r"\bfor\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?" + FLED + r"\b)(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:staff|people|families|communities|children|students|officers|officials|workers|farmers|"
                        r"villages|hospitals|schools|clinics|households|teams|crews|dispatchers|"
                        r"nurses|doctors|midwives|teachers|engineers|technicians|operators|firefighters|rangers|deminers|"
                        r"soldiers|pilots|personnel|police|judges|prosecutors|inspectors|guards|specialists|instructors)\s+"
                        r"(?:from|of|in)\s+(?:the\s+)?$|"
                        r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + FLED + r"\s+in\s+(?:the\s+)?$")
"""'to a delegation from Ukraine's Chernivtsi region', 'training for dispatchers from Kenya and Uganda', 'kits for
rapid response teams in Liberia': to the people of a country, so to that country. Those who fled are the
country's that shelters them, not the one they fled: "tents for 500 refugees in Chad" are Chad's, "tents for 500
refugees from Sudan" are not Sudan's."""
