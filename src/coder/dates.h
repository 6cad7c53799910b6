// coder/dates.h — calendar dates written in text, and resolving them against a reference.
//
// Recognised forms (month names full or abbreviated, any case, day with or without "st/nd/
// rd/th"): "4th May 2017", "May 4, 2017", "4 May", "May 4", "13-APR-1987", "2017-05-04",
// "04/05/2017" (day first unless the day would be above 12), "May 2017" (month precision),
// the words "today", "yesterday", "tomorrow", and weekdays ("on Friday": the latest Friday up
// to the reference day, so a release of Saturday 13 April 2024 dates it 12 April). A date
// without a year takes the year of the
// reference date, moved back a year when that would put it more than a month after the
// reference (a release of 3 January speaks of "28 December" last year).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenize.h"

namespace parley::coder {

struct Date {
  int year = 0, month = 0, day = 0;  // day 0: month precision; year 0: year unknown
  bool valid() const { return month >= 1 && month <= 12; }
  std::string iso() const;  // "2017-05-04", "2017-05", or "" when the year is unknown
  static std::optional<Date> parse_iso(std::string_view s);
  Date plus_days(int days) const;
  int weekday() const;  // 0 = Monday
};

// A date found in a token range.
struct DateMention {
  uint32_t first = 0, last = 0;  // token range [first, last)
  Date date;
  bool relative = false;    // today / yesterday / tomorrow / a weekday: needs a reference day
  int offset_days = 0;      // for today / yesterday / tomorrow
  int weekday = -1;         // "on Friday": 0 = Monday; the latest such day up to the reference
  int offset_months = 0;    // "last month" (-1), "this month" (0), "next month" (1)
  bool month_only = false;  // a month without a day: "this November", "last month"
  int year_shift = 0;       // "last July" (-1: the July before), "next July" (+1), "this July" (0)
  bool explicit_shift = false;
};

// Every date in tokens [first, last) of `text`. `month_first` reads "04/05/2017" as April 5
// (a document that writes "05/13/2017" elsewhere uses that convention).
std::vector<DateMention> find_dates(std::string_view text, const std::vector<text::Token>& tokens,
                                    uint32_t first, uint32_t last, bool month_first = false);

// True when the text writes numeric dates month first somewhere ("05/13/2017").
bool writes_month_first(std::string_view text, const std::vector<text::Token>& tokens);

// Fills in a missing year and resolves relative dates against `reference` (may be invalid).
Date resolve(const DateMention& m, const Date& reference);

int month_number(std::string_view word);  // 1..12, or 0

}  // namespace parley::coder
