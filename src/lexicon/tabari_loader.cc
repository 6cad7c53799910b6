// lexicon/tabari_loader.cc — TABARI-family dictionaries (actors, agents, verbs) as parley Entries.
//
// Four parts: repairing text (encoding damage, comments), codes and dates, the three readers,
// and the TABARI .project loader. tabari_loader.h says what is translated and what is not.
#include "lexicon/tabari_loader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace parley::lexicon {
namespace foreign {
namespace {

// ---- text ------------------------------------------------------------------------------------

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

// A character lost before the file reached us: U+FFFD, or a control character such as 0x1A
// (SUBSTITUTE) where a letter was. The phrase holding it cannot be matched as meant.
bool damaged(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t') return true;
  return s.find("\xEF\xBF\xBD") != std::string_view::npos;
}

// Title case for one UTF-8 word: first letter up, the rest down (Latin-1 and Latin Extended-A
// letters too, so "ERDOĞAN" becomes "Erdoğan").
int lower_cp(int cp) {
  if (cp < 0x80) return is_upper(static_cast<char>(cp)) ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp == 0x130) return cp;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 ? cp + 1 : cp;
  return cp;
}

bool letter_cp(int cp) {
  return (cp < 0x80 && is_alpha(static_cast<char>(cp))) || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
}

std::string title_case(std::string_view w) {
  std::string out;
  int prev = ' ';
  for (size_t i = 0; i < w.size();) {
    int cp = decode(w, i);
    if (cp < 0) {
      ++i;
      continue;
    }
    bool start = !letter_cp(prev) && prev != '\'' && prev != 0x2019;
    if (!start) cp = lower_cp(cp);
    encode(cp, out);
    prev = cp;
  }
  return out;
}

const std::set<std::string, std::less<>> kFunctionWords = {
    "OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "OR", "A", "AN", "DE", "DES"};
const std::set<std::string, std::less<>> kAcronyms = {
    "US",   "UN",   "EU",   "UK",    "AU",     "UAE",  "USA",  "IMF",    "CIA",  "FBI",
    "NGO",  "PLO",  "ANC",  "OAS",   "OAU",    "NATO", "OPEC", "ASEAN",  "ISIS", "ISIL",
    "WHO",  "WTO",  "IAEA", "UNHCR", "UNICEF", "ICC",  "ICRC", "AMISOM", "SADC", "ECOWAS",
    "IGAD", "OSCE", "OIC",  "GCC",   "PA",     "PLA",  "KGB",  "FSB"};
const std::set<std::string, std::less<>> kNameParticles = {
    "AL", "EL",  "ABU", "BIN", "BEN", "IBN", "ABD", "VAN", "VON", "DA",  "DI",  "DU", "LA",
    "LE", "DEL", "DOS", "DAS", "MC",  "MAC", "SAN", "SAO", "LOS", "LAS", "BIN", "BU", "UL"};

// The regular plural of the last word of a phrase in capitals, PETRARCH-style; empty when the
// word looks plural already.
std::string plural(std::string_view phrase) {
  std::string p(phrase);
  while (!p.empty() && (p.back() == '_' || p.back() == ' ')) p.pop_back();
  if (p.size() < 2 || !is_alpha(p.back())) return "";
  auto ends = [&](std::string_view s) { return p.size() >= s.size() && upper(p).ends_with(s); };
  if (ends("SS") || ends("X") || ends("Z") || ends("CH") || ends("SH")) return p + "ES";
  if (ends("S")) return "";
  char before = static_cast<char>(std::toupper(static_cast<unsigned char>(p[p.size() - 2])));
  if (ends("Y") && std::string_view("AEIOU").find(before) == std::string_view::npos)
    return p.substr(0, p.size() - 1) + "IES";
  return p + "S";
}

// ---- codes and dates -------------------------------------------------------------------------

// "320101" (YYMMDD: 00-30 are 20YY, as in KEDS, TABARI and PETRARCH) or "19950601" as
// "1932-01-01"; empty when it is no valid date.
std::string iso_date(std::string_view d) {
  if ((d.size() != 6 && d.size() != 8) || !std::all_of(d.begin(), d.end(), is_digit)) return "";
  int year = 0, month = 0, day = 0;
  auto num = [&](size_t b, size_t n) { return std::stoi(std::string(d.substr(b, n))); };
  if (d.size() == 8) {
    year = num(0, 4), month = num(4, 2), day = num(6, 2);
  } else {
    year = num(0, 2), month = num(2, 2), day = num(4, 2);
    year += year <= 30 ? 2000 : 1900;
  }
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
      (month == 2 && day == 29 && !leap))
    return "";
  auto two = [](int n) {
    return std::string(1, static_cast<char>('0' + n / 10)) + char('0' + n % 10);
  };
  return std::to_string(year) + "-" + two(month) + "-" + two(day);
}

// One bracket of an actor: "[AFGGOV 331108-730717]", "[HOB < 950601]", "[EGYGOV > 140608]",
// "[KHMGOV 20160404-]", "[ENT]".
struct CodeSpec {
  std::string code;
  std::string from = "-", to = "-";
  bool dated = false;
};

// Empty on success, else what is wrong; `note` is set for a readable but odd spec.
std::string parse_code_spec(std::string_view inside, CodeSpec& spec, std::string& note) {
  inside = trim(inside);
  size_t end = inside.find_first_of(" \t<>");
  spec.code = upper(inside.substr(0, end));
  std::string dates;
  if (end != std::string_view::npos)
    for (char c : inside.substr(end))
      if (!is_space(c)) dates += c;
  if (spec.code.empty()) return "no code before the dates";
  if (dates.empty()) return "";
  spec.dated = true;
  auto date = [&](std::string_view d, std::string& out) {
    if (d.empty()) return true;
    out = iso_date(d);
    return !out.empty();
  };
  bool ok = true;
  if (dates[0] == '<') {
    ok = dates.size() > 1 && date(std::string_view(dates).substr(1), spec.to);
  } else if (dates[0] == '>') {
    ok = dates.size() > 1 && date(std::string_view(dates).substr(1), spec.from);
  } else if (size_t dash = dates.find('-'); dash != std::string::npos) {
    std::string_view v(dates);
    ok = dash + 1 < dates.size() || dash > 0;
    ok = ok && date(v.substr(0, dash), spec.from) && date(v.substr(dash + 1), spec.to);
  } else {
    ok = date(dates, spec.from);
    note = "the date '" + dates + "' has no '<', '>' or '-'; read as the first day of the code";
  }
  if (!ok) return "the dates '" + dates + "' are not YYMMDD or YYYYMMDD (<D, >D, D-D, D-)";
  return "";
}

bool is_code(std::string_view code) {
  return !code.empty() &&
         std::all_of(code.begin(), code.end(), [](char c) { return is_upper(c) || is_digit(c); });
}

// An event code as written after a verb or pattern: "040", "0874", "042:043", "[:173]", "---".
struct EventCode {
  enum Kind { kEvent, kNull, kDiscard, kBad } kind = kBad;
  std::string code, problem;
  std::string reverse;  // the second code of a pair ("032:033"): target back to source
  bool paired = false, flagged = false;
};

EventCode event_code(std::string_view raw, const std::map<std::string, std::string>& internal) {
  EventCode ec;
  std::string c = upper(trim(raw));
  if (size_t colon = c.find(':'); colon != std::string::npos) {
    ec.paired = true;
    std::string second(trim(std::string_view(c).substr(colon + 1)));
    while (!second.empty() && (second.back() == '!' || second.back() == '?')) second.pop_back();
    if (!second.empty() && is_digit(second[0]) && is_code(second)) ec.reverse = second;
    c = std::string(trim(std::string_view(c).substr(0, colon)));
    if (c.empty()) {
      ec.problem = "the code [" + std::string(raw) +
                   "] codes only the reversed event (target to source), which parley does not";
      return ec;
    }
  }
  if (c == "---" || c == "###") {
    ec.kind = c == "---" ? EventCode::kNull : EventCode::kDiscard;
    return ec;
  }
  while (!c.empty() && (c.back() == '!' || c.back() == '?')) {
    c.pop_back();
    ec.flagged = true;
  }
  if (c.starts_with("0X")) {
    auto it = internal.find(lower(c));
    if (it == internal.end()) {
      ec.problem = "the PETR-2 internal code '" + c +
                   "' is not in PETR.Internal.Coding.Ontology.txt (put it beside the file)";
      return ec;
    }
    c = it->second;
  }
  if (c == "+++") {
    ec.problem = "[+++] marks a sentence as too complex to code (TABARI); parley has no such mark";
    return ec;
  }
  if (c.empty() || !is_digit(c[0]) || !is_code(c)) {
    ec.problem = "'" + std::string(raw) + "' is not an event code (digits, maybe a final letter)";
    return ec;
  }
  ec.kind = EventCode::kEvent;
  ec.code = c;
  return ec;
}

// The text inside the last "[...]" of a line (the code), and the line without it.
bool take_last_bracket(std::string& text, std::string& inside) {
  size_t open = text.rfind('[');
  if (open == std::string::npos) return false;
  size_t close = text.find(']', open);
  inside = text.substr(open + 1, close == std::string::npos ? close : close - open - 1);
  text.erase(open, close == std::string::npos ? close : close - open + 1);
  return true;
}

// ---- verb patterns ---------------------------------------------------------------------------

// A pattern as parley items: literal words, gaps and the head verb.
struct Item {
  enum Kind { kWord, kGap, kVerb, kSlot } kind;
  std::string word;  // for a slot: "$" (source) or "+" (target)
};

struct ParsedPattern {
  std::vector<Item> items;
  bool source_after_verb = false, target_before_verb = false;
  bool target_last = false;  // the pattern ends with the target slot: "* AT ^ OF +"
  std::string problem;
};

// TABARI/PETRARCH pattern syntax after synsets and disjunctions are expanded:
//   "_" joins words that must be consecutive; a space lets words come between (a parley gap);
//   "*" is the verb; $ + % ^ are actor slots (gaps); PETR-2's "(PREP NOUN)" is a prepositional
//   phrase (a gap between its words) and "{WORD WORD}" a noun phrase (consecutive words).
// TABARI matches a word as a stem unless "_" ends it; parley keeps short function words whole
// ("with" as a stem would take "withdraw") and words with other characters than letters.
bool stem_word(const std::string& w) {
  static const std::set<std::string, std::less<>> kWhole = {
      "with", "from", "that", "this", "have", "will", "into", "over", "than",
      "then", "they", "were", "been", "when", "what", "upon", "onto", "about"};
  return w.size() >= 4 && std::all_of(w.begin(), w.end(), is_alpha) && !kWhole.count(lower(w));
}

// With `stems` (TABARI), a word not joined by "_" to what follows is a stem ("word+"), and the
// source and target slots "$" and "+" are kept where they stand (parley's coder reads them for
// another coder's patterns); otherwise they are gaps.
ParsedPattern parse_pattern(std::string_view text, bool stems) {
  ParsedPattern p;
  bool in_group = false, seen_verb = false;
  int verbs = 0;
  std::string last_word;
  auto gap = [&] {
    if (!p.items.empty() && p.items.back().kind != Item::kGap && p.items.back().kind != Item::kSlot)
      p.items.push_back({Item::kGap, ""});
  };
  std::string chunk;
  auto flush = [&] {
    const auto pieces = split_any(chunk, "_");
    for (size_t n = 0; n < pieces.size(); ++n) {
      std::string_view piece = pieces[n];
      // "REAL~_PLEASANT": a "~" marks a stem even where "_" joins the next word.
      const bool tilde = stems && piece.ends_with("~");
      const bool stem = stems && n + 1 == pieces.size() && !chunk.ends_with("_");
      std::string w;
      for (char c : piece)
        if (c != '~') w += c;
      if (w.empty()) continue;
      last_word = w;
      if (std::all_of(w.begin(), w.end(), [](char c) { return c == '*'; })) {
        p.items.push_back({Item::kVerb, ""});
        seen_verb = true;
        ++verbs;
      } else if (stems && (w == "$" || w == "+" || w == "^")) {
        if (!p.items.empty() && p.items.back().kind == Item::kGap) p.items.pop_back();
        p.items.push_back({Item::kSlot, w});
      } else if (w == "$" || w == "+" || w == "%" || w == "^") {
        p.source_after_verb |= w == "$" && seen_verb;
        p.target_before_verb |= w == "+" && !seen_verb;
        gap();
      } else if (w.find_first_of("&{}|[]") != std::string::npos) {
        p.problem = "'" + w + "' is not a word (an undefined synset or a stray bracket)";
      } else {
        const bool letters = std::all_of(w.begin(), w.end(), is_alpha);
        p.items.push_back(
            {Item::kWord, lower(w) + ((stem && stem_word(w)) || (tilde && letters) ? "+" : "")});
      }
    }
    chunk.clear();
  };
  for (char c : text) {
    if (is_space(c) || c == '(' || c == ')') {
      flush();
      if (!in_group) gap();
    } else if (c == '{') {
      flush();
      gap();
      in_group = true;
    } else if (c == '}') {
      flush();
      in_group = false;
      gap();
    } else {
      chunk += c;
    }
  }
  flush();
  p.target_last = !stems && last_word == "+";
  while (!p.items.empty() && p.items.back().kind == Item::kGap) p.items.pop_back();
  while (!p.items.empty() && p.items.front().kind == Item::kGap) p.items.erase(p.items.begin());
  if (p.problem.empty() && verbs != 1)
    p.problem = verbs == 0 ? "no '*' marks where the verb goes" : "more than one '*'";
  return p;
}

// A verb as the tokens that replace "*": "{meet}", "re {arrest}", "{ask} for",
// "{brush} * aside * reports" (a TABARI root of several words).
// `gap` is the token for a gap between words: "*" (three words), or "**" (fifteen) for TABARI,
// whose patterns let any number of words come between theirs.
std::string render(const std::vector<Item>& items, const std::vector<std::string>& verb,
                   const std::string& gap = "*") {
  std::string out;
  bool last_gap = true;
  auto put = [&](const std::string& tok) {
    if ((tok == "*" || tok == "**") && last_gap) return;
    if (!out.empty()) out += ' ';
    out += tok;
    last_gap = tok == "*" || tok == "**";
  };
  for (const auto& it : items) {
    if (it.kind == Item::kWord) put(it.word);
    if (it.kind == Item::kGap) put(gap);
    if (it.kind == Item::kSlot) {
      put(it.word);
      last_gap = true;  // a slot takes the words of a gap
    }
    if (it.kind == Item::kVerb)
      for (const auto& t : verb) put(t);
  }
  while (out.ends_with(" *")) out.resize(out.size() - (out.ends_with(" **") ? 3 : 2));
  return out;
}

constexpr size_t kMaxExpansions = 100000;

// TABARI disjunctions "{ WAS | WERE }" to one pattern per alternative.
void expand_disjunctions(const std::string& s, std::vector<std::string>& out) {
  for (size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
    size_t close = s.find('}', open);
    if (close == std::string::npos) break;
    std::string_view inside = std::string_view(s).substr(open + 1, close - open - 1);
    if (inside.find('|') == std::string_view::npos) continue;
    for (std::string_view alt : split_any(inside, "|")) {
      if (out.size() >= kMaxExpansions) return;
      expand_disjunctions(s.substr(0, open) + std::string(trim(alt)) + s.substr(close + 1), out);
    }
    return;
  }
  out.push_back(s);
}

// PETR-2 alternatives inside a word: "(BY/WITH PROTESTS)", "ATTACK/BOMBING/RAID".
void expand_slashes(const std::string& s, std::vector<std::string>& out) {
  size_t slash = s.find('/');
  if (slash == std::string::npos || out.size() >= kMaxExpansions) {
    if (out.size() < kMaxExpansions) out.push_back(s);
    return;
  }
  auto word = [&](char c) {
    return is_alpha(c) || is_digit(c) || c == '_' || c == '-' || c == '/';
  };
  size_t b = slash, e = slash;
  while (b > 0 && word(s[b - 1])) --b;
  while (e < s.size() && word(s[e])) ++e;
  for (std::string_view alt : split_any(std::string_view(s).substr(b, e - b), "/"))
    expand_slashes(s.substr(0, b) + std::string(alt) + s.substr(e), out);
}

}  // namespace

