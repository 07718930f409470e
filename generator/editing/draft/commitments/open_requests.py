"""Requests told in a phrase of their own, and what they ask for.

"Pakistan appealed to friendly countries for winter tents", "Chad's envoy pressed for", "asked Japan
to provide the Navy with two radars": the one asking, the one asked, the body to be equipped."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.commitments.giving_words import CALLED_FOR, GIVE, GIVING, REACHED_PEOPLE
from generator.editing.draft.commitments.parties import from_kind, meeting_counterpart, party_of
from generator.editing.draft.commitments.receivers import body_called, receiver_after
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import country_forms
from generator.editing.draft.commitments.words import (
    ADJECTIVES,
    CHANNEL,
    FORCE_WORDS,
    HELP_IN_WORK,
    PAY_FOR,
    RELATIVE_ASIDE,
    SUM_LEAD,
    SUPPORT,
    WITH_PARTNERS,
)
from generator.editing.draft.items import ADJECTIVES_COMMA, AID, GOODS, HUMANITARIAN, MILITARY, MONEY
from generator.editing.draft.model import LIKELY, Meeting
from generator.editing.draft.text import Article, fold

_EQUIPPING = re.compile(r"\b(?:in\s+equipping|in\s+providing|in\s+supplying|to\s+(?:help\s+)?(?:equip|provide|supply|"
                        r"support))\s+$")
"""A request's lead that goes on to the one equipped, then "with" and the thing: "help in equipping"."""
_TO_EQUIP = re.compile(r"\s+to\s+(?:help\s+)?(?:equip|provide|supply|support)\s+")


def equipped_body(article: Article, cast: Cast, index: int, start: int, lead: str) -> tuple[str, int] | None:
    """"asked for Japan's help in equipping the Coast Guard with patrol drones", "asked Korea to provide the
    Navy with two radars": the body to be equipped receives, and the thing is what follows "with"; None
    where the words after the lead name no body of the article."""
    if not _EQUIPPING.search(lead):
        return None
    actor = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= start), None)
    if actor is not None and article.masked[start:actor.span.start].strip() in ("", "the"):
        with_ = re.match(r"\s+with\s+", article.masked[actor.span.end:])
        return (actor.ref, actor.span.end + with_.end()) if with_ and \
            article.masked[actor.span.start:actor.span.end] not in ADJECTIVES else None
    # "in equipping the Coast Guard with": a body named in full before, by the last words of its name
    short = _SHORT_BODY.match(article.masked, start)
    body = body_called(cast, index, start, short.group("phrase").split()) if short else ""
    return (body, short.end()) if short and body else None


_SHORT_BODY = re.compile(r"\s*the\s+(?P<phrase>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+with\s+")


_ANYONE = re.compile(
    r"\s+(?:to\s+)?(?:(?:its|their|his|her|the|all|other|fellow|friendly|foreign|[Ww]estern|international|"
    r"development|humanitarian|bilateral|multilateral|regional|traditional|wealthy|major|key|neighbou?ring|"
    # "Pacific neighbours", "Gulf donors": a region's word; a state's adjective would have named the one asked
    r"[A-Z][a-z]+(?=\s+(?:donors|partners|allies|neighbou?rs|friends|countries|nations|states|governments)\b))\s+)*"
    r"(?:donors?|partners|allies|friends|lenders|creditors|neighbou?rs|"
    # "appealed to participating States for", "asked Member States for": the members of the body that meets, none
    # of them named; "States" is capitalised only after these words, so "the United States" is never anyone
    r"(?:[Pp]articipating|[Mm]ember)\s+(?:[Ss]tates|[Cc]ountries|[Gg]overnments)|"
    r"(?:donor\s+)?(?:countries|nations|states|governments)|(?:international\s+)?community|organi[sz]ations|agencies)"
    r"(?:\s+and\s+(?:(?:other|international|humanitarian|multilateral)\s+)*(?:donors|partners|allies|"
    r"organi[sz]ations|agencies|lenders|institutions))?"
    r"(?=(?:\s+(?:on|at|in|during|this|last)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:for|to)\b)")
