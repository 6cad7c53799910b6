// text/tokenize.cc — one pass over the normalised text; see tokenize.h for the rules.
#include "text/tokenize.h"

#include "text/ascii.h"

#include <algorithm>
#include <array>
#include <string>

namespace parley::text {
namespace {

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_word_byte(unsigned char c) {
  return is_ascii_alnum(c) || c >= 0x80;
}
bool is_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

constexpr std::array<std::string_view, 48> kAbbreviations = {
    "mr",  "mrs", "ms",     "dr",   "prof", "jr",     "sr",  "st",  "no",  "nos",  "gen",  "col",
    "lt",  "sgt", "capt",   "cmdr", "adm",  "rev",    "hon", "sen", "rep", "gov",  "inc",  "corp",
    "co",  "ltd", "vs",     "etc",  "jan",  "feb",    "mar", "apr", "aug", "sep",  "sept", "oct",
    "nov", "dec", "approx", "dept", "govt", "messrs", "mt",  "ft",  "maj", "brig", "est",  "vol"};

}  // namespace

bool is_known_abbreviation(std::string_view word) {
  const std::string lower = ascii_lower(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5);
  int newlines = 2;  // the document starts like a paragraph
  bool line_indented = false;
  size_t i = 0;
  auto u = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < s.size()) {
    unsigned char c = u(i);
    if (c == '\n') {
      ++newlines;
      line_indented = false;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
      if (newlines > 0) line_indented = true;
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.newlines_before = static_cast<uint8_t>(std::min(newlines, 2));
    t.indented = newlines > 0 && line_indented;
    newlines = 0;
    line_indented = false;

    if (is_word_byte(c)) {
      size_t j = i;
      while (j < s.size() && is_word_byte(u(j))) ++j;
      // Dotted abbreviation: single letters separated by periods ("U.S.", "D.C.", "H.E.").
      if (j - i == 1 && j < s.size() && s[j] == '.' && (is_upper(c) || is_lower(c))) {
        size_t k = j;
        while (k + 2 < s.size() && s[k] == '.' && (is_upper(u(k + 1)) || is_lower(u(k + 1))) &&
               (k + 2 >= s.size() || s[k + 2] == '.'))
          k += 2;
        t.end = static_cast<uint32_t>(k + 1);  // include the final period
        t.abbreviation = true;
      } else if (j < s.size() && s[j] == '.' && is_known_abbreviation(s.substr(i, j - i)) &&
                 !(j + 1 < s.size() && is_word_byte(u(j + 1)))) {
        t.end = static_cast<uint32_t>(j + 1);
        t.abbreviation = true;
      } else {
        t.end = static_cast<uint32_t>(j);
      }
      bool digits = true, letters = false, caps = true;
      for (size_t k = t.begin; k < t.end; ++k) {
        unsigned char d = u(k);
        if (!is_digit(d) && d != '.') digits = false;
        if (is_lower(d)) caps = false;
        if (is_upper(d) || is_lower(d)) letters = true;
      }
      // Decimal numbers stay whole: "1.5", "10,000".
      if (digits) {
        size_t k = t.end;
        while (k + 1 < s.size() && (s[k] == '.' || s[k] == ',') && is_digit(u(k + 1))) {
          ++k;
          while (k < s.size() && is_digit(u(k))) ++k;
        }
        t.end = static_cast<uint32_t>(k);
      }
      t.kind = digits ? TokenKind::kNumber : TokenKind::kWord;
      t.capitalized = is_upper(c);
      t.all_caps = letters && caps;
      out.push_back(t);
      i = t.end;
      continue;
    }
    // "'s" and "n't" contractions; other apostrophes are punctuation.
    if (c == '\'' && i + 1 < s.size() && (s[i + 1] == 's' || s[i + 1] == 'S') &&
        (i + 2 >= s.size() || !is_word_byte(u(i + 2))) && !out.empty() && out.back().end == i) {
      t.end = static_cast<uint32_t>(i + 2);
      t.kind = TokenKind::kWord;
      out.push_back(t);
      i += 2;
      continue;
    }
    t.kind = TokenKind::kPunct;
    // One multi-byte character or one ASCII mark.
    size_t n = 1;
    if (c >= 0x80) {
      n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      n = std::min(n, s.size() - i);
    }
    t.end = static_cast<uint32_t>(i + n);
    out.push_back(t);
    i += n;
  }
  return out;
}

}  // namespace parley::text
