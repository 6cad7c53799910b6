// coder/dates.cc — a token-level date scanner; see dates.h for the forms.
#include "coder/dates.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace parley::coder {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

int to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size() ? v : -1;
}

// "4", "4th", "21st" -> day number, or -1.
int day_number(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return -1;
  std::string_view rest = s.substr(n);
  if (!rest.empty()) {
    if (rest.size() != 2) return -1;
    char a = static_cast<char>(rest[0] | 0x20), b = static_cast<char>(rest[1] | 0x20);
    if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
          (a == 't' && b == 'h')))
      return -1;
  }
  int d = to_int(s.substr(0, n));
  return d >= 1 && d <= 31 ? d : -1;
}

int year_number(std::string_view s) {
  if (s.size() != 4) return -1;
  int y = to_int(s);
  return y >= 1900 && y <= 2100 ? y : -1;
}

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

// Days since 1970-01-01 (proleptic Gregorian), and back.
long to_days(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
Date from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

// A word that can start a date: a month, a weekday, or a relative word. No allocation.
bool is_date_word(std::string_view t) {
  if (t.size() < 3 || t.size() > 10) return false;
  char buf[10];
  for (size_t k = 0; k < t.size(); ++k) {
    char c = t[k];
    buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view w(buf, t.size());
  static constexpr std::array<std::string_view, 14> kWords = {
      "today",  "yesterday", "tomorrow",  "last",     "this",   "next",     "past",
      "monday", "tuesday",   "wednesday", "thursday", "friday", "saturday", "sunday"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end() || month_number(t) > 0;
}

bool one_of_prev(std::string_view w) {
  std::string l = lower(w);
  return l == "in" || l == "since" || l == "early" || l == "late" || l == "mid" || l == "-" ||
         l == "during" || l == "until" || l == "of" || l == "by" || l == "from";
}

}  // namespace

int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3 || word.size() > 10) return 0;
  char buf[10];
  size_t n = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') {
      if (c == '.' && n + 1 == word.size()) break;
      return 0;
    }
    buf[n++] = c;
  }
  std::string_view w(buf, n);
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i]) return static_cast<int>(i + 1);
    if (w.size() == 3 && kMonths[i].substr(0, 3) == w) return static_cast<int>(i + 1);
  }
  if (w == "sept") return 9;
  return 0;
}

