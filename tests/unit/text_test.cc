// Normalisation, tokenisation and sentence splitting: table-driven cases.
#include <gtest/gtest.h>

#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenize.h"

namespace parley::text {
namespace {

std::vector<std::string> tokens_of(const std::string& s) {
  auto n = normalize(s, Markup::kPlain);
  std::vector<std::string> out;
  for (const auto& t : tokenize(n.text)) out.push_back(n.text.substr(t.begin, t.size()));
  return out;
}

std::vector<std::string> sentences_of(const std::string& s, Markup m = Markup::kPlain) {
  auto n = normalize(s, m);
  auto toks = tokenize(n.text);
  std::vector<std::string> out;
  for (const auto& sent : split_sentences(n.text, toks))
    out.push_back(
        n.text.substr(toks[sent.first].begin, toks[sent.last - 1].end - toks[sent.first].begin));
  return out;
}

struct TokenCase {
  const char* input;
  std::vector<std::string> want;
};

TEST(Tokenize, Table) {
  const TokenCase cases[] = {
      {"H.E. Prak Sokhonn", {"H.E.", "Prak", "Sokhonn"}},
      {"the U.S. side", {"the", "U.S.", "side"}},
      {"Washington, D.C., USA", {"Washington", ",", "D.C.", ",", "USA"}},
      {"Mr. Miroslav Jenca", {"Mr.", "Miroslav", "Jenca"}},
      {"John F. Kelly", {"John", "F.", "Kelly"}},
      {"Thomas A. Shannon Jr.", {"Thomas", "A.", "Shannon", "Jr."}},
      {"Secretary-General", {"Secretary", "-", "General"}},
      {"China's role", {"China", "'s", "role"}},
      {"China\u2019s role", {"China", "'s", "role"}},
      {"ASEAN-U.S. Summit", {"ASEAN", "-", "U.S.", "Summit"}},
      {"1.5 billion USD", {"1.5", "billion", "USD"}},
      {"10,000 migrants", {"10,000", "migrants"}},
      {"No. 5", {"No.", "5"}},
      {"4th May 2017", {"4th", "May", "2017"}},
      {"end. Next", {"end", ".", "Next"}},
  };
  for (const auto& c : cases) EXPECT_EQ(tokens_of(c.input), c.want) << c.input;
}

struct SplitCase {
  const char* input;
  std::vector<std::string> want;
};

TEST(SplitSentences, Table) {
  const SplitCase cases[] = {
      {"H.E. Prak Sokhonn met Mr. Kelly. They talked.",
       {"H.E. Prak Sokhonn met Mr. Kelly.", "They talked."}},
      {"He arrived in the U.S. The talks began.", {"He arrived in the U.S.", "The talks began."}},
      {"He met U.S. officials in Washington, D.C. on Monday.",
       {"He met U.S. officials in Washington, D.C. on Monday."}},
      {"Dr. Smith and St. John met Gen. Lee.", {"Dr. Smith and St. John met Gen. Lee."}},
      {"Resolution No. 5 was adopted.", {"Resolution No. 5 was adopted."}},
      {"New York\n\n30 March 2016\n\nNote to Correspondents",
       {"New York", "30 March 2016", "Note to Correspondents"}},
      {"Title line\nFirst sentence here. Second one.",
       {"Title line", "First sentence here.", "Second one."}},
      {"The priorities are (1) peace, (2) trade.", {"The priorities are (1) peace, (2) trade."}},
      {"Items:\n1. First item\n2. Second item", {"Items:", "1. First item", "2. Second item"}},
      {"\"We agree.\" The minister left.", {"\"We agree.\"", "The minister left."}},
      // Newswire wrapped at a fixed width: line breaks inside sentences are not boundaries.
      {"Showers continued in\nthe Bahia cocoa zone, said\nthe review.\n    The dry period "
       "means\nthe "
       "crop will be late.",
       {"Showers continued in\nthe Bahia cocoa zone, said\nthe review.",
        "The dry period means\nthe crop will be late."}},
      // Former bugs
      {"**Press Release\non the Outcomes**\n\nText.", {"Press Release\non the Outcomes", "Text."}},
  };
  for (const auto& c : cases) EXPECT_EQ(sentences_of(c.input), c.want) << c.input;
}

TEST(Normalize, KeepsOffsetsBackToTheOriginal) {
  std::string original = "**Bold** \u201Cquoted\u201D \u2013 dash\r\n";
  auto n = normalize(original, Markup::kPlain);
  EXPECT_EQ(n.text, "Bold \"quoted\" - dash\n");
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  // Every normalised byte maps to a byte of the original, in order.
  for (size_t i = 1; i < n.to_original.size(); ++i)
    EXPECT_LE(n.to_original[i - 1], n.to_original[i]);
  size_t q = n.text.find("quoted");
  EXPECT_EQ(original.substr(n.to_original[q], 6), "quoted");
  EXPECT_EQ(n.to_original.back(), original.size());
  EXPECT_EQ(n.lower, "bold \"quoted\" - dash\n");
}

TEST(Normalize, UnderscoreJoiningWordsIsASpace) {
  struct Case {
    const char* in;
    const char* out;
  };
  const std::vector<Case> cases = {
      {"the Duke of North_March", "the Duke of North March"},
      {"__init__ and a_B", "init and a B"},  // doubled: markup; before a capital: a space
      {"@mfa_russia, snake_case", "@mfa_russia, snake_case"},  // before a small letter: kept
      {"a _ b, x_", "a _ b, x_"},                              // not between two words: kept
  };
  for (const auto& c : cases) {
    auto n = normalize(c.in, Markup::kPlain);
    EXPECT_EQ(n.text, c.out) << c.in;
    EXPECT_EQ(n.to_original.size(), n.text.size() + 1) << c.in;
  }
}

TEST(Normalize, MarkdownLosesMarkupNotText) {
  auto n = normalize("# Heading\nSee [the report](http://x.org/r) and `code`.", Markup::kMarkdown);
  EXPECT_EQ(n.text, " Heading\nSee the report and code.");
}

TEST(Normalize, NeverCrashesOnArbitraryBytes) {
  std::string s;
  for (int i = 0; i < 4096; ++i) s.push_back(static_cast<char>((i * 131 + 7) % 256));
  for (Markup m : {Markup::kPlain, Markup::kMarkdown}) {
    auto n = normalize(s, m);
    auto toks = tokenize(n.text);
    auto sents = split_sentences(n.text, toks);
    for (const auto& t : toks) EXPECT_LE(t.end, n.text.size());
    for (const auto& st : sents) EXPECT_LE(st.last, toks.size());
  }
}

}  // namespace
}  // namespace parley::text
