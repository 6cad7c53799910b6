// coder/clause.h — reading one verb phrase in its clause.
//
// For a verb pattern matched in a sentence, decides whether it states an act (not negated,
// not hypothetical, not a noun that looks like a verb) and which mentions are its subject and
// object. The rules, in order:
//   - noun use: a capitalised head mid-sentence ("the Meeting"), an -ing form after a
//     determiner or noun ("the meeting"), an -ed form after a determiner ("the agreed plan");
//   - negation: "not", "n't", "never", "no longer" before the head;
//   - modality: "may", "might", "could", "would", "should", "expected to", "likely to",
//     "hope(s) to", "if" ... before the head: not an act. "will"/"plans to"/"scheduled to" before
//     a meeting verb make it an intent to meet (036); before other verbs "will" is coded as the
//     act it announces ("the Ministry will summon the Ambassador");
//   - passive: a participle after a form of "be": the agent after "by" is the source;
//   - subject: the first mention of the clause (after ";", ":" or "that") that is not inside a
//     prepositional phrase, a relative clause ("who was visiting ...,") or a possessive, with the
//     mentions coordinated with it ("A and B", "A, B and C");
//   - object: the first resolved mention after the pattern, before the next verb, that is not a
//     place ("in Washington"), with its coordinated mentions.
// Another coder's patterns (VerbPattern::foreign) are read literally instead, as TABARI and
// PETRARCH read them: no noun-use, negation or modality test (but a head followed by "'s" is a
// noun); the subject is the clause's first actor (possessives too); coordination may carry
// articles and modifiers; the source and target then follow coder/literal_roles.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/mentions.h"

namespace parley::coder {

struct VerbMatch {
  uint32_t first = 0, last = 0, head = 0;
  int32_t verb = -1;  // index into Lexicon::verbs()
};

struct ClauseReading {
  bool coded = false;
  std::string reason;            // why not, or how
  std::string cameo;             // possibly changed (036 for intended meetings)
  std::vector<size_t> subjects;  // indices into the sentence's mentions
  std::vector<size_t> objects;
  bool passive = false;
  bool future = false;    // "will", "plans to", "scheduled to" before the verb
  bool relative = false;  // inside a relative clause ("X, who was visiting Y, ...")
};

// The verb matches of sentence `s` to read: longest first, not overlapping each other or a
// mention.
std::vector<VerbMatch> choose_verbs(const Analysis& a, size_t s, const Lexicon& lex,
                                    const std::vector<Mention>& mentions);

// True when a new clause begins between tokens `from` and `to` (";", "but", "whereas",
// "while", or "and"/"or" right before a verb at `to`).
bool clause_break(const Analysis& a, uint32_t from, uint32_t to);

// `pronoun_targets`: for another coder's pattern with no actor after it, a pronoun right after
// the verb ("to assist it") stands for the nearest actor before it (TABARI codes so with CODE
// ALL).
ClauseReading read_clause(const Analysis& a, size_t s, const Lexicon& lex,
                          const std::vector<Mention>& mentions, const std::vector<VerbMatch>& verbs,
                          size_t v, int max_distance, bool pronoun_targets = false);

}  // namespace parley::coder
