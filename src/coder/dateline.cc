// coder/dateline.cc — the dateline rules; see dateline.h.
#include "coder/dateline.h"

#include <algorithm>

#include "text/normalize.h"

namespace parley::coder {
namespace {

struct View {
  std::string_view text;
  const std::vector<text::Token>& tokens;
  std::string_view str(uint32_t i) const { return text.substr(tokens[i].begin, tokens[i].size()); }
  std::string span(uint32_t a, uint32_t b) const {
    if (a >= b) return "";
    return std::string(text.substr(tokens[a].begin, tokens[b - 1].end - tokens[a].begin));
  }
};

bool is_dash(std::string_view t) {
  return t == "-" || t == "--";
}

// Tokens that may make up a place: capitalised words, commas, "D.C.", "(FN)", and a dash
// before the date ("Ottawa, Ontario - January 27, 2019").
bool place_like(const View& v, uint32_t a, uint32_t b) {
  if (a >= b || b - a > 8) return false;
  int words = 0;
  for (uint32_t i = a; i < b; ++i) {
    std::string_view t = v.str(i);
    const auto& tok = v.tokens[i];
    if (tok.kind == text::TokenKind::kWord && tok.capitalized) {
      ++words;
      continue;
    }
    if (t == "," || t == "(" || t == ")" || t == "." || (is_dash(t) && i + 1 == b)) continue;
    return false;
  }
  return words > 0;
}

std::string trim_place(std::string s) {
  while (!s.empty() && (s.back() == ',' || s.back() == ' ' || s.back() == '-')) s.pop_back();
  while (!s.empty() && (s.front() == ',' || s.front() == ' ')) s.erase(s.begin());
  return s;
}

struct Candidate {
  Date date;
  std::string place;
  int unit = -1;
  bool whole_line = false;  // the unit is nothing but place and date
  bool needs_year = false;
  std::string rule;
};

// A unit that is a place-and-date line, a date line, or opens with a wire dateline.
std::optional<Candidate> read_unit(const View& v, const std::vector<text::Sentence>& units,
                                   size_t u) {
  const auto& s = units[u];
  // A dateline opens its unit: look at the first tokens only.
  auto dates = find_dates(v.text, v.tokens, s.first, std::min(s.last, s.first + 16));
  if (dates.empty() || dates.front().relative) return std::nullopt;
  const DateMention& m = dates.front();
  if (m.date.day == 0) return std::nullopt;  // "June 2016" is a table heading, not a dateline
  Candidate c;
  c.date = m.date;
  c.unit = static_cast<int>(u);
  c.needs_year = m.date.year == 0;
  // Whole line: [place ,] date [, place] [time]
  uint32_t after = m.last;
  while (after < s.last && (v.str(after) == "," || is_dash(v.str(after)))) ++after;
  bool head_place = m.first == s.first || place_like(v, s.first, m.first);
  uint32_t tail_end = s.last;
  bool tail_ok = after >= s.last || place_like(v, after, s.last);
  if (!tail_ok) {  // "13-APR-1987 08:38:17.58": numbers and marks only
    tail_ok = true;
    for (uint32_t i = after; i < s.last; ++i) tail_ok &= v.tokens[i].kind != text::TokenKind::kWord;
    tail_end = after;
  }
  if (s.line && head_place && tail_ok && !c.needs_year) {
    c.whole_line = true;
    c.place = trim_place(m.first > s.first ? v.span(s.first, m.first) : v.span(after, tail_end));
    c.rule = "a line of place and date";
    return c;
  }
  // Wire dateline: "PLACE, Month Day -" or "Day Month Year -" opening a paragraph, perhaps
  // with the agency in brackets: "HANOI, May 3 (Reuters) -".
  uint32_t dash = m.last;
  if (dash < s.last && v.str(dash) == "(") {
    while (dash < s.last && v.str(dash) != ")" && dash - m.last < 6) ++dash;
    ++dash;
  }
  if (head_place && dash < s.last && is_dash(v.str(dash))) {
    c.place = trim_place(v.span(s.first, m.first));
    c.rule = "a wire dateline opening the paragraph";
    return c;
  }
  return std::nullopt;
}

}  // namespace

DatelineInfo find_dateline(std::string_view text, const std::vector<text::Token>& tokens,
                           const std::vector<text::Sentence>& units, const std::string& given_date,
                           const std::string& given_dateline) {
  DatelineInfo info;
  View v{text, tokens};
  const size_t n = units.size();
  std::optional<Candidate> head, tail;
  for (size_t u = 0; u < std::min<size_t>(n, 10) && !head; ++u) head = read_unit(v, units, u);
  for (size_t u = n > 4 ? n - 4 : 0; u < n; ++u) {
    if (head && static_cast<int>(u) <= head->unit) continue;
    if (auto c = read_unit(v, units, u); c && c->whole_line) tail = c;
  }
  // A date line's place may be the line just before it ("New York" / "30 March 2016").
  auto place_above = [&](Candidate& c) {
    if (!c.whole_line || !c.place.empty() || c.unit == 0) return;
    const auto& above = units[static_cast<size_t>(c.unit - 1)];
    if (above.line && place_like(v, above.first, above.last) && above.last - above.first <= 5) {
      c.place = trim_place(v.span(above.first, above.last));
      info.units.push_back(c.unit - 1);
    }
  };
  // The year of a wire dateline: the first full date anywhere, else the given date.
  auto fill_year = [&](Candidate& c) {
    if (!c.needs_year) return;
    auto given = Date::parse_iso(given_date);
    for (const auto& m : find_dates(text, tokens, 0, static_cast<uint32_t>(tokens.size()))) {
      if (m.date.year > 0) {
        c.date.year = m.date.year;
        return;
      }
    }
    if (given) c.date.year = given->year;
  };

  std::optional<Candidate> issued = tail ? tail : head;
  if (issued) {
    place_above(*issued);
    fill_year(*issued);
    info.issued = issued->date;
    info.place = issued->place;
    info.sentence = issued->unit;
    info.reason = (tail ? "sign-off: " : "head: ") + issued->rule;
    if (issued->whole_line) info.units.push_back(issued->unit);
  }
  // A date line with no place: a wire dateline just below may name it ("13-APR-1987" then
  // "MOSCOW, April 13 - ...").
  if (issued && info.place.empty()) {
    for (size_t u = static_cast<size_t>(issued->unit) + 1; u < std::min<size_t>(n, 6); ++u) {
      auto c = read_unit(v, units, u);
      if (c && !c->place.empty()) {
        info.place = c->place;
        break;
      }
    }
  }
  info.news = info.issued;
  info.news_place = info.place;
  if (tail && head && head->whole_line) {
    fill_year(*head);
    place_above(*head);
    info.news = head->date;
    if (!head->place.empty()) info.news_place = head->place;
    info.units.push_back(head->unit);
  }
  // A page of several releases: three or more lines of place and date.
  for (size_t u = 0; u < n; ++u) {
    if (!units[u].line || units[u].last - units[u].first > 16) continue;  // no date line
    if (auto c = read_unit(v, units, u); c && c->whole_line)
      info.items.push_back({c->unit, c->date});
  }
  if (info.items.size() < 3) {
    info.items.clear();
  } else {
    // Lines that sign releases off leave less text after the last than before the first.
    info.items_close = n - 1 - static_cast<size_t>(info.items.back().first) <
                       static_cast<size_t>(info.items.front().first);
    for (const auto& [u, d] : info.items) info.units.push_back(u);
  }
  // A wire's dateline given apart from the text: its place, and its day in the given year.
  if (!issued && !given_dateline.empty()) {
    info.place = given_dateline.substr(0, given_dateline.find_first_of(",-("));
    while (!info.place.empty() && info.place.back() == ' ') info.place.pop_back();
    info.news_place = info.place;
    text::NormalizedText line = text::normalize(given_dateline, Markup::kPlain);
    auto line_tokens = text::tokenize(line.text);
    auto dates = find_dates(line.text, line_tokens, 0, static_cast<uint32_t>(line_tokens.size()));
    auto given = Date::parse_iso(given_date);
    if (!dates.empty() && !dates.front().relative && dates.front().date.day > 0) {
      Date d = dates.front().date;
      if (d.year == 0 && given) {  // "Dec 31" in a story stamped 2 January is last year's
        d.year = given->year + (d.month - given->month > 6 ? -1 : given->month - d.month > 6);
      }
      if (d.year > 0) {
        info.issued = info.news = d;
        info.reason = "the dateline given with the input";
      }
    }
  }
  if (!info.issued.valid() || info.issued.year == 0) {
    if (auto given = Date::parse_iso(given_date)) {
      info.issued = *given;
      info.reason = "no dateline in the text; the date given with the input";
      if (!info.news.valid() || info.news.year == 0) info.news = *given;
    } else if (info.reason.empty()) {
      info.reason = "no dateline found";
    }
  }
  return info;
}

Date item_date(const DatelineInfo& info, size_t u) {
  if (info.items.empty()) return {};
  if (info.items_close) {
    for (const auto& [unit, d] : info.items)
      if (static_cast<size_t>(unit) >= u) return d;
    return {};
  }
  Date last;
  for (const auto& [unit, d] : info.items)
    if (static_cast<size_t>(unit) <= u) last = d;
  return last;
}

}  // namespace parley::coder
