"""Commitments: who gives what to whom, and how far along it is, read from clauses such as
"Germany pledged two more IRIS-T systems to Ukraine" or "Kravets asked Germany for Taurus missiles"."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from generator.content.ids import slug, unique
from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.gazetteer import NUMBER_WORDS
from generator.editing.draft.model import LIKELY, SURE, Commitment, Item, Meeting
from generator.editing.draft.quotes import channel
from generator.editing.draft.text import Article, fold

_GIVE = r"(?:send|provide|supply|give|donate|deliver|finance|fund|transfer|hand\s+over|extend|allocate|contribute|" \
        r"pay\s+for)"
_GIVING = r"(?:sending|providing|supplying|giving|donating|delivering|financing|funding|transferring|handing\s+over)"
_ADVERBS = r"(?:(?:also|already|now|jointly|soon|further|then|still|quickly)\s+)*"
_PASSIVE = r"(?:given|sent|provided|supplied|handed|offered|delivered|granted|allocated)"
_VERBS = re.compile(
    rf"(?P<recv_future>\b(?:will|would|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|expected)\s+to)\s+{_ADVERBS}"
    rf"(?:receive|get|be\s+{_PASSIVE}(?:\s+with)?)\b|\b(?:was|were|has\s+been|have\s+been)\s+promised\b)|"
    rf"(?P<recv_past>\b(?:(?:has|have|had)\s+{_ADVERBS}(?:received|been\s+{_PASSIVE}(?:\s+with)?)|received|"
    rf"(?:was|were)\s+{_PASSIVE}(?:\s+with)?)\b)|"
    rf"(?P<package>\b(?:package|pledges?|contributions?|deliveries|donations?|offer)\b(?:[^.;:]|\.\d){{0,100}}?\b(?:includes|"
    rf"included|include|contains|contained|comprises|comprised|(?:consists|consisted)\s+of|will\s+include)\b|"
    rf"\b[Aa]mong\s+(?:the\s+)?(?:pledges|commitments|contributions|offers)\b[^.;:]{{0,60}}?\b(?:was|were)\b)|"
    rf"(?P<future>\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|intends?\s+to|(?:is|are)\s+set\s+to|"
    rf"(?:is|are)\s+going\s+to)\s+{_ADVERBS}(?:(?:keep|continue\s+to)\s+)?(?:{_GIVE}|{_GIVING})\b)|"
    rf"(?P<agreed>\bagreed\s+to\s+{_ADVERBS}{_GIVE}\b|\b(?:agreement|deal)\s+(?:for|under\s+which)\b)|"
    rf"(?P<pledged>\b(?:pledged|promised|offered|committed|announced|earmarked|allocated)\b)|"
    rf"(?P<progressive>\b(?:is|are)\s+{_ADVERBS}{_GIVING}\b)|"
    rf"(?P<delivered>\b(?:(?:has|have|had)\s+{_ADVERBS})?(?:delivered|handed\s+over|sent|supplied|provided|donated|"
    rf"transferred|gave|shipped)\b)|"
    rf"(?P<asked>\b(?:asked|requested|appealed\s+to|urged)\b)|"
    rf"(?P<signed>\bsigned\b)")
_RECEIVER_FIRST = ("recv_future", "recv_past")
"""Clauses whose subject receives: "Ukraine will receive 20 jets from Norway", "Kyiv was sent 30 tanks"."""
_STATUS = {"recv_future": "pledged", "recv_past": "delivered", "package": "pledged", "future": "pledged",
           "agreed": "agreed", "pledged": "pledged", "progressive": "delivered",
           "delivered": "delivered", "asked": "asked", "signed": "signed"}
_STOP = re.compile(r"\s+(?:to|for|in|on|at|during|before|after|by|from|within|over|under|as|but|which|that|this|last|"
                   r"next|since|worth|without|while|amid|via|through|with|and\s+(?:would|will|has|have|is|are|was|"
                   r"were|later|also|said|to)|including|consisting)\b|\s*[,.;:()—–]|\s*$")
_MONEY = re.compile(r"(?P<cur>[€£$])\s?(?P<num>\d+(?:[.,]\d+)?)\s*(?P<mult>bn|billion|m|million|k)?\b|"
                    r"(?P<num2>\d+(?:[.,]\d+)?)\s*(?P<mult2>million|billion)?\s*(?P<cur2>euros?|dollars?|pounds?)\b")
_CURRENCIES = {"€": "EUR", "£": "GBP", "$": "USD", "euro": "EUR", "dollar": "USD", "pound": "GBP"}
_MULTIPLIERS = {"bn": 10**9, "billion": 10**9, "m": 10**6, "million": 10**6, "k": 1000}
_LEAD = re.compile(r"^(?:(?:a|an|the|its|their|his|her|another|some|new)\s+)*", re.IGNORECASE)
_INFINITIVE = re.compile(r"^to\s+(?:work\s+out|draw\s+up|set\s+up|work\s+on|provide|send|supply|deliver|give|finance|"
                         r"fund|develop|establish|create|buy|purchase|build|conclude|negotiate)\s+")
_GENERIC = {"equipment", "weapons", "hardware", "aid", "assistance", "materiel", "arms", "supplies"}
_AID_NOUNS = {"package", "packages", "aid", "assistance", "support", "funding", "tranche", "loan", "loans", "grant",
              "grants", "programme", "program", "deliveries", "weapons", "systems", "equipment", "financing",
              "contribution", "fund"}
_NOT_AID = {"sanctions", "invitation", "talks", "statement", "plan", "plans", "decision", "intention", "it", "them",
            "that", "this", "what", "how", "whether", "reporters", "capitals", "allies"}
_AID = re.compile(r"missile|tank|artillery|drone|air defen|ammunition|shell|vehicle|interceptor|weapon|jet|aircraft|"
                  r"military|armou?red|howitzer|rocket|system|gun|equipment|package|aid\b|assistance|funding|loan|grant|"
                  r"financ|budget|backing|support|training|programme|program|humanitarian|ambulance|generator|"
                  r"medical|food|heating|shelter|transformer|turbine|power|energy|demining|security|agreement|"
                  r"helicopter|ship|boat|radar|satellite|fuel|reconstruction|tranche|contribution|repair|demining|mine\b|"
                  r"clearance|clothing|winter|escort|launcher|howitzer|fighter|cooperation|memorandum|fund\b|"
                  r"investment|weapon|restor|rebuild", re.IGNORECASE)
"""What an item of aid is made of: a gift that matches none of these is not proposed."""
_MILITARY = re.compile(r"missile|tank|artillery|drone|air defen|ammunition|shell|vehicle|interceptor|weapon|jet|"
                       r"aircraft|military|armou?red|howitzer|rocket|patriot|iris-t|carrier|training|system|gun",
                       re.IGNORECASE)
_HUMANITARIAN = re.compile(r"humanitarian|ambulance|generator|medical|food|heating|shelter|hospital", re.IGNORECASE)
_CATEGORIES = (("air defence", r"air defen|patriot|iris-t|interceptor"), ("missiles", r"missile"),
               ("drones", r"drone"), ("armour", r"tank|armou?red|vehicle|carrier|bradley"),
               ("artillery", r"artillery|howitzer"), ("ammunition", r"ammunition|shell|round"),
               ("aircraft", r"aircraft|jet|f-16"), ("training", r"training"), ("energy", r"turbine|transformer|"
               r"generator|energy|grid"), ("humanitarian", r"humanitarian|ambulance|medical|food"),
               ("equipment", r"equipment"), ("financial", r"financial|budget|€|£|\$|euros|dollars"))


@dataclass(frozen=True)
class _Clause:
    givers: tuple[str, ...]
    receivers: tuple[str, ...]
    status: str
    start: int
    """Where the words of the item start."""
    why: str


def find_commitments(article: Article, cast: Cast, meetings: list[Meeting], used: set[str]) -> list[Commitment]:
    found: list[Commitment] = []
    for index, sentence in enumerate(article.sentences):
        previous: _Clause | None = None
        for verb in _VERBS.finditer(article.masked, sentence.start, sentence.end):
            if re.search(r"\b(?:not|n't|never|no)\s+(?:\w+\s+)?$", article.masked[max(0, verb.start() - 14):verb.start()]):
                continue
            clause = _clause(article, cast, meetings, index, verb, previous)
            if clause is None:
                continue
            previous = clause
            items = _items(article, clause.start, sentence.end, verb.lastgroup == "pledged"
                           and "announced" in verb.group())
            if verb.lastgroup == "package" and items:
                items = [_package(article, verb, items)]
            for item in items:
                if not clause.receivers:
                    clause = replace(clause, receivers=_receiver_after(article, cast, index, clause.start))
                found.append(_commitment(article, cast, index, clause, item, meetings))
    found = _merge(found)
    result = []
    for commitment in found:
        receivers = commitment.receivers
        inferred = False
        default = _main_receiver(found, cast, commitment.givers)
        if not receivers and default:
            receivers, inferred = (default,), True
        ident = unique(slug(f"{commitment.givers[0]} {commitment.items[0].name}")[:60].strip("-") or "commitment", used)
        used.add(ident)
        text = _text(cast, commitment.givers, receivers, commitment.status, commitment.items[0], commitment.value)
        result.append(replace(commitment, id=ident, receivers=receivers, receiver_inferred=inferred, text=text))
    return result


def _clause(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
            previous: _Clause | None) -> _Clause | None:
    """Who gives and who receives, for one verb of giving."""
    kind = verb.lastgroup or ""
    status = _STATUS[kind]
    actors = cast.in_sentence(index)
    after = [a for a in actors if a.span.start >= verb.end()]
    if kind in _RECEIVER_FIRST:
        # The giver is whoever the sentence names after "from" or "by"; without one, nobody to propose.
        receiver = _party(cast, cast.subject_before(verb.start(), index), index)
        end = article.sentences[index].end
        agent = next((a for a in after if re.search(r"\b(?:from|by)\s+(?:the\s+)?$",
                                                     article.masked[max(verb.end(), a.span.start - 10):a.span.start])),
                     None)
        giver = _party(cast, agent, index)
        if not receiver or not giver or giver == receiver or agent is None or agent.span.start > end:
            return None
        return _Clause((giver,), (receiver,), status, verb.end(),
                       f"{LIKELY}: {' '.join(verb.group().split())!r}: the subject receives, from the one named after")
    if kind == "package":
        # "Germany's new package includes ...", "Pledges by the Nordic countries included ..."
        inside = [a for a in actors if verb.start() - 40 <= a.span.start < verb.end()]
        owner = next((a for a in inside if a.kind == "organisation" and (
            (a.span.end <= verb.start() and re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,3}",
                                                         article.masked[a.span.end:verb.start()]))
            or re.search(r"\b(?:by|from|of)\s+(?:the\s+)?$", article.masked[a.span.start - 10:a.span.start]))), None)
        if owner is None:
            return None
        status = "delivered" if verb.group().lower().startswith("deliveries") else status
        return _Clause((owner.ref,), (), status, verb.end(), f"{LIKELY}: what {cast.organisations[owner.ref].name}'s "
                       "package or pledge includes")
    if kind == "asked":
        asked, position = _listed(article, after, verb.end())
        asker = _party(cast, cast.subject_before(verb.start(), index), index)
        rest = article.masked[position:article.sentences[index].end]
        lead = re.match(r"(?:,[^,]*,)?\s*(?:for|to\s+(?:\w+\s+)?" + _GIVE + r")\s+", rest)
        if not lead or not asker:
            return None
        asked = asked or _counterpart(meetings, index, asker, cast)
        if not asked:
            return None
        return _Clause(asked, (asker,), status, position + lead.end(), f"{LIKELY}: {verb.group()!r}: a request")
    if kind == "agreed" and verb.group().lower().startswith(("agreement", "deal")):
        first = after[0] if after else None
        if first is None or first.kind != "organisation" or article.masked[verb.end():first.span.start].strip():
            return None
        rest = article.masked[first.span.end:article.sentences[index].end]
        lead = re.match(r"\s+(?:to|will|would)\s+" + _ADVERBS + _GIVE + r"\s+", rest)
        if not lead:
            return None
        return _Clause((first.ref,), (), status, first.span.end + lead.end(), f"{LIKELY}: an agreement to give")
    subject = cast.subject_before(verb.start(), index)
    givers: tuple[str, ...] = ()
    if subject is not None:
        chain = _chain(article, actors, subject)
        if chain is None:
            return None
        givers = tuple(g for g in (_party(cast, a, index) for a in chain) if g)
    elif re.search(r"\b(?:it|its\s+government|(?:his|her|their|its)\s+(?:country|government))\s+$",
                   article.masked[max(0, verb.start() - 30):verb.start()]):
        speaker = cast.sentence_subject(index)
        party = _party(cast, speaker, index) if speaker is not None else ""
        givers = (party,) if party else ()
    elif previous is not None and re.search(r"\band\s+$", article.masked[max(0, verb.start() - 6):verb.start()]):
        givers = previous.givers
    elif re.search(r"\band\s+(?:(?:has|have|had|also|then|later)\s+)*$",
                   article.masked[max(0, verb.start() - 20):verb.start()]):
        # "Turkey has pledged to keep the strait open and offered naval escorts": the sentence's subject
        first = cast.sentence_subject(index)
        party = _party(cast, first, index) if first is not None and first.kind != "pronoun" else ""
        givers = (party,) if party else ()
    if not givers:
        return None
    position = verb.end()
    receivers: tuple[str, ...] = ()
    first = after[0] if after else None
    if first is not None and first.kind == "organisation" and not article.masked[position:first.span.start].strip():
        if kind == "signed":
            return None
        receivers, position = (first.ref,), first.span.end  # promised Ukraine a system
        with_ = re.match(r"\s+with\s+", article.masked[position:])
        if with_:
            position += with_.end()
    signed_with = re.match(r"\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|memorandum|deal|contract|accord|treaty|"
                           r"declaration|letter\s+of\s+intent)\s+with\s+(?:the\s+)?$",
                           article.masked[verb.end():first.span.start]) if first is not None else None
    if kind == "signed" and len(givers) == 1 and signed_with and first is not None and first.kind == "organisation":
        givers = (*givers, first.ref)  # "the EIB signed an agreement with Ukraine on ...": the two parties
    if kind == "signed":
        if len(givers) < 2:
            return None
        main = _main_receiver([], cast)
        receivers = tuple(g for g in givers if g == main)
        givers = tuple(g for g in givers if g != main)
        if not receivers or not givers:
            return None
    if kind == "signed":
        # The item is what the document is on: "a memorandum on demining cooperation"
        on = re.match(r"\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|contract|"
                      r"accord|treaty|declaration|letter\s+of\s+intent)(?:\s+with\s+(?:the\s+)?[^,.;]{1,40}?)?\s+"
                      r"(?:on|for|to\s+(?:supply|provide|deliver|fund|finance|build|produce))\s+", article.masked[position:])
        if on:
            position += on.end()
    infinitive = _INFINITIVE.match(article.masked[position:].lstrip())
    if infinitive:
        position += len(article.masked[position:]) - len(article.masked[position:].lstrip()) + infinitive.end()
    if kind == "pledged" and not infinitive and re.match(r"\s+to\s", article.masked[position:]):
        return None
    return _Clause(givers, receivers, status, position, f"{SURE if kind != 'pledged' else LIKELY}: "
                   f"{' '.join(verb.group().split())!r} with its giver named")


def _receiver_after(article: Article, cast: Cast, index: int, start: int) -> tuple[str, ...]:
    """The receiver named after the item: "... two IRIS-T systems to Ukraine", "... to Ukrainian hospitals"."""
    stop = _STOP.search(article.masked, start)
    position = stop.start() if stop else start
    to = re.match(r"\s+(?:to|for)\s+(?:the\s+)?", article.masked[position:])
    if not to:
        return ()
    actor = next((a for a in cast.in_sentence(index) if a.span.start == position + to.end()), None)
    return (actor.ref,) if actor is not None and actor.kind == "organisation" else ()


def _chain(article: Article, actors: list[Actor], subject: Actor) -> list[Actor] | None:
    """The subject and any joined to it by "and"; None when "and" joins something that is not an actor."""
    chain = [subject]
    index = actors.index(subject)
    while index > 0:
        gap = article.masked[actors[index - 1].span.end:chain[0].span.start]
        if re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", gap):
            chain.insert(0, actors[index - 1])
            index -= 1
        else:
            break
    tail = article.masked[subject.span.end:subject.span.end + 40]
    if re.match(r"\s+and\s+(?:its|their|other|the)\s+[a-z]", tail):
        return None  # "Britain and its European allies": more givers than the text names
    return chain


def _listed(article: Article, actors: list[Actor], position: int) -> tuple[tuple[str, ...], int]:
    """Organisations listed right after a verb: "asked Japan and South Korea"."""
    found: list[str] = []
    for actor in actors:
        gap = article.masked[position:actor.span.start]
        if actor.kind != "organisation" or not re.fullmatch(r"\s*(?:(?:,|,?\s*and)\s*)?(?:the\s+)?", gap) \
                or (not found and gap.strip() not in ("", "the")):
            break
        found.append(actor.ref)
        position = actor.span.end
    return tuple(found), position


def _party(cast: Cast, actor: Actor | None, index: int) -> str:
    """The country or organisation an actor gives or asks for: itself, or the one a person's role is in."""
    if actor is None:
        return ""
    if actor.kind == "organisation":
        return actor.ref
    if actor.kind == "description" and re.search(r"\s[A-Z]\w*$", actor.ref):
        # "the Prime Minister" written as a title: in a readout it may be the host or the guest, and a
        # wrong giver costs more than a missed one
        return ""
    person, _ = cast.person_of(actor, index)
    if person and cast.people[person].organisation in cast.organisations:
        return cast.people[person].organisation
    if actor.kind == "description" and not person:
        # "the Dutch leader", "the German defence ministry": the one country its words name
        countries = {i for span, i in cast.org_mentions if span.within(actor.span)}
        if len(countries) == 1:
            return countries.pop()
    return ""


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


