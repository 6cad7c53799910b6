// coder/places.h — where an event or a meeting happened.
//
// A place is read from the sentence ("at the ASEAN Secretariat in Jakarta", "in Washington
// D.C.", "in Benghazi, Libya") by looking up the capitalised words after "in" or "at" in the
// gazetteer (GeoNames cities, built from a package at build time, plus data/places/aliases.txt)
// or among the states. An ambiguous city name goes to the city in a state the document
// mentions ("Moscow" in a Russian story is not Moscow, Idaho), else to the most populous one.
// When the sentence names no place, the dateline's place stands in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/mentions.h"
#include "parley/coded.h"

namespace parley::coder {

// The place a sentence says something happened in, if any.
std::optional<Location> place_in_sentence(const Analysis& a, size_t s, const Lexicon& lex,
                                          const std::vector<Mention>& mentions,
                                          const std::vector<std::string>& states);

// The place a dateline names ("Phnom Penh", "Washington D.C., USA", "MOSCOW", "PUTRAJAYA").
std::optional<Location> place_of_dateline(const std::string& place, const Lexicon& lex,
                                          const std::vector<std::string>& states);

}  // namespace parley::coder
