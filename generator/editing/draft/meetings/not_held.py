"""Meetings a sentence names but does not report as held: called off, ahead, wished for, hearsay, past."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor
from generator.editing.draft.meetings.phrases import GATHERING
from generator.editing.draft.text import Article, Span

NOT_HELD = re.compile(r"(?:\b(?:not|never)|n[’']t|\b(?:would|could|might|may|should|must|shall|can|cannot)|"
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


def journey_ahead(article: Article, sentence: Span, trigger: re.Match[str]) -> bool:
    before = article.masked[sentence.start:trigger.start()]
    purpose = re.search(r"\bto\s+$", before) or re.match(r"for\s", trigger.group(), re.IGNORECASE)
    return bool(purpose) and _JOURNEY_AHEAD.search(before) is not None


SENT_TO = re.compile(r"\b(?:sent|sends|dispatched|dispatches|deployed|instructed|ordered|asked|invited|tasked|"
                     r"mandated|authori[sz]ed)\b[^,.;]{0,60}?\bto\s+$")
"""'Otieno sent a delegation to meet Juma', 'instructed his envoy to hold talks with': another is to meet, not the
one who sent them, and the meeting is yet to come."""
ASSEMBLY_ATTENDED = re.compile(r"\b(?:attend(?:ed|s|ing)?|address(?:ed|es|ing)?|open(?:ed|s|ing)?|clos(?:ed|es|ing))\s+$")
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


def wished_for(article: Article, sentence: Span, trigger: re.Match[str]) -> bool:
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


def denied_report(article: Article, sentence: Span, trigger: re.Match[str]) -> bool:
    """A meeting only reported by others and denied: "The ministry denied reports that Kaya had met Lind", "Claims
    that Kaya held talks with Lind are baseless, an aide said" (never "Reports that Kaya met Lind angered the
    opposition", which takes the meeting as held)."""
    before = article.masked[sentence.start:trigger.start()]
    if _DENIED_HEARSAY.search(before):
        return True
    return bool(_HEARSAY_OPENING.search(before)) and \
        _FOUND_FALSE.search(article.masked, trigger.end(), sentence.end) is not None


YET_TO_COME = re.compile(r"\b(?:planned|proposed|scheduled|upcoming|forthcoming|expected|possible|potential|future|"
                         r"next|prospective|mooted|requested|hoped-for|rescheduled)\s+(?:[\w-]+\s+){0,2}?" + GATHERING +
                         r"|\b(?:requests?|invitations?|offers?|proposals?|plans?|bids?|appeals?|pleas?|calls?)\s+(?:for|to)\s+"
                         r"(?:[\w-]+\s+){0,2}?" + GATHERING, re.IGNORECASE)
"""'arrived ahead of a planned meeting with Wambui', 'his upcoming talks with', 'their next meeting': a meeting the
words of the trigger itself put in the future; "his request for talks with", "her invitation to a meeting with": one
asked for or offered."""
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR_PAST = r"(?:(?:(?:back|as\s+far\s+back\s+as|as\s+early\s+as)\s+)?(?:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?:" + \
    _MONTH + r"\s+)?(?:19|20)\d\d\b(?![-–/]\d)|last\s+year|the\s+previous\s+year|the\s+year\s+before|" \
    r"(?:a|one|two|three|four|five|several|many|some|\d+)\s+years\s+(?:ago|earlier|before))"
IN_PAST_YEAR = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?\s+(?:(?:several|many|"
                          r"a\s+few|two|three|four)\s+times\s+|twice\s+|once\s+|briefly\s+)?" + _YEAR_PAST)
"""'met Juma in 2019', 'met Juma in Arusha in March 2021', 'has spoken to Juma several times since 2020': a
meeting the writer dates by its year is one of a past year, told as background (a meeting reported is dated
by its day: "on Monday", "on 4 June")."""
_OPENS_IN_PAST_YEAR = re.compile(r"\s*(?-i:[A-Z])[a-z]*\s*" + r"(?:" + _YEAR_PAST + r"|(?:" + _MONTH +
                                 r"\s+)?(?:19|20)\d\d\b)\s*,", re.IGNORECASE)
"""'In 2019, Okello met Juma in Arusha', 'Back in March 2021, ...': a sentence that opens with a past year."""
_LAST_TIME = re.compile(r"\b(?:last|previous|prior)\s+(?:[\w-]+\s+)?(?:met|spoke|spoken|talked|" + GATHERING + r"s?)\b",
                        re.IGNORECASE)
"""'when they last met in Arusha', 'at their previous meeting with Juma': a meeting before the one reported."""


def past_year(article: Article, sentence: Span, trigger: re.Match[str], end: int) -> bool:
    """A meeting the sentence places in a past year or calls the last one before: "Okello last met Juma", "met
    Juma in 2019", "In 2019, Okello met Juma" (never "met Juma on 4 June 2024", dated by its day)."""
    before = article.masked[max(sentence.start, trigger.start() - 12):trigger.end()]
    return IN_PAST_YEAR.match(article.masked, end) is not None or _LAST_TIME.search(before) is not None or \
        _OPENS_IN_PAST_YEAR.match(article.masked, sentence.start) is not None


CO_HOSTED = re.compile(r"\b(?:co-?)?(?:host(?:ed|s)?|organi[sz]ed|chair(?:ed|s)?)\s+$")
"""'co-hosted the conference with the European Commission': who ran a gathering together did not meet."""
AMONG = re.compile(r"\b(?:between|of)\s*$")
SEPARATELY = re.compile(r"\bseparate(?:ly)?\b|\b(?:bilateral|individual|one-on-one|one-to-one)\s+(?:meetings|talks|calls|"
                        r"conversations)\b|\b(?:meetings|calls)\s+with\b|\b(?:individually|bilaterally)\b|"
                        r"\b(?:in\s+turn|one\s+by\s+one|one\s+after\s+the\s+other)\b")
"""'met separately with A and B', 'held separate calls with', 'met individually with A and B', 'met A and B in turn':
one meeting with each, not one of three."""
_APART_FROM_ALL = re.compile(r"\bseparately\b")
_SHARED_CONCERN = re.compile(r"\b(?:joint|shared|common|trilateral|three-way|(?:the\s+)?two\s+(?:countries|nations|"
                             r"governments|neighbours|neighbors|sides)|both\s+(?:countries|nations|governments|sides))\b",
                             re.IGNORECASE)


def met_apart_together(article: Article, sentence: Span, around: str, last: Actor) -> bool:
    """'Rossi met separately with Peru's Soto and Bolivia's Arce to discuss joint patrols on the lake': apart from the
    main event, one meeting of the three, when what follows the two met is a concern they share (never "met
    separately with Soto and Arce on aid", one meeting with each, nor "held separate meetings with")."""
    if _APART_FROM_ALL.search(around) is None or re.search(r"\bseparate\b", around) or \
            SEPARATELY.search(_APART_FROM_ALL.sub(" ", around)):
        return False
    after = article.masked[last.span.end:min(sentence.end, last.span.end + 120)]
    return _SHARED_CONCERN.search(re.split(r"[;.]", after)[0]) is not None
