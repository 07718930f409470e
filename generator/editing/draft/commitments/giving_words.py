"""The phrases of giving that the verb lexicon is built from.

Some are read on their own too: sums given, aid resumed or added, gifts told by a noun, people reached."""
from __future__ import annotations

from generator.editing.draft.items import AID, GOODS
from generator.editing.draft.items.money import CODES

WORDS_OFFERED = r"(?!\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+)?(?:its|their|his|her|our)\s+" \
    r"(?:(?:full|fullest|continued|continuing|strong|unwavering|unconditional|total|complete|wholehearted|political|" \
    r"diplomatic|moral|firm|steadfast|unequivocal|unreserved|warm|deep|deepest|sincere|heartfelt)\s+){0,2}" \
    r"(?:support|backing|solidarity|sympathy|sympathies|condolences|encouragement|blessing|good\s+offices)\b" \
    r"(?!\s+(?:package|programme|program|worth|of\s+(?:[A-Z]{0,3}[€$£¥]|\d))))"
"""'offered its full support to Chad', 'offers Chad its solidarity': backing said in words, not a thing given;
'offered its support package of $5 million' still gives."""
SUM_AFTER = r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|another\s+|(?:a|an)\s+(?:further|additional|" \
    r"extra)\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d[\d.,]*\s*(?:million|billion|bn|m)\b|(?:" + CODES + r")\s?\d)"
"""A sum right after a verb that gives only money: "ring-fenced $5 million", "is channelling €20m"."""
TOPPED_UP = r"\s+up\s+(?:its|their|his|her|the)\s+(?:[^.;:,]{0,60}?\s)?(?:by|with)(?=\s+(?:a\s+further\s+|another\s+|" \
    r"an?\s+(?:additional|extra)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d))"
"""'topped up its grant to Chad with a further $5 million', 'will top up its contribution by €2m': what is given
is the sum added, after "by" or "with"."""
INTO = r"(?=\s+(?:up\s+)?(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+|some\s+|about\s+)?(?:[A-Z]{0,3}[€$£¥]|\d|" \
    r"(?:" + CODES + r")\s)(?:[^.;]|\.\d){0,40}?\s+(?:into|towards?)\s)"
"""'poured $5 million into schools in Chad': money put into something, its sum right after the verb."""
RESUMED_AID = r"\s+(?:(?:part|some|most|all|much)\s+of\s+)?(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?" \
    r"(?:aid|loans?|[\w]+-loan|assistance|funding|deliveries|shipments|disbursements?|grants?|" \
    r"(?:budget|budgetary|development|financial)\s+support)\b"
_RESUME = r"(?:resume|restart|restore)(?=" + RESUMED_AID + ")"
"""'would restart 11 yen-loan projects', 'will resume aid to Chad', 'would restore part of its budget support to
Mali': aid given again after a pause, the whole or a part of it; 'restore order' or 'restore the bridge' gives
no aid back."""
_ADD = r"add(?=" + SUM_AFTER + r"|\s+(?:a|an)\s+(?:[A-Z]{0,3}[€$£¥]\s?\d|\d)(?:[^.;:,]|[.,]\d){0,30}?\s+" \
    r"(?:grant|loan|contribution|donation|tranche)\b)"
"""'said Madrid would add 25 million euros for flood defences', 'will add a $12 million grant to UNICEF': a sum put
on top of what was given; 'would add pressure on Chad' or 'added that aid was coming' gives nothing."""
_SUPPORT_BUILDING = r"support(?=\s+the\s+(?:construction|expansion|rehabilitation|reconstruction|rebuilding|renovation|" \
    r"refurbishment|repair|upgrading|upgrade|moderni[sz]ation|building)\s+of\b)"
