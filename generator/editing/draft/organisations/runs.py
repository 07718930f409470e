"""Bodies the gazetteer does not know, read from runs of capitalised words and a few named shapes (a national
society, a body in its own language, a state's carrier, a capability coalition)."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import CAPITALS, ENTRIES, NEWS_AGENCIES, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS
from generator.editing.draft.organisations.lexicon import BODY_WORDS, CAPITALISED, COUNTRY_FORMS, DEPARTMENT, Candidate
from generator.editing.draft.organisations.not_bodies import PRESS_DESK, not_a_body, portfolio_of_country
from generator.editing.draft.organisations.titles import (
    BODY_HEADS,
    PERSON_WORD,
    aim_of_name,
    past_title_unit,
    programme_title,
    title_last,
    without_holder,
)
from generator.editing.draft.text import Span

_RUN = re.compile(rf"(?:(?:[A-Z]\.){{2,}}[ ]+)?{CAPITALISED}(?:[ ]+(?:(?:of|on|for)[ ]+(?:the[ ]+)?|and[ ]+)?{CAPITALISED})*")
"""Capitalised words that may be an organisation's name, with an abbreviation such as "U.S." first."""
_PLACE_ADJECTIVES = frozenset({"European", "Western", "Eastern", "Northern", "Southern", "Central", "Africa", "Asia",
                               "Pacific", "Atlantic", "Caribbean", "Americas", "Sahel", "Balkans", "Arctic", "Oceania",
                               "Indo-Pacific"})
"""Words no person's name starts with, that an organisation's may: "European F-16 Training Centre"."""
_NUMBERED_GROUP = re.compile(r"\b(?P<short>[A-Z]{1,2}\d{1,2})[ ]+group\b")

_CAPABILITY_COALITION = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?P<name>(?:IT|drones?|demining|mine[- ]clearing|artillery|armou?r|tanks?|(?:fighter[- ])?jets?|"
    r"maritime|air[- ]defen[cs]e|electronic[- ]warfare|ammunition|energy|long-range\s+strike|capability)\s+coalition)\b")
"""'the drone coalition', 'the IT coalition': the coalitions of countries that supply Ukraine one capability,
which reports name in lower case."""


_NATIONAL_SOCIETY = re.compile(r"\b(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:\s+Arab)?\s+Red\s+(?:Cross|Crescent)"
                               r"(?:\s+Society)?\b")
"""'the Cambodian Red Cross', 'the Syrian Arab Red Crescent': a country's own society, not the ICRC."""
FOREIGN_BODY = re.compile(r"(?<![\w-])(?:Institut|Instituto|Banco|Corporación|Secretaría|Ministerio|Unión|Agencia|"
                           r"Fundación|Comisión|Consejo|Servicio|Empresa|Société|Compagnie|Guardia)(?:[ ]+(?:(?:de|del|"
                           r"des|du|de[ ]la|da|do|dos|das)[ ]+)?[A-Z][\w’'-]*)+")
"""'the Institut Pasteur de Dakar', 'Cuba's Unión Eléctrica', 'Guardia Civil crews': a body named in its own language,
its word for a body first."""
_CIVIL_SERVICE = re.compile(r"\b(?P<country>[A-Z][\w-]+)\s+Civil\s+(?:Defen[cs]e|Protection)(?:\s+(?:Service|Agency|"
                            r"Department|Directorate|Corps|Force))?\b")
"""'the Syrian Civil Defence', 'Italian Civil Protection': a country's rescue service, named by its country."""
_NAME_GOES_ON_AFTER_AND = r"[ ]+(?:and|&)[ ]+(?:[A-Z][\w-]*[ ]+){1,2}(?:Company|Corporation|Authority|Board|Limited|Ltd|" \
    r"plc|Force)(?![\w-])"
_CARRIER_WORDS = r"(?:Airlines|Airways|Power|Railways?|Telecom|Petroleum|Electricity|Shipping)"
_COUNTRY_PATTERN = "|".join(map(re.escape, sorted(COUNTRY_FORMS - frozenset(CAPITALS), key=len, reverse=True)))
_NATIONAL_COMPANY = re.compile(r"(?<![\w’'-])(?:(?:" + _COUNTRY_PATTERN + r")[ ]+" + _CARRIER_WORDS +
                               r"|Air[ ]+(?:" + _COUNTRY_PATTERN + r"))(?![\w’'-]|[ ]+[A-Z]|" + _NAME_GOES_ON_AFTER_AND + ")")
