// text/ascii.h — the two small string helpers every stage uses.
//
// parley folds case for ASCII letters only (non-ASCII bytes are kept as they are), so a
// lower-cased text has the same byte offsets as the original.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace parley::text {

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// True when `word` is one of `set`: for the short word lists of the coder's rules.
// Compares sizes and first letters before any bytes: most words of a text are in no list.
inline bool one_of(std::string_view word, std::initializer_list<std::string_view> set) {
  if (word.empty()) {
    for (std::string_view s : set)
      if (s.empty()) return true;
    return false;
  }
  const char first = word.front();
  for (std::string_view s : set)
    if (s.size() == word.size() && s.front() == first && s == word) return true;
  return false;
}

}  // namespace parley::text