"""'will support the construction of 20 schools in Chad': what is built is given; 'support the creation of a
commission' or 'support Chad's bid' gives nothing."""
SUM_MADE_AVAILABLE = r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|another\s+|(?:a|an)\s+(?:further|additional|" \
    r"extra)\s+)?(?:[A-Z]{0,3}[€$£¥]|[A-Z]{3}\s\d|\d)(?:[^.;:,]|[.,]\d){0,60}?\s+available\s+(?:to|for)\s"
"""'will make up to $1.2 billion available to Chad', 'would make $95 million available to the three Baltic
states', 'available for private projects': a sum the giver puts at the disposal of those it names, the sum said
between the verb and its adjective."""
SUM_OF_MONEY = r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|another\s+|(?:a|an)\s+" \
    r"(?:further|additional|extra|new)\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|(?:" + CODES + r")\s?\d|" \
    r"\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:euros?|dollars|pounds|francs|yen|kroner|kronor|krona|yuan|rupees)\b)"
"""A sum that can only be money, a currency told by its sign or its name: 'confirmed a further 40 million euros',
'has invested more than $600 million'; '2 million people' or '40 tonnes' is no sum."""
SUM_FOR = SUM_OF_MONEY + r"(?:[^.;,]|[.,]\d){0,20}?\s+(?:for|to)\s"
"""'confirmed a further 40 million euros for winter heating': a sum told with what or whom it is for; 'confirmed $2
billion in losses' is a figure, no aid."""
SET_OUT = r"(?:set|sets|rolled|rolls|laid|lays)\s+out(?=\s+(?:(?:a|an|another|its|their)\s+)?(?:(?:new|further|" \
    r"additional|fresh)\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d[\d.,]*\s*(?:million|billion|bn|m)\b))"
"""'Britain has set out a £12m package for the response', 'rolled out a €75m programme', 'laid out $3 billion in
aid': a sum made public as a plan is pledged; 'set out his plans for the economy', with no sum, gives nothing."""
_POSTED = r"(?:station|post|second)(?=\s+(?:(?:up\s+to|about|some|around|another|a\s+further)\s+)?(?:\d|(?:two|three|" \
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b|(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:team|" \
    r"contingent|unit|battalion|battery|squadron|detachment|group)\b))"
"""'Germany will station two Patriot fire units in Lithuania', 'will post a police contingent to Kosovo', 'will
second a team of engineers to Uganda': people or units placed with another country; 'post a loss', with no number or
unit counted, gives nothing."""
FIELD_HOSPITAL = r"(?=\s+(?:(?:a|an|another|its|their|two|three|\d+)\s+)(?:[\w-]+\s+){0,2}?field\s+hospitals?\b)"
"""'has opened a 150-bed field hospital in Gaza', 'will set up two field hospitals in Hatay': a hospital a state or an
agency sets up where help is needed is help given there; 'opened a new embassy' or 'opened a hospital wing' is not."""
_REDIRECT = r"(?:redirect|reallocate|repurpose|reprogram(?:me)?)(?=" + SUM_AFTER + r"|\s+(?:[A-Z]{0,3}[€$£¥]|\d))"
"""'was prepared to redirect US$50 million from an existing loan to Lebanon': money moved to a new use is given
for it; 'redirect the convoy', with no sum, gives nothing."""
READINESS = r"(?:stated|states|expressed|expresses|declared|declares|confirmed|confirms|signall?ed|signals|reaffirmed|" \
    r"reaffirms)\s+(?:its|their|his|her)\s+(?:readiness|willingness)\s+to"
"""'The bank stated its readiness to provide a loan', 'Oslo expressed its willingness to fund': a promise told as a
readiness, as "is ready to provide" is."""
OVER_TO = r"(?:\s+the\s+keys\s+(?:of|to))?(?=\s+(?:(?:the|its|their|a|an|another|some|about|nearly|over)\s+)?" \
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+" \
    r"(?:[\w-]+\s+){1,5}?over\s+to\s+(?:the\s+)?[A-Z])"
