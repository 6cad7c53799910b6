// The coder, sentence in and events out: each case states the rule it pins.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "builtin_coder.h"
#include "parley/coder.h"

namespace parley {
namespace {

const Coder& coder() {
  return testing::builtin_coder();
}

// A document's events as "SRC CODE TGT" ("-" for no target), in the coder's order.
std::vector<std::string> events_of(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& e : coder().code(doc).events)
    out.push_back(e.source.entity + " " + e.cameo + " " + (e.target ? e.target->entity : "-"));
  return out;
}

// A text's events, sorted.
std::vector<std::string> code(const std::string& text) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  std::vector<std::string> out = events_of(doc);
  std::sort(out.begin(), out.end());
  return out;
}

// Events as "SRC CODE TGT DATE", sorted.
std::vector<std::string> dated(const std::string& text) {
  Document doc;
  doc.id = "dates";
  doc.text = text;
  std::vector<std::string> got;
  for (const auto& e : coder().code(doc).events)
    got.push_back(e.source.entity + " " + e.cameo + " " + (e.target ? e.target->entity : "-") +
                  " " + e.date);
  std::sort(got.begin(), got.end());
  return got;
}

struct Case {
  const char* rule;
  const char* text;
  std::vector<std::string> want;
};

TEST(Coder, Sentences) {
  const Case cases[] = {
      {"a person introduced by title and apposition is coded by the entity after 'of'",
       "The Secretary-General met today with H.E. Mr. Yang Jiechi, Minister for Foreign Affairs "
       "of the People's Republic of China.",
       {"UN 040 CHN"}},
      {"a title's default entity, with no dictionary entry for the person",
       "Assistant Secretary-General for Political Affairs, Mr. Miroslav Jenca, met the Foreign "
       "Minister of Laos.",
       {"UN 040 LAO"}},
      {"negation: did not meet",
       "Cambodian Foreign Minister Prak Sokhonn did not meet the U.S. "
       "Ambassador.",
       {}},
      {"negation: will not attend", "Japan will not attend the summit with China.", {}},
      {"modality: may visit", "The minister may visit China next year, officials said.", {}},
      {"future meeting is an intent to meet (036)",
       "The President of France will visit Germany "
       "next week.",
       {"FRA 036 DEU"}},
      {"compound subject gives an event each",
       "ASEAN and the United Nations condemned the attack.",
       {"ASEAN 111 -", "UN 111 -"}},
      {"passive voice: the agent after 'by' is the source",
       "Russia was condemned by the European "
       "Union.",
       {"EU 111 RUS"}},
      {"passive without an agent codes nothing",
       "The agreement, which supports trade, was signed "
       "last year.",
       {}},
      {"sanctions", "New Zealand imposed sanctions on Fiji.", {"NZL 163 FJI"}},
      {"appeal", "Malaysia urged Myanmar to release political prisoners.", {"MYS 020 MMR"}},
      {"concern about 'the situation in X' targets X",
       "China expressed deep concern over the "
       "situation in Syria.",
       {"CHN 110 SYR"}},
      {"a mutual act is coded once per pair",
       "Japan and South Korea agreed to cooperate on "
       "maritime security.",
       {"JPN 030 KOR"}},
      {"a place is no party", "The talks were held in Washington.", {}},
      {"possessive entity before a title",
       "Germany's Chancellor praised France for its "
       "leadership.",
       {"DEU 051 FRA"}},
      {"'I' in a quotation is the speaker named before it",
       "VIENNA, 3 May 2020 - The OSCE Secretary General added: \"Once again I urge Armenia to "
       "exercise restraint.\"",
       {"OSCE 0256 ARM"}},
      {"'we' in a quotation is the speaker named after it",
       "PARIS, 3 May 2020 - \"We condemn the missile launch by North Korea,\" the Foreign "
       "Minister of Japan said.",
       {"JPN 111 PRK"}},
      {"'called on' a person with no appeal after it is a courtesy call",
       "The Foreign Minister of Bangladesh called on the Prime Minister of Turkey.",
       {"BGD 042 TUR"}},
      {"joint subjects of a signing sign with each other",
       "The Philippines and Sri Lanka signed five agreements.",
       {"PHL 057 LKA"}},
      {"an intention toward no named partner is not coded",
       "We pledge to lead the world in "
       "building a robust recovery.",
       {}},
      {"the content of a claim is no act",
       "The spokesman claimed that Japan attacked China last year.",
       {}},
      {"a state's name as a modifier is no actor",
       "Iraq condemned the Baghdad violence.",
       {"IRQ 111 -"}},
      {"'welcomed' a person is a reception",
       "The Prime Minister of Vietnam welcomed the "
       "President of Sierra Leone.",
       {"VNM 043 SLE"}},
      {"a question reports no act", "Did Japan condemn the attack on China?", {}},
      {"'we' in a joint statement is every signatory",
       "Joint statement on the missile test\n\nPeru, Chile and the EU issued a statement.\n\nWe "
       "condemn the launch by Iran.",
       {"CHL 111 IRN", "EU 111 IRN", "PER 111 IRN"}},
      {"a title's list of states: 'the Ministers of A, B, the C and D'",
       "The Foreign Ministers of Peru, Chile, the Philippines and Kenya condemned Iran.",
       {"CHL 111 IRN", "KEN 111 IRN", "PER 111 IRN", "PHL 111 IRN"}},
      {"'the presidents' after a call are its two parties",
       "The President of Peru held a telephone conversation with the President of Chile.\n\nThe "
       "presidents expressed concern about the situation in Haiti.",
       {"CHL 110 HTI", "PER 041 CHL", "PER 110 HTI"}},
      {"'called' a person 'to congratulate' him is a telephone call",
       "The Prime Minister of Peru called the President of Chile today to congratulate him.",
       {"PER 041 CHL"}},
      {"'called on' someone to do something is an appeal, never a call",
       "Peru called on Chile to discuss the border.",
       {"PER 020 CHL"}},
      {"agreeing on the importance of something is no act",
       "Peru and Chile agreed on the importance of forming a government.",
       {}},
      {"a hedge before the verb: 'possibly agree'",
       "The leaders of Peru and Chile will possibly agree on cooperation with Bolivia.",
       {}},
      {"'X and his counterpart, Y, met': both are subjects",
       "The Foreign Minister of Peru and his Chilean counterpart met in Lima.",
       {"PER 040 CHL"}},
      {"the pattern's own 'in' names the place visited",
       "The foreign ministers of Peru and Chile arrived in Bolivia on Thursday.",
       {"CHL 042 BOL", "PER 042 BOL"}},
      {"aid sent to the victims of a disaster goes to the country it struck",
       "Japan is sending $10 million in relief to help the victims of the Nepal earthquake, the "
       "Foreign Minister of Japan said.",
       {"JPN 073 NPL"}},
      {"a pattern's gap crosses quotation marks",
       "Japan sent its \"deepest condolences\" to the people of Nepal.",
       {"JPN 018 NPL"}},
      {"'the Turkish FM': press abbreviations of titles",
       "The Turkish FM condemned Syria.",
       {"TUR 111 SYR"}},
      {"'will welcome' a person announces a meeting (036)",
       "The President of Peru will welcome the President of Chile on Monday.",
       {"PER 036 CHL"}},
      {"'is expected to receive' a person announces a meeting (036)",
       "The President of Peru is expected to receive the President of Chile on Monday.",
       {"PER 036 CHL"}},
      {"a headline's 'X to host Y' announces a meeting (036)",
       "Peru's Foreign Minister to host Chilean counterpart\n\nLima is sunny.",
       {"PER 036 CHL"}},
      {"leaders named in a headline are not the page's issuer",
       "Peru, Chile leaders meet\n\nThe Ministry condemned the attack on Bolivia.",
       {}},
      {"a state's name before an act noun is whose act it is: 'the US move'",
       "Iran condemned the US move to ban the firms.",
       {"IRN 111 USA"}},
      {"a clause after 'after' has its own subject",
       "The announcement came a day after the United Nations appealed for aid to Nepal.",
       {"UN 023 NPL"}},
      {"a gathering named after 'at the 76th' is a venue, not a party",
       "The President of Peru met the President of Chile at the 76th United Nations General "
       "Assembly.",
       {"PER 040 CHL"}},
      {"'We, the Foreign Ministers of A and B, condemn ...': the apposition says who we are",
       "We, the Foreign Ministers of Peru and Chile, condemn the attack by Bolivia.",
       {"CHL 111 BOL", "PER 111 BOL"}},
      {"a hope about no named actor is no appeal",
       "The Secretary-General of the United Nations hopes that the injured will recover.",
       {}},
      {"'under the X Presidency' is the frame, not a party",
       "The leaders of Peru and Chile met under the Bolivian Presidency.",
       {"CHL 040 PER"}},
      {"'their sanctions on entities involved in ...': every holder, the states named",
       "Peru and Chile announced their sanctions on entities involved in the transfer of arms "
       "from Iran to Syria.",
       {"CHL 163 IRN", "CHL 163 SYR", "PER 163 IRN", "PER 163 SYR"}},
      {"an act done 'by phone' is also a call",
       "The Prime Minister of Peru congratulated the President of Chile by phone.",
       {"PER 041 CHL", "PER 051 CHL"}},
      {"'after talks with X' is the subject's meeting",
       "The Foreign Minister of Peru spoke to reporters after talks with the Foreign Minister of "
       "Chile.",
       {"PER 040 CHL"}},
      {"'within the Security Council' is the forum, not the partner",
       "Peru and Chile agreed to work closely within the UN Security Council.",
       {"PER 030 CHL"}},
      {"a name with no title is no official of the page's issuer",
       "LIMA, 3 May 2020 - The Harbour Club expressed solidarity with the victims.",
       {}},
      {"a reported clause with no 'that' has its own subject",
       "China said Japan violated the ceasefire with Korea.",
       {"JPN 196 KOR"}},
      {"what an opening participle governs is not the subject after its comma",
       "Visiting Lima for talks, the Foreign Minister of Chile met the Foreign Minister of "
       "Bolivia.",
       {"CHL 040 BOL", "CHL 042 PER"}},
      {"'N. Korea' is North Korea", "Japan condemned N. Korea.", {"JPN 111 PRK"}},
      {"'will sign' an agreement announces it (036)",
       "Peru will sign a memorandum of understanding with Chile.",
       {"PER 036 CHL"}},
      {"examples after 'such as' are no acts",
       "Chile has signed free trade agreements with countries such as China and Canada.",
       {}},
      {"business people of a state act for themselves", "Peruvian bankers criticised Chile.", {}},
      {"... and market people", "Most Lima dealers welcomed the decision of Chile.", {}},
      {"... and their pronouns are theirs",
       "Peruvian banks cut their loans, but they also expressed confidence in Chile.",
       {}},
      {"a company named like a person is no state",
       "Trading Corp of Peru Ltd said it had invited tenders for sugar.",
       {}},
      {"a former official is no longer the state",
       "A former Peruvian minister urged Chile to act.",
       {}},
      {"a person the text does not place leaves 'he' with no one",
       "John Smith, chief economist at a bank, spoke in Lima.\n\nHe urged Chile to cut rates.",
       {}},
      {"an adjective before an act names whose act it is",
       "Chile deeply regretted Peruvian opposition to the reforms.",
       {"CHL 110 PER"}},
      {"... after a determiner too",
       "Chile expressed concern over the Peruvian plan to close it.",
       {"CHL 110 PER"}},
      {"threats 'from X' are X's, not a place",
       "Chile is disappointed at the threats of retaliation from Peru.",
       {"CHL 110 PER"}},
      {"'is due to visit' is a visit to come (036)",
       "Peru is due to visit Chile next week.",
       {"PER 036 CHL"}},
      {"a meeting named as a time is no meeting",
       "Peru has until the next meeting with Chile to answer.",
       {}},
      {"aid promised is intent (0331), not aid given",
       "Venezuela will lend Ecuador crude oil.",
       {"VEN 0331 ECU"}},
      {"a state charged with breaking rules is accused (112)",
       "The United States charged Japan with violating trade rules.",
       {"USA 112 JPN"}},
      {"a reported clause with a subject of its own is not the speaker's act",
       "The Foreign Minister of Peru said many countries supported the proposal of Chile.",
       {}},
      {"the owners of a subject are not the subject, and 'both countries' are the pair named",
       "Greece and Turkey's NATO allies called on both countries to avoid force.",
       {"NATO 020 GRC", "NATO 020 TUR"}},
      {"a position held in the past is no act of a day",
       "Peru has in the past rejected the proposal of Chile.",
       {}},
      {"... nor is one held for a while", "Peru has been pressing Chile to open its markets.", {}},
      {"... nor a standing opposition", "Peru remains firmly opposed to the plan of Chile.", {}},
      {"... but a standing commitment to support is a pledge",
       "The United Nations remains committed to support the people of Afghanistan.",
       {"UN 032 AFG"}},
      {"a rejection or threat aimed at no one is no event", "Peru rejected such action.", {}},
      {"... nor aid to no one", "Peru approved two loans to help the economic recovery.", {}},
      {"'the country' is the state named last",
       "Chile was concerned about Peru's economy and urged the country to cut spending.",
       {"CHL 020 PER", "CHL 110 PER"}},
      {"'today's meeting' is a noun, and actors after ', and' with a verb of their own are "
       "no objects",
       "Only Peru supported the idea at today's meeting, and Chile and Bolivia showed hostility.",
       {"PER 051 -"}},
      {"a coup in a state is its own army's act",
       "Chile condemned the attempted coup in Peru.",
       {"CHL 111 PER"}},
      {"opposing a tax or a bill with no foreign party is domestic politics",
       "The Foreign Minister of Peru said he opposed the new tax on exports.",
       {}},
      {"a traditional stance is no act of a day",
       "Peru traditionally opposes dual nationality.",
       {}},
      {"forecasts attacked are criticised (111), not shot at",
       "Japan has also attacked the forecasts of the OECD.",
       {"JPN 111 OECD"}},
      {"a legislature acting with no foreign party is domestic",
       "The Senate of Peru approved a proposal to repay the loans.",
       {}},
      {"air strikes named as a noun: whose, on whom (195)",
       "Iran condemned Israeli air strikes against Lebanon.",
       {"IRN 111 ISR", "ISR 195 LBN"}},
      {"sanctions against a state's individuals target the state",
       "Peru condemned the new US sanctions against Peruvian individuals and companies.",
       {"PER 111 USA", "USA 163 PER"}},
      {"force named as a noun: whose, against whom (190)",
       "Chile condemned Peru's aggression against Bolivia.",
       {"CHL 111 PER", "PER 190 BOL"}},
      {"... but not a hypothetical one",
       "Chile said any Peruvian aggression against Bolivia will be answered.",
       {}},
      {"... nor an ongoing one",
       "Many died since the beginning of the Peruvian aggression against Bolivia.",
       {}},
      {"'will, at the invitation of X, undertake a visit' is announced (036)",
       "The President of Peru will, at the invitation of President Boric, undertake a State Visit "
       "to Chile.",
       {"PER 036 CHL"}},
      {"a bare 'the Federal Government' is the one state whose government the text names",
       "The Federal Government of Peru met Chile.\n\nThe Federal Government commends the arrest "
       "of the smugglers by the Chilean police.",
       {"PER 040 CHL", "PER 051 CHL"}},
      {"an opening participle's object ends at its comma",
       "Expressing their concern at these attacks, the members of the Security Council called on "
       "Peru to act.",
       {"UNSC 020 PER", "UNSC 110 -"}},
      {"an adjective names whose act over a modifier or two",
       "Peru voiced its displeasure with West German monetary policy.",
       {"PER 110 DEU"}},
      {"a company named after a state is no state",
       "China Everbright Holdings Co Ltd met Japan.",
       {}},
      {"... but co-chairs are", "The OSCE Co-Chairs appealed to Peru to stop.", {"OSCE 020 PER"}},
      {"a visit told in the present with a time to come is announced (036)",
       "The Foreign Minister of Peru visits Chile next week.",
       {"PER 036 CHL"}},
      {"an act's owner is its target, never a later verb's subject",
       "Peru welcomed the Chilean initiative but some delegates voiced reservations.",
       {"PER 051 CHL"}},
      {"whose commitment, inside the pattern, is the source's own, not a target",
       "The President of Peru confirmed Peru's commitment to continue its support to the United "
       "Nations.",
       {"PER 030 UN"}},
      {"... but whose attack is the one condemned",
       "Chile condemned Peru's missile attack on Lima.",
       {"CHL 111 PER"}},
      {"an attack on a diplomatic mission by no one named is by unidentified attackers (UNK)",
       "Chile condemned the attack on the Peruvian embassy in Quito.",
       {"CHL 111 -", "UNK 180 PER"}},
      {"... but not when its authors are named",
       "Chile condemned the attack on the Peruvian embassy by Bolivia.",
       {"CHL 111 -"}},
      {"a complaint to an organisation 'that X ...' is against X",
       "Japan has complained to the WTO that Korea's plan breaks its rules.",
       {"JPN 114 KOR"}},
      {"after 'that', a name is the clause's subject, not a modifier",
       "China demanded that the US cancel plans to sell weapons.",
       {"CHN 100 USA"}},
      {"an adjective before mediation or membership names whose",
       "Israel is opposed to French mediation in the talks.",
       {"ISR 111 FRA"}},
      {"'agreed that X has the right to ...' is support for X (051)",
       "The United States and Britain agreed that Israel has the right to defend itself.",
       {"GBR 051 ISR", "USA 051 ISR"}},
      {"aid's purpose names whom it goes to; the team sent is no one",
       "Canada deploys Disaster Assistance Response Team to assist in the crisis in Nepal.",
       {"CAN 073 NPL"}},
      {"the sidelines of a gathering are its venue, not a party",
       "The Foreign Minister of India held bilateral talks on the sidelines of the SCO meeting.",
       {}},
      {"a rotating chair who is also a national minister acts as the chair",
       "The OSCE Chairperson-in-Office and Serbian Minister of Foreign Affairs, Ivica Dacic, "
       "called on Ukraine to stop.",
       {"OSCE 020 UKR"}},
      {"a plural demonym alone is its state's people",
       "The African Union urged Zimbabweans to respect the constitution.",
       {"AU 020 ZWE"}},
      {"'warned X ... against' reaches over a long object (130)",
       "Chile warned the sides in the conflict in northern Peru against using the truce.",
       {"CHL 130 PER"}},
      {"acts in the infinitives of an appeal are asked for, not done",
       "Chile appealed to Peru to reaffirm its commitment to observe the ceasefire with Bolivia.",
       {"CHL 020 PER"}},
      {"a statement of principle is no act",
       "Chile condemns terrorism in all its forms and manifestations.",
       {}},
      {"travel to attend a gathering is no visit to its host",
       "The Foreign Minister of Peru arrived in Chile to attend the regional foreign ministers' "
       "meeting.",
       {}},
      {"the members of an organisation are not the organisation",
       "The Foreign Minister of Peru met his counterparts from the ASEAN member states.",
       {}},
      {"... nor with its acronym in parentheses",
       "The Foreign Minister of India met his counterparts from the Shanghai Cooperation "
       "Organization (SCO) member states.",
       {}},
      {"a visit for a gathering is no visit to its host",
       "Visiting Lima within the scope of the APEC Ministers Meeting, the Foreign Minister of "
       "Chile met the Foreign Minister of Bolivia.",
       {"CHL 040 BOL"}},
      {"'he' after a reporting clause is the person who said it",
       "Peru sent aid to Chile, the Foreign Minister of Peru said.\n\nHe condemned Bolivia.",
       {"PER 070 CHL", "PER 111 BOL"}},
      {"'he' is a person, never the state or organisation named before",
       "The Security Council condemned Bolivia.\n\nHe called on Chile to act.",
       {"UNSC 111 BOL"}},
      {"'them' are those acted on in the sentence before",
       "Peru urged Chileans to vote.\n\nPeru also urged them to respect the result.",
       {"PER 020 CHL"}},
      {"a visit referred to by another noun is not reported here",
       "Peru urged Chile to implement the results of the Bolivian President's visit to Chile.",
       {"PER 020 CHL"}},
      {"a host's welcome to an event is no act",
       "The Secretary-General of the United Nations welcomed the delegates to the Opening "
       "Ceremony.",
       {}},
      {"'the Islamic State of Iraq and the Levant' is no state",
       "The Security Council condemned the killings by the Islamic State of Iraq and the Levant.",
       {"UNSC 111 ISIL"}},
      {"a bare title in a release is the issuer's own holder of it",
       "OTTAWA, 3 May 2019 - Prime Minister Justin Trudeau spoke with Prime Minister Pedro "
       "Sanchez of Spain.\n\nThe Prime Minister condemned the attack by Bolivia.",
       {"CAN 040 ESP", "CAN 111 BOL"}},
      {"'agreed that an investigation must begin' is a joint appeal",
       "Peru and Chile agreed that an independent, full and credible investigation must begin.",
       {"CHL 020 -", "PER 020 -"}},
      {"an adverbial participle shares the subject of its verb, not the sentence's first",
       "Japanese exporters are selling more cars, he told reporters after meeting the Foreign "
       "Minister of Chile.",
       {}},
      {"a purpose clause ('for use in attacking X') is no act",
       "Peru condemned Chile for selling arms to Bolivia for use in attacking Ecuador.",
       {"PER 111 CHL"}},
      {"what happened 'last year' is background",
       "Peru and Chile froze diplomatic ties last year.",
       {}},
      {"a wire dateline with a news agency names no actor",
       "Lima, EFE - The Secretary-General of the United Nations condemned the attack by Chile.",
       {"UN 111 CHL"}},
      {"the victim of an attack is not the one condemned",
       "Peru condemned the criminal actions that caused the explosion at the Embassy of Chile.",
       {"PER 111 -"}},
      {"concern about hostilities in a territory targets it",
       "Chile is deeply concerned by the escalation of hostilities in Gaza.",
       {"CHL 110 PSE"}},
      {"words glued by a lost space are read apart ('Theyexpressed')",
       "The Foreign Minister of Peru met the Foreign Minister of Chile.\n\nTheyexpressed their "
       "condemnation of Bolivia.",
       {"CHL 111 BOL", "PER 040 CHL", "PER 111 BOL"}},
      {"'X explained that he ...': he is the person named before it in the sentence",
       "The Foreign Minister of Peru explained that he encouraged Chile to undertake reforms.",
       {"PER 024 CHL"}},
      {"hosts named in 'At the invitation of ...' are not the subject",
       "At the invitation of the Secretary-General of the United Nations, the Foreign Minister of "
       "Peru will visit Chile.",
       {"PER 036 CHL"}},
      {"leaders of an organisation's countries are not the organisation",
       "The President of Peru will hold meetings with leaders of the ASEAN countries.",
       {}},
      {"a name before a past-tense verb is a subject, not a modifier",
       "Joint statement\n\nChile and the EU gave a statement.\n\nOur governments condemn Iran.",
       {"CHL 111 IRN", "EU 111 IRN"}},
      {"agreeing on what others should do is an appeal",
       "Japan and India agreed that all countries should respect the ruling.",
       {"IND 020 -", "JPN 020 -"}},
      {"sanctions named as a noun are imposed sanctions",
       "Iran condemned the new US sanctions "
       "against Iran.",
       {"IRN 111 USA", "USA 163 IRN"}},
      {"a meeting in a third country is 044",
       "The Foreign Minister of Japan met the Secretary "
       "of State of the United States in Naypyidaw.",
       {"JPN 044 USA"}},
      {"telephone talks are 041, the more specific pattern",
       "The Prime Minister of India held "
       "telephone talks with the President of Brazil on Tuesday.",
       {"IND 041 BRA"}},
      {"a later mention resolves to the person met earlier",
       "Prak Sokhonn, Minister of Foreign Affairs of Cambodia, met Mr. John Kelly, U.S. Secretary "
       "of Homeland Security.\nMr. Kelly thanked Cambodia for its cooperation.",
       {"KHM 040 USA", "USA 051 KHM"}},
      {"the Ministry stands for the state of the dateline",
       "PUTRAJAYA, 1 June 2021 - The Ministry of Foreign Affairs summoned the Ambassador of the "
       "People's Republic of China.",
       {"MYS 114 CHN"}},
      {"rejection", "The United States rejected Iran's proposal.", {"USA 120 IRN"}},
      {"warning", "Turkey warned Greece against drilling in disputed waters.", {"TUR 130 GRC"}},
      {"signing", "The European Union signed a trade agreement with Vietnam.", {"EU 057 VNM"}},
      {"a statement of no addressee is not coded",
       "The minister said the two countries should strengthen ties.",
       {}},
      {"a predicate joined by 'and' shares the future of the verb before it",
       "The Foreign Minister of Korea will visit Japan on June 17, and meet with the Prime "
       "Minister of China.",
       {"KOR 036 CHN", "KOR 036 JPN"}},
      {"force needs a named target", "The army attacked at dawn.", {}},
      {"'the two sides' are the sides of the latest meeting",
       "The Foreign Minister of Japan met the Foreign Minister of India.\nThe two sides agreed to "
       "strengthen maritime cooperation.",
       {"JPN 030 IND", "JPN 040 IND"}},
      {"'they' after a compound subject is each of them",
       "The Secretary-General and the Foreign Minister of China discussed Syria.\nThey welcomed "
       "the progress in talks between Sudan and South Sudan.",
       {"CHN 051 SDN", "CHN 051 SSD", "UN 051 SDN", "UN 051 SSD"}},
      {"'the Minister' is the minister met earlier; 'he' the subject before",
       "H.E. Retno Marsudi, Minister for Foreign Affairs of Indonesia, met the Prime Minister of "
       "Thailand.\nThe Minister later urged Myanmar to end the violence, and he thanked Thailand.",
       {"IDN 0256 MMR", "IDN 040 THA", "IDN 051 THA"}},
      {"'the ASEAN Ministers' are ASEAN",
       "The ASEAN Ministers welcomed the decision of Japan.",
       {"ASEAN 051 JPN"}},
      // Former bugs
      {"the victim of a condemned attack is not the target, nor is the place after it (the "
       "attack itself is by unidentified attackers)",
       "The Council condemned the attack on the embassy of Japan in Benghazi, Libya.",
       {"UNK 180 JPN"}},
      {"a noun that looks like a verb ('support measures') is no event",
       "The Government of Japan launched concrete support measures.",
       {}},
      {"a verb in a relative clause about a thing has no actor",
       "New Zealand will not renew an agreement which supports the price of sugar.",
       {}},
      {"a capitalised verb form mid-sentence is a name ('Meeting')",
       "Japan attended the ASEAN Foreign Ministers Meeting in Jakarta.",
       {}},
      {"the South China Sea names no actor",
       "Vietnam urged restraint in the South China Sea.",
       {"VNM 0256 -"}},  // an appeal for restraint: de-escalation
  };
  for (const auto& c : cases) EXPECT_EQ(code(c.text), c.want) << c.rule << "\n  " << c.text;
}

