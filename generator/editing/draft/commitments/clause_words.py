"""The words and phrases only the reading of one clause looks for."""
from __future__ import annotations

import re

from generator.editing.draft.commitments.giving_words import BUY, GIVE, GIVING, REACHED_PEOPLE
from generator.editing.draft.commitments.words import DEBT_RELIEF, ENLARGED, SAID_IT
from generator.editing.draft.items.kinds import AID

AVAILABLE = re.compile(r"\s+available\s+(?:to|for)\s")
WHERE_THE_TWO = re.compile(r",\s+(?:where|after\s+which|whereupon|at\s+which)\s+(?:the\s+two|both)(?:\s+(?:leaders|ministers|"
                            r"sides|men|women|officials|delegations))?\s+(?:(?:also|then|later|formally)\s+)?$")
"""'Otieno met Banga in Nairobi, where the two signed a loan agreement': the two of the meeting the same
sentence has just told of."""
THE_TWO_AFTER_TALKS = re.compile(r"(?:^\s*(?:[Dd]uring|[Aa]t\s+the\s+(?:end|close)\s+of|[Aa]fter|[Ff]ollowing|[Oo]n\s+the\s+"
                                  r"sidelines\s+of)\s+(?P<talks>(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|"
                                  r"discussions|visit|ceremony)),?\s+|,?\s+(?:before|after|and\s+then)\s+)(?:the\s+two|both)"
                                  r"(?:\s+(?:leaders|ministers|sides|men|women|officials|delegations))?\s+"
                                  r"(?:(?:also|then|later|formally)\s+)?$")
"""'During the meeting the two ministers signed', 'held talks with her counterpart before the two ministers signed':
the two of the meeting the text has just told of sign; a phrase that names the meeting may point back further."""
_COVER = r"cover(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:costs?|fees|bills?|salaries|wages|rent|expenses|heating|fuel|" \
    r"shortfall|deficit)\b)"
"""'Qatar has promised to cover winter heating', 'offered to cover the freight costs of a second flight': what money
pays for, the thing promised; "pledged to cover the conference" in a newspaper's sense is none."""
INFINITIVE = re.compile(r"^to\s+(?:work\s+out|draw\s+up|set\s+up|work\s+on|" + GIVE + "|" + BUY +
                         r"|develop|establish|create|build|conclude|negotiate|open|launch|produce|co-produce|repair|" +
                         _COVER + r")\s+")


REPRESENTED_BY = r",\s*(?:represented|led|accompanied)\s+by\s+(?:(?:its|their|the)\s+(?:[^,;:()]{2,80},\s+)?)?"
"""'Japan, represented by its ambassador, Kenji Sato, pledged': the one represented, its envoy's title set off
before the name or not."""


AID_UNVEILED = re.compile(r"[^.,;:]{0,40}?\b(?:aid|assistance|relief)\s+(?:package|programme|program|plan)\b|"
                           r"\s+(?:[A-Z]{0,3}[$€£¥]\s?)?\d[\d.,]*\s*(?:million|billion|bn|m)?(?:\s+[a-z]+)?\s+in\s+"
                           r"(?:new\s+|further\s+|additional\s+|fresh\s+)?(?:military|humanitarian|development|"
                           r"emergency|security|defen[cs]e)\s+(?:aid|assistance)\b")
"""'unveiled his country's biggest military aid package', 'unveiled C$180 million in new military assistance': aid
by its name, whoever the text says it is for; "unveiled $2 billion in tax cuts" is no aid."""
_PACKAGE_LISTED = re.compile(r"\s+(?:an?|the|its|their|another)\s+(?:[\w$€£¥.,-]+\s+){0,4}?package\s*,?\s+(?:(?:that|which)\s+"
                             r"(?:includes|contains|comprises)|including)\s+(?P<list>[^.;:]{3,200})")


def aid_package_unveiled(text: str, position: int) -> bool:
    """Whether a package unveiled lists things of aid: "unveiled a $250 million package that includes AIM-9M missiles
    and artillery rounds"; "a package that includes tax cuts" is none."""
    listed = _PACKAGE_LISTED.match(text, position)
    return listed is not None and AID.search(listed.group("list")) is not None


