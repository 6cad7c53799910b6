// Coding with another coder's dictionaries: a TABARI project written here (invented states
// Valdoria, Kestran, Meridor) read the way TABARI reads its patterns — literally, stems, paired
// codes, one coded verb per clause, compounds — and the matcher's stems underneath. Parley's own
// rules for the same sentences are pinned in coder_test.cc; these tests keep the two apart.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "builtin_coder.h"
#include "lexicon/matcher.h"
#include "parley/coder.h"
#include "parley/validation.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

// A TABARI project of three states, two agents and a few verbs, loaded once.
std::shared_ptr<const Lexicon> tabari_lexicon() {
  static const std::shared_ptr<const Lexicon> lex = [] {
    // One directory per process: ctest runs the tests of this file side by side.
    fs::path dir =
        fs::temp_directory_path() / ("parley_foreign_coding_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    write(dir / "t.project",
          "test project\n<actorsfile> t.actors\n<verbsfile> t.verbs\n<agentsfile> t.agents\n");
    write(dir / "t.actors",
          "VALDORIA [VAL]\nKESTRAN [KES]\nMERIDOR [MER]\nOSTRIA_ [OST]\nLUMEN= [LUM]\n"
          "HAILSTORM [###]\nTHE_TWIN_CITIES [VAL/KES]\nDUKE NORTH_MARCH [NMA]\n");
    write(dir / "t.agents", "SOLDIERS_ [~MIL]\nLAWMAKERS_ [~LEG]\nACTIVISTS_ [NGM~]\n");
    write(dir / "t.verbs",
          "RENEW  [064]\n"
          "- * TIES  [065]\n"
          "- * TIES + ISN'T A REAL~_CORDIAL  [066]\n"
          "DEPART_  [032:033]\n"
          "SCOLD=  [122]\n"
          "CHIDE  [901]\n"
          "PLEDGE  [---]\n"
          "- DIDN'T *  [904]\n"
          "WARN  [160]\n"
          "- * AT ^ OF +  [162]\n"
          "LEAVE  [012]\n"
          "LEFT_  [032:033]\n"
          "SHUN  [131]\n"
          "{ SNUBBED_ REBUFF }\n"
          "- + WAS * BY $  [132]\n"
          "- + WAS * OUT  [133]\n"
          "- URGED + * RATIFY  [134]\n"
          "- * AT ^ +  [135]\n");
    LexiconOptions options;
    options.builtin = false;
    options.dictionary_dirs = {"tabari:" + (dir / "t.project").string()};
    std::vector<Diagnostic> warnings;
    auto l = Lexicon::load(options, warnings);
    EXPECT_TRUE(l.ok()) << l.message();
    fs::remove_all(dir);
    return l.ok() ? l.value() : nullptr;
  }();
  return lex;
}

std::set<std::string> code(const Coder& coder, const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  std::set<std::string> out;
  for (const auto& e : coder.code(doc).events)
    out.insert(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo);
  return out;
}

struct Case {
  const char* rule;
  const char* text;
  std::set<std::string> want;
};

