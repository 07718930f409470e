"""items: what is given, read from the words after a verb of giving to the end of the sentence."""
from __future__ import annotations

import re

from generator.editing.draft.items.contents import contents
from generator.editing.draft.items.kinds import AID, AID_NOUNS, GENERIC, GOODS, MILITARY, NOT_AID, category
from generator.editing.draft.items.lists import comma_list, each_a_thing, measured_list, purpose_of_support
from generator.editing.draft.items.money import MONEY, value_of
from generator.editing.draft.items.naming import (
    ABBREVIATION,
    CONVERTED,
    DAY,
    LEAD,
    WEIGHED,
    Found,
    listed_thing,
    name_and_quantity,
    not_a_thing,
    plain_noun,
    wordings_of,
)
from generator.editing.draft.items.splitting import LIST_TAIL, STOP, things_of
from generator.editing.draft.items.sums import (
    AID_NAMED,
    COVER_WORD,
    EARMARKED,
    SUM_COVERS,
    earmarked_share,
    sum_includes,
    thing_after_sum,
)
from generator.editing.draft.items.wholes import TO_NAMED_AFTER, WHOLES, WITH_LIST, holds_list, set_off_list, singled_out
from generator.editing.draft.model import Item
from generator.editing.draft.text import fold

_SUMMED = re.compile(r"^(?:(?:a|an)\s+)?(?:combined|joint|collective|total\s+of|sum\s+of)\s+(?:(?:up\s+to|about|around|some|"
                     r"nearly|almost|more\s+than|over)\s+)?", re.IGNORECASE)
"""'have committed a combined $210 million', 'pledged a total of €40m': the sum several givers put together, or all
of one giver's gifts added up, is what is given."""
_MORE = re.compile(r"^(?:(?:a|an)\s+)?(?:further|additional|extra|more|another|new|fresh)\s+", re.IGNORECASE)
"""'a further', 'an additional', 'another' before a sum: the sum is what is given all the same."""

_COSTED = frozenset({"plan", "plans"})
"""A plan with its sum is money set aside: "put forward a A$25 million plan to rebuild schools"; a plan alone
("set out his plans for the economy") is talk, unless others are asked to pay for it."""
_SANCTIONS = re.compile(r"\bsanction|\bagainst\s+(?:Russia|Moscow|Belarus|Iran)\b", re.IGNORECASE)
"""A package or measure against someone is not aid to anyone."""

_SO_FAR = re.compile(r"\s+(?:so\s+far|to\s+date|yet|ever|already|there|here|in\s+(?:years|decades)|"
                     r"(?:still|currently)\s+(?:flown|used|operated|"
                     r"held|stored|in\s+service))$")
"""'its biggest aid package so far', 'the jets still flown by its air force', '12 boats there': the words that rank
the thing, or say where it is now, end its name."""

_GIVER_CLAUSE = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?(?:sent|donated|supplied|"
                           r"delivered|paid\s+for|bought|promised|pledged|provided)$")
"""'120 cholera kits it sent': the words that say who gave the thing are no part of its name."""


_FIRST_OBJECT = re.compile(r"^(?:(?:the|its|their)\s+(?:government|ministry|authorities|country)\s+(?=\d|[a-z])|"
                           r"(?:it|them|him|her|us)\s+(?=\d|[A-Z]{0,3}[€$£¥]\s?\d|(?:a|an|some|more|the)\s))")
"""The one given to, named between a verb of giving and what it gives ("gave the ministry 40 ambulances", "has sent
it 12 boats", "had given it $7 million"): no word of the thing."""


_MAKERS_TO_BUILD = re.compile(r"^(?:(?:the|its|their|local|domestic|national|foreign)\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?"
                              r"(?:companies|firms|manufacturers|producers|plants|factories|shipyards?|makers|contractors|"
                              r"workshops|suppliers)\s+to\s+(?:build|produce|make|manufacture|assemble|supply|deliver)\s+")
"""Those paid to make the thing, between a verb of paying and the thing: "will pay Polish shipyards to build four patrol
boats", "is funding local firms to produce 5,000 water filters". What they make is what is given."""

_NOTES_ON = re.compile(r"^(?:and\s+(?:exchanged|signed)\s+)?(?:the\s+)?(?:(?:exchanges?\s+of\s+)?notes|letters|instruments)\s+"
                       r"(?:on|for|concerning|regarding)\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:grant|loan|credit)\b)")
"""The notes two governments sign on a grant or loan, which is what is given: "signed and exchanged notes on a grant of
¥1.8 billion for medical equipment", "exchanged letters on a loan of $40 million"."""