"""'will hand 40 trucks over to the Ukrainian army', 'handed the keys of 20 ambulances over to the Moldovan health
ministry': a particle verb split by a counted object, read as "hand over" (the keys stand for what they open); an
object not counted is an office or a duty ("handed the chairmanship over to Finland", "the case over to
prosecutors") and gives nothing."""
HANDED_TO = r"(?=\s+(?:(?:the|its|their|a|an|another|some|about|nearly|over)\s+)?" \
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+" \
    r"(?:[\w-]+\s+){1,5}?to\s+(?:the\s+)?[A-Z])"
"""'handed 40 generators to the Malawian army', 'will hand 2,000 tents to Malawi': "hand" without "over", read only
with a counted object, as "handed power to the army" or "handed a letter to Malawi" gives no aid."""
PRESENTED = r"(?:(?:\s+the\s+keys\s+(?:of|to))?(?=\s+(?:(?:the|its|their|a|an|another|some|about|nearly|over)\s+)?" \
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+" \
    r"(?!(?:[\w-]+\s+){0,2}?(?:proposals?|reports?|plans?|options|papers|recommendations|credentials|awards?|medals?|" \
    r"findings|ideas|scenarios|bills|petitions?|letters?)\b)" \
    r"(?:[\w-]+\s+){1,5}?to\s+(?:the\s+)?[A-Z])|(?=\s+(?:a|an|the)\s+(?:symbolic\s+|ceremonial\s+)?(?:cheque|check)\s+" \
    r"(?:for|of|worth)\s+(?:[A-Z]{0,3}[€$£¥]|\d)))"
"""'presented 20 ambulances to the Malawi Red Cross', 'presented the keys of 20 ambulances to the ministry', 'presented
a cheque for $50,000': a thing counted, handed to one named, or a cheque; "presented its plan to donors" or "presented
a report to parliament" gives nothing."""
EQUIPPED_WITH = r"(?=\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}(?:[’']s(?:\s+[a-z][\w-]*){1,3})?" \
    r"\s+with\s+(?:(?:a|an|another|some|about|" \
    r"nearly|over|up\s+to|more\s+than)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d|(?:two|three|four|five|six|seven|eight|nine|ten|" \
    r"dozens|hundreds|thousands)\b))"
"""'will equip the Malawi Defence Force with 20 trucks', 'equipped Ukraine with 12 radars', "equipped Malawi's army with
50 trucks": what a giver equips the one named, or what it owns, with, told by its count or its sum; 'equip the army with
the skills' gives nothing."""
MORE_OF = r"\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:exports|supplies|deliveries|shipments|flights|aid|" \
    r"assistance|funding)\s+to\s+(?:the\s+)?"
_MORE_SENT = r"(?:increase|expand|boost|scale\s+up|ramp\s+up|double|triple)(?=" + MORE_OF + "[A-Z])"
"""'Poland would increase electricity exports to Ukraine', 'will expand its humanitarian air bridge flights to Sudan':
more of a supply sent to the one named after "to"; 'increase exports to Asia' names a market, which the cast
does not hold; 'boost its exports' names no one it goes to."""
LAUNCHED_SUM = r"(?=\s+(?:a|an|its|their|the)\s+(?:(?!(?:appeal|for)\b)[\w,-]+\s+){0,3}?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d)" \
    r"[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?(?:\s+(?!to\b)[\w-]+){0,2}?\s+" \
    r"(?:programme|program|project|fund|facility|initiative|scheme)s?\b)"
"""'USAID today launched a five-year, $45 million programme to reduce malaria deaths in Uganda': a programme
with its sum, begun by its funder, is money given; 'launched a new programme' or 'launched a 10-point plan',
with no sum, gives nothing, and 'launched an appeal for $20 million to fund' asks."""
WORDS_SENT = r"(?!\s+(?:(?:to\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+)?(?:(?:a|an|its|their|his|her|the)\s+)?" \
    r"(?:[\w-]+\s+){0,2}?(?:message|letter|note|greeting|wish|wishes|condolence|congratulation|signal|invitation|telegram|" \
    r"envoy|delegation)s?\b)"