TEST(ForeignCoding, TabariPatternsReadLiterally) {
  ASSERT_NE(tabari_lexicon(), nullptr);
  const Coder coder(tabari_lexicon());
  const std::vector<Case> cases = {
      {"the longest pattern, with no test of modality ('will')",
       "Valdoria will renew its ties with Kestran.",
       {"VAL KES 065"}},
      {"a root without '_' is a stem: 'renewal' is RENEW",
       "Valdoria announced a renewal of talks with Kestran.",
       {"VAL KES 064"}},
      {"a root ending in '_' takes regular endings",
       "Valdoria departed for Kestran on Monday.",
       {"VAL KES 032", "KES VAL 033"}},  // a paired code: the target's act back
      {"a root ending in '=' is the word as written ('scolds' is no form of it)",
       "Valdoria scolds Kestran.",
       {}},
      {"... and the word itself codes", "Valdoria scold Kestran.", {"VAL KES 122"}},
      {"forms listed for the verb: 'SNUBBED_' whole", "Valdoria snubbed Kestran.", {"VAL KES 131"}},
      {"... and 'REBUFF' a stem", "Valdoria rebuffs Kestran.", {"VAL KES 131"}},
      {"a code of the dictionary's own, not in the CAMEO codebook, is kept",
       "Valdoria chides Kestran.",
       {"VAL KES 901"}},
      {"negation is the pattern's business", "Valdoria didn't pledge Kestran.", {"VAL KES 904"}},
      {"the target is the first actor after the verb, a place or not",
       "Valdoria renewed ties on Monday in Kestran.",
       {"VAL KES 065"}},
      {"a compound subject with no target: each ordered pair",
       "Valdoria and Kestran renewed ties.",
       {"VAL KES 065", "KES VAL 065"}},
      {"the target stops before a subordinate clause",
       "Valdoria and Kestran renewed ties after Meridor was attacked.",
       {"VAL KES 065", "KES VAL 065"}},
      {"a compound with an article and modifiers after the conjunction",
       "Valdoria and the stubborn old Kestran renewed ties with Meridor.",
       {"VAL MER 065", "KES MER 065"}},
      {"one coded verb per clause; 'and' before a verb and 'but' start another",
       "Valdoria renewed ties with Kestran and chides Meridor but Meridor scold Kestran.",
       {"VAL KES 065", "VAL MER 901", "MER KES 122"}},
      {"one coded verb per clause: the first",
       "Valdoria renewed ties with Kestran to scold Meridor.",
       {"VAL KES 065"}},
      {"no target, no event: these coders code dyads", "Valdoria renewed ties.", {}},
      {"a pattern ending in '+': the target after the matched words",
       "Valdoria warned at the Kestran of Meridor.",
       {"VAL MER 162"}},
      {"a root written as the word beats an inflection of another ('left': LEFT_, not LEAVE)",
       "Valdoria left for Kestran.",
       {"VAL KES 032", "KES VAL 033"}},
      {"an agent 'from' a state is that state's role",
       "Soldiers from Kestran renewed ties with Valdoria.",
       {"KESMIL VAL 065"}},
      {"a plain actor name is a stem ('Valdorians')",
       "Valdorians renewed ties with Kestran.",
       {"VAL KES 065"}},
      {"a name ending in '_' takes the regular endings ('Ostrias')",
       "Ostrias renewed ties with Kestran.",
       {"OST KES 065"}},
      {"a name ending in '=' is exact", "Lumens renewed ties with Kestran.", {}},
      {"... and matches as written", "Lumen renewed ties with Kestran.", {"LUM KES 065"}},
      {"agents in several states: each takes the role",
       "Lawmakers in Kestran and Meridor renewed ties with Valdoria.",
       {"KESLEG VAL 065", "MERLEG VAL 065"}},
      {"an agent written before the actor code ('[NGM~]') comes first",
       "Activists in Kestran renewed ties with Valdoria.",
       {"NGMKES VAL 065"}},
      {"an agent right before a state serves it",
       "Activists Kestran renewed ties with Valdoria.",
       {"NGMKES VAL 065"}},
      {"'_' roots take TABARI's '-es' ending too",
       "Valdoria departes for Kestran.",
       {"VAL KES 032", "KES VAL 033"}},
      {"a verb with the noun ending 's is no verb", "Valdoria renew's ties with Kestran.", {}},
      {"a discard phrase ([###]) leaves the sentence uncoded",
       "Valdoria renewed ties with Kestran after the hailstorm.",
       {}},
      {"the passive: the agent after 'by' is the source",
       "Valdoria was fiercely scold by Kestran.",
       {"KES VAL 122"}},
      {"'and then' with a subject starts a clause",
       "Valdoria renewed ties with Kestran and then it chides Meridor.",
       {"VAL KES 065", "VAL MER 901"}},
      {"an actor of several codes ([VAL/KES]) is each; 'THE_' is the article the coder reads",
       "The Twin Cities renewed ties with Meridor.",
       {"VAL MER 065", "KES MER 065"}},
      {"slots: '+' before the words and '$' after them",
       "Valdoria was shunned by Kestran.",
       {"KES VAL 132"}},
      {"a '+' slot that is the subject: the source is the other actor",
       "Valdoria was shunned out of Kestran.",
       {"KES VAL 133"}},
      {"a '+' slot among the words, before the verb",
       "Valdoria urged Kestran to shun and ratify.",
       {"VAL KES 134"}},
      {"a space in a TABARI name lets words come between; '_' in the text is a space",
       "Valdoria renewed ties with the Duke of North_March.",
       {"VAL NMA 065"}},
      {"'^ +': the first actor is passed over, the next is the target",
       "Valdoria shunned at the Kestran of Meridor.",
       {"VAL MER 135"}},
      {"a '~' marks a stem inside a joined phrase; gaps pass over contractions",
       "Valdoria renewed ties with Kestran which isn't a really cordial place.",
       {"VAL KES 066"}},
      {"a possessive is its actor, read literally",
       "Valdoria's envoy renewed ties with Kestran.",
       {"VAL KES 065"}},
  };
  for (const auto& c : cases) EXPECT_EQ(code(coder, c.text), c.want) << c.rule << "\n  " << c.text;
}

