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
])
def test_a_gathering_without_a_place_is_at_the_dateline_s(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "NAIROBI - Kenya's president returned home on Sunday from a summit in Addis Ababa.\n",
    "ACCRA - Ghana's foreign minister briefed reporters on a meeting in Abuja, where the bloc's leaders met.\n",
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