"""'sent to Chad a message of support', 'sent Chad a letter of condolence': words or people sent, not a thing given."""
SUM_CONTRIBUTION = r"\s+(?:a|an)\s+(?:(?:further|additional|extra|new|first|second|emergency|special|voluntary|one-off)\s+)?" \
    r"(?:[A-Z]{0,3}[€$£¥]\s?|(?:" + CODES + r")\s?)?\d[\d.,]*(?!\s*(?:%|per\s?cent\b|percent\b))" \
    r"(?:\s+(?:million|billion|bn|m|thousand|[A-Za-z]+(?=\s+(?:pledge|donation|contribution))))" \
    r"{0,2}(?:\s+[\w-]+)?\s+(?:pledge|donation|contribution)\s+(?:to|towards)\s"
"""'made a $5 million contribution to the WFP', 'will make a NOK 20 million donation to the Red Cross': a sum given, told
by the noun of its gift with the one it goes to after; 'made a strong contribution to the debate' names no sum, nor 'a 2
percent contribution to growth'."""
WEIGHED_CARGO = r"\s+(?:(?:some|about|around|nearly|over|more\s+than|another|a\s+further)\s+)?\d[\d,.]*\s+(?:metric\s+)?" \
    r"(?:tonnes|tons|kilograms|kg|pallets|containers|crates|boxes|cartons|truckloads)\s+of\b"
"""'25 tonnes of shelter kits', '40 pallets of medicine': cargo weighed or counted out, which a verb of carrying brings."""
GIVE = r"(?:send" + WORDS_SENT + r"|provide|supply|give|donate|deliver|distribute|install|deploy|finance|fund|" \
        r"co-?finance|co-?fund|" \
        r"transfer|hand\s+over|hand" + OVER_TO + "|hand" + HANDED_TO + "|equip" + EQUIPPED_WITH + "|" \
        + _POSTED + "|" + _ADD + "|" \
        r"hand(?=\s+(?:the\s+)?[A-Z])|extend|" \
        r"allocate|contribute|pay\s+for|lend" + WORDS_OFFERED + r"|ship|dispatch|make\s+available|guarantee|train|" \
        r"release|disburse|" \
        r"bring\s+forward|unlock|free\s+up|pay|channel(?=" + SUM_AFTER + r")|" + _REDIRECT + r"|put\s+up(?=" + SUM_AFTER + r")|" \
        r"gift|mobili[sz]e|earmark|set\s+aside|grant|award|" \
        r"make(?=" + SUM_MADE_AVAILABLE + r")|ring-?fence(?=" + SUM_AFTER + r")|top" + TOPPED_UP + r"|" \
        r"(?:pump|inject)" + INTO + "|" + _RESUME + "|" + _SUPPORT_BUILDING + "|" \
        r"(?:fly|airlift|truck|rush|air-?drop)" \
        r"(?=\s+(?:in\s+)?(?!(?:to|into|in|out|back|home|over|from|with|by|on|at)\b)[\w€$£])|" \
        r"(?:spend|invest)(?=\s+(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+|more\s+than\s+)?[€$£\d]|" + \
        SUM_OF_MONEY + r")|" \
        r"(?:support|help)(?=\s+(?:the\s+)?[A-Z][^,.;]{0,40}?\s+with\s+(?:(?:a|an|another)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d))|" \
        r"make(?=\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:contribution|donation)\b|" + SUM_CONTRIBUTION + r")|" \
        r"(?:hold|run|host|conduct|organi[sz]e|launch|start)(?=\s+(?:(?:a|an|the|its)\s+)?(?:new\s+)?(?:[\w-]+\s+){0,4}?" \
        r"(?:course|training|workshop)s?\b)|" \
        r"(?:open|set\s+up|establish|erect|build)" + FIELD_HOSPITAL + "|" \
        r"(?:put|channel|pour|plough|plow)(?=\s+(?:up\s+)?(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+|" \
        r"some\s+|about\s+)?(?:[A-Z]{0,3}[€$£¥]|\d|(?:" + CODES + r")\s)(?:[^.;]|\.\d){0,64}?\s+" \
        r"(?:into|towards?)\s)|" \
        r"offer(?!\s+to\b)" + WORDS_OFFERED + "|" + _MORE_SENT + "|" \
        r"(?:cover|bear|meet|shoulder)\s+the\s+(?:full\s+|entire\s+)?costs?\s+of|foot\s+the\s+bill\s+for|" \
        r"commit(?=\s+(?:[€$£]|\d|(?:a|an)\s+(?:further|" \
        r"additional|extra|new)|(?:another|more|further|additional)\s)))"