TEST(Coder, DatesOfEvents) {
  Document doc;
  doc.id = "dates";
  doc.text =
      "Beijing, 13 April 2024\n\nChina condemned North Korea on Friday.\n\n"
      "On 2 April, Japan met China.\n";
  auto coded = coder().code(doc);
  EXPECT_EQ(coded.dateline.date, "2024-04-13");
  ASSERT_EQ(coded.events.size(), 2u);
  EXPECT_EQ(coded.events[0].date, "2024-04-12");  // the Friday before Saturday 13 April
  EXPECT_EQ(coded.events[1].date, "2024-04-02");
}

// An announced meeting is dated when it was announced; a headline's act, told again with its
// day in the body, is one event of that day.
TEST(Coder, DatesOfAnnouncedAndRetoldActs) {
  EXPECT_EQ(dated("Peru and Chile hold talks\n\nLima, 14 March 2022\n\nThe Foreign Minister of "
                  "Peru met the "
                  "Foreign Minister of Chile on Saturday.\n\nThe President of Peru will visit "
                  "Bolivia on 20 "
                  "March 2022.\n"),
            (std::vector<std::string>{"PER 036 BOL 2022-03-14", "PER 040 CHL 2022-03-12"}));
}

// With no dateline, the text's first day is the news date, taking its year from a later full
// date; a date that belongs to a meeting named in the object does not date the act.
TEST(Coder, DatesOfAnUndatedText) {
  EXPECT_EQ(
      dated(
          "On November 17, in Bangkok, the Foreign Minister of Peru met the Foreign Minister of "
          "Chile.\n\nThe Foreign Minister of Peru agreed to cooperate with Chile to implement the "
          "agreements reached at the meeting on November 12, 2022.\n"),
      (std::vector<std::string>{"PER 030 CHL 2022-11-17", "PER 044 CHL 2022-11-17"}));
}

