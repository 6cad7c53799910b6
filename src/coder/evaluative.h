// coder/evaluative.h — "It is regrettable that ...": a judgement with no subject.
//
// Statements often judge an act without naming who judges: "It is deeply regrettable that
// India's actions set a dangerous precedent", "It is unacceptable that the convoy was
// attacked". The judge is the issuer of the statement; the one judged is the first actor of
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
  uint32_t clause = 0;  // the first token after "that"
};

// "It is/was [adverbs] ADJECTIVE that ..." opening sentence `s`.
std::optional<Evaluation> evaluative_opening(const Analysis& a, size_t s);

}  // namespace parley::coder