"""Those a request is made of when the text names no one: "appealed to donors for", "asked its
development partners for", "urged allies to send", "urged Gulf states to help fund the plan", "appealed to
Nordic countries for"."""
_OPEN_VERB = re.compile(r"asked|requested|requests|appealed(?:\s+(?:at|in|during)(?:\s+the)?\s+[\w-]+)?\s+(?:to|for)|"
                        r"(?:is|are|was|were)\s+appealing\s+(?:to|for)|"
                        r"appeal(?:ing)?\s+for|appeal\s+to|(?:(?:is|are|was|were)\s+)?asking|pleaded\s+(?:for|with)|"
                        r"(?:(?:is|are|was|were)\s+)?calling\s+on|called\s+on|calls\s+on|urged|urges|urge|sought|seeks|(?:is|are|was|were)\s+seeking|asks|pressed|presses|"
                        r"(?:urgently\s+|still\s+)?(?:needs|requires)|wants|wanted|"
                        r"appeals\s+(?:to|for)|(?:pleads|pleading)\s+(?:with|for)|.*\b(?:appeal|plea|call)\s+(?:to\s+[\w\s-]+?\s+)?for|.*\brequest\s+for")
_CALLED_FOR = re.compile(CALLED_FOR)
_TO_BE_SENT = re.compile(r"\s+to\s+be\s+(?:urgently\s+)?(?:sent|delivered|given|provided|shipped|flown|dispatched|"
                         r"supplied|handed\s+over|airlifted|donated)\s+to\s+(?:the\s+)?")
"""'Japan appealed for 40 boats to be sent to Malawi': a request for a gift to another, who receives it."""
_GENERAL_HELP = re.compile(r"(?:(?:more|further|additional|urgent|immediate|international|foreign|outside|financial|"
                           r"humanitarian|emergency)\s+)*(?:help|support|assistance|aid)", re.IGNORECASE)
_ASKING = re.compile(r"\b(?:ask(?:s|ed|ing)|appeal(?:s|ed|ing)|urg(?:es|ed|ing)|call(?:s|ed|ing)\s+on)\b")
_ASKED_IN_PARTICULAR = re.compile(r"\b(?:appeal(?:s|ed)?|ask(?:s|ed)?|request(?:s|ed)?|call(?:s|ed)\s+for|sought|seeks|"
                                  r"need(?:s|ed)?|including)\b[^.;]{0,120}?\b(?:for|including|such\s+as|especially|"
                                  r"particularly|notably)\s")
"""A request told again in particular, after a request for help in general: "Pakistan has formally asked for
international assistance. ... the government had appealed to friendly countries for winter tents"."""
_WHEN_ASKED = re.compile(r"\s+(?:on|at|in|during|this|last)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?=\s+(?:for|to)\b)")
_OPEN_LEAD = re.compile(r"\s*(?:for|to\s+(?:help\s+)?contribute\s+(?:generously\s+)?to|to\s+(?:\w+\s+)?(?:" + GIVE + "|" +
                        GIVING + r")|to\s+(?:(?:urgently|quickly|also|"
                        r"seriously|swiftly)\s+)?(?:consider|prioriti[sz]e|expedite|speed\s+up|accelerate)(?:\s+(?:" +
                        GIVING + r"|the\s+(?:delivery|deliveries|transfer|supply|release|provision)\s+of))?)\s+")
"""How a request made of no one named goes on to what it asks for: "appealed to donors for", "urged allies to send",
"asked partners to prioritise interceptor missiles", "urged donors to consider sending radars", "to speed up the
delivery of water pumps", "urged donors to contribute to the flood response plan"."""