GIVING = r"(?:sending" + WORDS_SENT + r"|providing|supplying|giving|donating|delivering|distributing|installing|" \
          r"deploying|financing|" \
          r"(?:co-?)?funding|co-?financing|channell?ing(?=" + SUM_AFTER + r")|" \
          r"transferring|handing\s+over|handing" + OVER_TO + "|handing" + HANDED_TO + "|equipping" + EQUIPPED_WITH + \
          "|lending" + WORDS_OFFERED + "|shipping|contributing|allocating|gifting|" \
          r"(?:rushing|airlifting|air-?dropping)(?=\s+(?!(?:to|into|in|out|back|home|over|from|with|by|on|at)\b)[\w€$£])|" \
          r"dispatching|earmarking|pledging|" \
          r"granting|disbursing|releasing|mobili[sz]ing|committing(?!\s+to\b)|" \
          r"(?:covering|bearing|meeting|shouldering)\s+the\s+(?:full\s+|entire\s+)?costs?\s+of|" \
          r"paying\s+for|setting\s+aside|(?:putting|pouring|ploughing|plowing|pumping|injecting)" + INTO + "|" \
          r"offering(?!\s+to\b)" + WORDS_OFFERED + \
          r"|(?:spending|investing)(?=\s+(?:another\s+)?[€$£\d]))"
"""The verbs of giving, in a lexicon broad enough for any writer's choice: whatever the verb, the
rules read its giver, receiver and item from the clause alone."""
GIVING_WITH_SUBJECT = r"(?:promising|pledging|offering|committing|announcing|earmarking|unveiling|providing|sending|" \
    r"donating|contributing|allocating|granting|lending|giving|adding)(?=\s+(?:(?:a|an)\s+(?:further|additional|extra|" \
    r"new)\s+|another\s+|up\s+to\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|a\s+)?(?:[A-Z]{0,3}[€$£¥]|[A-Z]{3}\s\d|\d))"
"""'..., with the European Union promising 210 million euros to help', '..., Spain offering 5 million euros': a
participle with a subject of its own, after a comma, gives as a finite verb would; only with a figure after it."""
STEP_UP = r"step\s+up\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:support|aid|assistance|funding|help)\s+(?:for|to)(?=\s)"
"""'will step up its support for water pumps in Chad': more of what is given, a promise only where a verb of the
future opens it ("and step up grant aid for flood control, the two said" tells of a package told elsewhere)."""
BUY = r"(?:buy|purchase|procure|order)"
"""Buying is giving only when the text says for whom: "will buy 800,000 shells for Ukraine"."""
ADVERBS = r"(?:(?:also|already|now|jointly|soon|further|then|still|quickly|swiftly|together|since|so\s+far|to\s+date|" \
           r"recently|previously|collectively|separately|formally|officially|once\s+again|again|finally|each|instead|all|" \
           r"meanwhile|likewise|additionally|shortly|initially|(?!(?:sup|ap|re|com|multi)ply\b)[a-z]{3,}ly)\s+)*"
