"""Meetings: each meeting the text reports (met with, held talks with, convened with, a call with),
its participants, with the role the text gives each and the country or organisation they represent."""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from generator.content.ids import slug, unique
from generator.editing.draft.actors import BULLET, Actor, Cast, entry_start
from generator.editing.draft.gazetteer import TITLE_HEADS
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, Meeting, Participant
from generator.editing.draft.text import Article, Span

_GATHERING = r"(?:talks|(?<=telephone\s)talk|(?<=phone\s)talk|(?<=video\s)talk|" \
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
    r"(?:was|were|being|been)\s+(?:(?:later|also|then|first|warmly)\s+)?(?:received|hosted|welcomed|greeted|met)" \
    r"(?:\s+(?:in|at|on|to|inside)\s+[^,.;:]{1,50}?)?\s+by|" \
    r"(?:hosted|received|welcomed|greeted)(?!(?:\s+(?:in|at|on|to)\s+[^,.;:]{1,50}?)?\s+by\b)" \
    r"(?!\s+the\s+(?:credentials|letters?\s+of\s+credence)\b)(?:" + _WHEN + \
    r")?(?:,\s+(?:in|at|on)\s+[^,;.]{1,80}?,)?(?!\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?" + _GATHERING + r")|" \
    r"(?<=,\s)meeting|\bby\s+meeting|" \
    r"(?:paid|pays|paying|made|makes|making)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:visit|call)\s+(?:to|on)|visited|visits"
_MEETING_VERB += r"|discuss(?:ed|es)?\s+(?:[\w’'-]+\s+){0,7}?(?!" + _RELATION + r"\s)[\w’'-]+\s+with|" \
    r"joined(?=\s+[^.;,]{1,60}?\s+for\s+(?:talks|(?:a|an)\s+" \
    r"(?:[\w-]+\s+)?(?:meeting|call|dinner|lunch)))"
"""A verb of meeting, whom it was with after it: "met", "is meeting", "is now meeting", "spoke by phone with", "was received by",
"discussed air defence with", "joined Berger for talks", "were joined by Nowak for a trilateral meeting", "was
received in Riga by", "spoke by video call with", "met on Monday in Oslo with", "spoke by phone from Lima with" (a
call placed from where the caller was), "exchanged views on the dam with", "granted an audience to" and "was
granted an audience by" (as readouts write them), "visited Kyiv, meeting
Marchenko", "paid a visit to Marchenko", "is paying a courtesy call on Marchenko" (a visit meets a person, never a
place: see _VISIT)."""
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
_PERSONAL = re.compile(r"\b(?:credentials|credence|huddled|caught|spent|dropped|looked|played)\b", re.IGNORECASE)
"""Verbs of meeting that meet only people: "presented his credentials to the foreign ministry" is paperwork,
"spent the day with the Red Cross" a visit."""
_VISIT = re.compile(r"(?:visit|visits|visited|call)(?:\s+(?:to|on))?\s+$", re.IGNORECASE)
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
    _GATHERING + r"s?(?:" + _PLACE + r"|" \
    r"\s+on\s+the\s+(?:sidelines|margins)(?:\s+of\s+(?:the\s+)?[\w\s-]{1,40}?)?|" + _WHEN + r"|" + _TOPIC + r")*,?\s+with|" \
    r"\bon\s+the\s+(?:tele)?phone\s+with|" \
    r"\b(?:receiv(?:ed|es|ing)|t(?:ook|aken|akes|aking)|had|got|gets|returned)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?" \
    r"call(?:" + _WHEN + r")?\s+from|" \
    r"(?<=[’'])s\s+(?:[\w-]+\s+){0,2}?" + _GATHERING + r"s?\s+(?:was|were|took\s+place)\s+(?:in|at|on|inside|over)\s+" \
    r"[^.;:,]{0,60},\s+with|" \
    r"\b(?:hosted|hosts|gave|held|threw|offered)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch|breakfast|reception|" \
    r"banquet)\s+for|" \
    r"\b(?:(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?" + _GATHERING + r"|talks)(?:\s+in\s+[A-Z][\w-]+|" + _WHEN + \
    r"|\s+(?:was|were)\s+(?:held|convened)|\s+took\s+place|" + _PLACE + r")*\s+between|" \
    r"\b(?:(?:bi|tri|quadri)lateral|joint|four-way|three-way)\s+(?:meeting|talks|call)\s+of"
"""A noun of meeting with whom it was after it, whoever held it: "held talks with", "in a phone call with",
"talks were held on Tuesday between", "a meeting took place in Khartoum between", "received a phone call on Sunday from",
"Sybiha's meeting with", "following talks with", "a call between", "a trilateral meeting of", "Ruiz's working lunch
was in a hotel near the venue, with"."""
_CALLED = r"(?:phoned|telephoned|rang|called)(?=\s+(?!(?:on|for|it|him|her|them|upon|off|in|out|up)\b))"
"""'Zelensky phoned Meloni': a call, when a party and not a preposition follows ("called on", "called for")."""
_CALLED_ON = r"called\s+on"
"""'Nakaya called on Prime Minister Pundari at Parliament House': a courtesy call, on a person, when no "to"
follows (never "called on Pundari to resign", see _EXHORTED)."""
_CHAIRED_MEETING = r"(?:meeting|session|talks|consultations|dialogue)s?"
"""What two may chair together and so meet at: never a conference or a summit, which many attend."""
_CO_CHAIRED = r"co-?chair(?:ed|s)\s+(?:(?:the|a|an|this|that|their)\s+)?(?:[\w’'–-]+\s+){0,4}?" + _CHAIRED_MEETING + \
    r"\s+with|" + _CHAIRED_MEETING + r",\s+which\s+(?:he|she|they)\s+(?:also\s+)?co-?chair(?:ed|s)\s+with"
"""'co-chaired the joint commission's session with Soto', 'the annual ministerial meeting, which she co-chaired with
Soto': the two chairs met."""
_TRIGGER = re.compile(r"(?:\b(?:" + _MEETING_VERB + r")|" + _MEETING_NOUN + r"|\b" + _CALLED + r"|\b" + _CALLED_ON +
                      r"|\b" + _CO_CHAIRED +
                      r"|\b(?:after|before|while|when)\s+(?:(?:also|first|briefly)\s+)?"
                      r"(?:meeting|hosting|receiving|welcoming|greeting))\s+", re.IGNORECASE)
"""A verb or noun of meeting with whom it was after it; "to meet" after a journey ("travelled to
Ankara to meet Demir") and the passive ("was received by Ionescu") included."""
_AT_GATHERING = re.compile(r"\b(?:during|at|in|after|following)\s+(?:(?:a|an|the|their|his|her)\s+)?"
                           r"(?:(?:[\w-]+\s+){0,2}?(?:hours?|rounds?|days?)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
                           + _GATHERING + r"s?\b(?!\s+(?:with|between|among|of)\b)", re.IGNORECASE)
"""A sentence placed at a meeting its subjects held: "after talks in Arica", "following talks", "after two hours of
talks"; never at talks held by others ("after talks between the rebels and the army")."""
_ON_SIDELINES = re.compile(r"\b(?-i:O)n\s+the\s+(?:sidelines|margins)\b", re.IGNORECASE)
"""'On the sidelines of the summit, Jonsson and Hryhorenko signed a letter of intent', 'On the margins of the G20,
Jonsson told Hryhorenko': people together on the sidelines, or one addressing another there, met; never a country
that signed "with" a body there."""
_SUBORDINATE = re.compile(r",\s*(?:where|which|who|whose|whom|while|whereas|but|as|because|since|after|although)\b|"
                          r"\b(?:where|which|who|whose)\s+(?:both|the|they|it|its|their)\b")
"""'Reyes and Luong agreed ... in the South China Sea, where both countries have disputes with China': a "with"
in a clause of its own, whose partner no one at the meeting met there."""
_HOSTING = re.compile(r"(?:hosted|received|welcomed|greeted|invited)\b", re.IGNORECASE)
_WITH = re.compile(r"\bwith\s+")
_ADDRESSED = re.compile(r"\b(?:told|thanked|urged|assured|asked|informed|briefed|invited|pressed)\s+")
"""'Marchenko told Berger during a phone call that ...': at a meeting, the one addressed took part."""
_PLANNED = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:expected|due|scheduled|set|to\s+travel)|will|plans?\s+to|"
                      r"intends?\s+to|hopes?\s+to)\b[^,.;]*$")
"""A meeting still to come ("is expected in Brussels next week for talks with") is not one the text reports."""
_NOT_HELD = re.compile(r"(?:\b(?:not|never)|n[’']t|\b(?:would|could|might|may|should|must|shall|can|cannot)|"
                       r"\b(?:wants?|wanted|wish(?:es|ed)?|refus(?:ed|es)|declin(?:ed|es)|fail(?:ed|s)|sought|seeks?|"
                       r"tr(?:y|ies|ied|ying)|hop(?:es?|ed|ing)|plann?(?:s|ed|ing)?|aim(?:s|ed)?|ready|willing|unable|"
                       r"likely|unlikely|keen|eager|due|set|expected|scheduled|agreed|promised|offered|decided|intend(?:s|ed)?|"
                       r"going|is|are|am|was|were|yet|expects?|open|prepared|supposed|looking\s+forward|"
                       r"looks?\s+forward)\s+to)"
                       r"\s+(?:\w+\s+)?$|"
                       r"\b(?:cancel(?:l?ed)?|postponed?|called\s+off|sought|seeks?|seeking|requested|proposed|"
                       r"suggested|demanded|rejected|skipped|missed|scrapped|delayed|refused|declined|turned\s+down|ruled\s+out|snubbed|"
                       r"wants?|wanted|consider(?:s|ed|ing)?|mulling|weighing|avoid(?:s|ed|ing)?|denie[sd]|deny(?:ing)?)\s+$|"
                       r"\b(?:invitations?|offers?|requests?|proposals?|plans?|bids?|attempts?|efforts?|appeals?|pleas?)"
                       r"\s+to\s+(?:\w+\s+)?$|"
                       r"(?:\b(?:not|never)|n[’']t)\s+(?:get|got|manage|managed|find|found)\s+(?:(?:the|a)\s+)?"
                       r"(?:(?:time|chance|opportunity)\s+)?to\s+$|\bwithout\s+(?:(?:having|ever|even|first)\s+)*$")
"""A meeting that did not take place or is yet to: "had never met", "hasn't spoken to", "would meet", "refused to
meet", "cancelled a meeting with", "sought talks with", "is to meet", "was to have met", "has yet to meet", "expects
to meet", "is open to a meeting with", "is considering talks with", "denied meeting", "accepted an invitation to meet",
"turned down an offer to hold talks with" (a meeting asked for, offered or tried, none reported held), "did not get
to meet", "left without having met"."""
_JOURNEY_AHEAD = re.compile(r"\b(?:(?:is|are|am)\s+(?:\w+\s+)?(?:travell?ing|flying|heading|going|leaving|due|"
                            r"expected|set)|(?:heads|travels|flies|goes|leaves|returns)\b)[^,.;]*?(?:\bto\s+)?$")
"""'is travelling to Nairobi to meet Wambui', 'heads to Nairobi on Tuesday to meet Wambui', 'is flying to Nairobi
for talks with Wambui': a journey still under way, its purpose a meeting yet to come (where "travelled to Nairobi
to meet Wambui" reports one)."""


def _journey_ahead(article: Article, sentence: Span, trigger: re.Match[str]) -> bool:
    before = article.masked[sentence.start:trigger.start()]
    purpose = re.search(r"\bto\s+$", before) or re.match(r"for\s", trigger.group(), re.IGNORECASE)
    return bool(purpose) and _JOURNEY_AHEAD.search(before) is not None


_SENT_TO = re.compile(r"\b(?:sent|sends|dispatched|dispatches|deployed|instructed|ordered|asked|invited|tasked|"
                      r"mandated|authori[sz]ed)\b[^,.;]{0,60}?\bto\s+$")
"""'Otieno sent a delegation to meet Juma', 'instructed his envoy to hold talks with': another is to meet, not the
one who sent them, and the meeting is yet to come."""
_ASSEMBLY_ATTENDED = re.compile(r"\b(?:attend(?:ed|s|ing)?|address(?:ed|es|ing)?|open(?:ed|s|ing)?|clos(?:ed|es|ing))\s+$")
"""'attended a conference in Geneva with Juma': who attend a conference together do not meet there for that."""
_ASKED_FOR = re.compile(r"\b(?:call(?:ed|s|ing)?|press(?:ed|es|ing)?|push(?:ed|es|ing)?|appeal(?:ed|s|ing)?|"
                        r"ask(?:ed|s|ing)?|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|argu(?:ed|es|ing)|room|hop(?:es?|ed|ing)|"
                        r"wish(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|angl(?:e|es|ed|ing)|requests?|"
                        r"invitations?|offers?|proposals?|plans?|bids?|pleas?)\s+$")
"""'called for talks with Bolivia', 'pressed for a meeting with', 'a request for talks with', 'was hoping for a
meeting with', 'lobbied for talks with': talks wished for, none held."""
_PREPARED_FOR = re.compile(r"\b(?:prepar(?:e|es|ed|ing)|ready(?:ing)?|agenda|brief(?:ed|ing)?|groundwork|stage)\s+"
                           r"(?:(?:him|her|them|itself|himself|herself|themselves)\s+)?$")
"""'is preparing for talks with Wambui', 'set the stage for a meeting with': a meeting ahead, none held yet."""


def _wished_for(article: Article, sentence: Span, trigger: re.Match[str]) -> bool:
    """Talks asked or prepared for: "called for talks with", "had lobbied for talks with" (the verb within the
    trigger, before its "for"), "is preparing for a meeting with"."""
    inner = re.match(r"(?:(?:had|has|have|was|were|is|are)\s+)?[a-z]+\s+(?=for\s)|(?=for\s)", trigger.group(),
                     re.IGNORECASE)
    if inner is None:
        return False
    end = trigger.start() + inner.end()
    before = article.masked[max(sentence.start, end - 30):end]
    return bool(_ASKED_FOR.search(before) or _PREPARED_FOR.search(before))


_HEARSAY = r"(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|speculation)\s+that\s+[^.;]*$"
_DENIED_HEARSAY = re.compile(r"\b(?:denie[sd]|deny(?:ing)?|rejected|dismissed|refuted)\s+(?:[\w-]+\s+){0,2}?" + _HEARSAY,
                             re.IGNORECASE)
_HEARSAY_OPENING = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?" + _HEARSAY, re.IGNORECASE)
_FOUND_FALSE = re.compile(r"\b(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:also|flatly|firmly)\s+)?(?:false|untrue|"
                          r"baseless|unfounded|groundless|inaccurate|wrong|denied|fake|fabricated)\b", re.IGNORECASE)


def _denied_report(article: Article, sentence: Span, trigger: re.Match[str]) -> bool:
    """A meeting only reported by others and denied: "The ministry denied reports that Kaya had met Lind", "Claims
    that Kaya held talks with Lind are baseless, an aide said" (never "Reports that Kaya met Lind angered the
    opposition", which takes the meeting as held)."""
    before = article.masked[sentence.start:trigger.start()]
    if _DENIED_HEARSAY.search(before):
        return True
    return bool(_HEARSAY_OPENING.search(before)) and \
        _FOUND_FALSE.search(article.masked, trigger.end(), sentence.end) is not None


_YET_TO_COME = re.compile(r"\b(?:planned|proposed|scheduled|upcoming|forthcoming|expected|possible|potential|future|"
                          r"next|prospective|mooted|requested|hoped-for|rescheduled)\s+(?:[\w-]+\s+){0,2}?" + _GATHERING +
                          r"|\b(?:requests?|invitations?|offers?|proposals?|plans?|bids?|appeals?|pleas?|calls?)\s+(?:for|to)\s+"
                          r"(?:[\w-]+\s+){0,2}?" + _GATHERING, re.IGNORECASE)
"""'arrived ahead of a planned meeting with Wambui', 'his upcoming talks with', 'their next meeting': a meeting the
words of the trigger itself put in the future; "his request for talks with", "her invitation to a meeting with": one
asked for or offered."""
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR_PAST = r"(?:(?:(?:back|as\s+far\s+back\s+as|as\s+early\s+as)\s+)?(?:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?:" + \
    _MONTH + r"\s+)?(?:19|20)\d\d\b(?![-–/]\d)|last\s+year|the\s+previous\s+year|the\s+year\s+before|" \
    r"(?:a|one|two|three|four|five|several|many|some|\d+)\s+years\s+(?:ago|earlier|before))"