def request_opener(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Actor | None:
    """Who makes a request the sentence tells in a phrase of its own ("Chad's envoy pressed for", "Chad
    used the session to appeal for", "opened by asking for"): the one the sentence starts with, when
    nothing but that phrase stands between it and the request."""
    first = cast.sentence_subject(index)
    if first is None or (first.kind == "pronoun" and not party_of(cast, first, index)):
        # "Chad's envoy, Ali Saleh, spoke. He used his speech to appeal for tents": a "he" or "she" opens the
        # sentence as a name would, where the text makes plain whom it stands for; not where two could be meant
        return None
    between = article.masked[first.span.end:verb.start()]
    # "Ruiz, who led the Chilean delegation, used the session to appeal for", "Chad, which hosts a million refugees,
    # used the meeting to appeal for": the relative clause is on the subject
    between = re.sub(r"^,\s*" + RELATIVE_ASIDE, "", between)
    return first if re.fullmatch(r"(?:[’']s(?:\s+[\w-]+){1,5}(?:,\s+(?:[^,;:.]{3,40},|" + RELATIVE_ASIDE + r"))?)?"
                                 r"(?:,?\s+(?:used|took|opened|closed|"
                                 r"began|ended|was|is|has|had|also|then)\b[^,;:.]{0,60}?\s+(?:to|by))?\s*", between) else None


_WORD = r"(?:\d[\d,.]*\d|[\w’'-]+)"
_LISTED_HEAD = re.compile(rf"(?:{_WORD}\s+){{0,3}}{_WORD}(?:,\s+(?:{_WORD}\s+){{0,3}}{_WORD})*,?\s+and\s+(?:{_WORD}\s+){{0,3}}"
                          rf"{_WORD}(?=[,.;:]|\s+(?:for|to|from)\s|$)")
"""'appealed to friendly countries for masks, blankets and water tanks': a list of short names, any of which may say
it is aid."""
_PURPOSE_OF_REQUEST = re.compile(r"(?<!\band)\s(?:for|after|as|when|while|because|since|following|amid|saying|which|who|"
                                 r"to(?=\s+(?!(?:the|a|an|its|their|his|her|this|these|those)\b)[a-z]+\b))\s")
"""Where the thing a request asks for ends and what it is for begins: "appealed for $300 million to sustain its
operations in Chad", "for tents for the displaced"; a second "for" after "and" asks for one more thing ("for
mobile turbines and for 900 million euros")."""


_HELP_WITH_THINGS = re.compile(r"\s*(?:(?:urgent|more|further|international|financial|immediate)\s+)?(?:help|support|assistance)"
                               r"\s+(?:with|for)\s+(?!the\s+[A-Z]|[a-z]+ing\b)(?=[a-z])")
"""'help with water and sanitation': help named by the things it is with; not the help of a work ("help with rebuilding",
read as a work) nor for whom ("help for the Red Cross")."""


def open_request(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
                  asker: str, status: str) -> Clause | None:
    """"Pakistan appealed to friendly countries for winter tents", "Lithuania appealed to allies for
    interceptors", "Haiti's prime minister appealed for helicopters": a request made of no one the text
    names. With no addressee at all, a request made at a meeting the sentence tells is left to the rule
    that makes it of the other side of that meeting."""
    said = " ".join(verb.group().split())
    if not (_OPEN_VERB.fullmatch(said) or _CALLED_FOR.match(article.masked, verb.start())) \
            or request_from(article, cast, index, verb, asker) is not None:
        return None
    if re.search(r"(?:needs|requires)$", said) and (not asker or cast.organisations[asker].type == "country") and \
            not _ASKING.search(article.masked, verb.end(), article.sentences[index].end):
        # "Chad needs $40 million", a state's needs told, not its request; a body's needs are its appeal, and so are a
        # state's that the sentence goes on to ask for ("... and she is asking donors and banks to find it")
        return None
    if said in ("wants", "wanted") and not _wants_more(article, cast, verb, asker):
        return None
    anyone = None if said.endswith("for") else _ANYONE.match(article.masked, verb.end())
    if anyone is None and meeting_counterpart(meetings, index, asker, cast) and not _side_unknown(meetings, index, cast):
        return None
    position = anyone.end() if anyone else verb.end()
    when = _WHEN_ASKED.match(article.masked, position)
    position = when.end() if when and anyone else position  # "appealed to donors on Thursday for"
    lead = None if said.endswith("for") else _OPEN_LEAD.match(article.masked, position)
    to = _TO_EQUIP.match(article.masked, position) if lead is None and anyone is not None else None
    equipped = equipped_body(article, cast, index, to.end(), to.group()) if to else None
    if equipped is not None and (AID.search(article.masked[equipped[1]:equipped[1] + 60]) or MONEY.match(
            SUM_LEAD.sub("", article.masked[equipped[1]:article.sentences[index].end]))):
        # "appealed to donors to support Yemen with the cost of fuel": the one supported receives
        return Clause((), (equipped[0],), status, equipped[1], f"{LIKELY}: {verb.group()!r}: a request the text "
                       "makes of no one it names, to equip a body")
    gap = _gap_to_fill(article, index, verb, position) if anyone is not None and lead is None else None
    if gap is not None:
        return Clause((), (asker,) if asker else (), status, gap[0], f"{LIKELY}: {verb.group()!r}: a gap in money "
                       "others are asked to fill", end=gap[1], whole=True)
    if lead is not None and anyone is None and not lead.group().strip().startswith("for"):
        return None  # "was asked to send", "urged to provide": someone asked, but not the subject
    if lead is None and not said.endswith("for") and (
            anyone is not None or not re.fullmatch(r"requested|requests|sought|seeks|(?:is|are|was|were) seeking|"
                                                   r"(?:urgently |still )?(?:needs|requires)|wants|wanted", said)):
        return None  # "asked about", "urged calm": no thing asked for
    start = lead.end() if lead else position
    # what help pays for, where the text names who asks: with no one named, the one who receives is a guess
    paid = _HELP_TO_PAY.match(article.masked, start) if asker else None
    start = paid.end() if paid else start
    # "appealed to donors for predictable, multi-year funding": the comma between two words that describe one thing
    # ends nothing; it is read as a space, so that every place in the words stays where it is
    head = re.match(r"(?:[^,;:.—–]|[,.](?=\d)){1,80}",
                    ADJECTIVES_COMMA.sub(r"\g<first> ", article.masked[start:article.sentences[index].end]))
    listed = _LISTED_HEAD.match(article.masked, start, article.sentences[index].end)
    if head is None or re.match(r"\s*to\s", head.group()) or not (
            paid or of_aid(listed.group() if listed else head.group()) or _plan_paid(lead, head.group()) or
            MONEY.match(SUM_LEAD.sub("", head.group().lstrip()))):
        return None  # "called for calm", "sought to shore up support": no thing of aid asked for
    if _GENERAL_HELP.fullmatch(head.group().strip()) and _ASKED_IN_PARTICULAR.search(
            article.masked, start + head.end(), article.sentences[min(index + 1, len(article.sentences) - 1)].end):
        return None  # "asked for international assistance. ... appealed for winter tents": the request in particular
    purpose = _PURPOSE_OF_REQUEST.search(head.group())
    helps = _HELP_WITH_THINGS.match(head.group())
    if purpose is not None and purpose.group().strip() == "for" and helps is not None and helps.end() == purpose.end():
        purpose = _PURPOSE_OF_REQUEST.search(head.group(), purpose.end())  # "support for the rehabilitation of 40 schools"
    end = start + (purpose.start() if purpose else head.end())
    work = HELP_IN_WORK.match(head.group())
    if work is not None:
        # "asked partners for help in extending piped water to the camps, where ...": the work, one thing
        return Clause((), (asker,) if asker else (), status, start + work.end(), f"{LIKELY}: {verb.group()!r}: help with "
                       "a work, asked of no one the text names", end=end, whole=True) \
            if not any(a.kind == "organisation" and start <= a.span.start < end for a in cast.in_sentence(index)) else None
    # "asked donors for help with water and sanitation": the things the help is with are what is asked for
    helped_with = _HELP_WITH_THINGS.match(head.group())
    start = start + helped_with.end() if helped_with else start
    more = _ONE_MORE.search(article.masked, start, end)
    if any(a.kind == "organisation" and start <= a.span.start < (more.start() if more else end)
           for a in cast.in_sentence(index)) or re.search(r"\bfrom\s+(?:the\s+)?[A-Z]", article.masked[start:end]):
        return None  # "sought Korea's assistance", "requested $60 million from the Bank": the one asked is named
    # "asked for fuel and equipment for the Lebanese Armed Forces": the body it is for receives; a fund or
    # plan it is paid into does not
    body = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and purpose is not None
                 and purpose.group().strip() == "for" and re.fullmatch(r"\sfor\s+(?:the\s+)?", article.masked[end:a.span.start])
                 and not CHANNEL.search(cast.organisations[a.ref].name) and article.masked[a.span.start:a.span.end]
                 not in ADJECTIVES), None)
    sent_to = _TO_BE_SENT.match(article.masked, end)
    taker = next((a for a in cast.in_sentence(index) if sent_to and a.kind == "organisation"
                  and a.span.start == sent_to.end()), None)
    receivers = (body.ref,) if body else (taker.ref,) if taker else _helped(article, cast, index, end) or \
        _own_force(article, cast, end, asker) or _country_served(article, cast, index, verb, end, asker) or \
        ((asker,) if asker else ())
    addressed = _addressed_before(article, cast, index, verb.start()) or \
        (_thanked_before(article, cast, index, asker) if anyone is None else "")
    return Clause((addressed,) if addressed and addressed not in receivers else (), receivers, status, start,
                   f"{LIKELY}: {verb.group()!r}: a request the text makes of no one it names", end=end if purpose
                   else told_by(article, index, start),
                   whole=bool(paid) or _plan_paid(lead, head.group()) or
                   bool(_SHARED_COUNT.fullmatch(article.masked, start, end)))