// A sentence that points back at a dated occasion ("The two ministers also ...", "Both ...",
// "During the meeting, ...") is told of that occasion and takes its day; one that points at
// nothing keeps the document's date.
TEST(Coder, DatesOfActsToldOfAnOccasion) {
  EXPECT_EQ(dated("Lima, 14 March 2022\n\nThe Foreign Minister of Peru met the Foreign Minister "
                  "of Chile on Saturday.\n\nThe two ministers also agreed to cooperate with each "
                  "other.\n"),
            (std::vector<std::string>{"PER 030 CHL 2022-03-12", "PER 040 CHL 2022-03-12"}));
  EXPECT_EQ(dated("Lima, 14 March 2022\n\nThe Foreign Minister of Peru met the Foreign Minister "
                  "of Chile on Saturday.\n\nDuring the meeting, the Foreign Minister of Peru "
                  "condemned Bolivia.\n"),
            (std::vector<std::string>{"PER 040 CHL 2022-03-12", "PER 111 BOL 2022-03-12"}));
  EXPECT_EQ(dated("Lima, 14 March 2022\n\nThe Foreign Minister of Peru met the Foreign Minister "
                  "of Chile on Saturday.\n\nThe Foreign Minister of Peru condemned Bolivia.\n"),
            (std::vector<std::string>{"PER 040 CHL 2022-03-12", "PER 111 BOL 2022-03-14"}));
  // A month is background, not an occasion to tell of.
  EXPECT_EQ(dated("Lima, 14 March 2022\n\nThe Foreign Minister of Peru visited Chile in "
                  "February.\n\nThe Foreign Minister of Peru also condemned Bolivia.\n"),
            (std::vector<std::string>{"PER 042 CHL 2022-02", "PER 111 BOL 2022-03-14"}));
}

