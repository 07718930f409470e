"""Reports told from afar, or of a habit: by video, from home, a roundup, money from abroad."""
from __future__ import annotations

import re

from generator.editing.draft.event.elsewhere import TO_COME
from generator.editing.draft.event.words import UPPER
from generator.editing.draft.gazetteer import CAPITALS, ENTRIES

HERE = re.compile(r"\b(?P<verb>met|meet|meets|meeting|gathered|gather|gathers|gathering|convened|convene|convenes|"
                  r"convening|signed|signs|signing|arrived|arrives|arriving|landed|lands|landing|"
                  r"(?:held|holds|holding|hold)\s+talks)"
                  r"(?P<stretch>(?:\s+(?!(?:said|says|told|that|which|who)\b)[\w’'$€£.,-]+){0,6}?)\s+here\b")
"""A wire report's "here" after those who gather, sign, arrive or hold talks is the dateline's city, the verb's object
perhaps between: "NAIROBI (Reuters) - East African ministers meeting here on Monday agreed ...", "ADDIS ABABA - Leaders
gathered here on Sunday for their annual summit", "DAKAR - Spain's foreign minister arrived here on Monday", "LUSAKA -
Zambia and Ireland signed a grant agreement here on Tuesday"; read as "in" the city, so that the rules for a meeting,
a signing or a visit weigh it as they would the city's name; words only said here are none ("said here on
Tuesday")."""
MET_UNPLACED = re.compile(r"\b(?P<verb>met|gathered|convened)(?P<when>\s+(?:on\s+)?[A-Z][a-z]+day|\s+today)?"
                          r"(?=\s+(?:and|to)\s|,)")
"""A report's opening that tells of a gathering without its place, "CAPRI, Italy - Foreign ministers of the Group of
Seven met on Thursday and pledged ...": the dateline's city, read as "in" it so that the rules for a meeting weigh it as
they would the city's name; never where the sentence goes on to say where or how ("met on Thursday in Rome", "met by
video", "met with donors"), which other rules read."""
CONVERGED = re.compile(r"\b(?:converged|converge|converges|converging|descended|descend|descends|descending)\s+on\s+"
                       rf"(?=[{UPPER}])")
"""Those who converge or descend on a city gather there: "Ministers from 20 countries converged on Bangkok", "Hundreds
of delegates descended on Bonn this week"; read as "gathered in", so that only those who gather (ministers, delegates)
make it an event, not "Police descended on Mombasa"."""


REMOTE = re.compile(r"\b(?:(?:tele)?phone|video)[- ](?:call|conversation|talk|conference|summit|meeting|link)s?\b|"
                    r"\bvideo-?conferenc\w*|\b(?:by|via|over|on)\s+(?:the\s+)?(?:tele)?phone\b|\b(?:by|via)\s+video\b|"
                    r"\b(?:met|meets?|meeting|gathered|convened|talked)\s+(?:virtually|online|remotely)\b|"
                    r"\b(?:virtual|online)\s+(?:meeting|summit|conference|talks|session|gathering|ministerial)s?\b|"
                    r"\b[Cc]alls?\s+(?:with|between)\b")
