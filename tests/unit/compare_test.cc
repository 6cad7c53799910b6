// `parley dict compare`: coverage of one set of dictionaries by another, on small dictionaries
// written here, and the matcher's phrase enumeration the comparison rests on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "lexicon/compare.h"
#include "lexicon/matcher.h"

namespace parley::lexicon {
namespace {

namespace fs = std::filesystem;

// Loads `text` alone (parley's language data stays: verb forms and CAMEO codes).
std::shared_ptr<const Lexicon> load_text(const std::string& text) {
  fs::path dir =
      fs::temp_directory_path() / ("parley_compare_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  std::ofstream(dir / "dict.txt", std::ios::binary) << text;
  LexiconOptions options;
  options.builtin = false;
  options.dictionary_dirs = {dir.string()};
  std::vector<Diagnostic> warnings;
  auto lex = Lexicon::load(options, warnings);
  fs::remove_all(dir);
  EXPECT_TRUE(warnings.empty()) << warnings.front().to_string();
  return lex.ok() ? lex.value() : nullptr;
}

constexpr const char* kA = R"(
XXA name: Atlantis | the Lost City
XXA adj: Atlantean
XXA holder: Jane Doe | Queen | 2001-01-01 | -
XXB name: Lemuria
XXB code: XXBGOV
XXC name: Hyperborea
GOV title: Grand Vizier | High Chancellor
MIL title: Sea Marshal
040 verb: {meet} | {hold} * talks with
111 verb: {criticize}
0231 verb: {pledge} aid
)";

constexpr const char* kB = R"(
YYA name: ATLANTIS | Jane Doe
YYA code: XXAGOV
YYC name: Lost City
XXB name: Lemuria
XXC name: Hyperborea
ZZZ name: Mu
GOVDEV title: grand vizier
COP title: Sea Marshal
GOV title: Harbour Master
040 verb: {meet}
042 verb: {hold} talks with
173 verb: {pledge} aid
0233 verb: {pledge} food
)";

TEST(Compare, CountsEachWay) {
  auto a = load_text(kA), b = load_text(kB);
  ASSERT_TRUE(a && b);
  Comparison c = compare_lexicons(*a, *b);
  struct Case {
    const char* what;
    const KindCoverage& k;
    size_t total, covered, same_code, same_root, differ, head_known;
  } cases[] = {
      // atlantis (XXA/XXAGOV: root), lost city (XXA/YYC: differ), jane doe (holder of XXA vs
      // XXAGOV: root), lemuria (XXBGOV/XXB: root), hyperborea (same); atlantean missing.
      {"A in B actors", c.a_in_b.actors, 6, 5, 1, 3, 1, 0},
      {"B in A actors", c.b_in_a.actors, 6, 5, 1, 3, 1, 0},  // mu missing
      // grand vizier (GOV/GOVDEV: root), sea marshal (MIL/COP: differ); high chancellor missing
      {"A in B agents", c.a_in_b.agents, 3, 2, 0, 1, 1, 0},
      {"B in A agents", c.b_in_a.agents, 3, 2, 0, 1, 1, 0},  // harbour master missing
      // meet (same), hold talks with (040/042: root), pledge aid (0231/173: differ);
      // criticize missing, its verb unknown to B
      {"A in B verbs", c.a_in_b.verbs, 4, 3, 1, 1, 1, 3},
      {"B in A verbs", c.b_in_a.verbs, 4, 3, 1, 1, 1, 4},  // pledge food: A knows "pledge"
  };
  for (const auto& t : cases) {
    SCOPED_TRACE(t.what);
    EXPECT_EQ(t.k.total, t.total);
    EXPECT_EQ(t.k.covered, t.covered);
    EXPECT_EQ(t.k.same_code, t.same_code);
    EXPECT_EQ(t.k.same_root, t.same_root);
    EXPECT_EQ(t.k.differ, t.differ);
    EXPECT_EQ(t.k.head_known, t.head_known);
    EXPECT_EQ(t.k.missing.size(), t.total - t.covered);
    EXPECT_EQ(t.k.differing.size(), t.differ);
  }
  ASSERT_EQ(c.a_in_b.actors.missing.size(), 1u);
  EXPECT_EQ(c.a_in_b.actors.missing[0].phrase, "atlantean");
  EXPECT_EQ(c.a_in_b.actors.missing[0].codes, "XXA");
  ASSERT_EQ(c.a_in_b.verbs.differing.size(), 1u);
  EXPECT_EQ(c.a_in_b.verbs.differing[0].phrase, "pledge aid");
  EXPECT_EQ(c.a_in_b.verbs.differing[0].codes, "0231");
  EXPECT_EQ(c.a_in_b.verbs.differing[0].other, "173");
  EXPECT_NE(c.a_in_b.verbs.differing[0].where.find("dict.txt:12"), std::string::npos);
  EXPECT_EQ(c.b_in_a.agents.missing.at(0).phrase, "harbour master");
}

// Spelling differences that do not count, and differences that do.
TEST(Compare, NormalisedPhrases) {
  struct Case {
    const char* a;
    const char* b;
    bool covered;
  } cases[] = {
      {"XXA name: Atlantis", "XXA name: ATLANTIS", true},                      // case
      {"XXA name: the Atlantic Council", "XXA name: Atlantic Council", true},  // leading "the"
      {"XXA name: Sea-Kingdom", "XXA name: Sea - Kingdom", true},              // tokens, not spaces
      {"XXA name: U.N.", "XXA name: UN", false},                               // punctuation counts
      {"XXA name: Atlantis", "XXA adj: Atlantis", true},                       // names, adjectives
      {"XXA name: Atlantis", "XXA name: Atlantean", false},
      {"040 verb: {meet} * with", "040 verb: {meet} with", true},  // gaps do not count
      {"040 verb: {meet} with", "040 verb: {meet} ** with", true},
      {"040 verb: {meet} with", "040 verb: {meets} with", false},  // lemmas, not forms
  };
  for (const auto& t : cases) {
    SCOPED_TRACE(std::string(t.a) + " / " + t.b);
    // Every file needs a verb pattern to load.
    std::string pad = std::string(t.a).find("verb") == std::string::npos ? "\n111 verb: {x}\n" : "";
    auto a = load_text(std::string(t.a) + pad), b = load_text(std::string(t.b) + pad);
    ASSERT_TRUE(a && b);
    Comparison c = compare_lexicons(*a, *b);
    bool verbs = std::string(t.a).find("verb") != std::string::npos;
    const KindCoverage& k = verbs ? c.a_in_b.verbs : c.a_in_b.actors;
    EXPECT_EQ(k.total, 1u);
    EXPECT_EQ(k.covered, t.covered ? 1u : 0u);
  }
}

TEST(Compare, SamplesAreEvenlySpacedAndLimited) {
  std::string a = "111 verb: {x}\n", b = "111 verb: {x}\n";
  for (int i = 0; i < 100; ++i)
    a += "X" + std::to_string(100 + i) + " name: Place" + std::to_string(100 + i) + "\n";
  auto la = load_text(a), lb = load_text(b);
  ASSERT_TRUE(la && lb);
  Comparison c = compare_lexicons(*la, *lb, 4);
  ASSERT_EQ(c.a_in_b.actors.missing.size(), 4u);
  std::vector<std::string> got;
  for (const auto& s : c.a_in_b.actors.missing) got.push_back(s.phrase);
  EXPECT_EQ(got, (std::vector<std::string>{"place100", "place125", "place150", "place175"}));
  EXPECT_EQ(compare_lexicons(*la, *lb, 1000).a_in_b.actors.missing.size(), 100u);
}

TEST(PhraseMatcher, EnumeratesEveryPhraseWithoutGaps) {
  PhraseMatcher::Builder b;
  b.add({{{"lost"}}, {{"city"}}}, false, 1);
  b.add({{{"atlantis"}}}, false, 2);
  b.add({{{"lost"}}, {{"cause", "causes"}}}, false, 3);
  b.add({{{"lost"}}, {{}, 3}, {{"city"}}}, false, 4);  // a gap: not enumerated
  b.add({{{"atlantis"}}}, true, 5);
  auto m = b.build();
  std::multiset<std::string> got;
  m->for_each_phrase([&](const std::vector<std::string_view>& words, int32_t payload) {
    std::string s = std::to_string(payload) + ":";
    for (auto w : words) s += " " + std::string(w);
    got.insert(s);
  });
  EXPECT_EQ(got, (std::multiset<std::string>{"1: lost city", "2: atlantis", "3: lost cause",
                                             "3: lost causes", "5: atlantis"}));
}

}  // namespace
}  // namespace parley::lexicon