_SHARE_OF_WEALTH = re.compile(r"^(?:(?:about|around|some|at\s+least|up\s+to)\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+"
                              r"(?:its|their|the\s+country[’']s|the\s+nation[’']s)\s+(?:annual\s+)?(?:GDP|GNI|gross\s+"
                              r"(?:domestic|national)\s+(?:product|income)|national\s+income|(?:defen[cs]e\s+)?budget)\s+"
                              r"(?:a\s+year\s+|each\s+year\s+|annually\s+)?(?:on|to|for)\s+")
"""A share of a country's wealth, spent on a thing: "would spend 0.25% of its GDP on military aid for Kenya",
"will give 0.7 percent of its gross national income to development aid". The share says how much, not what:
the thing after "on" is what is given."""

_INCREASE = re.compile(r"^(?:an?\s+)?(?:increase|top-up|boost|rise|augmentation)\s+of\s+(?=(?:(?:more\s+than|over|nearly|"
                       r"almost|about|around|up\s+to|some)\s+)?(?:" + MONEY.pattern + r"))", re.IGNORECASE)
"""'asked for an increase of about $180 million in its programme', 'a top-up of €50m to the loan': a sum added to
what is given already, which is given all the same."""

_CHEQUE = re.compile(r"^(?:an?\s+|the\s+)?(?:symbolic\s+|ceremonial\s+|giant\s+)?(?:cheque|check)\s+(?:for|of|worth)\s+"
                     r"(?=" + MONEY.pattern + r")")
"""'a cheque for $50,000', 'a symbolic cheque worth $2 million': the paper handed over, before the sum it gives."""
_WORK_ON = re.compile(r"^(?:the\s+)?(?:work|talks|negotiations|preparations)\s+(?:on|for)\s+(?=(?:a|an|the|its|their)\s)")
"""'asked the EU to speed up work on a reparations loan', 'to conclude talks on a $2 billion credit line': the work
toward the thing, which is what is asked or given."""

_OF_UP_TO = re.compile(r"(?<=[a-z])\s+of\s+up\s+to\s+(?=" + MONEY.pattern + r")")
"""'a reconstruction loan of up to 40 billion euros': a ceiling on what the thing is worth, whose "to" opens no
receiver."""


_COUNTED_AID = re.compile(r"(?:scholarships|fellowships|ambulances|generators|tents|vaccine\s+doses|"
                          r"water\s+(?:pumps|tanks|filters)|hygiene\s+kits|blankets)$", re.IGNORECASE)
"""Things of aid that, counted, are given when they are announced: "announced 500 scholarships for Lao students"
(a number of projects or measures announced is no gift)."""


_SAID_AT_END = re.compile(r",\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|"
                          r"(?:the|a|an)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?!(?:and|or)\b)[a-z][\w-]*(?:\s+(?!(?:and|or)\b)[a-z][\w-]*)?)"
                          r"(?:\s+(?:in|at|of|for|to)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?"
                          r"\s+(?:said|says|told|added|confirmed|wrote)\b[^.;:,]*\.?\s*$")
"""Who said it, set off after the things at the end of the sentence: "a helicopter and a team of 20 firefighters,
Georgiou told state radio" names no thing, nor "..., the French embassy in Port Vila said"; "..., she said, along with
missiles" goes on with one."""
_WHEN_AFTER = re.compile(r"\s+(?:tomorrow|today|tonight|yesterday|(?:this|next|last)\s+week)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\s*$")
"""When, at the end of the things: "a team of 20 firefighters tomorrow morning" gives the team."""


_DESCRIBING = r"(?:[a-z]+-[a-z]+|[a-z]{3,}(?:ble|ive|ous|ed|ful|ic|ary))"
ADJECTIVES_COMMA = re.compile(r"^(?P<first>(?:(?i:a|an|the|its|their|more)\s+)?" + _DESCRIBING + r"),(?=\s+(?:(?:" +
                              _DESCRIBING + r"|[a-z]{3,}al)\s+[a-z]|[A-Z]{0,3}[€$£¥]\s?\d))")
"""'predictable, multi-year funding', 'flexible, unearmarked grants', 'a five-year, $45 million programme': a comma
between two words that describe one thing, no list; 'tents, blankets and food' names things, and keeps its commas."""

_RECEIVER_FIRST = re.compile(r"^to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,4}\s+"
                             r"(?!(?:to|for|and|or|with|on|in|at|by|as|from|of|over|under|via|through|after|before|during|"
                             r"this|last|next|since|until|early|later|was|were|is|are|has|have|had|will|would)\b)(?=[a-z\d])")
