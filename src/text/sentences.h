// text/sentences.h — sentence splitting that holds up on diplomatic prose.
//
// Works on the token stream, so abbreviations ("H.E.", "U.S.", "Mr.", "No. 5", initials) are
// already whole tokens and never end a sentence by their period alone. A sentence also ends at
// a blank line and, in text written one paragraph a line, at every line break, so headings,
// datelines ("New York", "30 March 2016") and list items are units of their own. Text wrapped
// at a fixed width (newswire) is detected per document: there a line break ends a sentence only
// before an indented line or after a full stop.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenize.h"

namespace parley::text {

struct Sentence {
  uint32_t first = 0, last = 0;  // token range [first, last)
  bool line = false;  // the unit is a whole line without a full stop: a heading, dateline, item
};

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace parley::text