_FILL_IT = re.compile(r"\s*to\s+(?:help\s+)?(?:fill|close|cover|bridge|plug|meet)\s+(?:it|the\s+gap|the\s+shortfall|"
                      r"the\s+deficit)\b")
_MONEY_GAP = re.compile(r"\b(?:financing|funding|budget|budgetary|fiscal)\s+(?:gap|shortfall|deficit)"
                        r"(?:\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?"
                        r"(?:US|A|C|NZ)?[$€£¥]\d[\d.,]*(?:\s*(?:billion|million|bn|m)\b)?)?")


def _gap_to_fill(article: Article, index: int, verb: re.Match[str], position: int) -> tuple[int, int] | None:
    """"Malawi faced a funding gap of $120 million and appealed to partners to close it", "the WFP warned of a
    funding shortfall of $80 million and urged donors to close the gap": the gap in money the same sentence told
    before the request is what it asks for; where the words of it start and end. None for a gap of no money ("a gap
    of 400 teachers ... asked unions to fill it") or where the sentence tells two."""
    if _FILL_IT.match(article.masked, position) is None:
        return None
    gaps = list(_MONEY_GAP.finditer(article.masked, article.sentences[index].start, verb.start()))
    return (gaps[0].start(), gaps[0].end()) if len(gaps) == 1 else None