"""The one given to, named between a verb of giving and what it gives: "has delivered to Malawi cholera kits",
"handed over to the Lebanese Army 20 trucks". It is no word of the thing; "to Kenya's army 20 trucks" (a name that
goes on past its possessive) and "to Peru in May" are left as they are."""


_IN_THE_FORM_OF = re.compile(r"^(?:(?:urgent|immediate|international|humanitarian|emergency|financial|material)\s+)?"
                             r"(?:help|assistance|support|aid)\s+in\s+the\s+form\s+of\s+(?=\S)")
"""'assistance in the form of tents, blankets and food': help named by the things it takes."""
_OF_RELIEF = re.compile(r"\b(?:relief|emergency|humanitarian|aid)\b", re.IGNORECASE)
"""'emergency relief goods', 'humanitarian supplies': goods announced as relief are given."""
_DOCUMENTS = frozenset({"agreement", "agreements", "deal", "deals", "contract", "contracts", "accord", "accords",
                        "memorandum", "memoranda", "memorandums", "arrangement", "arrangements"})
"""The heads of a document signed, worth the sum that follows it."""


_MONEY_DOCUMENTS = frozenset({"loan", "loans", "grant", "grants", "credit", "credits", "financing"})
"""The heads of money lent or granted under a document, whose aim an editor records as the thing given."""
_DOCUMENT_AIM = re.compile(r"(?:\s+(?:with|to)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4})?"
                           r"\s+(?:for|to)\s+(?:the\s+)?(?P<aim>(?!the\s)[a-z][^,.;:()—–\"“”]{2,80}?)"
                           r"(?=\s*[,.;:()—–\"“”]|\s+(?:on|last|this|next|in)\s+(?:[A-Z]|\d|week|month|year)|\s+(?:which|that|"
                           r"while|but|after|before|as|when)\s|$)")
"""What a document's money is for, after it or after the party it was signed with: ' for water supply and road
repairs', ' with Chad to rehabilitate water plants', ' to Chad for the construction of a plant'; a name ("for Chad", "for
the Recovery Project") is none, nor is a thing ("for a second phase")."""
_NOT_AN_AIM = re.compile(r"(?:an?|be|help|one|two|three|four|five|six|seven|eight|nine|ten|several|all|both|each|every|many|"
                         r"some|[\w\s-]*\b(?:countries|nations|states|governments)|the\s+first\s+time|its|their|his|her|"
                         r"this|that|(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|decades?))\b")
"""Words after "for" or "to" that name no aim: "to be disbursed", "for the first time", "for five years", "for the
five Andean countries" (the ones it goes to)."""


_RAISED_TO = re.compile(r"(?:\s+(?:to|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?\s+to\s+"
                        r"(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?(?=\S*\d)")
"""'(double) its aid to Sudan to 89 million pounds', '(raise) its funding to $50 million': the sum aid comes to, after
the one it goes to."""