_IN_PAST_YEAR = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?\s+(?:(?:several|many|"
                           r"a\s+few|two|three|four)\s+times\s+|twice\s+|once\s+|briefly\s+)?" + _YEAR_PAST)
"""'met Juma in 2019', 'met Juma in Arusha in March 2021', 'has spoken to Juma several times since 2020': a
meeting the writer dates by its year is one of a past year, told as background (a meeting reported is dated
by its day: "on Monday", "on 4 June")."""
_OPENS_IN_PAST_YEAR = re.compile(r"\s*(?-i:[A-Z])[a-z]*\s*" + r"(?:" + _YEAR_PAST + r"|(?:" + _MONTH +
                                 r"\s+)?(?:19|20)\d\d\b)\s*,", re.IGNORECASE)
"""'In 2019, Okello met Juma in Arusha', 'Back in March 2021, ...': a sentence that opens with a past year."""
_LAST_TIME = re.compile(r"\b(?:last|previous|prior)\s+(?:[\w-]+\s+)?(?:met|spoke|spoken|talked|" + _GATHERING + r"s?)\b",
                        re.IGNORECASE)
"""'when they last met in Arusha', 'at their previous meeting with Juma': a meeting before the one reported."""


def _past_year(article: Article, sentence: Span, trigger: re.Match[str], end: int) -> bool:
    """A meeting the sentence places in a past year or calls the last one before: "Okello last met Juma", "met
    Juma in 2019", "In 2019, Okello met Juma" (never "met Juma on 4 June 2024", dated by its day)."""
    before = article.masked[max(sentence.start, trigger.start() - 12):trigger.end()]
    return _IN_PAST_YEAR.match(article.masked, end) is not None or _LAST_TIME.search(before) is not None or \
        _OPENS_IN_PAST_YEAR.match(article.masked, sentence.start) is not None


_CO_HOSTED = re.compile(r"\b(?:co-?)?(?:host(?:ed|s)?|organi[sz]ed|chair(?:ed|s)?)\s+$")
"""'co-hosted the conference with the European Commission': who ran a gathering together did not meet."""
_AMONG = re.compile(r"\b(?:between|of)\s*$")
_SEPARATELY = re.compile(r"\bseparate(?:ly)?\b|\b(?:bilateral|individual|one-on-one|one-to-one)\s+(?:meetings|talks|calls|"
                         r"conversations)\b|\b(?:meetings|calls)\s+with\b|\b(?:individually|bilaterally)\b|"
                         r"\b(?:in\s+turn|one\s+by\s+one|one\s+after\s+the\s+other)\b")
"""'met separately with A and B', 'held separate calls with', 'met individually with A and B', 'met A and B in turn':
one meeting with each, not one of three."""
_APART_FROM_ALL = re.compile(r"\bseparately\b")
_SHARED_CONCERN = re.compile(r"\b(?:joint|shared|common|trilateral|three-way|(?:the\s+)?two\s+(?:countries|nations|"
                             r"governments|neighbours|neighbors|sides)|both\s+(?:countries|nations|governments|sides))\b",
                             re.IGNORECASE)


def _met_apart_together(article: Article, sentence: Span, around: str, last: Actor) -> bool:
    """'Rossi met separately with Peru's Soto and Bolivia's Arce to discuss joint patrols on the lake': apart from the
    main event, one meeting of the three, when what follows the two met is a concern they share (never "met
    separately with Soto and Arce on aid", one meeting with each, nor "held separate meetings with")."""
    if _APART_FROM_ALL.search(around) is None or re.search(r"\bseparate\b", around) or \
            _SEPARATELY.search(_APART_FROM_ALL.sub(" ", around)):
        return False
    after = article.masked[last.span.end:min(sentence.end, last.span.end + 120)]
    return _SHARED_CONCERN.search(re.split(r"[;.]", after)[0]) is not None


_TOGETHER = re.compile(r"\b(?:met|(?:held|had)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?" + _GATHERING + r"s?|"
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
_MET_ALONE = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:on|in|at|for|during|before|after|over|again|briefly|privately|"
                        r"separately|last|this|earlier|later|afterwards?|subsequently|late(?!-)|early(?!-)|overnight|yesterday|today|behind|"
                        r"face|twice|once|several|until|while|when|as|and|amid|ahead|without|inside|near|outside)\b")
"""'Stubb and Kravets met on Tuesday', 'The two ministers had met late on Monday': met each other, with nothing met
after the verb ("met their targets")."""
_NOUN_TRIGGER = re.compile(r"meeting|talks|call|conversation|bilateral|discussions|lunch|dinner|breakfast|"
                           r"hosting|receiving|welcoming|greeting", re.IGNORECASE)
_LEAD = r"(?:(?:the|an?)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?:leaders?|heads?(?:\s+of\s+(?:state|government))?|" \
        r"delegations?|representatives|officials|ministers|members|counterparts|envoys|ambassadors|chiefs|presidents|" \
        r"premiers|teams?|missions?|" \
        r"executives|managers|management|board|leadership|bosses|staff|diplomats|negotiators|delegates)\s+" \
        r"(?:of|from)\s+(?:the\s+)?|(?:delegations?|teams)\s+(?:led|headed)\s+by\s+(?:the\s+)?)?"
"""What may stand before a party named only as its country: "the prime ministers of Estonia, Latvia and ..."."""
_VISITING = r"(?:(?:the|a|an)\s+)?(?:visiting|(?:newly\s+)?arrived|incoming|outgoing)\s+"
"""Before the one met, a word of their coming ("received visiting Nigerian Vice President Ibrahim Bello", "hosted the
visiting Indian Foreign Secretary, Vikram Rao"): the one who came met, the word no party."""
_FIRST_GAP = re.compile(r"^\s*(?:" + _VISITING + r")?" + _LEAD + r"$")
_NEXT_GAP = re.compile(r"^(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"  # "Sen. Dana Whitfield of Oregon"
                       r"(?:\s*\([A-Z][\w.&-]{1,14}\))?"  # "the UN Development Programme (UNDP) and ..."
                       r"\s*(?:,\s*and|,|and|,?\s*(?:as\s+well\s+as|together\s+with|along\s+with|alongside|accompanied\s+by)|[—–])"
                       r"\s*(?:with\s+)?" + _LEAD + r"$")
"""Between two parties of one meeting: "A and B", "A, together with B", "A alongside B"."""
_THEN = re.compile(r"^(?:\s+(?:in|at|on|for)\s+[^,.;:]{1,40}?)?\s*,?\s*(?:and\s*,?\s+)?(?:later|then|afterwards|"
                   r"subsequently|after\s+that|next|separately)(?:\s+(?:in|on|that|this)\b[^,.;:]{0,25},)?\s*,?\s+"
                   r"(?:(?:also|separately)\s+)?(?:with\s+)?")
"""'met Kask in Tallinn and later Pevkur', 'met Kask and, later in the day, Pevkur': the verb goes on to a
meeting of its own, with the same subject."""
_STAFF = re.compile(r"\s+(?:executives|officials|representatives|management|leadership|managers|bosses|staff|"
                    r"negotiators|engineers)\b")
"""'met senior Airbus executives': people of an organisation met for it, the organisation the party."""
_STAFF_LEAD = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:senior|top|leading|high-ranking|visiting|several)\s+")
_ENUMERATION = re.compile(r"^\s*(?:countries|states|nations|leaders|delegations?|officials|counterparts)?\s*[—–]\s*")
_LIST_GAP = re.compile(r"^\s*(?:,\s*and|,|and)\s*(?:the\s+)?$")
_DELEGATIONS = re.compile(r"^\s+and\s+$")
_DELEGATION_NOUN = re.compile(r"^\s+(?:delegations?|officials|negotiators|teams|governments)\b")
_TALKS = re.compile(r"\b(?:talks|negotiations|met|meeting)\b")


def find_meetings(article: Article, cast: Cast, known: Known, used: set[str]) -> list[Meeting]:
    meetings: dict[frozenset[str], Meeting] = {}
    guests: list[str] = []
    """Who came to the last meeting reported: its subject, or whom it hosted or received."""
    subjects: dict[int, list[str]] = {}
    principals: dict[str, str] = {}
    """Whom the words of a description stood for as one who met: "the minister" -> her id."""
    for index in range(len(article.sentences)):
        sentence = _own(article, index)
        found: list[tuple[list[str], str]] = []
        taken: list[Actor] = []
        met_at: set[int] = set()
        opened: set[str] = set()
        met_last: tuple[int, list[str]] = (-1, [])
        """Where the last meeting the sentence reports ends, and who met there."""
        """Those met at the meeting the sentence opens with, who are not who does its main verb."""
        if not re.search(r"[.!?:;”’\")]$", article.sentence_text(index)) and _list_intro(article, index) is None:
            continue  # a subheading of a live blog ("Dovhan meets Irish Taoiseach") says again what its entry tells
        triggers = list(_TRIGGER.finditer(article.masked, sentence.start, sentence.end))
        bare = _BARE_TALKS.match(article.masked, _opens(article, index), sentence.end)
        if bare is not None and not any(t.start() <= bare.start() < t.end() for t in triggers):
            triggers.insert(0, bare)  # "Talks with Wambui focused on trade": no word before the noun
        if not triggers and _AT_GATHERING.search(article.masked, sentence.start, sentence.end):
            # "Romanchuk raised the request with his Norwegian counterpart during talks in Oslo": in a sentence
            # that places itself at a meeting, whoever did something "with" someone met them
            triggers = [t for t in _WITH.finditer(article.masked, sentence.start, sentence.end) if not
                        _SUBORDINATE.search(article.masked[sentence.start:t.start()])] or \
                list(_ADDRESSED.finditer(article.masked, sentence.start, sentence.end))
        elif not triggers and _ON_SIDELINES.match(article.masked, sentence.start + _lead_space(article, index)):
            triggers = list(_ADDRESSED.finditer(article.masked, sentence.start, sentence.end))
        for trigger in triggers:
            if _PLANNED.search(article.masked[sentence.start:trigger.start()]) or _CO_HOSTED.search(
                    article.masked[max(sentence.start, trigger.start() - 20):trigger.start()]) or \
                    re.search(r"\bco-?$", article.masked[max(sentence.start, trigger.start() - 3):trigger.start()]) or \
                    _NOT_HELD.search(article.masked[max(sentence.start, trigger.start() - 60):trigger.start()]) or \
                    _journey_ahead(article, sentence, trigger) or \
                    _SENT_TO.search(article.masked[sentence.start:trigger.start()]) or \
                    (re.search(r"\b(?:conference|summit|forum)s?\b", trigger.group(), re.IGNORECASE) and
                     _ASSEMBLY_ATTENDED.search(article.masked[max(sentence.start, trigger.start() - 20):trigger.start()])) or \
                    _wished_for(article, sentence, trigger) or _denied_report(article, sentence, trigger) or \
                    _YET_TO_COME.search(trigger.group()):
                continue
            objects = _objects(article, cast, index, trigger.end())
            if _VISIT.search(trigger.group()):
                # "visited Marchenko": a meeting; "visited Kyiv": a journey, whoever the place stands for
                people = list(itertools.takewhile(lambda a: a.kind == "person", objects))
                objects = people if people and _FIRST_GAP.match(article.masked[trigger.end():people[0].span.start]) else []
            if _PERSONAL.search(trigger.group()):
                objects = list(itertools.takewhile(lambda a: a.kind == "person", objects))
            if trigger.re is _ADDRESSED:
                objects = objects[:1] if objects and objects[0].kind == "person" else []  # a person addressed
            if not objects and index:
                objects = _object_pronoun(article, cast, index, trigger)
            if not objects or _none_after(article, trigger, objects[-1]) or \
                    _past_year(article, sentence, trigger, objects[-1].span.end):
                continue
            taken += objects
            met_at.add(trigger.start())
            said = _said_after_talks(article, cast, index, trigger)
            if said == []:
                continue
            subject = said or _styled(article, cast, index, trigger) or _same_doer(article, trigger, met_last) or \
                _list_owner(article, cast, index, trigger, subjects) or \
                _relative_subject(article, cast, index, trigger) or \
                _participle_subject(article, cast, index, trigger, taken) or \
                _subject(article, cast, index, trigger.start(), taken, subjects, principals) or \
                _at_which(article, cast, index, trigger, objects[-1]) or \
                _reporter(article, cast, index, trigger, objects[-1], subjects) or \
                _unread_opening(article, cast, index, trigger.start())
            if not subject and (_NOUN_TRIGGER.search(trigger.group()) or
                                _HAVING.fullmatch(article.masked[sentence.start:trigger.start()])):
                # "In his meeting with Whitcomb, Bondarchuk asked...", "Having met Kask, Berger said": the
                # subject follows the opening phrase
                split = next((n for n in range(1, len(objects)) if objects[n].kind == "person" and
                              article.masked[objects[n - 1].span.end:objects[n].span.start].strip() == ","), None)
                if split is None:
                    split = _titled_after_opening(article, objects)
                if split is not None:
                    subject, objects = [objects[split].ref], objects[:split]
                else:
                    subject = _after_opening(article, cast, index, trigger, objects[-1], tuple(meetings.values()))
                    if set(subject) & {a.ref for a in objects}:
                        # "In her talks with Prime Minister Popa and Minister Rusu, the Minister discussed": the
                        # words after the opening fit one met, who cannot have met themselves: another is meant
                        subject = []
            if len(objects) >= 2 and _AMONG.search(trigger.group()) and \
                    (not subject or trigger.group().rstrip().endswith("between")):
                # "talks between Poland and Ukraine", "a trilateral meeting of A, B and C": all are named after
                found.append((list(dict.fromkeys(a.ref for a in objects)),
                              f"{SURE}: {trigger.group().strip()!r} with the participants named after it"))
                continue
            if not subject:
                subject = _group_subject(article, cast, index, trigger.start(), tuple(meetings.values()))
            if not subject and _GUESTS.search(article.masked[sentence.start:trigger.start()]):
                subject = guests
            if not subject:
                subject = _body_by_kind(article, cast, index, trigger.start())
            if not subject:
                subject = _possessor(cast, index, trigger)
                if set(subject) & {a.ref for a in objects}:
                    subject = []  # "In her talks with Popa and Rusu": "her" is another than those met
            if not subject:
                subject = _talks_opening(article, cast, index, trigger, objects, subjects)
            if set(subject) & opened:
                continue  # "In her talks with Popa and Rusu, the Minister discussed the link with Romania": not Rusu
            if re.fullmatch(r"\s*(?:[Ii]n|[Dd]uring|[Aa]t|[Aa]fter|[Ff]ollowing)?\s*",
                            article.masked[sentence.start:trigger.start()]):
                opened = {a.ref for a in objects}
            parties = list(dict.fromkeys([*subject, *(a.ref for a in objects), *_joined(article, cast, index)]))
            if subject and len(parties) >= 2:
                why = f"{SURE}: {trigger.group().strip()!r} with the participants named"
                around = article.masked[max(0, trigger.start() - 14):objects[-1].span.end + 14]
                if len(objects) > 1 and _SEPARATELY.search(around) and \
                        not _met_apart_together(article, sentence, around, objects[-1]):
                    found += [([*subject, a.ref], why + ", separately") for a in objects if a.ref not in subject]
                else:
                    found.append((parties, why))
                guests = [a.ref for a in objects] if _HOSTING.match(trigger.group()) else subject
                for later in _then_objects(article, cast, index, objects[-1].span.end):
                    taken += later
                    found.append(([*subject, *(a.ref for a in later if a.ref not in subject)], why + ", later"))
                subjects.setdefault(index, subject)
                met_last = (objects[-1].span.end, subject)
        # "The two men held talks before being joined by Nowak": met together, and then with one more
        found += _together(article, cast, index, met_at)
        found += _bulleted(article, cast, index, subjects)
        found += _attended(article, cast, index)
        if not found:
            found += _their_meeting(article, cast, index) or _between_the_two(article, cast, index) or \
                _together_at_gathering(article, cast, index) or \
                _whom(article, cast, index)
        # "talks with Norwegian and German officials": delegations already counted as the parties of a meeting
        found += [d for d in _delegations(article, cast, index) if not any(set(d[0]) <= set(f[0]) for f in found)]
        if len(found) == 1:
            found = [_with_mediators(article, cast, index, found[0])]
        if index not in subjects:
            first = cast.sentence_subject(index)
            if first is not None:
                person, _ = cast.person_of(first, index)
                if person:
                    subjects[index] = [person]
        for parties, why in found:
            if any(_office_read_as_body(cast, p) for p in parties):
                continue
            parties = _named_next(article, cast, index, parties) or parties
            parties = list(dict.fromkeys(_counterpart_named(article, cast, index, parties, p) for p in parties))
            key = frozenset(parties)
            if key in meetings:
                old = meetings[key]
                meetings[key] = Meeting(old.id, old.title, old.participants,
                                        tuple(dict.fromkeys((*old.excerpts, article.sentence_text(index)))),
                                        old.why, existing=old.existing, sentence=old.sentence)
                continue
            title = _title(cast, parties)
            ident = known.meetings.get(key) or unique(slug(title) or "meeting", used)
            used.add(ident)
            meetings[key] = Meeting(ident, title, tuple(_participant(cast, p) for p in parties),
                                    (article.sentence_text(index),), why, existing=known.meetings.get(key, ""),
                                    sentence=index)
    return [_joined_after(article, cast, m) for m in meetings.values()]


_TOOK_PART = re.compile(r"^\s*(?:,[^,]*,\s*)?(?:also\s+)?(?:(?:took\s+part|participated|joined|sat|attended|"
                        r"(?:was|were)\s+(?:also\s+)?present)\s+(?:in\s+|at\s+|for\s+)?(?:on\s+)?"
                        r"(?:the|that)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|talks|conversation|discussion)s?\b|"
                        r"(?:attended|took\s+part|participated|(?:was|were)\s+(?:also\s+)?present)\s*[.;])")
"""'Minister for Foreign Affairs Karin Holmqvist also took part in the call', 'Defence Minister Daoud Yaya also
attended', 'was also present': one more participant, in the sentence right after the meeting."""
_JOINED_AFTER = re.compile(r"^\s*(?:[,—–][^,—–]*[,—–]\s*)?(?:was|were)\s+(?:also\s+)?(?:joined|accompanied)\s+by\s+"
                           r"(?:(?:his|her|their)\s+)?(?:[\w’'-]+\s+){0,6}?$")


_HIM = re.compile(r"\s*(?P<pronoun>him|her)\b")
_POSSESSIVE_HER = re.compile(r"(?<=her)(?!" + _MET_ALONE.pattern + r")\s+(?-i:[a-z])[\w-]*\b(?<!ly)")
"""'Berg met her targets', 'Ruiz received her guests': "her" before a noun is whose, not whom, and names no one
met (where "received her warmly", "met her in Oslo" do)."""
_HEAD = r"(?i:" + "|".join(sorted(TITLE_HEADS, key=len, reverse=True)) + r")s?"
_TITLE_TAIL = r"(?:\s+(?:of|for|to|in|at|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))\s+" \
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the|in))*)?"
"""The part of a title after its noun: "Ambassador [to Denmark]", "representative [in Ukraine]", "Special Envoy [on
Myanmar]" (never "the envoy on Monday")."""
_LOWER_PORTFOLIO = r"\s+(?:of|for)\s+(?-i:[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})"
_TITLE_AFTER_OWNER = re.compile(r"^(?:\s+(?-i:[a-z][\w-]*)){0,2}[’']s\s+(?:[\w-]+\s+){0,3}?" + _HEAD + r"\b(?:" + _TITLE_TAIL +
                                r"|" + _LOWER_PORTFOLIO + r"),\s*$")