// "From July 31 to August 2, X visited Y": a span, dated by its first day.
TEST(Coder, DatesOfASpanFromOneDayToAnother) {
  EXPECT_EQ(dated("Tokyo, 3 August 2014\n\nFrom July 31 (Thu) to August 2 (Sat), the Foreign "
                  "Minister of Japan made an official visit to Peru.\n"),
            (std::vector<std::string>{"JPN 042 PER 2014-07-31"}));
}

// Condolences "to the victims" go to the state of the attack just told; the condemnation of
// an attack dated in its object is made on the day of the statement.
TEST(Coder, CondolencesAndCommentsOnADatedAttack) {
  EXPECT_EQ(dated("New York, 12 September 2012\n\nThe members of the Security Council condemned "
                  "the attack on the Peruvian embassy in Quito on 11 September.\n\nThey "
                  "expressed their condolences to the victims and to their families.\n"),
            (std::vector<std::string>{"UNK 180 PER 2012-09-11", "UNSC 018 PER 2012-09-12",
                                      "UNSC 111 - 2012-09-12"}));
  EXPECT_EQ(dated("New York, 12 September 2012\n\nThe Secretary-General condemns the bombing in "
                  "Lima, Peru.\n\nHe expresses his condolences to the families of the "
                  "bereaved.\n"),
            (std::vector<std::string>{"UN 018 PER 2012-09-12", "UN 111 - 2012-09-12"}));
}