def items(text: str, announced: bool, whole: bool = False) -> list[Found]:
    """What is given, in `text` from where the item starts to the end of the sentence; with `whole`, a
    purpose ("to strengthen surveillance and testing") that is one thing however many its words."""
    rest = CONVERTED.sub("", ABBREVIATION.sub(r"\g<word>", text.lstrip()))
    said = _SAID_AT_END.search(rest)
    if said:
        rest = _WHEN_AFTER.sub("", rest[:said.start()])
    rest = ADJECTIVES_COMMA.sub(r"\g<first>", rest)
    rest = re.sub(r"^at\s+least\s+", "", rest)  # a floor the giver commits to is the sum it gives
    rest = _WHEN.sub("", rest)  # "announced on Thursday a $150 million loan": the day, then the thing
    # "handed over the last of its Mistral missiles": the things, of which these were the last
    rest = re.sub(r"^(?:the\s+)?(?:last|rest|remainder)\s+of\s+(?:its|their|the)\s+", "", rest)
    # "to hand over some of the MiG-29 jets still flown by its air force": a part of the things, which names them
    rest = re.sub(r"^(?:some|several|a\s+few|part|most)\s+of\s+(?:its|their|the)\s+(?=\D)", "", rest)
    rest = _INCREASE.sub("", rest)  # "an increase of about $180 million in its programme": the sum added
    rest = _CHEQUE.sub("", rest)  # "a cheque for $50,000": the sum it pays
    rest = _IN_THE_FORM_OF.sub("", rest)  # "assistance in the form of tents and food": the things
    rest = _WORK_ON.sub("", rest)  # "to speed up work on a reparations loan": the loan
    rest = _OF_UP_TO.sub(" worth up to ", rest, count=1)  # "a loan of up to €40bn": the loan, worth the sum
    approximate = re.match(r"(?:more\s+than|over|nearly|almost|about|around|up\s+to|some)\s+", rest)
    if approximate and not MONEY.match(rest[approximate.end():]) and not re.match(r"\d", rest[approximate.end():]):
        return []  # "more than enough", "some support": no thing counted
    if approximate:
        rest = rest[approximate.end():]  # "up to 300 megawatts of electricity": a number of units all the same
    summed = _SUMMED.match(rest)
    if summed and MONEY.match(rest, summed.end()):
        rest = rest[summed.end():]  # "committed a combined $60 million", "a total of €40m": the sum itself
    more = _MORE.match(rest)
    if more and MONEY.match(rest[more.end():]):
        rest = rest[more.end():]  # "another 5 billion euros"
    rest = _RECEIVER_FIRST.sub("", rest, count=1)  # "delivered to Malawi cholera kits": the kits
    rest = _FIRST_OBJECT.sub("", rest)  # "promised the government training for volunteers": the training
    rest = _NOTES_ON.sub("", rest)  # "signed and exchanged notes on a grant of ¥1.8 billion": the grant
    share = _SHARE_OF_WEALTH.match(rest)
    if share:
        return items(rest[share.end():], announced, whole)  # "0.25% of its GDP on military aid": the aid
    makers = _MAKERS_TO_BUILD.match(rest)
    if makers:
        return items(rest[makers.end():], announced, whole)  # "pay Polish shipyards to build four patrol boats"
    carried = _CARRYING.match(rest)
    if carried and _CARRIER.fullmatch(carried.group("vehicle")):
        return items(rest[carried.end():], announced)  # the cargo, not the plane that carries it
    whole_of = [] if whole else _package_of_list(rest, announced)
    if whole_of:
        return whole_of
    stop = STOP.search(rest)
    phrase = _SO_FAR.sub("", _GIVER_CLAUSE.sub("", rest[:stop.start() if stop else len(rest)]))
    ranked = _RANKED.match(rest)
    if ranked and MONEY.match(rest, ranked.end()):
        return items(rest[ranked.end():], announced)  # "the biggest pledge of the day, $500 million for ...": the sum
    if not phrase or "x" * 3 in phrase or re.match(r"[’']s\b|(?:no|none|nothing)\b", phrase) or not_a_thing(phrase):
        return []  # words said, a possessive's end ("Japan's support in ..."), or "offered no new weapons"
    singled = [] if whole else singled_out(phrase, rest[len(phrase):])
    if singled:
        return singled
    measured = [] if whole else measured_list(rest)
    if measured:
        return measured
    several = [] if whole or holds_list(phrase, rest[len(phrase):]) else comma_list(rest)
    if several:
        return several
    tail = rest[len(phrase):]
    along = _ALONG_WITH.match(tail)
    if along:
        # "20 mine-clearing robots, along with metal detectors, protective suits and training": each one given
        first = items(phrase, announced)
        return (first + (comma_list(tail[along.end():]) or items(tail[along.end():], False))) if first else []
    later = _ALONG_LATER.match(tail)
    if later and not _NAMED_PARTY.match(tail, later.end()):
        # "two launchers to Latvia from army stocks, she said, along with missiles": the thing after the phrases
        # of the first is given as well
        first = items(rest[:len(phrase) + later.start("along")], announced)
        besides = tail[later.end():]
        return (first + (comma_list(besides) or items(besides, False))) if first else []
    aside = _ASIDE_THEN_AND.match(tail)
    if aside and not _NAMED_PARTY.match(tail, aside.end()) and not _CLAUSE_OPENS.match(tail, aside.end()):
        # "Leopard tanks, delivered together with Sweden, and Caesar howitzers": the clause set off on the first
        # thing, then a second thing
        this_thing, following = items(phrase, announced), items(tail[aside.end():], False)
        if this_thing and following:
            return this_thing + following
    again = re.match(r"\s+(?:for|with)\s+", tail) if re.search(r"\s+and$", phrase) else None
    if again:
        # "asked Spain for a Hawk battery and for more shells": the preposition said again opens another thing
        return items(phrase[:phrase.rindex(" and")], announced) + items(tail[again.end():], announced)
    grant = re.match(r"\s+with\s+(?=(?:a|an)\s+(?:[\w-]+\s+)?(?:grant|loan|credit|contribution)\s+of\s+)", tail)
    if grant and not MONEY.match(phrase):
        # "will finance its construction with a grant of 25 million euros": the grant is what is given
        return items(tail[grant.end():], announced)
    money = MONEY.match(phrase)
    share = EARMARKED.search(tail) if money and not whole else None
    if share:
        # "€1.5bn, of which €600m is earmarked for repairing heating networks": the sum, and the share set apart
        return [*items(rest[:len(phrase) + share.start()], announced), earmarked_share(share)]
    thing = thing_after_sum(phrase, money) if money and not whole else None
    second = items(thing, announced) if money and thing else []
    if money and second:
        # "pledged €20 million and 10 ambulances": the sum, and the thing after it
        return items(phrase[:money.end()], announced) + second
    value = value_of(money) if money else None
    wording = phrase
    if money:
        purpose = re.match(r"[^,.;—–]*?(?=\s+and\s|[,;—–]|\.(?!\d)|$|" + _TOLD_AT + "|" + _TO_NAMED_LAST + ")", tail)
        extra = tail[:purpose.end() if purpose else 0]
        if re.match(r"\s+(?:for|in)\s", extra):
            wording = phrase + extra  # "300 million euros for drones", "£120m in humanitarian aid"
        again = _AND_SUM_FOR.match(tail, len(extra)) if re.match(r"\s+for\s", extra) and not whole else None
        if again:
            # "$100m for housing repairs and $50m for school meals": two sums, each for its own aim
            return items(phrase + extra, announced) + items(tail[again.end():], announced)
    name, quantity = name_and_quantity(phrase)
    others: list[str] = []
    head = fold(name).split()[-1] if fold(name) else ""
    # a plan is money set aside with its sum, or as the whole of what others are asked to pay for ("to fund its
    # flood response plan")
    costed = head in _COSTED and (bool(MONEY.match(LEAD.sub("", phrase))) or whole)
    if not head or (head in NOT_AID and not costed) or _SANCTIONS.search(phrase + tail[:40]):
        return []
    lead = fold(name).split()[:fold(name).split().index("of")] if " of " in f" {fold(name)} " else []
    if announced and head not in AID_NOUNS and not set(lead) & AID_NOUNS and not money and \
            not (quantity and (MILITARY.search(name) or _COUNTED_AID.search(name))) and not WEIGHED.match(phrase) and \
            not (head in GENERIC and _OF_RELIEF.search(name)):
        # "a package of 40 generators": the package is announced; "announced 500 scholarships": counted aid;
        # "announced 500 tonnes of powdered milk": goods weighed out (`WEIGHED`, in naming) are given when announced
        return []  # "announced a review", "announced new measures": announcing is not giving
    task = None if money or quantity or whole else _help_with_task(name, tail)
    if task:
        # the task is found in the text as written, and named on one line, as an editor writes it
        work = " ".join(task.split())
        return [(Item(work, None, category(work)), wordings_of(work, f"{phrase.strip()}{tail[:tail.index(task)]}{work}"), None)]
    apposition = _APPOSITION.match(tail)
    if apposition and not (money or quantity or AID.search(name)) and AID.search(apposition.group("what")):
        # "would extend Operation Unifier, its military training mission, until 2027": a name the
        # apposition after it says is aid
        others.append(LEAD.sub("", apposition.group("what")))
    elif not (money or quantity or whole or AID.search(name) or GOODS.search(name) or _OPENS_ON_SUM.match(name)):
        return []  # "sent a message", "offered condolences": not aid
    listed = [phrase] if whole else [w for w in things_of(phrase) if w.strip()]
    if len(listed) > 1 and not money:
        # "SCALP cruise missiles and Caesar howitzers": one commitment for each thing, when each is aid
        parts = [name_and_quantity(w) for w in listed]
        # "heat and power plants", "armoured and protected vehicles": one thing, when a part is one word
        # that only describes; "400 oxygen concentrators and 30 ambulances": each counted is a thing
        if each_a_thing(parts, listed):
            return [(Item(n, q, category(n)), wordings_of(w, n), None) for (n, q), w in zip(parts, listed, strict=True)]
    worth = re.match(r"(?:\s+(?:for|to|from|with)\s+[^,.;]{1,60}?)?,?\s+(?:worth|valued\s+at|totall?ing)\s+"
                     r"(?:an?\s+(?:combined|total\s+of)\s+)?"
                     r"(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?", tail)
    if worth and not money:
        after = MONEY.match(tail[worth.end():])
        if after:
            value = value_of(after)
            tail = tail[worth.end() + after.end():]
            if head in GENERIC or head in AID_NOUNS or head in WHOLES or head in _DOCUMENTS:
                # "a package worth 500 million euros", "agreements worth $16 million": the sum is what is given
                others.append(after.group().strip())
    if head in _DOCUMENTS or head in _MONEY_DOCUMENTS:
        # "a $30 million financing agreement with Chad for rural electrification": the sum, and what the money of
        # the document is for, which is what an editor records of it
        sum_first = MONEY.match(LEAD.sub("", phrase))
        others += [sum_first.group().strip()] if sum_first else []
        paid_for = _DOCUMENT_AIM.match(tail)
        others += [paid_for.group("aim").strip()] if paid_for and not _NOT_AN_AIM.match(paid_for.group("aim")) else []
    raised = _RAISED_TO.match(tail) if head in AID_NOUNS and not money and not worth else None
    total = MONEY.match(tail, raised.end()) if raised else None
    if total:
        # "would double its aid to Sudan to 89 million pounds": the aid, and the sum it comes to
        value = value_of(total)
        others.append(total.group().strip())
    including = re.search(r"^(?:[^.;]|\.\d){0,80}?\s*[—–,]?\s*\b(?:including|containing|consisting\s+of|"
                          r"made\s+up\s+of|comprising|such\s+as|covering|"
                          r"(?:that|which)\s+(?:(?:it|they|he|she)\s+(?:said|says?)\s+)?(?:will\s+|would\s+)?"
                          r"(?:includes?|contains?|covers?|comprises?|consists?\s+of)|"
                          r"saying\s+it\s+would\s+(?:include|cover|contain|fund|pay\s+for))\s+"
                          r"(?P<list>(?:[^—–.;]|\.\d)+)", tail)
    including = including or (WITH_LIST.match(tail) if holds_list(phrase, tail) else None) or set_off_list(tail)
    if including and head in GENERIC | AID_NOUNS | WHOLES and (not money or head in WHOLES):
        # "a €1.9bn winter package comprising four systems and 30 tanks": a package worth a sum lists as well
        # "... for families returning from Lebanon and Jordan": a name alone is the last thing's place, no thing;
        # "..., rope and tool kits, to Chile": the receiver after the list, no thing either
        listed = [w.strip() for w in things_of(TO_NAMED_AFTER.split(LIST_TAIL.split(including.group("list"))[0])[0])
                  if w.strip() and not not_a_thing(w)
                  and not re.fullmatch(r"(?:(?:to|for)\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", w.strip())]
        named = [n for n, _ in map(name_and_quantity, listed) if n]
        if head in GENERIC - {"package", "support"}:
            each: list[Found] = [(Item(n, q, category(n)), (n,), None) for n, q in map(name_and_quantity, listed) if n]
            if len(fold(_MEASURE.sub("", name)).split()) > 1 and each and not _VAGUE.search(name):
                # "emergency relief supplies, including tents and blankets": supplies of a kind are a gift an
                # editor records as a whole, as a package, besides each thing they include
                return [(Item(name, quantity, category(name)), wordings_of(wording.strip(), name), value), *each]
            return each
        if head in WHOLES:
            # "a package including 20 tanks and ammunition": the package, and each thing it lists
            things = [listed_thing(w) for w in listed]
            return [(Item(name, quantity, category(name + " " + wording)), wordings_of(wording.strip(), name, *others), value),
                    *(t for t in things if t is not None)]
        others += named  # support "including" what it lists is one commitment
    cover = SUM_COVERS.match(tail) if money else None
    covered = contents(cover.group("list")) if cover and not AID_NAMED.search(phrase + tail[:cover.start("list")]) else []
    if covered:
        # "€40 million in grants covering housing repairs, water systems and early warning systems": the sum,
        # and each thing it is said to pay for
        own = COVER_WORD.split(wording)[0].strip()  # the sum's own words end where what it pays for begins
        return [(Item(name, quantity, category(name + " " + own)), wordings_of(own, name, *others), value), *covered]
    aim = None if money or quantity else purpose_of_support(name, tail)
    if aim:
        return [(Item(aim, None, category(aim)), wordings_of(aim, wording.strip(), name, *others), value)]
    if not (money or quantity or others or value) and _BARE_SUPPORT.fullmatch(name) and not _AIMED.match(tail):
        return []  # "offered its continued support to Fiji": no thing an editor could record
    own_thing: Found = (Item(name, quantity, category(name + " " + wording)), wordings_of(wording.strip(), name, *others),
                        value)
    return [own_thing, *(sum_includes(phrase, tail) if money and not whole else [])]



