"""`factsheet draft`: rules of wording that any report exercises, each on an invented sentence: where
an event is, who met whom, and which gifts are given, asked for, or only hoped for."""
from __future__ import annotations

import re

import pytest

from generator.editing.draft import analyse
from generator.editing.draft.actors import Cast
from generator.editing.draft.known import Known
from generator.editing.draft.organisations import find_organisations
from generator.editing.draft.people import find_people
from generator.editing.draft.text import Article


def _event(text: str) -> str | None:
    draft = analyse(text, "s")
    return draft.event.location if draft.event else None


def _meetings(text: str) -> list[list[str]]:
    return [[p.party for p in m.participants] for m in analyse(text, "s").meetings]


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "location"), [
    ("Ukraine and Portugal signed a security agreement in Lisbon on Tuesday, officials said.\n", "Lisbon"),
    ("Donors met on Tuesday at a conference in the Austrian capital on Ukraine's winter.\n", "Vienna"),
    ("EU leaders agree money for Kyiv as Brussels summit ends\n\nLeaders arrived in Brussels on Thursday. "
     "They talked late into the night.\n", "Brussels"),
    ("Prime Minister Ana Souza will visit Lisbon next week, officials said.\n", None),
    ("Canada announces aid during minister's visit to bombed Odesa port\n\nODESA, Ukraine \u2014 The minister walked "
     "through a grain terminal in Odesa on Wednesday.\n", "Odesa"),
    ("Ukrainian President Oleh Marchenko visited German Chancellor Klaus Berger at his residence.\n", None),
    # goods or a team that arrive make no visit; "in the capital" of a report filed from it; a headline's gathering
    ("QUITO, May 3 - A shipment of vaccine arrived in Ecuador as health ministers met in the capital.\n", "Quito"),
    ("Floods hit Fiji\n\nA New Zealand rescue team arrived in Nadi on Monday.\n", None),
    ("Donors gather in Bamako as Mali seeks help\n\nDelegates in Bamako heard appeals. The talks went on.\n", "Bamako"),
    ("Ministers opened their annual meeting in Apia with a warning.\n", "Apia"),
])
def test_the_event_by_a_signing_a_capital_described_or_the_headline(text: str, location: str | None) -> None:
    assert _event(text) == location


def test_met_separately_with_organisations_given_with_their_abbreviations() -> None:
    text = ("Ukrainian Economy Minister Oksana Demchenko met separately with the heads of the UN Development "
            "Programme (UNDP) and the World Food Programme (WFP).\n")
    assert len(_meetings(text)) == 2


def test_a_document_s_terms_are_the_document_unless_they_give_a_sum_of_their_own() -> None:
    text = ("Ukraine and Finland signed a security agreement under which Finland commits to providing military "
            "support to Ukraine. Under the agreement, Finland commits to providing at least 220 million euros in "
            "military aid to Ukraine, and will contribute 30 million euros to a drone fund for Ukraine.\n")
    assert [(c.status, c.value) for c in analyse(text, "s").commitments] == [
        ("signed", None), ("pledged", ("220000000", "EUR")), ("pledged", ("30000000", "EUR"))]