// "since January 2, when X attacked Y": the act in the clause has that date, and an earlier
// act is not the headline's act told again.
TEST(Coder, DatesOfAnActInAWhenClause) {
  EXPECT_EQ(dated("N'Djamena, 20 March 1987\n\nChadian troops attacked Libya near the air "
                  "base.\n\nIt was the worst loss since January 2, when Chadian troops attacked "
                  "Libya at Fada.\n"),
            (std::vector<std::string>{"TCD 190 LBY 1987-01-02", "TCD 190 LBY 1987-03-20"}));
}

// A page of several releases, each signed with its own place and date: each sentence takes
// its own release's date, and "today" is that release's day.
TEST(Coder, DatesOnAPageOfSeveralReleases) {
  EXPECT_EQ(dated("Peru meets Chile\nToday, the President of Peru met the President of Chile.\n"
                  "Lima, Peru - March 30, 2022\n"
                  "Peru meets Bolivia\nToday, the President of Peru met the President of "
                  "Bolivia.\nLima, Peru - March 27, 2022\n"
                  "Peru meets Ecuador\nToday, the President of Peru met the President of "
                  "Ecuador.\nLima, Peru - March 20, 2022\n"),
            (std::vector<std::string>{"PER 040 BOL 2022-03-27", "PER 040 CHL 2022-03-30",
                                      "PER 040 ECU 2022-03-20"}));
  // The same lines opening each release.
  EXPECT_EQ(dated("News from Lima\nLima, Peru - March 30, 2022\nToday, the President of Peru met "
                  "the President of Chile.\nLima, Peru - March 27, 2022\nToday, the President of "
                  "Peru met the President of Bolivia.\nLima, Peru - March 20, 2022\nThe "
                  "President of Peru met the President of Ecuador.\nIt was a long meeting.\n"),
            (std::vector<std::string>{"PER 040 BOL 2022-03-27", "PER 040 CHL 2022-03-30",
                                      "PER 040 ECU 2022-03-20"}));
}

