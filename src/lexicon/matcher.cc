// lexicon/matcher.cc — the phrase trie: built once, walked from every token.
#include "lexicon/matcher.h"

#include <algorithm>
#include <cassert>

namespace parley::lexicon {

void PhraseMatcher::Builder::add(const std::vector<PatternItem>& items, bool case_sensitive,
                                 int32_t payload) {
  assert(!items.empty() && !items.front().is_gap() && !items.back().is_gap());
  phrases_.push_back({items, case_sensitive, payload});
}

int32_t PhraseMatcher::child(const Node& n, int32_t id) const {
  auto it = std::lower_bound(n.edges.begin(), n.edges.end(), std::make_pair(id, INT32_MIN));
  return it != n.edges.end() && it->first == id ? it->second : -1;
}

std::shared_ptr<const PhraseMatcher> PhraseMatcher::Builder::build() {
  auto m = std::shared_ptr<PhraseMatcher>(new PhraseMatcher());
  m->nodes_.emplace_back();
  int32_t next_id = 0;
  auto word_id = [&](const std::string& w) {
    auto [it, inserted] = m->vocab_.try_emplace(w, next_id);
    next_id += inserted;
    return it->second;
  };
  auto stem_id = [&](const std::string& w) {
    auto [it, inserted] = m->stem_vocab_.try_emplace(w, next_id);
    next_id += inserted;
    m->longest_stem_ = std::max(m->longest_stem_, w.size());
    return it->second;
  };
  // Insert each phrase; an item with several words fans out into several branches that may
  // later rejoin, so phrases are inserted as the set of their live node frontiers.
  for (const Phrase& p : phrases_) {
    std::vector<int32_t> frontier = {0};
    for (const PatternItem& item : p.items) {
      std::vector<int32_t> next;
      for (int32_t node : frontier) {
        if (item.is_gap()) {
          int32_t c = -1;
          for (const auto& [size, child] : m->nodes_[node].gaps)
            if (size == item.max_gap) c = child;
          if (c < 0) {
            c = static_cast<int32_t>(m->nodes_.size());
            m->nodes_[node].gaps.emplace_back(item.max_gap, c);
            m->nodes_.emplace_back();
          }
          next.push_back(c);
          continue;
        }
        std::vector<int32_t> item_ids;
        for (const std::string& w : item.words) item_ids.push_back(word_id(w));
        for (const std::string& w : item.stems) item_ids.push_back(stem_id(w));
        for (int32_t id : item_ids) {
          int32_t c = m->child(m->nodes_[node], id);
          if (c < 0) {
            c = static_cast<int32_t>(m->nodes_.size());
            m->nodes_.emplace_back();
            auto& edges = m->nodes_[node].edges;
            edges.insert(
                std::lower_bound(edges.begin(), edges.end(), std::make_pair(id, INT32_MIN)),
                {id, c});
          }
          next.push_back(c);
        }
      }
      std::sort(next.begin(), next.end());
      next.erase(std::unique(next.begin(), next.end()), next.end());
      frontier = std::move(next);
    }
    for (int32_t node : frontier) {
      auto& payloads = m->nodes_[node].payloads;
      bool seen = false;
      for (const Payload& q : payloads) seen |= q.value == p.payload;
      if (!seen) payloads.push_back({p.payload, p.case_sensitive});
    }
    ++m->phrase_count_;
  }
  phrases_.clear();
  m->root_children_.assign(static_cast<size_t>(next_id), -1);
  for (const auto& [id, c] : m->nodes_[0].edges) m->root_children_[static_cast<size_t>(id)] = c;
  return m;
}

TokenIds PhraseMatcher::lookup(const std::vector<MatchToken>& tokens) const {
  TokenIds ids;
  ids.exact.assign(tokens.size(), -1);
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto it = vocab_.find(tokens[i].lower);
    if (it != vocab_.end()) ids.exact[i] = it->second;
  }
  if (stem_vocab_.empty()) return ids;
  ids.stems.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view w = tokens[i].lower;
    for (size_t n = 1; n <= w.size() && n <= longest_stem_; ++n) {
      auto it = stem_vocab_.find(w.substr(0, n));
      if (it != stem_vocab_.end()) ids.stems[i].push_back(it->second);
    }
  }
  return ids;
}

template <class F>
void PhraseMatcher::each_id(const TokenIds& ids, uint32_t pos, F&& f) const {
  if (ids.exact[pos] >= 0) f(ids.exact[pos]);
  if (!ids.stems.empty())
    for (int32_t id : ids.stems[pos]) f(id);
}

void PhraseMatcher::walk(const std::vector<MatchToken>& tokens, const TokenIds& ids, uint32_t start,
                         uint32_t pos, int32_t node, bool caps_ok,
                         std::vector<PhraseMatch>& out) const {
  const Node& n = nodes_[node];
  if (pos > start) {
    for (const Payload& p : n.payloads)
      if (caps_ok || !p.case_sensitive) out.push_back({start, pos, p.value});
  }
  for (const auto& [max_gap, gap_child] : n.gaps) {
    // A gap takes 0..max_gap words, then the phrase must go on with a listed word.
    const Node& g = nodes_[gap_child];
    uint32_t skip = pos;
    for (int k = 0; k <= max_gap && skip <= tokens.size(); ++k) {
      if (skip < tokens.size())
        each_id(ids, skip, [&](int32_t id) {
          int32_t c = child(g, id);
          if (c >= 0) walk(tokens, ids, start, skip + 1, c, caps_ok && tokens[skip].all_caps, out);
        });
      if (skip >= tokens.size() || !tokens[skip].is_word) break;
      ++skip;
    }
  }
  if (pos < tokens.size())
    each_id(ids, pos, [&](int32_t id) {
      int32_t c = child(n, id);
      if (c >= 0) walk(tokens, ids, start, pos + 1, c, caps_ok && tokens[pos].all_caps, out);
    });
}

void PhraseMatcher::match(const std::vector<MatchToken>& tokens, const TokenIds& ids,
                          std::vector<PhraseMatch>& out) const {
  for (uint32_t i = 0; i < tokens.size(); ++i)
    each_id(ids, i, [&](int32_t id) {
      int32_t c = root_children_[static_cast<size_t>(id)];
      if (c >= 0) walk(tokens, ids, i, i + 1, c, tokens[i].all_caps, out);
    });
}

}  // namespace parley::lexicon
