"""Whom a gift is for when its clause names no receiver.

The receivers the sentence, a signer, the meeting, the headline or the article point to."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments.dropped import package_again
from generator.editing.draft.commitments.main_receiver import (
    article_receiver,
    both_receivers,
    gapped_givers,
    headline_receiver,
    host_countries,
    nearby_receiver,
    opening_place,
    referred_place,
    section_country,
    sole_country_named,
    where_clause_place,
)
from generator.editing.draft.commitments.parties import party_of
from generator.editing.draft.commitments.receivers import split_receivers
from generator.editing.draft.commitments.spans import clause_after, country_forms, item_at, listed_after, rest_of_name
from generator.editing.draft.commitments.takers import (
    arrived_in_capital,
    clause_before,
    described_taker,
    handed_on,
    handed_them,
    in_sentence,
    institution_funded,
    named_in_item,
    owner_of_site,
    placed_after_item,
    placed_in_item,
    staff_of_body,
    taken_after,
    taken_next,
    taker_of,
    trainees_of,
)
from generator.editing.draft.commitments.verbs import VERBS
from generator.editing.draft.commitments.words import ADJECTIVES, CHANNEL, LENDER, RELIEF_BODY
from generator.editing.draft.gazetteer import CAPITALS, ENTRIES
from generator.editing.draft.model import Commitment
from generator.editing.draft.text import Article, fold

_PROMISE = frozenset({"pledged", "agreed", "signed"})


def told_with_receiver(found: list[Commitment], commitment: Commitment) -> bool:
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


def inferred_receivers(article: Article, cast: Cast, found: list[Commitment], commitment: Commitment,
                        givers: set[str]) -> tuple[str, ...]:
    """Whom a gift is for when its clause names no receiver (see `_receivers_inferred`); never a country its
    sentence lists as giving a share of its own: "Germany pledged 80 million euros, France 50 million and Spain
    20 million" gives nothing to France; never the country a giver belongs to (`_homes_of_givers`)."""
    at = item_at(article, commitment)
    split = split_receivers(article, cast, commitment.sentence, at[1]) if at else None
    if split is not None:
        return split
    gapped = gapped_givers(cast, commitment.sentence) | _passed_through(article, cast, commitment.sentence) | \
        _homes_of_givers(article, cast, commitment)
    receivers = _receivers_inferred(article, cast, found, commitment, givers | gapped)
    return tuple(r for r in receivers if r not in gapped)


_HOME_BEFORE = re.compile(r"(?:[’']s)?\s+(?:(?:state-owned|state-run|private|national|government|public|leading|largest|"
                          r"biggest|main)\s+)*(?:(?!(?:and|or|but|with|to|from|for|by|of|in|on|at|between|than|as|nor)\s)[a-z][a-z-]+\s+){0,2}"
                          r"(?:the\s+)?$")
"""'Norwegian company Statkraft', 'the Norwegian firm Statkraft', "Japan's state-owned lender JBIC": a country named
by its adjective or its possessive just before a body, with only lowercase words between, as that body's home."""
_HOME_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][a-z-]+\s+){0,2}$")
"""'Statkraft, a Norwegian company,': the same, said in apposition after the body."""


def _homes_of_givers(article: Article, cast: Cast, commitment: Commitment) -> set[str]:
    """The countries a sentence names as the home of a body that gives ("Norwegian company Statkraft donated 50
    generators to a hospital in Blantyre"): such a country is where the giver comes from, never whom the gift is for,
    however often the article names it."""
    actors = cast.in_sentence(commitment.sentence)
    bodies = [a for a in actors if a.kind == "organisation" and a.ref in commitment.givers
              and cast.organisations[a.ref].type != "country"]
    homes: set[str] = set()
    for home in actors:
        if home.kind != "organisation" or cast.organisations[home.ref].type != "country" or not (
                article.masked[home.span.start:home.span.end] in ADJECTIVES
                or re.match(r"[’']s\s", article.masked[home.span.end:])):
            continue  # "Norwegian company Statkraft", "Norway's Statkraft"; not "to councils in Ghana under the EU"
        for body in bodies:
            if (body.span.start > home.span.end and _HOME_BEFORE.fullmatch(article.masked, home.span.end, body.span.start)) \
                    or (home.span.start > body.span.end and _HOME_AFTER.fullmatch(article.masked, body.span.end,
                                                                                  home.span.start)):
                homes.add(home.ref)
    return homes


