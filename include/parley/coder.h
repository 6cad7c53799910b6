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
struct CoderOptions {
  int max_target_distance = 30;
};

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