_THANKED = re.compile(r"\bthanked\s+(?:the\s+)?$")


def _thanked_before(article: Article, cast: Cast, index: int, asker: str) -> str:
    """"The prime minister thanked the European Union for its help. He requested armoured vehicles for the police":
    a request of no one named, told just after the one who asks thanked a party, is made of that party; the one
    thanked in the sentence before, or two before when the sentence between asks too, in the same paragraph; none
    where that sentence thanks two, or the thanked is the one who asks."""
    for back in (index - 1, index - 2):
        if back < 0 or "\n" in article.masked[article.sentences[back].end:article.sentences[index].start]:
            return ""  # thanks told in another paragraph are of another occasion
        thanked = {a.ref for a in cast.in_sentence(back) if a.kind == "organisation"
                   and _THANKED.search(article.masked, max(0, a.span.start - 20), a.span.start)
                   and article.masked[a.span.start:a.span.end] not in ADJECTIVES}
        if thanked and re.match(r"\s*(?:,|and\b)", article.masked[next(
                a.span.end for a in cast.in_sentence(back) if a.ref in thanked):]):
            return ""  # "thanked France and Germany for their help": two thanked, neither the one asked
        if thanked:
            party = thanked.pop()
            return party if not thanked and party != asker else ""
        if back == index - 1 and not re.search(r"\b(?:requested|asked\s+for|appealed\s+for)\b",
                                               article.sentence_text(back)):
            return ""
    return ""


_TOLD_BY = re.compile(r",\s+(?:according\s+to\b[^,;:]*|(?:[^,;:.]{1,50}?\s)?(?:said|says|told|reported|added|stated|"
                      r"confirmed)\b[^,;:]*)[\s.”\"’']*$")
"""'appealed for tents and blankets, officials in N'Djamena said': who told of the request, set off at the end of
the sentence, is no thing asked for."""


_TO_ACT = re.compile(r"\bto\s+(?:\w+\s+)?(?:" + GIVE + "|" + GIVING + r")\s*$")
"""The lead of a request that asks someone to act: 'urged the EU to send', 'called on the bank to quickly provide'."""


_DATIVE_THING = re.compile(r"\s+(?:(?:a|an|another|some|about|nearly|up\s+to|more\s+than|over)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d)|"
                           r"\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:loan|grant|credit|package|tranche|shipment)\b")
"""What follows the one a verb of giving gives to, when it is named first: a sum, a count, or a loan ("lend Nepal
$300m", "give Somalia 50,000 tonnes", "extend Malawi a new loan")."""


