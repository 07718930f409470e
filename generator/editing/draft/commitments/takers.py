"""Receivers told in the item given or around it.

An institution funded, the one that took delivery, trainees, staff, places the things go to."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.parties import owned_body
from generator.editing.draft.commitments.receivers import receiver_after
from generator.editing.draft.commitments.spans import (
    called_by,
    clause_after,
    item_at,
    listed_after,
    names_blanked,
    own_start,
)
from generator.editing.draft.commitments.verbs import VERBS
from generator.editing.draft.commitments.words import (
    ADJECTIVES,
    BODY_HEAD,
    CHANNEL,
    CLAUSE_END,
    NOT_GIVING,
    WHERE_HANDED,
)
from generator.editing.draft.gazetteer import CAPITALS
from generator.editing.draft.model import Commitment
from generator.editing.draft.text import Article

_TOOK_DELIVERY = re.compile(r"(?:\s*,[^,;:()]{1,80},)?\s+(?:(?:has|have|had)\s+(?:now\s+)?taken|took|takes|"
                            r"will\s+take|is\s+taking|are\s+taking)\s+(?:formal\s+)?(?:delivery|receipt|possession)\s+of\s+"
                            r"(?:[^;:.()]{1,120}?(?:,|\s+and)\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?")
"""The things a list after "took delivery of" names, the later ones too: "took delivery of 40 pickups and six drones"."""
_OF_LISTED = re.compile(r"\s+of\s+(?:[^;:.()]{1,120}?(?:,|\s+and)\s+)?(?:the\s+)?")
_HANDOVER_TO = re.compile(r"\b(?:handover|hand-over|handing\s+over|delivery|deliveries|transfer|donation)\s+to\s+(?:the\s+)?$")


_PURPOSE_AT = re.compile(r"(?:,\s+(?:she|he|they|it|officials?|the\s+[a-z]+)\s+(?:said|says|added)\s*,\s*|\s+)to\s+"
                         r"(?:help\s+)?(?:fund|finance|pay\s+for|equip|build|set\s+up|establish|endow|create|open|furnish|"
                         r"refurbish|renovate|upgrade)\s+(?:an?|the|its|\d+|two|three|four|five|six|new)\s+"
                         r"(?:[\w-]+\s+){1,6}?at\s+(?:the\s+)?$")
"""What a sum is to set up at a named place: "a grant, she said, to fund a research chair in solar engineering at"."""
_WORKS_ITEM = re.compile(r"(?:[Tt]he\s+)?(?i:construction|building|refurbishment|renovation|rehabilitation|expansion|extension|"
                         r"upgrading|equipping|fitting\s+out)\s+of\s")
"""Works done at a place: "the construction of a new intensive care unit at Guido Valadares National Hospital"."""
_INSTITUTION = re.compile(r"\b(?:University|College|Hospital|Institute|Polytechnic|Academy|School|Laboratory|"
                          r"Medical\s+Cent(?:re|er)|Research\s+Cent(?:re|er))\b")


def institution_funded(article: Article, cast: Cast, commitment: Commitment) -> str:
    """The institution a gift sets something up at, when the clause names no receiver: "Germany will give a grant,
    she said, to fund a research chair at Mohammed V University", "Japan provided $2 million to equip a laboratory
    at the University of Nairobi", "Spain will fund the renovation of the surgical wing at Mulago Hospital": the
    university or hospital gains it, not its country. Never a place named after "at" ("to build a clinic at the
    Kakuma camp"), a body that is no institution, nor where a gift was only handed over or signed ("signed a
    grant at Makerere University")."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    sentence = article.sentences[commitment.sentence]
    for actor in cast.in_sentence(commitment.sentence):
        if actor.span.start < at[1] or actor.kind != "organisation" or actor.ref in commitment.givers:
            continue
        if cast.organisations[actor.ref].type == "organisation" and \
                _INSTITUTION.search(cast.organisations[actor.ref].name) and \
                (_PURPOSE_AT.fullmatch(article.masked, at[1], actor.span.start) or (
                    _WORKS_ITEM.match(article.masked, at[0]) and
                    re.fullmatch(r"\s+at\s+(?:the\s+)?", article.masked[at[1]:actor.span.start]))) and \
                actor.span.end <= sentence.end:
            return actor.ref
        break  # only the first body after the item
    return ""


def owner_of_site(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Norway will fund repairs at Ukrenergo's substations", "spare parts for Moldelectrica's network": the body whose
    works the gift is for, named with "'s" right after the item, gains it rather than its country. Only a body, not a
    country ("repairs at Ukraine's substations" names the country, as its own rules read), and not one who gives."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    first = next((a for a in cast.in_sentence(commitment.sentence) if a.span.start >= at[1]), None)
    if first is None or first.kind != "organisation" or first.ref in commitment.givers or \
            cast.organisations[first.ref].type != "organisation":
        return ""
    if re.fullmatch(r"\s+(?:at|of|for|on)\s+(?:the\s+)?", article.masked[at[1]:first.span.start]) and \
            re.match(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*", article.masked[first.span.end:]):
        return first.ref
    return ""


def taker_of(article: Article, cast: Cast, commitment: Commitment) -> str:
    """The one a clause names as taking what is given, before it: "IBAMA, the federal enforcement agency, took
    delivery of 40 pickups financed by the EU", "the handover to the Regional Health Authority of 60 generators
    delivered by the EU"; the clause of giving that follows names only the giver."""
    sentence = article.sentences[commitment.sentence]
    position = article.masked.find(commitment.wordings[0], sentence.start, sentence.end)
    if position < 0 or re.match(r"\s+(?:was|were|is|are|has|have|had|will)\b",
                                article.masked[position + len(commitment.wordings[0]):]):
        return ""  # "took delivery of tents, and 12 ambulances were donated by Japan": a clause of its own
    for actor in reversed([a for a in cast.in_sentence(commitment.sentence) if a.span.end <= position]):
        if actor.kind != "organisation" or actor.ref in commitment.givers:
            continue
        before = article.masked[sentence.start:actor.span.start]
        after = article.masked[actor.span.end:position]
        if _TOOK_DELIVERY.fullmatch(after) or (_HANDOVER_TO.search(before) and _OF_LISTED.fullmatch(after)):
            return actor.ref
    return ""


_HANDED_ON = re.compile(r"\s+and\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+|already\s+)?(?:been\s+)?"
                        r"(?:handed(?:\s+over)?|delivered|transferred|given|passed\s+on|presented)" + WHERE_HANDED +
                        r"\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}$")
"""'... and have been handed over to the grid operator': what follows the things given to the one who takes them."""


def handed_on(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Eight transformers financed by Chile arrived in Peru last week and have been handed over to the grid
    operator Electroperu": the one the things were handed over to, later in their sentence, receives them."""
    sentence = article.sentences[commitment.sentence]
    position = article.masked.find(commitment.wordings[0], sentence.start, sentence.end)
    if position < 0:
        return ""
    for actor in cast.in_sentence(commitment.sentence):
        if actor.kind == "organisation" and actor.span.start > position and actor.ref not in commitment.givers:
            before = article.masked[max(position, actor.span.start - 120):actor.span.start]
            if not re.search(r"[;:]", before) and _HANDED_ON.search(before):
                return actor.ref
    return ""


_THINGS_AGAIN = r"(?:,\s+(?:which|that)|,?\s+and\s+(?:they|it|(?:the|this|that)\s+(?:[a-z][\w-]*\s+)?" \
    r"(?:cargo|shipments?|consignments?|convoys?|goods|supplies|aid|donation|delivery|batch|load|equipment|items?|" \
    r"vehicles|material|assistance|relief|gift|money|funds?|grant|sum)|(?:the|these|those)\s+(?:[a-z][\w-]*\s+)?" \
    r"[a-z][\w-]*s(?=\s+(?:were|are|have\s+been|had\s+been|will\s+be)\s+(?:formally\s+|officially\s+|then\s+)?" \
    r"(?:handed|presented|delivered|transferred|given|donated|distributed))))"
"""What refers back to the things a clause gave: ', which', ', and they', 'and the shipment', 'and the first batch',
'and the tents' (things named again, when they are handed on)."""
_TAKEN_AUX = r"(?:was|were|is|are|(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?been|" \
    r"(?:will|would)\s+(?:then\s+|later\s+|also\s+)?be|(?:is|are|was|were)\s+to\s+be)"
_RUN_PLACE = r"(?:(?:[\w-]+\s+){0,3}?(?:shelters?|clinics?|camps?|cent(?:re|er)s?|schools?|hospitals?|kitchens?|" \
    r"warehouses?)\s+(?:run|operated)\s+by\s+(?:the\s+)?)"
_TAKEN_AFTER = re.compile(_THINGS_AGAIN + r"\s+" + _TAKEN_AUX + r"\s+(?:(?:formally|officially|later|then|since|now|"
                          r"already|also|quickly|each|all)\s+)?(?:(?:handed(?:\s+over)?|delivered|transferred|passed\s+on|"
                          r"given|donated|allocated|distributed|entrusted|consigned|released|presented)" + WHERE_HANDED +
                          r"\s+to|received\s+(?:(?:at|in|on)\s+[^,;:.]{1,40}?\s+)?by)\s+(?:the\s+)?" + _RUN_PLACE + "?$|" +
                          r",\s+which\s+(?:(?:the|its|their)\s+)?(?:[\w.’'-]+\s+){1,5}?(?:(?:formally|officially|later|then)\s+)?"
                          r"(?:handed\s+over|handed|presented|delivered|gave)" + WHERE_HANDED + r"\s+to\s+(?:the\s+)?$|" +
                          _THINGS_AGAIN + r"\s+(?:(?:will|would|is\s+to|are\s+to)\s+(?:all\s+)?go|goes|went)\s+"
                          r"(?:(?:directly|straight)\s+)?to\s+(?:the\s+)?$")
"""The later words of a sentence that say who took the things it gave: "Norway sent 400 tents, which were handed
over to the", "Canada delivered 20 generators, and the shipment was received at the airport by the", "which were
handed over to the shelters run by the" (the body that runs the place takes them), "pledged €20 million, which will
go to", "which the high commissioner handed over on the tarmac to the"."""


_TAKER_NEXT = re.compile(r"(?:(?P<and>,?\s+and)|,\s+which)\s+(?:the\s+)?$")
_TAKES = re.compile(r"\s+(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|has|have|had)\s+)?"
                    r"(?:(?:also|then|later|formally|now|already)\s+)?(?:receive[sd]?|(?:take|takes|took|taken)\s+"
                    r"delivery\s+of)\b")
_TAKES_THEM = re.compile(_TAKES.pattern + r"\s+(?:them|it|all\s+of\s+them|(?:the|this|that)\s+(?:[a-z][\w-]*\s+)?"
                         r"(?:cargo|shipments?|consignments?|convoys?|goods|supplies|aid|donation|delivery|batch|"
                         r"equipment|items?|vehicles|money|funds?|grant|sum))\b")
"""The body named next as taking what was given: "30 boats, and the Disaster Management Institute will receive them",
"200 pumps, which the Water Authority received in May" (with "which" the thing is not said again)."""


def taken_after(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Norway sent 400 tents, which were handed over to the Bangladesh Red Crescent Society", "Canada flew in 20
    generators, and the shipment was received at the airport by the Civil Protection Directorate", "Italy donated
    $3 million, which will be transferred to Tunisia's Ministry of Health": the body the same sentence says took the
    things, once given, receives them, rather than the country the article names most. Only the first body named
    after the things, and only when the words that take them up follow them with no other clause between: "Norway
    sent tents; the minister was received by the Red Crescent Society" names a guest, not the tents."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    sentence = article.sentences[commitment.sentence]
    after = [a for a in cast.in_sentence(commitment.sentence) if a.span.start >= at[1] and a.span.end <= sentence.end]
    first = next((a for a in after if a.kind == "organisation"), None)
    if first is None or first.ref in commitment.givers:
        return ""
    between = article.masked[at[1]:first.span.start]
    taken = _TAKEN_AFTER.search(between) or _TAKER_NEXT.search(between)
    # a person named between gives the things a taker of their own; "which the high commissioner handed over to",
    # "which Ambassador Ana Ruiz handed over to" name the one who hands them, no taker
    if any(a.kind != "organisation" and a.span.start < first.span.start and not (
            taken is not None and taken.group().startswith(", which") and a.span.start >= at[1] + taken.start())
            for a in after):
        return ""
    if taken is not None and taken.re is _TAKER_NEXT and \
            not (_TAKES_THEM if taken.group("and") else _TAKES).match(article.masked, first.span.end):
        return ""
    if taken is None or len(between[:taken.start()].split()) > 12 or re.search(r"[;:—–]", between[:taken.start()]):
        return ""
    owned = owned_body(article, cast, commitment.sentence, first)
    return owned.ref if owned is not None else first.ref


_NEXT_TAKEN = re.compile(r"(?:(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)|They|It)(?:,[^,;:.]{1,60},)?\s+" +
                         _TAKEN_AUX +
                         r"\s+(?:(?:formally|officially|later|then|first|all|each|also)\s+)?(?:handed(?:\s+over)?|delivered|"
                         r"transferred|given|donated|allocated|distributed|sent|shipped|assigned|presented)" + WHERE_HANDED +
                         r"\s+to\s+(?:the\s+)?|"
                         r"(?:(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?P<noun2>[a-z][\w-]*)|They|It)(?:,[^,;:.]{1,60},)?\s+(?:will|would|are\s+to|"
                         r"is\s+to|are\s+due\s+to|is\s+due\s+to)\s+go\s+to\s+(?:the\s+)?")
"""A sentence that opens on the things just given and says who takes them: "The ships will go to the", "They will be
handed over to the", "The ambulances are to be delivered to the"."""
_THINGS_NOUNS = frozenset({"cargo", "shipment", "shipments", "consignment", "goods", "supplies", "aid", "donation", "gift",
                           "equipment", "items", "vehicles", "money", "funds", "grant", "loan", "sum", "package", "units",
                           "systems", "ships", "vessels", "boats", "aircraft", "planes", "trucks", "relief", "assistance"})
"""Words that take up what a sentence before gave, whatever it was: "The ships", "The equipment", "The money"."""


def taken_next(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Japan will supply five patrol vessels. The ships will go to the Philippine Coast Guard", "Germany will deliver
    30 ambulances. They will be handed over to the Lebanese Red Cross next month": the body or country the next
    sentence hands the things to, when it opens on them ("They", "The ships", "The ambulances"), or the one after it
    when the sentence between gives nothing. Not when it opens on something else ("The minister will go to Manila"),
    nor to one who gives."""
    taken = None
    for index in range(commitment.sentence + 1, min(commitment.sentence + 3, len(article.sentences))):
        sentence = article.sentences[index]
        taken = _NEXT_TAKEN.match(article.masked, own_start(article, index), sentence.end)
        if taken is not None or VERBS.search(article.masked, sentence.start, sentence.end):
            break  # the sentence after, or the one after that if the one between gives nothing
    if taken is None:
        return ""
    noun = taken.group("noun") or taken.group("noun2")
    head = commitment.items[0].name.split()[-1].lower() if commitment.items else ""
    if noun is not None and noun not in _THINGS_NOUNS and noun != head:
        return ""
    first = next((a for a in cast.in_sentence(index) if a.span.start == taken.end() and a.kind == "organisation"), None)
    if first is None or first.ref in commitment.givers:
        return ""
    owned = owned_body(article, cast, index, first)
    return owned.ref if owned is not None else first.ref


_HANDED_THEM = re.compile(r"\b(?:handed|presented|passed)\s+(?:(?:them|it)\s+over|over\s+(?:them|it)|(?:over\s+)?"
                          r"(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)(?:\s+over)?)" + WHERE_HANDED +
                          r"\s+to\s+(?:the\s+)?")
"""'... landed in Lusaka. The high commissioner handed them over on the tarmac to the', '..., and the ambassador handed
over the tents to the': one who hands the things on to the body that takes them, by a pronoun or the things' noun."""


def handed_them(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"A British plane carrying 30 tonnes of tents landed in Lusaka. High Commissioner Jane Smith handed them over on
    the tarmac to the Zambia Red Cross Society": the body the things are handed on to, later in their sentence or in
    the next, receives them; when the words take them up as "them", "it", the cargo or the things by their noun. Not
    "handed over a letter to", nor one who gives."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    head = commitment.items[0].name.split()[-1].lower() if commitment.items else ""
    for index in range(commitment.sentence, min(commitment.sentence + 2, len(article.sentences))):
        sentence = article.sentences[index]
        start = at[1] if index == commitment.sentence else sentence.start
        for handed in _HANDED_THEM.finditer(article.masked, start, sentence.end):
            noun = handed.group("noun")
            if noun is not None and noun not in _THINGS_NOUNS and noun != head:
                continue
            first = next((a for a in cast.in_sentence(index) if a.span.start == handed.end()), None)
            if first is None or first.kind != "organisation" or first.ref in commitment.givers:
                continue
            owned = owned_body(article, cast, index, first)
            return owned.ref if owned is not None else first.ref
    return ""


_DESCRIBED_TAKER = re.compile(r"(?:^|[,;]\s+|\b(?:and|that)\s+)[Tt]he\s+(?P<phrase>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)"
                              r"\s+(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|has|have|"
                              r"had)\s+)?(?:(?:also|now|then|already|first|soon)\s+)?(?:receive[sd]?|(?:take|takes|took|"
                              r"taken)\s+delivery\s+of)\s+(?:(?:an?|another|some|its|the)\s+)?"
                              r"(?:(?:further|additional|new|first|second|grant|loan|sum|total)\s+(?:of\s+)?){0,2}$")
"""A subject the text calls by the kind of body it is, taking what follows: "The company will also receive", "the
utility is due to receive", "The hospital has already received"."""


def described_taker(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"The Lakeside Grain Company [...]. The company will also receive a grant of 12 million euros from the EU",
    "The hospital has received 12 ventilators donated by Korea": the one body the article has named in full whose
    name ends with the words the subject calls it by takes the gift, not the country the article names most.
    Nothing when two bodies fit or the one that fits gives ("the bank will receive" in an article whose bank
    lends)."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    head = article.masked[own_start(article, commitment.sentence):at[0]]
    for taker in _DESCRIBED_TAKER.finditer(head):
        words = taker.group("phrase").split()
        if words[-1].lower() not in BODY_HEAD:
            continue
        named = {ident for ident, o in cast.organisations.items() if o.type != "country" and called_by(o.name, words)}
        if len(named) == 1 and not named & set(commitment.givers) and \
                not CHANNEL.search(cast.organisations[next(iter(named))].name):
            return named.pop()
    return ""

_ARRIVED_IN = re.compile(r"\s+(?:(?:has|have|had)\s+(?:now\s+|finally\s+|already\s+)?)?(?:arrived|landed|docked|"
                         r"reached)\s+(?:(?:in|at)\s+)?(?:the\s+(?:capital|port|city)(?:\s+of)?,?\s+)?"
                         r"(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
"""' has arrived in Funafuti', ' landed at the capital, Kabul': the place things given arrive at."""


def arrived_in_capital(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"A shipment of 300 solar lamps delivered by India has arrived in Funafuti", "tents sent by Turkey landed in
    Kabul": things given that the same clause says arrived in a capital go to that capital's country, when the
    article names it and it does not give. The words between the things and the arrival must be no clause of their
    own ("tents, and the minister who landed in Kabul")."""
    sentence = article.sentences[commitment.sentence]
    at = item_at(article, commitment)
    if at is None:
        return ""
    end = at[1]
    text = names_blanked(article, cast, commitment.sentence, end, sentence.end)
    for arrived in _ARRIVED_IN.finditer(text):
        between = text[:arrived.start()]
        if CLAUSE_END.search(between) or re.search(r"[,(]", between) or len(between.split()) > 8:
            return ""
        city = article.masked[end + arrived.start("city"):end + arrived.end("city")]
        country = CAPITALS.get(city) or CAPITALS.get(city.split()[0])  # "Kabul on Monday", "Port Moresby"
        named = [i for i, o in cast.organisations.items() if o.type == "country" and o.name == country]
        return named[0] if named and named[0] not in commitment.givers else ""
    return ""


def named_in_item(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"training of Ukrainian military medics": the one country whose people the item names, when it
    does not give."""
    sentence = article.sentences[commitment.sentence]
    words = set(re.findall(r"[\w’'-]+", commitment.items[0].name))
    named = {ident for span, ident in cast.org_mentions if span.within(sentence) and ident not in commitment.givers
             and article.masked[span.start:span.end] in words and article.masked[span.start:span.end] in ADJECTIVES}
    # "coastal protection works on Funafuti": the country whose capital the item names
    wording = " ".join(commitment.wordings)
    by_name = {o.name: i for i, o in cast.organisations.items() if o.type == "country"}
    named |= {by_name[country] for city, country in CAPITALS.items() if country in by_name
              and by_name[country] not in commitment.givers and re.search(r"\b" + re.escape(city) + r"\b", wording)}
    return named.pop() if len(named) == 1 else ""


_TO_SOME = r"\s+(?:to|for)\s+(?:the\s+|some\s+|about\s+|around\s+|up\s+to\s+|more\s+than\s+|over\s+)?(?:[\d,]+\s+)?"
"""' to some 60 ', ' for 300 ': the words before the people a gift is for."""


_TRAINEES = re.compile(_TO_SOME + r"(?P<adjective>[A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}?(?:specialists|experts|"
                       r"engineers|officers|officials|students|teachers|doctors|nurses|medics|pilots|judges|prosecutors|"
                       r"soldiers|troops|police|diplomats|journalists|scientists|technicians|firefighters|rangers|"
                       r"deminers|staff|personnel|cadets|trainees|instructors|inspectors|civil\s+servants)\b")
"""' to 60 Georgian specialists', ' for 40 Moldovan police officers': the people the gift is for, by nation."""


def trainees_of(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Latvia will provide cyber-security training to 60 Georgian specialists", "Sweden will fund demining courses
    for 40 Moldovan police officers": the country whose people, named by its adjective just after the item, the gift
    trains or serves receives it, when it does not give. Not those who fled it ("tents for 500 Sudanese refugees"
    are for the country that shelters them), whom the list of callings leaves out."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    trainees = _TRAINEES.match(article.masked, at[1], article.sentences[commitment.sentence].end)
    if trainees is None or trainees.group("adjective") not in ADJECTIVES:
        return ""
    start = trainees.start("adjective")
    named = {ident for span, ident in cast.org_mentions if span.start == start and ident in cast.organisations
             and cast.organisations[ident].type == "country" and ident not in commitment.givers}
    return named.pop() if len(named) == 1 else ""


_PLACED = re.compile(r"\b(?:in|across|throughout|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s*|,?\s+and\s+))*$")


def placed_in_item(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"additional funding for nutrition programmes in Ethiopia", "desalination pilots along the coasts of
    Somalia and Djibouti": the countries whose land the item's own words place it in, when they do not give."""
    placed = [actor for actor in _places_in_item(article, cast, commitment) if actor.ref not in commitment.givers]
    listed = listed_after(article, cast, commitment.sentence, placed[-1]) if placed else ()
    return tuple(dict.fromkeys(r for r in (*(a.ref for a in placed), *listed) if r not in commitment.givers))


_STAFF_OF = re.compile(_TO_SOME + r"(?:[a-z][\w-]*\s+)?(?:deminers|officers|staff|personnel|soldiers|troops|officials|"
                       r"employees|workers|technicians|engineers|rangers|firefighters|doctors|nurses|teachers|inspectors|"
                       r"guards|members|specialists|crews|medics|judges|prosecutors|pilots|recruits|agents)\s+"
                       r"(?:of|from|at|with|in)\s+(?:the\s+|its\s+|their\s+)?$")
"""' to 200 deminers of the ': the people of a body, just after what is given to them."""


def staff_of_body(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"UNDP will provide training to 200 deminers of the National Demining Centre", "uniforms for 300 officers of
    the Border Police Service": the body whose people the words just after the item name receives. Only a body:
    "tents for 500 refugees from Sudan" are for the country that shelters them, not the one they fled."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    end = at[1]
    body = next((a for a in cast.in_sentence(commitment.sentence) if a.span.start >= end), None)
    if body is None or body.kind != "organisation" or body.ref in commitment.givers or \
            cast.organisations[body.ref].type == "country" or CHANNEL.search(cast.organisations[body.ref].name):
        return ""
    return body.ref if _STAFF_OF.fullmatch(article.masked[end:body.span.start]) else ""


_THINGS_THEN_PLACE = re.compile(r"(?:\s+(?:[a-z][\w-]*\s+){0,3}?(?:and|or|for|of|to|on)\s+(?:[a-z][\w-]*\s+){1,5}?|\s+)"
                                r"(?:in|across|throughout)\s+(?:the\s+)?")
"""' and early warning systems in ', ' on the table for school meals in ': the rest of the things given, or a
purpose after a few words of the verb ('put [...] on the table', 'made [...] available'), or what money is spent on
(' on border management in '), then the word that places them."""
_TOLD_AT = r"conference|meeting|summit|talks|visit|speech|remarks|interview|statement|session|ceremony|forum|" \
    r"week|month|year|day|today|yesterday|tonight|morning|evening"
_NOT_THINGS = re.compile(r"\b(?:" + _TOLD_AT + r"|is|are|was|were|be|been|has|have|had|will|would|it|they|he|she|we)\b")
_TOLD_IN = re.compile(r"\b(?:" + _TOLD_AT + r")\s+(?:in|at)\s+(?:the\s+)?$")
"""'$5 million for schools at a meeting in ', '... this week in ': the place where a gift was told, not its own."""


def placed_after_item(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"Japan pledged $60 million for coastal protection and early warning systems in Fiji, Samoa and Tonga": the
    countries that the words just after the item place the things in, when the item's own words stop short of
    them. Where the clause goes on with a meeting or a time ("$5 million for schools at a meeting in Ghana"),
    the place is where it was said, not where the gift goes."""
    at = item_at(article, commitment)
    if at is None:
        return ()
    end = at[1]
    first = next((a for a in cast.in_sentence(commitment.sentence) if a.span.start >= end), None)
    if first is None or first.kind != "organisation" or cast.organisations[first.ref].type != "country" or \
            first.ref in commitment.givers or article.masked[first.span.start:first.span.end] in ADJECTIVES:
        return ()
    gap = article.masked[end:first.span.start]
    if not _THINGS_THEN_PLACE.fullmatch(gap) or _NOT_THINGS.search(gap):
        return ()
    listed = (first.ref, *listed_after(article, cast, commitment.sentence, first))
    return tuple(dict.fromkeys(r for r in listed if r not in commitment.givers))


def spent_at_home(article: Article, cast: Cast, commitment: Commitment) -> bool:
    """Whether the item's own words place it in the one country that gives it: "President Mahamat announced $20
    million for flood relief in Chad" is Chad's own spending, aid to no one."""
    places = {actor.ref for actor in _places_in_item(article, cast, commitment)}
    return (bool(places) and places <= set(commitment.givers)) or _for_own_use(article, cast, commitment)


_OWN_USE = re.compile(r"\b(?:for|to|on|into|in)\s+(?:[a-z]+\s+)?(?:its|their)\s+own\s+(?!money|funds?|budget|resources|"
                      r"reserves|pocket|accord|initiative|behalf|account|stocks?\s+to)[a-z]")
_AT_HOME = re.compile(r"\bdomestic(?:ally)?\b|\bat\s+home\b")


def _for_own_use(article: Article, cast: Cast, commitment: Commitment) -> bool:
    """"Germany will provide 2 billion euros for its own air defence", "Poland has allocated $3 billion to modernise
    its own armed forces", "Sweden pledged 500 million kronor for domestic drone production": what a clause with
    no receiver gives to its subject's own forces or industry is spent at home, aid to no one. Not "a grant of
    its own" (the giver's own money), nor "domestic food production in Chad" (the home of the country named)."""
    words = " ".join(commitment.wordings) + " " + clause_after(cast, commitment)
    if _OWN_USE.search(words):
        return True
    at = item_at(article, commitment)
    if at is None:
        return False
    position, end = at[0], at[1] + len(clause_after(cast, commitment))
    others = [ident for span, ident in cast.org_mentions if position <= span.start and span.end <= end
              and ident not in commitment.givers]
    return not others and bool(_AT_HOME.search(words))


def _places_in_item(article: Article, cast: Cast, commitment: Commitment) -> list[Actor]:
    """The countries the item's words name as where it is ("for flood relief in Chad")."""
    at = item_at(article, commitment)
    if at is None:
        return []
    return [actor for actor in cast.in_sentence(commitment.sentence) if actor.kind == "organisation"
            and at[0] <= actor.span.start and actor.span.end <= at[1]
            and cast.organisations[actor.ref].type == "country"
            and article.masked[actor.span.start:actor.span.end] not in ADJECTIVES
            and _PLACED.search(article.masked[max(at[0], actor.span.start - 60):actor.span.start])
            and not _TOLD_IN.search(article.masked[max(at[0], actor.span.start - 60):actor.span.start])]


def in_sentence(cast: Cast, found: list[Commitment], commitment: Commitment) -> str:
    """"The EBRD and Armenia signed a loan [...], adding that it would contribute a grant of its own": the
    one its sentence's other gifts go to. A body that only a later clause names as taking another gift
    receives that gift alone: "Chile will send 40 generators for hospitals, he said, adding that it had handed
    over two substations to Peru's grid operator, Electroperu" leaves the generators to Peru."""
    named = {r for c in found if c.sentence == commitment.sentence and c is not commitment for r in c.receivers
             if r not in commitment.givers and (cast.organisations[r].type == "country" or
                                                not _told_after(cast.article, c, commitment))}
    return named.pop() if len(named) == 1 else ""


_NEXT_CLAUSE = re.compile(r"(?:;|,\s+(?:while|whereas|and)|,)\s+(?:the\s+)?$")
"""Where a sentence that lists gifts clause by clause starts its next clause: '; Estonia', ', while Chile'."""


def clause_before(article: Article, cast: Cast, found: list[Commitment], commitment: Commitment) -> str:
    """"Norway pledged money to Moldova's border police; Estonia offered cyber training", "Latvia delivered 30
    ambulances to Armenia, while Lithuania sent medical kits": a sentence that lists gifts clause by clause, the
    one before naming its receiver, gives the gift whose clause names none to that same receiver, also when the
    rules could not read the gift before. Only one receiver, named between the verb before and the giver, no
    giver of the gift, and no other receiver in the sentence ("Norway gave tents to Chad, Japan rice to Niger and
    Korea boats" leaves Korea's boats unplaced)."""
    index = commitment.sentence
    sentence = article.sentences[index]
    giver = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.ref in commitment.givers
                  and _NEXT_CLAUSE.search(article.masked, sentence.start, a.span.start)), None)
    if giver is None:
        return ""
    cut = _NEXT_CLAUSE.search(article.masked, sentence.start, giver.span.start)
    verbs = [v for v in VERBS.finditer(article.masked, sentence.start, cut.start() if cut else sentence.start)
             if v.lastgroup not in NOT_GIVING]
    if cut is None or not verbs:
        return ""
    named = receiver_after(article, cast, index, verbs[-1].end())
    others = {r for c in found if c.sentence == index and c is not commitment for r in c.receivers}
    if len(named) != 1 or named[0] in commitment.givers or others - set(named) or not any(
            ident == named[0] and verbs[-1].end() <= span.start < cut.start() for span, ident in cast.org_mentions):
        return ""
    return named[0]


def _told_after(article: Article, one: Commitment, other: Commitment) -> bool:
    """Whether the words of `one` come after those of `other` in their sentence."""
    sentence = article.sentences[one.sentence]
    return article.masked.find(one.wordings[0], sentence.start, sentence.end) > \
        article.masked.find(other.wordings[0], sentence.start, sentence.end) >= 0