def _items(article: Article, start: int, end: int, announced: bool) -> list[tuple[Item, str, tuple[str, str] | None]]:
    """What is given, from where the item starts: (item, its wording, its value)."""
    rest = article.masked[start:end]
    rest_lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    if re.match(r"(?:more\s+than|over|nearly|almost|about|around|up\s+to)\s", rest):
        return []  # an approximate total, not one commitment
    stop = _STOP.search(rest)
    phrase = rest[:stop.start() if stop else len(rest)]
    if not phrase or "x" * 3 in phrase:
        return []
    money = _MONEY.match(phrase)
    value = _value(money) if money else None
    wording = phrase
    if money:
        purpose = re.match(r"[^,.;—–]*?(?=\s+and\s|[,.;—–]|$)", rest[len(phrase):])
        extra = rest[len(phrase):len(phrase) + (purpose.end() if purpose else 0)]
        if re.match(r"\s+(?:for|in)\s", extra):
            wording = phrase + extra
    else:
        worth = re.match(r",?\s+worth\s+", rest[len(phrase):])
        if worth:
            after = _MONEY.match(rest[len(phrase) + worth.end():])
            value = _value(after) if after else None
    name, quantity = _name(phrase)
    head = fold(name).split()[-1] if fold(name) else ""
    if not head or head in _NOT_AID or (announced and head not in _AID_NOUNS and not money):
        return []
    if not (money or quantity or _AID.search(name)):
        return []  # "sent a message", "offered condolences": not aid
    listed = [w for w in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase) if w.strip()]
    if len(listed) > 1 and not money:
        # "SCALP cruise missiles and Caesar howitzers": one commitment for each thing, when each is aid
        parts = [_name(w) for w in listed]
        if all(n and _AID.search(n) for n, _ in parts):  # "heat and power plants" is one thing
            return [(Item(n, q, _category(n)), w.strip(), None) for (n, q), w in zip(parts, listed, strict=True)]
    including = re.match(r"\s*[—–,]?\s*including\s+(?P<list>[^—–.;]+)", rest[len(phrase):])
    if including and head in _GENERIC and not money:
        listed = [w.strip() for w in re.split(r",\s*(?:and\s+)?|\s+and\s+", including.group("list")) if w.strip()]
        return [(Item(n, q, _category(n)), n, None) for n, q in map(_name, listed) if n]
    del rest_lead
    return [(Item(name, quantity, _category(name + " " + wording)), wording.strip(), value)]


