// coder/told_dates.h — acts told as part of an occasion an earlier sentence dated.
//
// A readout dates its occasion once ("Jaishankar held talks with Lavrov on Wednesday") and then
// tells what happened there: "The two ministers also agreed to ...", "Both sides welcomed ...",
// "During the meeting, he ...". Those sentences state no date of their own, and the default (the
// document's date) is a day late. When a sentence with no date opens by pointing back at people
// or an occasion already named (he, they, both, the two ..., during the meeting, at the time,
// also) and one of the three sentences before it dated an act by the same source, or a meeting
// it took part in, the act takes that date. A sentence that points at nothing keeps the
// document's date: a new paragraph of news is not part of yesterday's meeting.
#pragma once

#include <set>
#include <vector>

#include "coder/analysis.h"
#include "parley/coded.h"

namespace parley::coder {

// Whether sentence `s` opens by pointing back at people or an occasion already told.
bool points_back(const Analysis& a, size_t s);

// Gives each event in a sentence that states no date and points back the date of the act it
// continues. `dated` holds the sentences that state a date of their own.
void carry_told_dates(const Analysis& a, const std::set<size_t>& dated, std::vector<Event>& events);

}  // namespace parley::coder