"""Between a country or organisation and the name its title is set off before: "Ukraine['s Ambassador to
Denmark, ]Olha Shevchuk", "UNHCR['s representative in Ukraine, ]Karolina Lindqvist", "the Taliban[
administration's acting minister for refugees, ]Ana Soto"."""
_OWNER_OF_TITLE = re.compile(r"(?:\s+(?-i:[a-z][\w-]*)){0,2}[’']s\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}")
"""Between a country or organisation and a title in lower case read with the name after it: "the Taliban[
administration's ]acting minister, Ana Soto", "Peru['s new ]ambassador, Luis Prado"."""
_TITLE_AFTER_NOUN = re.compile(r"^(?:" + _TITLE_TAIL + r"|" + _LOWER_PORTFOLIO + r"),\s*$")
"""Between a title and the name it is set off before: "the city's mayor[, ]Andriy Lysenko", "The Ambassador[
of Japan to Ukraine, ]Hiroshi Tanabe", "the junta's acting minister[ for refugees, ]Ana Soto" (the portfolio in
lower case)."""


def _titled(article: Article, actors: list[Actor]) -> list[Actor]:
    """The actors with each title set off before a name made one with the person it names: the country or
    organisation of the title ("Ukraine's Ambassador to Denmark, Olha Shevchuk") is no party of its own."""
    merged: list[Actor] = []
    number = 0
    actors = _outermost(actors)
    while number < len(actors):
        actor = actors[number]
        person = None
        if actor.kind in ("organisation", "description"):
            for later in range(number + 1, min(number + 5, len(actors))):
                candidate = actors[later]
                if candidate.kind != "person":
                    if candidate.kind != "organisation":
                        break
                    continue
                gap = article.masked[actor.span.end:candidate.span.start]
                pattern = _TITLE_AFTER_OWNER if actor.kind == "organisation" else _TITLE_AFTER_NOUN
                # "the Taliban administration's acting minister for refugees, Ana Soto", the title read with the name
                owner = actor.kind == "organisation" and _OWNER_OF_TITLE.fullmatch(gap) and \
                    re.match(r"[a-z]", article.masked[candidate.span.start:candidate.span.end])
                if (owner or pattern.match(gap)) and \
                        not (actor.kind == "description" and actor.ref.split()[0].lower() != "the"):
                    person = later
                break
        if person is None:
            merged.append(actor)
            number += 1
            continue
        merged.append(Actor("person", Span(actor.span.start, actors[person].span.end), actors[person].ref))
        number = person + 1
    return merged


def _outermost(actors: list[Actor]) -> list[Actor]:
    """Of two people named at one place, one within the other, the whole: "the EU's Special Representative for
    the South Caucasus, Jonas Berg" is Berg, never a person named "South Caucasus" read from the title."""
    return [a for a in actors if not any(b is not a and b.kind == a.kind == "person" and a.span.within(b.span) and
                                         (b.span.end - b.span.start) > (a.span.end - a.span.start) for b in actors)]


def _object_pronoun(article: Article, cast: Cast, index: int, trigger: re.Match[str]) -> list[Actor]:
    """"Marchenko was in Oslo. Solberg received him at his residence": "him" or "her" after a verb of
    meeting is the one person the sentence before names, when it names one other than this sentence's subject."""
    pronoun = _HIM.match(article.masked, trigger.end())
    if not pronoun or _POSSESSIVE_HER.match(article.masked, pronoun.end()):
        return []
    here = {a.ref for a in cast.in_sentence(index) if a.kind == "person" and a.span.end <= trigger.start()}
    before = {p for a in cast.in_sentence(index - 1) for p in [cast.person_of(a, index - 1)[0]]
              if a.kind in ("person", "description") and p} - here
    if len(before) != 1 or not here:
        return []
    span = Span(trigger.end() + pronoun.start("pronoun") - pronoun.start(), trigger.end() + pronoun.end() - pronoun.start())
    return [Actor("person", span, before.pop())]


def _joined_after(article: Article, cast: Cast, meeting: Meeting) -> Meeting:
    """"Prime Minister Hrytsenko was joined by Ukraine's Minister of Energy, Taras Bondar.": in the two
    sentences after a meeting, one who joined a participant took part too."""
    for index in range(meeting.sentence + 1, min(meeting.sentence + 3, len(article.sentences))):
        meeting = _joined_in(article, cast, meeting, index)
    return meeting


def _joined_in(article: Article, cast: Cast, meeting: Meeting, index: int) -> Meeting:
    parties = [p.party for p in meeting.participants]
    actors = cast.in_sentence(index)
    subject = cast.sentence_subject(index)
    if subject is not None and subject.kind == "person" and subject.ref not in parties and \
            index == meeting.sentence + 1 and _TOOK_PART.match(article.masked[subject.span.end:]):
        return replace(meeting, participants=(*meeting.participants, _participant(cast, subject.ref)),
                       excerpts=(*meeting.excerpts, article.sentence_text(index)))
    if subject is None or subject.kind != "person" or subject.ref not in parties:
        return meeting
    joined = next((a for a in actors if a.kind == "person" and a.span.start > subject.span.end and
                   _JOINED_AFTER.match(article.masked[subject.span.end:a.span.start])), None)
    if joined is None or joined.ref in parties:
        return meeting
    return replace(meeting, participants=(*meeting.participants, _participant(cast, joined.ref)),
                   excerpts=(*meeting.excerpts, article.sentence_text(index)))


_INCLUDING = re.compile(r"(?:the\s+|several\s+|some\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:representatives|members|"
                        r"leaders|officials|ministers|heads|envoys|executives|delegates|activists|families|survivors|"
                        r"mayors|governors|lawmakers|diplomats|volunteers|veterans)\b[^.;:,()“”\"]{0,60}?,?\s+"
                        r"(?:including|among\s+them|such\s+as)\s+")
"""A group met, then the people of it the text names: "representatives of civil society, including ..."."""


def _own_country(cast: Cast, actor: Actor, later: list[Actor]) -> bool:
    """'received a Haitian delegation of mayors from the south': a delegation described with its country in it,
    and no country or organisation named after its "of" or "from", is of that country ("the leaders of the E5
    group" are of the group named after)."""
    article = cast.article
    inside = any(span.within(actor.span) for span, _ in cast.org_mentions) and \
        re.search(r"\b(?:delegations?|missions?)\s+of\s", actor.ref) is not None
    named_after = bool(later) and later[0].kind == "organisation" and \
        re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?", article.masked[actor.span.end:later[0].span.start]) is not None
    return inside and not named_after



_ONE_HEAD = r"(?:" + "|".join(sorted(TITLE_HEADS, key=len, reverse=True)) + r")"
_HEAD_OF_BODY = re.compile(r",\s*(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,2}?" + _ONE_HEAD +
                           r"(?:[\s-]+general)?\s+(?:of|at|for)\s+(?:the\s+)?")
"""Between a person met and the body whose one official she is: "met Ana Soto[, head of the ]Chilean Red Cross",
"[, the director of ]Oxfam": her title in lower case, the body no party of its own (a plural, "the heads of", lists
others; a title in capitals, ", President of Peru, ", is read with the country)."""


def _body_of_official(article: Article, found: list[Actor], gap: str, actor: Actor) -> int | None:
    """Where a body named in the title set off after the person just named ends, past its abbreviation in
    brackets; None when the organisation is no such body."""
    if actor.kind != "organisation" or not found or found[-1].kind != "person" or not _HEAD_OF_BODY.fullmatch(gap):
        return None
    abbreviation = re.match(r"\s*\([A-Z][\w.&-]{1,14}\)", article.masked[actor.span.end:])
    return actor.span.end + (abbreviation.end() if abbreviation else 0)


def _same_office(cast: Cast, one: Actor, other: Actor) -> bool:
    """Two people read with one title of one organisation: the second, set off after the first, is that one's
    title read as a name of its own ("Ana Soto, IOM's Director for Peru, Chile and Bolivia")."""
    first, second = cast.people.get(one.ref), cast.people.get(other.ref)
    return first is not None and second is not None and first.id != second.id and bool(first.title) and \
        bool(first.organisation) and first.title == second.title and first.organisation == second.organisation


def _surname_not_state(article: Article, cast: Cast, actor: Actor) -> Actor:
    """'Arista then met Montenegro and Ruiz' after "Bolivia's Finance Minister Marcelo Montenegro Gomez": a word of
    one full name the text gave before, written alone, is that person, whatever country the word also names."""
    if actor.kind != "organisation":
        return actor
    word = article.masked[actor.span.start:actor.span.end]
    owners = [p.id for p in cast.people.values() if word in p.name.split()[1:]]
    return Actor("person", actor.span, owners[0]) if len(owners) == 1 else actor


def _short_name(article: Article, cast: Cast, position: int, actor: Actor) -> Actor | None:
    """The person a list names by one word of their full name, just before the next party ("Torres and Soto"), where
    that word belongs to the name of one person only and is not its first word ("Ana Lucía Torres Vega")."""
    if actor.kind not in ("person", "organisation"):
        return None
    gap = _SHORT_NAME.match(article.masked[position:actor.span.start])
    if gap is None:
        return None
    word = gap.group("word")
    owners = [p.id for p in cast.people.values() if word in p.name.split()[1:]]
    if len(owners) != 1 or any(a.span.start <= position + gap.start("word") < a.span.end for a in cast.actors):
        return None
    return Actor("person", Span(position + gap.start("word"), position + gap.end("word")), owners[0])


_QUALIFIED_TITLE = re.compile(r"(?:\s+(?!(?:and|or|of|with|to|for)\b)(?-i:[a-z])[\w-]*){1,2}"
                              r"(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+" + _HEAD + r"(?:\s+(?-i:[A-Z])[\w-]*){0,2},\s+(?-i:[A-Z])[^,]*")
"""'the Lebanese caretaker Prime Minister, Najib Mikati', 'the Malian transitional President, Assimi Goita': a
word that qualifies the office (caretaker, interim, acting) between the country and the title set off before the
name; the one named is met, never the country."""


_HOLDER_GAP = re.compile(r"\s+(?:of|for|at)\s+[^,;.()]{1,80}?,\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}")
_HOLDER_NAME = re.compile(r"\s+(?:of|for|at)\s+[^,;.()]{1,80}?,\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}"
                          r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)+\s*[,.;]")


def _holder_set_off(article: Article, later: list[Actor], actor: Actor) -> Actor | None:
    """'met the head of the UN mission in Sudan, Volker Perthes': one office, its holder set off by name after the
    body (never "the leaders of the E5 group"); the body is only part of a title, no party. The one named, or the
    description itself where a name is set off that the draft did not read as a person; None where no name is."""
    if actor.ref.endswith("s"):
        return None
    holder = next((a for a in later if a.kind == "person"), None)
    if holder is not None and _HOLDER_GAP.fullmatch(article.masked[actor.span.end:holder.span.start]):
        return holder
    return actor if _HOLDER_NAME.match(article.masked, actor.span.end) else None


