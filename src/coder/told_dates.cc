// coder/told_dates.cc — acts told as part of an occasion an earlier sentence dated.
#include "coder/told_dates.h"

#include <algorithm>
#include <tuple>

#include "text/ascii.h"

namespace parley::coder {

using text::one_of;

bool points_back(const Analysis& a, size_t s) {
  const auto& sent = a.sentences[s];
  uint32_t k = sent.first;
  while (k < sent.last && a.tokens[k].kind == text::TokenKind::kPunct) ++k;
  auto word = [&](uint32_t i) { return i < sent.last ? a.low(i) : std::string_view(); };
  std::string_view w0 = word(k), w1 = word(k + 1), w2 = word(k + 2);
  if (one_of(w0, {"he", "she", "they", "both"})) return true;
  if (w0 == "the" && one_of(w1, {"two", "ministers", "leaders", "sides", "presidents", "pair",
                                 "parties", "counterparts"}))
    return true;
  if (one_of(w0, {"during", "at", "in"}) && one_of(w1, {"the", "his", "her", "their", "this"}) &&
      one_of(w2, {"meeting", "meetings", "talks", "visit", "call", "conversation", "discussion",
                  "discussions", "occasion"}))
    return true;
  for (uint32_t i = k; i + 2 < sent.last; ++i)
    if (a.low(i) == "at" && a.low(i + 1) == "the" && a.low(i + 2) == "time") return true;
  for (uint32_t i = k; i < sent.last && i < k + 8; ++i)
    if (a.low(i) == "also") return true;
  return false;
}

void carry_told_dates(const Analysis& a, const std::set<size_t>& dated,
                      std::vector<Event>& events) {
  std::vector<std::string> carried(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    const auto s = static_cast<size_t>(e.sentence);
    if (dated.count(s) || !points_back(a, s)) continue;
    for (size_t back = 1; back <= 3 && back <= s; ++back) {
      const size_t p = s - back;
      if (!dated.count(p)) continue;
      // The nearest dated sentence is the occasion told, or the thread is broken.
      for (const Event& o : events) {
        bool same_side = o.source.entity == e.source.entity ||
                         (o.root == "04" && o.target && o.target->entity == e.source.entity);
        if (o.sentence == static_cast<int>(p) && same_side && o.date.size() == 10 &&
            o.cameo != "036" && (e.date.empty() || o.date <= e.date)) {
          carried[i] = o.date;
          break;
        }
      }
      break;
    }
  }
  for (size_t i = 0; i < events.size(); ++i)
    if (!carried[i].empty()) events[i].date = carried[i];
  // A continuation that now repeats an act of its occasion, on the same day, is that act.
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  std::erase_if(events, [&](const Event& e) {
    return !seen.insert({e.source.entity, e.target ? e.target->entity : "", e.cameo, e.date})
                .second;
  });
}

}  // namespace parley::coder
