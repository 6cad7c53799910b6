// The TABARI and PETRARCH dictionary loaders: the real files from the shared anchors (counts in
// plausible ranges, known lines translated as expected), malformed lines written here (a warning
// naming file and line, never a crash), and former bugs.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

#include "lexicon/petrarch_loader.h"
#include "lexicon/tabari_loader.h"

namespace parley::lexicon {
namespace {

namespace fs = std::filesystem;

const std::string kAnchors = std::string(PARLEY_SHARED_DIR) + "/anchors/";
const std::string kPetrarch2 = kAnchors + "petrarch2/petrarch2/data/dictionaries";
const std::string kTabari = kAnchors + "TABARI-Code";

// The first entry with this key, field and arg whose `where` ends with `where` (if given).
const Entry* find(const ForeignDictionary& d, const std::string& key, const std::string& field,
                  const std::string& arg = "", const std::string& where = "") {
  for (const auto& e : d.entries)
    if (e.key == key && e.field == field && e.arg == arg && e.where.ends_with(where)) return &e;
  return nullptr;
}

bool has_value(const ForeignDictionary& d, const std::string& key, const std::string& field,
               const std::string& value) {
  for (const auto& e : d.entries)
    if (e.key == key && e.field == field &&
        std::find(e.values.begin(), e.values.end(), value) != e.values.end())
      return true;
  return false;
}

// The warnings about `where` ("file:line", or a file for any of its lines) whose message holds
// `what`.
int warned(const ForeignDictionary& d, const std::string& where, const std::string& what) {
  int n = 0;
  for (const auto& w : d.warnings)
    n += (w.where.ends_with(where) || w.where.find(where + ":") != std::string::npos) &&
         w.message.find(what) != std::string::npos;
  return n;
}

long count(const ForeignDictionary& d, const std::string& what) {
  auto it = d.counts.find(what);
  return it == d.counts.end() ? 0 : it->second;
}

struct Range {
  const char* count;
  long min, max;
};

void expect_ranges(const ForeignDictionary& d, const std::vector<Range>& ranges) {
  for (const auto& r : ranges) {
    EXPECT_GE(count(d, r.count), r.min) << r.count;
    EXPECT_LE(count(d, r.count), r.max) << r.count;
  }
}

// A fresh folder for files written by a test.
fs::path temp_folder(const std::string& name) {
  fs::path p = fs::temp_directory_path() /
               ("parley_foreign_" + name + "_" + std::to_string(std::random_device{}()));
  fs::create_directories(p);
  return p;
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

// ---- PETRARCH: the Phoenix set -----------------------------------------------------------------

class ForeignPhoenix : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto start = std::chrono::steady_clock::now();
    auto r = load_petrarch(kPetrarch2, PetrarchFiles::kProduction);
    ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(r.ok()) << r.message();
    dict_ = new ForeignDictionary(std::move(r).value());
  }
  static void TearDownTestSuite() {
    delete dict_;
    dict_ = nullptr;
  }
  static const ForeignDictionary& d() { return *dict_; }
  static inline ForeignDictionary* dict_ = nullptr;
  static inline double ms_ = 0;
};

TEST_F(ForeignPhoenix, ReadsEveryFileWithPlausibleCounts) {
  RecordProperty("load_ms", std::to_string(static_cast<long>(ms_)));
  EXPECT_EQ(d().files.size(), 7u);  // CAMEO.2.0.txt, 3 actor files, agents, discards, issues
  expect_ranges(d(), {
                         {"actors", 20000, 35000},
                         {"actor names", 25000, 45000},
                         {"actor dated codes", 20000, 35000},
                         {"agents", 1800, 2500},
                         {"agent phrases", 4000, 6000},
                         {"verbs", 1500, 2200},
                         {"verb patterns", 3500, 4600},
                         {"verb pattern values", 100000, 400000},
                         {"synsets", 35, 50},
                         {"discards", 450, 520},
                         {"issues", 90, 130},
                         {"issue phrases", 3500, 6000},
                     });
  // Warnings are the exception: under 5% of the lines.
  EXPECT_LT(d().warnings.size() * 20, static_cast<size_t>(count(d(), "lines")));
  EXPECT_LT(ms_, 30000) << "loading the Phoenix set took " << ms_ << " ms";
}

TEST_F(ForeignPhoenix, KnownActorsTranslate) {
  struct Case {
    const char *key, *field, *arg, *where;
    std::vector<std::string> values;  // exactly these
  } cases[] = {
      // JOHN_KERRY_ with dated codes: a key from the name, the latest code as the default.
      {"JOHN_KERRY", "code", "", "Phoenix.Countries.actors.txt:51393", {"USAGOV"}},
      {"JOHN_KERRY", "dated", "USAGOVLEG", "", {"1985-01-03", "2013-02-01"}},
      {"JOHN_KERRY", "dated", "USAGOV", "", {"2013-02-01", "-"}},
      // YYMMDD dates: 00-30 are 20YY, the rest 19YY.
      {"MOHAMMAD_ZAHIR_SHAH", "dated", "AFGGOV", "", {"1933-11-08", "1973-07-17"}},
      {"MOHAMMAD_ZAHIR_SHAH", "dated", "AFGELI", ":108", {"1973-07-17", "2007-07-23"}},
      // An actor with one undated code is keyed by that code.
      {"AFG", "code", "", "", {"AFG"}},
      // Person names: title case even when every word is short.
      {"HUN_SEN", "name", "", "", {"Hun Sen"}},
  };
  for (const auto& c : cases) {
    const Entry* e = find(d(), c.key, c.field, c.arg, c.where);
    ASSERT_NE(e, nullptr) << c.key << " " << c.field << " " << c.arg;
    EXPECT_EQ(e->values, c.values) << c.key << " " << c.field << " " << c.arg;
  }
  const Entry* kerry = find(d(), "JOHN_KERRY", "name");
  ASSERT_NE(kerry, nullptr);
  EXPECT_EQ(kerry->values.front(), "John Kerry");
  EXPECT_TRUE(has_value(d(), "JOHN_KERRY", "name", "Secretary of State John Kerry"));
  EXPECT_TRUE(has_value(d(), "AFG", "name", "Afghanistan"));
  EXPECT_TRUE(has_value(d(), "AFG", "name", "Mazar-I-Sharif"));
  EXPECT_TRUE(has_value(d(), "KHM", "name", "Kingdom of Cambodia"));
  EXPECT_TRUE(has_value(d(), "IGOUNO", "name", "UN"));  // an acronym stays in capitals
  EXPECT_TRUE(has_value(d(), "IGOUNO", "name", "United Nations"));
}

TEST_F(ForeignPhoenix, KnownVerbsAgentsDiscardsIssuesTranslate) {
  struct Case {
    const char *key, *field, *value;
  } cases[] = {
      // --- MEET_PEOPLE [040] --- : verbs, compound verbs (+MEET_WITH), shared patterns.
      {"040", "verb", "{meet|meets|met|meeting}"},  // MEET {MEETS MET MEETING}: forms kept
      {"040", "verb", "{meet} with"},
      {"040", "verb", "{run} into"},
      {"012", "verb", "{face} * problem"},                        // - * PROBLEM [012]
      {"041", "verb", "{contact} * by * telephone"},              // - * (BY TELEPHONE) [041:041]
      {"036", "verb", "{meet|meets|met|meeting} * for * talks"},  // - * (FOR TALKS) [036:036]
      {"141", "verb", "{confront} * with * protests"},            // (BY/WITH PROTESTS): both
      {"141", "verb", "{confront} * by * protests"},
      {"073", "verb", "{rush} * food"},  // - * &FOOD [073]: a synset member
      {"GOV", "title", "Ambassador"},
      {"GOV", "title", "Ambassadors"},  // the regular plural PETRARCH makes
      {"GOV", "title", "Foreign Minister"},
      {"DISCARD", "block", "Months Later"},
      {"EARLY_CHILDHOOD_EDUCATION", "topic", "Early childhood education"},
      {"EARLY_CHILDHOOD_EDUCATION", "topic", "pre-schools"},  // pre+n:school
      {"DISEASE", "topic", "ebola hemorrhagic fever"},        // "ebola†hemorrhagic" repaired
      {"DISEASE", "topic", "ménière's disease"},              // "mÈniËre's" repaired
  };
  for (const auto& c : cases)
    EXPECT_TRUE(has_value(d(), c.key, c.field, c.value)) << c.key << " " << c.value;
  // Paired codes keep the first; "[:020]" (the reversed event only) is skipped.
  EXPECT_FALSE(has_value(d(), "020", "verb", "{face} * calls"));
  EXPECT_EQ(warned(d(), "CAMEO.2.0.txt:5453", "reversed event"), 1);
}

TEST_F(ForeignPhoenix, DamagedLinesAreRepairedOrReported) {
  // LIAMINE_Z<0x1A>ROUAL_: a letter lost before the file reached us.
  EXPECT_EQ(warned(d(), "Phoenix.Countries.actors.txt:745", "was lost"), 1);
  EXPECT_EQ(warned(d(), "Phoenix.Countries.actors.txt:11234", "was lost"), 1);  // U+FFFD
  EXPECT_EQ(warned(d(), "Phoenix.IssueCoding.txt:2100", "Mac Roman"), 1);
  // [ARMUNR 9008223-911221]: a date of seven digits.
  EXPECT_EQ(warned(d(), "Phoenix.Countries.actors.txt", "'9008223-911221'"), 1);
  // Synonyms whose '+' was forgotten (BORIS_N._YELTSIN / YELTSIN / ...) share the codes below.
  EXPECT_TRUE(has_value(d(), "BORIS_YELTSIN", "name", "President Boris N. Yeltsin"));
  EXPECT_NE(find(d(), "BORIS_YELTSIN", "dated", "RUSGOV"), nullptr);
  // Every warning names a file and a line.
  for (const auto& w : d().warnings) {
    size_t colon = w.where.rfind(':');
    ASSERT_NE(colon, std::string::npos) << w.to_string();
    EXPECT_GT(std::stoul(w.where.substr(colon + 1)), 0u) << w.to_string();
  }
}

TEST_F(ForeignPhoenix, SynsetProductsAreCappedPerPattern) {
  // - &AIRCRAFT * &WEAPON [195] in a block of many verbs stands for ~1,000,000 patterns.
  for (const auto& e : d().entries)
    if (e.field == "verb") {
      EXPECT_LE(e.values.size(), foreign::kMaxValuesPerPattern) << e.where;
    }
  EXPECT_GT(count(d(), "verb pattern values cut (synset expansion limit)"), 0);
  EXPECT_EQ(warned(d(), "CAMEO.2.0.txt:9028", "stands for"), 1);
}

// ---- PETRARCH: the validation set (Middle-earth) ----------------------------------------------

TEST(ForeignPetrarch, ValidationSet) {
  auto r = load_petrarch(kPetrarch2, PetrarchFiles::kValidation);
  ASSERT_TRUE(r.ok()) << r.message();
  const ForeignDictionary& d = r.value();
  EXPECT_EQ(d.files.size(), 4u);
  expect_ranges(
      d,
      {{"actors", 100, 150}, {"agents", 70, 100}, {"verb patterns", 380, 520}, {"discards", 9, 9}});
  // GOLLUM with [HOB < 950601], [HOBGOV 19950601 - 19990815] (stray spaces), [HOBREB > 990816].
  const Entry* e = find(d, "GOLLUM", "dated", "HOBGOV");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->values, (std::vector<std::string>{"1995-06-01", "1999-08-15"}));
  e = find(d, "GOLLUM", "dated", "HOB");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->values, (std::vector<std::string>{"-", "1995-06-01"}));
  EXPECT_TRUE(has_value(d, "GOLLUM", "name", "Smeagol"));
  EXPECT_TRUE(has_value(d, "GOV", "title", "Ministries of Silly Walks"));     // !MINST! markers
  EXPECT_TRUE(has_value(d, "LEG", "title", "Congresswomen"));                 // CONGRESS!PERSON!
  EXPECT_TRUE(has_value(d, "002", "verb", "klm nop {rst}"));                  // KLM_NOP_+RST
  EXPECT_TRUE(has_value(d, "083", "verb", "inching * military * {accord}"));  // nested synset
  EXPECT_TRUE(has_value(d, "191", "verb", "have * postponed * {meet}"));
  EXPECT_TRUE(has_value(d, "DISCARD_STORY", "block", "Manchester United"));
  // Invented codes (901, 174K) are kept as they are; letters are no event code.
  EXPECT_TRUE(has_value(d, "901", "verb", "{abandon} * diplomatic * ties"));
  EXPECT_EQ(warned(d, "PETR.Validate.verbs.txt:155", "'def' is not an event code"), 1);
  // - + KNOWN_ * IN_ $ : the source follows the verb, so the pattern is skipped.
  EXPECT_EQ(warned(d, "PETR.Validate.verbs.txt:259", "source ($) follows the verb"), 1);
}

