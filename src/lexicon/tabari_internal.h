// lexicon/tabari_internal.h — what the files of the TABARI-family reader share; not a public
// interface (include it only from src/lexicon/tabari_*.cc).
//
// The reader is one class, foreign::Translator (tabari_loader.h), written across several files,
// one concept each:
//   tabari_loader.cc    the Translator itself: its state, counts, warnings, duplicates dropped
//   tabari_text.cc      text: character classes, UTF-8, repaired encodings, comment-free lines
//   tabari_phrases.cc   names as parley phrases: title case, acronyms, plurals, stems
//   tabari_codes.cc     codes and dates: "[AFGGOV 331108-730717]", "[042:043]", "[---]"
//   tabari_patterns.cc  TABARI and PETRARCH verb-pattern syntax, and its parley rendering
//   tabari_actors.cc    the .actors reader          tabari_agents.cc  the .agents reader
//   tabari_verbs.cc     the .verbs reader (verbs, forms, synsets, patterns)
//   tabari_project.cc   the .project file and the files it names (load_tabari)
// The helpers below are pure functions with no state; the Translator's state is State.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/tabari_loader.h"

namespace parley::lexicon {
namespace foreign {

// ---- text (tabari_text.cc) -------------------------------------------------------------------

// `s` without leading and trailing spaces, tabs and carriage returns.
std::string_view trim(std::string_view s);
// ASCII character classes (no locale).
bool is_upper(char c);
bool is_lower(char c);
bool is_digit(char c);
bool is_alpha(char c);
bool is_space(char c);
// ASCII case mapping; other bytes are left as they are.
std::string lower(std::string_view s);
std::string upper(std::string_view s);
// The non-empty pieces of `s` between any of `separators`.
std::vector<std::string_view> split_any(std::string_view s, std::string_view separators);
// One code point from UTF-8 at `i` (advanced past it), or -1 for an invalid sequence (then `i`
// is unchanged).
int decode(std::string_view s, size_t& i);
// Appends code point `cp` to `out` as UTF-8.
void encode(int cp, std::string& out);
// A character lost before the file reached us: U+FFFD, or a control character such as 0x1A
// (SUBSTITUTE) where a letter was. The phrase holding it cannot be matched as meant.
bool damaged(std::string_view s);

// ---- phrases (tabari_phrases.cc) -------------------------------------------------------------

// The regular plural of the last word of a phrase in capitals, PETRARCH-style; empty when the
// word looks plural already.
std::string plural(std::string_view phrase);

// ---- codes and dates (tabari_codes.cc) -------------------------------------------------------

// One bracket of an actor: "[AFGGOV 331108-730717]", "[HOB < 950601]", "[EGYGOV > 140608]",
// "[KHMGOV 20160404-]", "[ENT]".
struct CodeSpec {
  std::string code;
  std::string from = "-", to = "-";
  bool dated = false;
};

// Reads the inside of an actor's bracket into `spec`. Empty on success, else what is wrong;
// `note` is set for a readable but odd spec.
std::string parse_code_spec(std::string_view inside, CodeSpec& spec, std::string& note);

// Capitals and digits only, at least one.
bool is_code(std::string_view code);

// An event code as written after a verb or pattern: "040", "0874", "042:043", "[:173]", "---".
struct EventCode {
  enum Kind { kEvent, kNull, kDiscard, kBad } kind = kBad;
  std::string code, problem;
  std::string reverse;  // the second code of a pair ("032:033"): target back to source
  bool paired = false, flagged = false;
};

// Reads an event code; `internal` maps PETR-2 internal codes ("0x2040") to CAMEO.
EventCode event_code(std::string_view raw, const std::map<std::string, std::string>& internal);

// The text inside the last "[...]" of a line (the code), and the line without it.
bool take_last_bracket(std::string& text, std::string& inside);

// ---- verb patterns (tabari_patterns.cc) ------------------------------------------------------

// A pattern as parley items: literal words, gaps and the head verb.
struct Item {
  enum Kind { kWord, kGap, kVerb, kSlot } kind;
  std::string word;  // for a slot: "$" (source) or "+" (target)
};

struct ParsedPattern {
  std::vector<Item> items;
  bool source_after_verb = false, target_before_verb = false;
  bool target_last = false;  // the pattern ends with the target slot: "* AT ^ OF +"
  std::string problem;
};

// Whether TABARI's stem reading applies to word `w`: parley keeps short function words whole
// ("with" as a stem would take "withdraw") and words with other characters than letters.
bool stem_word(const std::string& w);

// One TABARI/PETRARCH pattern, after synsets and disjunctions are expanded, as parley items.
// With `stems` (TABARI), a word not joined by "_" to what follows is a stem ("word+"), and the
// source and target slots "$" and "+" are kept where they stand; otherwise they are gaps.
ParsedPattern parse_pattern(std::string_view text, bool stems);

// The items as a parley pattern, with `verb` (the tokens that replace "*") in the verb's place;
// `gap` is the token for a gap between words: "*" (three words), or "**" (fifteen) for TABARI.
std::string render(const std::vector<Item>& items, const std::vector<std::string>& verb,
                   const std::string& gap = "*");

// At most this many patterns from one expansion (disjunctions, slashes, synsets).
inline constexpr size_t kMaxExpansions = 100000;

// TABARI disjunctions "{ WAS | WERE }" to one pattern per alternative.
void expand_disjunctions(const std::string& s, std::vector<std::string>& out);

// PETR-2 alternatives inside a word: "(BY/WITH PROTESTS)", "ATTACK/BOMBING/RAID".
void expand_slashes(const std::string& s, std::vector<std::string>& out);

// ---- the translator's state (tabari_loader.cc) -----------------------------------------------

// What one Translator holds while it reads; the readers of every file kind share it.
struct Translator::State {
  Dialect dialect;
  ForeignDictionary out;
  std::map<std::string, std::string> internal_codes;
  std::unordered_set<size_t> emitted;        // hashes of key \x1f field \x1f arg \x1f value
  std::unordered_map<size_t, size_t> named;  // hash of a lower-case actor name -> of its key
  std::string scratch;
  std::unordered_map<std::string, std::string> person_keys;  // key -> the record it names
  std::map<std::string, std::vector<std::string>, std::less<>> synsets;  // name -> members
  std::map<std::string, std::vector<std::string>> markers;  // agents' !PERSON! substitutions
};

}  // namespace foreign
}  // namespace parley::lexicon