TEST(ForeignCoding, TabariOptionLines) {
  struct OptionCase {
    const char* line;
    bool known;
    std::string source, target;
    bool prior, after;
  };
  const std::vector<OptionCase> cases = {
      {"DEFAULT: SOURCE [DEF1] PRIOR TARGET [DEF2] AFTER", true, "DEF1", "DEF2", true, true},
      {"default:  source [DEF1] target [DEF2] after", true, "DEF1", "DEF2", false, true},
      {"DEFAULT: SOURCE [DEF1] PRIOR TARGET [DEF2]", true, "DEF1", "DEF2", true, false},
      {"DEFAULT: OFF", true, "", "", true, true},
      {"OUTPUT: ID STORY SENT", false, "", "", true, true},
  };
  for (const auto& c : cases) {
    CoderOptions o;
    EXPECT_EQ(apply_tabari_option(c.line, o), c.known) << c.line;
    EXPECT_EQ(o.default_source, c.source) << c.line;
    EXPECT_EQ(o.default_target, c.target) << c.line;
    EXPECT_EQ(o.default_source_prior, c.prior) << c.line;
    EXPECT_EQ(o.default_target_after, c.after) << c.line;
  }
  CoderOptions o;
  EXPECT_TRUE(apply_tabari_option("SET: CODE ALL", o));
  EXPECT_EQ(o.foreign_scope, CoderOptions::Scope::kAll);
  EXPECT_TRUE(apply_tabari_option("SET: CODE BY SENTENCE", o));
  EXPECT_EQ(o.foreign_scope, CoderOptions::Scope::kSentence);
  EXPECT_TRUE(apply_tabari_option("SET: MINIMUM WORDS = 6", o));
  EXPECT_EQ(o.min_words, 6);
  EXPECT_TRUE(apply_tabari_option("SET: CONVERT AGENT = TRUE", o));
  EXPECT_TRUE(o.convert_agents);
}