def _package(article: Article, verb: re.Match[str],
             items: list[tuple[Item, str, tuple[str, str] | None]]) -> tuple[Item, str, tuple[str, str] | None]:
    """A package is one commitment, whatever it lists: named as the package ("new military aid
    package"), with every thing it includes as another wording, so either reading matches."""
    noun = re.match(r"(?:[Aa]mong\s+(?:the\s+)?)?(?P<noun>\w+)", verb.group())
    head = noun.group("noun") if noun else "package"
    before = article.masked[max(0, verb.start() - 40):verb.start()]
    words = re.search(r"(?:[’']s\s+|\b(?:the|a|an)\s+)(?P<mods>(?:[\w-]+\s+){0,3})$", before)
    phrase = f"{words.group('mods') if words else ''}{head}".strip()
    first = items[0]
    wordings = [w for _, w, _ in items] + [i.name for i, _, _ in items]
    value = next((v for _, _, v in items if v), None)
    return (Item(phrase, None, first[0].category), " | ".join([phrase, *wordings]), value)


def _name(phrase: str) -> tuple[str, int | None]:
    """An item's name without its article and number, and the number: "two more IRIS-T systems"."""
    words = _LEAD.sub("", phrase.strip())
    quantity = None
    number = re.match(r"(?P<n>\d{1,6}|" + "|".join(NUMBER_WORDS) + r")\s+(?:more\s+|further\s+|additional\s+)?", words,
                      re.IGNORECASE)
    if number and not _MONEY.match(words):
        text = number.group("n").lower()
        quantity = int(text) if text.isdigit() else NUMBER_WORDS[text]
        words = words[number.end():]
        dozen = re.match(r"dozen\s+(?:more\s+)?", words)
        if dozen and quantity < 12:  # "two dozen": the number counts dozens
            quantity, words = quantity * 12, words[dozen.end():]
    words = re.sub(r"^(?:more|further|additional|extra)\s+", "", words)
    return " ".join(words.split()), quantity if quantity and quantity > 0 else None


