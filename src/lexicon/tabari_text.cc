// lexicon/tabari_text.cc — the text of TABARI-family files: character classes, UTF-8, and the
// dictionary lines with comments removed and damaged encodings repaired (Translator::lines).
//
// The files are old and have passed through many editors: some hold bytes that are not UTF-8,
// or Latin-1 text once read as Mac Roman and saved again ("mÈniËre"). Each repair is warned.
#include "lexicon/tabari_internal.h"

#include <algorithm>
#include <array>

namespace parley::lexicon {
namespace foreign {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return is_upper(c) || is_lower(c);
}
bool is_space(char c) {
  return c == ' ' || c == '\t';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::vector<std::string_view> split_any(std::string_view s, std::string_view separators) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || separators.find(s[i]) != std::string_view::npos) {
      if (i > b) out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

// One code point from UTF-8 at `i` (advanced past it), or -1 for an invalid sequence (then `i`
// is unchanged).
int decode(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return s[i++];
  const size_t len = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return -1;
  int cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (d & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return -1;
  i += len;
  return cp;
}

void encode(int cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// Mac OS Roman, bytes 0x80-0xFF. Phoenix.IssueCoding.txt holds Latin-1 text once read as Mac
// Roman and saved as UTF-8: "ebola†hemorrhagic" (a no-break space), "mÈniËre" (ménière).
constexpr std::array<uint16_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};

// Mac Roman damage shows as characters no dictionary word holds (†, ‰) or as a capital accented
// letter between two small letters.
bool looks_mac_roman(std::string_view s) {
  int prev = 0;
  for (size_t i = 0; i < s.size();) {
    int cp = decode(s, i);
    if (cp < 0) return false;
    if (cp == 0x2020 || cp == 0x2030) return true;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7 && prev >= 'a' && prev <= 'z' && i < s.size() &&
        is_lower(s[i]))
      return true;
    prev = cp;
  }
  return false;
}

std::string from_mac_roman(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    int cp = decode(s, i);
    if (cp >= 0x80) {
      auto it = std::find(kMacRoman.begin(), kMacRoman.end(), static_cast<uint16_t>(cp));
      int byte = 0x80 + static_cast<int>(it - kMacRoman.begin());
      if (it != kMacRoman.end() && byte >= 0xA0) cp = byte == 0xA0 ? ' ' : byte;
    }
    encode(cp, out);
  }
  return out;
}

}  // namespace

// A character lost before the file reached us: U+FFFD, or a control character such as 0x1A
// (SUBSTITUTE) where a letter was. The phrase holding it cannot be matched as meant.
bool damaged(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t') return true;
  return s.find("\xEF\xBF\xBD") != std::string_view::npos;
}

std::vector<Line> Translator::lines(std::string_view text, const std::string& name) {
  std::vector<Line> out;
  bool in_comment = false;
  size_t number = 0;
  long invalid = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    std::string line(text.substr(pos, nl == std::string_view::npos ? nl : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++number;
    if (in_comment) {
      size_t end = line.find("-->");
      if (end == std::string::npos) continue;
      line.erase(0, end + 3);
      in_comment = false;
    }
    for (size_t open = line.find("<!--"); open != std::string::npos; open = line.find("<!--")) {
      size_t end = line.find("-->", open + 4);
      if (end == std::string::npos) {
        line.resize(open);
        in_comment = true;
        break;
      }
      line.erase(open, end + 3 - open);
    }
    if (trim(line).starts_with("<!")) continue;
    // Comments start at '#' or ';', except inside a code: [###] is TABARI's discard code.
    int depth = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      depth += line[i] == '[' ? 1 : line[i] == ']' && depth > 0 ? -1 : 0;
      if (depth == 0 && (line[i] == '#' || line[i] == ';')) {
        line.resize(i);
        break;
      }
    }
    std::string_view t = trim(line);
    if (t.empty()) continue;
    if (t.starts_with("~~FINISH")) break;  // TABARI's end-of-file mark
    Line l{number, std::string(t)};
    if (std::any_of(l.text.begin(), l.text.end(), [](char c) { return c & 0x80; })) {
      std::string clean;
      bool bad = false;
      for (size_t i = 0; i < l.text.size();) {
        size_t b = i;
        if (decode(l.text, i) < 0) {
          bad = true;
          ++i;
          continue;
        }
        clean.append(l.text, b, i - b);
      }
      if (bad) {
        ++invalid;
        warn(name, number, "bytes that are not UTF-8 were removed");
      }
      if (looks_mac_roman(clean)) {
        std::string fixed = from_mac_roman(clean);
        warn(name, number,
             "characters read as Mac Roman were repaired: '" + clean + "' -> '" + fixed + "'");
        count("lines repaired (Mac Roman)");
        clean = std::move(fixed);
      }
      l.text = std::string(trim(clean));
      if (l.text.empty()) continue;
    }
    out.push_back(std::move(l));
  }
  if (invalid) count("lines with invalid UTF-8 (bytes removed)", invalid);
  count("lines", static_cast<long>(number));
  return out;
}

}  // namespace foreign
}  // namespace parley::lexicon