TEST(ForeignCoding, TabariOptionsChangeTheCoding) {
  ASSERT_NE(tabari_lexicon(), nullptr);
  struct OptionCoding {
    const char* rule;
    std::vector<std::string> options;
    const char* text;
    std::set<std::string> want;
  };
  const std::vector<OptionCoding> cases = {
      {"a default target",
       {"DEFAULT: SOURCE [DSRC] PRIOR TARGET [DTGT] AFTER"},
       "Valdoria renewed ties.",
       {"VAL DTGT 065"}},
      {"a default source",
       {"DEFAULT: SOURCE [DSRC] PRIOR TARGET [DTGT] AFTER"},
       "Newcomers renewed ties with Kestran.",
       {"DSRC KES 065"}},
      {"no PRIOR: the actor after the verb is the source",
       {"DEFAULT: SOURCE [DSRC] TARGET [DTGT] AFTER"},
       "Newcomers renewed ties with Kestran and Meridor.",
       {"KES MER 065"}},
      {"no AFTER: a compound subject gives the target",
       {"DEFAULT: SOURCE [DSRC] PRIOR TARGET [DTGT]"},
       "Valdoria and Kestran renewed ties.",
       {"VAL KES 065"}},
      {"code by sentence: only the first",
       {"SET: CODE BY SENTENCE"},
       "Valdoria renewed ties with Kestran but Meridor scold Kestran.",
       {"VAL KES 065"}},
      {"code all: every verb; a pronoun after the verb is the nearest actor",
       {"SET: CODE ALL"},
       "Valdoria scold Kestran to chide it.",
       {"VAL KES 122", "VAL KES 901"}},
      {"minimum words", {"SET: MINIMUM WORDS = 6"}, "Valdoria scold Kestran.", {}},
      {"agents converted",
       {"SET: CONVERT AGENT = TRUE"},
       "Soldiers renewed ties with Kestran.",
       {"~MIL KES 065"}},
  };
  for (const auto& c : cases) {
    CoderOptions o;
    for (const auto& line : c.options) EXPECT_TRUE(apply_tabari_option(line, o)) << line;
    const Coder coder(tabari_lexicon(), o);
    EXPECT_EQ(code(coder, c.text), c.want) << c.rule << "\n  " << c.text;
  }
}

TEST(ForeignCoding, ParleysOwnRulesStay) {
  // The same shapes with parley's own dictionaries keep parley's tests of modality and negation.
  const Coder& coder = testing::builtin_coder();
  const std::vector<Case> cases = {
      {"negation stops parley's own pattern", "Japan did not condemn China.", {}},
      {"agents in a state: 'lawmakers in X'",
       "Lawmakers in Japan welcomed the decision of China.",
       {"JPNLEG CHN 051"}},
      {"agents from a state: 'soldiers from X'",
       "Soldiers from Pakistan attacked India.",
       {"PAKMIL IND 190"}},
      {"an entity before the title stays ('Russian soldiers from the United States')",
       "Russian soldiers from the United States attacked China.",
       {"RUSMIL CHN 190"}},
      {"private people act for themselves, not for their state",
       "Russian citizens from the United States condemned China.",
       {}},
      {"... and officials in a capital are the state's",
       "Russian officials in Beijing met Japan.",
       {"RUSGOV JPN 040"}},
      {"not a diplomat posted there: the state after 'of' stays",
       "The Foreign Minister of Japan met the Secretary of State of the United States in "
       "Naypyidaw.",
       {"JPNGOV USAGOV 044"}},
  };
  for (const auto& c : cases) EXPECT_EQ(code(coder, c.text), c.want) << c.rule << "\n  " << c.text;
}

TEST(ForeignCoding, MatcherStems) {
  using lexicon::MatchToken;
  using lexicon::PatternItem;
  lexicon::PhraseMatcher::Builder b;
  PatternItem stem;
  stem.stems = {"restor"};
  b.add({stem, PatternItem({"ties"})}, false, 1);  // "restor+ ties"
  b.add({PatternItem({"rest"})}, false, 2);        // "rest", whole
  auto m = b.build();
  struct StemCase {
    std::vector<std::string> words;
    std::vector<int32_t> want;  // payloads found
  };
  const std::vector<StemCase> cases = {
      {{"restored", "ties"}, {1}}, {{"restoration", "ties"}, {1}},
      {{"restor", "ties"}, {1}},  // the stem itself
      {{"resto", "ties"}, {}},    // shorter than the stem
      {{"rest", "ties"}, {2}},    // a whole word is no stem
      {{"restless"}, {}},
  };
  for (const auto& c : cases) {
    std::vector<MatchToken> toks;
    for (const auto& w : c.words) toks.push_back({w, false, true});
    std::vector<lexicon::PhraseMatch> got;
    m->match(toks, m->lookup(toks), got);
    std::vector<int32_t> payloads;
    for (const auto& g : got) payloads.push_back(g.payload);
    EXPECT_EQ(payloads, c.want) << c.words.front();
  }
}

