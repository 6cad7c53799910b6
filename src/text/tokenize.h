// text/tokenize.h — words, numbers and punctuation of a normalised document.
//
// A token is a byte range of NormalizedText::text. Rules, chosen for diplomatic prose:
//   - letters and digits form words; '-' , '/' and every other punctuation mark is a token of
//     its own ("Secretary-General" is three tokens, as is "U.S.-ASEAN" after "U.S.");
//   - dotted abbreviations stay whole with their periods: "U.S.", "D.C.", "H.E.", "U.N.";
//     so do known abbreviations ("Mr.", "Dr.", "Jr.", "No.", "St.", "Feb.") and initials ("F.");
//   - "'s" is a token of its own ("China's" -> "China" "'s"); other apostrophes are marks.
// Each token records the line breaks before it, so the sentence splitter can see headings,
// datelines and paragraphs.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace parley::text {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin = 0, end = 0;  // in NormalizedText::text
  TokenKind kind = TokenKind::kWord;
  uint8_t newlines_before = 0;  // 0, 1, or 2 for a blank line (or more)
  bool indented = false;        // first token of a line that starts with spaces
  bool abbreviation = false;    // ends with a period that is not a full stop
  bool capitalized = false;     // first character is an upper-case ASCII letter
  bool all_caps = false;        // every letter upper case and at least one letter

  uint32_t size() const { return end - begin; }
};

std::vector<Token> tokenize(std::string_view text);

// True when `word` (without its period) is an abbreviation that takes a period: "Mr", "Dr".
bool is_known_abbreviation(std::string_view word);

}  // namespace parley::text
