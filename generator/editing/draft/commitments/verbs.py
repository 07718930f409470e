"""The verbs of giving and asking, each with the status of what it tells (`VERBS`)."""
from __future__ import annotations

import re

from generator.editing.draft.commitments.giving_words import (
    ADVERBS,
    AGREED_WHEN,
    BUILT,
    BUILT_FOR,
    BUY,
    CALLED_FOR,
    EQUIPPED_WITH,
    FIELD_HOSPITAL,
    GIFT_NOUN,
    GIVE,
    GIVING,
    GIVING_WITH_SUBJECT,
    GOES_TO,
    HANDED_TO,
    HAS,
    HELPERS_WORDS,
    INTO,
    LAUNCHED_SUM,
    OVER_TO,
    PASSIVE,
    PAYOUT_NOUN,
    PRESENTED,
    REACHED_PEOPLE,
    READINESS,
    REQUESTED_THING,
    RESUMED_AID,
    SET_OUT,
    SHIFTED_TO,
    STEP_UP,
    SUM_AFTER,
    SUM_CONTRIBUTION,
    SUM_FOR,
    SUM_MADE_AVAILABLE,
    SUM_NEEDED,
    SUM_OF_MONEY,
    TO_BODY_SAID_SHORT,
    TO_NAME,
    TOPPED_UP,
    WEIGHED_CARGO,
    WORDS_OFFERED,
    WORDS_SENT,
)
from generator.editing.draft.items.money import CODES