_VIA = re.compile(r"\b(?:via|through|by\s+way\s+of|transiting|in\s+transit\s+(?:through|via))\s+(?:the\s+)?$")
"""The words that name a country aid passes through on its way: 'via Egypt', 'through Uganda', 'by way of Poland'."""


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
                not re.match(r"[’']s\b", text[actor.span.end:]) and text[actor.span.start:actor.span.end] not in ADJECTIVES
            ways[actor.ref] = ways.get(actor.ref, True) and via
    return {ref for ref, via in ways.items() if via}


def _receivers_inferred(article: Article, cast: Cast, found: list[Commitment], commitment: Commitment,
                        givers: set[str]) -> tuple[str, ...]:
    """Whom a gift is for when its clause names no receiver: the one the sentence names as taking it, the
    country its words name, the one its sentence's other gifts go to, a country named just before, the one country
    its sentence places it in where the article's main receiver goes unnamed, or else that main receiver."""
    named = _other_signer(article, cast, commitment) or taker_of(article, cast, commitment) or \
        handed_on(article, cast, commitment) or taken_after(article, cast, commitment) or \
        taken_next(article, cast, commitment) or handed_them(article, cast, commitment) or \
        described_taker(article, cast, commitment) or \
        named_in_item(article, cast, commitment) or \
        trainees_of(article, cast, commitment) or \
        staff_of_body(article, cast, commitment) or owner_of_site(article, cast, commitment) or \
        arrived_in_capital(article, cast, commitment) or \
        _met_and_signed(article, cast, commitment) or institution_funded(article, cast, commitment) or \
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
    placed = placed_in_item(article, cast, commitment) or placed_after_item(article, cast, commitment) or \
        both_receivers(found, cast, commitment)
    if placed:
        return placed
    package = _package_of(article, found, commitment)
    if package is not None:
        return package.receivers or inferred_receivers(article, cast, found, package, givers)
    if _unlinked_body(cast, commitment):
        return ()
    main = article_receiver(found, cast, commitment.givers)
    main = _its_forces(found, cast, commitment, main) or main
    default = in_sentence(cast, found, commitment) or clause_before(article, cast, found, commitment) or \
        opening_place(article, cast, commitment) or where_clause_place(article, cast, commitment) or \
        referred_place(article, cast, commitment) or \
        section_country(article, cast, commitment) or nearby_receiver(article, cast, commitment, givers, main) or \
        sole_country_named(cast, commitment, givers, main) or \
        ("" if _only_others_receive(found, cast, main) or _placed_elsewhere(cast, found, commitment, main)
         or _home_body(cast, commitment, main) else main)
    return (default,) if default else ()