@pytest.mark.parametrize(("text", "commitments"), [
    ("Ukraine hopes that Germany will send Taurus missiles.\n",
     [(("germany",), ("ukraine",), "asked", "Taurus missiles")]),
    ("Ukraine wants Germany to deliver Taurus cruise missiles.\n",
     [(("germany",), ("ukraine",), "asked", "Taurus cruise missiles")]),
    ("Poland will send humanitarian aid to Ukraine if the border reopens.\n", []),
    ("Portugal will also train Ukrainian pilots and maintenance crews.\n",
     [(("portugal",), ("ukraine",), "pledged", "training of Ukrainian pilots and maintenance crews")]),
    ("Ukraine will receive 20 jets from Norway and Denmark.\n",
     [(("norway", "denmark"), ("ukraine",), "pledged", "jets")]),
    ("Ukraine will receive 20 jets from Norway, and Denmark will send 10 more.\n",
     [(("norway",), ("ukraine",), "pledged", "jets")]),
    ("Germany welcomed Spain's decision to send 100 Leopard tanks to Ukraine.\n",
     [(("spain",), ("ukraine",), "pledged", "Leopard tanks")]),
    ("Russia has received 3 million shells from North Korea, Ukrainian intelligence said.\n",
     [(("north-korea",), ("russia",), "delivered", "shells")]),
    ("Ukraine received its first F-16 jets from Denmark in July. Denmark delivered the jets after months of "
     "training.\n", [(("denmark",), ("ukraine",), "delivered", "first F-16 jets")]),
    # an ambassador asks for the state that posted them, never for the one they are posted to
    ("Ukraine's ambassador to Germany asked Berlin for more Taurus missiles. Germany is a donor.\n",
     [(("germany",), ("ukraine",), "asked", "Taurus missiles")]),
    ("Ukraine thanked Germany. Germany has instead offered more IRIS-T systems to Ukraine.\n",
     [(("germany",), ("ukraine",), "pledged", "IRIS-T systems")]),
    ("Zelensky praised the tanks that Germany delivered to Ukraine last year.\n",
     [(("germany",), ("ukraine",), "delivered", "tanks")]),
    ("Ukraine thanked Canada. Canada would extend Operation Unifier, its military training mission for Ukrainian "
     "soldiers, until 2027.\n", [(("canada",), ("ukraine",), "pledged", "Operation Unifier")]),
    ("Ukraine thanked them. Sweden and Norway have since put in €300 million between them, officials said.\n",
     [(("sweden", "norway"), ("ukraine",), "delivered", "€300 million")]),
    ("Ukraine thanked Germany. Four IRIS-T systems were pledged by Germany to Ukraine.\n",
     [(("germany",), ("ukraine",), "pledged", "IRIS-T systems")]),
    ("Ukraine thanked Germany. Germany has been supplying Ukraine with IRIS-T systems since 2022.\n",
     [(("germany",), ("ukraine",), "delivered", "IRIS-T systems")]),
    ("Ukraine thanked Germany. Germany will be sending four IRIS-T systems to Ukraine.\n",
     [(("germany",), ("ukraine",), "pledged", "IRIS-T systems")]),
    ("Ukraine thanked Germany. The Netherlands will hand Ukraine 20 tanks.\n",
     [(("netherlands",), ("ukraine",), "pledged", "tanks")]),
    ("Ukraine thanked Germany. The Dutch government said it would send 20 tanks.\n",
     [(("netherlands",), ("ukraine",), "pledged", "tanks")]),
    ("Ukraine thanked Germany. Germany will also deliver, by the end of the year, four IRIS-T systems to Ukraine.\n",
     [(("germany",), ("ukraine",), "pledged", "IRIS-T systems")]),
    ("Ukraine thanked Greece. But the minister dismissed reports that Greece would send S-300 systems to Ukraine.\n",
     []),
    ("Ukraine thanked Greece. She denied a report in the newspaper Kathimerini that Greece had privately agreed to "
     "send S-300 systems to Ukraine.\n", []),
    # an adverb in "-ly" between the giver and its verb; a noun in "-ly" there names no giver
    ("Ukraine thanked Norway. Norway quietly sent 20 boats to Ukraine.\n",
     [(("norway",), ("ukraine",), "delivered", "boats")]),
    ("Ukraine thanked Norway. Norway last week quietly sent 20 boats to Ukraine.\n",
     [(("norway",), ("ukraine",), "delivered", "boats")]),
    ("Ukraine thanked Norway. Norway's family sent 20 boats to Ukraine.\n", []),
    ("Ukraine thanked Norway. Ukraine will be given 40 million euros for repairs to substations damaged by Russian "
     "strikes.\n", []),
    ("Ukraine thanked the UK. Some 1,200 missiles made by Thales in Belfast have already arrived in Ukraine.\n", []),
    ("Ukraine thanked Portugal. Portugal will contribute 30 million euros to the drone coalition led by Latvia.\n",
     [(("portugal",), ("ukraine",), "pledged", "30 million euros")]),
    ("Ukraine thanked Lithuania. Lithuania's contribution announced in Lublin: anti-drone equipment and 3,000 "
     "rounds of 155 mm ammunition.\n", [(("lithuania",), ("ukraine",), "pledged", "anti-drone equipment"),
                                         (("lithuania",), ("ukraine",), "pledged", "rounds of 155 mm ammunition")]),
    ("Ukraine thanked the Red Cross. The International Committee of the Red Cross (ICRC) said it had handed over 12 "
     "water treatment units to Ukraine.\n",
     [(("international-committee-of-the-red-cross",), ("ukraine",), "delivered", "water treatment units")]),
    ("Ukraine thanked Canada. Last month, 40 ambulances donated by Canada were handed over to Ukrainian hospitals.\n",
     [(("canada",), ("ukraine",), "delivered", "ambulances")]),
    ("Ukraine thanked Poland. The 30 PT-91 tanks, which Poland promised in May, have all been handed over to the "
     "Ukrainian side.\n", [(("poland",), ("ukraine",), "delivered", "PT-91 tanks")]),
    ("Ukraine thanked Germany. Tanks from Germany were destroyed by Russia in May.\n", []),
    ("Ukraine thanked Korea. South Korea pledged 20 mine-clearing robots, along with metal detectors, protective "
     "suits and training for Ukrainian sappers.\n",
     [(("south-korea",), ("ukraine",), "pledged", name) for name in ("mine-clearing robots", "metal detectors",
                                                                      "protective suits", "training")]),
    ("Lithuanian Foreign Minister Ruta Stankeviciene opened the conference by announcing €15m for demining "
     "machines for Ukraine.\n", [(("lithuania",), ("ukraine",), "pledged", "€15m")]),
    ("Ukraine thanked Sweden. Sweden was represented by Defence Minister Johan Ekdahl. Ekdahl announced 12 Archer "
     "howitzers for Ukraine.\n", [(("sweden",), ("ukraine",), "pledged", "Archer howitzers")]),
    ("Ukraine thanked Belgium. Belgium confirmed that the first of its F-16 fighter jets would be handed over "
     "before the end of the year.\n", [(("belgium",), ("ukraine",), "pledged", "first of its F-16 fighter jets")]),
    ("Ukraine thanked Spain. Spanish Prime Minister Elena Castano told Moroz that the training program would "
     "continue next year.\n", [(("spain",), ("ukraine",), "pledged", "training program")]),
    ("Ukraine thanked the EU. The war will continue next year, the EU said.\n", []),
    ("Ukrainian President Oleh Dovzhenko spoke with German Chancellor Matthias Kellermann. Dovzhenko thanked "
     "Kellermann for the two IRIS-T SLM systems that arrived in Ukraine last week and for 150 mobile generators "
     "that Germany delivered to front-line communities.\n",
     [(("germany",), ("ukraine",), "delivered", "IRIS-T SLM systems"),
      (("germany",), ("ukraine",), "delivered", "mobile generators")]),
    ("Japan has provided about $12 billion in aid to Ukraine since 2022.\n",
     [(("japan",), ("ukraine",), "delivered", "$12 billion")]),
    ("Ukraine pressed Germany for more air defence on Tuesday. Ukraine asked Germany for more Patriot systems.\n",
     [(("germany",), ("ukraine",), "asked", "Patriot systems")]),
])
def test_gifts_hoped_for_conditional_joined_or_decided(text: str,
                                                      commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "meetings"), [
    ("Ukrainian President Oleh Marchenko held talks in Berlin with German Chancellor Klaus Berger.\n",
     [["oleh-marchenko", "klaus-berger"]]),
    ("Ukrainian Defence Minister Rustem Omar met with his Estonian counterpart Hanno Pevkur.\n",
     [["rustem-omar", "hanno-pevkur"]]),
    ("Ukrainian Defence Minister Rustem Omar and his Estonian counterpart, Hanno Pevkur, held talks in Tallinn.\n",
     [["rustem-omar", "hanno-pevkur"]]),
    ("Ukrainian President Oleh Marchenko thanked Estonian Prime Minister Kaja Kask during their meeting.\n",
     [["oleh-marchenko", "kaja-kask"]]),
    ("Ukrainian President Oleh Marchenko held bilateral meetings with the leaders of Croatia, Albania and "
     "Montenegro.\n", [["oleh-marchenko", "croatia"], ["oleh-marchenko", "albania"], ["oleh-marchenko", "montenegro"]]),
    ("Canadian Minister Priya Malhotra arrived on Monday. Malhotra met Odesa Mayor Serhiy Tkachuk at the port.\n",
     [["priya-malhotra", "serhiy-tkachuk"]]),
    ("Norwegian Defence Minister Eirik Haugland held talks with Ukrainian Defence Minister Taras Hrytsenko and was "
     "later received by Ukrainian Prime Minister Yulia Kovalchuk.\n",
     [["eirik-haugland", "taras-hrytsenko"], ["eirik-haugland", "yulia-kovalchuk"]]),
    ("In a phone call on Monday, Ukrainian President Oleh Marchenko and German Chancellor Klaus Berger discussed "
     "air defence.\n", [["oleh-marchenko", "klaus-berger"]]),
    ("Ukrainian President Oleh Marchenko discussed air defence with German Chancellor Klaus Berger on Monday.\n",
     [["oleh-marchenko", "klaus-berger"]]),
    ("Ukrainian President Oleh Marchenko told German Chancellor Klaus Berger during a phone call that Ukraine needed "
     "more Patriots.\n", [["oleh-marchenko", "klaus-berger"]]),
    ("Ukrainian President Oleh Marchenko joined German Chancellor Klaus Berger for talks in Berlin.\n",
     [["oleh-marchenko", "klaus-berger"]]),
    ("The British foreign secretary, Harriet Colville, who co-hosted the conference with the European Commission, "
     "spoke first.\n", []),
    ("On 14 October, the Minister of Foreign Affairs of the Republic of Poland, Tomasz Wierzbicki, hosted the Minister "
     "of Foreign Affairs of Ukraine, Andrii Sokil, in Lublin.\n", [["tomasz-wierzbicki", "andrii-sokil"]]),
    ("British Prime Minister Daniel Ashworth hosted Ukrainian President Oleh Dovzhenko in London. The loan is long. "
     "Later in the day, the two leaders held a video call with Canadian Prime Minister Claire Beaulieu.\n",
     [["daniel-ashworth", "oleh-dovzhenko"], ["daniel-ashworth", "oleh-dovzhenko", "claire-beaulieu"]]),
    ("Ukrainian Prime Minister Yulia Koval and the Polish Prime Minister, Adam Nowak, met in Warsaw.\n",
     [["yulia-koval", "adam-nowak"]]),
])
def test_meetings_placed_before_with_counterparts_and_their_meeting(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


def test_the_head_of_an_organisation_gives_for_it() -> None:
    text = ("Donors met in Rome, with Lucía Ferrer, who heads the European Investment Bank. Ferrer announced "
            "600 million euros in new loans for water networks in Ukraine.\n")
    assert _commitments(text) == [(("european-investment-bank",), ("ukraine",), "pledged", "600 million euros")]


@pytest.mark.parametrize(("text", "commitments"), [
    # a broad lexicon of giving: any verb, the same clause
    ("Ukraine thanked Britain. Britain will gift Ukraine 10 air defence systems.\n",
     [(("united-kingdom",), ("ukraine",), "pledged", "air defence systems")]),
    ("Ukraine thanked Spain. Spain is dispatching 10 Leopard tanks to Ukraine.\n",
     [(("spain",), ("ukraine",), "delivered", "Leopard tanks")]),
    ("Ukraine thanked the Dutch. The Dutch government said it was earmarking 350 million euros for drones for "
     "Ukraine.\n", [(("netherlands",), ("ukraine",), "pledged", "350 million euros")]),
    ("Ukraine thanked Canada. Canada is committing C$100 million to Ukraine's energy fund.\n",
     [(("canada",), ("ukraine",), "pledged", "C$100 million")]),
    ("Ukraine thanked the Commission. The European Commission made the largest pledge: 1.5 billion euros for "
     "Ukraine's energy grid.\n", [(("european-commission",), ("ukraine",), "pledged", "1.5 billion euros")]),
    ("Ukraine thanked Norway. Norway made a donation of 200 generators to Ukraine.\n",
     [(("norway",), ("ukraine",), "pledged", "generators")]),
    # the organ of a state gives for it; a time between subject and verb changes nothing
    ("Ukraine thanked Lithuania. Lithuania's government approved the transfer of jammers to Ukraine.\n",
     [(("lithuania",), ("ukraine",), "pledged", "transfer of jammers")]),
    ("Ukraine thanked Germany. Germany's defence ministry has delivered 40 more tanks to Ukraine.\n",
     [(("germany",), ("ukraine",), "delivered", "tanks")]),
    ("Ukraine thanked Germany. Germany on Monday delivered 40 more tanks to Ukraine.\n",
     [(("germany",), ("ukraine",), "delivered", "tanks")]),
    ("Ukraine thanked its allies. Ukraine's allies promised thousands of drones.\n", []),
    # a gift said as a noun
    ("Ukraine thanked Germany. Germany's pledge of four IRIS-T systems to Ukraine was welcomed in Kyiv.\n",
     [(("germany",), ("ukraine",), "pledged", "IRIS-T systems")]),
    ("Ukraine thanked Australia. Australia's contribution of 30 Bushmaster vehicles was confirmed on Monday.\n",
     [(("australia",), ("ukraine",), "pledged", "Bushmaster vehicles")]),
    ("Ukraine thanked Austria. A donation of 50 ambulances from Austria arrived in Ukraine on Wednesday.\n",
     [(("austria",), ("ukraine",), "delivered", "donation of 50 ambulances")]),
    ("Ukraine secured a $500 million loan from Japan.\n",
     [(("japan",), ("ukraine",), "delivered", "$500 million loan")]),
    ("The EIB signed a loan with Ukrenergo to rebuild substations. The loan will be co-financed by a €100 million "
     "grant from the European Union.\n",
     [(("eib",), ("ukrenergo",), "signed", "loan"),
      (("european-union",), ("ukrenergo",), "pledged", "€100 million grant")]),
    # who signs or agrees gives, to the one named after "to"
    ("Ukrainian President Oleh Marchenko spoke in Athens. Greece and Bulgaria agreed to supply artillery shells to "
     "Ukraine.\n", [(("greece", "bulgaria"), ("ukraine",), "agreed", "artillery shells")]),
    ("Ukraine thanked Germany. Germany has signed a contract to deliver 20 Marder vehicles to Ukraine.\n",
     [(("germany",), ("ukraine",), "signed", "Marder vehicles")]),
    ("Ukrainian President Oleh Dovzhenko asked Greece and Bulgaria to increase production of artillery shells for "
     "Ukraine.\n", [(("greece", "bulgaria"), ("ukraine",), "asked", "artillery shells")]),
])
def test_gifts_in_any_verb_of_giving_by_organs_and_as_nouns(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "meetings"), [
    ("Canadian Foreign Minister Claire Dufresne paid a visit to Ukrainian President Oleh Marchenko in Kyiv.\n",
     [["claire-dufresne", "oleh-marchenko"]]),
    ("Canadian Foreign Minister Claire Dufresne visited Kyiv on Monday.\n", []),
    ("Canadian Foreign Minister Claire Dufresne visited Kyiv, meeting Ukrainian President Oleh Marchenko and "
     "Foreign Minister Andrii Lysenko.\n", [["claire-dufresne", "oleh-marchenko", "andrii-lysenko"]]),
    ("Canadian Foreign Minister Claire Dufresne began her visit by meeting Ukrainian Prime Minister Denys "
     "Hrytsenko.\n", [["claire-dufresne", "denys-hrytsenko"]]),
    ("Ukrainian Prime Minister Denys Hrytsenko on Monday met in Oslo with Norwegian Prime Minister Erik Solberg.\n",
     [["denys-hrytsenko", "erik-solberg"]]),
    ("Norwegian Prime Minister Erik Solberg hosted talks with Ukrainian Prime Minister Denys Hrytsenko.\n",
     [["erik-solberg", "denys-hrytsenko"]]),
    ("Ukrainian Prime Minister Denys Hrytsenko, meeting Norwegian Prime Minister Erik Solberg in Oslo, asked for "
     "air defence.\n", [["denys-hrytsenko", "erik-solberg"]]),
    ("Ukrainian Prime Minister Denys Hrytsenko and Norwegian Prime Minister Erik Solberg held a joint news "
     "conference after their talks.\n", [["denys-hrytsenko", "erik-solberg"]]),
    ("Ukrainian Prime Minister Denys Hrytsenko held talks in Kyiv on Monday with Norwegian Prime Minister Erik "
     "Solberg.\n", [["denys-hrytsenko", "erik-solberg"]]),
    ("Ukrainian Prime Minister Denys Hrytsenko met Norwegian counterpart Erik Solberg in Oslo.\n",
     [["denys-hrytsenko", "erik-solberg"]]),
    ("French President Jean Moreau arrived in Kyiv on Monday and was met by Ukrainian President Oleh Marchenko.\n",
     [["jean-moreau", "oleh-marchenko"]]),
    ("Ukrainian Prime Minister Denys Hrytsenko was in Oslo on Monday. Norwegian Prime Minister Erik Solberg "
     "received him at his residence.\n", [["erik-solberg", "denys-hrytsenko"]]),
    ("EU Enlargement Commissioner Elena Novak met Moldovan Prime Minister Ion Sarbu in Brussels.\n",
     [["elena-novak", "ion-sarbu"]]),
    ("Prime Minister Johan Ekdahl had a telephone conversation with Prime Minister of Ukraine Oleksandr Marchenko. "
     "Minister for Foreign Affairs Karin Holmqvist also took part in the call.\n",
     [["johan-ekdahl", "oleksandr-marchenko", "karin-holmqvist"]]),
    ("Naftogaz chief executive Serhii Lytvyn held talks with Norwegian and German officials.\n",
     [["serhii-lytvyn", "norway", "germany"]]),
])
def test_meetings_by_visit_participle_and_adjuncts(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "commitments"), [
    ("Ukraine needs arms. Sweden announced new aid for Ukraine on Monday. The country will send 12 Archer "
     "howitzers.\n",
     [(("sweden",), ("ukraine",), "pledged", "aid"), (("sweden",), ("ukraine",), "pledged", "Archer howitzers")]),
    ("Ukraine thanked Canada. Canada will donate 40 armoured vehicles to Ukraine and train Ukrainian soldiers.\n",
     [(("canada",), ("ukraine",), "pledged", "armoured vehicles"),
      (("canada",), ("ukraine",), "pledged", "training of Ukrainian soldiers")]),
    ("Ukraine thanked France. France will train and equip a Ukrainian brigade.\n",
     [(("france",), ("ukraine",), "pledged", "training of a Ukrainian brigade")]),
    ("Ukraine is grateful to Poland for the 300 tanks it has supplied since 2022.\n",
     [(("poland",), ("ukraine",), "delivered", "tanks")]),
    ("Ukraine thanked Germany. Germany remains the largest donor, having provided 28 billion euros in military aid "
     "to Ukraine.\n", [(("germany",), ("ukraine",), "delivered", "28 billion euros")]),
    ("Ukraine thanked Spain. Spain has trained 5,000 Ukrainian soldiers since 2022.\n", []),
])
def test_gifts_by_a_subject_carried_over_or_shared(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Ukraine welcomed the news. The Danish Ministry of Defence today announces the 27th donation package to "
     "Ukraine.\n", [(("denmark",), ("ukraine",), "pledged", "27th donation package")]),
    ("Ukraine welcomed the news. The Czech-led initiative has delivered 1.5 million shells to Ukraine.\n",
     [(("czech-republic",), ("ukraine",), "delivered", "1.5 million shells")]),
    ("Ukraine welcomed the news. Germany stands ready to deliver more Patriot missiles.\n",
     [(("germany",), ("ukraine",), "pledged", "Patriot missiles")]),
    ("Ukraine welcomed the news. The Netherlands said it would spend 500 million euros on drones for Ukraine.\n",
     [(("netherlands",), ("ukraine",), "pledged", "500 million euros")]),
    ("Ukraine welcomed the news. The Netherlands said it would spend more time on talks.\n", []),
    ("Ukraine welcomed the news. Polish Armaments Group (PGZ) has signed a contract with Ukraine to produce "
     "100,000 rounds of tank ammunition.\n",
     [(("polish-armaments-group",), ("ukraine",), "signed", "rounds of tank ammunition")]),
    ("Ukraine thanked donors. Germany came second with €700m, most of it to help Ukraine buy gas.\n",
     [(("germany",), ("ukraine",), "pledged", "€700m")]),
    ("Ukraine thanked Lithuania. Lithuania is preparing a new package of counter-drone systems.\n",
     [(("lithuania",), ("ukraine",), "pledged", "package of counter-drone systems")]),
    ("Ukraine thanked Norway. Ukraine's minister spoke. In addition, the Government has earmarked NOK 800 million "
     "for repairs.\n", []),
])
def test_gifts_by_state_organs_named_in_full_and_readiness(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "meetings"), [
    # a title set off before the name, with the place it is held in or posted to: the person is the party
    ("On Tuesday, Danish Minister Lars Kjaer received Ukraine's Ambassador to Denmark, Olha Shevchuk, to discuss "
     "the package.\n", [["lars-kjaer", "olha-shevchuk"]]),
    ("The Ambassador of Japan to Ukraine, Hiroshi Tanabe, held a bilateral meeting with Ukrainian Deputy Minister "
     "Yurii Babenko on the margins of the launch.\n", [["hiroshi-tanabe", "yurii-babenko"]]),
    ("In the afternoon, Irish Minister Ciaran Moloney met UNHCR's representative in Ukraine, Karolina Lindqvist, at a "
     "collective centre.\n", [["ciaran-moloney", "karolina-lindqvist"]]),
    ("On his second day, Swiss envoy Marko Vukovic was received by the city's mayor, Andriy Lysenko, in a city "
     "hall.\n", [["marko-vukovic", "andriy-lysenko"]]),
    # subjects joined by ", and" after a title set off by commas
    ("Sweden's Minister for Defence, Per Sandberg, and Norway's Minister of Defence, Ingrid Haugland, confirmed "
     "their contributions during a video call with Danish Minister Lars Kjaer.\n",
     [["per-sandberg", "ingrid-haugland", "lars-kjaer"]]),
    # when the meeting was, between its noun or verb and "with"; a call taken from someone; a dinner given for them
    ("Polish Foreign Minister Adam Nowak had joined a working breakfast this morning with German Foreign Minister "
     "Katrin Vogel.\n", [["adam-nowak", "katrin-vogel"]]),
    ("German Chancellor Klaus Berger held talks on Monday morning with French President Jean Moreau.\n",
     [["klaus-berger", "jean-moreau"]]),
    ("Estonian Prime Minister Kaja Kask sat down on Monday with German Chancellor Klaus Berger.\n",
     [["kaja-kask", "klaus-berger"]]),
    ("Estonian Prime Minister Kaja Kask is holding talks with German Chancellor Klaus Berger in Berlin.\n",
     [["kaja-kask", "klaus-berger"]]),
    ("Estonian Prime Minister Kaja Kask received a phone call from German Chancellor Klaus Berger on Monday.\n",
     [["kaja-kask", "klaus-berger"]]),
    ("Polish Finance Minister Adam Nowak hosted a working dinner for Estonian Prime Minister Kaja Kask on Tuesday.\n",
     [["adam-nowak", "kaja-kask"]]),
    # the one met as the antecedent of "whom"; the people of a group met, after "including"
    ("Estonian Prime Minister Kaja Kask, whom German Chancellor Klaus Berger hosted for a working dinner on "
     "Thursday, said the talks went well.\n", [["klaus-berger", "kaja-kask"]]),
    ("Estonian Prime Minister Kaja Kask, whom German Chancellor Klaus Berger had met in Berlin, said she was glad.\n",
     [["klaus-berger", "kaja-kask"]]),
    ("German Chancellor Klaus Berger met several mayors from the front line, among them Kharkiv Mayor Ihor "
     "Terekhov.\n", [["klaus-berger", "ihor-terekhov"]]),
    # the meeting as the opening phrase, its holder the main clause's subject; one who reports their talks
    ("In talks with German Chancellor Klaus Berger on Monday, Estonian Prime Minister Kaja Kask asked for air "
     "defence.\n", [["kaja-kask", "klaus-berger"]]),
    ("During a call with German Chancellor Klaus Berger, Estonian Prime Minister Kaja Kask asked for air defence.\n",
     [["kaja-kask", "klaus-berger"]]),
    ("Estonian Prime Minister Kaja Kask spoke on Monday. Asked about Hungary, she said the talks with Hungarian "
     "Prime Minister Gabor Kerekes had been long but honest.\n", [["kaja-kask", "gabor-kerekes"]]),
    # subjects listed with commas and "and"; countries listed after a plural title; an unnamed title by its country
    ("Belgian Foreign Minister Anne Dubois, Dutch Foreign Minister Pieter de Vries and Luxembourg Foreign Minister "
     "Marc Weber met Ukrainian President Oleh Marchenko in Kyiv.\n",
     [["anne-dubois", "pieter-de-vries", "marc-weber", "oleh-marchenko"]]),
    ("The foreign ministers of Belgium, the Netherlands and Luxembourg met Ukrainian President Oleh Marchenko in "
     "Kyiv.\n", [["belgium", "netherlands", "luxembourg", "oleh-marchenko"]]),
    ("Ukrainian President Oleh Marchenko held talks with the Dutch prime minister.\n",
     [["oleh-marchenko", "netherlands"]]),
    ("Dutch Prime Minister Mark Visser arrived on Monday. Ukrainian President Oleh Marchenko held talks with the "
     "Dutch prime minister.\n", [["oleh-marchenko", "mark-visser"]]),
    ("Finnish Foreign Minister Elina Virtanen's visit included meetings with Moldovan Prime Minister Ion Sarbu.\n",
     [["elina-virtanen", "ion-sarbu"]]),
    # none of these reports a meeting
    ("Estonian Prime Minister Kaja Kask, whom German Chancellor Klaus Berger criticised on Monday, said the talks "
     "went well.\n", []),
    ("Estonian Prime Minister Kaja Kask, whom German Chancellor Klaus Berger will meet on Friday, said she was "
     "hopeful.\n", []),
    ("German Chancellor Klaus Berger said the talks with French President Jean Moreau would take place in May.\n", []),
    ("Polish Finance Minister Adam Nowak will host a working dinner for Estonian Prime Minister Kaja Kask on "
     "Tuesday.\n", []),
    ("Polish Finance Minister Adam Nowak hosted a dinner for 200 guests on Tuesday.\n", []),
    ("German Chancellor Klaus Berger praised several leaders, including Estonian Prime Minister Kaja Kask.\n", []),
    ("Estonian Prime Minister Kaja Kask spoke on Tuesday about the war with reporters.\n", []),
    ("Estonian Prime Minister Kaja Kask is expected in Berlin next week for talks with German Chancellor Klaus "
     "Berger.\n", []),
    ("Estonian Prime Minister Kaja Kask invited German Chancellor Klaus Berger to visit Tallinn.\n", []),
])
def test_meetings_by_set_off_titles_adjuncts_relatives_and_opening_phrases(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "commitments"), [
    # requests that name what the help is for, that go on through "consider" or "prioritise", or that name
    # whom they ask by the adjective of the support asked for
    ("Moldova needs power. Moldovan Energy Minister Ana Rusu asked Norway for help with the repair of three "
     "damaged substations.\n", [(("norway",), ("moldova",), "asked", "repair of three damaged substations")]),
    ("Moldova needs power. Moldovan Energy Minister Ana Rusu urged Austria to consider sending more mobile "
     "generators.\n", [(("austria",), ("moldova",), "asked", "mobile generators")]),
    ("Moldova needs power. Moldovan Energy Minister Ana Rusu asked Austria to speed up the delivery of the "
     "promised transformers.\n", [(("austria",), ("moldova",), "asked", "promised transformers")]),
    ("Moldova needs power. Moldovan Energy Minister Ana Rusu requested that Romania consider lending its spare "
     "turbines to Moldova.\n", [(("romania",), ("moldova",), "asked", "spare turbines")]),
    ("Moldova needs power. Moldovan Energy Minister Ana Rusu asked for Dutch support for the rebuilding of the "
     "Cahul heating plant.\n", [(("netherlands",), ("moldova",), "asked", "rebuilding of the Cahul heating plant")]),
    ("Moldova needs power. Moldovan Energy Minister Ana Rusu requested Danish funding for new heat pumps.\n",
     [(("denmark",), ("moldova",), "asked", "heat pumps")]),
    # not a request for anything given
    ("Moldova needs power. Moldovan Energy Minister Ana Rusu asked Austria to consider the matter.\n", []),
    ("Moldova needs power. Moldovan Energy Minister Ana Rusu requested that reporters leave the room.\n", []),
])
def test_requests_by_purpose_consideration_and_adjective(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a package named with its giver's possessive and its receiver, then what it holds: the package and
    # each thing in it
    ("Kenya and Japan talked. Officials unveiled Japan's third relief package to Kenya, worth 2 billion yen. The "
     "package contains 40 water pumps, field hospitals and funding for the construction of flood shelters.\n",
     [(("japan",), ("kenya",), "pledged", "third relief package"),
      (("japan",), ("kenya",), "pledged", "water pumps"), (("japan",), ("kenya",), "pledged", "field hospitals"),
      (("japan",), ("kenya",), "pledged", "construction of flood shelters")]),
    ("Kenya and Japan talked. Japan's new package for Kenya includes 40 water pumps and two field hospitals.\n",
     [(("japan",), ("kenya",), "pledged", "new package"), (("japan",), ("kenya",), "pledged", "water pumps"),
      (("japan",), ("kenya",), "pledged", "field hospitals")]),
    # a contribution to a fund goes through a channel: not a gift to whoever the fund is named for
    ("Kenya and Japan talked. Japan's contribution to the G7 relief fund was not discussed.\n", []),
])
def test_packages_named_with_their_giver_and_what_they_hold(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the subject names who gave what arrived: by a state named by its adjective and government, by several,
    # and in a clause joined to another
    ("Kenya thanked Sweden. Ten water trucks paid for by the Swedish government reached Kenya on Friday.\n",
     [(("sweden",), ("kenya",), "delivered", "water trucks")]),
    ("Kenya thanked donors. The first 30 tents bought for Kenya by Norway and Finland arrived in the country "
     "this week.\n", [(("norway", "finland"), ("kenya",), "delivered", "tents")]),
    ("Kenya thanked donors. UNICEF has shipped vaccines to clinics in Kenya, and 50 generators donated by Italy "
     "arrived in Kenya on Monday.\n",
     [(("unicef",), ("kenya",), "delivered", "vaccines"), (("italy",), ("kenya",), "delivered", "generators")]),
    # made by someone is not given by them
    ("Kenya thanked donors. Ten water trucks made by a Swedish company arrived in Kenya on Friday.\n", []),
])
def test_deliveries_whose_subject_names_the_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle after a noun phrase names the giver of what the phrase names
    ("Kenya thanked donors. The minister praised the 40 water pumps and 12 field kitchens supplied by Italy over "
     "the winter, which now serve remote villages.\n",
     [(("italy",), ("kenya",), "delivered", "water pumps"), (("italy",), ("kenya",), "delivered", "field kitchens")]),
    ("Kenya thanked donors. Officials inspected the tents donated by the Norwegian government to Kenya.\n",
     [(("norway",), ("kenya",), "delivered", "tents")]),
    # published, made or caused by someone is not given by them
    ("Kenya thanked donors. A report published by the EU said water pumps were scarce.\n", []),
    ("Kenya thanked donors. The damage caused by Russia to Kenya's grain trade was discussed.\n", []),
    # thanks from a title the text does not name; a request of "the Japanese side"
    ("Kenya and Canada met. The Head of State thanked Canada for the decision to send 25 trucks.\n",
     [(("canada",), ("kenya",), "pledged", "trucks")]),
    ("Kenya and Japan met. Kenyan Foreign Minister Amina Otieno asked the Japanese side to consider providing "
     "mobile generators.\n", [(("japan",), ("kenya",), "asked", "mobile generators")]),
])
def test_gifts_named_by_a_participle_thanks_and_a_side(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "has given" is a gift; "has given up" or "has given its approval" is not
    ("Moldova thanked Italy. Since 2015, Italy has given the Republic of Moldova about 90 million euros in grants.\n",
     [(("italy",), ("moldova",), "delivered", "90 million euros")]),
    ("Kenya thanked Italy. Italy has given up its plan for a new embassy in Kenya.\n", []),
])
def test_has_given_is_giving(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "location"), [
    # a gathering that "opened" in its city; ministers who "gather" or "meet" in the present of a headline
    ("Flood relief talks\n\nA donors' conference opened in Lima today as Peru counts the cost of the floods.\n",
     "Lima"),
    ("Health ministers from the Gulf states meet in Doha on Monday to agree a vaccine plan.\n", "Doha"),
    # the country first, the city after: the city
    ("Kenya pledges aid\n\nKenya pledged aid at a pledging conference in Ethiopia. The Horn of Africa Pledging "
     "Conference in Addis Ababa raised 2 billion dollars.\n", "Addis Ababa"),
    # a dateline with accents, or the line a newspaper's correspondent files from
    ("Summit ends\n\nCHIȘINĂU — The second EU–Moldova summit ended on Thursday with money for the grid.\n", "Chișinău"),
    ("Summit ends\n\nFrom our correspondent in Chișinău\n\nThe second EU–Moldova summit ended on Thursday.\n",
     "Chișinău"),
    ("Ministers meet\n\nAPIA, Samoa, Sept 9 - Opening the Pacific Islands Forum's annual economic ministers' "
     "meeting, the host said the funds were late.\n", "Apia"),
])
def test_the_event_opened_gathered_in_a_city_or_filed_from(text: str, location: str | None) -> None:
    assert _event(text) == location