// ---- former bugs -------------------------------------------------------------------------------

TEST(ForeignCoding, TabariOptionRecordsAreRead) {
  fs::path p = fs::temp_directory_path() / "parley_options_test.text";
  write(p,
        "950101  OPT-01\nChanging an option here.\n/*\\n----\n\\n{ OPTION: SET: CODE ALL } "
        "*/\n\n950101  OPT-02\nAnd another, whose brace was lost.\n/*\\n----\n"
        "\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n\n950101  REC-01\nValdoria renewed ties with "
        "Kestran.\n/*\\n----\n\\n{ VAL / KES / 065 } */\n");
  auto suite = read_validation_suite(p.string());
  fs::remove(p);
  ASSERT_TRUE(suite.ok()) << suite.message();
  ASSERT_EQ(suite->records.size(), 3u);
  EXPECT_EQ(suite->records[0].options, std::vector<std::string>{"SET: CODE ALL"});
  EXPECT_TRUE(suite->records[0].expected.empty());
  EXPECT_EQ(suite->records[1].options, std::vector<std::string>{"SET: MINIMUM WORDS = 4"});
  EXPECT_TRUE(suite->records[2].options.empty());
  ASSERT_EQ(suite->records[2].expected.size(), 1u);
  EXPECT_EQ(suite->records[2].expected[0].code, "065");
}

TEST(ForeignCodingFormerBugs, TabariCommentWithoutItsEnd) {
  // A record whose comment lost its "*/" swallowed the next record (and its options).
  fs::path p = fs::temp_directory_path() / "parley_unclosed_test.text";
  write(p,
        "950101  REC-01\nValdoria renewed ties with Kestran.\n/*\\n----\n"
        "\\n{ VAL / KES / 065 }\n\n950101  REC-02\nKestran renewed ties with Valdoria.\n"
        "/*\\n----\n\\n{ KES / VAL / 065 } */\n");
  auto suite = read_validation_suite(p.string());
  fs::remove(p);
  ASSERT_TRUE(suite.ok()) << suite.message();
  ASSERT_EQ(suite->records.size(), 2u);
  EXPECT_EQ(suite->records[1].id, "REC-02");
  ASSERT_EQ(suite->records[1].expected.size(), 1u);
}

TEST(ForeignCodingFormerBugs, ValidationAttributesWithSpaces) {
  // `<EventCoding noevents = "True">` expects no event; it was read as one blank event.
  fs::path p = fs::temp_directory_path() / "parley_attr_test.xml";
  write(p,
        "<Sentences>\n<Sentence date = \"20080801\" id =\"X-1\">\n"
        "<EventCoding noevents = \"True\"></EventCoding>\n<Text>\nValdoria rested.\n</Text>\n"
        "</Sentence>\n<Sentence date=\"20080801\" id='X-2'>\n"
        "<EventCoding sourcecode=\"VAL\" targetcode = 'KES' eventcode=\"064\"></EventCoding>\n"
        "<Text>\nValdoria renewed ties with Kestran.\n</Text>\n</Sentence>\n"
        "<Sentence date=\"20080801\" id=\"X-3\">\n<EventCoding error=\"storydiscard\">"
        "</EventCoding>\n<Text>\nValdoria rested.\n</Text>\n</Sentence>\n</Sentences>\n");
  auto suite = read_validation_suite(p.string());
  fs::remove(p);
  ASSERT_TRUE(suite.ok()) << suite.message();
  ASSERT_EQ(suite->records.size(), 3u);
  EXPECT_TRUE(suite->records[2].expected.empty());  // an error record: nothing to code
  EXPECT_EQ(suite->records[0].id, "X-1");
  EXPECT_EQ(suite->records[0].date, "20080801");
  EXPECT_TRUE(suite->records[0].expected.empty());
  EXPECT_EQ(suite->records[1].id, "X-2");
  ASSERT_EQ(suite->records[1].expected.size(), 1u);
  EXPECT_EQ(suite->records[1].expected[0].target, "KES");
}

}  // namespace
}  // namespace parley
