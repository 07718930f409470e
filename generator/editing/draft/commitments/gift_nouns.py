"""Gifts told by a noun, and who gave them.

"the donation of 20 ambulances by Japan", "Germany's pledge of", "a gift from the people of Chile"."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.giving_words import GOES_TO
from generator.editing.draft.commitments.handed_over import force_handed_to
from generator.editing.draft.commitments.later_givers import under_paid_by
from generator.editing.draft.commitments.parties import is_agent, party_of
from generator.editing.draft.commitments.receivers import receiver_after
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import names_blanked
from generator.editing.draft.commitments.words import ADJECTIVES, CLAUSE_END, COUNTS, FINITE, MAIN_VERB, NATION_VEHICLE
from generator.editing.draft.gazetteer import ENTRIES
from generator.editing.draft.model import LIKELY
from generator.editing.draft.text import Article

_NOUN_PHRASE = re.compile(r"(?:\b(?i:a|an|the|its|their|his|her|this|that|another)\s+|[’']s\s+)"
                          r"(?P<phrase>(?:[\w€£$¥.,/-]+\s+){0,5}?)$")
"""The words of a noun phrase before its head noun: "a €100 million" of "a €100 million grant", "A €100 million" at the
head of a sentence."""


_PAST_COMMA = re.compile(r",\s")
"""A comma and a space end the words a possessive owns: in "handed over to Chad's hospitals on Monday, a gift from
Japan" the gift is not Chad's."""
_WHOSE = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}$")


_BEFORE_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:(?:new|fresh|further|first|second|latest)\s+)?$")
_NAME_TO_NOUN = re.compile(r"\s+(?:(?!(?:on|of|the|a|an|to|for|with|in|at|by|and|or|from|its|their)\s)[a-z][\w-]*\s+){0,2}")
"""'a UAE emergency contribution of': the words between a name and the gift's noun modify the noun; not "with the
State Emergency Service on the supply of", where the name closes a phrase of its own."""


def _name_before_gift(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Actor | None:
    """"announced a UAE contribution of AED100 million to the WHO", "an EU grant of €20 million", "the World Bank
    loan of $50 million": the name set before the noun, as an adjective is, names whose gift it is; a state so named
    counts only where another receives (`gift_noun`), since "the Ukraine grant of $5 million" is for Ukraine."""
    before = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= verb.start()), None)
    if before is None or before.kind != "organisation" or \
            not _NAME_TO_NOUN.fullmatch(article.masked, before.span.end, verb.start()) or \
            not _BEFORE_NAME.search(article.masked, max(0, before.span.start - 30), before.span.start):
        return None
    return before


def _whose_gift(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Actor | None:
    """"thanked Lithuania, whose delivery of 120 generators to Kharkiv was completed", "Norway, whose donation of
    tents arrived on Monday": the one "whose" stands for owns the gift named right after it."""
    before = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= verb.start()), None)
    if before is None or before.kind != "organisation" or not _WHOSE.fullmatch(article.masked[before.span.end:verb.start()]):
        return None
    return before


_HANDOVER_NOUN = re.compile(r"(?:delivery|deliveries|handover|hand-over|transfer|donation|shipment|deployment|dispatch)s?\b",
                            re.IGNORECASE)
_TO_THEN_BY = re.compile(r"\sto\s(?:[^;:—–]*?\s)?by\s+(?:the\s+)?$")


_TO_THEN_BY_VEHICLE = re.compile(r"\sto\s(?:[^;:—–]*?\s)?by\s+(?:an?\s+|(?:two|three|four|five|six|\d+)\s+)$")


def _vehicle_of(article: Article, actor: Actor) -> bool:
    """Whether `actor` is a nation's adjective set before a vehicle after "by a" or "by two": "the delivery of
    tents to Gao by two Spanish air force planes" is Spain's delivery; "by two Spanish doctors" names no vehicle."""
    return article.masked[actor.span.start:actor.span.end] in ADJECTIVES and \
        bool(re.search(r"\bby\s+(?:an?|two|three|four|five|six|\d+)\s+$", article.masked[max(0, actor.span.start - 12):
                                                                                       actor.span.start])) and \
        bool(NATION_VEHICLE.match(article.masked, actor.span.end))