def asked_to_give_whom(article: Article, cast: Cast, index: int, lead: str, start: int,
                        parties: tuple[str, ...]) -> tuple[tuple[str, ...], int] | None:
    """"India asked the ADB to lend Nepal $300m", "Kenya urged the World Bank to give Somalia $50 million": a
    request that the one asked give to a third party, named right after the verb and before what is given, as a
    sum or a count; that party receives, and what is given starts after it. None when the one named is a party to
    the request ("urged Japan to send Chad's ..." is no such case either: a possessive is followed by no sum)."""
    if not _TO_ACT.search(lead):
        return None
    first = next((a for a in cast.in_sentence(index) if a.span.start >= start), None)
    if first is None or first.kind != "organisation" or first.ref in parties or \
            not re.fullmatch(r"(?:the\s+)?", article.masked[start:first.span.start]) or \
            article.masked[first.span.start:first.span.end] in ADJECTIVES:
        return None
    thing = _DATIVE_THING.match(article.masked, first.span.end)
    return ((first.ref,), thing.start() + len(thing.group()) - len(thing.group().lstrip())) if thing else None


def asked_for_another(article: Article, cast: Cast, index: int, lead: str, start: int, asked: tuple[str, ...],
                       askers: tuple[str, ...]) -> tuple[str, ...]:
    """"France and Germany urged the EU to send tents to Chad", "Norway called on the World Bank to provide
    emergency financing to Sudan": a request that asks someone to give to a third party names who receives, and
    those who ask only plead for it. Not a receiver that is one of those who ask ("Moldova urged the EU to send
    generators to Moldova's plants"), nor one of those asked."""
    if not askers or not _TO_ACT.search(lead):
        return ()
    named = receiver_after(article, cast, index, start)
    if not named or set(named) & (set(askers) | set(asked)):
        return ()
    return named


def told_by(article: Article, index: int, start: int) -> int:
    """Where the things a request asks for end when the sentence closes on who told of it ("asked donors for
    tents and blankets, aid workers in the capital said"); -1 where it closes on the things."""
    told = _TOLD_BY.search(article.masked, start, article.sentences[index].end)
    return told.start() if told else -1


_MORE_WANTED = re.compile(r"\s+(?:(?:many|far|much|a\s+lot|still)\s+)?(?:more|additional|further|extra)\s+(?!than\b)[a-zA-Z]")


def _wants_more(article: Article, cast: Cast, verb: re.Match[str], asker: str) -> bool:
    """"Kyiv wants more air defence", "Manila wanted additional patrol boats from its partners": a state that wants
    more of a thing of aid asks for it, of no one named; not "Chad wants peace" nor "the agency wants more
    staff", which tell a wish, not a request."""
    more = _MORE_WANTED.match(article.masked, verb.end())
    if more is None or not asker or cast.organisations[asker].type != "country":
        return False
    # the things themselves, not a word of aid in general that "more investment" or "more security" would pass
    head = re.match(r"[^,;:.()—–]{1,60}", article.masked[more.end() - 1:])
    words = head.group() if head else ""
    return any(kind.search(words) for kind in (MILITARY, HUMANITARIAN, GOODS, MONEY))


_ADDRESSED = re.compile(r"(?:In|Through|With)\s+(?:an?|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|"
                        r"note|submission|request|appeal)\s+(?:sent\s+|addressed\s+)?to\s+(?:the\s+)?$")


def _addressed_before(article: Article, cast: Cast, index: int, position: int) -> str:
    """"In a letter to NATO, Estonia asked for fighter jets", "In a formal request to the World Bank, Malawi sought
    $80 million": the body the opening phrase addresses is the one asked, though the verb names no one; not a
    person ("In a letter to Ruiz, ...") nor a phrase that does not open the sentence."""
    start = entry_start(article, article.sentences[index])
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or actor.span.end > position or \
                not _ADDRESSED.fullmatch(article.masked, start, actor.span.start):
            continue
        after = re.match(r"[^,;:.]{0,40},", article.masked[actor.span.end:position])
        return actor.ref if after and article.masked[actor.span.start:actor.span.end] not in ADJECTIVES else ""
    return ""


_ONE_MORE = re.compile(r"\s+and\s+for\s")
"""'appealed for interceptors and for radars ahead of what Kyiv expects': a second thing asked for begins, which
the rule of "and for" reads with its own words; a name past it is not one asked for the first."""


def _side_unknown(meetings: list[Meeting], index: int, cast: Cast) -> bool:
    """Whether the meeting the sentence tells holds someone the text ties to no country or body ("the three
    ministers held a call with Ukraine's deputy minister, who appealed for interceptors", where one minister's
    country is left unread): the other side of the meeting is then not known to be one party, and a request made
    at it is made of no one named."""
    return any(not p.represents and not p.organisation for m in meetings
               if m.sentence == index or cast.article.sentence_text(index) in m.excerpts for p in m.participants)