// ---- TABARI ------------------------------------------------------------------------------------

TEST(ForeignTabari, ValidateProject) {
  auto r = load_tabari(kTabari + "/Validate.project");
  ASSERT_TRUE(r.ok()) << r.message();
  const ForeignDictionary& d = r.value();
  EXPECT_EQ(d.files.size(), 5u);  // the project, actors, agents, verbs, options
  expect_ranges(d, {{"actors", 100, 130},
                    {"agents", 80, 90},
                    {"verbs", 250, 300},
                    {"verb patterns", 330, 420},
                    {"option lines (not translated)", 90, 110}});
  // ALBRIGHT  [USAGOV 991201-010114] [---]
  const Entry* e = find(d, "ALBRIGHT", "dated", "USAGOV");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->values, (std::vector<std::string>{"1999-12-01", "2001-01-14"}));
  // A plain TABARI name ends in a stem ("Nasgul+"); "LIBYA_" takes endings; "MOUSE=" is exact.
  EXPECT_TRUE(has_value(d, "DISCARD", "block", "Nasgul+"));    // NASGUL [###]
  EXPECT_TRUE(has_value(d, "DISCARD", "block", "Davis Cup"));  // DAVIS_CUP [###] (a verb)
  EXPECT_TRUE(has_value(d, "NOACTOR", "block", "Boromir+"));   // BOROMIR [---]
  EXPECT_TRUE(has_value(d, "LBY", "name", "Libya"));           // LIBYA_ [LBY]
  EXPECT_TRUE(has_value(d, "LBY", "name", "Libyas"));
  EXPECT_TRUE(has_value(d, "MUS", "name", "Mouse"));                      // MOUSE= [MUS]
  EXPECT_TRUE(has_value(d, "OPP", "title", "Parliamentary Opposition"));  // [ ~OPP]
  // TABARI words are stems unless "_" ends them ("{abandon+}", "effort+"); a space lets any
  // number of words come between (parley's "**").
  EXPECT_TRUE(has_value(d, "987", "verb", "{abandon+} ** effort+"));
  EXPECT_TRUE(has_value(d, "094", "verb", "{called} on"));  // CALLED_ON [094]
  // { SANCTIONS | BOYCOTT | EMBARGO }: one pattern per alternative.
  EXPECT_TRUE(has_value(d, "172", "verb", "{call+} ** for ** boycott+"));
  EXPECT_TRUE(has_value(d, "172", "verb", "{call+} ** for ** embargo+"));
  EXPECT_GT(count(d, "verb file lines in the <TIME> section (not translated)"), 0);
  EXPECT_EQ(count(d, "actor file lines in grammar sections (not actors)"), 15);
}