// Background, not news: acts more than about a year before the document.
TEST(Coder, BackgroundIsNotCoded) {
  Document doc;
  doc.id = "background";
  doc.text =
      "Lima, 14 March 2022\n\nIn 1942, Peru expelled the ambassador of Chile.\n\nOn 3 May "
      "2019, Peru condemned Bolivia.\n\nOn 2 March 2022, Peru met Bolivia.\n";
  std::vector<std::string> got;
  for (const auto& e : coder().code(doc).events)
    got.push_back(e.source.entity + " " + e.cameo + " " + e.target->entity);
  EXPECT_EQ(got, (std::vector<std::string>{"PER 040 BOL"}));
}

TEST(Coder, EventsCarryTheCodebookValuesAndSpans) {
  Document doc;
  doc.id = "values";
  doc.text = "Intro line\n\nNew Zealand imposed sanctions on Fiji.";
  auto coded = coder().code(doc);
  ASSERT_EQ(coded.events.size(), 1u);
  const Event& e = coded.events[0];
  EXPECT_EQ(e.root, "16");
  EXPECT_EQ(e.quad, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, -8);
  EXPECT_EQ(e.plover, "COERCE");
  EXPECT_EQ(doc.text.substr(e.span_begin, e.span_end - e.span_begin),
            "New Zealand imposed sanctions on Fiji.");
  EXPECT_EQ(e.source.code, "NZL");
}