_PLAN = re.compile(r"\s*(?:the|its|their|his|her|an?)\s+(?:[\w’'$€£¥.,-]+\s+){0,4}?(?:plan|programme|program|project|appeal|"
                   r"scheme|strategy|response)\b")


def _plan_paid(lead: re.Match[str] | None, head: str) -> bool:
    """Whether a request made of no one named asks others to pay for a plan: 'urged Gulf states to help fund the
    national desalination plan', 'called on donors to finance its reconstruction programme'; the plan is what
    is asked for, though no word of aid names it. 'urged donors to review the plan' pays for nothing."""
    return lead is not None and bool(PAY_FOR.search(lead.group())) and bool(_PLAN.match(head))


def of_aid(words: str) -> bool:
    """Whether words asked for name a thing of aid: of the kinds any gift is made of, or goods donors give on any
    continent ("appealed for more chlorine tablets", "appealed for wheelchairs and crutches"), which a request
    names as often as a pledge does."""
    return bool(AID.search(words) or GOODS.search(words))
_HELP_TO_PAY = re.compile(r"\s*" + SUPPORT + r"\s+to\s+(?:help\s+)?(?:cover|pay(?:\s+for)?|meet)\s+(?=(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:costs?|fees|bills?|salaries|wages|rent|expenses|heating|fuel|shortfall|"
                          r"deficit|pensions|stipends|allowances)\b)")
"""'appealed for help to cover the salaries of 8,000 teachers', 'asked donors for support to pay the wages of health
workers': what the help pays for is what an editor records as asked for, one thing however many its words."""
_SHARED_COUNT = re.compile(r"\s*\d[\d,]*\s+[a-z][\w-]*\s+and\s+[a-z][\w-]*\s*")
"""'appealed for 150 excavators and bulldozers to clear the rubble': one count for two kinds of thing, which
together are one thing asked for."""
_TO_HELP = re.compile(r"\s+to\s+(?:help\s+(?:[^,;:.—–()]{0,40}?\s)?|(?:support|assist)\s+(?:the\s+)?)$")


def _helped(article: Article, cast: Cast, index: int, end: int) -> tuple[str, ...]:
    """"launched an appeal for $90 million to help flood survivors in Chad", "to help the Chadian Red Cross
    provide shelter", "an appeal for 2 million francs to support the Chadian Red Cross": an appeal made for
    others, who receive; the first party named after "to help" or "to support"."""
    if not re.match(r"\s+to\s+(?:help|support|assist)\s", article.masked[end:]):
        return ()
    named = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start > end
                  and _TO_HELP.fullmatch(article.masked[end:a.span.start])
                  and article.masked[a.span.start:a.span.end] not in ADJECTIVES), None)
    return (named.ref,) if named is not None else ()


_FOR_OWN_FORCE = re.compile(r"\s+for\s+(?:the|its|their)\s+(?P<force>army|military|navy|police|armed\s+forces|"
                            r"coast\s+guard|air\s+force)\b(?!\s+of\b)")


def _own_force(article: Article, cast: Cast, end: int, asker: str) -> tuple[str, ...]:
    """"Lebanon's defence minister appealed for $1 billion in support for the army", "Peru's interior minister asked
    donors for patrol cars for the police": the force of the country that asks, as the article names it in full (the
    Lebanese Armed Forces, the Peruvian National Police), receives; none where the text names no such body or
    several."""
    force = _FOR_OWN_FORCE.match(article.masked, end)
    if force is None or not asker or cast.organisations[asker].type != "country":
        return ()
    words = {fold(form) for form in country_forms(cast, asker)}
    names = FORCE_WORDS[" ".join(force.group("force").lower().split())]
    bodies = {i for i, o in cast.organisations.items() if o.type != "country"
              and any(re.search(r"\b" + re.escape(w) + r"\b", fold(o.name)) for w in words if w)
              and any(re.search(r"\b" + n + r"\b", fold(o.name)) for n in names)}
    return (bodies.pop(),) if len(bodies) == 1 else ()


_PURPOSE_TO = re.compile(r"\s+to\s+(?!(?:the|a|an)\b)[a-z]+\b(?P<words>[^,;:—–()]{0,120})")