_PACKAGE_OF = re.compile(r"(?:(?:a|an|the|its|their|another|new)\s+)*(?P<whole>(?:[\w-]+\s+){0,3}?"
                         r"packages?)\s+of\s+(?!" + MONEY.pattern + r"|(?:about|around|some|up\s+to|"
                         r"nearly|more\s+than|over)\s)", re.IGNORECASE)
"""'a package of medical supplies, tents and 20 ambulances': a whole named by what it holds."""


def _package_of_list(rest: str, announced: bool) -> list[Found]:
    """A package "of" a list of things: the package, and each thing it holds, as an editor records a package
    with its contents ('pledged an emergency package of rice, cooking oil and water filters'). Only a list of two
    things of aid or more; "a package of $20 million" and "a package of reforms" hold none."""
    whole_of = _PACKAGE_OF.match(rest)
    if whole_of is None:
        return []
    parts = items(rest[whole_of.end():], announced)
    if len(parts) < 2 or any(p[2] is not None or not (p[0].quantity or AID.search(p[0].name) or GOODS.search(p[0].name)
                                                       or plain_noun(p[0].name)) for p in parts):
        return []
    name = whole_of.group("whole")
    return [(Item(name, None, parts[0][0].category), wordings_of(name), None), *parts]


_TOLD_AT = r"\s+(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:(?:a|an|the|this|last|its|[A-Z][\w’'-]*[’']s)\s+)?" \
           r"(?:[\w’'-]+\s+){0,3}?(?:meeting|conference|summit|session|ceremony|forum|gathering|round\s*table|" \
           r"talks|visit|event|dinner|briefing)\b"
