// coder/act_context.cc — what the words around an act say of it; see act_context.h.
#include "coder/act_context.h"

#include <algorithm>
#include <cstdlib>

#include "text/ascii.h"

namespace parley::coder {

using text::one_of;

// "opposed the amendment", "urged passage of the budget": the object of an act with no
// foreign party is a piece of domestic law or money, so the act is domestic politics.
bool domestic_object(const Analysis& a, size_t s, uint32_t from) {
  const auto& sent = a.sentences[s];
  for (uint32_t k = from; k < sent.last && k < from + 6; ++k) {
    std::string_view w = a.low(k);
    if (one_of(w, {",", ";", ":", ".", "that", "because"})) break;
    if (one_of(w, {"amendment", "amendments", "bill", "bills", "legislation", "tax", "taxes",
                   "budget", "filibuster", "deficit", "fee", "levy", "senate", "congress",
                   "parliament", "market", "markets"}))
      return true;
  }
  return false;
}

// An act dated more than about a year before the document is background, not news (the
// guidelines: "diplomatic relations established in 1992, sanctions expanded in 2022").
bool background(const std::string& date, const std::string& news) {
  auto months = [](const std::string& iso) {
    if (iso.size() < 7) return -1;
    return std::stoi(iso.substr(0, 4)) * 12 + std::stoi(iso.substr(5, 2));
  };
  int d = months(date), n = months(news);
  return d > 0 && n > 0 && n - d > 13;
}

// "In 1942, Queen Victoria of Spain was asked to leave Italy": a year alone, two or more
// years before the document's.
bool old_year(const Analysis& a, size_t s, int news_year) {
  if (news_year <= 0) return false;
  const auto& sent = a.sentences[s];
  for (uint32_t k = sent.first; k + 1 < sent.last; ++k) {
    if (!one_of(a.low(k), {"in", "since", "during"})) continue;
    std::string_view y = a.low(k + 1);
    if (y.size() != 4 || y[0] < '1' || y[0] > '2') continue;
    bool digits = std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && std::stoi(std::string(y)) <= news_year - 2) return true;
  }
  return false;
}

// "expressed satisfaction with stage-by-stage development of the Kazakh-Uzbek relations":
// the relationship is the object, not an act or an actor.
bool about_relations(const Analysis& a, size_t s, uint32_t after_verb) {
  const auto& sent = a.sentences[s];
  for (uint32_t k = after_verb; k < sent.last && k < after_verb + 18; ++k) {
    if (one_of(a.low(k), {",", ";", "and"})) break;
    if (one_of(a.low(k), {"relations", "relationship", "ties"})) return true;
  }
  return false;
}

// "froze diplomatic ties last year", "signed the treaty two years ago": background.
bool years_ago(const Analysis& a, size_t s) {
  const auto& sent = a.sentences[s];
  for (uint32_t k = sent.first; k + 1 < sent.last; ++k) {
    if (a.low(k) == "last" && a.low(k + 1) == "year") return true;
    if (one_of(a.low(k), {"year", "years"}) && a.low(k + 1) == "ago") return true;
  }
  return false;
}

// "condemns terrorism in all its forms", "opposes any actions which increase tensions": a
// stand on a kind of act, with no act or actor it is about.
bool principle(const Analysis& a, size_t s, uint32_t after_verb) {
  const auto& sent = a.sentences[s];
  if (after_verb < sent.last && one_of(a.low(after_verb), {"any", "all"})) return true;
  for (uint32_t k = sent.first; k + 3 < sent.last; ++k)
    if (a.low(k) == "in" && a.low(k + 1) == "all" && one_of(a.low(k + 2), {"its", "their"}) &&
        one_of(a.low(k + 3), {"forms", "manifestations", "form"}))
      return true;
  return false;
}

// The date of an act in sentence `s`: a date written in it ("on 4 May", "today"), else the
// date of its release on a page of several, else the document's news date.
std::string sentence_date(const Analysis& a, size_t s, const DatelineInfo& dl, uint32_t head,
                          bool* stated, bool comment) {
  const auto& sent = a.sentences[s];
  auto dates = find_dates(a.norm.text, a.tokens, sent.first, sent.last, a.month_first);
  const DateMention* best = nullptr;
  int best_score = -1000000;
  for (const auto& m : dates) {
    std::string_view before = m.first > sent.first ? a.low(m.first - 1) : std::string_view();
    // "From July 31 to August 2, X made an official visit": a span, dated by its first day.
    if (before == "from")
      for (const auto& end : dates)
        if (end.first > m.last && end.first <= m.last + 6 &&
            one_of(a.low(end.first - 1), {"to", "until", "till", "through"})) {
          best = &m;
          best_score = 1000000;
        }
    if (best_score == 1000000) break;
    // "since January 2, when Chadian troops overran ...": the date of the act in that clause.
    if (m.last + 1 < sent.last && a.low(m.last) == "," && a.low(m.last + 1) == "when" &&
        head > m.last) {
      best = &m;
      break;
    }
    if (one_of(before, {"since", "until", "till", "by", "from", "before", "after", "through"}))
      continue;
    // "condemned the attack on the mission in Benghazi on 11 September": a comment on an act
    // dated in its object is made on the day of the statement, not of that act.
    if (comment && m.first > head) {
      bool act_between = false;
      for (uint32_t k = head + 1; k < m.first && !act_between; ++k)
        act_between = one_of(a.low(k), {"attack", "attacks", "bombing", "bombings", "killing",
                                        "killings", "explosion", "shooting", "assassination",
                                        "murder", "abduction", "kidnapping", "launch", "test"});
      if (act_between) continue;
    }
    // "the agreements reached at the meeting on November 12": the date of that meeting, not of
    // this act (unless the act is that meeting, named as a noun).
    if (before == "on" && m.first >= sent.first + 2 && m.first - 2 != head &&
        one_of(a.low(m.first - 2), {"meeting", "summit", "talks", "visit", "conference", "session",
                                    "agreement", "call"}) &&
        m.first > head)
      continue;
    int distance = std::abs(static_cast<int>(m.first) - static_cast<int>(head));
    int score = -distance + (before == "on" ? 50 : 0) + (m.relative ? 20 : 0);
    if (score > best_score) best = &m, best_score = score;
  }
  // On a page of several releases, the sentence's own release's date line.
  const Date item = item_date(dl, s);
  Date reference = item.valid() ? item : dl.issued.valid() ? dl.issued : dl.news;
  if (best) {
    Date d = resolve(*best,
                     best->relative && dl.issued.valid() && !item.valid() ? dl.issued : reference);
    if (!d.iso().empty()) {
      if (stated) *stated = true;
      return d.iso();
    }
  }
  return item.valid() ? item.iso() : dl.news.iso();
}

}  // namespace parley::coder
