// lexicon/inflect.cc — English verb inflection by spelling rules plus an irregular table.
#include "lexicon/inflect.h"

#include <algorithm>

namespace parley::lexicon {
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::vector<std::string> inflect(const std::string& lemma, const IrregularVerbs& irregular) {
  std::vector<std::string> forms = {lemma};
  if (lemma.empty()) return forms;
  auto add = [&](std::string f) {
    if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
  };
  const char last = lemma.back();
  const bool consonant_y = lemma.size() > 1 && last == 'y' && !is_vowel(lemma[lemma.size() - 2]);

  // Third person singular.
  if (ends_with(lemma, "s") || ends_with(lemma, "x") || ends_with(lemma, "z") ||
      ends_with(lemma, "ch") || ends_with(lemma, "sh") || ends_with(lemma, "o"))
    add(lemma + "es");
  else if (consonant_y)
    add(lemma.substr(0, lemma.size() - 1) + "ies");
  else
    add(lemma + "s");

  auto it = irregular.find(lemma);
  // Past and participle.
  if (it != irregular.end() && !it->second.pasts.empty()) {
    for (const std::string& p : it->second.pasts) add(p);
  } else if (last == 'e') {
    add(lemma + "d");
  } else if (consonant_y) {
    add(lemma.substr(0, lemma.size() - 1) + "ied");
  } else {
    add(lemma + "ed");
  }

  // Present participle.
  if (it != irregular.end() && !it->second.ing.empty()) {
    add(it->second.ing);
  } else if (ends_with(lemma, "ie")) {
    add(lemma.substr(0, lemma.size() - 2) + "ying");
  } else if (last == 'e' && lemma.size() > 2 && !ends_with(lemma, "ee") &&
             !ends_with(lemma, "ye") && !ends_with(lemma, "oe")) {
    add(lemma.substr(0, lemma.size() - 1) + "ing");
  } else {
    add(lemma + "ing");
  }
  return forms;
}

}  // namespace parley::lexicon