std::string Date::iso() const {
  if (!valid() || year == 0) return "";
  char buf[16];
  if (day == 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::parse_iso(std::string_view s) {
  if (s.size() < 7 || s[4] != '-') return std::nullopt;
  Date d{to_int(s.substr(0, 4)), to_int(s.substr(5, 2)), 0};
  if (s.size() >= 10 && s[7] == '-') d.day = to_int(s.substr(8, 2));
  if (d.year < 1 || !d.valid() || d.day < 0 ||
      (d.day > 0 && d.day > days_in_month(d.year, d.month)))
    return std::nullopt;
  return d;
}

Date Date::plus_days(int days) const {
  if (!valid() || year == 0 || day == 0) return *this;
  return from_days(to_days(year, month, day) + days);
}

int Date::weekday() const {
  long z = to_days(year, month, day);
  return static_cast<int>(((z % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

bool writes_month_first(std::string_view text, const std::vector<text::Token>& tokens) {
  for (size_t i = 0; i + 4 < tokens.size(); ++i) {
    auto s = [&](size_t k) { return text.substr(tokens[k].begin, tokens[k].size()); };
    if (s(i + 1) != "/" || s(i + 3) != "/" || year_number(s(i + 4)) < 0) continue;
    int a = to_int(s(i)), b = to_int(s(i + 2));
    if (a >= 1 && a <= 12 && b > 12 && b <= 31) return true;
  }
  return false;
}

std::vector<DateMention> find_dates(std::string_view text, const std::vector<text::Token>& tokens,
                                    uint32_t first, uint32_t last, bool month_first) {
  std::vector<DateMention> out;
  auto str = [&](uint32_t i) -> std::string_view {
    return i < last ? text.substr(tokens[i].begin, tokens[i].size()) : std::string_view();
  };
  auto is = [&](uint32_t i, std::string_view s) { return i < last && str(i) == s; };
  for (uint32_t i = first; i < last; ++i) {
    std::string_view t = str(i);
    // Cheap test first: a date starts with a digit, a month name, or a relative day word.
    const char c0 = t.empty() ? '\0' : t[0];
    if (!(c0 >= '0' && c0 <= '9') && !is_date_word(t)) continue;
    std::string w = lower(t);
    DateMention m;
    m.first = i;
    static constexpr std::array<std::string_view, 7> kWeekdays = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (auto wd = std::find(kWeekdays.begin(), kWeekdays.end(), w); wd != kWeekdays.end()) {
      m.relative = true;
      m.weekday = static_cast<int>(wd - kWeekdays.begin());
      m.last = i + 1;
      out.push_back(m);
      continue;
    }
    // "last week", "this month", "earlier this month", "next month"
    if (w == "last" || w == "this" || w == "next" || w == "past") {
      std::string unit = i + 1 < last ? lower(str(i + 1)) : "";
      int dir = w == "next" ? 1 : (w == "this" ? 0 : -1);
      if (unit == "week") {
        m.relative = true;
        m.offset_days = 7 * dir;
        m.last = i + 2;
        out.push_back(m);
        ++i;
        continue;
      }
      if (unit == "month") {
        m.relative = true;
        m.month_only = true;
        m.offset_months = dir;
        m.last = i + 2;
        out.push_back(m);
        ++i;
        continue;
      }
      // "last July", "this November", "next March"
      if (int mo = month_number(str(i + 1)); mo > 0 && i + 1 < last && tokens[i + 1].capitalized &&
                                             !(i + 2 < last && day_number(str(i + 2)) > 0)) {
        m.date = Date{0, mo, 0};
        m.month_only = true;
        m.year_shift = dir;
        m.explicit_shift = true;
        m.last = i + 2;
        out.push_back(m);
        ++i;
        continue;
      }
    }
    if (w == "today" || w == "yesterday" || w == "tomorrow") {
      m.relative = true;
      m.offset_days = w == "today" ? 0 : w == "yesterday" ? -1 : 1;
      m.last = i + 1;
      out.push_back(m);
      continue;
    }
    // 2017-05-04
    if (year_number(t) > 0 && is(i + 1, "-") && to_int(str(i + 2)) >= 1 && is(i + 3, "-")) {
      if (auto d = Date::parse_iso(std::string(t) + "-" + std::string(str(i + 2)) + "-" +
                                   std::string(str(i + 4)))) {
        m.date = *d;
        m.last = i + 5;
        out.push_back(m);
        i = m.last - 1;
        continue;
      }
    }
    int day = day_number(t);
    // 04/05/2017 (day first) or 13-APR-1987
    if (day > 0 && (is(i + 1, "/") || is(i + 1, "-")) && i + 4 < last + 1) {
      std::string_view sep = str(i + 1);
      int mo = month_number(str(i + 2));
      if (mo == 0 && sep == "/") mo = to_int(str(i + 2));
      if (mo >= 1 && mo <= 31 && is(i + 3, sep) && year_number(str(i + 4)) > 0) {
        int a = day, b = mo;
        if (sep == "/" && ((b > 12 && a <= 12) || (month_first && a <= 12 && b <= 31)))
          std::swap(a, b);
        if (b > 12) continue;
        m.date = Date{year_number(str(i + 4)), b, a};
        m.last = i + 5;
        out.push_back(m);
        i = m.last - 1;
        continue;
      }
    }
    // 4th May 2017 / 4 May / 4th of May; a span of days is dated by its first: "16-17
    // February 2016", "11 to 14 July".
    if (day > 0) {
      uint32_t k = i + 1;
      if ((is(k, "-") || is(k, "–") || lower(str(k)) == "to") && day_number(str(k + 1)) > 0 &&
          month_number(str(k + 2)) > 0)
        k += 2;
      if (lower(str(k)) == "of") ++k;
      int mo = month_number(str(k));
      if (mo > 0) {
        m.date = Date{0, mo, day};
        m.last = k + 1;
        if (is(m.last, ",")) {
          if (year_number(str(m.last + 1)) > 0) {
            m.date.year = year_number(str(m.last + 1));
            m.last += 2;
          }
        } else if (year_number(str(m.last)) > 0) {
          m.date.year = year_number(str(m.last));
          m.last += 1;
        }
        out.push_back(m);
        i = m.last - 1;
        continue;
      }
    }
    // May 4, 2017 / May 4 / May 2017
    int mo = month_number(t);
    if (mo > 0 && (w != "may" || tokens[i].capitalized) &&
        (w != "march" || tokens[i].capitalized)) {
      uint32_t k = i + 1;
      if (is(k, ".")) ++k;
      int d = day_number(str(k));
      if (d > 0 && !is(k + 1, "%")) {
        m.date = Date{0, mo, d};
        m.last = k + 1;
        // "February 16-17, 2016": the first day of the span.
        if ((is(m.last, "-") || is(m.last, "–")) && day_number(str(m.last + 1)) > 0) m.last += 2;
        uint32_t y = m.last;
        if (is(y, ",")) ++y;
        if (year_number(str(y)) > 0) {
          m.date.year = year_number(str(y));
          m.last = y + 1;
        }
        out.push_back(m);
        i = m.last - 1;
        continue;
      }
      if (year_number(str(k)) > 0) {
        m.date = Date{year_number(str(k)), mo, 0};
        m.last = k + 1;
        out.push_back(m);
        i = m.last - 1;
        continue;
      }
      // A month alone, after "in", "since", "early", "late", "mid-": "his visit in July".
      std::string_view prev = i > first ? str(i - 1) : std::string_view();
      if (tokens[i].capitalized && one_of_prev(prev)) {
        m.date = Date{0, mo, 0};
        m.month_only = true;
        m.last = i + 1;
        out.push_back(m);
        continue;
      }
    }
  }
  return out;
}

Date resolve(const DateMention& m, const Date& reference) {
  if (m.relative) {
    if (!reference.valid() || reference.year == 0) return Date{};
    if (m.month_only) {
      int months = reference.year * 12 + (reference.month - 1) + m.offset_months;
      return Date{months / 12, months % 12 + 1, 0};
    }
    if (reference.day == 0) return Date{};
    if (m.weekday >= 0) return reference.plus_days(-((reference.weekday() - m.weekday + 7) % 7));
    return reference.plus_days(m.offset_days);
  }
  Date d = m.date;
  if (d.year == 0 && reference.valid() && reference.year > 0) {
    d.year = reference.year;
    if (m.explicit_shift) {
      // "last July": the July before the reference; "next March": the one after it.
      if (m.year_shift < 0 && d.month >= reference.month) d.year -= 1;
      if (m.year_shift > 0 && d.month <= reference.month) d.year += 1;
    } else if (d.month > reference.month + 1) {
      d.year -= 1;  // more than a month after the reference: the text speaks of last year
    }
  }
  if (d.day > 0 && d.year > 0 && d.day > days_in_month(d.year, d.month)) return Date{};
  return d;
}

}  // namespace parley::coder