@pytest.mark.parametrize(("text", "commitments"), [
    # "the country's" package, then "It comprises" a list whose things carry phrases of their own
    ("Kenya thanked Italy. Italian Defence Minister Marco Rossi presented the country's 5th aid package for "
     "Kenya, valued at 40 million euros. It comprises 12 field hospitals, 155 mm mortar rounds for the army, "
     "water pumps and 30 trucks.\n",
     [(("italy",), ("kenya",), "pledged", "5th aid package"), (("italy",), ("kenya",), "pledged", "field hospitals"),
      (("italy",), ("kenya",), "pledged", "155 mm mortar rounds"), (("italy",), ("kenya",), "pledged", "water pumps"),
      (("italy",), ("kenya",), "pledged", "trucks")]),
    # money put on the table as a package, whose contents the next sentence lists
    ("Moldova thanked the EU. The European Commission put €310 million on the table in the form of an energy "
     "package for Moldova. The package covers a high-voltage line to Romania, 40 transformer units and a fund "
     "for heating bills.\n",
     [(("european-commission",), ("moldova",), "pledged", "€310 million"),
      (("european-commission",), ("moldova",), "pledged", "high-voltage line"),
      (("european-commission",), ("moldova",), "pledged", "transformer units"),
      (("european-commission",), ("moldova",), "pledged", "fund")]),
    # a package "that includes" or "covering" what it holds
    ("Kenya thanked Canada. Canada announced a C$15 million relief package for Kenya that includes water pumps, "
     "tents and hygiene kits.\n",
     [(("canada",), ("kenya",), "pledged", "C$15 million relief package"), (("canada",), ("kenya",), "pledged", "water pumps"),
      (("canada",), ("kenya",), "pledged", "tents"), (("canada",), ("kenya",), "pledged", "hygiene kits")]),
    # words said in a list are no list of things given
    ("Kenya thanked Canada. \"Water, food and shelter,\" Kenyan Minister Amina Otieno said, and Canada will send "
     "tents to Kenya.\n", [(("canada",), ("kenya",), "pledged", "tents")]),
])
def test_packages_and_the_lists_they_hold(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # every receiver a list names
    ("Chad needs aid. The UK will provide £40 million in humanitarian support for Chad, Mali, Burkina Faso and "
     "Niger, the minister said.\n",
     [(("united-kingdom",), ("chad", "mali", "burkina-faso", "niger"), "pledged", "£40 million")]),
    ("China and Laos talked. Beijing has offered genomic sequencing training for laboratory staff from Cambodia, Laos and "
     "Myanmar.\n", [(("china",), ("cambodia", "laos", "myanmar"), "pledged", "genomic sequencing training")]),
    # a list that does not close with "and" names one receiver, whatever follows its comma
    ("Chad needs aid. The UK will send tents to Chad, Mali said on Monday.\n",
     [(("united-kingdom",), ("chad",), "pledged", "tents")]),
    # a name alone at a list's end is the place of the last thing, not a thing given
    ("Syria needs aid. The European Union announced a €560 million package for Syria that includes 400 "
     "classrooms and cash assistance for families returning from Lebanon and Jordan.\n",
     [(("european-union",), ("syria",), "pledged", "€560 million package"),
      (("european-union",), ("syria",), "pledged", "classrooms"),
      (("european-union",), ("syria",), "pledged", "cash assistance for families returning from Lebanon")]),
    # who gives is the subject, not someone named in a relative clause on the subject
    ("Tuvalu needs aid. New Zealand Foreign Minister Daniel Harkness, who held talks on Monday with Tuvalu's Prime "
     "Minister, Fiafia Laupepa, announced NZ$25 million for sea walls.\n",
     [(("new-zealand",), ("tuvalu",), "pledged", "NZ$25 million")]),
    # ... but someone named inside a relative clause does what that clause says
    ("Ukraine needs aid. Ukrainian Prime Minister Ivan Dovzhenko spoke with Dutch Prime Minister Pieter van Laar, who "
     "told him the Netherlands would allocate €250m for interceptors for Ukraine.\n",
     [(("netherlands",), ("ukraine",), "pledged", "€250m")]),
])
def test_receivers_listed_and_subjects_beside_relative_clauses(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a bare agreement "under which" one side gives: the gift the clause tells, with a capital for its country
    ("Ukraine thanked Iceland. Iceland signed an agreement with Ukraine under which Reykjavík will finance winter "
     "equipment for Ukrainian troops.\n", [(("iceland",), ("ukraine",), "pledged", "winter equipment")]),
    # a named agreement is a commitment of its own
    ("Ukraine thanked Finland. Ukraine and Finland signed a 10-year security agreement on Monday.\n",
     [(("finland",), ("ukraine",), "signed", "10-year security agreement")]),
    # support asked of a country named by its possessive, for what it is for
    ("Zambia and Japan talked. Zambian Foreign Minister Mwila Chanda requested Japan's support for rebuilding two "
     "bridges.\n", [(("japan",), ("zambia",), "asked", "rebuilding two bridges")]),
    ("Zambia and Japan talked. Zambian Foreign Minister Mwila Chanda asked for Japan's help with the repair of two "
     "bridges.\n", [(("japan",), ("zambia",), "asked", "repair of two bridges")]),
    # two sides agree: the one whose people the item names gains by it
    ("Romania, Moldova and Ukraine met. Moldova hosted. The Romanian and Ukrainian sides agreed to extend the "
     "training of Ukrainian pilots in Romania.\n",
     [(("romania",), ("ukraine",), "agreed", "training of Ukrainian pilots")]),
])
def test_agreements_under_which_requests_of_support_and_who_gains(text: str,
                                                                   commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def _organisations(text: str) -> list[str]:
    return [o.name for o in analyse(text, "s").organisations]


@pytest.mark.parametrize(("text", "organisations"), [
    # countries of every continent, by name and by adjective; a region in a title is no person's name
    ("Zambian Foreign Minister Mwila Chanda thanked Tonga, Ecuador and the Lao government.\n",
     ["Zambia", "Tonga", "Ecuador", "Laos"]),
    # organisations by the words that end their names; a title before one is not part of its name
    ("Aid from the Nepal Red Cross Society and the Disaster Management Unit reached Jumla, said Colonel Ram Thapa "
     "of the Armed Police Service.\n",
     ["Nepal Red Cross Society", "Disaster Management Unit", "Armed Police Service"]),
    ("Margit Olander, President of the European Commission, met the board of ZESCO Limited.\n",
     ["European Commission", "ZESCO Limited"]),
    # a fund through which money passes is no organisation of the article's
    ("The money comes from the Ukraine Facility, the European Commission said.\n", ["Ukraine", "European Commission"]),
])
def test_organisations_anywhere_and_by_the_words_that_end_their_names(text: str, organisations: list[str]) -> None:
    assert _organisations(text) == organisations


def test_a_region_in_a_title_is_no_part_of_a_name() -> None:
    people = analyse("UK Minister for Africa Thomas Ellery visited Chad.\n", "s").people
    assert [(p.name, p.title) for p in people] == [("Thomas Ellery", "Minister for Africa")]


def test_whom_the_aid_is_for_counts_every_mention_of_a_country() -> None:
    text = ("Donors gather in Lima as Peru counts the cost of floods.\n\nPeru's president, Ana Quispe, opened the "
            "conference. Peru's finance minister, Luis Torres, spoke next. Spain has pledged two water treatment "
            "plants, and Madrid says engineers will follow.\n")
    assert _commitments(text) == [(("spain",), ("peru",), "pledged", "water treatment plants")]


@pytest.mark.parametrize(("text", "commitments"), [
    # between two signers, a lender gives, or a state to a body; a supplier's contract is the supplier's gift
    ("Chad needs aid. The UK signed a £5 million agreement with Africa CDC to strengthen cholera surveillance.\n",
     [(("united-kingdom",), ("africa-cdc",), "signed", "cholera surveillance")]),
    ("Ukraine needs arms. Rheinmetall signed a contract with Ukraine to supply 200,000 artillery shells.\n",
     [(("rheinmetall",), ("ukraine",), "signed", "artillery shells")]),
    # the one who leads a fund receives nothing through it
    ("Ukraine needs arms. Denmark will transfer DKK 300 million to the UK-led International Fund for Ukraine for "
     "demining equipment.\n", [(("denmark",), ("ukraine",), "pledged", "DKK 300 million")]),
])
def test_who_gives_between_signers_and_through_a_fund(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_a_country_named_by_its_own_short_name() -> None:
    assert _organisations("Austria and Czechia delivered 60 generators to Ukraine.\n") == ["Austria", "Czechia", "Ukraine"]


@pytest.mark.parametrize(("text", "commitments"), [
    # a subject with its date before the verb; a package whose list ends in a sum for a purpose
    ("Somalia needs aid. The United Arab Emirates on 8 March pledged a relief package for Somalia comprising 40 "
     "water bowsers, medical supplies and US$5 million for cash assistance to displaced families.\n",
     [(("united-arab-emirates",), ("somalia",), "pledged", "relief package"),
      (("united-arab-emirates",), ("somalia",), "pledged", "water bowsers"),
      (("united-arab-emirates",), ("somalia",), "pledged", "medical supplies"),
      (("united-arab-emirates",), ("somalia",), "pledged", "cash assistance to displaced families")]),
    ("Ukraine needs power. The German package includes 120 mobile generators, 30 autotransformers and 85 million "
     "euros for repairs at thermal power plants.\n",
     [(("germany",), ("ukraine",), "pledged", "German package"), (("germany",), ("ukraine",), "pledged", "mobile generators"),
      (("germany",), ("ukraine",), "pledged", "autotransformers"),
      (("germany",), ("ukraine",), "pledged", "repairs at thermal power plants")]),
    # a package worth a sum written with a decimal point, then what it includes
    ("Ukraine needs arms. Germany announced a new aid package worth 1.1 billion euros ($1.2 billion) that includes "
     "four IRIS-T systems, 40,000 rounds of ammunition and 15 tanks.\n",
     [(("germany",), ("ukraine",), "pledged", "aid package"), (("germany",), ("ukraine",), "pledged", "IRIS-T systems"),
      (("germany",), ("ukraine",), "pledged", "rounds of ammunition"), (("germany",), ("ukraine",), "pledged", "tanks")]),
    # a sum that opens a list is no list of things
    ("Syria needs aid. Germany pledged €300 million to the fund for housing repairs and water networks, the largest "
     "single contribution of the day.\n", [(("germany",), ("syria",), "pledged", "€300 million")]),
    # what arrived, as someone said, given by those the subject names
    ("Ukraine needs arms. Ukrainian Defense Minister Taras Melnychuk said the first 20 CV90 vehicles of a batch paid "
     "for by Sweden and Denmark had arrived in Ukraine.\n",
     [(("sweden", "denmark"), ("ukraine",), "delivered", "CV90 vehicles of a batch")]),
])
def test_packages_with_sums_and_deliveries_reported(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a lender and a borrower that signed a loan or a grant: the lender gives, for the purpose the document names
    ("Jamaica needs power. CARICOM announced that the Inter-American Development Bank (IDB) and the Government of "
     "Jamaica had signed a US$100 million loan to rebuild power lines.\n",
     [(("inter-american-development-bank",), ("jamaica",), "signed", "US$100 million loan")]),
    ("Serbia needs rail. The EU said that Serbia and the European Investment Bank (EIB) had signed a 250 million euro "
     "loan for the railway line.\n",
     [(("european-investment-bank",), ("serbia",), "signed", "250 million euro loan")]),
    ("Vanuatu needs wharves. Australia announced that the Asian Development Bank (ADB) and Vanuatu had signed a US$40 "
     "million grant agreement to rebuild wharves on Tanna.\n",
     [(("asian-development-bank",), ("vanuatu",), "signed", "wharves")]),
])
def test_loans_signed_by_a_lender_and_a_borrower(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "location"), [
    # a readout's place and date on a line of their own, and a state visit
    ("Leaders hold talks\n\nNairobi, 12 August 2025\n\nOn the second day of his State Visit to Kenya, President Ana "
     "Souza of Brazil held talks with President Paul Kamau of Kenya.\n", "Nairobi"),
    # a meeting of some days at the dateline's place; this week's summit
    ("Allies promise air defence\n\nBRUSSELS — NATO defence ministers promised Ukraine more air defence as the "
     "two-day meeting closed.\n", "Brussels"),
    ("Analysis\n\nTIVAT, Montenegro — The European Union came to this week's summit with money but no plan.\n", "Tivat"),
    # ministers and officials who have gathered in a capital the text describes
    ("Sudan appeal\n\nMinisters and aid officials from dozens of countries have gathered in the Saudi capital to "
     "raise money for Sudan.\n", "Riyadh"),
    # a release's header lines, then the opening sentence that tells who hosted whom where
    ("JOINT MEDIA RELEASE\n\nThe Hon Jane Doe MP, Minister for Foreign Affairs\n\n14 August\n\nThe Minister for "
     "Foreign Affairs, Jane Doe, today hosted Fiji's Minister for Policing, Ratu Seru, and Tonga's Deputy Prime "
     "Minister, Sione Vea, in Cairns for the third Pacific dialogue.\n", "Cairns"),
])
def test_the_event_by_a_readout_s_dateline_a_meeting_of_days_or_a_host(text: str, location: str | None) -> None:
    assert _event(text) == location


