// lexicon/tabari_loader.h — reading the dictionaries of TABARI, and the TABARI formats that
// PETRARCH inherited, as parley Entries.
//
// TABARI (2000s) and PETRARCH (2013-19) wrote the same kinds of dictionaries parley has: actors,
// agents (titles), verb patterns, plus discards and issues in PETRARCH. Their files are the
// largest open collections of such knowledge, so parley reads them as they are and translates
// each record into the `lexicon::Entry` values that parley's own files parse to; the
// LexiconBuilder then compiles them like any other entry. Nothing is copied into parley's data.
//
// What an Entry says (data/README.md has the line format):
//
//   KEY code: CODE                 the actor's CAMEO code (KEY is that code for an actor
//   KEY name: phrase | phrase      without date restrictions, else a key made from its name)
//   KEY dated CODE: FROM | TO      a code the actor held from FROM to TO (YYYY-MM-DD or "-")
//   KEY also: CODE | CODE          more codes the actor stands for at once ([FRO/BIL/SAM])
//   ROLE title: phrase | phrase    an agent: GOV, MIL, ... ("~" markers stripped)
//   CODE verb: pattern | pattern   a verb pattern in parley's syntax ("{meet} * with")
//   NOACTOR block: phrase          an actor coded "---": a phrase that names no actor
//   DISCARD block: phrase          a discard phrase ([###] in TABARI, discard files in PETRARCH;
//   DISCARD_STORY block: phrase      story-level discards get their own key)
//   ISSUE topic: Display | phrase  a PETRARCH issue
//
// `dated` is a field the LexiconBuilder does not know yet: an integrator who wants dated codes
// must teach it (it warns "unknown field" and skips the line until then).
//
// Every line that is skipped or changed (malformed, damaged encoding, a construct parley cannot
// express) gives one Diagnostic naming file:line. Lines whose meaning is "nothing to code" (the
// null code [---], section tags, option files) are only counted. Reading never throws, prints or
// exits; only a missing project file or folder is an error Status.
//
// Known limits (translation, not bugs; tests/unit/foreign_dictionaries_test.cc pins them):
//  - Actor and agent names: "LIBYA_" also takes its plural, a plain last word is a stem
//    ("Kuwait+"), "MOUSE=" is exact; acronyms and short words stay whole.
//  - TABARI matches every word as a prefix ("MEDIAT" matches "mediation") unless it ends in
//    "_"; a verb root so written becomes a stem in parley's syntax ("{restor+}": any word that
//    begins with "restor"); "BAN=" is the word as written. Other pattern words match whole.
//  - Gaps: a space between pattern words lets TABARI and PETRARCH skip any words; TABARI's
//    become parley's "**" (fifteen words), PETRARCH's "*" (three). TABARI's actor slots $ (source)
//    and + (target) stay in the pattern
//    ("+ was {shoot+} by $"), and the coder reads them (VerbPattern::source_slot, target_slot);
//    % and ^ become "*". In PETRARCH's patterns all slots become "*", a closing "+" excepted,
//    and a pattern whose source follows the verb is skipped.
//  - Paired codes [A:B] become `A verb B:` (a second event from the target back to the
//    source, coded B); [:B] is skipped.
//  - Verb forms listed in the dictionaries ({GAVE GIVEN}, or a "{ ACTING_ ACTUALITY }" line)
//    join the head of that verb's own patterns ("{give|gave|given}"; TABARI's plain forms as
//    stems), beside the forms parley derives; parley's irregular table is left alone.
//  - PETRARCH synsets are expanded into plain patterns, at most kMaxValuesPerPattern per line.
//  - Null-coded patterns ([---]) only stop TABARI from coding a shorter pattern; parley has no
//    such "no event" pattern, so they are counted and dropped.
//  - Actors with several codes at once ([ELR/GAL]) become `ELR_GAL code: ELR` and
//    `ELR_GAL also: GAL` (the actor stands for each); [+++] (TABARI's "too complex to code")
//    is skipped.
//
// Repairs (each with a warning): bytes that are not UTF-8 are removed; Latin-1 text once read as
// Mac Roman ("mÈniËre", "ebola†fever") is restored; a phrase holding a lost character (U+FFFD,
// 0x1A) is skipped; a name with no code directly above another name is read as its synonym (a
// forgotten '+'); "{ A | B ]" is read as "{ A | B }"; TABARI's "~~FINISH" ends a file.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/dictionary_file.h"
#include "parley/status.h"

