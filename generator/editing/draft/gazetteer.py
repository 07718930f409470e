"""What the rules know without reading: countries and the words that stand for them, well-known
organisations and groups, the words of titles, and the verbs of speech, meeting and giving."""
from __future__ import annotations

from dataclasses import dataclass

# Name:Adjective:Plural people, "_" for a space. A short list of the usual forms: the draft proposes,
# an editor reviews. No adjective where it is another country's or a region's as well ("Dominican",
# "Congolese", "Central African", "Micronesian").
_COUNTRIES = """
Afghanistan:Afghan Albania:Albanian:Albanians Algeria:Algerian Andorra:Andorran Angola:Angolan:Angolans
Antigua_and_Barbuda:Antiguan Argentina:Argentine:Argentines Armenia:Armenian:Armenians
Australia:Australian:Australians Austria:Austrian:Austrians Azerbaijan:Azerbaijani Bahamas:Bahamian:Bahamians
Bahrain:Bahraini:Bahrainis Bangladesh:Bangladeshi:Bangladeshis Barbados:Barbadian:Barbadians
Belarus:Belarusian:Belarusians Belgium:Belgian:Belgians Belize:Belizean Benin:Beninese Bhutan:Bhutanese
Bolivia:Bolivian:Bolivians Bosnia_and_Herzegovina:Bosnian Botswana Brazil:Brazilian:Brazilians Brunei:Bruneian
Bulgaria:Bulgarian:Bulgarians Burkina_Faso:Burkinabe:Burkinabè Burundi:Burundian:Burundians Cambodia:Cambodian
Cameroon:Cameroonian:Cameroonians Canada:Canadian:Canadians Cape_Verde:Cape_Verdean Central_African_Republic
Chad:Chadian:Chadians Chile:Chilean China:Chinese Colombia:Colombian Comoros:Comorian
Costa_Rica:Costa_Rican:Costa_Ricans Croatia:Croatian:Croats Cuba:Cuban Cyprus:Cypriot Czech_Republic:Czech:Czechs
Democratic_Republic_of_the_Congo Denmark:Danish:Danes Djibouti:Djiboutian Dominica Dominican_Republic
East_Timor:Timorese Ecuador:Ecuadorian:Ecuadorean Egypt:Egyptian El_Salvador:Salvadoran:Salvadorans
Equatorial_Guinea:Equatorial_Guinean Eritrea:Eritrean:Eritreans Estonia:Estonian:Estonians Eswatini:Swazi
Ethiopia:Ethiopian Fiji:Fijian:Fijians Finland:Finnish:Finns France:French Gabon:Gabonese Gambia:Gambian:Gambians
Georgia:Georgian:Georgians Germany:German:Germans Ghana:Ghanaian:Ghanaians Greece:Greek:Greeks
Greenland:Greenlandic:Greenlanders Grenada:Grenadian
Guatemala:Guatemalan:Guatemalans Guinea:Guinean Guinea-Bissau:Bissau-Guinean Guyana:Guyanese Haiti:Haitian:Haitians
Honduras:Honduran:Hondurans Hungary:Hungarian:Hungarians Iceland:Icelandic:Icelanders India:Indian:Indians
Indonesia:Indonesian Iran:Iranian:Iranians Iraq:Iraqi:Iraqis Ireland:Irish Israel:Israeli:Israelis
Italy:Italian:Italians Ivory_Coast:Ivorian:Ivorians Jamaica:Jamaican:Jamaicans Japan:Japanese Jordan:Jordanian
Kazakhstan:Kazakh Kenya:Kenyan Kiribati:I-Kiribati Kosovo Kuwait:Kuwaiti:Kuwaitis Kyrgyzstan:Kyrgyz Laos:Laotian:Lao
Latvia:Latvian:Latvians Lebanon:Lebanese Lesotho Liberia:Liberian:Liberians Libya:Libyan:Libyans Liechtenstein
Lithuania:Lithuanian:Lithuanians Luxembourg Madagascar:Malagasy Malawi:Malawian:Malawians
Malaysia:Malaysian:Malaysians Maldives:Maldivian Mali:Malian:Malians Malta:Maltese Marshall_Islands:Marshallese
Mauritania:Mauritanian Mauritius:Mauritian Mexico:Mexican Micronesia Moldova:Moldovan:Moldovans Monaco:Monegasque
Mongolia:Mongolian Montenegro:Montenegrin Morocco:Moroccan Mozambique:Mozambican Myanmar:Burmese
Namibia:Namibian:Namibians Nauru:Nauruan Nepal:Nepali:Nepalese:Nepalis Netherlands:Dutch New_Zealand
Nicaragua:Nicaraguan:Nicaraguans Niger:Nigerien Nigeria:Nigerian North_Korea:North_Korean North_Macedonia
Norway:Norwegian:Norwegians Oman:Omani:Omanis Pakistan:Pakistani Palau:Palauan Palestine:Palestinian:Palestinians
Panama:Panamanian Papua_New_Guinea:Papua_New_Guinean Paraguay:Paraguayan Peru:Peruvian:Peruvians
Philippines:Philippine:Filipino:Filipinos Poland:Polish:Poles Portugal:Portuguese Qatar:Qatari Republic_of_the_Congo
Romania:Romanian:Romanians Russia:Russian:Russians Rwanda:Rwandan:Rwandans Saint_Kitts_and_Nevis Saint_Lucia
Saint_Vincent_and_the_Grenadines Samoa:Samoan:Samoans San_Marino:Sammarinese Sao_Tome_and_Principe Saudi_Arabia:Saudi
Senegal:Senegalese Serbia:Serbian:Serbs Seychelles:Seychellois Sierra_Leone:Sierra_Leonean
Singapore:Singaporean:Singaporeans Slovakia:Slovak:Slovaks Slovenia:Slovenian Solomon_Islands Somalia:Somali:Somalis
South_Africa:South_African South_Korea:South_Korean:Korean South_Sudan:South_Sudanese Spain:Spanish Sri_Lanka:Sri_Lankan
Sudan:Sudanese Suriname:Surinamese Sweden:Swedish:Swedes Switzerland:Swiss Syria:Syrian Taiwan:Taiwanese
Tajikistan:Tajik Tanzania:Tanzanian:Tanzanians Thailand:Thai:Thais Togo:Togolese Tonga:Tongan:Tongans
Trinidad_and_Tobago:Trinidadian Tunisia:Tunisian:Tunisians Turkey:Turkish Turkmenistan:Turkmen Tuvalu:Tuvaluan
Uganda:Ugandan:Ugandans Ukraine:Ukrainian:Ukrainians United_Arab_Emirates:Emirati:Emiratis
United_Kingdom:British:Britons United_States:American:Americans Uruguay:Uruguayan Uzbekistan:Uzbek Vanuatu:Ni-Vanuatu
Vatican_City Venezuela:Venezuelan:Venezuelans Vietnam:Vietnamese Yemen:Yemeni:Yemenis Zambia:Zambian:Zambians
Zimbabwe:Zimbabwean:Zimbabweans
"""
_COUNTRY_FORMS = {
    "United Kingdom": ("U.K.", "UK", "Britain", "Great Britain"),
    "United States": ("U.S.", "US", "USA", "U.S.A.", "United States of America"),
    "Czech Republic": ("Czechia",),
    "Netherlands": ("Holland", "Kingdom of the Netherlands"),
    "Turkey": ("Türkiye", "Turkiye"),
    "Russia": ("Russian Federation",),
    "China": ("People's Republic of China", "PRC"),
    "South Korea": ("Republic of Korea", "ROK", "Korea"),
    "North Korea": ("Democratic People's Republic of Korea", "DPRK"),
    "Germany": ("Federal Republic of Germany",),
    "Greece": ("Hellenic Republic",),
    "Ireland": ("Republic of Ireland",),
    "Slovakia": ("Slovak Republic",),
    "Bosnia and Herzegovina": ("Bosnia", "Bosnia-Herzegovina"),
    "Kyrgyzstan": ("Kyrgyz Republic",),
    "Iran": ("Islamic Republic of Iran",),
    "Syria": ("Syrian Arab Republic",),
    "Jordan": ("Hashemite Kingdom of Jordan",),
    "United Arab Emirates": ("UAE", "U.A.E."),
    "Nigeria": ("Federal Republic of Nigeria",),
    "Tanzania": ("United Republic of Tanzania",),
    "Democratic Republic of the Congo": ("Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"),
    "Republic of the Congo": ("Republic of Congo", "Congo Republic", "Congo-Brazzaville"),
    "Ivory Coast": ("Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire"),
    "Cape Verde": ("Cabo Verde", "Republic of Cabo Verde"),
    "Eswatini": ("Swaziland",),
    "Sao Tome and Principe": ("São Tomé and Príncipe",),
    "Saint Kitts and Nevis": ("St Kitts and Nevis", "St. Kitts and Nevis"),
    "Saint Lucia": ("St Lucia", "St. Lucia"),
    "Saint Vincent and the Grenadines": ("St Vincent and the Grenadines", "St. Vincent and the Grenadines"),
    "Myanmar": ("Burma",),
    "Laos": ("Lao PDR", "Lao People's Democratic Republic"),
    "Vietnam": ("Viet Nam",),
    "East Timor": ("Timor-Leste",),
    "Brunei": ("Brunei Darussalam",),
    "Philippines": ("Republic of the Philippines",),
    "Papua New Guinea": ("PNG",),
    "Micronesia": ("Federated States of Micronesia",),
    "Palestine": ("State of Palestine",),
    "Vatican City": ("Holy See", "Vatican"),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_REPUBLICS = _words("""
Albania Angola Armenia Austria Azerbaijan Belarus Benin Botswana Bulgaria Burundi Cameroon Chad Chile Colombia Costa_Rica
Croatia Cuba Cyprus Djibouti Ecuador El_Salvador Equatorial_Guinea Estonia Fiji Finland Gambia Ghana Guatemala Guinea
Guinea-Bissau Haiti Honduras India Indonesia Iraq Kazakhstan Kenya Kiribati Kosovo Latvia Liberia Lithuania Madagascar
Malawi Maldives Mali Malta Mauritius Moldova Mozambique Namibia Nauru Nicaragua Niger North_Macedonia Palau Panama
Paraguay Peru Poland Rwanda San_Marino Senegal Serbia Seychelles Sierra_Leone Singapore Slovenia South_Africa South_Sudan
Sudan Suriname Tajikistan Trinidad_and_Tobago Tunisia Uganda Uzbekistan Vanuatu Yemen Zambia Zimbabwe
""")
_KINGDOMS = _words("""
Bahrain Belgium Bhutan Cambodia Denmark Eswatini Lesotho Morocco Norway Saudi_Arabia Spain Sweden Thailand Tonga
""")
"""Countries whose formal name is "Republic of" or "Kingdom of" their short name, as readouts write it:
"the Minister of Foreign Affairs of the Republic of Lithuania", "the Kingdom of Tonga"."""


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
        formal = [f"{kind} of {name}" for kind, names in (("Republic", _REPUBLICS), ("Kingdom", _KINGDOMS))
                  if name.replace(" ", "_") in names]
        forms = (name, *_COUNTRY_FORMS.get(name, ()), *formal, *rest)
        if name == "Netherlands":
            forms = (*forms, "The Netherlands")
        entries.append(Entry(name, "country", forms, tuple(rest)))
    return entries


_ORGANISATIONS: list[Entry] = [
    # British style writes an acronym said as a word with one capital: "Nato", "Unicef", "Asean"
    Entry("NATO", "organisation", ("NATO", "Nato", "North Atlantic Treaty Organization",
                                   "North Atlantic Treaty Organisation")),
    Entry("European Union", "organisation", ("European Union", "EU", "E.U.")),
    Entry("European Commission", "organisation", ("European Commission",)),
    Entry("European Parliament", "organisation", ("European Parliament",)),
    Entry("European Council", "organisation", ("European Council",)),
    Entry("Council of the European Union", "organisation", ("Council of the European Union", "Council of the EU")),
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
    Entry("UNICEF", "organisation", ("UNICEF", "Unicef", "United Nations Children's Fund", "UN Children's Fund")),
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
    Entry("African Union Commission", "organisation", ("African Union Commission", "AU Commission")),
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
    # Parliaments and armed forces that reports name by their own one-word names.
    *(Entry(name, "organisation", (name,)) for name in (
        "Storting", "Stortinget", "Riksdag", "Folketing", "Folketinget", "Eduskunta", "Althing", "Saeima", "Seimas",
        "Riigikogu", "Knesset", "Oireachtas", "Bundesrat", "Bundeswehr", "Tatmadaw")),
    Entry("State Duma", "organisation", ("State Duma", "Duma")),
    # Armed and political groups that reports name as parties to a conflict.
    Entry("al-Shabaab", "group", ("al-Shabaab", "Al-Shabaab", "al-Shabab", "Al-Shabab")),
    Entry("Hamas", "group", ("Hamas",)),
    Entry("Hezbollah", "group", ("Hezbollah", "Hizbollah")),
    Entry("Houthis", "group", ("Houthis", "Houthi movement", "Ansar Allah")),
    Entry("Taliban", "group", ("Taliban",)),
    Entry("Boko Haram", "group", ("Boko Haram",)),
    Entry("Islamic State", "group", ("Islamic State", "ISIS", "ISIL", "Daesh")),
    Entry("Wagner Group", "group", ("Wagner Group", "Africa Corps")),
    Entry("FARC", "group", ("FARC", "Revolutionary Armed Forces of Colombia")),
    Entry("National Liberation Army", "group", ("National Liberation Army", "ELN")),
    Entry("M23", "group", ("M23", "March 23 Movement")),
    Entry("Rapid Support Forces", "group", ("Rapid Support Forces", "RSF")),
    # United Nations agencies, funds and offices.
    Entry("UN Office for the Coordination of Humanitarian Affairs", "organisation",
          ("UN Office for the Coordination of Humanitarian Affairs", "U.N. Office for the Coordination of Humanitarian "
           "Affairs", "United Nations Office for the Coordination of Humanitarian Affairs",
           "Office for the Coordination of Humanitarian Affairs", "OCHA", "UNOCHA")),
    Entry("Central Emergency Response Fund", "organisation", ("Central Emergency Response Fund", "CERF")),
    Entry("Food and Agriculture Organization", "organisation",
          ("Food and Agriculture Organization", "Food and Agriculture Organisation", "UN Food and Agriculture Organization",
           "United Nations Food and Agriculture Organization", "FAO")),
    Entry("UNFPA", "organisation", ("UNFPA", "UN Population Fund", "United Nations Population Fund")),
    Entry("UN Women", "organisation", ("UN Women", "U.N. Women")),
    Entry("UNRWA", "organisation", ("UNRWA", "UN Relief and Works Agency", "U.N. Relief and Works Agency",
                                    "United Nations Relief and Works Agency",
                                    "UN Relief and Works Agency for Palestine Refugees",
                                    "United Nations Relief and Works Agency for Palestine Refugees in the Near East")),
    Entry("UNESCO", "organisation", ("UNESCO", "Unesco", "United Nations Educational, Scientific and Cultural Organization",
                                     "UN Educational, Scientific and Cultural Organization")),
    Entry("UN Environment Programme", "organisation", ("UN Environment Programme", "United Nations Environment "
                                                       "Programme", "UNEP")),
    Entry("UN-Habitat", "organisation", ("UN-Habitat", "United Nations Human Settlements Programme")),
    Entry("UNOPS", "organisation", ("UNOPS", "UN Office for Project Services", "United Nations Office for Project Services")),
    Entry("UN Office for Disaster Risk Reduction", "organisation",
          ("UN Office for Disaster Risk Reduction", "United Nations Office for Disaster Risk Reduction", "UNDRR")),
    Entry("International Labour Organization", "organisation",
          ("International Labour Organization", "International Labour Organisation", "International Labor Organization",
           "ILO")),
    Entry("International Fund for Agricultural Development", "organisation",
          ("International Fund for Agricultural Development", "IFAD")),
    Entry("World Meteorological Organization", "organisation",
          ("World Meteorological Organization", "World Meteorological Organisation", "WMO")),
    # Development banks and funds.
    Entry("Asian Development Bank", "organisation", ("Asian Development Bank", "ADB")),
    Entry("African Development Bank", "organisation", ("African Development Bank", "AfDB")),
    Entry("Inter-American Development Bank", "organisation", ("Inter-American Development Bank", "IDB", "IADB")),
    Entry("Asian Infrastructure Investment Bank", "organisation", ("Asian Infrastructure Investment Bank", "AIIB")),
    Entry("Islamic Development Bank", "organisation", ("Islamic Development Bank", "IsDB")),
    Entry("Council of Europe Development Bank", "organisation", ("Council of Europe Development Bank", "CEB")),
    Entry("International Finance Corporation", "organisation", ("International Finance Corporation", "IFC")),
    Entry("Multilateral Investment Guarantee Agency", "organisation", ("Multilateral Investment Guarantee Agency", "MIGA")),
    Entry("Nordic Investment Bank", "organisation", ("Nordic Investment Bank", "NIB")),
    Entry("Green Climate Fund", "organisation", ("Green Climate Fund", "GCF")),
    Entry("Global Fund", "organisation", ("Global Fund to Fight AIDS, Tuberculosis and Malaria", "Global Fund")),
    Entry("Gavi", "organisation", ("Gavi, the Vaccine Alliance", "Gavi", "GAVI")),
    Entry("Global Partnership for Education", "organisation", ("Global Partnership for Education", "GPE")),
    Entry("Adaptation Fund", "organisation", ("Adaptation Fund",)),
    # Regional bodies and groups.
    Entry("ASEAN", "organisation", ("ASEAN", "Asean", "Association of Southeast Asian Nations",
                                    "Association of South East Asian Nations")),
    Entry("ASEAN Coordinating Centre for Humanitarian Assistance on disaster management", "organisation",
          ("ASEAN Coordinating Centre for Humanitarian Assistance on disaster management", "AHA Centre")),
    Entry("Pacific Islands Forum", "organisation", ("Pacific Islands Forum",)),
    Entry("Economic Community of West African States", "organisation",
          ("Economic Community of West African States", "ECOWAS", "Ecowas")),
    Entry("Southern African Development Community", "organisation", ("Southern African Development Community", "SADC")),
    Entry("East African Community", "organisation", ("East African Community", "EAC")),
    Entry("Intergovernmental Authority on Development", "organisation",
          ("Intergovernmental Authority on Development", "IGAD")),
    Entry("Caribbean Community", "organisation", ("Caribbean Community", "CARICOM", "Caricom")),
    Entry("Organization of American States", "organisation",
          ("Organization of American States", "Organisation of American States", "OAS")),
    Entry("Mercosur", "organisation", ("Mercosur", "MERCOSUR")),
    Entry("Gulf Cooperation Council", "organisation", ("Gulf Cooperation Council", "GCC")),
    Entry("Arab League", "organisation", ("Arab League", "League of Arab States")),
    Entry("Organisation of Islamic Cooperation", "organisation",
          ("Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC")),
    Entry("Commonwealth of Nations", "organisation", ("Commonwealth of Nations", "Commonwealth Secretariat")),
    Entry("Shanghai Cooperation Organisation", "organisation",
          ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO")),
    Entry("Council of the Baltic Sea States", "organisation", ("Council of the Baltic Sea States", "CBSS")),
    Entry("Visegrad Group", "group", ("Visegrad Group", "Visegrád Group", "Visegrad Four", "Visegrád Four", "V4")),
    Entry("Quad", "group", ("Quad", "Quadrilateral Security Dialogue")),
    # Aid agencies of governments and of the EU and AU.
    Entry("USAID", "organisation", ("USAID", "U.S. Agency for International Development",
                                    "US Agency for International Development",
                                    "United States Agency for International Development")),
    Entry("Japan International Cooperation Agency", "organisation", ("Japan International Cooperation Agency",)),
    Entry("Korea International Cooperation Agency", "organisation", ("Korea International Cooperation Agency", "KOICA")),
    Entry("GIZ", "organisation", ("GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit")),
    Entry("KfW", "organisation", ("KfW", "KfW Development Bank")),
    Entry("Agence Française de Développement", "organisation",
          ("Agence Française de Développement", "Agence Francaise de Developpement", "French Development Agency",
           "AFD")),
    Entry("Foreign, Commonwealth and Development Office", "organisation",
          ("Foreign, Commonwealth and Development Office", "Foreign, Commonwealth & Development Office", "FCDO")),
    Entry("EU Civil Protection Mechanism", "organisation",
          ("EU Civil Protection Mechanism", "Union Civil Protection Mechanism", "UCPM")),
    Entry("IHE Delft", "organisation", ("IHE Delft Institute for Water Education", "IHE Delft")),
    Entry("European Civil Protection and Humanitarian Aid Operations", "organisation",
          ("European Civil Protection and Humanitarian Aid Operations", "DG ECHO", "ECHO")),
    Entry("Norad", "organisation", ("Norad", "Norwegian Agency for Development Cooperation")),
    Entry("Danida", "organisation", ("Danida", "DANIDA")),
    Entry("Sida", "organisation", ("Sida", "SIDA", "Swedish International Development Cooperation Agency")),
    Entry("Enabel", "organisation", ("Enabel", "Belgian Development Agency")),
    Entry("AECID", "organisation", ("AECID", "Spanish Agency for International Development Cooperation")),
    Entry("AICS", "organisation", ("AICS", "Italian Agency for Development Cooperation")),
    Entry("Austrian Development Agency", "organisation", ("Austrian Development Agency",)),
    Entry("Irish Aid", "organisation", ("Irish Aid",)),
    Entry("Swiss Agency for Development and Cooperation", "organisation",
          ("Swiss Agency for Development and Cooperation", "SDC")),
    Entry("BMZ", "organisation", ("BMZ",)),
    Entry("TIKA", "organisation", ("TIKA", "Turkish Cooperation and Coordination Agency")),
    Entry("Disaster and Emergency Management Authority", "organisation",
          ("Disaster and Emergency Management Authority", "Disaster and Emergency Management Presidency", "AFAD")),
    Entry("King Salman Humanitarian Aid and Relief Centre", "organisation",
          ("King Salman Humanitarian Aid and Relief Centre", "King Salman Humanitarian Aid and Relief Center", "KSrelief")),
    # Development finance institutions and export credit agencies.
    Entry("Japan Bank for International Cooperation", "organisation", ("Japan Bank for International Cooperation", "JBIC")),
    Entry("NEXI", "organisation", ("NEXI", "Nippon Export and Investment Insurance")),
    Entry("UK Export Finance", "organisation", ("UK Export Finance", "UKEF")),
    Entry("British International Investment", "organisation", ("British International Investment",)),
    *(Entry(name, "organisation", (name,)) for name in ("DEG", "Proparco", "FMO", "Finnfund", "Swedfund", "Norfund")),
    Entry("Africa Centres for Disease Control and Prevention", "organisation",
          ("Africa Centres for Disease Control and Prevention", "Africa Centers for Disease Control and Prevention",
           "Africa CDC")),
    # Humanitarian organisations.
    Entry("International Federation of Red Cross and Red Crescent Societies", "organisation",
          ("International Federation of Red Cross and Red Crescent Societies", "IFRC")),
    Entry("Médecins Sans Frontières", "organisation",
          ("Médecins Sans Frontières", "Medecins Sans Frontieres", "Doctors Without Borders", "MSF")),
    Entry("Norwegian Refugee Council", "organisation", ("Norwegian Refugee Council", "NRC")),
    Entry("Danish Refugee Council", "organisation", ("Danish Refugee Council",)),
    Entry("International Rescue Committee", "organisation", ("International Rescue Committee", "IRC")),
    Entry("Save the Children", "organisation", ("Save the Children",)),
    Entry("Oxfam", "organisation", ("Oxfam", "Oxfam International")),
    Entry("CARE International", "organisation", ("CARE International", "CARE")),
    Entry("World Vision", "organisation", ("World Vision",)),
    Entry("Mercy Corps", "organisation", ("Mercy Corps",)),
    Entry("HALO Trust", "organisation", ("HALO Trust", "Halo Trust")),
    Entry("Mines Advisory Group", "organisation", ("Mines Advisory Group", "MAG")),
    Entry("Caritas", "organisation", ("Caritas", "Caritas Internationalis")),
    Entry("Islamic Relief", "organisation", ("Islamic Relief", "Islamic Relief Worldwide")),
    Entry("Humanity & Inclusion", "organisation", ("Humanity & Inclusion", "Humanity and Inclusion",
                                                   "Handicap International")),
    Entry("Welthungerhilfe", "organisation", ("Welthungerhilfe", "Deutsche Welthungerhilfe")),
    Entry("ActionAid", "organisation", ("ActionAid", "ActionAid International")),
    Entry("Trócaire", "organisation", ("Trócaire", "Trocaire")),
    Entry("Americares", "organisation", ("Americares", "AmeriCares")),
    Entry("Samaritan's Purse", "organisation", ("Samaritan's Purse", "Samaritan’s Purse")),
    Entry("ALIMA", "organisation", ("ALIMA", "Alliance for International Medical Action")),
    Entry("Solidarités International", "organisation", ("Solidarités International", "Solidarites International")),
    Entry("Action Against Hunger", "organisation", ("Action Against Hunger", "Action contre la Faim")),
    Entry("Mary's Meals", "organisation", ("Mary's Meals", "Mary’s Meals")),
    Entry("Johanniter International", "organisation", ("Johanniter International", "Johanniter")),
    Entry("Médecins du Monde", "organisation", ("Médecins du Monde", "Medecins du Monde", "Doctors of the World")),
    Entry("SOS Children's Villages", "organisation", ("SOS Children's Villages", "SOS Children’s Villages")),
    Entry("CEPI", "organisation", ("CEPI", "Coalition for Epidemic Preparedness Innovations")),
    Entry("UNMAS", "organisation", ("UNMAS", "United Nations Mine Action Service", "UN Mine Action Service")),
    *(Entry(name, "organisation", (name,)) for name in (
        "ACTED", "Concern Worldwide", "Christian Aid", "Plan International", "Direct Relief", "Catholic Relief Services",
        "Habitat for Humanity", "ShelterBox", "Medair", "Cordaid", "Team Rubicon", "Project HOPE",
        "International Medical Corps", "Malteser International", "Diakonie Katastrophenhilfe", "Tearfund", "War Child",
        "Helvetas", "Terre des Hommes", "Relief International", "Sightsavers", "WaterAid", "BRAC", "World Relief",
        "Education Cannot Wait", "UNAIDS", "UNIDO")),
    Entry("Rotary International", "organisation", ("Rotary International",)),
    Entry("Human Rights Watch", "organisation", ("Human Rights Watch",)),
    Entry("Amnesty International", "organisation", ("Amnesty International",)),
    # Companies that make or move what aid is made of.
    *(Entry(name, "organisation", (name,)) for name in (
        "Rheinmetall", "Diehl Defence", "KNDS", "Krauss-Maffei Wegmann", "Thales", "Saab", "MBDA", "Raytheon",
        "RTX", "Lockheed Martin", "Northrop Grumman", "BAE Systems", "General Dynamics", "Boeing", "Airbus",
        "Kongsberg", "Nammo", "Baykar", "Hanwha Aerospace", "Hyundai Rotem", "Ukroboronprom", "Naftogaz",
        "Ukrenergo", "Energoatom", "Gazprom", "Rosatom", "Dassault Aviation")),
]

OWN_SHORT_NAMES = frozenset({"Czechia", "Türkiye", "Turkiye", "Timor-Leste", "Cabo Verde", "Côte d'Ivoire",
                             "Côte d’Ivoire"})
"""Short names a country asks to be called by: a text that writes one is followed (an editor keeps the text's
choice), where the gazetteer's name is the older form."""

ENTRIES: tuple[Entry, ...] = (*_countries(), *_ORGANISATIONS)
"""Every country, organisation and group the draft knows, countries first."""

CAPITALS = {"Kyiv": "Ukraine", "Kiev": "Ukraine", "Moscow": "Russia", "Washington": "United States",
            "London": "United Kingdom", "Paris": "France", "Berlin": "Germany", "Warsaw": "Poland", "Rome": "Italy",
            "Madrid": "Spain", "Tokyo": "Japan", "Ottawa": "Canada", "Canberra": "Australia", "Stockholm": "Sweden",
            "Oslo": "Norway", "Helsinki": "Finland", "Copenhagen": "Denmark", "Tallinn": "Estonia", "Riga": "Latvia",
            "Vilnius": "Lithuania", "Prague": "Czech Republic", "Bratislava": "Slovakia", "Budapest": "Hungary",
            "Bucharest": "Romania", "Sofia": "Bulgaria", "Ankara": "Turkey", "Beijing": "China", "Seoul": "South Korea",
            "Lisbon": "Portugal", "Athens": "Greece", "Vienna": "Austria", "Dublin": "Ireland", "Reykjavik": "Iceland",
            "Chișinău": "Moldova", "Chisinau": "Moldova", "Minsk": "Belarus", "Tbilisi": "Georgia",
            "Amsterdam": "Netherlands", "The Hague": "Netherlands", "Berne": "Switzerland", "Bern": "Switzerland",
            "Vaduz": "Liechtenstein",
            "Andorra la Vella": "Andorra", "Valletta": "Malta", "Nicosia": "Cyprus", "Belgrade": "Serbia",
            "Zagreb": "Croatia", "Ljubljana": "Slovenia", "Sarajevo": "Bosnia and Herzegovina",
            "Podgorica": "Montenegro", "Skopje": "North Macedonia", "Tirana": "Albania", "Prishtina": "Kosovo",
            "Pristina": "Kosovo", "Yerevan": "Armenia", "Baku": "Azerbaijan", "Tehran": "Iran", "Baghdad": "Iraq",
            "Damascus": "Syria", "Beirut": "Lebanon", "Amman": "Jordan", "Riyadh": "Saudi Arabia", "Doha": "Qatar",
            "Abu Dhabi": "United Arab Emirates", "Muscat": "Oman", "Manama": "Bahrain", "Sana'a": "Yemen",
            "Sanaa": "Yemen", "Kuwait City": "Kuwait", "Kabul": "Afghanistan", "Islamabad": "Pakistan",
            "New Delhi": "India", "Dhaka": "Bangladesh", "Kathmandu": "Nepal", "Thimphu": "Bhutan",
            "Colombo": "Sri Lanka", "Malé": "Maldives", "Nay Pyi Taw": "Myanmar", "Naypyidaw": "Myanmar",
            "Naypyitaw": "Myanmar", "Bangkok": "Thailand", "Vientiane": "Laos", "Phnom Penh": "Cambodia",
            "Hanoi": "Vietnam", "Kuala Lumpur": "Malaysia", "Jakarta": "Indonesia", "Manila": "Philippines",
            "Bandar Seri Begawan": "Brunei", "Dili": "East Timor", "Pyongyang": "North Korea", "Ulan Bator": "Mongolia",
            "Ulaanbaatar": "Mongolia", "Taipei": "Taiwan", "Astana": "Kazakhstan", "Tashkent": "Uzbekistan",
            "Bishkek": "Kyrgyzstan", "Dushanbe": "Tajikistan", "Ashgabat": "Turkmenistan", "Cairo": "Egypt",
            "Tripoli": "Libya", "Tunis": "Tunisia", "Algiers": "Algeria", "Rabat": "Morocco",
            "Nouakchott": "Mauritania", "Khartoum": "Sudan", "Juba": "South Sudan", "Addis Ababa": "Ethiopia",
            "Asmara": "Eritrea", "Mogadishu": "Somalia", "Nairobi": "Kenya", "Kampala": "Uganda", "Kigali": "Rwanda",
            "Gitega": "Burundi", "Dodoma": "Tanzania", "Lusaka": "Zambia", "Harare": "Zimbabwe", "Lilongwe": "Malawi",
            "Maputo": "Mozambique", "Gaborone": "Botswana", "Windhoek": "Namibia", "Pretoria": "South Africa",
            "Maseru": "Lesotho", "Mbabane": "Eswatini", "Antananarivo": "Madagascar", "Port Louis": "Mauritius",
            "Moroni": "Comoros", "Luanda": "Angola", "Kinshasa": "Democratic Republic of the Congo",
            "Brazzaville": "Republic of the Congo", "Libreville": "Gabon", "Malabo": "Equatorial Guinea",
            "Yaounde": "Cameroon", "Yaoundé": "Cameroon", "Bangui": "Central African Republic", "Ndjamena": "Chad",
            "N’Djamena": "Chad", "N'Djamena": "Chad", "Abuja": "Nigeria", "Niamey": "Niger",
            "Ouagadougou": "Burkina Faso", "Bamako": "Mali", "Dakar": "Senegal", "Banjul": "Gambia",
            "Bissau": "Guinea-Bissau", "Conakry": "Guinea", "Freetown": "Sierra Leone", "Monrovia": "Liberia",
            "Yamoussoukro": "Ivory Coast", "Accra": "Ghana", "Lome": "Togo", "Lomé": "Togo", "Porto-Novo": "Benin",
            "Sao Tome": "Sao Tome and Principe", "São Tomé": "Sao Tome and Principe", "Mexico City": "Mexico",
            "Guatemala City": "Guatemala", "Belmopan": "Belize", "Tegucigalpa": "Honduras",
            "San Salvador": "El Salvador", "Managua": "Nicaragua", "San Jose": "Costa Rica", "San José": "Costa Rica",
            "Panama City": "Panama", "Havana": "Cuba", "Port-au-Prince": "Haiti", "Santo Domingo": "Dominican Republic",
            "Nassau": "Bahamas", "Bridgetown": "Barbados", "Port-of-Spain": "Trinidad and Tobago",
            "Port of Spain": "Trinidad and Tobago", "Kingstown": "Saint Vincent and the Grenadines",
            "Caracas": "Venezuela", "Bogota": "Colombia", "Bogotá": "Colombia", "Quito": "Ecuador", "Lima": "Peru",
            "La Paz": "Bolivia", "Asuncion": "Paraguay", "Asunción": "Paraguay", "Montevideo": "Uruguay",
            "Buenos Aires": "Argentina", "Brasilia": "Brazil", "Brasília": "Brazil", "Santiago": "Chile",
            "Paramaribo": "Suriname", "Wellington": "New Zealand", "Suva": "Fiji", "Port Moresby": "Papua New Guinea",
            "Honiara": "Solomon Islands", "Port Vila": "Vanuatu", "Nukualofa": "Tonga", "Nuku’alofa": "Tonga",
            "Nuku'alofa": "Tonga", "Apia": "Samoa", "Funafuti": "Tuvalu", "Tarawa": "Kiribati",
            "Majuro": "Marshall Islands", "Palikir": "Micronesia", "Ngerulmud": "Palau", "Yaren": "Nauru"}
"""Capitals that stand for their governments ("Tokyo will send", "promised Kyiv"): read as the country
only where the text names that country too, and never after a preposition of place. A capital's other
spellings come before its usual one, which names the city that "the Moldovan capital" stands for. None
that is a common word or name ("Victoria", "Kingston", "Male"), nor Brussels, which stands for the EU. The Hague, the
seat of its government, stands for the Netherlands as a capital does ("The Hague would add 15 million euros")."""

CITIES = _words("""
Munich Davos Geneva Brussels Strasbourg Hamburg Frankfurt Bonn Cologne Dresden Leipzig Stuttgart Ramstein Milan Naples
Venice Florence Turin Bologna Genoa Taormina Barcelona Seville Bilbao Malaga Porto Lyon Marseille Bordeaux
Cannes Biarritz Deauville Evian Évian Évian-les-Bains Zurich Lausanne Lucerne Bürgenstock Montreux Salzburg
Innsbruck Rotterdam Antwerp Ghent Manchester Birmingham Edinburgh Glasgow Cardiff Belfast Liverpool Krakow Kraków
Gdansk Gdańsk Wroclaw Wrocław Rzeszow Rzeszów Lviv Kharkiv Odesa Odessa Dnipro Zaporizhzhia Istanbul Antalya Izmir
Sochi Kazan Vladivostok Thessaloniki Gothenburg Malmo Malmö Tampere Turku Bergen Tromsø Kaunas Tartu Iasi Iași Cluj
Constanta Constanța Varna Dubrovnik Ohrid Batumi Shanghai Guangzhou Shenzhen Chengdu Kunming Hangzhou Xiamen Tianjin
Qingdao Boao Osaka Hiroshima Nagoya Kyoto Yokohama Sapporo Busan Incheon Gyeongju Jeju Mumbai Kolkata Bengaluru
Bangalore Chennai Hyderabad Karachi Lahore Chittagong Danang Phuket Pattaya Bali Surabaya
Yogyakarta Cebu Davao Penang Putrajaya Langkawi Almaty Samarkand Bukhara Jeddah Dubai Sharjah Alexandria
Aqaba Basra Erbil Mosul Aleppo Jerusalem Haifa Isfahan Mashhad Tabriz AlUla Dhahran Lagos Johannesburg Durban
Mombasa Kisumu Arusha Zanzibar Goma Lubumbashi Benghazi Marrakech Marrakesh Casablanca Tangier Aswan Hargeisa Kismayo
Douala Abidjan Kumasi Praia Bujumbura Beira Bulawayo Entebbe Sirte Misrata Chicago Miami Houston Seattle Boston Atlanta
Honolulu Anchorage Toronto Montreal Vancouver Calgary Kananaskis Charlevoix Monterrey Guadalajara Cancun Cancún
Acapulco Belem Belém Manaus Medellin Medellín Cartagena Cucuta Cúcuta Guayaquil Cuenca
Cusco Valparaiso Valparaíso Sydney Melbourne Brisbane Perth Adelaide Cairns Auckland Christchurch Nadi Lautoka
Noumea Nouméa Papeete Rarotonga
""") | {"Chiang Mai", "Luang Prabang", "St Petersburg", "Saint Petersburg", "New York", "Los Angeles", "San Francisco",
         "Hong Kong", "Ho Chi Minh City", "Da Nang", "Sharm el-Sheikh", "Tel Aviv", "Cape Town", "Dar es Salaam",
         "Port Sudan", "Victoria Falls", "Sao Paulo", "São Paulo", "Rio de Janeiro", "Punta del Este", "Quebec City",
         "Nusa Dua", "Camp David", "Bahir Dar", "The Hague"}
"""Cities, beyond the capitals above, that are large or host gatherings, told as the place of one by their name
alone: "the Munich Security Conference", "the Davos forum", "In Geneva, negotiators ..."; none that is a common word
or a name ("Nice", "Victoria", "Darwin", "Salvador")."""

NEWS_AGENCIES = frozenset({"Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "Bloomberg", "dpa",
                           "DPA", "Ukrinform", "Interfax", "TASS", "BBC", "CNN", "PAP", "ANSA", "EFE", "Kyodo"})
"""Who reports the news is not part of it: never proposed as an organisation."""

ORGANISATION_WORDS = frozenset({"Union", "Council", "Commission", "Group", "Alliance", "Organisation", "Organization",
                                "Nations", "Parliament", "Bank", "Fund", "Agency", "Committee", "Court", "Institute",
                                "Foundation", "Coalition", "Forum", "Assembly", "Association", "Federation",
                                "Programme", "Program", "Centre", "Center", "Corporation", "Society", "Limited", "Unit",
                                "Authority", "Administration", "Secretariat", "Crescent", "Trust", "Bureau",
                                "Directorate", "Partnership", "Network", "Initiative", "Company", "Office", "Service",
                                "Guard", "Coastguard", "Force", "Forces", "Police"})
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
councillor councilor cllr manager coordinator correspondent reporter editor writer engineer treasurer administrator
rapporteur mediator negotiator attaché attache consul counsellor counselor superintendent commissioner-general
doctor commandant chairperson mp co-chair co-chairman co-chairwoman co-chairperson vice-chair vice-chairman
vice-chairwoman
diplomat lady justice anchor presenter commodore delegate
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
ministry crisis management emergency disaster relief aid refugee migration water food fisheries tourism housing
youth women children family welfare employment public local municipal urban rural land mining oil petroleum
resources planning investment treasury commerce information media sport works telecommunications indigenous
overseas country operations logistics protection civil mines lands forestry sports natural maritime marine ocean
oceans power electricity gender solidarity ecology external internal change safety reform innovation heritage
preparedness recovery services skills wildlife resilience district county provincial
communication consular legal police border customs revenue tax taxation statistics transportation aviation railways
roads highways ports shipping arts religious environmental financial monetary fiscal nuclear space diaspora cohesion
neighbourhood neighborhood partnerships multilateral diplomatic agricultural reconciliation minorities equality
inclusion competition competitiveness enterprise vocational pensions cyber cybersecurity governance decentralisation
decentralization homeland immigration asylum sanitation irrigation livestock nutrition territorial administrative
crown electoral board mission programme program project
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
                       "Honourable", "Honorable",
                       "The", "A", "An", "In", "On", "At", "As", "But", "And", "Or", "If", "When", "While", "After",
                       "Before", "During", "Since", "He", "She", "They", "We", "It", "His", "Her", "Their", "Its",
                       "This", "That", "These", "Those", "Speaking", "According", "Asked", "Meanwhile", "However",
                       "Hours", "Days", "Officials", "Diplomats", "Ministers", "Leaders", "Analysts", "Europe",
                       "Western", "Eastern", "European", "Northern", "Southern", "Central", "Kyiv", "Moscow",
                       "Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Sea", "Ocean", "River", "Strait",
                       "Street", "Square", "Avenue", "Road", "Service", "Agency", "Ministry", "Department",
                       "Africa", "Asia", "Pacific", "Atlantic", "Caribbean", "Americas", "Sahel", "Balkans", "Arctic",
                       "Oceania", "Indo-Pacific"})
"""Capitalised words that never start or continue a person's name; honorifics among them, which British
style writes without a full stop ("Ms Ferreira"), so that the surname after one names the person named in full."""
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "ter", "dos",
                            "bint", "ibn", "ould"})
"""Lowercase words inside a person's name, those of Arabic and Sahelian names among them, which every module reads
alike: "Hamid ibn Rashid", "Aisha bint Khalfan Al Dhaheri", "Sidi ould Cheikh", "Anneke van der Berg"."""


STRICKEN = r"(?:(?:[a-z]+-(?:[a-z]+ed|hit|torn|struck|stricken|ridden|swept|prone)|neighbou?ring|embattled|impoverished|" \
    r"landlocked|besieged)\s+)?"
"""What the news says of a state in need before its name: "to cyclone-hit Myanmar", "for war-torn Sudan", "to
neighbouring Moldova"."""
