// lexicon/dictionary_file.cc — the line parser of parley's dictionary format.
#include "lexicon/dictionary_file.h"

namespace parley::lexicon {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool is_key_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

}  // namespace

std::vector<Entry> parse_dictionary(std::string_view text, const std::string& name,
                                    std::vector<Diagnostic>& diagnostics) {
  std::vector<Entry> out;
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    std::string where = name + ":" + std::to_string(line_no);
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;

    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      diagnostics.push_back(
          {where, "expected 'KEY FIELD: value | value', found no ':'; line skipped"});
      continue;
    }
    std::string_view head = trim(line.substr(0, colon));
    std::vector<std::string_view> words;
    while (!head.empty()) {
      size_t sp = head.find_first_of(" \t");
      words.push_back(head.substr(0, sp));
      head = sp == std::string_view::npos ? std::string_view() : trim(head.substr(sp));
    }
    if (words.size() < 2 || words.size() > 3) {
      diagnostics.push_back(
          {where, "expected 'KEY FIELD' or 'KEY FIELD ARG' before ':'; line skipped"});
      continue;
    }
    bool bad_key = false;
    for (char c : words[0]) bad_key |= !is_key_char(c);
    if (bad_key) {
      diagnostics.push_back(
          {where, "the key '" + std::string(words[0]) +
                      "' may hold only letters, digits, '_', '-' and '.'; line skipped"});
      continue;
    }
    Entry e;
    e.key = std::string(words[0]);
    e.field = std::string(words[1]);
    if (words.size() == 3) e.arg = std::string(words[2]);
    e.where = where;
    std::string_view rest = line.substr(colon + 1);
    bool empty_value = false;
    while (true) {
      size_t bar = rest.find('|');
      std::string_view v = trim(rest.substr(0, bar));
      if (v.empty())
        empty_value = true;
      else
        e.values.emplace_back(v);
      if (bar == std::string_view::npos) break;
      rest = rest.substr(bar + 1);
    }
    if (empty_value)
      diagnostics.push_back(
          {where, "an empty value (check for '||' or a trailing '|'); it was ignored"});
    if (e.values.empty()) continue;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace parley::lexicon
