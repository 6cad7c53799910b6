// Dates in text, datelines: table-driven cases.
#include <gtest/gtest.h>

#include "coder/dateline.h"
#include "coder/dates.h"
#include "text/normalize.h"

namespace parley::coder {
namespace {

std::string first_date(const std::string& s, const std::string& reference = "2017-05-08") {
  auto n = text::normalize(s, Markup::kPlain);
  auto toks = text::tokenize(n.text);
  auto dates = find_dates(n.text, toks, 0, static_cast<uint32_t>(toks.size()));
  if (dates.empty()) return "none";
  return resolve(dates.front(), *Date::parse_iso(reference)).iso();
}

TEST(Dates, Forms) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"on 4th May 2017", "2017-05-04"},
      {"on May 4, 2017", "2017-05-04"},
      {"on 4 May", "2017-05-04"},
      {"on 16-17 February 2016", "2016-02-16"},
      {"from 11 to 14 July 2022", "2022-07-11"},
      {"on February 16-17, 2016", "2016-02-16"},
      {"on 30 March", "2017-03-30"},
      {"13-APR-1987 08:38", "1987-04-13"},
      {"2017-05-04", "2017-05-04"},
      {"04/05/2017", "2017-05-04"},
      {"in November 2015", "2015-11"},
      {"met today", "2017-05-08"},
      {"yesterday", "2017-05-07"},
      {"on 28 December", "2016-12-28"},  // a month and more after the reference: last year
      {"1 JUNE 2021", "2021-06-01"},
      {"August 9, 2014", "2014-08-09"},
      {"Sept. 3", "2016-09-03"},  // four months after the reference: last year
      {"you may agree", "none"},  // "may" in lower case is a verb
      {"June 2016 May 2016", "2016-06"},
      {"on Friday", "2017-05-05"},  // the reference, 8 May 2017, is a Monday
      {"on Monday", "2017-05-08"},
      {"last week", "2017-05-01"},
      {"earlier this month", "2017-05"},
      {"last month", "2017-04"},
      {"next month", "2017-06"},
      {"this November", "2017-11"},
      {"last July", "2016-07"},
      {"his visit in July", "2016-07"},  // a month alone, more than a month ahead: last year
      {"since April", "2017-04"},
      {"in the last month", "2017-04"},
  };
  for (const auto& c : cases) EXPECT_EQ(first_date(c.text), c.want) << c.text;
}

TEST(Dates, TheDocumentsConventionForNumericDates) {
  auto n = text::normalize("Signed on 04/05/2017; in force from 05/13/2017.", Markup::kPlain);
  auto toks = text::tokenize(n.text);
  ASSERT_TRUE(writes_month_first(n.text, toks));
  auto dates = find_dates(n.text, toks, 0, static_cast<uint32_t>(toks.size()), true);
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].date.iso(), "2017-04-05");
  EXPECT_EQ(dates[1].date.iso(), "2017-05-13");
}

TEST(Dates, Weekday) {
  EXPECT_EQ(Date::parse_iso("2024-04-13")->weekday(), 5);  // a Saturday
  EXPECT_EQ(Date::parse_iso("1970-01-01")->weekday(), 3);  // a Thursday
  EXPECT_EQ(Date::parse_iso("2016-02-28")->plus_days(2).iso(), "2016-03-01");
}

DatelineInfo dateline_of(const std::string& s, const std::string& given = "") {
  static text::NormalizedText n;
  n = text::normalize(s, Markup::kPlain);
  auto toks = text::tokenize(n.text);
  auto sents = text::split_sentences(n.text, toks);
  return find_dateline(n.text, toks, sents, given);
}

TEST(Dateline, Forms) {
  struct Case {
    const char* text;
    const char* date;
    const char* place;
    const char* news;
  } cases[] = {
      {"New York\n\n30 March 2016\n\nNote to Correspondents: text.", "2016-03-30", "New York",
       "2016-03-30"},
      {"Title\n\n4th May 2017, Washington D.C., USA\n\nBody text here.\n\nPhnom Penh, 08 May "
       "2017\n",
       "2017-05-08", "Phnom Penh", "2017-05-04"},
      {"HEADLINE\n\nMOSCOW, April 13 - Talks began today in 1987. On 12 April 1987 x.",
       "1987-04-13", "MOSCOW", "1987-04-13"},
      {"Phnom Penh (FN), May 19 - The minister, on 17 May 2021, met the envoy.", "2021-05-19",
       "Phnom Penh (FN)", "2021-05-19"},
      {"Statement\n12 September 2012 - The members of the Council condemned the attack.",
       "2012-09-12", "", "2012-09-12"},
      {"Text of the release.\n\nYB DATO' SERI X\nPUTRAJAYA\n1 JUNE 2021\n", "2021-06-01",
       "PUTRAJAYA", "2021-06-01"},
      {"Wang Yi Holds Talks\n\nOn August 5, 2016, Foreign Minister Wang Yi held talks.", "", "",
       ""},
      {"Year-on-Year Inflation\nJune 2016 May 2016 June 2015\nHeadline 1.9 1.6", "", "", ""},
  };
  for (const auto& c : cases) {
    auto d = dateline_of(c.text);
    EXPECT_EQ(d.issued.iso(), c.date) << c.text;
    EXPECT_EQ(d.place, c.place) << c.text;
    EXPECT_EQ(d.news.iso(), c.news) << c.text;
  }
}

TEST(Dateline, GivenDateFillsTheGap) {
  auto d = dateline_of("No date in this text at all.", "2020-01-02");
  EXPECT_EQ(d.issued.iso(), "2020-01-02");
}

}  // namespace
}  // namespace parley::coder
