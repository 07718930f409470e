"""Reading one clause: who gives and who receives, for one verb of giving."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments.arrivals import arrival
from generator.editing.draft.commitments.askers import (
    appeal_owner,
    asker_of,
    asker_referred,
    asking_list,
    asking_together,
    official_asked,
    officials_of,
    on_behalf,
    purpose_lead,
    side_of,
    sum_asked_before,
    things_to_give,
)
from generator.editing.draft.commitments.cargo import bound_for, cargo_with, vehicle_owner
from generator.editing.draft.commitments.clause_words import (
    AID_UNVEILED,
    ANAPHOR,
    AVAILABLE,
    BODY_OF,
    CARRIER,
    FOR_WHOM,
    INFINITIVE,
    LOAN_SIGNED,
    PEOPLE_NOUN,
    PROMISING,
    REPORTED_BODY,
    REPRESENTED_BY,
    REQUEST_LEAD,
    SO_THAT,
    SUPPORT_TO,
    THE_TWO_AFTER_TALKS,
    UNNAMED_ASKER,
    WHERE_THE_TWO,
    WITH_THE_GOVERNMENT,
    aid_package_unveiled,
)
from generator.editing.draft.commitments.gift_nouns import gift_by, gift_noun
from generator.editing.draft.commitments.giving_words import ADVERBS, BUY, GIVE, NOMINAL
from generator.editing.draft.commitments.handed_over import continued
from generator.editing.draft.commitments.hedges import first_object
from generator.editing.draft.commitments.lenders import (
    borrows_from_lender,
    funds_relief_bodies,
    lends_or_is_lent,
    lent_by_one_lender,
    one_lender,
    sum_signed_with,
)
from generator.editing.draft.commitments.main_receiver import article_receiver
from generator.editing.draft.commitments.meeting_parties import parties_met, signing_meeting_parties, two_countries, two_who_met
from generator.editing.draft.commitments.open_requests import (
    asked_for_another,
    asked_to_give_whom,
    equipped_body,
    open_request,
    request_from,
    request_opener,
    told_by,
)
from generator.editing.draft.commitments.packages import carried_cargo, pronoun_package, said_it_would_cover
from generator.editing.draft.commitments.parties import joined_chain, last_subject, listed_actors, meeting_counterpart, party_of
from generator.editing.draft.commitments.receivers import put_into, receiver_after
from generator.editing.draft.commitments.receiving import given_by, promised_by, receiving_clause
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.requests import asked_more, request_apposed, request_for, request_to
from generator.editing.draft.commitments.shares import absolute, first_share_end
from generator.editing.draft.commitments.signed import (
    body_of_role,
    body_of_state,
    cosigners,
    headline_principal,
    more_sent_to,
    person_signing_for,
    signed_between,
    signed_for_gift,
    signer_of_body,
    signing_of,
    state_with_body,
    they_said,
)
from generator.editing.draft.commitments.signed_by import (
    built_under_document,
    followed_by,
    reached_with,
    signed_by_clause,
    thanks_to,
)
from generator.editing.draft.commitments.spans import before_just, own_start
from generator.editing.draft.commitments.subjects import (
    adding_that,
    aid_owner_named,
    and_subject,
    behalf_of,
    body_said,
    crew_subject,
    earlier_subject,
    government,
    kind_subject,
    opener_after_place,
    organ_subject,
    pronoun_after_time,
    said_it,
    singled_out,
    speakers_body,
    state_opened_before,
    through_channel_subject,
    vehicle_subject,
    which_said,
)
from generator.editing.draft.commitments.support import own_support, support_of
from generator.editing.draft.commitments.thanks import (
    asked_back,
    came_from,
    decision,
    decision_of,
    kind_asked_that,
    thanks_clause,
)
from generator.editing.draft.commitments.words import (
    ADJECTIVES,
    EXPERTISE_ON,
    GOVERNMENT_OF_STATE,
    LENDER,
    LENT,
    PERSON_PRONOUN,
    RECEIVER_FIRST,
    SAID_IT,
    STATUS,
    SUPPORT_FOR,
    TOGETHER,
    WORK,
    WORTH,
)
from generator.editing.draft.items.naming import DAY
from generator.editing.draft.model import LIKELY, SURE, Meeting
from generator.editing.draft.text import Article

_OWNED_WITH = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){1,3}?with\s+(?=(?:(?:a|an|another|some|about|nearly|over|up\s+to|"
                         r"more\s+than)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
                         r"twelve|twenty|dozens|hundreds|thousands)\b))")
"""After a receiver named before its thing, "'s police with 30": what it owns, then what it is given, told by its count
or its sum ("equipped Malawi's army with the skills" gives nothing)."""


_SIGNED_WHEN = r"(?:\s+(?:on|in|last|this|earlier\s+this)\s+(?:" + DAY + r"(?:\s+\d{1,2})?|week|month|year))?"
"""'signed an agreement on Friday for a $50 million credit': the day of the signing, before what the document is on."""


def read_clause(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
            previous: Clause | None) -> Clause | None:
    """Who gives and who receives, for one verb of giving."""
    kind = verb.lastgroup or ""
    status = "pledged" if kind == "progressive" and PROMISING.search(verb.group()) else STATUS[kind]
    actors = cast.in_sentence(index)
    after = [a for a in actors if a.span.start >= verb.end()]
    if kind in RECEIVER_FIRST:
        return receiving_clause(article, cast, index, verb)
    if kind == "arrived":
        return arrival(article, cast, index, verb)
    if kind == "package":
        # "Germany's new package includes ...", "Pledges by the Nordic countries included ..."
        # "According to a statement from the Commission, it covers ...", "The ministry said it includes ...": the
        # pronoun stands for a gift told before, never for a body named just ahead of it, which tells of the gift
        inside = [] if pronoun_package(verb) else [a for a in actors if verb.start() - 40 <= a.span.start < verb.end()]
        owner = next((a for a in inside if a.kind == "organisation" and (
            (a.span.end <= verb.start() and re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,3}",
                                                         article.masked[a.span.end:verb.start()]))
            # "The new UK package includes", "a further Danish aid package contains": the one it names
            or (a.span.end <= verb.start() and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", article.masked[a.span.end:verb.start()])
                and re.search(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}$",
                              article.masked[max(0, a.span.start - 24):a.span.start]))
            or re.search(r"\b(?:by|from|of)\s+(?:the\s+)?$", article.masked[a.span.start - 10:a.span.start]))), None)
        if owner is None:
            return carried_cargo(article, cast, index, verb) or said_it_would_cover(article, cast, index, verb)
        status = "delivered" if verb.group().lower().startswith("deliveries") else status
        return Clause((owner.ref,), (), status, verb.end(), f"{LIKELY}: what {cast.organisations[owner.ref].name}'s "
                       "package or pledge includes")
    if kind == "thanked":
        return thanks_clause(article, cast, index, verb, after)
    reader = _READERS.get(kind)
    if reader is not None:
        return reader(article, cast, index, verb)
    if kind == "gerund":
        # "Stankevičienė opened the conference by announcing €15m for demining machines": the sentence's subject
        first = cast.sentence_subject(index)
        giver = party_of(cast, first, index) if first is not None and first.kind != "pronoun" else ""
        return Clause((giver,), (), status, verb.end(), f"{LIKELY}: {verb.group()!r} by the sentence's subject") \
            if giver else None
    if kind == "gift_by":
        return gift_by(article, cast, index, verb)
    if kind in NOMINAL:
        return gift_noun(article, cast, index, verb)
    if kind in ("decision", "contribution"):
        # "welcomed Spain's decision to send", "Canada's contribution: C$200 million for armoured vehicles"
        return decision(article, cast, index, verb)
    if kind == "asked_more":
        return asked_more(article, index, verb, previous)
    if kind == "asked":
        if (sum_before := sum_asked_before(article, cast, index, verb)) is not None:
            return sum_before
        that = re.match(r"\s+that\b", article.masked[verb.end():])  # "requested that Poland consider ..."
        # "asked the Japanese ambassador for", "asked Sato for": the state or body of the official asked
        asked, position = official_asked(article, cast, after, index, verb.end()) if not that else ((), verb.end())
        if not asked:
            asked, position = listed_actors(article, after, verb.end() + (that.end() if that else 0))
        if that and not asked:
            asked, position = kind_asked_that(cast, index, verb.end() + that.end())
        if that and not asked:
            return None
        # "Speaking for the government, Ana Ruiz, Minister of Housing, urged donors to ...": a name and its title
        # set off by commas before the verb
        who = body_said(article, cast, index, verb.start()) or cast.subject_before(verb.start(), index, set_off=True) \
            or cast.subject_before(verb.start(), index) \
            or and_subject(article, cast, index, verb.start()) or side_of(article, cast, index, verb.start())
        # "Ruiz used the meeting to ask Tokyo for": the one the sentence opens with
        opener = who or request_opener(article, cast, index, verb)
        asker = asker_of(cast, opener, index) or asker_referred(article, cast, index, verb.start()) or \
            appeal_owner(article, cast, index, verb) or on_behalf(article, cast, index, verb.start()) or \
            officials_of(article, cast, index, verb.start())
        if not asked:
            asked, position = asked_back(article, cast, meetings, index, verb, asker)
        if not asked:
            asked, position = support_of(article, cast, index, position, asker)
        rest = article.masked[position:article.sentences[index].end]
        # "asked for EU support to map flooded land": the purpose, one thing however many its words
        purpose = bool(asked) and bool(SUPPORT_TO.search(article.masked, max(0, position - 12), position))
        lead = REQUEST_LEAD.match(rest) or SUPPORT_FOR.match(rest) or (EXPERTISE_ON.match(rest) if asked else None) or \
            (re.match(r"\s*", rest) if purpose or (asked and re.match(r"(?:requested|requests|sought|seeks)", verb.group()))
             else None)
        # "asked for UK expertise on flood control": the field of the expertise, one thing however many its words
        purpose = purpose or (lead is not None and lead.re is EXPERTISE_ON)
        owned = re.match(r"[’']s" + SUPPORT_FOR.pattern, rest) if asked else None
        if owned:
            lead = owned  # "requested Japan's support for rebuilding the bridges": what the support is for
        support = SUPPORT_FOR.match(rest, lead.end()) if lead else None
        if support and not FOR_WHOM.match(rest, support.end()):
            # "requested Irish funding for the rebuilding of the hospital": what the support is for; "asked FAO for
            # support with aerial spraying": a work, one thing however many its words
            lead = support
            purpose = purpose or bool(asked and re.search(r"\s(?:with|in)\s+$", lead.group()) and WORK.match(rest, lead.end()))
        named_again = own_support(cast, index, rest, position, lead.end(), asked) if asked and lead else None
        if named_again is not None:
            lead = named_again  # "thanked Norway and asked for further Norwegian help with school tents": what the help is for
            purpose = purpose or bool(WORK.match(rest, lead.end()))  # "... help with clearing mines": one thing
        equipped = equipped_body(article, cast, index, position + lead.end(), lead.group()) if asked and lead else None
        if equipped is not None:
            return Clause(asked, (equipped[0],), status, equipped[1], f"{LIKELY}: {verb.group()!r}: a request to "
                           "equip a body")
        together = asking_together(article, cast, meetings, index, verb.start()) if not asker and asked else ()
        if together and lead and not set(together) & set(asked):
            # "The two governments have addressed a joint request to the World Bank to finance a study": both ask
            return Clause(asked, together, status, position + lead.end(), f"{LIKELY}: {verb.group()!r}: a request "
                           "by the two sides", whole=purpose or purpose_lead(lead.group(), rest[lead.end():]))
        if not asker and asked and lead and ((opener is not None and opener.kind != "organisation") or re.search(
                r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:government|ministry)|[Oo]fficials)" + SAID_IT +
                r"\s+(?:(?:has|had|have|also|formally|already)\s+)*$", article.masked[max(0, verb.start() - 50):verb.start()])):
            # "Foreign Minister Lysenko urged Germany to send ...", "Yusupaliev said his ministry had asked Seoul
            # for dialysis machines": someone whose country the text leaves unsaid asks for the side the article's
            # aid goes to
            return Clause(asked, (), status, position + lead.end(), f"{LIKELY}: {verb.group()!r}: a request by "
                           "the side that receives", whole=purpose or purpose_lead(lead.group(), rest[lead.end():]))
        askers = asking_list(article, cast, index, who) if asker and who is not None else ()
        askers = askers if asker in askers else (asker,)
        if not asked and (asker or (opener is not None and opener.kind != "organisation") or
                          UNNAMED_ASKER.search(article.masked[max(0, verb.start() - 40):verb.start()])) and \
                (clause := open_request(article, cast, meetings, index, verb, asker, status)):
            return replace(clause, receivers=askers) if clause.receivers == (asker,) else clause
        if not asker:
            return None
        if not asked and (lead is None or lead.group().strip() == "for"):
            # "asked for $30 million from the World Bank": the one named after "from" is asked
            from_clause = request_from(article, cast, index, verb, asker)
            if from_clause is not None or lead is None:
                return replace(from_clause, receivers=askers) if from_clause is not None else None
        if not lead:
            return None
        asked = asked or meeting_counterpart(meetings, index, asker, cast)
        if not asked:
            return None
        # "help in sourcing and financing a scanner": a purpose, one thing however many its words
        so_that = SO_THAT.search(rest, lead.end())
        dative = asked_to_give_whom(article, cast, index, lead.group(), position + lead.end(), (*asked, *askers))
        if dative is not None:
            # "India asked the ADB to lend Nepal $300m": the one the asked is to give to receives, the asker pleads
            return Clause(asked, dative[0], status, dative[1], f"{LIKELY}: {verb.group()!r}: a request to give to another")
        askers = asked_for_another(article, cast, index, lead.group(), position + lead.end(), asked, askers) or askers
        # "asked France for vehicles and radars, officials in Yerevan said": who told of it is no thing asked for
        return Clause(asked, askers, status, position + lead.end(), f"{LIKELY}: {verb.group()!r}: a request",
                       end=position + so_that.start() if so_that else told_by(article, index, position + lead.end()),
                       whole=purpose or purpose_lead(lead.group(), rest[lead.end():]))
    if kind == "agreed" and verb.group().lower().startswith(("agreement", "deal")):
        first = after[0] if after else None
        if first is None or first.kind != "organisation" or article.masked[verb.end():first.span.start].strip():
            return None
        rest = article.masked[first.span.end:article.sentences[index].end]
        lead = re.match(r"\s+(?:to|will|would)\s+" + ADVERBS + GIVE + r"\s+", rest)
        if not lead:
            return None
        position = first.span.end + lead.end()
        receiver = first_object(article, after, position)
        if receiver is not None:
            return Clause((first.ref,), (receiver.ref,), status, receiver.span.end, f"{LIKELY}: an agreement to give")
        return Clause((first.ref,), (), status, position, f"{LIKELY}: an agreement to give")
    if kind == "coordinated":
        # "will donate 40 vehicles to Ukraine and train its soldiers": the second verb shares the first's giver
        return Clause(previous.givers, (), previous.status, verb.end(), f"{LIKELY}: {verb.group()!r} joined by "
                       "'and' to a gift just read") if previous is not None else None
    opening = before_just(article, verb.start())
    if kind == "signed" and (between := signed_between(article, cast, index, verb)) is not None:
        return between
    subject = cast.subject_before(opening, index, set_off=True) or organ_subject(article, cast, index, opening) or \
        crew_subject(article, cast, index, opening) or vehicle_subject(article, cast, index, opening)
    if subject is not None and subject.kind == "organisation" and BODY_OF.match(article.masked, subject.span.end) and \
            re.search(r"\b[Tt]he\s+$", article.masked[max(0, subject.span.start - 4):subject.span.start]):
        # "The UN agency will deliver": one of the UN's bodies, named by its kind, not the UN itself
        subject = None
    if subject is not None and subject.kind == "person" and re.search(
            REPRESENTED_BY + "$", article.masked[max(0, subject.span.start - 120):subject.span.start]):
        # "Germany, represented by Katrin Albrecht, its state secretary, added", "Japan, represented by its
        # ambassador, Kenji Sato, pledged": the one represented
        before = [a for a in actors if a.span.end <= subject.span.start and a.kind == "organisation"]
        subject = before[-1] if before and re.fullmatch(REPRESENTED_BY, article.masked[before[-1].span.end:
                                                                                        subject.span.start]) else subject
    if subject is not None and re.search(r",\s*which\s", article.masked[subject.span.end:verb.start()]) and \
            not re.match(r"(?:announced|pledged|promised|committed|offered|unveiled|approved)\b", verb.group()) and \
            not re.search(r"\b(?:sent|delivered|donated|gave|shipped|dispatched|airlifted|deployed|handed\s+over)$",
                          verb.group()) and re.search(
            r"\b(?:to|for|from|with|by|of|in|on|at)\s+(?:the\s+)?$", article.masked[max(0, subject.span.start - 12):
                                                                           subject.span.start]):
        # "a loan from the EBRD to Naftogaz, which will finance ...": "which" is the loan; "came from the AfDB,
        # which announced a loan", "help came from Japan, which sent 20 boats": a body announces or sends
        subject = None
    if subject is not None and re.search(r",\s*(?:which|who)\s+(?:already\s+|also\s+)?$",
                                         article.masked[subject.span.end:verb.start()]) and \
            re.fullmatch(r"(?:supplies|provides|gives|funds|finances|sends|delivers|pays)", verb.group()):
        return None  # "Romania, which already supplies most of Moldova's electricity": what it does, not news
    givers: tuple[str, ...] = ()
    anaphor = ANAPHOR.fullmatch(article.masked[own_start(article, index):verb.start()])
    reported = REPORTED_BODY.search(article.masked[article.sentences[index].start:verb.start()])
    said_body = None if reported else body_said(article, cast, index, verb.start())
    if said_body is not None:
        # "Its director said the company had promised": the body the clause names by its kind, not the speaker
        givers = (party_of(cast, said_body, index),)
    elif subject is None and anaphor:
        # "Sweden announced new aid. The country will send 12 howitzers": the one the sentences before opened with
        party = earlier_subject(cast, index, anaphor.group("noun").lower()) or \
            state_opened_before(cast, index, anaphor.group("noun").lower())
        givers = (party,) if party else ()
    elif subject is None and reported:
        # "The EU ambassador, Annika Holmberg, said that the bloc had set aside": the body named before it
        start = article.sentences[index].start + reported.start()
        body = next((ident for span, ident in reversed(cast.org_mentions) if article.sentences[index].start <= span.start
                     and span.end <= start and cast.organisations[ident].type != "country"), "")
        givers = (body,) if body else ()
    elif subject is None and kind in ("delivered", "future") and \
            (by_vehicle := vehicle_owner(article, cast, index, verb.start())):
        givers = (by_vehicle,)
    elif subject is None and (body := speakers_body(article, cast, index, verb.start())
                              or kind_subject(article, cast, index, verb.start())):
        givers = (body,)
    elif (subject is None or subject.kind == "organisation") and \
            (through := through_channel_subject(article, cast, index, verb.start())):
        # "Qatar, through the Qatar Fund for Development, Qatar Charity and the Red Crescent, has provided": the
        # channels set off after the opener, however many, are its means; the opener gives
        givers = (through,)
    elif kind == "signed" and (subject is None or subject.kind == "description") and \
            (talks := THE_TWO_AFTER_TALKS.search(article.masked[own_start(article, index):verb.start()])):
        givers = signing_meeting_parties(cast, meetings, index, index if talks.group("talks") else 1)
    elif subject is not None:
        chain = joined_chain(article, actors, subject)
        if chain is None:
            return None
        givers = tuple(g for g in (party_of(cast, a, index) for a in chain) if g)
        givers = (*givers, *(g for g in singled_out(article, cast, index, subject, verb.start()) if g not in givers))
        if subject.kind == "person" and (behalf := behalf_of(article, cast, index)):
            givers = (behalf,)  # "Ambassador Hiro Sato handed over 40 boats on behalf of Japan"
        if not givers and subject.kind == "person":
            party = body_of_role(article, cast, index, subject)
            givers = (party,) if party else ()
        if not givers and subject.kind in ("person", "pronoun"):
            party = headline_principal(cast, cast.person_of(subject, index)[0])
            givers = (party,) if party else ()
        if subject.kind != "organisation" and len(givers) <= 1 and \
                (aid_owner := aid_owner_named(article, cast, index, verb.end())):
            givers = (aid_owner,)
    elif re.search(r"\b(?:[Ii]t|its\s+government|(?:his|her|their|its)\s+(?:country|government)|"
                   r"(?:its|their)\s+(?:own\s+)?(?:volunteers|staff|teams?|crews?|workers|engineers|doctors|medics))"
                   r"\s+(?:had\s+|has\s+|have\s+)?$", article.masked[max(0, verb.start() - 40):verb.start()]):
        # "Rheinmetall said it had signed", "the DFC, which said it would provide": the one who said so; "The Red
        # Cross said its volunteers had distributed": the body whose people did it
        which = which_said(article, cast, index, verb.start()) or adding_that(article, cast, index, verb.start()) \
            or said_it(article, cast, index, verb.start())
        speaker = which or cast.sentence_subject(index)
        party = party_of(cast, speaker, index) if speaker is not None else government(article, cast, index)
        if not party and re.fullmatch(r"\s*(?:It|(?:In|By|Since|Last|This|So\s+far|Overall)\b[^,;:]{0,30},\s+it)\s+"
                                      r"(?:\w+\s+){0,2}", article.masked[own_start(article, index):verb.start()]):
            party = last_subject(cast, index)  # "It has sent", "In 2026 alone, it has allocated": the last subject
        givers = (party,) if party else ()
    elif re.search(r"\bthey\s+(?:had\s+|have\s+)?$", article.masked[max(0, verb.start() - 12):verb.start()]):
        givers = they_said(article, cast, index, verb.start())
    elif previous is not None and re.search(r"\band\s+$", article.masked[max(0, verb.start() - 6):verb.start()]):
        givers = previous.givers
    elif re.search(r"(?:\b(?:and|but)\s+|,\s*(?:after\s+)?having\s+)(?:(?:has|have|had|also|then|later)\s+)*$",
                   article.masked[max(0, verb.start() - 20):verb.start()]):
        # "Turkey has pledged to keep the strait open and offered naval escorts", "Germany remains the largest
        # donor, having provided 28 billion euros": the sentence's subject
        first = cast.sentence_subject(index) or opener_after_place(article, cast, index) or \
            pronoun_after_time(article, cast, index)
        party = party_of(cast, first, index) if first is not None and (first.kind != "pronoun" or PERSON_PRONOUN.fullmatch(
            article.masked[first.span.start:first.span.end])) else ""
        givers = (party,) if party else ()
    elif kind in ("agreed", "joint", "signed") and (TOGETHER.search(article.masked[own_start(article, index):
                                                                                   verb.start()])
                                                   or WHERE_THE_TWO.search(article.masked[own_start(article, index):
                                                                                          verb.start()])):
        opening_words = article.masked[own_start(article, index):verb.start()]
        givers = parties_met(meetings, index) or two_countries(cast, opening_words) or \
            two_who_met(cast, meetings, index, opening_words)
    if not givers:
        return None
    if kind == "signed" and (gift := signed_for_gift(article, cast, index, verb, givers, after)) is not None:
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
        position = first.span.end if article.masked[first.span.start:first.span.end] not in ADJECTIVES else position
        with_ = re.match(r"\s+(?:\([^()]{1,15}\)\s+)?with\s+", article.masked[position:])  # "... Force (RSIPF) with"
        # "supplied Malawi's police with 30 patrol cars": a state's own people or service, which no name of its own
        # sets apart, stand for the state
        owned_with = _OWNED_WITH.match(article.masked, first.span.end) if position == first.span.end else None
        if with_:
            position += with_.end()
        elif owned_with:
            position = owned_with.end()
    signed_with = re.match(r"\s+(?:an?\s+)?(?:[\w€£$¥.-]+\s+){0,5}?(?:agreement|memorandum|deal|contract|accord|treaty|"
                           r"loan|grant|credit\s+line|line\s+of\s+credit|financing(?:\s+package)?|"
                           r"declaration|letter\s+of\s+(?:intent|understanding)|arrangement|protocol|[Ee]xchange\s+of\s+[Nn]otes)"
                           r"(?P<many>s)?" + WORTH + r"\s+with\s+(?:[Tt]he\s+)?" + GOVERNMENT_OF_STATE + "$",
                           article.masked[verb.end():first.span.start]) if first is not None else None
    main = article_receiver([], cast)
    signers = (*givers, *(a.ref for a in [first, *cosigners(article, after, first)] if a.ref not in givers)) \
        if kind == "signed" and len(givers) == 1 and signed_with and first is not None and first.kind == "organisation" \
        else ()
    paid = funds_relief_bodies(cast, signers, main) if len(signers) > 2 else None
    if signed_with and signed_with.group("many") and paid is None:
        signed_with = None  # "signed two grant agreements with the EU and Germany": one of its own with each, told after
    if kind == "signed" and len(givers) == 1 and signed_with and first is not None and first.kind == "organisation":
        givers = (*givers, first.ref)  # "the EIB signed an agreement with Ukraine on ...": the two parties
        givers = (*givers, *(a.ref for a in cosigners(article, after, first) if a.ref not in givers))
    elif kind == "signed" and len(givers) == 1 and signed_with and first is not None and \
            (party := person_signing_for(cast, index, first)) and party not in givers:
        givers = (*givers, party)
    if kind == "signed" and len(givers) > 1 and signed_with and first is not None and first.ref == main and \
            first.ref not in givers:
        # "Norway and Denmark signed an agreement with Chad to deploy engineers": the signers the text lists give,
        # the one they signed with, the side the article's aid goes to, receives
        receivers = (first.ref,)
    # "agreed to extend the training of Ukrainian pilots": the side the item names by its adjective gains
    main = next((a.ref for a in after if 0 <= a.span.start - position < 60 and a.ref in givers and len(givers) > 1
                 and article.masked[a.span.start:a.span.end] in ADJECTIVES and PEOPLE_NOUN.match(article.masked, a.span.end)),
                main)
    named = tuple(r for r in receiver_after(article, cast, index, position) if r not in givers) \
        if kind in ("agreed", "signed") and not receivers else ()
    partner = next((a for a in actors if kind == "agreed" and verb.group().startswith("agreed with")
                    and verb.start() < a.span.start < verb.end() and a.kind == "organisation" and a.ref not in givers),
                   None)
    if not named and not receivers and partner is not None and cast.organisations[partner.ref].type == "country":
        receivers = (partner.ref,)  # "Japan agreed with Zambia to train 200 rescue workers": the state agreed with
    if kind == "signed" and receivers:
        pass
    elif named and (kind == "agreed" or re.match(r"\s+(?:an?\s+)?(?:[\w€£$¥.-]+\s+){0,3}?(?:contract|deal|agreement)\s+to\s+"
                                              + GIVE, article.masked[verb.end():])):
        # "Greece and Bulgaria agreed to supply shells to Ukraine", "Germany signed a contract to deliver 20
        # vehicles to Ukraine": the one named after "to" receives, and every signer gives
        receivers = named
        on = re.match(r"\s+(?:an?\s+)?(?:[\w€£$¥.-]+\s+){0,3}?(?:contract|deal|agreement)\s+", article.masked[position:])
        if kind == "signed" and on:
            position += on.end()
    elif kind == "signed" and named and (own := signer_of_body(cast, givers, named)):
        # "the two ministers signed the Exchange of Notes for a package for the Kenya Navy": the state whose
        # body the document is for receives through it, the other signer gives
        givers, receivers = tuple(g for g in givers if g != own), named
    elif kind == "signed" and signed_with and len(givers) == 2 and ((main not in givers and \
            re.search(r"\b(?:loan|grant)" + WORTH + r"\s+with\s+(?:[Tt]he\s+)?$", signed_with.group()) and \
            not borrows_from_lender(cast, givers)) or sum_signed_with(cast, index, givers, signed_with.group())):
        # "the EIB signed a €400 million loan with Ukrenergo": the lender gives, the one it signed with receives;
        # "Germany signed a 25 million euro grant with Jordan": a state signing its sum with another gives
        givers, receivers = givers[:1], givers[1:]
    elif kind == "signed" and signed_with and len(givers) > 2 and LENT.search(signed_with.group()) and \
            (lender := one_lender(cast, givers)):
        # "the IDB signed a US$600 million credit line with Ecuador, Peru and Colombia": the one lender gives, every
        # other signer the text lists after "with" borrows
        givers, receivers = (lender,), tuple(g for g in givers if g != lender)
    elif paid is not None:
        givers, receivers = paid
    elif kind == "signed" and len(givers) == 2 and (sides := lends_or_is_lent(cast, givers, signed_with.group(), main)
                                                     if signed_with else lends_or_is_lent(cast, givers, "loan")
                                                     if LOAN_SIGNED.match(article.masked, position) else None):
        # "the UK signed a £5 million agreement with Africa CDC", "Ukraine signed a loan with the EIB", "the IDB
        # and the Government of Jamaica signed a US$100 million loan": a lender, or else a state signing with a
        # body, gives
        givers, receivers = sides
    elif kind == "signed" and len(givers) == 2 and main not in givers and not named and \
            (lent := lent_by_one_lender(cast, givers)):
        # "The EU and Moldova signed a memorandum on 270 million euros of assistance", in an article whose aid
        # goes mostly to another: of a lender and one that is none, the lender gives
        givers, receivers = lent
    elif kind == "signed" and len(givers) == 1 and main and main not in givers and \
            LENDER.search(cast.organisations[givers[0]].name) and WITH_THE_GOVERNMENT.match(article.masked, position):
        # "the ADB signed a $180 million loan with the government to ...": the government of the country the
        # article's aid is for borrows
        receivers = (main,)
    elif not named and (kind in ("signed", "joint") or (kind == "agreed" and len(givers) > 1 and main in givers)):
        # an agreement between the two sides: the one the article's aid goes to receives, the other gives
        if len(givers) < 2:
            return None
        receivers = tuple(g for g in givers if g == main or (kind == "signed" and g == body_of_state(cast, givers, main)))
        if not receivers and kind == "signed" and (sides := state_with_body(article, cast, index, verb, givers, main)):
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
        last = cosigners(article, after, signer)[-1:] if signer is not None else []
        text = article.masked[position:] if signer is None else (
            article.masked[position:signer.span.start] + "X" + article.masked[(last[0] if last else signer).span.end:])
        on = re.match(r"\s+(?:an?\s+)?(?:[\w€£$¥.,-]+\s+){0,5}?(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|contract|"
                      r"accord|treaty|declaration|letter\s+of\s+(?:intent|understanding)|arrangement|protocol|"
                      r"[Ee]xchange\s+of\s+[Nn]otes)" + WORTH +
                      r"(?:\s+with\s+(?:the\s+)?(?:X(?:\s*\([^)]{1,20}\))?|"
                      r"[^,.;]{1,40}?))?" + WORTH + _SIGNED_WHEN + r"\s+(?:on|for|covering|providing|"
                      r"to\s+(?:(?:jointly|also|together)\s+)?(?:supply|provide|deliver|fund|finance|build|produce|"
                      r"strengthen|support|improve|expand|moderni[sz]e|rehabilitate|rebuild|repair|"
                      r"restore|upgrade|deploy))\s+(?!(?:Monday|Tuesday|Wednesday|"
                      r"Thursday|Friday|Saturday|Sunday|the\s+sidelines|\d{1,2}\s+[A-Z][a-z]+\b(?!\s+(?:of|in)\b)))", text)
        if on:
            position += on.end() + (len(article.masked[position:]) - len(text) if signer is not None and
                                    position + on.end() > signer.span.start else 0)
            # "an agreement to strengthen surveillance and testing": a purpose, one thing; but a verb of giving that
            # takes things listed gives each ("an agreement to fund border surveillance equipment and fuel")
            whole = bool(re.search(r"\bto\s+\w+\s+$", on.group())) and not things_to_give(
                on.group(), article.masked[position:article.sentences[index].end])
    carrier = CARRIER.match(article.masked, position)
    if carrier:
        position = carrier.end()  # "sent a plane to Gao carrying 40 tonnes of flour": what the plane carried
    elif (cargo := cargo_with(article, position, article.sentences[index].end)) is not None:
        position = cargo  # "dispatched a naval patrol vessel with drinking water, generators and tarpaulins"
    infinitive = INFINITIVE.match(article.masked[position:].lstrip())
    if infinitive:
        position += len(article.masked[position:]) - len(article.masked[position:].lstrip()) + infinitive.end()
    if kind == "pledged" and not infinitive and re.match(r"\s+to\s", article.masked[position:]):
        return None
    if not receivers and kind != "pledged" and re.search(r"\b(?:put|pour|plough|plow)$", verb.group()):
        receivers = put_into(article, cast, index, position)
        if not receivers:
            return None  # "will put $20 million towards salaries": for whom, the sentence does not say
    if not receivers and kind != "pledged" and verb.group().endswith("channel"):
        # "will channel €3 million into the Ukraine Fund"; else, as any gift: "will channel €3 million to UNICEF"
        receivers = put_into(article, cast, index, position)
    available = AVAILABLE.search(article.masked, position, article.sentences[index].end) \
        if re.search(r"\b(?:make|makes|made)$", verb.group()) else None
    if not receivers and (available is not None or re.search(r"\bput\s+up$", verb.group())):
        # "would make $95 million available to the three Baltic states", "will put up €5 million to connect
        # schools": money put at someone's disposal, proposed only when the clause names who
        receivers = receiver_after(article, cast, index, position, "to|for|in")
        if not receivers:
            return None
    if not receivers and re.search(r"\bstep\s+up\b", verb.group()):
        # "will step up its support for water pumps in Chad": more of what is given already, to the one it names;
        # "step up its support for early-warning systems across the region" names none to propose
        receivers = receiver_after(article, cast, index, position, "to|for|in")
        if not receivers:
            return None
    if not receivers and re.search(r"\b(?:increase|expand|boost|scale\s+up|ramp\s+up|double|triple)$", verb.group()):
        # "would expand its air bridge flights to Sudan": the one named right after "to", though "flights to"
        # reads elsewhere as a route; "increase grain exports to Asia" names none the text holds
        receivers = more_sent_to(article, cast, index, position)
        if not receivers:
            return None
    if not receivers and re.search(r"\b(?:hold|run|host|conduct|organi[sz]e|launch|start)$", verb.group()):
        # "will run a course for officers from Chad": a course is given to those it names, and only then
        receivers = receiver_after(article, cast, index, position)
        if not receivers:
            return None
    bought = re.search(r"\b" + BUY, verb.group() + " " + (infinitive.group() if infinitive else ""))
    if (bought or re.match(r"approved|unveil", verb.group())) and not receivers:
        # "approved a grant for drought-resistant seed in southern Somalia": where the money goes
        receivers = receiver_after(article, cast, index, position, "for" if bought else "to|for|in")
        if not receivers and not bought and verb.group().startswith("unveil") and \
                (AID_UNVEILED.match(article.masked, position) or aid_package_unveiled(article.masked, position)):
            return Clause(givers, (), status, position, f"{LIKELY}: {verb.group()!r}: aid unveiled by its giver")
        if not receivers:
            # "Poland will buy 96 Apache helicopters", "France approved a defence budget": for itself, as
            # far as the text says
            return None
    # "Japan gave $5 million and Britain £4 million to Nepal": Japan's gift ends where Britain's share starts
    share_end = first_share_end(article, cast, index, position, bool(receivers))
    share_end = available.start() if share_end < 0 and available is not None else share_end  # the sum, not "available"
    return Clause(givers, receivers, status, position, f"{SURE if kind != 'pledged' else LIKELY}: "
                   f"{' '.join(verb.group().split())!r} with its giver named", end=share_end, whole=whole)


_READERS: dict[str, Callable[[Article, Cast, int, re.Match[str]], Clause | None]] = {
    "signed_by": signed_by_clause, "built_under": built_under_document, "reached_with": reached_with,
    "thanks_to": thanks_to, "followed_by": followed_by, "given_by": given_by, "promised_by": promised_by, "continues": continued,
    "signing_of": signing_of, "decision_of": decision_of, "came_from": came_from, "bound_for": bound_for,
    "absolute": absolute,
    "asked_of": request_to, "asked_apposed": request_apposed, "asked_for": request_for,
}
"""The kinds of wording whose clause a reader of its own reads, from the sentence alone."""