VERBS = re.compile(
    rf"(?P<recv_future>\b(?:will|would|(?:is|are)\s+(?:also\s+)?to|(?:is|are)\s+(?:set|due|expected|going)\s+to)\s+{ADVERBS}"
    rf"(?:receive|get|obtain|be\s+(?:getting|receiving)|be\s+{PASSIVE}(?:\s+with)?)\b|\b(?:was|were|has\s+been|have\s+been)\s+promised\b)|"
    rf"(?P<recv_past>\b(?:(?:has|have|had)\s+{ADVERBS}(?:received|obtained|secured|got|been\s+{PASSIVE}(?:\s+with)?)|"
    rf"received|obtained|secured|got(?=[^.;:]{{1,80}}?\bfrom\s)|(?:is|are)\s+receiving|(?:was|were)\s+{ADVERBS}{PASSIVE}(?:\s+with)?)\b|"
    rf"\b(?:was|were|(?:has|have|had)\s+been)\s+{ADVERBS}distributed(?=\s+to\s)|"
    rf"\b(?:took|takes|(?:has|have|had)\s+{ADVERBS}taken)\s+(?:delivery|receipt)(?:\s+(?:last|this|on)\s+\w+)?\s+of\b|"
    rf"\b(?:has|have|had)\s+{ADVERBS}been\s+receiving\b)|"
    rf"(?P<reached_with>\b(?:(?:has|have|had)\s+{ADVERBS})?reached\s+(?=(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|"
    rf"some\s+|about\s+|around\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+)?{REACHED_PEOPLE}(?:\s+(?:in|across)\s+[^,;:.]{{1,50}}?)?\s+with\b))|"
    rf"(?P<bound_for>\b(?:left|departed|sailed\s+from|set\s+sail\s+from|took\s+off\s+from)\b(?=[^.;:]{{0,80}}?\bbound\s+for\s+"
    rf"(?:the\s+)?[A-Z][^.;:,]{{0,40}},\s+carrying\s))|"
    rf"(?P<thanks_to>\b(?<![\w,]\s)(?<!\w)[Tt]hanks\s+to\s+(?=(?:the\s+)?[A-Z]))|"
    # "Germany promised €40 million, followed by the United Kingdom with £20 million": the next in a ranking of gifts
    # "..., and France with €10 million": the one after it in the same ranking
    rf"(?P<followed_by>(?:\bfollowed\s+by|(?<=\d\smillion)(?:,\s+and|,|\s+and)|(?<=\d\sbillion)(?:,\s+and|,|\s+and))\s+"
    rf"(?=(?:the\s+)?[A-Z][^.;:,]{{0,50}}?\s+(?:with|at)\s+(?:about\s+|some\s+|nearly\s+|"
    rf"around\s+|almost\s+|more\s+than\s+)?(?:[A-Z]{{0,3}}[€$£¥]|(?:{CODES})\s)\s?\d))|"
    rf"(?P<arrived>\b(?:(?:has|have|had)\s+)?(?:arrived|reached|landed|docked|touched\s+down|(?:rolled|pulled|drove)\s+into|"
    rf"(?<=,\s)(?:(?:has|have|had)\s+)?joined|"
    rf"crossed\s+(?:the\s+(?:[\w-]+\s+)?border\s+)?into|"
    rf"(?:will|would|(?:is|are|was|were)\s+(?:due|expected|set|scheduled)\s+to)\s+(?:arrive|land|reach|dock|touch\s+down|deploy(?=\s+to\s))|"
    rf"(?:carried|brought)(?=\s+(?:some\s+|about\s+|another\s+)?\d[\d,]*\s+[A-Z][a-z]+\s+[^.;:,]{{0,30}}?{HELPERS_WORDS}))\b)|"
    rf"(?P<package>(?:\bIt|(?<=\bsaid\s)it|(?<=\bthat\s)it|(?<=,\s)it)\s+(?:includes|comprises|contains|covers|consists\s+of|"
    rf"(?:would|will)\s+(?:also\s+)?(?:include|cover|comprise))\b|"
    rf"\b(?:package|pledges?|contributions?|deliveries|donations?|offer|tranche|grant|consignment|shipment)\b"
    rf"(?:[^.;:]|\.\d){{0,100}}?"
    rf"\b(?:includes|included|include|contains|contained|comprises|comprised|(?:consists|consisted)\s+of|"
    rf"will\s+(?:include|comprise|contain|cover|consist\s+of)|covers|covered|made\s+up\s+of)\b|"
    rf"\b[Aa]mong\s+(?:the\s+)?(?:pledges|commitments|contributions|offers)\b[^.;:]{{0,60}}?\b(?:was|were)\b|"
    # "Japan and Chad signed two grant agreements. The second, worth $12 million, covers the repair of 40 bridges": one
    # of the documents told before, set off by its sum
    rf"(?<=\b[Tt]he\s)(?:first|second|third|fourth|other|latter|former|larger|smaller)(?:\s+(?:agreement|accord|memorandum|"
    rf"deal|grant|loan|document))?,\s+worth\s+(?:[^,;:.]|\.\d){{1,30}},\s+(?:covers|provides|funds|finances|pays\s+for|"
    rf"will\s+(?:cover|provide|fund|finance|pay\s+for))\b|"
    # "Japan's support includes 20 boats": a word as common as "aid" only after its owner's possessive and right
    # before the verb ("The aid includes ..." is the whole a sentence before told, read as such)
    rf"(?<=[’']s\s)(?:support|aid|assistance)\s+(?:includes|included|comprises|comprised|(?:consists|consisted)\s+of|"
    rf"will\s+(?:include|comprise))\b|"
    # "Norway and Ghana signed two agreements. The first agreement provides NOK 150 million": a document told
    # before, and the sum it provides; what a document covers or includes may be no gift ("a fishing agreement covers
    # 20 patrol boats")
    rf"(?<=\b[Tt]he\s)(?:(?:first|second|third|new|grant|loan|financing|two|three)\s+)?(?:agreements?|accords?|"
    rf"memorand(?:um|a)|deals?)\s+(?:provides|provided|will\s+provide)\b(?=\s+(?:up\s+to\s+|about\s+|some\s+|an?\s+)?"
    rf"(?:[A-Z]{{0,3}}[€$£¥]\s?\d|(?:{CODES})\s?\d|\d[\d.,]*\s*(?:million|billion|bn)\b)))|"
    rf"(?P<contribution>(?<=[’']s\s)(?:(?:new|own|other|latest|first|main|biggest|largest|single)\s+){{0,2}}"
    rf"(?:contribution|pledge|commitment|offer)s?(?:\s+(?:announced|unveiled|made)\s+[^:.;]{{0,40}}?)?\s*:\s+(?=\S))|"
    rf"(?P<continues>\b(?:will|would|is\s+to|are\s+to)\s+(?:continue|be\s+extended|be\s+prolonged)\b)|"
    rf"(?P<gerund>\bby\s+(?:announcing|pledging|promising|offering|committing|allocating|earmarking|unveiling|{GIVING})\b)|"
    rf"(?P<coordinated>(?<=\band\s)(?:to\s+)?(?:(?:also|then|later)\s+)?(?:{GIVE})\b(?!\s+(?:and|or)\b))|"
    rf"(?P<decision>(?<=[’']s\s)(?:[\w-]+\s+){{0,2}}?(?:decision|pledge|promise|offer|commitment)\s+to\s+{ADVERBS}"
    rf"(?:{GIVE}|{BUY})\b)|"
    rf"(?P<came_from>\b(?:pledges?|announcements?|contributions?|commitments?|offers?|donations?|gifts?|packages?)\s+"
    rf"(?:(?:of|at)\s+the\s+[\w-]+\s+)?came\s+from\s+(?=(?:the\s+)?[A-Z][^.;:,]{{0,60}}?(?::\s|,\s+with\s+(?:an?\s+)?[€$£¥\dA-Z])))|"
    rf"(?P<decision_of>\b(?:decision|pledge|promise|offer|commitment)\s+(?:by|of)\s+(?=(?:the\s+)?[A-Z][^.;:,]{{0,60}}?\s+to\s+"
    rf"{ADVERBS}(?:{GIVE})\b))|"
    rf"(?P<gift_by>\b(?:delivery|deliveries|donation|transfer|handover|hand-over|shipment|{PAYOUT_NOUN})\s+by\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<gift_of>\b{GIFT_NOUN}\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|(?:on|in)\s+[A-Z][a-z]+\s+)?of\b(?!\s+(?:the\s+)?(?:cooperation|understanding|intent|support\s+for)\b))|"
    rf"(?P<gift_from>\b{GIFT_NOUN}\s+(?:{TO_NAME}\s+(?:\([A-Z][\w.&-]{{1,12}}\)\s+)?)?from\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<gift_to>(?<=[’']s\s)(?:[\w€$£¥.,-]+\s+){{0,4}}?(?:package|pledge|donation|gift|grant|loan|aid|assistance|tranche)s?\s+(?:to|for|{GOES_TO})\s+"
    rf"(?=(?:the\s+)?[A-Z])"
    rf"(?![^.;:]{{0,80}}?\b(?:includes|included|include|contains|contained|comprises|comprised|consists|will\s+(?:include|"
    rf"comprise|contain)|covers|covered)\b))|"
    rf"(?P<future>\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set|ready|prepared|"
    rf"poised|willing)\s+to|(?:was|were)\s+(?:ready|prepared|willing)\s+to|(?:stands?|stood)\s+ready\s+to|(?:is|are)\s+going\s+to|(?:has|have|had)\s+(?:decided|agreed|promised|pledged|committed)\s+to|"
    rf"(?<!\bnot\s)(?:decided|decides)\s+to|"
    rf"(?:has|have)\s+offered\s+to|{READINESS}|(?:vow(?:ed|s)?|pledged|pledges|promised|promises|offered|offers|committed|commits|undertook|undertakes)(?:\s+(?:also|separately|again|further|formally|publicly))?\s+to|"
    rf"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?committed\s+to)\s+{ADVERBS}(?:be\s+)?(?:(?:keep|continue\s+to|help(?:\s+to)?|"
    rf"(?:begin|start)(?:\s+to)?)\s+)?"
    rf"(?:(?:{GIVE}|{GIVING}|{BUY}|{STEP_UP})\b|{BUILT}(?={BUILT_FOR})))|"
    rf"(?P<signed_by>\b(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|accord|contract|protocol|arrangement)\s+"
    rf"(?:(?:was|were|had\s+been|has\s+been)\s+)?signed\s+(?:(?:on|in|at|last|this)\s+[^.;:,]{{1,30}}?\s+)?by\s+"
    rf"(?=(?:the\s+)?[A-Z])|"
    # "A $45 million loan agreement was signed between Malawi and the African Development Bank"
    rf"(?<=\s)(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|accord|contract|protocol|arrangement)\s+"
    rf"(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+|also\s+)?signed\s+(?:(?:on|in|at|last|this)\s+[^.;:,]{{1,30}}?\s+)?"
    rf"between\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<built_under>\b(?:(?:agreement|deal)\s+)?under\s+which\s+(?=(?:the\s+)?[A-Z][^.;:]{{0,60}}?\b(?:will|would|is\s+to|are\s+to)\s+"
    rf"{ADVERBS}{BUILT}))|"
    rf"(?P<agreed>\bagreed\s+to\s+{ADVERBS}(?:{GIVE}|{BUY})\b|\bagreed{AGREED_WHEN}\s+to\s+{ADVERBS}(?:{GIVE})\b|\bagreed(?=\s+(?:a|an|the|its|their|[€$£]|\d))|"
    # "agreed with Malawi to train 200 rescue workers": the one agreed with, then the verb of giving
    rf"\bagreed\s+with\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}\s+to\s+{ADVERBS}(?:{GIVE})\b|"
    # "agreed on a $7 million programme", "agreed on joint training for rescue teams"
    rf"\bagreed\s+(?:in\s+[A-Z]\w+\s+)?on(?=\s+(?:a|an)\s+(?:[\w€$£¥.,-]+\s+){{0,5}}?(?:loan|grant|package|programme|program|"
    rf"facility|tranche)\b|\s+(?:the\s+)?(?:joint\s+)?training\s+(?:of|for)\s)|\b(?:agreement|deal)\s+(?:for|under\s+which)\b)|"
    rf"(?P<joint>\b(?:agreed|decided)\s+to\s+{ADVERBS}(?:open|set\s+up|establish|build|launch|create|produce|"
    rf"co-produce|start)\b)|"
    rf"(?P<completed>\b(?:completed|finished|concluded)\s+(?:the\s+)?(?:transfer|delivery|deliveries|handover|supply)\s+of\b)|"
    rf"(?P<promised_by>(?<=[a-z0-9,]\s)(?:pledged|promised|offered|committed|earmarked|allocated)\s+(?:{ADVERBS})?"
    rf"by\s+(?=(?:the\s+)?[A-Z]))|"
    # "unlocked $50 million for Chad", "has unlocked a tranche": money released by a decision; "unlocked a new
    # phase of talks" gives nothing
    rf"(?P<pledged>\b(?:(?:signed|signs|has\s+signed|have\s+signed)\s+off\s+on(?=\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"(?:[\w€$£¥.,-]+\s+){{0,4}}?(?:package|loan|grant|aid|assistance|funding|tranche|support|contribution|donation)s?\b)|"
    rf"pledged|promised|offered{WORDS_OFFERED}|committed|announced|earmarked|allocated|approved|unveiled|granted|"
    rf"set\s+aside|sets\s+aside|reserved|made\s+available|(?:made|makes)(?={SUM_MADE_AVAILABLE})|(?:topped|tops){TOPPED_UP}|ring-?fence[sd](?={SUM_AFTER})|unlock(?:ed|s)(?={SUM_AFTER}|\s+(?:a|an|another|the|its)\s+(?:[\w€$£¥.,-]+\s+){{0,3}}?(?:tranche|payment|disbursement|loan|grant)s?\b)|put(?=\s+(?:up\s+)?(?:another\s+|a\s+further\s+)?[€$£\d][^.;]{{0,30}}?"
    rf"\s+on\s+the\s+table\b)|puts(?=\s+(?:up\s+)?[€$£\d][^.;]{{0,30}}?\s+on\s+the\s+table\b)|added(?=\s+(?:[€$£]|\d|(?:a|an)\s+(?:further|additional|extra)))|"
    rf"pledges|promises|offers{WORDS_OFFERED}|announces|earmarks|allocates|unveils|authori[sz]ed|authori[sz]es|awarded|awards|"
    rf"mobili[sz]ed|mobili[sz]es|grants|gifted|gifts|commits(?!\s+to\b)|"
    rf"(?:came|comes|ranked|ranks|finished)\s+(?:first|second|third|fourth|next)\s+with(?=\s+(?:about\s+|some\s+)?[€$£\d])|"
    rf"(?:followed|follows|led|leads|topped|tops)\s+(?:the\s+[\w-]+\s+)?with(?=\s+(?:about\s+|some\s+|(?:a|an)\s+)?[€$£\d])|"
    rf"(?:is|are|was|were)\s+preparing(?=\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:package|tranche|shipment|"
    rf"delivery|donation|contribution))|"
    rf"launch(?:ed|es){LAUNCHED_SUM}|put\s+forward|puts\s+forward|{SET_OUT}|(?:has\s+|have\s+)?confirmed(?=\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:donation|pledge|grant|loan|package|contribution|funding|tranche|delivery)\b|\s+(?:an?\s+)?(?:further\s+|additional\s+)?"
    rf"[A-Z]{{0,3}}[€$£¥]\d[^.;,]{{0,30}}?\b(?:in|of)\s+(?:[\w-]+\s+){{0,3}}?(?:financing|funding|aid|assistance|support|"
    rf"grants?|loans?)\b|{SUM_FOR})|confirms(?={SUM_FOR})|"
    # "responded to Malawi's appeal with 20 tonnes of maize": the answer to a request is a gift
    rf"(?:responded|responds|has\s+responded)\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,2}}?[’']s\s+(?:[\w-]+\s+)?"
    rf"(?:appeal|request|call|plea)\s+with(?=\s+(?:an?\s+|its\s+|another\s+)?(?:[\w-]+\s+){{0,3}}?(?:[A-Z]{{0,3}}[€$£¥]|\d|"
    rf"package|grant|loan|donation|contribution|pledge|tranche|shipment))|"
    rf"(?:responded|responds|has\s+responded|stepped\s+in|steps\s+in|has\s+stepped\s+in|came\s+forward|"
    rf"has\s+come\s+forward)\s+with(?=\s+(?:an?\s+|its\s+|another\s+)?(?:[\w-]+\s+){{0,3}}?(?:[A-Z]{{0,3}}[€$£¥]|\d|package|"
    rf"grant|loan|donation|contribution|pledge|tranche|shipment))|"
    rf"(?:made|makes|has\s+made|have\s+made)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:pledge|donation|"
    rf"contribution|offer|commitment)s?(?:\s+of\b|\s*:)|"
    # "made a $5 million contribution to the WFP": the sum inside the noun's phrase, the one given to after it
    rf"(?:made|makes|has\s+made|have\s+made)(?={SUM_CONTRIBUTION})))|"
    # "Fiji's request for patrol boats from Australia", "Nepal's appeal for helicopters went unanswered": a request
    # told as a noun, whose owner before "'s" asks
    rf"(?P<asked_for>(?<=[’']s\s)(?:(?:formal|new|latest|fresh|urgent|written|earlier|official|own|renewed|repeated|"
    rf"emergency|initial)\s+){{0,2}}(?:request|appeal|plea|call)s?\s+for\b)|"
    # a request comes before a verb of giving, so that "sent a formal request to Japan for pumps" asks, not sends
    rf"(?P<asked>\b(?:asked|requested|appealed\s+(?:(?:at|in|during)\s+(?:the\s+)?[\w-]+\s+)?(?:to|for)|appeal(?:ing)?\s+for|"
    # "Malawi appeals for maize", "Sudan pleads with donors for tents": the present of a headline or a live blog
    rf"appeals\s+(?:to|for)|(?:pleads|pleading)\s+(?:with|for)|"
    # "Malawi turned to Japan for food aid": the one turned to for a thing is asked for it; not "turned to Japan for
    # advice"
    rf"(?:turned|turns|turning)\s+to(?=\s+(?:the\s+)?[A-Z][^.;:,]{{0,60}}?\s+for\s+(?!(?:advice|guidance|help|answers?|"
    rf"comments?|inspiration|ideas|the\s+first)\b))|"
    rf"(?:is|are|was|were)\s+asking|asking|(?:is|are|was|were)\s+appealing\s+(?:to|for)|urged|(?<=\bto\s)urge|"
    rf"(?<=\bto\s)ask(?=\s+(?:the\s+)?[A-Z])|(?<=\bto\s)appeal\s+to|called\s+on|(?:(?:is|are|was|were)\s+)?calling\s+on|pressed|sought|"
    rf"{CALLED_FOR}|"
    rf"pleaded\s+(?:with|for)|(?:launched|launches|issued|issues|renewed|renews|renewing|repeated|repeats|repeating|"
    rf"made|makes|making)\s+(?:(?:an?|its|the|their|his|her)\s+)?"
    rf"(?:(?:[\w’']+[’']s|urgent|emergency|international|new|fresh|flash|humanitarian)\s+)*(?:appeal|plea|call)\s+"
    rf"(?:to\s+(?:[a-z][\w-]*\s+){{1,3}}?)?for|"
    rf"{HAS}(?:renewed|renews|made|makes|addressed|addresses|sent|sends|submitted|submits|repeated|repeats)\s+"
    rf"(?:(?:a|an|its|their|his|her|the)\s+)?(?:(?:joint|formal|new|fresh|written|urgent)\s+)?request\s+(?:for|to)"
    rf"(?=\s+(?:the\s+)?[A-Z][^.;:]{{0,80}}?\s+to\s+[a-z])|"
    # "made a request to Japan for 40 pumps", "made an urgent appeal to the EU for tents": the one named is asked
    rf"{HAS}(?:renewed|renews|made|makes|addressed|addresses|sent|sends|submitted|submits|repeated|repeats|launched|"
    rf"issued)\s+"
    rf"(?:(?:a|an|its|their|his|her|the)\s+)?(?:(?:joint|formal|new|fresh|written|urgent|direct|personal)\s+)?"
    rf"(?:request|appeal|plea)\s+to(?=\s+(?:the\s+)?[A-Z][^.;:,]{{0,60}}?\s+for\s)|"
    # "Malawi has submitted a request for 2 million doses", "Tonga lodged a formal request for three patrol boats":
    # a request of aid made of no one named
    rf"{HAS}(?:submitted|submits|sent|sends|lodged|lodges|filed|files|made|makes|renewed|renews|repeated|repeats)\s+"
    rf"(?:(?:a|an|its|their|his|her|the)\s+)?(?:(?:joint|formal|new|fresh|written|urgent|further|second|official)\s+)?"
    rf"request\s+for{REQUESTED_THING}|"
    rf"asks|requests|urges|calls\s+on|wants|wanted|would\s+like|(?:called|calls)\s+for|(?:is|are|was|were)\s+seeking|seeks|"
    # "would seek financial assistance from Japan", "plans to seek a loan from the IMF": a request to come
    rf"(?<=\bwill\s)seek|(?<=\bwould\s)seek|(?<=\bto\s)seek(?=\s[^.;:]{{0,60}}?\bfrom\s+(?:the\s+)?[A-Z])|"
    rf"(?:urgently\s+|still\s+)?(?:needs|requires)(?={SUM_NEEDED}))\b)|"
    rf"(?P<given_by>(?<=[a-z0-9,]\s)(?:(?:jointly|together)\s+)?(?:delivered|supplied|donated|provided|sent|transferred|handed\s+over|gifted|"
    rf"(?:co-?)?funded|(?:co-?)?financed|paid\s+for)\s+(?:{ADVERBS})?(?:to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+|{TO_BODY_SAID_SHORT})?"
    rf"by\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<absolute>(?:(?<=\w\s)|(?<=\w,\s)){GIVING_WITH_SUBJECT})|"
    rf"(?P<progressive>\b(?:is|are|was|were|has\s+been|have\s+been)\s+{ADVERBS}{GIVING}\b)|"
    # "began distributing maize", "has started delivering", "continues to send": giving begun or going on; not
    # "began releasing treated water", which lets something go rather than gives it
    rf"(?P<delivered>\b(?:(?:has|have|had)\s+{ADVERBS})?(?:began|begun|begins|started|starts|continued|continues|kept|keeps)\s+"
    rf"{ADVERBS}(?!releasing\b|to\s+release\b)(?:to\s+(?:{GIVE})|{GIVING})\b|"
    rf"\b(?:has|have|had)\s+{ADVERBS}given\b(?!\s+(?:up|in|way|birth|notice|assurances|its\s+(?:approval|"
    rf"consent|blessing)))|\b(?:(?:has|have|had)\s+{ADVERBS})?(?:{SHIFTED_TO}|delivered|handed\s+over|hand(?:ed|s)\b{OVER_TO}|hand(?:ed|s)\b{HANDED_TO}|present(?:ed|s)\b{PRESENTED}|equip(?:ped|s){EQUIPPED_WITH}|sent{WORDS_SENT}|supplied|provided|donated|"
    # "A C-17 brought 25 tonnes of shelter kits", "a plane from Japan carried 20 tonnes of food": cargo weighed or
    # counted out; "brought hope", "brought the total to", "carried 300 passengers" give nothing
    rf"(?:brought|brings|carried|ferried|transported)(?:\s+in)?(?={WEIGHED_CARGO})|"
    rf"transferred|gave|shipped|disbursed|dispatched|distributed|installed|deployed|turned\s+over|lent{WORDS_OFFERED}|loaned|"
    # "extended a credit line to Chad": a loan extended, with or without its sum; "extended the loan by two
    # years" lengthens one already given
    rf"extended(?=\s+(?:(?:a|an|about|some|nearly|over)\s+)?(?:[A-Z]{{0,3}}[€$£¥]\d|\d[\d.,]*\s*(?:million|billion|bn)\b)|"
    rf"\s+(?:a|an|another)\s+(?:[a-z-]+\s+){{0,2}}?(?:loan|credit\s+line|line\s+of\s+credit|credit)(?=\s+(?:to|of|for|worth)\b|[,.;]))|"
    rf"issued(?=\s+(?:(?:a|an)\s+)?(?:[A-Z]{{0,3}}[€$£¥]|\d|guarantees?|insurance|(?:[\w-]+\s+){{0,2}}(?:grant|loan)s?\b))|(?:co-?)?financed|(?:co-?)?funded|paid\s+(?:for|out)|"
    rf"contributed|sends|provides|supplies|gives|donates|delivers|hands\s+over|transfers|disburses|ships|"
    rf"contributes|finances|funds|pays|released|releases|dispatches|paid(?=\s+(?:out\s+)?(?:[€$£]|\d|(?:the\s+)?[A-Z][\w-]+\s+(?:a\s+)?[€$£\d]))|"
    # "poured $5 million into schools", "airlifted 40 tonnes of flour to Chad" (not "airlifted 300 citizens out"),
    # "covered the cost of 20 schools": the past of what the future forms of giving read
    rf"channell?ed|(?:invested|invests)(?={SUM_OF_MONEY})|(?:resumed|restarted)(?={RESUMED_AID})|(?:poured|ploughed|plowed|pumped|injected){INTO}|"
    rf"(?:flew|flown)(?=\s+(?:(?:some|about|another|nearly|over|more\s+than|a\s+further)\s+)?\d[\d,.]*\s+(?:metric\s+)?"
    rf"(?:tonnes|tons)\s+of\s)|"
    # "The United States and the United Kingdom also fund large health programmes": the plural present, told only
    # after an adverb, since a bare "fund" or "supply" is as often a noun ("the fund", "supply lines")
    rf"(?:(?<=\balso\s)|(?<=\bjointly\s)|(?<=\balready\s)|(?<=\btogether\s)|(?<=\bcurrently\s)|(?<=\bstill\s))(?:fund|finance|co-?finance|co-?fund|supply|provide|"
    rf"donate|send)(?=\s+(?!(?:to|and|or|for|with|of|in)\b)[\w€$£])|"
    # "Two Zambian air force helicopters dropped maize meal onto cut-off villages": a drop from the air, only after the
    # aircraft ("prices dropped", "dropped the charges" give nothing)
    rf"(?:(?<=helicopters\s)|(?<=helicopter\s)|(?<=aircraft\s)|(?<=planes\s)|(?<=plane\s)|(?<=crews\s)|(?<=C-130s\s))"
    rf"(?:also\s+)?dropped(?=\s+(?:(?:some|about|nearly|over|more\s+than|another|a\s+further)\s+)?[\w€$£][^.;:]{{0,80}}?"
    rf"\s+(?:onto|on|over|into|to|for)\s)|"
    rf"(?:airlifted|trucked|rushed|rushes|air-?dropped|(?:flew|flown)\s+in(?=\s+(?:(?:an?|another|more|further|several|some|about|over|nearly)\s|\d)))(?=\s+(?:in\s+)?(?!(?:to|into|in|out|back|home|over|from|with|by|on|at)\b)[\w€$£])"
    rf"(?!\s+(?:[\w,-]+\s+){{0,3}}?(?:{REACHED_PEOPLE}|citizens|nationals|passengers|tourists|evacuees|wounded|workers)\b)|"
    rf"(?:opened|set\s+up|established|erected|built){FIELD_HOSPITAL}|"
    rf"(?:covered|met|shouldered|footed|bore|borne)\s+the\s+(?:full\s+|entire\s+)?(?:costs?|bill)\s+(?:of|for)|(?<=\bhas\s)put\s+(?:in|up)|(?<=\bhave\s)put\s+(?:in|up)|(?<=\bsince\s)put\s+(?:in|up)|"
    rf"(?:bought|purchased|procured)(?=[^.;]*\bfor\s+(?:the\s+)?[A-Z]))\b)|"
    rf"(?P<asked_more>(?<=\band\s)for(?=\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\s)[\w€$£¥]))|"
    rf"(?P<asked_apposed>(?<=,\s)(?:a|an)\s+(?:(?:long-?standing|repeated|standing|persistent|formal|key|central|"
    rf"urgent)\s+)?request\s+(?:that\s+|which\s+)?(?=(?:the\s+)?[A-Z][^.;:,]{{0,60}}?\s+(?:(?:has|have|had)\s+)?"
    rf"(?:(?:also|repeatedly|already|long|often|since|first)\s+)?made\b))|"
    rf"(?P<asked_of>(?<=[’']s\s)(?:(?:formal|new|latest|fresh|urgent|written|earlier|official|own|second|first)\s+){{0,2}}"
    rf"(?:request|appeal|plea)s?\s+to\s+(?=(?:the\s+)?[A-Z]))|"
    rf"(?P<signing_of>\b(?:signing|signature)\s+(?:ceremony\s+)?(?:(?:on|in|at)\s+[\w-]+\s+)?(?:of|for)\s+"
    rf"(?=(?:an?|the)\s+[^.;:]{{0,80}}?\bbetween\s+(?:the\s+)?[A-Z]))|"
    # "The two governments did, however, sign a memorandum": a signing told with emphasis; never "did not sign"
    rf"(?P<signed>\b(?:signed|inked|did(?:\s*,\s*(?:however|though|nonetheless|nevertheless),\s*|"
    rf"\s+(?:also\s+|finally\s+|eventually\s+)?)sign)\b)|"
    rf"(?P<thanked>\bthank(?:ed|s)\b|\b(?:grateful|gratitude)\s+to\b)")
