// coder/dateline.h — when and where a document was issued, and the date its news happened.
//
// Press releases print their issue date in a few places: a line of its own at the head
// ("30 March 2016", after a place line "New York"), a place-and-date line ("4th May 2017,
// Washington D.C., USA"), a wire dateline opening the first paragraph ("MOSCOW, April 13 -",
// "Phnom Penh (FN), May 19 -", "12 September 2012 - The members ..."), or a sign-off at the
// foot ("Phnom Penh, 08 May 2017", "PUTRAJAYA" / "1 JUNE 2021"). A sign-off is the issue
// date when there is one; a head date line is then the date of the news itself (seed 004), and
// events without a date of their own take it.
//
// A page of several releases, each with its own place-and-date line (three or more such
// lines), dates each sentence by its own release's line: the next one when the lines close
// the releases, the last one when they open them.
//
// Wire datelines carry no year: it comes from the document's first full date, or from the date
// given with the input (JSONL "date").
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coder/dates.h"
#include "text/sentences.h"
#include "text/tokenize.h"

namespace parley::coder {

struct DatelineInfo {
  Date issued;             // the dateline date (may be invalid)
  std::string place;       // as written, or empty
  Date news;               // the default date of events: a head date line, else `issued`
  std::string news_place;  // where the news happened: a head place line, else `place`
  int sentence = -1;       // the unit that held the dateline, or -1
  std::vector<int> units;  // units that are only dateline (skipped by the coder)
  std::string reason;      // for explain: which rule found it
  // A page listing several releases, each with a place-and-date line of its own: those lines,
  // in order, and whether each closes its release (a sign-off) or opens it.
  std::vector<std::pair<int, Date>> items;
  bool items_close = false;
};

// The date of the release that unit `u` belongs to on a page of several, or an invalid date.
Date item_date(const DatelineInfo& info, size_t u);

// `given_date` and `given_dateline` come with the input (JSONL "date" and "dateline"): a
// wire's dateline kept apart from the text ("TOKYO, March 27 -") is the dateline when the text
// has none, its year taken from the given date.
DatelineInfo find_dateline(std::string_view text, const std::vector<text::Token>& tokens,
                           const std::vector<text::Sentence>& sentences,
                           const std::string& given_date,
                           const std::string& given_dateline = std::string());

}  // namespace parley::coder