// ---- the translator --------------------------------------------------------------------------

struct Translator::State {
  Dialect dialect;
  ForeignDictionary out;
  std::map<std::string, std::string> internal_codes;
  std::unordered_set<size_t> emitted;        // hashes of key \x1f field \x1f arg \x1f value
  std::unordered_map<size_t, size_t> named;  // hash of a lower-case actor name -> of its key
  std::string scratch;
  std::unordered_map<std::string, std::string> person_keys;  // key -> the record it names
  std::map<std::string, std::vector<std::string>, std::less<>> synsets;  // name -> members
  std::map<std::string, std::vector<std::string>> markers;  // agents' !PERSON! substitutions
};

Translator::Translator(Dialect dialect) : s_(std::make_unique<State>()) {
  s_->dialect = dialect;
  s_->emitted.reserve(1 << 18);
  s_->named.reserve(1 << 16);
}
Translator::~Translator() = default;

ForeignDictionary& Translator::out() {
  return s_->out;
}
void Translator::count(const std::string& what, long n) {
  s_->out.counts[what] += n;
}
void Translator::file_read(const std::string& path) {
  s_->out.files.push_back(path);
}
void Translator::warn(const std::string& name, size_t line, std::string message) {
  s_->out.warnings.push_back({name + ":" + std::to_string(line), std::move(message)});
}
void Translator::set_internal_codes(std::map<std::string, std::string> hex_to_cameo) {
  s_->internal_codes = std::move(hex_to_cameo);
}