def _home_body(cast: Cast, commitment: Commitment, main: str) -> bool:
    """Whether a giver is a body of the very country the article's aid goes to, its name opening with that country
    ("Malawi Red Cross Society volunteers handed over 3,000 hygiene kits to displaced families", "the Peruvian Red
    Cross collected nets"): it gives to people at home, not to its own state."""
    if not main or cast.organisations[main].type != "country":
        return False
    forms = country_forms(cast, main) | {a for e in ENTRIES if e.name == cast.organisations[main].name
                                          for a in e.adjectives}
    return any(g in cast.organisations and cast.organisations[g].type != "country"
               and rest_of_name(cast.organisations[g].name, forms) for g in commitment.givers)


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
    words = " ".join(commitment.wordings) + " " + clause_after(cast, commitment)
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
    return bool(_TO_A_BODY.match(clause_after(cast, commitment)))


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
    words = _BLOC_MEMBERS.match(clause_after(cast, commitment)) or next(
        (m for m in (_BLOC_MEMBERS.search(wording) for wording in commitment.wordings) if m), None)
    if words is None:
        return ""
    kind = words.group("kind").lower()
    before = article.sentences[commitment.sentence].end
    named = {ident for span, ident in cast.org_mentions if span.start < before and ident not in commitment.givers
             and cast.organisations[ident].type != "country" and _BLOC_NAME.search(cast.organisations[ident].name)
             and not RELIEF_BODY.search(cast.organisations[ident].name)
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
    at = item_at(article, commitment)
    if at is None or not any(verb.lastgroup == "package" and verb.start() < at[0]
                             for verb in VERBS.finditer(article.masked, sentence.start, sentence.end)):
        return None
    told = [c for c in found if c is not commitment and c.givers == commitment.givers and c.status == commitment.status
            and commitment.sentence - 1 <= c.sentence <= commitment.sentence]
    packages = [c for c in told if _PACKAGE_WORDS & set(fold(c.items[0].name).split()) and not package_again(found, c)]
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
    parties = {party_of(cast, a, index - 1) for a in cast.in_sentence(index - 1)}
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
    at = item_at(article, commitment)
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
    two = {first.ref, *listed_after(article, cast, commitment.sentence, first)}
    return len(two) == 2 and not two & set(commitment.givers)


def _linked_many(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"The World Bank will finance transmission lines linking Kenya, Uganda and Rwanda", "a railway connecting
    the Lao PDR, Thailand and Cambodia": a link its clause names as joining three countries or more, none of which gives,
    is for all of them. Two named alone are the sides of one border (see _link_of_two)."""
    at = item_at(article, commitment)
    if at is None:
        return ()
    link = _LINK.search(article.masked, at[0], article.sentences[commitment.sentence].end)
    if link is None or link.group("two"):
        return ()
    first = next((a for a in cast.in_sentence(commitment.sentence) if a.span.start >= link.end()
                  and re.fullmatch(r"(?:the\s+)?", article.masked[link.end():a.span.start])), None)
    if first is None or first.kind != "organisation" or cast.organisations[first.ref].type != "country":
        return ()
    linked = (first.ref, *listed_after(article, cast, commitment.sentence, first))
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
    if not main or not _FOR_FORCES.search(" ".join(commitment.wordings) + " " + clause_after(cast, commitment)):
        return ""
    forms = country_forms(cast, main)
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
    if not main or main not in host_countries(cast) or main == headline_receiver(cast) or \
            any(cast.organisations[r].type == "country" for c in found for r in c.receivers):
        return False
    place = _TO_PLACE.search(" ".join(commitment.wordings) + " " + clause_after(cast, commitment))
    if place is None:
        return False
    named = place.group("place")
    forms = country_forms(cast, main)
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
    if not main or main == headline_receiver(cast):
        return False  # "$45 Million to Clear Mines in Laos": the headline makes it the receiver
    named = [r for c in found for r in c.receivers]
    if len(named) < 2 or main in named:
        return False
    forms = country_forms(cast, main)
    if any(cast.organisations[r].type == "country" or any(
            re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", cast.organisations[r].name) for form in forms)
            for r in named):
        return False
    # a UN agency or the Red Cross takes aid inside the country in need, and says nothing against it
    return len({r for r in named if not RELIEF_BODY.search(cast.organisations[r].name)}) >= 1


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
        article.masked[max(0, a.span.start - 30):a.span.start]) and party_of(cast, a, commitment.sentence)
        in commitment.givers), None)
    if giver is None:
        return ""
    # "the Chilean grid operator Coordinel and the Peruvian utility Electroperu": the adjectives are no signers
    # "Norway's minister Eva Berg and Kenya's Jane Otieno signed a memorandum": a signer may be a person, for the
    # country of their title
    before = [a for a in actors if a.span.end <= giver.span.start and article.masked[a.span.start:a.span.end]
              not in ADJECTIVES]
    pairs = [(one, two) for one, two in ((before[i], before[i + 1]) for i in range(len(before) - 1)) if re.fullmatch(
        r"\s*,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?", article.masked[one.span.end:two.span.start])]
    opening = article.masked[article.sentences[commitment.sentence].start:giver.span.start]
    if len(pairs) != 1 or not _SIGNED_BY.search(opening):
        return ""
    parties = {party_of(cast, a, commitment.sentence) or (a.ref if a.kind == "organisation" else "") for a in pairs[0]}
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
    giver = next((a for a in actors if a.kind == "organisation" and party_of(cast, a, commitment.sentence)
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
    parties = {party_of(cast, a, commitment.sentence) for a in actors if span[0] <= a.span.start < span[1]} | \
        {ident for place, ident in cast.org_mentions if span[0] <= place.start < span[1]}
    others = {p for p in parties if p and p not in commitment.givers and cast.organisations[p].type == "country"}
    return others.pop() if len(others) == 1 else ""


def signer_for_adjective(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"signed by Transelectrica and Moldelectrica, under which Transelectrica will provide reserve capacity to
    the Moldovan grid": a receiver the clause names only by its country's adjective is the body that signed
    with the giver, when that body is no lender or fund through which others give."""
    if len(commitment.receivers) != 1 or cast.organisations[commitment.receivers[0]].type != "country":
        return ()
    signer = _other_signer(article, cast, commitment)
    if not signer or cast.organisations[signer].type == "country" or LENDER.search(cast.organisations[signer].name) \
            or CHANNEL.search(cast.organisations[signer].name):
        return ()
    sentence = article.sentences[commitment.sentence]
    under = article.masked.find("under which", sentence.start, sentence.end)
    named = [article.masked[span.start:span.end] for span, ident in cast.org_mentions
             if ident == commitment.receivers[0] and under <= span.start < sentence.end]
    return (signer,) if under >= 0 and named and all(form in ADJECTIVES for form in named) else ()
