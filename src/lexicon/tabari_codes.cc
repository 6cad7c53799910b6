// lexicon/tabari_codes.cc — the codes in brackets: actor codes with their dates ("[AFGGOV
// 331108-730717]", "[HOB < 950601]"), event codes ("[042:043]", "[0x2040]", "[---]", "[###]").
#include "lexicon/tabari_internal.h"

#include <algorithm>

namespace parley::lexicon {
namespace foreign {
namespace {

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

}  // namespace

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

}  // namespace foreign
}  // namespace parley::lexicon