def _objects(article: Article, cast: Cast, index: int, position: int) -> list[Actor]:
    """Who the meeting was with: the list of people and organisations after the verb."""
    found: list[Actor] = []
    including = _INCLUDING.match(article.masked, position)
    if including:
        position = including.end()  # "met representatives of civil society, including Mariia Horobets"
    actors = [a for a in _titled(article, cast.in_sentence(index)) if a.span.start >= position]
    skip_to = -1
    after_body = False
    for number, actor in enumerate(actors):
        actor = _surname_not_state(article, cast, actor)
        short = _short_name(article, cast, position, actor)
        if short is not None and short.ref not in {a.ref for a in found} and \
                (not found or position == found[-1].span.end):
            found.append(short)
            position = short.span.end
        aside = _ASIDE.match(article.masked, position) if found and position == found[-1].span.end else None
        if aside:
            position = skip_to = aside.end()  # "Ferrer, who heads the EIB, and Albers": past what the clause names
        if actor.span.start < skip_to:
            continue
        if after_body and (actor.kind != "person" or
                           not re.fullmatch(r"\s*,?\s*(?:and|as\s+well\s+as)\s+", article.masked[position:actor.span.start])):
            break  # "Soto, head of Oxfam, and Lima has asked": only a person named after "and" goes on with the list
        if actor.kind == "organisation" and found and found[-1].kind == "person" and position == found[-1].span.end and \
                re.fullmatch(r"\s+of\s+", article.masked[position:actor.span.start]) and \
                not re.match(r"[’']s\b", article.masked[actor.span.end:]):
            position = actor.span.end  # "Commander Joseph Mwangi of Kenya, and the UN envoy": the country of the one met
            continue
        body = _body_of_official(article, found, article.masked[position:actor.span.start], actor)
        after_body = body is not None
        if body is not None:
            position = skip_to = body  # "Ana Soto, head of the Chilean Red Cross": the body of her title
            continue
        if actor.kind == "description" and re.match(r"\s+(?:of|from)\s", article.masked[actor.span.end:]) and \
                not _own_country(cast, actor, actors[number + 1:]):
            holder = _holder_set_off(article, actors[number + 1:], actor)
            if holder is None:
                continue  # "the leaders of the E5 group": the group is the party
            if holder.kind != "person":
                return []  # "the head of the UN mission, Volker Perthes": one met whom the draft did not read
            found.append(holder)
            position = skip_to = holder.span.end
            continue
        if actor.kind == "description" and re.match(r"\s*:\s*", article.masked[actor.span.end:]) and not found:
            # "met separately with two Norwegian ministers: A and B": the names that follow
            position = actor.span.end + article.masked[actor.span.end:].index(":") + 1
            continue
        title = _title_set_off(article, actors, found, position, actor)
        if title is not None:
            position = skip_to = title  # "Ana Soto, Chilean Foreign Minister": her title, its country no party
            continue
        if actor.kind == "description" and found and found[-1].kind == "person" and \
                re.fullmatch(r",\s*", article.masked[position:actor.span.start]):
            position = actor.span.end  # "Grace Achieng, the WHO's regional director": who the one just named is
            continue
        if actor.kind == "person" and found and found[-1].kind == "person" and _same_office(cast, found[-1], actor) and \
                re.fullmatch(r",\s*", article.masked[position:actor.span.start]):
            position = actor.span.end  # "Ana Soto, IOM's Director for Peru, Chile": the title of the one just named
            continue
        if actor.kind == "description":
            person = cast.described(actor)[0]
            gap = article.masked[position:actor.span.start]
            if person and (_NEXT_GAP if found else _FIRST_GAP).match(gap):
                found.append(Actor("person", actor.span, person))  # "met the chancellor"
                position = actor.span.end
                continue
            country = _unnamed_country(cast, actor) if person is None else None
            if country and (_NEXT_GAP if found else _FIRST_GAP).match(gap):
                found.append(Actor("organisation", actor.span, country))  # "the Dutch prime minister", unnamed
                position = actor.span.end
                continue
        gap = article.masked[position:actor.span.start]
        closing = re.match(r"\)", article.masked[actor.span.end:])
        if found and actor.ref == found[-1].ref and re.fullmatch(r"\s*\(", gap) and closing:
            position = actor.span.end + 1  # "the UN Development Programme (UNDP)": the same party, abbreviated
            continue
        counterpart = re.match(r"\s+counterparts?\b,?\s*", article.masked[actor.span.end:])
        if actor.kind == "organisation" and counterpart and re.fullmatch(r"\s*(?:(?:and\s+)?(?:his|her|their|its)\s+)?",
                                                                         gap):
            # "his Polish counterpart, Radoslaw Nowak": the person when named, else the country
            nxt = actors[number + 1] if number + 1 < len(actors) else None
            if nxt is not None and nxt.kind == "person" and nxt.span.start == actor.span.end + counterpart.end():
                actor = nxt
            found.append(actor)
            position = skip_to = actor.span.end if actor.kind == "person" else actor.span.end + counterpart.end()
            continue
        nxt = actors[number + 1] if number + 1 < len(actors) else None
        if actor.kind == "person" and nxt is not None and nxt.kind == "person" and \
                _THEIR_AIDE.fullmatch(article.masked[actor.span.end:nxt.span.start]) and \
                (_NEXT_GAP if found else _FIRST_GAP).match(gap):
            found.append(nxt)  # "met Otieno's chief of staff, Mary Njoroge": the one of theirs named
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "person" and re.match(r"[’']s\s", article.masked[actor.span.end:]):
            break  # "welcomed Nowak's decision": the person's thing, no party met
        if not found and actor.kind == "person" and \
                re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|[a-z]+[’']s)\s+", gap):
            # "met Odesa Mayor Serhiy Tkachuk", "met Coast Guard Commandant Ana Soto", "the city's mayor, Andriy
            # Lysenko": the place or the body of the title
            gap = ""
        if found and actor.kind == "person" and re.fullmatch(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?[A-Z][\w’'-]+\s+", gap) and \
                article.masked[position:actor.span.start].strip(" ,") not in ("and", ""):
            gap = gap[:gap.rindex(" ", 0, len(gap) - 1) + 1]  # "..., Koval and Kyiv Mayor Bondar": the place of the title
        if actor.kind == "organisation" and _STAFF.match(article.masked[actor.span.end:]) and _STAFF_LEAD.fullmatch(gap):
            gap = ""  # "met senior Airbus executives": the company met
        if actor.kind == "organisation" and _unread_official(article, actors, actor):
            return []  # "met Somali President Hassan Sheikh": one person met, whom the country would stand in for
        aide = _AIDE_OF_OFFICE.match(article.masked, actor.span.end) if actor.kind == "organisation" else None
        if aide is not None:
            named = next((a for a in actors if a.kind == "person" and a.span.start <= aide.start("name") < a.span.end),
                         None)
            if named is None or not (_NEXT_GAP if found else _FIRST_GAP).match(article.masked[position:actor.span.start]):
                return []  # "met Russian President's aide Yuri Morozov": a person met the draft did not read
            found.append(named)  # "Moroccan King's envoy Youssef Alami": the one named, never the country
            position = skip_to = named.span.end
            continue
        if actor.kind == "organisation" and _UNKNOWN_NAME.match(article.masked[actor.span.end:]) and \
                not any(a.span.start > actor.span.end and a.kind == "person" and
                        (re.fullmatch(r"\s+", article.masked[actor.span.end:a.span.start]) or _portfolios(article, actor, a))
                        for a in actors):
            break  # "the Ukrainian Red Cross": a body the gazetteer does not know, never the country of its adjective
        if not found and actor.kind == "person" and _ITS_OFFICIAL.fullmatch(gap) and \
                re.match(r"(?-i:[a-z])", article.masked[actor.span.start:actor.span.end]):
            gap = ""  # "where she met its secretary general, Ana Soto": the title of the body just named
        if not found and actor.kind == "person" and _COUNTERPART_SET_OFF.fullmatch(gap):
            gap = ""  # "his North Macedonian counterpart, Dragan Petrovski": the adjective of no country known
        if not found and actor.kind == "person" and _ROLE_SET_OFF.fullmatch(gap) and \
                not _SAYS_AFTER.match(article.masked, actor.span.end):
            gap = ""  # "talks with the host, French Minister Anne Roux": who the role set off before is
        if not found and actor.kind == "person" and _TITLE_AND.fullmatch(gap):
            gap = ""  # "met Deputy Prime Minister and Foreign Minister Ursu": a title of two offices
        if not found and actor.kind == "person" and _HEAD_OF_BODY_BEFORE.fullmatch(gap) and \
                any(span.within(actor.span) for span, _ in cast.org_mentions):
            gap = ""  # "met Chairman of the Sovereignty Council General Deng": the body read with the name
        if found and actor.kind == "organisation" and _SOURCE_GAP.fullmatch(gap) and \
                _SOURCE_AFTER.match(article.masked, actor.span.end):
            break  # "a call with Morimoto, the Presidential Communications Office says": the body that tells of it
        if not (_NEXT_GAP if found else _FIRST_GAP).match(gap) or actor.kind not in ("person", "organisation") or \
                (found and _THEN.match(gap)):
            break  # "met Kask and later Pevkur": Pevkur at a meeting of their own (see _then_objects)
        nxt = actors[number + 1] if number + 1 < len(actors) else None
        if actor.kind == "organisation" and nxt is not None and nxt.kind == "person" and \
                _QUALIFIED_TITLE.fullmatch(article.masked[actor.span.end:nxt.span.end]):
            found.append(nxt)  # "the Lebanese caretaker Prime Minister, Najib Mikati": the one named
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "organisation" and (_NOT_THE_STATE.match(article.masked[actor.span.end:]) or
                                             _THING_OF.match(article.masked[actor.span.end:])):
            break  # "representatives of Ukrainian civil society": people of a country, not its state
        if actor.kind == "organisation" and re.match(r"[’']s\s", article.masked[actor.span.end:]):
            # "Ukraine's Andrii Sybiha": the country is the person's; "Germany's decision": no party at all
            nxt = actors[number + 1] if number + 1 < len(actors) else None
            unnamed = _UNNAMED_OFFICIAL.match(article.masked, actor.span.end)
            apposition = bool(found) and re.fullmatch(r",\s*(?:the\s+)?", gap) is not None
            if unnamed and (_NEXT_GAP if found else _FIRST_GAP).match(gap) and not apposition and \
                    (nxt is None or nxt.span.start >= unnamed.end()):
                # "spoken by phone with Japan's prime minister": the country, its leader unnamed, or the one person
                # of that title named before (never who the one just named is: "Rauf Mammadli, Azerbaijan's foreign
                # minister")
                official = _official_of(cast, actor)
                found.append(actor if official is None else Actor("person", actor.span, official))
                position = skip_to = unnamed.end()
                continue
            if nxt is None or nxt.kind != "person" or \
                    not (re.fullmatch(r"[’']s\s+", article.masked[actor.span.end:nxt.span.start]) or
                         _portfolios(article, actor, nxt)):
                break
            found.append(nxt)
            position = skip_to = nxt.span.end
            continue
        nxt = actors[number + 1] if number + 1 < len(actors) else None
        title_of = _TITLE_OF.search(article.masked[position:actor.span.start])
        if actor.kind == "organisation" and nxt is not None and nxt.kind == "person" and title_of and \
                re.fullmatch(r",\s*", article.masked[actor.span.end:nxt.span.start]) and \
                (_NEXT_GAP if found else _FIRST_GAP).match(article.masked[position:position + title_of.start()]):
            found.append(nxt)  # "the Prime Minister of Moldova, Andrei Ciobanu": the person the title is of
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "organisation" and nxt is not None and nxt.kind == "person" and \
                (re.fullmatch(r"(?:\s+[\w-]+){1,4},\s*", article.masked[actor.span.end:nxt.span.start]) or
                 _LONG_TITLE.fullmatch(article.masked[actor.span.end:nxt.span.start]) or
                 _portfolios(article, actor, nxt) or
                 (re.fullmatch(r"(?:\s+[\w-]+){0,3}\s+", article.masked[actor.span.end:nxt.span.start]) and
                  re.match(r"(?-i:[a-z])[\w-]*,\s", article.masked[nxt.span.start:nxt.span.end]))) and \
                (_NEXT_GAP if found else _FIRST_GAP).match(gap):
            # "the Irish Taoiseach, Ciarán Mulrooney", "the Kazakh ecology minister, Aigerim Bekova": the person the
            # title set off before is
            found.append(nxt)
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "organisation" and nxt is not None and nxt.kind == "person" and \
                (_LED_BY.match(article.masked[actor.span.end:nxt.span.start]) or
                 (_DELEGATION_OF.search(gap) and _LED_BY_AFTER.match(article.masked[actor.span.end:nxt.span.start]))):
            # "a U.S. delegation led by Defense Secretary Lloyd Austen", "a delegation from the European Union led by
            # Commissioner Jutta Urpilainen": the one who led it
            found.append(nxt)
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "organisation":
            listed, end = _enumeration(article, actors[number + 1:], actor.span.end)
            if listed and all(a.kind == "person" for a in listed):
                found += listed
                position = skip_to = end
                continue
            if listed:
                position = skip_to = end
                found.append(actor)
                continue
        found.append(actor)
        position = actor.span.end
    return found


_TITLE_THEN_NAME = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}?\s+" + _HEAD + r"\s+(?P<name>(?-i:[A-Z][a-z])[\w’'-]*)")
"""A title after a country or organisation, then a capitalised word: "Somali[ President Hassan] Sheikh"."""


_AIDE_OF_OFFICE = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*){1,2}[’']s\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}?"
                             r"(?P<name>(?-i:[A-Z])[\w’'-]*)")
"""After a country, the aide of one of its offices and the aide's name: "Moroccan[ King's envoy Youssef]",
"Russian[ President's aide Yuri]"."""


def _unread_official(article: Article, actors: list[Actor], actor: Actor) -> bool:
    """'met Somali President Hassan Sheikh', the name not read as a person's: the party met is a person the draft
    does not know, never the country of the title, so the meeting is left for the editor to find."""
    title = _TITLE_THEN_NAME.match(article.masked, actor.span.end)
    if title is None or title.group("name").lower() in TITLE_HEADS:
        return False
    return not any(a.kind == "person" and a.span.start <= title.start("name") < a.span.end for a in actors)


_COUNTRY_TITLE = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}?\s+" + _HEAD + r"\b(?:\s+(?:(?-i:[A-Z])[\w’'-]*|of|for|"
                            r"and|the|on|to|in))*")
"""What follows a country or organisation set off after a name as the title of it: "Ana Soto, Chilean[ Foreign
Minister]", "Dan Hale, U.S.[ Deputy Assistant Secretary of State for African Affairs]"."""


def _title_set_off(article: Article, actors: list[Actor], found: list[Actor], position: int, actor: Actor) -> int | None:
    """'met Ana Soto, Chilean Foreign Minister, on Monday': a country set off after the person just named, with a
    title after it and no one named in it, is the country of her title (never "met Soto, Chilean President Luis
    Arce": one more named): where the title ends, or None."""
    if actor.kind != "organisation" or not found or found[-1].kind != "person" or \
            not re.fullmatch(r",\s*(?:the\s+)?", article.masked[position:actor.span.start]):
        return None
    title = _COUNTRY_TITLE.match(article.masked, actor.span.end)
    if title is None or not _OBJECT_END.match(article.masked, title.end()) or \
            any(a.kind == "person" and actor.span.end <= a.span.start < title.end() for a in actors):
        return None
    return title.end()


_LIST_INTRO = re.compile(r"\b(?:met(?:\s+with)?|(?:held|had)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?)\s+with|"
                         r"(?:was|were)\s+received\s+by)\s*:\s*$", re.IGNORECASE)
_BULLET = re.compile(BULLET)
"""What opens each item of a list of those met: "- Ana Ruiz, the mayor", "2. Lina Ek", "(b) Peru's envoy"."""


def _bulleted(article: Article, cast: Cast, index: int, subjects: dict[int, list[str]]) -> list[tuple[list[str], str]]:
    """"During the visit, she met:" then a bulleted list: one meeting with the party or parties each item opens."""
    sentence = _own(article, index)
    intro = _LIST_INTRO.search(article.masked, sentence.start, sentence.end)
    subject = _subject(article, cast, index, intro.start(), [], subjects) if intro else []
    if intro is None or not subject:
        return []
    found: list[tuple[list[str], str]] = []
    for item in range(index + 1, len(article.sentences)):
        bullet = _BULLET.match(article.masked, article.sentences[item].start)
        if not bullet:
            break
        objects = _objects(article, cast, item, bullet.end())  # the first only where the item opens with it
        if objects:
            found.append(([*subject, *(a.ref for a in objects if a.ref not in subject)],
                          f"{SURE}: an item of the list after {intro.group().strip()!r}"))
    return found


_INTRO_COLON = re.compile(r":\s*$")


def _list_owner(article: Article, cast: Cast, index: int, trigger: re.Match[str],
                subjects: dict[int, list[str]]) -> list[str]:
    """"During her visit she:" then a bulleted list whose items open with their verbs ("- met President Ana Rusu",
    "- held talks with Prime Minister Ion Popa"): who did each is the subject of the line that opens the list."""
    bullet = _BULLET.match(article.masked, article.sentences[index].start)
    intro = _list_intro(article, index)
    if bullet is None or intro is None or trigger.start() != bullet.end():
        return []
    subject = _subject(article, cast, intro, article.sentences[intro].end - 1, [], subjects)
    return subject if len(subject) == 1 else []


def _list_intro(article: Article, index: int) -> int | None:
    """The line a bulleted item belongs to, where it ends with a colon ("During her visit she:"): its items are
    the rest of its sentence, however they end."""
    if not _BULLET.match(article.masked, article.sentences[index].start):
        return None
    intro = index - 1
    while intro >= 0 and _BULLET.match(article.masked, article.sentences[intro].start):
        intro -= 1
    if intro < 0 or not _INTRO_COLON.search(article.sentence_text(intro)):
        return None
    return intro


def _then_objects(article: Article, cast: Cast, index: int, end: int) -> list[list[Actor]]:
    """The parties of each later meeting the same verb goes on to: "met A and later B, then C", "met A in the
    morning and B in the afternoon"."""
    meetings: list[list[Actor]] = []
    while (then := _THEN.match(article.masked[end:article.sentences[index].end])) is not None or \
            (then := _PARALLEL.match(article.masked[end:article.sentences[index].end])) is not None:
        objects = _objects(article, cast, index, end + then.end())
        if not objects or not _opens_at(article, cast, index, objects[0], end + then.end()) or \
                not _OBJECT_END.match(article.masked[objects[-1].span.end:]):
            break  # "met Kask and then Latvia announced aid": a new clause, whose subject is no one met
        if then.re is _PARALLEL and (any(a.kind != "person" for a in objects) or
                                     not _PARALLEL_END.match(article.masked, objects[-1].span.end)):
            break  # "met Kask in Tallinn and Pevkur": who else was at that meeting, or a clause of its own
        meetings.append(objects)
        end = objects[-1].span.end
    return meetings


_PARALLEL = re.compile(r"^\s+(?:in|at|on|during)\s+[^,.;:]{1,40}?\s*(?:,\s*and|,|and)\s+(?:also\s+)?(?:with\s+)?")
_PARALLEL_END = re.compile(r"\s+(?:in|at|on|during)\s+")
"""'met Otieno in the morning and Wambui in the afternoon', 'met Wambui in Nairobi and Okello in Kampala': each
one met placed or timed on their own, a meeting of their own; the people met only (never "met Otieno on Monday
and Kenya on Tuesday announced"), each with their own place or time."""


_OBJECT_END = re.compile(r"\s*(?:[,.;:!?)—–]|$)|\s+(?:in|at|on|for|during|before|after|about|over|to|who|whose|which|"
                         r"where|and|as|by|when|while|later|earlier|yesterday|today|tonight|last|this|next)\b|"
                         r"\s+(?:a|one|two|three|four|several)\s+(?:days?|weeks?|hours?)\s+(?:later|earlier|after)\b")
"""What may follow the last party met: punctuation, or a phrase of when, where or why ("called on Ruiz a day
later"); never a verb."""


def _opens_at(article: Article, cast: Cast, index: int, first: Actor, position: int) -> bool:
    """The first party of a later meeting stands right after "and then" or "separately, with", or after the
    country or organisation whose it is: "and, separately, with Chile's defence minister, Ana Soto"."""
    start = position + _lead_length(article, position)
    return first.span.start == start or any(
        a.kind == "organisation" and a.span.start == start and
        re.fullmatch(r"[’']s\s+", article.masked[a.span.end:first.span.start]) is not None
        for a in cast.in_sentence(index))


def _lead_length(article: Article, position: int) -> int:
    lead = re.match(_LEAD, article.masked[position:])
    return lead.end() if lead else 0


_HEAD_OF_BODY_BEFORE = re.compile(r"\s*(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}?(?=(?-i:[A-Z]))(?i:" + _ONE_HEAD + r")" +
                                  r"\s+(?:of|for)\s+the\s+")
"""'the Personal Envoy of the [United Nations Secretary-General, Ana Ruiz]', 'Chairman of the [Sovereignty Council
General Deng]': a capitalised title of a body, the body and the name read as one."""
_UNKNOWN_NAME = re.compile(r"\s+(?!(?:President|Prime|Minister|Chancellor|Foreign|Defence|Defense|Deputy|Ambassador|"
                           r"Secretary|Mayor|Governor|Commissioner|King|Queen|Senator|Speaker)\b)[A-Z][a-z]")
"""A capitalised word after a country or organisation that is no title: the rest of a name not recognised."""
_ASIDE = re.compile(r"\s*,\s*(?:who|which|whose)\s+[^,;:.]{1,60}(?=,\s*(?:and\s+)?\S)")
"""A relative clause set off after a party of a list, before the next one."""
_UNNAMED_OFFICIAL = re.compile(r"[’']s\s+(?i:(?:top|senior|new|deputy|prime|foreign|defen[cs]e|finance|trade|energy|"
                               r"interior|health|vice|chief|special|state)\s+){0,2}(?i:minister|president|premier|"
                               r"chancellor|ambassador|envoy|secretary|commissioner|leader|chief|king|queen|emir|"
                               r"representative|taoiseach|delegation|governor|mayor)\b(?![’'-])(?!,?\s+(?-i:[A-Z]))")
"""'Japan's prime minister', 'Norway's ambassador': an official of a country or organisation, with no name."""
_ITS_OFFICIAL = re.compile(r"\s*(?:its|their|his|her)\s+")
"""Before a title in lower case read with the name set off after it: "met [its ]secretary general, Ana Soto", "met
[their ]country director, Jorge Salas": the official of a body or a person just named."""
_COUNTERPART_SET_OFF = re.compile(r"\s*(?:his|her|their)\s+(?:[A-Z][\w’'-]*\s+){0,3}counterparts?,\s*")
"""Before the person met: "his [Carpathian] counterpart, ", whatever the adjective of the country."""
_ROLE_SET_OFF = re.compile(r"\s*the\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2},\s*")
"""A role in small letters set off before the one who holds it: "the host, French Minister Anne Roux"."""
_SOURCE_GAP = re.compile(r"\s*,\s*(?:(?:the|a|an|its|his|her|their)\s+)?")
_SOURCE_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s*,?\s*(?:(?:has|had)\s+)?(?:said|says|told|added|announced|announces|"
                           r"noted|wrote|reported|reports|confirmed|confirms|stated|states|posted|tweeted)\b")
"""A body that tells of a meeting, set off after those met: "held a call with Morimoto, the Presidential
Communications Office says", "met Zhou in Oslo, the Norwegian Foreign Ministry said": the source, never a party (a
person set off there may be the subject after an opening: "In a call with Hasnawi, the envoy, Lindner, confirmed")."""
_SAYS_AFTER = re.compile(r"\s*,?\s*(?:(?:has|had)\s+)?(?:said|says|told|added|announced|noted|wrote|stressed)\b")
"""Who speaks of the meeting, never a party to it: "met the delegation, Minister Anne Roux said"."""
_TITLE_AND = re.compile(r"\s*(?:the\s+)?(?=(?:[\w’'-]+\s+)*?" + _HEAD + r"\b)"
                        r"[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|of|for|the))*\s+and\s+")
"""The first office of a person who holds two, the second written with the name: "Deputy Prime Minister and ",
"Minister of Finance and ", an office by its head word; never a name the draft did not read ("met Torres and Soto")."""
_SHORT_NAME = re.compile(r"\s*(?:(?:,\s*and|,|and)\s+)?(?P<word>(?-i:[A-Z])[\w’'-]+)\s*(?:,\s*and|,|and)\s+$")
"""A party of a list named by one word of a full name the text gave before: "sat down with Torres and Soto" after
"Ana Lucía Torres Vega", where the article says "Torres" only there."""
_NOT_THE_STATE = re.compile(r"\s+(?:civil\s+society|people|children|families|soldiers|troops|students|farmers|refugees|"
                            r"veterans|businesses|companies|industry|journalists|activists|volunteers|engineers|workers|"
                            r"media|groups|organi[sz]ations|charities|non-governmental)\b")
"""What a country's adjective may describe besides its state: "Ukrainian civil society", "British companies"."""
_THING_OF = re.compile(r"\s+(?!(?:(?!of\b|and\b)[a-z-]+\s+){0,2}(?:delegations?|officials?|governments?|leaders?|"
                       r"leadership|ministers?|counterparts?|"
                       r"ambassadors?|envoys?|representatives?|diplomats?|negotiators?|sides?|authorities|presidents?|"
                       r"premiers?|prime|foreign|defen[cs]e|deputy|mission|lawmakers|parliamentarians|teams?|executives|"
                       r"management|staff|bosses|managers|engineers|chiefs?|heads?|members|partners|embassy|cabinet|"
                       r"officers?|experts|specialists|secretariat|board|chair|chairman|chairwoman|chairperson|"
                       r"commissioners?|secretary|director|directors|presidency|parliamentary|military|agency|ministry)\b|"
                       r"(?:and|or|in|at|on|for|to|of|from|with|by|during|before|after|about|over|who|which|whose|that|as|"
                       r"when|while|where|later|earlier|last|this|next|together|alongside|separately|again|also|both|"
                       r"until|since|via|including|among|between|ahead|amid|despite|through|into|then|early|late|"
                       r"yesterday|today|tonight|said|says|had|has|have|was|were|is|are|would|will|could|it|its|their|"
                       r"his|her|the|a|an|met|held|made|took|gave|sent|told|spoke|went|came|led|signs?|signed|agreed|pledged|"
                       r"announced|discussed|welcomed|hosted|received|joined|urged|called|offered|promised|asked|stressed|"
                       r"expressed|reaffirmed|condemned|visited|attended|issued|approved|adopted|talked|"
                       r"meets|holds|hosts|agrees|pledges|tells)\b)[a-z]")
"""A country's adjective before a thing or a body of its own: "welcomed the Japanese pledge", "spoke to German
broadcaster ZDF", "the EU decision": no party met; its delegation, officials or government are."""
_LONG_TITLE = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,2}" + _HEAD + r"(?:(?:\s+|,\s+)(?:[A-Z][\w’'-]*|for|of|and|the|on))*,\s*")
"""'Solomon Islands[ Minister for Police, National Security and Correctional Services, ]Ronald Taupongi': a title
of several portfolios between its country and the name it is set off before."""
_CAPITAL_WORD = r"(?-i:[A-Z])[\w’'-]*"
_PORTFOLIOS = re.compile(r"(?:[’']s)?(?P<listed>(?:\s+" + _CAPITAL_WORD + r")+(?:,(?:\s+" + _CAPITAL_WORD + r")+)*)"
                         r"(?:,?\s+and\s+(?:" + _CAPITAL_WORD + r"\s+)*|,\s+)")


def _portfolios(article: Article, country: Actor, person: Actor) -> bool:
    """'Kenyan[ Water, Sanitation and ]Irrigation Minister Rose Otieno', "Kenya's[ Lands, ]Housing and Urban
    Development Minister Rose Otieno": the portfolios of a title listed between its country and the rest of the
    title the name is read with, "and" closing the list before the name or within the title read with it."""
    gap = _PORTFOLIOS.fullmatch(article.masked, country.span.end, person.span.start)
    if gap is None:
        return False
    closed = re.search(r"\sand\s", gap.group()) or \
        re.match(r"(?:" + _CAPITAL_WORD + r"\s+)+and\s+", article.masked[person.span.start:person.span.end])
    return bool(closed)


_TITLE_OF = re.compile(r"\b(?:[A-Z][\w-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?$")
"""'the Prime Minister of Moldova, Andrei Ciobanu': a title of a country, then the person who holds it."""
_JOINED = re.compile(r"\b(?:joined|accompanied|flanked)\s+by\s+(?:(?:his|her|their)\s+)?(?:\w+\s+){0,4}?$")
"""'Berger, joined by Moreau, met Hrytsenko': the one who joined takes part too."""
_LED_BY = re.compile(r"^(?:[’']s)?\s+(?:delegation|team|mission)\s*,?\s+(?:(?:which|that)\s+)?(?:was\s+)?(?:led|headed)\s+by\s+"
                     r"(?:[\w.-]+\s+){0,4}?$")
"""'a U.S. delegation led by Defense Secretary Lloyd Austen', 'The Indian delegation, headed by External Affairs
Minister Ravi Menon, met': the one who led it met, never only the country."""
"""'a U.S. delegation led by Defense Secretary Austin': the person who led it is the party."""
_DELEGATION_OF = re.compile(r"\b(?:delegations?|teams?|missions?)\s+(?:of|from)\s+(?:the\s+)?$")
_LED_BY_AFTER = re.compile(r"^\s*,?\s+(?:(?:which|that)\s+was\s+)?(?:led|headed)\s+by\s+(?:[\w.-]+\s+){0,4}?$")
_GROUP = re.compile(r"(?:^\s*(?P<they>[Tt]hey)\s+|(?:^|,\s*|\b(?:after|before|when|while|as|once|and)\s+)"
                    r"(?:[Tt]he\s+(?P<n>two|three|four)(?:\s+(?i:leaders|ministers|presidents|premiers|men|"
                    r"women|officials|diplomats|envoys|heads\s+of\s+state))?|[Tt]he\s+(?:pair|duo)|"
                    r"[Bb]oth(?:\s+(?i:leaders|ministers|men|women))?)\s+)"
                    r"(?:(?:also|then|later|had|have|briefly|first)\s+)*$")
"""'The two leaders held talks', 'The three ministers met', 'after the two Ministers held talks' (a press release's
capital), 'The pair met', 'Both held talks with', 'handed the doses to Banda, and the two later met': the people named
just before, when the text has named exactly that many; 'They held talks': the people the sentence before names, two
to four of them, each of another side."""
_GROUP_OPENING = re.compile(r"\s*(?:[Tt]he\s+(?P<n>two|three|four)\s+(?i:leaders|ministers|presidents|premiers|men|women|"
                            r"officials|diplomats|envoys)|[Tt]he\s+(?:pair|duo)|[Bb]oth\s+(?i:leaders|ministers|men|women))\b")
"""'The two men held talks for an hour before being joined by Nowak': the group that opens the sentence is the
subject of each of its verbs."""
_GUESTS = re.compile(r"(?:^|,\s*)(?:[Tt]he|[Bb]oth)\s+(?:visitors?|guests?|visiting\s+(?:ministers|leaders|officials|"
                     r"delegations?)|delegations?)\s+(?:(?:also|then|later|had|have|first|afterwards|were|was)\s+)*$")
"""'The visitors were later received by Melnychuk': those who came to the meeting reported before."""
_COUNT = {"two": 2, "three": 3, "four": 4, "both": 2}


_WHO = re.compile(r"^\s*,\s*(?:who|which)\s+(?:(?:also|later|then|had|has|have|first|earlier|separately|briefly|"
                  r"recently)\s+)*$")


_PEOPLE_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:leaders|leadership|officials|representatives|delegation|"
                        r"delegates|executives|envoys|negotiators|team|staff)\b")
"""'Oxfam's leaders, who met Vidal': the people of an organisation, who met for it."""


_HONORIFIC = r"(?P<pronoun>His|Her)\s+(?P<style>Excellency|Highness|Majesty)"
_STYLED_ALONE = re.compile(r"(?:^\s*|,\s*|\b(?:which|whom|when|where|and)\s+)" + _HONORIFIC +
                           r"\s+(?:(?:also|then|later|first|separately|briefly|further|had|has|have)\s+)*$")
"""'During the visit, His Excellency met', 'during which Her Highness also held talks with': the style alone, as a
state news agency calls the one whose day it reports, with no name after it."""
_STYLED_NAME = re.compile(r"\b" + _HONORIFIC +
                          r"(?!\s+and\b)(?=(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|of|the|at|for|and|to|in|on)){1,14}\b)")
_TITLE_WORDS = re.compile(r"(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|of|the|at|for|and|to|in|on))*\s+")


def _styled(article: Article, cast: Cast, index: int, trigger: re.Match[str]) -> list[str]:
    """"His Excellency Minister of State Dr. Khalid Al-Sayed arrived in Juba ... During the visit, His Excellency met
    Lt. Gen. Deng": the style alone stands for the one person the text has given that style with his or her name,
    titles between; where it has given it to none or to two, no one."""
    start = _own(article, index).start
    alone = _STYLED_ALONE.search(article.masked[start:trigger.start()])
    if alone is None:
        return []
    styled = set()
    for match in _STYLED_NAME.finditer(article.masked, 0, start + alone.start("pronoun")):
        if match.group("pronoun", "style") != alone.group("pronoun", "style"):
            continue
        named = next((a for a in cast.actors if a.span.end > match.end() and a.kind != "organisation"), None)
        if named is not None and named.kind == "person" and \
                _TITLE_WORDS.fullmatch(article.masked, match.end(), named.span.start):
            styled.add(named.ref)
        elif named is not None and named.kind == "person" and named.span.start < match.end() <= named.span.end:
            styled.add(named.ref)  # the style read as the start of the name's title
    return list(styled) if len(styled) == 1 else []


_AT_WHICH = re.compile(r"(?:\s*,[^,;.:]{1,90})?\s*,\s*(?:at|during|in)\s+which\s+")
_AT_WHICH_VERB = re.compile(r"\s+(?:(?:also|then|later|had|has|first)\s+)*(?!(?:and|or|who|which|whose)\b)(?-i:[a-z]+)\b")


def _at_which(article: Article, cast: Cast, index: int, trigger: re.Match[str], last: Actor) -> list[str]:
    """"The visit ended with a meeting in the capital with Ndlovu, the UNICEF representative, at which Berg announced
    a grant": a meeting whose holder the sentence never names before it, and a clause set off after the one met that
    says what a person named there did at it: that person held it (never "after which", done once it was over)."""
    if not _NOUN_TRIGGER.search(trigger.group()):
        return []
    which = _AT_WHICH.match(article.masked, last.span.end)
    if which is None:
        return []
    actor = next((a for a in _titled(article, cast.in_sentence(index)) if a.span.start >= which.end()), None)
    if actor is None or actor.kind != "person" or actor.span.start != which.end() or \
            not _AT_WHICH_VERB.match(article.masked, actor.span.end):
        return []
    return [actor.ref]


def _relative_subject(article: Article, cast: Cast, index: int, trigger: re.Match[str]) -> list[str]:
    """"Kask met Berger, who later met Moreau", "a delegation from Lviv City Council, which met the mayor":
    the one a relative clause is set off after met, even when an earlier verb met them."""
    actor = next((a for a in reversed(_titled(article, cast.in_sentence(index))) if a.span.end <= trigger.start()), None)
    people_of = _PEOPLE_OF.match(article.masked, actor.span.end) if actor and actor.kind == "organisation" else None
    if actor is None or not _WHO.match(article.masked[people_of.end() if people_of else actor.span.end:trigger.start()]):
        return []
    if actor.kind == "organisation":
        return [actor.ref] if people_of or "which" in article.masked[actor.span.end:trigger.start()] else []
    person = cast.person_of(actor, index)[0] if actor.kind in ("person", "description") else None
    return [person] if person else []


def _participle_subject(article: Article, cast: Cast, index: int, trigger: re.Match[str],
                        taken: list[Actor]) -> list[str]:
    """"Datsenko said after meeting Morimoto", "Vidal, the EU ambassador in Lima, said after meeting Salas": the one
    who met is the subject of the verb just before, past a title set off after the name, whoever else the sentence
    names first; never one an earlier verb met ("met Kask before meeting Berger")."""
    if not re.match(r"(?:after|before|while|when|during|following|ahead\s+of)\s", trigger.group(), re.IGNORECASE):
        return []
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= trigger.start()]):
        if actor in taken or any(actor.span.within(t.span) for t in taken):
            return []
        if re.fullmatch(r"(?:\s*,[^,;]*,)?\s+(?:\w+\s+){1,2}|\s+(?:[a-z][\w’'-]*\s+){1,4}",
                        article.masked[actor.span.end:trigger.start()]):
            person = cast.person_of(actor, index)[0] if actor.kind != "organisation" else None
            return [person] if person else []
    return []


_TITLED_SUBJECT = re.compile(r"\s*,?\s+(?!(?:and|or|who|which|whose)\b)(?-i:[a-z]+)\b")


def _titled_after_opening(article: Article, objects: list[Actor]) -> int | None:
    """"In a call with the Minister of Health, Ana Soto, the Ambassador of Peru, Luis Prado, confirmed the grant": the
    last one named, set off by ", the" and followed by a verb, opens the main clause (never one of a list the phrase
    names: "In talks with Soto, the envoy Prado and Ruiz, Vidal said")."""
    if len(objects) < 2:
        return None
    last, before = objects[-1], objects[-2]
    if last.kind != "person" or not re.fullmatch(r",\s*the\s+", article.masked[before.span.end:last.span.start]) or \
            not _TITLED_SUBJECT.match(article.masked, last.span.end):
        return None
    return len(objects) - 1


_OPENING_REST = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier|during|by|via|over)\b[^,;.]{0,40})?,\s*(?:the\s+)?$")


_APPOSITION = re.compile(r",\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the|and|to))*(?=,)")
"""A title set off after a name, its country or organisation within: ", President of the French Republic"."""
_HEAD_OF = re.compile(r"\s+of\s+(?:State|Government)\b", re.IGNORECASE)


def _after_opening(article: Article, cast: Cast, index: int, trigger: re.Match[str], last: Actor,
                   earlier: tuple[Meeting, ...] = ()) -> list[str]:
    """"In talks with Berger on Monday, Kask asked for air defence": when the meeting is the sentence's
    opening phrase, the person who opens its main clause held it, past a title set off after the one met ("In
    a call with Mercier, President of the French Republic, Kask asked")."""
    sentence = _own(article, index)
    if not re.fullmatch(r"\s*(?:[Ii]n|[Dd]uring|[Aa]t|[Aa]fter|[Ff]ollowing|[Oo]n)?\s*",
                        article.masked[sentence.start:trigger.start()]) and \
            not _HAVING.fullmatch(article.masked[sentence.start:trigger.start()]):
        return []
    apposition = _APPOSITION.match(article.masked, last.span.end)
    start = apposition.end() if apposition else last.span.end
    actor = next((a for a in _titled(article, cast.in_sentence(index)) if a.span.start >= start and a != last), None)
    if actor is None or not _OPENING_REST.match(article.masked[start:actor.span.start]):
        return []
    person = cast.person_of(actor, index)[0] if actor.kind != "organisation" else None
    if person is None and actor.kind == "description" and actor.ref.lower().endswith("head") and \
            _HEAD_OF.match(article.masked, actor.span.end):
        person = _protagonist(earlier)
    return [person] if person else []


def _protagonist(earlier: tuple[Meeting, ...]) -> str | None:
    """'the Head of State thanked France': in a readout of one leader's meetings, the one who took part in the most
    of those reported before, when that is one person and at least two meetings."""
    counts = Counter(p.person for m in earlier for p in m.participants if p.person)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_HAVING = re.compile(r"\s*(?:[Hh]aving|[Aa]fter|[Ff]ollowing|[Oo]nce)\s+(?:(?:first|also|earlier|already|briefly)\s+)?")
"""An opening participle of meeting, whose subject is the main clause's: "Having spoken with Berger, Kask said"."""
_REPORTED = re.compile(r"\s+(?:said|says|told\s+(?:reporters|journalists)|described)\s+(?:that\s+)?$")
_SET_OFF_BETWEEN = r"(?:\s*,\s*(?:which\s+|that\s+)?(?:had\s+been\s+|was\s+|were\s+)?(?:(?-i:[a-z])[\w-]*)[^,.;]{0,50},)?"
"""'The meeting between Fathy and Bekele, scheduled for Monday, was cancelled': a clause set off between the
last party and what became of the meeting."""
_CALLED_OFF = re.compile(r"^" + _SET_OFF_BETWEEN + r",?\s+(?:(?:later|since|then|abruptly|eventually|again)\s+)?"
                         r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|had\s+to\s+be)\s+(?:(?:later|since|then|abruptly|"
                         r"eventually|again)\s+)?(?:postponed|cancell?ed|called\s+off|"
                         r"delayed|scrapped|put\s+off|shelved)|(?:fell|falls)\s+through|(?:did\s+not|didn[’']t|never|has\s+not|"
                         r"have\s+not|had\s+not|was\s+not|were\s+not)\s+(?:yet\s+)?(?:take\s+place|taken\s+place|happen(?:ed)?|"
                         r"go(?:ne)?\s+ahead|went\s+ahead|materiali[sz]e(?:d)?|held|been\s+held))\b")
"""'the meeting with Nowak was postponed', 'the talks with Nowak did not take place', 'never happened', 'the call
with Nowak, planned for Friday, was later called off': one that did not take place."""
_STILL_TO_COME = re.compile(r"^" + _SET_OFF_BETWEEN + r",?\s+(?:(?:is|are|was|were)\s+(?:expected|due|scheduled|set|planned)|"
                            r"would|will|could|might|"
                            r"should|must|can|may|are\s+to|is\s+to|was\s+to)\b")


_EXHORTED = re.compile(r"(?:\s*,[^,.;]*,)?[^,.;]{0,60}?\bto\s+(?-i:[a-z])|\s+and\s+(?-i:[a-z])")
"""'called on Pundari, the prime minister, to resign', 'called on Pundari and his government to act': an
appeal, no call paid."""


_PRESENT = re.compile(r"(?:meets|holds|hosts|receives|welcomes|(?:is|are)\s+(?:meeting|holding|hosting)|pays|paying|makes|"
                      r"making)\b",
                      re.IGNORECASE)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_AHEAD = re.compile(r"(?:\s+(?:in|at)\s+[^,.;]{1,40}?)?\s+(?:(?:on|next|this)\s+" + _WEEKDAY + r"|tomorrow|"
                        r"next\s+(?:week|month)|later\s+this\s+(?:week|month))\b")
"""'Berg meets Moreau on Friday', 'is meeting Moreau in Paris next week': the present tense with a day ahead is a
meeting on the schedule, not one reported (a headline's "Berg meets Moreau" names no day)."""


def _none_after(article: Article, trigger: re.Match[str], last: Actor) -> bool:
    """What follows the last party shows no meeting took place: "the talks with Moreau would take place in May",
    "Berg's talks with Moreau are expected on Tuesday", "Talks between Berg and Moreau are set for Friday", "Berg
    meets Moreau on Friday" (one still to come), "the meeting with Nowak was postponed", "Berg called Nowak a liar" (a
    name given)."""
    after = article.masked[last.span.end:]
    if re.match(r"(?:the|a|an|his|her|their|its|s|talks|meetings?|consultations|discussions)\s", trigger.group(),
                re.IGNORECASE) and _STILL_TO_COME.match(after):
        return True
    if _PRESENT.match(trigger.group()) and _DAY_AHEAD.match(after):
        return True
    if re.match(_CALLED_ON, trigger.group(), re.IGNORECASE):
        return last.kind != "person" or bool(_EXHORTED.match(after)) or not _OBJECT_END.match(after)
    if re.match(r"(?:called|rang)\s", trigger.group(), re.IGNORECASE) and not _OBJECT_END.match(after):
        return True
    return bool(_CALLED_OFF.match(after))


_SAID_AFTER = re.compile(r",\s*(?P<who>[^,;:.“”\"]{2,90}?)\s+(?:said|says|announced|told\s+(?:reporters|journalists))"
                         r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                         r"late|earlier|later))*\s+$")
_AFTER_TALKS = re.compile(r"(?:after|following)\s", re.IGNORECASE)


_AND_THEN = re.compile(r"\s*,?\s*(?:and|but)\s+(?:(?:also|later|then|afterwards|separately|briefly)\s+)?")


def _same_doer(article: Article, trigger: re.Match[str], met_last: tuple[int, list[str]]) -> list[str]:
    """"Ruiz met Soto, the trade minister, and held talks with Vega": a verb of meeting right after "and" that
    closes the meeting before in the sentence has that meeting's subject ("Ruiz met Soto, and Vega held talks
    with" has its own)."""
    end, subject = met_last
    if end < 0 or not _AND_THEN.fullmatch(article.masked[end:trigger.start()]):
        return []
    return subject


def _named_later(cast: Cast, description: Actor, country: str) -> str | None:
    """The one person of `country` the text names after "a visiting Japanese minister" whose title has its noun."""
    noun = description.ref.lower().split()[-1]
    fits = [p.id for p in cast.people.values() if p.organisation == country and p.spans and
            p.spans[0].start > description.span.end and noun in p.title.lower().split()]
    return fits[0] if len(fits) == 1 else None


def _said_after_talks(article: Article, cast: Cast, index: int, trigger: re.Match[str]) -> list[str] | None:
    """"Japan will give Pakistan $75 million, a visiting Japanese minister said after talks with Khokhar": who says
    the words set off before "after talks" held the talks, never the subject of the words reported. The one who
    says is a person named there, or the one person of the description's country the text names after it, or that
    country when the text names no one of it; None where the sentence is not so built, [] where who met is unsure."""
    if not _AFTER_TALKS.match(trigger.group()):
        return None
    said = _SAID_AFTER.search(article.masked, _own(article, index).start, trigger.start())
    if said is None:
        return None
    within = [a for a in cast.in_sentence(index) if said.start("who") <= a.span.start and a.span.end <= said.end("who")]
    if len(within) != 1:
        return []
    actor = within[0]
    if actor.kind == "person":
        return [actor.ref]
    if actor.kind != "description":
        return []
    person = cast.described(actor)[0]
    country = next((ident for span, ident in cast.org_mentions if span.within(actor.span)), None)
    if person is None and country is not None:
        person = _named_later(cast, actor, country)
    if person is not None:
        return [person]
    if country is not None and re.match(r"(?i:the|an?)\s", actor.ref) and \
            not any(p.organisation == country for p in cast.people.values()):
        return [country]
    return []


def _reporter(article: Article, cast: Cast, index: int, trigger: re.Match[str], last: Actor,
              subjects: dict[int, list[str]]) -> list[str]:
    """"He said the talks with Kerekes had been long": who reports their own meeting took part in it, when
    the meeting is one past ("his talks with" or "the talks with", never one that "would" come)."""
    if not _NOUN_TRIGGER.search(trigger.group()) or _STILL_TO_COME.match(article.masked[last.span.end:]) or \
            not re.match(r"(?:the|his|her|their)\s", trigger.group(), re.IGNORECASE):
        return []
    actor = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= trigger.start()), None)
    if actor is None or not _REPORTED.match(article.masked[actor.span.end:trigger.start()]):
        return []
    person = cast.person_of(actor, index)[0] if actor.kind != "organisation" else None
    if person is None and actor.kind == "pronoun" and index and len(subjects.get(index - 1, [])) == 1:
        person = subjects[index - 1][0]
    if person is None and actor.kind == "pronoun":
        person = _same_pronoun_before(cast, actor, index)
    return [person] if person else []


