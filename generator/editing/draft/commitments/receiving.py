"""Clauses whose subject receives, and gifts whose giver follows "from" or "by".

"Ukraine will receive 20 jets from Norway", "were handed over to", "delivered by Japan"."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.commitments.gift_nouns import whose_place
from generator.editing.draft.commitments.giving_words import ADVERBS, TO_BODY_SAID_SHORT
from generator.editing.draft.commitments.handed_over import handed_over_said_after, reported_passive, said_handed_over
from generator.editing.draft.commitments.later_givers import (
    bought_with,
    given_by_subject,
    giver_in_subject,
    giver_later,
    own_body_for,
)
from generator.editing.draft.commitments.main_receiver import article_receiver
from generator.editing.draft.commitments.parties import (
    FORCE_VEHICLE,
    is_agent,
    joined_chain,
    party_of,
    reporter_of,
    state_of_force,
)
from generator.editing.draft.commitments.receivers import receiver_after
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import and_after, before_just, clause_start
from generator.editing.draft.commitments.verbs import VERBS
from generator.editing.draft.commitments.words import BOUGHT_WITH, CLAUSE_END, FINITE, PASSIVE_END, PEOPLE_NO_GIFT, STATUS
from generator.editing.draft.items import MONEY
from generator.editing.draft.model import LIKELY
from generator.editing.draft.text import Article, fold

_PAID_OUT = re.compile(r"\b(?:released|disbursed)\b")
_PROMISED = re.compile(r"\b(?:pledged|promised|offered|earmarked|committed|allocated)$")
"""'were pledged by Germany': what was promised, whatever the tense of its auxiliary."""


def _in_full(article: Article, cast: Cast, index: int, actor: Actor) -> Actor:
    """The name an abbreviation in brackets repeats: "tents from the World Food Programme (WFP) were handed
    over" names the giver before the brackets, and what stands before that name says what it does."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= actor.span.start and a.ref == actor.ref]
    if before and re.fullmatch(r"\s*\(", article.masked[before[-1].span.end:actor.span.start]) and \
            article.masked[actor.span.end:actor.span.end + 1] == ")":
        return before[-1]
    return actor


def _given_to_named(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> bool:
    """Whether a verb of giving names, after "to" or "for", the one the thing goes to: "will be handed over to Chad"."""
    return any(a.kind == "organisation" and a.span.start >= verb.end()
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])
               and not CLAUSE_END.search(article.masked[verb.end():a.span.start]) for a in cast.in_sentence(index))


_UNDER_OWNER = re.compile(r"\bunder\s+(?:the\s+)?$")
_OWNED_PLAN = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:plan|programme|program|scheme|initiative|facility|mechanism|"
                         r"instrument)\b")


def _plan_owner(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """The one named by its possessive after "under" in the clause a verb of receiving opens: "Chad will be given 30
    tonnes of rice under the EU's food facility"."""
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or actor.span.start < position:
            continue
        if CLAUSE_END.search(article.masked[position:actor.span.start]):
            return None
        if _UNDER_OWNER.search(article.masked[position:actor.span.start]) and \
                _OWNED_PLAN.match(article.masked, actor.span.end):
            return actor
    return None


_STATE_AGENT = re.compile(r"\b(?:from|by)\s+the\s+(?:[Gg]overnment|[Pp]eople|[Aa]uthorities)\s+of\s+(?:the\s+)?$")


_TO_STATE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:(?:[Gg]overnment|[Pp]eople|[Aa]uthorities)\s+of\s+(?:the\s+)?)?$")
"""'were handed over to Chad', 'to the Government of Chad': the one a passive's thing goes to, a state named as its
government or its people included."""


_OWNED_BODY = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}?(?:ministry|government|authorities|army|armed\s+forces|police|"
                         r"navy|coast\s+guard|air\s+force|military|health\s+service|fire\s+service|civil\s+protection)"
                         r"\s+(?:" + ADVERBS + r")?$")