CARRIER = re.compile(r"\s+(?:an?|the|its|their|another|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:plane|aircraft|flight|ship|vessel|convoy|truck|lorry|lorries|train)s?\b"
                      r"[^,.;:]{0,40}?\s+(?:carrying|loaded\s+with|with\s+a\s+cargo\s+of|with(?=\s+(?:some\s+|about\s+|"
                      r"around\s+|nearly\s+|over\s+|more\s+than\s+)?\d[\d,.]*\s+(?:metric\s+)?(?:tonnes|tons|kilograms|kg|"
                      r"pallets|containers|crates|boxes|cartons)\s+of\b))\s+")
"""'dispatched an aircraft to Gao carrying tents', 'sent a navy vessel with 20 tonnes of water': the vehicle is how
the gift travels; its cargo is the gift."""


WITH_THE_GOVERNMENT = re.compile(r"\s+(?:an?\s+)?(?:[\w€£$¥.,-]+\s+){0,4}?(?:loan|grant|credit|financing)(?:\s+agreement)?"
                                  r"\s+with\s+the\s+government\b")
""""signed a loan with the government": a government the text names by no country."""


PROMISING = re.compile(r"earmark|pledg|commit|offer|grant|allocat|setting\s+aside")
"""'is earmarking', 'is pledging': a promise being made, not a delivery under way."""


_DESCRIBED_STATE = r"(?:(?!(?:host|recipient|receiving|neighbou?ring|other|partner|member|affected|stricken|" \
    r"impoverished|poor|poorer|beleaguered|embattled|devastated|same|first|second|third|latter|former|[\w]+-(?:hit|torn|" \
    r"stricken|ravaged|affected))\b)[A-Za-z][\w-]*\s+){1,3}?(?=(?:country|kingdom|republic|nation|state|emirate|sultanate)\s)"
"""'Qatar has led the response. The Gulf state also sent 40 tonnes of food', 'The Nordic country pledged': the state
the sentence before opened with, described rather than named; a word that sets it apart from that state ("the
neighbouring country", "the host nation", "the quake-hit country") describes another one and gives nothing."""
ANAPHOR = re.compile(r"(?:[^,]{0,40},\s*)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:" + _DESCRIBED_STATE + r")?"
                      r"(?:(?:[A-Z][\w.]*|\d+)-(?:based|nation|member|strong)\s+)?"
                      r"(?P<noun>(?i:country|government|kingdom|republic|nation|"
                      r"emirate|sultanate|state|bloc|union|alliance|bank|lender|fund|organi[sz]ation|institution|company|group))\s+"
                      r"(?:[a-z]+\s+){0,4}")
"""'The country will send', 'The bloc has disbursed', 'The 27-nation bloc', 'The Manila-based lender will provide': a
subject that names its kind, not itself."""
BODY_OF = re.compile(r"\s+(?:agency|body|mission|programme|program|fund|office|organi[sz]ation)\b")
"""'The UN agency will deliver', 'the EU mission': a body of the one named before the noun, called by its kind; the
one named is not the subject."""
REPORTED_BODY = re.compile(r"\bthat\s+the\s+(?i:bloc|union|alliance|bank|lender|fund|organi[sz]ation|agency|commission)\s+"
                            r"(?:[a-z]+\s+){0,3}$")
"""'... said that the bloc had set aside': a body reported on by its kind, in the sentence that names it; the kind
written as a title as well: "the World Bank's vice president, who confirmed that the Bank will provide"."""
FOR_WHOM = re.compile(r"(?<=for\s)(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:[a-z]+\s+)?(?:camps?|communities|" + REACHED_PEOPLE
                       + r")\b|(?<=for\s)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?![\w’'-])")
"""'humanitarian aid for the Mbera camp', 'support for displaced families': aid for whom it reaches, which is the thing
asked for; not 'help with the reconstruction of', whose purpose is."""
_SHARED = r"(?!\s+(?:(?:its|their|his|her|the|some|more|any)\s+)?(?:[\w-]+\s+)?(?:views?|experiences?|expertise|concerns?|" \
    r"assessments?|information|intelligence|data|lessons|knowledge|practices|details|findings|plans?|visions?|burden|" \
    r"responsibilit(?:y|ies)|costs?|risks?|stories|thoughts|ideas|insights?|analysis|evidence|know-how)\b)"