"""A call or a video conference, which has no place: "spoke by telephone with President Ruto", "held a video
conference on Haiti", "Readout of the Prime Minister's call with the President of Finland", "ministers met virtually"."""
_REMOTE_ASIDE = re.compile(r"\b(?:after|following|since|before|ahead\s+of)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
"""Before a call, words that make it one before or after the news: "arrived in Warsaw a day after a phone call with
the president"."""
_JOINED_BY_VIDEO = re.compile(r"\b(?:joined|joining|addressed|addressing|told|speaking\s+to|spoke\s+to)\s+(?:the|a|an)\s+"
                              r"(?:[\w’'-]+\s+){0,4}?(?:summit|conference|meeting|forum|gathering|ministerial)\b|"
                              r"\b(?:by|via)\s+video(?:\s+link)?\s+(?:to|at)\s+(?:the|a|an)\b", re.IGNORECASE)
"""Someone who joins a gathering by a video link: the gathering is held somewhere ("Speaking by video link to a
conference in Madrid", "the minister, who joined the meeting by video link, said")."""


MET_BEFORE = re.compile(r"\b(?:last|previously|once|first|had|never)\s+(?:met|gathered|convened|hosted)\b", re.IGNORECASE)
"""A meeting of an earlier day, told to set the scene for the news: "Donors who last met in Paris promised $2 billion",
"The two leaders first met in Geneva", "the ministers had met in Riga"."""


MONEY_FROM = re.compile(r"(?:\d(?:bn|m)?|\b(?:billions?|millions?|bn|money|funds?|funding|pledges?|promises?|aid|sums?|"
                        r"amounts?|euros|dollars|pounds|francs|yen|kroner|commitments?|assistance|grants?|loans?|cash|"
                        r"facility|plan|agreement|deal|declaration|initiative|programme|program|mechanism|compact|"
                        r"framework|package|pact|accord|roadmap|strategy|coalition)),?"
                        r"\s+(?:pledged|promised|made|committed|raised|announced|offered|secured|set\s+up|launched|"
                        r"created|established|adopted|agreed|founded|signed|unveiled)\s+(?:at|during)\s+"
                        r"(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
"""Money or a scheme named by the gathering it was pledged or set up at, told as a thing of the past: "Only a third of
the $2 billion pledged at a conference in Geneva has arrived", "Pledges made at a donors' conference in Brussels have yet
to be paid", "The fund, set up at a conference in London, has paid out little": a gathering of another day, unless the
text gives the day ("the $1.3 billion pledged at the conference in Geneva on Monday")."""
TODAY_AFTER = re.compile(r"^,?\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|this\s+week)\b")


ROUNDUP = re.compile(r"\b(?:[Rr]ound-?up|ROUND-?UP|[Dd]igest|DIGEST|[Ww]eek\s+in\s+[Rr]eview|WEEK\s+IN\s+REVIEW|"
                     r"[Nn]ews\s+in\s+[Bb]rief|[Ww]hat\s+you\s+need\s+to\s+know|[Bb]ulletin|BULLETIN|"
                     r"(?:[Dd]aily|[Ww]eekly|[Mm]orning|[Ee]vening|[Ss]ituation)\s+(?:[Bb]riefing|[Ss]ummary|[Uu]pdate|"
                     r"[Rr]eport|[Ww]rap)|(?:DAILY|WEEKLY|MORNING|EVENING|SITUATION)\s+(?:BRIEFING|SUMMARY|UPDATE|REPORT))\b")
"""A roundup of the day's or the week's news, told as such by its headline or its opening: "DIPLOMACY ROUNDUP: ...",
"Weekly briefing, 9-15 June", "Ukraine aid: news in brief", "Here's what you need to know today", "Humanitarian
bulletin"; each item has its place, and no one event is the article's."""


HOME_BODY = re.compile(r"\b(?:[Cc]abinet|[Pp]arliament|[Ss]enate|[Nn]ational\s+[Aa]ssembly|[Ll]egislature|"
                       r"[Tt]ask\s*[Ff]orce|[Cc]risis\s+(?:[Cc]ommittee|[Cc]ell|[Cc]ent(?:re|er))|"
                       r"[Cc]ouncil\s+of\s+[Mm]inisters|[Nn]ational\s+[Ss]ecurity\s+[Cc]ouncil)\b")
"""A government's own body at work at home, no gathering of others: "The prime minister chaired an emergency meeting
of the cabinet in Kingston", "an emergency meeting of the crisis committee in Cebu"; or as the one who met: "The
Kenyan cabinet met in Nairobi", "Parliament met in an emergency session in Honiara"."""
HOME_SUBJECT = re.compile(r"\b(?:[Cc]abinet|[Pp]arliament|[Ss]enate|[Nn]ational\s+[Aa]ssembly|[Ll]egislature)"
                          r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+)?\s+(?:(?:has|had|have)\s+)?$")
"""The body as the subject right before the verb; "The National Assembly speaker met the delegation" is a person's,
and "The SADC Council of Ministers met in Gaborone" a bloc's gathering."""
_HABIT = re.compile(r"\b(?:[Ww]hen|[Ww]henever|[Ii]f|[Uu]nless|[Uu]ntil|[Oo]nce|[Ee]very\s+(?:year|spring|autumn|time))\s+"
                    r"(?:[\w’'-]+\s+){0,4}$")
"""Before those who meet, in the present, words that make the meeting a habit or one to come: "When donors meet in
Brussels, the Sahel rarely makes the agenda", "Every year ministers gather in Davos"."""


def a_habit(before: str, match: re.Match[str]) -> bool:
    """Whether those who meet in the present tense do so as a habit or in a time to come (see `_HABIT`)."""
    verb = re.search(r"\b(?:meet|meets|gather|gathers|convene|convenes)\b", match.group())
    return verb is not None and _HABIT.search(before + match.group()[:verb.start()]) is not None


def told_by_call(text: str) -> bool:
    """Whether a headline or an opening sentence tells a call or a video conference as its news: "German chancellor
    promises Ukraine a Patriot system in call with Kravets", "The foreign ministers held a video conference on
    Monday"; not one before the news or a link into a gathering held somewhere."""
    if _JOINED_BY_VIDEO.search(text):
        return False
    return any(not _REMOTE_ASIDE.search(text[max(0, m.start() - 40):m.start()]) for m in REMOTE.finditer(text))


def host_named(filed: str, text: str) -> bool:
    """Whether the sentence names the country whose capital the report was filed from, as a party to talks told by
    their day: "ULAANBAATAR - Mongolian and Chinese officials held a second day of talks" is in the host's capital; a
    regional hub's wire tells others' talks held elsewhere ("NAIROBI - Sudan's warring parties held a second day of
    talks")."""
    country = CAPITALS.get(filed)
    forms = [f for e in ENTRIES if e.type == "country" and e.name == country for f in (*e.forms, *e.adjectives)]
    return any(re.search(rf"\b{re.escape(form)}\b", text) for form in forms)
_OUTCOME_OF = re.compile(r"\b(?:decisions?|outcomes?|results?|conclusions?|communiqu[eé]s?|declarations?)\s+"
                         r"(?:(?:taken|reached|made|adopted|agreed|issued)\s+)?(?:at|of|from|by)\s+$", re.IGNORECASE)


def told_from_afar(before: str, after: str) -> bool:
    """Whether a gathering the text names without a place is told from where the report was filed rather than held
    there: one still to come in its clause ("BRUSSELS - The Commission proposed a fund, which leaders must approve at
    their summit", "NAIROBI - Kenya will ask donors for $500 million at the conference"), one whose decision or
    outcome a capital takes up ("KYIV - Ukraine welcomed the decision taken at the EU summit"), or one told as over
    ("KYIV - The minister said the NATO summit had sent a signal"); the dateline's place is the event's only where the
    gathering is there."""
    return bool(TO_COME.search(before) or _OUTCOME_OF.search(before) or re.match(r"\s+had\b", after))
