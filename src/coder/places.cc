// coder/places.cc — reading places from sentences and datelines; see places.h.
#include "coder/places.h"

#include "coder/dates.h"
#include "text/ascii.h"

namespace parley::coder {
namespace {

using text::one_of;

Location from_place(const Place& p) {
  Location l;
  l.place = p.name;
  l.country = p.country;
  l.lat = p.lat;
  l.lon = p.lon;
  return l;
}

}  // namespace

std::optional<Location> place_in_sentence(const Analysis& a, size_t s, const Lexicon& lex,
                                          const std::vector<Mention>& mentions,
                                          const std::vector<std::string>& states) {
  const auto& sent = a.sentences[s];
  for (uint32_t k = sent.first; k + 1 < sent.last; ++k) {
    if (!one_of(a.low(k), {"in", "at"})) continue;
    // "the situation in Syria", "migrants in Libya": what is there, not where the act was.
    if (k > sent.first &&
        one_of(a.low(k - 1),
               {"situation",  "situations", "crisis",      "conflict",  "conflicts",
                "tensions",   "war",        "violence",    "fighting",  "elections",
                "election",   "migrants",   "refugees",    "people",    "citizens",
                "nationals",  "peace",      "stability",   "security",  "developments",
                "progress",   "investment", "investments", "trade",     "operations",
                "presence",   "interests",  "troops",      "forces",    "humanitarian",
                "attack",     "attacks",    "missions",    "embassy",   "embassies",
                "rights",     "democracy",  "reforms",     "community", "leaders",
                "ambassador", "officials",  "cooperation", "projects",  "growth",
                "stake"}))
      continue;
    uint32_t b = k + 1;
    if (a.low(b) == "the") ++b;
    if (b >= sent.last || !a.tokens[b].capitalized || month_number(a.low(b)) > 0) continue;
    // A state named as the place: "in Cambodia".
    for (const auto& m : mentions) {
      if (m.first != b && m.first != k + 1) continue;
      const Entity* e = lex.entity(m.entity);
      if (m.kind == MentionKind::kEntity && !m.capital && e && e->kind == EntityKind::kState &&
          m.role.empty())
        return Location{m.text, m.entity, std::nullopt, std::nullopt};
    }
    // The longest run of capitalised words that names a city: "Washington D.C.", "Phnom Penh".
    uint32_t e = b;
    while (e < sent.last && e < b + 4 && (a.tokens[e].capitalized || a.tokens[e].all_caps) &&
           a.tokens[e].kind != text::TokenKind::kPunct)
      ++e;
    for (uint32_t end = e; end > b; --end) {
      std::vector<std::string> prefer = states;
      // "in Benghazi, Libya": the state after the comma decides.
      if (end + 1 < sent.last && a.low(end) == ",")
        for (const auto& m : mentions)
          if (m.first == end + 1 && !m.entity.empty()) prefer.insert(prefer.begin(), m.entity);
      if (const Place* p = lex.place(a.span(b, end), prefer)) return from_place(*p);
    }
  }
  return std::nullopt;
}

std::optional<Location> place_of_dateline(const std::string& place, const Lexicon& lex,
                                          const std::vector<std::string>& states) {
  if (place.empty()) return std::nullopt;
  // "Washington D.C., USA", "Phnom Penh (FN)": the city is the first part.
  std::string city = place.substr(0, place.find(" ("));
  if (const Place* p = lex.place(city, states)) return from_place(*p);
  city = city.substr(0, city.find(','));
  if (const Place* p = lex.place(city, states)) return from_place(*p);
  return std::nullopt;
}

}  // namespace parley::coder