"""'the chief executive of Zambia Power', 'Rwandan Airlines flew the cargo', 'Air Senegal offered two aircraft': a
state's carrier or utility that bears the country's name or adjective is a company of its own, not the country, which
the text names only where it names it apart; "the Nigerian Air Force" and "Ghana Power Minister" go on with another
capitalised word and are no carrier, nor is "Uganda Power and Lighting Company" cut before its "and"."""

_DEPARTMENT_HEADS = frozenset({"Ministry", "Department", "Office", "Bureau", "Directorate", "Secretariat"})

_COUNTRY_NAMES = sorted((f for e in ENTRIES if e.type == "country" for f in e.forms if f not in e.adjectives),
                        key=len, reverse=True)
_AGAINST = re.compile(r"\s+against\s+(?:the\s+)?(?:" + "|".join(map(re.escape, _COUNTRY_NAMES)) + r")(?![\w-])")
OF_COUNTRY = re.compile(r"\s+of\s+(?:" + "|".join(map(re.escape, _COUNTRY_NAMES)) + r")(?![\w’'-])")
_MISSION_IN = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?(?:" + "|".join(map(re.escape, _COUNTRY_NAMES)) + r")(?![\w-])")

_UNIT_OF_BODY = frozenset({"Department", "Division", "Unit", "Office", "Directorate", "Section", "Bureau"})
"""The last words of a body's own departments: "the IMF's Fiscal Affairs Department" is part of the IMF."""

_BODY_OF = re.compile(r"(?:Centre|Center|Institute|Foundation|Coalition|Bank|Court|Council|Committee|Commission|"
                      r"Fund|Alliance|Union|Federation|Association|Network|Forum|Agency|University|Party)\s+(?:of|for|on)\s+"
                      r"(?:the\s+)?[A-Z]")
"""'the Center for Civil Liberties', 'the Coalition of the Willing', 'the Bank of Uganda', 'the Party of Regions': a
body's word first, then what or whom it is for."""
_REGION_AND = re.compile(r"\s+and\s+the\s+(?:Caribbean|Pacific)\b")
_LOCAL_LEVELS = frozenset({"State", "Provincial", "Regional", "County", "City", "Municipal", "District", "Territorial"})
"""'the Kano State Government', 'the Aceh Provincial Government': the government of a part of a country is a body
of its own; 'the Government of Chile' is Chile."""
_PORTFOLIOS = re.compile(r"(?:,[ ](?:[A-Z][\w-]+[ ])*[A-Z][\w-]+)+,?[ ]and[ ](?:[A-Z][\w-]+[ ])*[A-Z][\w-]+(?![\w-])")


def _portfolios(text: str, end: int, forms: dict[str, Candidate]) -> str:
    """"the Ministry of Energy, Water Resources and Irrigation": a ministry's name lists what it does, with commas
    and a last "and"; a list that names a country or a known body ("the Ministry of Defence, Saab and Airbus")
    goes on with other parties."""
    listed = _PORTFOLIOS.match(text, end)
    if not listed:
        return ""
    words = set(re.findall(r"[A-Z][\w-]+", listed.group()))
    if any(w in COUNTRY_FORMS or w in forms or w in NOT_NAMES or w in BODY_WORDS for w in words):
        return ""
    return listed.group()


def _national_board(words: list[str]) -> bool:
    """A country's board, named with the country first: "the Kenya Tea Development Board", "the Ghana Cocoa Board";
    a board a body has ("the IMF Executive Board") is part of that body."""
    return len(words) > 2 and words[-1] == "Board" and words[0] in COUNTRY_FORMS


_SECTORS = frozenset({"Water", "Electricity", "Power", "Energy", "Cocoa", "Tea", "Coffee", "Cotton", "Sugar", "Tobacco",
                      "Grain", "Cereals", "Dairy", "Fisheries", "Forestry", "Irrigation", "Port", "Ports", "Roads",
                      "Railway", "Railways", "Housing", "Sanitation", "Health"})


def _utility(words: list[str]) -> bool:
    """A utility or a marketing board named by where it serves and what it runs: "the Blantyre Water Board", "the
    Ceylon Electricity Board", "the Southern Region Water Board"; or a grid company: "the National Electric Grid of
    Kyrgyzstan". A board with no sector before it is a body's own ("the IMF Executive Board"), and "the Water Board"
    alone does not say whose."""
    board = len(words) > 2 and words[-1] == "Board" and words[-2] in _SECTORS
    grid = "Grid" in words[1:] and words[words.index("Grid") - 1] in ("Electric", "Electricity", "Power", "Energy")
    return board or grid


