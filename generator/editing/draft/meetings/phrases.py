"""The words of a meeting: its verbs and nouns, and when, how and how long it was."""
from __future__ import annotations

import re

GATHERING = r"(?:talks|(?<=telephone\s)talk|(?<=phone\s)talk|(?<=video\s)talk|" \
            r"meeting|call|conversation|lunch|dinner|breakfast|bilateral|discussions?|" \
            r"(?<!press\s)(?<!news\s)(?:video\s?)?conference|consultations|session|audience|exchange|video\s+link|summit|" \
            r"one-(?:on|to)-one|tête-à-tête|sit-down)"
"""Nouns of a meeting that follow "held", "had" or "a ... with": "a working lunch with", "a video call with", "a
one-on-one with"."""
_WHEN = r"\s+(?:this|that|last|the\s+same|the\s+previous|the\s+next)\s+(?:morning|afternoon|evening|night|day|week)|" \
    r"\s+(?:in\s+the\s+)?(?:morning|afternoon|evening)|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|" \
    r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:earlier|later|today|yesterday|tonight|overnight)|" \
    r"\s+on\s+(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|" \
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b)"
"""When a meeting was, between its verb or noun and "with": "held talks on Monday morning with", "spoke by phone
overnight with", "spoke on the telephone on 30 November with"."""
_BY_LINK = r"\s+(?:by|via|over|on|in)\s+(?:a\s+|the\s+)?(?:(?:tele)?phone|video(?:\s?(?:link|call|conference))?|" \
    r"videoconference|Zoom)(?:\s+call)?"
"""How a call was made, between its verb and "with": "spoke by video call", "talked over the phone"."""
_FOR_SO_LONG = r"\s+for\s+(?:(?:about|around|nearly|almost|over|some|more\s+than|less\s+than|roughly)\s+)?(?:an?|one|two|" \
    r"three|four|five|\d+|\d+-)(?:\s+and\s+a\s+half)?\s*(?:minutes|hours?)(?!\s+each)"
"""How long a meeting lasted, after its verb: "spoke for 90 minutes with", "Carter and Xu talked for about an hour"."""
_RELATION = r"(?:border|borders|frontier|relations|ties|links|trade|cooperation|co-operation|conflict|war|dispute|" \
    r"deal|agreement|talks|negotiations|partnership)"
"""Nouns that take "with" for the other party of a relation, not of a meeting: "discussed the border with Belarus",
"discussed trade with China"."""
_MEETING_VERB = r"(?:met|meets|sat\s+down|sitting\s+down|spoke|spoken|speaking|talked|talking|conferred)(?:" + _WHEN + \
    "|" + _BY_LINK + r"|" + _FOR_SO_LONG + r"|\s+(?:in|at|from)\s+" \
    r"(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|\s+(?:again|briefly|privately|separately)|\s+on\s+the\s+(?:sidelines|" \
    r"margins)\s+of\s+(?:the\s+)?[\w\s-]{1,40}?)+,?\s+with|" \
    r"(?:met|meets|meet)(?:\s+(?:separately|briefly|privately|again|jointly|individually|bilaterally))?(?:\s+with)?|" \
    r"(?:is|are|was|were|been)\s+(?:(?:now|currently|still|already)\s+)?meeting(?:\s+with)?|" \
    r"meeting\s+with|convened\s+with|(?:sat|sitting)\s+down\s+with|" \
    r"(?:conferred|consulted|din(?:ed|es|ing)|lunch(?:ed|es|ing)|breakfast(?:ed|ing))" \
    r"(?:" + _WHEN + r"|" + _BY_LINK + r")?\s+with|" \
    r"exchanged\s+(?:views|opinions|ideas)(?:\s+on\s+[^,.;]{1,60}?)?(?:" + _WHEN + r"|" + _BY_LINK + r")?\s+with|" \
    r"(?:gave|granted|accorded)\s+(?:an\s+)?audience\s+to|(?:was|were)\s+(?:(?:also|later|then)\s+)?(?:granted|given|" \
    r"accorded)\s+(?:an\s+|a\s+(?:private|brief|special)\s+)?audience\s+(?:by|with)|" \
    r"(?:spoke|speaks|talked|spoken)(?:" + _BY_LINK + r")?\s+(?:with|to)|(?:speaking|talking)(?:" + _BY_LINK + r")?\s+with|" \
    r"(?:was|were|being)\s+(?:(?:later|also|then)\s+)?joined\s+by(?=(?:(?!\b(?-i:[a-z]+ing)\b)[^.;]){1,80}?\s+" \
    r"(?:for|in|at)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}?" \
    r"(?:talks|meeting|call|conversation|lunch|dinner|breakfast|session)\b)|" \
    r"(?:was|were|being|been)\s+(?:(?:later|also|then|first|warmly)\s+)?(?:received|hosted|welcomed|greeted|met|" \
    r"visited)(?:\s+(?:in|at|on|to|inside)\s+[^,.;:]{1,50}?)?\s+by|" \
    r"(?:hosted|received|welcomed|greeted)(?!(?:\s+(?:in|at|on|to)\s+[^,.;:]{1,50}?)?\s+by\b)" \
    r"(?!\s+the\s+(?:credentials|letters?\s+of\s+credence)\b)(?:" + _WHEN + \
    r")?(?:,\s+(?:in|at|on)\s+[^,;.]{1,80}?,)?(?!\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?" + GATHERING + r")|" \
    r"(?<=,\s)meeting|\bby\s+meeting|" \
    r"(?:paid|pays|paying|made|makes|making)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:visit|call)\s+(?:to|on)|visited|visits"
_MEETING_VERB += r"|discuss(?:ed|es)?\s+(?:[\w’'-]+\s+){0,7}?(?!" + _RELATION + r"\s)[\w’'-]+\s+with|" \
    r"joined(?=\s+[^.;,]{1,60}?\s+for\s+(?:talks|(?:a|an)\s+" \
    r"(?:[\w-]+\s+)?(?:meeting|call|dinner|lunch)))"
"""A verb of meeting, whom it was with after it: "met", "is meeting", "is now meeting", "spoke by phone with", "was received by",
"was visited by",
"discussed air defence with", "joined Berger for talks", "were joined by Nowak for a trilateral meeting", "was
received in Riga by", "spoke by video call with", "met on Monday in Oslo with", "spoke by phone from Lima with" (a
call placed from where the caller was), "exchanged views on the dam with", "granted an audience to" and "was
granted an audience by" (as readouts write them), "visited Kyiv, meeting
Marchenko", "paid a visit to Marchenko", "is paying a courtesy call on Marchenko" (a visit meets a person, never a
place: see VISIT)."""
_MEETING_VERB += r"|(?:huddled|caught\s+up|spent\s+(?:(?:much|most|part|all|some)\s+of\s+)?(?:(?:about|nearly|over|more\s+" \
    r"than|some)\s+)?(?:an?\s+|two\s+|three\s+)?(?:hours?|minutes|time|the\s+(?:morning|afternoon|evening|day)|" \
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening))?)" \
    r"(?:\s+(?:alone|together|privately))?)" \
    r"(?:" + _WHEN + r")?\s+with|(?:dropped|called|looked)\s+in\s+on|played\s+host\s+to|" \
    r"presented\s+(?:his|her|their)\s+(?:(?:copy\s+of\s+(?:the\s+)?)?credentials|letters?\s+of\s+credence)(?:" + _WHEN + \
    r")?\s+to|(?:received|accepted)\s+the\s+(?:credentials|letters?\s+of\s+credence)\s+(?:of|from)|" \
    r"(?<=,\s)(?:received|hosted|welcomed|greeted)(?:\s+(?:in|at|on|to)\s+[^,.;:]{1,50}?)?\s+by"
