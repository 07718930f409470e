"""Commitments: who gives what to whom, and how far along it is, read from clauses such as
"Germany pledged two more IRIS-T systems to Ukraine" or "Kravets asked Germany for Taurus missiles"."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass, replace
from itertools import pairwise

from generator.content.ids import slug, unique
from generator.editing.draft.actors import BULLET, SUBJECT_GAP, Actor, Cast, entry_start
from generator.editing.draft.gazetteer import CAPITALS, ENTRIES
from generator.editing.draft.items import (
    ADJECTIVES_COMMA,
    AID,
    GOODS,
    HUMANITARIAN,
    MILITARY,
    MONEY,
    Found,
    contents,
    items,
    package,
    shares,
)
from generator.editing.draft.model import LIKELY, SURE, Commitment, Item, Meeting, Quote
from generator.editing.draft.quoted_commitments import quoted_commitments, told_outside
from generator.editing.draft.quotes import channel
from generator.editing.draft.text import Article, Span, fold

_WORDS_OFFERED = r"(?!\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+)?(?:its|their|his|her|our)\s+" \
    r"(?:(?:full|fullest|continued|continuing|strong|unwavering|unconditional|total|complete|wholehearted|political|" \
    r"diplomatic|moral|firm|steadfast|unequivocal|unreserved|warm|deep|deepest|sincere|heartfelt)\s+){0,2}" \
    r"(?:support|backing|solidarity|sympathy|sympathies|condolences|encouragement|blessing|good\s+offices)\b" \
    r"(?!\s+(?:package|programme|program|worth|of\s+(?:[A-Z]{0,3}[€$£¥]|\d))))"
"""'offered its full support to Chad', 'offers Chad its solidarity': backing said in words, not a thing given;
'offered its support package of $5 million' still gives."""
_SUM_AFTER = r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|another\s+|(?:a|an)\s+(?:further|additional|" \
    r"extra)\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d[\d.,]*\s*(?:million|billion|bn|m)\b|(?:NOK|SEK|DKK|CHF|EUR|USD|GBP)\s?\d)"
"""A sum right after a verb that gives only money: "ring-fenced $5 million", "is channelling €20m"."""
_TOPPED_UP = r"\s+up\s+(?:its|their|his|her|the)\s+(?:[^.;:,]{0,60}?\s)?(?:by|with)(?=\s+(?:a\s+further\s+|another\s+|" \
    r"an?\s+(?:additional|extra)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d))"
"""'topped up its grant to Chad with a further $5 million', 'will top up its contribution by €2m': what is given
is the sum added, after "by" or "with"."""
_INTO = r"(?=\s+(?:up\s+)?(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+|some\s+|about\s+)?(?:[A-Z]{0,3}[€$£¥]|\d|" \
    r"(?:NOK|SEK|DKK|CHF|EUR|USD|GBP)\s)(?:[^.;]|\.\d){0,40}?\s+(?:into|towards?)\s)"
"""'poured $5 million into schools in Chad': money put into something, its sum right after the verb."""
_RESUMED_AID = r"\s+(?:(?:part|some|most|all|much)\s+of\s+)?(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?" \
    r"(?:aid|loans?|[\w]+-loan|assistance|funding|deliveries|shipments|disbursements?|grants?|" \
    r"(?:budget|budgetary|development|financial)\s+support)\b"
_RESUME = r"(?:resume|restart|restore)(?=" + _RESUMED_AID + ")"
"""'would restart 11 yen-loan projects', 'will resume aid to Chad', 'would restore part of its budget support to
Mali': aid given again after a pause, the whole or a part of it; 'restore order' or 'restore the bridge' gives
no aid back."""
_ADD = r"add(?=" + _SUM_AFTER + r"|\s+(?:a|an)\s+(?:[A-Z]{0,3}[€$£¥]\s?\d|\d)(?:[^.;:,]|[.,]\d){0,30}?\s+" \
    r"(?:grant|loan|contribution|donation|tranche)\b)"
"""'said Madrid would add 25 million euros for flood defences', 'will add a $12 million grant to UNICEF': a sum put
on top of what was given; 'would add pressure on Chad' or 'added that aid was coming' gives nothing."""
_SUPPORT_BUILDING = r"support(?=\s+the\s+(?:construction|expansion|rehabilitation|reconstruction|rebuilding|renovation|" \
    r"refurbishment|repair|upgrading|upgrade|moderni[sz]ation|building)\s+of\b)"
"""'will support the construction of 20 schools in Chad': what is built is given; 'support the creation of a
commission' or 'support Chad's bid' gives nothing."""
_SUM_MADE_AVAILABLE = r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|another\s+|(?:a|an)\s+(?:further|additional|" \
    r"extra)\s+)?(?:[A-Z]{0,3}[€$£¥]|[A-Z]{3}\s\d|\d)(?:[^.;:,]|[.,]\d){0,60}?\s+available\s+(?:to|for)\s"
"""'will make up to $1.2 billion available to Chad', 'would make $95 million available to the three Baltic
states', 'available for private projects': a sum the giver puts at the disposal of those it names, the sum said
between the verb and its adjective."""
_AVAILABLE = re.compile(r"\s+available\s+(?:to|for)\s")
_SUM_OF_MONEY = r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|another\s+|(?:a|an)\s+" \
    r"(?:further|additional|extra|new)\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|(?:NOK|SEK|DKK|CHF|EUR|USD|GBP)\s?\d|" \
    r"\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:euros?|dollars|pounds|francs|yen|kroner|kronor|krona|yuan|rupees)\b)"
"""A sum that can only be money, a currency told by its sign or its name: 'confirmed a further 40 million euros',
'has invested more than $600 million'; '2 million people' or '40 tonnes' is no sum."""
_SUM_FOR = _SUM_OF_MONEY + r"(?:[^.;,]|[.,]\d){0,20}?\s+(?:for|to)\s"
"""'confirmed a further 40 million euros for winter heating': a sum told with what or whom it is for; 'confirmed $2
billion in losses' is a figure, no aid."""
_SET_OUT = r"(?:set|sets|rolled|rolls|laid|lays)\s+out(?=\s+(?:(?:a|an|another|its|their)\s+)?(?:(?:new|further|" \
    r"additional|fresh)\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d[\d.,]*\s*(?:million|billion|bn|m)\b))"
"""'Britain has set out a £12m package for the response', 'rolled out a €75m programme', 'laid out $3 billion in
aid': a sum made public as a plan is pledged; 'set out his plans for the economy', with no sum, gives nothing."""
_POSTED = r"(?:station|post|second)(?=\s+(?:(?:up\s+to|about|some|around|another|a\s+further)\s+)?(?:\d|(?:two|three|" \
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b|(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:team|" \
    r"contingent|unit|battalion|battery|squadron|detachment|group)\b))"
"""'Germany will station two Patriot fire units in Lithuania', 'will post a police contingent to Kosovo', 'will
second a team of engineers to Uganda': people or units placed with another country; 'post a loss', with no number or
unit counted, gives nothing."""
_FIELD_HOSPITAL = r"(?=\s+(?:(?:a|an|another|its|their|two|three|\d+)\s+)(?:[\w-]+\s+){0,2}?field\s+hospitals?\b)"
"""'has opened a 150-bed field hospital in Gaza', 'will set up two field hospitals in Hatay': a hospital a state or an
agency sets up where help is needed is help given there; 'opened a new embassy' or 'opened a hospital wing' is not."""
_REDIRECT = r"(?:redirect|reallocate|repurpose|reprogram(?:me)?)(?=" + _SUM_AFTER + r"|\s+(?:[A-Z]{0,3}[€$£¥]|\d))"
"""'was prepared to redirect US$50 million from an existing loan to Lebanon': money moved to a new use is given
for it; 'redirect the convoy', with no sum, gives nothing."""
_READINESS = r"(?:stated|states|expressed|expresses|declared|declares|confirmed|confirms|signall?ed|signals|reaffirmed|" \
    r"reaffirms)\s+(?:its|their|his|her)\s+(?:readiness|willingness)\s+to"
"""'The bank stated its readiness to provide a loan', 'Oslo expressed its willingness to fund': a promise told as a
readiness, as "is ready to provide" is."""
_OVER_TO = r"(?:\s+the\s+keys\s+(?:of|to))?(?=\s+(?:(?:the|its|their|a|an|another|some|about|nearly|over)\s+)?" \
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+" \
    r"(?:[\w-]+\s+){1,5}?over\s+to\s+(?:the\s+)?[A-Z])"
"""'will hand 40 trucks over to the Ukrainian army', 'handed the keys of 20 ambulances over to the Moldovan health
ministry': a particle verb split by a counted object, read as "hand over" (the keys stand for what they open); an
object not counted is an office or a duty ("handed the chairmanship over to Finland", "the case over to
prosecutors") and gives nothing."""
_MORE_OF = r"\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:exports|supplies|deliveries|shipments|flights|aid|" \
    r"assistance|funding)\s+to\s+(?:the\s+)?"
_MORE_SENT = r"(?:increase|expand|boost|scale\s+up|ramp\s+up|double|triple)(?=" + _MORE_OF + "[A-Z])"
"""'Poland would increase electricity exports to Ukraine', 'will expand its humanitarian air bridge flights to Sudan':
more of a supply sent to the one named after "to"; 'increase exports to Asia' names a market, which the cast
does not hold; 'boost its exports' names no one it goes to."""
_LAUNCHED_SUM = r"(?=\s+(?:a|an|its|their|the)\s+(?:(?!(?:appeal|for)\b)[\w,-]+\s+){0,3}?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d)" \
    r"[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?(?:\s+(?!to\b)[\w-]+){0,2}?\s+" \
    r"(?:programme|program|project|fund|facility|initiative|scheme)s?\b)"
"""'USAID today launched a five-year, $45 million programme to reduce malaria deaths in Uganda': a programme
with its sum, begun by its funder, is money given; 'launched a new programme' or 'launched a 10-point plan',
with no sum, gives nothing, and 'launched an appeal for $20 million to fund' asks."""
_GIVE = r"(?:send|provide|supply|give|donate|deliver|distribute|install|deploy|finance|fund|co-?finance|co-?fund|" \
        r"transfer|hand\s+over|hand" + _OVER_TO + "|" + _POSTED + "|" + _ADD + "|" \
        r"hand(?=\s+(?:the\s+)?[A-Z])|extend|" \
        r"allocate|contribute|pay\s+for|lend|ship|dispatch|make\s+available|guarantee|train|release|disburse|" \
        r"bring\s+forward|unlock|free\s+up|pay|" + _REDIRECT + r"|put\s+up(?=" + _SUM_AFTER + r")|" \
        r"gift|mobili[sz]e|earmark|set\s+aside|grant|award|" \
        r"make(?=" + _SUM_MADE_AVAILABLE + r")|ring-?fence(?=" + _SUM_AFTER + r")|top" + _TOPPED_UP + r"|" \
        r"(?:pump|inject)" + _INTO + "|" + _RESUME + "|" + _SUPPORT_BUILDING + "|" \
        r"(?:fly|airlift|truck)(?=\s+(?:in\s+)?(?!(?:to|into|in|out|back|home|over|from|with|by|on|at)\b)[\w€$£])|" \
        r"(?:spend|invest)(?=\s+(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+|more\s+than\s+)?[€$£\d]|" + \
        _SUM_OF_MONEY + r")|" \
        r"support(?=\s+(?:the\s+)?[A-Z][^,.;]{0,40}?\s+with\s+(?:(?:a|an|another)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d))|" \
        r"make(?=\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:contribution|donation)\b)|" \
        r"(?:hold|run|host|conduct|organi[sz]e|launch|start)(?=\s+(?:(?:a|an|the|its)\s+)?(?:new\s+)?(?:[\w-]+\s+){0,4}?" \
        r"(?:course|training|workshop)s?\b)|" \
        r"(?:open|set\s+up|establish|erect|build)" + _FIELD_HOSPITAL + "|" \
        r"(?:put|channel|pour|plough|plow)(?=\s+(?:up\s+)?(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+|" \
        r"some\s+|about\s+)?(?:[A-Z]{0,3}[€$£¥]|\d|(?:NOK|SEK|DKK|CHF|EUR|USD|GBP)\s)(?:[^.;]|\.\d){0,64}?\s+" \
        r"(?:into|towards?)\s)|" \
        r"offer(?!\s+to\b)" + _WORDS_OFFERED + "|" + _MORE_SENT + "|" \
        r"cover\s+the\s+(?:full\s+)?costs?\s+of|foot\s+the\s+bill\s+for|commit(?=\s+(?:[€$£]|\d|(?:a|an)\s+(?:further|" \
        r"additional|extra|new)|(?:another|more|further|additional)\s)))"
_GIVING = r"(?:sending|providing|supplying|giving|donating|delivering|distributing|installing|deploying|financing|" \
          r"(?:co-?)?funding|co-?financing|channell?ing(?=" + _SUM_AFTER + r")|" \
          r"transferring|handing\s+over|handing" + _OVER_TO + "|lending|shipping|contributing|allocating|gifting|" \
          r"dispatching|earmarking|pledging|" \
          r"granting|disbursing|releasing|mobili[sz]ing|committing(?!\s+to\b)|covering\s+the\s+(?:full\s+)?costs?\s+of|" \
          r"paying\s+for|setting\s+aside|(?:putting|pouring|ploughing|plowing|pumping|injecting)" + _INTO + "|" \
          r"offering(?!\s+to\b)" + _WORDS_OFFERED + \
          r"|(?:spending|investing)(?=\s+(?:another\s+)?[€$£\d]))"
"""The verbs of giving, in a lexicon broad enough for any writer's choice: whatever the verb, the
rules read its giver, receiver and item from the clause alone."""
_GIVING_WITH_SUBJECT = r"(?:promising|pledging|offering|committing|announcing|earmarking|unveiling|providing|sending|" \
    r"donating|contributing|allocating|granting|lending|giving|adding)(?=\s+(?:(?:a|an)\s+(?:further|additional|extra|" \
    r"new)\s+|another\s+|up\s+to\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|a\s+)?(?:[A-Z]{0,3}[€$£¥]|[A-Z]{3}\s\d|\d))"
"""'..., with the European Union promising 210 million euros to help', '..., Spain offering 5 million euros': a
participle with a subject of its own, after a comma, gives as a finite verb would; only with a figure after it."""
_STEP_UP = r"step\s+up\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:support|aid|assistance|funding|help)\s+(?:for|to)(?=\s)"
"""'will step up its support for water pumps in Chad': more of what is given, a promise only where a verb of the
future opens it ("and step up grant aid for flood control, the two said" tells of a package told elsewhere)."""
_BUY = r"(?:buy|purchase|procure|order)"
"""Buying is giving only when the text says for whom: "will buy 800,000 shells for Ukraine"."""
_ADVERBS = r"(?:(?:also|already|now|jointly|soon|further|then|still|quickly|swiftly|together|since|so\s+far|to\s+date|" \
           r"recently|previously|collectively|separately|formally|officially|once\s+again|again|finally|each|instead|all|" \
           r"meanwhile|likewise|additionally|shortly|initially|(?!(?:sup|ap|re|com|multi)ply\b)[a-z]{3,}ly)\s+)*"
"""Adverbs between an auxiliary and its verb: "has so far provided", "will also send"."""
_PASSIVE = r"(?:given|sent|provided|supplied|handed|offered|delivered|granted|allocated|promised|lent|loaned|pledged|" \
           r"donated|transferred|shipped|earmarked|committed|(?:co-?)?financed|(?:co-?)?funded|turned(?=\s+over)|" \
           r"(?:released|disbursed)(?=\s+(?:[\w-]+\s+){0,2}?by\s)|paid(?=\s+out\s+to\s))"
"""'was released by the EU', 'were disbursed by the World Bank': money paid out, its payer after "by"; only with a
sum told before the verb (`_PAID_OUT`), since "the hostages were released by the rebels" gives nothing."""
_PAID_OUT = re.compile(r"\b(?:released|disbursed)\b")
_GIFT_NOUN = r"(?:pledge|donation|gift|contribution|transfer|delivery|deliveries|provision|grant|loan|shipment|" \
             r"consignment|tranche|allocation|supplies|supply|handover|hand-over|" \
             r"(?:deployment|dispatch)(?=\s+of\s[^.;:]{0,80}?\sby\s+(?:the\s+)?[A-Z]))s?"
"""Nouns that name a gift: "Germany's pledge of four systems", "a donation of 50 ambulances from Austria",
"a €100 million grant from the EU": the same fact as a verb of giving, said as a noun. A deployment is a gift only
with who sent it after "by" ("the deployment of 250 rescuers by Chile"): "the deployment of troops to the
border" sends no help to anyone."""
_PAYOUT_NOUN = r"(?:disbursement|provision|supply)"
"""'the disbursement by the European Commission of €3.1 billion to Ukraine', 'the provision by Japan of 12 boats': the
noun of a sum paid out or a thing supplied, its payer after "by" and what it pays after "of" (`_gift_by`); not
"payment", which as often repays a lender ("the payment by Ukraine of $500 million to the IMF")."""
_TO_NAME = r"(?:to|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,4}"
"""'a $150 million concessional loan to Pakistan from the Asian Development Bank': the one a gift goes to, named between
the noun and "from" its giver; a name only, so that "a loan to rebuild schools from next year" stays out."""
_NOMINAL = ("gift_of", "gift_from", "gift_to", "gift_by")
_BUILT = r"(?:build|rebuild|construct|reconstruct|renovate|refurbish|repair|restore|equip|upgrade|moderni[sz]e|" \
         r"support\s+the\s+(?:establishment|construction|creation|building|rehabilitation)\s+of)\b"
"""'under which Romania will rebuild 14 kindergartens': what a document commits a side to build for the other."""
_REACHED_PEOPLE = r"(?:people|persons|families|households|children|refugees|villagers|residents|survivors|patients|" \
                  r"farmers|women|migrants|beneficiaries|displaced\s+people)"
"""'has reached 85,000 people with food assistance': aid agencies count what they gave by whom it reached."""
_WORDS_SENT = r"(?!\s+(?:(?:to\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+)?(?:(?:a|an|its|their|his|her|the)\s+)?" \
    r"(?:[\w-]+\s+){0,2}?(?:message|letter|note|greeting|wish|wishes|condolence|congratulation|signal|invitation|telegram|" \
    r"envoy|delegation)s?\b)"
"""'sent to Chad a message of support', 'sent Chad a letter of condolence': words or people sent, not a thing given."""
_SHIFTED_TO = r"(?:paid\s+out|disbursed|transferred|handed\s+over|delivered|released|sent|shipped|donated|supplied|" \
    r"dispatched)\s+to(?=\s+(?:the\s+)?[A-Z][\w’'-]*" \
    r"(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:the|a|an|its|their|another|some|\d|[A-Z]{0,3}[€$£¥]))" + _WORDS_SENT
"""'paid out to Chad the first tranche', 'has delivered to Peru a further 30 boats': the one who receives named
before the thing, which a long name sends to the end; the verb, "to" and all, leaves the receiver right after it."""
_SUM_NEEDED = r"\s+(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+|some\s+|about\s+|nearly\s+|at\s+least\s+|" \
    r"more\s+than\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d[\d.,]*\s*(?:million|billion)\s+(?:dollars|euros|francs|pounds|yen)\b)"
"""'WFP urgently requires US$9.5 million to continue assistance': a body that needs a sum asks for it."""
_REQUESTED_THING = r"(?=\s+(?:(?!(?:of|about|on|into|over|from|with|to|that|which|for)\b)[\w€$£¥.,’'-]+\s+){0,5}?" \
    r"(?:[A-Z]{0,3}[€$£¥]|\d|(?i:" + AID.pattern + "|" + GOODS.pattern + r"))(?![^.;:]{0,80}?\bfrom\s+(?:the\s+)?[A-Z]))"
"""'Malawi has submitted a request for a further 2 million doses', 'Fiji lodged a formal request for 40 water pumps':
a request whose object is aid or a count of things, made of no one named, asks as 'an appeal for' does; not 'a
request for an extension of the deadline', nor 'a request for comment'."""
_HELPERS_WORDS = r"\b(?:rescuers|rescue\s+(?:workers|teams?|personnel|specialists)|search[- ]and[- ]rescue|fire-?fighters|" \
    r"medics|paramedics|doctors|nurses|deminers)\b"
"""'the flight also carried 87 Qatari search-and-rescue personnel': helpers a vehicle brought, counted and named by
the nation that sends them."""
_AGREED_WHEN = r"(?:\s+(?:on|late\s+on|earlier\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|" \
    r"\s+(?:last|this)\s+(?:week|month|year)|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" \
    r"yesterday|today)(?:\s+(?:night|evening|morning))?)"
"""'Norway's cabinet agreed on Friday to provide 500 million kroner', 'agreed last week to send': the day a decision was
taken, said between "agreed" and its verb of giving; not with a verb of buying ("agreed on Tuesday to buy
air-defence systems together" buys for themselves)."""
_TO_BODY_SAID_SHORT = r"to\s+the\s+(?P<short>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s+"
"""'two vessels handed over to the coast guard by Japan', where the text has named the Philippine Coast Guard:
a body told again by the last words of its name, in lower case."""
_HAS = r"(?:(?:has|have|had)\s+(?:also\s+|formally\s+|now\s+|already\s+)?)?"
"""'has sent a written request to': the auxiliary read with the request, which a verb of giving would take first."""
_VERBS = re.compile(
    rf"(?P<recv_future>\b(?:will|would|(?:is|are)\s+(?:also\s+)?to|(?:is|are)\s+(?:set|due|expected|going)\s+to)\s+{_ADVERBS}"
    rf"(?:receive|get|obtain|be\s+(?:getting|receiving)|be\s+{_PASSIVE}(?:\s+with)?)\b|\b(?:was|were|has\s+been|have\s+been)\s+promised\b)|"
    rf"(?P<recv_past>\b(?:(?:has|have|had)\s+{_ADVERBS}(?:received|obtained|secured|got|been\s+{_PASSIVE}(?:\s+with)?)|"
    rf"received|obtained|secured|(?:is|are)\s+receiving|(?:was|were)\s+{_ADVERBS}{_PASSIVE}(?:\s+with)?)\b|"
    rf"\b(?:was|were|(?:has|have|had)\s+been)\s+{_ADVERBS}distributed(?=\s+to\s)|"
    rf"\b(?:took|takes|(?:has|have|had)\s+{_ADVERBS}taken)\s+(?:delivery|receipt)(?:\s+(?:last|this|on)\s+\w+)?\s+of\b|"
    rf"\b(?:has|have|had)\s+{_ADVERBS}been\s+receiving\b)|"
    rf"(?P<reached_with>\b(?:(?:has|have|had)\s+{_ADVERBS})?reached\s+(?=(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|"
    rf"some\s+|about\s+|around\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+)?{_REACHED_PEOPLE}(?:\s+(?:in|across)\s+[^,;:.]{{1,50}}?)?\s+with\b))|"
    rf"(?P<bound_for>\b(?:left|departed|sailed\s+from|set\s+sail\s+from|took\s+off\s+from)\b(?=[^.;:]{{0,80}}?\bbound\s+for\s+"
    rf"(?:the\s+)?[A-Z][^.;:,]{{0,40}},\s+carrying\s))|"
    rf"(?P<thanks_to>\b(?<![\w,]\s)(?<!\w)[Tt]hanks\s+to\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<arrived>\b(?:(?:has|have|had)\s+)?(?:arrived|reached|landed|docked|touched\s+down|(?:rolled|pulled|drove)\s+into|"
    rf"(?<=,\s)(?:(?:has|have|had)\s+)?joined|"
    rf"crossed\s+(?:the\s+(?:[\w-]+\s+)?border\s+)?into|"
    rf"(?:will|would|(?:is|are|was|were)\s+(?:due|expected|set|scheduled)\s+to)\s+(?:arrive|land|reach|dock|touch\s+down|deploy(?=\s+to\s))|"
    rf"(?:carried|brought)(?=\s+(?:some\s+|about\s+|another\s+)?\d[\d,]*\s+[A-Z][a-z]+\s+[^.;:,]{{0,30}}?{_HELPERS_WORDS}))\b)|"
    rf"(?P<package>(?:\bIt|(?<=\bsaid\s)it|(?<=\bthat\s)it|(?<=,\s)it)\s+(?:includes|comprises|contains|covers|consists\s+of|"
    rf"(?:would|will)\s+(?:also\s+)?(?:include|cover|comprise))\b|"
    rf"\b(?:package|pledges?|contributions?|deliveries|donations?|offer|tranche|grant|consignment|shipment)\b"
    rf"(?:[^.;:]|\.\d){{0,100}}?"
    rf"\b(?:includes|included|include|contains|contained|comprises|comprised|(?:consists|consisted)\s+of|"
    rf"will\s+(?:include|comprise|contain|cover|consist\s+of)|covers|covered|made\s+up\s+of)\b|"
    rf"\b[Aa]mong\s+(?:the\s+)?(?:pledges|commitments|contributions|offers)\b[^.;:]{{0,60}}?\b(?:was|were)\b)|"
    rf"(?P<contribution>(?<=[’']s\s)(?:(?:new|own|other|latest|first|main|biggest|largest|single)\s+){{0,2}}"
    rf"(?:contribution|pledge|commitment|offer)s?(?:\s+(?:announced|unveiled|made)\s+[^:.;]{{0,40}}?)?\s*:\s+(?=\S))|"
    rf"(?P<continues>\b(?:will|would|is\s+to|are\s+to)\s+(?:continue|be\s+extended|be\s+prolonged)\b)|"
    rf"(?P<gerund>\bby\s+(?:announcing|pledging|promising|offering|committing|allocating|earmarking|unveiling|{_GIVING})\b)|"
    rf"(?P<coordinated>(?<=\band\s)(?:to\s+)?(?:(?:also|then|later)\s+)?(?:{_GIVE})\b(?!\s+(?:and|or)\b))|"
    rf"(?P<decision>(?<=[’']s\s)(?:[\w-]+\s+){{0,2}}?(?:decision|pledge|promise|offer|commitment)\s+to\s+{_ADVERBS}"
    rf"(?:{_GIVE}|{_BUY})\b)|"
    rf"(?P<came_from>\b(?:pledges?|announcements?|contributions?|commitments?|offers?|donations?|gifts?|packages?)\s+"
    rf"(?:(?:of|at)\s+the\s+[\w-]+\s+)?came\s+from\s+(?=(?:the\s+)?[A-Z][^.;:,]{{0,60}}?(?::\s|,\s+with\s+(?:an?\s+)?[€$£¥\dA-Z])))|"
    rf"(?P<decision_of>\b(?:decision|pledge|promise|offer|commitment)\s+(?:by|of)\s+(?=(?:the\s+)?[A-Z][^.;:,]{{0,60}}?\s+to\s+"
    rf"{_ADVERBS}(?:{_GIVE})\b))|"
    rf"(?P<gift_by>\b(?:delivery|deliveries|donation|transfer|handover|hand-over|shipment|{_PAYOUT_NOUN})\s+by\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<gift_of>\b{_GIFT_NOUN}\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|(?:on|in)\s+[A-Z][a-z]+\s+)?of\b(?!\s+(?:the\s+)?(?:cooperation|understanding|intent|support\s+for)\b))|"
    rf"(?P<gift_from>\b{_GIFT_NOUN}\s+(?:{_TO_NAME}\s+(?:\([A-Z][\w.&-]{{1,12}}\)\s+)?)?from\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<gift_to>(?<=[’']s\s)(?:[\w-]+\s+){{0,4}}?(?:package|pledge|donation|gift|grant|loan|aid|assistance|tranche)s?\s+(?:to|for)\s+(?=(?:the\s+)?[A-Z])"
    rf"(?![^.;:]{{0,80}}?\b(?:includes|included|include|contains|contained|comprises|comprised|consists|will\s+(?:include|"
    rf"comprise|contain)|covers|covered)\b))|"
    rf"(?P<future>\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set|ready|prepared|"
    rf"poised|willing)\s+to|(?:was|were)\s+(?:ready|prepared|willing)\s+to|(?:stands?|stood)\s+ready\s+to|(?:is|are)\s+going\s+to|(?:has|have|had)\s+(?:decided|agreed|promised|pledged|committed)\s+to|"
    rf"(?:has|have)\s+offered\s+to|{_READINESS}|(?:vow(?:ed|s)?|pledged|pledges|promised|promises|offered|offers|committed|commits|undertook|undertakes)(?:\s+(?:also|separately|again|further|formally|publicly))?\s+to|"
    rf"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?committed\s+to)\s+{_ADVERBS}(?:be\s+)?(?:(?:keep|continue\s+to|help(?:\s+to)?)\s+)?"
    rf"(?:{_GIVE}|{_GIVING}|{_BUY}|{_STEP_UP})\b)|"
    rf"(?P<signed_by>\b(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|accord|contract|protocol|arrangement)\s+"
    rf"(?:(?:was|were|had\s+been|has\s+been)\s+)?signed\s+(?:(?:on|in|at|last|this)\s+[^.;:,]{{1,30}}?\s+)?by\s+"
    rf"(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<built_under>\b(?:(?:agreement|deal)\s+)?under\s+which\s+(?=(?:the\s+)?[A-Z][^.;:]{{0,60}}?\b(?:will|would|is\s+to|are\s+to)\s+"
    rf"{_ADVERBS}{_BUILT}))|"
    rf"(?P<agreed>\bagreed\s+to\s+{_ADVERBS}(?:{_GIVE}|{_BUY})\b|\bagreed{_AGREED_WHEN}\s+to\s+{_ADVERBS}(?:{_GIVE})\b|\bagreed(?=\s+(?:a|an|the|its|their|[€$£]|\d))|"
    rf"\bagreed\s+(?:in\s+[A-Z]\w+\s+)?on(?=\s+(?:a|an)\s+(?:[\w.-]+\s+){{0,5}}?(?:loan|grant|package|programme|program|"
    rf"facility|tranche)\b)|\b(?:agreement|deal)\s+(?:for|under\s+which)\b)|"
    rf"(?P<joint>\b(?:agreed|decided)\s+to\s+{_ADVERBS}(?:open|set\s+up|establish|build|launch|create|produce|"
    rf"co-produce|start)\b)|"
    rf"(?P<completed>\b(?:completed|finished|concluded)\s+(?:the\s+)?(?:transfer|delivery|deliveries|handover|supply)\s+of\b)|"
    rf"(?P<promised_by>(?<=[a-z0-9,]\s)(?:pledged|promised|offered|committed|earmarked|allocated)\s+(?:{_ADVERBS})?"
    rf"by\s+(?=(?:the\s+)?[A-Z]))|"
    # "unlocked $50 million for Chad", "has unlocked a tranche": money released by a decision; "unlocked a new
    # phase of talks" gives nothing
    rf"(?P<pledged>\b(?:(?:signed|signs|has\s+signed|have\s+signed)\s+off\s+on(?=\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"(?:[\w€$£¥.,-]+\s+){{0,4}}?(?:package|loan|grant|aid|assistance|funding|tranche|support|contribution|donation)s?\b)|"
    rf"pledged|promised|offered{_WORDS_OFFERED}|committed|announced|earmarked|allocated|approved|unveiled|granted|"
    rf"set\s+aside|sets\s+aside|reserved|made\s+available|(?:made|makes)(?={_SUM_MADE_AVAILABLE})|(?:topped|tops){_TOPPED_UP}|ring-?fence[sd](?={_SUM_AFTER})|unlock(?:ed|s)(?={_SUM_AFTER}|\s+(?:a|an|another|the|its)\s+(?:[\w€$£¥.,-]+\s+){{0,3}}?(?:tranche|payment|disbursement|loan|grant)s?\b)|put(?=\s+(?:up\s+)?(?:another\s+|a\s+further\s+)?[€$£\d][^.;]{{0,30}}?"
    rf"\s+on\s+the\s+table\b)|puts(?=\s+(?:up\s+)?[€$£\d][^.;]{{0,30}}?\s+on\s+the\s+table\b)|added(?=\s+(?:[€$£]|\d|(?:a|an)\s+(?:further|additional|extra)))|"
    rf"pledges|promises|offers{_WORDS_OFFERED}|announces|earmarks|allocates|unveils|authori[sz]ed|authori[sz]es|awarded|awards|"
    rf"mobili[sz]ed|mobili[sz]es|grants|gifted|gifts|commits(?!\s+to\b)|"
    rf"(?:came|comes|ranked|ranks|finished)\s+(?:first|second|third|fourth|next)\s+with(?=\s+(?:about\s+|some\s+)?[€$£\d])|"
    rf"(?:followed|follows|led|leads|topped|tops)\s+(?:the\s+[\w-]+\s+)?with(?=\s+(?:about\s+|some\s+|(?:a|an)\s+)?[€$£\d])|"
    rf"(?:is|are|was|were)\s+preparing(?=\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:package|tranche|shipment|"
    rf"delivery|donation|contribution))|"
    rf"launch(?:ed|es){_LAUNCHED_SUM}|put\s+forward|puts\s+forward|{_SET_OUT}|(?:has\s+|have\s+)?confirmed(?=\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:donation|pledge|grant|loan|package|contribution|funding|tranche|delivery)\b|\s+(?:an?\s+)?(?:further\s+|additional\s+)?"
    rf"[A-Z]{{0,3}}[€$£¥]\d[^.;,]{{0,30}}?\b(?:in|of)\s+(?:[\w-]+\s+){{0,3}}?(?:financing|funding|aid|assistance|support|"
    rf"grants?|loans?)\b|{_SUM_FOR})|confirms(?={_SUM_FOR})|(?:responded|responds|has\s+responded|stepped\s+in|steps\s+in|has\s+stepped\s+in|came\s+forward|"
    rf"has\s+come\s+forward)\s+with(?=\s+(?:an?\s+|its\s+|another\s+)?(?:[\w-]+\s+){{0,3}}?(?:[A-Z]{{0,3}}[€$£¥]|\d|package|"
    rf"grant|loan|donation|contribution|pledge|tranche|shipment))|"
    rf"(?:made|makes|has\s+made|have\s+made)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:pledge|donation|"
    rf"contribution|offer|commitment)s?(?:\s+of\b|\s*:)))|"
    # "Fiji's request for patrol boats from Australia", "Nepal's appeal for helicopters went unanswered": a request
    # told as a noun, whose owner before "'s" asks
    rf"(?P<asked_for>(?<=[’']s\s)(?:(?:formal|new|latest|fresh|urgent|written|earlier|official|own|renewed|repeated|"
    rf"emergency|initial)\s+){{0,2}}(?:request|appeal|plea|call)s?\s+for\b)|"
    # a request comes before a verb of giving, so that "sent a formal request to Japan for pumps" asks, not sends
    rf"(?P<asked>\b(?:asked|requested|appealed\s+(?:(?:at|in|during)\s+(?:the\s+)?[\w-]+\s+)?(?:to|for)|appeal(?:ing)?\s+for|"
    # "Malawi appeals for maize", "Sudan pleads with donors for tents": the present of a headline or a live blog
    rf"appeals\s+(?:to|for)|(?:pleads|pleading)\s+(?:with|for)|"
    rf"(?:is|are|was|were)\s+asking|asking|(?:is|are|was|were)\s+appealing\s+(?:to|for)|urged|(?<=\bto\s)urge|"
    rf"(?<=\bto\s)ask(?=\s+(?:the\s+)?[A-Z])|(?<=\bto\s)appeal\s+to|called\s+on|(?:(?:is|are|was|were)\s+)?calling\s+on|pressed|sought|"
    rf"pleaded\s+(?:with|for)|(?:launched|launches|issued|issues|renewed|renews|renewing|repeated|repeats|repeating|"
    rf"made|makes|making)\s+(?:(?:an?|its|the|their|his|her)\s+)?"
    rf"(?:(?:[\w’']+[’']s|urgent|emergency|international|new|fresh|flash|humanitarian)\s+)*(?:appeal|plea|call)\s+"
    rf"(?:to\s+(?:[a-z][\w-]*\s+){{1,3}}?)?for|"
    rf"{_HAS}(?:renewed|renews|made|makes|addressed|addresses|sent|sends|submitted|submits|repeated|repeats)\s+"
    rf"(?:(?:a|an|its|their|his|her|the)\s+)?(?:(?:joint|formal|new|fresh|written|urgent)\s+)?request\s+(?:for|to)"
    rf"(?=\s+(?:the\s+)?[A-Z][^.;:]{{0,80}}?\s+to\s+[a-z])|"
    # "made a request to Japan for 40 pumps", "made an urgent appeal to the EU for tents": the one named is asked
    rf"{_HAS}(?:renewed|renews|made|makes|addressed|addresses|sent|sends|submitted|submits|repeated|repeats|launched|"
    rf"issued)\s+"
    rf"(?:(?:a|an|its|their|his|her|the)\s+)?(?:(?:joint|formal|new|fresh|written|urgent|direct|personal)\s+)?"
    rf"(?:request|appeal|plea)\s+to(?=\s+(?:the\s+)?[A-Z][^.;:,]{{0,60}}?\s+for\s)|"
    # "Malawi has submitted a request for 2 million doses", "Tonga lodged a formal request for three patrol boats":
    # a request of aid made of no one named
    rf"{_HAS}(?:submitted|submits|sent|sends|lodged|lodges|filed|files|made|makes|renewed|renews|repeated|repeats)\s+"
    rf"(?:(?:a|an|its|their|his|her|the)\s+)?(?:(?:joint|formal|new|fresh|written|urgent|further|second|official)\s+)?"
    rf"request\s+for{_REQUESTED_THING}|"
    rf"asks|requests|urges|calls\s+on|wants|wanted|would\s+like|(?:called|calls)\s+for|(?:is|are|was|were)\s+seeking|seeks|"
    # "would seek financial assistance from Japan", "plans to seek a loan from the IMF": a request to come
    rf"(?<=\bwill\s)seek|(?<=\bwould\s)seek|(?<=\bto\s)seek(?=\s[^.;:]{{0,60}}?\bfrom\s+(?:the\s+)?[A-Z])|"
    rf"(?:urgently\s+|still\s+)?(?:needs|requires)(?={_SUM_NEEDED}))\b)|"
    rf"(?P<given_by>(?<=[a-z0-9,]\s)(?:(?:jointly|together)\s+)?(?:delivered|supplied|donated|provided|sent|transferred|handed\s+over|gifted|"
    rf"(?:co-?)?funded|(?:co-?)?financed|paid\s+for)\s+(?:{_ADVERBS})?(?:to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+|{_TO_BODY_SAID_SHORT})?"
    rf"by\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<absolute>(?<=\w\s){_GIVING_WITH_SUBJECT})|"
    rf"(?P<progressive>\b(?:is|are|was|were|has\s+been|have\s+been)\s+{_ADVERBS}{_GIVING}\b)|"
    rf"(?P<delivered>\b(?:has|have|had)\s+{_ADVERBS}given\b(?!\s+(?:up|in|way|birth|notice|assurances|its\s+(?:approval|"
    rf"consent|blessing)))|\b(?:(?:has|have|had)\s+{_ADVERBS})?(?:{_SHIFTED_TO}|delivered|handed\s+over|hand(?:ed|s)\b{_OVER_TO}|sent{_WORDS_SENT}|supplied|provided|donated|"
    rf"transferred|gave|shipped|disbursed|dispatched|distributed|installed|deployed|turned\s+over|lent|loaned|"
    # "extended a credit line to Chad": a loan extended, with or without its sum; "extended the loan by two
    # years" lengthens one already given
    rf"extended(?=\s+(?:(?:a|an|about|some|nearly|over)\s+)?(?:[A-Z]{{0,3}}[€$£¥]\d|\d[\d.,]*\s*(?:million|billion|bn)\b)|"
    rf"\s+(?:a|an|another)\s+(?:[a-z-]+\s+){{0,2}}?(?:loan|credit\s+line|line\s+of\s+credit|credit)(?=\s+(?:to|of|for|worth)\b|[,.;]))|"
    rf"issued(?=\s+(?:(?:a|an)\s+)?(?:[A-Z]{{0,3}}[€$£¥]|\d|guarantees?|insurance|(?:[\w-]+\s+){{0,2}}(?:grant|loan)s?\b))|(?:co-?)?financed|(?:co-?)?funded|paid\s+(?:for|out)|"
    rf"contributed|sends|provides|supplies|gives|donates|delivers|hands\s+over|transfers|disburses|ships|"
    rf"contributes|finances|funds|pays|released|releases|dispatches|paid(?=\s+(?:out\s+)?(?:[€$£]|\d|(?:the\s+)?[A-Z][\w-]+\s+(?:a\s+)?[€$£\d]))|"
    # "poured $5 million into schools", "airlifted 40 tonnes of flour to Chad" (not "airlifted 300 citizens out"),
    # "covered the cost of 20 schools": the past of what the future forms of giving read
    rf"channell?ed|(?:invested|invests)(?={_SUM_OF_MONEY})|(?:resumed|restarted)(?={_RESUMED_AID})|(?:poured|ploughed|plowed|pumped|injected){_INTO}|"
    rf"(?:flew|flown)(?=\s+(?:(?:some|about|another|nearly|over|more\s+than|a\s+further)\s+)?\d[\d,.]*\s+(?:metric\s+)?"
    rf"(?:tonnes|tons)\s+of\s)|"
    # "The United States and the United Kingdom also fund large health programmes": the plural present, told only
    # after an adverb, since a bare "fund" or "supply" is as often a noun ("the fund", "supply lines")
    rf"(?:(?<=\balso\s)|(?<=\bjointly\s)|(?<=\balready\s)|(?<=\btogether\s)|(?<=\bcurrently\s)|(?<=\bstill\s))(?:fund|finance|co-?finance|co-?fund|supply|provide|"
    rf"donate|send)(?=\s+(?!(?:to|and|or|for|with|of|in)\b)[\w€$£])|"
    rf"(?:airlifted|trucked|(?:flew|flown)\s+in(?=\s+(?:(?:an?|another|more|further|several|some|about|over|nearly)\s|\d)))(?=\s+(?:in\s+)?(?!(?:to|into|in|out|back|home|over|from|with|by|on|at)\b)[\w€$£])"
    rf"(?!\s+(?:[\w,-]+\s+){{0,3}}?(?:{_REACHED_PEOPLE}|citizens|nationals|passengers|tourists|evacuees|wounded|workers)\b)|"
    rf"(?:opened|set\s+up|established|erected|built){_FIELD_HOSPITAL}|"
    rf"(?:covered|met|shouldered|footed)\s+the\s+(?:full\s+)?(?:costs?|bill)\s+(?:of|for)|(?<=\bhas\s)put\s+(?:in|up)|(?<=\bhave\s)put\s+(?:in|up)|(?<=\bsince\s)put\s+(?:in|up)|"
    rf"(?:bought|purchased|procured)(?=[^.;]*\bfor\s+(?:the\s+)?[A-Z]))\b)|"
    rf"(?P<asked_more>(?<=\band\s)for(?=\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\s)[\w€$£¥]))|"
    rf"(?P<asked_apposed>(?<=,\s)(?:a|an)\s+(?:(?:long-?standing|repeated|standing|persistent|formal|key|central|"
    rf"urgent)\s+)?request\s+(?:that\s+|which\s+)?(?=(?:the\s+)?[A-Z][^.;:,]{{0,60}}?\s+(?:(?:has|have|had)\s+)?"
    rf"(?:(?:also|repeatedly|already|long|often|since|first)\s+)?made\b))|"
    rf"(?P<asked_of>(?<=[’']s\s)(?:(?:formal|new|latest|fresh|urgent|written|earlier|official|own|second|first)\s+){{0,2}}"
    rf"(?:request|appeal|plea)s?\s+to\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<signing_of>\b(?:signing|signature)\s+(?:ceremony\s+)?(?:(?:on|in|at)\s+[\w-]+\s+)?(?:of|for)\s+"
    rf"(?=(?:an?|the)\s+[^.;:]{{0,80}}?\bbetween\s+(?:the\s+)?[A-Z]))|"
    rf"(?P<signed>\b(?:signed|inked)\b)|"
    rf"(?P<thanked>\bthank(?:ed|s)\b|\b(?:grateful|gratitude)\s+to\b)")
_PERSON_PRONOUN = re.compile(r"[Ss]?[Hh]e")
"""'By evening she had held talks with Ruto and had unveiled $45 million for Kenya': "he" or "she" opening the
sentence is the person the text tells of, whose country gives; "it" or "they" may be any body named before."""
_SINGLED_OUT = re.compile(r"\s+(?:in\s+particular|especially|above\s+all|notably|most\s+of\s+all),\s+"
                          r"(?:(?:has|have|had|also|jointly|already|together)\s+)*")


def _singled_out(article: Article, cast: Cast, index: int, subject: Actor, position: int) -> tuple[str, ...]:
    """"The European Union, and France in particular, have pledged 30 million euros": the one an aside singles out
    between the subject and its verb gives as well."""
    actor = next((a for a in cast.in_sentence(index) if subject.span.end < a.span.start < position), None)
    if actor is None or actor.kind != "organisation" or \
            not re.fullmatch(r",\s+and\s+(?:the\s+)?", article.masked[subject.span.end:actor.span.start]) or \
            not _SINGLED_OUT.fullmatch(article.masked, actor.span.end, position):
        return ()
    party = _party(cast, actor, index)
    return (party,) if party else ()


_TIME_LEAD = re.compile(r"(?:By|On|At|Later|Earlier|Afterwards|Then|There|That|Last|Late|Early)(?:\s+[a-z0-9][\w-]*"
                        r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,3}\s+")


def _pronoun_after_time(article: Article, cast: Cast, index: int) -> Actor | None:
    """"By evening she had held talks with Ruto and had unveiled $45 million", "There he met Reyes and pledged 12
    boats": a "he" or "she" after a short phrase of time or place with no comma opens the sentence all the same."""
    actors = cast.in_sentence(index)
    first = actors[0] if actors else None
    if first is None or first.kind != "pronoun" or \
            not _PERSON_PRONOUN.fullmatch(article.masked[first.span.start:first.span.end]):
        return None
    return first if _TIME_LEAD.fullmatch(article.masked, entry_start(article, article.sentences[index]),
                                         first.span.start) else None


_TOGETHER = re.compile(r"^(?:\s*(?:[^,]{0,40},\s*)?|.*,\s+and\s+)(?:[Tt]he\s+(?:two|three|four)(?:\s+(?:leaders|ministers|sides|"
                       r"countries|governments|presidents|men|women|officials|delegations))?|[Bb]oth\s+(?:sides|leaders|"
                       r"ministers|countries|governments)|[Tt]hey)\s+(?:(?:also|then|later|further)\s+)?$")
"""'The two agreed', 'Both sides agreed', '..., and they agreed': the parties of the meeting just reported."""
_WHERE_THE_TWO = re.compile(r",\s+(?:where|after\s+which|whereupon|at\s+which)\s+(?:the\s+two|both)(?:\s+(?:leaders|ministers|"
                            r"sides|men|women|officials|delegations))?\s+(?:(?:also|then|later|formally)\s+)?$")
"""'Otieno met Banga in Nairobi, where the two signed a loan agreement': the two of the meeting the same
sentence has just told of."""
_THE_TWO_AFTER_TALKS = re.compile(r"(?:^\s*(?:[Dd]uring|[Aa]t\s+the\s+(?:end|close)\s+of|[Aa]fter|[Ff]ollowing|[Oo]n\s+the\s+"
                                  r"sidelines\s+of)\s+(?P<talks>(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|"
                                  r"discussions|visit|ceremony)),?\s+|,?\s+(?:before|after|and\s+then)\s+)(?:the\s+two|both)"
                                  r"(?:\s+(?:leaders|ministers|sides|men|women|officials|delegations))?\s+"
                                  r"(?:(?:also|then|later|formally)\s+)?$")
"""'During the meeting the two ministers signed', 'held talks with her counterpart before the two ministers signed':
the two of the meeting the text has just told of sign; a phrase that names the meeting may point back further."""
_BULLET = re.compile(rf"^\s*(?:{BULLET})")
"""A line of a list, whatever opens it: "- 150 armoured vehicles;", "(b) 40 water pumps;", "Second: 12 boats."."""
_RECEIVER_FIRST = ("recv_future", "recv_past")
"""Clauses whose subject receives: "Ukraine will receive 20 jets from Norway", "Kyiv was sent 30 tanks"."""
_STATUS = {"gift_of": "pledged", "gift_by": "delivered", "gift_from": "pledged", "gift_to": "pledged", "given_by": "delivered",
           "contribution": "pledged", "decision": "pledged", "gerund": "pledged", "continues": "pledged",
           "recv_future": "pledged", "recv_past": "delivered", "package": "pledged", "future": "pledged",
           "agreed": "agreed", "joint": "agreed", "pledged": "pledged", "progressive": "delivered", "arrived": "delivered",
           "delivered": "delivered", "completed": "delivered", "asked": "asked", "signed": "signed",
           "thanked": "delivered", "coordinated": "pledged",
           "reached_with": "delivered", "thanks_to": "delivered", "built_under": "signed",
           "signed_by": "signed", "promised_by": "pledged", "signing_of": "signed",
           "decision_of": "pledged", "came_from": "pledged", "bound_for": "delivered", "asked_of": "asked",
           "asked_for": "asked", "absolute": "pledged",
           "asked_more": "asked", "asked_apposed": "asked"}
_ADJECTIVES = frozenset(a for e in ENTRIES for a in e.adjectives)
"""'Ukrainian', 'Ukrainians': forms of a country that describe its people, never the country as a party."""
_TRAINING = re.compile(r"\btrain(?:ed|s|ing)?$")
_TRAINED = re.compile(r"^\s*(?:and\s+equip\s+)?")
"""'has trained 50,000 recruits', 'will train pilots': what is given is the training of them."""
_COVER = r"cover(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:costs?|fees|bills?|salaries|wages|rent|expenses|heating|fuel|" \
    r"shortfall|deficit)\b)"
"""'Qatar has promised to cover winter heating', 'offered to cover the freight costs of a second flight': what money
pays for, the thing promised; "pledged to cover the conference" in a newspaper's sense is none."""
_INFINITIVE = re.compile(r"^to\s+(?:work\s+out|draw\s+up|set\s+up|work\s+on|" + _GIVE + "|" + _BUY +
                         r"|develop|establish|create|build|conclude|negotiate|open|launch|produce|co-produce|repair|" +
                         _COVER + r")\s+")


@dataclass(frozen=True)
class _Clause:
    givers: tuple[str, ...]
    receivers: tuple[str, ...]
    status: str
    start: int
    """Where the words of the item start."""
    why: str
    end: int = -1
    """Where the words of the item end, when not at the end of the sentence."""
    whole: bool = False
    """Whether the item is a purpose, one thing however many its words."""


def find_commitments(article: Article, cast: Cast, meetings: list[Meeting], used: set[str],
                     quotes: list[Quote] | None = None) -> list[Commitment]:
    found: list[Commitment] = []
    listing: _Clause | None = None
    for index, sentence in enumerate(article.sentences):
        previous: _Clause | None = None
        text = article.sentence_text(index)
        bullet = _BULLET.match(text)
        if listing is not None and bullet:
            # "The package comprises:" and a list: each line is one thing the package gives; a line that opens on
            # parties of its own ("- Japan: $5 million") gives as a round-up of pledges does, or else is not read,
            # as those parties may give or receive
            start = sentence.start + len(article.masked[sentence.start:sentence.end]) - len(text) + bullet.end()
            own = _pledge_line(article, cast, index) if _party_line(article, cast, index, listing) else \
                replace(listing, start=start)
            if own is not None:
                found += [_commitment(article, cast, index, own, item, meetings)
                          for item in items(article.masked[own.start:sentence.end], False)]
            continue
        listing = None
        if not bullet and not re.search(r"[.!?:;”’\")]$|[;,]\s+(?:and|or)$", text):
            # a subheading ("Kyiv asks Berlin for Patriots") says again what the body tells; a line of a list that
            # runs on ("3. A grant agreement with Japan providing 40 pumps; and") is none
            continue
        line = _pledge_line(article, cast, index) or _signed_line(article, cast, index)
        if line is not None:
            found += [_commitment(article, cast, index, line, item, meetings)
                      for item in items(article.masked[line.start:sentence.end], False)]
            continue
        here: set[str] = set()
        # a gift said as a noun is read last, and only when no verb of the sentence has given it already
        for verb in sorted(_VERBS.finditer(article.masked, sentence.start, sentence.end),
                           key=lambda v: v.lastgroup in _NOMINAL):
            if _unreal(article, sentence.start, verb):
                continue
            clause = _clause(article, cast, meetings, index, verb, previous) or \
                _clause_past_contents(article, cast, meetings, index, verb, previous)
            if clause is not None and verb.lastgroup in _NOMINAL and set(clause.givers) <= here:
                continue
            earlier_package = clause is None and verb.lastgroup == "package"
            if earlier_package:
                clause, earlier_package = _same_package(article, found, index, verb)
            if clause is not None:
                clause = _hoped(article, cast, index, verb, clause)
            if clause is None or _conditional(article, verb, clause.end if clause.end >= 0 else sentence.end):
                continue
            previous = clause
            end = clause.end if clause.end >= 0 else sentence.end
            if (verb.lastgroup == "package" and re.fullmatch(r"\s*:\s*", article.masked[verb.end():sentence.end])) \
                    or _gives_list(article, verb, clause, sentence.end):
                # "Canada will provide the following support to Peru:": the one the heading names after "to" receives
                listing = replace(clause, receivers=clause.receivers or _receiver_after(
                    article, cast, index, clause.start) or next(
                    (c.receivers for c in reversed(found) if c.givers == clause.givers), ()))
                continue
            aside = _ASIDE.match(article.masked, clause.start, end)
            if aside:
                clause = replace(clause, start=aside.end())  # "will deliver, by the end of the year, four systems"
            found_items = items(_TRAINED.sub("training of ", article.masked[clause.start:end])
                                if _TRAINING.search(verb.group()) else article.masked[clause.start:end],
                                verb.lastgroup == "pledged" and "announced" in verb.group(), clause.whole)
            if verb.lastgroup == "package" and len(found_items) <= 1 and \
                    not re.match(r"(?i:among)", verb.group()):
                found_items = _listed_contents(found_items, article.masked[clause.start:end])
            if not found_items and verb.lastgroup in ("delivered", "pledged", "progressive", "future"):
                found_items = _relative_object(article, cast, index, verb, clause)
            if not found_items and verb.lastgroup == "signed" and clause.start > verb.end():
                found_items = _works_of_document(article, clause.start, end) or _document_of_aid(article, verb.end(), end)
            if verb.lastgroup == "package" and found_items and not earlier_package and \
                    re.match(r"(?:package|tranche)", verb.group(), re.IGNORECASE):
                # "Germany's new package includes 20 tanks and ammunition": the package, and each thing it
                # lists, as an editor records them (the package told before is already found)
                before = article.masked[max(0, verb.start() - 40):verb.start()]
                found_items = [package(verb.group(), before, found_items), *found_items]
            for item in found_items:
                if not clause.receivers:
                    # "... where he met Vietnamese Deputy Prime Minister Tran Quoc Dung and pledged a loan": the
                    # one met in the same sentence, when the text names no other
                    clause = replace(clause, receivers=_receiver_after(article, cast, index, clause.start)
                                     or _referent_receivers(article, found, index)
                                     or (_counterpart(meetings, index, clause.givers[0], cast) if len(clause.givers) == 1
                                         and clause.status != "asked" and _MET_AND.search(
                                             article.masked[sentence.start:verb.start()]) else ()))
                found.append(_commitment(article, cast, index, clause, item, meetings))
                here.update(clause.givers)
            if len(found_items) == 1:
                found += [_commitment(article, cast, index, gapped, item, meetings)
                          for gapped, item in _gapped(article, cast, index, clause, end, found_items[0])]
            if found_items and verb.lastgroup in _RECEIVER_FIRST:
                for each, item in _from_each(article, cast, index, clause, end):
                    found.append(_commitment(article, cast, index, each, item, meetings))
                    here.update(each.givers)
        found += _sum_told_again(article, cast, meetings, found, index)
        found += _whole_listed(article, cast, meetings, found, index)
        found += _cargo_to_come(article, cast, meetings, found, index)
        if listing is None and text.endswith(":"):
            listing = _whole_of_list(article, cast, found, index)
    found = _with_quoted(found, quoted_commitments(article, cast, quotes or [], found))
    found = _merge(_under_the_document(article, found))
    donors = {g for c in found if c.status != "signed" for g in c.givers}
    # two states signed, and only one of them gives anything else the article reports: that one gives
    found = [replace(c, givers=c.receivers, receivers=c.givers) if c.status == "signed" and len(c.givers) == 1
             and len(c.receivers) == 1 and c.receivers[0] in donors and c.givers[0] not in donors
             and cast.organisations[c.givers[0]].type == cast.organisations[c.receivers[0]].type == "country" else c
             for c in found]
    found = [_lender_gives(cast, c) for c in found]
    found = _told_twice(found)
    givers = {g for c in found if c.status != "asked" for g in c.givers}
    result = []
    for commitment in found:
        if set(commitment.givers) & set(commitment.receivers):
            continue  # one who gives to itself: the rule misread who is who
        if _summed_up(found, commitment) or _label(article, found, commitment) or _package_again(found, commitment) \
                or _through_channel(cast, found, commitment) or _summary_line(article, found, commitment) \
                or _bare_document(commitment) or _fewer_givers(found, commitment):
            continue
        commitment = replace(commitment, givers=(*commitment.givers, *_cogivers(article, cast, commitment),
                                                 *_listed_agents(article, cast, commitment)))
        receivers = _signer_for_adjective(article, cast, commitment) or commitment.receivers
        receivers = _counterpart_body(cast, commitment, receivers) or receivers
        inferred = False
        if not receivers:
            if _told_with_receiver(found, commitment) or _spent_at_home(article, cast, commitment):
                continue
            receivers = _inferred_receivers(article, cast, found, commitment, givers)
            inferred = bool(receivers)
        # a request made of no one named takes its name from the one who asks
        who = (commitment.givers or receivers or ("request",))[0]
        ident = unique(slug(f"{who} {commitment.items[0].name}")[:60].strip("-") or "commitment", used)
        used.add(ident)
        text = _text(cast, commitment.givers, receivers, commitment.status, commitment.items[0], commitment.value)
        result.append(replace(commitment, id=ident, receivers=receivers, receiver_inferred=inferred, text=text))
    return result


def _with_quoted(found: list[Commitment], quoted: list[Commitment]) -> list[Commitment]:
    """The commitments told outside quotations, each with the wordings of a quotation that tells it again, and
    those told only inside a quotation."""
    only_quoted = []
    for commitment in quoted:
        told = told_outside(found, commitment)
        if told is None:
            only_quoted.append(commitment)
        else:
            found = told
    return [*found, *only_quoted]


_LENT = re.compile(r"\b(?:loan|loans|credit|credit\s+line|line\s+of\s+credit|financing|grant|facility|guarantee)\b")


def _lender_gives(cast: Cast, commitment: Commitment) -> Commitment:
    """"Peru on Monday signed a $300 million loan with the Andean Development Bank", "Chile has concluded a credit
    line with the IDB": between a borrower and the one lender that signed a loan with it, the lender gives,
    whichever of the two the sentence names first."""
    if commitment.status != "signed" or len(commitment.givers) != 1 or len(commitment.receivers) != 1 or \
            not _LENT.search(" ".join(commitment.wordings).lower()):
        return commitment
    sides = _lends_or_is_lent(cast, (*commitment.givers, *commitment.receivers), "loan")
    if sides is None or sides[0] != commitment.receivers or not _LENDER.search(cast.organisations[sides[0][0]].name):
        return commitment
    return replace(commitment, givers=commitment.receivers, receivers=commitment.givers)


def _country_forms(cast: Cast, ident: str) -> set[str]:
    """Every way the gazetteer and the text write a country: "Vietnam", "Viet Nam", "Vietnamese"."""
    name = cast.organisations[ident].name
    entry = next((e for e in ENTRIES if e.name == name), None)
    return {name, *cast.organisations[ident].forms, *(entry.forms if entry else ())}


def _rest_of_name(name: str, forms: set[str]) -> str:
    """What a body's name says after the country it opens with: "Coast Guard" of "Japan Coast Guard"; "" when
    it opens with none of the country's forms."""
    return next((name[len(form):].strip() for form in sorted(forms, key=len, reverse=True)
                 if name.startswith(form + " ")), "")


_EVERY_COUNTRY = frozenset(form for e in ENTRIES if e.type == "country" for form in e.forms)


def _counterpart_body(cast: Cast, commitment: Commitment, receivers: tuple[str, ...]) -> tuple[str, ...]:
    """"The Japan Coast Guard will train Vietnamese officers", in an article that names the Vietnam Coast Guard: a
    country's body gives to the body of the same kind of the receiving country, when the text names one and the
    sentence names that country by no more than an adjective ("to Vietnam" names the receiver as the text has it)."""
    givers = commitment.givers
    if len(givers) != 1 or len(receivers) != 1 or cast.organisations[givers[0]].type == "country" or \
            cast.organisations[receivers[0]].type != "country" or any(
                ident == receivers[0] and span.within(cast.article.sentences[commitment.sentence])
                and cast.article.masked[span.start:span.end] not in _ADJECTIVES for span, ident in cast.org_mentions):
        return ()
    kind = _rest_of_name(cast.organisations[givers[0]].name, set(_EVERY_COUNTRY)).lower()
    forms = _country_forms(cast, receivers[0])
    same = [ident for ident, o in cast.organisations.items() if kind and o.type != "country" and ident != givers[0]
            and _rest_of_name(o.name, forms).lower() == kind]
    return (same[0],) if len(same) == 1 else ()


_CONTENTS_SET_OFF = re.compile(r",\s+(?:comprising|including|consisting\s+of|made\s+up\s+of|such\s+as|among\s+them)\s+"
                               r"[^;:—–()]{3,300}?,\s*$")
"""', comprising tents, tarpaulins and blankets, ' set off between a cargo and the verb of its arrival."""


def _clause_past_contents(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
                          previous: _Clause | None) -> _Clause | None:
    """"A Chilean navy ship carrying 40 tonnes of relief goods, comprising tents, tarpaulins, blankets, water
    filters and medicines, docked at Callao": the contents set off after a cargo lengthen its subject past what a
    subject can be, but are an aside; the arrival reads as without them, and the items as with them."""
    if verb.lastgroup != "arrived":
        return None
    aside = _CONTENTS_SET_OFF.search(article.masked, article.sentences[index].start, verb.start())
    if aside is None:
        return None
    blanked = copy(article)
    blanked.masked = article.masked[:aside.start()] + " " * (verb.start() - aside.start()) + article.masked[verb.start():]
    return _clause(blanked, cast, meetings, index, verb, previous)

def _listed_contents(found: list[Found], text: str) -> list[Found]:
    """"The package includes crew training, fuel for two years and maintenance at the base": what a package
    lists is aid by being listed, whatever its words, and each part is a thing of its own; read so when the
    reading of things by their kind found one thing at most and this finds more; so is what a grant covers.
    ("Among the pledges was" names one gift, not a list.)"""
    listed = contents(text)
    return listed if len(listed) > len(found) else found


_WORKS_OF = re.compile(r"(?:the\s+)?(?P<works>(?:rehabilitation|moderni[sz]ation|renovation|upgrading|upgrade|expansion|"
                       r"restoration|reconstruction|construction|repair)\s+of\s+[^,;:.()]+?)"
                       r"(?=\s+(?:in|on|at|across|along|near|which|that|by|over)\b|\s*[,;:.()]|\s*$)")
"""'for the rehabilitation of tidal river embankments in Polder 32': works on a named thing."""


def _works_of_document(article: Article, start: int, end: int) -> list[Found]:
    """"signed a grant agreement of 15 million euros for the rehabilitation of tidal river embankments", "a €9
    million financing agreement for the modernisation of the Sadakhlo crossing point": the works a signed
    document pays for are what it gives, ahead of the document itself."""
    works = _WORKS_OF.match(article.masked, start, end)
    if works is None:
        return []
    name = works.group("works")
    return [(Item(name=name, quantity=None, category="other"), (name,), None)]


def _document_of_aid(article: Article, start: int, end: int) -> list[Found]:
    """"signed a ¥22 billion loan agreement for flood control works": when what the document is for names
    no thing of aid, the document itself, a loan, grant or credit by its words, is what is given."""
    found = items(article.masked[start:end], False)[:1]
    return found if found and re.search(r"\b(?:loan|grant|credit|financing)\b", found[0][0].name, re.IGNORECASE) else []


_DOCUMENT_WORDS = frozenset({"agreement", "memorandum", "understanding", "deal", "accord", "contract", "loan", "grant",
                             "financing", "protocol", "letter", "intent", "cooperation", "declaration", "arrangement",
                             "worth", "million", "billion", "with", "from", "their", "that", "this", "under", "signed",
                             "support", "funding", "package", "assistance", "programme", "program", "project", "framework"})


def _words_of(commitment: Commitment) -> set[str]:
    """The words that say what a commitment is about, past those any document has: "drone", "production"."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", fold(" ".join(commitment.wordings)))} - \
        {w.rstrip("s") for w in _DOCUMENT_WORDS}


def _same_document(one: Commitment, other: Commitment) -> bool:
    """Whether two commitments between the same parties are one: a document told twice ("signed a drone
    production deal", "signed a memorandum under which Vilnius will finance the production of drones"), a
    gift told again in words that share three of its own ("2bn kroner for joint procurement of air defence
    systems", "joint air defence procurement"), or one sum in one sentence read by two of its verbs."""
    if one.givers != other.givers:
        return False
    if one.sentence == other.sentence and one.value is not None and one.value == other.value and \
            _sum_of(one) and _sum_of(one) == _sum_of(other):
        # the clause of one verb may name the receiver the other leaves unsaid
        return not one.receivers or not other.receivers or one.receivers == other.receivers
    if one.receivers != other.receivers or not one.receivers:
        return False
    shared = _words_of(one) & _words_of(other)
    document = one.status in ("signed", "agreed") and bool(shared)
    return one.status == other.status and (len(shared) >= 3 or document) \
        and (one.value == other.value or one.value is None or other.value is None)


def _told_twice(found: list[Commitment]) -> list[Commitment]:
    """Each commitment once, with the wordings of every telling of it."""
    result: list[Commitment] = []
    for commitment in found:
        earlier = next((c for c in result if _same_document(c, commitment)), None)
        if earlier is None:
            result.append(commitment)
            continue
        result[result.index(earlier)] = replace(
            earlier, receivers=earlier.receivers or commitment.receivers,
            wordings=tuple(dict.fromkeys((*earlier.wordings, *commitment.wordings))),
            excerpts=tuple(dict.fromkeys((*earlier.excerpts, *commitment.excerpts))))
    return result


_TOGETHER_WITH = re.compile(r",?\s+(?:(?:delivered|donated|supplied|sent|funded|financed|provided|paid\s+for|bought)\s+)?"
                            r"(?:together|jointly)\s+with\s+(?:the\s+)?$")


def _cogivers(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"Denmark's donations include Leopard 1 tanks, delivered together with Germany": one named as giving
    the thing jointly, right after it, gives it too."""
    sentence = article.sentences[commitment.sentence]
    position = article.masked.find(commitment.wordings[0], sentence.start, sentence.end)
    if position < 0:
        return ()
    end = position + len(commitment.wordings[0])
    return tuple(a.ref for a in cast.in_sentence(commitment.sentence) if a.kind == "organisation" and a.span.start >= end
                 and a.ref not in commitment.givers and a.ref not in commitment.receivers
                 and article.masked[a.span.start:a.span.end] not in _ADJECTIVES
                 and _TOGETHER_WITH.fullmatch(article.masked[end:a.span.start]))[:1]


_AGENT_LEAD = re.compile(r"(?:\s+(?:in|at|for|near)\s+[^,;:.()]{1,40}?)?\s*,?\s+(?:(?:jointly|together)\s+)?"
                         r"(?:(?:(?:co-?)?(?:financed|funded)|donated|supplied|provided|paid\s+for|bought|built|sent|delivered|"
                         r"lent|granted|offered|pledged|promised|committed|earmarked)\s+(?:(?:jointly|together)\s+)?)?"
                         r"(?:by|from|(?:with|under|through)\s+(?:(?:a|an|the)\s+)?(?:[\w€$£¥.,-]+\s+){0,3}?(?:funding|"
                         r"financing|money|funds|grants?|loans?)\s+(?:from|by|of))\s+(?:the\s+)?")
"""What stands between the thing given and the first of those who give it: "water pumps co-financed by",
"a clinic in Kiribati, jointly funded by", "20 ambulances with funding from", "a grant from"."""


def _listed_agents(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"The delivery of 120 breakers by Chile and Peru to the grid operator", "a dam in Laos, co-financed by Japan
    and the World Bank", "30 ambulances bought with funding from Chile, Peru and Brazil": a list after "by" or
    "from", right after the things given, names every giver, not the first alone."""
    if len(commitment.givers) != 1:
        return ()
    sentence = article.sentences[commitment.sentence]
    position = article.masked.find(commitment.wordings[0], sentence.start, sentence.end)
    if position < 0:
        return ()
    end = _past_receiver(article, cast, commitment, position + len(commitment.wordings[0]))
    first = next((a for a in cast.in_sentence(commitment.sentence) if a.kind == "organisation" and a.span.start >= end
                  and a.ref == commitment.givers[0] and _AGENT_LEAD.fullmatch(article.masked[end:a.span.start])), None)
    if first is None:
        return ()
    return tuple(r for r in _agents_listed(article, cast, commitment.sentence, first)
                 if r not in commitment.givers and r not in commitment.receivers)


def _past_receiver(article: Article, cast: Cast, commitment: Commitment, end: int) -> int:
    """Where the words after the things given go on past the receiver named right after them: "the delivery of 40
    ambulances to Moldova by Chile and Peru", "the transfer of 30 tanks to Ukraine by Poland and Czechia": the list
    of those who give stands after the one who receives as it does after the things."""
    return next((a.span.end for a in cast.in_sentence(commitment.sentence) if a.kind == "organisation"
                 and a.ref in commitment.receivers and a.span.start >= end
                 and re.fullmatch(r"\s+(?:to|for)\s+(?:the\s+)?", article.masked[end:a.span.start])), end)


def _agents_listed(article: Article, cast: Cast, index: int, first: Actor) -> tuple[str, ...]:
    """The bodies listed after the first of those who give, whatever their kind ("by Japan and the World Bank");
    none when the list does not close with "and", or when its last name opens a clause of its own ("by Japan,
    and Norway will send tents")."""
    listed: list[str] = []
    last = first
    for actor in (a for a in cast.in_sentence(index) if a.span.start >= first.span.end):
        gap = re.fullmatch(r"\s*(?:,|(?P<comma>,)?\s*(?P<and>and))\s*(?:the\s+)?", article.masked[last.span.end:actor.span.start])
        if actor.kind != "organisation" or gap is None or article.masked[actor.span.start:actor.span.end] in _ADJECTIVES \
                or (gap.group("comma") and _NEW_CLAUSE.match(article.masked[actor.span.end:])):
            break
        listed.append(actor.ref)
        last = actor
        if gap.group("and"):
            return tuple(dict.fromkeys(r for r in listed if r != first.ref))
    return ()


def _label(article: Article, found: list[Commitment], commitment: Commitment) -> bool:
    """"Japan funds school repairs. Japan will finance school refurbishments in Georgia's Kvemo Kartli region
    under a $412,000 grant": a sentence of a few words that labels a paragraph, whose next sentence tells the
    same giver's gift of the same things in full, says it again."""
    if commitment.receivers or commitment.value or commitment.items[0].quantity or \
            len(article.sentence_text(commitment.sentence).split()) > 6:
        return False
    return any(c.sentence == commitment.sentence + 1 and c.givers == commitment.givers
               and _words_of(c) & _words_of(commitment) for c in found)


_IN_GENERAL = frozenset({"aid", "assistance", "support", "help", "relief", "funding"})


def _summed_up(found: list[Commitment], commitment: Commitment) -> bool:
    """"Japan and Australia pledged emergency assistance to the Philippines", as a report opens, before it tells
    what each of them gives: aid in general from several givers, each of whom the article shows giving something
    in particular, sums up those gifts and is not one of its own."""
    if len(commitment.givers) < 2 or commitment.value is not None or commitment.items[0].quantity or \
            fold(commitment.items[0].name).split()[-1:] not in [[w] for w in _IN_GENERAL]:
        return False
    return all(any(c is not commitment and giver in c.givers and c.status != "asked" and
                   (not c.receivers or not commitment.receivers or set(c.receivers) & set(commitment.receivers)) for c in found)
               for giver in commitment.givers)


def _through_channel(cast: Cast, found: list[Commitment], commitment: Commitment) -> bool:
    """"The Export-Import Bank of Chile will extend a $90 million loan from the Andean Development Fund": a fund
    the money comes out of is the channel of the one its sentence shows giving the same thing, not a giver too."""
    if len(commitment.givers) != 1 or not _CHANNEL.search(cast.organisations[commitment.givers[0]].name):
        return False
    name = fold(commitment.items[0].name)
    return any(c is not commitment and c.sentence == commitment.sentence and c.givers and
               commitment.givers[0] not in c.givers and fold(c.items[0].name) == name for c in found)


def _fewer_givers(found: list[Commitment], commitment: Commitment) -> bool:
    """"Eight transformers financed jointly by Chile, Peru and Bolivia arrived": two verbs of one sentence read the
    same things, one with the whole list of givers and one with its first only; the whole list is right."""
    name = fold(commitment.items[0].name)
    return any(c is not commitment and c.sentence == commitment.sentence and set(commitment.givers) < set(c.givers)
               and c.status == commitment.status and name and name in fold(c.items[0].name) for c in found)


_BARE_DOCUMENT = frozenset({"agreement", "deal", "contract", "accord", "arrangement", "protocol"})


def _bare_document(commitment: Commitment) -> bool:
    """"Qatar signed an agreement with the relief agency, to finance 5,000 homes": a document named by its kind
    alone, with no sum, says nothing of what it gives. A memorandum stays: other rules record it as what two
    parties signed ("Finland and Moldova signed a memorandum")."""
    return commitment.value is None and not commitment.items[0].quantity and \
        all(re.sub(r"^(?:an?|the|this|that) ", "", fold(w)) in _BARE_DOCUMENT for w in commitment.wordings)


def _summary_line(article: Article, found: list[Commitment], commitment: Commitment) -> bool:
    """"- Chile pledges $15 million to ASEAN emergencies centre" among a report's key points, and "Santiago would
    give $15 million to the ASEAN Centre for Public Health Emergencies" in its body: the gift of a summary line
    that the body tells again, the same sum or the same things from the same giver, is the body's, with the
    receiver the body names."""
    if not _BULLET.match(article.sentence_text(commitment.sentence)):
        return False
    name = fold(commitment.items[0].name)
    return any(c.sentence != commitment.sentence and c.givers == commitment.givers and c.status == commitment.status
               and c.receivers and c.receivers != commitment.receivers
               and not _BULLET.match(article.sentence_text(c.sentence))
               and ((c.value is not None and c.value == commitment.value) or fold(c.items[0].name) == name)
               for c in found)


def _package_again(found: list[Commitment], commitment: Commitment) -> bool:
    """"Chile will provide $5 million in flood relief. The package covers tents and water pumps": "the package"
    with no sum of its own is the sum its giver's gift told before, already found; the things it covers are its own."""
    # the sum may stand inside the gift's words ("a grant of 12 million Swiss francs")
    return fold(commitment.items[0].name) == "package" and commitment.value is None and any(
        c.givers == commitment.givers and c.sentence < commitment.sentence
        and (c.value is not None or any(MONEY.search(w) for w in c.wordings)) for c in found)


_PROMISE = frozenset({"pledged", "agreed", "signed"})


def _told_with_receiver(found: list[Commitment], commitment: Commitment) -> bool:
    """"- Chile hands over rice and tents" in a summary, and "Chile handed over 300 bags of rice to the
    relief agency" in the body: a gift whose clause names no receiver, that the article tells again with its
    receiver (the same giver, the same things, in other sentences), is that gift and not another. A recap may
    tell a promise as under way ("Japan will send 30 generators to the grid company [...] To sum up: Japan is
    sending 30 generators"): a promise and its delivery told after are one gift, while a promise told after a
    delivery ("Chile handed over rice to Peru. Chile also pledged rice") is more of the same things."""
    name = fold(commitment.items[0].name)
    return bool(name) and any(
        c.sentence != commitment.sentence and c.receivers and c.givers == commitment.givers
        and (c.status == commitment.status or (c.status in _PROMISE and commitment.status == "delivered"
                                               and c.sentence < commitment.sentence))
        and re.search(r"(?:^|\s)" + re.escape(name) + "$", fold(c.items[0].name)) for c in found)


def _inferred_receivers(article: Article, cast: Cast, found: list[Commitment], commitment: Commitment,
                        givers: set[str]) -> tuple[str, ...]:
    """Whom a gift is for when its clause names no receiver (see `_receivers_inferred`); never a country its
    sentence lists as giving a share of its own: "Germany pledged 80 million euros, France 50 million and Spain
    20 million" gives nothing to France."""
    at = _item_at(article, commitment)
    split = _split_receivers(article, cast, commitment.sentence, at[1]) if at else None
    if split is not None:
        return split
    gapped = _gapped_givers(cast, commitment.sentence) | _passed_through(article, cast, commitment.sentence)
    receivers = _receivers_inferred(article, cast, found, commitment, givers | gapped)
    return tuple(r for r in receivers if r not in gapped)


_VIA = re.compile(r"\b(?:via|through|by\s+way\s+of|transiting|in\s+transit\s+(?:through|via))\s+(?:the\s+)?$")
"""The words that name a country aid passes through on its way: 'via Egypt', 'through Uganda', 'by way of Poland'."""


_SPLIT_AMONG = re.compile(r"[^;:.—–]{0,60}?\b(?:split|divided|shared(?:\s+out)?|spread|distributed|allocated)\s+"
                          r"(?:equally\s+|evenly\s+)?(?:among|between|across)\s+(?:the\s+)?")
"""A whole said to go in parts to several: 'to be split among Chad, Niger and Mali', 'shared between Fiji and Tonga'."""
_SHARE_MARK = re.compile(r"[^;:.—–]{0,60}?,\s+(?:with|including|of\s+which)\s+(?=" + MONEY.pattern + ")")
"""A whole whose parts follow, each with its own sum: ', with 25 million euros for Yemen', ', of which $12 million'."""
_REST_PART = re.compile(r"\b(?:the\s+(?:rest|remainder|balance)|the\s+other\s+(?:half|part|share))\b")
_PART_TO = re.compile(r"(?:\s+(?:in|of)\s+[\w\s-]{1,30}?)?\s+(?:(?:will\s+go|goes|going|is|are|earmarked|set\s+aside)\s+)?"
                      r"(?:to|for)\s+(?:the\s+)?")


def _split_receivers(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...] | None:
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
        listed = _listed_after(article, cast, index, first) if first is not None else ()
        return None if first is None else (first.ref, *listed) if listed else ()
    mark = _SHARE_MARK.match(text, start, end)
    if mark is None or any(a.span.start < mark.end() for a in actors):
        return None
    tail = text[mark.end():end]
    cut = _CLAUSE_END.search(tail)
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


def _passed_through(article: Article, cast: Cast, index: int) -> set[str]:
    """The countries a sentence names only as a way aid passes through: "Italy sent 30 tonnes of medicine via Egypt",
    "20 generators, routed through Georgia": the aid crosses them on its way to someone else, so they receive nothing.
    Not a country the sentence also names in another way ("to Georgia, through Georgia's ports"), nor one an adjective
    names ("through Moroccan relief groups": groups of the receiver)."""
    text = article.masked
    start = article.sentences[index].start
    ways: dict[str, bool] = {}
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" and cast.organisations[actor.ref].type == "country":
            via = bool(_VIA.search(text, max(start, actor.span.start - 40), actor.span.start)) and \
                not re.match(r"[’']s\b", text[actor.span.end:]) and text[actor.span.start:actor.span.end] not in _ADJECTIVES
            ways[actor.ref] = ways.get(actor.ref, True) and via
    return {ref for ref, via in ways.items() if via}


_FIGURE = re.compile(r"(?:[A-Z]{0,3}[$€£¥]\s?)?(?<![\d.,])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                     r"\b(?!\s+of\b)")
"""A figure a share is given in: '50 million', '€20 million', 'three' ("Spain one and Italy three"); not "one of";
read from its first digit, so that "gave Nepal $40 million" finds the figure right after the receiver."""
_SHARE_AFTER_NAME = re.compile(r"(?:,|\band)\s+(?:the\s+)?[A-Z][^\s,;:.]*(?:\s+[A-Z][^\s,;:.]*){0,3}\s+(?:"
                               + _FIGURE.pattern + r")")
"""A name set off by a comma or "and" with a figure right after it: the sign of a share of a list (', France 50')."""
_LIST_SEPARATOR = re.compile(r"(?:,|\band|,\s+and)\s+(?:the\s+)?$")


def _gapped_givers(cast: Cast, index: int) -> set[str]:
    """The countries a sentence lists with a figure of their own after a first gift whose figure follows its
    verb: "Germany pledged 80 million euros, France 50 million and Spain 20 million", "Japan sent 12 pumps, Korea
    8". Each gives its share; none receives. Not the receivers of a gift written with two objects, whose figures
    follow a country named right after the verb: "Japan gave Ukraine $5 million and Moldova $3 million"."""
    article, sentence = cast.article, cast.article.sentences[index]
    text = article.masked
    if not _SHARE_AFTER_NAME.search(text, sentence.start, sentence.end):
        return set()
    mentions = sorted((span.start, span.end) for span, ident in cast.org_mentions
                      if sentence.start <= span.start < sentence.end and cast.organisations[ident].type == "country")
    found = set()
    for span, ident in cast.org_mentions:
        if sentence.start <= span.start < sentence.end and cast.organisations[ident].type == "country" and \
                _FIGURE.match(text, span.end + 1) and text[span.end:span.end + 1] == " " and \
                _after_first_figure(text, sentence.start, span.start, mentions):
            found.add(ident)
    return found


def _after_first_figure(text: str, start: int, position: int, mentions: list[tuple[int, int]]) -> bool:
    """Whether a country at `position`, set off by a comma or "and", follows a chain of figures whose first
    stands right after its verb rather than after a country ("pledged 80 million euros, France 50 million")."""
    while True:
        separator = _LIST_SEPARATOR.search(text, start, position)
        if separator is None:
            return False
        figures = list(_FIGURE.finditer(text, start, separator.start()))
        if not figures:
            return False
        figure = figures[-1].start()
        owner = next((m for m in mentions if m[1] < figure and not text[m[1]:figure].strip()), None)
        if owner is None:
            return True
        position = owner[0]


def _receivers_inferred(article: Article, cast: Cast, found: list[Commitment], commitment: Commitment,
                        givers: set[str]) -> tuple[str, ...]:
    """Whom a gift is for when its clause names no receiver: the one the sentence names as taking it, the
    country its words name, the one its sentence's other gifts go to, a country named just before, or else the
    article's main receiver."""
    named = _other_signer(article, cast, commitment) or _taker_of(article, cast, commitment) or \
        _handed_on(article, cast, commitment) or _taken_after(article, cast, commitment) or \
        _described_taker(article, cast, commitment) or \
        _named_in_item(article, cast, commitment) or \
        _trainees_of(article, cast, commitment) or \
        _staff_of_body(article, cast, commitment) or _arrived_in_capital(article, cast, commitment) or \
        _met_and_signed(article, cast, commitment) or _institution_funded(article, cast, commitment) or \
        _bloc_of_members(article, cast, commitment)
    if named:
        return (named,)
    talks = _after_talks(article, cast, commitment, givers)
    if talks:
        return (talks,)
    linked = _linked_many(article, cast, commitment)
    if linked:
        return linked
    if _link_of_two(article, cast, commitment) or _for_several(cast, commitment):
        return ()
    placed = _placed_in_item(article, cast, commitment) or _placed_after_item(article, cast, commitment) or \
        _both_receivers(found, cast, commitment)
    if placed:
        return placed
    package = _package_of(article, found, commitment)
    if package is not None:
        return package.receivers or _inferred_receivers(article, cast, found, package, givers)
    if _unlinked_body(cast, commitment):
        return ()
    main = _main_receiver(found, cast, commitment.givers)
    main = _its_forces(found, cast, commitment, main) or main
    default = _in_sentence(cast, found, commitment) or _clause_before(article, cast, found, commitment) or \
        _opening_place(article, cast, commitment) or \
        _section_country(article, cast, commitment) or _nearby_receiver(article, cast, commitment, givers, main) or \
        ("" if _only_others_receive(found, cast, main) or _placed_elsewhere(cast, found, commitment, main)
         or _home_body(cast, commitment, main) else main)
    return (default,) if default else ()


def _home_body(cast: Cast, commitment: Commitment, main: str) -> bool:
    """Whether a giver is a body of the very country the article's aid goes to, its name opening with that country
    ("Malawi Red Cross Society volunteers handed over 3,000 hygiene kits to displaced families", "the Peruvian Red
    Cross collected nets"): it gives to people at home, not to its own state."""
    if not main or cast.organisations[main].type != "country":
        return False
    forms = _country_forms(cast, main) | {a for e in ENTRIES if e.name == cast.organisations[main].name
                                          for a in e.adjectives}
    return any(g in cast.organisations and cast.organisations[g].type != "country"
               and _rest_of_name(cast.organisations[g].name, forms) for g in commitment.givers)


_SEVERAL = re.compile(r"\b(?:for|to|in|across|among|between)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:(?:three|four|five|six|"
                      r"seven|eight|nine|ten|eleven|twelve|\d+|several|all|many|various|partner|neighbouring|neighboring)"
                      r"\s+)(?:[\w-]+\s+){0,2}?(?:countries|nations|states|governments|economies)\b")
"""'for the five Central Asian countries', 'across several partner nations': a gift shared among many countries."""


_STATES_OF_A_KIND = re.compile(r"\b(?:for|to|in|across|among|between)\s+(?:(?:help|support|assist)\s+)?(?:the\s+|all\s+|"
                               r"its\s+|their\s+|other\s+|fellow\s+)?(?:(?:[A-Z][\w-]+|small|island|developing|"
                               r"poorer|poorest|vulnerable|low-income|middle-income|coastal|landlocked|front-?line)\s+)"
                               r"{1,3}(?:countries|nations|states|governments|economies)\b")
"""'to help African governments register migrants', 'for climate adaptation in small island states', 'for Pacific
island nations': a gift for a kind of state, none of them named, is for no one country."""


def _for_several(cast: Cast, commitment: Commitment) -> bool:
    """"Japan would mobilise 2.5 trillion yen for the five Central Asian countries", "Sweden will spread the grant
    across several partner nations": a gift its clause says is for many countries that it does not name is no gift
    to the one the article names most. Not "for two countries" (the two the article makes receivers most), nor
    "for the country's schools"."""
    words = " ".join(commitment.wordings) + " " + _clause_after(cast, commitment)
    return bool(_SEVERAL.search(words) or _STATES_OF_A_KIND.search(words))


_TO_A_BODY = re.compile(r"^\s*(?:[^,;:()]{0,40}?\s)?(?:to|for)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(?:society|association|"
                        r"federation|foundation|centre|center|institute|agency|authority|commission|committee|council|"
                        r"company|utility|operator|hospital|clinic|board|bureau|office|directorate|department|ministry|"
                        r"secretariat|administration)\b(?![’'-])(?!\s+(?:of|in)\s+(?:the\s+)?[A-Z])")
"""'to the society', 'for the state electricity company': a body called by its kind, told as the one that takes a gift;
not 'to the health ministry of Chad', a body its country names."""


def _unlinked_body(cast: Cast, commitment: Commitment) -> bool:
    """"Sudan needs help [...] Qatar gave 10 ambulances to the society": a clause that gives to a body called by its
    kind alone, which the rules could not link to one body the article names, tells a receiver all the same; the
    country named most is no better guess than any, and no receiver is better than a wrong one."""
    return bool(_TO_A_BODY.match(_clause_after(cast, commitment)))


_BLOC_MEMBERS = re.compile(r"^\s*(?:[^,;:()]{0,60}?\s)?(?:to|for)\s+(?:(?:help|support|assist)\s+)?(?:all\s+)?the\s+"
                           r"(?P<kind>bloc|group|grouping|alliance|union|community|forum|organi[sz]ation)[’']s\s+"
                           r"(?:\w+\s+)?(?:members|member\s+(?:states|countries|nations|governments|economies))\b")
"""'for the bloc's members', 'to help the group's member states': a gift for the members of a group called by its
kind."""
_BLOC_NAME = re.compile(r"\b(?:Union|Community|Association|Forum|Organi[sz]ation|Group|Alliance|League|Council|"
                        r"Cooperation)\b|^[A-Z][A-Za-z]{2,}$")
"""The names a group of states goes by: 'African Union', 'Pacific Islands Forum', 'ASEAN'."""


def _bloc_of_members(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"ASEAN leaders met in Jakarta. Japan pledged $50 million for the bloc's members", "CARICOM leaders gathered.
    Canada pledged C$30 million to help the group's members rebuild": the one group of states the article has named
    by then, other than one that gives, receives. Not when two such groups are named ("ASEAN and the European
    Union held talks"): the words may stand for either."""
    words = _BLOC_MEMBERS.match(_clause_after(cast, commitment)) or next(
        (m for m in (_BLOC_MEMBERS.search(wording) for wording in commitment.wordings) if m), None)
    if words is None:
        return ""
    kind = words.group("kind").lower()
    before = article.sentences[commitment.sentence].end
    named = {ident for span, ident in cast.org_mentions if span.start < before and ident not in commitment.givers
             and cast.organisations[ident].type != "country" and _BLOC_NAME.search(cast.organisations[ident].name)
             and not _RELIEF_BODY.search(cast.organisations[ident].name)
             and (kind in ("bloc", "group", "grouping")
                  or re.search(r"(?i)\b" + kind[:8], cast.organisations[ident].name))}
    return named.pop() if len(named) == 1 else ""


_PACKAGE_WORDS = frozenset({"package", "tranche"})


def _package_of(article: Article, found: list[Commitment], commitment: Commitment) -> Commitment | None:
    """"Japan announced a $50 million package for flood victims in Bolivia. It includes water pumps and tents": what
    a package is said to include goes where the package goes, whoever else the article helps. The package is the
    one the same giver promised in that sentence or the one before, told as a package; the sentence of the things
    must say they are in it ("It includes", "The package comprises"). Not a thing told on its own after a
    package: "Japan announced a package for Bolivia. Japan also sent tents" leaves the tents to be placed again."""
    if _PACKAGE_WORDS & set(fold(commitment.items[0].name).split()):
        return None
    sentence = article.sentences[commitment.sentence]
    at = _item_at(article, commitment)
    if at is None or not any(verb.lastgroup == "package" and verb.start() < at[0]
                             for verb in _VERBS.finditer(article.masked, sentence.start, sentence.end)):
        return None
    told = [c for c in found if c is not commitment and c.givers == commitment.givers and c.status == commitment.status
            and commitment.sentence - 1 <= c.sentence <= commitment.sentence]
    packages = [c for c in told if _PACKAGE_WORDS & set(fold(c.items[0].name).split()) and not _package_again(found, c)]
    # "Japan will mobilise financing worth 2 trillion yen for the region. The package covers roads": the first
    # gift of the sentence before, when none is called a package
    before = [c for c in told if c.sentence < commitment.sentence]
    return packages[-1] if packages else before[0] if before else None


_AFTER_TALKS = re.compile(r"(?:Afterwards|Afterward|(?:After|Following|At|During)\s+(?:the|their|those|that|this)\s+"
                          r"(?:[\w-]+\s+)?(?:talks|meeting|meetings|discussions|lunch|dinner|call|session))\b\s*,?\s+")
_MET = re.compile(r"\b(?:met|meets|held\s+(?:[\w-]+\s+)?talks|talks\s+with|spoke\s+with|meeting\s+with)\b")


def _after_talks(article: Article, cast: Cast, commitment: Commitment, donors: set[str]) -> str:
    """"Canada's minister and Antigua's Prime Minister held talks over lunch. Afterwards the minister announced that
    Canada will provide 25 million dollars", "Sato met Peruvian President Ana Ruiz. After the meeting, Sato said
    Japan would send ambulances": a gift told just after a meeting, and said to follow it, goes to the one country
    the giver met, when that country gives nothing in the article."""
    index = commitment.sentence
    if index == 0 or len(commitment.givers) != 1 or not _AFTER_TALKS.match(article.sentence_text(index)) or \
            not _MET.search(article.sentence_text(index - 1)):
        return ""
    if any(a.kind == "organisation" and a.ref not in commitment.givers and cast.organisations[a.ref].type == "country"
           for a in cast.in_sentence(index)):
        return ""  # "Afterwards he flew to Chad, where Japan pledged ambulances": the sentence names its own place
    parties = {_party(cast, a, index - 1) for a in cast.in_sentence(index - 1)}
    others = {p for p in parties if p and p != commitment.givers[0] and p not in donors
              and cast.organisations[p].type == "country"}
    return others.pop() if commitment.givers[0] in parties and len(others) == 1 else ""


_LINK = re.compile(r"\b(?:lines?|links?|interconnectors?|interconnections?|pipelines?|roads?|highways?|bridges?|railways?|"
                   r"corridors?|routes?|connections?|cables?|crossings?|border\s+posts?|checkpoints?)\b[^;:.]*?\b(?:between|"
                   r"linking|connecting|joining|that\s+(?:links|will\s+link|connects|will\s+connect|joins))\s+"
                   r"(?P<two>(?:the|both)\s+(?:two\s+)?(?:countries|nations|states|neighbours|neighbors)\b)?")
"""'a new road bridge [...] the busiest crossing between the two countries', 'a power line linking': a link of two
countries, whichever side of it the words name."""


def _link_of_two(article: Article, cast: Cast, commitment: Commitment) -> bool:
    """"The EU is funding a new road bridge over the Drina, the busiest crossing between the two countries", "The
    World Bank will finance a power line linking Kenya and Tanzania": a link that a third party pays for serves
    both countries, and no one of them alone receives it. One of the two that pays for it gives to the other:
    "Romania will lend €100m for a power line linking the two countries" is Moldova's loan."""
    sentence = article.sentences[commitment.sentence]
    at = _item_at(article, commitment)
    if at is None:
        return False
    link = _LINK.search(article.masked, at[0], sentence.end)
    if link is None:
        return False
    if link.group("two"):
        return all(cast.organisations[g].type != "country" for g in commitment.givers)
    first = next((a for a in cast.in_sentence(commitment.sentence) if a.span.start == link.end()), None)
    if first is None or first.kind != "organisation" or cast.organisations[first.ref].type != "country":
        return False
    two = {first.ref, *_listed_after(article, cast, commitment.sentence, first)}
    return len(two) == 2 and not two & set(commitment.givers)


def _linked_many(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"The World Bank will finance transmission lines linking Kenya, Uganda and Rwanda", "a railway connecting
    the Lao PDR, Thailand and Cambodia": a link its clause names as joining three countries or more, none of which gives,
    is for all of them. Two named alone are the sides of one border (see _link_of_two)."""
    at = _item_at(article, commitment)
    if at is None:
        return ()
    link = _LINK.search(article.masked, at[0], article.sentences[commitment.sentence].end)
    if link is None or link.group("two"):
        return ()
    first = next((a for a in cast.in_sentence(commitment.sentence) if a.span.start >= link.end()
                  and re.fullmatch(r"(?:the\s+)?", article.masked[link.end():a.span.start])), None)
    if first is None or first.kind != "organisation" or cast.organisations[first.ref].type != "country":
        return ()
    linked = (first.ref, *_listed_after(article, cast, commitment.sentence, first))
    if len(set(linked)) < 3 or set(linked) & set(commitment.givers) or \
            any(cast.organisations[r].type != "country" for r in linked):
        return ()
    return tuple(dict.fromkeys(linked))


_FOR_FORCES = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:army|army[’']s|military\s+(?!aid|assistance|"
                         r"support|package)|soldiers|troops|armed\s+forces)")
"""'for military hospitals', 'for the army's helicopter fleet', 'to its soldiers': things for a country's forces."""
_FORCE_NAME = re.compile(r"\b(?:Armed\s+Forces|Army|Defen[cs]e\s+Forces|Military)\b")


def _its_forces(found: list[Commitment], cast: Cast, commitment: Commitment, main: str) -> str:
    """"France pledged medical supplies for military hospitals and spare parts for the army's helicopters", in an
    article whose clauses give to the Lebanese Armed Forces: things for the army of the country the aid is for go
    to the one armed force of that country that the article names as receiving."""
    if not main or not _FOR_FORCES.search(" ".join(commitment.wordings) + " " + _clause_after(cast, commitment)):
        return ""
    forms = _country_forms(cast, main)
    forces = {r for c in found for r in c.receivers if cast.organisations[r].type != "country"
              and _FORCE_NAME.search(cast.organisations[r].name) and any(
                  re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", cast.organisations[r].name) for form in forms)}
    return forces.pop() if len(forces) == 1 else ""


_TO_PLACE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:hospitals?|clinics?|schools?|camps?|shelters?|"
                       r"families|people|communities|residents|households|civilians|villages|towns|areas|districts)\s+"
                       r"(?:in|across|around|near)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|"
                       r"(?:north|south)-(?:east|west)(?:ern)?\s+|central\s+)?(?P<place>[A-Z][\w’'-]+)")
"""'to hospitals in southern Gaza', 'for families in Idlib': where the clause itself says the gift goes."""


def _placed_elsewhere(cast: Cast, found: list[Commitment], commitment: Commitment, main: str) -> bool:
    """"CAIRO - [...] The WHO delivered medical supplies to hospitals in southern Gaza": the country named most is the
    host the report comes from, no clause makes any country a receiver, and the clause names where the gift goes
    by a place that is no country the article names: the host is no better guess than any other, and no receiver
    is better than a wrong one. A country some clause makes a receiver keeps the gift ("Norway gave tents to
    Ukraine. Japan sent generators to hospitals in Kharkiv")."""
    if not main or main not in _hosts(cast) or main == _headline_receiver(cast) or \
            any(cast.organisations[r].type == "country" for c in found for r in c.receivers):
        return False
    place = _TO_PLACE.search(" ".join(commitment.wordings) + " " + _clause_after(cast, commitment))
    if place is None:
        return False
    named = place.group("place")
    forms = _country_forms(cast, main)
    return not any(named == form or CAPITALS.get(named) == cast.organisations[main].name for form in forms) and \
        not any(named in o.forms or named == o.name for o in cast.organisations.values())


def _only_others_receive(found: list[Commitment], cast: Cast, main: str) -> bool:
    """Whether the country the article names most is only where the aid passes or is spent: no clause names it
    as receiving, while two clauses at least name bodies that are not its own, one of them at least besides UN
    agencies and the Red Cross. "Egypt hosted the talks [...] Saudi Arabia gave $500 million to the Palestinian
    Authority [...] Qatar pledged $200 million to the Palestinian Authority [...] Kuwait pledged $100 million for
    schools" gives Kuwait's sum to no one: the host is not whom the article's aid is for. "Kenya hosts 300,000
    refugees [...] Japan gave rice to the Lutheran World Federation [...] Norway sent medicines to the International
    Rescue Committee [...] Germany pledged 5 million euros" gives the sum to no one the article makes a receiver;
    in "Relief reached Chad [...] Japan gave tents to the Chadian Red Cross [...] Norway sent boats" Chad receives
    the boats, as it does after gifts to UNICEF and the WFP alone, or when the headline gives to it ("Donors pledge
    $2 billion for Chad")."""
    if not main or main == _headline_receiver(cast):
        return False  # "$45 Million to Clear Mines in Laos": the headline makes it the receiver
    named = [r for c in found for r in c.receivers]
    if len(named) < 2 or main in named:
        return False
    forms = _country_forms(cast, main)
    if any(cast.organisations[r].type == "country" or any(
            re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", cast.organisations[r].name) for form in forms)
            for r in named):
        return False
    # a UN agency or the Red Cross takes aid inside the country in need, and says nothing against it
    return len({r for r in named if not _RELIEF_BODY.search(cast.organisations[r].name)}) >= 1


_UNDER_WHICH_GIVER = re.compile(r"\bunder\s+which\s+(?:the\s+)?$")
_SIGNED_BY = re.compile(r"\b(?:signed|inked|put\s+their\s+(?:names|signatures)\s+to|concluded)\b")


def _other_signer(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Britain and the AU signed a memorandum under which the United Kingdom will fund training for
    peacekeepers", "the agreement signed by the grid operators Transelectrica and Moldelectrica, under which
    Transelectrica will provide reserve capacity", "Norwegian Foreign Minister Eva Berg and Kenyan Finance Minister
    Jane Otieno signed a memorandum under which Norway will provide ambulances": of the two the sentence names as
    signing, the one that does not give receives, or the country of the one that does not give."""
    if len(commitment.givers) != 1:
        return ""
    actors = cast.in_sentence(commitment.sentence)
    giver = next((a for a in actors if a.kind == "organisation" and _UNDER_WHICH_GIVER.search(
        article.masked[max(0, a.span.start - 30):a.span.start]) and _party(cast, a, commitment.sentence)
        in commitment.givers), None)
    if giver is None:
        return ""
    # "the Chilean grid operator Coordinel and the Peruvian utility Electroperu": the adjectives are no signers
    # "Norway's minister Eva Berg and Kenya's Jane Otieno signed a memorandum": a signer may be a person, for the
    # country of their title
    before = [a for a in actors if a.span.end <= giver.span.start and article.masked[a.span.start:a.span.end]
              not in _ADJECTIVES]
    pairs = [(one, two) for one, two in ((before[i], before[i + 1]) for i in range(len(before) - 1)) if re.fullmatch(
        r"\s*,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?", article.masked[one.span.end:two.span.start])]
    opening = article.masked[article.sentences[commitment.sentence].start:giver.span.start]
    if len(pairs) != 1 or not _SIGNED_BY.search(opening):
        return ""
    parties = {_party(cast, a, commitment.sentence) or (a.ref if a.kind == "organisation" else "") for a in pairs[0]}
    others = parties - set(commitment.givers)
    if "" in parties:
        return ""
    return others.pop() if len(parties) == 2 and len(others) == 1 else ""


_THE_TWO_SIGNED = re.compile(r",?\s+and\s+(?:the\s+two|both)(?:\s+(?:men|women|ministers|leaders|officials|sides))?\s+"
                             r"(?:then\s+|also\s+|later\s+)?(?:signed|inked|concluded)\b[^;:.]*\bunder\s+which\s+(?:the\s+)?$")
"""', and the two signed an agreement under which ': the two who met sign, and what follows one of them gives."""
_MET_THEN_SIGNED = re.compile(r"\s+(?:met|held\s+talks)\b[^;:.]{0,80}?\s+and\s+(?:then\s+|also\s+|later\s+)?"
                              r"(?:signed|inked|concluded)\b[^;:.]*\bunder\s+which\s+(?:the\s+)?$")
"""' met in Tbilisi on Monday and signed an agreement under which ': those who met, named before, sign."""


def _met_and_signed(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Tanaka met Kenya's finance minister, Jane Otieno, and the two signed a deal under which Japan will lend $200
    million", "Kapanadze and the FAO's representative in Georgia met in Tbilisi and signed an agreement under which
    FAO will supply seed": of the two a sentence says met and then signed, the country of the one that does not
    give receives. Only one such country: "met Otieno and Rossi, and the two signed" names no one side."""
    if len(commitment.givers) != 1:
        return ""
    sentence = article.sentences[commitment.sentence]
    actors = cast.in_sentence(commitment.sentence)
    giver = next((a for a in actors if a.kind == "organisation" and _party(cast, a, commitment.sentence)
                  in commitment.givers and (_THE_TWO_SIGNED.search(article.masked[sentence.start:a.span.start])
                                            or _MET_THEN_SIGNED.search(article.masked[sentence.start:a.span.start]))),
                 None)
    if giver is None:
        return ""
    opening = article.masked[sentence.start:giver.span.start]
    met = re.search(r"\b(?:met|meets|meeting|held\s+talks\s+with|talks\s+with)\b", opening)
    two = _THE_TWO_SIGNED.search(opening)
    then = _MET_THEN_SIGNED.search(opening)
    if met is not None and two is not None:
        # "Tanaka met Kenya's minister, Jane Otieno, and the two signed": the one met, after "met"
        span = (sentence.start + met.end(), sentence.start + two.start())
    elif then is not None:
        span = (sentence.start, sentence.start + then.start())  # "Kapanadze and the FAO's Demirtas met and signed"
    else:
        return ""
    # the parties of those named, and any country named in their titles ("the FAO's representative in Georgia")
    parties = {_party(cast, a, commitment.sentence) for a in actors if span[0] <= a.span.start < span[1]} | \
        {ident for place, ident in cast.org_mentions if span[0] <= place.start < span[1]}
    others = {p for p in parties if p and p not in commitment.givers and cast.organisations[p].type == "country"}
    return others.pop() if len(others) == 1 else ""


def _signer_for_adjective(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"signed by Transelectrica and Moldelectrica, under which Transelectrica will provide reserve capacity to
    the Moldovan grid": a receiver the clause names only by its country's adjective is the body that signed
    with the giver, when that body is no lender or fund through which others give."""
    if len(commitment.receivers) != 1 or cast.organisations[commitment.receivers[0]].type != "country":
        return ()
    signer = _other_signer(article, cast, commitment)
    if not signer or cast.organisations[signer].type == "country" or _LENDER.search(cast.organisations[signer].name) \
            or _CHANNEL.search(cast.organisations[signer].name):
        return ()
    sentence = article.sentences[commitment.sentence]
    under = article.masked.find("under which", sentence.start, sentence.end)
    named = [article.masked[span.start:span.end] for span, ident in cast.org_mentions
             if ident == commitment.receivers[0] and under <= span.start < sentence.end]
    return (signer,) if under >= 0 and named and all(form in _ADJECTIVES for form in named) else ()


_MET_AND = re.compile(r"\b(?:met|meets|meeting|held\s+talks\s+with|spoke\s+with)\b[^;.]*\band\s+(?:\w+\s+)?$")
"""'where he met Tran Quoc Dung and pledged': one subject met someone and, in the same breath, gave."""
_ASIDE = re.compile(r"\s*,\s*(?:by|in|on|at|over|before|after|within|during|next|this|last|as\s+early\s+as|as\s+soon\s+as)"
                    r"\b[^,;.:]{1,40},\s*")
"""An aside of time between a verb of giving and what it gives."""
_NEGATED = re.compile(r"\b(?:not|n't|never|no|nor)\s+(?:\w+\s+)?$|\b(?:not|n't|never)\s+(?:need|seek|take|accept|want|"
                      r"get|receive|require|request)\s+(?:\w+\s+)?$|\b(?:refused|refuses|declined|declines|reluctant|"
                      r"unwilling|hesitant|failed|fails|yet)\s+to\s+(?:\w+\s+)?$|\bruled\s+out\s+(?:\w+\s+)?$")
"""'did not send', 'refused to deliver', 'has yet to provide', 'ruled out sending': no commitment; nor 'would not
need further loans from the IMF', 'will not seek new credit from Beijing': a gift said as a noun after a negated verb
of wanting or taking it."""
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|should\s+(?:it|they|the)|in\s+case)\b[^;:—–]*$|"
                           r"\b(?:could|might|may|consider|considers|considering|considered|weigh|weighs|weighing|"
                           r"discuss|discussed|discussing|debate|debating|ask\s+whether)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""'if Congress approves, ... would send', 'would consider sending', 'could provide', 'is weighing whether to
send': a gift that may or may not come is not proposed."""


_HOPED = re.compile(r"\b(?:hope[sd]?|hoping|wants?|wanted|wish(?:es|ed)?|would\s+like|count(?:s|ed)?\s+on|"
                    r"expects?|expected|trusts?|trusted)\s+(?:that\s+)?[^,;:—–]{1,60}?$")
"""'Ukraine hoped Canada would help pay for a battery': a gift the receiver hopes for is asked for, not pledged."""
_CONDITION = re.compile(r"\b(?<!even\s)(?<!as\s)(?:if|unless|provided\s+that|on\s+condition\s+that)\b")
"""'will send aid if the border reopens': a gift under a condition the text leaves open."""


_THING_AFTER = re.compile(r"\s+(?:an?|the|some|more|\d|[A-Z]{0,3}[€$£¥])")


def _first_object(article: Article, after: list[Actor], position: int) -> Actor | None:
    """The body named right after a verb of giving and before the thing, which receives it: "an agreement under which
    Switzerland will give GRIDCo a grant of 12 million francs"; None where the thing comes first ("will give a grant
    to GRIDCo")."""
    first = next((a for a in after if a.span.start >= position), None)
    if first is None or first.kind != "organisation" or article.masked[position:first.span.start].strip() not in ("", "the"):
        return None
    return first if _THING_AFTER.match(article.masked, first.span.end) else None


def _hoped(article: Article, cast: Cast, index: int, verb: re.Match[str], clause: _Clause) -> _Clause | None:
    """A gift whose giver is the object of a hope: asked by the one who hopes, or nothing when the text
    does not say who hopes."""
    if clause.status == "asked":
        return clause
    sentence = article.sentences[index]
    hope = _HOPED.search(article.masked[sentence.start:verb.start()])
    if not hope:
        return clause
    who = cast.subject_before(sentence.start + hope.start(), index)
    hoper = _party(cast, who, index)
    if not hoper or hoper in clause.givers:
        return None
    return replace(clause, receivers=(hoper,), status="asked",
                   why=f"{LIKELY}: {hope.group().split()[0]!r}: a gift hoped for, so asked for")


def _conditional(article: Article, verb: re.Match[str], end: int) -> bool:
    """Whether the clause of a gift goes on to set a condition on it."""
    if verb.lastgroup == "asked":
        return False
    rest = article.masked[verb.end():end]
    cut = _CLAUSE_END.search(rest)
    return bool(_CONDITION.search(rest[:cut.start()] if cut else rest))


_DENIED = re.compile(r"\b(?:dismissed|denied|denies|rejected|rejects|ruled\s+out|played\s+down|refuted)\s+(?:(?:the\s+)?"
                     r"(?:reports?|claims?|suggestions?|speculation|rumou?rs?)\s+)?(?:that\s+)?[^.;:]{0,60}$")
"""'dismissed reports that Athens would send its S-300s': a gift denied is none."""
_MAKER = re.compile(r"\b(?:made|built|produced|manufactured|developed|designed|damaged|destroyed|hit|caused|led|run|"
                    r"operated|owned|chaired|hosted|organi[sz]ed)\s+(?:by|in)\s+(?:the\s+)?$")
"""'missiles made by Thales', 'substations damaged by Russian strikes': a "by" that names a maker or a cause,
not the one who gives."""


def _agent(article: Article, actor: Actor, start: int) -> bool:
    """Whether `actor` is the agent of a gift: named after "from" or "by", as a party and not an adjective."""
    before = article.masked[max(start, actor.span.start - 24):actor.span.start]
    return bool(re.search(r"\b(?:from|by)\s+(?:the\s+)?$", before)) and not _MAKER.search(before) \
        and (article.masked[actor.span.start:actor.span.end] not in _ADJECTIVES
             or bool(_STATE_NOUN.match(article.masked, actor.span.end)))


_STATE_NOUN = re.compile(r"\s+(?:government|authorities|cabinet|state|(?:[a-z]+\s+)?ministry|armed\s+forces|army|people)\b")
"""'paid for by the Swiss government': an adjective with the state it qualifies names that state."""


def _unreal(article: Article, start: int, verb: re.Match[str]) -> bool:
    """Whether a verb of giving is negated or hypothetical in its sentence; a request ("asked X to
    consider sending") is a request all the same."""
    before = article.masked[start:verb.start()]
    if _NEGATED.search(before[-30:]) or _DENIED.search(before):
        return True
    return verb.lastgroup != "asked" and bool(_HYPOTHETICAL.search(before))


_WORTH = r"(?:\s+(?:of|worth|totalling|totaling|valued\s+at)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?" \
    r"(?:[A-Z]{0,3}[€£$¥]|[A-Z]{3}\s)?\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?(?:\s+(?:[a-z]+|[A-Z]{3}))?(?:\s*\([^()]{1,30}\))?)?"
"""The sum a signed document is worth, said between its name and the one it is signed with: "a grant agreement
of 1.2 billion yen (about $8 million) with Tonga", "a loan of 60 million euros with the bank"."""


_REPRESENTED_BY = r",\s*(?:represented|led|accompanied)\s+by\s+(?:(?:its|their|the)\s+(?:[^,;:()]{2,80},\s+)?)?"
"""'Japan, represented by its ambassador, Kenji Sato, pledged': the one represented, its envoy's title set off
before the name or not."""


def _clause(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
            previous: _Clause | None) -> _Clause | None:
    """Who gives and who receives, for one verb of giving."""
    kind = verb.lastgroup or ""
    status = "pledged" if kind == "progressive" and _PROMISING.search(verb.group()) else _STATUS[kind]
    actors = cast.in_sentence(index)
    after = [a for a in actors if a.span.start >= verb.end()]
    if kind in _RECEIVER_FIRST:
        return _receiving(article, cast, index, verb)
    if kind == "arrived":
        return _arrival(article, cast, index, verb)
    if kind == "package":
        # "Germany's new package includes ...", "Pledges by the Nordic countries included ..."
        # "According to a statement from the Commission, it covers ...", "The ministry said it includes ...": the
        # pronoun stands for a gift told before, never for a body named just ahead of it, which tells of the gift
        inside = [] if _pronoun_package(verb) else [a for a in actors if verb.start() - 40 <= a.span.start < verb.end()]
        owner = next((a for a in inside if a.kind == "organisation" and (
            (a.span.end <= verb.start() and re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,3}",
                                                         article.masked[a.span.end:verb.start()]))
            # "The new UK package includes", "a further Danish aid package contains": the one it names
            or (a.span.end <= verb.start() and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", article.masked[a.span.end:verb.start()])
                and re.search(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}$",
                              article.masked[max(0, a.span.start - 24):a.span.start]))
            or re.search(r"\b(?:by|from|of)\s+(?:the\s+)?$", article.masked[a.span.start - 10:a.span.start]))), None)
        if owner is None:
            return _carried(article, cast, index, verb) or _said_it_would_cover(article, cast, index, verb)
        status = "delivered" if verb.group().lower().startswith("deliveries") else status
        return _Clause((owner.ref,), (), status, verb.end(), f"{LIKELY}: what {cast.organisations[owner.ref].name}'s "
                       "package or pledge includes")
    if kind == "thanked":
        return _thanked(article, cast, index, verb, after)
    reader = _READERS.get(kind)
    if reader is not None:
        return reader(article, cast, index, verb)
    if kind == "gerund":
        # "Stankevičienė opened the conference by announcing €15m for demining machines": the sentence's subject
        first = cast.sentence_subject(index)
        giver = _party(cast, first, index) if first is not None and first.kind != "pronoun" else ""
        return _Clause((giver,), (), status, verb.end(), f"{LIKELY}: {verb.group()!r} by the sentence's subject") \
            if giver else None
    if kind == "gift_by":
        return _gift_by(article, cast, index, verb)
    if kind in _NOMINAL:
        return _gift_noun(article, cast, index, verb)
    if kind in ("decision", "contribution"):
        # "welcomed Spain's decision to send", "Canada's contribution: C$200 million for armoured vehicles"
        return _decision(article, cast, index, verb)
    if kind == "asked_more":
        return _asked_more(article, index, verb, previous)
    if kind == "asked":
        if (sum_before := _sum_asked_before(article, cast, index, verb)) is not None:
            return sum_before
        that = re.match(r"\s+that\b", article.masked[verb.end():])  # "requested that Poland consider ..."
        asked, position = _listed(article, after, verb.end() + (that.end() if that else 0))
        if that and not asked:
            asked, position = _kind_asked_that(cast, index, verb.end() + that.end())
        if that and not asked:
            return None
        # "Speaking for the government, Ana Ruiz, Minister of Housing, urged donors to ...": a name and its title
        # set off by commas before the verb
        who = _said_body(article, cast, index, verb.start()) or cast.subject_before(verb.start(), index, set_off=True) \
            or cast.subject_before(verb.start(), index) \
            or _and_subject(article, cast, index, verb.start()) or _side_of(article, cast, index, verb.start())
        # "Ruiz used the meeting to ask Tokyo for": the one the sentence opens with
        opener = who or _opener(article, cast, index, verb)
        asker = _asker(cast, opener, index) or _asker_referred(article, cast, index, verb.start()) or \
            _appeal_owner(article, cast, index, verb) or _on_behalf(article, cast, index, verb.start()) or \
            _officials_of(article, cast, index, verb.start())
        if not asked:
            asked, position = _asked_back(article, cast, meetings, index, verb, asker)
        if not asked:
            asked, position = _support_of(article, cast, index, position, asker)
        rest = article.masked[position:article.sentences[index].end]
        # "asked for EU support to map flooded land": the purpose, one thing however many its words
        purpose = bool(asked) and bool(_SUPPORT_TO.search(article.masked, max(0, position - 12), position))
        lead = _REQUEST_LEAD.match(rest) or _SUPPORT_FOR.match(rest) or (_EXPERTISE_ON.match(rest) if asked else None) or \
            (re.match(r"\s*", rest) if purpose or (asked and re.match(r"(?:requested|requests|sought|seeks)", verb.group()))
             else None)
        # "asked for UK expertise on flood control": the field of the expertise, one thing however many its words
        purpose = purpose or (lead is not None and lead.re is _EXPERTISE_ON)
        owned = re.match(r"[’']s" + _SUPPORT_FOR.pattern, rest) if asked else None
        if owned:
            lead = owned  # "requested Japan's support for rebuilding the bridges": what the support is for
        support = _SUPPORT_FOR.match(rest, lead.end()) if lead else None
        if support and not _FOR_WHOM.match(rest, support.end()):
            # "requested Irish funding for the rebuilding of the hospital": what the support is for; "asked FAO for
            # support with aerial spraying": a work, one thing however many its words
            lead = support
            purpose = purpose or bool(asked and re.search(r"\s(?:with|in)\s+$", lead.group()) and _WORK.match(rest, lead.end()))
        named_again = _own_support(cast, index, rest, position, lead.end(), asked) if asked and lead else None
        if named_again is not None:
            lead = named_again  # "thanked Norway and asked for further Norwegian help with school tents": what the help is for
            purpose = purpose or bool(_WORK.match(rest, lead.end()))  # "... help with clearing mines": one thing
        equipped = _equipped(article, cast, index, position + lead.end(), lead.group()) if asked and lead else None
        if equipped is not None:
            return _Clause(asked, (equipped[0],), status, equipped[1], f"{LIKELY}: {verb.group()!r}: a request to "
                           "equip a body")
        together = _asking_together(article, cast, meetings, index, verb.start()) if not asker and asked else ()
        if together and lead and not set(together) & set(asked):
            # "The two governments have addressed a joint request to the World Bank to finance a study": both ask
            return _Clause(asked, together, status, position + lead.end(), f"{LIKELY}: {verb.group()!r}: a request "
                           "by the two sides", whole=purpose or _purpose_lead(lead.group(), rest[lead.end():]))
        if not asker and asked and lead and ((opener is not None and opener.kind != "organisation") or re.search(
                r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:government|ministry)|[Oo]fficials)" + _SAID_IT +
                r"\s+(?:(?:has|had|have|also|formally|already)\s+)*$", article.masked[max(0, verb.start() - 50):verb.start()])):
            # "Foreign Minister Lysenko urged Germany to send ...", "Yusupaliev said his ministry had asked Seoul
            # for dialysis machines": someone whose country the text leaves unsaid asks for the side the article's
            # aid goes to
            return _Clause(asked, (), status, position + lead.end(), f"{LIKELY}: {verb.group()!r}: a request by "
                           "the side that receives", whole=purpose or _purpose_lead(lead.group(), rest[lead.end():]))
        askers = _asking_list(article, cast, index, who) if asker and who is not None else ()
        askers = askers if asker in askers else (asker,)
        if not asked and (asker or (opener is not None and opener.kind != "organisation") or
                          _UNNAMED_ASKER.search(article.masked[max(0, verb.start() - 40):verb.start()])) and \
                (clause := _open_request(article, cast, meetings, index, verb, asker, status)):
            return replace(clause, receivers=askers) if clause.receivers == (asker,) else clause
        if not asker:
            return None
        if not asked and (lead is None or lead.group().strip() == "for"):
            # "asked for $30 million from the World Bank": the one named after "from" is asked
            from_clause = _request_from(article, cast, index, verb, asker)
            if from_clause is not None or lead is None:
                return replace(from_clause, receivers=askers) if from_clause is not None else None
        if not lead:
            return None
        asked = asked or _counterpart(meetings, index, asker, cast)
        if not asked:
            return None
        # "help in sourcing and financing a scanner": a purpose, one thing however many its words
        so_that = _SO_THAT.search(rest, lead.end())
        dative = _asked_to_give_whom(article, cast, index, lead.group(), position + lead.end(), (*asked, *askers))
        if dative is not None:
            # "India asked the ADB to lend Nepal $300m": the one the asked is to give to receives, the asker pleads
            return _Clause(asked, dative[0], status, dative[1], f"{LIKELY}: {verb.group()!r}: a request to give to another")
        askers = _asked_for_another(article, cast, index, lead.group(), position + lead.end(), asked, askers) or askers
        # "asked France for vehicles and radars, officials in Yerevan said": who told of it is no thing asked for
        return _Clause(asked, askers, status, position + lead.end(), f"{LIKELY}: {verb.group()!r}: a request",
                       end=position + so_that.start() if so_that else _told_by(article, index, position + lead.end()),
                       whole=purpose or _purpose_lead(lead.group(), rest[lead.end():]))
    if kind == "agreed" and verb.group().lower().startswith(("agreement", "deal")):
        first = after[0] if after else None
        if first is None or first.kind != "organisation" or article.masked[verb.end():first.span.start].strip():
            return None
        rest = article.masked[first.span.end:article.sentences[index].end]
        lead = re.match(r"\s+(?:to|will|would)\s+" + _ADVERBS + _GIVE + r"\s+", rest)
        if not lead:
            return None
        position = first.span.end + lead.end()
        receiver = _first_object(article, after, position)
        if receiver is not None:
            return _Clause((first.ref,), (receiver.ref,), status, receiver.span.end, f"{LIKELY}: an agreement to give")
        return _Clause((first.ref,), (), status, position, f"{LIKELY}: an agreement to give")
    if kind == "coordinated":
        # "will donate 40 vehicles to Ukraine and train its soldiers": the second verb shares the first's giver
        return _Clause(previous.givers, (), previous.status, verb.end(), f"{LIKELY}: {verb.group()!r} joined by "
                       "'and' to a gift just read") if previous is not None else None
    opening = _before_just(article, verb.start())
    if kind == "signed" and (between := _signed_between(article, cast, index, verb)) is not None:
        return between
    subject = cast.subject_before(opening, index, set_off=True) or _organ_subject(article, cast, index, opening) or \
        _crew_subject(article, cast, index, opening)
    if subject is not None and subject.kind == "person" and re.search(
            _REPRESENTED_BY + "$", article.masked[max(0, subject.span.start - 120):subject.span.start]):
        # "Germany, represented by Katrin Albrecht, its state secretary, added", "Japan, represented by its
        # ambassador, Kenji Sato, pledged": the one represented
        before = [a for a in actors if a.span.end <= subject.span.start and a.kind == "organisation"]
        subject = before[-1] if before and re.fullmatch(_REPRESENTED_BY, article.masked[before[-1].span.end:
                                                                                        subject.span.start]) else subject
    if subject is not None and re.search(r",\s*which\s", article.masked[subject.span.end:verb.start()]) and \
            not re.match(r"(?:announced|pledged|promised|committed|offered|unveiled|approved)\b", verb.group()) and re.search(
            r"\b(?:to|for|from|with|by|of|in|on|at)\s+(?:the\s+)?$", article.masked[max(0, subject.span.start - 12):
                                                                           subject.span.start]):
        # "a loan from the EBRD to Naftogaz, which will finance ...": "which" is the loan; "came from the AfDB,
        # which announced a loan": a body announces
        subject = None
    if subject is not None and re.search(r",\s*(?:which|who)\s+(?:already\s+|also\s+)?$",
                                         article.masked[subject.span.end:verb.start()]) and \
            re.fullmatch(r"(?:supplies|provides|gives|funds|finances|sends|delivers|pays)", verb.group()):
        return None  # "Romania, which already supplies most of Moldova's electricity": what it does, not news
    givers: tuple[str, ...] = ()
    anaphor = _ANAPHOR.fullmatch(article.masked[_own_start(article, index):verb.start()])
    reported = _REPORTED_BODY.search(article.masked[article.sentences[index].start:verb.start()])
    said_body = None if reported else _said_body(article, cast, index, verb.start())
    if said_body is not None:
        # "Its director said the company had promised": the body the clause names by its kind, not the speaker
        givers = (_party(cast, said_body, index),)
    elif subject is None and anaphor:
        # "Sweden announced new aid. The country will send 12 howitzers": the one the sentences before opened with
        party = _earlier_subject(cast, index, anaphor.group("noun").lower()) or \
            _state_opened_before(cast, index, anaphor.group("noun").lower())
        givers = (party,) if party else ()
    elif subject is None and reported:
        # "The EU ambassador, Annika Holmberg, said that the bloc had set aside": the body named before it
        start = article.sentences[index].start + reported.start()
        body = next((ident for span, ident in reversed(cast.org_mentions) if article.sentences[index].start <= span.start
                     and span.end <= start and cast.organisations[ident].type != "country"), "")
        givers = (body,) if body else ()
    elif subject is None and kind in ("delivered", "future") and \
            (by_vehicle := _vehicle_owner(article, cast, index, verb.start())):
        givers = (by_vehicle,)
    elif subject is None and (body := _speakers_body(article, cast, index, verb.start())
                              or _kind_subject(article, cast, index, verb.start())):
        givers = (body,)
    elif (subject is None or subject.kind == "organisation") and \
            (through := _through_channel_subject(article, cast, index, verb.start())):
        # "Qatar, through the Qatar Fund for Development, Qatar Charity and the Red Crescent, has provided": the
        # channels set off after the opener, however many, are its means; the opener gives
        givers = (through,)
    elif kind == "signed" and (subject is None or subject.kind == "description") and \
            (talks := _THE_TWO_AFTER_TALKS.search(article.masked[_own_start(article, index):verb.start()])):
        givers = _signing_meeting_parties(cast, meetings, index, index if talks.group("talks") else 1)
    elif subject is not None:
        chain = _chain(article, actors, subject)
        if chain is None:
            return None
        givers = tuple(g for g in (_party(cast, a, index) for a in chain) if g)
        givers = (*givers, *(g for g in _singled_out(article, cast, index, subject, verb.start()) if g not in givers))
        if not givers and subject.kind == "person":
            party = _body_of_role(article, cast, index, subject)
            givers = (party,) if party else ()
        if not givers and subject.kind in ("person", "pronoun"):
            party = _headline_principal(cast, cast.person_of(subject, index)[0])
            givers = (party,) if party else ()
        if subject.kind != "organisation" and len(givers) <= 1 and \
                (aid_owner := _aid_owner_named(article, cast, index, verb.end())):
            givers = (aid_owner,)
    elif re.search(r"\b(?:[Ii]t|its\s+government|(?:his|her|their|its)\s+(?:country|government))\s+(?:had\s+|has\s+)?$",
                   article.masked[max(0, verb.start() - 34):verb.start()]):
        # "Rheinmetall said it had signed", "the DFC, which said it would provide": the one who said so
        which = _which_said(article, cast, index, verb.start()) or _adding_that(article, cast, index, verb.start()) \
            or _said_it(article, cast, index, verb.start())
        speaker = which or cast.sentence_subject(index)
        party = _party(cast, speaker, index) if speaker is not None else _government(article, cast, index)
        if not party and re.fullmatch(r"\s*It\s+(?:\w+\s+){0,2}", article.masked[_own_start(article, index):verb.start()]):
            party = _last_subject(cast, index)
        givers = (party,) if party else ()
    elif re.search(r"\bthey\s+(?:had\s+|have\s+)?$", article.masked[max(0, verb.start() - 12):verb.start()]):
        givers = _they_said(article, cast, index, verb.start())
    elif previous is not None and re.search(r"\band\s+$", article.masked[max(0, verb.start() - 6):verb.start()]):
        givers = previous.givers
    elif re.search(r"(?:\b(?:and|but)\s+|,\s*(?:after\s+)?having\s+)(?:(?:has|have|had|also|then|later)\s+)*$",
                   article.masked[max(0, verb.start() - 20):verb.start()]):
        # "Turkey has pledged to keep the strait open and offered naval escorts", "Germany remains the largest
        # donor, having provided 28 billion euros": the sentence's subject
        first = cast.sentence_subject(index) or _opener_after_place(article, cast, index) or \
            _pronoun_after_time(article, cast, index)
        party = _party(cast, first, index) if first is not None and (first.kind != "pronoun" or _PERSON_PRONOUN.fullmatch(
            article.masked[first.span.start:first.span.end])) else ""
        givers = (party,) if party else ()
    elif kind in ("agreed", "joint", "signed") and (_TOGETHER.search(article.masked[_own_start(article, index):
                                                                                   verb.start()])
                                                   or _WHERE_THE_TWO.search(article.masked[_own_start(article, index):
                                                                                          verb.start()])):
        opening_words = article.masked[_own_start(article, index):verb.start()]
        givers = _meeting_parties(meetings, index) or _two_countries(cast, opening_words) or \
            _two_who_met(cast, meetings, index, opening_words)
    if not givers:
        return None
    if kind == "signed" and (gift := _signed_for_gift(article, cast, index, verb, givers, after)) is not None:
        return gift
    position = verb.end()
    receivers: tuple[str, ...] = ()
    first = after[0] if after else None
    if first is not None and first.kind == "organisation" and article.masked[position:first.span.start].strip() in ("", "the") \
            and not (article.masked[position:first.span.start].strip() and kind in ("agreed", "joint")):
        if kind == "signed":
            return None
        receivers = (first.ref,)
        # "promised Ukraine a system": the item follows the receiver; "will train Ukrainian pilots": the
        # adjective is the item's first word, and names the receiver all the same
        position = first.span.end if article.masked[first.span.start:first.span.end] not in _ADJECTIVES else position
        with_ = re.match(r"\s+(?:\([^()]{1,15}\)\s+)?with\s+", article.masked[position:])  # "... Force (RSIPF) with"
        if with_:
            position += with_.end()
    signed_with = re.match(r"\s+(?:an?\s+)?(?:[\w€£$¥.-]+\s+){0,5}?(?:agreement|memorandum|deal|contract|accord|treaty|"
                           r"loan|grant|credit\s+line|line\s+of\s+credit|financing(?:\s+package)?|"
                           r"declaration|letter\s+of\s+(?:intent|understanding)|arrangement|protocol|[Ee]xchange\s+of\s+[Nn]otes)"
                           + _WORTH + r"\s+with\s+(?:[Tt]he\s+)?" + _GOVERNMENT_OF_STATE + "$",
                           article.masked[verb.end():first.span.start]) if first is not None else None
    if kind == "signed" and len(givers) == 1 and signed_with and first is not None and first.kind == "organisation":
        givers = (*givers, first.ref)  # "the EIB signed an agreement with Ukraine on ...": the two parties
        givers = (*givers, *(a.ref for a in _cosigners(article, after, first) if a.ref not in givers))
    elif kind == "signed" and len(givers) == 1 and signed_with and first is not None and \
            (party := _person_signing_for(cast, index, first)) and party not in givers:
        givers = (*givers, party)
    main = _main_receiver([], cast)
    if kind == "signed" and len(givers) > 1 and signed_with and first is not None and first.ref == main and \
            first.ref not in givers:
        # "Norway and Denmark signed an agreement with Chad to deploy engineers": the signers the text lists give,
        # the one they signed with, the side the article's aid goes to, receives
        receivers = (first.ref,)
    # "agreed to extend the training of Ukrainian pilots": the side the item names by its adjective gains
    main = next((a.ref for a in after if 0 <= a.span.start - position < 60 and a.ref in givers and len(givers) > 1
                 and article.masked[a.span.start:a.span.end] in _ADJECTIVES and _PEOPLE_NOUN.match(article.masked, a.span.end)),
                main)
    named = tuple(r for r in _receiver_after(article, cast, index, position) if r not in givers) \
        if kind in ("agreed", "signed") and not receivers else ()
    if kind == "signed" and receivers:
        pass
    elif named and (kind == "agreed" or re.match(r"\s+(?:an?\s+)?(?:[\w€£$¥.-]+\s+){0,3}?(?:contract|deal|agreement)\s+to\s+"
                                              + _GIVE, article.masked[verb.end():])):
        # "Greece and Bulgaria agreed to supply shells to Ukraine", "Germany signed a contract to deliver 20
        # vehicles to Ukraine": the one named after "to" receives, and every signer gives
        receivers = named
        on = re.match(r"\s+(?:an?\s+)?(?:[\w€£$¥.-]+\s+){0,3}?(?:contract|deal|agreement)\s+", article.masked[position:])
        if kind == "signed" and on:
            position += on.end()
    elif kind == "signed" and named and (own := _signer_of_body(cast, givers, named)):
        # "the two ministers signed the Exchange of Notes for a package for the Kenya Navy": the state whose
        # body the document is for receives through it, the other signer gives
        givers, receivers = tuple(g for g in givers if g != own), named
    elif kind == "signed" and signed_with and len(givers) == 2 and ((main not in givers and \
            re.search(r"\b(?:loan|grant)" + _WORTH + r"\s+with\s+(?:[Tt]he\s+)?$", signed_with.group()) and \
            not _borrows_from_lender(cast, givers)) or _sum_signed_with(cast, index, givers, signed_with.group())):
        # "the EIB signed a €400 million loan with Ukrenergo": the lender gives, the one it signed with receives;
        # "Germany signed a 25 million euro grant with Jordan": a state signing its sum with another gives
        givers, receivers = givers[:1], givers[1:]
    elif kind == "signed" and signed_with and len(givers) > 2 and _LENT.search(signed_with.group()) and \
            (lender := _one_lender(cast, givers)):
        # "the IDB signed a US$600 million credit line with Ecuador, Peru and Colombia": the one lender gives, every
        # other signer the text lists after "with" borrows
        givers, receivers = (lender,), tuple(g for g in givers if g != lender)
    elif kind == "signed" and len(givers) == 2 and (sides := _lends_or_is_lent(cast, givers, signed_with.group(), main)
                                                     if signed_with else _lends_or_is_lent(cast, givers, "loan")
                                                     if _LOAN_SIGNED.match(article.masked, position) else None):
        # "the UK signed a £5 million agreement with Africa CDC", "Ukraine signed a loan with the EIB", "the IDB
        # and the Government of Jamaica signed a US$100 million loan": a lender, or else a state signing with a
        # body, gives
        givers, receivers = sides
    elif kind == "signed" and len(givers) == 2 and main not in givers and not named and \
            (lent := _lent_by_one_lender(cast, givers)):
        # "The EU and Moldova signed a memorandum on 270 million euros of assistance", in an article whose aid
        # goes mostly to another: of a lender and one that is none, the lender gives
        givers, receivers = lent
    elif kind == "signed" and len(givers) == 1 and main and main not in givers and \
            _LENDER.search(cast.organisations[givers[0]].name) and _WITH_THE_GOVERNMENT.match(article.masked, position):
        # "the ADB signed a $180 million loan with the government to ...": the government of the country the
        # article's aid is for borrows
        receivers = (main,)
    elif not named and (kind in ("signed", "joint") or (kind == "agreed" and len(givers) > 1 and main in givers)):
        # an agreement between the two sides: the one the article's aid goes to receives, the other gives
        if len(givers) < 2:
            return None
        receivers = tuple(g for g in givers if g == main or (kind == "signed" and g == _body_of_state(cast, givers, main)))
        if not receivers and kind == "signed" and (sides := _state_with_body(article, cast, index, verb, givers, main)):
            givers, receivers = sides
        givers = tuple(g for g in givers if g not in receivers)
        if not receivers or not givers:
            return None
    if kind == "signed" and re.match(r"\s+(?:an?\s+)?(?:agreement|deal|contract|accord|letter\s+of\s+intent|"
                                     r"declaration|protocol|exchange\s+of\s+notes)\b[^.;]{0,60}?\bunder\s+which\b",
                                     article.masked[verb.end():article.sentences[index].end]):
        # "signed an agreement with Ukraine under which Reykjavík will finance ...": a document named by
        # nothing but what it settles; the clause after tells the gift
        return None
    whole = False
    if kind == "signed":
        # The item is what the document is on: "a memorandum on demining cooperation"
        # the party signed with is skipped whole, its own "for" and all ("with the Centres for Disease Control")
        signer = next((a for a in after if signed_with is not None and a.span.start == position + signed_with.end()), None)
        last = _cosigners(article, after, signer)[-1:] if signer is not None else []
        text = article.masked[position:] if signer is None else (
            article.masked[position:signer.span.start] + "X" + article.masked[(last[0] if last else signer).span.end:])
        on = re.match(r"\s+(?:an?\s+)?(?:[\w€£$¥.,-]+\s+){0,5}?(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|contract|"
                      r"accord|treaty|declaration|letter\s+of\s+(?:intent|understanding)|arrangement|protocol|"
                      r"[Ee]xchange\s+of\s+[Nn]otes)" + _WORTH +
                      r"(?:\s+with\s+(?:the\s+)?(?:X(?:\s*\([^)]{1,20}\))?|"
                      r"[^,.;]{1,40}?))?" + _WORTH + r"\s+(?:on|for|covering|providing|to\s+(?:supply|provide|deliver|fund|"
                      r"finance|build|produce|strengthen|support|improve|expand|moderni[sz]e|rehabilitate|rebuild|repair|"
                      r"restore|upgrade|deploy))\s+(?!(?:Monday|Tuesday|Wednesday|"
                      r"Thursday|Friday|Saturday|Sunday|the\s+sidelines|\d{1,2}\s+[A-Z][a-z]+\b(?!\s+(?:of|in)\b)))", text)
        if on:
            position += on.end() + (len(article.masked[position:]) - len(text) if signer is not None and
                                    position + on.end() > signer.span.start else 0)
            # "an agreement to strengthen surveillance and testing": a purpose, one thing; but a verb of giving that
            # takes things listed gives each ("an agreement to fund border surveillance equipment and fuel")
            whole = bool(re.search(r"\bto\s+\w+\s+$", on.group())) and not _things_to_give(
                on.group(), article.masked[position:article.sentences[index].end])
    carrier = _CARRIER.match(article.masked, position)
    if carrier:
        position = carrier.end()  # "sent a plane to Gao carrying 40 tonnes of flour": what the plane carried
    infinitive = _INFINITIVE.match(article.masked[position:].lstrip())
    if infinitive:
        position += len(article.masked[position:]) - len(article.masked[position:].lstrip()) + infinitive.end()
    if kind == "pledged" and not infinitive and re.match(r"\s+to\s", article.masked[position:]):
        return None
    if not receivers and kind != "pledged" and re.search(r"\b(?:put|channel|pour|plough|plow)$", verb.group()):
        receivers = _put_into(article, cast, index, position)
        if not receivers:
            return None  # "will put $20 million towards salaries": for whom, the sentence does not say
    available = _AVAILABLE.search(article.masked, position, article.sentences[index].end) \
        if re.search(r"\b(?:make|makes|made)$", verb.group()) else None
    if not receivers and (available is not None or re.search(r"\bput\s+up$", verb.group())):
        # "would make $95 million available to the three Baltic states", "will put up €5 million to connect
        # schools": money put at someone's disposal, proposed only when the clause names who
        receivers = _receiver_after(article, cast, index, position, "to|for|in")
        if not receivers:
            return None
    if not receivers and re.search(r"\bstep\s+up\b", verb.group()):
        # "will step up its support for water pumps in Chad": more of what is given already, to the one it names;
        # "step up its support for early-warning systems across the region" names none to propose
        receivers = _receiver_after(article, cast, index, position, "to|for|in")
        if not receivers:
            return None
    if not receivers and re.search(r"\b(?:increase|expand|boost|scale\s+up|ramp\s+up|double|triple)$", verb.group()):
        # "would expand its air bridge flights to Sudan": the one named right after "to", though "flights to"
        # reads elsewhere as a route; "increase grain exports to Asia" names none the text holds
        receivers = _more_sent_to(article, cast, index, position)
        if not receivers:
            return None
    if not receivers and re.search(r"\b(?:hold|run|host|conduct|organi[sz]e|launch|start)$", verb.group()):
        # "will run a course for officers from Chad": a course is given to those it names, and only then
        receivers = _receiver_after(article, cast, index, position)
        if not receivers:
            return None
    bought = re.search(r"\b" + _BUY, verb.group() + " " + (infinitive.group() if infinitive else ""))
    if (bought or re.match(r"approved|unveil", verb.group())) and not receivers:
        # "approved a grant for drought-resistant seed in southern Somalia": where the money goes
        receivers = _receiver_after(article, cast, index, position, "for" if bought else "to|for|in")
        if not receivers and not bought and verb.group().startswith("unveil") and \
                _AID_UNVEILED.match(article.masked, position):
            return _Clause(givers, (), status, position, f"{LIKELY}: {verb.group()!r}: aid unveiled by its giver")
        if not receivers:
            # "Poland will buy 96 Apache helicopters", "France approved a defence budget": for itself, as
            # far as the text says
            return None
    # "Japan gave $5 million and Britain £4 million to Nepal": Japan's gift ends where Britain's share starts
    share_end = _first_share_end(article, cast, index, position, bool(receivers))
    share_end = available.start() if share_end < 0 and available is not None else share_end  # the sum, not "available"
    return _Clause(givers, receivers, status, position, f"{SURE if kind != 'pledged' else LIKELY}: "
                   f"{' '.join(verb.group().split())!r} with its giver named", end=share_end, whole=whole)


def _more_sent_to(article: Article, cast: Cast, index: int, position: int) -> tuple[str, ...]:
    """"Poland would increase electricity exports to Ukraine": the party named right after the supply's "to"."""
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" and actor.span.start > position and \
                re.fullmatch(_MORE_OF, article.masked[position:actor.span.start]):
            return (actor.ref,)
    return ()


_GOVERNMENT_OF_STATE = r"(?:(?:[Gg]overnment|[Aa]uthorities|[Rr]epublic)\s+of\s+(?:the\s+)?)?"
"""'signed a €90 million credit line with the government of Mozambique': the state its government stands for signs."""
_AND_ALSO = re.compile(r"(?:,\s+|,?\s+and\s+)(?:[Tt]he\s+)?")


def _cosigners(article: Article, after: list[Actor], first: Actor) -> list[Actor]:
    """"Peru signed an agreement with Spain and the Inter-American Development Bank on a programme", "with Germany,
    France and the EU": the parties listed after the first one signed with, a list that closes with "and"; not "with
    Findeter, Colombia's development bank", an apposition, nor "with Spain and pledged", where no party follows."""
    found: list[Actor] = []
    last = first
    for actor in (a for a in after if a.span.start > first.span.start):
        between = article.masked[last.span.end:actor.span.start]
        if actor.kind != "organisation" or not _AND_ALSO.fullmatch(between) or \
                article.masked[actor.span.start:actor.span.end] in _ADJECTIVES or \
                re.match(r"[’']s\b", article.masked[actor.span.end:actor.span.end + 2]):
            break
        found.append(actor)
        last = actor
        if re.search(r"\band\b", between):
            return found
    return []


_DOCUMENT_BETWEEN = re.compile(r"(?P<document>\b(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|accord|contract|"
                               r"protocol|arrangement|loan|grant|credit\s+line|financing))\s+between\s+(?:the\s+)?$")
_WAS_SIGNED = re.compile(r"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|also\s+|finally\s+)?$")
_AID_DOCUMENT = re.compile(r"\b(?:loan|grant|credit|financing|assistance|aid|support)\b|[€$£¥]\s?\d|\d\s*(?:million|billion)\b")


def _signed_between(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"A $20 million grant agreement between Malawi and the African Development Bank, to rebuild water systems,
    was signed in Lilongwe": the two named after "between" are the parties, a lender of them gives, or else the
    one that is not the state the article's aid is for, when the document is one of money or aid; the words
    before "between" tell what is given."""
    start = article.sentences[index].start
    if not _WAS_SIGNED.search(article.masked, start, verb.start()):
        return None
    actors = [a for a in cast.in_sentence(index) if a.span.end <= verb.start()]
    for first, second in pairwise(actors):
        between = _DOCUMENT_BETWEEN.search(article.masked, start, first.span.start)
        if between is None or first.kind != "organisation" or second.kind != "organisation" or \
                not re.fullmatch(r"\s+and\s+(?:the\s+)?", article.masked[first.span.end:second.span.start]):
            continue
        parties = (first.ref, second.ref)
        lead = re.match(r"\s*(?:And|But|Meanwhile,?|Separately,?)?\s*", article.masked[start:between.end()])
        words = article.masked[start + (lead.end() if lead else 0):between.end("document")]
        main = _main_receiver([], cast)
        sides = _lent_by_one_lender(cast, parties) or (
            (tuple(p for p in parties if p != main), (main,)) if main in parties and _AID_DOCUMENT.search(words) else None)
        if sides is None or first.ref == second.ref:
            return None
        return _Clause(sides[0], sides[1], "signed", between.start() - len(words) + len(between.group("document")),
                       f"{SURE}: a document between two parties signed", end=between.end("document"))
    return None


_DOCUMENT_SIGNED = re.compile(r"(?:an?|the)\s+(?P<words>(?:[\w€£$¥.,()-]+\s+){0,8}?"
                              r"(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|accord|contract|protocol|arrangement|"
                              r"loan|grant|credit\s+line|financing))\s+between\s+(?:the\s+)?")


def _signing_of(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"Norway's prime minister witnessed the signing of a $40 million grant agreement between the World Bank and
    Chad", "attended the signature of a loan agreement between Japan and Tonga": the two named after "between" are
    the parties, whoever watched; a lender of them gives, or else the one that is not the state the article's aid
    is for, when the document is one of money or aid."""
    document = _DOCUMENT_SIGNED.match(article.masked, verb.end(), article.sentences[index].end)
    if document is None:
        return None
    actors = [a for a in cast.in_sentence(index) if a.span.start >= document.end()]
    if len(actors) < 2 or actors[0].span.start != document.end() or actors[0].kind != "organisation" or \
            actors[1].kind != "organisation" or actors[0].ref == actors[1].ref or \
            not re.fullmatch(r"\s+and\s+(?:the\s+)?", article.masked[actors[0].span.end:actors[1].span.start]):
        return None
    parties = (actors[0].ref, actors[1].ref)
    main = _main_receiver([], cast)
    sides = _lent_by_one_lender(cast, parties) or (
        (tuple(p for p in parties if p != main), (main,)) if main in parties and _AID_DOCUMENT.search(document.group("words"))
        else None)
    if sides is None:
        return None
    return _Clause(sides[0], sides[1], "signed", document.start("words"), f"{SURE}: a document between two parties "
                   "whose signing the text tells", end=document.end("words"))


_DOCUMENT_WITH = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w€£$¥.,-]+\s+){0,5}?(?:agreement|memorandum(?:\s+of\s+understanding)?|"
                            r"deal|contract|accord|arrangement|protocol|letter\s+of\s+(?:intent|understanding))" + _WORTH +
                            r"\s+with\s+")
"""'signed a partnership agreement with ', 'have signed an arrangement with ': a document, then the one it is
signed with (a loan or a grant is left to the rules on who lends)."""
_FOR_GIFT = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,\s+(?:the|a|an|its)\s+[^,;.]{1,60},)?"
                       r"(?:\s+(?:in|on|last|this)\s+(?:[A-Z][a-z]+|week|month|year)(?:\s+\d{1,2})?)?" + _WORTH +
                       r"\s+(?:to\s+(?:help\s+)?" + _GIVE + r"\s+|(?:on|for|covering)\s+the\s+(?:supply|delivery|provision|"
                       r"donation|transfer|deployment)\s+of\s+)")
"""What a document signed with a party is for, when that is a gift: ' in April to fund clearance', ', the grid
operator, to supply 12 transformers', ' worth $12 million to fund flour distributions', ' on the supply of 20
vehicles'."""
_THE_BODY = re.compile(r"the\s+(?:agency|organi[sz]ation|body|charity|society)\b")
"""'signed an agreement with the agency': the body the sentence named before, by its kind."""
_COUNTERPART_BODY = re.compile(r"(?:its|their)\s+(?P<adjective>[A-Z][\w-]+)\s+counterpart\b")
"""'signed a partnership agreement with its Nepali counterpart': the body of the same kind in that country."""


def _signed_with_party(article: Article, cast: Cast, index: int, verb: re.Match[str], givers: tuple[str, ...],
                       after: list[Actor]) -> tuple[tuple[str, ...], int] | None:
    """The ones a document was "signed with", and where their names end: "with Solomon Islands", "with Spain and
    the EU", "with the agency" (the body named before it in the sentence), "with its Nepali counterpart" (the
    body of that country of the same kind as the signer, when the text names one)."""
    document = _DOCUMENT_WITH.match(article.masked, verb.end(), article.sentences[index].end)
    if document is None:
        return None
    first = next((a for a in after if a.span.start >= document.end()), None)
    if first is not None and first.kind == "organisation" and \
            re.fullmatch(r"(?:the\s+)?" + _GOVERNMENT_OF_STATE, article.masked[document.end():first.span.start]):
        parties = [first, *_cosigners(article, after, first)]
        return tuple(a.ref for a in parties), parties[-1].span.end
    if (the_body := _THE_BODY.match(article.masked, document.end())) is not None:
        named = [ident for span, ident in cast.org_mentions if article.sentences[index].start <= span.start < verb.start()
                 and ident not in givers and cast.organisations[ident].type != "country"]
        return ((named[-1],), the_body.end()) if len(set(named)) == 1 else None
    counterpart = _COUNTERPART_BODY.match(article.masked, document.end())
    state = next((a.ref for a in after if counterpart is not None and a.span.start == counterpart.start("adjective")), "")
    if counterpart is None or not state or len(givers) != 1 or cast.organisations[givers[0]].type == "country":
        return None
    kind = _rest_of_name(cast.organisations[givers[0]].name, set(_EVERY_COUNTRY)).lower()
    forms = _country_forms(cast, state)
    same = [ident for ident, o in cast.organisations.items() if kind and o.type != "country" and ident != givers[0]
            and _rest_of_name(o.name, forms).lower().startswith(kind)]
    return ((same[0],), counterpart.end()) if len(same) == 1 else None


def _signed_for_gift(article: Article, cast: Cast, index: int, verb: re.Match[str], givers: tuple[str, ...],
                     after: list[Actor]) -> _Clause | None:
    """"Papua New Guinea and Fiji have signed an arrangement with Solomon Islands to deploy police contingents",
    "Korea had signed an agreement with the NRA in April to fund clearance", "signed an agreement with the State
    Emergency Service on the supply of 20 vehicles": a document signed with a party to give it something; the
    signers named before "signed" give, the one signed with receives. Not where the one signed with lends for a
    living ("signed an agreement with the World Bank to fund roads") or a signer is the one the article's aid is
    for ("Ukraine signed an agreement with Sweden to supply vehicles"): the rules on who lends read those."""
    party = _signed_with_party(article, cast, index, verb, givers, after)
    if party is None:
        return None
    receivers, end = party
    purpose = _FOR_GIFT.match(article.masked, end, article.sentences[index].end)
    main = _main_receiver([], cast)
    if purpose is None or set(receivers) & set(givers) or \
            any(_LENDER.search(cast.organisations[r].name) for r in receivers) or \
            any(g == main or g == _body_of_state(cast, (g, *receivers), main) for g in givers):
        return None
    return _Clause(givers, receivers, "signed", purpose.end(), f"{SURE}: a document signed with a party to give it")


def _body_of_state(cast: Cast, parties: tuple[str, ...], state: str) -> str:
    """"JICA and the Brazilian Development Bank signed a loan agreement", in an article on aid to Brazil: of two
    signers, neither of them that state, the one body whose name opens with the state's name or adjective
    receives for it; "" when none or both do."""
    if not state or state in parties or len(parties) != 2:
        return ""
    forms = _country_forms(cast, state)
    owned = [p for p in parties if cast.organisations[p].type != "country" and _rest_of_name(cast.organisations[p].name, forms)]
    return owned[0] if len(owned) == 1 else ""


_BOUGHT_DOCUMENT = re.compile(r"\b(?:contract|purchase|order|procurement|sale|supply\s+deal)\b")


def _state_with_body(article: Article, cast: Cast, index: int, verb: re.Match[str], parties: tuple[str, ...],
                     main: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """"Sweden and the Odesa Regional Military Administration signed an agreement worth SEK 200 million to repair
    hospitals": of two signers, a donor state and a body neither of that state nor a lender, the state gives and
    the body takes the aid, where the document carries a sum or a word of aid; not a state and a firm signing a
    contract ("Sweden and Saab signed a SEK 2 billion contract"), nor the state the article's aid goes to."""
    if len(parties) != 2:
        return None
    states = [p for p in parties if cast.organisations[p].type == "country"]
    if len(states) != 1 or states[0] == main:
        return None
    body = next(p for p in parties if p != states[0])
    if _LENDER.search(cast.organisations[body].name) or \
            _rest_of_name(cast.organisations[body].name, _country_forms(cast, states[0])):
        return None
    rest = article.masked[verb.end():article.sentences[index].end]
    if not _AID_DOCUMENT.search(rest) or _BOUGHT_DOCUMENT.search(rest):
        return None
    return (states[0],), (body,)


def _signer_of_body(cast: Cast, givers: tuple[str, ...], named: tuple[str, ...]) -> str:
    """Of two states that signed, the one whose own body ("Kenya Navy", "Nepal Electricity Authority") the
    clause names as served by the document; "" when it names another or no such body."""
    if len(givers) != 2 or len(named) != 1 or cast.organisations[named[0]].type == "country":
        return ""
    owners = [g for g in givers if cast.organisations[g].type == "country"
              and _rest_of_name(cast.organisations[named[0]].name, _country_forms(cast, g))]
    return owners[0] if len(owners) == 1 else ""


def _person_signing_for(cast: Cast, index: int, person: Actor) -> str:
    """"The IDB signed a $300 million loan with Ecuador's finance minister, Ana Ruiz": the one signed with is
    named by a person, who signs for the country or body of the role the text gives, and for no other."""
    if person.kind != "person":
        return ""
    party = _party(cast, person, index)
    named = {ident for span, ident in cast.org_mentions if span.within(person.span)}
    return party if party and (not named or party in named) else ""


_ITS_ROLE = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?:[^,;:.]{2,60},\s+)?$")
"""'Its president, Rodrigo Valdivia,': a person named by a role in the body the text has just named."""
_KIND_ROLE = re.compile(r",\s+(?:the|its)\s+(?P<noun>bank|lender|fund|agency|union|bloc|alliance|organi[sz]ation|"
                        r"country|government|company|utility)[’']s\s+[^,;:.]{2,60},")
"""'Lars Berg, the bank's regional vice president,': a person named by a role in a body called by its kind."""


def _body_of_role(article: Article, cast: Cast, index: int, person: Actor) -> str:
    """The country or organisation whose role the text gives a person it names with no country of their own:
    "The biggest offer came from the IDB. Its president, Rodrigo Vela, pledged a loan" (the one body the sentence
    before names), "Lars Berg, the bank's vice president, announced a loan" (the one bank named there)."""
    before = article.masked[_own_start(article, index):person.span.start]
    if _ITS_ROLE.fullmatch(before.lstrip()) and index > 0:
        named = {a.ref for a in cast.in_sentence(index - 1) if a.kind == "organisation"
                 and article.masked[a.span.start:a.span.end] not in _ADJECTIVES}
        return named.pop() if len(named) == 1 else ""
    role = _KIND_ROLE.match(article.masked, person.span.end)
    return _earlier_subject(cast, index, role.group("noun")) if role is not None else ""


_HEADLINE_ROLE = re.compile(r"(?:(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[’']s|(?P<adjective>[A-Z][a-z]+))\s+"
                            r"(?:(?:top|new|chief|foreign|defence|defense|prime|finance|development)\s+)?"
                            r"(?:diplomat|minister|PM|president|premier|chancellor|envoy|leader)\s+"
                            r"(?:brings|pledges|promises|offers|announces|unveils|commits|visits|arrives|travels|tours|"
                            r"heads|lands|in)\b")
"""'Canada's top diplomat brings money', 'German minister pledges aid': a headline on the one who comes to give;
'Chad's president welcomes donors' is on the host."""


def _headline_principal(cast: Cast, person: str | None) -> str:
    """"Chile's top diplomat brings money to Lima" over a report whose first titled person, "Foreign Affairs
    Minister Inés Larraín", is given no country: the country whose role the headline names is that person's,
    when the headline names one such country and the person is the report's principal."""
    if not person or cast.people[person].organisation or person != _principal(cast):
        return ""
    article = cast.article
    opening = next((i for i in range(len(article.sentences)) if re.search(r"[.!?”\"]$", article.sentence_text(i))), 0)
    header = article.text[:article.sentences[opening].start] if article.sentences else ""
    roles = {role.group("owner") or role.group("adjective") for role in _HEADLINE_ROLE.finditer(header)}
    if len(roles) != 1:
        return ""  # "Japan's PM and Chad's president meet": whose role is the principal's, the headline does not say
    words = roles.pop()
    named = {i for i, o in cast.organisations.items() if o.type == "country" and any(
        words == form or words.endswith(" " + form)
        for form in (*o.forms, *next((e.forms for e in ENTRIES if e.name == o.name), ())))}
    return named.pop() if len(named) == 1 and not named & {_main_receiver([], cast)} else ""


_THEY_SAID = re.compile(r"\s+(?:(?:have|had)\s+)?(?:(?:also|later|jointly|separately)\s+)?"
                        r"(?:said|say|announced|confirmed|stated|added|"
                        r"told\s+(?:reporters|journalists|the\s+\w+))(?:\s+(?:on|in|last|this)\s+[\w-]+)?(?:\s+that)?"
                        r"\s+they\s+(?:had\s+|have\s+)?$")


def _they_said(article: Article, cast: Cast, index: int, position: int) -> tuple[str, ...]:
    """"Norway and Denmark said they would jointly finance 500 generators", "Spain and Portugal announced that
    they had sent food": "they" after a verb of saying is the two or more the saying's subject joins by "and"."""
    actors = cast.in_sentence(index)
    for actor in reversed([a for a in actors if a.span.end <= position]):
        if not _THEY_SAID.fullmatch(article.masked, actor.span.end, position):
            continue
        chain = _chain(article, actors, actor) if actor.kind == "organisation" else None
        start = _own_start(article, index)
        if chain is None or len(chain) < 2 or not re.fullmatch(r"(?:[^,]{0,40},\s*)?(?:[Tt]he\s+)?",
                                                              article.masked[start:chain[0].span.start]):
            return ()
        return tuple(dict.fromkeys(g for g in (_party(cast, a, index) for a in chain) if g))
    return ()


_PLACE_LEAD = re.compile(r"(?:In|At|From|Inside|Outside|Near)\s+[^,;:.]{1,40},\s+(?:the|a|an|its)\s+[^,;:.]{1,40},\s+")
"""'In Nukus, the regional capital, ': a place and its apposition set off before the sentence's subject."""


def _opener_after_place(article: Article, cast: Cast, index: int) -> Actor | None:
    """"In Nukus, the regional capital, Albrecht held talks with ... and then announced a package": the one the sentence
    opens with after a place and its apposition, each set off by commas."""
    sentence = article.sentences[index]
    lead = _PLACE_LEAD.match(article.masked, entry_start(article, sentence), sentence.end)
    first = next((a for a in cast.in_sentence(index) if a.span.start >= sentence.start), None)
    return first if lead is not None and first is not None and first.span.start == lead.end() else None


def _put_into(article: Article, cast: Cast, index: int, position: int) -> tuple[str, ...]:
    """"will put A$100 million into the Pacific Resilience Facility", "would channel NOK 2 billion into the
    Nordic Green Fund": money put into a body named right after "into" goes to that body, a fund as well; else
    to the one country the words after "into" name."""
    into = re.match(r"(?:[^.;]|\.\d){1,40}?\s+(?:into|towards?)\s+(?:the\s+)?", article.masked[position:])
    if into is None:
        return ()
    start = position + into.end()
    body = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start == start
                 and article.masked[a.span.start:a.span.end] not in _ADJECTIVES), None)
    if body is not None:
        return (body.ref,)
    # "into Ukrainian production of drones", "into reconstruction projects in Ukraine": the one country the
    # words after "into" name, up to where the phrase ends
    end = re.search(r"[,;:.—–(]|\s+(?:and|but|which|while|with)\s|$", article.masked[start:article.sentences[index].end])
    named = {a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start
             and (end is None or a.span.start < start + end.start()) and cast.organisations[a.ref].type == "country"}
    return (named.pop(),) if len(named) == 1 else ()


_AID_UNVEILED = re.compile(r"[^.,;:]{0,40}?\b(?:aid|assistance|relief)\s+(?:package|programme|program|plan)\b|"
                           r"\s+(?:[A-Z]{0,3}[$€£¥]\s?)?\d[\d.,]*\s*(?:million|billion|bn|m)?(?:\s+[a-z]+)?\s+in\s+"
                           r"(?:new\s+|further\s+|additional\s+|fresh\s+)?(?:military|humanitarian|development|"
                           r"emergency|security|defen[cs]e)\s+(?:aid|assistance)\b")
"""'unveiled his country's biggest military aid package', 'unveiled C$180 million in new military assistance': aid
by its name, whoever the text says it is for; "unveiled $2 billion in tax cuts" is no aid."""
_SIDE = re.compile(r"\s+(?:side|delegation|government|authorities)\s+(?:(?:also|then|later|formally)\s+)?$")


_THINGS_LISTED = re.compile(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s[^;:.—–]*?"
                            r",?\s+and\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s")
"""'asked Canada to fund an additional air-defence system and a supply of missiles', 'urged Japan to finance two
ferries and a new jetty': things counted one by one are each a thing paid for, not one purpose."""


_GIVING_THINGS = re.compile(r"\bto\s+(?:supply|provide|deliver|fund|finance|deploy)\s+$")
"""The verbs after "an agreement to" whose object may be things given, not a purpose."""


def _things_to_give(lead: str, rest: str) -> bool:
    """Whether an agreement "to fund" or "to supply" goes on to two things given or more ("to supply 20 ambulances
    and 300 hospital beds"), each its own; one object ("to finance cocoa cooperatives") stays the whole purpose."""
    return bool(_GIVING_THINGS.search(lead)) and len(items(rest, False)) > 1


def _purpose_lead(lead: str, after: str = "") -> bool:
    """Whether a request goes on to a purpose, one thing however many its words: "help in sourcing and
    financing a scanner", "to help pay for a second phase of the sea wall"."""
    if re.fullmatch(r"\s*to\s+", lead) and re.match(_DEBT_RELIEF, after):
        return True  # "asked Seoul to defer repayments on its port loans": the relief, one thing
    paying = bool(_PAY_FOR.search(lead) or re.fullmatch(r"\s*(?:co-?)?(?:finance|fund)\s+", lead))
    if paying and _THINGS_LISTED.match(after):
        return False
    return bool(re.search(r"\bin\s+(?:[a-z]+ing\s+and\s+)?[a-z]+ing\s+$", lead) or paying
                or re.search(_ENLARGED + r"\s+$", lead))


def _asker(cast: Cast, who: Actor | None, index: int) -> str:
    """Who asks: the country or body of the one the request's subject names, "The Minister" included when
    that title fits one person the text has named with a country or body ("Ghana's Minister for Finance, Ama
    Owusu, ... The Minister also requested"): the side that asks is the side that would receive."""
    party = _party(cast, who, index)
    if party and who is not None and re.match(r"\s+delegation\b", cast.article.masked[who.span.end:]):
        return _delegation_from(cast, index) or party
    if party or who is None:
        return party
    if who.kind == "pronoun":
        return _speaker_before_quotes(cast, who, index)
    if who.kind != "description":
        return party
    person, _ = cast.person_of(who, index)
    return cast.people[person].organisation if person and cast.people[person].organisation in cast.organisations else ""


_DELEGATION_FROM = re.compile(r"\bdelegation\s+from\s+(?:the\s+)?$")


def _delegation_from(cast: Cast, index: int) -> str:
    """"A delegation from the Lviv City Council visited Leeds ... The Ukrainian delegation asked the council for fire
    engines": the delegation the text has told of is that body's, which asks; a country's own delegation is told by
    its adjective alone."""
    start = cast.article.sentences[index].start
    bodies = {ident for span, ident in cast.org_mentions if span.start < start and cast.organisations[ident].type != "country"
              and _DELEGATION_FROM.search(cast.article.masked, max(0, span.start - 30), span.start)}
    return bodies.pop() if len(bodies) == 1 else ""


_OPENS_QUOTED = re.compile(r"\s*[“\"‘]")


def _quoted_sentence(cast: Cast, index: int, pronoun: str) -> bool:
    """Whether a sentence is a quotation, bare ("And still they come.") or closed by the pronoun's own attribution
    ("'We cannot pay them,' he said."): it names no one outside its marks but that pronoun."""
    article = cast.article
    return bool(_OPENS_QUOTED.match(article.sentence_text(index))) and all(
        article.in_quotation(a.span) or (a.kind == "pronoun" and a.ref == pronoun) for a in cast.in_sentence(index))


def _speaker_before_quotes(cast: Cast, who: Actor, index: int) -> str:
    """"Chad's minister, Ali Saleh, said pay had stopped. 'We cannot pay them,' he said. 'They still teach.' He
    appealed for help": a "he" or "she" after the sentences of a quotation goes on with the one named just before
    them, whom they quote; the country or body of that person asks."""
    first = index
    while first > 1 and _quoted_sentence(cast, first - 1, who.ref):
        first -= 1
    if first == index:
        return ""
    start = cast.article.sentences[first].start
    person, _ = cast.pronoun(Actor(who.kind, Span(start, start), who.ref), first)
    return cast.people[person].organisation if person and cast.people[person].organisation in cast.organisations else ""


_KIND_SUBJECT = re.compile(r"(?:^|^[^,]{0,60},\s+|.*\b(?:said|says|added|that)\s+)[Tt]he\s+(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,2}?"
                           r"[A-Za-z][\w-]*)\s+(?:(?:has|had|have|also|formally|already|then|later|now|again)\s+)*$")
"""'The committee asked for', 'she said the rescue service had appealed for': a body called by its kind."""
_AND_AGAIN = re.compile(r",\s+and\s+(?:has|have|had|is|was)\s+(?:also\s+|since\s+|now\s+)?$")
"""', and has appealed': a second verb of the sentence's subject, its auxiliary said again."""
_SIDE_HAS = re.compile(r"\s(?:side|delegation)\s(?P<aux>(?:(?:has|have|had)\s+)(?:(?:also|formally|now|already|since)\s+)*)$")
"""'The Moldovan side has asked', 'the Chadian delegation had also requested': a side named by its country's adjective,
its verb after an auxiliary."""
_OWN_COUNTRY = re.compile(r"\b(?:his|her)\s+(?:country|government)(?:,\s*(?:whose|which|where)\b(?:[^;:.]|\.\d){0,120}?,)?\s+"
                          r"(?:(?:has|had|have|also|formally|already)\s+)*$")
"""'his country, whose waters stretch far, had asked': the country of the person "his" stands for."""
_SAID_IT_ASKS = re.compile(r"\s+(?:said|says|announced|added|confirmed|stated)\s+(?:(?:on|in|at|last|this)\s+[\w-]+\s+)?"
                           r"(?:that\s+)?it\s+(?:(?:was|is|has|had|have|would|will|also|now|already)\s+)*$")
"""'The WFP said on Monday it was seeking': "it" is the body that said so."""
_IT_SUBJECT = re.compile(r"(?:[^,]{0,60},\s+)?It\s+(?:(?:has|had|have|also|formally|already|then|later|now|again)\s+)*$")


_WITH_PARTNERS = re.compile(r"(?:[^,]{0,60},\s+)?(?:[Tt]he\s+)?(?P<body>[A-Z][^,;:.]{0,80}?)\s+and\s+(?:its|their)\s+"
                            r"(?:[a-z]+\s+){0,2}(?:partners|agencies|members|affiliates)\s+"
                            r"(?:(?:has|had|have|also|jointly|formally|now|are|were|is|was)\s+)*$")
"""'The United Nations and its humanitarian partners have appealed for', 'UNICEF and its partners are seeking': the
body named first asks, with those it leads."""


_RELATIVE_ASIDE = r"(?:who|which|whose)\s+(?:[^,;:.]|[,.](?=\d)){3,160}?,(?!\d)"
"""'Niger, which has taken in 400,000 refugees from the north, used the conference to appeal for', 'Honduras's
minister, whose country lost its harvest, used her address to appeal for': a relative clause on the subject, set off
by commas, however long, and numbers within it."""


_STATEMENT_FROM = re.compile(r"(?:[^,]{0,60},\s+)?(?:[Aa]n?|[Tt]he)\s+(?:(?:new|joint|written|brief|short|separate|formal)\s+)?"
                             r"(?:statement|letter|communiqu[eé]|message|appeal)\s+(?:from|by|issued\s+by)\s+(?:the\s+)?")
_AFTER_STATED = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,\s*" + _RELATIVE_ASIDE + r")?\s+(?:(?:has|have|had|also|formally|"
                           r"now|again|then|later)\s+)*")


def _statement_of(article: Article, cast: Cast, index: int, start: int, position: int) -> str:
    """"A statement from the Sudanese Red Crescent asked the WFP for flour", "A letter from Sudan's Sovereignty
    Council (SSC), which was not invited, has appealed to the AU to send flour": the body whose statement or letter
    opens the sentence asks, the last of a chain of names ("Sudan's ... Council"), when nothing but a short
    name in brackets, a relative clause and auxiliaries stands before the verb; not "A statement from the UN said
    Chad had asked", where another asks."""
    opening = _STATEMENT_FROM.match(article.masked, start, position)
    if opening is None:
        return ""
    named = [a for a in cast.in_sentence(index) if a.kind == "organisation" and opening.end() <= a.span.start < position]
    if not named or named[0].span.start != opening.end():
        return ""
    chain = [named[0]]
    for actor in named[1:]:
        if not re.fullmatch(r"[’']s\s+", article.masked[chain[-1].span.end:actor.span.start]):
            break
        chain.append(actor)
    last = chain[-1]
    if not _AFTER_STATED.fullmatch(article.masked, last.span.end, position) or \
            article.masked[last.span.start:last.span.end] in _ADJECTIVES:
        return ""
    return _party(cast, last, index)


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_LIST_OPENS = re.compile(r"(?:[^,;:.]{0,60},\s+)?(?:[Tt]he\s+)?")


def _asking_list(article: Article, cast: Cast, index: int, who: Actor) -> tuple[str, ...]:
    """"Tonga, Samoa and Vanuatu appealed for patrol boats", "In a joint letter, Laos and Cambodia asked Japan for a
    loan": a list of parties that opens the sentence asks as one, each of them, not only the last one named before
    the verb. Only names joined by commas and a closing "and", the first at the sentence's opening (past a phrase
    set off by a comma); not "Mali, which borders Niger and Chad, asked", where the list sits in a relative clause,
    nor a country's adjective ("Chadian and Nigerien officials")."""
    actors = [a for a in cast.in_sentence(index) if a.span.end <= who.span.start]
    chain = [who]
    for actor in reversed(actors):
        join = _LIST_JOIN.fullmatch(article.masked, actor.span.end, chain[0].span.start)
        if join is None or actor.kind != "organisation":
            break
        chain.insert(0, actor)
    if len(chain) < 2 or not re.search(r"\band\s+(?:the\s+)?$", article.masked[chain[-2].span.end:who.span.start]) or \
            not _LIST_OPENS.fullmatch(article.masked, entry_start(article, article.sentences[index]), chain[0].span.start) or \
            any(a.kind != "organisation" or article.masked[a.span.start:a.span.end] in _ADJECTIVES for a in chain):
        return ()
    parties = tuple(dict.fromkeys(_party(cast, a, index) for a in chain))
    return parties if all(parties) else ()


_GOVERNMENT_IN = re.compile(r"(?:[^,;:.]{0,60},\s+|(?:On|Earlier|Later|Last|This)\s+\w+\s+)?(?:[Tt]he\s+)"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?:government|authorities|administration|cabinet)\s+in\s+"
                            r"(?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
                            r"(?:(?:has|have|had|also|formally|already|then|now|again|on\s+[A-Z]\w+)\s+)*")
"""'The government in Niamey has appealed', 'the military authorities in Bamako asked': a government named by the
capital it sits in."""


def _state_of_capital(cast: Cast, city: str) -> str:
    """The country the text names whose capital `city` is ("Niamey" for Niger); none where the text names no such
    country."""
    country = CAPITALS.get(city, "")
    return next((ident for ident, o in cast.organisations.items() if country and o.name == country), "")


def _asker_referred(article: Article, cast: Cast, index: int, position: int) -> str:
    """Who asks, where the subject names no one but refers back: a body called by its kind ("The Refugee
    Council ... The council asked for"), or "It" opening a sentence after one that opened with a body
    ("The Red Cross wants more. It appealed for ...")."""
    start = entry_start(article, article.sentences[index])
    before = article.masked[start:position]
    stated = _statement_of(article, cast, index, start, position)
    if stated:
        return stated
    with_partners = _WITH_PARTNERS.fullmatch(before)
    if with_partners is not None:
        # "The United Nations and its humanitarian partners have appealed for": the body its partners join
        body = next((a for a in cast.in_sentence(index) if a.kind == "organisation"
                     and a.span.start == start + with_partners.start("body")), None)
        return _party(cast, body, index) if body is not None and cast.organisations[body.ref].type != "country" else ""
    said = _SAID_IT_ASKS.search(before)
    if said is not None:
        # "The WFP said on Monday it was seeking $20 million": the body that said so
        speaker = cast.subject_before(start + said.start(), index)
        return _party(cast, speaker, index) if speaker is not None and speaker.kind == "organisation" else ""
    side = _SIDE_HAS.search(before)
    if side is not None:
        # "The Sri Lankan side has requested pumps from India": the country the adjective names asks
        found = _side_of(article, cast, index, start + side.start("aux"))
        return _party(cast, found, index) if found is not None else ""
    seat = _GOVERNMENT_IN.fullmatch(before)
    if seat is not None:
        # "The government in Niamey has appealed to donors": the state whose capital it sits in
        return _state_of_capital(cast, seat.group("city"))
    force = _force_asking(article, cast, index, start, position) or (
        _state_before(cast, index) if _STATE_ASKS.fullmatch(before) else "")
    if force:
        return force
    kind = _KIND_SUBJECT.match(before)
    if kind is not None:
        return _body_by_kind(article, cast, index, start + kind.start("phrase"), kind.group("phrase").split()) or \
            _body_headed(cast, index, start + kind.start("phrase"), kind.group("phrase"))
    if _AND_AGAIN.search(before):
        # "The WFP says it has begun distributing rations, and has appealed to donors for $6 million"
        subject = cast.sentence_subject(index)
        return _party(cast, subject, index) if subject is not None and subject.kind == "organisation" else ""
    own = _OWN_COUNTRY.search(before)
    if own is not None:
        # "Kiribati's minister said his country, whose waters are vast, had asked partners for a patrol vessel"
        people = [a for a in cast.in_sentence(index) if a.kind == "person" and a.span.end <= start + own.start()]
        state = cast.people[people[-1].ref].organisation if people else ""
        return state if state in cast.organisations and cast.organisations[state].type == "country" else ""
    if not _IT_SUBJECT.fullmatch(before) or index == 0:
        return ""
    previous = entry_start(article, article.sentences[index - 1])
    subject = cast.sentence_subject(index - 1)
    if subject is not None and subject.kind == "organisation":
        return _party(cast, subject, index - 1)
    opening = re.match(r"(?:[^,]{0,60},\s+)?[Tt]he\s+(?P<phrase>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:has\s+|had\s+|also\s+)*"
                       r"(?:wants|needs|said|says|is|was|has|had)\b", article.masked[previous:article.sentences[index - 1].end])
    return _body_by_kind(article, cast, index - 1, previous + opening.start("phrase"), opening.group("phrase").split()) \
        if opening else ""


_FORCE_ASKS = re.compile(r"\s+(?:army|military|navy|police|armed\s+forces|coast\s+guard|air\s+force)\s+"
                         r"(?:(?:has|have|had|also|formally|already|then|now|again)\s+)*$")


def _force_asking(article: Article, cast: Cast, index: int, start: int, position: int) -> str:
    """"The Nigerian army asked the United States for helicopters", "the Ukrainian military has asked for shells":
    a state's force named by the state's adjective asks, as the force the text names in full where it does, else as
    the state; not "the army of Chad" nor a force of no state the text names."""
    adjective = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= position
                      and _FORCE_ASKS.fullmatch(article.masked, a.span.end, position)), None)
    if adjective is None or article.masked[adjective.span.start:adjective.span.end] not in _ADJECTIVES or \
            cast.organisations[adjective.ref].type != "country" or \
            not re.fullmatch(r"(?:[^,]{0,60},\s+)?[Tt]he\s+", article.masked[start:adjective.span.start]):
        return ""
    body = _force_named_by_adjective(article, cast, adjective)
    return body.ref if body is not None else adjective.ref


_STATE_ASKS = re.compile(r"(?:[^,]{0,60},\s+)?[Tt]he\s+(?:[A-Za-z][a-z]*(?:-[a-z]+)?\s+){0,2}?(?:country|kingdom|nation|"
                         r"republic)\s+"
                         r"(?:(?:has|have|had|also|formally|already|then|now|again)\s+)*")


def _state_before(cast: Cast, index: int) -> str:
    """"Jordan hosts 1.3 million refugees. The kingdom has appealed to donors for $2.2 billion", "Chad's roads are
    cut. The landlocked country asked France for trucks": the state the sentence before opened with asks, as the one that
    would receive; none where that sentence opened with two or with no state."""
    back = index - 1
    while back > 0 and not cast.in_sentence(back):
        back -= 1  # a sentence that names nobody does not change whom the text is about
    subject = cast.sentence_subject(back) if back >= 0 else None
    if subject is None or subject.kind == "pronoun" or len(_following(cast, back, subject)) > 1:
        return ""
    party = _party(cast, subject, back)
    return party if party in cast.organisations and cast.organisations[party].type == "country" else ""


_HEAD_OF = frozenset({"department", "office", "agency", "directorate", "authority", "commission", "bureau", "service",
                      "council", "secretariat", "administration", "institute"})
"""Head nouns that open the name of a body before its "of": "the Department of Social Welfare", "the Office of Civil
Defence"; not "ministry", which a text uses for the government as a whole."""


def _body_headed(cast: Cast, index: int, position: int, word: str) -> str:
    """"Ama Owusu, head of the Department of Social Welfare, said stocks were low. The department has asked the WFP
    for rice": the one body whose name opens with the head noun before "of", named in this sentence or the two
    before; none where two fit."""
    if word.lower() not in _HEAD_OF:
        return ""
    start = cast.article.sentences[max(0, index - 2)].start
    fits = {ident for span, ident in cast.org_mentions if start <= span.start < position
            and re.match(rf"{word.capitalize()}\s+(?:for|of)\s", cast.organisations[ident].name)}
    return fits.pop() if len(fits) == 1 else ""


_ON_BEHALF = re.compile(r"\b(?:[Oo]n\s+behalf\s+of|[Ss]peaking\s+for)\s+(?:the\s+)?$")


def _on_behalf(article: Article, cast: Cast, index: int, position: int) -> str:
    """"On behalf of the African Union, its envoy, Amina Sall, asked G20 members for $1.2 billion", "Speaking for
    Chad, the envoy appealed for tents": the one a request is made on behalf of asks, where the words before the
    verb name it; not one named after the verb ("asked Spain, on behalf of the donors, for")."""
    start = article.sentences[index].start
    return next((a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < position
                 and _ON_BEHALF.search(article.masked, start, a.span.start)
                 and article.masked[a.span.start:a.span.end] not in _ADJECTIVES), "")


_OFFICIALS = re.compile(r"\s+(?:officials|authorities|diplomats|negotiators|envoys)\s+(?:(?:have|had|has|also|then|later|"
                        r"formally|again)\s+)*$")


def _officials_of(article: Article, cast: Cast, index: int, position: int) -> str:
    """"Lao officials asked Seoul for help in clearing unexploded ordnance", "Chadian authorities have asked Spain for
    tents": the country whose adjective the subject opens with asks, as its government."""
    start = entry_start(article, article.sentences[index])
    return next((a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < position
                 and article.masked[a.span.start:a.span.end] in _ADJECTIVES
                 and cast.organisations[a.ref].type == "country"
                 and _OFFICIALS.fullmatch(article.masked, a.span.end, position)
                 and re.fullmatch(r"(?:[Tt]he\s+|[^,]{0,60},\s+(?:the\s+)?)?", article.masked[start:a.span.start])), "")


_OWN_APPEAL = re.compile(r"\b(?:his|her|the\s+government[’']s|the\s+country[’']s)\s+(?:[\w-]+\s+)*appeal\s+for$")


def _asking_together(article: Article, cast: Cast, meetings: list[Meeting], index: int, position: int) -> tuple[str, ...]:
    """"The two governments have asked the World Bank to ...", "Both countries asked Japan for ...": the parties of
    the meeting the text has just reported, else the two countries it names most."""
    before = re.sub(r"(?:(?:has|have|had|also|jointly|formally)\s+)+$", "",
                    article.masked[entry_start(article, article.sentences[index]):position])
    if not _TOGETHER.search(before) or re.search(r"\b[Tt]hey\s+$", before):
        return ()
    return _meeting_parties(meetings, index, 3) or _two_countries(cast, before)


def _appeal_owner(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> str:
    """"That was Peru's defence minister, Ana Ruiz, renewing the government's appeal for helicopters", "Ruiz
    repeated her appeal for tents": the country of the one named before, whose own or whose government's
    appeal it is."""
    if not _OWN_APPEAL.search(verb.group()):
        return ""
    people = [a for a in cast.in_sentence(index) if a.kind == "person" and a.span.end <= verb.start()]
    state = cast.people[people[-1].ref].organisation if people else ""
    return state if state in cast.organisations and cast.organisations[state].type == "country" else ""


_SUM_BEFORE = re.compile(r"\b[Tt]he\s+(?P<sum>(?:US|A|C|NZ)?[$€£¥]\d[\d.,]*(?:\s*(?:billion|million|bn|m)\b)?)\s+"
                         r"(?:that\s+|which\s+)?(?P<who>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:(?:has|had|have)\s+)?$")
_AFTER_ASKED_FOR = re.compile(r"(?:\s+for)?\s*(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)|in\s+\d{4}|on\s+[A-Z]\w+)?"
                              r"(?:\s*[,;.]|\s+to\s+[a-z]+\b|\s+(?:never|was|were|has|had|is|have)\b|$)")


def _sum_asked_before(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"fell short of the $1.6 billion that the organisers had appealed for to fund recovery", "a third of the $900
    million the UN had asked for": a sum asked for, told before the verb as the object of a relative clause; the
    body that asked receives, and where the text names none, the side that receives is inferred later. None where
    the verb goes on to what it asks for itself."""
    said = " ".join(verb.group().split())
    if not re.fullmatch(r"(?:appealed|asked|pleaded)(?:\s+for)?", said) or \
            not _AFTER_ASKED_FOR.match(article.masked[verb.end():article.sentences[index].end]) or \
            (said == "asked" and not re.match(r"\s+for\b", article.masked[verb.end():])):
        return None
    asked = _SUM_BEFORE.search(article.masked, article.sentences[index].start, verb.start())
    if asked is None:
        return None
    body = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= asked.start("who")
                 and a.span.end <= asked.end("who") and article.masked[a.span.start:a.span.end] not in _ADJECTIVES), None)
    if body is None and re.search(r"[A-Z]", asked.group("who")):
        return None  # one the text names, but no body
    return _Clause((), (body.ref,) if body else (), "asked", asked.start("sum"), f"{LIKELY}: {verb.group()!r}: a sum "
                   "asked for, told before the verb", end=asked.end("sum"))


def _body_by_kind(article: Article, cast: Cast, index: int, position: int, words: list[str]) -> str:
    """The body a text calls by its kind at `position`: the one whose name ends with those words ("the committee"
    for the Karen Refugee Committee), else the one it set them after as an apposition ("the Syrian Civil
    Defence, the rescue service"); none where two fit."""
    body = _body_called(cast, index, position, words)
    if body:
        return body
    phrase = r"\s+".join(map(re.escape, words))
    described = {ident for span, ident in cast.org_mentions if span.end <= position and re.match(
        rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,2}}?{phrase}\b", article.masked[span.end:span.end + 80])
        and cast.organisations[ident].type != "country"}
    if len(described) == 1:
        return described.pop()
    # "The Kenya Red Cross said roads were cut. The charity appealed for blankets": a word for any body, the one
    # the sentence before opened with
    subject = cast.sentence_subject(index - 1) if index and words[-1].lower() in _ANY_BODY else None
    return subject.ref if subject is not None and subject.kind == "organisation" and \
        cast.organisations[subject.ref].type != "country" else ""


_ANY_BODY = frozenset({"charity", "agency", "organisation", "organization", "group", "body", "society", "institution",
                       "company", "utility", "operator", "firm", "ngo"})
"""Words a text calls any body by, once named: "the charity", "the agency", "the group"."""


def _side_of(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"The Moldovan side asked Romania for ...": the country an adjective before "side" or "delegation" names."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= position]
    if before and before[-1].kind == "organisation" and _SIDE.fullmatch(article.masked[before[-1].span.end:position]) \
            and re.search(r"(?:^|\b[Tt]he\s+)$", article.masked[_own_start(article, index):before[-1].span.start]):
        return before[-1]
    return None


_CARRIER = re.compile(r"\s+(?:an?|the|its|their|another|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:plane|aircraft|flight|ship|vessel|convoy|truck|lorry|lorries|train)s?\b"
                      r"[^,.;:]{0,40}?\s+(?:carrying|loaded\s+with|with\s+a\s+cargo\s+of)\s+")
"""'dispatched an aircraft to Gao carrying tents': the vehicle is how the gift travels; its cargo is the gift."""
_PLEDGES_HEADING = re.compile(r"\b(?:pledges?|pledged|promises|promised|contributions?|commitments?|offers|donors?|"
                              r"who\s+(?:gave|gives|pledged|promised|offered))\b[^.!?]*:$", re.IGNORECASE)
_GIVER_DASH = re.compile(r"\s*(?:,|,?\s+and)?\s*(?:[Tt]he\s+)?")
_DASH = re.compile(r"(?:\s+[-–—]|:)\s+(?=(?:[A-Z]{0,3}[€$£¥]|\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s))")
"""What parts a giver from its gift in a line of a round-up: a dash ("Chile - 300 tents") or a colon ("- Peru: 40
pumps"), before a sum, a number or an article."""


def _pledge_line(article: Article, cast: Cast, index: int) -> _Clause | None:
    """A line of a round-up under a heading of pledges: "Germany - 40 million euros for schools.", "Chile and
    Peru - 300 tents.", "- Spain: 12 field kitchens": the parties before the dash or colon give what follows it."""
    givers: list[str] = []
    position = _own_start(article, index)
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or not _GIVER_DASH.fullmatch(article.masked[position:actor.span.start]) or \
                (not givers and not re.fullmatch(r"(?:[Tt]he\s+)?", article.masked[position:actor.span.start])):
            break
        givers.append(_party(cast, actor, index))
        position = actor.span.end
    dash = _DASH.match(article.masked, position)
    heading = _pledges_heading(article, index) if givers and all(givers) and dash is not None else None
    if heading is None or dash is None:
        return None
    # "A round-up of the pledges to Chad:": the one the heading names after "to" or "for" receives
    receivers = tuple(r for r in _receiver_after(article, cast, heading, article.sentences[heading].start)
                      if r not in givers)
    return _Clause(tuple(dict.fromkeys(givers)), receivers, "pledged", dash.end(),
                   f"{LIKELY}: a line of a round-up of pledges")


_DOCUMENT_LINE = re.compile(rf"(?:{BULLET})?(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}?(?i:agreement|memorandum"
                            r"(?:\s+of\s+understanding)?|exchange\s+of\s+notes|contract|protocol)\s+with\s+(?:the\s+)?")
_DOCUMENT_GIVES = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,?\s+(?:providing|worth|to\s+(?:fund|finance|provide|supply|build))\s+")
_SIGNING_HEADING = re.compile(r"\bsign(?:ed|ing|s|ature)?\b[^.;]*:$")


def _signed_line(article: Article, cast: Cast, index: int) -> _Clause | None:
    """A line of a list of documents signed: "The two ministers signed the following:", then "3. A grant agreement
    with the Korea International Cooperation Agency (KOICA) providing US$15 million for a clinic": the body it is
    signed with gives, the side the article's aid goes to receives."""
    text = article.sentence_text(index)
    lead = _DOCUMENT_LINE.match(text)
    heading = _list_heading(article, index) if lead else None
    if lead is None or heading is None or not _SIGNING_HEADING.search(article.sentence_text(heading)):
        return None
    start = article.sentences[index].end - len(text) + lead.end()
    body = next((a for a in cast.in_sentence(index) if a.span.start == start and a.kind == "organisation"), None)
    gives = _DOCUMENT_GIVES.match(article.masked, body.span.end) if body is not None else None
    main = _main_receiver([], cast)
    if body is None or gives is None or not main or body.ref == main:
        return None
    return _Clause((body.ref,), (main,), "signed", gives.end(), f"{LIKELY}: a line of a list of documents signed")


_OPENS_LIST = re.compile(r"(?:\s*(?:with\s+|for\s+)?(?:the\s+following|these)(?:\s+[\w-]+){0,3}?"
                         r"(?:\s+(?:to|for)\s+[^:;.]{1,60}?)?|\s*as\s+follows)?\s*:\s*")
"""What a verb of giving ends on when the lines below say what it gives: "Canada will provide the following support to
Peru:", "The UK will fund:", "Oslo is sending these items:", "Chad asked Japan for the following:"."""


def _gives_list(article: Article, verb: re.Match[str], clause: _Clause, end: int) -> bool:
    """Whether a clause of giving, promising or asking has no object of its own but a list below it: each line is one
    thing given. Not a clause of agreeing or signing ("The two sides agreed on the following:"), whose lines are
    terms each side keeps."""
    opening = article.masked[entry_start(article, article.sentences[article.sentence_index(verb.start())]):verb.start()]
    # "It will fund:" after two donors' gifts may stand for either: `_whole_of_list` reads "it" alone
    return verb.lastgroup not in ("agreed", "joint", "signed", "package", *_NOMINAL) and clause.start <= end and \
        _OPENS_LIST.fullmatch(article.masked, clause.start, end) is not None and \
        re.match(r"(?:[^,]{0,40},\s*)?(?:It|They)\b", opening) is None


_PARTS_WORDS = (r"(?:includ|compris|consist|contain|cover|fund|financ|pay|provid|support|deliver|suppl|offer|bring|brought|"
                r"go|be\s+used|be\s+spent)\w*")
_WHOLE_WITH_PARTS = re.compile(r"(?:,\s*|\s+)(?:(?:which|that)\s+(?:will\s+|would\s+)?(?:also\s+)?" + _PARTS_WORDS +
                               r"(?:\s+(?:of|for|on|to(?:wards?)?))?|including|comprising|consisting\s+of|covering|"
                               r"(?:to\s+be\s+)?(?:allocated|spent|used|divided|split|broken\s+down)\s+as\s+follows|"
                               r"(?:to\s+be\s+used\s+|to\s+be\s+spent\s+)?(?:for|on)\s+the\s+following(?:\s+[\w-]+){0,2}|"
                               r"as\s+follows)\s*:$")
"""'Norway pledged 30 million kroner to Malawi, which will fund:', 'a £20 million package for Moldova, including:': a
whole told in a sentence that ends on the word that opens its parts, listed in the lines below."""
_PARTS_VERB = (r"(?:(?:will|would|is\s+to|are\s+to)\s+)?(?:also\s+)?(?:(?:be|is|are|was|were|has\s+been|have\s+been)\s+"
               r"(?:allocated|distributed|divided|split|spent|used|broken\s+down|earmarked)(?:\s+as\s+follows|\s+(?:for|on|"
               r"among|between))?|(?:be\s+)?" + _PARTS_WORDS + r"(?:\s+(?:of|for|on|to(?:wards?)?))?(?:\s+as\s+follows)?|"
               r"breaks?\s+down\s+as\s+follows)\s*:$")
"""What a heading whose subject is a whole says of it before the lines of its parts: "will fund:", "comprises:", "is
allocated as follows:"."""
_IT_LISTS = re.compile(r"(?:[^,]{0,40},\s*)?It\s+" + _PARTS_VERB)
"""'Japan pledged $12 million to Nepal. It will fund:': "it" opening a heading stands for the gift just told."""
_WHOLE_LISTS = re.compile(r"(?:[^,]{0,40},\s*)?(?:The|This|That|Its|Their|(?P<owner>[A-Z][\w.-]+)['’]s)\s+"
                          r"(?P<words>(?:[\w-]+\s+){0,3}?)(?:programmes?|programs?|projects?|initiatives?|schemes?|packages?|"
                          r"grants?|loans?|funds|funding|money|contributions?|pledges?|donations?|aid|assistance|support)\s+"
                          + _PARTS_VERB)
"""'The programme will provide:', 'The grant will fund:', 'Norway's contribution is allocated as follows:': a whole
the sentence before told, its parts in the lines below."""


def _whole_of_list(article: Article, cast: Cast, found: list[Commitment], index: int) -> _Clause | None:
    """The giver, receiver and status of the lines of a list below a heading that tells a whole and ends with a
    colon: the whole the heading gives itself, or the one gift of one giver to one receiver the sentence before told
    when the heading opens on "it" or "the programme". None when the gifts told are of more than one giver or
    receiver, or a request: a list below them may be anything."""
    text = article.sentence_text(index)
    whole = _WHOLE_LISTS.match(text)
    if _IT_LISTS.match(text) or whole:
        told = [c for c in found if c.sentence == index - 1]
    elif _WHOLE_WITH_PARTS.search(text):
        told = [c for c in found if c.sentence == index]
    else:
        return None
    if not told or len({(c.givers, c.receivers, c.status) for c in told}) != 1 or not told[0].givers \
            or told[0].status == "asked":
        return None
    # "The Korean contribution will fund:" after Japan's gift tells of another whole
    owners = {form for g in told[0].givers if g in cast.organisations for form in _country_forms(cast, g)}
    named = [w for w in (whole.group("owner") or "", *whole.group("words").split()) if w[:1].isupper()] if whole else []
    if any(w not in owners for w in named):
        return None
    return _Clause(told[0].givers, told[0].receivers, told[0].status, article.sentences[index].end,
                   f"{LIKELY}: a line of the list of what the whole told above gives")


def _party_line(article: Article, cast: Cast, index: int, listing: _Clause) -> bool:
    """Whether a line of a list opens on a party other than the heading's giver and a colon or dash: "- Japan: $5
    million for food", "- Fiji and Samoa - 40 boats"."""
    position = _own_start(article, index)
    first = next((a for a in cast.in_sentence(index) if a.span.start >= position), None)
    return first is not None and first.kind == "organisation" and first.ref not in listing.givers and \
        re.fullmatch(r"(?:[Tt]he\s+)?", article.masked[position:first.span.start]) is not None and \
        re.match(r"(?:(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z][^:;,.]{0,40}?)*(?:\s+[-–—]|:)\s", article.masked[first.span.end:
                                                                                            first.span.end + 120]) is not None


def _list_heading(article: Article, index: int) -> int | None:
    """The sentence ending with a colon that a numbered or bulleted list, this line in it, follows."""
    for back in range(index - 1, max(-1, index - 16), -1):
        text = article.sentence_text(back)
        if text.endswith(":"):
            return back
        if not re.search(r"[;,]\s+(?:and|or)$|;$|^\d{1,2}[.)]$", text) and not _BULLET.match(text):
            return None
    return None


def _pledges_heading(article: Article, index: int) -> int | None:
    """The heading of pledges, ending with a colon, that the lines before this one and this one follow."""
    for back in range(index - 1, max(-1, index - 12), -1):
        text = article.sentence_text(back)
        if text.endswith(":"):
            return back if _PLEDGES_HEADING.search(text) else None
        if not _DASH.search(text):
            return None
    return None


_WITH_THE_GOVERNMENT = re.compile(r"\s+(?:an?\s+)?(?:[\w€£$¥.,-]+\s+){0,4}?(?:loan|grant|credit|financing)(?:\s+agreement)?"
                                  r"\s+with\s+the\s+government\b")
""""signed a loan with the government": a government the text names by no country."""
_JUST = re.compile(r"(?<=\s)(?:just|itself|themselves|today|yesterday)\s+$")


def _before_just(article: Article, position: int) -> int:
    """Where a verb's subject gap ends, before the "just" of news as it happens or an "itself" that stresses
    the subject: "Chad has just announced a grant", "Chad itself took delivery of": the subject is read as
    without it."""
    just = _JUST.search(article.masked, max(0, position - 14), position)
    return just.start() if just else position


_PROMISING = re.compile(r"earmark|pledg|commit|offer|grant|allocat|setting\s+aside")
"""'is earmarking', 'is pledging': a promise being made, not a delivery under way."""
_ORGAN = re.compile(r"^(?:-led)?\s*(?P<organ>(?:(?:[’']s\s+)?(?:[\w-]+\s+){0,2}?(?i:government|ministry|cabinet|parliament|"
                    r"presidency|authorities|treasury|administration|agency|council|executive|initiative|minister|president|"
                    r"premier|chancellor|envoy|ambassador|delegation|side|officials|leader|leadership|board|(?:board\s+of\s+)?directors)"
                    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+)?)?\s+)?"
                    r"(?:,[^,]{1,80},\s*)?(?:(?:on|in|last|this|earlier|next|late|early)\s+(?:Monday|Tuesday|Wednesday|"
                    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|\d{4}|week|month|year|weekend)\s+)?)" + SUBJECT_GAP.pattern[1:])
"""'Lithuania's government approved', 'Germany's defence ministry has sent', 'Germany on Monday delivered':
the organ of a state gives for the state, and a time between subject and verb leaves the subject as it is."""


_ORGAN_LEAD = re.compile(r"(?:[^,]{0,60},\s*){0,2}(?:[Tt]he\s+)?|.*\b(?:that|and)\s+"
                         r"(?:(?:by|on|in|last|this|later|earlier)\s+[A-Z]?[a-z]+\s+)?(?:the\s+)?")
"""What may open a sentence before the body whose organ gives: a time or a place set off by commas, one or two of
them ("In Manila, meanwhile, the ADB's board approved"), or a clause joined by "and" with a time of its own ("...,
and by Friday the World Bank board had approved")."""


def _organ_subject(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """The country or organisation the clause before `position` opens with, when an organ of it or a
    time stands between it and the verb."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= position]
    if not before or before[-1].kind != "organisation":
        return None
    actor = before[-1]
    gap = article.masked[actor.span.end:position]
    organ = _ORGAN.match(gap)
    if organ is None or not organ.group("organ").strip():
        return None
    lead = article.masked[_own_start(article, index):actor.span.start]
    return actor if _ORGAN_LEAD.fullmatch(lead) else None


_CREW = re.compile(r"\s+(?:volunteers|staff(?:\s+members)?|workers|aid\s+workers|teams?|crews?|personnel|engineers|medics|"
                   r"troops|soldiers|peacekeepers)" + SUBJECT_GAP.pattern[1:])
"""'Malawi Red Cross Society volunteers handed over', 'UNICEF staff delivered': the people of a body, named by their
work right after its name, hand over for it."""


def _crew_subject(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """The body whose volunteers, staff or crews, named right after it, are the subject of the verb at `position`;
    never a country's adjective ("Ukrainian volunteers handed out food" is no gift of Ukraine's)."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= position]
    if not before or before[-1].kind != "organisation":
        return None
    actor = before[-1]
    if article.masked[actor.span.start:actor.span.end] in _ADJECTIVES or \
            not _CREW.fullmatch(article.masked, actor.span.end, position):
        return None
    lead = article.masked[_own_start(article, index):actor.span.start]
    return actor if _ORGAN_LEAD.fullmatch(lead) else None


_SHARE_OPENS = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
"""What sets off a further giver of a list whose verb is said once: ", the Netherlands €45 million", " and Japan $40m"."""
_SHARE_FIGURE = re.compile(r"\s+(?:(?:about|some|nearly|around|up\s+to|another|a\s+further)\s+)?"
                           r"(?:[A-Z]{0,3}[€$£¥]\s?|[A-Z]{3}\s)?\d")
"""The figure a further giver's share starts with, right after its name."""
_FIRST_FIGURE = re.compile(r"\s*(?:(?:about|some|nearly|around|up\s+to|another|a\s+further|an\s+additional|more\s+than)\s+)?"
                           r"(?:[A-Z]{0,3}[€$£¥]\s?|[A-Z]{3}\s)?\d")
_SCALED = re.compile(r"\d[\d.,]*(?:\s*(?:million|billion|bn|mn|m|trillion)\b)?")


def _shares(article: Article, cast: Cast, index: int, start: int, objects: bool = False) -> list[tuple[Actor, int, int]]:
    """The further givers of a gift whose verb is said once, each named with its own figure after the first
    thing given: "Japan gave $5 million and Britain £4 million to Nepal", "Kuwait pledged 100 million dollars,
    Qatar 50 million and Oman 20 million". Each share as its giver, where its separator starts and where its
    figure starts. Only when the first thing given opens with a figure, and not when that figure follows a
    receiver named right after the verb ("gave Nepal $5 million and Bhutan $2 million": two receivers), unless
    `objects` asks for those receivers' shares."""
    text, sentence = article.masked, article.sentences[index]
    if not _FIRST_FIGURE.match(text, start):
        return []
    mentions = sorted((span.start, span.end) for span, _ in cast.org_mentions
                      if sentence.start <= span.start < sentence.end)
    found: list[tuple[Actor, int, int]] = []
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or actor.span.start <= start:
            continue
        if _CLAUSE_END.search(text[start:actor.span.start].replace(" and ", " & ")):
            break
        opens = _SHARE_OPENS.search(text, max(start, actor.span.start - 12), actor.span.start)
        figure = _SHARE_FIGURE.match(text, actor.span.end)
        if opens is None or figure is None or text[actor.span.start:actor.span.end] in _ADJECTIVES or \
                not (objects or _after_first_figure(text, sentence.start, actor.span.start, mentions)):
            continue
        found.append((actor, opens.start(), actor.span.end + len(figure.group()) - len(figure.group().lstrip())))
    return found


def _first_share_end(article: Article, cast: Cast, index: int, start: int, objects: bool) -> int:
    """Where the first thing given ends when further givers follow with shares of their own ("gave $5 million
    and Britain £4 million to Nepal": the first gift is "$5 million"), or, with `objects`, further receivers
    with theirs ("gave Nepal $5 million and Bhutan $2 million": Nepal's is "$5 million"); -1 when none follow."""
    shares = _shares(article, cast, index, start, objects)
    return shares[0][1] if shares else -1


def _share_text(article: Article, first: str, start: int, end: int) -> str:
    """A share's words, with the currency of the first sum when the share gives only a figure ("100 million
    dollars, Qatar 50 million": "50 million dollars")."""
    share = article.masked[start:end].strip()
    sum_first = MONEY.match(first.strip())
    scaled = _SCALED.match(share)
    if MONEY.match(share) is not None or sum_first is None or scaled is None:
        return share
    money = sum_first.group()
    figure = _SCALED.search(money)
    return money[:figure.start()] + scaled.group() + money[figure.end():] if figure is not None else share


def _gapped(article: Article, cast: Cast, index: int, clause: _Clause, end: int,
            given: Found) -> list[tuple[_Clause, Found]]:
    """"Switzerland committed CHF 90 million for demining, the Netherlands €45 million and Japan $40
    million": a list of givers each with its sum, the verb said once, gives as the first clause does; so does
    a list of givers each with its count of things ("Norway delivered 300 tents, Denmark 120 water tanks")."""
    found: list[tuple[_Clause, Found]] = []
    shares = _shares(article, cast, index, clause.start)
    stop = article.sentences[index].end
    first = article.masked[clause.start:shares[0][1]] if shares else ""
    for number, (actor, _, start) in enumerate(shares):
        if actor.ref in clause.givers or actor.ref in clause.receivers:
            continue
        share_end = shares[number + 1][1] if number + 1 < len(shares) else stop
        share = _share_text(article, first, start, share_end)
        money = MONEY.match(share)
        if given[2] is None:
            found += [(replace(clause, givers=(actor.ref,), why=f"{LIKELY}: a giver listed with its count of things "
                               "after the first clause, the verb said once"), item) for item in _counted_share(share)]
            continue
        if money is None or not re.match(r"\s*(?:,|and\b|[.;]|$|(?:to|for|in)\s)", share[money.end():]):
            continue
        for item in items(money.group(), False):
            found.append((replace(clause, givers=(actor.ref,), why=f"{LIKELY}: a giver listed with its sum after the "
                                  "first clause, the verb said once"), item))
    return found


_COUNTED_SHARE = re.compile(r"(?:(?:about|some|nearly|around|another|a\s+further)\s+)?\d[\d,.]*\s+"
                            r"(?!(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilomet(?:re|er)s?|miles?|per\s*cent|"
                            r"percent|times|people|of\b)\b)(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*[.,;]?")
"""A further giver's share that is a count of things and nothing more: '25 tonnes of medicines', '120 water tanks';
not a time or a distance ('Thailand 2 days later') nor a share that runs on into a clause of its own."""


def _counted_share(share: str) -> list[Found]:
    """The one thing a further giver's counted share gives, or none: "Japan sent 40 tonnes of rice, Australia 25
    tonnes of medicines" gives Australia "25 tonnes of medicines"; "Japan sent 40 tonnes of rice to Myanmar,
    Thailand 12 hours later" gives Thailand nothing."""
    if not _COUNTED_SHARE.fullmatch(share.strip()):
        return []
    found = items(share.strip().rstrip(".,;"), False)
    return found if len(found) == 1 and found[0][2] is None else []


_FROM_NEXT = re.compile(r"(?:\s*,\s*|\s*,?\s+and\s+)(?P<thing>[^,;:()]{2,80}?)\s+from\s+(?:the\s+)?")
_VERB_IN_THING = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|arrived|came|reached|said|says|while|which|"
                            r"who|that|[a-z]+ed\s+(?:by|from|in|to))\b")


def _from_each(article: Article, cast: Cast, index: int, clause: _Clause, end: int) -> list[tuple[_Clause, Found]]:
    """"Chad received 20 ambulances from Japan and 40 tents from Norway": after the first giver, each further thing
    with its own "from" has its own giver, the receiver the same; "and 40 tents arrived from Norway" opens a clause
    of its own."""
    found: list[tuple[_Clause, Found]] = []
    if len(clause.givers) != 1 or not clause.receivers:
        return found
    actors = [a for a in cast.in_sentence(index) if a.kind == "organisation" and clause.start <= a.span.start < end]
    last = next((a for a in actors if a.ref == clause.givers[0] and re.search(
        r"\bfrom\s+(?:the\s+)?$", article.masked[max(0, a.span.start - 10):a.span.start])), None)
    if last is None:
        return found
    for actor in (a for a in actors if a.span.start > last.span.end):
        gap = _FROM_NEXT.fullmatch(article.masked, last.span.end, actor.span.start)
        if gap is None or article.masked[actor.span.start:actor.span.end] in _ADJECTIVES or \
                actor.ref in clause.receivers or _VERB_IN_THING.search(gap.group("thing")):
            break
        found += [(replace(clause, givers=(actor.ref,), why=f"{LIKELY}: a further thing received, from the one "
                           "named after its own 'from'"), item) for item in items(gap.group("thing"), False)]
        last = actor
    return found


_GOVERNMENT = re.compile(r"\s+(?:government|cabinet|(?:[a-z]+\s+)?ministry|authorities|presidency)\b")


def _government(article: Article, cast: Cast, index: int) -> str:
    """"The Dutch government said it would send": a sentence opening with a state's government, its
    ministry or its authorities, named by the country's adjective."""
    start = _own_start(article, index)
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" and re.fullmatch(r"(?:[^,]{0,60},\s+)?(?:[Tt]he\s+)?",
                                                           article.masked[start:actor.span.start]) \
                and cast.organisations[actor.ref].type == "country" and _GOVERNMENT.match(article.masked, actor.span.end):
            return actor.ref
        break
    return ""


def _last_subject(cast: Cast, index: int) -> str:
    """"Spain ... has been one of Kyiv's backers. It has sent Ukraine 20 tanks": a sentence opening with
    "It" goes on about the country or organisation the sentence before opened with."""
    subject = cast.sentence_subject(index - 1) if index else None
    return _party(cast, subject, index - 1) if subject is not None and subject.kind == "organisation" else ""


_DESCRIBED_STATE = r"(?:(?!(?:host|recipient|receiving|neighbou?ring|other|partner|member|affected|stricken|" \
    r"impoverished|poor|poorer|beleaguered|embattled|devastated|same|first|second|third|latter|former|[\w]+-(?:hit|torn|" \
    r"stricken|ravaged|affected))\b)[A-Za-z][\w-]*\s+){1,3}?(?=(?:country|kingdom|republic|nation|state|emirate)\s)"
"""'Qatar has led the response. The Gulf state also sent 40 tonnes of food', 'The Nordic country pledged': the state
the sentence before opened with, described rather than named; a word that sets it apart from that state ("the
neighbouring country", "the host nation", "the quake-hit country") describes another one and gives nothing."""
_ANAPHOR = re.compile(r"(?:[^,]{0,40},\s*)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:" + _DESCRIBED_STATE + r")?"
                      r"(?P<noun>(?i:country|government|kingdom|republic|nation|"
                      r"emirate|state|bloc|union|alliance|bank|lender|fund|organi[sz]ation|institution|company|group))\s+"
                      r"(?:[a-z]+\s+){0,4}")
"""'The country will send', 'The bloc has disbursed': a subject that names its kind, not itself."""
_REPORTED_BODY = re.compile(r"\bthat\s+the\s+(?i:bloc|union|alliance|bank|lender|fund|organi[sz]ation|agency|commission)\s+"
                            r"(?:[a-z]+\s+){0,3}$")
"""'... said that the bloc had set aside': a body reported on by its kind, in the sentence that names it; the kind
written as a title as well: "the World Bank's vice president, who confirmed that the Bank will provide"."""
_STATE_NOUNS = frozenset({"country", "government", "kingdom", "republic", "nation", "state", "emirate"})
_SAID_BODY = re.compile(r"\b(?:said|says|added|confirmed|announced|explained|that)\s+the\s+(?:[A-Z][\w-]*-based\s+|"
                        r"state-(?:owned|run)\s+|national\s+)?(?P<noun>company|utility|operator|firm|centre|center|agency|"
                        r"bank|lender|fund|charity|foundation)\s+(?:(?:had|has|have|would|will|is|was)\s+)?"
                        r"(?:(?:also|already|now|since|formally|separately)\s+)?$")
_FIRM_NOUNS = frozenset({"company", "utility", "operator", "firm"})
"""Kinds of body whose own name seldom says the kind: "Ukrenergo ... the company", "the NEA ... the utility"."""


def _earlier_subject(cast: Cast, index: int, noun: str) -> str:
    """The country (for "the country", "the government") or organisation (for "the bloc", "the bank") that
    one of the two sentences before opened with, or whose minister or leader it opened with."""
    back = index - 1
    while back > 0 and not cast.in_sentence(back):
        back -= 1  # a sentence that names nobody ("The food was cold.") does not change whom the text is about
    subject = cast.sentence_subject(back) if back >= 0 else None
    if noun not in _STATE_NOUNS:
        # "... a vice-president of the African Development Bank. The bank last month approved": the one body of
        # that kind the sentence before names
        start = cast.article.sentences[max(0, index - 1)].start
        kind = {ident for span, ident in cast.org_mentions if start <= span.start < cast.article.sentences[index].start
                and noun in fold(cast.organisations[ident].name).split()}
        if len(kind) == 1:
            return kind.pop()
    party = _party(cast, subject, back) if subject is not None and subject.kind != "pronoun" else ""
    if subject is not None and len(_following(cast, back, subject)) > 1:
        return ""  # "The World Bank and the ADB met. The bank will lend": which bank, the text does not say
    if party not in cast.organisations or (cast.organisations[party].type == "country") != (noun in _STATE_NOUNS):
        return ""
    # the side the article's aid goes to is rarely the one "the government" gives for; a wrong giver costs more
    return party if party != _main_receiver([], cast) else ""


_SAID_THAT_THE = re.compile(r"\b(?:said|says|added|adding|announced|confirmed|explained)\b[^.;:]*?\bthat\s+the\s+"
                            r"(?P<noun>[a-z]+)\s+(?:(?:had|has|have|would|will|is|was)\s+)?(?:[a-z]+ly\s+|also\s+)?$")


def _speakers_body(article: Article, cast: Cast, index: int, position: int) -> str:
    """"Marzac, president of Iasi County Council, said, adding that the county would send": a body called by a word of
    its name in a clause reported by one who speaks for it; the body of the person who said so, when its name has
    that word."""
    sentence = article.sentences[index]
    said = _SAID_THAT_THE.search(article.masked, sentence.start, position)
    if said is None:
        return ""
    speaker = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= said.start() and a.kind == "person"),
                   None)
    body = cast.people[speaker.ref].organisation if speaker is not None else ""
    if body not in cast.organisations or cast.organisations[body].type == "country":
        return ""
    return body if said.group("noun") in fold(cast.organisations[body].name).split() else ""


_THROUGH_ITS = re.compile(r"\s*,\s+(?:(?:acting|working)\s+)?(?:through|via)\s+(?:[^;:.()—–]|\([^()]{1,15}\)){1,160}?,\s+"
                          r"(?:(?:has|have|had|is|are|was|were|will|would|"
                          r"also|now|already|since)\s+)*$")


def _through_channel_subject(article: Article, cast: Cast, index: int, position: int) -> str:
    """"The European Union, through its humanitarian aid department, ECHO, is funding cash assistance", "Japan, via
    JICA, has delivered 40 generators": the one the sentence opens with gives, through the channel set off after it."""
    opener = cast.sentence_subject(index) or _state_opening(article, cast, index)
    if opener is None or opener.kind != "organisation" or opener.span.end > position or \
            not _THROUGH_ITS.fullmatch(article.masked, opener.span.end, position):
        return ""
    return _party(cast, opener, index)


_STATE_TITLE = re.compile(r"\s*(?:[Tt]he\s+)?(?:State|Kingdom|Republic|Sultanate|Emirate|Principality|Grand\s+Duchy|"
                          r"Government|[Pp]eople)\s+of\s+(?:the\s+)?")


def _state_opening(article: Article, cast: Cast, index: int) -> Actor | None:
    """The country a sentence opens with by its formal title: "The State of Qatar, through its fund, has provided",
    "The Sultanate of Oman, via its relief agency, sent": the title is the country's, and the country opens the
    sentence."""
    actors = cast.in_sentence(index)
    first = actors[0] if actors else None
    start = entry_start(article, article.sentences[index])
    if first is None or first.kind != "organisation" or cast.organisations[first.ref].type != "country":
        return None
    return first if _STATE_TITLE.fullmatch(article.masked, start, first.span.start) else None


_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:said|says|told(?:\s+[\w-]+){1,3}?|added|adding|announced|confirmed|explained|stressed|"
    r"noted|insisted|that|and|but|while|where)\s+)the\s+(?P<noun>bloc|union|bank|lender|fund|agency|organi[sz]ation|"
    r"commission|alliance|kingdom|country|government|nation|emirate|sultanate|republic)\s+"
    r"(?:(?:had|has|have|would|will|is|was|were|are|could|should|may|might|intends|plans|expects)\s+)?"
    r"(?:(?:also|already|now|since|formally|separately|jointly|soon|still|then|further)\s+)?"
    r"(?:(?:ready|prepared|willing|set|expected|due|planning|going|about)\s+to\s+)?$")
"""'EU envoy Karin Holm told reporters the bloc would provide', 'Saudi minister Al-Otaibi said the kingdom would
provide', 'officials said the bank would also finance': a subject that names its kind, not itself, opening a clause
of its own after a verb of saying, a conjunction or a comma."""
_KIND_WORD = {"lender": "bank", "organization": "organisation"}


def _kind_subject(article: Article, cast: Cast, index: int, position: int) -> str:
    """The body or state a clause's subject names by its kind ("the bloc", "the lender", "the kingdom"): the
    body or country of the one who speaks in the sentence, when it is of that kind; else the one body of that
    kind the sentence or the two before name. "Finance Minister Rai of Nepal said the government would provide
    seed" in an article on aid to Nepal names no giver, nor does "the bank" where two banks were named."""
    sentence = article.sentences[index]
    described = _DESCRIBED_SUBJECT.search(article.masked, sentence.start, position)
    if described is None or described.end() != position:
        return ""
    noun = described.group("noun")
    speaker = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= described.start() + 1
                    and a.kind == "person"), None)
    own = _party(cast, speaker, index) if speaker is not None else ""
    main = _main_receiver([], cast)
    if noun in _STATE_NOUNS or noun in ("sultanate",):
        state = own if own in cast.organisations and cast.organisations[own].type == "country" else ""
        return state if state != main else ""
    kind = re.match(r"\s*(?P<words>)(?P<noun>\w+)", _KIND_WORD.get(noun, noun))
    if kind is None:
        return ""
    if own in cast.organisations and _of_kind(cast, own, kind):
        return own if own != main else ""
    body = _named_by_kind(cast, index, described.start(), kind)
    return body if body != main else ""


_SUM_IN_OWN_AID = re.compile(r"\s+(?:(?:an?|another)\s+(?:further\s+|additional\s+|extra\s+)?)?(?:" + MONEY.pattern +
                             r")\s+(?:in|of)\s+(?:(?:new|fresh|further|additional|extra)\s+)?$")
_OWN_AID_AFTER = re.compile(r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,2}?(?:aid|assistance|funding|support|money|grants?|loans?|"
                            r"financing)\b")


def _aid_owner_named(article: Article, cast: Cast, index: int, position: int) -> str:
    """The one whose aid a sum is said to be, named in the words after the verb: "the Commissioner announced
    €20 million in new EU humanitarian funding", "she pledged £15m of British aid": the aid's owner gives, whatever
    body the speaker belongs to."""
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or actor.span.start <= position:
            continue
        if not _SUM_IN_OWN_AID.fullmatch(article.masked, position, actor.span.start):
            return ""
        return actor.ref if _OWN_AID_AFTER.match(article.masked, actor.span.end) else ""
    return ""


def _state_opened_before(cast: Cast, index: int, noun: str) -> str:
    """"Prime Minister Solvang said Norway will provide NOK 1.5 billion. The funds will go through the EBRD. In
    addition, the Government has earmarked NOK 800 million": past a sentence that opens with no one (on the
    funds, not on who gives them), the country of the one the sentence before it opened with."""
    if noun not in _STATE_NOUNS or index < 2:
        return ""
    if cast.sentence_subject(index - 1) is not None:
        return ""  # the sentence just before opens with someone: _earlier_subject has read it
    opener = cast.sentence_subject(index - 2)
    party = _party(cast, opener, index - 2) if opener is not None and opener.kind != "pronoun" else ""
    if party not in cast.organisations or cast.organisations[party].type != "country":
        return ""
    return party if party != _main_receiver([], cast) else ""


def _said_body(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """A body a reported clause names by its kind: "A spokesperson said the Riyadh-based centre had promised
    5,000 tents", "Its chief executive said the company had asked the EBRD for ...". The body is the one of
    that kind named just before (in the sentence or the one before it); for a company or utility, whose
    name seldom says so, the body the sentence names before, else the one the sentence before opened with."""
    sentence = article.sentences[index]
    said = _SAID_BODY.search(article.masked[sentence.start:position])
    if said is None:
        return None
    noun = {"center": "centre"}.get(said.group("noun"), said.group("noun"))
    start = sentence.start + said.start()
    # the names themselves, also those inside a person's description ("The NEA's managing director")
    bodies = [Actor("organisation", span, ident) for span, ident in cast.org_mentions
              if article.sentences[max(0, index - 1)].start <= span.start and span.end <= start
              and cast.organisations[ident].type != "country"]
    kinds = {noun, "center"} if noun == "centre" else {noun}
    named = [a for a in bodies if kinds & set(fold(cast.organisations[a.ref].name).split())]
    if len({a.ref for a in named}) > 1:
        return None  # "The World Bank and the ADB met officials. A spokesman said the bank would lend": which bank?
    if named:
        return named[-1]
    if noun not in _FIRM_NOUNS:
        return None
    here = [a for a in bodies if a.span.start >= sentence.start]
    opener = cast.sentence_subject(index - 1) if index else None
    return here[-1] if here else next((a for a in bodies if opener is not None and a.span == opener.span), None)


def _following(cast: Cast, index: int, subject: Actor) -> list[Actor]:
    """The subject a sentence opens with and those joined to it by "and": "The World Bank and the ADB"."""
    actors = cast.in_sentence(index)
    chain = [subject]
    for actor in actors[actors.index(subject) + 1:]:
        if not re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", cast.article.masked[chain[-1].span.end:actor.span.start]):
            break
        chain.append(actor)
    return chain


def _which_said(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"the U.S. International Development Finance Corporation (DFC), which said it would provide": the
    organisation a "which said it" clause follows."""
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= position and a.kind == "organisation"]):
        if re.fullmatch(r"\s*(?:\([^()]{1,15}\)\s*)?\)?,\s*which\s+(?:also\s+)?(?:said|says|announced|confirmed)\s+"
                        r"(?:that\s+)?it\s+(?:had\s+|has\s+)?", article.masked[actor.span.end:position]):
            return actor
    return None


_BODY_SAID_IT = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:also|then|later)\s+)?(?:said|says|announced|announces|added|"
                           r"adds|confirmed|confirms|stated|promised|pledged)"
                           r"(?:\s+(?:only\s+|just\s+)?(?:on\s+\w+|last\s+\w+|this\s+\w+|earlier\s+this\s+\w+|in\s+[A-Z]\w+))?"
                           r"\s+(?:that\s+)?(?:it|its\s+government)\s+(?:had\s+|has\s+)?")


_JOINED_SUBJECT = re.compile(r"(?:,|;|\band|\bbut|\bwhile|\bwhereas)\s+(?:the\s+)?$")


def _said_it(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"Several donors froze their aid, and the World Bank announced last month that it would resume lending": the
    body named right before "said that it", where it opens a clause of its own after "and", "but", "while" or a comma
    ("The EU pledged €50m, while Norway said it would send seed"); not the sentence's first subject."""
    return next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= position and a.kind == "organisation"
                 and _BODY_SAID_IT.fullmatch(article.masked, a.span.end, position)
                 and _JOINED_SUBJECT.search(article.masked, max(0, a.span.start - 16), a.span.start)), None)


def _adding_that(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"..., the European Union said on Wednesday, adding that it would contribute": the one who said so,
    not the clause's subject before it."""
    sentence = article.sentences[index]
    adding = re.search(r"\b(?:said|says|announced|confirmed)\b[^.;]*?,\s*adding\s+that\s+it\s+(?:had\s+|has\s+)?$",
                       article.masked[sentence.start:position])
    if adding is None:
        return None
    said = sentence.start + adding.start()
    return next((a for a in reversed(cast.in_sentence(index)) if a.kind == "organisation" and a.span.end <= said
                 and re.fullmatch(r"\s*(?:\([^()]{1,15}\)\s*)?", article.masked[a.span.end:said])), None)


def _and_subject(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"Horbach set out Ukraine's priorities and asked the UK for ...": the second verb of a sentence
    joined by "and" has the sentence's subject."""
    if not re.search(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$", article.masked[max(0, position - 20):position]):
        return None
    # "... Amra Hadžić, Bosnia's prime minister, who welcomed the package but asked the EU for ...": the one
    # the relative clause is on
    who = [a for a in cast.in_sentence(index) if a.span.end <= position and re.match(
        r"(?:,[^,;.]{1,60})?,\s*who\s+[^,;.]*$", article.masked[a.span.end:position])]
    return who[-1] if who else cast.sentence_subject(index)


_THEM = re.compile(r"\s*(?:the\s+(?:two|three|four)\s+(?:leaders|ministers|sides|governments|presidents|premiers)|them|"
                   r"both\s+(?:leaders|sides|governments))\b")
"""'urged the two leaders to send': the others of the meeting the text has just reported."""


_SUPPORT = r"(?:(?:more|further|additional|extra|urgent|new|continued|financial|military|humanitarian|technical|" \
    r"long(?:er)?-term|immediate|emergency)\s+)*" \
    r"(?:help|support|assistance|aid|funding|financing|money|backing|cooperation)"
_SUPPORT_FOR = re.compile(r"\s*" + _SUPPORT + r"\s+(?:with|for|to\s+(?:fund|finance|pay\s+for|rebuild|repair|restore|buy)|"
                          r"in\s+(?:[a-z]+ing\s+and\s+)?[a-z]+ing)\s+")
"""'help with the reconstruction of ...', 'funding for the rebuilding of ...': support named by its purpose,
which is what an editor records as the thing asked for."""
_FOR_WHOM = re.compile(r"(?<=for\s)(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:[a-z]+\s+)?(?:camps?|communities|" + _REACHED_PEOPLE
                       + r")\b|(?<=for\s)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?![\w’'-])")
"""'humanitarian aid for the Mbera camp', 'support for displaced families': aid for whom it reaches, which is the thing
asked for; not 'help with the reconstruction of', whose purpose is."""
_PAY_FOR = re.compile(r"\bto\s+(?:help\s+)?(?:(?:co-?)?financ(?:e|ing)|(?:co-?)?fund|pay\s+for|cover\s+the\s+costs?\s+of)\s+$")
"""'asked Norway to help pay for a second phase of the sea wall', 'to finance the new bridge': what is asked to be paid
for is a purpose, one thing however many its words."""
_SHARED = r"(?!\s+(?:(?:its|their|his|her|the|some|more|any)\s+)?(?:[\w-]+\s+)?(?:views?|experiences?|expertise|concerns?|" \
    r"assessments?|information|intelligence|data|lessons|knowledge|practices|details|findings|plans?|visions?|burden|" \
    r"responsibilit(?:y|ies)|costs?|risks?|stories|thoughts|ideas|insights?|analysis|evidence|know-how)\b)"
"""'asked Kenya to share drought-resistant seed varieties': a thing shared is a thing given; not 'to share its
experience', 'to share the burden', 'to share intelligence', which are no aid given."""
_ENLARGED = r"(?:to\s+)?(?:(?:urgently|quickly|also|further|significantly|substantially|sharply)\s+)?(?:increase|expand|" \
    r"extend|raise|boost|enlarge|widen|scale\s+up|step\s+up|top\s+up|double|triple|replenish)\s+(?:its|their|the)"
_ENLARGE = _ENLARGED + r"(?=\s+(?:[\w-]+\s+){0,2}?(?:lending|loans?|grants?|funding|financing|credit(?:\s+lines?)?|" \
    r"facility|window|allocations?|quotas?|contributions?|deliveries|supplies|donations?|scholarships|aid|assistance)\b)"
"""'requested that the Bank expand its grant window for refugees', 'urged Japan to double its scholarships for
Laotian students', 'called on the IMF to increase its lending to Malawi': what is asked for is the thing to be
made larger; 'urged the EU to increase the pressure on Minsk' asks for no aid."""
_SUBJUNCTIVE = r"(?:send|provide|supply|donate|deliver|finance|fund|co-?finance|co-?fund|lend|grant)" \
    r"(?=\s+(?:(?:an?|the|some|more|further|additional|extra|two|three|four|five|six|ten)\b|\d|[A-Z]{0,3}[€$£¥]|" \
    r"(?!(?:to|for|of|in|on|at|with|and|or|by|from|as|that|which|who|was|were|is|are)\b)[a-z]))"
"""'requested that the African Development Bank finance a new power station', 'asked that Japan send two more
ferries', 'requested that Cuba send doctors': the verb after 'that' and the one asked, with no 'to', goes on to
the thing asked for."""
_DEBT_RELIEF = r"(?:defer|reschedule|postpone|suspend|restructure|forgive|cancel|waive|write\s+off|roll\s+over|extend)\s+" \
    r"(?:(?:the|its|their|our|a|some|part\s+of\s+(?:the|its|their))\s+)?(?:[\w-]+\s+){0,2}?(?:repayments?|payments?|debts?|" \
    r"loans?|interest|maturities|arrears)\b"
"""'asked Seoul to defer repayments on its port loans', 'urged Paris to cancel the debt it is owed', 'asked Tokyo
to reschedule payments on a yen loan': relief a lender grants on its own loans, asked for with the verb that grants it;
'asked China to defer the talks' defers no debt."""


_REQUEST_LEAD = re.compile(
    r"(?:\s+(?:side|government|authorities|leadership|delegation|members|member\s+(?:states|countries|governments)|"
    r"countries|nations|states|economies|leaders|partners))?"
    r"(?:,[^,]*,)?"
    r"(?:\s+(?:on\s+[A-Z]\w+|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|[A-Z]\w+)|last\s+\w+|earlier\s+this\s+\w+|again|"
    r"formally|also)(?=\s+for\b))?\s*"
    r"(?:for|to\s+(?:\w+\s+)?(?:" + _GIVE + "|" + _GIVING + r")|to\s+(?:help\s+)?support(?=\s+(?!the\s+[A-Z])[a-z])|"
    r"to\s+share" + _SHARED + r"|to(?=\s+" + _DEBT_RELIEF + ")|"
    r"(?:whether|if)\s+(?:it|they|the\s+[a-z]+)\s+(?:could|would|might|can|will)\s+(?:(?:also|possibly|still)\s+)?"
    r"(?:spare|lend|" + _GIVE + r")(?:\s+(?:it|them|us|him|her))?|"
    r"to\s+help\s+(?:\w+\s+)?(?:acquire|buy|get|obtain|purchase|secure)|to\s+(?:increase|boost|expand|ramp\s+up|step\s+up|"
    r"speed\s+up|accelerate|scale\s+up)\s+(?:the\s+|their\s+|its\s+)?(?:production|output|supplies|deliveries|"
    r"manufacturing)\s+of|" + _ENLARGE + "|" + _SUBJUNCTIVE + "|"
    r"(?:to\s+)?(?:(?:urgently|quickly|also|seriously|favourably|favorably|swiftly)\s+)?(?:consider|prioriti[sz]e|expedite|"
    r"speed\s+up|accelerate|approve|authori[sz]e|look\s+at|examine)(?:\s+(?:" + _GIVING + r"|the\s+(?:delivery|transfer|"
    r"supply|release|financing|provision|disbursement|payment)\s+of))?)\s+")
"""How a request goes on to what it asks for: "asked Spain for", "appealed to G20 countries for", "urged ASEAN
leaders to send", "urged Berlin to send", "asked Denmark to
prioritise interceptor drones", "asked G20 members for", "urged EU member states to send", "requested that Poland
consider transferring", "asked Canada for help with"."""


_SO_THAT = re.compile(r"\s+so\s+(?:that|as\s+to)\s")
"""'asked Japan for school tents so that children can return': where the thing asked for ends and its purpose starts."""
_WORK = re.compile(r"(?:[a-z][\w-]*\s+)?[a-z]{2,}ing\s+[a-z]")
"""'help with clearing mines', 'support in rebuilding the bridge': a work, one thing however many its words."""
_OWN_SUPPORT = re.compile(r"(?:(?:more|further|additional|extra|urgent|new|continued)\s+)?")


def _own_support(cast: Cast, index: int, rest: str, position: int, start: int,
                 asked: tuple[str, ...]) -> re.Match[str] | None:
    """"thanked Norway for its help and asked for further Norwegian help with school tents", "asked Japan for more
    Japanese support for mine clearance": the support of the one already asked, named again by its adjective or
    possessive, and what follows is what the support is for; None where the words name another body ("asked Japan
    for Korean help") or no support. `rest` is the text from `position` on, `start` a place in it."""
    lead = _OWN_SUPPORT.match(rest, start)
    actor = next((a for a in cast.in_sentence(index) if a.kind == "organisation"
                  and a.span.start == position + lead.end()), None) if lead else None
    if actor is None or actor.ref not in asked:
        return None
    owner = re.match(r"[’']s(?=\s)", rest[actor.span.end - position:])
    return _SUPPORT_FOR.match(rest, actor.span.end - position + (owner.end() if owner else 0))


def _support_of(article: Article, cast: Cast, index: int, position: int, asker: str) -> tuple[tuple[str, ...], int]:
    """"asked for Swedish support for additional air defence": whom a request is made of, named by the
    adjective of the support asked for."""
    lead = re.match(r"\s*for\s+(?:(?:more|further|additional|extra|urgent|new|continued)\s+)?", article.masked[position:])
    if not lead:
        return (), position
    adjective = next((a for a in cast.in_sentence(index) if a.kind == "organisation"
                      and a.span.start == position + lead.end()), None)
    if adjective is None or adjective.ref == asker:
        return (), position
    end = adjective.span.end
    attributive = _ATTRIBUTIVE_SUPPORT.match(article.masked, end)
    if _EXPERTISE_ON.match(article.masked, end):
        return (adjective.ref,), end
    if article.masked[adjective.span.start:end] not in _ADJECTIVES and attributive is None:
        owner = re.match(r"[’']s(?=\s)", article.masked[end:])  # "asked for Japan's help with ..."
        if owner is None:
            return (), position
        end += owner.end()
    if attributive is not None and not _SUPPORT_FOR.match(article.masked, end):
        # "asked for further U.S. support to map flooded land": the purpose, after "to"
        return (adjective.ref,), attributive.end()
    if not _SUPPORT_FOR.match(article.masked, end):
        return (), position
    return (adjective.ref,), end


_ATTRIBUTIVE_SUPPORT = re.compile(r"\s+" + _SUPPORT + r"(?=\s+(?:with|for|in\s+[a-z]+ing|"
                                  r"to\s+(?!(?:the|a|an|its|their)\b)[a-z]+\s))(?:\s+to(?=\s))?")
"""'asked for EU help in financing a water plant', 'for further U.S. support to map flooded land': a body's name
used as an adjective of the support asked for names whom it is asked of, as "Japan's help" does."""
_EXPERTISE_ON = re.compile(r"\s*(?:(?:technical|specialist)\s+)?(?:expertise|know-how)\s+(?:on|in|with)\s+(?=[a-z])")
"""'asked for UK expertise on battery storage', 'asked for Cuban know-how in training doctors': expertise a body is
asked to share, named with its field; the field is what an editor records, as for 'help with'."""
_SUPPORT_TO = re.compile(r"\s(?:help|support)\s+to$")
"""Where the purpose of "support to" starts: "for EU support to extend mine clearance to the north"."""


_EQUIPPING = re.compile(r"\b(?:in\s+equipping|in\s+providing|in\s+supplying|to\s+(?:help\s+)?(?:equip|provide|supply|"
                        r"support))\s+$")
"""A request's lead that goes on to the one equipped, then "with" and the thing: "help in equipping"."""
_TO_EQUIP = re.compile(r"\s+to\s+(?:help\s+)?(?:equip|provide|supply|support)\s+")


def _equipped(article: Article, cast: Cast, index: int, start: int, lead: str) -> tuple[str, int] | None:
    """"asked for Japan's help in equipping the Coast Guard with patrol drones", "asked Korea to provide the
    Navy with two radars": the body to be equipped receives, and the thing is what follows "with"; None
    where the words after the lead name no body of the article."""
    if not _EQUIPPING.search(lead):
        return None
    actor = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= start), None)
    if actor is not None and article.masked[start:actor.span.start].strip() in ("", "the"):
        with_ = re.match(r"\s+with\s+", article.masked[actor.span.end:])
        return (actor.ref, actor.span.end + with_.end()) if with_ and \
            article.masked[actor.span.start:actor.span.end] not in _ADJECTIVES else None
    # "in equipping the Coast Guard with": a body named in full before, by the last words of its name
    short = _SHORT_BODY.match(article.masked, start)
    body = _body_called(cast, index, start, short.group("phrase").split()) if short else ""
    return (body, short.end()) if short and body else None


_SHORT_BODY = re.compile(r"\s*the\s+(?P<phrase>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+with\s+")


def _body_called(cast: Cast, index: int, position: int, words: list[str]) -> str:
    """The one body, not a country, that the article has named in full and now calls by the last words of its
    name, the last of them a head noun such as "Guard" or "Committee": "the Coast Guard" for the Peruvian Coast
    Guard; where two bodies fit, the one of them the sentence names before, else none."""
    if not words or words[-1].lower() not in _BODY_HEAD:
        return ""
    named = {ident for ident, o in cast.organisations.items() if o.type != "country" and _called_by(o.name, words)}
    if len(named) > 1:
        start = cast.article.sentences[index].start
        named = {ident for span, ident in cast.org_mentions if start <= span.start < position and ident in named}
    return named.pop() if len(named) == 1 else ""


def _asked_back(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
                asker: str) -> tuple[tuple[str, ...], int]:
    """Whom a request names only by reference: "the two leaders" of the meeting just reported, a body
    named by its kind ("asked the bank for"), or the one the asker thanked in the same sentence
    ("thanked Norway for its support and requested ...", "thanked the group and asked it to")."""
    counterparts = _counterparts_asked(article, cast, index, verb.end())
    if counterparts is not None and counterparts[0] != (asker,):
        return counterparts
    every, after_every = _all_thanked(article, cast, index, verb)
    if every and asker not in every and (not asker or cast.organisations[asker].type == "country"):
        # a body below the state that thanks states may ask for itself or for its state: the text leaves it unsure
        return every, after_every
    them = _THEM.match(article.masked, verb.end())
    if them:
        parties = tuple(p for p in _meeting_parties(meetings, index, 3) if p != asker)
        return (parties, them.end()) if parties else ((), verb.end())
    kind = _BY_KIND.match(article.masked, verb.end())
    if kind and (body := _named_by_kind(cast, index, verb.end(), kind)) and body != asker:
        return (body,), kind.end()
    thanked = [a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= verb.start()
               and re.search(r"\bthank(?:ed|s)\s+(?:the\s+)?$", article.masked[max(0, a.span.start - 14):a.span.start])]
    sentence = article.sentences[index]
    thanked += [one for thanks in re.finditer(r"\bthank(?:ed|s)(?=\s)", article.masked[sentence.start:verb.start()])
                if (named := _BY_KIND.match(article.masked, sentence.start + thanks.end()))
                and (one := _named_by_kind(cast, index, sentence.start + thanks.end(), named))]
    # "asked it to finance": the one thanked, said again as "it" or "them"
    again = re.match(r"\s+(?:it|them)(?=\s+(?:to|for)\s)", article.masked[verb.end():])
    position = verb.end() + (again.end() if again else 0)
    return (tuple(thanked[-1:]), position) if thanked and thanked[-1] != asker else ((), verb.end())


def _kind_asked_that(cast: Cast, index: int, position: int) -> tuple[tuple[str, ...], int]:
    """The body a request names by its kind after 'that': "requested that the Bank expand its grant window",
    "asked that the Fund release the next tranche", where the article has named the bank or fund before."""
    kind = _BY_KIND.match(cast.article.masked, position)
    body = _named_by_kind(cast, index, position, kind) if kind else ""
    return ((body,), kind.end()) if kind and body else ((), position)


_COUNTERPARTS = re.compile(r"\s+(?:to\s+)?(?:his|her|their|its|the|our)\s+(?:(?:new|visiting|regional)\s+)?$")
_COUNTERPART_NOUN = re.compile(r"\s+(?:colleagues?|counterparts?|hosts?|partners|allies|friends|neighbou?rs|guests?)"
                               r"(?:\s*,\s*[A-Z][^,;:.()]{1,40},)?(?=\s+(?:for|to)\s)")
"""'asked her Brazilian colleagues for help', 'urged his Japanese counterpart, Kenji Sato, to send pumps',
'appealed to their Gulf hosts for fuel': the country named by its people's word, asked through its own
officials; 'asked Brazilian farmers for advice' names no officials of a state and asks no state."""


def _counterparts_asked(article: Article, cast: Cast, index: int, position: int) -> tuple[tuple[str, ...], int] | None:
    """The country whose officials a request is addressed to, named by the adjective of their country."""
    for actor in cast.in_sentence(index):
        if actor.span.start < position or actor.kind != "organisation":
            continue
        noun = _COUNTERPART_NOUN.match(article.masked, actor.span.end)
        if not _COUNTERPARTS.fullmatch(article.masked, position, actor.span.start) or noun is None:
            return None
        return (actor.ref,), noun.end()
    return None


_THANKED_AGAIN = re.compile(r"\s+(?:them|both(?:\s+(?P<both>countries|governments|donors|partners|nations))?|the\s+"
                            r"(?P<count>two|three|four)\s+(?:countries|governments|donors|partners|nations))(?=\s+(?:to|for)\s)")


_LIST_THANKED = re.compile(r"\b(?:thank(?:ed|s)|welcomed|welcomes|praised|praises|commended|commends)\s+(?:the\s+)?"
                           r"(?:(?:[a-z]+\s+){1,3}(?:of|from|by)\s+(?:the\s+)?)?$")
"""'thanked Ireland and Austria and asked both countries', 'welcomed the pledges from Australia and New Zealand and
urged the two countries': a list the asker has just thanked or praised, said again by its count."""


def _all_thanked(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> tuple[tuple[str, ...], int]:
    """"thanked Ireland and Austria for the programme and asked both countries to consider funding ...", "thanked
    Chile, Peru and Brazil and asked the three governments for ...": every one of a list thanked in the same sentence,
    said again as "them", "both" or "the two countries", is asked; none where the count says another number."""
    again = _THANKED_AGAIN.match(article.masked, verb.end())
    if again is None:
        return (), verb.end()
    sentence = article.sentences[index]
    lists = [[first, *_and_after(article, cast, index, first)] for first in cast.in_sentence(index)
             if first.kind == "organisation" and first.span.end <= verb.start()
             and _LIST_THANKED.search(article.masked, max(sentence.start, first.span.start - 50), first.span.start)]
    named = tuple(dict.fromkeys(a.ref for a in lists[-1])) if lists else ()
    count = 2 if again.group("both") or again.group().strip() == "both" else _COUNTS.get(again.group("count") or "", 0)
    if len(named) < 2 or (count and count != len(named)):
        return (), verb.end()
    return named, again.end()


_BY_KIND = re.compile(r"\s+(?:the|its|their)\s+(?P<words>(?:[a-z]+\s+)?)(?P<noun>(?i:bank|lender|fund|bloc|union|"
                      r"alliance|group|coalition|commission|agency|organi[sz]ation))\b")
"""'asked the bank for', 'appealed to the bloc to', 'from the Fund': a body named by its kind."""
_KIND_NAMES = {"lender": ("bank", "fund"), "bloc": ("union", "community", "bloc", "association"),
               "organization": ("organisation", "organization"), "organisation": ("organisation", "organization")}
"""Words of a body's name that say it is of a kind the text calls it by: "the bloc" for the European Union."""
_GROUP_KINDS = frozenset({"group", "bloc", "coalition"})
_KIND_NOUNS = frozenset({"bank", "fund", "union", "alliance", "group", "coalition", "commission", "agency", "organisation",
                         "organization", "community", "association", "council", "facility", "programme", "initiative"})


def _of_kind(cast: Cast, ident: str, kind: re.Match[str]) -> bool:
    """Whether a body is of the kind a reference names ("the contact group", "the Bank")."""
    organisation = cast.organisations[ident]
    if organisation.type == "country":
        return False
    noun = kind.group("noun").lower()
    words = set(fold(organisation.name).split())
    # "the group" for the Nordic-Baltic Eight, a group whose name says no kind; not for the "drone coalition"
    named = bool(words & set(_KIND_NAMES.get(noun, (noun,)))) or (
        noun in _GROUP_KINDS and organisation.type == "group" and not words & _KIND_NOUNS)
    return named and set(kind.group("words").split()) <= words


def _named_by_kind(cast: Cast, index: int, position: int, kind: re.Match[str]) -> str:
    """The body a reference by kind stands for: the one of that kind the sentence names before it, else the
    one the two sentences before name, else the only one the text has named so far; none when two fit."""
    sentences = cast.article.sentences
    for start in (sentences[index].start, sentences[max(0, index - 2)].start, 0):
        fits = {ident for span, ident in cast.org_mentions if start <= span.start < position and _of_kind(cast, ident, kind)}
        if fits:
            return fits.pop() if len(fits) == 1 else ""
    return ""


def _thanked(article: Article, cast: Cast, index: int, verb: re.Match[str], after: list[Actor]) -> _Clause | None:
    """"Ukraine's foreign minister thanked Romania for transferring a Patriot system": thanks for giving
    tell of a delivery, from the one thanked to the one who thanks."""
    first = after[0] if after else None
    if first is None or first.kind == "pronoun" or \
            article.masked[verb.end():first.span.start].strip() not in ("", "the"):
        return None
    # "thanked Kellermann for ...": a person thanked stands for the country of their role
    thanked = first.ref if first.kind == "organisation" else _party(cast, first, index)
    if not thanked:
        return None
    lead = re.match(r"(?:\s+for\s+[^.;]{0,120}?\s+and(?:,\s*[^,]{1,30},)?)?\s+for\s+(?:(?:its|their|the)\s+)?(?:(?:decision|"
                    r"commitment|readiness|pledge)\s+to\s+(?:" + _GIVE + r")|" + _GIVING + r"|having\s+(?:sent|provided|"
                    r"supplied|delivered|donated|transferred))\s+", article.masked[first.span.end:article.sentences[index].end])
    if not lead:
        # "thanked Canada for the 39 vehicles it has already delivered": the thing, then that it was given
        lead = re.match(r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:government|authorities))?\s+for\s+"
                        r"(?=(?:(?:the|its|their|all)\s+|(?=\d))(?:[^.;,]|[.,]\d){1,60}?\s+(?:(?:that\s+|which\s+)?(?:it|they|[A-Z][\w-]+)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:delivered|sent|"
                        r"provided|supplied|donated|transferred|shipped)|(?:that|which)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?"
                        r"arrived|(?:handed\s+over|delivered|donated)\s+to\b)|" + _SOME_OF_WHICH_ARRIVED + ")",
                        article.masked[first.span.end:])
    if not lead:
        lead = _THANKED_FOR_GIFT.match(article.masked[first.span.end:article.sentences[index].end])
    if not lead or _ONLOOKERS.match(article.masked, first.span.end + lead.end()):
        return None
    who = cast.subject_before(verb.start(), index) or cast.sentence_subject(index)
    receiver = _party(cast, who, index)
    handed_to, end = _thanked_handed_to(article, cast, index, first.span.end + lead.end(), thanked)
    if handed_to and receiver != thanked:
        # "She thanked JICA for the 20 ambulances handed over to the Ghana Health Service": the one they
        # went to receives, whoever thanks
        return _Clause((thanked,), handed_to, "delivered", first.span.end + lead.end(),
                       f"{LIKELY}: {verb.group()!r} for things handed over to the one named", end)
    if receiver == thanked or not (receiver or (who is not None and (cast.person_of(who, index)[0]
                                                                      or who.kind == "description"))):
        return None
    # a named person whose country the text leaves unsaid thanks for the side the article's aid goes to
    # thanks for a decision or a pledge to give are thanks for a promise, not yet for a delivery
    status = "pledged" if re.search(r"\b(?:decision|commitment|readiness|pledge)\s+to\b", lead.group()) else "delivered"
    # "thanked Japan for the ambulances handed over to the Health Service": the one they went to
    handed = re.match(r"[^.;,]{1,60}?\s(?:handed\s+over|delivered|donated)\s+to\s", article.masked[first.span.end + lead.end():])
    named = tuple(r for r in _receiver_after(article, cast, index, first.span.end + lead.end()) if r != thanked) \
        if handed else ()
    return _Clause((thanked,), named or ((receiver,) if receiver else ()), status, first.span.end + lead.end(),
                   f"{LIKELY}: {verb.group()!r} for giving: a gift to the one who thanks")


_THANKED_FOR_GIFT = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:government|authorities))?\s+for\s+(?:the|its|their)\s+"
                               r"(?:(?:recent|latest|first|second|new|swift|rapid|timely|generous)\s+)?(?:delivery|deliveries|"
                               r"donation|gift|shipment|transfer|handover|hand-over|dispatch|airlift)\s+"
                               r"(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|(?:on|in)\s+[A-Z][a-z]+\s+)?of\s+"
                               r"(?=(?:some\s+|about\s+|more\s+than\s+)?(?:\d|[a-z]))")
"""'thanked Germany for the delivery last month of 25 fire engines', 'thanked Japan for its donation of 40 ambulances':
thanks for a gift said as a noun, whose things follow "of"."""
_ONLOOKERS = re.compile(r"(?:[^.;,]|[.,]\d){0,40}?\b(?:observers|delegates|delegations?|envoys|diplomats|"
                        r"representatives|journalists|athletes|officials|ministers|guests)\s+(?:(?:that|which|who)\s+)?"
                        r"(?:(?:it|they|[A-Z][\w-]+)\s+)?(?:(?:has|have|had)\s+)?(?:sent|dispatched|deployed|seconded)?\s*"
                        r"(?:to\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:elections?|polls?|vote|summit|talks|conference|"
                        r"ceremony|funeral|inauguration|games|meetings?|session)\b|[.,;]|$)")
"""'thanked Japan for the 40 observers it sent to the elections', 'for the delegation it sent to the summit': people
sent to watch or to talk are no gift to the one who thanks, whatever the verb."""


_SOME_OF_WHICH_ARRIVED = r"[^.;,]{1,60}?,\s+(?:the\s+)?(?:first|last|rest|remainder|bulk|all|most|some|many|half)" \
                         r"(?:\s+[\w-]+)?\s+of\s+which\s+(?:(?:has|have|had)\s+)?(?:already\s+|now\s+)?(?:arrived|" \
                         r"reached|(?:(?:has|have|had)\s+)?been\s+(?:delivered|handed\s+over))\b"
"""'thanked France for the Mirage jets, the first three of which arrived this week': thanks for what came."""


_THINGS_SENT_TO = re.compile(r"(?:[^.;,]|[.,]\d){1,60}?\s(?P<told>(?:(?:that|which)\s+)?(?:(?:it|they)\s+(?:has\s+|have\s+|"
                             r"had\s+)?(?:already\s+)?(?=sent|delivered|donated|provided|supplied|shipped|gave)\w+|"
                             r"handed\s+over|delivered|donated)\s+to\s)")
"""'for the 20 ambulances handed over to the Health Service', 'for the 1.5 million doses it sent to Chad during the
pandemic': the things thanked for, then to whom they went, as a participle or a clause of the one thanked."""


def _thanked_handed_to(article: Article, cast: Cast, index: int, start: int, thanked: str) -> tuple[tuple[str, ...], int]:
    """The one named as receiving the things thanked for ("for the 20 ambulances handed over to the Ghana
    Health Service"), and where the things' words end; none when the text does not say so right after them."""
    handed = _THINGS_SENT_TO.match(article.masked, start)
    if handed is not None:
        return tuple(r for r in _receiver_after(article, cast, index, start) if r != thanked), handed.start("told") - 1
    # "for the Mirage jets, the first three of which arrived in Ukraine": where they arrived
    arrived = re.match(_SOME_OF_WHICH_ARRIVED, article.masked[start:])
    if arrived is None:
        return (), -1
    place = tuple(r for r in _receiver_after(article, cast, index, start + arrived.end(), "in|to") if r != thanked)
    return place, start + article.masked[start:start + arrived.end()].index(",")


_OBJECT_BEFORE = re.compile(r"(?:\b(?:the|its|their|all\s+the)\s+|\b(?:for|of|with)\s+(?=\d))"
                            r"(?P<item>(?:[\w,-]+\s+){1,5}?)(?:that\s+|which\s+)?$")
"""'on top of the non-lethal aid Ireland already provides': the thing given stands before its giver."""


def _relative_object(article: Article, cast: Cast, index: int, verb: re.Match[str], clause: _Clause) -> list[Found]:
    """What a relative clause gives when nothing follows its verb but where and to whom: the noun phrase
    the clause's subject follows ("the non-lethal aid Ireland already provides through the EPF")."""
    # "the 20 ambulances that Sweden paid for and that were handed over to the clinic": a second relative clause
    if not re.match(r"\s*(?:$|[,.;—–]|(?:to|through|via|for|in|since|so\s+far|already|last|this|and\s+(?:that|which))\b)",
                    article.masked[verb.end():article.sentences[index].end]):
        return []
    subject = cast.subject_before(verb.start(), index)
    if subject is None or subject.kind != "organisation" or _party(cast, subject, index) not in clause.givers:
        return []
    before = article.masked[max(0, subject.span.start - 60):subject.span.start]
    if re.search(r",\s*(?:which|that)\s+$", before):
        return []  # "the tanks, which Poland promised in May, have been handed over": the main clause tells it
    head = _OBJECT_BEFORE.search(before)
    return items(head.group("item"), False) if head else []


def _decision(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"welcomed Spain's decision to send 20 Leopard tanks": a decision or pledge to give, named with the
    possessive of the one who gives."""
    owner = next((a for a in reversed(cast.in_sentence(index)) if a.kind == "organisation"
                  and a.span.end <= verb.start() and re.fullmatch(r"[’']s\s+", article.masked[a.span.end:verb.start()])),
                 None)
    giver = _party(cast, owner, index)
    if not giver:
        return None
    receivers = tuple(r for r in _receiver_after(article, cast, index, verb.end(), "to|for|in|into") if r != giver)
    return _Clause((giver,), receivers, "pledged", verb.end(), f"{LIKELY}: {' '.join(verb.group().split())!r} of the "
                   f"one named before it")


_WHAT_CAME = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*:\s+|,\s+with\s+)(?=\S)")
_ATTRIBUTION = re.compile(r",\s+(?:according\s+to|(?:he|she|it|they|officials?)\s+(?:said|says|told|added)|"
                          r"(?:[A-Z][\w’'-]*\s+){1,3}(?:said|says|told|added))\b")
"""', according to Ana Ruiz', ', officials said': who told it, after the words of what is given."""


def _came_from(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"The biggest pledge came from Japan: $50 million for shelters", "The largest contribution came from the
    World Bank, with a $200 million loan": the one named after "came from" gives what follows the colon or "with"."""
    agent = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if agent is None or agent.kind != "organisation" or \
            article.masked[verb.end():agent.span.start].strip() not in ("", "the"):
        return None
    lead = _WHAT_CAME.match(article.masked, agent.span.end)
    giver = _party(cast, agent, index)
    if not giver or lead is None:
        return None
    receivers = tuple(r for r in _receiver_after(article, cast, index, lead.end()) if r != giver)
    said = _ATTRIBUTION.search(article.masked, lead.end(), article.sentences[index].end)
    return _Clause((giver,), receivers, "pledged", lead.end(), f"{LIKELY}: {' '.join(verb.group().split())!r}: what "
                   "the one named after it gives", said.start() if said else -1)


_TO_GIVE = re.compile(r"(?:[’']s)?(?:\s+(?:[\w-]+\s+){0,2}?(?i:government|cabinet|council|ministry|parliament|authorities|"
                      r"treasury|board))?(?:\s*\([^()]{1,20}\))?\s+to\s+" + _ADVERBS + _GIVE + r"\b")
"""What follows the one who decided, its organ and all: " Federal Council to allocate", "'s cabinet to send"."""


def _decision_of(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"welcomed the decision of the Austrian government to allocate €5 million for Gabon", "the pledge by Portugal
    to send 20 ambulances": a decision or pledge to give, its giver named right after "of" or "by"."""
    agent = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if agent is None or article.masked[verb.end():agent.span.start].strip() not in ("", "the"):
        return None
    giver = _party(cast, agent, index)
    lead = _TO_GIVE.match(article.masked, agent.span.end)
    if not giver or lead is None:
        return None
    receivers = tuple(r for r in _receiver_after(article, cast, index, lead.end()) if r != giver)
    return _Clause((giver,), receivers, "pledged", lead.end(), f"{LIKELY}: {' '.join(verb.group().split())!r} of the "
                   "one named after it")


_NOUN_PHRASE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|this|that|another)\s+|[’']s\s+)"
                          r"(?P<phrase>(?:[\w€£$¥.,/-]+\s+){0,5}?)$")
"""The words of a noun phrase before its head noun: "a €100 million" of "a €100 million grant"."""


_REFERENT = re.compile(r"^(?:[^,]{0,40},\s*)?(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?P<noun>loan|grant|package|agreement|deal|project|programme|program|contract|facility|fund|tranche|plant|line|scheme|initiative)\b")
"""'The loan will be co-financed by a grant from the EU': a sentence about a gift just reported goes to
whom that gift went."""


def _referent_receivers(article: Article, found: list[Commitment], index: int) -> tuple[str, ...]:
    referent = _REFERENT.match(article.sentence_text(index))
    if not referent:
        return ()
    noun = referent.group("noun").lower()
    earlier = [c for c in found if index - 2 <= c.sentence < index and c.receivers
               and any(noun in fold(w).split() for w in c.wordings)]
    return earlier[-1].receivers if earlier else ()


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
    counts only where another receives (`_gift_noun`), since "the Ukraine grant of $5 million" is for Ukraine."""
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
    return article.masked[actor.span.start:actor.span.end] in _ADJECTIVES and \
        bool(re.search(r"\bby\s+(?:an?|two|three|four|five|six|\d+)\s+$", article.masked[max(0, actor.span.start - 12):
                                                                                       actor.span.start])) and \
        bool(_NATION_VEHICLE.match(article.masked, actor.span.end))


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
    if agent is None or not (vehicle or _agent(article, agent, verb.end())) or \
            len(article.masked[verb.end():agent.span.start].split()) > 30:
        return None
    between = _names_blanked(article, cast, index, verb.end(), agent.span.start)
    to = (_TO_THEN_BY_VEHICLE if vehicle else _TO_THEN_BY).search(between)
    if to is None or re.search(r"[;:—–]|,\s+(?:and|but|while|which|who)\b|\b[a-z]+ed\s+by\s+(?:the\s+)?$", between) or \
            _FINITE.search(between):
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
_COUNTS = {"two": 2, "three": 3, "four": 4}


def _counted_owners(article: Article, cast: Cast, index: int, position: int) -> tuple[str, ...]:
    """"After talks with the envoys of Norway and Denmark, the minister welcomed the two countries' pledges of 40
    ambulances": a gift owned by a number of parties, the ones the sentence has just listed, as many as it says;
    none when the list before holds another number of them."""
    sentence = article.sentences[index]
    owners = _COUNTED_OWNERS.search(article.masked, max(sentence.start, position - 80), position)
    if owners is None:
        return ()
    count = _COUNTS.get(owners.group("count") or "two", 2)
    before = [a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= owners.start()]
    listed = before[-1:]
    for actor in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", article.masked[actor.span.end:listed[0].span.start]):
            break
        listed.insert(0, actor)
    parties = tuple(dict.fromkeys(_party(cast, a, index) for a in listed))
    return parties if len(parties) == count and all(parties) else ()


_TO_BEFORE_FROM = re.compile(r"\s+(?:to|for)\s")
"""'a loan to Pakistan from the ADB': a receiver told between the gift's noun and its giver."""


def _gift_noun(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """A gift named by a noun: its giver is the possessive or the adjective before the noun ("Germany's
    pledge of", "the Danish donation of") or the one named after "from"; what is given follows "of",
    or else is the noun phrase itself ("a €100 million grant from the EU")."""
    sentence = article.sentences[index]
    before = article.masked[max(sentence.start, verb.start() - 60):verb.start()]
    phrase = _NOUN_PHRASE.search(before)
    owner = next((a for a in reversed(cast.in_sentence(index)) if a.kind == "organisation" and a.span.end <= verb.start()
                  and ((re.fullmatch(r"[’']s\s+(?:[\w€£$¥.,-]+\s+){0,4}", article.masked[a.span.end:verb.start()])
                        and not _PAST_COMMA.search(article.masked[a.span.end:verb.start()]))
                       or (article.masked[a.span.start:a.span.end] in _ADJECTIVES
                           and re.fullmatch(r"\s+(?:[\w€£$¥.,-]+\s+){0,3}", article.masked[a.span.end:verb.start()])
                           and re.search(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w€£$¥.,-]+\s+){0,3}$",
                                         article.masked[max(sentence.start, a.span.start - 30):a.span.start])))), None)
    owner = owner or _whose_gift(article, cast, index, verb)
    named = _name_before_gift(article, cast, index, verb) if owner is None and verb.lastgroup == "gift_of" else None
    owner = owner or named
    source = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                   and _agent(article, a, verb.start()) and not _CLAUSE_END.search(article.masked[verb.end():a.span.start])
                   and not _FINITE.search(article.masked[verb.end():a.span.start])
                   and len(article.masked[verb.end():a.span.start].split()) <= 10), None)
    handed = _handed_by_after(article, cast, index, verb) if source is None else None
    source = handed[0] if handed is not None else source
    source = source or _paid_for_under(article, cast, index, verb.end())
    giver = _party(cast, owner, index) or _party(cast, source, index)
    if not giver and re.search(r"\b(?:the|its|his|her|their)\s+(?:country|government|nation)[’']s\s+(?:[\w€£$¥.,-]+\s+){0,4}$",
                               article.masked[max(sentence.start, verb.start() - 60):verb.start()]):
        # "Sjöholm presented the country's 21st support package": the country of the sentence's subject
        subject = cast.sentence_subject(index)
        giver = _party(cast, subject, index) if subject is not None else ""
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
        # "Sweden's 20th military support package to Ukraine": the noun phrase is the gift, the possessive
        # its giver, and the one after "to" its receiver
        if owner is None:
            return None
        noun = re.search(r"\s+(?:to|for)\s+$", verb.group())
        end = verb.start() + (noun.start() if noun else len(verb.group()))
        receivers = tuple(r for r in _receiver_after(article, cast, index, end) if r != giver)
        return _Clause((giver,), receivers, "pledged", verb.start(), f"{LIKELY}: a gift named with its giver's "
                       "possessive", end)
    if verb.lastgroup == "gift_from":
        if phrase is None:
            return None
        start = verb.start() - len(phrase.group("phrase"))
        noun_end = verb.start() + len(verb.group().split()[0])
        to = _TO_BEFORE_FROM.match(article.masked, noun_end, verb.end())
        receivers = tuple(r for r in _receiver_after(article, cast, index, noun_end) if r != giver) if to else ()
        return _Clause((giver,), receivers, "pledged", start, f"{LIKELY}: {verb.group().split()[0]!r} from its giver",
                       noun_end)
    force = _force_handed_to(article, cast, index, verb.end(), handed[1] + 40 if handed is not None else sentence.end)
    receivers = (force.ref,) if force is not None and force.ref != giver else \
        tuple(r for r in _receiver_after(article, cast, index, verb.end()) or
              _government_of(article, cast, index, verb.end()) if r != giver)
    if named is not None and cast.organisations[named.ref].type == "country" and not receivers:
        return None  # "the Ukraine grant of $5 million": a state's name before the noun may be the one it is for
    if reporter and (not receivers or any(_body_of(cast, reporter, r) for r in receivers)):
        return None  # "UNICEF said the delivery of vaccines had begun": the one who tells may be the one who gets
    main_verb = _MAIN_VERB.search(article.masked, verb.end(), sentence.end)
    end = handed[1] if handed is not None and owner is None else main_verb.start() if main_verb else -1
    return _Clause(counted or (giver,), receivers, _handover_status(article, index, verb), verb.end(),
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
    return _party(cast, subject, index)


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
                 and _under_paid_by(article, position, a)
                 and not _CLAUSE_END.search(article.masked[position:a.span.start])
                 and len(article.masked[position:a.span.start].split()) <= 16), None)


def _gift_by(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"The delivery by Chile of 300 tents to Peru was completed": a gift named by a noun whose giver
    follows "by" and whose item follows the "of" right after it."""
    sentence = article.sentences[index]
    agent = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    giver = _party(cast, agent, index) if agent is not None and agent.kind == "organisation" else ""
    of = re.match(r"(?:\s*\([A-Z][\w.&-]{1,12}\))?\s+of\s+", article.masked[agent.span.end:sentence.end]) \
        if agent is not None and article.masked[verb.end():agent.span.start].strip() in ("", "the") else None
    if not giver or of is None:
        return None
    start = agent.span.end + of.end() if agent is not None else verb.end()
    receivers = tuple(r for r in _whose_place(article, cast, index, start) or _receiver_after(article, cast, index, start)
                      or _government_of(article, cast, index, start) if r != giver)
    if not receivers:
        return None  # a noun so far from its verb is proposed only with the one it went to
    main_verb = _MAIN_VERB.search(article.masked, start, sentence.end)
    return _Clause((giver,), receivers, "delivered", start, f"{LIKELY}: {verb.group().split()[0]!r} by its giver",
                   main_verb.start() if main_verb else -1)


_GOVERNMENT_OF = re.compile(r"\sto\s+the\s+(?:[Gg]overnment|[Pp]eople|[Aa]uthorities)\s+of\s+(?:the\s+)?$")


def _government_of(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...]:
    """"the handover by UNDP of 30 classrooms to the Government of Saint Vincent and the Grenadines": the state
    named after "to the Government of", when the words between name no other clause."""
    first = next((a for a in cast.in_sentence(index) if a.span.start >= start and a.kind == "organisation"), None)
    if first is None or first.span.start - start > 160:
        return ()
    between = _names_blanked(article, cast, index, start, first.span.start)
    return (first.ref,) if _GOVERNMENT_OF.search(between) and not _CLAUSE_END.search(between) else ()


_WHOSE_PLACE = re.compile(r"\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:of|run\s+by|managed\s+by|in)\s+(?:the\s+)?$")
"""'... to shelters run by the Red Cross', '... to drought-stricken areas of Chad': the places a gift goes to,
named by the one who runs them or the country they are in."""


def _whose_place(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...]:
    """The one named after the places a gift is sent to, when no receiver follows "to" itself."""
    first = next((a for a in cast.in_sentence(index) if a.span.start >= start and a.kind == "organisation"), None)
    if first is None or first.span.start - start > 120:
        return ()
    between = article.masked[start:first.span.start]
    return (first.ref,) if _WHOSE_PLACE.search(between) and not _CLAUSE_END.search(between) else ()


_MAIN_VERB = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would|can|could|should|must|may|might|arrived|reached|"
                        r"came|comes|began|begins|started|includes|included|brings|brought|helped|helps|marks|marked|"
                        r"follows|followed|went|goes|remains|remained)\b")
"""Where a noun phrase that names a gift ends and the sentence's own verb begins: "Australia's
contribution of 30 Bushmasters was confirmed"."""


_CARRIED = re.compile(r"(?:consignment|shipment)s?\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried|brought|delivered|"
                      r"unloaded)\b")
_CARRIER_NAMED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:plane|planes|aircraft|airlifter|flight|flights|ship|ships|vessel|"
                            r"vessels|convoy|trucks|lorries)\b")
"""'a Chilean air force plane', 'two Colombian navy ships': a vehicle named by the country it comes from."""


def _carried(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"The first Chilean air force plane has landed in Lima. The consignment it carried includes tents and
    blankets": what a vehicle the sentence before named by its country carried, given by that country, to the
    one named after "for" ("the shipment they brought for Peru") when named."""
    carried = _CARRIED.search(verb.group())
    if carried is None or index == 0:
        return None
    before = article.sentences[index - 1]
    owners = {a.ref for a in cast.in_sentence(index - 1) if a.kind == "organisation"
              and _CARRIER_NAMED.match(article.masked, a.span.end, before.end)}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    start = verb.start() + carried.end()
    to = next((a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and start < a.span.start < verb.end()
               and re.fullmatch(r"\s+for\s+(?:the\s+)?", article.masked[start:a.span.start])), None)
    return _Clause((owner,), (to,) if to and to != owner else (), "delivered", verb.end(),
                   f"{LIKELY}: what the {cast.organisations[owner].name} vehicle just reported carried")


def _pronoun_package(verb: re.Match[str]) -> bool:
    """Whether a package verb opens with the pronoun ("it covers", "it will include"), which owns nothing by the
    words before it: "The Red Cross said it covers 300 tents" tells a gift's contents, not the Red Cross's gift."""
    return verb.group()[:3].lower() == "it "


_SAID_THEN_IT = re.compile(r"\b(?:said|says|announced|added|confirmed)\s+(?:that\s+)?$")
_WOULD_COVER = re.compile(r"it\s+(?:would|will)\s+(?:also\s+)?cover$", re.IGNORECASE)


def _said_it_would_cover(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"Kuwait pledged $100 million, and Qatar said it would cover the salaries of nurses": "it" after "said" is
    the one who said, a country or an organisation that promises to pay, not a package ("it covers 40 boats");
    after "and said", the subject of the sentence ("Qatar pledged ..., and said it would also cover ...")."""
    said = _SAID_THEN_IT.search(article.masked, max(0, verb.start() - 30), verb.start())
    if said is None or not _WOULD_COVER.fullmatch(verb.group()):
        return None
    speaker = cast.subject_before(said.start(), index)
    start = article.sentences[index].start
    also = speaker is None and re.search(r",?\s+and\s+$", article.masked[start:said.start()]) is not None
    if also:
        speaker = cast.sentence_subject(index)  # "Qatar pledged to rebuild homes, and said it would ...": its subject
    giver = _party(cast, speaker, index) if speaker is not None and speaker.kind == "organisation" else ""
    # "Qatar pledged to help Gaza's hospitals, and said it would also cover ...": the one the first clause helps
    others = {a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start < said.start()
              and a.ref != giver} if also else set()
    return _Clause((giver,), tuple(others) if len(others) == 1 else (), "pledged", verb.end(),
                   f"{LIKELY}: what {cast.organisations[giver].name} said it would cover") if giver else None


_WHOLE_TOLD = re.compile(r"\b(?:programmes?|programs?|projects?|packages?|agreements?|deals?|initiatives?|schemes?|"
                         r"facilit(?:y|ies)|funds?)\b[^.;:]{0,40}?\b(?:worth|valued\s+at|of)\s+(?:[A-Z]{0,3}[€$£¥]|\d)")
"""'signed an agreement with Ecuador on a reforestation programme worth 12 million dollars': a whole with its sum,
which "The package covers ..." in the next sentence goes on to list."""


def _same_package(article: Article, found: list[Commitment], index: int,
                  verb: re.Match[str]) -> tuple[_Clause | None, bool]:
    """"The package comprises ...": a package the sentence does not own is the one the last sentences
    reported, whose contents it lists; and whether that gift was told as a package already."""
    noun = verb.group().split()[0].lower().rstrip(",")
    # "15:10 – The package includes": a live blog's time is no part of the sentence's opening
    opening = article.masked[entry_start(article, article.sentences[index]):verb.start()]
    if not re.fullmatch(r"\s*|.*\b(?:said|says|that)\s+|\s*According\s+to\s[^,]{1,60},\s+" if noun == "it" else
                        r"\s*(?:[^,]{1,60},\s+|.*\b(?:said|says|added|that)\s+)?(?:The|This|That|Its|Their|Today's|the|its|their)\s+(?:[\w-]+\s+){0,3}",
                        opening):
        return None, True
    whole = _whole_subject(article, index - 1) if noun == "it" else None
    noun = whole or noun
    # "It comprises ...": the package just told of; a package is named as such in its item or in its
    # sentence ("put €310 million on the table in the form of an energy security package")
    nouns = ("package", "tranche") if noun == "it" else (noun,)
    earlier = [c for c in found if (index - 1 if noun == "it" else index - 3) <= c.sentence < index and any(
        n in fold(c.items[0].name).split() or re.search(rf"\b{n}\b", article.sentence_text(c.sentence), re.IGNORECASE)
        for n in nouns)]
    told = bool(earlier)
    if not earlier and noun == "it":
        earlier = _gift_just_told(article, found, index)
    if not earlier and noun in _WHOLE_WORDS | {"consignment", "shipment"}:
        # "Lithuania has promised Ukraine 5,000 drones. [...] The new package includes ...": the gift
        # just reported, when it is the only one of the sentences before
        recent = [c for c in found if index - 8 <= c.sentence < index and c.status in ("pledged", "delivered")]
        just_before = [c for c in recent if c.sentence == index - 1]
        if not just_before and _WHOLE_TOLD.search(article.sentence_text(index - 1)):
            return None, True  # the whole the sentence before tells, which no rule has read, not an older gift
        # the gift the sentence before told, or the only giver and receiver of those the last sentences told
        earlier = just_before or (recent if len({(c.givers, c.receivers) for c in recent}) == 1 else [])
    if not earlier:
        return None, True
    last = earlier[-1]
    return _Clause(last.givers, last.receivers, last.status, verb.end(), f"{LIKELY}: what the "
                   f"{'package' if noun == 'it' else noun} reported just before includes"), told


_WHOLE_SUBJECT = re.compile(
    r"\s*(?:[^,]{1,60},\s+)?(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?P<noun>package|tranche|grant|loan|pledge|"
    r"contribution|donation|aid|assistance|support|programme|program|funding|money|funds)\b")
"""'The package, unveiled by the commissioner, will be shared between Chad and Niger. It covers 40 boats': a
pronoun opening a sentence stands for the subject of the sentence before, here a whole that gives."""


def _whole_subject(article: Article, index: int) -> str:
    """The word for a whole that gives ("package", "grant") the sentence at `index` opens with, or ""."""
    if index < 0:
        return ""
    sentence = article.sentences[index]
    whole = _WHOLE_SUBJECT.match(article.masked, entry_start(article, sentence), sentence.end)
    return whole.group("noun").lower() if whole else ""


def _gift_just_told(article: Article, found: list[Commitment], index: int) -> list[Commitment]:
    """"Norway pledged $30 million to Malawi. It covers seed, fertiliser and canal repairs": "it" opening a sentence
    stands for the sum or whole the sentence before gave, when that sentence gave one, of one giver to one set of
    receivers; none when it told two donors' gifts ("Japan gave $5m and Britain £4m. It covers ...") or a request."""
    told = [c for c in found if c.sentence == index - 1 and c.givers and c.status != "asked"]
    sums = [c for c in told if c.value is not None or any(MONEY.search(w) for w in c.wordings)
            or _WHOLE_WORDS & set(fold(c.items[0].name).split())]
    return sums if sums and len({(c.givers, c.receivers) for c in told}) == 1 else []


_WHOLE_WORDS = frozenset({"package", "tranche", "grant", "loan", "aid", "assistance", "support", "programme", "program",
                          "funding", "contribution", "donation"})


_LED_WITH_PLEDGE = re.compile(r"\s*(?:led|leads|opened|opens|followed|follows|topped|tops|headed|heads|kicked\s+off|"
                              r"came\s+(?:first|second|third|next))\s+(?:(?:the\s+[\w-]+|off)\s+)?with\s+(?:a|an|its|their)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:pledge|contribution|offer|donation|commitment)\s+of\s+"
                              r"(?=(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+)?(?:" + MONEY.pattern + "))")
"""'Spain led with a pledge of €80 million', 'Japan followed with an initial contribution of $20m': the one who
leads a round of pledges gives the sum its pledge names."""

_AIM_IN = re.compile(r"[^,;:]{0,40}?\sfor\s+(?:[a-z][\w-]*\s+){1,5}?(?=in\s+(?:the\s+)?[A-Z])")
"""'a pledge of €40m for teacher training in Chad and Niger': the countries the aim is in receive; not 'a
pledge of €40m at the conference in Spain', where the sum was told."""


def _led_with_pledge(article: Article, cast: Cast, index: int) -> _Clause | None:
    sentence = article.sentences[index]
    for match in re.finditer(r"\s(?=(?:led|leads|opened|opens|followed|follows|topped|tops|headed|heads|kicked|came)\s)",
                             article.masked[sentence.start:sentence.end]):
        position = sentence.start + match.start()
        lead = _LED_WITH_PLEDGE.match(article.masked, position, sentence.end)
        giver = _party(cast, cast.subject_before(position, index), index) if lead else ""
        if lead and giver:
            aim = _AIM_IN.match(article.masked, lead.end(), article.sentences[index].end)
            receivers = tuple(r for r in _receiver_after(article, cast, index, lead.end()) or (
                _receiver_after(article, cast, index, aim.end(), "in") if aim else ()) if r != giver)
            return _Clause((giver,), receivers, "pledged", lead.end(), f"{LIKELY}: the pledge the one who led gave")
    return None


_SOURCE_LEAD = r"According\s+to\s[^,;:]{1,100}?,\s*"
"""'According to a fact sheet the ministry released during the visit, the package will pay for ...': a source named
before a sentence, as long as it takes, which is no part of what the sentence tells."""
_SUM_TOLD_AGAIN = re.compile(
    r"(?:" + _SOURCE_LEAD + r"|[^,]{0,40},\s*|[^,;:]{0,60}?\b(?:said|says|added|announced|explained|confirmed)\s+"
    r"(?:that\s+)?)?"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|These|Those|[Ii]ts|[Tt]heir)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?P<noun>money|funds|funding|sum|amount|tranche|package|grant|loan|contribution|pledge|donation|allocation)\s+"
    r"(?:(?:will|would|is\s+to|are\s+to)\s+(?:also\s+|mainly\s+|largely\s+|partly\s+|primarily\s+)?(?:pay\s+for|fund|"
    r"finance|cover|include|go\s+(?:towards?|to(?!\s+(?:the\s+)?[A-Z]))|be\s+(?:used|spent|earmarked|"
    r"set\s+aside|allocated|reserved)\s+(?:for|on))|(?:is|are|was|were)\s+(?:earmarked|intended|meant|destined|set\s+aside|"
    r"allocated|reserved)\s+for|pays\s+for|paid\s+for|funds|funded|finances|financed|covers|covered|includes|included|"
    r"goes\s+towards?|(?:(?:will|would|is\s+to|are\s+to)\s+be|(?:is|are|was|were|has\s+been|have\s+been))\s+"
    r"(?:allocated|distributed|divided|split|spent|used|broken\s+down)\s+as\s+follows|breaks?\s+down\s+as\s+follows)"
    r"(?P<colon>\s*:)?\s+")
"""'Japan pledged $300 million to Peru. The money will pay for water pumps and field hospitals', 'Tokyo said the
money would cover ...': a sum told in one sentence and what it is for told in the next; each thing it pays for is
given by the same giver to the same receiver; 'The new funds will be allocated as follows:' tells it in the lines
of a list below. ('The meeting will cover trade' names no sum.)"""
_AID_NAMED = re.compile(r"(?:" + MONEY.pattern + r")\s+in\s+(?:[\w-]+\s+){0,3}?(?:aid|assistance|support|relief|funding)\b")
"""'$95 million in humanitarian assistance. The money will go mostly to food': a sum whose own words say what it
is for, which the next sentence only describes."""
_MONEY_NOUNS = frozenset({"money", "funds", "funding", "sum", "amount", "tranche", "allocation"})
_GIFT_OF_SUM = frozenset({"contribution", "donation", "grant", "loan", "aid", "assistance", "financing", "support"})
"""'Ireland pledged €8 million to Somalia. The contribution covers ...': a word for a gift of money names the sum
told in the sentence just before, whatever words that sum was told in."""
_CARGO_NOUNS = frozenset({"cargo", "goods", "consignment", "shipment", "load"})
"""'Kazakhstan sent 60 tonnes of aid to Kyrgyzstan. The cargo, which included flour and sugar, ...': a word for what
was carried names the thing just reported sent."""


def _referred_commitment(article: Article, cast: Cast, found: list[Commitment], index: int,
                         told: re.Match[str], listing: bool = False) -> Commitment | None:
    """The nearest commitment of the last sentences whose thing the subject names: a sum for "the money", a
    grant for "the grant", supplies for "the supplies"; for "the Japanese contribution", one Japan gives, and none
    if the nearest is another's. A sum whose own words say what it is for ("$9 million in aid") is only told again
    by "the money", unless the sentence lists the parts it holds (`listing`: "The aid, which includes tents and
    rice, ...")."""
    noun = told.group("noun").lower()
    named = [w for w in told.group("words").split() if w[0].isupper()]
    for commitment in reversed([c for c in found if index - 3 <= c.sentence < index and c.givers]):
        if noun in _MONEY_NOUNS:
            names = commitment.value is not None or any(MONEY.search(w) for w in commitment.wordings) or \
                noun in fold(" ".join(commitment.wordings)).split()
        else:
            names = noun.rstrip("s") in {w.rstrip("s") for w in fold(" ".join(commitment.wordings)).split()} or (
                commitment.value is not None and re.search(rf"\b{noun}", article.sentence_text(commitment.sentence),
                                                           re.IGNORECASE) is not None)
        if noun in _DOCUMENT_NOUNS:
            names = (commitment.value is not None or any(MONEY.search(w) for w in commitment.wordings)) and any(
                re.search(rf"\b{noun}\b", article.sentence_text(line), re.IGNORECASE)
                for line in (commitment.sentence, commitment.sentence + 1))
            if not names:
                return None  # the nearest gift alone: "Peru and Chile signed a fishing deal" tells another
        names = names or (noun in _GIFT_OF_SUM and commitment.sentence == index - 1 and (
            commitment.value is not None or any(MONEY.search(w) for w in commitment.wordings))) or (
            noun in _CARGO_NOUNS and commitment.status == "delivered")
        if names and not listing and _AID_NAMED.search(article.sentence_text(commitment.sentence)):
            return None
        if names:
            owners = {form for g in commitment.givers if g in cast.organisations for form in _country_forms(cast, g)}
            return commitment if all(w in owners for w in named) else None
    return _only_gift_before(article, found, index) if noun in _GIFT_OF_SUM | {"package"} and not named else None


def _only_gift_before(article: Article, found: list[Commitment], index: int) -> Commitment | None:
    """"announced $500 million for Manila. [talks, quotes] ... the package will pay for ...": a word for a gift names
    the one gift the article told in the last paragraphs, when the sentences just before told none; none when they
    told gifts of more than one giver or receiver, or when the sentence before tells a whole no rule read ("signed
    an agreement on a programme worth $20 million. The package covers ...")."""
    if index == 0 or any(index - 3 <= c.sentence < index and c.givers for c in found) or \
            _WHOLE_TOLD.search(article.sentence_text(index - 1)):
        return None
    recent = [c for c in found if index - 8 <= c.sentence < index and c.givers and c.status in ("pledged", "delivered")]
    return recent[-1] if recent and len({(c.givers, c.receivers) for c in recent}) == 1 else None


_WHOLE_LISTED = re.compile(
    r"(?:[^,]{0,40},\s*|[^,;:]{0,60}?\b(?:said|says|added|explained|confirmed)\s+(?:that\s+)?)?"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?P<noun>money|funds|funding|sum|package|grant|loan|contribution|donation|programme|program|aid|assistance|"
    r"financing|support|supplies|equipment|goods|cargo|agreement|deal|accord)"
    r"(?:,\s+[^,;:]{1,60},)?"
    r"(?:\s+(?:is|are|was|were|will\s+be)\s+(?:meant|intended|earmarked|destined)\s+for\s+(?P<for>[^,;:]{1,80}?)\s+and)?"
    r"\s+(?:includes|included|comprises|contains|covers|provides|(?:consists|consisted)\s+of|(?:is|was)\s+made\s+up\s+of|"
    r"(?:will|would)\s+(?:also\s+)?(?:include|cover|provide|supply|comprise|consist\s+of))\s+"
    r"(?:(?:two|three|four|five|six|\d)\s+(?:[a-z]+\s+)?(?:areas|components|parts|elements|pillars|strands|priorities|"
    r"items|things)\s*:\s*)?")
"""'The new money, about $30 million, is meant for the national police and includes patrol cars, radios and
training', 'The package will provide food, tents and medicines', 'The agreement, worth $40 million, covers three
areas: ...': a whole told just before, then what it holds."""
_DOCUMENT_NOUNS = frozenset({"agreement", "deal", "accord"})
"""'Japan will provide $50 million to Laos. The agreement was signed on Friday. [...] The agreement covers ...': a
document whose own words name no sum, spoken of just after a sum is given, is the document of that gift."""


_WHOLE_NOUN = r"(?:the|this|that|its|their)\s+(?P<words>(?:[\w-]+\s+){0,3}?)(?P<noun>package|grant|loan|programme|program|" \
    r"contribution|donation|funding|money|funds)\b"
_PARTS_BEFORE = re.compile(r"(?!(?i:the|this|that|these|those|it|they|which|all|most|some)\s)(?P<list>[^;:]{3,300}?)"
                           r"\s+(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?(?:all\s+)?"
                           r"(?:(?:a\s+)?part\s+of|included\s+in|covered\s+by|paid\s+for\s+by|funded\s+by)\s+" + _WHOLE_NOUN +
                           r"(?=\s*(?:[,.]|$))")
"""'Solar panels, water pumps and seed are part of the package', 'Ten ambulances are also included in the grant':
the parts of a whole just told, named before it."""
_PARTS_AFTER = re.compile(r"(?:[Ii]ncluded\s+in|[Cc]overed\s+by|[Aa]mong\s+the\s+(?:items|things|goods|measures)\s+"
                          r"(?:in|of|under)|[Pp]art\s+of)\s+" + _WHOLE_NOUN + r"\s+(?:are|is|were|was|will\s+be)\s+(?P<list>.+)$")
"""'Included in the package are 40 water pumps, tents and blankets': the same, the parts after the whole."""


def _parts_named(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                 index: int) -> list[Commitment]:
    """A sentence that says things are part of a whole the last sentences told ("Radios and patrol cars are
    also part of the grant"): each a commitment of that whole's giver to its receiver. A list that names a
    country or an organisation is of those who take part, not of things ("Chad and Niger are part of the
    programme"); a thing alone is a part too, when the whole is plainly named before it."""
    if any(c.sentence == index for c in found):
        return []
    sentence = article.sentences[index]
    start = entry_start(article, sentence)
    text = article.masked[start:sentence.end].rstrip(" .")
    told = _PARTS_BEFORE.match(text) or _PARTS_AFTER.match(text)
    referent = _referred_commitment(article, cast, found, index, told) if told else None
    if told is None or referent is None or referent.status == "asked" or any(
            a.kind == "organisation" and start + told.start("list") <= a.span.start < start + told.end("list")
            for a in cast.in_sentence(index)):
        return []
    listed = items(told.group("list"), False)
    clause = _Clause(referent.givers, referent.receivers, referent.status, start + told.start("list"),
                     f"{LIKELY}: part of the {told.group('noun')} reported just before")
    return [_commitment(article, cast, index, clause, item, meetings) for item in listed]


_WHOLE_WHICH = re.compile(
    r"(?:[^,]{0,40},\s*|[^,;:]{0,60}?\b(?:said|says|added|explained|confirmed)\s+(?:that\s+)?)?(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?P<noun>package|grant|loan|contribution|donation|aid|assistance|equipment|supplies|goods|cargo|consignment|"
    r"shipment|delivery)"
    r",\s+which\s+(?:includes?|included|comprises?|comprised|contains?|contained|consists?\s+of|consisted\s+of|"
    r"(?:is|are|was|were)\s+made\s+up\s+of)\s+(?P<list>[^;:]{3,300}?),\s+(?=(?:(?:has|have|had|will|would|is|are|was|"
    r"were)\s+(?:also\s+|already\s+|now\s+)?(?:been\s+)?[a-z]+|arrived|landed|reached|left)\b)")
"""'The equipment, which includes two scanners, 30 ventilators and hospital beds, was handed over to the ministry':
a whole told just before, whose parts a clause set off after it lists before the verb of the sentence."""


def _whole_which(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                 index: int) -> list[Commitment]:
    """The parts a "which includes" clause lists of a whole the last sentences told: each given as the whole
    is; only a list of two things or more, and none that names a country or an organisation."""
    sentence = article.sentences[index]
    told = _WHOLE_WHICH.match(article.masked, entry_start(article, sentence), sentence.end)
    referent = _referred_commitment(article, cast, found, index, told, True) if told else None
    if told is None or referent is None or referent.status == "asked" or any(
            a.kind == "organisation" and told.start("list") <= a.span.start < told.end("list")
            for a in cast.in_sentence(index)):
        return []
    clause = _Clause(referent.givers, referent.receivers, referent.status, told.start("list"),
                     f"{LIKELY}: what the {told.group('noun')} reported just before holds")
    return [_commitment(article, cast, index, clause, item, meetings) for item in contents(told.group("list"))]


_TEACHING = re.compile(r"\b(?:training|courses?|workshops?|seminars?|curriculum|curricula|classes|lessons)\b", re.IGNORECASE)


def _taught(told: re.Match[str], referent: Commitment) -> bool:
    """"KOICA will fund a training programme for rice farmers. The programme will cover drying, storage and milling":
    what a programme of teaching covers are its subjects, not things given."""
    return told.group("noun").lower() in ("programme", "program") and \
        _TEACHING.search(" ".join(referent.wordings)) is not None


def _whole_listed(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                  index: int) -> list[Commitment]:
    """A sentence no rule of giving read that lists what a sum, package or programme just reported holds, with an
    aside on its sum or the one it is meant for between: each thing a commitment of the giver of that whole, to
    the one the sentence says it is meant for, or else to the whole's receiver. Only a list of two things or more
    ("The grant, worth $5 million, covers the cost of the conference" lists none)."""
    if any(c.sentence == index for c in found):
        return []
    sentence = article.sentences[index]
    told = _WHOLE_LISTED.match(article.masked, entry_start(article, sentence), sentence.end)
    referent = _referred_commitment(article, cast, found, index, told, True) if told else None
    listed = contents(article.masked[told.end():sentence.end]) if told and referent and referent.status != "asked" \
        and not _taught(told, referent) else []
    if not told or not referent or not listed:
        return _parts_named(article, cast, meetings, found, index) or _whole_which(article, cast, meetings, found, index)
    meant = next((a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and told.start("for") <= a.span.start
                  < told.end("for") and a.ref not in referent.givers), None) if told.group("for") else None
    clause = _Clause(referent.givers, (meant,) if meant else referent.receivers, referent.status, told.end(),
                     f"{LIKELY}: what the {told.group('noun')} reported just before holds")
    return [_commitment(article, cast, index, clause, item, meetings) for item in listed]


def _told_parts(article: Article, index: int, start: int, whole: bool) -> list[Found]:
    """What a sum told again pays for: the rest of its sentence, or after a colon the lines of the list below;
    a list is read as a package's is, each thing listed a thing given ("drinking water, shelter and soap")."""
    sentence = article.sentences[index]
    if start < sentence.end:
        found = items(article.masked[start:sentence.end], False, whole)
        return found if whole else _listed_contents(found, article.masked[start:sentence.end])
    listed: list[Found] = []
    for line in range(index + 1, len(article.sentences)):
        text = article.sentence_text(line)
        bullet = _BULLET.match(text)
        if bullet is None:
            break
        end = article.sentences[line].end
        listed += items(article.masked[end - len(text) + bullet.end():end], False)
    return listed


def _share_line(article: Article, found: list[Commitment], index: int) -> _Clause | None:
    """"The EU and Chile signed three agreements worth €165 million:" and a list whose lines open on a sum ("- €90
    million in budget support;"): each line a share of the sum its heading told, between the same parties."""
    text = article.sentence_text(index)
    bullet = _BULLET.match(text)
    heading = _list_heading(article, index) if bullet and MONEY.match(text, bullet.end()) else None
    told = [c for c in found if c.sentence == heading and c.givers] \
        if heading is not None and MONEY.search(article.sentence_text(heading)) else []
    if not bullet or not told:
        return None
    return _Clause(told[-1].givers, told[-1].receivers, told[-1].status,
                   article.sentences[index].end - len(text) + bullet.end(), f"{LIKELY}: a share of the sum its heading told")


_ORDINAL_SHARE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:first|second|third|fourth|last|other|latter|former|larger|"
                            r"smaller|biggest|largest)(?:\s+one)?,\s+(?P<phrase>(?:a|an)\s+(?:[\w-]+\s+)?(?:" + MONEY.pattern +
                            r")[^;:]{0,120}?),\s+(?:will|would|is|are|was|were|has|have|goes|went|covers|pays|funds|finances)\b")
"""'approved two grants totalling $150 million. The first, an $85 million grant for a water project, will ...':
each of the sums a sum told before splits into, told one by one in apposition to an ordinal."""


def _ordinal_share(article: Article, index: int) -> list[Found]:
    text = article.sentence_text(index)
    share = _ORDINAL_SHARE.match(text)
    return items(share.group("phrase"), False) if share else []


_SHARES_AFTER_SUM = re.compile(r"(?:\s+(?:in|of)\s+[^,;:.]{1,60}?)?(?:\s+(?:to|for)\s+[^,;:.]{1,60}?)?"
                               r"(?:\s+(?:on|this|last|next)\s+[^,;:.]{1,30}?)?,\s+(?:(?P<of_which>of\s+which|including|with)\s+"
                               r"(?=" + MONEY.pattern + r")|(?:to\s+be\s+)?split\s+(?:equally\s+)?(?:among|across)\s+)"
                               r"(?P<rest>[^;:—–()]+)")
"""'pledged $60 million to Kabul, to be split among health, education and food security', 'gave C$40 million,
including C$25 million for food aid and C$15 million for policing': a sum and, after a comma of its own sentence,
the parts it splits into, each with its own sum or told as a split. Not 'most of it for schools and clinics', which
only says what the whole sum is for."""


def _shares_in_sentence(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                        index: int) -> list[Commitment]:
    """The parts a sum told alone in its sentence splits into, told after it in the same sentence; each given as
    the sum is. None when a part goes to someone named ("with €25 million for Yemen and €15 million for Syria"):
    such a part has a receiver of its own."""
    told = [c for c in found if c.sentence == index]
    whole = told[0] if len(told) == 1 and told[0].status != "asked" and told[0].givers else None
    at = _item_at(article, whole) if whole and (whole.value or any(MONEY.search(w) for w in whole.wordings)) else None
    sentence = article.sentences[index]
    tail = _SHARES_AFTER_SUM.match(article.masked, at[1], sentence.end) if whole and at else None
    if whole is None or tail is None or any(a.kind == "organisation" and a.span.start >= tail.start("rest")
                                            for a in cast.in_sentence(index)):
        return []
    rest = re.sub(r"[\s.]+$", "", tail.group("rest"))
    # the shares' grammar is that of a sentence which opens on "Of that,"
    parts = shares("Of that, " + rest) if tail.group("of_which") else contents(rest)
    if any(re.match(r"be\s", part[0].name) for part in parts):
        return []  # "with $20 million to be disbursed this year": when it is paid, not what it pays for
    if any(re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+", name) for name in (part[0].name for part in parts)):
        return []  # "split among Tigray, Afar and Amhara": places the money goes to, no things it pays for
    clause = _Clause(whole.givers, whole.receivers, whole.status, tail.start("rest"),
                     f"{LIKELY}: a share of the sum its sentence told")
    return [_commitment(article, cast, index, clause, item, meetings) for item in parts]


_LATER_TRANCHE = re.compile(r"(?:[^,]{0,40},\s*)?(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?P<ordinal>first|second|third|fourth|fifth|"
                            r"next|final|last|remaining)\s+(?P<noun>tranche|instalment|installment|disbursement)s?"
                            r"(?:\s*,\s*(?:also\s+|of\s+|worth\s+)?|\s+(?:of|worth|totalling|totaling)\s+)"
                            r"(?:(?:up\s+to|about|around|some|nearly|another)\s+)?(?P<sum>" +
                            re.sub(r"\(\?P<\w+>", "(?:", MONEY.pattern) + ")")
"""'The second tranche, also $200 million, is expected in June', 'A final instalment of €40 million will follow':
one of the parts a sum told just before comes in, told in a sentence of its own by its order and its own sum."""
_PAID_NOW = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:already\s+)?(?:released|disbursed|paid|"
                       r"transferred|handed\s+over)\b")


def _later_tranche(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                   index: int) -> list[Commitment]:
    """A sentence that opens on a tranche of a sum and its own sum, after a gift of the last sentences told in
    tranches ("approved the first tranche", "in two instalments"): a part of that gift, from its giver to its
    receiver; paid out when the sentence says it was. None when no gift before speaks of its tranches."""
    sentence = article.sentences[index]
    text = article.sentence_text(index)
    told = _LATER_TRANCHE.match(text)
    noun = told.group("noun") if told else ""
    whole = next((c for c in reversed(found) if index - 3 <= c.sentence < index and c.givers and c.status != "asked"
                  and re.search(rf"\b{noun[:8]}", article.sentence_text(c.sentence), re.IGNORECASE)), None) if told else None
    if told is None or whole is None:
        return []
    status = "delivered" if _PAID_NOW.search(text, told.end()) else "pledged" if whole.status == "delivered" else whole.status
    found_items = items(f"{told.group('ordinal')} {noun} of {told.group('sum')}", False, True)
    clause = _Clause(whole.givers, whole.receivers, status, sentence.end - len(text) + told.start("ordinal"),
                     f"{LIKELY}: a tranche of the gift reported just before")
    return [_commitment(article, cast, index, clause, item, meetings) for item in found_items[:1]]


_IT_ALSO = re.compile(r"(?:[^,]{0,40},\s*)?It\s+(?:(?:will|would)\s+)?also\s+(?:pays?\s+for|funds?|finances?|covers?|"
                      r"includes?|provides?)\s+")
"""'The grant covers schools and roads. It also pays for training for 300 engineers': one more thing of the whole
whose parts the sentence before listed."""


def _it_also(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
             index: int) -> list[Commitment]:
    """A sentence that opens on "It also pays for" after one that listed the parts of one gift: each thing it
    names is one more part, from the same giver to the same receiver. None when the sentence before told several
    gifts or one thing alone ("Peru sent tents. It also covers ..." names no whole)."""
    sentence = article.sentences[index]
    told = _IT_ALSO.match(article.masked, entry_start(article, sentence), sentence.end)
    before = [c for c in found if c.sentence == index - 1]
    if told is None or len(before) < 2 or len({(c.givers, c.receivers, c.status) for c in before}) != 1 \
            or not before[0].givers or before[0].status == "asked":
        return []
    clause = _Clause(before[0].givers, before[0].receivers, before[0].status, told.end(),
                     f"{LIKELY}: one more part of the gift whose parts the sentence before listed")
    return [_commitment(article, cast, index, clause, item, meetings)
            for item in _told_parts(article, index, told.end(), False)]


_IT_PAYS = re.compile(r"(?:" + _SOURCE_LEAD + r"|[^,]{0,40},\s*)?It\s+(?:(?:will|would|is\s+to)\s+(?:also\s+|mainly\s+|"
                     r"largely\s+|partly\s+|primarily\s+)?(?:pay\s+for|fund|finance|go\s+towards?|go\s+to(?!\s+(?:the\s+)?[A-Z])|"
                     r"be\s+(?:used|spent)\s+(?:for|on|to)|help\s+(?:to\s+)?(?:pay\s+for|fund|finance))|"
                     r"(?:is|was)\s+(?:earmarked|intended|meant|destined|set\s+aside|to\s+be\s+(?:used|spent))\s+(?:for|on)|"
                     r"pays\s+for|funds|finances|goes\s+towards?)\s+")
"""'Ireland pledged 8 million euros to Somalia. It will pay for wells and school meals', 'It will go towards flood
defences': "it" opening a sentence stands for the sum or whole the sentence before gave, and what follows is what it
pays for, from the same giver to the same receiver. Not 'It will go to Laos' (a receiver, not a purpose)."""


def _sum_told_again(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                    index: int) -> list[Commitment]:
    """A sentence no rule of giving read that tells again of a sum just reported: what it pays for, the shares
    it splits into ('Of that, $5m will go to schools', or a list of sums under it), or the pledge of one who led
    a round of pledges; each a commitment of the giver and receiver of the sum it tells of, and none when no such
    sum was reported."""
    if any(c.sentence == index for c in found):
        return _shares_in_sentence(article, cast, meetings, found, index)
    tranche = _later_tranche(article, cast, meetings, found, index) or _it_also(article, cast, meetings, found, index)
    if tranche:
        return tranche
    led = _led_with_pledge(article, cast, index) or _share_line(article, found, index)
    if led is not None:
        return [_commitment(article, cast, index, led, item, meetings)
                for item in items(article.masked[led.start:article.sentences[index].end], False)]
    start = article.sentences[index].end - len(article.sentence_text(index))
    it_pays = _IT_PAYS.match(article.masked, start)
    gifts = _gift_just_told(article, found, index) if it_pays else []
    if it_pays and gifts:
        clause = _Clause(gifts[-1].givers, gifts[-1].receivers, gifts[-1].status, it_pays.end(),
                         f"{LIKELY}: what the gift reported just before pays for")
        gerund = re.match(r"[a-z]+ing\s(?![^,;]*,[^;]*\band\s)", article.masked[it_pays.end():article.sentences[index].end])
        return [_commitment(article, cast, index, clause, item, meetings)
                for item in _told_parts(article, index, it_pays.end(), gerund is not None)]
    told = _SUM_TOLD_AGAIN.match(article.masked, start)
    split = (shares(article.sentence_text(index)) or _ordinal_share(article, index)) if told is None else []
    # "The money will be allocated as follows:" lists the parts of the sum below, whatever its own words said it was for
    referent = _referred_commitment(article, cast, found, index, told, told.group("colon") is not None) if told else next(
        (c for c in reversed(found) if index - 3 <= c.sentence < index and c.givers
         and (c.value or any(MONEY.search(w) for w in c.wordings))), None) if split else None
    if referent is None:
        return []
    clause = _Clause(referent.givers, referent.receivers, referent.status, told.end() if told else start,
                     f"{LIKELY}: what the sum reported just before pays for")
    if told:
        # "will go towards rebuilding bridges and roads": one purpose; "will pay for drinking water, shelter and
        # soap": a list, whatever its first word
        gerund = re.match(r"[a-z]+ing\s(?![^,;]*,[^;]*\band\s)", article.masked[told.end():article.sentences[index].end])
        split = _told_parts(article, index, min(told.end(), article.sentences[index].end),
                            gerund is not None)
    return [_commitment(article, cast, index, clause, item, meetings) for item in split]


def _two_countries(cast: Cast, before: str) -> tuple[str, ...]:
    """"The two countries signed ...", with no meeting just reported: the two the article names most,
    when a third is named clearly less often."""
    if not re.search(r"\b(?:two|both)\s+(?:countries|governments|sides|nations|states)\b", before, re.IGNORECASE):
        return ()
    weight = Counter(a.ref for a in cast.actors if a.kind == "organisation"
                     and cast.organisations[a.ref].type == "country").most_common(3)
    if len(weight) < 2 or (len(weight) == 3 and weight[2][1] * 2 > weight[1][1]):
        return ()
    return (weight[0][0], weight[1][0])


def _two_who_met(cast: Cast, meetings: list[Meeting], index: int, before: str) -> tuple[str, ...]:
    """"The two countries signed ...", in an article that reported a meeting of two countries before it and names a
    third often too: the two of the latest such meeting, when they are the two countries the article names most."""
    if not re.search(r"\b(?:two|both)\s+(?:countries|governments|sides|nations|states)\b", before, re.IGNORECASE):
        return ()
    weight = Counter(a.ref for a in cast.actors if a.kind == "organisation"
                     and cast.organisations[a.ref].type == "country").most_common(3)
    top = {ref for ref, _ in weight[:2]}
    if len(weight) < 2 or (len(weight) == 3 and weight[2][1] == weight[1][1]):
        return ()
    for meeting in sorted(meetings, key=lambda m: -m.sentence):
        if meeting.sentence >= index:
            continue
        parties = [p.represents[0] if p.represents else p.organisation for p in meeting.participants]
        if len(set(parties)) == 2 and set(parties) == top:
            return tuple(dict.fromkeys(parties))
    return ()


def _meeting_parties(meetings: list[Meeting], index: int, back: int = 1) -> tuple[str, ...]:
    """The countries and organisations of the meeting reported in this sentence or the `back` before."""
    for meeting in sorted(meetings, key=lambda m: -m.sentence):
        if index - back <= meeting.sentence <= index:
            parties = [p.represents[0] if p.represents else p.organisation for p in meeting.participants]
            return tuple(dict.fromkeys(parties)) if all(parties) else ()
    return ()


def _signing_meeting_parties(cast: Cast, meetings: list[Meeting], index: int, back: int) -> tuple[str, ...]:
    """"Hutapea held talks with her Papua New Guinea counterpart, Rex Kondowa, before the two ministers signed":
    the two sides of the latest meeting reported within `back` sentences, each by what its participant represents
    or else the body the text gives that person; () when a side is unknown or there are not two."""
    meeting = next((m for m in sorted(meetings, key=lambda m: -m.sentence) if index - back <= m.sentence <= index), None)
    if meeting is None:
        return ()
    parties = tuple(dict.fromkeys(p.represents[0] if p.represents else p.organisation or
                                  (cast.people[p.person].organisation if p.person in cast.people else "")
                                  for p in meeting.participants))
    return parties if len(parties) == 2 and all(parties) else ()


_PASSIVE_END = re.compile(r"\b(?:be|been|was|were)\s+" + _ADVERBS + r"[\w-]+(?:\s+over)?$")
"""A passive whose subject is what is given, an adverb and all: "3,000 kits were also delivered by Unicef"."""
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
               and not _CLAUSE_END.search(article.masked[verb.end():a.span.start]) for a in cast.in_sentence(index))


_UNDER_OWNER = re.compile(r"\bunder\s+(?:the\s+)?$")
_OWNED_PLAN = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:plan|programme|program|scheme|initiative|facility|mechanism|"
                         r"instrument)\b")


def _plan_owner(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """The one named by its possessive after "under" in the clause a verb of receiving opens: "Chad will be given 30
    tonnes of rice under the EU's food facility"."""
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or actor.span.start < position:
            continue
        if _CLAUSE_END.search(article.masked[position:actor.span.start]):
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
                         r"\s+(?:" + _ADVERBS + r")?$")


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


def _giving_party(article: Article, after: list[Actor], start: int) -> Actor | None:
    """The first party named after "from" or "by", a state named as its government or its people included:
    "Chad received a donation from the Government of Norway", "40 ambulances were sent by the people of Japan"
    name Norway and Japan, not "the Government" or "the people"."""
    for actor in after:
        if actor.kind == "organisation" and _STATE_AGENT.search(article.masked, max(start, actor.span.start - 40),
                                                                actor.span.start):
            return actor
        if _agent(article, actor, start) and not (actor.kind != "organisation" and
                                                  re.match(r"\s+of\s", article.masked[actor.span.end:])):
            return actor
    return None


def _receiving(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"Ukraine will receive 20 jets from Norway": the subject receives, from whoever the sentence names
    after "from" or "by"; without one, nobody to propose. "Two Patriot systems will be sent to Ukraine
    by Germany": in the passive the subject is what is given, and the receiver follows "to" or "for"."""
    end = article.sentences[index].end
    if _PAID_OUT.search(verb.group()) and not MONEY.search(article.masked, article.sentences[index].start, verb.start()):
        return None  # "the hostages were released by the rebels": no money paid out
    after = [a for a in cast.in_sentence(index) if a.span.start >= verb.end()]
    agent = _giving_party(article, after, verb.end())
    giver = _party(cast, agent, index)
    subject = cast.subject_before(_before_just(article, verb.start()), index) or \
        _owner_of_body(article, cast, index, _before_just(article, verb.start()))
    if subject is not None and re.search(r"\b(?:in|from|by|of|to|at)\s+(?:the\s+)?$",
                                         article.masked[max(0, subject.span.start - 8):subject.span.start]):
        subject = None  # "howitzers produced in Ukraine will be co-financed by Denmark": a place, not the subject
    if subject is not None and _PASSIVE_END.search(verb.group()) and re.search(
            r"\bfor\s+(?:the\s+)?$", article.masked[max(0, subject.span.start - 8):subject.span.start]):
        subject = None  # "$5 million for Chad was released by the EU": the one the thing is for, not the subject
    receiver = _party(cast, subject, index)
    why = f"{LIKELY}: {' '.join(verb.group().split())!r}: the subject receives, from the one named after"
    status = "pledged" if _PROMISED.search(verb.group()) else _STATUS[verb.lastgroup or ""]
    passive = _PASSIVE_END.search(verb.group())
    named = _in_full(article, cast, index, subject) if subject is not None else None
    if passive and named is not None and (_giver_in_subject(article, cast, index, named) or _BOUGHT_WITH.search(
            article.masked, max(0, named.span.start - 40), named.span.start)) and \
            (not re.search(r"\b(?:will|would|is|are)\b", verb.group()) or _given_to_named(article, cast, index, verb)):
        # "40 ambulances donated by Canada were handed over": Canada gives, the ambulances are given; to come,
        # where the text names who they are for ("relief goods from UNICEF will be handed over to Chad")
        subject = None
    if agent is None and subject is not None and (plan := _plan_owner(article, cast, index, verb.end())) is not None:
        # "Chad will receive 40 ambulances under Japan's grant aid programme": the one whose programme it is gives
        giver, agent = _party(cast, plan, index), plan
    if agent is None and subject is not None and (signer := _signed_with_before(article, cast, index, subject)):
        # "Under an agreement signed with Riyadh last year, Pakistan will receive $1 billion": the other signer gives
        giver, agent = _party(cast, signer, index), signer
    if agent is None and subject is not None and re.search(r"\b(?:will|would|is|are)\b", verb.group()):
        # "Doucette told him that Kyiv will get C$400 million": a promise, from the one who made it
        giver, agent, why = _reporter(article, cast, index, subject.span.start), subject, \
            f"{LIKELY}: {' '.join(verb.group().split())!r}: the subject receives, as the one who said so promised"
    if agent is None and subject is None and passive:
        return _given_by_subject(article, cast, index, verb, status) or _bought_with(article, cast, index, verb, status) \
            or _reported_passive(article, cast, index, verb, status) \
            or _said_handed_over(article, cast, index, verb, status) or _handed_over_said_after(
                article, cast, index, verb, status) or _giver_later(article, cast, index, verb, status)
    if not giver or agent is None or agent.span.start > end:
        return None
    if "delivery" in verb.group() and re.search(r",\s*(?:and|but|while)\s|;", article.masked[verb.end():agent.span.start]):
        return None  # "took delivery of tents, and 12 ambulances were donated by Japan": another clause's giver
    if subject is None and _PASSIVE_END.search(verb.group()) and not verb.group().endswith("over"):
        # the passive with the thing given as its subject: the item is the phrase that opens the clause; "18
        # howitzers will be co-financed by Denmark, Sweden and Norway": every one named after "by"
        to = next((a for a in after if a.kind == "organisation" and a is not agent and _TO_STATE.search(
            article.masked[max(verb.end(), a.span.start - 40):a.span.start])), None)
        start = _clause_start(article, index, verb.start())
        apposed = _apposed_gift_to(article, cast, index, verb.end(), agent) if to is None else None
        short = _body_before_agent(article, cast, verb, agent, giver) if to is None and apposed is None else ""
        if (to is not None and to.ref == giver) or start is None or (to is None and apposed is None and not short and
                                                                     not re.fullmatch(r"\s+(?:over\s+)?by\s+(?:the\s+)?",
                                                                                      article.masked[verb.end():agent.span.start])):
            return None  # with no receiver named, only the giver right after "by" ("co-financed by a grant from")
        givers = (giver, *(a.ref for a in _and_after(article, cast, index, agent)))
        receivers = (to.ref,) if to is not None else (short,) if short else tuple(r for r in apposed or () if r != giver)
        summary = _SUMMED_UP.search(article.masked, start, verb.start())
        return _Clause(tuple(dict.fromkeys(givers)), receivers, status, start,
                       f"{LIKELY}: {' '.join(verb.group().split())!r}: what is given, to and by whom",
                       summary.start() if summary else verb.start())
    if not receiver or giver == receiver:
        return None
    givers = (giver, *(a.ref for a in _and_after(article, cast, index, agent) if a.ref != receiver))
    body = _own_body_for(article, cast, index, agent, receiver)
    receivers = tuple(body or receiver if r == receiver else r
                      for r in _joined_receivers(article, cast, index, subject, receiver) if r not in givers)
    return _Clause(tuple(dict.fromkeys(givers)), receivers, status, verb.end(), why)


_SUMMED_UP = re.compile(r",\s+(?:the|all)\s+(?:[\w-]+\s+){0,2}?(?:items|goods|things|equipment|supplies|rest|remainder)\b"
                        r"[^,;:]{0,60},\s*$")
"""'An ultrasound system and sterilisation equipment, the remaining items in the first consignment, are due to be
handed over': an apposition that sums up the things listed before it is no thing of its own."""
_TO_BODY_BY = re.compile(r"\s+(?:over\s+)?" + _TO_BODY_SAID_SHORT + r"by\s+(?:the\s+)?")


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
    chain = _chain(article, cast.in_sentence(index), subject) or [subject]
    parties = tuple(_party(cast, a, index) if a is not subject else receiver for a in chain)
    return tuple(dict.fromkeys(p for p in parties if p)) if all(parties) else (receiver,)


_APPOSED_GIFT = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:gift|donation|contribution|present)\s+from\s+"
                           r"(?:the\s+(?:(?:[Gg]overnment|[Pp]eople|[Aa]uthorities)\s+of\s+(?:the\s+)?)?)?$")


def _apposed_gift_to(article: Article, cast: Cast, index: int, position: int, agent: Actor) -> tuple[str, ...] | None:
    """"Thirty fire engines were handed over at the ceremony, a gift from JICA to clinics in Peru's Andes": a gift
    said in apposition after the verb names its giver, and after "to" the ones it went to, or the country of the
    places it went to; None where no such phrase names `agent`."""
    if _APPOSED_GIFT.search(article.masked, position, agent.span.start) is None or \
            _CLAUSE_END.search(article.masked[position:agent.span.start]):
        return None
    return _whose_place(article, cast, index, agent.span.end) or _receiver_after(article, cast, index, agent.span.end)


_NOUN_PHRASE_START = re.compile(r"(?:^|[,;:(—–]\s*|\b(?:the|a|an|its|their|his|her|these|those|all|some|of|for|with|"
                                r"noted|thanked|welcomed|praised|received|includ(?:es|ed|ing))\s+)")
"""Where the noun phrase a participle follows starts: "the 14 autotransformers and 160 generators delivered by Japan"."""


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|been)\b")
_ARRIVED = re.compile(r"\b(?:arrived|reached|landed|docked|touched\s+down|came|got)\b")
"""A verb of arrival is a clause's own verb too: in "40 tonnes of flour arrived in Abeche on Monday, sent by the WFP"
the participle tells of the flour, which the arrival's rules read, not of a phrase "flour arrived in Abeche"."""
"""A noun phrase holds no verb of its own: in "generators were delivered to Chad on Monday, funded by Norway" the
participle tells of the clause before it, which its own verb reads, not of a phrase "generators were delivered"."""


def _given_by(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"the 160 generators delivered by Japan over the past year": a participle after a noun phrase, whose
    agent gave it; when the sentence's own verb has told it already, the two are merged as one."""
    if re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\w+\s+)?$",
                 article.masked[max(0, verb.start() - 24):verb.start()]):
        return None  # a passive verb, which the clause's own rules read
    if article.masked[verb.start() - 2:verb.start()] == ", " and \
            "," in article.masked[article.sentences[index].start:verb.start() - 2]:
        return None  # set off by a comma, the participle tells of the sentence's subject only
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                  and _agent(article, a, verb.start())), None)
    before = article.masked[max(entry_start(article, article.sentences[index]), verb.start() - 100):verb.start()]
    starts = [m.end() for m in _NOUN_PHRASE_START.finditer(before) if m.end() < len(before)]
    giver = _party(cast, agent, index) if agent is not None and agent.span.start - verb.end() < 30 else ""
    if not giver or not starts or len(before[starts[-1]:].split()) > 8 or _FINITE.search(before[starts[-1]:]) \
            or _ARRIVED.search(before[starts[-1]:]):
        return None
    if agent is not None and _told_by_its_verb(article, index, agent.span.end):
        return None  # "generators donated by Japan arrived in Ukraine": the subject's giver, read with its verb
    begin = verb.start() - len(before) + starts[-1]
    receivers = tuple(r for r in _receiver_after(article, cast, index, agent.span.end) if r != giver) \
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
    return _Clause((giver,), receivers, "delivered", begin, f"{LIKELY}: {' '.join(verb.group().split())!r}: what the "
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
                        article.masked[main.end():end]) or bool(_VERBS.match(article.masked, main.end(), end))


def _promised_by(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"welcomed the 250 million euros pledged by the European Union for energy bills", "the 30 ambulances promised
    by Norway last spring": a participle of promising after a noun phrase, whose agent promised it; as a
    participle of giving is read, but promised, not given."""
    clause = _given_by(article, cast, index, verb)
    return replace(clause, status="pledged", why=f"{LIKELY}: {' '.join(verb.group().split())!r}: what the noun phrase "
                   "before names, promised by the one after 'by'") if clause is not None else None


_GIVER_IN_SUBJECT = re.compile(r"(?:\s+(?:(?:donated|supplied|funded|financed|paid\s+for|bought|sent|provided|pledged|"
                               r"promised|delivered)\s+by|from)|,\s*(?:which|that)\s*)\s+(?:the\s+)?$")
"""'40 ambulances donated by Canada were handed over', 'vehicles from Croatia have been transferred', 'the
boats, which Oslo promised in November, were handed over': the giver named inside the subject."""


_COURTESY = re.compile(r"\bcourtesy\s+of\s+(?:the\s+)?$")
_UNDER_GRANT = re.compile(r"\b(?:under|through|with)\s+(?:a|an)\s+(?:new\s+|further\s+|[A-Z]{0,3}[€$£¥]?\d[\w.,]*\s+"
                          r"(?:(?:million|billion|bn|m)\s+)?)?$")
_GRANT_AFTER = re.compile(r"(?:\s+[a-z][\w-]*)?\s+(?:grant|loan|donation|contribution|programme|program|project|funding)\b")


_UNDER_THE = re.compile(r"\bunder\s+(?:the|a|an|its|their)\s+$")
_PAID_BY_IT = re.compile(r"-(?:co-?)?(?:funded|financed|sponsored)\s+(?:[A-Za-z][\w-]*\s+){0,5}?(?i:programmes?|programs?|"
                         r"projects?|schemes?|initiatives?|facility|grants?|loans?|plan)\b")


def _under_paid_by(article: Article, start: int, actor: Actor) -> bool:
    """Whether a name opens a scheme it pays for, after "under": "pumps were delivered to Chad under the EU-funded
    Rural Water Programme", "under a Japanese-financed roads project". Not a scheme someone built or runs ("under a
    Chinese-built dam scheme", "under the UN-led plan"): the builder or leader need not pay."""
    return bool(_UNDER_THE.search(article.masked[start:actor.span.start])) and \
        bool(_PAID_BY_IT.match(article.masked, actor.span.end))


def _giver_later(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> _Clause | None:
    """"40 generators were delivered to Chad courtesy of Japan", "tents have been handed over to the camps under a
    Japanese grant": a passive with no agent whose giver a phrase after it names; the item is the subject, the
    receiver the one named after "to" or "for"."""
    start = _clause_start(article, index, verb.start())
    if start is None:
        return None
    later = cast.in_sentence(index)
    giver = next((a for a in later if a.kind == "organisation" and a.span.start >= verb.end()
                  and not _CLAUSE_END.search(_names_blanked(article, cast, index, verb.end(), a.span.start))
                  and ((_COURTESY.search(article.masked[verb.end():a.span.start])
                        and article.masked[a.span.start:a.span.end] not in _ADJECTIVES)
                       or (_UNDER_GRANT.search(article.masked[verb.end():a.span.start])
                           and article.masked[a.span.start:a.span.end] in _ADJECTIVES
                           and _GRANT_AFTER.match(article.masked, a.span.end))
                       or _under_paid_by(article, verb.end(), a))), None)
    party = _party(cast, giver, index)
    if giver is None or not party:
        return None
    to = next((a for a in later if a.kind == "organisation" and verb.end() <= a.span.start < giver.span.start
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])), None)
    owned = _owned_body(article, cast, index, to) if to is not None else None
    receiver = (owned or to).ref if to is not None else ""
    if receiver == party:
        return None
    return _Clause((party,), (receiver,) if receiver else (), status, start,
                   f"{LIKELY}: {' '.join(verb.group().split())!r}: given, by the one a phrase after it names", verb.start())


def _own_body_for(article: Article, cast: Cast, index: int, agent: Actor, receiver: str) -> str:
    """"Ecuador secured a $250 million credit line from CAF for Corporación Eléctrica del Ecuador": what a state
    receives for a body of its own, which the body's name says by the state's name, goes to that body."""
    body = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start > agent.span.end
                 and re.search(r"\bfor\s+(?:the\s+|its\s+)?$", article.masked[agent.span.end:a.span.start])), None)
    if body is None or cast.organisations[body.ref].type == "country" or body.ref == receiver:
        return ""
    between = article.masked[agent.span.end:body.span.start]
    if re.search(r"[;:—–]|\b(?:said|says)\b", between) or _FINITE.search(between) or len(between.split()) > 16:
        return ""
    name = fold(cast.organisations[body.ref].name)
    forms = {fold(f) for f in _country_forms(cast, receiver)} | \
        {fold(a) for e in ENTRIES if e.name == cast.organisations[receiver].name for a in e.adjectives}
    return body.ref if any(f and re.search(rf"\b{re.escape(f)}\b", name) for f in forms) else ""


def _giver_in_subject(article: Article, cast: Cast, index: int, named: Actor) -> bool:
    """Whether the subject names its giver where `named` stands: "tents donated by Canada were handed over", or
    with the one that owns the giver before it, "dates from Saudi Arabia's relief centre (KSrelief) were handed
    over"."""
    if _GIVER_IN_SUBJECT.search(article.masked[max(0, named.span.start - 30):named.span.start]):
        return True
    owner = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= named.span.start), None)
    return owner is not None and owner.kind == "organisation" and \
        bool(re.fullmatch(r"[’']s\s+", article.masked[owner.span.end:named.span.start])) and \
        bool(_GIVER_IN_SUBJECT.search(article.masked[max(0, owner.span.start - 30):owner.span.start]))


_BOUGHT_WITH = re.compile(r"\s*,?\s+(?:bought|purchased|procured|acquired|built|constructed|financed|funded|"
                          r"paid\s+for)\s+(?:with|by|from|under|through|using)\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+)?$")
_FUNDS = re.compile(r"(?:[’']s\s+|\s+)(?:[a-z][\w-]*\s+)?(?:funds?|funding|money|grants?|loans?|aid|financing|assistance|"
                    r"credits?|donations?|budget)\b")
"""'bought with Canadian funds', 'financed by a Korean grant', 'purchased with Japan's grant aid': what paid for the
thing, after the one whose money it was."""


def _state_funds(article: Article, start: int, actor: Actor) -> bool:
    """Whether a country's adjective inside the subject names whose money paid for the thing: "The patrol boats,
    bought with Canadian funds, were handed over", "ambulances financed by a Korean grant were delivered". Not
    the makers or hands it names ("a clinic built by Chinese workers")."""
    return article.masked[actor.span.start:actor.span.end] in _ADJECTIVES and \
        bool(_BOUGHT_WITH.search(article.masked[start:actor.span.start])) and \
        bool(_FUNDS.match(article.masked, actor.span.end))


_PAID_IN_SUBJECT = re.compile(r"-(?:co-?)?(?:funded|financed|donated|sponsored)\s+")
"""'The Japanese-funded bridge', 'Twelve EU-financed ambulances': the one joined to the participle paid for the thing."""


def _state_named_to(article: Article, cast: Cast, index: int, verb: re.Match[str], actor: Actor) -> bool:
    """"Two ambulances and a shipment of test kits, donated by the Thai government, were handed over to Laos": an
    adjective with the state it qualifies names that state; only where the one it went to is named after "to",
    since "were handed over to the hospital" leaves the receiver to a guess."""
    return bool(_STATE_NOUN.match(article.masked, actor.span.end)) and any(
        a.kind == "organisation" and a.span.start >= verb.end()
        and re.fullmatch(r"\s+(?:over\s+)?to\s+(?:the\s+)?", article.masked[verb.end():a.span.start])
        for a in cast.in_sentence(index))


def _given_by_subject(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> _Clause | None:
    """A passive whose subject is the thing given and names its giver: the item is the subject up to the
    giver, the receiver follows "to" or is left to the article's main one."""
    start = _clause_start(article, index, verb.start())
    if start is None:
        return None
    giver = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                  and ((_GIVER_IN_SUBJECT.search(article.masked[start:a.span.start])
                        and (article.masked[a.span.start:a.span.end] not in _ADJECTIVES
                             or _state_named_to(article, cast, index, verb, a)))
                       or _state_funds(article, start, a)
                       or (_PAID_IN_SUBJECT.match(article.masked, a.span.end)
                           and re.fullmatch(r"(?:[A-Za-z]+\s+)?(?:[A-Za-z]+|\d[\d,]*)\s+",
                                            article.masked[start:a.span.start])))), None)
    if giver is None:
        return None
    cut = _GIVER_IN_SUBJECT.search(article.masked[start:giver.span.start]) or \
        _BOUGHT_WITH.search(article.masked[start:giver.span.start])
    to = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])
               and not _CLAUSE_END.search(article.masked[verb.end():a.span.start])), None)
    party = _party(cast, giver, index)
    owned = _owned_body(article, cast, index, to) if to is not None else None
    to = owned or to
    receivers = (to.ref,) if to is not None and to.ref != party else ()
    if not party or (to is not None and to.ref == party):
        return None
    end = start + cut.start() if cut else giver.span.start
    paid = _PAID_IN_SUBJECT.match(article.masked, giver.span.end)
    if paid and not cut:
        # "The Japanese-funded bridge over the river was handed over": the thing after the one that paid for it
        start, end = paid.end(), verb.start()
    if re.match(r"\s*,\s*including\s[^;:—–]+,\s*$", article.masked[giver.span.end:verb.start()]):
        end = verb.start()  # "relief goods from Japan, including tents and stoves, were handed over": each thing too
    return _Clause((party,), receivers, status, start, f"{LIKELY}: {' '.join(verb.group().split())!r}: what is given, "
                   "by the one its subject names", end)


def _bought_with(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> _Clause | None:
    """A passive whose subject is the thing given and says whose money paid for it: "The ambulances, bought with
    Korean funds, were handed over to Chad", "40 tractors purchased with Japan's grant aid were delivered to Laos";
    the one whose money it was gives, the one named after "to" receives; "bought with the ministry's own budget"
    names no one else."""
    start = _clause_start(article, index, verb.start())
    if start is None:
        return None
    payer = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start < a.span.start < verb.start()
                  and _BOUGHT_WITH.search(article.masked, start, a.span.start)
                  and _FUNDS.match(article.masked, a.span.end)), None)
    to = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])
               and not _CLAUSE_END.search(article.masked[verb.end():a.span.start])), None)
    if payer is None or to is None:
        return None
    cut = _BOUGHT_WITH.search(article.masked, start, payer.span.start)
    giver, receiver = _party(cast, payer, index), (_owned_body(article, cast, index, to) or to).ref
    if not giver or giver == receiver or cut is None:
        return None
    return _Clause((giver,), (receiver,), status, start, f"{LIKELY}: {' '.join(verb.group().split())!r}: what is "
                   "given, by the one whose money bought it", cut.start())


_CONTINUED = re.compile(r"(?:training|programme|program|mission|support|aid|assistance|deliveries|scheme|initiative|"
                        r"coalition|fund)\b", re.IGNORECASE)


_TO_KEEP_GIVING = re.compile(r"\s+to\s+(?:(?P<support>support)|" + _GIVE + r")\s+")


def _continues_giving(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"Norway would continue to fund school meals", "the bank will continue to support health clinics", "Japan
    will continue to support Chad with water pumps": a giving kept on, pledged by the subject named right before
    the verb; "will continue to support Chad" alone names no thing given."""
    lead = _TO_KEEP_GIVING.match(article.masked, verb.end())
    subject = cast.subject_before(verb.start(), index)
    if lead is None or subject is None or subject.kind != "organisation":
        return None
    giver = _party(cast, subject, index)
    position = lead.end()
    first = next((a for a in cast.in_sentence(index) if a.span.start >= position), None)
    receivers: tuple[str, ...] = ()
    if first is not None and first.kind == "organisation" and \
            re.fullmatch(r"(?:the\s+)?", article.masked[position:first.span.start]):
        receivers, position = (first.ref,), first.span.end
        with_ = re.match(r"\s+with\s+", article.masked[position:])
        if with_ is None and lead.group("support"):
            return None
        position += with_.end() if with_ else 0
    if not giver or giver in receivers:
        return None
    return _Clause((giver,), receivers, "pledged", position, f"{LIKELY}: {' '.join(verb.group().split())!r}: a giving "
                   "kept on by the subject")


def _continued(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"confirmed that the training programme will continue into 2026", "The EU's military training mission
    for Ukrainian soldiers will be extended": a programme of aid kept on, pledged by the one who reports it
    or whose possessive names it."""
    sentence = article.sentences[index]
    if (giving := _continues_giving(article, cast, index, verb)) is not None:
        return giving
    that = list(re.finditer(r"\bthat\s+", article.masked[sentence.start:verb.start()]))
    start = sentence.start + that[-1].end() if that else _clause_start(article, index, verb.start())
    if start is None or len(article.masked[start:verb.start()].split()) > 10 or \
            not _CONTINUED.search(article.masked[start:verb.start()]):
        return None
    owner = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                  and re.match(r"[’']s\s", article.masked[a.span.end:])), None)
    giver = _party(cast, owner, index) if owner is not None else _reporter(article, cast, index, start)
    if not giver:
        return None
    item_start = owner.span.end + 3 if owner is not None else start
    return _Clause((giver,), (), "pledged", item_start, f"{LIKELY}: {' '.join(verb.group().split())!r}: a programme of "
                   "aid kept on", verb.start())


def _reported_passive(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> _Clause | None:
    """"Belgium confirmed that the first of its F-16s would be handed over before the end of the year": a
    passive with no agent gives from the one who reports it, when the clause opens right after "that"."""
    sentence = article.sentences[index]
    that = list(re.finditer(r"\bthat\s+", article.masked[sentence.start:verb.start()]))
    if not that:
        return None
    start = sentence.start + that[-1].end()
    giver = _reporter(article, cast, index, start)
    if not giver or len(article.masked[start:verb.start()].split()) > 12:
        return None
    to = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])
               and not _CLAUSE_END.search(article.masked[verb.end():a.span.start])), None)
    if to is not None and to.ref == giver:
        return None
    return _Clause((giver,), (to.ref,) if to is not None else (), status, start,
                   f"{LIKELY}: {' '.join(verb.group().split())!r}: given, as the one who said so reports", verb.start())


_SAID_HANDED = re.compile(r"(?:[’']s\s+(?:office|ministry|embassy|spokes(?:man|woman|person)|government)\b)?"
                          r"(?:\s*,[^,;.]{1,60},)?\s+(?:also\s+|later\s+)?(?:said|says|reported|reports|confirmed|"
                          r"confirms|announced|announces|added|adds|stated|noted)(?:\s+that)?\s+$")
"""'UNICEF says', 'Japan, meanwhile, reported that', "the minister's office said": one who reports a handover."""
_HANDED_TO = re.compile(r"\s+(?:over\s+)?(?:to|into\s+the\s+hands\s+of)\s+(?:the\s+)?$")


def _said_handed_over(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> _Clause | None:
    """"Japan said 40 generators it had paid for were handed over to the Red Crescent", "UNICEF says
    300,000 doses have been delivered to Jordan": a passive with no agent, whose subject is the thing
    handed over, gives from the one who reports it, with or without "that", to the one named after "to".
    Without a receiver named after "to" the clause is too loose to say who received anything."""
    sentence = article.sentences[index]
    verbs = list(re.finditer(r"\b(?:said|says|reported|reports|confirmed|confirms|announced|announces|added|adds|"
                             r"stated|noted)(?:\s+that)?\s+", article.masked[sentence.start:verb.start()]))
    if not verbs or not _PASSIVE_END.search(verb.group()):
        return None
    start = sentence.start + verbs[-1].end()
    subject = article.masked[start:verb.start()]
    if not 1 <= len(subject.split()) <= 12 or re.search(r"[;:—–]", subject) or not AID.search(subject):
        return None
    reporter = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= start
                     and _SAID_HANDED.fullmatch(article.masked[a.span.end:start])), None)
    giver = _party(cast, reporter, index) if reporter is not None else ""
    tail = article.masked[verb.end():sentence.end]
    to = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
               and _HANDED_TO.fullmatch(article.masked[verb.end():a.span.start])), None)
    if to is not None and article.masked[to.span.start:to.span.end] in _ADJECTIVES:
        # "handed over to the Lebanese army": a force the adjective qualifies, not its country; the force as the
        # article names it in full, if it does
        to = _force_named_by_adjective(article, cast, to)
    if not giver or to is None or not re.match(r"\s+(?:over\s+)?(?:to|into)\b", tail):
        return None
    owned = _owned_body(article, cast, index, to)
    receiver = (owned or to).ref
    if giver in (to.ref, receiver, _state_of(cast, owned or to)):
        return None
    return _Clause((giver,), (receiver,), status, start, f"{LIKELY}: {' '.join(verb.group().split())!r}: handed over, "
                   "as the one who said so reports", verb.start())


_REPORTER_OPENS = re.compile(r"(?:[’']s)?(?:\s+(?!(?:by|from)\b)[^,;:—–]{0,60}?)?,\s+(?:the\s+)?$")
"""What may stand between the receiver and the one who reports the handover at the sentence's end: a body of the
receiver's own ("to Ukraine's health ministry"), a place or a time, then a comma ("to the Red Crescent in Port Sudan
on Monday, Qatar said"); never a giver after "by"."""
_SAYS = re.compile(r"(?:(?:[’']s)?\s+(?:[a-z]+\s+)?(?:office|ministry|embassy|government))?\s+(?:(?:has|had)\s+)?"
                   r"(?:said|says|reported|reports|confirmed|confirms|announced|announces|stated)\s*[.,]")


_CARRIED_BY_IT = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+)?(?:carried|brought|shipped|"
                            r"transported|flew\s+in)\s*$")
"""'the 12,000 food parcels it carried have been handed over': the ship or convoy that brought the things, told in
a clause on them, is no part of them."""


def _handed_over_said_after(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> _Clause | None:
    """"The 12,000 food parcels it carried have been handed over to Antigua and Barbuda's National Office of Disaster
    Services, Mexico said", "40 generators were delivered to Moldova on Monday, Romania's embassy said": a passive
    with no agent whose thing, told in a short subject, goes to the one named after "to", told by the one who
    reports it at the sentence's end, as `_said_handed_over` reads it told first."""
    start = _clause_start(article, index, verb.start())
    if start is None or not _PASSIVE_END.search(verb.group()):
        return None
    subject = article.masked[start:verb.start()]
    if not 1 <= len(subject.split()) <= 12 or re.search(r"[;:—–]", subject) or not AID.search(subject):
        return None
    actors = cast.in_sentence(index)
    to = next((a for a in actors if a.kind == "organisation" and a.span.start >= verb.end()
               and _HANDED_TO.fullmatch(article.masked[verb.end():a.span.start])), None)
    if to is None or article.masked[to.span.start:to.span.end] in _ADJECTIVES:
        return None
    receiver = _owned_body(article, cast, index, to) or to
    reporter = next((a for a in actors if a.kind == "organisation" and a.span.start > receiver.span.end
                     and _REPORTER_OPENS.fullmatch(article.masked[receiver.span.end:a.span.start])
                     and _SAYS.match(article.masked, a.span.end)), None)
    if reporter is not None and article.masked[reporter.span.start:reporter.span.end] in _ADJECTIVES and \
            not _STATE_NOUN.match(article.masked, reporter.span.end):
        return None  # "the Norwegian government said" names Norway; "the Norwegian embassy said" is left alone
    giver = _party(cast, reporter, index) if reporter is not None else ""
    if not giver or giver in (to.ref, receiver.ref, _state_of(cast, receiver)):
        return None
    carried = _CARRIED_BY_IT.search(article.masked, start, verb.start())
    return _Clause((giver,), (receiver.ref,), status, start, f"{LIKELY}: {' '.join(verb.group().split())!r}: handed "
                   "over, as the one who said so after reports", carried.start() if carried else verb.start())


_FORCE_WORDS = {"army": ("army", "armed forces"), "military": ("armed forces", "army", "military"),
                "navy": ("navy",), "police": ("police",), "armed forces": ("armed forces",), "coast guard": ("coast guard",),
                "air force": ("air force",)}
_FORCE_AFTER = re.compile(r"\s+(?P<force>army|military|navy|police|armed\s+forces|coast\s+guard|air\s+force)\b")


def _force_named_by_adjective(article: Article, cast: Cast, adjective: Actor) -> Actor | None:
    """"the Lebanese army" in a text that has named the Lebanese Armed Forces: the one body whose name has the
    adjective and a word for that force ("army" for "Armed Forces" as well); None where the text names none or
    several."""
    force = _FORCE_AFTER.match(article.masked, adjective.span.end)
    if force is None:
        return None
    word = fold(article.masked[adjective.span.start:adjective.span.end])
    names = _FORCE_WORDS[" ".join(force.group("force").lower().split())]
    bodies = {i for i, o in cast.organisations.items() if o.type != "country" and word in fold(o.name).split()
              and any(re.search(r"\b" + n + r"\b", fold(o.name)) for n in names)}
    if len(bodies) != 1:
        return None
    ident = bodies.pop()
    return Actor("organisation", adjective.span, ident)


def _force_for(article: Article, cast: Cast, index: int, start: int, end: int) -> Actor | None:
    """"the first shipment of Qatari fuel for the Lebanese army arrived": the force a delivery is for, named by its
    country's adjective, as the article names it in full."""
    return next((force for a in cast.in_sentence(index) if start <= a.span.start < end and a.kind == "organisation"
                 and article.masked[a.span.start:a.span.end] in _ADJECTIVES
                 and re.search(r"\bfor\s+(?:the\s+)?$", article.masked[max(0, a.span.start - 8):a.span.start])
                 and (force := _force_named_by_adjective(article, cast, a)) is not None), None)


def _force_handed_to(article: Article, cast: Cast, index: int, start: int, end: int) -> Actor | None:
    """"the delivery of 30 trucks to the Lebanese army by the US": the force a gift named by a noun went to,
    named by its country's adjective right after "to", as the article names it in full."""
    first = next((a for a in cast.in_sentence(index) if start <= a.span.start < end and a.kind == "organisation"), None)
    if first is None or article.masked[first.span.start:first.span.end] not in _ADJECTIVES or \
            not re.search(r"\sto\s+(?:the\s+)?$", article.masked[max(start, first.span.start - 8):first.span.start]):
        return None
    return _force_named_by_adjective(article, cast, first)


_SIGNED_ON = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:on|for|concerning|covering)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday|the\s+sidelines|\d{1,2}\s+[A-Z][a-z]+\b))")


def _signed_by(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"welcomed the agreement signed on 13 October by the EIB and Ukraine on a €300 million loan for the
    rail crossings": the two named after "by" signed it; a lender, or a state signing with a body, gives, and
    the item is what the document is on."""
    first = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if first is None or first.kind != "organisation" or article.masked[verb.end():first.span.start].strip() not in ("", "the"):
        return None
    joined = _and_after(article, cast, index, first)
    parties = tuple(dict.fromkeys([first.ref, *(a.ref for a in joined)]))
    last = joined[-1] if joined else first
    on = _SIGNED_ON.match(article.masked, last.span.end)
    sides = _lends_or_is_lent(cast, parties, verb.group()) if len(parties) == 2 else None
    if on is None or sides is None:
        return None
    main_verb = _MAIN_VERB.search(article.masked, on.end(), article.sentences[index].end)
    return _Clause(sides[0], sides[1], "signed", on.end(), f"{LIKELY}: a document signed by two parties, what it is on",
                   main_verb.start() if main_verb else -1)


_DOCUMENT_BEFORE = re.compile(r"\b(?:agreement|deal|memorandum|understanding|arrangement|accord|protocol|contract|"
                              r"notes|treaty)\b[^.;:]{0,80}$|^(?:agreement|deal)\b", re.IGNORECASE)
_BUILDER = re.compile(r"\s+(?:will|would|is\s+to|are\s+to)\s+" + _ADVERBS + _BUILT + r"\s+")


def _built_under_document(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"signed an agreement under which Romania will rebuild 14 kindergartens in Moldova's border districts":
    the side the document commits builds, for the place it names or else the one other state of the sentence."""
    sentence = article.sentences[index]
    if not _DOCUMENT_BEFORE.search(article.masked[max(sentence.start, verb.start() - 100):verb.end()]):
        return None
    giver = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if giver is None or giver.kind != "organisation" or article.masked[verb.end():giver.span.start].strip() not in ("", "the") \
            or article.masked[giver.span.start:giver.span.end] in _ADJECTIVES:
        return None
    builds = _BUILDER.match(article.masked, giver.span.end, sentence.end)
    if builds is None:
        return None
    party = _party(cast, giver, index)
    placed = tuple(r for r in _receiver_after(article, cast, index, builds.end(), "in|for|to") if r != party)
    signers = (a.ref if a.kind == "organisation" else cast.people[a.ref].organisation if a.kind == "person" else ""
               for a in cast.in_sentence(index) if a.span.end <= verb.start())
    others = tuple(dict.fromkeys(ref for ref in signers if ref and ref != party and ref in cast.organisations
                                 and cast.organisations[ref].type == "country"))
    receivers = placed or (others if len(others) == 1 else ())
    status = "signed" if re.search(r"\b(?:signed|inked)\b", article.masked[sentence.start:verb.start()]) else "agreed"
    if not party or not receivers:
        return None
    return _Clause((party,), receivers, status, builds.end(), f"{LIKELY}: what a document commits "
                   f"{cast.organisations[party].name} to build")


_WITH_AFTER_COUNT = re.compile(r"(?:[^,;:]|,(?=\d)){0,60}?\swith\s+")


def _reached_with(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"The WFP has reached more than 85,000 people with emergency food assistance in Chad": an agency
    counts what it delivered by the people it reached; the item follows "with", the receiver "in"."""
    subject = cast.subject_before(_before_just(article, verb.start()), index, set_off=True)
    giver = _party(cast, subject, index) if subject is not None else ""
    with_ = _WITH_AFTER_COUNT.match(article.masked, verb.end())
    if not giver or with_ is None:
        return None
    receivers = tuple(r for r in _receiver_after(article, cast, index, verb.end(), "in|across|to|for") if r != giver)
    if receivers and _list_goes_on(article, cast, index, receivers[-1]):
        return None
    return _Clause((giver,), receivers, "delivered", with_.end(), f"{LIKELY}: {' '.join(verb.group().split())!r} "
                   "people with aid: what it gave them")


def _list_goes_on(article: Article, cast: Cast, index: int, last: str) -> bool:
    """Whether a list of receivers goes on with a name the cast does not know ("in Cambodia and the Lao
    People's Democratic Republic"): the receivers read would then be only some of them."""
    mention = next((a for a in reversed(cast.in_sentence(index)) if a.ref == last), None)
    return mention is not None and bool(re.match(r",?\s+and\s+(?:the\s+)?[A-Z]", article.masked[mention.span.end:]))


_THANKS_CLAUSE = re.compile(r"(?:\s*\([^()]{1,15}\))?,\s+(?P<who>[^,;:]{1,60}?)\s+(?:now\s+|already\s+|finally\s+)*"
                            r"(?:(?:has|have|had)(?:\s+(?:received|got|obtained))?|received|receives|got|gets|obtained)\s+")


def _thanks_to(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"Thanks to Lithuania, Ukrainian units now have 300 more jammers": a sentence that credits a giver
    before saying what the receiver now has; the receiver is the one the clause after the comma names."""
    sentence = article.sentences[index]
    first = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if first is None or first.kind != "organisation" or article.masked[verb.end():first.span.start].strip() not in ("", "the"):
        return None
    clause = _THANKS_CLAUSE.match(article.masked, first.span.end, sentence.end)
    if clause is None:
        return None
    owner = next((a for a in cast.in_sentence(index) if a.kind == "organisation"
                  and clause.start("who") <= a.span.start < clause.end("who")), None)
    giver, receiver = _party(cast, first, index), _party(cast, owner, index) if owner is not None else ""
    if not giver or not receiver or giver == receiver:
        return None
    return _Clause((giver,), (receiver,), "delivered", clause.end(), f"{LIKELY}: 'thanks to' a giver, what the "
                   "receiver now has")


_NEW_CLAUSE = re.compile(r"\s+(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should|does|did|also|"
                         r"said|says|plans?|[a-z]+ed|gave|gives|sent|sends|lent|lends|made|makes|put|puts|brought|brings|"
                         r"sold|sells|paid|pays|took|takes|offers|pledges|promises|provides|donates|delivers|supplies|"
                         r"funds|finances|announces|adds)\b")
"""'... from Norway, and Denmark will send more', '... to Chad, and Japan gave 20 tents': the name after "and"
opens a clause of its own."""


def _and_after(article: Article, cast: Cast, index: int, first: Actor) -> list[Actor]:
    """The countries and organisations joined to `first` by "and" after it: "from Norway and Denmark"."""
    joined: list[Actor] = []
    last = first
    ends = 0
    for actor in (a for a in cast.in_sentence(index) if a.span.start >= first.span.end):
        gap = re.fullmatch(r"\s*(?:,|,?\s*(?P<and>and))\s*(?:the\s+)?", article.masked[last.span.end:actor.span.start])
        if actor.kind != "organisation" or not gap or _NEW_CLAUSE.match(article.masked[actor.span.end:]) \
                or article.masked[actor.span.start:actor.span.end] in _ADJECTIVES:
            break
        joined.append(actor)
        last = actor
        if gap.group("and"):
            ends = len(joined)  # a list is joined only up to its "and": "from Norway, Ukrainian officials said"
            break
    return joined[:ends]


_CARGO_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:consignment|shipment|convoy|delivery|donation|batch|team|cargo|airlift)s?\b")
"""'a WFP consignment of 12,000 food kits arrived': the one a cargo is named by sends it."""
_CARRYING = re.compile(r"\b(?:carrying|loaded\s+with|bringing|with\s+a\s+cargo\s+of)\s+")
_VEHICLE = re.compile(r"\b(?:planes?|aircraft|airlifts?|flights?|ships?|vessels?|convoys?|trucks?|lorr(?:y|ies)|trains?|"
                      r"cargo|barges?|(?<=air\sforce\s)transports?|(?<=military\s)transports?|boats?|helicopters?|"
                      r"Hercules|(?:C|KC|Il|An|A)-?\d{2,3}[A-Z]?J?)\b")
"""'a cargo plane from the UAE touched down carrying tents', 'A Japanese C-130 carrying food landed': the vehicle
arrives, its cargo is the gift."""

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
    if carrying is None or not _VEHICLE.search(article.masked[start:verb.start()]):
        return None
    said = re.search(r",\s+(?:[\w-]+\s+){0,4}(?:said|say|says|reported|confirmed)\b", article.masked[carrying.end():sentence.end])
    return carrying.end(), carrying.end() + said.start() if said else sentence.end


def _cargo_in_subject(article: Article, start: int, verb: re.Match[str]) -> tuple[int, int] | None:
    """Where the cargo is named inside the subject of an arrival: "A Turkish cargo plane carrying 300 tents has
    landed", "An Omani ship loaded with 2,000 tonnes of flour docked": what the vehicle carried, up to the verb;
    None when the subject is no vehicle named before "carrying"."""
    carrying = _CARRYING.search(article.masked, start, verb.start())
    if carrying is None or not _VEHICLE.search(article.masked[start:carrying.start()]) or \
            re.search(r"[;:—–()]|,\s+(?:which|who|that|the|its|their|his|her|after|as|while|when|with)\b",
                      article.masked[carrying.end():verb.start()]):
        return None
    return carrying.end(), verb.start()


_WILL_CARRY = re.compile(r"(?:,\s+and\s+|;\s+)(?:[^,;:]{0,60}?\bthat\s+)?(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]wo|[Tt]hree|"
                         r"[Ff]our|[Ff]ive|[Ss]everal|\d+)\s+(?:[\w-]+\s+){0,4}?" + _VEHICLE.pattern +
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
    clause = _Clause(recent[-1].givers, recent[-1].receivers, "pledged" if told.group("future") else "delivered",
                     told.end(), f"{LIKELY}: what one more vehicle of the gift just told brings")
    return [_commitment(article, cast, index, clause, item, meetings)
            for item in items(article.masked[told.end():sentence.end], False)]


_ON_BOARD = re.compile(r"(?:(?:On\s+board|Aboard)(?:\s*:|\s+(?:were|was|are|is))|(?:Its|The)\s+cargo\s*:)\s+")
"""'On board: 400 tents and 90 generators', 'Aboard were ...', 'Its cargo: ...': what a vehicle carried, listed in a
sentence of its own. Not "The cargo included ...", whose receivers the vehicles' sentence may name ("flights carried
cargo for partners, among them Unicef"), which this reading cannot tell."""
_OWNER_VEHICLE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+" + _VEHICLE.pattern)
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
    owners = {_force_state(cast, a) or _state_of(cast, a) or a.ref for a in cast.in_sentence(index - 1)
              if a.kind == "organisation" and _OWNER_VEHICLE.match(article.masked, a.span.end, before.end)}
    if len(owners) != 1:
        return []
    owner = owners.pop()
    clause = _Clause((owner,), tuple(r for r in _handed_to_next(article, cast, index) if r != owner), "delivered",
                     told.end(), f"{LIKELY}: what the vehicle just reported had on board")
    return [_commitment(article, cast, index, clause, item, meetings)
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


def _cargo_to_come(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
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
    clause = _Clause(here[0].givers, here[0].receivers, "pledged", carry.end(),
                     f"{LIKELY}: what the vehicles of a gift just told are to carry")
    return [_commitment(article, cast, index, clause, item, meetings)
            for item in items(article.masked[carry.end():sentence.end], False) if fold(item[0].name) not in told]


_VEHICLE_SUBJECT = re.compile(r"(?:^|,\s+|\bthat\s+)(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+|[Oo]ne\s+of\s+"
                              r"(?P<its>its|their))\s+(?P<words>(?:[\w-]+\s+){0,5}?)" + _VEHICLE.pattern +
                              r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:(?:has|had|have)\s+)?$")
_SAID_THAT = re.compile(r"\b(?:said|says|announced|confirmed|reported|added)\b[^,;:]*\bthat\s+$")


def _vehicle_owner(article: Article, cast: Cast, index: int, position: int) -> str:
    """"A Turkish navy ship delivered 300 tonnes of flour", "Spain said that one of its military planes had
    delivered 200 tents": the state whose vehicle brings the gift, by its adjective or as the one who said so."""
    rest = re.split(r"[;:—–]", article.masked[position:article.sentences[index].end])[0]
    if not re.search(r"\s(?:to|into)\s+(?:the\s+)?[A-Z]", rest):
        return ""  # where the vehicle went, the clause must say: "delivered 20 tents on Monday; the tents ..."
    owner = _vehicle_named(article, cast, index, position)
    return "" if owner == _main_receiver([], cast) else owner  # the side the aid goes to, carrying its own


def _vehicle_named(article: Article, cast: Cast, index: int, position: int) -> str:
    start = _own_start(article, index)
    text = article.masked[start:position]
    match = _VEHICLE_SUBJECT.search(text)
    if match is None:
        return ""
    if match.group("its"):
        speaker = cast.sentence_subject(index)
        said = _SAID_THAT.search(text, 0, match.start() + len("that "))
        return _party(cast, speaker, index) if speaker is not None and speaker.kind == "organisation" and said \
            and speaker.span.end <= start + said.start() else ""
    words = match.group("words").split()
    entry = next((e for e in ENTRIES if e.type == "country" and words and words[0] in e.adjectives), None)
    return next((i for i, o in cast.organisations.items() if entry is not None and o.name == entry.name), "")


_BOUND_FOR = re.compile(r"[^.;:]{0,80}?\bbound\s+for\s+(?:the\s+)?")
_CARRYING_AFTER = re.compile(r"[^.;:,]{0,40},\s+carrying\s+")


def _bound_for(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
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
    return _Clause((giver,), (to.ref,), "delivered", carrying.end(), f"{LIKELY}: a vehicle of the giver bound for "
                   "the one that receives, and what it carries", said.start() if said else -1)


_SAID_AFTER = re.compile(r",\s+(?:[^,;:]{1,60}?\s+)?(?:said|says|announced|reported|told\s+[\w-]+)\b[^,;:]*$")
"""'..., carrying 400 tents, the Turkish government said.': who said so, after the things carried."""


_NATION_VEHICLE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?" + _VEHICLE.pattern)
"""'A New Zealand navy vessel', 'A Qatar air force plane': a country's name set before a vehicle, as its adjective is."""


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
                return _state_of(cast, actor) or actor.ref
            person = cast.person_of(actor, index)[0]
            return cast.people[person].organisation if person and \
                cast.people[person].organisation in cast.organisations else ""
    return ""


_CARGO_GIVEN_BY = re.compile(r",\s+(?:(?:all|both)\s+)?(?:provided|donated|supplied|sent|paid\s+for|funded|financed|"
                             r"bought)\s+by\s+(?:the\s+)?$")


def _cargo_given_by(article: Article, cast: Cast, index: int, start: int, verb: re.Match[str]) -> _Clause | None:
    """"A convoy of 22 trucks arrived in Chisinau carrying 75 generators, provided by Romania from its
    reserves": a vehicle's cargo whose giver follows it, set off by a comma."""
    cargo = _cargo(article, index, start, verb)
    if cargo is None:
        return None
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and cargo[0] <= a.span.start < cargo[1]
                  and _CARGO_GIVEN_BY.search(article.masked[cargo[0]:a.span.start])), None)
    if agent is None or article.masked[agent.span.start:agent.span.end] in _ADJECTIVES:
        return None
    cut = _CARGO_GIVEN_BY.search(article.masked[cargo[0]:agent.span.start])
    giver = _party(cast, agent, index)
    where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and verb.end() <= a.span.start < cargo[0]
                  and _place_gap(verb, article.masked[verb.end():a.span.start])), None)
    if not giver or cut is None or re.search(r",(?!\d)", article.masked[cargo[0]:cargo[0] + cut.start()]):
        return None  # after a list ("tents for clinics, schools and shelters, paid for by"), of any of its things
    return _Clause((giver,), (where.ref,) if where is not None and where.ref != giver else (), "delivered", cargo[0],
                   f"{LIKELY}: {verb.group()!r}: a cargo, given by the one named after it", cargo[0] + cut.start())


_GIVEN_AFTER_ARRIVAL = re.compile(r"[^,;:—–()]{0,80}?,\s+(?:(?:all|both)\s+)?(?:delivered|donated|supplied|sent|provided|"
                                  r"shipped|flown\s+in|paid\s+for|funded|financed)\s+by\s+(?:the\s+)?$")


_LOT_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?:first|second|third|new|latest|further|another|last)\s+)?"
                     r"(?:consignment|shipment|batch|delivery|cargo|planeload|truckload)s?\s+of\s+")
"""'A consignment of 300 tents': what the lot holds is the thing given."""


def _given_after_arrival(article: Article, cast: Cast, index: int, start: int, verb: re.Match[str]) -> _Clause | None:
    """"A consignment of 300 tents arrived at the airport on Monday, delivered by UNICEF from its stockpile": what
    arrived, given by the one a participle set off after the place names; received where it arrived."""
    agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                  and (_GIVEN_AFTER_ARRIVAL.fullmatch(article.masked, verb.end(), a.span.start)
                       or _apposed_gift_to(article, cast, index, verb.end(), a) is not None)), None)
    giver = _party(cast, agent, index) if agent is not None and \
        article.masked[agent.span.start:agent.span.end] not in _ADJECTIVES else ""
    if not giver or agent is None:
        return None
    where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and verb.end() <= a.span.start < agent.span.start
                  and _place_gap(verb, article.masked[verb.end():a.span.start])), None)
    # "arrived in Hanoi on Monday, a gift from Japan to Vietnam": the one the gift went to, where it says so
    apposed = tuple(r for r in _apposed_gift_to(article, cast, index, verb.end(), agent) or () if r != giver)
    lot = _LOT_OF.match(article.masked, start, verb.start())
    return _Clause((giver,), apposed or ((where.ref,) if where is not None and where.ref != giver else ()), "delivered",
                   lot.end() if lot else start, f"{LIKELY}: {verb.group()!r}: what arrived, given by the one named after "
                   "it", verb.start())


_PLACE_AFTER = re.compile(r"\s+(?:(?:in|to|at)\s+)?(?:the\s+)?")


def _place_gap(verb: re.Match[str], gap: str) -> bool:
    """Whether the words between a verb of arrival and a name make the name its place: "arrived in Ukraine",
    "reached Ukraine" (the place its object, with no preposition)."""
    return bool(_PLACE_AFTER.fullmatch(gap)) and (bool(re.match(r"\s+(?:in|to|at)\s", gap))
                                                  or verb.group().endswith("reached"))


def _helpers_brought(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"It was the first of several flights, and carried 87 Qatari search-and-rescue personnel", "The ship also brought
    40 Turkish doctors": the nation named after the count sends the helpers, to the side the article's aid goes to."""
    national = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start > verb.end()
                     and article.masked[a.span.start:a.span.end] in _ADJECTIVES), None)
    if national is None or not re.fullmatch(r"\s+(?:some\s+|about\s+|another\s+)?\d[\d,]*\s+",
                                            article.masked[verb.end():national.span.start]):
        return None
    main = _main_receiver([], cast, (national.ref,))
    if not main or main == national.ref:
        return None
    return _Clause((national.ref,), (main,), "delivered", national.span.end,
                   f"{LIKELY}: {verb.group()!r}: helpers brought, sent by the nation named after their count")


_TO_ARRIVE = re.compile(r"(?:will|would|is|are|was|were)\s")


def _helpers_to_arrive(article: Article, index: int, verb: re.Match[str], clause: _Clause) -> _Clause | None:
    """"A brigade of 80 Chilean firefighters would land in Santa Cruz tonight", "Two Brazilian water bombers are due to
    arrive in Bolivia": helpers or goods yet to arrive are promised; a minister who will arrive is a visit."""
    start = _arrival_start(article, index, verb)
    subject = article.masked[start:verb.start()] if start is not None else ""
    if not (_HELPERS.search(subject) or _GOODS_LANDED.search(subject) or _CARRYING.search(subject)):
        return None
    return replace(clause, status="pledged", end=_before_auxiliary(article, clause.start, clause.end)
                   if clause.end >= 0 else clause.end)


def _arrival(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
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
    main = _main_receiver([], cast, clause.givers)
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
                article.masked[actor.span.start:actor.span.end] not in _ADJECTIVES:
            continue
        paid = _PAID_WITH.search(article.masked[start:actor.span.start])
        if paid and _FUNDS.match(article.masked, actor.span.end):
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


_LISTED_CARGO = re.compile(r"(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+(?:[\w-]+\s+){0,4}?" + _VEHICLE.pattern +
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
    start = _clause_start(article, index, verb.start())
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
                           _VEHICLE.pattern + r"|\b(?:warships?|frigates?|destroyers?|corvettes?|submarines?|cruisers?|"
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


_VEHICLE_OF = re.compile(_VEHICLE.pattern + r"\s+of\s+(?:the\s+)?$")
_FORCE = re.compile(r"\s+(?:Air\s+Force|Navy|Army|Armed\s+Forces|Coast\s+Guard|Marines|Defen[cs]e\s+Forces?|"
                    r"Air\s+Self-Defen[cs]e\s+Force|Maritime\s+Self-Defen[cs]e\s+Force)$")


_FORCE_VEHICLE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _VEHICLE.pattern)
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
        return replace(actor, ref=state) if state and state != _main_receiver([], cast) else None
    return None


def _crew_helps(lead: str, subject: str) -> bool:
    """Whether a group the subject opens with ("A team of 40 ...") is of people sent to help."""
    return not re.search(_CREW_OF, lead) or bool(_HELPERS.search(subject))


def _arrival_clause(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
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
                  and (_agent(article, a, start) or _FUNDED.match(article.masked, a.span.end))), None) \
        or _vehicle_of_force(article, cast, index, start, verb)
    national = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                     and (article.masked[a.span.start:a.span.end] in _ADJECTIVES or _CARGO_OF.match(article.masked, a.span.end)
                          or _COUNTED_OWN.match(article.masked, a.span.end)
                          or (cast.organisations[a.ref].type == "country" and inside is not None
                              and _NATION_VEHICLE.match(article.masked, a.span.end)))
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
        return _Clause((funder[0],), (where.ref,) if where is not None else (), "delivered", start,
                       f"{LIKELY}: {verb.group()!r}: a delivery paid for by the state its subject names", funder[1])
    if agent is None and national is None:
        # "30,000 doses of vaccine arrived in Nuku'alofa from Australia": the giver after the place
        agent = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start > verb.end()
                      and re.fullmatch(r"(?:\s+(?:in|at)\s+[^,;.]{1,40}?)?(?:\s+on\s+\w+)?\s+from\s+(?:the\s+)?",
                                       article.masked[verb.end():a.span.start])
                      and article.masked[a.span.start:a.span.end] not in _ADJECTIVES), None)
        if agent is not None:
            return _Clause((agent.ref,), (), "delivered", start, f"{LIKELY}: {verb.group()!r}: a delivery from the one "
                           "named after it", verb.start())
        given = _cargo_given_by(article, cast, index, start, verb) or _given_after_arrival(article, cast, index, start,
                                                                                            verb)
        if given is not None:
            return given
    if agent is None and national is not None:
        # "A Japanese emergency medical team arrived in Tacloban": the nation the subject opens with sends it
        where = _force_for(article, cast, index, national.span.end, verb.start()) or next(
            (a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
             and _place_gap(verb, article.masked[verb.end():a.span.start])), None)
        cargo = _cargo(article, index, start, verb) or inside
        own = _COUNTED_OWN.match(article.masked, national.span.end)
        sent = _SENT_APPOSED.search(article.masked, national.span.end, verb.start())
        return _Clause((national.ref,), (where.ref,) if where is not None and where.ref != national.ref else (),
                       "delivered", cargo[0] if cargo else own.start("owned") if own else national.span.end,
                       f"{LIKELY}: {verb.group()!r}: a delivery from the nation the subject names",
                       cargo[1] if cargo else sent.start() if sent else _before_auxiliary(article, start, verb.start()))
    if agent is None:
        # "X confirmed that the first batch of ... arrived in Ukraine": from the one who confirmed it
        reporter = _reporter(article, cast, index, start) or _according_to(article, cast, index, verb.end())
        where = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
                      and _place_gap(verb, article.masked[verb.end():a.span.start])), None) \
            or next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                     and _SENT_TO.search(article.masked[start:a.span.start])), None)  # "a package it had sent to Tonga arrived"
        carried = _CARRYING.search(article.masked, start, verb.start())
        if reporter and where is None and carried and _VEHICLE.search(article.masked[start:carried.start()]):
            # "UNICEF says a barge carrying 2,500 jerrycans has reached Angoram": the cargo, from the one who says so
            return _Clause((reporter,), (), "delivered", carried.end(),
                           f"{LIKELY}: {verb.group()!r}: a cargo delivered, as the one who said so reports", verb.start())
        if not reporter or where is None or where.ref == reporter:
            return None
        sent = _SENT_TO.search(article.masked[start:where.span.start]) if where.span.start < verb.start() else None
        return _Clause((reporter,), (where.ref,), "delivered", start,
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
        return _Clause((agent.ref,), (where.ref,) if where is not None and where.ref != agent.ref else (), "delivered",
                       cargo[0], f"{LIKELY}: {verb.group()!r}: what a plane or ship sent by its giver carried", cargo[1])
    funded = _FUNDED.match(article.masked, agent.span.end)
    if funded:
        # "a Gavi-funded shipment of 1.2 million doses for Nigeria arrived": the words after the participle
        for_whom = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and funded.end() <= a.span.start
                         < verb.start() and re.search(r"\bfor\s+(?:the\s+)?$", article.masked[funded.end():a.span.start])),
                        None)
        receiver = for_whom or where
        return _Clause((agent.ref,), (receiver.ref,) if receiver is not None and receiver.ref != agent.ref else (),
                       "delivered", funded.end(), f"{LIKELY}: {verb.group()!r}: a delivery its giver paid for",
                       verb.start())
    end = start + cut.start() if cut else agent.span.start
    if inside is not None and inside[0] >= agent.span.end:
        # "A plane chartered by Japan and carrying 40 tonnes of food landed": what the vehicle carried
        return _Clause((agent.ref,), (where.ref,) if where is not None and where.ref != agent.ref else (), "delivered",
                       inside[0], f"{LIKELY}: {verb.group()!r}: what a vehicle its giver sent carried", inside[1])
    carried = _CARRYING.search(article.masked, start, agent.span.start)
    if carried and _VEHICLE.search(article.masked[start:carried.start()]):
        start = carried.end()  # "a ship carrying 3,500 tonnes of flour sent by Turkey docked": its cargo
    joined = [agent]
    for actor in (a for a in cast.in_sentence(index) if agent.span.end <= a.span.start < verb.start()):
        if actor.kind != "organisation" or not re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?",
                                                            article.masked[joined[-1].span.end:actor.span.start]):
            break
        joined.append(actor)  # "bought by Sweden and Denmark have arrived": every one the subject names
    givers = tuple(dict.fromkeys(a.ref for a in joined))
    return _Clause(givers, (where.ref,) if where is not None and where.ref not in givers else (), "delivered",
                   start, f"{LIKELY}: {verb.group()!r}: a delivery from the one the subject names",
                   end)


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
_SAID_IT = r"(?:\s+(?:said|says|added|announced|confirmed)\s+(?:that\s+)?(?:it|they))?"
"""'The ministry said it had asked China for rice': the one who said so asks."""
_UNNAMED_ASKER = re.compile(r"\b(?:[Tt]he\s+(?i:government|ministry|authorities)|[Oo]fficials|(?:his|her|their|its)\s+country)"
                            + _SAID_IT + r"\s+(?:(?:has|had|have|also|formally|now|already)\s+)*$")
""""the Government has asked partners for": a request by the side the article's aid goes to, as the
text leaves it unsaid which country that is."""
_GENERAL_HELP = re.compile(r"(?:(?:more|further|additional|urgent|immediate|international|foreign|outside|financial|"
                           r"humanitarian|emergency)\s+)*(?:help|support|assistance|aid)", re.IGNORECASE)
_WHEN_ASKED = re.compile(r"\s+(?:on|at|in|during|this|last)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?=\s+(?:for|to)\b)")
_OPEN_LEAD = re.compile(r"\s*(?:for|to\s+(?:\w+\s+)?(?:" + _GIVE + "|" + _GIVING + r")|to\s+(?:(?:urgently|quickly|also|"
                        r"seriously|swiftly)\s+)?(?:consider|prioriti[sz]e|expedite|speed\s+up|accelerate)(?:\s+(?:" +
                        _GIVING + r"|the\s+(?:delivery|deliveries|transfer|supply|release|provision)\s+of))?)\s+")
"""How a request made of no one named goes on to what it asks for: "appealed to donors for", "urged allies to send",
"asked partners to prioritise interceptor missiles", "urged donors to consider sending radars", "to speed up the
delivery of water pumps"."""


def _opener(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Actor | None:
    """Who makes a request the sentence tells in a phrase of its own ("Chad's envoy pressed for", "Chad
    used the session to appeal for", "opened by asking for"): the one the sentence starts with, when
    nothing but that phrase stands between it and the request."""
    first = cast.sentence_subject(index)
    if first is None or (first.kind == "pronoun" and not _party(cast, first, index)):
        # "Chad's envoy, Ali Saleh, spoke. He used his speech to appeal for tents": a "he" or "she" opens the
        # sentence as a name would, where the text makes plain whom it stands for; not where two could be meant
        return None
    between = article.masked[first.span.end:verb.start()]
    # "Ruiz, who led the Chilean delegation, used the session to appeal for", "Chad, which hosts a million refugees,
    # used the meeting to appeal for": the relative clause is on the subject
    between = re.sub(r"^,\s*" + _RELATIVE_ASIDE, "", between)
    return first if re.fullmatch(r"(?:[’']s(?:\s+[\w-]+){1,5}(?:,\s+(?:[^,;:.]{3,40},|" + _RELATIVE_ASIDE + r"))?)?"
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


def _open_request(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
                  asker: str, status: str) -> _Clause | None:
    """"Pakistan appealed to friendly countries for winter tents", "Lithuania appealed to allies for
    interceptors", "Haiti's prime minister appealed for helicopters": a request made of no one the text
    names. With no addressee at all, a request made at a meeting the sentence tells is left to the rule
    that makes it of the other side of that meeting."""
    said = " ".join(verb.group().split())
    if not _OPEN_VERB.fullmatch(said) or _request_from(article, cast, index, verb, asker) is not None:
        return None
    if re.search(r"(?:needs|requires)$", said) and (not asker or cast.organisations[asker].type == "country"):
        return None  # "Chad needs $40 million", a state's needs told, not its request; a body's needs are its appeal
    if said in ("wants", "wanted") and not _wants_more(article, cast, verb, asker):
        return None
    anyone = None if said.endswith("for") else _ANYONE.match(article.masked, verb.end())
    if anyone is None and _counterpart(meetings, index, asker, cast) and not _side_unknown(meetings, index, cast):
        return None
    position = anyone.end() if anyone else verb.end()
    when = _WHEN_ASKED.match(article.masked, position)
    position = when.end() if when and anyone else position  # "appealed to donors on Thursday for"
    lead = None if said.endswith("for") else _OPEN_LEAD.match(article.masked, position)
    to = _TO_EQUIP.match(article.masked, position) if lead is None and anyone is not None else None
    equipped = _equipped(article, cast, index, to.end(), to.group()) if to else None
    if equipped is not None and (AID.search(article.masked[equipped[1]:equipped[1] + 60]) or MONEY.match(
            _SUM_LEAD.sub("", article.masked[equipped[1]:article.sentences[index].end]))):
        # "appealed to donors to support Yemen with the cost of fuel": the one supported receives
        return _Clause((), (equipped[0],), status, equipped[1], f"{LIKELY}: {verb.group()!r}: a request the text "
                       "makes of no one it names, to equip a body")
    gap = _gap_to_fill(article, index, verb, position) if anyone is not None and lead is None else None
    if gap is not None:
        return _Clause((), (asker,) if asker else (), status, gap[0], f"{LIKELY}: {verb.group()!r}: a gap in money "
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
            paid or _of_aid(listed.group() if listed else head.group()) or _plan_paid(lead, head.group()) or
            MONEY.match(_SUM_LEAD.sub("", head.group().lstrip()))):
        return None  # "called for calm", "sought to shore up support": no thing of aid asked for
    if _GENERAL_HELP.fullmatch(head.group().strip()):
        return None  # "asked for international assistance": what the text goes on to ask for in particular
    purpose = _PURPOSE_OF_REQUEST.search(head.group())
    end = start + (purpose.start() if purpose else head.end())
    work = _HELP_IN_WORK.match(head.group())
    if work is not None:
        # "asked partners for help in extending piped water to the camps, where ...": the work, one thing
        return _Clause((), (asker,) if asker else (), status, start + work.end(), f"{LIKELY}: {verb.group()!r}: help with "
                       "a work, asked of no one the text names", end=end, whole=True) \
            if not any(a.kind == "organisation" and start <= a.span.start < end for a in cast.in_sentence(index)) else None
    more = _ONE_MORE.search(article.masked, start, end)
    if any(a.kind == "organisation" and start <= a.span.start < (more.start() if more else end)
           for a in cast.in_sentence(index)) or re.search(r"\bfrom\s+(?:the\s+)?[A-Z]", article.masked[start:end]):
        return None  # "sought Korea's assistance", "requested $60 million from the Bank": the one asked is named
    # "asked for fuel and equipment for the Lebanese Armed Forces": the body it is for receives; a fund or
    # plan it is paid into does not
    body = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and purpose is not None
                 and purpose.group().strip() == "for" and re.fullmatch(r"\sfor\s+(?:the\s+)?", article.masked[end:a.span.start])
                 and not _CHANNEL.search(cast.organisations[a.ref].name) and article.masked[a.span.start:a.span.end]
                 not in _ADJECTIVES), None)
    receivers = (body.ref,) if body else _helped(article, cast, index, end) or _own_force(article, cast, end, asker) or \
        _country_served(article, cast, index, verb, end, asker) or ((asker,) if asker else ())
    addressed = _addressed_before(article, cast, index, verb.start()) or \
        (_thanked_before(article, cast, index, asker) if anyone is None else "")
    return _Clause((addressed,) if addressed and addressed not in receivers else (), receivers, status, start,
                   f"{LIKELY}: {verb.group()!r}: a request the text makes of no one it names", end=end if purpose
                   else _told_by(article, index, start),
                   whole=bool(paid) or bool(_SHARED_COUNT.fullmatch(article.masked, start, end)))


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
                   and article.masked[a.span.start:a.span.end] not in _ADJECTIVES}
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


_TO_ACT = re.compile(r"\bto\s+(?:\w+\s+)?(?:" + _GIVE + "|" + _GIVING + r")\s*$")
"""The lead of a request that asks someone to act: 'urged the EU to send', 'called on the bank to quickly provide'."""


_DATIVE_THING = re.compile(r"\s+(?:(?:a|an|another|some|about|nearly|up\s+to|more\s+than|over)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d)|"
                           r"\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:loan|grant|credit|package|tranche|shipment)\b")
"""What follows the one a verb of giving gives to, when it is named first: a sum, a count, or a loan ("lend Nepal
$300m", "give Somalia 50,000 tonnes", "extend Malawi a new loan")."""


def _asked_to_give_whom(article: Article, cast: Cast, index: int, lead: str, start: int,
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
            article.masked[first.span.start:first.span.end] in _ADJECTIVES:
        return None
    thing = _DATIVE_THING.match(article.masked, first.span.end)
    return ((first.ref,), thing.start() + len(thing.group()) - len(thing.group().lstrip())) if thing else None


def _asked_for_another(article: Article, cast: Cast, index: int, lead: str, start: int, asked: tuple[str, ...],
                       askers: tuple[str, ...]) -> tuple[str, ...]:
    """"France and Germany urged the EU to send tents to Chad", "Norway called on the World Bank to provide
    emergency financing to Sudan": a request that asks someone to give to a third party names who receives, and
    those who ask only plead for it. Not a receiver that is one of those who ask ("Moldova urged the EU to send
    generators to Moldova's plants"), nor one of those asked."""
    if not askers or not _TO_ACT.search(lead):
        return ()
    named = _receiver_after(article, cast, index, start)
    if not named or set(named) & (set(askers) | set(asked)):
        return ()
    return named


def _told_by(article: Article, index: int, start: int) -> int:
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
        return actor.ref if after and article.masked[actor.span.start:actor.span.end] not in _ADJECTIVES else ""
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


_PLAN = re.compile(r"\s*(?:the|its|their|his|her|an?)\s+(?:[\w’'-]+\s+){0,4}?(?:plan|programme|program|project|appeal|"
                   r"scheme|strategy|response)\b")


def _plan_paid(lead: re.Match[str] | None, head: str) -> bool:
    """Whether a request made of no one named asks others to pay for a plan: 'urged Gulf states to help fund the
    national desalination plan', 'called on donors to finance its reconstruction programme'; the plan is what
    is asked for, though no word of aid names it. 'urged donors to review the plan' pays for nothing."""
    return lead is not None and bool(_PAY_FOR.search(lead.group())) and bool(_PLAN.match(head))


def _of_aid(words: str) -> bool:
    """Whether words asked for name a thing of aid: of the kinds any gift is made of, or goods donors give on any
    continent ("appealed for more chlorine tablets", "appealed for wheelchairs and crutches"), which a request
    names as often as a pledge does."""
    return bool(AID.search(words) or GOODS.search(words))


_DOING = r"(?!(?:during|including|following|regarding|concerning|according|pending|bring|thing|spring|string|" \
    r"morning|evening|nothing|something|anything|everything|king|ring|wing|ceiling)\b)[a-z]{2,}ing\s+(?:the\s+|an?\s+)?[a-z]"
"""A work named by its gerund right after the help asked for: 'help paying forest rangers', 'support rebuilding the
schools'; not 'help during the crisis' nor 'aid including tents'."""
_HELP_TO_PAY = re.compile(r"\s*" + _SUPPORT + r"\s+to\s+(?:help\s+)?(?:cover|pay(?:\s+for)?|meet)\s+(?=(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:costs?|fees|bills?|salaries|wages|rent|expenses|heating|fuel|shortfall|"
                          r"deficit|pensions|stipends|allowances)\b)")
"""'appealed for help to cover the salaries of 8,000 teachers', 'asked donors for support to pay the wages of health
workers': what the help pays for is what an editor records as asked for, one thing however many its words."""
_HELP_IN_WORK = re.compile(r"\s*" + _SUPPORT + r"\s+(?:(?:in|with)\s+(?=" + _WORK.pattern + ")|(?=" + _DOING + "))")
"""'for help in extending piped water', 'for assistance with rebuilding schools', 'for help paying forest rangers': the
work help is asked for, which is what an editor records; not 'help with the tents' nor 'help in the north'."""
_SHARED_COUNT = re.compile(r"\s*\d[\d,]*\s+[a-z][\w-]*\s+and\s+[a-z][\w-]*\s*")
"""'appealed for 150 excavators and bulldozers to clear the rubble': one count for two kinds of thing, which
together are one thing asked for."""


_SUM_LEAD = re.compile(r"^(?:(?:a|an)\s+(?:further|additional|extra|new)\s+|another\s+|(?:more\s+than|over|nearly|almost|"
                       r"about|around|up\s+to|at\s+least|some)\s+)")
"""'asked partners for a further $200 million', 'appealed for more than $50 million': a sum all the same."""
_TO_HELP = re.compile(r"\s+to\s+(?:help\s+(?:[^,;:.—–()]{0,40}?\s)?|(?:support|assist)\s+(?:the\s+)?)$")


def _helped(article: Article, cast: Cast, index: int, end: int) -> tuple[str, ...]:
    """"launched an appeal for $90 million to help flood survivors in Chad", "to help the Chadian Red Cross
    provide shelter", "an appeal for 2 million francs to support the Chadian Red Cross": an appeal made for
    others, who receive; the first party named after "to help" or "to support"."""
    if not re.match(r"\s+to\s+(?:help|support|assist)\s", article.masked[end:]):
        return ()
    named = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start > end
                  and _TO_HELP.fullmatch(article.masked[end:a.span.start])
                  and article.masked[a.span.start:a.span.end] not in _ADJECTIVES), None)
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
    words = {fold(form) for form in _country_forms(cast, asker)}
    names = _FORCE_WORDS[" ".join(force.group("force").lower().split())]
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
    joint = _WITH_PARTNERS.fullmatch(article.masked, start, verb.start()) or \
        re.search(r"\b(?:flash|joint|consolidated|inter-agency)\s+appeal\b", verb.group())
    if not asker or cast.organisations[asker].type == "country" or not joint:
        return ()
    purpose = _PURPOSE_TO.match(article.masked, end, article.sentences[index].end)
    if purpose is None or re.search(r"\b(?:its|their|our)\b", purpose.group("words")):
        return ()
    named = {a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and purpose.start("words") <= a.span.start
             and a.span.end <= purpose.end() and article.masked[a.span.start:a.span.end] not in _ADJECTIVES}
    country = next(iter(named), "")
    return (country,) if len(named) == 1 and country != asker and cast.organisations[country].type == "country" and \
        re.search(r"\b(?:in|across|for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                  article.masked[purpose.start("words"):next(a.span.start for a in cast.in_sentence(index)
                                                             if a.ref == country and a.span.start >= purpose.start("words"))]) \
        else ()


_FROM_IN_PURPOSE = re.compile(r"\sto\s+(?!(?:the|a|an|its|their|US|[A-Z]{0,3}[€$£¥]|\d)\b)[a-z]+\s|\b" + _REACHED_PEOPLE +
                              r"\s+from\s+(?:the\s+)?$")
"""'asked for tents to shelter families from Sudan', 'appealed for $30 million to feed refugees from Sudan': a "from"
inside the purpose, or after those the aid reaches, names where they come from, not whom the request is made of."""


def _request_from(article: Article, cast: Cast, index: int, verb: re.Match[str], asker: str) -> _Clause | None:
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
        _from_kind(article, cast, index, verb.end())
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
    return _Clause((source,), (asker,), "asked", start, f"{LIKELY}: {verb.group()!r}: a request, of the one "
                   "named after 'from'")


def _asked_more(article: Article, index: int, verb: re.Match[str], previous: _Clause | None) -> _Clause | None:
    """"appealed for 300 thermal cameras for border posts and for additional funding for contact tracing", "used the
    meeting to appeal for food aid and for money to expand its camps": a second "for" joined by "and" to a request
    just read asks for one more thing, of the same ones; not after a purpose that has begun ("asked for tents to
    shelter families and for ..."), and only after a request."""
    if previous is None or previous.status != "asked" or not (
            article.sentences[index].start <= previous.start < verb.start()):
        return None
    between = article.masked[previous.start:verb.start()]
    # "asked for systems able to intercept drones, and for radars": a comma before "and for" closes the purpose, and
    # what follows is asked for as the first thing was
    purpose = re.search(r"\sto\s+(?!(?:the|a|an)\b)[a-z]+\s", between) and not re.search(r",\s+and\s+$", between)
    if purpose or re.search(r"[;:—–]", between) or len(between) > 120:
        return None
    head = re.match(r"(?:[^,;:.—–]|[,.](?=\d))*", article.masked[verb.end():article.sentences[index].end])
    # "and for money to expand its camps": money named by what it is for, one thing
    money = re.match(r"\s+(?:(?:more|additional|extra|further)\s+)?(?:money|cash)\s+(?:to|for)\s", head.group()) \
        if head else None
    work = _HELP_IN_WORK.match(head.group()) if head else None
    if work is not None:
        # "and for help paying forest rangers": the work, one thing however many its words
        return _Clause(previous.givers, previous.receivers, "asked", verb.end() + work.end(), f"{LIKELY}: 'and for': "
                       "help with a work, one more thing asked for in a request just read", whole=True)
    if head is None or not (_of_aid(head.group()) or MONEY.match(_SUM_LEAD.sub("", head.group().lstrip())) or money):
        return None
    return _Clause(previous.givers, previous.receivers, "asked", verb.end(), f"{LIKELY}: 'and for': one more thing "
                   "asked for in a request just read", whole=previous.whole or bool(money))


_REQUEST_FOR = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+for\s+")


_MET_BY = re.compile(r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:swiftly|quickly|promptly|partly|"
                     r"partially|finally|later|since|now|also)\s+)?(?:met|granted|answered|approved|accepted|fulfilled|"
                     r"honou?red)|(?:met|granted|answered|approved|accepted|fulfilled|honou?red)\s+(?:last\s+\w+\s+)?)"
                     r"(?:\s+(?:on|last|this|in)\s+[\w-]+)?\s+by\s+(?:the\s+)?$")
"""'Fiji's request for patrol boats was granted by Australia': the one that grants a request gives."""
_PREFERRED = re.compile(r"\b(?:rather\s+than|instead\s+of|not\s+(?:just\s+|only\s+)?(?:loans|more\s+debt))\b")
_FROM_NAMED = re.compile(r"\s+from\s+(?:the\s+)?$")


def _request_for(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"Fiji's request for patrol boats from Australia", "Nepal's appeal for helicopters went unanswered", "Lebanon's
    plea for fuel was met by Iraq": a request told as a noun, whose owner before "'s" asks, for the thing after
    "for", of the one named after "from"; one that grants it ("was granted by Australia") has pledged it. None where
    the owner is no party or the thing is no aid ("Kenya's call for calm")."""
    here = cast.in_sentence(index)
    owner = next((a for a in reversed(here) if a.kind == "organisation" and a.span.end <= verb.start()
                  and re.fullmatch(r"[’']s\s+(?:[a-z]+\s+){0,2}", article.masked[a.span.end:verb.start()])), None)
    asker = _party(cast, owner, index) if owner is not None else ""
    head = re.match(r"(?:[^,;:.—–]|[,.](?=\d))*", article.masked[verb.end():article.sentences[index].end])
    if not asker or head is None:
        return None
    main = _MAIN_VERB.search(head.group())
    end = verb.end() + (main.start() if main else len(head.group()))
    if not (_of_aid(article.masked[verb.end():end]) or MONEY.match(_SUM_LEAD.sub("", article.masked[verb.end():end].lstrip()))):
        return None
    if _PREFERRED.search(article.masked, verb.end(), end):
        return None  # "Tuvalu's call for grants rather than loans": the form aid should take, not a thing asked for
    inside = [a for a in here if a.kind == "organisation" and verb.end() <= a.span.start]
    source = next((a for a in inside if a.span.start < end and _FROM_NAMED.search(article.masked, verb.end(), a.span.start)
                   and article.masked[a.span.start:a.span.end] not in _ADJECTIVES), None)
    granted = next((a for a in inside if a.span.start >= end and _MET_BY.search(article.masked, end, a.span.start)), None)
    if any(a.span.start < (source.span.start if source else end) for a in inside):
        return None  # "Chad's request for Japanese ambulances": whom it asks, a word of the thing leaves unsaid
    giver = _party(cast, granted or source, index) if granted or source else ""
    if (granted or source) and (not giver or giver == asker):
        return None
    from_ = _FROM_NAMED.search(article.masked, verb.end(), source.span.start) if source else None
    stop = from_.start() if from_ else end
    return _Clause((giver,) if giver else (), (asker,), "pledged" if granted else "asked", verb.end(),
                   f"{LIKELY}: {verb.group()!r}: a request told as a noun" + (", granted" if granted else ""), end=stop)


def _request_to(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"including Chad's request to Japan for 40 ambulances, which remains under review", "Peru's formal request to
    the European Union for patrol boats": a request told as a noun, whose owner before "'s" asks and whose
    addressee after "to" is asked, for the thing after "for"; none where the owner or the one asked is no party, or
    the thing is no aid ("Chad's request to Japan for talks")."""
    here = cast.in_sentence(index)
    owner = next((a for a in reversed(here) if a.kind == "organisation" and a.span.end <= verb.start()
                  and re.fullmatch(r"[’']s\s+(?:[a-z]+\s+){0,2}", article.masked[a.span.end:verb.start()])), None)
    asked = next((a for a in here if a.kind == "organisation" and a.span.start >= verb.end()), None)
    if owner is None or asked is None or article.masked[verb.end():asked.span.start].strip() not in ("", "the") or \
            article.masked[asked.span.start:asked.span.end] in _ADJECTIVES:
        return None
    lead = _REQUEST_FOR.match(article.masked, asked.span.end)
    asker, giver = _party(cast, owner, index), _party(cast, asked, index)
    if lead is None or not asker or not giver or asker == giver:
        return None
    head = re.match(r"(?:[^,;:.—–]|[,.](?=\d))*", article.masked[lead.end():article.sentences[index].end])
    if head is None or not (_of_aid(head.group()) or MONEY.match(_SUM_LEAD.sub("", head.group()))):
        return None
    # "Chad's request to Japan for 40 ambulances is under review": the thing ends where the sentence's verb begins
    main = _MAIN_VERB.search(head.group())
    return _Clause((giver,), (asker,), "asked", lead.end(), f"{LIKELY}: {verb.group()!r}: a request told as a noun, "
                   "of the one named after 'to'", end=lead.end() + main.start() if main else -1)


_GIVING_BEFORE = re.compile(r"\b(?:to\s+" + _GIVE + "|" + _GIVING + r")\s+(?!(?:to|for|with|by)\b)")
_APPOSED_ASKER = re.compile(r"\s+(?:(?:officials|authorities|leaders|ministers)\s+|government\s+)?(?:(?:has|have|had)\s+)?"
                            r"(?:(?:also|repeatedly|already|long|often|since|first)\s+)?made\b")


def _request_apposed(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"Canada was not considering sending its own troops, a request Haitian officials have made repeatedly",
    "Berlin has declined to supply long-range missiles, a request Kyiv has made since May": a thing one is to give,
    set beside the words that it was asked for; the one named after "request" asks, the one whose giving it would be
    is asked. Only a giving yet to come ("to send", "sending"): a thing sent may have been asked for, but is given."""
    here = cast.in_sentence(index)
    asks = next((_state_of(cast, Actor("organisation", span, ident)) or ident for span, ident in cast.org_mentions
                 if span.start >= verb.end() and _APPOSED_ASKER.match(article.masked, span.end)
                 and re.fullmatch(r"\s*(?:the\s+)?", article.masked[verb.end():span.start])), "")
    comma = verb.start() - 2
    giving = list(_GIVING_BEFORE.finditer(article.masked, article.sentences[index].start, comma))
    if not asks or not giving or re.search(r"[,;:]", article.masked[giving[-1].end():comma]):
        return None
    giver = cast.subject_before(giving[-1].start(), index) or next(
        (a for a in reversed(here) if a.kind == "organisation" and a.span.end <= giving[-1].start()
         and article.masked[a.span.start:a.span.end] not in _ADJECTIVES), None)
    asked = _party(cast, giver, index)
    if not asked or asked == asks:
        return None
    own = re.match(r"(?:its|their)\s+own\s+", article.masked[giving[-1].end():comma])  # "sending its own troops"
    return _Clause((asked,), (asks,), "asked", giving[-1].end() + (own.end() if own else 0), f"{LIKELY}: "
                   f"{verb.group()!r}: a thing to give, set "
                   "beside the words that it was asked for", end=comma)


def _from_kind(article: Article, cast: Cast, index: int, position: int) -> str:
    """"requested US$60 million from the Bank for school meals": the body "from" names by its kind."""
    sentence = article.sentences[index]
    source = re.search(r"[^.;:]*?\s(?=from\s+(?:the|its|their)\s)", article.masked[position:sentence.end])
    kind = _BY_KIND.match(article.masked, position + source.end() + 4) if source else None
    return _named_by_kind(cast, index, kind.start(), kind) if kind else ""


def _reporter(article: Article, cast: Cast, index: int, position: int) -> str:
    """Whose words a clause reports: "Doucette, who told him that ...", "The Defence Secretary confirmed
    that ...": the country or organisation of that person."""
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= position]):
        if re.fullmatch(r"(?:,\s*who|,[^,;.]{1,80},)?\s+(?:also\s+)?(?:said|says|told|announced|confirmed|assured|promised|"
                        r"informed)\b(?:[^.;,]{0,30}?\bthat)?\s+(?:the\s+|an?\s+)?", article.masked[actor.span.end:position]):
            if actor.kind == "organisation":
                return _state_of(cast, actor) or actor.ref  # "Chile's Ministry of Defence said": Chile gives
            person = cast.person_of(actor, index)[0]
            return cast.people[person].organisation if person and \
                cast.people[person].organisation in cast.organisations else ""
    return ""


_LINKING_ADVERB = r"(?:Separately|Additionally|Finally|Similarly|Likewise|Elsewhere|Subsequently|Previously|Initially|" \
                  r"Moreover|Furthermore|Besides)(?=,)"
"""An adverb that links a sentence to the one before, set off by a comma: "Separately, two water units were
handed over to the utility by Unicef": the clause, and its subject, start after it."""


def _own_start(article: Article, index: int) -> int:
    """Where a sentence's own words start, past what opens a line of a list, a readout's outcomes or a live blog: "- The
    country will send", "(b) Norway and Chile said they would", "Third: The two sides signed", "14:05 - The Dutch
    government said it would" open with their subject as the same words without the opener do."""
    return entry_start(article, article.sentences[index])


def _clause_start(article: Article, index: int, position: int) -> int | None:
    """Where the clause before `position` starts: the sentence's start, after any opening phrase set off
    by a comma ("On Monday, ..."), and past the bullet, number or time that opens a line of a list or a live blog
    ("- A first convoy of 40 trucks handed over by Chile": the convoy, not "- A first convoy"); None when the clause
    is longer than a subject can be."""
    begin = entry_start(article, article.sentences[index])
    text = article.masked[begin:position]
    that = list(re.finditer(r"\bthat\s+|\b(?:said|says|told\s+(?:reporters|journalists|\w+)|confirmed|announced)\s+(?!that\b)",
                            text))
    lead = re.match(r"(?:On|In|At|After|Before|During|Last|This|Earlier|Later|Meanwhile|Since|By|Over|Under|On\s+\w+|"
                    + _LINKING_ADVERB + r")\b[^,]{0,60},\s+(?=\S)", text)
    start = begin + (that[-1].end() if that else lead.end() if lead else 0)
    # "The interview came days after 30,000 doses arrived", "the ceremony in Osh, where 12 tractors financed by
    # Japan were handed over": the clause a conjunction or "where" opens inside the sentence
    opened = [m for m in re.finditer(r"(?<=[a-z,]\s)(?:after|when|where|since|before|while|once|until)\s+(?=(?:the|a|an|some|"
                                     r"\d|[A-Z]))", text) if begin + m.end() > start]
    if opened:
        start = begin + opened[-1].end()
    joined = list(re.finditer(r"(?:,|;)\s+(?:and|while|but|whereas)\s+|;\s+", article.masked[start:position]))
    if joined:
        start += joined[-1].end()  # "IOM has delivered roofing kits, and 200 generators donated by Japan arrived"
    return start if len(article.masked[start:position].split()) <= 18 else None


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


_LEADS_ITS_OWN = re.compile(r"\sfor\s+(?:the\s+|its\s+)?$")
_BODY_LED = re.compile(r"-led\s+(?:[a-z][\w-]*\s+){0,2}(?:operations|missions?|peacekeeping|peace\s+operations|"
                       r"deployments?|forces?|troops)\b")
"""What a body leads as its own: "600 million euros from its Peace Facility for AU-led operations", "$20 million for
ECOWAS-led peacekeeping missions": the body whose operations they are receives, not a country; a country that leads
a mission of many ("the Kenya-led mission") does not receive what pays for it."""


_REFILL = r"(?:replenish|restock|stock|refill|top\s+up|sustain|re-?capitali[sz]e|capitali[sz]e)"
"""What a gift does to the stores or funds of the one it goes to: "$4 million to replenish the Red Cross's emergency
stocks", "to top up Malawi's grain reserve", "to recapitalise the Central Bank of Somalia": its owner receives."""


def _receiver_after(article: Article, cast: Cast, index: int, start: int, to: str = "to|for|into") -> tuple[str, ...]:
    """The receiver named after the item: "... two IRIS-T systems to Ukraine", "$650 million in additional
    financing for Ukraine's health system", "twelve ambulances donated by the council to a delegation from
    Ukraine's Chernivtsi region"; looked for up to where the clause ends."""
    split = _split_receivers(article, cast, index, start)
    if split is not None:
        return split
    if agency := _agency_by_kind(article, cast, index, start, to):
        return (agency,)
    for actor in cast.in_sentence(index):
        if 0 <= actor.span.start - start <= 160 and _LEADS_ITS_OWN.search(article.masked[start:actor.span.start]) and \
                _BODY_LED.match(article.masked, actor.span.end) and cast.organisations[actor.ref].type != "country" \
                and not _CLAUSE_END.search(article.masked[start:actor.span.start]):
            return (actor.ref,)
        if actor.span.start < start or actor.kind != "organisation" or actor.span.start - start > 160 or \
                re.match(r"-(?:led|run|based|backed|funded|chaired|managed)\b", article.masked[actor.span.end:]):
            continue  # "to the UK-led International Fund for Ukraine": the one who leads it receives nothing
        between = article.masked[start:actor.span.start]
        if _MONEY_ASKED.search(between) and _ASKED_FOR.match(article.masked, actor.span.end):
            return (actor.ref,)  # "... €45m to add inspection lanes, money Warsaw requested last autumn"
        if _CLAUSE_END.search(re.sub(r"N+(?:,\s+N+)*,?\s+and\s+N+", "N", _names_blanked(article, cast, index, start,
                                                                                          actor.span.start))):
            break  # "by Chile and Peru to the grid operator": a list of names, not a clause of its own
        if _MEMBERS_OF.search(between) and cast.organisations[actor.ref].type != "country":
            return (actor.ref,)  # "for the member states of ASEAN": the group whose members it serves
        if _ROUTE.search(between):
            continue  # "a second high-voltage line to Romania": where a link leads, not who receives
        if _NOT_GIVEN_TO.search(between):
            continue  # "at a price linked to the Romanian market", "according to Chad's ministry": no one receives
        if article.masked[actor.span.start:actor.span.end] in _ADJECTIVES and \
                re.match(r"\s+(?:[\w-]+\s+)?" + _FLED + r"\b", article.masked[actor.span.end:]):
            continue  # "tents for Sudanese refugees": the country they fled, not the one that shelters them
        # "to the city's heating utility, Teplo Sever": a body named after its owner's possessive, its kind and a comma
        # "$80 million on equipping and training Haiti's police": what the money is spent on doing for whom
        if re.search(r"\b(?:(?:" + to + r")\s+(?:(?:strengthen|support|help|rebuild|repair|restore|protect|boost|bolster|"
                     r"secure|expand|improve|modernise|modernize|upgrade|develop|build|" + _REFILL + r")\s+)?|on\s+" +
                     _SPENT_ON +
                     r")(?:[Tt]he\s+)?"
                     r"(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-(?:east|west)(?:ern)?\s+|central\s+|"
                     r"(?:its|their)\s+(?:[A-Z][\w-]+\s+)?counterpart,\s+)?"
                     r"(?:(?:[a-z][\w-]*[’']s\s+)?(?:[a-z-]+\s+){0,2}" + _COMPANY_WORD + r",?\s+)?$", between) or \
                _PEOPLE_OF.search(between):
            if (_CHANNEL.search(cast.organisations[actor.ref].name) and not _OWN_WORK.match(article.masked, actor.span.end)
                    and cast.organisations[actor.ref].name not in _AGENCY_PROGRAMMES) \
                    or _ITS_CHANNEL.match(article.masked, actor.span.end):
                # "30 million euros to the drone coalition", "$75 million for the World Bank's HOPE programme": a
                # channel, not the one the aid is for
                return ()
            owned = _owned_body(article, cast, index, actor) or _body_served(article, cast, index, actor)
            if owned is not None:
                return (owned.ref,)  # "to Djibouti's National Office of Water": the body, not its country
            if force := _force_of(article, cast, actor):
                return (force,)
            # "NOK 200 million to strengthen Moldova's energy security": the one whose need it serves; "for
            # Chad, Mali, Burkina Faso and Niger": each one the list names
            return (actor.ref, *_listed_after(article, cast, index, actor))
        if _BOUGHT_BY.search(between) or _RUN_BY.search(between):
            return (actor.ref, *_listed_after(article, cast, index, actor))
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
_BODY_HEAD = frozenset({"police", "guard", "army", "navy", "ministry", "agency", "service", "committee", "authority",
                        "company", "utility", "operator", "hospital", "institute", "office", "council", "corporation",
                        "directorate", "department", "forces", "force", "commission", "clinic", "board", "bureau",
                        "secretariat", "administration", "society", "association", "federation", "foundation",
                        "centre", "center"})
"""The head nouns of a body's name, by which a text goes on to call it once named in full."""


def _short_named(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...]:
    """A body the article has named in full, called again by the last words of its name ("the Liberia National
    Police" ... "$10 million in budget support to the national police") or by the noun its name opens with
    ("the Ministry of Water" ... "training for 80 engineers of the Ministry"): the one body so named."""
    sentence = article.sentences[index]
    clause = article.masked[start:sentence.end]
    end = _CLAUSE_END.search(_names_blanked(article, cast, index, start, sentence.end))
    for match in _SHORT_NAME.finditer(clause[:end.start() if end else len(clause)][:160]):
        words = match.group("phrase").split()
        for size in range(len(words), 0, -1):
            if words[size - 1].lower() not in _BODY_HEAD:
                continue
            named = {ident for ident, o in cast.organisations.items() if o.type != "country"
                     and _called_by(o.name, words[:size])}
            if len(named) == 1 and not _CHANNEL.search(cast.organisations[next(iter(named))].name):
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
    clause = _names_blanked(article, cast, index, start, sentence.end)
    end = _CLAUSE_END.search(clause)
    his = _HIS_BODY.search(clause[:end.start() if end else len(clause)][:160])
    if his is None:
        return ()
    before = [a for a in cast.in_sentence(index) if a.kind in ("person", "pronoun") and a.span.end <= start + his.start()]
    person = cast.person_of(before[-1], index)[0] if before else None
    body = cast.people[person].organisation if person else ""
    return (body,) if body in cast.organisations and cast.organisations[body].type != "country" else ()


def _called_by(name: str, words: list[str]) -> bool:
    """Whether a body's name ends with these words (any case), or opens with them, written with capitals, before
    an "of": "Liberia National Police" by "national police", "Ministry of Water" by "Ministry"."""
    parts = name.split()
    if len(parts) > len(words) and [p.lower() for p in parts[-len(words):]] == [w.lower() for w in words]:
        return True
    # "the National Demining Authority for Eastern Provinces" by "the authority": the words its head ends with
    head = parts[:next((i for i, p in enumerate(parts) if p in ("of", "for")), len(parts))]
    if len(parts) > len(head) > len(words) and [p.lower() for p in head[-len(words):]] == [w.lower() for w in words]:
        return True
    return len(parts) > len(words) + 1 and parts[:len(words)] == words and parts[len(words)] == "of" and \
        all(w[0].isupper() for w in words)


def _names_blanked(article: Article, cast: Cast, index: int, start: int, end: int) -> str:
    """The text from `start` to `end` with the names of organisations blanked, so that the words inside a
    name do not end a clause: "a loan from the Bank for Reconstruction and Development to Naftogaz"."""
    text = list(article.masked[start:end])
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" and start <= actor.span.start and actor.span.end <= end:
            text[actor.span.start - start:actor.span.end - start] = "N" * (actor.span.end - actor.span.start)
    return "".join(text)


_OWNED_BY_KIND = re.compile(r"[’']s\s+(?:(?:[a-z][\w-]*|[A-Z]{2,})\s+){0,3}?(?:operator|company|utility|trader|firm|agency|"
                            r"authority|ministry|police|service|army|navy|guard|forces?|commission|board|corporation|"
                            r"regulator|producer|supplier|institute|office|council|directorate|department|lender)"
                            r"(?:,\s+|\s+)(?:the\s+)?")
"""'Moldova's grid operator, Moldelectrica', 'Ukraine's state-owned operator Ukrenergo': the body a country owns,
named after what kind of body it is."""


def _owned_body(article: Article, cast: Cast, index: int, owner: Actor) -> Actor | None:
    """The organisation named right after a country's possessive: "Djibouti's National Office of Water", or
    after its possessive and the kind of body it is: "to Moldova's grid operator, Moldelectrica"."""
    return next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.ref != owner.ref and (
                 re.fullmatch(r"[’']s\s+", article.masked[owner.span.end:a.span.start]) or (
                     _OWNED_BY_KIND.fullmatch(article.masked[owner.span.end:a.span.start]) is not None
                     and cast.organisations[a.ref].type != "country"))), None)


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
        if body.ref == country.ref or _CLAUSE_END.search(between) or len(between.split()) > 14:
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
    forms = _country_forms(cast, country.ref)
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
_COMPANY_WORD = r"(?:company|firm|group|operator|utility|producer|manufacturer|insurer|lender|railway|carrier|airline)"
"""'a $75mn loan to agricultural group Kernel': what the text calls the company it names."""
_ROUTE = re.compile(r"\b(?<!credit\s)(?<!credit-)(?<!swap\s)(?:lines?|links?|interconnectors?|interconnections?|pipelines?|"
                    r"roads?|highways?|bridges?|railways?|rail\s+links?|corridors?|routes?|connections?|cables?|flights?|"
                    r"crossings?)\s+(?:to|with)\s+(?:the\s+)?$")
"""'a second high-voltage line to Romania': where a link leads, not who receives; a credit line or swap line to a
country is money lent to it ("Portugal extended a credit line to Gabon")."""


_LOAN_SIGNED = re.compile(r"\s+(?:an?\s+)?(?:[\w€£$¥.,-]+\s+){0,4}?(?:loan|grant|credit|financing)\b")
_LENDER = re.compile(r"\b(?:Bank|Fund|Monetary|Finance|Investment|Facility|Eximbank|Exim)\b|^(?:IMF|EIB|EBRD|IFC|ADB|AfDB|IDB|"
                     r"AIIB|KfW|EU|USAID|JICA|KOICA|AFD|GIZ)$|\bKfW\b|^European\s+(?:Union|Commission)$|"
                     r"\b(?:Cooperation|Development)\s+Agency\b|\bAgency\s+for\s+International\s+Development\b")
"""Who lends or grants for a living: a bank, a fund, the EU, a development agency; between one of them
and a state that signed with it, it gives."""


_RELIEF_BODY = re.compile(r"^(?:UNICEF|UNHCR|UNFPA|UNOPS|UNRWA|OCHA)$|\bUnited\s+Nations\b|^UN\s|\bWorld\s+Food\s+Programme\b|"
                          r"\bWorld\s+Health\s+Organi[sz]ation\b|\bFood\s+and\s+Agriculture\s+Organi[sz]ation\b|"
                          r"\bRed\s+(?:Cross|Crescent)\b|\bOrgani[sz]ation\s+for\s+Migration\b|\bDevelopment\s+Programme\b")
"""UN agencies and the Red Cross: bodies that deliver aid in a country, and sign with its government to do so."""


def _lends_or_is_lent(cast: Cast, parties: tuple[str, ...], document: str,
                      main: str = "") -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Who gives between the two signers of a document when the text does not say: a lender to whoever
    borrows; a state to a body that is no lender, unless the document is a contract, which a supplier
    signs to deliver, or the body is a relief agency and the state the one the article's aid is for ("Chad
    needs help. The WFP signed a letter of understanding with Chad on school meals"). None for two states, or
    two bodies."""
    kinds = [(p, cast.organisations[p].type == "country", bool(_LENDER.search(cast.organisations[p].name))) for p in parties]
    lenders = [p for p, _, lends in kinds if lends]
    if len(lenders) == 1:
        return (lenders[0],), tuple(p for p in parties if p != lenders[0])
    states = [p for p, state, _ in kinds if state]
    if len(states) == 1 and not lenders and states[0] == main and \
            all(_RELIEF_BODY.search(cast.organisations[p].name) for p in parties if p != states[0]):
        return tuple(p for p in parties if p != states[0]), (states[0],)
    if len(states) == 1 and not lenders and not re.search(r"\b(?:contract|order|deal)\b", document):
        return (states[0],), tuple(p for p in parties if p != states[0])
    return None


def _one_lender(cast: Cast, parties: tuple[str, ...]) -> str:
    """The one lender among the signers of a loan, "" when there are none or several ("the World Bank signed a loan
    with Chad, Niger and Mali": the World Bank)."""
    lenders = [p for p in parties if _LENDER.search(cast.organisations[p].name)]
    return lenders[0] if len(lenders) == 1 else ""


def _lent_by_one_lender(cast: Cast, parties: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The lender and the other, of two signers exactly one of which lends for a living (a bank, a fund, the
    EU); None otherwise: two states signing say nothing of who gives."""
    lenders = [p for p in parties if _LENDER.search(cast.organisations[p].name)]
    return ((lenders[0],), tuple(p for p in parties if p != lenders[0])) if len(lenders) == 1 else None


_SUM_SIGNED = re.compile(r"\s+(?:an?\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|[A-Z]{3}\s?\d|\d)[^.;:]*?\b(?:loan|grant)(?:\s+agreement)?" +
                         _WORTH + r"\s+with\s+(?:[Tt]he\s+)?$")


def _sum_signed_with(cast: Cast, index: int, parties: tuple[str, ...], document: str) -> bool:
    """Whether of two states the one that "signed a <sum> grant (or loan) with" the other gives it: "Austria signed a
    €15 million grant with Lebanon", "Korea has signed a $30 million loan with Laos". A story about the signer's own
    needs, which names the signer elsewhere more often than the other, or in its headline as the one aid is for
    ("Laos needs help. Laos signed a $30 million loan with Korea"), has the signer borrow and is left to the
    article's aid; "Laos signed a loan with Korea", with no sum, says nothing here."""
    if not _SUM_SIGNED.match(document) or any(cast.organisations[p].type != "country" or _LENDER.search(
            cast.organisations[p].name) for p in parties):
        return False
    sentence = cast.article.sentences[index]
    # "Swiss engineers will train crews": the donor's own people, named by its adjective, do not make it the story's
    elsewhere = Counter(ident for span, ident in cast.org_mentions if not sentence.start <= span.start < sentence.end
                        and cast.article.masked[span.start:span.end] not in _ADJECTIVES)
    return elsewhere[parties[0]] <= elsewhere[parties[1]] and _headline_receiver(cast) != parties[0]


def _borrows_from_lender(cast: Cast, parties: tuple[str, ...]) -> bool:
    """Whether the first signer is a state and the one it signed a loan with a lender: "Vietnam signed a $450
    million loan with the Asian Development Bank" is the bank's loan to Vietnam, however the sentence runs."""
    first, other = cast.organisations[parties[0]], cast.organisations[parties[1]]
    return first.type == "country" and not _LENDER.search(first.name) and bool(_LENDER.search(other.name))


def _listed_after(article: Article, cast: Cast, index: int, first: Actor) -> tuple[str, ...]:
    """The countries or organisations listed after `first` with commas and a last "and"; none when the
    list does not close with "and" (a comma may end the clause instead)."""
    listed: list[str] = []
    last = first
    # "4 million euros to UNICEF and to the World Health Organization": the word that led to the first, said again
    # ("for Chad and for schools" may add a purpose, so only "to" is read again)
    led = re.search(r"\b(?P<prep>to)\s+(?:the\s+)?$", article.masked[max(0, first.span.start - 10):first.span.start])
    again = led.group("prep") if led else "(?!)"
    for actor in (a for a in cast.in_sentence(index) if a.span.start >= first.span.end):
        gap = re.fullmatch(r"\s*(?:,|,?\s*(?P<and>and))\s*(?:" + again + r"\s+)?(?:the\s+)?",
                           article.masked[last.span.end:actor.span.start])
        if actor.kind != "organisation" or gap is None or article.masked[actor.span.start:actor.span.end] in _ADJECTIVES \
                or cast.organisations[actor.ref].type != cast.organisations[first.ref].type \
                or _NEW_CLAUSE.match(article.masked[actor.span.end:]):
            break  # "to Ukraine, and Spain will send": a clause of its own
        listed.append(actor.ref)
        last = actor
        if gap.group("and"):
            return tuple(dict.fromkeys(r for r in listed if r != first.ref))
    return _to_again_after_aside(article, cast, index, first) if led else ()


_ASIDE_THEN_TO = re.compile(r"(?:\s*\([A-Z][\w&-]{1,9}\))?,\s+(?:known\s+(?:by|as)\b|which\s|who\s|the\s|its\s|"
                            r"[A-Z][\w-]*[’']s\s)[^,;:()]{1,100}?(?:\s*\([A-Z][\w&-]{1,9}\))?,\s+and\s+to\s+(?:the\s+)?")


def _to_again_after_aside(article: Article, cast: Cast, index: int, first: Actor) -> tuple[str, ...]:
    """"$12 million to the Electoral Commission, known by its acronym CEC, and to the Voter Registry Office": a
    second body that "to" leads to again, after an aside set off by commas on the first ("known as", "which ...",
    "the country's disaster agency"), receives as well. Not "and to fight fires", which names a purpose."""
    aside = _ASIDE_THEN_TO.match(article.masked, first.span.end)
    if aside is None:
        return ()
    second = next((a for a in cast.in_sentence(index) if a.span.start == aside.end()), None)
    if second is None or second.kind != "organisation" or second.ref == first.ref or \
            cast.organisations[second.ref].type != cast.organisations[first.ref].type or \
            article.masked[second.span.start:second.span.end] in _ADJECTIVES:
        return ()
    return (second.ref,)


_PEOPLE_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:pilots|soldiers|troops|crews|forces|army|navy|deminers|recruits|personnel|"
                          r"officers|farmers|families|children|refugees|students|engineers|doctors|nurses|people|staff)\b")
"""'Ukrainian pilots', 'Moldovan F-16 crews': people of a country, who gain by what is given."""
_CHANNEL = re.compile(r"\b(?:[Cc]oalition|Fund|Facility|[Ii]nitiative|Mechanism|Programme|Program)$")
"""Coalitions, funds and programmes through which donors give: the aid is for whom they serve."""
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
_CLAUSE_END = re.compile(r"[;:—–]|,\s+(?:while|but|and|as|whereas|which|who|bringing|the\s+\w+\s+said|"
                         r"(?:money|funds|aid|help|support|a\s+sum|an\s+amount)\s+(?:that|which))\b|"
                         r"\b(?:said|told|announced|added)\b|\s+and\s+(?:the\s+)?[A-Z]")
"""Where the clause that names what is given ends, and with it the place its receiver may stand."""
_FLED = r"(?:refugees|asylum[- ]seekers|migrants|evacuees|displaced(?:\s+(?:people|persons|families))?|returnees)"
"""People who left the country they are from: aid for them is for the country they are in."""
_PEOPLE_OF = re.compile(r"\bto\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:delegation|representatives|people|authorities|"
                        r"government|army|forces|troops|hospitals|families|region)\s+(?:from|of|in)\s+(?:the\s+)?$|"
                        r"\bfor\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _FLED + r"\b)(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:staff|people|families|communities|children|students|officers|officials|workers|farmers|"
                        r"villages|hospitals|schools|clinics|households|teams|crews|dispatchers|"
                        r"nurses|doctors|midwives|teachers|engineers|technicians|operators|firefighters|rangers|deminers|"
                        r"soldiers|pilots|personnel|police|judges|prosecutors|inspectors|guards|specialists|instructors)\s+"
                        r"(?:from|of|in)\s+(?:the\s+)?$|"
                        r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _FLED + r"\s+in\s+(?:the\s+)?$")
"""'to a delegation from Ukraine's Chernivtsi region', 'training for dispatchers from Kenya and Uganda', 'kits for
rapid response teams in Liberia': to the people of a country, so to that country. Those who fled are the
country's that shelters them, not the one they fled: "tents for 500 refugees in Chad" are Chad's, "tents for 500
refugees from Sudan" are not Sudan's."""


_BODY_WORD = r"(?:(?:state-owned|state|national|public|private)\s+)?(?:power\s+|grid\s+|energy\s+|water\s+)?" \
             r"(?:utility|company|operator|firm|lender|development\s+bank)\s+"
"""'the EIB and the state-owned utility Kenya Power signed': what kind of body the one joined by "and" is."""


_STATE_OF = re.compile(r"(?:[Tt]he\s+)?(?:(?:Royal|Federal|National|Interim|Transitional)\s+)?"
                       r"(?:Government|Republic|Kingdom|State)\s+of\s+(?:the\s+)?$")


def _state_named_by_government(article: Article, actor: Actor) -> bool:
    """'The Government of Japan and the Government of Nigeria signed': a state named by its government, which
    "of" joins to its name, is a subject all the same, unless a preposition stands before the government too
    ("a team from the Government of Japan")."""
    before = article.masked[max(0, actor.span.start - 60):actor.span.start]
    state = _STATE_OF.search(before)
    return state is not None and not re.search(r"\b(?:to|for|from|with|by|of|in|into|at|on|towards?|against|between|"
                                               r"among)\s+$", before[:state.start()])


_CLAUSE_AND = re.compile(r"\s*\)?\s*(?:\([^()]{1,15}\)\s*)?,\s*and\b")


def _chain(article: Article, actors: list[Actor], subject: Actor) -> list[Actor] | None:
    """The subject and any joined to it by "and"; None when "and" joins something that is not an actor."""
    index = actors.index(subject)
    if index > 0 and actors[index - 1].ref == subject.ref and \
            re.fullmatch(r"\s*\(", article.masked[actors[index - 1].span.end:subject.span.start]):
        index -= 1  # "the European Investment Bank (EIB)": the name, with its abbreviation after it
        subject = actors[index]
    chain = [subject]
    while index > 0:
        gap = article.masked[actors[index - 1].span.end:chain[0].span.start]
        if re.fullmatch(r"\s*\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,|,?\s*and)\s*(?:the\s+)?(?:(?:(?:Royal|Federal|National|Interim|"
                        r"Transitional)\s+)?(?:[Gg]overnment|Republic|Kingdom|State|People|[Aa]uthorities)\s+of\s+(?:the\s+)?|"
                        + _BODY_WORD + r")?", gap):
            chain.insert(0, actors[index - 1])
            index -= 1
        elif (apposed := _apposed_before(article, actors, index, chain[0])) is not None:
            chain.insert(0, actors[apposed])
            index = apposed
        else:
            break
    if len(chain) > 1 and chain[0].kind == "organisation" and \
            _CLAUSE_AND.match(article.masked[chain[0].span.end:chain[1].span.start]) and \
            not re.search(r",\s*$", article.masked[max(0, chain[0].span.start - 4):chain[0].span.start]):
        # "Floods have hit Jordan, and the EU pledged 20 million euros": a list opens with no comma before "and"
        # ("Chile, Peru, and Bolivia" puts it last), so a country or body before ", and" ends the clause before, and
        # gives nothing; not a person, whose name may close an aside ("Chile's envoy, Ana Ruiz, and Peru's minister
        # signed")
        chain = chain[1:]
    if len(chain) > 1 and re.search(r"\b(?:to|for|from|with|by|of|in|into|at|on|towards?|against|between|among)\s+"
                                    r"(?:the\s+)?$", article.masked[max(0, chain[0].span.start - 12):chain[0].span.start]) \
            and not _state_named_by_government(article, chain[0]):
        # "... to Ukraine, and Spain will send", "Coordinated by the Commission, Austria and Czechia have
        # delivered": the first is the object of the clause before
        chain = _after_object_list(article, chain)[1:]
    tail = article.masked[subject.span.end:subject.span.end + 40]
    if re.match(r"\s+and\s+(?:its|their|other|the)\s+[a-z]", tail):
        return None  # "Britain and its European allies": more givers than the text names
    return chain


_APPOSED_AND = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?,\s+(?P<apposition>(?:the|an?|its|their)\s+[^,;:()]{2,60}?|"
                          r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s\s+[^,;:()]{2,40}?),\s+and\s+(?:the\s+)?")
"""'KSrelief, Saudi Arabia's aid agency, and the Syrian Civil Defence': a party described between commas, then
"and" and the next party."""
_APPOSED_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|which|who|that|and|or|but|"
                           r"(?<!-)[a-z]{3,}ed)\b")


def _apposed_before(article: Article, actors: list[Actor], index: int, first: Actor) -> int | None:
    """The place in `actors` of a party listed before `first` with a description of its own set off by commas
    ("The Qatar Fund for Development, Qatar's aid arm, and the Sudanese Red Crescent signed"): the country or body
    the description names ("Qatar's") is no party; a description with a verb is a clause, and joins nothing."""
    for earlier in range(index - 1, -1, -1):
        actor = actors[earlier]
        if actor.kind != "organisation":
            return None
        apposed = _APPOSED_AND.fullmatch(article.masked, actor.span.end, first.span.start)
        if apposed is None:
            continue
        inside = [a for a in actors[earlier + 1:actors.index(first)] if a.ref != actor.ref]  # not its own "(KSrelief)"
        if _APPOSED_VERB.search(apposed.group("apposition")) or \
                any(not re.match(r"[’']s\s", article.masked[a.span.end:a.span.end + 3]) for a in inside):
            return None  # "the British aid ministry": a party named again by its adjective is no description
        return earlier
    return None


def _after_object_list(article: Article, chain: list[Actor]) -> list[Actor]:
    """"After talks with Canada, Mexico and Brazil, the minister announced": a list an opening preposition governs
    closes with "and"; a name set off by a bare comma after it starts the subject, and the list gives nothing.
    The chain returned keeps one name before that subject, for the caller to drop as the object it is."""
    gaps = [article.masked[one.span.end:other.span.start] for one, other in pairwise(chain)]
    closed = next((i for i, gap in enumerate(gaps) if re.search(r"\band\b", gap)), None)
    if closed is None:
        return chain
    comma = next((i for i in range(closed + 1, len(gaps)) if re.fullmatch(r"\s*,\s*(?:the\s+)?", gaps[i])), None)
    return chain if comma is None else chain[comma:]


def _listed(article: Article, actors: list[Actor], position: int) -> tuple[tuple[str, ...], int]:
    """Organisations listed right after a verb: "asked Japan and South Korea"."""
    found: list[str] = []
    for actor in actors:
        gap = article.masked[position:actor.span.start]
        short = re.match(r"\s*\)", article.masked[actor.span.end:])
        if found and actor.ref == found[-1] and re.fullmatch(r"\s*\(\s*", gap) and short:
            # "asked the Asian Infrastructure Investment Bank (AIIB) for": the short name in brackets is the same
            position = actor.span.end + short.end()
            continue
        if actor.kind != "organisation" or not re.fullmatch(r"\s*(?:(?:,|,?\s*and)\s*)?(?:the\s+)?", gap) \
                or (not found and gap.strip() not in ("", "the")):
            break
        found.append(actor.ref)
        position = actor.span.end
    return tuple(found), position


_BACKERS = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:backers|allies|partners|supporters|donors|friends|creditors|lenders|"
                      r"sponsors)\b")
"""'Chad's allies', 'Niger's international partners': those who give to a country, named by it."""


_GIFT_TO = re.compile(r"\b(?:" + _GIFT_NOUN + r"|aid|assistance|support|funding|help)\s+(?:to|for)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+)?$")
"""'the grant to Laos', 'aid for the Philippine Coast Guard', 'a grant to Kenya's Ministry of Water': the one named
after a gift's noun and "to" or "for" takes the gift; a verb after it ("the grant to Laos will fund schools") has the
gift as its subject, not Laos."""


def _party(cast: Cast, actor: Actor | None, index: int) -> str:
    """The country or organisation an actor gives or asks for: itself, or the one a person's role is in."""
    if actor is None or _GIFT_TO.search(cast.article.masked, max(0, actor.span.start - 60), actor.span.start):
        return ""  # "Japan's grant to Laos will fund schools": Laos takes the grant, it funds nothing
    if actor.kind == "organisation":
        if _BACKERS.match(cast.article.masked, actor.span.end):
            return ""  # "Chad's Western backers promised fresh supplies": the ones who stand by Chad give, not Chad
        owned = _owned_body(cast.article, cast, index, actor)
        if owned is not None and cast.organisations[actor.ref].type == "country" and not _state_of(cast, owned):
            return owned.ref  # "sent by Qatar's Fund for Development": the body gives, a body of the state's own
        return _state_of(cast, actor) or actor.ref
    if actor.kind == "description" and re.search(r"\s[A-Z]\w*$", actor.ref):
        # "the Prime Minister" written as a title: in a readout it may be the host or the guest, and a
        # wrong giver costs more than a missed one; "the Italian Prime Minister", whose country's adjective
        # qualifies the title, names whose it is; or the one person the text has named whose title it fits,
        # "French Foreign Minister Claire Dubois visited Yerevan. On this occasion, the Minister announced"
        alone = cast.described_alone(actor)
        body = cast.people[alone].organisation if alone else ""
        return _described_country(cast, actor, adjective=True) or (body if body in cast.organisations else "")
    person, _ = cast.person_of(actor, index)
    if person and cast.people[person].organisation in cast.organisations:
        return cast.people[person].organisation
    if person and not cast.people[person].organisation and re.search(
            r"(?:^|[.;]\s+|\n)\s*(?:Its|Their)\s+$", cast.article.masked[max(0, actor.span.start - 8):actor.span.start]):
        # "Japan's foreign minister spoke. Its State Minister, Kenji Nakamura, pledged": the one "its" refers to
        return _last_subject(cast, index)
    if person and not cast.people[person].organisation and _counterpart_of(cast, person):
        return _counterpart_of(cast, person)
    if person and person == _principal(cast):
        # "the Honourable Marc-André Lefebvre, Minister of International Development" in a release from Global
        # Affairs Canada: the release's own minister, of the one country its header names
        return _home_country(cast)
    if actor.kind == "description" and not person:
        # "the Dutch leader", "the German defence ministry": the one country its words name
        return _described_country(cast, actor)
    return ""


def _described_country(cast: Cast, actor: Actor, adjective: bool = False) -> str:
    """The one country a description's own words name: "the Dutch leader", "the Kenyan Foreign Minister"; with
    `adjective`, only a country named by its adjective."""
    countries = {i for span, i in cast.org_mentions if span.within(actor.span)
                 and (not adjective or cast.article.masked[span.start:span.end] in _ADJECTIVES)}
    return countries.pop() if len(countries) == 1 else ""


_COUNTERPART = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?P<adjective>[A-Z][\w-]+)\s+(?:counterpart|colleague|"
                          r"opposite\s+number|host|guest)\s*,?\s*(?:[A-Z][\w’'-]*\s+){0,4}$")


def _counterpart_of(cast: Cast, person: str) -> str:
    """"Poland's agriculture minister and his Ukrainian counterpart, Agrarian Policy Minister Mykola Savchuk":
    the country whose counterpart the text first calls a person."""
    spans = cast.people[person].spans
    if not spans:
        return ""
    before = cast.article.masked[max(0, spans[0].start - 90):spans[0].start]
    named = _COUNTERPART.search(before)
    if not named or named.group("adjective") not in _ADJECTIVES:
        return ""
    start = spans[0].start - len(before) + named.start("adjective")
    return next((i for span, i in cast.org_mentions if span.start == start
                 and cast.organisations[i].type == "country"), "")


_NATIONAL_TITLE = re.compile(r"\b(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Pp]remier|[Cc]hancellor|[Aa]mbassador|[Ee]nvoy)\b")


_ISSUER_LINE = re.compile(r"(?:From:\s*)?(?:[A-Z][\w’'-]*|of|the|for|and|&)(?:[ ]+(?:[A-Z][\w’'-]*|of|the|for|and|&))*")
"""A header line that names an issuer: "From: Global Affairs Canada", "Ministry for Foreign Affairs of Finland"."""


def _principal(cast: Cast) -> str:
    """The first person a text names with a government's title and no country: a release's or readout's own
    minister, whom it names without the country it speaks for."""
    first = min(((p.spans[0].start, p.id) for p in cast.people.values() if p.spans
                 and _NATIONAL_TITLE.search(p.title)), default=None)
    return first[1] if first is not None and not cast.people[first[1]].organisation else ""


def _home_country(cast: Cast) -> str:
    """The country a release, readout or report is issued from: the one its header lines name (the headline
    and any line before its first sentence: "From: Global Affairs Canada", "Republic of the Philippines")."""
    article = cast.article
    opening = next((i for i in range(len(article.sentences)) if re.search(r"[.!?”\"]$", article.sentence_text(i))), 0)
    header = article.text[:article.sentences[opening].start] if article.sentences else ""
    # lines that name an issuer, not a headline, which may name the guest's country too
    header = "\n".join(line for line in header.splitlines() if _ISSUER_LINE.fullmatch(line.strip()))
    named = {i for i, o in cast.organisations.items() if o.type == "country" and any(
        re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", header)
        for form in (*o.forms, *next((e.forms for e in ENTRIES if e.name == o.name), ())))}
    if not named and article.dateline_place in CAPITALS and re.search(
            r"\b(?:press|news|media)\s+release\b|\breadout\b|\bcommuniqu[ée]\b",
            article.text[:article.sentences[opening].start], re.IGNORECASE):
        # "PRESS RELEASE ... Bucharest, 21 January": a release filed from its own capital (a report's dateline
        # is where its reporter was, not whose minister it names)
        named = {i for i, o in cast.organisations.items() if o.name == CAPITALS[article.dateline_place]}
    return named.pop() if len(named) == 1 else ""


_OWN_GOVERNMENT = re.compile(r"\b(?:Regional|Unity|Exile|Opposition|Autonomous|Shadow|Parallel|Rebel|Separatist)\b")
"""Words that make a body named as a government a rival's, a region's or one in exile, not the state's organ."""
_STATE_BODY = re.compile(r"\b(?:Council|Ministry|Government|Cabinet|Presidency|Parliament|Assembly|Office|Committee)\b")


def _state_of(cast: Cast, actor: Actor) -> str:
    """"Romania's Supreme Council of National Defence approved the transfer": a body of a state, named
    with that state's possessive, gives for the state. Not a government of its own that the possessive only places:
    "Burma's National Unity Government appealed to the UN", "Iraq's Kurdistan Regional Government asked Germany"."""
    if not _STATE_BODY.search(cast.organisations[actor.ref].name) or \
            _OWN_GOVERNMENT.search(cast.organisations[actor.ref].name):
        return ""
    for span, ident in cast.org_mentions:
        if span.end <= actor.span.start and re.fullmatch(r"[’']s\s+", cast.article.masked[span.end:actor.span.start]) \
                and cast.organisations[ident].type == "country":
            return ident
    return _organ_state(cast, actor)


_ORGAN_NAME = re.compile(r"(?:Federal\s+|National\s+|State\s+)?(?:Council(?:\s+of\s+(?:Ministers|State))?|Cabinet"
                         r"(?:\s+of\s+Ministers)?|Treasury|Government|Presidency|(?:Ministry|Department)\s+(?:of|for)\s+"
                         r"(?:[A-Z][\w-]*|and|&)(?:\s+(?:[A-Z][\w-]*|and|&))*)")
"""The name of a state's organ that says no state: 'the Federal Council', 'the Cabinet', 'the Ministry of Foreign
Affairs'; not a body of its own ('the Norwegian Refugee Council', 'the European Council')."""
_ITS_GOVERNMENT = re.compile(r"(?:\s+|[’']s\s+)(?:federal\s+|national\s+)?(?:government|authorities|cabinet|executive)\b"
                             r"(?P<said>(?:[’']s)?\s+(?:said|says|announced|confirmed|stated|added|spokes(?:man|woman|person))\b)?")
"""A country's government named after its word: the government that speaks for the organ when it says so ('the Swiss
government said'), or the organ set off as its government ('the Federal Council, Switzerland's executive')."""


def _organ_state(cast: Cast, actor: Actor) -> str:
    """The state an organ that names none stands for, where the text ties it to one: the country word its own name
    opens with ("the Swiss Federal Council"), or the one country its sentence names as the government that speaks for it
    ("The Federal Council approved 30 million francs for Chad, the Swiss government said") or sets off after it ("the
    Cabinet, Norway's executive,"). None where the sentence names two such governments or none, or names a government
    only as a receiver ("the Cabinet approved $5m for the Kenyan government's drought plan")."""
    name = cast.organisations[actor.ref].name
    words = name.split(maxsplit=1)
    if len(words) == 2 and _ORGAN_NAME.fullmatch(words[1]):
        owner = next((e.name for e in ENTRIES if e.type == "country" and words[0] in e.forms), "")
        state = next((i for i, o in cast.organisations.items() if owner and o.name == owner), "")
        if state:
            return state
    if not _ORGAN_NAME.fullmatch(name):
        return ""
    text = cast.article.masked
    index = next((i for i, s in enumerate(cast.article.sentences) if actor.span.within(s)), None)
    if index is None:
        return ""
    sentence = cast.article.sentences[index]
    states = set()
    for span, ident in cast.org_mentions:
        told = _ITS_GOVERNMENT.match(text, span.end)
        if told and span.within(sentence) and cast.organisations[ident].type == "country" and (
                told.group("said") or re.fullmatch(r",\s+(?:the\s+)?", text[actor.span.end:span.start])):
            states.add(ident)
    return states.pop() if len(states) == 1 else ""


def _counterpart(meetings: list[Meeting], index: int, receiver: str, cast: Cast) -> tuple[str, ...]:
    """Who a request made at a meeting was made to: the other party of the meeting the sentence names."""
    for meeting in meetings:
        if index in (meeting.sentence,) or any(cast.article.sentence_text(index) == e for e in meeting.excerpts):
            others = {p.represents[0] if p.represents else p.organisation for p in meeting.participants}
            others.discard(receiver)
            others.discard("")
            if len(others) == 1:
                return (others.pop(),)
    return ()


def _commitment(article: Article, cast: Cast, index: int, clause: _Clause,
                found: Found, meetings: list[Meeting]) -> Commitment:
    item, wordings, value = found
    wording = " ".join(wordings)
    sentence = article.sentence_text(index)
    kind = "humanitarian" if HUMANITARIAN.search(wording) else "military" if MILITARY.search(wording) else \
        "financial" if value or re.search(r"financ|budget", wording, re.IGNORECASE) else ""
    meeting = next((m.id for m in meetings if m.sentence == index), "")
    return Commitment("", "", clause.givers, clause.receivers, clause.status, (item,),
                      tuple(dict.fromkeys([*wordings, item.name])), (sentence,), clause.why, kind, value,
                      _announcer(article, cast, index, clause.givers), channel(sentence), meeting, sentence=index)


def _announcer(article: Article, cast: Cast, index: int, givers: tuple[str, ...]) -> str:
    """Who the sentence says announced it: "..., Lenart said." or "Ellison said ..." or "according to X"."""
    sentence = article.sentences[index]
    text = article.masked[sentence.start:sentence.end]
    for actor in cast.in_sentence(index):
        before = article.masked[sentence.start:actor.span.start]
        after = article.masked[actor.span.end:sentence.end]
        if (not before.strip() and re.match(r"\s+(?:also\s+)?(?:said|told|noted|wrote|announced)\b", after)) or \
                (re.search(r",\s*$", before) and re.match(r"\s+(?:said|wrote|added)\s*[.,]?\s*$", after)) or \
                re.search(r"according\s+to\s+$", before):
            person, _ = cast.person_of(actor, index)
            if person:
                return person
    del text
    return ""


_UNDER_DOCUMENT = re.compile(r"^(?:Under|Through|Via)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:memorandum|agreement|"
                             r"deal|accord|contract|arrangement|declaration)\b")


_UNDER_WHICH = re.compile(r"\b(?:memorandum|agreement|deal|accord|contract|arrangement|declaration)\s+"
                          r"(?:under|by|through)\s+which\b")
"""'signed an agreement under which Finland commits to providing support': the document's terms."""


def _restates_document(article: Article, commitment: Commitment) -> bool:
    """Whether a commitment is what a document just reported provides; a sum of its own is a commitment
    of its own ("Under the agreement, Portugal commits to providing 220 million euros")."""
    text = article.sentence_text(commitment.sentence)
    return commitment.value is None and bool(_UNDER_DOCUMENT.match(text) or _UNDER_WHICH.search(text))


def _under_the_document(article: Article, found: list[Commitment]) -> list[Commitment]:
    """"Italy and Ukraine signed a memorandum on ... Under the memorandum, Italy will pay for ...": what a
    document just reported provides is that document's commitment told again, not another one."""
    result: list[Commitment] = []
    for commitment in found:
        earlier = next((c for c in reversed(result) if commitment.sentence - 2 <= c.sentence <= commitment.sentence
                        and c.status in ("signed", "agreed") and c.givers == commitment.givers
                        and (not c.receivers or not commitment.receivers or c.receivers == commitment.receivers)),
                       None) if _restates_document(article, commitment) else None
        if earlier is None:
            result.append(commitment)
            continue
        # "signed an agreement under which Chile will give Electroperu a grant": the terms may name the receiver
        # the document's own clause leaves unsaid
        result[result.index(earlier)] = replace(earlier, receivers=earlier.receivers or commitment.receivers,
                                                wordings=tuple(dict.fromkeys((*earlier.wordings,
                                                                              *commitment.wordings))),
                                                excerpts=tuple(dict.fromkeys((*earlier.excerpts, *commitment.excerpts))))
    return result


_GENERAL_REQUEST = frozenset({"air defence", "air defense", "weapons", "arms", "military aid", "military support", "aid",
                              "support", "help", "assistance", "equipment", "air defence systems", "air defense systems"})
"""What a report's first line asks for in general ("pressed Germany for more air defence") before its body
says what in particular ("asked Berlin for more Patriot systems")."""


def _requests_in_particular(found: list[Commitment]) -> list[Commitment]:
    """A request for a kind of thing in general, when the same side asks the same giver for a particular
    thing too, is that request told first in general."""
    result: list[Commitment] = []
    for commitment in found:
        general = commitment.status == "asked" and fold(commitment.items[0].name) in _GENERAL_REQUEST
        particular = next((c for c in found if c is not commitment and c.status == "asked" and c.givers == commitment.givers
                           and c.receivers == commitment.receivers and fold(c.items[0].name) not in _GENERAL_REQUEST),
                          None) if general else None
        if particular is None and not _asked_of_one_named(commitment, found):
            result.append(commitment)
    return [_with_general(c, found) for c in result]


def _asked_of_one_named(commitment: Commitment, found: list[Commitment]) -> bool:
    """Whether a request made of no one named is a request the text also tells with the one asked: "Tonga's minister
    asked Japan for diesel water pumps ... Recap: Tonga is asking for water pumps", the same side asking for the same
    kind of thing (the same last word), told again without its addressee."""
    if commitment.status != "asked" or commitment.givers or not commitment.receivers:
        return False
    head = fold(commitment.items[0].name).split()[-1:]
    return any(c.status == "asked" and c.givers and c.receivers == commitment.receivers
               and fold(c.items[0].name).split()[-1:] == head for c in found)


def _with_general(commitment: Commitment, found: list[Commitment]) -> Commitment:
    first = next((c for c in found if c.status == "asked" and c.givers == commitment.givers and c.receivers ==
                  commitment.receivers and fold(c.items[0].name) in _GENERAL_REQUEST), None) \
        if commitment.status == "asked" and fold(commitment.items[0].name) not in _GENERAL_REQUEST else None
    if first is None:
        return commitment
    return replace(commitment, wordings=tuple(dict.fromkeys((*commitment.wordings, *first.wordings))),
                   excerpts=tuple(dict.fromkeys((*first.excerpts, *commitment.excerpts))))


def _merge(found: list[Commitment]) -> list[Commitment]:
    """One commitment said twice is one: the same givers, receivers and kind of thing."""
    merged: dict[tuple[tuple[str, ...], tuple[str, ...], str], Commitment] = {}
    for commitment in _requests_in_particular(found):
        head = fold(commitment.items[0].name).split()[-1].rstrip("s")
        key = (commitment.givers, commitment.receivers, commitment.status + " " + head)
        if not commitment.receivers:
            # "Denmark delivered the jets": told again without its receiver, the one told before with it
            key = next((k for k in merged if k[0] == key[0] and k[2] == key[2]), key)
        if key in merged and _sum_of(merged[key]) and _sum_of(commitment) and _sum_of(merged[key]) != _sum_of(commitment):
            key = (*key[:2], f"{key[2]} {_sum_of(commitment)}")  # two sums are two commitments
        if key in merged and merged[key].sentence == commitment.sentence and \
                not _same_thing(merged[key].items[0].name, commitment.items[0].name):
            key = (*key[:2], f"{key[2]} {fold(commitment.items[0].name)}")  # "shelter kits, hygiene kits": a list
        if key in merged:
            old = merged[key]
            merged[key] = replace(old, wordings=tuple(dict.fromkeys((*old.wordings, *commitment.wordings))),
                                  excerpts=tuple(dict.fromkeys((*old.excerpts, *commitment.excerpts))),
                                  value=old.value or commitment.value,
                                  announced_by=old.announced_by or commitment.announced_by)
        else:
            merged[key] = commitment
    return list(merged.values())


def _sum_of(commitment: Commitment) -> str:
    """The sum a commitment's wordings name, as the text writes it."""
    money = MONEY.search(" ".join(commitment.wordings))
    return money.group() if money else ""


def _same_thing(one: str, other: str) -> bool:
    """Whether two wordings name one thing: one holds the other ("drones", "5,000 more drones")."""
    one, other = fold(one), fold(other)
    return one in other or other in one


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


def _institution_funded(article: Article, cast: Cast, commitment: Commitment) -> str:
    """The institution a gift sets something up at, when the clause names no receiver: "Germany will give a grant,
    she said, to fund a research chair at Mohammed V University", "Japan provided $2 million to equip a laboratory
    at the University of Nairobi", "Spain will fund the renovation of the surgical wing at Mulago Hospital": the
    university or hospital gains it, not its country. Never a place named after "at" ("to build a clinic at the
    Kakuma camp"), a body that is no institution, nor where a gift was only handed over or signed ("signed a
    grant at Makerere University")."""
    at = _item_at(article, commitment)
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


def _taker_of(article: Article, cast: Cast, commitment: Commitment) -> str:
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
                        r"(?:handed\s+over|delivered|transferred|given|passed\s+on)\s+to\s+(?:the\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,4}$")
"""'... and have been handed over to the grid operator': what follows the things given to the one who takes them."""


def _handed_on(article: Article, cast: Cast, commitment: Commitment) -> str:
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
    r"vehicles|material|assistance|relief|gift|money|funds?|grant|sum)))"
"""What refers back to the things a clause gave: ', which', ', and they', 'and the shipment', 'and the first batch'."""
_TAKEN_AUX = r"(?:was|were|is|are|(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?been|" \
    r"(?:will|would)\s+(?:then\s+|later\s+|also\s+)?be|(?:is|are|was|were)\s+to\s+be)"
_RUN_PLACE = r"(?:(?:[\w-]+\s+){0,3}?(?:shelters?|clinics?|camps?|cent(?:re|er)s?|schools?|hospitals?|kitchens?|" \
    r"warehouses?)\s+(?:run|operated)\s+by\s+(?:the\s+)?)"
_TAKEN_AFTER = re.compile(_THINGS_AGAIN + r"\s+" + _TAKEN_AUX + r"\s+(?:(?:formally|officially|later|then|since|now|"
                          r"already|also|quickly|each|all)\s+)?(?:(?:handed\s+over|delivered|transferred|passed\s+on|"
                          r"given|donated|allocated|distributed|entrusted|consigned|released)\s+to|received\s+"
                          r"(?:(?:at|in|on)\s+[^,;:.]{1,40}?\s+)?by)\s+(?:the\s+)?" + _RUN_PLACE + "?$")
"""The later words of a sentence that say who took the things it gave: "Norway sent 400 tents, which were handed
over to the", "Canada delivered 20 generators, and the shipment was received at the airport by the", "which were
handed over to the shelters run by the" (the body that runs the place takes them)."""


_TAKER_NEXT = re.compile(r"(?:(?P<and>,?\s+and)|,\s+which)\s+(?:the\s+)?$")
_TAKES = re.compile(r"\s+(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|has|have|had)\s+)?"
                    r"(?:(?:also|then|later|formally|now|already)\s+)?(?:receive[sd]?|(?:take|takes|took|taken)\s+"
                    r"delivery\s+of)\b")
_TAKES_THEM = re.compile(_TAKES.pattern + r"\s+(?:them|it|all\s+of\s+them|(?:the|this|that)\s+(?:[a-z][\w-]*\s+)?"
                         r"(?:cargo|shipments?|consignments?|convoys?|goods|supplies|aid|donation|delivery|batch|"
                         r"equipment|items?|vehicles|money|funds?|grant|sum))\b")
"""The body named next as taking what was given: "30 boats, and the Disaster Management Institute will receive them",
"200 pumps, which the Water Authority received in May" (with "which" the thing is not said again)."""


def _taken_after(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Norway sent 400 tents, which were handed over to the Bangladesh Red Crescent Society", "Canada flew in 20
    generators, and the shipment was received at the airport by the Civil Protection Directorate", "Italy donated
    $3 million, which will be transferred to Tunisia's Ministry of Health": the body the same sentence says took the
    things, once given, receives them, rather than the country the article names most. Only the first body named
    after the things, and only when the words that take them up follow them with no other clause between: "Norway
    sent tents; the minister was received by the Red Crescent Society" names a guest, not the tents."""
    at = _item_at(article, commitment)
    if at is None:
        return ""
    sentence = article.sentences[commitment.sentence]
    after = [a for a in cast.in_sentence(commitment.sentence) if a.span.start >= at[1] and a.span.end <= sentence.end]
    first = next((a for a in after if a.kind == "organisation"), None)
    if first is None or first.ref in commitment.givers or \
            any(a.kind != "organisation" and a.span.start < first.span.start for a in after):
        return ""
    between = article.masked[at[1]:first.span.start]
    taken = _TAKEN_AFTER.search(between) or _TAKER_NEXT.search(between)
    if taken is not None and taken.re is _TAKER_NEXT and \
            not (_TAKES_THEM if taken.group("and") else _TAKES).match(article.masked, first.span.end):
        return ""
    if taken is None or len(between[:taken.start()].split()) > 12 or re.search(r"[;:—–]", between[:taken.start()]):
        return ""
    owned = _owned_body(article, cast, commitment.sentence, first)
    return owned.ref if owned is not None else first.ref



_DESCRIBED_TAKER = re.compile(r"(?:^|[,;]\s+|\b(?:and|that)\s+)[Tt]he\s+(?P<phrase>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)"
                              r"\s+(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|has|have|"
                              r"had)\s+)?(?:(?:also|now|then|already|first|soon)\s+)?(?:receive[sd]?|(?:take|takes|took|"
                              r"taken)\s+delivery\s+of)\s+(?:(?:an?|another|some|its|the)\s+)?"
                              r"(?:(?:further|additional|new|first|second|grant|loan|sum|total)\s+(?:of\s+)?){0,2}$")
"""A subject the text calls by the kind of body it is, taking what follows: "The company will also receive", "the
utility is due to receive", "The hospital has already received"."""


def _described_taker(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"The Lakeside Grain Company [...]. The company will also receive a grant of 12 million euros from the EU",
    "The hospital has received 12 ventilators donated by Korea": the one body the article has named in full whose
    name ends with the words the subject calls it by takes the gift, not the country the article names most.
    Nothing when two bodies fit or the one that fits gives ("the bank will receive" in an article whose bank
    lends)."""
    at = _item_at(article, commitment)
    if at is None:
        return ""
    head = article.masked[_own_start(article, commitment.sentence):at[0]]
    for taker in _DESCRIBED_TAKER.finditer(head):
        words = taker.group("phrase").split()
        if words[-1].lower() not in _BODY_HEAD:
            continue
        named = {ident for ident, o in cast.organisations.items() if o.type != "country" and _called_by(o.name, words)}
        if len(named) == 1 and not named & set(commitment.givers) and \
                not _CHANNEL.search(cast.organisations[next(iter(named))].name):
            return named.pop()
    return ""

_ARRIVED_IN = re.compile(r"\s+(?:(?:has|have|had)\s+(?:now\s+|finally\s+|already\s+)?)?(?:arrived|landed|docked|"
                         r"reached)\s+(?:(?:in|at)\s+)?(?:the\s+(?:capital|port|city)(?:\s+of)?,?\s+)?"
                         r"(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
"""' has arrived in Funafuti', ' landed at the capital, Kabul': the place things given arrive at."""


def _arrived_in_capital(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"A shipment of 300 solar lamps delivered by India has arrived in Funafuti", "tents sent by Turkey landed in
    Kabul": things given that the same clause says arrived in a capital go to that capital's country, when the
    article names it and it does not give. The words between the things and the arrival must be no clause of their
    own ("tents, and the minister who landed in Kabul")."""
    sentence = article.sentences[commitment.sentence]
    at = _item_at(article, commitment)
    if at is None:
        return ""
    end = at[1]
    text = _names_blanked(article, cast, commitment.sentence, end, sentence.end)
    for arrived in _ARRIVED_IN.finditer(text):
        between = text[:arrived.start()]
        if _CLAUSE_END.search(between) or re.search(r"[,(]", between) or len(between.split()) > 8:
            return ""
        city = article.masked[end + arrived.start("city"):end + arrived.end("city")]
        country = CAPITALS.get(city) or CAPITALS.get(city.split()[0])  # "Kabul on Monday", "Port Moresby"
        named = [i for i, o in cast.organisations.items() if o.type == "country" and o.name == country]
        return named[0] if named and named[0] not in commitment.givers else ""
    return ""


def _named_in_item(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"training of Ukrainian military medics": the one country whose people the item names, when it
    does not give."""
    sentence = article.sentences[commitment.sentence]
    words = set(re.findall(r"[\w’'-]+", commitment.items[0].name))
    named = {ident for span, ident in cast.org_mentions if span.within(sentence) and ident not in commitment.givers
             and article.masked[span.start:span.end] in words and article.masked[span.start:span.end] in _ADJECTIVES}
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


def _trainees_of(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"Latvia will provide cyber-security training to 60 Georgian specialists", "Sweden will fund demining courses
    for 40 Moldovan police officers": the country whose people, named by its adjective just after the item, the gift
    trains or serves receives it, when it does not give. Not those who fled it ("tents for 500 Sudanese refugees"
    are for the country that shelters them), whom the list of callings leaves out."""
    at = _item_at(article, commitment)
    if at is None:
        return ""
    trainees = _TRAINEES.match(article.masked, at[1], article.sentences[commitment.sentence].end)
    if trainees is None or trainees.group("adjective") not in _ADJECTIVES:
        return ""
    start = trainees.start("adjective")
    named = {ident for span, ident in cast.org_mentions if span.start == start and ident in cast.organisations
             and cast.organisations[ident].type == "country" and ident not in commitment.givers}
    return named.pop() if len(named) == 1 else ""


_PLACED = re.compile(r"\b(?:in|across|throughout|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s*|,?\s+and\s+))*$")


def _placed_in_item(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"additional funding for nutrition programmes in Ethiopia", "desalination pilots along the coasts of
    Somalia and Djibouti": the countries whose land the item's own words place it in, when they do not give."""
    placed = [actor for actor in _places_in_item(article, cast, commitment) if actor.ref not in commitment.givers]
    listed = _listed_after(article, cast, commitment.sentence, placed[-1]) if placed else ()
    return tuple(dict.fromkeys(r for r in (*(a.ref for a in placed), *listed) if r not in commitment.givers))


_STAFF_OF = re.compile(_TO_SOME + r"(?:[a-z][\w-]*\s+)?(?:deminers|officers|staff|personnel|soldiers|troops|officials|"
                       r"employees|workers|technicians|engineers|rangers|firefighters|doctors|nurses|teachers|inspectors|"
                       r"guards|members|specialists|crews|medics|judges|prosecutors|pilots|recruits|agents)\s+"
                       r"(?:of|from|at|with|in)\s+(?:the\s+|its\s+|their\s+)?$")
"""' to 200 deminers of the ': the people of a body, just after what is given to them."""


def _staff_of_body(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"UNDP will provide training to 200 deminers of the National Demining Centre", "uniforms for 300 officers of
    the Border Police Service": the body whose people the words just after the item name receives. Only a body:
    "tents for 500 refugees from Sudan" are for the country that shelters them, not the one they fled."""
    at = _item_at(article, commitment)
    if at is None:
        return ""
    end = at[1]
    body = next((a for a in cast.in_sentence(commitment.sentence) if a.span.start >= end), None)
    if body is None or body.kind != "organisation" or body.ref in commitment.givers or \
            cast.organisations[body.ref].type == "country" or _CHANNEL.search(cast.organisations[body.ref].name):
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


def _placed_after_item(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"Japan pledged $60 million for coastal protection and early warning systems in Fiji, Samoa and Tonga": the
    countries that the words just after the item place the things in, when the item's own words stop short of
    them. Where the clause goes on with a meeting or a time ("$5 million for schools at a meeting in Ghana"),
    the place is where it was said, not where the gift goes."""
    at = _item_at(article, commitment)
    if at is None:
        return ()
    end = at[1]
    first = next((a for a in cast.in_sentence(commitment.sentence) if a.span.start >= end), None)
    if first is None or first.kind != "organisation" or cast.organisations[first.ref].type != "country" or \
            first.ref in commitment.givers or article.masked[first.span.start:first.span.end] in _ADJECTIVES:
        return ()
    gap = article.masked[end:first.span.start]
    if not _THINGS_THEN_PLACE.fullmatch(gap) or _NOT_THINGS.search(gap):
        return ()
    listed = (first.ref, *_listed_after(article, cast, commitment.sentence, first))
    return tuple(dict.fromkeys(r for r in listed if r not in commitment.givers))


def _spent_at_home(article: Article, cast: Cast, commitment: Commitment) -> bool:
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
    words = " ".join(commitment.wordings) + " " + _clause_after(cast, commitment)
    if _OWN_USE.search(words):
        return True
    at = _item_at(article, commitment)
    if at is None:
        return False
    position, end = at[0], at[1] + len(_clause_after(cast, commitment))
    others = [ident for span, ident in cast.org_mentions if position <= span.start and span.end <= end
              and ident not in commitment.givers]
    return not others and bool(_AT_HOME.search(words))


def _places_in_item(article: Article, cast: Cast, commitment: Commitment) -> list[Actor]:
    """The countries the item's words name as where it is ("for flood relief in Chad")."""
    at = _item_at(article, commitment)
    if at is None:
        return []
    return [actor for actor in cast.in_sentence(commitment.sentence) if actor.kind == "organisation"
            and at[0] <= actor.span.start and actor.span.end <= at[1]
            and cast.organisations[actor.ref].type == "country"
            and article.masked[actor.span.start:actor.span.end] not in _ADJECTIVES
            and _PLACED.search(article.masked[max(at[0], actor.span.start - 60):actor.span.start])
            and not _TOLD_IN.search(article.masked[max(at[0], actor.span.start - 60):actor.span.start])]


def _in_sentence(cast: Cast, found: list[Commitment], commitment: Commitment) -> str:
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


def _clause_before(article: Article, cast: Cast, found: list[Commitment], commitment: Commitment) -> str:
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
    verbs = [v for v in _VERBS.finditer(article.masked, sentence.start, cut.start() if cut else sentence.start)
             if v.lastgroup not in _NOT_GIVING]
    if cut is None or not verbs:
        return ""
    named = _receiver_after(article, cast, index, verbs[-1].end())
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


def _section_country(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"UKRAINE [...] - Denmark will finance 40 drones. MOLDOVA - Romania handed over 40 generators": in a readout
    or live report whose sections are headed by a country's name, a gift its clause gives to no one is for the
    country of its section, when that country does not give it. The nearest heading before the gift decides; one
    that names no country alone ("WHAT'S NEXT", "Meeting with Norway") ends the section and says nothing."""
    for index in range(commitment.sentence - 1, -1, -1):
        text = article.sentence_text(index).strip()
        if _BULLET.match(text) or re.search(r"[.!?:;,”’\")]$", text) or len(text.split()) > 6:
            continue
        name = fold(text)
        country = next((ident for ident, o in cast.organisations.items() if o.type == "country"
                        and name in {fold(form) for form in (*o.forms, o.name)}), "")
        return country if country not in commitment.givers else ""
    return ""


def _opening_place(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"In Chad, where the floods cut the roads, the government asked partners for boats": in a report on
    several countries, the country a sentence opens with is the one its need or aid is in, when it does not give."""
    sentence = article.sentences[commitment.sentence]
    opening = re.compile(r"(?:[^,;:]{0,20}\s)?In\s+(?:the\s+)?")
    for actor in cast.in_sentence(commitment.sentence)[:1]:
        if actor.kind == "organisation" and actor.ref not in commitment.givers and \
                cast.organisations[actor.ref].type == "country" and \
                opening.fullmatch(article.masked[sentence.start:actor.span.start]) and \
                re.match(r"\s*,", article.masked[actor.span.end:]):
            return actor.ref
    return ""


def _nearby_receiver(article: Article, cast: Cast, commitment: Commitment, donors: set[str], main: str) -> str:
    """Whom a gift is for when its clause does not say, in an article on several: the one country that
    opens the sentence or one of the two before it, other than any that gives ("Honduras has fared worst.
    [...] The World Bank has responded with a $150 million package"); none while the article's main
    receiver is named there too."""
    start = article.sentences[max(0, commitment.sentence - 2)].start
    if any(ident == main and start <= span.start < article.sentences[commitment.sentence].end
           for span, ident in cast.org_mentions):
        return ""
    near = set()
    for index in range(max(0, commitment.sentence - 2), commitment.sentence + 1):
        subject = cast.sentence_subject(index)
        if subject is None or subject.kind != "organisation" or \
                article.masked[subject.span.start:subject.span.end] in _ADJECTIVES:
            continue
        if cast.organisations[subject.ref].type == "country" and subject.ref not in donors | set(commitment.givers) \
                and not _gives_after(article, index, subject):
            near.add(subject.ref)
    return near.pop() if len(near) == 1 else ""


_NOT_GIVING = frozenset({"asked", "recv_future", "recv_past", "thanked", "thanks_to", "arrived"})


def _gives_after(article: Article, index: int, subject: Actor) -> bool:
    """Whether the sentence shows its subject giving, in words the rules may not read as a gift of their own:
    "Chile is adding a grant of $15 million for radars. The EIB has committed 40 million euros for dykes": a
    country that gives in the sentences before is no receiver of the gift told after."""
    return any(verb.lastgroup not in _NOT_GIVING
               for verb in _VERBS.finditer(article.masked, subject.span.end, article.sentences[index].end))


def _receiver_weights(found: list[Commitment], cast: Cast, givers: tuple[str, ...]) -> Counter[str]:
    """How much the article makes each country a receiver: each time it names it, and thrice more each
    time a clause names it as the receiver."""
    # every mention counts, those inside a title too ("Ecuador's president, Andrés Salcedo"); a country that
    # gives and receives nothing in the article is a donor, however often it is named
    donors = {g for c in found if c.status != "asked" for g in c.givers} - {r for c in found for r in c.receivers}
    # "Germany pledged 80 million euros, France 50 million": France gives a share, whether or not its clause is read
    donors |= {g for index in {c.sentence for c in found} for g in _gapped_givers(cast, index)}
    weight = Counter(ident for span, ident in cast.org_mentions if ident not in givers and ident not in donors
                     and ident in cast.organisations and cast.organisations[ident].type == "country"
                     and not _those_who_fled(cast, span))
    for commitment in found:
        for receiver in commitment.receivers:
            if receiver not in givers and cast.organisations[receiver].type == "country":
                weight[receiver] += 3
    return weight


_FLED_FROM = re.compile(r"\s+(?:[a-z][\w-]*\s+)?" + _FLED + r"\b")


def _those_who_fled(cast: Cast, span: Span) -> bool:
    """Whether a country is named by the adjective of people who have fled it: aid "to help Somali refugees in
    Kenya" or "for Afghan refugees" goes where they shelter, never to the country they fled."""
    return cast.article.masked[span.start:span.end] in _ADJECTIVES and bool(_FLED_FROM.match(cast.article.masked, span.end))


def _main_receiver(found: list[Commitment], cast: Cast, givers: tuple[str, ...] = ()) -> str:
    """Whom the article's aid is for when a clause does not say: the country the article names most as a
    receiver, unless the headline gives to another and that one is the host, or the body seems to make the
    headline's country only give."""
    weight = _receiver_weights(found, cast, givers)
    most = weight.most_common(1)[0][0] if weight else ""
    headline = _headline_receiver(cast)
    if most and headline and headline != most and headline not in givers and \
            (most in _hosts(cast) or headline not in weight):
        return headline
    return most


_HEADLINE_TO = r"(?<!\bvisit\s)(?<!\bvisits\s)(?<!\btrip\s)(?<!\btour\s)\b(?:[Ff]or|[Tt]o|FOR|TO|[Ii]n|IN)\s+(?:the\s+|THE\s+)?"


def _headline_receiver(cast: Cast) -> str:
    """"Donors promise homes and classrooms for Syria's battered north-west", "$45 Million to Clear Mines in
    Laos": the one country the headline names after "for", "to" or "in", whom the article's aid is for."""
    article = cast.article
    header = article.text[:article.body_start]
    named = {ident for ident, o in cast.organisations.items() if o.type == "country" and any(
        re.search(_HEADLINE_TO + re.escape(form) + r"(?![\w-])", header)
        for form in (*o.forms, o.name) if form not in _ADJECTIVES)}
    return named.pop() if len(named) == 1 else ""


_HOSTED = r"(?:(?:co-)?hosted\s+by\s+(?:the\s+)?(?:[\w-]+\s*,?\s+(?:and\s+)?)?(?:the\s+)?{form}(?![\w-])|" \
          r"(?<![\w-]){form},?\s+(?:the\s+)?(?:co-)?hosts?\b|(?<![\w-]){form}\s+(?:co-)?hosts\b)"


def _hosts(cast: Cast) -> set[str]:
    """The countries that host the meeting an article reports: the one its dateline names ("GAZIANTEP,
    Turkey"; "OSLO —"), or one the text says hosts it ("co-hosted by Turkey and the EU", "Indonesia, the
    host, said"). Such a country is named as the place and by its ministers, more often than the country the
    pledges are for; its many mentions do not make it the receiver."""
    article = cast.article
    header = article.text[:article.body_start]
    place = article.dateline_place
    hosts = set()
    for ident, o in cast.organisations.items():
        if o.type != "country":
            continue
        forms = [re.escape(form) for form in (*o.forms, o.name)]
        if CAPITALS.get(place) == o.name or any(
                re.search(r"^[^\n,]{2,40},\s*" + form + r"\s*$", header, re.MULTILINE) for form in forms) or any(
                re.search(_HOSTED.format(form=form), article.masked) for form in forms):
            hosts.add(ident)
    return hosts


_BOTH = re.compile(r"\b(?:in|for|across|to|between)\s+(?:the\s+)?(?:two|both)\s+(?:countries|nations|states)\b")


def _item_at(article: Article, commitment: Commitment) -> tuple[int, int] | None:
    """Where a commitment's item stands in its sentence, by its longest wording: the rules that read the words around
    the thing given start from there. None when the wording is not in the sentence as written."""
    sentence = article.sentences[commitment.sentence]
    wording = max(commitment.wordings, key=len)
    position = article.masked.find(wording, sentence.start, sentence.end)
    return (position, position + len(wording)) if position >= 0 else None


def _clause_after(cast: Cast, commitment: Commitment) -> str:
    """The words of a commitment's clause after its item, up to where the clause ends: "training for 900 nurses
    in both countries, and Japan sent tents" gives " for 900 nurses in both countries"."""
    article = cast.article
    at = _item_at(article, commitment)
    if at is None:
        return ""
    rest = article.masked[at[1]:article.sentences[commitment.sentence].end]
    end = _CLAUSE_END.search(rest)
    return rest[:end.start()] if end else rest


def _both_receivers(found: list[Commitment], cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"6 million pounds for cholera treatment centres in the two countries": the two countries the article
    makes receivers most, when a third is clearly less so; the words may stand in the item or in the rest of
    its clause ("has provided training for 900 nurses in both countries")."""
    if not _BOTH.search(" ".join(commitment.wordings)) and not _BOTH.search(_clause_after(cast, commitment)):
        return ()
    weight = _receiver_weights(found, cast, commitment.givers).most_common(3)
    if len(weight) < 2 or (len(weight) == 3 and weight[2][1] * 2 > weight[1][1]):
        return ()
    return (weight[0][0], weight[1][0])


def _text(cast: Cast, givers: tuple[str, ...], receivers: tuple[str, ...], status: str, item: Item,
          value: tuple[str, str] | None) -> str:
    def names(ids: tuple[str, ...]) -> str:
        listed = [cast.organisations[i].name if i in cast.organisations else i for i in ids]
        return " and ".join(listed)

    what = f"{item.quantity} {item.name}" if item.quantity else item.name
    verb = {"asked": "was asked for", "pledged": "pledged", "agreed": "agreed to give", "signed": "signed",
            "delivered": "delivered"}[status]
    to = f" to {names(receivers)}" if receivers and status != "asked" else ""
    if status == "asked":
        return f"{names(receivers) or 'The receiver'} asked {names(givers) + ' ' if givers else ''}for {what}."
    return f"{names(givers)} {verb} {what}{to}." + (f" ({value[1]} {value[0]})" if value and value[0] not in what else "")


_ABSOLUTE_LEAD = re.compile(r",\s+(?:with\s+)?(?:the\s+)?$")


def _absolute(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> _Clause | None:
    """"Talks ended in Dakar, with the African Development Bank promising $80 million for farmers", "..., Spain
    offering 5 million euros": the country or organisation named right before the participle, after a comma and
    an optional "with", gives, to the one the clause names; "..., with donors pledging $2 billion" names no giver,
    "..., with the EU promising €210 million to help African governments" no receiver, to propose."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= verb.start()]
    if not before or before[-1].kind != "organisation" or article.masked[before[-1].span.end:verb.start()].strip():
        return None
    actor = before[-1]
    if article.masked[actor.span.start:actor.span.end] in _ADJECTIVES or \
            not _ABSOLUTE_LEAD.search(article.masked, max(0, actor.span.start - 12), actor.span.start):
        return None
    giver = _party(cast, actor, index)
    # the receiver must be named in the clause: a meeting's host, guessed, is as often wrong as right
    receivers = tuple(r for r in _receiver_after(article, cast, index, verb.end(), "to|for|in|into") if r != giver)
    if not giver or not receivers:
        return None
    return _Clause((giver,), receivers, "pledged", verb.end(), f"{LIKELY}: {verb.group()!r}: a participle with its "
                   "own subject", end=_first_share_end(article, cast, index, verb.end(), False))


_READERS: dict[str, Callable[[Article, Cast, int, re.Match[str]], _Clause | None]] = {
    "signed_by": _signed_by, "built_under": _built_under_document, "reached_with": _reached_with,
    "thanks_to": _thanks_to, "given_by": _given_by, "promised_by": _promised_by, "continues": _continued,
    "signing_of": _signing_of, "decision_of": _decision_of, "came_from": _came_from, "bound_for": _bound_for,
    "absolute": _absolute,
    "asked_of": _request_to, "asked_apposed": _request_apposed, "asked_for": _request_for,
}
"""The kinds of wording whose clause a reader of its own reads, from the sentence alone."""
