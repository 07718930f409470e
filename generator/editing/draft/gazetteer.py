"""What the rules know without reading: countries and the words that stand for them, well-known
organisations and groups, the words of titles, and the verbs of speech, meeting and giving."""
from __future__ import annotations

from dataclasses import dataclass

# Name:Adjective:Plural people, "_" for a space. A short list of the usual forms: the draft proposes,
# an editor reviews.
_COUNTRIES = """
Afghanistan:Afghan Albania:Albanian:Albanians Algeria:Algerian Argentina:Argentine:Argentines
Armenia:Armenian:Armenians Australia:Australian:Australians Austria:Austrian:Austrians
Azerbaijan:Azerbaijani Belarus:Belarusian:Belarusians Belgium:Belgian:Belgians Bosnia_and_Herzegovina:Bosnian
Brazil:Brazilian:Brazilians Bulgaria:Bulgarian:Bulgarians Cambodia:Cambodian Canada:Canadian:Canadians Chile:Chilean China:Chinese
Colombia:Colombian Croatia:Croatian:Croats Cuba:Cuban Cyprus:Cypriot Czech_Republic:Czech:Czechs Denmark:Danish:Danes
Egypt:Egyptian Estonia:Estonian:Estonians Ethiopia:Ethiopian Finland:Finnish:Finns France:French
Georgia:Georgian:Georgians Germany:German:Germans Greece:Greek:Greeks Hungary:Hungarian:Hungarians
Iceland:Icelandic:Icelanders India:Indian:Indians Indonesia:Indonesian Iran:Iranian:Iranians Iraq:Iraqi:Iraqis
Ireland:Irish Israel:Israeli:Israelis Italy:Italian:Italians Japan:Japanese Jordan:Jordanian
Kazakhstan:Kazakh Kenya:Kenyan Kosovo Latvia:Latvian:Latvians Lebanon:Lebanese Lithuania:Lithuanian:Lithuanians
Luxembourg Malta:Maltese Mexico:Mexican Moldova:Moldovan:Moldovans Montenegro:Montenegrin Morocco:Moroccan
Netherlands:Dutch New_Zealand North_Korea:North_Korean North_Macedonia Nigeria:Nigerian Norway:Norwegian:Norwegians
Pakistan:Pakistani Poland:Polish:Poles Portugal:Portuguese Qatar:Qatari Romania:Romanian:Romanians
Russia:Russian:Russians Saudi_Arabia:Saudi Serbia:Serbian:Serbs Slovakia:Slovak:Slovaks Slovenia:Slovenian
South_Africa:South_African South_Korea:South_Korean Spain:Spanish Sweden:Swedish:Swedes Switzerland:Swiss
Syria:Syrian Taiwan:Taiwanese Turkey:Turkish Ukraine:Ukrainian:Ukrainians United_Kingdom:British:Britons
United_States:American:Americans Vietnam:Vietnamese
"""
_COUNTRY_FORMS = {
    "United Kingdom": ("U.K.", "UK", "Britain", "Great Britain"),
    "United States": ("U.S.", "US", "USA", "U.S.A.", "United States of America"),
    "Czech Republic": ("Czechia",),
    "Netherlands": ("Holland",),
    "Turkey": ("Türkiye",),
    "Moldova": ("Republic of Moldova",),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class Entry:
    """One country, organisation or group the draft knows by name."""

    name: str
    """Its name: the short English name of a country, the full name of an organisation."""
    type: str
    """country, organisation or group."""
    forms: tuple[str, ...]
    """Every way the text may write it: names, abbreviations, adjectives, plurals."""
    adjectives: tuple[str, ...] = ()
    """The forms that are adjectives or plurals, which name the country only through its people."""


def _countries() -> list[Entry]:
    entries = []
    for item in _COUNTRIES.split():
        name, *rest = [part.replace("_", " ") for part in item.split(":")]
        extra = _COUNTRY_FORMS.get(name, ())
        forms = (name, *extra, *rest)
        if name == "Netherlands":
            forms = (*forms, "The Netherlands")
        entries.append(Entry(name, "country", forms, tuple(rest)))
    return entries


_ORGANISATIONS: list[Entry] = [
    Entry("NATO", "organisation", ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation")),
    Entry("European Union", "organisation", ("European Union", "EU", "E.U.")),
    Entry("European Commission", "organisation", ("European Commission",)),
    Entry("European Parliament", "organisation", ("European Parliament",)),
    Entry("European Council", "organisation", ("European Council",)),
    Entry("Council of Europe", "organisation", ("Council of Europe",)),
    Entry("European Investment Bank", "organisation", ("European Investment Bank", "EIB")),
    Entry("European Bank for Reconstruction and Development", "organisation",
          ("European Bank for Reconstruction and Development", "EBRD")),
    Entry("European Council on Foreign Relations", "organisation", ("European Council on Foreign Relations", "ECFR")),
    Entry("United Nations", "organisation", ("United Nations", "UN", "U.N.")),
    Entry("UN Security Council", "organisation", ("UN Security Council", "U.N. Security Council",
                                                   "United Nations Security Council")),
    Entry("International Monetary Fund", "organisation", ("International Monetary Fund", "IMF")),
    Entry("World Bank", "organisation", ("World Bank",)),
    Entry("Organization for Security and Co-operation in Europe", "organisation",
          ("Organization for Security and Co-operation in Europe", "OSCE")),
    Entry("International Atomic Energy Agency", "organisation", ("International Atomic Energy Agency", "IAEA")),
    Entry("International Criminal Court", "organisation", ("International Criminal Court", "ICC")),
    Entry("International Committee of the Red Cross", "organisation",
          ("International Committee of the Red Cross", "ICRC", "Red Cross")),
    Entry("UNICEF", "organisation", ("UNICEF", "United Nations Children's Fund", "UN Children's Fund")),
    Entry("UNHCR", "organisation", ("UNHCR", "UN Refugee Agency", "United Nations High Commissioner for Refugees")),
    Entry("World Food Programme", "organisation", ("World Food Programme", "World Food Program", "WFP")),
    Entry("World Health Organization", "organisation", ("World Health Organization", "World Health Organisation",
                                                        "WHO")),
    Entry("UN Development Programme", "organisation", ("UN Development Programme", "United Nations Development "
                                                       "Programme", "UNDP")),
    Entry("International Organization for Migration", "organisation", ("International Organization for Migration",
                                                                       "IOM")),
    Entry("OECD", "organisation", ("OECD", "Organisation for Economic Co-operation and Development")),
    Entry("African Union", "organisation", ("African Union",)),
    Entry("Group of Seven", "group", ("Group of Seven", "G7", "G-7")),
    Entry("Group of 20", "group", ("Group of 20", "Group of Twenty", "G20", "G-20")),
    Entry("BRICS", "group", ("BRICS",)),
    Entry("Nordic countries", "group", ("Nordic countries", "Nordic states", "Nordics", "Nordic")),
    Entry("Baltic states", "group", ("Baltic states", "Baltic countries", "Baltics", "Baltic")),
    Entry("Nordic-Baltic Eight", "group", ("Nordic-Baltic Eight", "NB8")),
    Entry("Weimar Triangle", "group", ("Weimar Triangle",)),
    Entry("Joint Expeditionary Force", "group", ("Joint Expeditionary Force", "JEF")),
    Entry("Ukraine Defense Contact Group", "group", ("Ukraine Defense Contact Group", "Ukraine Defence Contact Group",
                                                    "Ramstein group", "Ramstein format")),
    Entry("Bundestag", "organisation", ("Bundestag",)),
    Entry("Verkhovna Rada", "organisation", ("Verkhovna Rada",)),
    Entry("Sejm", "organisation", ("Sejm",)),
    Entry("U.S. Congress", "organisation", ("U.S. Congress", "US Congress", "Congress")),
    # Companies that make or move what aid is made of.
    *(Entry(name, "organisation", (name,)) for name in (
        "Rheinmetall", "Diehl Defence", "KNDS", "Krauss-Maffei Wegmann", "Thales", "Saab", "MBDA", "Raytheon",
        "RTX", "Lockheed Martin", "Northrop Grumman", "BAE Systems", "General Dynamics", "Boeing", "Airbus",
        "Kongsberg", "Nammo", "Baykar", "Hanwha Aerospace", "Hyundai Rotem", "Ukroboronprom", "Naftogaz",
        "Ukrenergo", "Energoatom", "Gazprom", "Rosatom", "Dassault Aviation")),
]

ENTRIES: tuple[Entry, ...] = (*_countries(), *_ORGANISATIONS)
"""Every country, organisation and group the draft knows, countries first."""

CAPITALS = {"Kyiv": "Ukraine", "Kiev": "Ukraine", "Moscow": "Russia", "Washington": "United States",
            "London": "United Kingdom", "Paris": "France", "Berlin": "Germany", "Warsaw": "Poland", "Rome": "Italy",
            "Madrid": "Spain", "Tokyo": "Japan", "Ottawa": "Canada", "Canberra": "Australia", "Stockholm": "Sweden",
            "Oslo": "Norway", "Helsinki": "Finland", "Copenhagen": "Denmark", "Tallinn": "Estonia", "Riga": "Latvia",
            "Vilnius": "Lithuania", "Prague": "Czech Republic", "Bratislava": "Slovakia", "Budapest": "Hungary",
            "Bucharest": "Romania", "Sofia": "Bulgaria", "Ankara": "Turkey", "Beijing": "China", "Seoul": "South Korea",
            "Lisbon": "Portugal", "Athens": "Greece", "Vienna": "Austria", "Dublin": "Ireland", "Reykjavik": "Iceland",
            "Chisinau": "Moldova", "Minsk": "Belarus", "Tbilisi": "Georgia"}
"""Capitals that stand for their governments ("Tokyo will send", "promised Kyiv"): read as the country
only where the text names that country too, and never after a preposition of place."""

NEWS_AGENCIES = frozenset({"Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "Bloomberg", "dpa",
                           "DPA", "Ukrinform", "Interfax", "TASS", "BBC", "CNN", "PAP", "ANSA", "EFE", "Kyodo"})
"""Who reports the news is not part of it: never proposed as an organisation."""

ORGANISATION_WORDS = frozenset({"Union", "Council", "Commission", "Group", "Alliance", "Organisation", "Organization",
                                "Nations", "Parliament", "Bank", "Fund", "Agency", "Committee", "Court", "Institute",
                                "Foundation", "Coalition", "Forum", "Assembly", "Association", "Federation",
                                "Programme", "Program", "Centre", "Center", "Corporation"})
"""Words that make a capitalised phrase the name of an organisation: "European Council on Foreign Relations"."""
COMPANY_WORDS = frozenset({"Defence", "Defense", "Systems", "Industries", "Aerospace", "Dynamics", "Corporation",
                           "Group", "AG", "GmbH", "Inc", "Ltd", "plc"})
"""Last words of a company's name after a name of its own: "Diehl Defence"."""

TITLE_HEADS = _words("""
minister president chancellor secretary commissioner ambassador spokesman spokeswoman spokesperson premier
king queen prince princess pope senator governor mayor general admiral chief director envoy adviser advisor
fellow chairman chairwoman chair commander representative speaker leader head lawmaker prosecutor ombudsman
emir sheikh officer researcher professor economist analyst president-elect vice-president marshal colonel
lieutenant captain sen rep gen adm col lt gov strategist taoiseach tanaiste tánaiste chancellor-elect executive
councillor councilor cllr manager coordinator correspondent reporter editor writer engineer
""")
"""Nouns that end a title: "Prime Minister", "senior policy fellow"."""
TITLE_MODIFIERS = _words("""
prime deputy vice first foreign defense defence energy finance economy economic interior justice health trade
agriculture environment culture education infrastructure transport digital development international senior
junior policy government state general security high national special presidential military armed forces press
acting former top lead army navy air staff joint research executive managing permanent regional strategic
industries veterans social home affairs communications cabinet opposition parliamentary party defence-industry
climate european integration reintegration reconstruction humanitarian interim chief assistant principal
associate commonwealth development foreign-policy intelligence budget labour labor science technology industry
cooperation co-operation procurement enlargement resident federal shadow fire crew station medical team
ministry
""")
"""Words that come before a title's last noun: "Deputy Prime", "international development"."""
TITLE_CONNECTORS = frozenset({"of", "for"})
"""Words inside a title: "Secretary of State", "Commissioner for Energy Security"."""
TITLE_ORGANISATIONS = {"european commissioner": "European Commission", "eu commissioner": "European Commission"}
"""Titles that name their organisation themselves, and keep the word: "European Commissioner for ..."."""

ANONYMOUS_NOUNS = _words("""
official officials diplomat diplomats source sources aide aides analyst analysts officer officers person
people member members lawmaker lawmakers negotiator negotiators adviser advisers advisor advisors observer
observers insider insiders expert experts spokesperson representative representatives commander commanders
resident residents witness witnesses soldier soldiers
""")
"""Nouns that describe someone without naming them: "a senior official said"."""

SPEECH_VERBS = _words("""
said says say told tells added adds adding stated declared noted noting wrote writes writing explained
explaining stressed emphasised emphasized insisted replied warned warning continued remarked announced urged
underlined recalled argued accused thanked thanking called calling described describing dismissed vowed
praised welcomed acknowledged admitted conceded confirmed posted tweeted insisting saying told asked
""")
"""Verbs that attribute words to the person who is their subject."""
PRONOUNS = {"he": "he", "she": "she", "him": "he", "her": "she"}

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "hundred": 100, "dozen": 12}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOT_NAMES = frozenset({*MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                       "The", "A", "An", "In", "On", "At", "As", "But", "And", "Or", "If", "When", "While", "After",
                       "Before", "During", "Since", "He", "She", "They", "We", "It", "His", "Her", "Their", "Its",
                       "This", "That", "These", "Those", "Speaking", "According", "Asked", "Meanwhile", "However",
                       "Hours", "Days", "Officials", "Diplomats", "Ministers", "Leaders", "Analysts", "Europe",
                       "Western", "Eastern", "European", "Northern", "Southern", "Central", "Kyiv", "Moscow",
                       "Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Sea", "Ocean", "River", "Strait",
                       "Street", "Square", "Avenue", "Road", "Service", "Agency", "Ministry", "Department"})
"""Capitalised words that never start or continue a person's name; honorifics among them, which British
style writes without a full stop ("Ms Ferreira"), so that the surname after one names the person named in full."""
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "ter", "dos"})
