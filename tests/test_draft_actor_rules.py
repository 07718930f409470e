"""`factsheet draft`: rules of the cast that any report exercises, each on invented text: whom a "he" or "she", a
"the minister" or "the visiting minister" stands for, and when the text leaves it open."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from generator.editing.draft import analyse
from generator.editing.draft.actors import Cast
from generator.editing.draft.known import Known
from generator.editing.draft.organisations import find_organisations
from generator.editing.draft.people import find_people
from generator.editing.draft.text import Article


def _cast(text: str) -> Cast:
    article = Article(text)
    orgs = find_organisations(article, Known(), set())
    by_name = {o.name: o.id for o in orgs.organisations}
    people = [replace(p, organisation=by_name.get(p.organisation[1:], "")) if p.organisation.startswith("@") else p
              for p in find_people(article, orgs, Known(), set())]
    return Cast(article, people, orgs)


def _resolved(text: str, words: str, nth: int = 0) -> str | None:
    """The person the cast reads the `nth` actor written `words` as."""
    cast = _cast(text)
    found = [(index, actor) for index in range(len(cast.article.sentences)) for actor in cast.in_sentence(index)
             if cast.article.masked[actor.span.start:actor.span.end] == words]
    index, actor = found[nth]
    return cast.person_of(actor, index)[0]


def _met(text: str) -> list[set[str]]:
    return [{p.person or p.organisation for p in m.participants} for m in analyse(text, "s").meetings]


_LATER = " Later {} met Governor Erik Holm.\n"


@pytest.mark.parametrize(("opening", "description", "person"), [
    # the holder of a title with a word that makes it another office is never "the minister"
    ("Prime Minister Sofia Lind opened the port of Kalmar on Friday.", "the minister", None),
    ("Deputy Minister Sofia Lind opened the port of Kalmar on Friday.", "the minister", None),
    ("High Commissioner Sofia Lind opened the port of Kalmar.", "the commissioner", None),
    ("Deputy Prime Minister Rui Mota toured the dam.", "the prime minister", None),
    # the description that gives that word fits, and a title without one fits the bare noun
    ("Prime Minister Sofia Lind opened the port of Kalmar on Friday.", "the prime minister", "sofia-lind"),
    ("Deputy Minister Sofia Lind opened the port of Kalmar on Friday.", "the deputy minister", "sofia-lind"),
    ("Deputy Prime Minister Rui Mota toured the dam.", "the deputy prime minister", "rui-mota"),
    ("Trade Minister Sofia Lind opened the port of Kalmar on Friday.", "the minister", "sofia-lind"),
])
def test_a_word_that_makes_another_office_must_be_in_the_description(opening: str, description: str,
                                                                      person: str | None) -> None:
    text = opening + _LATER.format(description)
    assert _resolved(text, description) == person
    assert _met(text) == ([{person, "erik-holm"}] if person else [])


def _genders(text: str) -> dict[str, str]:
    return _cast("Bridge opens\n\n" + text + "\n").gender


@pytest.mark.parametrize(("text", "genders"), [
    # a style before the name, a gendered title, or "himself" or "herself" with only that person before it
    ("Sir Alan Grey, the engineer, opened the bridge. Dame Ada Moss, the mayor, cut the ribbon.",
     {"alan-grey": "he", "ada-moss": "she"}),
    ("Engineer Alan Grey opened the bridge. Mrs. Grey cut the ribbon.", {"alan-grey": "she"}),
    ("Lena Ruiz, the chairwoman of the port authority, opened the bridge.", {"lena-ruiz": "she"}),
    ("The spokesman, Ivo Petrov, said the road would open in May.", {"ivo-petrov": "he"}),
    ("Senator Lena Ruiz described herself as a realist.", {"lena-ruiz": "she"}),
    ("Governor Paul Reyes found himself outvoted on the budget.", {"paul-reyes": "he"}),
    # a 'his' or 'her' that can only be the person's own
    ("Senator Lena Ruiz and her team arrived on Monday.", {"lena-ruiz": "she"}),
    ("Minister Karl Ots, on his first visit to the island, toured the port.", {"karl-ots": "he"}),
    ("Minister Karl Ots, the new envoy, said his government would help.", {"karl-ots": "he"}),
    ("Minister Ana Vega told reporters that her country would help.", {"ana-vega": "she"}),
    ("Minister Ana Vega met her Chilean counterpart in Lima.", {"ana-vega": "she"}),
    ("Minister Ana Vega thanked his hosts for the dinner.", {"ana-vega": "he"}),
    # none where two people stand before it, where the cues disagree, or where the word is part of an office
    ("Minister Ana Vega praised his courage.", {}),
    ("Minister Ana Vega told reporters that his plan would work.", {}),
    ("Minister Ana Vega told President Ion Rusu that his plan would work.", {}),
    ("Senator Lena Ruiz told Governor Paul Reyes to calm himself.", {}),
    ("Mayor Lee Park opened the bridge. Mr. Park and Ms. Park were both there.", {}),
    ("Lord Mayor Jane Holt opened the bridge.", {}),
])
def test_the_words_that_give_a_person_s_he_or_she(text: str, genders: dict[str, str]) -> None:
    assert _genders(text) == genders


_SIGNING = "Foreign Minister Anna Berg arrived in Tallinn on Monday. In the capital she signed a grant for schools. "


@pytest.mark.parametrize(("text", "pronoun", "person"), [
    # the 'she' of the sentences before goes on past a sentence on someone the text never called 'she'
    (_SIGNING + "Estonia's education minister, Mart Kask, signed for the government. She then met President Jonas "
     "Ilves.\n", "She", "anna-berg"),
    (_SIGNING + "The deal was witnessed by the mayor, Mart Kask. Later she met President Jonas Ilves.\n", "she",
     "anna-berg"),
    ("Foreign Minister Anna Berg arrived in Tallinn on Monday. Ms. Berg toured the port of Paldiski first. The "
     "harbour master, Toomas Saar, showed the new cranes. Later she held talks with President Jonas Ilves.\n", "she",
     "anna-berg"),
    ("Tomas Ek, the chairman of the Nordic Council, arrived in Reykjavik on Monday. The city's mayor, Dagur Jonsson, "
     "welcomed the delegation at the airport. He later held talks with President Jonas Ilves.\n", "He", "tomas-ek"),
    # the other pronoun, or someone whom the text never showed to be 'she', leaves it with the one just named
    (_SIGNING + "Estonia's education minister, Mart Kask, signed for the government. He then met President Jonas "
     "Ilves.\n", "He", "mart-kask"),
    ("Foreign Minister Anna Berg arrived in Tallinn on Monday. Estonia's education minister, Mart Kask, welcomed the "
     "delegation. Later he met President Jonas Ilves.\n", "he", "mart-kask"),
    # nor past a sentence on someone the text has spoken of before, who may be the one meant
    ("Commissioner Lars Berg, on his first visit to Tirana, announced a grant. \"Albania is not alone,\" Berg told "
     "reporters with Prime Minister Edi Kola. Kola called the grant a lifeline. He also met President Jonas Ilves.\n",
     "He", "edi-kola"),
])
def test_a_pronoun_goes_on_with_the_one_the_sentences_before_were_about(text: str, pronoun: str,
                                                                      person: str) -> None:
    assert _resolved(text, pronoun, -1) == person
    assert {person, "jonas-ilves"} in _met(text)


@pytest.mark.parametrize(("opening", "description", "person"), [
    # the country written after the name, "of" it, is the person's as much as one written before
    ("President Ion Rusu of Moldova met Chancellor Hans Weber in Berlin.", "the Moldovan president", "ion-rusu"),
    ("Prime Minister Aino Virtanen of Finland arrived in Riga on Monday.", "the Finnish prime minister",
     "aino-virtanen"),
    ("Foreign Minister Elif Kaya of Turkey met Foreign Minister Nikos Pappas of Greece.", "the Turkish minister",
     "elif-kaya"),
    ("Ion Rusu, the president of Moldova, met Chancellor Hans Weber.", "the Moldovan president", "ion-rusu"),
    # another country, or a country named further on in the sentence, is not the person's
    ("President Ion Rusu of Moldova met Chancellor Hans Weber in Berlin.", "the Romanian president", None),
    ("President Ion Rusu visited the capital of Moldova.", "the Moldovan president", None),
])
def test_a_country_written_after_the_name_is_the_person_s(opening: str, description: str,
                                                          person: str | None) -> None:
    text = opening + _LATER.format(description)
    assert _resolved(text, description) == person
    if person:
        assert {person, "erik-holm"} in _met(text)


@pytest.mark.parametrize(("opening", "person"), [
    # the one the text told of as visiting, arriving or on a visit, not the host who received them
    ("Defence Minister Karl Ots visited Riga on Monday, where he met Prime Minister Liis Tamm and Finance Minister "
     "Juris Ozols.", "karl-ots"),
    ("Prime Minister Liis Tamm and Finance Minister Juris Ozols welcomed Defence Minister Karl Ots, who was visiting "
     "Riga.", "karl-ots"),
    ("Foreign Minister Ama Mensah arrived in Accra on Tuesday for talks with Trade Minister Kofi Boateng.",
     "ama-mensah"),
    ("Trade Minister Kofi Boateng received Foreign Minister Ama Mensah on her first visit to Accra.", "ama-mensah"),
    # no one, where the text tells of no visit or of two visitors
    ("Trade Minister Kofi Boateng and Foreign Minister Ama Mensah spoke in Accra on Tuesday.", None),
    ("Foreign Minister Ama Mensah and Trade Minister Kofi Boateng both visited Lome last year.", None),
])
def test_the_visiting_minister_is_the_one_the_text_told_of_as_visiting(opening: str, person: str | None) -> None:
    text = opening + _LATER.format("the visiting minister")
    assert _resolved(text, "the visiting minister") == person
    assert ({person, "erik-holm"} in _met(text)) if person else all("erik-holm" not in m for m in _met(text))


@pytest.mark.parametrize(("text", "pronoun", "person"), [
    # the one person named before a 'he' or 'she' in its sentence is not it where the text showed the other
    ("Governor Paul Reyes toured the dam. Later Senator Lena Ruiz told reporters she had spoken to him; he would "
     "visit again in May.\n", "he", None),
    ("Governor Paul Reyes toured the dam. Later Ms. Lena Ruiz said he would visit again in May.\n", "he", None),
    ("Senator Lena Ruiz toured the dam. Later Mr. Paul Reyes said she would visit again in May.\n", "she", None),
    # the same one, or one the text has not shown, is
    ("Governor Paul Reyes toured the dam. Later Ms. Lena Ruiz said she would visit again in May.\n", "she",
     "lena-ruiz"),
    ("Governor Paul Reyes toured the dam. Later Senator Lena Ruiz said he would visit again in May.\n", "he",
     "lena-ruiz"),
])
def test_the_one_person_named_before_a_pronoun_must_not_be_shown_the_other(text: str, pronoun: str,
                                                                          person: str | None) -> None:
    assert _resolved(text, pronoun, -1) == person


_ARRIVAL = "Foreign Minister Marta Kowal arrived in Chisinau on Monday. She met Foreign Minister Elena Rotaru. "


@pytest.mark.parametrize(("text", "pronoun", "person"), [
    # a sentence whose one person has someone else of the same 'he' or 'she' as the object: either may be meant
    (_ARRIVAL + "Ms. Rotaru thanked her for the visit. Later, she met President Ion Rusu.\n", "she", None),
    (_ARRIVAL + "Ms. Rotaru told her that the border would stay open. She then met President Ion Rusu.\n", "She",
     None),
    ("Foreign Minister Piet Smit arrived in Accra on Monday. He met Trade Minister Kofi Boateng. Mr. Boateng walked "
     "him to the car. Later, he met President Ama Mensah.\n", "he", None),
    # a 'her' that is the person's own, or an object of the other 'he' or 'she', leaves the one person named
    (_ARRIVAL + "Ms. Rotaru thanked her guests from Warsaw. Later, she met President Ion Rusu.\n", "she",
     "elena-rotaru"),
    ("Foreign Minister Marta Kowal arrived in Accra on Monday. She met Trade Minister Kofi Boateng. Mr. Boateng "
     "thanked her for the visit. Later, he met President Ama Mensah.\n", "he", "kofi-boateng"),
])
def test_a_pronoun_after_a_sentence_with_another_of_its_kind_as_object_is_left_open(text: str, pronoun: str,
                                                                                   person: str | None) -> None:
    assert _resolved(text, pronoun, -1) == person


def _bank_mentions(text: str) -> list[str]:
    """The body each "Bank" written alone stands for, in order; "" where it stands for none."""
    article = Article(text)
    mentions = find_organisations(article, Known(), set()).mentions
    ends = [m.end() for m in re.finditer(r"\bBank\b(?!\s+(?:Group|of))", text)
            if not re.search(r"Development\s+$", text[:m.start()])]
    return [next((ident for span, ident in mentions if span.end == end), "") for end in ends]


@pytest.mark.parametrize(("text", "bodies"), [
    # "the Bank" is the one bank named before it, until a second is named
    ("The Andean Development Bank met Peru. The Bank will lend $50 million. The Caribbean Development Bank joined "
     "later. The Bank will lend $5 million.\n", ["andean-development-bank", ""]),
    # joined to a participle of paying, it names the bank that pays
    ("The Andean Development Bank met Peru. Roads are being built under the Bank-financed Rural Roads Project.\n",
     ["andean-development-bank"]),
    # not to fire: a bank named only after "the Bank"
    ("The Bank will lend $50 million, said the president of the Andean Development Bank.\n", [""]),
    # not to fire: a hyphen that joins another word
    ("The Andean Development Bank met Peru. The Bank-run fund will close.\n", [""]),
])
def test_a_body_called_by_its_head_noun_is_the_one_so_named_before(text: str, bodies: list[str]) -> None:
    assert _bank_mentions(text) == bodies


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text, "s").quotes]


@pytest.mark.parametrize(("text", "speakers"), [
    # a 'he' or 'she' goes on with the subject of the sentence before, past one named after a preposition
    ("Aid talks\n\nRomania's Trade Minister, Ivo Danciu, welcomed the agreement after talks with Governor Ema Lupu "
     "of Iasi County on Monday. He said the warehouses would open in May. \"We are ready to move the first "
     "trucks,\" he said.\n", ["ivo-danciu"]),
    ("Drought relief\n\nThe visit ended on Friday with a meeting in Gao with Amadou Traore, the regional governor. "
     "Minister Claire Dubois spoke after Traore at the press conference. \"France will stay the course,\" she "
     "said.\n", ["claire-dubois"]),
    ("Port aid\n\nChile's Foreign Minister, Rosa Ibarra, drove to the palace for talks with President Tomas Vidal. "
     "After the meeting she announced $5 million for the port. \"This is only a start,\" she said.\n",
     ["rosa-ibarra"]),
    # a live blog's entry turns to the person it opens on, whoever the entry before was about
    ("LIVE: donors meet in Accra\n\n09:40 - Finance Minister Ama Owusu opened the session. She said the floods "
     "had hit six regions.\n\n10:05 - Nigeria's envoy, Grace Bello, has just finished speaking. She asked for "
     "boats. \"Every week counts,\" she said.\n", ["grace-bello"]),
    # not to fire: the other is the object of the subject's verb, has a clause of its own, or a 'he' of its own
    ("Energy talks\n\nUkraine's energy minister, Olha Marchenko, traveled to Warsaw to meet Climate Minister Jan "
     "Kowalczyk. Marchenko thanked Kowalczyk for Poland's generators. \"Our grid is your grid,\" he said.\n",
     [None]),
    ("Budget talks\n\nOn the sidelines, Prime Minister Ivan Horvat held talks with Mira Kovac, Serbia's finance "
     "minister, who asked for budget support. \"We cannot pay wages,\" she said.\n", [None]),
    ("Port talks\n\nKenya's Transport Secretary, Peter Njoroge, met his Tanzanian counterpart, Juma Hamisi. Hamisi "
     "told Njoroge that he would send engineers. \"We will help,\" he said.\n", [None]),
    ("Bridge talks\n\nPrime Minister Edi Kola received Commissioner Lars Berg in Tirana; Berg told Kola he would "
     "visit the dam. \"It is a good project,\" he said.\n", [None]),
])
def test_a_pronoun_goes_on_with_the_subject_of_the_sentence_before(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(("text", "person"), [
    # within a paragraph a pronoun may go on past a counterpart's sentence; a new paragraph turns to its subject
    ("Grant signed\n\nCommissioner Eva Lund arrived in Quito. In the capital she signed a grant. Ecuador's minister, "
     "Rui Paz, signed for the government.\n\nShe then met President Ana Mora.\n", "eva-lund"),
    ("Grant signed\n\nCommissioner Eva Lund arrived in Quito. In the capital she signed a grant.\n\nEcuador's "
     "minister, Rui Paz, spoke next. She then met President Ana Mora.\n", "rui-paz"),
])
def test_a_paragraph_that_opens_on_a_person_turns_the_pronoun_to_them(text: str, person: str) -> None:
    assert _resolved(text, "She", -1) == person


@pytest.mark.parametrize(("text", "description", "person"), [
    # a title's head is the word before the post it is "to", "in", "at" or "on", as much as "of" or "for"
    ("Rice handed over\n\nMr. Somchai Wong, Ambassador of Thailand to Kenya, handed over 200 tonnes of rice in "
     "Nairobi. Following the ceremony, the Ambassador held a meeting with farmers.\n", "the Ambassador",
     "somchai-wong"),
    ("Water grant\n\nUNICEF's Representative in Chad, Lena Osei, signed the grant in Ndjamena. Later the "
     "representative met President Ali Deby.\n", "the representative", "lena-osei"),
    ("Coordinator visits\n\nThe UN Resident Coordinator in Malawi, Anna Berg, toured Blantyre. The coordinator then "
     "held talks with Governor Joyce Phiri.\n", "The coordinator", "anna-berg"),
    # not to fire: two people of that head, or a title whose head is another noun
    ("Ambassadors meet\n\nAmbassador to Peru Juan Ortiz and Ambassador to Chile Maria Lopez arrived in Lima. The "
     "ambassador met President Jose Vidal.\n", "The ambassador", None),
    ("Water grant\n\nUNICEF's Representative in Chad, Lena Osei, signed the grant in Ndjamena. Later the "
     "minister met President Ali Deby.\n", "the minister", None),
])
def test_a_title_with_its_post_after_to_or_in_fits_its_head_noun(text: str, description: str,
                                                                 person: str | None) -> None:
    assert _resolved(text, description) == person


@pytest.mark.parametrize(("text", "speakers"), [
    # a sentence that opens on a country or a body and gives its words to one person goes on with that person
    ("Amazon fund\n\nNorway will give a further $50 million to the Amazon Fund, Norwegian Climate Minister Eirik "
     "Solberg said after meeting Governor Ana Tavares on Tuesday. \"The figures show that this works,\" he said.\n",
     ["eirik-solberg"]),
    ("Flood aid\n\nThe European Union is ready to release 20 million euros for flood victims in Bosnia, Commissioner "
     "Maria Jensen told reporters in Sarajevo after talks with Prime Minister Edin Kovac. \"We will not wait for the "
     "water to go down,\" she said.\n", ["maria-jensen"]),
    ("Grid repairs\n\nJapan will pay for the repair of three substations, Ambassador Kenji Sato announced on Monday "
     "alongside Energy Minister Olena Marchuk. \"Winter is coming,\" he said.\n", ["kenji-sato"]),
    ("Loan approved\n\nThe bank has approved $30 million for roads in Laos, said Country Director Priya Raman after "
     "a visit with Governor Somsak Vong. \"Every village needs a road,\" she said.\n", ["priya-raman"]),
    # not to fire: two people given words, or the other the object of the speaker's verb
    ("Water talks\n\nIraq wants more water from the Tigris, Minister Ali Hassan said, while Turkey's envoy, Mehmet "
     "Demir, said Ankara would study the request. \"We are listening,\" he said.\n", [None]),
    ("School grants\n\nThe bank has approved $30 million for schools in Nepal, said Country Director Priya Raman, who "
     "met Education Minister Hari Thapa on Friday. \"Every child deserves a roof,\" she said.\n", [None]),
])
def test_a_pronoun_goes_on_with_the_one_a_sentence_gives_its_words_to(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(("text", "description", "person"), [
    # a title joined by a hyphen is one head: "the Secretary-General" is the one Secretary-General named
    ("Forum opens\n\nOAS Secretary-General Maria Ponce opened the forum in Quito on Monday. Later the "
     "Secretary-General met President Luis Mora.\n", "the Secretary-General", "maria-ponce"),
    ("Clinic opens\n\nWHO Director-General Amadou Sy opened the clinic in Dakar. The director-general then met "
     "President Awa Ndiaye.\n", "The director-general", "amadou-sy"),
    ("Summit opens\n\nThe Commonwealth's Secretary-General, Tom Hale, arrived in Suva. In the evening the "
     "secretary-general held talks with Prime Minister Rabuka Tui.\n", "the secretary-general", "tom-hale"),
    # not to fire: two of that title, or a title that is only part of the holder's
    ("Two secretaries\n\nSecretary-General Ana Ruiz of the OAS and Secretary-General Tom Hale of the Commonwealth "
     "arrived in Lima. The Secretary-General met President Luis Mora.\n", "The Secretary-General", None),
    ("Forum opens\n\nOAS Secretary-General Maria Ponce opened the forum in Quito on Monday. Later the Secretary met "
     "President Luis Mora.\n", "the Secretary", None),
])
def test_a_hyphenated_title_fits_as_one_head(text: str, description: str, person: str | None) -> None:
    assert _resolved(text, description) == person