def _country_served(article: Article, cast: Cast, index: int, verb: re.Match[str], end: int,
                    asker: str) -> tuple[str, ...]:
    """"The UN and its humanitarian partners have appealed for $62 million to respond to the floods in Malawi", "the
    UN launched a flash appeal for $40 million to fund recovery in Zambia": an appeal a body makes jointly with its
    partners, for a purpose it sets in one country, is that country's response and the country receives; not one
    body's appeal for its own work ("The WFP is seeking $20 million to feed 300,000 people in Malawi"), nor "its
    operations in Chad", nor where the purpose names two countries."""
    start = entry_start(article, article.sentences[index])
    joint = WITH_PARTNERS.fullmatch(article.masked, start, verb.start()) or \
        re.search(r"\b(?:flash|joint|consolidated|inter-agency)\s+appeal\b", verb.group())
    if not asker or cast.organisations[asker].type == "country" or not joint:
        return ()
    purpose = _PURPOSE_TO.match(article.masked, end, article.sentences[index].end)
    if purpose is None or re.search(r"\b(?:its|their|our)\b", purpose.group("words")):
        return ()
    named = {a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and purpose.start("words") <= a.span.start
             and a.span.end <= purpose.end() and article.masked[a.span.start:a.span.end] not in ADJECTIVES}
    country = next(iter(named), "")
    return (country,) if len(named) == 1 and country != asker and cast.organisations[country].type == "country" and \
        re.search(r"\b(?:in|across|for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                  article.masked[purpose.start("words"):next(a.span.start for a in cast.in_sentence(index)
                                                             if a.ref == country and a.span.start >= purpose.start("words"))]) \
        else ()


_FROM_IN_PURPOSE = re.compile(r"\sto\s+(?!(?:the|a|an|its|their|US|[A-Z]{0,3}[€$£¥]|\d)\b)[a-z]+\s|\b" + REACHED_PEOPLE +
                              r"\s+from\s+(?:the\s+)?$")
"""'asked for tents to shelter families from Sudan', 'appealed for $30 million to feed refugees from Sudan': a "from"
inside the purpose, or after those the aid reaches, names where they come from, not whom the request is made of."""


def request_from(article: Article, cast: Cast, index: int, verb: re.Match[str], asker: str) -> Clause | None:
    """"Ukraine requested more Patriot batteries from the United States": what was asked for comes
    first, and whom it was asked of after "from"."""
    # "made a plea for police officers from Kenya", "appeals for tents from the EU": a request named as a noun too
    if not re.match(r"(?:requested|request\b|sought|appealed\s+for|pleaded\s+for|asked|ask\b|requests|called\s+for|calls\s+for|"
                    r"appeals\s+for|pleads\s+for|(?:is|are|was|were)\s+seeking|seeks|seek\b|"
                    r".*\b(?:appeal|plea|call)\s+for$)", verb.group()):
        return None
    after = [a for a in cast.in_sentence(index) if a.span.start >= verb.end()
             and not _FROM_IN_PURPOSE.search(article.masked, verb.end(), a.span.start)]
    source = next((a.ref for a in after if a.kind == "organisation" and re.search(
        r"\bfrom\s+(?:the\s+)?$", article.masked[max(verb.end(), a.span.start - 10):a.span.start])), "") or \
        from_kind(article, cast, index, verb.end())
    if not source or source == asker:
        return None
    # "requested access to US$200 million in emergency financing from the Fund": the financing is asked for
    lead = re.match(r"\s*(?:for\s+)?(?:access\s+to\s+)?" if verb.group().startswith("asked") else r"\s*(?:access\s+to\s+)?",
                    article.masked[verb.end():])
    start = verb.end() + (lead.end() if lead else 0)
    first = after[0] if after else None
    if first is not None and first.ref == source and re.fullmatch(r"\s+from\s+(?:the\s+)?", article.masked[verb.end():
                                                                                                    first.span.start]):
        # "requested from Japan a loan for the bridge", "sought from the EU more generators": the one asked comes
        # first, right after "from", and what is asked for after it
        start = first.span.end + len(article.masked[first.span.end:first.span.end + 4]) - \
            len(article.masked[first.span.end:first.span.end + 4].lstrip(" ,"))
    return Clause((source,), (asker,), "asked", start, f"{LIKELY}: {verb.group()!r}: a request, of the one "
                   "named after 'from'")