TEST(ForeignTabari, MasterVerbsThroughAProjectFile) {
  fs::path dir = temp_folder("master");
  write(dir / "master.project",
        "CAMEO verbs only\n<verbsfile>\t" + kTabari + "/CAMEO.091003.master.verbs\n");
  auto r = load_tabari((dir / "master.project").string());
  ASSERT_TRUE(r.ok()) << r.message();
  const ForeignDictionary& d = r.value();
  expect_ranges(d, {{"verbs", 1200, 1230}, {"verb patterns", 11000, 16000}});
  EXPECT_TRUE(has_value(d, "030", "verb", "{meet+} ** between+ + resolved+ ** relations+"));
  EXPECT_TRUE(has_value(d, "036", "verb", "would+ ** {meet+} ** with ** leaders+ ** of +"));
  EXPECT_EQ(warned(d, "CAMEO.091003.master.verbs:7995", "not UTF-8"), 1);  // a stray 0xC2
  EXPECT_EQ(warned(d, "CAMEO.091003.master.verbs:14916", "closed with ']'"), 1);
  fs::remove_all(dir);
}

// ---- malformed lines, written here -------------------------------------------------------------

TEST(ForeignMalformed, EveryBadLineIsNamed) {
  fs::path dir = temp_folder("malformed");
  write(dir / "PETR.Validate.actors.txt",
        "+ORPHAN\n"                                 // 1: a synonym before any actor
        "KHMER_ACTOR\n"                             // 2
        "\t[KHMGOV 20160404-]\n"                    // 3: open end
        "\t[KHMGOV 2016040-]\n"                     // 4: seven digits
        "USA_ACTOR [USAGOV 19970101 - 20011231]\n"  // 5: stray spaces
        "NO_CODE_HERE\n"                            // 6: no code (and no name follows on line 7)
        "\n"
        "BAD\xff"
        "BYTES [XYZ]\n"           // 8: not UTF-8
        "LOST\x1aLETTER [XYZ]\n"  // 9: a lost letter
        "[ABC]\n"                 // 10: belongs to LOST..., fine
        "UNCLOSED [ABC\n");       // 11
  write(dir / "PETR.Validate.verbs.txt",
        "--- MEET [040] ---\n"              // 1
        "MEET\n"                            // 2
        "- WITH LEADERS [036]\n"            // 3: no '*'
        "- * WITH LEADERS\n"                // 4: no code
        "- * &UNDEFINED [036]\n"            // 5
        "- * HEARING [:173]\n"              // 6: reversed only
        "- + WAS * BY $ [190]\n"            // 7: passive
        "~ a (a b ATTACK) SAY = a b 015\n"  // 8: transformation
        "- * {WILL | WOULD] [036]\n");      // 9: fine after repair? (a PETR-2 noun phrase)
  write(dir / "PETR.Validate.agents.txt",
        "MINISTER\n"                   // 1: no code
        "!UNDEFINED!_OF_WAR [~GOV]\n"  // 2
        "GOOD_AGENT [~GOV]\n");        // 3
  write(dir / "Phoenix.IssueCoding.txt",
        "<ISSUE CATEGORY=\"X\" TYPE=\"ALL\">\n"  // 1
        "~not this\n"                            // 2
        "no code here\n"                         // 3
        "n:treaty [TREATY]\n");                  // 4
  auto r = load_petrarch(dir.string());
  ASSERT_TRUE(r.ok()) << r.message();
  const ForeignDictionary& d = r.value();
  struct Case {
    const char *where, *what;
  } cases[] = {
      {"PETR.Validate.actors.txt:1", "no actor before it"},
      {"PETR.Validate.actors.txt:4", "'2016040-'"},
      {"PETR.Validate.actors.txt:6", "has no code"},
      {"PETR.Validate.actors.txt:8", "not UTF-8"},
      {"PETR.Validate.actors.txt:9", "was lost"},
      {"PETR.Validate.actors.txt:11", "not closed"},
      {"PETR.Validate.verbs.txt:3", "no '*'"},
      {"PETR.Validate.verbs.txt:4", "needs a [CODE]"},
      {"PETR.Validate.verbs.txt:5", "'&UNDEFINED' is not defined"},
      {"PETR.Validate.verbs.txt:6", "reversed event"},
      {"PETR.Validate.verbs.txt:7", "source ($) follows the verb"},
      {"PETR.Validate.verbs.txt:8", "transformation"},
      {"PETR.Validate.agents.txt:1", "needs a [CODE]"},
      {"PETR.Validate.agents.txt:2", "!MARKER!"},
      {"Phoenix.IssueCoding.txt:2", "exclusion"},
      {"Phoenix.IssueCoding.txt:3", "ISSUE_CODE"},
  };
  for (const auto& c : cases) EXPECT_EQ(warned(d, c.where, c.what), 1) << c.where << " " << c.what;
  const Entry* e = find(d, "KHMER_ACTOR", "dated", "KHMGOV");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->values, (std::vector<std::string>{"2016-04-04", "-"}));
  e = find(d, "USA_ACTOR", "dated", "USAGOV");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->values, (std::vector<std::string>{"1997-01-01", "2001-12-31"}));
  EXPECT_TRUE(has_value(d, "XYZ", "name", "Badbytes"));
  EXPECT_TRUE(has_value(d, "GOV", "title", "Good Agent"));
  EXPECT_TRUE(has_value(d, "TREATY", "topic", "treaties"));
  EXPECT_TRUE(has_value(d, "036", "verb", "{meet} * will"));
  fs::remove_all(dir);
}

