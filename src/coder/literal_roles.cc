// coder/literal_roles.cc — source and target of another coder's pattern; see literal_roles.h.
#include "coder/literal_roles.h"

#include <optional>

#include "coder/word_classes.h"
#include "text/ascii.h"

namespace parley::coder {
using text::one_of;

void read_literal_roles(const Analysis& a, size_t s, const VerbPattern& vp,
                        const std::vector<Mention>& mentions, const std::vector<VerbMatch>& verbs,
                        size_t vi, std::vector<size_t> subjects, bool pronoun_targets,
                        const Coordinate& coordinate, ClauseReading& r) {
  const VerbMatch& v = verbs[vi];
  const uint32_t first = a.sentences[s].first, last = a.sentences[s].last;
  const uint32_t h = v.head;
  auto low = [&](uint32_t i) -> std::string_view {
    return i >= first && i < last ? a.low(i) : std::string_view();
  };
  std::vector<size_t>& subj = subjects;
  std::vector<size_t> obj;
  uint32_t coordination_limit = last;
  // Up to a subordinate clause: "... after a patrol was reported near X".
  uint32_t end = last;
  for (uint32_t k = v.last; k < last && end == last; ++k) {
    if (!one_of(a.low(k), {"after", "before", "until", "unless", "because", "since", "although",
                           "when", "while", "whereas", "if"}))
      continue;
    for (uint32_t j = k + 1; j < last && j < k + 8 && a.low(j) != ","; ++j) {
      bool verb = is_be(a.low(j)) || one_of(a.low(j), {"has", "have", "had"});
      for (const auto& other : verbs) verb |= other.head == j;
      if (verb) end = k;
    }
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.first >= end) break;
    if (m.first < v.first + 1 || (m.first < v.last && m.first <= h)) continue;
    if (vp.target_slot == 'T' && m.first < v.last) continue;  // "{warn} at * of +"
    if (m.kind == MentionKind::kSelf || m.kind == MentionKind::kGroup) continue;
    bool same = false;  // the source named again is no target
    for (size_t j : subj) same |= !m.entity.empty() && mentions[j].entity == m.entity;
    if (same) continue;
    coordination_limit = end;
    coordinate(i, coordination_limit, obj);
    break;
  }
  // No actor after the verb but a pronoun right after it ("to assist it", "burned down its
  // embassy"): the nearest actor before the pronoun that is not the source.
  for (uint32_t k = v.last; pronoun_targets && obj.empty() && k < last && k < v.last + 2; ++k) {
    if (!one_of(a.low(k), {"it", "its", "him", "her", "them", "their"})) continue;
    for (size_t i = mentions.size(); i-- > 0;) {
      const Mention& m = mentions[i];
      if (m.last > k || m.entity.empty()) continue;
      bool source = false;
      for (size_t j : subj) source |= mentions[j].entity == m.entity;
      if (source) continue;
      obj.push_back(i);
      break;
    }
  }
  // The pattern's own slots: "$" the source, "+" the target, where they stand.
  coordination_limit = end;
  auto in_slot = [&](char slot) -> std::optional<size_t> {
    std::optional<size_t> found;
    bool skipped = false;
    for (size_t i = 0; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      if (m.kind == MentionKind::kSelf || m.kind == MentionKind::kGroup) continue;
      bool fits = slot == 'L'   ? m.last <= v.first && m.first >= first
                  : slot == 'B' ? m.first >= v.first && m.last <= h
                  : slot == 'A' ? m.first > h && m.first < v.last
                                : m.first >= v.last && m.first < end;
      if (!fits) continue;
      if (slot == vp.target_slot && vp.skip_before_target && !skipped) {
        skipped = true;  // "* AT ^ +": the first actor is passed over
        continue;
      }
      found = i;
      if (slot != 'L') break;  // before the words: the nearest, the last found
    }
    return found;
  };
  if (vp.source_slot || vp.target_slot) {
    std::vector<size_t> s_slot, t_slot;
    if (vp.source_slot)
      if (auto i = in_slot(vp.source_slot)) coordinate(*i, coordination_limit, s_slot);
    if (vp.target_slot)
      if (auto i = in_slot(vp.target_slot)) coordinate(*i, coordination_limit, t_slot);
    if (vp.source_slot && !s_slot.empty()) {
      subj = s_slot;
      if (!vp.target_slot) {  // "+ * FROM $" without a "+" found: the subject is the target
        obj.clear();
        for (size_t j = 0; j < mentions.size() && obj.empty(); ++j)
          if (mentions[j].last <= v.first && mentions[j].first >= first &&
              mentions[j].entity != mentions[s_slot.front()].entity)
            obj.push_back(j);
      }
    }
    if (vp.target_slot && !t_slot.empty()) {
      obj = t_slot;
      bool clash = false;  // "+ WAS * DEAD": the subject is the target; the source is after
      for (size_t j : subj) clash |= mentions[j].entity == mentions[t_slot.front()].entity;
      if (clash && !vp.source_slot) {
        subj.clear();
        for (size_t j = 0; j < mentions.size() && subj.empty(); ++j)
          if (mentions[j].first >= v.last && mentions[j].first < end &&
              mentions[j].entity != mentions[t_slot.front()].entity)
            subj.push_back(j);
      }
    }
    r.subjects = subj;
    r.objects = obj;
    r.coded = true;
    return;
  }
  // The passive, as TABARI detects it: "X was (fiercely) opposed by Y" is Y -> X.
  uint32_t be = h;
  while (be > first && is_adverb(low(be - 1))) --be;
  if (be > first && one_of(low(be - 1), {"was", "were", "been", "is", "are", "being"})) {
    uint32_t by = v.last;
    while (by < last && by < v.last + 3 && a.low(by) != "by") ++by;
    for (size_t i = 0; i < mentions.size() && by < last && a.low(by) == "by"; ++i) {
      if (mentions[i].first != by + 1 && !(mentions[i].first == by + 2 && low(by + 1) == "the"))
        continue;
      std::vector<size_t> agents;
      coordinate(i, coordination_limit, agents);
      r.subjects = agents;
      r.objects = subj;
      r.passive = true;
      r.coded = true;
      r.reason = "passive: the agent after 'by' is the source";
      return;
    }
  }
  r.subjects = subj;
  r.objects = obj;
  r.coded = true;
}

}  // namespace parley::coder