"""Adverbs between an auxiliary and its verb: "has so far provided", "will also send"."""
PASSIVE = r"(?:given|sent|provided|supplied|handed|offered|delivered|granted|allocated|promised|lent|loaned|pledged|" \
           r"airlifted|air-?dropped|rushed|trucked|dispatched|despatched|ferried|(?:flown|transported)(?=\s+(?:in|into|to)\b)|" \
           r"donated|transferred|shipped|earmarked|committed|(?:co-?)?financed|(?:co-?)?funded|turned(?=\s+over)|" \
           r"(?:released|disbursed)(?=\s+(?:[\w-]+\s+){0,2}?by\s)|paid(?=\s+out\s+to\s))"
"""'was released by the EU', 'were disbursed by the World Bank': money paid out, its payer after "by"; only with a
sum told before the verb (`_PAID_OUT`), since "the hostages were released by the rebels" gives nothing."""
GIFT_NOUN = r"(?:pledge|donation|gift|package|contribution|transfer|delivery|deliveries|provision|grant|loan|shipment|" \
             r"consignment|tranche|allocation|supplies|supply|handover|hand-over|" \
             r"(?:deployment|dispatch)(?=\s+of\s[^.;:]{0,80}?\sby\s+(?:the\s+)?[A-Z]))s?"
"""Nouns that name a gift: "Germany's pledge of four systems", "a donation of 50 ambulances from Austria",
"a €100 million grant from the EU": the same fact as a verb of giving, said as a noun. A deployment is a gift only
with who sent it after "by" ("the deployment of 250 rescuers by Chile"): "the deployment of troops to the
border" sends no help to anyone."""
PAYOUT_NOUN = r"(?:disbursement|provision|supply)"
"""'the disbursement by the European Commission of €3.1 billion to Ukraine', 'the provision by Japan of 12 boats': the
noun of a sum paid out or a thing supplied, its payer after "by" and what it pays after "of" (`gift_by`); not
"payment", which as often repays a lender ("the payment by Ukraine of $500 million to the IMF")."""
TO_NAME = r"(?:to|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,4}"
"""'a $150 million concessional loan to Pakistan from the Asian Development Bank': the one a gift goes to, named between
the noun and "from" its giver; a name only, so that "a loan to rebuild schools from next year" stays out."""
CALLED_FOR = r"(?:called|calls|(?:(?:is|are|was|were)\s+)?calling)\s+for(?=\s+(?:(?:an?\s+)?(?:further|additional|extra)\s+|" \
    r"another\s+|up\s+to\s+|at\s+least\s+|some\s+|about\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d(?![\d,.]*\s*(?:%|per\s*cent|" \
    r"percent|days?|weeks?|months?|years?|hours?|minutes?)\b)))"
"""'The Red Cross called for 50,000 tents', 'is calling for $10 million': a call for a counted thing or a sum is a
request; 'called for an end to the fighting' or 'called for 3 days of mourning' asks for no aid."""
GOES_TO = r"(?:(?:will|would)\s+go\s+to|goes\s+to|went\s+to|(?:will\s+be|is|are|was|were)\s+(?:earmarked\s+for|" \
    r"set\s+aside\s+for|used\s+by)|(?:will|would)\s+(?:help|support|benefit|fund|finance|enable))"
"""Where a gift named by its noun goes: "Japan's $5 million grant will go to the Red Cross", "a grant from Japan is
earmarked for the Red Cross", "will be used by the Red Cross", "Japan's $5 million donation will help UNICEF
provide clean water"."""
NOMINAL = ("gift_of", "gift_from", "gift_to", "gift_by")
BUILT = r"(?:build|rebuild|construct|reconstruct|renovate|refurbish|repair|restore|equip|upgrade|moderni[sz]e|" \
         r"support\s+the\s+(?:establishment|construction|creation|building|rehabilitation)\s+of)\b"