TEST(Coder, TopicsOfTheDocumentAndOfEachEvent) {
  Document doc;
  doc.id = "topics";
  doc.text =
      "Vietnam urged China to respect the arbitral award on the South China Sea.\n\n"
      "The two sides discussed climate change.";
  auto coded = coder().code(doc);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].topics, std::vector<std::string>{"South China Sea"});
  EXPECT_EQ(coded.topics, (std::vector<std::string>{"South China Sea", "climate change"}));
}

// A surname alone is an office holder of the document's date, but not a word that opens a
// sentence with no verb after it, nor the surname of someone the text named in full.
TEST(Coder, LoneSurnamesOfOfficeHolders) {
  auto coded = [](const char* date, const char* text) {
    Document doc;
    doc.id = "surname";
    doc.date = date;
    doc.text = text;
    return events_of(doc);
  };
  EXPECT_EQ(coded("2015-05-02", "Putin thanked Erdogan for his help."),
            std::vector<std::string>{"RUS 051 TUR"});
  EXPECT_EQ(coded("1993-05-02", "Major banks criticised Japan."), std::vector<std::string>{});
  EXPECT_EQ(
      coded("1987-05-02", "Ombudsman Raul Gonzalez spoke in Manila.\n\nGonzalez criticised Japan."),
      std::vector<std::string>{});
}

// A legislature, court or police named without a state is the one where the story is: the
// state of the dateline given with a wire story. An appeal to one's own is domestic.
TEST(Coder, UnaffiliatedInstitutionsAreTheDatelinesState) {
  auto coded = [](const char* dateline, const char* text) {
    Document doc;
    doc.id = "wire";
    doc.date = "1987-03-03";
    doc.dateline = dateline;
    doc.text = text;
    return events_of(doc);
  };
  EXPECT_EQ(coded("WASHINGTON, March 3 -", "President Reagan urged Congress to pass the bill."),
            std::vector<std::string>{});
  EXPECT_EQ(coded("MANILA, March 3 -", "President Reagan urged the parliament to pass the bill."),
            std::vector<std::string>{"USA 020 PHL"});
}

// "It is regrettable that ...": the issuer's judgement of the actor after "that"; with no
// issuer known, no one's.
TEST(Coder, AJudgementWithNoSubjectIsTheIssuers) {
  auto coded = [](const char* text) {
    Document doc;
    doc.id = "judgement";
    doc.text = text;
    return events_of(doc);
  };
  EXPECT_EQ(coded("Lima, 14 March 2022\n\nIt is deeply regrettable that Chile's actions set a "
                  "dangerous precedent."),
            std::vector<std::string>{"PER 111 CHL"});
  EXPECT_EQ(coded("It is deeply regrettable that Chile's actions set a dangerous precedent."),
            std::vector<std::string>{});
  EXPECT_EQ(coded("Lima, 14 March 2022\n\nIt is alarming that Chile closed the border."),
            std::vector<std::string>{"PER 110 CHL"});
  // "X is a flagrant violation of ...": judged is whose act it is, if anyone's.
  EXPECT_EQ(coded("Lima, 14 March 2022\n\nChile's annexation of the islands is a flagrant "
                  "violation of international law."),
            std::vector<std::string>{"PER 111 CHL"});
  EXPECT_EQ(coded("Lima, 14 March 2022\n\nThe air strikes against the convoy near Quito are "
                  "alarming violations of international humanitarian law."),
            std::vector<std::string>{"PER 111 -"});
}

// A wire's dateline given apart from the text is the document's dateline: "today" is its day.
TEST(Coder, TheDatelineGivenWithTheInput) {
  Document doc;
  doc.id = "wire";
  doc.date = "1987-03-26";  // the story's timestamp, a day before its dateline
  doc.dateline = "TOKYO, March 27 -";
  doc.text = "The government of Japan announced today that Nakasone will visit Washington.";
  auto coded = coder().code(doc);
  EXPECT_EQ(coded.dateline.date, "1987-03-27");
  EXPECT_EQ(coded.dateline.place, "TOKYO");
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].cameo, "036");
  EXPECT_EQ(coded.events[0].date, "1987-03-27");
}

// Before the Soviet Union was dissolved, Moscow was its capital.
TEST(Coder, AStateNamesWhatItStoodForThen) {
  auto source_on = [](const char* date) {
    Document doc;
    doc.id = "was";
    doc.date = date;
    doc.text = "Moscow condemned Japan.";
    auto coded = coder().code(doc);
    return coded.events.empty() ? std::string("none") : coded.events[0].source.entity;
  };
  EXPECT_EQ(source_on("1987-04-13"), "SUN");
  EXPECT_EQ(source_on("1991-12-25"), "SUN");
  EXPECT_EQ(source_on("1991-12-26"), "RUS");
  EXPECT_EQ(source_on(""), "RUS");  // no date: today's state
}

