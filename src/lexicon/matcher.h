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
 public:
  static constexpr int kShortGap = 3;  // "*" in a verb pattern
  static constexpr int kLongGap = 15;  // "**"

  class Builder {
   public:
    // Adds a phrase. The items must not be empty and must not start or end with a gap.
    void add(const std::vector<PatternItem>& items, bool case_sensitive, int32_t payload);
    std::shared_ptr<const PhraseMatcher> build();

   private:
    friend class PhraseMatcher;
    struct Phrase {
      std::vector<PatternItem> items;
      bool case_sensitive;
      int32_t payload;
    };
    std::vector<Phrase> phrases_;
  };

  // Maps words to the matcher's vocabulary ids (-1 for a word no phrase uses). Call once per
  // text and pass the ids to match().
  TokenIds lookup(const std::vector<MatchToken>& tokens) const;
  void match(const std::vector<MatchToken>& tokens, const TokenIds& ids,
             std::vector<PhraseMatch>& out) const;

  size_t phrase_count() const { return phrase_count_; }
  size_t node_count() const { return nodes_.size(); }

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
  int32_t child(const Node& n, int32_t id) const;
  void walk(const std::vector<MatchToken>& tokens, const TokenIds& ids, uint32_t start,
            uint32_t pos, int32_t node, bool caps_ok, std::vector<PhraseMatch>& out) const;
  // Calls f(id) for the word's own id and each stem id of token `pos`.
  template <class F>
  void each_id(const TokenIds& ids, uint32_t pos, F&& f) const;

  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> vocab_;
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> stem_vocab_;  // stem -> id
  size_t longest_stem_ = 0;
  std::vector<Node> nodes_;
  std::vector<int32_t> root_children_;  // by word id: the root's edges, for O(1) first steps
  size_t phrase_count_ = 0;
};

}  // namespace parley::lexicon
