"""`factsheet draft`: the place of the article's event on invented ledes and datelines of many genres (wire copy, a
release, a readout, a live blog, a feature, a roundup, a call, a visit), each with the cases that must give no place
or another one: the gathering's venue, not a wire office's dateline, a place aid goes to or a visitor's home."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _place(text: str) -> str | None:
    event = analyse(text, "s").event
    return event.location if event else None


@pytest.mark.parametrize(("text", "place"), [
    ("Donors met in Ethiopia on Monday to raise money for drought relief. At the conference in Addis Ababa, the UK "
     "pledged £50 million.\n", "Addis Ababa"),
    ("Leaders gathered in Senegal for talks on the Sahel. The summit in Dakar opened with a minute of silence.\n",
     "Dakar"),
    ("Foreign ministers met in Peru on Tuesday. They met at a ministerial in Lima, the host said, to agree a fund.\n",
     "Lima"),
])
def test_a_gathering_told_twice_by_its_country_then_by_its_city_is_at_the_city(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_gathering_told_only_by_its_country_stays_at_the_country() -> None:
    text = "Donors met in Ethiopia on Monday to raise money for drought relief. They met again in Ethiopia later.\n"
    assert _place(text) == "Ethiopia"


@pytest.mark.parametrize(("text", "place"), [
    ("LIVE: Reconstruction conference in Port Louis - as it happened\n\nDonors and leaders met in Mauritius to raise "
     "money for rebuilding after the cyclone.\n", "Port Louis"),
    ("Cyclone recovery summit in Antananarivo: what was pledged\n\nLeaders met in Madagascar on Friday and pledged "
     "$300 million for rebuilding.\n", "Antananarivo"),
    ("Donors' conference in Kandy ends with $90m pledged\n\nDonors met in Sri Lanka on Thursday to rebuild after the "
     "floods.\n", "Kandy"),
])
def test_a_headline_gives_the_city_of_a_gathering_the_lede_tells_by_its_country(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("After Nairobi summit, donors meet in Ethiopia\n\nDonors met in Ethiopia on Monday to raise money for the "
     "drought.\n", "Ethiopia"),
    ("Summit in Nairobi sets tone as donors meet in Ethiopia\n\nDonors met in Ethiopia on Monday to raise money for "
     "the drought.\n", "Ethiopia"),
])
def test_a_headline_s_gathering_past_or_in_another_country_s_capital_leaves_the_country(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("Six months after the floods, new clinics open in Swat\n\nA delegation of donors on a two-day visit to Swat "
     "district on Tuesday inspected a new clinic. The clinics in Swat were built with Japanese money.\n", "Swat"),
    ("Rebuilding in Kasese\n\nThe health minister made a visit to Kasese district on Friday, where the river burst its "
     "banks. Roads in Kasese are still cut.\n", "Kasese"),
])
def test_a_region_the_article_mostly_names_alone_is_named_alone(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("Minister visits Kherson region\n\nThe agriculture minister on Tuesday made a working visit to Kherson region, "
     "where mines cover farmland. Officials in Kherson region said 40,000 hectares were cleared.\n", "Kherson region"),
    ("The governor made a visit to Kasese district on Friday.\n", "Kasese district"),
])
def test_a_region_the_article_names_with_its_kind_keeps_its_kind(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("DAKAR, Jan 14 (Reuters) - West African heads of state gathered in Abuja on Saturday for an extraordinary summit "
     "on the crisis in Niger.\n", "Abuja"),
    ("Heads of state and government met in Malabo on Sunday for the mid-year coordination summit.\n", "Malabo"),
    ("Presidents of the five Central Asian states met in Astana on Friday to discuss water sharing.\n", "Astana"),
    ("Envoys from the region convened in Djibouti on Thursday to press for a ceasefire in Somalia.\n", "Djibouti"),
])
def test_heads_of_state_presidents_or_envoys_who_gather_in_a_city(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Heads of state will meet in Malabo next month to discuss the crisis.\n",
    "KAMPALA - Presidents of the region last met in Arusha, and little has changed since, the minister said.\n",
])
def test_heads_of_state_who_will_meet_or_met_before_name_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize("text", [
    "A donors' conference in Amman planned for next month has been postponed, the UN said on Tuesday.\n",
    "The summit in Lima, due to open on Monday, has been postponed indefinitely.\n",
    "Talks in Geneva scheduled for this week were called off after the ceasefire collapsed.\n",
    "The conference in Accra, originally set for March, was cancelled on Friday.\n",
])
def test_a_gathering_a_later_clause_calls_off_or_plans_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The conference in Accra, postponed twice since March, opened on Monday with 40 delegations.\n", "Accra"),
    ("Talks in Geneva resumed on Monday after they were postponed last week.\n", "Geneva"),
])
def test_a_gathering_held_after_an_earlier_delay_is_the_event(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("The Dutch king visited a children's hospital in Kharkiv on Tuesday.\n", "Kharkiv"),
    ("Commissioner Lind visited a water plant in Mopti on Saturday and promised more money.\n", "Mopti"),
    ("The Japanese minister visited flood-hit villages in Sindh province on Sunday.\n", "Sindh province"),
    ("The German defence minister visited a training ground in the Lviv region on Friday.\n", "Lviv region"),
    ("The minister toured schools built with Danish money in Mwanza on Tuesday.\n", "Mwanza"),
])
def test_a_visit_the_opening_tells_by_the_site_then_its_town(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "The envoy visited a camp for people who fled fighting in Darfur.\n",
    "The minister visited a factory that makes drones in Lviv.\n",
    "Thousands of pilgrims visited the shrine in Karbala on Friday.\n",
    "Residents toured the ruins of the market in Aleppo.\n",
    "The president visited areas affected by the floods in Kenya's north.\n",
])
def test_a_site_visited_by_crowds_or_told_by_a_clause_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize("text", [
    "Ahead of Thursday's conference in Paris, France urged donors to be generous.\n",
    "In the run-up to Friday's summit in Lomé, Togo sought pledges.\n",
    "On the eve of a donors' conference in Paris, France urged donors to be generous.\n",
    "On the eve of the summit in Accra, Ghana's president called for unity.\n",
])
def test_a_gathering_still_to_come_named_by_its_day_or_its_eve_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Thursday's conference in Paris raised $500 million for Lebanon's army.\n", "Paris"),
    ("Monday's summit in Accra ended with a call for unity.\n", "Accra"),
    ("This year's forum in Bergen drew 40 delegations.\n", "Bergen"),
])
def test_a_gathering_the_day_owns_with_its_place_is_the_event(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "The ambulances sent by Japan arrived in Kyiv on Tuesday.\n",
    "Forty tonnes of flour landed in Aden on Monday.\n",
    "Twelve trucks carrying tents arrived in Gaziantep overnight.\n",
    "The first 500 tents arrived in Herat on Sunday, the Red Crescent said.\n",
    "Two German Patriot air-defence systems arrived in Kyiv on Monday, the ministry said.\n",
    "The first Patriot missiles arrived in Kyiv on Monday.\n",
])
def test_vehicles_tents_or_tonnes_that_arrive_make_no_visit(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The minister, whose convoy of trucks was stopped at the border, arrived in Juba on Monday.\n", "Juba"),
    ("The UN aid chief, who travelled with a convoy of trucks, arrived in Goma on Monday.\n", "Goma"),
])
def test_a_visitor_whose_clause_names_goods_still_arrives(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "The Kenyan cabinet met in Nairobi on Tuesday and approved a drought levy.\n",
    "Parliament met in an emergency session in Port Moresby on Friday to approve the budget.\n",
    "The Senate met in Manila on Monday.\n",
    "The cabinet of Kenya met in Nairobi.\n",
])
def test_a_government_s_own_body_meeting_at_home_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The SADC Council of Ministers met in Gaborone on Friday.\n", "Gaborone"),
    ("The National Assembly speaker met the visiting delegation in Luanda.\n", "Luanda"),
    ("After the cabinet meeting, the prime minister met the EU envoy in Nairobi on Tuesday.\n", "Nairobi"),
])
def test_a_bloc_s_council_or_a_person_of_a_home_body_still_meets(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("Spain's foreign minister began a two-day visit to Senegal on Monday, meeting President Faye in Dakar.\n", "Dakar"),
    ("The minister arrived in Ghana on Sunday and held talks with the president in Accra.\n", "Accra"),
    ("The Irish president is on a state visit to Zambia, where he met President Banda in Lusaka on Monday.\n", "Lusaka"),
    ("The commissioner arrived in Mauritania on Tuesday. In Nouakchott she signed a migration deal.\n", "Nouakchott"),
])
def test_a_visit_told_by_its_country_then_the_city_the_visitor_met_in(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("The president began a visit to Kenya on Monday, meeting refugees from Somalia in Dadaab.\n", "Kenya"),
    ("The minister arrived in Ghana on Sunday and signed a deal to build a port in Takoradi.\n", "Ghana"),
    ("The minister began a visit to Ghana on Sunday, meeting her Kenyan counterpart who had flown in from Nairobi.\n",
     "Ghana"),
    ("In Tigray fighting continues. The minister began a visit to Ethiopia on Monday.\n", "Ethiopia"),
])
def test_a_visit_told_by_its_country_keeps_it_where_no_meeting_gives_the_city(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("Donors at a conference on the crisis in Yemen, held in Riyadh, pledged $1 billion.\n", "Riyadh"),
    ("A summit on the war in Sudan, hosted by France in Paris, raised $2 billion on Monday.\n", "Paris"),
    ("Talks on the future of Kosovo, which were held in Brussels on Tuesday, ended without a deal.\n", "Brussels"),
])
def test_a_gathering_about_a_place_held_in_another_set_off_by_commas(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_gathering_about_a_crisis_in_a_place_with_no_place_of_its_own_names_no_event() -> None:
    assert _place("Ministers met on Tuesday to discuss the floods in Libya.\n") is None


@pytest.mark.parametrize("text", [
    "WARSAW - Poland's prime minister, back from talks in Berlin, said on Friday that the deal was close.\n",
    "NAIROBI - Kenya's president returned home on Sunday from a summit in Addis Ababa.\n",
    "The minister, fresh from a conference in Geneva, told parliament the money would come.\n",
    "Returning from talks in Doha, the envoy said a deal was near.\n",
])
def test_a_gathering_someone_came_back_from_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Back in the hall on Monday, delegates at the conference in Geneva voted on the fund.\n", "Geneva"),
    ("NAIROBI - Kenya's president arrived home from Addis Ababa on Sunday. Leaders at the summit in Kampala "
     "agreed a force.\n", "Kampala"),
])
def test_a_gathering_no_one_came_back_from_keeps_its_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Officials said the conference in Brussels, to be held on 17 March, would seek $10 billion.\n",
    "The talks in Geneva, to resume on Monday, will focus on prisoners.\n",
    "A summit in Lomé, to open on Friday, is to discuss the Sahel.\n",
])
def test_a_gathering_set_off_as_one_to_be_held_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("OSLO - Norway went into Tuesday's donors' meeting hoping for more.\n", "Oslo"),
    ("APIA - Pacific leaders opened a two-day meeting on Monday with a call for climate money.\n", "Apia"),
    ("RAMSTEIN AIR BASE, Germany, Sept 6 (Reuters) - Ukraine's allies on Friday pledged more air defence at a meeting of "
     "the Ukraine Defense Contact Group.\n", "Ramstein Air Base"),
])
def test_a_gathering_without_a_place_is_at_the_dateline_s(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "NAIROBI - Kenya's president returned home on Sunday from a summit in Addis Ababa.\n",
    "ACCRA - Ghana's foreign minister briefed reporters on a meeting in Abuja, where the bloc's leaders met.\n",
    "ACCRA - Ghana's foreign minister returned on Sunday from a meeting of the Sahel Coalition in Niamey.\n",
])
def test_a_gathering_with_a_place_of_its_own_is_not_at_the_dateline_s(text: str) -> None:
    assert _place(text) != text[:text.index(" ")].title()


@pytest.mark.parametrize(("text", "place"), [
    ("NAIROBI, March 3 (Reuters) - East African ministers meeting here on Monday agreed to pool funds for drought "
     "relief.\n", "Nairobi"),
    ("ADDIS ABABA - African Union leaders gathered here on Sunday for their annual summit.\n", "Addis Ababa"),
    ("LUSAKA - Foreign ministers met here on Thursday to prepare the summit.\n", "Lusaka"),
])
def test_those_who_gather_here_in_a_wire_report_are_at_the_dateline_s_city(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "NAIROBI - The minister said here on Monday that aid was coming.\n",
    "KAMPALA - Refugees gathered here on Monday to protest ration cuts.\n",
    "Ministers met here on Monday to prepare the summit.\n",
])
def test_here_after_a_speaker_a_crowd_or_with_no_dateline_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Chile and Argentina agreed to share firefighting aircraft after talks in Santiago.\n", "Talks in Santiago"),
    ("Chile and Argentina agreed to share firefighting aircraft following talks in Santiago.\n", "Talks in Santiago"),
    ("Chile and Argentina held talks in Santiago on Friday.\n", "Talks in Santiago"),
    # not to fire: talks a span of time before, or of another time
    ("Chile and Argentina agreed to share firefighting aircraft two days after talks in Santiago.\n", None),
    ("Chile got firefighting aircraft after talks in Santiago last month.\n", None),
])
def test_talks_the_news_comes_after_are_the_event_by_their_own_name(text: str, name: str | None) -> None:
    event = analyse(text, "s").event
    assert (event.name if event else None) == name


@pytest.mark.parametrize(("text", "place"), [
    ("CAPRI, Italy, April 18 - Foreign ministers of the Group of Seven met on Thursday and pledged more air defence "
     "for Ukraine.\n", "Capri"),
    ("ACCRA - West African leaders gathered on Sunday, days after the coup in Niger.\n", "Accra"),
    # not to fire: where the sentence says where, and where it is no gathering of a kind the draft knows
    ("WASHINGTON, April 3 - NATO foreign ministers met on Thursday in Brussels and pledged more air defence.\n",
     "Brussels"),
    ("KAMPALA - Relief workers gathered on Thursday to hand out food.\n", None),
])
def test_a_gathering_the_opening_places_nowhere_is_at_the_dateline_s_city(text: str, place: str | None) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("Ministers from 20 countries converged on Bangkok on Wednesday for talks on the Myanmar crisis.\n", "Bangkok"),
    ("Hundreds of delegates descended on Bonn this week for the climate talks.\n", "Bonn"),
    ("Donors met for two days in Geneva to discuss the appeal.\n", "Geneva"),
    ("Envoys met behind closed doors in Doha on Tuesday.\n", "Doha"),
])
def test_those_who_converge_on_a_city_or_meet_there_for_days_gather_there(text: str, place: str) -> None:
    assert _place(text) == place


def test_police_who_descend_on_a_city_gather_for_no_event() -> None:
    assert _place("MOMBASA - Police descended on Mombasa port on Monday.\n") is None


@pytest.mark.parametrize(("text", "place"), [
    ("A two-day donors' roundtable opened in Maputo on Tuesday.\n", "Maputo"),
    ("Donors at a high-level roundtable in Nairobi pledged $300 million on Monday.\n", "Nairobi"),
    ("The Swedish minister wrapped up a three-day tour of Moldova on Friday.\n", "Moldova"),
    ("The envoy is on a five-day tour of Cameroon, her office said.\n", "Cameroon"),
])
def test_a_roundtable_of_donors_or_a_tour_of_some_days(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_tour_of_a_site_names_no_event() -> None:
    assert _place("The minister took a tour of the new clinic on Monday.\n") is None


@pytest.mark.parametrize(("text", "place"), [
    ("The commissioner was in Tbilisi on Monday, where she signed a €50 million grant.\n", "Tbilisi"),
    ("The prime minister was in Warsaw on Monday to sign a defence deal.\n", "Warsaw"),
    ("Foreign Minister Ana Lind is in Dakar this week to meet the president.\n", "Dakar"),
])
def test_someone_with_a_title_in_a_city_to_do_what_a_visit_does(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "His family was in Kyiv to meet him.\n",
    "The minister was in Warsaw last week to sign a deal, and on Monday she announced aid.\n",
])
def test_someone_without_a_title_or_in_a_city_before_the_news_makes_no_visit(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Kigali hosted a two-day summit of East African leaders that ended on Friday.\n", "Kigali"),
    ("Nadi is hosting the annual forum. Delegates arrived in Nadi on Sunday.\n", "Nadi"),
    ("Lisbon hosted the talks, which ended on Tuesday.\n", "Lisbon"),
])
def test_a_city_that_opens_a_sentence_as_host_of_a_gathering(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Kigali will host a summit next year.\n",
    "Japan hosted a donors conference on Monday.\n",
    "Halvorsen hosted the talks on Tuesday.\n",
])
def test_a_city_to_host_a_country_or_a_person_as_host_names_no_city(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Ukraine war live: Zelensky in Washington for talks with Congress\n\n08:10 - Welcome to our live coverage.\n\n"
     "08:25 - The president landed at Andrews Air Base overnight.\n", "Washington"),
    ("Lind in Dakar for talks with Faye\n\nThe commissioner met the president on Monday.\n", "Dakar"),
    ("Ministers in Suva for Forum meeting\n\nSUVA - Pacific ministers opened talks on Monday.\n", "Suva"),
])
def test_a_headline_that_puts_someone_in_a_city_for_a_gathering_now(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Ukraine war live: Zelensky in Washington for talks next week\n\n08:10 - Welcome.\n",
    "Ministers in Suva for Forum meeting\n\nKYIV - The minister said aid was coming.\n",
    "Blinken in Kenya for talks\n\nThe secretary arrived on Monday.\n",
])
def test_a_headline_s_someone_in_a_city_to_come_under_another_dateline_or_in_a_country_names_no_city(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The meeting, held in Amman, drew ministers from 30 countries and ended with a pledge of $1 billion.\n", "Amman"),
    ("The three-day meeting, held on Tuesday at the Serena hotel in Kigali, closed with a communique.\n", "Kigali"),
    ("The ministers' meeting, which was held in Windhoek, agreed a fund for drought relief.\n", "Windhoek"),
])
def test_a_meeting_placed_by_held_is_a_gathering(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "The next meeting, held in Oslo every spring, will take up the fund.\n",
    "She had a quiet word with the mayor after the meeting.\n",
])
def test_a_meeting_held_as_a_habit_or_without_a_place_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("In Yaoundé on Monday, the minister signed a loan agreement with the World Bank.\n", "Yaoundé"),
    ("In Asunción on Friday, Foreign Minister Lena Ortiz met President Peña and signed a trade accord.\n", "Asunción"),
    ("In Dodoma on Tuesday, the Irish development minister opened a clinic built with Irish money.\n", "Dodoma"),
])
def test_an_opening_that_sets_a_titled_visitor_s_scene_by_the_city(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "In Kampala, the minister said floods had killed 40 people.\n",
    "In Kenya, the minister signed a loan agreement.\n",
    "In Gulu, refugees opened a school with money from the parish.\n",
])
def test_a_scene_of_words_a_country_or_people_without_a_title_makes_no_visit(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Welcoming leaders to Kigali, President Mbeki said the region had to act on the floods.\n", "Kigali"),
    ("The prime minister welcomed Pacific fisheries ministers to Apia on Monday.\n", "Apia"),
    ("Ghana's president welcomed President Faye to Accra on Thursday.\n", "Accra"),
])
def test_a_host_who_welcomes_guests_to_a_city_tells_the_gathering_there(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "The minister welcomed the decision to send troops to Haiti.\n",
    "The government welcomed refugees to Uganda in 2019.\n",
])
def test_what_is_welcomed_or_people_given_shelter_make_no_gathering(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The foreign minister left Berlin for Nairobi on Sunday for talks on Somalia.\n", "Nairobi"),
    ("The premier departs Canberra for Port Moresby today.\n", "Port Moresby"),
    ("Commissioner Lind left Brussels on Monday for Chisinau, where she will sign a grant.\n", "Chisinau"),
])
def test_a_visitor_who_leaves_home_for_a_city_visits_the_city(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Families left Goma for Bukavu on Sunday as the fighting drew closer.\n",
    "The trucks left Mombasa for Kampala on Friday.\n",
])
def test_people_or_goods_that_leave_one_city_for_another_make_no_visit(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The patrol boats were handed over at the naval base in Cebu by the Japanese ambassador on Monday.\n", "Cebu"),
    ("The ambulances were handed over in Lilongwe on Friday by the Korean ambassador.\n", "Lilongwe"),
    ("The equipment was handed over at the army's logistics command in Bamako by the envoy.\n", "Bamako"),
])
def test_a_handover_told_with_its_place_is_the_event(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Aid was handed over to families in Gaza on Monday.\n",
    ("The minister today signed a grant agreement with Germany for water networks.\n\nThe grant was signed at the "
     "Ministry's headquarters in Tunis by the minister and the German ambassador.\n"),
])
def test_aid_handed_to_people_or_a_signing_at_a_ministry_makes_no_handover_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Baku, 3 June - The Ministry of Energy hosted on Monday the fourth round of talks between Azerbaijan and Georgia "
     "on power trade.\n", "Baku"),
    ("TBILISI, 4 June - The third round of talks on the border opened on Tuesday with both delegations present.\n",
     "Tbilisi"),
    ("Phnom Penh, 14 May - The Minister of Health hosted the second round of talks with Thailand on malaria.\n",
     "Phnom Penh"),
])
def test_talks_counted_by_their_round_are_at_the_dateline_s_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "HANOI (Reuters) - Vietnam hopes for a new round of talks with Laos.\n",
    "HANOI (Reuters) - The next round of talks with Laos will open in the spring.\n",
])
def test_a_round_of_talks_hoped_for_or_to_come_names_no_event(text: str) -> None:
    assert _place(text) is None


LEDES = [
    # a feature that opens on a person and tells the visit late in its lede
    ("Marta Ilunga has walked the same road to the well for thirty years.\n\nOn Tuesday she watched the Belgian "
     "development minister, Koen Vermeulen, open a pumping station in Kananga, on the first day of a three-day visit "
     "to Kasai.\n", "Kasai"),
    ("Aigerim Bekova was twelve when the Aral Sea left her village.\n\nNow she runs a nursery for saxaul trees, and on "
     "Thursday she showed it to the Japanese ambassador.\n", None),
    ("For Tomás Ferreira, a fisherman in Beira, the cyclone took the boat and the house.\n\nWhat it left him was a "
     "debt he cannot pay, and a town waiting for help that comes slowly.\n", None),
    # a Q&A, an interview
    ("Q&A: Kenya's energy minister on geothermal and debt\n\nQ: Minister, how much will the new plant cost?\n\nA: "
     "About 400 million dollars, and most of it is a loan.\n", None),
    ("INTERVIEW: 'We need engineers, not speeches', says Malawi's water chief\n\nLilongwe's water board chief spoke to "
     "us about the cholera season and what donors promised.\n", None),
    ("In an interview with this newspaper, the Ghanaian finance minister said debt talks would take months.\n", None),
    # an analysis, an opinion
    ("ANALYSIS: Why the Sahel's juntas keep turning to Moscow\n\nFor a decade, Western governments have poured money "
     "into the Sahel. The returns, measured in security, have been poor.\n", None),
    ("Analysis: The quiet collapse of aid to Haiti\n\nPledges have shrunk each year since 2021, and the money that "
     "does arrive goes to fewer agencies.\n", None),
    ("Opinion: Donors must not forget Yemen\n\nThe conference in Riyadh last year raised less than half of what was "
     "needed.\n", None),
    # an appeal, an announcement
    ("GENEVA - The United Nations appealed on Tuesday for $400 million to help 2 million people hit by floods in "
     "Mozambique.\n", None),
    ("The Red Cross launched an emergency appeal on Friday for 12 million Swiss francs to help families in Tigray.\n",
     None),
    ("The European Commission announced 50 million euros in humanitarian aid for Sudan on Monday.\n", None),
    # a delivery
    ("A convoy of 40 trucks reached Beira on Monday with food for 60,000 people cut off by the floods.\n", None),
    ("The first shipment of Japanese generators arrived in Odesa on Sunday, the city's mayor said.\n", None),
    ("Tents and water tanks sent by Qatar were unloaded at the port of Latakia on Wednesday.\n", None),
    # a deal signed by video link
    ("The foreign ministers of Chile and Peru signed a water-sharing accord by video link on Thursday.\n", None),
    ("Japan and Mongolia signed a $50 million loan agreement in a virtual ceremony on Monday, the ministry said.\n",
     None),
    # a summit told only in the second paragraph
    ("Floods have cut the main road north of Maputo for a third week.\n\nAt a summit in Gaborone on Saturday, Southern "
     "African leaders agreed to send engineers and pledged $80 million for the repairs.\n", "Gaborone"),
    ("Prices of maize have doubled in a year across East Africa.\n\nMinisters meeting in Kampala on Tuesday agreed to "
     "lift export bans on grain.\n", "Kampala"),
    # two gatherings, the second told as before the news
    ("DAKAR - West African leaders met in Abuja on Sunday, a week after foreign ministers gathered in Accra to prepare "
     "the summit.\n", "Abuja"),
    ("Donors at a conference in Brussels on Monday pledged 2 billion euros, less than at last year's conference in "
     "Geneva.\n", "Brussels"),
    # a gathering whose place is only in the headline
    ("Pacific leaders gather in Nuku'alofa\n\nLeaders of 18 Pacific nations opened their annual forum on Monday with "
     "talks on sea-level rise.\n", "Nuku'alofa"),
    ("Fisheries ministers meet in Honiara as tuna stocks fall\n\nMinisters agreed on Tuesday to cut the catch of "
     "bigeye tuna by a tenth.\n", "Honiara"),
    # a release whose letterhead names a ministry and whose dateline names a city
    ("MINISTRY OF FOREIGN AFFAIRS\nRepublic of Zambia\nPRESS RELEASE\n\nLusaka, 12 March 2025 - The Minister of "
     "Foreign Affairs today received the Ambassador of Finland, who presented a grant of 5 million euros for rural "
     "schools.\n", None),
    ("MINISTRY OF HEALTH - KINGDOM OF CAMBODIA\n\nPhnom Penh, 4 April - The Minister of Health hosted the second "
     "round of talks with Thailand on malaria control.\n", "Phnom Penh"),
    # a live blog whose first entry is not the event
    ("Sudan war live: fighting in El Fasher; donors meet in London\n\n09:10 Shelling in El Fasher killed at least 12 "
     "people overnight, local medics said.\n\n10:30 Donors have gathered in London for a conference on Sudan, where "
     "Britain pledged 120 million pounds.\n", "London"),
    # visits and gatherings in other words
    ("The Norwegian foreign minister is in Juba this week for talks with President Kiir.\n", "Juba"),
    ("Commonwealth foreign ministers met in Kigali on Friday to prepare the heads of government meeting.\n", "Kigali"),
    ("BUDAPEST - Central European presidents gathered in Budapest on Thursday for their annual summit.\n", "Budapest"),
    # no gathering now
    ("Leaders will meet in Luanda next month to discuss the crisis in eastern Congo.\n", None),
    ("The minister last visited Kabul in 2019.\n", None),
    ("The ambassador said the embassy in Nairobi would remain open.\n", None),
    ("Farmers met in Eldoret on Monday to protest the price of fertiliser.\n", None),
]


@pytest.mark.parametrize(("text", "place"), LEDES)
def test_ledes_of_many_genres_give_the_place_of_their_one_event_or_none(text: str, place: str | None) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "The loan was signed in Dushanbe by Finance Minister Rustam Nazarov and the World Bank's country manager, Ana Lind.\n",
    ("The grant agreement, signed in Vientiane on Monday by the deputy minister and the ADB country director, will fund "
     "roads.\n"),
    "The minister signed the agreement in Lomé with the UNDP resident representative, Ana Lind, on Tuesday.\n",
])
def test_a_signing_with_a_lender_s_or_an_agency_s_resident_officer_is_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The deal was signed in Nairobi by the Kenyan agriculture secretary and Ukraine's farm minister, who is on a "
     "three-day visit.\n", "Nairobi"),
    ("The loan was signed at a ceremony in Suva by the finance minister and the Bank's Director General for the "
     "Pacific.\n", "Suva"),
])
def test_a_signing_with_a_visiting_minister_or_a_bank_s_head_keeps_its_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    ("Cyclone Ida live: death toll rises as Indian aid ship docks in Beira\n\nThe Indian foreign minister, who flew into "
     "Beira this afternoon, met the governor.\n"),
    ("Kenya floods: live updates\n\nThe Danish development minister arrived in Garissa on Tuesday and met families "
     "who lost their homes.\n"),
    "Earthquake in Van - as it happened\n\nThe prime minister flew to Van on Monday and visited a field hospital.\n",
    ("Drought in Tigray live: UN warns of famine\n\nKey points\n- Aid chief meets governor in Mekelle\n\n10:15\nThe UN "
     "aid chief arrived in Mekelle on Monday.\n"),
])
def test_a_live_blog_of_a_disaster_whose_title_names_no_gathering_names_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize("text", [
    "LIVE: Donors gather in Kigali for Congo appeal\n\nDonors pledged $300 million on Monday.\n",
    ("Ukraine war live: Dutch prime minister visits Kharkiv\n\nThe Dutch prime minister arrived in Kharkiv on Monday "
     "and met the mayor.\n"),
    ("Families live in tents as winter nears\n\nThe Danish development minister arrived in Garissa on Tuesday and met "
     "families who lost their homes.\n"),
], ids=["gather", "visits", "not-a-blog"])
def test_a_live_blog_whose_title_names_a_gathering_or_a_visit_keeps_it(text: str) -> None:
    assert _place(text) is not None


@pytest.mark.parametrize(("text", "place"), [
    ("Chair's summary: Pacific Fisheries Ministerial, Honiara, 3-4 May\n\n1. Ministers took part in the meeting in "
     "Honiara on 3 and 4 May.\n", "Honiara"),
    ("Joint communiqué: Central Asia Water Summit, Dushanbe\n\n1. The heads of state adopted the following.\n",
     "Dushanbe"),
    ("Readout: Third round of talks on the border, Tbilisi, 12 June\n\nThe delegations reviewed the border line.\n",
     "Tbilisi"),
])
def test_a_readout_s_title_names_the_gathering_then_its_city_after_a_comma(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Ukraine Recovery Conference, day two\n\nDelegates discussed housing.\n",
    "Summit on water, Friday\n\nDelegates discussed housing.\n",
    "Donors' conference, Ethiopia\n\nDonors pledged money.\n",
    "Preparations for the summit, Lima\n\nOfficials in Lima prepared.\n",
])
def test_a_title_s_gathering_with_a_day_a_country_or_one_to_come_after_the_comma_gives_no_city(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("NAIROBI, 4 May — Kenya's Cabinet Secretary for the Treasury and Norwegian Development Minister Ola Berg on Monday "
     "signed a grant for schools.\n", "Nairobi"),
    ("ACCRA (Reuters) - Visiting Togolese President Faure Gnassingbe and Ghana's president held talks on Monday on "
     "border security.\n", "Accra"),
    ("DODOMA, 2 June - Irish Foreign Minister Ciara Walsh and her Tanzanian counterpart signed a grant for schools "
     "today.\n", "Dodoma"),
])
def test_a_visitor_from_another_country_who_signs_or_talks_with_a_host_is_at_the_dateline_s_capital(
        text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "LUSAKA, 3 May - The Finnish ambassador today signed a grant with the finance minister.\n",
    "NAIROBI, 4 May - Norwegian Foreign Minister Ola Berg said on Monday the two countries signed a deal last year.\n",
    "NAIROBI, 4 May - Kenyan President William Ruto met the opposition leader on Monday.\n",
    "NAIROBI (Reuters) - Ethiopian Prime Minister Abiy Ahmed met rebel leaders on Monday.\n",
])
def test_an_ambassador_words_said_a_host_at_home_or_a_hub_s_wire_make_no_visit(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Visiting Juba on Monday, the Danish development minister promised more money for clinics.\n", "Juba"),
    ("During his stay in Dakar, the French minister signed three agreements.\n", "Dakar"),
    ("During her three-day stay in Hanoi, the commissioner opened a flood warning centre.\n", "Hanoi"),
    ("The foreign minister was in Juba on Monday, meeting officials and aid groups.\n", "Juba"),
])
def test_a_clause_that_opens_on_a_visit_a_visitor_s_stay_or_a_minister_there_meeting(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Visiting Kenyan President William Ruto said on Monday the talks had gone well.\n",
    "Visiting hours in Gaza's hospitals have been cut.\n",
    "His family was in Juba on Monday, meeting relatives.\n",
    "The minister said that during her stay in Geneva in 2019 she learned a lot.\n",
    "The refugees' stay in Adre has lasted two years.\n",
    "The district commissioner, who toured Sunamganj by boat on Monday, described the floods as the worst in years.\n",
])
def test_a_visitor_s_adjective_a_family_a_past_stay_or_an_official_s_tour_at_home_make_no_visit(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The pledges came at a meeting in Geneva co-hosted by Norway and the United Nations.\n", "Geneva"),
    ("Donors promised $400 million at a meeting in Port Louis, convened by the African Union.\n", "Port Louis"),
    ("Hosting her Kenyan counterpart in Kampala on Monday, the Ugandan foreign minister called for calm.\n", "Kampala"),
])
def test_a_meeting_with_its_host_or_a_clause_that_opens_on_the_host_is_a_gathering(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "At a meeting in Lagos with traders, the minister promised lower tariffs.\n",
    "Hosting 600,000 refugees in Adjumani, Uganda has asked for help.\n",
    "Hosting the donors in Oslo next month, Norway hopes to raise $1 billion.\n",
])
def test_a_minister_s_meeting_people_given_shelter_or_a_hosting_to_come_make_no_gathering(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize("text", [
    ("OPINION: The Bonn talks failed the Pacific\n\nWhen negotiators met in Bonn in June, the islands asked for a loss "
     "fund. They got a workshop.\n"),
    ("Comment: Donors must come back to Amman\n\nThe ministers who gathered in Amman on Monday left with little.\n"),
    ("Obituary: Ana Lind, diplomat who brokered the Lusaka accord\n\nAna Lind, who led the talks in Lusaka in 1994, "
     "has died aged 81.\n"),
    ("Editorial | The Suva summit's empty promises\n\nLeaders met in Suva on Friday and promised once again to act.\n"),
])
def test_a_column_an_editorial_or_an_obituary_reports_no_event(text: str) -> None:
    assert _place(text) is None


def test_an_analysis_written_from_a_gathering_keeps_it() -> None:
    text = ("Analysis: In Kotor, Brussels brings money but no breakthrough\n\nEU and Balkan leaders met in Kotor on "
            "Thursday for their annual summit.\n")
    assert _place(text) == "Kotor"


@pytest.mark.parametrize("text", [
    ("UNICEF appeals for $80 million for Rohingya children\n\nCOX'S BAZAR, Bangladesh - UNICEF appealed on Tuesday for "
     "$80 million to keep schools open in the camps.\n"),
    "The first of 12 Danish-funded ambulances was handed over to the hospital in Kharkiv on Monday.\n",
    ("Japan delivers 20 generators to Kherson\n\nTwenty generators donated by Japan arrived in Kherson on Friday and "
     "were installed at the water plant.\n"),
    ("Q&A with Moldova's energy minister\n\nQ: You met donors in Brussels last week. What did they promise?\n\nA: "
     "Enough for the winter.\n"),
    "WASHINGTON (Reuters) - The IMF board approved a $1.2 billion loan for Egypt on Monday.\n",
    ("Review: the year in humanitarian aid\n\nFrom the pledging conference in Geneva in February to the summit in "
     "Nairobi in October, donors promised more than ever.\n"),
])
def test_an_appeal_a_delivery_an_interview_a_board_s_decision_or_a_review_of_the_year_name_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("A ministerial meeting of the Organisation for Security and Co-operation in Europe opened in Tirana on Thursday "
     "without Russia's foreign minister.\n", "Tirana"),
    ("Foreign ministers of the Conference on Security and Co-operation in Europe met in Helsinki on Monday.\n",
     "Helsinki"),
    ("Leaders of the Alliance for Clean Energy in Africa gathered in Lusaka on Friday for their annual summit.\n",
     "Lusaka"),
])
def test_the_in_of_a_body_s_name_before_a_part_of_the_world_is_no_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Donors gathered for the first such conference in Central Asia on Wednesday, pledging $400 million.\n",
    ("Chile's president began a four-day tour of Southeast Asia on Saturday, the first by a Chilean leader.\n"),
    "Envoys of the region met in West Africa on Tuesday to discuss the coup.\n",
    "A summit of the Forum for Dialogue in the Middle East opened on Monday.\n",
])
def test_a_continent_or_a_part_of_the_world_is_no_event_s_place(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Leaders met in South Africa on Tuesday for a summit on debt.\n", "South Africa"),
    ("Ministers gathered in Pretoria on Tuesday for talks on the war in Europe.\n", "Pretoria"),
])
def test_a_country_named_after_a_part_of_the_world_stays_a_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("The Raisina Dialogue in New Delhi opened on Tuesday with a speech by the Greek prime minister.\n", "New Delhi"),
    ("At the Manama Dialogue in Bahrain on Saturday, Gulf ministers warned of a wider war.\n", "Bahrain"),
    ("Speaking at the UN General Assembly in New York, Ghana's president called for reform of the Security "
     "Council.\n", "New York"),
    ("Health ministers at the World Health Assembly in Geneva adopted a pandemic accord on Tuesday.\n", "Geneva"),
])
def test_a_dialogue_or_an_assembly_by_its_title_is_a_gathering(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Sudan's army called for a national dialogue in Khartoum to end the war.\n",
    "The Kenyan National Assembly in Nairobi passed the budget on Thursday.\n",
])
def test_a_dialogue_in_lower_case_or_a_country_s_assembly_is_no_gathering(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Officials from the Caribbean Community gathered in Castries on Monday for an emergency meeting on Haiti.\n",
     "Castries"),
    ("Senior officials of the G20 convened in Rio de Janeiro on Thursday to prepare the leaders' summit.\n",
     "Rio de Janeiro"),
    ("Moldova's partners gathered in Chisinau on Monday for the fourth meeting of the support platform.\n", "Chisinau"),
    ("International partners convened in Maputo on Friday, pledging $200 million for Cabo Delgado.\n", "Maputo"),
])
def test_partners_or_officials_of_a_body_who_gather_make_a_gathering(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Officials gathered in Bor on Tuesday to count the damage from the floods.\n",
    "Thousands of residents gathered in Goma to protest the advance of the rebels.\n",
])
def test_officials_alone_or_residents_who_gather_make_no_gathering(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Follow our live coverage of the IMF and World Bank spring meetings in Washington.\n", "Washington"),
    ("Finance ministers at the Spring Meetings in Washington on Thursday urged faster debt relief for Ghana.\n",
     "Washington"),
    ("The Commonwealth Heads of Government Meeting in Apia wrapped up on Saturday with a declaration on the ocean.\n",
     "Apia"),
    ("The Heads of State and Government Meeting in Malabo ended with a call for a ceasefire.\n", "Malabo"),
])
def test_spring_meetings_or_a_heads_of_government_meeting_are_gatherings(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "At last year's spring meetings in Washington, donors promised more than they paid.\n",
    "The village council held its spring meeting in Karonga on Monday.\n",
])
def test_a_past_spring_meetings_or_a_council_s_spring_meeting_is_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Security chiefs from forty countries opened the Kananaskis Security Forum on Friday with a debate on the "
     "Arctic.\n", "Kananaskis"),
    ("Ministers from Asia and Europe met at the Boao forum on Tuesday to discuss supply chains.\n", "Boao"),
    ("Bankers and presidents arrived for the Davos summit this week, where Chilean President Ana Soto warned of debt.\n",
     "Davos"),
    ("At the Rio de Janeiro Forum on Oceans on Tuesday, island states demanded faster finance.\n", "Rio de Janeiro"),
    ("In Mombasa, envoys from Somalia and Kenya signed a maritime accord on Wednesday.\n", "Mombasa"),
])
def test_a_gathering_named_after_a_large_city_that_is_no_capital_is_there(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Leaders of the Shanghai Cooperation Organisation Summit agreed on Thursday to expand trade in local currencies.\n",
    "In Lagos, traders said prices had doubled since the naira fell.\n",
])
def test_a_body_named_after_a_city_or_a_city_where_people_only_speak_is_no_gathering(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Malaysian Prime Minister Idris Kamal said after meeting in Putrajaya with his Thai counterpart on Wednesday "
     "that the border would reopen.\n", "Putrajaya"),
    ("Speaking to reporters in Kyiv after a meeting of the defence contact group at Ramstein, the minister said air "
     "defence would arrive before winter.\n", "Ramstein"),
    ("The Omani foreign minister told journalists after a meeting with Gulf envoys in Muscat that a truce was near.\n",
     "Muscat"),
    ("Speaking shortly after their meeting in Nairobi, the two presidents announced a joint border commission.\n",
     "Nairobi"),
    ("The Egyptian foreign minister said after talks with his Qatari counterpart in Doha on Sunday that a ceasefire "
     "was close.\n", "Doha"),
    ("Speaking after a day of talks with Chinese officials in Shanghai, the Treasury Secretary said both sides wanted "
     "stability.\n", "Shanghai"),
])
def test_words_said_right_after_a_meeting_with_its_place_tell_the_meeting(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "The minister said after a meeting with farmers in Eldoret that fertiliser prices would fall.\n",
    "The envoy said a week after meeting in Doha that progress had stalled.\n",
    "Speaking after a meeting at NATO headquarters, the Estonian minister said the alliance was ready.\n",
    "The minister said after talks with herders in Marsabit that water trucks would come.\n",
    "The minister said two days after talks with Sudan's army in Port Sudan that aid would resume.\n",
])
def test_a_meeting_with_residents_one_long_before_or_at_a_venue_gives_no_place(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Japanese Prime Minister Haruto Kimura began a tour of Southeast Asia in Hanoi on Monday.\n", "Hanoi"),
    ("President Amara Diallo of Senegal began a three-nation tour of West Africa in Accra on Thursday.\n", "Accra"),
    ("The Turkish foreign minister kicked off his Gulf tour in Doha on Sunday with talks on gas.\n", "Doha"),
    ("The Brazilian president wrapped up a tour of four African countries in Luanda on Friday.\n", "Luanda"),
])
def test_a_tour_told_by_its_region_is_at_the_city_named_after_it(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Korean President Park Min-ho will begin a tour of Central Asia in Astana next week.\n",
    "The Indian minister is expected to start a tour of the Pacific in Suva.\n",
    "A tour of Southeast Asia in March took the foreign minister to five capitals.\n",
])
def test_a_tour_to_come_or_of_a_month_gives_no_place(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The Group of 20 finance ministers wrapped up two days of meetings in Rio de Janeiro on Thursday.\n",
     "Rio de Janeiro"),
    ("Energy ministers of the Gulf states ended three days of meetings in Muscat on Wednesday.\n", "Muscat"),
    ("The OSCE ministerial council in Malta ended on Friday without a joint declaration.\n", "Malta"),
    ("Foreign ministers arrived for the OSCE Ministerial Council in Skopje, which opened on Thursday.\n", "Skopje"),
    ("Foreign ministers agreed at a meeting in Paris on Tuesday to set up a contact group for Sudan.\n", "Paris"),
    ("The two sides decided at a meeting in Addis Ababa on Sunday to extend the truce by 30 days.\n", "Addis Ababa"),
    ("Pacific leaders vowed at a meeting in Honiara that no island would be left behind.\n", "Honiara"),
])
def test_days_of_meetings_a_ministerial_council_or_a_meeting_that_agreed_are_gatherings(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "The minister told traders at a meeting in Kisumu that prices would fall.\n",
    "The truce agreed at a meeting in Rome has held since March.\n",
    "The road map agreed at a meeting in Geneva last year has not been carried out.\n",
    "Five days of fighting in Goma left 300 dead.\n",
])
def test_a_meeting_with_people_at_home_or_a_past_agreement_gives_no_place(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("ULAANBAATAR - Mongolian and Chinese officials held a second day of talks on Tuesday on a rail link, the "
     "ministry said.\n", "Ulaanbaatar"),
    ("HANOI, Vietnam - Vietnamese and Cambodian negotiators began a third day of border talks on Thursday.\n", "Hanoi"),
    ("LIMA - Peru and Bolivia opened a second day of talks on a gas pipeline on Monday.\n", "Lima"),
])
def test_a_day_of_talks_the_host_takes_part_in_is_at_the_dateline(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "NAIROBI (Reuters) - Sudan's warring parties held a second day of talks on Tuesday, mediators said.\n",
    "BANGKOK - Envoys from the two Koreas held a fourth day of talks on Friday.\n",
])
def test_a_day_of_talks_of_others_filed_from_a_hub_gives_no_place(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Talks between the Sudanese army and the Rapid Support Forces resumed in Jeddah on Monday, diplomats said.\n",
     "Jeddah"),
    ("Negotiations between the government of South Sudan and the opposition alliance of armed groups opened on "
     "Tuesday in Nairobi.\n", "Nairobi"),
    ("Peace talks between Colombia's government and the National Liberation Army guerrilla group resumed on Tuesday "
     "in Caracas.\n", "Caracas"),
])
def test_talks_told_by_their_long_named_parties_are_where_they_resumed(text: str, place: str) -> None:
    assert _place(text) == place


def test_talks_between_parties_that_ended_in_violence_give_no_place() -> None:
    assert _place("Talks between farmers and herders ended in violence on Sunday.\n") is None


@pytest.mark.parametrize(("text", "place"), [
    ("Russia-Ukraine war live: drones strike Odesa port\n\n09:12 Dutch Prime Minister Pieter de Vries has arrived in "
     "Kyiv on an unannounced visit, his office said.\n\n09:40 Russian drones struck the port overnight.\n", "Kyiv"),
    ("Sahel crisis live: curfew in Niamey\n\n08:15 The Spanish foreign minister, Lucia Ortega, has landed in Bamako "
     "for a two-day visit, the embassy said.\n", "Bamako"),
])
def test_a_live_blog_of_a_war_whose_first_entry_tells_a_visitor_arriving_is_at_the_visit(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "Sudan war live: fighting in El Fasher\n\n08:05 A convoy of 40 trucks has arrived in El Fasher on its first visit "
    "in months.\n",
    "Ukraine war live: Kharkiv shelled\n\n07:30 The UN aid chief visited Kharkiv last month. Shelling resumed on "
    "Monday.\n",
    "Cyclone live: death toll rises\n\n10:20 Thousands of families have arrived in Beira on foot, officials said.\n",
])
def test_a_live_blog_of_a_war_with_goods_a_past_visit_or_people_who_fled_has_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    # a meeting that "took place" somewhere is placed there, past a venue
    ("Readout: Minister receives Kenyan counterpart\n\nThe Zambian Minister of Energy on Tuesday received Kenya's energy "
     "minister for talks on power trade. The meeting took place at the ministry in Lusaka and was followed by a lunch.\n",
     "Lusaka"),
    ("Chile and Peru discussed fisheries on Monday. The two-day meeting, which took place in Arica, ended with a joint "
     "statement.\n", "Arica"),
    ("Ghana's foreign minister met her Togolese counterpart on Friday. The meeting took place on Friday at the State "
     "House in Accra.\n", "Accra"),
])
def test_a_meeting_that_took_place_in_a_city_is_there(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_meeting_that_took_place_in_a_month_has_no_place_from_it() -> None:
    # not to fire: a month after "took place in" is no place
    text = "Ghana's foreign minister met her Togolese counterpart. The meeting took place in March, officials said.\n"
    assert _place(text) is None


@pytest.mark.parametrize("text", [
    # a signing the text sets in an earlier week is the story's background, not its event
    "Bangladesh takes a new Indian loan\n\nThe agreement, signed in Dhaka last Thursday, was not announced by the "
    "government. It became public two days later.\n",
    "The deal signed in Accra last month commits Ghana to repay by 2040, officials said.\n",
    "The loan, signed in Lima two weeks ago, will finance a new port.\n",
    "The restructuring deal, signed in Harare last March, was meant to end the default, analysts said.\n",
])
def test_a_signing_set_in_an_earlier_week_is_no_event(text: str) -> None:
    assert _place(text) is None


def test_a_signing_of_the_day_stays_the_event() -> None:
    # not to fire: the signing is the day's news
    assert _place("The agreement was signed in Lima on Thursday by the two ministers, the ministry said.\n") == "Lima"


@pytest.mark.parametrize(("text", "place"), [
    # a handover the opening sentence places at a named border crossing
    ("Jordan sends aid to Syria\n\nAMMAN, March 3 - Jordan handed over 80 trucks of aid to the Syrian Arab Red Crescent "
     "at the Jaber border crossing on Monday, officials said.\n", "Jaber"),
    ("Kenya hands maize to South Sudan\n\nNAIROBI - Kenyan officials hand over 40 tonnes of maize to South Sudanese "
     "authorities at the Nadapal border post, the ministry said on Friday.\n", "Nadapal"),
    ("Egypt delivers medical aid\n\nCAIRO - The supplies were handed over to UNICEF at the Rafah crossing on Sunday, the "
     "Egyptian Red Crescent said.\n", "Rafah"),
])
def test_a_handover_at_a_named_crossing_is_there(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: trucks that only cross, and a handover at a border the text does not name
    "Aid trucks wait at border\n\nCAIRO - Trucks crossed at the Rafah crossing on Sunday, the Egyptian Red Crescent "
    "said.\n",
    "Aid handed over\n\nCAIRO - The supplies were handed over to UNICEF at the border on Sunday, officials said.\n",
])
def test_a_crossing_without_a_handover_or_a_name_has_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    # a live page's title names the gathering, then its city after a comma
    ("LIVE: Andes Water Partners Meeting, Lima – World Bank signs loan\n\nOur reporters are following the annual meeting "
     "of Peru's government and its donors. All times local.\n\n09:12 Good morning. More than 200 delegates are "
     "arriving.\n", "Lima"),
    ("Africa Climate Summit, Nairobi\n\nLeaders from across the continent opened two days of talks on Monday, with "
     "finance at the top of the agenda.\n", "Nairobi"),
    ("As it happened: Ukraine Recovery Conference, Rome — pledges top €10bn\n\nDonors pledged more than €10bn on the "
     "first day.\n", "Rome"),
])
def test_a_title_that_names_a_gathering_then_its_city_is_there(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_title_with_a_clause_after_the_comma_gives_no_place() -> None:
    # not to fire: the words after the comma are no city
    text = "Slow progress at Climate Talks, Analysts Say\n\nAnalysts said the negotiations were moving slowly.\n"
    assert _place(text) is None


def test_a_headline_that_names_a_gathering_and_its_country_is_no_filed_line() -> None:
    # not to fire: a gathering's name before the comma is no place a report was filed from
    text = "Ukraine Recovery Conference, Italy — pledges top €10bn\n\nDonors pledged more than €10bn, officials said.\n"
    assert _place(text) != "Ukraine Recovery Conference"


def test_a_filed_line_of_a_city_and_its_country_stays() -> None:
    assert _place("ROME, Italy — Donors met in Rome on Monday to pledge aid for rebuilding.\n") == "Rome"


@pytest.mark.parametrize(("text", "place"), [
    ("LUSAKA - Zambia and Ireland signed a grant agreement here on Tuesday during a visit by the Irish development "
     "minister.\n", "Lusaka"),
    ("DAKAR, May 4 (Reuters) - Spain's foreign minister arrived here on Monday for two days of talks on migration.\n",
     "Dakar"),
    ("HANOI - The Australian foreign minister held talks here on Friday with her Vietnamese counterpart.\n", "Hanoi"),
    ("TBILISI — The European commissioner landed here late on Sunday, her first trip to Georgia since the election.\n",
     "Tbilisi"),
    ("ACCRA, 3 June - Ghana and Denmark today signed here a memorandum on fisheries, the ministry said.\n", "Accra"),
    ("KIGALI - The two presidents signed here on Friday a treaty on the shared border.\n", "Kigali"),
])
def test_a_signing_an_arrival_or_talks_here_in_a_wire_report_are_at_the_dateline_s_city(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: people who fled, goods, and words only said here
    "NAIROBI - Thousands of refugees who arrived here last year still lack shelter, the agency said.\n",
    "QUITO - A shipment of vaccines arrived here on Monday, the health ministry said.\n",
    "MAPUTO - Aid workers said here on Tuesday that the cyclone had destroyed 2,000 homes.\n",
])
def test_goods_people_who_fled_or_words_said_here_make_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    # governments listed with the agencies or lenders who gather with them
    ("AMMAN — Governments and aid agencies meeting in Amman on Thursday put forward new support for Jordan.\n", "Amman"),
    ("Governments and UN agencies met in Geneva on Monday and pledged $400 million for Yemen.\n", "Geneva"),
    ("Donor governments and relief agencies gathered in Bangkok this week to plan the response to the floods.\n",
     "Bangkok"),
    # a gathering named by who attends it or what is done there, at the dateline's place
    ("LIMA - The two-day donors' conference, co-hosted by Peru and the UN, drew delegations from 30 countries.\n", "Lima"),
    ("DHAKA - Delegations from 40 countries attended the one-day pledging conference on Tuesday, organisers said.\n",
     "Dhaka"),
])
def test_governments_and_agencies_who_gather_or_a_donors_conference_give_the_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: agencies at work where they are, a donors' conference to come, governments told by where they are
    "Aid agencies working in Goma said on Monday that fighting had cut the roads.\n",
    "NAIROBI - Kenya will ask for $500 million at next month's donors' conference, the treasury said.\n",
    "Governments in the region have failed to pay, the agency said in Geneva.\n",
])
def test_agencies_at_work_or_a_donors_conference_to_come_make_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("A Chinese delegation led by Commerce Minister Gao Ruiming spent two days in Pretoria holding talks on financing "
     "the grid.\n", "Pretoria"),
    ("The Irish foreign minister spent Monday in Juba, meeting officials and aid workers.\n", "Juba"),
    ("The EU commissioner spent three days in Dhaka for talks with the government on the Rohingya response.\n", "Dhaka"),
    ("Norway's development minister is spending two days in Lusaka, where she met President Banda on Tuesday.\n",
     "Lusaka"),
    ("Japan's envoy spent the week in Manila in talks with coast guard officials.\n", "Manila"),
])
def test_a_visitor_who_spent_days_in_a_city_holding_talks_visited_it(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: people who fled, a life's years, and people of the place meeting among themselves
    "Refugees spent two nights in Renk waiting for buses, the agency said.\n",
    "The minister spent 20 years in Nairobi as a diplomat before entering politics.\n",
    "Villagers spent three days in Kasese meeting in the church after the floods.\n",
])
def test_days_spent_by_no_visitor_or_years_spent_make_no_visit(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("ISLAMABAD, Sept 14 - Japan will give Pakistan $75 million, a visiting Japanese minister said on Thursday after "
     "talks with the prime minister.\n", "Islamabad"),
    ("LUSAKA - The visiting Irish development minister pledged 20 million euros for school meals on Tuesday.\n",
     "Lusaka"),
    ("HANOI (Reuters) - Visiting Australian Foreign Minister Claire Dunmore promised Vietnam new patrol boats on "
     "Friday.\n", "Hanoi"),
    ("DHAKA, March 3 - The European Union will fund shelters for Rohingya refugees, the visiting EU commissioner told "
     "reporters on Monday.\n", "Dhaka"),
    ("NOUAKCHOTT — A visiting Spanish delegation led by the interior minister signed a migration accord with Mauritania "
     "on Wednesday.\n", "Nouakchott"),
])
def test_a_visitor_from_abroad_called_visiting_is_at_the_dateline_s_capital(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: the host country's own president, a visit to come, and no dateline
    "NAIROBI - Visiting Kenyan President William Ruto told farmers in Eldoret that help was coming.\n",
    "ACCRA - Ghana will ask for more aid when the Japanese minister visits next month, officials said.\n",
    "The visiting Japanese minister said on Thursday that Tokyo would give $75 million.\n",
])
def test_a_visiting_host_a_visit_to_come_or_no_dateline_make_no_visit_at_the_dateline(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("KAMPALA, UGANDA - USAID today launched a malaria programme. The programme was formally launched in Lira by U.S. "
     "Ambassador Thomas Pendergast and the health minister.\n", "Lira"),
    ("The new bridge was inaugurated on Saturday in Tete by President Filipe Nyusi, who thanked Japan for the loan.\n",
     "Tete"),
    ("The clinic was officially opened in Gulu on Monday by Ireland's development minister.\n", "Gulu"),
    ("The scheme was launched in Kisumu by the health minister and the EU ambassador, with 200 nurses in the hall.\n",
     "Kisumu"),
    ("Solar mini-grids built with Italian money were inaugurated in Tataouine by the Tunisian energy minister, Sami "
     "Trabelsi.\n", "Tataouine"),
])
def test_a_launch_performed_by_officials_in_a_place_is_the_event_there(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: a launch of another year with no one performing it, and launches by people with no title
    "The programme, launched in Kenya in 2019, has trained 3,000 nurses, the agency said.\n",
    "A campaign was launched in Gaza by activists to rebuild the schools.\n",
    "The offensive was launched in Kherson by Russian forces last spring.\n",
])
def test_a_launch_of_another_year_or_by_no_official_is_no_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    # a visitor from abroad and a host told side by side, their titles in lower case as wire copy writes them
    ("NAIROBI, March 3 (Reuters) - Somalia's president and Kenya's foreign minister held talks on Monday on border "
     "security.\n", "Nairobi"),
    ("ACCRA - Togo's prime minister and his Ghanaian counterpart signed a power-sharing deal on Friday.\n", "Accra"),
    ("HANOI - Vietnam's deputy prime minister and Japan's foreign minister signed an accord on coast guard training on "
     "Tuesday.\n", "Hanoi"),
    ("DAKAR - Mauritania's interior minister and Senegal's foreign minister met on Wednesday to discuss fishing "
     "licences.\n", "Dakar"),
    ("TBILISI - Lithuania's president and his Georgian counterpart held talks on Thursday on energy links.\n", "Tbilisi"),
])
def test_a_foreign_visitor_with_a_lower_case_title_beside_a_host_is_at_the_dateline_s_capital(text: str,
                                                                                              place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: a regional hub's wire with no host beside the visitor, and a meeting only said to have been held
    "NAIROBI (Reuters) - Ethiopia's prime minister met rebel leaders on Monday, his office said.\n",
    "KAMPALA - Kenya's trade minister said on Monday he had met Ugandan officials.\n",
])
def test_a_foreign_leader_without_a_host_or_only_speaking_makes_no_visit(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("The talks took place in Muscat on Sunday and lasted six hours, a diplomat said.\n", "Muscat"),
    ("The summit, which took place in Malabo, ended with a pledge to fight piracy in the Gulf of Guinea.\n", "Malabo"),
    ("The pledging conference took place at the Palais des Nations in Geneva on Tuesday.\n", "Geneva"),
    ("The two-day forum took place in Apia this week, drawing leaders from 18 Pacific states.\n", "Apia"),
    ("Negotiations took place in Ulaanbaatar on Friday between Mongolia and China on the pipeline route.\n",
     "Ulaanbaatar"),
])
def test_a_gathering_that_took_place_in_a_city_is_there(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: a round of an earlier month, and one still to come
    "The last round of talks took place in Doha in March and ended without a deal.\n",
    "The next summit will take place in Lomé in 2027, the bloc said.\n",
])
def test_a_gathering_that_took_place_before_or_will_take_place_is_not_the_event(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    # a venue's city, where the text names it, is the place
    ("Regional leaders opened a summit at Serena Hotel in Kampala on Monday.\n", "Kampala"),
    ("Ministers met at Mulungushi Conference Centre in Lusaka on Friday to agree a drought plan.\n", "Lusaka"),
    ("The summit at Africa Hall, Addis Ababa, on Sunday agreed a ceasefire plan.\n", "Addis Ababa"),
])
def test_a_gathering_at_a_venue_is_at_the_venue_s_city(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # not to fire: a venue, however many words its name has, is no place
    "The conference at Kenyatta International Convention Centre drew 3,000 delegates on Tuesday.\n",
    "The talks at Marlborough House ended on Friday without a deal.\n",
    "The forum at Makerere University discussed climate finance on Monday.\n",
    "Donors gathered at the Palais des Nations on Tuesday for a pledging conference.\n",
])
def test_a_venue_without_its_city_gives_no_place(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(("text", "place"), [
    # a signing's or a handover's ceremony, told "in" or "during" it as well as "at" it
    ("The European Union on Thursday handed over 40 ambulances to the Ministry of Health in a ceremony held in "
     "Freetown.\n", "Freetown"),
    ("Japan signed a grant agreement with Sierra Leone during a ceremony in Freetown on Thursday.\n", "Freetown"),
    # a ceremony of another kind is no event
    ("The minister laid a wreath in a ceremony in Freetown on Thursday.\n", None),
    ("The minister spoke in a ceremony in Freetown on Thursday to remember the victims.\n", None),
])
def test_a_ceremony_told_in_or_during_it(text: str, place: str | None) -> None:
    assert _place(text) == place


def test_a_ceremony_held_at_a_venue_whose_name_has_its_short_form_in_brackets() -> None:
    text = ("Aid for Malawi\n\nLILONGWE, March 12 (Xinhua) -- China on Tuesday handed over relief supplies to Malawi."
            "\n\nThe supplies were handed over at a ceremony held at the Department of Disaster Management Affairs "
            "(DoDMA) warehouse in Lilongwe.\n")
    event = analyse(text, "s").event
    # named by the ceremony, not by the words before it ("over at a ceremony")
    assert event is not None and (event.location, event.name) == ("Lilongwe", "Ceremony in Lilongwe")