@pytest.mark.parametrize(("text", "commitments"), [
    # a pledge made in the sentence of a meeting goes to the one met, where the text names no other
    ("Japan and Vietnam met. Japan's Foreign Minister Ken Asano flew in from Hanoi, where he met Vietnamese Deputy "
     "Prime Minister Tran Quoc Dung and pledged a ¥15 billion loan for water supply.\n",
     [(("japan",), ("vietnam",), "pledged", "¥15 billion loan")]),
    # a coast guard or a police force that receives is the receiver as named
    ("Japan and the Philippines met. Japan will provide ten patrol vessels to the Philippine Coast Guard.\n",
     [(("japan",), ("philippine-coast-guard",), "pledged", "patrol vessels")]),
    # support "in developing" something: the thing developed is asked for, not the possessive's end
    ("Tanzania and Indonesia met. Tanzanian President Halima Mwakasege requested Indonesia's support in developing "
     "seaweed farming.\n", [(("indonesia",), ("tanzania",), "asked", "seaweed farming")]),
])
def test_pledges_at_a_meeting_and_bodies_that_receive(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "offered no new weapons" gives nothing
    ("Ukraine needs arms. The U.S. President pledged intelligence sharing with Ukraine but offered no new weapons.\n",
     []),
    # a clause on a list's things is no thing of the list
    ("Cambodia needs aid. The IFRC has announced a relief package for the Cambodian Red Cross comprising 3,000 hygiene "
     "kits and 800 water containers, to be flown in from its hub in Kuala Lumpur.\n",
     [(("ifrc",), ("cambodian-red-cross",), "pledged", "relief package"),
      (("ifrc",), ("cambodian-red-cross",), "pledged", "hygiene kits"),
      (("ifrc",), ("cambodian-red-cross",), "pledged", "water containers")]),
    # an organisation by the abbreviation the text gave it in brackets
    ("Pacific states met. The Pacific Islands Forum Fisheries Agency (FFA) met in Honiara. New Zealand announced a "
     "surveillance package for the FFA.\n",
     [(("new-zealand",), ("pacific-islands-forum-fisheries-agency",), "pledged", "surveillance package")]),
    # money to expand a country's grid is for that country
    ("South Africa and Canada talked. Canada will provide C$250m to expand South Africa's transmission network.\n",
     [(("canada",), ("south-africa",), "pledged", "C$250m")]),
    # a meeting told after the pledge, with someone else, does not say whom the pledge is for
    ("Ukraine needs arms. Britain pledged more air defence missiles to Ukraine. Germany hosted. Britain pledged more "
     "shells, after British Defence Secretary Helen Marsh held a meeting with German Defence Minister Jonas Wendler.\n",
     [(("united-kingdom",), ("ukraine",), "pledged", "air defence missiles"),
      (("united-kingdom",), ("ukraine",), "pledged", "shells")]),
])
def test_refusals_list_tails_abbreviations_and_receivers(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an organisation's short name set off after it; two states that signed: the one that gives elsewhere gives
    ("Pacific ministers met. The meeting of the Pacific Islands Forum Fisheries Agency, the FFA, opened. New Zealand "
     "announced a surveillance package for the FFA. Japan will give Fiji ten patrol boats. Japan and Tonga signed an "
     "agreement for a grant of 2.5 billion yen.\n",
     [(("new-zealand",), ("pacific-islands-forum-fisheries-agency",), "pledged", "surveillance package"),
      (("japan",), ("fiji",), "pledged", "patrol boats"),
      (("japan",), ("tonga",), "signed", "grant of 2.5 billion yen")]),
])
def test_short_names_set_off_and_the_state_that_gives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "organisations"), [
    # "and" inside one name; "and" between two names, either known or complete with its own word
    ("The Flood Response and Recovery Agency thanked Peru and the Andean Development Council.\n",
     ["Flood Response and Recovery Agency", "Peru", "Andean Development Council"]),
    ("Talks between the Grain Council and Kenya Ports Authority ended, Chile and Argentina said nothing.\n",
     ["Grain Council", "Kenya Ports Authority", "Chile", "Argentina"]),
    # a government's department by what it does; a day after it, or a possessive, is no part of its name
    ("The Department of Public Works and Highways met the Ministry of Planning and International Cooperation on "
     "Monday, and the Office of the Prime Minister's staff.\n",
     ["Department of Public Works and Highways", "Ministry of Planning and International Cooperation",
      "Office of the Prime Minister"]),
])
def test_and_inside_one_name_or_between_two(text: str, organisations: list[str]) -> None:
    assert _organisations(text) == organisations


