// lexicon/tabari_phrases.cc — TABARI names as parley phrases: "_" as spaces, title case unless
// a word looks like an acronym, and TABARI's endings and stems ("LIBYA_" also takes "Libyas",
// "KUWAIT" is "Kuwait+"); the regular plural PETRARCH adds to agents and synset members.
#include "lexicon/tabari_internal.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

namespace parley::lexicon {
namespace foreign {
namespace {

// Title case for one UTF-8 word: first letter up, the rest down (Latin-1 and Latin Extended-A
// letters too, so "ERDOĞAN" becomes "Erdoğan").
int lower_cp(int cp) {
  if (cp < 0x80) return is_upper(static_cast<char>(cp)) ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp == 0x130) return cp;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 ? cp + 1 : cp;
  return cp;
}

bool letter_cp(int cp) {
  return (cp < 0x80 && is_alpha(static_cast<char>(cp))) || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
}

std::string title_case(std::string_view w) {
  std::string out;
  int prev = ' ';
  for (size_t i = 0; i < w.size();) {
    int cp = decode(w, i);
    if (cp < 0) {
      ++i;
      continue;
    }
    bool start = !letter_cp(prev) && prev != '\'' && prev != 0x2019;
    if (!start) cp = lower_cp(cp);
    encode(cp, out);
    prev = cp;
  }
  return out;
}

const std::set<std::string, std::less<>> kFunctionWords = {
    "OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "OR", "A", "AN", "DE", "DES"};
const std::set<std::string, std::less<>> kAcronyms = {
    "US",   "UN",   "EU",   "UK",    "AU",     "UAE",  "USA",  "IMF",    "CIA",  "FBI",
    "NGO",  "PLO",  "ANC",  "OAS",   "OAU",    "NATO", "OPEC", "ASEAN",  "ISIS", "ISIL",
    "WHO",  "WTO",  "IAEA", "UNHCR", "UNICEF", "ICC",  "ICRC", "AMISOM", "SADC", "ECOWAS",
    "IGAD", "OSCE", "OIC",  "GCC",   "PA",     "PLA",  "KGB",  "FSB"};
const std::set<std::string, std::less<>> kNameParticles = {
    "AL", "EL",  "ABU", "BIN", "BEN", "IBN", "ABD", "VAN", "VON", "DA",  "DI",  "DU", "LA",
    "LE", "DEL", "DOS", "DAS", "MC",  "MAC", "SAN", "SAO", "LOS", "LAS", "BIN", "BU", "UL"};

}  // namespace

// The regular plural of the last word of a phrase in capitals, PETRARCH-style; empty when the
// word looks plural already.
std::string plural(std::string_view phrase) {
  std::string p(phrase);
  while (!p.empty() && (p.back() == '_' || p.back() == ' ')) p.pop_back();
  if (p.size() < 2 || !is_alpha(p.back())) return "";
  auto ends = [&](std::string_view s) { return p.size() >= s.size() && upper(p).ends_with(s); };
  if (ends("SS") || ends("X") || ends("Z") || ends("CH") || ends("SH")) return p + "ES";
  if (ends("S")) return "";
  char before = static_cast<char>(std::toupper(static_cast<unsigned char>(p[p.size() - 2])));
  if (ends("Y") && std::string_view("AEIOU").find(before) == std::string_view::npos)
    return p.substr(0, p.size() - 1) + "IES";
  return p + "S";
}

std::string Translator::phrase(std::string_view raw) {
  std::vector<std::string_view> words = split_any(raw, "_ \t");
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    int letters = 0, vowels = 0;
    bool small = false;
    for (char c : w) {
      letters += is_alpha(c);
      small |= is_lower(c);
      vowels += std::string_view("AEIOU").find(c) != std::string_view::npos;
    }
    // Alone, a short word in capitals is an acronym (UN, USA, U.S.) and keeps matching only
    // capitals. In a name of several words capitals do not restrict matching (one small letter
    // is enough), so only clear acronyms stay: no vowel (PKK), dots (U.S.), or well known.
    const bool acronym = words.size() == 1 ? letters <= 3 || vowels == 0
                                           : vowels == 0 || w.find('.') != std::string_view::npos ||
                                                 kAcronyms.count(w);
    std::string word;
    if (small || letters == 0) {
      word = std::string(w);
    } else if (words.size() > 1 && i > 0 && kFunctionWords.count(w)) {
      word = lower(w);
    } else if (acronym && !kFunctionWords.count(w) && !kNameParticles.count(w)) {
      word = std::string(w);
    } else {
      word = title_case(w);
    }
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::vector<std::string> Translator::noun_phrases(std::string_view raw) const {
  std::string body(trim(raw));
  // "THE_SHIRE": the coder reads articles before names itself, so the name is "Shire".
  for (const char* article : {"THE_", "THE ", "The_", "The ", "the_", "the "})
    if (body.starts_with(article) && body.size() > 4) body = std::string(trim(body.substr(4)));
  const bool exact = body.ends_with("="), endings = body.ends_with("_");
  while (!body.empty() && (body.back() == '=' || body.back() == '_')) body.pop_back();
  std::vector<std::string> out;
  std::string p = phrase(body);
  if (p.empty()) return out;
  // TABARI: a space between the words of a name lets other words come between ("PRINCE
  // DOL_AMROTH" takes "Prince of Dol Amroth"): a gap, "*".
  if (s_->dialect == Dialect::kTabari && body.find(' ') != std::string::npos) {
    std::string gapped;
    for (std::string_view part : split_any(body, " \t")) {
      std::string q = phrase(part);
      if (q.empty()) continue;
      gapped += (gapped.empty() ? "" : " * ") + q;
    }
    p = gapped;
  }
  if (s_->dialect == Dialect::kPetrarch || exact) {
    out.push_back(p);
    return out;
  }
  // TABARI: "LIBYA_" takes the regular endings ("Libyas"); a plain last word is a stem
  // ("KUWAIT" takes "Kuwaiti"), unless it is an acronym or a short word.
  std::string last = p.substr(p.rfind(' ') == std::string::npos ? 0 : p.rfind(' ') + 1);
  const bool acronym = std::none_of(last.begin(), last.end(), is_lower);
  if (endings || acronym || !stem_word(last)) {
    out.push_back(p);
    if (std::string pl = plural(body); endings && !pl.empty() && !acronym)
      if (std::string q = phrase(pl); !q.empty()) out.push_back(q);
  } else {
    out.push_back(p + "+");
  }
  return out;
}

}  // namespace foreign
}  // namespace parley::lexicon