def _owner_of_body(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """The state whose body, named by its possessive and not as a name of its own, is the subject of a verb of
    receiving: "Chad's health ministry received 40 ambulances from Norway" is Chad's; "Chad's neighbour" is none."""
    before = [a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= position]
    if not before or not _OWNED_BODY.fullmatch(article.masked, before[-1].span.end, position):
        return None
    return before[-1]


_UNDER_SIGNED_WITH = re.compile(r"(?:[Uu]nder|[Tt]hrough)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|"
                                r"memorandum(?:\s+of\s+understanding)?|contract|arrangement)\s+(?:(?:it\s+)?(?:signed|reached|"
                                r"struck|concluded)\s+)?with\s+(?:the\s+)?$")


def _signed_with_before(article: Article, cast: Cast, index: int, subject: Actor) -> Actor | None:
    """The one a document was signed with, named in the phrase that opens the sentence before the subject that
    receives: "Under an agreement signed with Saudi Arabia last year, Pakistan will receive $1.2 billion", "Through a
    deal struck with the World Bank, Nepal has received ..."; the signer's name is a party, never the receiver."""
    opening = article.masked[article.sentences[index].start:subject.span.start]
    if not re.fullmatch(r"[^,;:]{0,120},\s+(?:the\s+)?", opening):
        return None
    return next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= subject.span.start
                 and a.ref != subject.ref and _UNDER_SIGNED_WITH.search(article.masked, article.sentences[index].start,
                                                                        a.span.start)), None)


def _giving_party(article: Article, cast: Cast, after: list[Actor], start: int) -> Actor | None:
    """The first party named after "from" or "by", a state named as its government or its people included:
    "Chad received a donation from the Government of Norway", "40 ambulances were sent by the people of Japan"
    name Norway and Japan, not "the Government" or "the people"."""
    for actor in after:
        if actor.kind == "organisation" and re.search(r"\bby\s+(?:an?|the|two|three|four|\d+)\s+$", article.masked[
                max(start, actor.span.start - 12):actor.span.start]) and FORCE_VEHICLE.match(article.masked, actor.span.end) \
                and (state := state_of_force(cast, actor)) and state != article_receiver([], cast):
            return replace(actor, ref=state)  # "flown to Yangon by an Indian Air Force C-130J aircraft": India
        if actor.kind == "organisation" and _STATE_AGENT.search(article.masked, max(start, actor.span.start - 40),
                                                                actor.span.start):
            return actor
        if is_agent(article, actor, start) and not (actor.kind != "organisation" and
                                                  re.match(r"\s+of\s", article.masked[actor.span.end:])):
            return actor
    return None


