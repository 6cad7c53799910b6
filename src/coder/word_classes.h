// coder/word_classes.h — the small closed word lists the clause readers share.
#pragma once

#include <string_view>

#include "text/ascii.h"

namespace parley::coder {

// A form of "be" ("'s" as in "he's").
inline bool is_be(std::string_view w) {
  return text::one_of(w, {"is", "are", "was", "were", "be", "been", "being", "am", "'s"});
}

// An adverb, or an auxiliary, that may stand between a verb and what governs it.
inline bool is_adverb(std::string_view w) {
  // Most "-ly" words before a verb are adverbs: "totally condemns", "deeply deplores".
  if (w.size() > 4 && w.ends_with("ly") &&
      !text::one_of(w, {"only", "italy", "july", "family", "ally"}))
    return true;
  return text::one_of(
      w, {"also",      "strongly",    "further",    "again",      "once",         "jointly",
          "firmly",    "fully",       "already",    "recently",   "today",        "yesterday",
          "formally",  "officially",  "publicly",   "warmly",     "sincerely",    "repeatedly",
          "then",      "later",       "earlier",    "reportedly", "have",         "has",
          "had",       "had",         "both",       "all",        "together",     "immediately",
          "duly",      "unanimously", "separately", "personally", "previously",   "subsequently",
          "first",     "just",        "now",        "each",       "respectively", "particularly",
          "especially"});
}

// A past-tense verb: a word after a name that makes the name a subject, not a modifier ("the
// EU gave", "the two discussed").
inline bool looks_past_tense(std::string_view w) {
  if (w.size() > 4 && w.ends_with("ed") && !text::one_of(w, {"speed", "need", "seed", "creed"}))
    return true;
  return text::one_of(
      w, {"gave",    "made",   "took",     "held",  "met",  "sent",   "began", "told",
          "brought", "wrote",  "saw",      "led",   "left", "spoke",  "chose", "became",
          "came",    "went",   "found",    "kept",  "paid", "sought", "won",   "lost",
          "thought", "struck", "withdrew", "broke", "drew", "rose",   "fell"});
}

// A legal form or trade that ends a company's name: "Trading Corp of Pakistan Ltd", "China
// Everbright Holdings Co Ltd", "Japan Airlines".
inline bool company_word(std::string_view w) {
  return text::one_of(
      w, {"Corp", "Corporation", "Co", "Ltd", "Inc", "Holdings", "Pty", "PLC", "Plc", "SA", "AG",
          "GmbH", "Bhd", "Airlines", "Airways", "Motors", "Industries", "Shipping", "Petroleum"});
}

// A title naming a government as a body: "the Federal Government", "the Ministry".
inline bool government_title(std::string_view title) {
  std::string low = text::ascii_lower(title);
  return low.find("government") != std::string::npos || low.find("ministry") != std::string::npos;
}

}  // namespace parley::coder