def _pronoun_open(cast: Cast, pronoun: Actor, subject: str) -> bool:
    """Whether the text leaves a 'he' or 'she' open among those the sentence before names with its subject, the subject
    being known to be the other: after "Ms Ana Berg met Erik Lund and Olav Dahl.", "He also held talks with ..." may
    be Lund or Dahl, and is never Berg. Otherwise the pronoun goes on with the one who met, as a report's next sentence
    does ("Mr Berg met Mr Lund and Ms Ozola. He also held talks with ..." is Berg)."""
    return cast.gender.get(subject, pronoun.ref) != pronoun.ref


def _same_pronoun_before(cast: Cast, actor: Actor, index: int) -> str | None:
    """'"We will pay," he told reporters. "Europe decided." Asked about Hungary, he said the talks with Kerekes
    had been long': a "he" or "she" whose sentence before names nobody goes on with the same pronoun in one of
    the two sentences before, when no person is named between."""
    for before in range(index - 1, max(-1, index - 3), -1):
        actors = cast.in_sentence(before)
        if any(a.kind in ("person", "description") for a in actors):
            return None
        same = [a for a in actors if a.kind == "pronoun"]
        if same:
            person = cast.person_of(same[-1], before)[0] if same[-1].ref == actor.ref else None
            return person
    return None