"""'asked Kenya to share drought-resistant seed varieties': a thing shared is a thing given; not 'to share its
experience', 'to share the burden', 'to share intelligence', which are no aid given."""
_ENLARGE = ENLARGED + r"(?=\s+(?:[\w-]+\s+){0,2}?(?:lending|loans?|grants?|funding|financing|credit(?:\s+lines?)?|" \
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


REQUEST_LEAD = re.compile(
    r"(?:\s+(?:side|government|authorities|leadership|delegation|members|member\s+(?:states|countries|governments)|"
    r"countries|nations|states|economies|leaders|partners))?"
    r"(?:,[^,]*,)?"
    r"(?:\s+(?:on\s+[A-Z]\w+|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|[A-Z]\w+)|last\s+\w+|earlier\s+this\s+\w+|again|"
    r"formally|also)(?=\s+for\b))?\s*"
    r"(?:for|to\s+(?:\w+\s+)?(?:" + GIVE + "|" + GIVING + r")|to\s+(?:help\s+)?support(?=\s+(?!the\s+[A-Z])[a-z])|"
    r"to\s+share" + _SHARED + r"|to(?=\s+" + DEBT_RELIEF + ")|"
    r"(?:whether|if)\s+(?:it|they|the\s+[a-z]+)\s+(?:could|would|might|can|will)\s+(?:(?:also|possibly|still)\s+)?"
    r"(?:spare|lend|" + GIVE + r")(?:\s+(?:it|them|us|him|her))?|"
    r"to\s+help\s+(?:\w+\s+)?(?:acquire|buy|get|obtain|purchase|secure)|to\s+(?:increase|boost|expand|ramp\s+up|step\s+up|"
    r"speed\s+up|accelerate|scale\s+up)\s+(?:the\s+|their\s+|its\s+)?(?:production|output|supplies|deliveries|"
    r"manufacturing)\s+of|" + _ENLARGE + "|" + _SUBJUNCTIVE + "|"
    r"(?:to\s+)?(?:(?:urgently|quickly|also|seriously|favourably|favorably|swiftly)\s+)?(?:consider|prioriti[sz]e|expedite|"
    r"speed\s+up|accelerate|approve|authori[sz]e|look\s+at|examine)(?:\s+(?:" + GIVING + r"|the\s+(?:delivery|transfer|"
    r"supply|release|financing|provision|disbursement|payment)\s+of))?)\s+")
"""How a request goes on to what it asks for: "asked Spain for", "appealed to G20 countries for", "urged ASEAN
leaders to send", "urged Berlin to send", "asked Denmark to
prioritise interceptor drones", "asked G20 members for", "urged EU member states to send", "requested that Poland
consider transferring", "asked Canada for help with"."""


SO_THAT = re.compile(r"\s+so\s+(?:that|as\s+to)\s")
"""'asked Japan for school tents so that children can return': where the thing asked for ends and its purpose starts."""
SUPPORT_TO = re.compile(r"\s(?:help|support)\s+to$")
"""Where the purpose of "support to" starts: "for EU support to extend mine clearance to the north"."""
UNNAMED_ASKER = re.compile(r"\b(?:[Tt]he\s+(?i:government|ministry|authorities)|[Oo]fficials|(?:his|her|their|its)\s+country)"
                            + SAID_IT + r"\s+(?:(?:has|had|have|also|formally|now|already)\s+)*$")
""""the Government has asked partners for": a request by the side the article's aid goes to, as the
text leaves it unsaid which country that is."""


LOAN_SIGNED = re.compile(r"\s+(?:an?\s+)?(?:[\w€£$¥.,-]+\s+){0,4}?(?:loan|grant|credit|financing)\b")


PEOPLE_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:pilots|soldiers|troops|crews|forces|army|navy|deminers|recruits|personnel|"
                          r"officers|farmers|families|children|refugees|students|engineers|doctors|nurses|people|staff)\b")
"""'Ukrainian pilots', 'Moldovan F-16 crews': people of a country, who gain by what is given."""