@pytest.mark.parametrize(("text", "commitments"), [
    # an unnamed official of a country gives for it; a package no one owns is the gift just reported
    ("Peru's health minister has promised Bolivia 400 oxygen concentrators. The minister spoke in La Paz. "
     "The new medical package, worth $9m, includes 400 oxygen concentrators and 30 ambulances.\n",
     [(("peru",), ("bolivia",), "pledged", "oxygen concentrators"),
      (("peru",), ("bolivia",), "pledged", "new medical package"),
      (("peru",), ("bolivia",), "pledged", "ambulances")]),
    # a decision taken before ("had decided to"); a short name in brackets inside a thing's name
    ("He said the Government of Norway had decided to send Malawi 12 unmanned aerial vehicles (UAV) drones.\n",
     [(("norway",), ("malawi",), "pledged", "unmanned aerial vehicles drones")]),
])
def test_officials_of_a_country_and_packages_no_one_owns(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the Commission" names the one commission the article names; a line "to" a country leads there
    ("The African Union Commission met donors in Accra. The Commission will provide Ghana 30 ambulances and a "
     "power line to Togo.\n",
     [(("african-union-commission",), ("ghana",), "pledged", "ambulances"),
      (("african-union-commission",), ("ghana",), "pledged", "power line")]),
    # two banks: "the Bank" names neither
    ("The World Bank and the Asian Development Bank met in Manila. The Bank will lend Fiji $40 million.\n", []),
    # a body named in an opening participle does not give
    ("Coordinated by the Pacific Islands Forum, Australia and Japan have delivered 60 generators to Tonga.\n",
     [(("australia", "japan"), ("tonga",), "delivered", "generators")]),
])
def test_short_references_routes_and_opening_participles(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "US$" names no state; a round-up's section: the country it opens with receives, not the article's most named
    ("Cuba has asked Mexico for fuel. Cuba wants more. Cuba thanked Mexico. Honduras has fared worst. Floods cut "
     "power. The World Bank has responded with a US$150 million emergency package.\n",
     [(("mexico",), ("cuba",), "asked", "fuel"),
      (("world-bank",), ("honduras",), "pledged", "US$150 million emergency package")]),
    # the two who met sign; a grant agreement between a development agency and a state: the agency gives
    ("The European Commission's Commissioner, Anna Berg, held talks with Colombian Energy Minister Luis Soto, and "
     "the two signed a €40m grant agreement for a transmission line.\n",
     [(("european-commission",), ("colombia",), "signed", "transmission line")]),
    # a board approves for its body; an agreement "of up to" a sum "for" a purpose is on the purpose
    ("The IDB board approved a US$1.2 billion loan for Brazil. The Japan International Cooperation Agency and the "
     "Republic of Zambia signed a grant "
     "agreement of up to 3.1 billion yen for the rehabilitation of a substation.\n",
     [(("idb",), ("brazil",), "pledged", "US$1.2 billion loan"),
      (("japan-international-cooperation-agency",), ("zambia",), "signed", "rehabilitation of a substation")]),
    # the people an item names receive it
    ("Estonia hosted the talks. Iceland will fund the training of Ukrainian military medics.\n",
     [(("iceland",), ("ukraine",), "pledged", "training of Ukrainian military medics")]),
])
def test_sections_lenders_boards_and_people_named_in_items(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # relief goods, experts and teams are aid; the giver named inside a passive's subject
    ("Emergency relief goods from Norway had been handed over to the Chilean authorities. Norway will also send "
     "technical experts and a rescue team to Chile.\n",
     [(("norway",), ("chile",), "delivered", "Emergency relief goods"),
      (("norway",), ("chile",), "pledged", "technical experts"),
      (("norway",), ("chile",), "pledged", "rescue team")]),
])
def test_relief_goods_experts_and_teams(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a nation's team that arrives is sent by it; a package "saying it would cover" a list; a list of like things
    # in one sentence stays a list; givers "together"
    ("Tokyo will extend 300 million yen to the Philippines. A Japanese emergency medical team arrived in Tacloban. "
     "Canada announced a C$5 million package for the Philippines, saying it would cover shelter kits, hygiene kits "
     "and water tablets. Chile and Peru together committed $1 million.\n",
     [(("japan",), ("philippines",), "pledged", "300 million yen"),
      (("japan",), ("philippines",), "delivered", "emergency medical team"),
      (("canada",), ("philippines",), "pledged", "C$5 million package"),
      (("canada",), ("philippines",), "pledged", "shelter kits"),
      (("canada",), ("philippines",), "pledged", "hygiene kits"),
      (("canada",), ("philippines",), "pledged", "water tablets"),
      (("chile", "peru"), ("philippines",), "pledged", "$1 million")]),
])
def test_teams_that_arrive_and_what_a_package_would_cover(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a company named as one receives; "the government of" a state joins the signers; a giver joined to its
    # participle ("a Gavi-funded shipment")
    ("The World Bank agreed a $75mn loan to agricultural group Maisco to rebuild its silos. The Asian Development "
     "Bank and the government of Fiji had signed a $30m loan to rebuild roads.\n",
     [(("world-bank",), ("maisco",), "agreed", "$75mn loan"),
      (("asian-development-bank",), ("fiji",), "signed", "$30m loan")]),
    ("A UNICEF-funded shipment of 9,000 doses of measles vaccine for Chad arrived in N'Djamena.\n",
     [(("unicef",), ("chad",), "delivered", "shipment of 9,000 doses of measles vaccine")]),
])
def test_companies_governments_that_sign_and_shipments_paid_for(text: str,
                                                                 commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_a_company_is_named_by_the_word_for_it() -> None:
    text = ("The EIB will finance rolling stock for Kalvorail, the state railway, and a loan to utility Nordgrid. "
            "The company's chief, Ana Lopes, spoke.\n")
    assert _organisations(text) == ["EIB", "Kalvorail", "Nordgrid"]


@pytest.mark.parametrize(("text", "commitments"), [
    # a longer name before a known abbreviation is that organisation; "Lao" is Laos; a cargo named by its sender;
    # "the Royal Government of" a state signs for it
    ("The United Nations Children's Fund (UNICEF) said a UNICEF shipment of 5,000 water filters arrived in Pakse. "
     "The ADB pledged technical assistance to the Lao Government. The World Bank and the Royal Government of "
     "Bhutan had signed a $30m grant agreement to rebuild roads.\n",
     [(("unicef",), ("laos",), "delivered", "shipment of 5,000 water filters"),
      (("adb",), ("laos",), "pledged", "technical assistance"),
      (("world-bank",), ("bhutan",), "signed", "roads")]),
])
def test_long_names_lao_cargoes_and_royal_governments(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "adding that it would": the one who said so gives; the receiver of its sentence's other gift receives
    ("Ukraine needs heat. The World Bank and Georgia signed a $35 million loan agreement to repair canals, the "
     "European Union said, adding that it would contribute a €8 million grant of its own.\n",
     [(("world-bank",), ("georgia",), "signed", "canals"),
      (("european-union",), ("georgia",), "pledged", "€8 million grant of its own")]),
    # a deal "inked"; boilers are aid; "US dollars" names no state
    ("Georgia needs hospitals. The World Bank inked a deal with Georgia to build two hospitals.\n",
     [(("world-bank",), ("georgia",), "signed", "hospitals")]),
    ("Ukraine needs heat. Poland undertook to send mobile boiler units. Japan gave Ukraine 3 million US dollars.\n",
     [(("poland",), ("ukraine",), "pledged", "mobile boiler units"),
      (("japan",), ("ukraine",), "delivered", "3 million US dollars")]),
])
def test_adding_that_it_would_inked_deals_and_currencies(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "support X with" a sum; a donor is not whom an article's aid is for; goods that arrived "from" a giver, in a
    # clause opened by "after"; help "in" doing something is asked for the thing done
    ("Peru needs help. Canada will also support Peru with $9 million for the reintegration of returned migrants. "
     "Canada, Canada and Canada spoke. The talks came days after 30,000 doses of vaccine arrived in Lima from "
     "Chile. Peru had asked the World Bank for help in sourcing and financing a scanner.\n",
     [(("canada",), ("peru",), "pledged", "$9 million"),
      (("chile",), ("peru",), "delivered", "doses of vaccine"),
      (("world-bank",), ("peru",), "asked", "scanner")]),
    # supporting talks gives nothing; a place before the body it serves is no part of its name
    ("Canada will support the talks with great interest. Trucks arrived at the Port of Suva for the Bureau of Fire "
     "Services.\n", []),
])
def test_support_with_arrivals_from_and_help_in_doing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # Brussels stands for the EU; "that the bloc had" is the body named before; an agency named in an apposition
    ("Kosovo needs help. The EU ambassador, Anna Berg, said that the bloc had set aside 12 million euros for "
     "reception centres. Kosovo asked Brussels for six drones. Frontline Aid, the UN's mine-clearing agency, will "
     "meanwhile send 30 more officers to Kosovo.\n",
     [(("eu",), ("kosovo",), "pledged", "12 million euros"),
      (("eu",), ("kosovo",), "asked", "drones"),
      (("frontline-aid",), ("kosovo",), "pledged", "officers")]),
])
def test_brussels_the_bloc_and_agencies_in_apposition(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_an_apposition_that_goes_on_past_a_company_word_names_no_company() -> None:
    text = "John Marsh, a former company director, met Kosovo officials. Kosovo thanked him.\n"
    assert "John Marsh" not in _organisations(text)


@pytest.mark.parametrize(("text", "commitments"), [
    # "X, which announced" gives; an aside with its own apposition; "put forward"; a body after a country's
    # possessive receives; "a plant in Djibouti's town" is for Djibouti
    ("Kenya needs water. The biggest pledge came from the World Bank, which announced a $250 million loan to "
     "Kenya. Germany, represented by Anna Berg, its state secretary, added 40 million euros for Kenya. Twelve pumps "
     "from Japan were handed over to Kenya's National Water Authority. The EU put forward €85m in grants for Kenya. "
     "Qatar will finance a desalination plant in Djibouti's northern town.\n",
     [(("world-bank",), ("kenya",), "pledged", "$250 million loan"),
      (("germany",), ("kenya",), "pledged", "40 million euros"),
      (("japan",), ("national-water-authority",), "delivered", "pumps"),
      (("eu",), ("kenya",), "pledged", "€85m"),
      (("qatar",), ("djibouti",), "pledged", "desalination plant")]),
    # "which" after a preposition is what the sentence spoke of; what a country already supplies is no news
    ("Moldova needs power. The EIB signed a loan to Moldelectrica, the state operator, which will finance "
     "substations. Romania, which already supplies most of Moldova's electricity, spoke.\n",
     [(("eib",), ("moldelectrica",), "signed", "loan")]),
    # but a body after a preposition sends what it sends: "which" is the body where a thing could not do it
    ("Kenya needs water. More help came from Japan, which sent 20 water pumps to Kenya.\n",
     [(("japan",), ("kenya",), "delivered", "water pumps")]),
])
def test_which_asides_possessed_bodies_and_places_of_plants(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a letter of intent "under which" one gives is that gift; "much of it" ends a list
    ("Canada and Chile signed a letter of intent under which Canada will fund training for Chilean asylum "
     "officers. WHO has delivered 40 tonnes of supplies to Chile, including tests, fluids and paracetamol, much of "
     "it now in a warehouse.\n",
     [(("canada",), ("chile",), "pledged", "training"),
      (("who",), ("chile",), "delivered", "tests"),
      (("who",), ("chile",), "delivered", "fluids"),
      (("who",), ("chile",), "delivered", "paracetamol")]),
])
def test_letters_of_intent_and_list_ends(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "sent to X by Y"; what is distributed; tonnes of goods; "the bank" after the one bank named just before;
    # approved "in southern" a country; a condition in an apposition on the money sets none on the gift
    ("Chad is hungry. A ship carrying 3,500 tonnes of wheat flour sent to Chad by the Qatar Red Crescent docked. "
     "The FAO has distributed seed and tools to families in Chad. The minister spoke with Ana Diaz, a "
     "vice-president of the Islamic Development Bank. The bank last month approved a 30 million dollar grant for "
     "irrigation in southern Chad, money that officials hope will help if the rains come.\n",
     [(("qatar-red-crescent",), ("chad",), "delivered", "wheat flour"),
      (("fao",), ("chad",), "delivered", "seed and tools"),
      (("islamic-development-bank",), ("chad",), "pledged", "30 million dollar grant")]),
])
def test_sent_by_distributed_and_the_bank_named_before(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a plane or ship that arrives: what it carried, from whoever sent it
    ("Haiti was hit. A cargo plane from Qatar touched down carrying tents, water tablets and hygiene kits, airport "
     "officials said. A Cuban navy ship docked in Jacmel this morning carrying 3,000 food kits.\n",
     [(("qatar",), ("haiti",), "delivered", "tents"),
      (("qatar",), ("haiti",), "delivered", "water tablets"),
      (("qatar",), ("haiti",), "delivered", "hygiene kits"),
      (("cuba",), ("haiti",), "delivered", "food kits")]),
    # a minister's plane that lands brings no gift
    ("Haiti was hit. The plane of the Canadian minister landed in Port-au-Prince with aid officials.\n", []),
])
def test_what_planes_and_ships_carried(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_a_person_s_name_before_or_after_a_body_is_no_part_of_its_name() -> None:
    text = ("Anna Keller of the Geneva International Centre for Humanitarian Demining spoke, and so did the "
            "European Commission Marianne Duclos. The Council of Europe agreed.\n")
    assert _organisations(text) == ["Geneva International Centre for Humanitarian Demining", "European Commission",
                                    "Council of Europe"]
    # several people's names joined by "and" before the body
    text = ("Rudolf Schwenk and Hugh Riddell of the World Bank met the minister, as did Ana Soto, Luis Vera and Eva Gil "
            "of the Geneva International Centre.\n")
    assert _organisations(text) == ["World Bank", "Geneva International Centre"]
    # not to fire: a body's own name joined by "and"
    assert _organisations("Officials of the Ministry of Health and Population met the minister.\n") == \
        ["Ministry of Health and Population"]


@pytest.mark.parametrize(("text", "commitments"), [
    # a release's own minister, named with no country, gives for the country its header names
    ("News release\n\nNew support for farmers in Central America\n\nFrom: Global Affairs Canada\n\nToday, the Honourable "
     "Marc Roy, "
     "Minister of International Development, announced a $32 million package of support for Guatemala. Canada "
     "has long helped Guatemala.\n",
     [(("canada",), ("guatemala",), "pledged", "$32 million package of support")]),
    ("PRESS RELEASE\n\nThe Minister receives his Chilean counterpart\n\nLima, 21 January\n\nThe Minister of Defence, "
     "Luis Soto, received the Minister of Defence of Chile, Ana Rojas. Minister Soto announced a package of 40 "
     "generators for Chile. Peru has sent Chile aid before.\n",
     [(("peru",), ("chile",), "pledged", "package of 40 generators"),
      (("peru",), ("chile",), "delivered", "aid")]),
    # a report's dateline is where its reporter was, not whose minister it names
    ("KYIV — Foreign Minister Anna Berg announced $15 million for demining in Ukraine, Canada said.\n", []),
])
def test_a_release_s_own_minister_gives_for_its_issuer(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "who promised" after a name set off; what is installed; insurance issued; a donation confirmed; a passive
    # whose givers follow "by", the place inside its subject no receiver
    ("Kenya needs help. The minister spoke with Norway's development minister, Kari Dahl, who promised 5 million "
     "euros for Kenya. UNICEF was installing 24 solar-powered vaccine fridges in Kenya. MIGA said it had issued "
     "$50mn of war-risk insurance to Equity Bank. Sweden has confirmed a donation of 1 billion Swedish kronor for "
     "Kenya. In addition, 18 trucks produced in Kenya will be co-financed by Denmark and Finland.\n",
     [(("norway",), ("kenya",), "pledged", "5 million euros"),
      (("unicef",), ("kenya",), "delivered", "solar-powered vaccine fridges"),
      (("miga",), ("equity-bank",), "delivered", "$50mn of war-risk insurance"),
      (("sweden",), ("kenya",), "pledged", "donation of 1 billion Swedish kronor"),
      (("denmark", "finland"), ("kenya",), "pledged", "trucks produced")]),
    # with no receiver after it, only a giver right after "by": the grant "from the EU" gives, not the loan
    ("Kenya needs help. The 25-year loan will be co-financed by a €100 million grant from the European Union.\n",
     [(("european-union",), ("kenya",), "pledged", "€100 million grant")]),
])
def test_who_promised_installed_issued_confirmed_co_financed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "who welcomed ... but asked"; "Its" minister speaks for the one the sentence before opened with; a grant's
    # contents, each thing it covers; "channel" routes money, it names no gift
    ("Kolar held talks with Amra Hadzic, Bosnia's prime minister, who welcomed the package but asked the EU for "
     "200 million euros in budget support.\n",
     [(("eu",), ("bosnia-and-herzegovina",), "asked", "200 million euros")]),
    ("Tuvalu is sinking. Japan was the biggest donor. Its State Minister for Foreign Affairs, Kenji Nakamura, "
     "pledged 60 million dollars for coastal protection in Tuvalu.\n",
     [(("japan",), ("tuvalu",), "pledged", "60 million dollars")]),
    ("Fiji needs power. The ADB approved a $3 million grant to Fiji. The grant covers training for engineers, new "
     "billing software and a tariff study. Norway will channel funds through the fund.\n",
     [(("adb",), ("fiji",), "pledged", "$3 million grant"),
      (("adb",), ("fiji",), "pledged", "training"),
      (("adb",), ("fiji",), "pledged", "billing software"),
      (("adb",), ("fiji",), "pledged", "tariff study")]),
])
def test_relative_requests_its_ministers_and_what_a_grant_covers(text: str,
                                                                 commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a company set off with a country's possessive, and its counterpart named after a comma; two sums are two
    # gifts; the receiver of a document signed by two states, before a gift told under it
    ("Moldova needs power. Transelectrica, Romania's grid operator, handed over two power transformers to its "
     "Moldovan counterpart, Moldelectrica, last month.\n",
     [(("transelectrica",), ("moldelectrica",), "delivered", "power transformers")]),
    ("Finland announced new Finnish support of EUR 8 million for Moldova. Finland and Moldova signed a memorandum. "
     "Under the memorandum, Finland will provide EUR 12 million for vocational education in Moldova.\n",
     [(("finland",), ("moldova",), "pledged", "Finnish support of EUR 8 million"),
      (("finland",), ("moldova",), "signed", "memorandum"),
      (("finland",), ("moldova",), "pledged", "EUR 12 million")]),
])
def test_companies_set_off_counterparts_and_two_sums(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a package "it had sent to" a country arrived, as the one who said so reports; the consignment the sentence
    # before told; a capital named in an item names whom it is for
    ("Fiji and Samoa were hit. Australia, represented in Suva by its minister, said a relief package it had sent to "
     "Fiji arrived last week. The consignment included four desalination units and 20 satellite phones. New "
     "Zealand pledged NZ$25 million for coastal works on Apia.\n",
     [(("australia",), ("fiji",), "delivered", "relief package"),
      (("australia",), ("fiji",), "delivered", "desalination units"),
      (("australia",), ("fiji",), "delivered", "satellite phones"),
      (("new-zealand",), ("samoa",), "pledged", "NZ$25 million")]),
])
def test_packages_reported_consignments_and_capitals_in_items(text: str,
                                                              commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "location"), [
    # a place whose name begins with an accented capital
    ("The leaders' gathering in Île-Rousse ended with a communiqué.\n", "Île-Rousse"),
    ("Ministers will hold the next gathering in Évora.\n", None),
    # a meeting titled in capitals; held or closed with the time between it and its place
    ("Samoa's minister spoke on the sidelines of the Caribbean Finance Ministers Meeting in Castries.\n", "Castries"),
    ("Chile announced aid at the annual meeting of the Andean Forum, held this week in Quito.\n", "Quito"),
    ("Aid was pledged as the Sahel Water Conference concluded on Friday in Niamey.\n", "Niamey"),
    ("Fiji will host the Pacific Ministers Meeting in Suva.\n", None),
    # goods "which arrived" visit nobody; a minister "is visiting" a city; a readout's meeting with an envoy
    # whose title carries full stops
    ("SANTIAGO — The President thanked Spain for the trucks it donated, which arrived in Valparaíso in May.\n", None),
    ("Foreign Minister Ana Brito is visiting Maputo, Mozambique, on 3-4 May.\n", "Maputo"),
    ("On May 2, Mr. Oda, Minister of Japan, held a meeting with H.E. Mr. Juan Reyes, Minister of Chile, who is "
     "visiting Japan, at the Guest House in Tokyo.\n", "Tokyo"),
    ("The ambassador said the minister was visiting friends, not officials.\n", None),
    # a gathering titled after its city, named as a place elsewhere; a capital needs no other mention
    ("Ministers spoke at the Tallinn Digital Summit. Our team is reporting from Tallinn.\n", "Tallinn"),
    ("Ministers spoke at the Hartwell Digital Summit on Tuesday.\n", None),
    ("Leaders left the Nairobi summit with a deal on grain.\n", "Nairobi"),
    # a headline that names the gathering with its place, which the body does not repeat
    ("Five things we learned from the Pan-African summit in Lomé\n\nTwo days of speeches ended on Sunday.\n", "Lomé"),
    ("Bank announces loans as Reconstruction Forum concludes in Kingstown\n\nThe bank announced loans.\n", "Kingstown"),
    ("What to expect from the next summit in Lomé\n\nLeaders will gather in the spring.\n", None),
    ("Togo asks for aid after talks in Ghana\n\nTogo asked for aid.\n", None),
    # what others did on the sidelines of a gathering: at its place, or at the dateline's; not a past one
    ("LOMÉ, May 4 - Ghana pledged grain. On the margins of the launch, Ghana's minister met Togo's.\n", "Lomé"),
    ("Ghana pledged grain. On the sidelines of the Coastal States Forum in Cotonou, the ministers met.\n", "Cotonou"),
    ("LOMÉ, May 4 - Ghana pledged grain. Earlier this week, the ministers met on the sidelines of a meeting in "
     "Accra.\n", None),
    ("Ghana pledged grain. Recalling their meeting on the margins of the General Assembly in New York in September, "
     "the ministers spoke by phone.\n", None),
    ("Ghana sent grain. " * 9 + "On the sidelines of the Partners Forum in Accra on 2 May, the envoys met.\n", None),
    # a release that opens with a journey: the visit; not one further down, nor goods that travelled
    ("Commissioner Ida Holm travelled to Dodoma today, where she met the President of Tanzania.\n", "Dodoma"),
    ("Tanzania asked for aid. Commissioner Ida Holm travelled to Dodoma in the spring.\n", None),
    ("A convoy of 40 trucks travelled to Goma on Monday, the agency said.\n", None),
    # a signing or a handover at a ceremony; not a ceremony of another kind
    ("The loan agreement was signed at a ceremony in Honiara by the two ministers.\n", "Honiara"),
    ("Ten ambulances were given to the health service at a handover ceremony in Tete.\n", "Tete"),
    ("Aid reached Malawi. The minister later laid a wreath at a ceremony in Blantyre.\n", None),
    # a visit to "the town" or "the country" a report was filed from; not one planned, nor without a dateline
    ("GULU - Ten jeeps were handed to the police on Monday during a visit to the town by Ireland's minister.\n", "Gulu"),
    ("GULU - The minister plans a visit to the town next year, officials said.\n", None),
    ("Ten jeeps were handed to the police during a visit to the town by Ireland's minister.\n", None),
    # a roundup of reports, each from its own dateline, has no one event; a transcript's speakers are no datelines
    ("ACCRA, May 3 - Ministers met in Accra on Monday.\n\nLOMÉ, May 3 - Togo asked for grain.\n", None),
    ("ACCRA, May 3 - Ministers met in Accra on Monday.\n\nHOST: Who came?\n\nGUEST: Everyone.\n", "Accra"),
    # a dateline with the place as it is spelt and a date; not a sentence that opens with a name and a dash
    ("Camp Lemonnier (Djibouti), Mar 4 - Allies pledged drones on Tuesday. On the sidelines of the meeting, the "
     "ministers met.\n", "Camp Lemonnier"),
    ("Camp Lemonnier - a base in Djibouti - hosts allies. On the sidelines of the meeting, the ministers met.\n", None),
    # talks the news follows are not the news
    ("Chile ordered 20 trucks for Peru. The order follows talks in Lima between the two ministers.\n", None),
    ("Chile ordered 20 trucks for Peru. The announcement came after a donors' meeting in Lima.\n", None),
    ("Chile ordered 20 trucks for Peru at talks in Lima between the two ministers.\n", "Lima"),
    # a feature that names its occasion late, by whose visit it is; not a past visit
    ("The wells are dry. Goats sleep in the shade. The river left. Halvorsen's three-day visit to Zambia, the first "
     "by a Norwegian minister in a decade, was built around water.\n", "Zambia"),
    ("The wells are dry. Goats sleep in the shade. Halvorsen's visit to Zambia last year was built around water.\n",
     None),
])
def test_the_event_more_forms_of_english(text: str, location: str | None) -> None:
    assert _event(text) == location