namespace parley::lexicon {

// A foreign coder's dictionaries in parley's terms. Owns everything it holds.
struct ForeignDictionary {
  std::vector<Entry> entries;        // in file order; `where` is "file:line"
  std::vector<Diagnostic> warnings;  // every skipped or changed line, with file:line
  // Counts for reports, by name: "actors", "actor names", "actor dated codes", "agents",
  // "agent phrases", "verbs", "verb patterns", "verb pattern values", "synsets", "discards",
  // "issues", "issue phrases", "lines", "lines skipped", and one count per kind of thing that
  // was not translated ("verb patterns with the null code", ...).
  std::map<std::string, long> counts;
  std::vector<std::string> files;  // the files read, in the order read
};

// Reads a TABARI .project file (e.g. Validate.project, TABARI.Demo.project) and the
// <actorsfile>, <verbsfile>, <agentsfile> and <optionsfile> it names (paths relative to the
// project file's folder, or absolute). Option files are read and counted, not translated.
// Fails only when the project file cannot be read or names no dictionary that can be read.
Result<ForeignDictionary> load_tabari(const std::string& project_file);

namespace foreign {

// Where the file comes from: TABARI verb files have one verb per pattern group, PETRARCH files
// group synonymous verbs in "--- NAME [CODE] ---" blocks that share their patterns; PETRARCH
// pluralises synset members and agents, TABARI matches stems instead.
enum class Dialect { kTabari, kPetrarch };

// At most this many parley patterns from one foreign pattern line. PETRARCH synsets multiply
// ("&AIRCRAFT * &WEAPON" in a block of 20 verbs stands for 690,000 patterns); past the limit the
// expansions with the first synset members (the plain words) are kept for every verb of the
// block, and a warning says how many were dropped. Native synsets in parley's pattern syntax
// would make the translation exact.
inline constexpr size_t kMaxValuesPerPattern = 1000;

// One line of a dictionary file after repair: comments ("#", ";", "<!-- -->") removed, trimmed,
// never empty.
struct Line {
  size_t number = 0;
  std::string text;
};

// Translates TABARI-family files into one ForeignDictionary. Remembers what it has emitted so
// that duplicates across files are dropped once. Not thread-safe; use one per load.
class Translator {
 public:
  explicit Translator(Dialect dialect);
  ~Translator();
  Translator(const Translator&) = delete;
  Translator& operator=(const Translator&) = delete;

  // Each reads one file's text; `name` names it in warnings and Entry::where.
  void actors(std::string_view text, const std::string& name);
  void agents(std::string_view text, const std::string& name);
  void verbs(std::string_view text, const std::string& name);

  // PETR-2 internal event codes ("0x2040") to CAMEO, from PETR.Internal.Coding.Ontology.txt.
  void set_internal_codes(std::map<std::string, std::string> hex_to_cameo);

  // For the readers of other formats (petrarch_loader.cc).
  std::vector<Line> lines(std::string_view text, const std::string& name);
  // Adds `e` without the values already emitted under its key and field (phrases compare
  // case-insensitively); false when nothing was left to add.
  bool add(Entry e);
  void warn(const std::string& name, size_t line, std::string message);
  void count(const std::string& what, long n = 1);
  void file_read(const std::string& path);
  ForeignDictionary& out();

  // A TABARI phrase ("MAZAR-I-SHARIF_", "PRESIDENT_GEORGE_W._BUSH") as a parley phrase: "_" as
  // spaces, words in title case unless they look like acronyms ("UN", "USA", "U.S." stay in
  // capitals and so match only capitals). Empty when nothing is left.
  static std::string phrase(std::string_view raw);
  // An actor or agent name as parley phrases: phrase() of it, and in TABARI's dialect its
  // regular endings ("LIBYA_": also "Libyas") or its stem ("KUWAIT": "Kuwait+", any word that
  // begins so); "MOUSE=" is the word as written.
  std::vector<std::string> noun_phrases(std::string_view raw) const;

  // The finished dictionary; the Translator is empty afterwards.
  ForeignDictionary finish();

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// Reads a whole file; a Status naming the path when it cannot.
Status read_file(const std::string& path, std::string& text);

}  // namespace foreign
}  // namespace parley::lexicon
