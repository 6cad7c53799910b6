// coder/meetings.h — one record per meeting a document reports.
//
// A meeting is reported in two ways, and a record is assembled from both:
//   - a meeting verb read in its clause (a coded 04x event: "met", "held talks with", "spoke on
//     the phone", "visited", and the summons of an ambassador), with its sides and the people
//     named as them;
//   - a meeting named as such ("the 32nd U.S.-ASEAN Dialogue", "the ASEAN Foreign Ministers'
//     Retreat") that the text says took place: the object of "attended", "chaired",
//     "co-chaired", "held", "led a delegation to", or the subject of "was held", or the
//     document's own title.
// Mentions of the same meeting (same day, sides that fit, no two different people for one side)
// merge into one record, and a mention with no date of its own (a headline) takes the date a
// later sentence states; a bilateral meeting "on the sidelines of" another is its own record.
// Later sentences add people: "Other senior UN officials participating in the meeting
// included: ...", "together with Deputy Foreign Minister X of Laos".
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/mentions.h"
#include "parley/coded.h"

namespace parley::coder {

// A meeting verb as the coder read it.
struct MeetingMention {
  size_t sentence = 0;
  std::string date;
  std::string cameo;
  std::vector<std::string> sides;  // entities, sources first
  std::vector<Participant> people;
  bool sidelines = false;       // "on the sidelines of ..."
  bool bilateral = false;       // "a bilateral meeting"
  bool dated = false;           // the sentence states the date ("on Saturday"); else the news date
  bool one_of_several = false;  // one of the one-to-one meetings of "met A, B and C"
};

struct MeetingContext {
  const Analysis& analysis;
  const Lexicon& lexicon;
  const std::vector<std::vector<Mention>>& mentions;  // per sentence
  const std::vector<int>& skip_units;                 // dateline-only units
  std::string news_date;                              // default date
  std::string title;                                  // the document's title, if any
  // Where sentence s says things happened; else `default_place` (the dateline's).
  std::function<std::optional<Location>(size_t)> place_of;
  std::optional<Location> default_place;
};

std::vector<Meeting> assemble_meetings(const MeetingContext& ctx,
                                       const std::vector<MeetingMention>& verbs,
                                       std::vector<std::string>* trace);

// The name of the meeting that ends at or near token range [first, last) of a sentence, if
// any: "Special ASEAN-U.S. Foreign Ministers Meeting". Exposed for tests.
struct MeetingName {
  uint32_t first = 0, last = 0;
  std::string text;
};
std::vector<MeetingName> find_meeting_names(const Analysis& a, size_t sentence);

// The first token of sentence `s` after a wire dateline ("MOSCOW, April 13 - "), or its first.
uint32_t body_first(const Analysis& a, size_t s);

}  // namespace parley::coder
