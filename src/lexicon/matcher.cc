// lexicon/matcher.cc — the phrase trie: built once, walked from every token.
#include "lexicon/matcher.h"

#include <algorithm>
#include <cassert>

namespace parley::lexicon {

PhraseMatcher::Builder::Builder() : nodes_(1) {}

int32_t PhraseMatcher::Builder::word_id(const std::string& w) {
  auto [it, inserted] = vocab_.try_emplace(w, next_id_);
  next_id_ += inserted;
  return it->second;
}

int32_t PhraseMatcher::Builder::stem_id(const std::string& w) {
  auto [it, inserted] = stem_vocab_.try_emplace(w, next_id_);
  next_id_ += inserted;
  longest_stem_ = std::max(longest_stem_, w.size());
  return it->second;
}

int32_t PhraseMatcher::Builder::child(int32_t node, int32_t id) const {
  const auto& edges = nodes_[static_cast<size_t>(node)].edges;
  auto it = std::lower_bound(edges.begin(), edges.end(), std::make_pair(id, INT32_MIN));
  return it != edges.end() && it->first == id ? it->second : -1;
}

int32_t PhraseMatcher::Builder::new_node() {
  nodes_.emplace_back();
  return static_cast<int32_t>(nodes_.size() - 1);
}

// An item with several words fans out into several branches that may later rejoin, so a phrase
// is inserted as the set of its live node frontiers.
void PhraseMatcher::Builder::add(const std::vector<PatternItem>& items, bool case_sensitive,
                                 int32_t payload) {
  assert(!items.empty() && !items.front().is_gap() && !items.back().is_gap());
  std::vector<int32_t> frontier = {0};
  for (const PatternItem& item : items) {
    std::vector<int32_t> next;
    for (int32_t node : frontier) {
      if (item.is_gap()) {
        int32_t c = -1;
        for (const auto& [size, gap_child] : nodes_[static_cast<size_t>(node)].gaps)
          if (size == item.max_gap) c = gap_child;
        if (c < 0) {
          c = new_node();
          nodes_[static_cast<size_t>(node)].gaps.emplace_back(item.max_gap, c);
        }
        next.push_back(c);
        continue;
      }
      std::vector<int32_t> item_ids;
      for (const std::string& w : item.words) item_ids.push_back(word_id(w));
      for (const std::string& w : item.stems) item_ids.push_back(stem_id(w));
      for (int32_t id : item_ids) {
        int32_t c = child(node, id);
        if (c < 0) {
          c = new_node();
          auto& edges = nodes_[static_cast<size_t>(node)].edges;
          edges.insert(std::lower_bound(edges.begin(), edges.end(), std::make_pair(id, INT32_MIN)),
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
    auto& payloads = nodes_[static_cast<size_t>(node)].payloads;
    bool seen = false;
    for (const Payload& q : payloads) seen |= q.value == payload;
    if (!seen) payloads.push_back({payload, case_sensitive});
  }
  ++phrase_count_;
}

int32_t PhraseMatcher::child(int32_t node, int32_t id) const {
  auto b = edges_.begin() + edge_begin_[static_cast<size_t>(node)];
  auto e = edges_.begin() + edge_begin_[static_cast<size_t>(node) + 1];
  auto it = std::lower_bound(b, e, std::make_pair(id, INT32_MIN));
  return it != e && it->first == id ? it->second : -1;
}

std::shared_ptr<const PhraseMatcher> PhraseMatcher::Builder::build() {
  auto m = std::shared_ptr<PhraseMatcher>(new PhraseMatcher());
  size_t edges = 0, gaps = 0, payloads = 0;
  for (const Node& n : nodes_) {
    edges += n.edges.size();
    gaps += n.gaps.size();
    payloads += n.payloads.size();
  }
  for (auto* v : {&m->edge_begin_, &m->gap_begin_, &m->payload_begin_})
    v->reserve(nodes_.size() + 1);
  m->edges_.reserve(edges);
  m->gaps_.reserve(gaps);
  m->payloads_.reserve(payloads);
  // Pack the nodes front first, freeing the deque's blocks as they empty.
  while (!nodes_.empty()) {
    const Node& n = nodes_.front();
    m->edge_begin_.push_back(static_cast<uint32_t>(m->edges_.size()));
    m->gap_begin_.push_back(static_cast<uint32_t>(m->gaps_.size()));
    m->payload_begin_.push_back(static_cast<uint32_t>(m->payloads_.size()));
    m->edges_.insert(m->edges_.end(), n.edges.begin(), n.edges.end());
    m->gaps_.insert(m->gaps_.end(), n.gaps.begin(), n.gaps.end());
    m->payloads_.insert(m->payloads_.end(), n.payloads.begin(), n.payloads.end());
    nodes_.pop_front();
  }
  m->edge_begin_.push_back(static_cast<uint32_t>(m->edges_.size()));
  m->gap_begin_.push_back(static_cast<uint32_t>(m->gaps_.size()));
  m->payload_begin_.push_back(static_cast<uint32_t>(m->payloads_.size()));
  nodes_.emplace_back();  // the Builder starts over with an empty root
  m->vocab_ = std::move(vocab_);
  m->stem_vocab_ = std::move(stem_vocab_);
  vocab_.clear();
  stem_vocab_.clear();
  m->id_count_ = static_cast<size_t>(next_id_);
  m->longest_stem_ = longest_stem_;
  next_id_ = 0;
  longest_stem_ = 0;
  m->phrase_count_ = phrase_count_;
  phrase_count_ = 0;
  m->root_children_.assign(m->id_count_, -1);
  for (uint32_t k = m->edge_begin_[0]; k < m->edge_begin_[1]; ++k)
    m->root_children_[static_cast<size_t>(m->edges_[k].first)] = m->edges_[k].second;
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
  const size_t n = static_cast<size_t>(node);
  if (pos > start) {
    for (uint32_t k = payload_begin_[n]; k < payload_begin_[n + 1]; ++k)
      if (caps_ok || !payloads_[k].case_sensitive) out.push_back({start, pos, payloads_[k].value});
  }
  for (uint32_t k = gap_begin_[n]; k < gap_begin_[n + 1]; ++k) {
    // A gap takes 0..max_gap words, then the phrase must go on with a listed word.
    const auto [max_gap, gap_child] = gaps_[k];
    uint32_t skip = pos;
    for (int g = 0; g <= max_gap && skip <= tokens.size(); ++g) {
      if (skip < tokens.size())
        each_id(ids, skip, [&](int32_t id) {
          int32_t c = child(gap_child, id);
          if (c >= 0) walk(tokens, ids, start, skip + 1, c, caps_ok && tokens[skip].all_caps, out);
        });
      if (skip >= tokens.size() || !tokens[skip].is_word) break;
      ++skip;
    }
  }
  if (pos < tokens.size())
    each_id(ids, pos, [&](int32_t id) {
      int32_t c = child(node, id);
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

void PhraseMatcher::for_each_phrase(
    const std::function<void(const std::vector<std::string_view>&, int32_t)>& visit) const {
  std::vector<std::string> word(id_count_);
  for (const auto& [w, id] : vocab_) word[static_cast<size_t>(id)] = w;
  for (const auto& [w, id] : stem_vocab_) word[static_cast<size_t>(id)] = w + "*";
  // Depth first with an explicit stack of (node, depth, word id of the edge into it);
  // `path` holds the words from the root to the node being visited.
  struct Step {
    int32_t node;
    size_t depth;
    int32_t word;
  };
  std::vector<Step> stack = {{0, 0, -1}};
  std::vector<std::string_view> path;
  while (!stack.empty()) {
    Step s = stack.back();
    stack.pop_back();
    path.resize(s.depth);
    if (s.depth > 0) path.back() = word[static_cast<size_t>(s.word)];
    const size_t n = static_cast<size_t>(s.node);
    if (s.depth > 0)
      for (uint32_t k = payload_begin_[n]; k < payload_begin_[n + 1]; ++k)
        visit(path, payloads_[k].value);
    for (uint32_t k = edge_begin_[n]; k < edge_begin_[n + 1]; ++k)
      stack.push_back({edges_[k].second, s.depth + 1, edges_[k].first});
  }
}

}  // namespace parley::lexicon
