// coder/nominal.cc — visits and calls named as nouns; see nominal.h.
#include "coder/nominal.h"

#include "text/ascii.h"

namespace parley::coder {
namespace {

using text::one_of;

// The mention that starts at token k, or -1.
int mention_at(const std::vector<Mention>& ms, uint32_t k) {
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i].first == k) return static_cast<int>(i);
  return -1;
}

// The mention that ends (with its 's) at token k, or -1.
int mention_ending(const std::vector<Mention>& ms, uint32_t k) {
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i].last == k) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::vector<NominalAct> find_nominal_acts(const Analysis& a, size_t s,
                                          const std::vector<Mention>& mentions) {
  std::vector<NominalAct> out;
  const auto& sent = a.sentences[s];
  for (uint32_t k = sent.first + 1; k + 1 < sent.last; ++k) {
    std::string_view w = a.low(k);
    if (one_of(w, {"visit", "visits"}) && a.low(k + 1) == "to") {
      // Who: "his", "her", "their" (the subject) or "X's" just before, over one adjective.
      uint32_t p = k - 1;
      bool intent = false;
      while (p > sent.first &&
             one_of(a.low(p), {"recent", "official", "state", "working", "first", "historic",
                               "upcoming", "forthcoming", "planned", "next", "coming", "proposed",
                               "successful", "two-day", "three-day", "one-day"})) {
        intent |=
            one_of(a.low(p), {"upcoming", "forthcoming", "planned", "next", "coming", "proposed"});
        --p;
      }
      int source = -2;
      if (one_of(a.low(p), {"his", "her", "their"})) source = -1;
      if (int m = mention_ending(mentions, p + 1); m >= 0 && mentions[m].possessive) source = m;
      // "the results of President Xi's state visit to the United States": a visit referred to
      // by another noun, not reported here.
      uint32_t start = source >= 0 ? mentions[static_cast<size_t>(source)].first : p;
      if (start > sent.first && a.low(start - 1) == "of") continue;
      int target = mention_at(mentions, k + 2);
      if (source == -2 || target < 0 || mentions[target].entity.empty()) continue;
      out.push_back({intent ? "036" : "042", source, target, k, a.span(p, k + 3)});
      continue;
    }
    // "In a telephone conversation with X, the President ...": the subject called X.
    if (one_of(w, {"conversation", "call", "talk", "talks", "conversations"}) && k > sent.first &&
        one_of(a.low(k - 1), {"telephone", "phone", "video"}) && a.low(k + 1) == "with") {
      int target = mention_at(mentions, k + 2);
      if (target >= 0 && !mentions[static_cast<size_t>(target)].entity.empty()) {
        out.push_back({"041", -1, target, k, a.span(k - 1, mentions[target].last)});
        continue;
      }
    }
    // "In the bilateral meeting with X, the Minister ...", "During talks with X, he ...": an
    // opening phrase naming the subject's meeting.
    // "..., Zannier said after talks with the UN Secretary-General": likewise, anywhere.
    auto opener = [&](uint32_t at) {
      uint32_t b = at;
      while (b > sent.first && b + 4 > at &&
             one_of(a.low(b - 1), {"the", "a", "his", "her", "their", "bilateral", "separate",
                                   "lengthy", "official", "private"}))
        --b;
      if (b == sent.first) return false;
      std::string_view prep = a.low(b - 1);
      // "at the talks" mid-sentence is more often an earlier meeting referred to.
      return one_of(prep, {"during", "after", "following"}) ||
             (one_of(prep, {"in", "at"}) && b - 1 == sent.first);
    };
    if (one_of(w, {"meeting", "talks", "discussions", "consultations"}) && a.low(k + 1) == "with" &&
        opener(k)) {
      int target = mention_at(mentions, k + 2);
      if (target >= 0 && !mentions[static_cast<size_t>(target)].entity.empty()) {
        out.push_back({"040", -1, target, k, a.span(sent.first, mentions[target].last)});
        continue;
      }
    }
    // "the attack on the United States' diplomatic mission in Benghazi", "the attacks on the US
    // Embassy": an attack on a diplomatic mission (180) by unidentified attackers (UNK) when
    // no one is named as its author.
    if (one_of(w, {"attack", "attacks", "assault", "assaults", "bombing"}) &&
        one_of(a.low(k + 1), {"on", "against"}) && mention_ending(mentions, k) < 0 &&
        !(k > sent.first && a.low(k - 1) == "'s")) {
      int t = mention_at(mentions, k + 2);
      if (t < 0 && a.low(k + 2) == "the") t = mention_at(mentions, k + 3);
      if (t >= 0 && !mentions[static_cast<size_t>(t)].entity.empty()) {
        const Mention& m = mentions[static_cast<size_t>(t)];
        std::string title = text::ascii_lower(m.title);
        bool mission = title.find("embassy") != std::string::npos ||
                       title.find("consulate") != std::string::npos ||
                       title.find("mission") != std::string::npos;
        for (uint32_t r = m.last; r < sent.last && r < m.last + 3 && !mission; ++r)
          mission = one_of(
              a.low(r), {"embassy", "consulate", "mission", "missions", "diplomats", "diplomatic"});
        uint32_t by = m.last;
        while (by < sent.last && by < m.last + 12 && a.low(by) != "by") ++by;
        if (mission && (by >= sent.last || a.low(by) != "by")) {
          out.push_back({"180", kUnidentified, t, k, a.span(k, m.last)});
          continue;
        }
      }
    }
    // "the new US sanctions against Iran", "EU sanctions on Russia": sanctions imposed (163).
    // "their recent sanctions designations on actors and entities involved in the transfer of
    // arms from the DPRK to Russia": the states the sanctioned people act for, and the
    // subject's sanctions when the holder is "their" or "our".
    uint32_t on = k + 1;
    if (a.low(on) == "designations") ++on;
    if (one_of(w, {"sanctions", "embargo"}) && one_of(a.low(on), {"against", "on"})) {
      int target = mention_at(mentions, on + 1);
      std::vector<int> targets;
      if (target < 0 && one_of(a.low(on + 1), {"actors", "entities", "individuals", "persons",
                                               "companies", "firms", "networks", "officials"})) {
        for (uint32_t q = on + 1; q < sent.last && q < on + 25; ++q) {
          if (one_of(a.low(q), {";", ":", ".", "which", "who"})) break;
          int m = mention_at(mentions, q);
          if (m >= 0 && !mentions[static_cast<size_t>(m)].entity.empty() &&
              mentions[static_cast<size_t>(m)].kind == MentionKind::kEntity)
            targets.push_back(m);
        }
      }
      bool ours = k > sent.first && one_of(a.low(k - 1), {"their", "our"});
      for (uint32_t b = k; b > sent.first && b + 3 > k && !ours;)
        ours |= one_of(a.low(--b), {"their", "our"});
      if (ours && !targets.empty()) {
        for (int t : targets)
          out.push_back({"163", -1, t, k, a.span(k, mentions[static_cast<size_t>(t)].last)});
        continue;
      }
      // Whose: the name right before ("US sanctions", "Washington's new sanctions"); sanctions
      // called for, threatened or considered are the verbs' business, not an act.
      int source = mention_ending(mentions, k);
      if (source < 0 && k > sent.first + 1 && one_of(a.low(k - 1), {"new", "fresh", "latest"}))
        source = mention_ending(mentions, k - 1);
      for (uint32_t b = k; b > sent.first && b + 5 > k;)
        if (one_of(a.low(--b), {"for", "impose", "threatened", "threatens", "threaten", "consider",
                                "considering", "proposed", "possible", "further", "more", "urged",
                                "demanded", "seek", "seeks", "sought"}))
          source = -1;
      if (source >= 0 && target >= 0 && !mentions[static_cast<size_t>(target)].entity.empty() &&
          !mentions[static_cast<size_t>(source)].entity.empty()) {
        out.push_back({"163", source, target, k, a.span(mentions[source].first, on + 2)});
        continue;
      }
    }
    // "the US airstrike on Syria", "Israeli air strikes against Gaza", "India's aggression
    // against Pakistan": force (195 from the air, 194 shelling, else 190) by the name right
    // before, on the actor after "on" or "against".
    bool air = one_of(w, {"airstrike", "airstrikes"}) ||
               (one_of(w, {"strike", "strikes", "raid", "raids"}) && k > sent.first &&
                a.low(k - 1) == "air");
    bool force = one_of(w, {"aggression", "attack", "attacks", "invasion", "shelling"});
    // "Any U.S. military aggression against Iran will ...": a hypothetical, no act.
    for (uint32_t b = k; b > sent.first && b + 7 > k && (air || force);)
      // "since the beginning of the Russian aggression against Ukraine": an ongoing state.
      if (one_of(a.low(--b), {"any", "possible", "potential", "future", "further", "if", "since"}))
        air = force = false;
    if ((air || force) && k + 1 < sent.last && one_of(a.low(k + 1), {"on", "against"})) {
      int target = mention_at(mentions, k + 2);
      if (target < 0 && a.low(k + 2) == "the") target = mention_at(mentions, k + 3);
      uint32_t head = a.low(k - 1) == "air" ? k - 1 : k;
      int source = mention_ending(mentions, head);
      if (target >= 0 && source >= 0 && !mentions[static_cast<size_t>(target)].entity.empty() &&
          !mentions[static_cast<size_t>(source)].entity.empty())
        out.push_back({air               ? "195"
                       : w == "shelling" ? "194"
                                         : "190",
                       source, target, k, a.span(mentions[source].first, k + 2)});
      continue;
    }
    if (w == "call" && k > sent.first && one_of(a.low(k - 1), {"telephone", "phone"})) {
      uint32_t q = k + 1;
      if (a.low(q) == "that") ++q;
      int source = -1;
      if (a.low(q) == "from") {
        source = mention_at(mentions, q + 1);
      } else if (int m = mention_at(mentions, q); m >= 0) {
        uint32_t after = mentions[m].last;
        if (after < sent.last && one_of(a.low(after), {"made", "placed"})) source = m;
      }
      if (source < 0) continue;
      out.push_back({"041", source, -1, k, a.span(k - 1, mentions[source].last)});
    }
  }
  return out;
}

}  // namespace parley::coder