_POSSESSIVE = re.compile(r"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?" + _GATHERING + r"s?\b")


_VISIT_INCLUDED = re.compile(r"\s*(?P<pronoun>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|programme|program|"
                             r"schedule|itinerary|stay)\s+(?:(?:also|had|has)\s+)*")
"""'Her visit included meetings with Otieno': whose visit it was met."""


def _possessor(cast: Cast, index: int, trigger: re.Match[str]) -> list[str]:
    """"Kelly arrived in Nairobi. Her talks with Wambui lasted two hours", "It was his first meeting with Wambui",
    "Her visit included meetings with Otieno": whose meeting or visit it was, by "his" or "her", when no one is its
    subject; the one the pronoun stands for, as "he" or "she" would."""
    possessive = _POSSESSIVE.search(trigger.group())
    sentence = _own(cast.article, index)
    visit = _VISIT_INCLUDED.fullmatch(cast.article.masked, sentence.start, trigger.start()) \
        if re.match(r"included\s", trigger.group(), re.IGNORECASE) else None  # "includes" may list what is ahead
    if possessive is None and visit is None:
        return []
    start = trigger.start() + possessive.start("pronoun") if possessive else visit.start("pronoun") if visit else 0
    word = cast.article.masked[start:start + 3].lower()
    pronoun = Actor("pronoun", Span(start, start + len(word)), "he" if word == "his" else "she")
    person = cast.pronoun(pronoun, index)[0]
    return [person] if person else []


_BARE_TALKS = re.compile(r"(?:Talks|Discussions)\s+with\s+")
_OPENING_TALKS = re.compile(r"(?:the\s+)?(?:(?!(?:next|planned|proposed|upcoming|future|last|previous)\b)[\w-]+\s+){0,2}?"
                            r"(?:talks|meeting|call|conversation|discussions)\s+with\s+", re.IGNORECASE)
"""'The morning talks with Kovacs ran long', 'Talks with Kovacs focused on trade': a meeting that opens the sentence,
whose other party the sentence does not name."""


def _talks_opening(article: Article, cast: Cast, index: int, trigger: re.Match[str], objects: list[Actor],
                   subjects: dict[int, list[str]]) -> list[str]:
    """"Kelly arrived in Nairobi on Monday. The talks with Wambui ran long": a sentence that opens with a meeting
    held by no one it names was held by the one person the sentence before speaks of, who is none of those met
    (never one still to come: "Talks with Wambui are expected on Friday")."""
    if index == 0 or trigger.start() != _opens(article, index) or not _OPENING_TALKS.fullmatch(trigger.group()) or \
            _STILL_TO_COME.match(article.masked[objects[-1].span.end:]) or any(a.kind != "person" for a in objects):
        return []  # "Talks with Kenya stalled": negotiations between countries, no meeting told
    met = {a.ref for a in objects}
    for before in range(index - 1, max(-1, index - 3), -1):
        # the sentence before, or the one before it when that names no one and nothing ("Officials had squeezed in
        # four meetings.")
        named = [p for a in cast.in_sentence(before) if a.kind != "organisation"
                 for p in [cast.person_of(a, before)[0]] if p and p not in met]
        named = list(dict.fromkeys(named)) or [p for p in subjects.get(before, []) if p not in met]
        if named or cast.in_sentence(before):
            return named if len(named) == 1 else []
    return []


_MEDIATED = re.compile(r"\b(?:in|at|during)\s+(?:(?:the|a|an)\s+)?(?:(?!earlier|previous|past|prior|last|failed|next|"
                       r"future|planned)[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|discussions)\s+"
                       r"(?:mediated|brokered|facilitated|chaired)\s+by\s+")
"""'in talks mediated by Martin and Michel', 'at a meeting chaired by Michel': who mediated or chaired the talks the
sentence places the meeting in took part (never "earlier talks brokered by Russia had failed")."""


def _with_mediators(article: Article, cast: Cast, index: int,
                    meeting: tuple[list[str], str]) -> tuple[list[str], str]:
    """"Sargsyan and Guliyev met in Prague, in talks mediated by French President Martin and European Council
    President Michel": the one meeting the sentence reports had those who mediated or chaired it too."""
    sentence = _own(article, index)
    mediated = _MEDIATED.search(article.masked, sentence.start, sentence.end)
    if mediated is None:
        return meeting
    more = [a.ref for a in _objects(article, cast, index, mediated.end()) if a.ref not in meeting[0]]
    return ([*meeting[0], *dict.fromkeys(more)], meeting[1] + ", with who mediated") if more else meeting


def _joined(article: Article, cast: Cast, index: int) -> list[str]:
    return [a.ref for a in cast.in_sentence(index) if a.kind == "person" and
            _JOINED.search(article.masked[max(0, a.span.start - 60):a.span.start])]


_BY_KIND = re.compile(r"(?:^\s*|\b(?:said|says|added|noted|confirmed)\s+(?:that\s+)?)[Tt]he\s+(?P<kind>agency|bank|fund|"
                      r"organi[sz]ation|programme|committee|council|commission|company|centre|authority|institute|society)"
                      r"\s+(?:(?:had|has|have|also|later|then|earlier)\s+)*$")
"""'The agency had also met', 'she said the bank met': a body named again by the kind of body it is."""


def _body_by_kind(article: Article, cast: Cast, index: int, position: int) -> list[str]:
    """"The Pacific Fisheries Agency hosted the talks. ... She said the agency had also met a US delegation": the
    body the text named last before, among those whose name ends with that kind."""
    sentence = _own(article, index)
    kind = _BY_KIND.search(article.masked[sentence.start:position])
    if kind is None:
        return []
    noun = kind.group("kind").lower().replace("z", "s")
    named = [ident for span, ident in cast.org_mentions if span.end <= sentence.start and ident in cast.organisations
             and cast.organisations[ident].name.lower().replace("z", "s").split()[-1:] == [noun]]
    return named[-1:]


def _group_subject(article: Article, cast: Cast, index: int, position: int,
                   earlier: tuple[Meeting, ...] = ()) -> list[str]:
    """The people "the two leaders" stands for: those named in this sentence before it, else in the one
    before, when their number is the one the phrase says; else the people of the last meeting reported
    before, when it had that many and only people."""
    sentence = _own(article, index)
    group = _GROUP.search(article.masked[sentence.start:position]) or _GROUP_OPENING.match(article.masked, sentence.start)
    opening = group is not None and group.re is _GROUP_OPENING
    if not group or (opening and any(a.span.start < position and a.kind in ("person", "pronoun", "description")
                                     for a in cast.in_sentence(index))):
        return []  # a group opening the sentence is the subject of its verbs only when no one else is named first
    if not opening and group.group("they"):
        return _they(cast, index)
    count = _COUNT[(group.group("n") or "both").lower()]
    start = group.start() if opening else sentence.start + group.start()
    here = [a.ref for a in cast.in_sentence(index) if a.kind == "person" and a.span.end <= start]
    named = list(dict.fromkeys(here or _last_named(cast, index, count)))
    if len(named) == count:
        return named
    last = max((m for m in earlier if m.sentence < index), key=lambda m: m.sentence, default=None)
    parties = [p.person for p in last.participants] if last is not None else []
    return parties if len(parties) == count and all(parties) else []


def _they(cast: Cast, index: int) -> list[str]:
    """'Otieno and Juma arrived in Arusha. They held talks': "they" who open a sentence are the two to four people
    the sentence before names, when each is of a country or body of their own (never a minister and her aide)."""
    named = list(dict.fromkeys(p for a in cast.in_sentence(index - 1) if a.kind in ("person", "description")
                               for p in [cast.person_of(a, index - 1)[0]] if p)) if index else []
    if not 2 <= len(named) <= 4 or any(_same_side(cast, p, q) for p, q in itertools.combinations(named, 2)):
        return []
    return named


def _last_named(cast: Cast, index: int, count: int) -> list[str]:
    """The people named in the nearest of the four sentences before, gathered back until there are as many as
    the group counts: "The two men" goes back past a sentence about the deal itself ("It is worth £1bn.") to
    the two it was between, and past "Tuhaika said ..." to "McKinnon said ..." before it."""
    named: list[str] = []
    for before in range(index - 1, max(-1, index - 5), -1):
        here = list(dict.fromkeys(a.ref for a in cast.in_sentence(before) if a.kind == "person"))
        if named and (len(here) > 1 or any(_same_side(cast, p, q) for p in here for q in named)):
            break
        named = list(dict.fromkeys([*here, *named]))
        if len(named) >= count:
            break
    return named


def _same_side(cast: Cast, one: str, other: str) -> bool:
    """Two people of one country or organisation, or either of none known: never the two sides of talks."""
    first, second = cast.people[one].organisation, cast.people[other].organisation
    return one != other and (not first or not second or first == second)


def _enumeration(article: Article, actors: list[Actor], position: int) -> tuple[list[Actor], int]:
    """The actors listed between dashes after a group: "Nordic leaders — Finnish President ..., ... —"."""
    opening = _ENUMERATION.match(article.masked[position:position + 40])
    if not opening:
        return [], position
    position += opening.end()
    listed: list[Actor] = []
    for actor in actors:
        gap = article.masked[position:actor.span.start]
        if not (_LIST_GAP.match(gap) if listed else not gap.strip() or gap.strip() == "the"):
            break
        listed.append(actor)
        position = actor.span.end
    closing = re.match(r"\s*[—–]", article.masked[position:position + 4])
    return (listed, position + closing.end()) if listed and closing else ([], position)


_SUBJECT_AND = re.compile(r"(?:,\s*(?:(?:the|a|an|his|her|their|its|who|which|whose|in|at|on|from|with|as|since|now|"
                          r"both|each|until|formerly|currently)\b|[A-Z\d]|[\w-]+[’']s\b)[^,]*,|,)?"
                          r"\s+and\s+(?:the\s+)?")
"""Between two who met together: "and", after an aside that names or describes ("Dubois, the minister, and
Weber met"); never after a clause of its own ("Lopes received the delegation, and Tanaka later met")."""
_REPORTS_ANOTHER = re.compile(r"\b(?:said|says|told(?:\s+\w+){1,3}?|added|noted|stressed|announced|confirmed)\s+"
                              r"(?:that\s+)?(?:the|its|a|an)\s+(?-i:[a-z])")
"""'She said the agency had also met a US delegation': the one who reports speaks of another, whom the text
names only by a noun."""
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas|where|when)\s+$")
"""A clause of its own begins: whom it names next is the subject of its verb."""
_REPORTED_CLAUSE = re.compile(r"(?:\s*,[^,]*,)?\s+(?:(?:also|later|then|had|has|have)\s+)?(?:said|says|say|told\s+"
                              r"(?:reporters|journalists|the\s+\w+|\w+)|added|noted|confirmed|reported|understands?|"
                              r"understood|believes?)\s+(?:that\s+)?")
"""'Vidal said Salas had met Arce', 'Diplomats say Salas met Arce': the one who reports a meeting is not in it;
the subject of the clause reported is."""


_THEIR_AIDE = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:" + _HEAD + r"|envoy|aide|adviser|advisor|spokes\w+|emissary|"
                         r"chief\s+of\s+staff|wife|husband)\b[^,;.]{0,40},\s*")
"""Between a person and one of theirs named after: "Otieno['s chief of staff, ]Mary Njoroge"."""
_SOMEONE_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:envoy|delegation|representative|aide|adviser|advisor|team|"
                         r"office|staff|spokes\w+|deputy|emissary|wife|husband|son|daughter|chief\s+of\s+staff)s?\b")