"""Where a gift was told, which ends what a sum is for: "$5 million for schools at a meeting in Apia", "€2m for clinics
during the donors' conference"; not a place the aim is at ("for new wells at Lodwar")."""
_TO_NAMED_LAST = r"\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*(?=\s*(?:[,;—–]|\.(?!\d)|$)|" + _TOLD_AT + ")"
"""The receiver named after what a sum is for, no part of the aim: "$5 million for schools to Samoa at the forum";
not "for repairs to Ukraine's grid", whose aim goes on past the name."""
_AND_SUM_FOR = re.compile(r"\s+and\s+(?:(?:a\s+)?(?:further|another|additional)\s+)?(?=(?:" + MONEY.pattern +
                          r")\s+(?:for|towards?)\s)")
"""A second sum with an aim of its own after the first: "$100m for housing repairs and $50m for school meals"."""

_HELP = re.compile(r"(?:(?:technical|financial|practical|urgent|international)\s+)?(?:help|assistance|support)")
_TASK = re.compile(r"\s+(?:in|with)\s+(?P<what>[a-z]{3,}ing\s[^,;:.—–()\"“”]{3,100}?)"
                   r"(?=\s*[,;:—–()\"“”]|\.(?!\d)|\s+(?:which|where|while|but|so\s+that|because)\b|\s+to\s+(?:the\s+)?[A-Z]|$)")


