// text/sentences.cc — the splitter's rules; see sentences.h.
#include "text/sentences.h"
#include "text/ascii.h"

#include <algorithm>
#include <array>
#include <string>

namespace parley::text {
namespace {

// Abbreviations that end a sentence when a typical sentence opener follows ("... in the U.S.
// The talks ..."); titles and initials never do.
bool can_end_sentence(std::string_view abbreviation) {
  static constexpr std::array<std::string_view, 14> kEnders = {
      "u.s.", "d.c.",  "u.n.", "u.k.", "e.u.", "jr.",  "sr.",
      "inc.", "corp.", "ltd.", "co.",  "etc.", "p.m.", "a.m."};
  std::string l = ascii_lower(abbreviation);
  return std::find(kEnders.begin(), kEnders.end(), l) != kEnders.end();
}

bool is_opener(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kOpeners = {
      "the",  "he",    "she",   "it",  "they",    "we",   "i",     "in",   "on",     "at",
      "this", "these", "those", "but", "however", "both", "a",     "an",   "during", "after",
      "as",   "there", "his",   "her", "their",   "its",  "while", "when", "that",   "for"};
  std::string l = ascii_lower(word);
  return std::find(kOpeners.begin(), kOpeners.end(), l) != kOpeners.end();
}

bool is_terminal(std::string_view t) {
  return t == "." || t == "!" || t == "?";
}
bool is_closer(std::string_view t) {
  return t == "\"" || t == "'" || t == ")" || t == "]";
}

bool starts_lower(std::string_view t) {
  return !t.empty() && t[0] >= 'a' && t[0] <= 'z';
}

// Newswire is wrapped at a fixed width: many line breaks fall inside a sentence and are
// followed by a lower-case word.
bool is_hard_wrapped(std::string_view text, const std::vector<Token>& tokens) {
  int breaks = 0, inside = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].newlines_before != 1) continue;
    ++breaks;
    std::string_view prev = text.substr(tokens[i - 1].begin, tokens[i - 1].size());
    std::string_view cur = text.substr(tokens[i].begin, tokens[i].size());
    if (!is_terminal(prev) && starts_lower(cur)) ++inside;
  }
  return inside >= 2 && inside * 5 >= breaks;
}

bool is_list_marker(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  std::string_view t = text.substr(tokens[i].begin, tokens[i].size());
  if (t == "*" || t == "-" || t == "\u2022") return true;
  if (tokens[i].kind == TokenKind::kNumber && i + 1 < tokens.size()) {
    std::string_view next = text.substr(tokens[i + 1].begin, tokens[i + 1].size());
    return next == "." || next == ")";
  }
  return false;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  if (tokens.empty()) return out;
  const bool wrapped = is_hard_wrapped(text, tokens);
  auto str = [&](size_t i) { return text.substr(tokens[i].begin, tokens[i].size()); };

  uint32_t start = 0;
  auto close = [&](uint32_t end, bool at_line_break) {
    if (end <= start) return;
    Sentence s{start, end, false};
    s.line = at_line_break && !is_terminal(str(end - 1)) &&
             !(end - start >= 2 && is_closer(str(end - 1)) && is_terminal(str(end - 2)));
    out.push_back(s);
    start = end;
  };

  for (uint32_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    std::string_view cur = str(i), prev = str(i - 1);
    bool boundary = false;
    if (t.newlines_before >= 2) {
      boundary = true;
    } else if (t.newlines_before == 1) {
      if (is_list_marker(text, tokens, i) || t.indented)
        boundary = true;
      else if (wrapped)
        boundary = is_terminal(prev) && !starts_lower(cur);
      else
        boundary = !starts_lower(cur) || is_terminal(prev);
    } else if (is_terminal(prev) || (is_closer(prev) && i >= 2 && is_terminal(str(i - 2)))) {
      bool attached_closer = is_closer(cur) && t.begin == tokens[i - 1].end;
      bool list_number = prev == "." && i >= 2 && tokens[i - 2].kind == TokenKind::kNumber &&
                         (i == 2 || tokens[i - 2].newlines_before > 0);
      boundary = !starts_lower(cur) && !is_terminal(cur) && cur != "," && cur != ")" &&
                 !attached_closer && !list_number;
    } else if (tokens[i - 1].abbreviation) {
      boundary = can_end_sentence(prev) && t.capitalized && is_opener(cur);
    }
    if (boundary) close(i, t.newlines_before >= 1);
  }
  close(static_cast<uint32_t>(tokens.size()), true);
  return out;
}

}  // namespace parley::text