"""'huddled with', 'caught up with', 'spent an hour with', 'spent much of Monday with', 'dropped in on', 'played
host to': a meeting in plain words; 'presented her credentials to', 'received the credentials of': an envoy
received by the head of state; 'Prado, received in Lima by Soto, said': a reception in a participle set off after
the guest."""
PERSONAL = re.compile(r"\b(?:credentials|credence|huddled|caught|spent|dropped|looked|played)\b", re.IGNORECASE)
"""Verbs of meeting that meet only people: "presented his credentials to the foreign ministry" is paperwork,
"spent the day with the Red Cross" a visit."""
VISIT = re.compile(r"(?:visit|visits|visited|call)(?:\s+(?:to|on))?\s+$", re.IGNORECASE)
_DET = r"(?:a|an|the|their|his|her|its)\s+"
_TOPIC = r"\s+on\s+(?:the\s+|a\s+|an\s+)?(?!sidelines\b|margins\b)(?-i:[a-z][\w-]*(?:\s+(?!with\b)[a-z][\w-]*){0,3}?)"
"""What talks were about, between their noun and "with": "held talks on the request with"."""
_WORD = r"[“\"‘']?[\w-]+[”\"’']?"
"""A word before a meeting's noun, quoted or not (quoted words the article masks as x): 'held "frank" talks with',
'a ‘constructive’ call with'."""
_HELD = r"(?:held|holds|had|hold|(?:(?:been|is|are|was|were)\s+)?holding|having|hosted|joined|included|includes|" \
    r"conducted|conducts|concluded|concludes|wrapp(?:ed|ing)\s+up|wraps\s+up)"