def _value(match: re.Match[str]) -> tuple[str, str] | None:
    number = (match.group("num") or match.group("num2") or "").replace(",", "")
    currency = match.group("cur") or (match.group("cur2") or "").rstrip("s")
    multiplier = _MULTIPLIERS.get((match.group("mult") or match.group("mult2") or "").lower(), 1)
    try:
        amount = float(number) * multiplier
    except ValueError:
        return None
    code = _CURRENCIES.get(currency.lower() if len(currency) > 1 else currency)
    if code is None:
        return None
    return (f"{amount:.0f}" if amount == int(amount) else f"{amount}", code)


def _category(text: str) -> str:
    return next((name for name, pattern in _CATEGORIES if re.search(pattern, text, re.IGNORECASE)), "other")


def _commitment(article: Article, cast: Cast, index: int, clause: _Clause,
                found: tuple[Item, str, tuple[str, str] | None], meetings: list[Meeting]) -> Commitment:
    item, wording, value = found
    sentence = article.sentence_text(index)
    kind = "humanitarian" if _HUMANITARIAN.search(wording) else "military" if _MILITARY.search(wording) else \
        "financial" if value or re.search(r"financ|budget", wording, re.IGNORECASE) else ""
    meeting = next((m.id for m in meetings if m.sentence == index), "")
    return Commitment("", "", clause.givers, clause.receivers, clause.status, (item,),
                      tuple(dict.fromkeys([wording, item.name])), (sentence,), clause.why, kind, value,
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


def _merge(found: list[Commitment]) -> list[Commitment]:
    """One commitment said twice is one: the same givers, receivers and kind of thing."""
    merged: dict[tuple[tuple[str, ...], tuple[str, ...], str], Commitment] = {}
    for commitment in found:
        head = fold(commitment.items[0].name).split()[-1].rstrip("s")
        key = (commitment.givers, commitment.receivers, commitment.status + " " + head)
        if key in merged:
            old = merged[key]
            merged[key] = replace(old, wordings=tuple(dict.fromkeys((*old.wordings, *commitment.wordings))),
                                  excerpts=tuple(dict.fromkeys((*old.excerpts, *commitment.excerpts))),
                                  value=old.value or commitment.value,
                                  announced_by=old.announced_by or commitment.announced_by)
        else:
            merged[key] = commitment
    return list(merged.values())


def _main_receiver(found: list[Commitment], cast: Cast, givers: tuple[str, ...] = ()) -> str:
    """Whom the article's aid is for when a clause does not say: the receiver other clauses name,
    else the country the article names most."""
    named = Counter(r for c in found for r in c.receivers if r not in givers)
    if named:
        return named.most_common(1)[0][0]
    countries = Counter(a.ref for a in cast.actors if a.kind == "organisation" and a.ref not in givers
                        and cast.organisations[a.ref].type == "country")
    return countries.most_common(1)[0][0] if countries else ""


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
        return f"{names(receivers) or 'The receiver'} asked {names(givers)} for {what}."
    return f"{names(givers)} {verb} {what}{to}." + (f" ({value[1]} {value[0]})" if value and value[0] not in what else "")