def _handed_by_after(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> tuple[Actor, int] | None:
    """"the delivery of 18 million doses of polio vaccine to Nigeria by UNICEF", "the delivery last month of 30
    trucks to the Chadian army by the US military": a noun of handing over whose giver follows "by" after the
    thing and the one it went to, however long the thing's name; with where the thing's words end. A "by" after
    a verb ("was delayed by Norway's customs") names no giver."""
    if not _HANDOVER_NOUN.match(verb.group()):
        return None
    end = article.sentences[index].end
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and verb.end() <= a.span.start < end
                  and (_TO_THEN_BY.search(article.masked[verb.end():a.span.start]) or
                       _TO_THEN_BY_VEHICLE.search(article.masked[verb.end():a.span.start]))), None)
    vehicle = agent is not None and _vehicle_of(article, agent)
    if agent is None or not (vehicle or is_agent(article, agent, verb.end())) or \
            len(article.masked[verb.end():agent.span.start].split()) > 30:
        return None
    between = names_blanked(article, cast, index, verb.end(), agent.span.start)
    to = (_TO_THEN_BY_VEHICLE if vehicle else _TO_THEN_BY).search(between)
    if to is None or re.search(r"[;:—–]|,\s+(?:and|but|while|which|who)\b|\b[a-z]+ed\s+by\s+(?:the\s+)?$", between) or \
            FINITE.search(between):
        return None
    return agent, verb.end() + to.start()


_YET_TO_COME = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|expected|scheduled|planned|set)|"
                          r"next|planned|promised|pledged|awaited|awaiting|delayed|postponed)\b")


def _handover_status(article: Article, index: int, verb: re.Match[str]) -> str:
    """"Japan's delivery of 20 ambulances was completed", "the handover of 300 detectors to the army": a delivery
    or handover named by a noun has been made, unless the sentence says it is still to come ("the delivery of
    the tanks is expected next month")."""
    if not re.match(r"(?i:delivery|deliveries|handover|hand-over|deployment|dispatch)\s", verb.group()):
        return "pledged"
    return "pledged" if _YET_TO_COME.search(article.masked[article.sentences[index].start:article.sentences[index].end]) \
        else "delivered"


_COUNTED_OWNERS = re.compile(r"\b(?:[Tt]he\s+(?P<count>two|three|four)|[Bb]oth)\s+(?:countries|governments|nations|states|"
                             r"donors|banks|lenders|agencies|organi[sz]ations)[’']\s+(?:[\w€£$¥.,-]+\s+){0,4}$")


def _counted_owners(article: Article, cast: Cast, index: int, position: int) -> tuple[str, ...]:
    """"After talks with the envoys of Norway and Denmark, the minister welcomed the two countries' pledges of 40
    ambulances": a gift owned by a number of parties, the ones the sentence has just listed, as many as it says;
    none when the list before holds another number of them."""
    sentence = article.sentences[index]
    owners = _COUNTED_OWNERS.search(article.masked, max(sentence.start, position - 80), position)
    if owners is None:
        return ()
    count = COUNTS.get(owners.group("count") or "two", 2)
    before = [a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= owners.start()]
    listed = before[-1:]
    for actor in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", article.masked[actor.span.end:listed[0].span.start]):
            break
        listed.insert(0, actor)
    parties = tuple(dict.fromkeys(party_of(cast, a, index) for a in listed))
    return parties if len(parties) == count and all(parties) else ()


_TO_BEFORE_FROM = re.compile(r"\s+(?:to|for)\s")
"""'a loan to Pakistan from the ADB': a receiver told between the gift's noun and its giver."""
_GOES_TO = re.compile(rf"\s+{GOES_TO}\s+(?=(?:the\s+)?[A-Z])")
"""'a grant from Japan will go to the Malawi Red Cross': the gift's noun and giver, then where it goes."""


def _taker(goes: str) -> str:
    """The words that may stand before the one a gift goes to: "by" too where it "will be used by" them, and the verb
    where it "will help" or "will support" them."""
    if re.search(r"\bused\s+by\s*$", goes):
        return "to|for|into|by"
    serves = re.search(r"\b(?:will|would)\s+(help|support|benefit|fund|finance|enable)\s*$", goes)
    return f"to|for|into|{serves.group(1)}" if serves else "to|for|into"


