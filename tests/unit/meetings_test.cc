// Meeting records: one per meeting, with its sides and the people in it.
#include <gtest/gtest.h>

#include <algorithm>

#include "builtin_coder.h"
#include "parley/coder.h"

namespace parley {
namespace {

const Coder& coder() {
  return testing::builtin_coder();
}

// Meetings as "date kind PARTY,PARTY [name|name]", parties and names sorted.
std::vector<std::string> meetings(const std::string& text) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  std::vector<std::string> out;
  for (const auto& m : coder().code(doc).meetings) {
    auto parties = m.parties;
    std::sort(parties.begin(), parties.end());
    std::vector<std::string> names;
    for (const auto& p : m.participants) names.push_back(p.name + "/" + p.affiliation);
    std::sort(names.begin(), names.end());
    std::string s = m.date + " " + m.kind + " ";
    for (size_t i = 0; i < parties.size(); ++i) s += (i ? "," : "") + parties[i];
    s += " [";
    for (size_t i = 0; i < names.size(); ++i) s += (i ? "|" : "") + names[i];
    out.push_back(s + "]");
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Case {
  const char* rule;
  const char* text;
  std::vector<std::string> want;
};

TEST(Meetings, Table) {
  const Case cases[] = {
      {"a meeting verb makes a bilateral record with its people",
       "Hanoi, 3 March 2022\n\nVietnamese Foreign Minister Bui Thanh Son met with Mr. Antony "
       "Blinken, U.S. Secretary of State, on 2 March 2022.",
       {"2022-03-02 bilateral USA,VNM [Antony Blinken/USA|Bui Thanh Son/VNM]"}},
      {"a telephone call is a call",
       "Tokyo, 5 June 2023\n\nForeign Minister Penny Wong of Australia held telephone talks with "
       "Mr. Yoshimasa Hayashi, Minister for Foreign Affairs of Japan.",
       {"2023-06-05 call AUS,JPN [Penny Wong/AUS|Yoshimasa Hayashi/JPN]"}},
      {"a headline's meeting takes the date the body states",
       "Lima, 14 March 2022\n\nPeru and Chile hold talks\n\nThe Foreign Minister of Peru met the "
       "Foreign Minister of Chile on Saturday.",
       {"2022-03-12 bilateral CHL,PER []"}},
      {"a call readout's 'spoke with' is a call",
       "Readout of the President's Call with the President of Chile\n\nLima, 14 March 2022\n\n"
       "The President of Peru spoke today with the President of Chile.",
       {"2022-03-14 call CHL,PER []"}},
      {"an opening 'In the meeting with X' is the subject's meeting",
       "Lima, 14 March 2022\n\nIn the bilateral meeting with the Foreign Minister of Chile, the "
       "Foreign Minister of Peru raised trade.",
       {"2022-03-14 bilateral CHL,PER []"}},
      {"'met his counterparts from A, B and C': a bilateral each",
       "Lima, 14 March 2022\n\nThe Foreign Minister of Peru met his counterparts from Chile, "
       "Bolivia and Ecuador.",
       {"2022-03-14 bilateral BOL,PER []", "2022-03-14 bilateral CHL,PER []",
        "2022-03-14 bilateral ECU,PER []"}},
      {"'The 27th Meeting of the Conference of X was held': the name's whole 'of' phrase",
       "The Twenty-Seventh Meeting of the Conference of Heads of Government of the Caribbean "
       "Community (CARICOM) was held at Placencia on 16-17 February 2016.",
       {"2016-02-16 multilateral CARICOM []"}},
      {"a planned meeting is no record",
       "Paris, 1 May 2020\n\nThe President of France will meet "
       "the Chancellor of Germany next week.",
       {}},
      {"a named meeting that took place, with the sides in its name and who attended",
       "Jakarta, 9 July 2023\n\nThe Minister for Foreign Affairs of Malaysia attended the 13th "
       "ASEAN-Japan Dialogue in Jakarta.",
       {"2023-07-09 multilateral ASEAN,JPN,MYS []"}},
      {"the same meeting mentioned twice is one record",
       "Moscow, 13 April 1987\n\nThe U.S. Secretary of State, George Shultz, and Soviet Foreign "
       "Minister Eduard Shevardnadze met today.\n\nShevardnadze met Shultz again in the "
       "afternoon.",
       {"1987-04-13 bilateral SUN,USA [Eduard Shevardnadze/SUN|George Shultz/USA]"}},
      {"two bilaterals with two different people of one side are two records",
       "Washington, 5 May 2017\n\nThe Foreign Minister of Cambodia, Prak Sokhonn, held a bilateral "
       "meeting with the Honorable John F. Kelly, U.S. Secretary of Homeland Security.\n\nThe "
       "Foreign Minister also held a bilateral meeting with the Honorable Thomas A. Shannon Jr., "
       "Under Secretary of State.",
       {"2017-05-05 bilateral KHM,USA [John F. Kelly/USA|Prak Sokhonn/KHM]",
        "2017-05-05 bilateral KHM,USA [Prak Sokhonn/KHM|Thomas A. Shannon Jr./USA]"}},
      {"people listed as taking part join the meeting",
       "New York, 2 April 2016\n\nThe Secretary-General of the United Nations met the Secretary-"
       "General of ASEAN, H.E. Le Luong Minh. Other officials participating in the meeting "
       "included: Deputy Executive Secretary of the UNESCAP, Mr. Kaveh Zahedi.",
       {"2016-04-02 bilateral ASEAN,UN [Kaveh Zahedi/UNESCAP|Le Luong Minh/ASEAN]"}},
      {"a visit named as a noun, dated by the month next to it",
       "Canberra, 9 September 2019\n\nThe Foreign Minister of Australia, Marise Payne, spoke "
       "about her visit to Indonesia in August.",
       {"2019-08 visit AUS,IDN [Marise Payne/AUS]"}},
      {"a telephone call named as a noun: the caller to the one who thanks",
       "Tokyo, 9 August 2014\n\nMinister Fumio Kishida of Japan thanked Secretary of State John "
       "Kerry for the telephone call Secretary Kerry made on his birthday (July 29).",
       {"2014-07-29 call JPN,USA [Fumio Kishida/JPN|John Kerry/USA]"}},
      {"an upcoming visit is no meeting",
       "Tokyo, 9 August 2014\n\nThe Prime Minister of Japan "
       "spoke about his upcoming visit to India.",
       {}},
      {"one side meeting several others one by one: a record each",
       "Dhaka, 13 March 2022\n\nThe Foreign Minister of Bangladesh held separate bilateral "
       "meetings with the Foreign Ministers of Austria and Turkey.",
       {"2022-03-13 bilateral AUT,BGD []", "2022-03-13 bilateral BGD,TUR []"}},
      {"a meeting named only as background is no record",
       "Jakarta, 30 March 2016\n\nThe talks were held following the 7th ASEAN-UN Summit in "
       "November 2015.",
       {}},
  };
  for (const auto& c : cases) EXPECT_EQ(meetings(c.text), c.want) << c.rule << "\n  " << c.text;
}

}  // namespace
}  // namespace parley