def receiving_clause(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Ukraine will receive 20 jets from Norway": the subject receives, from whoever the sentence names
    after "from" or "by"; without one, nobody to propose. "Two Patriot systems will be sent to Ukraine
    by Germany": in the passive the subject is what is given, and the receiver follows "to" or "for"."""
    end = article.sentences[index].end
    if _PAID_OUT.search(verb.group()) and not MONEY.search(article.masked, article.sentences[index].start, verb.start()):
        return None  # "the hostages were released by the rebels": no money paid out
    after = [a for a in cast.in_sentence(index) if a.span.start >= verb.end()]
    agent = _giving_party(article, cast, after, verb.end())
    giver = party_of(cast, agent, index)
    subject = cast.subject_before(before_just(article, verb.start()), index) or \
        _owner_of_body(article, cast, index, before_just(article, verb.start()))
    if subject is not None and re.search(r"\b(?:in|from|by|of|to|at)\s+(?:the\s+)?$",
                                         article.masked[max(0, subject.span.start - 8):subject.span.start]):
        subject = None  # "howitzers produced in Ukraine will be co-financed by Denmark": a place, not the subject
    if subject is not None and PASSIVE_END.search(verb.group()) and re.search(
            r"\bfor\s+(?:the\s+)?$", article.masked[max(0, subject.span.start - 8):subject.span.start]):
        subject = None  # "$5 million for Chad was released by the EU": the one the thing is for, not the subject
    receiver = party_of(cast, subject, index)
    why = f"{LIKELY}: {' '.join(verb.group().split())!r}: the subject receives, from the one named after"
    status = "pledged" if _PROMISED.search(verb.group()) else STATUS[verb.lastgroup or ""]
    passive = PASSIVE_END.search(verb.group())
    named = _in_full(article, cast, index, subject) if subject is not None else None
    if passive and named is not None and (giver_in_subject(article, cast, index, named) or BOUGHT_WITH.search(
            article.masked, max(0, named.span.start - 40), named.span.start)) and \
            (not re.search(r"\b(?:will|would|is|are)\b", verb.group()) or _given_to_named(article, cast, index, verb)):
        # "40 ambulances donated by Canada were handed over": Canada gives, the ambulances are given; to come,
        # where the text names who they are for ("relief goods from UNICEF will be handed over to Chad")
        subject = None
    if agent is None and subject is not None and (plan := _plan_owner(article, cast, index, verb.end())) is not None:
        # "Chad will receive 40 ambulances under Japan's grant aid programme": the one whose programme it is gives
        giver, agent = party_of(cast, plan, index), plan
    if agent is None and subject is not None and (signer := _signed_with_before(article, cast, index, subject)):
        # "Under an agreement signed with Riyadh last year, Pakistan will receive $1 billion": the other signer gives
        giver, agent = party_of(cast, signer, index), signer
    if agent is None and subject is not None and re.search(r"\b(?:will|would|is|are)\b", verb.group()):
        # "Doucette told him that Kyiv will get C$400 million": a promise, from the one who made it
        giver, agent, why = reporter_of(article, cast, index, subject.span.start), subject, \
            f"{LIKELY}: {' '.join(verb.group().split())!r}: the subject receives, as the one who said so promised"
    if _CARRIED.search(verb.group()) and (
            PEOPLE_NO_GIFT.search(article.masked, before_just(article, verb.start()) - 80, verb.start())
            or re.search(r"\b(?:which|that)\s+$", article.masked[max(0, verb.start() - 8):verb.start()])):
        # "the injured were flown to Nairobi by the UN": people carried, no gift; "sent 300 tents, which were flown to
        # Lilongwe by Ethiopian Airlines": things their own verb told, carried by one who need not give
        return None
    if _CARRIED.search(verb.group()) and agent is not None and agent.ref in cast.organisations and \
            _CARRIER_NAME.search(cast.organisations[agent.ref].name):
        return None  # "tents were flown to Malawi by Ethiopian Airlines": a carrier, paid to carry
    if agent is None and subject is None and passive:
        return given_by_subject(article, cast, index, verb, status) or bought_with(article, cast, index, verb, status) \
            or reported_passive(article, cast, index, verb, status) \
            or said_handed_over(article, cast, index, verb, status) or handed_over_said_after(
                article, cast, index, verb, status) or giver_later(article, cast, index, verb, status)
    if not giver or agent is None or agent.span.start > end:
        return None
    if "delivery" in verb.group() and re.search(r",\s*(?:and|but|while)\s|;", article.masked[verb.end():agent.span.start]):
        return None  # "took delivery of tents, and 12 ambulances were donated by Japan": another clause's giver
    if subject is None and PASSIVE_END.search(verb.group()) and not verb.group().endswith("over"):
        # the passive with the thing given as its subject: the item is the phrase that opens the clause; "18
        # howitzers will be co-financed by Denmark, Sweden and Norway": every one named after "by"
        to = next((a for a in after if a.kind == "organisation" and a is not agent and _TO_STATE.search(
            article.masked[max(verb.end(), a.span.start - 40):a.span.start])), None)
        start = clause_start(article, index, verb.start())
        apposed = apposed_gift_to(article, cast, index, verb.end(), agent) if to is None else None
        short = _body_before_agent(article, cast, verb, agent, giver) if to is None and apposed is None else ""
        if (to is not None and to.ref == giver) or start is None or (to is None and apposed is None and not short and
                                                                     not _ONLY_BY.fullmatch(article.masked, verb.end(),
                                                                                            agent.span.start)):
            return None  # with no receiver named, only the giver right after "by" ("co-financed by a grant from")
        givers = (giver, *(a.ref for a in and_after(article, cast, index, agent)))
        receivers = (to.ref,) if to is not None else (short,) if short else tuple(r for r in apposed or () if r != giver)
        summary = _SUMMED_UP.search(article.masked, start, verb.start())
        return Clause(tuple(dict.fromkeys(givers)), receivers, status, start,
                       f"{LIKELY}: {' '.join(verb.group().split())!r}: what is given, to and by whom",
                       summary.start() if summary else verb.start())
    if not receiver or giver == receiver:
        return None
    givers = (giver, *(a.ref for a in and_after(article, cast, index, agent) if a.ref != receiver))
    body = own_body_for(article, cast, index, agent, receiver)
    receivers = tuple(body or receiver if r == receiver else r
                      for r in _joined_receivers(article, cast, index, subject, receiver) if r not in givers)
    return Clause(tuple(dict.fromkeys(givers)), receivers, status, verb.end(), why)


_CARRIED = re.compile(r"\b(?:flown|ferried|transported|airlifted|dispatched|despatched)\b")
_CARRIER_NAME = re.compile(r"\b(?:Airlines|Airways|Air\s+Lines|Cargo|Logistics|Shipping|Lines|Freight|Express)$")
_ONLY_BY = re.compile(r"\s+(?:over\s+)?(?:(?:to|into)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+)?"
                      r"by\s+(?:the\s+|(?:an?|two|three|four|\d+)\s+)?")
"""Between a passive and its giver when no receiver is named: nothing, or a place it went to that the text does not
know ("was flown to Yangon by an Indian Air Force aircraft"), which the one the article's aid goes to holds; never a
body ("handed over to the Coast Guard by"), which receives."""
_SUMMED_UP = re.compile(r",\s+(?:the|all)\s+(?:[\w-]+\s+){0,2}?(?:items|goods|things|equipment|supplies|rest|remainder)\b"
                        r"[^,;:]{0,60},\s*$")
"""'An ultrasound system and sterilisation equipment, the remaining items in the first consignment, are due to be
handed over': an apposition that sums up the things listed before it is no thing of its own."""
_TO_BODY_BY = re.compile(r"\s+(?:over\s+)?" + TO_BODY_SAID_SHORT + r"by\s+(?:the\s+)?")


def _body_before_agent(article: Article, cast: Cast, verb: re.Match[str], agent: Actor, giver: str) -> str:
    """"The scanners were delivered to the centre by KOICA", "are due to be handed over to the ministry by UNICEF":
    a passive whose receiver, between the verb and "by", is a body the text has named in full before and now tells
    by the last words of its name; none where no one body fits ("to the villagers")."""
    told = _TO_BODY_BY.fullmatch(article.masked, verb.end(), agent.span.start)
    if told is None:
        return ""
    return _body_said_short(cast, told.group("short"), giver) or _body_said_by_head(cast, told.group("short"), giver)


_OF_TAIL = re.compile(r"\s+of\s.*$")


def _body_said_by_head(cast: Cast, words: str, giver: str) -> str:
    """"the ministry" for the Ministry of Water and Energy, "the emergency service" for the State Emergency Service
    of Ukraine: a body told again by the last words of its name before "of"; none where no body or more than one
    fits."""
    tail = fold(words)
    fits = [o.id for o in cast.organisations.values() if o.type != "country" and o.id != giver
            and re.search(rf"(?:^|\s){re.escape(tail)}$", _OF_TAIL.sub("", fold(o.name)))
            and _OF_TAIL.search(fold(o.name))]
    return fits[0] if len(fits) == 1 else ""


def _joined_receivers(article: Article, cast: Cast, index: int, subject: Actor | None, receiver: str) -> tuple[str, ...]:
    """Every one a subject that receives lists with "and": "Chile and Peru received field hospitals from Brazil"
    is one gift to both, not to Peru alone; "Chile, which Peru helped, received" names one."""
    if subject is None or subject.kind != "organisation":
        return (receiver,)
    chain = joined_chain(article, cast.in_sentence(index), subject) or [subject]
    parties = tuple(party_of(cast, a, index) if a is not subject else receiver for a in chain)
    return tuple(dict.fromkeys(p for p in parties if p)) if all(parties) else (receiver,)


_APPOSED_GIFT = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:gift|donation|contribution|present)\s+from\s+"
                           r"(?:the\s+(?:(?:[Gg]overnment|[Pp]eople|[Aa]uthorities)\s+of\s+(?:the\s+)?)?)?$")


