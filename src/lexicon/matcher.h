// lexicon/matcher.h — every dictionary phrase found in a token sequence, in one pass.
//
// Life cycle: a PhraseMatcher::Builder collects phrases (sequences of token patterns, each a
// set of accepted lower-case words, or a gap of a few words), `build()` compiles them
// into an immutable trie, and `match()` may then be called from any number of threads at once.
//
// A phrase marked case-sensitive (one written in capitals, like "US") matches only tokens
// written in capitals. Matching is exhaustive: every phrase that matches at every start
// position is reported (possibly more than once when gaps allow two alignments); choosing
// among overlapping matches is the caller's job.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::lexicon {

// The words of a text, as the matcher sees them.
struct MatchToken {
  std::string_view lower;  // lower-cased form
  bool all_caps = false;   // has no lower-case letter ("US", "U.S.", "-")
  bool is_word = true;     // a word or number (gaps skip only these)
};

struct PhraseMatch {
  uint32_t begin, end;  // token range [begin, end)
  int32_t payload;      // what the phrase was added with
};

// One position of a phrase: a set of accepted words, or a gap.
struct PatternItem {
  PatternItem() = default;
  PatternItem(std::vector<std::string> w, int gap = 0) : words(std::move(w)), max_gap(gap) {}

  std::vector<std::string> words;  // lower case; empty (with `stems`) means a gap
  int max_gap = 0;                 // for a gap: it takes 0..max_gap words
  // Stems: a word that begins with one of these is accepted too ("restor" takes "restore",
  // "restoring", "restoration"), as TABARI matches the words of its dictionaries.
  std::vector<std::string> stems;
  bool is_gap() const { return words.empty() && stems.empty(); }
};

// The matcher's vocabulary ids of a text's words: the word's own id (-1 for a word no phrase
// uses) and the ids of the stems it begins with (only when some phrase has stems).
struct TokenIds {
  std::vector<int32_t> exact;
  std::vector<std::vector<int32_t>> stems;  // empty, or one list per token
};

class PhraseMatcher {
 private:
  struct Payload {
    int32_t value;
    bool case_sensitive;
  };
  struct Node {
    std::vector<std::pair<int32_t, int32_t>> edges;  // (word id, child), sorted by word id
    std::vector<std::pair<int, int32_t>> gaps;       // (max words, child) reached through a gap
    std::vector<Payload> payloads;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {  // FNV-1a: words are short
      uint64_t h = 14695981039346656037ull;
      for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      return static_cast<size_t>(h);
    }
  };
  using Vocabulary = std::unordered_map<std::string, int32_t, Hash, std::equal_to<>>;

 public:
  static constexpr int kShortGap = 3;  // "*" in a verb pattern
  static constexpr int kLongGap = 15;  // "**"

  // Each phrase goes into the trie as it is added, so a phrase's items are not kept twice; the
  // nodes grow in a deque (no reallocation, hence no moment with two copies of them) and are
  // packed into the matcher's flat arrays, node by node, when it is built
  // (docs/dictionaries.md has the memory figures).
  class Builder {
   public:
    Builder();
    // Adds a phrase. The items must not be empty and must not start or end with a gap.
    void add(const std::vector<PatternItem>& items, bool case_sensitive, int32_t payload);
    // The matcher of every phrase added so far; the Builder is left empty.
    std::shared_ptr<const PhraseMatcher> build();

   private:
    int32_t word_id(const std::string& w);
    int32_t stem_id(const std::string& w);
    int32_t child(int32_t node, int32_t id) const;
    int32_t new_node();
    Vocabulary vocab_, stem_vocab_;  // words and stems share one id space
    int32_t next_id_ = 0;
    size_t longest_stem_ = 0;
    std::deque<Node> nodes_;
    size_t phrase_count_ = 0;
  };

  // Maps words to the matcher's vocabulary ids (-1 for a word no phrase uses). Call once per
  // text and pass the ids to match().
  TokenIds lookup(const std::vector<MatchToken>& tokens) const;
  void match(const std::vector<MatchToken>& tokens, const TokenIds& ids,
             std::vector<PhraseMatch>& out) const;

  // Calls `visit` once for every (word sequence, payload) the trie holds, in no stated order.
  // Only phrases without gaps are visited (the gapped ones are verb patterns, whose text the
  // Lexicon keeps); an item with several words is visited once per word, a stem as the stem
  // followed by "*". For reports such as
  // `parley dict compare`, not for matching.
  void for_each_phrase(const std::function<void(const std::vector<std::string_view>& words,
                                                int32_t payload)>& visit) const;

  // True when some phrase uses `word` (lower case) as one of its words.
  bool has_word(std::string_view word) const { return vocab_.find(word) != vocab_.end(); }

  size_t phrase_count() const { return phrase_count_; }
  size_t node_count() const { return edge_begin_.size() - 1; }

 private:
  int32_t child(int32_t node, int32_t id) const;
  template <class F>
  void each_id(const TokenIds& ids, uint32_t pos, F&& f) const;
  void walk(const std::vector<MatchToken>& tokens, const TokenIds& ids, uint32_t start,
            uint32_t pos, int32_t node, bool caps_ok, std::vector<PhraseMatch>& out) const;

  // The built trie, compact: node i's edges are edges_[edge_begin_[i] .. edge_begin_[i + 1]),
  // sorted by word id, and likewise its gaps and payloads. Three flat arrays instead of three
  // vectors a node take a quarter of the memory (1.6 million nodes for the Phoenix set).
  Vocabulary vocab_, stem_vocab_;
  size_t id_count_ = 0;
  size_t longest_stem_ = 0;
  std::vector<uint32_t> edge_begin_, gap_begin_, payload_begin_;  // node count + 1 each
  std::vector<std::pair<int32_t, int32_t>> edges_;                // (word id, child)
  std::vector<std::pair<int, int32_t>> gaps_;                     // (max words, child)
  std::vector<Payload> payloads_;
  std::vector<int32_t> root_children_;  // by word id: the root's edges, for O(1) first steps
  size_t phrase_count_ = 0;
};

}  // namespace parley::lexicon
