// Dictionary parsing, verb inflection, and the phrase matcher against a slow reference.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "lexicon/dictionary_file.h"
#include "lexicon/inflect.h"
#include "lexicon/matcher.h"
#include "parley/lexicon.h"

namespace parley::lexicon {
namespace {

TEST(DictionaryFile, ParsesLinesAndNamesBadOnes) {
  std::vector<Diagnostic> diags;
  auto entries = parse_dictionary(
      "# comment\n"
      "KHM name: Cambodia | Kingdom of Cambodia   # trailing comment\n"
      "\n"
      "GOV title USA: Secretary of State\n"
      "no colon here\n"
      "ONLY: value\n"
      "BAD KEY FIELD EXTRA: x\n"
      "K$Y name: x\n"
      "USA name: United States || America\n",
      "test.txt", diags);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].key, "KHM");
  EXPECT_EQ(entries[0].field, "name");
  EXPECT_EQ(entries[0].values, (std::vector<std::string>{"Cambodia", "Kingdom of Cambodia"}));
  EXPECT_EQ(entries[0].where, "test.txt:2");
  EXPECT_EQ(entries[1].arg, "USA");
  EXPECT_EQ(entries[2].values, (std::vector<std::string>{"United States", "America"}));
  std::vector<std::string> where;
  for (const auto& d : diags) where.push_back(d.where);
  EXPECT_EQ(where, (std::vector<std::string>{"test.txt:5", "test.txt:6", "test.txt:7", "test.txt:8",
                                             "test.txt:9"}));
}

TEST(Inflect, RegularAndIrregular) {
  IrregularVerbs irr;
  irr["meet"] = {{"met"}, ""};
  irr["plan"] = {{"planned"}, "planning"};
  struct Case {
    const char* lemma;
    std::vector<std::string> want;
  } cases[] = {
      {"meet", {"meet", "meets", "met", "meeting"}},
      {"urge", {"urge", "urges", "urged", "urging"}},
      {"try", {"try", "tries", "tried", "trying"}},
      {"push", {"push", "pushes", "pushed", "pushing"}},
      {"plan", {"plan", "plans", "planned", "planning"}},
      {"visit", {"visit", "visits", "visited", "visiting"}},
      {"agree", {"agree", "agrees", "agreed", "agreeing"}},
      {"tie", {"tie", "ties", "tied", "tying"}},
      {"stay", {"stay", "stays", "stayed", "staying"}},
  };
  for (const auto& c : cases) EXPECT_EQ(inflect(c.lemma, irr), c.want) << c.lemma;
}

// The obviously correct matcher: try every phrase at every position.
struct RefPhrase {
  std::vector<PatternItem> items;
  bool caps;
  int32_t payload;
};

bool ref_match_from(const std::vector<MatchToken>& toks, const RefPhrase& p, size_t item,
                    size_t pos, bool caps_ok, uint32_t start,
                    std::set<std::tuple<uint32_t, uint32_t, int32_t>>& out) {
  if (item == p.items.size()) {
    if (caps_ok || !p.caps) out.insert({start, static_cast<uint32_t>(pos), p.payload});
    return true;
  }
  const auto& it = p.items[item];
  if (it.words.empty()) {
    for (int k = 0; k <= it.max_gap && pos + k <= toks.size(); ++k) {
      bool all_words = true;
      for (int j = 0; j < k; ++j) all_words &= toks[pos + j].is_word;
      if (!all_words) break;
      ref_match_from(toks, p, item + 1, pos + k, caps_ok, start, out);
    }
    return true;
  }
  if (pos >= toks.size()) return false;
  for (const auto& w : it.words)
    if (toks[pos].lower == w)
      ref_match_from(toks, p, item + 1, pos + 1, caps_ok && toks[pos].all_caps, start, out);
  return true;
}

