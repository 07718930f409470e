"""`factsheet draft`: more ways reporters tell of meetings, each rule on invented sentences (never the corpus's):
a courtesy call placed in time after the one called on, auxiliaries before the verb ("has been holding talks"),
meetings reported by another ("said Salas had met Arce"), meetings held separately, ambassadors of countries,
talks counted in hours or rounds or placed in a building, a meeting and who attended it, a title set off after
the one met, a body named again by its kind ("the agency"), a title that opens a sentence after a heading, and
"the Head of State" of a readout, a group of ministers written with a capital, a time or a place between the verb and
the one met, a title's body in two words, a portfolio in lower case, a subject after an opening phrase with its title
set off, two who co-chaired a meeting, the people of a body, a title whose country stands before the name; and
sentences that look like meetings but are none."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _meetings(text: str) -> list[list[str]]:
    return [[p.party for p in m.participants] for m in analyse(text, "s").meetings]


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