def apposed_gift_to(article: Article, cast: Cast, index: int, position: int, agent: Actor) -> tuple[str, ...] | None:
    """"Thirty fire engines were handed over at the ceremony, a gift from JICA to clinics in Peru's Andes": a gift
    said in apposition after the verb names its giver, and after "to" the ones it went to, or the country of the
    places it went to; None where no such phrase names `agent`."""
    if _APPOSED_GIFT.search(article.masked, position, agent.span.start) is None or \
            CLAUSE_END.search(article.masked[position:agent.span.start]):
        return None
    return whose_place(article, cast, index, agent.span.end) or receiver_after(article, cast, index, agent.span.end)


_NOUN_PHRASE_START = re.compile(r"(?:^|[,;:(—–]\s*|\b(?:the|a|an|its|their|his|her|these|those|all|some|of|for|with|"
                                r"noted|thanked|welcomed|praised|received|includ(?:es|ed|ing))\s+)")
"""Where the noun phrase a participle follows starts: "the 14 autotransformers and 160 generators delivered by Japan"."""
_ARRIVED = re.compile(r"\b(?:arrived|reached|landed|docked|touched\s+down|came|got)\b")
"""A verb of arrival is a clause's own verb too: in "40 tonnes of flour arrived in Abeche on Monday, sent by the WFP"
the participle tells of the flour, which the arrival's rules read, not of a phrase "flour arrived in Abeche"."""
"""A noun phrase holds no verb of its own: in "generators were delivered to Chad on Monday, funded by Norway" the
participle tells of the clause before it, which its own verb reads, not of a phrase "generators were delivered"."""