TEST(PhraseMatcher, AgreesWithReferenceOnRandomInput) {
  const std::vector<std::string> vocab = {"a", "b", "c", "d", "e", "-", "f"};
  std::mt19937 rng(20261123);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  for (int round = 0; round < 200; ++round) {
    std::vector<RefPhrase> phrases;
    PhraseMatcher::Builder builder;
    int n = 1 + static_cast<int>(pick(12));
    for (int p = 0; p < n; ++p) {
      RefPhrase ph;
      int len = 1 + static_cast<int>(pick(4));
      for (int k = 0; k < len; ++k) {
        PatternItem item;
        if (k > 0 && k + 1 < len && pick(4) == 0) {
          item.max_gap = pick(2) ? PhraseMatcher::kShortGap : PhraseMatcher::kLongGap;
          if (!ph.items.back().words.empty()) ph.items.push_back(item);  // a gap
          continue;
        }
        int alts = 1 + static_cast<int>(pick(2));
        for (int x = 0; x < alts; ++x) item.words.push_back(vocab[pick(vocab.size())]);
        ph.items.push_back(item);
      }
      ph.caps = pick(5) == 0;
      ph.payload = p;
      builder.add(ph.items, ph.caps, ph.payload);
      phrases.push_back(ph);
    }
    auto matcher = builder.build();
    std::vector<MatchToken> toks;
    std::vector<std::string> words;
    int len = static_cast<int>(pick(30));
    for (int k = 0; k < len; ++k) words.push_back(vocab[pick(vocab.size())]);
    for (int k = 0; k < len; ++k)
      toks.push_back(
          {words[static_cast<size_t>(k)], pick(2) == 0, words[static_cast<size_t>(k)] != "-"});
    std::vector<PhraseMatch> got;
    matcher->match(toks, matcher->lookup(toks), got);
    std::set<std::tuple<uint32_t, uint32_t, int32_t>> fast, ref;
    for (const auto& m : got) fast.insert({m.begin, m.end, m.payload});
    for (const auto& p : phrases)
      for (size_t s = 0; s < toks.size(); ++s)
        ref_match_from(toks, p, 0, s, true, static_cast<uint32_t>(s), ref);
    ASSERT_EQ(fast, ref) << "round " << round;
  }
}

TEST(Lexicon, BuiltinDictionariesLoadCleanly) {
  std::vector<Diagnostic> warnings;
  auto lex = Lexicon::load({}, warnings);
  ASSERT_TRUE(lex.ok()) << lex.message();
  for (const auto& w : warnings) ADD_FAILURE() << w.to_string();
  const Lexicon& l = *lex.value();
  // Every ISO 3166-1 state, the organisations, and all 20 CAMEO roots.
  long states = 0, orgs = 0;
  for (const auto& e : l.entities()) (e.kind == EntityKind::kState ? states : orgs)++;
  EXPECT_GE(states, 249);
  EXPECT_GE(orgs, 80);
  std::set<std::string> roots;
  for (const auto& v : l.verbs()) roots.insert(v.cameo.substr(0, 2));
  EXPECT_EQ(roots.size(), 20u);
  ASSERT_NE(l.entity("KHM"), nullptr);
  ASSERT_NE(l.cameo("040"), nullptr);
  EXPECT_EQ(l.cameo("040")->quad, 1);
  EXPECT_EQ(l.cameo("163")->quad, 4);
  EXPECT_EQ(l.cameo("163")->plover, "COERCE");
}

TEST(Lexicon, ExtraFolderWarningsNameFileAndLine) {
  std::string dir = ::testing::TempDir() + "/parley_dict_test";
  std::filesystem::create_directories(dir);
  { std::ofstream(dir + "/extra.txt") << "XXA name: Atlantis\nbroken line\n040 verb: {\n"; }
  LexiconOptions options;
  options.dictionary_dirs = {dir};
  std::vector<Diagnostic> warnings;
  auto lex = Lexicon::load(options, warnings);
  ASSERT_TRUE(lex.ok());
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].where, dir + "/extra.txt:2");
  EXPECT_EQ(warnings[1].where, dir + "/extra.txt:3");
  EXPECT_NE(lex.value()->entity("XXA"), nullptr);
  options.dictionary_dirs = {dir + "/missing"};
  EXPECT_FALSE(Lexicon::load(options, warnings).ok());
}

}  // namespace
}  // namespace parley::lexicon
