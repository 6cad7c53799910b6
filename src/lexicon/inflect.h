// lexicon/inflect.h — the inflected forms of an English verb, for verb patterns ("{meet}").
//
// Regular forms are derived by spelling rules (urge -> urges, urged, urging; try -> tries,
// tried; push -> pushes). Irregular pasts and verbs that double their last consonant come
// from data/english/irregular_verbs.txt as `lemma forms: past | participle [| -ing form]`.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace parley::lexicon {

struct IrregularForms {
  std::vector<std::string> pasts;  // past and participle forms, and variants
  std::string ing;                 // -ing form when derivation would get it wrong
};

using IrregularVerbs = std::map<std::string, IrregularForms, std::less<>>;

// All forms of `lemma`, the lemma first, without duplicates.
std::vector<std::string> inflect(const std::string& lemma, const IrregularVerbs& irregular);

}  // namespace parley::lexicon