def given_by(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"the 160 generators delivered by Japan over the past year": a participle after a noun phrase, whose
    agent gave it; when the sentence's own verb has told it already, the two are merged as one."""
    if re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\w+\s+)?$",
                 article.masked[max(0, verb.start() - 24):verb.start()]):
        return None  # a passive verb, which the clause's own rules read
    if article.masked[verb.start() - 2:verb.start()] == ", " and \
            "," in article.masked[article.sentences[index].start:verb.start() - 2]:
        return None  # set off by a comma, the participle tells of the sentence's subject only
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                  and is_agent(article, a, verb.start())), None)
    before = article.masked[max(entry_start(article, article.sentences[index]), verb.start() - 100):verb.start()]
    found = [m for m in _NOUN_PHRASE_START.finditer(before) if m.end() < len(before)]
    # "75 diesel generators for hospitals, provided by Zambia": set off by a comma, the participle tells of the
    # things, not of those they are for, so the phrase starts before the last "for" ("waiting for the ambulances
    # promised by Norway" is another "for")
    purpose = next((n for n, m in reversed(list(enumerate(found))) if m.group().strip() == "for"), None) \
        if before.endswith(", ") else None
    starts = [m.end() for m in (found[:purpose] if purpose is not None else found)]
    giver = party_of(cast, agent, index) if agent is not None and agent.span.start - verb.end() < 30 else ""
    if not giver or not starts or len(before[starts[-1]:].split()) > 8 or FINITE.search(before[starts[-1]:]) \
            or _ARRIVED.search(before[starts[-1]:]):
        return None
    if agent is not None and _told_by_its_verb(article, index, agent.span.end):
        return None  # "generators donated by Japan arrived in Ukraine": the subject's giver, read with its verb
    begin = verb.start() - len(before) + starts[-1]
    receivers = tuple(r for r in receiver_after(article, cast, index, agent.span.end) if r != giver) \
        if agent is not None else ()
    # "handed over to the NEA by JICA": the one named between the participle and "by" receives
    inside = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and verb.start() < a.span.start
                   and a.span.end <= verb.end() and a.ref != giver), None)
    receivers = receivers or ((inside.ref,) if inside is not None else ())
    if verb.group("short") is not None:
        body = _body_said_short(cast, verb.group("short"), giver)
        if not body:
            return None  # "handed over to the villagers by Japan": no body the text names
        receivers = (body,)
    return Clause((giver,), receivers, "delivered", begin, f"{LIKELY}: {' '.join(verb.group().split())!r}: what the "
                   "noun phrase before names, given by the one after 'by'", verb.start())


