// coder/tabari_options.cc — TABARI's option lines as CoderOptions.
//
// TABARI read its settings from an .options file, and its validation suite changes them as it
// goes ("{ OPTION: SET: CODE ALL }" in a record's comment). Only the options that change what is
// coded are read here; the rest (output layout, labels, time shifts) are reported as unknown by
// returning false. They govern only verb patterns from another coder's dictionaries.
#include <sstream>

#include "parley/coder.h"

namespace parley {
namespace {

std::string upper_words(const std::string& line) {
  std::string out;
  for (char c : line) {
    char u = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    if (u == '\t') u = ' ';
    if (u == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(u);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The code in the first "[...]" after `from`, or "".
std::string bracket_after(const std::string& s, size_t from) {
  size_t b = s.find('[', from), e = s.find(']', from);
  if (b == std::string::npos || e == std::string::npos || e < b) return "";
  std::string code = s.substr(b + 1, e - b - 1);
  while (!code.empty() && code.front() == ' ') code.erase(code.begin());
  while (!code.empty() && code.back() == ' ') code.pop_back();
  return code;
}

// The number after '=' in "SET: NAME = N", or -1.
int number_after(const std::string& s) {
  size_t eq = s.find('=');
  if (eq == std::string::npos) return -1;
  std::istringstream in(s.substr(eq + 1));
  int n = -1;
  in >> n;
  return n;
}

}  // namespace

bool apply_tabari_option(const std::string& line, CoderOptions& o) {
  const std::string s = upper_words(line);
  if (s == "SET: CODE BY CLAUSE") {
    o.foreign_scope = CoderOptions::Scope::kClause;
  } else if (s == "SET: CODE BY SENTENCE") {
    o.foreign_scope = CoderOptions::Scope::kSentence;
  } else if (s == "SET: CODE ALL") {
    o.foreign_scope = CoderOptions::Scope::kAll;
  } else if (s == "DEFAULT: OFF") {
    o.default_source.clear();
    o.default_target.clear();
    o.default_source_prior = o.default_target_after = true;
  } else if (s.starts_with("DEFAULT:")) {
    // DEFAULT: SOURCE [X] [PRIOR] TARGET [Y] [AFTER]
    size_t src = s.find("SOURCE"), tgt = s.find("TARGET");
    if (src == std::string::npos && tgt == std::string::npos) return false;
    if (src != std::string::npos) {
      o.default_source = bracket_after(s, src);
      size_t prior = s.find("PRIOR", src);
      o.default_source_prior =
          prior != std::string::npos && (tgt == std::string::npos || prior < tgt);
    }
    if (tgt != std::string::npos) {
      o.default_target = bracket_after(s, tgt);
      o.default_target_after = s.find("AFTER", tgt) != std::string::npos;
    }
  } else if (s.starts_with("SET: MINIMUM WORDS")) {
    int n = number_after(s);
    if (n < 0) return false;
    o.min_words = n;
  } else if (s.starts_with("SET: CONVERT AGENT")) {
    o.convert_agents = s.find("TRUE") != std::string::npos;
  } else {
    return false;
  }
  return true;
}

}  // namespace parley
