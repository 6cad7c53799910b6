// lexicon/tabari_patterns.cc — TABARI and PETRARCH verb-pattern syntax ("- $ * + {WAS|WERE}
// [040]", "&AIRCRAFT", "(BY/WITH PROTESTS)") read into items and rendered in parley's pattern
// syntax ("{meet} ** with", gaps, slots, stems).
#include "lexicon/tabari_internal.h"

#include <algorithm>
#include <functional>
#include <set>

namespace parley::lexicon {
namespace foreign {

// TABARI/PETRARCH pattern syntax after synsets and disjunctions are expanded:
//   "_" joins words that must be consecutive; a space lets words come between (a parley gap);
//   "*" is the verb; $ + % ^ are actor slots (gaps); PETR-2's "(PREP NOUN)" is a prepositional
//   phrase (a gap between its words) and "{WORD WORD}" a noun phrase (consecutive words).
// TABARI matches a word as a stem unless "_" ends it; parley keeps short function words whole
// ("with" as a stem would take "withdraw") and words with other characters than letters.
bool stem_word(const std::string& w) {
  static const std::set<std::string, std::less<>> kWhole = {
      "with", "from", "that", "this", "have", "will", "into", "over", "than",
      "then", "they", "were", "been", "when", "what", "upon", "onto", "about"};
  return w.size() >= 4 && std::all_of(w.begin(), w.end(), is_alpha) && !kWhole.count(lower(w));
}

// With `stems` (TABARI), a word not joined by "_" to what follows is a stem ("word+"), and the
// source and target slots "$" and "+" are kept where they stand (parley's coder reads them for
// another coder's patterns); otherwise they are gaps.
ParsedPattern parse_pattern(std::string_view text, bool stems) {
  ParsedPattern p;
  bool in_group = false, seen_verb = false;
  int verbs = 0;
  std::string last_word;
  auto gap = [&] {
    if (!p.items.empty() && p.items.back().kind != Item::kGap && p.items.back().kind != Item::kSlot)
      p.items.push_back({Item::kGap, ""});
  };
  std::string chunk;
  auto flush = [&] {
    const auto pieces = split_any(chunk, "_");
    for (size_t n = 0; n < pieces.size(); ++n) {
      std::string_view piece = pieces[n];
      // "REAL~_PLEASANT": a "~" marks a stem even where "_" joins the next word.
      const bool tilde = stems && piece.ends_with("~");
      const bool stem = stems && n + 1 == pieces.size() && !chunk.ends_with("_");
      std::string w;
      for (char c : piece)
        if (c != '~') w += c;
      if (w.empty()) continue;
      last_word = w;
      if (std::all_of(w.begin(), w.end(), [](char c) { return c == '*'; })) {
        p.items.push_back({Item::kVerb, ""});
        seen_verb = true;
        ++verbs;
      } else if (stems && (w == "$" || w == "+" || w == "^")) {
        if (!p.items.empty() && p.items.back().kind == Item::kGap) p.items.pop_back();
        p.items.push_back({Item::kSlot, w});
      } else if (w == "$" || w == "+" || w == "%" || w == "^") {
        p.source_after_verb |= w == "$" && seen_verb;
        p.target_before_verb |= w == "+" && !seen_verb;
        gap();
      } else if (w.find_first_of("&{}|[]") != std::string::npos) {
        p.problem = "'" + w + "' is not a word (an undefined synset or a stray bracket)";
      } else {
        const bool letters = std::all_of(w.begin(), w.end(), is_alpha);
        p.items.push_back(
            {Item::kWord, lower(w) + ((stem && stem_word(w)) || (tilde && letters) ? "+" : "")});
      }
    }
    chunk.clear();
  };
  for (char c : text) {
    if (is_space(c) || c == '(' || c == ')') {
      flush();
      if (!in_group) gap();
    } else if (c == '{') {
      flush();
      gap();
      in_group = true;
    } else if (c == '}') {
      flush();
      in_group = false;
      gap();
    } else {
      chunk += c;
    }
  }
  flush();
  p.target_last = !stems && last_word == "+";
  while (!p.items.empty() && p.items.back().kind == Item::kGap) p.items.pop_back();
  while (!p.items.empty() && p.items.front().kind == Item::kGap) p.items.erase(p.items.begin());
  if (p.problem.empty() && verbs != 1)
    p.problem = verbs == 0 ? "no '*' marks where the verb goes" : "more than one '*'";
  return p;
}

// A verb as the tokens that replace "*": "{meet}", "re {arrest}", "{ask} for",
// "{brush} * aside * reports" (a TABARI root of several words).
// `gap` is the token for a gap between words: "*" (three words), or "**" (fifteen) for TABARI,
// whose patterns let any number of words come between theirs.
std::string render(const std::vector<Item>& items, const std::vector<std::string>& verb,
                   const std::string& gap) {
  std::string out;
  bool last_gap = true;
  auto put = [&](const std::string& tok) {
    if ((tok == "*" || tok == "**") && last_gap) return;
    if (!out.empty()) out += ' ';
    out += tok;
    last_gap = tok == "*" || tok == "**";
  };
  for (const auto& it : items) {
    if (it.kind == Item::kWord) put(it.word);
    if (it.kind == Item::kGap) put(gap);
    if (it.kind == Item::kSlot) {
      put(it.word);
      last_gap = true;  // a slot takes the words of a gap
    }
    if (it.kind == Item::kVerb)
      for (const auto& t : verb) put(t);
  }
  while (out.ends_with(" *")) out.resize(out.size() - (out.ends_with(" **") ? 3 : 2));
  return out;
}

// TABARI disjunctions "{ WAS | WERE }" to one pattern per alternative.
void expand_disjunctions(const std::string& s, std::vector<std::string>& out) {
  for (size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
    size_t close = s.find('}', open);
    if (close == std::string::npos) break;
    std::string_view inside = std::string_view(s).substr(open + 1, close - open - 1);
    if (inside.find('|') == std::string_view::npos) continue;
    for (std::string_view alt : split_any(inside, "|")) {
      if (out.size() >= kMaxExpansions) return;
      expand_disjunctions(s.substr(0, open) + std::string(trim(alt)) + s.substr(close + 1), out);
    }
    return;
  }
  out.push_back(s);
}

// PETR-2 alternatives inside a word: "(BY/WITH PROTESTS)", "ATTACK/BOMBING/RAID".
void expand_slashes(const std::string& s, std::vector<std::string>& out) {
  size_t slash = s.find('/');
  if (slash == std::string::npos || out.size() >= kMaxExpansions) {
    if (out.size() < kMaxExpansions) out.push_back(s);
    return;
  }
  auto word = [&](char c) {
    return is_alpha(c) || is_digit(c) || c == '_' || c == '-' || c == '/';
  };
  size_t b = slash, e = slash;
  while (b > 0 && word(s[b - 1])) --b;
  while (e < s.size() && word(s[e])) ++e;
  for (std::string_view alt : split_any(std::string_view(s).substr(b, e - b), "/"))
    expand_slashes(s.substr(0, b) + std::string(alt) + s.substr(e), out);
}

}  // namespace foreign
}  // namespace parley::lexicon