"""Who held talks: "held talks with", and as readouts write it, "conducted talks with", "concluded two days of talks
with", "has wrapped up talks with"."""
_PLACE = r"\s+(?:in|at)\s+(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|the\s+(?:[\w’'-]+\s+){0,2}?(?:capital|ministry|palace|" \
    r"headquarters|office|residence|embassy|hotel|building|house|hall|chancellery|parliament|venue|airport))"
"""Where talks were, between their noun and "with": "held talks in Lima with", "at the defence ministry with", "a
meeting in the capital with"."""
_SPAN_OF = r"\b" + _HELD + r"\s+(?:[\w-]+\s+){0,3}?(?:hours?|minutes?|rounds?|days?)\s+of\s+(?:[\w-]+\s+)?"
"""How long or how many talks were held, before their noun: "held more than three hours of talks with", "held two
rounds of talks with"."""
_OUT_OF = r"(?:c[oa]m(?:e|es|ing)\s+out\s+of|emerg(?:ed|es|ing)\s+from|fresh\s+from)"
"""Who has just left a meeting held it: "Gurung has just come out of talks with Ambassador Ito", "Brandt emerged
from talks with Garba", "Ferri, fresh from talks with Bahah, said"."""
_MEETING_NOUN = r"(?:(?:\b(?:" + _HELD + r"|after|before|during|following|ahead\s+of|in|into|at|for|" + _OUT_OF + \
    r")\s+|" \
    r"(?<=[’'])s\s+)(?:" + _DET + r")?|\b" + _DET + r"|" + _SPAN_OF + r")(?:(?!" + _HELD + r"\s)" + _WORD + r"\s+){0,2}?" + \
    GATHERING + r"s?(?:" + _PLACE + r"|" \
    r"\s+on\s+the\s+(?:sidelines|margins)(?:\s+of\s+(?:the\s+)?[\w\s-]{1,40}?)?|" + _WHEN + r"|" + _TOPIC + r")*,?\s+with|" \
    r"\bon\s+the\s+(?:tele)?phone\s+with|" \
    r"\b(?:receiv(?:ed|es|ing)|t(?:ook|aken|akes|aking)|had|got|gets|returned)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?" \
    r"call(?:" + _WHEN + r")?\s+from|" \
    r"(?<=[’'])s\s+(?:[\w-]+\s+){0,2}?" + GATHERING + r"s?\s+(?:was|were|took\s+place)\s+(?:in|at|on|inside|over)\s+" \
    r"[^.;:,]{0,60},\s+with|" \
    r"\b(?:hosted|hosts|gave|held|threw|offered)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch|breakfast|reception|" \
    r"banquet)\s+for|" \
    r"\b(?:(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?" + GATHERING + r"|talks)(?:\s+in\s+[A-Z][\w-]+|" + _WHEN + \
    r"|\s+(?:was|were)\s+(?:held|convened)|\s+took\s+place|" + _PLACE + r")*\s+between|" \
    r"\b(?:(?:bi|tri|quadri)lateral|joint|four-way|three-way)\s+(?:meeting|talks|call)\s+of"
"""A noun of meeting with whom it was after it, whoever held it: "held talks with", "in a phone call with",
"talks were held on Tuesday between", "a meeting took place in Khartoum between", "received a phone call on Sunday from",
"Sybiha's meeting with", "following talks with", "a call between", "a trilateral meeting of", "Ruiz's working lunch
was in a hotel near the venue, with"."""
_CALLED = r"(?:phoned|telephoned|rang|called)(?=\s+(?!(?:on|for|it|him|her|them|upon|off|in|out|up)\b))"
"""'Zelensky phoned Meloni': a call, when a party and not a preposition follows ("called on", "called for")."""
CALLED_ON = r"called\s+on"
"""'Nakaya called on Prime Minister Pundari at Parliament House': a courtesy call, on a person, when no "to"
follows (never "called on Pundari to resign", see _EXHORTED)."""
_CHAIRED_MEETING = r"(?:meeting|session|talks|consultations|dialogue)s?"
"""What two may chair together and so meet at: never a conference or a summit, which many attend."""
_CO_CHAIRED = r"co-?chair(?:ed|s)\s+(?:(?:the|a|an|this|that|their)\s+)?(?:[\w’'–-]+\s+){0,4}?" + _CHAIRED_MEETING + \
    r"\s+with|" + _CHAIRED_MEETING + r",\s+which\s+(?:he|she|they)\s+(?:also\s+)?co-?chair(?:ed|s)\s+with"
