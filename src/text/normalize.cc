// text/normalize.cc — folds typographic variants and strips markup, keeping byte offsets.
#include "text/normalize.h"

#include <cstring>

namespace parley::text {
namespace {

// Replacement for a multi-byte UTF-8 sequence, or nullptr to keep it.
const char* fold_sequence(std::string_view s, size_t& length) {
  struct Fold {
    const char* utf8;
    const char* ascii;
  };
  static constexpr Fold kFolds[] = {
      {"\u2018", "'"},  {"\u2019", "'"},  {"\u201B", "'"},  {"\u2032", "'"},  {"\u201C", "\""},
      {"\u201D", "\""}, {"\u201E", "\""}, {"\u00AB", "\""}, {"\u00BB", "\""}, {"\u2010", "-"},
      {"\u2011", "-"},  {"\u2012", "-"},  {"\u2013", "-"},  {"\u2014", "-"},  {"\u2015", "-"},
      {"\u2212", "-"},  {"\u00A0", " "},  {"\u2002", " "},  {"\u2003", " "},  {"\u2009", " "},
      {"\u200A", " "},  {"\u202F", " "},  {"\u3000", " "},  {"\u2022", "*"},  {"\u2026", "..."},
      {"\uFEFF", ""},   {"\u200B", ""},   {"\u00AD", ""},
  };
  for (const Fold& f : kFolds) {
    size_t n = std::strlen(f.utf8);
    if (s.size() >= n && s.compare(0, n, f.utf8) == 0) {
      length = n;
      return f.ascii;
    }
  }
  return nullptr;
}

class Builder {
 public:
  explicit Builder(size_t capacity) {
    out_.text.reserve(capacity);
    out_.to_original.reserve(capacity + 1);
  }
  void put(std::string_view s, size_t original) {
    for (char c : s) {
      out_.text.push_back(c);
      out_.to_original.push_back(static_cast<uint32_t>(original));
    }
  }
  // A run of bytes kept as they are, byte i of the run from original + i.
  void copy(std::string_view run, size_t original) {
    out_.text.append(run);
    size_t at = out_.to_original.size();
    out_.to_original.resize(at + run.size());
    uint32_t* to = out_.to_original.data() + at;
    for (size_t k = 0; k < run.size(); ++k) to[k] = static_cast<uint32_t>(original + k);
  }
  NormalizedText finish(size_t original_size) {
    out_.to_original.push_back(static_cast<uint32_t>(original_size));
    out_.lower = out_.text;
    for (char& c : out_.lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return std::move(out_);
  }

 private:
  NormalizedText out_;
};

bool at_line_start(std::string_view s, size_t i) {
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) --i;
  return i == 0 || s[i - 1] == '\n';
}

}  // namespace

NormalizedText normalize(std::string_view s, Markup markup) {
  Builder b(s.size());
  const bool md = markup == Markup::kMarkdown;
  auto special = [md](unsigned char c) {
    return c >= 0x80 || c == '\r' || c == '\t' || c == '*' || c == '_' ||
           (md && (c == '#' || c == '`' || c == '[' || c == ']'));
  };
  for (size_t i = 0; i < s.size();) {
    // Most bytes are plain: copy them in runs.
    size_t j = i;
    while (j < s.size() && !special(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) {
      b.copy(s.substr(i, j - i), i);
      i = j;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\r') {
      ++i;
      continue;
    }
    if (c == '\t') {
      b.put(" ", i++);
      continue;
    }
    if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == static_cast<char>(c)) {
      i += 2;  // **bold** / __bold__
      continue;
    }
    // An underscore joining a word to a capitalised one is a space: "Dol_Amroth" (names so
    // joined in wire texts); "@mfa_russia" and "snake_case" stay.
    auto letter = [](char x) { return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z'); };
    if (c == '_' && i > 0 && i + 1 < s.size() && letter(s[i - 1]) && s[i + 1] >= 'A' &&
        s[i + 1] <= 'Z') {
      b.put(" ", i++);
      continue;
    }
    if (md) {
      if (c == '#' && at_line_start(s, i)) {
        while (i < s.size() && s[i] == '#') ++i;
        continue;
      }
      if (c == '`') {
        ++i;
        continue;
      }
      if (c == ']' && i + 1 < s.size() && s[i + 1] == '(') {
        size_t close = s.find(')', i + 2);
        if (close != std::string_view::npos && s.find('\n', i) > close) {
          i = close + 1;  // drop "(url)"
          continue;
        }
      }
      if (c == '[') {
        size_t close = s.find("](", i);
        if (close != std::string_view::npos && s.find('\n', i) > close) {
          ++i;
          continue;
        }
      }
      if ((c == '*' || c == '_') && !(i + 1 < s.size() && s[i + 1] == ' ')) {
        ++i;  // *emphasis*; a "* " bullet stays
        continue;
      }
    }
    if (c >= 0x80) {
      size_t n = 0;
      if (const char* folded = fold_sequence(s.substr(i), n)) {
        b.put(folded, i);
        i += n;
        continue;
      }
    }
    b.put(std::string_view(&s[i], 1), i);
    ++i;
  }
  return b.finish(s.size());
}

}  // namespace parley::text
