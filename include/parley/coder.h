// parley/coder.h — from a Document to a CodedDocument: the whole coding pipeline.
//
//   normalise -> tokens -> sentences -> dictionary matches -> actor mentions and people
//   -> verb phrases read in their clause (subject, object, negation, modality, passive)
//   -> CAMEO events with dates -> the document's dateline
//
// A Coder holds a shared, immutable Lexicon and no other state, so one Coder may code many
// documents on many threads at once. `explain` runs the same pipeline and also reports, for
// every sentence, what was found and why each event was or was not coded.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parley/coded.h"
#include "parley/document.h"
#include "parley/lexicon.h"

namespace parley {

// Settings of the coder. Defaults:
//   max_target_distance = 30   tokens after the verb within which a target is looked for
// The rest govern only verb patterns from another coder's dictionaries (VerbPattern::foreign),
// as TABARI's options do; its validation suite sets them record by record:
//   foreign_scope = kClause    one event per clause (TABARI's CODE BY CLAUSE); kSentence: one
//                              per sentence; kAll: every verb that codes
//   default_source = ""        a code for a missing source ("DEFSRC"); empty: none
//   default_source_prior = true  the default stands in when no actor precedes the verb; false:
//                              the first actor after the verb is the source
//   default_target = ""        a code for a missing target; empty: none
//   default_target_after = true  the default stands in for a missing target; false: a compound
//                              subject's second actor is the target ("A and B ..." -> A to B)
//   convert_agents = false     an agent with no actor is coded "~ROLE" ("guerrillas": ~REB)
//   min_words = 0              sentences of fewer words are not coded
struct CoderOptions {
  int max_target_distance = 30;
  enum class Scope : uint8_t { kClause, kSentence, kAll };
  Scope foreign_scope = Scope::kClause;
  std::string default_source, default_target;
  bool default_source_prior = true, default_target_after = true;
  bool convert_agents = false;
  int min_words = 0;
};

// Applies one of TABARI's option lines ("SET: CODE ALL", "DEFAULT: SOURCE [X] PRIOR TARGET [Y]
// AFTER", "DEFAULT: OFF", "SET: MINIMUM WORDS = 4", "SET: CONVERT AGENT = TRUE") to `options`;
// false when the line is not one parley knows (it is then ignored).
bool apply_tabari_option(const std::string& line, CoderOptions& options);

// What the coder saw in one sentence, for `parley explain`.
struct SentenceTrace {
  int index = 0;
  std::string text;
  std::vector<std::string> actors;     // "Prak Sokhonn -> KHM (the entity after 'of' ...)"
  std::vector<std::string> verbs;      // "040 '{meet}' at 'met'"
  std::vector<std::string> decisions;  // "coded KHM 040 USA" / "not coded: negated ('did not')"
};

struct Explanation {
  CodedDocument coded;
  std::string dateline_reason;
  std::string home_entity;  // whom "the Ministry", "I" and unaffiliated officials stand for
  std::string home_reason;  // how the home entity was found, when not from the text
  std::vector<SentenceTrace> sentences;
  std::vector<std::string> meeting_decisions;  // how meeting records were assembled
};

class Coder {
 public:
  explicit Coder(std::shared_ptr<const Lexicon> lexicon, CoderOptions options = {});

  CodedDocument code(const Document& doc) const;
  Explanation explain(const Document& doc) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  Explanation run(const Document& doc, bool tracing) const;

  std::shared_ptr<const Lexicon> lexicon_;
  CoderOptions options_;
};

}  // namespace parley
