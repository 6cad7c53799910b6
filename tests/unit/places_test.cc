// Places: the gazetteer built from GeoNames, aliases, and where events happened.
#include <gtest/gtest.h>

#include "builtin_coder.h"
#include "parley/coder.h"

namespace parley {
namespace {

std::shared_ptr<const Lexicon> lexicon() {
  return testing::builtin_lexicon();
}

TEST(Gazetteer, CitiesAliasesAndAmbiguity) {
  const Lexicon& lex = *lexicon();
  EXPECT_GT(lex.place_count(), 20000u);
  struct Case {
    const char* name;
    std::vector<std::string> prefer;
    const char* country;
  } cases[] = {
      {"Jakarta", {}, "IDN"},     {"Phnom Penh", {}, "KHM"},
      {"Washington", {}, "USA"},  {"Washington D.C.", {}, "USA"},
      {"Geneva", {}, "CHE"},      {"Moscow", {}, "RUS"},  // the most populous Moscow
      {"Moscow", {"USA"}, "USA"},  // Moscow, Idaho, in a story about the United States
      {"PUTRAJAYA", {}, "MYS"},   {"Naypyidaw", {}, "MMR"},
      {"Benghazi", {}, "LBY"},
  };
  for (const auto& c : cases) {
    const Place* p = lex.place(c.name, c.prefer);
    ASSERT_NE(p, nullptr) << c.name;
    EXPECT_EQ(p->country, c.country) << c.name;
  }
  EXPECT_EQ(lex.place("Xqzzyville"), nullptr);
  const Place* dc = lex.place("Washington");
  EXPECT_NEAR(dc->lat, 38.9, 0.1);
  EXPECT_NEAR(dc->lon, -77.0, 0.1);
}

TEST(Places, OfEventsAndMeetings) {
  Coder coder(lexicon());
  Document doc;
  doc.id = "places";
  doc.text =
      "Phnom Penh, 8 May 2017\n\nThe Foreign Minister of Cambodia met the Secretary-General of "
      "ASEAN at the ASEAN Secretariat in Jakarta on 4 May 2017.\n\nCambodia urged the DPRK to "
      "comply with the resolutions.\n\nCambodia expressed concern over the situation in Syria.";
  auto coded = coder.code(doc);
  ASSERT_EQ(coded.events.size(), 3u);
  ASSERT_TRUE(coded.events[0].location);
  EXPECT_EQ(coded.events[0].location->place, "Jakarta");  // the sentence says where
  EXPECT_EQ(coded.events[0].location->country, "IDN");
  ASSERT_TRUE(coded.events[1].location);
  EXPECT_EQ(coded.events[1].location->place, "Phnom Penh");  // nothing said: the dateline
  ASSERT_TRUE(coded.events[2].location);
  EXPECT_EQ(coded.events[2].location->place, "Phnom Penh");  // "the situation in Syria" is no venue
  ASSERT_EQ(coded.meetings.size(), 1u);
  ASSERT_TRUE(coded.meetings[0].location);
  EXPECT_EQ(coded.meetings[0].location->place, "Jakarta");
}

}  // namespace
}  // namespace parley