@pytest.mark.parametrize(("text", "place"), [
    ("Kyiv Update\n\nDar es Salaam, 12 August 2025\n\nThe ministry met donors.\n", "Dar es Salaam"),
    # a line of capitals above a place on a line of its own is no place of several words
    ("PRESS RELEASE\n\nBaghdad, 3 March\n\nThe ministry met donors.\n", "Baghdad"),
])
def test_the_place_a_report_was_filed_from_stays_on_its_line(text: str, place: str) -> None:
    assert Article(text).dateline_place == place


def _cast(text: str) -> Cast:
    article = Article(text)
    orgs = find_organisations(article, Known(), set())
    return Cast(article, find_people(article, orgs, Known(), set()), orgs)


def _opener(text: str) -> str | None:
    """The words of the actor the body's first sentence opens with, as the cast reads it."""
    cast = _cast("Floods in Kenya: live updates\n\n" + text + "\n")
    subject = cast.sentence_subject(0)
    return cast.article.masked[subject.span.start:subject.span.end] if subject else None


@pytest.mark.parametrize(("text", "opener"), [
    # a live blog's entry opens with its time, with a dash, a colon, a bracket, a zone or "am"
    ("15:05 – Norway says it has handed over 40 generators to Kenya.", "Norway"),
    ("15:05 - Norway says it has handed over 40 generators to Kenya.", "Norway"),
    ("9.40am — Tanzania sent a convoy to Kenya.", "Tanzania"),
    ("9.40 a.m. — Tanzania sent a convoy to Kenya.", "Tanzania"),
    ("11 p.m. EAT: Tanzania sent a convoy to Kenya.", "Tanzania"),
    ("9.40am — The first convoy from Tanzania reached Kenya.", None),
    ("10:12 GMT: Japan pledged 200 water pumps to Kenya.", "Japan"),
    ("0930 GMT – Japan pledged 200 water pumps to Kenya.", "Japan"),
    ("17.32 CET Sweden has flown in 30 tents.", "Sweden"),
    ("14.30 local time – Sweden has flown in 30 tents.", "Sweden"),
    ("3 pm: Sweden has flown in 30 tents.", "Sweden"),
    ("7:45pm: Sweden has flown in 30 tents.", "Sweden"),
    ("[18:20] Uganda offered a field hospital.", "Uganda"),
    ("(18:20 EAT) Uganda offered a field hospital.", "Uganda"),
    ("18:20 GMT+3 – Uganda offered a field hospital.", "Uganda"),
    ("(18:20 UTC) Uganda offered a field hospital.", "Uganda"),
    ("18h20 – Uganda offered a field hospital.", "Uganda"),
    ("18:20 | Uganda offered a field hospital.", "Uganda"),
    ("18:20 Uganda offers field hospital", "Uganda"),
    ("06:05 Kenyan President Daniel Mwangi thanks Uganda", "Kenyan President Daniel Mwangi"),
    ("UPDATE, 14:30: Canada has sent 50 tents to Kenya.", "Canada"),
    ("Update 2 – Canada has sent 50 tents to Kenya.", "Canada"),
    ("11.05 – Kenyan President Daniel Mwangi thanked Canada.", "Kenyan President Daniel Mwangi"),
    ("21:10 – In Mombasa, Canada has sent 50 tents.", "Canada"),
    # a list's item opens with its bullet
    ("- Norway pledged 40 generators.", "Norway"),
    ("• Norway pledged 40 generators.", "Norway"),
    ("2) Norway pledged 40 generators.", "Norway"),
    # a number that is no time opens no entry, and a time with nothing to set it off is left alone
    ("500 water pumps from Japan arrived in Kenya on Monday.", None),
    ("2024 was the worst year for Kenya.", None),
    ("12.50 Swiss francs a day is what a family in Kenya lives on.", None),
    ("12.5 million people in Kenya need food.", None),
    ("15.05 Norway says it has handed over 40 generators.", None),
    ("Breaking the deadlock, Norway pledged 40 generators.", "Norway"),
])
def test_the_subject_after_a_live_blog_s_time_or_a_bullet(text: str, opener: str | None) -> None:
    assert _opener(text) == opener