TEST(ForeignMalformed, MissingFilesAreErrorsOrWarnings) {
  EXPECT_FALSE(load_petrarch("/nonexistent/parley/folder").ok());
  fs::path empty = temp_folder("empty");
  auto r = load_petrarch(empty.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("holds no PETRARCH dictionary"), std::string::npos);
  EXPECT_FALSE(load_tabari((empty / "none.project").string()).ok());
  write(empty / "x.project", "title\n<actorsfile> missing.actors\n<verbsfile> v.verbs\n");
  write(empty / "v.verbs", "MEET [031]\n- * WITH [032]\n");
  auto t = load_tabari((empty / "x.project").string());
  ASSERT_TRUE(t.ok()) << t.message();
  EXPECT_EQ(warned(t.value(), "x.project:2", "cannot be opened"), 1);
  EXPECT_TRUE(has_value(t.value(), "032", "verb", "{meet+} ** with"));
  fs::remove_all(empty);
}

// Random bytes and random mixtures of dictionary syntax: no crash, every warning names a line.
TEST(ForeignMalformed, RandomInputNeverCrashes) {
  std::mt19937 rng(20260504);
  const std::string alphabet = "AB_ +-*$%^&{}|()[]<>#;:!~/0123456789\t\n\x1a\xc3\xa9\xff";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    size_t n = rng() % 400;
    for (size_t i = 0; i < n; ++i) text += alphabet[rng() % alphabet.size()];
    for (auto dialect : {foreign::Dialect::kTabari, foreign::Dialect::kPetrarch}) {
      foreign::Translator t(dialect);
      t.actors(text, "a");
      t.agents(text, "g");
      t.verbs(text, "v");
      ForeignDictionary d = t.finish();
      for (const auto& w : d.warnings) EXPECT_NE(w.where.find(':'), std::string::npos);
      for (const auto& e : d.entries) EXPECT_FALSE(e.values.empty()) << e.where;
    }
  }
}

