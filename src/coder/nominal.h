// coder/nominal.h — meetings, force and sanctions reported as nouns, not verbs.
//
// Readouts often name a meeting in passing: "Minister Kishida introduced his visit to Ukraine
// in July", "thanked Secretary Kerry for the telephone call Secretary Kerry made on Minister
// Kishida's birthday (July 29)", "the telephone call from the Prime Minister". Two shapes are
// read, each with the date written next to it:
//   - a visit: (his | her | their | X's) [adjective] visit to Y            -> 042 X -> Y
//   - a call: (telephone | phone) call [that] X made | (telephone | phone) call from X
//                                                                    -> 041 X -> the subject
//             (telephone | phone | video) (conversation | call | talks) with X
//                                                                    -> 041 the subject -> X
//   - force: X('s) | Adjective (aggression | attack | invasion | shelling | airstrike |
//            air strike | air raid) (against | on) Y          -> 190 (194, 195) X -> Y
//            unless hypothetical ("any", "possible"), ongoing ("since ...") or background
//   - an attack on a diplomatic mission with no author named            -> 180 UNK -> Y
//   - sanctions: X('s) [new] sanctions (against | on) Y                     -> 163 X -> Y
//                (their | our) sanctions [designations] on (entities | individuals | ...)
//                involved in ... Y ... Z                        -> 163 each subject -> Y, Z
// A visit that is upcoming, planned or forthcoming is an intent (036), not a meeting.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/mentions.h"

namespace parley::coder {

// A side that is no mention: unidentified attackers (the guidelines' UNK).
constexpr int kUnidentified = -2;

struct NominalAct {
  std::string cameo;    // 042, 041 or 036
  int source = -1;      // index into the sentence's mentions; -1: the sentence's subject;
                        // kUnidentified: attackers the text does not name
  int target = -1;      // likewise
  uint32_t anchor = 0;  // the noun ("visit", "call"): dates near it are the act's
  std::string phrase;   // as written, for explain
};

std::vector<NominalAct> find_nominal_acts(const Analysis& a, size_t s,
                                          const std::vector<Mention>& mentions);

}  // namespace parley::coder