@pytest.mark.parametrize(("text", "commitments"), [
    ("Floods in Kenya: live\n\n15:05 – Norway says it has handed over 40 generators to Kenya.\n",
     [(("norway",), ("kenya",), "delivered", "generators")]),
    ("Floods in Kenya: live\n\n14:30 GMT - Norway said it would send 40 generators to Kenya.\n",
     [(("norway",), ("kenya",), "pledged", "generators")]),
    ("Floods in Kenya: live\n\n7:45pm: The European Union says it has released 2 million euros for Kenya.\n",
     [(("european-union",), ("kenya",), "delivered", "2 million euros")]),
    ("Floods in Kenya: live\n\n13:55 Norway says it has handed over 40 generators to Kenya.\n",
     [(("norway",), ("kenya",), "delivered", "generators")]),
    ("Floods in Kenya: live\n\n13.55 Norway says it has handed over 40 generators to Kenya.\n", []),
    ("Floods in Kenya: live\n\n- Sweden says it will donate 20 ambulances to Kenya.\n",
     [(("sweden",), ("kenya",), "pledged", "ambulances")]),
    # "it" with no subject the entry opens with is nobody's
    ("Floods in Kenya: live\n\n15:05 – 500 pumps arrived. In Nairobi it has handed over 40 generators to Kenya.\n", []),
])
def test_a_live_blog_entry_s_it_is_the_one_the_entry_opens_with(text: str,
                                                                 commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "sentences"), [
    # the full stop of an entry's "a.m." ends no sentence; one after a time within a sentence does
    ("Live\n\n9.40 a.m. – Tanzania sent a convoy.\n", ["9.40 a.m. – Tanzania sent a convoy."]),
    ("Live\n\n10 p.m. EAT – Tanzania sent a convoy.\n", ["10 p.m. EAT – Tanzania sent a convoy."]),
    ("Live\n\n6:15 a.m. Tanzania sent a convoy.\n", ["6:15 a.m. Tanzania sent a convoy."]),
    ("Live\n\nThe talks ended at 9 p.m. Japan then pledged tents.\n", ["The talks ended at 9 p.m.",
                                                                    "Japan then pledged tents."]),
    ("Live\n\nBy 9 a.m. Tanzania had sent a convoy.\n", ["By 9 a.m.", "Tanzania had sent a convoy."]),
])
def test_a_live_blog_s_time_in_a_m_ends_no_sentence(text: str, sentences: list[str]) -> None:
    article = Article(text)
    assert [article.sentence_text(i) for i in range(len(article.sentences))] == sentences