"""'co-chaired the joint commission's session with Soto', 'the annual ministerial meeting, which she co-chaired with
Soto': the two chairs met."""
TRIGGER = re.compile(r"(?:\b(?:" + _MEETING_VERB + r")|" + _MEETING_NOUN + r"|\b" + _CALLED + r"|\b" + CALLED_ON +
                     r"|\b" + _CO_CHAIRED +
                     r"|\b(?:after|before|while|when)\s+(?:(?:also|first|briefly)\s+)?"
                     r"(?:meeting|hosting|receiving|welcoming|greeting))\s+", re.IGNORECASE)
"""A verb or noun of meeting with whom it was after it; "to meet" after a journey ("travelled to
Ankara to meet Demir") and the passive ("was received by Ionescu") included."""
AT_GATHERING = re.compile(r"\b(?:during|at|in|after|following)\s+(?:(?:a|an|the|their|his|her)\s+)?"
                          r"(?:(?:[\w-]+\s+){0,2}?(?:hours?|rounds?|days?)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
                          + GATHERING + r"s?\b(?!\s+(?:with|between|among|of)\b)", re.IGNORECASE)
"""A sentence placed at a meeting its subjects held: "after talks in Arica", "following talks", "after two hours of
talks"; never at talks held by others ("after talks between the rebels and the army")."""
ON_SIDELINES = re.compile(r"\b(?-i:O)n\s+the\s+(?:sidelines|margins)\b", re.IGNORECASE)
"""'On the sidelines of the summit, Jonsson and Hryhorenko signed a letter of intent', 'On the margins of the G20,
Jonsson told Hryhorenko': people together on the sidelines, or one addressing another there, met; never a country
that signed "with" a body there."""
SUBORDINATE = re.compile(r",\s*(?:where|which|who|whose|whom|while|whereas|but|as|because|since|after|although)\b|"
                         r"\b(?:where|which|who|whose)\s+(?:both|the|they|it|its|their)\b")
"""'Reyes and Luong agreed ... in the South China Sea, where both countries have disputes with China': a "with"
in a clause of its own, whose partner no one at the meeting met there."""
HOSTING = re.compile(r"(?:hosted|received|welcomed|greeted|invited)\b", re.IGNORECASE)
WITH = re.compile(r"\bwith\s+")
ADDRESSED = re.compile(r"\b(?:told|thanked|urged|assured|asked|informed|briefed|invited|pressed)\s+")
"""'Marchenko told Berger during a phone call that ...': at a meeting, the one addressed took part."""
PLANNED = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:expected|due|scheduled|set|to\s+travel)|will|plans?\s+to|"
                     r"intends?\s+to|hopes?\s+to)\b[^,.;]*$")
"""A meeting still to come ("is expected in Brussels next week for talks with") is not one the text reports."""


TOGETHER = re.compile(r"\b(?:met|(?:held|had)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?" + GATHERING + r"s?|"
                      r"spoke(?:" + _BY_LINK + r"|" + _FOR_SO_LONG + r"|\s+on\s+the\s+(?:phone|sidelines|margins)|"
                      r"\s+(?:over|during|at)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|breakfast|coffee))|"
                      r"talked|sat\s+down|"
                      r"(?P<people>discussed|dined|lunched|exchanged\s+(?:views|opinions)|"
                      r"(?:[a-z]+\s+){1,3}?(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone|"
                      r"(?:used|found|took|set\s+aside)\b[^,.;]{0,40}?\bfor\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:talks|meeting|bilateral|discussions?)|"
                      r"co-?chaired\s+(?:(?:a|an|the|their)\s+)?(?:[\w’'–-]+\s+){0,3}?" + _CHAIRED_MEETING + r"))\b")
"""People named together as the subject of a meeting: "Stubb and Kravets met", "held talks", "spoke by phone";
and, of people alone, "discussed shipping", "compared notes by telephone", "used the lunch break for talks",
"co-chaired a session of the joint commission"."""
MET_ALONE = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:on|in|at|for|during|before|after|over|again|briefly|privately|"
                       r"separately|last|this|earlier|later|afterwards?|subsequently|late(?!-)|early(?!-)|overnight|yesterday|today|behind|"
                       r"face|twice|once|several|until|while|when|as|and|amid|ahead|without|inside|near|outside)\b")
"""'Stubb and Kravets met on Tuesday', 'The two ministers had met late on Monday': met each other, with nothing met
after the verb ("met their targets")."""
NOUN_TRIGGER = re.compile(r"meeting|talks|call|conversation|bilateral|discussions|lunch|dinner|breakfast|"
                          r"hosting|receiving|welcoming|greeting", re.IGNORECASE)
DELEGATIONS = re.compile(r"^\s+and\s+$")
DELEGATION_NOUN = re.compile(r"^\s+(?:delegations?|officials|negotiators|teams|governments)\b")
TALKS = re.compile(r"\b(?:talks|negotiations|met|meeting)\b")