def _body_said_short(cast: Cast, words: str, giver: str) -> str:
    """The one body the text names whose name ends with `words` and has more words before them ("the coast guard":
    the Philippine Coast Guard; "the navy": the Fijian Navy); none where no body or more than one fits."""
    tail = " " + fold(words)
    fits = [o.id for o in cast.organisations.values() if o.type != "country" and o.id != giver
            and fold(o.name).endswith(tail)]
    return fits[0] if len(fits) == 1 else ""


_MAIN_AFTER_AGENT = re.compile(r"(?:,\s*|[^,.;:—–]{0,40}?\s)(?=(?:(?:has|have|had)\s+)?(?:arrived|reached|were|was|are|is|"
                               r"have|has)\b)")


def _told_by_its_verb(article: Article, index: int, position: int) -> bool:
    """Whether the verb that follows a participle's agent tells the gift itself ("generators donated by Japan
    arrived", "tents sent by Oman were handed over"), so that the clause's own rules read it; a verb that tells
    what the thing is doing since ("two helicopters sent by Peru have been flying rescue missions"), or a clause on
    it of its own ("a boat donated by Japan that was handed over to the navy"), leaves the participle to tell the
    gift; any other verb ("tanks supplied by Oman were destroyed") is news of something else."""
    end = article.sentences[index].end
    main = _MAIN_AFTER_AGENT.match(article.masked, position, end)
    if main is None:
        return False
    if re.search(r"\b(?:that|which)\s*$", main.group()):
        return False
    # what the thing given is doing now ("have been flying", "are operating"), or how it was handed out ("were
    # distributed in the camps")
    return not re.match(r"(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:(?:now|already|since)\s+)?(?:[a-z]+ing|"
                        r"distributed|unloaded|installed|deployed|put\s+into\s+(?:service|operation)|commissioned)\b",
                        article.masked[main.end():end]) or bool(VERBS.match(article.masked, main.end(), end))


def promised_by(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"welcomed the 250 million euros pledged by the European Union for energy bills", "the 30 ambulances promised
    by Norway last spring": a participle of promising after a noun phrase, whose agent promised it; as a
    participle of giving is read, but promised, not given."""
    clause = given_by(article, cast, index, verb)
    return replace(clause, status="pledged", why=f"{LIKELY}: {' '.join(verb.group().split())!r}: what the noun phrase "
                   "before names, promised by the one after 'by'") if clause is not None else None