@pytest.mark.parametrize(("text", "subject"), [
    # a name set off after an opening phrase, with its title in an aside of its own before the verb
    ("Speaking for the government, Ana Ruiz, Minister of Housing, urged donors to send tents.", "Ana Ruiz"),
    ("On Monday, Ana Ruiz, Minister of Housing, urged donors to send tents.", "Ana Ruiz"),
    ("In Lima, Ana Ruiz, Peru's Minister of Housing, appealed to Japan for tents.", "Ana Ruiz"),
    ("Separately, Tomas Berg, Sweden's aid minister, promised more boats to Peru.", "Tomas Berg"),
    ("Later, Tomas Berg, the Swedish aid minister, has pledged more boats to Peru.", "Tomas Berg"),
    # a name set off whose comma closes it
    ("Peru's housing minister, Ana Ruiz, urged donors to send tents.", "Peru's housing minister, Ana Ruiz"),
    # the aside goes on to someone else, or the name is only the object of an opening phrase
    ("In Lima, Ana Ruiz, Peru's Minister of Housing, and the donors urged Japan to send tents.", None),
    ("After meeting Ana Ruiz, Peru's Minister of Housing, the envoys urged Japan to send tents.", "the envoys"),
])
def test_a_name_set_off_with_its_title_in_an_aside_is_the_subject(text: str, subject: str | None) -> None:
    cast = _cast("Floods in Peru\n\n" + text + "\n")
    verb = re.search(r"\b(?:urged|appealed|promised|has pledged)\b", cast.article.masked)
    assert verb is not None
    actor = cast.subject_before(verb.start(), 0, set_off=True)
    assert (cast.article.masked[actor.span.start:actor.span.end] if actor else None) == subject


@pytest.mark.parametrize(("text", "commitments"), [
    ("Separately, Tomas Berg, Sweden's aid minister, promised more boats to Peru.\n",
     [(("sweden",), ("peru",), "pledged", "boats")]),
    ("In Lima, Tomas Berg, the Swedish aid minister, handed over 20 boats to Peru.\n",
     [(("sweden",), ("peru",), "delivered", "boats")]),
    ("On Monday, Tomas Berg, Minister for Development of Sweden, pledged 20 boats to Peru.\n",
     [(("sweden",), ("peru",), "pledged", "boats")]),
])
def test_a_gift_by_a_name_set_off_with_its_title_in_an_aside(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "place"), [
    # a live blog's or an editor's label in capitals is no dateline
    ("Floods live\n\nUPDATE, 14:30: Japan pledged 40 tents to Malawi.\n", ""),
    ("Floods live\n\nBREAKING: Japan pledged 40 tents to Malawi.\n", ""),
    ("Floods live\n\nEDITOR'S NOTE: This story has been updated.\n", ""),
    # a place that starts with a label's letters is a place
    ("Floods live\n\nLIVERPOOL - Japan pledged 40 tents to Malawi.\n", "Liverpool"),
    ("Floods live\n\nLILONGWE, 3 May - Japan pledged 40 tents to Malawi.\n", "Lilongwe"),
])
def test_a_label_in_capitals_is_no_dateline(text: str, place: str) -> None:
    assert Article(text).dateline_place == place