def gift_noun(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """A gift named by a noun: its giver is the possessive or the adjective before the noun ("Germany's
    pledge of", "the Danish donation of") or the one named after "from"; what is given follows "of",
    or else is the noun phrase itself ("a €100 million grant from the EU")."""
    sentence = article.sentences[index]
    before = article.masked[max(sentence.start, verb.start() - 60):verb.start()]
    phrase = _NOUN_PHRASE.search(before)
    owner = next((a for a in reversed(cast.in_sentence(index)) if a.kind == "organisation" and a.span.end <= verb.start()
                  and ((re.fullmatch(r"[’']s\s+(?:[\w€£$¥.,-]+\s+){0,4}", article.masked[a.span.end:verb.start()])
                        and not _PAST_COMMA.search(article.masked[a.span.end:verb.start()]))
                       or (article.masked[a.span.start:a.span.end] in ADJECTIVES
                           and re.fullmatch(r"\s+(?:[\w€£$¥.,-]+\s+){0,3}", article.masked[a.span.end:verb.start()])
                           and re.search(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w€£$¥.,-]+\s+){0,3}$",
                                         article.masked[max(sentence.start, a.span.start - 30):a.span.start])))), None)
    owner = owner or _whose_gift(article, cast, index, verb)
    named = _name_before_gift(article, cast, index, verb) if owner is None and verb.lastgroup == "gift_of" else None
    owner = owner or named
    source = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                   and is_agent(article, a, verb.start()) and not CLAUSE_END.search(article.masked[verb.end():a.span.start])
                   and not FINITE.search(article.masked[verb.end():a.span.start])
                   and len(article.masked[verb.end():a.span.start].split()) <= 10), None)
    handed = _handed_by_after(article, cast, index, verb) if source is None else None
    source = handed[0] if handed is not None else source
    source = source or _paid_for_under(article, cast, index, verb.end())
    giver = party_of(cast, owner, index) or party_of(cast, source, index)
    if not giver and re.search(r"\b(?:the|its|his|her|their)\s+(?:country|government|nation)[’']s\s+(?:[\w€£$¥.,-]+\s+){0,4}$",
                               article.masked[max(sentence.start, verb.start() - 60):verb.start()]):
        # "Sjöholm presented the country's 21st support package": the country of the sentence's subject
        subject = cast.sentence_subject(index)
        giver = party_of(cast, subject, index) if subject is not None else ""
        owner = subject
    counted = () if giver else _counted_owners(article, cast, index, verb.start())
    giver = giver or (counted[0] if counted else "")
    reporter = "" if giver or verb.lastgroup != "gift_of" else _reporter_of_gift(article, cast, index, verb.start())
    giver = giver or reporter
    if not giver:
        return None
    if counted and verb.lastgroup != "gift_of":
        return None
    if verb.lastgroup == "gift_to":
        # "Sweden's 20th military support package to Ukraine", "Japan's $5 million grant will go to the Red
        # Cross": the noun phrase is the gift, the possessive its giver, and the one after "to" its receiver
        if owner is None:
            return None
        noun = re.search(rf"\s+(?:to|for|{GOES_TO})\s+$", verb.group())
        end = verb.start() + (noun.start() if noun else len(verb.group()))
        receivers = tuple(r for r in receiver_after(article, cast, index, end, _taker(verb.group())) if r != giver)
        return Clause((giver,), receivers, "pledged", verb.start(), f"{LIKELY}: a gift named with its giver's "
                       "possessive", end)
    if verb.lastgroup == "gift_from":
        if phrase is None:
            return None
        start = verb.start() - len(phrase.group("phrase"))
        noun_end = verb.start() + len(verb.group().split()[0])
        to = _TO_BEFORE_FROM.match(article.masked, noun_end, verb.end())
        receivers = tuple(r for r in receiver_after(article, cast, index, noun_end) if r != giver) if to else ()
        if source is not None and not to and (goes := _GOES_TO.match(article.masked, source.span.end)):
            # "A $5 million grant from Japan will go to the Malawi Red Cross": the one it goes to takes it
            receivers = tuple(r for r in receiver_after(article, cast, index, source.span.end, _taker(goes.group()))
                              if r != giver)
        return Clause((giver,), receivers, "pledged", start, f"{LIKELY}: {verb.group().split()[0]!r} from its giver",
                       noun_end)
    force = force_handed_to(article, cast, index, verb.end(), handed[1] + 40 if handed is not None else sentence.end)
    receivers = (force.ref,) if force is not None and force.ref != giver else \
        tuple(r for r in receiver_after(article, cast, index, verb.end()) or
              _government_of(article, cast, index, verb.end()) if r != giver)
    if named is not None and cast.organisations[named.ref].type == "country" and not receivers:
        return None  # "the Ukraine grant of $5 million": a state's name before the noun may be the one it is for
    if reporter and (not receivers or any(_body_of(cast, reporter, r) for r in receivers)):
        return None  # "UNICEF said the delivery of vaccines had begun": the one who tells may be the one who gets
    main_verb = MAIN_VERB.search(article.masked, verb.end(), sentence.end)
    end = handed[1] if handed is not None and owner is None else main_verb.start() if main_verb else -1
    return Clause(counted or (giver,), receivers, _handover_status(article, index, verb), verb.end(),
                   f"{LIKELY}: {' '.join(verb.group().split())!r} of its giver", end)


_REPORTS_GIFT = re.compile(r"(?:\s*\([A-Z][\w.&-]{1,12}\))?(?:[’']s(?:\s+(?:[A-Z][\w.’'-]*|for|of|the|and),?){1,10})?"
                           r",?\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:reported|reports|announced|announces|confirmed|confirms|"
                           r"said|says|noted|notes|unveiled|followed\s+(?:up\s+)?with)\s+(?:that\s+)?(?:the|a|an|its)\s+"
                           r"(?:(?:first|second|third|final|further|latest|recent|new)\s+)?$")
