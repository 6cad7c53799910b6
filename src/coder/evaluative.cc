// coder/evaluative.cc — a judgement with no subject; see evaluative.h.
#include "coder/evaluative.h"

#include "coder/meetings.h"
#include "coder/word_classes.h"
#include "text/ascii.h"

namespace parley::coder {

using text::one_of;

std::optional<Evaluation> evaluative_opening(const Analysis& a, size_t s) {
  const auto& sent = a.sentences[s];
  uint32_t k = body_first(a, s);
  if (k + 3 >= sent.last || a.low(k) != "it" || !one_of(a.low(k + 1), {"is", "was"}))
    return std::nullopt;
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