ForeignDictionary Translator::finish() {
  ForeignDictionary done = std::move(s_->out);
  s_ = std::make_unique<State>();
  return done;
}

bool Translator::add(Entry e) {
  const bool phrases =
      e.field == "name" || e.field == "title" || e.field == "block" || e.field == "verb";
  // What has been emitted is remembered by a 64-bit hash of "key field arg value" (a collision
  // among a million values has odds of 1 in 10^7 and would drop one value).
  std::string& id = s_->scratch;
  id.assign(e.key).append(1, '\x1f').append(e.field).append(1, '\x1f').append(e.arg);
  id.append(1, '\x1f');
  const size_t prefix = id.size();
  auto hash = [](std::string_view s) { return std::hash<std::string_view>()(s); };
  std::vector<std::string> kept;
  if (phrases) {
    const size_t key_hash = hash(e.key);
    for (auto& v : e.values) {
      id.resize(prefix);
      id.append(e.field == "verb" ? v : lower(v));
      if (!s_->emitted.insert(hash(id)).second) {
        count(e.field + " values duplicate (dropped)");
        continue;
      }
      if (e.field == "name") {
        auto [it, fresh] = s_->named.emplace(hash(std::string_view(id).substr(prefix)), key_hash);
        if (!fresh && it->second != key_hash) count("actor names shared by several actors");
      }
      kept.push_back(std::move(v));
    }
  } else {
    for (const auto& v : e.values) id.append(v).append(1, '|');
    if (!s_->emitted.insert(hash(id)).second) return false;
    kept = std::move(e.values);
  }
  if (kept.empty()) return false;
  e.values = std::move(kept);
  s_->out.entries.push_back(std::move(e));
  return true;
}