"""'The ADB reported that the delivery of', 'UNICEF confirmed the handover of': the one who tells of a gift its own
deed, at the head of the sentence, with no other giver named; or a state whose minister, named by title and name,
tells it ("Britain's Minister for the Caribbean, Oliver Hastings, followed with a pledge of training")."""


def _reporter_of_gift(article: Article, cast: Cast, index: int, position: int) -> str:
    """"The ADB reported that the delivery of 12 transformers to the National Electric Grid of Kyrgyzstan had been
    completed": a lender or agency that reports a delivery with no giver named reports its own; not one that
    "welcomed" it, who is as often the one it went to."""
    subject = cast.sentence_subject(index)
    if subject is None or subject.kind == "pronoun" or subject.span.end > position or \
            not _REPORTS_GIFT.fullmatch(article.masked, subject.span.end, position):
        return ""
    return party_of(cast, subject, index)


def _body_of(cast: Cast, state: str, ref: str) -> bool:
    """Whether a body's name opens with a state's name or adjective: "the Ukrainian Armed Forces" are Ukraine's own,
    so "Ukraine's defence ministry said the delivery of 30 tanks to the Ukrainian Armed Forces" tells of no gift
    Ukraine made."""
    owner = cast.organisations[state]
    forms = {owner.name, *owner.forms, *(f for e in ENTRIES if e.name == owner.name for f in e.forms)}
    name = re.sub(r"^(?:[Tt]he)\s+", "", cast.organisations[ref].name)
    return any(name == f or name.startswith(f + " ") for f in forms)


def _paid_for_under(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"the delivery of 200 water pumps to village councils under the EU-funded Rural Water Programme": a gift
    named by a noun whose scheme, after "under", names the one that pays for it; "under the UN-led plan" names a
    leader, who need not pay."""
    return next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= position
                 and under_paid_by(article, position, a)
                 and not CLAUSE_END.search(article.masked[position:a.span.start])
                 and len(article.masked[position:a.span.start].split()) <= 16), None)


def gift_by(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"The delivery by Chile of 300 tents to Peru was completed": a gift named by a noun whose giver
    follows "by" and whose item follows the "of" right after it."""
    sentence = article.sentences[index]
    agent = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    giver = party_of(cast, agent, index) if agent is not None and agent.kind == "organisation" else ""
    of = re.match(r"(?:\s*\([A-Z][\w.&-]{1,12}\))?\s+of\s+", article.masked[agent.span.end:sentence.end]) \
        if agent is not None and article.masked[verb.end():agent.span.start].strip() in ("", "the") else None
    if not giver or of is None:
        return None
    start = agent.span.end + of.end() if agent is not None else verb.end()
    receivers = tuple(r for r in whose_place(article, cast, index, start) or receiver_after(article, cast, index, start)
                      or _government_of(article, cast, index, start) if r != giver)
    if not receivers:
        return None  # a noun so far from its verb is proposed only with the one it went to
    main_verb = MAIN_VERB.search(article.masked, start, sentence.end)
    return Clause((giver,), receivers, "delivered", start, f"{LIKELY}: {verb.group().split()[0]!r} by its giver",
                   main_verb.start() if main_verb else -1)


_GOVERNMENT_OF = re.compile(r"\sto\s+the\s+(?:[Gg]overnment|[Pp]eople|[Aa]uthorities)\s+of\s+(?:the\s+)?$")


def _government_of(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...]:
    """"the handover by UNDP of 30 classrooms to the Government of Saint Vincent and the Grenadines": the state
    named after "to the Government of", when the words between name no other clause."""
    first = next((a for a in cast.in_sentence(index) if a.span.start >= start and a.kind == "organisation"), None)
    if first is None or first.span.start - start > 160:
        return ()
    between = names_blanked(article, cast, index, start, first.span.start)
    return (first.ref,) if _GOVERNMENT_OF.search(between) and not CLAUSE_END.search(between) else ()


_WHOSE_PLACE = re.compile(r"\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:of|run\s+by|managed\s+by|in)\s+(?:the\s+)?$")
"""'... to shelters run by the Red Cross', '... to drought-stricken areas of Chad': the places a gift goes to,
named by the one who runs them or the country they are in."""


def whose_place(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...]:
    """The one named after the places a gift is sent to, when no receiver follows "to" itself."""
    first = next((a for a in cast.in_sentence(index) if a.span.start >= start and a.kind == "organisation"), None)
    if first is None or first.span.start - start > 120:
        return ()
    between = article.masked[start:first.span.start]
    return (first.ref,) if _WHOSE_PLACE.search(between) and not CLAUSE_END.search(between) else ()