"""After a person, someone of theirs: "Otieno['s special envoy]"."""


_MANY_OFFICES = re.compile(r"(?i:ministers|leaders|presidents|premiers|officials|envoys|ambassadors|delegates|"
                           r"representatives|chiefs|secretaries|governors|mayors|heads(?:\s+of\s+(?:state|government))?)$")
"""Offices in the plural before the countries that hold them: "Development ministers from Finland, Norway and Sweden
met", the countries listed, never the one minister of that portfolio the text names later."""
_GONE_TO = re.compile(r"\b(?:to|into|towards?|via|from)\s+(?:the\s+)?$")
"""A place one went to, from or through, however it may stand for its state elsewhere: "she then flew to Tegucigalpa for
talks with Carla Mejia" (she met her, never Honduras), "went on from Accra to Lome for a meeting"."""


def _subject(article: Article, cast: Cast, index: int, position: int, taken: list[Actor],
             subjects: dict[int, list[str]], principals: dict[str, str] | None = None) -> list[str]:
    """Who met: the sentence's subject, with any joined to it by "and"; "he" is the subject before."""
    envoys = _envoys_of(article, cast, index, position)
    if envoys is None or envoys:
        return envoys or []
    before = [a for a in _titled(article, cast.in_sentence(index)) if a.span.end <= position and a not in taken and
              not (a.kind == "organisation" and _GONE_TO.search(article.masked, 0, a.span.start))]

    def whole(actor: Actor | None) -> Actor | None:
        return next((a for a in before if actor is not None and actor.span.within(a.span)), actor)

    first = whole(cast.sentence_subject(index))
    near = whole(cast.subject_before(position, index, set_off=True))
    if first is not None and first.kind == "organisation" and near is not None and near.kind == "person" and \
            near.span.start > first.span.start and near in before:
        # "EU Commissioner Elżbieta Nowicka met", "The Ambassador of Japan to Ukraine, Hiroshi Tanabe, held
        # talks": the country or organisation of a title, then the person who holds it and does the meeting
        first = near
    if first is not None and near is not None and near.kind == "person" and near in before and \
            near.span.start > first.span.end and _NEW_CLAUSE.search(article.masked[first.span.end:near.span.start]) and \
            not _SUBJECT_AND.fullmatch(article.masked[first.span.end:near.span.start]) and \
            not _only_listed(article, before, first, near):
        first = near  # "Lopes received the delegation, and Tanaka later held talks with": the clause's own subject
    if first is not None and near is not None and near in before and near.span.start > first.span.end and \
            _REPORTED_CLAUSE.fullmatch(article.masked[first.span.end:near.span.start]):
        first = near  # "Vidal said Salas had met Arce": Salas met him
    if first is None or first not in before:
        first = whole(cast.subject_before(position, index))
    if (first is None or first not in before) and near is not None and near.kind == "person" and \
            (re.search(r",\s*$", article.masked[max(0, near.span.start - 3):near.span.start]) or
             "," in article.masked[near.span.start:near.span.end]):
        # "Ahead of the launch, Mykolaiv's mayor, Oleksandr Hlushko, welcomed", "In Lyon, the city's MP, Anne
        # Roux, sat down with": the name set off, alone or with the title set off before it
        first = near
    if (first is None or first not in before) and len(before) == 1 and before[0].kind == "pronoun":
        first = before[0]  # "On the drive home she spent an hour on the phone with": "she" is ever a subject
    if first is None or first not in before or _REPORTS_ANOTHER.search(article.masked[first.span.end:position]):
        return []
    if first.kind in ("person", "pronoun") and _SOMEONE_OF.match(article.masked[first.span.end:position]):
        # "Otieno's envoy met Juma": another met, for the one named; "Otieno's envoy, Paul Mrema, met": the envoy
        if near is None or near.kind != "person" or near not in before or near.span.start <= first.span.end:
            return []
        first = near
    people: list[str] = []
    chain = [first]
    listed = 1
    for actor in before[before.index(first) + 1:]:
        gap = article.masked[chain[-1].span.end:actor.span.start]
        if _SUBJECT_AND.fullmatch(gap):
            chain.append(actor)
            listed = len(chain)
        elif re.fullmatch(r",\s*(?:the\s+)?", gap) and actor.kind == "person" == chain[-1].kind:
            chain.append(actor)  # "Dubois, de Vries and Weber met": a list, kept only when "and" closes it
        else:
            break
    chain = chain[:listed]
    if first.kind == "description" and re.match(r"\s+(?:of|from)\s", article.masked[first.span.end:]) and \
            (not cast.described(first)[0] or _MANY_OFFICES.search(article.masked, first.span.start, first.span.end)):
        # "The foreign ministers of Belgium, the Netherlands and Luxembourg met": the countries listed
        lead = re.match(r"(?i:the\s+)?", article.masked[first.span.start:])
        listed_after = [a for a in _objects(article, cast, index, first.span.start + (lead.end() if lead else 0))
                        if a.span.end <= position]
        if listed_after:
            return list(dict.fromkeys(a.ref for a in listed_after))
    for actor in chain:
        if actor.kind == "pronoun":
            person, _ = cast.person_of(actor, index)
            if person is None and index and subjects.get(index - 1) and len(subjects[index - 1]) == 1 and \
                    not _pronoun_open(cast, actor, subjects[index - 1][0]):
                person = subjects[index - 1][0]  # "He also spoke with...": the one who met, the sentence before
            if person is None:
                person = _same_pronoun_before(cast, actor, index)
            if person is None:
                return []
            people.append(person)
        elif actor.kind == "person":
            people.append(actor.ref)
        elif actor.kind == "description" and cast.described(actor)[0]:
            people.append(_principal(cast, actor, {} if principals is None else principals))
        elif actor.kind == "description" and principals and _principal_key(actor) in principals:
            # "the Minister paid a courtesy call on Albers ... The Minister also held a bilateral meeting": the
            # words fit Albers too now, but stand for the one they stood for when they first said who met
            people.append(principals[_principal_key(actor)])
        elif actor.kind == "description" and (country := _unnamed_country(cast, actor)) is not None:
            # "a visiting Japanese minister said after talks with Khokhar. Kenji Mori, Japan's state minister for
            # foreign affairs, ...": the one of the country the text names by that title, else the country
            people.append(_title_holder(cast, country, actor.ref.split()[-1]) or country)
        elif actor.kind == "organisation" and (leader := _leader_of(article, before, actor)) is not None:
            people.append(leader)
        elif actor.kind == "organisation" and not re.match(r"[’']s\b", article.masked[actor.span.end:]):
            people.append(actor.ref)
        elif actor.kind == "organisation" and (official := _official_of(cast, actor)) is not None:
            people.append(official)
        elif actor.kind == "organisation" and _UNNAMED_OFFICIAL.match(article.masked, actor.span.end):
            people.append(actor.ref)  # "Germany's chancellor met": the country, its leader unnamed
        else:
            return []
    return people


def _leader_of(article: Article, before: list[Actor], actor: Actor) -> str | None:
    """'The Australian delegation, led by Foreign Minister Ana Roy, called on Widodo': the one named as leading the
    country's delegation met, not the country."""
    leader = next((a for a in before if a.span.start > actor.span.end), None)
    if leader is None or leader.kind != "person" or not _LED_BY.match(article.masked[actor.span.end:leader.span.start]):
        return None
    return leader.ref


_ENVOYS_OF = re.compile(r"(?:^\s*|,\s*)(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>(?i:leaders|heads\s+of\s+(?:state|government)|"
                        r"representatives|delegations|delegates|ministers|officials|envoys|negotiators|diplomats|"
                        r"ambassadors|presidents|premiers|chiefs|heads))\s+(?:of|from)\s+(?:the\s+)?$")
_ENVOYS_TO_VERB = re.compile(r"(?:\s*,[^,]*,)?\s+(?:(?:also|then|later|had|have|has|first|briefly|jointly|again)\s+)*")


_FOR_ASSEMBLY = re.compile(r"[^,.;]{0,60}?\b(?:for|at)\s+(?:the|a|an|their|its)\s+(?:(?!sidelines\b|margins\b)[\w’'-]+\s+)"
                           r"{0,3}?(?:summit|conference|forum|session|assembly|plenary|congress|ministerial)s?\b",
                           re.IGNORECASE)
"""'Ministers from Chad, Niger and Mali met in Nouakchott for the annual session of the commission', 'met at the
summit': countries that came to an assembly, each to address it, not a meeting of each with each (never "met for a
trilateral meeting", nor "met on the sidelines of the summit")."""


def _envoys_of(article: Article, cast: Cast, index: int, position: int, holders: bool = True) -> list[str] | None:
    """'Representatives of France, Germany and Italy met in Rome', 'Defence ministers from Poland, Romania and
    Bulgaria held talks with Koval': the people of the countries listed, named only by what they are, met for
    their countries; each country is a party (never only the last one listed); where the text names the one of each
    country with that title, each such person is (with `holders`, where the verb met someone named after it);
    where it names some and not others, None: who met is unsure."""
    sentence = _own(article, index)
    actors = [a for a in cast.in_sentence(index) if a.span.end <= position]
    lead = _ENVOYS_OF.search(article.masked[sentence.start:actors[0].span.start]) if actors else None
    if len(actors) > 1 and actors[0].kind == "description" and not cast.described(actors[0])[0] and \
            re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?", article.masked[actors[0].span.end:actors[1].span.start]):
        noun = actors[0].ref.split()[-1]
        actors = actors[1:]  # "The foreign ministers of Estonia, Latvia and Lithuania met"
    elif lead is not None:
        noun = lead.group("noun").split()[-1]
    else:
        return []
    if actors[0].kind != "organisation":
        return []
    listed = [a for a in _objects(article, cast, index, actors[0].span.start) if a.span.end <= position]
    if len(listed) < 2 or any(a.kind != "organisation" for a in listed) or \
            not _ENVOYS_TO_VERB.fullmatch(article.masked[listed[-1].span.end:position]):
        return []
    countries = list(dict.fromkeys(a.ref for a in listed))
    if any(_holds_title(cast, country, noun) for country in countries):
        named = [_title_holder(cast, country, noun) for country in countries] if holders else []
        return [h for h in named if h] if named and all(named) else None
    return countries


def _title_holder(cast: Cast, country: str, noun: str) -> str | None:
    """'Development ministers from Finland, Norway and Sweden met ... Norway's Minister of International Development,
    Sigrid Haugland, said': the one person of the country the text names by that title, who was there for it."""
    single = re.sub(r"s$", "", noun.lower())
    holders = [p.id for p in cast.people.values() if p.organisation == country and single in p.title.lower()]
    return holders[0] if len(holders) == 1 else None


def _holds_title(cast: Cast, country: str, noun: str) -> bool:
    """Whether the text names one of the country's people by the title the envoys are named by ("Foreign
    Minister Ana Rusu" of Moldova, for "the foreign ministers of ... Moldova"): the meeting is then theirs, read
    where they are named, never one of the countries."""
    single = re.sub(r"s$", "", noun.lower())
    return any(p.organisation == country and single in p.title.lower() for p in cast.people.values())


_COUNTERPART_OF = re.compile(r"\s+counterpart\b")


def _counterpart_named(article: Article, cast: Cast, index: int, parties: list[str], party: str) -> str:
    """'Kazakh Foreign Minister Dauren Seitkali spoke at noon. ... Zhou Minghao met his Kazakh counterpart': the
    country of "his ... counterpart" stands for the one person of that country named before whose title is the other
    party's own; the country stays where none or several fit."""
    if party in cast.people or not any(
            ident == party and span.within(article.sentences[index]) and
            _COUNTERPART_OF.match(article.masked, span.end) and
            re.search(r"\b(?:his|her|their)\s+$", article.masked[max(0, span.start - 7):span.start])
            for span, ident in cast.org_mentions):
        return party
    titles = {cast.people[p].title.lower() for p in parties if p in cast.people and cast.people[p].title}
    if len(titles) != 1:
        return party
    fits = [p for p in cast.people.values() if p.organisation == party and p.title.lower() in titles and
            p.spans and p.spans[0].start < article.sentences[index].start]
    return fits[0].id if len(fits) == 1 else party


def _described(cast: Cast, actor: Actor) -> Actor:
    """'Mr. Wongsa, Ambassador of Thailand, handed over rice to Mr. Karki, Minister of Health. The Ambassador and
    the Minister then held a meeting': a description whose title fits one person named before it stands for that
    person; one that fits nobody, or more than one, stays a description."""
    if actor.kind != "description":
        return actor
    person, _ = cast.described(actor)
    return actor if person is None else Actor("person", actor.span, person)


def _holder(cast: Cast, actor: Actor) -> Actor:
    """'The Lithuanian president and the Latvian prime minister met': a title of a country whose holder the text
    never names is a person, who stands for the country as a party."""
    country = _unnamed_country(cast, actor) if actor.kind == "description" else None
    return actor if country is None else Actor("person", actor.span, country)


_NAME_SET_OFF = re.compile(_TITLE_TAIL + r",\s*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)+,")
"""After a title, the name of its holder set off between commas: "[ on Libya, Priya Natarajan,]"."""


def _unnamed_country(cast: Cast, actor: Actor) -> str | None:
    """'The Lithuanian president met the Latvian prime minister': a title of a country whose holder the text never
    names stands for that country, as the party of a meeting."""
    country = next((ident for span, ident in cast.org_mentions if span.within(actor.span)), None)
    if country is None or not re.match(r"(?i:the|an?)\s", actor.ref) or not cast.described(actor)[1].endswith("names nobody"):
        return None
    index = cast.article.sentence_index(actor.span.start)
    if any(a.kind == "person" and re.fullmatch(r",?\s*", cast.article.masked[actor.span.end:a.span.start])
           for a in cast.in_sentence(index) if a.span.start >= actor.span.end):
        return None  # "the Emir of Qatar, Tamim Khalifa": the title of the one named after it
    if _NAME_SET_OFF.match(cast.article.masked, actor.span.end):
        return None  # "The UN Special Envoy on Libya, Priya Natarajan, met": a holder named, read or not
    return country


def _only_listed(article: Article, before: list[Actor], first: Actor, last: Actor) -> bool:
    """'Aas, Lind, the Danish premier, Sofie Kragh, and Ida Berg are holding talks': between the first and the last
    one named stand only the others, commas and "and", a list that is one subject (never "Lopes received the
    delegation, and Tanaka")."""
    rest = article.masked[first.span.end:last.span.start]
    for actor in sorted(before, key=lambda a: a.span.start, reverse=True):
        if first.span.end <= actor.span.start and actor.span.end <= last.span.start:
            rest = rest[:actor.span.start - first.span.end] + rest[actor.span.end - first.span.end:]
    return re.fullmatch(r"(?:[\s,]|\band\b|\bthe\b)*", rest) is not None


_OPENING_TITLE = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,3}?" + _HEAD + r"\b")
"""'The Minister', 'The Vice President': a title alone, opening a sentence."""


def _unread_opening(article: Article, cast: Cast, index: int, position: int) -> list[str]:
    """"Video call with the World Bank / The Minister held a video call with Ledesma": a title that opens the
    sentence, the cast having read no one there (a heading's words run into it), is the one person it fits."""
    sentence = _own(article, index)
    opening = _OPENING_TITLE.match(article.masked, sentence.start)
    if opening is None or any(a.span.start < opening.end() for a in cast.in_sentence(index)) or \
            not re.fullmatch(r"\s+(?:(?:also|then|later|first|had|has|have)\s+)*", article.masked[opening.end():position]):
        return []
    person = cast.described(Actor("description", Span(opening.start(), opening.end()), opening.group()))[0]
    return [person] if person else []


def _official_of(cast: Cast, actor: Actor) -> str | None:
    """'NRC's Secretary General used the day to meet al-Hamwi': a country's or organisation's official named by
    the title alone is the one person of it the text has given that title before ("Ingvild Sæther, NRC's
    Secretary General"), when there is one; never one whose name follows ("NRC's Secretary General Ana Ruiz")."""
    possessive = re.match(r"[’']s\s+", cast.article.masked[actor.span.end:actor.span.end + 4])
    if possessive is None:
        return None
    rest = cast.article.masked[actor.span.end + possessive.end():actor.span.end + possessive.end() + 120]
    fits = [p.id for p in cast.people.values() if p.organisation == actor.ref and p.title and p.spans and
            p.spans[0].start < actor.span.start and
            re.match(r"\s+".join(map(re.escape, p.title.split())) + r"\b(?![’'])(?!\s+(?-i:[A-Z]))", rest, re.IGNORECASE)]
    return fits[0] if len(fits) == 1 else None


def _principal(cast: Cast, actor: Actor, principals: dict[str, str]) -> str:
    """A readout keeps calling the one whose day it reports by the same words: "The Minister met Sow. Minister
    Moyo held talks with her Zambian counterpart, Minister Banda. The Minister then met Ito": where the words
    fit several people named, the one they stood for the first time they said who met."""
    person = str(cast.described(actor)[0])
    return principals.setdefault(_principal_key(actor), person)


def _principal_key(actor: Actor) -> str:
    return " ".join(re.findall(r"[\w’'-]+", actor.ref.lower())[1:])


_COUNTERPART = r"(?:(?:his|her|their)\s+(?:[A-Z][\w-]+\s+)?counterparts?,?\s*)?"
"""'and his Estonian counterpart, Hanno Pevkur': the counterpart joined to the subject."""


_TITLE_BEFORE_COUNTRY = re.compile(r"\s*(?:,|,?\s*and)\s+(?P<title>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|"
                                   r"and|the))*?\s+of\s+)")
"""'Vidal and [Minister of Water Resources and Irrigation of ]Peru Jorge Salas held a meeting': a title whose country
the cast read apart from the name after it."""