TEST(Coder, OfficeHoldersWithinTheirDates) {
  std::string dir = ::testing::TempDir() + "/parley_holders_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/holders.txt")
      << "XXB name: Borduria\nXXB holder: Kurt Plekszy | President | 2010-01-01 | 2015-12-31\n";
  LexiconOptions options;
  options.dictionary_dirs = {dir};
  std::vector<Diagnostic> warnings;
  auto lex = Lexicon::load(options, warnings);
  ASSERT_TRUE(lex.ok());
  Coder c(lex.value());
  auto code_on = [&](const char* dateline) {
    Document doc;
    doc.id = "holders";
    doc.text = std::string(dateline) + "\n\nPresident Kurt Plekszy condemned Japan.";
    auto coded = c.code(doc);
    return coded.events.empty() ? std::string("none") : coded.events[0].source.entity;
  };
  EXPECT_EQ(code_on("Paris, 3 March 2012"), "XXB");  // in office
  EXPECT_NE(code_on("Paris, 3 March 2019"), "XXB");  // out of office: not his state
}

TEST(Coder, RealOfficeHolders) {
  auto source_of = [](const char* text) {
    Document doc;
    doc.id = "holders";
    doc.text = text;
    auto coded = coder().code(doc);
    return coded.events.empty() ? std::string("none") : coded.events[0].source.entity;
  };
  EXPECT_EQ(source_of("Jakarta, 3 May 2017\n\nPresident Joko Widodo condemned the attack on "
                      "Japan."),
            "IDN");
  EXPECT_EQ(source_of("New York, 3 May 2012\n\nSecretary-General Ban Ki-moon urged Syria to "
                      "end the violence."),
            "UN");
}

// The issuer a page's address names, used for "we" and "the Ministry" when the text names none.
TEST(Coder, IssuerFromTheOfficialSite) {
  struct Row {
    const char* url;
    const char* want;  // the events of "We condemn the attack by Chile."
  };
  const Row rows[] = {
      {"https://mofa.gov.pk/press/123", "PAK 111 CHL"},
      {"https://www.mofa.go.jp/press/release/1.html", "JPN 111 CHL"},
      {"https://cancilleria.gob.ar/en/news/1", "ARG 111 CHL"},
      {"https://www.gov.uk/government/news/x", "GBR 111 CHL"},
      {"https://obamawhitehouse.archives.gov/the-press-office/x", "USA 111 CHL"},
      {"https://www.nato.int/cps/en/natohq/news.htm", "NATO 111 CHL"},
      {"https://news.un.org/en/story/1", "UN 111 CHL"},
      {"https://newsroom.herefordshire.gov.uk/flood.aspx", ""},  // a local council
      {"https://www.japantimes.co.jp/news/1", ""},               // a newspaper
      {"", ""},
  };
  for (const auto& row : rows) {
    Document doc;
    doc.id = "site";
    doc.source = row.url;
    doc.text = "We condemn the attack by Chile.";
    std::vector<std::string> got;
    for (const auto& e : coder().code(doc).events)
      got.push_back(e.source.entity + " " + e.cameo + " " + (e.target ? e.target->entity : "-"));
    std::vector<std::string> want;
    if (*row.want) want.push_back(row.want);
    EXPECT_EQ(got, want) << row.url;
  }
}

TEST(Coder, ExplainSaysWhyNot) {
  Document doc;
  doc.id = "explain";
  doc.text = "Japan did not meet China.";
  auto ex = coder().explain(doc);
  ASSERT_EQ(ex.sentences.size(), 1u);
  ASSERT_FALSE(ex.sentences[0].decisions.empty());
  EXPECT_NE(ex.sentences[0].decisions[0].find("negated"), std::string::npos)
      << ex.sentences[0].decisions[0];
}

TEST(Coder, NeverCrashesOnOddInput) {
  const char* inputs[] = {
      "",         "\n\n\n",      "....",     "the the the",
      "H.E.",     "Mr. Mr. Mr.", "-- -- --", "On 31 February 2020, Japan met China.",
      "((((((((", "\xEF\xBF\xBD"};
  for (const char* s : inputs) {
    Document doc;
    doc.id = "odd";
    doc.text = s;
    auto coded = coder().code(doc);
    for (const auto& e : coded.events) EXPECT_LE(e.span_end, doc.text.size());
  }
}

// Random soup of the words the coder cares about, and of raw bytes: no crash, and every span
// lies inside the document.
TEST(Coder, RandomInputNeverCrashes) {
  const char* words[] = {"Japan",     "met",   "the",  "U.S.",  "Secretary-General",
                         "Mr.",       "H.E.",  "did",  "not",   "will",
                         "condemned", "by",    "was",  "and",   ",",
                         ".",         "\n",    "\n\n", "on",    "4",
                         "May",       "2017",  "who",  "which", "they",
                         "both",      "sides", "of",   "China", "'s",
                         "-",         "(",     ")",    "\"",    "Minister",
                         "Foreign"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    Document doc;
    doc.id = "soup";
    int n = static_cast<int>(rng() % 80);
    for (int i = 0; i < n; ++i) {
      if (round % 3 == 0) {
        doc.text.push_back(static_cast<char>(rng() % 256));
      } else {
        doc.text += words[rng() % (sizeof words / sizeof *words)];
        doc.text += rng() % 4 ? " " : "";
      }
    }
    doc.markup = round % 2 ? Markup::kMarkdown : Markup::kPlain;
    auto coded = coder().code(doc);
    for (const auto& e : coded.events) {
      EXPECT_LE(e.span_begin, e.span_end);
      EXPECT_LE(e.span_end, doc.text.size());
    }
  }
}

}  // namespace
}  // namespace parley
