// coder/evaluative.cc — a judgement with no subject; see evaluative.h.
#include "coder/evaluative.h"

#include "coder/meetings.h"
#include "coder/word_classes.h"
#include "text/ascii.h"

namespace parley::coder {

using text::one_of;

namespace {

// "X are alarming violations of international law": a copula, then a violation or breach.
std::optional<Evaluation> violation(const Analysis& a, size_t s) {
  const auto& sent = a.sentences[s];
  const uint32_t body = body_first(a, s);
  for (uint32_t k = body + 1; k + 1 < sent.last; ++k) {
    if (!one_of(a.low(k), {"is", "are", "was", "were", "constitutes", "constitute", "constituted",
                           "represents", "represent"}))
      continue;
    for (uint32_t q = k + 1; q < sent.last && q < k + 5; ++q) {
      std::string_view w = a.low(q);
      if (one_of(w, {"violation", "violations", "breach", "breaches"}) && q + 1 < sent.last &&
          a.low(q + 1) == "of") {
        Evaluation e;
        e.cameo = "111";
        e.clause = body;
        e.until = k;
        e.owner_only = true;
        return e;
      }
      if (!one_of(w, {"a", "an", "alarming", "clear", "flagrant", "grave", "serious", "blatant",
                      "gross", "egregious", "outright", "another"}))
        break;
    }
    return std::nullopt;  // the first copula decides
  }
  return std::nullopt;
}

}  // namespace

std::optional<Evaluation> evaluative_opening(const Analysis& a, size_t s) {
  const auto& sent = a.sentences[s];
  uint32_t k = body_first(a, s);
  if (k + 3 >= sent.last || a.low(k) != "it" || !one_of(a.low(k + 1), {"is", "was"}))
    return violation(a, s);
  k += 2;
  while (k < sent.last && is_adverb(a.low(k))) ++k;
  if (k + 1 >= sent.last || a.low(k + 1) != "that") return std::nullopt;
  std::string_view w = a.low(k);
  Evaluation e;
  e.clause = k + 2;
  if (one_of(w, {"regrettable", "unacceptable", "deplorable", "outrageous", "reprehensible",
                 "unfortunate", "shameful", "inadmissible"}))
    e.cameo = "111";
  else if (one_of(w, {"alarming", "worrying", "disturbing", "troubling", "concerning"}))
    e.cameo = "110";
  else
    return std::nullopt;
  return e;
}

}  // namespace parley::coder