_HONORIFICS = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof")

_SENT_PEOPLE = frozenset({"Staff", "Officers", "Engineers", "Volunteers", "Workers", "Teams", "Troops", "Soldiers",
                          "Experts", "Representatives", "Delegates", "Officials", "Personnel", "Crews", "Doctors", "Medics",
                          "Specialists", "Technicians", "Instructors", "Advisers", "Advisors", "Members", "Employees"})
"""People a body sends or has, who open a sentence before "of" and the body's name: no word of that name."""


_COUNTS = frozenset({"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve", "Twenty",
                     "Several", "Some", "Many", "Dozens", "Hundreds"})
"""Words that count a body's things at the start of a sentence, before the body's name."""


def patterns(text: str, forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """Organisations the gazetteer does not know: "European Council on Foreign Relations", "E5 group"."""
    found: list[tuple[Span, Candidate, str]] = []
    for match in _NUMBERED_GROUP.finditer(text):
        name = f"{match.group('short')} group"
        candidate = forms.get(name) or forms.get(match.group("short")) or Candidate("new:" + name, name, "group")
        if candidate.key.startswith("new:"):
            forms[match.group("short")] = candidate
        found.append((Span(match.start(), match.end()), candidate, name))
    for match in _NATIONAL_SOCIETY.finditer(text):
        begin = match.start()
        if match.group("country") not in COUNTRY_FORMS:
            # "The Kenyan Red Cross said": the first capitalised word is the sentence's, not the name's
            last = match.group("country").split()[-1]
            if last not in COUNTRY_FORMS or last == match.group("country"):
                continue
            begin = match.start("country") + match.group("country").rindex(last)
        name = " ".join(text[begin:match.end()].split())
        candidate = forms.get(name) or Candidate("new:" + name, name, "organisation")
        forms.setdefault(name, candidate)
        found.append((Span(begin, match.end()), candidate, name))
    for match in FOREIGN_BODY.finditer(text):
        name = re.sub(r"[’']s$", "", " ".join(match.group().split()))
        if name not in forms or forms[name].key.startswith("new:"):
            candidate = forms.get(name) or Candidate("new:" + name, name, "organisation")
            forms.setdefault(name, candidate)
            found.append((Span(match.start(), match.start() + len(name)), candidate, name))
    for match in _CIVIL_SERVICE.finditer(text):
        if match.group("country") in COUNTRY_FORMS:
            name = " ".join(match.group().split())
            candidate = forms.get(name) or Candidate("new:" + name, name, "organisation")
            forms.setdefault(name, candidate)
            found.append((Span(match.start(), match.end()), candidate, name))
    for match in _NATIONAL_COMPANY.finditer(text):
        name = " ".join(match.group().split())
        candidate = forms.get(name) or Candidate("new:" + name, name, "organisation")
        forms.setdefault(name, candidate)
        found.append((Span(match.start(), match.end()), candidate, name))
    for match in _CAPABILITY_COALITION.finditer(text):
        name = " ".join(match.group("name").split())
        candidate = forms.get(name) or Candidate("new:" + name.lower(), name, "group")
        forms.setdefault(name, candidate)
        found.append((Span(match.start("name"), match.end("name")), candidate, name))
    for start, words in (run for match in _RUN.finditer(text) for run in _runs(match, forms)):
        owners = [w[:-2] for w in words[:1] if re.search(r"[’']s$", w)]
        owned = next((k for k in (2, 3) if len(words) > k and re.search(r"[’']s$", words[k - 1]) and
                      " ".join(words[:k])[:-2] in forms), 0)
        if owned:
            # "Saudi Arabia's King Salman Relief Centre": a possessive of more than one word is its owner's name
            owners.append(" ".join(words[:owned])[:-2])
            start = text.index(words[owned], start + len(" ".join(words[:owned])))
            del words[:owned]
        while words and ((words[0] in NOT_NAMES and words[0] not in _PLACE_ADJECTIVES and
                          not DEPARTMENT.fullmatch(" ".join(words))) or
                         words[0] in ("of", "on", "for", "the") or re.search(r"[’']s$", words[0])):
            # "Romania's Supreme Council of National Defence": the possessive is its country's, not its name
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words.pop(0)
        if len(words) > 2 and words[0] in _COUNTS and words[1] in COUNTRY_FORMS:
            # "Two Chilean Air Force planes landed": how many of a state's body's things, no word of its name
            start = text.index(words[1], start + len(words[0]))
            words.pop(0)
        if len(words) > 2 and words[0] in _SENT_PEOPLE and words[1] == "of":
            # "Staff of the Korea International Cooperation Agency handed over": the people a body sends, then the body
            start = text.index(words[2], start + len(words[0]) + len(words[1]) + 1)
            del words[:2]
            if words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        aim = aim_of_name(text, start, words)
        if aim:
            start = text.index(words[aim], start + len(" ".join(words[:aim])))
            del words[:aim]
        of = max((i for i, w in enumerate(words) if w in ("of", "for") and i + 1 < len(words)), default=None)
        if of is not None and of > 0 and words[of - 1].split("-")[-1] == "Minister":
            continue  # "Minister of Local Administration": a minister's portfolio, not the ministry's name
        # "the Chief of Mission of the International Organization for Migration": the title ends at the last "of"
        # with no body's word before it, not at the "for" inside the body's own name
        of = max((i for i, w in enumerate(words) if w in ("of", "for") and i + 1 < len(words)
                  and not {p for x in words[:i] for p in x.split("-")} & BODY_WORDS), default=of)
        ministry = next((i for i, w in enumerate(words[:-3]) if w in ("of", "for") and words[i + 1] == "the"
                         and words[i + 2] in _DEPARTMENT_HEADS), None)
        if ministry is not None and (of is None or ministry < of):
            of = ministry  # "Deputy Secretary of the Ministry of Interior": the ministry's own "of" is in its name
        if of is not None and any(w.split("-")[-1].lower() in TITLE_HEADS for w in words[:of]) and \
                not {p for x in words[:of] for p in x.split("-")} & BODY_WORDS:
            # "President of the European Commission", "Colonel Viktor Shvets of the State Emergency Service": a
            # title (and a name) before the organisation
            of = past_title_unit(words, of)
            start = text.index(words[of + 1], start + len(" ".join(words[:of])))
            words = [w for w in words[of + 1:]]
            if words and words[0] == "the":
                start = text.index(words[1], start + 3) if len(words) > 1 else start
                words.pop(0)
            if len(words) > 1 and re.search(r"[’']s$", words[0]):
                # "Commissioner of Chile's Disaster Response Commission": the body's country, not its name
                start = text.index(words[1], start + len(words[0]))
                owners.append(words.pop(0)[:-2])
            words = without_holder(text, start, words)
        desk = next((i for i, w in enumerate(words[:-1]) if w in ("of", "for") and PRESS_DESK.match(" ".join(words[:i]))),
                    None)
        if desk is not None:
            # "the Press Service of the Ministry of Energy said": the body whose desk sends the news out
            start = text.index(words[desk + 1], start + len(" ".join(words[:desk])))
            del words[:desk + 1]
            if words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        first_of = words.index("of") if "of" in words else None
        if first_of is not None and _people_names(words[:first_of]) \
                and {p for x in words[first_of + 1:] for p in x.split("-")} & BODY_WORDS:
            # "Anna Keller of the Geneva International Centre", "Rudolf Schwenk and Hugh Riddell of the World Bank":
            # people's names, then the body they are with
            start = text.index(words[first_of + 1], start + len(" ".join(words[:first_of])))
            words = words[first_of + 1:]
            if words and words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        last_org = max((i for i, w in enumerate(words) if w.split("-")[-1] in BODY_WORDS | {"Mission"}),
                       default=None)
        if last_org is not None and len(words) - last_org - 1 in (2, 3) and all(
                PERSON_WORD.fullmatch(w) and w not in NOT_NAMES and w not in BODY_WORDS
                and w.lower() not in TITLE_HEADS for w in words[last_org + 1:]):
            del words[last_org + 1:]  # "the European Commission Marianne Duclos": a name after the body's own
        while len(words) > 2 and words[1] in ("for", "on") and words[0] in COUNTRY_FORMS:
            # "(shipped by) Australia for the Vanuatu Police Force": a country, then the body it serves
            start = text.index(words[2], start + len(words[0]))
            del words[:2]
            if words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        served = next((i for i, w in enumerate(words) if w == "for" and 0 < i < len(words) - 1), None)
        if served is not None and words[0] not in _DEPARTMENT_HEADS and \
                not {p for x in words[:served] for p in x.split("-")} & BODY_WORDS and \
                not DEPARTMENT.fullmatch(" ".join(words[:served])):
            # "the Ministry for Foreign Affairs of Iceland": the "for" of a ministry's own name
            # "(arrived at) the Port of Davao for the Bureau of Fire Protection": a place, then the body served
            start = text.index(words[served + 1], start + len(" ".join(words[:served])))
            del words[:served + 1]
            if words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        project = next((i for i, w in enumerate(words) if w == "for" and 0 < i < len(words) - 1), None)
        if project is not None and words[-1] in ("Project", "Projects") and \
                {p for x in words[:project] for p in x.split("-")} & BODY_WORDS:
            # "a credit from the International Development Association for the Emergency Recovery Project": the
            # body's name ends before the project it pays for
            del words[project:]
        cut = next((i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w.split("-")[-1].lower() in TITLE_HEADS
                    and {p for x in words[:i] for p in x.split("-")} & BODY_WORDS and words[i + 1] not in BODY_WORDS
                    and not (w == "General" and words[i - 1] in _DEPARTMENT_HEADS)
                    and not (w in BODY_HEADS and words[i + 1][:1].islower())),
                   None)  # "the UN General Assembly", "the Directorate General of Fisheries": the body's own words
        cut = title_last(words) if cut is None else cut
        if cut is not None and words[cut].split("-")[-1] == "Minister" and portfolio_of_country(words[:cut]):
            continue  # "Solomon Islands Police Minister Ana Ruiz": the service is the minister's portfolio, no body
        if cut is not None and programme_title(words[:cut], forms):
            continue
        if cut is not None:
            del words[cut:]  # "European Commission Vice-President Annika Lindqvist": the title and name follow
            while len(words) > 1 and words[-1].lower() in TITLE_MODIFIERS and words[-1] not in BODY_WORDS:
                words.pop()  # "United Nations Resident Coordinator Ana Ruiz": "Resident" is the title's
        model = next((i for i, w in enumerate(words) if i > 0 and re.search(r"\d", w) and
                      {p for x in words[:i] for p in x.split("-")} & BODY_WORDS), None)
        if model is not None:
            del words[model:]  # "a Royal Fijian Air Force C-295 transport": the aircraft after the body's name
        region = _REGION_AND.match(text, start + len(" ".join(words)))
        if region and (words[-1] == "Asia" or words[-2:] == ["Latin", "America"]):
            words += region.group().split()  # "the Bank of Latin America and the Caribbean": "and the" in a region
        if len(words) > 2 and words[-2] in ("of", "for", "on") and re.search(r"[’']s$", words[-1]) and \
                (words[-1][:-2] in COUNTRY_FORMS or words[-1][:-2] in forms):
            # "the Council of Europe of Chile's progress": the possessive of a country or a known body starts another
            # phrase; "the Ministry of Health's response" is the ministry's
            del words[-2:]
        if words and re.search(r"[’']s$", words[-1]):
            words[-1] = words[-1][:-2]  # "the Office of the Prime Minister's staff": the name ends before "'s"
        elif words and re.search(r"s[’']$", words[-1]):
            words[-1] = words[-1][:-1]  # "the Department of Humanitarian Affairs' staff": a plural's possessive
        while len(words) > 2 and words[-2] in ("on", "in") and words[-1] in NOT_NAMES:
            del words[-2:]  # "... Cooperation on Monday": a day, not a name's end
        joined = max((i for i, w in enumerate(words) if w in ("of", "on", "for") and i > 0), default=None)
        if joined is not None and re.match(r"-[a-z]", text[start + len(" ".join(words)):]):
            # "the Coral Reef Fund for EU-led missions", "Implementation of the World Bank-financed works": the
            # words after "of" or "for" are part of an adjective, not of the name
            del words[joined:]
        while words and words[-1] in ("of", "on", "for", "the", *_HONORIFICS):
            words.pop()  # "the Ministry of Health Dr. Amina Yusuf": the honorific starts the person's name
        tokens = {w for word in words for w in word.split("-")}
        department = DEPARTMENT.fullmatch(" ".join(words))
        mission = _MISSION_IN.match(text, start + len(" ".join(words))) if words and words[-1] == "Mission" else None
        local = len(words) > 2 and words[-1] == "Government" and words[-2] in _LOCAL_LEVELS
        local = local or _national_board(words) or _utility(words)
        if not department and (len(words) < 2 or not (tokens & BODY_WORDS or mission or local) or
                               (words[0] in BODY_WORDS and not (_BODY_OF.match(" ".join(words)) and not {
                                   p for x in words[2:] for p in x.split("-")} & BODY_WORDS))):
            continue
        # "the Joint Stabilisation Mission in Mali (JSMM)": a mission's name goes on to the country it serves in
        name = " ".join([*words, *mission.group().split()]) if mission else " ".join(words)
        name += _region_of_name(text, start + len(name), name) if "of" in words or "for" in words else ""
        against = _AGAINST.match(text, start + len(name)) if "for" in words else None
        if against:
            name += " " + " ".join(against.group().split())  # "the Tribunal for the Crime of War against Chile"
        if department and words[0] in _DEPARTMENT_HEADS:
            name += _portfolios(text, start + len(name), forms)
        if name in NEWS_AGENCIES or name in forms or not_a_body(text, name) or (words[-1] in _UNIT_OF_BODY and any(
                o in forms and forms[o].type != "country" for o in owners)):
            continue
        kind = "group" if tokens & {"Group", "Coalition"} else "organisation"
        found.append((Span(start, start + len(name)), Candidate("new:" + name, name, kind), name))
    return found


_REGIONS = r"(?:(?:West|East|North|South|Southern|Central|Sub-Saharan)[ ]+)?(?:Africa|Asia|Europe|America|Latin[ ]+America|" \
    r"the[ ]+Americas|the[ ]+Pacific|the[ ]+Caribbean|the[ ]+Middle[ ]+East|the[ ]+Arab[ ]+World)"
_IN_REGION = re.compile(r"\s+in\s+" + _REGIONS + r"(?![\w-])")


def _people_names(words: list[str]) -> bool:
    """Whether the words are one person's name of two or three words, or several such names joined by "and" or
    commas: "Anna Keller", "Rudolf Schwenk and Hugh Riddell"."""
    names: list[list[str]] = [[]]
    for word in words:
        if word == "and" and names[-1]:
            names.append([])
            continue
        names[-1].append(word.rstrip(","))
        if word.endswith(","):
            names.append([])
    return all(2 <= len(name) <= 3 and all(
        PERSON_WORD.fullmatch(w) and w not in NOT_NAMES and w not in COUNTRY_FORMS and w not in BODY_WORDS
        and w.lower() not in TITLE_HEADS for w in name) for name in names)


def _region_of_name(text: str, end: int, name: str) -> str:
    """" in Africa" where the body's name goes on to its region: "the Islamic Fund for Rural Credit in Asia (IFRCA)" is
    named in full where the text sets an abbreviation after the region, and so at each mention; "the Fund for Rural
    Credit in West Africa said" sets none, and the region may be where the body works, so the name stops before it."""
    region = _IN_REGION.match(text, end)
    if region is None or not re.search(re.escape(name + region.group()) + r"\s*\([A-Z][A-Za-z&.-]{1,9}\)", text):
        return ""
    return " " + " ".join(region.group().split())


def _runs(match: re.Match[str], forms: dict[str, Candidate]) -> list[tuple[int, list[str]]]:
    """A run of capitalised words, cut at each "and" that joins two names rather than making one: "the
    Disaster Management and Mitigation Unit" is one name, "JICA and ZESCO Limited" two."""
    words = [(m.start() + match.start(), m.group()) for m in re.finditer(r"\S+", match.group())]
    runs: list[list[tuple[int, str]]] = [[]]
    for index, (at, word) in enumerate(words):
        if word == "and" and runs[-1] and index + 1 < len(words) and \
                _joins_two([w for _, w in runs[-1]], [w for _, w in words[index + 1:]], forms):
            runs.append([])
            continue
        runs[-1].append((at, word))
    return [(run[0][0], [w for _, w in run]) for run in runs if run]


def _joins_two(before: list[str], after: list[str], forms: dict[str, Candidate]) -> bool:
    """Whether the "and" between the words `before` and `after` joins two names: a name known already on
    either side, or a first name complete with its own organisation word ("the Council and ...")."""
    return any(" ".join(before[i:]) in forms for i in range(len(before))) or before[-1] in COUNTRY_FORMS or \
        any(" ".join(after[:i]) in forms for i in range(1, len(after) + 1)) or after[0] in COUNTRY_FORMS or \
        before[-1].split("-")[-1] in BODY_WORDS