std::string Translator::phrase(std::string_view raw) {
  std::vector<std::string_view> words = split_any(raw, "_ \t");
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    int letters = 0, vowels = 0;
    bool small = false;
    for (char c : w) {
      letters += is_alpha(c);
      small |= is_lower(c);
      vowels += std::string_view("AEIOU").find(c) != std::string_view::npos;
    }
    // Alone, a short word in capitals is an acronym (UN, USA, U.S.) and keeps matching only
    // capitals. In a name of several words capitals do not restrict matching (one small letter
    // is enough), so only clear acronyms stay: no vowel (PKK), dots (U.S.), or well known.
    const bool acronym = words.size() == 1 ? letters <= 3 || vowels == 0
                                           : vowels == 0 || w.find('.') != std::string_view::npos ||
                                                 kAcronyms.count(w);
    std::string word;
    if (small || letters == 0) {
      word = std::string(w);
    } else if (words.size() > 1 && i > 0 && kFunctionWords.count(w)) {
      word = lower(w);
    } else if (acronym && !kFunctionWords.count(w) && !kNameParticles.count(w)) {
      word = std::string(w);
    } else {
      word = title_case(w);
    }
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::vector<std::string> Translator::noun_phrases(std::string_view raw) const {
  std::string body(trim(raw));
  // "THE_SHIRE": the coder reads articles before names itself, so the name is "Shire".
  for (const char* article : {"THE_", "THE ", "The_", "The ", "the_", "the "})
    if (body.starts_with(article) && body.size() > 4) body = std::string(trim(body.substr(4)));
  const bool exact = body.ends_with("="), endings = body.ends_with("_");
  while (!body.empty() && (body.back() == '=' || body.back() == '_')) body.pop_back();
  std::vector<std::string> out;
  std::string p = phrase(body);
  if (p.empty()) return out;
  // TABARI: a space between the words of a name lets other words come between ("PRINCE
  // DOL_AMROTH" takes "Prince of Dol Amroth"): a gap, "*".
  if (s_->dialect == Dialect::kTabari && body.find(' ') != std::string::npos) {
    std::string gapped;
    for (std::string_view part : split_any(body, " \t")) {
      std::string q = phrase(part);
      if (q.empty()) continue;
      gapped += (gapped.empty() ? "" : " * ") + q;
    }
    p = gapped;
  }
  if (s_->dialect == Dialect::kPetrarch || exact) {
    out.push_back(p);
    return out;
  }
  // TABARI: "LIBYA_" takes the regular endings ("Libyas"); a plain last word is a stem
  // ("KUWAIT" takes "Kuwaiti"), unless it is an acronym or a short word.
  std::string last = p.substr(p.rfind(' ') == std::string::npos ? 0 : p.rfind(' ') + 1);
  const bool acronym = std::none_of(last.begin(), last.end(), is_lower);
  if (endings || acronym || !stem_word(last)) {
    out.push_back(p);
    if (std::string pl = plural(body); endings && !pl.empty() && !acronym)
      if (std::string q = phrase(pl); !q.empty()) out.push_back(q);
  } else {
    out.push_back(p + "+");
  }
  return out;
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

// ---- actors ----------------------------------------------------------------------------------

namespace {

// A key from an actor's name for actors whose code changes with the date (the code cannot be
// their key: many people share USAGOV over the years).
std::string person_key(std::string_view phrase) {
  std::string key;
  for (char c : upper(phrase)) {
    if (is_upper(c) || is_digit(c) || c == '-' || c == '.')
      key += c;
    else if ((c == ' ' || c == '_') && !key.empty() && key.back() != '_')
      key += '_';
  }
  while (!key.empty() && (key.back() == '_' || key.back() == '.')) key.pop_back();
  return key.empty() ? "ACTOR" : key;
}

}  // namespace

void Translator::actors(std::string_view text, const std::string& name) {
  struct Record {
    size_t line = 0, last = 0;
    std::vector<std::pair<std::string, size_t>> phrases;  // raw phrase, line
    std::vector<std::pair<CodeSpec, size_t>> codes;
  };
  std::optional<Record> rec;
  std::string skip_section;

  auto brackets = [&](std::string_view s, size_t line) {
    std::vector<std::pair<CodeSpec, size_t>> specs;
    for (size_t open = s.find('['); open != std::string_view::npos; open = s.find('[', open + 1)) {
      size_t close = s.find(']', open);
      if (close == std::string_view::npos) warn(name, line, "a '[' is not closed; read to the end");
      std::string_view inside = s.substr(open + 1, close == s.npos ? s.npos : close - open - 1);
      CodeSpec spec;
      std::string note, problem = parse_code_spec(inside, spec, note);
      if (!problem.empty()) {
        warn(name, line, "code [" + std::string(inside) + "]: " + problem + "; code skipped");
        count("actor codes skipped");
        continue;
      }
      if (!note.empty()) warn(name, line, note);
      specs.emplace_back(spec, line);
      if (close == s.npos) break;
    }
    return specs;
  };

  auto emit = [&](Record& r) {
    std::vector<std::string> names;
    for (auto& [raw, line] : r.phrases) {
      if (damaged(raw)) {
        warn(name, line,
             "a character of '" + raw +
                 "' was lost before the file reached us (U+FFFD or a control byte); name skipped");
        count("actor names skipped (damaged)");
        continue;
      }
      std::vector<std::string> ps = noun_phrases(raw);
      if (ps.empty() || ps.front().find('|') != std::string::npos) {
        warn(name, line, "'" + raw + "' is no usable name; skipped");
        continue;
      }
      for (auto& p : ps) names.push_back(std::move(p));
    }
    if (names.empty()) {
      warn(name, r.line, "the actor has no usable name; skipped");
      count("actors skipped");
      return;
    }
    std::string fallback;           // the code when no date applies
    std::vector<std::string> also;  // more codes the actor stands for ([FRO/BIL/SAM])
    bool null_code = false, discard = false;
    std::vector<std::pair<CodeSpec, size_t>> dated;
    for (auto& [spec, line] : r.codes) {
      std::string code = spec.code;
      if (code.find('/') != std::string::npos) {
        // [FRO/BIL/SAM]: the actor stands for each; the first is its code, the rest `also`.
        for (std::string_view more :
             split_any(std::string_view(code).substr(code.find('/') + 1), "/"))
          if (is_code(more) && !spec.dated) also.emplace_back(more);
        if (spec.dated)
          warn(name, line, "[" + code + "] gives several dated codes; parley keeps the first");
        count("actors with several codes");
        code = code.substr(0, code.find('/'));
        spec.code = code;
      }
      const bool special = code == "---" || code == "###";
      if (!special && !is_code(code)) {
        warn(name, line,
             code == "+++" ? "[+++] marks a sentence as too complex to code (TABARI); skipped"
                           : "'" + code + "' is not an actor code; skipped");
        count("actor codes skipped");
        continue;
      }
      if (spec.dated) {
        if (special) {
          warn(name, line, "a dated " + code + " code has no parley equivalent; skipped");
          count("actor codes skipped");
        } else {
          dated.emplace_back(spec, line);
        }
      } else if (code == "---") {
        null_code = fallback.empty() && !discard;
      } else if (code == "###") {
        discard = fallback.empty() && !null_code;
      } else if (fallback.empty()) {
        fallback = code;
      } else if (code != fallback) {
        warn(name, line,
             "a second undated code [" + code + "]; the first, " + fallback + ", is kept");
      }
    }
    if (dated.empty() && fallback.empty() && (null_code || discard)) {
      std::string key = null_code ? "NOACTOR" : "DISCARD";
      if (add({key, "block", "", names, name + ":" + std::to_string(r.line)}))
        count(null_code ? "actors coded --- (block phrases)" : "actors coded ### (discards)");
      return;
    }
    if (dated.empty() && fallback.empty()) {
      warn(name, r.line, "the actor '" + names.front() + "' has no code; skipped");
      count("actors skipped");
      return;
    }
    std::string key = fallback, code = fallback;
    for (const auto& more : also) key += "_" + more;  // its own entity: "FRO" alone is another
    if (!dated.empty()) {
      // The code of the latest period stands in when no date is known.
      if (code.empty()) {
        auto latest = std::max_element(dated.begin(), dated.end(), [](auto& a, auto& b) {
          auto end = [](const CodeSpec& s) { return s.to == "-" ? std::string("9") : s.to; };
          return end(a.first) < end(b.first);
        });
        code = latest->first.code;
      }
      std::string signature = code;
      for (auto& n : names) signature += "|" + n;
      for (auto& [spec, line] : dated) signature += "|" + spec.code + spec.from + spec.to;
      std::string base = person_key(names.front());
      key = base;
      for (int n = 2;; ++n) {
        auto [it, fresh] = s_->person_keys.emplace(key, signature);
        if (fresh || it->second == signature) break;
        key = base + "_" + std::to_string(n);
      }
    }
    const std::string where = name + ":" + std::to_string(r.line);
    bool any = add({key, "code", "", {code}, where});
    if (!also.empty() && dated.empty()) add({key, "also", "", also, where});
    size_t before = s_->out.entries.size();
    bool named = add({key, "name", "", names, where});
    long kept = named ? static_cast<long>(s_->out.entries[before].values.size()) : 0;
    for (auto& [spec, line] : dated)
      if (add({key, "dated", spec.code, {spec.from, spec.to}, name + ":" + std::to_string(line)})) {
        count("actor dated codes");
        any = true;
      }
    if (!named && !any) {
      warn(name, r.line, "'" + names.front() + "' repeats an earlier actor; skipped");
      count("actors duplicate (skipped)");
      return;
    }
    count("actors");
    count("actor names", kept);
  };

  for (const Line& l : lines(text, name)) {
    std::string_view t = l.text;
    if (!skip_section.empty()) {
      if (t == "</" + skip_section + ">") skip_section.clear();
      count("actor file lines in grammar sections (not actors)");
      continue;
    }
    if (t.front() == '<') {
      size_t close = t.find('>');
      std::string tag(t.substr(1, close == t.npos ? t.npos : close - 1));
      if (close != t.npos && !tag.empty() && tag.front() != '/' &&
          std::all_of(tag.begin(), tag.end(), is_upper)) {
        skip_section = tag;  // TABARI's <NOUN>, <ADJECTIVE> word lists
      } else {
        warn(name, l.number, "an unknown tag; line skipped");
        count("lines skipped");
      }
      continue;
    }
    if (t.front() == '[') {
      if (!rec) {
        warn(name, l.number, "a code with no actor before it; skipped");
        count("lines skipped");
        continue;
      }
      for (auto& s : brackets(t, l.number)) rec->codes.push_back(std::move(s));
      rec->last = l.number;
      continue;
    }
    const bool synonym = t.front() == '+';
    if (synonym && !rec) {
      warn(name, l.number, "a synonym ('+') with no actor before it; skipped");
      count("lines skipped");
      continue;
    }
    if (!synonym) {
      // A name with no code on the line right above another name is a synonym whose '+' was
      // forgotten (BORIS_N._YELTSIN / YELTSIN / ... / [RUSELI ...]); PETRARCH would leave it
      // without a code.
      if (rec && rec->codes.empty() && l.number == rec->last + 1) {
        warn(name, rec->last,
             "a name with no code right above another name: read as its synonym (a missing '+')");
        count("actor names read as synonyms (missing '+')");
      } else {
        if (rec) emit(*rec);
        rec = Record{l.number, l.number, {}, {}};
      }
    }
    rec->last = l.number;
    std::string_view body = synonym ? t.substr(1) : t;
    size_t open = body.find('[');
    std::string_view raw = trim(body.substr(0, open));
    if (!raw.empty()) rec->phrases.emplace_back(std::string(raw), l.number);
    if (open != std::string_view::npos)
      for (auto& s : brackets(body.substr(open), l.number)) rec->codes.push_back(std::move(s));
  }
  if (rec) emit(*rec);
}

// ---- agents ----------------------------------------------------------------------------------

void Translator::agents(std::string_view text, const std::string& name) {
  for (const Line& l : lines(text, name)) {
    std::string t = l.text;
    if (t.front() == '!' && t.find('=') != std::string::npos) {  // !PERSON! = MAN, MEN, ...
      size_t second = t.find('!', 1), eq = t.find('=');
      if (second == std::string::npos || second > eq) {
        warn(name, l.number, "a substitution set needs '!NAME! = A, B'; skipped");
        count("lines skipped");
        continue;
      }
      auto& list = s_->markers[t.substr(1, second - 1)];
      list.clear();
      for (auto item : split_any(std::string_view(t).substr(eq + 1), ","))
        if (!trim(item).empty()) list.emplace_back(trim(item));
      count("agent substitution sets");
      continue;
    }
    size_t open = t.find('[');
    if (open == std::string::npos) {
      warn(name, l.number, "an agent needs a [CODE]; skipped");
      count("lines skipped");
      continue;
    }
    size_t close = t.find_first_of("]}", open);
    if (close != std::string::npos && t[close] == '}')
      warn(name, l.number, "the code ends with '}' instead of ']'; read anyway");
    std::string role = std::string(
        trim(std::string_view(t).substr(open + 1, close == t.npos ? t.npos : close - open - 1)));
    std::string body(trim(std::string_view(t).substr(0, open)));
    bool before_actor = role.ends_with("~");
    role.erase(std::remove(role.begin(), role.end(), '~'), role.end());
    role = upper(trim(role));
    if (!is_code(role)) {
      warn(name, l.number, "'" + role + "' is not an agent code; skipped");
      count("lines skipped");
      continue;
    }
    std::optional<std::string> given;  // "{PLURAL}", or "{}" for none
    if (size_t brace = body.find('{'); brace != std::string::npos) {
      size_t end = body.find('}', brace);
      if (end == std::string::npos) {
        warn(name, l.number, "a '{' is not closed; skipped");
        count("lines skipped");
        continue;
      }
      given = std::string(trim(std::string_view(body).substr(brace + 1, end - brace - 1)));
      body = std::string(trim(std::string_view(body).substr(0, brace)));
    }
    std::vector<std::string> raws;
    if (size_t bang = body.find('!'); bang != std::string::npos) {
      size_t end = body.find('!', bang + 1);
      auto it = end == std::string::npos ? s_->markers.end()
                                         : s_->markers.find(body.substr(bang + 1, end - bang - 1));
      if (it == s_->markers.end()) {
        warn(name, l.number, "an undefined or unclosed !MARKER!; skipped");
        count("lines skipped");
        continue;
      }
      for (const auto& sub : it->second)
        raws.push_back(body.substr(0, bang) + sub + body.substr(end + 1));
    } else {
      raws.push_back(body);
      if (given) {
        if (!given->empty()) raws.push_back(*given);
      } else if (s_->dialect == Dialect::kPetrarch) {
        if (std::string p = plural(body); !p.empty()) raws.push_back(p);
      }
    }
    std::vector<std::string> phrases;
    for (const auto& raw : raws) {
      if (damaged(raw)) {
        warn(name, l.number, "a character of '" + raw + "' was lost; phrase skipped");
        continue;
      }
      if (std::string_view(raw).find_first_of(" \t") != std::string_view::npos)
        count("agent phrases with a gap (made consecutive)");
      for (auto& p : noun_phrases(raw))
        if (p.find('|') == std::string::npos) phrases.push_back(std::move(p));
    }
    if (phrases.empty()) {
      warn(name, l.number, "the agent has no usable phrase; skipped");
      count("lines skipped");
      continue;
    }
    size_t before = s_->out.entries.size();
    // A role written before the actor code ("[NGO~]") keeps its mark: the coder puts it first.
    if (!add({role + (before_actor ? "~" : ""), "title", "", phrases,
              name + ":" + std::to_string(l.number)})) {
      warn(name, l.number, "repeats an earlier agent; skipped");
      count("agents duplicate (skipped)");
      continue;
    }
    count("agents");
    count("agent phrases", static_cast<long>(s_->out.entries[before].values.size()));
    if (before_actor) count("agents written before the actor code (NGO~)");
  }
}

// ---- verbs -----------------------------------------------------------------------------------

void Translator::verbs(std::string_view text, const std::string& name) {
  struct Verb {
    std::vector<std::string> tokens;  // what replaces '*'
    std::vector<std::string> forms;   // listed forms ("{GAVE GIVEN}"), parley syntax
    EventCode code;
    size_t line;
    std::string text;
  };
  struct Pattern {
    std::string text, code;
    size_t line;
  };
  struct Block {
    std::string code = "---";
    std::vector<Verb> verbs;
    std::vector<Pattern> patterns;
  } block;
  const bool petrarch = s_->dialect == Dialect::kPetrarch;
  std::string synset;  // the synset whose members follow ('+' lines), if any
  std::set<std::string> noplural;
  bool in_time = false;
  const std::string file = name + ":";

  // "&CURRENCY" and members to every pattern they stand for.
  // "&CURRENCY" and members to every pattern they stand for, each with a rank: the sum of the
  // members' places in their synsets (the first members are the plain words: WEAPON, ARMS).
  using Expansion = std::pair<std::string, size_t>;
  std::function<void(const std::string&, std::vector<Expansion>&, int, size_t, std::string&)>
      expand = [&](const std::string& s, std::vector<Expansion>& out, int depth, size_t rank,
                   std::string& problem) {
        size_t amp = s.find('&');
        if (amp == std::string::npos) {
          out.emplace_back(s, rank);
          return;
        }
        std::string_view rest = std::string_view(s).substr(amp + 1);
        const std::vector<std::string>* members = nullptr;
        size_t len = 0;
        for (size_t n = 1; n <= rest.size(); ++n) {
          if (n < rest.size() && (is_alpha(rest[n]) || is_digit(rest[n]) || rest[n] == '_')) {
            auto it = rest[n] == '_' ? s_->synsets.find(rest.substr(0, n)) : s_->synsets.end();
            if (it != s_->synsets.end()) members = &it->second, len = n;
            continue;
          }
          auto it = s_->synsets.find(rest.substr(0, n));
          if (it != s_->synsets.end()) members = &it->second, len = n;
          break;
        }
        if (!members || depth > 5) {
          problem = members ? "synsets nested too deep"
                            : "the synset '&" +
                                  std::string(rest.substr(0, rest.find_first_of(" _)}"))) +
                                  "' is not defined (before its use)";
          return;
        }
        for (size_t k = 0; k < members->size(); ++k) {
          if (out.size() >= kMaxExpansions) {
            problem = "more than " + std::to_string(kMaxExpansions) + " expansions; cut there";
            return;
          }
          expand(s.substr(0, amp) + (*members)[k] + s.substr(amp + 1 + len), out, depth + 1,
                 rank + k, problem);
        }
      };

  // Listed forms join the head of the verb's patterns: "{act_}" -> "{act_|acting|actuality+}".
  auto with_forms = [](Verb& v) {
    if (v.forms.empty()) return;
    for (auto& t : v.tokens) {
      if (t.size() < 3 || t.front() != '{' || t.back() != '}') continue;
      std::string extra;
      for (const auto& f : v.forms) extra += "|" + f;
      t.insert(t.size() - 1, extra);
      break;
    }
    v.forms.clear();
  };
  // A TABARI form as parley writes it: "ACTUALITY" a stem ("actuality+"), "ACTXD_" whole.
  auto form = [&](std::string_view raw) {
    std::string f(trim(raw));
    const bool whole = petrarch || f.ends_with("_") || f.ends_with("=");
    while (!f.empty() && (f.back() == '_' || f.back() == '=')) f.pop_back();
    if (f.empty() ||
        !std::all_of(f.begin(), f.end(), [](char c) { return is_alpha(c) || c == '\''; }))
      return std::string();
    return lower(f) + (whole ? "" : "+");
  };

  auto emit_block = [&] {
    for (Verb& v : block.verbs) with_forms(v);
    for (const Verb& v : block.verbs) {
      const std::string where = file + std::to_string(v.line);
      if (v.code.kind == EventCode::kEvent) {
        std::string value = render({{Item::kVerb, ""}}, v.tokens);
        if (!add({v.code.code, "verb", v.code.reverse, {value}, where})) {
          warn(name, v.line, "'" + value + "' repeats an earlier verb; skipped");
          count("verbs duplicate (skipped)");
        }
      } else if (v.code.kind == EventCode::kNull) {
        count("verbs with the null code (no event alone)");
      } else if (v.code.kind == EventCode::kDiscard) {
        if (std::string p = phrase(v.text); !p.empty()) add({"DISCARD", "block", "", {p}, where});
        count("verbs coded ### (discards)");
      } else {
        warn(name, v.line, v.code.problem + "; the verb alone is not coded");
        count("verbs skipped");
      }
    }
    for (const Pattern& pat : block.patterns) {
      EventCode ec = event_code(pat.code, s_->internal_codes);
      if (ec.kind == EventCode::kNull) {
        count("verb patterns with the null code (not kept)");
        continue;
      }
      if (ec.kind != EventCode::kEvent) {
        warn(name, pat.line,
             ec.kind == EventCode::kDiscard ? "a pattern coded ### (discard) has no parley "
                                              "equivalent; skipped"
                                            : ec.problem + "; pattern skipped");
        count("verb patterns skipped");
        continue;
      }
      if (ec.paired) count("verb codes paired");
      if (ec.flagged) count("verb codes with a '!' or '?' flag (flag dropped)");
      if (block.verbs.empty()) {
        warn(name, pat.line, "a pattern with no verb before it; skipped");
        count("verb patterns skipped");
        continue;
      }
      std::vector<std::string> alts, slashed;
      std::vector<Expansion> expanded;
      expand_slashes(pat.text, slashed);
      for (const auto& x : slashed) expand_disjunctions(x, alts);
      std::string problem;
      for (const auto& a : alts) expand(a, expanded, 0, 0, problem);
      if (expanded.empty()) {
        warn(name, pat.line, problem + "; pattern skipped");
        count("verb patterns skipped");
        continue;
      }
      if (!problem.empty()) warn(name, pat.line, problem);
      // Synsets multiply: "&AIRCRAFT * &WEAPON" in a block of 20 verbs is 690,000 patterns.
      // Keep kMaxValuesPerPattern, spread over every verb, with the first synset members.
      const size_t limit = std::max<size_t>(1, kMaxValuesPerPattern / block.verbs.size());
      if (expanded.size() > limit) {
        std::stable_sort(expanded.begin(), expanded.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
        long dropped = static_cast<long>((expanded.size() - limit) * block.verbs.size());
        warn(name, pat.line,
             "the pattern stands for " + std::to_string(expanded.size() * block.verbs.size()) +
                 " parley patterns (synsets times the block's " +
                 std::to_string(block.verbs.size()) + " verbs); the " +
                 std::to_string(limit * block.verbs.size()) +
                 " with the first synset members are kept (parley has no synsets)");
        count("verb pattern values cut (synset expansion limit)", dropped);
        expanded.resize(limit);
      }
      std::vector<std::string> values;
      bool passive = false, target_first = false;
      for (const auto& [x, rank] : expanded) {
        ParsedPattern pp = parse_pattern(x, !petrarch);
        if (!pp.problem.empty()) {
          problem = pp.problem;
          continue;
        }
        if (pp.source_after_verb) {
          passive = true;
          continue;
        }
        target_first |= pp.target_before_verb;
        // A target slot closing the pattern: the target comes after it ("{warn} at * of +").
        for (const Verb& v : block.verbs)
          values.push_back(render(pp.items, v.tokens, petrarch ? "*" : "**") +
                           (pp.target_last ? " +" : ""));
      }
      if (values.empty()) {
        warn(name, pat.line,
             passive ? "the source ($) follows the verb (a passive or reported construction); "
                       "parley takes the subject as the source, so the pattern is skipped"
                     : problem + "; pattern skipped");
        count(passive ? "verb patterns skipped (source after the verb)" : "verb patterns skipped");
        continue;
      }
      size_t before = s_->out.entries.size();
      if (!add({ec.code, "verb", ec.reverse, std::move(values), file + std::to_string(pat.line)})) {
        warn(name, pat.line, "repeats an earlier pattern; skipped");
        count("verb patterns duplicate (skipped)");
        continue;
      }
      count("verb patterns");
      count("verb pattern values", static_cast<long>(s_->out.entries[before].values.size()));
      if (target_first) count("verb patterns with the target before the verb (kept in order)");
    }
    block = Block{};
  };

  for (const Line& l : lines(text, name)) {
    const std::string& t = l.text;
    if (in_time) {
      in_time = t != "</TIME>";
      count("verb file lines in the <TIME> section (not translated)");
      continue;
    }
    if (t.front() == '+' && !synset.empty()) {
      std::string m(trim(std::string_view(t).substr(1)));
      std::replace(m.begin(), m.end(), ' ', '_');
      while (m.find("__") != std::string::npos) m.replace(m.find("__"), 2, "_");
      if (m.empty()) continue;
      auto& members = s_->synsets[synset];
      members.push_back(m);
      if (petrarch && !noplural.count(synset) && !m.ends_with("_") &&
          m.find_first_of("&{$+") == std::string::npos)
        if (std::string p = plural(m); !p.empty()) members.push_back(p);
      count("synset members");
      continue;
    }
    if (t.front() != '&') synset.clear();
    if (t.front() == '<') {
      if (t == "<TIME>") in_time = true;
      if (t != "<SYNSETS>" && t != "</SYNSETS>" && t != "<TIME>") {
        warn(name, l.number, "an unknown tag; line skipped");
        count("lines skipped");
      }
      continue;
    }
    if (t.front() == '&') {  // a synset: "&NAME" then "+MEMBER" lines
      synset = std::string(trim(std::string_view(t).substr(1)));
      if (synset.ends_with("_")) {
        synset.pop_back();
        noplural.insert(synset);
      }
      if (synset.empty() || !std::all_of(synset.begin(), synset.end(), [](char c) {
            return is_alpha(c) || is_digit(c) || c == '_';
          })) {
        warn(name, l.number, "'" + t + "' is no synset name; skipped");
        count("lines skipped");
        synset.clear();
        continue;
      }
      s_->synsets[synset].clear();
      count("synsets");
      continue;
    }
    if (t.starts_with("---")) {  // --- NAME [CODE] ---
      emit_block();
      std::string head = t, code;
      block.code = take_last_bracket(head, code) ? std::string(trim(code)) : "---";
      count("verb blocks");
      continue;
    }
    if (t.front() == '~') {
      warn(name, l.number, "a PETR-2 verb transformation has no parley equivalent; skipped");
      count("verb transformations (not translated)");
      continue;
    }
    if (t.front() == '{') {  // TABARI: more forms of the verb above, for its patterns
      if (!block.verbs.empty()) {
        size_t end = t.find('}');
        for (std::string_view f :
             split_any(std::string_view(t).substr(1, end == t.npos ? t.npos : end - 1), " \t"))
          if (std::string x = form(f); !x.empty()) block.verbs.back().forms.push_back(x);
      }
      count("verb forms listed (kept for that verb's patterns)");
      continue;
    }
    if (t.front() == '-') {
      std::string body = t.substr(1), code;
      if (!take_last_bracket(body, code)) {
        warn(name, l.number, "a pattern needs a [CODE]; skipped");
        count("verb patterns skipped");
        continue;
      }
      // "{ WILL | WOULD ] *": a disjunction closed with the wrong bracket.
      for (size_t open = body.find('{'); open != std::string::npos;
           open = body.find('{', open + 1)) {
        size_t close = body.find_first_of("}]", open);
        if (close != std::string::npos && body[close] == ']') {
          body[close] = '}';
          warn(name, l.number, "a '{' closed with ']' was read as closed with '}'");
        }
      }
      block.patterns.push_back({std::string(trim(body)), code, l.number});
      continue;
    }
    // A verb: "MEET", "GIVE {GAVE GIVEN}", "+ASK_FOR {...} [020]", "RE_+ARREST", TABARI's
    // "BRUSH ASIDE REPORTS [142]" (a root of several words, the first the verb).
    if (!petrarch) {
      emit_block();  // in TABARI every verb starts its own group of patterns
      count("verb blocks");
    }
    std::string body = t, code;
    bool has_code = take_last_bracket(body, code);
    std::vector<std::string> listed;  // "GIVE {GAVE GIVEN}"
    if (size_t brace = body.find('{'); brace != std::string::npos) {
      size_t end = body.find('}', brace);
      std::string_view inside = std::string_view(body).substr(
          brace + 1, end == std::string::npos ? std::string_view::npos : end - brace - 1);
      for (std::string_view f : split_any(inside, " \t"))
        if (std::string x = form(f); !x.empty()) listed.push_back(x);
      body.erase(brace, end == std::string::npos ? end : end - brace + 1);
      count("verb forms listed (kept for that verb's patterns)");
    }
    std::vector<std::string_view> chunks = split_any(trim(body), " \t");
    Verb v;
    v.line = l.number;
    v.text = std::string(trim(body));
    v.code = event_code(has_code ? code : block.code, s_->internal_codes);
    std::string problem;
    for (size_t c = 0; c < chunks.size() && problem.empty(); ++c) {
      std::vector<std::string_view> pieces = split_any(chunks[c], "_");
      size_t head = 0;
      if (c == 0)
        for (size_t k = 0; k < pieces.size(); ++k)
          if (pieces[k].starts_with("+")) head = k;
      if (c > 0) v.tokens.push_back("*");
      // TABARI reads a root as a stem ("RESTOR" takes "restore", "restoration") unless it ends
      // in "_" (regular endings only) or "=" (the word as written).
      const bool connected = chunks[c].ends_with("_"), exact = chunks[c].ends_with("=");
      for (size_t k = 0; k < pieces.size(); ++k) {
        std::string w;
        for (char ch : pieces[k])
          if (is_alpha(ch) || is_digit(ch) || ch == '\'' || ch == '-' || ch == '.') w += ch;
        if (w.size() != pieces[k].size() - (pieces[k].starts_with("+") ? 1 : 0))
          count("verb words with stray characters removed (= ! ~)");
        if (w.empty() || !std::any_of(w.begin(), w.end(), is_alpha)) {
          problem = "'" + std::string(pieces[k]) + "' is no word";
          break;
        }
        w = lower(w);
        const bool stem = !petrarch && k + 1 == pieces.size() && !connected && !exact &&
                          ((c == 0 && k == head) || stem_word(w));
        const bool endings = !petrarch && connected && k + 1 == pieces.size();  // "DEPART_"
        if (c == 0 && k == head && !exact)
          v.tokens.push_back("{" + w + (stem ? "+" : endings ? "_" : "") + "}");
        else
          v.tokens.push_back(w + (stem ? "+" : ""));
        if (stem) count("verb roots read as stems");
      }
    }
    if (v.tokens.empty() || !problem.empty()) {
      warn(name, l.number, (problem.empty() ? "no verb" : problem) + "; verb skipped");
      count("verbs skipped");
      continue;
    }
    count("verbs");
    v.forms = std::move(listed);
    block.verbs.push_back(std::move(v));
  }
  emit_block();
}

// ---- files -----------------------------------------------------------------------------------

Status read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot be opened; check the path");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": cannot be read");
  text = std::move(ss).str();
  return Status::Ok();
}

}  // namespace foreign

Result<ForeignDictionary> load_tabari(const std::string& project_file) {
  namespace fs = std::filesystem;
  std::string project;
  if (Status st = foreign::read_file(project_file, project); !st.ok()) return st;
  foreign::Translator t(foreign::Dialect::kTabari);
  t.file_read(project_file);
  const fs::path base = fs::path(project_file).parent_path();
  // <actorsfile> Name, <verbsfile> Name, ...: read actors first, then agents, verbs, options.
  const std::vector<std::string> kinds = {"actorsfile", "agentsfile", "verbsfile", "optionsfile"};
  std::vector<std::vector<std::pair<std::string, size_t>>> named(kinds.size());
  size_t number = 0;
  for (std::string_view rest = project; !rest.empty();) {
    size_t nl = rest.find('\n');
    std::string_view line = foreign::trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++number;
    if (!line.starts_with("<")) continue;
    size_t close = line.find('>');
    if (close == std::string_view::npos) continue;
    std::string tag(line.substr(1, close - 1));
    auto kind = std::find(kinds.begin(), kinds.end(), tag);
    if (kind == kinds.end()) continue;
    std::string_view file = foreign::trim(line.substr(close + 1));
    file = file.substr(0, file.find_first_of(" \t"));
    if (file.empty()) {
      t.warn(project_file, number, "<" + tag + "> names no file; skipped");
      continue;
    }
    named[static_cast<size_t>(kind - kinds.begin())].emplace_back(std::string(file), number);
  }
  int read = 0;
  for (size_t k = 0; k < kinds.size(); ++k) {
    for (const auto& [file, line] : named[k]) {
      fs::path p(file);
      std::string path = (p.is_absolute() ? p : base / p).string();
      std::string text;
      if (Status st = foreign::read_file(path, text); !st.ok()) {
        t.warn(project_file, line, "<" + kinds[k] + "> " + st.message() + "; skipped");
        continue;
      }
      t.file_read(path);
      ++read;
      if (kinds[k] == "actorsfile") t.actors(text, path);
      if (kinds[k] == "agentsfile") t.agents(text, path);
      if (kinds[k] == "verbsfile") t.verbs(text, path);
      if (kinds[k] == "optionsfile") {
        long options = 0;
        for (const auto& l : t.lines(text, path)) options += !l.text.starts_with("//");
        t.count("option lines (not translated)", options);
      }
    }
  }
  if (read == 0)
    return Status::Error(project_file +
                         ": names no dictionary that can be read (<actorsfile>, <verbsfile>, "
                         "<agentsfile>, <optionsfile>)");
  return t.finish();
}

}  // namespace parley::lexicon