// ---- former bugs
// ---------------------------------------------------------------------------------

TEST(ForeignFormerBugs, DiscardCodeIsNoComment) {
  // "NASGUL  [###]" once lost its code to the '#' comment rule.
  foreign::Translator t(foreign::Dialect::kTabari);
  t.actors("NASGUL  [###] ; a comment\nGONDOR [GON] # another\n", "x.actors");
  ForeignDictionary d = t.finish();
  EXPECT_TRUE(has_value(d, "DISCARD", "block", "Nasgul+"));
  EXPECT_TRUE(has_value(d, "GON", "name", "Gondor+"));
  EXPECT_TRUE(d.warnings.empty()) << d.warnings.front().to_string();
}

TEST(ForeignFormerBugs, PhraseCase) {
  struct Case {
    const char *raw, *want;
  } cases[] = {
      {"AFGHANISTAN_", "Afghanistan"},
      {"UN", "UN"},
      {"U.S._ARMY", "U.S. Army"},
      {"HUN_SEN", "Hun Sen"},
      {"ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT", "Islamic State of Iraq and the Levant"},
      {"AL-QAEDA", "Al-Qaeda"},
      {"PKK", "PKK"},
      {"RECEP_TAYYIP_ERDOĞAN", "Recep Tayyip Erdoğan"},
      {"US_ARMY", "US Army"},
      {"1914", "1914"},
  };
  for (const auto& c : cases) EXPECT_EQ(foreign::Translator::phrase(c.raw), c.want) << c.raw;
}

}  // namespace
}  // namespace parley::lexicon
