// coder/evaluative.h — "It is regrettable that ...": a judgement with no subject.
//
// Statements often judge an act without naming who judges: "It is deeply regrettable that
// India's actions set a dangerous precedent", "It is unacceptable that the convoy was
// attacked", "The air strikes against the aid convoy are alarming violations of international
// humanitarian law". The judge is the issuer of the statement; the one judged is the first actor of
// the clause after "that". This file finds the shape; the coder supplies the issuer and does
// not code the judgement when the document has none.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "coder/analysis.h"

namespace parley::coder {

struct Evaluation {
  std::string cameo;    // 111 (regrettable, unacceptable, deplorable) or 110 (alarming, worrying)
  uint32_t clause = 0;  // where the one judged is named: the first token after "that", or the
                        // sentence's first
  uint32_t until = 0;   // and the end of that stretch (0: the sentence's end)
  bool owner_only = false;  // only whose act it is names the one judged ("Russia's strikes")
};

// "It is/was [adverbs] ADJECTIVE that ..." opening sentence `s`, or "X are [adjectives]
// violations of international law" ("constitutes a flagrant breach of ...").
std::optional<Evaluation> evaluative_opening(const Analysis& a, size_t s);

}  // namespace parley::coder