def _help_with_task(name: str, tail: str) -> str | None:
    """"help in extending piped water to the settlements around Beira", "support with rebuilding the bridges of
    the delta": help named only by the task it is for, which is what an editor records as the thing asked or given,
    when the task is the work of aid; not "help in the coming weeks" nor "help in dealing with the crisis"."""
    if not _HELP.fullmatch(name.lower()):
        return None
    task = _TASK.match(tail)
    if task is None or not (AID.search(task.group("what")) or GOODS.search(task.group("what"))):
        return None
    return task.group("what")


_OPENS_ON_SUM = re.compile(r"(?:(?:further|additional|extra|new|fresh|first|second|third|final)\s+)*(?:" + MONEY.pattern + r")"
                           r"\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*$")
"""A thing worth a sum, whatever its head: "a US$150 million credit", "a €20m facility", "a $5 million
disbursement" are money given."""

_WHEN = re.compile(r"^(?:[Oo]n|[Ii]n|[Dd]uring)\s+(?:the\s+)?(?:" + DAY + r"(?:\s+\d{1,2})?|\d{1,2}\s+" + DAY + r"|\d{4})"
                   r"(?:\s+\d{4})?,?\s+(?=\S)")
"""A date between a verb of giving and what it gives: "pledged on Tuesday 20 ambulances"."""
_CARRIER = re.compile(r"^(?:(?:a|an|the|one|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:plane|aircraft|airlift|flight|"
                      r"ship|vessel|convoy|truck|lorr(?:y|ies)|train|(?<=air\sforce\s)transport|"
                      r"(?<=military\s)transport)s?", re.IGNORECASE)
