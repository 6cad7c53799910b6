// parley/lexicon.h — the dictionaries, compiled once and shared by every coder thread.
//
// A Lexicon holds the actors (states, international organisations), the titles of office and
// the roles they stand for, the verb patterns of every CAMEO code, and the CAMEO codebook's
// values (Goldstein scale, quad class, PLOVER type). Life cycle:
//
//   load        parley's own dictionaries (built into the library from data/, plus Debian's
//               ISO 3166 tables), then every *.txt file under each extra folder, in name order;
//   compile     all phrases go into one immutable PhraseMatcher;
//   share       the result is a shared_ptr<const Lexicon>: no method changes it, so any number
//               of threads may code with it at once.
//
// Malformed dictionary lines never stop loading: each becomes a Diagnostic naming file and line.
// Loading fails (a Status) only when a folder cannot be read or no verb pattern is left.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/status.h"

namespace parley {

namespace lexicon {
class PhraseMatcher;
}

// Extra dictionaries: a folder in parley's format, or another coder's, by prefix:
//   "DIR"                      parley's format (every *.txt under DIR)
//   "petrarch:DIR"             PETRARCH2 / Phoenix production dictionaries in DIR
//   "petrarch-validate:DIR"    the PETR.Validate.* test dictionaries in DIR
//   "tabari:FILE.project"      a TABARI project and the files it names
struct LexiconOptions {
  bool builtin = true;                       // load parley's own dictionaries
  std::vector<std::string> dictionary_dirs;  // extra dictionaries, as above
};

enum class EntityKind : uint8_t { kState, kOrganization };

// A code an actor held between two dates (PETRARCH's "[KHMGOV 20160404-]").
struct DatedCode {
  std::string code, from, to;  // ISO dates; empty: open
};

struct Entity {
  std::string key;     // evaluation key: ISO alpha-3 or organisation acronym
  std::string code;    // CAMEO actor code (a state's is its key)
  std::string name;    // display name
  std::string parent;  // organisation this one belongs to, or empty
  EntityKind kind = EntityKind::kState;
  std::vector<DatedCode> dated;   // codes by date, from other coders' dictionaries
  std::vector<DatedCode> was;     // the state it stood for before (RUS: SUN until 1991-12-25)
  std::vector<std::string> also;  // more actors it stands for at once ("The Shire": FRO BIL SAM)
  // The code on `date` (ISO, may be empty): a dated code that covers it, else `code`.
  const std::string& code_on(const std::string& date) const {
    for (const auto& d : dated)
      if (!date.empty() && (d.from.empty() || d.from <= date) && (d.to.empty() || date <= d.to))
        return d.code;
    return code;
  }
  // The key of the state this one stood for on `date` (ISO, may be empty), else its own.
  const std::string& key_on(const std::string& date) const {
    for (const auto& w : was)
      if (!date.empty() && (w.from.empty() || w.from <= date) && (w.to.empty() || date <= w.to))
        return w.code;
    return key;
  }
};

// What a matched phrase is.
// kBlock phrases name no actor but contain one ("South China Sea"); they hide shorter actor
// phrases inside them.
// kTopic phrases name an issue ("South China Sea", "climate change"); kHolder phrases the name
// of an office holder ("Joko Widodo").
enum class PhraseKind : uint8_t {
  kName,
  kAdjective,
  kCapital,
  kTitle,
  kVerb,
  kBlock,
  kTopic,
  kHolder
};

struct PhraseRef {
  PhraseKind kind;
  // Into entities(), titles() or verbs() by kind. For kBlock: -1, or kDiscardSentence /
  // kDiscardStory for another coder's discard phrases ("DISCARD" / "DISCARD_STORY" entries):
  // a sentence (a document) holding one is not coded with that coder's patterns.
  int32_t index;
  static constexpr int32_t kDiscardSentence = -2, kDiscardStory = -3;
};

struct Title {
  std::string phrase;  // as written in the dictionary
  std::string role;    // CAMEO role: GOV, MIL, IGO, ...
  std::string entity;  // whom the holder represents by default, or empty
};

struct VerbPattern {
  std::string cameo;                    // event code
  std::string pattern;                  // as written
  std::vector<std::string> head_forms;  // the forms of its verb ("{meet}"), lower case
  std::string where;                    // file:line
  int literals = 0;                     // words it must match (not gaps): its specificity
  // From another coder's dictionary (tabari:, petrarch:): coded as that coder reads its
  // patterns — literally, with no noun-use, negation or modality test of parley's own (the
  // foreign patterns spell those out themselves: "DIDN'T *", "WILL_NOT *"), and only with a
  // target (TABARI and PETRARCH code dyads).
  bool foreign = false;
  std::string reverse;  // a second event's code, target back to source ("032" -> "033"), or ""
  // Another coder's actor slots ("$" source, "+" target) and where each stands: 'L' before
  // the matched words, 'B' among them before the verb, 'A' among them after it, 'T' after them;
  // 0: none (the clause's subject is the source, the first actor after the verb the target).
  char source_slot = 0, target_slot = 0;
  bool skip_before_target = false;  // "^ +": an actor to pass over before the target
};

// Someone who held an office from `from` to `to` (ISO dates; `to` empty while in office).
struct OfficeHolder {
  std::string name, office, entity, from, to;
  // True when the office was held on `date` (ISO; an empty date matches any term).
  bool held_on(const std::string& date) const {
    if (date.empty()) return true;
    return from.compare(0, date.size(), date.substr(0, from.size())) <= 0 &&
           (to.empty() || date.substr(0, to.size()) <= to);
  }
};

// A city of the gazetteer.
struct Place {
  std::string name;
  std::string country;  // ISO 3166-1 alpha-3
  double lat = 0, lon = 0;
  long population = 0;
};

struct CameoInfo {
  std::string name;
  std::string plover;  // empty when PLOVER drops the code
  double goldstein = 0;
  int quad = 0;
};

class Lexicon {
 public:
  static Result<std::shared_ptr<const Lexicon>> load(const LexiconOptions& options,
                                                     std::vector<Diagnostic>& warnings);
  ~Lexicon();

  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Title>& titles() const { return titles_; }
  const std::vector<VerbPattern>& verbs() const { return verbs_; }
  const std::vector<std::string>& topics() const { return topics_; }  // display names
  const std::vector<OfficeHolder>& holders() const { return holders_; }
  // The city called `name` (any case; aliases included): in one of `prefer` (alpha-3 codes)
  // if such a city exists, else the most populous of that name. Null when none.
  const Place* place(std::string_view name, const std::vector<std::string>& prefer = {}) const;
  size_t place_count() const { return places_.size(); }
  // The office holder of this name (any spelling listed) in office on `date`, or null.
  const OfficeHolder* holder(std::string_view name, const std::string& date) const;
  // The office holder whose name ends in `surname` ("Putin", "al-Abadi"), when exactly one
  // person of that surname held an office on `date` (any date when empty); else null.
  const OfficeHolder* holder_by_surname(std::string_view surname, const std::string& date) const;
  const Entity* entity(std::string_view key) const;
  // The state with ISO 3166-1 alpha-2 code `code` ("pk" or "PK"), or null.
  const Entity* state_by_alpha2(std::string_view code) const;
  const CameoInfo* cameo(std::string_view code) const;
  const lexicon::PhraseMatcher& matcher() const { return *matcher_; }
  PhraseRef phrase(int32_t payload) const { return phrases_[static_cast<size_t>(payload)]; }

 private:
  Lexicon() = default;
  friend class LexiconBuilder;
  std::vector<Entity> entities_;
  std::unordered_map<std::string, int32_t> entity_index_;
  std::unordered_map<std::string, std::string> alpha2_;  // upper-case alpha-2 -> state key
  std::vector<Title> titles_;
  std::vector<VerbPattern> verbs_;
  std::vector<std::string> topics_;
  std::vector<OfficeHolder> holders_;
  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<int32_t>> place_index_;  // lower-case name
  std::unordered_multimap<std::string, int32_t> holder_index_;         // lower-case name -> holder
  std::unordered_multimap<std::string, int32_t> surname_index_;        // lower-case last word
  std::unordered_map<std::string, CameoInfo> cameo_;
  std::vector<PhraseRef> phrases_;
  std::shared_ptr<const lexicon::PhraseMatcher> matcher_;
};

}  // namespace parley