def _together(article: Article, cast: Cast, index: int, met_at: set[int]) -> list[tuple[list[str], str]]:
    """People who met one another, named together as the subject: "Stubb and Kravets met on Tuesday"; not
    where the verb has met someone after it already (`met_at`: "Stubb and Kravets met in Oslo with Berger").
    Each pair named before its own verb met: "Soto and Ruiz held talks, while Berg and Novak met over breakfast"
    reports two meetings."""
    sentence = _own(article, index)
    pairs: list[tuple[list[str], str]] = []
    for verb in _TOGETHER.finditer(article.masked, sentence.start, sentence.end):
        if re.match(r"\s+(?:with|to)\b", article.masked[verb.end():]) or verb.start() in met_at or \
                (verb.group() == "met" and not _MET_ALONE.match(article.masked[verb.end():])) or \
                _IN_PAST_YEAR.match(article.masked, verb.end()):
            continue
        group = _group_subject(article, cast, index, verb.start())
        if len(group) >= 2:
            return [*pairs, (group, f"{LIKELY}: {verb.group()!r} by the people the sentence before names")]
        group = _named_after_group(article, cast, index, verb.start())
        if len(group) >= 2:
            return [*pairs, (group, f"{LIKELY}: {verb.group()!r} by the people named after the group that opens the sentence")]
        group = _envoys_of(article, cast, index, verb.start(), holders=False) or []
        if len(group) >= 2 and _FOR_ASSEMBLY.match(article.masked, verb.end(), sentence.end):
            continue
        if len(group) >= 2:
            return [*pairs, (group, f"{LIKELY}: {verb.group()!r} by the envoys of the countries listed")]
        subject = cast.subject_before(verb.start(), index, set_off=True)
        subject = _opening_pronoun(cast, index, _described(cast, _holder(cast, subject))) if subject is not None else None
        # Countries alone only for talks ("Poland and Ukraine held talks"): "Germany and France met" may
        # mean they met a target or an obligation.
        kinds = ("person",) if verb.group() == "met" or verb.group("people") else ("person", "organisation")
        if subject is None or subject.kind not in kinds:
            continue
        actors = [_opening_pronoun(cast, index, _described(cast, _holder(cast, a))) for a in cast.in_sentence(index)]
        chain = [subject]
        head = subject.span.start
        titled = False
        for actor in reversed(actors[:actors.index(subject)]):
            if actor.kind == "organisation" and re.match(r"\s+counterparts?\b", article.masked[actor.span.end:]):
                continue  # "Omar and his Estonian counterpart, Hanno Pevkur, met": the country describes the title
            if actor.kind == "organisation" and chain[0].kind == "person" and \
                    re.fullmatch(r"[’']s\s+", article.masked[actor.span.end:head]):
                head = actor.span.start  # "Chile's Ana Soto and Peru's Jorge Salas met": each one's country
                continue
            if actor.kind == "description" and chain[0].kind == "person" and head == chain[0].span.start and \
                    re.fullmatch(r",\s*", article.masked[actor.span.end:head]):
                head = actor.span.start  # "Aydin and the Emir of Qatar, Tamim bin Hamad, discussed": the title set off
                continue
            if actor.kind == "organisation" and chain[0].kind == "person" and not titled and \
                    re.fullmatch(r"\s+", article.masked[actor.span.end:head]) and \
                    re.search(r"\sof\s+$", article.masked[max(0, actor.span.start - 4):actor.span.start]):
                head, titled = actor.span.start, True  # "and Minister of Water of Peru Jorge Salas": the title's country
                continue
            gap = article.masked[actor.span.end:head]
            if titled and (title := _TITLE_BEFORE_COUNTRY.fullmatch(gap)) is not None:
                gap = gap[:title.start("title")]
            titled = False
            if re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?" + _COUNTERPART, gap) \
                    and actor.kind in kinds and not re.match(r"[’']s\b", article.masked[actor.span.end:]):
                chain.insert(0, actor)
                head = actor.span.start
            else:
                break
        if any(a.kind == "organisation" for a in chain) and re.match(r"[’']s\b", article.masked[subject.span.end:]):
            continue
        if any(a not in cast.in_sentence(index) for a in chain) and chain[0] != actors[0]:
            continue  # "Otieno said he and Juma met": "he" read as if it opened the sentence only where it does
        parties = list(dict.fromkeys(a.ref for a in chain))
        if len(parties) >= 2:
            pairs.append((parties, f"{LIKELY}: {verb.group()!r} with the participants named together"))
    return pairs


_GROUP_SET_OFF = re.compile(r"\s*(?:[Tt]he\s+(?P<n>two|three|four)|[Bb]oth)\s+(?:[a-z][\w-]*\s+){0,2}?(?:leaders|ministers|"
                            r"presidents|premiers|chancellors|envoys|ambassadors|officials|heads\s+of\s+state|"
                            r"secretaries|counterparts)\s*(?P<mark>,|—|–|--)\s*")
"""A group that opens the sentence, its members set off after it: "The two leaders, ", "Both ministers — "."""
_MEMBER_GAP = re.compile(r"(?:\s+|,|\band\b|(?-i:[A-Z])[\w’'.-]*|[’']s\b|\bof\b|\bthe\b)*")
"""What may stand between the members: "and", a country and a title ("Ghanaian President", "Latvia's")."""


def _named_after_group(article: Article, cast: Cast, index: int, verb: int) -> list[str]:
    """'The two leaders, Nigerian President Bola Adeyemi and Ghanaian President Kwame Asante, held talks': the
    people set off after a group that opens the sentence met each other, as many as the group counts ("both" is
    two); nothing where the list holds more than people and their titles."""
    sentence = _own(article, index)
    group = _GROUP_SET_OFF.match(article.masked, sentence.start)
    if group is None or group.end() >= verb:
        return []
    closing = re.search(r"\s*" + re.escape(group.group("mark")) + r"\s*$", article.masked[group.end():verb])
    if closing is None:
        return []
    end = group.end() + closing.start()
    members = [a for a in cast.in_sentence(index) if a.span.start >= group.end() and a.span.end <= end]
    people = [a for a in members if a.kind == "person"]
    count = _COUNT[group.group("n") or "both"]
    if len(people) != count or len({a.ref for a in people}) != count:
        return []
    rest, start = "", group.end()
    for person in people:
        rest += article.masked[start:person.span.start] + " "
        start = person.span.end
    rest += article.masked[start:end]
    return [a.ref for a in people] if _MEMBER_GAP.fullmatch(rest) else []


def _opening_pronoun(cast: Cast, index: int, actor: Actor) -> Actor:
    """'He and Juma held talks', 'Juma and she met': "he" or "she" in a subject that opens the sentence is the one
    the sentence before speaks of, read as if it opened the sentence (never Juma, named before it)."""
    person = _pronoun_before_sentence(cast, index, actor)
    return actor if person is None else Actor("person", actor.span, person)


_ATTENDED = re.compile(r"\b(?:meeting|talks|call|session|consultations|discussions)\s*,?\s+(?:(?:convened|chaired|hosted|"
                       r"called|organi[sz]ed)\s+by\s+(?P<host>[^;:.]{1,120}?),?\s+and\s+)?(?:was\s+)?attended\s+by\s+")
"""A meeting and who came: "a coordination meeting convened by the Red Cross and attended by UNICEF and Oxfam"; never
the session of a summit or an assembly ("the plenary session was attended by")."""


_ASSEMBLY = re.compile(r"\b(?i:summit|annual|plenary|general|ministerial|spring|closing|opening)\s+$")


def _attended(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"A meeting convened by A and attended by B, C and D": one meeting of all of them, the one who convened it
    included; never a summit or a conference, whose attendance is no meeting of each with each."""
    sentence = _own(article, index)
    found: list[tuple[list[str], str]] = []
    for match in _ATTENDED.finditer(article.masked, sentence.start, sentence.end):
        if _ASSEMBLY.search(article.masked[max(sentence.start, match.start() - 20):match.start()]):
            continue
        hosts = [a for a in cast.in_sentence(index) if match.group("host") and a.kind in ("person", "organisation") and
                 a.span.within(Span(match.start("host"), match.end("host"))) and
                 not re.match(r"[’']s\s", article.masked[a.span.end:])]  # "convened by Chile's Red Cross (CRC)"
        parties = list(dict.fromkeys([*(a.ref for a in hosts), *(a.ref for a in _objects(article, cast, index, match.end()))]))
        if len(parties) >= 2:
            found.append((parties, f"{SURE}: {match.group().strip()!r} with the participants named"))
    return found


_THEIR_GATHERING = re.compile(r"\b(?:during|at|in|after|following)\s+their\s+(?:[\w-]+\s+){0,2}?" + _GATHERING + r"s?\b",
                              re.IGNORECASE)


_MANY_MEET = re.compile(r"\b(?:summit|conference|forum|session|assembly|plenary)s?\b", re.IGNORECASE)


def _own(article: Article, index: int) -> Span:
    """A sentence from its own first word, past the bullet, number or time that opens a list's line or a live
    blog's entry: "- The two ministers held a call with Ruiz" reads as "The two ministers held a call with Ruiz",
    whose opening words name who met."""
    sentence = article.sentences[index]
    return Span(entry_start(article, sentence), sentence.end)


def _lead_space(article: Article, index: int) -> int:
    sentence = _own(article, index)
    return len(article.masked[sentence.start:sentence.end]) - len(article.masked[sentence.start:sentence.end].lstrip())


def _opens(article: Article, index: int) -> int:
    """Where a sentence's own first word is, past a live blog's time ("14:05 Talks with Juma ran long") and the
    spaces before it."""
    sentence = article.sentences[index]
    start = entry_start(article, sentence)
    return start + len(article.masked[start:sentence.end]) - len(article.masked[start:sentence.end].lstrip())


def _together_at_gathering(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"In a phone call on Monday, Marchenko and Berger discussed air defence", "On the sidelines, Jonsson and
    Hryhorenko signed a letter": people named together as the subject of a sentence that places itself at a
    meeting."""
    sentence = _own(article, index)
    gathering = _AT_GATHERING.search(article.masked, sentence.start, sentence.end) or \
        _ON_SIDELINES.match(article.masked, sentence.start + _lead_space(article, index))
    first = cast.sentence_subject(index)
    if not gathering or first is None or first.kind != "person" or _MANY_MEET.search(gathering.group()):
        return []  # "Osman and Idriss spoke at the summit": each addressed it; they need not have met
    actors = cast.in_sentence(index)
    chain = [first]
    for actor in actors[actors.index(first) + 1:]:
        if actor.kind != "person" or not re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?",
                                                      article.masked[chain[-1].span.end:actor.span.start]):
            break
        chain.append(actor)
    verb = re.match(r",?\s+(?:(?:have|has|had)\s+)?(?:(?:also|then|later|jointly)\s+)?(?:discussed|agreed|reviewed|"
                    r"exchanged|talked|spoke|focused|addressed|welcomed|condemned|signed|held|gave|briefed|told|"
                    r"announced|issued|unveiled|launched|reached|sealed|adopted|endorsed|pledged|vowed)\b",
                    article.masked[chain[-1].span.end:])
    parties = list(dict.fromkeys(a.ref for a in chain))
    if len(parties) < 2 or not verb:
        return []
    return [(parties, f"{LIKELY}: {gathering.group()!r}, with the people named together as its subject")]


_WHOM = re.compile(r",\s*whom\s+$")
_WHOM_VERB = re.compile(r"\s+(?:(?:had|has|also|first|later|then|briefly)\s+)*(?:met|hosted|received|welcomed|greeted|"
                        r"visited|phoned|called)\b")


_WHICH = re.compile(r",\s*which\s+$")
_WHICH_VERB = re.compile(r"\s+(?:(?:had|has|also|first|later|then|briefly)\s+)*(?:met|hosted|received|welcomed|greeted)"
                         r"\b")
"""A body met in a relative clause: "which Phiri met on Wednesday", never a place one "visited"."""


def _whom(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"Ciobanu, whom Ionescu hosted for a working dinner, said...", "Wambui, whom she met at the ministry,
    said": a relative clause whose verb of meeting has the person (or with "which", the body) it is set off after as
    its object."""
    actors = _titled(article, cast.in_sentence(index))
    for before, after in itertools.pairwise(actors):
        host = after.ref if after.kind == "person" else _pronoun_before_sentence(cast, index, after)
        if before.kind == "organisation" and host is not None and \
                _WHICH.search(article.masked[before.span.end:after.span.start]) and \
                _WHICH_VERB.match(article.masked[after.span.end:]):
            # "sent a delegation from the Export-Import Bank of Korea, which Phiri met on Wednesday": the body
            return [([host, before.ref], f"{LIKELY}: 'which' {host} met, hosted or received")]
        if before.kind != "person" or host is None or before.ref == host or \
                not _WHOM.search(article.masked[before.span.end:after.span.start]) or \
                not _WHOM_VERB.match(article.masked[after.span.end:]):
            continue
        return [([host, before.ref], f"{LIKELY}: 'whom' {host} met, hosted or received")]
    return []


def _pronoun_before_sentence(cast: Cast, index: int, actor: Actor) -> str | None:
    """'Wambui, whom she met at the ministry, praised Irish aid': "she" in a clause on another stands for one named
    before the sentence, as if it opened it."""
    if actor.kind != "pronoun" or index == 0:
        return None
    start = cast.article.sentences[index].start
    return cast.pronoun(Actor("pronoun", Span(start, start), actor.ref), index)[0]


def _their_meeting(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"Marchenko thanked Kask during their meeting in Tallinn": "their" meeting is the one of the two
    people the sentence names, when it names exactly two."""
    sentence = _own(article, index)
    gathering = _THEIR_GATHERING.search(article.masked, sentence.start, sentence.end)
    if not gathering:
        return []
    named = list(dict.fromkeys(a.ref for a in cast.in_sentence(index)
                               if a.kind == "person" and a.span.start < gathering.start()))
    if len(named) != 2 or any(a.kind in ("pronoun", "description") for a in cast.in_sentence(index)
                              if a.span.start < gathering.start()):
        return []
    return [(named, f"{LIKELY}: {gathering.group()!r}: the two people the sentence names")]


_BETWEEN_THE_TWO = re.compile(r"\b(?:talks|meeting|call|discussions|consultations)\s+between\s+the\s+two"
                              r"(?:\s+(?:sides|leaders|ministers|men|women|delegations|countries|governments|officials))?\b")


def _between_the_two(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"signed by Minister Haddad and Ambassador Vogel, following talks between the two sides": the two people the
    sentence names before, unless the text makes them of one country."""
    sentence = _own(article, index)
    between = _BETWEEN_THE_TWO.search(article.masked, sentence.start, sentence.end)
    if not between:
        return []
    named = list(dict.fromkeys(a.ref for a in cast.in_sentence(index)
                               if a.kind == "person" and a.span.end <= between.start()))
    sides = {cast.people[p].organisation for p in named} - {""}
    if len(named) != 2 or (len(sides) == 1 and all(cast.people[p].organisation for p in named)):
        return []  # two of one country are no two sides
    return [(named, f"{LIKELY}: {between.group()!r}: the two people the sentence names before")]


def _delegations(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """Talks between countries the text names only as such: "Polish and Ukrainian delegations held talks"."""
    sentence = _own(article, index)
    if not _TALKS.search(article.masked[sentence.start:sentence.end]):
        return []
    actors = [a for a in cast.in_sentence(index) if a.kind == "organisation"
              and cast.organisations[a.ref].type == "country"]
    for left, right in itertools.pairwise(actors):
        if _DELEGATIONS.match(article.masked[left.span.end:right.span.start]) and \
                _DELEGATION_NOUN.match(article.masked[right.span.end:right.span.end + 30]):
            return [([left.ref, right.ref], f"{LIKELY}: talks between the delegations of two countries")]
    return []


def _named_next(article: Article, cast: Cast, index: int, parties: list[str]) -> list[str]:
    """'The leaders of Brazil, Argentina and Chile met in Brasilia. Brazilian President Lula Ferreira, Argentine
    President Javier Molina and Chilean President Gabriel Rojas signed...': countries that met, their people named
    together as the subject of the next sentence, one for each country and no one else, are the participants.
    Nothing where one country has no one or two named there ("Argentine Foreign Minister Ana Soto said")."""
    if len(parties) < 2 or index + 1 >= len(article.sentences) or \
            not all(p in cast.organisations and p not in cast.people for p in parties):
        return []
    opening = list(itertools.takewhile(lambda a: a.kind in ("person", "organisation"), cast.in_sentence(index + 1)))
    people = [a for a in opening if a.kind == "person"]
    if not people or len(people) != len(parties):
        return []
    sentence = _own(article, index + 1)
    rest, start = "", sentence.start
    for person in people:
        rest += article.masked[start:person.span.start] + " "
        start = person.span.end
    countries = [cast.people[a.ref].organisation for a in people]
    if not _MEMBER_GAP.fullmatch(rest) or sorted(c or "" for c in countries) != sorted(parties):
        return []
    return [people[countries.index(p)].ref for p in parties]


def _office_read_as_body(cast: Cast, party: str) -> bool:
    """'The African Union Commission Chairperson, Moussa Kane, met...': a body whose name ends in a title is an
    office with its holder, a person the draft did not read, never a party of its own ("Office of the President",
    with its "of", stays a body)."""
    body = cast.organisations.get(party)
    if body is None or party in cast.people:
        return False
    words = body.name.split()
    return len(words) > 1 and "of" not in words and words[-1][:1].isupper() and words[-1].lower() in TITLE_HEADS


def _participant(cast: Cast, party: str) -> Participant:
    person = cast.people.get(party)
    if person is None:
        return Participant(organisation=party)
    represents = (person.organisation,) if person.organisation in cast.organisations else ()
    return Participant(person=party, role=person.title, represents=represents)


def _title(cast: Cast, parties: list[str]) -> str:
    def short(party: str) -> str:
        if party in cast.people:
            return cast.people[party].name.split()[-1] if parties.index(party) == 0 else cast.people[party].name
        return cast.organisations[party].name if party in cast.organisations else party

    first, *others = parties
    listed = ", ".join(short(p) for p in others[:-1]) + (" and " if len(others) > 1 else "") + short(others[-1])
    return f"{short(first)} meets {listed}"