_CARRYING = re.compile(r"(?P<vehicle>[^,;:.]{1,60}?)(?:\s+(?:to|into|for)\s+[^,;:.]{1,40}?)?,?\s+"
                       r"(?:carrying|loaded\s+with|with\s+a\s+cargo\s+of)\s+")
"""'dispatched an aircraft to Quetta carrying 50 tonnes of relief supplies': the vehicle brings the gift, which
is what it carries."""

_RANKED = re.compile(r"(?:the\s+)?(?:single\s+)?(?:largest|biggest)\s+(?:single\s+)?(?:package|pledge|contribution|"
                     r"commitment|donation|gift)(?:\s+of\s+the\s+(?:day|meeting|conference|summit|session|evening))?"
                     r"\s*[,:]\s+", re.IGNORECASE)
"""'the biggest pledge of the conference, $500 million for schools': a rank, then the sum it ranks."""
_MEASURE = re.compile(r"^.*\b(?:tonnes|tons|kilos|kilograms|truckloads|planeloads|containers|pallets)\s+of\s+", re.IGNORECASE)
"""'40 tonnes of supplies': the supplies weighed, which say of what kind no more than "supplies" alone."""
_VAGUE = re.compile(r"\b(?:array|range|variety|number|lot|host|series|mix|set|kinds?|sorts?|types?)\s+of\b", re.IGNORECASE)
"""'a wide array of equipment, including ...': words that only say there are several things, each listed after."""

_ALONG_WITH = re.compile(r",?\s+(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+")
_ALONG_LATER = re.compile(r"(?:\s+(?:to|for|from|before|after|by|in|on|at|within|during|over|until|next|this|later)\s"
                          r"[^,;:.—–()\"“”]{1,100}?)?(?:,\s+(?:he|she|they|it|officials|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                          r"(?:said|says|added|announced))?(?P<along>,\s+(?:along\s+with|together\s+with|as\s+well\s+as)\s+)"
                          r"(?!(?:to|for|in|on|at|with|by|from)\s)")
"""The phrases of a first thing (its receiver, its time, who says it), then a second thing: "two launchers to
Latvia before May, she said, along with missiles", "an extra grant for schools, as well as 40 buses"; a phrase as
long as what a sum is for ("¥40bn in grant aid for the reconstruction of the flooded northern provinces, as well as
equipment for the fire service")."""
_NAMED_PARTY = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*(?:[’']s\s|\s*[,.;]|\s+(?:and|to|in)\s|$)")
"""A name after "along with": one who gives alongside ("along with Sweden", "as well as Denmark's navy"),
not a thing given."""
_ASIDE_THEN_AND = re.compile(r",\s+(?:[a-z]{3,}ed|built|bought|made|sent|paid\s+for|flown|given)\s[^,;:.—–()\"“”]{1,60}?,"
                             r"\s+and\s+")
"""', delivered together with Sweden, and': a participle's clause set off on the thing before it, then the next
thing of the list."""
_CLAUSE_OPENS = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+ed|said|says|sent|gave|has|have|had|will|would|"
                           r"is|are|was|were|also)\b")
"""'and Italy sent tents': a clause with a subject of its own, no thing of the list."""
_APPOSITION = re.compile(r",\s+(?P<what>(?:its|their|the|a|an)\s+[^,;:.—–]{3,80}?)\s*(?:,|[.;—–]|$)")
"""', its military training mission for Ukrainian soldiers,': what the name before it is."""

_BARE_SUPPORT = re.compile(r"(?:(?:continued|continuing|full|fullest|unwavering|steadfast|strong|firm|ongoing|lasting|"
                           r"unconditional|total|further|more|renewed|political|diplomatic|moral)\s+)*"
                           r"(?:support|assistance|help|cooperation|co-operation|partnership)", re.IGNORECASE)
"""'support', 'its unwavering support', 'continued assistance', 'continued cooperation with Mozambique', 'a strong
partnership': help that names neither a kind ("budget support", "technical cooperation"), nor a sum, nor an aim, which
is a stance more than a thing given."""
_AIMED = re.compile(r"\s+(?:for|towards?|in|with)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s|"
                    r"(?!the\s)[a-z])|"
                    r"\s+to\s+(?!(?:the|its|their|his|her|a|an)\b)[a-z]")
"""'support for Fiji's health sector', 'support to extend the grid': support with an aim, which is a thing given."""