"""'under which Romania will rebuild 14 kindergartens': what a document commits a side to build for the other."""
BUILT_FOR = r"\s+(?:up\s+to\s+|about\s+|some\s+|more\s+than\s+|nearly\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|" \
    r"eight|nine|ten|eleven|twelve|dozens|hundreds)\s+[^.;:]{0,60}?\b(?:in|for)\s+(?:the\s+)?[A-Z]"
"""'will rebuild 14 kindergartens in Moldovan border districts', 'will build three bridges for Malawi': works counted,
for a place or a state the clause names; "will build its own capacity" or "will rebuild homes" names neither."""
REACHED_PEOPLE = r"(?:people|persons|families|households|children|refugees|villagers|residents|survivors|patients|" \
                  r"farmers|women|migrants|beneficiaries|displaced\s+people)"
"""'has reached 85,000 people with food assistance': aid agencies count what they gave by whom it reached."""
SHIFTED_TO = r"(?:paid\s+out|disbursed|transferred|handed\s+over|delivered|released|sent|shipped|donated|supplied|" \
    r"dispatched)\s+to(?=\s+(?:the\s+)?[A-Z][\w’'-]*" \
    r"(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:the|a|an|its|their|another|some|\d|[A-Z]{0,3}[€$£¥]))" + WORDS_SENT
"""'paid out to Chad the first tranche', 'has delivered to Peru a further 30 boats': the one who receives named
before the thing, which a long name sends to the end; the verb, "to" and all, leaves the receiver right after it."""
SUM_NEEDED = r"\s+(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+|some\s+|about\s+|nearly\s+|at\s+least\s+|" \
    r"more\s+than\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|\d[\d.,]*\s*(?:million|billion)\s+(?:dollars|euros|francs|pounds|yen)\b)"
"""'WFP urgently requires US$9.5 million to continue assistance': a body that needs a sum asks for it."""
REQUESTED_THING = r"(?=\s+(?:(?!(?:of|about|on|into|over|from|with|to|that|which|for)\b)[\w€$£¥.,’'-]+\s+){0,5}?" \
    r"(?:[A-Z]{0,3}[€$£¥]|\d|(?i:" + AID.pattern + "|" + GOODS.pattern + r"))(?![^.;:]{0,80}?\bfrom\s+(?:the\s+)?[A-Z]))"
"""'Malawi has submitted a request for a further 2 million doses', 'Fiji lodged a formal request for 40 water pumps':
a request whose object is aid or a count of things, made of no one named, asks as 'an appeal for' does; not 'a
request for an extension of the deadline', nor 'a request for comment'."""
HELPERS_WORDS = r"\b(?:rescuers|rescue\s+(?:workers|teams?|personnel|specialists)|search[- ]and[- ]rescue|fire-?fighters|" \
    r"medics|paramedics|doctors|nurses|deminers)\b"
"""'the flight also carried 87 Qatari search-and-rescue personnel': helpers a vehicle brought, counted and named by
the nation that sends them."""
AGREED_WHEN = r"(?:\s+(?:on|late\s+on|earlier\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|" \
    r"\s+(?:last|this)\s+(?:week|month|year)|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" \
    r"yesterday|today)(?:\s+(?:night|evening|morning))?)"
"""'Norway's cabinet agreed on Friday to provide 500 million kroner', 'agreed last week to send': the day a decision was
taken, said between "agreed" and its verb of giving; not with a verb of buying ("agreed on Tuesday to buy
air-defence systems together" buys for themselves)."""
TO_BODY_SAID_SHORT = r"to\s+the\s+(?P<short>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s+"
"""'two vessels handed over to the coast guard by Japan', where the text has named the Philippine Coast Guard:
a body told again by the last words of its name, in lower case."""
HAS = r"(?:(?:has|have|had)\s+(?:also\s+|formally\s+|now\s+|already\s+)?)?"
"""'has sent a written request to': the auxiliary read with the request, which a verb of giving would take first."""
