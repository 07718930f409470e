"""`factsheet draft`: how reporters report meetings, each rule on invented sentences (never the corpus's):
calls by video or phone, receptions placed somewhere, lists of people met one after another or together,
a verb that goes on to another meeting, relative clauses, opening participles, groups named again, a
company met through its staff, bulleted lists, a courtesy call placed in time after the one called on,
auxiliaries before the verb ("has been holding talks"), meetings reported by another ("said Salas had met
Arce"), meetings held separately, ambassadors of countries, talks counted in hours or rounds, a meeting and
who attended it, a title set off after the one met, a body named again by its kind ("the agency"), "the Head
of State" of a readout, two who co-chaired a meeting, the people of a body, a delegation there through its own
person, those in whose presence a meeting was held, who came "along with" a party, were "also present" or "in
attendance"; and sentences that look like meetings but are none."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _meetings(text: str) -> list[list[str]]:
    return [[p.party for p in m.participants] for m in analyse(text, "s").meetings]


@pytest.mark.parametrize(("text", "meetings"), [
    # how a call was made, between its verb and "with"
    ("Spanish Economy Minister Carmen Ruiz spoke by video call on Friday with Greek Finance Minister Nikos Pappas.\n",
     [["carmen-ruiz", "nikos-pappas"]]),
    ("Spanish Economy Minister Carmen Ruiz talked over the phone with Greek Finance Minister Nikos Pappas.\n",
     [["carmen-ruiz", "nikos-pappas"]]),
    ("Spanish Economy Minister Carmen Ruiz, speaking via videoconference with Greek Finance Minister Nikos Pappas, "
     "promised help.\n", [["carmen-ruiz", "nikos-pappas"]]),
    # a reception placed somewhere before its "by"
    ("Austrian Chancellor Martin Huber was received in Bratislava by Slovak President Jana Kovacova.\n",
     [["martin-huber", "jana-kovacova"]]),
    ("Austrian Chancellor Martin Huber was welcomed at the presidential palace on Monday by Slovak President Jana "
     "Kovacova.\n", [["martin-huber", "jana-kovacova"]]),
])
def test_calls_by_any_link_and_receptions_placed_somewhere(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "and later", "then", "and, later in the day,": a meeting of its own with the same subject
    ("Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols and later Defence Minister Ilze "
     "Berzina.\n", [["aoife-byrne", "janis-ozols"], ["aoife-byrne", "ilze-berzina"]]),
    ("Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols in Riga, then Defence Minister Ilze "
     "Berzina.\n", [["aoife-byrne", "janis-ozols"], ["aoife-byrne", "ilze-berzina"]]),
    ("Irish Foreign Minister Aoife Byrne arrived in Riga on Monday. She met Prime Minister Janis Ozols and, later that "
     "evening, Defence Minister Ilze Berzina.\n", [["aoife-byrne", "janis-ozols"], ["aoife-byrne", "ilze-berzina"]]),
    # "together with", "alongside": one meeting of all of them
    ("Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols together with Defence Minister Ilze "
     "Berzina.\n", [["aoife-byrne", "janis-ozols", "ilze-berzina"]]),
    ("Irish Foreign Minister Aoife Byrne held talks with Latvian Prime Minister Janis Ozols alongside Defence "
     "Minister Ilze Berzina.\n", [["aoife-byrne", "janis-ozols", "ilze-berzina"]]),
    # a list of people met, the last with the place of their title before it
    ("Irish Foreign Minister Aoife Byrne met Prime Minister Janis Ozols, Defence Minister Ilze Berzina and Riga Mayor "
     "Karlis Liepa.\n", [["aoife-byrne", "janis-ozols", "ilze-berzina", "karlis-liepa"]]),
    # one who holds two offices, the first written before "and"
    ("Irish Foreign Minister Aoife Byrne held separate talks with Deputy Prime Minister and Minister of Economy Ilze "
     "Berzina.\n", [["aoife-byrne", "ilze-berzina"]]),
    # an official of the one just named, after "and his" or "and her"
    ("Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols and his deputy Ilze Berzina.\n",
     [["aoife-byrne", "janis-ozols", "ilze-berzina"]]),
    ("Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols and his chief of staff, Ilze "
     "Berzina.\n", [["aoife-byrne", "janis-ozols", "ilze-berzina"]]),
    # a relative clause set off between two of the people met
    ("Irish Foreign Minister Aoife Byrne met Marta Kalnina, who heads the Nordic Investment Bank, and Latvia's finance "
     "minister, Janis Ozols.\n", [["aoife-byrne", "marta-kalnina", "janis-ozols"]]),
])
def test_lists_of_people_met_at_once_or_one_after_another(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a second verb of meeting with the same subject
    ("Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols before sitting down with Defence "
     "Minister Ilze Berzina.\n", [["aoife-byrne", "janis-ozols"], ["aoife-byrne", "ilze-berzina"]]),
    ("Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols on Monday before meeting Defence "
     "Minister Ilze Berzina.\n", [["aoife-byrne", "janis-ozols"], ["aoife-byrne", "ilze-berzina"]]),
    # a relative clause: the one it is set off after met
    ("Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols, who later met Defence Minister Ilze "
     "Berzina.\n", [["aoife-byrne", "janis-ozols"], ["janis-ozols", "ilze-berzina"]]),
    ("A delegation from the Gdansk City Council, which met Mayor Tom Harris of Bristol, asked for buses.\n",
     [["gdansk-city-council", "tom-harris"]]),
    # an opening participle: its subject is the main clause's
    ("Having met Latvian Prime Minister Janis Ozols, Irish Foreign Minister Aoife Byrne said the talks went well.\n",
     [["aoife-byrne", "janis-ozols"]]),
    ("Having discussed the grid with Latvian Prime Minister Janis Ozols by videoconference, Irish Foreign Minister "
     "Aoife Byrne flew home.\n", [["aoife-byrne", "janis-ozols"]]),
    # "the prime minister" is not the deputy prime minister
    ("Latvian Deputy Prime Minister Ilze Berzina and Prime Minister Janis Ozols spoke in Riga. Having talked with "
     "Irish Foreign Minister Aoife Byrne by phone, the Prime Minister said a decision was near.\n",
     [["janis-ozols", "aoife-byrne"]]),
])
def test_subjects_of_second_verbs_relatives_and_opening_participles(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "were joined by ... for a meeting": one more party
    ("Czech Defence Minister Petr Dvorak and Slovak Defence Minister Jan Hudak were joined by Hungarian Defence "
     "Minister Gabor Nagy for a trilateral meeting on Friday.\n", [["petr-dvorak", "jan-hudak", "gabor-nagy"]]),
    # "the two men" past a sentence that names no one; talks, then one more joined
    ("Czech Defence Minister Petr Dvorak signed the loan next to Slovak Defence Minister Jan Hudak. It is worth "
     "1 billion euros. The two men held talks in Prague before being joined by Hungarian Defence Minister Gabor Nagy "
     "for a three-way meeting.\n",
     [["petr-dvorak", "jan-hudak", "gabor-nagy"], ["petr-dvorak", "jan-hudak"]]),
    # "the visitors": who came to the meeting before; whom it hosted, when it hosted someone
    ("Czech Defence Minister Petr Dvorak and Slovak Defence Minister Jan Hudak held talks with Polish Defence "
     "Minister Adam Wrona in Warsaw. The visitors were later received by Polish Prime Minister Ewa Lis.\n",
     [["petr-dvorak", "jan-hudak", "adam-wrona"], ["petr-dvorak", "jan-hudak", "ewa-lis"]]),
    ("Polish Prime Minister Ewa Lis hosted Czech Defence Minister Petr Dvorak in Warsaw. The guest then met Polish "
     "Defence Minister Adam Wrona.\n", [["ewa-lis", "petr-dvorak"], ["petr-dvorak", "adam-wrona"]]),
    # a possessive meeting placed somewhere, then whom it was with
    ("Czech Defence Minister Petr Dvorak's working lunch was in a hotel near the venue, with Polish Defence Minister "
     "Adam Wrona.\n", [["petr-dvorak", "adam-wrona"]]),
])
def test_joined_groups_named_again_and_possessive_meetings(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    ("Portuguese Economy Minister Rui Costa met with senior BAE Systems executives in Lisbon.\n",
     [["rui-costa", "bae-systems"]]),
    ("Portuguese Economy Minister Rui Costa met the management of BAE Systems in Lisbon.\n",
     [["rui-costa", "bae-systems"]]),
    # a country adjective before a name the gazetteer does not know is not the country
    ("Portuguese Economy Minister Rui Costa met with the Ukrainian Women Veterans Movement in Lisbon.\n", []),
])
def test_a_company_met_through_its_staff(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


def test_each_item_of_a_bulleted_list_after_met_is_a_meeting() -> None:
    text = ("Dutch Trade Minister Sanne Bakker visited Chisinau on Tuesday, her first trip there.\n\n"
            "During the visit, she met:\n- Prime Minister Ion Popa;\n- Foreign Minister Ana Rotaru and Energy "
            "Minister Vlad Ciobanu;\n- the mayor of Chisinau, Mihai Lungu.\n\nShe also toured a power plant.\n")
    assert _meetings(text) == [["sanne-bakker", "ion-popa"], ["sanne-bakker", "ana-rotaru", "vlad-ciobanu"],
                               ["sanne-bakker", "mihai-lungu"]]


@pytest.mark.parametrize("text", [
    "Irish Foreign Minister Aoife Byrne will meet Latvian Prime Minister Janis Ozols next week.\n",
    "Irish Foreign Minister Aoife Byrne is scheduled to meet Latvian Prime Minister Janis Ozols and later Defence "
    "Minister Ilze Berzina.\n",
    "Irish Foreign Minister Aoife Byrne met with criticism from Latvian Prime Minister Janis Ozols.\n",
    "Irish Foreign Minister Aoife Byrne met the deadline set by Latvia.\n",
    "Irish Foreign Minister Aoife Byrne was met at the airport by protests from Latvian farmers.\n",
    "Irish Foreign Minister Aoife Byrne was joined by Latvian Prime Minister Janis Ozols at the ceremony.\n",
    "Having failed to meet Latvian Prime Minister Janis Ozols, Irish Foreign Minister Aoife Byrne left.\n",
    "Czech Defence Minister Petr Dvorak's meeting was postponed, with Polish Defence Minister Adam Wrona blaming the "
    "weather.\n",
])
def test_plans_criticism_deadlines_and_other_lookalikes_are_no_meetings(text: str) -> None:
    assert _meetings(text) == []


def test_a_new_clause_after_then_is_no_later_meeting() -> None:
    text = "Irish Foreign Minister Aoife Byrne met Latvian Prime Minister Janis Ozols and then Latvia announced aid.\n"
    assert _meetings(text) == [["aoife-byrne", "janis-ozols"]]


@pytest.mark.parametrize(("text", "meetings"), [
    # a readout's styles before names, and a "telephone talk"
    ("Japan and Kenya talk. Mr. Hideaki Kurosawa, Minister for Foreign Affairs of Japan, held a telephone talk with "
     "Hon. Mwila Chanda, Minister of Foreign Affairs of Kenya.\n", [["hideaki-kurosawa", "mwila-chanda"]]),
    ("Japan and Kenya talk. Foreign Minister Hideaki Kurosawa of Japan met H.E. Mr. Bwalya Kasonde, President of "
     "Kenya, in Nairobi.\n", [["hideaki-kurosawa", "bwalya-kasonde"]]),
    # small talk is no meeting
    ("Japan and Kenya talk. Foreign Minister Hideaki Kurosawa of Japan made small talk with reporters.\n", []),
])
def test_meetings_with_styles_before_names_and_a_telephone_talk(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # talks "on the sidelines" before "with"; an opening "After a bilateral with X,"
    ("Japan and the Solomon Islands met. Japanese Vice-Minister Kenji Nakamura arrived. Mr Nakamura later held talks "
     "on the sidelines with the Solomon Islands fisheries minister, Ronald Tagoa.\n", [["kenji-nakamura", "ronald-tagoa"]]),
    ("Ukraine and Japan met. Ukrainian Foreign Minister Oksana Dmytrenko arrived. After a bilateral with Ms Dmytrenko, "
     "Japanese Prime Minister Haruto Sakamoto pledged $3bn to rebuild the grid.\n", [["haruto-sakamoto", "oksana-dmytrenko"]]),
    # who the one met is, set off after the name, is no party of its own
    ("Ghana fought the outbreak. Ghanaian Health Minister Kwame Asante-Boateng spoke. On Saturday Dr Asante-Boateng held "
     "a call with Grace Achieng, the WHO's regional director for Africa, to settle roles.\n",
     [["kwame-asante-boateng", "grace-achieng"]]),
])
def test_meetings_on_the_sidelines_after_a_bilateral_and_appositions(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # what the talks were about, between their noun and "with"
    ("Chilean Foreign Minister Pablo Rojas held talks on the water dispute with Argentine President Lucia Vidal.\n",
     [["pablo-rojas", "lucia-vidal"]]),
    # "went into talks with", "spoken by phone on Tuesday with", "after also meeting"
    ("Chilean Foreign Minister Pablo Rojas and Economy Minister Ana Diaz landed in the morning and went straight into "
     "talks with Argentine President Lucia Vidal.\n", [["pablo-rojas", "ana-diaz", "lucia-vidal"]]),
    ("Chilean Foreign Minister Marta Rojas spoke at the forum. Ms Rojas said she had spoken by phone on Tuesday with "
     "Argentine President Lucia Vidal.\n", [["marta-rojas", "lucia-vidal"]]),
    ("Chilean Foreign Minister Pablo Rojas told a news conference after also meeting Argentine President Lucia Vidal "
     "that a deal was close.\n", [["pablo-rojas", "lucia-vidal"]]),
    # a day of the week is no topic, and a conference hosted together is no meeting
    ("Chile hosted the water conference on Wednesday together with the United Nations.\n", []),
    ("Chilean Foreign Minister Pablo Rojas will hold talks on the water dispute with Argentine President Lucia Vidal "
     "next week.\n", []),
])
def test_talks_on_a_topic_into_talks_and_verbs_after_adverbs(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_MOYO = "Grace Moyo, Zambia's Minister of Finance, led the delegation to the forum in Accra. "
_BANDA = "Minister Moyo held a working session with her Malawian counterpart, Minister of Finance Peter Banda. "


@pytest.mark.parametrize(("text", "meetings"), [
    # "the Minister" who met stands for the one it stood for the first time it said who met
    (_MOYO + "The Minister met the President of the Regional Bank, Dr. Paul Asare. " + _BANDA +
     "The Minister met Japanese Ambassador Kenji Ito.\n",
     [["grace-moyo", "paul-asare"], ["grace-moyo", "peter-banda"], ["grace-moyo", "kenji-ito"]]),
    # other words ("the Malawian minister") stand for whom they fit
    (_MOYO + "The Minister met the President of the Regional Bank, Dr. Paul Asare. Malawian Minister of Finance Peter "
     "Banda arrived on Monday. The Malawian minister met Japanese Ambassador Kenji Ito.\n",
     [["grace-moyo", "paul-asare"], ["peter-banda", "kenji-ito"]]),
])
def test_a_readout_keeps_calling_its_principal_the_minister(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_TANAKA = "Japanese Vice-Minister Kenji Tanaka arrived. "


@pytest.mark.parametrize(("text", "meetings"), [
    # a clause joined by ", and" has a subject of its own
    (_TANAKA + "Fiji's Director-General, Ana Lopes, received the Japanese delegation on Monday, and Mr Tanaka later "
     "held talks with Fijian Fisheries Minister Jone Rabuka.\n",
     [["ana-lopes", "japan"], ["kenji-tanaka", "jone-rabuka"]]),
    # an aside that describes is no clause: both met
    (_TANAKA + "Mr Tanaka, in Suva since Monday, and Fijian Director-General Ana Lopes held talks with Fijian "
     "Fisheries Minister Jone Rabuka.\n", [["kenji-tanaka", "ana-lopes", "jone-rabuka"]]),
    (_TANAKA + "Mr Tanaka, who arrived on Monday, and Fijian Director-General Ana Lopes held talks with Fijian "
     "Fisheries Minister Jone Rabuka.\n", [["kenji-tanaka", "ana-lopes", "jone-rabuka"]]),
])
def test_a_subject_and_a_clause_of_its_own(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # one who reports what another did, named only by a noun, did not meet
    ("Fijian Director-General Ana Lopes spoke at the meeting. She said the agency had also met a Korean delegation on "
     "Monday.\n", []),
    ("Fijian Director-General Ana Lopes told reporters the ministry had held talks with Japanese Vice-Minister Kenji "
     "Tanaka.\n", []),
    # who reports their own meeting met, whoever they told
    ("Fijian Director-General Ana Lopes told the conference that she had met Japanese Vice-Minister Kenji Tanaka.\n",
     [["ana-lopes", "kenji-tanaka"]]),
    ("Fijian Director-General Ana Lopes spoke at the meeting. She said she had also met Japanese Vice-Minister Kenji "
     "Tanaka on Monday.\n", [["ana-lopes", "kenji-tanaka"]]),
])
def test_one_who_reports_the_meeting_of_another(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_ROJAS_VIDAL = "Chilean Foreign Minister Pablo Rojas and Argentine Foreign Minister Lucia Vidal "


@pytest.mark.parametrize(("text", "meetings"), [
    # two people who discussed something, compared notes by phone or used a break for talks met
    (_ROJAS_VIDAL + "discussed the water dispute on Monday.\n", [["pablo-rojas", "lucia-vidal"]]),
    (_ROJAS_VIDAL + "had already compared notes by telephone.\n", [["pablo-rojas", "lucia-vidal"]]),
    (_ROJAS_VIDAL + "used the lunch break for bilateral talks.\n", [["pablo-rojas", "lucia-vidal"]]),
    (_ROJAS_VIDAL + "discussed the plan with Peruvian President Jorge Salas.\n",
     [["pablo-rojas", "lucia-vidal", "jorge-salas"]]),
    # countries that discussed may have done so apart; talks called for or argued for are none held
    ("Chile and Argentina discussed the water dispute.\n", []),
    (_ROJAS_VIDAL + "called for talks with Bolivia.\n", []),
    (_ROJAS_VIDAL + "made the case for a meeting of the Security Council.\n", []),
    ("Chilean Foreign Minister Pablo Rojas pressed for a meeting with Argentine President Lucia Vidal.\n", []),
])
def test_people_named_together_who_discussed_or_talked_by_phone(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a country's adjective before a thing or a body of its own names no party met
    ("Polish President Jan Nowak welcomed the Japanese pledge.\n", []),
    ("Polish President Jan Nowak spoke to German broadcaster ZDF on Monday.\n", []),
    ("Polish President Jan Nowak welcomed the EU decision.\n", []),
    ("Polish President Jan Nowak met German armed forces commanders in Berlin.\n", []),
    # its delegation, however described, is the party
    ("Polish President Jan Nowak met a Japanese business delegation on Monday.\n", [["jan-nowak", "japan"]]),
    ("Polish President Jan Nowak received Japanese officials in Warsaw.\n", [["jan-nowak", "japan"]]),
    ("Polish President Jan Nowak met the Ukrainian military leadership.\n", [["jan-nowak", "ukraine"]]),
])
def test_a_country_adjective_before_a_thing_is_no_party(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_BERG = "German Chancellor Olaf Berg "
_NOWAK = "Polish President Jan Nowak"


@pytest.mark.parametrize("text", [
    # a meeting denied, wished for, refused, called off or still to come is none the text reports
    _BERG + "said he had not met " + _NOWAK + ".\n",
    _BERG + "has never met " + _NOWAK + ".\n",
    _BERG + "refused to meet " + _NOWAK + ".\n",
    _BERG + "wants to meet " + _NOWAK + ".\n",
    _BERG + "would meet " + _NOWAK + " only after the vote.\n",
    _BERG + "cancelled a meeting with " + _NOWAK + ".\n",
    _BERG + "sought a meeting with " + _NOWAK + ".\n",
])
def test_meetings_denied_wished_for_or_called_off_are_none(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize("text", [
    # the words of denial far before a meeting, or a request raised at it, leave the meeting
    _BERG + "did not hide his anger in a meeting with " + _NOWAK + ".\n",
    _BERG + "travelled to Warsaw to meet " + _NOWAK + ".\n",
    _BERG + "raised the request in talks with " + _NOWAK + ".\n",
])
def test_meetings_with_a_denial_or_a_request_elsewhere_in_the_clause(text: str) -> None:
    assert _meetings(text) == [["olaf-berg", "jan-nowak"]]


@pytest.mark.parametrize(("text", "meetings"), [
    # a name given, a person's thing, a target met, a meeting called off: none
    (_BERG + "called " + _NOWAK + " a liar.\n", []),
    (_BERG + "welcomed " + _NOWAK + "'s decision.\n", []),
    (_BERG + "and " + _NOWAK + " met their targets.\n", []),
    (_BERG + "'s meeting with " + _NOWAK + " was postponed.\n", []),
    # a call made for a reason, two who met on a day
    (_BERG + "called " + _NOWAK + " on Monday to congratulate him.\n", [["olaf-berg", "jan-nowak"]]),
    (_BERG + "and " + _NOWAK + " met on Tuesday in Warsaw.\n", [["olaf-berg", "jan-nowak"]]),
])
def test_names_given_things_of_a_person_and_meetings_called_off(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_BOAT = "Irish Foreign Minister Aoife Byrne handed over the boat. \"It is yours,\" Ms Byrne said. "
_THANKS = " said it would patrol the coast. \"We thank Ireland,\" the minister said. \"It matters.\" "


@pytest.mark.parametrize(("text", "meetings"), [
    # "the two leaders": one named in each of the sentences before, of two sides
    (_BOAT + "Latvian Prime Minister Janis Ozols" + _THANKS + "The two leaders later held talks over lunch.\n",
     [["aoife-byrne", "janis-ozols"]]),
    # two of one side are no two sides of talks
    (_BOAT + "Irish Defence Minister Sean Walsh" + _THANKS + "The two leaders later held talks over lunch.\n", []),
])
def test_the_two_leaders_named_one_in_each_sentence_before(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a courtesy call paid on a person
    (_BERG + "called on " + _NOWAK + " at the presidential palace.\n", [["olaf-berg", "jan-nowak"]]),
    # an appeal: "called on ... to", on a country or with others "to act"
    (_BERG + "called on " + _NOWAK + " to resign.\n", []),
    (_BERG + "called on " + _NOWAK + ", his old rival, to resign.\n", []),
    (_BERG + "called on " + _NOWAK + " and his government to act.\n", []),
    (_BERG + "called on Poland to act.\n", []),
])
def test_a_courtesy_call_on_a_person_is_no_appeal(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a readout's reception: when and where set off between the verb and whom it received
    ("The Minister of Defence, Ana Pop, received on Tuesday, at the headquarters of the Ministry of Defence in "
     "Bucharest, the Minister of Defence of the Republic of Moldova, Ion Rusu.\n", [["ana-pop", "ion-rusu"]]),
    # a thing received on a day
    ("Polish President Jan Nowak received on Tuesday the first batch of tanks from Germany.\n", []),
])
def test_a_reception_with_when_and_where_set_off(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_ROJAS = "Chilean Foreign Minister Marta Rojas arrived in Lima on Monday. "


@pytest.mark.parametrize(("text", "meetings"), [
    # "she" after an opening phrase with no comma is the subject; "on the phone with"; a lower-case title set off
    (_ROJAS + "On the drive to the airport she spent an hour on the phone with Argentine President Lucia Vidal.\n",
     [["marta-rojas", "lucia-vidal"]]),
    (_ROJAS + "On the drive to the airport she spent an hour on the phone with the Peruvian energy minister, Rosa "
     "Quispe, about the grid.\n", [["marta-rojas", "rosa-quispe"]]),
    # "she" in a clause before others who met is not their subject
    (_ROJAS + "When she landed, Peruvian officials met Argentine President Lucia Vidal.\n", []),
])
def test_she_after_an_opening_phrase_and_calls_on_the_phone(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_HALE = "The Minister for Foreign Affairs, Karen Hale, today hosted Fiji's Minister for Defence, Jone Rabuka, "


@pytest.mark.parametrize(("text", "meetings"), [
    # a title of several portfolios between a country and the name set off after it: the person
    (_HALE + "Samoa Minister for Police, Prisons and Corrections, Tui Leota, and Tonga's Deputy Prime Minister, Sione "
     "Vea, in Darwin. Samoan Police Minister Tui Leota said the talks went well.\n",
     [["karen-hale", "jone-rabuka", "tui-leota", "sione-vea"]]),
    # a country with no title after it is the party
    (_HALE + "and Samoa, which sent officials, in Darwin.\n", [["karen-hale", "jone-rabuka", "samoa"]]),
])
def test_a_long_title_between_a_country_and_a_name(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a list of subjects, one of them with a title set off before the name ("the Ecuadorian president, Rosa Vera")
    ("Chilean President Ana Soto, Peruvian President Jorge Salas and Bolivian President Luis Mamani arrived. Soto, "
     "Salas, the Ecuadorian president, Rosa Vera, and Mamani are holding talks with Argentine President Lucia Vidal in "
     "Lima.\n", [["ana-soto", "jorge-salas", "rosa-vera", "luis-mamani", "lucia-vidal"]]),
    # who the one subject is, set off after the name, is no subject of its own
    ("Chilean President Ana Soto, Peruvian President Jorge Salas and Bolivian President Luis Mamani arrived. Salas, "
     "the Peruvian president, held talks with Argentine President Lucia Vidal in Lima.\n",
     [["jorge-salas", "lucia-vidal"]]),
])
def test_a_list_of_subjects_with_a_title_set_off(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "talks between the two sides": the two the sentence names before
    ("The loan was signed in Lima by Minister Rosa Vera and German Ambassador Klaus Weber, following talks between the "
     "two sides on water.\n", [["rosa-vera", "klaus-weber"]]),
    # two of one country, or one person alone, are no two sides
    ("The loan was signed in Lima by Peruvian Finance Minister Rosa Vera and Peruvian Energy Minister Luis Paz, "
     "following talks between the two sides on water.\n", []),
    ("The loan was signed in Lima by Minister Rosa Vera, following talks between the two sides on water.\n", []),
])
def test_talks_between_the_two_sides(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_SOTO_SALAS = "Chilean President Ana Soto and Peruvian President Jorge Salas arrived in Lima on Monday.\n\n"


@pytest.mark.parametrize(("text", "meetings"), [
    # each of two who met named after their country's possessive
    (_SOTO_SALAS + "Chile's Ana Soto and Peru's Jorge Salas found an hour for a meeting on the margins of the summit.\n",
     [["ana-soto", "jorge-salas"]]),
    (_SOTO_SALAS + "Chilean President Ana Soto and Peru's Jorge Salas held talks over lunch.\n",
     [["ana-soto", "jorge-salas"]]),
    # the possessive does not make a meeting of what they met
    (_SOTO_SALAS + "Chile's Ana Soto and Peru's Jorge Salas met their deficit targets.\n", []),
])
def test_people_met_together_each_after_a_possessive_country(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_KASK = "Estonian Foreign Minister Liis Kask arrived in Oslo on Monday.\n\n"


@pytest.mark.parametrize(("text", "meetings"), [
    # "The Minister held talks with": the noun of the meeting starts at "held", never at the subject's "The"
    (_KASK + "The Minister held talks with Norwegian Trade Minister Odd Berge.\n", [["liis-kask", "odd-berge"]]),
    (_KASK + "The Minister had a working lunch with Norwegian Trade Minister Odd Berge.\n", [["liis-kask", "odd-berge"]]),
    # "the Minister" who fits two people names neither
    ("Estonian Foreign Minister Liis Kask and Latvian Foreign Minister Janis Ozols arrived in Oslo on Monday.\n\nThe "
     "Minister held talks with Norwegian Trade Minister Odd Berge.\n", []),
])
def test_a_subject_described_before_held_talks(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_VERA = "Peruvian Minister Rosa Vera arrived in Lima on Monday.\n\n"


@pytest.mark.parametrize(("text", "meetings"), [
    # a delegation described with its country, of people who are no party of their own: the country
    (_VERA + "Vera later received a Bolivian delegation of mayors from the border provinces.\n",
     [["rosa-vera", "bolivia"]]),
    # a team of engineers is no delegation of a state; a delegation of no country names no party
    (_VERA + "Vera later met a Bolivian team of engineers from the power company.\n", []),
    (_VERA + "Vera later received a delegation of mayors from the border provinces.\n", []),
])
def test_a_delegation_described_with_its_country(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # after an opening phrase, a subject whose title is set off before the name, and the name set off in turn
    ("In Lyon, the city’s MP, Anne Roux, sat down on Friday with Marc Petit, the French minister for Europe, to go "
     "through the plan.\n", [["anne-roux", "marc-petit"]]),
    # one named in an opening phrase, not the subject of the verb, is no party
    ("French minister for Europe Marc Petit and union leader Paul Blanc spoke. According to the city’s MP, Anne Roux, "
     "Petit later sat down with Paul Blanc.\n", [["marc-petit", "paul-blanc"]]),
])
def test_a_subject_set_off_with_its_title_after_an_opening_phrase(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "his ... counterpart, " before the person met, whatever the adjective of the country
    ("Carpathian Interior Minister Ion Luca arrived in Skopje. Luca began the day in Bitola, where he held talks with "
     "his Ruthenian counterpart, Interior Minister Petro Haluska, before the ceremony.\n", [["ion-luca", "petro-haluska"]]),
    # a counterpart praised is none met
    ("Interior Minister Ion Luca arrived in Skopje. Luca praised his Ruthenian counterpart, Petro Haluska, for the "
     "reform.\n", []),
])
def test_a_counterpart_set_off_whatever_the_adjective_of_its_country(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_BERG = "European Council President Tomas Berg opened the session. \"We will pay,\" {} told reporters.\n\n\"Europe decided.\"\n\n"


@pytest.mark.parametrize(("text", "meetings"), [
    # "he" past a sentence that names nobody goes on with the same "he" before it
    (_BERG.format("he") + "Asked about Peru, he said the talks with Peruvian President Jorge Salas had been long.\n",
     [["tomas-berg", "jorge-salas"]]),
    # another pronoun before is no one this "he" goes on with
    (_BERG.format("she") + "Asked about Peru, he said the talks with Peruvian President Jorge Salas had been long.\n",
     []),
])
def test_he_past_a_sentence_that_names_nobody(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_GRUBER = "Austrian Minister Eva Gruber arrived in Oslo on Monday. "


@pytest.mark.parametrize(("text", "meetings"), [
    # a country's official the text does not name: the country
    (_GRUBER + "Gruber said she had spoken by phone with Norway’s prime minister about the project.\n",
     [["eva-gruber", "norway"]]),
    # who the one just named is, set off after the name, is no party of its own
    (_GRUBER + "Gruber met Lars Berg, Norway’s trade minister, on Tuesday.\n", [["eva-gruber", "lars-berg"]]),
    # a country's thing or its broadcaster is none met
    (_GRUBER + "Gruber welcomed Norway’s president’s decision.\n", []),
    (_GRUBER + "Gruber spoke to Norway’s public broadcaster NRK.\n", []),
])
def test_a_countrys_official_left_unnamed(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a title that names a region before the name set off after it: the person named, never the region
    ("The deal followed talks between Deputy Prime Minister Aram Petrosyan and the European Union’s Special "
     "Representative for the South Caucasus, Jonas Berg, who is on a tour of the region.\n",
     [["aram-petrosyan", "jonas-berg"]]),
    ("Deputy Prime Minister Aram Petrosyan met the European Union’s Special Representative for the South Caucasus, "
     "Jonas Berg, on Monday.\n", [["aram-petrosyan", "jonas-berg"]]),
    # two people named one after the other are both met
    ("Deputy Prime Minister Aram Petrosyan met EU envoy Jonas Berg and Georgian Foreign Minister Nino Beridze on "
     "Monday.\n", [["aram-petrosyan", "jonas-berg", "nino-beridze"]]),
])
def test_a_title_naming_a_region_before_the_name(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_LUCA = "Carpathian Interior Minister Ion Luca and Ruthenian Interior Minister Petro Haluska arrived in Bitola.\n\n"


@pytest.mark.parametrize(("text", "meetings"), [
    # "a one-on-one", "a sit-down", "a tête-à-tête": nouns of a meeting
    (_LUCA + "Luca later had a one-on-one with Haluska in a side room.\n", [["ion-luca", "petro-haluska"]]),
    (_LUCA + "Luca had a brief sit-down with Haluska after the session.\n", [["ion-luca", "petro-haluska"]]),
    # one asked for is none held
    (_LUCA + "Luca asked for a one-on-one with Haluska.\n", []),
])
def test_a_one_on_one_or_a_sit_down(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_HOLM = "“We are ready,” said Lena Holm, UNICEF's Executive Director.\n\n"
_KRAL = "Slovak Prime Minister Jan Kral and Austrian Foreign Minister Eva Gruber arrived in Vienna.\n\n"


@pytest.mark.parametrize(("text", "meetings"), [
    # an organisation's or country's official by the title alone: the one person the text gave that title
    (_HOLM + "UNICEF's Executive Director used the day to meet Peruvian Minister Rosa Vera.\n",
     [["lena-holm", "rosa-vera"]]),
    (_KRAL + "Gruber said she had spoken by phone with Slovakia’s Prime Minister last week.\n",
     [["eva-gruber", "jan-kral"]]),
    # a title the text gave nobody of that organisation names no one
    ("UNICEF's Executive Director used the day to meet Peruvian Minister Rosa Vera.\n", []),
])
def test_an_official_named_by_the_title_alone(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


def test_a_description_crosses_no_article_before_its_title() -> None:
    text = ("UK Minister for Africa Thomas Ellery opened the session. During the conference the Minister met "
            "Chadian Health Minister Achta Mahamat.\n")
    assert _meetings(text) == [["thomas-ellery", "achta-mahamat"]]


@pytest.mark.parametrize(("text", "meetings"), [
    # a phrase of time after the one called on: "called on Salas a day later"
    ("Chilean Foreign Minister Rosa Vidal called on Peruvian President Jorge Salas a day later.\n",
     [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal held talks with Peruvian President Jorge Salas on Monday and called on "
     "Prime Minister Ana Ruiz two days later.\n", [["rosa-vidal", "jorge-salas"], ["rosa-vidal", "ana-ruiz"]]),
    # an appeal after the phrase of time is no call paid
    ("Chilean Foreign Minister Rosa Vidal called on Peruvian President Jorge Salas two days later to resign.\n", []),
])
def test_a_call_paid_placed_in_time_after_the_one_called_on(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # an auxiliary before the verb: "has been holding talks", "was holding talks", "has been meeting"
    ("Sources say Chilean Foreign Minister Rosa Vidal has been holding talks with Peruvian President Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    ("Sources say Chilean Foreign Minister Rosa Vidal was holding talks with Peruvian President Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    ("We understand that Chilean Foreign Minister Rosa Vidal has been meeting Peruvian President Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    # the one who reports a meeting is not in it: the subject of the clause reported is
    ("Chilean Foreign Minister Rosa Vidal said Peruvian President Jorge Salas had met Bolivian President Luis Arce "
     "Mamani.\n", [["jorge-salas", "luis-arce-mamani"]]),
    ("Officials said that Peruvian President Jorge Salas had met Bolivian President Luis Arce Mamani.\n",
     [["jorge-salas", "luis-arce-mamani"]]),
    # a list of people before the verb is one subject, whatever stands between its names
    ("Brazilian President Hugo Lopes and Argentine President Marta Ibarra arrived. Lopes, Ibarra, the Danish prime "
     "minister, Ida Berg, and Rosa Vidal, Chile's foreign minister, were holding talks with Peruvian President Jorge "
     "Salas.\n", [["hugo-lopes", "marta-ibarra", "ida-berg", "rosa-vidal", "jorge-salas"]]),
    # one who reports of herself met; targets met are no meeting
    ("Chilean Foreign Minister Rosa Vidal said she had met Bolivian President Luis Arce Mamani.\n",
     [["rosa-vidal", "luis-arce-mamani"]]),
    ("Chilean Foreign Minister Rosa Vidal has been meeting her targets, Peruvian President Jorge Salas said.\n", []),
])
def test_auxiliaries_before_the_verb_and_meetings_reported_by_another(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "and, separately, with": a meeting of its own with the same subject
    ("Chilean Foreign Minister Rosa Vidal held talks with Peruvian President Jorge Salas and, separately, with "
     "Bolivian Foreign Minister Luis Arce Mamani.\n", [["rosa-vidal", "jorge-salas"], ["rosa-vidal", "luis-arce-mamani"]]),
    # the later party after the country whose official it is
    ("Spanish minister Marta Ruiz arrived on Monday. She held talks with Senegalese President Mamadou Ndiaye and, "
     "separately, with Senegal's Minister of the Armed Forces, Birame Sene, on the vessels.\n",
     [["marta-ruiz", "mamadou-ndiaye"], ["marta-ruiz", "birame-sene"]]),
    ("Chilean Foreign Minister Rosa Vidal met Peruvian President Jorge Salas and then Bolivia's foreign minister, Luis "
     "Arce Mamani.\n", [["rosa-vidal", "jorge-salas"], ["rosa-vidal", "luis-arce-mamani"]]),
    # a new clause after "separately" or "then" meets no one
    ("Chilean Foreign Minister Rosa Vidal met Peruvian President Jorge Salas and then Bolivia's decision was announced "
     "by Luis Arce Mamani.\n", [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal met Peruvian President Jorge Salas and, separately, Bolivia announced aid.\n",
     [["rosa-vidal", "jorge-salas"]]),
    # ambassadors of the countries named after them: the countries are the parties
    ("Chilean Foreign Minister Rosa Vidal met the ambassadors of Brazil and Argentina on Monday.\n",
     [["rosa-vidal", "brazil", "argentina"]]),
    ("Chilean Foreign Minister Rosa Vidal met ambassadors from Brazil and Argentina on Monday.\n",
     [["rosa-vidal", "brazil", "argentina"]]),
])
def test_meetings_held_separately_and_ambassadors_of_countries(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # how long or how many talks were held, before their noun
    ("Chilean Foreign Minister Rosa Vidal held more than three hours of talks with Peruvian President Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal held two rounds of talks with Peruvian President Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal had two days of consultations with Peruvian President Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    # where talks were, in ordinary case, between their noun and "with"
    ("Chilean Foreign Minister Rosa Vidal held joint talks at the defence ministry with Peruvian President Jorge "
     "Salas.\n", [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal held talks at the presidential palace with Peruvian President Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    # when a call was, between its noun and "between"
    ("The breakthrough was a telephone call on Tuesday between Chilean President Rosa Vidal and Peruvian President "
     "Jorge Salas.\n", [["rosa-vidal", "jorge-salas"]]),
    # rounds of something else are no talks
    ("Chilean Foreign Minister Rosa Vidal held two rounds of voting with Peruvian President Jorge Salas watching.\n",
     []),
])
def test_talks_counted_in_hours_or_rounds_placed_or_timed(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting and who came to it, the one who convened or chaired it included
    ("Partners met in Lima on Thursday for a coordination meeting convened by Peru's National Institute of Civil "
     "Defence (INDECI) and attended by UNICEF, the World Food Programme and Oxfam.\n",
     [["national-institute-of-civil-defence", "unicef", "world-food-programme", "oxfam"]]),
    ("A meeting chaired by Peruvian President Jorge Salas and attended by Chilean Foreign Minister Rosa Vidal agreed on "
     "a plan.\n", [["jorge-salas", "rosa-vidal"]]),
    ("The meeting, attended by Chilean Foreign Minister Rosa Vidal and Peruvian President Jorge Salas, lasted an "
     "hour.\n", [["rosa-vidal", "jorge-salas"]]),
    # a summit's attendance is no meeting; nor is a meeting still to come
    ("The summit was attended by Chilean Foreign Minister Rosa Vidal and Peruvian President Jorge Salas.\n", []),
    ("The meeting will be attended by Chilean Foreign Minister Rosa Vidal and Peruvian President Jorge Salas.\n", []),
    ("The Summit meeting, attended by Chilean Foreign Minister Rosa Vidal and Peruvian President Jorge Salas, ended "
     "on Monday.\n", []),
    ("The plenary session was attended by Chilean Foreign Minister Rosa Vidal and Peruvian President Jorge Salas.\n", []),
])
def test_a_meeting_and_who_attended_it(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a title set off after the one just named, read as a person of its own, is who that one is
    ("Chilean Foreign Minister Rosa Vidal later met Ana Soto, IOM's Regional Director for Central America, North "
     "America and the Caribbean, to review its work.\n", [["rosa-vidal", "ana-soto"]]),
    # two people of one title, of no organisation or of two, are two parties
    ("Chilean Foreign Minister Rosa Vidal met Deputy Minister Ana Soto, Deputy Minister Luis Prado and Peruvian "
     "President Jorge Salas.\n", [["rosa-vidal", "ana-soto", "luis-prado", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal met Peruvian Deputy Minister Ana Soto, Bolivian Deputy Minister Luis Prado "
     "and Peruvian President Jorge Salas.\n", [["rosa-vidal", "ana-soto", "luis-prado", "jorge-salas"]]),
])
def test_a_title_set_off_after_the_one_met_is_no_party(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a body named again by its kind: the last one named whose name ends with that kind
    ("The talks were hosted by the Caribbean Disaster Emergency Management Agency. Its director said the agency had "
     "also met a US Coast Guard delegation on Monday.\n",
     [["caribbean-disaster-emergency-management-agency", "us-coast-guard"]]),
    ("The Inter-American Development Bank opened its meeting. The bank later met Peruvian President Jorge Salas.\n",
     [["inter-american-development-bank", "jorge-salas"]]),
    # no body of that kind named before: no one known met
    ("The Inter-American Development Bank opened its meeting. The fund later met Peruvian President Jorge Salas.\n",
     []),
])
def test_a_body_named_again_by_its_kind(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a title opening the sentence after a heading without a full stop: the one person it fits
    ("Finance Minister Lucia Paredes Soto met donors in Geneva on Monday.\n\nCall with the Asian Development Bank\n\n"
     "The Minister held a video call with Arjun Mehta, the bank's Vice President for South Asia.\n",
     [["lucia-paredes-soto", "arjun-mehta"]]),
    # a title that fits no one named: no one known held the call
    ("Donors met in Geneva on Monday.\n\nCall with the Asian Development Bank\n\n"
     "The Minister held a video call with Arjun Mehta, the bank's Vice President for South Asia.\n", []),
])
def test_a_title_opening_the_sentence_after_a_heading(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_READOUT = ("President of Chile Rosa Vidal received Prime Minister of Peru Jorge Salas on Monday. {later}During a phone "
            "conversation with Luis Arce, President of the Plurinational State of Bolivia, the Head of State thanked "
            "Bolivia for its help.\n")


@pytest.mark.parametrize(("text", "meetings"), [
    # an opening phrase of meeting, past the title set off after the one met
    ("In a call with Jorge Salas, President of the Republic of Peru, Chilean Foreign Minister Rosa Vidal offered "
     "help.\n", [["rosa-vidal", "jorge-salas"]]),
    ("During a phone conversation with Jorge Salas, President of Peru, Chilean Foreign Minister Rosa Vidal offered "
     "help.\n", [["rosa-vidal", "jorge-salas"]]),
    # "the Head of State" of a readout: the one who took part in the most meetings reported before
    (_READOUT.format(later="Later, the President had a phone call with Chancellor of Austria Ida Berg. "),
     [["rosa-vidal", "jorge-salas"], ["rosa-vidal", "ida-berg"], ["rosa-vidal", "luis-arce"]]),
    # one meeting before is no readout of one leader's day: "the Head of State" is left unread
    (_READOUT.format(later=""), [["rosa-vidal", "jorge-salas"]]),
])
def test_an_opening_phrase_past_a_title_and_the_head_of_state(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a group named with a capital, as press releases write it: the people named before
    ("Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Salas signed a treaty. The signing took "
     "place after the two Ministers held bilateral talks at the palace.\n", [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Salas signed a treaty. Both Ministers "
     "held talks on trade.\n", [["rosa-vidal", "jorge-salas"]]),
    # a group of a number other than those named: no one known met
    ("Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Salas signed a treaty. The signing took "
     "place after the three Ministers held talks at the palace.\n", []),
])
def test_a_group_of_ministers_written_with_a_capital(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a time after "met" when the two named together met each other: "met late on Monday"
    ("Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Salas signed a treaty. The two ministers "
     "had met late on Monday to settle its terms.\n", [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Salas met early on Friday.\n",
     [["rosa-vidal", "jorge-salas"]]),
    # a call placed overnight, or from where the caller was, before "with"
    ("Chilean Foreign Minister Rosa Vidal is in Lima. Vidal says she spoke by phone overnight with Peruvian President "
     "Jorge Salas.\n", [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal also spoke by telephone from Arica with Peruvian President Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    # what they met after the word of time is no meeting of the two
    ("Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Salas met late-night crowds.\n", []),
    ("Chilean Foreign Minister Rosa Vidal spoke from Arica about the treaty with Peru.\n", []),
])
def test_a_time_or_a_place_between_the_verb_and_the_one_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # the body or place of a title, in two words, before the title and name of the one met
    ("Chilean Foreign Minister Rosa Vidal also met Coast Guard Commandant Ana Soto on board the vessel.\n",
     [["rosa-vidal", "ana-soto"]]),
    ("Chilean Foreign Minister Rosa Vidal met Santa Cruz Governor Luis Prado on Monday.\n",
     [["rosa-vidal", "luis-prado"]]),
    # the body's people met, and the one named after them only speaks: no meeting of her
    ("Chilean Foreign Minister Rosa Vidal met Coast Guard cadets, Commandant Ana Soto said.\n", []),
])
def test_the_body_of_a_title_in_two_words_before_the_one_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a title of no country known, its portfolio in lower case, set off before the name of the one met
    ("Chilean Foreign Minister Rosa Vidal met the Taliban administration's acting minister for refugees, Ana Soto, in "
     "Arica. Soto told reporters.\n", [["rosa-vidal", "ana-soto"]]),
    ("Chilean Foreign Minister Rosa Vidal met the council's deputy head of water and sanitation, Luis Prado, in Arica. "
     "Prado told reporters.\n", [["rosa-vidal", "luis-prado"]]),
    # a clause after the title, then one named who only speaks: no meeting of her
    ("Chilean Foreign Minister Rosa Vidal met the council's acting minister, who asked for tents, Ana Soto said. Soto "
     "told reporters.\n", []),
])
def test_a_portfolio_in_lower_case_before_the_name_of_the_one_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # an opening phrase of meeting, then the one who held it named with a title set off by ", the"
    ("In a telephone call with the Minister of Health, Jorge Salas, the Ambassador of Chile, Rosa Vidal, confirmed the "
     "grant.\n", [["rosa-vidal", "jorge-salas"]]),
    # one of a list the phrase names is no subject
    ("In talks with Peruvian President Jorge Salas, the Bolivian envoy Luis Prado and Ana Ruiz, Chilean Foreign "
     "Minister Rosa Vidal said trade must grow.\n", []),
])
def test_an_opening_phrase_then_a_subject_with_its_title_set_off(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # two who chaired a meeting or a session together met there
    ("Deputy Foreign Minister of Chile Rosa Vidal and Deputy Foreign Minister of Peru Jorge Salas co-chaired a session "
     "of the joint border commission.\n", [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal travelled to Lima for the annual Chile–Peru Ministerial Meeting, which she "
     "co-chaired with Peru's Minister of Foreign Affairs, Jorge Salas.\n", [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal co-chaired the second round of consultations with Peruvian Foreign Minister "
     "Jorge Salas.\n", [["rosa-vidal", "jorge-salas"]]),
    # a conference or a summit chaired together is no meeting of the chairs
    ("Chilean Foreign Minister Rosa Vidal co-chaired the donor conference with Peruvian Foreign Minister Jorge "
     "Salas.\n", []),
    ("Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Salas co-chaired the summit.\n", []),
])
def test_two_who_chaired_a_meeting_together(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # the one who speaks "after meeting" someone, past the title set off after her name
    ("\"We will help,\" Rosa Vidal, the EU ambassador in Lima, said after meeting Trade Minister Jorge Salas.\n",
     [["rosa-vidal", "jorge-salas"]]),
    # the people of an organisation, who met for it: the organisation
    ("Oxfam's leaders, who met Peruvian President Jorge Salas for an hour, welcomed the money.\n",
     [["oxfam", "jorge-salas"]]),
    # those who are no people of the organisation named do not meet for it
    ("Oxfam's donors, who met Peruvian President Jorge Salas for an hour, welcomed the money.\n", []),
])
def test_a_title_set_off_before_after_meeting_and_the_people_of_a_body(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a title whose country stands between its words and the name, read apart from the name: "of Peru Jorge Salas"
    ("In parallel, Minister of Water of Chile Rosa Vidal and Minister of Water Resources and Irrigation of Peru Jorge "
     "Salas held a separate meeting on the schedule of releases. Jorge Salas said it went well.\n",
     [["rosa-vidal", "jorge-salas"]]),
    # one named before a clause of its own is no party of the meeting
    ("Chilean Foreign Minister Rosa Vidal arrived, and Minister of Water Resources and Irrigation of Peru Jorge Salas "
     "held a meeting on the schedule. Jorge Salas said it went well.\n", []),
])
def test_a_title_whose_country_stands_before_the_name(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_KELLY = "Irish Foreign Minister Niamh Kelly "
_WAMBUI = "Kenyan Foreign Minister Grace Wambui"


@pytest.mark.parametrize(("text", "meetings"), [
    # "is to", "was to have", "are to": a meeting still to come or one that did not happen
    (_KELLY + "is to hold talks with " + _WAMBUI + " on Tuesday.\n", []),
    (_KELLY + "was to have met " + _WAMBUI + " on Friday, but the talks were called off.\n", []),
    (_KELLY + "is expected in Nairobi, where she is to meet " + _WAMBUI + ".\n", []),
    (_KELLY + "and " + _WAMBUI + " are to meet on the sidelines of the summit.\n", []),
    # a journey still under way to a meeting is no meeting yet
    (_KELLY + "is travelling to Nairobi to meet " + _WAMBUI + ".\n", []),
    (_KELLY + "heads to Nairobi on Tuesday to meet " + _WAMBUI + ".\n", []),
    (_KELLY + "is flying to Nairobi for talks with " + _WAMBUI + ".\n", []),
    # a journey made to meet someone reports the meeting
    (_KELLY + "travelled to Nairobi to meet " + _WAMBUI + ".\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "flew to Nairobi on Monday to meet " + _WAMBUI + ".\n", [["niamh-kelly", "grace-wambui"]]),
])
def test_a_meeting_still_to_come_after_is_to_or_a_journey_under_way(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a word quoted before the meeting's noun
    (_KELLY + "said she had held \"frank\" talks with " + _WAMBUI + ".\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "had a “very productive” meeting with " + _WAMBUI + ".\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "said she had a ‘constructive’ call with " + _WAMBUI + " on Monday.\n", [["niamh-kelly", "grace-wambui"]]),
    # a meal or a consultation with someone
    (_KELLY + "dined with " + _WAMBUI + " at State House.\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "lunched on Monday with " + _WAMBUI + ".\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "consulted by phone with " + _WAMBUI + ".\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "and " + _WAMBUI + " dined together at the embassy.\n", [["niamh-kelly", "grace-wambui"]]),
    # talks quoted as a word of scorn, a meal still to come, partners not named
    (_KELLY + "said the \"talks\" with Kenya were a sham.\n", []),
    (_KELLY + "will dine with " + _WAMBUI + " on Tuesday.\n", []),
    ("Ireland consulted with its EU partners before the vote.\n", []),
])
def test_a_quoted_word_before_talks_and_meals_and_consultations(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_ARRIVED = "Irish Foreign Minister Sean Kelly arrived in Nairobi on Monday. "


@pytest.mark.parametrize(("text", "meetings"), [
    # "his" or "her" meeting, with no one its subject: whom the pronoun stands for
    (_ARRIVED + "His talks with " + _WAMBUI + " lasted two hours.\n", [["sean-kelly", "grace-wambui"]]),
    (_ARRIVED + "It was his first meeting with " + _WAMBUI + ".\n", [["sean-kelly", "grace-wambui"]]),
    (_ARRIVED + "During his call with " + _WAMBUI + ", the two agreed on a road map.\n", [["sean-kelly", "grace-wambui"]]),
    # a pronoun that could stand for either of two people: none
    ("Irish Foreign Minister Sean Kelly and Kenyan President Paul Otieno arrived. His talks with " + _WAMBUI +
     " lasted two hours.\n", []),
    # a meeting the trigger's own words put ahead, one still to come, or one that never took place
    (_KELLY + "arrived ahead of a planned meeting with " + _WAMBUI + ".\n", []),
    (_KELLY + "discussed the agenda for her upcoming talks with " + _WAMBUI + ".\n", []),
    (_KELLY + "said her next meeting with " + _WAMBUI + " was in May.\n", []),
    (_KELLY + "is preparing for talks with " + _WAMBUI + ".\n", []),
    (_ARRIVED + "His planned meeting with " + _WAMBUI + " did not take place.\n", []),
    (_KELLY + "said the meeting with " + _WAMBUI + " never happened.\n", []),
    ("Irish Foreign Minister Sean Kelly's talks with " + _WAMBUI + " are expected on Tuesday.\n", []),
    # "the next day", "long-awaited": a meeting held
    (_KELLY + "met " + _WAMBUI + " the next day.\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "held the long-awaited talks with " + _WAMBUI + " on Monday.\n", [["niamh-kelly", "grace-wambui"]]),
])
def test_his_or_her_meeting_and_meetings_planned_or_never_held(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_OKELLO = "Ugandan Foreign Minister Sam Okello"


@pytest.mark.parametrize(("text", "meetings"), [
    # each one met with a place or a time of their own: a meeting of their own
    (_KELLY + "met " + _WAMBUI + " in the morning and " + _OKELLO + " in the afternoon.\n",
     [["niamh-kelly", "grace-wambui"], ["niamh-kelly", "sam-okello"]]),
    (_KELLY + "met " + _WAMBUI + " in Nairobi and " + _OKELLO + " in Kampala.\n",
     [["niamh-kelly", "grace-wambui"], ["niamh-kelly", "sam-okello"]]),
    (_KELLY + "held talks with " + _WAMBUI + " on Monday and with " + _OKELLO + " on Tuesday.\n",
     [["niamh-kelly", "grace-wambui"], ["niamh-kelly", "sam-okello"]]),
    (_KELLY + "met " + _WAMBUI + " on Monday, " + _OKELLO + " on Tuesday and Rwandan Foreign Minister Eric Mugabo on "
     "Wednesday.\n", [["niamh-kelly", "grace-wambui"], ["niamh-kelly", "sam-okello"], ["niamh-kelly", "eric-mugabo"]]),
    # one placed, then one more with no place of their own, or a country that goes on to a verb: no second meeting
    (_KELLY + "met " + _WAMBUI + " in Nairobi and " + _OKELLO + ".\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "met " + _WAMBUI + " on Monday and Uganda on Tuesday announced aid.\n", [["niamh-kelly", "grace-wambui"]]),
    # both met in one place: one meeting
    (_KELLY + "met " + _WAMBUI + " and " + _OKELLO + " in Nairobi.\n", [["niamh-kelly", "grace-wambui", "sam-okello"]]),
])
def test_people_met_each_with_a_place_or_a_time_of_their_own(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a title of a country whose holder the text never names: the country is the party
    ("The Lithuanian president met the Latvian prime minister in Riga on Monday.\n", [["lithuania", "latvia"]]),
    ("Germany's chancellor met France's president in Paris.\n", [["germany", "france"]]),
    ("The Lithuanian president and the Latvian prime minister met in Riga on Monday.\n", [["lithuania", "latvia"]]),
    ("The Lithuanian president and Latvian Prime Minister Evika Silina held talks in Riga.\n",
     [["lithuania", "evika-silina"]]),
    # the people of the countries listed, named only by what they are: each country a party
    ("Representatives of France, Germany and Italy met in Rome on Tuesday to coordinate aid.\n",
     [["france", "germany", "italy"]]),
    ("Defence ministers from Poland, Romania and Bulgaria met in Sofia on Thursday.\n", [["poland", "romania", "bulgaria"]]),
    ("The foreign ministers of Estonia, Latvia and Lithuania met in Vilnius on Friday.\n",
     [["estonia", "latvia", "lithuania"]]),
    ("In Rome, officials from France and Italy held talks on migration.\n", [["france", "italy"]]),
    ("Foreign ministers from France, Germany and Italy held talks with Ukrainian Foreign Minister Dmytro Koval.\n",
     [["france", "germany", "italy", "dmytro-koval"]]),
    # a target met, one who reports, one of them named elsewhere by that title: no meeting of the countries
    ("The Lithuanian president and the Latvian prime minister met their targets.\n", []),
    ("Representatives of France, Germany and Italy met their targets.\n", []),
    ("Representatives of France said Germany and Italy met in Rome.\n", []),
    ("Estonian Foreign Minister Margus Tsahkna spoke. The foreign ministers of Estonia, Latvia and Lithuania met in "
     "Vilnius on Friday.\n", []),
])
def test_countries_met_through_titles_or_envoys_the_text_leaves_unnamed(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_OTIENO = "Kenyan President William Otieno "
_JUMA = "Tanzanian President Amina Juma"


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting wished for, weighed, denied or not yet held
    (_OTIENO + "has yet to meet " + _JUMA + ".\n", []),
    (_OTIENO + "hasn't spoken to " + _JUMA + " in months.\n", []),
    (_OTIENO + "expects to meet " + _JUMA + " next month.\n", []),
    (_OTIENO + "is open to a meeting with " + _JUMA + ".\n", []),
    (_OTIENO + "is seeking a meeting with " + _JUMA + ".\n", []),
    (_OTIENO + "is considering talks with " + _JUMA + ".\n", []),
    (_OTIENO + "said he looked forward to meeting " + _JUMA + ".\n", []),
    (_OTIENO + "denied meeting " + _JUMA + ".\n", []),
    # another sent to meet, or someone of the one named, met: not the one named
    (_OTIENO + "sent a delegation to meet " + _JUMA + ".\n", []),
    (_OTIENO + "instructed his foreign minister to hold talks with " + _JUMA + ".\n", []),
    ("Kenyan President William Otieno's envoy met " + _JUMA + ".\n", []),
    # a conference attended together is no meeting; a video conference held is
    (_OTIENO + "attended a conference in Geneva with " + _JUMA + ".\n", []),
    (_OTIENO + "held a video conference with " + _JUMA + ".\n", [["william-otieno", "amina-juma"]]),
    # a meeting attended, one's own talks, a journey made to meet
    (_OTIENO + "attended a meeting with " + _JUMA + ".\n", [["william-otieno", "amina-juma"]]),
    ("Kenyan President William Otieno's talks with " + _JUMA + " lasted an hour.\n", [["william-otieno", "amina-juma"]]),
    (_OTIENO + "travelled to Arusha to meet " + _JUMA + ".\n", [["william-otieno", "amina-juma"]]),
])
def test_meetings_not_yet_held_and_meetings_of_someone_sent(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_AYDIN = "Turkish President Kemal Aydin"
_JONSSON = "Swedish Defence Minister Pål Jonsson"
_HRYHORENKO = "Ukrainian Defence Minister Roman Hryhorenko"


@pytest.mark.parametrize(("text", "meetings"), [
    # a title set off before the name of one of two named together: that person, never the country of the title
    (_AYDIN + " and the Emir of Qatar, Tamim bin Hamad, discussed the negotiations in a phone call, Ankara said.\n",
     [["kemal-aydin", "tamim-bin-hamad"]]),
    ("The Emir of Qatar, Tamim bin Hamad, and " + _AYDIN + " held talks in Doha.\n",
     [["tamim-bin-hamad", "kemal-aydin"]]),
    (_AYDIN + " met the Emir of Qatar, Tamim bin Hamad, in Doha.\n", [["kemal-aydin", "tamim-bin-hamad"]]),
    (_AYDIN + " met the Emir of Qatar in Doha.\n", [["kemal-aydin", "qatar"]]),
    # people together on the sidelines, or one who addressed another there
    ("On the sidelines, " + _JONSSON + " and " + _HRYHORENKO + " signed a letter of intent on CV90 vehicles.\n",
     [["pal-jonsson", "roman-hryhorenko"]]),
    ("On the margins of the G20, " + _JONSSON + " told " + _HRYHORENKO + " that more aid would come.\n",
     [["pal-jonsson", "roman-hryhorenko"]]),
    # a country that signed with a body there, or people not named
    ("On the sidelines of the conference, Sweden signed an agreement with the World Health Organization.\n", []),
    ("On the sidelines of the summit, protesters clashed with police.\n", []),
    (_JONSSON + " said protests on the sidelines of the summit were peaceful, " + _HRYHORENKO + " said.\n", []),
])
def test_a_title_set_off_before_one_named_together_and_the_sidelines(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_OKAFOR = "The Minister of Foreign Affairs, Ambassador Chidi Okafor, arrived in Berlin on Monday.\n\n"
_ALBERS = "On the first day, the Minister paid a courtesy call on the Federal Minister for Development, Svenja Albers.\n\n"


@pytest.mark.parametrize(("text", "meetings"), [
    # "the Minister" of a readout stands for whom it first stood for as one who met, though it fits another now
    (_OKAFOR + _ALBERS + "The Minister also held a bilateral meeting with the German Minister of State for Europe, "
     "Anna Lührmann.\n", [["chidi-okafor", "svenja-albers"], ["chidi-okafor", "anna-luhrmann"]]),
    (_OKAFOR + _ALBERS + "The two Ministers reviewed the partnership.\n\nLater, the Minister met with the Mayor of "
     "Berlin, Kai Wegner.\n", [["chidi-okafor", "svenja-albers"], ["chidi-okafor", "kai-wegner"]]),
    # words that never stood for one who met fit two people: nobody
    ("The Minister of Foreign Affairs, Ambassador Chidi Okafor, arrived in Berlin.\n\nThe Federal Minister for "
     "Development, Svenja Albers, spoke.\n\nThe Minister met with the Mayor of Berlin, Kai Wegner.\n", []),
])
def test_the_principal_of_a_readout_once_another_fits_the_words(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_ABENOV = "Kazakh President Nurlan Abenov "
_KARIMOV = "Uzbek President Timur Karimov"


@pytest.mark.parametrize(("text", "meetings"), [
    # views exchanged, an audience granted, as readouts write them
    (_ABENOV + "and " + _KARIMOV + " exchanged views on regional security.\n", [["nurlan-abenov", "timur-karimov"]]),
    (_ABENOV + "exchanged views with " + _KARIMOV + " on regional security.\n", [["nurlan-abenov", "timur-karimov"]]),
    (_ABENOV + "exchanged views on the dam with " + _KARIMOV + ".\n", [["nurlan-abenov", "timur-karimov"]]),
    (_ABENOV + "exchanged views by telephone with " + _KARIMOV + ".\n", [["nurlan-abenov", "timur-karimov"]]),
    (_ABENOV + "granted an audience to Uzbek Foreign Minister Bakhtiyor Saidov on Monday.\n",
     [["nurlan-abenov", "bakhtiyor-saidov"]]),
    # fire or letters exchanged, countries that exchanged views, views still to be exchanged: none
    (_ABENOV + "exchanged fire with " + _KARIMOV + "'s critics.\n", []),
    (_ABENOV + "and " + _KARIMOV + " exchanged letters.\n", []),
    ("Kazakhstan and Uzbekistan exchanged views on the dam.\n", []),
    (_ABENOV + "will exchange views with " + _KARIMOV + ".\n", []),
])
def test_views_exchanged_and_an_audience_granted(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_OSMAN_IDRISS = "Sudanese Foreign Minister Ali Osman and Chadian Foreign Minister Mahamat Idriss"
_OSMAN_TALKS = "Sudanese Foreign Minister Ali Osman held talks with Chadian Foreign Minister Mahamat Idriss. "


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting held or taking place, placed or timed, before "between"
    ("Talks were held on Tuesday between " + _OSMAN_IDRISS + ".\n", [["ali-osman", "mahamat-idriss"]]),
    ("A meeting was held in Khartoum between " + _OSMAN_IDRISS + ".\n", [["ali-osman", "mahamat-idriss"]]),
    ("A meeting took place at the foreign ministry between " + _OSMAN_IDRISS + ".\n", [["ali-osman", "mahamat-idriss"]]),
    ("Talks will be held next week between " + _OSMAN_IDRISS + ".\n", []),
    ("Talks are expected to take place between " + _OSMAN_IDRISS + ".\n", []),
    # one more who attended or was present, in the sentence right after
    (_OSMAN_TALKS + "Chadian Defence Minister Daoud Yaya also attended.\n",
     [["ali-osman", "mahamat-idriss", "daoud-yaya"]]),
    (_OSMAN_TALKS + "Chadian Defence Minister Daoud Yaya also attended the meeting.\n",
     [["ali-osman", "mahamat-idriss", "daoud-yaya"]]),
    (_OSMAN_TALKS + "Chadian Defence Minister Daoud Yaya was also present.\n",
     [["ali-osman", "mahamat-idriss", "daoud-yaya"]]),
    (_OSMAN_TALKS + "Chadian Defence Minister Daoud Yaya also attended a ceremony.\n",
     [["ali-osman", "mahamat-idriss"]]),
    # the one who holds the country's office, set off after it, attended, not the country
    (_OSMAN_TALKS + "Chad's defence minister, Daoud Yaya, also attended.\n",
     [["ali-osman", "mahamat-idriss", "daoud-yaya"]]),
    (_OSMAN_TALKS + "Chad's defence minister, Daoud Yaya, also attended a ceremony.\n",
     [["ali-osman", "mahamat-idriss"]]),
    # two who spoke at a summit each addressed it
    (_OSMAN_IDRISS + " spoke at the summit.\n", []),
])
def test_a_meeting_held_between_and_one_more_who_attended(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_MREMA = "Kenyan Trade Minister Paul Mrema spoke on Monday. "


@pytest.mark.parametrize(("text", "meetings"), [
    # "whom she met": the pronoun stands for one named before the sentence, never the one the clause is on
    ("Irish Foreign Minister Niamh Kelly arrived in Nairobi on Monday. " + _WAMBUI + ", whom she met at the ministry, "
     "praised Irish aid.\n", [["niamh-kelly", "grace-wambui"]]),
    ("Irish Foreign Minister Sean Kelly arrived on Monday. " + _WAMBUI + ", whom he later received at the embassy, "
     "praised Irish aid.\n", [["sean-kelly", "grace-wambui"]]),
    ("Irish Foreign Minister Sean Kelly and Irish Trade Minister Paul Byrne arrived. " + _WAMBUI + ", whom he met at "
     "the ministry, praised Irish aid.\n", []),
    ("Irish Foreign Minister Sean Kelly arrived on Monday. " + _WAMBUI + ", whom he criticised, said nothing.\n", []),
    # one of another's people, named after their title: that one met
    (_MREMA + _KELLY + "met Kenyan President William Otieno's adviser, Paul Mrema, in Nairobi.\n",
     [["niamh-kelly", "paul-mrema"]]),
    (_MREMA + _KELLY + "held talks with Kenyan President William Otieno's chief of staff, Paul Mrema.\n",
     [["niamh-kelly", "paul-mrema"]]),
    (_MREMA + _KELLY + "welcomed Kenyan President William Otieno's decision, Paul Mrema said.\n", []),
])
def test_whom_a_pronoun_met_and_one_of_anothers_people(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_BANDA_MW = "Malawi's President Lazarus Banda "


@pytest.mark.parametrize(("text", "meetings"), [
    # a delegation, team or mission of a body, led by one named: that one met
    (_BANDA_MW + "received a delegation from the European Union led by Commissioner Jutta Urpilainen.\n",
     [["lazarus-banda", "jutta-urpilainen"]]),
    (_BANDA_MW + "met a team from the International Monetary Fund, led by mission chief Ana Soto, in Lilongwe.\n",
     [["lazarus-banda", "ana-soto"]]),
    # a team or a mission of a body, nobody named: the body
    (_BANDA_MW + "met a team from the International Monetary Fund in Lilongwe.\n",
     [["lazarus-banda", "international-monetary-fund"]]),
    (_BANDA_MW + "received a mission of the World Bank on Monday.\n", [["lazarus-banda", "world-bank"]]),
    # the body's own envoy, and a talk led by another: the body, never the one who led the talk
    (_BANDA_MW + "met the European Union's envoy after a talk led by Commissioner Jutta Urpilainen.\n",
     [["lazarus-banda", "european-union"]]),
])
def test_a_delegation_team_or_mission_of_a_body_and_who_led_it(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_SARGSYAN = "Armenian Prime Minister Nikol Sargsyan "
_GULIYEV = "Azerbaijani President Ilham Guliyev"


@pytest.mark.parametrize(("text", "meetings"), [
    # who mediated, brokered or chaired the talks the sentence places the meeting in took part
    (_SARGSYAN + "and " + _GULIYEV + " met in Prague, in talks mediated by French President Louise Martin and "
     "European Council President Charles Michel.\n",
     [["nikol-sargsyan", "ilham-guliyev", "louise-martin", "charles-michel"]]),
    (_SARGSYAN + "held talks with " + _GULIYEV + " in Washington, in a meeting brokered by U.S. Secretary of State "
     "Daniel Brooks.\n", [["nikol-sargsyan", "ilham-guliyev", "daniel-brooks"]]),
    (_SARGSYAN + "met " + _GULIYEV + " at talks chaired by European Council President Charles Michel.\n",
     [["nikol-sargsyan", "ilham-guliyev", "charles-michel"]]),
    (_SARGSYAN + "and " + _GULIYEV + " met in talks mediated by Qatar.\n", [["nikol-sargsyan", "ilham-guliyev", "qatar"]]),
    # earlier talks brokered by another are no part of this meeting
    (_SARGSYAN + "met " + _GULIYEV + ", after previous talks brokered by Russia had failed.\n",
     [["nikol-sargsyan", "ilham-guliyev"]]),
    # a "with" in a clause of its own, at a meeting: no one at the meeting met its partner
    ("Philippine President Jose Reyes arrived. During their meeting, Reyes and Vietnamese President Luong Cuong agreed "
     "to expand cooperation in the South China Sea, where both countries have disputes with China.\n",
     [["jose-reyes", "luong-cuong"]]),
])
def test_who_mediated_the_talks_and_a_with_in_a_clause_of_its_own(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a country's official, a word in lower case between the possessive and the title set off before the name
    ("Chilean President Ana Torres received Peru's new ambassador, Luis Prado, on Monday.\n",
     [["ana-torres", "luis-prado"]]),
    ("Chilean President Ana Torres received Peru's outgoing foreign minister, Luis Prado, on Monday.\n",
     [["ana-torres", "luis-prado"]]),
    ("Chilean President Ana Torres met Peru's ambassador, Luis Prado, on Monday.\n", [["ana-torres", "luis-prado"]]),
    # praise received, an announcement or a decision welcomed: no meeting
    ("Chilean President Ana Torres received praise from Peruvian President Jorge Salas for the rescue.\n", []),
    ("Chilean President Ana Torres welcomed Peru's new decision to reopen the border.\n", []),
])
def test_a_countrys_official_with_a_word_before_the_title(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_KELLY_ARRIVED = "Irish Foreign Minister Niamh Kelly arrived in Nairobi on Monday. "


@pytest.mark.parametrize(("text", "meetings"), [
    # "her visit included meetings with": whose visit it was met
    (_KELLY_ARRIVED + "Her visit included meetings with Kenyan President William Otieno and " + _WAMBUI + ".\n",
     [["niamh-kelly", "william-otieno"], ["niamh-kelly", "grace-wambui"]]),
    (_KELLY_ARRIVED + "Her two-day trip also included talks with Kenyan President William Otieno.\n",
     [["niamh-kelly", "william-otieno"]]),
    # a programme still ahead, a visit that included no meeting, a pronoun that fits two
    (_KELLY_ARRIVED + "Her programme includes talks with Kenyan President William Otieno.\n", []),
    (_KELLY_ARRIVED + "Her two-day visit will include meetings with Kenyan President William Otieno.\n", []),
    ("Irish Foreign Minister Niamh Kelly and Irish Trade Minister Ann Byrne arrived. Her visit included talks with "
     "Kenyan President William Otieno.\n", []),
    # two who spoke on the sidelines or by video link met; two who spoke in a city or to reporters need not have
    (_KELLY + "and " + _WAMBUI + " spoke on the sidelines of the conference.\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "and " + _WAMBUI + " spoke by video link on Monday.\n", [["niamh-kelly", "grace-wambui"]]),
    (_KELLY + "and " + _WAMBUI + " spoke in Nairobi.\n", []),
    (_KELLY + "and " + _WAMBUI + " spoke to reporters.\n", []),
])
def test_whose_visit_included_meetings_and_two_who_spoke_on_the_sidelines(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # the leaders of two countries under one noun in the plural: each country
    ("Polish President Jan Kowal welcomed the Ukrainian and Lithuanian presidents to Warsaw.\n",
     [["jan-kowal", "ukraine", "lithuania"]]),
    ("Polish President Jan Kowal met the Ukrainian and Lithuanian premiers in Warsaw.\n",
     [["jan-kowal", "ukraine", "lithuania"]]),
    ("Polish President Jan Kowal held talks with the Ukrainian and Lithuanian foreign ministers in Warsaw.\n",
     [["jan-kowal", "ukraine", "lithuania"]]),
    # people of a country who are not its state
    ("Polish President Jan Kowal met Ukrainian refugees in Przemysl.\n", []),
    ("Polish President Jan Kowal visited Ukrainian troops in Lviv.\n", []),
])
def test_the_leaders_of_two_countries_under_one_plural_noun(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_HARPER = "U.S. Secretary of State John Harper "
_LEVIN_KHALIL = "Israeli Prime Minister Avi Levin and Palestinian President Samir Khalil"


@pytest.mark.parametrize(("text", "meetings"), [
    # met individually, bilaterally, in turn, one by one: a meeting with each
    (_HARPER + "met individually with " + _LEVIN_KHALIL + ".\n",
     [["john-harper", "avi-levin"], ["john-harper", "samir-khalil"]]),
    (_HARPER + "met " + _LEVIN_KHALIL + " in turn.\n", [["john-harper", "avi-levin"], ["john-harper", "samir-khalil"]]),
    (_HARPER + "met " + _LEVIN_KHALIL + " one by one.\n", [["john-harper", "avi-levin"], ["john-harper", "samir-khalil"]]),
    (_HARPER + "met bilaterally with Israeli Prime Minister Avi Levin on Monday.\n", [["john-harper", "avi-levin"]]),
    # met together in a place: one meeting of the three
    (_HARPER + "met " + _LEVIN_KHALIL + " in Cairo.\n", [["john-harper", "avi-levin", "samir-khalil"]]),
])
def test_people_met_individually_or_in_turn(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_CARTER = "U.S. President James Carter "
_XU = "Chinese President Xu Ming"


@pytest.mark.parametrize(("text", "meetings"), [
    # how long they spoke or met, between the verb and "with", or after two named together
    ("The White House said " + _CARTER + "and " + _XU + " spoke for 90 minutes.\n", [["james-carter", "xu-ming"]]),
    (_CARTER + "and " + _XU + " spoke for about an hour on Thursday.\n", [["james-carter", "xu-ming"]]),
    (_CARTER + "spoke for 90 minutes with " + _XU + " on Thursday.\n", [["james-carter", "xu-ming"]]),
    (_CARTER + "met for two hours with " + _XU + " on Thursday.\n", [["james-carter", "xu-ming"]]),
    # a speech as long, and two who spoke as long each
    (_CARTER + "spoke for 90 minutes at the rally before " + _XU + " arrived.\n", []),
    (_CARTER + "and " + _XU + " spoke for ten minutes each at the summit.\n", []),
])
def test_how_long_they_spoke_or_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_OKELLO = "Ugandan President Joseph Okello "
_WAMBUI = "Kenyan Foreign Minister Grace Wambui"


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting dated by its year, or called the last one: background, not the meeting reported
    (_OKELLO + "met " + _WAMBUI + " in 2019 to sign the treaty.\n", []),
    (_OKELLO + "met " + _WAMBUI + " in Nairobi in March 2021.\n", []),
    (_OKELLO + "has spoken to " + _WAMBUI + " several times since 2020.\n", []),
    ("In 2018, " + _OKELLO + "held talks with " + _WAMBUI + " in Entebbe.\n", []),
    (_OKELLO + "last met " + _WAMBUI + " in Entebbe.\n", []),
    (_OKELLO + "and " + _WAMBUI + " met in Entebbe two years ago.\n", []),
    (_OKELLO + "received a call from " + _WAMBUI + " last year.\n", []),
    # a meeting turned down or ruled out
    (_OKELLO + "turned down a meeting with " + _WAMBUI + ".\n", []),
    (_OKELLO + "ruled out talks with " + _WAMBUI + ".\n", []),
    # a meeting dated by its day, or set against an earlier year, is the one reported
    (_OKELLO + "met " + _WAMBUI + " on 4 June 2024 in Entebbe.\n", [["joseph-okello", "grace-wambui"]]),
    (_OKELLO + "met " + _WAMBUI + " last week.\n", [["joseph-okello", "grace-wambui"]]),
    (_OKELLO + "met " + _WAMBUI + " in Entebbe on Monday, their first meeting since 2019.\n",
     [["joseph-okello", "grace-wambui"]]),
    (_OKELLO + "met " + _WAMBUI + " to discuss the 2026 budget.\n", [["joseph-okello", "grace-wambui"]]),
])
def test_meetings_of_a_past_year_or_turned_down(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a title of several portfolios listed between its country and the name: the person met
    (_OKELLO + "held talks with Kenyan Water, Sanitation and Irrigation Minister Rose Atieno.\n",
     [["joseph-okello", "rose-atieno"]]),
    (_OKELLO + "met Kenya's Water, Sanitation and Irrigation Minister Rose Atieno in Kampala.\n",
     [["joseph-okello", "rose-atieno"]]),
    (_OKELLO + "met Kenyan Lands, Housing and Urban Development Minister Rose Atieno.\n",
     [["joseph-okello", "rose-atieno"]]),
    (_OKELLO + "met Chilean Mining and Energy Minister Ana Soto on Monday.\n", [["joseph-okello", "ana-soto"]]),
    # the portfolios of one not met, in a clause of its own
    (_OKELLO + "met Kenyan Foreign Minister Paul Mrema; Water, Sanitation and Irrigation Minister Rose Atieno was "
     "absent.\n", [["joseph-okello", "paul-mrema"]]),
])
def test_a_title_of_several_portfolios_before_the_one_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a country set off after the one met, with a title after it: the country of her title, no party
    (_OKELLO + "met Rose Atieno, Kenyan Foreign Minister, on Monday.\n", [["joseph-okello", "rose-atieno"]]),
    (_OKELLO + "met Rose Atieno, U.S. Deputy Assistant Secretary of State for African Affairs. Atieno said more aid "
     "would come.\n", [["joseph-okello", "rose-atieno"]]),
    (_OKELLO + "met Rose Atieno, the Kenyan Foreign Minister, in Kampala.\n", [["joseph-okello", "rose-atieno"]]),
    # a country or body that is one more party met, or whose title names one more
    (_OKELLO + "met Foreign Minister Rose Atieno, the World Bank and UNICEF.\n",
     [["joseph-okello", "rose-atieno", "world-bank", "unicef"]]),
    (_OKELLO + "met Foreign Minister Rose Atieno, Kenyan Red Cross Secretary General Paul Mrema and UNICEF.\n",
     [["joseph-okello", "rose-atieno", "paul-mrema", "unicef"]]),
])
def test_a_title_set_off_after_the_one_met_with_its_country_first(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_SOTO = "Chilean Foreign Minister Ana Soto"
_PRADO = "Peruvian Trade Minister Luis Prado"


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting in plain words: time spent with, caught up with, huddled with, dropped in on, played host to
    (_SOTO + " spent much of Monday with " + _PRADO + ", who flew to Santiago for talks.\n", [["ana-soto", "luis-prado"]]),
    (_SOTO + " spent an hour with " + _PRADO + " on Tuesday.\n", [["ana-soto", "luis-prado"]]),
    (_SOTO + " spent Tuesday afternoon with " + _PRADO + " in Arica.\n", [["ana-soto", "luis-prado"]]),
    (_SOTO + " caught up with " + _PRADO + " on the sidelines.\n", [["ana-soto", "luis-prado"]]),
    (_SOTO + " huddled with " + _PRADO + " before the vote.\n", [["ana-soto", "luis-prado"]]),
    (_SOTO + " dropped in on " + _PRADO + " at his residence.\n", [["ana-soto", "luis-prado"]]),
    (_SOTO + " played host to " + _PRADO + " in Santiago.\n", [["ana-soto", "luis-prado"]]),
    # an envoy's credentials, presented or received
    ("Peruvian Ambassador Luis Prado presented his credentials to Chilean President Ana Soto on Monday.\n",
     [["luis-prado", "ana-soto"]]),
    ("Peruvian Ambassador Luis Prado presented his letters of credence to Chilean President Ana Soto.\n",
     [["luis-prado", "ana-soto"]]),
    ("Chilean President Ana Soto received the credentials of Peruvian Ambassador Luis Prado.\n",
     [["ana-soto", "luis-prado"]]),
    # a reception in a participle set off after the guest; "joined by" for talks with no article
    (_PRADO + ", received in Santiago by " + _SOTO + ", said ties were strong.\n", [["luis-prado", "ana-soto"]]),
    (_PRADO + " was joined by " + _SOTO + " for talks on Monday.\n", [["luis-prado", "ana-soto"]]),
    # time spent with no one named, paperwork with a ministry, a gathering hosted, a call for talks joined
    (_SOTO + " spent an hour with reporters.\n", []),
    (_SOTO + " spent the afternoon with flood victims and the Red Cross.\n", []),
    (_SOTO + " caught up with the news.\n", []),
    ("Peruvian Ambassador Luis Prado presented his credentials to the Chilean foreign ministry.\n", []),
    ("The conference, hosted by Chile, drew 40 delegations.\n", []),
    (_PRADO + " was joined by " + _SOTO + " in calling for peace talks.\n", []),
])
def test_meetings_in_plain_words_credentials_and_receptions_set_off(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_ARRIVED = "Kenyan Foreign Minister Paul Otieno arrived in Dodoma on Monday. "
_JUMA = "Tanzanian President Amina Juma"


@pytest.mark.parametrize(("text", "meetings"), [
    # a sentence that opens with a meeting no one in it held: the one person the sentence before speaks of held it
    (_ARRIVED + "Talks with " + _JUMA + " focused on trade.\n", [["paul-otieno", "amina-juma"]]),
    ("It was Kenyan Foreign Minister Paul Otieno's third visit to Dodoma. The morning talks with " + _JUMA +
     " ran long.\n", [["paul-otieno", "amina-juma"]]),
    (_ARRIVED + "\n14:05 The meeting with " + _JUMA + " lasted two hours.\n", [["paul-otieno", "amina-juma"]]),
    # one still to come, two who arrived, or talks with a country
    (_ARRIVED + "Talks with " + _JUMA + " are expected on Friday.\n", []),
    (_ARRIVED + "The next meeting with " + _JUMA + " is in May.\n", []),
    ("Kenyan Foreign Minister Paul Otieno and Ugandan Minister Rose Atieno arrived in Dodoma. Talks with " + _JUMA +
     " focused on trade.\n", []),
    (_JUMA + " said on Monday aid would come. Talks with Kenya stalled in May.\n", []),
])
def test_a_meeting_opening_the_sentence_held_by_the_one_spoken_of_before(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "he" or "she" in a subject that opens the sentence: the one the sentence before speaks of
    (_ARRIVED + "He and " + _JUMA + " held talks at State House.\n", [["paul-otieno", "amina-juma"]]),
    (_ARRIVED + _JUMA + " and he held talks at State House.\n", [["amina-juma", "paul-otieno"]]),
    (_ARRIVED + "She and " + _JUMA + " met on Tuesday.\n", [["paul-otieno", "amina-juma"]]),
    # a pronoun in a clause another reports, or two who each spoke at a summit
    (_ARRIVED + "Ugandan President Joseph Okello said he and " + _JUMA + " held talks at State House.\n", []),
    (_ARRIVED + "He and " + _JUMA + " spoke at the summit.\n", []),
])
def test_a_pronoun_named_together_with_the_one_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_BOTH_ARRIVED = "Kenyan Foreign Minister Paul Otieno and " + _JUMA + " arrived in Arusha on Monday. "


@pytest.mark.parametrize(("text", "meetings"), [
    # "the pair", "both", "they": the people the sentence before names
    (_BOTH_ARRIVED + "The pair held talks at State House.\n", [["paul-otieno", "amina-juma"]]),
    (_BOTH_ARRIVED + "They met for two hours at State House.\n", [["paul-otieno", "amina-juma"]]),
    (_BOTH_ARRIVED + "Both held talks with Ugandan President Joseph Okello.\n",
     [["paul-otieno", "amina-juma", "joseph-okello"]]),
    (_BOTH_ARRIVED + "They later met Ugandan President Joseph Okello.\n", [["paul-otieno", "amina-juma", "joseph-okello"]]),
    # two of one side, a meeting still to come, one of a past year
    ("Kenyan Foreign Minister Paul Otieno and his deputy, Rose Atieno, arrived in Arusha. They met for two hours.\n", []),
    (_BOTH_ARRIVED + "They will meet in May.\n", []),
    ("Kenyan Foreign Minister Paul Otieno praised " + _JUMA + ". They met in 2019.\n", []),
])
def test_the_pair_both_or_they_after_the_sentence_that_names_them(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # the one who met the sentence before is known to be the other: the pronoun is one of those she met, left out
    ("Ms Rahel Tesfaye, Eritrea's envoy, met Kenya's Trade Minister Otieno Wafula and Uganda's Energy Minister Isaac "
     "Mugisha in Nairobi on Monday. He also held talks with Tanzania's President Juma Mrisho.\n",
     [["rahel-tesfaye", "otieno-wafula", "isaac-mugisha"]]),
    ("Mr Tomas Varga, Hungary's envoy, held talks with Romania's Foreign Minister Ioana Pop and Bulgaria's Energy "
     "Minister Vesela Ivanova in Sofia on Tuesday. She later spoke by phone with Serbia's President Milan Ilic.\n",
     [["tomas-varga", "ioana-pop", "vesela-ivanova"]]),
    ("Ms Amina Bello, Nigeria's envoy, was received by Ghana's Finance Minister Kofi Mensah and Togo's Trade Minister "
     "Koffi Agbo in Accra. He has also met Benin's President Paul Houngbo.\n",
     [["amina-bello", "kofi-mensah", "koffi-agbo"]]),
    # the subject is known to be the same, or not known: the pronoun goes on with the one who met
    ("Mr Tomas Varga, Hungary's envoy, held talks with Romania's Foreign Minister Ioana Pop and Bulgaria's Energy "
     "Minister Vesela Ivanova in Sofia on Tuesday. He later spoke by phone with Serbia's President Milan Ilic.\n",
     [["tomas-varga", "ioana-pop", "vesela-ivanova"], ["tomas-varga", "milan-ilic"]]),
    ("Hungary's envoy Tomas Varga held talks with Romania's Foreign Minister Ioana Pop and Bulgaria's Energy "
     "Minister Vesela Ivanova in Sofia on Tuesday. He later spoke by phone with Serbia's President Milan Ilic.\n",
     [["tomas-varga", "ioana-pop", "vesela-ivanova"], ["tomas-varga", "milan-ilic"]]),
])
def test_a_pronoun_after_a_meeting_is_never_the_one_who_met_when_known_as_the_other(
        text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # the body whose one official the person met is: her title, no party of its own
    ("Peruvian Foreign Minister Luis Prado met Ana Soto, head of the Chilean Red Cross, in Lima on Monday.\n",
     [["luis-prado", "ana-soto"]]),
    ("Peruvian Foreign Minister Luis Prado held talks with Ana Soto, the director of Oxfam, in Cusco.\n",
     [["luis-prado", "ana-soto"]]),
    ("Peruvian Foreign Minister Luis Prado held talks with Ana Soto, secretary-general of the Chilean Red Cross (CRC), "
     "on Monday.\n", [["luis-prado", "ana-soto"]]),
    # a person named after the body goes on with the list; a place that opens a clause of its own does not
    ("Peruvian Foreign Minister Luis Prado held talks with Ana Soto, head of Oxfam, and Chilean Foreign Minister Jorge "
     "Salas.\n", [["luis-prado", "ana-soto", "jorge-salas"]]),
    ("Honduran President Rosa Maradiaga spoke by telephone with Jorge Salas, executive president of the Andean "
     "Development Bank (ADB), and Tegucigalpa has asked the bank for more.\n", [["rosa-maradiaga", "jorge-salas"]]),
    # "and the head of": a list of two parties, the body one of them
    ("Peruvian Foreign Minister Luis Prado met Chilean Foreign Minister Ana Soto and the head of the Chilean Red "
     "Cross.\n", [["luis-prado", "ana-soto", "chilean-red-cross"]]),
    # "its secretary general, Ana Soto": the official of the body just named
    ("French Minister Claire Morel toured a clinic run by Oxfam in Cusco, where she met its country director, Ana "
     "Soto.\n", [["claire-morel", "ana-soto"]]),
    ("Peruvian Foreign Minister Luis Prado visited the offices of the Chilean Red Cross and met its president, Ana Soto, "
     "on Monday.\n", [["luis-prado", "ana-soto"]]),
    ("French Minister Claire Morel visited a camp run by the Armenian Red Cross, where she met its secretary general, "
     "Ana Soto, as well as families who had arrived.\n", [["claire-morel", "ana-soto"]]),
    ("Peruvian Foreign Minister Luis Prado praised the Chilean Red Cross and met its volunteers.\n", []),
])
def test_an_organisation_named_in_the_title_of_the_one_met_is_no_party(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "met separately with A and B" on a concern the two share: apart from the main event, one meeting of three
    ("Italian Interior Minister Marco Rossi met separately with Peru's Interior Minister, Ana Soto, and Bolivian "
     "Interior Minister Luis Arce to discuss joint patrols on Lake Titicaca.\n",
     [["marco-rossi", "ana-soto", "luis-arce"]]),
    ("Italian Interior Minister Marco Rossi met separately on Monday with Peruvian Interior Minister Ana Soto and "
     "Bolivian Interior Minister Luis Arce on the two countries' border crossings.\n",
     [["marco-rossi", "ana-soto", "luis-arce"]]),
    ("On the sidelines, Italian Interior Minister Marco Rossi separately met Peruvian Interior Minister Ana Soto and "
     "Bolivian Interior Minister Luis Arce to review their common border.\n", [["marco-rossi", "ana-soto", "luis-arce"]]),
    # on no shared concern, or in meetings the text counts, one meeting with each
    ("Italian Interior Minister Marco Rossi met separately with Peruvian Interior Minister Ana Soto and Bolivian "
     "Interior Minister Luis Arce to discuss aid.\n", [["marco-rossi", "ana-soto"], ["marco-rossi", "luis-arce"]]),
    ("Italian Interior Minister Marco Rossi held separate meetings with Peruvian Interior Minister Ana Soto and "
     "Bolivian Interior Minister Luis Arce on their joint patrols.\n",
     [["marco-rossi", "ana-soto"], ["marco-rossi", "luis-arce"]]),
])
def test_met_separately_with_two_on_a_concern_they_share(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting offered, asked for or tried: none held
    ("Malian Minister Awa Traore accepted an invitation to meet Senegalese Minister Moussa Diallo.\n", []),
    ("Kenyan Foreign Minister Rose Otieno turned down an offer to hold talks with Ugandan President Joseph Okello.\n", []),
    ("Bolivian President Luis Arce renewed his request for talks with Chilean President Ana Soto.\n", []),
    ("Bolivian President Luis Arce made a request for talks with Chilean President Ana Soto.\n", []),
    ("Thai Prime Minister Somchai Wong made a fresh appeal for a meeting with Cambodian Prime Minister Hun Dara.\n", []),
    # the invitation taken up, or a request raised at a meeting: held
    ("Thai Prime Minister Somchai Wong took up the invitation and met Cambodian Prime Minister Hun Dara on Monday.\n",
     [["somchai-wong", "hun-dara"]]),
    ("Bolivian President Luis Arce held talks with Chilean President Ana Soto after his request for a loan.\n",
     [["luis-arce", "ana-soto"]]),
])
def test_a_meeting_invited_offered_or_requested_is_none_held(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # the present tense with a day ahead: a meeting on the schedule, none reported
    ("Malian Minister Awa Traore, who meets Senegalese Minister Moussa Diallo on Friday, said the seed would arrive.\n",
     []),
    ("Malian Minister Awa Traore meets Senegalese Minister Moussa Diallo in Dakar next week.\n", []),
    ("Chilean President Ana Soto is meeting Peruvian President Jorge Salas on Thursday.\n", []),
    # talks named first, then set for a day; one supposed to take place
    ("Talks between Malian Minister Awa Traore and Senegalese Minister Moussa Diallo are set for Friday.\n", []),
    ("Talks between Chilean President Ana Soto and Peruvian President Jorge Salas are expected in May.\n", []),
    ("Malian Minister Awa Traore was supposed to meet Senegalese Minister Moussa Diallo on Monday.\n", []),
    # the past tense with its day, the present with none, talks that took their time: reported
    ("Chilean President Ana Soto met Peruvian President Jorge Salas on Thursday.\n", [["ana-soto", "jorge-salas"]]),
    ("Chilean President Ana Soto is meeting Peruvian President Jorge Salas in Lima.\n", [["ana-soto", "jorge-salas"]]),
    ("Talks between Chilean President Ana Soto and Peruvian President Jorge Salas lasted two hours.\n",
     [["ana-soto", "jorge-salas"]]),
])
def test_a_meeting_on_the_schedule_is_none_reported(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # an audience granted, in the passive: the guest and the one who granted it
    ("Thai Foreign Minister Somchai Wong was granted an audience by King Norodom Sihamoni on Monday.\n",
     [["somchai-wong", "norodom-sihamoni"]]),
    ("Nepalese Prime Minister Ram Thapa was accorded an audience by King Harald on Tuesday.\n",
     [["ram-thapa", "harald"]]),
    ("Thai Foreign Minister Somchai Wong was later given a private audience with King Norodom Sihamoni in the palace.\n",
     [["somchai-wong", "norodom-sihamoni"]]),
    # talks conducted or concluded, as readouts write them
    ("Thai Foreign Minister Somchai Wong conducted talks with Cambodian Prime Minister Hun Dara on Monday.\n",
     [["somchai-wong", "hun-dara"]]),
    ("Thai Foreign Minister Somchai Wong concluded two days of talks with Cambodian Prime Minister Hun Dara in Phnom "
     "Penh.\n", [["somchai-wong", "hun-dara"]]),
    ("Thai Foreign Minister Somchai Wong conducted a working session on Monday with Cambodian Minister of Commerce Pan "
     "Sorasak.\n", [["somchai-wong", "pan-sorasak"]]),
    # an inspection conducted, a conference concluded with a speech, an audience with no one named: no meeting
    ("Thai Foreign Minister Somchai Wong conducted an inspection with Cambodian Prime Minister Hun Dara.\n", []),
    ("Thai Foreign Minister Somchai Wong concluded the conference with a speech praising Cambodian Prime Minister Hun "
     "Dara.\n", []),
    ("Thai Foreign Minister Somchai Wong was granted an audience, Cambodian Prime Minister Hun Dara said.\n", []),
])
def test_an_audience_granted_and_talks_conducted(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting missed, gone without, or wished for: none held
    ("Malian Minister Awa Traore did not get to meet Senegalese President Moussa Diallo.\n", []),
    ("Malian Minister Awa Traore didn't get a chance to meet Senegalese President Moussa Diallo.\n", []),
    ("Malian Minister Awa Traore never managed to hold talks with Senegalese President Moussa Diallo.\n", []),
    ("Malian Minister Awa Traore left Dakar without having met Senegalese President Moussa Diallo.\n", []),
    ("Malian Minister Awa Traore left without ever meeting Senegalese President Moussa Diallo.\n", []),
    ("Malian Minister Awa Traore was hoping for a meeting with Senegalese President Moussa Diallo.\n", []),
    ("Malian Minister Awa Traore had lobbied for talks with Senegalese President Moussa Diallo.\n", []),
    ("Malian Minister Awa Traore has pushed for a meeting with Senegalese President Moussa Diallo.\n", []),
    # a meeting managed, or one a journey was made for: held
    ("Malian Minister Awa Traore got to meet Senegalese President Moussa Diallo on Monday.\n",
     [["awa-traore", "moussa-diallo"]]),
    ("Malian Minister Awa Traore found time to meet Senegalese President Moussa Diallo on Monday.\n",
     [["awa-traore", "moussa-diallo"]]),
    ("Malian Minister Awa Traore left Dakar after meeting Senegalese President Moussa Diallo.\n",
     [["awa-traore", "moussa-diallo"]]),
    ("Malian Minister Awa Traore had stayed for talks with Senegalese President Moussa Diallo.\n",
     [["awa-traore", "moussa-diallo"]]),
])
def test_a_meeting_missed_or_wished_for_is_none_held(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # countries whose envoys came to an assembly: the main event, no meeting of each with each
    ("Ministers from Chad, Niger, Mali, Burkina Faso and Mauritania met in Nouakchott on Tuesday for the annual "
     "session of the locust commission.\n", []),
    ("The ministers of Chad, Niger, Mali, Senegal and Mauritania met in Dakar on Thursday at the summit.\n", []),
    ("Representatives of Chile, Peru and Bolivia met in Lima for a two-day regional conference on water.\n", []),
    # met alone, for a meeting of their own, or on the sidelines of the assembly: a meeting of the countries
    ("Representatives of Chad, Niger and Mali met in Niamey on Monday.\n", [["chad", "niger", "mali"]]),
    ("The foreign ministers of Chile, Peru and Bolivia met in Lima on Friday for a trilateral meeting.\n",
     [["chile", "peru", "bolivia"]]),
    ("Defence ministers from Chile, Peru and Bolivia met on the sidelines of the summit in Lima.\n",
     [["chile", "peru", "bolivia"]]),
])
def test_envoys_of_countries_who_came_to_an_assembly_met_no_one(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a call on a date, between the verb and "with"
    ("Foreign Minister Anil Varma spoke on the telephone on 30 November with Kamal Perera, Minister of Foreign "
     "Affairs of Sri Lanka.\n", [["anil-varma", "kamal-perera"]]),
    ("Foreign Minister Anil Varma held talks on March 4 with Kamal Perera, Minister of Foreign Affairs of Sri "
     "Lanka.\n", [["anil-varma", "kamal-perera"]]),
    # a name's lowercase particle, capitalised where the name opens the sentence
    ("Health Minister Samir al-Hakim arrived on Monday. Al-Hakim held talks with Oman's deputy foreign minister, "
     "Saif Al-Busaidi.\n", [["samir-al-hakim", "saif-al-busaidi"]]),
    # not to fire: a date the talks are about, after "on" with no "with" to follow
    ("Foreign Minister Anil Varma spoke on 30 November about the floods.\n", []),
])
def test_a_call_on_a_date_and_a_name_that_opens_a_sentence(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # the other party of a relation is no one met
    ("Defence Minister Karlis Ozols met Poland's deputy minister, Tomasz Wierzbicki. The two discussed military "
     "mobility and the protection of the border with Belarus.\n", [["karlis-ozols", "tomasz-wierzbicki"]]),
    ("Trade Minister Ana Lopes discussed trade with China at the forum.\n", []),
    ("Trade Minister Ana Lopes discussed the state of relations with Morocco on Friday.\n", []),
    # still a meeting: what was discussed, then with whom
    ("Trade Minister Ana Lopes discussed the port project with Morocco's transport minister, Karim Bennani.\n",
     [["ana-lopes", "karim-bennani"]]),
])
def test_what_was_discussed_with_whom_and_the_other_party_of_a_relation(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_HOSTED = "Foreign Minister Ana Lind of Sweden hosted Foreign Minister Olli Rantanen of Finland in Stockholm on Monday.\n\n"


@pytest.mark.parametrize("opener", ["", "- ", "• ", "2. ", "(b) ", "Second: "])
def test_a_line_of_a_list_reads_past_its_bullet_to_the_group_that_met(opener: str) -> None:
    text = _HOSTED + opener + ("The two ministers held a video call with Kenya's Foreign Minister, Grace Wanjiru, on "
                               "the drought.\n")
    assert _meetings(text) == [["ana-lind", "olli-rantanen"], ["ana-lind", "olli-rantanen", "grace-wanjiru"]]


@pytest.mark.parametrize("opener", ["- ", "• ", "2. ", "(b) "])
def test_a_line_of_a_list_that_plans_a_call_reports_no_meeting(opener: str) -> None:
    # not to fire: the bullet leaves the line's plan a plan
    text = _HOSTED + opener + ("The two ministers will hold a video call with Kenya's Foreign Minister, Grace Wanjiru, "
                               "next week.\n")
    assert _meetings(text) == [["ana-lind", "olli-rantanen"]]


@pytest.mark.parametrize(("first", "second"), [("- ", "- "), ("(a) ", "(b) "), ("1. ", "2. "), ("• ", "• "),
                                               ("a) ", "b) ")])
def test_each_item_of_a_list_after_met_whatever_its_bullet_or_number(first: str, second: str) -> None:
    text = ("Chilean Trade Minister Rosa Ibarra visited Lima on Tuesday, her first trip there.\n\nDuring the visit, she "
            f"met:\n{first}Prime Minister Jorge Salas;\n{second}the mayor of Lima, Elena Quispe.\n\nShe also toured the port.\n")
    assert _meetings(text) == [["rosa-ibarra", "jorge-salas"], ["rosa-ibarra", "elena-quispe"]]


def test_a_line_after_met_with_no_bullet_is_no_item_of_a_list() -> None:
    # not to fire: a sentence of prose after the colon names who spoke, not whom she met
    text = ("Chilean Trade Minister Rosa Ibarra visited Lima on Tuesday, her first trip there.\n\nDuring the visit, she "
            "met:\n\nPrime Minister Jorge Salas said the port would open.\n")
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("Floods in the north\n\nHealth Minister Ana Ruiz toured the camp on Monday with Mayor Jorge Salas. “We will "
     "rebuild every house and every road,” she told Salas. She later met Governor Pedro Lima at the town hall.\n",
     ["jorge-salas", "pedro-lima"]),
    ("Dam repairs\n\nEnergy Minister Tomas Berg visited the dam with chief engineer Lars Holm. “The turbines will run "
     "again by June,” he assured Holm. He then held talks with Governor Erik Dahl.\n", ["lars-holm", "erik-dahl"]),
])
def test_a_pronoun_after_a_sentence_opening_with_a_quote_goes_on_with_its_speaker_not_the_one_told(
        text: str, wrong: list[str]) -> None:
    # not to fire: the one the speaker told, named after the 'he' or 'she' of the quote, is not the next 'he' or 'she'
    assert wrong not in _meetings(text)


@pytest.mark.parametrize(("text", "meeting"), [
    ("Floods in the north\n\nHealth Minister Ana Ruiz toured the camp on Monday with Mayor Jorge Salas. “We will "
     "rebuild every house and every road,” said Ruiz. She later met Governor Pedro Lima at the town hall.\n",
     ["ana-ruiz", "pedro-lima"]),
    ("Port reopens\n\nTrade Minister Aiko Tanaka inspected the port with harbour master Kenji Mori. “The cranes are "
     "working again and the ships are coming back,” she said. She afterwards met Mayor Yuki Sato.\n",
     ["aiko-tanaka", "yuki-sato"]),
])
def test_a_pronoun_after_a_sentence_opening_with_a_quote_is_its_speaker(text: str, meeting: list[str]) -> None:
    assert meeting in _meetings(text)


@pytest.mark.parametrize("text", [
    "Earlier this month, Kenyan President Daniel Mwangi had met Somali President Hassan Sheikh in Mogadishu.\n",
    "Tongan Prime Minister Sione Tupou held talks with Samoan Deputy Prime Minister Tuala Sheikh on Monday.\n",
    "Peruvian Foreign Minister Elena Quispe met Ecuadorian Foreign Minister Maria Sheikh in Quito.\n",
])
def test_a_titled_name_not_read_as_a_person_is_no_country_met(text: str) -> None:
    # the country of the title never stands in for the person named after it: no meeting rather than a wrong one
    assert not any(len(m) == 2 and m[1] in ("somalia", "samoa", "ecuador") for m in _meetings(text))


@pytest.mark.parametrize(("text", "meetings"), [
    # not to fire: a name the draft reads keeps its meeting, and a country met with no one named stays the party
    ("Kenyan President Daniel Mwangi met Somali President Hassan Ali in Mogadishu.\n",
     [["daniel-mwangi", "hassan-ali"]]),
    ("Peruvian Foreign Minister Elena Quispe met the Ecuadorian President on Monday in Quito.\n",
     [["elena-quispe", "ecuador"]]),
])
def test_a_titled_name_read_as_a_person_or_no_name_keeps_the_meeting(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize("text", [
    "The European Commission President, Ursula Lenz, met the prime ministers of Estonia and Latvia in Riga.\n",
    "The African Union Commission Chairperson, Moussa Kane, met Sudanese army chief Abdel Fattah al-Burhan.\n",
])
def test_an_office_read_as_a_body_is_no_party(text: str) -> None:
    # an office set off before its holder's name is a person, never a body of its own
    assert not any(p.endswith(("-president", "-chairperson")) for m in _meetings(text) for p in m)


@pytest.mark.parametrize(("text", "meetings"), [
    # a group that opens the sentence, its members set off after it by commas or dashes
    ("The two leaders, Nigerian President Bola Adeyemi and Ghanaian President Kwame Asante, held talks in Accra.\n",
     [["bola-adeyemi", "kwame-asante"]]),
    ("Both ministers — Chilean Foreign Minister Rosa Ibarra and Peruvian Foreign Minister Jorge Salas — met in Lima "
     "on Friday.\n", [["rosa-ibarra", "jorge-salas"]]),
    ("The three foreign ministers, Lithuania's Gabrielius Vaitkus, Latvia's Baiba Ozola and Estonia's Margus Tamm, "
     "met in Vilnius on Monday.\n", [["gabrielius-vaitkus", "baiba-ozola", "margus-tamm"]]),
    ("The two presidents, Kenyan President Daniel Mwangi and Tanzanian President Amina Juma, spoke by phone on "
     "Sunday.\n", [["daniel-mwangi", "amina-juma"]]),
])
def test_people_set_off_after_a_group_that_opens_the_sentence_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize("text", [
    # not to fire: a meeting still to come, a count the list does not hold, a verb that met something else
    "The two leaders, Nigerian President Bola Adeyemi and Ghanaian President Kwame Asante, will meet in Accra next "
    "week.\n",
    "The three leaders, Nigerian President Bola Adeyemi and Ghanaian President Kwame Asante, met in Accra.\n",
    "The two ministers, Chilean Foreign Minister Rosa Ibarra and Peruvian Foreign Minister Jorge Salas, met their "
    "targets for the year.\n",
])
def test_people_set_off_after_a_group_that_met_nothing_together_are_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "meetings"), [
    # a word of the visitor's coming before the one received, hosted or met
    ("Ghana's President Kwame Asante received visiting Nigerian Vice President Ibrahim Bello at Jubilee House.\n",
     [["kwame-asante", "ibrahim-bello"]]),
    ("Ghana's President Kwame Asante received the visiting Nigerian Vice President, Ibrahim Bello, in Accra.\n",
     [["kwame-asante", "ibrahim-bello"]]),
    ("Sri Lankan President Anura Dissanayake hosted visiting Indian Foreign Secretary Vikram Rao in Colombo.\n",
     [["anura-dissanayake", "vikram-rao"]]),
    ("Mongolian Prime Minister Oyun Erdene welcomed visiting South Korean Foreign Minister Cho Min-ho to "
     "Ulaanbaatar.\n", [["oyun-erdene", "cho-min-ho"]]),
    ("Mayor Ana Ruiz welcomed the visiting Japanese delegation to Lima on Monday.\n", [["ana-ruiz", "japan"]]),
])
def test_the_visitor_received_after_a_word_of_coming(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize("text", [
    # not to fire: those who came are no party, nor is a right of visit
    "Sri Lankan President Anura Dissanayake hosted visiting students from Chile in Colombo.\n",
    "The Kenyan army received visiting rights to the Somali base, Defence Minister Aden Duale said.\n",
])
def test_a_word_of_coming_before_no_party_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "meetings"), [
    # the aide of a country's office, named: the aide met, never the country
    ("French President Marc Delorme hosted a dinner for Moroccan King's envoy Youssef Alami at the Elysee Palace.\n",
     [["marc-delorme", "youssef-alami"]]),
    ("Egyptian President Karim Mansour met Saudi Crown Prince's adviser Faisal Al-Otaibi in Cairo.\n",
     [["karim-mansour", "faisal-al-otaibi"]]),
    # an aide whose name the draft does not read as a person's: no meeting rather than the country
    ("Turkish Foreign Minister Hakan Demir held talks with Russian President's aide Yuri Morozov in Ankara.\n", []),
    # not to fire: the envoy unnamed, the country the party
    ("Turkish Foreign Minister Hakan Demir met the Jordanian King's envoy on Monday.\n", [["hakan-demir", "jordan"]]),
])
def test_the_named_aide_of_a_countrys_office(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # countries that met, their people named together as the subject of the next sentence, one for each
    ("The leaders of Brazil, Argentina and Chile met in Brasilia on Monday. Brazilian President Lula Ferreira, "
     "Argentine President Javier Molina and Chilean President Gabriel Rojas signed a declaration on the Amazon.\n",
     [["lula-ferreira", "javier-molina", "gabriel-rojas"]]),
    ("The prime ministers of Fiji and Samoa held talks in Suva on Friday. Fijian Prime Minister Josaia Ravu and "
     "Samoan Prime Minister Fiame Tuilaepa agreed to share patrol boats.\n", [["josaia-ravu", "fiame-tuilaepa"]]),
    # not to fire: one country's minister alone, or the people named in a clause of someone's speech
    ("Argentina and Uruguay held talks in Montevideo on Tuesday. Argentine Foreign Minister Diana Mondino said the "
     "talks were useful.\n", [["argentina", "uruguay"]]),
    ("The prime ministers of Fiji and Samoa held talks in Suva on Friday. Officials said Fijian Prime Minister Josaia "
     "Ravu and Samoan Prime Minister Fiame Tuilaepa agreed to share patrol boats.\n", [["fiji", "samoa"]]),
])
def test_countries_that_met_and_their_people_named_in_the_next_sentence(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a gerund of hosting after a word of time: the one hosted met the subject, wherever it stands
    ("Indonesian President Joko Prasetyo addressed parliament on Monday, a day after hosting Malaysian Prime Minister "
     "Anwar Zulkifli in Jakarta.\n", [["joko-prasetyo", "anwar-zulkifli"]]),
    ("After receiving Kenyan President Daniel Mwangi, Ugandan President Yoweri Otim flew to Kigali.\n",
     [["yoweri-otim", "daniel-mwangi"]]),
    ("Ugandan President Yoweri Otim spoke to reporters before welcoming Kenyan President Daniel Mwangi.\n",
     [["yoweri-otim", "daniel-mwangi"]]),
    # not to fire: what was received from someone, a country's aid or decision
    ("Ugandan President Yoweri Otim spoke after receiving a letter from Kenyan President Daniel Mwangi.\n", []),
    ("Ugandan President Yoweri Otim thanked Nairobi after receiving Kenyan aid on Monday.\n", []),
    ("Ugandan President Yoweri Otim spoke after welcoming Kenya's decision to reopen the border.\n", []),
])
def test_a_gerund_of_hosting_after_a_word_of_time(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_TORRES_AND_SOTO = "Peruvian Foreign Minister Ana Lucía Torres Vega and Chilean Foreign Minister Pablo Soto met on Monday. "


@pytest.mark.parametrize(("text", "meetings"), [
    # one word of a full name the text gave before, in a list: the one person whose name holds it
    (_TORRES_AND_SOTO + "Bolivian trade minister Jorge Mamani later sat down with Torres and Soto.\n",
     [["ana-lucia-torres-vega", "pablo-soto"], ["jorge-mamani", "ana-lucia-torres-vega", "pablo-soto"]]),
    (_TORRES_AND_SOTO + "Bolivia's trade minister, Jorge Mamani, who sat down with Torres and Soto on Tuesday, asked "
     "for aid.\n", [["ana-lucia-torres-vega", "pablo-soto"], ["jorge-mamani", "ana-lucia-torres-vega", "pablo-soto"]]),
    ("Peruvian Foreign Minister Ana Lucía Torres Vega arrived on Monday. Bolivian trade minister Jorge Mamani met "
     "Chilean Foreign Minister Pablo Soto, Torres and Ecuadorian Foreign Minister Rosa Paz in Quito.\n",
     [["jorge-mamani", "pablo-soto", "ana-lucia-torres-vega", "rosa-paz"]]),
    ("Kenya's planning minister, Wanjiru Kamau Njeri, arrived in Kampala. Ugandan Finance Minister Henry Okot held "
     "talks with Kamau and Tanzanian envoy Asha Juma on Tuesday.\n",
     [["henry-okot", "wanjiru-kamau-njeri", "asha-juma"]]),
    # a word of no name read, or of two people's names: who it is stays unknown, so no meeting short of one party
    (_TORRES_AND_SOTO + "Bolivian trade minister Jorge Mamani later sat down with Ortiz and Soto.\n",
     [["ana-lucia-torres-vega", "pablo-soto"]]),
    ("Peruvian Foreign Minister Ana Lucía Torres Vega and Peruvian Trade Minister Carlos Torres Ruiz arrived on "
     "Monday. Bolivian trade minister Jorge Mamani later met Torres and Chilean Foreign Minister Pablo Soto.\n", []),
    # an office before "and" is still the first of two a person holds
    ("Romanian Prime Minister Dan Pop met Deputy Prime Minister and Foreign Minister Ion Ursu.\n",
     [["dan-pop", "ion-ursu"]]),
])
def test_a_party_named_by_one_word_of_a_full_name(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a capital one travelled to, from or through is a place, never the one who met
    ("Mexican Foreign Secretary Lucia Ramos arrived in Guatemala on Monday. On Tuesday she travelled to Guatemala "
     "City, and then to Tegucigalpa for talks with Honduran Foreign Minister Carla Mejia.\n",
     [["lucia-ramos", "carla-mejia"]]),
    ("Danish Development Minister Lars Holm arrived in Addis Ababa on Monday. From there he flew to Nairobi for talks "
     "with Kenyan President Daniel Kiprop.\n", [["lars-holm", "daniel-kiprop"]]),
    ("Danish Development Minister Lars Holm arrived in Addis Ababa on Monday. The next day he went on to Kampala for a "
     "meeting with Ugandan Foreign Minister Sam Okot.\n", [["lars-holm", "sam-okot"]]),
    # places and a group with no name: no meeting
    ("Australian Foreign Minister Penny Lee toured the region this week. On Thursday she travelled to Suva and Honiara "
     "for talks with Pacific leaders.\n", []),
])
def test_a_place_gone_to_is_no_party(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # offices in the plural of countries listed, who met someone: each country's holder the text names, or the
    # countries where it names none of them
    ("Health ministers from Ghana, Togo and Benin met on Friday with WHO regional director Amina Diallo in Accra. "
     "Ghana's Health Minister, Kwame Asare, Togolese Health Minister Afi Mensah and Benin's Minister of Health, Rose "
     "Houngbo, said the talks went well.\n",
     [["kwame-asare", "afi-mensah", "rose-houngbo", "amina-diallo"]]),
    ("Health ministers from Ghana, Togo and Benin met on Friday with WHO regional director Amina Diallo in Accra.\n",
     [["ghana", "togo", "benin", "amina-diallo"]]),
    # some of them named, others not: who met is unsure, no meeting rather than the last country listed
    ("Health ministers from Ghana, Togo and Benin met on Friday with WHO regional director Amina Diallo in Accra. "
     "The talks were chaired by Ghana's Health Minister, Kwame Asare.\n", []),
    ("Development ministers from Finland, Denmark and Sweden met in Oslo on Tuesday with Moldova's Deputy Minister of "
     "Economy, Ana Rusu. The meeting was hosted by Finland's Minister for Development, Liisa Virtanen.\n", []),
])
def test_offices_of_countries_listed_and_their_holders_named(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_HARWOOD = "The Secretary of State for Development, Lord Harwood, visited Chisinau this week.\n\n"


@pytest.mark.parametrize(("text", "meetings"), [
    # a line ending with a colon, then items that open with their verbs: each item's meeting is the line's subject's
    (_HARWOOD + "During his visit he:\n\n- met President Elena Rusu to discuss energy security;\n- held talks with "
     "Prime Minister Andrei Popa and Finance Minister Irina Cojocaru;\n- toured a substation near the border.\n",
     [["lord-harwood", "elena-rusu"], ["lord-harwood", "andrei-popa", "irina-cojocaru"]]),
    ("Minister for Africa Jane Fordham visited Kenya on 3 and 4 March.\n\nWhile in Nairobi, the Minister:\n\n"
     "- met President William Kiprono\n- visited a refugee camp at Kakuma\n",
     [["jane-fordham", "william-kiprono"]]),
    ("Norwegian Development Minister Kari Dahl visited Malawi last week.\n\nDuring the trip she:\n\n- opened a clinic "
     "in Lilongwe\n- spoke by phone with Finance Minister Joseph Banda\n", [["kari-dahl", "joseph-banda"]]),
    # items with no line ending in a colon before them: a heading's list, no subject to carry
    (_HARWOOD + "Highlights\n\n- met President Elena Rusu\n- toured a substation\n", []),
    # a meeting the sentence opens with, then "discussed ... with" a country: the opening's meeting only
    (_HARWOOD + "In his talks with Prime Minister Andrei Popa and Minister Irina Cojocaru, the Minister discussed the "
     "interconnection with Romania.\n", [["lord-harwood", "andrei-popa", "irina-cojocaru"]]),
])
def test_items_of_a_list_opened_by_its_subject(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a country's title with no name, whose one holder of that title the text names: that person
    ("The Dutch minister met Ghanaian President Kwame Boateng in Accra on Monday. Dutch Trade Minister Anna de Vries "
     "said the talks had gone well.\n", [["anna-de-vries", "kwame-boateng"]]),
    ("The Chilean minister held talks with Peruvian President Rosa Quispe in Lima. Chile's Minister of Mining, Tomas "
     "Errazuriz, said afterwards that the two had agreed on a joint study.\n", [["tomas-errazuriz", "rosa-quispe"]]),
    # two holders named, or none of that title: the country
    ("The Dutch minister met Ghanaian President Kwame Boateng in Accra on Monday. Dutch Trade Minister Anna de Vries "
     "and Dutch Foreign Minister Pieter Jansen said the talks had gone well.\n", [["netherlands", "kwame-boateng"]]),
    ("The Dutch ambassador met Ghanaian President Kwame Boateng in Accra on Monday. Dutch Trade Minister Anna de Vries "
     "said the talks had gone well.\n", [["netherlands", "kwame-boateng"]]),
])
def test_a_countrys_unnamed_title_and_its_one_holder_named(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_MONTENEGRO = "Peru's Economy Minister Jose Arista and Bolivia's Finance Minister Marcelo Montenegro Gomez signed an accord. "


@pytest.mark.parametrize(("text", "meetings"), [
    # a word of one full name given before that is also a country's name: the person
    (_MONTENEGRO + "Arista then met Montenegro and Chilean envoy Ana Ruiz.\n",
     [["jose-arista", "marcelo-montenegro-gomez", "ana-ruiz"]]),
    (_MONTENEGRO + "Chilean envoy Ana Ruiz held talks with Montenegro on Friday.\n",
     [["ana-ruiz", "marcelo-montenegro-gomez"]]),
    # no one of that name: the country
    ("Peru's Economy Minister Jose Arista signed an accord. Arista then met Montenegro's foreign minister.\n",
     [["jose-arista", "montenegro"]]),
])
def test_a_surname_that_names_a_country(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a call taken or received, in any tense: who took it met who placed it
    ("Kenyan Foreign Minister Amina Wekesa said she had taken a call from her Ethiopian counterpart, Dawit Alemu, "
     "about the border.\n", [["amina-wekesa", "dawit-alemu"]]),
    ("Samoan Prime Minister Fiame Naomi Mata'afa opened the forum. Mata'afa takes a call from Tongan Prime Minister "
     "Siaosi Sovaleni on Monday.\n", [["fiame-naomi-mataafa", "siaosi-sovaleni"]]),
    ("Arab Maghreb Union Secretary-General Karim Ben-Aissa opened the session. Ben-Aissa has taken a call from the "
     "President of the African Union Commission, Moussa Traore Diallo, his spokesman said.\n",
     [["karim-ben-aissa", "moussa-traore-diallo"]]),
    ("Peruvian President Dina Boluarte was in Cusco. Boluarte, receiving a call from Ecuadorian President Daniel "
     "Noboa, agreed to reopen the border.\n", [["dina-boluarte", "daniel-noboa"]]),
    # a call from no one named
    ("Indian minister Ravi Menon said he had taken a call from reporters.\n", []),
    ("The ministry said it had taken a call from the embassy late on Monday.\n", []),
])
def test_a_call_taken_or_received(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "X will give ..., <who> said after talks with Y": who says it met Y, never the subject of what is said
    ("Norway will double its support to Malawi's schools, Norwegian State Secretary Ingrid Holm said following "
     "talks with Malawian Education Minister Madalitso Kambauwa.\n", [["ingrid-holm", "madalitso-kambauwa"]]),
    ("The European Union will send 20 tonnes of medical supplies to Gaza, Commissioner Hadja Lahbib said on Thursday "
     "after talks with Egyptian officials in Cairo.\n", [["hadja-lahbib", "egypt"]]),
    # a description: the one person of its country named after it, else its country where no one of it is named
    ("Brazil will give Bolivia 30 fire engines, a visiting Brazilian minister said on Friday after talks with "
     "Bolivian President Luis Arce.\n\nCarla Mendes, Brazil's minister of regional development, toured Santa Cruz.\n",
     [["carla-mendes", "luis-arce"]]),
    ("Canada will fund two field hospitals in Haiti, a Canadian minister said after meeting Haitian Prime Minister "
     "Garry Conille in Port-au-Prince on Friday.\n", [["canada", "garry-conille"]]),
    # no one said to have met
    ("The talks went well, officials said after talks with Zambian President Hakainde Hichilema.\n", []),
])
def test_who_says_the_words_after_talks_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "met A, and held talks with B": the verb after "and" has the subject of the meeting before
    ("Mongolian Minister Batbayar Dorj visited Laos.\n\nIn Laos, Minister Dorj met the Lao Minister of "
     "Finance, Phetsamay Keola, and held talks with Khamla Sisavath, the governor of the central bank.\n",
     [["batbayar-dorj", "phetsamay-keola"], ["batbayar-dorj", "khamla-sisavath"]]),
    ("During a stop in Peru, Chilean Minister Ana Ruiz met Peru's Foreign Minister, Elena Soto, and spoke with "
     "Carlos Vega, the mayor of Lima.\n", [["ana-ruiz", "elena-soto"], ["ana-ruiz", "carlos-vega"]]),
    ("Fijian Minister Lenora Qereqeretabua visited Honiara. In Honiara, Minister Qereqeretabua met the Solomon "
     "Islands Prime Minister, Jeremiah Manele, and later held talks with Opposition Leader Matthew Wale.\n",
     [["lenora-qereqeretabua", "jeremiah-manele"], ["lenora-qereqeretabua", "matthew-wale"]]),
    ("Irish Minister Sean Fleming met Kenya's Interior Minister, Kipchumba Murkomen, and held talks with Nairobi "
     "Governor Johnson Sakaja.\n", [["sean-fleming", "kipchumba-murkomen"], ["sean-fleming", "johnson-sakaja"]]),
    # a subject of its own after "and": never the one before
    ("Estonian Minister Kaja Tamm met Latvian Minister Ivars Ozols on Monday, and Lithuanian Minister Rasa Jonaite "
     "held talks with Polish Minister Jan Nowak.\n",
     [["kaja-tamm", "ivars-ozols"], ["rasa-jonaite", "jan-nowak"]]),
])
def test_a_second_meeting_verb_after_and(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a role in small letters set off before the one met who holds it
    ("Kenyan Minister Amina Wekesa held talks with the host, Ugandan Foreign Minister Jeje Odongo, in Kampala.\n",
     [["amina-wekesa", "jeje-odongo"]]),
    ("Thai Deputy Minister Somchai Wong met the new envoy, Cambodian Ambassador Chea Sophal, at the ministry on "
     "Friday.\n", [["somchai-wong", "chea-sophal"]]),
    ("Gabon's health minister, Paulette Ndong, spoke to reporters after a bilateral meeting with the host, Belgian "
     "Health Minister Frank Peeters.\n", [["paulette-ndong", "frank-peeters"]]),
    # who speaks of the meeting after the role: no party to it
    ("Thai Deputy Minister Somchai Wong met the visiting delegation, Cambodian Foreign Minister Prak Sokhonn "
     "said.\n", []),
])
def test_a_role_set_off_before_the_one_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # who has just left a meeting held it, whether "a meeting" or bare "talks" follows
    ("Foreign Minister Ana Duarte has just come out of talks with Ambassador Li Wen.\n", [["ana-duarte", "li-wen"]]),
    ("The UN Humanitarian Coordinator in Yemen, Paola Ferri, came out of talks with Prime Minister Salem Bahah on "
     "Tuesday.\n", [["paola-ferri", "salem-bahah"]]),
    ("Peruvian Trade Minister Lucia Campos emerged from talks with Bolivian Minister Jorge Quispe late on Friday.\n",
     [["lucia-campos", "jorge-quispe"]]),
    # a title set off before its holder, its subject after "on": the holder met, never the body of the title
    ("The UN Special Envoy on Libya, Priya Natarajan, has just come out of a meeting with Prime Minister Omar "
     "Dbeibah.\n\n\"The talks were useful,\" Natarajan said.\n", [["priya-natarajan", "omar-dbeibah"]]),
    # the same, where the holder is named once only: still the holder, whose title people.py reads
    ("The UN Special Envoy on Libya, Priya Natarajan, has just come out of a meeting with Prime Minister Omar "
     "Dbeibah.\n", [["priya-natarajan", "omar-dbeibah"]]),
    # a walk-out from talks not reported as held, and a title's subject that meets no one
    ("The government of Chad pulled out of talks with rebel commanders on Sunday.\n", []),
    ("The UN Special Envoy on Libya, Priya Natarajan, told reporters that the ceasefire was holding.\n", []),
])
def test_one_who_has_come_out_of_talks(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a courtesy call under way, as a live blog reports it
    ("Deputy Minister Raj Patel is paying a courtesy call on President Joyce Banda this afternoon.\n",
     [["raj-patel", "joyce-banda"]]),
    ("Deputy Minister Raj Patel left the summit hall for State House, where he is making a courtesy call on "
     "President Joyce Banda.\n", [["raj-patel", "joyce-banda"]]),
    # one on the schedule, and a visit to a place
    ("Deputy Minister Raj Patel is paying a courtesy call on President Joyce Banda tomorrow.\n", []),
    ("Deputy Minister Raj Patel is paying a visit to Malawi this week.\n", []),
])
def test_a_courtesy_call_under_way(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a readout's style alone ("His Excellency", "His Majesty") for the one it has styled so with his name
    ("Juba, March 3 – His Excellency Minister of State for Foreign Affairs Dr. Saif bin Rashid Al-Hajri arrived in "
     "Juba on Sunday on an official visit.\n\nDuring the visit, His Excellency met Foreign Minister Deng Alor Kuol.\n",
     [["saif-bin-rashid-al-hajri", "deng-alor-kuol"]]),
    ("His Majesty King Letsie III of Lesotho arrived in Gaborone on Tuesday. On Wednesday, His Majesty received a "
     "phone call from the President of the African Development Bank, Akinwumi Adesina.\n",
     [["letsie-iii", "akinwumi-adesina"]]),
    # a call placed in time before "from", and a capitalised title of a body read with the name after it
    ("Kuwaiti Foreign Minister Salem Al-Sabah received a phone call on Sunday from the Special Envoy of the United "
     "Nations Secretary-General for Yemen, Mr. Pedro Lindqvist.\n", [["salem-al-sabah", "pedro-lindqvist"]]),
    # two styled so: who met is unsure; the style given to no one named; the envoy met, never the one he serves
    ("His Excellency Minister of Finance Ali Hassan and His Excellency Minister of Health Omar Saleh arrived in "
     "Amman. His Excellency met Prime Minister Bisher Khasawneh.\n", []),
    ("Foreign Minister Rania Haddad arrived in Rabat. His Excellency met Prime Minister Aziz Akhannouch on Monday.\n",
     []),
    ("Kenyan Foreign Minister Musalia Mudavadi met the envoy of the President, Grace Wanjiru.\n",
     [["musalia-mudavadi", "grace-wanjiru"]]),
])
def test_the_style_of_a_readout_alone(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a body set off before "which" and the one who met, hosted or received it
    ("Japan sent a delegation from the Japan International Cooperation Agency, which Finance Minister Mary Phiri met "
     "on Thursday.\n", [["mary-phiri", "japan-international-cooperation-agency"]]),
    ("The talks were attended by the Asian Development Bank, which Finance Minister Tran Van Long hosted at the "
     "ministry on Friday.\n", [["tran-van-long", "asian-development-bank"]]),
    ("The loan came from the Islamic Development Bank, which Finance Minister Mary Phiri met with in April.\n",
     [["mary-phiri", "islamic-development-bank"]]),
    # a place visited, and a body of which the one named said something
    ("Finance Minister Mary Phiri flew on to Nairobi, which Trade Minister Paul Okello visited last year.\n", []),
    ("The grant is managed by UNICEF, which Minister Paul Okello said had met all its targets.\n", []),
])
def test_a_body_which_someone_met(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "and the two" after a clause that names the two: they met
    ("Foreign Minister Ana Ruiz handed the letter to President Carlos Soto at the airport, and the two later met at "
     "the presidential palace to discuss the plan.\n", [["ana-ruiz", "carlos-soto"]]),
    ("Health Minister Joseph Banda welcomed WHO envoy Grace Achieng at the airport, and the two then held talks at "
     "the ministry.\n", [["joseph-banda", "grace-achieng"]]),
    ("Trade Minister Lucia Campos signed the accord with Bolivian Minister Jorge Quispe on Monday and the pair met "
     "again on Tuesday.\n", [["lucia-campos", "jorge-quispe"]]),
    # three named before "the two": who met is unsure; "the two countries" are no two people
    ("Ambassador Paul Kerr thanked Minister Sara Ali and Minister Tom Odhiambo, and the two later met at the "
     "ministry.\n", []),
    ("Ambassador Paul Kerr presented the report to Minister Sara Ali, and the two countries later signed a deal.\n",
     []),
])
def test_the_two_after_and(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting no one is named before, and who did something "at which" or "during which" it was held
    ("The tour ended on Friday with a meeting in the capital with Joseph Ndlovu, the UNICEF country "
     "representative, at which Minister Hans Berg announced a grant of 5 million euros.\n",
     [["hans-berg", "joseph-ndlovu"]]),
    ("The visit included a call with Minister Ana Ruiz, during which Ambassador Tom Berg said he would return.\n",
     [["tom-berg", "ana-ruiz"]]),
    # "after which": done once the meeting was over, by one who need not have been there
    ("The second day began with a working breakfast with Finance Minister Ali Omar, after which Ambassador Clara "
     "Vidal visited a clinic.\n", []),
])
def test_who_did_something_at_which(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # talks wrapped up were held; a meeting under way, an adverb before "meeting"
    ("Chilean Foreign Minister Alberto van Klaveren wrapped up two days of talks with Argentine Foreign Minister "
     "Diana Mondino on Friday.\n", [["alberto-van-klaveren", "diana-mondino"]]),
    ("Mexican Finance Minister Rogelio Ramirez has wrapped up talks with the IMF mission chief, Ana Corbacho.\n",
     [["rogelio-ramirez", "ana-corbacho"]]),
    ("14:05 - Kenyan President William Ruto is currently meeting Ethiopian Prime Minister Abiy Ahmed behind closed "
     "doors.\n", [["william-ruto", "abiy-ahmed"]]),
    # a session wrapped up with a statement, a deadline met
    ("The ministers wrapped up the session with a joint statement on Friday.\n", []),
    ("Kenyan President William Ruto is still meeting the budget deadline, his office said.\n", []),
])
def test_talks_wrapped_up_and_a_meeting_under_way(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting called off, a clause set off between its last party and what became of it: none was held
    ("The meeting between Egyptian Foreign Minister Omar Fathy and Ethiopian Foreign Minister Dawit Bekele, "
     "scheduled for Monday, was cancelled.\n", []),
    ("Talks between Peruvian President Rosa Quispe and Bolivian President Luis Arce, which had been planned for "
     "weeks, were called off at the last minute.\n", []),
    ("A call between Japanese Prime Minister Kenji Sato and Philippine President Ramon Cruz, first announced on "
     "Friday, was later postponed.\n", []),
    ("Kenyan President Samuel Mwangi's talks with Somali President Hassan Omar, set for Tuesday in Nairobi, have "
     "been put off until May.\n", []),
    # a meeting held and described, and another thing postponed: the meeting stands
    ("The meeting between Nepalese Prime Minister Ram Thapa and Indian Prime Minister Arjun Rao, held in Kathmandu, "
     "was described as cordial.\n", [["ram-thapa", "arjun-rao"]]),
    ("Chilean Foreign Minister Ana Ruiz met Argentine Foreign Minister Diego Paz, whose visit to Brazil was "
     "postponed, in Santiago.\n", [["ana-ruiz", "diego-paz"]]),
    ("Chilean Foreign Minister Ana Ruiz met Argentine Foreign Minister Diego Paz on Monday; the summit in Lima was "
     "postponed.\n", [["ana-ruiz", "diego-paz"]]),
])
def test_a_meeting_called_off_after_a_clause_set_off(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a country's delegation, set off as led by one named, who met: that one, never the country
    ("The Philippine delegation, headed by Foreign Secretary Maria Santos, met Chinese Vice Foreign Minister Sun "
     "Lei in Manila.\n", [["maria-santos", "sun-lei"]]),
    ("The Indian delegation, led by External Affairs Minister Ravi Menon, held talks with Sri Lankan President "
     "Anura Dissanayake.\n", [["ravi-menon", "anura-dissanayake"]]),
    ("Australia's delegation, led by Trade Minister Don Farrell, called on Indonesian President Joko Widodo on "
     "Tuesday.\n", [["don-farrell", "joko-widodo"]]),
    ("Malawi's President Lazarus Banda met the Indian delegation, led by External Affairs Minister Ravi Menon, in "
     "Lilongwe.\n", [["lazarus-banda", "ravi-menon"]]),
    # a delegation nobody is named as leading, or talks (not the delegation) led by one: the country
    ("The Indian delegation met Sri Lankan President Anura Dissanayake, in talks led by External Affairs Minister "
     "Ravi Menon.\n", [["india", "anura-dissanayake"]]),
    ("The Kenyan delegation met Sri Lankan President Anura Dissanayake on Monday.\n",
     [["kenya", "anura-dissanayake"]]),
])
def test_a_countrys_delegation_and_who_led_it(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a small word that qualifies the office between the country and the title set off before the name
    ("Irish Foreign Minister Sean Kelly is now meeting the Lebanese caretaker Prime Minister, Najib Haddad, at the "
     "Grand Serail.\n", [["sean-kelly", "najib-haddad"]]),
    ("Senegalese Foreign Minister Awa Diop held talks with the Malian transitional President, Assimi Keita, in "
     "Bamako.\n", [["awa-diop", "assimi-keita"]]),
    ("Brazilian President Lula Costa spoke by phone with the Peruvian interim President, Jose Jeri, on Sunday.\n",
     [["lula-costa", "jose-jeri"]]),
    # the same office named where no one met
    ("Irish Foreign Minister Sean Kelly praised the Lebanese caretaker Prime Minister, Najib Haddad, in a speech.\n",
     []),
    ("Irish Foreign Minister Sean Kelly will meet the Lebanese caretaker Prime Minister, Najib Haddad, on Friday.\n",
     []),
])
def test_a_qualified_office_set_off_before_the_name(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a clause of its own after "where" or "when": its own subject met, never the main clause's
    ("Nigerian President Bola Tinubu also attended the African Union summit in Addis Ababa, where Kenyan President "
     "William Ruto met Ethiopian Prime Minister Abiy Ahmed.\n", [["william-ruto", "abiy-ahmed"]]),
    ("Chilean President Gabriel Boric flew to Lima on Sunday, where Peruvian Foreign Minister Elmer Schialer held "
     "talks with Bolivian Foreign Minister Celinda Sosa.\n", [["elmer-schialer", "celinda-sosa"]]),
    ("Ghanaian President John Mahama was in Abuja on Tuesday, when Nigerian Vice President Kashim Shettima met "
     "Togolese President Faure Gnassingbe.\n", [["kashim-shettima", "faure-gnassingbe"]]),
    # "where he met": the main clause's subject; "where both leaders signed": no other meeting
    ("Ghanaian President John Mahama flew to Abuja, where he met Nigerian President Bola Tinubu.\n",
     [["john-mahama", "bola-tinubu"]]),
    ("Ghanaian President John Mahama met Nigerian President Bola Tinubu in Abuja, where both leaders signed a trade "
     "accord.\n", [["john-mahama", "bola-tinubu"]]),
    # a clause of its own with no meeting in it, after one who only attended
    ("Nigerian President Bola Tinubu attended the summit in Addis Ababa, where Kenyan President William Ruto praised "
     "Ethiopian Prime Minister Abiy Ahmed.\n", []),
])
def test_a_clause_of_its_own_after_where_or_when(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_ROY_CA = "Canadian Foreign Minister Anne Roy "


@pytest.mark.parametrize(("text", "meetings"), [
    # one office "of" a body, its holder set off by name after it: the holder met, the body is only in the title
    ("Congolese President Felix Tshisekedi met the commander of the East African Community force, General Jeff "
     "Nyagah, in Goma.\n", [["felix-tshisekedi", "jeff-nyagah"]]),
    ("Peruvian Foreign Minister Elmer Schialer met the director of the World Food Programme office in Lima, Sofia "
     "Reyes.\n", [["elmer-schialer", "sofia-reyes"]]),
    (_ROY_CA + "met the head of the Multinational Support mission, Commander Joseph Mwangi of Kenya, and the UN "
     "envoy, Ingrid Halvorsen, at the base.\n", [["anne-roy", "joseph-mwangi", "ingrid-halvorsen"]]),
    # a person "of" a country, then another met with them: the country is the first one's, the list goes on
    (_ROY_CA + "met Commander Joseph Mwangi of Kenya, and the UN envoy, Ingrid Halvorsen, in Port-au-Prince.\n",
     [["anne-roy", "joseph-mwangi", "ingrid-halvorsen"]]),
    # a unit's head posted in a country: the holder met, and the list goes on
    ("Sudanese General Abdel Burhan met the head of the UN mission in Sudan, Volker Perthes, and the African Union "
     "envoy, Mohamed Lebatt, in Port Sudan.\n", [["abdel-burhan", "volker-perthes", "mohamed-lebatt"]]),
    # a name set off that is not read as a person: who met is unsure, never the body
    ("Sudanese General Abdel Burhan met the head of the UN mission for the troubled region, Volker Perthes, and the "
     "African Union envoy, Mohamed Lebatt, in Port Sudan.\n", []),
])
def test_one_office_of_a_body_and_its_holder_set_off(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a meeting only others reported, the report denied or called false: none the text reports held
    ("The foreign ministry denied reports that Foreign Minister Hakan Yilmaz had met Syrian President Omar Sharif in "
     "Doha.\n", []),
    ("Reports that Serbian President Marko Petrovic met Kosovo Prime Minister Arben Krasniqi in Brussels were false, "
     "the EU said.\n", []),
    ("Chadian President Idriss Mahamat's office dismissed media claims that he held talks with Sudanese commander "
     "Hamid Osman.\n", []),
    ("Claims that Bolivian President Luis Quispe secretly met Peruvian President Rosa Huaman last week are baseless, a "
     "spokesman said.\n", []),
    # a report that takes the meeting as held, and a denial of something else
    ("Reports that Serbian President Marko Petrovic met Kosovo Prime Minister Arben Krasniqi in Brussels angered "
     "opposition lawmakers.\n", [["marko-petrovic", "arben-krasniqi"]]),
    ("Serbian President Marko Petrovic, who denied reports of a rift, met Kosovo Prime Minister Arben Krasniqi in "
     "Brussels.\n", [["marko-petrovic", "arben-krasniqi"]]),
])
def test_a_meeting_reported_by_others_and_denied(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a reception told by a participle, "being" or "having been" received, with where and when before its "by"
    ("Foreign Minister Aino Lehtonen arrived in Tallinn on Monday. She spent the morning at the ministry before being "
     "received in the afternoon at Kadriorg Palace by President Marek Tamm.\n", [["aino-lehtonen", "marek-tamm"]]),
    ("Defence Minister Pieter Vos, having been received at the Elysée by President Claude Bernier, told reporters the "
     "talks were frank.\n", [["pieter-vos", "claude-bernier"]]),
    ("Trade Minister Oskar Brandvold flew to Accra on Tuesday. He was received on arrival at the presidency by "
     "President Kwame Asante, officials said.\n", [["oskar-brandvold", "kwame-asante"]]),
    # a thing received, never a person: no meeting
    ("The shipment, after being received at the port by customs officials, was sent to Gulu.\n", []),
    ("The package was received at the port on Monday by Health Minister Rosa Delgado.\n", []),
])
def test_a_reception_told_by_a_participle(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a meal told by its verb in any tense: "is lunching with", "was dining with", "is breakfasting with"
    ("Prime Minister Ilse Berg is lunching with President Tomas Novak and several ministers.\n",
     [["ilse-berg", "tomas-novak"]]),
    ("Prime Minister Ilse Berg arrived in Prague. Berg was dining with President Tomas Novak at the residence, a "
     "spokesman said.\n", [["ilse-berg", "tomas-novak"]]),
    ("Foreign Secretary Hugo Marsh is breakfasting with Foreign Minister Ayumi Sato this morning.\n",
     [["hugo-marsh", "ayumi-sato"]]),
    # a meal with no one named: no meeting
    ("Prime Minister Ilse Berg was dining with her family when the news broke.\n", []),
])
def test_a_meal_told_by_its_verb(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_FOUR = "Foreign Minister Grace Wanjiru, Foreign Minister Amara Diallo, Prime Minister Ilse Berg and President Tomas " \
    "Novak arrived in Bali. "


@pytest.mark.parametrize(("text", "meetings"), [
    # two pairs, each named before its own verb: two meetings
    (_FOUR + "On the sidelines, Wanjiru and Diallo held a bilateral meeting on fisheries, while Berg and Novak met over "
     "breakfast at the embassy.\n", [["grace-wanjiru", "amara-diallo"], ["ilse-berg", "tomas-novak"]]),
    (_FOUR + "Wanjiru and Diallo spoke by phone on Monday, and Berg and Novak met later that evening.\n",
     [["grace-wanjiru", "amara-diallo"], ["ilse-berg", "tomas-novak"]]),
    # the second pair meets nobody: one meeting only
    (_FOUR + "Wanjiru and Diallo held talks, while Berg met her targets.\n", [["grace-wanjiru", "amara-diallo"]]),
])
def test_each_pair_before_its_own_verb(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "the Ambassador and the Minister held talks": each description fits one person named before, who met
    ("Ms. Keiko Arai, Ambassador of Japan, handed over 40 generators to Mr. Peter Njoroge, Minister of Energy of "
     "Kenya, at the port of Mombasa. After the ceremony, the Ambassador and the Minister held talks at the "
     "ministry.\n", [["keiko-arai", "peter-njoroge"]]),
    ("President Lula Mendes signed the accord in Luanda, witnessed by Chancellor Dieter Haas. The President and the "
     "Chancellor later held a working lunch.\n", [["lula-mendes", "dieter-haas"]]),
    ("Foreign Minister Sara Lind toured the camp with Governor Ahmed Warsame. The Minister and the Governor met "
     "afterwards at the governor's office.\n", [["sara-lind", "ahmed-warsame"]]),
    ("Mr. Omar Haddad, Minister of Planning of Jordan, opened the plant, and Ms. Ines Pereira, Director of the Lisbon "
     "Water Agency, cut the ribbon. The Minister and the Director then sat down for an hour.\n",
     [["omar-haddad", "ines-pereira"]]),
    ("Prime Minister Niko Salo visited the shipyard, where President Marta Ilves joined him. The Prime Minister and "
     "the President spoke by phone the next day.\n", [["niko-salo", "marta-ilves"]]),
    # a description that fits two people, or a meeting still to come: none
    ("Minister of Energy Peter Njoroge, Minister of Trade Alice Wambui and President Lula Mendes arrived. The Minister "
     "and the President held talks.\n", []),
    ("Foreign Minister Sara Lind arrived in Nairobi. The Minister and the Governor are expected to meet on Friday.\n",
     []),
])
def test_descriptions_that_fit_one_person_each(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_FERRO = "Foreign Minister Lucia Ferro arrived in Tirana. Prime Minister Edi Kola "


@pytest.mark.parametrize(("text", "meetings"), [
    # "her" after a verb of meeting, then a place, a time, an adverb or a stop: whom, the one named before
    (_FERRO + "received her warmly at his office.\n", [["edi-kola", "lucia-ferro"]]),
    (_FERRO + "met her in the afternoon.\n", [["edi-kola", "lucia-ferro"]]),
    (_FERRO + "welcomed her and praised Italy's help.\n", [["edi-kola", "lucia-ferro"]]),
    (_FERRO + "greeted her, officials said.\n", [["edi-kola", "lucia-ferro"]]),
    # "her" before a noun: whose, and no one met
    (_FERRO + "met her demands on Tuesday.\n", []),
    (_FERRO + "welcomed her offer of aid.\n", []),
])
def test_her_as_whom_and_as_whose(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # people named together as the subject of a sentence placed after, or following, talks they held
    ("Singapore's Minister for Foreign Affairs, Tan Boon Huat, and Kenya's foreign minister, Grace Wanjiru, have "
     "signed an agreement after talks on the margins of the summit.\n", [["tan-boon-huat", "grace-wanjiru"]]),
    ("Chilean President Ana Soto and Peruvian President Jorge Salas signed a water accord following talks in Arica.\n",
     [["ana-soto", "jorge-salas"]]),
    ("After two hours of talks, Foreign Minister Lena Holm and Foreign Minister Rasa Petraitė announced a joint "
     "patrol.\n", [["lena-holm", "rasa-petraite"]]),
    ("Chile's foreign minister, Ana Soto, and Peru's trade minister, Jorge Salas, announced a port deal following "
     "talks in Lima.\n", [["ana-soto", "jorge-salas"]]),
    ("President Kwame Asante and Prime Minister Ilse Berg issued a joint statement after their talks in Accra.\n",
     [["kwame-asante", "ilse-berg"]]),
    # talks still to come, or held by others: the subjects did not meet there
    ("Chilean President Ana Soto and Peruvian President Jorge Salas signed a water accord ahead of talks in Arica next "
     "week.\n", []),
    ("Chilean President Ana Soto and Peruvian President Jorge Salas welcomed the ceasefire after talks between the "
     "rebels and the army.\n", []),
    ("Chile's foreign minister, Ana Soto, and Peru's trade minister, Jorge Salas, who met in 2019, announced a port "
     "deal after talks between their deputies.\n", []),
])
def test_a_sentence_placed_after_talks_its_subjects_held(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a body set off after those met, then a verb of telling: the source of the report, never a party
    ("President Ana Soto has held a phone call with Japanese Prime Minister Kenji Morimoto, the Presidential "
     "Communications Office says.\n", [["ana-soto", "kenji-morimoto"]]),
    ("Health Minister Moses Okot held talks with WHO Director Maria Keller, the Ugandan health ministry announced.\n",
     [["moses-okot", "maria-keller"]]),
    ("Foreign Minister Lena Holm met Chinese Foreign Minister Zhou Wen in Oslo, the Norwegian Foreign Ministry said in "
     "a statement.\n", [["lena-holm", "zhou-wen"]]),
    # a body met, named in the list with no verb of telling after it: a party
    ("President Ana Soto held talks with Japanese Prime Minister Kenji Morimoto and the Asian Development Bank.\n",
     [["ana-soto", "kenji-morimoto", "asian-development-bank"]]),
    # a person set off after an opening phrase is its subject, not a source
    ("In a telephone call with the Minister of Energy, Peter Njoroge, the Ambassador of Japan, Keiko Arai, confirmed "
     "the grant.\n", [["keiko-arai", "peter-njoroge"]]),
])
def test_the_body_that_tells_of_a_meeting(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "his Ghanaian counterpart": the one person of that country named before with the other party's own title
    ("Peruvian Trade Minister Jorge Salas toured the port on Monday. On Tuesday, Chilean Trade Minister Ana Soto held "
     "talks with her Peruvian counterpart in Lima.\n", [["ana-soto", "jorge-salas"]]),
    ("Ghanaian Finance Minister Kofi Mensah spoke first. Nigerian Finance Minister Bola Ade later met his Ghanaian "
     "counterpart.\n", [["bola-ade", "kofi-mensah"]]),
    # none of that title named, or two: the country stays
    ("Ghanaian President Kwame Asante spoke first. Nigerian Finance Minister Bola Ade later met his Ghanaian "
     "counterpart.\n", [["bola-ade", "ghana"]]),
    ("Ghanaian Finance Minister Kofi Mensah and Ghanaian Finance Minister Ama Owusu spoke. Nigerian Finance Minister "
     "Bola Ade later met his Ghanaian counterpart.\n", [["bola-ade", "ghana"]]),
])
def test_a_counterpart_named_before(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # two named together who "spoke" over or during a meal: they met there
    ("French Minister Claire Moreau and Indonesian Minister Hadi Salim arrived. Moreau and Salim spoke over dinner.\n",
     [["claire-moreau", "hadi-salim"]]),
    ("Chancellor Werner Kohl and President Ana Ruiz spoke during a working lunch at the castle.\n",
     [["werner-kohl", "ana-ruiz"]]),
    ("Prime Minister Ilse Berg and President Tomas Novak spoke over coffee on Tuesday morning.\n",
     [["ilse-berg", "tomas-novak"]]),
    # each spoke to an assembly, or about a meal: no meeting
    ("Prime Minister Ilse Berg and President Tomas Novak spoke at the summit on Tuesday.\n", []),
    ("Prime Minister Ilse Berg and President Tomas Novak spoke about the dinner menu.\n", []),
])
def test_two_who_spoke_over_a_meal(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # everyone a list after "accompanied by" names came along, not the first alone
    ("President William Otieno, accompanied by Foreign Minister Grace Wanjiru and Energy Minister Peter Mwangi, met "
     "Toyota chairman Ichiro Yamada.\n", [["william-otieno", "ichiro-yamada", "grace-wanjiru", "peter-mwangi"]]),
    ("President William Otieno, accompanied by Foreign Minister Grace Wanjiru, Energy Minister Peter Mwangi and Trade "
     "Minister Ann Kamau, met Toyota chairman Ichiro Yamada.\n",
     [["william-otieno", "ichiro-yamada", "grace-wanjiru", "peter-mwangi", "ann-kamau"]]),
    # not to fire: the list ends where the verb of the meeting comes
    ("President William Otieno, accompanied by Foreign Minister Grace Wanjiru, met President Hiroshi Kato and Foreign "
     "Minister Aiko Sato.\n", [["william-otieno", "hiroshi-kato", "aiko-sato", "grace-wanjiru"]]),
])
def test_everyone_accompanying_a_party_takes_part(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a delegation of a country whose own person takes part is there through that person
    ("Prime Minister Ana Banda received Japanese Deputy Minister Taro Sato and the Japanese delegation on Monday.\n",
     [["ana-banda", "taro-sato"]]),
    # the country stays where no one of it is named
    ("Prime Minister Ana Banda received the Japanese delegation on Monday.\n", [["ana-banda", "japan"]]),
    # those in whose presence a meeting is held take part
    ("Prime Minister Ana Banda received Japanese Foreign Minister Taro Sato at State House, in the presence of "
     "Finance Minister Peter Phiri.\n", [["ana-banda", "taro-sato", "peter-phiri"]]),
    ("Prime Minister Ana Banda met Japanese Foreign Minister Taro Sato in talks also attended by Finance Minister "
     "Peter Phiri.\n", [["ana-banda", "taro-sato", "peter-phiri"]]),
])
def test_a_delegation_through_its_own_person_and_who_was_present(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # one set off "along with" the subject
    ("Prime Minister Ana Banda, along with Finance Minister Peter Phiri, met Japanese Foreign Minister Taro Sato on "
     "Monday.\n", [["ana-banda", "taro-sato", "peter-phiri"]]),
    # the sentence right after names those present
    ("Prime Minister Ana Banda met Japanese Foreign Minister Taro Sato on Monday. Also present was Finance Minister "
     "Peter Phiri.\n", [["ana-banda", "taro-sato", "peter-phiri"]]),
    ("Prime Minister Ana Banda met Japanese Foreign Minister Taro Sato on Monday. The meeting was also attended by "
     "Finance Minister Peter Phiri.\n", [["ana-banda", "taro-sato", "peter-phiri"]]),
    # one "in attendance" was at the meeting, not met at another
    ("Prime Minister Ana Banda met Japanese Foreign Minister Taro Sato on Monday, with Finance Minister Peter Phiri in "
     "attendance.\n", [["ana-banda", "taro-sato", "peter-phiri"]]),
    # still two meetings, each placed in its own time
    ("Prime Minister Ana Banda met Japanese Foreign Minister Taro Sato in the morning and Finance Minister Peter Phiri "
     "in the afternoon.\n", [["ana-banda", "taro-sato"], ["ana-banda", "peter-phiri"]]),
    # a sentence two after the meeting names those at another
    ("Prime Minister Ana Banda met Japanese Foreign Minister Taro Sato on Monday. Floods hit the south. Also present "
     "was Finance Minister Peter Phiri.\n", [["ana-banda", "taro-sato"]]),
])
def test_those_along_with_present_or_in_attendance(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings", "speakers"), [
    # a ministry's release calls its minister by the initials of the title
    ("External Affairs Minister S. Jaishankar arrived in Maputo on Monday. During the visit, EAM called on President "
     "Daniel Chapo.\n", [["s-jaishankar", "daniel-chapo"]], []),
    ('Foreign Minister Ana Banda arrived in Tokyo on Monday. "We are friends," FM said.\n', [], ["ana-banda"]),
    # not to fire: initials two titles share
    ('Foreign Minister Ana Banda and Finance Minister Peter Phiri arrived in Tokyo on Monday. "We are friends," FM '
     'said.\n', [], [None]),
])
def test_a_minister_called_by_the_initials_of_the_title(text: str, meetings: list[list[str]],
                                                         speakers: list[str | None]) -> None:
    draft = analyse(text, "s")
    assert [[p.party for p in m.participants] for m in draft.meetings] == meetings
    assert [q.speaker for q in draft.quotes] == speakers


@pytest.mark.parametrize(("text", "meetings"), [
    # "he" after a sentence whose subject the text does not name may be that subject: no one, for review
    ("Chad needs help. During the visit, the envoy called on President John Mahama and conveyed greetings. He also "
     "held talks with Foreign Minister Peter Phiri.\n", []),
    ("Chad needs help. The minister met President John Mahama on Monday. He also held talks with Foreign Minister "
     "Peter Phiri.\n", []),
    # not to fire: a subject named, or a description that fits the one named before
    ("Chad needs help. Prime Minister Ana Banda met President John Mahama on Monday. He also held talks with Foreign "
     "Minister Peter Phiri.\n", [["ana-banda", "john-mahama"], ["ana-banda", "peter-phiri"]]),
    ("Chad needs help. Prime Minister Ana Banda arrived in Accra. The prime minister met President John Mahama on "
     "Monday. She also held talks with Foreign Minister Peter Phiri.\n",
     [["ana-banda", "john-mahama"], ["ana-banda", "peter-phiri"]]),
])
def test_a_pronoun_after_a_subject_the_text_does_not_name(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # "was visited by": the one visited met the visitor
    ("Prime Minister Ana Banda was visited by Japanese Foreign Minister Taro Sato on Monday.\n",
     [["ana-banda", "taro-sato"]]),
    ("Prime Minister Ana Banda was visited at State House by Japanese Foreign Minister Taro Sato.\n",
     [["ana-banda", "taro-sato"]]),
    # not to fire: a place visited, or a visit of anything but people
    ("The flooded camp was visited by Japanese Foreign Minister Taro Sato on Monday.\n", []),
    ("Prime Minister Ana Banda was visited by floods and fire in her first year.\n", []),
])
def test_one_visited_by_another(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


_VISIT = ("Aid for Malawi\n\nLILONGWE, March 3 - Norway's Minister of International Development, Anne Lind, arrived for a "
          "visit.\n\n")


@pytest.mark.parametrize(("text", "meetings"), [
    # a verb of meeting joined by "and" to the first verb of a clause: that clause's subject met
    (_VISIT + "On Wednesday the minister travelled to Mzuzu, where she toured a clinic and met the provincial governor, "
     "Pio Matos.\n", [["anne-lind", "pio-matos"]]),
    (_VISIT + "On Wednesday Lind flew to Mzuzu, and she toured a clinic and met Governor Pio Matos.\n",
     [["anne-lind", "pio-matos"]]),
    # the subject of a clause reported by another is not the one who met the reporter
    (_VISIT + "Lind said Governor Pio Matos visited the clinic and met doctors.\n", []),
])
def test_a_meeting_joined_to_the_first_verb_of_a_clause(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a country named by its state's style is the country
    ("The ministry hosted the fourth round of talks between the Republic of Iraq and the Republic of Turkey on water.\n",
     [["iraq", "turkey"]]),
    ("The ministry hosted talks between the Kingdom of Morocco and the Islamic Republic of Mauritania on fishing.\n",
     [["morocco", "mauritania"]]),
    ("The ministry hosted talks between the governments of Iraq and Turkey on water.\n", [["iraq", "turkey"]]),
    # a body of a state is no style: the talks of its people are another thing
    ("The ministry hosted talks between the Bank of Ghana and the ministry's staff on loans.\n", []),
])
def test_talks_between_countries_named_by_their_state_s_style(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # a name with the body its holder is of, in a list of those met
    ("President Lazarus Banda met Grace Phiri of Oxfam and Hugh Riddell of the World Bank on Monday.\n",
     [["lazarus-banda", "grace-phiri", "hugh-riddell"]]),
    ("President Lazarus Banda met Kenji Sato, Japan's ambassador, and Rudolf Schwenk of UNICEF on Tuesday.\n",
     [["lazarus-banda", "kenji-sato", "rudolf-schwenk"]]),
    ("Grace Phiri of Oxfam met President Lazarus Banda on Monday.\n", [["grace-phiri", "lazarus-banda"]]),
    # not to fire: a firm named with its country stands for no one met
    ("President Lazarus Banda met Kenji Sato and Harland Kerr of Britain on Tuesday.\n", [["lazarus-banda", "kenji-sato"]]),
])
def test_one_met_named_with_the_body_they_are_of(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    ("President Lazarus Banda and his deputy Saulos Phiri met Japan's ambassador Kenji Sato on Tuesday.\n",
     [["lazarus-banda", "saulos-phiri", "kenji-sato"]]),
    ("President Lazarus Banda and his deputy, Saulos Phiri, met Japan's ambassador Kenji Sato on Tuesday.\n",
     [["lazarus-banda", "saulos-phiri", "kenji-sato"]]),
    # not to fire: one of theirs who is no deputy, unnamed or named, is not read as meeting with them
    ("Foreign Minister Nancy Tembo and her team met Japan's ambassador Kenji Sato on Tuesday.\n",
     [["nancy-tembo", "kenji-sato"]]),
])
def test_one_who_met_with_their_deputy(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    ("President Lazarus Banda met the Japanese ambassador on Monday. Japan's ambassador, Kenji Sato, said Japan "
     "would help.\n", [["lazarus-banda", "kenji-sato"]]),
    ("President Lazarus Banda met Japan's ambassador on Monday. Kenji Sato, the Japanese ambassador, said Japan "
     "would help.\n", [["lazarus-banda", "kenji-sato"]]),
    # not to fire: a title that only shares its last noun, and two who hold the title
    ("President Lazarus Banda met the Japanese prime minister on Monday. Japanese Foreign Minister Kenji Sato said "
     "Japan would help.\n", [["lazarus-banda", "japan"]]),
    ("President Lazarus Banda met the Japanese ambassador on Monday. Japan's ambassador, Kenji Sato, and Japan's "
     "deputy ambassador, Aiko Mori, said Japan would help.\n", [["lazarus-banda", "japan"]]),
    # a body's official, by its possessive: the one of the body whose title holds the same words
    ("President Lazarus Banda met the World Bank's country director on Monday. The World Bank's country director, "
     "Hugh Riddell, said the bank would help.\n", [["lazarus-banda", "hugh-riddell"]]),
    ("President Lazarus Banda met UNICEF's executive director on Monday. Catherine Russell, UNICEF's executive "
     "director, said UNICEF would help.\n", [["lazarus-banda", "catherine-russell"]]),
    # not to fire: a body's director the text names nobody as, like one that met (see the test of a title alone)
    ("President Lazarus Banda met UNICEF's executive director on Monday.\n", []),
    # not to fire: one of the body with another title
    ("President Lazarus Banda met the World Bank's country director on Monday. The World Bank's regional director, "
     "Hugh Riddell, said the bank would help.\n", [["lazarus-banda", "world-bank"]]),
])
def test_a_country_s_official_met_unnamed_is_the_one_of_that_title_named_after(
        text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    ("President Lazarus Banda met Kenji Sato, Rudolf Schwenk and Hugh Riddell on Tuesday.\n",
     [["lazarus-banda", "kenji-sato", "rudolf-schwenk", "hugh-riddell"]]),
    ("President Lazarus Banda met Grace Phiri of Oxfam, Rudolf Schwenk and Hugh Riddell on Monday.\n",
     [["lazarus-banda", "grace-phiri", "rudolf-schwenk", "hugh-riddell"]]),
    # not to fire: a body's name in the list is no one met
    ("President Lazarus Banda met Kenji Sato, Tokyo Electric Power and Hugh Riddell on Tuesday.\n",
     [["lazarus-banda", "kenji-sato"]]),
])
def test_three_met_named_without_titles(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(("text", "meetings"), [
    # one named with an official of their own by "his" or "her": a person, and the official met with them
    ("Talks opened. Nancy Tembo and her deputy Mary Phiri met Japanese Foreign Minister Kenji Sato on Tuesday.\n",
     [["nancy-tembo", "mary-phiri", "kenji-sato"]]),
    ("Talks opened. Malawian Foreign Minister Nancy Tembo and her Zambian counterpart Stanley Kakubo met Japanese "
     "Foreign Minister Kenji Sato on Tuesday.\n",
     [["nancy-tembo", "stanley-kakubo", "kenji-sato"]]),
    ("Talks opened. Japanese Foreign Minister Kenji Sato met Nancy Tembo and her counterpart Stanley Kakubo.\n",
     [["kenji-sato", "nancy-tembo", "stanley-kakubo"]]),
    # one more who joined, in the sentence after: by a pronoun, or at the talks
    ("Talks opened. Japanese Foreign Minister Kenji Sato met Malawian Foreign Minister Nancy Tembo on Tuesday. He was "
     "joined by the Japanese ambassador, Hiro Ito.\n",
     [["kenji-sato", "nancy-tembo", "hiro-ito"]]),
    ("Talks opened. Japanese Foreign Minister Kenji Sato met Malawian Foreign Minister Nancy Tembo. Sato was joined at "
     "the talks by Japan's ambassador, Hiro Ito.\n",
     [["kenji-sato", "nancy-tembo", "hiro-ito"]]),
    # a delegation from a body, headed by one of its officials: the one who headed it
    ("Talks opened. Malawian Foreign Minister Nancy Tembo held talks with a delegation from the World Bank headed by "
     "its vice-president, Anna Bjerde.\n",
     [["nancy-tembo", "anna-bjerde"]]),
    # not to fire: joined somewhere else, by one who is named as elsewhere
    ("Talks opened. Japanese Foreign Minister Kenji Sato met Malawian Foreign Minister Nancy Tembo. He was joined by "
     "his wife on a visit to a school run by Mary Phiri.\n",
     [["kenji-sato", "nancy-tembo"]]),
])
def test_officials_of_their_own_and_one_who_joined_after(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings
